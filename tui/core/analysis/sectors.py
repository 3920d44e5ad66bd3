"""Ties across the three sectors (ไตรพลัง): who the network joins, and who it leaves apart.

Seed 000 (lines 74-83) says why it matters: people tie to those like
themselves (homophily), and strong ties among the like-minded build a shared
goal and trust, while looser ties to the unlike bring new ideas, views and
resources; a network for a community's change must reach across professions
and organisations: academics, government and civil society (seed 000,
food security; seed 001's Network 4, across issues in one province). So the
ties are counted sector by sector (a table, as a facilitator tallies lines
between the three corners of the triangle), with:

* the share of ties that cross sectors, and Krackhardt and Stern's E-I index,
  (E − I) / (E + I) for E ties across sectors and I within one: −1 when every
  tie stays inside its sector, +1 when every tie crosses;
* the pairs of sectors, both present in the network, with no tie between
  them (no tie between ภาครัฐ and ประชาชน) — a gap for the plan.

Counted on the ties given (who left and the ties that ended are the caller's
to leave out, as :func:`tui.core.current.current` does); a tie from a
stakeholder to themselves, or to an id not in the workbook, is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations_with_replacement

from tui.core.model import Workbook
from tui.core.vocab import Sector, Strength

#: Each pair of sectors once, a sector with itself first: (people, people), (people, academic), …
PAIRS = tuple(combinations_with_replacement(Sector, 2))


def pair(a: Sector, b: Sector) -> tuple[Sector, Sector]:
    """The pair as :data:`PAIRS` lists it."""
    order = list(Sector)
    return (a, b) if order.index(a) <= order.index(b) else (b, a)


@dataclass(frozen=True)
class SectorTies:
    """Ties counted by the sectors at their two ends."""

    #: Ties between each pair of sectors (:data:`PAIRS`), and how many of them are strong.
    ties: dict[tuple[Sector, Sector], int]
    strong: dict[tuple[Sector, Sector], int]
    #: Sectors with at least one stakeholder.
    present: tuple[Sector, ...]

    @property
    def within(self) -> int:
        return sum(count for (a, b), count in self.ties.items() if a is b)

    @property
    def across(self) -> int:
        return sum(count for (a, b), count in self.ties.items() if a is not b)

    @property
    def share_across(self) -> float | None:
        """The share of ties that cross sectors; None with no ties."""
        total = self.within + self.across
        return self.across / total if total else None

    @property
    def ei_index(self) -> float | None:
        """(E − I) / (E + I); None with no ties."""
        total = self.within + self.across
        return (self.across - self.within) / total if total else None

    @property
    def unlinked(self) -> tuple[tuple[Sector, Sector], ...]:
        """Pairs of different sectors, both present, with no tie between them."""
        return tuple(
            (a, b) for a, b in PAIRS if a is not b and a in self.present and b in self.present and not self.ties[(a, b)]
        )


def sector_ties(workbook: Workbook) -> SectorTies:
    sector_of = {s.id: s.sector for s in workbook.stakeholders}
    ties = dict.fromkeys(PAIRS, 0)
    strong = dict.fromkeys(PAIRS, 0)
    for tie in workbook.ties:
        if tie.a == tie.b or tie.a not in sector_of or tie.b not in sector_of:
            continue
        key = pair(sector_of[tie.a], sector_of[tie.b])
        ties[key] += 1
        strong[key] += tie.strength is Strength.STRONG
    present = tuple(sector for sector in Sector if sector in sector_of.values())
    return SectorTies(ties, strong, present)
