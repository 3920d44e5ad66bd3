"""An edit repaints what it changed, not the screen.

Every ``Static.update`` lays the screen out again, and Textual then repaints
every widget across the span of what changed: the step bar, told its
unchanged line at every score in step 5, had the whole table drawn again
each time (a third of a score's processor time on a workshop's server).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import make_app
from tui.core.document import Document
from tui.widgets.step_bar import StepBar


async def test_a_score_leaves_the_step_bar_alone(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    updates: list[object] = []
    real = StepBar.update

    def counted(self: StepBar, *args: object, **kwargs: object) -> None:
        updates.append(args)
        real(self, *args, **kwargs)

    monkeypatch.setattr(StepBar, "update", counted)
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        shown = len(updates)
        for score in "3142":
            await pilot.press(score)
        await pilot.pause()
        after_scores = len(updates)
        await pilot.press("ctrl+q")
    assert shown >= 1  # the bar was drawn as the step opened
    assert after_scores == shown


async def test_a_name_added_draws_its_line_alone(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sector's list is filled again after an edit; a line that reads as it did is
    not drawn again (a count of lines made, never a time)."""
    from tests.ui_helpers import calls_of, handled, type_text
    from tui.screens.identify import SectorList

    made = calls_of(monkeypatch, SectorList, "_option_strips", lambda self, *_: self.id)
    asked = calls_of(monkeypatch, SectorList, "render_line", lambda self, _y: self.id)
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "tab", "tab")  # the academics' entry: their list is short
        await handled(pilot)
        academics = app.screen.query_one("#list-academic", SectorList)
        count = academics.option_count
        made.clear()
        await type_text(pilot, "ดร.ใหม่")
        asked.clear()
        await pilot.press("enter")
        await handled(pilot)
        assert academics.option_count == count + 1
        assert made == ["list-academic"]  # the new name, and nothing else in any list
        assert set(asked) == {"list-academic"}  # the lists that did not change are not even asked
        await pilot.press("ctrl+q")


