"""A big network drawn as rows of boxes with channels of horizontal tracks between them.

Beyond 60 stakeholders or 90 ties the grid's router (``route.py``) is not
tried, and Les Misérables whole (77 stakeholders, 254 ties) walls it in (some
tie finds no way after 150 to 190 of them); along one line (``arcs.py``) it
needs 627 x 171 cells. Drawn as an orthogonal layered picture instead, every
tie has a way by construction and no search is needed (docs/MAP.md, "Big
networks: rows with channels"):

* **Rows**, one of two arrangements. *Bands* (:func:`_bands`): the stress
  layout (``layout.py``) cut across its second axis into bands of as many
  nodes, each in the order of the first axis and then of its nodes'
  neighbours' mean place, spread evenly over the width. *Stacks*
  (:func:`_stacks`): the nodes in one order across (:func:`_line`), cut into
  stacks of a node a row, each stack's nodes in the rows where their ties
  are shortest; stacks as wide as their widest box. For a network the
  grid's size, boxes of the arrangement kept are swapped while the drawing
  crosses less (:func:`swapped`). Boxes are pushed apart
  to :data:`GAP` cells at least; isolates on the last rows, from the left.
* **Channels**: above the first row, between two rows and under the last, a
  *channel* of horizontal tracks, with a row of ports next to each row of
  boxes. A tie leaves its box straight up or down (its port points into the
  box) to a track of the channel next to it, runs along the track and turns
  into the other box's port; a tie between rows further apart goes down a
  *gap* (a column free of boxes) in each row between, with a step along a
  track of each channel on its way. A tie within a row uses the channel
  under it or over it, whichever is less crowded where it runs.
* **Ports**: on each side of a box, the ties in the order of where they go,
  spread over the box, off its brackets when there is room; a box is
  widened to a cell more than its ties on each side.
* **Tracks**, per channel (:func:`_tracks`): a tie coming down to a track
  at a column must lie above one going on down from the same column (their
  vertical lines would overlap); the left-edge algorithm or the pieces by
  how they lean, whichever crosses less; then, once the tracks' rows are
  known, the pieces moved in the order of the tracks while that takes
  crossings off with no more tracks (:func:`_reorder`). Constraints that go
  round in a circle are broken by moving a port (:func:`_repair`).

* **Buses** (``nets``, when a line a tie does not fit): the ties of one net,
  all from one node, are one *wire* (:func:`_wires`), drawn as one branching
  line: its ports placed as a tie's, straight down a gap through each row
  between its top and bottom rows, and one piece a channel with an end at
  each of its ports and gaps there. Where two wires' orders on the tracks
  go round in a circle that no port can be moved out of, a piece is split
  on two tracks (a *dogleg*: :func:`_dogleg`, :func:`_split_through`); a
  drawing with buses still too tall is put on as few tracks as it goes on.

So two lines share a cell only where a vertical line crosses a track
straight through, never at a corner, a port or along a box: docs/MAP.md's
exactness rule holds by construction (with buses it is checked as well, and a
drawing that breaks it is not kept: :func:`_overlap`). Nothing here draws glyphs:
:func:`channels` gives the boxes and each tie's cells (an ``arcs.Book``), and
``draw.py`` paints them.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
from collections.abc import Callable

from tui.core.textmap import layout
from tui.core.textmap.arcs import Book, free_rows

#: Blank cells between two boxes in a row (a line down a gap has a blank cell either side).
GAP = 3
#: What a gap column another tie's line uses over or under the row costs, in columns further away.
SHARED = 20
#: What one more track in a channel weighs against crossings there, choosing how to fill its tracks.
TRACK_COST = 2
#: Cells a box side has beyond one for each of its ties, room to move a port to.
SPARE = 1
#: Passes of moving each piece of a channel to the place in the order of tracks where it crosses least.
REORDER_PASSES = 4
#: ... trying at most this many places for a piece, the best first, before leaving it where it is.
REORDER_TRIES = 3
#: Passes of moving pieces of a channel to other tracks, or swapping two, while that crosses less.
MOVE_PASSES = 4
#: A drawing with its ties within a row nested that is too tall by this share of the height at most is drawn
#: again with each box's ties in the order of where they go (fewer tracks); beyond, that does not fit either.
NESTED_OVER = 1 / 16
#: Times a channel's circle of constraints is broken by moving a port before it is given up.
REPAIRS = 40
#: Blank cells kept between a box and a line passing it in its row.
BESIDE = 1
#: Blank rows and columns around the drawing.
MARGIN = 1
#: Passes of moving each node to its best place in the order across.
PASSES = 4
#: Sweeps of ordering each band by its nodes' neighbours' places (down and up).
SWEEPS = 4
#: Stacks of up to this many rows are tried in every arrangement.
ARRANGE_ROWS = 6
#: What a tie between rows further apart than neighbours costs the arrangement, a row between (a stack across: 4).
LONG = 2
#: A vertical piece of a tie in a channel reaches the channel's top, its bottom, or runs through it.
UP, DOWN = 1, 2
THROUGH = UP | DOWN
#: The end of a piece where a dogleg joins it to the other part of its wire's (:func:`_dogleg`): a line
#: from its track to the other part's only.
JOG = 4

Edges = tuple[tuple[int, int], ...]
#: A wire's piece in a channel: (wire, its ends there: (column, UP or DOWN) each). A wire is a tie, or a bus
#: (the ties of one net: :func:`_wires`), whose piece in a channel has an end for every line it sends up or
#: down from its track there.
Piece = tuple[int, tuple[tuple[int, int], ...]]


def _place(row: list[int], wide: list[int], centre: dict[int, float], width: int) -> dict[int, int] | None:
    """Each box's first column: where the layout wants it, pushed apart to :data:`GAP` and into the width."""
    if sum(wide[n] for n in row) + GAP * (len(row) - 1) + 2 * MARGIN > width:
        return None
    left = {n: round(centre[n] - wide[n] / 2) for n in row}
    low = MARGIN
    for n in row:
        left[n] = max(left[n], low)
        low = left[n] + wide[n] + GAP
    high = width - MARGIN
    for n in reversed(row):
        left[n] = min(left[n], high - wide[n])
        high = left[n] - GAP
    return left


def _turned(
    count: int, edges: Edges, cluster: tuple[int, ...], tied: list[int], turn: int
) -> list[tuple[float, float]]:
    """The stress layout's places of the ``tied`` nodes, turned by ``turn`` degrees (the layout has no way up of
    its own: each turn cuts other bands, or another order across, out of the same picture)."""
    points = layout.positions(layout.LayoutInput(count=count, edges=edges, cluster=cluster), tied) if tied else []
    if not turn:
        return points
    cos, sin = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    return [(px * cos - py * sin, px * sin + py * cos) for px, py in points]


@functools.lru_cache(maxsize=16)
def _line(count: int, edges: Edges, cluster: tuple[int, ...], turn: int = 0) -> tuple[int, ...]:
    """The tied nodes in one order across: the stress layout's first axis (the layout turned by ``turn``
    degrees), then each node moved to the place that makes the ties shortest along it (their lengths in places
    summed), while that helps (kept for the next number of rows)."""
    near = layout.neighbours(count, edges)
    tied = [i for i in range(count) if near[i]]
    points = _turned(count, edges, cluster, tied, turn)
    x = {n: p[0] for n, p in zip(tied, points, strict=True)}
    line = sorted(tied, key=lambda n: (x[n], n))
    for _ in range(PASSES):
        moved = False
        for node in list(line):
            rest = [n for n in line if n != node]
            place = {n: i for i, n in enumerate(rest)}
            here = line.index(node)
            ends = [place[m] for m in near[node]]
            best = min(range(len(line)), key=lambda spot: (_reach(spot, ends), spot != here, spot))
            if best != here:
                line = rest[:best] + [node] + rest[best:]
                moved = True
        if not moved:
            break
    return tuple(line)


def _reach(spot: int, ends: list[int]) -> float:
    """How far a node put before the ``spot``-th of the others would be from its neighbours, in places."""
    return sum(abs(spot - (end + (0.5 if end >= spot else -0.5))) for end in ends)


