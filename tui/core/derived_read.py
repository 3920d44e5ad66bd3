"""A current ``[analysis]`` section read back, so that a command need not work it out again.

A province's network takes some ten seconds to analyse, and every file Phakhi
saves already holds the answers, named by the SHA-256 of the entries they
were worked out from (:mod:`tui.core.derived`). ``phakhi report`` and
``phakhi map`` read them back from a section that is current — never from one
that is stale or still pending, and never from one that does not hold
together (a section edited by hand, or written by a Phakhi that wrote less):
then the analyses are worked out as always.

What the section does not hold is worked out here from the entries, cheaply:
the grid and the 3x3 group table, each stakeholder's ties, the network's
pieces (by joining the ends of ties, without networkx), our group's anchor.

The map needs only the clusters and a few roles: :func:`map_section` reads
those parts of the section (its first lines and ``[analysis.cluster]``, a
fifth of a province's section) and :func:`map_reading` checks them against
the entries.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tui.core import derived
from tui.core.model import Workbook
from tui.core.vocab import Sector

if TYPE_CHECKING:
    from tui.core.analysis import Analysis
    from tui.core.analysis.network import Network

Clusters = tuple[tuple[str, ...], ...]
Roles = tuple[str, ...]

#: The network's measures of every stakeholder, and the findings that list stakeholders (or ties).
_MEASURES = ("degree_centrality", "betweenness", "eigenvector")
_LISTS = ("hubs", "power_centres", "brokers", "cut_points", "bottlenecks", "bridges", "weak_bridges")


def current_section(data: bytes) -> dict[str, Any] | None:
    """The ``[analysis]`` section of a file's bytes when it is current, else None."""
    import tomli

    end = derived.entries_end(data)
    if end is None:
        return None
    try:
        found = tomli.loads(data[end:].decode("utf-8")).get("analysis")
    except (ValueError, RecursionError):  # damaged by hand: worked out again instead
        return None
    return found if isinstance(found, dict) else None


