"""Marking who left the network (step 2, l) and a tie that ended (step 4, e) by keys:
the dialog, the marks in the lists in both languages, undo, and the saved file."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.ui_helpers import settle, ties_of_the_first, type_text
from tui import days
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Language
from tui.screens.day_dialog import DayDialog
from tui.screens.home import HomeScreen
from tui.screens.identify import IdentifyScreen
from tui.widgets.keybar import KeyBar

SIZE = (80, 24)
TODAY = "2026-03-01"

pytestmark = pytest.mark.usefixtures("quick_autosave")


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(days, "today", lambda: datetime.date.fromisoformat(TODAY))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "workshop.toml"


def saved(path: Path):
    return store.load(path)[0]


def three_stakeholders(path: Path) -> Document:
    document = Document.open(path, Language.TH)
    document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    document.editor.add_stakeholder("นายก ทม.", "government", "individual")
    document.editor.add_stakeholder("สวนผักคนเมือง")
    document.editor.add_tie("s1", "s2")
    return document


async def test_step_2_l_marks_who_left_with_a_day_and_why_and_undo_takes_it_back(path: Path) -> None:
    app = make_app(three_stakeholders(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        screen = app.screen
        assert isinstance(screen, IdentifyScreen)
        await pilot.press("tab", "l")  # the first name of ประชาชน: กลุ่มเกษตรอินทรีย์
        assert isinstance(app.screen, DayDialog)
        assert app.screen.query_one("#day", Input).value == TODAY
        assert "ตกลง" in str(app.screen.query_one(KeyBar).render())  # the key bar says Enter confirms
        await type_text(pilot, "ได้สิ่งที่ต้องการแล้ว")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        left = saved(path).stakeholder("s1")
        assert left is not None and (left.left, left.left_reason) == (TODAY, "ได้สิ่งที่ต้องการแล้ว")
        assert screen.prompt_of("s1") == "■ กลุ่มเกษตรอินทรีย์ (ออกแล้ว 2026-03-01)"
        assert screen.prompt_of("s3") == "■ สวนผักคนเมือง"
        # Away and back, then in English: the mark follows the language.
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("2", "ctrl+t")
        assert app.screen is screen
        assert screen.prompt_of("s1") == "■ กลุ่มเกษตรอินทรีย์ (left 2026-03-01)"
        # One undo step takes back the day and the reason together.
        await pilot.press("ctrl+z")
        await settle(pilot)
        back = saved(path).stakeholder("s1")
        assert back is not None and (back.left, back.left_reason) == ("", "")
        assert screen.prompt_of("s1") == "■ กลุ่มเกษตรอินทรีย์"
        # Redo, then l on one who left brings them back, no question asked; undo, gone again.
        await pilot.press("ctrl+y")
        await pilot.press("tab", "l")
        await settle(pilot)
        assert isinstance(app.screen, IdentifyScreen)
        assert saved(path).stakeholder("s1").left == ""
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert saved(path).stakeholder("s1").left == TODAY


async def test_step_2_escape_in_the_dialog_changes_nothing(path: Path) -> None:
    app = make_app(three_stakeholders(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "l")
        assert isinstance(app.screen, DayDialog)
        await pilot.press("escape")
        assert isinstance(app.screen, IdentifyScreen)
        assert all(not s.left for s in app.document.workbook.stakeholders)
        assert not any(c.label.endswith("left the network") for c in app.document.editor.undo_stack)


async def test_step_4_e_ends_the_tie_on_a_day_and_refuses_one_that_is_not(path: Path) -> None:
    app = make_app(three_stakeholders(path))
    async with app.run_test(size=SIZE) as pilot:
        screen, ties = await ties_of_the_first(pilot, app)  # the ties of กลุ่มเกษตรอินทรีย์
        await pilot.press("e")
        assert isinstance(app.screen, DayDialog)
        dialog = app.screen
        await type_text(pilot, "x")  # 2026-03-01x
        await pilot.press("enter")
        assert app.screen is dialog  # not a day: said, and the dialog stays
        assert "2026-03-01" in str(dialog.query_one("#day-problem", Static).render())
        await pilot.press("ctrl+t")  # the dialog's words follow the language
        assert "Not a day" in str(dialog.query_one("#day-problem", Static).render())
        await pilot.press("backspace", "enter")
        await settle(pilot)
        assert app.screen is screen
        assert saved(path).ties[0].ended == TODAY
        ended = ties.get_option_at_index(0).prompt
        assert str(ended).endswith("นายก ทม. (ended 2026-03-01)") and getattr(ended, "style", "") == "dim"
        # Home and back: the tie stays marked; undo in one step.
        await pilot.press("escape", "4")
        assert app.screen is screen
        await pilot.press("ctrl+t")
        assert str(ties.get_option_at_index(0).prompt).endswith("นายก ทม. (สิ้นสุด 2026-03-01)")
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert saved(path).ties[0].ended == ""
        assert str(ties.get_option_at_index(0).prompt).endswith("นายก ทม.")
