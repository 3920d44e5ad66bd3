"""The map of a workbook: choose the view, draw it, write the legend.

* The whole network when it can be drawn in the space (every tie routed,
  width and height kept).
* Otherwise an overview: each cluster of the analyses one node, labelled
  with its size, one line between two clusters that have ties (strong when
  at least half of those ties are); the legend names each cluster's members.
* ``focus``: one stakeholder and everyone within ``depth`` steps (its ego
  network), or one cluster (``cluster:N``).
* When even that cannot be drawn, the ties as a list of lines ``A ━━ B``.

Every drawn view is exact (docs/MAP.md): nothing is dropped, merged or
guessed. The functions here are pure: the same workbook and options give the
same lines.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from tui.core.cells import cell_width, pad
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.since import MARK, Since
from tui.core.textmap import draw as drawing
from tui.core.textmap import route
from tui.core.textmap.canvas import MapCanvas, NodeBox, View
from tui.core.textmap.glyphs import BRACKETS, CLUSTER_BRACKETS, HORIZONTAL, GlyphSet, S, glyphs
from tui.core.textmap.labels import clean, shorten
from tui.core.textmap.spread import spread
from tui.core.vocab import Kind, Language, Strength
from tui.core.wrap import flow, wrap

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("map.kind.",)

#: Beyond this many stakeholders or ties the whole map is not attempted (an overview is drawn).
MAX_NODES = 60
MAX_TIES = 90
#: Up to this many stakeholders, a numbered map too big for that is drawn in rows with channels between them.
ROWS_MAX_NODES = 80
#: A network the grid could not draw is drawn in rows with channels up to this many times the height a map
#: may grow to (:func:`auto_height`), rather than listed.
ROWS_TALLER = 3
#: The overview draws at most this many lines per cluster (the pairs with the most ties).
OVERVIEW_LINES_PER_CLUSTER = 2
#: The most members named per cluster in the overview's legend.
NAMED_MEMBERS = 3
#: The narrowest map drawn.
MIN_WIDTH = 20


@dataclass(frozen=True)
class MapOptions:
    """What to draw and in how much space.

    ``height`` None: as tall as needed, up to :func:`auto_height` rows.
    ``focus``: a stakeholder id, a stakeholder's exact name, or ``cluster:N``.
    ``view``: None chooses (whole map, else overview, else list); or force
    :attr:`View.OVERVIEW` or :attr:`View.LIST`. ``fit``: the map is for a
    window of ``width`` x ``height`` (needs a height): whole names wherever
    the drawing still fits, the picture shaped like the window.
    ``numbered``: numbers instead of names, for the smallest map.
    """

    width: int = 80
    height: int | None = None
    ascii: bool = False
    lang: Language = Language.EN
    focus: str | None = None
    depth: int = 1
    view: View | None = None
    legend: bool = True
    #: for a window of exactly ``width`` x ``height`` (a screen): whole names first, the picture shaped
    #: like the window
    fit: bool = False
    #: stakeholders labelled by number (1, 2, … in workbook order), the legend giving each name
    numbered: bool = False
    #: marks against a snapshot (tui/core/since.py): a ``+`` before each new stakeholder's label, and
    #: the new and gone in words in the legend
    since: Since | None = None
    #: the overview's legend ends with the command's options that show one cluster or one stakeholder
    #: (a screen has keys for them instead)
    commands: bool = True


class UnknownFocus(LookupError):
    """The focus names no stakeholder or cluster (or several stakeholders)."""


@dataclass(frozen=True)
class Focus:
    key: str  # stakeholder id or cluster:N
    cluster: int | None = None


def auto_height(width: int) -> int:
    """How tall a map may grow when no height is given: half the width, at least a screen."""
    return max(24, width // 2)


def clusters_of(workbook: Workbook) -> tuple[tuple[str, ...], ...]:
    """The clusters of the analyses (Louvain, same seed, largest first) — see docs/ANALYSES.md."""
    if not workbook.ties:
        return ()
    return _clusters(tuple(s.id for s in workbook.stakeholders), tuple((t.a, t.b) for t in workbook.ties))


@functools.lru_cache(maxsize=2)
def _clusters(stakeholders: tuple[str, ...], ends: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], ...]:
    """Kept for the last networks drawn: the map screen draws again at every zoom, focus and
    language, and Louvain takes seconds on a province's network."""
    from tui.core.analysis.graph import bare_graph
    from tui.core.analysis.network import read_clusters

    return read_clusters(bare_graph(stakeholders, ends))


