"""Step 1 — the objective of the analysis (ระบุวัตถุประสงค์ ประเด็นของการวิเคราะห์).

Under the form: which stakeholder is our own group. The planning table reads
every current relationship off the map from it, so a new workbook is offered
the choice here, at the start (ctrl+o: choose from the names, or add us).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from tui.core.model import Project
from tui.key_names import CHOOSE_OUR_GROUP
from tui.screens.step import StepScreen
from tui.widgets.our_group import our_group_line
from tui.widgets.record_form import RecordForm
from tui.widgets.steady import update_text

FIELDS = ("title", "issue", "objective", "area", "network_kind", "date", "facilitator", "notes")
MULTILINE = ("objective", "notes")


class ObjectiveScreen(StepScreen):
    NUMBER = 1
    KEPT = True
    BINDINGS = [CHOOSE_OUR_GROUP]

    def compose_body(self) -> ComposeResult:
        yield RecordForm(Project, FIELDS, self.lang, multiline=MULTILINE, id="objective-form")
        yield Static(id="our-group", classes="hint")

    def on_mount(self) -> None:
        self.show_workbook()

    def reopen(self) -> None:
        """As first shown: the form from its top, each text from its start, the cursor in
        the first field."""
        super().reopen()
        self.query_one(RecordForm).to_start()
        self.query_one(f"#field-{FIELDS[0]}").focus()

    def show_language(self) -> None:
        super().show_language()
        self.query_one(RecordForm).show_language(self.lang)
        self._show_our_group()

    def _show_our_group(self) -> None:
        update_text(self.query_one("#our-group", Static), our_group_line(self.document.workbook, self.lang))

    def show_workbook(self) -> None:
        super().show_workbook()
        self._show_our_group()
        if not self.typing:
            self.query_one(RecordForm).load(self.document.workbook.project)

    def on_record_form_field_edited(self, event: RecordForm.FieldEdited) -> None:
        self.edit_from_form(lambda: self.document.editor.set_project(event.name, event.value, coalesce=True))

    def on_record_form_field_left(self) -> None:
        self.document.editor.end_typing()
