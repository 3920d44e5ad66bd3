"""A widget whose lines are all kept gives them without working out how to draw one.

Coming home from a step is a frame of the whole screen in which nothing on
home changed: every widget's lines are kept, and Textual worked out each
widget's background, region, padding and opacity before finding them so
(tui/clean_lines.py). What is drawn stays Textual's: the kept screens' tests
(tests/test_kept_screens.py) compare every cell of a screen shown again with a
new one's, after edits, a resize and a change of theme.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual._styles_cache import StylesCache

from tests.ui_helpers import calls_of, handled
from tui import clean_lines
from tui.app import make_app
from tui.core.document import Document
from tui.core.vocab import Language


async def test_home_shown_again_draws_from_its_kept_lines(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("6", "escape")
        await handled(pilot)
        home = app.screen
        before = app.export_screenshot()
        worked_out = calls_of(monkeypatch, StylesCache, "render", lambda _cache, *_: None)
        await pilot.press("6", "escape")
        await handled(pilot)
        assert app.screen is home
        assert worked_out == []
        assert app.export_screenshot() == before
        await pilot.press("ctrl+q")


def test_installing_twice_is_installing_once() -> None:
    assert clean_lines.install()
    given = StylesCache.render_widget
    assert clean_lines.install()
    assert StylesCache.render_widget is given
