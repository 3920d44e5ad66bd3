"""The network map as text: nodes as labelled markers, ties routed on a character grid.

    from tui.core.textmap import MapOptions, render
    canvas = render(workbook, MapOptions(width=80, lang="th"))
    print(canvas.text())

:func:`render` is pure (same workbook and options, same picture) and never
imports textual. It returns a :class:`MapCanvas`: the lines, the legend, and
every node's box and tie's cells, so a screen can show a window of the map,
highlight a stakeholder and map the cursor back to one. The drawing rules,
glyphs and layout method: docs/MAP.md.
"""

from __future__ import annotations

from tui.core.textmap.canvas import MapCanvas, NodeBox, View
from tui.core.textmap.draw import text_cells
from tui.core.textmap.render import MapOptions, UnknownFocus, auto_height, clusters_of, render, resolve_focus

__all__ = [
    "MapCanvas",
    "MapOptions",
    "NodeBox",
    "UnknownFocus",
    "View",
    "auto_height",
    "clusters_of",
    "render",
    "resolve_focus",
    "text_cells",
]
