"""When each step counts as complete: hand-worked workbooks, one rule at a time."""

from __future__ import annotations

from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.steps import all_steps, step_state
from tui.core.vocab import Sector


def missing(workbook: Workbook, number: int) -> tuple[str, ...]:
    return step_state(workbook, number).missing


def test_an_empty_workbook_has_every_step_to_do() -> None:
    states = all_steps(Workbook())
    assert [s.number for s in states] == [1, 2, 3, 4, 5, 6, 7]
    assert not any(s.complete for s in states)
    assert missing(Workbook(), 1) == ("steps.missing.title", "steps.missing.objective")
    assert missing(Workbook(), 2) == (
        "steps.missing.sector.people",
        "steps.missing.sector.academic",
        "steps.missing.sector.government",
    )


def test_step_1_needs_a_title_and_an_objective_not_just_spaces() -> None:
    workbook = Workbook()
    workbook.project.title = "ผักอินทรีย์"
    workbook.project.objective = "   "
    assert missing(workbook, 1) == ("steps.missing.objective",)
    workbook.project.objective = "หาภาคีส่งผักเข้าโรงพยาบาล"
    assert step_state(workbook, 1).complete


def test_step_2_needs_each_sector_or_an_explicit_none() -> None:
    workbook = Workbook(stakeholders=[Stakeholder("s1", "นายก ทม.", Sector.GOVERNMENT)])
    assert missing(workbook, 2) == ("steps.missing.sector.people", "steps.missing.sector.academic")
    workbook.project.empty_sectors = [Sector.ACADEMIC]
    assert missing(workbook, 2) == ("steps.missing.sector.people",)
    workbook.stakeholders.append(Stakeholder("s2", "กลุ่มเกษตรอินทรีย์", Sector.PEOPLE))
    assert step_state(workbook, 2).complete


def test_step_3_needs_something_studied_for_every_stakeholder_until_there_are_key_players() -> None:
    workbook = Workbook(stakeholders=[Stakeholder("s1", "a"), Stakeholder("s2", "b", contact="ป้อม")])
    assert missing(workbook, 3) == ("steps.missing.study",)
    assert step_state(workbook, 3).who == ("s1",)
    workbook.stakeholders[0].may_obstruct = "การขับเคลื่อนงานซ้ำ"
    assert step_state(workbook, 3).complete


def test_step_3_needs_the_key_players_studied_as_the_worksheet_asks() -> None:
    """ใบงาน 1 part 3 studies the key stakeholders (ภาคีสำคัญ), not everyone named."""
    workbook = Workbook(
        stakeholders=[
            Stakeholder("s1", "key, by interest 4", influence=1, interest=4),
            Stakeholder("s2", "not key", influence=5, interest=2),
            Stakeholder("s3", "key by the user's call", influence=1, interest=1, key_player=True),
        ]
    )
    assert step_state(workbook, 3).who == ("s1", "s3")
    workbook.stakeholders[0].contact = "ป้อม"
    workbook.stakeholders[2].needs = "งบประมาณ"
    assert step_state(workbook, 3).complete  # s2 is no key player and may wait


def test_our_own_group_needs_no_study_and_no_approach_to_itself() -> None:
    workbook = Workbook(
        stakeholders=[
            Stakeholder("s1", "กลุ่มเกษตรอินทรีย์", influence=5, interest=5),
            Stakeholder("s2", "โรงพยาบาล", influence=4, interest=4, contact="ป้อม", approach_how="นัดประชุม"),
        ]
    )
    assert step_state(workbook, 7).who == ("s1",)
    workbook.plan.our_stakeholder = "s1"
    assert step_state(workbook, 3).complete
    assert step_state(workbook, 7).complete


def test_steps_say_who_they_wait_for_in_workbook_order() -> None:
    workbook = Workbook(
        stakeholders=[Stakeholder("s1", "a", influence=2), Stakeholder("s2", "b", influence=1, interest=3)]
    )
    workbook.stakeholders.insert(0, Stakeholder("s3", "c"))
    assert step_state(workbook, 5).who == ("s3", "s1")


def test_step_4_needs_a_tie_once_there_are_two_stakeholders() -> None:
    workbook = Workbook(stakeholders=[Stakeholder("s1", "a")])
    assert missing(workbook, 4) == ("steps.missing.stakeholders",)
    workbook.stakeholders.append(Stakeholder("s2", "b"))
    assert missing(workbook, 4) == ("steps.missing.ties",)
    workbook.ties.append(Tie("t1", "s1", "s2"))
    assert step_state(workbook, 4).complete


def test_steps_5_and_6_need_both_scores_for_everyone() -> None:
    workbook = Workbook(
        stakeholders=[Stakeholder("s1", "a", influence=5), Stakeholder("s2", "b", influence=1, interest=2)]
    )
    assert missing(workbook, 5) == ("steps.missing.scores",)
    assert missing(workbook, 6) == ("steps.missing.scores",)
    workbook.stakeholders[0].interest = 4
    assert step_state(workbook, 5).complete and step_state(workbook, 6).complete


def test_step_7_needs_an_approach_for_everyone_until_there_are_key_players() -> None:
    workbook = Workbook(stakeholders=[Stakeholder("s1", "a", approach_how="นัดหมายเข้าพบ"), Stakeholder("s2", "b")])
    assert missing(workbook, 7) == ("steps.missing.approach",)
    workbook.stakeholders[1].approach_how = "เชิญเป็นวิทยากร"
    assert step_state(workbook, 7).complete


def test_step_7_needs_an_approach_for_every_key_player_only() -> None:
    workbook = Workbook(
        stakeholders=[
            Stakeholder("s1", "key, by interest 4", influence=1, interest=4),
            Stakeholder("s2", "not key, interest 3", influence=5, interest=3),
            Stakeholder("s3", "key by the user's call", influence=1, interest=1, key_player=True),
        ]
    )
    assert missing(workbook, 7) == ("steps.missing.approach",)
    workbook.stakeholders[0].approach_how = "ชวนมาประชุม"
    assert missing(workbook, 7) == ("steps.missing.approach",)
    workbook.stakeholders[2].approach_how = "โทรนัด"
    assert step_state(workbook, 7).complete  # s2 is no key player and may wait
