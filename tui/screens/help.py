"""F1 / ? — the keys of the screen the user was on, in the current language."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.i18n import describe_key, tr
from tui.core.vocab import Language
from tui.screens.dialog import PhakhiDialog
from tui.key_names import key_label


class HelpScreen(PhakhiDialog[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "key.close", id="help.close"),
        Binding("f1", "dismiss", "key.close", show=False),
        Binding("q", "dismiss", "key.close", show=False),
    ]

    def __init__(self, lang: Language, title_key: str, keys: list[tuple[str, str]]) -> None:
        """``keys`` is (key, i18n key of its description), as the screen below had them."""
        super().__init__(lang)
        self.title_key = title_key
        self.keys = keys

    def compose_dialog(self) -> ComposeResult:
        title, heading, table = self._words(self.lang)
        with VerticalScroll(id="help"):
            yield Static(title, id="help-title")
            yield Static(heading, classes="heading", id="help-heading")
            yield Static(table, id="help-keys")

    def _words(self, lang: Language) -> tuple[str, str, Text]:
        width = max((len(key_label(key)) for key, _ in self.keys), default=0)
        table = Text()
        for key, description in self.keys:
            table.append(key_label(key).ljust(width + 2), style="bold")
            table.append(describe_key(lang, description) + "\n")
        title = f"[b]{tr(lang, 'screen.help')} — {tr(lang, self.title_key)}[/]"
        return title, tr(lang, "help.keys"), table

    def show_language(self, lang: Language) -> None:
        for name, text in zip(("title", "heading", "keys"), self._words(lang), strict=True):
            self.query_one(f"#help-{name}", Static).update(text)

    def action_dismiss(self) -> None:
        self.dismiss(None)
