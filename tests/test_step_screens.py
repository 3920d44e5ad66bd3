"""Steps 1 and 2 by keystrokes alone, in Thai, checked in the saved file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Label, Select, Static, TextArea

from tests.ui_helpers import type_text
from tui import app as app_module
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Kind, Language, NetworkKind, Sector
from tui.screens.home import HomeScreen
from tui.screens.identify import IdentifyScreen
from tui.screens.objective import ObjectiveScreen
from tui.screens.step import PendingStepScreen
from tui.screens.study import StudyScreen
from tui.widgets.step_bar import StepBar

SIZE = (80, 24)
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(autouse=True)
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "AUTOSAVE_DELAY", 0.01)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "workshop.toml"


def saved(path: Path):
    return store.load(path)[0]


async def settle(pilot) -> None:
    await pilot.pause(0.1)


async def test_step_1_by_keys_in_thai(path: Path) -> None:
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        assert isinstance(app.screen, ObjectiveScreen)
        assert app.focused is app.screen.query_one("#field-title", Input)
        await type_text(pilot, "ผักอินทรีย์ปลอดภัยส่งโรงพยาบาล")
        await pilot.press("tab")
        await type_text(pilot, "อาหารปลอดภัย")
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#field-objective", TextArea)
        await type_text(pilot, "หาภาคีส่งผักเข้าโรงพยาบาล\nให้ผู้ป่วยได้กินผักปลอดสาร")
        await pilot.press("tab")
        await type_text(pilot, "เทศบาลเมือง")
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#field-network_kind", Select)
        await pilot.press("enter", "down", "down", "enter")  # (choose) -> area -> issue
        await pilot.press("tab")
        await type_text(pilot, "2567-03-01")
        await pilot.press("tab")
        await type_text(pilot, "ดร.กุลทัต")
        await settle(pilot)
        assert str(app.screen.query_one("#step-todo", Static).render()).startswith("✓")
    project = saved(path).project
    assert project.title == "ผักอินทรีย์ปลอดภัยส่งโรงพยาบาล"
    assert project.issue == "อาหารปลอดภัย"
    assert project.objective == "หาภาคีส่งผักเข้าโรงพยาบาล\nให้ผู้ป่วยได้กินผักปลอดสาร"
    assert project.area == "เทศบาลเมือง"
    assert project.network_kind is NetworkKind.ISSUE
    assert project.date == "2567-03-01"
    assert project.facilitator == "ดร.กุลทัต"
    assert '"""' in path.read_text(encoding="utf-8")  # the objective is a multi-line string


async def test_typing_is_one_undo_step_per_field(path: Path) -> None:
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await type_text(pilot, "ชื่อโครงการ")
        await pilot.press("tab")
        await type_text(pilot, "ประเด็น")
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.screen.query_one("#field-issue", Input).value == ""
        assert app.screen.query_one("#field-title", Input).value == "ชื่อโครงการ"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.screen.query_one("#field-title", Input).value == ""
    assert saved(path).project.title == ""


async def test_step_2_quick_entry_by_sector_kinds_and_none(path: Path) -> None:
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert isinstance(app.screen, IdentifyScreen)
        assert app.focused is app.screen.query_one("#add-people", Input)
        for name in ("กลุ่มเกษตรอินทรีย์", "ผู้บริโภคผักอินทรีย์", "ชาคริต"):
            await type_text(pilot, name)
            await pilot.press("enter")
        # The list of the people column: the last one is a person, k twice: node -> network -> individual.
        await pilot.press("tab", "end", "k", "k")
        await pilot.press("tab")  # the academic column's entry
        await type_text(pilot, "กลุ่มนักวิชาการ ม.อ.")
        await pilot.press("enter")
        await pilot.press("tab", "tab")  # past the academic list, into the government entry
        await pilot.press("tab")  # the government list, still empty
        await pilot.press("n")  # no government stakeholders... yet
        await settle(pilot)
        assert saved(path).project.empty_sectors == [Sector.GOVERNMENT]
        await pilot.press("shift+tab")
        await type_text(pilot, "นายก ทม.")
        await pilot.press("enter")
        await settle(pilot)
        assert str(app.screen.query_one("#step-todo", Static).render()).startswith("✓")
    workbook = saved(path)
    assert [(s.name, s.sector) for s in workbook.stakeholders] == [
        ("กลุ่มเกษตรอินทรีย์", Sector.PEOPLE),
        ("ผู้บริโภคผักอินทรีย์", Sector.PEOPLE),
        ("ชาคริต", Sector.PEOPLE),
        ("กลุ่มนักวิชาการ ม.อ.", Sector.ACADEMIC),
        ("นายก ทม.", Sector.GOVERNMENT),
    ]
    assert workbook.stakeholders[2].kind is Kind.INDIVIDUAL
    assert workbook.project.empty_sectors == []  # naming someone there undoes "none"


