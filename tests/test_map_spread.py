"""Spreading a drawing over the room its page leaves (tui/core/textmap/spread.py), on hand-drawn maps.

Two lines running side by side read as one thick line; a drawing smaller than its page gets a row or a
column put in between them, every line across it drawn one cell longer and nothing else changed. Each
expected drawing here was worked out by hand; the renderer's own drawings are checked for places side by
side, empty boxes and frames in tests/test_map_shapes.py, and read back exactly in tests/test_map_exact.py.
"""

from __future__ import annotations

from tui.core.textmap.draw import Drawing, Edge, Graph, Node, Placed, text_cells
from tui.core.textmap.glyphs import ASCII, UNICODE
from tui.core.textmap.spread import spread

BRACKETS = ("[", "]")


def graph(names: str, ties: list[tuple[int, int, bool]]) -> Graph:
    return Graph(
        nodes=tuple(Node(name, name, BRACKETS) for name in names),
        edges=tuple(Edge(f"{names[a]}{names[b]}", a, b, strong) for a, b, strong in ties),
        cluster=(-1,) * len(names),
    )


def drawing(rows: list[str], boxes: list[tuple[str, int, int, int]], routes: dict[str, list[tuple[int, int]]]):
    cells = [text_cells(row) for row in rows]
    width = max(len(row) for row in cells)
    return Drawing(
        cells=[row + [" "] * (width - len(row)) for row in cells],
        nodes=[Placed(key, key, row, col, size) for key, row, col, size in boxes],
        routes=routes,
    )


def lines(drawn: Drawing) -> list[str]:
    return ["".join(row).rstrip() for row in drawn.cells]


#: Two ties down neighbouring columns into a wide box: ``││`` reads as one line.
DOWN = drawing(
    [
        "[a][b]",
        "  ││",
        "  ││",
        "[  c  ]",
    ],
    [("a", 0, 0, 3), ("b", 0, 3, 3), ("c", 3, 0, 7)],
    {"ac": [(1, 2), (2, 2)], "bc": [(1, 3), (2, 3)]},
)
DOWN_GRAPH = graph("abc", [(0, 2, False), (1, 2, False)])


def test_two_lines_down_neighbouring_columns_get_a_column_between_them():
    """The column goes in between the two lines; the wide box below takes it among the blanks beside its
    label (the label back in the middle), the box to the right moves over, and each line keeps its cells."""
    spread_out = spread(DOWN, DOWN_GRAPH, 10, 4, UNICODE)
    assert lines(spread_out) == [
        "[a] [b]",
        "  │ │",
        "  │ │",
        "[  c   ]",
    ]
    assert spread_out.routes == {"ac": [(1, 2), (2, 2)], "bc": [(1, 4), (2, 4)]}
    assert [(p.key, p.row, p.col, p.width) for p in spread_out.nodes] == [
        ("a", 0, 0, 3),
        ("b", 0, 4, 3),
        ("c", 3, 0, 8),
    ]


def test_a_column_never_goes_through_a_label():
    """With no blank beside the label below, the column would cut the name: the drawing stays as it is."""
    tight = drawing(
        ["[a][b]", "  ││", "  ││", "[cdefg]"],
        [("a", 0, 0, 3), ("b", 0, 3, 3), ("cdefg", 3, 0, 7)],
        {"ac": [(1, 2), (2, 2)], "bc": [(1, 3), (2, 3)]},
    )
    named = Graph(
        nodes=(Node("a", "a", BRACKETS), Node("b", "b", BRACKETS), Node("cdefg", "cdefg", BRACKETS)),
        edges=(Edge("ac", 0, 2, False), Edge("bc", 1, 2, False)),
        cluster=(-1, -1, -1),
    )
    assert spread(tight, named, 10, 4, UNICODE) is tight


#: Two ties along neighbouring rows: ``───`` over ``───`` reads as one line.
ALONG = drawing(
    [
        "[a]━━━━━[b]",
        "[c]─────[d]",
    ],
    [("a", 0, 0, 3), ("b", 0, 8, 3), ("c", 1, 0, 3), ("d", 1, 8, 3)],
    {"ab": [(0, c) for c in range(3, 8)], "cd": [(1, c) for c in range(3, 8)]},
)
ALONG_GRAPH = graph("abcd", [(0, 1, True), (2, 3, False)])


def test_two_lines_along_neighbouring_rows_get_a_row_between_them():
    spread_out = spread(ALONG, ALONG_GRAPH, 11, 3, UNICODE)
    assert lines(spread_out) == ["[a]━━━━━[b]", "", "[c]─────[d]"]
    assert spread_out.routes["cd"] == [(2, c) for c in range(3, 8)]


def test_no_room_on_the_page_leaves_the_drawing_as_it_is():
    assert spread(ALONG, ALONG_GRAPH, 11, 2, UNICODE) is ALONG
    assert spread(DOWN, DOWN_GRAPH, 6, 10, UNICODE) is DOWN


