"""Every edit lands on the record on screen: the reproductions of issue 17.

Each test here failed before the fix; each drives the real app with keys and
reads the saved file, as a facilitator would find it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, Select, Static, TextArea

from tests.ui_helpers import type_text
from tui import cli
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Kind, Language, Sector, Strength
from tui.screens.identify import IdentifyScreen
from tui.screens.namesake import NamesakeDialog
from tui.screens.pick_stakeholder import StakeholderPicker
from tui.screens.plan_row import VisionDialog

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


def named(tmp_path: Path, lang: Language, *names: str) -> tuple[Path, Document]:
    """A workbook of these stakeholders, in the people sector, not yet saved."""
    path = tmp_path / "w.toml"
    document = Document.open(path, lang)
    for name in names:
        document.editor.add_stakeholder(name)
    return path, document


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


# --- mending names: rename, move, retype -------------------------------------------


async def test_a_misspelt_thai_name_is_mended_in_step_2_keeping_its_ties_scores_and_plan(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    document = Document.open(path, Language.TH)
    editor = document.editor
    editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    editor.add_stakeholder("โรงพยาบาลชุมชม", influence=4, interest=5, what_matters="ผักปลอดสาร")  # a typo
    editor.add_tie("s1", "s2", strength="strong")
    editor.add_plan_row("โรงพยาบาลชุมชม", stakeholder="s2")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "down", "e")
        entry = app.screen.query_one("#add-people", Input)
        assert app.focused is entry and entry.value == "โรงพยาบาลชุมชม"
        await pilot.press("backspace")
        await type_text(pilot, "น")
        await pilot.press("enter")
        await pilot.pause()
        # m moves it to the next sector (academic), twice to government
        assert app.focused is app.screen.query_one("#list-people")
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause(0.2)
    workbook = saved(path)
    hospital = workbook.stakeholder("s2")
    assert (hospital.name, hospital.sector) == ("โรงพยาบาลชุมชน", Sector.GOVERNMENT)
    assert (hospital.influence, hospital.interest, hospital.what_matters) == (4, 5, "ผักปลอดสาร")
    assert [(t.a, t.b, t.strength) for t in workbook.ties] == [("s1", "s2", Strength.STRONG)]
    assert [(r.group, r.stakeholder) for r in workbook.plan.rows] == [("โรงพยาบาลชุมชน", "s2")]


async def test_escape_leaves_a_name_being_mended_as_it_was(tmp_path: Path) -> None:
    path, document = named(tmp_path, Language.EN, "ชาคริต")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "e")
        await type_text(pilot, "xx")
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#list-people")
        assert app.screen.query_one("#add-people", Input).value == ""
        assert document.workbook.stakeholders[0].name == "ชาคริต"
        await pilot.press("escape")  # then home, as in every step
        assert not isinstance(app.screen, IdentifyScreen)


async def test_a_name_typed_again_asks_before_it_is_added(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    document = Document.open(path, Language.TH)
    document.editor.add_stakeholder("รพ.สต. บ้านนา", "government")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await type_text(pilot, "รพ.สต.บ้านนา")  # no space: the same name to a reader
        await pilot.press("enter")
        assert isinstance(app.screen, NamesakeDialog)
        await pilot.press("enter")  # open the one already there
        assert isinstance(app.screen, IdentifyScreen)
        assert app.focused is app.screen.query_one("#list-government")
        assert len(document.workbook.stakeholders) == 1
        await pilot.press("shift+tab")
        await type_text(pilot, "รพ.สต.บ้านนา")
        await pilot.press("enter", "down", "enter")  # keep both
        await pilot.pause(0.2)
    assert [s.name for s in saved(path).stakeholders] == ["รพ.สต. บ้านนา", "รพ.สต.บ้านนา"]


async def test_a_pasted_column_with_a_name_already_there_can_skip_it(tmp_path: Path) -> None:
    path, document = named(tmp_path, Language.TH, "อสม. หมู่ 1")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        app.screen.query_one("#add-people", Input).post_message(events.Paste("อสม.หมู่ 1\nอสม. หมู่ 2\n"))
        await pilot.pause()
        assert isinstance(app.screen, NamesakeDialog)
        await pilot.press("enter")  # skip the names already there
        await pilot.pause(0.2)
    assert [s.name for s in saved(path).stakeholders] == ["อสม. หมู่ 1", "อสม. หมู่ 2"]


async def test_renaming_to_a_name_already_there_asks(tmp_path: Path) -> None:
    path, document = named(tmp_path, Language.EN, "เทศบาลเมือง", "เทศบาลตำบล")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "down", "e")
        app.screen.query_one("#add-people", Input).value = "เทศบาล เมือง"
        await pilot.press("enter")
        assert isinstance(app.screen, NamesakeDialog)
        await pilot.press("escape")  # neither: the new name stays in the entry to be mended
        assert app.screen.query_one("#add-people", Input).value == "เทศบาล เมือง"
        assert document.workbook.stakeholders[1].name == "เทศบาลตำบล"


async def test_name_sector_and_kind_are_mended_in_step_3_keeping_the_study(tmp_path: Path) -> None:
    path, document = named(tmp_path, Language.TH, "กลุ่มเกษตรอินทรีย์")
    document.editor.add_stakeholder("เทศบาลเมอง", contact="081-234-5678", influence=5)  # a typo, in the wrong sector
    document.editor.add_tie("s1", "s2")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "down", "shift+tab")  # round to the last fields: who it is
        assert app.focused is app.screen.query_one("#field-kind", Select)
        await pilot.press("enter", "up", "enter")  # kind: group -> individual
        await pilot.press("shift+tab", "enter", "down", "down", "enter")  # sector: people -> government
        await pilot.press("shift+tab")
        assert app.focused is app.screen.query_one("#field-name", Input)
        await pilot.press("end", "left", "left")
        await type_text(pilot, "\u0e37")  # เมอง -> เมือง
        await pilot.press("tab")
        await pilot.pause(0.2)
        people = app.screen.query_one("#people")
        assert "เทศบาลเมือง" in str(people.get_option_at_index(1).prompt)
    workbook = saved(path)
    town = workbook.stakeholder("s2")
    assert (town.name, town.sector, town.kind) == ("เทศบาลเมือง", Sector.GOVERNMENT, Kind.INDIVIDUAL)
    assert (town.contact, town.influence) == ("081-234-5678", 5)
    assert len(workbook.ties) == 1


async def test_a_name_mended_in_step_3_to_one_already_there_asks_when_the_field_is_left(tmp_path: Path) -> None:
    path, document = named(tmp_path, Language.TH, "อบต.นาทวี", "อบต.นาทว")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "down", "shift+tab", "shift+tab", "shift+tab", "end")
        await type_text(pilot, "ี")
        assert not isinstance(app.screen, NamesakeDialog)  # not while typing
        await pilot.press("tab")
        assert isinstance(app.screen, NamesakeDialog)
        await pilot.press("enter")  # open the one already there: the name goes back
        await pilot.pause()
        assert document.workbook.stakeholder("s2").name == "อบต.นาทว"
        people = app.screen.query_one("#people")
        assert people.highlighted == 0


# --- our group --------------------------------------------------------------------------


async def test_a_new_workbook_is_offered_our_group_in_step_1_and_can_add_us(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        line = app.screen.query_one("#our-group", Static)
        assert "^o" in str(line.render())
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, StakeholderPicker)
        await type_text(pilot, "กลุ่มเกษตรอินทรีย์")
        await pilot.press("enter")  # none of these yet: add us
        await pilot.pause()
        assert str(line.render()).startswith("กลุ่มของเรา: กลุ่มเกษตรอินทรีย์ ")
        await pilot.pause(0.2)
    workbook = saved(path)
    assert [s.name for s in workbook.stakeholders] == ["กลุ่มเกษตรอินทรีย์"]
    assert (workbook.plan.our_stakeholder, workbook.plan.our_group) == ("s1", "กลุ่มเกษตรอินทรีย์")


async def test_until_our_group_is_chosen_the_plan_says_so_instead_of_none(tmp_path: Path) -> None:
    path, document = named(tmp_path, Language.EN, "กลุ่มเกษตรอินทรีย์", "โรงพยาบาล", "ชาคริต")
    document.editor.add_tie("s1", "s2", strength="strong")
    document.editor.add_plan_row("โรงพยาบาล", stakeholder="s2")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        table = app.screen.query_one("#plan-table")
        assert str(table.get_row("p1")[1]).startswith("?")
        assert "choose us" in str(table.get_row("our-group")[0])
        await pilot.press("ctrl+o")
        await type_text(pilot, "เกษตร")
        await pilot.press("enter")
        await pilot.pause()
        assert str(table.get_row("p1")[1]).strip() == "Tight"
        assert str(table.get_row("our-group")[0]).strip() == "กลุ่มเกษตรอินทรีย์"


async def test_our_group_is_chosen_in_the_vision_dialog(tmp_path: Path) -> None:
    path, document = named(tmp_path, Language.TH, "กลุ่มเกษตรอินทรีย์", "โรงพยาบาล")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "ctrl+e")
        assert isinstance(app.screen, VisionDialog)
        await pilot.press("ctrl+o")
        await type_text(pilot, "กลุ่ม")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, VisionDialog)
        assert app.screen.query_one("#field-our_group", Input).value == "กลุ่มเกษตรอินทรีย์"
        assert "กลุ่มเกษตรอินทรีย์" in str(app.screen.query_one("#our-group", Static).render())
        await pilot.pause(0.2)
    assert saved(path).plan.our_stakeholder == "s1"


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


async def test_a_second_name_mended_in_a_column_is_typed_at_its_end(tmp_path: Path) -> None:
    """The first name mended with e had the cursor after it, the next in the same column
    before it: Textual puts the cursor at the end of an entry's first value only, and the
    letters typed went in front of the name (found by test_editing_loop)."""
    path, document = named(tmp_path, Language.TH, "เทศบาลเมอง", "อบต.นาทว")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "e")
        await type_text(pilot, "ก")
        await pilot.press("enter", "down", "e")
        await type_text(pilot, "ี")
        await pilot.press("enter")
        await pilot.pause(0.2)
    assert [s.name for s in saved(path).stakeholders] == ["เทศบาลเมองก", "อบต.นาทวี"]


async def test_what_is_typed_in_another_stakeholder_s_fields_goes_after_their_text(tmp_path: Path) -> None:
    """Moving to the next stakeholder in step 3 kept the cursor of a one-line field where it
    was in the last one's text, and put a multi-line field's before the first letter: the
    keys typed next went into the middle or the front (found by test_editing_loop)."""
    path, document = named(tmp_path, Language.TH)
    document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์", contact="ครู")
    document.editor.add_stakeholder("โรงพยาบาลชุมชน", contact="081-234", impact="ได้ผัก")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "down", "tab")
        await type_text(pilot, "5")
        await pilot.press("tab", "tab")
        assert app.focused is app.screen.query_one("#field-impact", TextArea)
        await type_text(pilot, "สด")
        await pilot.pause(0.2)
    hospital = saved(path).stakeholder("s2")
    assert (hospital.contact, hospital.impact) == ("081-2345", "ได้ผักสด")


# --- an undo keeps the user on the record on screen -------------------------------------


async def test_an_undone_removal_leaves_step_3_on_the_stakeholder_on_screen(tmp_path: Path) -> None:
    """Lists kept their highlight by position: a stakeholder removed in step 2 and brought
    back by ctrl+z in step 3 moved the page to the one above, and the contact typed next
    went to them (found by test_editing_loop)."""
    path = imported(tmp_path)
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "down", "delete", "escape")  # NAMES[1] goes
        await pilot.press("3", "down", "down")  # NAMES[3]
        await pilot.press("ctrl+z", "tab")
        await type_text(pilot, "ครู")
        await pilot.pause(0.2)
    assert {s.name: s.contact for s in saved(path).stakeholders if s.contact} == {NAMES[3]: "ครู"}


async def test_an_undone_tie_removal_leaves_step_4_on_the_tie_on_screen(tmp_path: Path) -> None:
    """The first tie removed, the second was on screen; ctrl+z brought the first back under
    the highlight, and the notes typed next went into it (found by test_editing_loop)."""
    path = imported(tmp_path)
    document = Document.open(path, Language.TH)
    document.editor.add_tie("s1", "s2")
    document.editor.add_tie("s1", "s3")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "tab")
        assert app.focused is app.screen.query_one("#tie-list")
        await pilot.press("delete", "ctrl+z")
        app.screen.query_one("#field-notes", TextArea).focus()
        await type_text(pilot, "ข")
        await pilot.pause(0.2)
    assert {tie.b: tie.notes for tie in saved(path).ties} == {"s2": "", "s3": "ข"}


async def test_an_undone_removal_leaves_step_5_s_cursor_on_its_stakeholder(tmp_path: Path) -> None:
    """The scoring table kept its cursor by row: a removal undone in step 5 put the next
    score on the stakeholder above (found by test_editing_loop)."""
    path = imported(tmp_path)
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "down", "delete", "escape")
        await pilot.press("5", "down", "down", "ctrl+z", "3")
        await pilot.pause(0.2)
    assert {s.name: s.influence for s in saved(path).stakeholders if s.influence} == {NAMES[3]: 3}
