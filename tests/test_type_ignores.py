"""The type checker is not silenced line by line: each ``# type: ignore`` left in tui/ says why.

The App's mixins reach Textual typed, through tui/app_mixin.py; what is left
are the workarounds that replace a class or method of Textual or rich for
the whole process, and a few places where a library's types cannot say what
the code does. Each gives its reason beside the ignore or in a comment just
above it.
"""

from __future__ import annotations

import re
from pathlib import Path

TUI = Path(__file__).resolve().parent.parent / "tui"
IGNORE = re.compile(r"#\s*type:\s*ignore(\[[^\]]*\])?(?P<after>.*)$")


def unexplained(source: str) -> list[int]:
    """The line numbers of ignores with no reason beside them nor in a comment just above."""
    lines = source.splitlines()
    found = []
    for number, line in enumerate(lines, 1):
        match = IGNORE.search(line)
        if match is None:
            continue
        beside = match["after"].strip().startswith("#")
        above = number > 1 and lines[number - 2].strip().startswith("#")
        if not (beside or above):
            found.append(number)
    return found


def test_each_type_ignore_says_why() -> None:
    found = [
        f"{path.relative_to(TUI.parent)}:{number}"
        for path in sorted(TUI.rglob("*.py"))
        for number in unexplained(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_an_ignore_without_a_reason_is_found() -> None:
    assert unexplained("x = f()  # type: ignore[misc]\n") == [1]
    assert unexplained("x = f()  # type: ignore[misc]  # f is made at run time\n") == []
    assert unexplained("# f is made at run time\nx = f()  # type: ignore[misc]\n") == []
