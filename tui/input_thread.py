"""The terminal's keys read by a thread that sleeps while none come.

Textual's input thread (``LinuxDriver.run_input_thread``) wakes ten times a
second, typing or not, to look whether the app is ending and whether a
sequence begun has waited long enough: about a millisecond of processor a
second for each session, idle or not, and a fifth of a millisecond a key at
five keys a second. Forty sessions of a workshop room woke four hundred
times a second for nothing.

This driver's input thread sleeps until a key comes, until a sequence begun
has waited its time (the parser says how long), or until the app stops
reading the terminal: a byte on a pipe of its own wakes it then, and it
ends at once (Textual's slept a tenth of a second more). Everything else
is Textual's: the terminal's modes, the writer, the parser
(``tui/escape_key.py``'s, where it is installed). A terminal that has gone
(its reads come back empty) is no longer read, where Textual's thread read
it again at once, over and over; ``tui/hang_up.py`` ends the app.
"""

from __future__ import annotations

import contextlib
import os
import selectors
from codecs import getincrementaldecoder

from textual._time import get_time  # the parser's clock, for its waits
from textual.drivers import linux_driver
from textual.drivers.linux_driver import LinuxDriver

#: Bytes read from the terminal at a time, as Textual reads them.
READ_SIZE = 1024 * 4


class QuietInputDriver(LinuxDriver):
    """Textual's terminal driver, its input thread asleep while there is nothing to read."""

    _wake: tuple[int, int] | None = None

    def start_application_mode(self) -> None:
        self._wake = os.pipe()  # before the thread starts: it waits on it
        super().start_application_mode()  # type: ignore[no-untyped-call]  # Textual's, untyped

    def disable_input(self) -> None:
        wake = self._wake
        if wake is not None and not self.exit_event.is_set():
            os.write(wake[1], b"\0")  # the thread ends: Textual's waits for it
        super().disable_input()
        if wake is not None:
            self._wake = None
            os.close(wake[1])

    def run_input_thread(self) -> None:
        """Read keys until woken to stop; each read handled as Textual handles it."""
        assert self._wake is not None
        wake = self._wake[0]
        # Looked up now: tui/escape_key.py may have replaced it.
        parser = linux_driver.XTermParser(self._debug)  # type: ignore[attr-defined]  # imported there
        decode = getincrementaldecoder("utf-8")().decode
        selector = selectors.SelectSelector()  # as Textual's: kqueue (macOS) cannot wait on a terminal
        selector.register(self.fileno, selectors.EVENT_READ)
        selector.register(wake, selectors.EVENT_READ)
        try:
            while True:
                due = parser._timeout_time  # a sequence begun: when it is taken as it stands
                ready = {key.fd for key, _ in selector.select(None if due is None else max(0.0, due - get_time()))}
                if wake in ready:
                    break
                if self.fileno in ready:
                    data = os.read(self.fileno, READ_SIZE)
                    if data:
                        for event in parser.feed(decode(data)):
                            self.process_message(event)
                    else:  # the terminal has gone: nothing more to read, ever
                        selector.unregister(self.fileno)
                for event in parser.tick():
                    self.process_message(event)
        finally:
            selector.close()
            with contextlib.suppress(OSError):
                os.close(wake)
