"""The real command in a terminal: its input thread sleeps while no key comes, and still
takes a sequence begun as it stands once its wait is over (tui/input_thread.py)."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from pty_helpers import quit_app, read_until, read_until_quiet, spawn

from tui.core import store

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "organic-farming.th.toml"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the threads from /proc")


def wakes(pid: int) -> int:
    """How often the app's threads have gone to sleep and woken, so far."""
    return sum(
        int((task / "status").read_text().split("voluntary_ctxt_switches:")[1].split()[0])
        for task in Path(f"/proc/{pid}/task").iterdir()
    )


def processor_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime


def until_quiet(pid: int, seconds: float = 1.0, most: float = 30.0) -> None:
    """Until the process has used no processor for ``seconds``: its warm-up after the first
    frame done, and the places made ready while the user reads (tui/ready_ahead.py)."""
    deadline = time.monotonic() + most
    before = processor_ticks(pid)
    while time.monotonic() < deadline:
        time.sleep(seconds)
        now = processor_ticks(pid)
        if now == before:
            return
        before = now
    raise AssertionError(f"the app was still at work {most:.0f} s after its first frame")


def open_app(path: Path):
    shutil.copy(SAMPLE, path)
    env = {**os.environ, "PHAKHI_AUTOSAVE_SECONDS": "0.2"}
    process, terminal = spawn(["-m", "tui", str(path), "--lang", "en"], env)
    read_until_quiet(terminal, 15)  # the first paint
    return process, terminal


def test_an_idle_session_s_input_thread_sleeps(tmp_path: Path) -> None:
    """Textual's input thread woke ten times a second, typing or not: forty idle sessions
    of a workshop room woke four hundred times a second. Now no thread of an idle app wakes."""
    process, terminal = open_app(tmp_path / "group.toml")
    try:
        until_quiet(process.pid)
        before = wakes(process.pid)
        time.sleep(1.5)
        assert wakes(process.pid) - before <= 2
        os.write(terminal, b"2")  # and a key still wakes it, and acts
        assert b"Identify stakeholders" in read_until(terminal, b"Identify stakeholders", 10)
    finally:
        quit_app(process, terminal)
    assert process.returncode == 0


def test_a_sequence_begun_is_taken_as_it_stands_when_its_wait_is_over(tmp_path: Path) -> None:
    """Esc [ could begin an arrow's sequence: the parser waits a moment for the rest. With
    nothing more typed, the thread wakes when that wait is over, and the "[" is typed."""
    path = tmp_path / "group.toml"
    process, terminal = open_app(path)
    try:
        os.write(terminal, b"2")
        read_until(terminal, b"Identify stakeholders", 10)
        os.write(terminal, b"ab\x1b[")
        read_until_quiet(terminal, 5)  # the "[" shown: had it waited for more, Enter would end the sequence
        os.write(terminal, b"\r")
        read_until_quiet(terminal, 5)
    finally:
        quit_app(process, terminal)
    assert "ab[" in [stakeholder.name for stakeholder in store.load(path)[0].stakeholders]
