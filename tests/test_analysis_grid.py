"""Step 6: the influence x interest grid, key players, strategies and the 3x3 table, worked by hand."""

from __future__ import annotations

import pytest

from tui.core import model
from tui.core.analysis import grid
from tui.core.analysis.grid import Quadrant, group_table, place, prioritise, quadrant_of
from tui.core.vocab import Group, Language, Sector, Strategy


def person(sid: str, influence: int | None, interest: int | None, **more) -> model.Stakeholder:
    return model.Stakeholder(sid, sid, influence=influence, interest=interest, **more)


@pytest.mark.parametrize(
    ("influence", "interest", "quadrant"),
    [
        (5, 5, 1),
        (4, 4, 1),  # both exactly on the line: high
        (4, 3, 2),  # interest just below
        (5, 1, 2),
        (3, 4, 3),  # influence just below
        (1, 5, 3),
        (3, 3, 4),  # the middle of the scale is not "มาก"
        (1, 1, 4),
        (2, 3, 4),
    ],
)
def test_quadrant_on_and_around_the_line(influence, interest, quadrant):
    assert quadrant_of(influence, interest) == Quadrant(quadrant)


@pytest.mark.parametrize(("influence", "interest"), [(None, 5), (5, None), (None, None)])
def test_unscored_stakeholders_get_no_quadrant(influence, interest):
    assert quadrant_of(influence, interest) is None


def test_quadrants_are_numbered_and_named_as_in_the_seed():
    assert [q.label(Language.TH) for q in Quadrant] == [
        "อิทธิพลมาก สนใจมาก",
        "อิทธิพลมาก สนใจน้อย",
        "อิทธิพลน้อย สนใจมาก",
        "อิทธิพลน้อย สนใจน้อย",
    ]
    assert [int(q) for q in Quadrant] == [1, 2, 3, 4]
    assert grid.HIGH_SCORE == 4


def test_the_seeds_mayor_keeps_satisfied():
    # ใบงาน 1 of seed 001: นายก ทม. sets the policy (influence 5) but the project is
    # one of many for him (interest 3 in the Thai sample).
    mayor = place(person("s1", 5, 3))
    assert mayor.quadrant is Quadrant.HIGH_INFLUENCE_LOW_INTEREST
    assert mayor.strategy is Strategy.KEEP_SATISFIED
    assert mayor.key_player is False


@pytest.mark.parametrize(
    ("influence", "interest", "strategy"),
    [
        (5, 5, Strategy.MANAGE_CLOSELY),
        (4, 2, Strategy.KEEP_SATISFIED),
        (2, 4, Strategy.KEEP_INFORMED),
        (3, 3, Strategy.MONITOR),
    ],
)
def test_suggested_strategy_per_quadrant(influence, interest, strategy):
    placed = place(person("s1", influence, interest))
    assert placed.strategy is strategy
    assert placed.strategy_by_grid is strategy
    assert not placed.strategy_overridden


@pytest.mark.parametrize(
    ("influence", "interest", "key"),
    [(5, 5, True), (1, 4, True), (5, 3, False), (1, 1, False), (None, 5, True), (5, None, False), (None, None, False)],
)
def test_key_players_are_the_high_interest_rows(influence, interest, key):
    # Seed 000: quadrants 1 and 3 (high interest) become the key players; interest alone decides.
    assert place(person("s1", influence, interest)).key_player is key


def test_high_interest_without_influence_is_a_key_player_without_a_strategy():
    placed = place(person("s1", None, 5))
    assert placed.key_player and placed.quadrant is None and placed.strategy is None


def test_the_users_key_player_call_wins():
    not_key = place(person("s1", 5, 5, key_player=False))
    assert not_key.key_player is False and not_key.key_player_by_grid is True and not_key.key_player_overridden
    key = place(person("s2", 1, 1, key_player=True))
    assert key.key_player is True and key.key_player_by_grid is False and key.key_player_overridden
    same = place(person("s3", 1, 5, key_player=True))
    assert same.key_player and not same.key_player_overridden


