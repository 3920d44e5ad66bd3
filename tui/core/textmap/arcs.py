"""A dense network drawn along a line: every node in one row, every tie an arc above or below it.

On a dense network (Les Misérables' second cluster: 12 of its 17 members tied
to nearly every other) the grid layout and the one-tie-at-a-time router
(``route.py``) walls nodes in: some tie finds no way on every spacing, or the
drawing crosses itself more than twice a tie. Drawn as a *book* instead —
the nodes on one row, each tie a bracket-shaped arc on a horizontal *track*
above the row (the top page) or below it (the bottom page) — every tie has
a way by construction, and two ties cross exactly once when their ends
interleave along the row in the same page, never otherwise:

* **Order along the row**: the stress layout's first axis (``layout.py``),
  then each node moved to whichever place leaves fewer interleaving pairs
  (counted with the pages chosen as below), while that helps and the work
  allowed (:data:`ORDER_WORK`, counted, not timed) lasts.
* **Pages**: the ties, shortest first, each into the page where it
  interleaves with fewer ties already there (the top one when equal).
* **Ports**: on each side of a box, the ties going left take the left ports
  and those going right the right ones, the nearer a tie's other end the
  further out, so two ties of one node never cross; ports are spread over
  the box between its brackets (every other cell when there is room), so
  lines stand apart and an arc has a label in its mouth (over the brackets
  too when the boxes widened for that do not fit).
* **Tracks**: shortest first, each tie one track above the highest tie it
  overlaps (a tie over another is above it: nested ties never cross), and
  tracks every other row when there is room, so lines stand apart (every
  row when that would close an empty box: a track of lines under a blank
  row can; with no blank row under a track none is closed).

The drawing obeys docs/MAP.md's exactness rule: a tie's port points into its
box, corners sit on tracks, a vertical line crosses only other ties' tracks
and only where it is straight. With two cells or more between boxes, no tie
closes an empty box, and as no port is over a bracket, an arc never stands over
blank cells only (three sides of an empty box). Nothing here draws glyphs: :func:`book` gives the
boxes and each tie's cells, and ``draw.py`` paints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tui.core.textmap import layout

#: Work allowed for improving the order along the row (pairs of ties compared; about half a second).
ORDER_WORK = 3_000_000
#: Blank cells between two boxes on the row (two or more: an arc between neighbours closes no box).
GAP = 2
#: Blank rows and columns around the drawing.
MARGIN = 1
#: Two lines on tracks next to each other whose spans overlap by this many columns (two straight cells side
#: by side) are given a free row between them where the height holds it (:func:`free_rows`).
FREE_ROW_OVERLAP = 3


@dataclass(frozen=True)
class Book:
    """Where everything goes: each node's box (row, column, width), each tie's cells (row, column) from
    its first node's port to its second's, and the size of the grid."""

    boxes: tuple[tuple[int, int, int], ...]
    paths: tuple[tuple[tuple[int, int], ...], ...]
    height: int
    width: int
    #: per tie, the node its bus leaves from (a hub's ties drawn as one branching line, ``channels.py``;
    #: its path then runs from that node's port), or -1 for a tie drawn on its own; empty when no tie is
    roots: tuple[int, ...] = ()


def _interleave(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two ties (their ends' places along the row, low first) cross when drawn in the same page?"""
    return a[0] < b[0] < a[1] < b[1] or b[0] < a[0] < b[1] < a[1]


def _pages(spans: list[tuple[int, int]]) -> tuple[list[int], int, int]:
    """Each tie's page (0 top, 1 bottom), shortest first into the page where it crosses fewer; the crossings
    and the work done (pairs compared)."""
    order = sorted(range(len(spans)), key=lambda k: (spans[k][1] - spans[k][0], k))
    page = [0] * len(spans)
    placed: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    crossings = 0
    work = 0
    for k in order:
        span = spans[k]
        counts = [sum(1 for other in placed[p] if _interleave(span, other)) for p in (0, 1)]
        work += len(placed[0]) + len(placed[1])
        chosen = 0 if counts[0] < counts[1] or (counts[0] == counts[1] and len(placed[0]) <= len(placed[1])) else 1
        page[k] = chosen
        placed[chosen].append(span)
        crossings += counts[chosen]
    return page, crossings, work


