"""What every step screen shares: the step bar, moving between steps, and the
"what is left to do" line from the core's completeness rules."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from tui import places
from tui.core.cells import cell_width
from tui.core.i18n import tr
from tui.core.steps import StepState, all_steps
from tui.screens.base import PhakhiScreen
from tui.screens.per_change import PerChange
from tui.widgets.steady import update_text
from tui.widgets.step_bar import StepBar

#: The next step first: where room is short (tui/widgets/keybar.py), F2 gives way before F3.
STEP_BINDINGS: list[BindingType] = [
    Binding("f3", "app.next_step", "key.next_step", id="step.next"),
    Binding("f2", "app.previous_step", "key.previous_step", id="step.previous"),
    Binding("ctrl+g", "app.go_step", "key.go_step", id="step.go", show=False),
    Binding("escape", "app.home", "key.home", id="step.home", show=False),
]


#: Asked by every step's screen on opening, on a change of language and after every edit: worked
#: out once per change of the workbook, for all of them.
STEP_STATES = PerChange(all_steps, now=True)


class StepScreen(PhakhiScreen):
    """Base of the seven step screens; subclasses set NUMBER and compose_body()."""

    NUMBER = 0
    BINDINGS = STEP_BINDINGS
    #: The same on every step: on a short key bar they give way to the step's own keys.
    SHARED_KEYS = frozenset(binding.id for binding in STEP_BINDINGS if isinstance(binding, Binding) and binding.id)

    @property
    def title_key(self) -> str:
        return places.step(self.NUMBER).title

    def compose(self) -> ComposeResult:
        yield StepBar()
        yield from self.compose_body()
        yield Static(id="step-todo")
        yield self.key_bar()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.show_language()

    def show_language(self) -> None:
        self.show_progress()

    def show_workbook(self) -> None:
        self.show_progress()

    def _todo_text(self, state: StepState) -> str:
        """What is left, and who for: as many names as fit on the line, then how many more.

        Only the names that could fit are looked up and measured: the step may
        wait for thousands of stakeholders, and the line holds a few.
        """
        items = "; ".join(tr(self.lang, key) for key in state.missing)
        if not state.who:
            return tr(self.lang, "steps.todo", items=items)
        workbook = self.document.workbook
        room = (self.app.size.width or 80) - 2
        names: list[str] = []
        width = -len(", ")
        for stakeholder_id in state.who:
            if width > room:  # the names alone are too wide already: no more can fit
                break
            if (stakeholder := workbook.stakeholder(stakeholder_id)) is not None:
                names.append(stakeholder.name)
                width += len(", ") + cell_width(stakeholder.name)
        total = len(state.who)
        text = ""
        for shown in range(len(names), -1, -1):  # down to no name at all, kept whatever its width
            listed = ", ".join(names[:shown])
            if not shown:
                listed = tr(self.lang, "steps.who_count", count=total)  # not one name fits
            elif shown < total:
                listed = tr(self.lang, "steps.who_more", names=listed, count=total - shown)
            text = tr(self.lang, "steps.todo", items=tr(self.lang, "steps.who", items=items, names=listed))
            if cell_width(text) <= room:
                break
        return text

    #: The terminal's width the to-do line was fitted to (its names fill the line).
    _todo_width = 0

    def on_resize(self) -> None:
        self._fit_todo()

    def catch_up(self) -> None:
        super().catch_up()
        self._fit_todo()  # the terminal resized while the step was out of sight

    def _fit_todo(self) -> None:
        if self.app.size.width != self._todo_width:
            self.show_progress()

    def show_progress(self) -> None:
        self._todo_width = self.app.size.width
        states = STEP_STATES.of(self.document)
        self.query_one(StepBar).show(self.lang, self.NUMBER, states)
        state = states[self.NUMBER - 1]
        missing = state.missing
        todo = self.query_one("#step-todo", Static)
        text = self._todo_text(state) if missing else f"✓ {tr(self.lang, 'steps.complete')}"
        update_text(todo, text)
        todo.set_class(not missing, "-complete")
