"""The workshop's timer on the status line, started from the palette (tui/room_timer.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.ui_helpers import run_palette
from tui.app import make_app
from tui.commands import minutes_asked
from tui.core.document import Document
from tui.core.vocab import Language
from tui.widgets.keybar import KeyBar

SIZE = (80, 24)


def status(app) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def test_the_seed_s_worksheet_timer_from_the_palette_paused_resumed_and_stopped(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=SIZE) as pilot:
        assert app.room_timer.shown == "" and "⏱" not in status(app)
        await run_palette(pilot, "ใบงาน ๓")
        assert "⏱ ใบงาน ๓ 15 นาที" in status(app)
        await pilot.press("2")  # every screen's status line shows it
        await pilot.pause()
        assert "⏱ ใบงาน ๓ 15 นาที" in status(app)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "⏱ ใบงาน ๓ 15 min" in status(app)  # the name is what was started; the minutes follow the language
        await run_palette(pilot, "Timer: pause")
        assert "⏸ ใบงาน ๓ 15 min" in status(app) and app.room_timer._next is None  # paused: no look at the clock
        await run_palette(pilot, "Timer: resume")
        assert "⏱ ใบงาน ๓" in status(app) and app.room_timer._next is not None
        await run_palette(pilot, "Timer: stop")
        assert "ใบงาน ๓" not in status(app) and app.room_timer._next is None


async def test_the_last_seconds_count_down_and_the_bell_rings_once_at_the_end(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    rings: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        app.bell = lambda: rings.append(time.monotonic())  # type: ignore[method-assign]
        app.room_timer.start(2 / 60, "Worksheet 3")  # two seconds
        assert "⏱ Worksheet 3 0:02" in status(app)
        for _ in range(60):
            await pilot.pause(0.1)
            if rings:
                break
        await pilot.pause(0.3)
        assert len(rings) == 1
        assert "⏰ Worksheet 3: time's up" in status(app)
        assert app.room_timer._next is None  # over: nothing more is scheduled


async def test_minutes_typed_in_the_palette_start_a_timer_of_that_length(sample: Path) -> None:
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await run_palette(pilot, "25")
        assert "⏱ Timer 25 min" in status(app)


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("25", 25),
        ("timer 45 min", 45),
        ("จับเวลา 90 นาที", 90),
        ("ใบงาน 1", None),  # a worksheet's name, not its minutes
        ("0", None),
        ("9999", None),
        ("", None),
    ],
)
def test_minutes_asked(typed: str, minutes: int | None) -> None:
    assert minutes_asked(typed) == minutes
