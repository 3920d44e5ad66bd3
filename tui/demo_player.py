"""Plays a scripted demo (tui/core/demo.py) on a running app, for a projector.

The script's keys reach the app as a terminal would send them (one key event
per character, so Thai vowel and tone marks arrive whole), in a worker, one
at a time: after each, the player waits until the app has handled it (and
any drawing it started) before the next, so a fast replay does exactly what
a slow one does. The caption of the step is docked on whichever screen is
showing.

The presenter stays in charge: while the script plays, their Esc stops it
and leaves the app as it stands (that Esc does not also go home), ctrl+q
still quits, and other keys wait for the script — so a stray key cannot
throw it off. At the end the caption says so, and the next key is the
presenter's own.
"""

from __future__ import annotations

import asyncio
import enum
from typing import Any

from textual import events
from textual.pilot import Pilot
from textual.worker import Worker

from tui.app import PhakhiApp
from tui.core.demo import DEFAULT_PAUSE, DemoScript, key_event, typed_events
from tui.core.i18n import tr
from tui.widgets.caption import Caption

#: Seconds at speed 1: a caption is read before its keys start; keys come at a
#: pace the room can follow; typed text at a brisk typist's pace.
CAPTION_LEAD = 1.0
KEY_GAP = 0.5
TYPE_GAP = 0.08


class State(enum.Enum):
    WAITING = "waiting"
    PLAYING = "playing"
    STOPPED = "stopped"  # the presenter pressed Esc
    FINISHED = "finished"  # the end caption is showing
    CLOSED = "closed"  # the presenter has the keys, no caption left


class DemoPlayer:
    """One script on one app. ``speed`` divides every wait; 0 plays with no waiting at all (tests)."""

    def __init__(self, app: PhakhiApp, script: DemoScript, speed: float = 1.0) -> None:
        self.app = app
        self.script = script
        self.speed = speed
        self.state = State.WAITING
        self.worker: Worker[None] | None = None
        self.caption = ""
        self.hint = ""
        self._ours: set[int] = set()  # ids of the key events the script has sent and the app not yet seen

    async def autopilot(self, _pilot: Pilot[Any]) -> None:
        """For ``App.run(auto_pilot=...)``: start once the app is ready, and leave it running."""
        self.start()

    def start(self) -> Worker[None]:
        self.app.input_filter = self.filter_input
        self.state = State.PLAYING
        self.worker = self.app.run_worker(self.play(), name="demo", group="demo", exclusive=True)
        return self.worker

    async def play(self) -> None:
        pilot = Pilot(self.app)
        self.show(self.script.title)
        await self.wait(DEFAULT_PAUSE)
        for step in self.script.steps:
            self.show(step.caption)
            await self.wait(CAPTION_LEAD)
            for name in step.keys:
                self.post(*key_event(name))
                await self.settle(pilot)
                await self.wait(KEY_GAP)
            for key, character in typed_events(step.text):
                self.post(key, character)
                await self.wait(TYPE_GAP)
            await self.settle(pilot)
            await self.wait(step.pause)
        self.state = State.FINISHED
        self.show(tr(self.app.lang, "demo.end"), hint=False)

    # -- sending keys --

    def post(self, key: str, character: str | None) -> None:
        event = events.Key(key, character)
        self._ours.add(id(event))
        self.app.post_message(event)

    async def settle(self, pilot: Pilot[Any]) -> None:
        """Wait until the app has handled what was sent, including drawing done in threads (the map)."""
        await pilot.pause()
        busy = [w for w in self.app.workers if w is not self.worker and w.is_running]
        if busy:
            await self.app.workers.wait_for_complete(busy)
            await pilot.pause()
        self.place_caption()

    async def wait(self, seconds: float) -> None:
        if self.speed > 0:
            await asyncio.sleep(seconds / self.speed)

    # -- the presenter's keys --

    def filter_input(self, event: events.Key | events.MouseEvent) -> bool:
        """Called by the app for every key and mouse event; True takes it from the screens.
        A click while the script plays (say, to bring the terminal window to the front
        on a projector laptop) is taken too: it would move the focus under the script."""
        if isinstance(event, events.MouseEvent):
            return self.state is State.PLAYING
        if id(event) in self._ours:
            self._ours.discard(id(event))
            return False
        if self.state is State.PLAYING:
            if event.key == "escape":
                self.stop()
                return True
            return event.key != "ctrl+q"
        # The end caption is showing: the presenter's first key closes it; Esc does only that.
        self.close()
        return event.key == "escape"

    def stop(self) -> None:
        """Esc while playing: no more keys; the app stays as it is, in the presenter's hands."""
        self.state = State.STOPPED
        if self.worker is not None:
            self.worker.cancel()
        self.close()
        self.app.notify(tr(self.app.lang, "demo.stopped"), timeout=3)

    def close(self) -> None:
        if self.state is not State.STOPPED:
            self.state = State.CLOSED
        self.app.input_filter = None
        for screen in self.app.held_screens():  # a step kept out of sight may hold one too
            screen.query(Caption).remove()

    # -- the caption --

    def show(self, caption: str, *, hint: bool = True) -> None:
        self.caption = caption
        self.hint = tr(self.app.lang, "demo.take_over") if hint else ""
        self.place_caption()

    def place_caption(self) -> None:
        """The caption on the screen showing now (a key may have opened another)."""
        screen = self.app.screen
        found = screen.query(Caption)
        if found:
            found.first().show(self.caption, self.hint)
        else:
            caption = Caption()
            screen.mount(caption)
            caption.show(self.caption, self.hint)
