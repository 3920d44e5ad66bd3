"""The map's views, labels, legend, determinism and the canvas a screen will use."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from analysis_helpers import workbook_from_graph
from hash_seeds import outputs_under_hash_seeds
from map_parser import parse
from test_map_exact import drawn, expected_ties

from tui.core import model, store
from tui.core.analysis import analyse
from tui.core.cells import cell_width
from tui.core.current import current
from tui.core.textmap import MapOptions, UnknownFocus, View, clusters_of, layout, render, resolve_focus, route
from tui.core.textmap.draw import WHOLE, Drawing, _weigh
from tui.core.textmap.labels import make_labels, shorten
from tui.core.vocab import Kind, Language, Strength
from tui.core.wrap import wrap

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PRINTABLE_ASCII = re.compile(r"^[\x20-\x7e]*$")


@pytest.fixture(scope="module")
def thai() -> model.Workbook:
    return store.load(SAMPLES / "organic-farming.th.toml")[0]


@pytest.fixture(scope="module")
def large() -> model.Workbook:
    return store.load(SAMPLES / "large.toml")[0]


def florentine() -> model.Workbook:
    return workbook_from_graph(nx.florentine_families_graph(), strong=lambda a, b: "Medici" in (a, b))


# --- glyphs and labels ---------------------------------------------------------


def test_ascii_mode_prints_only_printable_ascii():
    workbook = florentine()
    workbook.stakeholders[0].kind = Kind.INDIVIDUAL
    workbook.stakeholders[1].kind = Kind.NETWORK
    for view in (None, View.LIST):
        text = render(workbook, MapOptions(width=60, ascii=True, view=view)).text()
        assert all(PRINTABLE_ASCII.match(line) for line in text.split("\n")), text
    # shortened labels end with "~", not "…"
    text = render(workbook, MapOptions(width=40, ascii=True)).text()
    assert "…" not in text and all(PRINTABLE_ASCII.match(line) for line in text.split("\n"))


def test_unicode_mode_uses_heavy_lines_for_strong_ties_and_light_for_weak():
    canvas = render(florentine(), MapOptions(width=80))
    glyphs = "".join("".join(row) for row in canvas.cells)
    assert set("━┃") & set(glyphs) and set("─│") & set(glyphs)
    assert "━━━ strong" in canvas.text() and "─── weak" in canvas.text()


def test_thai_labels_are_measured_in_cells_and_boxes_line_up():
    canvas = drawn("thai-80")  # the Thai sample at 80 columns, drawn once for all the map tests
    parsed = parse(canvas.text())
    found = {(n.row, n.first): n for n in parsed.nodes}
    for box in canvas.nodes:
        # the parser, which counts cells itself, finds each box where the canvas says it is
        node = found[(box.row, box.col)]
        assert node.last - node.first + 1 == box.width
        assert cell_width(box.label) <= box.width - 2
    # each printed line is exactly as many cells wide as the canvas row behind it
    for row, line in zip(canvas.cells, canvas.lines, strict=False):
        used = len(row) - next((i for i, cell in enumerate(reversed(row)) if cell != " "), len(row))
        assert cell_width(line) == used <= 80


def test_labels_are_cut_by_cells_keep_marks_and_stay_unique():
    labels = make_labels(["กลุ่มเกษตรอินทรีย์", "กลุ่มเกษตรกรรมยั่งยืน", "กลุ่มเกษตรอินทรีย์"], 8, "…")
    assert len(set(labels)) == 3
    assert all(cell_width(label) <= 8 for label in labels)
    assert labels[0] == "กลุ่มเกษต…"  # 7 cells and the ellipsis; the marks stay on their letters
    assert labels[2].endswith("#3") or labels[2].endswith("#2")
    assert shorten("Lamberteschi", 6, "~") == "Lambe~"
    assert make_labels(["Medici", "Medici"], None, "…") == ["Medici", "Medici#2"]


def test_wrapping_cuts_by_cells_keeps_marks_and_gives_the_text_back():
    name = "ดร.วิภาวรรณ นักจุลชีววิทยา ม.อ. กองสาธารณสุขและสิ่งแวดล้อม"
    lines = wrap(name, 22, first="  ดร.… = ", indent="    ", keep_spaces=True)
    assert len(lines) > 2 and all(cell_width(line) <= 22 for line in lines)
    assert lines[0].startswith("  ดร.… = ") and all(line.startswith("    ") for line in lines[1:])
    assert lines[0][len("  ดร.… = ") :] + "".join(line[4:] for line in lines[1:]) == name
    assert lines[0].endswith(" ")  # broken after a space, which stays at the end of the line
    for line in lines:  # no line starts with a mark torn from its letter
        assert cell_width(line.lstrip()[:1]) == 1
    assert wrap("One cluster: --focus cluster:N", 14, indent="  ") == ["One cluster:", "  --focus", "  cluster:N"]
    assert wrap("short", 14) == ["short"]


def test_a_label_never_closes_its_own_box():
    workbook = model.Workbook(
        stakeholders=[
            model.Stakeholder("s1", "อบต. [ตำบล] ]", kind=Kind.NODE),
            model.Stakeholder("s2", "Dr (retired))", kind=Kind.INDIVIDUAL),
            model.Stakeholder("s3", "Net {a}}", kind=Kind.NETWORK),
        ],
        ties=[model.Tie("t1", "s1", "s2"), model.Tie("t2", "s2", "s3", strength=Strength.STRONG)],
    )
    canvas = render(workbook, MapOptions(width=60))
    parsed = parse(canvas.text())
    assert len(parsed.ties) == 2 and len(parsed.nodes) == 3


def test_shortened_labels_are_listed_in_the_legend(thai):
    canvas = render(thai, MapOptions(width=80, lang="en"))
    short = [n for n in canvas.nodes if n.label != " ".join(n.name.split())]
    assert short, "the Thai sample has long names"
    lines = [line for line in canvas.legend if line.startswith("  ") and " = " in line]
    assert len(lines) == len(short)
    for node in short:
        assert any(re.fullmatch(rf"  {re.escape(node.label)} * = {re.escape(node.name)}", line) for line in lines)
    # the "=" line up, counted in cells
    assert len({cell_width(line.split(" = ")[0]) for line in lines}) == 1


def test_kinds_are_drawn_differently(thai):
    canvas = render(thai, MapOptions(width=120, lang="th"))
    brackets = {"individual": "()", "node": "[]", "network": "{}"}
    for node in canvas.nodes:
        row = canvas.cells[node.row]
        assert row[node.col] + row[node.col + node.width - 1] == brackets[node.kind]


# --- layout --------------------------------------------------------------------


def test_the_same_workbook_gives_the_same_picture():
    first = render(florentine(), MapOptions(width=80)).text()
    assert render(florentine(), MapOptions(width=80)).text() == first


def test_the_picture_does_not_depend_on_hash_seeds():
    code = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "import networkx as nx\n"
        "from analysis_helpers import workbook_from_graph\n"
        "from tui.core import store\n"
        "from tui.core.textmap import MapOptions, render\n"
        "wb = workbook_from_graph(nx.florentine_families_graph())\n"
        "th = store.load('samples/organic-farming.th.toml')[0]\n"
        "print(render(wb, MapOptions(width=80)).text())\n"
        "print(render(th, MapOptions(width=80, lang='th')).text())\n"
        "print(render(store.load('samples/large.toml')[0], MapOptions(width=100)).text())\n"
    )
    assert len(outputs_under_hash_seeds(code)) == 1


def test_hubs_sit_inside_the_picture_not_on_its_edge():
    canvas = render(florentine(), MapOptions(width=80))
    medici = next(n for n in canvas.nodes if n.name == "Medici")
    rows = [n.row for n in canvas.nodes]
    assert min(rows) < medici.row < max(rows)


def test_clusters_are_the_analyses_clusters(thai, large):
    for workbook in (thai, large, florentine()):
        assert clusters_of(workbook) == analyse(workbook).network.clusters


def test_the_map_keeps_within_the_width_and_height_asked_for(thai):
    for width in (50, 80, 100):
        canvas = render(thai, MapOptions(width=width, lang="th"))
        assert canvas.width <= width
        assert all(cell_width(line) <= width for line in canvas.text().split("\n"))  # the legend too
    canvas = render(thai, MapOptions(width=100, height=20))
    assert canvas.height <= 20


def test_no_table_of_cells_is_kept_between_drawings(thai):
    """A session's map grows with its workbook and is drawn on a grid of another size each
    time: the tables of cells built for a drawing's grids (half a megabyte each at 80 columns)
    go with it, and a drawing is the same drawn with them gone."""
    first = render(thai, MapOptions(width=60, lang="th"))
    for width in (50, 60, 70):
        canvas = render(thai, MapOptions(width=width, lang="th"))
        assert route._around.cache_info().currsize == route._rows_and_columns.cache_info().currsize == 0
    assert render(thai, MapOptions(width=60, lang="th")).text() == first.text()
    assert canvas.width <= 70


def test_a_drawings_search_holds_little_at_once(thai):
    """The most a drawing holds at once is what the allocator keeps after it (its pools of small
    objects, in every session that opens the map): the Thai sample in the map screen's window
    took 4.2 MB at its peak, most of it the router's steps from each cell, a tuple of tuples a
    cell for each of four grids; a byte a cell now (route._around)."""
    import tracemalloc

    options = MapOptions(width=78, height=19, fit=True, lang="th")
    render(thai, options)  # the word list and the imports, read once for the session
    tracemalloc.start()
    try:
        canvas = render(thai, options)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert canvas.view is View.FULL
    assert peak < 3_000_000


def test_the_routers_steps_from_each_cell_stay_inside_the_grid():
    for height, width in ((1, 1), (1, 5), (4, 1), (3, 7), (24, 80)):
        kind_of, steps_of = route._around(height, width)
        assert len(kind_of) == height * width
        for cell in range(height * width):
            row, column = divmod(cell, width)
            expected = {
                (0, cell - width): row > 0,
                (1, cell + 1): column < width - 1,
                (2, cell + width): row < height - 1,
                (3, cell - 1): column > 0,
            }
            steps = [(direction, cell + delta) for direction, delta in steps_of[kind_of[cell]]]
            assert steps == [step for step, inside in expected.items() if inside]


# --- views ---------------------------------------------------------------------


def test_a_large_network_is_drawn_as_an_overview_of_its_clusters(large):
    canvas = render(large, MapOptions(width=100))
    assert canvas.view is View.OVERVIEW
    clusters = analyse(large).network.clusters
    assert [n.key for n in canvas.nodes] == [f"cluster:{i}" for i in range(1, len(clusters) + 1)]
    for node, members in zip(canvas.nodes, clusters, strict=False):
        assert node.members == members
        assert str(len(members)) in node.label  # labelled with its size
    # the overview is exact too: one line for each of the busiest pairs of clusters (two per cluster at
    # most, the rule of docs/MAP.md), and the legend counts the ties of every pair
    number = {m: i for i, c in enumerate(clusters, 1) for m in c}
    between = Counter(
        tuple(sorted((number[t.a], number[t.b])))
        for t in large.ties
        if t.a in number and t.b in number and number[t.a] != number[t.b]
    )
    busiest = set(sorted(between, key=lambda pair: (-between[pair], pair))[: 2 * len(clusters)])
    parsed = parse(canvas.text())
    found = {tuple(sorted(int(re.search(r"\d+", name).group()) for name in (a, b))) for a, b, _ in parsed.ties}
    assert found == busiest and len(parsed.ties) == len(busiest)
    legend = "\n".join(canvas.legend)
    for (a, b), count in between.items():
        assert f"{a}-{b} {count}" in legend
    assert f"Lines show the {len(busiest)} pairs of clusters with the most ties, of {len(between)} pairs" in legend
    assert "--focus cluster:N" in canvas.text()


def test_focus_on_a_cluster_draws_its_members_and_their_ties(thai):
    clusters = analyse(thai).network.clusters
    canvas = render(thai, MapOptions(width=80, focus="cluster:1"))
    assert canvas.view is View.CLUSTER and canvas.focus == "cluster:1"
    members = set(clusters[0])
    assert {n.key for n in canvas.nodes} == members
    inside = [t for t in thai.ties if t.a in members and t.b in members]
    drawn = parse(canvas.text()).tie_counter()
    assert drawn == expected_ties(model.Workbook(stakeholders=thai.stakeholders, ties=inside))
    assert "Cluster 1: 7 stakeholders" in canvas.text()


def test_a_cluster_too_dense_to_draw_is_listed(large):
    # 37 members and 101 ties: more than a legible drawing holds (docs/MAP.md), so its ties are listed
    members = set(analyse(large).network.clusters[2])
    inside = [t for t in large.ties if t.a in members and t.b in members]
    canvas = render(large, MapOptions(width=160, height=80, focus="cluster:3"))
    assert canvas.view is View.LIST and canvas.focus == "cluster:3"
    assert len(canvas.lines) == len(inside) + 1
    assert set(canvas.routes) == {t.id for t in inside}


def test_focus_on_a_stakeholder_draws_its_ego_network(thai):
    canvas = render(thai, MapOptions(width=80, focus="ชาคริต", lang="th"))
    assert canvas.view is View.EGO and canvas.focus == "s15"
    assert {n.key for n in canvas.nodes} == {"s15", "s1", "s14"}
    two = render(thai, MapOptions(width=100, focus="s15", depth=2))
    one_step = {"s15", "s1", "s14"}
    neighbours_of_s1 = {t.b if t.a == "s1" else t.a for t in thai.ties if "s1" in (t.a, t.b)}
    assert {n.key for n in two.nodes} == one_step | neighbours_of_s1
    parsed = parse(two.text())
    keys = {n.key for n in two.nodes}
    inside = [t for t in thai.ties if t.a in keys and t.b in keys]
    assert parsed.tie_counter() == expected_ties(model.Workbook(stakeholders=thai.stakeholders, ties=inside))
    assert "Around ชาคริต, up to 2 step(s) away" in two.text()


def test_focus_accepts_ids_names_and_clusters_and_refuses_the_unknown(thai):
    clusters = clusters_of(thai)
    assert resolve_focus(thai, "s3", clusters, Language.EN).key == "s3"
    assert resolve_focus(thai, "  นายก   ทม. ", clusters, Language.EN).key == "s2"
    assert resolve_focus(thai, "cluster:2", clusters, Language.EN).cluster == 2
    for unknown in ("nobody", "cluster:99", "cluster:0"):
        with pytest.raises(UnknownFocus, match="no stakeholder or cluster"):
            resolve_focus(thai, unknown, clusters, Language.EN)
    twins = model.Workbook(stakeholders=[model.Stakeholder("a", "Same"), model.Stakeholder("b", "Same")])
    with pytest.raises(UnknownFocus, match=r"several .* \(a, b\)"):
        resolve_focus(twins, "same", (), Language.EN)


def test_the_list_view_writes_one_tie_a_line_aligned_by_cells(thai):
    canvas = render(thai, MapOptions(width=80, view=View.LIST, lang="th"))
    assert canvas.view is View.LIST
    lines = canvas.lines[1:]
    assert len(lines) == len(thai.ties)
    names = {s.id: s.name for s in thai.stakeholders}
    for tie, line in zip(thai.ties, lines, strict=False):
        connector = "━━" if tie.strength is Strength.STRONG else "──"
        assert f" {connector} " in line
        left, right = line.strip().split(f" {connector} ")
        assert left.strip() == names[tie.a] and right == names[tie.b]
    columns = {cell_width(line.split(" ━━ ")[0].split(" ── ")[0]) for line in lines}
    assert len(columns) == 1  # the connectors line up, Thai marks and all
    assert canvas.ties_at(1, canvas.routes[thai.ties[0].id][0][1]) == (thai.ties[0].id,)


def test_the_list_is_the_last_resort_when_nothing_else_fits(large):
    canvas = render(large, MapOptions(width=30, height=5))
    assert canvas.view is View.LIST
    assert len(canvas.lines) == len(large.ties) + 1


def test_an_empty_workbook_and_one_without_ties():
    assert render(model.Workbook(), MapOptions()).text() == "No stakeholders in this workbook yet"
    alone = model.Workbook(stakeholders=[model.Stakeholder("s1", "A"), model.Stakeholder("s2", "B")])
    canvas = render(alone, MapOptions(width=40))
    assert {n.name for n in parse(canvas.text()).nodes} == {"A", "B"}


# --- the canvas a screen uses ---------------------------------------------------


def test_the_canvas_maps_cells_to_stakeholders_and_ties():
    canvas = render(florentine(), MapOptions(width=80))
    medici = next(n for n in canvas.nodes if n.name == "Medici")
    assert canvas.node(medici.key) == medici
    for col in range(medici.col, medici.col + medici.width):
        assert canvas.node_at(medici.row, col) == medici
    assert canvas.node_at(medici.row, medici.col - 1) != medici
    for key, cells in canvas.routes.items():
        for r, c in cells:
            assert key in canvas.ties_at(r, c)
            assert canvas.node_at(r, c) is None
    assert set(canvas.routes) == {t.id for t in florentine().ties}


def test_a_window_of_the_canvas_is_cut_by_cells(thai):
    canvas = render(thai, MapOptions(width=100, lang="th"))
    window = canvas.crop(0, 0, canvas.height, canvas.width)
    assert [line.rstrip() for line in window] == canvas.lines
    part = canvas.crop(2, 5, 10, 30)
    assert len(part) == 10 and all(cell_width(line) == 30 for line in part)
    assert canvas.crop(canvas.height + 5, 0, 2, 10) == [" " * 10, " " * 10]


def test_a_wide_character_cut_in_half_becomes_a_space():
    workbook = model.Workbook(
        stakeholders=[model.Stakeholder("s1", "中文字"), model.Stakeholder("s2", "B")],
        ties=[model.Tie("t1", "s1", "s2")],
    )
    canvas = render(workbook, MapOptions(width=40))
    node = canvas.node("s1")
    first_wide = node.col + 1 + (node.width - 2 - 6) // 2
    left_cut = canvas.crop(node.row, first_wide + 1, 1, 4)[0]
    assert cell_width(left_cut) == 4 and left_cut.startswith(" ")
    right_cut = canvas.crop(node.row, first_wide - 1, 1, 2)[0]
    assert cell_width(right_cut) == 2 and right_cut.endswith(" ")


def test_the_map_module_imports_neither_textual_nor_networkx():
    code = "import sys, tui.core.textmap; print('textual' in sys.modules, 'networkx' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_the_clusters_kept_between_drawings_follow_every_change_of_ties() -> None:
    workbook, _ = store.load(SAMPLES / "clean-energy.en.toml")
    assert clusters_of(workbook) == analyse(workbook).network.clusters
    half = store.load(SAMPLES / "clean-energy.en.toml")[0]
    half.ties = half.ties[: len(half.ties) // 2]
    assert clusters_of(half) == analyse(half).network.clusters != clusters_of(workbook)
    swapped = store.load(SAMPLES / "clean-energy.en.toml")[0]
    swapped.stakeholders = list(reversed(swapped.stakeholders))  # workbook order names the clusters' members
    assert clusters_of(swapped) == analyse(swapped).network.clusters


def test_a_window_too_short_for_the_overview_gets_one_to_scroll_not_the_list(large):
    """A screen lays the map out for its window; when even the overview is taller, it scrolls."""
    canvas = render(large, MapOptions(width=80, height=8, fit=True, legend=False))
    assert canvas.view is View.OVERVIEW and canvas.height > 8


def test_fit_keeps_names_whole_where_the_window_has_room_and_numbered_labels_number(thai):
    wide = render(thai, MapOptions(width=120, height=36, fit=True))
    assert wide.view is View.FULL and wide.width <= 120 and wide.height <= 36
    assert all(n.label == " ".join(n.name.split()) for n in wide.nodes)
    narrow = render(thai, MapOptions(width=80, height=20, fit=True))
    assert narrow.view is View.FULL and narrow.height <= 20
    numbered = render(thai, MapOptions(width=80, height=20, fit=True, numbered=True))
    assert sorted(int(n.label) for n in numbered.nodes) == list(range(1, 20))
    # the names in two columns at 80 cells, down the first column then the second
    assert any(line.startswith("  1  = กลุ่มเกษตรอินทรีย์ ") for line in numbered.legend)
    assert sum(" = " in line for line in numbered.legend) == 10


def test_a_window_keeps_longer_labels_only_when_their_drawing_is_not_clearly_more_tangled():
    """One crossing (or empty box) more is allowed for every ten ties, and at least one."""

    def drawn_at(cap: int | None, crossings: int, boxes: int = 0) -> Drawing:
        return Drawing(cells=[], nodes=[], routes={}, crossings=crossings, boxes=boxes, cap=cap, polish_spent=10)

    def kept(ties: int, *drawings: Drawing) -> int | None:
        return _weigh(list(drawings), ties).cap

    assert kept(22, drawn_at(WHOLE, 2), drawn_at(None, 1), drawn_at(12, 1)) == WHOLE  # 2 more allowed at 22 ties
    assert kept(22, drawn_at(None, 4), drawn_at(12, 8), drawn_at(10, 1)) == 10  # the Thai sample at 80 x 20
    assert kept(22, drawn_at(None, 3), drawn_at(12, 8), drawn_at(10, 1)) is None
    assert kept(9, drawn_at(None, 2), drawn_at(12, 0)) == 12  # one more at most below 20 ties
    assert kept(9, drawn_at(None, 0, boxes=1), drawn_at(12, 0)) is None
    assert kept(9, drawn_at(None, 1, boxes=1), drawn_at(12, 0)) == 12  # an empty box weighs as a crossing
    # the longer labels must not be clearly worse than every shorter length drawn, not only the next
    assert kept(22, drawn_at(None, 5), drawn_at(12, 3), drawn_at(10, 0)) == 10
    # the search steps spent polishing the drawings not kept are counted in the one kept
    assert _weigh([drawn_at(None, 5), drawn_at(12, 0)], 9).polish_spent == 20


def test_the_thai_sample_in_a_window_of_80_x_20_is_drawn_with_at_most_one_crossing(thai):
    """Its longest labels that fit (14 cells) draw 4 crossings, 10 cells 1: the shorter labels are kept."""
    canvas = render(current(thai), MapOptions(width=80, height=20, fit=True, legend=False))
    assert parse(canvas.text()).crossings <= 1
    assert sum(n.label != " ".join(n.name.split()) for n in canvas.nodes) <= 12


def test_a_label_is_cut_after_a_whole_word_where_that_keeps_half_the_room():
    assert make_labels(["Regional Clean Energy Network"], 15, "…") == ["Regional Clean…"]
    assert make_labels(["กลุ่มนักวิชาการ ม.อ."], 14, "…") == ["กลุ่มนักวิชาการ…"]


@pytest.mark.parametrize("seed", range(4))
def test_a_grid_s_rows_are_known_before_it_is_laid_out(seed):
    """A grid too tall for the page is not laid out: its rows, worked out beforehand, are the rows the
    layout gives (stakeholders without ties on rows of their own), and never fewer for fewer columns."""
    graph = nx.gnm_random_graph(14 + seed, 12 + 3 * seed, seed=seed)  # some stakeholders without ties
    shape = layout.LayoutInput(count=graph.number_of_nodes(), edges=tuple(graph.edges()), cluster=(-1,) * len(graph))
    for fill in (1.0, 1.25, 1.5):
        rows = [layout.snap_rows(shape, columns, fill) for columns in range(1, len(graph) + 2)]
        assert rows == [layout.snap(shape, columns, fill).rows for columns in range(1, len(graph) + 2)]
        assert rows == sorted(rows, reverse=True)
    alone = layout.LayoutInput(count=3, edges=(), cluster=(-1, -1, -1))
    assert (
        [layout.snap_rows(alone, c) for c in (1, 2, 3)] == [layout.snap(alone, c).rows for c in (1, 2, 3)] == [3, 2, 1]
    )
