"""One analysis service for a server's sessions: the same answers, no networkx in a session, and a
session that works its analyses out itself when the service is gone or silent."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tui.core import analysis_service, derived, store
from tui.core.analysis_child import IN_A_CHILD_FROM, map_lines, worked_out
from tui.core.analysis_service import SOCKET_VARIABLE, AnalysisService, running
from tui.core.map_reading import MapNetwork
from tui.core.vocab import Language
from tui.workshop import can_serve

ROOT = Path(__file__).resolve().parent.parent
THAI = ROOT / "samples" / "organic-farming.th.toml"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A service for the module's tests, its parsed copies and recovery copies in a folder of their own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PHAKHI_CACHE_DIR", str(tmp_path_factory.mktemp("service-cache")))
        patch.setenv("PHAKHI_STATE_DIR", str(tmp_path_factory.mktemp("service-state")))
        with running() as address:
            assert address is not None
            yield address


def entries_of(path: Path) -> str:
    return store.entries_text(store.load(path)[0])


def never() -> Any:
    raise AssertionError("worked out here, not by the service")


def network_of(path: Path) -> dict[str, Any]:
    network = MapNetwork.of(store.load(path)[0])
    return {"stakeholders": list(network.stakeholders), "ends": [list(ends) for ends in network.ends]}


def as_sent(parts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The map's parts as JSON gives them back (lists where they are tuples)."""
    return [json.loads(json.dumps(part)) for part in parts]


def test_the_service_works_out_what_the_session_would(service: str, sample: Path) -> None:
    entries = entries_of(sample)
    found = AnalysisService(service).work_out(entries, sample, 40, never)
    assert found == worked_out(entries, str(sample))
    assert found["entries"] == derived.version(entries) and found["ready"] is True
    network = network_of(sample)
    assert list(AnalysisService(service).map_lines(network, never)) == as_sent(map_lines(network))


