"""The planning table's rules, on hand-worked workbooks."""

from __future__ import annotations

from tui.core.model import Plan, PlanRow, Stakeholder, Tie, Workbook
from tui.core.plan_rules import FlagKind, plan_flags
from tui.core.vocab import Closeness, Language, Relation, Strength


def workbook(rows: list[PlanRow], ties: list[Tie] | None = None) -> Workbook:
    return Workbook(
        stakeholders=[
            Stakeholder("s1", "กลุ่มเกษตรอินทรีย์", influence=2, interest=5),  # our group, a key player itself
            Stakeholder("s2", "กรรมการกองทุนตำบล", influence=4, interest=2),  # no key player
            Stakeholder("s3", "สวนผักคนเมือง", influence=2, interest=4),  # key player
            Stakeholder("s4", "ชาคริต", influence=2, interest=5),  # key player
        ],
        ties=ties or [],
        plan=Plan(our_group="กลุ่มเกษตรอินทรีย์", our_stakeholder="s1", rows=rows),
    )


def kinds(wb: Workbook) -> list[tuple[str, str | None, str | None]]:
    return [(f.kind.value, f.row, f.stakeholder) for f in plan_flags(wb)]


def test_a_complete_plan_has_no_flags() -> None:
    rows = [
        PlanRow("p1", "สวนผักคนเมือง", "s3", target=Relation.COLLABORATE, methods=["พบปะ"]),
        PlanRow("p2", "ชาคริต", "s4", target=Relation.COOPERATE, methods=["โทร"]),
    ]
    assert plan_flags(workbook(rows)) == []


def test_key_players_without_a_row_are_flagged_but_not_our_own_group() -> None:
    rows = [PlanRow("p1", "สวนผักคนเมือง", "s3", target=Relation.COLLABORATE, methods=["พบปะ"])]
    assert kinds(workbook(rows)) == [("key_player_without_row", None, "s4")]


def test_no_target_and_no_method() -> None:
    rows = [
        PlanRow("p1", "สวนผักคนเมือง", "s3", methods=["พบปะ"]),
        PlanRow("p2", "ชาคริต", "s4", target=Relation.COORDINATE),
    ]
    assert kinds(workbook(rows)) == [("no_target", "p1", "s3"), ("no_method", "p2", "s4")]


def test_a_target_looser_than_the_current_tie_is_flagged() -> None:
    strong = [Tie("t1", "s1", "s4", Strength.STRONG)]
    rows = [
        PlanRow("p1", "สวนผักคนเมือง", "s3", target=Relation.COLLABORATE, methods=["พบปะ"]),
        PlanRow("p2", "ชาคริต", "s4", target=Relation.COORDINATE, methods=["โทร"]),  # tight now, loose planned
    ]
    assert kinds(workbook(rows, strong)) == [("target_weaker", "p2", "s4")]
    # An override of the current relationship counts too, and aiming tight is never weaker.
    rows[1] = PlanRow("p2", "ชาคริต", "s4", current=Closeness.TIGHT, target=Relation.COLLABORATE, methods=["โทร"])
    assert kinds(workbook(rows)) == []


def test_flag_texts_in_both_languages() -> None:
    wb = workbook([PlanRow("p1", "สวนผักคนเมือง", "s3", target=Relation.COLLABORATE)])
    flags = plan_flags(wb)
    assert flags[0].kind is FlagKind.NO_METHOD
    assert flags[0].text(Language.TH, wb) == "สวนผักคนเมือง: ยังไม่มีวิธีการ"
    assert flags[0].text(Language.EN, wb) == "สวนผักคนเมือง: no method yet"
    assert flags[1].text(Language.TH, wb) == "ผู้เล่นหลัก ชาคริต ยังไม่มีในแผน"


def test_the_report_lists_the_flags() -> None:
    from tui.core.report import build_report, render

    wb = workbook([PlanRow("p1", "สวนผักคนเมือง", "s3", target=Relation.COLLABORATE)])
    text = render(build_report(wb, lang=Language.TH), "txt")
    assert "สิ่งที่แผนยังขาด (2)" in text
    assert "- สวนผักคนเมือง: ยังไม่มีวิธีการ" in text
    assert "- ผู้เล่นหลัก ชาคริต ยังไม่มีในแผน" in text


def test_a_plan_without_our_group_says_so_first() -> None:
    rows = [PlanRow("p1", "สวนผักคนเมือง", "s3", target=Relation.COLLABORATE, methods=["พบปะ"])]
    wb = workbook(rows)
    wb.plan.our_stakeholder = ""
    assert kinds(wb)[0] == ("no_our_group", None, None)
    wb.plan.our_stakeholder = "s9"  # gone from the stakeholders
    assert kinds(wb)[0] == ("no_our_group", None, None)
