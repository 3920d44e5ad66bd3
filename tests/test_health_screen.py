"""The network health check on screen: scoring by keys as in step 5, the seed's sentence and the
map's hint beside the item, the evidence line, both languages, undo, and the saved file."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.ui_helpers import settle, type_text
from tui import days
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.vocab import Language
from tui.screens.day_dialog import DayDialog
from tui.screens.health import AVERAGE_SETTLES, ChecklistDialog, HealthScreen, HealthTable
from tui.screens.home import HomeScreen
from tui.widgets.one_line import OneLine

SIZE = (80, 24)
TODAY = "2026-03-01"

pytestmark = pytest.mark.usefixtures("quick_autosave")


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(days, "today", lambda: datetime.date.fromisoformat(TODAY))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "workshop.toml"


def a_path_through_one(path: Path) -> Document:
    """s2 - s1 - s3: every path between the others runs through s1, a bottleneck; no academic."""
    document = Document.open(path, Language.TH)
    document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    document.editor.add_stakeholder("นายก ทม.", "government", "individual")
    document.editor.add_stakeholder("สวนผักคนเมือง")
    document.editor.add_tie("s1", "s2")
    document.editor.add_tie("s1", "s3")
    return document


def text(screen: HealthScreen, widget_id: str) -> str:
    return str(screen.query_one(widget_id, Static).render())


async def test_the_seven_components_scored_by_keys_and_read_back(path: Path) -> None:
    app = make_app(a_path_through_one(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        screen = app.screen
        assert isinstance(screen, HealthScreen)
        assert "ยังไม่มีการตรวจ" in text(screen, "#title")
        # On the first component, its own sentence from seed 002.
        assert "การรับรู้ร่วมกันถือเป็นหัวใจของเครือข่าย" in text(screen, "#health-says")
        assert "002:35" in text(screen, "#health-says")
        await pilot.press("3", "4", "2", "5", "3", "4", "4")  # the first starts a review, labelled today
        # The average is drawn again once the scores settle, not on every key (a score key costs
        # no more bytes than step 5's)
        assert text(screen, "#title").endswith("เฉลี่ย –")  # the new review, before its scores
        await settle(pilot)
        review = store.load(path)[0].health[0]
        assert (review.label, review.day) == (TODAY, TODAY)
        assert review.scores == {
            "perception": 3,
            "vision": 4,
            "interests": 2,
            "participation": 5,
            "complementary": 3,
            "interdependence": 4,
            "interaction": 4,
        }
        # 25 / 7 = 3.57 → 3.6, a moment after the last key
        await pilot.pause(AVERAGE_SETTLES + 0.2)
        assert "เฉลี่ย 3.6" in text(screen, "#title")
        # The cursor went past the heading of the four questions to the first of them, with the map's hint.
        assert screen.current_item() == "information"
        await settle(pilot)
        hint = text(screen, "#health-hint")
        assert hint == "คำใบ้จากผัง (ไม่ใช่คะแนน): จุดติดขัดของข้อมูลในผัง: กลุ่มเกษตรอินทรีย์"
        # The evidence: Enter, type, Enter back to the table (one undo step for the whole note).
        await pilot.press("up", "enter")
        await type_text(pilot, "ประชุมทุกเดือน")
        await pilot.press("enter")
        await settle(pilot)
        assert store.load(path)[0].health[0].notes == {"interaction": "ประชุมทุกเดือน"}
        assert screen.query_one(HealthTable).has_focus
        # In English, away and back: the scores are read back from the workbook.
        await pilot.press("ctrl+t")
        assert "average 3.6" in text(screen, "#title")
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("h")
        back = app.screen
        assert isinstance(back, HealthScreen)
        table = back.query_one(HealthTable)
        scores = [str(table.get_row(item)[0]).strip() for item in table.row_keys[1:8]]
        assert scores == ["3", "4", "2", "5", "3", "4", "4"]
        assert "Common perception" in str(table.get_row("perception")[2])
        await settle(pilot)
        assert back.query_one("#health-hint", Static).render() is not None
        await pilot.press(*["down"] * 8)
        assert back.current_item() == "diverse_views"
        await settle(pilot)
        assert text(back, "#health-hint") == "Hint from the map (not a score): Sectors with no stakeholder: Academic"
        # Undo takes back the note, then the last score, one at a time.
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert store.load(path)[0].health[0].notes == {}
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert "interaction" not in store.load(path)[0].health[0].scores
        assert str(table.get_row("interaction")[0]).strip() == "·"


async def test_a_second_review_and_its_checklists(path: Path) -> None:
    document = a_path_through_one(path)
    first = document.editor.add_review("March", "2026-02-01", ["components", "diagnosis"])
    document.editor.score_item(first, "perception", 2)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h", "n")
        screen = app.screen
        assert isinstance(screen, HealthScreen)
        assert f"{TODAY} · 2/2" in text(screen, "#title")
        await pilot.press("4")
        table = screen.query_one(HealthTable)
        assert str(table.get_row("perception")[1]).strip() == "2"  # the score before
        await pilot.press("c")
        assert isinstance(app.screen, ChecklistDialog)
        await pilot.press("down", "down", "space", "enter")  # tick the third: keeping the network
        await settle(pilot)
        assert app.screen is screen
        assert store.load(path)[0].health[1].checklists == ["components", "diagnosis", "keeping"]
        assert "list:keeping" in table.row_keys and "new_leaders" in table.row_keys
        await pilot.press("left_square_bracket")
        assert "March (2026-02-01) · 1/2" in text(screen, "#title")


async def test_d_sets_the_review_day_and_its_label_follows(path: Path) -> None:
    document = a_path_through_one(path)
    document.editor.add_review("2026-02-01", "2026-02-01", ["components"])
    document.editor.add_review("เวทีครั้งที่ 1", "2026-02-02", ["components"])
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h", "d")
        dialog = app.screen
        assert isinstance(dialog, DayDialog)
        assert dialog.query_one("#day", OneLine).value == "2026-02-02"  # the review's, not today
        await pilot.press(*["backspace"] * 10)
        await type_text(pilot, "2026-01-31")
        await pilot.press("enter")
        await settle(pilot)
        first, second = store.load(path)[0].health
        assert (second.label, second.day) == ("เวทีครั้งที่ 1", "2026-01-31")  # a name of its own stays
        await pilot.press("left_square_bracket", "d", *["backspace"] * 10)
        await type_text(pilot, "2026-01-30")
        await pilot.press("enter")
        await settle(pilot)
        first = store.load(path)[0].health[0]
        assert (first.label, first.day) == ("2026-01-30", "2026-01-30")  # a label that was the day follows it
        await pilot.press("ctrl+z")
        await settle(pilot)
        first = store.load(path)[0].health[0]
        assert (first.label, first.day) == ("2026-02-01", "2026-02-01")  # one undo step for both


def test_health_screen_snapshot(snap_compare, sample: Path) -> None:
    """The Thai sample's latest review at 80x24: both checklists, the scores before, the first item's sentence."""
    assert snap_compare(make_app(Document.open(sample)), press=["h"], terminal_size=SIZE)


async def test_a_network_too_big_for_the_hint_says_so(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the map's findings would take seconds (a province's network), the hint says where they are
    rather than "no bottleneck"."""
    from tui.core import analysis_child

    monkeypatch.setattr(analysis_child, "IN_A_CHILD_FROM", 3)  # five stakeholders and ties: "big"
    app = make_app(a_path_through_one(path), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h", *["down"] * 7)
        screen = app.screen
        assert isinstance(screen, HealthScreen) and screen.current_item() == "information"
        await settle(pilot)
        assert text(screen, "#health-hint") == (
            "Hint from the map: the network is too big to work it out here; the report (r) has its bottlenecks and gaps"
        )


async def test_the_leaders_trust_has_the_ties_trust_beside_it(sample: Path) -> None:
    """The Thai sample scores trust 4 and 5 on two ties: 4.5 of 5, a hint from the ties."""
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        screen = app.screen
        assert isinstance(screen, HealthScreen)
        assert (
            screen._hint("trust")
            == "Hint from the ties (not a score): Trust on the ties (step 4): 4.5 of 5 on average, 2 ties scored"
        )


async def test_a_run_of_scores_sends_no_sentence_and_an_arrow_brings_it_back(sample: Path) -> None:
    """A score key moves on to the next item without its sentence from the seeds and its
    evidence (lines of Thai sent again on every key over a slow link); an arrow shows them
    again, and Enter opens that item's own evidence. The cursor is a cell on the score column,
    as in step 5."""
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        screen = app.screen
        assert isinstance(screen, HealthScreen)
        table = screen.query_one(HealthTable)
        assert table.cursor_type == "cell" and table.cursor_coordinate.column == 0
        assert "002:35" in text(screen, "#health-says")  # the first component's sentence
        await pilot.press("3", "3")  # two items scored: on the third, "interests"
        await settle(pilot)
        assert screen.current_item() == "interests"
        assert text(screen, "#health-says").strip() == ""
        assert screen.query_one("#health-note", OneLine).value == ""
        await pilot.press("down", "up")  # the arrows: the item's sentence and its evidence
        await settle(pilot)
        assert screen.current_item() == "interests"
        assert "002:" in text(screen, "#health-says")
        await pilot.press("down", "3")  # participation scored: on complementary, no sentence
        await settle(pilot)
        assert text(screen, "#health-says").strip() == ""
        await pilot.press("up", "enter")  # participation's own evidence, to edit
        await settle(pilot)
        note = screen.query_one("#health-note", OneLine)
        assert note.has_focus and note.value == "แบ่งเวรกันนำประชุม ทุกคนได้พูด"
        assert "002:" in text(screen, "#health-says")
        await pilot.press("escape", "down", "down", "down", "3")  # interaction scored: on to "information"
        await settle(pilot)
        assert screen.current_item() == "information"
        assert screen.query_one("#health-note", OneLine).value == ""
        assert text(screen, "#health-hint").startswith("คำใบ้จากผัง")  # the hint stays beside the score
        await pilot.press("enter")  # straight after a score: that item's own evidence
        await settle(pilot)
        assert note.has_focus and note.value == "ตั้งกลุ่มไลน์แล้ว แต่ยังมีสมาชิกที่ไม่ได้ใช้"


async def test_a_saved_workbook_s_hints_are_read_from_its_section_not_worked_out(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 25: the sample's file holds a current [analysis] section; the map's hints are read
    from it (the same as worked out anew), and nothing reads the network. After an edit the
    section is not the workbook's any more, and the hints are worked out."""
    from tui.core import health
    from tui.core.analysis import network

    read: list[int] = []
    real = network.read_network_of

    def counted(workbook, graph):
        read.append(1)
        return real(workbook, graph)

    monkeypatch.setattr(network, "read_network_of", counted)
    document = Document.open(sample)
    expected = health.map_findings(document.workbook)
    read.clear()
    app = make_app(document, Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HealthScreen) and screen.findings == expected and read == []
        await pilot.press("escape")
        document.editor.update_stakeholder(document.workbook.stakeholders[0].id, "name", "ชื่อใหม่")
        await pilot.press("h")
        await settle(pilot)
        assert app.screen.findings == expected and read  # worked out (and by the save, too)
