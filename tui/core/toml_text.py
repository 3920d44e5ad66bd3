"""Lay out a TOML document the same way every time, for readers and diffs.

tomli-w writes every value (so quoting and escaping are its job), but left to
itself it turns a list of short tables into one inline array — and flips the
whole list to ``[[...]]`` blocks as soon as one entry grows, which makes a
one-field edit show as a rewrite of every tie in a diff. Here every list of
tables is written as ``[[name]]`` blocks, keys keep the model's order, and
text with line breaks becomes a multi-line string.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import tomli_w

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def dumps(doc: Mapping[str, Any]) -> str:
    return "".join(_table((), doc, array=False)).lstrip("\n")


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key, ensure_ascii=False)


def _is_table_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)


def _table(path: tuple[str, ...], table: Mapping[str, Any], *, array: bool) -> Iterator[str]:
    if path:
        name = ".".join(_key(part) for part in path)
        yield f"\n[[{name}]]\n" if array else f"\n[{name}]\n"
    nested = []
    for key, value in table.items():
        if isinstance(value, Mapping) or _is_table_list(value):
            nested.append((key, value))
        else:
            yield tomli_w.dumps({key: value}, multiline_strings=True)
    for key, value in nested:
        if isinstance(value, Mapping):
            yield from _table(path + (key,), value, array=False)
        else:
            for item in value:
                yield from _table(path + (key,), item, array=True)
