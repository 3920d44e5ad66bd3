"""How wide text is on a terminal, in cells — Thai included.

Thai vowel and tone marks above and below a consonant (ไม้เอก, สระอิ …) are
combining characters: they take no cell of their own. CJK and emoji take two.
Counting characters instead of cells breaks every column with Thai in it, so
tables, labels and the map measure and cut text here.

Emoji joined into one picture are measured as Textual measures and draws
them (rich's ``cell_len`` and ``split_graphemes``): a zero-width joiner takes
the character after it into the picture without a cell of its own (👩🏽‍🌾,
👨‍👩‍👧: two cells), and a variation selector 16 makes the character before
it two cells wide where Unicode says it may be drawn as an emoji (❤️, ☀️,
1️⃣: two cells; ❤ alone one). Terminals differ on such pictures; the screen
moves its cursor absolutely after one (tui/output.py).

Text is cut between grapheme clusters (what a reader sees as one letter: a
consonant with its vowel and tone marks, น้ำ with its sara am, an emoji with
its skin tone or the emoji joined to it), never inside one: a mark cut off
its letter is drawn by the terminal on whatever stands before it.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from tui.core import cell_table

ELLIPSIS = "…"
#: Between the items of a list in one cell (the methods of a plan row).
SEPARATOR = "·"
#: Joins two emoji into one picture (👩 + 🌾 = 👩‍🌾).
ZWJ = "\u200d"
#: Variation selector 16: the character before it drawn as an emoji (❤ + VS16 = ❤️).
VS16 = "\ufe0f"
#: Spacing vowels that still belong to the letter before them (Unicode's
#: SpacingMark outside category Mc): Thai sara am (นำ, น้ำ), Lao am.
SPACING_MARKS = frozenset("\u0e33\u0eb3")


class _Table:
    """The width table measured with: the core's copy of Textual's (tui/core/cell_table.py),
    or the one :func:`use_table` gives."""

    widths: Sequence[tuple[int, int, int]] = cell_table.WIDTHS
    #: Where each range of ``widths`` starts, to find a character's by bisection.
    starts: tuple[int, ...] = tuple(first for first, _, _ in cell_table.WIDTHS)
    #: Characters one cell wide alone and two with a variation selector 16 after them.
    narrow_to_wide: frozenset[str] = cell_table.NARROW_TO_WIDE
    unicode_version: str = cell_table.UNICODE_VERSION


def use_table(unicode_version: str, widths: Sequence[tuple[int, int, int]], narrow_to_wide: frozenset[str]) -> None:
    """Measure with this table from now on: the one Textual draws with when the user names
    another Unicode version than the core's copy (``UNICODE_VERSION``: tui/unicode_version.py)."""
    _Table.widths = tuple(widths)
    _Table.starts = tuple(first for first, _, _ in widths)
    _Table.narrow_to_wide = narrow_to_wide
    _Table.unicode_version = unicode_version
    char_cells.cache_clear()


def unicode_version() -> str:
    """The Unicode version of the table measured with."""
    return _Table.unicode_version


@lru_cache(maxsize=4096)
def char_cells(character: str) -> int:
    """Cells of one character alone, as the screen draws it: Textual's own table
    (tui/core/cell_table.py), control characters none."""
    code = ord(character)
    if 0 < code < 0x20 or 0x7F <= code < 0xA0:
        return 0
    first, last, cells = _Table.widths[max(bisect_right(_Table.starts, code) - 1, 0)]
    return cells if first <= code <= last else 1


def cell_width(text: str) -> int:
    """Cells of ``text``; printable ASCII (one cell a character) is counted without a look at each one."""
    if text.isascii() and text.isprintable():
        return len(text)
    if ZWJ not in text and VS16 not in text:
        return sum(map(char_cells, text))
    return _joined_width(text)


def _joined_width(text: str) -> int:
    """Cells of text with joined emoji, counted as rich's ``cell_len`` counts them (the width
    Textual lays text out by): a zero-width joiner and the character after it take no cell;
    a variation selector 16 widens the last character measured, when Unicode lets it be an
    emoji. (The sum of :func:`terminal_cells`, but for a joiner at the very start.)"""
    total, measured, index, end = 0, "", 0, len(text)
    while index < end:
        character = text[index]
        index += 2 if character == ZWJ else 1
        if character == VS16:
            total += measured in _Table.narrow_to_wide
            measured = ""
        elif character != ZWJ and (size := char_cells(character)):
            total += size
            measured = character
    return total


