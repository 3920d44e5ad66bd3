"""The ``[analysis]`` section: what Phakhi worked out from the entries above it.

It lets a reader of the TOML file (or a script, or a diff in review) see the
findings without running the app. Loading ignores it: the entries are the
truth, and everything here is recomputed from them.

Working it out takes seconds for a province's network, and an edit must reach
the file within one, so the app saves the entries at once and writes the
section when it is ready (:class:`Analyses` keeps it per version of the
entries). The section names the entries it belongs to by the SHA-256 of every
byte before its ``[analysis]`` line, so a reader can tell a current analysis
from a stale one (a file edited by hand) or one still being worked out
(``ready = false``).

Written so that a diff shows what changed and nothing else: per-stakeholder
findings are tables keyed by id in workbook order (one line each), lists of
ids keep the analyses' order (strongest first, or workbook order), measures
are rounded to four places, and nothing is written as None — a finding that
does not apply is left out. The analyses themselves live in
:mod:`tui.core.analysis`; docs/FORMAT.md lists what is written.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter
from typing import TYPE_CHECKING, Any

from tui.core.model import Workbook
from tui.core.vocab import Sector, Strength

if TYPE_CHECKING:
    from tui.core.analysis import Analysis

NOTE = "Worked out by Phakhi from the entries above; edits here are overwritten."
PENDING_NOTE = "Phakhi was still working this out when the entries above were saved; it is written here when ready."


def version(entries: str) -> str:
    """The version of the entries an analysis belongs to: the SHA-256 of the file's
    bytes before the ``[analysis]`` line (the entries and the blank line after them)."""
    return hashlib.sha256((entries + "\n").encode("utf-8")).hexdigest()


def section(workbook: Workbook, entries: str) -> dict[str, Any]:
    """The whole ``[analysis]`` section of ``workbook``, whose entries are written as ``entries``."""
    found = analysis(workbook)
    return {"note": found.pop("note"), "entries": version(entries), "ready": True} | found


def pending(entries_version: str) -> dict[str, Any]:
    """The section while the analysis of the entries of that :func:`version` is being worked out."""
    return {"note": PENDING_NOTE, "entries": entries_version, "ready": False}


_ENTRIES = re.compile(rb'^entries = "([0-9a-f]{64})"$', re.MULTILINE)
_NOT_READY = re.compile(rb"^ready = false$", re.MULTILINE)


#: A table header in the section that is not one of its own (``[plan]``, ``[[ties]]``).
_OTHER_TABLE = re.compile(rb"^\[\[?(?!analysis[.\]])", re.MULTILINE)


def standing(data: bytes) -> str | None:
    """Whether the ``[analysis]`` section in a file's bytes belongs to its entries:
    "current", "pending" (still being worked out when they were saved), "stale" (the
    entries changed since, or it names none), or None when there is no section."""
    start = _start(data)
    if start is None:
        return None
    head = data[start + 12 : start + 12 + 400]  # its first lines: note, entries, ready
    named = _ENTRIES.search(head)
    if named is None or named.group(1).decode() != hashlib.sha256(data[: start + 1]).hexdigest():
        return "stale"
    return "pending" if _NOT_READY.search(head) else "current"


def entries_end(data: bytes) -> int | None:
    """Where the entries of a file end, when a current section written by Phakhi
    follows them and nothing else does: the bytes before are a whole TOML document,
    and the section, worked out from them, need not be read to check them.
    None when the section is missing, stale, pending, or holds tables of another name
    (a file edited by hand: it is read whole)."""
    start = _start(data)
    if start is None or standing(data) != "current" or _OTHER_TABLE.search(data, start + 12):
        return None
    return start + 1


def _start(data: bytes) -> int | None:
    """Where the line break before the last ``[analysis]`` line is, if there is one."""
    start = data.rfind(b"\n[analysis]\n")
    return None if start < 0 else start


class Analyses:
    """Sections worked out, by the version of the entries they belong to.

    The app saves from one thread and has analyses worked out from another; the newest
    few versions are kept (an undo goes back to one of them)."""

    KEEP = 4

    def __init__(self) -> None:
        self._sections: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def get(self, entries_version: str) -> dict[str, Any] | None:
        with self._lock:
            return self._sections.get(entries_version)

    def put(self, found: dict[str, Any]) -> None:
        with self._lock:
            self._sections.pop(found["entries"], None)
            self._sections[found["entries"]] = found
            for old in list(self._sections)[: -self.KEEP]:
                del self._sections[old]


def analysis(everyone: Workbook) -> dict[str, Any]:
    """Counts and tie degrees, then the grid, the network, its shape and the gaps, of the
    network as it stands (:mod:`tui.core.current`: without who left and the ties that ended,
    which are named in ``left`` and ``ended_ties``)."""
    from tui.core.analysis import analyse  # here: the app imports this module to save, and works analyses out later
    from tui.core.current import current, ended, left

    workbook = current(everyone)
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
    if workbook is not everyone:
        section["left"] = [s.id for s in left(everyone)]
        section["ended_ties"] = [t.id for t in ended(everyone)]
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
    from tui.core.analysis.centrality import CONFIDENCE

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
