"""How long the text map takes to draw, how big it comes out, and how it compares with other tools.

    uv run python benchmarks/map_speed.py [--runs N] [--no-others] [--phart-src DIR --phart-python EXE]
    uv run python benchmarks/map_speed.py --quality [--code DIR]
    uv run python benchmarks/map_speed.py --edit [--runs N]
    uv run python benchmarks/map_speed.py --speed [--runs N] [--code DIR]

Part 1 renders Padgett's Florentine families, Zachary's karate club (on a
160 x 60 canvas, and at 80 columns, where it becomes an overview), the Thai
sample and the overview of samples/large.toml (300 stakeholders, 900 ties),
each N times (default 5) with the layout cache emptied before each run, and
prints the median time against its target, the size of the drawing (columns
x rows, legend excluded), its crossings, and whether an independent parser
(tests/map_parser.py) reads every tie back.

Then a visit to the map after one edit (a name added, a tie added, a
score), for the map screen's window at 80 x 24, the Thai sample at 80
columns and the karate club: drawn from scratch, as every visit after an
edit was, against drawn from the last drawing (``render(...,
previous=canvas)``, docs/MAP.md "Drawing again after an edit"), with the
search steps of each and their crossings. ``--edit`` prints only that.

Then, for the Thai sample, the Florentine families, the karate club, Les
Misérables and the large sample, each at 80 columns and on 160 x 48, how
the drawing reads: its view and size, the area it uses, its crossings (all,
and apart: those of two ties with no end in common, as the baseline counts), the
crossings of a straight-line drawing of networkx's kamada_kawai_layout
positions of the same network (pairs of lines with no end in common that
cross), bends per tie, how many labels are cut (and how many of those between
letters inside a word, by the word list's finest words) and how many ties go round
other things (frames) and where two lines run side by side (side: both counted
by tests/map_shapes.py), also for the Thai sample in the
map screen's window at 80 x 24. ``--quality`` prints
only that table; ``--code DIR`` measures another checkout's map code (the
folder holding its ``tui/``, e.g. ``git archive REV tui | tar -x -C DIR``)
with this parser and these cases.

Part 2 draws the Florentine families, the karate club and the large sample
side by side with two other tools, each in its own throwaway environment
(``uv run --no-project --with ...``; nothing is added to the project):

* phart, the Python Hierarchical ASCII Representation Tool (PyPI ``phart``;
  on Python 3.11 the newest that installs is 1.1.4, the 2.x line needs 3.14).
  ``--phart-src`` runs a checkout instead (its ``src`` folder on PYTHONPATH)
  with ``--phart-python``.
* grandalf's Sugiyama layout (PyPI ``grandalf``), which places nodes and
  bends but draws nothing: its boxes and straight edge segments are put on a
  character grid here (``-`` ``|`` ``/`` ``\\``, ``+`` where edges share a cell),
  as text renderers built on it do.

For each it prints the time (median of the runs, inside the tool's process,
interpreter start excluded), the size, the crossings, the *junctions* (cells
where three or more line ends meet, so a reader cannot tell which lines go
on: phart's ``+`` ``┬`` ``┴`` ``├`` ``┤`` ``┼``), the *shared* cells (grandalf: cells
two or more edges draw on, a crossing or a merge no one can tell apart), the
*hidden* cells (an edge running under another node's box) and whether every
tie can be read back. Ours reads back through tests/map_parser.py, which
refuses any junction; another tool's drawing with a junction or a shared or
hidden cell cannot be read back unambiguously. When a tool cannot be
installed or run here, the row says so and the design card's measurements
(phart 137x11 and 134x13, merged junctions) stand as the reference.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import inspect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:  # run as a plain script from any folder
        sys.path.insert(0, str(folder))
if "--code" in sys.argv[:-1]:  # another checkout's map code (its tui/), measured with this parser and these cases
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--code") + 1]).resolve()))

import networkx as nx  # noqa: E402
from analysis_helpers import plain, workbook_from_graph  # noqa: E402
from map_parser import ParseError, parse  # noqa: E402
from map_shapes import frames  # noqa: E402
from map_shapes import side_by_side as lines_side_by_side  # noqa: E402

from tui.core import model, store  # noqa: E402
from tui.core.current import current  # noqa: E402
from tui.core.textmap import MapOptions, clusters_of, render  # noqa: E402
from tui.core.textmap import layout as map_layout  # noqa: E402
from tui.core.textmap.draw import text_cells as line_cells  # noqa: E402

TARGET = 1.0
#: The large sample's overview has a target of its own.
OVERVIEW_TARGET = 0.3
OTHERS_TIMEOUT = 300


def cases():
    florentine = workbook_from_graph(nx.florentine_families_graph())
    karate = workbook_from_graph(plain(nx.karate_club_graph()))
    thai, _ = store.load(ROOT / "samples" / "organic-farming.th.toml")
    large, _ = store.load(ROOT / "samples" / "large.toml")
    return [
        ("Florentine families", florentine, MapOptions(width=80), TARGET),
        ("Florentine, ASCII", florentine, MapOptions(width=80, ascii=True), TARGET),
        ("karate club 160x60", karate, MapOptions(width=160, height=60), TARGET),
        ("karate club 80", karate, MapOptions(width=80), TARGET),
        ("Thai sample", thai, MapOptions(width=80, lang="th"), TARGET),
        ("large sample (overview)", large, MapOptions(width=100), OVERVIEW_TARGET),
        ("large, cluster 1 (list)", large, MapOptions(width=100, focus="cluster:1"), TARGET),
    ]


def timed_render(workbook: model.Workbook, options: MapOptions, runs: int, clusters=None):
    if clusters is None:
        clusters = clusters_of(workbook)  # computed once beforehand, as a screen holding the analyses would
    times, processor = [], []
    for _ in range(runs):
        map_layout._positions.cache_clear()  # every run lays the map out from scratch
        start, start_processor = time.perf_counter(), time.process_time()
        canvas = render(workbook, options, clusters)
        times.append(time.perf_counter() - start)
        processor.append(time.process_time() - start_processor)
    timed_render.processor = statistics.median(processor)  # the processor's time, less shaken by a busy machine
    return canvas, statistics.median(times)


def ours(runs: int) -> None:
    print(f"{'map':26} {'view':9} {'median':>8} {'processor':>9} {'size':>8} {'cross':>6}  exact")
    for name, workbook, options, target in cases():
        canvas, median = timed_render(workbook, options, runs)
        processor = timed_render.processor
        exact = crossings = "-"
        if canvas.view.value != "list":
            parsed = parse(canvas.text())
            crossings = str(parsed.crossings)
            exact = "yes" if len(parsed.ties) == len(canvas.routes) else "NO"
        flag = "" if median < target else f"  (over the {target:g} s target)"
        size = f"{canvas.width}x{canvas.height}"
        print(
            f"{name:26} {canvas.view.value:9} {median * 1000:6.0f}ms {processor * 1000:7.0f}ms {size:>8}"
            f" {crossings:>6}  {exact}{flag}"
        )
    print(
        f"targets: under {TARGET:g} s each, the large overview under {OVERVIEW_TARGET:g} s (median of {runs},"
        " layout cache emptied before each run, clusters computed once beforehand; processor: the median"
        " processor time, which a busy machine shakes less)"
    )


# --- the other tools ------------------------------------------------------------------------------

#: Run inside the other tool's environment: reads {"tool", "nodes", "edges", "runs"} on stdin, prints
#: {"version", "seconds", "text"}. grandalf's layout is put on a character grid here (it draws nothing).
RUNNER = r"""
import json, statistics, sys, time
from importlib import metadata

