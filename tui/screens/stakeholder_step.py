"""Steps 3, 4 and 7 share one shape: the stakeholders on the left, their page on the right.

The list keeps its place across redraws and makes only the lines on screen
(tui/widgets/long_list.py), so a step opens as fast with 10,000 stakeholders
as with 30; while the user types in the form only the current line of the
list is made again (its ✓ may change), so typing costs no redraw of the
whole list.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget

from tui.core.current import left_mark
from tui.core.model import Stakeholder
from tui.core.names import namesakes
from tui.screens.namesake import NamesakeDialog
from tui.screens.step import StepScreen
from tui.widgets.long_list import LongList
from tui.widgets.record_form import RecordForm


class StakeholderStep(StepScreen):
    """Subclasses set FIELDS and MULTILINE, and say how a stakeholder's line reads."""

    FIELDS: tuple[str, ...] = ()
    MULTILINE: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        #: Names being typed in the form since the field was entered: id -> the name before.
        self._renamed_from: dict[str, str] = {}

    def compose_body(self) -> ComposeResult:
        with Horizontal(classes="stakeholder-body"):
            yield LongList(id="people", classes="people-list")
            yield from self.compose_page()

    def compose_page(self) -> ComposeResult:
        yield RecordForm(Stakeholder, self.FIELDS, self.lang, multiline=self.MULTILINE, stacked=True, id="page-form")

    def on_mount(self) -> None:
        people = self.focus_people()  # StepScreen.on_mount draws the page
        # The page follows the list as the highlight moves, in the same frame: a
        # message would come after the list's own frame had gone out, and the page
        # a frame later (two frames, twice the time, for every move).
        self.watch(people, "highlighted", self._highlight_moved, init=False)

    def reopen(self) -> None:
        """As first shown: the list at its first stakeholder and their page at its top, the
        cursor in the list (a page left half-way is shown from its start)."""
        self.reopening = True  # catching up loads no page: the first one is loaded below
        try:
            super().reopen()
        finally:
            self.reopening = False
        self.page_to_start()
        people = self.query_one("#people", LongList)
        self.refilling = True  # the page is loaded once, below
        try:
            people.to_start()
        finally:
            self.refilling = False
        self._renamed_from.clear()
        self.load_current()
        for form in self.forms():
            form.to_start()
        self.focus_people()

    #: The page's forms, found once (:meth:`forms`).
    _forms: list[RecordForm] | None = None

    def forms(self) -> list[RecordForm]:
        """The page's forms. Found once: a search walks every widget of the page (step 3's
        form has hundreds), and a kept step shown again asked at every visit."""
        if self._forms is None:
            self._forms = list(self.query(RecordForm))
        return self._forms

    # -- subclasses --

    def page_to_start(self) -> None:
        """Put the page's own view state back as a new screen has it; screens with more override."""

    def prompt(self, stakeholder: Stakeholder) -> str:
        return stakeholder.name

    def prompt_of(self, stakeholder_id: str) -> str:
        """The list's line for a stakeholder, asked only for the lines drawn."""
        stakeholder = self.document.workbook.stakeholder(stakeholder_id)
        return self.prompt(stakeholder) + left_mark(self.lang, stakeholder) if stakeholder is not None else ""

    def shown(self) -> list[Stakeholder]:
        return self.document.workbook.stakeholders

    def load_current(self) -> None:
        """Show the current stakeholder's page."""
        form = self.query_one("#page-form", RecordForm)
        form.display = self.current is not None
        if self.current is not None:
            form.load(self.current)

    def apply_edit(self, record: Any, name: str, value: Any) -> None:
        """Apply an edit to the record the form showed when it was made (not to whatever is highlighted now)."""
        if name == "name":
            self._renamed_from.setdefault(record.id, record.name)
        self.document.editor.update_stakeholder(record.id, name, value, coalesce=True)

    # -- shared --

    @property
    def current(self) -> Stakeholder | None:
        chosen = self.query_one("#people", LongList).highlighted_key
        return None if chosen is None else self.document.workbook.stakeholder(chosen)

    def show_language(self) -> None:
        super().show_language()
        for form in self.forms():
            form.show_language(self.lang)
        self.show_workbook()

    def show_workbook(self) -> None:
        super().show_workbook()
        people = self.query_one("#people", LongList)
        if self.typing:
            if people.highlighted_key is not None:
                people.option_changed(people.highlighted_key)
            return
        self.refilling = True
        try:
            people.show([s.id for s in self.shown()], self.prompt_of)
        finally:
            self.refilling = False
        if not self.reopening:
            self.load_current()

    #: True while a kept screen shown again catches up: it loads its first page after.
    reopening = False

    #: True while the list is refilled: its highlight may move on the way back to
    #: its place, and a page that followed it there would lose its own place (step 4
    #: went back to the first tie after every undo, and the next keys went into that
    #: tie). The page is loaded once, after.
    refilling = False

    def _highlight_moved(self) -> None:
        if not self.refilling:
            self.load_current()

    def on_long_list_selected(self, event: LongList.Selected) -> None:
        """Enter on a stakeholder: on to their page, the way Tab goes."""
        if event.long_list.id == "people":
            self.focus_next()

    def on_record_form_field_edited(self, event: RecordForm.FieldEdited) -> None:
        self.edit_from_form(lambda: self.apply_edit(event.record, event.name, event.value))

    def on_record_form_field_left(self) -> None:
        self.document.editor.end_typing()
        for stakeholder_id, old_name in self._renamed_from.items():
            self._ask_about_namesake(stakeholder_id, old_name)
        self._renamed_from.clear()

    def _ask_about_namesake(self, stakeholder_id: str, old_name: str) -> None:
        """A name mended to one already there: open that one (the name goes back), or keep both."""
        workbook = self.document.workbook
        renamed = workbook.stakeholder(stakeholder_id)
        if renamed is None:
            return
        same = namesakes(workbook.stakeholders, renamed.name, besides=stakeholder_id)
        if not same:
            return

        def answered(choice: str | None) -> None:
            if choice == "open":
                self.document.editor.update_stakeholder(stakeholder_id, "name", old_name)
                self.select(same[0].id)

        self.app.push_screen(NamesakeDialog(self.lang, [(renamed.name, same[0])]), answered)

    def select(self, stakeholder_id: str) -> None:
        """Show this stakeholder's page (from the map, say)."""
        people = self.query_one("#people", LongList)
        if (index := people.index_of(stakeholder_id)) is not None:
            people.highlighted = index

    def focus_people(self) -> Widget:
        people = self.query_one("#people")
        people.focus()
        return people
