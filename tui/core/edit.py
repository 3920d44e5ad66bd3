"""Every change to a workbook, validated and undoable.

Screens never assign to the model; they call an :class:`Editor` method, which
checks the value against the schema, applies the change as a list of small
reversible steps and records it for undo. Removing a stakeholder removes its
ties and unlinks its plan rows in the same change, so one undo brings all of
it back. Typing into a field can *coalesce*: consecutive edits of the same
field merge into one undo step instead of one per keystroke.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tui.core import model
from tui.core.i18n import field_label, label, tr
from tui.core.records import Records
from tui.core.schema import SECTION, FieldSpec, Shape, ValueProblem, coerce, spec_of
from tui.core.vocab import SCORE_MAX, SCORE_MIN, Kind, Language, Sector

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("edit.hidden_char", "edit.too_long", "edit.bad_date")


class EditError(ValueError):
    """An edit the model cannot take; ``str()`` is a message for the user."""


@dataclass
class _Set:
    target: Any
    name: str
    old: Any
    new: Any

    def do(self) -> None:
        setattr(self.target, self.name, self.new)

    def undo(self) -> None:
        setattr(self.target, self.name, self.old)


@dataclass
class _Insert:
    items: list[Any]
    index: int
    item: Any

    def do(self) -> None:
        self.items.insert(self.index, self.item)

    def undo(self) -> None:
        del self.items[self.index]


@dataclass
class _Remove:
    items: list[Any]
    index: int
    item: Any

    def do(self) -> None:
        del self.items[self.index]

    def undo(self) -> None:
        self.items.insert(self.index, self.item)


Step = _Set | _Insert | _Remove
#: A stakeholder, a tie or a plan row.
Record = TypeVar("Record", model.Stakeholder, model.Tie, model.PlanRow, model.Lesson)


@dataclass(frozen=True)
class Words:
    """What an undo step is called, said in the language of the moment it is named: a change
    made in Thai and undone after ctrl+t is named in English. A value that is a function of
    the language (a field's label) is said in it too."""

    key: str
    values: dict[str, object]
    #: The language the change was made in (:attr:`Change.label`).
    lang: Language

    def said(self, lang: Language) -> str:
        return tr(lang, self.key, **{name: v(lang) if callable(v) else v for name, v in self.values.items()})


@dataclass
class Change:
    """One undo step: what it is called and the steps that make it."""

    words: Words
    steps: list[Step] = field(default_factory=list)
    coalesce_key: tuple[int, str] | None = None

    @property
    def label(self) -> str:
        """Its name in the language it was made in (the screens say it in theirs: ``words.said``)."""
        return self.words.said(self.words.lang)

    def records_set(self) -> list[Any]:
        """The records whose fields this change sets (items it adds or removes are not changed)."""
        return [step.target for step in self.steps if isinstance(step, _Set)]

    def apply(self) -> None:
        for step in self.steps:
            step.do()

    def revert(self) -> None:
        for step in reversed(self.steps):
            step.undo()


def _merge(top: Change, change: Change) -> None:
    """Fold ``change`` into ``top``, the typing before it: one field's value (and
    what follows it, such as a renamed plan row) ends at the newest, starting
    from where the typing began."""
    for step in change.steps:
        assert isinstance(step, _Set)
        earlier = next(
            (s for s in top.steps if isinstance(s, _Set) and s.target is step.target and s.name == step.name), None
        )
        if earlier is None:
            top.steps.append(step)
        else:
            earlier.new = step.new


class Editor:
    """Owns a workbook's edits: apply, undo, redo, and tell listeners.

    ``generation`` goes up with every change, undo and redo; a saver compares
    it with the generation it last saved to know whether there is work to save.
    """

    def __init__(self, workbook: model.Workbook, limit: int = 1000) -> None:
        self.workbook = workbook
        self.limit = limit
        self.undo_stack: list[Change] = []
        self.redo_stack: list[Change] = []
        self.generation = 0
        # Every id seen this session, so a removed item's id (which undo may
        # bring back) is never handed to a new one.
        self._seen_ids = ids_in(workbook)
        #: The largest number after each prefix in ``_seen_ids``, counted once, not on every add.
        self._largest: dict[str, int] = {}
        self.listeners: list[Callable[[Change], None]] = []
        #: The language of messages and undo labels, when it is not the workbook's
        #: (the app shown in English on a Thai workbook).
        self.messages_lang: Language | None = None
        #: The change that typing into one field still grows: the newest one made with
        #: ``coalesce``, until another change is made or the user leaves the field.
        #: Undone and redone meanwhile, it grows on (the user never left the field).
        self._typing: Change | None = None

    @property
    def lang(self) -> Language:
        return self.messages_lang or self.workbook.language

    def _words(self, key: str, **values: object) -> Words:
        return Words(key, values, self.lang)

    # -- history --

    def _commit(self, change: Change) -> Change:
        change.apply()
        top = self.undo_stack[-1] if self.undo_stack else None
        if top is not None and top is self._typing and top.coalesce_key == change.coalesce_key:
            _merge(top, change)
            if all(isinstance(step, _Set) and step.new == step.old for step in top.steps):
                self.undo_stack.pop()  # typed back to where it was: nothing to undo
        else:
            self.undo_stack.append(change)
            del self.undo_stack[: -self.limit]
            self._typing = change if change.coalesce_key is not None else None
        self.redo_stack.clear()
        return self._changed(change)

    def _changed(self, change: Change) -> Change:
        if any(
            isinstance(step, _Set) and isinstance(step.target, model.Tie) and step.name in ("a", "b")
            for step in change.steps
        ):
            self.workbook.ties.ends_changed()  # a tie moved to other ends: its pair is another
        self.generation += 1
        for listener in self.listeners:
            listener(change)
        return change

    def undo(self) -> Change | None:
        if not self.undo_stack:
            return None
        change = self.undo_stack.pop()
        change.revert()
        self.redo_stack.append(change)
        return self._changed(change)

    def redo(self) -> Change | None:
        if not self.redo_stack:
            return None
        change = self.redo_stack.pop()
        change.apply()
        self.undo_stack.append(change)
        return self._changed(change)

    def end_typing(self) -> None:
        """The user left the field: what was typed there is one undo step, and the next
        edit of the field is a step of its own — also when that typing was undone before
        the field was left and is redone after (ending only the step on top missed it)."""
        self._typing = None

    # -- fields --

    def set_field(self, target: Any, name: str, value: Any, *, coalesce: bool = False) -> Change | None:
        """Set one field of a record in the workbook; None if nothing changed."""
        if name == "id":
            raise EditError(tr(self.lang, "edit.id_fixed"))
        value = self._coerce(type(target), name, value)
        if name in ("a", "b") and isinstance(target, model.Tie):
            self._check_tie_ends(value if name == "a" else target.a, value if name == "b" else target.b, ignore=target)
        if name in ("stakeholder", "our_stakeholder") and value:
            self._stakeholder(value)
        if name == "empty_sectors" and isinstance(target, model.Project):
            self._check_empty(value)
        old = getattr(target, name)
        if old == value:
            return None
        change = Change(
            self._words("edit.set", field=lambda lang: field_label(lang, SECTION[type(target)], name)),
            [_Set(target, name, old, value), *self._follows(target, name, old, value)],
            (id(target), name) if coalesce else None,
        )
        return self._commit(change)

    def _follows(self, target: Any, name: str, old: Any, new: Any) -> list[_Set]:
        """What changes with a field, in the same undo step, so that no undo leaves half of it.

        A stakeholder moved into a sector marked "nobody here" unmarks it; a
        renamed stakeholder takes its name along to the plan rows (and our
        group) that carry it, unless the user wrote another name there.
        """
        if not isinstance(target, model.Stakeholder):
            return []
        if name == "sector":
            return self._sector_taken(new)
        if name != "name":
            return []
        plan = self.workbook.plan
        steps = [_Set(row, "group", old, new) for row in plan.rows if row.stakeholder == target.id and row.group == old]
        if plan.our_stakeholder == target.id and plan.our_group == old:
            steps.append(_Set(plan, "our_group", old, new))
        return steps

    def _sector_taken(self, sector: Sector) -> list[_Set]:
        """A sector with someone in it is no longer "nobody here"."""
        project = self.workbook.project
        if sector not in project.empty_sectors:
            return []
        return [
            _Set(project, "empty_sectors", project.empty_sectors, [s for s in project.empty_sectors if s is not sector])
        ]

    def _check_empty(self, sectors: list[Sector]) -> None:
        """A sector marked "nobody here" has no names in it."""
        named = {s.sector for s in self.workbook.stakeholders}
        for sector in sectors:
            if sector in named:
                raise EditError(tr(self.lang, "edit.sector_has_names", sector=label(self.lang, sector)))

    def mark_sector_empty(self, sector: Sector | str, empty: bool = True) -> Change | None:
        """Mark a sector as having no stakeholders (step 2 is then done without it), or take
        the mark off; EditError for a sector with names in it. None if nothing changed."""
        sector = Sector(sector)
        marked = self.workbook.project.empty_sectors
        others = [s for s in marked if s is not sector]
        return self.set_project("empty_sectors", [*others, sector] if empty else others)

    def set_project(self, name: str, value: Any, *, coalesce: bool = False) -> Change | None:
        return self.set_field(self.workbook.project, name, value, coalesce=coalesce)

    def set_plan(self, name: str, value: Any, *, coalesce: bool = False) -> Change | None:
        return self.set_field(self.workbook.plan, name, value, coalesce=coalesce)

    def set_language(self, language: Language | str) -> Change | None:
        language = Language(language)
        if language is self.workbook.language:
            return None
        change = Change(
            Words("key.language", {}, language), [_Set(self.workbook, "language", self.workbook.language, language)]
        )
        return self._commit(change)

    def choose_our_group(self, stakeholder_id: str) -> Change | None:
        """Our group is this stakeholder: the planning table reads every current relationship from it."""
        stakeholder = self._stakeholder(stakeholder_id)
        if self.workbook.plan.our_stakeholder == stakeholder_id:
            return None
        return self._commit(Change(self._words("edit.our_group", name=stakeholder.name), self._ours(stakeholder)))

    def add_our_group(self, name: str, sector: Sector | str = Sector.PEOPLE) -> model.Stakeholder:
        """ "None of these yet — add us": our group as a new stakeholder, and chosen, in one undo step."""
        stakeholder = self._build(
            model.Stakeholder(self._new_id("s", self.workbook.stakeholders), name), name=name, sector=sector
        )
        items = self.workbook.stakeholders
        steps: list[Step] = [
            _Insert(items, len(items), stakeholder),
            *self._sector_taken(stakeholder.sector),
            *self._ours(stakeholder),
        ]
        self._commit(Change(self._words("edit.our_group", name=name), steps))
        return stakeholder

    def _ours(self, stakeholder: model.Stakeholder) -> list[Step]:
        """Make ``stakeholder`` our group; the group's name on the table follows, unless the user wrote their own."""
        plan = self.workbook.plan
        steps: list[Step] = [_Set(plan, "our_stakeholder", plan.our_stakeholder, stakeholder.id)]
        before = self.workbook.stakeholder(plan.our_stakeholder)
        if not plan.our_group.strip() or (before is not None and plan.our_group == before.name):
            steps.append(_Set(plan, "our_group", plan.our_group, stakeholder.name))
        return steps

    def restore(self, workbook: model.Workbook) -> Change | None:
        """Make the workbook equal to ``workbook`` (a recovery copy) as one undoable change."""
        steps: list[Step] = [
            _Set(self.workbook, spec.name, getattr(self.workbook, spec.name), getattr(workbook, spec.name))
            for spec in dataclasses.fields(model.Workbook)
            if getattr(self.workbook, spec.name) != getattr(workbook, spec.name)
        ]
        if not steps:
            return None
        self._seen_ids |= ids_in(workbook)
        self._largest.clear()
        return self._commit(Change(self._words("edit.restore"), steps))

    # -- stakeholders --

    def _stakeholder(self, stakeholder_id: str) -> model.Stakeholder:
        found = self.workbook.stakeholder(stakeholder_id)
        if found is None:
            raise EditError(tr(self.lang, "edit.unknown_stakeholder", id=stakeholder_id))
        return found

    def add_stakeholder(
        self, name: str, sector: Sector | str = Sector.PEOPLE, kind: Kind | str = Kind.NODE, **fields: Any
    ) -> model.Stakeholder:
        stakeholder_id = self._new_id("s", self.workbook.stakeholders)
        stakeholder = self._build(
            model.Stakeholder(stakeholder_id, name), name=name, sector=sector, kind=kind, **fields
        )
        items = self.workbook.stakeholders
        steps: list[Step] = [_Insert(items, len(items), stakeholder), *self._sector_taken(stakeholder.sector)]
        self._commit(Change(self._words("edit.add_stakeholder", name=name), steps))
        return stakeholder

    def add_stakeholders(
        self, names: list[str], sector: Sector | str = Sector.PEOPLE, kind: Kind | str = Kind.NODE
    ) -> list[model.Stakeholder]:
        """Several names at once (a list pasted from a sheet): one change that one undo takes back.
        All or nothing: a name the model refuses adds none, and the error says which line it is."""
        built = []
        for line, name in enumerate(names, 1):
            record = model.Stakeholder(self._new_id("s", self.workbook.stakeholders), name)
            try:
                built.append(self._build(record, name=name, sector=sector, kind=kind))
            except EditError as error:
                raise EditError(tr(self.lang, "edit.line", line=line, problem=error)) from None
        items = self.workbook.stakeholders
        steps: list[Step] = [_Insert(items, len(items) + n, s) for n, s in enumerate(built)]
        steps += self._sector_taken(Sector(sector))
        self._commit(Change(self._words("edit.add_stakeholders", count=len(built)), steps))
        return built

    def update_stakeholder(
        self, stakeholder_id: str, name: str, value: Any, *, coalesce: bool = False
    ) -> Change | None:
        return self.set_field(self._stakeholder(stakeholder_id), name, value, coalesce=coalesce)

    def remove_stakeholder(self, stakeholder_id: str) -> Change:
        """Remove a stakeholder with its ties; plan rows keep their group name but lose the link."""
        stakeholder = self._stakeholder(stakeholder_id)
        wb = self.workbook
        steps: list[Step] = []
        # Remove from the end so that each recorded index is right when undone in reverse.
        ties = wb.ties_of(stakeholder_id)
        steps += self._answers_of({stakeholder_id, *(tie.id for tie in ties)})
        for index, tie in sorted(((wb.ties.position(t), t) for t in ties), reverse=True):
            steps.append(_Remove(wb.ties, index, tie))
        for row in wb.plan.rows:
            if row.stakeholder == stakeholder_id:
                steps.append(_Set(row, "stakeholder", stakeholder_id, ""))
        if wb.plan.our_stakeholder == stakeholder_id:
            steps.append(_Set(wb.plan, "our_stakeholder", stakeholder_id, ""))
        steps.append(_Remove(wb.stakeholders, wb.stakeholders.position(stakeholder), stakeholder))
        return self._commit(Change(self._words("edit.remove_stakeholder", name=stakeholder.name), steps))

    def mark_left(self, stakeholder_id: str, day: str, reason: str = "") -> Change | None:
        """The stakeholder left the network on ``day`` (``YYYY-MM-DD``): kept, out of the
        current measures. One undo step; None if it was already so."""
        stakeholder = self._stakeholder(stakeholder_id)
        if not day:
            raise EditError(tr(self.lang, "edit.bad_date", field=self._label(model.Stakeholder, "left"), found='""'))
        what = self._words("edit.left", name=stakeholder.name)
        return self._set_together(stakeholder, what, left=day, left_reason=reason)

    def bring_back(self, stakeholder_id: str) -> Change | None:
        """The stakeholder is in the network again (the day and reason they left are cleared)."""
        stakeholder = self._stakeholder(stakeholder_id)
        what = self._words("edit.back", name=stakeholder.name)
        return self._set_together(stakeholder, what, left="", left_reason="")

    def _set_together(self, target: Any, what: Words, **values: Any) -> Change | None:
        """Several fields of one record set in one undo step; None if none changes."""
        new = {name: self._coerce(type(target), name, value) for name, value in values.items()}
        steps: list[Step] = [
            _Set(target, name, getattr(target, name), value)
            for name, value in new.items()
            if getattr(target, name) != value
        ]
        return self._commit(Change(what, steps)) if steps else None

    def _label(self, record_type: type, name: str) -> str:
        return field_label(self.lang, SECTION[record_type], name)

    # -- ties --

    def _check_tie_ends(self, a: str, b: str, ignore: model.Tie | None = None) -> None:
        self._stakeholder(a)
        self._stakeholder(b)
        if a == b:
            raise EditError(tr(self.lang, "edit.self_tie"))
        if any(t is not ignore for t in self.workbook.ties.joining(a, b)):
            raise EditError(tr(self.lang, "edit.duplicate_tie"))

    def add_tie(self, a: str, b: str, **fields: Any) -> model.Tie:
        self._check_tie_ends(a, b)
        tie_id = self._new_id("t", self.workbook.ties)
        tie = self._build(model.Tie(tie_id, a, b), **fields)
        items = self.workbook.ties
        self._commit(Change(self._words("edit.add_tie"), [_Insert(items, len(items), tie)]))
        return tie

    def update_tie(self, tie_id: str, name: str, value: Any, *, coalesce: bool = False) -> Change | None:
        return self.set_field(self._find(self.workbook.ties, tie_id), name, value, coalesce=coalesce)

    def remove_tie(self, tie_id: str) -> Change:
        tie = self._find(self.workbook.ties, tie_id)
        items = self.workbook.ties
        steps = [*self._answers_of({tie_id}), _Remove(items, items.position(tie), tie)]
        return self._commit(Change(self._words("edit.remove_tie"), steps))

    def _answers_of(self, ids: set[str]) -> list[Step]:
        """Removing the groups' answers (a merged workbook's ``[[answers]]``) about records being
        removed: an answer about a record no longer in the file would make the file unreadable.
        From the end, so each index is right when undone in reverse."""
        answers = self.workbook.answers
        return [
            _Remove(answers, index, answers[index])
            for index in reversed(range(len(answers)))
            if answers[index].of in ids
        ]

    def end_tie(self, tie_id: str, day: str) -> Change | None:
        """The tie ended on ``day`` (``YYYY-MM-DD``): kept, out of the current measures."""
        if not day:
            raise EditError(tr(self.lang, "edit.bad_date", field=self._label(model.Tie, "ended"), found='""'))
        tie = self._find(self.workbook.ties, tie_id)
        return self._set_together(tie, self._words("edit.tie_ended"), ended=day)

    def renew_tie(self, tie_id: str) -> Change | None:
        """The tie holds again: its end day is cleared."""
        tie = self._find(self.workbook.ties, tie_id)
        return self._set_together(tie, self._words("edit.tie_renewed"), ended="")

    # -- snapshots --

    def add_snapshot(self, snapshot: model.Snapshot) -> Change:
        """Keep a snapshot of the network (:mod:`tui.core.snapshots`); its label names it, once."""
        if any(kept.label == snapshot.label for kept in self.workbook.snapshots):
            raise EditError(tr(self.lang, "edit.snapshot_label_taken", label=snapshot.label))
        items = self.workbook.snapshots
        return self._commit(
            Change(self._words("edit.snapshot", label=snapshot.label), [_Insert(items, len(items), snapshot)])
        )

    # -- network health reviews --

    def add_review(self, label: str, day: str, checklists: list[str]) -> model.Review:
        """A new, unscored health review (:mod:`tui.core.health`) at the end; its label names it, once."""
        from tui.core.health import CHECKLISTS

        label = self._coerce_text("label", label)
        day = self._coerce_text("day", day)
        if not label or not day or any(review.label == label for review in self.workbook.health):
            raise EditError(tr(self.lang, "edit.review_label_taken", label=label))
        review = model.Review(label, day, [name for name in CHECKLISTS if name in checklists])
        items = self.workbook.health
        self._commit(Change(self._words("edit.add_review", label=label), [_Insert(items, len(items), review)]))
        return review

    def score_item(self, review: model.Review, item_id: str, score: int | None) -> Change | None:
        """Score one item of a review 1-5, or None to clear it; None if nothing changed."""
        if score is not None and not SCORE_MIN <= score <= SCORE_MAX:
            raise EditError(tr(self.lang, "edit.bad_score", field=item_id, low=SCORE_MIN, high=SCORE_MAX))
        if review.scores.get(item_id) == score:
            return None
        scores = {key: value for key, value in review.scores.items() if key != item_id}
        if score is not None:
            scores[item_id] = score
        from tui.core.health import item_text

        what = self._words("edit.health_score", item=lambda lang: item_text(lang, item_id))
        return self._commit(Change(what, [_Set(review, "scores", review.scores, scores)]))

    def note_item(self, review: model.Review, item_id: str, note: str, *, coalesce: bool = False) -> Change | None:
        """The evidence note of one item of a review; None if nothing changed."""
        note = self._coerce_text("note", note)
        if review.notes.get(item_id, "") == note:
            return None
        notes = {key: value for key, value in review.notes.items() if key != item_id}
        if note:
            notes[item_id] = note
        from tui.core.health import item_text

        what = self._words("edit.health_note", item=lambda lang: item_text(lang, item_id))
        key = (id(review), f"notes.{item_id}") if coalesce else None
        return self._commit(Change(what, [_Set(review, "notes", review.notes, notes)], key))

    def date_review(self, review: model.Review, day: str) -> Change | None:
        """The day of a review; a label that was its day follows it (when no other review has it)."""
        day = self._coerce_text("day", day)
        if not day:
            raise EditError(tr(self.lang, "edit.bad_date", field="day", found='""'))
        if day == review.day:
            return None
        steps: list[Step] = [_Set(review, "day", review.day, day)]
        others = {kept.label for kept in self.workbook.health if kept is not review}
        if review.label == review.day and day not in others:
            steps.append(_Set(review, "label", review.label, day))
        return self._commit(Change(self._words("edit.health_day", day=day), steps))

    def choose_checklists(self, review: model.Review, checklists: list[str]) -> Change | None:
        """The checklists a review uses (their scores stay in the file either way)."""
        from tui.core.health import CHECKLISTS

        chosen = [name for name in CHECKLISTS if name in checklists]
        if not chosen or chosen == review.checklists:
            return None
        what = self._words("edit.health_checklists")
        return self._commit(Change(what, [_Set(review, "checklists", review.checklists, chosen)]))

    def _coerce_text(self, name: str, value: str) -> str:
        try:
            return str(coerce(FieldSpec(name, Shape.TEXT), value))
        except ValueProblem as problem:
            if problem.key in ("hidden_char", "too_long", "bad_date"):
                raise EditError(tr(self.lang, f"edit.{problem.key}", field=name, **problem.values)) from None
            raise EditError(tr(self.lang, "edit.bad_value", value=value, field=name)) from None

    # -- plan rows --

    def add_plan_row(self, group: str = "", **fields: Any) -> model.PlanRow:
        rows = self.workbook.plan.rows
        row_id = self._new_id("p", rows)
        row = self._build(model.PlanRow(row_id), group=group, **fields)
        if row.stakeholder:
            self._stakeholder(row.stakeholder)
        self._commit(Change(self._words("edit.add_plan_row", group=group), [_Insert(rows, len(rows), row)]))
        return row

    def update_plan_row(self, row_id: str, name: str, value: Any, *, coalesce: bool = False) -> Change | None:
        return self.set_field(self._find(self.workbook.plan.rows, row_id), name, value, coalesce=coalesce)

    def remove_plan_row(self, row_id: str) -> Change:
        rows = self.workbook.plan.rows
        row = self._find(rows, row_id)
        return self._commit(
            Change(self._words("edit.remove_plan_row", group=row.group), [_Remove(rows, rows.position(row), row)])
        )

    # -- ใบงาน 2: lessons learned, a case each --

    def add_lesson(self, case: str = "", **fields: Any) -> model.Lesson:
        lessons = self.workbook.lessons
        lesson = self._build(model.Lesson(self._new_id("l", lessons)), case=case, **fields)
        self._commit(Change(self._words("edit.add_lesson", case=case), [_Insert(lessons, len(lessons), lesson)]))
        return lesson

    def update_lesson(self, lesson_id: str, name: str, value: Any, *, coalesce: bool = False) -> Change | None:
        return self.set_field(self._find(self.workbook.lessons, lesson_id), name, value, coalesce=coalesce)

    def remove_lesson(self, lesson_id: str) -> Change:
        lessons = self.workbook.lessons
        lesson = self._find(lessons, lesson_id)
        what = self._words("edit.remove_lesson", case=lesson.case)
        return self._commit(Change(what, [_Remove(lessons, lessons.position(lesson), lesson)]))

    def move_plan_row(self, row_id: str, offset: int) -> Change | None:
        """Move a row up (negative) or down (positive), clamped to the table."""
        rows = self.workbook.plan.rows
        row = self._find(rows, row_id)
        index = rows.position(row)
        target = max(0, min(len(rows) - 1, index + offset))
        if target == index:
            return None
        steps: list[Step] = [_Remove(rows, index, row), _Insert(rows, target, row)]
        return self._commit(Change(self._words("edit.move_plan_row", group=row.group), steps))

    # -- helpers --

    def _find(self, items: Records[Record], item_id: str) -> Record:
        found = items.by_id(item_id)
        if found is None:
            raise EditError(tr(self.lang, "edit.unknown_item", id=item_id))
        return found

    def _new_id(self, prefix: str, items: Records[Any]) -> str:
        """An id never used in this session, so an undone removal cannot collide with a newer item.

        One past the largest number the session has seen, passing over any id
        that ``items`` holds without the editor having seen it (an item put
        into the list directly).
        """
        if prefix not in self._largest:
            self._largest[prefix] = model.largest_number(prefix, self._seen_ids)
        new = ""
        while not new or new in self._seen_ids or items.by_id(new) is not None:
            self._largest[prefix] += 1
            new = f"{prefix}{self._largest[prefix]}"
        self._seen_ids.add(new)
        return new

    def _coerce(self, record_type: type, name: str, value: Any) -> Any:
        """``value`` in the field's type, or an EditError saying what is wrong."""
        spec = spec_of(record_type, name)
        if spec is None or spec.shape in (Shape.ROWS, Shape.RECORD):
            raise EditError(tr(self.lang, "edit.unknown_field", field=name))
        try:
            return coerce(spec, value)
        except ValueProblem as problem:
            what = self._label(record_type, name)
            if problem.key == "score_range":
                raise EditError(tr(self.lang, "edit.bad_score", field=what, low=SCORE_MIN, high=SCORE_MAX)) from None
            if problem.key in ("hidden_char", "too_long", "bad_date"):
                raise EditError(tr(self.lang, f"edit.{problem.key}", field=what, **problem.values)) from None
            raise EditError(tr(self.lang, "edit.bad_value", value=value, field=what)) from None

    def _build(self, record: Record, **fields: Any) -> Record:
        """A new record with ``fields`` filled through the same checks as ``set_field``."""
        if "id" in fields:
            raise EditError(tr(self.lang, "edit.id_fixed"))
        values = {name: self._coerce(type(record), name, value) for name, value in fields.items()}
        return dataclasses.replace(record, **values)


def ids_in(workbook: model.Workbook) -> set[str]:
    """The ids of every stakeholder, tie and plan row."""
    return (
        {item.id for item in workbook.stakeholders}
        | {tie.id for tie in workbook.ties}
        | {row.id for row in workbook.plan.rows}
    )
