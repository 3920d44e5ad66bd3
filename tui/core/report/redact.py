"""Taking contact details out of a report: phone numbers, e-mail addresses, handles.

Reports are handed out and e-mailed on; the contacts in a workbook are
personal data. With redaction on, the builder drops every ``contact`` field
and :func:`redact_text` is run over every piece of text in the report, so a
phone number typed into a note, a name or a method is caught too. The rules
(docs/REPORT.md) lean towards taking out too much rather than too little:

* **phone numbers** — a run of digits that starts with ``0`` (or Thai ``๐``)
  or ``+`` and holds at least 9 digits, the digits joined by at most two of
  space, ``-``, ``.``, ``/`` or brackets: ``0879998888``, ``087-999-8888``,
  ``02 123 4567``, ``(074) 123-456``, ``+66 87 999 8888``, ``๐๘๗๙๙๙๘๘๘๘``;
* **other long numbers** — 9 or more digits joined only by ``-`` or ``.`` or
  nothing (ID-card and account numbers such as ``1-2345-67890-12-3``), which
  leaves dates (``2024-10-31``: 8 digits), years and counts alone;
* **e-mail addresses and handles** — anything with ``@`` inside a word
  (``somchai@example.com``, ``สมชาย@ตัวอย่าง.ไทย``, a LINE id ``@farmgroup``);
* **disguised addresses** — the at-sign and dots written out to fool a
  harvester: ``somchai(at)example.com``, ``somchai [at] example [dot] com``,
  ``somchai at example dot com``, in Thai ``somchai แอท gmail ดอท com``.

Phone numbers may be written in Thai digits and joined by any dash, a dot,
a middle dot, an underscore or a no-break space as well.

Thai is written without spaces, so a number may touch the word before it
(``โทร0879998888``): only a digit before it stops a match. Each is replaced by the marker ``[ปิดไว้]`` / ``[redacted]``.
"""

from __future__ import annotations

import re
import unicodedata

#: Digits (any script: \d takes Thai ๐-๙) joined by up to two separator characters:
#: space, no-break space, tab, the dashes, dot, middle dot, slash, underscore, brackets.
_JOINED = r"\d(?:[ \u00a0\t\-\u2010-\u2015./·_()]{0,2}\d)*"
_PHONE = re.compile(rf"(?<![\d+])(?:\+[ \t]?|\(?)(?=[\d])({_JOINED})")
_LONG_NUMBER = re.compile(r"(?<!\d)\d(?:[\-.]?\d){8,}(?!\d)")
_NOT_IN_ADDRESS = r"\s@<>()\[\]{}\"'`,;:"
#: An address is a whole run of address characters: the match starts where the run does (tried
#: from every character of a long run, it would take time growing with the square of its length).
_ADDRESS = re.compile(rf"(?<![^{_NOT_IN_ADDRESS}])[^{_NOT_IN_ADDRESS}]*@[^{_NOT_IN_ADDRESS}]*[^{_NOT_IN_ADDRESS}.!?]")
#: "at" and "dot" written out: in brackets, between spaces, or in Thai (แอท, ดอท).
_AT = r"(?:\s*[(\[{<]\s*(?:at|แอท)\s*[)\]}>]\s*|\s+at\s+|\s*แอท\s*)"
_DOT = r"(?:\s*[(\[{<]\s*(?:dot|ดอท)\s*[)\]}>]\s*|\s+dot\s+|\s*ดอท\s*|\.)"
_WORD = r"[a-z0-9][a-z0-9_%+\-]*"
#: The domain ends in letters (``com``, ``th``): "at 9.30" is a time, not an address. A match
#: starts only where a word does: tried from inside a long run of letters, dots and dashes it
#: would take time growing with the square of the run (a hostile file's way to hang a report).
_DISGUISED = re.compile(
    rf"(?<![a-z0-9_%+\-.]){_WORD}(?:\.{_WORD})*{_AT}{_WORD}(?:{_DOT}{_WORD})*{_DOT}[a-z]{{2,}}(?![a-z0-9])",
    re.IGNORECASE,
)

#: A phone number has at least this many digits (Thai landlines have 9, mobiles 10).
PHONE_DIGITS = 9
_ZEROS = {"0", "๐"}


def redact_text(text: str, marker: str) -> str:
    """``text`` with every e-mail address, handle, phone number and long number replaced by ``marker``."""
    text = _DISGUISED.sub(marker, text)
    text = _ADDRESS.sub(marker, text)
    text = _PHONE.sub(lambda match: _phone(match, marker), text)
    return _LONG_NUMBER.sub(marker, text)


def _phone(match: re.Match[str], marker: str) -> str:
    found = match.group(0)
    digits = [c for c in match.group(1) if c.isdigit()]
    international = found.startswith("+")
    if len(digits) >= PHONE_DIGITS - (1 if international else 0) and (international or digits[0] in _ZEROS):
        return marker
    return found


def looks_private(text: str) -> bool:
    """Would :func:`redact_text` change ``text``? (For tests and checks.)"""
    return redact_text(text, "\0") != text


def clean(text: str) -> str:
    """Drop control characters other than line breaks and tabs.

    A workbook from someone else could hold terminal escape sequences; a
    report printed to a terminal must not run them.
    """
    if text.isprintable():
        return text
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
