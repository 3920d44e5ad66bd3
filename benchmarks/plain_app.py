"""The baseline for the byte meter: a plain Textual app doing Phakhi's work.

    uv run python benchmarks/plain_app.py FILE

Stock widgets with their default settings (the Input cursor blinks, the
Footer and Header are Textual's own, no CSS beyond the label width), showing
the same words and data as Phakhi for the same workbook:

- home: a Header, the same 10 entries in an OptionList (the seven steps, the
  map, the plan, the report), the counts line and a Footer;
- 1: a form screen of 8 labelled Inputs holding step 1's fields;
- F3 on the form, or 5 / p on home: a DataTable of every stakeholder in the
  same 12 columns as step 5 (name, 2 scores, 2 marks, 3 groups, 4 bases of
  power) between the same two lines of help and the same to-do line, so it
  has as many rows in view as step 5; 1-5 on a score sets it and moves
  down, as step 5 does;
- F2 on the table goes back to the form, Escape goes home, ctrl+q quits.

It reads the workbook with ``tui.core`` (plain Python, no Textual) so the text
is the same; it never writes the file.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.core import store
from tui.core.analysis.grid import place
from tui.core.i18n import field_label, label, tr
from tui.core.model import Stakeholder, Workbook
from tui.core.vocab import Group, Language, PowerBase
from tui.places import PLACES

FIELDS = ("title", "issue", "objective", "area", "network_kind", "date", "facilitator", "notes")
FLAGS = (*(("groups", g) for g in Group), *(("power_bases", b) for b in PowerBase))


class PlainApp(App[None]):
    CSS = "Label { width: 28; } DataTable { height: 1fr; }"  # the layout of Phakhi's screens, nothing else

    def __init__(self, workbook: Workbook, lang: Language) -> None:
        super().__init__()
        self.workbook = workbook
        self.lang = lang
        self.title = f"{tr(lang, 'app.name')} · {workbook.project.title}"

    def on_mount(self) -> None:
        self.push_screen(HomeScreen())


class HomeScreen(Screen[None]):
    BINDINGS = [
        Binding("1", "form", "1"),
        Binding("5", "table", "5"),
        Binding("p", "table", "p"),
    ]

    def compose(self) -> ComposeResult:
        app = self.app
        assert isinstance(app, PlainApp)
        lang = app.lang
        yield Header()
        yield Static(tr(lang, "home.steps"))
        options: list[Option | None] = [Option(f" {p.key}  {tr(lang, p.title)}") for p in PLACES if p.step]
        options.append(None)
        options += [Option(f" {p.key}  {tr(lang, p.title)}") for p in PLACES if not p.step]
        yield OptionList(*options)
        workbook = app.workbook
        yield Static(
            tr(
                lang,
                "home.counts",
                stakeholders=len(workbook.stakeholders),
                ties=len(workbook.ties),
                rows=len(workbook.plan.rows),
            )
        )
        yield Footer()

    def action_form(self) -> None:
        self.app.push_screen(FormScreen())

    def action_table(self) -> None:
        self.app.push_screen(TableScreen())


class FormScreen(Screen[None]):
    AUTO_FOCUS = "Input"  # the first field, as a form would
    BINDINGS = [
        Binding("f3", "next", "F3"),
        Binding("escape", "app.pop_screen", "Esc"),
    ]

    def compose(self) -> ComposeResult:
        app = self.app
        assert isinstance(app, PlainApp)
        project = app.workbook.project
        yield Header()
        with VerticalScroll():
            for name in FIELDS:
                value = getattr(project, name)
                with Horizontal(classes="row"):
                    yield Label(field_label(app.lang, "project", name))
                    yield Input(label(app.lang, value) if isinstance(value, StrEnum) else str(value or ""))
        yield Footer()

    def action_next(self) -> None:
        self.app.switch_screen(TableScreen())


class TableScreen(Screen[None]):
    BINDINGS = [
        *(Binding(str(n), f"score({n})", str(n), show=False) for n in range(1, 6)),
        Binding("f2", "previous", "F2"),
        Binding("escape", "app.pop_screen", "Esc"),
    ]

    def compose(self) -> ComposeResult:
        app = self.app
        assert isinstance(app, PlainApp)
        yield Header()
        keys = {"scores": "1-5", "toggle": "Space"}
        yield Static(f"{tr(app.lang, 'power.help', **keys)}\n{tr(app.lang, 'power.help_keys', toggle='Space')}")
        yield DataTable()
        yield Static(f"✓ {tr(app.lang, 'steps.complete')}")
        yield Footer()

    def on_mount(self) -> None:
        app = self.app
        assert isinstance(app, PlainApp)
        lang = app.lang
        table = self.query_one(DataTable)
        table.add_column(field_label(lang, "stakeholder", "name"), key="name")
        for name in ("influence", "interest", "key_player", "key_leader"):
            table.add_column(tr(lang, f"power.{name}"), key=name)
        for field, value in FLAGS:
            kind = "group" if field == "groups" else "base"
            table.add_column(tr(lang, f"power.{kind}.{value.value}"), key=f"{field}.{value.value}")
        for stakeholder in app.workbook.stakeholders:
            table.add_row(*cells(stakeholder), key=stakeholder.id)
        table.focus()

    def action_score(self, score: int) -> None:
        table = self.query_one(DataTable)
        if table.cursor_column in (1, 2):
            table.update_cell_at(table.cursor_coordinate, str(score))
            table.action_cursor_down()

    def action_previous(self) -> None:
        self.app.switch_screen(FormScreen())


def cells(stakeholder: Stakeholder) -> list[str]:
    scores = [str(getattr(stakeholder, name) or "·") for name in ("influence", "interest")]
    key_player = place(stakeholder).key_player if stakeholder.key_player is None else stakeholder.key_player
    marks = ["★" if key_player else "·", "♦" if stakeholder.key_leader else "·"]
    flags = ["✓" if value in getattr(stakeholder, field) else "·" for field, value in FLAGS]
    return [stakeholder.name, *scores, *marks, *flags]


def main() -> None:
    path = Path(sys.argv[1])
    workbook, _ = store.load(path)
    app = PlainApp(workbook, workbook.language)
    app.run()


if __name__ == "__main__":
    main()