@functools.lru_cache(maxsize=64)
def _bands(count: int, edges: Edges, cluster: tuple[int, ...], rows: int, turn: int = 0) -> tuple[tuple[int, ...], ...]:
    """The tied nodes in ``rows`` bands across the stress layout's second axis, as many in each; each band in
    the order of the first axis, then of the mean place of its nodes' neighbours (ranks scaled to the band,
    :data:`SWEEPS` sweeps down and up). ``turn``: the layout turned by so many degrees first (:func:`_turned`)."""
    near = layout.neighbours(count, edges)
    tied = [i for i in range(count) if near[i]]
    points = _turned(count, edges, cluster, tied, turn)
    x = {n: p[0] for n, p in zip(tied, points, strict=True)}
    y = {n: p[1] for n, p in zip(tied, points, strict=True)}
    across = sorted(tied, key=lambda n: (y[n], x[n], n))
    out = [
        sorted(across[r * len(across) // rows : (r + 1) * len(across) // rows], key=lambda n: (x[n], n))
        for r in range(rows)
    ]
    out = [band for band in out if band]
    rank: dict[int, float] = {}
    for band in out:
        rank |= {n: (i + 0.5) / len(band) for i, n in enumerate(band)}
    for _ in range(SWEEPS):
        for r in [*range(len(out)), *range(len(out) - 2, -1, -1)]:
            key = {n: sum(rank[m] for m in near[n]) / len(near[n]) for n in out[r]}
            out[r].sort(key=lambda n: (key[n], x[n], n))
            rank |= {n: (i + 0.5) / len(out[r]) for i, n in enumerate(out[r])}
    return tuple(tuple(band) for band in out)


@functools.lru_cache(maxsize=64)
def _stacks(
    line: tuple[int, ...], rows: int, edges: Edges, count: int
) -> tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]:
    """The order cut into stacks of ``rows`` nodes, one above the other, left to right; in each stack the
    nodes in the rows where their ties to the stacks before it and to each other are shortest: a tie
    between neighbours one above the other is a straight line (no track), one further apart needs a gap."""
    near = layout.neighbours(count, edges)
    stacks = [line[i : i + rows] for i in range(0, len(line), rows)]
    where: dict[int, tuple[int, int]] = {}  # node -> (stack, row)

    def apart(rows_apart: int) -> int:
        """What a tie between nodes of one stack so many rows apart costs (none for neighbours)."""
        return 0 if rows_apart == 1 else 1 + LONG * max(0, rows_apart - 1)

    for s, stack in enumerate(stacks):
        # each node's cost in each row, of its ties to the stacks before; then each perm adds the ties within
        base = {
            node: [
                sum(
                    4 * (s - where[m][0]) + 1 + LONG * max(0, abs(where[m][1] - r) - 1)
                    for m in near[node]
                    if m in where
                )
                for r in range(rows)
            ]
            for node in stack
        }
        inner = [(i, j) for i, node in enumerate(stack) for m in near[node] for j in range(len(stack)) if stack[j] == m]
        best: tuple[int, tuple[int, ...]] | None = None
        for perm in _arrangements(len(stack), rows):
            score = sum(base[node][r] for node, r in zip(stack, perm, strict=True))
            score += sum(apart(abs(perm[i] - perm[j])) for i, j in inner)
            if best is None or score < best[0]:
                best = (score, perm)
        assert best is not None
        for node, r in zip(stack, best[1], strict=True):
            where[node] = (s, r)
    out = [tuple(node for node in line if where[node][1] == r) for r in range(rows)]
    return tuple(row for row in out if row), tuple(where[n][0] if n in where else -1 for n in range(count))


def _arrangements(size: int, rows: int) -> list[tuple[int, ...]]:
    """The ways to put ``size`` nodes of a stack into ``rows`` rows, one a row (all of them up to
    :data:`ARRANGE_ROWS` rows; beyond, the order as it is and its reverse)."""
    if rows > ARRANGE_ROWS:
        plain = tuple(range(size))
        return [plain, tuple(rows - 1 - r for r in plain)]
    return list(itertools.permutations(range(rows), size))


#: The rows of nodes, each left to right, and each node's stack (-1 for none: rows of bands).
Arrangement = tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]


def arrangement(
    count: int, edges: Edges, cluster: tuple[int, ...], rows: int, bands: bool, turn: int = 0
) -> Arrangement:
    """The nodes in ``rows`` rows of bands (:func:`_bands`) or of stacks (:func:`_stacks`), the layout turned
    by ``turn`` degrees (:func:`_turned`)."""
    if bands:
        return _bands(count, edges, cluster, rows, turn), (-1,) * count
    return _stacks(_line(count, edges, cluster, turn), rows, edges, count)


