"""Step 1 — the objective of the analysis (ระบุวัตถุประสงค์ ประเด็นของการวิเคราะห์)."""

from __future__ import annotations

from textual.app import ComposeResult

from tui.core.model import Project
from tui.screens.step import StepScreen
from tui.widgets.record_form import RecordForm

FIELDS = ("title", "issue", "objective", "area", "network_kind", "date", "facilitator", "notes")
MULTILINE = ("objective", "notes")


class ObjectiveScreen(StepScreen):
    NUMBER = 1

    def compose_body(self) -> ComposeResult:
        yield RecordForm(Project, FIELDS, self.lang, multiline=MULTILINE, id="objective-form")

    def on_mount(self) -> None:
        self.show_workbook()

    def show_language(self) -> None:
        super().show_language()
        self.query_one(RecordForm).show_language(self.lang)

    def show_workbook(self) -> None:
        super().show_workbook()
        if not self.typing:
            self.query_one(RecordForm).load(self.document.workbook.project)

    def on_record_form_field_edited(self, event: RecordForm.FieldEdited) -> None:
        self.edit_from_form(lambda: self.document.editor.set_project(event.name, event.value, coalesce=True))

    def on_record_form_field_left(self) -> None:
        self.document.editor.end_typing()
