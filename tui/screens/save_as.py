"""Save the workbook as a new file: the way out when its folder cannot be written.

The conflict dialog's shape with one choice: the name of the new file
(a free name beside the old one to start with; Tab to change it), Enter
saves there and later edits go to it, Esc cancels.
"""

from __future__ import annotations

from tui.core.i18n import tr
from tui.screens.conflict import ConflictDialog

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("save_as.title", "save_as.new_name", "save_as.save_as")


class SaveAsDialog(ConflictDialog):
    """Returns ("save_as", new path), or ("later", None) when cancelled."""

    PREFIX = "save_as"
    CHOICES: tuple[str, ...] = ("save_as",)

    def body(self) -> str:
        return tr(self.lang, "save_as.body")
