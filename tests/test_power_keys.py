"""Step 5 as a workshop uses it: shown again after a name added in step 2, then
scored key after key. Forty typists share a small server, so what a visit and a
score make the app do is counted here (lines drawn, scrollbars drawn, messages),
never timed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.scrollbar import ScrollBar

from tests.ui_helpers import calls_of, handled, type_text
from tui.app import make_app
from tui.core.document import Document
from tui.core.vocab import Language
from tui.screens.power import PowerScreen, PowerTable


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await handled(pilot)


async def scored_then_named(pilot: Pilot) -> PowerTable:
    """Four scores in step 5 (the cursor four rows down), then a name added in step 2, and home."""
    await press(pilot, "5", "3", "1", "4", "2")
    table = pilot.app.screen.query_one(PowerTable)
    await press(pilot, "escape", "2")
    await type_text(pilot, "Named in step 2")
    await press(pilot, "enter", "escape")
    return table


async def test_step_5_shown_again_draws_only_the_lines_the_cursor_left_and_came_to(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new name is below the rows in sight: the rows are not drawn again, nor is the
    sideways scrollbar (the table grew longer, not wider); the cursor goes back to the first
    score, so its two lines are."""
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await scored_then_named(pilot)
        rows = table.row_count
        lines = calls_of(monkeypatch, PowerTable, "render_line", lambda _table, y: y)
        bars = calls_of(
            monkeypatch, ScrollBar, "refresh", lambda bar, *_: "up and down" if bar.vertical else "sideways"
        )
        await press(pilot, "5")
        assert app.screen.query_one(PowerTable) is table and table.row_count == rows + 1
        assert table.cursor_coordinate == (0, 1) and app.focused is table
        assert sorted(set(lines)) == [1, 5]  # rows 0 and 4, under the header
        assert "sideways" not in bars and "up and down" in bars


async def test_a_score_tells_no_one_that_the_cursor_moved(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing on step 5 listens for the cursor's moves: the table says nothing of them (a
    message up through the screen and the app at every score)."""
    posted = calls_of(monkeypatch, PowerTable, "post_message", lambda _table, message: type(message).__name__)
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "5", "3", "1")
        screen = app.screen
        assert isinstance(screen, PowerScreen)
        table = screen.query_one(PowerTable)
        assert table.cursor_coordinate == (2, 1)
        first, second = (app.document.workbook.stakeholder(key) for key in table.row_keys[:2])
        assert first is not None and second is not None
        assert (first.influence, second.influence) == (3, 1)
    assert "CellHighlighted" not in posted
