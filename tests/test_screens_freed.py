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

from tui.app import make_app
from tui.core.document import Document
from tui.screens.home import HomeScreen
from tui.screens.pick_stakeholder import StakeholderPicker


async def test_closed_steps_and_dialogs_are_freed(sample: Path) -> None:
    """Steps 1 to 7 and step 6's dialog, each opened and closed. (The planning table and the
    map are not in the list: a finished thread worker of theirs, Textual's own for the
    plan's Log, still refers to the screen through the context it ran in.)"""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        closed = []
        for key in ("1", "2", "3", "4", "5", "6", "7"):
            await pilot.press(key)
            await pilot.pause()
            closed.append(weakref.ref(app.screen))
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
        assert [type(screen()).__name__ for screen in closed if screen() is not None] == []
        await pilot.press("ctrl+t")  # the language still reaches the screen shown
        await pilot.pause()
        assert "Identify stakeholders" in str(app.screen.query_one("#steps").get_option_at_index(1).prompt)