def _spans(edges: tuple[tuple[int, int], ...], place: list[int]) -> list[tuple[int, int]]:
    return [(min(place[a], place[b]), max(place[a], place[b])) for a, b in edges]


@lru_cache(maxsize=8)
def order_along(count: int, edges: tuple[tuple[int, int], ...], cluster: tuple[int, ...]) -> tuple[int, ...]:
    """The nodes in their order along the row: the stress layout's first axis, then improved by moving one
    node at a time to the place that leaves the fewest crossings (kept for the next label length)."""
    shape = layout.LayoutInput(count=count, edges=edges, cluster=cluster)
    tied = [i for i in range(count) if any(i in e for e in edges)]
    points = layout.positions(shape, tied) if tied else []
    x = {node: p[0] for node, p in zip(tied, points, strict=True)}
    line = sorted(tied, key=lambda n: (x[n], n))
    work = 0

    def cost(candidate: list[int]) -> int:
        nonlocal work
        place = [0] * count
        for i, node in enumerate(candidate):
            place[node] = i
        _, crossings, spent = _pages(_spans(edges, place))
        work += spent
        return crossings

    best = cost(line)
    improved = True
    while improved and work < ORDER_WORK:
        improved = False
        for node in list(line):
            if work >= ORDER_WORK:
                break
            rest = [n for n in line if n != node]
            here = line.index(node)
            for spot in range(len(line)):
                if spot == here or work >= ORDER_WORK:
                    continue
                candidate = rest[:spot] + [node] + rest[spot:]
                crossings = cost(candidate)
                if crossings < best:
                    best, line, here, improved = crossings, candidate, spot, True
    return tuple(line + [i for i in range(count) if i not in x])


def free_rows(on: dict[tuple[int, int], list[tuple[int, int]]], spare: int) -> list[tuple[int, int]]:
    """Where to leave a free row between two tracks on every row, at most ``spare`` of them: ``on`` gives, per
    (group of tracks, track), the spans (first and last column) of the lines on it, track 1 nearest the row of
    boxes or the channel's top; the answer (group, the track before the free row), where most pairs of lines
    on tracks next to each other run side by side first (spans sharing two straight cells or more: two lines
    side by side read as one)."""
    places = []
    for (group, t), here in sorted(on.items()):
        count = sum(
            1 for a in here for b in on.get((group, t + 1), []) if min(a[1], b[1]) - max(a[0], b[0]) >= FREE_ROW_OVERLAP
        )
        if count:
            places.append((-count, group, t))
    return [(group, t) for _, group, t in sorted(places)[:spare]]


def _spread(first: int, cells: int, count: int) -> list[int]:
    """``count`` port columns over a box side of ``cells`` cells from ``first``: every other cell when
    there is room, else side by side, centred."""
    step = 2 if 2 * count - 1 <= cells else 1
    used = (count - 1) * step + 1
    start = first + (cells - used) // 2
    return [start + i * step for i in range(count)]


