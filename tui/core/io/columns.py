"""Which column holds which field: headings matched to the model, whatever the wording.

A heading may be our field's name (``sector``, ``influence``), its Thai or
English label from :mod:`tui.core.i18n` (``ภาค (ไตรพลัง)``, ``Sector``, and
the label without its bracket or after its colon: ``ภาค``, ``อิทธิพล``), a
heading of the course's own worksheets (ใบงาน 1 part 3, seed 001), or one of
Kumu's (``Label``, ``Type``, ``Description``; ``From``, ``To``, ``Type``,
``Strength``) — compared without case, spaces, hyphens or underscores.

Kumu's ``End Date`` is the day a stakeholder left the network or a tie
ended. Nothing is dropped without a word: a column that matches nothing but
holds data is a problem (with a "did you mean"); an unmatched column that is
empty everywhere is skipped, and so are the ``analysis_*`` columns an export
writes and its ``Start Date`` and the years in its ``Tags`` (all worked out
again from the entries); ``Tags`` that hold anything but years is a problem.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from enum import Enum

from tui.core import model
from tui.core.i18n import MESSAGES
from tui.core.io.attributes import END_DATE, START_DATE, TAGS
from tui.core.io.decode import Row
from tui.core.io.problems import Collector
from tui.core.io.values import normal
from tui.core.schema import SECTION, FieldSpec, fields_of, spec_of

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("field.",)

#: Columns an export writes with what Phakhi worked out; skipped on import.
DERIVED_PREFIX = "analysis_"


class Role(Enum):
    FIELD = "field"  # one of the record's fields
    ID = "id"  # the element's ID (Kumu): what From/To may refer to
    FROM = "from"
    TO = "to"
    TYPE = "type"  # a connection's Type: its relation or its form
    SKIP = "skip"  # derived columns, Kumu's Direction and connection IDs


@dataclass(frozen=True)
class Column:
    index: int
    heading: str
    role: Role
    spec: FieldSpec | None = None

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def key(self) -> str:
        """What the column fills: two columns with the same key clash."""
        return self.spec.name if self.spec else self.role.value


#: Headings that are not labels: Kumu's, the worksheets' (seed 001, ใบงาน 1 part 3), common words.
ELEMENT_WORDS = {
    "label": "name",
    "ชื่อ": "name",
    "ชื่อภาคี": "name",
    "ภาคี": "name",
    "รายชื่อ": "name",
    "names": "name",
    "stakeholder": "name",
    "stakeholders": "name",
    "ผู้มีส่วนได้ส่วนเสีย": "name",
    "ชื่อผู้มีส่วนได้เสีย/ภาคี": "name",
    "รายชื่อภาคี/ผู้มีส่วนได้เสียที่เกี่ยวข้องกับโครงการ": "name",  # the brainstorm sheet's title
    "รายชื่อภาคี/ผู้มีส่วนได้เสียที่เกี่ยวข้องกับโครงการ (คน/กลุ่ม/องค์กร)": "name",
    "รายชื่อ (คน/กลุ่ม/องค์กร)": "name",
    "type": "kind",
    "description": "characteristics",
    "ไตรพลัง": "sector",
    "ภาคส่วน": "sector",
    "ชื่อคนที่ติดต่อได้": "contact",
    "ผลกระทบภาคีในโครงการจากโครงการอย่างไร": "impact",
    "อิทธิพลภาคีมีอิทธิพลต่อโครงการอย่างไร": "influence_how",
    "อะไรสำคัญต่อภาคี": "what_matters",
    "ภาคีช่วยอะไรโครงการได้บ้าง": "can_help",
    "ภาคีเป็นอุปสรรคอย่างไรต่อโครงการ": "may_obstruct",
    END_DATE: "left",
}
CONNECTION_WORDS = {
    "description": "notes",
    "ความสัมพันธ์": "relation",
    "ความแน่นแฟ้น": "strength",
    END_DATE: "ended",
}
ELEMENT_ROLES = {"id": Role.ID, "รหัส": Role.ID, START_DATE: Role.SKIP}
#: An export's ``Tags``: years, for Kumu's tagged timeline (worked out again on import).
YEARS = re.compile(r"\d{4}(\|\d{4})*")
CONNECTION_ROLES = {
    "from": Role.FROM,
    "จาก": Role.FROM,
    "a": Role.FROM,
    "to": Role.TO,
    "ถึง": Role.TO,
    "b": Role.TO,
    "type": Role.TYPE,
    "ประเภท": Role.TYPE,
    "id": Role.SKIP,
    "รหัส": Role.SKIP,
    "direction": Role.SKIP,  # Kumu's; ties are undirected
    START_DATE: Role.SKIP,
}


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column as a spreadsheet names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _without_bracket(text: str) -> str:
    """``อิทธิพล (1-5)`` -> ``อิทธิพล``."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", text)


