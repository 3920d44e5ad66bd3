"""Keys in the order they were typed, to the widget each was typed for.

Textual hands each key, as it arrives, to the queue of the widget focused at
that moment, and acts on most bindings (Tab to the next field, Enter to add
a name, a digit to open a step) only when the key has gone up through the
widgets and back to the app. Keys that arrived meanwhile were already handed
to the old widget: over a slow SSH link, where keys come in bursts, "X Tab
กข" typed the Thai into the first field, and "กข Enter คง Enter" in step 2
added one stakeholder "กขคง".

So after a key that a binding may act on, the keys behind it wait until that
key has been acted on and everything it set off is done (the name added and
the entry cleared, the new screen mounted and focused): until the screen and
its widgets have no message left to handle, nor work waiting for the
screen's next refresh (step 5 puts its cursor on the first score then; a
score typed before was ignored, and every later one landed a row off). Then
they go on, in order. A key some widget keeps for itself never comes back
up: the wait ends when the app has nothing left to handle and the key has
not come back. No clock ends a wait that is still making progress
(WAIT_AT_MOST is the way out of one that never would): on a server shared
by forty sessions a key took more than the half second once allowed to come
back, and the keys let go meanwhile went to the old screen. Printable keys
typed into a text field are never held (the field keeps them), so typing is
not slowed. A paste behind a held key waits with the keys.

While the workbook is still being read (a province's file opens after its
first frame: tui/app.py), every key and paste is held, and a click is
dropped: the screen shown is a first look at the file, with nothing to
act on. They go on, in order, once the workbook is there
(:meth:`KeysInOrder.hold_input`, :meth:`KeysInOrder.let_input_go`). The
quit key alone acts at once, so a read that never ends is no trap.

Whether a widget has messages left is read from its queue, which is private
to Textual (as its Pilot reads it to wait for a screen).
"""

from __future__ import annotations

import asyncio
import sys
import time

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from tui.app_mixin import AppMixin

#: Seconds the keys behind a bound key wait at most, however busy the app stays: a way out
#: of a wait that would otherwise never end (a screen that kept posting messages).
WAIT_AT_MOST = 30.0
#: Looks in a row at an app with nothing left to do, the key not back: a widget kept it.
#: Fewer for a key a widget stopped (it said so); more for one that may still be in a
#: handler that waits for something.
QUIET_LOOKS_STOPPED = 2
QUIET_LOOKS = 25
#: Seconds between looks at whether the key is back, or the screen has settled.
LOOK_EVERY = 0.002
#: Seconds between looks at most: while the app is busy (a screen being built and drawn,
#: 10 to 20 ms) each look finds it busy still, and the next waits twice as long, up to this.
LOOK_EVERY_MOST = 0.008
#: The same with no key held behind it: nothing waits on the looks but the key's own end, and
#: on a starved server (forty sessions on two cores) a screen takes half a second to come,
#: which looks every 8 ms made 60 looks of the whole screen's widgets, a few ms of processor
#: a key, for nothing. A key typed meanwhile brings them back to every 8 ms at once.
LOOK_EVERY_ALONE_MOST = 0.064
#: Seconds without a look while keys are held: the looks were lost, and the next key starts
#: them again. Looks are timers that go off however late (tui/timers.py): a timer Textual
#: counted as missed once left a session in a room of forty with its keys held for ever.
LOOKS_LOST = 1.0


