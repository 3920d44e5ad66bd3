"""Lines moved apart by spreading a drawing over the room its page leaves: a row or a column put in.

The router keeps two lines from running next to each other where it can without more crossings; where they
still do (``││``, or ``──`` over ``──``), the two read as one thick line, a shape that is not a tie. A
drawing smaller than its page is spread apart there: a blank row put in between two lines running side by
side along rows, a blank column between two running along columns, and every line that crosses the new row
or column drawn one cell longer through it. A column goes through a box only among the blanks beside its
label (counted in cells: a wide letter takes two), the box one cell wider and its label put back in the
middle, never through a name. Nothing else changes: no line gets a turn or a crossing, so the drawing reads
back as exactly the same ties.

A row or column goes in only where it leaves fewer such places, no more ties going round other things
(``frames.py``: a line drawn longer can become a U) and no more empty boxes (``empty.py``: a zigzag's legs
drawn longer can stand as three sides of one), the gap with the most places first, while the drawing fits
the space it was drawn for (``render.py``). Where a gap leaves as many places as before (the lines it draws
longer now run beside others), the best of :data:`LOOK` gaps between those may go in with it, as one step.
Drawings with buses are left as they are (a bus's ``●`` stays against its box).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace

from tui.core.textmap.draw import Drawing, Graph
from tui.core.textmap.empty import empty_boxes
from tui.core.textmap.frames import frames
from tui.core.textmap.glyphs import HORIZONTAL, VERTICAL, E, GlyphSet, N, S, W
from tui.core.textmap.route import Box, Grid

Cell = tuple[int, int]


@dataclass(frozen=True)
class _Box:
    row: int
    first: int
    last: int


@dataclass
class _Lines:
    """What spreading reads and changes: the cells, the boxes (by node key) and each tie's cells from end
    to end, each tie's strength and the keys of its two boxes."""

    cells: list[list[str]]
    boxes: dict[str, _Box]
    routes: dict[str, list[Cell]]
    strong: dict[str, bool]
    ends: dict[str, tuple[str, str]]

    @functools.cached_property
    def masks(self) -> dict[str, dict[Cell, int]]:
        """Each tie's directions on each of its cells (:func:`_masks`), worked out once."""
        return {key: _masks(self, key) for key in self.routes}


#: All that spreading a drawing reads (:func:`_asked`): width, height, glyph set, cells, boxes, lines, ties.
Asked = tuple[
    int,
    int,
    str,
    tuple[tuple[str, ...], ...],
    tuple[tuple[str, int, int, int], ...],
    tuple[tuple[str, tuple[Cell, ...]], ...],
    tuple[tuple[str, str, str, bool], ...],
]
#: A drawing spread: its cells, each box's row, first column and width, each line's cells.
Spread = tuple[tuple[tuple[str, ...], ...], tuple[tuple[int, int, int], ...], dict[str, tuple[Cell, ...]]]

#: The last drawings spread (None: left as they were): a drawing shown again (a language switched, the map
#: screen visited again, a zoom back) comes back from the last one's plan as it was and is not spread again
#: (a fifth of a second on the karate club).
_SPREAD: dict[Asked, Spread | None] = {}
_SPREAD_LOCK = threading.Lock()
SPREAD_KEPT = 8
#: Gaps tried after one that leaves as many places, between the lines it set side by side.
LOOK = 3


def spread(drawing: Drawing, graph: Graph, width: int, height: int, glyphs: GlyphSet) -> Drawing:
    """``drawing`` (of ``graph``) with rows and columns put in between lines running side
    by side, while it stays within ``width`` x ``height``; the drawing itself when none helps."""
    if not drawing.cells or drawing.buses or any(not path for path in drawing.routes.values()):
        return drawing
    asked = _asked(drawing, graph, width, height, glyphs)
    with _SPREAD_LOCK:
        known = asked in _SPREAD
        kept = _SPREAD.get(asked)
    if not known:
        spread_out = _spread(drawing, graph, width, height, glyphs)
        kept = (
            None
            if spread_out is drawing
            else (
                tuple(tuple(row) for row in spread_out.cells),
                tuple((p.row, p.col, p.width) for p in spread_out.nodes),
                {key: tuple(path) for key, path in spread_out.routes.items()},
            )
        )
        with _SPREAD_LOCK:  # the map screen draws in a thread of its own
            while _SPREAD and len(_SPREAD) >= SPREAD_KEPT:
                del _SPREAD[next(iter(_SPREAD))]  # the oldest
            _SPREAD[asked] = kept
    if kept is None:
        return drawing
    cells, places, routes = kept
    return replace(
        drawing,
        cells=[list(row) for row in cells],
        nodes=[replace(p, row=r, col=c, width=w) for p, (r, c, w) in zip(drawing.nodes, places, strict=True)],
        routes={key: list(path) for key, path in routes.items()},
        length=sum(map(len, routes.values())),
    )