def analysis(workbook: Workbook, section: dict[str, Any] | None) -> Analysis | None:
    """The analyses of ``workbook`` as ``section`` (a current one) has them; None when it
    does not hold together with the entries."""
    from tui.core.analysis import Analysis
    from tui.core.analysis.gaps import Gaps
    from tui.core.analysis.grid import group_table, prioritise
    from tui.core.analysis.shape import read_shape

    network = _network(workbook, section)
    if network is None or section is None:
        return None
    grid = prioritise(workbook)
    try:
        ours = workbook.plan.our_stakeholder
        gaps = Gaps(
            missing_sectors=tuple(Sector(value) for value in section["missing_sectors"]),
            uninvolved_key_players=_ids(section["uninvolved_key_players"]),
            only_through={str(who): str(via) for who, via in section.get("only_through", {}).items()},
            not_connected=_ids(section["not_connected"]),
            plan_rows_without_methods=_ids(section["plan_rows_without_methods"]),
            anchor=ours if ours in network.degree and network.degree[ours] > 0 else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if list(grid.key_players) != section.get("key_players"):
        return None
    return Analysis(grid=grid, groups=group_table(workbook), network=network, shape=read_shape(network), gaps=gaps)


def clusters(workbook: Workbook, section: dict[str, Any] | None) -> tuple[tuple[str, ...], ...] | None:
    """The network's clusters as ``section`` has them (largest first, ids in workbook
    order), or None when it does not hold together with the entries."""
    found = map_reading(workbook, section)
    return None if found is None else found[0]


#: The roles the map can mark, as the section lists them (strongest first).
MAP_ROLES = ("hubs", "power_centres", "brokers", "cut_points", "bottlenecks", "isolates")
#: Where the section's first lines end (its first table) and where its clusters start.
_FIRST_TABLE = b"\n[analysis."
_CLUSTER_TABLE = b"\n[analysis.cluster]\n"


def map_section(data: bytes) -> dict[str, Any] | None:
    """What the map takes from a file's ``[analysis]`` section when it is current: its
    first lines (counts and the lists of roles) and its ``cluster`` table, parsed alone;
    None when the section is not current or those parts do not read."""
    import tomli

    end = derived.entries_end(data)
    if end is None:
        return None
    head_end = data.find(_FIRST_TABLE, end + 1)
    head = data[end : len(data) if head_end < 0 else head_end + 1]
    start = data.find(_CLUSTER_TABLE, end)
    table = b""
    if start >= 0:
        stop = data.find(b"\n[", start + len(_CLUSTER_TABLE))
        table = data[start + 1 : len(data) if stop < 0 else stop + 1]
    try:
        found = tomli.loads((head + table).decode("utf-8")).get("analysis")
    except (ValueError, RecursionError):  # damaged by hand: worked out again instead
        return None
    return found if isinstance(found, dict) else None


def map_reading(workbook: Workbook, section: dict[str, Any] | None) -> tuple[Clusters, dict[str, Roles]] | None:
    """The clusters (largest first, ids in workbook order) and the roles of :data:`MAP_ROLES`
    as ``section`` (a current one, whole or as :func:`map_section` reads it) has them;
    None when it does not hold together with the entries."""
    ends = tuple((tie.a, tie.b) for tie in workbook.ties)
    return network_reading(tuple(s.id for s in workbook.stakeholders), ends, section)


def network_reading(
    everyone: tuple[str, ...], ends: tuple[tuple[str, str], ...], section: dict[str, Any] | None
) -> tuple[Clusters, dict[str, Roles]] | None:
    """:func:`map_reading` of the network of these stakeholder ids and tie ends."""
    if section is None or section.get("stakeholders") != len(everyone) or section.get("ties") != len(ends):
        return None
    if not ends:
        return (), dict.fromkeys(MAP_ROLES, ()) | {"isolates": everyone}
    tied = {end for pair in ends for end in pair}
    members = tuple(s for s in everyone if s in tied)
    try:
        found = _clusters(section["cluster"], members)
        roles = {role: _ids(section[role]) for role in MAP_ROLES}
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return (found, roles) if len(found) == section.get("clusters") else None


def _network(workbook: Workbook, section: dict[str, Any] | None) -> Network | None:
    from tui.core.analysis.centrality import Estimate
    from tui.core.analysis.network import Network, without_ties

    everyone = tuple(s.id for s in workbook.stakeholders)
    if section is None or section.get("stakeholders") != len(everyone) or section.get("ties") != len(workbook.ties):
        return None
    if not workbook.ties:
        return without_ties(everyone)
    degree = dict.fromkeys(everyone, 0)
    for tie in workbook.ties:
        degree[tie.a] += 1
        degree[tie.b] += 1
    members = tuple(s for s in everyone if degree[s])
    try:
        measures = {name: _measure(section[name], everyone) for name in _MEASURES}
        estimate = section.get("betweenness_estimate")
        network = Network(
            stakeholders=everyone,
            members=members,
            isolates=_ids(section["isolates"]),
            ties=len(workbook.ties),
            density=float(section["density"]),
            centralisation=float(section["centralisation"]),
            components=_pieces(workbook, members),
            degree=degree,
            degree_centrality=measures["degree_centrality"],
            betweenness=measures["betweenness"],
            eigenvector=measures["eigenvector"],
            eigenvector_estimated=_ids(section.get("eigenvector_estimated", [])),
            betweenness_estimate=None
            if estimate is None
            else Estimate(
                int(estimate["sources"]), int(estimate["members"]), int(estimate["batches"]), float(estimate["error"])
            ),
            clusters=_clusters(section["cluster"], members),
            **{name: _ids(section[name]) for name in _LISTS},
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if len(network.components) != section.get("components") or len(network.clusters) != section.get("clusters"):
        return None
    return network


def _ids(values: Iterable[Any]) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise TypeError("a list of ids")
    return tuple(values)


def _measure(table: dict[str, Any], everyone: tuple[str, ...]) -> dict[str, float]:
    """A per-stakeholder measure, for every stakeholder and no one else."""
    if len(table) != len(everyone):
        raise ValueError("not every stakeholder")
    return {s: float(table[s]) for s in everyone}


def _clusters(numbers: dict[str, Any], members: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Every member's cluster number back into clusters: numbered largest first, ids in workbook order."""
    if len(numbers) != len(members):
        raise ValueError("not every member")
    groups: dict[int, list[str]] = {}
    for member in members:
        groups.setdefault(int(numbers[member]), []).append(member)
    if sorted(groups) != list(range(1, len(groups) + 1)):
        raise ValueError("clusters not numbered 1, 2, ...")
    return tuple(tuple(groups[number]) for number in range(1, len(groups) + 1))


def _pieces(workbook: Workbook, members: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The network's connected pieces, largest first, ids in workbook order (as networkx finds them)."""
    leader = {member: member for member in members}

    def root(node: str) -> str:
        while leader[node] != node:
            leader[node] = leader[leader[node]]
            node = leader[node]
        return node

    for tie in workbook.ties:
        a, b = root(tie.a), root(tie.b)
        if a != b:
            leader[b] = a
    pieces: dict[str, list[str]] = {}
    for member in members:
        pieces.setdefault(root(member), []).append(member)
    order = {member: i for i, member in enumerate(members)}
    return tuple(sorted((tuple(p) for p in pieces.values()), key=lambda p: (-len(p), order[p[0]])))
