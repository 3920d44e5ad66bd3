"""From a graph to a grid of cells: labels, slots, boxes, routes, glyphs.

:func:`draw` tries label lengths, grids and spacings in a fixed order, routes
each, and keeps the best drawing (fewest crossings, then bends, ink and
area) whose every tie was routed within the space; it returns None when
there is none (the caller then falls back to an overview or a list). Work is
counted in search steps (:data:`BUDGET`), never timed, so the result does not
depend on the machine. Nothing here knows about workbooks: the input is a
:class:`Graph` of nodes and ties, so the same code draws stakeholders,
clusters and ego networks.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from tui.core import kept_drawings
from tui.core.cells import cell_width, terminal_cells
from tui.core.textmap import arcs, channels, layout
from tui.core.textmap.empty import empty_boxes
from tui.core.textmap.frames import frames
from tui.core.textmap.glyphs import ASCII, HORIZONTAL, UNICODE, VERTICAL, GlyphSet
from tui.core.textmap.labels import make_labels
from tui.core.textmap.route import CROSS, LEAVE, OVERVIEW_CROSS, SIDE, Box, Budget, Grid

#: Label lengths tried, longest first (None: up to :func:`longest` cells).
CAPS: tuple[int | None, ...] = (None, 12, 10, 8, 6)
#: Before those, for a window (``Graph.fit``): whole names.
WHOLE = -1
#: The longest label is a sixth of the width, and at least this many cells.
LONGEST = 14


def longest(width: int) -> int:
    """How long a label may be on a map ``width`` cells wide: longer labels crowd out the ties."""
    return max(LONGEST, width // 6)


#: (gap between columns, rows between node rows), tried in order until every tie is routed.
SPACINGS = ((3, 2), (3, 3), (4, 4), (6, 5), (8, 6))
#: Slots per node; the spare ones are room to move and route. Several are tried on small maps.
FILL = 1.25
FILLS = (1.25, 1.5, 1.0)
#: The overview's clusters are few and their boxes wide: a grid without spare slots (fill 1.0) seldom
#: routes better there, so it tries six grids, not nine.
OVERVIEW_FILLS = (1.25, 1.5)
#: How many times the routing starts again with the tie that failed moved to the front.
RETRIES = 3
#: ... and this many times when a wider spacing is still to be tried.
RETRIES_BEFORE_WIDER = 1
#: How many rounds of routing again, one at a time, the ties that closed an empty box.
REROUTES = 3
#: Up to this many ties a node the router keeps lines apart as it goes (a denser map would pay in crossings).
SPARSE = 2.0
#: Rounds of moving lines apart on the drawing kept.
APART_ROUNDS = 3
#: Crossings a tie routed again may add; beyond that the whole drawing is routed again instead, when at most
#: this many ties closed a box.
CROSSINGS_PER_REROUTE = 2
AGAIN_MAX_TIES = 3
#: Search steps for moving apart the lines of the drawing kept (:func:`_move_apart`).
POLISH_BUDGET = 150_000
#: Search steps, and rounds, for routing again the ties that go round other things (:func:`_unframe`).
UNFRAME_BUDGET = 100_000
UNFRAME_ROUNDS = 2
#: ... in rows with channels (a big drawing: each way tried is counted again whole).
UNFRAME_ROWS = 1
#: Search steps for routing again, one at a time, the crossing ties of the drawing kept (:func:`_uncross`),
#: spent before the lines are moved apart; the two budgets together are the polishing's.
UNCROSS_BUDGET = 150_000
#: ... on a map of more than :data:`CHOICES_MAX_TIES` ties, which routes one grid instead of three or nine: the
#: search the others would have had goes to its crossings (the karate club on 160 x 48: 90 -> 67 crossings, under
#: the straight-line Kamada-Kawai drawing's 69)
UNCROSS_BUDGET_MANY = 450_000
#: Rounds of routing the crossing ties again (on a map of more than :data:`CHOICES_MAX_TIES` ties, the second).
UNCROSS_ROUNDS = 3
UNCROSS_ROUNDS_MANY = 10
#: Margin (rows, columns) around the grid, room for ties that go round.
MARGIN = (2, 2)
#: A node's box is at least this share of its ties wide, so a hub has enough ports.
PORTS_PER_TIE = 0.6
#: ... on the grid of a map of fewer than :data:`DENSE` ties a stakeholder, this share: a hub's lines can
#: leave its box a blank cell apart instead of on neighbouring cells (``││││`` under a box reads as one wide
#: line). Not along a line (its row of boxes would get wider, its arcs longer: Les Misérables' second
#: cluster 125 -> 300 crossings), nor on a denser grid, whose wider boxes leave less room between them for
#: the many lines (its third cluster on 160 x 48: 17 -> 47 places side by side); see docs/MAP.md, "Routing".
HUB_PORTS_PER_TIE = 1.3


@dataclass(frozen=True)
class Node:
    key: str
    name: str  # already one clean line
    brackets: tuple[str, str]
    #: written before the label, never shortened (``+``: new since a snapshot)
    mark: str = ""


@dataclass(frozen=True)
class Edge:
    key: str
    a: int
    b: int
    strong: bool


@dataclass(frozen=True)
class Graph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    cluster: tuple[int, ...]  # per node, -1 for none
    #: the node placed first, so it gets its place in the middle (an ego network's centre)
    centre: int | None = None
    #: labels are never shortened (the overview's cluster labels carry their counts)
    whole_labels: bool = False
    #: slots per node tried on a small map (up to :data:`CHOICES_ALL_MAX_TIES` ties)
    fills: tuple[float, ...] = FILLS
    #: the drawing is for a window of exactly the width and height given: whole names first, shortened
    #: only when they do not fit, the picture shaped like the window
    fit: bool = False
    #: each node labelled by its number (1, 2, … in the order given) instead of its name
    numbered: bool = False


@dataclass
class Placed:
    """A node on the drawing: its key, label and box (row, first column, width in cells)."""

    key: str
    label: str
    row: int
    col: int
    width: int


@dataclass
class Drawing:
    cells: list[list[str]]
    nodes: list[Placed]
    routes: dict[str, list[tuple[int, int]]]
    labels: dict[str, str] = field(default_factory=dict)
    crossings: int = 0
    bends: int = 0
    length: int = 0
    jogs: int = 0
    #: empty boxes its lines close (see :func:`empty_boxes`): a drawing with one is kept only when none has none
    boxes: int = 0
    #: ties that run side by side with another line (see :func:`side_by_side`)
    beside: int = 0
    #: places where two lines run side by side (see :func:`beside_places`; counted on a drawing in rows)
    places: int = 0
    #: ties that go round other things: a U, or a run along the drawing's outer edge (see ``frames.py``)
    frames: int = 0
    #: how to draw it again with its lines moved apart (see :func:`_polish`); None once done
    #: (its crossing ties routed again first, or not)
    polish: Callable[[bool], Drawing] | None = field(default=None, repr=False, compare=False)
    #: the grid it was routed on, and the index of its spacing in :data:`SPACINGS`
    slots: layout.Slots | None = field(default=None, repr=False, compare=False)
    spacing: int = 0
    #: the label length it was drawn with (one of :data:`CAPS`, or :data:`WHOLE`)
    cap: int | None = None
    #: how it was made, to draw the graph again after a small change (see :class:`Plan`)
    plan: Plan | None = field(default=None, repr=False, compare=False)
    #: its crossings as routed, before :func:`_uncross` (what a drawing from it is judged against)
    routed: int = 0
    #: search steps spent undoing its crossings and moving its lines apart (see :func:`_polish`)
    polish_spent: int = 0
    #: on the grid it was routed on (before trimming): each tie's cells (row, column) and each node's box
    grid_paths: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict, repr=False, compare=False)
    grid_boxes: dict[str, Box] = field(default_factory=dict, repr=False, compare=False)
    #: buses drawn: a hub's ties of one strength as one branching line (``glyphs.py``; the legend says so)
    buses: int = 0

    @property
    def score(self) -> float:
        """Lower is better: crossings first, then bends (most of all two in a row), then ink and area."""
        return (
            self.boxes * 1000
            + self.crossings * 6
            + self.beside * 4
            + self.bends * 1.5
            + self.jogs * 3
            + self.length * 0.2
            + self.width * self.height * 0.02
        )

    @property
    def height(self) -> int:
        return len(self.cells)

    @property
    def width(self) -> int:
        return len(self.cells[0]) if self.cells else 0


#: The space and style a drawing is made for: width, height (None: as tall as it needs), glyph set's
#: name, and the automatic height.
Space = tuple[int, int | None, str, int]


@dataclass(frozen=True)
class Plan:
    """How a drawing was made: what to draw it again from after a small change (a warm start).

    A drawing drawn with ``previous=`` a plan depends on that plan as well as on
    the graph: the same graph and the same plan give the same drawing.
    """

    graph: Graph
    #: the space and style it was drawn for: width, height, glyph set's name, the automatic height
    space: Space
    #: the label length (one of :data:`CAPS`, or :data:`WHOLE`)
    cap: int | None
    #: slots of the tied nodes by key, and the size of their part of the grid (rows, columns)
    slot: tuple[tuple[str, tuple[int, int]], ...]
    tied: tuple[int, int]
    spacing: int
    #: the drawing itself (drawn again as it is when nothing changed)
    drawing: Drawing = field(repr=False)
    #: on the grid it was routed on: each tie's cells (row, column), each node's box (see :func:`_kept_ways`)
    paths: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict, repr=False)
    boxes: dict[str, Box] = field(default_factory=dict, repr=False)
    #: search steps spent on it, the routing's and the polishing's (work counted, never timed)
    steps: int = 0
    #: the crossings of the last drawing made from scratch as routed (before :func:`_uncross`), and the nodes
    #: and ties changed since (0 and 0: this one was made from scratch)
    base: int = 0
    since: int = 0
    #: drawn from a previous plan rather than from scratch
    warm: bool = False
    #: an overview's: the whole network it stands for, which was tried in its space and did not fit
    #: (its graph, and the space: width, height, glyph set's name, automatic height)
    unfit: tuple[Graph, Space] | None = None
    #: a tied part's (see :func:`_isolates_apart`): the space of the whole map, its isolates below it
    outer: Space | None = None

    @property
    def window(self) -> Space:
        """The space of the whole map it was drawn for: a plan is started from for the same window only."""
        return self.outer or self.space


def box_widths(graph: Graph, labels: list[str], per_tie: float = PORTS_PER_TIE) -> list[int]:
    """Each node's box: its label in brackets, and at least ``per_tie`` cells for each of its ties."""
    degree = [0] * len(graph.nodes)
    for edge in graph.edges:
        degree[edge.a] += 1
        degree[edge.b] += 1
    return [max(cell_width(label) + 2, math.ceil(degree[i] * per_tie)) for i, label in enumerate(labels)]


