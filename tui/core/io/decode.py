"""From the bytes of a spreadsheet export to rows of cells, whatever the encoding.

Thai spreadsheets leave the computer in three encodings: UTF-8 (Google
Sheets, LibreOffice), UTF-8 with a byte-order mark (Excel's "CSV UTF-8"),
and TIS-620 — Windows code page 874 — from Excel's plain "CSV" on a Thai
Windows. Excel's "Unicode text" is UTF-16 with a byte-order mark and tabs.
They are tried in that order: UTF-8 first because Thai TIS-620 bytes are
almost never valid UTF-8, so a file that decodes as UTF-8 is UTF-8. The
encoding used is reported so that a wrong guess is visible.

The delimiter is read off the heading row: comma, tab (pasted from a sheet,
"Unicode text") or semicolon (spreadsheets in locales with a decimal comma),
whichever occurs most outside quotes.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from tui.core.io.problems import Collector

#: The names people know the encodings by, as reported after an import.
UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 with BOM"
UTF16 = "UTF-16"
TIS620 = "TIS-620 (cp874)"

DELIMITERS = (",", "\t", ";")


@dataclass(frozen=True)
class Row:
    """One record of the sheet: its row number (the heading is row 1) and its cells."""

    number: int
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""

    @property
    def blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


def decode(data: bytes, problems: Collector) -> tuple[str, str] | None:
    """The text of ``data`` and the encoding it was read with; None (and a problem) if none fits."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), UTF16
        except UnicodeDecodeError:
            problems.add(None, "encoding_utf16")
            return None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), UTF8_BOM
        except UnicodeDecodeError as error:
            _bad_byte(data[3:], error, problems)
            return None
    try:
        return data.decode("utf-8"), UTF8
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("cp874"), TIS620
        except UnicodeDecodeError:
            _bad_byte(data, utf8_error, problems)
            return None


def _bad_byte(data: bytes, error: UnicodeDecodeError, problems: Collector) -> None:
    line = data[: error.start].count(b"\n") + 1
    problems.add(None, "encoding", byte=f"{data[error.start]:02X}", line=line)


def delimiter_of(text: str) -> str:
    """The delimiter used in the first line: the most frequent of comma, tab, semicolon outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_rows(text: str, problems: Collector) -> list[Row]:
    """Every record with its row number; blank records are dropped but still counted."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text), strict=True)
    rows: list[Row] = []
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.add(number + 1, "csv", detail=str(error))
            break
        number += 1
        row = Row(number, tuple(cells))
        if not row.blank:
            rows.append(row)
    return rows
