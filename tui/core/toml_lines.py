"""Where each key of a TOML document sits: line and column for error messages.

The TOML parser gives values but no positions, so after it has accepted a
document this scanner walks the text once and records, for every key, its path (as the
parsed data would index it: ``("stakeholders", 3, "influence")``) and its
1-based line and column. It only needs to understand valid TOML — strings
(basic, literal, multi-line), comments, brackets — since the parser has already
rejected anything else.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_BARE = r"[A-Za-z0-9_-]+"
_KEY_PART = rf'(?:{_BARE}|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED = re.compile(rf"\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*")


def _key_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(_KEY_PART, dotted)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


class _Scanner:
    """Skips over a value, keeping track of strings and bracket depth."""

    def __init__(self) -> None:
        self.depth = 0
        self.in_multiline: str | None = None  # '"""' or "'''"

    def feed(self, text: str) -> None:
        i = 0
        while i < len(text):
            if self.in_multiline:
                end = text.find(self.in_multiline, i)
                if end < 0:
                    return
                # A basic multi-line string ends at an unescaped delimiter.
                if self.in_multiline == '"""' and _escaped(text, end):
                    i = end + 1
                    continue
                i = end + 3
                while i < len(text) and text[i] == self.in_multiline[0]:
                    i += 1  # up to two quotes may end the content
                self.in_multiline = None
                continue
            ch = text[i]
            if ch == "#":
                return
            if text.startswith('"""', i) or text.startswith("'''", i):
                self.in_multiline = text[i : i + 3]
                i += 3
            elif ch == '"':
                i = _end_of_basic(text, i + 1)
            elif ch == "'":
                end = text.find("'", i + 1)
                i = len(text) if end < 0 else end + 1
            else:
                if ch in "[{":
                    self.depth += 1
                elif ch in "]}":
                    self.depth -= 1
                i += 1

    @property
    def busy(self) -> bool:
        return self.depth > 0 or self.in_multiline is not None


def _escaped(text: str, index: int) -> bool:
    slashes = 0
    while index - slashes - 1 >= 0 and text[index - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _end_of_basic(text: str, i: int) -> int:
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text[i] == '"':
            return i + 1
        else:
            i += 1
    return i


def key_positions(text: str) -> dict[Path, tuple[int, int]]:
    """Map every table header and key in ``text`` to its (line, column)."""
    positions: dict[Path, tuple[int, int]] = {}
    array_counts: dict[tuple[str, ...], int] = {}
    table: Path = ()
    scanner = _Scanner()
    for number, line in enumerate(text.split("\n"), start=1):  # as TOML counts lines
        if scanner.busy:
            scanner.feed(line)
            continue
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("[["):
            name = _key_parts(stripped[2 : stripped.index("]]")])
            array_counts[name] = array_counts.get(name, 0) + 1
            for nested in [k for k in array_counts if len(k) > len(name) and k[: len(name)] == name]:
                del array_counts[nested]  # a new [[a]] entry starts its own [[a.b]] list
            # Indices of parent arrays: [[plan.rows]] sits in [plan], which is no array.
            table = _with_indices(name, array_counts) + (array_counts[name] - 1,)
            positions[table] = (number, indent + 1)
            _define_parents(positions, table, (number, indent + 1))
            continue
        if stripped.startswith("["):
            name = _key_parts(stripped[1 : stripped.index("]")])
            table = _with_indices(name, array_counts)
            positions.setdefault(table, (number, indent + 1))
            _define_parents(positions, table, (number, indent + 1))
            continue
        match = _DOTTED.match(line)
        if match and line[match.end() : match.end() + 1] == "=":
            key = table + _key_parts(match.group(1))
            positions[key] = (number, match.start(1) + 1)
            for end in range(len(table) + 1, len(key)):  # a.b = 1 also defines the table a
                positions.setdefault(key[:end], (number, match.start(1) + 1))
            scanner.feed(line[match.end() + 1 :])
    return positions


def _define_parents(positions: dict[Path, tuple[int, int]], table: Path, place: tuple[int, int]) -> None:
    """``[[a.b]]`` (or ``[a.b]``) also defines ``a`` and the array ``a.b``: the first
    header to do so is where a problem with them (an unknown key ``a``) is shown."""
    for end in range(1, len(table)):
        positions.setdefault(table[:end], place)


def _with_indices(name: tuple[str, ...], counts: dict[tuple[str, ...], int]) -> Path:
    """Turn ``("stakeholders", "x")`` into ``("stakeholders", 2, "x")`` inside arrays."""
    path: list[str | int] = []
    for depth in range(1, len(name)):
        path.append(name[depth - 1])
        prefix = name[:depth]
        if prefix in counts:
            path.append(counts[prefix] - 1)
    path.append(name[-1])
    return tuple(path)


def nearest(positions: dict[Path, tuple[int, int]], path: Path) -> tuple[int, int] | None:
    """The position of ``path``, or of its closest enclosing key or table."""
    while path:
        if path in positions:
            return positions[path]
        path = path[:-1]
    return None
