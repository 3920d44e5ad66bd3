"""What the map takes from the analyses, its clusters and the roles it marks, without networkx here.

Louvain's clusters decide the map's layout and its overview; on a province's
network they take seconds, and networkx with them about 40 MB that the
allocator keeps. The app never works them out itself: it reads them from the
``[analysis]`` section of the entries being edited (the file's, when current,
or the one worked out after the last save), or else asks a child process
(tui/core/analysis_child.py, ``--map``), which writes the clusters first and
the roles after. A network under ``IN_A_CHILD_FROM`` stakeholders and ties (a
workshop's) is worked out in the drawing's own thread instead, in
milliseconds: a child costs about a second of processor to start, once per
network drawn, and forty sessions of a workshop room would spend their server
on starting children. A session of ``phakhi serve`` or ``phakhi workshop`` asks
the server's one analysis service instead, for every size, and works it out as
above only when the service does not answer (tui/core/analysis_service.py).

Nothing waits for a child for ever: a drawing waits in short slices and gives
up when its screen no longer wants it or when the app is going; :meth:`stop`
kills the children and wakes every wait, so quitting never waits for one.

A reading belongs to one version of the network: the stakeholders' ids and the
ties' ends, in workbook order, all that the clusters and the roles depend on
(a name, a score or a tie's strength changes none of them). An answer for a
network that has changed since it was asked for is kept under its own
version, so it is never taken for the current one. The newest few readings
are kept, and one child at a time works out one version.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.core.model import Workbook

if TYPE_CHECKING:  # the child's module is loaded when the map first asks for one
    from tui.core.analysis_child import AnalysisChild
    from tui.core.analysis_service import AnalysisService

Clusters = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class MapNetwork:
    """The network as the map's analyses see it: ids in workbook order and each tie's ends."""

    stakeholders: tuple[str, ...]
    ends: tuple[tuple[str, str], ...]
    #: Names this network: equal for two networks exactly when their ids and ends are.
    version: str = field(init=False, compare=False)

    @classmethod
    def of(cls, workbook: Workbook) -> MapNetwork:
        return cls(tuple(s.id for s in workbook.stakeholders), tuple((t.a, t.b) for t in workbook.ties))

    def __post_init__(self) -> None:
        digest = hashlib.sha256("\x1f".join(self.stakeholders).encode("utf-8"))
        digest.update(b"\x1e")
        digest.update("\x1f".join(f"{a}\x1d{b}" for a, b in self.ends).encode("utf-8"))
        object.__setattr__(self, "version", digest.hexdigest())


@dataclass(frozen=True)
class MapReading:
    """The clusters (largest first, ids in workbook order) and the roles the map can mark, of one
    version of the network; ``roles`` None while the child is still working them out."""

    version: str
    clusters: Clusters
    roles: Mapping[str, tuple[str, ...]] | None = None


class MapReadings:
    """The readings of the networks a session has drawn, and the children working them out."""

    #: Readings kept (an undo goes back to one of them; a filter is a network of its own).
    KEEP = 6
    #: A drawing waits this long at most for a child's answer, then is drawn without clusters.
    WAIT = 120.0
    #: A wait looks this often whether it is still wanted.
    SLICE = 0.2

    def __init__(self) -> None:
        self._readings: dict[str, MapReading] = {}
        #: Versions asked of a child: set when its clusters, then its roles, are known (or it failed).
        self._asked: dict[str, tuple[threading.Event, threading.Event]] = {}
        #: Why a version's child failed.
        self.failed: dict[str, str] = {}
        self._lock = threading.Lock()
        self._child: AnalysisChild | None = None
        self._stopped = False
        self._service: AnalysisService | None = None
        self._service_looked = False

    @property
    def service(self) -> AnalysisService | None:
        """The server's analysis service (tui/core/analysis_service.py) this session's analyses go
        to, the map's and the saves', if it was started with one; looked for when first needed."""
        with self._lock:
            if not self._service_looked:
                from tui.core.analysis_service import AnalysisService

                self._service = AnalysisService.of_environment()
                self._service_looked = True
                if self._service is not None and self._stopped:
                    self._service.stop()
            return self._service

    def known(self, version: str) -> MapReading | None:
        with self._lock:
            return self._readings.get(version)

    def _put(self, reading: MapReading) -> None:
        with self._lock:
            self._readings.pop(reading.version, None)
            self._readings[reading.version] = reading
            for old in list(self._readings)[: -self.KEEP]:
                del self._readings[old]

    def reading(
        self,
        network: MapNetwork,
        section: Callable[[], dict[str, Any] | None] | None = None,
        file: tuple[str, str] | None = None,
        *,
        roles: bool = False,
        ask: bool = True,
        timeout: float = WAIT,
        unwanted: Callable[[], bool] = lambda: False,
    ) -> MapReading | None:
        """The reading of ``network``, waiting for a child when it is not known (call from a
        thread). ``section``: the ``[analysis]`` section of the entries being edited, if
        ``network`` is theirs (None when it is not current); ``file``: their file and the
        digest of its bytes, for the child to read the section from. ``roles``: wait for the roles
        too. None when the child failed or took longer than ``timeout``, or once ``unwanted()``
        or the app is going; with ``ask`` False, when it is not known without a child. A small
        network is worked out here, without a child, unless the session has the server's analysis
        service, which is asked as a child is."""
        version = network.version
        found = self.known(version)
        if found is None and section is not None:
            found = self._from_section(network, section())
        if found is None and not network.ends:
            found = MapReading(version, (), {"isolates": network.stakeholders})
            self._put(found)
        if found is not None and (found.roles is not None or not roles) or not ask:
            return found
        from tui.core.analysis_child import IN_A_CHILD_FROM

        if len(network.stakeholders) + len(network.ends) < IN_A_CHILD_FROM and self.service is None:
            return self._work_out_here(network, roles=roles)
        clusters_known, roles_known = self.ask(network, file)
        known = roles_known if roles else clusters_known
        waited = 0.0
        while not known.wait(min(self.SLICE, timeout - waited)):
            waited += self.SLICE
            if waited >= timeout or self._stopped or unwanted():
                return None
        return None if self._stopped else self.known(version)

    def _work_out_here(self, network: MapNetwork, *, roles: bool) -> MapReading:
        """The reading of a small network, worked out in this thread (the roles only if asked)."""
        from tui.core.analysis_child import map_lines

        found = MapReading(network.version, ())
        for part in map_lines({"stakeholders": network.stakeholders, "ends": network.ends}):
            if "clusters" in part:
                found = MapReading(network.version, tuple(tuple(group) for group in part["clusters"]))
                if not roles:
                    break
            else:
                found = MapReading(found.version, found.clusters, {r: tuple(ids) for r, ids in part["roles"].items()})
        self._put(found)
        return found

    def _from_section(self, network: MapNetwork, section: dict[str, Any] | None) -> MapReading | None:
        from tui.core import derived_read

        read = derived_read.network_reading(network.stakeholders, network.ends, section)
        if read is None:
            return None
        found = MapReading(network.version, *read)
        self._put(found)
        return found

    def ask(self, network: MapNetwork, file: tuple[str, str] | None = None) -> tuple[threading.Event, threading.Event]:
        """Have a child work out the reading of ``network`` unless one is (or was) at it (from
        the section of ``file`` when its bytes still have that digest and it is current); the
        two events are set when its clusters, then its roles, are known (or it failed)."""
        version = network.version
        with self._lock:
            events = self._asked.get(version)
            if events is not None:
                return events
            events = self._asked[version] = (threading.Event(), threading.Event())
        threading.Thread(target=self._work_out, args=(network, file, events), name="map reading", daemon=True).start()
        return events

    def _work_out(
        self, network: MapNetwork, file: tuple[str, str] | None, events: tuple[threading.Event, threading.Event]
    ) -> None:
        from tui.core.analysis_child import IN_A_CHILD_FROM, AnalysisChild, map_lines

        version = network.version
        with self._lock:
            if self._child is None:
                self._child = AnalysisChild()
            child = self._child
        clusters: Clusters | None = None
        stakeholders, ends = list(network.stakeholders), list(network.ends)
        service = self.service
        try:
            if self._stopped:
                raise RuntimeError("stopped")
            asked = {"stakeholders": stakeholders, "ends": ends, "file": file}

            def here() -> Iterator[dict[str, Any]]:
                """Without the service: a small network here, a big one in a child."""
                if len(stakeholders) + len(ends) < IN_A_CHILD_FROM:
                    return map_lines(asked)
                return child.map_lines(stakeholders, ends, file)

            for part in here() if service is None else service.map_lines(asked, here):
                if "clusters" in part:
                    clusters = tuple(tuple(group) for group in part["clusters"])
                    self._put(MapReading(version, clusters))
                    events[0].set()
                elif "roles" in part and clusters is not None:
                    found = {role: tuple(ids) for role, ids in part["roles"].items()}
                    self._put(MapReading(version, clusters, found))
        except (RuntimeError, OSError, ValueError) as error:
            self.failed[version] = str(error)
            with self._lock:  # asked again later, a new child tries again
                self._asked.pop(version, None)
        finally:
            events[0].set()
            events[1].set()

    def stop(self) -> None:
        """The app is going: no child is wanted any more, and no wait for one goes on."""
        self._stopped = True
        with self._lock:
            child = self._child
            service = self._service
            waits = list(self._asked.values())
        if child is not None:
            child.stop()
        if service is not None:
            service.stop()
        for events in waits:
            for event in events:
                event.set()
