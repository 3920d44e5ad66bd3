"""The report screen: the whole analysis as the handout prints it, fitted to the terminal.

It shows the plain-text report of :mod:`tui.core.report` — the same words
and tables as ``phakhi report FILE`` — laid out for the screen's width, in a
scrollable view: plain text costs the fewest bytes over a slow link, and
nothing on it repaints while the user reads. **r** hides or shows contact
details (for a projector in a workshop); Escape goes back.

The analysis is worked out once per change of the workbook; a new width or
language only lays the same analysis out again. When the file holds a current
``[analysis]`` section (the workbook saved since its last edit, and that
section written), the report is read from it as ``phakhi report`` reads it,
and nothing is worked out: no networkx in the session (a workshop's sessions
have their sections worked out by the server's one analysis service).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from tui import days
from tui.core import derived_read
from tui.core.analysis import Analysis, analyse
from tui.core.i18n import tr
from tui.core.report import build_report, render_text
from tui.screens.base import PhakhiScreen

#: Cells the text leaves free: the scroll view's padding (1 each side) and its scroll bar (1).
CHROME = 3


class ReportScreen(PhakhiScreen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.close", id="report.close"),
        Binding("r", "toggle_redact", "report.key.redact", id="report.redact"),
    ]

    DEFAULT_CSS = """
    ReportScreen #report { padding: 0 1; scrollbar-size-vertical: 1; }
    ReportScreen #report-text { width: auto; }
    """

    title_key = "screen.report"
    redact: reactive[bool] = reactive(False, init=False)

    def __init__(self, *, redact: bool = False) -> None:
        super().__init__()
        self.set_reactive(ReportScreen.redact, redact)
        self._analysis: tuple[int, Analysis] | None = None
        self._shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        with VerticalScroll(id="report"):
            yield Static(id="report-text")
        yield self.key_bar()

    def on_mount(self) -> None:
        self.show_report()

    def on_resize(self) -> None:
        self.show_report()

    def show_language(self) -> None:
        self.show_report()

    def show_workbook(self) -> None:
        self.show_report()

    def watch_redact(self) -> None:
        self.show_report()

    def action_toggle_redact(self) -> None:
        self.redact = not self.redact

    @property
    def text_width(self) -> int:
        return max(20, self.size.width - CHROME)

    def analysis(self) -> Analysis:
        """The workbook's analysis, read from the file's current section or worked out again,
        only after an edit."""
        generation = self.document.editor.generation
        if self._analysis is None or self._analysis[0] != generation:
            now = self.document.now()
            kept = derived_read.analysis(now, self.document.saved_analysis())
            self._analysis = (generation, kept if kept is not None else analyse(now))
        return self._analysis[1]

    def show_report(self) -> None:
        workbook = self.document.workbook
        key = (self.document.editor.generation, self.lang, self.redact, self.text_width)
        if key == self._shown:
            return  # nothing changed: send nothing to the terminal
        self._shown = key
        title = workbook.project.title.strip() or tr(self.lang, "app.untitled")
        state = f"  {tr(self.lang, 'report.redacted')}" if self.redact else ""
        self.query_one("#title", Static).update(Text(f"{tr(self.lang, 'screen.report')} · {title}{state}"))
        report = build_report(workbook, self.analysis(), lang=self.lang, redact=self.redact, today=days.today())
        self.query_one("#report-text", Static).update(Text(render_text(report, self.text_width), no_wrap=True))
