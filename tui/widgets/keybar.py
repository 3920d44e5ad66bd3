"""The bottom line: the keys that work here, in the current language, and the save state.

Textual's Footer shows binding descriptions as written; ours are i18n keys, so
this bar translates them and redraws only when the language, the save state,
the width or the keys that apply change (focus moving to a list brings the
list's keys) — one short line, no hover effects, nothing repainting while the
user is idle.

The save state changes with every burst of typing (unsaved, then saved half a
second later), so it is one mark in the last cell but one, the same width
either way: the change is one cell on the wire, a few bytes over a slow SSH
link, where the words were about 70 bytes each time. Words show only when
there is something to do or know — a save that is slow or failed, a file
that is read-only or not yet written. The help (F1) explains the marks.

The keys of the screen (or dialog) and of the focused widget (ctrl+r in step
3, Delete in a table) come first, then the keys the screen shares with its
kind (its ``SHARED_KEYS``: F3 and F2, the same on every step; ctrl+t in every
dialog), then the app-wide ones. When the line is too short for every key, keys give
way whole, in the reverse order, the last of each kind first; a label is
never cut mid-word. F1 (its help lists every key) and ^q always stay.
"""

from __future__ import annotations

from typing import NamedTuple, cast

from rich.text import Text
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

from tui.core.i18n import describe_key, tr
from tui.core.vocab import Language
from tui.key_names import key_label

#: Binding ids that stay on the bar whatever else gives way.
PINNED = frozenset({"help", "quit"})
#: How long a key stays when room runs short, from the last to give way to the first.
STAYS, OWN, SHARED, APP_WIDE = range(4)
#: Where each rank is shown: the pinned keys among the app-wide ones.
PLACE = {OWN: 0, SHARED: 1, STAYS: 2, APP_WIDE: 2}
#: The save states shown as a mark, one cell wide each (neither is of East
#: Asian "ambiguous" width, which some terminals draw two cells wide). Every
#: other state is shown in words.
SAVE_MARKS = {"status.saved": "✓", "status.unsaved": "*"}
#: Lines of the bar kept by what they show (a few states, timers and widths).
LINES_KEPT = 32


class ShownKey(NamedTuple):
    key: str
    """As the bar writes it: ``^e``, ``F1``."""
    description: str
    """The binding's description: an i18n key, or Textual's words for its widgets' keys."""
    rank: int
    """STAYS, OWN, SHARED or APP_WIDE."""


def save_state_shown(lang: Language, state_key: str) -> str:
    """The save state as the bar shows it: its mark, or its words."""
    return SAVE_MARKS.get(state_key) or tr(lang, state_key)


def shown_keys(screen: Screen[object]) -> list[ShownKey]:
    """The keys to show for ``screen`` as it is now (its focus decides), in the order shown."""
    shared: frozenset[str] = getattr(screen, "SHARED_KEYS", frozenset())
    keys: list[ShownKey] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.show or binding.description in seen:
            continue
        seen.add(binding.description)
        if binding.id in PINNED:
            rank = STAYS
        elif active.node is screen.app:
            rank = APP_WIDE
        elif binding.id in shared:
            rank = SHARED
        else:
            rank = OWN
        keys.append(ShownKey(binding.key_display or key_label(key), binding.description, rank))
    return sorted(keys, key=lambda shown: PLACE[shown.rank])


def keep_fitting(widths: list[int], ranks: list[int], room: int) -> list[int]:
    """The indexes of the keys to keep so their ``widths`` fit in ``room`` cells:
    the highest rank gives way first, the last of a rank before the first; STAYS never does."""
    kept = set(range(len(widths)))
    total = sum(widths)
    for index in sorted(kept, key=lambda i: (-ranks[i], -i)):
        if total <= room or ranks[index] == STAYS:
            break
        kept.discard(index)
        total -= widths[index]
    return sorted(kept)


class KeyBar(Widget):
    """Shown keys on the left, the save state (if any) on the right.

    The line is built when painted, from the width it is painted at: a new
    language or save state is one repaint of one line, and the first frame of
    a screen already has it (no second frame once the width is known).
    """

    DEFAULT_CSS = """
    KeyBar { height: 1; dock: bottom; background: $panel; }
    """

    def __init__(self, lang: Language, state_key: str | None = None) -> None:
        """``state_key``: the i18n key of the save state; None shows none."""
        super().__init__()
        self.lang = lang
        self.state_key = state_key
        self._drawn: list[ShownKey] = []
        #: The keys the screen's bindings gave when they last changed; None: not asked yet.
        self._latest: list[ShownKey] | None = None
        #: Lines drawn lately, by what they show: the save mark goes back and forth with
        #: every burst of typing, and each state's line is built once.
        self._lines: dict[tuple[object, ...], Text] = {}
        #: The lines as drawn, by what they show and the bar's style.
        self._strips: dict[tuple[object, ...], Strip] = {}

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if not screen.is_active:
            # Put aside (another screen shown, or a dialog over it): Textual says so as it
            # goes, and the keys of a screen out of use were worked out for nothing at every
            # screen switch. They are worked out when next drawn, or when it comes back.
            self._latest = None
            return
        self._latest = shown_keys(screen)
        if self._latest != self._drawn:
            self.refresh()

    def show(self, lang: Language | None = None, state_key: str | None = None) -> None:
        lang = lang or self.lang
        state_key = state_key or self.state_key
        if (lang, state_key) != (self.lang, self.state_key):
            self.lang, self.state_key = lang, state_key
            self.refresh()

    def _shows(self) -> tuple[object, ...]:
        """What the line shows now: the keys, the language, the save state, the workshop's
        timer and the width. The keys change only with the bindings, which say so
        (:meth:`_bindings_changed`)."""
        self._drawn = self._latest if self._latest is not None else shown_keys(self.screen)
        timer = getattr(self.app, "room_timer", None)  # the workshop's timer (tui/room_timer.py)
        timer_shown = timer.shown if timer is not None else None
        return (tuple(self._drawn), self.lang, self.state_key, timer_shown, self.size.width)

    def render(self) -> Text:
        shows = self._shows()
        line = self._lines.get(shows)
        if line is None:
            if len(self._lines) >= LINES_KEPT:
                self._lines.clear()
            line = self._lines[shows] = self._line(cast("str | None", shows[3]))
        return line.copy()

    def render_line(self, y: int) -> Strip:
        """The line as drawn before for the same keys, state and styles (drawing it from
        its text anew, at every save mark, was most of the bar's cost)."""
        key = (self._shows(), self.visual_style, y)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) >= LINES_KEPT:
                self._strips.clear()
            strip = self._strips[key] = super().render_line(y)
        return strip

    def _line(self, timer_shown: str | None) -> Text:
        """The bar's line: the keys that fit, then the timer and the save state at the right."""
        chips = [
            (Text(f" {shown.key} ", style="reverse"), Text(f" {describe_key(self.lang, shown.description)} "))
            for shown in self._drawn
        ]
        state = Text(save_state_shown(self.lang, self.state_key) + " ") if self.state_key else Text()
        if timer_shown:
            state = Text(timer_shown + "  ", style="bold") + state
        room = self.size.width - state.cell_len - 1
        widths = [key.cell_len + description.cell_len for key, description in chips]
        keys = Text()
        for index in keep_fitting(widths, [shown.rank for shown in self._drawn], room):
            keys.append_text(chips[index][0])
            keys.append_text(chips[index][1])
        gap = max(1, self.size.width - keys.cell_len - state.cell_len)
        return keys + Text(" " * gap) + state
