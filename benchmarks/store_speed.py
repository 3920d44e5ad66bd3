"""How fast a workbook loads, validates and saves — printed as numbers.

    uv run python benchmarks/store_speed.py [FILE] [--runs N]

Times each phase on FILE (default: samples/large.toml, 300 stakeholders and
900 ties) and, beside it, the floor: plain tomli (our reader) and tomli-w
on the same document with no validation and no layout, and Python's own
tomllib for comparison. Medians of N runs; the target for
the large sample is under 0.3 s for each of load, validate and save on a
2-core machine. Also times a cold ``phakhi check`` in a fresh process.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import tomli
import tomli_w

from tui.core import store
from tui.core.codec import Decoder
from tui.core.toml_lines import key_positions
from tui.core.vocab import Language

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.3


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "samples" / "large.toml")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    data = args.file.read_bytes()
    text = data.decode("utf-8")
    raw = tomli.loads(text)
    workbook, _ = store.load(args.file)  # parsed every time: the app's parsed copies are not used here
    print(
        f"{args.file.name}: {len(data) / 1024:.0f} KB, {len(workbook.stakeholders)} stakeholders, "
        f"{len(workbook.ties)} ties, {len(workbook.plan.rows)} plan rows; median of {args.runs} runs"
    )

    def validate() -> None:
        Decoder(str(args.file), key_positions(text), Language.EN).document(tomli.loads(text))

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "large.toml"
        stamp = store.save(workbook, target, store.NO_FILE)

        def save() -> None:
            nonlocal stamp
            stamp = store.save(workbook, target, stamp)

        rows = [
            (
                "load (read + parse + validate + build)",
                median_seconds(lambda: store.load(args.file), args.runs),
                median_seconds(lambda: tomli.loads(args.file.read_bytes().decode()), args.runs),
            ),
            (
                "validate (parse + positions + checks)",
                median_seconds(validate, args.runs),
                median_seconds(lambda: tomli.loads(text), args.runs),
            ),
            ("  Python's tomllib, for comparison", median_seconds(lambda: tomllib.loads(text), args.runs), None),
            (
                "save (lay out + .bak + atomic write + fsync)",
                median_seconds(save, args.runs),
                median_seconds(lambda: tomli_w.dumps(raw), args.runs),
            ),
            ("  of which: render text", median_seconds(lambda: store.dumps(workbook), args.runs), None),
        ]

    print(f"{'phase':46} {'phakhi':>9} {'floor':>9}  target")
    for name, ours, floor in rows:
        floor_text = f"{floor * 1000:7.1f}ms" if floor is not None else " " * 9
        verdict = "" if name.startswith(" ") else ("ok" if ours < TARGET else "SLOW")
        print(f"{name:46} {ours * 1000:7.1f}ms {floor_text}  {verdict}")
    print("floor: tomli alone for load and validate, tomli-w alone (no layout, no disk) for save")

    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", "check", "-q", str(args.file)], check=True)
    print(f"cold 'phakhi check' in a new process: {(time.perf_counter() - start) * 1000:.0f}ms")


if __name__ == "__main__":
    main()
