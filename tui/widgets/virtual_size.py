"""A scrolled widget's new length without the whole screen laid out again.

Textual lays the whole screen out again when a widget's virtual size (the
length it scrolls over) changes. A list or table whose own size its styles
fix (its height a fraction of the screen, as in steps 2, 3, 5 and 7) only
needs its scrollbar brought in line and its lines drawn: a name added in
step 2 laid the screen out once for each list it grew, and step 5 shown
after it once more for its table. When the scrollbar comes or goes, that
lays the screen out as before.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


def set_virtual_size(widget: ScrollView, size: Size) -> None:
    """Give ``widget`` the virtual size ``size``, laying the screen out only if need be."""
    if size == widget.virtual_size:
        return
    if not _sized_by_styles(widget):
        widget.virtual_size = size
        return
    widget.set_reactive(ScrollView.virtual_size, size)
    widget._scroll_update(size)  # the scrollbar's length and place; its coming or going lays out
    widget.refresh()


def _sized_by_styles(widget: ScrollView) -> bool:
    """Is the widget on screen with a size its contents cannot change?"""
    height, width = widget.styles.height, widget.styles.width
    return (
        widget.is_mounted
        and bool(widget.size)
        and height is not None
        and width is not None
        and not height.is_auto
        and not width.is_auto
    )
