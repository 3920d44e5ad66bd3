"""Node labels: measured in terminal cells, shortened the same way every time, never ambiguous.

A label is the stakeholder's name on one line, cut to a number of cells
chosen by the layout. Cutting keeps Thai vowel and tone marks with their
letter and never splits a wide character (see :mod:`tui.core.cells`); a
Thai name is cut where a word ends (``พ่อค้าคนกลาง…`` rather than
``พ่อค้าคนกลางตลา…``), or a word inside a long compound (``พ่อค้า…`` rather
than ``พ่อค้าคนกลา…``), when that keeps at least half the cap. Two
stakeholders whose labels come out the same get ``#2``, ``#3`` … in workbook
order, so every label on a map names exactly one node; the legend lists each
label that is not the full name. A label never holds its own node's closing
bracket (``[a]b]`` would end the box early): the brackets of the node's own
kind are swapped for another kind's.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from tui.core.cells import SEPARATOR, cell_width, fit
from tui.core.thai_words import has_thai, inner_ends, pieces, words

_SWAP = {
    ("(", ")"): str.maketrans("()", "[]"),
    ("[", "]"): str.maketrans("[]", "()"),
    ("{", "}"): str.maketrans("{}", "()"),
}


def clean(name: str, brackets: tuple[str, str]) -> str:
    """One line of text, without the node's own brackets or control characters."""
    text = " ".join("".join(c if c.isprintable() else " " for c in name).split())
    return text.translate(_SWAP.get(brackets, {}))


@lru_cache(maxsize=4096)
def word_ends(text: str) -> tuple[int, ...]:
    """Where ``text`` may be cut at a word's end, as character offsets: before a space, and between two
    Thai words (by the dictionary, :func:`tui.core.thai_words.pieces`, so never before a vowel that
    belongs to the last letter); the ends of ``text`` are not among them."""
    ends = {at for at, character in enumerate(text) if character == " "}
    at = 0
    for piece in pieces(text):
        at += len(piece)
        ends.add(at)
    return tuple(sorted(ends - {0, len(text)}))


#: A Thai label cut at a word keeps at least this many cells of the name before its ellipsis (see
#: :func:`cut_at_word`).
SHORTEST_HEAD = 4


def cut_at_word(text: str, cap: int, ellipsis: str) -> str:
    """``text`` cut to at most ``cap`` cells, as :func:`make_labels` cuts one name: after the last whole
    word that fits, the label (its ellipsis counted) at least half the cap and the name's part at least
    :data:`SHORTEST_HEAD` cells; in Thai, where the dictionary's longest words are long compounds
    (พ่อค้าคนกลาง, เกษตรกรรม), at the end of a word inside one (พ่อค้า|คนกลาง,
    :func:`tui.core.thai_words.inner_ends`) when no word ends late enough; else between letters, as
    table cells are cut (:func:`tui.core.cells.fit`, which ends at a space when that keeps half the room).

    Why, on the Thai sample's names at 12, 10 and 8 cells: the words are looked at whole first, then
    their parts, then the parts' parts, as the coarser cut reads better where both may be taken
    (``กลุ่มอาหาร…`` rather than ``กลุ่มอาหารสมุน…`` at 12, ``พ่อค้า…``, "merchant", rather than
    ``พ่อค้าคน…``, "merchant per", at 10). Half the cap, ellipsis counted, is one cell less than half
    the room that table cells keep: it takes ``พ่อค้า…`` at 10, which draws the sample's map at 80 x 24
    with one crossing where ``พ่อค้าคน…`` drew two. A stub of one syllable says nothing, so the name's
    part is at least four cells: at 8 ``กลุ่ม…`` would name four of the sample's groups alike and
    ``กอง…`` or ``โรง…`` no one, where ``กองสาธา…`` and ``โรงพยาบ…`` still say who it is. Never wider
    than the cut between letters, nor than the cut at a space: ``ดร.วิภาวรรณ…``, not
    ``ดร.วิภาวรรณ นัก…``. Never ending on a joining word (:data:`SMALL_WORDS`) where a finer level's end
    fits later or a shorter cut keeps enough: ``กองสาธารณสุขและสิ่ง…`` at 20, ``วิทยุชุมชน…`` at 12."""
    plain = fit(text, cap, ellipsis, trim=True, words=True)
    if plain == text:
        return plain
    if not has_thai(text):
        return _before_small_words(text, plain, cap, ellipsis)
    within = cell_width(plain) - cell_width(ellipsis)  # a name cut at a space is cut there
    ends: set[int] = set()
    heads: list[str] = []
    for level in (word_ends(text), *inner_ends(text)):
        ends.update(level)  # a finer level keeps the coarser one's ends
        heads = [head for head in _heads(text, ends) if cell_width(head) <= within]
        if heads and _kept(heads[0], cap, ellipsis) and not _ends_on_a_small_word(heads[0]):
            return heads[0] + ellipsis
    # every level's longest cut ends on a small word: a shorter cut, else that one
    kept = [head for head in heads if _kept(head, cap, ellipsis)]
    head = next((head for head in kept if not _ends_on_a_small_word(head)), kept[0] if kept else "")
    return head + ellipsis if head else plain


