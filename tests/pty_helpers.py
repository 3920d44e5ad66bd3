"""Running the real ``phakhi`` command in a pseudo-terminal, as a person's terminal does."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Sequence


def drain(fd: int) -> bytes:
    """Whatever the app has written so far, without waiting (so it never blocks on a full terminal)."""
    data = b""
    while select.select([fd], [], [], 0)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data


def read_until_quiet(fd: int, seconds: float) -> bytes:
    """Drain the terminal until it has been quiet for a moment (or time runs out)."""
    data = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not select.select([fd], [], [], 0.3)[0]:
            if data:
                return data
            continue
        chunk = drain(fd)
        if not chunk:
            break  # the terminal closed: the app has gone
        data += chunk
    return data


def spawn(args: Sequence[str], env: dict[str, str], size: tuple[int, int] = (80, 24)) -> tuple[subprocess.Popen, int]:
    """``python ARGS`` on a new 80x24 pseudo-terminal; returns the process and the terminal's fd."""
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    process = subprocess.Popen(
        [sys.executable, *args],
        stdin=child,
        stdout=child,
        stderr=child,
        env={**env, "TERM": "xterm-256color"},
        start_new_session=True,
    )
    os.close(child)
    return process, main


def read_until(fd: int, needle: bytes, seconds: float) -> bytes:
    """Read until ``needle`` has appeared on the terminal (or time runs out); returns all read."""
    data = b""
    deadline = time.monotonic() + seconds
    while needle not in data and time.monotonic() < deadline:
        data += drain(fd)
        time.sleep(0.02)
    return data


def type_and_quit(
    args: Sequence[str],
    env: dict[str, str],
    writes: Sequence[bytes],
    before_quit: Callable[[subprocess.Popen], None] | None = None,
) -> tuple[int, bytes]:
    """``python ARGS`` on a terminal: after the first paint, each of ``writes`` in one write
    (waiting for the screen to settle after each), then ``before_quit`` is given the process,
    then ctrl+q. Returns the exit status and everything shown."""
    process, terminal = spawn(args, env)
    shown = b""
    try:
        shown += read_until_quiet(terminal, 15)  # the first paint
        for keys in writes:
            os.write(terminal, keys)
            shown += read_until_quiet(terminal, 5)
        if before_quit is not None:
            before_quit(process)
    finally:
        quit_app(process, terminal)
    return process.returncode, shown


def quit_app(process: subprocess.Popen, terminal: int) -> None:
    """Ctrl+q, and wait for the app to go (killed if it does not); the terminal is closed."""
    try:
        os.write(terminal, b"\x11")  # ctrl+q
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(terminal)
