"""The workbook: what a user enters across the seven steps and the planning table.

Plain dataclasses, no behaviour beyond lookups. Field order here is the key
order in the saved file, so keep related fields together and append new ones
where a reader of the TOML would look for them. Ids are stable strings chosen
once (``s1``, ``t1``, ``p1``) and never reused while the item exists; names may
repeat, so everything refers to stakeholders by id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core.vocab import (
    Closeness,
    Group,
    Kind,
    Language,
    NetworkKind,
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


@dataclass
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


@dataclass
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
    notes: str = ""


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
    notes: str = ""


@dataclass
class Plan:
    """The relationship plan: a shared vision, our own group, the rows."""

    shared_vision: str = ""
    our_group: str = ""
    our_stakeholder: str = ""
    rows: list[PlanRow] = field(default_factory=list)


@dataclass
class Workbook:
    """Everything one analysis holds; the TOML file is its only store."""

    language: Language = Language.TH
    project: Project = field(default_factory=Project)
    stakeholders: list[Stakeholder] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    plan: Plan = field(default_factory=Plan)

    def stakeholder(self, stakeholder_id: str) -> Stakeholder | None:
        return next((s for s in self.stakeholders if s.id == stakeholder_id), None)

    def ties_of(self, stakeholder_id: str) -> list[Tie]:
        return [t for t in self.ties if stakeholder_id in (t.a, t.b)]


def next_id(prefix: str, taken: list[str] | set[str]) -> str:
    """The next free ``<prefix><n>`` id, one past the largest number in use.

    Counting past the largest (not filling gaps) keeps a deleted item's id from
    being handed to a new one while an undo could still bring the old one back.
    """
    largest = 0
    for existing in taken:
        if existing.startswith(prefix) and existing[len(prefix) :].isdigit():
            largest = max(largest, int(existing[len(prefix) :]))
    return f"{prefix}{largest + 1}"
