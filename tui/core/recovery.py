"""Recovery copies: edits that could not be written to the workbook survive a crash.

When a save fails (a read-only folder, a full disk) or the user puts off a
conflict with another session's version, the edits live only in memory, and a
``kill -9`` or a power cut would lose them all. So each failed save also
writes the whole workbook to a recovery copy in a per-user state folder
(``$PHAKHI_STATE_DIR/recovery``, else ``$XDG_STATE_HOME/phakhi/recovery``,
else ``~/.local/state/phakhi/recovery``), atomically and readable by its owner
only (contacts are personal data). A successful save removes it.

A copy is named from a hash of the workbook's absolute path (so copies of two
files never mix) and the session that wrote it (so two sessions never
overwrite each other's copy). It is itself a workbook file: three comment
lines say which file it belongs to and when it was written, then the whole
workbook TOML, so it can also be opened with ``phakhi COPY`` by hand.

On the next start the app offers the newest copy that differs from the file;
a copy the user keeps out of the workbook is moved to ``set-aside/`` beside
the copies, never deleted silently.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tui.core import store
from tui.core.model import Workbook
from tui.core.problems import WorkbookError
from tui.core.reading import read_regular
from tui.core.vocab import Language

_HEADER = "# Phakhi recovery copy: edits that could not be written to the workbook named below.\n"
_WORKBOOK = "# workbook = "
_WRITTEN = "# written = "
#: Copies the user chose not to restore: kept, out of the way of the next start.
SET_ASIDE = "set-aside"


def folder() -> Path:
    """The per-user folder for recovery copies (not created here: only a write creates it)."""
    chosen = os.environ.get("PHAKHI_STATE_DIR")
    if chosen:
        return Path(chosen).expanduser() / "recovery"
    state = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(state) / "phakhi" / "recovery"


def _key(workbook_path: Path) -> str:
    """Copies of one workbook share this prefix: a hash of its absolute path."""
    return hashlib.sha256(str(Path(workbook_path).absolute()).encode("utf-8", "surrogateescape")).hexdigest()[:16]


@dataclass(frozen=True)
class RecoveryCopy:
    """A copy found on disk: where it is, which workbook it belongs to, when, and its text."""

    file: Path
    workbook_path: Path
    written: datetime
    text: str

    def workbook(self, lang: Language = Language.EN) -> Workbook:
        """The workbook it holds (raises WorkbookError if the copy itself is damaged)."""
        return store.parse(self.text.encode("utf-8"), str(self.file), lang)

    def written_local(self) -> str:
        """When it was written, in the user's local time, to the minute."""
        return self.written.astimezone().strftime("%Y-%m-%d %H:%M")


class Keeper:
    """This session's recovery copy of one workbook: kept on failure, dropped on success."""

    def __init__(self, workbook_path: Path) -> None:
        self.workbook_path = Path(workbook_path).absolute()
        session = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
        self.file = folder() / f"{_key(self.workbook_path)}-{session}.toml"
        self.generation: int | None = None  # the editor generation the copy holds; None: no copy
        # Copies are written from the save thread, a stuck save's watch and the app: one at a time.
        self._writing = threading.Lock()

    def keep(self, entries: str, generation: int) -> Path | None:
        """Write the copy of the entries' text (store.entries_text; no analysis: it is
        worked out again on restore); return where, or None if even that failed (the
        caller says so). A copy never goes back to older edits than the one already kept."""
        import json  # here, as in read(): copies are rare, and start-up need not load it

        with self._writing:
            if self.generation is not None and generation < self.generation:
                return self.file
            written = datetime.now(UTC).isoformat(timespec="seconds")
            header = f"{_HEADER}{_WORKBOOK}{json.dumps(str(self.workbook_path))}\n{_WRITTEN}{written}\n"
            text = header + entries
            try:
                self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                store.write_atomic(self.file, text.encode("utf-8"), store.PRIVATE_MODE)
            except OSError:
                return None
            self.generation = generation
            return self.file

    def drop(self, saved_generation: int | None = None) -> None:
        """Remove the copy once the workbook file holds everything in it (or the edits are discarded)."""
        with self._writing:
            if self.generation is None or saved_generation is not None and saved_generation < self.generation:
                return
            self.file.unlink(missing_ok=True)
            self.generation = None


def read(file: Path) -> RecoveryCopy | None:
    """The copy in ``file``, or None if it is not one of ours (or unreadable)."""
    import json

    try:
        text = read_regular(file, store.MAX_BYTES + len(_HEADER) + 4096).decode("utf-8")
    except (OSError, UnicodeDecodeError):  # gone, unreadable, not a file (a pipe), far too big
        return None
    lines = text.split("\n", 3)
    ours = len(lines) == 4 and lines[0] + "\n" == _HEADER
    if not (ours and lines[1].startswith(_WORKBOOK) and lines[2].startswith(_WRITTEN)):
        return None
    try:
        workbook_path = Path(json.loads(lines[1][len(_WORKBOOK) :]))
        written = datetime.fromisoformat(lines[2][len(_WRITTEN) :])
    except ValueError:
        return None
    return RecoveryCopy(file, workbook_path, written, text)


def copies(workbook_path: Path) -> list[RecoveryCopy]:
    """Every copy of this workbook waiting in the folder, newest first."""
    found = [read(file) for file in folder().glob(f"{_key(workbook_path)}-*.toml")]
    return sorted((c for c in found if c is not None), key=lambda c: c.written, reverse=True)


def waiting(
    workbook_path: Path, current: Workbook | None, lang: Language = Language.EN, *, tidy: bool = True
) -> RecoveryCopy | None:
    """The newest copy that holds something the file does not (``current``: the file's
    workbook, None when there is no file). A copy equal to the file holds nothing
    new and is removed (unless not ``tidy``: ``phakhi check`` only looks); a damaged
    copy is left alone and not offered, and so is the copy of a session still
    running (it is that session's to save, and may be saved any moment)."""
    for found in copies(workbook_path):
        if _session_running(found.file):
            continue
        try:
            held = found.workbook(lang)
        except WorkbookError:
            continue
        if held != current:
            return found
        if tidy:
            found.file.unlink(missing_ok=True)
    return None


def _session_running(file: Path) -> bool:
    """Is the Phakhi session that wrote this copy (the pid ending its name) still running?

    Not this process's own. Where /proc says what a live pid runs, only a Phakhi
    one counts (a pid is reused); elsewhere any live pid does: a copy held back is
    not lost, it is offered once that process has gone."""
    try:
        pid = int(file.stem.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, someone else's
    except OSError:
        return False
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True
    return b"phakhi" in command or b"\x00-m\x00tui\x00" in command  # the command, or python -m tui


def set_aside(found: RecoveryCopy) -> Path:
    """Move a copy out of the way of the next start, keeping it; return its new place."""
    target = found.file.parent / SET_ASIDE / found.file.name
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.replace(found.file, target)
    return target


def discard(found: RecoveryCopy) -> None:
    """The copy's content is safe elsewhere (restored and saved, or saved as another file)."""
    found.file.unlink(missing_ok=True)
