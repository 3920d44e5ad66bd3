"""Step 4 — relationships between stakeholders (ศึกษารูปแบบความสัมพันธ์).

Pick a stakeholder on the left; on the right are its ties, and below them
the form of the highlighted tie: strength (แน่นแฟ้น / หลวม ๆ), the kind of
relationship in the seed's terms, the form of the tie (exchange,
communication, co-existence), how often and how long. ctrl+n ties the
stakeholder to another, chosen by typing part of the name; Delete on a tie
removes it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.i18n import label, tr
from tui.core.model import Stakeholder, Tie
from tui.core.vocab import Strength
from tui.screens.pick_stakeholder import StakeholderPicker
from tui.screens.step import StepScreen
from tui.widgets.record_form import RecordForm

FIELDS = ("strength", "relation", "form", "frequency", "duration", "notes")
LINES = {Strength.STRONG: "━━", Strength.WEAK: "──"}


class TieList(OptionList):
    BINDINGS = [Binding("delete", "screen.remove_tie", "key.remove", id="ties.remove")]


class RelationshipsScreen(StepScreen):
    NUMBER = 4
    BINDINGS = [Binding("ctrl+n", "add_tie", "key.add_tie", id="ties.add")]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="ties-body"):
            yield OptionList(id="tie-people", classes="people-list")
            with Vertical(id="ties-right"):
                yield Static(id="ties-heading", classes="sector-title")
                yield TieList(id="tie-list")
                yield RecordForm(Tie, FIELDS, self.lang, multiline=("notes",), id="tie-form")

    def on_mount(self) -> None:
        self.show_workbook()
        self.query_one("#tie-people").focus()

    # -- what is chosen --

    @property
    def person(self) -> Stakeholder | None:
        people = self.query_one("#tie-people", OptionList)
        if people.highlighted is None or not self.document.workbook.stakeholders:
            return None
        return self.document.workbook.stakeholder(people.get_option_at_index(people.highlighted).id or "")

    @property
    def tie(self) -> Tie | None:
        ties = self.query_one("#tie-list", TieList)
        if ties.highlighted is None:
            return None
        tie_id = ties.get_option_at_index(ties.highlighted).id
        return next((t for t in self.document.workbook.ties if t.id == tie_id), None)

    # -- drawing --

    def show_language(self) -> None:
        super().show_language()
        self.query_one(RecordForm).show_language(self.lang)
        self.show_workbook()

    def show_workbook(self) -> None:
        super().show_workbook()
        if self.typing:
            return
        workbook = self.document.workbook
        people = self.query_one("#tie-people", OptionList)
        highlighted = people.highlighted
        people.clear_options()
        people.add_options(Option(f"{len(workbook.ties_of(s.id)):>2} {s.name}", id=s.id) for s in workbook.stakeholders)
        if workbook.stakeholders:
            people.highlighted = min(highlighted or 0, len(workbook.stakeholders) - 1)
        self.show_ties()

    def show_ties(self, select: str | None = None) -> None:
        workbook = self.document.workbook
        person = self.person
        ties = self.query_one("#tie-list", TieList)
        highlighted = ties.highlighted
        ties.clear_options()
        own = workbook.ties_of(person.id) if person else []
        heading = self.query_one("#ties-heading", Static)
        heading.update(tr(self.lang, "ties.of", name=person.name, count=len(own)) if person else "")
        for tie in own:
            other = workbook.stakeholder(tie.b if tie.a == person.id else tie.a)
            kind = f" · {label(self.lang, tie.relation)}" if tie.relation else ""
            ties.add_option(Option(f"{LINES[tie.strength]} {other.name if other else '?'}{kind}", id=tie.id))
        if not own:
            ties.add_option(Option(tr(self.lang, "ties.none"), disabled=True))
        else:
            ids = [t.id for t in own]
            ties.highlighted = ids.index(select) if select in ids else min(highlighted or 0, len(own) - 1)
        form = self.query_one(RecordForm)
        form.display = self.tie is not None
        if self.tie is not None:
            form.load(self.tie)

    # -- events --

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "tie-people":
            self.show_ties()
        elif event.option_list.id == "tie-list" and self.tie is not None:
            self.query_one(RecordForm).load(self.tie)

    def on_record_form_field_edited(self, event: RecordForm.FieldEdited) -> None:
        tie = self.tie
        if tie is not None:
            self.edit_from_form(lambda: self.document.editor.update_tie(tie.id, event.name, event.value, coalesce=True))
            self.refresh_tie_prompt(tie)

    def refresh_tie_prompt(self, tie: Tie) -> None:
        """Strength and kind show in the list; keep that line true while the form edits them."""
        person = self.person
        if person is None:
            return
        other = self.document.workbook.stakeholder(tie.b if tie.a == person.id else tie.a)
        kind = f" · {label(self.lang, tie.relation)}" if tie.relation else ""
        self.query_one("#tie-list", TieList).replace_option_prompt(
            tie.id, f"{LINES[tie.strength]} {other.name if other else '?'}{kind}"
        )

    def on_record_form_field_left(self) -> None:
        self.document.editor.end_typing()

    def action_add_tie(self) -> None:
        person = self.person
        if person is None:
            return
        workbook = self.document.workbook
        tied = {t.a for t in workbook.ties_of(person.id)} | {t.b for t in workbook.ties_of(person.id)}
        others = [s for s in workbook.stakeholders if s.id != person.id and s.id not in tied]
        title = tr(self.lang, "pick.tie_with", name=person.name)

        def chosen(other_id: str | None) -> None:
            if other_id:
                tie = self.document.editor.add_tie(person.id, other_id)
                self.show_ties(select=tie.id)
                self.query_one("#tie-list").focus()

        self.app.push_screen(StakeholderPicker(self.lang, title, others), chosen)

    def action_remove_tie(self) -> None:
        tie = self.tie
        if tie is not None:
            self.document.editor.remove_tie(tie.id)
