"""Gaps (ช่องว่าง), each on a small hand-made workbook whose answer can be read off the drawing."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
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
    ("s1", "s2"),
    ("s1", "s3"),
    ("s1", "s7"),
    ("s2", "s3"),
    ("s2", "s7"),
    ("s3", "s7"),
    ("s8", "s2"),
    ("s8", "s3"),
    ("s1", "s4"),
    ("s4", "s5"),
    ("s5", "s6"),
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


def go_betweens_by_definition(graph: nx.Graph, anchor: str | None) -> dict[str, str]:
    """The rule of docs/ANALYSES.md worked out the long way: take each cut point out in turn,
    see who is left apart from our group (or from the largest piece, the earliest on a tie),
    and give each stakeholder the cut point that leaves the fewest apart."""
    order = {node: i for i, node in enumerate(graph)}
    home = (
        nx.node_connected_component(graph, anchor)
        if anchor
        else max(nx.connected_components(graph), key=lambda c: (len(c), -min(order[n] for n in c)))
    )
    cut_off = {}
    for cut in nx.articulation_points(graph.subgraph(home)):
        if cut == anchor:
            continue
        rest = graph.subgraph(home - {cut})
        kept = (
            nx.node_connected_component(rest, anchor)
            if anchor
            else max(nx.connected_components(rest), key=lambda c: (len(c), -min(order[n] for n in c)))
        )
        cut_off[cut] = home - kept - {cut}
    found = {}
    for node in sorted(home, key=order.__getitem__):
        gates = [cut for cut, behind in cut_off.items() if node in behind]
        if gates:
            found[node] = min(gates, key=lambda cut: (len(cut_off[cut]), order[cut]))
    return found


def as_workbook(graph: nx.Graph, ours: str = "") -> model.Workbook:
    return workbook([(f"s{a + 1}", f"s{b + 1}") for a, b in graph.edges], people=graph.number_of_nodes(), ours=ours)


GRAPHS = {
    "random tree": lambda: nx.random_labeled_tree(60, seed=3),
    "sparse random": lambda: nx.gnm_random_graph(80, 90, seed=4),
    "barbell with a path": lambda: nx.barbell_graph(6, 5),
    "lollipop": lambda: nx.lollipop_graph(7, 9),
    "caveman ring": lambda: nx.connected_caveman_graph(6, 4),
    "two stars apart": lambda: nx.disjoint_union(nx.star_graph(5), nx.star_graph(6)),
}


@pytest.mark.parametrize("name", GRAPHS)
@pytest.mark.parametrize("ours", ["", "s1", "s5", "s17"])
def test_go_betweens_match_the_rule_taken_one_cut_point_at_a_time(name: str, ours: str) -> None:
    graph = nx.convert_node_labels_to_integers(GRAPHS[name]())
    book = as_workbook(graph, ours)
    ordered = nx.Graph()
    ordered.add_nodes_from(s.id for s in book.stakeholders)
    ordered.add_edges_from((t.a, t.b) for t in book.ties)
    tied = ordered.subgraph([n for n in ordered if ordered.degree(n)])
    anchor = ours if ours in tied else None
    assert dict(find_gaps(book).only_through) == go_betweens_by_definition(tied, anchor)