def grid_widths(graph: Graph, labels: list[str]) -> list[int]:
    """The boxes on the grid: a hub's wider (:data:`HUB_PORTS_PER_TIE`) on a map of fewer than :data:`DENSE`
    ties a stakeholder (not on an overview, whose few lines between clusters seldom run side by side)."""
    return box_widths(graph, labels, HUB_PORTS_PER_TIE if _sparse(graph) and not graph.whole_labels else PORTS_PER_TIE)


def _sparse(graph: Graph) -> bool:
    """Fewer than :data:`DENSE` ties a stakeholder: a grid with room between its lines."""
    return len(graph.edges) < DENSE * len(graph.nodes)


def draw(
    graph: Graph,
    width: int,
    height: int | None,
    glyphs: GlyphSet,
    *,
    auto_height: int,
    previous: Plan | None = None,
) -> Drawing | None:
    """The best drawing that fits ``width`` x ``height`` (or ``auto_height`` rows when height is None).

    Longer labels are tried first: for each length, several grids are routed
    (the gaps growing until every tie finds its way) and the best is kept if
    the picture is not taller than wide; otherwise the labels get shorter.
    For a window (``graph.fit``) whole names come first and the picture is
    shaped like the window; the first length whose drawing fits is weighed
    against up to :data:`WEIGH_SHORTER` shorter ones (:func:`_weigh`), and
    kept unless its lines are clearly more tangled.

    ``previous``: the plan of the last drawing (:attr:`Drawing.plan`). The same
    graph in the same space gives that drawing back as it is; a graph changed a
    little is drawn from it (:func:`_warm`) when that drawing is as good, and
    from scratch otherwise.
    """
    if not graph.nodes:
        return Drawing(cells=[], nodes=[], routes={})
    space = (width, height, glyphs.name, auto_height)
    apart = _tied_part(graph)
    if apart is not None:
        return _isolates_apart(graph, apart, space, glyphs, previous)
    return _drawn(graph, space, space, glyphs, previous)


def _drawn(graph: Graph, space: Space, window: Space, glyphs: GlyphSet, previous: Plan | None) -> Drawing | None:
    """:func:`draw` in ``space``, for a map of ``window`` (the whole map's space: the tied part of a network
    is drawn in less, its isolates below it); a plan made for the same window is started from."""
    width, height, _, auto_height = space
    limit = height if height is not None else auto_height
    if previous is not None and previous.window == window:
        if previous.graph == graph and previous.drawing.height <= limit:
            return replace(previous.drawing, plan=previous)
        # drawn from scratch before, by this session or another (an edit undone): that drawing, as it was
        kept = kept_drawings.kept(graph, space)
        if kept is not None:
            return kept[0]
        warm = _warm(graph, previous, space, glyphs)
        if warm is not None:
            return warm
    # the same network in the same space drawn from scratch by another session: read back, not searched
    return kept_drawings.drawn(graph, space, lambda: _cold(graph, width, height, glyphs, auto_height))


#: Columns between two isolates on their rows below the map.
ISOLATE_GAP = 3


def _tied_part(graph: Graph) -> tuple[Graph, list[int], list[int]] | None:
    """A network with ties and isolates: its tied part (nodes numbered again), the tied nodes' and the
    isolates' numbers in ``graph``. None for one without ties or without isolates, or whose labels are
    numbers or never shortened (an overview's)."""
    if not graph.edges or graph.numbered or graph.whole_labels:
        return None
    ends = {i for e in graph.edges for i in (e.a, e.b)}
    if len(ends) == len(graph.nodes):
        return None
    tied = sorted(ends)
    isolates = [i for i in range(len(graph.nodes)) if i not in ends]
    number = {old: new for new, old in enumerate(tied)}
    part = replace(
        graph,
        nodes=tuple(graph.nodes[i] for i in tied),
        edges=tuple(replace(e, a=number[e.a], b=number[e.b]) for e in graph.edges),
        cluster=tuple(graph.cluster[i] for i in tied),
        centre=number.get(graph.centre) if graph.centre is not None else None,
    )
    return part, tied, isolates


def _flow(widths: list[int], width: int) -> list[tuple[int, int]]:
    """Boxes ``widths`` wide laid left to right in rows no wider than ``width``: each one's (row, column)."""
    places: list[tuple[int, int]] = []
    row = col = 0
    for size in widths:
        if col and col + size > width:
            row, col = row + 1, 0
        places.append((row, col))
        col += size + ISOLATE_GAP
    return places


def _isolates_apart(
    graph: Graph, apart: tuple[Graph, list[int], list[int]], window: Space, glyphs: GlyphSet, previous: Plan | None
) -> Drawing | None:
    """The tied part drawn on its own, the isolates apart from it: whole names left to right on rows of their
    own below it, or, after a name added, beside the last drawing where the window has room to its right.

    A name added without ties then leaves the tied part's drawing as it was (no box beside it moves, no tie is
    routed again), and the isolates' wide boxes never widen a column of the tied part's grid. The plan is
    the tied part's, made for this ``window``.
    """
    part, tied, isolates = apart
    width, height, _, auto_height = window
    limit = height if height is not None else auto_height
    names = [graph.nodes[i].name for i in isolates]
    if previous is not None and previous.outer is None and previous.window == window and previous.graph == part:
        # the last drawing, of a network that had no isolates (no rows kept for them), with room to its right
        # for them: nothing is drawn again (a first name added to a map narrower than its window)
        last = replace(previous.drawing, plan=previous)
        beside = _with_isolates(graph, tied, isolates, last, window, glyphs, below=False)
        if beside is not None and beside.height <= limit:
            return beside
    # whole names: the rows below the map have room for them, cut only where a name is wider than the page (a
    # name another stakeholder has too may take a number, #2: room is kept for it)
    shared = Counter(node.name for node in graph.nodes)
    cut = make_labels(names, width - 2 * MARGIN[1], glyphs.ellipsis)
    rows = _flow(
        [
            cell_width(graph.nodes[i].mark + label) + 2 + (NUMBERED if shared[name] > 1 else 0)
            for i, name, label in zip(isolates, names, cut, strict=True)
        ],
        width,
    )
    reserve = 2 + rows[-1][0]  # a blank row, then the isolates' rows
    if limit - reserve < 1:
        return None
    space = (width, None if height is None else height - reserve, glyphs.name, auto_height - reserve)
    drawn = _drawn(part, space, window, glyphs, previous)
    if drawn is None:
        return None
    return _with_isolates(graph, tied, isolates, drawn, window, glyphs, below=True)


#: Room kept for the number a label takes when another stakeholder has its name (``#12``).
NUMBERED = 4
#: Names beside the last drawing are cut to the room to its right, when it leaves them this many cells or
#: more (``Farm…``), this many columns to the right of the drawing.
BESIDE_AT_LEAST = 6
BESIDE_GAP = 2


def _with_isolates(
    graph: Graph, tied: list[int], isolates: list[int], drawn: Drawing, window: Space, glyphs: GlyphSet, *, below: bool
) -> Drawing | None:
    """``drawn`` (the tied part) with the isolates on rows below it (``below``: the rows were kept for
    them), or beside it, to its right on its rows within the ``window``'s width (None if they do not fit)."""
    width = window[0]
    left = drawn.width + BESIDE_GAP
    # beside it only (the last drawing kept as it was): names cut to the room there, at a word
    cap = width - 2 * MARGIN[1] if below else width - left - 2 - max(len(graph.nodes[i].mark) for i in isolates)
    if cap < BESIDE_AT_LEAST:
        return None
    # the isolates' labels unlike any of the tied part's: two stakeholders of one name, the second is #2 (the
    # marks, ``+``, put back after)
    shown = [p.label[len(graph.nodes[i].mark) :] for i, p in zip(tied, drawn.nodes, strict=True)]
    names = [graph.nodes[i].name for i in isolates]
    labels = [
        graph.nodes[i].mark + label
        for i, label in zip(isolates, make_labels([*shown, *names], cap, glyphs.ellipsis)[len(shown) :], strict=True)
    ]
    widths = [cell_width(label) + 2 for label in labels]
    if below:
        places, top, left = _flow(widths, width), drawn.height + 1, 0
    else:
        places, top = _flow(widths, width - left), 0
        if max(widths) > width - left or places[-1][0] >= drawn.height:
            return None
    total = max([drawn.width] + [left + col + size for (_, col), size in zip(places, widths, strict=True)])
    cells = [line + [" "] * (total - len(line)) for line in drawn.cells]
    cells += [[" "] * total for _ in range(top + places[-1][0] + 1 - len(cells))]
    nodes: list[Placed | None] = [None] * len(graph.nodes)
    for i, box_of in zip(tied, drawn.nodes, strict=True):
        nodes[i] = box_of
    for i, (row, col), label in zip(isolates, places, labels, strict=True):
        opening, closing = graph.nodes[i].brackets
        box = [opening, *text_cells(label), closing]
        cells[top + row][left + col : left + col + len(box)] = box
        nodes[i] = Placed(graph.nodes[i].key, label, top + row, left + col, len(box))
    placed = [p for p in nodes if p is not None]
    plan = drawn.plan
    if plan is not None and plan.window != window:
        plan = replace(plan, outer=window)
    return replace(drawn, cells=cells, nodes=placed, labels={p.key: p.label for p in placed}, plan=plan)


