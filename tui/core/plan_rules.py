"""What the planning table still lacks: the rules that flag its rows.

Seed 000 makes the high-interest stakeholders the key players the network is
built around, so each one should have a row with a new relationship to aim
for. A row should not aim lower than what already exists (a tight tie
planned as a loose one), and a row with no method (วิธีการ) is a wish, not a
plan. Each flag names the row or the stakeholder; the texts are in
``i18n`` (``plan.flag.*``) so the screen and the report say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tui.core.analysis.grid import is_key_player
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.plan import current_relationship, our_group_chosen
from tui.core.vocab import Closeness, Language, Relation

#: How close each new relationship is (seed 001: collaborate is tight, the others loose).
TARGET_CLOSENESS = {
    Relation.COLLABORATE: Closeness.TIGHT,
    Relation.COOPERATE: Closeness.LOOSE,
    Relation.COORDINATE: Closeness.LOOSE,
}
RANK = {Closeness.NONE: 0, Closeness.LOOSE: 1, Closeness.TIGHT: 2}


class FlagKind(StrEnum):
    NO_OUR_GROUP = "no_our_group"
    KEY_PLAYER_WITHOUT_ROW = "key_player_without_row"
    NO_TARGET = "no_target"
    TARGET_WEAKER = "target_weaker"
    NO_METHOD = "no_method"


@dataclass(frozen=True)
class PlanFlag:
    kind: FlagKind
    row: str | None  # the plan row's id, when the flag is about a row
    stakeholder: str | None  # the stakeholder's id, when the flag is about one without a row

    def text(self, lang: Language | str, workbook: Workbook) -> str:
        row = next((r for r in workbook.plan.rows if r.id == self.row), None)
        person = workbook.stakeholder(self.stakeholder or "")
        name = row.group if row is not None else (person.name if person else "?")
        return tr(lang, f"plan.flag.{self.kind.value}", name=name)


def plan_flags(workbook: Workbook) -> list[PlanFlag]:
    """Every flag: our group not chosen, then rows in table order, then key players without a row."""
    flags: list[PlanFlag] = []
    if not our_group_chosen(workbook):
        flags.append(PlanFlag(FlagKind.NO_OUR_GROUP, None, None))
    for row in workbook.plan.rows:
        if row.target is None:
            flags.append(PlanFlag(FlagKind.NO_TARGET, row.id, row.stakeholder or None))
        else:
            current, _via, _derived = current_relationship(workbook, row)
            if RANK[TARGET_CLOSENESS[row.target]] < RANK[current]:
                flags.append(PlanFlag(FlagKind.TARGET_WEAKER, row.id, row.stakeholder or None))
        if not row.methods:
            flags.append(PlanFlag(FlagKind.NO_METHOD, row.id, row.stakeholder or None))
    planned = {row.stakeholder for row in workbook.plan.rows}
    for stakeholder in workbook.stakeholders:
        if stakeholder.id == workbook.plan.our_stakeholder or stakeholder.id in planned:
            continue
        if is_key_player(stakeholder):
            flags.append(PlanFlag(FlagKind.KEY_PLAYER_WITHOUT_ROW, None, stakeholder.id))
    return flags
