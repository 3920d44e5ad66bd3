"""Scrollbars are drawn once for what they show (tui/scrollbar_lines.py): a screen shown
again repaints its scrollbars from the lines made before, and a scrollbar that moves,
grows or changes colour is drawn anew, as Textual draws it."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.scrollbar import ScrollBarRender
from textual.widgets import Static

from tests.ui_helpers import calls_of
from tui import scrollbar_lines


class Scrolled(App[None]):
    CSS = "VerticalScroll { height: 10; }"

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static("\n".join(f"line {n}" for n in range(40)))


def lines_of(bar) -> list[list[Segment]]:  # type: ignore[no-untyped-def]
    return [list(strip) for strip in bar.render_lines(Region(0, 0, *bar.size))]


async def test_a_scrollbar_repainted_as_it_was_is_not_drawn_again_and_one_that_moved_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scrollbar_lines.install()
    drawn = calls_of(monkeypatch, ScrollBarRender, "__rich_console__")
    app = Scrolled()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        scroll = app.query_one(VerticalScroll)
        bar = scroll.vertical_scrollbar
        assert scroll.show_vertical_scrollbar
        at_top = lines_of(bar)
        drawn.clear()
        bar.refresh()  # as a screen shown again repaints it
        assert lines_of(bar) == at_top
        assert drawn == []
        scroll.scroll_to(y=20, animate=False, immediate=True)
        await pilot.pause()
        moved = lines_of(bar)
        assert moved != at_top  # its thumb further down
        assert drawn  # drawn anew, as Textual draws it
        drawn.clear()
        scroll.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        assert lines_of(bar) == at_top
        assert drawn == []  # back where it was: the lines made then
