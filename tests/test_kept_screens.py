"""The steps and the planning table are built once and shown again at each visit
(PhakhiScreen.KEPT).

Building and laying out a screen was most of a screen switch's processor time,
and a workshop's worksheet goes home, to step 2, home, to step 5, all day. A
kept screen must look as a new one would: up to date after edits made
elsewhere, in the language chosen meanwhile, its fields empty and its cursor
at the start. A screen out of sight is not redrawn at every edit; it catches
up when it is shown again.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from textual._compositor import Compositor
from textual.app import App
from textual.coordinate import Coordinate
from textual.pilot import Pilot
from textual.scrollbar import ScrollBar
from textual.widgets import Input, Static

from tests.ui_helpers import calls_of, handled, settle, type_text
from tui import places
from tui.app import make_app
from tui.core.document import Document
from tui.core.vocab import Language
from tui.screens.base import PhakhiScreen
from tui.screens.home import HomeScreen
from tui.screens.identify import IdentifyScreen, SectorList
from tui.screens.power import PowerScreen, PowerTable
from tui.widgets.keybar import KeyBar


async def press(pilot: Pilot, *keys: str) -> None:
    """Press the keys, then wait until they have been handled."""
    await pilot.press(*keys)
    await handled(pilot)


async def test_a_kept_step_shows_edits_made_elsewhere(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "5")
        power = app.screen
        rows = power.query_one(PowerTable).row_count
        await press(pilot, "escape", "2")
        await type_text(pilot, "Kept screen test")
        await press(pilot, "enter", "escape")
        await press(pilot, "5")
        assert app.screen is power  # the same screen, shown again
        table = power.query_one(PowerTable)
        assert table.row_count == rows + 1
        assert "Kept screen test" in table.get_cell(table.row_keys[-1], "name").plain
        first = table.get_cell(table.row_keys[0], "influence").plain
        score = "2" if first.strip() == "3" else "3"
        await pilot.press(score)  # a score, then undone from home: step 5 shows the undo
        await handled(pilot)
        assert table.get_cell(table.row_keys[0], "influence").plain.strip() == score
        await press(pilot, "escape", "ctrl+z", "5")
        assert table.get_cell(table.row_keys[0], "influence").plain == first
        # What it shows is what a new drawing would show, line by line.
        assert all(table.render_line(y).text == table._draw_line(y).text for y in range(table.size.height))


async def test_a_kept_step_speaks_the_language_chosen_meanwhile(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "2")
        identify = app.screen
        english = identify.query_one("#add-people", Input).placeholder
        bar = identify.query_one(KeyBar)
        assert bar.lang is Language.EN
        await press(pilot, "escape", "ctrl+t", "2")
        assert app.screen is identify
        assert identify.query_one("#add-people", Input).placeholder != english
        assert bar.lang is Language.TH
        await press(pilot, "escape")
        assert isinstance(app.screen, HomeScreen)
        await press(pilot, "ctrl+t")
        assert identify.query_one("#add-people", Input).placeholder != english  # out of sight: not yet
        await press(pilot, "2")
        assert identify.query_one("#add-people", Input).placeholder == english


async def test_a_kept_step_opens_as_a_new_one_would(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "5")
        await pilot.press("4", "2", "right")  # two scores, a column on
        await handled(pilot)
        table = app.screen.query_one(PowerTable)
        assert table.cursor_coordinate == Coordinate(2, 2)
        await press(pilot, "escape", "5")
        assert app.focused is table
        assert table.cursor_coordinate == Coordinate(0, 1)
        await press(pilot, "escape", "2")
        assert isinstance(app.screen, IdentifyScreen)
        await type_text(pilot, "left half-typed")
        await pilot.press("tab", "down")  # on to the people's list, its second name
        await handled(pilot)
        people = app.screen.query_one("#list-people", SectorList)
        assert app.focused is people and people.highlighted == 1
        await press(pilot, "escape", "2")
        entry = app.screen.query_one("#add-people", Input)
        assert app.focused is entry and entry.value == ""
        assert people.highlighted == 0


async def test_a_screen_out_of_sight_is_not_redrawn_at_every_edit(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = calls_of(monkeypatch, HomeScreen, "show_workbook")
    power = calls_of(monkeypatch, PowerScreen, "show_workbook")
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "5", "escape", "2")
        home.clear()
        power.clear()
        for name in ("One", "Two", "Three"):
            await type_text(pilot, name)
            await press(pilot, "enter")
        assert home == power == []  # home under step 2, and step 5 kept aside, wait
        stakeholders = len(app.document.workbook.stakeholders)
        await press(pilot, "escape")
        assert len(home) == 1  # once, as it is shown again
        assert power == []
        assert str(stakeholders) in str(app.screen.query_one("#counts", Static).content)


async def test_a_step_shown_again_draws_its_lists_from_what_they_kept(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual works out a screen's styles again each time it is shown; styles that come out
    the same draw no name again (a count of lines made, never a time)."""
    made = calls_of(monkeypatch, SectorList, "_option_strips", lambda self, *_: self.id)
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "2")
        assert made  # drawn as first shown
        await press(pilot, "escape")
        made.clear()
        await press(pilot, "2")
        assert made == []
        await press(pilot, "tab")  # into the people's list: drawn as focused
        assert app.focused is app.screen.query_one("#list-people")
        assert set(made) == {"list-people"}


