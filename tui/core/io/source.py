"""What an import reads: a file's name and bytes, and what came out of it.

Import functions take bytes, not paths, so they are pure and testable
without files; :func:`read_source` is the one place that touches the disk,
and turns a missing, unreadable or oversized file into a problem like any
other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from tui.core.io.problems import Collector, ImportProblems
from tui.core.model import Workbook
from tui.core.reading import NotRegularFile, TooBig, not_regular_message, read_regular
from tui.core.store import MAX_BYTES
from tui.core.vocab import Language


@dataclass(frozen=True)
class Source:
    """One file to import: the name used in messages, and its bytes."""

    name: str
    data: bytes


class Layout(StrEnum):
    """How the stakeholders were laid out in the file imported."""

    ELEMENTS = "elements"  # a table with a Label (name) column: Kumu, ใบงาน 1 part 3
    SECTOR_COLUMNS = "sector_columns"  # ใบงาน 1 part 1 typed in columns ประชาชน / วิชาการ / ภาครัฐ
    SECTOR_ROWS = "sector_rows"  # ใบงาน 1 part 1 as printed: a sector, then its names across
    LIST = "list"  # one column of names
    JSON = "json"  # a workbook exported as JSON
    GRAPH = "graph"  # GraphML or GEXF: nodes and edges


@dataclass(frozen=True)
class Imported:
    """A workbook built from the files, how the first was laid out, and each file's encoding."""

    workbook: Workbook
    layout: Layout
    encodings: dict[str, str] = field(default_factory=dict)
    #: Attributes of a graph file that name no field of the workbook (Gephi's own), left out.
    skipped: tuple[str, ...] = ()
    #: Edges of a graph file given in both directions, taken as one tie each.
    merged: int = 0


def read_source(path: Path | str, lang: Language) -> Source:
    """The bytes of ``path``, or ImportProblems saying why they cannot be read: only a
    regular file is read, and at most MAX_BYTES of it (tui.core.reading)."""
    path = Path(path)
    problems = Collector(str(path), lang)
    try:
        return Source(str(path), read_regular(path, MAX_BYTES))
    except NotRegularFile as error:
        if error.kind == "folder":
            problems.add(None, "is_folder")
        else:
            problems.add_text(None, not_regular_message(lang, path, error.kind), "not_regular")
    except TooBig as error:
        problems.add(None, "too_big", size=f"{error.size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024)
    except FileNotFoundError:
        problems.add(None, "not_found")
    except OSError as error:
        problems.add(None, "unreadable", reason=error.strerror or str(error))
    raise ImportProblems(problems.problems)
