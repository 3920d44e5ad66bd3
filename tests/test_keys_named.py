"""Every key named on a screen or in a dialog does something, in both languages.

The walk (tests/key_walk.py) reads the keys as the user does — the key bar as
painted, the hints in the words on screen, the help screen's list — and
presses each on a fresh copy of its place: home, the seven steps, the map,
the planning table, the report, and the dialogs (help, go to step, the
stakeholder picker, a plan row, the shared vision). A key that changes
nothing is a key that lies. Once, the plan screen said "press v" for ctrl+e.

The last tests show the walk can fail: a hint that names a key nothing is
bound to, and a key on the bar whose action does not exist, are caught.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.key_walk import Walk, Walker
from tui.app import make_app
from tui.core import i18n, store
from tui.core.document import Document
from tui.core.model import Stakeholder, Workbook
from tui.core.vocab import Language, Sector

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SIZE = (80, 24)

#: Each place: the keys from home that reach it, and whether it has a help screen (F1).
PLACES: dict[str, tuple[tuple[str, ...], bool]] = {
    "home": ((), True),
    **{f"step {n}": ((str(n),), True) for n in range(1, 8)},
    "map": (("m",), True),
    "plan": (("p",), True),
    "report": (("r",), True),
    "health": (("h",), True),
    "help": (("f1",), False),
    "go to step": (("1", "ctrl+g"), False),
    "stakeholder picker": (("p", "ctrl+n"), False),
    "plan row": (("p", "enter"), False),
    "shared vision": (("p", "ctrl+e"), False),
}


async def walk_workbook(path: Path, langs: tuple[Language, ...], walk: Walk, places: dict = PLACES) -> None:
    """Walk every place in each language in turn, then quit."""
    app = make_app(Document.open(path), langs[0])
    async with app.run_test(size=SIZE) as pilot:
        walker = Walker(pilot, walk)
        for lang in langs:
            walker.lang = lang
            for name, (route, with_help) in places.items():
                await walker.visit(name, route, with_help)
        await walker.quit()


def copy_of(tmp_path: Path, sample: str) -> Path:
    path = tmp_path / sample
    shutil.copy(SAMPLES / sample, path)
    return path


async def test_every_key_named_on_every_screen_and_dialog_does_something(tmp_path: Path) -> None:
    """The Thai sample in Thai, the English one in English (a key shown to act in one is
    not pressed again in the other; its words are read in both)."""
    walk = Walk()
    await walk_workbook(copy_of(tmp_path, "organic-farming.th.toml"), (Language.TH,), walk)
    await walk_workbook(copy_of(tmp_path, "clean-energy.en.toml"), (Language.EN,), walk)
    assert walk.problems == []
    # The walk saw what it should: the keys of the bar, the hints, the menus and the help.
    assert {"ctrl+e", "ctrl+n", "ctrl+k", "delete", "escape", "f1", "ctrl+q"} <= walk.pressed["plan (th)"]
    assert {str(n) for n in range(1, 6)} | {"space", "enter"} <= walk.pressed["step 5 (en)"]
    assert {"m", "p", "r", "1", "7", "enter", "question_mark", "ctrl+p"} <= walk.pressed["home (th)"]
    assert {str(n) for n in range(1, 8)} | {"escape", "ctrl+t"} <= walk.pressed["go to step (en)"]


async def test_hints_of_an_unfinished_workbook_name_keys_that_act(tmp_path: Path) -> None:
    """No ties, no plan rows and no shared vision yet: the lines that say which key adds
    them, and the key bar (Delete on a plan of our own row alone). The help's table keys
    want rows to move over: the samples have them."""
    workbook = Workbook(language=Language.TH)
    workbook.stakeholders += [
        Stakeholder("s1", "นายก ทม.", Sector.GOVERNMENT),
        Stakeholder("s2", "อสม.", Sector.PEOPLE),
    ]
    path = tmp_path / "unfinished.toml"
    store.save(workbook, path, store.NO_FILE)
    walk = Walk()
    places = {name: (PLACES[name][0], False) for name in ("step 4", "plan")}
    await walk_workbook(path, (Language.TH, Language.EN), walk, places)
    assert walk.problems == []
    assert "ctrl+n" in walk.pressed["step 4 (th)"] and "ctrl+e" in walk.pressed["plan (en)"]


# --- the walk can fail ---------------------------------------------------------------


async def test_the_walk_catches_a_hint_naming_a_key_nothing_is_bound_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan screen's old hint: "press v" for a key that had become ctrl+e."""
    thai, english = i18n.MESSAGES["plan.no_vision"]
    monkeypatch.setitem(i18n.MESSAGES, "plan.no_vision", (thai.replace("{key}", "v"), english.replace("{key}", "v")))
    path = tmp_path / "no-vision.toml"
    store.save(Workbook(language=Language.EN), path, store.NO_FILE)
    walk = Walk()
    await walk_workbook(path, (Language.EN,), walk, {"plan": (PLACES["plan"][0], False)})
    assert walk.problems == ["plan (en): v (named by a hint) does nothing"]


async def test_the_walk_catches_a_key_whose_action_is_missing(tmp_path: Path) -> None:
    walk = Walk()
    app = make_app(Document.open(copy_of(tmp_path, "organic-farming.th.toml")), Language.TH)
    app.bind("ctrl+o", "no_such_action", description="key.open")  # shown on every key bar
    async with app.run_test(size=SIZE) as pilot:
        await Walker(pilot, walk).visit("home", (), False)
    assert walk.problems == ["home (th): ^o (named by the key bar) does nothing"]