def _asked(drawing: Drawing, graph: Graph, width: int, height: int, glyphs: GlyphSet) -> Asked:
    """All that spreading ``drawing`` reads, to know one spread before."""
    key_of = [node.key for node in graph.nodes]
    return (
        width,
        height,
        glyphs.name,
        tuple(tuple(row) for row in drawing.cells),
        tuple((p.key, p.row, p.col, p.width) for p in drawing.nodes),
        tuple((key, tuple(path)) for key, path in sorted(drawing.routes.items())),
        tuple((e.key, key_of[e.a], key_of[e.b], e.strong) for e in graph.edges),
    )


def _spread(drawing: Drawing, graph: Graph, width: int, height: int, glyphs: GlyphSet) -> Drawing:
    """:func:`spread`, worked out."""
    keys = {node.key for node in graph.nodes}
    if len(keys) != len(graph.nodes) or any(placed.key not in keys for placed in drawing.nodes):
        return drawing
    key_of = [node.key for node in graph.nodes]
    lines = _Lines(
        cells=[list(row) for row in drawing.cells],
        boxes={p.key: _Box(p.row, p.col, p.col + p.width - 1) for p in drawing.nodes},
        routes={key: list(path) for key, path in drawing.routes.items()},
        strong={edge.key: edge.strong for edge in graph.edges},
        ends={edge.key: (key_of[edge.a], key_of[edge.b]) for edge in graph.edges},
    )
    if set(lines.routes) != set(lines.ends) or not all(
        _touches(end, box) for key in lines.routes for end, box in _attached(lines, key)
    ):
        return drawing  # a line that does not run from box to box: nothing here to draw longer
    found, framed, empty = places(lines), len(_frames(lines)), _empty(lines)
    changed = False
    refused: set[tuple[str, int]] = set()  # gaps tried that did not help: not tried again
    while found:
        for gap in _gaps(lines, found, width, height):
            if gap in refused:
                continue
            wider = _opened(lines, gap, glyphs)
            now = places(wider) if wider is not None else found
            if wider is not None and len(now) >= len(found):
                # the lines drawn longer set others side by side: a second gap between those, as one step
                for second in _gaps(wider, now, width, height)[:LOOK]:
                    widest = _opened(wider, second, glyphs)
                    if widest is not None and len(after := places(widest)) < len(found):
                        wider, now = widest, after
                        break
            if wider is not None and len(now) < len(found) and len(_frames(wider)) <= framed and _empty(wider) <= empty:
                lines, found, changed = wider, now, True
                # the gaps refused after this one moved a row or a column on with the rest of the drawing
                refused = {(way, n + (way == gap[0] and n > gap[1])) for way, n in refused}
                break
            refused.add(gap)
        else:
            break
    if not changed:
        return drawing
    boxes = lines.boxes
    for placed in drawing.nodes:
        _centred(lines.cells[boxes[placed.key].row], boxes[placed.key])
    nodes = [
        replace(p, row=boxes[p.key].row, col=boxes[p.key].first, width=boxes[p.key].last - boxes[p.key].first + 1)
        for p in drawing.nodes
    ]
    return replace(
        drawing, cells=lines.cells, nodes=nodes, routes=lines.routes, length=sum(map(len, lines.routes.values()))
    )


