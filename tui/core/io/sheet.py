"""The lists workshops write before anything else: names by sector, or just names.

ใบงาน 1 part 1 (seed 001) is a brainstorm: the three sectors of ไตรพลัง —
ประชาชน, วิชาการ, ภาครัฐ — each with numbered lines ๑..๙ for names. Typed
into a spreadsheet it comes out one of two ways, and both are read:

* **sector columns** — a heading row of sectors (``ประชาชน,วิชาการ,ภาครัฐ`` or
  ``People,Academic,Government``), a name in each cell below; a numbering
  column (``ลำดับ``, ``ที่``, ``No.``, ``#``) may come first;
* **sector rows** — as on the printed sheet: each row starts with its sector
  and the names follow across (one per cell, or several numbered names in
  one cell, ``๑.สมชาย ๒.สมหญิง``); a title row above is allowed.

And a **plain list**: one column of names with no heading, every name in the
people sector (the model's default) until someone says otherwise. (A column
headed ``Label`` or ``ชื่อ`` is a table of stakeholders: :mod:`.csv_import`.)

The worksheets number their lines (``๑.``, ``1.``, ``1)``) and leave dotted
leaders (``๑.....``); both are stripped, and a cell left empty is skipped.
A cell holding several lines (Alt+Enter) holds a name on each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tui.core.io.decode import Row
from tui.core.io.values import THAI_DIGITS, choice, normal, split_numbered
from tui.core.vocab import Sector

#: Headings of a numbering column beside the sector columns.
NUMBER_HEADINGS = frozenset(normal(word) for word in ("ลำดับ", "ลำดับที่", "ที่", "no", "no.", "#", "number"))


@dataclass(frozen=True)
class Listed:
    """One name read off a list, with its row and (for sector sheets) its sector."""

    row: int
    name: str
    sector: Sector | None


@dataclass(frozen=True)
class Reading:
    """The names of a list, and the cells it could not place (row, column index)."""

    names: list[Listed]
    stray: list[tuple[int, int]]


def names_in(cell: str) -> Iterator[str]:
    """The names in one cell: a line each (Alt+Enter in a sheet), numbered names split apart."""
    for line in cell.splitlines():
        yield from split_numbered(line)


def sector_of(text: str) -> Sector | None:
    found = choice(Sector, text.strip())
    return found if isinstance(found, Sector) else None


def sector_columns(rows: list[Row]) -> Reading | None:
    """Names under sector headings, column by column; None if the heading is not all sectors.

    Text in a column with no sector above it (other than row numbers) is
    stray: reported, never dropped.
    """
    heading = rows[0]
    sectors: dict[int, Sector] = {}
    for index, cell in enumerate(heading.cells):
        if not cell.strip() or normal(cell) in NUMBER_HEADINGS:
            continue
        sector = sector_of(cell)
        if sector is None:
            return None
        sectors[index] = sector
    if not sectors:
        return None
    listed = []
    for index, sector in sectors.items():
        for row in rows[1:]:
            for name in names_in(row.cell(index)):
                listed.append(Listed(row.number, name, sector))
    stray = [
        (row.number, index)
        for row in rows[1:]
        for index, cell in enumerate(row.cells)
        if index not in sectors and cell.strip() and not _is_row_number(cell)
    ]
    return Reading(listed, stray)


def _is_row_number(text: str) -> bool:
    return text.strip().translate(THAI_DIGITS).rstrip(".)").isdigit()


def sector_rows(rows: list[Row]) -> Reading | None:
    """Rows that each start with a sector (a title row may sit above); None if they do not."""
    if sector_of(rows[0].cells[0]) is not None:
        body = rows
    elif sum(1 for cell in rows[0].cells if cell.strip()) == 1:
        body = rows[1:]  # a title above the table
    else:
        return None
    if not body or any(sector_of(row.cells[0]) is None for row in body):
        return None
    listed = []
    for row in body:
        sector = sector_of(row.cells[0])
        for cell in row.cells[1:]:
            for name in names_in(cell):
                listed.append(Listed(row.number, name, sector))
    return Reading(listed, [])


def plain_list(rows: list[Row]) -> Reading | None:
    """One column of names; None if any row has more than one filled cell."""
    if any(sum(1 for cell in row.cells if cell.strip()) > 1 for row in rows):
        return None
    listed = []
    for row in rows:
        for name in names_in(next(cell for cell in row.cells if cell.strip())):
            listed.append(Listed(row.number, name, None))
    return Reading(listed, [])
