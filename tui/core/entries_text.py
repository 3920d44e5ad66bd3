"""The text of a workbook's entries, kept per record: a save encodes only what changed.

A province's workbook is 40,000 records and half a million lines. Encoding
all of them takes longer than the second an edit has to reach the file, and
copying the workbook for a save thread takes almost as long, while an edit
changes one or two records. So each record's text is kept, keyed by the
record itself, and forgotten when a change sets one of its fields (every
change goes through the editor); records added, removed or moved keep their
text, as only the order of their list changes. The text is made on the
thread that edits, and a save thread writes the string: nothing shared.
The result is byte for byte what encoding the whole workbook gives (tested).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from tui.core import health, snapshots
from tui.core.codec import ARRAYS, encode_record, header
from tui.core.edit import Change, Editor
from tui.core.model import Snapshot, Workbook
from tui.core.records import Records


class EntriesText:
    """The entries of the editor's workbook as file text (without ``[analysis]``)."""

    def __init__(self, editor: Editor) -> None:
        #: id(record) -> (the record, its text); the record is held so its id is never reused meanwhile.
        self._kept: dict[int, tuple[object, str]] = {}
        #: Where :meth:`warm` goes on from.
        self._warming: Iterator[tuple[tuple[str, ...], object]] | None = None
        editor.listeners.append(self._forget)

    def _forget(self, change: Change) -> None:
        for record in change.records_set():
            self._kept.pop(id(record), None)

    def _records(self, workbook: Workbook) -> Iterator[tuple[tuple[str, ...], object]]:
        """Every record kept as a text of its own, with the path of its table."""
        for key in ARRAYS:
            for item in getattr(workbook, key):
                yield (key,), item
        for row in workbook.plan.rows:
            yield ("plan", "rows"), row
        for snapshot in workbook.snapshots:
            yield ("snapshots",), snapshot

    def _chunk(self, path: tuple[str, ...], record: object) -> str:
        from tui.core import toml_text  # imported here: needed to save, not to open and show

        entry = self._kept.get(id(record))
        if entry is not None and entry[0] is record:
            return entry[1]
        table = snapshots.table(record) if isinstance(record, Snapshot) else encode_record(record)
        text = toml_text.table_text(path, table, array=True)
        self._kept[id(record)] = (record, text)
        return text

    def warm(self, workbook: Workbook, count: int) -> bool:
        """Make the text of up to ``count`` more records; True when every record was seen.

        Called in short slices while the user reads the first screen, so that the
        first save of a big workbook has (almost) nothing left to encode. A record
        added or moved meanwhile may be missed; :meth:`text` makes whatever is."""
        if self._warming is None:
            self._warming = self._records(workbook)
        for made, (path, record) in enumerate(self._warming, 1):
            self._chunk(path, record)
            if made == count:
                return False
        return True

    def text(self, workbook: Workbook) -> str:
        from tui.core import toml_text

        # Texts of records removed since are dropped now and then, not at every save:
        # rebuilding the table each time makes garbage that a collection must then scan.
        records = len(workbook.stakeholders) + len(workbook.ties) + len(workbook.plan.rows) + len(workbook.snapshots)
        if len(self._kept) > 2 * records + 64:
            self._kept.clear()
        parts = [toml_text.dumps(header(workbook))]
        project = encode_record(workbook.project)
        if project:
            parts.append(toml_text.table_text(("project",), project))
        for key in ARRAYS:
            parts.extend(self._chunk((key,), item) for item in getattr(workbook, key))
        plan = encode_record(dataclasses.replace(workbook.plan, rows=Records()))
        if plan or workbook.plan.rows:
            parts.append(toml_text.table_text(("plan",), plan))
            parts.extend(self._chunk(("plan", "rows"), row) for row in workbook.plan.rows)
        # A few reviews, their text made again at each save.
        parts.extend(toml_text.table_text(("health",), health.table(review), array=True) for review in workbook.health)
        parts.extend(self._chunk(("snapshots",), snapshot) for snapshot in workbook.snapshots)  # never changed
        return "".join(parts)
