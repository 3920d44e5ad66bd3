"""A place added to the table of places alone (tests/test_places.py runs this in a child process).

The home screen's keys are bound when its module is imported, as they are for
a developer who adds a row to tui/places.py: so the row is added here before
the app is imported, in a process of its own, and the app is then driven as a
user drives it — by the place's key, from the home list, from the palette.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from tui import places
from tui.core.i18n import MESSAGES
from tui.screens.base import PhakhiScreen

TITLE = ("ที่ทดลอง", "Try-out place")


class TryoutScreen(PhakhiScreen):
    """A throwaway screen: the one module a new place needs."""

    title_key = "screen.tryout"
    BINDINGS = [Binding("escape", "app.pop_screen", "key.home", id="tryout.home")]

    def compose(self) -> ComposeResult:
        yield Static("tryout", id="tryout")
        yield self.key_bar()


def add_the_place() -> None:
    """The one row (and its title in both languages)."""
    MESSAGES["screen.tryout"] = TITLE
    places.PLACES = (*places.PLACES, places.Place("tryout", "x", "screen.tryout", f"{__name__}:TryoutScreen"))


async def drive(workbook: Path) -> None:
    from textual.command import CommandPalette
    from textual.widgets import OptionList

    from tests.ui_helpers import type_text
    from tui.app import make_app
    from tui.core.document import Document
    from tui.core.vocab import Language
    from tui.screens.help import HelpScreen

    app = make_app(Document.open(workbook), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        # Its key on the home screen.
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, TryoutScreen), f"x opened {app.screen!r}"
        await pilot.press("escape")
        await pilot.pause()
        # The home list: last, after the tools, with its key and title.
        steps = app.screen.query_one("#steps", OptionList)
        last = steps.get_option_at_index(steps.option_count - 1)
        assert (last.id, str(last.prompt).strip()) == ("tryout", f"x  {TITLE[1]}"), last.prompt
        steps.highlighted = 0
        await pilot.pause()
        steps.focus()
        await pilot.press("end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TryoutScreen), f"the list opened {app.screen!r}"
        await pilot.press("escape")
        await pilot.pause()
        # The help of the home screen names its key.
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert ("x", "screen.tryout") in app.screen.keys
        await pilot.press("escape")
        await pilot.pause()
        # The palette, by part of its title.
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "Try-out")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TryoutScreen), f"the palette opened {app.screen!r}"
    print("reached by key, list, help and palette")


def main() -> None:
    add_the_place()
    asyncio.run(drive(Path(sys.argv[1])))


if __name__ == "__main__":
    sys.exit("run as: python -c 'import tests.place_added as p; p.main()' WORKBOOK")
