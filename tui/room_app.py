"""The app around the facilitator's room view (``phakhi workshop``, tui/workshop.py).

Its palette (ctrl+p) starts the workshop's timer, as the workbook's does (one
of the seed's activities, or the minutes typed), and the room view's bottom
line counts it down.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.screen import Screen

from tui.commands import TimerCommands, command_palette
from tui.core.vocab import Language
from tui.room_timer import RoomTimer
from tui.screens.room_view import RoomView

if TYPE_CHECKING:
    from tui.workshop import Served


class RoomApp(App[None]):
    CSS = """
    #room-heading { padding: 0 1; text-style: bold; }
    #room-groups { height: auto; max-height: 60%; }
    #room-merged { padding: 1 1 0 1; }
    #room-code { align: center middle; height: auto; }
    #room-code-qr { color: black; background: white; width: auto; }
    """
    COMMANDS = {TimerCommands}

    def __init__(self, folder: Path, served: list[Served], lang: Language) -> None:
        super().__init__()
        self.view = RoomView(folder, [group.path for group in served], [group.link for group in served], lang)
        #: The workshop's timer on the bottom line (tui/room_timer.py).
        self.room_timer = RoomTimer(self, lambda: self.lang)

    @property
    def lang(self) -> Language:
        return self.view.lang

    def on_mount(self) -> None:
        self.push_screen(self.view)

    def action_command_palette(self) -> None:
        if not isinstance(self.screen, CommandPalette):
            self.push_screen(command_palette(self.lang))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        return ()  # the room's palette holds its timers only
