"""The bottom line: the screen's main keys in the current language, and the save state.

Textual's Footer shows binding descriptions as written; ours are i18n keys, so
this bar translates them and redraws only when the language, the save state or
the width changes — one short line, no hover effects, nothing repainting while
the user is idle.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from tui.core.i18n import describe_key, tr
from tui.core.vocab import Language

KEY_NAMES = {"question_mark": "?", "enter": "Enter", "escape": "Esc", "tab": "Tab", "space": "Space", "delete": "Del",
             "slash": "/", "plus": "+", "minus": "-", "equals_sign": "="}


def key_label(key: str) -> str:
    """``ctrl+q`` -> ``^q``, ``f1`` -> ``F1``: short, as terminal users write keys."""
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    if key.startswith("ctrl+"):
        return "^" + key[5:]
    if key[:1] == "f" and key[1:].isdigit():
        return key.upper()
    return key


class KeyBar(Widget):
    """Shown keys on the left, the save state on the right.

    The line is built when painted, from the width it is painted at: a new
    language or save state is one repaint of one line, and the first frame of
    a screen already has it (no second frame once the width is known).
    """

    DEFAULT_CSS = """
    KeyBar { height: 1; dock: bottom; background: $panel; }
    """

    def __init__(self, lang: Language, state_key: str) -> None:
        super().__init__()
        self.lang = lang
        self.state_key = state_key

    def show(self, lang: Language | None = None, state_key: str | None = None) -> None:
        lang = lang or self.lang
        state_key = state_key or self.state_key
        if (lang, state_key) != (self.lang, self.state_key):
            self.lang, self.state_key = lang, state_key
            self.refresh()

    def render(self) -> Text:
        keys = Text()
        seen: set[str] = set()
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.show or binding.description in seen:
                continue
            seen.add(binding.description)
            keys.append(f" {binding.key_display or key_label(key)} ", style="reverse")
            keys.append(f" {describe_key(self.lang, binding.description)} ")
        state = Text(tr(self.lang, self.state_key) + " ")
        room = self.size.width - state.cell_len - 1
        if keys.cell_len > room > 0:
            keys.truncate(room)  # the save state always shows; F1 lists every key
        gap = max(1, self.size.width - keys.cell_len - state.cell_len)
        return keys + Text(" " * gap) + state
