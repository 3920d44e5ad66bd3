"""Every place the user can go, in one table.

The app's navigation (``app.go``, F2 / F3 between the steps), the home
screen's list and keys, the command palette, the help (through the home
screen's keys) and ``phakhi screenshot --screen`` all read :data:`PLACES`.
Adding a screen is one row here and one module in ``tui/screens/``.

Screens are named as ``"module:Class"`` and imported when first opened: the
first paint needs only the home screen, and a slow link waits for it. This
module imports nothing of Textual, so the command line can read it too.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Place:
    #: Stable name: the action ``app.go('<id>')``, the binding ids, ``screenshot --screen``.
    id: str
    #: The key that opens it on the home screen.
    key: str
    #: Message key of its title (tui/core/i18n.py), in the home list, the palette and the help.
    title: str
    #: Its screen class as "module:Class", imported when it is first opened.
    screen: str
    #: Listed on the home screen (its key works there either way).
    on_home: bool = True
    #: 1-7 for the seven steps of the method (F2 / F3 move between them, and one
    #: step replaces another rather than piling up); 0 for any other place.
    step: int = 0

    def screen_class(self) -> Any:
        """The screen's class, imported now."""
        module, _, name = self.screen.partition(":")
        return getattr(importlib.import_module(module), name)


#: The method's own order (seed 000), then the network tools.
PLACES: tuple[Place, ...] = (
    Place("step1", "1", "step.1", "tui.screens.objective:ObjectiveScreen", step=1),
    Place("step2", "2", "step.2", "tui.screens.identify:IdentifyScreen", step=2),
    Place("step3", "3", "step.3", "tui.screens.study:StudyScreen", step=3),
    Place("step4", "4", "step.4", "tui.screens.relationships:RelationshipsScreen", step=4),
    Place("step5", "5", "step.5", "tui.screens.power:PowerScreen", step=5),
    Place("step6", "6", "step.6", "tui.screens.prioritise:PrioritiseScreen", step=6),
    Place("step7", "7", "step.7", "tui.screens.approach:ApproachScreen", step=7),
    Place("map", "m", "screen.map", "tui.screens.map:MapScreen"),
    Place("plan", "p", "screen.plan", "tui.screens.plan:PlanScreen"),
    Place("report", "r", "screen.report", "tui.screens.report:ReportScreen"),
    Place("health", "h", "screen.health", "tui.screens.health:HealthScreen"),
)


def place(place_id: str) -> Place:
    """The place named ``place_id``; KeyError if there is none."""
    for found in PLACES:
        if found.id == place_id:
            return found
    raise KeyError(place_id)


def steps() -> tuple[Place, ...]:
    """The steps of the method, in order."""
    return tuple(sorted((p for p in PLACES if p.step), key=lambda p: p.step))


def step(number: int) -> Place:
    """Step ``number`` (1-7)."""
    return next(p for p in PLACES if p.step == number)
