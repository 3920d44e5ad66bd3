"""Step 5 — assess power (ประเมินอำนาจ): scores, groups and bases of power for everyone.

One table, one row per stakeholder, built for fast keyboard scoring as in a
workshop: on an influence or interest cell, 1-5 sets the score and moves
down to the next stakeholder; Delete clears it. On a group (the three groups
of ใบงาน 1) or a base of power (seed 000), Space ticks or unticks.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.widgets import Static

from tui.core.analysis.grid import place
from tui.core.cells import cell_width, fit
from tui.core.i18n import tr
from tui.core.model import Stakeholder
from tui.core.vocab import Group, PowerBase
from tui.key_names import key_name, key_range
from tui.screens.score_keys import SCORE_KEYS
from tui.screens.step import StepScreen
from tui.widgets.long_table import Column, LongTable

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("power.",)

NAME_WIDTH = 22
SCORES = ("influence", "interest")
MARKS = ("key_player", "key_leader")
#: None (as the grid says) -> True -> False -> None.
NEXT_KEY_PLAYER = {None: True, True: False, False: None}
FLAGS: tuple[tuple[str, Group | PowerBase], ...] = (
    *(("groups", group) for group in Group),
    *(("power_bases", base) for base in PowerBase),
)
COLUMN_KEYS = ("name", *SCORES, *MARKS, *(f"{field}.{value.value}" for field, value in FLAGS))
#: The widest a cell of each kind can be (see cells()): a column never widens as it is edited.
WIDEST = {"name": NAME_WIDTH, **dict.fromkeys(SCORES, 5), "key_player": 4} | dict.fromkeys(COLUMN_KEYS[4:], 3)


TOGGLE = Binding("space", "screen.tick", "key.toggle", id="power.toggle")


class PowerTable(LongTable):
    TELLS_HIGHLIGHT = False  # the screen reads the cursor when a key asks
    BINDINGS = [
        *SCORE_KEYS,
        Binding("delete", "screen.score(0)", "key.clear_score", id="power.clear"),
        TOGGLE,
        # As in a spreadsheet (the table's Enter would select a cell, which means nothing here).
        Binding("enter", "cursor_down", "key.next_row", show=False),
        Binding("p", "screen.add_to_plan", "key.add_to_plan", id="power.plan", show=False),
    ]


class PowerScreen(StepScreen):
    NUMBER = 5
    KEPT = True

    def compose_body(self) -> ComposeResult:
        yield Static(id="power-help", classes="hint")
        yield PowerTable(id="power-table", zebra_stripes=True)

    def on_mount(self) -> None:
        # StepScreen.on_mount fills the table (through show_language) after this.
        self.query_one(PowerTable).focus()
        self.call_after_refresh(self.start_on_the_first_score)

    def reopen(self) -> None:
        """As first shown: the table at its top, the cursor on the first score."""
        super().reopen()
        table = self.query_one(PowerTable)
        table.scroll_home(animate=False, immediate=True)
        if self.focused is not table:  # focusing it again would draw all of it again
            table.focus()
        self.start_on_the_first_score()

    def start_on_the_first_score(self) -> None:
        table = self.query_one(PowerTable)
        if table.row_count:
            table.cursor_coordinate = Coordinate(0, 1)

    def show_language(self) -> None:
        super().show_language()
        keys = {"scores": key_range(SCORE_KEYS[0], SCORE_KEYS[-1]), "toggle": key_name(TOGGLE)}
        lines = (tr(self.lang, "power.help", **keys), tr(self.lang, "power.help_keys", toggle=keys["toggle"]))
        self.query_one("#power-help", Static).update("\n".join(lines))
        self.fill()

    def show_workbook(self) -> None:
        super().show_workbook()
        if not self.typing:  # our own edits update their one row below
            self.fill()

    def fill(self) -> None:
        """The columns, and every stakeholder as a row whose cells are made when it is drawn."""
        labels = [fit(tr(self.lang, "field.stakeholder.name"), NAME_WIDTH)]
        labels += [tr(self.lang, f"power.{name}") for name in (*SCORES, *MARKS)]
        kinds = {"groups": "group", "power_bases": "base"}
        labels += [tr(self.lang, f"power.{kinds[field]}.{value.value}") for field, value in FLAGS]
        columns = [
            Column(key, Text(label), max(cell_width(label), WIDEST[key]))
            for key, label in zip(COLUMN_KEYS, labels, strict=True)
        ]
        table = self.query_one(PowerTable)
        cursor = table.cursor_coordinate
        # The cursor stays on its stakeholder's row while it is listed (tui/widgets/keep_place.py).
        kept = table.row_keys[cursor.row] if 0 <= cursor.row < table.row_count else None
        # Who left the network is not scored (they are out of the grid and the to-do); their scores stay.
        people = [s.id for s in self.document.workbook.stakeholders if not s.left]
        table.show(columns, people, self.row_cells)
        if kept is not None and kept in table.row_keys:
            table.cursor_coordinate = Coordinate(table.get_row_index(kept), cursor.column)

    def row_cells(self, stakeholder_id: str) -> list[str]:
        stakeholder = self.document.workbook.stakeholder(stakeholder_id)
        return self.cells(stakeholder) if stakeholder else []

    @staticmethod
    def cells(stakeholder: Stakeholder) -> list[str]:
        scores = [str(getattr(stakeholder, name) or "·").center(5) for name in SCORES]
        if stakeholder.key_player is None:  # as the grid says
            key = "  ★" if place(stakeholder).key_player else "  ·"
        else:  # the user's own call
            key = "  ★!" if stakeholder.key_player else "  ✗"
        leader = "  ♦" if stakeholder.key_leader else "  ·"
        flags = ["  ✓" if value in getattr(stakeholder, field) else "  ·" for field, value in FLAGS]
        return [fit(stakeholder.name, NAME_WIDTH), *scores, key, leader, *flags]

    def current(self) -> tuple[Stakeholder, str] | None:
        """The stakeholder of the cursor's row and the key of its column."""
        table = self.query_one(PowerTable)
        if not table.row_count:
            return None
        row_key, column_key = table.coordinate_to_cell_key(table.cursor_coordinate)
        stakeholder = self.document.workbook.stakeholder(row_key)
        return (stakeholder, column_key) if stakeholder else None

    def action_score(self, score: int) -> None:
        chosen = self.current()
        if chosen is None or chosen[1] not in SCORES:
            return
        stakeholder, column = chosen
        self.edit_from_form(lambda: self.document.editor.update_stakeholder(stakeholder.id, column, score or None))
        self.refresh_row(stakeholder)
        if score:
            self.query_one(PowerTable).action_cursor_down()

    def action_add_to_plan(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.phakhi.add_to_plan(chosen[0].id)

    def action_tick(self) -> None:
        chosen = self.current()
        if chosen is None or chosen[1] in SCORES or chosen[1] == "name":
            return
        stakeholder, column = chosen
        new: object
        if column == "key_player":
            field, new = "key_player", NEXT_KEY_PLAYER[stakeholder.key_player]
        elif column == "key_leader":
            field, new = "key_leader", not stakeholder.key_leader
        else:  # a group or a base of power: tick or untick it in the list
            field, value = column.split(".")
            current = [v.value for v in getattr(stakeholder, field)]
            new = [v for v in current if v != value] if value in current else [*current, value]
        self.edit_from_form(lambda: self.document.editor.update_stakeholder(stakeholder.id, field, new))
        self.refresh_row(stakeholder)

    def refresh_row(self, stakeholder: Stakeholder) -> None:
        """Draw again the one row that changed: a key press repaints a row, not the table."""
        self.query_one(PowerTable).row_changed(stakeholder.id)