job = json.load(sys.stdin)
labels, edges, runs = job["nodes"], [tuple(e) for e in job["edges"]], job["runs"]


def phart_text():
    import networkx as nx
    from phart import ASCIIRenderer
    graph = nx.Graph()
    graph.add_nodes_from(labels)
    graph.add_edges_from((labels[a], labels[b]) for a, b in edges)
    return ASCIIRenderer(graph).render()


def grandalf_text():
    import unicodedata
    from grandalf.graphs import Edge, Graph, Vertex
    from grandalf.layouts import SugiyamaLayout
    from grandalf.routing import EdgeViewer, route_with_lines

    def cells(text):
        return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
                   else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)

    class View:
        def __init__(self, w):
            self.w, self.h, self.xy = w, 1, (0.0, 0.0)

    vertices = [Vertex(label) for label in labels]
    for v in vertices:
        v.view = View(cells(v.data) + 2)
    graph_edges = [Edge(vertices[a], vertices[b]) for a, b in edges]
    for e in graph_edges:
        e.view = EdgeViewer()
    graph = Graph(vertices, graph_edges)
    boxes, paths, left = [], [], 0.0
    for component in graph.C:  # side by side, left to right
        if len(component.sV) == 1:
            v = component.sV[0]
            v.view.xy = (v.view.w / 2, 0.0)
        else:
            sugiyama = SugiyamaLayout(component)
            sugiyama.xspace, sugiyama.yspace = 3, 4
            sugiyama.route_edge = route_with_lines
            sugiyama.init_all()
            sugiyama.draw()
        low = min(v.view.xy[0] - v.view.w / 2 for v in component.sV)
        high = max(v.view.xy[0] + v.view.w / 2 for v in component.sV)
        shift = left - low
        for v in component.sV:
            x, y = v.view.xy
            boxes.append((v, x + shift - v.view.w / 2, y))
        for e in component.sE:
            paths.append((e, [(x + shift, y) for x, y in getattr(e.view, "_pts", [])]))
        left += high - low + 3
    top = min(y for _, _, y in boxes)
    grid, owner = {}, {}
    box_cells = {}
    for v, x0, y in boxes:
        r, c0 = round(y - top), round(x0)
        for c in range(c0, c0 + v.view.w):
            box_cells[(r, c)] = v
    hidden = set()
    for index, (e, points) in enumerate(paths):
        ends = {e.v[0], e.v[1]}
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            dx, dy = x2 - x1, y2 - y1
            glyph = "-" if abs(dy) < 0.3 * abs(dx) else "|" if abs(dx) < 0.3 * abs(dy) else "\\" if dx * dy > 0 else "/"
            steps = int(max(abs(dx), abs(dy)) * 2) + 1
            for k in range(steps + 1):
                cell = (round(y1 + dy * k / steps - top), round(x1 + dx * k / steps))
                if cell in box_cells:
                    if box_cells[cell] not in ends:
                        hidden.add(cell)
                    continue
                owner.setdefault(cell, set()).add(index)
                grid[cell] = glyph if len(owner[cell]) == 1 else "+"
    for v, x0, y in boxes:
        r, c = round(y - top), round(x0)
        for k, ch in enumerate("[" + v.data + "]"):
            grid[(r, c + k)] = ch
    rows = max(r for r, _ in grid) + 1
    low_c = min(c for _, c in grid)
    lines = []
    for r in range(rows):
        row = {c - low_c: ch for (rr, c), ch in grid.items() if rr == r}
        lines.append("".join(row.get(c, " ") for c in range(max(row, default=-1) + 1)).rstrip())
    shared = sum(1 for users in owner.values() if len(users) > 1)
    return "\n".join(lines), {"shared": shared, "hidden": len(hidden)}


