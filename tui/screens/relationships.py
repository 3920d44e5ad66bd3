"""Step 4 — relationships between stakeholders (ศึกษารูปแบบความสัมพันธ์).

Pick a stakeholder on the left; on the right are its ties, and below them
the form of the highlighted tie: strength (แน่นแฟ้น / หลวม ๆ), the kind of
relationship in the seed's terms, the form of the tie (exchange,
communication, co-existence), how often and how long, and how far each
trusts the other (ความไว้วางใจ, seed 000): 1 to 5 on the highlighted tie, as
fast as the scores of step 5, with what it rests on in the form. ctrl+n ties
the stakeholder to another, chosen by typing part of the name; Delete on a
tie removes it, e marks it ended (on a day; again, it holds again).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.current import ended_mark
from tui.core.i18n import label, tr
from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.vocab import Strength
from tui.key_names import key_name
from tui.screens.day_dialog import DayDialog, Ended
from tui.screens.dialog import words
from tui.screens.per_change import PerChange
from tui.screens.pick_stakeholder import StakeholderPicker, picked
from tui.screens.stakeholder_step import StakeholderStep
from tui.widgets.keep_place import back_to, place_of
from tui.widgets.record_form import RecordForm
from tui.widgets.steady import update_text

FIELDS = ("strength", "relation", "form", "frequency", "duration", "trust", "trust_note", "notes")
LINES = {Strength.STRONG: "━━", Strength.WEAK: "──"}


def count_ties(workbook: Workbook) -> Counter[str]:
    """Each stakeholder's number of ties, in one pass: the list asks it of everyone, and
    counting each one's ties apart read every tie each time (two minutes at 10,000)."""
    counts: Counter[str] = Counter()
    for tie in workbook.ties:
        counts[tie.a] += 1
        if tie.b != tie.a:
            counts[tie.b] += 1
    return counts


#: Trust on the highlighted tie, as step 5 scores; 0 clears it.
TRUST_KEYS = [Binding(str(n), f"screen.trust({n})", "key.trust", show=False) for n in range(0, 6)]


class TieList(OptionList):
    BINDINGS = [
        Binding("delete", "screen.remove_tie", "key.remove", id="ties.remove"),
        Binding("e", "screen.toggle_ended", "key.tie_ended", id="ties.ended"),
        *TRUST_KEYS,
    ]


#: Named by the tie list while it is empty.
ADD_TIE = Binding("ctrl+n", "add_tie", "key.add_tie", id="ties.add")


