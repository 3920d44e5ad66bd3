"""The home screen: the project at a glance and the way into every step.

The list is the method's own order (seed 000), then the network tools: the
map, the planning table and the report.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.i18n import tr
from tui.plain import plain
from tui.screens.base import PhakhiScreen
from tui.widgets.steady import update_text

STEPS = tuple(f"step.{n}" for n in range(1, 8))
TOOLS = (("map", "screen.map", "m"), ("plan", "screen.plan", "p"), ("report", "screen.report", "r"))


class HomeScreen(PhakhiScreen):
    BINDINGS = [
        Binding("enter", "open", "key.open", id="home.open"),
        *(Binding(str(n), f"open_step({n})", f"step.{n}", show=False) for n in range(1, 8)),
        *(Binding(letter, f"open_tool('{key}')", key, show=False) for _name, key, letter in TOOLS),
    ]

    def compose(self) -> ComposeResult:
        # Everything is in place before the first frame: updates made on mount
        # would cost a second frame (and its bytes) at start-up.
        lang = self.lang
        yield Static(self._heading(), id="title")
        yield Static(tr(lang, "home.steps"), id="steps-heading", classes="heading")
        yield OptionList(*self._entries(), id="steps")
        yield Static(self._counts(), id="counts")
        yield self.key_bar()

    def _entries(self) -> list[Option | None]:
        lang = self.lang
        return [
            *(Option(f" {n}  {tr(lang, key)}", id=key) for n, key in enumerate(STEPS, start=1)),
            None,
            *(Option(f" {letter}  {tr(lang, key)}", id=key) for _name, key, letter in TOOLS),
        ]

    def _heading(self) -> str:
        title = self.document.workbook.project.title or tr(self.lang, "app.untitled")
        return f"{tr(self.lang, 'app.name')} · {plain(title)}  [dim]{plain(self.document.path.name)}[/]"

    def _counts(self) -> str:
        if self.document.first_look:  # a province's file: its records come after the first frame
            return tr(self.lang, "home.reading")
        workbook = self.document.workbook
        return tr(
            self.lang,
            "home.counts",
            stakeholders=len(workbook.stakeholders),
            ties=len(workbook.ties),
            rows=len(workbook.plan.rows),
        )

    def show_language(self) -> None:
        self.query_one("#steps-heading", Static).update(tr(self.lang, "home.steps"))
        steps = self.query_one("#steps", OptionList)
        highlighted = steps.highlighted
        steps.set_options(self._entries())
        steps.highlighted = highlighted if highlighted is not None else 0
        self.show_workbook()

    def show_workbook(self) -> None:
        update_text(self.query_one("#title", Static), self._heading())
        update_text(self.query_one("#counts", Static), self._counts())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.open_screen(event.option.id or "")

    def action_open(self) -> None:
        steps = self.query_one("#steps", OptionList)
        if steps.highlighted is not None:
            self.open_screen(steps.get_option_at_index(steps.highlighted).id or "")

    def action_open_step(self, number: int) -> None:
        self.query_one("#steps", OptionList).highlighted = number - 1
        self.open_screen(f"step.{number}")

    def action_open_tool(self, key: str) -> None:
        self.open_screen(key)

    def open_screen(self, key: str) -> None:
        """Steps 1-7, then the map (m), the plan (p) and the report (r)."""
        if key.startswith("step."):
            self.phakhi.action_show_step(int(key.removeprefix("step.")))
        else:
            tools = {
                "screen.map": self.phakhi.action_show_map,
                "screen.plan": self.phakhi.action_show_plan,
                "screen.report": self.phakhi.action_show_report,
            }
            tools[key]()