def channels(
    count: int,
    edges: Edges,
    cluster: tuple[int, ...],
    widths: list[int],
    rows: int,
    width: int,
    height: int,
    apart: bool = True,
    parity: bool = False,
    beside: int = BESIDE,
    bands: bool = False,
    nearest: bool = False,
    given: Arrangement | None = None,
    free_rows: bool = False,
    turn: int = 0,
    moves: bool = False,
    nested: bool = True,
    nets: tuple[int, ...] | None = None,
) -> Book | None:
    """The nodes in ``rows`` rows with channels between them (module docstring), within ``width`` x
    ``height``; None when it does not fit. ``widths``: each box's width for its label. ``apart``: tracks every
    other row when there is room. ``parity``: every line of row *r* (its ports, the gaps it passes) on a column
    of parity *r* + 1, so no two lines of a channel share a column and no constraint between tracks can go
    round in a circle, for boxes twice as wide. ``beside``: blank cells between a box and a line passing it.
    ``bands``: rows of bands across the layout, not stacks. ``nearest``: each port on the cell of its box's side
    nearest where its tie goes (in order), not spread evenly over the side. ``given``: the rows of nodes (and
    their stacks) to draw, rather than those worked out (:func:`arrangement`). ``free_rows``: with tracks on
    every row, a free row left between two tracks whose pieces run side by side while the height holds it.
    ``turn``: the layout turned by so many degrees (:func:`_turned`). ``moves``: each channel's pieces then
    moved to other tracks, or two swapping theirs, while that crosses less (:func:`_moved`). ``nested``: the
    ties within a row nested on each box's side (:func:`_port_order`), or, when that needs more rows than
    ``height`` holds, each box's ties in the order of where they go (fewer tracks, more crossings); without
    it, the latter only. ``nets``: per tie, its net; the ties of a net of two or more, all from one node (its
    root), are drawn as one bus (:func:`_wires`)."""

    def plainly() -> Book | None:
        """The same drawing with each box's ties in the order of where they go, not nested."""
        way = (count, edges, cluster, widths, rows, width, height, apart, parity, beside, bands, nearest, given)
        return channels(*way, free_rows, turn, moves, False, nets) if nested else None

    near = layout.neighbours(count, edges)
    ends, members = _wires(edges, nets)
    wire_of = [0] * len(edges)
    for w, ties in enumerate(members):
        for k in ties:
            wire_of[k] = w
    degree = [0] * count  # lines leaving each box: a bus is one
    for terminals in ends:
        for n in terminals:
            degree[n] += 1
    arranged, stacked = given or arrangement(count, edges, cluster, rows, bands, turn)
    lines = [list(row) for row in arranged]
    stack = {n: s for n, s in enumerate(stacked) if s >= 0}
    # isolates on the last rows, from the left, as many a row as fit the width
    alone: list[list[int]] = []
    for n in (n for n in range(count) if not near[n]):
        if not alone or sum(widths[m] + GAP for m in alone[-1]) + widths[n] > width - 2 * MARGIN:
            alone.append([])
        alone[-1].append(n)
    lines += alone
    row_of = {n: r for r, line in enumerate(lines) for n in line}
    stacks = max(stack.values(), default=-1) + 1
    usable = width - 2 * MARGIN
    top_row = [min(row_of[n] for n in terminals) for terminals in ends]
    bottom_row = [max(row_of[n] for n in terminals) for terminals in ends]

    def centres(wide: list[int]) -> dict[int, float]:
        """Each box's centre: the middle of its stack, the stacks as wide as their widest box, the room
        the stacks do not need shared evenly between them."""
        span = [0] * stacks
        for n, s in stack.items():
            span[s] = max(span[s], wide[n])
        slack = max(0, usable - sum(span) - GAP * (stacks - 1)) / (stacks + 1)
        middle = []
        col = MARGIN + slack
        for s in range(stacks):
            middle.append(col + span[s] / 2)
            col += span[s] + GAP + slack
        out = {n: middle[s] for n, s in stack.items()}
        for line in lines if bands else alone:
            # a band's boxes spread evenly over the width; isolates from the left
            room = max(0, usable - sum(wide[n] for n in line) - GAP * (len(line) - 1)) / (len(line) + 1)
            if line in alone:
                room = 0
            col = MARGIN + room
            for n in line:
                out[n] = col + wide[n] / 2
                col += wide[n] + GAP + room
        return out

    estimate = centres([max(widths[n], degree[n]) for n in range(count)])
    # sides: a wire between rows leaves its upper boxes down and its lower boxes up; a wire within a row goes
    # into the channel over it (the row's number) or under it (one more), whichever is less crowded over its span
    load = {c: [0] * (width + 1) for c in range(len(lines) + 1)}
    for w, terminals in enumerate(ends):
        if bottom_row[w] == top_row[w] + 1:
            for col in _span(*_hull(estimate, terminals), width):
                load[bottom_row[w]][col] += 1
    side: list[int] = [0] * len(ends)  # the channel of a wire within a row
    within = sorted(
        (w for w in range(len(ends)) if top_row[w] == bottom_row[w]),
        key=lambda w: (_hull(estimate, ends[w])[1] - _hull(estimate, ends[w])[0], w),
    )
    for w in within:
        cols = _span(*_hull(estimate, ends[w]), width)
        r = top_row[w]
        # an outer channel costs rows of its own
        side[w] = min((r, r + 1), key=lambda c: (max(load[c][col] for col in cols) + (c in (0, len(lines))), c))
        for col in cols:
            load[side[w]][col] += 1
    # ports per box side: top (channel = row), bottom (channel = row + 1)
    sides: dict[tuple[int, int], list[int]] = {}  # (node, channel) -> wires
    for w, terminals in enumerate(ends):
        for node in terminals:
            sides.setdefault((node, _channel(w, node, ends, row_of, side)), []).append(w)
    wide = list(widths)
    for (node, _), ties in sides.items():
        wide[node] = max(wide[node], 2 * len(ties) if parity else len(ties) + SPARE)
    centre = centres(wide)
    left: dict[int, int] = {}
    for line in lines:
        placed = _place(line, wide, centre, width)
        if placed is None:
            return None
        left.update(placed)
    # the pieces over one column that every way of placing ports and gaps has (each tie between rows next to
    # each other, or within a row, over the columns between its boxes): too tall already, no gap is sought
    if _rows_at(_least_tracks(ends, row_of, side, left, wide, len(lines)), 1, [False] * (len(lines) + 1))[1] > height:
        return None
    # gap columns free in each row (a blank cell either side of a line down it)
    free = []
    for line in lines:
        open_ = [MARGIN <= c < width - MARGIN for c in range(width)]
        for n in line:
            for c in range(max(0, left[n] - beside), min(width, left[n] + wide[n] + beside)):
                open_[c] = False
        free.append(open_)
    used: dict[int, list[int]] = {c: [0] * width for c in range(len(lines) + 1)}  # UP / DOWN bits per column
    mid = {n: left[n] + wide[n] / 2 for n in range(count)}
    lined: dict[int, set[int]] = {c: set() for c in range(len(lines) + 1)}  # columns of gaps, per channel
    gap: dict[int, list[int]] = {}  # a wire between rows further apart: its column down each row between

    def middle(w: int, row: int) -> float:
        """Where a wire's boxes in one row are, on the whole."""
        return sum(mid[n] for n in ends[w] if row_of[n] == row) / sum(1 for n in ends[w] if row_of[n] == row)

    longs = sorted(
        (w for w in range(len(ends)) if bottom_row[w] - top_row[w] > 1),
        key=lambda w: (
            bottom_row[w] - top_row[w],
            abs(middle(w, top_row[w]) - middle(w, bottom_row[w])),
            w,
        ),
    )
    for w in longs:
        i, j = top_row[w], bottom_row[w]
        at, to = middle(w, i), middle(w, j)
        through: list[int] = []
        for r in range(i + 1, j):
            # straight on towards the other box; a bus straight down, along the channel at its last row only
            # (Les Misérables on 160 columns: 58 → 56 rows)
            aim = at if nets is not None else at + (to - at) / (j - r + 1)

            def fits(g: int, r: int = r, through: list[int] = through) -> bool:
                if not free[r][g] or used[r][g] & DOWN or used[r + 1][g] & UP:
                    return False
                if parity:
                    return g % 2 != r % 2
                if through and through[-1] == g:
                    return used[r][g] == UP  # straight on: no other line in the channel over the row
                return g not in lined[r] and g not in lined[r + 1]  # two gaps sharing a column: no repair

            def cost(g: int, r: int = r, through: list[int] = through, aim: float = aim) -> tuple[float, int]:
                if parity:
                    return abs(g - aim), g
                # straight on costs nothing more; a column another line uses over or under the row sets one
                # tie's track above the other's (constraints that can go round in a circle): avoided
                own = UP if through and through[-1] == g else 0
                shared = (used[r][g] != own) + (used[r + 1][g] != 0)
                return abs(g - aim) + (0 if own else 1) + SHARED * shared, g

            found = _cheapest(aim, width, fits, cost)
            if found is None:
                return None
            g = found
            through.append(g)
            used[r][g] |= DOWN
            used[r + 1][g] |= UP
            lined[r].add(g)
            lined[r + 1].add(g)
            at = g
        gap[w] = through
    # ports: on each side, the wires in the order of where they go in that channel
    port: dict[tuple[int, int], int] = {}  # (wire, node) -> column

    def goes(w: int, node: int, c: int) -> float:
        """Where a wire goes from a box's side into channel ``c``: its other end there (a tie's other box, or
        its gap down the next row), or for a bus the middle of its other ends in the channel."""
        if len(ends[w]) == 2:
            a, b = ends[w]
            if w in gap:
                return float(gap[w][0] if node == min((a, b), key=lambda n: row_of[n]) else gap[w][-1])
            return mid[_other((a, b), node)]
        there = [mid[n] for n in ends[w] if n != node and _channel(w, n, ends, row_of, side) == c]
        if w in gap:
            if c - 1 > top_row[w]:
                there.append(gap[w][c - 2 - top_row[w]])
            if c < bottom_row[w]:
                there.append(gap[w][c - 1 - top_row[w]])
        return sum(there) / len(there)

    for (node, c), ties in sides.items():
        arc = {w: top_row[w] == bottom_row[w] for w in ties}  # a wire within the row
        ties.sort(key=lambda w: _port_order(goes(w, node, c), mid[node], nested and arc[w], w))
        reach = UP if c == row_of[node] + 1 else DOWN
        cells = list(range(left[node], left[node] + wide[node]))
        if parity:
            cells = [col for col in cells if col % 2 != row_of[node] % 2]
        inner = [col for col in cells if left[node] < col < left[node] + wide[node] - 1]
        if len(inner) >= len(ties):
            # off the brackets: a tie between neighbours from bracket to bracket would stand over the blank
            # cells between them only, three sides of an empty box; from inside a label it reaches over it
            cells = inner
        clear = [col for col in cells if not used[c][col]]  # no other line there: no constraint
        if not parity and len(clear) >= len(ties):
            cells = clear
        elif not parity and nets is not None and clear:
            # a bus has many ends: each port on a column another line uses in the channel sets an order between
            # their tracks, and orders that go round in a circle are more than a repair can undo; as few as can be
            taken = [col for col in cells if used[c][col]]
            cells = sorted(clear + taken[: len(ties) - len(clear)])
        port_cols = _nearest(cells, [goes(w, node, c) for w in ties]) if nearest else _spread(cells, len(ties))
        if nested and len(ties) > 1:
            # the arcs nest, the one to the next box innermost: on a bracket, from bracket to bracket it would
            # stand over blank cells only (three sides of an empty box); one port in, it crosses a tie instead
            for end, inward in ((0, 1), (len(ties) - 1, len(ties) - 2)):
                terminals = ends[ties[end]]
                if (
                    len(terminals) == 2
                    and port_cols[end] in (left[node], left[node] + wide[node] - 1)
                    and _next_to(node, _other(terminals, node), lines[row_of[node]])
                ):
                    ties[end], ties[inward] = ties[inward], ties[end]
        for w, col in zip(ties, port_cols, strict=True):
            port[(w, node)] = col
            used[c][col] |= reach
    # pieces per channel: each wire's horizontal interval there and the columns of its vertical ends
    pieces: dict[int, list[Piece]] = {c: [] for c in range(len(lines) + 1)}
    for w in range(len(ends)):
        for c, piece_ends in _piece_ends(w, ends, port, row_of, side, gap, (top_row[w], bottom_row[w])):
            pieces[c].append((w, piece_ends))

    # rows: channel 0 (tracks, a port row), box row, channel 1 (port row, tracks, port row), ...
    def rows_at(tops: list[int], step: int, spaced: list[set[int]] | None = None) -> tuple[list[int], int]:
        return _rows_at(tops, step, [bool(pieces[c]) for c in range(len(lines) + 1)], spaced)

    # as many tracks as pieces over one column at least: too tall already, the tracks are not filled
    if rows_at([_density(pieces[c]) for c in range(len(lines) + 1)], 1)[1] > height:
        return None
    track: dict[tuple[int, int], int] = {}  # (piece, channel) -> track (1: nearest the channel's top)
    tops: list[int] = []
    reads: list[Read] = []
    owner: dict[int, int] = {}  # a piece split off a bus's (a dogleg) -> the bus's wire; other pieces are theirs
    for c in range(len(lines) + 1):
        # with buses, as many doglegs as the channel has pieces again at most
        for _ in range(REPAIRS + (0 if nets is None else 4 * len(pieces[c]))):
            folded = _through_itself(pieces[c])
            stuck = folded or _circle(pieces[c])
            if not stuck:
                break
            if _repair(c, stuck, pieces[c], ends, port, row_of, side, (left, wide), used, owner):
                continue
            if nets is None:
                return None  # (a drawing with a line a tie is kept as it was before buses)
            if folded:
                _split_through(*folded[0], pieces[c], ends, owner)
            elif not _dogleg(stuck, pieces[c], ends, owner):
                return None
        else:
            if _circle(pieces[c]):
                return None
        reads.append(_spans(pieces[c]))
        got = _tracks(pieces[c], reads[-1])
        for w, t in got.items():
            track[(w, c)] = t
        tops.append(max(got.values(), default=0))
    step = 2 if apart else 1
    box_row, total_h = rows_at(tops, step)
    if total_h > height and step == 2:
        step = 1
        box_row, total_h = rows_at(tops, step)
    if total_h > height and nets is not None:
        # with buses, too tall: each channel on as few tracks as it goes on, whatever that crosses
        for c in range(len(lines) + 1):
            got = _tracks(pieces[c], reads[c], packed=True)
            track.update(((w, c), t) for w, t in got.items())
            tops[c] = max(got.values(), default=0)
        box_row, total_h = rows_at(tops, step)
    if total_h > height:
        # nesting takes a few more tracks: a drawing far too tall with them is too tall without them too
        return plainly() if total_h - height <= height * NESTED_OVER else None
    # each channel's tracks in another order for fewer crossings, as many of them (so as tall)
    for c in range(len(lines) + 1):
        own = {w: t for (w, at), t in track.items() if at == c}
        if own:
            track.update(((w, c), t) for w, t in _reorder(reads[c], own, step == 2, moves).items())
            tops[c] = max(t for (_, at), t in track.items() if at == c)  # a track emptied: a row less
    box_row, total_h = rows_at(tops, step)
    # tracks on every row: a free row between two tracks whose pieces run side by side, where most do, while
    # the height holds it
    spaced: list[set[int]] = [set() for _ in range(len(lines) + 1)]  # per channel, tracks with a free row after
    if free_rows and step == 1 and total_h < height:
        for c, t in _free_rows(track, reads, height - total_h, pieces):
            spaced[c].add(t)
        box_row, total_h = rows_at(tops, step, spaced)

    def rail(c: int, w: int) -> int:
        t = track[(w, c)]
        # the track's row from the channel's first, a row more for each free row above it
        at = (t - 1) * step + sum(1 for u in spaced[c] if u < t)
        if c == 0:
            return box_row[0] - 2 - ((tops[0] - 1) * step + len(spaced[0]) - at)
        return box_row[c - 1] + 2 + at

    paths: list[tuple[tuple[int, int], ...]] = [()] * len(edges)
    roots = [-1] * len(edges)

    def port_cell(w: int, node: int) -> tuple[int, int]:
        """The cell of a wire's port on ``node``: next to its box, over or under it."""
        return box_row[row_of[node]] + _facing(w, node, ends, row_of, side), port[(w, node)]

    split = set(owner.values())
    for w, terminals in enumerate(ends):
        if len(terminals) > 2 or w in split:
            # a bus, or a tie split by a dogleg: each tie walked along the wire's cells from its root (a tie's
            # first end) to its other end
            tree = _bus_tree(w, pieces, track, gap, top_row[w], box_row, rail, owner)
            root = _root(edges, members[w]) if len(terminals) > 2 else terminals[0]
            for k in members[w]:
                paths[k] = _walk(tree, port_cell(w, root), port_cell(w, _other(edges[k], root)))
                roots[k] = root if len(terminals) > 2 else -1
            continue
        (k,) = members[w]
        a, b = terminals
        if row_of[a] == row_of[b]:
            c = side[w]
            level = rail(c, w)
            port_row = box_row[row_of[a]] + (1 if c == row_of[a] + 1 else -1)
            points = [(port_row, port[(w, a)]), (level, port[(w, a)]), (level, port[(w, b)]), (port_row, port[(w, b)])]
        else:
            top, bottom = (a, b) if row_of[a] < row_of[b] else (b, a)
            i, j = row_of[top], row_of[bottom]
            col, end = port[(w, top)], port[(w, bottom)]
            points = [(box_row[i] + 1, col)]
            for c, to in zip(range(i + 1, j + 1), [*gap.get(w, []), end], strict=True):
                if to != col:
                    points += [(rail(c, w), col), (rail(c, w), to)]
                    col = to
            points.append((box_row[j] - 1, end))
            if top != a:
                points.reverse()
        paths[k] = tuple(_polyline(points))
    if nets is not None and _overlap(paths, wire_of):
        return None
    boxes = tuple((box_row[row_of[n]], left[n], wide[n]) for n in range(count))
    total_w = max(left[n] + wide[n] for n in range(count)) + MARGIN
    return Book(boxes, tuple(paths), total_h, max(total_w, width), tuple(roots) if nets is not None else ())


