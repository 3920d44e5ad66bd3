"""The planning table (ใบงาน Network 4) as a user fills it, in Thai, by keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.ui_helpers import type_text
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Closeness, Language, Relation
from tui.screens.pick_stakeholder import StakeholderPicker
from tui.screens.plan import PlanScreen
from tui.screens.plan_row import PlanRowDialog

SIZE = (80, 24)


pytestmark = pytest.mark.usefixtures("quick_autosave")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "plan.toml"


def farm(path: Path) -> Document:
    """Our group, a go-between and two partner groups; no ties yet."""
    document = Document.open(path, Language.TH)
    editor = document.editor
    ours = editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    editor.add_stakeholder("ชาคริต", "people", "individual", influence=2, interest=5)
    editor.add_stakeholder("สวนผักคนเมือง", influence=2, interest=4)
    editor.add_stakeholder("กรรมการกองทุนตำบล", "government", influence=4, interest=2)
    editor.set_plan("our_group", ours.name)
    editor.set_plan("our_stakeholder", ours.id)
    return document


def table_cell(app, row_key: str, column: str) -> str:
    return str(app.screen.query_one(DataTable).get_cell(row_key, column))


async def test_fill_a_row_by_keys_in_thai(path: Path) -> None:
    app = make_app(farm(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PlanScreen)
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, StakeholderPicker)
        await type_text(pilot, "สวนผัก")
        await pilot.press("enter")
        assert isinstance(app.screen, PlanRowDialog)  # opened at the new relationship
        await pilot.press("enter", "down", "enter")  # มีส่วนร่วม
        await pilot.press("tab")
        await type_text(pilot, "แลกเปลี่ยนวิธีการปลูก\nการตลาด")
        await pilot.press("tab")
        await type_text(pilot, "พลังจากเครือข่าย")
        await pilot.press("tab")
        await type_text(pilot, "พบปะแลกเปลี่ยนความร่วมมือ\nทำกิจกรรมร่วมทุกสัปดาห์")
        await pilot.press("tab")
        await type_text(pilot, "คุณสมพร")
        await pilot.press("escape")
        assert isinstance(app.screen, PlanScreen)
        assert table_cell(app, "p1", "target") == "มีส่วนร่วม"
        assert table_cell(app, "p1", "methods").startswith("พบปะแลกเปลี่ยนความร่วมมือ · ทำกิ")
        await pilot.pause(0.1)
    row = store.load(path)[0].plan.rows[0]
    assert (row.group, row.stakeholder, row.target) == ("สวนผักคนเมือง", "s3", Relation.COLLABORATE)
    assert row.our_benefit == "แลกเปลี่ยนวิธีการปลูก\nการตลาด"
    assert row.their_benefit == "พลังจากเครือข่าย"
    assert row.methods == ["พบปะแลกเปลี่ยนความร่วมมือ", "ทำกิจกรรมร่วมทุกสัปดาห์"]
    assert row.owner == "คุณสมพร"
    assert row.current is None  # nothing overridden: it follows the map


async def test_the_current_relationship_follows_the_map_and_an_override_stays(path: Path) -> None:
    document = farm(path)
    editor = document.editor
    editor.add_plan_row("สวนผักคนเมือง", stakeholder="s3")
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert table_cell(app, "p1", "current") == "ไม่มี"
        editor.add_tie("s1", "s2", strength="strong")
        editor.add_tie("s2", "s3")
        await pilot.pause()
        assert table_cell(app, "p1", "current") == "หลวม ผ่านชาคริต"
        direct = editor.add_tie("s1", "s3", strength="strong")
        await pilot.pause()
        assert table_cell(app, "p1", "current") == "แน่นแฟ้น"
        editor.remove_tie(direct.id)
        editor.update_plan_row("p1", "current", Closeness.TIGHT)  # the user knows better
        await pilot.pause()
        assert table_cell(app, "p1", "current") == "✎ แน่นแฟ้น"
        editor.remove_tie("t1")
        await pilot.pause()
        assert table_cell(app, "p1", "current") == "✎ แน่นแฟ้น"


async def test_add_every_key_player_and_see_the_flags(path: Path) -> None:
    app = make_app(farm(path), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        flags = str(app.screen.query_one("#plan-flags", Static).render())
        assert "Key player ชาคริต has no row" in flags and "สวนผักคนเมือง has no row" in flags
        await pilot.press("ctrl+k")
        await pilot.pause(0.1)
        rows = store.load(path)[0].plan.rows
        assert [(r.group, r.stakeholder) for r in rows] == [("ชาคริต", "s2"), ("สวนผักคนเมือง", "s3")]
        flags = str(app.screen.query_one("#plan-flags", Static).render())
        assert "ชาคริต: no new relationship chosen" in flags and "ชาคริต: no method yet" in flags
        await pilot.press("ctrl+f")  # flagged only: both rows still shown
        assert app.screen.query_one(DataTable).row_count == 3
        await pilot.press("down", "delete")  # from our own row down to the first planned one
        await pilot.pause(0.1)
        assert [r.group for r in store.load(path)[0].plan.rows] == ["สวนผักคนเมือง"]
        await pilot.press("ctrl+z")
        await pilot.pause(0.1)
        assert [r.group for r in store.load(path)[0].plan.rows] == ["ชาคริต", "สวนผักคนเมือง"]


async def test_the_vision_is_edited_from_the_table(path: Path) -> None:
    app = make_app(farm(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "ctrl+e")
        await type_text(pilot, "ทุกกลุ่มได้ประโยชน์ร่วม")
        await pilot.press("escape")
        assert "วิสัยทัศน์ร่วม: ทุกกลุ่มได้ประโยชน์ร่วม" in str(app.screen.query_one("#plan-vision", Static).render())
        await pilot.pause(0.1)
    assert store.load(path)[0].plan.shared_vision == "ทุกกลุ่มได้ประโยชน์ร่วม"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_plan_snapshots(snap_compare, sample: Path, lang: str, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(Document.open(sample), Language(lang)), press=["p"], terminal_size=size)
