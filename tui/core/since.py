"""What is new and what is gone since a snapshot, as the map marks it.

Seed 000 line 312 asks that a network map be kept current and show the
networks that joined and those that dissolved. ``phakhi map FILE --since
LABEL`` (and a key on the map screen, against the latest snapshot) draws the
network as it stands with a ``+`` before the label of each stakeholder who is
new since the snapshot, and says below the map, in words, the ties that are
new, who is gone and the ties that are gone: they are not in the network now,
so they are not drawn. The comparison is :func:`tui.core.snapshots.diff`'s
(ties matched by their two ends); nothing here needs the analyses.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.current import current, ended_mark, left_mark
from tui.core.model import Snapshot, Workbook
from tui.core.vocab import Language

#: What marks a stakeholder new since the snapshot, before its label on the map.
MARK = "+"


@dataclass(frozen=True)
class Since:
    """The marks of one map: names said in one language, ready to print."""

    label: str
    taken: str
    #: ids of the stakeholders drawn with :data:`MARK`
    new: frozenset[str] = frozenset()
    #: "name – name" of each tie new since the snapshot, in workbook order
    new_ties: tuple[str, ...] = ()
    #: who is gone: their name, and the day they left when the workbook keeps it
    gone: tuple[str, ...] = ()
    #: "name – name" of each tie gone, with the day it ended when the workbook keeps it
    gone_ties: tuple[str, ...] = ()

    @property
    def nothing(self) -> bool:
        return not (self.new or self.new_ties or self.gone or self.gone_ties)


def latest(workbook: Workbook) -> Snapshot | None:
    """The snapshot taken last (by day; of one day, the one kept last)."""
    kept = list(workbook.snapshots)
    return max(reversed(kept), key=lambda snapshot: snapshot.taken) if kept else None


def named(workbook: Workbook, label: str) -> Snapshot | None:
    return next((kept for kept in workbook.snapshots if kept.label == label), None)


def since(workbook: Workbook, snapshot: Snapshot, lang: Language) -> Since:
    """The network as it stands against ``snapshot``."""
    from tui.core.snapshots import diff

    now = current(workbook)
    network = Snapshot(
        label="",
        taken="",
        stakeholders=tuple((s.id, s.sector.value, s.name) for s in now.stakeholders),
        ties=tuple((t.id, t.a, t.b, t.strength.value) for t in now.ties),
    )
    found = diff(snapshot, network)
    names = {member[0]: member[2] for member in snapshot.stakeholders}
    names |= {s.id: s.name for s in now.stakeholders}

    def pair(a: str, b: str) -> str:
        return f"{names.get(a, a)} – {names.get(b, b)}"

    def gone(stakeholder_id: str) -> str:
        kept = workbook.stakeholder(stakeholder_id)
        return names.get(stakeholder_id, stakeholder_id) + (left_mark(lang, kept) if kept is not None else "")

    def ended(a: str, b: str) -> str:
        marks = "".join(ended_mark(lang, tie) for tie in workbook.ties.joining(a, b))
        return pair(a, b) + marks

    return Since(
        label=snapshot.label,
        taken=snapshot.taken,
        new=frozenset(found.joined),
        new_ties=tuple(pair(a, b) for a, b in found.new_ties),
        gone=tuple(gone(i) for i in found.left),
        gone_ties=tuple(ended(a, b) for a, b in found.ended_ties),
    )
