"""The day something ended: a stakeholder left the network (with why), a tie ended.

A small form: the day (today to start with, written YYYY-MM-DD), and for a
stakeholder the reason; Enter in either line gives them back, Esc cancels.
A day that is not one is said under the form, and the form stays open.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from tui import days
from tui.core.i18n import tr
from tui.core.schema import is_iso_date
from tui.core.vocab import Language
from tui.screens.dialog import PhakhiDialog, Words
from tui.widgets.one_line import OneLine


@dataclass(frozen=True)
class Ended:
    """The answer: the day, and the reason (empty when the dialog asks none)."""

    day: str
    reason: str = ""


class DayDialog(PhakhiDialog["Ended | None"]):
    """Returns :class:`Ended`, or None on Escape."""

    BINDINGS = [
        # Before the fields' own Enter, so that the key bar says it; in either field it confirms.
        Binding("enter", "confirm", "key.confirm", id="day.confirm", priority=True),
        Binding("escape", "cancel", "key.cancel", id="day.cancel"),
    ]

    def __init__(self, lang: Language, title: Words, *, reason: bool, day: str = "") -> None:
        super().__init__(lang)
        self.title_words = title
        self.asks_reason = reason
        #: The day the field starts with: today unless given.
        self.first_day = day

    def compose_dialog(self) -> ComposeResult:
        with Vertical(id="day-dialog"):
            yield Static(id="day-title")
            yield Static(classes="hint", id="day-label")
            yield OneLine(self.first_day or days.today().isoformat(), id="day")
            if self.asks_reason:
                yield Static(classes="hint", id="reason-label")
                yield OneLine(id="reason")
            yield Static(classes="hint", id="day-problem")

    def on_mount(self) -> None:
        self.show_language(self.lang)
        self.query_one("#reason" if self.asks_reason else "#day", Input).focus()

    def show_language(self, lang: Language) -> None:
        self.query_one("#day-title", Static).update(f"[b]{self.title_words(lang)}[/]")
        self.query_one("#day-label", Static).update(tr(lang, "day.label"))
        if self.asks_reason:
            self.query_one("#reason-label", Static).update(tr(lang, "day.reason"))
        problem = self.query_one("#day-problem", Static)
        problem.update(tr(lang, "day.not_a_day") if problem.has_class("-shown") else "")

    def action_confirm(self) -> None:
        day = self.query_one("#day", Input).value.strip()
        if not is_iso_date(day):
            problem = self.query_one("#day-problem", Static)
            problem.add_class("-shown")
            problem.update(tr(self.lang, "day.not_a_day"))
            self.query_one("#day", Input).focus()
            return
        reason = self.query_one("#reason", Input).value.strip() if self.asks_reason else ""
        self.dismiss(Ended(day, reason))

    def action_cancel(self) -> None:
        self.dismiss(None)
