"""Textual's scrollbars drawn once for what they show.

Textual draws a scrollbar anew at every refresh: its renderer goes through
Rich to lines, about a fifth of a millisecond each time. A screen shown
again repaints every scrollbar on it, so a round of a workshop's worksheet
(benchmarks/key_cost.py) drew one for nearly every key, each as it was the
last time that screen was shown.

What a scrollbar shows is all in its renderer's fields (the length it
scrolls over, its window, its place, its thickness, its direction and its
colours), its size and its own style. The lines made for those are kept and
given again; anything else a scrollbar renders is drawn as Textual draws it.

``install()`` is called as the app is made (``make_app``).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.widget import _RenderCache  # private to Textual: what a widget's lines are kept in

#: Scrollbars' lines kept (a few screens' worth of scrollbars in their few states).
KEPT = 256

_drawn: dict[tuple[object, ...], list[Strip]] = {}
_textual_render_content: Callable[[ScrollBar], None] | None = None


def _render_content(bar: ScrollBar) -> None:
    """Textual's ``Widget._render_content`` for a scrollbar: its lines, made once for what they show."""
    assert _textual_render_content is not None
    renderer = bar.render()
    if type(renderer) is not ScrollBarRender:
        _textual_render_content(bar)
        return
    key = (tuple(sorted(vars(renderer).items())), bar.size, bar.visual_style)
    lines = _drawn.get(key)
    if lines is None:
        _textual_render_content(bar)
        if len(_drawn) >= KEPT:
            _drawn.clear()
        _drawn[key] = bar._render_cache.lines  # noqa: SLF001
        return
    bar._render_cache = _RenderCache(bar.size, lines)  # noqa: SLF001
    bar._dirty_regions.clear()  # noqa: SLF001


def install() -> None:
    """From now on a scrollbar's lines are made once for what they show."""
    global _textual_render_content
    if _textual_render_content is None:
        _textual_render_content = ScrollBar._render_content
        # Textual's method replaced for the process by one that draws the same lines.
        ScrollBar._render_content = _render_content  # type: ignore[method-assign, assignment]
