"""The workshop's timer (tui/core/countdown.py): minutes, then seconds, pauses, the end."""

from __future__ import annotations

import pytest

from tui.core.countdown import ACTIVITIES, Countdown, activity_name
from tui.core.vocab import Language


def test_minutes_left_then_seconds_in_the_last_one() -> None:
    clock = Countdown(15 * 60, "ใบงาน ๓", started=100.0)
    assert clock.shown(100.0, Language.TH) == "⏱ ใบงาน ๓ 15 นาที"
    assert clock.shown(100.0 + 30, Language.TH) == "⏱ ใบงาน ๓ 15 นาที"  # 14.5 minutes: still in the 15th
    assert clock.shown(100.0 + 61, Language.EN) == "⏱ ใบงาน ๓ 14 min"
    assert clock.shown(100.0 + 14 * 60, Language.EN) == "⏱ ใบงาน ๓ 1:00"
    assert clock.shown(100.0 + 14 * 60 + 18.5, Language.EN) == "⏱ ใบงาน ๓ 0:42"
    assert clock.shown(100.0 + 15 * 60, Language.TH) == "⏰ ใบงาน ๓ หมดเวลา"
    assert clock.over(100.0 + 15 * 60) and not clock.over(100.0 + 15 * 60 - 0.5)


def test_what_is_shown_changes_once_a_minute_then_once_a_second() -> None:
    clock = Countdown(3 * 60, "Timer", started=0.0)
    assert clock.next_change(0.0) == 60.0  # 3 min → 2 min
    assert clock.next_change(10.0) == 50.0
    assert clock.next_change(60.0) == 60.0  # 2 min → 1:00
    assert clock.next_change(120.0) == 1.0  # 1:00 → 0:59
    assert clock.next_change(179.25) == pytest.approx(0.75)  # 0:01 → over
    assert clock.next_change(180.0) is None  # over: nothing more to show
    looks, now = 0, 0.0
    while (wait := clock.next_change(now)) is not None:
        looks, now = looks + 1, now + wait
    assert looks == 2 + 60  # two minutes shown, then sixty seconds


def test_a_pause_stops_the_count_and_resume_goes_on_where_it_was() -> None:
    clock = Countdown(10 * 60, "Timer", started=0.0)
    clock.pause(4 * 60)
    assert clock.left(9 * 60) == 6 * 60 and clock.next_change(9 * 60) is None
    assert clock.shown(9 * 60, Language.EN) == "⏸ Timer 6 min"
    clock.resume(20 * 60)
    assert clock.left(20 * 60 + 30) == 5.5 * 60
    clock.pause(21 * 60)
    clock.pause(22 * 60)  # twice is once
    clock.resume(30 * 60)
    clock.resume(31 * 60)  # likewise
    assert clock.left(30 * 60) == 5 * 60


def test_the_seed_s_activities_and_their_minutes() -> None:
    minutes = {activity_name(Language.TH, a): a.minutes for a in ACTIVITIES}
    assert [minutes["ใบงาน 1"], *(minutes[f"ใบงาน 1 ข้อ {n}"] for n in (1, 2, 3))] == [30, 5, 7, 8]  # 001:161-187
    assert (minutes["ใบงาน ๓"], minutes["ใบงาน Network 4"]) == (15, 80)
