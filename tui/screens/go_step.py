"""ctrl+g — go to a step by its number: one key, then the digit."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from tui import places
from tui.core.i18n import tr
from tui.core.vocab import Language
from tui.key_names import key_range
from tui.screens.dialog import PhakhiDialog

#: One key a step (tui/places.py), named by the dialog's prompt.
STEP_KEYS = [Binding(str(p.step), f"choose({p.step})", p.title, show=False) for p in places.steps()]


class GoStepDialog(PhakhiDialog[int | None]):
    BINDINGS = [
        *STEP_KEYS,
        Binding("escape", "choose(0)", "key.close", id="go.close"),
    ]

    def compose_dialog(self) -> ComposeResult:
        yield Static(self._text(self.lang), id="go-step")

    def _text(self, lang: Language) -> str:
        steps = "\n".join(f" {p.step}  {tr(lang, p.title)}" for p in places.steps())
        return f"[b]{tr(lang, 'goto.prompt', keys=key_range(STEP_KEYS[0], STEP_KEYS[-1]))}[/]\n\n{steps}"

    def show_language(self, lang: Language) -> None:
        self.query_one("#go-step", Static).update(self._text(lang))

    def action_choose(self, number: int) -> None:
        self.dismiss(number or None)
