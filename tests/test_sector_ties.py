"""Ties across the three sectors (tui/core/analysis/sectors.py), against answers worked by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import store
from tui.core.analysis.sectors import sector_ties
from tui.core.current import current
from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.records import Records, TieRecords
from tui.core.report import build_report
from tui.core.report.text import render_text
from tui.core.vocab import Language, Sector, Strength

P, A, G = Sector.PEOPLE, Sector.ACADEMIC, Sector.GOVERNMENT
RIVER = Path(__file__).resolve().parent / "fixtures" / "river-over-time.toml"


def workbook(people: dict[str, Sector], ties: list[tuple[str, str, Strength]]) -> Workbook:
    return Workbook(
        stakeholders=Records([Stakeholder(id=i, name=i, sector=s) for i, s in people.items()]),
        ties=TieRecords([Tie(id=f"t{n}", a=a, b=b, strength=k) for n, (a, b, k) in enumerate(ties, 1)]),
    )


def test_two_ties_within_and_two_across_give_an_e_i_index_of_zero() -> None:
    # p1 – p2 strong and g1 – g2 weak stay in their sector (I = 2); a1 – g1 strong and p1 – a1
    # weak cross (E = 2): (2 − 2) / 4 = 0, half across; people and government never meet.
    found = sector_ties(
        workbook(
            {"p1": P, "p2": P, "a1": A, "g1": G, "g2": G},
            [
                ("p1", "p2", Strength.STRONG),
                ("g2", "g1", Strength.WEAK),
                ("g1", "a1", Strength.STRONG),
                ("p1", "a1", Strength.WEAK),
            ],
        )
    )
    assert (found.within, found.across, found.share_across, found.ei_index) == (2, 2, 0.5, 0.0)
    assert found.ties[(P, A)] == 1 and found.ties[(A, G)] == 1 and found.strong[(A, G)] == 1
    assert found.strong[(P, A)] == 0 and found.ties[(G, G)] == 1
    assert found.unlinked == ((P, G),)


def test_every_tie_inside_its_sector_is_minus_one_and_every_one_across_plus_one() -> None:
    inside = sector_ties(workbook({"p1": P, "p2": P, "g1": G}, [("p1", "p2", Strength.WEAK)]))
    assert (inside.ei_index, inside.share_across, inside.unlinked) == (-1.0, 0.0, ((P, G),))
    across = sector_ties(
        workbook({"p1": P, "g1": G, "a1": A}, [("p1", "g1", Strength.WEAK), ("g1", "a1", Strength.WEAK)])
    )
    assert (across.ei_index, across.unlinked) == (1.0, ((P, A),))


def test_no_ties_no_index_and_an_absent_sector_is_no_gap_here() -> None:
    found = sector_ties(workbook({"p1": P, "a1": A}, [("p1", "p1", Strength.WEAK), ("p1", "x9", Strength.WEAK)]))
    assert (found.within, found.across, found.ei_index, found.share_across) == (0, 0, None, None)
    assert found.present == (P, A) and found.unlinked == ((P, A),)  # government has nobody: step 2's gap, not this one


def test_the_river_as_it_stands() -> None:
    """tests/fixtures/river-over-time.toml now: the Market left and Mayor – River school ended. Left:
    River school – Fishers (academic – people), Mayor – Fishers (government – people, strong) and
    Fishers – Temple (people – people): E = 2, I = 1, (2 − 1) / 3 = +0.33; academic and government
    are no longer tied."""
    found = sector_ties(current(store.load(RIVER)[0]))
    assert (found.across, found.within, found.ei_index) == (2, 1, pytest.approx(1 / 3))
    assert found.unlinked == ((A, G),)


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (Language.EN, ("Across sectors  2 of 3 ties (67%) · E-I index +0.33", "Academic – Government")),
        (Language.TH, ("ข้ามภาค  2 จาก 3 เส้น (67%) · ดัชนี E-I +0.33", "วิชาการ – ภาครัฐ")),
    ],
)
def test_the_report_says_it(lang: Language, lines: tuple[str, ...]) -> None:
    text = render_text(build_report(store.load(RIVER)[0], lang=lang))
    for line in lines:
        assert line in text