class KeysInOrder(AppMixin):
    """Mixin for the App (before ``App`` in the bases)."""

    _awaited: events.Key | None = None
    _back = False  # the awaited key came back up to the app
    _held: list[events.Key | events.Paste]
    _wait_until = 0.0
    _quiet_looks = 0
    _last_look = 0.0
    #: The key the next look is on its way for (one chain of looks at a time).
    _look_for: events.Key | None = None
    #: Seconds until the next look.
    _look_every = LOOK_EVERY
    #: Keys and pastes held while the workbook is being read; None: not reading.
    _held_input: list[events.Key | events.Paste] | None = None

    def hold_input(self) -> None:
        """Hold every key and paste from the terminal (and drop clicks) until :meth:`let_input_go`."""
        self._held_input = []

    def keys_held(self) -> bool:
        """Are keys waiting: for the workbook, or behind a key being acted on?"""
        return self._held_input is not None or self._awaited is not None

    def let_input_go(self) -> None:
        """Deliver the held keys and pastes in order, after what is queued now (from the app's queue)."""
        self.call_later(self._let_input_go)

    async def _let_input_go(self) -> None:
        held, self._held_input = self._held_input or [], None
        for index, event in enumerate(held):
            if self._awaited is not None:  # a key to act on first: the rest wait behind it
                self._held = held[index:]
                return
            await self._deliver(event)

    async def on_event(self, event: events.Event) -> None:
        if self._held_input is not None and not event.is_forwarded:
            if isinstance(event, events.Key) and self._quits(event):
                await self._deliver(event)  # a read that never ends (a dead network folder) is no trap
                return
            if isinstance(event, (events.Key, events.Paste)):
                self._held_input.append(event)
                return
            if isinstance(event, (events.MouseDown, events.MouseUp, events.Click)):
                return  # nothing to click yet
        if isinstance(event, events.Key) and event.is_forwarded and event is self._awaited:
            self._back = True
            await super().on_event(event)  # back up at the app: its bindings act now
            self._look_soon(event)
            return
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded and self._awaited is not None:
            self._held.append(event)  # behind the key being acted on
            if time.monotonic() - self._last_look > LOOKS_LOST:
                self._look_soon(self._awaited)  # the looks stopped coming: start them again
            elif len(self._held) == 1 and self._look_every > LOOK_EVERY_MOST:
                # the looks had slowed with nothing held: one soon, for this key, and as often after
                self._look_every = LOOK_EVERY_MOST
                asyncio.get_running_loop().call_later(LOOK_EVERY, self._look_from_queue, self._awaited)
            return
        await self._deliver(event)

    async def _deliver(self, event: events.Event) -> None:
        """Hand ``event`` on as Textual does, noting a key that must be acted on first."""
        if isinstance(event, events.Key) and not event.is_forwarded and self._may_act_on(event):
            self._awaited = event
            self._back = False
            self._held = []
            self._wait_until = time.monotonic() + WAIT_AT_MOST
            self._quiet_looks = 0
            self._last_look = time.monotonic()
            self._look_every = LOOK_EVERY
            self._look_soon(event)
        await super().on_event(event)

    def _quits(self, event: events.Key) -> bool:
        """Is this key the app's quit key (whatever the keymap makes it)?"""
        binding = self._active_binding(event.key)
        return binding is not None and binding.action == "quit"

    def _may_act_on(self, event: events.Key) -> bool:
        """Is there a binding for this key that acts when it comes back up (not a priority one)?"""
        if event.is_printable and _takes_text(self.focused):
            return False  # typed into the field
        binding = self._active_binding(event.key)
        return binding is not None and not binding.priority

    def _active_binding(self, key: str) -> Binding | None:
        """The binding ``key`` has now, as Textual's ``active_bindings`` gives it, asked of this
        key alone: that property asks every binding of the screen whether it can act (the map
        screen's, a fifth of a Tab's processor time, at every key)."""
        found: Binding | None = None
        for namespace, bindings in self.screen._modal_binding_chain:  # noqa: SLF001
            for binding in bindings.key_to_bindings.get(key, ()):
                if self._check_action_state(binding.action, namespace) is False:  # noqa: SLF001
                    continue  # cannot act now: not active
                if found is None or binding.priority and not found.priority:
                    found = binding
        return found

    def _look_soon(self, awaited: events.Key) -> None:
        """Look again in a moment, from the app's queue. A bare timer of the event loop: it
        never skips a moment it is late to (as Textual's one-shot timer may: a look lost
        that way left a session's keys held for ever, tui/timers.py), and costs no task of
        its own, as a Textual timer does, at every look of every bound key."""
        if self._look_for is awaited:
            return  # a look is on its way already (the key came back meanwhile)
        self._look_for = awaited
        asyncio.get_running_loop().call_later(self._look_every, self._look_from_queue, awaited)

    def _look_from_queue(self, awaited: events.Key) -> None:
        if self._look_for is awaited:
            self._look_for = None
        self.call_next(self._look, awaited)

    def _look(self, awaited: events.Key) -> None:
        """Release the held keys once the awaited key has been acted on and the screen has
        handled all it set off, or once the app has nothing left to do and the key has not
        come back (a widget kept it). No clock decides before that: on a starved server a
        key can take seconds to come back, and keys let go meanwhile went to the old screen."""
        self._last_look = time.monotonic()
        if self._awaited is not awaited:
            return  # released already (this look was for an earlier key)
        busy = self._busy()
        self._quiet_looks = 0 if busy else self._quiet_looks + 1
        most = LOOK_EVERY_MOST if self._held else LOOK_EVERY_ALONE_MOST
        self._look_every = min(2 * self._look_every, most) if busy else LOOK_EVERY
        if self._back:
            settled = not busy
        else:
            stopped = awaited._stop_propagation  # noqa: SLF001
            settled = self._quiet_looks >= (QUIET_LOOKS_STOPPED if stopped else QUIET_LOOKS)
        if settled or time.monotonic() >= self._wait_until:
            self._release_soon(awaited)
        else:
            self._look_soon(awaited)

    def _busy(self) -> bool:
        """Has the app, its screen or a widget on it a message to handle, or work waiting
        for the screen's next refresh (step 5 puts its cursor on the first score then)?"""
        try:
            screen = self.screen
            return (
                not self._message_queue.empty()  # noqa: SLF001
                or bool(screen._callbacks)  # noqa: SLF001
                or any(not node._message_queue.empty() for node in screen.walk_children(with_self=True))  # noqa: SLF001
            )
        except Exception:  # noqa: BLE001  (no screen: the app is closing; nothing to wait for)
            return False

    def _release_soon(self, awaited: events.Key) -> None:
        """Release from the app's own queue: timers run in a task of their own, and keys
        queued meanwhile must not be handed on between the held ones."""
        self.call_later(self._release, awaited)

    async def _release(self, awaited: events.Key) -> None:
        """Deliver the held keys, in order, before any key still queued behind them;
        one that must be acted on first holds the rest again."""
        if self._awaited is not awaited:
            return
        self._awaited = None
        held, self._held = self._held, []
        for index, event in enumerate(held):
            if self._awaited is not None:
                self._held = held[index:]
                return
            await self._deliver(event)  # not through the app's own filters again: they have seen it


def _takes_text(widget: object) -> bool:
    """Is ``widget`` a field that a printable key types into?

    TextArea (and the editor's document and syntax modules it brings, 1.2 MB) is
    imported by the screens that show one; a session that never opened one has
    none, so it is not imported here to ask."""
    if isinstance(widget, Input):
        return True
    text_area = sys.modules.get("textual.widgets._text_area")
    return text_area is not None and isinstance(widget, text_area.TextArea)
