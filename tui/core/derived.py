"""The ``[analysis]`` section: what Phakhi worked out, rewritten on every save.

It lets a reader of the TOML file (or a script, or a diff in review) see the
findings without running the app. Loading ignores it: the entries are the
truth, and everything here is recomputed from them. The fuller analyses
(quadrants, centralities, the network's shape) add their results here.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tui.core.model import Workbook
from tui.core.vocab import Sector, Strength

NOTE = "Worked out by Phakhi from the entries above on every save; edits here are overwritten."


def analysis(workbook: Workbook) -> dict[str, Any]:
    """Counts and tie degrees: the findings that need no graph library."""
    sectors = Counter(s.sector for s in workbook.stakeholders)
    degree: Counter[str] = Counter()
    strong: Counter[str] = Counter()
    for tie in workbook.ties:
        degree.update((tie.a, tie.b))
        if tie.strength is Strength.STRONG:
            strong.update((tie.a, tie.b))
    section: dict[str, Any] = {
        "note": NOTE,
        "stakeholders": len(workbook.stakeholders),
        "ties": len(workbook.ties),
        "plan_rows": len(workbook.plan.rows),
        "by_sector": {sector.value: sectors.get(sector, 0) for sector in Sector},
    }
    if workbook.stakeholders:
        section["degree"] = {s.id: degree.get(s.id, 0) for s in workbook.stakeholders}
        section["strong_ties"] = {s.id: strong.get(s.id, 0) for s in workbook.stakeholders}
    return section
