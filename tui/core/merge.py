"""Many groups' workbooks made one (``phakhi merge``), for the facilitator of a workshop.

In the course's workshop (seed 001) groups fill in the same worksheets in
parallel and send them "to the LINE group" (001:319), where the facilitator
puts them together by hand. Here each group's workbook is one input:

- A stakeholder is the same in two groups when their names have the same
  normal form (:func:`tui.core.names.normal_name`: spaces, zero-width
  characters, the order of Thai marks). Names that are only likely the same
  (an abbreviation, รพ. for โรงพยาบาล; a spelling one or two letters apart)
  are listed for the facilitator to confirm and never merged silently.
- Every stakeholder and tie keeps the groups that named it (``named_by``).
  Where groups answered a field differently, the merged record holds one
  value (the median score, the commonest choice, every group's text) and
  each group's answer is kept (``[[answers]]``): the report shows the spread
  as a point for discussion, and nothing is dropped.
- The result depends only on what the groups said, never on the order of
  the inputs, and merging it again with one of its inputs changes nothing:
  a merged input is read back as its groups' answers.

Plan rows and ใบงาน 2 lessons are kept from every group (the same row twice
once), health reviews under their group's name; snapshots hold ids that
merging changes, so they stay in each group's own workbook, and the counts
say so.
"""

from __future__ import annotations

import enum
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tui.core.model import Answer, Lesson, PlanRow, Project, Review, Stakeholder, Tie, Workbook
from tui.core.names import normal_name
from tui.core.records import Records
from tui.core.schema import DATE_FIELDS, MAX_TEXT, NAME_FIELDS, FieldSpec, Shape, ValueProblem, coerce, fields_of
from tui.core.vocab import Language

#: Where a group's answer is kept for a step-1 field.
PROJECT = "project"
#: Between the groups' texts of one field, each after its group's name.
TEXT_JOIN = " · "
#: Common abbreviations in Thai names of organisations and roles, with their full forms
#: (issue 21's list and the usual ones of a province's health and local government).
ABBREVIATIONS = {
    "รพ.สต.": "โรงพยาบาลส่งเสริมสุขภาพตำบล",
    "รพ.": "โรงพยาบาล",
    "อบต.": "องค์การบริหารส่วนตำบล",
    "อบจ.": "องค์การบริหารส่วนจังหวัด",
    "ทม.": "เทศบาลเมือง",
    "ทต.": "เทศบาลตำบล",
    "ทน.": "เทศบาลนคร",
    "กก.": "กรรมการ",
    "ม.อ.": "มหาวิทยาลัยสงขลานครินทร์",
    "สสจ.": "สำนักงานสาธารณสุขจังหวัด",
    "สสอ.": "สำนักงานสาธารณสุขอำเภอ",
    "อสม.": "อาสาสมัครสาธารณสุขประจำหมู่บ้าน",
    "ผญบ.": "ผู้ใหญ่บ้าน",
    "รร.": "โรงเรียน",
    "กศน.": "ศูนย์การศึกษานอกระบบและการศึกษาตามอัธยาศัย",
}
#: The abbreviations in their normal form, longest first (รพ.สต. before รพ.).
_SHORT = sorted(
    ((normal_name(short), normal_name(full)) for short, full in ABBREVIATIONS.items()), key=lambda p: -len(p[0])
)


class Why(enum.StrEnum):
    """Why two names are listed as likely the same stakeholder."""

    ABBREVIATION = "abbreviation"
    SPELLING = "spelling"


@dataclass(frozen=True)
class Likely:
    """Two names, each named by some group, that may be one stakeholder: the facilitator says."""

    name: str
    same_as: str
    why: Why


@dataclass
class Merged:
    """The merged workbook and what the facilitator is told: counts in and out, the likely
    matches still to confirm, and what could not be merged."""

    workbook: Workbook
    groups: list[str]
    likely: list[Likely]
    stakeholders_in: int
    ties_in: int
    #: Ties whose two ends became one stakeholder when two names were confirmed the same.
    ties_joined: int = 0
    #: Snapshots left in the groups' own workbooks (their ids are not the merged ones).
    snapshots_left: int = 0


# --- names -------------------------------------------------------------------


def expanded(name: str) -> str:
    """``name``'s normal form with every common abbreviation written out."""
    text = normal_name(name)
    for short, full in _SHORT:
        text = text.replace(short, full)
    return text


