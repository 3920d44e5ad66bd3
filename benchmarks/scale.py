"""How Phakhi's work grows with the network: 300 to 10,000 stakeholders, beside the floor.

    uv run python benchmarks/scale.py [--sizes 300 1000 3000 10000] [--limit SECONDS]
    uv run python benchmarks/scale.py --code DIR     # measure the source in DIR instead

For each size N, ``samples/make_samples.py`` makes the large sample's kind of
map with N stakeholders and 3N ties (written once into ``--keep``, a
temporary folder by default), and each measure runs once in a new process:

* the ``[analysis]`` section (``derived.analysis`` on the loaded workbook,
  after a first one on the Thai sample, as the app has networkx loaded
  before it saves), beside networkx computing the same measures directly on a graph of the
  same ties (betweenness with the same sample of sources when the section
  says it estimated, eigenvector per piece, cut points, bridges, Louvain,
  components, density);
* ``phakhi check``, ``phakhi report`` and ``phakhi map --width 100`` as a
  user runs them (new process, start-up included), beside a new process that
  only parses the file with tomli (check, map) or parses it and computes the
  networkx measures above (report);
* building the workbook with the editor (every stakeholder and tie through
  ``Editor``, as the generator does), beside networkx holding the same
  records: a graph with every stakeholder and tie and their fields;
* ``phakhi import`` of the workbook's Kumu CSV pair (elements and
  connections, as ``phakhi export --format csv`` writes them, made once by
  this tree), beside a new process that only reads both sheets with Python's
  csv module.

The last column is each measure's growth exponent: the slope of log(time)
against log(N), least squares over the sizes that finished (1.0 is linear,
2.0 quadratic). A measure that runs past ``--limit`` seconds is shown as
"> limit" and left out of the fit. ``--code DIR`` measures another checkout
(for example ``git worktree add ../before <commit>``) on the same files, with
this tree's generator driving that tree's editor, for before/after tables.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (300, 1000, 3000, 10000)
#: Betweenness estimates and Louvain runs use the analyses' own fixed seeds; so does the floor.
FLOOR_SEED = 1


# -- probes: each runs in a process of its own and prints its seconds as JSON --


def _generator():
    """This tree's samples/make_samples.py, driving whichever ``tui`` comes first on sys.path."""
    sys.path.append(str(ROOT))  # found last: ``--code`` puts the measured tree first
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "samples" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _raw(path: str) -> dict:
    import tomli

    return tomli.loads(Path(path).read_text("utf-8"))


