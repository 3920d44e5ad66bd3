"""Where Thai words begin: Thai is written without spaces between words, so a line
may break inside a run of Thai only where a dictionary says a word ends.

A run of Thai is cut into the fewest words of PyThaiNLP's CC0 word list
(``data/words_th.txt``) that make it up, letters no word covers counted as
few as can be (maximal matching, as newmm does), and never where a word could
not end: before a vowel or tone mark, before ะ า ำ ๆ ฯ, after เ แ โ ใ ไ.

The list's 62,106 words are kept a byte a Thai letter (as TIS-620 and
Windows' code page 874 keep them), in one string of bytes with a table of
where each word starts (:class:`WordList`): 1.1 MB. As a set of bytes, an
object a word, they took 4.6 MB, and as a set of text 7.7 MB; a workshop
server keeps one in each of its forty sessions. A word is looked up in about
half a microsecond, five times a set's time, and a run's words are looked
for only as long as a word with the same first two letters can be
(:meth:`WordList.reach`). The list is read on
the first text that needs it, never when the app starts. nlpo3, the compiled
newmm used before, took 65 MB for the same list and lost letters from runs
of 140 characters.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

#: The word list shipped inside the package (PyThaiNLP's ``words_th.txt``, CC0-1.0).
WORDS = Path(__file__).with_name("data") / "words_th.txt"
#: A run of Thai (letters, vowels, marks, digits, ๆ ฯ) and any run of anything else.
_RUNS = re.compile("[\u0e01-\u0e5b]+|\\s+|[^\u0e01-\u0e5b\\s]+")
_THAI = re.compile("[\u0e00-\u0e7f]")
#: Thai vowels written before their consonant: a line may break before them, never after.
LEADING_VOWELS = frozenset("เแโใไ")
#: Thai signs that follow a syllable and take a cell: a line may not break before them.
TRAILING_SIGNS = frozenset("ะาำๆฯๅ")


#: The code that keeps a Thai letter in a byte (the Thai letters at 0xA1 to 0xFB, as TIS-620).
_CODE = "cp874"


def _coded(text: str) -> bytes:
    """``text`` a byte a letter: a run of Thai keeps its length, so its slices are its
    words' slices. Anything the code has no byte for becomes ``?``, which no word holds."""
    return text.encode(_CODE, "replace")


class WordList:
    """A set of words (bytes without a newline) in two objects: the words in one string of
    bytes, each after a newline, and an open-addressing table of where each starts (by the
    word's hash, the next free place on a collision; 0 for a free place, as no word starts
    at the string's first newline). Half the table at most is taken, so a word not in the
    list is told in two looks or so. A set of the same words holds an object of about 40
    bytes for each, and 16 bytes a place of its table."""

    __slots__ = ("_longest", "_mask", "_size", "_starts", "_text")

    def __init__(self, words: Iterable[bytes]) -> None:
        listed = list(words)
        self._text = text = b"\n" + b"\n".join(listed) + b"\n"
        places = 1 << (2 * len(listed)).bit_length()
        self._mask = mask = places - 1
        self._starts = starts = array("I", bytes(4 * places))
        #: per first two letters (a byte each: 256 x 256 places), the longest word starting with them
        self._longest = longest = bytearray(1 << 16)
        for word in sorted(listed, key=len):
            if len(word) > 1:
                longest[word[0] << 8 | word[1]] = min(len(word), 255)
        size = 0
        for word, start, place in zip(
            listed, accumulate((len(word) + 1 for word in listed), initial=1), map(hash, listed), strict=False
        ):
            at = place & mask
            while taken := starts[at]:
                if text.startswith(word, taken) and text[taken + len(word)] == 10:
                    break  # listed before
                at = (at + 1) & mask
            else:
                starts[at] = start
                size += 1
        self._size = size

    def __len__(self) -> int:
        return self._size

    def reach(self, text: bytes, at: int) -> int:
        """How long a word starting at ``text[at]`` can be (at least 1, as a word of one letter
        may be listed): the longest listed word with the same first two letters. A run's words
        are looked for up to there, not up to the longest word of all (81 letters): a third of
        the looks for the seeds' paragraphs."""
        if at + 1 >= len(text):
            return 1
        return max(1, self._longest[text[at] << 8 | text[at + 1]])

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, bytes) or b"\n" in word:  # two words of the string and the newline between
            return False
        text, starts, mask, end = self._text, self._starts, self._mask, len(word)
        at = hash(word) & mask
        while start := starts[at]:
            if text.startswith(word, start) and text[start + end] == 10:  # 10: the newline after each word
                return True
            at = (at + 1) & mask
        return False


@cache
def _dictionary() -> tuple[WordList, int]:
    """The words, coded, and the longest one's length."""
    lines = _coded(WORDS.read_text(encoding="utf-8")).splitlines()
    known = [word for word in map(bytes.strip, lines) if word and b"?" not in word]
    return WordList(known), max(map(len, known))


def has_thai(text: str) -> bool:
    return _THAI.search(text) is not None


def words(text: str) -> list[str]:
    """``text`` as its words, joined giving it back; text without Thai is one word, a run of
    blanks or of other letters a word of its own beside Thai."""
    if not has_thai(text):
        return [text] if text else []
    found: list[str] = []
    for run in _RUNS.findall(text):
        found += _thai_words(run) if _THAI.match(run) else [run]
    return found