def _before_small_words(text: str, plain: str, cap: int, ellipsis: str) -> str:
    """A name without Thai, cut at a space (``plain``), cut before the joining words it ends on
    (:data:`SMALL_WORDS`) where that keeps enough: ``Department…``, not ``Department of…``; else as cut."""
    head = plain[: len(plain) - len(ellipsis)] if plain.endswith(ellipsis) else plain
    if not text.startswith(head) or text[len(head) : len(head) + 1] != " ":
        return plain  # cut between letters: its last word is not whole
    shorter = head
    while " " in shorter and shorter.rsplit(" ", 1)[1].lower() in SMALL_WORDS:
        shorter = shorter.rsplit(" ", 1)[0].rstrip(" " + SEPARATOR)
    if shorter != head and _kept(shorter, cap, ellipsis):
        return shorter + ellipsis
    return plain


#: Words that join others (and, with, of, at, in, for, or, by, from, to …): a label ending on one
#: reads as half a phrase (``กองสาธารณสุขและ…``, "division of public health and …"; ``Friends of
#: the…``). Thai's word list gives no parts of speech, so they are listed here; English ones in lower case.
SMALL_WORDS = frozenset(
    [
        "and",
        "&",
        "of",
        "the",
        "a",
        "an",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "or",
        "และ",
        "กับ",
        "ของ",
        "ที่",
        "ใน",
        "แห่ง",
        "เพื่อ",
        "หรือ",
        "แก่",
        "แด่",
        "ต่อ",
        "จาก",
        "โดย",
        "ด้วย",
        "ตาม",
        "สู่",
        "ณ",
        "ซึ่ง",
        "แต่",
        "ว่า",
        "เพราะ",
    ]
)


def _heads(text: str, ends: set[int]) -> list[str]:
    """``text`` before each of ``ends``, longest first, without a space or separator at its end."""
    return [text[:end].rstrip(" " + SEPARATOR) for end in sorted(ends, reverse=True)]


def _kept(head: str, cap: int, ellipsis: str) -> bool:
    """Does ``head`` say enough of a name cut to ``cap`` cells (see :func:`cut_at_word`)?"""
    return cell_width(head) >= SHORTEST_HEAD and cell_width(head + ellipsis) * 2 >= cap


def _ends_on_a_small_word(head: str) -> bool:
    found = words(head)
    return bool(found) and found[-1] in SMALL_WORDS


def shorten(text: str, width: int, ellipsis: str) -> str:
    """``text`` cut to at most ``width`` cells, ending with ``ellipsis`` when cut."""
    return fit(text, width, ellipsis, trim=True)


def make_labels(names: list[str], cap: int | None, ellipsis: str) -> list[str]:
    """Unique labels of at most ``cap`` cells (``None``: full names), in the order given.

    A name is cut after its last whole word when that keeps at least half
    the room (``กลุ่มนักวิชาการ…`` rather than ``กลุ่มนักวิชาการ ม…``); Thai,
    written without spaces between words, is cut where a word or a part of a
    compound ends when that keeps half the cap (:func:`cut_at_word`), else between letters. Two names
    cut at a word to the same label are both cut between letters instead
    (``กลุ่มเกษตรก…`` and ``กลุ่มเกษตรอ…``, not ``กลุ่มเกษตร…`` and a number).

    ``names`` are already :func:`clean`. The first holder of a label keeps
    it; later ones become ``label#2``, ``label#3`` … cut so the suffix still
    fits in ``cap``.
    """
    texts = [name or "?" for name in names]
    if cap is None:
        first = texts
    else:
        at_words = [cut_at_word(text, cap, ellipsis) for text in texts]
        shared = Counter(at_words)
        first = [
            label if shared[label] == 1 else fit(text, cap, ellipsis, trim=True, words=True)
            for text, label in zip(texts, at_words, strict=True)
        ]
    labels: list[str] = []
    taken: set[str] = set()
    for text, label in zip(texts, first, strict=True):
        number = 1
        while label in taken:
            number += 1
            suffix = f"#{number}"
            label = (text if cap is None else fit(text, cap - len(suffix), ellipsis, trim=True, words=True)) + suffix
        taken.add(label)
        labels.append(label)
    return labels
