"""The byte meter (benchmarks/bytes_meter.py) runs, and its floor adds up.

The run is a smoke test, not a measurement: ``--quick`` once at 80x24 on
Phakhi alone (about 15 s; cut at 60 s, a guard against a hang, not a
timing), checking that every scripted key was answered and every class of work was measured. No
byte thresholds here: the numbers belong to the benchmark's own report
(README, "Performance"). The floor it sets beside each key is checked on a
change worked out by hand.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyte

from benchmarks.bytes_meter import Terminal, floor, screen_cells

ROOT = Path(__file__).resolve().parent.parent


def test_the_byte_meter_runs_the_real_app_through_its_script() -> None:
    command = [
        sys.executable,
        str(ROOT / "benchmarks" / "bytes_meter.py"),
        "--quick",
        "--json",
        "--size",
        "80x24",
        "--app",
        "ours",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    (run,) = report["runs"]
    assert (run["app"], run["size"]) == ("ours", "80x24")
    steps = run["steps"]
    assert {s["kind"] for s in steps} == {"paint", "nav", "page", "switch", "edit", "save", "idle"}
    assert not any(s["bounded"] for s in steps), "a wait ran into its bound"
    # The first paint and every screen switch drew something; the terminal model saw it.
    drawn = [s for s in steps if s["kind"] in ("paint", "switch")]
    assert all(s["bytes"] > 0 and s["cells_changed"] > 0 for s in drawn)
    # The save state the autosave shows after a typed score changes cells, and the floor counts them.
    saves = [s for s in steps if s["kind"] == "save"]
    assert saves and all(s["cells_changed"] > 0 and s["floor"] > 0 for s in saves)
    assert {row["kind"] for row in run["floor"]} >= {"typed character", "save state change", "page key in step 5"}
    summary = run["summary"]
    for name in ("first_paint", "nav_median", "nav_p95", "page_median", "switch_median", "idle_input", "idle_home"):
        assert summary[name] is not None, name


def test_the_floor_of_a_hand_worked_change() -> None:
    """Row 1: ``cd`` becomes bold ``XY`` and ``f`` becomes ``Z``; row 2: a red
    Thai letter with its vowel mark appears, then two red blanks over
    default blanks (a blank's foreground shows nothing: not a change).

    By hand: ESC[1;3H (6) ESC[1m (4, shorter than ESC[0;1m) X Y (2);
    ESC[C (3, shorter than ESC[1;6H) ESC[m (3, shorter than ESC[22m) Z (1);
    ESC[2H (4) ESC[31m (5) กั (6) = 34 bytes for 4 changed cells.
    """
    screen = Terminal(10, 2)
    stream = pyte.ByteStream(screen)
    stream.feed(b"abcdef")
    before = screen_cells(screen)
    stream.feed("\x1b[1;3H\x1b[1mXY\x1b[m\x1b[1;6HZ\x1b[2;1H\x1b[31mกั  \x1b[m".encode())
    assert screen.display[0] == "abXYeZ    "
    assert screen.buffer[1][0].data == "กั" and screen.buffer[1][0].fg == "red"
    assert floor(before, screen_cells(screen)) == (4, 34)
    assert floor(before, before) == (0, 0)
