"""The planning table (ใบงาน Network 4) as a user fills it, in Thai, by keys."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from textual.widgets import Log, Static

from tests.ui_helpers import type_text
from tui.app import make_app
from tui.core import store
from tui.core.cells import cell_width
from tui.core.document import Document
from tui.core.i18n import tr
from tui.core.plan_rules import plan_flags
from tui.core.vocab import Closeness, Language, Relation
from tui.screens.pick_stakeholder import StakeholderPicker
from tui.screens.plan import COLUMNS, SEED_COLUMNS, PlanScreen, PlanTable
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
    return str(app.screen.query_one(PlanTable).get_cell(row_key, column))


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
        assert table_cell(app, "p1", "methods").startswith("พบปะแลก")  # cut to the column; all of it below
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
        flags = flags_listed(app)
        assert "Key player ชาคริต has no row" in flags and "สวนผักคนเมือง has no row" in flags
        await pilot.press("ctrl+k")
        await pilot.pause(0.1)
        rows = store.load(path)[0].plan.rows
        assert [(r.group, r.stakeholder) for r in rows] == [("ชาคริต", "s2"), ("สวนผักคนเมือง", "s3")]
        flags = flags_listed(app)
        assert "ชาคริต: no new relationship chosen" in flags and "ชาคริต: no method yet" in flags
        await pilot.press("ctrl+f")  # flagged only: both rows still shown
        assert app.screen.query_one(PlanTable).row_count == 3
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


def flags_listed(app) -> str:
    return "\n".join(app.screen.query_one("#plan-flags", Log).lines)


def shown(widget, y: int = 0) -> str:
    """One line of a widget as it is drawn, cut to its width and scrolled."""
    return widget.render_line(y).text


def headings(table: PlanTable) -> str:
    return shown(table, 0) + "\n" + shown(table, 1)


@pytest.mark.parametrize("lang", ["th", "en"])
async def test_at_80_columns_six_seed_columns_show_and_the_group_stays_scrolled(sample: Path, lang: str) -> None:
    app = make_app(Document.open(sample), Language(lang))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        table = app.screen.query_one(PlanTable)
        words = {name: tr(lang, f"plan.heading.{name}").split("\n") for name in COLUMNS}
        on_screen = headings(table)
        for name in SEED_COLUMNS:  # every seed column on screen, its heading whole
            assert all(line in on_screen for line in words[name]), (name, on_screen)
        assert words["owner"][0] not in on_screen  # owner and review date are a scroll away
        group = " " + str(table.get_cell("p1", "group"))  # the first planned row: กรรมการกองทุนตำบล
        assert group.startswith(" กรรมการกองทุ") and shown(table, 3).startswith(group)
        for _ in COLUMNS[1:]:  # the cursor to the review date, the last column
            await pilot.press("right")
            on_screen = headings(table)
            assert on_screen.startswith(" " + words["group"][0]) and shown(table, 3).startswith(group)
        assert table.scroll_x > 0
        for name in ("owner", "review_date"):
            assert all(line in on_screen for line in words[name]), (name, on_screen)


async def test_the_table_scrolls_by_whole_columns(sample: Path) -> None:
    """Scrolled sideways, the part that moves starts with a column, its heading whole."""
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        table = app.screen.query_one(PlanTable)
        starts = {0}
        for column in table.ordered_columns[1:]:
            starts.add(max(starts) + table.render_width(column))
        for key in ["right"] * 7 + ["left"] * 7:
            await pilot.press(key)
            assert table.scroll_x in starts
        table.scroll_right()
        await pilot.pause()
        assert table.scroll_x in starts and table.scroll_x > 0
        table.scroll_left()
        await pilot.pause()
        assert table.scroll_x == 0


async def test_the_columns_follow_the_terminal_width(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        table = app.screen.query_one(PlanTable)
        narrow = table.columns["methods"].width
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert table.columns["methods"].width > narrow
        assert str(table.get_cell("p1", "methods")).startswith("เชิญเป็นวิทยากร")


@pytest.mark.parametrize("lang", ["th", "en"])
async def test_at_60_by_20_the_shared_vision_still_shows(sample: Path, lang: str) -> None:
    app = make_app(Document.open(sample), Language(lang))
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("p")
        vision = app.screen.query_one("#plan-vision", Static)
        assert vision.region.height == 1 and app.screen.region.contains_region(vision.region)
        line = shown(vision)
        assert line.startswith(tr(lang, "plan.vision", text="ผักอินทรีย์จากกลุ่มเกษตรกร"))
        assert line.rstrip().endswith("…") and cell_width(line) <= 60


@pytest.mark.parametrize("lang", ["th", "en"])
async def test_every_flag_is_listed_and_the_list_scrolls_to_the_last(
    sample: Path, lang: str, screens_day: datetime.date
) -> None:
    document = Document.open(sample)
    app = make_app(document, Language(lang))
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("p")
        flags = [flag.text(lang, document.workbook) for flag in plan_flags(document.workbook, today=screens_day)]
        listed = flags_listed(app)
        assert listed.startswith(tr(lang, "plan.flags", count=len(flags)))
        # 7 as the table stands, and 4 on the day: two review dates passed, two logs quiet for 4 weeks.
        assert listed.count("•") == len(flags) == 7 + 4
        assert " ".join(listed.split()).endswith(" ".join(flags[-1].split()))  # wrapped, still whole
        box = app.screen.query_one("#plan-flags")
        assert box.max_scroll_y > 0  # longer than the room left under the table at 60x20
        await pilot.press("tab", "end")
        assert app.focused is box and box.scroll_y == box.max_scroll_y


@pytest.mark.parametrize("lang", ["th", "en"])
def test_plan_scrolled_to_the_end_snapshots(snap_compare, sample: Path, lang: str) -> None:
    """Scrolled right to the review date: the group column is still there."""
    app = make_app(Document.open(sample), Language(lang))
    assert snap_compare(app, press=["p", *["right"] * 8], terminal_size=SIZE)
