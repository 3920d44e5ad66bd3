"""Typing into the app as a terminal does: one key event per character.

Pilot.press() turns a character into a key name and back, and Thai vowel and
tone marks (combining characters) do not survive that trip; a real terminal
sends them as plain characters, which is what this sends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.pilot import Pilot

#: Named keys that carry a character of their own (a binding may read it).
CHARACTERS = {"space": " "}


async def type_text(pilot: Pilot, text: str) -> None:
    for character in text:
        if character == "\n":
            await pilot.press("enter")
            continue
        pilot.app.post_message(events.Key(character, character))
    await pilot.pause()


def burst(app: App, *names: str) -> None:
    """Keys all at once, as a burst arrives over a slow link (printable ones carry their character)."""
    for name in names:
        app.post_message(events.Key(name, name if len(name) == 1 else CHARACTERS.get(name)))


def busy(app: App) -> bool:
    """A key is held back, or a message waits in the app or on the screen: a key
    given up on after a while (a busy machine) may still be on its way up."""
    nodes = [app, *app.screen.walk_children(with_self=True)]
    return app._awaited is not None or any(not node._message_queue.empty() for node in nodes)


async def settle(pilot: Pilot) -> None:
    """Let the keys act and the autosave write what they did (a busy machine saves later)."""
    await pilot.pause(0.1)
    for _ in range(200):
        if getattr(pilot.app, "save_state", None) not in ("status.unsaved", "status.slow"):
            return
        await pilot.pause(0.05)


async def handled(pilot: Pilot) -> None:
    """Until the burst has been handled and no key is held back (a slow machine may take
    a while to build a screen)."""
    for _ in range(200):
        await pilot.pause()  # what is queued now is handled
        if not busy(pilot.app):
            return
        await pilot.pause(0.05)


def calls_of(
    monkeypatch: pytest.MonkeyPatch, owner: type, name: str, note: Callable[..., Any] = lambda self, *args: self
) -> list[Any]:
    """Every call of ``owner.name`` from now on, noted as ``note(self, *args)``: to count what
    a key makes the app do (never how long it takes)."""
    calls: list[Any] = []
    real = getattr(owner, name)

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(note(self, *args))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


async def run_palette(pilot, typed: str) -> None:
    """Open the command palette, type ``typed`` and run the first command found."""
    await pilot.press("ctrl+p")
    await type_text(pilot, typed)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def ties_of_the_first(pilot, app) -> tuple[Any, Any]:
    """Step 4 opened from home, Tab to the ties of its first stakeholder: the screen and the tie list."""
    from textual.widgets import OptionList

    from tui.screens.relationships import RelationshipsScreen

    await pilot.press("4")
    screen = app.screen
    assert isinstance(screen, RelationshipsScreen)
    await pilot.press("tab")
    ties = screen.query_one("#tie-list", OptionList)
    assert app.focused is ties
    return screen, ties
