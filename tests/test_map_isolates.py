"""Stakeholders without ties are drawn apart from the tied part (tui/core/textmap/draw.py, docs/MAP.md
"Layout"): beside it where the window has room, else on rows of their own below it. Their labels stay
unlike every other label, their rows fit the window, and a name added keeps the map as it was."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from map_parser import parse

from tui.core import kept_drawings, store
from tui.core.model import Stakeholder, Tie
from tui.core.textmap import MapOptions, clusters_of, draw, render
from tui.core.textmap.glyphs import UNICODE

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
WINDOW = MapOptions(width=80, height=20, fit=True, legend=False)


def graph(names: list[str], ties: list[tuple[int, int]], marks: dict[int, str] | None = None) -> draw.Graph:
    marks = marks or {}
    return draw.Graph(
        nodes=tuple(draw.Node(f"s{i}", name, ("[", "]"), marks.get(i, "")) for i, name in enumerate(names)),
        edges=tuple(draw.Edge(f"t{k}", a, b, False) for k, (a, b) in enumerate(ties)),
        cluster=tuple(-1 for _ in names),
        fit=True,
    )


@pytest.mark.parametrize("marks", [{2: "+"}, {0: "+"}, {0: "+", 2: "+"}])
def test_a_name_another_stakeholder_has_keeps_its_number_with_the_new_mark(marks: dict[int, str]) -> None:
    """Two stakeholders called A, one tied and one not, on the map of what is new since a snapshot: the
    second is A#2 (+A#2 when new), never a second A."""
    drawn = draw.draw(graph(["A", "B", "A"], [(0, 1)], marks), 80, None, UNICODE, auto_height=20)
    assert drawn is not None
    labels = [p.label for p in drawn.nodes]
    assert labels[2].removeprefix("+") == "A#2"
    assert len(set(labels)) == 3


def test_the_rows_kept_for_the_isolates_hold_their_numbers_too() -> None:
    """A name another stakeholder has takes #2, which may push a box to another row: the rows are kept for
    it, so the map is never taller than its window (it does not fit at all rather)."""
    ties = [(0, 1), (0, 11), (1, 2), (1, 4), (1, 10), (2, 3), (2, 4), (2, 7), (3, 4), (3, 5), (4, 6), (5, 6)]
    ties += [(7, 8), (7, 9)]
    names = [f"p{i}" for i in range(12)] + ["p0", "x" * 71]  # [p0#2] and the long name: two rows, not one
    checked = 0
    for height in range(8, 16):
        part = draw.draw(graph(names[:12], ties), 80, height - 3, UNICODE, auto_height=height - 3)
        if part is None or part.height > height - 3:
            continue  # the tied part alone overflows its rows (polishing may take a margin row): not this test's
        drawn = draw.draw(graph(names, ties), 80, height, UNICODE, auto_height=height)
        assert drawn is not None and drawn.height <= height, height
        checked += 1
    assert checked >= 3


def test_a_name_added_beside_a_map_narrower_than_its_window_redraws_nothing() -> None:
    """The English sample fills the 20 rows of an 80 x 24 screen's map but not its width: a name added in
    step 2 goes to the right of it, cut at a word to the room there, and the map is the one before."""
    workbook = store.load(SAMPLES / "clean-energy.en.toml")[0]
    first = render(workbook, WINDOW, clusters_of(workbook))
    assert first.width < WINDOW.width - 10 and first.height == WINDOW.height  # no row to spare
    new = Stakeholder("s-new", "Youth Climate Coalition of Greater Chicago")
    added = dataclasses.replace(workbook, stakeholders=[*workbook.stakeholders, new])
    after = render(added, WINDOW, clusters_of(added), previous=first)
    assert after.plan is first.plan  # no search
    assert after.routes == first.routes
    before = {p.key: (p.row, p.col) for p in first.nodes}
    assert {p.key: (p.row, p.col) for p in after.nodes if p.key != new.id} == before
    box = after.node(new.id)
    assert box is not None and box.col > first.width and box.row < first.height
    assert box.label == "Youth Climate…"
    assert after.width <= WINDOW.width and after.height <= WINDOW.height
    assert len(parse(after.text()).ties) == len(workbook.ties)


def test_an_edit_undone_gives_back_the_drawing_made_from_scratch(monkeypatch: pytest.MonkeyPatch, cache_dir) -> None:
    """A tie added then undone on the map screen: the map is the one first drawn, not one drawn from the
    drawing with the tie (which kept that drawing's detours)."""
    monkeypatch.setattr(kept_drawings, "_on", True)
    workbook = store.load(SAMPLES / "organic-farming.th.toml")[0]
    first = render(workbook, WINDOW, clusters_of(workbook))
    people = [p.key for p in first.nodes]
    tie = Tie("t-new", people[0], people[-3])
    with_tie = dataclasses.replace(workbook, ties=[*workbook.ties, tie])
    warm = render(with_tie, WINDOW, clusters_of(with_tie), previous=first)
    assert warm.plan.warm
    searched: list[int] = []
    monkeypatch.setattr(draw, "_cold", lambda *args: searched.append(1))
    undone = render(workbook, WINDOW, clusters_of(workbook), previous=warm)
    assert undone.cells == first.cells and undone.routes == first.routes
    assert searched == []
