"""The day the screens follow the plan by: a review date passed, a log gone quiet.

Core's rules take the day as an argument (tui/core/plan_rules.py); the screens
ask here, when they draw, so that tests fix the day by replacing :func:`today`.
"""

from __future__ import annotations

import datetime


def today() -> datetime.date:
    return datetime.date.today()
