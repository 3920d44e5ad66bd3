"""Gaps (ช่องว่าง), each on a small hand-made workbook whose answer can be read off the drawing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import model, store
from tui.core.analysis import find_gaps
from tui.core.analysis.gaps import KINDS, gap_about, gap_label
from tui.core.vocab import Language, Sector

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def workbook(ties: list[tuple[str, str]], *, people: int, ours: str = "", **extra) -> model.Workbook:
    return model.Workbook(
        stakeholders=[model.Stakeholder(f"s{n}", f"S{n}") for n in range(1, people + 1)],
        ties=[model.Tie(f"t{i}", a, b) for i, (a, b) in enumerate(ties, 1)],
        plan=model.Plan(our_stakeholder=ours, **extra),
    )


def test_missing_sectors():
    mixed = model.Workbook(
        stakeholders=[
            model.Stakeholder("s1", "กลุ่มเกษตรอินทรีย์", sector=Sector.PEOPLE),
            model.Stakeholder("s2", "เทศบาล", sector=Sector.GOVERNMENT),
        ]
    )
    assert find_gaps(mixed).missing_sectors == (Sector.ACADEMIC,)
    assert find_gaps(model.Workbook()).missing_sectors == (Sector.PEOPLE, Sector.ACADEMIC, Sector.GOVERNMENT)
    everyone = model.Workbook(stakeholders=[model.Stakeholder(f"s{i}", "x", sector=s) for i, s in enumerate(Sector)])
    assert find_gaps(everyone).missing_sectors == ()


def test_key_players_without_ties_should_be_involved():
    stakeholders = [
        model.Stakeholder("s1", "high interest, no ties", interest=5),
        model.Stakeholder("s2", "high interest, tied", interest=4),
        model.Stakeholder("s3", "low interest, marked key, no ties", interest=2, key_player=True),
        model.Stakeholder("s4", "high interest, marked not key, no ties", interest=5, key_player=False),
        model.Stakeholder("s5", "low interest, no ties", interest=3),
        model.Stakeholder("s6", "partner of s2"),
    ]
    found = find_gaps(model.Workbook(stakeholders=stakeholders, ties=[model.Tie("t1", "s2", "s6")]))
    assert found.uninvolved_key_players == ("s1", "s3")


# Our group s1 with partners s2, s3, s7 (all tied to each other) and s8 (tied to s2, s3);
# ชาคริต (s4) knows our group, สวนผักคนเมือง (s5) knows only ชาคริต, s6 knows only s5.
# s9-s10 are a pair on their own; s11 has no ties.
SEED_LIKE = [
    ("s1", "s2"), ("s1", "s3"), ("s1", "s7"), ("s2", "s3"), ("s2", "s7"), ("s3", "s7"),
    ("s8", "s2"), ("s8", "s3"),
    ("s1", "s4"), ("s4", "s5"), ("s5", "s6"),
    ("s9", "s10"),
]


def test_reached_only_through_one_stakeholder_from_our_group():
    found = find_gaps(workbook(SEED_LIKE, people=11, ours="s1"))
    assert found.anchor == "s1"
    # ชาคริต himself is tied to us directly; behind him each depends on the nearest go-between.
    assert found.only_through == {"s5": "s4", "s6": "s5"}
    assert found.not_connected == ("s9", "s10")


def test_without_our_group_the_largest_piece_stands_in():
    found = find_gaps(workbook(SEED_LIKE, people=11))
    assert found.anchor is None
    # Taking s1 away leaves {s2, s3, s7, s8} as the main body and cuts off s4, s5, s6.
    assert found.only_through == {"s4": "s1", "s5": "s4", "s6": "s5"}
    assert found.not_connected == ("s9", "s10")


def test_our_group_without_ties_falls_back_to_the_largest_piece():
    found = find_gaps(workbook(SEED_LIKE, people=11, ours="s11"))
    assert found.anchor is None
    assert found.only_through["s5"] == "s4"


def test_a_well_knit_network_has_no_one_to_go_through():
    ring = [(f"s{n}", f"s{n % 6 + 1}") for n in range(1, 7)]
    found = find_gaps(workbook(ring, people=6, ours="s1"))
    assert found.only_through == {} and found.not_connected == ()


def test_plan_rows_with_no_method():
    rows = [
        model.PlanRow("p1", group="กรรมการกองทุนตำบล", methods=["เชิญเป็นวิทยากร"]),
        model.PlanRow("p2", group="กลุ่มนักวิชาการ ม.อ."),
        model.PlanRow("p3", group="สวนผักคนเมือง", methods=["  ", ""]),
    ]
    found = find_gaps(model.Workbook(plan=model.Plan(rows=rows)))
    assert found.plan_rows_without_methods == ("p2", "p3")


def test_no_gaps():
    complete = model.Workbook(
        stakeholders=[model.Stakeholder(f"s{i}", "x", sector=s, interest=5) for i, s in enumerate(Sector, 1)],
        ties=[model.Tie("t1", "s1", "s2"), model.Tie("t2", "s2", "s3"), model.Tie("t3", "s3", "s1")],
        plan=model.Plan(our_stakeholder="s1", rows=[model.PlanRow("p1", methods=["พบปะ"])]),
    )
    found = find_gaps(complete)
    assert not found.found
    assert find_gaps(workbook([], people=0, rows=[model.PlanRow("p1")])).found


def test_the_thai_sample_has_the_seeds_gaps():
    thai, _ = store.load(SAMPLES / "organic-farming.th.toml")
    by_name = {s.name: s.id for s in thai.stakeholders}
    found = find_gaps(thai)
    # ใบงาน Network 4: สวนผักคนเมือง is "หลวม ผ่านชาคริต".
    assert found.only_through[by_name["สวนผักคนเมือง"]] == by_name["ชาคริต"]
    # ใบงาน 1: the other organic growers are interested in our success but nobody is tied to them yet.
    assert by_name["กลุ่มปลูกผักอินทรีย์อื่น"] in found.uninvolved_key_players
    assert found.anchor == by_name["กลุ่มเกษตรอินทรีย์"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_gap_has_a_label_and_an_explanation(kind):
    assert hasattr(find_gaps(model.Workbook()), kind)
    for lang in Language:
        assert gap_label(lang, kind) and gap_about(lang, kind)