async def test_a_name_added_lays_nothing_out_until_its_list_needs_a_scrollbar(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list one line longer in a place of fixed height needs its scrollbar and its lines,
    not the screen laid out again (most of step 2's Enter); the scrollbar that comes when
    the list outgrows its place lays the screen out, once."""
    from textual.screen import Screen

    from tests.ui_helpers import calls_of, handled, type_text
    from tui.screens.identify import SectorList

    laid_out = calls_of(monkeypatch, Screen, "_refresh_layout")
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "tab", "tab")  # the academics' entry: their list is short
        await handled(pilot)
        academics = app.screen.query_one("#list-academic", SectorList)
        count, lines = academics.option_count, academics.virtual_size.height
        assert not academics.show_vertical_scrollbar
        await type_text(pilot, "ดร.ใหม่")
        await handled(pilot)
        laid_out.clear()
        await pilot.press("enter")
        await handled(pilot)
        assert academics.option_count == count + 1
        assert academics.virtual_size.height == lines + 1
        assert laid_out == []
        added = 1
        while not academics.show_vertical_scrollbar:
            await type_text(pilot, f"ดร.ใหม่{added}")
            await pilot.press("enter")
            await handled(pilot)
            added += 1
            assert added < 30
        height = academics.virtual_size.height
        assert height > academics.scrollable_content_region.height
        assert academics.vertical_scrollbar.window_virtual_size == height
        assert academics.max_scroll_y == height - academics.scrollable_content_region.height
        assert 1 <= len(laid_out) <= 3  # the scrollbar coming (not a layout a name)
        await pilot.press("ctrl+q")


async def test_step_5_shown_after_an_edit_elsewhere_draws_what_changed(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.screen import Screen

    from tests.ui_helpers import calls_of, handled, type_text
    from tui.widgets.long_table import LongTable

    drawn = calls_of(monkeypatch, LongTable, "_draw_line", lambda _self, y: y)
    laid_out = calls_of(monkeypatch, Screen, "_refresh_layout")
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await handled(pilot)
        table = app.screen.query_one(LongTable)
        rows_on_screen = table.size.height - table.header_height
        assert len(drawn) >= rows_on_screen  # drawn whole as first shown
        await pilot.press("escape", "2")
        await type_text(pilot, "ผู้ใหม่")
        await pilot.press("enter", "escape")
        await handled(pilot)
        drawn.clear()
        laid_out.clear()
        await pilot.press("5")  # a row more, far below: the rows on screen read as they did
        await handled(pilot)
        assert table.row_count > rows_on_screen
        assert [y for y in drawn if y >= table.header_height] == []
        assert laid_out == []  # neither the table grown nor the screen styled again
        assert table.vertical_scrollbar.window_virtual_size == table.row_count + table.header_height
        await pilot.press("ctrl+q")


async def test_a_letter_typed_is_a_repaint_of_its_field(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Input sets its scrollable width at every letter, which laid the whole step out again
    (half a letter's processor time); a name longer than its field still keeps the cursor in
    sight as it grows (its hidden scrollbar shown, a layout once), and the field scrolls
    back as it is rubbed out."""
    from textual.screen import Screen

    from tests.ui_helpers import calls_of, handled, type_text
    from tui.screens.identify import NameEntry

    laid_out = calls_of(monkeypatch, Screen, "_refresh_layout")
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await handled(pilot)
        entry = app.focused
        assert isinstance(entry, NameEntry)
        laid_out.clear()
        await type_text(pilot, "สหกรณ์ผัก")  # fits in the field
        await handled(pilot)
        assert laid_out == []
        name = "สหกรณ์ผักอินทรีย์บ้านหนองบัวและเครือข่ายผู้ปลูก"
        await type_text(pilot, name.removeprefix("สหกรณ์ผัก"))
        await handled(pilot)
        assert entry.value == name
        assert entry.scroll_x > 0  # longer than the field: scrolled to the cursor at its end
        assert entry.scroll_x == entry.max_scroll_x == entry.virtual_size.width - entry.content_region.width
        await pilot.press(*["backspace"] * len(name))
        await handled(pilot)
        assert entry.value == ""
        assert entry.scroll_x == 0
        await pilot.press("ctrl+q")


async def test_a_name_s_first_letter_and_its_enter_lay_nothing_out_where_the_hint_outgrows_the_field(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In English the empty name field's hint is a cell wider than the field: Textual showed
    its hidden scrollbar, and hid it at the first letter, laying step 2 out again at every
    name's first letter and at every Enter (a third of a name's processor time)."""
    from textual.screen import Screen

    from tests.ui_helpers import calls_of, handled, type_text
    from tui.core.vocab import Language
    from tui.screens.identify import NameEntry

    laid_out = calls_of(monkeypatch, Screen, "_refresh_layout")
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await handled(pilot)
        entry = app.focused
        assert isinstance(entry, NameEntry)
        await type_text(pilot, "ห้อง0")
        await pilot.press("enter")
        await handled(pilot)
        assert entry.virtual_size.width > entry.content_region.width  # the hint, wider than the field
        for name in ("ห้อง1", "ห้อง2"):
            laid_out.clear()
            await type_text(pilot, name)
            await pilot.press("enter")
            await handled(pilot)
            assert entry.value == ""
            assert laid_out == []
        assert [s.name for s in app.document.workbook.stakeholders][-2:] == ["ห้อง1", "ห้อง2"]
        await pilot.press("ctrl+q")


async def test_home_draws_again_only_the_places_its_highlight_moved_between(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A place opened is highlighted, so that back home the cursor is on it; coming home
    draws its option and the one the highlight left, and the list looks as drawn anew."""
    from textual.widgets import OptionList

    from tests.ui_helpers import calls_of, handled

    drawn = calls_of(monkeypatch, OptionList, "render_line", lambda _self, y: y)
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await handled(pilot)
        steps = app.screen.query_one("#steps", OptionList)
        before = steps.highlighted
        drawn.clear()
        await pilot.press("5")
        await handled(pilot)
        await pilot.press("escape")
        await handled(pilot)
        after = steps.highlighted
        assert after is not None and before is not None and after != before
        assert steps.get_option_at_index(after).id == "step5"
        assert set(drawn) == {steps._index_to_line[before], steps._index_to_line[after]}
        shown = app.export_screenshot()
        steps.refresh()  # every line drawn anew
        await handled(pilot)
        assert app.export_screenshot() == shown
        await pilot.press("ctrl+q")


async def test_step_4_shown_again_after_a_name_added_lays_nothing_out(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shown again, step 4 loads its first stakeholder's ties: a list that reads as it did is
    left alone, and the tie's form stays shown (it was hidden and shown again, the tie list
    emptied and filled: four layouts of the screen at every visit)."""
    from textual.screen import Screen

    from tests.ui_helpers import calls_of, handled, type_text
    from tui.screens.relationships import TieList
    from tui.widgets.record_form import RecordForm

    laid_out = calls_of(monkeypatch, Screen, "_refresh_layout")
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await handled(pilot)
        ties = app.screen.query_one("#tie-list", TieList)
        assert ties.highlighted == 0
        await pilot.press("escape", "2")
        await type_text(pilot, "ผู้ใหม่")
        await pilot.press("enter", "escape")
        await handled(pilot)
        laid_out.clear()
        await pilot.press("4")
        await handled(pilot)
        assert ties.highlighted == 0
        assert app.screen.query_one("#tie-form", RecordForm).display
        assert laid_out == []  # hiding and showing the form would lay it out
        await pilot.press("ctrl+q")


async def test_step_3_shown_again_finds_its_form_s_fields_without_a_search(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Put back as new, step 3's form shows each field anew; a search of the form for its
    fields walked its hundreds of widgets twice at every visit (a fifth of coming to step 3)."""
    from tests.ui_helpers import calls_of, handled, type_text
    from tui.widgets.record_form import RecordForm

    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await handled(pilot)
        form = app.screen.query_one(RecordForm)
        first = {name: form.field(name) for name in form.names}
        await pilot.press("escape", "2")
        await type_text(pilot, "ผู้ใหม่")
        await pilot.press("enter", "escape")
        await handled(pilot)
        searched = calls_of(monkeypatch, RecordForm, "query")
        found = calls_of(monkeypatch, RecordForm, "query_one", lambda _self, selector, *_: selector)
        await pilot.press("3")
        await handled(pilot)
        assert searched == []
        assert [selector for selector in found if str(selector).startswith("#field-")] == []
        assert {name: form.field(name) for name in form.names} == first
        assert all(field.id == f"field-{name}" for name, field in first.items())
        await pilot.press("ctrl+q")


@pytest.mark.parametrize("step", ["3", "4", "7"])
async def test_a_stakeholder_step_shown_again_searches_none_of_its_widgets(
    sample: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """Shown again, steps 3, 4 and 7 put their forms back as new: found once, not searched for
    among every widget of the page at every visit (step 3's form alone has hundreds)."""
    from textual.dom import DOMNode

    from tests.ui_helpers import calls_of, handled

    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(step, "escape")
        await handled(pilot)
        searched = calls_of(monkeypatch, DOMNode, "query", lambda node, *selector: (type(node).__name__, selector))
        await pilot.press(step)
        await handled(pilot)
        assert searched == []
        await pilot.press("ctrl+q")


async def test_a_change_on_home_under_a_step_draws_no_frame_of_the_step(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressing 5 at home moves home's highlight to step 5 as step 5 opens over it, and home's
    lines are drawn once step 5 is up. Textual then had the screen on top draw again what
    changed on the screen under it, though step 5 hides it whole: a second frame of step 5 at
    every visit (and of the whole map screen, at every m). Home draws it when shown again."""
    from textual._compositor import Compositor  # private: where a frame of a screen is made

    from tests.ui_helpers import calls_of, handled
    from tui.screens.home import HomeScreen, PlaceList
    from tui.screens.power import PowerScreen

    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await handled(pilot)
        assert isinstance(app.screen, PowerScreen)
        home = next(screen for screen in app.screen_stack if isinstance(screen, HomeScreen))
        frames = calls_of(monkeypatch, Compositor, "render_update", lambda compositor, *_: compositor)
        home.query_one(PlaceList).refresh()  # what moving its highlight does, under step 5
        await handled(pilot)
        await pilot.pause(0.1)
        assert frames == []
        await pilot.press("escape")
        await handled(pilot)
        assert app.screen is home and frames[-1] is home._compositor  # drawn as it is shown again
