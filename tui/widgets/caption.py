"""The caption line of a scripted demo: what the step shows, in words a room can read.

Docked at the bottom of whichever screen is showing, above the key bar, bold
on the theme's primary colour (which reads in the 16-colour theme too); on the
right, the key that hands control to the presenter. Styles: ``tui/app.tcss``.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class Caption(Static):
    def show(self, caption: str, hint: str) -> None:
        text = Text(caption, style="bold")
        if hint:
            text.append(f"   ({hint})", style="not bold")
        self.update(text)