def resolve_focus(workbook: Workbook, text: str, clusters: Sequence[Sequence[str]], lang: Language) -> Focus:
    """A stakeholder id, an exact name (case and spacing ignored) or ``cluster:N``; else :class:`UnknownFocus`."""
    wanted = text.strip()
    lowered = wanted.lower()
    if lowered.startswith("cluster:") and lowered[8:].strip().isdigit():
        number = int(lowered[8:])
        if 1 <= number <= len(clusters):
            return Focus(f"cluster:{number}", number)
        raise UnknownFocus(tr(lang, "map.unknown_focus", focus=wanted))
    if workbook.stakeholder(wanted) is not None:
        return Focus(wanted)
    simple = " ".join(lowered.split())
    matches = [s.id for s in workbook.stakeholders if " ".join(s.name.lower().split()) == simple]
    if len(matches) == 1:
        return Focus(matches[0])
    if matches:
        raise UnknownFocus(tr(lang, "map.ambiguous_focus", focus=wanted, ids=", ".join(matches)))
    raise UnknownFocus(tr(lang, "map.unknown_focus", focus=wanted))


def render(
    workbook: Workbook,
    options: MapOptions = MapOptions(),
    clusters: Sequence[Sequence[str]] | None = None,
    previous: MapCanvas | None = None,
) -> MapCanvas:
    """Draw the workbook's network map. ``clusters``: the analyses' clusters, if already computed.

    Every line of the drawing and of the legend fits ``options.width`` cells (at least :data:`MIN_WIDTH`).
    ``previous``: the last map drawn of this workbook, to start from (docs/MAP.md, "Drawing again after
    an edit"): the same network in the same space is drawn as it was, a network changed a little from
    the last drawing's places. The result depends on ``previous`` too; the same workbook, options and
    previous canvas give the same canvas.
    """
    plan = previous.plan if previous is not None else None
    try:
        canvas = _render(workbook, options, clusters, plan)
    finally:
        route.forget_tables()  # 2 MB a session kept between drawings, built again in a millisecond
    legend = _fit_legend(canvas.legend, max(options.width, MIN_WIDTH))
    return canvas if legend == canvas.legend else replace(canvas, legend=legend)


