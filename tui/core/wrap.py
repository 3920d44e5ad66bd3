"""Wrapping text to a width in terminal cells, Thai included: the report, the plan's
cells and the map's legend wrap with :func:`wrap`; :func:`flow` lays whole parts
side by side.

Lines break at spaces. Thai is written without spaces between words, so a
run longer than the line is cut inside it, only where one word ends and the
next begins (:func:`tui.core.thai_words.pieces`, from a dictionary). A single
word longer than a line is cut by the script's own rules: never between a
letter and its vowel or tone marks (they take no cell, see
:mod:`tui.core.cells`), never right after a leading vowel (เ แ โ ใ ไ, which
belong to the next consonant) nor before a following vowel that stands on its
own (ะ า ำ ๆ ฯ), and, when the line's second half has one, just before a
leading vowel — always the start of a syllable.
"""

from __future__ import annotations

import re

from tui.core import thai_words
from tui.core.cells import VS16, ZWJ, cell_width, graphemes
from tui.core.thai_words import LEADING_VOWELS, TRAILING_SIGNS

__all__ = ["LEADING_VOWELS", "MIN_PIECE", "TRAILING_SIGNS", "cut", "flow", "wrap"]
#: A long word starts on the current line only if this many cells are left there.
MIN_PIECE = 6


def wrap(text: str, width: int, *, first: str = "", indent: str = "", keep_spaces: bool = False) -> list[str]:
    """``first + text`` as lines of at most ``width`` cells, the later ones starting with
    ``indent``; the text's own line breaks are kept.

    Runs of spaces collapse to one; an empty text is one line (``first``). With
    ``keep_spaces`` they do not, and the space a line breaks at stays at its end, so
    the lines without ``first`` and ``indent``, joined, give ``text`` back exactly.
    """
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n")):
        words = re.findall(r"^ +|\S+ *", paragraph) if keep_spaces else paragraph.split()
        lines += _wrap_words(words, width, first if number == 0 else indent, indent, "" if keep_spaces else " ")
    return lines


def _wrap_words(words: list[str], width: int, first: str, indent: str, joiner: str) -> list[str]:
    lines: list[str] = []
    prefix, line = first, ""
    first_cells, later_cells = cell_width(first), cell_width(indent)
    later = max(1, width - later_cells)
    used = 0  # cells of ``line``, kept as words are added: measuring it again made wrapping quadratic
    for word in words:
        room = max(1, width - (later_cells if lines else first_cells))
        joined = f"{line}{joiner}{word}" if line else word
        size = cell_width(word)
        # Cells add up, but for emoji joined across the join (tui.core.cells): those are measured whole.
        joined_cells = used + len(joiner) + size if line and _adds_up(line, word) else cell_width(joined)
        if joined_cells <= room:
            line, used = joined, joined_cells
            continue
        if not line:  # alone, it is too wide for this line
            pieces = _cut(word, later, first=room)
        elif size > later and room - used - len(joiner) >= (1 if thai_words.has_thai(word) else MIN_PIECE):
            # A word too long for any line starts where this one has room, so a
            # short word before it ("3.") is not left alone on its line; a run
            # of Thai is cut between its words, so any room takes them.
            pieces = _cut(word, later, first=room - used - len(joiner))
            # No whole Thai word of it fits: the line ends as it was.
            pieces[0] = f"{line}{joiner}{pieces[0]}" if pieces[0] else line
        else:
            lines.append(prefix + line)
            prefix = indent
            pieces = _cut(word, later) if size > later else [word]
        for piece in pieces[:-1]:
            lines.append(prefix + piece)
            prefix = indent
        line = pieces[-1]
        used = cell_width(line)
    lines.append(prefix + line)
    return lines


def _adds_up(line: str, word: str) -> bool:
    """Whether ``line``, a space and ``word`` take the cells of each measured alone."""
    return ZWJ not in line and ZWJ not in word and VS16 not in word


