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

STEP_NUMBERS = tuple(range(1, 8))

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

    @property
    def complete(self) -> bool:
        return not self.missing


def _objective(workbook: Workbook) -> list[str]:
    project = workbook.project
    missing = []
    if not project.title.strip():
        missing.append("steps.missing.title")
    if not project.objective.strip():
        missing.append("steps.missing.objective")
    return missing


def _identify(workbook: Workbook) -> list[str]:
    """Every sector has a stakeholder, or the user said it has none (ไตรพลัง)."""
    present = {s.sector for s in workbook.stakeholders}
    return [
        f"steps.missing.sector.{sector.value}"
        for sector in Sector
        if sector not in present and sector not in workbook.project.empty_sectors
    ]


def studied(stakeholder: Stakeholder) -> bool:
    """Has anything of step 3 been written about this stakeholder?"""
    return any(getattr(stakeholder, name).strip() for name in STUDY_FIELDS)


def _study(workbook: Workbook) -> list[str]:
    if not workbook.stakeholders:
        return ["steps.missing.stakeholders"]
    return [] if all(studied(s) for s in workbook.stakeholders) else ["steps.missing.study"]


def _relationships(workbook: Workbook) -> list[str]:
    if len(workbook.stakeholders) < 2:
        return ["steps.missing.stakeholders"]
    return [] if workbook.ties else ["steps.missing.ties"]


def _power(workbook: Workbook) -> list[str]:
    if not workbook.stakeholders:
        return ["steps.missing.stakeholders"]
    scored = all(s.influence is not None and s.interest is not None for s in workbook.stakeholders)
    return [] if scored else ["steps.missing.scores"]


def _prioritise(workbook: Workbook) -> list[str]:
    """The grid is drawn from the scores, so it is complete when they are."""
    return _power(workbook)


def _approach(workbook: Workbook) -> list[str]:
    """Every key player has an approach; before the grid has any, everyone does.

    The workshop plans the approach for the key stakeholders (ภาคีสำคัญ);
    others may have one, but the step does not wait for them.
    """
    from tui.core.analysis.grid import place  # here: the home screen, which opens first, needs no analysis

    if not workbook.stakeholders:
        return ["steps.missing.stakeholders"]
    key_players = [s for s in workbook.stakeholders if place(s).key_player] or workbook.stakeholders
    return [] if all(s.approach_how.strip() for s in key_players) else ["steps.missing.approach"]


RULES: dict[int, Callable[[Workbook], list[str]]] = {
    1: _objective,
    2: _identify,
    3: _study,
    4: _relationships,
    5: _power,
    6: _prioritise,
    7: _approach,
}


def step_state(workbook: Workbook, number: int) -> StepState:
    return StepState(number, tuple(RULES[number](workbook)))


def all_steps(workbook: Workbook) -> list[StepState]:
    return [step_state(workbook, number) for number in STEP_NUMBERS]
