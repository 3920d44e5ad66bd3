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
    """``text`` as its words, joined giving it back; text without Thai is one word."""
    if not has_thai(text):
        return [text] if text else []
    import nlpo3

    return [piece for piece in nlpo3.segment(text, _loaded(), safe=True) if piece]


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
