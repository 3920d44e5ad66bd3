"""Step 7 — the approach to each stakeholder (พิจารณาแนวทางการเข้าหา สร้างความสัมพันธ์).

Like step 3: pick on the left, fill in on the right. The strategy left unset
follows the grid (its suggestion is the field's prompt), so the default costs
no keystroke and an override is one choice away.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import OptionList, Select
from textual.widgets.option_list import Option

from tui.core.analysis.grid import place
from tui.core.i18n import label, tr
from tui.core.model import Stakeholder
from tui.screens.step import StepScreen
from tui.widgets.record_form import RecordForm

FIELDS = ("strategy", "approach_how", "approach_who", "approach_when", "relationship_goal")
MULTILINE = ("approach_how",)


class ApproachScreen(StepScreen):
    NUMBER = 7

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="approach-body"):
            yield OptionList(id="approach-list", classes="people-list")
            yield RecordForm(Stakeholder, FIELDS, self.lang, multiline=MULTILINE, stacked=True, id="approach-form")

    def on_mount(self) -> None:
        self.show_workbook()
        self.query_one("#approach-list").focus()

    @property
    def current(self) -> Stakeholder | None:
        choices = self.query_one("#approach-list", OptionList)
        if choices.highlighted is None or not self.document.workbook.stakeholders:
            return None
        return self.document.workbook.stakeholder(choices.get_option_at_index(choices.highlighted).id or "")

    def prompt(self, stakeholder: Stakeholder) -> str:
        key_player = "★" if place(stakeholder).key_player else " "
        done = "✓" if stakeholder.approach_how.strip() else " "
        return f"{done}{key_player} {stakeholder.name}"

    def show_language(self) -> None:
        super().show_language()
        self.query_one(RecordForm).show_language(self.lang)
        self.show_workbook()

    def show_workbook(self) -> None:
        super().show_workbook()
        stakeholders = self.document.workbook.stakeholders
        choices = self.query_one("#approach-list", OptionList)
        if self.typing:
            current = self.current
            if current is not None:
                choices.replace_option_prompt(current.id, self.prompt(current))
            return
        highlighted = choices.highlighted
        choices.clear_options()
        choices.add_options(Option(self.prompt(s), id=s.id) for s in stakeholders)
        if stakeholders:
            choices.highlighted = min(highlighted or 0, len(stakeholders) - 1)
        self.load_current()

    def load_current(self) -> None:
        form = self.query_one(RecordForm)
        stakeholder = self.current
        form.display = stakeholder is not None
        if stakeholder is None:
            return
        form.load(stakeholder)
        suggested = place(stakeholder).strategy_by_grid
        prompt = (
            tr(self.lang, "approach.suggested", strategy=label(self.lang, suggested))
            if suggested
            else tr(self.lang, "approach.no_suggestion")
        )
        self.query_one("#field-strategy", Select).prompt = prompt

    def on_option_list_option_highlighted(self) -> None:
        self.load_current()

    def on_record_form_field_edited(self, event: RecordForm.FieldEdited) -> None:
        stakeholder = self.current
        if stakeholder is not None:
            editor = self.document.editor
            self.edit_from_form(lambda: editor.update_stakeholder(stakeholder.id, event.name, event.value, coalesce=True))

    def on_record_form_field_left(self) -> None:
        self.document.editor.end_typing()
