"""What each field of the model may hold, read off the dataclasses themselves.

The file codec (reading and writing TOML) and the editor (changes made in the
app) both check values here, so a value the app accepts is always one the file
accepts, and the other way round. Adding a field to a dataclass in
:mod:`tui.core.model` is all it takes to store, load and validate it.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tui.core import model
from tui.core.vocab import SCORE_MAX, SCORE_MIN


class Shape(enum.Enum):
    TEXT = "text"
    SCORE = "score"  # int 1..5, or None
    FLAG = "flag"  # bool
    MAYBE_FLAG = "maybe_flag"  # bool or None ("as the analysis says")
    CHOICE = "choice"  # one vocabulary value
    MAYBE_CHOICE = "maybe_choice"  # one vocabulary value or None
    CHOICES = "choices"  # a list of vocabulary values, no repeats
    TEXTS = "texts"  # a list of text
    ROWS = "rows"  # a list of nested records (plan rows)
    RECORD = "record"  # one nested record (project, plan)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    shape: Shape
    vocab: type[enum.StrEnum] | None = None
    record: type | None = None
    required: bool = False


#: The file's section name of each record type, used in messages and labels.
SECTION: dict[type, str] = {
    model.Project: "project",
    model.Stakeholder: "stakeholder",
    model.Tie: "tie",
    model.Plan: "plan",
    model.PlanRow: "plan_row",
    model.Lesson: "lesson",
    model.Answer: "answer",
    model.Workbook: "workbook",
}


def _spec(field: dataclasses.Field[Any], hint: object) -> FieldSpec:
    required = field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    optional = isinstance(hint, types.UnionType) and type(None) in typing.get_args(hint)
    base = args[0] if optional else hint
    origin = typing.get_origin(base)
    if base is str:
        return FieldSpec(field.name, Shape.TEXT, required=required)
    if base is bool:
        return FieldSpec(field.name, Shape.MAYBE_FLAG if optional else Shape.FLAG)
    if base is int:
        return FieldSpec(field.name, Shape.SCORE)
    if isinstance(base, type) and issubclass(base, enum.StrEnum):
        return FieldSpec(field.name, Shape.MAYBE_CHOICE if optional else Shape.CHOICE, vocab=base)
    if isinstance(origin, type) and issubclass(origin, list):  # a list, or the records' own (tui/core/records.py)
        (item,) = typing.get_args(base)
        if item is str:
            return FieldSpec(field.name, Shape.TEXTS)
        if issubclass(item, enum.StrEnum):
            return FieldSpec(field.name, Shape.CHOICES, vocab=item)
        return FieldSpec(field.name, Shape.ROWS, record=item)
    if isinstance(base, type) and dataclasses.is_dataclass(base):
        return FieldSpec(field.name, Shape.RECORD, record=base)
    raise TypeError(f"no shape for {field.name}: {hint!r}")  # a model change without a shape


def _fields_of(record: type) -> tuple[FieldSpec, ...]:
    """The specs of a model dataclass's fields, in declaration (= file) order."""
    hints = typing.get_type_hints(record)
    return tuple(_spec(f, hints[f.name]) for f in dataclasses.fields(record))


#: :func:`_fields_of`, worked out once a record type (asked at every record read and written).
fields_of: Callable[[type], tuple[FieldSpec, ...]] = functools.cache(_fields_of)


def spec_of(record: type, name: str) -> FieldSpec | None:
    return _specs_by_name(record).get(name)


@functools.cache
def _specs_by_name(record: type) -> dict[str, FieldSpec]:
    """Every edit looks a field up by name: a map, not a walk along some forty fields."""
    return {spec.name: spec for spec in fields_of(record)}


