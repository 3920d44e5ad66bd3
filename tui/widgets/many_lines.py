"""A multi-line text field whose undo is the workbook's undo.

Textual's TextArea keeps a history of its own and takes ctrl+z and ctrl+y
for it: in step 1's objective the first ctrl+z undid the field's last edit
(itself a new edit of the workbook), and the next ones went round the
field's history instead of the workbook's. One workbook, one history: here
the keys reach the app's undo and redo, which reload the field.

Text the program puts in (another record shown, an undo) has the cursor after
it, as a one-line field has (tui/widgets/one_line.py): Textual's load_text
puts it before the first letter, and what the user typed next went in front.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import TextArea


class ManyLines(TextArea):
    BINDINGS = [
        Binding("ctrl+z,super+z", "app.undo", "key.undo", show=False),
        Binding("ctrl+y,super+y", "app.redo", "key.redo", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        self.cursor_blink = False  # no repaint while the user does nothing

    def show(self, text: str) -> None:
        """Put ``text`` in the field, the cursor after it."""
        self.load_text(text)
        self.move_cursor(self.document.end)
