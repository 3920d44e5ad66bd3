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

from tui.core.cells import cell_width, char_cells, fit

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


def _fitting(text: str, room: int) -> int:
    """How many characters of ``text`` fit in ``room`` cells; the marks after the last letter kept go with it."""
    used = 0
    for index, character in enumerate(text):
        cells = char_cells(character)
        if cells and used + cells > room:
            return index
        used += cells
    return len(text)


def wrap(text: str, width: int, first: str = "", indent: str = "", keep_spaces: bool = False) -> list[str]:
    """``first + text`` in lines of at most ``width`` cells, the later ones starting with ``indent``.

    A line is broken after the last space that fits, or, when no space
    does, between two letters (a mark stays with its letter, a wide
    character is never split). With ``keep_spaces`` the space a line is
    broken at stays at its end, so the lines read one after another,
    without their ``indent``, give ``text`` back exactly.
    """
    lines: list[str] = []
    prefix, rest = first, text
    while True:
        room = width - cell_width(prefix)
        if cell_width(rest) <= room:
            lines.append(prefix + rest)
            return lines
        fits = _fitting(rest, room)
        space = rest.rfind(" ", 0, fits)
        if space > 0 and rest[:space].strip():
            head, rest = rest[: space + 1], rest[space + 1 :]
        else:
            if fits == 0 and prefix == indent:
                fits = max(1, _fitting(rest, cell_width(rest[:1])))  # never stall: one character a line at worst
            head, rest = rest[:fits], rest[fits:]
        if not keep_spaces:
            head, rest = head.rstrip(), rest.lstrip()
        lines.append(prefix + head)
        prefix = indent
        if not rest:
            return lines