class ValueProblem(ValueError):
    """A value that does not fit its field; ``key`` names the i18n message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def coerce(spec: FieldSpec, value: object) -> object:
    """Check ``value`` against ``spec`` and return it in the model's type.

    Accepts the model's own types and the plain strings a form or a file
    gives (``"academic"`` for ``Sector.ACADEMIC``). Raises ValueProblem.
    """
    shape = spec.shape
    if shape is Shape.TEXT:
        if not isinstance(value, str):
            raise ValueProblem("wrong_type", expected="type.text")
        return _checked_text(spec, _one_line_break(value))
    if shape is Shape.SCORE:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueProblem("wrong_type", expected="type.integer")
        if not SCORE_MIN <= value <= SCORE_MAX:
            raise ValueProblem("score_range", low=SCORE_MIN, high=SCORE_MAX)
        return value
    if shape in (Shape.FLAG, Shape.MAYBE_FLAG):
        if value is None and shape is Shape.MAYBE_FLAG:
            return None
        if not isinstance(value, bool):
            raise ValueProblem("wrong_type", expected="type.boolean")
        return value
    if shape in (Shape.CHOICE, Shape.MAYBE_CHOICE):
        if value is None and shape is Shape.MAYBE_CHOICE:
            return None
        return _choice(spec, value)
    if shape is Shape.CHOICES:
        if not isinstance(value, (list, tuple)):
            raise ValueProblem("wrong_type", expected="type.list")
        chosen = [_choice(spec, item) for item in value]
        return list(dict.fromkeys(chosen))
    if shape is Shape.TEXTS:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ValueProblem("wrong_type", expected="type.list")
        return [_checked_text(spec, _one_line_break(v)) for v in value]
    raise ValueProblem("wrong_type", expected="type.table")


#: How many records a workbook may hold. A province's network (10 000 stakeholders and
#: 30 000 ties) fits with room to spare; more is a damaged or hostile file, which would
#: take the analyses minutes. The loader and the import both refuse more.
MAX_STAKEHOLDERS = 20_000
MAX_TIES = 100_000
MAX_PLAN_ROWS = 20_000
MAX_RECORDS: dict[type, int] = {model.Stakeholder: MAX_STAKEHOLDERS, model.Tie: MAX_TIES, model.PlanRow: MAX_PLAN_ROWS}

#: Names and ids are short; a paragraph of Thai notes is a few thousand characters.
MAX_NAME = 300
MAX_TEXT = 20_000
NAME_FIELDS = frozenset({"name", "group", "title", "our_group"})
#: Text fields that hold a day, written ``YYYY-MM-DD`` (a TOML date is read as one).
DATE_FIELDS = frozenset({"left", "ended", "taken", "day"})
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: Characters that change what text looks like without being seen: C0/C1 controls
#: (but line breaks and tabs) and the bidirectional overrides and isolates, which
#: can make a name display as something else (e.g. reversed).
HIDDEN = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\n\t"]
    + [chr(0x7F)]
    + [chr(c) for c in range(0x80, 0xA0)]
    + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
)
#: Half of a character: a surrogate that Python holds (read from a JSON ``"\ud800"``) and
#: no file can store (UTF-8 has no bytes for it), so a save would fail; refused as hidden.
SURROGATES = "\ud800-\udfff"
#: The same characters as one search (a workbook holds thousands of texts: a loop per character is slow).
FIND_HIDDEN = re.compile("[" + "".join(map(re.escape, sorted(HIDDEN))) + SURROGATES + "]")


def _checked_text(spec: FieldSpec, text: str) -> str:
    """Text as entered, unless it hides characters or is far too long for its field."""
    hidden = FIND_HIDDEN.search(text)
    if hidden is not None:
        raise ValueProblem("hidden_char", code=f"U+{ord(hidden.group()):04X}")
    limit = MAX_NAME if spec.name in NAME_FIELDS else MAX_TEXT
    if len(text) > limit:
        raise ValueProblem("too_long", length=len(text), limit=limit)
    if spec.name in DATE_FIELDS and text and not is_iso_date(text):
        raise ValueProblem("bad_date", found=text[:40])
    return text


def is_iso_date(text: str) -> bool:
    """Is ``text`` a real day written ``YYYY-MM-DD`` (``2026-02-30`` is not)?"""
    if len(text) != 10 or not ISO_DATE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _one_line_break(text: str) -> str:
    """Windows (and old Mac) line breaks become plain ones, as a TOML multi-line string keeps them.

    Text pasted from a Windows spreadsheet carries ``\r\n``; storing it as is
    would come back as ``\n`` after a save and a load, so a saved workbook
    would differ from the one in memory.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _choice(spec: FieldSpec, value: object) -> enum.StrEnum:
    assert spec.vocab is not None
    if isinstance(value, spec.vocab):
        return value
    if isinstance(value, str):
        try:
            return spec.vocab(value)
        except ValueError:
            pass
    raise ValueProblem("bad_choice", choices=", ".join(v.value for v in spec.vocab))


def is_empty(spec: FieldSpec, value: object) -> bool:
    """Values left out of the file: nothing entered, or the field's default meaning."""
    if spec.required:
        return False
    if spec.shape is Shape.FLAG:
        return value is False
    return value is None or value == "" or value == []
