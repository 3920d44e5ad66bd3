"""Maps drawn from scratch are kept for the next session (tui/core/kept_drawings.py): the same network
in the same space is read back, not searched; forty sessions at once search once; a copy means
nothing without its network; and nothing about the folder ever fails a drawing."""

from __future__ import annotations

import dataclasses
import fcntl
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tui.app import make_app
from tui.core import kept_drawings, store
from tui.core.document import Document
from tui.core.textmap import MapOptions, clusters_of, draw, render, route
from tui.core.vocab import Language
from tui.screens.map import MapScreen

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "organic-farming.th.toml"
WINDOW = MapOptions(width=80, height=21, fit=True, lang=Language.TH)
#: The space of the networks named by a string alone in the tests of waiting.
SPACE = (80, 21, "unicode", 40)


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Keeping on, as ``phakhi`` turns it on; counts the drawings searched from scratch."""
    monkeypatch.setattr(kept_drawings, "_on", True)
    counted: list[int] = []
    real = draw._cold

    def counting(*args, **kwargs):
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(draw, "_cold", counting)
    return counted


def drawings(cache_dir: Path) -> list[Path]:
    folder = cache_dir / "drawings"
    return sorted(p for p in folder.iterdir() if not p.name.startswith(".")) if folder.exists() else []


def drawn() -> tuple:
    workbook = store.load(SAMPLE)[0]
    canvas = render(workbook, WINDOW, clusters_of(workbook))
    return canvas.cells, canvas.routes, canvas.nodes


def marker_of(key: str) -> Path:
    marker = kept_drawings._marker(kept_drawings._input(key, SPACE))
    assert marker is not None
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
    return marker


@pytest.fixture
def drawing_elsewhere() -> Iterator[Callable[[str], Path]]:
    """Another session drawing a network now: its marker, held locked until the test ends."""
    held: list[int] = []

    def start(key: str) -> Path:
        marker = marker_of(key)
        held.append(os.open(marker, os.O_RDONLY))
        fcntl.flock(held[-1], fcntl.LOCK_EX)
        return marker

    yield start
    for handle in held:
        os.close(handle)


def test_the_same_network_in_the_same_space_is_read_back_not_searched(searches, cache_dir: Path) -> None:
    first = drawn()
    assert len(searches) == 1 and len(drawings(cache_dir)) == 1
    assert drawn() == first
    assert len(searches) == 1  # read back


def test_another_space_or_network_is_searched(searches, cache_dir: Path) -> None:
    workbook = store.load(SAMPLE)[0]
    render(workbook, WINDOW, clusters_of(workbook))
    render(workbook, MapOptions(width=100, height=30, fit=True), clusters_of(workbook))
    fewer = dataclasses.replace(workbook, ties=workbook.ties[1:])
    render(fewer, WINDOW, clusters_of(fewer))
    assert len(searches) == 3 and len(drawings(cache_dir)) == 3


def test_off_unless_the_entry_turns_it_on(cache_dir: Path) -> None:
    drawn()
    assert drawings(cache_dir) == []


def test_a_copy_is_sealed_and_private(searches, cache_dir: Path) -> None:
    drawn()
    [copy] = drawings(cache_dir)
    sealed = copy.read_bytes()
    for stakeholder in store.load(SAMPLE)[0].stakeholders:
        assert stakeholder.name.encode() not in sealed
    assert oct(copy.stat().st_mode & 0o777) == oct(0o600)
    assert oct((cache_dir / "drawings").stat().st_mode & 0o777) == oct(0o700)


def test_a_damaged_copy_is_searched_again_and_replaced(searches, cache_dir: Path) -> None:
    first = drawn()
    [copy] = drawings(cache_dir)
    damaged = bytearray(copy.read_bytes())
    damaged[-5] ^= 1
    copy.write_bytes(bytes(damaged))
    assert drawn() == first
    assert len(searches) == 2
    assert copy.read_bytes() != bytes(damaged)


def test_a_session_waits_for_the_one_already_drawing_it(searches, cache_dir: Path, drawing_elsewhere) -> None:
    """Forty sessions opening the same map at once: one searches, the others read its drawing."""
    key = "the same network in the same space"
    marker = drawing_elsewhere(key)

    def the_other_session() -> None:
        time.sleep(0.3)
        kept_drawings.DRAWINGS.keep(kept_drawings._input(key, SPACE), (None,))
        marker.unlink()

    other = threading.Thread(target=the_other_session)
    other.start()
    made: list[int] = []
    try:
        assert kept_drawings.drawn(key, SPACE, lambda: made.append(1)) is None
    finally:
        other.join()
    assert made == []  # the other's drawing, read back


@pytest.mark.parametrize("age", [0, kept_drawings.STALE + 1])
def test_a_killed_sessions_marker_is_not_waited_for(searches, cache_dir: Path, monkeypatch, age: float) -> None:
    """Nobody holds its lock (the system let go of it with the session), however young it is."""
    key = "a network whose session was killed while drawing it"
    marker = marker_of(key)
    old = time.time() - age
    os.utime(marker, (old, old))
    waits: list[float] = []
    monkeypatch.setattr(kept_drawings, "_pause", waits.append)
    assert kept_drawings.drawn(key, SPACE, lambda: None) is None
    assert waits == []
    assert not marker.exists()


def test_a_session_that_waited_too_long_draws_it_itself(
    searches, cache_dir: Path, monkeypatch, drawing_elsewhere
) -> None:
    key = "a network another session is slow to draw"
    marker = drawing_elsewhere(key)
    monkeypatch.setattr(kept_drawings, "WAIT", 0.2)
    made: list[int] = []
    kept_drawings.drawn(key, SPACE, lambda: made.append(1))
    assert made == [1]
    assert marker.exists()  # the other session's, left to it


def test_a_folder_that_cannot_be_used_costs_only_the_search(searches, tmp_path: Path, monkeypatch) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PHAKHI_CACHE_DIR", str(blocked))
    assert drawn() == drawn()
    assert len(searches) == 2


def test_phakhi_map_draws_once_for_two_runs(tmp_path: Path, cache_dir: Path) -> None:
    """The console script keeps what it drew: a second run of the same map reads it back, the same bytes."""
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", "from tui.cli import entry; entry()", "map", str(SAMPLE), "--width", "80"],
            capture_output=True,
            check=True,
            env={**os.environ, "PHAKHI_CACHE_DIR": str(cache_dir)},
            cwd=ROOT,
        )
        runs.append((done.stdout, [copy.read_bytes() for copy in drawings(cache_dir)]))
    (first, [copy]), (second, [again]) = runs
    assert again == copy  # read back: a copy kept again would be sealed with a fresh stream
    assert first == second and b"[" in first


async def test_quitting_while_the_map_waits_for_another_sessions_drawing_does_not_wait_for_it(
    searches, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting waits for the app's worker threads: a drawing waiting half a minute for another session's
    would hold ctrl+q as long."""
    monkeypatch.setattr(kept_drawings, "_claim", lambda marker: (None, True))  # another session is drawing it
    monkeypatch.setattr(kept_drawings, "_drawing", lambda marker: True)  # ... and is not done
    monkeypatch.setattr(kept_drawings, "WAIT", 600.0)
    returned = threading.Event()
    real = kept_drawings.drawn

    def watched(*args, **kwargs):
        try:
            return real(*args, **kwargs)
        finally:
            returned.set()

    monkeypatch.setattr(draw.kept_drawings, "drawn", watched)
    searches.clear()
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause(0.3)
        assert not returned.is_set()  # waiting
        await pilot.press("ctrl+q")
    assert returned.wait(10)
    assert searches == []  # nor drawn from scratch on the way out


async def test_quitting_while_the_map_is_searched_stops_the_search_and_keeps_nothing(
    searches, sample: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting waits for the app's worker threads: a drawing from scratch on a starved processor (each way
    found here takes 50 ms, a minute in all) held ctrl+q as long. It stops at its next look at its budget,
    and what it had is neither shown nor kept."""
    real_route = route.Grid.route
    routed = threading.Event()

    def starved(self, *args, **kwargs):
        routed.set()
        time.sleep(0.05)
        return real_route(self, *args, **kwargs)

    monkeypatch.setattr(route.Grid, "route", starved)
    returned = threading.Event()
    real_render = MapScreen.render_keyed

    def watched(*args, **kwargs):
        try:
            return real_render(*args, **kwargs)
        finally:
            returned.set()

    monkeypatch.setattr(MapScreen, "render_keyed", staticmethod(watched))
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        for _ in range(100):
            if routed.is_set():
                break
            await pilot.pause(0.05)
        assert routed.is_set() and not returned.is_set()  # searching
        await pilot.press("ctrl+q")
    assert returned.wait(10)
    assert drawings(cache_dir) == []