def _thai_words(run: str) -> list[str]:
    """A run of Thai as the fewest dictionary words, the fewest letters outside them first."""
    known, _ = _dictionary()
    coded = _coded(run)
    size = len(run)
    ends = [at == size or _may_end(run[at - 1], run[at]) for at in range(size + 1)]
    # best[at]: (letters outside words, words) for run[:at], and where its last word starts
    unreached = (size + 1, 0)
    best = [unreached] * (size + 1)
    start = [0] * (size + 1)
    known_word = [False] * (size + 1)
    best[0] = (0, 0)
    for at in range(size):
        if best[at] == unreached:
            continue
        outside, count = best[at]
        for end in range(at + 1, min(size, at + known.reach(coded, at)) + 1):
            if ends[end] and coded[at:end] in known and (outside, count + 1) < best[end]:
                best[end], start[end], known_word[end] = (outside, count + 1), at, True
        end = next(end for end in range(at + 1, size + 1) if ends[end])  # the shortest piece that may end
        cost = (outside + end - at, count + 1)
        if cost < best[end]:
            best[end], start[end], known_word[end] = cost, at, False
    pieces: list[tuple[str, bool]] = []
    at = size
    while at > 0:
        pieces.append((run[start[at] : at], known_word[at]))
        at = start[at]
    pieces.reverse()
    merged: list[str] = []
    for index, (piece, known_piece) in enumerate(pieces):
        if merged and not known_piece and not pieces[index - 1][1]:
            merged[-1] += piece  # letters outside the words in a row are one piece
        else:
            merged.append(piece)
    return merged


def _may_end(before: str, after: str) -> bool:
    """May a word end between these two letters?"""
    return not (before in LEADING_VOWELS or after in TRAILING_SIGNS or unicodedata.combining(after))


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


#: ะ, coded: a listed word without its last ะ may begin a compound (see :func:`compound_parts`).
_SARA_A = _coded("ะ")
#: Thai consonants, ก to ฮ: a piece of a compound holds at least two (see :func:`compound_parts`).
_CONSONANTS = frozenset(chr(code) for code in range(0x0E01, 0x0E2F))


@lru_cache(maxsize=4096)
def compound_parts(word: str) -> tuple[str, ...]:
    """A dictionary word as the fewest other dictionary words that make it up (พ่อค้าคนกลาง: พ่อค้า
    คนกลาง; โรงพยาบาล: โรง พยาบาล), or ``()`` where none do. For cutting a label only: lines still
    break between the longest words (:func:`words`).

    Each part has two consonants or more: a syllable of one consonant alone (อา, วิ, ชา, สำ) is in the
    word list as a word, but inside a longer word it is most often a piece of it, not a word of its own
    (อาหาร is not อา หาร). Parts end where a word may end (:func:`_may_end`). The same loaded word list is
    used: no second copy is kept.

    A part before another may be a listed word without its last ะ, as the first word of a compound of
    Pali or Sanskrit loses it: สาธารณะ and สุข make สาธารณสุข (สาธารณ สุข), the list holding สาธารณะ only;
    such a part holds three consonants or more (:func:`_clipped_part`), and the part after it three letters or
    more, as a shorter one most often is a syllable read on (ระยอง is not ระยะ อง, เอกรรถ not เอกระ รถ)."""
    known, longest = _dictionary()
    coded = _coded(word)
    size = len(word)
    # fewest[at]: the fewest parts making word[:at], where the last one starts, and whether it lost its ะ
    fewest: dict[int, tuple[int, int, bool]] = {0: (0, 0, False)}
    for at in range(size):
        if at not in fewest:
            continue
        count, _, after_clipped = fewest[at]
        count += 1
        for end in range(at + 1, min(size, at + longest) + 1):
            if (at, end) == (0, size) or (end < size and not _may_end(word[end - 1], word[end])):
                continue
            if (end not in fewest or count < fewest[end][0]) and sum(c in _CONSONANTS for c in word[at:end]) >= 2:
                if coded[at:end] in known and (end - at >= 3 or not after_clipped):
                    fewest[end] = (count, at, False)
                elif end < size and coded[at:end] + _SARA_A in known and _clipped_part(word[at:end]):
                    fewest[end] = (count, at, True)
    if size not in fewest:
        return ()
    parts: list[str] = []
    end = size
    while end > 0:
        at = fewest[end][1]
        parts.append(word[at:end])
        end = at
    return tuple(reversed(parts))


def _clipped_part(part: str) -> bool:
    """May ``part``, a listed word without its last ะ, begin a compound? Three consonants or more, as a
    shorter one most often is a syllable read on into the next (ระยอง is not ระยะ อง)."""
    return sum(c in _CONSONANTS for c in part) >= 3


def inner_ends(text: str) -> list[tuple[int, ...]]:
    """Where ``text`` may be cut inside its Thai words, as character offsets, level by level: first
    between the parts of each word (:func:`compound_parts`), then between the parts of those parts, and
    so on. A cut looks at a coarser level first: พ่อค้า… before พ่อค้าคน…."""
    spans: list[tuple[int, int]] = []
    at = 0
    for word in words(text):
        if _THAI.match(word):
            spans.append((at, at + len(word)))
        at += len(word)
    levels: list[tuple[int, ...]] = []
    while spans:
        finer: list[tuple[int, int]] = []
        found: list[int] = []
        for start, end in spans:
            parts = compound_parts(text[start:end])
            bounds = [start]
            for part in parts:
                bounds.append(bounds[-1] + len(part))
            found += bounds[1:-1]
            finer += zip(bounds, bounds[1:], strict=False) if parts else []
        if found:
            levels.append(tuple(sorted(found)))
        spans = finer
    return levels