def _before_colon(text: str) -> str:
    """``อิทธิพล: ภาคีมีอิทธิพลต่อโครงการเราอย่างไร`` -> ``อิทธิพล``."""
    return text.split(":", 1)[0]


def aliases(record: type, words: dict[str, str]) -> dict[str, str]:
    """Normalised heading -> field name; the first claim wins (names, labels, words, short forms)."""
    section = SECTION[record]
    names = [spec.name for spec in fields_of(record) if spec.name not in ("id", "a", "b")]
    table: dict[str, str] = {}
    for name in names:
        table.setdefault(normal(name), name)
    for name in names:
        for text in MESSAGES[f"field.{section}.{name}"]:
            table.setdefault(normal(text), name)
    for word, name in words.items():
        table.setdefault(normal(word), name)
    # Short forms last, a label without its bracket before one cut at its colon: a bare
    # "อิทธิพล" is the score (อิทธิพล (1-5)), not the worksheet's question (อิทธิพล: …อย่างไร).
    for shorten in (_without_bracket, _before_colon):
        for name in names:
            for text in MESSAGES[f"field.{section}.{name}"]:
                table.setdefault(normal(shorten(text)), name)
    return table


def _roles(record: type) -> dict[str, Role]:
    if record is model.Tie:
        roles = {normal(word): role for word, role in CONNECTION_ROLES.items()}
        for end, role in (("a", Role.FROM), ("b", Role.TO)):
            for text in MESSAGES[f"field.tie.{end}"]:
                roles.setdefault(normal(text), role)
        return roles
    return {normal(word): role for word, role in ELEMENT_ROLES.items()}


@functools.cache
def _table(record: type) -> dict[str, str]:
    return aliases(record, ELEMENT_WORDS if record is model.Stakeholder else CONNECTION_WORDS)


def known_heading(record: type, heading: str) -> bool:
    """Does ``heading`` name a field or a role of ``record``'s sheet?"""
    key = normal(heading)
    return key in _roles(record) or key in _table(record)


def resolve(record: type, heading: Row, rows: list[Row], problems: Collector) -> list[Column]:
    """The columns of a sheet of ``record`` (Stakeholder or Tie), problems reported by row 1."""
    table = _table(record)
    roles = _roles(record)
    columns: list[Column] = []
    for index, raw in enumerate(heading.cells):
        text = raw.strip()
        key = normal(text)
        used = any(row.cell(index).strip() for row in rows)
        if not key:
            if used:
                problems.add(heading.number, "no_heading", column=column_letter(index))
            continue
        if key.startswith(normal(DERIVED_PREFIX)):
            continue
        if key == normal(TAGS) and all(YEARS.fullmatch(row.cell(index).strip() or "0000") for row in rows):
            continue  # the years an export writes for Kumu's timeline
        if key in roles:
            columns.append(Column(index, text, roles[key]))
        elif key in table:
            columns.append(Column(index, text, Role.FIELD, spec_of(record, table[key])))
        elif used:
            # Suggest the field's own name (``influence_how``), whichever of its words came close.
            readable = {**{word: word for word in roles}, **table}
            close = difflib.get_close_matches(key, list(readable), n=1, cutoff=0.6)
            hint = {"fix": "unknown_column_hint", "suggestion": readable[close[0]]} if close else {}
            problems.add(heading.number, "unknown_column", column=column_letter(index), heading=text, **hint)
    seen: dict[str, Column] = {}
    for column in columns:
        if column.role is Role.SKIP:
            continue
        if column.key in seen:
            first = seen[column.key]
            problems.add(
                heading.number,
                "duplicate_column",
                first=f"{first.letter} ({first.heading})",
                second=f"{column.letter} ({column.heading})",
            )
        else:
            seen[column.key] = column
    return columns
