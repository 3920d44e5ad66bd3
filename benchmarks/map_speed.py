"""How long the text map takes to draw, and how big it comes out — printed as a table.

    uv run python benchmarks/map_speed.py [--runs N]

Renders Padgett's Florentine families, Zachary's karate club (on a 160 x 60
canvas), the Thai sample and the overview of samples/large.toml (300
stakeholders, 900 ties), each N times (default 5), and prints the median time
against a target of 1 s, the size of the drawing (columns x rows, legend
excluded), its crossings, and whether an independent parser (tests/map_parser.py)
reads every tie back. For comparison, the sizes the design card measured for
other tools: phart draws the Florentine families 137x11 and karate 134x13 with
merged junctions; Graph::Easy draws them 125x29 (one tie dropped) and 282x92
(seven dropped).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:  # run as a plain script from any folder
        sys.path.insert(0, str(folder))

import networkx as nx  # noqa: E402

from analysis_helpers import plain, workbook_from_graph  # noqa: E402
from map_parser import parse  # noqa: E402
from tui.core import store  # noqa: E402
from tui.core.textmap import MapOptions, clusters_of, render  # noqa: E402

TARGET = 1.0
OTHERS = {
    "Florentine families": "phart 137x11 (merged), Graph::Easy 125x29 (1 dropped)",
    "karate club": "phart 134x13 (merged), Graph::Easy 282x92 (7 dropped)",
}


def cases():
    florentine = workbook_from_graph(nx.florentine_families_graph())
    karate = workbook_from_graph(plain(nx.karate_club_graph()))
    thai, _ = store.load(ROOT / "samples" / "organic-farming.th.toml")
    large, _ = store.load(ROOT / "samples" / "large.toml")
    return [
        ("Florentine families", florentine, MapOptions(width=80)),
        ("Florentine, ASCII", florentine, MapOptions(width=80, ascii=True)),
        ("karate club", karate, MapOptions(width=160, height=60)),
        ("Thai sample", thai, MapOptions(width=80, lang="th")),
        ("large sample (overview)", large, MapOptions(width=100)),
        ("large, cluster 1 (list)", large, MapOptions(width=100, focus="cluster:1")),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    print(f"{'map':26} {'view':9} {'median':>8} {'size':>8} {'cross':>6}  exact  others")
    for name, workbook, options in cases():
        clusters = clusters_of(workbook)  # computed once, as a screen holding the analyses would
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            canvas = render(workbook, options, clusters)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        exact = "-"
        crossings = "-"
        if canvas.view.value in ("full", "overview", "ego", "cluster"):
            parsed = parse(canvas.text())
            crossings = str(parsed.crossings)
            exact = "yes" if len(parsed.ties) == len(canvas.routes) else "NO"
        flag = "" if median < TARGET else "  (over target)"
        size = f"{canvas.width}x{canvas.height}"
        print(f"{name:26} {canvas.view.value:9} {median * 1000:6.0f}ms {size:>8} {crossings:>6}  {exact:5}  "
              f"{OTHERS.get(name, '')}{flag}")
    print(f"target: under {TARGET:.0f} s each (median of {runs}); clusters computed once beforehand")


if __name__ == "__main__":
    main()
