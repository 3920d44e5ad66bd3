"""Updating a Static only when its words change.

Every ``Static.update`` lays the screen out again and repaints all of it —
and an update to a screen under the current one (home, under a step)
repaints the current one in full. An edit tells every open screen to redraw
from the workbook, and most lines (the title, the counts, a step's to-do
line, the step bar) come out the same: leaving those alone saves a
whole-screen repaint per edit (in step 5, the whole table again at every score).
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def update_text(widget: Static, text: str | Text) -> None:
    if text != widget.content:
        widget.update(text)
