"""The palette's "keep a snapshot of the network": ``phakhi snapshot`` from inside the app.

The snapshot is taken in a thread, with the measures of the file's current
``[analysis]`` section (worked out there only when the workbook has unsaved
edits: the analyses of a province's network take seconds); if the workbook changed meanwhile
(or changed under the thread's reading), it is worked out again from the new
one. It is kept as one change, which ctrl+z takes back, and labelled with
the day (``2026-03-01``, then ``2026-03-01 (2)`` for a second that day).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tui import days
from tui.core.i18n import tr
from tui.core.model import Snapshot

if TYPE_CHECKING:
    from tui.app import PhakhiApp

#: How many times a snapshot is worked out again while edits keep coming.
TRIES = 5


def free_label(taken: set[str], day: str) -> str:
    """The day, or the day with the first number that makes it a label of its own."""
    if day not in taken:
        return day
    number = 2
    while f"{day} ({number})" in taken:
        number += 1
    return f"{day} ({number})"


def keep_snapshot(app: PhakhiApp, day: str | None = None) -> None:
    """Work a snapshot out in a thread, then keep it in the workbook (and say so)."""
    from tui.core.snapshots import take

    document = app.document
    day = day or days.today().isoformat()

    def work(tries: int = TRIES) -> None:
        generation = document.editor.generation
        try:  # the file's current [analysis] has the measures; else they are worked out here
            snapshot: Snapshot | None = take(document.workbook, "", day, document.saved_analysis())
        except RuntimeError:  # a list changed size under the reading: read it again
            snapshot = None
        app.call_from_thread(kept, snapshot, generation, tries)

    def kept(snapshot: Snapshot | None, generation: int, tries: int) -> None:
        if app.document is not document:
            return  # another workbook was opened meanwhile
        if snapshot is None or generation != document.editor.generation:
            if tries > 1:
                app.run_worker(lambda: work(tries - 1), thread=True, group="snapshot")
            return
        label = free_label({s.label for s in document.workbook.snapshots}, day)
        document.editor.add_snapshot(dataclasses.replace(snapshot, label=label))
        app.notify(tr(app.lang, "snapshot.kept", label=label), timeout=3)

    app.run_worker(work, thread=True, group="snapshot")