def _render(
    workbook: Workbook, options: MapOptions, clusters: Sequence[Sequence[str]] | None, plan: drawing.Plan | None
) -> MapCanvas:
    style = glyphs(options.ascii)
    lang = options.lang
    width = max(options.width, MIN_WIDTH)
    if clusters is None:
        clusters = clusters_of(workbook)
    cluster_of = {member: number for number, group in enumerate(clusters, 1) for member in group}
    known = {s.id for s in workbook.stakeholders}
    ties = [t for t in workbook.ties if t.a in known and t.b in known and t.a != t.b]

    focus = resolve_focus(workbook, options.focus, clusters, lang) if options.focus else None
    if focus is None:
        members = [s.id for s in workbook.stakeholders]
        view = View.FULL
    elif focus.cluster is not None:
        chosen = set(clusters[focus.cluster - 1])
        members = [s.id for s in workbook.stakeholders if s.id in chosen]
        view = View.CLUSTER
    else:
        members = _ego(workbook, ties, focus.key, options.depth)
        view = View.EGO
    inside = set(members)
    shown = [t for t in ties if t.a in inside and t.b in inside]

    if not workbook.stakeholders:
        return MapCanvas(View.FULL, (), (tr(lang, "map.empty"),), ())
    if options.view == View.LIST:
        return _as_list(workbook, shown, style, lang, width, focus, view, options)
    unfit = None  # the whole network, when it was tried and did not fit: (its graph, the space)
    if options.view != View.OVERVIEW and len(members) <= MAX_NODES and len(shown) <= MAX_TIES:
        graph = _graph(workbook, members, shown, cluster_of, focus, options.since)
        if options.fit and options.height is not None or options.numbered:
            graph = replace(graph, fit=options.fit and options.height is not None, numbered=options.numbered)
        space = (width, options.height, style.name, auto_height(width))
        if not _grew_from_unfit(plan, graph, space):
            drawn = drawing.draw(graph, width, options.height, style, auto_height=auto_height(width), previous=plan)
            if drawn is not None:
                return _canvas(workbook, drawn, graph, view, style, lang, width, focus, options, shown)
        unfit = (graph, space)
    elif options.view != View.OVERVIEW and options.numbered and len(members) <= ROWS_MAX_NODES:
        # too big for the grid's router: rows of numbered boxes with channels of tracks between them
        graph = _graph(workbook, members, shown, cluster_of, focus, options.since)
        graph = replace(graph, fit=options.fit and options.height is not None, numbered=True)
        drawn = drawing.rows_drawing(graph, width, options.height, style, auto_height=auto_height(width))
        if drawn is not None:
            return _canvas(workbook, drawn, graph, view, style, lang, width, focus, options, shown)
    if focus is None and len(clusters) >= 2:
        canvas = _overview(workbook, ties, clusters, style, lang, width, options, plan)
        if canvas is None and options.fit and options.height is not None:
            # taller than the window: an overview to scroll still reads better than the list
            canvas = _overview(workbook, ties, clusters, style, lang, width, replace(options, height=None), plan)
        if canvas is not None:
            if unfit is not None and canvas.plan is not None:
                canvas = replace(canvas, plan=replace(canvas.plan, unfit=unfit))
            return canvas
    if unfit is not None:
        canvas = _in_rows(workbook, unfit[0], view, style, lang, width, focus, options, shown)
        if canvas is not None:
            return canvas
    return _as_list(workbook, shown, style, lang, width, focus, view, options)


def _in_rows(workbook, graph, view, style, lang, width, focus, options, shown) -> MapCanvas | None:
    """A network small enough for the grid that neither the grid nor a line could draw in this space
    (Les Misérables' second cluster, 17 stakeholders and 66 ties, at 80 columns): numbered, in rows with
    channels between them, in the space or else up to :data:`ROWS_TALLER` times as tall, to scroll. A
    drawing to scroll still reads better than a list of its ties."""
    graph = replace(graph, numbered=True)
    for height in dict.fromkeys((options.height, None)):
        drawn = drawing.rows_drawing(graph, width, height, style, auto_height=auto_height(width) * ROWS_TALLER)
        if drawn is not None:
            return _canvas(workbook, drawn, graph, view, style, lang, width, focus, options, shown)
    return None


def _grew_from_unfit(plan: drawing.Plan | None, graph: drawing.Graph, space: drawing.Space) -> bool:
    """Is the last drawing an overview of a whole network that did not fit this space, and is this one
    that network with stakeholders or ties added? Then it does not fit either and is not tried again
    (about half a second of search on every visit after an edit, in a workshop's growing map)."""
    unfit = getattr(plan, "unfit", None)
    if unfit is None or unfit[1] != space:
        return False
    before: drawing.Graph = unfit[0]
    nodes = set(graph.nodes)
    edges = {(e.key, graph.nodes[e.a].key, graph.nodes[e.b].key, e.strong) for e in graph.edges}
    return (
        (before.fit, before.numbered, before.centre) == (graph.fit, graph.numbered, graph.centre)
        and all(node in nodes for node in before.nodes)
        and all((e.key, before.nodes[e.a].key, before.nodes[e.b].key, e.strong) in edges for e in before.edges)
    )


# --- graphs -------------------------------------------------------------------


def _ego(workbook: Workbook, ties, centre: str, depth: int) -> list[str]:
    """The centre and everyone within ``depth`` steps, in workbook order."""
    adjacent: dict[str, list[str]] = {}
    for t in ties:
        adjacent.setdefault(t.a, []).append(t.b)
        adjacent.setdefault(t.b, []).append(t.a)
    steps = {centre: 0}
    queue = deque([centre])
    while queue:
        node = queue.popleft()
        if steps[node] >= max(depth, 1):
            continue
        for other in adjacent.get(node, []):
            if other not in steps:
                steps[other] = steps[node] + 1
                queue.append(other)
    return [s.id for s in workbook.stakeholders if s.id in steps]


