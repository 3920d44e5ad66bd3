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
its widgets have no message left to handle, nor work waiting for the screen's
next refresh (step 5 puts its cursor on the first score then; a score typed
before would have been ignored, and every later one landed a row off). Then they go on, in order. A key
some widget keeps for itself never comes back up: the wait ends after
HOLD_AT_MOST anyway (and after SETTLE_AT_MOST for what one that came back set off). Printable keys typed into a text field are never held
(the field keeps them), so typing is not slowed. A paste behind a held key
waits with the keys.

Whether a widget has messages left is read from its queue, which is private
to Textual (as its Pilot reads it to wait for a screen).
"""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import events
from textual.widgets import Input, TextArea

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer

#: Seconds the keys behind a bound key wait at most for it to come back up to the app.
HOLD_AT_MOST = 0.5
#: Seconds they wait at most, once it has, for what it set off (a new screen built on a
#: busy shared server, its modules loaded the first time, can take a second or more).
SETTLE_AT_MOST = 5.0
#: Seconds between looks at whether the screen has settled.
LOOK_EVERY = 0.002


class KeysInOrder:
    """Mixin for the App (before ``App`` in the bases)."""

    _awaited: events.Key | None = None
    _held: list[events.Key | events.Paste]
    _hold_until = 0.0
    _give_up: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and event.is_forwarded and event is self._awaited:
            if self._give_up is not None:
                self._give_up.stop()
                self._give_up = None
            self._hold_until = time.monotonic() + SETTLE_AT_MOST
            await super().on_event(event)  # type: ignore[misc]  # back up at the app: its bindings act now
            self._settle_soon(event)
            return
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded and self._awaited is not None:
            self._held.append(event)  # behind the key being acted on
            return
        await self._deliver(event)

    async def _deliver(self, event: events.Event) -> None:
        """Hand ``event`` on as Textual does, noting a key that must be acted on first."""
        if isinstance(event, events.Key) and not event.is_forwarded and self._may_act_on(event):
            app: App[Any] = self  # type: ignore[assignment]
            self._awaited = event
            self._held = []
            self._give_up = app.set_timer(HOLD_AT_MOST, partial(self._release_soon, event))  # if it never comes back
        await super().on_event(event)  # type: ignore[misc]

    def _may_act_on(self, event: events.Key) -> bool:
        """Is there a binding for this key that acts when it comes back up (not a priority one)?"""
        app: App[Any] = self  # type: ignore[assignment]
        if event.is_printable and isinstance(app.focused, (Input, TextArea)):
            return False  # typed into the field
        active = app.active_bindings.get(event.key)
        return active is not None and not active.binding.priority

    def _settle_soon(self, awaited: events.Key) -> None:
        app: App[Any] = self  # type: ignore[assignment]
        app.set_timer(LOOK_EVERY, partial(self._settle, awaited))

    def _settle(self, awaited: events.Key) -> None:
        """Release the held keys once the screen has handled all the awaited key set off."""
        if self._awaited is not awaited:
            return  # released already (this look was for an earlier key)
        app: App[Any] = self  # type: ignore[assignment]
        try:
            screen = app.screen
            busy = bool(screen._callbacks) or any(  # noqa: SLF001  (work waiting for the screen's next refresh)
                not node._message_queue.empty() for node in screen.walk_children(with_self=True)  # noqa: SLF001
            )
        except Exception:  # noqa: BLE001  (no screen: the app is closing; nothing to wait for)
            busy = False
        if busy and time.monotonic() < self._hold_until:
            self._settle_soon(awaited)
        else:
            self._release_soon(awaited)

    def _release_soon(self, awaited: events.Key) -> None:
        """Release from the app's own queue: timers run in a task of their own, and keys
        queued meanwhile must not be handed on between the held ones."""
        app: App[Any] = self  # type: ignore[assignment]
        app.call_later(self._release, awaited)

    async def _release(self, awaited: events.Key) -> None:
        """Deliver the held keys, in order, before any key still queued behind them;
        one that must be acted on first holds the rest again."""
        if self._awaited is not awaited:
            return
        self._awaited = None
        if self._give_up is not None:
            self._give_up.stop()
            self._give_up = None
        held, self._held = self._held, []
        for index, event in enumerate(held):
            if self._awaited is not None:
                self._held = held[index:]
                return
            await self._deliver(event)  # not through the app's own filters again: they have seen it
