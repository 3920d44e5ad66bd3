"""A screen the user has left is freed, with all its widgets.

Textual keeps a watcher of the app's language in the app until the language
next changes, and every step, map and dialog ever opened stayed in memory: a
session of a workshop's worksheet grew by about 2 MB a round.
"""

from __future__ import annotations

import gc
from pathlib import Path

from textual.screen import Screen

from tui.app import make_app
from tui.core.document import Document


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
    assert left == {"PowerScreen": 0, "IdentifyScreen": 0, "MapScreen": left["MapScreen"], "HelpScreen": 0}


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