def test_the_users_strategy_wins():
    placed = place(person("s1", 1, 1, strategy=Strategy.MANAGE_CLOSELY))
    assert placed.strategy is Strategy.MANAGE_CLOSELY
    assert placed.strategy_by_grid is Strategy.MONITOR
    assert placed.strategy_overridden
    # An override also applies to a stakeholder the grid cannot place yet.
    assert place(person("s2", None, None, strategy=Strategy.MONITOR)).strategy is Strategy.MONITOR


def test_the_grid_of_a_workbook():
    workbook = model.Workbook(
        stakeholders=[
            person("s1", 5, 5),
            person("s2", 4, 1),
            person("s3", 1, 4),
            person("s4", 3, 3),
            person("s5", None, 2),
            person("s6", 2, 2, key_player=True),
            person("s7", 4, 5),
        ]
    )
    found = prioritise(workbook)
    assert [p.stakeholder for p in found.placements] == ["s1", "s2", "s3", "s4", "s5", "s6", "s7"]
    assert found.key_players == ("s1", "s3", "s6", "s7")
    assert found.in_quadrant(Quadrant.HIGH_INFLUENCE_HIGH_INTEREST) == ("s1", "s7")
    assert found.in_quadrant(Quadrant.HIGH_INFLUENCE_LOW_INTEREST) == ("s2",)
    assert found.in_quadrant(Quadrant.LOW_INFLUENCE_HIGH_INTEREST) == ("s3",)
    assert found.in_quadrant(Quadrant.LOW_INFLUENCE_LOW_INTEREST) == ("s4", "s6")
    assert found.unscored == ("s5",)
    assert found.placement("s2").strategy is Strategy.KEEP_SATISFIED
    assert found.placement("nobody") is None


def test_the_three_groups_by_the_three_sectors():
    workbook = model.Workbook(
        stakeholders=[
            model.Stakeholder("s1", "นายก ทม.", sector=Sector.GOVERNMENT, groups=[Group.INFLUENCES]),
            model.Stakeholder("s2", "ผู้บริโภค", sector=Sector.PEOPLE, groups=[Group.AFFECTED, Group.INTERESTED]),
            model.Stakeholder("s3", "นักวิชาการ", sector=Sector.ACADEMIC, groups=[Group.INTERESTED]),
            model.Stakeholder("s4", "ไม่มีกลุ่ม", sector=Sector.PEOPLE),
            model.Stakeholder("s5", "สปสช.", sector=Sector.GOVERNMENT, groups=[Group.INFLUENCES]),
            model.Stakeholder("s6", "กลุ่มปลูกผักอื่น", sector=Sector.PEOPLE, groups=[Group.INTERESTED]),
        ]
    )
    table = group_table(workbook)
    assert list(table) == [Group.INFLUENCES, Group.AFFECTED, Group.INTERESTED]
    assert all(list(row) == [Sector.PEOPLE, Sector.ACADEMIC, Sector.GOVERNMENT] for row in table.values())
    assert table[Group.INFLUENCES] == {Sector.PEOPLE: (), Sector.ACADEMIC: (), Sector.GOVERNMENT: ("s1", "s5")}
    assert table[Group.AFFECTED] == {Sector.PEOPLE: ("s2",), Sector.ACADEMIC: (), Sector.GOVERNMENT: ()}
    assert table[Group.INTERESTED] == {Sector.PEOPLE: ("s2", "s6"), Sector.ACADEMIC: ("s3",), Sector.GOVERNMENT: ()}
    listed = {sid for row in table.values() for cell in row.values() for sid in cell}
    assert "s4" not in listed


def test_an_empty_workbook_has_an_empty_grid_and_table():
    assert prioritise(model.Workbook()).placements == ()
    table = group_table(model.Workbook())
    assert all(cell == () for row in table.values() for cell in row.values())


@pytest.mark.parametrize("override", [None, True, False])
@pytest.mark.parametrize("interest", [None, 1, 2, 3, 4, 5])
@pytest.mark.parametrize("influence", [None, 1, 5])
def test_is_key_player_is_the_placements_answer(influence: int | None, interest: int | None, override) -> None:
    stakeholder = person("s1", influence, interest, key_player=override)
    assert grid.is_key_player(stakeholder) is place(stakeholder).key_player
