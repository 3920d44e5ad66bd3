"""Step 3 — study each stakeholder (ศึกษาลักษณะ), as a form and as the worksheet table.

The list on the left picks a stakeholder; the form on the right holds the
columns of ใบงาน 1 part 3 first (contact, influence, impact, what matters,
how they can help or obstruct, how to reach them), then seed 000's study
items. ctrl+r turns the right side into the worksheet as a table, one row per
stakeholder, to compare them (a LongTable: only the rows on screen are made,
so a province's 10,000 open as quickly as a workshop's 20); Enter on a row
goes back to its form. ctrl+k
shows only the key players, as the workshop studies the key stakeholders.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.coordinate import Coordinate

from tui.core.analysis.grid import is_key_player
from tui.core.cells import fit
from tui.core.i18n import field_label
from tui.core.model import Stakeholder
from tui.core.steps import STUDY_FIELDS, WORKSHEET_FIELDS, studied
from tui.screens.stakeholder_step import StakeholderStep
from tui.widgets.long_table import Column, LongTable
from tui.widgets.record_form import RecordForm

IDENTITY = ("name", "sector", "kind")
#: Table cells are cut to this many terminal cells; the form shows the whole text.
CELL_WIDTH = 18


class StudyScreen(StakeholderStep):
    NUMBER = 3
    KEPT = True
    #: The study first, as the workshop fills it (Tab from the list lands in the contact);
    #: who it is last, to mend a name or a sector (shift+Tab from the list comes round to them).
    FIELDS = WORKSHEET_FIELDS + tuple(name for name in STUDY_FIELDS if name not in WORKSHEET_FIELDS) + IDENTITY
    MULTILINE = tuple(name for name in FIELDS if name not in (*IDENTITY, "contact"))
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+r", "toggle_table", "key.table_view", id="study.table"),
        Binding("ctrl+k", "toggle_key_players", "key.key_players_only", id="study.key_players"),
    ]

    key_players_only = False

    def compose_page(self) -> ComposeResult:
        yield from super().compose_page()
        yield LongTable(id="study-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        self.query_one("#study-table").display = False

    def page_to_start(self) -> None:
        """Everyone listed, the form shown (not the table), the table's cursor on its first row."""
        table = self.query_one("#study-table", LongTable)
        table.display = False
        table.cursor_coordinate = Coordinate(0, 0)
        table.scroll_home(animate=False, immediate=True)
        if self.key_players_only:
            self.key_players_only = False
            self.show_workbook()

    def prompt(self, stakeholder: Stakeholder) -> str:
        return f"{'✓' if studied(stakeholder) else ' '} {stakeholder.name}"

    def shown(self) -> list[Stakeholder]:
        stakeholders = self.document.workbook.stakeholders
        if self.key_players_only:
            return [s for s in stakeholders if is_key_player(s)]
        return stakeholders

    def load_current(self) -> None:
        super().load_current()
        table = self.query_one("#study-table", LongTable)
        if table.display:
            self.query_one(RecordForm).display = False
            self.fill_table()

    def fill_table(self) -> None:
        table = self.query_one("#study-table", LongTable)
        row = table.cursor_coordinate.row
        columns = [
            Column(name, Text(fit(field_label(self.lang, "stakeholder", name), CELL_WIDTH)), CELL_WIDTH)
            for name in ("name", *WORKSHEET_FIELDS)
        ]
        table.show(columns, [s.id for s in self.shown()], self.worksheet_row)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def worksheet_row(self, stakeholder_id: str) -> list[str]:
        """A row of the worksheet table, made when it is first drawn."""
        s = self.document.workbook.stakeholder(stakeholder_id)
        if s is None:
            return []
        cells = [s.name, *(getattr(s, name).replace("\n", " ") for name in WORKSHEET_FIELDS)]
        return [fit(cell, CELL_WIDTH) for cell in cells]

    def action_toggle_key_players(self) -> None:
        self.key_players_only = not self.key_players_only
        self.show_workbook()

    def action_toggle_table(self) -> None:
        table = self.query_one("#study-table", LongTable)
        table.display = not table.display
        self.load_current()
        if table.display:
            table.focus()
        else:
            self.focus_people()

    def on_long_table_cell_selected(self, event: LongTable.CellSelected) -> None:
        """Enter on a row: back to the form of that stakeholder."""
        self.select(event.row_key)
        self.action_toggle_table()