def _cold(graph: Graph, width: int, height: int | None, glyphs: GlyphSet, auto_height: int) -> Drawing | None:
    """The drawing worked out from scratch (:func:`draw`)."""
    limit = height if height is not None else auto_height
    space = (width, height, glyphs.name, auto_height)
    shape = layout.LayoutInput(
        count=len(graph.nodes),
        edges=tuple((e.a, e.b) for e in graph.edges),
        cluster=graph.cluster,
        centre=-1 if graph.centre is None else graph.centre,
    )
    seen: set[tuple[int, ...]] = set()
    snapped: dict[tuple[int, float], layout.Slots] = {}

    tied = sum(1 for i, near in enumerate(layout.neighbours(shape.count, shape.edges)) if near)

    def slots_for(
        columns: int,
        fill: float,
        limit: int | None = None,
        vgap: int = 0,
        wide: tuple[list[int], int, int] | None = None,
    ) -> layout.Slots | None:
        """The grid ``columns`` wide, or None when its rows, ``vgap`` apart, are taller than ``limit``; with
        ``wide`` (the boxes' widths, the gap between columns, the width there is), :data:`TOO_WIDE` when the
        grid would be wider than that wherever its nodes stood (it is not laid out)."""
        rows = layout.snap_rows(shape, columns, fill)
        if limit is not None and _grid_height(rows, vgap) > limit:
            return None
        if wide is not None and _narrowest(wide[0], rows, min(columns, tied or shape.count), wide[1]) > wide[2]:
            return TOO_WIDE
        if (columns, fill) not in snapped:
            snapped[(columns, fill)] = layout.snap(shape, columns, fill)
        return snapped[(columns, fill)]

    many = len(graph.edges) > CHOICES_MAX_TIES
    dense = many and len(graph.edges) >= DENSE * len(graph.nodes)
    budget = Budget(BUDGET)
    fallback: Drawing | None = None
    weighed: list[Drawing] = []  # a window's drawings that fit, longest labels first (see :func:`_weigh`)
    aspect = width / (2 * limit) if graph.fit else ASPECT
    for cap in (WHOLE, *CAPS) if graph.fit else CAPS:
        if budget.spent:
            break
        if graph.numbered and seen:
            break  # one length only
        if not graph.numbered and graph.whole_labels and cap is not None:
            break
        labels = _labels(graph, cap, width, glyphs)
        widths = box_widths(graph, labels)
        if tuple(widths) in seen or max(widths) + 2 * MARGIN[1] > width:
            continue
        seen.add(tuple(widths))
        # the grid's boxes: a hub's wider where that fits (the row along a line keeps ``widths``); on a map of
        # up to CHOICES_MAX_TIES ties the grids with the narrower boxes are routed first, then the wider ones
        # while the search lasts, the best kept (Les Misérables' largest cluster on 160 x 48: its wider boxes
        # alone closed an empty box; at 120 columns they drew 3 frames more)
        spread = grid_widths(graph, labels)
        if max(spread) + 2 * MARGIN[1] > width:
            spread = widths
        if spread == widths or many:
            choices = _choices(graph, shape, spread, width, limit, aspect)
        else:
            choices = _choices(graph, shape, widths, width, limit, aspect)
            choices += _choices(graph, shape, spread, width, limit, aspect)
        found: list[Drawing] = []
        tried: dict[tuple[int, ...], set[tuple[tuple[int, int], ...]]] = {}  # per widths, the grids routed
        if many:
            # a dense network along one line, every tie an arc (arcs.py): no search, a way for every tie
            book = _book(graph, labels, widths, width, limit, glyphs)
            if book is not None and book.crossings <= CROSSINGS_PER_TIE * len(graph.edges):
                book.cap = cap
                found.append(book)
            if dense:
                choices = []  # the grid's router walls nodes in at this density (docs/MAP.md, "Dense networks")
        for columns, fill, sizes in choices:
            if columns < 1 or columns > len(graph.nodes):
                continue
            if budget.spent:
                break
            # an overview's choice that needs more search than OVERVIEW_CHOICE_BUDGET draws worse than the
            # others on the benchmarks' overviews (10,000 stakeholders: 63,000 steps for 28 crossings where
            # another choice took 9,600 for 15): it is given up, and the map comes sooner
            part = Budget(min(OVERVIEW_CHOICE_BUDGET, budget.left)) if graph.whole_labels else budget
            grids = tried.setdefault(tuple(sizes), set())
            drawing = _fit(graph, labels, sizes, columns, fill, width, limit, glyphs, slots_for, grids, part)
            if part is not budget:
                budget.left -= min(OVERVIEW_CHOICE_BUDGET, budget.left) - part.left
            if drawing is not None and drawing.crossings > CROSSINGS_PER_TIE * len(graph.edges):
                drawing = _polished_now(drawing)  # a tangle as routed: its crossings undone before it is judged
            if drawing is not None and drawing.crossings <= CROSSINGS_PER_TIE * len(graph.edges):
                found.append(drawing)
                if drawing.crossings == 0 and drawing.jogs == 0 and drawing.boxes == 0:
                    break  # nothing left to gain
        if not found:
            continue
        # the best at this length among those wide enough (a taller one scoring better would give the length up)
        wide = [d for d in found if d.boxes == 0 and (graph.fit or d.width >= MIN_ASPECT * 2 * d.height)]
        best = min(wide or found, key=lambda d: d.score)
        best.cap = cap
        if wide and graph.fit and not graph.numbered:
            # a window's map: the drawing at the next shorter length or two is weighed against this one, each
            # polished first; undoing its crossings may take a margin row, and a polished drawing taller than
            # the window gives way to the next best at its length (none left: the length does not fit)
            polished = (_polished_now(d) for d in sorted(wide, key=lambda d: d.score))
            fitting = next((d for d in polished if d.height <= limit), None)
            if fitting is None:
                continue
            best = fitting
            best.cap = cap
            weighed.append(best)
            if len(weighed) > WEIGH_SHORTER or _tangle(best) <= _allowed(len(graph.edges)):
                break  # no shorter length could be clearly less tangled
            continue
        if wide:
            return _polish(best, graph, space, budget, BUDGET)
        if fallback is None or best.score < fallback.score:
            fallback = best
    if weighed:
        return _polish(_weigh(weighed, len(graph.edges)), graph, space, budget, BUDGET)
    if fallback is None and many and not graph.numbered and not graph.whole_labels:
        # no length of names fits along the line: numbers, the legend giving each name
        numbered = replace(graph, numbered=True)
        labels = _labels(numbered, None, width, glyphs)
        book = _book(numbered, labels, box_widths(numbered, labels), width, limit, glyphs)
        if book is not None and book.crossings <= CROSSINGS_PER_TIE * len(graph.edges):
            fallback = book
    return _polish(fallback, graph, space, budget, BUDGET) if fallback is not None else None


def _choices(
    graph: Graph, shape: layout.LayoutInput, widths: list[int], width: int, limit: int, aspect: float
) -> list[tuple[int, float, list[int]]]:
    """The grids to route for boxes ``widths`` wide: (columns, fill, widths) of each."""
    base = _columns(shape, widths, *SPACINGS[0], width, limit, aspect)
    if len(graph.edges) > CHOICES_MAX_TIES:
        choices = [(base, FILL, widths)]
        usual = _columns(shape, widths, *SPACINGS[0], width, limit) if graph.fit else base
        if usual != base:
            # a window's map is shaped like the window; the map's usual shape is routed as well, and the
            # best kept (the karate club in the map screen's 160 x 44 window: 9 columns left an empty box
            # and 112 crossings, 10 draw 67)
            choices.append((usual, FILL, widths))
        return choices
    if len(graph.edges) > CHOICES_ALL_MAX_TIES:
        return [(base + dc, FILL, widths) for dc in (0, 1, -1)]
    return [(base + dc, fill, widths) for fill in graph.fills for dc in (0, 1, -1)]


#: A window's map: once a label length fits, this many shorter lengths are drawn as well and weighed against it.
WEIGH_SHORTER = 2
#: ... the longer labels are kept when their drawing has at most one crossing (or empty box) more than the
#: shorter one's for every this many ties.
TIES_PER_CROSSING = 10


