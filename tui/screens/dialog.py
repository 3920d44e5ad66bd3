"""What every Phakhi dialog shares: ctrl+t works in it, and its words follow.

A modal screen hides the app's keys, so without this a user who opened a
dialog in the wrong language could not switch until it was closed — and in a
workshop the facilitator switches languages for the room at any moment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

from tui.core.i18n import tr
from tui.core.vocab import Language

ResultType = TypeVar("ResultType")

#: Words a caller hands a dialog, to be said in whichever language is on screen.
Words = Callable[[Language], str]


def words(key: str, **values: object) -> Words:
    """The i18n text ``key`` (with ``values``), in the language asked for."""
    return lambda lang: tr(lang, key, **values)


class PhakhiDialog(ModalScreen[ResultType]):
    BINDINGS = [Binding("ctrl+t", "app.toggle_language", "key.language", id="dialog.language")]

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.lang = lang

    def on_mount(self) -> None:
        # Textual calls on_mount of every class in the MRO: dialogs must not call super().
        self.watch(self.app, "lang", self._language_changed, init=False)

    def _language_changed(self, lang: Language) -> None:
        self.lang = lang
        self.show_language(lang)

    def show_language(self, lang: Language) -> None:
        """Redraw every translated word; dialogs override."""
