"""The byte meter (benchmarks/bytes_meter.py) runs: a smoke test, not a measurement.

Runs ``--quick`` once at 80x24 on Phakhi alone (about 15 s; the subprocess
is cut at 20 s) and checks that every scripted key was answered and every
class of work was measured. No byte thresholds here: the numbers belong to
the benchmark's own report (README, "Performance").
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_byte_meter_runs_the_real_app_through_its_script() -> None:
    command = [sys.executable, str(ROOT / "benchmarks" / "bytes_meter.py"),
               "--quick", "--json", "--size", "80x24", "--app", "ours"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=20, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    (run,) = report["runs"]
    assert (run["app"], run["size"]) == ("ours", "80x24")
    steps = run["steps"]
    assert {s["kind"] for s in steps} == {"paint", "nav", "page", "switch", "edit", "idle"}
    assert not any(s["bounded"] for s in steps), "a wait ran into its bound"
    # The first paint and every screen switch drew something; the terminal model saw it.
    drawn = [s for s in steps if s["kind"] in ("paint", "switch")]
    assert all(s["bytes"] > 0 and s["cells_changed"] > 0 for s in drawn)
    summary = run["summary"]
    for name in ("first_paint", "nav_median", "nav_p95", "page_median", "switch_median", "idle_input", "idle_home"):
        assert summary[name] is not None
