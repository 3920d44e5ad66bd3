"""Step 3 — study each stakeholder (ศึกษาลักษณะ), as a form and as the worksheet table.

The list on the left picks a stakeholder; the form on the right holds the
columns of ใบงาน 1 part 3 first (contact, influence, impact, what matters,
how they can help or obstruct, how to reach them), then seed 000's study
items. ctrl+r turns the right side into the worksheet as a table, one row per
stakeholder, to compare them; Enter on a row goes back to its form. ctrl+k
shows only the key players, as the workshop studies the key stakeholders.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, OptionList
from textual.widgets.option_list import Option

from tui.core.analysis.grid import place
from tui.core.cells import fit
from tui.core.i18n import field_label, tr
from tui.core.model import Stakeholder
from tui.core.steps import STUDY_FIELDS, studied
from tui.screens.step import StepScreen
from tui.widgets.record_form import RecordForm

WORKSHEET = ("contact", "influence_how", "impact", "what_matters", "can_help", "may_obstruct", "access")
FIELDS = WORKSHEET + tuple(name for name in STUDY_FIELDS if name not in WORKSHEET)
MULTILINE = tuple(name for name in FIELDS if name != "contact")
#: Table cells are cut to this many cells; the form shows the whole text.
CELL_WIDTH = 18


class StudyScreen(StepScreen):
    NUMBER = 3
    BINDINGS = [
        Binding("ctrl+r", "toggle_table", "key.table_view", id="study.table"),
        Binding("ctrl+k", "toggle_key_players", "key.key_players_only", id="study.key_players"),
    ]

    #: In the workshop the study covers the key stakeholders (ภาคีสำคัญ) first.
    key_players_only = False

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="study-body"):
            yield OptionList(id="study-list")
            yield RecordForm(Stakeholder, FIELDS, self.lang, multiline=MULTILINE, stacked=True, id="study-form")
            yield DataTable(id="study-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        self.query_one("#study-table").display = False
        self.show_workbook()
        self.query_one("#study-list").focus()

    @property
    def current(self) -> Stakeholder | None:
        choices = self.query_one("#study-list", OptionList)
        if choices.highlighted is None or not self.shown():
            return None
        return self.document.workbook.stakeholder(choices.get_option_at_index(choices.highlighted).id or "")

    def show_language(self) -> None:
        super().show_language()
        self.query_one(RecordForm).show_language(self.lang)
        self.show_workbook()

    def show_workbook(self) -> None:
        super().show_workbook()
        if self.typing:
            self.mark_current()  # only its ✓ can have changed; the form shows the text
            return
        stakeholders = self.shown()
        choices = self.query_one("#study-list", OptionList)
        highlighted = choices.highlighted
        choices.clear_options()
        if stakeholders:
            choices.add_options(Option(self.prompt(s), id=s.id) for s in stakeholders)
            choices.highlighted = min(highlighted or 0, len(stakeholders) - 1)
        else:
            choices.add_option(Option(tr(self.lang, "study.empty"), disabled=True))
        form = self.query_one(RecordForm)
        form.display = self.current is not None and not self.query_one("#study-table").display
        if self.current is not None:
            form.load(self.current)
        if self.query_one("#study-table").display:
            self.fill_table()

    def shown(self) -> list[Stakeholder]:
        stakeholders = self.document.workbook.stakeholders
        if self.key_players_only:
            return [s for s in stakeholders if place(s).key_player]
        return stakeholders

    def action_toggle_key_players(self) -> None:
        self.key_players_only = not self.key_players_only
        self.show_workbook()

    @staticmethod
    def prompt(stakeholder: Stakeholder) -> str:
        return f"{'✓' if studied(stakeholder) else ' '} {stakeholder.name}"

    def mark_current(self) -> None:
        stakeholder = self.current
        if stakeholder is None:
            return
        choices = self.query_one("#study-list", OptionList)
        option = choices.get_option(stakeholder.id)
        if str(option.prompt) != self.prompt(stakeholder):
            choices.replace_option_prompt(stakeholder.id, self.prompt(stakeholder))

    def fill_table(self) -> None:
        table = self.query_one("#study-table", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        for name in ("name", *WORKSHEET):
            table.add_column(fit(field_label(self.lang, "stakeholder", name), CELL_WIDTH), key=name)
        for s in self.shown():
            cells = [s.name, *(getattr(s, name).replace("\n", " ") for name in WORKSHEET)]
            table.add_row(*(fit(cell, CELL_WIDTH) for cell in cells), key=s.id)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        stakeholder = self.current
        if stakeholder is not None:
            self.query_one(RecordForm).load(stakeholder)

    def on_record_form_field_edited(self, event: RecordForm.FieldEdited) -> None:
        stakeholder = self.current
        if stakeholder is not None:
            editor = self.document.editor
            self.edit_from_form(lambda: editor.update_stakeholder(stakeholder.id, event.name, event.value, coalesce=True))

    def on_record_form_field_left(self) -> None:
        self.document.editor.end_typing()

    def action_toggle_table(self) -> None:
        table = self.query_one("#study-table", DataTable)
        table.display = not table.display
        if table.display:
            self.fill_table()
        self.query_one(RecordForm).display = not table.display and self.current is not None
        (table if table.display else self.query_one("#study-list")).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row: back to the form of that stakeholder."""
        ids = [s.id for s in self.shown()]
        if event.row_key.value in ids:
            self.query_one("#study-list", OptionList).highlighted = ids.index(event.row_key.value)
        self.action_toggle_table()
