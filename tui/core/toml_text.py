"""Lay out a TOML document the same way every time, for readers and diffs.

tomli-w writes every value (so quoting and escaping are its job), but left to
itself it turns a list of short tables into one inline array — and flips the
whole list to ``[[...]]`` blocks as soon as one entry grows, which makes a
one-field edit show as a rewrite of every tie in a diff. Here every list of
tables is written as ``[[name]]`` blocks, keys keep the model's order, and
text with line breaks becomes a multi-line string.

A province's workbook is half a million lines, so the common lines (a key and
a one-line string, a number, a list of words) are written here directly, the
very bytes tomli-w would write; anything else is left to tomli-w.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import tomli_w

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
#: What a one-line TOML string must escape: quote, backslash, controls but tab.
_MUST_ESCAPE = re.compile(r'[\x00-\x08\x0a-\x1f\x7f"\\]')
#: The same in a multi-line string, where a line break is itself.
_MUST_ESCAPE_MULTILINE = re.compile(r'[\x00-\x08\x0b-\x1f\x7f"\\]')


def dumps(doc: Mapping[str, Any]) -> str:
    return "".join(_table((), doc, array=False)).lstrip("\n")


def table_text(path: tuple[str, ...], table: Mapping[str, Any], *, array: bool = False) -> str:
    """One table (or one entry of an array of tables) at ``path``, as :func:`dumps` writes it within a document."""
    return "".join(_table(path, table, array=array))


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def _line(key: str, value: object) -> str:
    """``key = value`` and a line break, as ``tomli_w.dumps({key: value}, multiline_strings=True)`` writes it;
    a text with a carriage return on one line, escaped: tomli-w's multi-line strings would drop it."""
    plain = _plain(value)
    if plain is not None and _BARE_KEY.fullmatch(key):
        return f"{key} = {plain}\n"
    return tomli_w.dumps({key: value}, multiline_strings=not _carries_return(value))


def _carries_return(value: object) -> bool:
    """Is there a carriage return in a text of ``value`` (a list's or a table's too)?"""
    if isinstance(value, str):
        return "\r" in value
    if isinstance(value, list):
        return any(_carries_return(item) for item in value)
    if isinstance(value, dict):
        return any(_carries_return(item) for item in value.values())
    return False


def _plain(value: object) -> str | None:
    """The literal of a value that needs no escaping, or None to leave it to tomli-w."""
    if type(value) is str:
        if not _MUST_ESCAPE.search(value):
            return f'"{value}"'
        if "\n" in value and not _MUST_ESCAPE_MULTILINE.search(value):
            return f'"""\n{value}"""'
        return None
    if type(value) is bool:
        return "true" if value else "false"
    if type(value) is int:
        return str(value)
    if type(value) is list and value and all(type(item) in (str, int, bool) for item in value):
        items = [_plain(item) for item in value]
        if any(item is None or "\n" in item for item in items):
            return None
        return "[\n" + "".join(f"    {item},\n" for item in items) + "]"
    return None


def _is_table_list(value: object) -> bool:
    return type(value) is list and bool(value) and all(isinstance(item, Mapping) for item in value)


def _table(path: tuple[str, ...], table: Mapping[str, Any], *, array: bool) -> Iterator[str]:
    if path:
        name = ".".join(_key(part) for part in path)
        yield f"\n[[{name}]]\n" if array else f"\n[{name}]\n"
    nested = []
    for key, value in table.items():
        if type(value) is dict or isinstance(value, Mapping) or _is_table_list(value):
            nested.append((key, value))
        else:
            yield _line(key, value)
    for key, value in nested:
        if isinstance(value, Mapping):
            yield from _table(path + (key,), value, array=False)
        else:
            for item in value:
                yield from _table(path + (key,), item, array=True)
