"""The day the screens and the report follow the plan by: a review date passed, a log gone quiet.

Core's rules take the day as an argument (tui/core/follow_up.py); the screens and
`phakhi report` ask here, so that tests fix the day by replacing :func:`today`.
"""

from __future__ import annotations

import datetime


def today() -> datetime.date:
    return datetime.date.today()
