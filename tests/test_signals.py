"""A dropped SSH link (SIGHUP) or a `kill` (SIGTERM) never costs the typed work.

Runs the real command in a pseudo-terminal, types a stakeholder's name, and
signals the process while the edit is still waiting for its autosave (set to
a minute here, so only the signal can have written it).
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tui.core import store


def read_until_quiet(fd: int, seconds: float) -> bytes:
    """Drain the terminal until it has been quiet for a moment (or time runs out)."""
    data = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.3)
        if not ready:
            if data:
                return data
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data


@pytest.mark.parametrize("number", [signal.SIGHUP, signal.SIGTERM])
def test_a_signal_writes_pending_edits_before_exit(tmp_path: Path, number: int) -> None:
    path = tmp_path / "workshop.toml"
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "PHAKHI_AUTOSAVE_SECONDS": "60", "TERM": "xterm-256color"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", str(path), "--lang", "en"],
        stdin=child, stdout=child, stderr=child, env=env, start_new_session=True,
    )
    os.close(child)
    try:
        read_until_quiet(main, 15)  # the first paint
        os.write(main, b"2")  # step 2, quick entry in the people column
        read_until_quiet(main, 5)
        os.write(main, "กลุ่มเกษตรอินทรีย์\r".encode())
        read_until_quiet(main, 5)
        assert not path.exists()  # the autosave has not run: only the signal can save it
        process.send_signal(number)
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main)
    workbook, _ = store.load(path)
    assert [s.name for s in workbook.stakeholders] == ["กลุ่มเกษตรอินทรีย์"]
