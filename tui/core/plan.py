"""The relationship plan (ใบงาน Network 4): what the table shows for each row.

Seed 001's planning table has a column "ความสัมพันธ์เดิม (ได้มาจากวิเคราะห์
โดยใช้ผังเครือข่าย)" — the current relationship, read off the network map:
none, loose (หลวม) or tight (แน่นแฟ้น), and through whom ("หลวม ผ่านชาคริต").
:func:`current_relationship` reads it the same way from the workbook's ties;
the row's own ``current`` / ``current_via`` win when the user set them. The
report and the planning-table screen both use it, so they always agree.

No networkx here: one breadth-first search over the ties is all it takes.
"""

from __future__ import annotations

from collections import deque

from tui.core.i18n import MESSAGES, label, tr
from tui.core.model import PlanRow, Workbook
from tui.core.vocab import Closeness, Language, Relation, Strength

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("plan.relation.",)

__all__ = ["Relationships", "current_relationship", "current_text", "our_group_chosen", "target_label"]


def our_group_chosen(workbook: Workbook) -> bool:
    """Is our group one of the stakeholders? Until it is, no current relationship can be read off the map."""
    ours = workbook.plan.our_stakeholder
    return bool(ours) and workbook.stakeholder(ours) is not None


def current_relationship(workbook: Workbook, row: PlanRow) -> tuple[Closeness, str | None, bool]:
    """The row's current relationship to our group: ``(closeness, via_name, derived)``.

    * The row's override wins: ``current`` (with ``current_via`` as the
      go-between's name, None when empty) and ``derived`` False. A
      ``current_via`` without ``current`` means loose through that person.
    * Otherwise it is worked out from the ties (``derived`` True), between
      the row's stakeholder and the plan's ``our_stakeholder``:

      - a direct tie: tight if the tie is strong (แน่นแฟ้น), else loose;
      - no direct tie but a path through others: loose, via the stakeholder
        next to the row's one on a shortest path — the person who knows them
        and can introduce us, as ชาคริต does for สวนผักคนเมือง in seed 001.
        When several shortest paths exist, one tied to the row's stakeholder
        by a strong tie is preferred, then workbook order;
      - no path, no stakeholder on the row, no ``our_stakeholder``, or the
        row being our own group: none, via None.

    ``via_name`` is the go-between's name (what the table prints), not its id.
    """
    return Relationships(workbook).of(row)


class Relationships:
    """The map read once for every row of the plan: who is tied to whom, and how far
    each stakeholder is from our group. A table of many rows asks :meth:`of` for
    each; reading the ties again per row cost seconds at 10,000 stakeholders."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.ours = workbook.plan.our_stakeholder
        self.known = {s.id for s in workbook.stakeholders}
        self._neighbours: dict[str, list[tuple[str, Strength]]] | None = None
        self._distance: dict[str, int] | None = None
        self._order: dict[str, int] | None = None
        #: Read once per stakeholder: the table and its flags both ask for every row.
        self._derived: dict[str, tuple[Closeness, str | None, bool]] = {}

    @property
    def neighbours(self) -> dict[str, list[tuple[str, Strength]]]:
        if self._neighbours is None:
            neighbours: dict[str, list[tuple[str, Strength]]] = {s: [] for s in self.known}
            for tie in self.workbook.ties:
                a, b = tie.a, tie.b
                if a != b and a in neighbours and b in neighbours:
                    neighbours[a].append((b, tie.strength))
                    neighbours[b].append((a, tie.strength))
            self._neighbours = neighbours
        return self._neighbours

    def of(self, row: PlanRow) -> tuple[Closeness, str | None, bool]:
        """The row's current relationship, as :func:`current_relationship` says."""
        if row.current is not None or row.current_via.strip():
            closeness = row.current if row.current is not None else Closeness.LOOSE
            return closeness, row.current_via.strip() or None, False
        ours, target = self.ours, row.stakeholder
        if not ours or not target or ours == target or ours not in self.known or target not in self.known:
            return Closeness.NONE, None, True
        if target not in self._derived:
            self._derived[target] = self._derive(target)
        return self._derived[target]

    def _derive(self, target: str) -> tuple[Closeness, str | None, bool]:
        ours = self.ours
        neighbours = self.neighbours
        direct = [strength for other, strength in neighbours[target] if other == ours]
        if direct:
            return (Closeness.TIGHT if direct[0] is Strength.STRONG else Closeness.LOOSE), None, True

        if self._distance is None:
            self._distance = _distances_from(ours, neighbours)
        distance = self._distance
        if target not in distance:
            return Closeness.NONE, None, True
        if self._order is None:
            self._order = {s.id: i for i, s in enumerate(self.workbook.stakeholders)}
        steps_back = distance[target] - 1
        candidates = [
            (strength is not Strength.STRONG, self._order[other], other)
            for other, strength in neighbours[target]
            if distance.get(other) == steps_back
        ]
        via = min(candidates)[2]
        person = self.workbook.stakeholder(via)
        return Closeness.LOOSE, person.name if person else via, True


def _distances_from(start: str, neighbours: dict[str, list[tuple[str, Strength]]]) -> dict[str, int]:
    """Steps from ``start`` to every stakeholder it can reach (breadth-first)."""
    distance = {start: 0}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        for other, _strength in neighbours[here]:
            if other not in distance:
                distance[other] = distance[here] + 1
                queue.append(other)
    return distance


def current_text(lang: Language | str, closeness: Closeness, via: str | None) -> str:
    """The table's wording: ``หลวม``, ``แน่นแฟ้น``, ``ไม่มี``, or ``หลวม ผ่านชาคริต``."""
    text = label(lang, closeness)
    return tr(lang, "plan.current_via", closeness=text, via=via) if via else text


def target_label(lang: Language | str, relation: Relation) -> str:
    """The new relationship as the planning table writes it.

    Seed 001's table writes มีส่วนร่วม where the glossary says การมีส่วนร่วม,
    so the table has its own short form where one exists (``plan.relation.*``).
    """
    key = f"plan.relation.{relation.value}"
    return tr(lang, key) if key in MESSAGES else label(lang, relation)
