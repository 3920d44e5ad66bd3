"""Gaps (ช่องว่าง): what the network still lacks, for the plan to close.

Seed 000 uses the map "เพื่อวิเคราะห์หาช่องว่างในการดำเนินการไปสู่เป้าหมาย และสร้าง
เครือข่ายเพิ่มเติมเพื่อเข้าไปปิดช่องว่างเหล่านั้น" — to find the gaps on the way
to the goal and build ties that close them. The gaps found here:

* sectors of the triangle (ไตรพลัง) with no stakeholder at all;
* key players with no ties — seed 000's people "ที่อยู่เฉยทั้ง ๆ ที่ควรเข้ามา
  เกี่ยวข้อง" (idle although they should be involved);
* stakeholders who reach our group only through one other stakeholder (a cut
  point between them and us), like "หลวม ผ่านชาคริต" in the planning table of
  seed 001 — one person leaving would cut them off;
* stakeholders with ties who are not connected to our group at all (not
  asked for by the seeds, but the same question one step further);
* planning-table rows with no method (วิธีการ) yet.

"Our group" is the plan's ``our_stakeholder`` when it has ties; otherwise the
largest piece of the network stands in for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.core.analysis.gates import go_betweens
from tui.core.analysis.graph import build_graph, tied_part
from tui.core.analysis.grid import Grid, prioritise
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.vocab import Language, Sector

if TYPE_CHECKING:
    import networkx as nx


#: The kinds of gap, in reading order; each is a field of :class:`Gaps`.
KINDS = ("missing_sectors", "uninvolved_key_players", "only_through", "not_connected", "plan_rows_without_methods")


#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("analysis.gap.",)


def gap_label(lang: Language | str, kind: str) -> str:
    return tr(lang, f"analysis.gap.{kind}")


def gap_about(lang: Language | str, kind: str) -> str:
    return tr(lang, f"analysis.gap.{kind}.about")


@dataclass(frozen=True)
class Gaps:
    """The gaps of one workbook; stakeholder ids in workbook order.

    ``only_through`` maps a stakeholder to the one stakeholder it reaches our
    group through: the cut point nearest to it (in a chain us - A - B - C,
    C goes through B and B through A). ``anchor`` is the id of our group when
    it was used, None when the largest piece stood in for it.
    """

    missing_sectors: tuple[Sector, ...]
    uninvolved_key_players: tuple[str, ...]
    only_through: Mapping[str, str]
    not_connected: tuple[str, ...]
    plan_rows_without_methods: tuple[str, ...]
    anchor: str | None

    @property
    def found(self) -> bool:
        """Is there any gap at all?"""
        return any(getattr(self, kind) for kind in KINDS)


def find_gaps(workbook: Workbook, grid: Grid | None = None, graph: nx.Graph | None = None) -> Gaps:
    """All gaps; pass ``grid`` and ``graph`` when already built, to save the work.

    ``graph`` None with ties in the workbook means "build it"; with no ties,
    there is nothing to build and networkx is not imported.
    """
    grid = grid or prioritise(workbook)
    if graph is None and workbook.ties:
        graph = build_graph(workbook)
    if graph is None:  # no ties yet: nothing to reach through, and no need for networkx
        tied: set[str] = set()
        only_through: dict[str, str] = {}
        not_connected: tuple[str, ...] = ()
        anchor = None
    else:
        tied = {node for node in graph if graph.degree(node) > 0}
        anchor, only_through, not_connected = _reach(workbook, graph)
    present = {s.sector for s in workbook.stakeholders}
    return Gaps(
        missing_sectors=tuple(sector for sector in Sector if sector not in present),
        uninvolved_key_players=tuple(s for s in grid.key_players if s not in tied),
        only_through=only_through,
        not_connected=not_connected,
        plan_rows_without_methods=tuple(
            row.id for row in workbook.plan.rows if not any(method.strip() for method in row.methods)
        ),
        anchor=anchor,
    )


def _reach(workbook: Workbook, graph: nx.Graph) -> tuple[str | None, dict[str, str], tuple[str, ...]]:
    """Who depends on a single stakeholder to reach our group, and who cannot reach it."""
    import networkx as nx

    net = tied_part(graph)
    if net.number_of_nodes() == 0:
        return None, {}, ()
    order = {node: i for i, node in enumerate(graph)}
    ours = workbook.plan.our_stakeholder
    anchor = ours if ours in net else None
    pieces = sorted(nx.connected_components(net), key=lambda c: (-len(c), min(order[n] for n in c)))
    home = nx.node_connected_component(net, anchor) if anchor else pieces[0]
    not_connected = tuple(sorted((n for n in net if n not in home), key=order.__getitem__))

    only_through = go_betweens(net if len(home) == len(net) else net.subgraph(home), anchor, order)
    return anchor, only_through, not_connected
