"""Working out the ``[analysis]`` section in a process of its own.

Worked out in a thread of the app, the analyses (seconds of Python for a
province's network) held the interpreter's global lock against the thread
that reads keys: on a busy 2-core machine, while the analysis of 3,000
stakeholders ran, keys waited 0.6 to 0.85 s each and the next autosave came
too late for the promise that a crash loses at most the last second. A child
process shares no lock with the app, and it asks for a lower priority, so
keys come first for the processor too.

A child costs a Python start and networkx's import (half a second to a
second of processor time) at every analysis, where a small workbook's
analysis takes a few milliseconds: forty workshop sessions saving every few
seconds would spend their server on starting children. So a workbook under
IN_A_CHILD_FROM stakeholders and ties is worked out in the app's thread, as
briefly as the lock is held by anything else.

The child reads the entries' text on its standard input, parses it as a load
does, and writes the section as JSON; the app writes it into the file. The
child also keeps the parsed copy of the file the app will then write (the
entries and this section), so the next open of it need not parse it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

#: How much lower the child's priority is than the app's (nice(2) steps).
NICENESS = 10
#: Stakeholders and ties from which the analysis is worked out in a child (about 0.2 s of
#: work in the app's thread: the large sample's 1,200 take 0.16 s).
IN_A_CHILD_FROM = 1500


def work_out(entries: str, path: Path, records: int, child: AnalysisChild) -> dict[str, Any]:
    """The section of ``entries``, from a workbook of ``records`` stakeholders and ties:
    in ``child`` for a big one, else here."""
    return child.work_out(entries, path) if records >= IN_A_CHILD_FROM else worked_out(entries, str(path))


def worked_out(entries: str, path: str) -> dict[str, Any]:
    """The section of ``entries`` as it will be written, and the parsed copy of the file
    that writes it there."""
    from tui.core import derived, parsed_copy, store

    workbook = store.parse(entries.encode("utf-8"), path)
    # Through JSON and back, as the app has it from a child, so the bytes kept are the ones it writes.
    section: dict[str, Any] = json.loads(json.dumps(derived.section(workbook, entries)))
    parsed_copy.keep(store.file_text(entries, section).encode("utf-8"), workbook)
    return section


class AnalysisChild:
    """The one child working out an analysis at a time, so that quitting can stop it."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    def work_out(self, entries: str, path: Path) -> dict[str, Any]:
        """The section of ``entries`` (the text of ``path`` before its ``[analysis]``
        line); blocks until the child is done. Raises RuntimeError with what the child
        said if it failed."""
        with self._lock:
            self._process = subprocess.Popen(
                self.command(path), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
        try:
            out, err = self._process.communicate(entries.encode("utf-8"))
        finally:
            with self._lock:
                code, self._process = self._process.returncode, None
        if code != 0:
            raise RuntimeError(err.decode("utf-8", "replace").strip() or f"exit status {code}")
        section: dict[str, Any] = json.loads(out)
        return section

    def command(self, path: Path) -> list[str]:
        """The child's command line: this module, run by the app's own Python."""
        return [sys.executable, "-m", __name__, str(path)]

    def stop(self) -> None:
        """The app is going: the analysis it would have written is not wanted any more."""
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                self._process.kill()


def main() -> None:
    with contextlib.suppress(OSError):
        os.nice(NICENESS)
    try:
        section = worked_out(sys.stdin.buffer.read().decode("utf-8"), sys.argv[1])
    except Exception as error:  # noqa: BLE001 - the app says it once, and the file says the analysis is pending
        sys.stderr.write(str(error))
        sys.exit(1)
    sys.stdout.write(json.dumps(section))


if __name__ == "__main__":
    main()
