"""The last place for edits: when neither the workbook nor a recovery copy could be written.

A quit (or a dropped link) with edits that no file holds — the workbook's
folder refused them and so did the recovery folder (a full disk, a home on a
network share that went away) — must never lose them silently. After the
app has left the screen, the command writes the whole workbook to a new
owner-only file in the temporary folder (``tempfile.gettempdir()``: most
often a different disk), prints where, and exits non-zero; if even that
fails, it prints the workbook itself on stderr, to be copied from the
terminal.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tui.core import store
from tui.core.document import Document


def needed(document: Document) -> bool:
    """Does the document hold edits that neither its file nor its recovery copy has?"""
    kept = document.keeper.generation
    return document.dirty and (kept is None or kept < document.editor.generation)


def write(document: Document) -> Path:
    """The workbook in a new owner-only file in the temporary folder; raises OSError."""
    text = document.snapshot().entries.encode("utf-8")  # the entries: the analysis is worked out again on open
    stem = document.path.stem or "workbook"
    fd, name = tempfile.mkstemp(prefix=f"phakhi-unsaved-{stem}-", suffix=".toml", dir=tempfile.gettempdir())
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), store.PRIVATE_MODE)  # mkstemp's 0600 already; said, not assumed
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)
