"""The home screen: the project at a glance and the way into every step.

The list and the keys come from the table of places (tui/places.py): the
method's own order (seed 000), then the network tools: the map, the planning
table and the report.
"""

from __future__ import annotations

import contextlib

from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from tui import days, places
from tui.core.follow_up import overdue_rows
from tui.core.i18n import tr
from tui.plain import plain
from tui.screens.base import PhakhiScreen
from tui.widgets.steady import update_text


class PlaceList(OptionList):
    """Home's list of places: moving its highlight repaints the two options it moves
    between. Textual's ``highlighted`` repaints the whole list, and each time a place is
    opened (its option highlighted, so that the cursor is on it back home) the whole list
    was drawn again on coming home."""

    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def _watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None and index in self._index_to_line:
                self.refresh_lines(self._index_to_line[index], self._heights[index])


class HomeScreen(PhakhiScreen):
    BINDINGS = [
        Binding("enter", "open", "key.open", id="home.open"),
        # Made when this module is imported: a place added to the table has its key here.
        *(Binding(p.key, f"open({p.id!r})", p.title, show=False, id=f"home.{p.id}") for p in places.PLACES),
    ]

    def compose(self) -> ComposeResult:
        # Everything is in place before the first frame: updates made on mount
        # would cost a second frame (and its bytes) at start-up.
        lang = self.lang
        yield Static(self._heading(), id="title")
        yield Static(tr(lang, "home.steps"), id="steps-heading", classes="heading")
        yield PlaceList(*self._entries(), id="steps")
        yield Static(self._counts(), id="counts")
        yield self.key_bar()

    def _entries(self) -> list[Option | None]:
        """The places home lists, the steps apart from the rest."""
        lang = self.lang
        entries: list[Option | None] = []
        after_step = False
        for place in places.PLACES:
            if not place.on_home:
                continue
            if after_step and not place.step:
                entries.append(None)
            entries.append(Option(f" {place.key}  {tr(lang, place.title)}", id=place.id))
            after_step = bool(place.step)
        return entries

    def _heading(self) -> str:
        title = self.document.workbook.project.title or tr(self.lang, "app.untitled")
        return f"{tr(self.lang, 'app.name')} · {plain(title)}  [dim]{plain(self.document.path.name)}[/]"

    def _counts(self) -> str:
        if self.document.first_look:  # a province's file: its records come after the first frame
            return tr(self.lang, "home.reading")
        workbook = self.document.workbook
        now = self.document.now()  # the network as it stands; who left is counted apart
        counts = tr(
            self.lang,
            "home.counts",
            stakeholders=len(now.stakeholders),
            ties=len(now.ties),
            rows=len(workbook.plan.rows),
        )
        gone = len(workbook.stakeholders) - len(now.stakeholders)
        if gone:
            counts += f" {tr(self.lang, 'home.left', count=gone)}"
        overdue = overdue_rows(workbook, days.today())
        return f"{counts} {tr(self.lang, 'home.overdue', count=overdue)}" if overdue else counts

    def show_language(self) -> None:
        self.query_one("#steps-heading", Static).update(tr(self.lang, "home.steps"))
        steps = self.query_one("#steps", OptionList)
        highlighted = steps.highlighted
        steps.set_options(self._entries())
        steps.highlighted = highlighted if highlighted is not None else 0
        self.show_workbook()

    def show_workbook(self) -> None:
        update_text(self.query_one("#title", Static), self._heading())
        update_text(self.query_one("#counts", Static), self._counts())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open(event.option.id or "")

    def action_open(self, place_id: str = "") -> None:
        """Open a place (tui/places.py): the one named, else the one highlighted in the list."""
        steps = self.query_one("#steps", OptionList)
        if not place_id:
            if steps.highlighted is None:
                return
            place_id = steps.get_option_at_index(steps.highlighted).id or ""
        with contextlib.suppress(OptionDoesNotExist):  # back home, the cursor is on the place left
            steps.highlighted = steps.get_option_index(place_id)
        self.phakhi.action_go(place_id)
