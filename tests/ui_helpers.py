"""Typing into the app as a terminal does: one key event per character.

Pilot.press() turns a character into a key name and back, and Thai vowel and
tone marks (combining characters) do not survive that trip; a real terminal
sends them as plain characters, which is what this sends.
"""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot


async def type_text(pilot: Pilot, text: str) -> None:
    for character in text:
        if character == "\n":
            await pilot.press("enter")
            continue
        pilot.app.post_message(events.Key(character, character))
    await pilot.pause()
