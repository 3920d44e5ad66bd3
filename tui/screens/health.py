"""The network health check (ตรวจสุขภาพเครือข่าย): score a review's items 1-5, with the evidence.

One table, one row per item of the review's checklists (the seven components
and the four diagnosis questions to start with), scored as step 5 scores: 1-5
sets the score and moves down to the next item, Delete clears it. Enter goes to
the evidence line under the table (what the score rests on), Enter there comes
back. Under the table, the focused item's own sentence from the seeds with its
line, and beside the items the map and the ties can inform (does news reach
everyone; diverse views; the core leaders' trust) what they find, labelled as
a hint: never a score.

A run of scores is as cheap on the wire as step 5's. The cursor is a cell on
the score column, as in step 5 (a row cursor sends both rows again, Thai
words and all, on every move), and the item a score key moves on to shows
its hint but neither its sentence from the seeds (two or three lines of Thai,
300 to 800 bytes to send again on every key over a slow link) nor its
evidence: both come back as soon as the cursor is moved by an arrow key, and
the evidence when Enter opens it. The facilitator reads an item's sentence,
then scores a run of items the group agrees on. For the same reason the
review's average in the title is drawn again once the scores settle
(:data:`AVERAGE_SETTLES` after the last one), not on every key: its digit
cost a score key a quarter more than step 5's.

The latest review is shown; ``n`` starts a new one (today, its label the day),
``[`` and ``]`` go to the one before and after, ``d`` sets its day, ``c``
chooses the checklists.
A score given with no review yet starts one. Each score, note and review is one
undo step (ctrl+z), as every edit in Phakhi.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.coordinate import Coordinate
from textual.timer import Timer
from textual.widgets import Input, SelectionList, Static
from textual.widgets.selection_list import Selection
from textual.worker import Worker, WorkerState

from tui import days
from tui.core import health
from tui.core.cells import fit
from tui.core.i18n import label, tr
from tui.core.model import Review
from tui.core.vocab import Language
from tui.keep_snapshot import free_label
from tui.key_names import key_name, key_range
from tui.screens import day_dialog
from tui.screens.base import PhakhiScreen
from tui.screens.dialog import PhakhiDialog, words
from tui.screens.score_keys import SCORE_KEYS
from tui.timers import after
from tui.widgets.long_table import Column, LongTable
from tui.widgets.one_line import OneLine

#: A checklist's heading row in the table: its key starts with this (an item's is its id).
HEADING = "list:"
SCORE_WIDTH = 5
TREND_WIDTH = 9
ITEM_WIDTH = 40
#: Seconds after the last score or note before the title's average is drawn again.
AVERAGE_SETTLES = 1.0
#: Cells of the table beside its columns: a cell's padding each side, and the scroll bar.
TABLE_CHROME = 2 * 4 + 2
#: The table's keys that scroll it sideways (Textual's, as DataTable has them).
SIDEWAYS = frozenset({"cursor_left", "cursor_right", "scroll_home", "scroll_end"})
CLEAR = Binding("delete", "screen.score(0)", "key.clear_score", id="health.clear")
NOTE = Binding("enter", "screen.note", "health.key.note", id="health.note")


class HealthTable(LongTable):
    """Up and down go from item to item, over the checklists' headings."""

    BINDINGS = [*SCORE_KEYS, CLEAR, NOTE]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No sideways keys when the columns fit the screen (they are fitted to it)."""
        if action in SIDEWAYS and self.max_scroll_x == 0:
            return False
        return super().check_action(action, parameters)

    def on_heading(self) -> bool:
        row = self.cursor_coordinate.row
        return 0 <= row < self.row_count and self.row_keys[row].startswith(HEADING)

    def action_cursor_down(self) -> None:
        super().action_cursor_down()
        if self.on_heading():
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        super().action_cursor_up()
        if self.on_heading():
            if self.cursor_coordinate.row == 0:
                super().action_cursor_down()
            else:
                super().action_cursor_up()


class HealthScreen(PhakhiScreen):
    title_key = "screen.health"

    BINDINGS = [
        Binding("n", "new_review", "health.key.new", id="health.new"),
        Binding("left_square_bracket", "review(-1)", "health.key.earlier", id="health.earlier"),
        Binding("right_square_bracket", "review(1)", "health.key.later", id="health.later"),
        Binding("c", "checklists", "health.key.checklists", id="health.checklists"),
        Binding("d", "day", "health.key.day", id="health.day"),
        Binding("escape", "back", "key.home", id="health.home"),
    ]

    def __init__(self) -> None:
        super().__init__()
        #: The review shown, by its place in the workbook's list; -1: the latest.
        self.shown = -1
        #: What the map finds: the information bottlenecks' ids and the sectors with no stakeholder.
        self.findings: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        #: The network is too big to work its findings out here (see _find).
        self.too_big = False
        #: Draws the title's average again once the scores settle (see edit()).
        self._average_timer: Timer | None = None
        #: A score key moved the cursor on: the item it came to is shown without its sentence.
        self.scoring = False

    def compose(self) -> ComposeResult:
        yield Static(id="title")
        yield Static(id="health-help", classes="hint")
        yield HealthTable(id="health-table", zebra_stripes=True)
        yield Static(id="health-says")
        yield Static(id="health-hint")
        with Horizontal(id="health-note-row"):
            yield Static(id="health-note-label")
            yield OneLine(id="health-note")
        yield self.key_bar()

    def on_mount(self) -> None:
        self.query_one(HealthTable).focus()
        self.show_language()
        self.to_first_item()
        self.run_worker(self._find, thread=True, name="health-findings", exit_on_error=False)

    def _find(self) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        from tui.core.analysis_child import IN_A_CHILD_FROM

        workbook = self.document.workbook
        if len(workbook.stakeholders) + len(workbook.ties) >= IN_A_CHILD_FROM:
            return None  # seconds of work on a province's network: the report has the findings
        # The file's section when it is current: nothing worked out, networkx not loaded.
        return health.map_findings(workbook, self.document.saved_analysis())

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker.name == "health-findings" and event.state is WorkerState.SUCCESS:
            self.findings = event.worker.result
            self.too_big = self.findings is None
            self.show_item()

    # -- what is shown --

    def review(self) -> Review | None:
        reviews = self.document.workbook.health
        if not reviews:
            return None
        return reviews[self.shown] if -len(reviews) <= self.shown < len(reviews) else reviews[-1]

    def show_language(self) -> None:
        keys = {"scores": key_range(SCORE_KEYS[0], SCORE_KEYS[-1]), "clear": key_name(CLEAR), "note": key_name(NOTE)}
        self.query_one("#health-help", Static).update(tr(self.lang, "health.help", **keys))
        self.query_one("#health-note-label", Static).update(tr(self.lang, "health.note_label"))
        self.fill()

    def show_workbook(self) -> None:
        if not self.typing:  # a score or a note redraws its own row (see edit())
            self.fill()

    def fill(self) -> None:
        review = self.review()
        self._show_title()
        lang = self.lang
        item_width, note_width = self.widths()
        labels = [
            (tr(lang, "health.column.score"), SCORE_WIDTH),
            (tr(lang, "health.column.trend"), TREND_WIDTH),
            (tr(lang, "health.column.item"), item_width),
            (tr(lang, "health.column.note"), note_width),
        ]
        columns = [
            Column(key, Text(fit(text, width)), width)
            for key, (text, width) in zip(("score", "trend", "item", "note"), labels, strict=True)
        ]
        checklists = review.checklists if review else list(health.DEFAULT_CHECKLISTS)
        rows: list[str] = []
        for checklist in checklists:
            rows.append(HEADING + checklist)
            rows += [item.id for item in health.items_of([checklist])]
        table = self.query_one(HealthTable)
        cursor = table.cursor_coordinate
        kept = table.row_keys[cursor.row] if 0 <= cursor.row < table.row_count else None
        table.show(columns, rows, self.row_cells)
        if kept is not None and kept in table.row_keys:
            table.cursor_coordinate = Coordinate(table.get_row_index(kept), 0)
        self.show_item()
        self.refresh_bindings()

    def widths(self) -> tuple[int, int]:
        """The item's and the evidence's columns: the screen's width shared, the item first."""
        room = max(20, (self.app.size.width or 80) - TABLE_CHROME - SCORE_WIDTH - TREND_WIDTH)
        item = min(ITEM_WIDTH, max(10, room * 2 // 3))
        return item, max(4, room - item)

    def on_resize(self) -> None:
        self.fill()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """An earlier or a later review only when there is one; a day only for a review."""
        if action == "day":
            return self.review() is not None
        if action == "review" and parameters:
            reviews = self.document.workbook.health
            review = self.review()
            if review is None:
                return False
            place = reviews.index(review) + int(str(parameters[0]))
            return 0 <= place < len(reviews)
        return True

    def _title(self, review: Review | None) -> str:
        name = tr(self.lang, "screen.health")
        if review is None:
            return f"{name} · {tr(self.lang, 'health.no_review')}"
        reviews = self.document.workbook.health
        number = reviews.index(review) + 1
        mean = health.shown_average(health.average(review))
        named = review.label if review.label == review.day else f"{review.label} ({review.day})"
        return f"{name} · {named} · {number}/{len(reviews)} · {tr(self.lang, 'health.mean', mean=mean)}"

    def row_cells(self, row_key: str) -> list[str | Text]:
        if row_key.startswith(HEADING):
            heading = health.checklist_name(self.lang, row_key[len(HEADING) :])
            return ["", "", Text(fit(heading, self.widths()[0]), style="bold"), ""]
        review = self.review()
        score = review.scores.get(row_key) if review else None
        reviews = self.document.workbook.health
        upto = reviews[: reviews.index(review) + 1] if review else []
        earlier = health.trend_text(health.trend(upto[-3:-1], row_key)) if len(upto) > 1 else ""
        note = " ".join(review.notes.get(row_key, "").split()) if review else ""
        item_width, note_width = self.widths()
        return [
            ("·" if score is None else str(score)).center(SCORE_WIDTH),
            fit(earlier, TREND_WIDTH),
            fit(health.item_text(self.lang, row_key), item_width),
            fit(note, note_width),
        ]

    def current_item(self) -> str | None:
        table = self.query_one(HealthTable)
        if not 0 <= table.cursor_coordinate.row < table.row_count:
            return None
        key = table.row_keys[table.cursor_coordinate.row]
        return None if key.startswith(HEADING) else key

    def on_long_table_cell_highlighted(self, event: LongTable.CellHighlighted) -> None:
        if event.coordinate.row != self.query_one(HealthTable).cursor_coordinate.row:
            return  # passed over on the way (a checklist's heading)
        self.show_item(sentence=not self.scoring)
        self.scoring = False

    def show_item(self, sentence: bool = True) -> None:
        """The focused item's sentence from the seeds (unless a score key moved on to it), the
        hint beside it, its evidence."""
        item_id = self.current_item()
        says = self.query_one("#health-says", Static)
        hint = self.query_one("#health-hint", Static)
        if item_id is None:
            says.update("")
            hint.update("")
            self._show_note("")
            return
        hint.update(Text(self._hint(item_id)))
        if not sentence:  # as many blank lines as the sentence took: the table keeps its height
            says.update(Text("\n" * (max(1, says.size.height) - 1)))
            self._show_note("")
            return
        said, seed = health.says(self.lang, item_id)
        says.update(Text(f"“{said}” ({tr(self.lang, 'health.seed', line=seed)})"))
        self._show_note(self._note(item_id))

    def _note(self, item_id: str) -> str:
        review = self.review()
        return review.notes.get(item_id, "") if review else ""

    def _hint(self, item_id: str) -> str:
        if item_id not in health.HINTED:
            return ""
        if item_id == "trust":  # from the ties' own scores: nothing to wait for
            return tr(self.lang, "health.hint.from_ties", hint=health.trust_hint(self.lang, self.document.workbook))
        if self.too_big:
            return tr(self.lang, "health.hint.too_big")
        if self.findings is None:
            return tr(self.lang, "health.hint.waiting")
        workbook = self.document.workbook
        bottlenecks, missing = self.findings
        names = [s.name for i in bottlenecks if (s := workbook.stakeholder(i)) is not None]
        sectors = [label(self.lang, sector) for sector in health.sectors(missing)]
        return tr(self.lang, "health.hint", hint=health.hints(self.lang, names, sectors)[item_id])

    def _show_note(self, note: str) -> None:
        field = self.query_one("#health-note", OneLine)
        if field.value != note and not field.has_focus:
            field.show(note)

    def to_first_item(self) -> None:
        table = self.query_one(HealthTable)
        if table.row_count > 1:
            table.cursor_coordinate = Coordinate(1, 0)

    def next_item(self, scored: bool = False) -> None:
        """The cursor down to the next item; ``scored``: by a score key (see the module's docstring)."""
        table = self.query_one(HealthTable)
        row = table.cursor_coordinate.row
        self.scoring = scored
        table.action_cursor_down()
        if table.cursor_coordinate.row == row:  # the last item: the cursor stays, nothing is shown anew
            self.scoring = False

    # -- keys --

    def _review_to_edit(self) -> Review | None:
        """The review shown; a new one when there is none yet."""
        review = self.review()
        if review is not None:
            return review
        self.action_new_review()
        return self.review()

    def _target(self) -> tuple[Review, str] | None:
        """The review to edit (a new one when there is none yet) and the item the cursor is on."""
        item_id = self.current_item()
        review = self._review_to_edit() if item_id is not None else None
        return None if review is None or item_id is None else (review, item_id)

    def action_score(self, score: int) -> None:
        target = self._target()
        if target is None:
            return
        review, item_id = target
        self.edit(lambda: self.document.editor.score_item(review, item_id, score or None), item_id)
        if score:
            self.next_item(scored=True)

    def action_note(self) -> None:
        item_id = self.current_item()
        if item_id is not None:
            self.show_item()  # after a run of scores: the item's sentence and its evidence, to edit
            self.query_one("#health-note", OneLine).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "health-note" or not event.input.has_focus:
            return  # the note of the item the cursor is on, shown: not typed
        target = self._target()
        if target is None:
            return
        review, item_id = target
        self.edit(lambda: self.document.editor.note_item(review, item_id, event.value, coalesce=True), item_id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.document.editor.end_typing()
        self.query_one(HealthTable).focus()
        self.next_item()

    def action_back(self) -> None:
        field = self.query_one("#health-note", OneLine)
        if field.has_focus:
            self.document.editor.end_typing()
            self.query_one(HealthTable).focus()
            return
        self.app.pop_screen()

    def action_new_review(self) -> None:
        workbook = self.document.workbook
        day = days.today().isoformat()
        label_ = free_label({review.label for review in workbook.health}, day)
        latest = workbook.health[-1].checklists if workbook.health else list(health.DEFAULT_CHECKLISTS)
        self.edit(lambda: self.document.editor.add_review(label_, day, latest))
        self.shown = -1
        self.fill()
        self.to_first_item()

    def action_review(self, offset: int) -> None:
        reviews = self.document.workbook.health
        review = self.review()
        if review is None:
            return
        place = max(0, min(len(reviews) - 1, reviews.index(review) + offset))
        self.shown = place
        self.fill()

    def action_day(self) -> None:
        """The review's day (a review entered after the meeting it records)."""
        review = self.review()
        if review is None:
            return

        def answered(ended: day_dialog.Ended | None) -> None:
            if ended is not None:
                self.edit(lambda: self.document.editor.date_review(review, ended.day))
                self.fill()

        title = words("health.day_title", label=review.label)
        self.app.push_screen(day_dialog.DayDialog(self.lang, title, reason=False, day=review.day), answered)

    def action_checklists(self) -> None:
        review = self._review_to_edit()
        if review is None:
            return

        def chosen(names: list[str] | None) -> None:
            if names is not None:
                self.edit(lambda: self.document.editor.choose_checklists(review, names))
                self.fill()

        self.app.push_screen(ChecklistDialog(self.lang, review.checklists), chosen)

    def edit(self, apply: Callable[[], object], row: str = "") -> None:
        """Apply an edit. With ``row``, the edit is of that item: its row and the title are
        drawn again, not the table (a score key repaints a row, as in step 5)."""
        self.edit_from_form(apply)
        if row:
            self.query_one(HealthTable).row_changed(row)
            if self._average_timer is not None:
                self._average_timer.stop()
            self._average_timer = after(self, AVERAGE_SETTLES, self._show_title)

    def _show_title(self) -> None:
        self._average_timer = None
        self.query_one("#title", Static).update(Text(self._title(self.review())))


class ChecklistDialog(PhakhiDialog["list[str] | None"]):
    """Tick the checklists a review uses (Space), Enter keeps them, Esc cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel", id="checklists.cancel"),
        Binding("enter", "keep", "health.key.keep", id="checklists.keep", priority=True),
    ]

    def __init__(self, lang: Language, chosen: list[str]) -> None:
        super().__init__(lang)
        self.chosen = list(chosen)

    def compose_dialog(self) -> ComposeResult:
        with Vertical(id="checklists-box"):
            yield Static(id="checklists-title")
            yield SelectionList[str](*self._selections(), id="checklists")

    def _selections(self) -> list[Selection[str]]:
        return [
            Selection(health.checklist_name(self.lang, name), name, name in self.chosen) for name in health.CHECKLISTS
        ]

    def on_mount(self) -> None:
        self.show_language(self.lang)
        self.query_one(SelectionList).focus()

    def show_language(self, lang: Language) -> None:
        self.query_one("#checklists-title", Static).update(Text(tr(lang, "health.choose_checklists")))
        selections = self.query_one(SelectionList)
        self.chosen = list(selections.selected) if selections.is_mounted else self.chosen
        highlighted = selections.highlighted
        selections.clear_options()
        selections.add_options(self._selections())
        selections.highlighted = highlighted

    def action_keep(self) -> None:
        chosen = list(self.query_one(SelectionList).selected)
        self.dismiss([name for name in health.CHECKLISTS if name in chosen])

    def action_cancel(self) -> None:
        self.dismiss(None)
