"""Reading the network map: who holds it together, who sits apart, where it breaks.

Seed 000 asks the map for the power centres (ศูนย์อำนาจ), the cut points
(จุดตัด), the key players, the people who stay out though they should be
involved, and where information gets stuck or piles up in one place
(การติดขัดของข้อมูล); seed 001 adds hubs (จุดร่วม, Hub). Each of those is a
rule on a textbook measure (see :mod:`tui.core.analysis.centrality`), with
its threshold a named constant here and its reasoning in docs/ANALYSES.md.

The network is the stakeholders with at least one tie; isolates are listed,
not measured (see :func:`tui.core.analysis.graph.tied_part`). Every rule
compares the numbers rounded to :data:`DECIMALS` places — the numbers the
file shows — so a reader can check each finding by hand. Lists of
stakeholders come strongest first, ties broken by workbook order.
"""

from __future__ import annotations

import functools
import statistics
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.core.analysis import centrality
from tui.core.analysis.centrality import DECIMALS, Estimate
from tui.core.analysis.graph import build_graph, tied_part
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.vocab import Language, Strength

if TYPE_CHECKING:
    import networkx as nx

#: A hub has at least this many ties ...
HUB_MIN_TIES = 3
#: ... and at least this many times the network's mean number of ties.
HUB_FACTOR = 2.0
#: A power centre's eigenvector centrality is at least this share of the highest ...
POWER_SHARE_OF_TOP = 0.8
#: ... and at least this many times the network's mean.
POWER_FACTOR = 1.25
#: A broker's betweenness is at least this many times the network's mean (or it is a cut point).
BROKER_FACTOR = 2.0
#: An information bottleneck lies on more than this share of the shortest paths between the others.
BOTTLENECK_SHARE = 0.5
#: Louvain community detection is randomised; a fixed seed makes it repeatable.
CLUSTER_SEED = 1


#: The findings of :class:`Network` that list stakeholders (or ties), in reading order.
ROLES = (
    "hubs",
    "power_centres",
    "brokers",
    "cut_points",
    "bottlenecks",
    "isolates",
    "clusters",
    "bridges",
    "weak_bridges",
)


#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("analysis.role.",)


def role_label(lang: Language | str, role: str) -> str:
    """A role's title, e.g. ``role_label("th", "power_centres")`` -> ศูนย์อำนาจ."""
    return tr(lang, f"analysis.role.{role}")


def role_about(lang: Language | str, role: str) -> str:
    """One line saying what the role means, for a report or the help."""
    return tr(lang, f"analysis.role.{role}.about")


@dataclass(frozen=True)
class Network:
    """Everything the map says about the network's structure.

    Per-stakeholder measures cover every stakeholder (isolates score 0).
    ``components`` and ``clusters`` are tuples of stakeholder ids, largest
    first; ``bridges`` and ``weak_bridges`` are tie ids.
    """

    stakeholders: tuple[str, ...]
    members: tuple[str, ...]
    isolates: tuple[str, ...]
    ties: int
    density: float
    centralisation: float
    components: tuple[tuple[str, ...], ...]
    degree: Mapping[str, int]
    degree_centrality: Mapping[str, float]
    betweenness: Mapping[str, float]
    eigenvector: Mapping[str, float]
    eigenvector_estimated: tuple[str, ...]
    #: How betweenness was estimated from a sample of sources; None when it is exact.
    betweenness_estimate: Estimate | None
    hubs: tuple[str, ...]
    power_centres: tuple[str, ...]
    brokers: tuple[str, ...]
    cut_points: tuple[str, ...]
    bottlenecks: tuple[str, ...]
    clusters: tuple[tuple[str, ...], ...]
    bridges: tuple[str, ...]
    weak_bridges: tuple[str, ...]

    @property
    def connected(self) -> bool:
        """Is the network (isolates aside) in one piece?"""
        return len(self.components) == 1

    def cluster_of(self, stakeholder_id: str) -> int | None:
        """The 1-based number of the stakeholder's cluster; None for an isolate."""
        return self._cluster_numbers.get(stakeholder_id)

    @functools.cached_property
    def _cluster_numbers(self) -> dict[str, int]:
        """Asked once per stakeholder by every table: a map, not a walk through the clusters."""
        return {member: number for number, cluster in enumerate(self.clusters, 1) for member in cluster}


