"""Workbooks built from networkx graphs, for testing the analyses on graphs with known answers.

Stakeholders are ``s<n>`` and ties ``t<n>``: an integer node n becomes
``s<n>``; any other node (the Florentine families' names) becomes
``s<position>`` with the node as its name. Ties are weak unless ``strong``
says otherwise, in the graph's edge order.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import networkx as nx

from tui.core import model
from tui.core.vocab import Strength


def stakeholder_ids(graph: nx.Graph) -> dict[Hashable, str]:
    """Node -> stakeholder id, as :func:`workbook_from_graph` assigns them."""
    if all(isinstance(node, int) for node in graph):
        return {node: f"s{node}" for node in graph}
    return {node: f"s{i}" for i, node in enumerate(graph, 1)}


def workbook_from_graph(
    graph: nx.Graph,
    *,
    strong: Callable[[Hashable, Hashable], bool] = lambda a, b: False,
) -> model.Workbook:
    ids = stakeholder_ids(graph)
    return model.Workbook(
        stakeholders=[model.Stakeholder(ids[node], str(node)) for node in graph],
        ties=[
            model.Tie(f"t{i}", ids[a], ids[b], strength=Strength.STRONG if strong(a, b) else Strength.WEAK)
            for i, (a, b) in enumerate(graph.edges(), 1)
        ],
    )


def plain(graph: nx.Graph) -> nx.Graph:
    """The same nodes and edges without attributes (karate_club_graph carries weights)."""
    bare = nx.Graph()
    bare.add_nodes_from(graph)
    bare.add_edges_from(graph.edges())
    return bare


def two_hub_graph(leaves: int = 5) -> nx.Graph:
    """Seed 000's "ผ่าน Hub": two coordinating hubs, tied to each other, each with its own members."""
    graph = nx.Graph()
    graph.add_edge(0, 1)
    for hub in (0, 1):
        for k in range(leaves):
            graph.add_edge(hub, 2 + hub * leaves + k)
    return graph


def many_hub_graph(hubs: int = 4, leaves: int = 4) -> nx.Graph:
    """Baran's decentralised network: several stars whose centres are tied in a ring."""
    graph = nx.cycle_graph(hubs)
    for hub in range(hubs):
        for k in range(leaves):
            graph.add_edge(hub, hubs + hub * leaves + k)
    return graph
