"""Every edit lands on the record on screen: the reproductions of issue 17.

Each test here failed before the fix; each drives the real app with keys and
reads the saved file, as a facilitator would find it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, TextArea

from tests.ui_helpers import type_text
from tui import cli
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Language, Sector, Strength

SIZE = (80, 24)
NAMES = ["กำนันสมชาย", "โรงพยาบาลชุมชน", "เทศบาลเมือง", "สหกรณ์ผักอินทรีย์", "โรงเรียนบ้านนา"]

pytestmark = pytest.mark.usefixtures("quick_autosave")


def saved(path: Path):
    return store.load(path)[0]


def imported(tmp_path: Path) -> Path:
    """A new workbook from a list of five Thai names, as ``phakhi import names.txt`` makes it."""
    names = tmp_path / "names.txt"
    names.write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    path = tmp_path / "r.toml"
    assert cli.main(["import", str(names), "-o", str(path), "--lang", "th"]) == 0
    return path


async def tie_to(pilot, name: str) -> None:
    await pilot.press("ctrl+n")
    await type_text(pilot, name)
    await pilot.press("enter")
    await pilot.pause()


async def test_a_tie_set_after_coming_back_to_step_4_leaves_the_others_alone(tmp_path: Path) -> None:
    path = imported(tmp_path)
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await tie_to(pilot, NAMES[1])
        await pilot.press("escape", "4")
        await pilot.pause()
        await pilot.press("down", "down")
        await tie_to(pilot, NAMES[3])
        await tie_to(pilot, NAMES[4])
        await pilot.press("tab", "enter", "up", "enter")  # the 3–5 tie: แน่นแฟ้น
        await pilot.pause(0.2)
    strengths = {(tie.a, tie.b): tie.strength for tie in saved(path).ties}
    assert strengths == {("s1", "s2"): Strength.WEAK, ("s3", "s4"): Strength.WEAK, ("s3", "s5"): Strength.STRONG}


async def test_a_choice_after_a_language_switch_is_kept_and_so_is_the_next(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    document = Document.open(path, Language.TH)
    document.editor.add_stakeholder(NAMES[0])
    document.editor.add_stakeholder(NAMES[1])
    document.editor.add_tie("s1", "s2", strength="strong")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "ctrl+t", "tab", "tab")
        assert app.focused is app.screen.query_one("#field-strength", Select)
        await pilot.press("enter", "down", "enter")  # strong -> weak
        await pilot.pause()
        assert document.workbook.ties[0].strength is Strength.WEAK
        await pilot.press("tab", "enter", "down", "enter")  # relation: the first kind
        await pilot.pause(0.2)
    tie = saved(path).ties[0]
    assert tie.strength is Strength.WEAK
    assert tie.relation == "collaborate"


async def test_coming_back_to_every_form_step_changes_nothing(tmp_path: Path) -> None:
    """A form's fields are filled as they mount: none of that is an edit, on any visit."""
    path = imported(tmp_path)
    document = Document.open(path, Language.TH)
    document.editor.add_tie("s1", "s2", strength="strong")
    document.editor.add_tie("s2", "s3")
    generation = document.editor.generation
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(2):
            for key in ("1", "escape", "3", "escape", "4", "down", "escape", "7", "ctrl+t", "escape"):
                await pilot.press(key)
                await pilot.pause()
        assert document.editor.generation == generation


async def test_one_ctrl_z_takes_back_a_name_added_to_a_sector_marked_empty(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "tab", "tab", "tab", "tab")  # the government list, empty
        await pilot.press("n")
        await pilot.press("shift+tab")
        await type_text(pilot, "นายก ทม.")
        await pilot.press("enter")
        await pilot.pause()
        assert app.document.workbook.project.empty_sectors == []
        await pilot.press("ctrl+z")
        await pilot.pause(0.2)
    workbook = saved(path)
    assert workbook.stakeholders == []
    assert workbook.project.empty_sectors == [Sector.GOVERNMENT]


async def test_ctrl_z_in_the_objective_goes_on_back_through_the_workbook(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await type_text(pilot, "ผักปลอดภัย")
        await pilot.press("tab")
        await type_text(pilot, "อาหารปลอดภัย")
        await pilot.press("tab")
        await type_text(pilot, "หาภาคี\nส่งผัก")
        objective = app.screen.query_one("#field-objective", TextArea)
        assert app.focused is objective
        for _ in range(3):
            await pilot.press("ctrl+z")
            await pilot.pause()
        assert app.focused is objective
        project = app.document.workbook.project
        assert (project.title, project.issue, project.objective) == ("", "", "")
        await pilot.press("ctrl+y")
        await pilot.pause(0.2)
        assert app.screen.query_one("#field-title", Input).value == "ผักปลอดภัย"
    assert saved(path).project.title == "ผักปลอดภัย"


async def test_after_ctrl_z_in_a_tie_s_notes_the_next_keys_go_to_that_tie(tmp_path: Path) -> None:
    """Undo redrew step 4 with its first tie highlighted, whichever tie was being
    edited: the keys typed next went into the first tie (found by test_editing_loop)."""
    path = imported(tmp_path)
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await tie_to(pilot, NAMES[1])
        await tie_to(pilot, NAMES[2])  # the second tie is highlighted
        app.screen.query_one("#field-notes", TextArea).focus()
        await type_text(pilot, "ก")
        await pilot.press("ctrl+z")
        await type_text(pilot, "ข")
        await pilot.pause(0.2)
    notes = {(tie.a, tie.b): tie.notes for tie in saved(path).ties}
    assert notes == {("s1", "s2"): "", ("s1", "s3"): "ข"}


async def test_typing_on_another_visit_to_a_step_is_its_own_undo_step(tmp_path: Path) -> None:
    """Leaving a step did not end the typing in its field (the field is never told it
    lost the focus): what was typed on the next visit merged with it, and one ctrl+z
    took back both visits (found by test_editing_loop)."""
    path = imported(tmp_path)
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "tab")
        await type_text(pilot, "ครู")
        await pilot.press("escape", "3", "tab")
        await type_text(pilot, "แดง")
        await pilot.press("ctrl+z")
        await pilot.pause(0.2)
    assert saved(path).stakeholders[0].contact == "ครู"


async def test_typing_after_leaving_a_field_and_redoing_is_its_own_undo_step(tmp_path: Path) -> None:
    """Leaving a field ended only the undo step on top: typing undone, the field left
    and the typing redone, the next typing joined it, and one ctrl+z took back both
    (found by test_editing_loop)."""
    path = imported(tmp_path)
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "tab")
        await type_text(pilot, "ครู")
        await pilot.press("ctrl+z", "shift+tab", "ctrl+y", "tab")  # back to the list, and into the field again
        await type_text(pilot, "แดง")
        await pilot.press("ctrl+z")
        await pilot.pause(0.2)
    assert saved(path).stakeholders[0].contact == "ครู"
