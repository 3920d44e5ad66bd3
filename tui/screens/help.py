"""F1 / ? — the keys of the screen the user was on, in the current language."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.i18n import describe_key, tr
from tui.core.vocab import Language
from tui.widgets.keybar import key_label


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "key.close", id="help.close"),
        Binding("f1", "dismiss", "key.close", show=False),
        Binding("q", "dismiss", "key.close", show=False),
    ]

    def __init__(self, lang: Language, title_key: str, keys: list[tuple[str, str]]) -> None:
        """``keys`` is (key, i18n key of its description), as the screen below had them."""
        super().__init__()
        self.lang = lang
        self.title_key = title_key
        self.keys = keys

    def compose(self) -> ComposeResult:
        width = max((len(key_label(key)) for key, _ in self.keys), default=0)
        table = Text()
        for key, description in self.keys:
            table.append(key_label(key).ljust(width + 2), style="bold")
            table.append(describe_key(self.lang, description) + "\n")
        with VerticalScroll(id="help"):
            yield Static(f"[b]{tr(self.lang, 'screen.help')} — {tr(self.lang, self.title_key)}[/]")
            yield Static(tr(self.lang, "help.keys"), classes="heading")
            yield Static(table, id="help-keys")
            yield Static(f"[dim]{tr(self.lang, 'help.close')}[/]")

    def action_dismiss(self) -> None:
        self.dismiss(None)
