"""Les Misérables in rows with channels: the arrangement searched for (``placing.py``) against the map's own.

    uv run python benchmarks/map_placing.py [--width 160] [--rows 3 4 5] [--work N] [--seed S] [--draw-width W ...]

Les Misérables (networkx ``les_miserables_graph``, 77 stakeholders, 254
ties, strengths as ``tests/test_map_exact.py``'s ``lesmis()``: a fixed random
mix, seed 3), numbered boxes. Ties with *nets*: a tie belongs to its
higher-degree end's net for its strength when that end has 3 or more such
ties (a hub's ties of one strength drawn as one branching line), else it is a
plain tie; and without nets (every tie plain).

For each number of rows: the relaxed count model's tracks and page rows
(docs/MAP.md, "Les Misérables on 160 x 48: a count", with nets) for the
map's own arrangements (``channels.arrangement``: bands and stacks of the
stress layout, put on the slots) and for ``placing.searched``, with the
processor time the search took (the stress layout already worked out). Then
an arrangement searched for at each ``--draw-width`` drawn for real by
``channels.channels`` (plain ties: the drawing has no nets yet) with no
limit on the height: its height, or that it does not fit the width, against the
shortest of the map's own arrangements there.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.textmap import channels, placing

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:  # run as a plain script from any folder
        sys.path.insert(0, str(folder))

#: A hub's ties of one strength are a net when it has this many at least.
NET_TIES = 3


def network() -> tuple[int, tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...], list[int]]:
    """Les Misérables: its size, ties, nets (hubs' ties of one strength), clusters and numbered boxes' widths."""
    from test_map_exact import lesmis

    from tui.core.textmap import clusters_of

    workbook = lesmis()
    keys = [s.id for s in workbook.stakeholders]
    index = {key: i for i, key in enumerate(keys)}
    edges = tuple((index[t.a], index[t.b]) for t in workbook.ties)
    strengths = [t.strength for t in workbook.ties]
    cluster_of = {key: c for c, members in enumerate(clusters_of(workbook)) for key in members}
    cluster = tuple(cluster_of.get(key, -1) for key in keys)
    count = len(keys)
    return count, edges, nets_of(count, edges, strengths), cluster, [len(str(n + 1)) + 2 for n in range(count)]


def nets_of(count: int, edges: tuple[tuple[int, int], ...], strengths: list[object]) -> tuple[int, ...]:
    """Each tie's net: its higher-degree end's (the lower number when equal) for its strength when that end
    has :data:`NET_TIES` or more ties of that strength, else a net of its own (its number)."""
    degree = [0] * count
    such: dict[tuple[int, object], int] = {}
    for (a, b), strength in zip(edges, strengths, strict=True):
        for end in (a, b):
            degree[end] += 1
            such[end, strength] = such.get((end, strength), 0) + 1
    kinds = sorted({str(s) for s in strengths})
    nets = []
    for k, ((a, b), strength) in enumerate(zip(edges, strengths, strict=True)):
        hub = a if (degree[a], -a) > (degree[b], -b) else b
        own = such[hub, strength] >= NET_TIES
        nets.append(len(edges) + hub * len(kinds) + kinds.index(str(strength)) if own else k)
    return tuple(nets)


def counted(
    model: placing.Model,
    edges: tuple[tuple[int, int], ...],
    nets: tuple[int, ...],
    boxes: list[int],
    arranged: channels.Arrangement,
) -> str:
    """The count of an arrangement put on the model's slots: each channel's tracks and the page's rows."""
    from tui.core.textmap import placing

    search = placing.Search(model, edges, nets, placing.on_slots(arranged, model.slots), boxes)
    wide = f", rows {search.over()} cells too wide" if search.over() else ""
    return f"{sum(search.tracks)} tracks {search.tracks}{wide} -> {model.rows_needed(search.tracks)} rows"


def main() -> None:
    from tui.core.textmap import channels, placing
    from tui.core.textmap.draw import ROWS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--width", type=int, default=160)
    parser.add_argument("--rows", type=int, nargs="*", default=[3, 4, 5])
    parser.add_argument("--work", type=int, default=placing.WORK)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--draw-width", type=int, nargs="*", default=[160, 200, 240, 280])
    arguments = parser.parse_args()
    count, edges, nets, cluster, widths = network()
    plain = tuple(range(len(edges)))
    bused = [n for n in nets if n >= len(edges)]
    print(
        f"Les Misérables: {count} stakeholders, {len(edges)} ties, {len(set(bused))} nets holding {len(bused)} of "
        f"them, {arguments.width} columns, {arguments.work} moves a search\n"
    )
    for rows in ROWS:  # the stress layout and the map's arrangements worked out before anything is timed
        for bands in (True, False):
            channels.arrangement(count, edges, cluster, rows, bands)
    found: dict[tuple[int, bool, int], channels.Arrangement] = {}
    print("The count (tracks: each channel's; rows: the page's):")
    for rows in arguments.rows:
        slots = placing.slots_for(count, rows)
        model = placing.Model(rows, slots, arguments.width - 2)
        print(f"  {rows} rows of {slots} slots ({model.width / slots:.1f} cells):")
        for netted, ways in ((True, nets), (False, plain)):
            boxes = placing.least_widths(count, edges, ways, widths)
            label = "with nets" if netted else "plain ties"
            for bands in (True, False):
                own = channels.arrangement(count, edges, cluster, rows, bands)
                if len(own[0]) == rows and max(len(line) for line in own[0]) <= slots:
                    print(
                        f"    {label:<11} {'bands' if bands else 'stacks':<9} {counted(model, edges, ways, boxes, own)}"
                    )
            start = time.process_time()
            best = placing.searched(
                count, edges, ways, widths, rows, arguments.width, arguments.work, arguments.seed, cluster
            )
            took = time.process_time() - start
            found[rows, netted, arguments.width] = best
            print(f"    {label:<11} {'searched':<9} {counted(model, edges, ways, boxes, best)}, {took:.2f} s")
    print("\nDrawn (channels.channels, plain ties, no limit on the height, tracks on every row):")
    for draw_width in arguments.draw_width:
        own = []
        for bands in (True, False):
            for rows in ROWS:
                book = channels.channels(count, edges, cluster, widths, rows, draw_width, 10**4, False, bands=bands)
                if book is not None:
                    own.append(book.height)
        print(
            f"  {draw_width} columns: the map's own arrangements {min(own) if own else 'none fit'}"
            f"{' rows at the shortest' if own else ''}"
        )
        for rows in arguments.rows:
            for netted, ways in ((True, nets), (False, plain)):
                key = (rows, netted, draw_width)
                if key not in found:  # searched for at this width
                    found[key] = placing.searched(
                        count, edges, ways, widths, rows, draw_width, arguments.work, arguments.seed, cluster
                    )
                start = time.process_time()
                book = channels.channels(
                    count, edges, cluster, widths, rows, draw_width, 10**4, False, bands=False, given=found[key]
                )
                took = time.process_time() - start
                height = "does not fit the width" if book is None else f"{book.height} rows, {took:.2f} s"
                print(f"    searched, {rows} rows, {'with nets' if netted else 'plain ties'}: {height}")


if __name__ == "__main__":
    main()
