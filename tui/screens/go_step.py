"""ctrl+g — go to a step by its number: one key, then the digit."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.i18n import tr
from tui.core.vocab import Language


class GoStepDialog(ModalScreen[int | None]):
    BINDINGS = [
        *(Binding(str(n), f"choose({n})", f"step.{n}", show=False) for n in range(1, 8)),
        Binding("escape", "choose(0)", "key.close", id="go.close"),
    ]

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        steps = "\n".join(f" {n}  {tr(self.lang, f'step.{n}')}" for n in range(1, 8))
        yield Static(f"[b]{tr(self.lang, 'goto.prompt')}[/]\n\n{steps}", id="go-step")

    def action_choose(self, number: int) -> None:
        self.dismiss(number or None)
