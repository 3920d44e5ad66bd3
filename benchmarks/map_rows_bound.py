"""How many rows Les Misérables needs when drawn in rows with channels: a count, not a drawing.

    uv run python benchmarks/map_rows_bound.py [--width 160] [--height 48] [--steps N] [--seed S] [--rows R ...]

(about ten minutes with the default 200,000 moves an annealing; ``--steps 20000`` takes one)

Les Misérables (networkx ``les_miserables_graph``: 77 stakeholders, 254
ties) is drawn whole with numbers for names in rows of boxes with channels
of tracks between them (docs/MAP.md, "Big networks: rows with channels") at
200 and 240 columns, but not on 160 x 48. This script counts how many rows
it needs there, in two ways (docs/MAP.md, "Les Misérables on 160 x 48: a
count").

1. **The arrangements the map draws.** Every arrangement ``channels.py``
   tries (bands and stacks, 3 to 9 rows, lines a cell from the boxes or
   beside them, ports on every cell or every other) drawn at the width with
   no limit on the height, tracks on every row: how tall it comes out, or
   that it does not fit the width at all (a row of boxes wider than the
   page, or a row with no free column left for a tie passing it).

2. **A count kind to the drawing, the best arrangement an annealing finds
   for it.** ``R`` rows
   of ``S`` slots, each slot ``width / S`` cells; a stakeholder in a slot has
   its box in the slot's middle, and its ports anywhere up to 2 cells from
   there, or a quarter of its ties for a hub (a port a tie over and under
   its box), wherever each tie is shortest; the boxes' widths are not
   counted against the slots (a hub as wide as a bus costs nothing). A tie
   between neighbours in a row is free (a line from bracket to bracket); any
   other tie within a row is one piece in the channel under it (over the last
   row: the channel under it is the page's bottom one). A tie between
   neighbouring rows is one piece in the channel between them, from one
   box's port to the other's (no piece when they are one above the other).
   A tie between rows further apart goes along to the edge of its slot
   nearest the other box, straight down it (a column free of boxes in every
   row; two ties may share it, which a drawing cannot) and along to the
   other box: a piece in the first channel and one in the last. A channel
   needs as many tracks as pieces over one column (each piece with the
   blank cell after it: interval colouring, which ignores
   that a line coming down to a track must lie above one going on down from
   the same column, so it can only need fewer than a drawing). The page
   needs the tracks of every channel, a row for each row of boxes and a row
   of ports over and under it, and a blank row at the top and the bottom.
   Counted with the boxes' widths left out, and then with each row holding
   its boxes at their least widths and a cell for every line passing down
   through it (each cell too many counted as a track). The stakeholders are
   placed by simulated annealing (a fixed seed; moves: two slots swap what
   they hold, one of them may be empty), keeping the arrangement with the
   fewest tracks in all.

The annealing finds arrangements, it does not prove that none is better.
The model is kind to the drawing in most ways (no constraints between
tracks, lines sharing a column down through the rows, no width charged for
a hub's reach when widths are left out) but not in all (a tie within a row
always takes the channel under it; a box is never wider than its ties
need), so it says where a drawing could be, not that one is impossible.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:  # run as a plain script from any folder
        sys.path.insert(0, str(folder))

#: Rows of boxes and slots a row tried by the relaxed model at 160 columns (slots of 6 to 10 cells).
SHAPES = ((3, 26), (4, 20), (5, 16), (6, 14), (7, 12))
#: How far from a box's middle its ports may be at least (a numbered box is 3 or 4 cells wide).
PORT_REACH = 2
#: Annealing steps for each shape.
STEPS = 200_000


@dataclass(frozen=True)
class Pieces:
    """The relaxed model's geometry: ``rows`` rows of ``slots`` slots on a page ``width`` cells wide."""

    rows: int
    slots: int
    width: int

    def middle(self, slot: int) -> int:
        return int((slot + 0.5) * self.width / self.slots)

    def edge(self, slot: int, right: bool) -> int:
        return int((slot + right) * self.width / self.slots)

    def of(self, a: tuple[int, int], b: tuple[int, int], reach: tuple[int, int] = (0, 0)) -> list[tuple[int, int, int]]:
        """The pieces of a tie between the boxes in slots ``a`` and ``b`` ((row, slot) each): (channel, from
        column, to column), channel r being the one over row r. ``reach``: how far from its slot's middle
        each box may have the tie's port, towards the other end."""
        if a[0] > b[0]:
            a, b, reach = b, a, (reach[1], reach[0])
        (ra, sa), (rb, sb) = a, b
        xa, xb = self.middle(sa), self.middle(sb)
        if ra == rb and abs(sa - sb) == 1:
            return []
        if rb <= ra + 1:
            xa = _towards(xa, xb, reach[0])
            xb = _towards(xb, xa, reach[1])
            return [(ra + 1, xa, xb)] if xa != xb else []
        down = self.edge(sa, sb >= sa)  # free of boxes in every row: straight down it
        return [(ra + 1, _towards(xa, down, reach[0]), down), (rb, down, _towards(xb, down, reach[1]))]

    def rows_needed(self, tracks: list[int]) -> int:
        """The page's rows for these tracks (channel 0 over the first row ... ``rows`` under the last): a row
        for each row of boxes, a row of ports over and under it where a channel has tracks, the tracks, a
        blank row at the top and at the bottom."""
        ports = 2 * self.rows - (tracks[0] == 0) - (tracks[-1] == 0)
        return sum(tracks) + self.rows + ports + 2