class RelationshipsScreen(StakeholderStep):
    NUMBER = 4
    KEPT = True
    BINDINGS: ClassVar[list[BindingType]] = [ADD_TIE]

    def __init__(self) -> None:
        super().__init__()
        self.tie_counts = PerChange(count_ties)
        #: Set as the step is put back as new: the next tie list loaded starts at its first tie.
        self._ties_at_start = False

    def compose_page(self) -> ComposeResult:
        with Vertical(id="ties-right"):
            yield Static(id="ties-heading", classes="sector-title")
            yield TieList(id="tie-list")
            yield RecordForm(Tie, FIELDS, self.lang, multiline=("notes",), id="tie-form")

    def page_to_start(self) -> None:
        """The ties at their first, as a new list starts (as the list is loaded, so that the
        tie's form is not hidden and shown again in between)."""
        self._ties_at_start = True
        self.query_one("#tie-list", TieList).scroll_home(animate=False, immediate=True)

    def prompt(self, stakeholder: Stakeholder) -> str:
        return f"{self.tie_counts.of(self.document)[stakeholder.id]:>2} {stakeholder.name}"

    @property
    def tie(self) -> Tie | None:
        ties = self.query_one("#tie-list", TieList)
        if ties.highlighted is None:
            return None
        return self.document.workbook.ties.by_id(ties.get_option_at_index(ties.highlighted).id or "")

    def tie_line(self, tie: Tie, person: Stakeholder) -> Text:
        """``━━ นายก ทม. · การมีส่วนร่วม``: the line shows strength and kind; a tie that
        ended is dimmed and says since when."""
        other = self.document.workbook.stakeholder(tie.b if tie.a == person.id else tie.a)
        kind = f" · {label(self.lang, tie.relation)}" if tie.relation else ""
        trust = f" · {tr(self.lang, 'ties.trust', score=tie.trust)}" if tie.trust else ""
        line = f"{LINES[tie.strength]} {other.name if other else '?'}{kind}{trust}{ended_mark(self.lang, tie)}"
        return Text(line, style="dim" if tie.ended else "")

    def load_current(self, select: str | None = None) -> None:
        """The current stakeholder's ties. A list that reads as it did is left alone: refilled,
        it lost its highlight and the tie's form, and laid the screen out four times as the
        step was shown again after an edit elsewhere (a name added in step 2)."""
        person = self.current
        ties = self.query_one("#tie-list", TieList)
        kept, index = (None, None) if self._ties_at_start else place_of(ties)
        self._ties_at_start = False
        own = self.document.workbook.ties_of(person.id) if person else []
        heading = tr(self.lang, "ties.of", name=person.name, count=len(own)) if person else ""
        update_text(self.query_one("#ties-heading", Static), heading)
        options = [Option(self.tie_line(tie, person), id=tie.id) for tie in own] if person else []
        if person is None:  # ctrl+n needs someone to tie: say where they come from
            options.append(Option(tr(self.lang, "study.empty"), disabled=True))
        elif not own:
            options.append(Option(tr(self.lang, "ties.none", key=key_name(ADD_TIE)), disabled=True))
        if _read(ties.options) != _read(options):
            ties.clear_options()
            ties.add_options(options)
        if own:
            back_to(ties, (select or kept, index))
        self.load_tie()

    def load_tie(self) -> None:
        form = self.query_one("#tie-form", RecordForm)
        if form.display != (self.tie is not None):
            form.display = self.tie is not None
        if self.tie is not None:
            form.load(self.tie)

    def on_mount(self) -> None:
        # As the page follows the list of people (StakeholderStep), the tie's form follows its list.
        self.watch(self.query_one("#tie-list", TieList), "highlighted", self.load_tie, init=False)

    def apply_edit(self, record: Any, name: str, value: Any) -> None:
        self.document.editor.update_tie(record.id, name, value, coalesce=True)
        self.show_tie_line(record)

    def show_tie_line(self, record: Tie) -> None:
        """Strength, kind and trust show in the list; keep that line true while they are edited."""
        person = self.current
        if person is not None and person.id in (record.a, record.b):
            self.query_one("#tie-list", TieList).replace_option_prompt(record.id, self.tie_line(record, person))

    def action_add_tie(self) -> None:
        person = self.current
        if person is None:
            return
        workbook = self.document.workbook
        tied = {end for t in workbook.ties_of(person.id) for end in (t.a, t.b)}
        others = [s for s in workbook.stakeholders if s.id not in tied and s.id != person.id]

        def chosen(other_id: str) -> None:
            if other_id:
                tie = self.document.editor.add_tie(person.id, other_id)
                self.load_current(select=tie.id)
                self.query_one("#tie-list").focus()

        self.app.push_screen(
            StakeholderPicker(self.lang, words("pick.tie_with", name=person.name), others), picked(chosen)
        )

    def action_toggle_ended(self) -> None:
        """e: the tie ended (on a day, asked), or holds again."""
        tie, person = self.tie, self.current
        if tie is None or person is None:
            return
        if tie.ended:
            self.document.editor.renew_tie(tie.id)
            self.notify(tr(self.lang, "tie_end.again"), timeout=2)
            return
        workbook = self.document.workbook
        a, b = (s.name if (s := workbook.stakeholder(end)) is not None else end for end in (tie.a, tie.b))

        def answered(ended: Ended | None) -> None:
            if ended is not None:
                self.document.editor.end_tie(tie.id, ended.day)
                self.load_current(select=tie.id)

        self.app.push_screen(DayDialog(self.lang, words("tie_end.title", a=a, b=b), reason=False), answered)

    def action_trust(self, score: int) -> None:
        """1 to 5: how far the two trust each other; 0 clears it. The line and the form follow."""
        tie = self.tie
        if tie is not None:
            self.document.editor.update_tie(tie.id, "trust", score or None)  # each score one undo step
            self.show_tie_line(tie)
            self.load_tie()

    def action_remove_tie(self) -> None:
        tie = self.tie
        if tie is not None:
            self.document.editor.remove_tie(tie.id)


def _read(options: Sequence[Option]) -> list[tuple[object, ...]]:
    """What a list of options shows and answers: each one's id, words, style and whether it can be chosen."""
    return [
        (
            option.id,
            str(option.prompt),
            getattr(option.prompt, "style", None),
            getattr(option.prompt, "spans", None),
            option.disabled,
        )
        for option in options
    ]