def _rows_at(
    tops: list[int], step: int, filled: list[bool], spaced: list[set[int]] | None = None
) -> tuple[list[int], int]:
    """Each row of boxes' row on the page, and the page's height, for channels of ``tops`` tracks each (a
    track every ``step`` rows, a free row after each track of ``spaced``); ``filled``: the channels with
    pieces (a channel between rows without tracks is a row of ports, or none)."""
    box_row = []
    at = MARGIN  # the next free row
    for c, t in enumerate(tops):
        last = (t - 1) * step + (len(spaced[c]) if spaced else 0)  # the last track's row in the channel
        if c == 0:
            at += last + 2 if t else 0
        elif c < len(tops) - 1:
            at += 1 + (last + 3 if t else (2 if filled[c] else 1))
        else:
            at += 1 + (last + 2 if t else 0)
        if c < len(tops) - 1:
            box_row.append(at)
    return box_row, at + MARGIN


def _least_tracks(
    ends: list[tuple[int, ...]],
    row_of: dict[int, int],
    side: list[int],
    left: dict[int, int],
    wide: list[int],
    rows: int,
) -> list[int]:
    """Per channel, the most pieces over one column whatever the ports and gaps (:func:`_density` of what is
    sure): a tie between rows next to each other, or within a row, runs over the columns between its boxes
    (a bus is left out)."""
    events: list[list[tuple[int, int]]] = [[] for _ in range(rows + 1)]
    for w, terminals in enumerate(ends):
        if len(terminals) > 2:
            continue
        a, b = terminals
        if abs(row_of[a] - row_of[b]) > 1:
            continue
        c = side[w] if row_of[a] == row_of[b] else max(row_of[a], row_of[b])
        first, last = sorted((a, b), key=lambda n: left[n])
        lo, hi = left[first] + wide[first], left[last] - 1  # the columns between the two boxes
        if lo <= hi:
            events[c] += [(lo, 1), (hi + 2, -1)]
    out = []
    for found in events:
        most = now = 0
        for _, step in sorted(found):
            now += step
            most = max(most, now)
        out.append(most)
    return out


def _free_rows(
    track: dict[tuple[int, int], int], reads: list[Read], spare: int, pieces: dict[int, list[Piece]]
) -> list[tuple[int, int]]:
    """Where to leave a free row between two tracks on every row, at most ``spare`` of them: (channel, the
    track above the row), where most pieces run side by side first (:func:`arcs.free_rows`), but not where
    the free row would be the blank inside of a box (:func:`_boxed`)."""
    on: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (channel, track) -> its pieces' spans
    for (k, c), t in sorted(track.items(), key=lambda item: (item[0][1], item[1], item[0][0])):
        if k in reads[c][0]:
            on.setdefault((c, t), []).append(reads[c][0][k])
    places = free_rows(on, len(on))
    return [(c, t) for c, t in places if not _boxed(c, t, track, pieces[c])][:spare]


def _boxed(c: int, t: int, track: dict[tuple[int, int], int], pieces: list[Piece]) -> bool:
    """Would a free row after track ``t`` of channel ``c`` be the blank inside of a box? A piece whose two ends
    go up from track ``t`` + 1 (or down from ``t``) would have it inside, and the row of track ``t`` (``t`` + 1)
    drawn over its span but for a cell at most: three sides of a box and a row drawn across its mouth."""
    drawn: dict[int, set[int]] = {t: set(), t + 1: set()}  # per track's row, the columns a line draws on
    for k, piece_ends in pieces:
        mine = track.get((k, c), 0)
        lo, hi = _extent(piece_ends)
        if mine in drawn and lo != hi:
            drawn[mine].update(range(lo, hi + 1))
        for col, reach in piece_ends:
            for row in drawn:
                # an end's line passes the track's row: going up from below it, or down from above it
                if lo == hi or (reach == UP and mine > row) or (reach == DOWN and 0 < mine < row):
                    drawn[row].add(col)
    for k, piece_ends in pieces:
        mine = track.get((k, c), 0)
        lo, hi = _extent(piece_ends)
        reaches = {reach for _, reach in piece_ends}
        if len(reaches) > 1 or hi - lo < 3:
            continue
        (r1,) = reaches
        facing = t if (r1 == UP and mine == t + 1) else t + 1 if (r1 == DOWN and mine == t) else None
        if facing is not None and sum(1 for col in range(lo + 1, hi) if col not in drawn[facing]) <= 1:
            return True
    return False


def swapped(given: Arrangement, drawn: Callable[[Arrangement], Book | None], tries: int) -> Arrangement:
    """The arrangement ``given`` with boxes swapped while its drawing crosses less: two neighbours in a row, or two
    boxes one over the other (the same stack; in bands, places at most one apart), each way drawn whole by
    ``drawn`` and its crossings counted; the swaps are tried in turn, going on from the last one kept, until
    none of them takes crossings off or ``tries`` drawings were made."""

    def crossings(arranged: Arrangement) -> int | None:
        found = drawn(arranged)
        if found is None:
            return None
        uses: dict[tuple[int, int], int] = {}
        for path in found.paths:
            for cell in path:
                uses[cell] = uses.get(cell, 0) + 1
        return sum(1 for n in uses.values() if n > 1)

    least = crossings(given)
    if least is None:
        return given
    trials = _swaps(given)
    at = since = 0
    while tries > 0 and since < len(trials):
        trial = trials[at % len(trials)]
        at, since, tries = at + 1, since + 1, tries - 1
        crossed = crossings(trial)
        if crossed is not None and crossed < least:
            least, given, since = crossed, trial, 0
            trials = _swaps(given)
    return given


