"""Reading the cells of one table row into field values, with every bad cell reported.

Shared by the elements and the connections sheets: each column knows its
field (:mod:`.columns`), each cell is read by the field's shape — text,
score, yes/no, one or several vocabulary values (:mod:`.values`) — and a
cell that cannot be read becomes a problem at its row, naming the column
(``D (influence): 9 is not a score from 1 to 5``) and left out, so that the
rest of the row is still checked.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tui.core.io.columns import Column, Role, column_letter
from tui.core.io.decode import Row
from tui.core.io.problems import Collector
from tui.core.io.values import (
    CellProblem,
    choices_hint,
    parse_choice,
    parse_choices,
    parse_flag,
    parse_score,
    parse_strength,
    unguard,
)
from tui.core.schema import FieldSpec, Shape, ValueProblem, coerce
from tui.core.vocab import Strength


def extra_cells(row: Row, width: int, problems: Collector) -> None:
    for index in range(width, len(row.cells)):
        if row.cells[index].strip():
            problems.add(row.number, "extra_cell", column=column_letter(index))


def row_values(row: Row, columns: list[Column], problems: Collector) -> dict[str, Any]:
    """The row's field values, read by each column's shape; problems reported, cells left out."""
    values: dict[str, Any] = {}
    for column in columns:
        if column.role is not Role.FIELD or column.spec is None:
            continue
        raw = row.cell(column.index)
        try:
            value = read_cell(column.spec, raw)
        except CellProblem as problem:
            report_cell(problems, row.number, column, raw, problem)
            continue
        if value is not None:
            values[column.spec.name] = value
    return values


def read_cell(spec: FieldSpec, raw: str) -> Any:
    """One cell in the field's type; None when empty. Raises CellProblem."""
    text = unguard(raw).strip()
    if not text:
        return None
    shape = spec.shape
    if shape is Shape.TEXT:
        return text_value(spec, text)
    if shape is Shape.SCORE:
        return parse_score(text)
    if shape in (Shape.FLAG, Shape.MAYBE_FLAG):
        return parse_flag(text)
    if shape is Shape.TEXTS:  # Kumu's many values in one cell, as the export writes them
        return [text_value(FieldSpec(spec.name, Shape.TEXT), part.strip()) for part in text.split("|") if part.strip()]
    assert spec.vocab is not None
    if spec.vocab is Strength:
        return parse_strength(text)
    if shape is Shape.CHOICES:
        return parse_choices(spec.vocab, text)
    return parse_choice(spec.vocab, text)


def text_value(spec: FieldSpec, text: str) -> str:
    try:
        return str(coerce(spec, text))
    except ValueProblem as problem:
        raise CellProblem(problem.key, **problem.values) from None


def report_cell(problems: Collector, row: int, column: Column | None, raw: str, problem: CellProblem) -> None:
    text = raw.strip()
    shown = text if len(text) <= 40 else text[:39] + "…"
    values: dict[str, object] = {"where": f"{column.letter} ({column.heading}): " if column else "", "value": shown}
    values.update(problem.values)
    if problem.key == "bad_choice":
        vocab = values.pop("vocab")
        if isinstance(vocab, type) and issubclass(vocab, StrEnum):
            values["choices"] = choices_hint(vocab, problems.lang)
    problems.add(row, problem.key, None, **values)
