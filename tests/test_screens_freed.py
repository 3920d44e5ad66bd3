"""A closed screen is freed: nothing the app keeps holds it, or the widgets on it.

Each screen watched the app's language and save state and listened for edits;
the app kept every closed screen (with its lists of 10,000 stakeholders)
until that value next changed or the next edit. tui/screens/app_watch.py
tells only the screens mounted now.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from textual.screen import Screen

from tui.app import make_app
from tui.core.document import Document
from tui.screens.base import PhakhiScreen
from tui.screens.home import HomeScreen
from tui.screens.pick_stakeholder import StakeholderPicker


async def test_closed_steps_and_dialogs_are_freed(sample: Path) -> None:
    """Steps 1 to 7 and step 6's dialog, each opened and closed: freed, but for the steps the
    app keeps to show again (one each, held by the app alone: those whose KEPT is true). (The planning table and the
    map are not in the list: a finished thread worker of theirs, Textual's own for the
    plan's Log, still refers to the screen through the context it ran in.)"""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        closed = []
        kept_kinds = []
        for key in ("1", "2", "3", "4", "5", "6", "7"):
            await pilot.press(key)
            await pilot.pause()
            closed.append(weakref.ref(app.screen))
            if isinstance(app.screen, PhakhiScreen) and app.screen.KEPT:
                kept_kinds.append(type(app.screen))
            if key == "6":  # the plan's choice of stakeholders, a dialog over step 6
                await pilot.press("p")
                await pilot.pause()
                assert isinstance(app.screen, StakeholderPicker)
                closed.append(weakref.ref(app.screen))
                await pilot.press("escape")
            await pilot.press("escape")
            await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        gc.collect()
        # The steps kept for their next visit (PhakhiScreen.KEPT), by the app alone.
        kept = [screen() for screen in closed if screen() is not None]
        assert {type(screen).__name__ for screen in kept} >= {"IdentifyScreen", "PowerScreen"}
        assert [type(screen) for screen in kept] == kept_kinds
        assert all(app.get_screen(f"step{screen.NUMBER}") is screen for screen in kept)
        await pilot.press("ctrl+t")  # the language still reaches the screen shown
        await pilot.pause()
        assert "Identify stakeholders" in str(app.screen.query_one("#steps").get_option_at_index(1).prompt)


def screens_alive(kind: str) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, Screen) and type(o).__name__ == kind)


async def test_steps_the_map_and_dialogs_left_are_freed(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(4):
            for key in ("5", "escape", "2", "escape", "m", "escape", "question_mark", "escape"):
                await pilot.press(key)
            await pilot.pause()
        left = {kind: screens_alive(kind) for kind in ("PowerScreen", "IdentifyScreen", "MapScreen", "HelpScreen")}
        await pilot.press("ctrl+t")  # a language switch still reaches the screens shown
        await pilot.pause()
        await pilot.press("ctrl+q")
    # The last map's drawing thread may still hold that one map (a worker's thread keeps the
    # last worker it ran in its context): one, not one a visit.
    assert left["MapScreen"] <= 1
    # Steps 2 and 5 are kept for their next visit: one each, not one a visit.
    assert left == {"PowerScreen": 1, "IdentifyScreen": 1, "MapScreen": left["MapScreen"], "HelpScreen": 0}


async def test_what_closed_screens_drew_is_freed_too(sample: Path) -> None:
    """Textual's style cache kept the style cache of every widget it drew, each with the
    lines the widget last drew: a thousand of them before the first went."""
    from textual._styles_cache import StylesCache
    from textual.widget import Widget

    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(4):
            for key in ("5", "escape", "2", "escape", "question_mark", "escape"):
                await pilot.press(key)
            await pilot.pause()
        gc.collect()
        caches = sum(1 for o in gc.get_objects() if isinstance(o, StylesCache))
        widgets = sum(1 for o in gc.get_objects() if isinstance(o, Widget))
        await pilot.press("ctrl+q")
    assert caches <= widgets
