"""Which importer reads a file: JSON for a workbook exported as JSON, GraphML and GEXF for a
network, CSV for everything else.

A file is taken for JSON when its name ends in ``.json`` or its first
character (after a byte-order mark and spaces) is ``{``; a CSV sheet never
starts with a brace in practice. A file is taken for a network when its name
ends in ``.graphml``, ``.gexf``, ``.dot`` or ``.gv``, or its content starts
as one does (:mod:`.graph_import`): never read as a list of names.
"""

from __future__ import annotations

from tui.core.io.csv_import import import_csv
from tui.core.io.graph_import import import_graph, is_graph
from tui.core.io.json_io import import_json
from tui.core.io.problems import Collector, ImportProblems
from tui.core.io.source import Imported, Source
from tui.core.vocab import Language


def is_json(source: Source) -> bool:
    if source.name.lower().endswith(".json"):
        return True
    return source.data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


def import_sources(
    elements: Source,
    connections: Source | None = None,
    *,
    lang: Language | str = Language.EN,
    language: Language | str | None = None,
    title: str = "",
) -> Imported:
    """The workbook in the files given, or ImportProblems with every problem found."""
    whole = is_json(elements) or is_graph(elements)
    if whole and connections is not None:  # the file holds the ties too
        problems = Collector(connections.name, Language(lang))
        problems.add(None, "json_with_connections" if is_json(elements) else "graph_with_connections")
        raise ImportProblems(problems.problems)
    if is_json(elements):
        return import_json(elements, lang=lang, language=language, title=title)
    if is_graph(elements):
        return import_graph(elements, lang=lang, language=language, title=title)
    return import_csv(elements, connections, lang=lang, language=language, title=title)
