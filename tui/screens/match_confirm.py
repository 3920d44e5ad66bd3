"""Names that are likely one stakeholder, for the facilitator to confirm before a merge.

``phakhi merge`` never merges two names that are only likely the same (an
abbreviation, a spelling a letter apart): at a terminal it shows them here,
one pair a row, and the facilitator says yes or no to each (tui/merge_app.py).
What is not answered stays two stakeholders. The same table prints as CSV
with ``--dry-run`` for scripts.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Static

from tui.core.i18n import tr
from tui.core.merge import Likely
from tui.core.vocab import Language
from tui.widgets.keybar import KeyBar

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("merge.why.",)

#: What each pair's answer shows: not yet, the same stakeholder, two stakeholders.
ANSWERS = {None: "merge.confirm.open", True: "merge.confirm.same", False: "merge.confirm.apart"}


class MatchScreen(Screen[list[bool | None] | None]):
    """Dismissed with each pair's answer (True: one stakeholder, False or None: two), or None
    when the facilitator leaves without merging."""

    BINDINGS = [
        Binding("y", "answer(True)", "merge.confirm.key_same", id="match.same"),
        Binding("n", "answer(False)", "merge.confirm.key_apart", id="match.apart"),
        Binding("enter", "merge", "merge.confirm.key_merge", id="match.merge", priority=True),
        Binding("escape", "leave", "key.cancel", id="match.cancel"),
        Binding("ctrl+t", "language", "key.language", id="match.language"),
    ]

    def __init__(self, pairs: list[Likely], lang: Language) -> None:
        super().__init__()
        self.pairs = pairs
        self.lang = lang
        self.answers: list[bool | None] = [None] * len(pairs)

    def compose(self) -> ComposeResult:
        yield Static(id="match-heading")
        yield DataTable(id="match-pairs", cursor_type="row", zebra_stripes=True)
        yield KeyBar(self.lang)

    def on_mount(self) -> None:
        self.show_language()
        self.query_one(DataTable).focus()

    def show_language(self) -> None:
        lang = self.lang
        self.query_one("#match-heading", Static).update(tr(lang, "merge.confirm.heading", count=len(self.pairs)))
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        for key in ("merge.confirm.name", "merge.confirm.same_as", "merge.confirm.why"):
            table.add_column(tr(lang, key))
        answers = [tr(lang, key) for key in (*ANSWERS.values(), "merge.confirm.answer")]
        table.add_column(answers[-1], width=max(map(cell_len, answers)))  # as wide as any answer it will show
        for index, pair in enumerate(self.pairs):
            answer = tr(lang, ANSWERS[self.answers[index]])
            table.add_row(pair.name, pair.same_as, tr(lang, f"merge.why.{pair.why.value}"), answer, key=str(index))
        table.move_cursor(row=row)
        self.query_one(KeyBar).show(lang=lang)

    def action_answer(self, same: bool) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        if not self.pairs:
            return
        self.answers[row] = same
        table.update_cell_at(Coordinate(row, 3), tr(self.lang, ANSWERS[same]))
        table.move_cursor(row=min(row + 1, len(self.pairs) - 1))  # on to the next pair

    def action_merge(self) -> None:
        self.dismiss(self.answers)

    def action_leave(self) -> None:
        self.dismiss(None)

    def action_language(self) -> None:
        self.lang = Language.EN if self.lang is Language.TH else Language.TH
        self.show_language()