async def test_step_2_shown_again_finds_its_entries_and_lists_by_their_ids(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query walks the whole screen; step 2 shown again empties its entries and puts its lists
    at their starts, found by their ids, at every visit."""
    from textual.dom import DOMNode

    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "2")
        step = app.screen
        await type_text(pilot, "half a name")
        await press(pilot, "escape")
        walked = calls_of(monkeypatch, DOMNode, "query", lambda node, *_: node)
        await press(pilot, "2")
        assert app.screen is step and step not in walked
        assert step.query_one("#add-people", Input).value == ""


async def test_step_2_fills_its_lists_once_as_it_is_built(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    filled = calls_of(monkeypatch, SectorList, "show", lambda self, *_: self.id)
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "2")
        assert sorted(filled) == ["list-academic", "list-government", "list-people"]
        assert app.screen.query_one("#list-people", SectorList).option_count


async def test_a_kept_step_is_styled_again_only_when_the_styles_changed(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual works out every style of a screen pushed again (a quarter of coming to a kept
    step); a kept step is styled again only after a change its styles depend on (the
    theme, here), and then draws as a new one in that theme, every cell and colour."""
    styled = calls_of(monkeypatch, App, "update_styles", lambda _app, node, *_: node)
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "5")
        power = app.screen
        await press(pilot, "escape")
        styled.clear()
        await press(pilot, "5")
        assert app.screen is power
        assert power not in styled
        await press(pilot, "escape")
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await handled(pilot)
        styled.clear()
        await as_a_new_one(pilot, places.place("step5"))
        assert power in styled


async def test_a_kept_step_is_not_styled_again_for_the_styles_of_steps_built_meanwhile(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each step built for the first time brings the styles of widgets new to the app, and
    the stylesheet is parsed again; those styles are for those widgets alone, so a kept step
    shown after them is not styled again (every rule of its scrollbars was set anew, and the
    screen laid out: each kept step once after each first visit to another), and draws
    exactly as a new one."""
    from textual.screen import Screen

    styled = calls_of(monkeypatch, App, "update_styles", lambda _app, node, *_: node)
    laid_out = calls_of(monkeypatch, Screen, "_refresh_layout", lambda screen, *_: screen)
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "5")
        power = app.screen
        rules = app.stylesheet.rules
        await press(pilot, "escape", "3", "escape", "4", "escape", "7", "escape")
        assert app.stylesheet.rules is not rules  # parsed again with the new widgets' styles
        styled.clear()
        laid_out.clear()
        await press(pilot, "5")
        assert app.screen is power
        assert power not in styled
        assert power not in laid_out
        await press(pilot, "escape")
        await as_a_new_one(pilot, places.place("step5"))


async def test_a_step_laid_out_as_it_is_shown_again_is_drawn_once(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step that catches up with a name added elsewhere is laid out and repainted in one
    update: one frame of the whole screen, not first the regions the layout moved."""
    events: list[str] = []
    calls_of(
        monkeypatch,
        PhakhiScreen,
        "_on_timer_update",
        lambda screen: events.append("update") if screen._layout_required and screen._repaint_required else None,
    )
    calls_of(monkeypatch, Compositor, "render_partial_update", lambda _self: events.append("regions"))
    calls_of(monkeypatch, Compositor, "render_full_update", lambda _self, *_: events.append("whole screen"))
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "4", "escape", "6", "escape", "2")
        await type_text(pilot, "Laid out once")
        await press(pilot, "enter", "escape")
        events.clear()
        await press(pilot, "4", "escape", "6")
    laid_out_and_repainted = [i for i, event in enumerate(events) if event == "update"]
    assert laid_out_and_repainted  # steps 4 and 6 both grew a line
    for i in laid_out_and_repainted:
        assert events[i + 1] == "whole screen"


async def test_what_the_whole_frame_drew_is_not_drawn_again_after_it(sample: Path) -> None:
    """Step 5 shown again lays out its table, which asks for its scrollbars to be drawn; the
    whole frame that follows draws them, and their requests made before it draw nothing
    again. (Textual may still move a scrollbar after the frame, a request of its own, so
    the frames themselves are not counted here: the request made before is.)"""
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "5")
        screen = app.screen
        assert isinstance(screen, PhakhiScreen)
        bars = [bar for bar in screen._compositor.visible_widgets if isinstance(bar, ScrollBar)]
        assert bars  # the table's scrollbars are on screen
        for bar in bars:
            bar.refresh()
            assert bar._repaint_regions
        screen._repaint_required = True
        screen._on_timer_update()  # the whole frame, as a step shown again gets
        assert not any(bar._repaint_regions for bar in bars)


