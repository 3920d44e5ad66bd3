"""How wide text is on a terminal, in cells — Thai included.

Thai vowel and tone marks above and below a consonant (ไม้เอก, สระอิ …) are
combining characters: they take no cell of their own. CJK and emoji take two.
Counting characters instead of cells breaks every column with Thai in it, so
tables, labels and the map measure and cut text here.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

ELLIPSIS = "…"


@lru_cache(maxsize=4096)
def char_cells(character: str) -> int:
    if unicodedata.combining(character) or unicodedata.category(character) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(character) in ("W", "F"):
        return 2
    return 1


def cell_width(text: str) -> int:
    return sum(char_cells(c) for c in text)


def fit(text: str, width: int, ellipsis: str = ELLIPSIS, *, trim: bool = False) -> str:
    """``text`` cut to at most ``width`` cells, ending with ``ellipsis`` when cut.

    Thai marks stay with their letter; ``trim`` drops spaces left before the
    ellipsis (labels on the map). An ellipsis wider than ``width`` is itself cut.
    """
    if cell_width(text) <= width:
        return text
    room = width - cell_width(ellipsis)
    if room <= 0:
        return ellipsis[: max(width, 0)]
    kept: list[str] = []
    used = 0
    for character in text:
        cells = char_cells(character)
        if used + cells > room:
            if cells == 0 and kept:
                kept.append(character)  # a mark belongs to the letter already kept
                continue
            break
        kept.append(character)
        used += cells
    head = "".join(kept)
    return (head.rstrip() if trim else head) + ellipsis
