"""An open workbook: its file, its editor, and whether there is work to save.

The app holds one Document. It knows the stamp of the file as last read or
written, so a save can refuse to clobber a file someone else changed; and the
editor's generation, so the app knows when the file on disk is behind.
"""

from __future__ import annotations

from pathlib import Path

from tui.core import store
from tui.core.edit import Editor
from tui.core.model import Workbook
from tui.core.vocab import Language


class Document:
    def __init__(self, path: Path, workbook: Workbook, stamp: store.FileStamp) -> None:
        self.path = path
        self.editor = Editor(workbook)
        self.stamp = stamp
        self.saved_generation = 0

    @classmethod
    def open(cls, path: Path | str, lang: Language = Language.EN) -> Document:
        """Load ``path``; a missing file starts a new workbook saved there later.

        Raises WorkbookError for a file that exists but cannot be loaded: such
        a file is never opened, so nothing can overwrite it.
        """
        path = Path(path)
        if not path.exists():
            return cls(path, Workbook(language=lang), store.NO_FILE)
        workbook, stamp = store.load(path, lang)
        return cls(path, workbook, stamp)

    @property
    def workbook(self) -> Workbook:
        return self.editor.workbook

    @property
    def dirty(self) -> bool:
        return self.editor.generation != self.saved_generation

    @property
    def exists(self) -> bool:
        return self.stamp != store.NO_FILE

    def save(self, *, force: bool = False) -> None:
        """Write the workbook; raises ChangedOnDisk or SaveFailed, leaving the file as it was."""
        generation = self.editor.generation
        self.stamp = store.save(self.workbook, self.path, self.stamp, force=force)
        self.saved_generation = generation
