"""Records whose every value is plainly fine, built without the full checks.

A province's workbook holds some 40,000 records and 340,000 values; checking
each value through :func:`tui.core.schema.coerce`, with everything it does to
name a problem, took two seconds of ``phakhi check``. Nearly every value of a
saved file is plainly right: text of the right length, a score in range, a
word of the vocabulary. This module tries each record that way first and
gives up at the first value that is not plainly right (or an unknown key, a
missing one, a date): the codec then checks that record the full way and
reports what is wrong with it, so problems are found and worded exactly as
before.

Hidden characters and carriage returns are looked for once in the whole
text (:func:`plain_text`), not in each value: when the text has none, and no
escape that could make one, no value has any either.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable

from tui.core.schema import (
    DATE_FIELDS,
    FIND_HIDDEN,
    MAX_NAME,
    MAX_TEXT,
    NAME_FIELDS,
    FieldSpec,
    Shape,
    coerce,
    fields_of,
)
from tui.core.vocab import SCORE_MAX, SCORE_MIN

#: A TOML escape that could stand for a hidden character or a carriage return: any but
#: ``\n``, ``\t`` and ``\"``, once the escaped backslashes (``\\``) are taken out.
_RISKY_ESCAPE = re.compile(r'\\[^nt"]')


class NotPlain(Exception):
    """A value that needs the full checks (and maybe a problem reported)."""


def plain_text(text: str) -> bool:
    """Can no string parsed from this TOML text hold a hidden character or a carriage return?"""
    if FIND_HIDDEN.search(text) is not None:
        return False
    # Taken out left to right, as the parser reads them: TOML's "\\u" is a backslash and a u.
    return _RISKY_ESCAPE.search(text) is None or _RISKY_ESCAPE.search(text.replace("\\\\", "")) is None


def build(record: type, raw: dict[str, object], plain: bool) -> object:
    """``record`` built from a table whose every value is plainly fine, else NotPlain.

    ``plain``: the text the table was parsed from passed :func:`plain_text`."""
    readers = _readers(record, plain)
    values = {}
    try:
        for key, value in raw.items():
            values[key] = readers[key](value)
        return record(**values)
    except (KeyError, TypeError, NotPlain):  # an unknown key, a missing one, a value to check in full
        raise NotPlain from None


@functools.cache
def _readers(record: type, plain: bool) -> dict[str, Callable[[object], object]]:
    """Each field's quick reader; a record with nested records has none (it is checked in full)."""
    readers = {}
    for spec in fields_of(record):
        if spec.shape in (Shape.ROWS, Shape.RECORD):
            return {}
        readers[spec.name] = _reader(spec, plain)
    return readers


def _reader(spec: FieldSpec, plain: bool) -> Callable[[object], object]:
    shape = spec.shape
    if shape is Shape.TEXT:
        return _text_reader(spec, plain)
    if shape is Shape.TEXTS:
        one = _text_reader(FieldSpec(spec.name, Shape.TEXT), plain)  # each item as a text of that field
        return lambda value: [one(item) for item in _list(value)]
    if shape is Shape.SCORE:
        return _score
    if shape in (Shape.FLAG, Shape.MAYBE_FLAG):
        return _flag
    words = _words(spec.vocab)
    if shape is Shape.CHOICES:
        return lambda value: list(dict.fromkeys(words[item] for item in _list(value)))
    return words.__getitem__  # CHOICE, MAYBE_CHOICE: an unknown word is a KeyError


def _text_reader(spec: FieldSpec, plain: bool) -> Callable[[object], object]:
    if not plain or spec.name in DATE_FIELDS:  # a day is checked as one
        return functools.partial(_checked, spec)
    limit = MAX_NAME if spec.name in NAME_FIELDS else MAX_TEXT

    def read(value: object) -> str:
        if type(value) is not str or len(value) > limit:
            raise NotPlain
        return value

    return read


def _checked(spec: FieldSpec, value: object) -> object:
    if type(value) is not str:
        raise NotPlain  # a date in a text field, or a wrong type: the codec says which
    try:
        return coerce(spec, value)
    except ValueError:
        raise NotPlain from None


def _list(value: object) -> list[object]:
    if type(value) is not list:
        raise NotPlain
    return value


def _score(value: object) -> int:
    if type(value) is not int or not SCORE_MIN <= value <= SCORE_MAX:
        raise NotPlain
    return value


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise NotPlain
    return value


@functools.cache
def _words(vocab: type[enum.StrEnum]) -> dict[object, enum.StrEnum]:
    return {member.value: member for member in vocab}
