"""A one-line text field that keeps every line of a paste and never blinks.

Textual's Input keeps the first line of a paste and drops the rest without a
word: a contact copied as a name and a phone number on two lines would lose
the number, and "never lose a keystroke" covers pasted ones. Here the lines
join with a space (blank ones left out) at the cursor, as if typed.

Text the program puts in (a record shown, a name to mend) has the cursor after
it, where the user goes on typing: Textual does that for an Input's first value
only, and keeps the old place for the next, so the second name mended in a
step 2 column took the letters typed in front of it.

No cursor blink: a blinking cursor repaints the field twice a second while
the user does nothing, bytes a slow SSH link pays for (issue 7).

No layout at every letter: Input sets its scrollable width (the text's) as
each letter is typed, a reactive that lays the whole screen out again,
though a field whose size is not the text's ("auto") keeps its place and
size; the layout then only brought the field's scrolling in line with the
new width. Here the width is set and the scrolling brought in line at once,
and the screen is left as it was: a letter is a repaint of its field.
"""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Input


class OneLine(Input):
    # Its horizontal scrollbar is none wide (Input's styles), yet Textual shows and hides
    # it as the text outgrows the field and the screen is laid out again each time: in
    # step 2 at a name's first letter and at Enter, where the hint outgrows the field.
    # The field scrolls to its cursor all the same (Input scrolls by force).
    DEFAULT_CSS = """
    OneLine { overflow-x: hidden; }
    """

    def __init__(
        self, value: str | None = None, *, placeholder: str = "", id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(value, placeholder=placeholder, id=id, classes=classes, select_on_focus=False)
        self.cursor_blink = False

    def _watch_value(self, value: str) -> None:
        if self.is_mounted and not self.styles.auto_dimensions:
            scrolled = Size(self.content_width, 1)  # what Input's own watcher sets it to
            if scrolled != self.virtual_size:
                self.set_reactive(Widget.virtual_size, scrolled)
                self._scroll_update(scrolled)  # as the layout would (the scroll kept within the text)
        super()._watch_value(value)

    def on_paste(self, event: events.Paste) -> None:
        if "\n" not in event.text and "\r" not in event.text:
            return  # one line: Input's own paste
        event.prevent_default()  # not Input's paste of the first line only ("" for "\nSomchai")
        event.stop()
        joined = " ".join(line.strip() for line in event.text.splitlines() if line.strip())
        if not joined:
            return
        if self.selection.is_empty:
            self.insert_text_at_cursor(joined)
        else:
            self.replace(joined, *self.selection)

    def show(self, text: str) -> None:
        """Put ``text`` in the field, the cursor after it."""
        self.value = text
        self.cursor_position = len(text)
