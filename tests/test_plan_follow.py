"""Following the plan through: each row's status and dated log, the overdue flags, home's count.

The rules take the day as an argument (tests/conftest.py fixes the screens' day at
2024-09-15, between the Thai sample's review dates)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from textual.widgets import Select

from tests.ui_helpers import type_text
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.follow_up import QUIET_WEEKS, last_entry, overdue, overdue_rows
from tui.core.i18n import tr
from tui.core.model import PlanRow
from tui.core.plan_rules import FlagKind, plan_flags
from tui.core.vocab import Language, PlanStatus
from tui.screens.plan_row import PlanRowDialog

DAY = datetime.date(2024, 9, 15)


def row(**fields: object) -> PlanRow:
    return PlanRow(id="p1", group="G", **fields)  # type: ignore[arg-type]


def test_a_review_date_passed_is_overdue_until_the_row_is_done() -> None:
    assert overdue(row(review_date="2024-09-14"), DAY) == ["review_passed"]
    assert overdue(row(review_date="2024-09-15"), DAY) == []  # on the day itself: not yet
    assert overdue(row(review_date="มี.ค. 68"), DAY) == []  # not a day: nothing to say
    assert overdue(row(review_date="2024-01-01", status=PlanStatus.DONE), DAY) == []
    assert overdue(row(review_date="2024-01-01", status=PlanStatus.STUCK), DAY) == ["review_passed"]


def test_a_log_quiet_for_four_weeks_is_overdue() -> None:
    assert QUIET_WEEKS == 4
    quiet = row(log=["2024-08-01 พบกัน", "2024-08-18 โทรคุย", "ยังไม่ได้นัด"])  # the last day: 28 days ago
    assert last_entry(quiet.log) == datetime.date(2024, 8, 18)
    assert overdue(quiet, DAY) == ["no_recent_entry"]
    assert overdue(row(log=["2024-08-19 โทรคุย"]), DAY) == []  # 27 days
    assert overdue(row(log=["ยังไม่ได้นัด"]), DAY) == []  # no dated entry: nothing to measure from
    assert overdue(row(log=["2024-01-01 x"], status=PlanStatus.DONE), DAY) == []


def test_the_day_is_given_never_read_from_the_clock(sample: Path) -> None:
    workbook = store.load(sample)[0]
    kinds = [flag.kind for flag in plan_flags(workbook)]
    assert FlagKind.REVIEW_PASSED not in kinds and FlagKind.NO_RECENT_ENTRY not in kinds
    # The Thai sample on 2024-09-15: ม.อ. (in progress, review 08-31, last entry 07-10) and
    # the พืชร่วมยาง group (stuck, review 09-30, last entry 08-05) are quiet; ม.อ. and สวนผักคนเมือง
    # (review 07-31) are past their review; the fund's row is done.
    overdue = [(flag.kind, flag.text(Language.EN, workbook).split(":")[0]) for flag in plan_flags(workbook, today=DAY)]
    assert [pair for pair in overdue if pair[0] in (FlagKind.REVIEW_PASSED, FlagKind.NO_RECENT_ENTRY)] == [
        (FlagKind.REVIEW_PASSED, "กลุ่มนักวิชาการ ม.อ."),
        (FlagKind.NO_RECENT_ENTRY, "กลุ่มนักวิชาการ ม.อ."),
        (FlagKind.NO_RECENT_ENTRY, "กลุ่มพืชร่วมยางโดน งาช้าง"),
        (FlagKind.REVIEW_PASSED, "สวนผักคนเมือง"),
    ]
    assert overdue_rows(workbook, DAY) == 3


@pytest.mark.parametrize("lang", [Language.TH, Language.EN])
async def test_home_counts_the_rows_overdue(sample: Path, lang: Language) -> None:
    app = make_app(Document.open(sample), lang)
    async with app.run_test(size=(80, 24)):
        counts = str(app.screen.query_one("#counts").render())
        assert tr(lang, "home.overdue", count=3) in counts


@pytest.mark.usefixtures("quick_autosave")
async def test_a_row_s_status_and_a_log_entry_by_keys(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", *["down"] * 5, "enter")  # the last row: สวนผักคนเมือง, not started
        dialog = app.screen
        assert isinstance(dialog, PlanRowDialog)
        status = dialog.query_one("#field-status", Select)
        status.focus()
        await pilot.pause()
        await pilot.press("enter", "down", "enter")  # ยังไม่เริ่ม → กำลังทำ
        assert status.value == "in_progress", (status.value, app.focused)
        await pilot.press("tab")
        await type_text(pilot, "2024-09-10 นัดชาคริตพาไปพบกลุ่ม")
        await pilot.press("escape", "escape")
        await pilot.pause(0.1)
        edited = app.document.workbook.plan.rows[-1]
        assert (edited.status, edited.log) == (PlanStatus.IN_PROGRESS, ["2024-09-10 นัดชาคริตพาไปพบกลุ่ม"])
        counts = str(app.screen.query_one("#counts").render())
        assert tr(Language.TH, "home.overdue", count=3) in counts  # still past its review date
        await pilot.pause(0.3)
    saved = store.load(sample)[0].plan.rows[-1]
    assert (saved.group, saved.status, saved.log) == (
        "สวนผักคนเมือง",
        PlanStatus.IN_PROGRESS,
        ["2024-09-10 นัดชาคริตพาไปพบกลุ่ม"],
    )
