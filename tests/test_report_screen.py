"""The report screen, pushed directly and driven as a user would (it is not on the home screen yet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tui.app import make_app
from tui.core.analysis.sectors import PAIRS, sector_ties
from tui.core.cells import cell_width
from tui.core.current import current
from tui.core.document import Document
from tui.core.i18n import label, tr
from tui.core.vocab import Language, Sector
from tui.screens.report import ReportScreen
from tui.widgets.keybar import KeyBar

SIZE = (80, 24)


pytestmark = pytest.mark.usefixtures("quick_autosave")


def shown(app) -> str:
    return str(app.screen.query_one("#report-text", Static).render())


async def test_shows_the_text_report_fitted_to_the_screen(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ReportScreen())
        await pilot.pause()
        text = shown(app)
        assert text.startswith("ขยายเครือข่ายผักอินทรีย์ส่งโรงพยาบาล")
        assert "แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน" in text
        assert "หลวม ผ่านชาคริต" in text
        assert max(cell_width(line) for line in text.splitlines()) <= SIZE[0] - 3
        assert "รายงาน" in str(app.screen.query_one("#title", Static).render())
        assert "ปิด" in str(app.screen.query_one(KeyBar).render())  # Esc: close


async def test_r_hides_and_shows_contacts(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ReportScreen())
        await pilot.pause()
        assert "0879998888" in shown(app)
        await pilot.press("r")
        assert "0879998888" not in shown(app) and "[ปิดไว้]" in shown(app)
        assert "[ปิดไว้]" in str(app.screen.query_one("#title", Static).render())
        await pilot.press("r")
        assert "0879998888" in shown(app)


async def test_language_switch_and_a_wider_terminal_lay_it_out_again(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ReportScreen(redact=True))
        await pilot.pause()
        await pilot.press("ctrl+t")
        assert app.lang is Language.EN
        assert "Plan to expand the network across issues in one province" in shown(app)
        assert "[redacted]" in shown(app)
        await pilot.resize_terminal(200, 40)
        await pilot.pause()
        wide = shown(app).splitlines()
        assert any(line.startswith("Group ") and "Current" in line and "Methods" in line for line in wide)
        assert max(cell_width(line) for line in wide) <= 197


async def test_an_undo_redraws_it_and_escape_goes_back(sample: Path) -> None:
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        before = type(app.screen)
        app.push_screen(ReportScreen())
        await pilot.pause()
        document.editor.set_project("title", "ชื่อใหม่ของโครงการ")  # as a step screen would
        await pilot.pause()
        assert shown(app).startswith("ชื่อใหม่ของโครงการ")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert shown(app).startswith("ขยายเครือข่ายผักอินทรีย์ส่งโรงพยาบาล")
        await pilot.press("escape")
        assert type(app.screen) is before


@pytest.mark.parametrize("lang", [Language.TH, Language.EN])
async def test_the_ties_across_the_three_sectors_and_their_gap_are_on_screen(sample: Path, lang: Language) -> None:
    """The report screen (r from home) shows the sector by sector counts of ties, the share across
    sectors with the E-I index, and the pair of sectors with no tie, within 80 x 24."""
    document = Document.open(sample)
    found = sector_ties(current(document.workbook))
    app = make_app(document, lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        lines = shown(app).splitlines()
        assert tr(lang, "report.sectors") in lines
        start = lines.index(tr(lang, "report.sectors"))
        table = lines[start : start + 14]
        for a, b in PAIRS:
            pair = f"{label(lang, a)} – {label(lang, b)}"
            row = next(line for line in table if line.startswith(pair))
            assert row.split()[-2:] == [str(found.ties[(a, b)]), str(found.strong[(a, b)])]
        assert found.ei_index is not None
        assert any(f"{found.ei_index:+.2f}" in line for line in table)
        # the gap: academic and government have no tie between them in the sample (0 in the table)
        assert found.unlinked == ((Sector.ACADEMIC, Sector.GOVERNMENT),)
        head = " ".join(tr(lang, "analysis.gap.unlinked_sectors").split()[:3])  # the label may wrap
        gap = next(number for number, line in enumerate(lines) if line.startswith(head))
        assert f"{label(lang, Sector.ACADEMIC)} – {label(lang, Sector.GOVERNMENT)}" in lines[gap]
        assert max(cell_width(line) for line in lines) <= SIZE[0] - 3


async def test_a_saved_workbook_s_report_is_read_from_its_section_not_worked_out(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample's file holds a current [analysis] section: the screen reads it, as `phakhi
    report` does, and the text is the one the analysis worked out anew gives. After an edit the
    section is not the workbook's any more, and the analysis is worked out."""
    from tui import days
    from tui.core.analysis import analyse
    from tui.core.report import build_report, render_text
    from tui.screens import report as report_screen

    worked_out: list[int] = []

    def counted(workbook):
        worked_out.append(1)
        return analyse(workbook)

    monkeypatch.setattr(report_screen, "analyse", counted)
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ReportScreen())
        await pilot.pause()
        assert worked_out == []
        anew = build_report(document.workbook, analyse(document.now()), today=days.today())
        assert shown(app) == render_text(anew, app.screen.text_width)
        document.editor.update_stakeholder(document.workbook.stakeholders[0].id, "name", "ชื่อใหม่")
        await pilot.pause()
        assert worked_out == [1]
        assert "ชื่อใหม่" in shown(app)