#: Readings kept, by what they depend on: a workshop's analysis service answers forty
#: sessions, each saving scores and notes far more often than it changes a tie.
READINGS_KEPT = 64
#: Stakeholders and ties above which a reading is not kept (a province's takes megabytes,
#: and is worked out in a child of its own anyway).
KEPT_UP_TO = 1500
_readings: OrderedDict[tuple[object, ...], Network] = OrderedDict()
_readings_lock = threading.Lock()


def read_network_of(workbook: Workbook, graph: nx.Graph) -> Network:
    """:func:`read_network` of ``graph``, the graph :func:`build_graph` made of ``workbook``,
    or the reading of an earlier workbook with the same stakeholders and ties.

    The reading depends on the stakeholders' ids in order and on each tie's ends, id
    and strength in order (the order its edges are added and its bridges are listed
    in); the rest of the workbook (names, scores, notes, the plan) is not read.
    A change of a score saved again spends nothing on the network (four fifths of
    a small workbook's analysis: betweenness, eigenvector, Louvain).
    """
    if len(workbook.stakeholders) + len(workbook.ties) > KEPT_UP_TO:
        return read_network(graph)
    key = (tuple(s.id for s in workbook.stakeholders), tuple((t.a, t.b, t.id, t.strength) for t in workbook.ties))
    with _readings_lock:
        known = _readings.get(key)
        if known is not None:
            _readings.move_to_end(key)
            return known
    found = read_network(graph)
    with _readings_lock:
        _readings[key] = found
        if len(_readings) > READINGS_KEPT:
            _readings.popitem(last=False)
    return found


def analyse_network(workbook: Workbook) -> Network:
    """Build the graph from the workbook and read it (without networkx while there are no ties)."""
    if not workbook.ties:
        return without_ties(tuple(s.id for s in workbook.stakeholders))
    return read_network_of(workbook, build_graph(workbook))


def without_ties(stakeholders: tuple[str, ...]) -> Network:
    """The reading of a map with no ties yet: everyone an isolate, every measure 0.

    Worked out here rather than by networkx so that a new workbook, saved
    after every edit of steps 1-3, does not pay for importing it.
    """
    zeros = {s: 0.0 for s in stakeholders}
    return Network(
        stakeholders=stakeholders,
        members=(),
        isolates=stakeholders,
        ties=0,
        density=0.0,
        centralisation=0.0,
        components=(),
        degree={s: 0 for s in stakeholders},
        degree_centrality=zeros,
        betweenness=zeros,
        eigenvector=zeros,
        eigenvector_estimated=(),
        betweenness_estimate=None,
        hubs=(),
        power_centres=(),
        brokers=(),
        cut_points=(),
        bottlenecks=(),
        clusters=(),
        bridges=(),
        weak_bridges=(),
    )


