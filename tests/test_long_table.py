"""The table of step 5 and the plan: it makes only the rows it shows, and looks and
moves as Textual's DataTable does with the same rows."""

from __future__ import annotations

import pytest
from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from tests.side_by_side import pressed_in_both
from tests.ui_helpers import calls_of
from tui.widgets.long_table import Column, LongTable

SIZE = (60, 12)
COLUMNS = [("name", "Name", 12), ("score", "Score", 5), ("mark", "Mk", 3)]
#: Wider than the screen: the columns on the right are scrolled to.
WIDE = [*COLUMNS, *((f"base{n}", f"Base {n}", 6) for n in range(6))]


def cells(key: str) -> list[str]:
    number = int(key[1:])
    return [f"person {number}", str(number % 5 + 1).center(5), "  ✓" if number % 3 else "  ·"]


def wide_cells(key: str) -> list[str]:
    number = int(key[1:])
    return [*cells(key), *("  ✓" if (number + n) % 4 else "ชาวนา" for n in range(6))]


class Tables(App[None]):
    """A LongTable, or a DataTable with the same rows; ``made`` lists the rows asked for."""

    def __init__(
        self, rows: int, kind: str, fixed: int = 0, cursor: str = "cell", *, wide: bool = False, rich: bool = False
    ) -> None:
        """``wide``: the WIDE columns; ``rich``: the long table is given its cells as rich Texts."""
        super().__init__()
        self.rows, self.kind, self.fixed, self.cursor = rows, kind, fixed, cursor
        self.columns, self.cells = (WIDE, wide_cells) if wide else (COLUMNS, cells)
        self.rich = rich
        self.made: list[str] = []
        self.selected: list[tuple[str, str]] = []

    def compose(self) -> ComposeResult:
        if self.kind == "long":
            yield LongTable(zebra_stripes=True, fixed_columns=self.fixed, cursor_type=self.cursor)
        else:
            yield DataTable(zebra_stripes=True, fixed_columns=self.fixed, cursor_type=self.cursor)

    def on_mount(self) -> None:
        keys = [f"s{n}" for n in range(self.rows)]
        table = self.query_one(LongTable if self.kind == "long" else DataTable)
        if isinstance(table, LongTable):
            table.show([Column(key, Text(label), width) for key, label, width in self.columns], keys, self.make)
        else:
            for key, label, width in self.columns:
                table.add_column(label, key=key, width=width)
            for key in keys:
                table.add_row(*self.cells(key), key=key)
        table.focus()

    def on_long_table_cell_selected(self, event: LongTable.CellSelected) -> None:
        self.selected.append((event.row_key, event.column_key))

    def make(self, key: str) -> list[str | Text]:
        self.made.append(key)
        return [Text(cell) for cell in self.cells(key)] if self.rich else list(self.cells(key))


async def test_ten_thousand_rows_make_only_the_rows_on_screen() -> None:
    app = Tables(10_000, "long")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = SIZE[1] - 1  # less the header
        assert 0 < len(set(app.made)) <= shown
        app.made.clear()
        await pilot.press("pagedown")
        await pilot.pause()
        assert 0 < len(set(app.made)) <= shown
        await pilot.press("ctrl+end")
        await pilot.pause()
        table = app.query_one(LongTable)
        assert table.cursor_coordinate.row == 9_999 and "s9999" in app.made
        assert str(table.get_cell("s9999", "name")) == "person 9999"


def drawn(app: App) -> list[str]:
    table = app.query_one(LongTable) if isinstance(app, Tables) and app.kind == "long" else app.query_one(DataTable)
    return [table.render_line(y).text for y in range(table.size.height)]


@pytest.mark.parametrize("cursor", ["cell", "row"])
@pytest.mark.parametrize("fixed", [0, 1])
async def test_it_draws_and_moves_as_a_data_table(fixed: int, cursor: str) -> None:
    keys = ["down"] * 3 + ["right", "pagedown", "pagedown", "left", "up", "pageup"]
    keys += ["end", "ctrl+end", "home", "ctrl+home"]
    long_app, data_app = Tables(40, "long", fixed, cursor), Tables(40, "data", fixed, cursor)
    async for key in pressed_in_both(long_app, data_app, keys, SIZE):
        ours, theirs = long_app.query_one(LongTable), data_app.query_one(DataTable)
        assert ours.cursor_coordinate == theirs.cursor_coordinate, key
        assert ours.scroll_offset == theirs.scroll_offset, key
        assert drawn(long_app) == drawn(data_app), key