def _towards(x: int, to: int, most: int) -> int:
    """``x`` moved towards ``to`` by at most ``most``."""
    return x + max(-most, min(most, to - x))


class Channels:
    """Pieces over each column of each channel, kept as ties move (a blank cell counted after each piece)."""

    def __init__(self, model: Pieces) -> None:
        self.model = model
        self.over = [[0] * (model.width + 3) for _ in range(model.rows + 1)]

    def add(self, pieces: list[tuple[int, int, int]], sign: int) -> None:
        for channel, x1, x2 in pieces:
            if x1 == x2:
                continue
            row = self.over[channel]
            for x in range(min(x1, x2), max(x1, x2) + 2):
                row[x] += sign

    def tracks(self) -> list[int]:
        return [max(row) for row in self.over]


def reach(count: int, edges: list[tuple[int, int]]) -> list[int]:
    """How far from its middle each stakeholder's box may have a port: half a numbered box (2 cells), or half
    of the box its ties need, a port a tie over and under it (a quarter of its ties), whichever is more."""
    degree = [0] * count
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    return [max(PORT_REACH, math.ceil(d / 4)) for d in degree]


def fewest_tracks(
    count: int,
    edges: list[tuple[int, int]],
    model: Pieces,
    steps: int,
    seed: int,
    boxes: list[int] | None = None,
) -> tuple[list[int], dict[int, tuple[int, int]], int]:
    """Each channel's tracks for the arrangement with the fewest in all that an annealing finds, that
    arrangement (stakeholder -> (row, slot)), and the cells it is too wide by. With ``boxes`` (each box's
    least width), a row must hold its boxes and a free cell for every tie passing it (a line down through
    the row between rows above and below): each cell a row is too wide counts as a track more."""
    rng = random.Random(seed)
    places = [(r, s) for r in range(model.rows) for s in range(model.slots)]
    if len(places) < count:
        raise ValueError(f"{model.rows} x {model.slots} slots hold fewer than {count} stakeholders")
    rng.shuffle(places)
    holder: dict[tuple[int, int], int] = {place: n for n, place in enumerate(places[:count])}
    where = {n: place for place, n in holder.items()}
    ties_of: list[list[int]] = [[] for _ in range(count)]
    for k, (a, b) in enumerate(edges):
        ties_of[a].append(k)
        ties_of[b].append(k)
    far = reach(count, edges)

    def pieces(k: int) -> list[tuple[int, int, int]]:
        a, b = edges[k]
        return model.of(where[a], where[b], (far[a], far[b]))

    channels = Channels(model)
    cells = [0] * model.rows  # each row's box cells and ties passing it
    for n, (r, _) in where.items():
        cells[r] += boxes[n] if boxes is not None else 0

    def passing(k: int, sign: int) -> None:
        if boxes is not None:
            low, high = sorted((where[edges[k][0]][0], where[edges[k][1]][0]))
            for r in range(low + 1, high):
                cells[r] += sign

    def tied(k: int, sign: int) -> None:
        channels.add(pieces(k), sign)
        passing(k, sign)

    def over() -> int:
        return sum(max(0, c - model.width) for c in cells)

    for k in range(len(edges)):
        tied(k, 1)
    now = sum(channels.tracks()) + over()
    best = (now, channels.tracks(), dict(where), over())

    def move(p: tuple[int, int], q: tuple[int, int]) -> list[int]:
        """Swap what slots p and q hold; the ties that moved."""
        m, n = holder.get(p), holder.get(q)
        moved = sorted({k for node in (m, n) if node is not None for k in ties_of[node]})
        for k in moved:
            tied(k, -1)
        for node, place in ((m, q), (n, p)):
            if node is None:
                holder.pop(place, None)
            else:
                if boxes is not None:
                    cells[where[node][0]] -= boxes[node]
                    cells[place[0]] += boxes[node]
                holder[place] = node
                where[node] = place
        for k in moved:
            tied(k, 1)
        return moved

    for step in range(steps):
        heat = 3.0 * (1 - step / steps) + 0.05
        p = where[rng.randrange(count)]
        q = places[rng.randrange(len(places))]
        if p == q:
            continue
        move(p, q)
        then = sum(channels.tracks()) + over()
        if then <= now or rng.random() < math.exp((now - then) / heat):
            now = then
            if now < best[0]:
                best = (now, channels.tracks(), dict(where), over())
        else:
            move(p, q)  # undone
    return best[1], best[2], best[3]


