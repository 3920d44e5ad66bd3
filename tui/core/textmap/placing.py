"""Where each node of a big network stands in rows with channels: an arrangement searched for, not cut.

``channels.py`` draws a big network in rows of boxes with channels of tracks
between them, its rows cut out of the stress layout (bands or stacks). For a
dense network those rows need far more tracks than an arrangement searched
for (docs/MAP.md, "Les Misérables on 160 x 48: a count"). This module looks
for one in the relaxed count model of that section (``benchmarks/
map_rows_bound.py``), extended with *nets*:

* ``rows`` rows of ``slots`` slots across the page (``width`` less a blank
  column either side), each box in the middle of its slot, its ports up to
  :data:`PORT_REACH` cells from there (a quarter of its ties for a hub),
  wherever each tie is shortest;
* a tie between neighbouring slots of a row is free; any other tie within a
  row is a piece in the channel under it; a tie between neighbouring rows a
  piece in the channel between them; a tie between rows further apart a
  piece in its first channel to the edge of its slot nearest the other box,
  and one in its last channel from there;
* a *net* is drawn as one branching line (a bus): in each channel its pieces
  are one piece, from the leftmost column any of them reaches there to the
  rightmost (a tie with a net of its own is a plain tie);
* a channel needs as many tracks as pieces over one column, a blank cell
  counted after each; a row holds its boxes at their least widths and a cell
  for each tie passing down through it, every cell too many counted as a
  track more.

The search (:func:`searched`) is simulated annealing with a fixed seed from
the better of the stress layout's bands and stacks put on the slots, cold
(:data:`HEAT`); a move swaps what two slots hold (one may be empty), most
often a node's and one next to one of its neighbours' (:data:`NEAR`), and
its cost is worked out
from the ties that moved only: per channel and net the ends of its pieces in
sorted lists, per channel a difference array of the pieces over each column.
The work is counted in moves (:data:`WORK`), not timed, so the answer is the
same on every machine.
"""

from __future__ import annotations

import bisect
import math
import random
from itertools import accumulate

from tui.core.textmap import channels as rows_with_channels

Edges = tuple[tuple[int, int], ...]
Piece = tuple[int, int, int]  # channel (the one over row r is r), from column, to column

#: How far from a box's middle its ports may be at least (a numbered box is 3 or 4 cells wide).
PORT_REACH = 2
#: Moves an annealing makes (counted, not timed: about a second for Les Misérables).
WORK = 16_000
#: The annealing's heat, falling evenly from the first and the second to the second (a move costing this many
#: tracks more is taken at odds 1/e): cold, as moves are few (hotter found more tracks in 20,000 moves).
HEAT = (0.3, 0.02)
#: How often a move takes a node next to one of its neighbours rather than to any slot.
NEAR = 0.8
#: How many slots from a neighbour's such a move may go.
SPREAD = 2


class Model:
    """The relaxed model's geometry: ``rows`` rows of ``slots`` slots on a page ``width`` cells wide."""

    def __init__(self, rows: int, slots: int, width: int) -> None:
        self.rows, self.slots, self.width = rows, slots, width
        self.middles = [int((s + 0.5) * width / slots) for s in range(slots)]
        self.edges = [int(s * width / slots) for s in range(slots + 1)]

    def pieces(self, a: tuple[int, int], b: tuple[int, int], reach: tuple[int, int] = (0, 0)) -> list[Piece]:
        """The pieces of a tie between the boxes in slots ``a`` and ``b`` ((row, slot) each), each from its
        left column to its right one (none of no length). ``reach``: how far from its slot's middle each box may
        have the tie's port, towards the other end."""
        if a[0] > b[0]:
            a, b, reach = b, a, (reach[1], reach[0])
        (ra, sa), (rb, sb) = a, b
        xa, xb = self.middles[sa], self.middles[sb]
        if ra == rb and abs(sa - sb) == 1:
            return []
        if rb <= ra + 1:
            if xa < xb:  # each port towards the other, never past it
                xa = min(xa + reach[0], xb)
                xb = max(xb - reach[1], xa)
            else:
                xa = max(xa - reach[0], xb)
                xb = min(xb + reach[1], xa)
            return [(ra + 1, min(xa, xb), max(xa, xb))] if xa != xb else []
        down = self.edges[sa + (sb >= sa)]  # free of boxes in every row: straight down it
        out = []
        for channel, x in ((ra + 1, _towards(xa, down, reach[0])), (rb, _towards(xb, down, reach[1]))):
            if x != down:
                out.append((channel, min(x, down), max(x, down)))
        return out

    def rows_needed(self, tracks: list[int]) -> int:
        """The page's rows for these tracks: a row for each row of boxes, a row of ports over and under it
        where a channel has tracks, the tracks, and a blank row at the top and at the bottom."""
        ports = 2 * self.rows - (tracks[0] == 0) - (tracks[-1] == 0)
        return sum(tracks) + self.rows + ports + 2


