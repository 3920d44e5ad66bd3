"""The planning table's current relationship (ความสัมพันธ์เดิม), read off the map by hand.

The map used here, worked by hand (us = s1):

    s1 ══ s2          ══ strong (แน่นแฟ้น), ── weak (หลวม ๆ)
    s1 ── s3
    s2 ── s4 ══ s3    s4 is two steps from us, through s2 (weak) or s3 (strong)
    s4 ── s5          s5 is three steps away; its only way in is s4
    s6                no ties at all
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import store
from tui.core.model import Plan, PlanRow, Stakeholder, Tie, Workbook
from tui.core.plan import Relationships, current_relationship, current_text, target_label
from tui.core.vocab import Closeness, Language, Relation, Strength

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def hand_worked() -> Workbook:
    names = {"s1": "เรา", "s2": "ก", "s3": "ข", "s4": "ค", "s5": "ง", "s6": "จ"}
    return Workbook(
        stakeholders=[Stakeholder(i, n) for i, n in names.items()],
        ties=[
            Tie("t1", "s1", "s2", Strength.STRONG),
            Tie("t2", "s1", "s3", Strength.WEAK),
            Tie("t3", "s2", "s4", Strength.WEAK),
            Tie("t4", "s4", "s3", Strength.STRONG),
            Tie("t5", "s4", "s5", Strength.WEAK),
        ],
        plan=Plan(our_group="กลุ่มเรา", our_stakeholder="s1"),
    )


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("s2", (Closeness.TIGHT, None, True)),  # a direct strong tie
        ("s3", (Closeness.LOOSE, None, True)),  # a direct weak tie
        ("s4", (Closeness.LOOSE, "ข", True)),  # two steps; s3's tie to s4 is the strong one
        ("s5", (Closeness.LOOSE, "ค", True)),  # three steps; named by the one next to s5
        ("s6", (Closeness.NONE, None, True)),  # no path at all
        ("s1", (Closeness.NONE, None, True)),  # our own group
        ("", (Closeness.NONE, None, True)),  # a row not linked to a stakeholder
        ("s99", (Closeness.NONE, None, True)),  # a dangling id (a half-edited workbook)
    ],
)
def test_current_relationship_is_read_from_the_ties(target, expected):
    workbook = hand_worked()
    assert current_relationship(workbook, PlanRow("p1", stakeholder=target)) == expected


def test_among_equal_paths_workbook_order_decides():
    workbook = hand_worked()
    workbook.ties[3].strength = Strength.WEAK  # s4 ── s3 now weak too: s2 and s3 tie
    assert current_relationship(workbook, PlanRow("p1", stakeholder="s4")) == (Closeness.LOOSE, "ก", True)


def test_the_rows_own_entry_wins():
    workbook = hand_worked()
    row = PlanRow("p1", stakeholder="s2", current=Closeness.NONE)
    assert current_relationship(workbook, row) == (Closeness.NONE, None, False)
    row = PlanRow("p1", stakeholder="s6", current=Closeness.LOOSE, current_via=" ชาคริต ")
    assert current_relationship(workbook, row) == (Closeness.LOOSE, "ชาคริต", False)
    row = PlanRow("p1", stakeholder="s6", current_via="ชาคริต")  # "through someone" means loose
    assert current_relationship(workbook, row) == (Closeness.LOOSE, "ชาคริต", False)


def test_without_our_stakeholder_nothing_can_be_read():
    workbook = hand_worked()
    workbook.plan.our_stakeholder = ""
    assert current_relationship(workbook, PlanRow("p1", stakeholder="s2")) == (Closeness.NONE, None, True)


def test_the_thai_sample_map_agrees_with_the_worksheet():
    """Seed 001's table says หลวม for five groups and หลวม ผ่านชาคริต for สวนผักคนเมือง;
    read from the sample's ties (any entered value cleared), the map says the same."""
    workbook, _ = store.load(SAMPLES / "organic-farming.th.toml")
    for row in workbook.plan.rows:
        row.current, row.current_via = None, ""
    derived = [current_relationship(workbook, row) for row in workbook.plan.rows]
    assert derived == [(Closeness.LOOSE, None, True)] * 5 + [(Closeness.LOOSE, "ชาคริต", True)]
    texts = [current_text(Language.TH, closeness, via) for closeness, via, _ in derived]
    assert texts == ["หลวม"] * 5 + ["หลวม ผ่านชาคริต"]


def test_the_map_read_once_answers_every_row_as_read_for_each() -> None:
    workbook, _ = store.load(SAMPLES / "large.toml")
    relationships = Relationships(workbook)
    rows = [*workbook.plan.rows, *(PlanRow(f"q{s.id}", stakeholder=s.id) for s in workbook.stakeholders)]
    assert [relationships.of(row) for row in rows] == [current_relationship(workbook, row) for row in rows]


def test_wording():
    assert current_text(Language.TH, Closeness.LOOSE, "ชาคริต") == "หลวม ผ่านชาคริต"
    assert current_text(Language.EN, Closeness.LOOSE, "Chakrit") == "Loose via Chakrit"
    assert current_text(Language.TH, Closeness.TIGHT, None) == "แน่นแฟ้น"
    assert current_text(Language.TH, Closeness.NONE, None) == "ไม่มี"
    # The planning table writes มีส่วนร่วม where the glossary says การมีส่วนร่วม.
    assert target_label(Language.TH, Relation.COLLABORATE) == "มีส่วนร่วม"
    assert target_label(Language.TH, Relation.COOPERATE) == "ประสานการทำงาน"
    assert target_label(Language.TH, Relation.COORDINATE) == "ประสานความร่วมมือ"
    assert target_label(Language.EN, Relation.COLLABORATE) == "Collaborate"