@pytest.mark.parametrize("cursor", ["cell", "row"])
@pytest.mark.parametrize("fixed", [0, 1])
async def test_a_table_wider_than_the_screen_scrolls_and_draws_as_a_data_table(fixed: int, cursor: str) -> None:
    """Only the cells in sight are made into a line; scrolled sideways, it reads as DataTable's."""
    keys = ["down", *["right"] * 9, "pagedown", "end", "left", "left", "home", "ctrl+end", "end"]
    long_app, data_app = Tables(40, "long", fixed, cursor, wide=True), Tables(40, "data", fixed, cursor, wide=True)
    async for key in pressed_in_both(long_app, data_app, keys, SIZE):
        ours, theirs = long_app.query_one(LongTable), data_app.query_one(DataTable)
        assert ours.cursor_coordinate == theirs.cursor_coordinate, key
        assert ours.scroll_offset == theirs.scroll_offset, key
        assert drawn(long_app) == drawn(data_app), key
    assert ours.scroll_offset.x > 0  # it did scroll sideways


@pytest.mark.parametrize("fixed", [0, 1])
async def test_plain_words_are_drawn_as_a_rich_text_of_them_is(fixed: int) -> None:
    """Cells given as plain words are drawn without a rich Text, in the same segments and styles."""
    keys = ["down", "right", "right", "right", "right", "right", "right", "down", "end", "pagedown"]
    plain_app, rich_app = Tables(40, "long", fixed, wide=True), Tables(40, "long", fixed, wide=True, rich=True)
    async for key in pressed_in_both(plain_app, rich_app, keys, SIZE):
        plain, rich = plain_app.query_one(LongTable), rich_app.query_one(LongTable)
        for y in range(plain.size.height):
            assert list(plain._draw_line(y)) == list(rich._draw_line(y)), (key, y)


async def test_a_line_makes_only_the_cells_in_sight(monkeypatch: pytest.MonkeyPatch) -> None:
    app = Tables(40, "long", wide=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.query_one(LongTable)
        made = calls_of(monkeypatch, LongTable, "_cell", lambda _table, cell, *_: cell)
        rendered = calls_of(monkeypatch, Text, "render")
        metas = calls_of(monkeypatch, Style, "from_meta", lambda meta: meta)
        table._draw_line(2)  # the second row: plain words, as the screens give them
        in_sight = 0
        x = 0
        for _key, _label, width in WIDE:
            in_sight += x < table.size.width
            x += width + 2
        assert made == wide_cells("s1")[:in_sight] and in_sight < len(WIDE)
        assert rendered == []  # no rich Text made and rendered for plain words
        cells_meta = [meta["column"] for meta in metas if "column" in meta and "out_of_bounds" not in meta]
        assert cells_meta == list(range(in_sight))  # what a click on each cell says, for those in sight


async def test_a_refill_draws_again_only_the_lines_that_read_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    """A screen fills its table again after every edit elsewhere: a row added below those in
    sight draws no line again, a row in sight that changed draws its line."""
    app = Tables(40, "long")
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(LongTable)
        table.styles.height = "1fr"  # as on the screens: its size is its styles', not its rows'
        await pilot.pause()
        columns = list(table.ordered_columns)
        drawn_again = calls_of(monkeypatch, LongTable, "render_line", lambda _table, y: y)
        table.show(columns, [*table.row_keys, "s40"], app.make)
        await pilot.pause()
        assert drawn_again == []
        assert table.virtual_size.height == 42  # the header and 41 rows: its scrollbar grew
        changed = {"s3": ["someone new", "  1  ", "  ·"]}
        table.show(columns, table.row_keys, lambda key: changed.get(key) or cells(key))
        await pilot.pause()
        assert drawn_again == [4]  # the header, then s0 to s3
        assert "someone new" in table.render_line(4).text


async def test_a_name_with_brackets_shows_as_typed() -> None:
    app = Tables(0, "long")
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(LongTable)
        table.show([Column("name", Text("Name"), 16)], ["s1"], lambda _key: ["[b]Somchai[/b]"])
        await pilot.pause()
        assert "[b]Somchai[/b]" in table.render_line(1).text


async def test_enter_selects_the_cell_and_a_changed_row_is_made_again() -> None:
    app = Tables(5, "long")
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(LongTable)
        await pilot.press("down", "right", "enter")
        await pilot.pause()
        assert app.selected == [("s1", "score")]
        app.made.clear()
        table.row_changed("s1")
        await pilot.pause()
        assert app.made == ["s1"]
