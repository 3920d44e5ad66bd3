"""How long each analysis takes on a big map — printed as a table of milliseconds.

    uv run python benchmarks/analysis_speed.py [FILE] [--runs N]

Times every analysis of ``tui.core.analysis`` on FILE (default:
samples/large.toml, 300 stakeholders and 900 ties; if it is missing, a
similar map is generated with ``random.Random(1)``), then the whole
``[analysis]`` section that every save writes, against a target of 0.5 s.
Medians of N runs. Also times ``import networkx`` in a fresh process, which
the app pays once, the first time a map is analysed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from any folder
    sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from tui.core import derived, model, store  # noqa: E402
from tui.core.analysis import analyse, build_graph, centrality, find_gaps, graph, grid, network, read_shape  # noqa: E402
from tui.core.vocab import Sector, Strength  # noqa: E402

TARGET = 0.5


def generated(stakeholders: int = 300, ties: int = 900) -> model.Workbook:
    """A map like samples/large.toml: eight clusters, a few ties between them, a few isolates."""
    rng = random.Random(1)
    people = [
        model.Stakeholder(
            f"s{n}",
            f"Group {n}",
            sector=rng.choice(list(Sector)),
            influence=rng.randint(1, 5),
            interest=rng.randint(1, 5),
        )
        for n in range(1, stakeholders + 1)
    ]
    cluster = {p.id: rng.randrange(8) for p in people}
    lonely = {p.id for p in rng.sample(people, 5)}
    ids = [p.id for p in people if p.id not in lonely]
    pairs: set[frozenset[str]] = set()
    while len(pairs) < ties:
        a = rng.choice(ids)
        near = [b for b in ids if cluster[b] == cluster[a]] if rng.random() < 0.9 else ids
        b = rng.choice(near)
        if a != b:
            pairs.add(frozenset((a, b)))
    links = [
        model.Tie(f"t{i}", *sorted(pair), strength=rng.choice(list(Strength)))
        for i, pair in enumerate(sorted(pairs, key=sorted), 1)
    ]
    return model.Workbook(stakeholders=people, ties=links, plan=model.Plan(our_stakeholder=ids[0]))


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def import_networkx_ms(runs: int) -> float:
    code = "import time; t = time.perf_counter(); import networkx; print(time.perf_counter() - t)"
    times = [
        float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
        for _ in range(max(3, runs // 3))
    ]
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "samples" / "large.toml")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    if args.file.exists():
        workbook, _ = store.load(args.file)
        source = args.file.name
    else:
        workbook = generated()
        source = f"generated (random.Random(1); {args.file.name} not found)"
    g = build_graph(workbook)
    net = graph.tied_part(g)
    found_grid = grid.prioritise(workbook)
    found_network = network.read_network(g)
    print(
        f"{source}: {len(workbook.stakeholders)} stakeholders, {len(workbook.ties)} ties, "
        f"{len(found_network.members)} in the network; median of {args.runs} runs, networkx {nx.__version__}"
    )

    rows = [
        ("grid: quadrants, key players, strategies", lambda: grid.prioritise(workbook)),
        ("grid: the 3x3 table", lambda: grid.group_table(workbook)),
        ("graph: build from the workbook", lambda: build_graph(workbook)),
        ("  degree centrality", lambda: centrality.degree_centrality(net)),
        ("  betweenness", lambda: centrality.betweenness(net)),
        ("  eigenvector (per piece)", lambda: centrality.eigenvector(net)),
        ("  density + centralisation", lambda: (centrality.density(net), centrality.degree_centralisation(net))),
        ("  cut points", lambda: list(nx.articulation_points(net))),
        ("  bridges (blocks of one tie)", lambda: network._bridges(net)),
        ("  clusters (Louvain)", lambda: nx.community.louvain_communities(net, seed=network.CLUSTER_SEED)),
        ("network: all of the above + roles", lambda: network.read_network(g)),
        ("shape", lambda: read_shape(found_network)),
        ("gaps", lambda: find_gaps(workbook, found_grid, g)),
        ("analyse(): everything", lambda: analyse(workbook)),
        ("[analysis] section (derived.analysis)", lambda: derived.analysis(workbook)),
        ("whole save text (store.dumps)", lambda: store.dumps(workbook)),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'':{width}}  {'ms':>8}")
    section_ms = 0.0
    for name, action in rows:
        ms = median_ms(action, args.runs)
        if name.startswith("[analysis]"):
            section_ms = ms
        print(f"{name:{width}}  {ms:8.1f}")
    print(f"{'import networkx (fresh process)':{width}}  {import_networkx_ms(args.runs):8.1f}")
    verdict = "within" if section_ms / 1000 <= TARGET else "OVER"
    print(f"\n[analysis] section: {section_ms:.0f} ms, {verdict} the target of {TARGET * 1000:.0f} ms")


if __name__ == "__main__":
    main()
