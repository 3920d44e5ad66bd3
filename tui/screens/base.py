"""What every Phakhi screen shares: a typed way to the app, language, the key bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

from tui.core.document import Document
from tui.core.vocab import Language
from tui.screens.following import follow, let_go
from tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from tui.app import PhakhiApp


class PhakhiScreen(Screen[None]):
    """A screen that redraws its words when the language changes."""

    @property
    def phakhi(self) -> PhakhiApp:
        return cast("PhakhiApp", self.app)

    @property
    def document(self) -> Document:
        return self.phakhi.document

    @property
    def lang(self) -> Language:
        return self.phakhi.lang

    def key_bar(self) -> KeyBar:
        return KeyBar(self.lang, self.phakhi.save_state)

    def on_mount(self) -> None:
        # Textual calls on_mount of every class in the MRO: subclasses must not call super().
        follow(self, self.phakhi, self._language_changed, self._save_state_changed)
        self.phakhi.workbook_changed_signal.subscribe(self, lambda _change: self.show_workbook(), immediate=True)

    def on_unmount(self) -> None:
        let_go(self, self.phakhi)
        self.phakhi.workbook_changed_signal.unsubscribe(self)

    def _language_changed(self, lang: Language) -> None:
        self.query_one(KeyBar).show(lang=lang)
        self.show_language()

    def _save_state_changed(self, state_key: str) -> None:
        # Only on the top screen: an update to the screen under it (home, under
        # a step) repaints the top one in full. It catches up when shown again.
        if self.is_active:
            self.query_one(KeyBar).show(state_key=state_key)

    def on_screen_resume(self) -> None:
        self.query_one(KeyBar).show(state_key=self.phakhi.save_state)
        # A screen come to the top means the user left the field they typed in (on the
        # screen before, or under a dialog); its field is never told, as Textual removes
        # or covers a screen without taking the focus from it. Typing from here on is a
        # new undo step, not more of the last.
        self.document.editor.end_typing()

    def show_language(self) -> None:
        """Redraw every translated word; screens override."""

    def show_workbook(self) -> None:
        """Redraw what comes from the workbook after an edit, undo or redo; screens override."""
