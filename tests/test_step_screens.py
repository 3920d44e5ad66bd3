"""Steps 1 and 2 by keystrokes alone, in Thai, checked in the saved file."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label, Select, Static, TextArea

from tests.ui_helpers import type_text
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Kind, Language, NetworkKind, Sector
from tui.screens.approach import ApproachScreen
from tui.screens.home import HomeScreen
from tui.screens.identify import IdentifyScreen
from tui.screens.objective import ObjectiveScreen
from tui.screens.pick_stakeholder import StakeholderPicker
from tui.screens.power import PowerScreen
from tui.screens.prioritise import PrioritiseScreen
from tui.screens.relationships import RelationshipsScreen
from tui.screens.study import StudyScreen
from tui.widgets.long_table import LongTable
from tui.widgets.step_bar import StepBar

SIZE = (80, 24)


pytestmark = pytest.mark.usefixtures("quick_autosave")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "workshop.toml"


def saved(path: Path):
    return store.load(path)[0]


async def settle(pilot) -> None:
    """Let the keys act and the autosave write what they did (a busy machine saves later)."""
    await pilot.pause(0.1)
    for _ in range(200):
        if pilot.app.save_state not in ("status.unsaved", "status.slow"):
            return
        await pilot.pause(0.05)


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


async def test_step_2_n_in_a_sector_with_names_is_refused_and_said(path: Path, monkeypatch) -> None:
    app = make_app(Document.open(path, Language.TH))
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await type_text(pilot, "ชาคริต")
        await pilot.press("enter")
        await pilot.press("tab")  # the people's list, with a name in it
        await pilot.press("n")
        await settle(pilot)
        assert app.document.workbook.project.empty_sectors == []
        assert said and "ประชาชน" in said[-1]
        await pilot.press("delete", "n")  # no one there now: n marks it
        await settle(pilot)
        assert app.document.workbook.project.empty_sectors == [Sector.PEOPLE]


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


async def test_step_2_a_pasted_column_of_names_is_one_stakeholder_a_line(path: Path) -> None:
    from textual import events

    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab", "tab")  # the academic column's entry
        entry = app.screen.query_one("#add-academic", Input)
        assert app.focused is entry
        app.post_message(events.Paste("อ.ธนพล วิศวกรเคมี\r\n\n ดร.วิภาวรรณ นักจุลชีววิทยา \nกลุ่มนักวิชาการ ม.อ.\n"))
        await settle(pilot)
        assert entry.value == ""
        names = [(s.name, s.sector) for s in saved(path).stakeholders]
        assert names == [(n, Sector.ACADEMIC) for n in ("อ.ธนพล วิศวกรเคมี", "ดร.วิภาวรรณ นักจุลชีววิทยา", "กลุ่มนักวิชาการ ม.อ.")]
        await pilot.press("ctrl+z")  # one undo for the whole paste
        await settle(pilot)
        assert saved(path).stakeholders == []
        app.post_message(events.Paste("ชาคริต\n" + "ก" * 301))  # a line too long: none is added
        await settle(pilot)
        assert saved(path).stakeholders == []
        app.post_message(events.Paste("ชาคริต"))  # one line: into the entry, as a typed name
        await settle(pilot)
        assert entry.value == "ชาคริต"


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
        table = app.screen.query_one("#study-table", LongTable)
        assert table.display and app.focused is table
        assert [str(cell) for cell in table.get_row("s2")[:2]] == ["นายก ทม.", "ป้อม เลข 0879998888"]
        await pilot.press("up", "enter")  # back to the form of กลุ่มเกษตรอินทรีย์
        assert not table.display
        assert app.screen.query_one("#field-contact", Input).value == ""
    mayor = saved(path).stakeholder("s2")
    assert mayor.contact == "ป้อม เลข 0879998888"
    assert mayor.influence_how == "กำหนดนโยบาย\nเกษตรอินทรีย์"
    assert saved(path).stakeholder("s1").contact == ""


def three_stakeholders(path: Path, lang: Language = Language.TH) -> Document:
    document = Document.open(path, lang)
    document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    document.editor.add_stakeholder("นายก ทม.", "government", "individual")
    document.editor.add_stakeholder("สวนผักคนเมือง")
    return document


async def test_step_4_ties_by_keys(path: Path) -> None:
    app = make_app(three_stakeholders(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        assert isinstance(app.screen, RelationshipsScreen)
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, StakeholderPicker)
        await type_text(pilot, "นายก")
        await pilot.press("enter")
        assert isinstance(app.screen, RelationshipsScreen)
        # The new tie is chosen; its form follows the list: strength, kind, form.
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#field-strength", Select)
        await pilot.press("enter", "up", "enter")  # weak -> strong
        await pilot.press("tab", "enter", "down", "enter")  # relation -> collaborate
        await pilot.press("tab", "enter", "down", "down", "enter")  # form -> communication
        await pilot.press("tab")
        await type_text(pilot, "ทุกสัปดาห์")
        await settle(pilot)
        # A second tie, then remove it from the list with Delete.
        await pilot.press("ctrl+n")
        await type_text(pilot, "สวน")
        await pilot.press("enter")
        await pilot.press("delete")
        await settle(pilot)
    workbook = saved(path)
    assert len(workbook.ties) == 1
    tie = workbook.ties[0]
    assert (tie.a, tie.b, tie.strength, tie.relation, tie.form, tie.frequency) == (
        "s1",
        "s2",
        "strong",
        "collaborate",
        "communication",
        "ทุกสัปดาห์",
    )


async def test_step_5_scores_with_digits_and_ticks_with_space(path: Path) -> None:
    app = make_app(three_stakeholders(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        assert isinstance(app.screen, PowerScreen)
        await pilot.press("4", "5", "2")  # influence of the three, moving down after each
        await pilot.press("up", "up", "up", "right")  # first row, interest
        await pilot.press("5", "3", "4")
        await pilot.press("up", "up", "up", "right", "space")  # s1: a key player by the user's own call
        await pilot.press("right", "space")  # s1 is a key leader
        await pilot.press("right", "space")  # s1 influences us
        await pilot.press("down", "right", "space")  # s2 is affected by us
        await pilot.press("up", "delete")  # on a group column Delete does nothing
        await pilot.press("left", "left", "left", "left", "delete")  # s1's interest cleared
        await settle(pilot)
        assert str(app.screen.query_one("#step-todo", Static).render()).startswith("ยังต้องทำ")
    workbook = saved(path)
    assert [(s.influence, s.interest) for s in workbook.stakeholders] == [(4, None), (5, 3), (2, 4)]
    assert workbook.stakeholders[0].groups == ["influences"]
    assert workbook.stakeholders[1].groups == ["affected"]
    assert (workbook.stakeholders[0].key_player, workbook.stakeholders[0].key_leader) == (True, True)


async def test_step_5_p_adds_the_row_to_the_plan(path: Path) -> None:
    app = make_app(three_stakeholders(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5", "down", "p")
        await settle(pilot)
    assert [(r.group, r.stakeholder) for r in saved(path).plan.rows] == [("นายก ทม.", "s2")]


async def test_step_6_grid_places_names_in_the_seed_quadrants(path: Path) -> None:
    document = three_stakeholders(path)
    for stakeholder_id, influence, interest in (("s1", 5, 5), ("s2", 5, 2), ("s3", 2, 4)):
        document.editor.update_stakeholder(stakeholder_id, "influence", influence)
        document.editor.update_stakeholder(stakeholder_id, "interest", interest)
    app = make_app(document, Language.TH)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        assert isinstance(app.screen, PrioritiseScreen)
        lines = str(app.screen.query_one("#grid", Static).render()).splitlines()
        top = next(i for i, line in enumerate(lines) if "1 อิทธิพลมาก สนใจมาก" in line)
        middle = next(i for i, line in enumerate(lines) if "3 อิทธิพลน้อย สนใจมาก" in line)
        upper, lower = "\n".join(lines[top:middle]), "\n".join(lines[middle:])
        left_of = lambda text, name: next(line for line in text.splitlines() if name in line).index(name) < 40  # noqa: E731
        assert "★ กลุ่มเกษตรอินทรีย์" in upper and not left_of(upper, "กลุ่มเกษตรอินทรีย์")  # 1: top right
        assert "นายก ทม." in upper and left_of(upper, "นายก ทม.")  # 2: top left, no key player
        assert "★ นายก" not in upper
        assert "★ สวนผักคนเมือง" in lower and not left_of(lower, "สวนผักคนเมือง")  # 3: bottom right
        # A score changed in step 5 moves the name at once.
        document.editor.update_stakeholder("s2", "interest", 5)
        await settle(pilot)
        assert "★ นายก ทม." in str(app.screen.query_one("#grid", Static).render())


async def test_step_6_p_adds_a_stakeholder_of_the_grid_to_the_plan(path: Path) -> None:
    document = three_stakeholders(path)
    document.editor.update_stakeholder("s3", "interest", 5)  # a key player: offered first
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6", "p")
        assert isinstance(app.screen, StakeholderPicker)
        assert app.screen.stakeholders[0].name == "สวนผักคนเมือง"
        await pilot.press("enter")
        await settle(pilot)
    assert [(r.group, r.stakeholder) for r in saved(path).plan.rows] == [("สวนผักคนเมือง", "s3")]


def shown_in(select: Select[object]) -> str:
    """The line a choice shows (its value, or its prompt), as drawn."""
    from textual.widgets._select import SelectCurrent

    return select.query_one(SelectCurrent).render_line(0).text


async def test_step_7_approach_with_the_grid_strategy_as_default(path: Path) -> None:
    document = three_stakeholders(path)
    document.editor.update_stakeholder("s1", "influence", 5)
    document.editor.update_stakeholder("s1", "interest", 5)
    app = make_app(document, Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("7")
        assert isinstance(app.screen, ApproachScreen)
        select = app.screen.query_one("#field-strategy", Select)
        assert select.value == Select.NULL
        assert "As the grid suggests: Manage closely" in shown_in(select)
        await pilot.press("tab", "tab")  # past the strategy, into how to approach
        await type_text(pilot, "นัดหมายเข้าพบ\nนำเสนอผลงาน")
        await pilot.press("tab")
        await type_text(pilot, "ประธานกลุ่ม")
        await settle(pilot)
        assert str(app.screen.query_one("#step-todo", Static).render()).startswith("✓")  # the one key player is done
    first = saved(path).stakeholders[0]
    assert first.approach_how == "นัดหมายเข้าพบ\nนำเสนอผลงาน"
    assert first.approach_who == "ประธานกลุ่ม"
    assert first.strategy is None  # still "as the grid says"


async def test_moving_between_steps_with_keys(path: Path) -> None:
    app = make_app(Document.open(path, Language.EN))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        await pilot.press("f3")
        assert isinstance(app.screen, IdentifyScreen)
        await pilot.press("f3")
        assert isinstance(app.screen, StudyScreen)
        await pilot.press("f3")
        assert isinstance(app.screen, RelationshipsScreen)
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
@pytest.mark.parametrize("step", ["1", "2", "3", "4", "5", "6", "7"])
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
        assert "Area network" in shown_in(select)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert select.value == "area"
        assert document.editor.generation == 0


async def test_the_command_palette_goes_to_a_step_in_thai(path: Path) -> None:
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await type_text(pilot, "ไปขั้นที่ 4")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert isinstance(app.screen, RelationshipsScreen)
        await pilot.press("ctrl+p")
        await type_text(pilot, "เปลี่ยนภาษา")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert app.lang is Language.EN


async def test_step_3_can_show_only_the_key_players(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        everyone = app.screen.query_one("#people").option_count
        await pilot.press("ctrl+k")
        key_players = app.screen.query_one("#people").option_count
        assert everyone == 19 and key_players == 14  # the sample's [analysis] key_players
        await pilot.press("ctrl+k")
        assert app.screen.query_one("#people").option_count == everyone
