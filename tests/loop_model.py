"""What a facilitator expects of the editing loop, written plainly, beside the app.

The property test in test_editing_loop.py drives the real app with keys and
applies the same actions here; after each action the two workbooks must be
equal. Nothing here uses the app's Editor: a change is a few assignments, the
history a stack of whole copies of the workbook, and the rules are the ones
the README and the screens promise:

- an edit changes the record on screen, and nothing else but what follows it
  (a renamed stakeholder's name on the plan rows and our group that carry it;
  a sector with someone in it is no longer "nobody here");
- what is typed into one field, until the user leaves it, is one undo step
  (typed back to where it was, it is none); any other edit is a step of its own;
- ctrl+z and ctrl+y go back and forth through those steps, and leave the user
  where they were: the same record on screen while it exists, else the same place;
- a new id is never one used before in the session.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from tui.core import model
from tui.core.vocab import Kind, Sector

NEXT_KIND = {Kind.INDIVIDUAL: Kind.NODE, Kind.NODE: Kind.NETWORK, Kind.NETWORK: Kind.INDIVIDUAL}
NEXT_SECTOR = {Sector.PEOPLE: Sector.ACADEMIC, Sector.ACADEMIC: Sector.GOVERNMENT, Sector.GOVERNMENT: Sector.PEOPLE}


@dataclass(eq=False)
class Step:
    """One undo step: the workbook before it, and (once undone) after it."""

    before: model.Workbook
    after: model.Workbook | None = None


@dataclass
class Place:
    """Where the user is in a list: the record there and its position, kept through redraws."""

    id: str | None = None
    index: int = 0

    def follow(self, ids: list[str]) -> None:
        """The same record while it is listed; else the same place, as near as the list allows.
        An empty list has no place: the next list starts at its top."""
        if self.id in ids:
            self.index = ids.index(self.id)
        else:
            self.index = min(self.index, len(ids) - 1) if ids else 0
        self.id = ids[self.index] if ids else None

    def move_to(self, index: int, ids: list[str]) -> None:
        self.index = index
        self.id = ids[index] if ids else None


@dataclass
class Loop:
    """The workbook as the user expects it, and where they are in the app."""

    workbook: model.Workbook
    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)
    #: The step that typing into one field still grows, and that field (record id, field name).
    typing: Step | None = None
    typing_in: tuple[str, str] | None = None
    #: 0 is the home screen, 1-7 the steps.
    screen: int = 0
    #: The id of the widget the user is in, as far as leaving a field goes.
    focus: str | None = None
    person: Place = field(default_factory=Place)
    tie: Place = field(default_factory=Place)
    #: Step 5's cursor: its row (a stakeholder's) and column.
    row: Place = field(default_factory=Place)
    column: int = 1
    _last: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        wb = self.workbook
        for prefix, items in (("s", wb.stakeholders), ("t", wb.ties), ("p", wb.plan.rows)):
            self._last[prefix] = max((int(item.id[1:]) for item in items), default=0)

    # -- where the user is --

    def people(self) -> list[str]:
        return [s.id for s in self.workbook.stakeholders]

    def ties_shown(self) -> list[str]:
        return [t.id for t in self.workbook.ties_of(self.person.id)] if self.person.id else []

    def enter(self, screen: int) -> None:
        """A step opened afresh: its list at the top, step 5 on the first score."""
        self.leave_field()
        self.screen, self.focus = screen, None
        self.person = Place()
        self.person.follow(self.people())
        self.tie = Place()
        self.tie.follow(self.ties_shown())
        self.row = Place()
        self.row.follow(self.people())
        self.column = 1

    def go_to(self, widget_id: str) -> None:
        if self.focus != widget_id:
            self.leave_field()
        self.focus = widget_id

    def leave_field(self) -> None:
        self.typing = self.typing_in = None

    def pick(self, index: int) -> None:
        """The user moved the highlight in the list of people, one by one; the tie list
        keeps its place at each (the same tie where the next one shares it)."""
        step = 1 if index > self.person.index else -1
        for passed in range(self.person.index + step, index + step, step):
            self.person.move_to(passed, self.people())
            self.tie.follow(self.ties_shown())

    def redrawn(self) -> None:
        self.person.follow(self.people())
        self.tie.follow(self.ties_shown())
        self.row.follow(self.people())

    # -- changes --

    def _commit(self, before: model.Workbook, typing_in: tuple[str, str] | None = None) -> None:
        """Record a change made to the workbook since ``before`` as the history says."""
        if self.workbook == before:
            return  # nothing changed: no step
        top = self.undo[-1] if self.undo else None
        if typing_in is not None and top is not None and top is self.typing and self.typing_in == typing_in:
            if self.workbook == top.before:
                self.undo.pop()  # typed back to where it was
        else:
            step = Step(before)
            self.undo.append(step)
            self.typing, self.typing_in = (step, typing_in) if typing_in else (None, None)
        self.redo.clear()
        self.redrawn()

    def change(self, apply, *, typing_in: tuple[str, str] | None = None) -> None:
        before = copy.deepcopy(self.workbook)
        apply(self.workbook)
        self._commit(before, typing_in)

    def set(self, record_id: str, name: str, value, *, typing: bool = False) -> None:
        def apply(wb: model.Workbook) -> None:
            set_field(wb, find(wb, record_id), name, value)

        self.change(apply, typing_in=(record_id, name) if typing else None)

    def new_id(self, prefix: str) -> str:
        self._last[prefix] += 1
        return f"{prefix}{self._last[prefix]}"

    def undo_step(self) -> None:
        if self.undo:
            step = self.undo.pop()
            step.after = copy.deepcopy(self.workbook)
            self.workbook = copy.deepcopy(step.before)
            self.redo.append(step)
            self.redrawn()

    def redo_step(self) -> None:
        if self.redo:
            step = self.redo.pop()
            assert step.after is not None
            self.workbook = copy.deepcopy(step.after)
            self.undo.append(step)
            self.redrawn()


# -- the changes themselves, on plain data --


def find(wb: model.Workbook, record_id: str):
    """A stakeholder, tie or plan row by id; "project" is step 1's record."""
    if record_id == "project":
        return wb.project
    return next(r for r in [*wb.stakeholders, *wb.ties, *wb.plan.rows] if r.id == record_id)


