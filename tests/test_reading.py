"""Only regular files are read, and never more than the limit (tui/core/reading.py)."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from tui.core import reading
from tui.core.reading import NotRegularFile, TooBig, read_regular
from tui.core.vocab import Language


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_bytes(b"x" * 10)
    assert read_regular(path, 10) == b"x" * 10


def test_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_bytes(b"x" * 11)
    with pytest.raises(TooBig) as caught:
        read_regular(path, 10)
    assert caught.value.size == 11


def test_a_file_whose_size_lies_is_read_only_to_the_limit_and_one_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows after fstat (or a size that lies): the read stops at limit + 1."""
    path = tmp_path / "w.toml"
    path.write_bytes(b"x" * 5000)
    real_fstat = os.fstat
    read: list[int] = []
    real_read = os.read

    class Small:
        def __init__(self, info: os.stat_result) -> None:
            self.st_mode, self.st_size = info.st_mode, 1

    monkeypatch.setattr(reading.os, "fstat", lambda fd: Small(real_fstat(fd)))
    monkeypatch.setattr(reading.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(TooBig):
        read_regular(path, 100)
    assert sum(read) == 101


def test_a_named_pipe_is_refused_at_once_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    os.mkfifo(path)
    done = threading.Event()
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            read_regular(path, 100)
        except NotRegularFile as error:
            outcome.append(error)
        done.set()

    threading.Thread(target=attempt, daemon=True).start()
    assert done.wait(5), "reading a named pipe blocked"
    assert outcome[0].kind == "fifo"


def test_a_pipe_swapped_in_after_the_look_is_refused_by_the_open_descriptor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name looked like a file, then a pipe took its place before the open: O_NONBLOCK
    opens it without waiting, and fstat of the descriptor refuses it."""
    path = tmp_path / "w.toml"
    path.write_bytes(b"x")
    real_stat = os.stat

    def swapped(target: Path, *args: object, **kwargs: object) -> os.stat_result:
        info = real_stat(target)
        path.unlink()
        os.mkfifo(path)
        return info

    monkeypatch.setattr(reading.os, "stat", swapped)
    with pytest.raises(NotRegularFile) as caught:
        read_regular(path, 100)
    assert caught.value.kind == "fifo"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_without_reading(tmp_path: Path, device: str) -> None:
    path = tmp_path / "w.toml"
    path.symlink_to(device)
    with pytest.raises(NotRegularFile) as caught:
        read_regular(path, 100)
    assert caught.value.kind == "device"
    assert reading.not_regular_message(Language.EN, path, "device") == (
        f"this is a link to {device}, a device, not a file"
    )


def test_a_socket_and_a_folder_are_refused(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.toml"))
        with pytest.raises(NotRegularFile) as caught:
            read_regular(tmp_path / "s.toml", 100)
    assert caught.value.kind == "socket"
    with pytest.raises(NotRegularFile) as caught:
        read_regular(tmp_path, 100)
    assert caught.value.kind == "folder"


def test_a_missing_file_is_the_os_error() -> None:
    with pytest.raises(FileNotFoundError):
        read_regular(Path("/nonexistent/w.toml"), 100)