def _masks(lines: _Lines, key: str) -> dict[Cell, int]:
    """The directions (N, E, S, W) a tie's line joins on each of its cells: its end cells join its boxes."""
    path = lines.routes[key]
    masks = dict.fromkeys(path, 0)
    for here, there in zip(path, path[1:], strict=False):
        masks[here] |= _toward(here, there)
        masks[there] |= _toward(there, here)
    for end, box in _attached(lines, key):
        masks[end] |= _toward_box(end, box)
    return masks


def _joins(masks: dict[str, dict[Cell, int]]) -> dict[Cell, int]:
    """Each line cell's directions, every line's on it together (a crossing joins all four)."""
    joins: dict[Cell, int] = {}
    for tie in masks.values():
        for cell, mask in tie.items():
            joins[cell] = joins.get(cell, 0) | mask
    return joins


def _empty(lines: _Lines) -> int:
    """How many empty boxes and hooks the lines draw (``empty.py``), three sides of one counted."""
    height, width = len(lines.cells), len(lines.cells[0])
    grid = Grid(
        height, width, [Box(b.row, b.first, b.last - b.first + 1) for b in lines.boxes.values()], [0] * len(lines.boxes)
    )
    for tie, key in enumerate(sorted(lines.routes)):
        for (r, c), mask in lines.masks[key].items():
            grid.uses.setdefault(r * width + c, []).append((tie, mask))
    return len(empty_boxes(grid))


def _toward(here: Cell, there: Cell) -> int:
    (r, c), (r2, c2) = here, there
    return N if r2 < r else S if r2 > r else W if c2 < c else E


def _toward_box(end: Cell, box: _Box) -> int:
    r, c = end
    if box.row == r:
        return W if c > box.last else E
    return N if box.row < r else S


def _touches(cell: Cell, box: _Box) -> bool:
    r, c = cell
    return (abs(r - box.row) == 1 and box.first <= c <= box.last) or (
        r == box.row and c in (box.first - 1, box.last + 1)
    )


def _attached(lines: _Lines, key: str) -> Iterator[tuple[Cell, _Box]]:
    """A tie's two end cells, each with the box it runs into: the first cell's is one of the tie's boxes that
    it touches, the last cell's the other."""
    path = lines.routes[key]
    a, b = (lines.boxes[k] for k in lines.ends[key])
    first = a if _touches(path[0], a) else b
    yield path[0], first
    yield path[-1], b if first is a else a


def places(lines: _Lines) -> list[tuple[int, int, str]]:
    """Where two lines run next to each other for two cells or more, each stretch once: (row, column, "v")
    for two lines down columns ``column`` and ``column + 1``, (row, column, "h") for two along rows ``row``
    and ``row + 1``."""
    joins = _joins(lines.masks)
    down = {cell for cell, mask in joins.items() if mask & VERTICAL == VERTICAL}
    along = {cell for cell, mask in joins.items() if mask & HORIZONTAL == HORIZONTAL}
    found = []
    for r, c in sorted(down | along):
        if (
            (r, c) in down
            and {(r, c + 1), (r + 1, c), (r + 1, c + 1)} <= down
            and not {(r - 1, c), (r - 1, c + 1)} <= down
        ):
            found.append((r, c, "v"))
        if (
            (r, c) in along
            and {(r, c + 1), (r + 1, c), (r + 1, c + 1)} <= along
            and not {(r, c - 1), (r + 1, c - 1)} <= along
        ):
            found.append((r, c, "h"))
    return found


def _frames(lines: _Lines) -> dict[int, frozenset[Cell]]:
    keys = sorted(lines.routes)
    tied = sorted({k for key in keys for k in lines.ends[key]})
    index = {key: i for i, key in enumerate(tied)}
    spans = [(lines.boxes[k].row, lines.boxes[k].first, lines.boxes[k].last) for k in tied]
    ends = {i: (index[lines.ends[key][0]], index[lines.ends[key][1]]) for i, key in enumerate(keys)}
    return frames({i: lines.routes[key] for i, key in enumerate(keys)}, spans, ends)