def book(
    count: int,
    edges: tuple[tuple[int, int], ...],
    cluster: tuple[int, ...],
    widths: list[int],
    width: int,
    height: int,
    apart: bool = True,
    inner: int = 2,
    free: bool = False,
) -> Book | None:
    """The nodes on one row and each tie an arc (module docstring), within ``width`` x ``height``; None when
    it does not fit. ``apart``: tracks every other row when there is room (lines apart; but a track full of
    lines under a blank row can close an empty box, which tracks on every row never do). ``inner``: how many of
    a box's brackets have no port over them: 2, both; 1, the opening one (an arc between neighbours still
    has a label in its mouth); 0, none. Boxes are widened for that where they must. ``free``: with tracks on
    every row, a free row left between two tracks whose lines run side by side while the height holds it."""
    if sum(widths) + GAP * (count - 1) + 2 * MARGIN > width:
        return None  # too wide before any port is counted: no order is worked out
    line = order_along(count, edges, cluster)
    place = [0] * count
    for i, node in enumerate(line):
        place[node] = i
    spans = _spans(edges, place)
    page, _, _ = _pages(spans)
    # ports: per node and page, the ties going left (nearest other end outermost, i.e. leftmost), then
    # those going right (farthest first)
    sides: dict[tuple[int, int], list[tuple[tuple[int, int, int], int]]] = {}
    for k, (a, b) in enumerate(edges):
        for node, other in ((a, b), (b, a)):
            leftward = place[other] < place[node]
            # two ties between the same pair: the later one is on the higher track, so outside
            key = (0, -place[other], k) if leftward else (1, -place[other], -k)
            sides.setdefault((node, page[k]), []).append((key, k))
    wide = list(widths)
    for (node, _), ties in sides.items():
        wide[node] = max(wide[node], len(ties) + inner)  # ports off the brackets (see below)
    total_w = sum(wide) + GAP * (count - 1) + 2 * MARGIN
    if total_w > width:
        return None
    left = [0] * count
    col = MARGIN
    for node in line:
        left[node] = col
        col += wide[node] + GAP
    port: dict[tuple[int, int], int] = {}  # (tie, node) -> column
    for (node, _p), ties in sides.items():
        ties.sort()
        # off the brackets: an arc between neighbours from bracket to bracket would stand over the blank
        # cells between them only, three sides of an empty box; from inside a label it reaches over it
        for (_, k), column in zip(
            ties, _spread(left[node] + min(inner, 1), wide[node] - inner, len(ties)), strict=True
        ):
            port[(k, node)] = column
    # tracks, per page: shortest first, one above the highest tie it overlaps (by the columns of its ports:
    # two ties of one node going opposite ways share a track)
    reach = [(min(port[(k, a)], port[(k, b)]), max(port[(k, a)], port[(k, b)])) for k, (a, b) in enumerate(edges)]
    track = [0] * len(edges)
    for p in (0, 1):
        mine = sorted((k for k in range(len(edges)) if page[k] == p), key=lambda k: (reach[k][1] - reach[k][0], k))
        done: list[int] = []
        for k in mine:
            lo, hi = reach[k]
            track[k] = 1 + max((track[m] for m in done if reach[m][0] <= hi and lo <= reach[m][1]), default=0)
            done.append(k)
    tops = [max((track[k] for k in range(len(edges)) if page[k] == p), default=0) for p in (0, 1)]
    # rows: every other row per track when that fits, else every row
    step = 2 if apart and 2 * (tops[0] + tops[1]) + 3 + 2 * MARGIN <= height else 1
    above = tops[0] * step + (1 if tops[0] else 0)  # the tracks and the port row
    below = tops[1] * step + (1 if tops[1] else 0)
    total_h = above + 1 + below + 2 * MARGIN
    if total_h > height:
        return None
    gaps: list[set[int]] = [set(), set()]  # per page, the tracks with a free row beyond them
    if free and step == 1:
        on: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for k in range(len(edges)):
            on.setdefault((page[k], track[k]), []).append(reach[k])
        for p, t in free_rows(on, height - total_h):
            gaps[p].add(t)
        above += len(gaps[0])
        total_h += len(gaps[0]) + len(gaps[1])
    row = MARGIN + above
    paths = []
    for k, (a, b) in enumerate(edges):
        up = -1 if page[k] == 0 else 1
        out = track[k] * step + sum(1 for t in gaps[page[k]] if t < track[k])  # the track's rows from the port row
        rail = row + up * (1 + out)  # the track's row
        ca, cb = port[(k, a)], port[(k, b)]
        cells = [(row + up * i, ca) for i in range(1, 1 + out + 1)]
        sign = 1 if cb > ca else -1
        cells += [(rail, c) for c in range(ca + sign, cb, sign)]
        cells += [(row + up * i, cb) for i in range(1 + out, 0, -1)]
        paths.append(tuple(cells))
    boxes = tuple((row, left[node], wide[node]) for node in range(count))
    return Book(boxes, tuple(paths), total_h, total_w)