def lesmis():
    import networkx as nx
    from analysis_helpers import plain, workbook_from_graph

    return workbook_from_graph(plain(nx.les_miserables_graph()))


def arrangements(width: int) -> list[tuple[str, int | None]]:
    """Every arrangement ``channels.py`` tries for Les Misérables at ``width`` columns, each with its height
    on a page of no limit (tracks on every row), or None when it does not fit the width."""
    from tui.core.cells import cell_width
    from tui.core.textmap import channels, clusters_of
    from tui.core.textmap.draw import ROWS

    workbook = lesmis()
    keys = [s.id for s in workbook.stakeholders]
    index = {key: i for i, key in enumerate(keys)}
    cluster_of = {key: c for c, members in enumerate(clusters_of(workbook)) for key in members}
    edges = tuple((index[t.a], index[t.b]) for t in workbook.ties)
    cluster = tuple(cluster_of.get(key, -1) for key in keys)
    widths = [cell_width(str(i)) + 2 for i in range(1, len(keys) + 1)]
    out = []
    for parity, beside in ((False, channels.BESIDE), (False, 0), (True, 0)):
        for bands in (True, False):
            for rows in ROWS:
                book = channels.channels(
                    len(keys), edges, cluster, widths, rows, width, 10**4, False, parity, beside, bands
                )
                name = (
                    f"{'bands' if bands else 'stacks'}, {rows} rows, lines "
                    f"{'beside boxes' if not beside else 'a cell away'}{', ports every other cell' if parity else ''}"
                )
                out.append((name, None if book is None else book.height))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--width", type=int, default=160)
    parser.add_argument("--height", type=int, default=48)
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rows", type=int, nargs="*", help="only these numbers of rows (3 to 7)")
    arguments = parser.parse_args()
    workbook = lesmis()
    index = {s.id: i for i, s in enumerate(workbook.stakeholders)}
    edges = [(index[t.a], index[t.b]) for t in workbook.ties]
    count = len(index)
    print(f"Les Misérables: {count} stakeholders, {len(edges)} ties, page {arguments.width} x {arguments.height}\n")
    print("1. The arrangements the map draws (channels.py), tracks on every row, no limit on the height:")
    drawn = arrangements(arguments.width)
    fits = [height for _, height in drawn if height is not None]
    for name, height in drawn:
        print(f"   {name:<60} {'does not fit the width' if height is None else f'{height} rows'}")
    print(f"   the shortest: {min(fits) if fits else '-'} rows, against {arguments.height}\n")
    page = arguments.width - 2  # a blank column either side
    least = least_widths(count, edges)
    print(f"2. The relaxed model, the best arrangement found; boxes need {sum(least)} cells at least:")
    for rows, slots in SHAPES:
        if arguments.rows and rows not in arguments.rows:
            continue
        model = Pieces(rows, slots, page)
        room = arguments.height - (3 * rows + 2)  # every channel with tracks: box and port rows, margins
        print(f"   {rows} rows of {slots} slots ({page / slots:.1f} cells), room for {room} tracks:")
        for boxes in (None, least):
            tracks, _, wide = fewest_tracks(count, edges, model, arguments.steps, arguments.seed, boxes)
            print(
                f"     {'boxes and lines through rows counted' if boxes else 'widths not counted':<38} "
                f"{sum(tracks)} tracks {tracks}, {model.rows_needed(tracks)} rows"
                + (f", rows {wide} cells too wide" if wide else "")
            )


def least_widths(count: int, edges: list[tuple[int, int]]) -> list[int]:
    """Each numbered box's least width: its number and brackets, and a port a tie over and under it with
    one tie on either side (half its ties, less one), whichever is more."""
    degree = [0] * count
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    return [max(len(str(n + 1)) + 2, math.ceil((degree[n] - 2) / 2)) for n in range(count)]


if __name__ == "__main__":
    main()
