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
briefly as the lock is held by anything else. A session of a server's asks the
server's one analysis service instead (tui/core/analysis_service.py), which
answers with these same functions.

The child reads the entries' text on its standard input, parses it as a load
does, and writes the section as JSON; the app writes it into the file. The
child also keeps the parsed copy of the file the app will then write (the
entries and this section), so the next open of it need not parse it.

The map's child (``--map``, :func:`map_lines`) reads only the network, the
stakeholders' ids and the ties' ends, as JSON, and writes what the map takes
from the analyses, one JSON line each as soon as it is known: the clusters
(Louvain, what the drawing waits for), then the roles it can mark. So the app
itself never imports networkx for the map (about 14 MB for a workshop's map,
40 MB the allocator keeps after clustering a province's).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
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
        #: The children running now (the analysis of a save and the map's may run together).
        self._processes: set[subprocess.Popen[bytes]] = set()
        self._lock = threading.Lock()
        #: Set by :meth:`stop`: a child started after it is killed at once.
        self._stopped = False

    def work_out(self, entries: str, path: Path) -> dict[str, Any]:
        """The section of ``entries`` (the text of ``path`` before its ``[analysis]``
        line); blocks until the child is done. Raises RuntimeError with what the child
        said if it failed."""
        (section,) = self.lines(str(path), entries.encode("utf-8"))
        return section

    def map_lines(
        self, stakeholders: list[str], ends: list[tuple[str, str]], file: tuple[str, str] | None = None
    ) -> Iterator[dict[str, Any]]:
        """What the map takes from the analyses of this network (:func:`map_lines`), each
        part as the child writes it: ``{"clusters": …}``, then ``{"roles": …}``."""
        network = {"stakeholders": stakeholders, "ends": ends, "file": file}
        return self.lines("--map", json.dumps(network).encode("utf-8"))

    def lines(self, argument: str, data: bytes) -> Iterator[dict[str, Any]]:
        """Start a child with ``argument``, give it ``data``, and yield each JSON line it
        writes as it comes. Raises RuntimeError with what the child said if it failed
        (or was stopped)."""
        process = subprocess.Popen(
            self.command(argument), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        with self._lock:
            self._processes.add(process)
            if self._stopped:  # stopped while this one was starting
                process.kill()
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        try:
            with contextlib.suppress(OSError):  # a child that failed at once says why below
                process.stdin.write(data)
                process.stdin.close()
            for line in process.stdout:
                yield json.loads(line)
            said = process.stderr.read()
            code = process.wait()
        finally:
            with self._lock:
                self._processes.discard(process)
            if process.poll() is None:  # the caller stopped listening
                process.kill()
                process.wait()
            for stream in (process.stdout, process.stderr):
                stream.close()
        if code != 0:
            raise RuntimeError(said.decode("utf-8", "replace").strip() or f"exit status {code}")

    def command(self, argument: str) -> list[str]:
        """The child's command line: this module, run by the app's own Python."""
        return [sys.executable, "-m", __name__, argument]

    def stop(self) -> None:
        """The app is going: the analyses it would have used are not wanted any more."""
        with self._lock:
            self._stopped = True
            for process in self._processes:
                if process.poll() is None:
                    process.kill()


def map_lines(network: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """What the map takes from the analyses of ``network`` (``stakeholders``: ids in
    workbook order; ``ends``: each tie's two ends): its clusters, then its roles. Read from
    the current section of ``file`` (its path, and the digest its bytes must have) when it
    has one, else worked out."""
    from tui.core.analysis.graph import bare_graph
    from tui.core.analysis.network import read_clusters, read_network
    from tui.core.derived_read import MAP_ROLES

    read = _map_reading_of_file(network)
    if read is not None:
        yield {"clusters": read[0]}
        yield {"roles": read[1]}
        return

    graph = bare_graph(network["stakeholders"], (tuple(ends) for ends in network["ends"]))
    clusters = read_clusters(graph)
    yield {"clusters": clusters}
    found = read_network(graph, clusters)
    yield {"roles": {role: getattr(found, role) for role in MAP_ROLES}}


def _map_reading_of_file(network: dict[str, Any]) -> tuple[Any, Any] | None:
    """The clusters and roles the file's current section gives ``network``, if it does."""
    import hashlib

    from tui.core import derived_read
    from tui.core.reading import read_regular
    from tui.core.store import MAX_BYTES

    if not network.get("file"):
        return None
    path, digest = network["file"]
    try:
        data = read_regular(Path(path), MAX_BYTES)
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != digest:
        return None
    ends = tuple((a, b) for a, b in network["ends"])
    return derived_read.network_reading(tuple(network["stakeholders"]), ends, derived_read.map_section(data))


def main() -> None:
    with contextlib.suppress(OSError):
        os.nice(NICENESS)
    try:
        given = sys.stdin.buffer.read().decode("utf-8")
        if sys.argv[1] == "--map":
            for part in map_lines(json.loads(given)):
                sys.stdout.write(json.dumps(part) + "\n")
                sys.stdout.flush()  # the clusters go at once: the map is drawn from them
        else:
            sys.stdout.write(json.dumps(worked_out(given, sys.argv[1])))
    except Exception as error:  # noqa: BLE001 - the app says it once, and the file says the analysis is pending
        sys.stderr.write(str(error))
        sys.exit(1)


if __name__ == "__main__":
    main()
