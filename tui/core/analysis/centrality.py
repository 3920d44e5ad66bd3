"""Centralities and whole-network measures, each one networkx's standard definition.

The point of using the textbook measures unchanged is that a facilitator can
check a figure against any SNA text or tool: degree centrality is ties / (n-1);
betweenness is the normalised share of shortest paths (Freeman 1977, Brandes'
algorithm in networkx); density is ties / possible ties; degree
centralisation is Freeman's (1979). The one place we add a rule is
eigenvector centrality on a graph in several pieces, where the textbook
answer is undefined (see :func:`eigenvector`).

All functions take the graph of the network proper (no isolates, see
:func:`tui.core.analysis.graph.tied_part`) and return plain dicts keyed by
node in the graph's order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

#: Power iteration steps before eigenvector centrality gives up on a component.
EIGENVECTOR_MAX_ITER = 1000
#: networkx's convergence tolerance (its default).
EIGENVECTOR_TOL = 1.0e-6
#: Betweenness is exact while members x ties is at most this (about 570 members with
#: 3 ties each, under a second); above it, it is estimated from a sample of sources,
#: as many as this work pays for.
BETWEENNESS_EXACT_WORK = 1_000_000
#: An estimate follows the paths from at least this many sampled members.
BETWEENNESS_MIN_SOURCES = 50
#: The sample is drawn in this many batches, whose spread gives the error.
BETWEENNESS_BATCHES = 10
#: The error's confidence, and Student's t for it with 9 degrees of freedom (10 batches).
#: Batches of a few sources are far from normal (a hub's share comes in jumps), so the
#: interval is drawn wide: at 99 % the top hub of a Barabási–Albert graph fell outside it.
CONFIDENCE = 0.999
T_CONFIDENCE = 4.781
#: Places kept in every measure (the saved file shows the same); an error is rounded up to them.
DECIMALS = 4


def density(graph: nx.Graph) -> float:
    """Ties present / ties possible: 1.0 when everyone is tied to everyone."""
    import networkx as nx

    return nx.density(graph)


def degree_centralisation(graph: nx.Graph) -> float:
    """Freeman's degree centralisation: 1.0 for a star, 0.0 when all degrees are equal.

    Sum over nodes of (highest degree - degree), divided by the largest that
    sum can be for this many nodes, (n-1)(n-2), which a star reaches. Below
    three nodes every graph is as central as it can be, so it is 0.0.
    """
    n = graph.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [d for _, d in graph.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


def degree_centrality(graph: nx.Graph) -> dict[str, float]:
    import networkx as nx

    return nx.degree_centrality(graph)


@dataclass(frozen=True)
class Estimate:
    """How a measure was estimated from a sample, for the file and the report to say.

    Every stakeholder's value lies within ``error`` of the exact one at
    :data:`CONFIDENCE` (``error`` is the widest of the stakeholders' own
    intervals, rounded up to the places the file keeps).
    """

    sources: int  # stakeholders whose shortest paths were followed
    members: int  # of how many
    batches: int  # drawn as this many samples, networkx seeds 1, 2, ...
    error: float


def betweenness(graph: nx.Graph, exact_work: int | None = None) -> tuple[dict[str, float], Estimate | None]:
    """Share of the shortest paths between the others that run through each node.

    Exact (Brandes' algorithm, a pass over every tie from every member) while
    members x ties is at most ``exact_work``; on a bigger network the passes
    start from a random sample of members instead (networkx's ``k``), as many
    as ``exact_work`` pays for and at least :data:`BETWEENNESS_MIN_SOURCES`,
    so the cost stops growing with the square of the network. The sample is
    drawn in :data:`BETWEENNESS_BATCHES` batches with fixed seeds: the value
    is their mean (each batch is an unbiased estimate), the same on every
    run, and their spread gives the error, returned with the values (None
    when exact). ``exact_work`` defaults to :data:`BETWEENNESS_EXACT_WORK`.
    """
    import networkx as nx

    exact_work = BETWEENNESS_EXACT_WORK if exact_work is None else exact_work
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    per_batch = math.ceil(max(BETWEENNESS_MIN_SOURCES, exact_work // max(m, 1)) / BETWEENNESS_BATCHES)
    if n * m <= exact_work or per_batch >= n:  # a batch of every member would be the exact count
        return nx.betweenness_centrality(graph, normalized=True), None
    batches = [
        nx.betweenness_centrality(graph, k=per_batch, normalized=True, seed=seed)
        for seed in range(1, BETWEENNESS_BATCHES + 1)
    ]
    values: dict[str, float] = {}
    widest = 0.0
    for node in graph:
        sample = [batch[node] for batch in batches]
        mean = values[node] = sum(sample) / len(sample)
        spread = math.sqrt(sum((x - mean) ** 2 for x in sample) / (len(sample) - 1))  # sample standard deviation
        widest = max(widest, T_CONFIDENCE * spread / math.sqrt(len(sample)))
    error = math.ceil(widest * 10**DECIMALS) / 10**DECIMALS
    return values, Estimate(per_batch * BETWEENNESS_BATCHES, n, BETWEENNESS_BATCHES, error)


def eigenvector(graph: nx.Graph) -> tuple[dict[str, float], frozenset[str]]:
    """Eigenvector centrality, well defined on a network in several pieces.

    On a connected graph this is networkx's ``eigenvector_centrality`` (unit
    Euclidean length). On a disconnected one the leading eigenvector is not
    unique (two equal pieces) or puts zero on every piece but the one with
    the largest eigenvalue, and power iteration may not converge; numpy's
    exact solver is not a dependency. So each connected piece is solved on
    its own and scaled by sqrt(piece size / network size): the whole vector
    keeps unit length, a connected network gets exactly networkx's values,
    and a small piece cannot outrank the main body just by being small.

    A piece whose power iteration does not converge within
    :data:`EIGENVECTOR_MAX_ITER` steps gets the first step of the iteration
    instead (degree + 1, scaled to unit length) and its nodes are returned
    in the second value, so a report can mark them as estimates.
    """
    import networkx as nx

    n = graph.number_of_nodes()
    scores: dict[str, float] = {}
    estimated: set[str] = set()
    pieces = list(nx.connected_components(graph))
    for nodes in pieces:
        # A copy, not a view: the iteration walks neighbours thousands of times.
        piece = graph if len(pieces) == 1 else graph.subgraph(nodes).copy()
        try:
            values = nx.eigenvector_centrality(piece, max_iter=EIGENVECTOR_MAX_ITER, tol=EIGENVECTOR_TOL)
        except nx.PowerIterationFailedConvergence:
            values = _first_power_step(piece)
            estimated.update(nodes)
        scale = math.sqrt(len(nodes) / n)
        scores.update((node, value * scale) for node, value in values.items())
    return {node: scores[node] for node in graph}, frozenset(estimated)


def _first_power_step(piece: nx.Graph) -> dict[str, float]:
    """One step of networkx's iteration (x <- x + Ax from all ones), unit length."""
    raw = {node: degree + 1.0 for node, degree in piece.degree()}
    length = math.sqrt(sum(v * v for v in raw.values()))
    return {node: v / length for node, v in raw.items()}