def set_field(wb: model.Workbook, record, name: str, value) -> None:
    old = getattr(record, name)
    setattr(record, name, value)
    if not isinstance(record, model.Stakeholder) or old == value:
        return
    if name == "sector":
        taken(wb, value)
    if name == "name":
        for row in wb.plan.rows:
            if row.stakeholder == record.id and row.group == old:
                row.group = value
        if wb.plan.our_stakeholder == record.id and wb.plan.our_group == old:
            wb.plan.our_group = value


def taken(wb: model.Workbook, sector: Sector) -> None:
    wb.project.empty_sectors = [s for s in wb.project.empty_sectors if s is not sector]


def add_stakeholder(wb: model.Workbook, stakeholder_id: str, name: str, sector: Sector) -> None:
    wb.stakeholders.append(model.Stakeholder(stakeholder_id, name, sector))
    taken(wb, sector)


def remove_stakeholder(wb: model.Workbook, stakeholder_id: str) -> None:
    """Its ties go with it; plan rows keep their group's name, and our group is unchosen."""
    wb.ties = [t for t in wb.ties if stakeholder_id not in (t.a, t.b)]
    for row in wb.plan.rows:
        if row.stakeholder == stakeholder_id:
            row.stakeholder = ""
    if wb.plan.our_stakeholder == stakeholder_id:
        wb.plan.our_stakeholder = ""
    wb.stakeholders = [s for s in wb.stakeholders if s.id != stakeholder_id]


def add_tie(wb: model.Workbook, tie_id: str, a: str, b: str) -> None:
    wb.ties.append(model.Tie(tie_id, a, b))


def remove_tie(wb: model.Workbook, tie_id: str) -> None:
    wb.ties = [t for t in wb.ties if t.id != tie_id]