def _graph(
    workbook: Workbook,
    members: list[str],
    ties,
    cluster_of: dict[str, int],
    focus: Focus | None,
    since: Since | None = None,
):
    index = {key: i for i, key in enumerate(members)}
    new = since.new if since is not None else frozenset()
    nodes = []
    for key in members:
        s = workbook.stakeholder(key)
        assert s is not None  # the members are the workbook's
        brackets = BRACKETS[s.kind]
        nodes.append(drawing.Node(key, clean(s.name, brackets) or key, brackets, MARK if key in new else ""))
    edges = tuple(drawing.Edge(t.id, index[t.a], index[t.b], t.strength is Strength.STRONG) for t in ties)
    return drawing.Graph(
        nodes=tuple(nodes),
        edges=edges,
        cluster=tuple(cluster_of.get(key, -1) for key in members),
        centre=index.get(focus.key) if focus is not None and focus.cluster is None else None,
    )


# --- legend -------------------------------------------------------------------


def _key_lines(
    style: GlyphSet, lang: Language, width: int, kinds: list[str], crossings: bool, buses: bool = False
) -> list[str]:
    """The legend's first lines: the brackets of the kinds on the map, the two strengths, crossings and
    buses if any."""
    parts = []
    for kind in kinds:
        opening, closing = CLUSTER_BRACKETS if kind == "cluster" else BRACKETS[Kind(kind)]
        parts.append(f"{opening}{closing} {tr(lang, f'map.kind.{kind}')}")
    parts.append(f"{style.sample(True)} {tr(lang, 'map.strong')}")
    parts.append(f"{style.sample(False)} {tr(lang, 'map.weak')}")
    if crossings:
        parts.append(f"{style.crossing(False, False)} {tr(lang, 'map.crossing')}")
    if buses:
        parts.append(f"{style.root} {style.line(HORIZONTAL | S, False)} {tr(lang, 'map.bus')}")
    return flow(parts, width, first=tr(lang, "map.legend"))


def _kinds_present(workbook: Workbook, members) -> list[str]:
    present = {s.kind for s in map(workbook.stakeholder, members) if s is not None}
    return [k.value for k in (Kind.NODE, Kind.INDIVIDUAL, Kind.NETWORK) if k in present]


def _view_line(workbook, view, lang, focus, options, stakeholders: int, ties: int) -> str:
    if view is View.EGO:
        name = workbook.stakeholder(focus.key).name
        return tr(lang, "map.view.ego", name=name, depth=max(options.depth, 1), stakeholders=stakeholders, ties=ties)
    if view is View.CLUSTER:
        return tr(lang, "map.view.cluster", number=focus.cluster, stakeholders=stakeholders, ties=ties)
    return tr(lang, "map.view.full", stakeholders=stakeholders, ties=ties)


def _canvas(workbook, drawn, graph, view, style, lang, width, focus, options, shown) -> MapCanvas:
    short = [
        (placed.label, node.name)
        for placed, node in zip(drawn.nodes, graph.nodes, strict=False)
        if placed.label != node.mark + node.name
    ]
    legend: list[str] = []
    if options.legend:
        kinds = _kinds_present(workbook, [n.key for n in graph.nodes])
        legend += _key_lines(style, lang, width, kinds, drawn.crossings > 0, drawn.buses > 0)
        legend.append(_view_line(workbook, view, lang, focus, options, len(graph.nodes), len(shown)))
        if short:
            legend.append(tr(lang, "map.short"))
            numbers = all(label.lstrip(MARK).isdigit() for label, _ in short)  # numbered, or along a line
            legend += _number_lines(short, width) if numbers else _name_lines(short, width)
        legend += _since_lines(options.since, lang, width)
    drawn = _spread(drawn, graph, width, options, style, legend)
    by_key = {s.id: s for s in workbook.stakeholders}
    boxes = [
        NodeBox(p.key, p.label, by_key[p.key].name, by_key[p.key].kind.value, p.row, p.col, p.width)
        for p in drawn.nodes
    ]
    return MapCanvas(
        view=view,
        cells=tuple(tuple(row) for row in drawn.cells),
        legend=tuple(legend),
        nodes=tuple(boxes),
        routes={k: tuple(v) for k, v in drawn.routes.items()},
        ends=_ends(graph),
        focus=focus.key if focus else None,
        plan=drawn.plan,
    )


