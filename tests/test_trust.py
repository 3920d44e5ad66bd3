"""Trust on each tie (ความไว้วางใจ, seed 000): scored by keys in step 4, summed up in the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Select

from tests.ui_helpers import settle, ties_of_the_first
from tui.app import make_app
from tui.core import store
from tui.core.document import Document
from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.records import Records, TieRecords
from tui.core.report import build_report
from tui.core.report.text import render_text
from tui.core.vocab import Language

SIZE = (80, 24)


def two_ties(path: Path) -> Document:
    document = Document.open(path, Language.TH)
    editor = document.editor
    editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    editor.add_stakeholder("นายก ทม.", "government", "individual")
    editor.add_stakeholder("สวนผักคนเมือง")
    editor.add_tie("s1", "s2")
    editor.add_tie("s1", "s3")
    return document


@pytest.mark.usefixtures("quick_autosave")
async def test_a_digit_on_a_tie_scores_its_trust_as_step_5_scores(tmp_path: Path) -> None:
    path = tmp_path / "wb.toml"
    app = make_app(two_ties(path))
    async with app.run_test(size=SIZE) as pilot:
        screen, ties = await ties_of_the_first(pilot, app)  # the ties of กลุ่มเกษตรอินทรีย์
        await pilot.press("down", "3")  # the second tie: สวนผักคนเมือง
        await settle(pilot)
        assert str(ties.get_option_at_index(1).prompt).endswith("สวนผักคนเมือง · ไว้วางใจ 3")
        assert screen.query_one("#field-trust", Select).value == 3  # the form follows
        await pilot.press("ctrl+t")
        assert str(ties.get_option_at_index(1).prompt).endswith("สวนผักคนเมือง · trust 3")
        await pilot.press("5")
        await settle(pilot)
        assert [t.trust for t in store.load(path)[0].ties] == [None, 5]
        await pilot.press("0")  # cleared
        await settle(pilot)
        assert [t.trust for t in store.load(path)[0].ties] == [None, None]
        assert str(ties.get_option_at_index(1).prompt).endswith("สวนผักคนเมือง")
        app.document.editor.undo()
        await settle(pilot)
        assert [t.trust for t in store.load(path)[0].ties] == [None, 5]


def network() -> Workbook:
    """Two key players (k1, k2: interest 5) and two others (interest 1); trust 4 between the key
    players, 1 and 3 elsewhere, one tie unscored."""
    people = [
        Stakeholder(id=i, name=i.upper(), influence=3, interest=5 if i.startswith("k") else 1)
        for i in ("k1", "k2", "o1", "o2")
    ]
    ties = [
        Tie(id="t1", a="k1", b="k2", trust=4, trust_note="2026-01-10 shared the budget"),
        Tie(id="t2", a="o1", b="o2", trust=1),
        Tie(id="t3", a="k1", b="o1", trust=3),
        Tie(id="t4", a="k2", b="o2"),
    ]
    return Workbook(language=Language.EN, stakeholders=Records(people), ties=TieRecords(ties))


def test_the_report_lists_the_least_trusted_ties_between_key_players_first() -> None:
    text = " ".join(render_text(build_report(network()), width=200).split())
    assert "Scored 3 of 4 ties, 2.7 of 5 on average" in text  # (4 + 1 + 3) / 3
    assert (
        "Least trusted K1 – K2: trust 4 · 2026-01-10 shared the budget · both key players"
        " O1 – O2: trust 1 K1 – O1: trust 3 "
    ) in text
