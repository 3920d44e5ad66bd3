"""Step 7 — the approach to each stakeholder (พิจารณาแนวทางการเข้าหา สร้างความสัมพันธ์).

Like step 3: pick on the left, fill in on the right. The strategy left unset
follows the grid (its suggestion is the field's prompt), so the default costs
no keystroke and an override is one choice away.
"""

from __future__ import annotations

from textual.widgets import Select

from tui.core.analysis.grid import place
from tui.core.i18n import label, tr
from tui.core.model import Stakeholder
from tui.screens.stakeholder_step import StakeholderStep


class ApproachScreen(StakeholderStep):
    NUMBER = 7
    KEPT = True
    FIELDS = ("strategy", "approach_how", "approach_who", "approach_when", "relationship_goal")
    MULTILINE = ("approach_how",)

    def prompt(self, stakeholder: Stakeholder) -> str:
        key_player = "★" if place(stakeholder).key_player else " "
        done = "✓" if stakeholder.approach_how.strip() else " "
        return f"{done}{key_player} {stakeholder.name}"

    def load_current(self) -> None:
        super().load_current()
        stakeholder = self.current
        if stakeholder is None:
            return
        suggested = place(stakeholder).strategy_by_grid
        prompt = (
            tr(self.lang, "approach.suggested", strategy=label(self.lang, suggested))
            if suggested
            else tr(self.lang, "approach.no_suggestion")
        )
        self.query_one("#field-strategy", Select).prompt = prompt
