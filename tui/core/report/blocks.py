"""What a report is made of: a few kinds of block, rendered the same way in every format.

The builder (:mod:`.build`) turns a workbook and its analyses into these
blocks, with every word already in the report's language; the renderers
(:mod:`.text`, :mod:`.markdown`, :mod:`.html`) only lay them out. A cell or a
value may hold several lines (``"\\n"``), e.g. a plan row's methods.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from tui.core.vocab import Language


@dataclass(frozen=True)
class Heading:
    """A title: level 1 the report's, 2 a section's, 3 a part of a section."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """Running text; ``note`` marks an aside (where a word comes from, a legend)."""

    text: str
    note: bool = False


@dataclass(frozen=True)
class Field:
    """One label and its value, with an optional note saying what it means."""

    label: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class Fields:
    """Label-value pairs: the project's step 1, a list of findings."""

    items: tuple[Field, ...]


@dataclass(frozen=True)
class Table:
    """A table with a header; every row has exactly as many cells as the header.

    Where a table is too wide for the page (plain text at 80 columns), it is
    printed as one record per row, titled by the row's first cell.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.header):
                raise ValueError(f"a row has {len(row)} cells for {len(self.header)} columns")


Block = Heading | Paragraph | Fields | Table


@dataclass(frozen=True)
class Report:
    """A whole report, ready to render: its language, its title and its blocks."""

    lang: Language
    title: str
    blocks: tuple[Block, ...]
    redacted: bool = False

    def map_text(self, change: Callable[[str], str]) -> Report:
        """The same report with ``change`` applied to every piece of text in it."""
        return replace(self, title=change(self.title), blocks=tuple(_map_block(b, change) for b in self.blocks))

    def texts(self) -> list[str]:
        """Every piece of text in the report (for tests and checks)."""
        found: list[str] = []

        def keep(text: str) -> str:
            found.append(text)
            return text

        self.map_text(keep)
        return found


def _map_block(block: Block, change: Callable[[str], str]) -> Block:
    if isinstance(block, Heading):
        return replace(block, text=change(block.text))
    if isinstance(block, Paragraph):
        return replace(block, text=change(block.text))
    if isinstance(block, Fields):
        return Fields(tuple(Field(change(f.label), change(f.value), change(f.note)) for f in block.items))
    return Table(tuple(change(c) for c in block.header), tuple(tuple(change(c) for c in row) for row in block.rows))
