"""An open workbook: its file, its editor, and whether there is work to save.

The app holds one Document. It knows the stamp of the file as last read or
written, so a save can refuse to clobber a file someone else changed; and the
editor's generation, so the app knows when the file on disk is behind.
A save that fails leaves the edits in a recovery copy (tui.core.recovery)
until a later save succeeds, so a crash meanwhile loses nothing.
"""

from __future__ import annotations

import copy
import threading
import time
from pathlib import Path

from tui.core import recovery, store
from tui.core.edit import Editor
from tui.core.model import Workbook
from tui.core.i18n import tr
from tui.core.problems import ChangedOnDisk, ReadOnlyFile, SaveBusy, SaveFailed
from tui.core.vocab import Language


class Document:
    def __init__(self, path: Path, workbook: Workbook, stamp: store.FileStamp, *, read_only: bool = False) -> None:
        self.path = path
        #: The file may not be written (store.refuses_writes) and the user has not chosen to:
        #: saves keep the edits in the recovery copy instead, until a save as or a choice.
        self.read_only = read_only
        self.editor = Editor(workbook)
        self.stamp = stamp
        self.saved_generation = 0
        self._saving = threading.Lock()  # one write at a time, from any thread
        #: When the save writing now began (time.monotonic()); None: none is writing.
        self.saving_since: float | None = None
        self.keeper = recovery.Keeper(path)

    @classmethod
    def open(cls, path: Path | str, lang: Language = Language.EN, *, force: bool = False) -> Document:
        """Load ``path``; a missing file starts a new workbook saved there later.

        Raises WorkbookError for a file that exists but cannot be loaded: such
        a file is never opened, so nothing can overwrite it. A read-only file
        opens read-only unless ``force`` (the user's choice to write it).
        """
        path = Path(path)
        if not path.exists():
            return cls(path, Workbook(language=lang), store.NO_FILE)
        workbook, stamp = store.load(path, lang, remembered=True)
        return cls(path, workbook, stamp, read_only=not force and store.refuses_writes(path))

    @property
    def workbook(self) -> Workbook:
        return self.editor.workbook

    @property
    def dirty(self) -> bool:
        return self.editor.generation != self.saved_generation

    @property
    def exists(self) -> bool:
        return self.stamp != store.NO_FILE

    def save_as(self, path: Path | str) -> None:
        """Write the workbook to a new file, which becomes this document's file.

        Refuses (ChangedOnDisk) to replace a file that already exists there.
        """
        path = Path(path)
        with self._saving:
            self.stamp = store.save(self.workbook, path, store.NO_FILE)
            self.path = path
            self.read_only = False
            self.saved_generation = self.editor.generation
            self.keeper.drop()  # the edits are in the new file
            self.keeper = recovery.Keeper(path)

    def snapshot(self) -> tuple[Workbook, int]:
        """A copy of the workbook as it is now, and its generation, to save from another thread."""
        return copy.deepcopy(self.workbook), self.editor.generation

    def save(self, *, force: bool = False, snapshot: tuple[Workbook, int] | None = None,
             wait: float | None = None) -> None:
        """Write the workbook (or a snapshot of it); raises ChangedOnDisk or SaveFailed,
        leaving the file as it was and the edits in a recovery copy. Safe to call
        from a worker thread with a snapshot. ``wait``: seconds to wait at most for a
        save under way (SaveBusy after that); None waits as long as it takes."""
        workbook, generation = snapshot or (self.workbook, self.editor.generation)
        if not self._saving.acquire(timeout=-1 if wait is None else wait):
            raise SaveBusy(str(self.path))
        try:
            self.saving_since = time.monotonic()
            if snapshot is not None and generation <= self.saved_generation:
                return  # two save threads finished out of order: a newer version is on disk already
            try:
                if self.read_only and not force:
                    raise ReadOnlyFile(str(self.path), _read_only_message(self.path, workbook.language))
                self.stamp = store.save(workbook, self.path, self.stamp, force=force)
            except (ChangedOnDisk, SaveFailed):
                self.keeper.keep(workbook, generation)
                raise
            self.saved_generation = max(self.saved_generation, generation)
            self.keeper.drop(generation)
        finally:
            self.saving_since = None
            self._saving.release()

    def discard_recovery(self) -> None:
        """The user dropped the unsaved edits on purpose (reloaded the file): no copy to offer."""
        with self._saving:
            self.keeper.drop()


def _read_only_message(path: Path, lang: Language) -> str:
    return f"{tr(lang, 'save.read_only', path=path)} — {tr(lang, 'fix.read_only')}"
