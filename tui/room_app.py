"""The app around the facilitator's room view (``phakhi workshop``, tui/workshop.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from tui.core.vocab import Language
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

    def __init__(self, folder: Path, served: list[Served], lang: Language) -> None:
        super().__init__()
        self.view = RoomView(folder, [group.path for group in served], [group.link for group in served], lang)

    def on_mount(self) -> None:
        self.push_screen(self.view)
