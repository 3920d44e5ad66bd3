"""The analyses of the method: the grid, the network map's measures, its shape, the gaps.

Plain functions returning frozen dataclasses, so screens, the CLI, reports
and tests all read the same answers. One module per question:

* :mod:`.grid` — step 6: quadrants, key players, strategies; ใบงาน 1's 3x3 table;
* :mod:`.graph` — the workbook as a networkx graph;
* :mod:`.centrality` — the textbook measures (degree, betweenness, eigenvector,
  density, centralisation);
* :mod:`.network` — hubs, power centres, brokers, cut points, bottlenecks,
  isolates, clusters, bridges;
* :mod:`.shape` — the network's shape as seed 001 names it, with advice;
* :mod:`.gaps` — what the network still lacks;
* :mod:`.gates` — who reaches our group only through one other stakeholder.

networkx is imported inside the functions that need it, never at import
time (a test checks), and the modules themselves load when a name from
them is first asked for: the home screen needs none of them, and a step
screen that places stakeholders on the grid needs only the grid's.
Thresholds and where each word comes from: docs/ANALYSES.md.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.analysis.gaps import Gaps, find_gaps
    from tui.core.analysis.graph import build_graph
    from tui.core.analysis.grid import Grid, GroupTable, Placement, Quadrant, group_table, prioritise
    from tui.core.analysis.network import Network, analyse_network, read_network, without_ties
    from tui.core.analysis.shape import Shape, ShapeReading, read_shape
    from tui.core.model import Workbook

#: Which module each public name comes from.
_HOMES = {
    "Gaps": "gaps",
    "find_gaps": "gaps",
    "build_graph": "graph",
    "Grid": "grid",
    "GroupTable": "grid",
    "Placement": "grid",
    "Quadrant": "grid",
    "group_table": "grid",
    "prioritise": "grid",
    "Network": "network",
    "analyse_network": "network",
    "read_network": "network",
    "without_ties": "network",
    "Shape": "shape",
    "ShapeReading": "shape",
    "read_shape": "shape",
}

__all__ = [  # written out, so tools see the names the TYPE_CHECKING imports give
    "Analysis",
    "Gaps",
    "Grid",
    "GroupTable",
    "Network",
    "Placement",
    "Quadrant",
    "Shape",
    "ShapeReading",
    "analyse",
    "analyse_network",
    "build_graph",
    "find_gaps",
    "group_table",
    "prioritise",
    "read_network",
    "read_shape",
    "without_ties",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # asked once
    return value


@dataclass(frozen=True)
class Analysis:
    """Every analysis of one workbook, computed together (the graph is built once)."""

    grid: Grid
    groups: GroupTable
    network: Network
    shape: ShapeReading
    gaps: Gaps


def analyse(workbook: Workbook) -> Analysis:
    """Everything at once; networkx is imported only if the workbook has ties."""
    from tui.core.analysis.gaps import find_gaps
    from tui.core.analysis.graph import build_graph
    from tui.core.analysis.grid import group_table, prioritise
    from tui.core.analysis.network import read_network_of, without_ties
    from tui.core.analysis.shape import read_shape

    grid = prioritise(workbook)
    if workbook.ties:
        graph = build_graph(workbook)
        network = read_network_of(workbook, graph)
    else:
        graph = None
        network = without_ties(tuple(s.id for s in workbook.stakeholders))
    return Analysis(
        grid=grid,
        groups=group_table(workbook),
        network=network,
        shape=read_shape(network),
        gaps=find_gaps(workbook, grid, graph),
    )
