"""Node labels: measured in terminal cells, shortened the same way every time, never ambiguous.

A label is the stakeholder's name on one line, cut to a number of cells
chosen by the layout. Cutting keeps Thai vowel and tone marks with their
letter and never splits a wide character (see :mod:`tui.core.cells`). Two
stakeholders whose labels come out the same get ``#2``, ``#3`` … in workbook
order, so every label on a map names exactly one node; the legend lists each
label that is not the full name. A label never holds its own node's closing
bracket (``[a]b]`` would end the box early): the brackets of the node's own
kind are swapped for another kind's.
"""

from __future__ import annotations

from tui.core.cells import fit

_SWAP = {
    ("(", ")"): str.maketrans("()", "[]"),
    ("[", "]"): str.maketrans("[]", "()"),
    ("{", "}"): str.maketrans("{}", "()"),
}


def clean(name: str, brackets: tuple[str, str]) -> str:
    """One line of text, without the node's own brackets or control characters."""
    text = " ".join("".join(c if c.isprintable() else " " for c in name).split())
    return text.translate(_SWAP.get(brackets, {}))


def shorten(text: str, width: int, ellipsis: str) -> str:
    """``text`` cut to at most ``width`` cells, ending with ``ellipsis`` when cut."""
    return fit(text, width, ellipsis, trim=True)


def make_labels(names: list[str], cap: int | None, ellipsis: str) -> list[str]:
    """Unique labels of at most ``cap`` cells (``None``: full names), in the order given.

    A name is cut after its last whole word when that keeps at least half
    the room (``กลุ่มนักวิชาการ…`` rather than ``กลุ่มนักวิชาการ ม…``); Thai,
    written without spaces between words, is cut between letters.

    ``names`` are already :func:`clean`. The first holder of a label keeps
    it; later ones become ``label#2``, ``label#3`` … cut so the suffix still
    fits in ``cap``.
    """
    labels: list[str] = []
    taken: set[str] = set()
    for name in names:
        text = name or "?"
        label = text if cap is None else fit(text, cap, ellipsis, trim=True, words=True)
        number = 1
        while label in taken:
            number += 1
            suffix = f"#{number}"
            label = (text if cap is None else fit(text, cap - len(suffix), ellipsis, trim=True, words=True)) + suffix
        taken.add(label)
        labels.append(label)
    return labels