def flow(parts: list[str], width: int, first: str = "", indent: str = "  ", gap: str = "  ") -> list[str]:
    """``first`` and ``parts`` joined by ``gap`` into lines of at most ``width`` cells, the
    later ones starting with ``indent``: a part is never split (one wider than a line
    stands alone on its own)."""
    lines: list[str] = []
    line = first
    for part in parts:
        candidate = f"{line}{gap}{part}" if line.strip() else f"{line}{part}"
        if cell_width(candidate) > width and line.strip():
            lines.append(line)
            line = indent + part
        else:
            line = candidate
    if line.strip():
        lines.append(line)
    return lines


def cut(word: str, width: int, first: int | None = None) -> list[str]:
    """A word wider than ``width`` (no spaces in it) cut into pieces that fit and, joined,
    give it back: Thai between its words, a single word wider than a line by the script's
    rules. The first piece fits into ``first`` cells (the rest of a line); it is empty when
    not one Thai word does."""
    return _cut(word, width, first)


def _cut(word: str, width: int, first: int | None = None) -> list[str]:
    """A word wider than ``width`` cut into pieces that fit (the first into ``first`` cells).

    Thai is cut between its words; the first piece is empty when not one of them
    fits into ``first``.
    """
    if not thai_words.has_thai(word):
        return _cut_clusters(word, width, first)
    cut: list[str] = []
    line, used, room = "", 0, width if first is None else first
    for part in thai_words.pieces(word):
        size = cell_width(part)
        if used + size <= room:
            line, used = line + part, used + size
            continue
        if line or room < width:  # this line is full: the part starts the next
            cut.append(line)
            room = width
        if size <= width:
            line, used = part, size
        else:  # one word wider than a line
            *whole, line = _cut_clusters(part, width)
            cut += whole
            used = cell_width(line)
    return [*cut, line]


def _cut_clusters(word: str, width: int, first: int | None = None) -> list[str]:
    """``word`` cut into pieces that fit, by grapheme clusters and the script's rules."""
    clusters = graphemes(word)
    pieces: list[str] = []
    while clusters:
        room = first if first is not None and not pieces else width
        used, end = 0, 0
        while end < len(clusters) and used + cell_width(clusters[end]) <= room:
            used += cell_width(clusters[end])
            end += 1
        if end == len(clusters):
            pieces.append("".join(clusters))
            break
        end = max(1, _break_at(clusters, end))
        pieces.append("".join(clusters[:end]))
        clusters = clusters[end:]
    return pieces


def _break_at(clusters: list[str], end: int) -> int:
    """Where to cut when ``clusters[:end]`` is as much as fits.

    The best cut in the line's second half: before a leading vowel; else
    between a syllable's end and the next one's start; else as late as the
    rules allow.
    """
    best, best_score = 0, 0
    for at in range(end - 1, (end - 1) // 2, -1):
        score = _score(clusters, at)
        if score > best_score:
            best, best_score = at, score
        if score == 3:
            break
    if best_score >= 2:
        return best
    at = end
    while at > 1 and not _allowed(clusters, at):
        at -= 1
    return at if at > 1 else end


def _allowed(clusters: list[str], at: int) -> bool:
    return clusters[at - 1][0] not in LEADING_VOWELS and clusters[at][0] not in TRAILING_SIGNS


def _score(clusters: list[str], at: int) -> int:
    """3 before a leading vowel, 2 at a likely syllable boundary, 1 allowed, 0 not."""
    if not _allowed(clusters, at):
        return 0
    here = clusters[at]
    if here[0] in LEADING_VOWELS:
        return 3
    if not _is_thai_consonant(here[0]):
        return 1
    starts = len(here) > 1 or (at + 1 < len(clusters) and clusters[at + 1][0] in TRAILING_SIGNS)
    before = clusters[at - 1]
    ends = (
        "\u0e4c" in before
        or before[-1] in TRAILING_SIGNS
        or (  # ์ (thanthakhat) closes a syllable
            len(before) == 1
            and _is_thai_consonant(before)
            and at >= 2
            and (len(clusters[at - 2]) > 1 or clusters[at - 2][0] in TRAILING_SIGNS)
        )
    )
    return 2 if starts and ends else 1


def _is_thai_consonant(character: str) -> bool:
    return "\u0e01" <= character <= "\u0e2e"
