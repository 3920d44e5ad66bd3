"""Step 2 — brainstorm stakeholders by the three sectors (ไตรพลัง).

Quick entry as in the workshop: type a name, Enter, the next name — or
paste a column of names from a sheet, one stakeholder a line. One
column per sector; in a column's list, Delete removes, k changes the kind
(individual / group or organisation / network), and n in an empty sector
says "there is none here" so the step can be complete.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.edit import EditError
from tui.core.i18n import label, tr
from tui.core.vocab import Kind, Sector
from tui.screens.step import StepScreen
from tui.widgets.one_line import OneLine

KIND_MARKS = {Kind.INDIVIDUAL: "•", Kind.NODE: "■", Kind.NETWORK: "◆"}
NEXT_KIND = {Kind.INDIVIDUAL: Kind.NODE, Kind.NODE: Kind.NETWORK, Kind.NETWORK: Kind.INDIVIDUAL}
QUESTIONS = tuple(f"identify.q{n}" for n in range(1, 6))


class SectorList(OptionList):
    """One sector's stakeholders; its keys act on the highlighted one."""

    BINDINGS = [
        Binding("delete", "screen.remove_stakeholder", "key.remove", id="identify.remove"),
        Binding("k", "screen.cycle_kind", "key.kind", id="identify.kind"),
        Binding("n", "screen.toggle_none", "key.none_here", id="identify.none"),
    ]


class NameEntry(OneLine):
    """A sector's quick entry. A paste of several lines (a column copied from a
    sheet, the brainstorm written out) is several names, not one joined name."""

    class NamesPasted(Message):
        def __init__(self, entry: NameEntry, names: list[str]) -> None:
            super().__init__()
            self.entry = entry
            self.names = names

    def on_paste(self, event: events.Paste) -> None:
        names = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(names) > 1:
            event.prevent_default()  # not Input's own paste of the first line
            event.stop()
            self.post_message(self.NamesPasted(self, names))


class IdentifyScreen(StepScreen):
    NUMBER = 2

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="sectors"):
            for sector in Sector:
                with Vertical(classes="sector", id=f"sector-{sector.value}"):
                    yield Static(classes="sector-title", id=f"title-{sector.value}")
                    yield NameEntry(classes="quick-entry", id=f"add-{sector.value}")
                    yield SectorList(id=f"list-{sector.value}")
        yield Static(id="questions")

    def on_mount(self) -> None:
        self.show_workbook()
        self.query_one(f"#add-{Sector.PEOPLE.value}", Input).focus()

    def show_language(self) -> None:
        super().show_language()
        lang = self.lang
        for sector in Sector:
            self.query_one(f"#add-{sector.value}", Input).placeholder = tr(lang, "identify.add")
        legend = "  ".join(f"{mark} {label(lang, kind)}" for kind, mark in KIND_MARKS.items())
        heading = f"[b]{tr(lang, 'identify.questions')}[/]  "
        questions = heading + "  ".join(f"· {tr(lang, q)}" for q in QUESTIONS)
        self.query_one("#questions", Static).update(f"{legend}\n{questions}")
        self.show_workbook()

    def show_workbook(self) -> None:
        super().show_workbook()
        workbook = self.document.workbook
        for sector in Sector:
            members = [s for s in workbook.stakeholders if s.sector is sector]
            title = f"{label(self.lang, sector)} ({len(members)})"
            self.query_one(f"#title-{sector.value}", Static).update(title)
            sector_list = self.query_one(f"#list-{sector.value}", SectorList)
            highlighted = sector_list.highlighted
            sector_list.clear_options()
            if members:
                sector_list.add_options(Option(f"{KIND_MARKS[s.kind]} {s.name}", id=s.id) for s in members)
            elif sector in workbook.project.empty_sectors:
                sector_list.add_option(Option(f"— {tr(self.lang, 'identify.none_marked')}", id="none", disabled=True))
            if members:
                sector_list.highlighted = min(highlighted or 0, len(members) - 1)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if name and event.input.id and self._add(event.input, [name]):
            event.input.value = ""

    def on_name_entry_names_pasted(self, event: NameEntry.NamesPasted) -> None:
        if self._add(event.entry, event.names):
            self.notify(tr(self.lang, "identify.pasted", count=len(event.names)), timeout=3)

    def _add(self, entry: Input, names: list[str]) -> bool:
        """Add the names to the entry's sector; False (and why) if the model refuses one."""
        sector = Sector((entry.id or "").removeprefix("add-"))
        editor = self.document.editor
        try:
            if len(names) == 1:
                editor.add_stakeholder(names[0], sector)
            else:
                editor.add_stakeholders(names, sector)
        except EditError as error:  # a pasted name too long, or with hidden characters
            self.phakhi.refuse(error)
            return False  # a typed name stays in the field, to be mended
        return True

    def _focused(self) -> tuple[Sector, str | None] | None:
        """The sector of the focused list and the id of its highlighted stakeholder."""
        focused = self.focused
        if not isinstance(focused, SectorList) or not focused.id:
            return None
        sector = Sector(focused.id.removeprefix("list-"))
        if focused.highlighted is None:
            return sector, None
        option_id = focused.get_option_at_index(focused.highlighted).id
        return sector, option_id if option_id != "none" else None

    def action_remove_stakeholder(self) -> None:
        chosen = self._focused()
        if chosen and chosen[1]:
            self.document.editor.remove_stakeholder(chosen[1])

    def action_cycle_kind(self) -> None:
        chosen = self._focused()
        if chosen and chosen[1]:
            stakeholder = self.document.workbook.stakeholder(chosen[1])
            assert stakeholder is not None
            self.document.editor.update_stakeholder(stakeholder.id, "kind", NEXT_KIND[stakeholder.kind])

    def action_toggle_none(self) -> None:
        chosen = self._focused()
        if chosen is None:
            return
        sector = chosen[0]
        workbook = self.document.workbook
        if any(s.sector is sector for s in workbook.stakeholders):
            return  # a sector with names cannot be "none"
        empty = workbook.project.empty_sectors
        new = [s for s in empty if s is not sector] if sector in empty else [*empty, sector]
        self.document.editor.set_project("empty_sectors", new)