def _floor_measures(raw: dict, sources: int | None) -> None:
    """networkx's own functions for what the ``[analysis]`` section reports."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_edges_from((tie["a"], tie["b"]) for tie in raw.get("ties", []))
    nx.density(graph)
    nx.degree_centrality(graph)
    nx.betweenness_centrality(graph, k=sources, seed=FLOOR_SEED if sources else None)
    for piece in nx.connected_components(graph):
        nx.eigenvector_centrality(graph.subgraph(piece), max_iter=1000, tol=1.0e-6)
    list(nx.articulation_points(graph))
    list(nx.bridges(graph))
    nx.community.louvain_communities(graph, seed=FLOOR_SEED)


def probe(kind: str, arg: str, extra: str | None) -> dict:
    if kind == "build":
        generator = _generator()
        return {"seconds": _timed(lambda: generator.build_large(int(arg)))}
    if kind == "build-floor":
        import networkx as nx

        raw = _raw(arg)

        def hold() -> None:
            graph = nx.Graph()
            graph.add_nodes_from((s["id"], s) for s in raw["stakeholders"])
            graph.add_edges_from((t["a"], t["b"], t) for t in raw.get("ties", []))

        return {"seconds": _timed(hold)}
    if kind == "analysis":
        from tui.core import derived, store

        workbook, _ = store.load(Path(arg))
        derived.analysis(store.load(ROOT / "samples" / "organic-farming.th.toml")[0])  # networkx imported and warm
        start = time.perf_counter()
        section = derived.analysis(workbook)
        seconds = time.perf_counter() - start
        return {"seconds": seconds, "sources": section.get("betweenness_estimate", {}).get("sources")}
    if kind == "measures-floor":
        raw = _raw(arg)
        sources = int(extra) if extra else None
        _floor_measures(_raw(str(ROOT / "samples" / "organic-farming.th.toml")), None)  # the same warm-up
        return {"seconds": _timed(lambda: _floor_measures(raw, sources))}
    if kind == "open":  # the app opening the file: it keeps a parsed copy
        from tui.core import store

        store.load(arg, remembered=True)
        return {}
    if kind == "kumu":  # the CSV pair a Kumu user would bring: written once, by this tree
        from tui.core import derived_read, store
        from tui.core.io.csv_export import to_kumu

        data = Path(arg).read_bytes()
        workbook = store.parse(data, arg)
        elements, connections = to_kumu(workbook, derived_read.analysis(workbook, derived_read.current_section(data)))
        for path, text in zip(kumu_pair(Path(arg)), (elements, connections), strict=True):
            path.write_text(text, encoding="utf-8")
        return {}
    if kind == "import-floor":  # timed from outside, as a whole process
        import csv

        for path in kumu_pair(Path(arg)):
            with open(path, encoding="utf-8", newline="") as sheet:
                list(csv.reader(sheet))
        return {}
    if kind == "report-floor":  # timed from outside, as a whole process
        _floor_measures(_raw(arg), int(extra) if extra else None)
        return {}
    raise SystemExit(f"unknown probe {kind}")


def kumu_pair(workbook: Path) -> tuple[Path, Path]:
    """Where the Kumu elements and connections sheets of a generated workbook go."""
    return workbook.with_suffix(".elements.csv"), workbook.with_suffix(".connections.csv")


# -- the table --


def _run(command: list[str], code: Path, limit: float, cache: Path | None = None) -> tuple[float | None, dict]:
    """Wall time of a new process and what it printed as JSON, or None past the limit;
    ``cache``: the folder of its parsed copies."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    if cache is not None:
        env["PHAKHI_CACHE_DIR"] = str(cache)
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=code, env=env, capture_output=True, text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None, {}
    wall = time.perf_counter() - start
    out = done.stdout.strip().splitlines()
    return wall, (json.loads(out[-1]) if out and out[-1].startswith("{") else {})


def _probe(
    kind: str, arg: str, code: Path, limit: float, extra: object = None, cache: Path | None = None
) -> tuple[float | None, dict]:
    command = [sys.executable, str(Path(__file__).resolve()), "--probe", kind, arg]
    if extra is not None:
        command.append(str(extra))
    wall, found = _run(command, code, limit, cache)
    return (found.get("seconds", wall) if wall is not None else None), found