def _gaps(lines: _Lines, found: list[tuple[int, int, str]], width: int, height: int) -> list[tuple[str, int]]:
    """Where a row ("h": after row n) or a column ("v": after column n) may go in, the gap between the most
    places first: rows while the drawing is shorter than ``height``, columns while narrower than ``width``,
    never a column through a label (:func:`_padded`)."""
    room = {"h": len(lines.cells) < height, "v": len(lines.cells[0]) < width}
    count: dict[tuple[str, int], int] = {}
    for r, c, way in found:
        gap = (way, r if way == "h" else c)
        if room[way] and (way == "h" or all(_padded(lines.cells[box.row], box, c) for box in lines.boxes.values())):
            count[gap] = count.get(gap, 0) + 1
    return sorted(count, key=lambda gap: (-count[gap], gap))


def _padded(row: list[str], box: _Box, column: int) -> bool:
    """May a blank cell go in after ``column`` of a box's ``row``: beside the box, or inside it among the
    blanks either side of its label (the box one cell wider, its label as it was, put back in the middle; a
    box tight round its label gets its blank on one side, ``[28 ]``: two lines apart weigh more)?"""
    if not box.first <= column < box.last:
        return True
    # counted in cells: a wide letter's second cell is "" and a Thai mark joins its letter's cell
    inside = row[box.first + 1 : box.last]
    left = next((i for i, cell in enumerate(inside) if cell != " "), len(inside))
    right = next((i for i, cell in enumerate(reversed(inside)) if cell != " "), len(inside))
    return column <= box.first + left or column >= box.last - 1 - right


def _centred(row: list[str], box: _Box) -> None:
    """A box's label put back in the middle of the box, blank cells either side, once columns went in."""
    inside = row[box.first + 1 : box.last]
    start = next((i for i, cell in enumerate(inside) if cell != " "), len(inside))
    end = len(inside) - next((i for i, cell in enumerate(reversed(inside)) if cell != " "), 0)
    label, pad = inside[start:end], len(inside) - (end - start)
    row[box.first + 1 : box.last] = [" "] * (pad // 2) + label + [" "] * (pad - pad // 2)


def _opened(lines: _Lines, gap: tuple[str, int], glyphs: GlyphSet) -> _Lines | None:
    """The drawing with a blank row put in after row n ("h", n) or a column after column n ("v", n), each
    line across the gap drawn through it."""
    way, n = gap
    along = 0 if way == "h" else 1  # the coordinate that grows

    def moved(cell: Cell) -> Cell:
        return (cell[0] + (along == 0 and cell[0] > n), cell[1] + (along == 1 and cell[1] > n))

    def across(here: Cell, there: Cell) -> bool:
        return {here[along], there[along]} == {n, n + 1} and here[1 - along] == there[1 - along]

    def between(cell: Cell) -> Cell:
        return (n + 1, cell[1]) if along == 0 else (cell[0], n + 1)

    boxes = {
        key: _Box(
            box.row + (along == 0 and box.row > n),
            box.first + (along == 1 and box.first > n),
            box.last + (along == 1 and box.last > n),
        )
        for key, box in lines.boxes.items()
    }
    routes = {}
    for key, path in lines.routes.items():
        (start, first_box), (end, last_box) = _attached(lines, key)
        new = [between(start)] if across(start, _box_cell(first_box, start)) else []
        for here, there in zip(path, path[1:], strict=False):
            new.append(moved(here))
            if across(here, there):
                new.append(between(here))
        new.append(moved(path[-1]))
        if across(end, _box_cell(last_box, end)):
            new.append(between(end))
        routes[key] = new
    cells = [list(row) for row in lines.cells]
    if along == 0:
        cells.insert(n + 1, [" "] * len(cells[0]))
    else:
        for row in cells:
            row.insert(n + 1, " ")
    line = VERTICAL if along == 0 else HORIZONTAL
    for key, path in routes.items():
        for cell in path:
            if cell[along] == n + 1:
                r, c = cell
                if cells[r][c] != " ":
                    return None
                cells[r][c] = glyphs.line(line, lines.strong[key])
    return _Lines(cells, boxes, routes, lines.strong, lines.ends)


def _box_cell(box: _Box, end: Cell) -> Cell:
    """The cell of ``box`` a line's end cell runs into."""
    r, c = end
    if box.row == r:
        return (r, box.last) if c > box.last else (r, box.first)
    return (box.row, c)
