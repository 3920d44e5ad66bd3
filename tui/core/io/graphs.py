"""GraphML and GEXF: the network with every entry and finding, for Gephi, yEd and Cytoscape.

Both are written by networkx's own writers (``nx.write_graphml``,
``nx.write_gexf``) from a graph built here, so the XML is what those tools
already read. Node ids are the stakeholder ids (``s1``), edges the ties
(undirected, with the tie id); the attributes are :mod:`.attributes`'s.
networkx is imported inside the functions: exporting is the only reason to
load it for a workbook without ties.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from tui.core.analysis import Analysis, analyse
from tui.core.io.attributes import edge_attributes, graph_attributes, node_attributes
from tui.core.model import Workbook

if TYPE_CHECKING:
    import networkx as nx


def export_graph(workbook: Workbook, analysis: Analysis | None = None) -> nx.Graph:
    """Every stakeholder a node and every tie an edge, with scalar attributes only."""
    import networkx as nx

    found = analysis or analyse(workbook)
    graph = nx.Graph(**graph_attributes(workbook))
    for stakeholder in workbook.stakeholders:
        graph.add_node(stakeholder.id, **node_attributes(stakeholder, found))
    for tie in workbook.ties:
        graph.add_edge(tie.a, tie.b, **edge_attributes(tie, found))
    return graph


def to_graphml(workbook: Workbook, analysis: Analysis | None = None) -> str:
    """GraphML 1.0 in UTF-8; each tie's id is also the edge's XML id."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(export_graph(workbook, analysis), buffer, encoding="utf-8", edge_id_from_attribute="id")
    return buffer.getvalue().decode("utf-8")


def to_gexf(workbook: Workbook, analysis: Analysis | None = None) -> str:
    """GEXF 1.2 in UTF-8: ``label`` is the node's label, ``id`` and ``weight`` the edge's own."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(export_graph(workbook, analysis), buffer, encoding="utf-8", version="1.2draft")
    return buffer.getvalue().decode("utf-8")
