"""Import and export: workbooks to and from the formats other tools and workshops use.

Pure functions on bytes and text — the ``phakhi import`` and ``phakhi export``
commands do the file handling:

* :func:`import_sources` — Kumu-style CSV (elements and connections), the
  ใบงาน 1 brainstorm sheet (sector columns or rows), a plain list, or a JSON
  export, to a :class:`~tui.core.model.Workbook` built through the Editor;
  or :class:`ImportProblems` listing every bad row (``FILE:ROW: what — fix``);
* :func:`export` — GraphML, GEXF, Kumu CSV, Graphviz DOT, JSON, and the
  Markdown/HTML report, optionally redacted.

One module per job. Import: :mod:`.source` (files in, results out),
:mod:`.decode` (encodings, delimiters), :mod:`.values` (the words in a
cell), :mod:`.columns` (headings), :mod:`.cells` (a row's values),
:mod:`.sheet` (workshop lists), :mod:`.connections` (From/To),
:mod:`.csv_import` (the whole import), :mod:`.json_io`,
:mod:`.graph_import` (GraphML, GEXF and DOT) with :mod:`.dot_import`,
:mod:`.importer` (which of them), :mod:`.problems`. Export: :mod:`.redact`,
:mod:`.attributes` and :mod:`.graphs` (GraphML, GEXF), :mod:`.csv_export`,
:mod:`.dot`, :mod:`.export`. networkx is imported only inside the graph
writers. Column names, encodings and each format's mapping:
docs/IMPORT_EXPORT.md.
"""

from __future__ import annotations

from tui.core.formats import ExportFormat
from tui.core.io.export import ExportFile, export, format_for, output_paths
from tui.core.io.importer import import_sources, is_json
from tui.core.io.problems import ImportProblems, RowProblem
from tui.core.io.source import Imported, Layout, Source, read_source

__all__ = [
    "ExportFile",
    "ExportFormat",
    "ImportProblems",
    "Imported",
    "Layout",
    "RowProblem",
    "Source",
    "export",
    "format_for",
    "import_sources",
    "is_json",
    "output_paths",
    "read_source",
]
