"""Text from a file, made safe to print: control characters shown, not obeyed.

A workbook, a CSV or a file name comes from someone else. Printed as it is,
an escape sequence in a key name or a cell (ESC ] 0 ; … BEL sets the
terminal's title, ESC [ 2 J clears the screen, others rewrite what is shown
or, in some terminals, answer back as typed input) would act on the reader's
terminal. :func:`visible` writes every control character as the escape a
programmer would type (``\\x1b``, ``\\x07``, ``\\u202e``), so the message
still says exactly what the file holds and the terminal does nothing.

Line breaks, tabs and a CR before a line break are kept where the caller
prints several lines (a report, a CSV); a one-line message (a problem, a
key name, a file name) shows them too.
"""

from __future__ import annotations

import re

from tui.core.schema import HIDDEN, SURROGATES

#: C0 and C1 controls, DEL, the bidirectional overrides and isolates (which can show a
#: name reversed), and the line and paragraph separators that start new lines in some terminals.
_UNSAFE = HIDDEN | {"\n", "\t", "\r", "\u2028", "\u2029"}
#: And half characters (surrogates, from a JSON ``"\ud800"``), which no output can encode.
_FIND = re.compile("[" + "".join(map(re.escape, sorted(_UNSAFE))) + SURROGATES + "]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` with every control character written out; ``lines`` keeps line breaks and tabs."""
    if text.isprintable() and not _FIND.search(text):
        return text
    if lines:
        return "\n".join(_line(line) for line in text.split("\n"))
    return _FIND.sub(_escape, text)


def _line(line: str) -> str:
    """One line of several: its tabs, and a Windows line end (CR before LF), kept."""
    end = "\r" if line.endswith("\r") else ""
    return _FIND.sub(_escape, line.removesuffix(end)).replace("\\x09", "\t") + end