def exponent(sizes: list[int], seconds: list[float | None]) -> float | None:
    """Least-squares slope of log(seconds) on log(size), over the sizes that finished."""
    points = [(math.log(n), math.log(s)) for n, s in zip(sizes, seconds, strict=False) if s]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def measure(size: int, folder: Path, code: Path, limit: float) -> dict[str, tuple[float | None, float | None]]:
    """(Phakhi, floor) seconds of every measure for one size."""
    path = folder / f"large-{size}.toml"
    if not path.exists():
        generator = _generator()
        generator.write(generator.build_large(size), path)
    file = str(path)
    phakhi = [sys.executable, "-m", "tui"]
    parse = [sys.executable, "-c", f"import tomli; tomli.loads(open({file!r}, encoding='utf-8').read())"]
    analysis, found = _probe("analysis", file, code, limit)
    sources = found.get("sources")
    elements, connections = kumu_pair(path)
    if not connections.exists():
        _probe("kumu", file, ROOT, limit)
    imported = folder / f"imported-{size}.toml"
    imported.unlink(missing_ok=True)
    map_command = [*phakhi, "map", "--width", "100", file]
    return {
        "[analysis] section": (analysis, _probe("measures-floor", file, code, limit, sources or "")[0]),
        "phakhi check": (_run([*phakhi, "check", "-q", file], code, limit)[0], _run(parse, code, limit)[0]),
        "phakhi report": (
            _run([*phakhi, "report", file], code, limit)[0],
            _probe("report-floor", file, code, limit, sources or "")[0],
        ),
        "phakhi map --width 100": (
            _run(map_command, code, limit, cache=Path(tempfile.mkdtemp(dir=folder)))[0],
            _run(parse, code, limit)[0],
        ),
        "… once the app has opened the file": (_map_after_open(map_command, file, code, limit, folder), None),
        "build with the editor": (
            _probe("build", str(size), code, limit)[0],
            _probe("build-floor", file, code, limit)[0],
        ),
        "phakhi import (Kumu CSV pair)": (
            _run([*phakhi, "import", str(elements), str(connections), "-o", str(imported)], code, limit)[0],
            _probe("import-floor", file, code, limit)[0],
        ),
    }


def _map_after_open(map_command: list[str], file: str, code: Path, limit: float, folder: Path) -> float | None:
    """``phakhi map`` once the app has opened the file (and kept its parsed copy)."""
    kept = Path(tempfile.mkdtemp(dir=folder))
    _probe("open", file, code, limit, cache=kept)
    return _run(map_command, code, limit, cache=kept)[0]


FLOORS = {
    "[analysis] section": "networkx, same measures",
    "phakhi check": "new process parsing with tomli",
    "phakhi report": "new process: tomli + networkx measures",
    "phakhi map --width 100": "new process parsing with tomli",
    "… once the app has opened the file": "",
    "build with the editor": "networkx graph of the same records",
    "phakhi import (Kumu CSV pair)": "new process reading both sheets with csv",
}


def _cell(seconds: float | None, limit: float) -> str:
    if seconds is None:
        return f"> {limit:g} s"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _slope(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), metavar="N")
    parser.add_argument(
        "--limit", type=float, default=300.0, metavar="SECONDS", help="give up on a measure after this long"
    )
    parser.add_argument("--code", type=Path, default=ROOT, metavar="DIR", help="the Phakhi source to measure")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write (and reuse) the generated workbooks here")
    parser.add_argument("--probe", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        kind, arg, *extra = args.probe
        print(json.dumps(probe(kind, arg, extra[0] if extra else None)))
        return

    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        results = {}
        for size in args.sizes:
            results[size] = measure(size, folder, args.code.resolve(), args.limit)
            print(f"measured {size} stakeholders", file=sys.stderr)

    sizes = list(results)
    names = list(FLOORS)
    width = max(len(f"  {FLOORS[name]} (floor)") for name in names)
    header = "".join(f"{f'{n}/{3 * n}':>13}" for n in sizes)
    print(f"{args.code.resolve()}: one run per measure on {sys.platform}, Python {sys.version.split()[0]}")
    print(f"{'stakeholders/ties':{width}}{header}  exponent")
    for name in names:
        ours = [results[n][name][0] for n in sizes]
        floor = [results[n][name][1] for n in sizes]
        ratios = "".join(f"{f'{o / f:.1f}x' if o and f else '':>13}" for o, f in zip(ours, floor, strict=False))
        print(f"{name:{width}}{''.join(f'{_cell(s, args.limit):>13}' for s in ours)}  {_slope(exponent(sizes, ours))}")
        if not FLOORS[name]:
            continue
        print(
            f"{f'  {FLOORS[name]} (floor)':{width}}{''.join(f'{_cell(s, args.limit):>13}' for s in floor)}"
            f"  {_slope(exponent(sizes, floor))}"
        )
        print(f"{'  ratio':{width}}{ratios}")


if __name__ == "__main__":
    main()