async def test_step_2_delete_removes_and_ctrl_z_brings_back(path: Path) -> None:
    app = make_app(Document.open(path, Language.EN))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await type_text(pilot, "Village health volunteers")
        await pilot.press("enter")
        await pilot.press("tab", "delete")
        await settle(pilot)
        assert saved(path).stakeholders == []
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert [s.name for s in saved(path).stakeholders] == ["Village health volunteers"]


async def test_step_3_study_form_and_worksheet_table(path: Path) -> None:
    document = Document.open(path, Language.TH)
    document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    document.editor.add_stakeholder("นายก ทม.", "government", "individual")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        assert isinstance(app.screen, StudyScreen)
        await pilot.press("down", "tab")  # นายก ทม., then its first field: the contact
        assert app.focused is app.screen.query_one("#field-contact", Input)
        await type_text(pilot, "ป้อม เลข 0879998888")
        await pilot.press("tab")
        await type_text(pilot, "กำหนดนโยบาย\nเกษตรอินทรีย์")
        await settle(pilot)
        await pilot.press("ctrl+r")
        table = app.screen.query_one("#study-table", DataTable)
        assert table.display and app.focused is table
        assert table.get_row("s2")[:2] == ["นายก ทม.", "ป้อม เลข 0879998888"]
        await pilot.press("up", "enter")  # back to the form of กลุ่มเกษตรอินทรีย์
        assert not table.display
        assert app.screen.query_one("#field-contact", Input).value == ""
    mayor = saved(path).stakeholder("s2")
    assert mayor.contact == "ป้อม เลข 0879998888"
    assert mayor.influence_how == "กำหนดนโยบาย\nเกษตรอินทรีย์"
    assert saved(path).stakeholder("s1").contact == ""


async def test_moving_between_steps_with_keys(path: Path) -> None:
    app = make_app(Document.open(path, Language.EN))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.press("f3")
        assert isinstance(app.screen, IdentifyScreen)
        await pilot.press("f3")
        assert isinstance(app.screen, StudyScreen)
        await pilot.press("f3")
        assert isinstance(app.screen, PendingStepScreen) and app.screen.NUMBER == 4
        await pilot.press("f2", "f2", "f2")
        assert isinstance(app.screen, ObjectiveScreen)
        await pilot.press("f2")  # there is no step 0
        assert isinstance(app.screen, ObjectiveScreen)
        await pilot.press("ctrl+g", "6")
        assert app.screen.NUMBER == 6
        assert "Step 6/7 · Prioritise" in str(app.screen.query_one(StepBar).render())
        await pilot.press("ctrl+g", "escape")
        assert app.screen.NUMBER == 6
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_language_switch_on_a_step_relabels_the_form(path: Path) -> None:
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        label = app.screen.query_one("#label-objective", Label)
        assert str(label.render()) == "วัตถุประสงค์ของการวิเคราะห์"
        await pilot.press("ctrl+t")
        assert str(label.render()) == "Objective of the analysis"
        assert "Step 1/7" in str(app.screen.query_one(StepBar).render())


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the Thai sample: tests never write to the real one."""
    copy = tmp_path / "organic-farming.th.toml"
    shutil.copy(SAMPLES / "organic-farming.th.toml", copy)
    return copy


async def test_looking_at_every_step_changes_nothing(sample: Path) -> None:
    before = sample.read_bytes()
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        for key in ("1", "f3", "f3", "down", "down", "f3", "f3", "f3", "f3"):
            await pilot.press(key)
        await settle(pilot)
        assert document.editor.generation == 0
    assert sample.read_bytes() == before


async def test_the_step_bar_marks_complete_steps(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        bar = str(app.screen.query_one(StepBar).render())
        assert bar.startswith(" 1✓ 2✓")


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("step", ["1", "2", "3"])
def test_step_snapshots(snap_compare, sample: Path, lang: str, step: str) -> None:
    assert snap_compare(make_app(Document.open(sample), Language(lang)), press=[step], terminal_size=SIZE)


async def test_switching_language_relabels_choices_without_editing(sample: Path) -> None:
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "ctrl+t")
        await settle(pilot)
        select = app.screen.query_one("#field-network_kind", Select)
        assert select.value == "area"
        assert "Area network" in str(select.query_one("SelectCurrent Static").render())
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert select.value == "area"
        assert document.editor.generation == 0
