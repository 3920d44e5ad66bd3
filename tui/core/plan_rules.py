"""What the planning table still lacks: the rules that flag its rows.

Seed 000 makes the high-interest stakeholders the key players the network is
built around, so each one should have a row with a new relationship to aim
for. A row should not aim lower than what already exists (a tight tie
planned as a loose one), and a row with no method (วิธีการ) is a wish, not a
plan. Each flag names the row or the stakeholder; the texts are in
``i18n`` (``plan.flag.*``) so the screen and the report say the same thing.

Following the plan through (seed 000: ดำเนินการ และประเมินผล … ติดตามและ
ประเมินผล; seed 001: ติดตาม ลงเยี่ยม): a row not done whose review date has
passed, and one whose follow-up log has had no dated entry for
:data:`QUIET_WEEKS` weeks, are flagged too. Those two need the day: the
caller gives ``today`` (the screens the clock's, tests a fixed one), so
they are worked out on opening and on each edit, never on a timer
(:mod:`tui.core.follow_up`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from tui.core import follow_up
from tui.core.analysis.grid import is_key_player
from tui.core.follow_up import QUIET_WEEKS, overdue
from tui.core.i18n import tr
from tui.core.model import Workbook
from tui.core.plan import Relationships, our_group_chosen
from tui.core.vocab import Closeness, Language, Relation

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("plan.flag.",)

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
    REVIEW_PASSED = follow_up.REVIEW_PASSED
    NO_RECENT_ENTRY = follow_up.NO_RECENT_ENTRY


#: The flags that say a row is overdue (home counts the rows with one).
OVERDUE = frozenset({FlagKind.REVIEW_PASSED, FlagKind.NO_RECENT_ENTRY})


@dataclass(frozen=True)
class PlanFlag:
    kind: FlagKind
    row: str | None  # the plan row's id, when the flag is about a row
    stakeholder: str | None  # the stakeholder's id, when the flag is about one without a row

    def text(self, lang: Language | str, workbook: Workbook) -> str:
        return flag_texts([self], lang, workbook)[0]


def flag_texts(flags: list[PlanFlag], lang: Language | str, workbook: Workbook) -> list[str]:
    """What each flag says, naming its row's group, else its stakeholder. The rows and
    names are looked up in maps made once: a big plan has thousands of flags."""
    groups = {r.id: r.group for r in reversed(workbook.plan.rows)}  # the first of an id, as a search finds
    names = {s.id: s.name for s in reversed(workbook.stakeholders)}

    def name(flag: PlanFlag) -> str:
        return groups[flag.row] if flag.row in groups else names.get(flag.stakeholder or "", "?")

    return [tr(lang, f"plan.flag.{flag.kind.value}", name=name(flag), weeks=QUIET_WEEKS) for flag in flags]


def plan_flags(
    workbook: Workbook, relationships: Relationships | None = None, today: datetime.date | None = None
) -> list[PlanFlag]:
    """Every flag: our group not chosen, then rows in table order, then key players without a row.

    ``relationships``: the map as already read for these rows (the planning table reads it too);
    ``today``: the day to follow the rows through by (none: those flags are not worked out)."""
    flags: list[PlanFlag] = []
    if not our_group_chosen(workbook):
        flags.append(PlanFlag(FlagKind.NO_OUR_GROUP, None, None))
    relationships = relationships or Relationships(workbook)
    for row in workbook.plan.rows:
        if row.target is None:
            flags.append(PlanFlag(FlagKind.NO_TARGET, row.id, row.stakeholder or None))
        else:
            current, _via, _derived = relationships.of(row)
            if RANK[TARGET_CLOSENESS[row.target]] < RANK[current]:
                flags.append(PlanFlag(FlagKind.TARGET_WEAKER, row.id, row.stakeholder or None))
        if not row.methods:
            flags.append(PlanFlag(FlagKind.NO_METHOD, row.id, row.stakeholder or None))
        if today is not None:
            flags += [PlanFlag(FlagKind(kind), row.id, row.stakeholder or None) for kind in overdue(row, today)]
    planned = {row.stakeholder for row in workbook.plan.rows}
    for stakeholder in workbook.stakeholders:
        if stakeholder.id == workbook.plan.our_stakeholder or stakeholder.id in planned:
            continue
        if is_key_player(stakeholder):
            flags.append(PlanFlag(FlagKind.KEY_PLAYER_WITHOUT_ROW, None, stakeholder.id))
    return flags
