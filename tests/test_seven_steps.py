"""A whole analysis by keystrokes alone, in Thai, from an empty workbook to the saved file."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static, TextArea

from tests.ui_helpers import type_text
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.steps import all_steps
from tui.core.vocab import Group, Kind, Language, NetworkKind, Relation, Sector, Strength

SIZE = (80, 24)


pytestmark = pytest.mark.usefixtures("quick_autosave")


async def enter(pilot, text: str) -> None:
    await type_text(pilot, text)
    await pilot.press("enter")


async def test_all_seven_steps_by_keys_in_thai(tmp_path: Path) -> None:
    path = tmp_path / "ผักอินทรีย์.toml"
    app = make_app(Document.open(path, Language.TH))
    async with app.run_test(size=SIZE) as pilot:
        # Step 1: the objective.
        await pilot.press("1")
        for text in ("ผักอินทรีย์ส่งโรงพยาบาล", "อาหารปลอดภัย", "หาภาคี\nส่งผักให้ผู้ป่วย", "เทศบาลเมือง"):
            await type_text(pilot, text)
            await pilot.press("tab")
        await pilot.press("enter", "down", "enter", "tab")  # kind of network: area
        for text in ("1 มี.ค. 2567", "ทีมวิทยากร ม.อ.", "ตัวอย่างจากใบงาน"):
            await type_text(pilot, text)
            await pilot.press("tab")

        # Step 2: names by sector, quick entry.
        await pilot.press("f3")
        await enter(pilot, "กลุ่มเกษตรอินทรีย์")
        await enter(pilot, "ชาคริต")
        await pilot.press("tab", "end", "k", "k", "tab")  # ชาคริต is a person
        await enter(pilot, "กลุ่มนักวิชาการ ม.อ.")
        await pilot.press("tab", "tab")
        await enter(pilot, "นายก ทม.")

        # Step 3: the worksheet for each stakeholder.
        await pilot.press("f3")
        for down, contact, influence_how in (
            (0, "คุณสมพร ประธานกลุ่ม", "เป็นเจ้าของโครงการ"),
            (1, "ชาคริต เอง", "เชื่อมกับสวนผักคนเมือง"),
            (1, "อาจารย์ผู้ประสานงาน", "ให้ความรู้เรื่องจุลินทรีย์"),
            (1, "ป้อม เลข 0879998888", "กำหนดนโยบายเกษตรอินทรีย์"),
        ):
            await pilot.press(*["down"] * down, "tab")
            await type_text(pilot, contact)
            await pilot.press("tab")
            await type_text(pilot, influence_how)
            await pilot.press("shift+tab", "shift+tab")  # back to the list

        # Step 4: ties from our group.
        await pilot.press("f3")
        await pilot.press("ctrl+n")
        await enter(pilot, "ชาคริต")
        await pilot.press("tab", "enter", "up", "enter")  # strong
        await pilot.press("tab", "enter", "down", "enter")  # collaborate
        await pilot.press("ctrl+n")
        await enter(pilot, "นายก")
        await pilot.press("ctrl+n")
        await enter(pilot, "ม.อ.")

        # Step 5: scores, then a group.
        await pilot.press("f3")
        await pilot.press("2", "1", "2", "5")  # influence, row by row
        await pilot.press("up", "up", "up", "up", "right")
        await pilot.press("5", "4", "4", "3")  # interest
        await pilot.press("right", "right", "right", "space")  # still on the last row: นายก ทม. influences us

        # Step 6: the grid, live from the scores.
        await pilot.press("f3")
        grid = str(app.screen.query_one("#grid", Static).render())
        assert "★ กลุ่มเกษตรอินทรีย์" in grid and "★ ชาคริต" in grid and "นายก ทม." in grid

        # Step 7: an approach for each key player.
        await pilot.press("f3")
        for down, how in ((0, "ประชุมกลุ่มทุกเดือน"), (1, "ชวนมาเป็นพี่เลี้ยง"), (1, "เชิญเป็นวิทยากร")):
            await pilot.press(*["down"] * down, "tab", "tab")
            await type_text(pilot, how)
            await pilot.press("shift+tab", "shift+tab")
        await pilot.pause(0.1)
        bar = str(app.screen.query_one("StepBar", Static).render())
        assert bar.startswith(" 1✓ 2✓ 3✓ 4✓ 5✓ 6✓ 7✓"), bar
        for widget in app.screen.query(Input):
            assert not widget.cursor_blink
        for widget in app.screen.query(TextArea):
            assert not widget.cursor_blink
        await pilot.press("ctrl+q")

    workbook, _ = store.load(path)
    project = workbook.project
    assert (project.title, project.issue, project.objective, project.area) == (
        "ผักอินทรีย์ส่งโรงพยาบาล",
        "อาหารปลอดภัย",
        "หาภาคี\nส่งผักให้ผู้ป่วย",
        "เทศบาลเมือง",
    )
    assert project.network_kind is NetworkKind.AREA
    assert (project.date, project.facilitator, project.notes) == ("1 มี.ค. 2567", "ทีมวิทยากร ม.อ.", "ตัวอย่างจากใบงาน")
    assert [(s.name, s.sector, s.kind) for s in workbook.stakeholders] == [
        ("กลุ่มเกษตรอินทรีย์", Sector.PEOPLE, Kind.NODE),
        ("ชาคริต", Sector.PEOPLE, Kind.INDIVIDUAL),
        ("กลุ่มนักวิชาการ ม.อ.", Sector.ACADEMIC, Kind.NODE),
        ("นายก ทม.", Sector.GOVERNMENT, Kind.NODE),
    ]
    assert [s.contact for s in workbook.stakeholders] == [
        "คุณสมพร ประธานกลุ่ม",
        "ชาคริต เอง",
        "อาจารย์ผู้ประสานงาน",
        "ป้อม เลข 0879998888",
    ]
    assert workbook.stakeholders[3].influence_how == "กำหนดนโยบายเกษตรอินทรีย์"
    assert [(t.a, t.b, t.strength, t.relation) for t in workbook.ties] == [
        ("s1", "s2", Strength.STRONG, Relation.COLLABORATE),
        ("s1", "s4", Strength.WEAK, None),
        ("s1", "s3", Strength.WEAK, None),
    ]
    assert [(s.influence, s.interest) for s in workbook.stakeholders] == [(2, 5), (1, 4), (2, 4), (5, 3)]
    assert workbook.stakeholders[3].groups == [Group.INFLUENCES]
    assert [s.approach_how for s in workbook.stakeholders] == [
        "ประชุมกลุ่มทุกเดือน",
        "ชวนมาเป็นพี่เลี้ยง",
        "เชิญเป็นวิทยากร",
        "",
    ]
    assert all(state.complete for state in all_steps(workbook))