tool = job["tool"]
make = phart_text if tool == "phart" else grandalf_text
times = []
for _ in range(runs):
    start = time.perf_counter()
    result = make()
    times.append(time.perf_counter() - start)
text, extra = result if isinstance(result, tuple) else (result, {})
try:
    version = metadata.version(tool)
except metadata.PackageNotFoundError:  # a checkout on PYTHONPATH
    version = getattr(__import__(tool), "__version__", "checkout")
print(json.dumps({"version": version, "seconds": statistics.median(times), "text": text, **extra}))
"""

#: Which way each line glyph of the other tools may join: N, E, S, W as 1, 2, 4, 8. An arrowhead (phart
#: 2 puts ``v`` and ``^`` on a shared line, one for each node it reaches) joins whatever is beside it.
JOINS = {
    "─": 10,
    "━": 10,
    "-": 10,
    "=": 10,
    "↔": 10,
    "⟷": 10,
    "│": 5,
    "┃": 5,
    "|": 5,
    "↕": 5,
    "┌": 6,
    "┐": 12,
    "└": 3,
    "┘": 9,
    "├": 7,
    "┤": 13,
    "┬": 14,
    "┴": 11,
    "┼": 15,
    "+": 15,
    "*": 15,
    "<": 15,
    ">": 15,
    "v": 15,
    "^": 15,
}
STEP = {1: (-1, 0), 2: (0, 1), 4: (1, 0), 8: (0, -1)}
BACK = {1: 4, 4: 1, 2: 8, 8: 2}


def text_cells(text: str) -> list[list[str]]:
    rows = [line_cells(line) for line in text.split("\n")]
    while rows and not "".join(rows[-1]).strip():
        rows.pop()
    while rows and not "".join(rows[0]).strip():
        rows.pop(0)
    return rows


def junctions(rows: list[list[str]]) -> int:
    """Cells where three or more line ends meet (a line cannot be followed through them unambiguously)."""

    def at(r: int, c: int) -> str:
        return rows[r][c] if 0 <= r < len(rows) and 0 <= c < len(rows[r]) else " "

    boxes = set()  # cells of node boxes, [label] (a "v" in a label is a letter)
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            if row[c] == "[" and "]" in row[c:]:
                end = row.index("]", c)
                boxes.update((r, k) for k in range(c, end + 1))
                c = end
            c += 1
    found = 0
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch not in JOINS or (r, c) in boxes:
                continue
            arms = 0
            for direction, (dr, dc) in STEP.items():
                if not JOINS[ch] & direction:
                    continue
                other = at(r + dr, c + dc)
                if (r + dr, c + dc) in boxes or other in JOINS and JOINS[other] & BACK[direction]:
                    arms += 1  # a line that joins back, or a node's box
            found += arms >= 3
    return found


def other_tool(tool: str, workbook: model.Workbook, runs: int, phart_src: str | None, phart_python: str | None):
    labels = [" ".join(s.name.split()) for s in workbook.stakeholders]
    index = {s.id: i for i, s in enumerate(workbook.stakeholders)}
    job = {"tool": tool, "nodes": labels, "edges": [(index[t.a], index[t.b]) for t in workbook.ties], "runs": runs}
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "runner.py"
        script.write_text(RUNNER, encoding="utf-8")
        # a fixed hash seed: grandalf orders some of its work by set order, so its drawing would vary by run
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONHASHSEED": "0"}
        if tool == "phart" and phart_src:
            command = [
                "uv",
                "run",
                "--no-project",
                "--python",
                phart_python or sys.executable,
                "--with",
                "networkx",
                "python",
                str(script),
            ]
            env["PYTHONPATH"] = str(Path(phart_src) / "src")
        else:
            extra = ["--with", "phart", "--with", "networkx"] if tool == "phart" else ["--with", "grandalf"]
            command = ["uv", "run", "--no-project", "--python", sys.executable, *extra, "python", str(script)]
        try:
            done = subprocess.run(
                command,
                input=json.dumps(job),
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                cwd=folder,
                timeout=OTHERS_TIMEOUT,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            return None, f"could not run: {error}".splitlines()[0][:90]
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return None, f"could not run: {last[:90]}"
    return json.loads(done.stdout), ""


def side_by_side(runs: int, phart_src: str | None, phart_python: str | None, show: bool) -> None:
    florentine = workbook_from_graph(nx.florentine_families_graph())
    karate = workbook_from_graph(plain(nx.karate_club_graph()))
    large, _ = store.load(ROOT / "samples" / "large.toml")
    networks = [
        ("Florentine families (15 / 20)", florentine, [MapOptions(width=80)]),
        ("karate club (34 / 78)", karate, [MapOptions(width=160, height=60), MapOptions(width=80)]),
        ("large sample (300 / 900)", large, [MapOptions(width=100)]),
    ]
    header = (
        f"{'network':30} {'tool':22} {'time':>8} {'size':>9} {'cross':>5} {'junct':>5} {'shared':>6} "
        f"{'hidden':>6}  every tie read back"
    )
    print(header)
    for title, workbook, options_list in networks:
        for options in options_list:
            canvas, median = timed_render(workbook, options, runs)
            crossings, readable = "-", "list, no drawing"
            if canvas.view.value != "list":
                try:
                    parsed = parse(canvas.text())
                    crossings = str(parsed.crossings)
                    if canvas.view.value == "overview":
                        readable = f"yes: {len(parsed.ties)} lines between clusters (every pair counted in the legend)"
                    else:
                        readable = "yes" if len(parsed.ties) == len(workbook.ties) else "NO"
                except ParseError as error:
                    readable = f"NO: {error}"
            tool = f"phakhi {canvas.view.value} w{options.width}"
            print(
                f"{title:30} {tool:22} {median * 1000:6.1f}ms {canvas.width:>4}x{canvas.height:<4} "
                f"{crossings:>5} {0:>5} {0:>6} {0:>6}  {readable}"
            )
            title = ""
        for tool in ("phart", "grandalf"):
            # the large sample takes the others seconds a drawing: one run is enough to show it
            result, problem = other_tool(
                tool, workbook, runs if len(workbook.ties) <= 100 else 1, phart_src, phart_python
            )
            if result is None:
                print(f"{title:30} {tool:22} {problem}")
                continue
            rows = text_cells(result["text"])
            width = max((len(row) for row in rows), default=0)
            merged = junctions(rows)
            shared, hidden = result.get("shared", 0), result.get("hidden", 0)
            if merged or shared or hidden:
                readable = "no: " + ", ".join(
                    f"{n} {what}"
                    for n, what in ((merged, "junctions"), (shared, "shared cells"), (hidden, "edge cells under boxes"))
                    if n
                )
            else:
                readable = "no junction found (not parsed)"
            name = f"{tool} {result['version']}"
            crossings = "?" if tool == "phart" else "-"
            print(
                f"{title:30} {name:22} {result['seconds'] * 1000:6.1f}ms {width:>4}x{len(rows):<4} {crossings:>5} "
                f"{merged:>5} {shared:>6} {hidden:>6}  {readable}"
            )
            if show:
                print("\n".join("".join(row) for row in rows))
    print("junct: cells where 3+ line ends meet; shared: cells two edges draw on (grandalf); hidden: edge cells")
    print("under another node's box; cross: crossings of ours (each a right-angled crossing of two ties, by the")
    print("parser), '?' where a tool draws crossings and junctions alike. Design card's reference: phart 137x11")
    print("(Florentine) and 134x13 (karate) with merged junctions; Graph::Easy 125x29 and 282x92, ties dropped.")


# --- how the drawings read ----------------------------------------------------------------------------


def quality_cases():
    """The five networks of issue 24, each at 80 columns and on 160 x 48; Les Misérables numbered as well."""
    thai, _ = store.load(ROOT / "samples" / "organic-farming.th.toml")
    large, _ = store.load(ROOT / "samples" / "large.toml")
    graphs = [
        ("Thai sample", thai),
        ("Florentine families", workbook_from_graph(nx.florentine_families_graph())),
        ("karate club", workbook_from_graph(plain(nx.karate_club_graph()))),
        ("Les Misérables", workbook_from_graph(plain(nx.les_miserables_graph()))),
        ("large sample", large),
    ]
    for name, workbook in graphs:
        for label, options in (("80", MapOptions(width=80)), ("160x48", MapOptions(width=160, height=48))):
            yield name, label, workbook, options
    # the map screen's window at 80 x 24 and 120 x 40 (its drawing has 20 and 36 rows), the network as it stands
    yield "Thai sample", "win80x20", current(thai), MapOptions(width=80, height=20, fit=True, legend=False)
    yield "Thai sample", "win120x36", current(thai), MapOptions(width=120, height=36, fit=True, legend=False)
    # the karate club in the map screen's window at 160 x 48; Les Misérables' second cluster (17 stakeholders,
    # 66 ties), in rows with channels at 80 columns and along one line on 160 x 48
    yield "karate club", "win160x44", graphs[2][1], MapOptions(width=160, height=44, fit=True, legend=False)
    for label, options in (("80", MapOptions(width=80)), ("160x48", MapOptions(width=160, height=48))):
        yield "Les Mis. cluster 2", label, graphs[3][1], dataclasses.replace(options, focus="cluster:2")
    # numbered, in rows with channels between them (docs/MAP.md, "Big networks: rows with channels")
    for label, options in (
        ("160x48#", MapOptions(width=160, height=48, numbered=True)),
        ("160x56#", MapOptions(width=160, height=56, numbered=True)),  # with buses (docs/MAP.md, "Buses")
        ("200#", MapOptions(width=200, numbered=True)),
        ("240#", MapOptions(width=240, numbered=True)),
    ):
        yield "Les Misérables", label, graphs[3][1], options


def drawn_graph(workbook: model.Workbook, canvas) -> nx.Graph:
    """The network a drawing shows: its boxes, and a line for each of its routes."""
    graph = nx.Graph()
    graph.add_nodes_from(n.key for n in canvas.nodes)
    ends = {t.id: (t.a, t.b) for t in workbook.ties}
    for key in canvas.routes:
        a, b = ends[key] if key in ends else key.split("-")
        graph.add_edge(a, b)
    return graph


KAMADA_KAWAI = r"""
import json, sys
import networkx as nx
job = json.load(sys.stdin)
graph = nx.Graph()
graph.add_nodes_from(job["nodes"])
graph.add_edges_from(job["edges"])
print(json.dumps({k: list(map(float, v)) for k, v in nx.kamada_kawai_layout(graph).items()}))
"""


def kamada_kawai(graph: nx.Graph) -> dict | None:
    """networkx's kamada_kawai_layout, run where numpy and scipy are (they are not the project's own)."""
    try:
        return nx.kamada_kawai_layout(graph)
    except ImportError:
        pass
    job = json.dumps({"nodes": list(graph.nodes()), "edges": list(graph.edges())})
    command = [
        "uv",
        "run",
        "--no-project",
        "--with",
        "networkx",
        "--with",
        "numpy",
        "--with",
        "scipy",
        "python",
        "-c",
        KAMADA_KAWAI,
    ]
    try:
        done = subprocess.run(command, input=job, capture_output=True, text=True, timeout=OTHERS_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return json.loads(done.stdout) if done.returncode == 0 else None


def straight_crossings(graph: nx.Graph) -> int:
    """Pairs of ties (no end in common) whose straight lines cross in networkx's kamada_kawai_layout."""
    if graph.number_of_edges() < 2:
        return 0
    place = kamada_kawai(graph)
    if place is None:
        return -1
    edges = list(graph.edges())

    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    found = 0
    for i, (a, b) in enumerate(edges):
        pa, pb = place[a], place[b]
        for c, d in edges[i + 1 :]:
            if len({a, b, c, d}) < 4:
                continue
            pc, pd = place[c], place[d]
            if side(pa, pb, pc) * side(pa, pb, pd) < 0 and side(pc, pd, pa) * side(pc, pd, pb) < 0:
                found += 1
    return found