#: Thai digits as Arabic ones, to compare the numbers in two names.
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _numbers(text: str) -> list[str]:
    return re.findall(r"[0-9]+", text.translate(_DIGITS))


def _near(a: str, b: str) -> bool:
    """One letter apart (two in a long name): an edit, a letter missing or one too many.
    Names whose numbers differ are not near (อสม. หมู่ 1 and อสม. หมู่ 2 are two groups)."""
    if _numbers(a) != _numbers(b):
        return False
    allowed = 2 if min(len(a), len(b)) >= 12 else 1
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > allowed:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(row) > allowed:
            return False
        previous = row
    return previous[-1] <= allowed


def _deletions(text: str, depth: int) -> set[str]:
    """``text`` with up to ``depth`` letters taken out: two names within that many edits share one."""
    found = {text}
    for _ in range(depth):
        found |= {word[:i] + word[i + 1 :] for word in found for i in range(len(word))}
    return found


def likely_pairs(names: Iterable[str]) -> list[tuple[str, str, Why]]:
    """Pairs of different normal forms among ``names`` that are likely one stakeholder, each
    once and in a fixed order. Near spellings are found through shared deletions, not by
    comparing every pair, so a province's merge does not grow with the square of its names."""
    forms = sorted({normal_name(name) for name in names} - {""})
    found: dict[tuple[str, str], Why] = {}
    by_expansion: dict[str, list[str]] = {}
    for form in forms:
        by_expansion.setdefault(expanded(form), []).append(form)
    for same in by_expansion.values():
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                found[(a, b)] = Why.ABBREVIATION
    by_numbers: dict[tuple[str, ...], list[str]] = {}
    for form in forms:  # names with other numbers are never near: only those with the same are compared
        by_numbers.setdefault(tuple(_numbers(form)), []).append(form)
    for alike in by_numbers.values():
        if len(alike) > 1:
            for a, b in _sharing_a_deletion(alike):
                if (a, b) not in found and _near(expanded(a), expanded(b)):
                    found[(a, b)] = Why.SPELLING
    return [(a, b, why) for (a, b), why in sorted(found.items())]


def _sharing_a_deletion(forms: list[str]) -> set[tuple[str, str]]:
    """The pairs of ``forms`` (sorted) that share a variant with up to two letters taken out
    (one in a short name): every pair within that many edits, and a few more to check."""
    having: dict[str, int] = {}  # a variant and the one form that has it (most variants: one)
    shared: dict[str, list[int]] = {}  # a variant more than one form has, and those forms
    pairs: set[tuple[int, int]] = set()
    for index, form in enumerate(forms):
        for variant in _deletions(expanded(form), 2 if len(form) >= 12 else 1):
            earlier = having.setdefault(variant, index)
            if earlier == index:
                continue
            others = shared.setdefault(variant, [earlier])
            if others[-1] != index:
                pairs.update((other, index) for other in others)
                others.append(index)
    return {(forms[a], forms[b]) for a, b in pairs}


# --- answers as the file writes them ----------------------------------------------


