"""Step 2, step 5 and the map are made ready while the user reads (tui/ready_ahead.py).

A first visit built its screen: 40 to 100 ms of processor, where a visit after
took 6, and a workshop's forty sessions made their first visits together. Made
ready out of sight, a screen must be the one the visit shows, laid out and drawn
already, sending nothing to the terminal meanwhile; keys typed during the
making act on the screen they ask for, and a screen made ready before an edit
or a change of language shows them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from tests.ui_helpers import calls_of, handled, settle, type_text
from tui import ready_ahead
from tui.app import PhakhiApp, make_app
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Language
from tui.ready_ahead import AHEAD, ReadyAhead
from tui.screens.identify import IdentifyScreen
from tui.screens.map import MapScreen
from tui.screens.power import PowerScreen, PowerTable
from tui.widgets.keybar import KeyBar, shown_keys


@pytest.fixture
def made_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    """The places made ready as the command line has them, after a tenth of a second's pause."""
    monkeypatch.setenv("PHAKHI_READY_AHEAD", "1")
    monkeypatch.setattr(ready_ahead, "QUIET", 0.1)
    ready_ahead.install()
    monkeypatch.setattr(ready_ahead, "_on", True)  # and back to off after the test


async def all_ready(pilot: Pilot) -> None:
    app = pilot.app
    assert isinstance(app, PhakhiApp) and app.making_ready is not None
    for _ in range(400):
        if app.making_ready.done and not app.workers:  # the map's drawing too
            return
        await pilot.pause(0.02)
    raise AssertionError("the places were not made ready")


async def test_the_places_are_made_ready_while_the_user_reads(made_ready: None, sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await all_ready(pilot)
        ready = {name: app.get_screen(name) for name in AHEAD}
        for screen in ready.values():
            assert screen.is_attached and screen.size == app.size  # mounted and laid out
            assert screen not in app.screen_stack
        await pilot.press("2")
        await handled(pilot)
        assert app.screen is ready["step2"]


async def test_a_visit_after_shows_the_screen_made_ready_without_laying_it_out(
    made_ready: None, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await all_ready(pilot)
        layouts = calls_of(monkeypatch, Screen, "_refresh_layout")
        await pilot.press("5")
        await handled(pilot)
        assert isinstance(app.screen, PowerScreen)
        assert app.screen not in layouts  # laid out while the user read


async def test_nothing_is_sent_while_the_places_are_made_ready(made_ready: None, sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        driver = app._driver
        assert driver is not None
        sent: list[str] = []
        write = driver.write
        driver.write = lambda data: (sent.append(data), write(data))[1]  # type: ignore[method-assign]  # counting what goes to the terminal
        frames = []
        display = app._display

        def counted(screen: Screen[Any], renderable: Any) -> None:
            frames.append(screen)
            display(screen, renderable)

        app._display = counted  # type: ignore[method-assign]  # counting frames
        await all_ready(pilot)
        assert frames == [] and sent == []  # not a frame, not the mouse pointer's shape


@pytest.mark.parametrize("wait", [0.0, 0.05, 0.1, 0.15, 0.2, 0.3])
async def test_keys_typed_while_places_are_made_ready_act_where_they_ask(
    made_ready: None, sample: Path, wait: float
) -> None:
    """Step 2 opened and a name typed at moments inside the making of the places: each
    visit shows one step 2, and the name is saved whole."""
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.1 + wait)
        await pilot.press("2")
        await type_text(pilot, "Made ready test\n")
        await handled(pilot)
        assert isinstance(app.screen, IdentifyScreen)
        await pilot.press("escape", "5")
        await handled(pilot)
        table = app.screen.query_one(PowerTable)
        assert "Made ready test" in table.get_cell(table.row_keys[-1], "name").plain
        await settle(pilot)
    saved = store.load(sample)[0]
    assert [s.name for s in saved.stakeholders].count("Made ready test") == 1


async def test_a_visit_while_its_screen_is_being_made_keeps_the_visits_screen(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)  # made ready here, by hand
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        making = ReadyAhead(app)
        making.quiet = 0.0
        made = asyncio.ensure_future(making._make_ready())
        for _ in range(1000):  # until step 2's widgets are mounting out of sight
            mounting = [node for node in app._registry if isinstance(node, IdentifyScreen)]
            if mounting:
                break
            await asyncio.sleep(0)
        assert mounting and not app.is_screen_installed("step2")
        await pilot.press("2")  # the user opens step 2 meanwhile
        await made  # and the making goes on without a failure
        await handled(pilot)
        assert isinstance(app.screen, IdentifyScreen) and app.screen is not mounting[0]
        assert app.get_screen("step2") is app.screen
        assert not mounting[0].is_attached  # the screen half made is let go
        await type_text(pilot, "Typed meanwhile\n")
        await settle(pilot)
    assert "Typed meanwhile" in [s.name for s in store.load(sample)[0].stakeholders]


async def test_a_screen_made_ready_shows_the_language_and_edits_made_since(made_ready: None, sample: Path) -> None:
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=(80, 24)) as pilot:
        await all_ready(pilot)
        power = app.get_screen("step5")
        await pilot.press("2")
        await type_text(pilot, "Made ready later\n")
        await pilot.press("escape", "ctrl+t")
        await handled(pilot)
        assert app.lang is Language.EN
        await pilot.press("5")
        await handled(pilot)
        assert app.screen is power
        table = power.query_one(PowerTable)
        assert "Made ready later" in table.get_cell(table.row_keys[-1], "name").plain
        line = power.query_one(KeyBar).render().plain
        assert "Quit" in line and "ออก" not in line  # the key bar in English too


async def test_the_map_made_ready_shows_the_keys_that_act_when_opened(made_ready: None, sample: Path) -> None:
    """The map drawn out of sight chose a stakeholder as its drawing landed; shown, it
    is drawn again as first shown, and its key bar shows the keys for the one chosen
    then (f: around it), not those the bar had when the map was out of sight."""
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await all_ready(pilot)
        await pilot.press("m")
        await handled(pilot)
        map_screen = app.screen
        assert isinstance(map_screen, MapScreen)
        for _ in range(200):
            if map_screen.selected is not None and not app.workers:
                break
            await pilot.pause(0.02)
        await handled(pilot)
        await pilot.pause(0.1)
        bar = map_screen.query_one(KeyBar)
        bar.render()  # the line as drawn now
        assert bar._drawn == shown_keys(map_screen)
        assert "f" in [key.key for key in bar._drawn]


async def test_the_map_made_ready_is_drawn_once_for_its_window(
    made_ready: None, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mounted out of sight, the map asks for its drawing before it is laid out: that
    drawing waits for the window's size, and is the one a visit then shows."""
    drawings = calls_of(monkeypatch, MapScreen, "draw_in_thread", lambda self, *args: args[2])  # their options
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await all_ready(pilot)
        assert len(drawings) == 1
        await pilot.press("m")
        await handled(pilot)
        assert isinstance(app.screen, MapScreen)
        assert (drawings[0].height, drawings[0].width) == app.screen.window_size()


async def test_the_making_waits_a_bounded_time_for_a_widget_that_never_handles_its_messages(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A widget removed while the making waits for the screen's messages never handles its
    mark: the wait ends after DRAIN_WAIT seconds, not never."""
    monkeypatch.setattr(ready_ahead, "DRAIN_WAIT", 0.1)
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        gone = home.query_one(KeyBar)
        monkeypatch.setattr(gone, "call_later", lambda *args, **kwargs: True)  # taken, never run
        await asyncio.wait_for(ReadyAhead(app)._drained(home), timeout=5)
