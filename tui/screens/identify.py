"""Step 2 — brainstorm stakeholders by the three sectors (ไตรพลัง).

Quick entry as in the workshop: type a name, Enter, the next name — or
paste a column of names from a sheet, one stakeholder a line. One
column per sector; in a column's list, Delete removes, k changes the kind
(individual / group or organisation / network), e puts the name back in
the column's entry to mend a typo, m moves the stakeholder to the next
sector, l marks them as having left the network (a day and why; again, they
are back), and n in an empty sector says "there is none here" so the step can
be complete. A name already there (to a reader: see core's names) is never
added or renamed to without asking.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static

from tui.core.current import left_mark
from tui.core.edit import EditError
from tui.core.i18n import label, tr
from tui.core.names import namesakes
from tui.core.vocab import Kind, Sector
from tui.screens.day_dialog import DayDialog, Ended
from tui.screens.dialog import words
from tui.screens.namesake import CHOICES, PASTE_CHOICES, NamesakeDialog
from tui.screens.step import StepScreen
from tui.widgets.long_list import LongList
from tui.widgets.one_line import OneLine
from tui.widgets.steady import update_text

KIND_MARKS = {Kind.INDIVIDUAL: "•", Kind.NODE: "■", Kind.NETWORK: "◆"}
NEXT_KIND = {Kind.INDIVIDUAL: Kind.NODE, Kind.NODE: Kind.NETWORK, Kind.NETWORK: Kind.INDIVIDUAL}
NEXT_SECTOR = {Sector.PEOPLE: Sector.ACADEMIC, Sector.ACADEMIC: Sector.GOVERNMENT, Sector.GOVERNMENT: Sector.PEOPLE}
#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("identify.q",)
QUESTIONS = tuple(f"identify.q{n}" for n in range(1, 6))


class SectorList(LongList):
    """One sector's stakeholders, drawn as they come on screen; its keys act on the highlighted one."""

    BINDINGS = [
        Binding("delete", "screen.remove_stakeholder", "key.remove", id="identify.remove"),
        Binding("k", "screen.cycle_kind", "key.kind", id="identify.kind"),
        Binding("e", "screen.rename", "key.rename", id="identify.rename"),
        Binding("m", "screen.move_sector", "key.move_sector", id="identify.move"),
        Binding("n", "screen.toggle_none", "key.none_here", id="identify.none"),
        Binding("l", "screen.toggle_left", "key.left", id="identify.left"),
    ]