def answer_text(spec: FieldSpec, value: Any) -> str:
    """A field's value written as an ``[[answers]]`` value: text as it is, a score as its
    digit, a choice as the file's word for it, a flag as true or false, choices by commas."""
    if spec.shape in (Shape.FLAG, Shape.MAYBE_FLAG):
        return "true" if value else "false"
    if spec.shape is Shape.CHOICES:
        return ", ".join(item.value for item in value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def answer_value(spec: FieldSpec, text: str) -> Any:
    """The value an ``[[answers]]`` value stands for; raises ValueProblem."""
    if spec.shape is Shape.SCORE:
        if not text.isdigit():
            raise ValueProblem("wrong_type", expected="type.integer")
        return coerce(spec, int(text))
    if spec.shape in (Shape.FLAG, Shape.MAYBE_FLAG):
        if text not in ("true", "false"):
            raise ValueProblem("wrong_type", expected="type.boolean")
        return text == "true"
    if spec.shape is Shape.CHOICES:
        return coerce(spec, [item.strip() for item in text.split(",") if item.strip()])
    return coerce(spec, text)


def answered_fields(record: type) -> dict[str, FieldSpec]:
    """The fields a group answers, by name: all but the id, a tie's ends and the groups."""
    return {spec.name: spec for spec in fields_of(record) if spec.name not in ("id", "a", "b", "named_by")}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


# --- what each group said ------------------------------------------------------

#: What each group answered of one record: the group, and its values by field name.
Answers = list[tuple[str, dict[str, Any]]]


@dataclass
class _Said:
    """One group's answers for one record: field name to value (empty ones left out)."""

    group: str
    values: dict[str, Any]
    #: Every name it was known by in that group (a merged input keeps each group's spelling).
    names: tuple[str, ...] = ()
    #: A tie's two ends, as the said stakeholders' keys.
    ends: tuple[int, int] = (0, 0)


def _values(record: object, specs: dict[str, FieldSpec]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in specs if not _empty(getattr(record, name))}


def _by_group(record: Any, of: str, groups: Sequence[str], kept: dict[tuple[str, str], list[Answer]]) -> Answers:
    """What each of ``groups`` said of ``record``: the record's own values where they agreed;
    where they disagreed, each group's own answer, or nothing from a group that gave none."""
    specs = answered_fields(type(record))
    disputed = {answer.field for group in groups for answer in kept.get((of, group), ())}
    values = {name: value for name, value in _values(record, specs).items() if name not in disputed}
    said = []
    for group in groups:
        own = dict(values)
        for answer in kept.get((of, group), ()):
            spec = specs.get(answer.field)
            if spec is not None:
                own[answer.field] = answer_value(spec, answer.value)
        said.append((group, {name: value for name, value in own.items() if not _empty(value)}))
    return said


def merged_groups(workbook: Workbook) -> list[str]:
    """The groups a merged workbook was made from; none for a workbook of one group."""
    named = {group for s in workbook.stakeholders for group in s.named_by}
    named |= {group for tie in workbook.ties for group in tie.named_by}
    return sorted(named | {answer.group for answer in workbook.answers})


def _kept_answers(workbook: Workbook) -> dict[tuple[str, str], list[Answer]]:
    kept: dict[tuple[str, str], list[Answer]] = {}
    for answer in workbook.answers:
        kept.setdefault((answer.of, answer.group), []).append(answer)
    return kept


# --- one value from many -------------------------------------------------------


def _commonest(answers: dict[str, Any]) -> Any:
    """The answer most groups gave; between equally many, the first group's (by name)."""
    counts = Counter(repr(value) for value in answers.values())
    top = max(counts.values())
    return next(answers[group] for group in sorted(answers) if counts[repr(answers[group])] == top)


def combined(spec: FieldSpec, answers: dict[str, Any]) -> Any:
    """One value from the groups' different answers: the median score (the lower of the two
    middle ones), every choice of a list, and every text after the groups that wrote it;
    the commonest choice, flag, day or name (a title joined from three reads as none)."""
    if spec.shape is Shape.SCORE:
        return statistics.median_low(answers.values())
    if spec.shape is Shape.CHOICES:
        chosen = {item for value in answers.values() for item in value}
        return [item for item in spec.vocab or () if item in chosen] if spec.vocab else sorted(chosen)
    if spec.shape is Shape.TEXT and spec.name not in DATE_FIELDS | NAME_FIELDS:
        by_text: dict[str, list[str]] = {}
        for group in sorted(answers):
            by_text.setdefault(answers[group], []).append(group)
        joined = TEXT_JOIN.join(f"{', '.join(groups)}: {text}" for text, groups in by_text.items())
        # The file keeps at most MAX_TEXT a field; each group's whole text is in its answer.
        return joined if len(joined) <= MAX_TEXT else joined[: MAX_TEXT - 1] + "…"
    return _commonest(answers)


def _settle(spec_of: dict[str, FieldSpec], said: Answers, of: str) -> tuple[dict[str, Any], list[Answer]]:
    """The merged values of one record, and the answers to keep where the groups differ."""
    values: dict[str, Any] = {}
    kept: list[Answer] = []
    for name, spec in spec_of.items():
        answers: dict[str, Any] = {}
        for group, own in sorted(said, key=lambda pair: pair[0]):
            if name in own and group not in answers:
                answers[group] = own[name]
        if not answers:
            continue
        distinct = {repr(value) for value in answers.values()}
        if len(distinct) == 1:
            values[name] = next(iter(answers.values()))
            continue
        values[name] = combined(spec, answers)
        kept += [Answer(of, name, group, answer_text(spec, value)) for group, value in sorted(answers.items())]
    return values, kept


# --- the merge -----------------------------------------------------------------


def group_name(path_stem: str) -> str:
    """A group's name from its file's (``กลุ่ม1.toml`` is กลุ่ม1)."""
    return path_stem.strip() or "?"


def fit_for_a_name(group: str) -> bool:
    """Can ``group`` be kept in the file as a group's name (no hidden character, not too long)?"""
    try:
        coerce(FieldSpec("group", Shape.TEXT), group)
    except ValueProblem:
        return False
    return True


class _Union:
    """Which said stakeholders are one: each points towards the first of its kind."""

    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


@dataclass
class _Gathered:
    """Everything the inputs said, before it is made one workbook."""

    stakeholders: list[_Said] = field(default_factory=list)
    ties: list[_Said] = field(default_factory=list)
    project: Answers = field(default_factory=list)
    #: Each plan row and the said key of its stakeholder (None: it names none).
    rows: list[tuple[PlanRow, int | None]] = field(default_factory=list)
    lessons: list[Lesson] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    languages: dict[str, Language] = field(default_factory=dict)
    groups: set[str] = field(default_factory=set)
    snapshots: int = 0
    union: _Union = field(default_factory=_Union)

    def add(self, label: str, workbook: Workbook) -> None:
        """One input: a group's workbook, or a merged one read back as its groups' answers."""
        kept = _kept_answers(workbook)
        everyone = merged_groups(workbook)
        self.groups |= set(everyone or [label])
        self.languages[label] = workbook.language
        self.project += _by_group(workbook.project, PROJECT, everyone or [label], kept)
        keys: dict[str, int] = {}
        for stakeholder in workbook.stakeholders:
            first = keys[stakeholder.id] = len(self.stakeholders)  # its groups' answers are one stakeholder
            for group, values in _by_group(stakeholder, stakeholder.id, stakeholder.named_by or [label], kept):
                spelt = [a.value for a in kept.get((stakeholder.id, group), ()) if a.field == "name"]
                self.stakeholders.append(_Said(group, values, tuple(spelt or [stakeholder.name])))
                self.union.join(first, self.union.add())
        for tie in workbook.ties:
            for group, values in _by_group(tie, tie.id, tie.named_by or [label], kept):
                self.ties.append(_Said(group, values, ends=(keys[tie.a], keys[tie.b])))
        self.rows += [(row, keys.get(row.stakeholder)) for row in workbook.plan.rows]
        self.lessons += workbook.lessons
        self.reviews += [r if everyone else replace(r, label=f"{label}: {r.label}") for r in workbook.health]
        self.snapshots += len(workbook.snapshots)

    def join_names(self, confirmed: Iterable[tuple[str, str]]) -> None:
        """The same name (in its normal form) is one stakeholder, as are the confirmed pairs."""
        by_form: dict[str, int] = {}
        for index, said in enumerate(self.stakeholders):
            for spelling in said.names:
                form = normal_name(spelling)
                if form:
                    self.union.join(by_form.setdefault(form, index), index)
        for a, b in confirmed:
            first, second = by_form.get(normal_name(a)), by_form.get(normal_name(b))
            if first is not None and second is not None:
                self.union.join(first, second)


def merge(inputs: Sequence[tuple[str, Workbook]], confirmed: Iterable[tuple[str, str]] = ()) -> Merged:
    """``inputs`` (each a group's name and workbook) made one. ``confirmed``: pairs of names
    the facilitator said are one stakeholder (from the likely matches)."""
    gathered = _Gathered()
    for label, workbook in sorted(inputs, key=lambda pair: pair[0]):
        gathered.add(label, workbook)
    gathered.join_names(confirmed)
    workbook = Workbook(language=_commonest(gathered.languages) if gathered.languages else Language.TH)
    ids = _stakeholders(gathered, workbook)
    joined = _ties(gathered, workbook, ids)
    project, answers = _settle(answered_fields(Project), gathered.project, PROJECT)
    workbook.project = Project(**project)
    workbook.answers += answers
    rows = [replace(row, id="", stakeholder="" if key is None else ids[key]) for row, key in gathered.rows]
    workbook.plan.rows = Records(replace(row, id=f"p{n}") for n, row in enumerate(_unique(rows, repr), 1))
    lessons = _unique([replace(lesson, id="") for lesson in gathered.lessons], repr)
    workbook.lessons = Records(replace(lesson, id=f"l{n}") for n, lesson in enumerate(lessons, 1))
    workbook.health = _unique(gathered.reviews, lambda r: (r.day, r.label))
    return Merged(
        workbook,
        sorted(gathered.groups),
        [],
        sum(len(w.stakeholders) for _, w in inputs),
        sum(len(w.ties) for _, w in inputs),
        joined,
        gathered.snapshots,
    )


def _stakeholders(gathered: _Gathered, workbook: Workbook) -> dict[int, str]:
    """The merged stakeholders, numbered in the order of their names; the id of each said one."""
    union, said = gathered.union, gathered.stakeholders
    clusters: dict[int, list[int]] = {}
    for index in range(len(said)):
        clusters.setdefault(union.find(index), []).append(index)
    specs = answered_fields(Stakeholder)
    made = []
    for members in clusters.values():
        values, answers = _settle(specs, [(said[i].group, said[i].values) for i in members], "")
        spellings = sorted({(said[i].group, name) for i in members for name in said[i].names})
        counts = Counter(name for _, name in spellings)
        values["name"] = next(name for _, name in spellings if counts[name] == max(counts.values()))
        answers = [a for a in answers if a.field != "name"]
        if len(counts) > 1:  # every spelling, so a merge again finds each group's
            answers += [Answer("", "name", group, name) for group, name in spellings]
        groups = sorted({said[i].group for i in members})
        made.append((Stakeholder(id="", **values, named_by=groups), answers, members))
    made.sort(key=lambda item: (normal_name(item[0].name), item[0].name, item[0].named_by))
    ids: dict[int, str] = {}
    for number, (stakeholder, answers, members) in enumerate(made, 1):
        stakeholder.id = f"s{number}"
        workbook.stakeholders.append(stakeholder)
        workbook.answers += [replace(a, of=stakeholder.id) for a in answers]
        ids.update(dict.fromkeys(members, stakeholder.id))
    return ids


def _ties(gathered: _Gathered, workbook: Workbook, ids: dict[int, str]) -> int:
    """The merged ties, one per pair of merged stakeholders, numbered in the order of their
    ends; how many joined one stakeholder to itself (two names confirmed as one)."""
    pairs: dict[tuple[int, int], Answers] = {}
    joined = 0
    for said in gathered.ties:
        a, b = sorted(int(ids[end][1:]) for end in said.ends)
        if a == b:
            joined += 1
            continue
        pairs.setdefault((a, b), []).append((said.group, said.values))
    specs = answered_fields(Tie)
    for number, ((a, b), answers_of) in enumerate(sorted(pairs.items()), 1):
        values, answers = _settle(specs, answers_of, f"t{number}")
        groups = sorted({group for group, _ in answers_of})
        workbook.ties.append(Tie(f"t{number}", f"s{a}", f"s{b}", **values, named_by=groups))
        workbook.answers += answers
    return joined


def _unique(items: list[Any], key: Callable[[Any], Any]) -> list[Any]:
    """``items`` each once by ``key``, in its order: the same row from two inputs is one row."""
    seen: dict[Any, Any] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return [seen[k] for k in sorted(seen)]


def save(workbook: Workbook, path: Path, lang: Language) -> None:
    """Write a merged workbook to the new file ``path``, once its entries read back as they are:
    a merge builds its records directly, so here the file's own checks meet them, and what the
    file could not keep is never written. Raises WorkbookError with the problems (the file's
    analysis is left to be worked out, so it is not worked out here for nothing)."""
    from tui.core import store

    store.parse(store.entries_text(workbook).encode("utf-8"), str(path), lang)
    store.save(workbook, path, store.NO_FILE, analysed=False)


def with_likely(merged: Merged) -> Merged:
    """``merged`` with the likely matches among its stakeholders' names listed."""
    names = [s.name for s in merged.workbook.stakeholders]
    by_form = {normal_name(name): name for name in names}
    merged.likely = [Likely(by_form[a], by_form[b], why) for a, b, why in likely_pairs(names)]
    return merged
