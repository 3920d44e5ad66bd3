"""When is each of the seven steps done? The method's rules, without a screen.

A step is *complete* when the worksheet behind it is filled in enough for the
next step to build on it. The step bar shows these marks, and the report can
say what is left to do; each rule returns the i18n keys of what is missing,
so a screen can tell the user exactly why a step is not yet done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tui.core.model import Stakeholder, Workbook
from tui.core.vocab import Sector

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("steps.missing.sector.",)

STEP_NUMBERS = tuple(range(1, 8))

#: The columns of the worksheet of step 3 (seed 001, ใบงาน 1 part 3), in its order:
#: the study's table on screen and the report's worksheet.
WORKSHEET_FIELDS = ("contact", "influence_how", "impact", "what_matters", "can_help", "may_obstruct", "access")

#: Worksheet fields of step 3 (ใบงาน 1 part 3 and seed 000's study items).
STUDY_FIELDS = (
    "contact",
    "characteristics",
    "management",
    "decisions",
    "aims",
    "purposes",
    "track_record",
    "rules",
    "leader_view",
    "gains_losses",
    "stance",
    "needs",
    "knowledge",
    "behaviour",
    "influence_how",
    "impact",
    "what_matters",
    "can_help",
    "may_obstruct",
    "access",
)


@dataclass(frozen=True)
class StepState:
    number: int
    missing: tuple[str, ...]  # i18n keys of what is still to do; empty when complete
    #: The stakeholders the step still waits for (ids, workbook order), so the screen can say who.
    who: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


#: What a rule finds: the i18n keys of what is missing, and who it is missing for.
Todo = tuple[list[str], list[Stakeholder]]


def _needs(key: str, waiting: list[Stakeholder]) -> Todo:
    return ([key], waiting) if waiting else ([], [])


def _partners(workbook: Workbook) -> list[Stakeholder]:
    """Everyone but our own group: we need no study of, or approach to, ourselves."""
    ours = workbook.plan.our_stakeholder
    return [s for s in workbook.stakeholders if s.id != ours]


def _key_players_or_all(workbook: Workbook) -> list[Stakeholder]:
    """The key players (ภาคีสำคัญ) the workshop works on; before the grid has any, everyone."""
    from tui.core.analysis.grid import is_key_player  # here: the home screen, which opens first, needs no analysis

    partners = _partners(workbook)
    return [s for s in partners if is_key_player(s)] or partners


def _objective(workbook: Workbook) -> Todo:
    project = workbook.project
    missing = []
    if not project.title.strip():
        missing.append("steps.missing.title")
    if not project.objective.strip():
        missing.append("steps.missing.objective")
    return missing, []


def _identify(workbook: Workbook) -> Todo:
    """Every sector has a stakeholder, or the user said it has none (ไตรพลัง)."""
    present = {s.sector for s in workbook.stakeholders}
    missing = [
        f"steps.missing.sector.{sector.value}"
        for sector in Sector
        if sector not in present and sector not in workbook.project.empty_sectors
    ]
    return missing, []


def studied(stakeholder: Stakeholder) -> bool:
    """Has anything of step 3 been written about this stakeholder?"""
    return any(getattr(stakeholder, name).strip() for name in STUDY_FIELDS)


def _study(workbook: Workbook) -> Todo:
    """Every key player studied (ใบงาน 1 part 3 studies the ภาคีสำคัญ); before the grid has any, everyone."""
    if not workbook.stakeholders:
        return ["steps.missing.stakeholders"], []
    return _needs("steps.missing.study", [s for s in _key_players_or_all(workbook) if not studied(s)])


def _relationships(workbook: Workbook) -> Todo:
    if len(workbook.stakeholders) < 2:
        return ["steps.missing.stakeholders"], []
    return ([] if workbook.ties else ["steps.missing.ties"]), []


def _power(workbook: Workbook) -> Todo:
    if not workbook.stakeholders:
        return ["steps.missing.stakeholders"], []
    return _needs(
        "steps.missing.scores", [s for s in workbook.stakeholders if s.influence is None or s.interest is None]
    )


def _prioritise(workbook: Workbook) -> Todo:
    """The grid is drawn from the scores, so it is complete when they are."""
    return _power(workbook)


def _approach(workbook: Workbook) -> Todo:
    """Every key player has an approach; before the grid has any, everyone does.

    The workshop plans the approach for the key stakeholders (ภาคีสำคัญ);
    others may have one, but the step does not wait for them.
    """
    if not workbook.stakeholders:
        return ["steps.missing.stakeholders"], []
    return _needs("steps.missing.approach", [s for s in _key_players_or_all(workbook) if not s.approach_how.strip()])


RULES: dict[int, Callable[[Workbook], Todo]] = {
    1: _objective,
    2: _identify,
    3: _study,
    4: _relationships,
    5: _power,
    6: _prioritise,
    7: _approach,
}


def step_state(workbook: Workbook, number: int) -> StepState:
    missing, waiting = RULES[number](workbook)
    return StepState(number, tuple(missing), tuple(s.id for s in waiting))


def all_steps(workbook: Workbook) -> list[StepState]:
    """Every step's state, of the network as it stands: one who left the network waits for
    no score and no approach (tui/core/current.py)."""
    from tui.core.current import current

    now = current(workbook)
    return [step_state(now, number) for number in STEP_NUMBERS]
