"""``phakhi service``: one analysis service for sessions started over SSH (issue 25). A session
given its socket never imports networkx and writes the file it would write alone; ctrl+c and
SIGTERM end it and take the socket with it; a folder others can enter is refused."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_analysis_service import THAI, a_session
from tui.core import store
from tui.core.analysis_child import worked_out
from tui.core.analysis_service import listens

ROOT = Path(__file__).resolve().parent.parent


def start(socket: Path, *more: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tui", "service", "--socket", str(socket), "--lang", "en", *more],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def listening(process: subprocess.Popen[str], socket: Path) -> str:
    """The line the service says once it listens."""
    deadline = time.monotonic() + 30
    while not (socket.exists() and listens(str(socket))):
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the service never listened"
        time.sleep(0.05)
    assert process.stdout is not None
    return process.stdout.readline()


@pytest.mark.parametrize("ending", [signal.SIGINT, signal.SIGTERM])
def test_a_session_given_the_socket_leaves_its_analyses_to_the_service(tmp_path: Path, ending: int) -> None:
    folder = tmp_path / "private"
    folder.mkdir(mode=0o700)
    socket = folder / "socket"
    process = start(socket)
    try:
        said = listening(process, socket)
        assert f"export PHAKHI_ANALYSIS_SOCKET={socket}" in said
        path = tmp_path / "group.toml"
        path.write_bytes(THAI.read_bytes())
        assert a_session(path, str(socket)) == "False"  # networkx never imported in the session
        entries = store.entries_text(store.load(path)[0])
        assert path.read_bytes() == store.file_text(entries, worked_out(entries, str(path))).encode("utf-8")
        assert start(socket).wait(timeout=30) == 2  # one is listening there already
    finally:
        process.send_signal(ending)
        assert process.wait(timeout=30) == 0
    assert not socket.exists()
    assert folder.is_dir()  # the folder named is the user's: it stays


def test_a_folder_others_can_enter_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o755)
    process = start(folder / "socket")
    assert process.wait(timeout=30) == 2
    assert process.stderr is not None and "mode 700" in process.stderr.read()
    assert not (folder / "socket").exists()


@pytest.mark.parametrize("what", ["file", "folder", "long"])
def test_a_path_that_is_not_a_socket_is_left_alone_and_said(tmp_path: Path, what: str) -> None:
    """A file or folder already at the path is never removed; a path too long for a socket is said,
    each with the path and the fix, exit 2."""
    folder = tmp_path / "private"
    folder.mkdir(mode=0o700)
    path = folder / ("a" * 120 if what == "long" else "socket")
    if what == "file":
        path.write_text("keep")
    elif what == "folder":
        path.mkdir()
    process = start(path)
    assert process.wait(timeout=30) == 2
    said = process.stderr.read() if process.stderr else ""
    assert str(path) in said and "give --socket" in said
    if what == "file":
        assert path.read_text() == "keep"
    elif what == "folder":
        assert path.is_dir()
