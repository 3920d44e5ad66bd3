"""Start-up, memory and key latency: Phakhi on the large sample beside Textual's hello world.

    uv run python benchmarks/startup.py [--runs N] [--keys N] [--json]

First paint: each app is started in a pseudo-terminal of 80x24
(benchmarks/bytes_meter.py's Session), and the clock stops at the last byte
of its first frame (the first write, then 300 ms of quiet; the quiet is not
counted). Phakhi opens a fresh copy of samples/large.toml (300 stakeholders,
900 ties), and of the Thai sample (a workshop's size); the floor is
benchmarks/hello_app.py. They alternate, N runs each, so all see the same
machine; medians are printed. An open of bytes the app saved or opened
before takes the decoded workbook from a parsed copy (tui.core.parsed_copy);
"changed since last open" is the large sample with no copy, parsed and
checked as a file edited elsewhere is.

Memory: the resident set (VmRSS) of each process right after its first
frame, and its peak (VmHWM), from /proc.

Key latency: the same pseudo-terminal, Phakhi on the large sample: each
key's time from writing it to the last byte of the frame it causes (the
first byte, then 150 ms of quiet, not counted) — arrows and page keys on the
home list, the step 5 table, the planning table, the map and step 3's list,
and the screen switches between them. Median and 95th percentile. (Pilot's
``press`` is not used as the clock: it waits for the process to look idle
in fixed sleeps, about 60 ms per key whatever the app does.)

Compiled modules: Python keeps each module it compiles (``__pycache__``), so
from the second start on neither app compiles anything; that is what the
timed runs measure (a warm-up round comes first). Where
PYTHONDONTWRITEBYTECODE is set (and nothing was compiled before), every
start compiles Textual and Phakhi from source, about 0.3 s more for each
app; ``--from-source`` measures that case.

Targets (issue 7; reported, not enforced): first paint at most 0.6 s and at
most 1.3x hello world; resident memory at most 80 MB; 95th-percentile key
latency under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bytes_meter import ROOT, Session

LARGE = ROOT / "samples" / "large.toml"
THAI = ROOT / "samples" / "organic-farming.th.toml"
HELLO = ROOT / "benchmarks" / "hello_app.py"
FRAME_QUIET = 0.3
#: Output that comes within this long of the output before it belongs to the same frame.
FRAME_GAP = 0.04
#: Escape sequences, so what is left of a piece of output is the text it draws.
ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_]|[()][0-9A-Za-z])")
KEY_QUIET = 0.15
SWITCH_QUIET = 0.6  # the map draws in a worker: its frame comes after a pause
TARGETS = {"first_paint_s": 0.6, "paint_ratio": 1.3, "rss_mb": 80.0, "latency_p95_ms": 50.0}


def first_paint(
    argv: list[str], env: dict[str, str], then: Callable[[Session, float], dict[str, float]] | None = None
) -> dict[str, float]:
    """Seconds to the end of the first frame, and the memory of the process then; with
    ``then``, also what it measures next in the same session (given when it started)."""
    started = time.monotonic()
    session = Session(argv, 80, 24, env)
    try:
        session.read(FRAME_QUIET, 60.0, need_output=True)
        seconds = time.monotonic() - started - FRAME_QUIET
        used = memory(session.process.pid)
        frame = first_frame(session.pieces) - started
        more = then(session, started) if then is not None else {}
    finally:
        session.close()
    return {"seconds": seconds, "frame_s": frame, **used, **more}


def first_frame(pieces: list[tuple[float, bytes]]) -> float:
    """When the first frame that draws text ended: the last piece of the first run of output
    (pieces less than FRAME_GAP apart) with words in it, not only the terminal's modes.

    "seconds" above counts to the last byte before FRAME_QUIET of silence, so a frame that
    follows the first within it (a province's counts, read after the first frame) is
    counted in; this is the first frame alone."""
    ends, text = pieces[0][0], b""
    for when, piece in pieces:
        if when - ends >= FRAME_GAP and len(ESCAPES.sub(b"", text).strip()) >= 5:
            break
        ends, text = when, (text if when - ends < FRAME_GAP else b"") + piece
    return ends


def memory(pid: int) -> dict[str, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return {"rss_mb": fields.get("VmRSS", 0.0), "peak_mb": fields.get("VmHWM", 0.0)}


def paint_runs(runs: int) -> dict[str, list[dict[str, float]]]:
    results: dict[str, list[dict[str, float]]] = {"phakhi": [], "parsed": [], "thai": [], "hello": []}
    with tempfile.TemporaryDirectory() as folder:
        kept = {"PHAKHI_CACHE_DIR": str(Path(folder) / "cache")}  # the parsed copies of these runs
        for run in range(runs + 1):  # the first round only warms up (and writes bytecode, if allowed)
            copy = Path(folder) / "large.toml"
            shutil.copyfile(LARGE, copy)
            opened = [sys.executable, "-m", "tui", str(copy)]
            results["phakhi"].append(first_paint(opened, kept))
            # The same file as if changed elsewhere since its last open: no parsed copy, it is parsed.
            results["parsed"].append(first_paint(opened, {"PHAKHI_CACHE_DIR": tempfile.mkdtemp(dir=folder)}))
            small = Path(folder) / THAI.name
            shutil.copyfile(THAI, small)
            results["thai"].append(first_paint([sys.executable, "-m", "tui", str(small)], kept))
            results["hello"].append(first_paint([sys.executable, str(HELLO)], {}))
            if run == 0:
                results = {name: [] for name in results}
    return results


#: Where each key is pressed: (screen-opening keys, keys to time there).
ROUTE = [
    ((), ("down",) * 6 + ("up",) * 3),
    (("5",), ("down",) * 10 + ("pagedown", "pagedown", "pageup", "right", "right", "left")),
    (("escape", "p"), ("down",) * 5 + ("pagedown", "up")),
    (("escape", "m"), ("right",) * 4 + ("down",) * 4 + ("tab", "tab")),
    (("escape", "3"), ("down",) * 8),
]


def key_latencies(keys_per_screen: int) -> dict[str, list[float]]:
    timings: dict[str, list[float | None]] = {"keys": [], "switches": []}
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "large.toml"
        shutil.copyfile(LARGE, copy)
        session = Session(
            [sys.executable, "-m", "tui", str(copy)], 80, 24, {"PHAKHI_CACHE_DIR": str(Path(folder) / "cache")}
        )
        try:
            session.read(FRAME_QUIET, 60.0, need_output=True)
            for opening, keys in ROUTE:
                for key in opening:
                    timings["switches"].append(timed(session, key, quiet=SWITCH_QUIET))
                for key in keys[:keys_per_screen]:
                    timings["keys"].append(timed(session, key, quiet=KEY_QUIET))
        finally:
            session.close()
    # A key that changes nothing (up at the top of a list) sends nothing: it has no latency to count.
    return {kind: [t for t in values if t is not None] for kind, values in timings.items()}


def timed(session: Session, key: str, quiet: float, bound: float = 2.0) -> float | None:
    """Milliseconds from sending ``key`` to the last byte of the frame it causes; None if nothing came."""
    start = time.monotonic()
    session.send(key)
    data, _ = session.read(quiet, bound, need_output=True)
    return (session.last_output - start) * 1000 if data else None


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start each app N times (default 5)")
    parser.add_argument("--keys", type=int, default=20, help="at most N timed keys per screen (0: none)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--from-source", action="store_true", help="every start compiles Textual and Phakhi from source"
    )
    args = parser.parse_args()
    if args.from_source:
        # An empty cache folder, never written: no compiled module is found or kept.
        os.environ.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=tempfile.mkdtemp())
    else:
        # As on a user's machine from the second start on: Python keeps the compiled modules.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    bytecode = not args.from_source

    paints = paint_runs(args.runs)
    latency = key_latencies(args.keys) if args.keys else {"keys": [], "switches": []}
    summary = {
        app: {name: statistics.median(run[name] for run in runs) for name in ("seconds", "rss_mb", "peak_mb")}
        for app, runs in paints.items()
    }
    summary["ratio"] = summary["phakhi"]["seconds"] / summary["hello"]["seconds"]
    summary["latency_ms"] = {
        kind: {"median": statistics.median(values), "p95": p95(values), "count": len(values)}
        for kind, values in latency.items()
        if values
    }
    if args.json:
        json.dump({"summary": summary, "runs": paints, "targets": TARGETS}, sys.stdout, indent=1)
        print()
        return
    ours, hello, keys = summary["phakhi"], summary["hello"], summary["latency_ms"]
    compiled = "compiled modules kept" if bytecode else "compiled from source at every start"
    print(
        f"80x24, {args.runs} runs each after a warm-up, medians, {compiled}; "
        f"Phakhi on samples/large.toml (300 stakeholders, 900 ties)\n"
    )
    print(f"{'':28}{'Phakhi':>10}{'hello world':>14}{'target':>12}")
    print(
        f"{'first paint (s)':28}{ours['seconds']:>10.3f}{hello['seconds']:>14.3f}{'<= 0.6':>12}"
        f"   {'ok' if ours['seconds'] <= TARGETS['first_paint_s'] else 'MISSED'}"
    )
    parsed = summary["parsed"]
    print(
        f"{'  changed since last open':28}{parsed['seconds']:>10.3f}{'':>14}{'<= 0.6':>12}"
        f"   {'ok' if parsed['seconds'] <= TARGETS['first_paint_s'] else 'MISSED'}"
        f" ({parsed['seconds'] / hello['seconds']:.2f}x hello world)"
    )
    thai = summary["thai"]
    print(
        f"{'  the Thai sample (19/25)':28}{thai['seconds']:>10.3f}{'':>14}{'':>12}"
        f"   ({thai['seconds'] / hello['seconds']:.2f}x hello world)"
    )
    print(
        f"{'  ratio to hello world':28}{summary['ratio']:>10.2f}{'1.00':>14}{'<= 1.3':>12}"
        f"   {'ok' if summary['ratio'] <= TARGETS['paint_ratio'] else 'MISSED'}"
    )
    print(
        f"{'resident memory (MB)':28}{ours['rss_mb']:>10.1f}{hello['rss_mb']:>14.1f}{'<= 80':>12}"
        f"   {'ok' if ours['rss_mb'] <= TARGETS['rss_mb'] else 'MISSED'}"
    )
    print(f"{'  peak (MB)':28}{ours['peak_mb']:>10.1f}{hello['peak_mb']:>14.1f}")
    for kind, label in (("keys", "key latency"), ("switches", "screen switch")):
        if kind not in keys:
            continue  # --keys 0
        numbers = keys[kind]
        print(
            f"{label + ' median / p95 (ms)':28}{numbers['median']:>6.1f} /{numbers['p95']:>6.1f}"
            f"{'':>8}{'p95 < 50' if kind == 'keys' else '':>12}"
            f"   {('ok' if numbers['p95'] < TARGETS['latency_p95_ms'] else 'MISSED') if kind == 'keys' else ''}"
            f"  ({numbers['count']} presses)"
        )


if __name__ == "__main__":
    main()
