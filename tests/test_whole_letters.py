"""Where Textual cuts a line (a table's edge, a column scrolled away), Thai marks stay with their letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import get_character_cell_size
from rich.segment import Segment

from tui import whole_letters
from tui.app import make_app
from tui.core.document import Document
from tui.core.vocab import Language
from tui.widgets.long_table import LongTable

RULE = "กำหนดหลักเกณฑ์ว่าโครงการ"  # the influence of the fund committee, in the Thai sample


def stray_marks(line: str) -> list[int]:
    """Where a zero-width mark stands with no letter of its own before it:
    at the start of the line, or after a blank, where the terminal would draw
    it on the blank."""
    return [i for i, c in enumerate(line) if get_character_cell_size(c) == 0 and (i == 0 or line[i - 1] == " ")]


@pytest.fixture
def rich_cuts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich's own split for the test, whatever an earlier app installed."""
    monkeypatch.setattr(Segment, "split_cells", whole_letters.RICH_SPLIT)


def test_a_cut_after_a_letter_keeps_its_marks_on_the_left() -> None:
    left, right = whole_letters.split_cells(Segment(RULE), 12)
    assert (left.text, right.text) == ("กำหนดหลักเกณฑ์", "ว่าโครงการ")
    left, right = whole_letters.split_cells(Segment(RULE), 13)
    assert (left.text, right.text) == ("กำหนดหลักเกณฑ์ว่", "าโครงการ")


def test_rich_alone_puts_the_mark_after_the_cut(rich_cuts: None) -> None:
    """What the workaround is for (rich 15): a later rich that cuts by grapheme makes it needless."""
    left, right = Segment(RULE).split_cells(12)
    assert (left.text, right.text) == ("กำหนดหลักเกณฑ", "์ว่าโครงการ")


def test_a_wide_character_cut_in_half_is_two_blanks_as_before() -> None:
    left, right = whole_letters.split_cells(Segment("ab中文"), 3)
    assert (left.text, right.text) == ("ab ", " 文")
    assert whole_letters.split_cells(Segment("ab"), 5)[0].text == "ab"


async def test_a_table_scrolled_cell_by_cell_never_shows_a_stray_mark(sample: Path) -> None:
    """The worksheet table of step 3, scrolled sideways one cell at a time:
    wherever its columns are cut at the left, no mark stands on a blank."""
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "ctrl+r")
        await pilot.pause()
        table = app.screen.query_one("#study-table", LongTable)
        assert table.max_scroll_x > 0
        strays = []
        for x in range(int(table.max_scroll_x) + 1):
            table.scroll_x = x
            for y in range(table.size.height):
                line = table.render_line(y).text
                strays += [(x, y, line) for _ in stray_marks(line)]
        assert not strays
