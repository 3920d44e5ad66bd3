"""The workbook: what a user enters across the seven steps and the planning table.

Plain dataclasses, no behaviour beyond lookups. Field order here is the key
order in the saved file, so keep related fields together and append new ones
where a reader of the TOML would look for them. Ids are stable strings chosen
once (``s1``, ``t1``, ``p1``) and never reused while the item exists; names may
repeat, so everything refers to stakeholders by id.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from tui.core.records import Records, TieRecords, as_records
from tui.core.vocab import (
    Closeness,
    Group,
    Kind,
    Language,
    NetworkKind,
    PlanStatus,
    PowerBase,
    Relation,
    Sector,
    Strategy,
    Strength,
    TieForm,
)

#: What an id may look like: short, ASCII, safe in TOML, CSV and DOT. Use it with
#: ``fullmatch``: a ``$`` would also let a final line break through.
ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")

R = TypeVar("R", bound=type)


def _pickled_by_fields(cls: R) -> R:
    """A record of ``cls`` pickles as its class and its field values in order, built again by
    calling the class. Python's own way for a slotted class stores a dict of slot names with
    every record; a province's parsed copy (tui/core/parsed_copy.py, 40,000 records) is then
    a quarter smaller and read and written about a third faster."""
    values = operator.attrgetter(*(f.name for f in fields(cls)))

    def reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, values(self)

    setattr(cls, "__reduce__", reduce)  # noqa: B010  (a method set on the class made by dataclass)
    return cls


@dataclass
class Project:
    """Step 1 — the issue and objective of the analysis (ระบุวัตถุประสงค์)."""

    title: str = ""
    issue: str = ""
    objective: str = ""
    area: str = ""
    network_kind: NetworkKind | None = None
    date: str = ""
    facilitator: str = ""
    notes: str = ""
    #: Step 2: sectors the user has looked at and found no stakeholder in.
    empty_sectors: list[Sector] = field(default_factory=list)


@_pickled_by_fields
@dataclass(slots=True)
class Stakeholder:
    """One person, group/organisation (node) or network, studied in steps 2-7."""

    id: str
    name: str
    sector: Sector = Sector.PEOPLE
    kind: Kind = Kind.NODE
    contact: str = ""
    # Step 3 — the study of the stakeholder (seed 000).
    characteristics: str = ""
    management: str = ""
    decisions: str = ""
    aims: str = ""
    purposes: str = ""
    track_record: str = ""
    rules: str = ""
    leader_view: str = ""
    gains_losses: str = ""
    stance: str = ""
    needs: str = ""
    knowledge: str = ""
    behaviour: str = ""
    # Step 3 — the worksheet columns of ใบงาน 1 part 3 (seed 001).
    influence_how: str = ""
    impact: str = ""
    what_matters: str = ""
    can_help: str = ""
    may_obstruct: str = ""
    access: str = ""
    # Step 5 — power.
    influence: int | None = None
    interest: int | None = None
    power_bases: list[PowerBase] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    # Step 6 — None means "as the grid says"; True/False is the user's call.
    key_player: bool | None = None
    key_leader: bool = False
    # Step 7 — approach. strategy None means "as the grid suggests".
    strategy: Strategy | None = None
    approach_how: str = ""
    approach_who: str = ""
    approach_when: str = ""
    relationship_goal: Relation | None = None
    notes: str = ""
    # Over time: the day the stakeholder left the network (ออกจากเครือข่าย), an ISO
    # date, and why. Kept in the file, out of the current measures and map.
    left: str = ""
    left_reason: str = ""
    #: Merged from several groups' workbooks (``phakhi merge``, format version 4): the groups
    #: that named this stakeholder; empty in a workbook of one group.
    named_by: list[str] = field(default_factory=list)


@_pickled_by_fields
@dataclass(slots=True)
class Tie:
    """Step 4 — a relationship between two stakeholders (undirected)."""

    id: str
    a: str
    b: str
    strength: Strength = Strength.WEAK
    relation: Relation | None = None
    form: TieForm | None = None
    frequency: str = ""
    duration: str = ""
    #: Trust (ความไว้วางใจ, seed 000), 1 to 5 as the scores of step 5, with a note (a day, what showed it).
    trust: int | None = None
    trust_note: str = ""
    notes: str = ""
    #: Over time: the day the tie ended, an ISO date; kept in the file, out of the current measures.
    ended: str = ""
    #: The groups that named this tie, in a merged workbook (as ``Stakeholder.named_by``).
    named_by: list[str] = field(default_factory=list)


@dataclass
class PlanRow:
    """One row of the planning table (ใบงาน Network 4)."""

    id: str
    group: str = ""
    stakeholder: str = ""
    # Overrides of the current relationship worked out from the map.
    current: Closeness | None = None
    current_via: str = ""
    target: Relation | None = None
    our_benefit: str = ""
    their_benefit: str = ""
    methods: list[str] = field(default_factory=list)
    owner: str = ""
    review_date: str = ""
    # Following the row through (format version 3): where it stands, and dated entries ("2026-03-01 …").
    status: PlanStatus | None = None
    log: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass
class Plan:
    """The relationship plan: a shared vision, our own group, the rows."""

    shared_vision: str = ""
    our_group: str = ""
    our_stakeholder: str = ""
    rows: Records[PlanRow] = field(default_factory=Records)

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, as_records(value) if name == "rows" else value)


@dataclass
class Lesson:
    """ใบงาน 2 (seed 001, lines 197-205): lessons learned from one case, a page each in the
    report. The seed's three questions, asked of a network that worked (เทศบาลเมืองยะลา)."""

    id: str
    case: str = ""  # the case studied (กรณีศึกษา)
    drawing_in: str = ""  # 1. how people, groups and partners were drawn in to change things
    keeping: str = ""  # 2. how they were managed so that they still work together
    leadership: str = ""  # 3. the leadership that working with partners for lasting change needs
    notes: str = ""


