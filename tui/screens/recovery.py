"""Unsaved work from a session that ended badly: offer it back, never drop it unasked.

Shown at start when a recovery copy of the workbook (tui.core.recovery)
holds something the file does not. The choices: restore it into the editor
(one undoable change) and save, save it as another file, keep the file as it
is (the copy is moved aside, not deleted), or decide later (asked again at
the next start).
"""

from __future__ import annotations

from pathlib import Path

from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.recovery import RecoveryCopy
from tui.core.vocab import Language
from tui.plain import plain
from tui.screens.conflict import ConflictDialog

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = (
    "recovery.title",
    "recovery.new_name",
    "recovery.restore",
    "recovery.save_as",
    "recovery.keep_file",
    "recovery.later",
)


class RecoveryDialog(ConflictDialog):
    """Returns (choice, new path for save_as); choices as in CHOICES."""

    PREFIX = "recovery"
    CHOICES = ("restore", "save_as", "keep_file", "later")

    def __init__(self, lang: Language, path: Path, found: RecoveryCopy, held: Workbook, current: Workbook) -> None:
        super().__init__(lang, path)
        self.found = found
        self.held = held
        self.current = current

    def body(self) -> str:
        question = tr(self.lang, "recovery.body", path=plain(self.path.name), time=self.found.written_local())
        counts = tr(
            self.lang,
            "recovery.counts",
            copy_stakeholders=len(self.held.stakeholders),
            copy_ties=len(self.held.ties),
            file_stakeholders=len(self.current.stakeholders),
            file_ties=len(self.current.ties),
        )
        return f"{question}\n{counts}"
