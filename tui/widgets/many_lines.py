"""A multi-line text field whose undo is the workbook's undo.

Textual's TextArea keeps a history of its own and takes ctrl+z and ctrl+y
for it: in step 1's objective the first ctrl+z undid the field's last edit
(itself a new edit of the workbook), and the next ones went round the
field's history instead of the workbook's. One workbook, one history: here
the keys reach the app's undo and redo, which reload the field.

Text the program puts in (another record shown, an undo) has the cursor after
it, as a one-line field has (tui/widgets/one_line.py): Textual's load_text
puts it before the first letter, and what the user typed next went in front.
The field still shows the text from its start until the user comes into it.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

#: The cursor before the first letter, nothing selected: where load_text leaves it.
START = Selection((0, 0), (0, 0))


class ManyLines(TextArea):
    BINDINGS = [
        Binding("ctrl+z,super+z", "app.undo", "key.undo", show=False),
        Binding("ctrl+y,super+y", "app.redo", "key.redo", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        self.cursor_blink = False  # no repaint while the user does nothing

    #: Text was put in since the user was last in the field: their cursor goes after it.
    _shown = False

    def show(self, text: str) -> None:
        """Put ``text`` in the field; the user who comes into it types after it."""
        # The same text, put in since the user was last in the field and still shown from
        # its start (a kept step shown again): loading it anew would change nothing but
        # cost a layout of the text and a repaint of the field.
        if not (self._shown and text == self.text and self.selection == START and self.scroll_offset == (0, 0)):
            self.load_text(text)
        self._shown = True
        if self.has_focus:  # an undo while the user is in the field
            self.on_focus()

    def on_focus(self) -> None:
        # On coming in, not as the text is put in: the field shows the start of a long
        # text to read, and only scrolls to its end where the user goes on typing.
        # A click still puts the cursor where it points (its event comes after this one).
        if self._shown:
            self._shown = False
            self.move_cursor(self.document.end)