@dataclass
class Answer:
    """One group's answer where the groups of a merged workbook disagree (``phakhi merge``):
    the merged record keeps one value and each group's answer is kept here, so the report
    can show the spread as a point for discussion (three groups scoring the mayor's
    influence 5, 3 and 4) and a merge done again loses none of them."""

    of: str  # a stakeholder's or a tie's id, or "project"
    field: str  # the field the groups answered differently
    group: str  # the group, as named in ``named_by``
    value: str  # its answer, written as the file writes the field (tui/core/merge.py)


@dataclass(frozen=True)
class Snapshot:
    """A dated, compact copy of the network as it stood (``phakhi snapshot``): who was in
    it, the ties between them and the main measures, to say later what changed
    (:mod:`tui.core.snapshots`). Never edited: taken whole, and kept."""

    label: str
    taken: str  # the day, YYYY-MM-DD
    stakeholders: tuple[tuple[str, str, str], ...] = ()  # (id, sector, name)
    ties: tuple[tuple[str, str, str, str], ...] = ()  # (id, a, b, strength)
    key_players: tuple[str, ...] = ()
    hubs: tuple[str, ...] = ()
    brokers: tuple[str, ...] = ()
    density: float = 0.0
    centralisation: float = 0.0
    shape: str = ""  # a shape of tui.core.analysis.shape, or "" when none was read


@dataclass
class Review:
    """One dated network health check (ตรวจสุขภาพเครือข่าย): each item of the chosen
    checklists scored 1-5 (or not yet), with a note of the evidence
    (:mod:`tui.core.health`). Items are named by the ids of ``tui.core.health.ITEMS``."""

    label: str
    day: str  # YYYY-MM-DD
    checklists: list[str] = field(default_factory=lambda: ["components", "diagnosis"])
    scores: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


@dataclass
class Workbook:
    """Everything one analysis holds; the TOML file is its only store."""

    language: Language = Language.TH
    project: Project = field(default_factory=Project)
    stakeholders: Records[Stakeholder] = field(default_factory=Records)
    ties: TieRecords[Tie] = field(default_factory=TieRecords)
    plan: Plan = field(default_factory=Plan)
    lessons: Records[Lesson] = field(default_factory=Records)
    snapshots: list[Snapshot] = field(default_factory=list)
    #: Network health checks, oldest first (``[[health]]``).
    health: list[Review] = field(default_factory=list)
    #: Each group's answer where a merged workbook's groups disagree (``[[answers]]``).
    answers: list[Answer] = field(default_factory=list)

    def __setattr__(self, name: str, value: Any) -> None:
        """The lists stay indexed (:mod:`tui.core.records`) whatever list is assigned."""
        if name in ("stakeholders", "lessons"):
            value = as_records(value)
        elif name == "ties":
            value = as_records(value, TieRecords)
        super().__setattr__(name, value)

    def stakeholder(self, stakeholder_id: str) -> Stakeholder | None:
        return self.stakeholders.by_id(stakeholder_id)

    def ties_of(self, stakeholder_id: str) -> list[Tie]:
        return self.ties.of(stakeholder_id)


def largest_number(prefix: str, taken: Iterable[str]) -> int:
    """The largest ``n`` of the ``<prefix><n>`` ids in ``taken``; 0 when there is none.

    New ids count on from it (not filling gaps), so a deleted item's id is not
    handed to a new one while an undo could still bring the old one back.
    """
    numbers = (
        int(existing[len(prefix) :])
        for existing in taken
        if existing.startswith(prefix) and existing[len(prefix) :].isdigit()
    )
    return max(numbers, default=0)