def _allowed(ties: int) -> int:
    """How many more crossings and empty boxes longer labels may cost: one for every
    :data:`TIES_PER_CROSSING` ties, and at least one."""
    return max(1, ties // TIES_PER_CROSSING)


def _tangle(drawing: Drawing) -> int:
    return drawing.crossings + drawing.boxes


def _weigh(drawings: list[Drawing], ties: int) -> Drawing:
    """Of a window's drawings that fit (longest labels first, each polished), the one with the longest
    labels whose crossings and empty boxes are at most :func:`_allowed` more than every shorter one's.
    The search steps spent polishing the others are counted in the one kept."""
    allowed = _allowed(ties)
    kept = drawings[-1]
    for i, drawing in enumerate(drawings):
        if all(_tangle(drawing) <= _tangle(other) + allowed for other in drawings[i + 1 :]):
            kept = drawing
            break
    kept.polish_spent += sum(d.polish_spent for d in drawings if d is not kept)
    return kept


#: From this many ties a node (and more than :data:`CHOICES_MAX_TIES` ties), a network drawn along a line
#: (:func:`_book`) is not routed on the grid as well.
DENSE = 3.0


def _book(
    graph: Graph, labels: list[str], widths: list[int], width: int, limit: int, glyphs: GlyphSet
) -> Drawing | None:
    """The graph drawn along one row, every tie an arc above or below it (``arcs.py``), or None when that
    does not fit. Its plan does not draw it again after an edit (it is drawn from scratch: no search)."""
    edges = tuple((e.a, e.b) for e in graph.edges)
    drawing = None
    made = (2, True)
    # ports between the brackets (a wider row), off the opening one, or over both; tracks every other row, or
    # on every row when that closes an empty box
    for inner, apart in ((2, True), (2, False), (1, True), (1, False), (0, True), (0, False)):
        found = arcs.book(len(graph.nodes), edges, graph.cluster, widths, width, limit, apart, inner)
        if found is None:
            continue
        candidate = _book_drawing(graph, labels, found, edges, glyphs)
        if drawing is None or candidate.boxes < drawing.boxes:
            drawing, made = candidate, (inner, apart)
        if not drawing.boxes:
            break
    if drawing is not None:
        # tracks on every row: a free row between tracks whose lines run side by side, while the height holds
        # it, kept when fewer lines run side by side (the same tracks: as many crossings) and no box more
        inner, apart = made
        found = arcs.book(len(graph.nodes), edges, graph.cluster, widths, width, limit, apart, inner, free=True)
        spaced = None if found is None else _book_drawing(graph, labels, found, edges, glyphs)
        if spaced is not None and spaced.places < drawing.places and spaced.boxes <= drawing.boxes:
            drawing = spaced
    return drawing


#: Rows of boxes tried for a network drawn in rows with channels between them (:func:`rows_drawing`).
ROWS = range(3, 10)
#: Up to this many nodes and ties (a network the grid's size that neither the grid nor a line could draw), the
#: arrangement kept has its boxes swapped while the drawing crosses less (:func:`channels.swapped`), drawing it
#: at most :data:`SWAPS` times.
SWAP_MAX_NODES = 60
SWAP_MAX_TIES = 90
SWAPS = 60
#: The stress layout turned by so many degrees before it is cut into bands, beside the layout as it is (for
#: a network bigger than the grid's size).
TURNS = (15, 30, 45)
#: A stakeholder's ties of one strength are drawn as one bus when it has at least this many (and the network
#: does not fit in rows with a line for every tie). Two, not three: Les Misérables on 160 columns 70 → 64 rows.
BUS_LEAST = 2


def bus_nets(graph: Graph) -> tuple[int, ...]:
    """Per tie, its net (``channels.py``), for as few lines as can be: the stakeholder with the most ties of one
    strength not yet in a bus has them drawn as one (:data:`BUS_LEAST` of them or more, one to each other
    end: a second tie to the same stakeholder is a line of its own), then the next, and so on; every tie
    left is a net of its own. (Each tie counted to its end with more ties instead: Les Misérables with both
    strengths 49 buses and 54 rows on 160 columns, here 44 and 52; with one strength 446 crossings, here 441.)"""
    nets = list(range(len(graph.edges)))
    left = set(nets)
    while True:
        ties_of: dict[tuple[int, bool], dict[int, int]] = {}  # (stakeholder, strong) -> other end -> tie
        for k in sorted(left):
            e = graph.edges[k]
            for node, other in ((e.a, e.b), (e.b, e.a)):
                ties_of.setdefault((node, e.strong), {}).setdefault(other, k)
        most = max(ties_of.items(), key=lambda item: (len(item[1]), -item[0][0], item[0][1]), default=None)
        if most is None or len(most[1]) < BUS_LEAST:
            return tuple(nets)
        ties = sorted(most[1].values())
        for k in ties:
            nets[k] = ties[0]
        left -= set(ties)


def _book_bound(found: arcs.Book) -> float:
    """A book's least score once painted (:attr:`Drawing.score`): its crossings (the cells two of its lines
    share), the length of its lines and their turns (each a bend, two in a row a jog too)."""
    seen: set[tuple[int, int]] = set()
    shared: set[tuple[int, int]] = set()
    length = turns = jogs = 0
    for path in found.paths:
        length += len(path)
        turned = False
        for i, cell in enumerate(path):
            (shared if cell in seen else seen).add(cell)
            if 0 < i < len(path) - 1:
                before, after = path[i - 1], path[i + 1]
                now = (cell[0] - before[0], cell[1] - before[1]) != (after[0] - cell[0], after[1] - cell[1])
                turns += now
                jogs += now and turned
                turned = now
            else:
                turned = False
    return len(shared) * 6 + turns * 1.5 + jogs * 3 + length * 0.2


def rows_drawing(graph: Graph, width: int, height: int | None, glyphs: GlyphSet, *, auto_height: int) -> Drawing | None:
    """The graph numbered, in rows of boxes with channels of tracks between them (``channels.py``): for a
    network too big for the grid's router (more than 60 stakeholders or 90 ties) and along one line. Every
    number of rows in :data:`ROWS` is tried, lines every other row first, ports on every other cell if that
    is what fits; the drawing with the best score that fits is kept, or None. No search: the same graph
    always gives the same drawing, and a drawing after an edit is made from scratch."""
    graph = replace(graph, numbered=True)
    limit = height if height is not None else auto_height
    # a book's height counts its blank top and bottom rows, which the drawing trims: the book may be as much
    # taller, and a drawing taller than the limit once trimmed (a line round the boxes there) is not kept
    book_limit = limit + 2 * channels.MARGIN
    labels = _labels(graph, None, width, glyphs)
    widths = [cell_width(label) + 2 for label in labels]
    edges = tuple((e.a, e.b) for e in graph.edges)
    # a network the grid's size (one that neither the grid nor a line could draw in the space) has its boxes
    # swapped while that crosses less, below; a bigger one is drawn from more arrangements instead (the layout
    # turned), its ties within a row nested on their boxes' sides
    small = len(graph.nodes) <= SWAP_MAX_NODES and len(graph.edges) <= SWAP_MAX_TIES

    # how a drawing is made: rows of boxes, ports every other cell, blank cells beside a line, bands (else
    # stacks), the layout turned for the bands, ports where their ties go, the arrangement given
    Way = tuple[int, bool, int, bool, int]

    # a line a tie first; buses (bus_nets) when no drawing fits that way
    nets: list[tuple[int, ...] | None] = [None]

    def book(
        way: Way,
        nearest: bool,
        given: channels.Arrangement | None = None,
        free_rows: bool = False,
        moves: bool = False,
    ) -> arcs.Book | None:
        rows, parity, beside, bands, turn = way
        return channels.channels(
            len(graph.nodes),
            edges,
            graph.cluster,
            widths,
            rows,
            width,
            book_limit,
            True,
            parity,
            beside,
            bands,
            nearest,
            given,
            free_rows,
            turn,
            moves,
            not small,
            nets[0],
        )

    # id of a drawing -> how it was made (book's arguments; a drawing kept is alive, so its id is its own)
    made: dict[int, tuple[Way, bool, channels.Arrangement | None, bool]] = {}

    def painted(
        way: Way, nearest: bool, given: channels.Arrangement | None, found: arcs.Book, again: bool = False
    ) -> Drawing:
        made_now = _book_drawing(graph, labels, found, edges, glyphs)
        made[id(made_now)] = (way, nearest, given, again)
        return made_now

    def drawn(way: Way, nearest: bool, given: channels.Arrangement | None = None) -> Drawing | None:
        found = book(way, nearest, given)
        return None if found is None else painted(way, nearest, given, found)

    best: Drawing | None = None
    chosen: Way = (0, False, 0, False, 0)
    # lines a cell away from the boxes they pass, then beside them; ports on every other cell last
    for nets[0], (parity, beside) in itertools.product(
        (None, bus_nets(graph)) if glyphs.root else (None,), ((False, channels.BESIDE), (False, 0), (True, 0))
    ):
        ways = [(rows, parity, beside, bands, 0) for bands, rows in itertools.product((True, False), ROWS)]
        # bands cut out of the layout turned (it has no way up of its own); not with buses, where that took twice
        # as long for a few crossings fewer (Les Misérables on 160 x 58: 823 → 772, before buses went straight down)
        ways += [(rows, parity, beside, True, turn) for turn in (() if small or nets[0] else TURNS) for rows in ROWS]
        books = [(way, found) for way in ways if (found := book(way, False)) is not None]
        # painted the likeliest first: one whose score cannot be under the best one's is not painted
        first = -1
        for bound, at, (way, found) in sorted((_book_bound(b), at, (w, b)) for at, (w, b) in enumerate(books)):
            if best is not None and bound > best.score:
                break
            candidate = painted(way, False, None, found)
            if candidate.height > limit:
                continue
            if best is None or (candidate.score, at) < (best.score, first):
                best, chosen, first = candidate, way, at
        if best is not None:
            break
    if best is None:
        return None
    # the best arrangement again, each port where its tie goes rather than spread over its box's side
    nearer = drawn(chosen, True)
    if nearer is not None and nearer.height <= limit and nearer.score < best.score:
        best = nearer
    if small:
        # a network the grid's size: the arrangement's boxes swapped while that crosses less, ports spread or
        # where their ties go (each kept as it scores better: no empty box, lines side by side weighed)
        rows, _, _, bands, turn = chosen
        spread = functools.partial(book, chosen, False)
        given = channels.swapped(
            channels.arrangement(len(graph.nodes), edges, graph.cluster, rows, bands, turn), spread, SWAPS
        )
        for nearest in (False, True):
            swapped = drawn(chosen, nearest, given)
            if swapped is not None and swapped.height <= limit and swapped.score < best.score:
                best = swapped
    # the drawing kept made again with its pieces moved to other tracks while that crosses less and, with
    # tracks on every row, a free row between tracks whose lines run side by side while the height holds it;
    # kept when it has no more crossings, lines side by side nor empty boxes, and fewer of the first two
    way, near, kept, _ = made[id(best)]
    again_book = book(way, near, kept, free_rows=True, moves=True)
    if again_book is not None:
        again = painted(way, near, kept, again_book, True)
        counts, before = (again.crossings, again.places, again.boxes), (best.crossings, best.places, best.boxes)
        better = all(a <= b for a, b in zip(counts, before, strict=True)) and counts[:2] != before[:2]
        if better and again.height <= limit:
            best = again
    if best.frames and not best.buses:
        # the ties that go round other things (a run along the drawing's edge past boxes) routed again
        way, near, kept, spaced = made[id(best)]
        found = book(way, near, kept, spaced, spaced)
        assert found is not None  # the same book as the drawing kept
        unframed = _book_drawing(graph, labels, found, edges, glyphs, True)
        if unframed.frames < best.frames and unframed.height <= limit:
            best = unframed
    best.cap = None
    return _polish(best, graph, (width, height, glyphs.name, auto_height), Budget(0), 0)


def _book_drawing(
    graph: Graph,
    labels: list[str],
    found: arcs.Book,
    edges: tuple[tuple[int, int], ...],
    glyphs: GlyphSet,
    unframe: bool = False,
) -> Drawing:
    """The book painted: its ties committed to a grid as they are, counted as the router's drawings are;
    with ``unframe``, those that go round other things routed again off the cells that make them frames, each
    kept when that leaves fewer frames and no more crossings, empty boxes or ties side by side."""
    boxes = [Box(r, c, w) for r, c, w in found.boxes]
    degree = [0] * len(boxes)
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    grid = Grid(found.height, found.width, boxes, degree)
    buses: dict[tuple[int, bool], list[int]] = {}  # (root, strong) -> its ties
    for k, (path, (a, b)) in enumerate(zip(found.paths, edges, strict=True)):
        if found.roots and found.roots[k] >= 0:
            buses.setdefault((found.roots[k], graph.edges[k].strong), []).append(k)
        else:
            grid.commit(k, [r * found.width + c for r, c in path], a, b)
    for (root, _), ties in sorted(buses.items()):
        cells = [[r * found.width + c for r, c in found.paths[k]] for k in ties]
        grid.commit_bus(ties, cells, root, [edges[k][0] if edges[k][1] == root else edges[k][1] for k in ties])
    if unframe:
        grid.budget = Budget(UNFRAME_BUDGET)
        _unframe(graph, grid, {}, frozenset(), UNFRAME_ROWS)
    drawing = _paint(graph, labels, boxes, grid, glyphs)
    drawing.buses = len(buses)
    drawing.routed = drawing.crossings
    drawing.boxes = len(empty_boxes(grid))
    drawing.beside = beside_count(grid)
    drawing.places = beside_places(grid)
    drawing.frames = len(framing(graph, grid))
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].col)
    column = {node: i for i, node in enumerate(order)}
    # no tied part to start from: a drawing after an edit is made from scratch (see _warm)
    drawing.slots = layout.Slots(1, len(boxes), tuple((0, column[i]) for i in range(len(boxes))), (1, 0))
    return drawing


