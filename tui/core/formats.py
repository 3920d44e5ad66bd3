"""The formats ``phakhi export`` and ``phakhi report`` write, in one place.

A module of its own, importing nothing, so that the command line's parser
offers them (``--format``) without importing the writers: they are what
tui.core.io.export and tui.core.report write.
"""

from __future__ import annotations

from enum import StrEnum


class ExportFormat(StrEnum):
    GRAPHML = "graphml"
    GEXF = "gexf"
    CSV = "csv"
    DOT = "dot"
    JSON = "json"
    MD = "md"
    HTML = "html"


class ReportFormat(StrEnum):
    MD = "md"
    TXT = "txt"
    HTML = "html"
