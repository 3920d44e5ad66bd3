"""How long an edit takes to reach the file, from 300 to 10,000 stakeholders.

    uv run python benchmarks/edit_to_file.py [--sizes 300,1000,3000,10000] [--edits N] [--snapshots K]

Builds each size as ``samples/make_samples.py --size N`` does (the large
sample's kind of map: N stakeholders, 3N ties), opens it, and
times what the app does for one edit: the snapshot of the entries' text on
the editing thread, then the save thread's write (stamp check, ``.bak``,
atomic write, fsync). Beside it, the floor: the same bytes written to a new
file with one write and fsync, and the old path, which encoded the whole
workbook and worked its analysis out before writing (timed up to 3000; at
10,000 it took minutes). Medians of N edits, each to a different stakeholder's name.
``--snapshots K``: the workbook keeps K snapshots of its network first (``phakhi
snapshot``, one a month), as a network followed for a year or two does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core import store  # noqa: E402
from tui.core.document import Document  # noqa: E402
from tui.core.snapshots import take  # noqa: E402

OLD_PATH_UP_TO = 3000


def province(size: int) -> str:
    """A workbook of ``size`` stakeholders, 3 ties each (samples/make_samples.py --size), without its analysis."""
    sys.path.insert(0, str(ROOT / "samples"))
    from make_samples import build_large

    return store.entries_text(build_large(size))


def floor_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def measure(size: int, edits: int, folder: Path, snapshots: int = 0) -> dict[str, float]:
    path = folder / f"w{size}.toml"
    path.write_text(province(size), encoding="utf-8")
    document = Document.open(path)
    for month in range(snapshots):
        day = f"{2025 + month // 12}-{month % 12 + 1:02d}-01"
        document.editor.add_snapshot(take(document.workbook, f"round {month + 1}", day))
    document.save(snapshot=document.snapshot(), force=True)  # the first save encodes every record once
    people = document.workbook.stakeholders
    snapshot_times, write_times = [], []
    for number in range(edits):
        document.editor.update_stakeholder(people[(number * 7919) % len(people)].id, "name", f"แก้ไข {number}")
        start = time.perf_counter()
        snapshot = document.snapshot()
        middle = time.perf_counter()
        document.save(snapshot=snapshot)
        snapshot_times.append(middle - start)
        write_times.append(time.perf_counter() - middle)
    data = path.read_bytes()
    start = time.perf_counter()
    floor_write(folder / "floor.toml", data)
    result = {
        "ties": len(document.workbook.ties),
        "kb": len(data) / 1024,
        "snapshot": statistics.median(snapshot_times),
        "write": statistics.median(write_times),
        "floor": time.perf_counter() - start,
        "old": float("nan"),
    }
    result["edit"] = result["snapshot"] + result["write"]
    if size <= OLD_PATH_UP_TO:
        import networkx  # noqa: F401 - loaded before timing, as the app loaded it at the first edit

        old = folder / "old.toml"
        old.unlink(missing_ok=True)
        start = time.perf_counter()
        store.save(document.workbook, old, store.NO_FILE)
        result["old"] = time.perf_counter() - start
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300,1000,3000,10000")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--snapshots", type=int, default=0, help="snapshots the workbook keeps first")
    args = parser.parse_args()
    print(
        f"{'stakeholders':>12} {'ties':>6} {'file':>8} {'snapshot':>9} {'write':>7} {'edit→file':>10} "
        f"{'floor':>7} {'ratio':>6} {'old save':>9}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(size) for size in args.sizes.split(",")):
            r = measure(size, args.edits, Path(folder), args.snapshots)
            print(
                f"{size:>12} {r['ties']:>6} {r['kb']:>6.0f}KB {r['snapshot']:>8.3f}s {r['write']:>6.3f}s "
                f"{r['edit']:>9.3f}s {r['floor']:>6.3f}s {r['edit'] / r['floor']:>5.1f}x {r['old']:>8.2f}s"
            )
    print("edit→file: snapshot (editing thread) + write (save thread); floor: the same bytes, one write + fsync;")
    print("old save: the whole workbook encoded and its analysis worked out before writing (up to 3000)")


if __name__ == "__main__":
    main()