def _polished_now(drawing: Drawing) -> Drawing:
    """The drawing with its crossings undone and its lines moved apart now rather than once it is kept (a
    tangle is judged after that); the same grid, spacing and search steps as :func:`_polish` counts them."""
    if drawing.polish is None:
        return drawing
    polished = drawing.polish(True)
    polished.slots, polished.spacing, polished.cap = drawing.slots, drawing.spacing, drawing.cap
    return polished


def _kept_ways(graph: Graph, plan: Plan, boxes: list[Box], height: int, width: int) -> dict[int, list[int]]:
    """The ties that can keep the way they had on the last drawing: the same two ends, whose boxes have not
    moved, and no box now on the way. Tie -> its cells on a grid ``height`` x ``width``. Together they are
    drawn as they were (every crossing between them was a crossing before), so the rules hold."""
    ends = {e.key: (plan.graph.nodes[e.a].key, plan.graph.nodes[e.b].key) for e in plan.graph.edges}
    walls = {(box.row, c) for box in boxes for c in range(box.col, box.col + box.width)}
    kept: dict[int, list[int]] = {}
    for k, edge in enumerate(graph.edges):
        a, b = graph.nodes[edge.a].key, graph.nodes[edge.b].key
        path = plan.paths.get(edge.key)
        if path is None or ends.get(edge.key) != (a, b):
            continue
        if plan.boxes.get(a) != boxes[edge.a] or plan.boxes.get(b) != boxes[edge.b]:
            continue
        if all(r < height and c < width and (r, c) not in walls for r, c in path):
            kept[k] = [r * width + c for r, c in path]
    return kept


def _labels(graph: Graph, cap: int | None, width: int, glyphs: GlyphSet) -> list[str]:
    """The nodes' labels at one length of :data:`CAPS` (or :data:`WHOLE`), or their numbers,
    each after its node's mark."""
    names = [n.name for n in graph.nodes]
    if graph.numbered:
        labels = [str(i) for i in range(1, len(names) + 1)]
    elif graph.whole_labels or cap == WHOLE:
        labels = make_labels(names, None, glyphs.ellipsis)
    else:
        labels = make_labels(names, longest(width) if cap is None else min(cap, longest(width)), glyphs.ellipsis)
    return [node.mark + label for node, label in zip(graph.nodes, labels, strict=True)]


#: What a grid too wide for the page is, found without laying it out (see :func:`_narrowest`).
TOO_WIDE = layout.Slots(0, 0, ())


def _narrowest(widths: list[int], rows: int, columns: int, hgap: int) -> int:
    """The least width of a grid of ``columns`` slot columns (at least) and ``rows`` rows, wherever the boxes
    stand: with at most ``rows`` boxes a column, the k-th widest column is at least as wide as the box ranked
    (k - 1) x ``rows`` + 1 by width."""
    ordered = sorted(widths, reverse=True)
    columns = max(1, columns)
    return sum(ordered[:: max(1, rows)][:columns]) + (columns - 1) * hgap + 2 * MARGIN[1]


def _column_widths(slots: layout.Slots, widths: list[int], hgap: int) -> tuple[list[int], int]:
    """Each slot column as wide as its widest box, and the width of the whole grid with its margins."""
    column_width = [0] * slots.columns
    for node, (_, c) in enumerate(slots.slot):
        column_width[c] = max(column_width[c], widths[node])
    return column_width, sum(column_width) + (slots.columns - 1) * hgap + 2 * MARGIN[1]


#: A warm start is tried when at most this share of the nodes and of the ties changed (added, removed,
#: or a tie's ends or strength), or :data:`WARM_CHANGES` of each, whichever is more.
WARM_SHARE = 0.1
WARM_CHANGES = 3
#: Search steps for a warm start's routing (a cold drawing gets :data:`BUDGET`).
WARM_BUDGET = 150_000
#: Crossings a warm drawing may have beyond those of the last drawing made from scratch, for each node or
#: tie changed since; more, and the drawing is worked out from scratch again.
WARM_CROSSINGS = 6
#: After this many nodes and ties changed since the last drawing made from scratch, the next is made from
#: scratch again (so warm drawings never drift far from what the layout would choose).
WARM_SINCE = 20


def _plan_widths(graph: Graph, labels: list[str], plan: Plan, width: int) -> list[int]:
    """The boxes' widths as the plan's drawing had them: a hub's wider (:func:`grid_widths`) when its
    drawing was routed with the wider boxes, so the ties whose boxes stay keep their ways."""
    narrow, wide = box_widths(graph, labels), grid_widths(graph, labels)
    was = {key: box.width for key, box in plan.boxes.items()}
    widened = any(was.get(node.key) == w != n for node, w, n in zip(graph.nodes, wide, narrow, strict=True))
    return wide if widened and max(wide) + 2 * MARGIN[1] <= width else narrow


def _warm(graph: Graph, plan: Plan, space: Space, glyphs: GlyphSet) -> Drawing | None:
    """The graph drawn from the last drawing's plan: the same labels' length and spacing, each node that
    was tied before in its slot, the others placed beside their neighbours (:func:`layout.warm_snap`),
    each tie whose ends have not moved on the way it had (:func:`_kept_ways`), the others routed.

    None when the change is too big, the drawing does not fit, a tie finds no way, or it is worse than
    the last one (more empty boxes) or than the last drawn from scratch (more than
    :data:`WARM_CROSSINGS` more crossings for each change since): then the caller works it out from
    scratch.
    """
    old = plan.graph
    if (old.whole_labels, old.fit, old.numbered, old.fills) != (
        graph.whole_labels,
        graph.fit,
        graph.numbered,
        graph.fills,
    ) or plan.tied[1] == 0:
        return None
    old_keys = {n.key for n in old.nodes}
    new_keys = {n.key for n in graph.nodes}
    old_ties = {(e.key, old.nodes[e.a].key, old.nodes[e.b].key, e.strong) for e in old.edges}
    new_ties = {(e.key, graph.nodes[e.a].key, graph.nodes[e.b].key, e.strong) for e in graph.edges}
    # added, taken away, or renamed (a longer name moves boxes, and their ties are routed again)
    was = {n.key: n for n in old.nodes}
    nodes_changed = len(old_keys ^ new_keys) + sum(1 for n in graph.nodes if n.key in was and was[n.key] != n)
    ties_changed = len(old_ties ^ new_ties)
    if nodes_changed > max(WARM_CHANGES, WARM_SHARE * len(graph.nodes)) or ties_changed > max(
        WARM_CHANGES, WARM_SHARE * len(graph.edges)
    ):
        return None
    changes = nodes_changed + ties_changed
    width, height, _, auto_height = space
    limit = height if height is not None else auto_height
    since = plan.since + changes
    if since > WARM_SINCE:
        return None
    labels = _labels(graph, plan.cap, width, glyphs)
    widths = _plan_widths(graph, labels, plan, width)
    if max(widths) + 2 * MARGIN[1] > width:
        return None
    shape = layout.LayoutInput(
        count=len(graph.nodes),
        edges=tuple((e.a, e.b) for e in graph.edges),
        cluster=graph.cluster,
        centre=-1 if graph.centre is None else graph.centre,
    )
    index = {node.key: i for i, node in enumerate(graph.nodes)}
    tied = {i for e in graph.edges for i in (e.a, e.b)}
    kept = {index[key]: place for key, place in plan.slot if key in index and index[key] in tied}
    slots = layout.warm_snap(shape, kept, plan.tied, plan.tied[1])
    budget = Budget(WARM_BUDGET)
    last = plan.drawing
    most = min(plan.base + WARM_CROSSINGS * since, CROSSINGS_PER_TIE * len(graph.edges))
    found: list[Drawing] = []
    # the last spacing, then one wider; one tighter when a new row (of isolates) leaves no room
    for attempt in (plan.spacing, plan.spacing + 1, plan.spacing - 1):
        if not 0 <= attempt < len(SPACINGS) or budget.spent or attempt < plan.spacing and found:
            continue
        hgap, vgap = SPACINGS[attempt]
        column_width, total_w = _column_widths(slots, widths, hgap)
        total_h = slots.rows + (slots.rows - 1) * vgap + 2 * MARGIN[0]
        if total_w > width or total_h > _room_for(graph, limit):
            continue
        ways = _kept_ways(graph, plan, _boxes(slots, column_width, widths, hgap, vgap), total_h, total_w)
        route = (graph, labels, widths, slots, column_width, hgap, vgap, total_w, total_h, glyphs, budget)
        # first with the ties that kept their way as they were; if that costs crossings (a new tie goes
        # round the old ones) every tie is routed again on these places, then one spacing wider, as a
        # drawing from scratch tries, and the best kept
        for preset in (ways, None) if ways else (None,):
            drawing = _route(*route, preset)
            if drawing is not None and drawing.height > limit:
                drawing = None  # its lines needed the margins: taller than the window
            # judged as routed, against the last drawing and the last from scratch as they were routed
            if drawing is not None and drawing.boxes <= last.boxes and drawing.crossings <= most:
                drawing.slots, drawing.spacing, drawing.cap = slots, attempt, plan.cap
                found.append(drawing)
                if drawing.crossings <= last.routed:
                    break
        if found and min(d.crossings for d in found) <= last.routed:
            break
    if not found:
        return None
    best = min(found, key=lambda d: d.score)
    return _polish(best, graph, space, budget, WARM_BUDGET, (plan.base, since))


