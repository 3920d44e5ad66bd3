"""Where Textual wraps text on screen, Thai breaks between words.

Textual wraps a widget's text (a Static's, a Label's, a list's, a dialog's)
with rich's ``divide_line``, which breaks a line only at spaces: a run of
Thai, written without spaces between words, is one "word" to it, and one
wider than the line is folded wherever the line is full
(``กองสาธารณสุขและสิ่งแวดล้อ`` / ``ม ทม.`` in a list 24 cells wide). A
zero-width space between the words would not help: rich takes any character
that is not a blank, U+200B included, as part of a word.

``install()`` puts :func:`divide_line` in its place, for Textual's text
(``textual.content``) and rich's (``rich.text``). It breaks lines as rich
does, at spaces first, and as the report does (:func:`tui.core.wrap.wrap`)
where a run of Thai is wider than the whole line: the run starts on the line
where it stands and is cut where one word ends and the next begins
(:func:`tui.core.wrap.cut`). So the Thai word list
(:mod:`tui.core.thai_words`, a tenth to a quarter of a second to load) is
read only when such a run is on screen, never for the home screen's first
paint, and text without Thai is wrapped by rich itself.

``install()`` is called as the app is made (``make_app``); the change is to
rich's and Textual's modules, for the whole process. ``PHAKHI_WRAP=rich``
leaves rich's own wrapping, to compare, or should a later rich or Textual
break Thai between words itself.
"""

from __future__ import annotations

import os

import rich._wrap
import rich.text
import textual.content
from rich.cells import cell_len, chop_cells

from tui.core import thai_words, wrap

#: The environment switch: "rich" keeps rich's own divide_line.
WRAP_ENV = "PHAKHI_WRAP"
#: Rich's own wrapping, as it was before ``install()``.
RICH_DIVIDE_LINE = rich._wrap.divide_line


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """Where to break ``text`` into lines of ``width`` cells (offsets into it): rich's
    ``divide_line``, but a run of Thai wider than a line is cut between its words."""
    if not thai_words.has_thai(text):
        return RICH_DIVIDE_LINE(text, width, fold)
    breaks: list[int] = []
    used = 0  # cells of the line so far
    for start, _end, word in rich._wrap.words(text):  # a word and the blanks after it
        size = cell_len(word.rstrip())
        if size <= width - used:
            used += cell_len(word)
        elif size <= width:  # on the next line, whole
            if used and start:
                breaks.append(start)
            used = cell_len(word)
        elif not fold:  # cut at the line's edge, on a line of its own
            if start:
                breaks.append(start)
            used = cell_len(word)
        else:  # wider than any line: folded
            pieces = _fold(word, width, width - used)
            at = start
            for piece in pieces[:-1]:
                at += len(piece)
                if at and (not breaks or breaks[-1] != at):
                    breaks.append(at)
            used = cell_len(pieces[-1])
    return breaks


def _fold(word: str, width: int, room: int) -> list[str]:
    """``word`` (with the blanks around it) in pieces of ``width`` cells, the first in
    ``room`` (an empty first piece: it starts on the next line). Thai is cut between words
    and starts where there is room for one; anything else starts a line, cut as rich cuts."""
    core = word.strip()
    lead, trail = word[: len(word) - len(word.lstrip())], word[len(word.rstrip()) :]
    if thai_words.has_thai(core):
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
    return True