def _swaps(given: Arrangement) -> list[Arrangement]:
    """The arrangements one swap away (:func:`swapped`), left to right and top to bottom."""
    lines, stacked = given
    place = {n: (r, i) for r, line in enumerate(lines) for i, n in enumerate(line)}
    out = []
    for a, b in itertools.combinations(sorted(place), 2):
        (ra, ia), (rb, ib) = place[a], place[b]
        if ra == rb:
            near = abs(ia - ib) == 1
        else:
            near = abs(ra - rb) == 1 and (stacked[a] == stacked[b] if stacked[a] >= 0 else abs(ia - ib) <= 1)
        if not near:
            continue
        swapped_lines = [list(line) for line in lines]
        swapped_lines[ra][ia], swapped_lines[rb][ib] = b, a
        stacks = list(stacked)
        stacks[a], stacks[b] = stacked[b], stacked[a]
        out.append((tuple(tuple(line) for line in swapped_lines), tuple(stacks)))
    return out


def _cheapest(
    aim: float, width: int, fits: Callable[[int], bool], cost: Callable[[int], tuple[float, int]]
) -> int | None:
    """The column of ``range(width)`` that fits at the least cost (the leftmost of equals), or None; a column's
    cost is its distance from ``aim`` at least, so the columns are read outward from ``aim`` until they are
    further from it than the cheapest found."""
    best: tuple[float, int] | None = None
    left = min(max(round(aim), 0), width - 1)  # the next column to read on the left (going left) ...
    right = left + 1  # ... and on the right (going right): nearest to ``aim`` first
    while left >= 0 or right < width:
        if right >= width or (left >= 0 and abs(left - aim) <= abs(right - aim)):
            g, left = left, left - 1
        else:
            g, right = right, right + 1
        if best is not None and abs(g - aim) > best[0]:
            break  # every column not read is further still
        if fits(g):
            here = cost(g)
            if best is None or here < best:
                best = here
    return None if best is None else best[1]


def _span(a: float, b: float, width: int) -> range:
    """The columns between two places, within the width."""
    lo, hi = sorted((min(max(round(a), 0), width), min(max(round(b), 0), width)))
    return range(lo, hi + 1)


def _nearest(cells: list[int], aims: list[float]) -> list[int]:
    """A cell for each aim (both left to right), in order, the sum of their distances the least."""
    n, m = len(aims), len(cells)
    inf = float("inf")
    # best[i][j]: the least sum for the first i aims in the first j cells
    best = [[0.0] * (m + 1)] + [[inf] * (m + 1) for _ in range(n)]
    for i in range(1, n + 1):
        row, before = best[i], best[i - 1]
        for j in range(i, m + 1):
            row[j] = min(row[j - 1], before[j - 1] + abs(cells[j - 1] - aims[i - 1]))
    out = []
    j = m
    for i in range(n, 0, -1):
        while best[i][j] == best[i][j - 1]:
            j -= 1
        out.append(cells[j - 1])
        j -= 1
    return out[::-1]