async def test_a_step_shown_again_is_drawn_in_one_frame(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Step 5 shown again, its key bar's save mark changed while it was aside: the whole frame
    draws the bar, and no frame follows for the bar's request to be drawn (sent before that
    frame, handled after it: Textual made a frame of nothing for it)."""
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "5", "3", "escape")  # a score, unsaved as step 5 is left
        await settle(pilot)  # saved now: home's bar says so, step 5's (aside) does not yet
        frames: list[str] = []
        calls_of(monkeypatch, Compositor, "render_partial_update", lambda _self: frames.append("regions"))
        calls_of(monkeypatch, Compositor, "render_full_update", lambda _self, *_: frames.append("whole screen"))
        await press(pilot, "5")
        await pilot.pause(0.1)
        assert app.screen.query_one(KeyBar).state_key == "status.saved"
        assert frames == ["whole screen"]


#: Keys that leave a kept screen unlike a new one: cursors moved on, focus elsewhere, a form
#: scrolled, a view chosen; by the place's id (tui/places.py).
STIRS = {
    "step1": ("tab", "tab", "end", "tab", "tab", "tab", "tab", "tab", "up"),
    "step3": ("ctrl+k", "down", "tab", "end", "ctrl+r", "down", "right"),
    "step4": ("down", "down", "tab", "down", "tab", "end"),
    "step5": ("3", "1", "4", "right", "right", "space", "end"),
    "step6": (),
    "step7": ("down", "down", "down", "tab", "tab", "end"),
    "plan": ("ctrl+s", "ctrl+f", "down", "right", "right", "tab", "end"),
}


async def drawn(pilot: Pilot) -> str:
    """The screen as the user sees it, every cell and its colours (Textual's own picture of it)."""
    app = pilot.app
    app.clear_notifications()
    await handled(pilot)
    for _ in range(100):  # the edits saved, as the bar's last cell says
        if app.save_state == "status.saved":
            break
        await pilot.pause(0.05)
    await pilot.pause(0.05)
    return pilot.app.export_screenshot(title="kept")


async def as_a_new_one(pilot: Pilot, place: places.Place, *, shown: bool = False) -> None:
    """The place shown again (kept; ``shown``: on screen already) draws exactly what a new one
    draws, every line."""
    app = pilot.app
    if not shown:
        await press(pilot, place.key)
    kept = app.screen
    shown_again = await drawn(pilot)
    await press(pilot, "escape")
    app.uninstall_screen(place.id)
    await press(pilot, place.key)
    assert app.screen is not kept
    fresh = await drawn(pilot)
    if shown_again != fresh:
        assert screen_lines_of(shown_again) == screen_lines_of(fresh)
        assert shown_again == fresh  # the same words, drawn otherwise (a highlight, the focus)


def screen_lines_of(svg: str) -> list[str]:
    lines: dict[int, list[str]] = {}
    for number, text in re.findall(r'clip-path="url\(#[\w-]+-line-(\d+)\)">([^<]*)</text>', svg):
        lines.setdefault(int(number), []).append(html.unescape(text).replace("\xa0", " "))
    return ["".join(lines[n]) for n in sorted(lines)]


@pytest.mark.parametrize("place_id", sorted(STIRS))
@pytest.mark.usefixtures("quick_autosave")
async def test_a_kept_screen_draws_what_a_new_one_draws(sample: Path, place_id: str) -> None:
    """After an edit made on another screen, after ctrl+t, after ctrl+z from home."""
    place = places.place(place_id)
    stirs = STIRS[place_id]
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, place.key)
        assert isinstance(app.screen, PhakhiScreen) and app.screen.KEPT
        await press(pilot, *stirs, "escape", "2")
        await type_text(pilot, "Kept elsewhere")
        await press(pilot, "enter", "escape")
        await as_a_new_one(pilot, place)
        await press(pilot, *stirs, "escape", "ctrl+t")
        await as_a_new_one(pilot, place)
        await press(pilot, *stirs, "escape", "ctrl+z")
        await as_a_new_one(pilot, place)


@pytest.mark.parametrize("place_id", sorted(STIRS))
async def test_a_kept_screen_follows_a_resize_made_while_it_was_away(sample: Path, place_id: str) -> None:
    """A projector plugged in at the break: the terminal grows while the screen is out of sight,
    and shrinks again, and the screen shown again fits it as a new one would."""
    place = places.place(place_id)
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, place.key, *STIRS[place_id], "escape")
        await pilot.resize_terminal(120, 40)
        await as_a_new_one(pilot, place)
        await press(pilot, "escape")
        await pilot.resize_terminal(80, 24)
        await as_a_new_one(pilot, place)
        await pilot.resize_terminal(100, 30)  # and while it is on screen
        await as_a_new_one(pilot, place, shown=True)
