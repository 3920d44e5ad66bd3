"""Drawing the map again after an edit starts from the last drawing (docs/MAP.md, "Drawing again after an edit").

A workshop's participants edit, then open the map: each visit after an edit
drew the whole map from scratch. Now the last drawing is the start: the same
network in the same space is the same drawing, one changed a little keeps
its places and is routed once. These tests count the search's work (never
time it), check the drawing stays exact, as good as one drawn from scratch
and free of empty boxes, and that the same last drawing gives the same
drawing again.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import networkx as nx
import pytest
from analysis_helpers import plain, workbook_from_graph
from hash_seeds import outputs_under_hash_seeds
from map_parser import parse
from map_shapes import boxes

from tui.core import model, store
from tui.core.model import Stakeholder, Tie
from tui.core.textmap import MapCanvas, MapOptions, View, clusters_of, render
from tui.core.vocab import Strength

ROOT = Path(__file__).resolve().parent.parent

#: (network, options): the map screen's window at 80 x 24 and 120 x 40, and ``phakhi map`` at 80 columns.
CASES = {
    "thai-window": ("thai", MapOptions(width=80, height=19, fit=True, legend=False)),
    "thai-wide-window": ("thai", MapOptions(width=120, height=35, fit=True, legend=False)),
    "thai-80": ("thai", MapOptions(width=80, lang="th")),
    "florentine-80": ("florentine", MapOptions(width=80)),
}


@cache
def network(name: str) -> model.Workbook:
    if name == "thai":
        return store.load(ROOT / "samples" / "organic-farming.th.toml")[0]
    return workbook_from_graph(nx.florentine_families_graph())


def drawn(workbook: model.Workbook, options: MapOptions, previous: MapCanvas | None = None) -> MapCanvas:
    return render(workbook, options, clusters_of(workbook), previous=previous)


@cache
def cold(case: str) -> MapCanvas:
    name, options = CASES[case]
    return drawn(network(name), options)


def kept_apart(ties: list[Tie]) -> Tie:
    """The last tie whose two ends have other ties: taken away, it moves no one's box."""
    return next(t for t in reversed(ties) if all(sum(end in (u.a, u.b) for u in ties) > 1 for end in (t.a, t.b)))


def edits(workbook: model.Workbook) -> dict[str, model.Workbook]:
    """One edit each, as a participant makes them: a name added in step 2, a tie added or taken away, a
    stakeholder renamed, a tie's strength changed, a score (which the map does not show)."""
    people, ties = workbook.stakeholders, workbook.ties
    tied = [s.id for s in people if any(s.id in (t.a, t.b) for t in ties)]
    pairs = {frozenset((t.a, t.b)) for t in ties}
    a, b = next((x, y) for x in tied for y in reversed(tied) if x != y and frozenset((x, y)) not in pairs)
    replace = dataclasses.replace
    weaker = Strength.WEAK if ties[0].strength is Strength.STRONG else Strength.STRONG
    return {
        "name added": replace(workbook, stakeholders=[*people, Stakeholder("s-new", "กลุ่มใหม่")]),
        "tie added": replace(workbook, ties=[*ties, Tie("t-new", a, b)]),
        # the last tie whose two ends keep another: no one moves to the row of those without ties
        "tie taken away": replace(workbook, ties=[t for t in ties if t is not kept_apart(ties)]),
        "renamed": replace(
            workbook, stakeholders=[people[0], replace(people[1], name=people[1].name + " ๒"), *people[2:]]
        ),
        "strength": replace(workbook, ties=[replace(ties[0], strength=weaker), *ties[1:]]),
        "score": replace(workbook, stakeholders=[replace(people[0], influence=5), *people[1:]]),
    }


def bends(canvas: MapCanvas) -> int:
    turns = 0
    for path in canvas.routes.values():
        for i in range(1, len(path) - 1):
            before = (path[i][0] - path[i - 1][0], path[i][1] - path[i - 1][1])
            after = (path[i + 1][0] - path[i][0], path[i + 1][1] - path[i][1])
            turns += before != after
    return turns


@pytest.mark.parametrize("case", CASES)
def test_the_same_network_again_is_the_same_drawing_with_no_search(case):
    name, options = CASES[case]
    first = cold(case)
    again = drawn(network(name), options, previous=first)
    assert again.cells == first.cells and again.routes == first.routes
    assert again.plan is first.plan  # nothing searched: the last drawing's own plan
    score = edits(network(name))["score"]
    assert drawn(score, options, previous=first).cells == first.cells  # a score is not on the map


