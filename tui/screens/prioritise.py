"""Step 6 — prioritise (จัดกลุ่มความสำคัญ): the influence x interest grid, live from the scores.

Drawn by the core (tui/core/grid_text.py) to fit the screen; it is redrawn
when the scores change (step 5, or an undo) and when the terminal is resized.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from tui.core.analysis.grid import place, prioritise
from tui.core.grid_text import draw_grid
from tui.core.i18n import tr
from tui.screens.dialog import words
from tui.screens.pick_stakeholder import StakeholderPicker
from tui.screens.step import StepScreen


class PrioritiseScreen(StepScreen):
    NUMBER = 6
    BINDINGS = [Binding("p", "add_to_plan", "key.add_to_plan", id="grid.plan")]

    def compose_body(self) -> ComposeResult:
        yield Static(id="grid")
        yield Static(id="grid-unscored", classes="hint")

    def on_resize(self) -> None:
        self.draw()

    def show_language(self) -> None:
        super().show_language()
        self.draw()

    def show_workbook(self) -> None:
        super().show_workbook()
        self.draw()

    def draw(self) -> None:
        workbook = self.document.workbook
        unscored = [workbook.stakeholder(i) for i in prioritise(workbook).unscored]
        names = ", ".join(s.name for s in unscored if s is not None)
        note = self.query_one("#grid-unscored", Static)
        note.update(tr(self.lang, "grid.unscored", names=names) if names else "")
        note.display = bool(names)
        grid = self.query_one("#grid", Static)
        # The screen less the step bar, the to-do line, the key bar and the note.
        height = max(8, self.size.height - 3 - (2 if names else 0))
        grid.update("\n".join(draw_grid(workbook, max(40, self.size.width - 2), height, self.lang)))

    def action_add_to_plan(self) -> None:
        """Choose one of the grid's stakeholders, key players first, for the planning table."""
        workbook = self.document.workbook
        planned = {r.stakeholder for r in workbook.plan.rows} | {workbook.plan.our_stakeholder}
        open_ones = [s for s in workbook.stakeholders if s.id not in planned]
        open_ones.sort(key=lambda s: not place(s).key_player)

        def chosen(stakeholder_id: str | None) -> None:
            if stakeholder_id:
                self.phakhi.add_to_plan(stakeholder_id)

        self.app.push_screen(StakeholderPicker(self.lang, words("plan.add_row_title"), open_ones), chosen)
