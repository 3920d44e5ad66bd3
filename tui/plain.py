"""Words from a file or a path, for a widget that reads markup.

Static, notify and the option lists read ``[bold]``-style markup in the
strings they are given: a file named ``[bold]x.toml`` (or a workbook title
with brackets) would be drawn as markup, and a control character in a path
would reach the terminal. :func:`plain` shows both as typed.
"""

from __future__ import annotations

from textual.markup import escape

from tui.core.visible import visible


def plain(text: object) -> str:
    return escape(visible(str(text)))