@pytest.mark.parametrize("case", CASES)
def test_a_drawing_after_one_edit_starts_from_the_last_and_costs_a_fraction(case):
    """The warm start is used and does a small part of the work of a drawing from scratch (search steps,
    counted the same way for both; the layout's stress search is not even started), and its drawing is
    exact, with no empty box."""
    name, options = CASES[case]
    first = cold(case)
    for edit, workbook in edits(network(name)).items():
        if edit == "score":
            continue
        warm = drawn(workbook, options, previous=first)
        scratch = drawn(workbook, options)
        assert not scratch.plan.warm
        if edit == "name added":
            # a name without ties goes on the isolates' rows: the tied part is the last drawing, no search
            assert warm.plan is first.plan, edit
        else:
            assert warm.plan.warm, edit
            # ties whose ends have not moved keep their way: a tie taken away routes almost nothing; a new
            # tie or a longer name (boxes moved) routes again, on the places it had
            share = 10 if edit in ("tie taken away", "strength") else 2
            assert warm.plan.steps * share < scratch.plan.steps, (edit, warm.plan.steps, scratch.plan.steps)
        assert len(parse(warm.text()).ties) == len(workbook.ties) == len(warm.routes), edit
        assert boxes(warm.cells) == [], (edit, warm.text())
        assert warm.view is View.FULL
        if options.fit:
            assert warm.height <= options.height and warm.width <= options.width


def where(canvas: MapCanvas) -> dict[str, tuple[int, int, int]]:
    return {p.key: (p.row, p.col, p.width) for p in canvas.nodes}


@pytest.mark.parametrize("case", CASES)
def test_a_name_added_without_ties_moves_nothing_and_goes_below_the_ties(case):
    """The new name's box, wider than any before, does not widen a column of the map: every box and every
    tie stays where it was, and those without ties (the new one last) stand on rows below every tie."""
    name, options = CASES[case]
    first = cold(case)
    people = network(name).stakeholders
    wide = dataclasses.replace(network(name), stakeholders=[*people, Stakeholder("s-new", "กลุ่มใหม่ที่ชื่อยาวมาก")])
    after = drawn(wide, options, previous=first)
    before = where(first)
    assert {key: box for key, box in where(after).items() if key in before} == before
    assert after.routes == first.routes
    ties = network(name).ties
    alone = [p for p in after.nodes if not any(p.key in (t.a, t.b) for t in ties)]
    assert alone[-1].key == "s-new"
    lowest_tie = max(r for path in after.routes.values() for r, _ in path)
    assert all(p.row > lowest_tie for p in alone)
    assert len(parse(after.text()).ties) == len(ties)


@pytest.mark.parametrize("case", CASES)
def test_a_drawing_after_an_edit_is_as_good_as_one_from_scratch(case):
    """Over the edits, as few crossings and bends (weighed as the drawing weighs them: a crossing 6, a
    bend 1.5) as the same networks drawn from scratch (as routed, before their crossing ties are routed
    again), and never more than two crossings more on one."""
    name, options = CASES[case]
    first = cold(case)
    warm_total = scratch_total = 0.0
    for edit, workbook in edits(network(name)).items():
        warm = drawn(workbook, options, previous=first)
        scratch = drawn(workbook, options)
        # a drawing from scratch has its crossing ties routed again once it is kept (docs/MAP.md, "Routing"),
        # one from the last does not: compared as routed
        warm_crossings, scratch_crossings = parse(warm.text()).crossings, scratch.plan.drawing.routed
        assert warm_crossings <= scratch_crossings + 2, (edit, warm.text(), scratch.text())
        warm_total += 6 * warm_crossings + 1.5 * bends(warm)
        scratch_total += 6 * scratch_crossings + 1.5 * bends(scratch)
    assert warm_total <= scratch_total


def test_the_same_last_drawing_gives_the_same_drawing():
    options = CASES["thai-window"][1]
    first = cold("thai-window")
    for workbook in edits(network("thai")).values():
        one = drawn(workbook, options, previous=first)
        two = drawn(workbook, options, previous=first)
        assert one.cells == two.cells and one.routes == two.routes and one.plan.steps == two.plan.steps


