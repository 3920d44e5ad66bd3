"""The planning table (ใบงาน Network 4) as a spreadsheet, in the seed's column order.

The first row is our own group, as on the worksheet; the current relationship
is written as the table shows it (read off the map, or the user's own), the
new one in the table's words (มีส่วนร่วม). A workshop can print it or keep
working on it in a spreadsheet; it is written beside the Kumu sheets.
"""

from __future__ import annotations

from tui.core.i18n import field_label, label
from tui.core.io.attributes import LIST_SEPARATOR
from tui.core.io.csv_export import to_csv
from tui.core.model import Workbook
from tui.core.plan import Relationships, current_text, target_label

COLUMNS = (
    *("group", "current", "target", "our_benefit", "their_benefit", "methods"),
    *("owner", "review_date", "status", "log", "notes"),
)


def to_plan_csv(workbook: Workbook, lang: str) -> str:
    rows = [[field_label(lang, "plan_row", name) for name in COLUMNS]]
    plan = workbook.plan
    found = workbook.stakeholder(plan.our_stakeholder)
    ours = plan.our_group or (found.name if found is not None else "")
    if ours:
        rows.append([ours] + [""] * (len(COLUMNS) - 1))
    relationships = Relationships(workbook)
    for row in plan.rows:
        closeness, via, _derived = relationships.of(row)
        rows.append(
            [
                row.group,
                current_text(lang, closeness, via),
                target_label(lang, row.target) if row.target else "",
                row.our_benefit,
                row.their_benefit,
                LIST_SEPARATOR.join(row.methods),
                row.owner,
                row.review_date,
                label(lang, row.status) if row.status else "",
                "\n".join(row.log),
                row.notes,
            ]
        )
    return to_csv(rows)
