"""Who is in each cluster, under the clusters overview in a window with rows to spare (textmap/members.py)."""

from __future__ import annotations

import networkx as nx

from tests.analysis_helpers import plain, workbook_from_graph
from tui.core.cells import cell_width
from tui.core.textmap import MapOptions, View, members, render
from tui.core.textmap.canvas import MapCanvas, NodeBox
from tui.core.vocab import Language


def two_clusters() -> tuple[MapCanvas, object]:
    """A hand-made overview: cluster 1 of a hub tied to three, cluster 2 of two tied to each other."""
    graph = nx.Graph([("Hub", "Ann"), ("Hub", "Bo"), ("Hub", "Cy"), ("Dee", "Eve")])
    workbook = workbook_from_graph(plain(graph))
    ids = {s.name: s.id for s in workbook.stakeholders}
    boxes = (
        NodeBox(
            "cluster:1",
            "cluster 1: 4",
            "cluster 1: 4",
            "cluster",
            0,
            0,
            14,
            tuple(ids[n] for n in ("Ann", "Bo", "Cy", "Hub")),
        ),
        NodeBox("cluster:2", "cluster 2: 2", "cluster 2: 2", "cluster", 0, 20, 14, (ids["Dee"], ids["Eve"])),
    )
    return MapCanvas(View.OVERVIEW, (tuple("x" * 34),), (), boxes), workbook


def members_below(*arguments) -> list[str]:
    """The lines alone."""
    return [line for _, line in members.members_below(*arguments)]


def test_each_cluster_names_its_members_most_ties_first():
    canvas, workbook = two_clusters()
    assert members_below(workbook, canvas, 80, 10, Language.EN) == [
        "",
        "cluster 1: 4 — Hub, Ann, Bo, Cy",  # the hub (three ties) first, then in the cluster's order
        "cluster 2: 2 — Dee, Eve",
    ]
    assert members_below(workbook, canvas, 80, 10, Language.TH)[1] == "cluster 1: 4 ได้แก่ Hub, Ann, Bo, Cy"
    # each line says which cluster it names (the screen lights the chosen cluster's)
    keys = [key for key, _ in members.members_below(workbook, canvas, 20, 10, Language.EN)]
    assert keys == ["", "cluster:1", "cluster:1", "cluster:2", "cluster:2"]


def test_names_wrap_under_the_label_and_are_cut_to_the_rows_there_are():
    canvas, workbook = two_clusters()
    # 20 cells: "cluster 1: 4 — Hub," is 19; the rest go on indented lines
    assert members_below(workbook, canvas, 20, 10, Language.EN) == [
        "",
        "cluster 1: 4 — Hub,",
        "    Ann, Bo, Cy",
        "cluster 2: 2 — Dee,",
        "    Eve",
    ]
    # three rows: the blank one and a line a cluster, each as many names as its line holds and how many more
    assert members_below(workbook, canvas, 29, 3, Language.EN) == [
        "",
        "cluster 1: 4 — Hub and 3 more",
        "cluster 2: 2 — Dee, Eve",
    ]
    # not one name fits with its count: the label alone, which says how many
    assert members_below(workbook, canvas, 24, 3, Language.EN)[1] == "cluster 1: 4"
    # too few rows for a line a cluster: nothing
    assert members_below(workbook, canvas, 30, 2, Language.EN) == []


def test_the_karate_club_s_overview_names_all_34_members_in_the_rows_it_leaves():
    workbook = workbook_from_graph(plain(nx.karate_club_graph()))
    for s in workbook.stakeholders:
        s.name = f"Member {s.name}"  # names too long for the whole club at 120 x 36: its overview
    canvas = render(workbook, MapOptions(width=120, height=36, fit=True, legend=False))
    assert canvas.view is View.OVERVIEW
    lines = members_below(workbook, canvas, 120, 36 - canvas.height, Language.EN)
    assert len(lines) <= 36 - canvas.height and all(cell_width(line) <= 120 for line in lines)
    named = " ".join(lines)
    assert all(
        f" {s.name}," in named or named.endswith(f" {s.name}") or f" {s.name} " in named for s in workbook.stakeholders
    )
    # at 80 x 20 the rows left hold a line or two a cluster: every cluster named, cut with a count
    canvas = render(workbook, MapOptions(width=80, height=20, fit=True, legend=False))
    lines = members_below(workbook, canvas, 80, 20 - canvas.height, Language.EN)
    clusters = [node for node in canvas.nodes if node.members]
    assert sum(line.startswith("cluster ") for line in lines) == len(clusters)
    assert len(lines) <= 20 - canvas.height and all(cell_width(line) <= 80 for line in lines)


def test_the_stakeholders_without_ties_are_named_after_the_clusters_when_a_row_is_left():
    from tests.conftest import SAMPLES
    from tui.core import store

    workbook = store.load(SAMPLES / "organic-farming.th.toml")[0]
    canvas = render(workbook, MapOptions(width=120, view=View.OVERVIEW, legend=False))
    clusters = [node for node in canvas.nodes if node.members]
    lines = members.members_below(workbook, canvas, 120, len(clusters) + 2, Language.TH)
    assert lines[-1] == ("", "ยังไม่มีความสัมพันธ์ (1): กลุ่มปลูกผักอินทรีย์อื่น")
    # no row for them: the clusters keep theirs
    lines = members.members_below(workbook, canvas, 120, len(clusters) + 1, Language.TH)
    assert [key for key, _ in lines[1:]] == [node.key for node in clusters]