def test_the_same_last_drawing_gives_the_same_drawing_under_any_hash_seed():
    code = (
        "import dataclasses\n"
        "from tui.core import store\n"
        "from tui.core.model import Stakeholder, Tie\n"
        "from tui.core.textmap import MapOptions, render\n"
        "th = store.load('samples/organic-farming.th.toml')[0]\n"
        "options = MapOptions(width=80, height=19, fit=True)\n"
        "first = render(th, options)\n"
        "people = [*th.stakeholders, Stakeholder('s-new', 'กลุ่มใหม่')]\n"
        "ties = [*th.ties, Tie('t-new', 's-new', th.stakeholders[0].id)]\n"
        "print(render(dataclasses.replace(th, stakeholders=people, ties=ties), options, previous=first).text())\n"
        "print(render(dataclasses.replace(th, ties=th.ties[:-1]), options, previous=first).text())\n"
    )
    assert len(outputs_under_hash_seeds(code)) == 1


def test_a_big_change_is_drawn_from_scratch():
    """Another network (or another space) has nothing to start from: the drawing is the one from scratch."""
    options = CASES["florentine-80"][1]
    other = drawn(network("thai"), options)
    florentine = drawn(network("florentine"), options, previous=other)
    assert not florentine.plan.warm
    assert florentine.cells == cold("florentine-80").cells
    wider = drawn(network("florentine"), MapOptions(width=100), previous=cold("florentine-80"))
    assert not wider.plan.warm and wider.cells == drawn(network("florentine"), MapOptions(width=100)).cells


def test_a_network_that_did_not_fit_is_not_tried_again_once_it_grew(monkeypatch):
    """A workshop's map grows by a name a round: once the whole map no longer fits the window and the
    overview is shown, a visit after another name added draws the overview without trying the whole map
    again; a stakeholder taken away tries it again."""
    from tui.core.textmap import draw

    options = CASES["thai-window"][1]
    workbook = network("thai")
    canvas = drawn(workbook, options)
    for round_ in range(24):
        people = [*workbook.stakeholders, Stakeholder(f"s-new-{round_}", f"Participant group {round_}")]
        workbook = dataclasses.replace(workbook, stakeholders=people)
        canvas = drawn(workbook, options, previous=canvas)
        if canvas.view is View.OVERVIEW:
            break
    assert canvas.view is View.OVERVIEW
    tried: list[bool] = []
    real = draw.draw

    def counted(graph, *args, **keywords):
        tried.append(graph.whole_labels)
        return real(graph, *args, **keywords)

    monkeypatch.setattr(draw, "draw", counted)
    grown = dataclasses.replace(workbook, stakeholders=[*workbook.stakeholders, Stakeholder("s-last", "One more")])
    assert drawn(grown, options, previous=canvas).view is View.OVERVIEW
    assert tried == [True]  # the overview only
    tried.clear()
    smaller = dataclasses.replace(workbook, stakeholders=workbook.stakeholders[:-1])
    drawn(smaller, options, previous=canvas)
    assert tried[0] is False  # the whole map tried again


def test_a_hubs_wider_box_is_kept_after_an_edit():
    """The karate club's first cluster is drawn with its hubs' boxes wider than their numbers (1.3 cells a
    tie, docs/MAP.md "A hub's lines a blank cell apart"); a tie taken away keeps every other box as wide as
    it was, so the ties whose ends did not move keep their ways and the search is a small part of one from
    scratch."""
    workbook = workbook_from_graph(plain(nx.karate_club_graph()))
    members = set(clusters_of(workbook)[0])
    cluster = dataclasses.replace(
        workbook,
        stakeholders=[s for s in workbook.stakeholders if s.id in members],
        ties=[t for t in workbook.ties if t.a in members and t.b in members],
    )
    options = MapOptions(width=120)
    first = drawn(cluster, options)
    hub = max(first.nodes, key=lambda p: p.width)
    assert hub.width > len(hub.label) + 2  # wider than its label: room for its lines a cell apart
    gone = kept_apart(cluster.ties)
    less = dataclasses.replace(cluster, ties=[t for t in cluster.ties if t is not gone])
    warm = drawn(less, options, previous=first)
    assert warm.plan.warm
    widths = {p.key: p.width for p in first.nodes}
    moved = {gone.a, gone.b}
    assert {p.key: p.width for p in warm.nodes if p.key not in moved} == {
        key: width for key, width in widths.items() if key not in moved
    }
    assert warm.plan.steps * 10 < drawn(less, options).plan.steps
    assert len(parse(warm.text()).ties) == len(less.ties)