def terminal_cells(text: str) -> list[tuple[str, int]]:
    """``text`` as Textual lays it out in cells (rich's ``split_graphemes``): (characters,
    cells) a cell, or two for a wide character. A character that takes no cell (a Thai
    vowel or tone mark, an emoji's skin tone) joins the one before it, and one at the very
    start stands alone with 0 cells; a zero-width joiner takes itself and the character
    after it into the cell before, unmeasured; a variation selector 16 joins too, and
    widens the last character measured to two cells when Unicode lets it be an emoji."""
    cells: list[tuple[str, int]] = []
    if ZWJ not in text and VS16 not in text:  # each character as it is (most text: a third faster)
        for character in text:
            size = char_cells(character)
            if size == 0 and cells:
                cells[-1] = (cells[-1][0] + character, cells[-1][1])
            else:
                cells.append((character, size))
        return cells
    measured = ""  # the last character measured, which a VS16 may widen
    index, end = 0, len(text)
    while index < end:
        character = text[index]
        if cells and character == ZWJ:
            joined = text[index : index + 2]
            cells[-1] = (cells[-1][0] + joined, cells[-1][1])
            index += len(joined)
            continue
        index += 1
        if cells and character == VS16:
            wider = measured in _Table.narrow_to_wide
            measured = "" if wider else measured
            cells[-1] = (cells[-1][0] + character, cells[-1][1] + wider)
            continue
        size = 0 if character in (ZWJ, VS16) else char_cells(character)
        if size:
            measured = character
        if size == 0 and cells:
            cells[-1] = (cells[-1][0] + character, cells[-1][1])
        else:
            cells.append((character, size))
    return cells


@lru_cache(maxsize=4096)
def _extends(character: str) -> bool:
    """Whether a character belongs to the cluster before it: a mark, a sara am,
    a joiner, an emoji's skin tone (Unicode's Extend, SpacingMark and ZWJ)."""
    return (
        unicodedata.category(character) in ("Mn", "Me", "Mc")
        or character in SPACING_MARKS
        or character in (ZWJ, "\u200c")
        or "\U0001f3fb" <= character <= "\U0001f3ff"
    )


def _regional(character: str) -> bool:
    """A regional indicator: two of them make a flag (🇹🇭)."""
    return "\U0001f1e6" <= character <= "\U0001f1ff"


def graphemes(text: str) -> list[str]:
    """``text`` as grapheme clusters, the units a cut must keep whole."""
    clusters: list[str] = []
    for character in text:
        if clusters and (
            _extends(character)
            or clusters[-1].endswith(ZWJ)
            or _regional(character)
            and len(clusters[-1]) == 1
            and _regional(clusters[-1])
        ):
            clusters[-1] += character
        else:
            clusters.append(character)
    return clusters


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` cells (as it is, if it is that wide already)."""
    return text + " " * (width - cell_width(text))


def fit(text: str, width: int, ellipsis: str = ELLIPSIS, *, trim: bool = False, words: bool = False) -> str:
    """``text`` cut to at most ``width`` cells, ending with ``ellipsis`` when cut.

    The cut falls between grapheme clusters, so Thai marks stay with their
    letter. ``trim`` drops spaces left before the ellipsis (labels on the
    map). ``words`` ends the text after its last whole word when that keeps
    at least half the room (table cells: "Invite as speakers…" reads better
    than "Invite as speakers, wri…"), and drops a list's separator left
    before the ellipsis; Thai, written without spaces between words, is cut
    between clusters where no space is near. An ellipsis wider than
    ``width`` is itself cut.
    """
    if cell_width(text) <= width:
        return text
    room = width - cell_width(ellipsis)
    if room <= 0:
        return ellipsis[: max(width, 0)]
    kept: list[str] = []
    used = 0
    for cluster in graphemes(text):
        used += cell_width(cluster)
        if used > room:
            break
        kept.append(cluster)
    head = "".join(kept)
    if words and not text[len(head)].isspace():
        space = head.rfind(" ")
        if space > 0 and cell_width(head[:space]) * 2 >= room:
            head = head[:space]
    if words:
        return head.rstrip(" " + SEPARATOR) + ellipsis
    return (head.rstrip() if trim else head) + ellipsis


def share(room: int, least: Sequence[int], most: Sequence[int], weights: Sequence[int]) -> list[int]:
    """Widths of columns that share ``room`` cells.

    Each column gets at least ``least`` (what it must show whole, such as
    its heading's longest line) and at most ``most`` (its widest text, once
    that is at least its least); the room beyond that goes to the columns
    still short of their most, keeping their widths as close as it can to
    the proportions of ``weights``. With less room than the least, each
    column gets its least and the table scrolls.
    """
    widths = list(least)
    most = [max(m, n) for m, n in zip(most, least, strict=True)]
    spare = room - sum(widths)
    while spare > 0:
        short = [i for i, width in enumerate(widths) if width < most[i]]
        if not short:
            break
        grow = min(short, key=lambda i: widths[i] / weights[i])
        widths[grow] += 1
        spare -= 1
    return widths
