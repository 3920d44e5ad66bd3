"""One row of the planning table in full: every column in a form, long Thai text in
multi-line fields, methods one per line. Edits go straight to the workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Select, Static

from tui.core.document import Document
from tui.core.edit import EditError
from tui.core.i18n import tr
from tui.core.model import Plan, PlanRow
from tui.core.plan import current_relationship, current_text
from tui.core.vocab import Language
from tui.key_names import CHOOSE_OUR_GROUP
from tui.screens.dialog import PhakhiDialog, Words, words
from tui.widgets.our_group import our_group_line
from tui.widgets.record_form import RecordForm
from tui.widgets.steady import update_text

if TYPE_CHECKING:
    from tui.app import PhakhiApp

ROW_FIELDS = (
    "group",
    "current",
    "current_via",
    "target",
    "our_benefit",
    "their_benefit",
    "methods",
    "owner",
    "review_date",
    "status",
    "log",
    "notes",
)
ROW_MULTILINE = ("our_benefit", "their_benefit", "notes")
PLAN_FIELDS = ("shared_vision", "our_group")


class RecordDialog(PhakhiDialog[None]):
    """A form over one record of the workbook; Escape closes it. Each edit goes to the
    workbook as it is made, so there is nothing to confirm and nothing to lose: the key
    bar says so, lest the user look for a Save."""

    BINDINGS = [Binding("escape", "close", "key.close_kept", id="dialog.close")]

    def __init__(self, document: Document, lang: Language, title: Words, form: RecordForm) -> None:
        super().__init__(lang)
        self.document = document
        self.title_words = title
        self.form = form

    def compose_dialog(self) -> ComposeResult:
        with Vertical(classes="record-dialog"):
            yield Static(f"[b]{self.title_words(self.lang)}[/]", classes="dialog-title")
            yield self.form
            yield from self.compose_below()

    def compose_below(self) -> ComposeResult:
        """Anything under the form; dialogs override."""
        yield from ()

    def on_mount(self) -> None:
        self.form.load(self.record())
        self.prepare()

    def show_language(self, lang: Language) -> None:
        self.query_one(".dialog-title", Static).update(f"[b]{self.title_words(lang)}[/]")
        self.form.show_language(lang)
        self.prepare()

    def record(self) -> Any:
        raise NotImplementedError

    def prepare(self) -> None:
        """Anything shown beside the values (a prompt, a hint)."""

    def apply(self, name: str, value: Any) -> None:
        raise NotImplementedError

    def on_record_form_field_edited(self, event: RecordForm.FieldEdited) -> None:
        try:
            self.apply(event.name, event.value)
        except EditError as error:
            cast("PhakhiApp", self.app).refuse(error)
        self.prepare()

    def on_record_form_field_left(self) -> None:
        self.document.editor.end_typing()

    def action_close(self) -> None:
        self.document.editor.end_typing()
        self.dismiss(None)


class PlanRowDialog(RecordDialog):
    def __init__(self, document: Document, lang: Language, row_id: str, focus: str | None = None) -> None:
        row = next(r for r in document.workbook.plan.rows if r.id == row_id)
        form = RecordForm(PlanRow, ROW_FIELDS, lang, multiline=ROW_MULTILINE, stacked=True, id="row-form")
        super().__init__(document, lang, words("plan.row_title", group=row.group), form)
        self.row_id = row_id
        self.focus_field = focus

    def record(self) -> PlanRow:
        return next(r for r in self.document.workbook.plan.rows if r.id == self.row_id)

    def on_mount(self) -> None:
        if self.focus_field:
            self.query_one(f"#field-{self.focus_field}").focus()

    def prepare(self) -> None:
        """The current relationship left unset follows the map: say what the map says."""
        row = self.record()
        derived = current_relationship(self.document.workbook, PlanRow(row.id, stakeholder=row.stakeholder))
        self.query_one("#field-current", Select).prompt = tr(
            self.lang, "plan.derived", text=current_text(self.lang, derived[0], derived[1])
        )

    def apply(self, name: str, value: Any) -> None:
        self.document.editor.update_plan_row(self.row_id, name, value, coalesce=True)


class VisionDialog(RecordDialog):
    """The shared vision, and our group: its name on the table, and (ctrl+o) which stakeholder it is."""

    BINDINGS = [Binding(CHOOSE_OUR_GROUP.key, "choose_our_group", CHOOSE_OUR_GROUP.description, id="vision.our_group")]

    def __init__(self, document: Document, lang: Language) -> None:
        form = RecordForm(Plan, PLAN_FIELDS, lang, multiline=("shared_vision",), stacked=True, id="vision-form")
        super().__init__(document, lang, words("plan.vision_title"), form)

    def compose_below(self) -> ComposeResult:
        yield Static(id="our-group", classes="hint")

    def record(self) -> Plan:
        return self.document.workbook.plan

    def prepare(self) -> None:
        update_text(self.query_one("#our-group", Static), our_group_line(self.document.workbook, self.lang))

    def action_choose_our_group(self) -> None:
        """Choose (or add) our group, then show the name it brought to the form."""

        def chosen() -> None:
            self.form.load(self.record())
            self.prepare()

        cast("PhakhiApp", self.app).action_choose_our_group(then=chosen)

    def apply(self, name: str, value: Any) -> None:
        self.document.editor.set_plan(name, value, coalesce=True)
