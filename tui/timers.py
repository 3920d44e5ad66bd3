"""One-shot timers that go off however late the process gets to them.

Textual's one-shot timer reads the clock twice as it starts and, when the
second reading is already past the moment it was set for, counts that moment
as missed and ends without calling back. The process only has to be put
aside between the two readings for longer than the delay: with forty
sessions on two cores a session waits its turn for a few milliseconds at any
moment. The keys held behind a bound key were let go by looks 2 ms apart
on such timers (tui/key_order.py, which now uses the event loop's own); one
look lost that way left the keys held with nothing scheduled at all, and
the session froze with every thread idle.

The timers here are Textual's own, told never to skip: a late one goes off
late. They are kept and stopped with the widget's other timers.
"""

from __future__ import annotations

from functools import partial

from textual.message_pump import MessagePump
from textual.timer import Timer, TimerCallback


def after(pump: MessagePump, delay: float, callback: TimerCallback) -> Timer:
    """Call ``callback`` from ``pump``'s queue once ``delay`` seconds have passed, as
    ``set_timer`` does, even when the process is late to the moment."""
    timer = Timer(
        pump,
        delay,
        name=f"after#{Timer._timer_count}",
        callback=partial(pump.call_next, callback),  # noqa: SLF001
        repeat=0,
        skip=False,
    )
    timer._start()  # noqa: SLF001  (as set_timer starts and keeps its timer)
    pump._timers.add(timer)  # noqa: SLF001
    return timer