def test_a_line_across_the_new_row_is_drawn_through_it_in_its_own_strength_and_style():
    """A strong line down from a box to another, across the row put in between two lines running along rows
    (a's to b, c's to d): one cell longer, heavy in Unicode, ``#`` in ASCII; the weak line below moves down."""
    boxes = [("a", 0, 0, 3), ("b", 0, 8, 3), ("c", 2, 0, 3), ("d", 1, 10, 3)]
    routes = {"ab": [(0, c) for c in range(3, 8)], "ac": [(1, 1)], "cd": [(2, 3), *[(1, c) for c in range(3, 10)]]}
    tied = graph("abcd", [(0, 1, True), (0, 2, True), (2, 3, False)])
    unicode = spread(drawing(["[a]━━━━━[b]", " ┃ ┌──────[d]", "[c]┘"], boxes, routes), tied, 20, 4, UNICODE)
    assert lines(unicode) == ["[a]━━━━━[b]", " ┃", " ┃ ┌──────[d]", "[c]┘"]
    assert unicode.routes["ac"] == [(1, 1), (2, 1)]
    assert unicode.routes["cd"][:2] == [(3, 3), (2, 3)]
    ascii_art = spread(drawing(["[a]=====[b]", " # /------[d]", "[c]/"], boxes, routes), tied, 20, 4, ASCII)
    assert lines(ascii_art) == ["[a]=====[b]", " #", " # /------[d]", "[c]/"]


def test_spreading_is_the_same_every_time_and_a_spread_drawing_is_not_spread_again():
    once = spread(DOWN, DOWN_GRAPH, 10, 4, UNICODE)
    assert lines(spread(DOWN, DOWN_GRAPH, 10, 4, UNICODE)) == lines(once)
    assert spread(once, DOWN_GRAPH, 10, 4, UNICODE) is once


def test_a_line_that_does_not_run_from_box_to_box_is_left_as_it_is():
    """A drawing whose line ends short of a box (not one the renderer draws) is not spread: there would be
    no telling where to draw it longer."""
    short = drawing(
        ["[a][b]", "  ││", "  ││", "", "[  c  ]"], [("a", 0, 0, 3), ("b", 0, 3, 3), ("c", 4, 0, 7)], DOWN.routes
    )
    assert spread(short, DOWN_GRAPH, 10, 6, UNICODE) is short


def test_a_column_never_goes_between_the_cells_of_a_wide_letter_nor_through_a_name_in_them():
    """Blanks beside a label are counted in cells: a wide letter takes two (its second is ""), so ``[ 劉德 ]``
    has one blank each side, and a column after its fourth cell would split the name (``[ 劉 德 ]``)."""
    wide = drawing(
        [" [a][b]", "   ││", "   ││", "[ 劉德 ]"],
        [("a", 0, 1, 3), ("b", 0, 4, 3), ("c", 3, 0, 8)],
        {"ac": [(1, 3), (2, 3)], "bc": [(1, 4), (2, 4)]},
    )
    assert wide.cells[3][:8] == ["[", " ", "劉", "", "德", "", " ", "]"]
    assert spread(wide, DOWN_GRAPH, 20, 4, UNICODE) is wide


def test_a_map_printed_for_a_page_is_spread_no_taller_than_the_page_with_its_legend():
    """``phakhi map --height 48``: spreading stops where the drawing, a blank line and the legend fill the 48
    lines (a new user's walk: Les Misérables' first cluster grew from 38 lines to 50, its top scrolled off)."""
    from test_map_shapes import drawing as benchmark_drawing

    for case in [("lesmis", 160, 48, f"cluster:{n}") for n in (1, 3, 5)] + [("karate", 160, 48, None)]:
        canvas = benchmark_drawing(case)
        assert len(canvas.text().split("\n")) <= 48, case
    # drawn along a line 46 rows tall, its 17 names below: no room left to spread it on the page
    assert benchmark_drawing(("lesmis", 160, 48, "cluster:2")).height == 46


def test_a_drawing_spread_before_is_not_spread_again(monkeypatch):
    """The same drawing asked for again (the map screen's language switched, the screen visited again) comes
    back as it was spread, without the search; a drawing that differs in a line is spread anew."""
    from tui.core.textmap import spread as spreading

    monkeypatch.setattr(spreading, "_SPREAD", {})
    tried = []
    opened = spreading._opened
    monkeypatch.setattr(spreading, "_opened", lambda *args: tried.append(args) or opened(*args))
    first = spread(DOWN, DOWN_GRAPH, 10, 4, UNICODE)
    assert tried
    tried.clear()
    again = spread(DOWN, DOWN_GRAPH, 10, 4, UNICODE)
    assert not tried and lines(again) == lines(first) and again.routes == first.routes
    assert [(p.row, p.col, p.width) for p in again.nodes] == [(p.row, p.col, p.width) for p in first.nodes]
    assert spread(DOWN, DOWN_GRAPH, 11, 4, UNICODE) and tried  # another width: worked out
