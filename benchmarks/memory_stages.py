"""A workshop session's memory, stage by stage of the worksheet, and what Python holds.

    uv run python benchmarks/memory_stages.py                  # the room's worksheet
    uv run python benchmarks/memory_stages.py --steps 13467    # and a look at the other steps
    uv run python benchmarks/memory_stages.py --rounds 5 --objects
    uv run python benchmarks/memory_stages.py --service        # a session of a server's

One session in this process, driven with the Pilot at 80x24 on its own copy
of the Thai sample through benchmarks/room.py's worksheet (a name typed in
step 2, four scores in step 5, three moves on the map), round after round.
It prints the resident memory (VmRSS) after the first frame, after each
stage of the first round and after the last, with the modules each stage
imported; ``--objects`` adds the objects alive by type at the end (after a
collection), which stay the same in number from round to round where
nothing piles up. (benchmarks/room.py measures the real command in a
pseudo-terminal; this one tells the stages apart.) With ``--service`` the
session is one of ``phakhi serve``'s: its analyses and map readings go to one
analysis service (tui/core/analysis_service.py), whose own resident memory,
shared by every session of the server, is printed at the end.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import gc
import os
import shutil
import sys
import tempfile
from pathlib import Path

from bytes_meter import ROOT, SAMPLE
from room import analysis_service, rss_mb, service_pid

sys.path.insert(0, str(ROOT))
from tui import without_tls  # noqa: E402

without_tls.import_asyncio()  # as `phakhi FILE` does, before Textual imports asyncio

import asyncio  # noqa: E402

from tui.app import make_app  # noqa: E402
from tui.core.analysis_service import SOCKET_VARIABLE  # noqa: E402
from tui.core.document import Document  # noqa: E402

#: Seconds given to a save's analysis, or a map's drawing, to finish.
SETTLE = 1.0


class Stages:
    """Memory after each stage, and the top-level packages it imported."""

    def __init__(self) -> None:
        self.modules = set(sys.modules)

    def note(self, name: str) -> None:
        gc.collect()
        new = set(sys.modules) - self.modules
        self.modules |= new
        packages = sorted({module.split(".")[0] for module in new})
        shown = ", ".join(packages[:10]) + (" …" if len(packages) > 10 else "")
        print(f"| {name} | {rss_mb(os.getpid()):.1f} MB | {len(new)} | {shown} |", flush=True)


async def run(rounds: int, steps: str, objects: bool, service: bool) -> None:
    with (
        tempfile.TemporaryDirectory(prefix="phakhi-memory-") as folder,
        analysis_service(Path(folder)) if service else contextlib.nullcontext() as address,
    ):
        os.environ["PHAKHI_STATE_DIR"] = str(Path(folder) / "state")
        os.environ["PHAKHI_CACHE_DIR"] = str(Path(folder) / "cache")
        if address is not None:
            os.environ[SOCKET_VARIABLE] = address
        path = Path(folder) / "group.toml"
        shutil.copy(SAMPLE, path)
        app = make_app(Document.open(path))
        stages = Stages()
        print("| stage | resident | modules imported | their packages |")
        print("|---|---|---|---|")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await asyncio.sleep(SETTLE)
            stages.note("first frame")
            for number in range(rounds):
                first = number == 0
                for key in ("2", *f"ห้อง{number}", "enter"):
                    await pilot.press(key)
                await pilot.pause()
                await asyncio.sleep(SETTLE)  # the save and its analysis
                await pilot.press("escape")
                if first:
                    stages.note("step 2, a name added (the first save)")
                for key in ("5", *"3142", "escape"):
                    await pilot.press(key)
                await pilot.pause()
                if first:
                    stages.note("step 5, four scores")
                for step in steps:
                    await pilot.press(step, "escape")
                if first and steps:
                    stages.note(f"steps {', '.join(steps)} looked at")
                await pilot.press("m")
                await pilot.pause()
                await asyncio.sleep(SETTLE)  # the drawing
                await pilot.press("tab", "tab", "tab", "escape")
                await pilot.pause()
                await asyncio.sleep(SETTLE)
                if first:
                    stages.note("the map, three moves")
            stages.note(f"after {rounds} rounds")
            if address is not None:
                print(f"\nthe analysis service (one for every session): {rss_mb(service_pid(address)):.1f} MB")
            if objects:
                gc.collect()
                counted = collections.Counter(type(thing).__qualname__ for thing in gc.get_objects())
                print("\nobjects alive, by type:")
                for kind, count in counted.most_common(20):
                    print(f"  {count:7,} {kind}")
            await pilot.press("ctrl+q")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8, help="rounds of the worksheet (default 8)")
    parser.add_argument("--steps", default="", help="other steps looked at in each round, as keys: 13467")
    parser.add_argument("--objects", action="store_true", help="count the objects alive by type at the end")
    parser.add_argument("--service", action="store_true", help="the analyses go to an analysis service")
    args = parser.parse_args()
    asyncio.run(run(args.rounds, args.steps, args.objects, args.service))


if __name__ == "__main__":
    main()
