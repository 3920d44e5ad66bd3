"""The key bar: keys give way whole when room is short, F1 and ^q always stay.

At 80 columns the English step 3 once lost F1 and the Thai plan screen showed
``^e วิสัยทั``: the bar cut its line at the width. Now a key that does not fit
is left out whole, the least important first, and F1 lists it.

The save state is one mark (saved or not yet), words only when something is
wrong, and the help explains the marks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tui.app import make_app
from tui.core.document import Document
from tui.core.i18n import describe_key, tr
from tui.core.vocab import Language
from tui.widgets import keybar
from tui.widgets.keybar import APP_WIDE, OWN, SAVE_MARKS, SHARED, STAYS, KeyBar, keep_fitting, shown_keys

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SIZE = (80, 24)


def test_the_least_important_give_way_first_and_the_pinned_never() -> None:
    widths = [10, 10, 10, 10, 10, 10]
    ranks = [OWN, OWN, SHARED, STAYS, STAYS, APP_WIDE]
    assert keep_fitting(widths, ranks, 60) == [0, 1, 2, 3, 4, 5]
    assert keep_fitting(widths, ranks, 59) == [0, 1, 2, 3, 4]  # app-wide first
    assert keep_fitting(widths, ranks, 40) == [0, 1, 3, 4]  # then the shared
    assert keep_fitting(widths, ranks, 39) == [0, 3, 4]  # then the last own key
    assert keep_fitting(widths, ranks, 5) == [3, 4]  # the pinned stay even when they do not fit


@pytest.mark.parametrize(
    ("sample", "lang"), [("organic-farming.th.toml", Language.TH), ("clean-energy.en.toml", Language.EN)]
)
@pytest.mark.parametrize(
    "keys", [(), ("1",), ("3",), ("5",), ("m",), ("p",), ("r",), ("h",)], ids=lambda k: "".join(k) or "home"
)
async def test_every_label_on_the_bar_is_whole_and_f1_and_quit_stay(
    tmp_path: Path, sample: str, lang: Language, keys: tuple[str, ...]
) -> None:
    path = tmp_path / sample
    shutil.copy(SAMPLES / sample, path)
    app = make_app(Document.open(path), lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        line = str(bar.render())
        assert " F1 " in line and " ^q " in line
        shown = [describe_key(lang, key.description) for key in shown_keys(app.screen)]
        # Each description on the bar is one of the screen's, whole: split at the two spaces
        # the bar puts around each key, the line is key, label, key, label, ..., save state.
        words = [part.strip() for part in line.split("  ") if part.strip()][:-1]
        labels = words[1::2]
        assert labels and all(label in shown for label in labels), (line, shown)


async def test_the_bar_follows_the_focus(tmp_path: Path) -> None:
    path = tmp_path / "organic-farming.th.toml"
    shutil.copy(SAMPLES / "organic-farming.th.toml", path)
    app = make_app(Document.open(path), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        assert "Change kind" not in str(app.screen.query_one(KeyBar).render())
        await pilot.press("tab")  # from the quick entry to its sector's list: k, n, Delete
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        assert "k  Change kind" in str(bar.render_line(0).text)


@pytest.mark.parametrize("lang", [Language.TH, Language.EN])
async def test_the_save_state_is_a_mark_the_help_explains_and_words_when_a_save_failed(
    tmp_path: Path, lang: Language
) -> None:
    path = tmp_path / "organic-farming.th.toml"
    shutil.copy(SAMPLES / "organic-farming.th.toml", path)
    app = make_app(Document.open(path), lang)
    async with app.run_test(size=SIZE) as pilot:
        bar = app.screen.query_one(KeyBar)
        assert str(bar.render()).endswith(f" {SAVE_MARKS['status.saved']} ")
        app.save_state = "status.unsaved"
        await pilot.pause()
        unsaved = str(bar.render())
        assert unsaved.endswith(f" {SAVE_MARKS['status.unsaved']} ")
        app.save_state = "status.error"  # a failed save is said in words
        await pilot.pause()
        assert str(bar.render()).endswith(f" {tr(lang, 'status.error')} ")
        await pilot.press("f1")
        await pilot.pause()
        explained = str(app.screen.query_one("#help-marks", Static).render())
        assert explained == tr(lang, "help.save_marks", saved="✓", unsaved="*")


async def test_each_line_the_bar_shows_is_built_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The save mark goes back and forth with every burst of typing (unsaved, saved), and
    the bar was built anew each time: a line already shown is drawn again from what it
    was built as."""
    from tests.ui_helpers import calls_of, handled, type_text
    from tui.widgets import keybar

    path = tmp_path / "w.toml"
    shutil.copy(SAMPLES / "organic-farming.th.toml", path)
    app = make_app(Document.open(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await handled(pilot)
        bar = app.screen.query_one(KeyBar)
        await type_text(pilot, "ห้องศูนย์")
        await pilot.press("enter")
        await handled(pilot)
        app.saving.save_now()
        await handled(pilot)
        built = calls_of(monkeypatch, keybar, "keep_fitting")  # once a line built
        for name in ("ห้องหนึ่ง", "ห้องสอง", "ห้องสาม"):
            await type_text(pilot, name)
            await pilot.press("enter")
            await handled(pilot)
            assert bar.state_key == "status.unsaved"
            app.saving.save_now()
            await handled(pilot)
            assert bar.state_key == "status.saved"
            assert str(bar.render()).rstrip().endswith(SAVE_MARKS["status.saved"])
        assert built == []  # both of step 2's lines were built with the first name
        await pilot.press("ctrl+q")


async def test_a_screen_switch_works_out_the_keys_of_the_screen_shown_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual tells both screens of a switch that their keys may have changed; the one put
    aside has its keys worked out when it is drawn again, and they are its own."""
    from tests.ui_helpers import calls_of, handled

    path = tmp_path / "organic-farming.th.toml"
    shutil.copy(SAMPLES / "organic-farming.th.toml", path)
    app = make_app(Document.open(path), Language.EN)
    worked_out = calls_of(monkeypatch, KeyBar, "_bindings_changed", lambda _bar, screen: screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "escape")
        await handled(pilot)
        home = app.screen
        keys_shown = str(home.query_one(KeyBar).render_line(0).text)
        shown = calls_of(monkeypatch, keybar, "shown_keys", lambda screen: screen)
        worked_out.clear()
        await pilot.press("4")
        await handled(pilot)
        step = app.screen
        await pilot.press("escape")
        await handled(pilot)
        assert set(worked_out) == {home, step}  # Textual told both, each time
        assert shown == [step, home]  # each worked out once, as it was shown
        assert str(home.query_one(KeyBar).render_line(0).text) == keys_shown
        await pilot.press("ctrl+q")
