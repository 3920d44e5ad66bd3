"""A record form's choice draws as Textual's Select draws, with half its widgets.

Each choice is drawn beside a Select with the same options, in the form's own
styles, and both are pressed the same keys: every cell, its letter and its
colours, is the same, and so is Textual's picture of the screen (the
snapshots' SVG) while no list is open. An open list is drawn over the rows
below, and Textual cuts it at the edges of every widget under it, a Select's
arrow among them: the same cells, in other runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Label, Select

from tests.side_by_side import pressed_in_both
from tests.ui_helpers import handled
from tui.app import make_app
from tui.core.document import Document
from tui.widgets.choice import Choice

STEPS_CSS = (Path(__file__).parent.parent / "tui" / "screens" / "steps.tcss").read_text(encoding="utf-8")
#: A long Thai option wraps in the field, which shows its first line; an empty field shows the prompt.
OPTIONS = [("ประสานความร่วมมือ กับเครือข่ายเกษตรอินทรีย์ภาคใต้ทั้งหมด", 1), ("Tight", 2), ("Loose ties", 3)]
#: Each field: whether it may be left empty, and its value (none, a short one, the long one).
FIELDS = [(True, Select.NULL), (True, 2), (False, 1), (True, 1)]
#: Into the first field and out, its list opened, moved in and chosen from, the third's opened and closed.
KEYS = ["tab", "tab", "shift+tab", "enter", "down", "enter", "tab", "tab", "enter", "escape", "tab"]


class Form(App[None]):
    CSS = STEPS_CSS

    def __init__(self, kind: type[Select[Any]], theme: str) -> None:
        super().__init__()
        self.kind = kind
        self.theme_name = theme

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="record-form"):
            for number, (blank, _value) in enumerate(FIELDS):
                with Horizontal(classes="form-row"):
                    yield Label(f"field {number}", classes="field-label")
                    yield self.kind(OPTIONS, prompt="(เลือก)", allow_blank=blank, id=f"f{number}", classes="field")

    def on_mount(self) -> None:
        self.theme = self.theme_name
        for number, (_blank, value) in enumerate(FIELDS):
            self.query_one(f"#f{number}", Select).value = value


def cells(app: App[None]) -> list[list[tuple[object, ...]]]:
    """Every cell of the screen: its letter, colours and attributes."""
    rows = []
    for strip in app.screen._compositor.render_strips():
        row: list[tuple[object, ...]] = []
        for segment in strip:
            style = segment.style
            looks = () if style is None else (style.color, style.bgcolor, style.bold, style.dim, style.reverse)
            row.extend((letter, *looks) for letter in segment.text)
        rows.append(row)
    return rows


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("width", [80, 60])
async def test_a_choice_draws_what_a_select_draws(theme: str, width: int) -> None:
    ours, theirs = Form(Choice, theme), Form(Select, theme)
    last: list[tuple[object, bool, bool]] = []
    async for key in pressed_in_both(ours, theirs, KEYS, (width, 12)):
        last = states(ours)
        assert last == states(theirs), key
        assert cells(ours) == cells(theirs), key
        if not any(select.expanded for select in theirs.query(Select)):
            assert ours.export_screenshot() == theirs.export_screenshot(), key
    assert last[0] == (1, False, False)  # the first field's list was opened, moved in and chosen from


def states(app: Form) -> list[tuple[object, bool, bool]]:
    """Each field's value, whether its list is open, whether it has the cursor."""
    return [(select.value, select.expanded, select.has_focus) for select in app.query(Select)]


async def test_step_4_s_choices_are_two_widgets_drawn_each(sample: Path) -> None:
    """Step 4's form has four choices: 8 of the widgets drawn in each of its frames, where
    Textual's Select made 16 (its row, the value's text and two arrows, one hidden)."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await handled(pilot)
        choices = list(app.screen.query(Select))
        assert len(choices) == 4
        drawn = app.screen._compositor.visible_widgets
        assert sum(1 for widget in drawn if any(isinstance(up, Select) for up in widget.ancestors_with_self)) == 8
        await pilot.press("ctrl+q")
