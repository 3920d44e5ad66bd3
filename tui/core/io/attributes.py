"""A workbook's entries and findings as flat attributes, for the graph formats.

GraphML and GEXF (and the tools that read them: Gephi, yEd, Cytoscape) hold
one value per attribute, of type text, integer, decimal or true/false — no
lists and no "nothing". So here:

* every model field becomes an attribute of the same name (``sector``,
  ``influence``, ``power_bases`` …), vocabulary values as their stable codes;
* a list is joined with ``|`` (Kumu's separator): ``"role|impact"``;
* a field with nothing in it is left out, as in the TOML file (tools show an
  empty cell); flags that are always true or false are always written;
* what Phakhi worked out is added with an ``analysis_`` prefix — quadrant,
  key player, strategy to use, degree, strong ties, the three centralities,
  cluster, roles — so it is never mistaken for an entry and never clashes
  with the field it derives from (``key_player`` is the user's call,
  ``analysis_key_player`` the answer).

Nodes also get ``label`` (the name; Gephi and Cytoscape show it) and ties a
``weight`` (2 strong, 1 weak) that Gephi and Cytoscape draw as thickness.
"""

from __future__ import annotations

import enum
from typing import Any

from tui.core.analysis import Analysis
from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.schema import Shape, fields_of, is_empty
from tui.core.vocab import Strength

LIST_SEPARATOR = "|"
#: Kumu's headings for the history (tui/core/io/csv_export.py): the days a stakeholder or a tie
#: started and ended, and the years it was in the network, which Kumu's tagged timeline reads.
START_DATE, END_DATE, TAGS = "Start Date", "End Date", "Tags"
#: Tie weight for tools that draw thickness: a strong tie twice a weak one.
WEIGHT = {Strength.STRONG: 2, Strength.WEAK: 1}
#: The roles of :class:`~tui.core.analysis.Network` that name stakeholders.
NODE_ROLES = ("hubs", "power_centres", "brokers", "cut_points", "bottlenecks", "isolates")

Scalar = str | int | float | bool


def record_attributes(record: object, skip: tuple[str, ...] = ()) -> dict[str, Scalar]:
    """Every filled field of a model record as a plain scalar, by field name."""
    out: dict[str, Scalar] = {}
    for spec in fields_of(type(record)):
        if spec.name in skip or spec.shape in (Shape.ROWS, Shape.RECORD):
            continue
        value: Any = getattr(record, spec.name)
        if spec.shape is Shape.FLAG:
            out[spec.name] = bool(value)
        elif is_empty(spec, value):
            continue
        elif spec.shape in (Shape.CHOICES, Shape.TEXTS):
            out[spec.name] = LIST_SEPARATOR.join(v.value if isinstance(v, enum.Enum) else v for v in value)
        elif isinstance(value, enum.Enum):
            out[spec.name] = str(value.value)
        else:
            out[spec.name] = value
    return out


def node_attributes(stakeholder: Stakeholder, analysis: Analysis) -> dict[str, Scalar]:
    """The stakeholder's fields, its label, and its ``analysis_*`` findings."""
    out: dict[str, Scalar] = {"label": stakeholder.name}
    out |= record_attributes(stakeholder, skip=("id",))
    return out | node_findings(stakeholder.id, analysis)


def node_findings(stakeholder_id: str, analysis: Analysis) -> dict[str, Scalar]:
    """What the analyses say about one stakeholder, every key prefixed ``analysis_``."""
    net = analysis.network
    placement = analysis.grid.placement(stakeholder_id)
    out: dict[str, Scalar] = {}
    if placement is not None and placement.quadrant is not None:
        out["analysis_quadrant"] = int(placement.quadrant)
    out["analysis_key_player"] = bool(placement and placement.key_player)
    if placement is not None and placement.strategy is not None:
        out["analysis_strategy"] = str(placement.strategy.value)
    out["analysis_degree"] = int(net.degree.get(stakeholder_id, 0))
    out["analysis_degree_centrality"] = float(net.degree_centrality.get(stakeholder_id, 0.0))
    out["analysis_betweenness"] = float(net.betweenness.get(stakeholder_id, 0.0))
    out["analysis_eigenvector"] = float(net.eigenvector.get(stakeholder_id, 0.0))
    cluster = net.cluster_of(stakeholder_id)
    if cluster is not None:
        out["analysis_cluster"] = cluster
    roles = [role for role in NODE_ROLES if stakeholder_id in getattr(net, role)]
    if roles:
        out["analysis_roles"] = LIST_SEPARATOR.join(roles)
    return out


def edge_attributes(tie: Tie, analysis: Analysis) -> dict[str, Scalar]:
    """The tie's fields (its ends aside), its weight, and whether it is a bridge."""
    out = record_attributes(tie, skip=("a", "b"))
    out["weight"] = WEIGHT[tie.strength]
    out["analysis_bridge"] = tie.id in analysis.network.bridges
    return out


def graph_attributes(workbook: Workbook) -> dict[str, Scalar]:
    """The project's fields, the language and the plan's vision, as graph-level data."""
    out: dict[str, Scalar] = {"format": "phakhi-workbook", "language": str(workbook.language.value)}
    if workbook.project.title:
        out["name"] = workbook.project.title  # the graph's name in GEXF and networkx
    out |= record_attributes(workbook.project)
    out |= record_attributes(workbook.plan, skip=("rows",))
    return out
