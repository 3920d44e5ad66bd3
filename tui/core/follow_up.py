"""Following the plan through: which rows are overdue on a given day.

Seed 000 ends the method with ดำเนินการ และประเมินผล (act, then follow up and
evaluate) and seed 001 with ติดตาม ลงเยี่ยม (follow up, visit): each plan row
has a status and a log of dated entries (``2026-03-01 พบนายก``). A row not
done is overdue when its review date has passed, or when its log, which has
dated entries, has had none for :data:`QUIET_WEEKS` weeks. The day is given,
never read from the clock, so the screens, the report and the tests say the
same thing for the same day. Small and apart from the planning rules, so that
the home screen counts the overdue rows without loading the analyses.
"""

from __future__ import annotations

import datetime

from tui.core.model import PlanRow, Workbook
from tui.core.schema import is_iso_date
from tui.core.vocab import PlanStatus

#: A row still under way with no dated entry in its follow-up log for this many weeks is overdue.
QUIET_WEEKS = 4
#: Why a row is overdue (the planning rules' flag kinds of the same names).
REVIEW_PASSED = "review_passed"
NO_RECENT_ENTRY = "no_recent_entry"


def last_entry(log: list[str]) -> datetime.date | None:
    """The latest day among the log's entries that start with one (``2026-03-01 …``)."""
    days = [datetime.date.fromisoformat(entry[:10]) for entry in log if is_iso_date(entry[:10])]
    return max(days, default=None)


def overdue(row: PlanRow, today: datetime.date) -> list[str]:
    """Why ``row`` is overdue on ``today`` (:data:`REVIEW_PASSED`, :data:`NO_RECENT_ENTRY`); empty if not."""
    if row.status is PlanStatus.DONE:
        return []
    found = []
    review = row.review_date.strip()
    if is_iso_date(review) and datetime.date.fromisoformat(review) < today:
        found.append(REVIEW_PASSED)
    latest = last_entry(row.log)
    if latest is not None and (today - latest).days >= 7 * QUIET_WEEKS:
        found.append(NO_RECENT_ENTRY)
    return found


def overdue_rows(workbook: Workbook, today: datetime.date) -> int:
    """How many rows of the plan are overdue (home says so)."""
    return sum(bool(overdue(row, today)) for row in workbook.plan.rows)
