"""Problems found in a workbook file, printed the way compilers print them.

``FILE:LINE:COL: what is wrong — how to fix it`` lets editors and terminals
jump to the place; a problem with no known place prints ``FILE: ...``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.visible import visible


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    col: int | None
    message: str
    fix: str

    def __str__(self) -> str:
        """One line, with every control character from the file (a key, a value, its name) written out."""
        place = self.path
        if self.line is not None:
            place += f":{self.line}:{self.col or 1}"
        return visible(f"{place}: {self.message} — {self.fix}")


class WorkbookError(Exception):
    """A workbook that could not be loaded; ``problems`` holds every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class ChangedOnDisk(Exception):
    """The file changed since it was loaded; saving would clobber someone's work."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


class SaveBusy(Exception):
    """Another save has held the file longer than the caller would wait (a stuck network folder)."""


class SaveFailed(Exception):
    """A save that did not complete; the previous file is left as it was."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


class TooBigToSave(SaveFailed):
    """The workbook's file would be bigger than the loader reads: not written (it could not be opened)."""


class ReadOnlyFile(SaveFailed):
    """The workbook is read-only and the user has not chosen to write it: not written."""
