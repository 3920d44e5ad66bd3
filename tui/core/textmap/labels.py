"""Node labels: measured in terminal cells, shortened the same way every time, never ambiguous.

A label is the stakeholder's name on one line, cut to a number of cells
chosen by the layout. Cutting keeps Thai vowel and tone marks with their
letter and never splits a wide character (see :mod:`tui.core.cells`); a
Thai name is cut where a word ends (``พ่อค้าคนกลาง…`` rather than
``พ่อค้าคนกลางตลา…``) when that costs at most a few cells. Two
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
from tui.core.thai_words import has_thai, pieces

_SWAP = {
    ("(", ")"): str.maketrans("()", "[]"),
    ("[", "]"): str.maketrans("[]", "()"),
    ("{", "}"): str.maketrans("{}", "()"),
}


def clean(name: str, brackets: tuple[str, str]) -> str:
    """One line of text, without the node's own brackets or control characters."""
    text = " ".join("".join(c if c.isprintable() else " " for c in name).split())
    return text.translate(_SWAP.get(brackets, {}))


#: A label cut where a Thai word ends is at most this many cells (and a third of its length) shorter than
#: the one cut between letters; further back, the cut between letters is kept.
WORD_LOSS = 4


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


def cut_at_word(text: str, cap: int, ellipsis: str) -> str:
    """``text`` cut to at most ``cap`` cells, as :func:`make_labels` cuts one name: at the end of a
    Thai word when that loses at most :data:`WORD_LOSS` cells (and a third of ``cap``) against the cut
    between letters, and never makes the label wider; else as table cells are cut
    (:func:`tui.core.cells.fit`, which ends at a space when that keeps half the room)."""
    plain = fit(text, cap, ellipsis, trim=True, words=True)
    if plain == text or not has_thai(text):
        return plain
    most, least = cell_width(plain), cell_width(plain) - min(WORD_LOSS, cap // 3)
    for end in reversed(word_ends(text)):
        head = text[:end].rstrip(" " + SEPARATOR)
        if not head:
            break
        label = head + ellipsis
        width = cell_width(label)
        if width < least:
            break
        if width <= most:
            return label
    return plain


def shorten(text: str, width: int, ellipsis: str) -> str:
    """``text`` cut to at most ``width`` cells, ending with ``ellipsis`` when cut."""
    return fit(text, width, ellipsis, trim=True)


def make_labels(names: list[str], cap: int | None, ellipsis: str) -> list[str]:
    """Unique labels of at most ``cap`` cells (``None``: full names), in the order given.

    A name is cut after its last whole word when that keeps at least half
    the room (``กลุ่มนักวิชาการ…`` rather than ``กลุ่มนักวิชาการ ม…``); Thai,
    written without spaces between words, is cut where a word ends when that
    is close to the cap (:func:`cut_at_word`), else between letters. Two names
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
