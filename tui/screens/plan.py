"""The relationship planning table (ใบงาน Network 4), in the seed's own columns.

The first row is our own group, the anchor every other row is planned from.
The current relationship (ความสัมพันธ์เดิม) comes from the map unless the
user overrides it; new relationships use the course's three terms. Enter
opens a row in full (long Thai text in multi-line fields); ctrl+n adds a
row for a stakeholder, ctrl+k adds every key player not yet planned. The
list under the table says what the plan still lacks (core's rules), every
item of it: it scrolls when it is longer than the room left.

The six seed columns share the terminal's width, so a facilitator reads a
row across as on the worksheet, at 80 columns too; cells are cut at a whole
word or letter with an ellipsis, and the row in full is one Enter away. The
group column stays put when the table scrolls right to the owner and the
review date.
"""

from __future__ import annotations

from itertools import accumulate

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.coordinate import Coordinate
from textual.widgets import Log, Static

from tui import days
from tui.core.analysis.grid import place
from tui.core.cells import SEPARATOR, cell_width, fit, share
from tui.core.i18n import label, tr
from tui.core.model import PlanRow
from tui.core.plan import Relationships, current_text, our_group_chosen, target_label
from tui.core.plan_rules import PlanFlag, flag_texts, plan_flags
from tui.core.vocab import Relation
from tui.core.wrap import wrap
from tui.key_names import CHOOSE_OUR_GROUP, key_name
from tui.screens.base import PhakhiScreen
from tui.screens.dialog import words
from tui.screens.pick_stakeholder import StakeholderPicker, picked
from tui.screens.plan_row import PlanRowDialog, VisionDialog
from tui.widgets.long_table import Column, LongTable

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("plan.sort.", "plan.heading.")

#: The seed's six columns, with their shares of the screen's width, then ours.
SEED_COLUMNS = {"group": 4, "current": 4, "target": 3, "our_benefit": 4, "their_benefit": 4, "methods": 5}
OUR_COLUMNS = ("status", "owner", "review_date")
COLUMNS = (*SEED_COLUMNS, *OUR_COLUMNS)
#: No column is wider than this, however wide the terminal: a long text is read in the row's dialog.
WIDEST = 40
#: The group column shows at least this much of a name (or the whole name, if shorter).
GROUP_LEAST = 12
#: Before each item of what the plan still lacks.
BULLET = " • "
SORTS = ("table", "group", "target", "flagged")
ANCHOR = "our-group"


class PlanTable(LongTable):
    BINDINGS = [
        Binding("delete", "screen.remove_row", "key.remove", id="plan.remove"),
        Binding("ctrl+up", "screen.move_row(-1)", "key.move_up", id="plan.up", show=False),
        Binding("ctrl+down", "screen.move_row(1)", "key.move_down", id="plan.down", show=False),
    ]

    def validate_scroll_x(self, value: float) -> float:
        """Sideways by whole columns: the scrolled part starts at a column's
        start, so no heading shows cut at the left (the group column stays)."""
        value = super().validate_scroll_x(value)
        widths = (self.render_width(column) for column in self.ordered_columns[self.fixed_columns : -1])
        stops = [*accumulate(widths, initial=0), self.max_scroll_x]
        if value > self.scroll_x:
            return min(stop for stop in stops if stop >= value)
        if value < self.scroll_x:
            return max(stop for stop in stops if stop <= value)
        return value


#: Named by the line that shows the shared vision when there is none yet.
EDIT_VISION = Binding("ctrl+e", "edit_vision", "key.vision", id="plan.vision")


