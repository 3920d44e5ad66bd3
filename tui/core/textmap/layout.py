"""Where each node goes: a stress layout snapped onto a grid of slots.

1. Distances: the number of steps between every two nodes (breadth-first
   search), stretched by :data:`CLUSTER_STRETCH` between nodes of different
   clusters so that clusters stay together and apart from each other; nodes in
   different pieces of the network are one step further apart than the
   farthest pair.
2. Start: classical multidimensional scaling by power iteration from a fixed
   vector, so the widest spread of the network lies along the page.
3. Stress majorization (Gansner, Koren and North 2004): each node in turn
   moves to where its distances to all the others best match the graph's;
   well-connected nodes end up in the middle.
4. Snap: the grid of slots is stretched over the picture; nodes take the free
   slot nearest to their place, most ties first, so hubs get the places they
   want and stay central.
5. Improve: each node tries every free or occupied slot within
   :data:`RADIUS` of its own and moves (or swaps) when the estimated cost — tie
   lengths, ties that would have to run round a node in their way, crossings of
   straight ties — goes down. Passes stop when nothing improves.

Everything runs in a fixed order on lists indexed by node position (workbook
order); no sets or dicts are iterated where order matters, so the same
network gives the same slots under any ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from functools import lru_cache

#: Distance factor between nodes of different clusters.
CLUSTER_STRETCH = 1.35
#: Iterations of stress majorization (stops earlier once nodes barely move).
STRESS_ITERATIONS = 150
#: How far (in slots) a node looks for a better place in the improvement passes.
RADIUS = 1
#: Improvement passes at most.
PASSES = 3
#: Cost of one straight-line crossing between two ties, in slot steps.
CROSSING_COST = 4.0
#: Cost of each node standing on the straight line between the two ends of a tie.
BLOCK_COST = 2.5
#: A slot closer than this (in slots) to a straight tie is in its way.
ON_LINE = 0.45
#: A step between rows costs this much more than a step between columns.
ROW_STEP = 1.2
#: Networks with more ties than this skip the crossing term (it costs deg x ties per move).
CROSSING_TERM_MAX_TIES = 100


@dataclass(frozen=True)
class LayoutInput:
    """What the layout needs: nodes 0..n-1 in workbook order, ties as index pairs."""

    count: int
    edges: tuple[tuple[int, int], ...]
    cluster: tuple[int, ...]  # cluster number per node, -1 for none
    centre: int = -1  # a node that chooses its slot before all others (an ego network's centre)


def neighbours(count: int, edges: tuple[tuple[int, int], ...]) -> list[list[int]]:
    adjacent: list[list[int]] = [[] for _ in range(count)]
    for a, b in edges:
        if b not in adjacent[a]:
            adjacent[a].append(b)
            adjacent[b].append(a)
    return adjacent


def distances(graph: LayoutInput, nodes: list[int]) -> list[list[float]]:
    """Graph distances between ``nodes`` (indices into the list), stretched across clusters."""
    adjacent = neighbours(graph.count, graph.edges)
    position = {node: i for i, node in enumerate(nodes)}
    size = len(nodes)
    table = [[math.inf] * size for _ in range(size)]
    for i, start in enumerate(nodes):
        row = table[i]
        row[i] = 0.0
        queue = deque([start])
        seen = {start: 0}
        while queue:
            node = queue.popleft()
            for other in adjacent[node]:
                if other not in seen and other in position:
                    seen[other] = seen[node] + 1
                    row[position[other]] = float(seen[other])
                    queue.append(other)
    finite = [d for row in table for d in row if d != math.inf]
    far = (max(finite) if finite else 0.0) + 1.0
    for i in range(size):
        for j in range(size):
            if table[i][j] == math.inf:
                table[i][j] = far
            if i != j and graph.cluster[nodes[i]] != graph.cluster[nodes[j]]:
                table[i][j] *= CLUSTER_STRETCH
    return table


def classical_mds(table: list[list[float]]) -> list[tuple[float, float]]:
    """Two leading axes of the double-centred squared distances, by power iteration."""
    size = len(table)
    if size == 1:
        return [(0.0, 0.0)]
    squared = [[d * d for d in row] for row in table]
    row_mean = [sum(row) / size for row in squared]
    total_mean = sum(row_mean) / size
    b = [[-0.5 * (squared[i][j] - row_mean[i] - row_mean[j] + total_mean) for j in range(size)] for i in range(size)]
    axes: list[list[float]] = []
    scales: list[float] = []
    for axis in range(2):
        vector = [math.sin(1.0 + i * (1.7 + axis)) + 0.01 * i for i in range(size)]
        value = 0.0
        for _ in range(200):
            for previous in axes:  # deflate: stay orthogonal to the axes already found
                dot = sum(v * p for v, p in zip(vector, previous, strict=False))
                vector = [v - dot * p for v, p in zip(vector, previous, strict=False)]
            product = [sum(bij * vj for bij, vj in zip(row, vector, strict=False)) for row in b]
            norm = math.sqrt(sum(p * p for p in product))
            if norm < 1e-12:
                break
            product = [p / norm for p in product]
            change = sum(abs(p - v) for p, v in zip(product, vector, strict=False))
            vector, value = product, norm
            if change < 1e-9:
                break
        axes.append(vector)
        scales.append(math.sqrt(max(value, 0.0)))
    coords = [(axes[0][i] * scales[0], axes[1][i] * scales[1]) for i in range(size)]
    # A regular shape (a ring) can leave the second axis flat: spread it deterministically.
    if all(abs(y) < 1e-9 for _, y in coords):
        coords = [(x, math.cos(i)) for i, (x, _) in enumerate(coords)]
    return coords


def stress(table: list[list[float]], start: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Stress majorization, node by node, weights 1/d²."""
    size = len(table)
    xs = [p[0] for p in start]
    ys = [p[1] for p in start]
    if size <= 1:
        return list(zip(xs, ys, strict=False))
    # Scale the start to the distances so the first steps are small.
    spread = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    target = max(max(row) for row in table)
    xs = [x * target / spread for x in xs]
    ys = [y * target / spread for y in ys]
    weights = [[0.0 if i == j else 1.0 / (table[i][j] ** 2) for j in range(size)] for i in range(size)]
    for _ in range(STRESS_ITERATIONS):
        moved = 0.0
        for i in range(size):
            wi = weights[i]
            di = table[i]
            xi, yi = xs[i], ys[i]
            sum_x = sum_y = sum_w = 0.0
            for j in range(size):
                if j == i:
                    continue
                dx = xi - xs[j]
                dy = yi - ys[j]
                length = math.sqrt(dx * dx + dy * dy)
                if length < 1e-9:  # two nodes on one spot: push apart along a fixed direction
                    dx, dy, length = 1e-3 * (1 + (i % 3)), 1e-3 * (1 + (i % 5)), 1e-3
                w = wi[j]
                sum_x += w * (xs[j] + di[j] * dx / length)
                sum_y += w * (ys[j] + di[j] * dy / length)
                sum_w += w
            nx_, ny_ = sum_x / sum_w, sum_y / sum_w
            moved = max(moved, abs(nx_ - xi) + abs(ny_ - yi))
            xs[i], ys[i] = nx_, ny_
        if moved < 1e-3:
            break
    return list(zip(xs, ys, strict=False))


