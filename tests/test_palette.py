"""The command palette in the user's language, Textual's own commands included.

Textual's "Keys" opened its key panel, which shows binding descriptions as
written — our i18n keys (``key.language``, ``step.1``) — and "Theme", "Quit",
"Screenshot" stayed English in the Thai interface.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandInput, CommandPalette
from textual.widgets import Static

from tests.ui_helpers import type_text
from tui.app import make_app
from tui.core.document import Document
from tui.core.i18n import MESSAGES, tr
from tui.core.vocab import Language
from tui.screens.help import HelpScreen

SIZE = (80, 24)
TEXTUAL_WORDS = ("Keys", "Theme", "Quit", "Screenshot", "Maximize", "Minimize", "Search for commands")


@pytest.mark.parametrize("lang", [Language.TH, Language.EN])
async def test_textuals_commands_are_said_in_the_language_on_screen_with_their_help(
    sample: Path, lang: Language
) -> None:
    app = make_app(Document.open(sample), lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")  # a list has the focus: Maximize is offered
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        assert [(c.title, c.help) for c in commands] == [
            (tr(lang, f"command.{name}"), tr(lang, f"command.{name}_help"))
            for name in ("help", "theme", "quit", "maximize", "screenshot")
        ]
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == tr(lang, "command.search")
        if lang is Language.TH:
            assert not any(c.title in TEXTUAL_WORDS for c in commands)


async def test_keys_in_the_palette_opens_our_help_in_thai(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await type_text(pilot, tr(Language.TH, "command.help"))
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys", Static).render())
        assert tr(Language.TH, "key.language") in keys
        assert not any(key in keys for key in MESSAGES if key.startswith(("key.", "step.")))  # no raw message keys


async def test_the_theme_command_opens_the_themes_in_the_language_on_screen(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=SIZE) as pilot:
        next(c for c in app.get_system_commands(app.screen) if c.title == tr(Language.TH, "command.theme")).callback()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == tr(Language.TH, "command.search_theme")
