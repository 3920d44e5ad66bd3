"""The ``[analysis]`` section: what Phakhi worked out, rewritten on every save.

It lets a reader of the TOML file (or a script, or a diff in review) see the
findings without running the app. Loading ignores it: the entries are the
truth, and everything here is recomputed from them.

Written so that a diff shows what changed and nothing else: per-stakeholder
findings are tables keyed by id in workbook order (one line each), lists of
ids keep the analyses' order (strongest first, or workbook order), measures
are rounded to four places, and nothing is written as None — a finding that
does not apply is left out. The analyses themselves live in
:mod:`tui.core.analysis`; docs/FORMAT.md lists what is written.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tui.core.analysis import Analysis, analyse
from tui.core.analysis.centrality import CONFIDENCE
from tui.core.model import Workbook
from tui.core.vocab import Sector, Strength

NOTE = "Worked out by Phakhi from the entries above on every save; edits here are overwritten."


def analysis(workbook: Workbook) -> dict[str, Any]:
    """Counts and tie degrees, then the grid, the network, its shape and the gaps."""
    sectors = Counter(s.sector for s in workbook.stakeholders)
    degree: Counter[str] = Counter()
    strong: Counter[str] = Counter()
    for tie in workbook.ties:
        degree.update((tie.a, tie.b))
        if tie.strength is Strength.STRONG:
            strong.update((tie.a, tie.b))
    section: dict[str, Any] = {
        "note": NOTE,
        "stakeholders": len(workbook.stakeholders),
        "ties": len(workbook.ties),
        "plan_rows": len(workbook.plan.rows),
        "by_sector": {sector.value: sectors.get(sector, 0) for sector in Sector},
    }
    if workbook.stakeholders:
        section["degree"] = {s.id: degree.get(s.id, 0) for s in workbook.stakeholders}
        section["strong_ties"] = {s.id: strong.get(s.id, 0) for s in workbook.stakeholders}
        section.update(_findings(analyse(workbook)))
    return section


def _findings(found: Analysis) -> dict[str, Any]:
    """The grid, the network, its shape and the gaps, as flat keys of ``[analysis]``.

    Every table sits one level under ``[analysis]`` (``[analysis.quadrant]``,
    not ``[analysis.grid.quadrant]``): short headers, and a reader finds a
    finding by one name. Lists come first, tables after (the writer puts
    plain values before tables anyway).
    """
    grid, net, gaps = found.grid, found.network, found.gaps
    out: dict[str, Any] = {"key_players": list(grid.key_players)}
    if net.members:
        out |= {
            "density": net.density,
            "centralisation": net.centralisation,
            "components": len(net.components),
            "clusters": len(net.clusters),
            "hubs": list(net.hubs),
            "power_centres": list(net.power_centres),
            "brokers": list(net.brokers),
            "cut_points": list(net.cut_points),
            "bottlenecks": list(net.bottlenecks),
            "isolates": list(net.isolates),
            "bridges": list(net.bridges),
            "weak_bridges": list(net.weak_bridges),
        }
        if net.eigenvector_estimated:
            out["eigenvector_estimated"] = list(net.eigenvector_estimated)
    if found.shape.shape is not None:
        out["shape"] = found.shape.shape.value
        out["shape_advice"] = "seed" if found.shape.advice_from_seed else "phakhi"
    out |= {
        "missing_sectors": [sector.value for sector in gaps.missing_sectors],
        "uninvolved_key_players": list(gaps.uninvolved_key_players),
        "not_connected": list(gaps.not_connected),
        "plan_rows_without_methods": list(gaps.plan_rows_without_methods),
    }
    tables: dict[str, dict[str, Any]] = {
        "quadrant": {p.stakeholder: int(p.quadrant) for p in grid.placements if p.quadrant is not None},
        "strategy": {p.stakeholder: p.strategy.value for p in grid.placements if p.strategy is not None},
    }
    if any(ids for row in found.groups.values() for ids in row.values()):  # all nine cells, once one is filled
        for group, row in found.groups.items():
            tables[f"group_{group.value}"] = {sector.value: list(ids) for sector, ids in row.items()}
    if net.members:
        everyone = net.stakeholders
        tables["cluster"] = {s: n for s in everyone if (n := net.cluster_of(s)) is not None}
        tables["degree_centrality"] = {s: net.degree_centrality[s] for s in everyone}
        if (estimate := net.betweenness_estimate) is not None:  # said before the values it qualifies
            tables["betweenness_estimate"] = {
                "sources": estimate.sources,
                "members": estimate.members,
                "batches": estimate.batches,
                "error": estimate.error,
                "confidence": CONFIDENCE,
            }
        tables["betweenness"] = {s: net.betweenness[s] for s in everyone}
        tables["eigenvector"] = {s: net.eigenvector[s] for s in everyone}
    tables["only_through"] = dict(gaps.only_through)
    # A bare [analysis.x] header says nothing; empty lists stay (isolates = [] is a finding).
    return out | {name: table for name, table in tables.items() if table}
