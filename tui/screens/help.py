"""F1 / ? — the keys of the screen the user was on, in the current language.

Every key that can act there and then: the screen's own first, then the keys
of Textual's widgets (arrows, paging, editing). Textual binds some keys on
every widget of a kind whether or not there is anything for them to do; those
are left out when there is not — scrolling what does not scroll, Tab with no
other field to go to, copying with nothing selected — so that every key the
help names does something when pressed. Above them, what the save mark in
the bottom right corner means (in view without scrolling).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from tui.core.i18n import describe_key, is_ours, tr
from tui.core.vocab import Language
from tui.key_names import key_label
from tui.screens.dialog import PhakhiDialog
from tui.widgets.keybar import SAVE_MARKS

#: Textual's scrolling actions as every widget has them (``Widget.action_*``), and whether
#: a widget can scroll the way each needs.
SCROLLS: dict[str, Callable[[Widget], bool]] = {
    **dict.fromkeys(("scroll_up", "scroll_down", "page_up", "page_down"), lambda w: w.allow_vertical_scroll),
    **dict.fromkeys(("scroll_left", "scroll_right", "page_left", "page_right"), lambda w: w.allow_horizontal_scroll),
    **dict.fromkeys(("scroll_home", "scroll_end"), lambda w: w.allow_vertical_scroll or w.allow_horizontal_scroll),
}


def can_act(screen: Screen[object], active: ActiveBinding) -> bool:
    """Is there anything for this key to act on? Only Textual's keys of every widget can say no."""
    node, name = active.node, active.binding.action.rpartition(".")[2]
    if name in ("focus_next", "focus_previous"):
        return len(screen.focus_chain) > 1
    if name == "copy_text":
        return screen.get_selected_text() is not None
    if name in SCROLLS and getattr(type(node), f"action_{name}") is getattr(Widget, f"action_{name}"):
        # A widget that cannot scroll passes the key on to the widget around it.
        return any(SCROLLS[name](widget) for widget in node.ancestors_with_self if isinstance(widget, Widget))
    return True


def keys_that_act(screen: Screen[object]) -> list[tuple[str, str]]:
    """(key, description) for the help of ``screen``: ours first, then Textual's widgets' keys."""
    bindings = [
        (key, active.binding.description)
        for key, active in screen.active_bindings.items()
        if active.binding.description and can_act(screen, active)
    ]
    return [b for b in bindings if is_ours(b[1])] + [b for b in bindings if not is_ours(b[1])]


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
        title, heading, table, save_marks = self._words(self.lang)
        with VerticalScroll(id="help"):
            yield Static(title, id="help-title")
            yield Static(save_marks, id="help-marks")
            yield Static(heading, classes="heading", id="help-heading")
            yield Static(table, id="help-keys")

    def _words(self, lang: Language) -> tuple[str | Text, ...]:
        width = max((len(key_label(key)) for key, _ in self.keys), default=0)
        table = Text()
        for key, description in self.keys:
            table.append(key_label(key).ljust(width + 2), style="bold")
            table.append(describe_key(lang, description) + "\n")
        title = f"[b]{tr(lang, 'screen.help')} — {tr(lang, self.title_key)}[/]"
        # The bar shows the save state as a mark: what each means (tui/widgets/keybar.py).
        save_marks = Text(
            tr(lang, "help.save_marks", saved=SAVE_MARKS["status.saved"], unsaved=SAVE_MARKS["status.unsaved"])
        )
        return title, tr(lang, "help.keys"), table, save_marks

    def show_language(self, lang: Language) -> None:
        for name, text in zip(("title", "heading", "keys", "marks"), self._words(lang), strict=True):
            self.query_one(f"#help-{name}", Static).update(text)
