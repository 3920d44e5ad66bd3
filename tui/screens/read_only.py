"""The workbook may not be written: say so when it opens, and offer the ways on.

A file set read-only (``chmod a-w``, a shared folder one may only read) is
someone's decision that it should not change. The app opens it all the same
(reading is what most people came for) and says so at once; edits are then
kept in the recovery copy, never written over the file. The choices: save
as a new file and go on there (the default), write to this file anyway (the
user's explicit choice, as ``phakhi FILE --force``), or just read it.
"""

from __future__ import annotations

from tui.core.i18n import tr
from tui.plain import plain
from tui.screens.conflict import ConflictDialog

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = (
    "read_only.title",
    "read_only.new_name",
    "read_only.save_as",
    "read_only.overwrite",
    "read_only.later",
)


class ReadOnlyDialog(ConflictDialog):
    """Returns ("save_as", new path), ("overwrite", None) or ("later", None)."""

    PREFIX = "read_only"
    CHOICES = ("save_as", "overwrite", "later")

    def body(self) -> str:
        return tr(self.lang, "read_only.body", path=plain(self.path.name))
