"""Where Thai words begin: Thai is written without spaces between words, so a line
may break inside a run of Thai only where a dictionary says a word ends.

The words come from newmm (maximal matching over a dictionary) in nlpo3, with
PyThaiNLP's CC0 word list (``data/words_th.txt``). The list takes most of a
second to load, so it is loaded on the first text that needs it, never when the
app starts.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

#: The word list shipped inside the package (PyThaiNLP's ``words_th.txt``, CC0-1.0).
WORDS = Path(__file__).with_name("data") / "words_th.txt"
_DICTIONARY = "phakhi-words-th"
_THAI = re.compile("[\u0e00-\u0e7f]")
#: The most characters handed to nlpo3 at once (see :func:`words`).
WINDOW = 100
#: Thai vowels written before their consonant: a line may break before them, never after.
LEADING_VOWELS = frozenset("เแโใไ")
#: Thai signs that follow a syllable and take a cell: a line may not break before them.
TRAILING_SIGNS = frozenset("ะาำๆฯๅ")


@cache
def _loaded() -> str:
    import nlpo3  # a compiled extension: imported with the list, when first needed

    nlpo3.load_dict(str(WORDS), _DICTIONARY)
    return _DICTIONARY


def has_thai(text: str) -> bool:
    return _THAI.search(text) is not None


def words(text: str) -> list[str]:
    """``text`` as its words, joined giving it back; text without Thai is one word.

    nlpo3's safe mode (1.4.0) loses and repeats letters in a text of 140 characters or
    more (the pieces of a 148-letter sentence of seed 002 no longer make it up), so a
    longer text is read WINDOW characters at a time: all of a window's words but its
    last, which the window's end may have cut, and the next window starts at that one.
    A window whose words do not give it back is taken as one word: never a letter lost.
    """
    if not has_thai(text):
        return [text] if text else []
    import nlpo3

    found: list[str] = []
    while text:
        window = text[:WINDOW]
        pieces = [piece for piece in nlpo3.segment(window, _loaded(), safe=True) if piece]
        if "".join(pieces) != window:
            pieces = [window]
        if len(window) < len(text) and len(pieces) > 1:
            pieces.pop()  # perhaps cut by the window's end: read again at the next window's start
        found += pieces
        text = text[sum(len(piece) for piece in pieces) :]
    return found


def pieces(text: str) -> list[str]:
    """``text`` cut where a line may break inside it: between two Thai words, the
    letters on both sides Thai (never next to a stop, a bracket or a digit run of
    another script) or a slash before (``ผู้เล่นหลัก/`` ``แกนนำ``), and not before
    ๆ ฯ ะ nor after เ แ โ ใ ไ."""
    parts: list[str] = []
    for word in words(text):
        if parts and _breaks_between(parts[-1][-1], word[0]):
            parts.append(word)
        elif parts:
            parts[-1] += word
        else:
            parts = [word]
    return parts


def _breaks_between(before: str, after: str) -> bool:
    return (
        (_is_thai_letter(before) or before == "/")
        and _is_thai_letter(after)
        and before not in LEADING_VOWELS
        and after not in TRAILING_SIGNS
        and not unicodedata.combining(after)
    )


def _is_thai_letter(character: str) -> bool:
    return "\u0e01" <= character <= "\u0e4e"
