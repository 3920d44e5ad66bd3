"""Where to write an export or a picture: one line with the file name, a default beside the workbook.

Enter gives the name back (``~`` is the home folder), Esc cancels. The title
says what will be written (``Export: GraphML (Gephi, yEd)``), in the language
on screen.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from tui.core.i18n import tr
from tui.core.vocab import Language
from tui.screens.dialog import PhakhiDialog, Words
from tui.widgets.one_line import OneLine


class OutputDialog(PhakhiDialog["Path | None"]):
    """Returns the path typed, or None on Escape."""

    BINDINGS = [
        Binding("enter", "confirm", "key.confirm", id="output.confirm", priority=True),
        Binding("escape", "cancel", "key.cancel", id="output.cancel"),
    ]

    def __init__(self, lang: Language, title: Words, path: Path) -> None:
        super().__init__(lang)
        self.title_words = title
        self.path = path

    def compose_dialog(self) -> ComposeResult:
        with Vertical(id="output-dialog"):
            yield Static(id="output-title")
            yield Static(classes="hint", id="output-label")
            yield OneLine(str(self.path), id="output-path")

    def on_mount(self) -> None:
        self.show_language(self.lang)
        self.query_one("#output-path", Input).focus()

    def show_language(self, lang: Language) -> None:
        self.query_one("#output-title", Static).update(f"[b]{self.title_words(lang)}[/]")
        self.query_one("#output-label", Static).update(tr(lang, "output.file"))

    def action_confirm(self) -> None:
        typed = self.query_one("#output-path", Input).value.strip()
        self.dismiss(Path(typed).expanduser() if typed else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
