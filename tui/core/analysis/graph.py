"""The workbook as a networkx graph: the one place where entries become nodes and edges.

networkx costs about a quarter of a second to import, so it is imported here
inside the functions, never at module level: ``import tui.core.analysis``
stays cheap and the app pays for networkx only when a map is first analysed.

Nodes are stakeholder ids in workbook order (that order breaks every tie in
the analyses, so results never depend on hashing); edges are ties, undirected
and unweighted, carrying the tie's id and strength. Tie strength is a
category the user picks (แน่นแฟ้น / หลวม ๆ), not a measured distance, so the
measures count steps, not weights; strength is used where the seed uses it
(weak-tie bridges).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tui.core.model import Workbook

if TYPE_CHECKING:
    import networkx as nx


#: Where :func:`tied_part` keeps its answer among the graph's attributes.
_TIED_PART = "phakhi.tied_part"


def build_graph(workbook: Workbook) -> nx.Graph:
    """Every stakeholder as a node (isolates too) and every tie as an edge.

    Node attributes: name, sector, kind, influence, interest (None when not
    scored). Edge attributes: tie (its id), index (its place in the
    workbook's list of ties), strength, relation, form. A tie naming a
    stakeholder that is not in the workbook, or joining one to itself, is
    left out (the loader refuses such files; this keeps a half-edited
    workbook from breaking the analyses). When two ties join the
    same pair, the first one is kept.
    """
    import networkx as nx

    graph = nx.Graph()
    for s in workbook.stakeholders:
        graph.add_node(s.id, name=s.name, sector=s.sector, kind=s.kind, influence=s.influence, interest=s.interest)
    for index, tie in enumerate(workbook.ties):
        if _kept(graph, tie.a, tie.b):
            graph.add_edge(
                tie.a, tie.b, tie=tie.id, index=index, strength=tie.strength, relation=tie.relation, form=tie.form
            )
    return graph


def bare_graph(stakeholders: Iterable[str], ends: Iterable[tuple[str, str]]) -> nx.Graph:
    """The nodes and edges :func:`build_graph` makes of these stakeholder ids and tie ends,
    in the same order, without their fields: all that the clusters need, built in a
    fraction of the time on a province's network."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(stakeholders)
    graph.add_edges_from((a, b) for a, b in ends if _kept(graph, a, b))
    return graph


def _kept(graph: nx.Graph, a: str, b: str) -> bool:
    """Is a tie between ``a`` and ``b`` an edge: two known stakeholders, not yet joined?"""
    return a != b and a in graph and b in graph and not graph.has_edge(a, b)


def tied_part(graph: nx.Graph) -> nx.Graph:
    """The network proper: the stakeholders with at least one tie.

    Isolates are listed as a finding of their own (seed 000: "หาบุคคลหรือกลุ่ม
    ที่อยู่เฉยทั้ง ๆ ที่ควรเข้ามาเกี่ยวข้อง") and left out of the measures, so
    that brainstormed names nobody has linked yet do not water down density,
    centralisation and betweenness. Node order is kept.

    Worked out once per graph and kept in ``graph.graph``: the measures and
    the gaps both start from it, and on a province's network a copy costs a
    good part of a second. The graph is not to be changed after that.
    """
    kept = graph.graph.get(_TIED_PART)
    if kept is None:
        kept = graph.graph[_TIED_PART] = graph.subgraph([node for node in graph if graph.degree(node) > 0]).copy()
    return kept
