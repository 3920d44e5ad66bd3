"""What the map takes from the analyses comes from the section or a child, never from networkx in the app."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_map_screen import SIZE, drawn
from tui.app import make_app
from tui.core import derived, derived_read, store
from tui.core.analysis.network import analyse_network
from tui.core.analysis_child import AnalysisChild
from tui.core.current import current
from tui.core.document import Document
from tui.core.i18n import tr
from tui.core.map_reading import MapNetwork, MapReadings
from tui.core.textmap import View, clusters_of
from tui.core.vocab import Language
from tui.screens.map import MapScreen

ROOT = Path(__file__).resolve().parent.parent
LARGE = ROOT / "samples" / "large.toml"
ROLES = derived_read.MAP_ROLES


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook big enough for the map to ask a child (600 stakeholders, 1,800 ties)."""
    sys.path.append(str(ROOT))
    from samples import make_samples

    path = tmp_path_factory.mktemp("province") / "province.toml"
    make_samples.write(make_samples.build_large(600), path)
    return path


def without_section(source: Path, folder: Path) -> Path:
    """A copy of ``source`` whose ``[analysis]`` is still being worked out: the map must ask a child."""
    workbook = store.load(source)[0]
    entries = store.entries_text(workbook)
    path = folder / source.name
    path.write_text(store.file_text(entries, derived.pending(derived.version(entries))), encoding="utf-8")
    assert derived.standing(path.read_bytes()) == "pending"
    return path


@pytest.mark.parametrize("source", [LARGE, ROOT / "samples" / "organic-farming.th.toml"], ids=["large", "thai"])
def test_the_child_reads_what_networkx_finds_in_process(source: Path) -> None:
    workbook = store.load(source)[0]
    reading = MapReadings().reading(MapNetwork.of(workbook), roles=True)
    assert reading is not None and reading.roles is not None
    assert reading.clusters == clusters_of(workbook)
    network = analyse_network(workbook)
    assert {role: reading.roles[role] for role in ROLES} == {role: getattr(network, role) for role in ROLES}


def test_the_child_reads_a_current_section_of_the_file_it_is_given(sample: Path) -> None:
    """A province's file is read by the map's child, not the app: the same reading as the section's."""
    read = store.read(sample)
    now = current(read.workbook)  # the section is of the network as it stands (the sample has history)
    network = MapNetwork.of(now)
    file = (str(sample), store.FileStamp.of_bytes(read.data).digest or "")
    reading = MapReadings().reading(network, file=file, roles=True)
    found = derived_read.map_reading(now, derived_read.map_section(read.data))
    assert reading is not None and found is not None
    assert (reading.clusters, dict(reading.roles or {})) == found


def test_the_section_read_in_parts_gives_what_the_whole_section_does(sample: Path) -> None:
    read = store.read(sample)
    now = current(read.workbook)
    whole = derived_read.analysis(now, derived_read.current_section(read.data))
    found = derived_read.map_reading(now, derived_read.map_section(read.data))
    assert whole is not None and found is not None
    clusters, roles = found
    assert clusters == whole.network.clusters == clusters_of(now)
    assert roles == {role: getattr(whole.network, role) for role in ROLES}


def test_a_network_changed_has_another_version_and_a_name_or_strength_does_not(sample: Path) -> None:
    document = Document.open(sample)
    first = MapNetwork.of(document.workbook)
    tie = document.workbook.ties[0]
    document.editor.update_stakeholder(document.workbook.stakeholders[0].id, "name", "ชื่อใหม่")
    document.editor.update_tie(tie.id, "strength", "weak" if tie.strength.value == "strong" else "strong")
    assert MapNetwork.of(document.workbook).version == first.version
    document.editor.remove_tie(tie.id)
    assert MapNetwork.of(document.workbook).version != first.version


