"""The app's language and save state, told to the screens and dialogs mounted now.

A screen that watched the app itself (``self.watch(app, "lang", ...)``) stayed
in the app's list of watchers after it closed, with every widget on it, until
that value next changed (Textual drops a closed watcher only then); and the
workbook signal's subscriber kept it until the next edit. At 10,000
stakeholders the closed steps, the planning table and the stakeholder
picker each kept their lists, tables and caches alive. So each app has one
watcher per value, its own, which tells the screens mounted now in the
order they were mounted; a screen leaves the list, and the signal, when it
is unmounted (tests/test_screens_freed.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

from textual.app import App
from textual.screen import Screen
from textual.signal import Signal

#: For each app: its screens mounted now, in that order, each with what to call on a change.
_MOUNTED: WeakKeyDictionary[App[Any], dict[Screen[Any], dict[str, Callable[[Any], None]]]] = WeakKeyDictionary()


class _Tell:
    """The app's one watcher of ``name``: calls each mounted screen's callback, in turn.
    Equal for the same app and name, so Textual keeps one however often it is given."""

    def __init__(self, app: App[Any], name: str) -> None:
        self.app = app
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Tell) and other.app is self.app and other.name == self.name

    def __hash__(self) -> int:
        return hash((id(self.app), self.name))

    def __call__(self, value: object) -> None:
        for callbacks in list(_MOUNTED.get(self.app, {}).values()):
            callbacks[self.name](value)


def follow(screen: Screen[Any], **callbacks: Callable[[Any], None]) -> None:
    """Call ``callbacks[name](value)`` when the app's reactive ``name`` changes, while
    ``screen`` is mounted (call from its on_mount, and :func:`forget` from its on_unmount)."""
    app = screen.app
    _MOUNTED.setdefault(app, {})[screen] = callbacks
    for name in callbacks:
        app.watch(app, name, _Tell(app, name), init=False)


def forget(screen: Screen[Any], *signals: Signal[Any]) -> None:
    """``screen`` is unmounted: it is told of no more changes, and leaves ``signals``."""
    _MOUNTED.get(screen.app, {}).pop(screen, None)
    for signal in signals:
        signal.unsubscribe(screen)
