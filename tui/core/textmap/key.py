"""The numbers' key of a zoomed-out map in a window: who each number is, beside the map or below it.

A map with numbers for names (the map screen's ``-``) is only read with its
key. Below the drawing as a legend, one name a line, the key of the Thai
sample's 18 stakeholders needs 19 rows more than the map, so at 80 x 24 it
lies below the window. Here the window is shared out before the map is drawn:
the key goes in columns beside the map (names whole when they fit) or in
columns under it, and the map is laid out for what is left
(:func:`key_places`, best first); :func:`key_lines` writes the key for one
place and :func:`sheet` puts the drawing and the key together, cell by cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.cells import cell_width
from tui.core.textmap.draw import text_cells
from tui.core.textmap.labels import cut_at_word

#: Cells between the map and the key, and between two columns of the key.
GAP = 2
#: The narrowest map a key leaves (a numbered box is 3 to 6 cells; the Thai sample needs 37).
MIN_MAP_WIDTH = 30
#: The fewest rows a key below the map leaves it.
MIN_MAP_HEIGHT = 8
#: A key column shows at least this many cells of each name.
MIN_NAME = 10


@dataclass(frozen=True)
class KeyPlace:
    """Where the key goes in a window: ``columns`` columns of ``column`` cells, ``rows`` rows each (after
    its heading), beside the map or below it (after a blank row); the map gets ``map_width`` x
    ``map_height``."""

    beside: bool
    columns: int
    column: int
    rows: int
    map_width: int
    map_height: int
    #: names cut in the key (fewest first)
    cut: int


def entry(label: str, name: str, number_width: int) -> str:
    """One line of the key: the label (a number, ``+`` before it when new) right-aligned, then the name."""
    return f"{' ' * (number_width - cell_width(label))}{label} {name}"


def key_places(names: Sequence[str], width: int, height: int) -> list[KeyPlace]:
    """The places for the key of ``names`` (numbered 1, 2, … in this order) in a window of ``width`` x
    ``height``, best first: fewest names cut in the key, then beside the map, then the map's larger
    share of the window. The first row of the key is its heading."""
    if not names:
        return []
    number_width = len(str(len(names))) + 1  # room for a "+" before a new stakeholder's number
    widths = [number_width + 1 + cell_width(name) for name in names]
    widest = max(widths)
    least = min(widest, number_width + 1 + MIN_NAME)
    places: list[KeyPlace] = []
    for columns in range(1, len(names) + 1):
        rows = -(-len(names) // columns)
        if rows + 1 <= height:  # beside: the heading and the rows within the window's height
            room = (width - MIN_MAP_WIDTH - GAP) // columns - (GAP if columns > 1 else 0)
            column = min(widest, room)
            if column >= least:
                used = columns * column + (columns - 1) * GAP
                cut = sum(1 for w in widths if w > column)
                places.append(KeyPlace(True, columns, column, rows, width - used - GAP, height, cut))
        map_height = height - rows - 2  # below: a blank row, the heading, the rows
        column = min(widest, (width - (columns - 1) * GAP) // columns)
        if map_height >= MIN_MAP_HEIGHT and column >= least:
            cut = sum(1 for w in widths if w > column)
            places.append(KeyPlace(False, columns, column, rows, width, map_height, cut))
    places.sort(key=lambda p: (p.cut, not p.beside, -(p.map_width * p.map_height), p.columns))
    return places


def key_lines(labels: Sequence[str], names: Sequence[str], place: KeyPlace, heading: str, ellipsis: str) -> list[str]:
    """The key written for ``place``: the heading, then ``label name`` down each column in turn, a name
    too long for its column cut at a word where it can (as map labels are)."""
    number_width = max(cell_width(label) for label in labels)
    columns: list[list[str]] = []
    for start in range(0, len(labels), place.rows):
        column = []
        for label, name in zip(labels[start : start + place.rows], names[start : start + place.rows], strict=True):
            room = place.column - number_width - 1
            column.append(entry(label, cut_at_word(name, room, ellipsis), number_width))
        columns.append(column)
    lines = [cut_at_word(heading, place.columns * place.column + (place.columns - 1) * GAP, ellipsis)]
    for row in range(place.rows):
        parts = [column[row] for column in columns if row < len(column)]
        padded = [part + " " * (place.column - cell_width(part)) for part in parts[:-1]]
        lines.append((" " * GAP).join([*padded, parts[-1]]) if parts else "")
    return lines


def sheet(cells: Sequence[Sequence[str]], lines: Sequence[str], place: KeyPlace) -> list[tuple[str, ...]]:
    """The drawing's rows of cells with the key beside them (from the drawing's right edge, after
    :data:`GAP` blank cells) or below them (after a blank row), as the window shows them."""
    key = [text_cells(line) for line in lines]
    if not place.beside:
        return [tuple(row) for row in cells] + [()] + [tuple(row) for row in key]
    drawn = max((len(row) for row in cells), default=0)
    rows: list[tuple[str, ...]] = []
    for r in range(max(len(cells), len(key))):
        row = list(cells[r]) if r < len(cells) else []
        if r < len(key) and key[r]:
            row += [" "] * (drawn + GAP - len(row)) + key[r]
        rows.append(tuple(row))
    return rows


__all__ = ["GAP", "KeyPlace", "entry", "key_lines", "key_places", "sheet"]
