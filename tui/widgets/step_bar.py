"""The top line of every step: all seven steps, where the user is, which are done."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui import places
from tui.core.i18n import tr
from tui.core.steps import StepState
from tui.core.vocab import Language
from tui.widgets.steady import update_text


class StepBar(Static):
    DEFAULT_CSS = """
    StepBar { height: 1; background: $primary; color: $text; }
    """

    def show(self, lang: Language, current: int, states: list[StepState]) -> None:
        line = Text()
        for state in states:
            mark = "✓" if state.complete else " "
            style = "bold reverse" if state.number == current else ""
            line.append(f" {state.number}{mark}", style=style)
        line.append(f"  {tr(lang, 'steps.bar', number=current)} · ", style="bold")
        line.append(tr(lang, places.step(current).title), style="bold")
        update_text(self, line)
