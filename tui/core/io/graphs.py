"""GraphML and GEXF: the network with every entry and finding, for Gephi, yEd and Cytoscape.

Both are written by networkx's own writers (``nx.write_graphml``,
``nx.write_gexf``) from a graph built here, so the XML is what those tools
already read. Node ids are the stakeholder ids (``s1``), edges the ties
(undirected, with the tie id); the attributes are :mod:`.attributes`'s.
networkx is imported inside the functions: exporting is the only reason to
load it for a workbook without ties.

GEXF also carries the network's history, so that Gephi's timeline plays it
(seed 000 line 312: a good map shows the networks that joined and those that
dissolved): a node or an edge ends on the day its stakeholder left or its tie
ended, and starts on the day of the first snapshot it is in, when an earlier
snapshot did not have it (it joined in between). Everything else has no
start or end: there since before the first snapshot, and still there.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from tui.core.analysis import Analysis, analyse
from tui.core.io.attributes import edge_attributes, graph_attributes, node_attributes
from tui.core.model import Workbook
from tui.core.snapshots import first_seen

if TYPE_CHECKING:
    import networkx as nx


def export_graph(workbook: Workbook, analysis: Analysis | None = None, *, spells: bool = False) -> nx.Graph:
    """Every stakeholder a node and every tie an edge, with scalar attributes only; with
    ``spells``, the days each starts and ends (GEXF's ``start`` and ``end``)."""
    import networkx as nx

    found = analysis or analyse(workbook)
    graph = nx.Graph(**graph_attributes(workbook))
    joined = first_seen(workbook) if spells else {}
    for stakeholder in workbook.stakeholders:
        when = _spell(joined.get(stakeholder.id), stakeholder.left) if spells else {}
        graph.add_node(stakeholder.id, **node_attributes(stakeholder, found), **when)
    for tie in workbook.ties:
        when = _spell(joined.get(tie.id), tie.ended) if spells else {}
        graph.add_edge(tie.a, tie.b, **edge_attributes(tie, found), **when)
    return graph


def _spell(start: str | None, end: str) -> dict[str, str]:
    return ({"start": start} if start else {}) | ({"end": end} if end else {})


def to_graphml(workbook: Workbook, analysis: Analysis | None = None) -> str:
    """GraphML 1.0 in UTF-8; each tie's id is also the edge's XML id."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(export_graph(workbook, analysis), buffer, encoding="utf-8", edge_id_from_attribute="id")
    return buffer.getvalue().decode("utf-8")


def to_gexf(workbook: Workbook, analysis: Analysis | None = None) -> str:
    """GEXF 1.2 in UTF-8: ``label`` is the node's label, ``id`` and ``weight`` the edge's own;
    a dynamic graph, with days, when anything joined after the first snapshot, left or ended."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(export_graph(workbook, analysis, spells=True), buffer, encoding="utf-8", version="1.2draft")
    return buffer.getvalue().decode("utf-8")
