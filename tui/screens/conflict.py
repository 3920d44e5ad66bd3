"""The file changed on disk since it was opened: ask, never clobber.

Two sessions on one workbook (two laptops on a shared folder, two SSH
logins) must not silently overwrite each other. The choices: save our work
as a new file (the default: nothing is lost on either side), overwrite the
other version on purpose, or reload it and drop our unsaved edits.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.i18n import tr
from tui.core.vocab import Language
from tui.plain import plain
from tui.screens.dialog import PhakhiDialog
from tui.widgets.one_line import OneLine

CHOICES = ("save_as", "overwrite", "reload", "later")


def free_name(path: Path) -> Path:
    """``plan.toml`` -> ``plan-2.toml`` (or -3, …): a name nobody uses yet."""
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
#: A dialog of this kind says PREFIX.title, PREFIX.new_name and PREFIX.<choice>.
MESSAGE_PREFIXES = (
    "conflict.title",
    "conflict.new_name",
    "conflict.save_as",
    "conflict.overwrite",
    "conflict.reload",
    "conflict.later",
)


class ConflictDialog(PhakhiDialog[tuple[str, Path | None]]):
    """Returns (choice, new path for save_as). Other dialogs of the same shape (a
    question, choices, a new file name) set PREFIX, CHOICES and body()."""

    PREFIX = "conflict"
    CHOICES: tuple[str, ...] = CHOICES
    BINDINGS = [
        Binding("escape", "choose_later", "key.close", id="conflict.later"),
    ]

    def __init__(self, lang: Language, path: Path) -> None:
        super().__init__(lang)
        self.path = path

    def compose_dialog(self) -> ComposeResult:
        with Vertical(id="conflict"):
            yield Static(id="conflict-title")
            yield Static(id="conflict-body")
            yield OptionList(*(Option(c, id=c) for c in self.CHOICES), id="conflict-choices")
            yield Static(id="conflict-hint", classes="hint")
            yield OneLine(str(free_name(self.path)), id="conflict-name")

    def body(self) -> str:
        return tr(self.lang, "conflict.body", path=plain(self.path.name))

    def on_mount(self) -> None:
        self.show_language(self.lang)
        self.query_one("#conflict-choices").focus()

    def show_language(self, lang: Language) -> None:
        self.lang = lang
        self.query_one("#conflict-title", Static).update(f"[b]{tr(lang, f'{self.PREFIX}.title')}[/]")
        self.query_one("#conflict-body", Static).update(self.body())
        choices = self.query_one("#conflict-choices", OptionList)
        for choice in self.CHOICES:
            choices.replace_option_prompt(choice, tr(lang, f"{self.PREFIX}.{choice}"))
        self.query_one("#conflict-hint", Static).update(tr(lang, f"{self.PREFIX}.new_name"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        choice = event.option.id or "later"
        new_path = Path(self.query_one("#conflict-name", Input).value).expanduser() if choice == "save_as" else None
        self.dismiss((choice, new_path))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(("save_as", Path(event.value).expanduser()))

    def action_choose_later(self) -> None:
        self.dismiss(("later", None))
