"""A name that is already there: ask, never merge or duplicate silently.

Typed twice in a brainstorm, or renamed to a name in use, the same group
would otherwise become two stakeholders with their ties and scores split
between them. The dialog names what is there already (and in which sector)
and lets the user open it or keep both.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.i18n import label, tr
from tui.core.model import Stakeholder
from tui.core.vocab import Language
from tui.screens.dialog import PhakhiDialog

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("namesake.",)

#: The answers, in the order offered: the first is what Enter does.
CHOICES = ("open", "keep")
#: For several names at once (a pasted column): skip those already there, or add them all.
PASTE_CHOICES = ("skip", "keep")


class NamesakeDialog(PhakhiDialog[str | None]):
    """Returns one of ``choices`` ("open", "keep", "skip"), or None on Escape."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel", id="namesake.cancel")]

    def __init__(
        self, lang: Language, pairs: list[tuple[str, Stakeholder]], choices: tuple[str, ...] = CHOICES
    ) -> None:
        """``pairs``: each name typed with the stakeholder it matches."""
        super().__init__(lang)
        self.pairs = pairs
        self.choices = choices

    def compose_dialog(self) -> ComposeResult:
        with Vertical(id="namesake"):
            yield Static(id="namesake-text")
            yield OptionList(*self._options(self.lang), id="namesake-choices")

    def on_mount(self) -> None:
        self.show_language(self.lang)
        self.query_one("#namesake-choices", OptionList).focus()

    def _options(self, lang: Language) -> list[Option]:
        return [Option(tr(lang, f"namesake.{choice}"), id=choice) for choice in self.choices]

    def show_language(self, lang: Language) -> None:
        lines = [
            tr(lang, "namesake.line", name=name, existing=there.name, sector=label(lang, there.sector))
            for name, there in self.pairs
        ]
        title = tr(lang, "namesake.title")
        self.query_one("#namesake-text", Static).update(f"[b]{title}[/]\n" + "\n".join(lines))
        choices = self.query_one("#namesake-choices", OptionList)
        highlighted = choices.highlighted
        choices.clear_options()
        choices.add_options(self._options(lang))
        choices.highlighted = highlighted or 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