class PlanScreen(PhakhiScreen):
    title_key = "screen.plan"
    KEPT = True
    BINDINGS = [
        Binding("ctrl+n", "add_row", "key.add_row", id="plan.add"),
        Binding("ctrl+k", "add_key_players", "key.add_key_players", id="plan.key_players"),
        Binding("ctrl+s", "cycle_sort", "key.sort", id="plan.sort"),
        Binding("ctrl+f", "toggle_filter", "key.filter", id="plan.filter"),
        EDIT_VISION,
        CHOOSE_OUR_GROUP,
        Binding("escape", "app.pop_screen", "key.home", id="plan.home", show=False),
    ]

    sort = "table"
    flagged_only = False
    #: The terminal's width the columns were last shared out for.
    width_shown = 0

    def compose(self) -> ComposeResult:
        yield Static(id="plan-title", classes="screen-title")
        yield Static(id="plan-vision", classes="hint")
        yield PlanTable(id="plan-table", zebra_stripes=True, fixed_columns=1, header_height=2)
        # A log draws only the lines on screen: a province's plan lacks thousands of things.
        flags = Log(id="plan-flags", classes="hint", highlight=False, auto_scroll=False)
        yield flags
        yield self.key_bar()

    def on_mount(self) -> None:
        self.show_language()
        self.to_first_row()

    def to_first_row(self) -> None:
        """The cursor in the table, on the first row after our own group's."""
        table = self.query_one(PlanTable)
        table.focus()
        if table.row_count > 1:
            table.move_cursor(row=1)

    def reopen(self) -> None:
        """As first shown: in the table's own order, every row, the table and the list of
        what the plan lacks at their start, the cursor on the first row after ours."""
        if self.sort != "table" or self.flagged_only or self.app.size.width != self.width_shown:
            self.sort, self.flagged_only = "table", False
            self._missed_workbook = True  # drawn anew as it catches up
        super().reopen()
        table = self.query_one(PlanTable)
        table.cursor_coordinate = Coordinate(0, 0)
        table.scroll_home(animate=False, immediate=True)
        self.query_one("#plan-flags", Log).scroll_home(animate=False, immediate=True)
        self.to_first_row()
        self.refresh_bindings()

    def show_language(self) -> None:
        self.show_workbook()

    def rows(self, flags: list[PlanFlag]) -> list[PlanRow]:
        """The rows in the order and filter chosen; the file keeps its own order."""
        workbook = self.document.workbook
        flagged = {flag.row for flag in flags}
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

    def texts(self, row: PlanRow, relationships: Relationships) -> dict[str, str]:
        """The row's cells in full, on one line each."""
        closeness, via, derived = relationships.of(row)
        if not derived:
            current = f"✎ {current_text(self.lang, closeness, via)}"
        elif not our_group_chosen(self.document.workbook):
            current = tr(self.lang, "plan.current_unknown")  # not "none": the map cannot say yet
        else:
            current = current_text(self.lang, closeness, via)
        values = {
            "group": row.group,
            "current": current,
            "target": target_label(self.lang, row.target) if row.target else "",
            "our_benefit": row.our_benefit,
            "their_benefit": row.their_benefit,
            "methods": f" {SEPARATOR} ".join(row.methods),
            "status": label(self.lang, row.status) if row.status else "",
            "owner": row.owner,
            "review_date": row.review_date,
        }
        return {name: text.replace("\n", " ") for name, text in values.items()}

    def widths(self, headings: dict[str, str], rows: list[dict[str, str]]) -> dict[str, int]:
        """Each column's width at the terminal's width (the table spans it).

        A column is at least as wide as its heading's longest line (headings
        are never cut) and the new relationship as its longest term (never
        cut either); the group column shows a good part of a name. The six
        seed columns then share the screen, less the scrollbar's gutter and
        each column's padding, up to their widest text; owner and review
        date follow at their own width, the last one widened so that,
        scrolled to its end, the table still starts a column at its left.
        """
        table = self.query_one(PlanTable)
        pad = 2 * table.cell_padding
        screen = self.app.size.width - table.styles.scrollbar_size_vertical
        widest = {name: min(WIDEST, max(cell_width(row[name]) for row in rows)) for name in COLUMNS}
        least = {name: max(cell_width(line) for line in headings[name].splitlines()) for name in COLUMNS}
        least["target"] = max(least["target"], *(cell_width(target_label(self.lang, r)) for r in Relation))
        least["group"] = max(least["group"], min(GROUP_LEAST, widest["group"]))
        seed = share(
            screen - pad * len(SEED_COLUMNS),
            [least[n] for n in SEED_COLUMNS],
            [widest[n] for n in SEED_COLUMNS],
            list(SEED_COLUMNS.values()),
        )
        widths = dict(zip(SEED_COLUMNS, seed, strict=True)) | {n: max(least[n], widest[n]) for n in OUR_COLUMNS}
        starts = list(accumulate((widths[name] + pad for name in COLUMNS[1:]), initial=0))
        hidden = starts[-1] - (screen - widths["group"] - pad)
        if hidden > 0:
            widths[COLUMNS[-1]] += min((start for start in starts if start >= hidden), default=hidden) - hidden
        return widths

    def show_workbook(self) -> None:
        workbook = self.document.workbook
        lang = self.lang
        sort_note = tr(lang, f"plan.sort.{self.sort}")
        if self.flagged_only:
            sort_note += f" · {tr(lang, 'plan.filter.flagged')}"
        self.query_one("#plan-title", Static).update(f"[b]{tr(lang, 'plan.title')}[/]  [dim]{sort_note}[/]")
        vision = workbook.plan.shared_vision.replace("\n", " ")
        self.query_one("#plan-vision", Static).update(
            Content(
                tr(lang, "plan.vision", text=vision)
                if vision
                else tr(lang, "plan.no_vision", key=key_name(EDIT_VISION))
            )
        )
        relationships = Relationships(workbook)
        flags = plan_flags(workbook, relationships, days.today())
        rows = self.rows(flags)
        if not our_group_chosen(workbook):
            ours = tr(lang, "plan.choose_ours", key=key_name(CHOOSE_OUR_GROUP))
        else:
            ours = workbook.plan.our_group or tr(lang, "plan.our_row")
        anchor = dict.fromkeys(COLUMNS, "") | {"group": ours}
        texts = [anchor, *(self.texts(row, relationships) for row in rows)]
        headings = {name: tr(lang, f"plan.heading.{name}") for name in COLUMNS}
        self.width_shown = self.app.size.width
        widths = self.widths(headings, texts)
        by_key = dict(zip((ANCHOR, *(row.id for row in rows)), texts, strict=True))

        def cells(key: str) -> list[Text]:  # cut to width when the row is first drawn
            return [Text(fit(by_key[key][name], widths[name], words=True)) for name in COLUMNS]

        columns = [Column(name, Text(headings[name]), widths[name]) for name in COLUMNS]
        self.query_one(PlanTable).show(columns, list(by_key), cells)
        self.show_flags(flags)

    def show_flags(self, flags: list[PlanFlag]) -> None:
        """What the plan still lacks, one item a line (wrapped under its bullet), all of it."""
        shown = self.query_one("#plan-flags", Log)
        width = self.app.size.width - shown.styles.scrollbar_size_vertical
        width -= shown.styles.padding.width + cell_width(BULLET)
        lines = [tr(self.lang, "plan.flags", count=len(flags)) if flags else tr(self.lang, "plan.no_flags")]
        for text in flag_texts(flags, self.lang, self.document.workbook):
            wrapped = wrap(text, width)
            lines += [BULLET + wrapped[0], *(" " * cell_width(BULLET) + line for line in wrapped[1:])]
        if list(shown.lines) != lines:
            scrolled = shown.scroll_y
            shown.clear().write_lines(lines)
            shown.scroll_to(y=scrolled, animate=False, immediate=True)

    def on_resize(self) -> None:
        """The columns follow the terminal's width."""
        if self.app.size.width != self.width_shown:
            self.show_workbook()

    # -- the row under the cursor --

    def current_row_id(self) -> str | None:
        table = self.query_one(PlanTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return None if row_key == ANCHOR else row_key

    def on_long_table_cell_selected(self, event: LongTable.CellSelected) -> None:
        row_id = self.current_row_id()
        if row_id is None:  # our own group's row
            if our_group_chosen(self.document.workbook):
                self.action_edit_vision()
            else:
                self.phakhi.action_choose_our_group()
            return
        self.app.push_screen(PlanRowDialog(self.document, self.lang, row_id, focus=event.column_key))

    # -- actions --

    def action_add_row(self) -> None:
        workbook = self.document.workbook
        planned = {r.stakeholder for r in workbook.plan.rows} | {workbook.plan.our_stakeholder}
        choices = [s for s in workbook.stakeholders if s.id not in planned]

        def chosen(stakeholder_id: str) -> None:
            person = workbook.stakeholder(stakeholder_id or "")
            if person is not None:
                row = self.document.editor.add_plan_row(person.name, stakeholder=person.id)
                self.focus_row(row.id)
                self.app.push_screen(PlanRowDialog(self.document, self.lang, row.id, focus="target"))

        self.app.push_screen(StakeholderPicker(self.lang, words("plan.add_row_title"), choices), picked(chosen))

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

    def on_long_table_cell_highlighted(self) -> None:
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
