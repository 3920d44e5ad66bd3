"""A screen follows the app's language and save state while it is open, and lets go after.

Textual keeps the watchers of an object's reactive in that object, and drops
those of closed screens only when the value next changes. The language seldom
changes: every step, map and dialog ever opened stayed in memory with all its
widgets, about 2 MB a round of a workshop's worksheet (benchmarks/room.py), so
a session grew from 40 MB to 145 MB in thirty rounds. A closed screen now
takes its watchers with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.dom import DOMNode

#: The app's reactives a screen follows.
FOLLOWED = ("lang", "save_state")


def follow(screen: DOMNode, app: DOMNode, language_changed: Callable[[Any], None],
           save_state_changed: Callable[[Any], None]) -> None:
    """Call back ``screen`` when the app's language or save state changes."""
    screen.watch(app, "lang", language_changed, init=False)
    screen.watch(app, "save_state", save_state_changed, init=False)


def let_go(screen: DOMNode, app: DOMNode) -> None:
    """Forget ``screen``'s watchers, as it closes. The watchers' list is private to
    Textual (``reactive._watch`` keeps it on the watched object)."""
    watchers: dict[str, list[tuple[DOMNode, Any]]] = getattr(app, "__watchers", {})
    for name in FOLLOWED:
        kept = watchers.get(name)
        if kept:
            kept[:] = [(node, callback) for node, callback in kept if node is not screen]
