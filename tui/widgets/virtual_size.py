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


def set_virtual_size(widget: ScrollView, size: Size, *, redraw: bool = True) -> None:
    """Give ``widget`` the virtual size ``size``, laying the screen out only if need be;
    ``redraw=False``: the widget draws again itself the lines of its that read otherwise."""
    if size == widget.virtual_size:
        return
    if not _sized_by_styles(widget):
        widget.virtual_size = size
        return
    widget.set_reactive(ScrollView.virtual_size, size)
    _scroll_update(widget, size)
    if redraw:
        widget.refresh()


def _scroll_update(widget: ScrollView, size: Size) -> None:
    """Textual's ``Widget._scroll_update``: the scrollbars' coming or going (which lays the
    screen out), length and place. But a scrollbar is drawn again only if what it shows
    changed (its fields do it then), where Textual draws both: a table grown by a row
    drew its sideways scrollbar again, the same, at every step 5 shown after a name added."""
    widget._refresh_scrollbars()
    width, height = widget.container_size
    if widget.show_vertical_scrollbar and widget.styles.scrollbar_size_vertical:
        widget.vertical_scrollbar.window_virtual_size = size.height
        widget.vertical_scrollbar.window_size = height - widget.scrollbar_size_horizontal
    if widget.show_horizontal_scrollbar and widget.styles.scrollbar_size_horizontal:
        widget.horizontal_scrollbar.window_virtual_size = size.width
        widget.horizontal_scrollbar.window_size = width - widget.scrollbar_size_vertical
    widget.scroll_x = widget.validate_scroll_x(widget.scroll_x)
    widget.scroll_y = widget.validate_scroll_y(widget.scroll_y)


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
