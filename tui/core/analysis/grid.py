"""Step 6 — the influence x interest grid, key players and suggested strategies.

Seed 000 sorts stakeholders with a table (ตารางวิเคราะห์) of influence against
interest, and seed 001 numbers its four cells: 1 อิทธิพลมาก สนใจมาก, 2 อิทธิพลมาก
สนใจน้อย, 3 อิทธิพลน้อย สนใจมาก, 4 อิทธิพลน้อย สนใจน้อย. Scores run 1-5, so the
grid needs a line between "มาก" and "น้อย": :data:`HIGH_SCORE` (4). A 3 is the
middle of the scale — neither much nor little — and a stakeholder must stand
out to be "มาก"; docs/ANALYSES.md gives the reasoning.

Seed 000 makes the high-interest rows (quadrants 1 and 3) the key players
(ผู้เล่นหลัก). The strategies come from the standard power-interest grid, not
from the seeds. In both cases the user's own call on the stakeholder wins.

Also here: the 3x3 table of ใบงาน 1 part 2 (the three groups by the three
sectors), because it is the other way step 5-6 sorts the same people.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

from tui.core.i18n import tr
from tui.core.model import Stakeholder, Workbook
from tui.core.vocab import Group, Language, Sector, Strategy

#: A score at or above this is high (มาก); below it is low (น้อย).
HIGH_SCORE = 4


#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("analysis.quadrant.",)


class Quadrant(IntEnum):
    """The four cells of the grid, numbered as in seed 001 (ใบงาน 1 part 3)."""

    HIGH_INFLUENCE_HIGH_INTEREST = 1  # อิทธิพลมาก สนใจมาก
    HIGH_INFLUENCE_LOW_INTEREST = 2  # อิทธิพลมาก สนใจน้อย
    LOW_INFLUENCE_HIGH_INTEREST = 3  # อิทธิพลน้อย สนใจมาก
    LOW_INFLUENCE_LOW_INTEREST = 4  # อิทธิพลน้อย สนใจน้อย

    def label(self, lang: Language | str) -> str:
        return tr(lang, f"analysis.quadrant.{self.value}")


#: The standard power-interest grid's advice for each cell (not from the seeds).
SUGGESTED_STRATEGY: Mapping[Quadrant, Strategy] = {
    Quadrant.HIGH_INFLUENCE_HIGH_INTEREST: Strategy.MANAGE_CLOSELY,
    Quadrant.HIGH_INFLUENCE_LOW_INTEREST: Strategy.KEEP_SATISFIED,
    Quadrant.LOW_INFLUENCE_HIGH_INTEREST: Strategy.KEEP_INFORMED,
    Quadrant.LOW_INFLUENCE_LOW_INTEREST: Strategy.MONITOR,
}


def is_high(score: int) -> bool:
    return score >= HIGH_SCORE


def quadrant_of(influence: int | None, interest: int | None) -> Quadrant | None:
    """The cell for two scores; None until both are scored (no guessing)."""
    if influence is None or interest is None:
        return None
    if is_high(influence):
        return Quadrant.HIGH_INFLUENCE_HIGH_INTEREST if is_high(interest) else Quadrant.HIGH_INFLUENCE_LOW_INTEREST
    return Quadrant.LOW_INFLUENCE_HIGH_INTEREST if is_high(interest) else Quadrant.LOW_INFLUENCE_LOW_INTEREST


@dataclass(frozen=True)
class Placement:
    """Where one stakeholder sits on the grid, and what follows from it.

    ``key_player`` and ``strategy`` are the values to use: the user's override
    when there is one, else the grid's. ``*_by_grid`` keep the grid's own
    answer so a screen can show "as the grid says" beside an override.
    """

    stakeholder: str
    quadrant: Quadrant | None
    key_player: bool
    key_player_by_grid: bool
    strategy: Strategy | None
    strategy_by_grid: Strategy | None

    @property
    def key_player_overridden(self) -> bool:
        return self.key_player != self.key_player_by_grid

    @property
    def strategy_overridden(self) -> bool:
        return self.strategy != self.strategy_by_grid


def is_key_player(stakeholder: Stakeholder) -> bool:
    """``place(stakeholder).key_player`` without the rest of the placement: the step
    rules and the plan's flags ask it of every stakeholder at every edit."""
    if stakeholder.key_player is not None:
        return stakeholder.key_player
    return stakeholder.interest is not None and is_high(stakeholder.interest)


def place(stakeholder: Stakeholder) -> Placement:
    """Seed 000: high interest makes a key player, whatever the influence.

    Interest alone decides it (both high-interest cells qualify), so a
    stakeholder whose influence is not yet scored can already be a key
    player; the strategy needs the cell, so it waits for both scores.
    """
    cell = quadrant_of(stakeholder.influence, stakeholder.interest)
    by_grid = stakeholder.interest is not None and is_high(stakeholder.interest)
    suggested = SUGGESTED_STRATEGY[cell] if cell is not None else None
    return Placement(
        stakeholder=stakeholder.id,
        quadrant=cell,
        key_player=by_grid if stakeholder.key_player is None else stakeholder.key_player,
        key_player_by_grid=by_grid,
        strategy=suggested if stakeholder.strategy is None else stakeholder.strategy,
        strategy_by_grid=suggested,
    )


@dataclass(frozen=True)
class Grid:
    """Every stakeholder's placement, in workbook order."""

    placements: tuple[Placement, ...]

    def placement(self, stakeholder_id: str) -> Placement | None:
        return self._by_stakeholder.get(stakeholder_id)

    @functools.cached_property
    def _by_stakeholder(self) -> dict[str, Placement]:
        """Asked once per stakeholder by every table: a map, not a walk through the grid."""
        by_id: dict[str, Placement] = {}
        for p in self.placements:
            by_id.setdefault(p.stakeholder, p)  # the first, as a walk would find
        return by_id

    @property
    def key_players(self) -> tuple[str, ...]:
        return tuple(p.stakeholder for p in self.placements if p.key_player)

    def in_quadrant(self, quadrant: Quadrant) -> tuple[str, ...]:
        return tuple(p.stakeholder for p in self.placements if p.quadrant is quadrant)

    @property
    def unscored(self) -> tuple[str, ...]:
        return tuple(p.stakeholder for p in self.placements if p.quadrant is None)


def prioritise(workbook: Workbook) -> Grid:
    """Step 6 (จัดกลุ่มความสำคัญ) for the whole workbook."""
    return Grid(tuple(place(s) for s in workbook.stakeholders))


#: ใบงาน 1 part 2: group -> sector -> stakeholder ids, every cell present.
GroupTable = Mapping[Group, Mapping[Sector, tuple[str, ...]]]


def group_table(workbook: Workbook) -> GroupTable:
    """The 3x3 table of seed 001: the three groups down, the three sectors across.

    A stakeholder in two groups is listed in both rows, as on the worksheet;
    one in no group is in no row. Ids keep workbook order within each cell.
    """
    return {
        group: {
            sector: tuple(s.id for s in workbook.stakeholders if group in s.groups and s.sector == sector)
            for sector in Sector
        }
        for group in Group
    }
