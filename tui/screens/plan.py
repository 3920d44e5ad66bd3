"""The relationship planning table (ใบงาน Network 4), in the seed's own columns.

The first row is our own group, the anchor every other row is planned from.
The current relationship (ความสัมพันธ์เดิม) comes from the map unless the
user overrides it; new relationships use the course's three terms. Enter
opens a row in full (long Thai text in multi-line fields); ctrl+n adds a
row for a stakeholder, ctrl+k adds every key player not yet planned. The
lines under the table say what the plan still lacks (core's rules).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from tui.core.analysis.grid import place
from tui.core.cells import fit
from tui.core.i18n import field_label, tr
from tui.core.model import PlanRow
from tui.core.plan import current_relationship, current_text, target_label
from tui.core.plan_rules import plan_flags
from tui.key_names import key_name
from tui.screens.base import PhakhiScreen
from tui.screens.dialog import words
from tui.screens.pick_stakeholder import StakeholderPicker
from tui.screens.plan_row import PlanRowDialog, VisionDialog

#: The seed's columns, then ours; each with its width in cells.
COLUMNS = (
    ("group", 20),
    ("current", 16),
    ("target", 16),
    ("our_benefit", 22),
    ("their_benefit", 22),
    ("methods", 28),
    ("owner", 12),
    ("review_date", 11),
)
SORTS = ("table", "group", "target", "flagged")
ANCHOR = "our-group"


class PlanTable(DataTable):
    BINDINGS = [
        Binding("delete", "screen.remove_row", "key.remove", id="plan.remove"),
        Binding("ctrl+up", "screen.move_row(-1)", "key.move_up", id="plan.up", show=False),
        Binding("ctrl+down", "screen.move_row(1)", "key.move_down", id="plan.down", show=False),
    ]


#: Named by the line that shows the shared vision when there is none yet.
EDIT_VISION = Binding("ctrl+e", "edit_vision", "key.vision", id="plan.vision")


class PlanScreen(PhakhiScreen):
    title_key = "screen.plan"
    BINDINGS = [
        Binding("ctrl+n", "add_row", "key.add_row", id="plan.add"),
        Binding("ctrl+k", "add_key_players", "key.add_key_players", id="plan.key_players"),
        Binding("ctrl+s", "cycle_sort", "key.sort", id="plan.sort"),
        Binding("ctrl+f", "toggle_filter", "key.filter", id="plan.filter"),
        EDIT_VISION,
        Binding("escape", "app.pop_screen", "key.home", id="plan.home", show=False),
    ]

    sort = "table"
    flagged_only = False

    def compose(self) -> ComposeResult:
        yield Static(id="plan-title", classes="screen-title")
        yield Static(id="plan-vision", classes="hint")
        yield PlanTable(id="plan-table", cursor_type="cell", zebra_stripes=True)
        yield Static(id="plan-flags", classes="hint")
        yield self.key_bar()

    def on_mount(self) -> None:
        self.show_language()
        table = self.query_one(PlanTable)
        table.focus()
        if table.row_count > 1:
            table.move_cursor(row=1)

    def show_language(self) -> None:
        self.show_workbook()

    def rows(self) -> list[PlanRow]:
        """The rows in the order and filter chosen; the file keeps its own order."""
        workbook = self.document.workbook
        flagged = {flag.row for flag in plan_flags(workbook)}
        rows = list(workbook.plan.rows)
        if self.flagged_only:
            rows = [r for r in rows if r.id in flagged]
        if self.sort == "group":
            rows.sort(key=lambda r: r.group)
        elif self.sort == "target":
            order = {None: 3, "collaborate": 0, "cooperate": 1, "coordinate": 2}
            rows.sort(key=lambda r: order[r.target.value if r.target else None])
        elif self.sort == "flagged":
            rows.sort(key=lambda r: r.id not in flagged)
        return rows

    def cells(self, row: PlanRow) -> list[str]:
        closeness, via, derived = current_relationship(self.document.workbook, row)
        current = current_text(self.lang, closeness, via)
        values = {
            "group": row.group,
            "current": current if derived else f"✎ {current}",
            "target": target_label(self.lang, row.target) if row.target else "",
            "our_benefit": row.our_benefit,
            "their_benefit": row.their_benefit,
            "methods": " · ".join(row.methods),
            "owner": row.owner,
            "review_date": row.review_date,
        }
        return [fit(values[name].replace("\n", " "), width) for name, width in COLUMNS]

    def show_workbook(self) -> None:
        workbook = self.document.workbook
        lang = self.lang
        sort_note = tr(lang, f"plan.sort.{self.sort}") + (f" · {tr(lang, 'plan.filter.flagged')}" if self.flagged_only else "")
        self.query_one("#plan-title", Static).update(f"[b]{tr(lang, 'plan.title')}[/]  [dim]{sort_note}[/]")
        vision = workbook.plan.shared_vision.replace("\n", " ")
        self.query_one("#plan-vision", Static).update(
            tr(lang, "plan.vision", text=vision) if vision else tr(lang, "plan.no_vision", key=key_name(EDIT_VISION))
        )
        table = self.query_one(PlanTable)
        cursor = table.cursor_coordinate
        table.clear(columns=True)
        for name, width in COLUMNS:
            table.add_column(fit(field_label(lang, "plan_row", name), width), key=name, width=width)
        anchor = workbook.plan.our_group or tr(lang, "plan.our_row")
        table.add_row(fit(anchor, COLUMNS[0][1]), *[""] * (len(COLUMNS) - 1), key=ANCHOR)
        for row in self.rows():
            table.add_row(*self.cells(row), key=row.id)
        table.cursor_coordinate = table.validate_cursor_coordinate(cursor)
        flags = plan_flags(workbook)
        text = tr(lang, "plan.flags", count=len(flags)) + ": " + " · ".join(f.text(lang, workbook) for f in flags)
        self.query_one("#plan-flags", Static).update(text if flags else tr(lang, "plan.no_flags"))

    # -- the row under the cursor --

    def current_row_id(self) -> str | None:
        table = self.query_one(PlanTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return None if row_key.value == ANCHOR else str(row_key.value)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        row_id = self.current_row_id()
        if row_id is None:
            self.action_edit_vision()
            return
        column = str(event.cell_key.column_key.value)
        self.app.push_screen(PlanRowDialog(self.document, self.lang, row_id, focus=column))

    # -- actions --

    def action_add_row(self) -> None:
        workbook = self.document.workbook
        planned = {r.stakeholder for r in workbook.plan.rows} | {workbook.plan.our_stakeholder}
        choices = [s for s in workbook.stakeholders if s.id not in planned]

        def chosen(stakeholder_id: str | None) -> None:
            person = workbook.stakeholder(stakeholder_id or "")
            if person is not None:
                row = self.document.editor.add_plan_row(person.name, stakeholder=person.id)
                self.focus_row(row.id)
                self.app.push_screen(PlanRowDialog(self.document, self.lang, row.id, focus="target"))

        self.app.push_screen(StakeholderPicker(self.lang, words("plan.add_row_title"), choices), chosen)

    def action_add_key_players(self) -> None:
        workbook = self.document.workbook
        planned = {r.stakeholder for r in workbook.plan.rows} | {workbook.plan.our_stakeholder}
        missing = [s for s in workbook.stakeholders if s.id not in planned and place(s).key_player]
        for person in missing:
            self.document.editor.add_plan_row(person.name, stakeholder=person.id)
        self.notify(tr(self.lang, "plan.added_key_players", count=len(missing)), timeout=3)

    def focus_row(self, row_id: str) -> None:
        table = self.query_one(PlanTable)
        table.move_cursor(row=table.get_row_index(row_id))

    def action_remove_row(self) -> None:
        row_id = self.current_row_id()
        if row_id is not None:
            self.document.editor.remove_plan_row(row_id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that cannot act now are left out of the key bar and the help: our own
        group's row is never removed or moved, and rows move only in the table's own
        order, all shown."""
        if action in ("remove_row", "move_row") and self.current_row_id() is None:
            return False
        if action == "move_row":
            return self.sort == "table" and not self.flagged_only
        return True

    def on_data_table_cell_highlighted(self) -> None:
        self.refresh_bindings()  # onto or off our own row: Delete comes and goes

    def action_move_row(self, offset: int) -> None:
        row_id = self.current_row_id()
        if row_id is not None:
            self.document.editor.move_plan_row(row_id, offset)
            self.focus_row(row_id)

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.show_workbook()
        self.refresh_bindings()

    def action_toggle_filter(self) -> None:
        self.flagged_only = not self.flagged_only
        self.show_workbook()
        self.refresh_bindings()

    def action_edit_vision(self) -> None:
        self.app.push_screen(VisionDialog(self.document, self.lang))
