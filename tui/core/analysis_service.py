"""One analysis process for all the sessions of a server (``phakhi serve``, ``phakhi workshop``).

A session works out the ``[analysis]`` section of a small workbook, and the
clusters of its map, in a thread of its own (tui/core/analysis_child.py says
why not in a child each time): so each session imports networkx, 12.5 MB of
the 60 MB a workshop session may hold, forty times on one server. A server
starts one service instead, which imports networkx once, at a lower priority
(NICENESS, as the child), and answers every session's requests on a Unix
socket in a folder only its user can enter; the sessions find it by the
environment variable SOCKET_VARIABLE, and never import networkx themselves.

The service answers what the child answers, with the child's own functions:
the section of an entries text (:func:`analysis_child.work_out`), and the
map's clusters, then roles (:func:`analysis_child.map_lines`); a big workbook's
(``IN_A_CHILD_FROM`` stakeholders and ties) in a child of the service, so one
province's seconds of analysis neither hold the service's lock against the
small ones nor leave its memory with the allocator.

A request is one JSON line, the connection's writing side then shut; the
answer is one JSON line per part (``{"part": …}``), then ``{"done": true}``, or
``{"failed": why}``. Nothing waits for ever: each connection has its own
thread, AT_ONCE analyses run at a time (and AT_ONCE map readings, apart, so a
drawing never waits behind the saves) and a request waits TURN_WAIT at most
for its turn (it is told the service is busy after that); a session waits
ANSWER_WAIT at most for a small workbook's analysis, MAP_WAIT for its map
reading (BIG_ANSWER_WAIT for a big one's), and when the service is gone,
busy or silent, works it out as it would without one
(:meth:`AnalysisService.work_out`, :meth:`AnalysisService.map_lines`): the
file it writes is the same to the byte.

The service ends with the server: it reads its standard input, a pipe the
server holds, and leaves when that ends, as it does when the server is killed.
``phakhi service`` (tui/service_cli.py) runs one in the foreground for
sessions started over SSH, until ctrl+c.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from tui.core.analysis_child import IN_A_CHILD_FROM, NICENESS, AnalysisChild, map_lines, work_out
from tui.core.store import MAX_BYTES

#: The variable that gives a session the service's socket.
SOCKET_VARIABLE = "PHAKHI_ANALYSIS_SOCKET"
#: Seconds the server waits for its service to listen.
START_WAIT = 10.0
#: Seconds a session waits to be connected.
CONNECT_WAIT = 2.0
#: Seconds a session waits for the whole answer about a small workbook. A workshop's takes
#: milliseconds, but forty sessions typing at once on two cores can queue them for seconds,
#: and a session working its own out then only adds to the queue: this is a service stuck.
ANSWER_WAIT = 60.0
#: ... for a small network's map reading, which a drawing waits for: after this the session
#: works it out itself (a starved service must not hold the map).
MAP_WAIT = 10.0
#: ... and about a big one, which takes seconds to minutes in the service's child.
BIG_ANSWER_WAIT = 900.0
#: Analyses the service works out at once (more would only share the same processors); the
#: map readings a drawing waits for and big workbooks' children have turns of their own, so no
#: map waits behind the saves' analyses, and no small one behind a province's minutes.
AT_ONCE = 2
#: Seconds a request waits for its turn before the service says it is busy (within ANSWER_WAIT).
TURN_WAIT = 45.0
#: Connections served at once; one more is closed at once (its session does the work itself).
CONNECTIONS = 200
#: Seconds the service waits for a request to arrive whole, or for a session to take an answer.
TRANSFER_WAIT = 10.0
#: The longest request: an entries text as long as a workbook file can be, with its escapes.
REQUEST_BYTES = 2 * MAX_BYTES + 4096


class ServiceGone(RuntimeError):
    """The service did not answer (gone, busy, silent, or cut short)."""


class AnalysisService:
    """A session's way to the service at ``address``; each request on a connection of its own."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        #: Set by :meth:`stop`: the app is going, nothing more is asked or worked out.
        self.stopped = False

    @classmethod
    def of_environment(cls) -> AnalysisService | None:
        """The service this process was given (SOCKET_VARIABLE), or None."""
        address = os.environ.get(SOCKET_VARIABLE)
        return cls(address) if address else None

    def work_out(
        self, entries: str, path: Path, records: int, otherwise: Callable[[], dict[str, Any]]
    ) -> dict[str, Any]:
        """The section of ``entries`` (:func:`analysis_child.work_out`), from the service, else
        from ``otherwise()``."""
        request = {"work_out": str(path), "entries": entries, "records": records}
        (section,) = self._parts_or(request, lambda: [otherwise()])
        return section

    def map_lines(
        self, network: dict[str, Any], otherwise: Callable[[], Iterable[dict[str, Any]]]
    ) -> Iterator[dict[str, Any]]:
        """The map's parts of ``network`` (:func:`analysis_child.map_lines`), from the service;
        those it did not give, from ``otherwise()``."""
        return self._parts_or({"map": network}, otherwise)

    def _parts_or(
        self, request: dict[str, Any], otherwise: Callable[[], Iterable[dict[str, Any]]]
    ) -> Iterator[dict[str, Any]]:
        given = 0
        try:
            for part in self.parts(request, _wait(request)):
                yield part
                given += 1
            return
        except ServiceGone:
            if self.stopped:
                raise
        yield from itertools.islice(otherwise(), given, None)

    def parts(self, request: dict[str, Any], wait: float) -> Iterator[dict[str, Any]]:
        """Each part of the service's answer to ``request`` as it comes, all within ``wait``
        seconds. Raises ServiceGone when it does not come whole."""
        deadline = time.monotonic() + wait
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with self._lock:
            if self.stopped:
                connection.close()
                raise ServiceGone("stopped")
            self._open.add(connection)
        try:
            connection.settimeout(min(CONNECT_WAIT, wait))
            connection.connect(self.address)
            connection.settimeout(max(0.001, deadline - time.monotonic()))
            connection.sendall(_line(request))
            connection.shutdown(socket.SHUT_WR)
            with connection.makefile("rb") as answer:
                while True:
                    connection.settimeout(max(0.001, deadline - time.monotonic()))
                    said = json.loads(answer.readline() or b'{"failed": "cut short"}')
                    if "done" in said:
                        return
                    if "part" not in said:
                        raise ServiceGone(str(said.get("failed")))
                    yield said["part"]
        except (OSError, ValueError) as error:  # gone, refused, silent past the wait, or garbled
            raise ServiceGone(str(error)) from error
        finally:
            with self._lock:
                self._open.discard(connection)
            connection.close()

    def stop(self) -> None:
        """The app is going: every wait for an answer ends now."""
        with self._lock:
            self.stopped = True
            for connection in self._open:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


