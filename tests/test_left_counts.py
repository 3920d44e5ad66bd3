"""Who left the network is out of the steps' to-do, the grid and home's counts (counted apart)."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

import pytest

from tui.app import make_app
from tui.core import current as current_module
from tui.core import store
from tui.core.current import current, left
from tui.core.document import Document
from tui.core.grid_text import draw_grid
from tui.core.model import Stakeholder
from tui.core.records import Records
from tui.core.steps import all_steps
from tui.core.vocab import Language
from tui.screens.power import PowerTable
from tui.screens.prioritise import unscored_names


def test_one_who_left_waits_for_no_score_and_is_not_on_the_grid(sample: Path) -> None:
    workbook = store.load(sample)[0]
    unscored = workbook.stakeholders[0]
    unscored.influence = unscored.interest = None
    assert unscored.id in all_steps(workbook)[4].who  # step 5 waits for their scores
    assert unscored_names(workbook) == (unscored.name,)
    placed = workbook.stakeholders[1]
    assert any(placed.name in line for line in draw_grid(workbook, 120, 40, Language.EN))
    unscored.left = placed.left = "2026-11-30"
    assert unscored.id not in all_steps(workbook)[4].who
    assert unscored_names(workbook) == ()
    assert not any(placed.name in line for line in draw_grid(workbook, 120, 40, Language.EN))


async def test_home_counts_the_network_as_it_stands_and_who_left_apart(sample: Path) -> None:
    document = Document.open(sample)
    now = len(current(document.workbook).stakeholders)
    already = len(left(document.workbook))  # the sample keeps one who left
    assert already == 1
    app = make_app(document, Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        document.editor.mark_left(document.workbook.stakeholders[0].id, "2026-11-30")
        await pilot.pause(0.1)
        counts = str(app.screen.query_one("#counts").render())
        assert f"{now - 1} stakeholders" in counts and "2 left the network" in counts
        document.editor.undo()
        await pilot.pause(0.1)
        counts = str(app.screen.query_one("#counts").render())
        assert f"{now} stakeholders" in counts and "1 left the network" in counts


async def test_step_5_scores_the_network_as_it_stands_and_keeps_the_scores_of_who_left(sample: Path) -> None:
    document = Document.open(sample)
    gone = document.workbook.stakeholders[0]
    scores = (gone.influence, gone.interest)
    app = make_app(document, Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        table = app.screen.query_one(PowerTable)
        assert gone.id in table.row_keys
        document.editor.mark_left(gone.id, "2026-11-30")
        await pilot.pause(0.1)
        assert gone.id not in table.row_keys and table.row_count == len(current(document.workbook).stakeholders)
        assert (gone.influence, gone.interest) == scores
        document.editor.undo()  # back in the network: back in the table
        await pilot.pause(0.1)
        assert table.row_keys[0] == gone.id


async def test_an_edit_leaves_out_who_left_once_for_every_screen_that_asks(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The steps' state, step 6's grid and its unscored names and home's counts share one
    network as it stands per change: leaving out who left copies the records (13 ms at 10,000)."""
    copies: list[int] = []

    class Counted(Records[Stakeholder]):
        def __init__(self, items: Iterable[Stakeholder] = ()) -> None:
            if threading.current_thread() is threading.main_thread():  # not the save's analysis
                copies.append(1)
            super().__init__(items)

    monkeypatch.setattr(current_module, "Records", Counted)
    document = Document.open(sample)
    document.editor.mark_left(document.workbook.stakeholders[0].id, "2026-11-30")
    app = make_app(document, Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("6")
        await pilot.pause(0.1)
        for score in (1, 2, 3):
            copies.clear()
            document.editor.set_field(document.workbook.stakeholders[1], "influence", score)
            await pilot.pause(0.1)
            await pilot.press("escape")  # home shows its counts again
            await pilot.press("6")
            await pilot.pause(0.1)
            assert len(copies) == 1