def read_network(graph: nx.Graph, clusters: tuple[tuple[str, ...], ...] | None = None) -> Network:
    """All measures and roles of a graph built by :func:`build_graph`.

    Node order is taken as workbook order; edges may carry ``tie`` (id) and
    ``strength`` attributes (without them, bridges are named "a-b" and
    counted as weak). ``clusters``: :func:`read_clusters` of this graph, when
    already worked out.
    """
    import networkx as nx

    order = {node: i for i, node in enumerate(graph)}
    net = tied_part(graph)
    members = tuple(net)

    def rounded(values: Mapping[str, float]) -> dict[str, float]:
        return {node: _round(values.get(node, 0.0)) for node in graph}

    def by_order(nodes: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(nodes, key=order.__getitem__))

    def strongest_first(nodes: Iterable[str], score: Mapping[str, float]) -> tuple[str, ...]:
        return tuple(sorted(nodes, key=lambda node: (-score[node], order[node])))

    degree = {node: graph.degree(node) for node in graph}
    degree_c = rounded(centrality.degree_centrality(net))
    between_raw, between_estimate = centrality.betweenness(net)
    between = rounded(between_raw)
    eigen_raw, estimated = centrality.eigenvector(net) if members else ({}, frozenset())
    eigen = rounded(eigen_raw)

    cut_points = set(nx.articulation_points(net))
    hubs = _above(members, degree, HUB_FACTOR, floor=HUB_MIN_TIES)
    power = _above(members, eigen, POWER_FACTOR, share_of_top=POWER_SHARE_OF_TOP)
    brokers = set(_above(members, between, BROKER_FACTOR)) | cut_points
    bottlenecks = [node for node in members if between[node] > BOTTLENECK_SHARE]
    bridges = sorted(_bridges(net), key=lambda edge: _tie_position(net, edge, order))
    weak = [(a, b) for a, b in bridges if net.edges[a, b].get("strength") != Strength.STRONG]
    return Network(
        stakeholders=tuple(graph),
        members=members,
        isolates=tuple(node for node in graph if degree[node] == 0),
        ties=net.number_of_edges(),
        density=_round(centrality.density(net)) if members else 0.0,
        centralisation=_round(centrality.degree_centralisation(net)),
        components=_largest_first([by_order(c) for c in nx.connected_components(net)], order),
        degree=degree,
        degree_centrality=degree_c,
        betweenness=between,
        eigenvector=eigen,
        eigenvector_estimated=by_order(estimated),
        betweenness_estimate=between_estimate,
        hubs=strongest_first(hubs, degree),
        power_centres=strongest_first(power, eigen),
        brokers=strongest_first(brokers, between),
        cut_points=by_order(cut_points),
        bottlenecks=strongest_first(bottlenecks, between),
        clusters=read_clusters(graph) if clusters is None else clusters,
        bridges=tuple(_tie_name(net, a, b) for a, b in bridges),
        weak_bridges=tuple(_tie_name(net, a, b) for a, b in weak),
    )


def read_clusters(graph: nx.Graph) -> tuple[tuple[str, ...], ...]:
    """The clusters of a graph made by :func:`~tui.core.analysis.graph.build_graph` (or its
    bare form): Louvain on its tied part, largest first, ids in workbook order."""
    order = {node: i for i, node in enumerate(graph)}
    found = [tuple(sorted(c, key=order.__getitem__)) for c in _communities(tied_part(graph))]
    return _largest_first(found, order)


def _round(value: float) -> float:
    return round(value, DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0


def _above(
    members: tuple[str, ...],
    score: Mapping[str, float],
    factor: float,
    *,
    floor: float = 0.0,
    share_of_top: float = 0.0,
) -> list[str]:
    """Members who stand out: score >= factor x mean, >= floor, >= share of the top, and > 0.

    Comparing with the mean keeps the rule meaningful on a map of 6 and of
    600; on a map where everyone scores the same (a ring, a complete graph)
    nobody stands out and the list is empty.
    """
    if not members:
        return []
    values = [score[node] for node in members]
    bar = max(factor * statistics.fmean(values), floor, share_of_top * max(values))
    return [node for node in members if score[node] > 0 and score[node] >= bar]


def _bridges(net: nx.Graph) -> list[tuple[str, str]]:
    """Ties whose removal splits the network: the biconnected blocks made of one tie.

    The same ties as ``nx.bridges``, from one depth-first pass, where its chain
    decomposition takes about five times as long on a province's network.
    """
    import networkx as nx

    return [block[0] for block in nx.biconnected_component_edges(net) if len(block) == 1]


def _communities(net: nx.Graph) -> list[set[str]]:
    """Louvain communities (networkx), repeatable thanks to :data:`CLUSTER_SEED`."""
    import networkx as nx

    if net.number_of_edges() == 0:
        return []
    return nx.community.louvain_communities(net, seed=CLUSTER_SEED)


def _largest_first(groups: list[tuple[str, ...]], order: Mapping[str, int]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(groups, key=lambda g: (-len(g), order[g[0]])))


def _tie_name(net: nx.Graph, a: str, b: str) -> str:
    return net.edges[a, b].get("tie") or f"{a}-{b}"


def _tie_position(net: nx.Graph, edge: tuple[str, str], order: Mapping[str, int]) -> tuple[int, ...]:
    """Workbook order of ties (``index``), else the order of their ends."""
    a, b = edge
    index = net.edges[a, b].get("index")
    return (index,) if index is not None else tuple(sorted((order[a], order[b])))
