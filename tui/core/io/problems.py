"""Problems found in a file being imported, each printed as ``FILE:ROW: what — fix``.

People fix a spreadsheet by its row numbers (the numbers down the left of
the sheet, the heading being row 1), not by lines of CSV text, so import
problems name the row. Every problem in every file is collected before
anything is built: one run shows all of them, and nothing is written until
there are none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.i18n import tr
from tui.core.problems import Problem
from tui.core.vocab import Language

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("io.problem.", "io.fix.")


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong in one row (or in the whole file when ``row`` is None)."""

    path: str
    row: int | None
    message: str
    fix: str

    def __str__(self) -> str:
        place = self.path if self.row is None else f"{self.path}:{self.row}"
        return f"{place}: {self.message} — {self.fix}"


class ImportProblems(Exception):
    """An import that was refused; ``problems`` holds every reason, in file order."""

    def __init__(self, problems: Sequence[RowProblem | Problem], encodings: dict[str, str] | None = None) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)
        #: The encoding each file was read with, so a wrong guess can be seen beside the problems.
        self.encodings = dict(encodings or {})


class Collector:
    """Gathers the problems of one file, worded in one language.

    ``add(row, "unknown_column", ...)`` takes its message from the i18n key
    ``io.problem.unknown_column`` and its fix from ``io.fix.unknown_column``.
    """

    def __init__(self, path: str, lang: Language) -> None:
        self.path = path
        self.lang = lang
        self.problems: list[RowProblem] = []

    def add(self, row: int | None, key: str, /, fix: str | None = None, **values: object) -> None:
        message = tr(self.lang, f"io.problem.{key}", **values)
        self.problems.append(RowProblem(self.path, row, message, tr(self.lang, f"io.fix.{fix or key}", **values)))

    def add_text(self, row: int | None, message: str, fix_key: str, **values: object) -> None:
        """A problem whose message was already worded elsewhere (the editor's)."""
        self.problems.append(RowProblem(self.path, row, message, tr(self.lang, f"io.fix.{fix_key}", **values)))

    def sorted(self) -> list[RowProblem]:
        return sorted(self.problems, key=lambda p: p.row or 0)
