"""Where Textual wraps text on screen, Thai breaks between words.

Textual wraps a widget's text (a Static's, a Label's, a list's, a dialog's)
with rich's ``divide_line``, which breaks a line only at spaces: a run of
Thai, written without spaces between words, is one "word" to it, and one
wider than the line is folded wherever the line is full
(``กองสาธารณสุขและสิ่งแวดล้อ`` / ``ม ทม.`` in a list 24 cells wide). A
zero-width space between the words would not help: rich takes any character
that is not a blank, U+200B included, as part of a word.

``install()`` puts :func:`divide_line` in its place, for Textual's text
(``textual.content``) and rich's (``rich.text``), and
:func:`compute_wrap_offsets` in the place of Textual's own, with which a
multi-line field (a TextArea with soft wrap, ``tui/widgets/many_lines.py``)
wraps what is typed in it. It breaks lines as rich
does, at spaces first, and as the report does (:func:`tui.core.wrap.wrap`)
where a run of Thai is wider than the whole line: the run starts on the line
where it stands and is cut where one word ends and the next begins
(:func:`tui.core.wrap.cut`). So the Thai word list
(:mod:`tui.core.thai_words`, 4.6 MB and some 35 ms to read) is
read only when such a run is on screen, never for the home screen's first
paint, and text without Thai is wrapped by rich itself.

``install()`` is called as the app is made (``make_app``); the change is to
rich's and Textual's modules, for the whole process. ``PHAKHI_WRAP=rich``
leaves rich's own wrapping, to compare, or should a later rich or Textual
break Thai between words itself.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable

import rich._wrap
import rich.text
import textual._wrap
import textual.content
from rich.cells import cell_len, chop_cells

from tui.core import thai_words

#: The environment switch: "rich" keeps rich's own divide_line.
WRAP_ENV = "PHAKHI_WRAP"
#: Rich's own wrapping, as it was before ``install()``.
RICH_DIVIDE_LINE = rich._wrap.divide_line
#: Textual's own wrapping of a TextArea's lines, as it was before ``install()``.
TEXTUAL_WRAP_OFFSETS = textual._wrap.compute_wrap_offsets
#: Textual's chunks of a TextArea's line: a word and the blanks after it, or blanks alone.
_CHUNK = re.compile(r"\S+\s*|\s+")


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """Where to break ``text`` into lines of ``width`` cells (offsets into it): rich's
    ``divide_line``, but a run of Thai wider than a line is cut between its words."""
    if not thai_words.has_thai(text):
        return RICH_DIVIDE_LINE(text, width, fold)
    # Rich's words: a word and the blanks after it, which the line drops where it breaks.
    words = ((start, word) for start, _end, word in rich._wrap.words(text))
    return _breaks(words, width, fold, blanks_count=False)


def compute_wrap_offsets(
    text: str,
    width: int,
    tab_size: int,
    fold: bool = True,
    precomputed_tab_sections: list[tuple[str, int]] | None = None,
) -> list[int]:
    """Where a TextArea breaks a line of ``width`` cells: Textual's answer, but a run of Thai
    wider than the line is cut between its words. Unlike a Static's text, the blanks after a
    word count as it is placed (the cursor may stand on them), as in Textual; a line with a
    tab, whose width depends on where it falls, is left to Textual."""
    if "\t" in text or not fold or not thai_words.has_thai(text):
        return TEXTUAL_WRAP_OFFSETS(text, width, tab_size, fold, precomputed_tab_sections)
    chunks = ((match.start(), match.group()) for match in _CHUNK.finditer(text))
    return _breaks(chunks, width, fold, blanks_count=True)


def _breaks(words: Iterable[tuple[int, str]], width: int, fold: bool, *, blanks_count: bool) -> list[int]:
    """Where lines of ``width`` cells break, given the text's words (each with its offset and
    the blanks after it): at a word that does not fit, or inside one wider than a line."""
    breaks: list[int] = []
    used = 0  # cells of the line so far
    for start, word in words:
        size = cell_len(word if blanks_count else word.rstrip())
        if size <= width - used:
            used += cell_len(word)
        elif size <= width or not fold:  # a line of its own, whole (cut at its edge if too wide)
            if start and (used or size > width):
                breaks.append(start)
            used = cell_len(word)
        else:  # wider than any line: folded
            pieces = _fold(word, width, width - used)
            if blanks_count and cell_len(pieces[-1]) > width:
                pieces[-1:] = _blanks_folded(pieces[-1], width)
            at = start
            for piece in pieces[:-1]:
                at += len(piece)
                if at and (not breaks or breaks[-1] != at):
                    breaks.append(at)
            used = cell_len(pieces[-1])
    return breaks


def _blanks_folded(piece: str, width: int) -> list[str]:
    """A word that fits, then blanks that do not: as many blanks as fit stay with it."""
    line, blanks = piece.rstrip(), piece[len(piece.rstrip()) :]
    while blanks and cell_len(line + blanks[0]) <= width:
        line, blanks = line + blanks[0], blanks[1:]
    return [line, *chop_cells(blanks, width)] if blanks else [line]


def _fold(word: str, width: int, room: int) -> list[str]:
    """``word`` (with the blanks around it) in pieces of ``width`` cells, the first in
    ``room`` (an empty first piece: it starts on the next line). Thai is cut between words
    and starts where there is room for one; anything else starts a line, cut as rich cuts."""
    core = word.strip()
    lead, trail = word[: len(word) - len(word.lstrip())], word[len(word.rstrip()) :]
    if thai_words.has_thai(core):
        from tui.core import wrap  # with the word list, when first needed

        pieces = wrap.cut(core, width, first=max(0, room - cell_len(lead)))
        if "".join(pieces) == core:
            pieces[0] = lead + pieces[0]
            pieces[-1] += trail
            return pieces
    return ["", *chop_cells(word, width)] if room < width else chop_cells(word, width)


def install() -> bool:
    """Thai breaks between words from now on; False where the switch keeps rich's wrapping."""
    if os.environ.get(WRAP_ENV, "").lower() == "rich":
        return False
    # The workaround itself: the name each module wraps with (imported there from rich._wrap,
    # so not exported to the type checker), replaced for the process.
    rich.text.divide_line = divide_line  # type: ignore[attr-defined]  # imported there, see above
    textual.content.divide_line = divide_line  # type: ignore[attr-defined]  # imported there, see above
    # A TextArea's document imports Textual's function when it is first imported: from here
    # on it finds this one (it is not imported at start-up, for the first paint's sake).
    textual._wrap.compute_wrap_offsets = compute_wrap_offsets
    wrapped = sys.modules.get("textual.document._wrapped_document")
    if wrapped is not None:  # imported already (a test's app before this one)
        wrapped.compute_wrap_offsets = compute_wrap_offsets  # type: ignore[attr-defined]  # a module found by name
    return True
