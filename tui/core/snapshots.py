"""Snapshots of the network kept in the workbook, and what changed between two of them.

A snapshot (``phakhi snapshot FILE --label TEXT``) is a dated, compact copy
of the network as it stood: who was in it (one line each), the ties between
them (one line each) and the main measures. Seed 000 line 312 asks that a
network map be kept current and show the networks that joined and those that
dissolved; ``phakhi diff`` says so in words, between a snapshot and now or
between two workbooks: who joined, who left, ties new, ended, strengthened
and weakened, the key players, hubs and brokers gained or lost, and the
density, centralisation and shape before and after.

In the file each snapshot is a ``[[snapshots]]`` table (docs/FORMAT.md); a
stakeholder is the text ``"id sector name"`` and a tie ``"id a b strength"``,
so a province's snapshot is a line a record, not a table of five.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tui.core import model
from tui.core.i18n import tr
from tui.core.schema import FIND_HIDDEN, MAX_NAME, FieldSpec, Shape
from tui.core.vocab import Language, Sector, Strength

if TYPE_CHECKING:
    from tui.core.codec import Decoder
    from tui.core.toml_lines import Path

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("diff.", "analysis.shape.")

#: The keys of a ``[[snapshots]]`` table, in file order.
KEYS = (
    "label",
    "taken",
    "density",
    "centralisation",
    "shape",
    "key_players",
    "hubs",
    "brokers",
    "stakeholders",
    "ties",
)
#: The shapes a snapshot may name (those of tui.core.analysis.shape, without importing it).
SHAPES = frozenset({"tight", "loose", "through_hubs", "centralised", "decentralised", "distributed"})
SECTORS = frozenset(sector.value for sector in Sector)
STRENGTHS = frozenset(strength.value for strength in Strength)


def take(workbook: model.Workbook, label: str, day: str, section: dict[str, Any] | None = None) -> model.Snapshot:
    """The network of ``workbook`` as it stands (without who left and the ties that
    ended) on ``day``. Its measures come from ``section``, the file's current ``[analysis]``
    section, when it is given and holds together with the entries; else they are worked
    out now (seconds for a province's network)."""
    from tui.core.current import current

    now = current(workbook)
    measures = _from_section(now, section) if section is not None else None
    return model.Snapshot(
        label=label,
        taken=day,
        stakeholders=tuple((s.id, s.sector.value, s.name) for s in now.stakeholders),
        ties=tuple((t.id, t.a, t.b, t.strength.value) for t in now.ties),
        **(measures or _worked_out(now)),
    )


def _worked_out(now: model.Workbook) -> dict[str, Any]:
    from tui.core.analysis import analyse

    found = analyse(now)
    net = found.network
    return {
        "key_players": tuple(found.grid.key_players),
        "hubs": tuple(net.hubs),
        "brokers": tuple(net.brokers),
        "density": round(net.density, 4) if net.members else 0.0,
        "centralisation": round(net.centralisation, 4) if net.members else 0.0,
        "shape": found.shape.shape.value if found.shape.shape is not None else "",
    }


def _from_section(now: model.Workbook, section: dict[str, Any]) -> dict[str, Any] | None:
    """The measures as the ``[analysis]`` section has them (it measures the network as it
    stands), or None when it does not hold together with ``now``."""
    if section.get("stakeholders") != len(now.stakeholders) or section.get("ties") != len(now.ties):
        return None
    ids = {s.id for s in now.stakeholders}
    found: dict[str, Any] = {}
    for key in ("key_players", "hubs", "brokers"):
        value = section.get(key, [])
        if not isinstance(value, list) or not all(isinstance(i, str) and i in ids for i in value):
            return None
        found[key] = tuple(value)
    for key in ("density", "centralisation"):
        value = section.get(key, 0.0)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        found[key] = float(value)
    shape = section.get("shape", "")
    if not isinstance(shape, str) or shape not in SHAPES | {""}:
        return None
    found["shape"] = shape
    return found


def first_seen(workbook: model.Workbook) -> dict[str, str]:
    """The day of the first snapshot that has each stakeholder and tie (by id) that the
    earliest snapshot does not have: they joined between the two. Who was in the earliest
    snapshot (or is in none) has no day here: there since before the first snapshot."""
    joined: dict[str, str] = {}
    earliest: set[str] | None = None
    for snapshot in sorted(workbook.snapshots, key=lambda taken: taken.taken):
        ids = {person[0] for person in snapshot.stakeholders} | {tie[0] for tie in snapshot.ties}
        if earliest is None:
            earliest = ids
            continue
        for new in ids - earliest:
            joined.setdefault(new, snapshot.taken)
    return joined


# --- the file ----------------------------------------------------------------


def table(snapshot: model.Snapshot) -> dict[str, Any]:
    """A snapshot as its ``[[snapshots]]`` table; empty lists and no shape are left out."""
    values: dict[str, Any] = {
        "label": snapshot.label,
        "taken": snapshot.taken,
        "density": snapshot.density,
        "centralisation": snapshot.centralisation,
        "shape": snapshot.shape,
        "key_players": list(snapshot.key_players),
        "hubs": list(snapshot.hubs),
        "brokers": list(snapshot.brokers),
        "stakeholders": [" ".join(member) for member in snapshot.stakeholders],
        "ties": [" ".join(tie) for tie in snapshot.ties],
    }
    return {key: value for key, value in values.items() if value not in ("", [])}


def read(decoder: Decoder, raw: object) -> list[model.Snapshot]:
    """The ``[[snapshots]]`` of a file, every problem reported at its line."""

    def twice(where: Path, label: str, first: int | str) -> None:
        decoder.report(where, "duplicate_label", "duplicate_label", found=label, first=first)

    return decoder.labelled_tables(
        "snapshots", raw, 2, lambda where, item: _Reader(decoder, where).snapshot(item), twice
    )


class _Reader:
    """Checks one ``[[snapshots]]`` table."""

    def __init__(self, decoder: Decoder, where: Path) -> None:
        self.decoder = decoder
        self.where = where
        self.ok = True

    def bad(self, key: str, problem: str, fix: str, /, at: int | None = None, **values: object) -> None:
        """A problem with ``key`` (its ``at``-th item, in a list)."""
        self.decoder.report(self.where + ((key,) if at is None else (key, at)), problem, fix, **values)
        self.ok = False

    def snapshot(self, raw: dict[str, Any]) -> model.Snapshot | None:
        decoder = self.decoder
        decoder.unknown_keys(raw, KEYS, self.where, tr(decoder.lang, "where.snapshot"))
        for key in ("label", "taken"):
            if not raw.get(key):
                decoder.report(self.where, "missing_key", "missing_key", key=key, where="[[snapshots]]", example='"…"')
                return None
        label, taken = (self.text(key, raw[key]) for key in ("label", "taken"))
        people = self.lines("stakeholders", raw.get("stakeholders", []), 3)
        ids = {parts[0] for _, parts in people}
        for index, parts in people:
            if parts[1] not in SECTORS:
                self.bad("stakeholders", "bad_snapshot_member", "bad_snapshot_member", at=index, found=" ".join(parts))
        ties = self.lines("ties", raw.get("ties", []), 4)
        for index, parts in ties:
            if parts[1] not in ids or parts[2] not in ids or parts[1] == parts[2] or parts[3] not in STRENGTHS:
                self.bad("ties", "bad_snapshot_tie", "bad_snapshot_tie", at=index, found=" ".join(parts))
        named = {key: self.ids(key, raw.get(key, []), ids) for key in ("key_players", "hubs", "brokers")}
        density, centralisation = (self.measure(key, raw.get(key, 0.0)) for key in ("density", "centralisation"))
        shape = raw.get("shape", "")
        if not isinstance(shape, str) or shape not in SHAPES | {""}:
            choices = ", ".join(sorted(SHAPES))
            self.bad("shape", "bad_choice", "bad_choice", key="shape", found=str(shape)[:40], choices=choices)
        if not self.ok:
            return None
        return model.Snapshot(
            label=label,
            taken=taken,
            stakeholders=tuple((a, b, c) for _, (a, b, c) in people),
            ties=tuple((a, b, c, d) for _, (a, b, c, d) in ties),
            key_players=named["key_players"],
            hubs=named["hubs"],
            brokers=named["brokers"],
            density=density,
            centralisation=centralisation,
            shape=shape,
        )

    def text(self, key: str, value: object) -> str:
        """A text (or a day, for ``taken``) checked as the model's own fields are."""
        checked = self.decoder.value(FieldSpec(key, Shape.TEXT), value, self.where + (key,), key)
        if not isinstance(checked, str):
            self.ok = False
            return ""
        return checked

    def lines(self, key: str, value: object, parts: int) -> list[tuple[int, tuple[str, ...]]]:
        """``"id sector name"`` (or ``"id a b strength"``) lines: the ids checked, the last part
        (a name) may hold spaces."""
        fix = "bad_snapshot_member" if parts == 3 else "bad_snapshot_tie"
        if not isinstance(value, list) or not all(isinstance(line, str) for line in value):
            self.bad(key, fix, fix, found=str(value)[:80])
            return []
        found = []
        for index, line in enumerate(value):
            split = tuple(line.split(" ", parts - 1))
            ids_fine = all(model.ID_PATTERN.fullmatch(part) for part in split[: parts - 1])
            if len(split) != parts or not ids_fine or FIND_HIDDEN.search(line) or len(line) > MAX_NAME + 100:
                self.bad(key, fix, fix, found=line[:80], at=index)
                continue
            found.append((index, split))
        return found

    def ids(self, key: str, value: object, known: set[str]) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(item, str) and item in known for item in value):
            self.bad(key, "bad_snapshot_ids", "bad_snapshot_ids", key=key)
            return ()
        return tuple(value)

    def measure(self, key: str, value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1 or math.isnan(value):
            self.bad(key, "bad_measure", "bad_measure", key=key, found=str(value)[:40])
            return 0.0
        return float(value)


# --- what changed --------------------------------------------------------------


@dataclass(frozen=True)
class Diff:
    """What changed from ``old`` to ``new``: ids in the order of the snapshot that has them."""

    old: model.Snapshot
    new: model.Snapshot
    joined: tuple[str, ...]
    left: tuple[str, ...]
    new_ties: tuple[tuple[str, str], ...]
    ended_ties: tuple[tuple[str, str], ...]
    stronger: tuple[tuple[str, str], ...]
    weaker: tuple[tuple[str, str], ...]


def diff(old: model.Snapshot, new: model.Snapshot) -> Diff:
    """Ties are matched by their two ends (not their ids), as ids may differ between files."""
    old_ids = {member[0] for member in old.stakeholders}
    new_ids = {member[0] for member in new.stakeholders}
    old_ties = {frozenset((a, b)): (a, b, strength) for _, a, b, strength in old.ties}
    new_ties = {frozenset((a, b)): (a, b, strength) for _, a, b, strength in new.ties}
    both = [pair for pair in new_ties if pair in old_ties]
    return Diff(
        old=old,
        new=new,
        joined=tuple(member[0] for member in new.stakeholders if member[0] not in old_ids),
        left=tuple(member[0] for member in old.stakeholders if member[0] not in new_ids),
        new_ties=tuple(tie[:2] for pair, tie in new_ties.items() if pair not in old_ties),
        ended_ties=tuple(tie[:2] for pair, tie in old_ties.items() if pair not in new_ties),
        stronger=tuple(
            new_ties[pair][:2] for pair in both if (old_ties[pair][2], new_ties[pair][2]) == ("weak", "strong")
        ),
        weaker=tuple(
            new_ties[pair][:2] for pair in both if (old_ties[pair][2], new_ties[pair][2]) == ("strong", "weak")
        ),
    )


def words(found: Diff, lang: Language, workbook: model.Workbook | None = None) -> str:
    """The diff in words, one finding a line. With ``workbook`` (the newer one), who left
    is said with the day and the reason the workbook keeps."""
    old, new = found.old, found.new
    names = {member[0]: member[2] for member in old.stakeholders} | {m[0]: m[2] for m in new.stakeholders}

    def people(ids: tuple[str, ...]) -> str:
        return ", ".join(names.get(i, i) for i in ids) or tr(lang, "diff.none")

    def why(stakeholder_id: str) -> str:
        kept = workbook.stakeholder(stakeholder_id) if workbook is not None else None
        if kept is None or not kept.left:
            return names.get(stakeholder_id, stakeholder_id)
        reason = f": {kept.left_reason}" if kept.left_reason else ""
        return f"{names.get(stakeholder_id, stakeholder_id)} ({kept.left}{reason})"

    def ties(pairs: tuple[tuple[str, str], ...]) -> str:
        return ", ".join(f"{names.get(a, a)} – {names.get(b, b)}" for a, b in pairs) or tr(lang, "diff.none")

    def counted(key: str, count: int, text: str) -> str:
        return tr(lang, key, count=count, names=text)

    def shape(value: str) -> str:
        return tr(lang, f"analysis.shape.{value}") if value else tr(lang, "diff.no_shape")

    def before_after(key: str, before: str, after: str) -> str:
        return tr(lang, "diff.measure", what=tr(lang, key), old=before, new=after)

    def gained(key: str, before: tuple[str, ...], after: tuple[str, ...]) -> str:
        added = tuple(i for i in after if i not in before)
        lost = tuple(i for i in before if i not in after)
        return tr(lang, "diff.gained_lost", what=tr(lang, key), gained=people(added), lost=people(lost))

    lines = [
        tr(lang, "diff.title", old=old.label, old_day=old.taken, new=new.label, new_day=new.taken),
        counted("diff.joined", len(found.joined), people(found.joined)),
        counted("diff.left", len(found.left), ", ".join(why(i) for i in found.left) or tr(lang, "diff.none")),
        counted("diff.new_ties", len(found.new_ties), ties(found.new_ties)),
        counted("diff.ended_ties", len(found.ended_ties), ties(found.ended_ties)),
        counted("diff.stronger", len(found.stronger), ties(found.stronger)),
        counted("diff.weaker", len(found.weaker), ties(found.weaker)),
        before_after("analysis.measure.density", f"{old.density:.2f}", f"{new.density:.2f}"),
        before_after("analysis.measure.centralisation", f"{old.centralisation:.2f}", f"{new.centralisation:.2f}"),
        before_after("analysis.shape", shape(old.shape), shape(new.shape)),
        gained("analysis.key_players", old.key_players, new.key_players),
        gained("analysis.role.hubs", old.hubs, new.hubs),
        gained("analysis.role.brokers", old.brokers, new.brokers),
    ]
    return "\n".join(lines) + "\n"