def _polish(
    drawing: Drawing,
    graph: Graph,
    space: Space,
    budget: Budget,
    start: int,
    warm: tuple[int, int] | None = None,
) -> Drawing:
    """The chosen drawing with lines that run side by side moved apart where that costs no crossing, and
    its plan: how it was made, and the search steps spent (``start`` less what is left of ``budget``, and
    the polishing's). ``warm``: drawn from a plan, (its base crossings, the changes since)."""
    # a drawing from the last: its ties keep their ways, and it is judged as routed (see :class:`Plan`)
    polished = drawing.polish(warm is None) if drawing.polish is not None else drawing
    _widen_labels(polished, graph, space[0], UNICODE if space[2] == UNICODE.name else ASCII)
    slots = drawing.slots
    assert slots is not None
    tied = {i for e in graph.edges for i in (e.a, e.b)}
    slot = tuple((node.key, slots.slot[i]) for i, node in enumerate(graph.nodes) if i in tied)
    steps = start - budget.left + polished.polish_spent
    # the plan keeps a copy without the plan, so the two hold no cycle and go as soon as both are let go
    kept = replace(polished, plan=None, polish=None, slots=None, grid_paths={}, grid_boxes={})
    polished.plan = Plan(
        graph,
        space,
        drawing.cap,
        slot,
        slots.tied,
        drawing.spacing,
        kept,
        polished.grid_paths,
        polished.grid_boxes,
        steps,
        *(warm or (polished.routed, 0)),
        warm is not None,
    )
    polished.grid_paths, polished.grid_boxes = {}, {}
    return polished


def _fit(
    graph,
    labels,
    widths,
    columns,
    fill,
    width,
    limit,
    glyphs,
    slots_for,
    tried: set[tuple[tuple[int, int], ...]],
    budget,
) -> Drawing | None:
    """Route on a grid of ``columns`` (fewer while too wide), with the gaps growing until every tie fits.

    On a small map that is not an overview the next wider spacing is tried too, and the better of the two
    kept: one more row between nodes often lets a tie turn once instead of zigzagging into a port.
    """
    found: list[Drawing] = []
    # an overview's first drawing without a box is kept (its next spacing was never better on the
    # benchmarks' overviews: the same pictures, the large one's search 95,068 -> 84,301 steps)
    wanted_successes = 1 if len(graph.edges) > CHOICES_MAX_TIES or graph.whole_labels else 2
    # a window's map goes on to wider spacings its height holds while every drawing has a frame (frames.py):
    # more room between the rows lets a tie go between the boxes rather than round them
    framed_on = graph.fit and not graph.whole_labels and len(graph.edges) <= CHOICES_MAX_TIES
    room = _room_for(graph, limit)
    for attempt, (hgap, vgap) in enumerate(SPACINGS):
        wanted = columns
        while wanted >= 1:
            # too tall here is too tall with fewer columns too: the grid is not worked out
            found_slots = slots_for(wanted, fill, room, vgap, (widths, hgap, width))
            if found_slots is None:
                break
            if found_slots is TOO_WIDE:
                wanted -= 1
                continue
            slots = found_slots
            column_width, total_w = _column_widths(slots, widths, hgap)
            if total_w <= width:
                break
            wanted -= 1
        if wanted < 1 or found_slots is None:
            break
        if attempt == 0:
            if slots.slot in tried:
                return None  # the same grid came out of another choice
            tried.add(slots.slot)
        total_h = _grid_height(slots.rows, vgap)
        if total_h > room or budget.spent:
            break
        # the routing starts again up to RETRIES times on the last spacing there is room for; before
        # that once, and the next spacing gets the search (wider gaps route where more starts seldom do)
        following = SPACINGS[attempt + 1][1] if attempt + 1 < len(SPACINGS) else None
        wider = following is not None and slots.rows + (slots.rows - 1) * following + 2 * MARGIN[0] <= room
        retries = RETRIES_BEFORE_WIDER if wider else RETRIES
        drawing = _route(
            graph, labels, widths, slots, column_width, hgap, vgap, total_w, total_h, glyphs, budget, None, retries
        )
        if drawing is not None and drawing.height > limit:
            continue  # its lines needed the margins: taller than the window
        if drawing is not None:
            drawing.slots, drawing.spacing = slots, attempt
            found.append(drawing)
            clean = [d for d in found if not d.boxes]  # one with a box is a last resort
            if len(clean) >= wanted_successes and not (framed_on and all(d.frames for d in clean)):
                break
            if drawing.boxes and any(not d.boxes for d in found):
                break  # wider, it left a box the tighter one had not: wider still seldom opens it
    return min(found, key=lambda d: d.score) if found else None


#: Search steps for one drawing, all attempts together (about a second of work); then the best so far.
BUDGET = 600_000
#: Search steps one choice of grid (columns and fill) may spend on an overview (``Graph.whole_labels``).
OVERVIEW_CHOICE_BUDGET = 30_000
#: A drawing with more crossings than this per tie is a tangle no one can read: not kept.
CROSSINGS_PER_TIE = 2.0
#: Three grids are tried (and the best kept) for networks up to this many ties, nine up to the second.
CHOICES_MAX_TIES = 60
CHOICES_ALL_MAX_TIES = 30
#: Below this width : height (physical) a picture is too tall, and shorter labels are tried.
MIN_ASPECT = 1.0
#: Wanted width : height of the picture, in physical terms (a cell is about twice as tall as wide).
ASPECT = 2.2


def _room_for(graph: Graph, limit: int) -> int:
    """How tall a grid may be for ``limit`` rows: a window's (``Graph.fit``, not an overview) up to
    :data:`MARGIN` rows more, its empty margins trimmed (its drawing is then kept only if no taller than
    the window): the Thai sample's map screen at 80 x 24 left 5 of its 20 rows empty."""
    return limit + (MARGIN[0] if graph.fit and not graph.whole_labels else 0)


def _grid_height(rows: int, vgap: int) -> int:
    """The height of a grid of ``rows`` rows of boxes with ``vgap`` lines between them, margins included."""
    return rows + (rows - 1) * vgap + 2 * MARGIN[0]


def _columns(
    shape: layout.LayoutInput, widths: list[int], hgap: int, vgap: int, width: int, limit: int, aspect: float = 2.2
) -> int:
    """How many slot columns: the picture closest to ``aspect`` (width : height, physical) that fits the space."""
    tied = sum(1 for i in range(shape.count) if any(i in e for e in shape.edges))
    isolates = shape.count - tied
    average = sum(widths) / len(widths)
    best, best_score = 1, None
    for columns in range(1, shape.count + 1):
        rows = math.ceil(tied * FILL / columns) + math.ceil(isolates / columns)
        w = columns * average + (columns - 1) * hgap + 2 * MARGIN[1]
        h = rows + (rows - 1) * vgap + 2 * MARGIN[0]
        if w > width:
            break
        score = (h > limit, abs(math.log(w / (2 * h * aspect))))
        if best_score is None or score < best_score:
            best, best_score = columns, score
    return best


def _boxes(slots: layout.Slots, column_width: list[int], widths: list[int], hgap: int, vgap: int) -> list[Box]:
    """Each node's box on the grid: its slot's row, centred in its slot's column."""
    left = [MARGIN[1]] * slots.columns
    for c in range(1, slots.columns):
        left[c] = left[c - 1] + column_width[c - 1] + hgap
    boxes = []
    for node, (r, c) in enumerate(slots.slot):
        row = MARGIN[0] + r * (vgap + 1)
        col = left[c] + (column_width[c] - widths[node]) // 2
        boxes.append(Box(row, col, widths[node]))
    return boxes


def _route(
    graph,
    labels,
    widths,
    slots,
    column_width,
    hgap,
    vgap,
    total_w,
    total_h,
    glyphs,
    budget,
    preset=None,
    retries=RETRIES,
) -> Drawing | None:
    """Every tie routed on the grid (``preset``: tie -> cells, ties that keep the way they had, laid first)."""
    boxes = _boxes(slots, column_width, widths, hgap, vgap)
    preset = preset or {}
    degree = [0] * len(boxes)
    for edge in graph.edges:
        degree[edge.a] += 1
        degree[edge.b] += 1
    order = sorted(range(len(graph.edges)), key=lambda k: (_edge_length(boxes, graph.edges[k]), k))
    avoid: dict[int, frozenset[int]] = {}
    for _ in range(retries + 1):
        grid = _route_all(graph, boxes, degree, total_h, total_w, order, budget, avoid, preset)
        if isinstance(grid, int):
            # rip up and reroute: the tie that found no way goes first next time
            order = [grid] + [k for k in order if k != grid]
            continue
        crossings = _crossings(grid)
        if _open_boxes(graph, grid, avoid) and _crossings(grid) <= crossings + CROSSINGS_PER_REROUTE * len(avoid):
            return _painted(graph, labels, boxes, grid, glyphs, avoid, preset)
        if 0 < len(avoid) <= AGAIN_MAX_TIES and not budget.spent and not graph.whole_labels:
            # the boxes could not be opened one tie at a time without a tangle: route everything again, each
            # tie that closed a box kept off its box's cells from the start (with more ties to keep off, that
            # seldom opened them all: the search is better spent on the next grid)
            again = _route_all(graph, boxes, degree, total_h, total_w, order, budget, avoid, preset)
            if not isinstance(again, int) and _open_boxes(graph, again, avoid):
                return _painted(graph, labels, boxes, again, glyphs, avoid, preset)
        # a box is left (two ties between neighbours can leave no other way): kept, but any drawing without
        # one is better (Drawing.score)
        return _painted(graph, labels, boxes, grid, glyphs, avoid, preset)
    return None


def _painted(graph, labels, boxes, grid: Grid, glyphs, avoid, preset) -> Drawing:
    """The drawing, able to move its lines apart later (only the one kept is worth the search); the ties
    ``preset`` kept the way they had are not moved again."""
    drawing = _paint(graph, labels, boxes, grid, glyphs)
    drawing.routed = drawing.crossings
    drawing.boxes = len(empty_boxes(grid))
    drawing.beside = beside_count(grid)
    drawing.frames = len(framing(graph, grid))

    def polish(uncross: bool) -> Drawing:
        budget = grid.budget
        many = len(graph.edges) > CHOICES_MAX_TIES
        uncross_budget = UNCROSS_BUDGET_MANY if many else UNCROSS_BUDGET
        grid.budget = Budget(uncross_budget)
        if uncross:
            _uncross(graph, grid, avoid, frozenset(preset), UNCROSS_ROUNDS_MANY if many else UNCROSS_ROUNDS)
        spent = uncross_budget - grid.budget.left
        grid.budget = Budget(POLISH_BUDGET)
        _move_apart(graph, grid, avoid, frozenset(preset))
        spent += POLISH_BUDGET - grid.budget.left
        grid.budget = Budget(UNFRAME_BUDGET)
        _unframe(graph, grid, avoid, frozenset(preset))
        spent += UNFRAME_BUDGET - grid.budget.left
        grid.budget = budget
        polished = _paint(graph, labels, boxes, grid, glyphs)
        polished.boxes = drawing.boxes
        polished.routed = drawing.routed
        polished.beside = beside_count(grid)
        polished.frames = len(framing(graph, grid))
        polished.polish_spent = spent
        width = grid.width
        polished.grid_paths = {
            graph.edges[tie].key: tuple(divmod(cell, width) for cell in path) for tie, path in grid.paths.items()
        }
        polished.grid_boxes = {node.key: box for node, box in zip(graph.nodes, boxes, strict=True)}
        return polished

    drawing.polish = polish
    return drawing


