"""The [analysis] section written on save: the old keys stay, the new findings are there,
everything is TOML, rounded, sorted and the same on every save."""

from __future__ import annotations

import tomllib

import networkx as nx
from analysis_helpers import workbook_from_graph

from tui.core import derived, model, store
from tui.core.vocab import Group, Sector, Strategy

OLD_KEYS = ["note", "stakeholders", "ties", "plan_rows", "by_sector", "degree", "strong_ties"]


def section_of(workbook: model.Workbook) -> dict:
    return tomllib.loads(store.dumps(workbook))["analysis"]


def walk(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, path + (key,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from walk(item, path + (i,))


def test_the_existing_keys_stay_as_they_were(full_workbook):
    section = section_of(full_workbook)
    assert [key for key in section if key in OLD_KEYS] == OLD_KEYS  # and in the same order
    assert {key: section[key] for key in OLD_KEYS} == {
        "note": derived.NOTE,
        "stakeholders": 4,
        "ties": 3,
        "plan_rows": 3,
        "by_sector": {"people": 0, "academic": 2, "government": 2},
        "degree": {"s1": 2, "s2": 1, "s3": 2, "s4": 1},
        "strong_ties": {"s1": 2, "s2": 1, "s3": 2, "s4": 1},
    }


def test_an_empty_workbook_gets_only_the_counts():
    assert derived.analysis(model.Workbook()) == {
        "note": derived.NOTE,
        "stakeholders": 0,
        "ties": 0,
        "plan_rows": 0,
        "by_sector": {"people": 0, "academic": 0, "government": 0},
    }


def test_what_is_written_reads_back_unchanged(full_workbook):
    written = derived.section(full_workbook, store.entries_text(full_workbook))
    assert section_of(full_workbook) == written  # every value is plain TOML: no None, no enums lost


def test_no_none_and_four_decimals_at_most():
    section = derived.analysis(workbook_from_graph(nx.florentine_families_graph()))
    for path, value in walk(section):
        assert value is not None, path
        if isinstance(value, float):
            assert round(value, 4) == value, path


def test_every_table_is_one_level_under_analysis(full_workbook):
    text = store.dumps(full_workbook)
    headers = [line for line in text.splitlines() if line.startswith("[analysis")]
    assert headers and all(line.count(".") <= 1 for line in headers), headers


def test_saving_twice_writes_the_same_bytes():
    workbook = workbook_from_graph(nx.karate_club_graph())
    assert store.dumps(workbook) == store.dumps(workbook)


def test_the_star_in_the_file():
    section = section_of(workbook_from_graph(nx.star_graph(4)))
    assert section["shape"] == "centralised"
    assert section["shape_advice"] == "phakhi"
    assert section["centralisation"] == 1.0
    assert section["density"] == 0.4
    assert section["hubs"] == section["brokers"] == section["cut_points"] == section["bottlenecks"] == ["s0"]
    assert section["isolates"] == []
    assert section["bridges"] == section["weak_bridges"] == ["t1", "t2", "t3", "t4"]
    assert section["betweenness"] == {"s0": 1.0, "s1": 0.0, "s2": 0.0, "s3": 0.0, "s4": 0.0}
    assert section["degree_centrality"]["s0"] == 1.0
    assert section["eigenvector"]["s0"] == 0.7071
    assert section["cluster"] == {f"s{n}": 1 for n in range(5)}
    assert section["components"] == 1 and section["clusters"] == 1


def test_the_grid_and_the_three_groups_in_the_file():
    workbook = model.Workbook(
        stakeholders=[
            model.Stakeholder("s1", "A", sector=Sector.GOVERNMENT, influence=5, interest=3, groups=[Group.INFLUENCES]),
            model.Stakeholder("s2", "B", influence=2, interest=4, groups=[Group.INTERESTED, Group.AFFECTED]),
            model.Stakeholder("s3", "C", sector=Sector.ACADEMIC, strategy=Strategy.MONITOR),
            model.Stakeholder("s4", "D", influence=4, interest=4, key_player=False),
        ],
        ties=[model.Tie("t1", "s1", "s2")],
        plan=model.Plan(rows=[model.PlanRow("p1", stakeholder="s3")]),
    )
    section = section_of(workbook)
    assert section["key_players"] == ["s2"]
    assert section["quadrant"] == {"s1": 2, "s2": 3, "s4": 1}
    assert section["strategy"] == {
        "s1": "keep_satisfied",
        "s2": "keep_informed",
        "s3": "monitor",
        "s4": "manage_closely",
    }
    assert section["group_influences"] == {"people": [], "academic": [], "government": ["s1"]}
    assert section["group_affected"] == {"people": ["s2"], "academic": [], "government": []}
    assert section["group_interested"] == {"people": ["s2"], "academic": [], "government": []}
    # Two tied stakeholders are too few for a shape: no shape key at all.
    assert "shape" not in section and "shape_advice" not in section
    assert section["isolates"] == ["s3", "s4"]
    assert section["missing_sectors"] == []
    assert section["uninvolved_key_players"] == []
    assert section["plan_rows_without_methods"] == ["p1"]
    assert "only_through" not in section  # an empty table is left out


def test_gaps_in_the_file():
    workbook = model.Workbook(
        stakeholders=[model.Stakeholder(f"s{n}", f"S{n}", interest=5 if n == 5 else None) for n in range(1, 6)],
        ties=[
            model.Tie("t1", "s1", "s2"),
            model.Tie("t2", "s2", "s3"),
            model.Tie("t3", "s1", "s3"),
            model.Tie("t4", "s3", "s4"),
        ],
        plan=model.Plan(our_stakeholder="s1"),
    )
    section = section_of(workbook)
    assert section["only_through"] == {"s4": "s3"}
    assert section["uninvolved_key_players"] == ["s5"]
    assert section["missing_sectors"] == ["academic", "government"]
    assert section["not_connected"] == []


def test_the_three_groups_wait_until_someone_has_a_group(full_workbook):
    section = section_of(workbook_from_graph(nx.path_graph(3)))
    assert not any(key.startswith("group_") for key in section)
    assert section_of(full_workbook)["group_interested"] == {"people": [], "academic": [], "government": []}


def test_a_workbook_without_ties_has_the_grid_and_gaps_but_no_network():
    section = derived.analysis(model.Workbook(stakeholders=[model.Stakeholder("s1", "A", interest=5, influence=1)]))
    assert section["key_players"] == ["s1"] and section["quadrant"] == {"s1": 3}
    assert section["uninvolved_key_players"] == ["s1"]
    assert "density" not in section and "betweenness" not in section and "shape" not in section