def principal_axes(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Rotate so the widest spread runs along x (and centre on 0)."""
    size = len(points)
    if size < 2:
        return [(0.0, 0.0)] * size
    mx = sum(p[0] for p in points) / size
    my = sum(p[1] for p in points) / size
    centred = [(x - mx, y - my) for x, y in points]
    sxx = sum(x * x for x, _ in centred)
    syy = sum(y * y for _, y in centred)
    sxy = sum(x * y for x, y in centred)
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    c, s = math.cos(angle), math.sin(angle)
    return [(x * c + y * s, -x * s + y * c) for x, y in centred]


def positions(graph: LayoutInput, nodes: list[int]) -> list[tuple[float, float]]:
    """Continuous positions of ``nodes`` (a stress layout), widest along x."""
    return list(_positions(graph, tuple(nodes)))


@lru_cache(maxsize=8)
def _positions(graph: LayoutInput, nodes: tuple[int, ...]) -> tuple[tuple[float, float], ...]:
    if not nodes:
        return ()
    table = distances(graph, list(nodes))
    placed = principal_axes(stress(table, classical_mds(table)))
    # Fixed orientation: the first node (workbook order) on the left and top half.
    if len(placed) > 1:
        fx, fy = placed[0]
        sign_x = -1.0 if fx > 1e-9 else 1.0
        sign_y = -1.0 if fy > 1e-9 else 1.0
        placed = [(x * sign_x, y * sign_y) for x, y in placed]
    return tuple(placed)


# --- slots -----------------------------------------------------------------


@dataclass(frozen=True)
class Slots:
    """Node -> (row, column) on a grid of ``rows`` x ``columns`` slots."""

    rows: int
    columns: int
    slot: tuple[tuple[int, int], ...]
    #: the part of the grid the tied nodes stand in (rows, columns); the isolates' rows come after it
    tied: tuple[int, int] = (0, 0)


def snap_rows(graph: LayoutInput, columns: int, fill: float = 1.25) -> int:
    """How many rows :func:`snap` gives for ``columns`` (fewer columns, as many rows or more), without laying
    anything out: a grid too tall for the page is not worked out at all."""
    adjacent = neighbours(graph.count, graph.edges)
    tied = sum(1 for i in range(graph.count) if adjacent[i])
    isolates = graph.count - tied
    rows = max(1, math.ceil(tied * fill / max(1, min(columns, tied)))) if tied else 0
    columns_used = max(1, min(columns, tied)) if tied else 0
    if tied and rows == 1:
        columns_used = min(columns, max(tied, math.ceil(tied * fill)))
    if isolates:
        width = max(1, min(columns, isolates))
        if columns_used:
            width = max(1, min(width, columns_used))
        rows += math.ceil(isolates / width)
    return rows


def snap(
    graph: LayoutInput,
    columns: int,
    fill: float = 1.25,
) -> Slots:
    """Put every node in a slot of a grid ``columns`` wide: tied nodes by the layout, isolates below."""
    adjacent = neighbours(graph.count, graph.edges)
    tied = [i for i in range(graph.count) if adjacent[i]]
    isolates = [i for i in range(graph.count) if not adjacent[i]]
    slot: list[tuple[int, int]] = [(0, 0)] * graph.count
    rows = 0
    if tied:
        columns_tied = max(1, min(columns, len(tied)))
        rows = max(1, math.ceil(len(tied) * fill / columns_tied))
        if rows == 1:
            columns_tied = min(columns, max(len(tied), math.ceil(len(tied) * fill)))
        points = positions(graph, tied)
        if rows > columns_tied:  # a tall grid: lay the widest spread down the page
            points = [(y, x) for x, y in points]
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        x0, x1 = min(xs), max(xs)
        y0, y1 = min(ys), max(ys)

        def scaled(value: float, low: float, high: float, cells: int) -> float:
            return (cells - 1) / 2 if high - low < 1e-9 else (value - low) / (high - low) * (cells - 1)

        wanted = [(scaled(y, y0, y1, rows), scaled(x, x0, x1, columns_tied)) for x, y in points]
        degree = [len(adjacent[i]) for i in tied]
        order = sorted(range(len(tied)), key=lambda k: (tied[k] != graph.centre, -degree[k], k))
        free = [(r, c) for r in range(rows) for c in range(columns_tied)]
        taken: set[tuple[int, int]] = set()
        for k in order:
            wr, wc = wanted[k]
            best = min(
                (s for s in free if s not in taken),
                key=lambda s: ((s[0] - wr) ** 2 + (s[1] - wc) ** 2, s),
            )
            taken.add(best)
            slot[tied[k]] = best
        improve(graph, slot, tied, rows, columns_tied, adjacent)
        columns_used = columns_tied
    else:
        columns_used = 0
    return with_isolates(slot, isolates, rows, columns_used, columns)


def with_isolates(
    slot: list[tuple[int, int]], isolates: list[int], rows: int, columns_tied: int, columns: int
) -> Slots:
    """The slots of a grid whose tied nodes stand in ``rows`` x ``columns_tied``: the isolates on the rows
    below, in order, at most ``columns`` (and no wider than the tied part) a row."""
    columns_used = columns_tied
    tied = (rows, columns_tied)
    if isolates:
        width = max(1, min(columns, len(isolates)))
        if columns_used:
            width = max(1, min(width, max(columns_used, 1)))
        for k, node in enumerate(isolates):
            slot[node] = (rows + k // width, k % width)
        rows += math.ceil(len(isolates) / width)
        columns_used = max(columns_used, width)
    return Slots(rows=rows, columns=columns_used, slot=tuple(slot), tied=tied)


def warm_snap(
    graph: LayoutInput,
    kept: dict[int, tuple[int, int]],
    tied_grid: tuple[int, int],
    columns: int,
) -> Slots:
    """Slots for a network that changed a little, from the slots of its last drawing (a warm start).

    ``kept``: node -> the slot it had, for the tied nodes that were tied before, in a tied part of
    ``tied_grid`` (rows, columns). Each other tied node takes the free slot nearest its placed
    neighbours (those with most placed neighbours first, then in order; a row is added when none is
    free); isolates go below as in :func:`snap`. No stress layout is worked out and no node that had a
    place moves (moving them, as :func:`improve` would, drew worse: the ties that kept their way are
    routed again): the picture stays where it was.
    """
    adjacent = neighbours(graph.count, graph.edges)
    tied = [i for i in range(graph.count) if adjacent[i]]
    isolates = [i for i in range(graph.count) if not adjacent[i]]
    rows, columns_tied = tied_grid
    slot: list[tuple[int, int]] = [(0, 0)] * graph.count
    taken: set[tuple[int, int]] = set()
    for node in tied:
        if node in kept:
            slot[node] = kept[node]
            taken.add(kept[node])
    waiting = [node for node in tied if node not in kept]
    while waiting:
        waiting.sort(key=lambda n: (-sum(1 for m in adjacent[n] if m not in waiting), n))
        node = waiting.pop(0)
        placed = [slot[m] for m in adjacent[node] if m not in waiting]
        if placed:
            wr = sum(r for r, _ in placed) / len(placed)
            wc = sum(c for _, c in placed) / len(placed)
        else:
            wr, wc = (rows - 1) / 2, (columns_tied - 1) / 2
        free = [(r, c) for r in range(rows) for c in range(columns_tied) if (r, c) not in taken]
        if not free:
            rows += 1
            free = [(rows - 1, c) for c in range(columns_tied)]
        best = min(free, key=lambda s: ((s[0] - wr) ** 2 + (s[1] - wc) ** 2, s))
        slot[node] = best
        taken.add(best)
    return with_isolates(slot, isolates, rows, columns_tied if tied else 0, columns)


def improve(
    graph: LayoutInput,
    slot: list[tuple[int, int]],
    nodes: list[int],
    rows: int,
    columns: int,
    adjacent: list[list[int]],
) -> None:
    """Local search: move or swap nodes while the estimated drawing cost goes down.

    The cost of a tie is its length (a row step counts :data:`ROW_STEP`, a
    column step 1), plus :data:`BLOCK_COST` for every node lying on the
    straight line between its ends (the tie would have to go round it), plus
    :data:`CROSSING_COST` for every other tie it crosses, straight line
    against straight line. Only the ties of the nodes that move, and the ties
    passing over the two slots involved, are counted again for each try.
    """
    edges = [(a, b) for a, b in graph.edges if adjacent[a] and adjacent[b]]
    ends_a = [a for a, _ in edges]
    ends_b = [b for _, b in edges]
    incident: list[list[int]] = [[] for _ in range(graph.count)]
    for k, (a, b) in enumerate(edges):
        incident[a].append(k)
        incident[b].append(k)
    row = [r for r, _ in slot]
    col = [c for _, c in slot]
    occupant: dict[tuple[int, int], int] = {slot[i]: i for i in nodes}
    use_crossings = len(edges) <= CROSSING_TERM_MAX_TIES
    radius = RADIUS if len(nodes) <= 30 else 1
    count = len(edges)

    def over(k: int, r: int, c: int) -> bool:
        """Does the straight tie k pass over the slot (r, c), not one of its ends?"""
        a, b = ends_a[k], ends_b[k]
        ra, ca, rb, cb = row[a], col[a], row[b], col[b]
        if (r < ra and r < rb) or (r > ra and r > rb) or (c < ca and c < cb) or (c > ca and c > cb):
            return False
        if (r == ra and c == ca) or (r == rb and c == cb):
            return False
        dr, dc = rb - ra, cb - ca
        return abs(dr * (c - ca) - dc * (r - ra)) < ON_LINE * math.hypot(dr, dc)

    def tie_cost(k: int) -> float:
        a, b = ends_a[k], ends_b[k]
        ra, ca, rb, cb = row[a], col[a], row[b], col[b]
        cost = abs(ra - rb) * ROW_STEP + abs(ca - cb)
        if abs(ra - rb) + abs(ca - cb) > 1:
            for r in range(min(ra, rb), max(ra, rb) + 1):
                for c in range(min(ca, cb), max(ca, cb) + 1):
                    if (r, c) in occupant and over(k, r, c):
                        cost += BLOCK_COST
        return cost

    # each tie's ends as (row, column, row, column), kept up to date as nodes move (see put): the crossing
    # count reads one tuple a tie
    ends = [(row[a], col[a], row[b], col[b]) for a, b in edges]

    def crossings(k: int, skip: set[int]) -> int:
        a, b = ends_a[k], ends_b[k]
        ay, ax, by, bx = ends[k]
        low_x, high_x = (ax, bx) if ax < bx else (bx, ax)
        low_y, high_y = (ay, by) if ay < by else (by, ay)
        dx, dy = bx - ax, by - ay
        found = 0
        for m, (cy, cx, ey, ex) in enumerate(ends):
            if (cx <= low_x and ex <= low_x) or (cx >= high_x and ex >= high_x):
                continue
            if (cy <= low_y and ey <= low_y) or (cy >= high_y and ey >= high_y):
                continue
            if m == k or m in skip or ends_a[m] in (a, b) or ends_b[m] in (a, b):
                continue
            o1 = dx * (cy - ay) - dy * (cx - ax)
            o2 = dx * (ey - ay) - dy * (ex - ax)
            if (o1 > 0 and o2 > 0) or (o1 < 0 and o2 < 0) or o1 == 0 or o2 == 0:
                continue
            fx, fy = ex - cx, ey - cy
            o3 = fx * (ay - cy) - fy * (ax - cx)
            o4 = fx * (by - cy) - fy * (bx - cx)
            if (o3 > 0 > o4) or (o3 < 0 < o4):
                found += 1
        return found

    def local_cost(mine: list[int], cells: list[tuple[int, int]]) -> float:
        cost = 0.0
        for k in mine:
            cost += tie_cost(k)
        mine_set = set(mine)
        for r, c in cells:
            if (r, c) in occupant:
                for k in range(count):
                    a, b = ends_a[k], ends_b[k]
                    ra, rb = row[a], row[b]
                    if (r < ra and r < rb) or (r > ra and r > rb):
                        continue  # (over's first test, here to spare a call for most ties)
                    if k not in mine_set and over(k, r, c):
                        cost += BLOCK_COST
        if use_crossings:
            done: set[int] = set()
            for k in mine:
                cost += CROSSING_COST * crossings(k, done)
                done.add(k)
        return cost

    def put(node: int, cell: tuple[int, int]) -> None:
        slot[node] = cell
        row[node], col[node] = cell
        occupant[cell] = node
        for k in incident[node]:
            a, b = ends_a[k], ends_b[k]
            ends[k] = (row[a], col[a], row[b], col[b])

    def exchange(here: tuple[int, int], there: tuple[int, int]) -> None:
        """Swap the occupants of two slots (either may be empty)."""
        first = occupant.pop(here, None)
        second = occupant.pop(there, None)
        if first is not None:
            put(first, there)
        if second is not None:
            put(second, here)

    for _ in range(PASSES):
        improved = False
        for node in nodes:
            here = slot[node]
            best_gain = 1e-9
            best: tuple[int, int] | None = None
            alone = incident[node]
            alone_before = local_cost(alone, [here])  # the same for every move to an empty slot
            for dr in range(-radius, radius + 1):
                for dc in range(-radius, radius + 1):
                    there = (here[0] + dr, here[1] + dc)
                    if there == here or not (0 <= there[0] < rows and 0 <= there[1] < columns):
                        continue
                    other = occupant.get(there)
                    if other is None:
                        mine = alone
                        before = alone_before
                        cells = [there]
                        exchange(here, there)
                        after = local_cost(mine, cells) + local_cost([], [here])
                        exchange(here, there)
                    else:
                        mine = sorted(set(alone) | set(incident[other]))
                        cells = [here, there]
                        before = local_cost(mine, cells)
                        exchange(here, there)
                        after = local_cost(mine, cells)
                        exchange(here, there)
                    gain = before - after
                    if gain > best_gain:
                        best_gain, best = gain, there
            if best is not None:
                exchange(here, best)
                improved = True
        if not improved:
            break
