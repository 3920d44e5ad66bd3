"""Which importer reads a file: JSON for a workbook exported as JSON, CSV for everything else.

A file is taken for JSON when its name ends in ``.json`` or its first
character (after a byte-order mark and spaces) is ``{``; a CSV sheet never
starts with a brace in practice.
"""

from __future__ import annotations

from tui.core.io.csv_import import import_csv
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
    if is_json(elements):
        if connections is not None:
            problems = Collector(connections.name, Language(lang))
            problems.add(None, "json_with_connections")
            raise ImportProblems(problems.problems)
        return import_json(elements, lang=lang, language=language, title=title)
    return import_csv(elements, connections, lang=lang, language=language, title=title)
