"""Spreadsheets to a workbook: Kumu-style elements and connections, or the workshop's lists.

::

    imported = import_csv(Source("elements.csv", data), Source("connections.csv", data2))
    imported.workbook      # a Workbook, every entry made through the Editor

The elements file may be a table with a name column (Kumu's ``Label``, or
any heading :mod:`.columns` knows), the ใบงาน 1 brainstorm sheet in sector
columns or rows, or a plain list (:mod:`.sheet`). The connections file
is a table with ``From`` and ``To`` naming elements by ``Label`` — or by
``ID`` when the elements have an ID column, which is how two stakeholders
with the same name are told apart (:mod:`.connections`).

It is all or nothing: every row of both files is read and every problem
collected (``FILE:ROW: what — fix``) before anything is built, and
ImportProblems is raised if there is one. The workbook is then built
through :class:`tui.core.edit.Editor`, so an import obeys exactly the rules
of typing the same values into the app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tui.core.edit import EditError, Editor
from tui.core.i18n import tr
from tui.core.io.cells import extra_cells, report_cell, row_values, text_value
from tui.core.io.columns import Role, column_letter, known_heading, resolve
from tui.core.io.connections import Connection, Index, read_connections
from tui.core.io.decode import Row, decode, read_rows
from tui.core.io.problems import Collector, ImportProblems
from tui.core.io.sheet import Reading, plain_list, sector_columns, sector_rows
from tui.core.io.source import Imported, Layout, Source
from tui.core.io.values import CellProblem, strip_numbering, unguard
from tui.core.model import Stakeholder, Workbook
from tui.core.schema import MAX_STAKEHOLDERS, MAX_TIES, FieldSpec, spec_of
from tui.core.vocab import Language

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("io.records.",)

_THAI = re.compile("[\u0e00-\u0e7f]")


@dataclass
class _Element:
    row: int
    name: str
    ident: str = ""
    fields: dict[str, Any] = field(default_factory=dict)


def import_csv(
    elements: Source,
    connections: Source | None = None,
    *,
    lang: Language | str = Language.EN,
    language: Language | str | None = None,
    title: str = "",
) -> Imported:
    """The workbook in ``elements`` (and ``connections``), or ImportProblems with every problem.

    ``lang`` is the language of the messages; ``language`` the workbook's
    (default: Thai if the files hold Thai letters, else English).
    """
    lang = Language(lang)
    element_problems = Collector(elements.name, lang)
    tie_problems = Collector(connections.name, lang) if connections else None
    encodings: dict[str, str] = {}
    texts: list[str] = []
    element_rows = _rows(elements, element_problems, encodings, texts)
    tie_rows = _rows(connections, tie_problems, encodings, texts) if connections and tie_problems else None
    return import_tables(element_rows, tie_rows, element_problems, tie_problems, encodings, texts, language, title)


def import_tables(
    element_rows: list[Row] | None,
    tie_rows: list[Row] | None,
    element_problems: Collector,
    tie_problems: Collector | None,
    encodings: dict[str, str],
    texts: list[str],
    language: Language | str | None = None,
    title: str = "",
    project: dict[str, str] | None = None,
) -> Imported:
    """The workbook in tables already read (a heading row, then one row a record): a sheet's,
    or a graph file's nodes and edges (:mod:`.graph_import`). ``texts``: everything read, to
    tell the workbook's language; ``project``: the project's fields by name, set as typed."""
    layout, found = Layout.ELEMENTS, list[_Element]()
    if element_rows:
        layout, found = _read_elements(element_rows, element_problems)
    elif element_rows is not None:
        element_problems.add(None, "empty")
    ties: list[Connection] = []
    if tie_rows and tie_problems and element_rows is not None:  # ends cannot be found in an unreadable file
        ties = read_connections(tie_rows, tie_problems, Index(found), element_problems.path)
    if element_rows and not found and not element_problems.problems:
        element_problems.add(None, "no_names")
    # Counted before anything is built: building a workbook far too big to open takes minutes.
    _at_most(len(found), MAX_STAKEHOLDERS, "stakeholders", element_problems)
    if tie_problems:
        _at_most(len(ties), MAX_TIES, "ties", tie_problems)
    collectors = [element_problems] + ([tie_problems] if tie_problems else [])
    _raise_if_any(collectors, encodings)
    chosen = Language(language) if language else (Language.TH if any(_THAI.search(t) for t in texts) else Language.EN)
    workbook = _build(chosen, title, found, ties, element_problems, tie_problems, project or {})
    _raise_if_any(collectors, encodings)
    return Imported(workbook, layout, encodings)


def _at_most(count: int, limit: int, name: str, problems: Collector) -> None:
    """More records than the loader opens (tui.core.schema) are a problem of the file."""
    if count > limit:
        what = tr(problems.lang, f"io.records.{name}")
        problems.add(None, "too_many", what=what, count=count, over=count - limit, limit=limit)


def _raise_if_any(collectors: list[Collector], encodings: dict[str, str]) -> None:
    problems = [problem for collector in collectors for problem in collector.sorted()]
    if problems:
        raise ImportProblems(problems, encodings)


def _rows(source: Source, problems: Collector, encodings: dict[str, str], texts: list[str]) -> list[Row] | None:
    decoded = decode(source.data, problems)
    if decoded is None:
        return None
    text, encoding = decoded
    encodings[source.name] = encoding
    texts.append(text)
    return read_rows(text, problems)


# --- elements ---------------------------------------------------------------


def _read_elements(rows: list[Row], problems: Collector) -> tuple[Layout, list[_Element]]:
    """The stakeholders of any of the four layouts, tried from the most specific."""
    for layout, reading in (
        (Layout.SECTOR_COLUMNS, sector_columns(rows)),
        (Layout.SECTOR_ROWS, sector_rows(rows)),
    ):
        if reading is not None:
            return layout, _listed(reading, problems)
    heading_names = [cell for cell in rows[0].cells if cell.strip()]
    if any(known_heading(Stakeholder, cell) for cell in heading_names):
        return Layout.ELEMENTS, _element_table(rows, problems)
    reading = plain_list(rows)
    if reading is not None:
        return Layout.LIST, _listed(reading, problems)
    problems.add(rows[0].number, "no_name_column")
    return Layout.ELEMENTS, []


def _listed(reading: Reading, problems: Collector) -> list[_Element]:
    for row, index in reading.stray:
        problems.add(row, "stray_cell", column=column_letter(index))
    found = []
    for item in reading.names:
        fields: dict[str, Any] = {"sector": item.sector} if item.sector else {}
        try:
            text_value(_spec("name"), item.name)
        except CellProblem as problem:
            report_cell(problems, item.row, None, item.name, problem)
            continue
        found.append(_Element(item.row, item.name, fields=fields))
    return found


def _spec(name: str) -> FieldSpec:
    spec = spec_of(Stakeholder, name)
    assert spec is not None
    return spec


def _element_table(rows: list[Row], problems: Collector) -> list[_Element]:
    heading, body = rows[0], rows[1:]
    columns = resolve(Stakeholder, heading, body, problems)
    if not any(column.key == "name" for column in columns):
        problems.add(heading.number, "no_name_column")
        return []
    found: list[_Element] = []
    for row in body:
        extra_cells(row, len(heading.cells), problems)
        values = row_values(row, columns, problems)
        ident = next((unguard(row.cell(c.index)).strip() for c in columns if c.role is Role.ID), "")
        name = strip_numbering(values.pop("name", ""))
        if not name:
            if values or ident:
                problems.add(row.number, "no_name")
            continue  # an unused numbered line of the worksheet ("2.")
        found.append(_Element(row.number, name, ident, values))
    first_row: dict[str, int] = {}
    for element in found:
        if not element.ident:
            continue
        if element.ident in first_row:
            problems.add(element.row, "duplicate_id", id=element.ident, first=first_row[element.ident])
        else:
            first_row[element.ident] = element.row
    return found


# --- building ---------------------------------------------------------------


def _build(
    language: Language,
    title: str,
    elements: list[_Element],
    ties: list[Connection],
    element_problems: Collector,
    tie_problems: Collector | None,
    project: dict[str, str],
) -> Workbook:
    """The workbook made through the Editor; anything it refuses becomes a problem of its row."""
    workbook = Workbook(language=language)
    editor = Editor(workbook)
    for name, value in (project | ({"title": title} if title else {})).items():
        try:
            editor.set_project(name, value)
        except EditError as error:
            element_problems.add_text(None, f"{'--title' if name == 'title' else name}: {error}", "title")
    ids: list[str] = []
    for element in elements:
        try:
            ids.append(editor.add_stakeholder(element.name, **element.fields).id)
        except EditError as error:
            element_problems.add_text(element.row, str(error), "cell")
            ids.append("")
    for tie in ties:
        if not ids[tie.a] or not ids[tie.b]:
            continue
        try:
            editor.add_tie(ids[tie.a], ids[tie.b], **tie.fields)
        except EditError as error:
            assert tie_problems is not None
            tie_problems.add_text(tie.row, str(error), "cell")
    return workbook