def _spread(
    drawn: drawing.Drawing, graph: drawing.Graph, width: int, options: MapOptions, style: GlyphSet, legend: list[str]
) -> drawing.Drawing:
    """Lines still side by side moved apart over the rows and columns the drawing's space leaves (spread.py):
    the height asked for less a blank line and the ``legend`` below the drawing (so a map printed for a page
    of that height grows no taller than the page, as it is drawn), or else the automatic height."""
    if options.height is None:
        return spread(drawn, graph, width, auto_height(width), style)
    below = len(_fit_legend(tuple(legend), width)) + 1 if legend else 0
    return spread(drawn, graph, width, max(drawn.height, options.height - below), style)


def _ends(graph: drawing.Graph) -> dict[str, tuple[str, str]]:
    """Each line's two nodes, by key."""
    return {e.key: (graph.nodes[e.a].key, graph.nodes[e.b].key) for e in graph.edges}


#: A full name continues under itself while that leaves this many cells a line, else four spaces in.
NAME_ROOM = 12


def _name_lines(short: list[tuple[str, str]], width: int) -> list[str]:
    """``label = full name`` lines, the "=" lined up; a long name continues on the next lines.

    The name is wrapped by cells (after a space where one fits, the space
    kept at the end of the line), so the lines joined without their
    indentation give the whole name back.
    """
    column = max(cell_width(label) for label, _ in short)
    name_column = 2 + column + 3
    indent = " " * (name_column if width - name_column >= NAME_ROOM else 4)
    lines: list[str] = []
    for label, name in short:
        first = f"  {label}{' ' * (column - cell_width(label))} = "
        lines += wrap(name, width, first=first, indent=indent, keep_spaces=True)
    return lines


#: Cells between two columns of a numbered map's names.
NUMBER_GAP = 3