def _route_all(graph, boxes, degree, total_h, total_w, order: Iterable[int], budget, avoid, preset) -> Grid | int:
    """Every tie routed in ``order`` (those ``preset`` laid first, as they are): the grid, or the tie that
    found no way."""
    side = SIDE if len(graph.edges) <= SPARSE * len(graph.nodes) and not graph.whole_labels else 0
    grid = Grid(total_h, total_w, boxes, degree, budget, side, OVERVIEW_CROSS if graph.whole_labels else CROSS)
    # keeping three-sided boxes out of a map of three ties a node or more cost crossings by the dozen (Les
    # Misérables' third cluster: 42 → 67) for the few it opened
    grid.three_sides = _sparse(graph)
    # where a step beside a line costs nothing but the hubs' boxes are wider (grid_widths), a port beside a
    # line leaving the same way costs LEAVE, so the hub's lines take the free cells between them (the karate
    # club on 160 x 48: 38 -> 37 places, 2 -> 1 knots; on the denser grids and the overviews it cost crossings:
    # Les Misérables' third cluster 41 -> 56, the large overview 3 -> 6)
    if not side and not graph.whole_labels and _sparse(graph):
        grid.leave = LEAVE
    for k in sorted(preset):
        grid.commit(k, preset[k], graph.edges[k].a, graph.edges[k].b)
    for k in order:
        if k in preset:
            continue
        edge = graph.edges[k]
        path = grid.route(k, edge.a, edge.b, avoid.get(k, frozenset()))
        if path is None:
            return k
        grid.commit(k, path, edge.a, edge.b)
    return grid


def _crossings(grid: Grid) -> int:
    return sum(1 for uses in grid.uses.values() if len(uses) > 1)


def _open_boxes(graph: Graph, grid: Grid, avoid: dict[int, frozenset[int]]) -> bool:
    """Route again, one at a time, the ties that close an empty box, each kept off its box's cells.

    The cells each tie must keep off are added to ``avoid``. False when a box
    is left after :data:`REROUTES` rounds or a tie finds no other way.
    """
    for _ in range(REROUTES):
        closing = empty_boxes(grid)
        if not closing:
            break
        for tie, cells in closing:
            avoid[tie] = avoid.get(tie, frozenset()) | cells
        for tie in sorted({tie for tie, _ in closing}):
            if not _reroute(graph, grid, tie, avoid[tie]):
                return False
    else:
        if empty_boxes(grid):
            return False
    return True


def _move_apart(graph: Graph, grid: Grid, avoid: dict[int, frozenset[int]], fixed: frozenset[int]) -> None:
    """Route again, one at a time, ties that run side by side with another line, keeping each new way
    only when it leaves fewer such places, at most one more crossing for each (none on a dense map), and
    no empty box (two lines crossing at right angles can be told apart; two side by side cannot)."""
    for _ in range(APART_ROUNDS):
        beside = side_by_side(grid)
        if not beside:
            break
        before = (beside_places(grid), _crossings(grid))
        for tie, cells in beside:
            if tie not in grid.paths or tie in fixed:
                continue
            old = grid.paths[tie]
            keep_off = avoid.get(tie, frozenset()) | cells
            # the tie routed again weighs every line it would run beside, even on a dense map
            side, grid.side = grid.side, SIDE
            moved = not grid.budget.spent and _reroute(graph, grid, tie, keep_off)
            grid.side = side
            if not moved:
                continue
            after = (beside_places(grid), _crossings(grid))
            # on a dense map, which the router routes for crossings alone (Grid.side 0), no crossing more
            more = before[0] - after[0] if grid.side else 0
            if after[0] >= before[0] or after[1] > before[1] + more or empty_boxes(grid):
                _reroute(graph, grid, tie, path=old)  # no better: back as it was
            else:
                avoid[tie] = keep_off
                before = after


def _uncross(
    graph: Graph, grid: Grid, avoid: dict[int, frozenset[int]], fixed: frozenset[int], rounds: int = UNCROSS_ROUNDS
) -> None:
    """Route again, one at a time, the ties that cross others, most crossings first, keeping each new way
    only when the drawing has fewer crossings, and no more empty boxes or ties side by side than at the
    start of the round (``rounds`` rounds at most).

    Each tie was routed knowing only the ties before it; routed again it sees them all, and the cheapest
    way among them often crosses fewer (the karate club on 160 x 48: 116 → 107 crossings, the Florentine
    families 3 → 0).
    """
    for _ in range(rounds):
        crossed: dict[int, int] = {}
        for uses in grid.uses.values():
            if len(uses) > 1:
                for tie, _mask in uses:
                    crossed[tie] = crossed.get(tie, 0) + 1
        if not crossed:
            return
        improved = False
        boxes, beside = len(empty_boxes(grid)), beside_count(grid)
        for tie in sorted(crossed, key=lambda t: (-crossed[t], t)):
            if tie in fixed or tie not in grid.paths:
                continue
            if grid.budget.spent:
                return
            old = grid.paths[tie]
            before = sum(1 for cell in old if len(grid.uses[cell]) > 1)  # only its own cells can cross
            if not _reroute(graph, grid, tie, avoid.get(tie, frozenset())) or grid.paths[tie] == old:
                continue
            after = sum(1 for cell in grid.paths[tie] if len(grid.uses[cell]) > 1)
            if after >= before or len(empty_boxes(grid)) > boxes or beside_count(grid) > beside:
                _reroute(graph, grid, tie, path=old)  # no better: back as it was
            else:
                improved = True
        if not improved and not _uncross_pairs(graph, grid, avoid, fixed):
            return


def _uncross_pairs(graph: Graph, grid: Grid, avoid: dict[int, frozenset[int]], fixed: frozenset[int]) -> bool:
    """Route again, together, two ties that cross: both taken up, then each routed in turn (either first),
    kept only when the drawing has fewer crossings and no more empty boxes or ties side by side. Where
    neither can move on its own, the one routed first now finds the way the other was blocking."""
    pairs = sorted({tuple(sorted(tie for tie, _ in uses)) for uses in grid.uses.values() if len(uses) > 1})
    improved = False
    counted: tuple[int, int, int] | None = None  # the drawing's, counted again only once a pair has moved
    for first, second in pairs:
        if first in fixed or second in fixed or first not in grid.paths or second not in grid.paths:
            continue
        if counted is None:
            counted = (_crossings(grid), len(empty_boxes(grid)), beside_count(grid))
        crossings, boxes, beside = counted
        old = {first: grid.paths[first], second: grid.paths[second]}
        for order in ((first, second), (second, first)):
            if grid.budget.spent:
                return improved
            for tie in order:
                grid.uncommit(tie, graph.edges[tie].a, graph.edges[tie].b)
            routed = []
            for tie in order:
                path = grid.route(tie, graph.edges[tie].a, graph.edges[tie].b, avoid.get(tie, frozenset()))
                if path is None:
                    break
                grid.commit(tie, path, graph.edges[tie].a, graph.edges[tie].b)
                routed.append(tie)
            if (
                len(routed) == 2
                and _crossings(grid) < crossings
                and len(empty_boxes(grid)) <= boxes
                and beside_count(grid) <= beside
            ):
                improved, counted = True, None
                break
            for tie in routed:  # no better: both back as they were
                grid.uncommit(tie, graph.edges[tie].a, graph.edges[tie].b)
            for tie in (first, second):
                grid.commit(tie, old[tie], graph.edges[tie].a, graph.edges[tie].b)
    return improved


def framing(graph: Graph, grid: Grid) -> dict[int, frozenset[int]]:
    """The ties that go round other things (``frames.py``), each with the cells that make it a frame."""
    width = grid.width
    paths = {tie: [divmod(cell, width) for cell in path] for tie, path in grid.paths.items()}
    tied = sorted({i for e in graph.edges for i in (e.a, e.b)})
    index = {node: k for k, node in enumerate(tied)}
    boxes = [(grid.boxes[i].row, grid.boxes[i].col, grid.boxes[i].col + grid.boxes[i].width - 1) for i in tied]
    ends = {tie: (index[graph.edges[tie].a], index[graph.edges[tie].b]) for tie in paths}
    return {tie: frozenset(r * width + c for r, c in cells) for tie, cells in frames(paths, boxes, ends).items()}


def _outside(graph: Graph, grid: Grid) -> frozenset[int]:
    """The cells outside the rectangle of the boxes of the stakeholders with ties: a tie routed again off a
    frame is kept in (out there it would go round the map one row further out)."""
    tied = {i for e in graph.edges for i in (e.a, e.b)}
    boxes = [box for i, box in enumerate(grid.boxes) if i in tied]
    if not boxes:
        return frozenset()
    top, bottom = min(b.row for b in boxes), max(b.row for b in boxes)
    left, right = min(b.col for b in boxes), max(b.col + b.width - 1 for b in boxes)
    width = grid.width
    return frozenset(
        r * width + c
        for r in range(grid.height)
        for c in range(width)
        if not (top <= r <= bottom and left <= c <= right)
    )


def _unframe(
    graph: Graph, grid: Grid, avoid: dict[int, frozenset[int]], fixed: frozenset[int], rounds: int = UNFRAME_ROUNDS
) -> None:
    """Route again, one at a time, the ties that go round other things (``frames.py``), each kept off the
    cells that make it a frame; a new way is kept only when the drawing has fewer frames, no more
    crossings, empty boxes or ties side by side (``rounds`` rounds at most)."""
    outside = _outside(graph, grid)
    for _ in range(rounds):
        found = framing(graph, grid)
        if not found:
            return
        improved = False
        before: tuple[int, int, int, int] | None = None  # the drawing's counts, as they stand
        for tie in sorted(found):
            if tie in fixed or tie not in grid.paths:
                continue
            if grid.budget.spent:
                return
            if before is None:
                before = (len(framing(graph, grid)), _crossings(grid), len(empty_boxes(grid)), beside_count(grid))
            old = grid.paths[tie]
            keep_off = avoid.get(tie, frozenset()) | found[tie] | outside
            if not _reroute(graph, grid, tie, keep_off):
                continue
            frames_now, crossings, boxes, beside = (
                len(framing(graph, grid)),
                _crossings(grid),
                len(empty_boxes(grid)),
                beside_count(grid),
            )
            if frames_now >= before[0] or crossings > before[1] or boxes > before[2] or beside > before[3]:
                _reroute(graph, grid, tie, path=old)  # no better: back as it was
            else:
                improved = True
                before = (frames_now, crossings, boxes, beside)
        if not improved:
            return


