"""ctrl+t in every dialog: the app's language switches and the dialog's words follow,
its key bar too (Esc and what it does: record dialogs say the edits are kept).

A modal screen hides the app's keys; each dialog offers ctrl+t itself
(tui/screens/dialog.py). Checked through the real app for every dialog a
user can open: go to step, help, the stakeholder picker, a plan row, the
shared vision (the conflict, save-as and recovery dialogs have their own
tests in test_app.py and test_recovery_dialog.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Label, Static

from tui.app import make_app
from tui.core.document import Document
from tui.core.i18n import field_label, tr
from tui.core.vocab import Language
from tui.screens.dialog import PhakhiDialog
from tui.widgets.keybar import SAVE_MARKS, KeyBar

SIZE = (100, 32)


def shown(screen: Any) -> str:
    """Every word the dialog shows: its static texts, labels and input placeholders."""
    texts = [str(widget.render()) for widget in screen.query(Static)]
    texts += [str(label.render()) for label in screen.query(Label)]
    texts += [field.placeholder for field in screen.query(Input)]
    return "\n".join(texts)


async def go_step(pilot: Any) -> None:
    await pilot.press("1", "ctrl+g")


async def help_keys(pilot: Any) -> None:
    await pilot.press("f1")


async def picker(pilot: Any) -> None:
    await pilot.press("p", "ctrl+n")


async def plan_row(pilot: Any) -> None:
    await pilot.press("p", "down", "enter")


async def vision(pilot: Any) -> None:
    await pilot.press("p", "ctrl+e")


def words(lang: Language) -> dict[str, list[str]]:
    return {
        "go_step": [tr(lang, "goto.prompt", keys="1-7"), tr(lang, "step.4")],
        "help": [tr(lang, "screen.help"), tr(lang, "help.keys")],
        "picker": [tr(lang, "plan.add_row_title"), tr(lang, "pick.filter")],
        "plan_row": [field_label(lang, "plan_row", "target"), field_label(lang, "plan_row", "notes")],
        "vision": [tr(lang, "plan.vision_title"), field_label(lang, "plan", "shared_vision")],
    }


DIALOGS: dict[str, Callable[[Any], Awaitable[None]]] = {
    "go_step": go_step,
    "help": help_keys,
    "picker": picker,
    "plan_row": plan_row,
    "vision": vision,
}


@pytest.mark.parametrize("name", DIALOGS)
async def test_ctrl_t_in_a_dialog_switches_the_language_and_its_words(sample: Path, name: str) -> None:
    app = make_app(Document.open(sample, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await DIALOGS[name](pilot)
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PhakhiDialog)
        before = shown(dialog)
        assert all(word in before for word in words(Language.TH)[name]), before
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.lang is Language.EN
        assert app.screen is dialog  # still open
        after = shown(dialog)
        assert all(word in after for word in words(Language.EN)[name]), after
        assert not any(word in after for word in words(Language.TH)[name])
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert all(word in shown(dialog) for word in words(Language.TH)[name])


#: What Esc does in each dialog, as its key bar says it.
ESCAPE = {
    "go_step": "key.close",
    "help": "key.close",
    "picker": "key.close",
    "plan_row": "key.close_kept",
    "vision": "key.close_kept",
}


@pytest.mark.parametrize("name", DIALOGS)
async def test_every_dialog_shows_its_keys_in_the_language_on_screen(sample: Path, name: str) -> None:
    app = make_app(Document.open(sample, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await DIALOGS[name](pilot)
        await pilot.pause()
        for lang in (Language.TH, Language.EN):
            bar = app.screen.query_one(KeyBar)
            assert bar.region.bottom == SIZE[1]  # the bottom line, over the key bar of the screen below
            line = bar.render_line(0).text
            assert f" Esc  {tr(lang, ESCAPE[name])} " in line and f" ^t  {tr(lang, 'key.language')} " in line, line
            assert line.rstrip().endswith(SAVE_MARKS["status.saved"]), line
            await pilot.press("ctrl+t")
            await pilot.pause()