def _towards(x: int, to: int, most: int) -> int:
    """``x`` moved towards ``to`` by at most ``most``."""
    return x + max(-most, min(most, to - x))


def reach(count: int, edges: Edges) -> list[int]:
    """How far from its middle each node's box may have a port: :data:`PORT_REACH`, or a quarter of its ties
    (a port a tie over and under a box as wide as half its ties), whichever is more."""
    degree = _degrees(count, edges)
    return [max(PORT_REACH, math.ceil(d / 4)) for d in degree]


def least_widths(count: int, edges: Edges, nets: tuple[int, ...], widths: list[int]) -> list[int]:
    """Each box's least width: its label's, or a port a net over and under it with one on either side (half
    its nets, less one), whichever is more (a net of many ties leaves a hub by one port)."""
    own: list[set[int]] = [set() for _ in range(count)]
    for k, (a, b) in enumerate(edges):
        own[a].add(nets[k])
        own[b].add(nets[k])
    return [max(widths[n], math.ceil((len(own[n]) - 2) / 2)) for n in range(count)]


def _degrees(count: int, edges: Edges) -> list[int]:
    degree = [0] * count
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    return degree


def slots_for(tied: int, rows: int) -> int:
    """Slots a row for ``tied`` nodes in ``rows`` rows: as many as the fullest row needs, and one spare."""
    return -(-tied // rows) + 1


class Search:
    """The model's count for an arrangement, kept as boxes move: each channel's tracks and each row's width.

    ``where``: each tied node's (row, slot); ``boxes``: each box's least width (None: widths not counted)."""

    def __init__(
        self,
        model: Model,
        edges: Edges,
        nets: tuple[int, ...],
        where: dict[int, tuple[int, int]],
        boxes: list[int] | None = None,
    ) -> None:
        self.model, self.edges, self.nets, self.boxes = model, edges, nets, boxes
        count = max((max(a, b) for a, b in edges), default=-1) + 1
        self.far = reach(count, edges)
        self.where = dict(where)
        self.holder = {place: n for n, place in self.where.items()}
        self.ties_of: dict[int, list[int]] = {}
        for k, (a, b) in enumerate(edges):
            self.ties_of.setdefault(a, []).append(k)
            if b != a:
                self.ties_of.setdefault(b, []).append(k)
        size = [0] * (max(nets, default=-1) + 1)
        for net in nets:
            size[net] += 1
        self.alone = [size[net] == 1 for net in nets]  # a plain tie: its pieces are its net's hulls
        self.diff = [[0] * (model.width + 3) for _ in range(model.rows + 1)]  # pieces starting less ending
        self.ends: dict[int, tuple[list[int], list[int]]] = {}  # net * channels + channel -> left, right ends
        self.channels = model.rows + 1
        self.cells = [0] * model.rows  # each row's box cells and ties passing it
        if boxes is not None:
            for n, (r, _) in self.where.items():
                self.cells[r] += boxes[n]
            self._passing(list(range(len(edges))), 1)
        self.laid: list[list[Piece]] = [[] for _ in edges]
        everything = list(range(len(edges)))
        self._replace(everything, self.laid, [self._pieces(k) for k in everything])
        self.tracks = [max(accumulate(row)) for row in self.diff]
        self._undo: tuple[tuple[int, int], tuple[int, int], list[int], list[list[Piece]], list[list[Piece]], list[int]]

    def _pieces(self, k: int) -> list[Piece]:
        a, b = self.edges[k]
        return self.model.pieces(self.where[a], self.where[b], (self.far[a], self.far[b]))

    def _replace(self, moved: list[int], old: list[list[Piece]], new: list[list[Piece]]) -> set[int]:
        """The ties ``moved`` taken up from their ``old`` pieces and laid on their ``new`` ones: each channel's
        pieces over each column counted again where a net's hull changed; the channels changed."""
        diff, nets, alone, ends = self.diff, self.nets, self.alone, self.ends
        changed: set[int] = set()
        touched: dict[int, tuple[int, int] | None] = {}  # net and channel -> its hull before
        channels = self.channels
        for k, before, after in zip(moved, old, new, strict=True):
            if before == after:
                continue
            self.laid[k] = after
            if alone[k]:  # the piece is its net's hull: counted straight away
                for pieces, sign in ((before, -1), (after, 1)):
                    for channel, low, high in pieces:
                        row = diff[channel]
                        row[low] += sign
                        row[high + 2] -= sign
                        changed.add(channel)
                continue
            net = nets[k] * channels
            for channel, low, high in before:
                key = net + channel
                lows, highs = ends[key]
                if key not in touched:
                    touched[key] = (lows[0], highs[-1])
                del lows[bisect.bisect_left(lows, low)]
                del highs[bisect.bisect_left(highs, high)]
            for channel, low, high in after:
                key = net + channel
                if key not in ends:
                    ends[key] = ([], [])
                lows, highs = ends[key]
                if key not in touched:
                    touched[key] = (lows[0], highs[-1]) if lows else None
                bisect.insort(lows, low)
                bisect.insort(highs, high)
        for key, was in touched.items():
            lows, highs = ends[key]
            now = (lows[0], highs[-1]) if lows else None
            if now == was:
                continue
            row = diff[key % channels]
            for hull, sign in ((was, -1), (now, 1)):
                if hull is not None:  # the piece over its columns and the blank cell after it
                    row[hull[0]] += sign
                    row[hull[1] + 2] -= sign
            changed.add(key % channels)
        return changed

    def over(self) -> int:
        """The cells the rows are too wide by, in all."""
        return sum(max(0, c - self.model.width) for c in self.cells) if self.boxes is not None else 0

    def cost(self) -> int:
        return sum(self.tracks) + self.over()

    def _passing(self, ties: list[int], sign: int) -> None:
        """A cell for each of these ties in each row it passes down through, counted (``sign`` 1) or not (-1)."""
        cells, edges, where = self.cells, self.edges, self.where
        for k in ties:
            a, b = edges[k]
            ra, rb = where[a][0], where[b][0]
            if ra > rb + 1:
                for r in range(rb + 1, ra):
                    cells[r] += sign
            elif rb > ra + 1:
                for r in range(ra + 1, rb):
                    cells[r] += sign

    def _put(self, p: tuple[int, int], q: tuple[int, int]) -> list[int]:
        """What slots ``p`` and ``q`` hold swapped (either may be empty), the pieces left as they were; the ties
        that moved."""
        m, n = self.holder.get(p), self.holder.get(q)
        moved = list({k for node in (m, n) if node is not None for k in self.ties_of.get(node, ())})
        boxes, cells, where = self.boxes, self.cells, self.where
        across = boxes is not None and p[0] != q[0]  # within a row no tie passes more rows or fewer
        if across:
            self._passing(moved, -1)
        for node, place in ((m, q), (n, p)):
            if node is None:
                self.holder.pop(place, None)
                continue
            if boxes is not None and across:
                cells[where[node][0]] -= boxes[node]
                cells[place[0]] += boxes[node]
            self.holder[place] = node
            where[node] = place
        if across:
            self._passing(moved, 1)
        return moved

    def swap(self, p: tuple[int, int], q: tuple[int, int]) -> None:
        """What slots ``p`` and ``q`` hold swapped (either may be empty), the count brought up to date."""
        moved = self._put(p, q)
        old = [self.laid[k] for k in moved]
        new = [self._pieces(k) for k in moved]
        self._undo = (p, q, moved, old, new, list(self.tracks))
        for channel in self._replace(moved, old, new):
            self.tracks[channel] = max(accumulate(self.diff[channel]))

    def undo(self) -> None:
        """The last swap undone."""
        p, q, moved, old, new, tracks = self._undo
        self._put(p, q)
        self._replace(moved, new, old)
        self.tracks = tracks


def on_slots(arranged: rows_with_channels.Arrangement, slots: int) -> dict[int, tuple[int, int]]:
    """An arrangement of ``channels.py`` on slots: a node with a stack in its stack's slot, a row of bands
    spread evenly over the slots in its order."""
    lines, stacked = arranged
    out = {}
    for r, line in enumerate(lines):
        for i, n in enumerate(line):
            s = stacked[n] if stacked[n] >= 0 else (i * slots) // len(line)
            out[n] = (r, s)
    return out


def arranged(where: dict[int, tuple[int, int]], rows: int, count: int) -> rows_with_channels.Arrangement:
    """The nodes in their slots as ``channels.py`` takes an arrangement: each row left to right, each node's
    slot as its stack (-1 for a node in none)."""
    lines = tuple(
        tuple(sorted((n for n, (r, _) in where.items() if r == row), key=lambda n: where[n][1])) for row in range(rows)
    )
    return lines, tuple(where[n][1] if n in where else -1 for n in range(count))


def searched(
    count: int,
    edges: Edges,
    nets: tuple[int, ...],
    widths: list[int],
    rows: int,
    width: int,
    work: int = WORK,
    seed: int = 1,
    cluster: tuple[int, ...] | None = None,
    slots: int | None = None,
) -> rows_with_channels.Arrangement:
    """The tied nodes in ``rows`` rows of slots (:func:`slots_for` unless given) with the fewest tracks and
    cells too wide that an annealing of ``work`` moves finds (module docstring), as ``channels.channels``
    takes it (``given``, with ``bands=False``: slot *s* of every row in the same column band). ``nets[k]``: the
    net of tie ``k`` (ties of one net drawn as one branching line); ``widths``: each box's width for its label;
    ``cluster``: each node's cluster, for the stress layout the search starts from."""
    tied = sorted({n for edge in edges for n in edge})
    if not tied:
        return tuple(() for _ in range(rows)), (-1,) * count
    slots = slots or slots_for(len(tied), rows)
    if rows * slots < len(tied):
        raise ValueError(f"{rows} x {slots} slots hold fewer than {len(tied)} nodes")
    model = Model(rows, slots, width - 2)  # a blank column either side
    boxes = least_widths(count, edges, nets, widths)
    group = cluster or (0,) * count
    starts = []
    for bands in (True, False):
        start = on_slots(rows_with_channels.arrangement(count, edges, group, rows, bands), slots)
        if len(set(start.values())) == len(start) and all(r < rows and s < slots for r, s in start.values()):
            starts.append(Search(model, edges, nets, start, boxes))
    if not starts:  # an arrangement with fewer rows than asked or more a row than slots: the nodes in order
        starts.append(Search(model, edges, nets, {n: divmod(i, slots) for i, n in enumerate(tied)}, boxes))
    search = min(starts, key=lambda s: s.cost())
    return arranged(anneal(search, work, seed), rows, count)


def anneal(search: Search, work: int, seed: int) -> dict[int, tuple[int, int]]:
    """The arrangement with the least cost an annealing of ``work`` moves from ``search``'s finds (a move: a
    node's slot and another swap what they hold; the other a slot or two from one of its neighbours', in its row
    or the next, at odds :data:`NEAR`, else any)."""
    rng = random.Random(seed)
    model = search.model
    nodes = sorted(search.where)
    places = [(r, s) for r in range(model.rows) for s in range(model.slots)]
    near: dict[int, list[int]] = {n: [] for n in nodes}
    for a, b in search.edges:
        near[a].append(b)
        near[b].append(a)
    now = search.cost()
    best = (now, dict(search.where))
    start, end = HEAT
    for step in range(work):
        heat = start * (1 - step / work) + end
        node = nodes[rng.randrange(len(nodes))]
        p = search.where[node]
        if rng.random() < NEAR:  # next to one of its neighbours: in its row or the next, a slot or two away
            r, s = search.where[near[node][rng.randrange(len(near[node]))]]
            r = min(model.rows - 1, max(0, r + rng.randrange(-1, 2)))
            s = min(model.slots - 1, max(0, s + rng.randrange(-SPREAD, SPREAD + 1)))
            q = (r, s)
        else:
            q = places[rng.randrange(len(places))]
        if p == q:
            continue
        search.swap(p, q)
        then = search.cost()
        if then <= now or rng.random() < math.exp((now - then) / heat):
            now = then
            if now < best[0]:
                best = (now, dict(search.where))
        else:
            search.undo()
    return best[1]
