"""Where Textual cuts a line of text, each letter keeps its marks.

Textual cuts styled text wherever an edge falls inside it: a DataTable
scrolled sideways cuts its columns where the fixed ones end and at its right
edge, and the compositor cuts a widget at the edge of what holds it. Both
cut with rich's ``Segment.split_cells``, which (rich 15) counts cells from a
guess and stops at the first character that starts at the cut: a Thai vowel
or tone mark just after the cut takes no cell, so it goes to the right-hand
piece. There it stands first, and the terminal draws it on the cell before
(``่วมส่ง`` on the blank after the fixed group column, for ``ร่วมส่ง``),
while the letter on the left loses it.

Rich already cuts between grapheme clusters where it shortens text
(``rich.cells.split_text``, behind ``Text.truncate`` and ``set_cell_size``);
this makes ``Segment.split_cells`` cut with it too. A wide character cut in
half still becomes two spaces, one each side, as before.

``install()`` is called as the app is made (``make_app``); the change is to
rich's class, for the whole process. ``PHAKHI_CUTS=rich`` leaves rich's own
cut, to compare, or should a later rich cut by grapheme itself.
"""

from __future__ import annotations

import os
from functools import lru_cache

from rich.cells import cell_len, split_text
from rich.segment import Segment

#: The environment switch: "rich" keeps rich's own Segment.split_cells.
CUTS_ENV = "PHAKHI_CUTS"
#: Rich's own cut, as it was before ``install()``.
RICH_SPLIT = Segment.split_cells


def split_cells(segment: Segment, cut: int) -> tuple[Segment, Segment]:
    """``Segment.split_cells``, cutting between grapheme clusters."""
    text, style, control = segment
    left, right = _split(text, cut)
    return Segment(left, style, control), Segment(right, style, control)


@lru_cache(maxsize=16384)
def _split(text: str, cut: int) -> tuple[str, str]:
    if cut >= cell_len(text):
        return text, ""
    return split_text(text, cut)


def install() -> None:
    """Cut by grapheme from now on, unless ``PHAKHI_CUTS=rich``."""
    if os.environ.get(CUTS_ENV, "").lower() != "rich":
        # The workaround itself: rich's method replaced for the process (a function of the segment, as the method is).
        Segment.split_cells = split_cells  # type: ignore[method-assign, assignment]