def _number_lines(short: list[tuple[str, str]], width: int) -> list[str]:
    """A numbered map's ``number = name`` lines in columns, down one column then the next (as a phone book
    is read), every column as wide as the widest entry: Les Misérables' 77 names in 10 lines at 160 columns,
    not 77. One name a line (:func:`_name_lines`) when two columns do not fit the width."""
    column = max(cell_width(label) for label, _ in short)
    entries = [f"{label}{' ' * (column - cell_width(label))} = {name}" for label, name in short]
    wide = max(cell_width(entry) for entry in entries)
    columns = (width - 2 + NUMBER_GAP) // (wide + NUMBER_GAP)
    if columns < 2:
        return _name_lines(short, width)
    rows = -(-len(entries) // columns)
    return [
        "  " + (" " * NUMBER_GAP).join(pad(entry, wide) for entry in entries[row::rows]).rstrip() for row in range(rows)
    ]


def _fit_legend(legend: tuple[str, ...], width: int) -> tuple[str, ...]:
    """Every legend line within ``width`` cells: a longer one is wrapped, its later lines indented two more."""
    fitted: list[str] = []
    for line in legend:
        if cell_width(line) <= width:
            fitted.append(line)
            continue
        lead = len(line) - len(line.lstrip(" "))
        fitted += wrap(line[lead:], width, first=" " * lead, indent=" " * (lead + 2))
    return tuple(fitted)


def _since_lines(
    since: Since | None, lang: Language, width: int, *, new_named: bool = False, workbook: Workbook | None = None
) -> list[str]:
    """The legend's marks against a snapshot: what ``+`` means, then in words the ties new since it,
    and who and which ties are gone (not drawn: they are not in the network now). ``new_named``:
    the new stakeholders named too (the overview draws clusters, not them)."""
    if since is None:
        return []
    lines = [tr(lang, "map.since.mark", mark=MARK, label=since.label, day=since.taken)]
    if since.nothing:
        return lines + ["  " + tr(lang, "map.since.nothing")]
    parts: list[tuple[str, tuple[str, ...]]] = []
    if new_named and workbook is not None:
        parts.append(("map.since.new", tuple(s.name for s in workbook.stakeholders if s.id in since.new)))
    parts += [("map.since.new_ties", since.new_ties), ("map.since.gone", since.gone)]
    parts.append(("map.since.gone_ties", since.gone_ties))
    for key, names in parts:
        if names:
            items = [f"{name}," for name in names[:-1]] + [names[-1]]
            lines += flow(items, width, first="  " + tr(lang, key, count=len(names)), indent="    ", gap=" ")
    return lines


# --- overview -----------------------------------------------------------------


def _overview(workbook, ties, clusters, style, lang, width, options, plan=None) -> MapCanvas | None:
    number_of = {member: n for n, group in enumerate(clusters, 1) for member in group}
    names = {s.id: s.name for s in workbook.stakeholders}
    nodes = []
    for n, group in enumerate(clusters, 1):
        label = tr(lang, "map.cluster.label", number=n, size=len(group))
        nodes.append(drawing.Node(f"cluster:{n}", clean(label, CLUSTER_BRACKETS), CLUSTER_BRACKETS))
    between: dict[tuple[int, int], list[bool]] = {}
    for t in ties:
        a, b = number_of.get(t.a), number_of.get(t.b)
        if a is None or b is None or a == b:
            continue
        between.setdefault((min(a, b), max(a, b)), []).append(t.strength is Strength.STRONG)
    pairs = sorted(between)
    # Lines for the busiest pairs only when there are many (a line from every cluster to every other is a
    # thicket): at most OVERVIEW_LINES_PER_CLUSTER per cluster; the legend gives every pair's count.
    most = OVERVIEW_LINES_PER_CLUSTER * len(clusters)
    drawn_pairs = sorted(sorted(pairs, key=lambda p: (-len(between[p]), p))[:most])
    pairs_all, pairs = pairs, drawn_pairs
    edges = tuple(
        drawing.Edge(f"cluster:{a}-cluster:{b}", a - 1, b - 1, 2 * sum(between[(a, b)]) >= len(between[(a, b)]))
        for a, b in pairs
    )
    graph = drawing.Graph(
        nodes=tuple(nodes),
        edges=edges,
        cluster=tuple(range(len(nodes))),
        whole_labels=True,
        fills=drawing.OVERVIEW_FILLS,
    )
    drawn = drawing.draw(graph, width, options.height, style, auto_height=auto_height(width), previous=plan)
    if drawn is None:
        return None
    legend: list[str] = []
    if options.legend:
        legend += _key_lines(style, lang, width, ["cluster"], drawn.crossings > 0)
        members = sum(len(g) for g in clusters)
        legend.append(tr(lang, "map.view.overview", clusters=len(clusters), stakeholders=members, ties=len(ties)))
        degree = _degrees(ties)
        for (p, _node), group in zip(zip(drawn.nodes, graph.nodes, strict=False), clusters, strict=False):
            named = ", ".join(names[m] for m in _leaders(group, degree)[:NAMED_MEMBERS])
            more = len(group) - min(len(group), NAMED_MEMBERS)
            key = "map.cluster.members_more" if more else "map.cluster.members"
            line = "  " + tr(lang, key, label=p.label, names=named, more=more)
            legend.append(shorten(line, width, style.ellipsis))
        if len(pairs) < len(pairs_all):
            legend.append(tr(lang, "map.busiest", drawn=len(pairs), pairs=len(pairs_all)))
        if pairs_all:
            parts = [tr(lang, "map.cluster.pair", a=a, b=b, ties=len(between[(a, b)])) for a, b in pairs_all]
            legend += flow(parts, width, first=tr(lang, "map.between"))
        alone = [s.name for s in workbook.stakeholders if s.id not in number_of]
        if alone:
            parts = [f"{n}," for n in alone[:-1]] + [alone[-1]]
            legend += flow(parts, width, first=tr(lang, "map.isolates", count=len(alone)), gap=" ")
        legend += _since_lines(options.since, lang, width, new_named=True, workbook=workbook)
        if options.commands:
            legend.append(tr(lang, "map.focus_hint"))
            if not options.numbered:  # numbered, a big network may fit whole (its hubs' ties as buses)
                legend.append(tr(lang, "map.numbers_hint"))
            elif options.ascii:  # numbered, but ASCII draws no buses (glyphs.py)
                legend.append(tr(lang, "map.ascii_hint"))
    drawn = _spread(drawn, graph, width, options, style, legend)
    boxes = tuple(
        NodeBox(p.key, p.label, node.name, "cluster", p.row, p.col, p.width, tuple(clusters[i]))
        for i, (p, node) in enumerate(zip(drawn.nodes, graph.nodes, strict=False))
    )
    return MapCanvas(
        view=View.OVERVIEW,
        cells=tuple(tuple(row) for row in drawn.cells),
        legend=tuple(legend),
        nodes=boxes,
        routes={k: tuple(v) for k, v in drawn.routes.items()},
        ends=_ends(graph),
        plan=drawn.plan,
    )


def _degrees(ties) -> dict[str, int]:
    """Every stakeholder's ties within the whole map, counted once for all the clusters."""
    degree: dict[str, int] = {}
    for t in ties:
        degree[t.a] = degree.get(t.a, 0) + 1
        degree[t.b] = degree.get(t.b, 0) + 1
    return degree


def _leaders(group: Sequence[str], degree: Mapping[str, int]) -> list[str]:
    """A cluster's members, most ties within the whole map first, then workbook order."""
    position = {m: i for i, m in enumerate(group)}
    return sorted(group, key=lambda m: (-degree.get(m, 0), position[m]))


# --- list -----------------------------------------------------------------------


def _as_list(workbook, shown, style, lang, width, focus, view, options) -> MapCanvas:
    """The ties as text, one a line: ``A ━━ B``; the first names padded so the lines align."""
    new = options.since.new if options.since is not None else frozenset()
    names = {s.id: (MARK if s.id in new else "") + " ".join(s.name.split()) for s in workbook.stakeholders}
    room = max(4, (width - 7) // 2)
    left = [shorten(names[t.a], room, style.ellipsis) for t in shown]
    column = max((cell_width(x) for x in left), default=0)
    rows: list[list[str]] = []
    routes: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {}
    for t, a in zip(shown, left, strict=False):
        connector = style.line(2 | 8, t.strength is Strength.STRONG) * 2
        b = shorten(names[t.b], max(4, width - column - 7), style.ellipsis)
        text = f"  {pad(a, column)} {connector} {b}"
        cells = drawing.text_cells(text)
        start = 2 + column + 1
        routes[t.id] = ((len(rows) + 1, start), (len(rows) + 1, start + 1))  # below the title
        rows.append(cells)
    legend: list[str] = []
    if options.legend:
        legend.append(
            f"{tr(lang, 'map.legend')}  {style.sample(True)[:2]} {tr(lang, 'map.strong')}"
            f"  {style.sample(False)[:2]} {tr(lang, 'map.weak')}"
        )
        if view is View.FULL:
            legend.append(tr(lang, "map.view.list", ties=len(shown)))
        else:
            legend.append(_view_line(workbook, view, lang, focus, options, _count_members(shown, focus), len(shown)))
        legend += _since_lines(options.since, lang, width)
    header = [tr(lang, "map.list.title")]
    lines = tuple(tuple(drawing.text_cells(h)) for h in header) + tuple(tuple(r) for r in rows)
    return MapCanvas(
        view=View.LIST,
        cells=lines,
        legend=tuple(legend),
        nodes=(),
        routes=routes,
        ends={t.id: (t.a, t.b) for t in shown},
        focus=focus.key if focus else None,
    )


def _count_members(shown, focus) -> int:
    members = {t.a for t in shown} | {t.b for t in shown}
    if focus is not None and focus.cluster is None:
        members.add(focus.key)
    return len(members)


__all__ = ["MapOptions", "UnknownFocus", "auto_height", "clusters_of", "render", "resolve_focus"]
