"""A table that makes and draws only the rows on screen, for workbooks of thousands.

Textual's DataTable keeps every cell of every row and measures each one when
rows are added: step 5 took about 15 s to open at 10,000 stakeholders. Here
the screen gives each column its width, and a function from a row's key to
its cells; a row's cells are asked for when the row is first drawn, and
kept until the screen says the row changed. Opening and scrolling cost what
the screen shows, whatever the number of rows.

It looks and answers keys as DataTable does — its styles and component
classes (so the app's ``.datatable--*`` rules apply), its key bindings, a
cell or a row cursor, zebra stripes, a header of one or more lines, fixed columns on
the left — since the step 5 and planning screens were made for it
(tests/test_long_table.py draws both side by side). A click moves the
cursor, a click on it selects; there is no hover highlight. Cells are
plain text (never markup: a name with brackets in it shows as typed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.color import Color
from textual.coordinate import Coordinate
from textual.geometry import Offset, Region, Size, Spacing
from textual.message import Message
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import DataTable

from tui.widgets.virtual_size import set_virtual_size

#: A row's cells from its key.
MakeCells = Callable[[str], Sequence[str | Text]]
#: A row's cells as made, and what they look like (what its line is kept by, :meth:`LongTable._look`).
Row = tuple[Sequence[str | Text], tuple[object, ...]]
#: Rows whose cells are kept: several screens' worth, so moving back and forth makes nothing again.
KEPT_ROWS = 512


def _looks(cells: Iterable[str | Text]) -> tuple[object, ...]:
    """What the cells look like: plain words as they are, a rich Text by its words and styles."""
    return tuple(cell if isinstance(cell, str) else (cell.plain, cell.style, tuple(cell.spans)) for cell in cells)


@dataclass(frozen=True)
class Column:
    key: str
    label: Text
    #: In cells, without the padding on either side.
    width: int


class LongTable(ScrollView, can_focus=True):
    ALLOW_SELECT = False
    BINDINGS = DataTable.BINDINGS
    COMPONENT_CLASSES = DataTable.COMPONENT_CLASSES
    DEFAULT_CSS = DataTable.DEFAULT_CSS.replace("DataTable", "LongTable")

    #: Posts :class:`CellHighlighted` as the cursor moves: a table whose screen has no use for
    #: it says not (a message goes up through the screen and the app at every key).
    TELLS_HIGHLIGHT = True

    cursor_coordinate: Reactive[Coordinate] = Reactive(Coordinate(0, 0), repaint=False, always_update=True)

    class CellHighlighted(Message):
        """The cursor came to a cell."""

        def __init__(self, table: LongTable, coordinate: Coordinate, row_key: str, column_key: str) -> None:
            super().__init__()
            self.table, self.coordinate, self.row_key, self.column_key = table, coordinate, row_key, column_key

        @property
        def control(self) -> LongTable:
            return self.table

    class CellSelected(CellHighlighted):
        """Enter, or a click on the cell the cursor is on."""

    def __init__(
        self,
        *,
        zebra_stripes: bool = False,
        fixed_columns: int = 0,
        header_height: int = 1,
        cell_padding: int = 1,
        cursor_type: str = "cell",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.zebra_stripes = zebra_stripes
        self.fixed_columns = fixed_columns
        self.header_height = header_height
        self.cell_padding = cell_padding
        #: "cell", or "row": the whole row is the cursor, and left and right scroll sideways.
        self.cursor_type = cursor_type
        self.ordered_columns: list[Column] = []
        self.columns: dict[str, Column] = {}
        self.row_keys: list[str] = []
        self._row_index: dict[str, int] | None = None
        self._make_cells: MakeCells = lambda _key: ()
        self._cells: LRUCache[str, Row] = LRUCache(KEPT_ROWS)
        #: The columns' labels as they look (:meth:`_look` of the header).
        self._labels_look: tuple[object, ...] = ()
        self._styles: dict[str, Style] = {}
        #: The columns' keys and widths and the padding: what a row's line is cut by.
        self._shape: tuple[object, ...] = ()
        #: Lines drawn, by what they were drawn with (:meth:`render_line`).
        self._drawn: LRUCache[tuple[object, ...], Strip] = LRUCache(KEPT_ROWS)
        #: What each line in sight was last drawn from (:meth:`_look`), by its line from the top.
        self._drawn_from: dict[int, tuple[object, ...]] = {}

    # -- what the screen gives --

    def show(self, columns: Sequence[Column], row_keys: Sequence[str], cells: MakeCells) -> None:
        """Show these columns and rows; ``cells(row_key)`` is asked when the row is drawn.

        Only the lines in sight that read otherwise now are drawn again: a step shown again
        after an edit elsewhere (a name added in step 2, below the rows in sight) draws
        none of its rows anew, and its frame takes them as they were kept."""
        self.ordered_columns = list(columns)
        self.columns = {column.key: column for column in columns}
        self.row_keys = list(row_keys)
        self._row_index = None
        self._make_cells = cells
        self._cells.clear()
        self._labels_look = _looks(column.label for column in columns)
        self._shape = (tuple((column.key, column.width) for column in columns), self.cell_padding)
        width = sum(self.render_width(column) for column in columns)
        set_virtual_size(self, Size(width, len(self.row_keys) + self.header_height), redraw=False)
        self.cursor_coordinate = self.cursor_coordinate  # within the new rows and columns
        self._refresh_changed()

    def _refresh_changed(self) -> None:
        """Draw again the lines in sight that would look otherwise now."""
        if not self.is_mounted or not self._drawn_from:
            self.refresh()
            return
        drawing = self._drawing_now()
        top = drawing[0].y
        for y in range(self.scrollable_content_region.height):
            if self._drawn_from.get(y) != self._look(y, drawing):
                self.refresh_line(top + y)

    def row_changed(self, row_key: str) -> None:
        """The row's cells are made again the next time it is drawn."""
        self._cells.discard(row_key)
        index = self.get_row_index(row_key)
        self.refresh_line(self.header_height + index)

    # -- reading it, as a DataTable is read --

    @property
    def row_count(self) -> int:
        return len(self.row_keys)

    def render_width(self, column: Column) -> int:
        return column.width + 2 * self.cell_padding

    def get_row_index(self, row_key: str) -> int:
        if self._row_index is None:
            self._row_index = {key: index for index, key in enumerate(self.row_keys)}
        return self._row_index[row_key]

    def get_row(self, row_key: str) -> list[Text]:
        return [cell if isinstance(cell, Text) else Text(cell) for cell in self._row(row_key)[0]]

    def _row(self, row_key: str) -> Row:
        """The row's cells as made (kept until the row changes), and how they look."""
        row = self._cells.get(row_key)
        if row is None:
            made = self._make_cells(row_key)
            row = self._cells[row_key] = (made, _looks(made))
        return row

    def get_cell(self, row_key: str, column_key: str) -> Text:
        cell = self._row(row_key)[0][list(self.columns).index(column_key)]
        return cell if isinstance(cell, Text) else Text(cell)

    def coordinate_to_cell_key(self, coordinate: Coordinate) -> tuple[str, str]:
        """(row key, column key) of a cell."""
        return self.row_keys[coordinate.row], self.ordered_columns[coordinate.column].key

    # -- the cursor --

    def validate_cursor_coordinate(self, value: Coordinate) -> Coordinate:
        row = max(0, min(value.row, self.row_count - 1))
        column = max(0, min(value.column, len(self.ordered_columns) - 1))
        return Coordinate(row, column)

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        if old == new:
            return
        self.refresh_line(self.header_height + old.row)
        self.refresh_line(self.header_height + new.row)
        if self.TELLS_HIGHLIGHT and self.row_count and self.ordered_columns:
            self.post_message(self.CellHighlighted(self, new, *self.coordinate_to_cell_key(new)))
        self.scroll_to_cursor()

    def move_cursor(self, *, row: int | None = None, column: int | None = None, scroll: bool = True) -> None:
        here = self.cursor_coordinate
        self.cursor_coordinate = Coordinate(here.row if row is None else row, here.column if column is None else column)
        if scroll:
            self.scroll_to_cursor()

    def scroll_to_cursor(self) -> None:
        row, column = self.cursor_coordinate
        spacing = self._fixed_offset()
        if self.cursor_type == "row":  # as DataTable: the row from where it is scrolled sideways (not its start)
            width = max(self.size.width, sum(self.render_width(c) for c in self.ordered_columns))
            region = Region(int(self.scroll_x) + spacing.left, self.header_height + row, width - spacing.left, 1)
        else:
            x = sum(self.render_width(c) for c in self.ordered_columns[:column])
            width = self.render_width(self.ordered_columns[column]) if self.ordered_columns else 0
            region = Region(x, self.header_height + row, width, 1)
        self.scroll_to_region(region, animate=False, spacing=spacing, force=True)

    def _fixed_offset(self) -> Spacing:
        """The header above and the fixed columns on the left: they never scroll."""
        left = sum(self.render_width(c) for c in self.ordered_columns[: self.fixed_columns])
        return Spacing(self.header_height, 0, 0, left)

    # -- keys and the mouse, as DataTable's --

    def action_cursor_up(self) -> None:
        self.cursor_coordinate = self.cursor_coordinate.up()

    def action_cursor_down(self) -> None:
        self.cursor_coordinate = self.cursor_coordinate.down()

    def action_cursor_left(self) -> None:
        if self.cursor_type == "row":
            self.scroll_left(animate=False)
        else:
            self.cursor_coordinate = self.cursor_coordinate.left()

    def action_cursor_right(self) -> None:
        if self.cursor_type == "row":
            self.scroll_right(animate=False)
        else:
            self.cursor_coordinate = self.cursor_coordinate.right()

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - self.header_height)

    def action_page_down(self) -> None:
        self.scroll_relative(y=self._page(), animate=False, force=True)
        self.move_cursor(row=self.cursor_coordinate.row + self._page(), scroll=False)

    def action_page_up(self) -> None:
        self.scroll_relative(y=-self._page(), animate=False, force=True)
        self.move_cursor(row=self.cursor_coordinate.row - self._page(), scroll=False)

    def action_scroll_top(self) -> None:
        self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        self.move_cursor(row=self.row_count - 1)

    def action_scroll_home(self) -> None:
        if self.cursor_type == "row":
            self.scroll_x = 0
        else:
            self.move_cursor(column=0)

    def action_scroll_end(self) -> None:
        if self.cursor_type == "row":
            self.scroll_x = self.max_scroll_x
        else:
            self.move_cursor(column=len(self.ordered_columns) - 1)

    def action_select_cursor(self) -> None:
        if self.row_count and self.ordered_columns:
            coordinate = self.cursor_coordinate
            self.post_message(self.CellSelected(self, coordinate, *self.coordinate_to_cell_key(coordinate)))

    def on_click(self, event: events.Click) -> None:
        meta = event.style.meta
        if "row" not in meta or meta["row"] < 0 or meta.get("out_of_bounds"):
            return
        event.stop()
        coordinate = Coordinate(meta["row"], meta["column"])
        if coordinate == self.cursor_coordinate:
            self.action_select_cursor()
        else:
            self.cursor_coordinate = coordinate

    # -- drawing --

    def notify_style_update(self) -> None:
        # No refresh: styles made again that come out the same (each time the screen is
        # shown) change nothing drawn; Textual refreshes the table when they differ.
        super().notify_style_update()
        self._styles.clear()

    def _component(self, name: str, *, rich: bool = False) -> Style:
        """A component class's style, looked up once per change of styles (focus is one)."""
        key = f"{name}/{rich}"
        if key not in self._styles:
            styles = self.get_component_rich_style(name) if rich else self.get_component_styles(name).rich_style
            self._styles[key] = styles
        return self._styles[key]

    def _cell(self, cell: str | Text, line: int, width: int, style: Style, cursor: bool, fixed: bool) -> list[Segment]:
        """One line of a cell, padded on both sides, styled as DataTable styles its cells."""
        post = Style()
        if cursor:
            cursor_style = self._component("datatable--cursor", rich=True)
            if fixed:
                cursor_style += self._component("datatable--fixed-cursor", rich=True)
            style += cursor_style
            post = Style.from_color(color=cursor_style.color)  # DataTable's cursor colour wins over the text's
        pad = " " * self.cell_padding
        if isinstance(cell, str) and not line and "\n" not in cell and (used := cell_len(cell)) <= width:
            # Plain words that fit: the one segment a rich Text of them would come to, padded.
            segments = [Segment(f"{pad}{cell}{' ' * (width - used)}{pad}")]
        else:
            text = cell if isinstance(cell, Text) else Text(cell)
            lines = text.split("\n", allow_blank=True) if "\n" in text.plain else [text]
            shown = lines[line] if line < len(lines) else Text()
            inner = Strip(shown.render(self.app.console)).crop_extend(0, width, None)
            segments = [Segment(pad), *inner, Segment(pad)]
        return list(Segment.apply_style(segments, style, post))

    def _row_style(self, row: int) -> Style:
        if row < 0:
            return self._component("datatable--header")
        if self.zebra_stripes:
            return self._component("datatable--odd-row" if row % 2 else "datatable--even-row")
        return self.rich_style

    #: What every line is drawn with while the table draws its lines (:meth:`render_lines`).
    _drawing: tuple[Offset, Coordinate, str, int, Style] | None = None

    def _drawing_now(self) -> tuple[Offset, Coordinate, str, int, Style]:
        """The scroll, cursor, width and style every line is drawn with as the table is now."""
        return (self.scroll_offset, self.cursor_coordinate, self.cursor_type, self.size.width, self.rich_style)

    def render_lines(self, crop: Region) -> list[Strip]:
        # Every line drawn now is drawn at the same scroll, cursor, width and style: they
        # are asked once (the style asks up the widget tree) rather than once a line.
        self._drawing = self._drawing_now()
        try:
            return super().render_lines(crop)
        finally:
            self._drawing = None

    def _look(self, y: int, drawing: tuple[Offset, Coordinate, str, int, Style]) -> tuple[object, ...]:
        """Everything line ``y`` (from the top, as shown) is drawn from."""
        scroll, cursor, cursor_type, width, base = drawing
        if y < self.header_height:
            row, look = -1, self._labels_look
        else:
            row = y - self.header_height + scroll.y
            if row >= self.row_count:
                return ("blank", width, base)  # below the last row
            look = self._row(self.row_keys[row])[1]
        on = None if cursor.row != row else -1 if cursor_type == "row" else cursor.column
        cursor_styles: tuple[Style, ...] | None = None
        if on is not None:
            cursor_styles = (self._component("datatable--cursor", rich=True),)
            if self.fixed_columns:
                cursor_styles += (self._component("datatable--fixed-cursor", rich=True),)
        return (
            row,
            y if row < 0 else 0,
            look,
            on,
            cursor_styles,
            self._shape,
            cursor_type,
            self.fixed_columns,
            scroll.x,
            width,
            base,
            self._row_style(row),
            self._component("datatable--fixed") if self.fixed_columns else None,
        )

    def render_line(self, y: int) -> Strip:
        """A line as :meth:`_draw_line` draws it, kept by everything it is drawn with: a
        refill that leaves a row as it was (an edit elsewhere), or styles worked out again
        that come out the same (each time the screen is shown), draws nothing again. The
        header too: the same columns' labels, the same line."""
        drawing = self._drawing
        look = self._look(y, drawing or self._drawing_now())
        if drawing is not None:  # drawn for the screen (not read by a test): kept by Textual as drawn
            self._drawn_from[y] = look
        if look[0] == "blank":
            return self._draw_line(y, drawing=drawing)
        strip = self._drawn.get(look)
        if strip is None:
            strip = self._drawn[look] = self._draw_line(y, drawing=drawing)
        return strip

    def _draw_line(self, y: int, *, drawing: tuple[Offset, Coordinate, str, int, Style] | None = None) -> Strip:
        """Line ``y`` drawn anew (``drawing``: the scroll, cursor, width and style it is drawn with)."""
        (scroll_x, scroll_y), cursor, cursor_type, width, base = drawing or self._drawing_now()
        cells: Sequence[str | Text]
        if y < self.header_height:
            row, line, cells = -1, y, [c.label for c in self.ordered_columns]
        else:
            row, line = y - self.header_height + scroll_y, 0
            if row >= self.row_count:
                return Strip.blank(width, base)
            cells = self._row(self.row_keys[row])[0]
        row_style = self._row_style(row)
        fixed_style = row_style if row < 0 else self._component("datatable--fixed") + Style.from_meta({"fixed": True})
        fixed_width = sum(self.render_width(c) for c in self.ordered_columns[: self.fixed_columns])
        # What of the scrolled columns is in sight: the cells wholly left or right of it are not made.
        left, right = scroll_x + fixed_width, scroll_x + width
        fixed: list[Segment] = []
        scrolled: list[Segment] = []
        start: int | None = None  # where the first cell made starts
        x = 0
        for index, (column, text) in enumerate(zip(self.ordered_columns, cells, strict=False)):
            end = x + self.render_width(column)
            in_sight = end > left and x < right
            if in_sight or index < self.fixed_columns:
                on = cursor.row == row and (cursor.column == index or cursor_type == "row")
                meta = Style.from_meta({"row": row, "column": index})
                if index < self.fixed_columns:
                    fixed += self._cell(text, line, column.width, fixed_style + meta, on, True)
                if in_sight:
                    start = x if start is None else start
                    scrolled += self._cell(text, line, column.width, row_style + meta, on, False)
            x = end
        table_width = sum(self.render_width(c) for c in self.ordered_columns[self.fixed_columns :])
        scrolled.append(Segment(" " * max(0, width - table_width), self._beyond(row_style, row)))
        start = x if start is None else start
        shown = Strip(scrolled).crop(left - start, right - start)
        return Strip([*fixed, *shown]).adjust_cell_length(width, base).simplify()

    def _beyond(self, row_style: Style, row: int) -> Style:
        """The space right of the last column: the row's colours, its background faded, as DataTable."""
        key = f"beyond/{row_style.color}/{row_style.bgcolor}"  # looked up once per change of styles
        style = self._styles.get(key)
        if style is None:
            if row_style.bgcolor is None:
                style = Style.from_color(row_style.color, row_style.bgcolor)
            else:
                faded = Color.from_rich_color(row_style.bgcolor).blend(self.background_colors[1], factor=0.25)
                style = Style.from_color(color=row_style.color, bgcolor=faded.rich_color)
            self._styles[key] = style
        return style + Style.from_meta({"row": row, "column": 0, "out_of_bounds": True})
