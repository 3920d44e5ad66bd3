"""The connections sheet: From and To resolved to stakeholders, Type and Strength read.

From and To name elements by their ``Label`` — or by their ``ID`` when the
elements sheet has an ID column, which is how two stakeholders with the same
name are told apart; a name that several elements share is refused with a
request for IDs. ``To`` may list several elements separated by ``|``, as
Kumu allows. ``Type`` is one of seed 001's relationships or one of seed
000's forms of tie. A tie from a stakeholder to itself, or a second tie
between the same two, is reported with the first one's row.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from tui.core.i18n import field_label
from tui.core.io.cells import extra_cells, row_values
from tui.core.io.columns import Column, Role, resolve
from tui.core.io.decode import Row
from tui.core.io.problems import Collector
from tui.core.io.values import choice, choices_hint, normal, unguard
from tui.core.model import Tie
from tui.core.schema import SECTION
from tui.core.vocab import Relation, Strength, TieForm

#: Kumu lets one To cell name several elements, separated by a pipe.
TO_SEPARATOR = "|"


class Named(Protocol):
    """What a From/To cell can point at: an element's row, name and ID."""

    row: int
    name: str
    ident: str


@dataclass
class Connection:
    row: int
    a: int  # positions in the list of elements
    b: int
    fields: dict[str, Any] = field(default_factory=dict)


class Index:
    """Finds the element a From/To cell names: its ID if the elements have IDs, else its name."""

    def __init__(self, elements: Sequence[Named]) -> None:
        self.elements = elements
        self.ids = {e.ident: i for i, e in enumerate(elements) if e.ident}
        self.names: dict[str, list[int]] = {}
        self.loose: dict[str, list[int]] = {}
        for i, element in enumerate(elements):
            self.names.setdefault(element.name, []).append(i)
            self.loose.setdefault(normal(element.name), []).append(i)

    def find(self, text: str) -> list[int]:
        if text in self.ids:
            return [self.ids[text]]
        return self.names.get(text) or self.loose.get(normal(text)) or []

    def closest(self, text: str) -> str | None:
        close = difflib.get_close_matches(text, list(self.names) + list(self.ids), n=1, cutoff=0.6)
        return close[0] if close else None


def read_connections(rows: list[Row], problems: Collector, index: Index, elements_name: str) -> list[Connection]:
    heading, body = rows[0], rows[1:]
    columns = resolve(Tie, heading, body, problems)
    ends = {column.role: column for column in columns if column.role in (Role.FROM, Role.TO)}
    if len(ends) < 2:
        problems.add(heading.number, "no_ends")
        return []
    type_column = next((c for c in columns if c.role is Role.TYPE), None)
    found: list[Connection] = []
    first_row: dict[frozenset[int], int] = {}
    for row in body:
        extra_cells(row, len(heading.cells), problems)
        values = row_values(row, columns, problems)
        if type_column is not None:
            _read_type(row, type_column, values, problems)
        if "strength" not in values and values.get("relation") is Relation.COLLABORATE:
            values["strength"] = Strength.STRONG  # the glossary: การมีส่วนร่วม is a tight tie
        froms = _ends(row, ends[Role.FROM], index, problems, elements_name, several=False)
        tos = _ends(row, ends[Role.TO], index, problems, elements_name, several=True)
        for a in froms:
            for b in tos:
                if a == b:
                    problems.add(row.number, "self_tie", name=index.elements[a].name)
                    continue
                pair = frozenset((a, b))
                if pair in first_row:
                    problems.add(
                        row.number,
                        "duplicate_tie",
                        a=index.elements[a].name,
                        b=index.elements[b].name,
                        first=first_row[pair],
                    )
                    continue
                first_row[pair] = row.number
                found.append(Connection(row.number, a, b, dict(values)))
    return found


def _ends(
    row: Row, column: Column, index: Index, problems: Collector, elements_name: str, *, several: bool
) -> list[int]:
    text = unguard(row.cell(column.index)).strip()
    names = [unguard(part.strip()) for part in text.split(TO_SEPARATOR)] if several else [text]
    found = []
    if not any(names):
        problems.add(row.number, "missing_end", column=f"{column.letter} ({column.heading})")
        return []
    for name in names:
        if not name:
            continue
        matches = index.find(name)
        if len(matches) == 1:
            found.append(matches[0])
        elif matches:
            rows = ", ".join(str(index.elements[i].row) for i in matches)
            problems.add(row.number, "ambiguous_end", name=name, rows=rows, elements=elements_name)
        else:
            suggestion = index.closest(name)
            hint = {"fix": "unknown_end_hint", "suggestion": suggestion} if suggestion else {}
            problems.add(row.number, "unknown_end", name=name, elements=elements_name, **hint)
    return found


def _read_type(row: Row, column: Column, values: dict[str, Any], problems: Collector) -> None:
    """Kumu's connection Type: one of the seed's relationships, or a form of tie (seed 000)."""
    text = unguard(row.cell(column.index)).strip()
    if not text:
        return
    for vocab, name in ((Relation, "relation"), (TieForm, "form")):
        value = choice(vocab, text)
        if value is None:
            continue
        if name in values and values[name] is not value:
            label = field_label(problems.lang, SECTION[Tie], name)
            problems.add(row.number, "type_conflict", value=text, field=label, other=values[name].value)
        values[name] = value
        return
    choices = f"{choices_hint(Relation, problems.lang)}; {choices_hint(TieForm, problems.lang)}"
    problems.add(row.number, "bad_type", column=f"{column.letter} ({column.heading})", value=text, choices=choices)