def _spread(cells: list[int], count: int) -> list[int]:
    """``count`` of a box side's ``cells`` (columns, left to right), evenly spread over them."""
    return [cells[(2 * i + 1) * len(cells) // (2 * count)] for i in range(count)]


def _repair(
    c: int,
    stuck: list[tuple[int, int]],
    pieces: list[Piece],
    ends: list[tuple[int, ...]],
    port: dict[tuple[int, int], int],
    row_of: dict[int, int],
    side: list[int],
    box: tuple[dict[int, int], list[int]],
    used: dict[int, list[int]],
    owner: dict[int, int],
) -> bool:
    """Constraints that go round in a circle (:func:`_circle`), or a bus through itself
    (:func:`_through_itself`), broken: a port at one of their columns moved to a cell of its box's side that
    no line uses in the channel. False when there is none."""
    for col, down in stuck:
        ties = {owner.get(k, k) for k, piece_ends in pieces if k == down or (col, UP) in piece_ends}
        for k in sorted(ties):
            for node in ends[k]:
                if port.get((k, node)) != col or _channel(k, node, ends, row_of, side) != c:
                    continue
                spare = [x for x in range(box[0][node], box[0][node] + box[1][node]) if not used[c][x]]
                if not spare:
                    continue
                new = min(spare, key=lambda x: (abs(x - col), x))
                reach = UP if c == row_of[node] + 1 else DOWN
                used[c][col] &= ~reach
                used[c][new] |= reach
                port[(k, node)] = new
                for i, (t, piece_ends) in enumerate(pieces):
                    if owner.get(t, t) == k:
                        pieces[i] = (t, tuple((new if (x, r) == (col, reach) else x, r) for x, r in piece_ends))
                return True
    return False


def _other(edge: tuple[int, int], node: int) -> int:
    """The other end of a tie."""
    return edge[1] if edge[0] == node else edge[0]


def _next_to(node: int, other: int, line: list[int]) -> bool:
    """Are two nodes next to each other in a row (``line``)?"""
    return other in line and abs(line.index(other) - line.index(node)) == 1


def _port_order(to: float, here: float, arc: bool, k: int) -> tuple[int, float, int]:
    """Where a tie's port goes on its box's side, left to right: ties within the row going left first, the
    nearest one leftmost; then the ties to other rows in the order of where they go; then those within the row
    going right, the nearest one rightmost. So no two ties of a box cross in its channel: two arcs from one box
    to the same side nest, and an arc's port is outside those of the ties going down the same way."""
    if arc:
        return (0, -to, k) if to < here else (2, -to, k)
    return (1, to, k)


def _channel(w: int, node: int, ends: list[tuple[int, ...]], row_of: dict[int, int], side: list[int]) -> int:
    """The channel a wire's port on ``node`` opens into: the one it runs in within a row; else down from its
    boxes but the lowest ones, which it reaches from above."""
    rows = [row_of[n] for n in ends[w]]
    if min(rows) == max(rows):
        return side[w]
    return row_of[node] + (0 if row_of[node] == max(rows) else 1)


def _facing(w: int, node: int, ends: list[tuple[int, ...]], row_of: dict[int, int], side: list[int]) -> int:
    """The row of a wire's port on ``node`` from its box's: 1 under it, -1 over it."""
    return 1 if _channel(w, node, ends, row_of, side) == row_of[node] + 1 else -1


def _wires(edges: Edges, nets: tuple[int, ...] | None) -> tuple[list[tuple[int, ...]], list[list[int]]]:
    """The lines to draw: each a tie (its two ends) or a bus (the ends of two or more ties of one net that all
    leave one node, its root), in the order of their first ties, and the ties of each."""
    if nets is None:
        return list(edges), [[k] for k in range(len(edges))]
    groups: dict[int, list[int]] = {}
    for k, net in enumerate(nets):
        groups.setdefault(net, []).append(k)
    ends: list[tuple[int, ...]] = []
    members: list[list[int]] = []
    for k, net in enumerate(nets):
        ties = groups[net]
        if len(ties) > 1 and _root(edges, ties) >= 0:
            if ties[0] == k:
                ends.append(tuple(sorted({n for t in ties for n in edges[t]})))
                members.append(ties)
        else:
            ends.append(edges[k])
            members.append([k])
    return ends, members


def _root(edges: Edges, ties: list[int]) -> int:
    """The node every one of ``ties`` leaves from, or -1."""
    common = set(edges[ties[0]])
    for k in ties[1:]:
        common &= set(edges[k])
    return min(common) if len(common) == 1 else -1


def _hull(place: dict[int, float], nodes: tuple[int, ...]) -> tuple[float, float]:
    """The leftmost and rightmost of the nodes' places."""
    return min(place[n] for n in nodes), max(place[n] for n in nodes)


def _extent(piece_ends: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The columns a piece's track runs between (one column: no track, a line straight down the channel)."""
    return min(col for col, _ in piece_ends), max(col for col, _ in piece_ends)


def _piece_ends(
    w: int,
    ends: list[tuple[int, ...]],
    port: dict[tuple[int, int], int],
    row_of: dict[int, int],
    side: list[int],
    gap: dict[int, list[int]],
    rows: tuple[int, int],
) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
    """A wire's pieces, (channel, ends) each: within a row, its ports in its channel; between rows ``rows``
    (its top and bottom), in every channel between, its ports and gaps reaching up from it, then those
    reaching down."""
    i, j = rows
    terminals = ends[w]
    if i == j:
        reach = UP if side[w] == i + 1 else DOWN
        return [(side[w], tuple((port[(w, n)], reach) for n in terminals))]
    through = gap.get(w, [])
    out = []
    for c in range(i + 1, j + 1):
        upward = [
            (port[(w, n)], UP) for n in terminals if row_of[n] == c - 1 and _channel(w, n, ends, row_of, side) == c
        ]
        downward = [
            (port[(w, n)], DOWN) for n in terminals if row_of[n] == c and _channel(w, n, ends, row_of, side) == c
        ]
        if c - 1 > i:
            upward.append((through[c - 2 - i], UP))
        if c < j:
            downward.append((through[c - 1 - i], DOWN))
        out.append((c, tuple(upward + downward)))
    return out


def _bus_tree(
    w: int,
    pieces: dict[int, list[Piece]],
    track: dict[tuple[int, int], int],
    gap: dict[int, list[int]],
    top: int,
    box_row: list[int],
    rail: Callable[[int, int], int],
    owner: dict[int, int],
) -> dict[tuple[int, int], set[tuple[int, int]]]:
    """A bus's cells, each with the cells it joins: in each channel its track, and from it a line up or down
    to each port (the row next to its box) or gap (through the row of boxes, to the next channel's track)."""
    joins: dict[tuple[int, int], set[tuple[int, int]]] = {}

    def line(points: list[tuple[int, int]]) -> None:
        cells = _polyline(points)
        for one, other in zip(cells, cells[1:], strict=False):
            joins.setdefault(one, set()).add(other)
            joins.setdefault(other, set()).add(one)

    through = gap.get(w, [])
    jogs: dict[tuple[int, int], list[int]] = {}  # (channel, column) -> the rows of the tracks a dogleg joins
    for c, channel_pieces in pieces.items():
        for k, piece_ends in channel_pieces:
            if owner.get(k, k) != w:
                continue
            for col, reach in piece_ends:
                if reach == JOG:
                    jogs.setdefault((c, col), []).append(rail(c, k))
            # where each end's line stops: the port row next to a box, or the row of boxes a gap goes through
            stops = []
            for col, reach in piece_ends:
                if reach == JOG:
                    continue
                row = c - 1 if reach == UP else c
                port_row = box_row[row] + (1 if reach == UP else -1)
                down_gap = top < row and row - top - 1 < len(through) and through[row - top - 1] == col
                stops.append((box_row[row] if down_gap else port_row, col))
            if (k, c) not in track:  # one column: straight down the channel
                line(stops)
                continue
            level = rail(c, k)
            lo, hi = _extent(piece_ends)
            line([(level, lo), (level, hi)])
            for stop in stops:
                line([(level, stop[1]), stop])
    for (_, col), rows in jogs.items():
        line([(min(rows), col), (max(rows), col)])
    return joins


def _walk(
    joins: dict[tuple[int, int], set[tuple[int, int]]], start: tuple[int, int], goal: tuple[int, int]
) -> tuple[tuple[int, int], ...]:
    """The cells of a bus from ``start`` to ``goal`` (a tree: one way)."""
    came: dict[tuple[int, int], tuple[int, int] | None] = {start: None}
    todo = [start]
    while todo:
        cell = todo.pop()
        if cell == goal:
            break
        for nxt in sorted(joins.get(cell, ())):
            if nxt not in came:
                came[nxt] = cell
                todo.append(nxt)
    out = [goal]
    while (back := came[out[-1]]) is not None:
        out.append(back)
    return tuple(reversed(out))


def _overlap(paths: list[tuple[tuple[int, int], ...]], wire_of: list[int]) -> bool:
    """Do two lines share a cell other than where they cross straight, or a bus branch four ways? (A bus's
    ties share the cells from its root to where they branch; the drawing's exactness rule, docs/MAP.md.)"""
    masks: dict[tuple[int, int], dict[int, int]] = {}
    for k, path in enumerate(paths):
        wire = wire_of[k]
        for i, cell in enumerate(path):
            mask = 0
            for j in (i - 1, i + 1):
                if 0 <= j < len(path):
                    dr, dc = path[j][0] - cell[0], path[j][1] - cell[1]
                    mask |= {(-1, 0): 1, (0, 1): 2, (1, 0): 4, (0, -1): 8}[(dr, dc)]
            at = masks.setdefault(cell, {})
            at[wire] = at.get(wire, 0) | mask
    for at in masks.values():
        if any(mask == 15 for mask in at.values()):
            return True
        if len(at) > 2 or (len(at) == 2 and sorted(at.values()) != [5, 10]):
            return True
    return False


def _polyline(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cells of a line through ``points`` (each straight across or down from the one before)."""
    cells = [points[0]]
    for (r0, c0), (r1, c1) in zip(points, points[1:], strict=False):
        dr, dc = (r1 > r0) - (r1 < r0), (c1 > c0) - (c1 < c0)
        r, c = r0, c0
        while (r, c) != (r1, c1):
            r, c = r + dr, c + dc
            cells.append((r, c))
    return cells


def _density(pieces: list[Piece]) -> int:
    """The most pieces of a channel over one column (with the blank cell after each): its fewest tracks."""
    extents = [_extent(piece_ends) for _, piece_ends in pieces]
    events = sorted((col, step) for lo, hi in extents if lo != hi for col, step in ((lo, 1), (hi + 2, -1)))
    most = now = 0
    for _, step in events:
        now += step
        most = max(most, now)
    return most


def _dogleg(
    stuck: list[tuple[int, int]], pieces: list[Piece], ends: list[tuple[int, ...]], owner: dict[int, int]
) -> bool:
    """Constraints that go round in a circle broken by a *dogleg*, as channel routers do: a piece that must lie
    above another at one column and under one at another is split in two between them, each part on a track
    of its own: at one of its ends there (a bus's branch, on the nearer track), or else at a column no line
    of the channel uses, joined by a line between the two tracks (:data:`JOG`). The new part's wire is kept
    in ``owner``. False when no piece in the circle has room between."""
    ups = {(col, k) for k, piece_ends in pieces for col, reach in piece_ends if reach == UP}
    taken = {col for _, piece_ends in pieces for col, _ in piece_ends}
    involved: dict[int, tuple[set[int], set[int]]] = {}  # piece -> its columns above another, and under one
    for col, down in stuck:
        involved.setdefault(down, (set(), set()))[1].add(col)
        for k in {k for c, k in ups if c == col and k != down}:
            involved.setdefault(k, (set(), set()))[0].add(col)
    for k, piece_ends in pieces:
        if k not in involved:
            continue
        over, under = involved[k]
        for x1, x2 in sorted((min(a, b), max(a, b)) for a in over for b in under):

            def nearest(cols: set[int], x1: int = x1, x2: int = x2) -> list[int]:
                return sorted((col for col in cols if x1 < col < x2), key=lambda col: (abs(2 * col - x1 - x2), col))

            own = nearest({col for col, _ in piece_ends})
            free = nearest(set(range(x1 + 1, x2)) - taken)
            if not own and not free:
                continue
            at, joint = (own[0], ()) if own else (free[0], ((free[0], JOG),))
            left = tuple(end for end in piece_ends if end[0] <= at) + joint
            _split(k, (left, joint + tuple(end for end in piece_ends if end[0] >= at)), pieces, ends, owner)
            return True
    return False


def _split(
    k: int,
    parts: tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]],
    pieces: list[Piece],
    ends: list[tuple[int, ...]],
    owner: dict[int, int],
) -> None:
    """Piece ``k`` of a channel in two ``parts``, the second a new piece of its wire (kept in ``owner``)."""
    new = max([len(ends) - 1, *owner]) + 1  # past every wire: a piece's number is its wire's
    owner[new] = owner.get(k, k)
    i = next(i for i, (piece, _) in enumerate(pieces) if piece == k)
    pieces[i] = (k, parts[0])
    pieces.append((new, parts[1]))


def _split_through(col: int, k: int, pieces: list[Piece], ends: list[tuple[int, ...]], owner: dict[int, int]) -> None:
    """A bus's piece that goes up and down from one column inside its span (:func:`_through_itself`) in two: the
    ends left of it with the one going up, and the one going down with those right of it, joined down that
    column (:data:`JOG`; the first part above the second, as their ends there say)."""
    piece_ends = next(found for piece, found in pieces if piece == k)
    joint = ((col, JOG),)
    left = tuple(end for end in piece_ends if end[0] < col or end == (col, UP)) + joint
    right = joint + tuple(end for end in piece_ends if end[0] > col or end == (col, DOWN))
    _split(k, (left, right), pieces, ends, owner)


def _through_itself(pieces: list[Piece]) -> list[tuple[int, int]]:
    """Where a bus would branch four ways (a line up and a line down from one column inside its track's
    span, which reads as a crossing): the columns, each with the bus."""
    out = []
    for k, piece_ends in pieces:
        lo, hi = _extent(piece_ends)
        columns = [col for col, _ in piece_ends if lo < col < hi]
        out += [(col, k) for col in sorted(set(columns)) if columns.count(col) > 1]
    return out


def _circle(pieces: list[Piece]) -> list[tuple[int, int]]:
    """Where a channel's constraints go round in a circle (a tie coming down to a track at a column must lie
    above one going on down from it): the columns, each with the tie going down from there, of the
    constraints among the ties that no order can place; none when there is an order."""
    up_at: dict[int, list[int]] = {}
    down_at: dict[int, list[int]] = {}
    for k, piece_ends in pieces:
        lo, hi = _extent(piece_ends)
        if lo != hi:
            for col, reach in piece_ends:
                (up_at if reach == UP else down_at).setdefault(col, []).append(k)
    pairs = [
        (col, first, then)
        for col, downs in down_at.items()
        for then in downs
        for first in up_at.get(col, ())
        if first != then
    ]
    waiting: dict[int, int] = {}
    after: dict[int, list[int]] = {}
    for _, first, then in pairs:
        waiting[then] = waiting.get(then, 0) + 1
        after.setdefault(first, []).append(then)
    ready = [k for k in after if not waiting.get(k)]
    while ready:
        for then in after.get(ready.pop(), ()):
            waiting[then] -= 1
            if not waiting[then]:
                ready.append(then)
    return sorted((col, then) for col, first, then in pairs if waiting.get(then) and waiting.get(first))


def _tracks(pieces: list[Piece], read: Read | None = None, packed: bool = False) -> dict[int, int]:
    """Each piece's track (1: nearest the channel's top), the best of three ways (:func:`_left_edge`,
    :func:`_by_leaning`, the latter keeping ties under those that cross them less over them): fewer
    crossings, a track counted as :data:`TRACK_COST` of them. The vertical constraints must not go round in
    a circle (:func:`_circle`). A piece whose ends are one column is a straight line: no track. ``read``:
    the pieces already read (:func:`_spans`). ``packed``: the fewest tracks first, then the fewest crossings."""
    spans, above, inside = read or _spans(pieces)
    # a tie's leaning: down (more) when the others' lines reaching up into the channel within its span would
    # cross it above them, up when those reaching down would
    lean = dict.fromkeys(spans, 0)
    for k, found in inside.items():
        for reach, m in found:
            if reach == UP:
                lean[k] += 1
                if m in lean:
                    lean[m] -= 1
            elif reach == DOWN:
                lean[k] -= 1
                if m in lean:
                    lean[m] += 1
    # a tie that crosses another fewer times over it than under it is put over it, when placed after it
    count: dict[tuple[int, int], int] = {}  # (k, m): ends of m reaching up (k, -1 - m: down) in k's span
    for k, found in inside.items():
        for reach, m in found:
            if reach in (UP, DOWN):
                key = (k, m if reach == UP else -1 - m)
                count[key] = count.get(key, 0) + 1
    over: dict[int, set[int]] = {}
    for k, m in {(k, m if m >= 0 else -1 - m) for k, m in count}:
        if m not in spans:
            continue
        for a, b in ((k, m), (m, k)):
            # a over b crosses b's lines reaching up in a's span and a's reaching down in b's
            if count.get((a, b), 0) + count.get((b, -1 - a), 0) < count.get((b, a), 0) + count.get((a, -1 - b), 0):
                over.setdefault(b, set()).add(a)
    best: tuple[tuple[int, int], dict[int, int]] | None = None
    for way in (_left_edge, _by_leaning, functools.partial(_by_leaning, over=over)):
        track = way(spans, above, lean)
        if track is None:
            continue
        tracks = max(track.values(), default=0)
        score = (tracks, _crossed(track, inside)) if packed else (_crossed(track, inside) + TRACK_COST * tracks, 0)
        if best is None or score < best[0]:
            best = (score, track)
    assert best is not None  # the constraints do not go round (see _circle)
    return best[1]


def _reorder(read: Read, track: dict[int, int], rows_apart: bool, moves: bool = False) -> dict[int, int]:
    """A channel's tracks (:func:`_tracks`) with fewer crossings, as many tracks (:func:`_reordered`, then with
    ``moves`` :func:`_moved`); ``read``: its pieces read (:func:`_spans`); ``rows_apart``: its tracks are every
    other row (else on every row, where two pieces on tracks next to each other run side by side, and no more
    of those are made)."""
    spans, above, inside = read
    if len(spans) < 2:
        return track
    better = _reordered(spans, above, inside, track, rows_apart)
    better = better if _crossed(better, inside) < _crossed(track, inside) else track
    return _moved(spans, above, inside, better, rows_apart) if moves else better


#: A channel's pieces read (:func:`_spans`): their spans, the pieces each must lie under, the ends within each.
Read = tuple[dict[int, tuple[int, int]], dict[int, set[int]], dict[int, list[tuple[int, int]]]]


def _spans(pieces: list[Piece]) -> Read:
    """A channel's pieces read: each piece's span (a piece whose ends are one column has none), the pieces
    each must lie under (a line coming down to a track at a column lies above one going on down from it), and
    the ends of the others strictly within each span (UP, DOWN or THROUGH, and whose)."""
    spans: dict[int, tuple[int, int]] = {}
    ends: list[tuple[int, int, int]] = []  # (column, UP, DOWN or THROUGH, tie)
    for k, piece_ends in pieces:
        lo, hi = _extent(piece_ends)
        if lo == hi:
            ends.append((lo, THROUGH, k))
            continue
        spans[k] = (lo, hi)
        ends += [(col, reach, k) for col, reach in piece_ends]
    up_at: dict[int, list[int]] = {}
    for col, reach, k in ends:
        if reach == UP:
            up_at.setdefault(col, []).append(k)
    above: dict[int, set[int]] = {}  # piece -> the pieces whose track must be above its own
    for col, reach, k in ends:
        if reach == DOWN:
            above.setdefault(k, set()).update(other for other in up_at.get(col, ()) if other != k)
    above = {k: found for k, found in above.items() if found}
    inside = {k: [(reach, m) for col, reach, m in ends if lo < col < hi and m != k] for k, (lo, hi) in spans.items()}
    return spans, above, inside


def _reordered(
    spans: dict[int, tuple[int, int]],
    above: dict[int, set[int]],
    inside: dict[int, list[tuple[int, int]]],
    track: dict[int, int],
    rows_apart: bool = True,
) -> dict[int, int]:
    """The pieces' tracks with fewer crossings and no more tracks, by moving pieces in the order top to bottom.

    Whether two pieces cross depends only on which of them is above the other, and only when their spans
    overlap: ``k`` above ``m`` crosses each line of ``m`` reaching up within ``k``'s span and each of ``k``'s
    reaching down within ``m``'s. So the tracks are an order of the pieces (top first), each piece on the
    track under the lowest piece before it whose span it touches. Each piece in turn is moved to the place
    in the order where the channel crosses least (the pieces that must be above it kept above it, those it
    must be above below it), when that takes crossings off and needs no more tracks than ``track`` has
    (:data:`REORDER_PASSES` passes at most): the channel is as tall as before, with fewer crossings. With
    tracks on every row (not ``rows_apart``), a move is kept only when it puts no more pieces that overlap by
    two columns or more on tracks next to each other (lines side by side)."""
    cost = _pair_costs(spans, inside)  # (k, m): crossings of the two when k is above m
    # for each piece, the crossings it adds by being above another rather than under it (where not 0)
    above_adds: dict[int, dict[int, int]] = {k: {} for k in spans}
    for (k, m), n in cost.items():
        above_adds[k][m] = above_adds[k].get(m, 0) + n
        above_adds[m][k] = above_adds[m].get(k, 0) - n
    over_it: dict[int, set[int]] = {k: set() for k in spans}  # the pieces that must be above it
    under_it: dict[int, set[int]] = {k: set() for k in spans}  # those it must be above
    for k, ms in above.items():
        for m in ms:
            over_it[k].add(m)
            under_it[m].add(k)
    keys = sorted(spans)
    touch = {
        k: [m for m in keys if m != k and spans[m][0] <= spans[k][1] + 1 and spans[k][0] <= spans[m][1] + 1]
        for k in keys
    }
    # pieces that run side by side when on tracks next to each other, on every row
    close = {
        k: [m for m in touch[k] if m > k and min(spans[k][1], spans[m][1]) - max(spans[k][0], spans[m][0]) >= 1]
        for k in keys
    }
    cap = max(track.values())
    size = max(keys) + 1

    def tracks(order: list[int], same: int = 0, before: list[int] | None = None) -> list[int] | None:
        """Each piece's track for the order (0: no piece), or None when that needs more than ``cap``; the
        first ``same`` pieces of the order placed as in ``before``."""
        out = [0] * size
        if before is not None:
            for k in order[:same]:
                out[k] = before[k]
        for k in order[same if before is not None else 0 :]:
            t = 1 + max(map(out.__getitem__, touch[k]), default=0)
            if t > cap:
                return None
            out[k] = t
        return out

    pairs = [] if rows_apart else [(k, m) for k in keys for m in close[k]]
    pairs_of: dict[int, list[tuple[int, int]]] = {}
    for pair in pairs:
        for k in pair:
            pairs_of.setdefault(k, []).append(pair)

    def beside(out: list[int]) -> int:
        return sum(1 for k, m in pairs if out[k] - out[m] in (1, -1))

    def beside_now(now: int, before: list[int], after: list[int]) -> int:
        """``beside(after)``, from ``now``, ``beside(before)``: only the pairs of a piece whose track moved."""
        if not pairs:
            return 0
        moved = {pair for k in keys if before[k] != after[k] for pair in pairs_of.get(k, ())}
        return (
            now
            - sum(1 for k, m in moved if before[k] - before[m] in (1, -1))
            + sum(1 for k, m in moved if after[k] - after[m] in (1, -1))
        )

    order = sorted(spans, key=lambda k: (track[k], spans[k][0], k))
    packed = tracks(order)
    assert packed is not None  # the same order as ``track``, packed as high as it goes
    alongside = beside(packed)
    for _ in range(REORDER_PASSES):
        moved = False
        for k in list(order):
            mine, over, under = above_adds[k], over_it[k], under_it[k]
            if not mine:
                continue  # it crosses nothing whichever way round: no place is better
            i = order.index(k)
            moves: list[tuple[int, int]] = []  # (crossings taken off, as a negative number; place)
            gain = 0
            for j in range(i - 1, -1, -1):  # k moved above order[j]
                m = order[j]
                if m in over:
                    break
                gain += mine.get(m, 0)
                if gain < 0:
                    moves.append((gain, j))
            gain = 0
            for j in range(i + 1, len(order)):  # k moved under order[j]
                m = order[j]
                if m in under:
                    break
                gain -= mine.get(m, 0)
                if gain < 0:
                    moves.append((gain, j))
            for _, at in sorted(moves)[:REORDER_TRIES]:
                trial = order[:i] + order[i + 1 :]
                trial.insert(at, k)
                tried = tracks(trial, min(i, at), packed)
                if tried is None:
                    continue
                then = beside_now(alongside, packed, tried)
                if then <= alongside:
                    order, packed, moved, alongside = trial, tried, True, then
                    break
        if not moved:
            break
    return {k: packed[k] for k in spans}


def _pair_costs(
    spans: dict[int, tuple[int, int]], inside: dict[int, list[tuple[int, int]]]
) -> dict[tuple[int, int], int]:
    """(k, m): how often pieces ``k`` and ``m`` of a channel cross when ``k`` is above ``m`` (each line of ``m``
    reaching up within ``k``'s span, each of ``k``'s reaching down within ``m``'s); pairs that never cross
    that way round are left out."""
    cost: dict[tuple[int, int], int] = {}
    for k, found in inside.items():
        for reach, m in found:
            if m in spans and reach in (UP, DOWN):
                pair = (k, m) if reach == UP else (m, k)
                cost[pair] = cost.get(pair, 0) + 1
    return cost


def _moved(
    spans: dict[int, tuple[int, int]],
    above: dict[int, set[int]],
    inside: dict[int, list[tuple[int, int]]],
    track: dict[int, int],
    rows_apart: bool,
) -> dict[int, int]:
    """The pieces' tracks with fewer crossings, each piece moved to another track where it fits, or two pieces
    whose spans overlap swapping their tracks, while that takes crossings off (:data:`MOVE_PASSES` passes at
    most), the constraints between them kept and, with tracks on every row, no more pieces side by side; then
    the tracks left empty taken out. No more tracks than before: two ties of one box that :func:`_reordered`
    left crossing twice (one piece would have to go above the other, and the pieces between have no room)
    swap their tracks."""
    cost = _pair_costs(spans, inside)  # (k, m): crossings of the two when k is above m
    keys = sorted(spans)
    touch = {
        k: [m for m in keys if m != k and spans[m][0] <= spans[k][1] + 1 and spans[k][0] <= spans[m][1] + 1]
        for k in keys
    }
    close = {
        k: {m for m in touch[k] if min(spans[k][1], spans[m][1]) - max(spans[k][0], spans[m][0]) >= 1} for k in keys
    }
    over_it: dict[int, set[int]] = {k: set() for k in keys}  # the pieces that must be above it
    under_it: dict[int, set[int]] = {k: set() for k in keys}  # those it must be above
    for k, ms in above.items():
        for m in ms:
            if k in over_it and m in under_it:
                over_it[k].add(m)
                under_it[m].add(k)
    out = dict(track)
    cap = max(out.values(), default=0)

    # for each piece, the others it crosses one way round or the other: (other, crossings over it, under it)
    rel = {
        k: [(m, cost.get((k, m), 0), cost.get((m, k), 0)) for m in touch[k] if (k, m) in cost or (m, k) in cost]
        for k in keys
    }

    def crossings(k: int, at: int, skip: int = -1) -> int:
        return sum((over if at < out[m] else under) for m, over, under in rel[k] if m != skip)

    def fits(k: int, at: int, skip: int = -1) -> bool:
        if any(out[m] == at for m in touch[k] if m != skip):
            return False
        return all(out[m] < at for m in over_it[k] if m != skip) and all(out[m] > at for m in under_it[k] if m != skip)

    def beside(k: int, at: int, skip: int = -1) -> int:
        return 0 if rows_apart else sum(1 for m in close[k] if m != skip and out[m] - at in (1, -1))

    # the fewest crossings each piece could have with the others, each pair the better way round
    least = {k: sum(min(over, under) for _, over, under in rel[k]) for k in keys}
    for _ in range(MOVE_PASSES):
        moved = False
        for k in keys:
            here = out[k]
            now = crossings(k, here)
            if now <= least[k]:
                continue
            # to another track where it fits
            best: tuple[int, int, int] | None = None  # (crossings taken off, as a negative number; track; swap)
            taken = {out[m] for m in touch[k]}
            top = max((out[m] for m in over_it[k]), default=0) + 1
            bottom = min((out[m] for m in under_it[k]), default=cap + 1) - 1
            for at in range(top, bottom + 1):
                if at != here and at not in taken:
                    gain = crossings(k, at) - now
                    if gain < 0 and beside(k, at) <= beside(k, here) and (best is None or (gain, at) < best[:2]):
                        best = (gain, at, -1)
            # or swapping tracks with a piece it crosses one way round or the other
            for m, _, _ in rel[k]:
                there = out[m]
                if m in over_it[k] or m in under_it[k] or not (fits(k, there, m) and fits(m, here, k)):
                    continue
                before = now + crossings(m, there, k)
                out[k], out[m] = there, here
                after = crossings(k, there) + crossings(m, here, k)
                apart = beside(k, there, m) + beside(m, here, k)
                out[k], out[m] = here, there
                gain = after - before
                if (
                    gain < 0
                    and apart <= beside(k, here, m) + beside(m, there, k)
                    and (best is None or (gain, there) < best[:2])
                ):
                    best = (gain, there, m)
            if best is not None:
                _, at, m = best
                if m >= 0:
                    out[m] = here
                out[k] = at
                moved = True
        if not moved:
            break
    # the tracks left empty taken out
    left = sorted(set(out.values()))
    number = {t: i for i, t in enumerate(left, 1)}
    return {k: number[t] for k, t in out.items()}


def _crossed(track: dict[int, int], inside: dict[int, list[tuple[int, int]]]) -> int:
    """Crossings in a channel: a line reaching up (down) from a track crosses the tracks above (below) it."""
    total = 0
    for k, found in inside.items():
        for reach, m in found:
            if reach == THROUGH or (reach == UP and track[m] > track[k]) or (reach == DOWN and track[m] < track[k]):
                total += 1
    return total


def _left_edge(
    spans: dict[int, tuple[int, int]], above: dict[int, set[int]], lean: dict[int, int]
) -> dict[int, int] | None:
    """The left-edge algorithm with vertical constraints: track after track, the pieces in the order of their
    left ends, each that fits after the one before it with a blank between and whose ties that must be
    above it are; None when none can be placed."""
    track: dict[int, int] = {}
    order = sorted(spans, key=lambda k: (spans[k][0], spans[k][1], k))
    t = 0
    while len(track) < len(spans):
        t += 1
        last = -2
        placed = []
        for k in order:
            lo, hi = spans[k]
            if k in track or lo <= last + 1 or any(p not in track for p in above.get(k, ())):
                continue
            placed.append(k)
            last = hi
        if not placed:
            return None
        for k in placed:
            track[k] = t
    return track


def _by_leaning(
    spans: dict[int, tuple[int, int]],
    above: dict[int, set[int]],
    lean: dict[int, int],
    over: dict[int, set[int]] | None = None,
) -> dict[int, int] | None:
    """The pieces leaning up first (among those whose ties that must be above them are placed), each on the
    highest track it fits on with a blank either side, below those ties (and, with ``over``, below the ties
    placed before it that cross it less over it); None when the constraints go round."""
    below: dict[int, list[int]] = {}
    waiting = {k: len(above.get(k, ())) for k in spans}
    for k, before in above.items():
        for m in before:
            below.setdefault(m, []).append(k)
    ready = [(lean[k], spans[k][0], k) for k in spans if not waiting[k]]
    heapq.heapify(ready)
    taken: list[list[tuple[int, int]]] = []
    track: dict[int, int] = {}
    while ready:
        _, _, k = heapq.heappop(ready)
        lo, hi = spans[k]
        t = max((track[m] for m in above.get(k, ())), default=0) + 1
        if over is not None:
            t = max(t, max((track[m] + 1 for m in over.get(k, ()) if m in track), default=0))
        while t <= len(taken) and any(lo <= b + 1 and a <= hi + 1 for a, b in taken[t - 1]):
            t += 1
        if t > len(taken):
            taken.append([])
        taken[t - 1].append((lo, hi))
        track[k] = t
        for m in below.get(k, ()):
            waiting[m] -= 1
            if not waiting[m]:
                heapq.heappush(ready, (lean[m], spans[m][0], m))
    return track if len(track) == len(spans) else None
