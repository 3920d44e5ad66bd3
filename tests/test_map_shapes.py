"""No shape on a map that is neither a node nor a tie: no empty box, no two lines side by side.

Every drawing of the benchmarks (benchmarks/map_speed.py) is checked: both
samples at the screen's widths, networkx's Florentine families, the karate
club and Les Misérables (whole or as an overview, and each cluster; whole
with numbers for names in rows with channels), and the large sample's
overview. tests/map_shapes.py finds the shapes from the
glyphs alone.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import networkx as nx
import pytest
from analysis_helpers import plain, workbook_from_graph
from map_parser import parse, split, to_cells
from map_shapes import boxes, frames, side_by_side, wiggles

from tui.core import model, store
from tui.core.textmap import MapCanvas, MapOptions, View, clusters_of, render

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@cache
def network(name: str) -> model.Workbook:
    if name == "thai":
        return store.load(SAMPLES / "organic-farming.th.toml")[0]
    if name == "english":
        return store.load(SAMPLES / "clean-energy.en.toml")[0]
    if name == "large":
        return store.load(SAMPLES / "large.toml")[0]
    graph = {
        "florentine": nx.florentine_families_graph,
        "karate": nx.karate_club_graph,
        "lesmis": nx.les_miserables_graph,
    }[name]()
    return workbook_from_graph(plain(graph))


#: (network, width, height, focus): the drawings of the benchmarks, and the map screen's at 80 x 24,
#: 120 x 40 and 160 x 48 (``fit``: laid out for the window, whose drawing has 4 rows fewer).
DRAWINGS = [
    *[
        (name, width, height, "fit")
        for name in ("thai", "english")
        for width, height in ((80, 20), (120, 36), (160, 44))
    ],
    *[(name, width, None, None) for name in ("thai", "english") for width in (80, 120, 160)],
    ("thai", 80, 24, None),
    ("thai", 160, 48, None),
    ("florentine", 80, None, None),
    ("karate", 80, None, None),
    ("karate", 160, 60, None),
    ("karate", 160, 48, None),
    *[("karate", 120, None, f"cluster:{n}") for n in (1, 2)],
    ("lesmis", 80, None, None),
    ("lesmis", 160, 48, None),
    *[("lesmis", 120, None, f"cluster:{n}") for n in (1, 4)],
    *[("lesmis", 160, 48, f"cluster:{n}") for n in (1, 2, 3, 4, 5)],
    # too dense for the grid and too wide for a line at 80 columns: numbered, in rows with channels
    ("lesmis", 80, None, "cluster:2"),
    ("large", 100, None, None),
    # numbers for names: Les Misérables whole, in rows with channels between them
    ("lesmis", 200, None, "numbered"),
    ("lesmis", 240, None, "numbered"),
    # too tall for a line a tie: with buses (glyphs.py)
    ("lesmis", 160, 56, "numbered"),
]
#: Drawings where lines still run side by side, at most this often: the dense ones (more than two ties a
#: stakeholder; before the router kept lines apart: 80, 13, 9 and 37), and a few places on the samples where
#: no other way was found without more crossings (what is left to do). Keeping three-sided boxes out took
#: the karate club from 68 to 48 places and the Thai sample's window at 80 x 20 from 7 to 2, and added one
#: here and there (the Thai sample at 160 columns, the English one's windows). Since lines are moved apart
#: counting places as this test does (not ties), the tie moved weighing every line it would run beside (on a
#: dense map too): karate 54 → 51, its second cluster 9 → 7, Les Misérables' first 18 → 13 and 35 → 29, its
#: third 20 → 17, its fifth 22 → 20; the samples' windows 3, 2 and 3 → 0 (their drawings had changed since).
#: Since a hub's box on the grid of a map of fewer than three ties a stakeholder is 1.3 cells a tie wide, not
#: 0.6, so its lines leave it a blank cell apart: karate 51 → 38, its first cluster 6 → 0, its second 7 → 2;
#: then a port beside a line leaving the same way costing the router more there: karate 38 → 37. Since a
#: drawing smaller than its page is spread apart where lines run side by side (spread.py): karate 37 → 8,
#: Les Misérables' first cluster 13 → 5 and 29 → 12, its second 124 → 104, its third 17 → 6, its fifth 20 → 5,
#: and the samples' last places (six drawings of the Thai and English samples, 1 each) → 0.
CROWDED = {
    # 48 while moving lines apart could cost a crossing each (then 90, then 67 crossings); 51 → 37 with wider
    # hubs, for 67 → 69 crossings (the Kamada-Kawai drawing's 69); 12 spread over the page's rows and columns,
    # 8 with a second gap tried where the first sets other lines side by side (what is left: a row or column
    # there would close an empty box or set as many other lines side by side, or a label fills the column)
    ("karate", 160, 60, None): 8,
    ("karate", 160, 48, None): 8,
    ("karate", 120, None, "cluster:2"): 2,
    ("lesmis", 120, None, "cluster:1"): 5,
    ("lesmis", 160, 48, "cluster:1"): 12,  # 10 spread to 48 rows, 12 to the 45 its legend leaves
    # drawn along a line, every tie an arc: 12 stakeholders each tied to nearly every other (129 before a free
    # row was left between the two tracks whose lines run side by side most, in the one row the page spares;
    # 104 with its columns spread to the page's width, its rows all taken by the drawing and its names)
    ("lesmis", 160, 48, "cluster:2"): 104,
    ("lesmis", 160, 48, "cluster:3"): 6,  # 55 before the layout counted crossings of more than 40 ties
    ("lesmis", 160, 48, "cluster:5"): 5,
    # rows with channels: tracks on every row when every other does not fit, ports side by side on the hubs
    # (at 200 columns the ports moved where their ties go: 1,832 → 1,800 crossings, 95 → 89 rows, 636 → 656;
    # then each channel's tracks reordered for fewer crossings: 1,800 → 1,746 and 656 → 641, at 240 columns
    # 1,414 → 1,316 and 487 → 481, the second cluster at 80 columns 332 → 312 and 81 → 80; its boxes then
    # swapped while the drawing crosses less: 273 and 79; then a free row left between tracks whose lines run
    # side by side, in the rows the page has to spare: 641 → 583 in 98 rows, not 89, and 481 → 449 in 118, not
    # 114, as many crossings; then the layout turned for more arrangements and each box's ties within its row
    # nested, no free row left where it would be the blank inside of a box: 1,746 → 1,227 crossings and 583 →
    # 479 at 200 columns, 1,316 → 983 and 449 → 434 at 240; then spread to the automatic height and the width
    # (spread.py): 479 → 453, 434 → 399, and the second cluster's 79 → 53 across its 80 columns; then a book's
    # blank top and bottom rows no longer counted against the page, so other arrangements fit: 453 → 451 at 200
    # columns (1,227 → 1,019 crossings), 399 → 411 at 240 (as many crossings, its free rows elsewhere)
    ("lesmis", 200, None, "numbered"): 451,
    ("lesmis", 240, None, "numbered"): 411,
    ("lesmis", 80, None, "cluster:2"): 53,
    # with buses, every channel on as few tracks as it goes on, whatever runs side by side (docs/MAP.md, "Buses");
    # 178 → 170 with the book's two blank rows not counted (56 rows, not 54)
    ("lesmis", 160, 56, "numbered"): 170,
}
#: Drawings left with three sides of an empty box: the grid's on maps of three ties a stakeholder or more,
#: where the router does not keep them out (that cost Les Misérables' third cluster 25 more crossings to
#: open 4 of its 5).
BOXED = {
    ("lesmis", 160, 48, "cluster:3"): 5,
    ("lesmis", 160, 48, "cluster:5"): 2,
    # rows with channels keep boxes out only between neighbours in a row: a tie whose legs leave its track the
    # same way can still stand over blank cells and lines (3 and 2 at 200 and 240 columns before the layout was
    # turned for more arrangements, then 1 and 0; 0 and 0 since the book's blank rows are not counted)
}


#: Drawings with ties that go round other things (tests/map_shapes.py, ``frames``), at most this many: what
#: is left after the lines routed again off their frames (docs/MAP.md, "Frames"); before that, 63 on these
#: drawings, now 62 (the Thai sample's window at 160 x 44: 2 → 0; the karate club on 160 x 48 and 160 x 60:
#: 7 → 6; the Thai window at 80 x 20, below, 2 → 4). Every other drawing of the benchmarks has none.
FRAMED = {
    # its grid may now count on its margins being trimmed: 19 rows, not 15, with 4 frames, not 2 (the map
    # screen's network, without the stakeholder who left: 3 → 2, and 10 names cut, not 12); found at 1 when
    # the drawings were spread apart (8 December), as was the window at 120 x 36 at 0 and the map at 80 at 1,
    # their counts held there since
    ("thai", 80, 20, "fit"): 1,
    ("english", 80, 20, "fit"): 2,
    ("english", 120, 36, "fit"): 1,
    ("english", 160, 44, "fit"): 1,
    ("thai", 80, None, None): 1,
    # 1 since Thai names are cut at a word further back (กองสาธารณสุขและ… at 20 cells, not
    # กองสาธารณสุขและสิ่งแวด…): the boxes' new widths draw it another way
    ("thai", 120, None, None): 1,
    ("thai", 160, None, None): 2,
    ("english", 120, None, None): 1,
    ("english", 160, None, None): 1,
    ("thai", 80, 24, None): 3,
    ("thai", 160, 48, None): 2,
    ("karate", 160, 60, None): 5,  # 6 before its hubs' boxes were wider
    ("karate", 160, 48, None): 5,
    # rows with channels: a tie between rows far apart goes down a free column and round the boxes between;
    # frames are kept off only where routing one again with the grid's router leaves fewer, no more crossings
    # (docs/MAP.md, "Big networks: rows with channels"; 240 columns: 4 before)
    ("lesmis", 200, None, "numbered"): 3,
    ("lesmis", 240, None, "numbered"): 3,
    ("lesmis", 80, None, "cluster:2"): 1,  # 4 before its boxes were swapped for fewer crossings, then 3
    # with buses: each of a bus's ties counted on its way from the ● (the bus's line round the boxes counts for
    # every tie it carries), and no tie routed again off a frame (that would undo the bus)
    ("lesmis", 160, 56, "numbered"): 45,  # 39 with a bus for each tie's end with more ties (more buses)
    ("karate", 120, None, "cluster:1"): 3,
    # 3, not 2, since two places of lines side by side were moved apart there for a crossing each (the
    # weighing of docs/MAP.md): the tie moved goes round the top
    ("karate", 120, None, "cluster:2"): 3,
    ("lesmis", 120, None, "cluster:1"): 3,
    ("lesmis", 120, None, "cluster:4"): 2,
    ("lesmis", 160, 48, "cluster:1"): 7,
    ("lesmis", 160, 48, "cluster:2"): 2,
    ("lesmis", 160, 48, "cluster:3"): 5,
    ("lesmis", 160, 48, "cluster:4"): 2,
    ("lesmis", 160, 48, "cluster:5"): 5,
    ("large", 100, None, None): 3,
}


@cache
def drawing(case: tuple) -> MapCanvas:
    name, width, height, focus = case
    workbook = network(name)
    fit, numbered = focus == "fit", focus == "numbered"
    options = MapOptions(
        width=width,
        height=height,
        focus=None if fit or numbered else focus,
        fit=fit,
        legend=not fit,
        numbered=numbered,
    )
    return render(workbook, options, clusters_of(workbook))


def label(case: tuple) -> str:
    name, width, height, focus = case
    return f"{name}-{width}{'x' + str(height) if height else ''}{'-' + focus if focus else ''}"


@pytest.mark.parametrize("case", DRAWINGS, ids=label)
def test_no_route_closes_an_empty_box(case):
    canvas = drawing(case)
    assert canvas.view is not View.LIST, canvas.text()
    assert len(boxes(canvas.cells)) <= BOXED.get(case, 0), (boxes(canvas.cells), canvas.text())


@pytest.mark.parametrize("case", DRAWINGS, ids=label)
def test_no_two_lines_run_side_by_side(case):
    canvas = drawing(case)
    found = side_by_side(canvas.cells)
    assert len(found) <= CROWDED.get(case, 0), (found, canvas.text())


def framed(canvas: MapCanvas) -> list[int]:
    """The ties of a drawing that go round other things, read from its glyphs."""
    parsed = parse(canvas.text())
    return frames(parsed.paths, [(n.row, n.first, n.last) for n in parsed.nodes])


@pytest.mark.parametrize("case", DRAWINGS, ids=label)
def test_no_tie_goes_round_other_things(case):
    """A frame (a U round boxes, a run along the drawing's edge) is kept off where the router can; the
    glyphs show the frames the renderer counts."""
    canvas = drawing(case)
    found = framed(canvas)
    assert len(found) <= FRAMED.get(case, 0), (found, canvas.text())
    assert canvas.plan is None or len(found) == canvas.plan.drawing.frames


#: Drawings with ties that wiggle (tests/map_shapes.py, ``wiggles``: down, up and down again, ``┏━┓`` over
#: ``┗━┛``, a small loop that reads as a knot), at most this many; every other drawing of the benchmarks has
#: none. Routing each again off its loop (tried on 7 December) undid one of the 18, on the English sample's
#: window at 80 x 20, for a crossing; the others cost crossings, an empty box or lines side by side (the
#: karate club's two: 4 crossings, or a box), so the router's choice stands and the count is kept from growing.
KNOTTED = {
    ("english", 80, 20, "fit"): 3,
    ("english", 160, None, None): 1,
    ("karate", 160, 60, None): 1,  # 2 before its hubs' lines were kept a cell apart
    ("karate", 160, 48, None): 1,
    ("karate", 120, None, "cluster:2"): 1,
    ("lesmis", 120, None, "cluster:1"): 2,
    ("lesmis", 160, 48, "cluster:1"): 4,
    ("lesmis", 160, 48, "cluster:3"): 1,
    ("lesmis", 160, 48, "cluster:5"): 2,
    ("lesmis", 160, 56, "numbered"): 4,  # with buses (1 with a bus for each tie's end with more ties)
}


@pytest.mark.parametrize("case", DRAWINGS, ids=label)
def test_no_tie_wiggles(case):
    found = wiggles(parse(drawing(case).text()).paths)
    assert len(found) <= KNOTTED.get(case, 0), (found, drawing(case).text())


def test_the_wiggle_check_finds_a_knot_and_not_an_arch_or_a_step():
    down, up, right = [(1, 0)], [(-1, 0)], [(0, 1)]

    def path(*moves):
        cells = [(5, 0)]
        for move in moves:
            for dr, dc in move:
                cells.append((cells[-1][0] + dr, cells[-1][1] + dc))
        return cells

    knot = path(down, right * 2, up, right * 3, down * 2)  # ┏━┓ over ┗━┛
    arch = path(up * 2, right * 4, down * 2)  # over to a neighbour on the same row
    step = path(down, right * 3, down, right * 2, down)  # a staircase goes one way down
    assert wiggles([arch, knot, step]) == [1]


def test_the_frame_check_finds_a_tie_round_others():
    """Frames drawn by hand: a U round a box, a run along the edge past a box; a tie reaching over is none."""
    a, b, c = (2, 2, 4), (2, 12, 14), (2, 7, 9)  # three boxes on row 2, [c] between [a] and [b]
    # from the top of [a] up, along the top and down into [b]: the row above holds no other box
    over = [(1, 3), (0, 3), *[(0, x) for x in range(4, 13)], (1, 13)]
    assert frames([over], [a, b]) == []
    # the same tie reaching over [c]: a run of 10 cells along the top edge past a box it does not join
    assert frames([over, [(3, 8), (4, 8)]], [a, b, c]) == [0]  # [c] has a tie of its own, down
    # a U: from the right of [a] east, three turns the same way (south, west, north) round [d] below, into
    # the bottom of [a]
    d = (5, 2, 4)
    u = [(2, 5), (2, 6), *[(r, 6) for r in range(3, 8)], *[(7, x) for x in range(5, -1, -1)]]
    u += [*[(r, 0) for r in range(6, 3, -1)], (3, 0), (3, 1), (3, 2)]
    assert frames([u, [(4, 3)]], [a, d]) == [0]
    # a step down and back (two turns one way, one the other): no frame
    step = [(2, 5), (2, 6), (3, 6), (4, 6), (4, 7), (4, 8), (4, 9), (4, 10), (4, 11), (3, 11), (2, 11)]
    assert frames([step], [a, b]) == []


@pytest.mark.parametrize("case", DRAWINGS, ids=label)
def test_every_drawing_of_the_benchmarks_reads_back(case):
    canvas = drawing(case)
    parsed = parse(canvas.text())
    assert len(parsed.ties) == len(canvas.routes)


def test_the_checks_find_a_box_and_lines_side_by_side():
    """The shapes the checks exist for, drawn by hand: they are found, and a plain tie is not."""
    assert (1, 1, 1, 3) in boxes([list(row) for row in ["┌───┐", "│   │", "└───┘"]])
    # the Thai sample's box: closed below by two nodes and a tie, but for one cell
    assert boxes([list(row) for row in ["┌───┐", "│   │", "] ┌─["]]) == [(1, 1, 1, 3)]
    assert boxes([list(row) for row in ["┌─┐", "│ │", "] ┌["]]) == []  # one column inside: two lines
    # the hook of the Thai sample's map at 80 x 24: a line turning back at once reads as a box's top
    assert boxes([list(row) for row in ["┌┐ ", "│└─", "│  "]]) == [(0, 0, 0, 1)]
    assert boxes([list(row) for row in ["││", "└┘"]]) == [(1, 0, 1, 1)]
    assert boxes([list(row) for row in ["─┐", " │", "─┘"]]) == []  # a step between its corners: a U
    assert boxes([list(row) for row in ["─┐", "─┘"]]) == [(0, 1, 1, 1)]
    assert side_by_side([list(row) for row in ["││", "││"]]) == [(0, 0, "v")]
    assert side_by_side([list(row) for row in ["──", "──"]]) == [(0, 0, "h")]
    plain_tie = ["[a]───┐", "      │", "     [b]"]
    assert boxes([list(row) for row in plain_tie]) == [] and side_by_side([list(r) for r in plain_tie]) == []


def test_three_sides_of_a_box_read_as_a_box():
    """A line drawing three sides of a rectangle with no label inside reads as a box, open or not; one
    reaching over to a node (its box in the mouth) or round a label does not."""

    def found(*rows: str) -> list[tuple[int, int, int, int]]:
        return boxes([list(row) for row in rows])

    # the Thai sample's open U at 80 x 24: ┌────┐ over │    │ a row below, the legs going on
    assert found("┌────┐", "│    │", "│  ──┼─", "│    │") == [(1, 1, 3, 4)]
    assert found("┌───┐", "│   │", "│   └─[b]") == [(1, 1, 1, 3)]  # open below, one leg turning away
    assert found("│   │", "└───┘") == [(0, 1, 0, 3)]  # upside down
    assert found("──┐", "  │", "  │", "──┘") == [(1, 0, 2, 1)]  # on its side, two columns deep
    assert found("[a]   [b]", "  │   │", "  └───┘") == [(1, 3, 1, 5)]  # from bracket to bracket: under the gap
    assert found("[a]   [b]", " │     │", " └─────┘") == []  # under the two nodes: reaching over to them
    assert found("┌─────┐", "│     │", "[ab]  [c]") == []  # reaching over to the nodes
    assert found("┌────┐", "│[ab]│") == []  # round a label
    assert found("─┐", " │", "─┘") == []  # one column deep: two lines
    assert found("┌──┐", "│  └─") == []  # a leg that does not go on: a step


def test_the_thai_sample_at_80_by_24_draws_no_box_that_is_not_a_node():
    """The Thai sample at 80 x 24, as `phakhi map --width 80 --height 24` and the map screen's window draw
    it, read from the text: every tie reads back, and no line draws three sides of an empty box."""
    for case in (("thai", 80, 24, None), ("thai", 80, 20, "fit")):
        text = drawing(case).text()
        lines, _legend = split(text, ("Legend", "คำอธิบาย"))
        rows = [to_cells(line) for line in lines]
        width = max(len(row) for row in rows)
        assert boxes([row + [" "] * (width - len(row)) for row in rows]) == [], text
        assert len(parse(text).ties) == 25


def test_a_windows_map_polished_is_no_taller_than_the_window():
    """Undoing a window map's crossings may route a tie through a margin row after its height was checked:
    that drawing gives way to the next best at its length (this network on 80 x 13 was drawn 15 rows tall)."""
    from tui.core.textmap import draw
    from tui.core.textmap.glyphs import UNICODE

    ties = [(0, 1), (0, 11), (1, 2), (1, 13), (2, 3), (2, 4), (2, 6), (3, 7), (4, 5), (4, 6), (4, 8), (6, 12)]
    ties += [(6, 13), (8, 9), (9, 10), (11, 15), (12, 13), (13, 14), (13, 15)]
    graph = draw.Graph(
        nodes=tuple(draw.Node(f"s{i}", f"p{i}", ("[", "]")) for i in range(16)),
        edges=tuple(draw.Edge(f"t{k}", a, b, False) for k, (a, b) in enumerate(ties)),
        cluster=(-1,) * 16,
        fit=True,
    )
    for height in (12, 13, 14):
        drawn = draw.draw(graph, 80, height, UNICODE, auto_height=height)
        assert drawn is None or drawn.height <= height, height
        assert drawn is None or len(parse("\n".join("".join(row) for row in drawn.cells)).ties) == len(ties)
