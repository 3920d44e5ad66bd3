"""Reading a file Phakhi was pointed at: a regular file, and never more than a limit.

A name can hide something that is not a file. ``x.toml`` may be a named pipe
(reading it waits for ever for a writer), a device (``/dev/zero`` never ends,
``/dev/urandom`` neither), a socket, a folder, or a link to any of these.
Asking the size first is no defence: a device says 0 and then gives bytes
without end, and a file can grow between the question and the read.

So every reader (workbooks, import files, demo scripts, recovery and parsed
copies) goes through :func:`read_regular`: it refuses anything but a regular
file before opening it, opens without waiting (``O_NONBLOCK``: a pipe that
appeared meanwhile does not block), checks the open descriptor again (the
name may have been swapped between the look and the open), and reads at most
``limit`` bytes and one more, so a file over the limit is refused after
reading only that much, whatever its size said.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tui.core.i18n import tr
from tui.core.vocab import Language

#: What a file that is not a regular file is, by the kind its mode says (the keys of
#: the i18n message ``kind.*``); anything else is "special".
_KINDS = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
    (stat.S_ISSOCK, "socket"),
)
_CHUNK = 1 << 20


class NotRegularFile(OSError):
    """The name leads to a folder, a pipe, a device or a socket: nothing Phakhi reads."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"{path} is a {kind}, not a file")
        self.kind = kind


class TooBig(OSError):
    """The file holds more than the limit; ``size`` is at least how much (all of it if known)."""

    def __init__(self, path: Path, size: int) -> None:
        super().__init__(f"{path} holds {size} bytes or more")
        self.size = size


def kind_of(mode: int) -> str | None:
    """None for a regular file, else what it is ("folder", "fifo", "device", "socket", "special")."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "special")


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (a link is followed), at most ``limit``.

    Raises NotRegularFile, TooBig, or the OSError of the open or the read
    (FileNotFoundError, PermissionError, ...)."""
    path = Path(path)
    kind = kind_of(os.stat(path).st_mode)  # before opening: opening some devices does something
    if kind is not None:
        raise NotRegularFile(path, kind)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        kind = kind_of(info.st_mode)
        if kind is not None:  # swapped for something else between the look and the open
            raise NotRegularFile(path, kind)
        if info.st_size > limit:
            raise TooBig(path, info.st_size)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew since fstat, or its size lied
            raise TooBig(path, total)
        return b"".join(chunks)
    finally:
        os.close(fd)


#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("kind.device", "kind.fifo", "kind.folder", "kind.socket", "kind.special")


def not_regular_message(lang: Language, path: Path | str, kind: str) -> str:
    """What the name leads to, in words, and where a link points (``x.toml`` -> ``/dev/zero``)."""
    what = tr(lang, f"kind.{kind}")
    path = Path(path)
    if path.is_symlink():
        what = tr(lang, "kind.link", target=os.path.realpath(path), kind=what)
    return tr(lang, "problem.not_regular", kind=what)
