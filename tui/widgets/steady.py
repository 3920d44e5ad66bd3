"""Updating a Static only when its words change, and laying the screen out only when its size does.

Every ``Static.update`` lays the screen out again and repaints all of it —
and an update to a screen under the current one (home, under a step)
repaints the current one in full. An edit tells every open screen to redraw
from the workbook, and most lines (the title, the counts, a step's to-do
line, the step bar) come out the same: leaving those alone saves a
whole-screen repaint per edit (in step 5, the whole table again at every score).

A line whose words did change mostly keeps its size (home's counts after a
name added: "12 stakeholders" for "11"): it is repainted, and the screen is
laid out again only when the new words need another width or height (a
layout of a whole step, and a frame of its own, at every visit after an edit).
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def update_text(widget: Static, text: str | Text) -> None:
    if text == widget.content:
        return
    widget.update(text, layout=False)
    if not _same_size(widget):
        widget.refresh(layout=True)


def _same_size(widget: Static) -> bool:
    """The widget's content, as it is now, takes the room the last layout gave it."""
    if not widget.is_mounted or not widget.size:
        return False  # not laid out yet: its first layout measures it
    styles, room = widget.styles, widget.content_size
    container, viewport = widget.container_size, widget.app.size
    auto_width = styles.width is not None and styles.width.is_auto
    if auto_width and widget.get_content_width(container, viewport) != room.width:
        return False
    if styles.height is None or styles.height.is_auto:
        return widget.get_content_height(container, viewport, room.width) == room.height
    return True