def bends(path) -> int:
    return sum(
        1
        for i in range(1, len(path) - 1)
        if (path[i][0] - path[i - 1][0], path[i][1] - path[i - 1][1])
        != (path[i + 1][0] - path[i][0], path[i + 1][1] - path[i][1])
    )


def _this_checkout_s_words():
    """This checkout's Thai words (tui/core/thai_words.py), whichever map code is measured (``--code``)."""
    spec = importlib.util.spec_from_file_location("phakhi_words", ROOT / "tui" / "core" / "thai_words.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WORDS = _this_checkout_s_words()


def cut_inside_a_word(name: str, label: str, ellipsis: str = "…") -> bool:
    """Does ``label`` (cut from ``name``) end between letters of a word: not before a space nor where a
    word of the word list ends, a word inside a compound counted (พ่อค้า|คน|กลาง)?"""
    head = label.split("#")[0]
    if not head.endswith(ellipsis):
        return False  # whole, or a number
    text = " ".join(name.split())
    ends = {at for at, character in enumerate(text) if character == " "}
    at = 0
    for word in WORDS.words(text):
        at += len(word)
        ends.add(at)
    ends.update(end for level in WORDS.inner_ends(text) for end in level)
    return head.removesuffix(ellipsis) not in {text[:end].rstrip(" ,") for end in ends}


def quality() -> None:
    """Per drawing: crossings, bends per tie, area used, labels cut, and the straight-line baseline."""
    print(
        f"{'network':20} {'space':8} {'view':9} {'size':>8} {'area':>6} {'cross':>6} {'apart':>6} {'KK':>5}"
        f" {'bends/tie':>9} {'cut':>7} {'in-word':>7} {'frames':>6} {'side':>5}  exact"
    )
    for name, label, workbook, options in quality_cases():
        canvas = render(workbook, options, clusters_of(workbook))
        if canvas.view.value == "list":
            print(f"{name:20} {label:8} list")
            continue
        parsed = parse(canvas.text())
        exact = "yes" if len(parsed.ties) == len(canvas.routes) else "NO"
        ties = max(len(canvas.routes), 1)
        per_tie = sum(bends(path) for path in canvas.routes.values()) / ties
        cut = sum(1 for n in canvas.nodes if n.kind != "cluster" and n.label != " ".join(n.name.split()))
        people = sum(1 for n in canvas.nodes if n.kind != "cluster")
        inside = sum(1 for n in canvas.nodes if n.kind != "cluster" and cut_inside_a_word(n.name, n.label))
        kk = straight_crossings(drawn_graph(workbook, canvas))
        size = f"{canvas.width}x{canvas.height}"
        framed = len(frames(parsed.paths, [(n.row, n.first, n.last) for n in parsed.nodes]))
        side = len(lines_side_by_side(canvas.cells))
        print(
            f"{name:20} {label:8} {canvas.view.value:9} {size:>8} {canvas.width * canvas.height:>6}"
            f" {parsed.crossings:>6} {parsed.crossings_apart:>6} {kk:>5} {per_tie:>9.2f} {f'{cut}/{people}':>7}"
            f" {inside:>7} {framed:>6} {side:>5}  {exact}"
        )
    print("cross: crossings of the drawing, all of them (what the eye sees); apart: of those, the crossings of two")
    print("ties with no end in common, the rule KK counts by (two straight lines from one stakeholder never cross,")
    print("two ties leaving a box by different ports can);")
    print("KK: crossing pairs of straight lines between networkx's kamada_kawai_layout positions of the network")
    print("drawn (for an overview, its clusters and lines; -1: numpy and scipy could not be had); cut:")
    print("stakeholders whose label is not the whole name; in-word: of those, cut between letters of a word")
    print("(not at a space nor where a word of the word list ends, words inside compounds counted);")
    print("#: numbers for names, the legend giving each;")
    print("frames: ties that go round other things (a U of three turns the same way, or a run along the")
    print("drawing's outer edge: tests/map_shapes.py); side: places where two lines run next to each other")
    print("for two cells or more (tests/map_shapes.py).")


# --- drawing again after an edit ------------------------------------------------------------------------


def edited(workbook: model.Workbook) -> list[tuple[str, model.Workbook]]:
    """A participant's edits: a name added (step 2), a tie added (step 4), a score (step 5, not on the map)."""
    people, ties = workbook.stakeholders, workbook.ties
    tied = [s.id for s in people if any(s.id in (t.a, t.b) for t in ties)]
    pairs = {frozenset((t.a, t.b)) for t in ties}
    a, b = next((x, y) for x in tied for y in reversed(tied) if x != y and frozenset((x, y)) not in pairs)
    replace = dataclasses.replace
    return [
        ("name added", replace(workbook, stakeholders=[*people, model.Stakeholder("s-new", "กลุ่มใหม่")])),
        ("tie added", replace(workbook, ties=[*ties, model.Tie("t-new", a, b)])),
        ("score", replace(workbook, stakeholders=[replace(people[0], influence=5), *people[1:]])),
    ]


def after_an_edit(runs: int) -> None:
    """A visit to the map after one edit: drawn from scratch (as before) against drawn from the last drawing."""
    if "previous" not in inspect.signature(render).parameters:
        print("map after one edit: this code draws every map from scratch (see the first table)")
        return
    thai, _ = store.load(ROOT / "samples" / "organic-farming.th.toml")
    karate = workbook_from_graph(plain(nx.karate_club_graph()))
    print(f"{'map after one edit':34} {'from scratch':>12} {'from the last':>13} {'steps':>17}  cross (scratch)")
    for name, workbook, options in (
        ("Thai sample, window 80x24", thai, MapOptions(width=80, height=19, fit=True, legend=False)),
        ("Thai sample, 80 columns", thai, MapOptions(width=80, lang="th")),
        ("karate club 160x60", karate, MapOptions(width=160, height=60)),
    ):
        first = render(workbook, options, clusters_of(workbook))
        for edit, changed in edited(workbook):
            clusters = clusters_of(changed)
            scratch, scratch_time = timed_render(changed, options, runs, clusters)
            warm_times = []
            for _ in range(runs):
                start = time.perf_counter()
                warm = render(changed, options, clusters, previous=first)
                warm_times.append(time.perf_counter() - start)
            unchanged = warm.plan is first.plan  # the same network: the last drawing as it was
            steps = f"{0 if unchanged else warm.plan.steps} / {scratch.plan.steps}"
            crossings = f"{parse(warm.text()).crossings} ({parse(scratch.text()).crossings})"
            how = "  (the last drawing)" if unchanged else "" if warm.plan.warm else "  (from scratch)"
            print(
                f"{name + ', ' + edit:34} {scratch_time * 1000:10.0f}ms {statistics.median(warm_times) * 1000:11.0f}ms"
                f" {steps:>17}  {crossings}{how}"
            )
    print("steps: search steps, from the last drawing / from scratch (median of the runs, clusters computed before)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-others", action="store_true", help="only our own maps (no uv, no network)")
    parser.add_argument("--show", action="store_true", help="print the other tools' drawings too")
    parser.add_argument("--phart-src", help="a phart checkout to run instead of PyPI's")
    parser.add_argument("--phart-python", help="the Python to run --phart-src with (phart 2.x needs 3.14)")
    parser.add_argument("--quality", action="store_true", help="only how the drawings read (crossings, bends...)")
    parser.add_argument("--code", help="measure another checkout's map code (its folder holding tui/)")
    parser.add_argument("--edit", action="store_true", help="only a drawing after one edit, from the last or not")
    parser.add_argument("--speed", action="store_true", help="only the first table (time, size, crossings)")
    arguments = parser.parse_args()
    if arguments.speed:
        ours(arguments.runs)
        return
    if arguments.quality:
        quality()
        return
    if arguments.edit:
        after_an_edit(arguments.runs)
        return
    ours(arguments.runs)
    print()
    after_an_edit(arguments.runs)
    print()
    quality()
    if not arguments.no_others:
        print()
        side_by_side(arguments.runs, arguments.phart_src, arguments.phart_python, arguments.show)


if __name__ == "__main__":
    main()
