"""A widget whose lines are all drawn already gives them without working out its styles.

Textual keeps each line a widget drew (``StylesCache``), and draws a line
again only when it was marked for repainting or the widget's width changed.
But before it looks, every time a widget is asked for its lines, it works
out what drawing a line would need: the widget's background through all
its ancestors, its region on the screen, its padding, its opacity (again
through its ancestors), its border titles. A frame of the whole screen asks
every widget in sight, and a step shown again is such a frame: in coming
to step 4 (48 widgets in sight) the widgets' lines were nearly all kept, and
working out what their drawing would need was most of the time the
compositor spent on them.

``install()`` is called as the app is made (``make_app``): from then on a
widget whose lines asked for are all kept, none marked, at the width they
were drawn at, gives them at once, filtered on its background as Textual
gives them (``render`` uses nothing else for a kept line). A widget with a
link under the mouse goes the way Textual goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual._styles_cache import StylesCache  # private to Textual: where each widget's lines are kept

if TYPE_CHECKING:
    from textual.geometry import Region
    from textual.strip import Strip
    from textual.widget import Widget


def install() -> bool:
    """From now on, kept lines are given without working out their styles; False if Textual's
    StylesCache is not as expected (it is then left alone)."""
    if getattr(StylesCache, "_kept_lines_at_once", False):
        return True
    made = StylesCache()
    if not all(hasattr(made, name) for name in ("_cache", "_dirty_lines", "_width", "_simple_strip")):
        return False
    textual_render_widget = StylesCache.render_widget

    def render_widget(self: StylesCache, widget: Widget, crop: Region) -> list[Strip]:
        kept, lines = self._cache, crop.line_range
        dirty = self._dirty_lines
        if (
            widget.outer_size.width != self._width
            or any(y not in kept for y in lines)
            or (dirty and any(y in dirty for y in lines))
            or (widget.auto_links and widget.hover_style._link_id)
        ):
            return textual_render_widget(self, widget, crop)
        self._simple_strip = None
        strips = [kept[y] for y in lines]
        filters = widget.get_line_filters()
        if filters:  # as Textual filters a kept line: on the widget's background
            background = widget.background_colors[1]
            for line_filter in filters:
                strips = [strip.apply_filter(line_filter, background) for strip in strips]
        if crop.column_span != (0, self._width):
            x1, x2 = crop.column_span
            strips = [strip.crop(x1, x2) for strip in strips]
        return strips

    # The workaround itself: Textual's method replaced for the process by one that gives the same lines.
    StylesCache.render_widget = render_widget  # type: ignore[method-assign]
    StylesCache._kept_lines_at_once = True  # type: ignore[attr-defined]  # our mark that the class is changed
    return True
