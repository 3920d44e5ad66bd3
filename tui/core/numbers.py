"""Whole numbers too long to read or to print, found and shown without a traceback.

Python refuses to turn more than ``sys.get_int_max_str_digits()`` (4300)
decimal digits into an int, or an int back into so many digits: a guard
against a number that would take minutes to convert. The TOML and JSON
readers then raise a bare ValueError, and a message that prints such a number
(one written in hex, which Python reads at any length) raises it again. No
workbook holds such a number; a damaged or hostile file may. So the readers
turn that ValueError into a problem at the number's line (:func:`too_long`),
and messages show a number through :func:`shown`.
"""

from __future__ import annotations

import re
import sys

#: A run of digits (TOML allows ``_`` between them) where a value starts:
#: after ``=`` in TOML, after ``:`` in JSON, or in an array.
_VALUE = re.compile(r"(?:^|[=:\[,])[ \t]*[+-]?(\d[\d_]*)", re.MULTILINE)


def digit_limit() -> int:
    """The most decimal digits Python converts (0: no limit was set)."""
    return sys.get_int_max_str_digits()


def too_long(text: str) -> tuple[int, int, int] | None:
    """The first whole number in ``text`` with more digits than Python converts:
    how many digits, and its line and column; None if there is none."""
    limit = digit_limit()
    if not limit:
        return None
    for found in _VALUE.finditer(text):
        digits = found.group(1).replace("_", "")
        if len(digits) > limit:
            start = found.start(1)
            line = text.count("\n", 0, start) + 1
            col = start - (text.rfind("\n", 0, start) + 1) + 1
            return len(digits), line, col
    return None


def shown(value: object) -> object:
    """``value`` as a message may print it: a whole number too long to write in decimal
    is written by its first sixteen hexadecimal digits and an ellipsis (Python writes hex
    at any length, and a number beyond any score needs no more to be recognised)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"{value:#x}"[:18] + "…"
    return value
