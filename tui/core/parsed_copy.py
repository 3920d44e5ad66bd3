"""Parsed copies: opening a workbook again skips reading its TOML (issue 7).

Reading a big workbook is work the first paint waits for: the
300-stakeholder sample takes about 15 ms in the TOML parser and as much again
to check and decode. Most opens are of the same bytes as last time (the app's
own last save), so each save, and each open that had to parse, keeps the
decoded workbook in a cache folder, as Python keeps compiled modules; an open
of the very same bytes then takes about 5 ms.

Safe by construction (tui/core/sealed.py): a copy is looked up by the bytes
of the file, never by its name or age, so a file changed in any way (an
editor, ``git pull``, another session) misses and is parsed and checked as
always; it is sealed with a key only the workbook's bytes give, so deleting
the workbook leaves nothing behind that means anything; it builds only the
model's own classes; another version of Phakhi never reads it. The folder is
``$PHAKHI_CACHE_DIR``, else ``$XDG_CACHE_HOME/phakhi/parsed``, else
``~/.cache/phakhi/parsed``; the newest ``KEEP`` copies are kept. Any failure
to read or write one is silent: the file is then simply parsed.
"""

from __future__ import annotations

from tui.core.model import Workbook
from tui.core.sealed import MISSING, Kind

#: How many copies the folder keeps (the most recently used).
KEEP = 16

#: The modules that decide what a file decodes to.
_DECODING = (
    "tui.core.store",
    "tui.core.model",
    "tui.core.records",
    "tui.core.vocab",
    "tui.core.schema",
    "tui.core.codec",
    "tui.core.plain_records",
    "tui.core.derived",
)

COPIES = Kind(
    folder_name="parsed",
    nested=False,
    person=b"phakhi.parsed",
    magic=b"PHAKHI-PARSED-2\n",
    sources=_DECODING,
    modules=frozenset({"tui.core.model", "tui.core.records", "tui.core.vocab"}),
    keep_newest=KEEP,
)


def read(data: bytes) -> Workbook | None:
    """The workbook that the file bytes ``data`` decode to, if a copy was kept; else None."""
    workbook = COPIES.read(data)
    if workbook is MISSING:
        return None
    if not isinstance(workbook, Workbook):
        COPIES.forget(data)
        return None
    return workbook


def keep(data: bytes, workbook: Workbook) -> None:
    """Keep ``workbook`` as what ``data`` decodes to. Best effort, and never raises:
    a failure only costs the next open a parse."""
    COPIES.keep(data, workbook)
