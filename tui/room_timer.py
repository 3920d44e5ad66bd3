"""The workshop's timer on the status line: started, paused, resumed and stopped from the palette.

The key bar draws :attr:`RoomTimer.shown` before the save state. The timer
looks at the clock again only when what it shows changes
(:meth:`tui.core.countdown.Countdown.next_change`): once a minute, once a
second in the last one, never while paused or stopped, so a session with no
timer still sends nothing while idle. At the end the terminal's bell rings
and the status line says the time is up until the timer is stopped or
another one started.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.timer import Timer

from tui.core.countdown import Countdown
from tui.core.vocab import Language
from tui.timers import after
from tui.widgets.keybar import KeyBar


class RoomTimer:
    """``lang``: the language of the app it shows in (the workbook's app, or the room view)."""

    def __init__(self, app: App[Any], lang: Callable[[], Language]) -> None:
        self.app = app
        self._lang = lang
        self.countdown: Countdown | None = None
        self._next: Timer | None = None
        #: What the status line shows; empty with no timer.
        self.shown = ""
        self._rung = False

    def start(self, minutes: float, name: str) -> None:
        self.countdown = Countdown(minutes * 60, name, time.monotonic())
        self._rung = False
        self._look()

    def pause(self) -> None:
        if self.countdown is not None:
            self.countdown.pause(time.monotonic())
            self._look()

    def resume(self) -> None:
        if self.countdown is not None:
            self.countdown.resume(time.monotonic())
            self._look()

    def stop(self) -> None:
        self.countdown = None
        self._look()

    @property
    def running(self) -> bool:
        return self.countdown is not None and not self.countdown.paused and not self.countdown.over(time.monotonic())

    def show_language(self) -> None:
        """The words of what is shown follow the app's language (no new look at the clock is set)."""
        if self.countdown is not None:
            self.shown = self.countdown.shown(time.monotonic(), self._lang())
            self._redraw()

    def _look(self) -> None:
        """Show the time left, ring at the end, and look again when it changes."""
        if self._next is not None:
            self._next.stop()
            self._next = None
        countdown, now = self.countdown, time.monotonic()
        self.shown = countdown.shown(now, self._lang()) if countdown is not None else ""
        if countdown is not None and countdown.over(now) and not self._rung:
            self._rung = True
            self.app.bell()
        self._redraw()
        wait = countdown.next_change(now) if countdown is not None else None
        if wait is not None:
            self._next = after(self.app, wait, self._look)

    def _redraw(self) -> None:
        for bar in self.app.screen.query(KeyBar):
            bar.refresh()
