"""The workshop's timer: a worksheet's minutes counted down for the whole room.

Seed 001 times each activity (ใบงาน 1: 30 minutes, in parts of 5, 7 and 8;
ใบงาน ๓: 15 minutes; Network 4: 80 minutes, 40 of them on the situation).
The facilitator starts one, pauses and resumes it; the status line shows the
minutes left, then the seconds in the last minute, and the terminal's bell
rings at the end. What is shown changes at most once a minute until the last
one, so a timer costs the wire a few bytes a minute, and none while no timer
runs (:meth:`Countdown.next_change` says when to look again). Plain
arithmetic on a clock reading the caller gives: tested without a terminal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tui.core.i18n import tr
from tui.core.vocab import Language

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("timer.activity.",)


@dataclass(frozen=True)
class Activity:
    """A timed activity of the workshop, with its seed line (``timer.activity.<key>`` names it)."""

    key: str
    minutes: int
    seed: str


ACTIVITIES = (
    Activity("worksheet_1", 30, "001:161"),
    Activity("worksheet_1_names", 5, "001:164"),
    Activity("worksheet_1_groups", 7, "001:174"),
    Activity("worksheet_1_quadrants", 8, "001:187"),
    Activity("worksheet_3", 15, "001:318"),
    Activity("network_4", 80, "001:581"),
    Activity("network_4_situation", 40, "001:583"),
)
#: The longest timer the palette starts from a number typed: a day's workshop.
LONGEST_MINUTES = 8 * 60


def activity_name(lang: Language | str, activity: Activity) -> str:
    return tr(lang, f"timer.activity.{activity.key}")


@dataclass
class Countdown:
    """``seconds`` counted down from ``started`` (a monotonic clock's reading), less pauses."""

    seconds: float
    name: str
    started: float
    #: Seconds counted before the latest start: the time run before each pause.
    used: float = 0.0
    paused: bool = False

    def left(self, now: float) -> float:
        running = 0.0 if self.paused else now - self.started
        return max(0.0, self.seconds - self.used - running)

    def over(self, now: float) -> bool:
        return self.left(now) <= 0

    def pause(self, now: float) -> None:
        if not self.paused:
            self.used += now - self.started
            self.paused = True

    def resume(self, now: float) -> None:
        if self.paused:
            self.started, self.paused = now, False

    def next_change(self, now: float) -> float | None:
        """Seconds until what :meth:`shown` says changes; None while paused or over."""
        if self.paused or self.over(now):
            return None
        left = self.left(now)
        step = 60.0 if left > 60 else 1.0
        return left - (math.ceil(left / step) - 1) * step

    def shown(self, now: float, lang: Language | str) -> str:
        """``⏱ ใบงาน ๓ 12 นาที``, ``⏱ ใบงาน ๓ 0:42`` in the last minute, ``⏸`` while paused."""
        left = self.left(now)
        if left <= 0:
            return tr(lang, "timer.over", name=self.name)
        if left > 60:
            time = tr(lang, "timer.minutes", minutes=math.ceil(left / 60))
        else:
            time = f"0:{math.ceil(left):02d}" if left < 60 else "1:00"
        return f"{'⏸' if self.paused else '⏱'} {self.name} {time}"
