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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

#: Power iteration steps before eigenvector centrality gives up on a component.
EIGENVECTOR_MAX_ITER = 1000
#: networkx's convergence tolerance (its default).
EIGENVECTOR_TOL = 1.0e-6


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


def betweenness(graph: nx.Graph) -> dict[str, float]:
    """Share of the shortest paths between the others that run through each node."""
    import networkx as nx

    return nx.betweenness_centrality(graph, normalized=True)


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
