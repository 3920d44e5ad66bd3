"""What every Phakhi dialog shares: its keys on the bottom line, ctrl+t, words that follow.

A modal screen hides the app's keys, so without this a user who opened a
dialog in the wrong language could not switch until it was closed — and in a
workshop the facilitator switches languages for the room at any moment.

The bottom line is the key bar every screen has, with the dialog's own keys
(Esc and what it does, ctrl+t) and the save state: it covers the bar of the
screen below, whose keys do not work while the dialog is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen

from tui.core.i18n import tr
from tui.core.vocab import Language
from tui.screens import app_watch
from tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from tui.app import PhakhiApp

ResultType = TypeVar("ResultType")

#: Words a caller hands a dialog, to be said in whichever language is on screen.
Words = Callable[[Language], str]


def words(key: str, **values: object) -> Words:
    """The i18n text ``key`` (with ``values``), in the language asked for."""
    return lambda lang: tr(lang, key, **values)


LANGUAGE = Binding("ctrl+t", "app.toggle_language", "key.language", id="dialog.language")


class PhakhiDialog(ModalScreen[ResultType]):
    """Subclasses give their widgets in compose_dialog(); the key bar comes after them."""

    BINDINGS = [LANGUAGE]
    #: In every dialog: on the key bar it comes after the dialog's own keys.
    SHARED_KEYS = frozenset({LANGUAGE.id})

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.lang = lang

    @property
    def phakhi(self) -> PhakhiApp:
        return cast("PhakhiApp", self.app)

    def compose(self) -> ComposeResult:
        yield from self.compose_dialog()
        yield KeyBar(self.lang, self.phakhi.save_state)

    def compose_dialog(self) -> ComposeResult:
        """The dialog's own widgets; dialogs override."""
        yield from ()

    def on_mount(self) -> None:
        # Textual calls on_mount of every class in the MRO: dialogs must not call super().
        app_watch.follow(self, lang=self._language_changed, save_state=self._save_state_changed)

    def on_unmount(self) -> None:
        app_watch.forget(self)  # closed: the app keeps nothing of it (tui/screens/app_watch.py)

    def _language_changed(self, lang: Language) -> None:
        self.lang = lang
        self.query_one(KeyBar).show(lang=lang)
        self.show_language(lang)

    def _save_state_changed(self, state_key: str) -> None:
        self.query_one(KeyBar).show(state_key=state_key)

    def show_language(self, lang: Language) -> None:
        """Redraw every translated word; dialogs override."""