async def test_the_map_drawn_from_the_child_shows_the_clusters_worked_out_in_process(tmp_path: Path) -> None:
    path = without_section(LARGE, tmp_path)
    document = Document.open(path)
    app = make_app(document, Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas.view is View.OVERVIEW
        assert tuple(node.members for node in screen.canvas.nodes) == clusters_of(document.workbook)
        await pilot.press("h")  # hubs, from the child's roles
        screen = await drawn(pilot)
        assert screen.marked == frozenset(analyse_network(document.workbook).hubs)


#: In a fresh process: the app on a workbook, the map opened and drawn, then whether networkx was loaded.
NETWORKX_AFTER_THE_MAP = """
import asyncio, sys
from pathlib import Path
from tests.test_map_screen import drawn
from tui.app import make_app
from tui.core.document import Document

async def main():
    app = make_app(Document.open(Path(sys.argv[1])))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas.nodes
        await pilot.press("h")
        await drawn(pilot)
    print("networkx" in sys.modules)

asyncio.run(main())
"""


@pytest.mark.parametrize("section", ["current", "pending"])
def test_opening_the_map_does_not_import_networkx_in_the_app(province: Path, tmp_path: Path, section: str) -> None:
    """A province's map: its clusters from the file's section, else from a child."""
    path = province if section == "current" else without_section(province, tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", NETWORKX_AFTER_THE_MAP, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "False"


async def until(pilot: Any, done: Any) -> MapScreen:
    """The map screen once ``done(screen)`` holds (a worker held by the child is not waited for)."""
    for _ in range(300):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if isinstance(screen, MapScreen) and done(screen):
            return screen
    raise AssertionError("the map did not get there")


class HeldChild:
    """A child whose first answer waits until released, and is then wrong: everyone in one cluster."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.asked: list[MapNetwork] = []

    def map_lines(self, stakeholders: list[str], ends: list[tuple[str, str]]) -> Iterator[dict[str, Any]]:
        network = MapNetwork(tuple(stakeholders), tuple((a, b) for a, b in ends))
        self.asked.append(network)
        if len(self.asked) == 1:
            self.release.wait(30)
            tied = [s for s in stakeholders if any(s in pair for pair in ends)]
            yield {"clusters": [tied]}
            yield {"roles": dict.fromkeys(ROLES, [])}
            return
        from tui.core.analysis_child import map_lines

        yield from map_lines({"stakeholders": stakeholders, "ends": ends})


async def test_keys_act_while_the_clusters_are_worked_out_and_a_stale_answer_is_not_drawn(
    province: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = HeldChild()
    monkeypatch.setattr(
        AnalysisChild, "map_lines", lambda child, stakeholders, ends, file=None: held.map_lines(stakeholders, ends)
    )
    path = without_section(province, tmp_path)
    document = Document.open(path)
    app = make_app(document, Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        for _ in range(100):
            await pilot.pause(0.02)
            if held.asked:
                break
        screen = app.screen
        assert isinstance(screen, MapScreen) and screen.canvas is None
        await pilot.pause(0.1)
        assert tr(Language.EN, "mapscreen.clustering") in str(screen.query_one("#map-title").render())
        # meanwhile: the list needs no clusters and is drawn at once; a zoom and a highlight take
        await pilot.press("l")
        screen = await until(pilot, lambda screen: screen.canvas is not None and screen.canvas.view is View.LIST)
        await pilot.press("plus", "h")
        assert screen.zoom == 1 and screen.role == "hubs"
        await pilot.press("o", "0")
        assert screen.view is View.OVERVIEW and screen.zoom == 0
        # an edit: the network drawn now is another, and the answer held back is of the old one
        ids = [s.id for s in document.workbook.stakeholders]
        tied = {(t.a, t.b) for t in document.workbook.ties} | {(t.b, t.a) for t in document.workbook.ties}
        a, b = next((a, b) for a in ids for b in ids if a != b and (a, b) not in tied)
        document.editor.add_tie(a, b)
        wanted = clusters_of(document.workbook)
        screen = await until(pilot, lambda screen: screen.canvas.view is View.OVERVIEW and screen.marked)
        assert tuple(node.members for node in screen.canvas.nodes) == wanted
        held.release.set()  # the old network's answer arrives: kept under its own version, not drawn
        old = held.asked[0]
        await until(pilot, lambda screen: document.map_readings.known(old.version) is not None)
        await pilot.pause(0.2)
        found = document.map_readings.known(old.version)
        assert found is not None and len(found.clusters) == 1
        assert screen.canvas.view is View.OVERVIEW
        assert tuple(node.members for node in screen.canvas.nodes) == wanted
        assert screen.marked == frozenset(analyse_network(document.workbook).hubs)


def test_a_big_workbook_has_its_reading_asked_for_when_opened_and_a_small_one_not(sample: Path, province: Path) -> None:
    assert Document.open(sample).map_preparation() is None  # read when the map is opened
    document = Document.open(province)
    work = document.map_preparation()
    assert work is not None
    work()  # asks, and does not wait
    found = document.map_readings.reading(MapNetwork.of(document.workbook), roles=True)
    assert found is not None and found.clusters == clusters_of(document.workbook)


def test_a_workshop_s_network_is_worked_out_without_a_child(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A child costs a second of processor to start: forty sessions drawing their maps would
    spend the server on starting children."""

    def no_child(*args: object, **kwargs: object) -> Iterator[dict[str, Any]]:
        raise AssertionError("a child was started for a workshop's network")

    monkeypatch.setattr(AnalysisChild, "lines", no_child)
    workbook = store.load(sample)[0]
    readings = MapReadings()
    reading = readings.reading(MapNetwork.of(workbook), roles=False)
    assert reading is not None and reading.clusters == clusters_of(workbook) and reading.roles is None
    reading = readings.reading(MapNetwork.of(workbook), roles=True)
    network = analyse_network(workbook)
    assert reading is not None and reading.roles is not None
    assert {role: reading.roles[role] for role in ROLES} == {role: getattr(network, role) for role in ROLES}


def held_readings(province: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[HeldChild, MapNetwork]:
    """A child for the province's network that does not answer until released."""
    held = HeldChild()
    monkeypatch.setattr(
        AnalysisChild, "map_lines", lambda child, stakeholders, ends, file=None: held.map_lines(stakeholders, ends)
    )
    return held, MapNetwork.of(store.load(province)[0])


def test_stopping_wakes_a_wait_for_a_child_and_a_wait_no_longer_wanted_ends(
    province: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held, network = held_readings(province, monkeypatch)
    readings = MapReadings()
    unwanted = threading.Event()
    answers: list[object] = []
    waits = [
        threading.Thread(target=lambda: answers.append(readings.reading(network, unwanted=unwanted.is_set))),
        threading.Thread(target=lambda: answers.append(readings.reading(network, roles=True))),
    ]
    for wait in waits:
        wait.start()
    unwanted.set()  # the first: its screen drew something else meanwhile
    waits[0].join(timeout=10)
    assert not waits[0].is_alive() and answers == [None]
    readings.stop()  # the second: the app is going
    waits[1].join(timeout=10)
    assert not waits[1].is_alive() and answers == [None, None]
    assert len(held.asked) == 1  # both waited for the one child
    held.release.set()


def test_a_child_started_after_stop_is_killed_at_once(tmp_path: Path) -> None:
    """The app may be going while a child is starting: it must not run on for seconds."""
    child = AnalysisChild()
    child.stop()
    with pytest.raises(RuntimeError):
        list(child.map_lines(["a", "b"], [("a", "b")]))


async def test_quitting_while_the_map_waits_for_a_child_does_not_wait_for_it(
    province: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting waits for the app's worker threads: a drawing still waiting for a child's
    clusters held forty sessions of a workshop room open for minutes after ctrl+q."""
    held, _ = held_readings(province, monkeypatch)
    returned = threading.Event()
    reading = MapReadings.reading

    def watched(*args: Any, **kwargs: Any) -> Any:
        try:
            return reading(*args, **kwargs)
        finally:
            if "unwanted" in kwargs:  # the drawing's wait (the one asked for on opening does not wait)
                returned.set()

    monkeypatch.setattr(MapReadings, "reading", watched)
    app = make_app(Document.open(without_section(province, tmp_path)), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await until(
            pilot,
            lambda screen: tr(Language.EN, "mapscreen.clustering") in str(screen.query_one("#map-title").render()),
        )
        assert not returned.is_set()
        await pilot.press("ctrl+q")
    assert returned.wait(10)
    held.release.set()