class NameEntry(OneLine):
    """A sector's quick entry. A paste of several lines (a column copied from a
    sheet, the brainstorm written out) is several names, not one joined name.

    While ``renaming`` holds a stakeholder's id the entry mends that name
    instead: Enter keeps the new name, Esc leaves it as it was."""

    BINDINGS = [Binding("escape", "screen.leave_entry", "key.cancel", show=False)]

    renaming: str | None = None

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
    KEPT = True

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="sectors"):
            for sector in Sector:
                with Vertical(classes="sector", id=f"sector-{sector.value}"):
                    yield Static(classes="sector-title", id=f"title-{sector.value}")
                    yield NameEntry(classes="quick-entry", id=f"add-{sector.value}")
                    yield SectorList(id=f"list-{sector.value}")
        yield Static(id="questions")

    def on_mount(self) -> None:
        # StepScreen.on_mount (called after this one) fills the lists, through show_language.
        self.query_one(f"#add-{Sector.PEOPLE.value}", Input).focus()

    def reopen(self) -> None:
        """As first shown: the entries empty (a rename left unfinished is left as it was),
        each list at its first name, the cursor in the first sector's entry."""
        super().reopen()
        renaming = False
        # By their ids: a query walks the whole screen, and this is every visit to step 2.
        for entry in (self.query_one(f"#add-{sector.value}", NameEntry) for sector in Sector):
            renaming = renaming or entry.renaming is not None
            entry.renaming = None
            entry.remove_class("-renaming")
            entry.value = ""
        for sector_list in (self.query_one(f"#list-{sector.value}", SectorList) for sector in Sector):
            sector_list.to_start()
        if renaming:
            self.show_workbook()  # the sector's title again
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
            if self.query_one(f"#add-{sector.value}", NameEntry).renaming is not None:
                title = tr(self.lang, "identify.renaming")  # the entry holds the name being mended
            update_text(self.query_one(f"#title-{sector.value}", Static), title)
            none = f"— {tr(self.lang, 'identify.none_marked')}" if sector in workbook.project.empty_sectors else ""
            self.query_one(f"#list-{sector.value}", SectorList).show([s.id for s in members], self.prompt_of, none)

    def prompt_of(self, stakeholder_id: str) -> str:
        """A line of a sector's list: the kind's mark and the name."""
        stakeholder = self.document.workbook.stakeholder(stakeholder_id)
        if stakeholder is None:
            return ""
        return f"{KIND_MARKS[stakeholder.kind]} {stakeholder.name}{left_mark(self.lang, stakeholder)}"

    def on_input_submitted(self, event: Input.Submitted) -> None:
        entry, name = event.input, event.value.strip()
        if not name or not isinstance(entry, NameEntry):
            return
        if entry.renaming is not None:
            self._rename(entry, entry.renaming, name)
            return
        self._ask_then(entry, [name], lambda names: self._add(entry, names) and self._clear(entry))

    def on_name_entry_names_pasted(self, event: NameEntry.NamesPasted) -> None:
        def add(names: list[str]) -> None:
            if self._add(event.entry, names):
                self.notify(tr(self.lang, "identify.pasted", count=len(names)), timeout=3)

        self._ask_then(event.entry, event.names, add)

    def _ask_then(self, entry: NameEntry, names: list[str], add: Callable[[list[str]], object]) -> None:
        """Add ``names``, asking first about any that is already there: open it, or keep both
        (for a pasted column: skip those, or add them all)."""
        workbook = self.document.workbook
        found = [(name, same[0]) for name in names if (same := namesakes(workbook.stakeholders, name))]
        if not found:
            add(names)
            return

        def answered(choice: str | None) -> None:
            if choice == "keep":
                add(names)
            elif choice == "skip":
                left = [name for name in names if name not in {typed for typed, _ in found}]
                if left:
                    add(left)
            elif choice == "open":
                self._clear(entry)
                self.show_stakeholder(found[0][1].id)

        choices = CHOICES if len(names) == 1 else PASTE_CHOICES
        self.app.push_screen(NamesakeDialog(self.lang, found, choices), answered)

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

    @staticmethod
    def _clear(entry: Input) -> bool:
        entry.value = ""
        return True

    # -- mending a name in place --

    def action_rename(self) -> None:
        chosen = self._focused()
        if not chosen or not chosen[1]:
            return
        stakeholder = self.document.workbook.stakeholder(chosen[1])
        assert stakeholder is not None
        entry = self.query_one(f"#add-{chosen[0].value}", NameEntry)
        entry.renaming = stakeholder.id
        entry.show(stakeholder.name)
        entry.add_class("-renaming")
        entry.focus()
        self.show_workbook()  # the sector's title says what Enter and Esc do now

    def _rename(self, entry: NameEntry, stakeholder_id: str, name: str) -> None:
        same = namesakes(self.document.workbook.stakeholders, name, besides=stakeholder_id)

        def rename(choice: str | None = "keep") -> None:
            if choice == "open":
                self._end_rename(entry)
                self.show_stakeholder(same[0].id)
                return
            if choice != "keep":
                return  # Escape: the new name stays in the entry, to be mended
            try:
                self.document.editor.update_stakeholder(stakeholder_id, "name", name)
            except EditError as error:
                self.phakhi.refuse(error)
                return
            self._end_rename(entry)
            self.show_stakeholder(stakeholder_id)

        if same:
            self.app.push_screen(NamesakeDialog(self.lang, [(name, same[0])]), rename)
        else:
            rename()

    def _end_rename(self, entry: NameEntry) -> None:
        entry.renaming = None
        entry.value = ""
        entry.remove_class("-renaming")
        self.show_workbook()

    def action_leave_entry(self) -> None:
        """Esc in an entry: a rename is left as it was; otherwise home, as everywhere in the steps."""
        entry = self.focused
        if isinstance(entry, NameEntry) and entry.renaming is not None:
            stakeholder_id = entry.renaming
            self._end_rename(entry)
            self.show_stakeholder(stakeholder_id)
        else:
            self.phakhi.action_home()

    def show_stakeholder(self, stakeholder_id: str) -> None:
        """Focus this stakeholder in its sector's list."""
        stakeholder = self.document.workbook.stakeholder(stakeholder_id)
        if stakeholder is None:
            return
        sector_list = self.query_one(f"#list-{stakeholder.sector.value}", SectorList)
        sector_list.highlighted = sector_list.index_of(stakeholder_id)
        sector_list.focus()

    def _focused(self) -> tuple[Sector, str | None] | None:
        """The sector of the focused list and the id of its highlighted stakeholder."""
        focused = self.focused
        if not isinstance(focused, SectorList) or not focused.id:
            return None
        return Sector(focused.id.removeprefix("list-")), focused.highlighted_key

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

    def action_move_sector(self) -> None:
        """m: the next sector, as k is the next kind; the stakeholder keeps everything else."""
        chosen = self._focused()
        if chosen and chosen[1]:
            sector = NEXT_SECTOR[chosen[0]]
            self.document.editor.update_stakeholder(chosen[1], "sector", sector)
            stakeholder = self.document.workbook.stakeholder(chosen[1])
            assert stakeholder is not None
            self.notify(
                tr(self.lang, "identify.moved", name=stakeholder.name, sector=label(self.lang, sector)), timeout=2
            )
            self.show_stakeholder(chosen[1])

    def action_toggle_left(self) -> None:
        """l: the stakeholder left the network (a day and why, asked), or is back in it."""
        chosen = self._focused()
        stakeholder = self.document.workbook.stakeholder(chosen[1]) if chosen and chosen[1] else None
        if stakeholder is None:
            return
        if stakeholder.left:
            self.document.editor.bring_back(stakeholder.id)
            self.notify(tr(self.lang, "left.back", name=stakeholder.name), timeout=2)
            return

        def answered(ended: Ended | None) -> None:
            if ended is not None:
                self.document.editor.mark_left(stakeholder.id, ended.day, ended.reason)
                self.show_stakeholder(stakeholder.id)

        self.app.push_screen(DayDialog(self.lang, words("left.title", name=stakeholder.name), reason=True), answered)

    def action_toggle_none(self) -> None:
        """n: this sector has no one (again: it may have); refused for a sector with names."""
        chosen = self._focused()
        if chosen is None:
            return
        sector = chosen[0]
        try:
            self.document.editor.mark_sector_empty(sector, sector not in self.document.workbook.project.empty_sectors)
        except EditError as error:
            self.phakhi.refuse(error)