def test_several_sessions_at_once_each_get_their_own_answer(service: str, tmp_path: Path) -> None:
    workbook = store.load(THAI)[0]
    asked: list[tuple[str, Path]] = []
    for number in range(8):  # eight workbooks, each its first stakeholder's name of its own
        path = tmp_path / f"group-{number}.toml"
        first = dataclasses.replace(workbook.stakeholders[0], name=f"กลุ่ม {number}")
        entries = store.entries_text(dataclasses.replace(workbook, stakeholders=[first, *workbook.stakeholders[1:]]))
        asked.append((entries, path))
    answers: dict[int, dict[str, Any]] = {}

    def ask(number: int) -> None:
        entries, path = asked[number]
        answers[number] = AnalysisService(service).work_out(entries, path, 40, never)

    threads = [threading.Thread(target=ask, args=(number,)) for number in range(len(asked))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert [answers[number] for number in range(len(asked))] == [worked_out(e, str(p)) for e, p in asked]


def test_a_big_workbook_is_worked_out_in_the_services_child(service: str, tmp_path: Path) -> None:
    """A province (2,400 stakeholders and ties): the service's child answers as the session would."""
    sys.path.append(str(ROOT))
    from samples import make_samples

    path = tmp_path / "province.toml"
    workbook = make_samples.build_large(600)
    assert len(workbook.stakeholders) + len(workbook.ties) >= IN_A_CHILD_FROM
    entries = store.entries_text(workbook)
    records = len(workbook.stakeholders) + len(workbook.ties)
    assert AnalysisService(service).work_out(entries, path, records, never) == worked_out(entries, str(path))
    network = {"stakeholders": [s.id for s in workbook.stakeholders], "ends": [[t.a, t.b] for t in workbook.ties]}
    assert list(AnalysisService(service).map_lines(network, never)) == as_sent(map_lines(network))


def test_a_busy_service_says_so_and_the_session_works_it_out(
    tmp_path: Path, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every turn taken: a request waits TURN_WAIT, is told the service is busy, and is worked out here."""
    monkeypatch.setattr(analysis_service, "TURN_WAIT", 0.2)
    address = str(tmp_path / "socket")
    busy = analysis_service.Service(address)
    threading.Thread(target=busy.serve, daemon=True).start()
    try:
        taken = [turns for turns in busy.turns.values() for _ in range(analysis_service.AT_ONCE)]
        for turns in taken:
            assert turns.acquire(blocking=False)
        entries = entries_of(sample)
        began = time.monotonic()
        here = worked_out(entries, str(sample))
        assert AnalysisService(address).work_out(entries, sample, 40, lambda: here) is here
        assert time.monotonic() - began < 5
        for turns in taken:
            turns.release()
        assert AnalysisService(address).work_out(entries, sample, 40, never) == here
    finally:
        busy.close()


def test_a_dead_socket_is_worked_out_here(tmp_path: Path, sample: Path) -> None:
    entries = entries_of(sample)
    gone = AnalysisService(str(tmp_path / "gone" / "socket"))
    assert gone.work_out(entries, sample, 40, lambda: worked_out(entries, str(sample))) == worked_out(
        entries, str(sample)
    )
    network = network_of(sample)
    assert list(gone.map_lines(network, lambda: map_lines(network))) == list(map_lines(network))


def test_a_silent_service_is_waited_for_within_the_bound(
    tmp_path: Path, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A socket that takes the request and never answers (a service stuck or starved)."""
    monkeypatch.setattr(analysis_service, "ANSWER_WAIT", 0.5)
    address = str(tmp_path / "socket")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.bind(address)
        silent.listen(8)
        entries = entries_of(sample)
        began = time.monotonic()
        found = AnalysisService(address).work_out(entries, sample, 40, lambda: worked_out(entries, str(sample)))
        assert time.monotonic() - began < 5
    assert found == worked_out(entries, str(sample))


def test_a_map_answer_cut_short_is_finished_here(tmp_path: Path, sample: Path) -> None:
    """The service gave the clusters and went: the roles come from here, the clusters once."""
    network = network_of(sample)
    clusters, roles = as_sent(map_lines(network))
    address = str(tmp_path / "socket")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(address)
        listener.listen(1)

        def answer_half() -> None:
            connection, _ = listener.accept()
            analysis_service._read_all(connection)
            connection.sendall(analysis_service._line({"part": clusters}))
            connection.close()

        threading.Thread(target=answer_half, daemon=True).start()
        found = list(AnalysisService(address).map_lines(network, lambda: iter([{"clusters": "wrong"}, roles])))
    assert found == [clusters, roles]


def test_stopping_ends_a_wait_at_once(tmp_path: Path, sample: Path) -> None:
    """The app is going: a wait for a silent service ends, and nothing is worked out here."""
    address = str(tmp_path / "socket")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.bind(address)
        silent.listen(8)
        asking = AnalysisService(address)
        said: list[BaseException] = []

        def ask() -> None:
            try:
                asking.work_out(entries_of(sample), sample, 40, never)
            except analysis_service.ServiceGone as gone:
                said.append(gone)

        thread = threading.Thread(target=ask)
        thread.start()
        time.sleep(0.3)
        asking.stop()
        thread.join(5)
        assert not thread.is_alive() and said


#: In a fresh process: the app on a workbook, a name added in step 2, scores in step 5, the map
#: drawn; waits for the file's analysis, then says whether networkx was loaded.
A_SESSION = """
import asyncio, sys, time
from pathlib import Path
from tests.test_map_screen import drawn
from tui.app import make_app
from tui.core import derived
from tui.core.document import Document

async def main():
    path = Path(sys.argv[1])
    app = make_app(Document.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", *"ตลาด", "enter")
        await pilot.pause()
        await pilot.press("escape", "5", *"3142", "escape")
        await pilot.pause()
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas.nodes
        await pilot.press("h")
        await drawn(pilot)
        await pilot.press("escape")
        deadline = time.monotonic() + 60
        while derived.standing(path.read_bytes()) != "current" or app.document.dirty:
            assert time.monotonic() < deadline, "the analysis was never written"
            await pilot.pause(0.05)
        await pilot.press("ctrl+q")
    print("networkx" in sys.modules)

asyncio.run(main())
"""


def a_session(path: Path, address: str | None) -> str:
    """Run A_SESSION on ``path`` with the service at ``address`` (None: without one); what it printed."""
    env = {k: v for k, v in os.environ.items() if k != SOCKET_VARIABLE}
    if address is not None:
        env[SOCKET_VARIABLE] = address
    result = subprocess.run(
        [sys.executable, "-c", A_SESSION, str(path)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-1]


def test_a_session_with_the_service_never_imports_networkx_and_writes_the_same_file(
    service: str, tmp_path: Path
) -> None:
    served, alone = tmp_path / "served" / "group.toml", tmp_path / "alone" / "group.toml"
    for path in (served, alone):
        path.parent.mkdir()
        path.write_bytes(THAI.read_bytes())
    assert a_session(served, service) == "False"
    assert a_session(alone, None) == "True"  # today's way: worked out in the session
    data = served.read_bytes()
    assert data == alone.read_bytes()
    workbook = store.load(served)[0]
    assert workbook.stakeholders[-1].name == "ตลาด"
    assert [s.influence for s in workbook.stakeholders[:4]] == [3, 1, 4, 2]
    entries = store.entries_text(workbook)
    assert data == store.file_text(entries, worked_out(entries, str(served))).encode("utf-8")


async def test_a_session_whose_service_is_gone_saves_its_analysis_itself(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_map_screen import drawn
    from tui.app import make_app
    from tui.core.document import Document

    monkeypatch.setenv(SOCKET_VARIABLE, str(tmp_path / "gone" / "socket"))
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.document.map_readings.service is not None
        await pilot.press("2", *"ตลาด", "enter", "escape")
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas.nodes and screen.drawn_for is not None
        for _ in range(400):
            if derived.standing(sample.read_bytes()) == "current" and not app.document.dirty:
                break
            await pilot.pause(0.05)
        await pilot.press("ctrl+q")
    data = sample.read_bytes()
    entries = store.entries_text(store.load(sample)[0])
    assert "ตลาด" in entries
    assert data == store.file_text(entries, worked_out(entries, str(sample))).encode("utf-8")


def test_the_server_gives_its_sessions_a_private_service(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``phakhi serve``: its sessions (started while it serves) have the variable; the socket's
    folder is the user's alone; the service answers, and is gone when the server stops."""
    from tests.test_serve import FakeServer
    from tui.cli import main

    monkeypatch.delenv(SOCKET_VARIABLE, raising=False)
    seen: list[str] = []

    class Serving(FakeServer):
        def serve(self) -> None:
            address = os.environ[SOCKET_VARIABLE]
            seen.append(address)
            assert stat.S_IMODE(os.stat(os.path.dirname(address)).st_mode) == 0o700
            entries = entries_of(sample)
            assert AnalysisService(address).work_out(entries, sample, 40, never) == worked_out(entries, str(sample))

    module = type(sys)("textual_serve.server")
    module.Server = Serving  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "textual_serve", type(sys)("textual_serve"))
    monkeypatch.setitem(sys.modules, "textual_serve.server", module)
    assert main(["serve", str(sample), "--lang", "en"]) == 0
    (address,) = seen
    assert SOCKET_VARIABLE not in os.environ
    assert not os.path.exists(os.path.dirname(address))
    assert service_pid(address) is None


def service_pid(address: str) -> int | None:
    """The service listening at ``address``, found by its command line; None when it has ended."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if address.encode() in command and state != "Z":
            return int(entry.name)
    return None


#: A server in a process of its own: starts a service, says its address, and waits to be killed.
A_SERVER = """
import sys, time
from tui.core.analysis_service import running
with running() as address:
    print(address, flush=True)
    time.sleep(300)
"""


def test_the_service_ends_when_its_server_is_killed() -> None:
    server = subprocess.Popen([sys.executable, "-c", A_SERVER], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    address = server.stdout.readline().strip()
    try:
        assert address and service_pid(address) is not None
        server.send_signal(signal.SIGKILL)
        server.wait()
        deadline = time.monotonic() + 10
        while service_pid(address) is not None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert service_pid(address) is None
        assert not os.path.exists(os.path.dirname(address))  # it took its socket with it
    finally:
        server.kill()
        server.wait()
        server.stdout.close()


@pytest.mark.skipif(not can_serve(), reason="the optional serve extra")
def test_a_workshop_gives_every_groups_server_its_one_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``phakhi workshop``: one service for the room; each group's server passes it on and starts none."""
    from tests.test_serve import _children_all, _command
    from tests.test_workshop import _free_ports, _status
    from tui import room_app, workshop

    monkeypatch.delenv(SOCKET_VARIABLE, raising=False)
    seen: list[str] = []

    class Room:
        """Stands in for the facilitator's view: looks at the servers while they serve."""

        def __init__(self, folder: Path, served: list[workshop.Served], lang: Language) -> None:
            self.served = served

        def run(self) -> None:
            address = os.environ[SOCKET_VARIABLE]
            seen.append(address)
            for group in self.served:
                assert group.process is not None
                assert _status(group.link) == 303  # listening, its service decided
                given = f"{SOCKET_VARIABLE}={address}".encode()
                assert given in Path(f"/proc/{group.process.pid}/environ").read_bytes()
                started = [_command(c) for c in _children_all(group.process.pid)]
                assert not [c for c in started if b"tui.core.analysis_service" in c]

    monkeypatch.setattr(room_app, "RoomApp", Room)
    assert workshop.run(tmp_path / "room", 2, "127.0.0.1", _free_ports(2), "", Language.TH) == 0
    (address,) = seen
    assert service_pid(address) is None and SOCKET_VARIABLE not in os.environ
