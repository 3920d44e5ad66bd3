"""Esc, then a key: two keys, however close together they come.

A terminal sends Esc as one byte, and the same byte starts the sequences of
the arrows, the function keys and Alt with a letter. Textual tells them apart
by time: a byte that follows Esc within a tenth of a second joins it. Over a
slow SSH link, or on a server shared by a workshop room, keys typed a moment
apart arrive together, and Esc then 5 (back, then step 5) became "∞", Esc
then 2 became "™" and Esc then m became Alt+m: the second key was lost and
every key after it went to the wrong screen (benchmarks/room.py counted these
as frozen sessions: the keys came, and nothing they were meant for happened).

Phakhi binds no Alt key, so an Esc followed by anything that cannot go on to
a terminal's sequence (``[`` or ``O``) is Esc, and what follows is a key of
its own. And an Esc that is the last byte of a read is Esc at once: Textual
waited a tenth of a second for what might follow (its input thread wakes
every tenth, so the wait was that long whatever ESCDELAY said), and every
Escape back to the home screen took 110 ms to show, a tenth of a worksheet's
keys over the room's 100 ms. A terminal writes a key's sequence whole (an
arrow's three bytes in one write, carried whole over SSH and the browser
view's socket), so an Esc at the end of a read is not the start of one;
only a read that fills the driver's buffer may end inside a sequence, and
there the wait is kept. ``install()`` is called as the app is made (``make_app``): it gives
Textual's input drivers this parser instead of their own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from textual import _xterm_parser as xterm_parser  # the input drivers' parser: private to Textual
from textual import events
from textual.message import Message

XTermParser = xterm_parser.XTermParser

ESC = "\x1b"
#: What may follow Esc in a sequence a terminal sends for one key: CSI, SS3, and Esc itself
#: (Textual reads Esc Esc as Esc, then what follows).
GOES_ON = frozenset("[O" + ESC)
_BEFORE_ESC = re.compile(f"(?={ESC})")
#: The most one read of Textual's input drivers brings: an Esc that ends less was the last
#: byte there was to read.
READ_SIZE = 4096
#: A bracketed paste's start and end.
PASTE_START, PASTE_END = ESC + "[200~", ESC + "[201~"


class EscapeThenKey(XTermParser):
    """Textual's parser, with Esc never joined to a key that follows it."""

    _escape_waits = False  # the last data ended in Esc: the parser waits to see what follows
    _pasting = False  # inside a bracketed paste: its text is the paste's, Esc and all

    def feed(self, data: str) -> Iterable[events.Event | Message]:
        if self._escape_waits and not self._pasting and data[:1] and data[0] not in GOES_ON:
            yield from self._escape_alone()
        for piece in filter(None, _BEFORE_ESC.split(data)):
            if piece.startswith((PASTE_START, PASTE_END)):
                self._pasting = piece.startswith(PASTE_START)
            elif piece[0] == ESC and len(piece) > 1 and piece[1] not in GOES_ON and not self._pasting:
                yield from super().feed(ESC)
                yield from self._escape_alone()
                piece = piece[1:]
            yield from super().feed(piece)
        self._escape_waits = data.endswith(ESC) or (self._escape_waits and not data)
        if self._escape_waits and data and not self._pasting and len(data.encode("utf-8", "replace")) < READ_SIZE:
            # Esc was the last byte there was to read: a terminal writes a key's sequence
            # whole, so nothing is on its way to join it. It is a key now, not a tenth of a
            # second later (Textual's wait, and its input thread's wake-up, are a tenth each).
            yield from self._escape_alone()
            self._escape_waits = False

    def _escape_alone(self) -> Iterable[events.Event | Message]:
        """The Esc the parser waits on is a key by itself: end its wait now."""
        if self._timeout_time is not None:  # waiting for what follows Esc (Parser's own field)
            self._timeout_time = 0.0
            yield from self.tick()


#: Textual's input drivers, each of which names the parser it makes.
DRIVERS = ("textual.drivers.linux_driver", "textual.drivers.linux_inline_driver", "textual.drivers.web_driver")


def install() -> None:
    """Every input driver of this process parses keys with :class:`EscapeThenKey`: those
    imported from now on take it from the parser's module, those imported already get it."""
    # The workaround itself: Textual's parser class replaced, where each driver looks it up.
    xterm_parser.XTermParser = EscapeThenKey  # type: ignore[misc]
    for name in DRIVERS:
        driver = sys.modules.get(name)
        if driver is not None:
            driver.XTermParser = EscapeThenKey  # type: ignore[attr-defined]  # a module found by its name
