"""Textual's style cache lets go of the widgets it has drawn.

Textual keeps a cache of two background styles in ``StylesCache.get_inner_outer``,
a method whose cache key holds the instance: each widget's StylesCache, and
with it every line the widget last drew, stays alive until a thousand later
entries push it out (Textual issue 6665). Every screen opened draws its
widgets anew, so a session grew by about a megabyte each round of a
workshop's worksheet (benchmarks/room.py) and never stopped while under a
thousand.

``install()`` is called as the app is made (``make_app``): the styles are
cached by their two colours only, as Textual means to.
"""

from __future__ import annotations

from functools import lru_cache

from textual._styles_cache import StylesCache  # private to Textual: where the cache is
from textual.color import Color
from textual.style import Style


@lru_cache(1024)
def inner_outer(base_background: Color, background: Color) -> tuple[Style, Style]:
    """The inner and outer background styles, as ``StylesCache.get_inner_outer`` makes them."""
    return Style(background=base_background + background), Style(background=base_background)


def install() -> None:
    """From now on, StylesCache asks :func:`inner_outer`, which keeps no widget."""
    # The workaround itself: Textual's method replaced for the process by one that answers the same.
    StylesCache.get_inner_outer = staticmethod(inner_outer)  # type: ignore[method-assign, assignment]
