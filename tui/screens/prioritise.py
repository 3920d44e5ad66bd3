"""Step 6 — prioritise (จัดกลุ่มความสำคัญ): the influence x interest grid, live from the scores.

Drawn by the core (tui/core/grid_text.py) to fit the screen; it is redrawn
when the scores change (step 5, or an undo), when the terminal is resized
and when the language changes, and only then (tui/screens/per_change.py).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from tui.core.analysis.grid import is_key_player, quadrant_of
from tui.core.cells import cell_width
from tui.core.current import current
from tui.core.grid_text import draw_grid, names_within
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.vocab import Language
from tui.screens.dialog import words
from tui.screens.per_change import PerChange
from tui.screens.pick_stakeholder import StakeholderPicker, picked
from tui.screens.step import StepScreen
from tui.widgets.steady import update_text


def unscored_names(workbook: Workbook) -> tuple[str, ...]:
    """The stakeholders the grid cannot place yet, by name (their cell, not their whole
    placement); who left the network is not waited for."""
    people = current(workbook).stakeholders
    return tuple(s.name for s in people if quadrant_of(s.influence, s.interest) is None)


def grid_text(workbook: Workbook, width: int, height: int, lang: Language) -> str:
    return "\n".join(draw_grid(workbook, width, height, lang))


class PrioritiseScreen(StepScreen):
    NUMBER = 6
    #: Nothing to put back as it is shown again: the grid is redrawn as it catches up.
    KEPT = True
    BINDINGS = [Binding("p", "add_to_plan", "key.add_to_plan", id="grid.plan")]

    def __init__(self) -> None:
        super().__init__()
        self.unscored = PerChange(unscored_names, now=True)
        self.grid = PerChange(grid_text, now=True)

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
        names = self.unscored.of(self.document)
        note = self.query_one("#grid-unscored", Static)
        # The screen less the step bar, the to-do line, the key bar and the note.
        height = max(8, self.size.height - 3 - (2 if names else 0))
        width = max(40, self.size.width - 2)
        if names:  # two lines of them at most, the rest counted
            room = 2 * width - cell_width(tr(self.lang, "grid.unscored", names=""))
            update_text(note, tr(self.lang, "grid.unscored", names=names_within(names, room, self.lang)))
        else:
            update_text(note, "")
        note.display = bool(names)
        update_text(self.query_one("#grid", Static), self.grid.of(self.document, width, height, self.lang))

    def action_add_to_plan(self) -> None:
        """Choose one of the grid's stakeholders, key players first, for the planning table."""
        workbook = self.document.workbook
        planned = {r.stakeholder for r in workbook.plan.rows} | {workbook.plan.our_stakeholder}
        open_ones = [s for s in workbook.stakeholders if s.id not in planned]
        open_ones.sort(key=lambda s: not is_key_player(s))

        def chosen(stakeholder_id: str) -> None:
            if stakeholder_id:
                self.phakhi.add_to_plan(stakeholder_id)

        self.app.push_screen(StakeholderPicker(self.lang, words("plan.add_row_title"), open_ones), picked(chosen))
