"""A terminal that goes away without a SIGHUP: save, then go.

A dropped SSH link sends SIGHUP, and the app saves and exits (tui/app.py).
A terminal can also vanish without one: the app was handed a terminal it does
not control (a web view's, a test harness's), or whatever held the terminal
went first. Textual's input thread then reads nothing, again and again, about
5,000 times a second, and nothing ends the app: one such session, its
terminal long gone, kept most of a core busy for forty minutes.

So a thread of our own waits on the terminal for its hang-up. ``poll()``
reports a hang-up and an error on any descriptor without being asked for
anything else, so the thread sleeps until then: no wake-ups while idle.
"""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Callable

#: What poll() says of a terminal that has gone.
GONE = select.POLLHUP | select.POLLERR | select.POLLNVAL


def watch(fd: int, gone: Callable[[], None]) -> threading.Thread | None:
    """Call ``gone`` (from a thread of its own) once the terminal on ``fd`` hangs up;
    None when ``fd`` is no terminal (a pipe's end says nothing of a person)."""
    if not os.isatty(fd):
        return None

    def wait() -> None:
        poller = select.poll()
        poller.register(fd, 0)  # nothing to read asked for: only the hang-up wakes it
        while not any(event & GONE for _, event in poller.poll()):
            pass
        gone()

    thread = threading.Thread(target=wait, name="hang-up", daemon=True)
    thread.start()
    return thread