def _line(thing: dict[str, Any]) -> bytes:
    return json.dumps(thing, ensure_ascii=False).encode("utf-8") + b"\n"


@contextlib.contextmanager
def running() -> Iterator[str | None]:
    """A service for the sessions started meanwhile: the address of its socket, or None when it
    could not start (the sessions then work out their analyses themselves). It stops on leaving,
    and on its own when this process ends."""
    folder = tempfile.mkdtemp(prefix="phakhi-analysis-")  # mode 0700: only this user reaches the socket
    address = os.path.join(folder, "socket")
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", __name__, address],
            stdin=subprocess.PIPE,  # its end: when this process ends, however it ends
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # ctrl+c is for the server, which stops it
        )
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield address if _listening(address, process) else None
    finally:
        stop(process)
        shutil.rmtree(folder, ignore_errors=True)


def listens(address: str) -> bool:
    """Whether a service answers at ``address`` now (a socket left by a killed one does not)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        try:
            probe.connect(address)
        except OSError:
            return False
    return True


def _listening(address: str, process: subprocess.Popen[bytes]) -> bool:
    """Whether the service listens at ``address`` within START_WAIT seconds (a Python start)."""
    deadline = time.monotonic() + START_WAIT
    while not os.path.exists(address):
        if process.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def stop(process: subprocess.Popen[bytes], wait: float = 5.0) -> None:
    """End the service: its input closed, then killed if it is still there after ``wait``."""
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()
    try:
        process.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Service:
    """The service's side: answers each connection in a thread of its own."""

    def __init__(self, address: str, *, own_folder: bool = True) -> None:
        """``own_folder``: the socket's folder was made for it (the server's), and goes with it."""
        self.address = address
        self.own_folder = own_folder
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(address)
        self.listener.listen(64)
        #: Turns, by kind (a map's reading or not, a big workbook's or not): AT_ONCE of each.
        self.turns = {kind: threading.BoundedSemaphore(AT_ONCE) for kind in itertools.product((True, False), repeat=2)}
        self.connections = threading.BoundedSemaphore(CONNECTIONS)
        #: Works out a big workbook's analyses.
        self.child = AnalysisChild()

    def serve(self) -> None:
        """Answer every connection, until the listener is closed."""
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            if not self.connections.acquire(blocking=False):
                connection.close()
                continue
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        try:
            connection.settimeout(TRANSFER_WAIT)
            request = json.loads(_read_all(connection))
            turns = self.turns[_turn(request)]
            if not turns.acquire(timeout=min(TURN_WAIT, _wait(request))):
                connection.sendall(_line({"failed": "busy"}))
                return
            try:
                for part in self.parts(request):
                    connection.sendall(_line({"part": part}))
                connection.sendall(_line({"done": True}))
            except OSError:
                raise  # the session stopped listening
            except Exception as error:  # noqa: BLE001 - the session works it out itself, and says why if it fails
                connection.sendall(_line({"failed": str(error) or type(error).__name__}))
            finally:
                turns.release()
        except (OSError, ValueError, LookupError, TypeError):
            pass  # a session gone, silent or garbled: nothing to answer
        finally:
            connection.close()
            self.connections.release()

    def parts(self, request: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """The answer's parts, as the child writes them."""
        if "map" in request:
            network = request["map"]
            if _records(request) < IN_A_CHILD_FROM:
                return map_lines(network)
            return self.child.map_lines(network["stakeholders"], network["ends"], network.get("file"))
        path, entries, records = request["work_out"], request["entries"], request["records"]
        return iter([work_out(entries, Path(path), records, self.child)])

    def close(self) -> None:
        self.child.stop()
        self.listener.close()
        with contextlib.suppress(OSError):
            os.unlink(self.address)
        if self.own_folder:
            with contextlib.suppress(OSError):
                os.rmdir(os.path.dirname(self.address))


def _turn(request: dict[str, Any]) -> tuple[bool, bool]:
    """Which turns ``request`` takes: whether it is a map's, and a big workbook's."""
    return "map" in request, _records(request) >= IN_A_CHILD_FROM


def _wait(request: dict[str, Any]) -> float:
    """How long a session waits for the answer to ``request``."""
    return {(True, False): MAP_WAIT, (False, False): ANSWER_WAIT}.get(_turn(request), BIG_ANSWER_WAIT)


def _records(request: dict[str, Any]) -> int:
    """The stakeholders and ties of the workbook ``request`` is about."""
    if "map" in request:
        return len(request["map"]["stakeholders"]) + len(request["map"]["ends"])
    return int(request["records"])


def _read_all(connection: socket.socket) -> bytes:
    """The request, up to the session's shutting its side; ValueError when it is too long."""
    chunks: list[bytes] = []
    size = 0
    while chunk := connection.recv(1 << 16):
        size += len(chunk)
        if size > REQUEST_BYTES:
            raise ValueError("request too long")
        chunks.append(chunk)
    return b"".join(chunks)


def _leave_when_ended(given: IO[bytes], service: Service) -> None:
    """Leave when the server's end of ``given`` closes: it stopped the service, or it ended."""
    while given.read(1 << 10):
        pass
    service.close()
    os._exit(0)


def main() -> None:
    with contextlib.suppress(OSError):
        os.nice(NICENESS)
    service = Service(sys.argv[1])  # listening now: a session asking meanwhile waits for the import
    threading.Thread(target=_leave_when_ended, args=(sys.stdin.buffer, service), daemon=True).start()
    warm()
    service.serve()


def warm() -> None:
    """Import what the analyses need (networkx among them) once, before the first session asks."""
    from tui.core import derived
    from tui.core.model import Workbook

    with contextlib.suppress(Exception):
        derived.analysis(Workbook())
        for _ in map_lines({"stakeholders": ["a", "b"], "ends": [["a", "b"]]}):
            pass


if __name__ == "__main__":
    main()