def _reroute(graph: Graph, grid: Grid, tie: int, keep_off: frozenset[int] = frozenset(), path=None) -> bool:
    """Route ``tie`` again off ``keep_off`` (or put it back on ``path``); False, and unchanged, if it cannot."""
    edge = graph.edges[tie]
    old = grid.paths[tie]
    grid.uncommit(tie, edge.a, edge.b)
    if path is None:
        path = grid.route(tie, edge.a, edge.b, keep_off)
    grid.commit(tie, path if path is not None else old, edge.a, edge.b)
    return path is not None


def _beside(grid: Grid):
    """Where two lines run next to each other for two cells: (cell, step along, step across, the tie on
    the cell, the tie beside it), the cells a line runs straight through found by a scan in C."""
    width, height = grid.width, grid.height
    end = width * height - width - 1
    for along, step, across in ((grid.along_column, width, 1), (grid.along_row, 1, width)):
        mask = VERTICAL if across == 1 else HORIZONTAL
        cell = along.find(1, 0, end) if end > 0 else -1
        while cell >= 0:
            here, cell = cell, along.find(1, cell + 1, end)
            if not (along[here + across] and along[here + step] and along[here + step + across]):
                continue
            if grid.col_of[here] == width - 1:
                continue
            first = next(t for t, m in grid.uses[here] if m == mask)
            second = next(t for t, m in grid.uses[here + across] if m == mask)
            yield here, step, across, first, second


def beside_count(grid: Grid) -> int:
    """How many ties run side by side with another line: ``len(side_by_side(grid))``, without the cells."""
    return len({tie for *_, first, second in _beside(grid) for tie in (first, second)})


def beside_places(grid: Grid) -> int:
    """How many places two lines run side by side, as a reader (and tests/map_shapes.py) counts them: each
    stretch of two neighbouring lines two cells long or more once, however long it is and whoever draws it."""
    count = 0
    for here, step, across, *_ in _beside(grid):
        along = grid.along_column if across == 1 else grid.along_row
        before = here - step
        # the first two cells of a stretch: the two cells before them are not both lines running this way
        inside = before >= 0 and (across == 1 or grid.col_of[here] > 0)
        count += not (inside and along[before] and along[before + across])
    return count


def side_by_side(grid: Grid) -> list[tuple[int, frozenset[int]]]:
    """Lines running next to each other for two cells or more: each tie of such a pair, later ties first,
    with the cells it should keep off to move away (its own there, and those beside the other's far side)."""
    size = grid.width * grid.height
    found: dict[int, set[int]] = {}
    for here, step, across, first, second in _beside(grid):
        # either may move, off its own cells and those on the far side of the other
        for mover in (max(first, second), min(first, second)):
            if mover == first:
                cells = (here, here + step, here + 2 * across, here + step + 2 * across)
            else:
                cells = (here + across, here + step + across, here - across, here + step - across)
            found.setdefault(mover, set()).update(k for k in cells if 0 <= k < size)
    return [(tie, frozenset(cells)) for tie, cells in sorted(found.items(), key=lambda item: -item[0])]


def _edge_length(boxes: list[Box], edge: Edge) -> float:
    a, b = boxes[edge.a], boxes[edge.b]
    return abs(a.row - b.row) + abs((a.col + a.width / 2) - (b.col + b.width / 2))


def _paint(graph: Graph, labels: list[str], boxes: list[Box], grid: Grid, glyphs: GlyphSet) -> Drawing:
    width = grid.width
    cells = [[" "] * grid.width for _ in range(grid.height)]
    for cell, uses in grid.uses.items():
        r, c = divmod(cell, width)
        if cell in grid.roots:
            cells[r][c] = glyphs.root
        elif len(uses) == 1:
            tie, mask = uses[0]
            cells[r][c] = glyphs.line(mask, graph.edges[tie].strong)
        else:
            vertical = next(t for t, m in uses if m == VERTICAL)
            horizontal = next(t for t, m in uses if m == HORIZONTAL)
            cells[r][c] = glyphs.crossing(graph.edges[vertical].strong, graph.edges[horizontal].strong)
    placed = []
    for node, box in enumerate(boxes):
        opening, closing = graph.nodes[node].brackets
        label = labels[node]
        inner = box.width - 2
        pad = inner - cell_width(label)
        label_text = text_cells(label)
        row = cells[box.row]
        content = [opening] + [" "] * (pad // 2) + label_text + [" "] * (pad - pad // 2) + [closing]
        row[box.col : box.col + box.width] = content
        placed.append(Placed(graph.nodes[node].key, label, box.row, box.col, box.width))
    routes = {graph.edges[tie].key: [divmod(cell, width) for cell in path] for tie, path in sorted(grid.paths.items())}
    crossings = sum(1 for uses in grid.uses.values() if len(uses) > 1)
    bends = sum(1 for uses in grid.uses.values() for _, mask in uses if mask not in (HORIZONTAL, VERTICAL, 15))
    length = sum(len(path) for path in grid.paths.values())
    jogs = 0
    for path in grid.paths.values():
        turns = [0 < i < len(path) - 1 and (path[i + 1] - path[i]) != (path[i] - path[i - 1]) for i in range(len(path))]
        jogs += sum(1 for i in range(1, len(path)) if turns[i] and turns[i - 1])
    drawing = Drawing(
        cells=cells,
        nodes=placed,
        routes=routes,
        labels={p.key: p.label for p in placed},
        crossings=crossings,
        bends=bends,
        length=length,
        jogs=jogs,
    )
    return _trim(drawing)


def _widen_labels(drawing: Drawing, graph: Graph, width: int, glyphs: GlyphSet) -> None:
    """Each label cut short made whole where its row has room for it: the box grows over blank cells (either
    way, centred when it can), no line above or below the new cells turns or runs into it, and the cells
    beyond its new brackets are blank, so every tie still meets it where it did and no line points into it.
    The drawing may grow to ``width``. Labels are cut to one length for the whole map; this gives back the
    whole name wherever the map has room, and leaves it cut only where it has not."""
    if graph.numbered or graph.whole_labels or not drawing.cells:
        return
    whole = _labels(graph, WHOLE, width, glyphs)
    taken = {p.label for p in drawing.nodes}
    flat = {glyphs.line(HORIZONTAL, False), glyphs.line(HORIZONTAL, True), " "}
    cells = drawing.cells
    for index, placed in enumerate(drawing.nodes):
        name = whole[index]
        extra = cell_width(name) - cell_width(placed.label)
        if not placed.label.endswith(glyphs.ellipsis) or name in taken or extra <= 0:
            continue  # whole already, a number (the legend gives the names), or a label#2 that keeps its number
        if placed.width != cell_width(placed.label) + 2:
            continue  # a hub's box, wider than its label: its ports are spread over it
        row, left, right = placed.row, placed.col, placed.col + placed.width  # the box is [left, right)
        size = placed.width + extra
        starts = sorted(range(left - extra, left + 1), key=lambda start: (abs(2 * (left - start) - extra), start))
        start = next((k for k in starts if _room(cells, row, (left, right), (k, k + size), width, flat)), None)
        if start is None:
            continue
        end = start + placed.width + extra
        if end > len(cells[0]):
            for line in cells:
                line += [" "] * (end - len(line))
        opening, closing = graph.nodes[index].brackets
        cells[row][start:end] = [opening, *text_cells(name), closing]
        taken.add(name)
        drawing.nodes[index] = Placed(placed.key, name, row, start, end - start)
        drawing.labels[placed.key] = name


def _room(
    cells: list[list[str]], row: int, box: tuple[int, int], grown: tuple[int, int], width: int, flat: set[str]
) -> bool:
    """May the box over columns [``box``) of ``row`` grow to [``grown``)? The new cells blank, the cells above
    and below them blank or a line running along, the cells beyond a moved bracket blank (see
    :func:`_widen_labels`)."""

    def blank(r: int, c: int) -> bool:
        return not 0 <= r < len(cells) or c >= len(cells[r]) or cells[r][c] == " "

    (left, right), (start, end) = box, grown
    if start < 0 or end > width:
        return False
    new = [c for c in range(start, end) if not left <= c < right]
    if not all(blank(row, c) for c in new):
        return False
    if not all(blank(r, c) or cells[r][c] in flat for r in (row - 1, row + 1) for c in new):
        return False
    return (start == left or start == 0 or blank(row, start - 1)) and (end == right or blank(row, end))


def text_cells(text: str) -> list[str]:
    """One string per terminal cell: marks join their letter, a wide character leaves an empty cell after it."""
    cells: list[str] = []
    for characters, size in terminal_cells(text):
        cells += [characters, ""] if size == 2 else [characters]
    return cells


def _trim(drawing: Drawing) -> Drawing:
    """Drop empty outer rows and columns, and shrink runs of empty rows to one."""
    cells = drawing.cells
    if not cells:
        return drawing
    empty_row = [all(c == " " for c in row) for row in cells]
    keep_rows: list[int] = []
    for r, empty in enumerate(empty_row):
        if empty and (not keep_rows or empty_row[keep_rows[-1]]):
            continue
        keep_rows.append(r)
    while keep_rows and empty_row[keep_rows[-1]]:
        keep_rows.pop()
    columns = len(cells[0])
    used = [any(cells[r][c] != " " for r in keep_rows) for c in range(columns)]
    first = next((c for c in range(columns) if used[c]), 0)
    last = max((c for c in range(columns) if used[c]), default=-1)
    new_row = {r: i for i, r in enumerate(keep_rows)}
    trimmed = [cells[r][first : last + 1] for r in keep_rows]
    nodes = [Placed(p.key, p.label, new_row[p.row], p.col - first, p.width) for p in drawing.nodes]
    routes = {k: [(new_row[r], c - first) for r, c in path] for k, path in drawing.routes.items()}
    return Drawing(
        cells=trimmed,
        nodes=nodes,
        routes=routes,
        labels=drawing.labels,
        crossings=drawing.crossings,
        bends=drawing.bends,
        length=drawing.length,
        jogs=drawing.jogs,
    )
