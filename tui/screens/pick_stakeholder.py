"""Choose a stakeholder by typing part of the name: for ties, the map, the plan.

Where the one wanted may not be there yet (our own group in a new workbook),
the picker also offers the typed name as a new stakeholder. The matches are
listed as they come on screen (tui/widgets/long_list.py): each letter typed
lists them again, and a province's 10,000 names took seconds to list whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from tui.core.i18n import tr
from tui.core.model import Stakeholder
from tui.core.vocab import Language
from tui.screens.dialog import PhakhiDialog, Words
from tui.widgets.long_list import LongList
from tui.widgets.one_line import OneLine


@dataclass(frozen=True)
class NewName:
    """The answer "none of these: add this name"."""

    name: str


#: The option id of "add the typed name".
NEW = "+new"


class StakeholderPicker(PhakhiDialog["str | NewName | None"]):
    """Returns the chosen stakeholder's id, a NewName when offered and chosen, or None on Escape."""

    BINDINGS = [
        Binding("escape", "cancel", "key.close", id="pick.cancel"),
        Binding("down", "move(1)", "widget.Down", show=False),
        Binding("up", "move(-1)", "widget.Up", show=False),
    ]

    def __init__(
        self, lang: Language, title: Words, stakeholders: list[Stakeholder], *, new: str | None = None
    ) -> None:
        """``new``: the i18n key of the option that adds the typed ``{name}`` (none if not offered)."""
        super().__init__(lang)
        self.title_words = title
        self.stakeholders = stakeholders
        self.names = {s.id: s.name for s in stakeholders}
        self.new = new

    def compose_dialog(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static(f"[b]{self.title_words(self.lang)}[/]", id="pick-title")
            yield OneLine(placeholder=tr(self.lang, "pick.filter"), id="pick-filter")
            yield LongList(id="pick-list")
            yield Static(id="pick-new", classes="hint")

    def on_mount(self) -> None:
        self.show_matches("")

    def show_language(self, lang: Language) -> None:
        self.query_one("#pick-title", Static).update(f"[b]{self.title_words(lang)}[/]")
        self.query_one("#pick-filter", Input).placeholder = tr(lang, "pick.filter")
        if self.new is not None:
            self.show_matches(self.query_one("#pick-filter", Input).value)  # the "add" option's words

    def show_matches(self, text: str) -> None:
        typed = text.strip()
        wanted = typed.casefold()
        matches = [s.id for s in self.stakeholders if wanted in s.name.casefold() or wanted == s.id]
        offered = self.new is not None
        choices = self.query_one("#pick-list", LongList)
        choices.show([*matches, NEW] if offered and typed else matches, self.prompt_of)
        choices.highlighted = 0
        hint = self.query_one("#pick-new", Static)
        hint.display = offered and not typed  # what typing a name that is not listed does
        if hint.display:
            hint.update(tr(self.lang, "pick.type_new"))

    def prompt_of(self, key: str) -> str:
        if key == NEW:
            return tr(self.lang, self.new or "", name=self.query_one("#pick-filter", Input).value.strip())
        return self.names[key]

    def _answer(self, option_id: str | None) -> None:
        if option_id == NEW:
            self.dismiss(NewName(self.query_one("#pick-filter", Input).value.strip()))
        else:
            self.dismiss(option_id)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show_matches(event.value)

    def on_input_submitted(self) -> None:
        chosen = self.query_one("#pick-list", LongList).highlighted_key
        if chosen is not None:
            self._answer(chosen)

    def on_long_list_selected(self, event: LongList.Selected) -> None:
        self._answer(event.key)

    def action_move(self, step: int) -> None:
        choices = self.query_one("#pick-list", LongList)
        if choices.option_count:
            current = choices.highlighted or 0
            choices.highlighted = max(0, min(choices.option_count - 1, current + step))

    def action_cancel(self) -> None:
        self.dismiss(None)


def picked(then: Callable[[str], object]) -> Callable[[str | NewName | None], None]:
    """What a picker that offers no new name calls back with: ``then`` the id of the
    stakeholder chosen, if one was."""

    def chosen(answer: str | NewName | None) -> None:
        if isinstance(answer, str) and answer:
            then(answer)

    return chosen
