"""The steps and the map made ready while the user reads, so that the first visit to each is as quick as the next.

A step is built once and kept (``PhakhiScreen.KEPT``), but its first visit
builds it: its widgets made and styled, laid out, every line of them drawn.
That is 40 to 75 ms of processor for step 2 or step 5, against 6 ms for the
visits after, and the map's first drawing from scratch adds most of a second.
In a workshop, forty sessions on one small server make those first visits
at the same moment, when the facilitator says "now add your stakeholders":
a first round of the worksheet cost each session about 300 ms of processor
more than the next, twelve seconds of two cores' time, and for the first ten
seconds keys waited 0.2 to 0.9 s for their frame (95th percentile) where they
waited 40 to 60 ms after.

So once the user has typed nothing for :data:`QUIET` seconds, each kept place
of :data:`AHEAD` is made ready out of sight, one at a time: built, its widgets
mounted, installed where the app looks for it (``PhakhiApp._screen_of``),
laid out for the terminal's size and drawn into their kept lines, but not
shown, so nothing is sent to the terminal. A key stops the making ready until
the user pauses again (the widgets of a screen being mounted finish mounting;
its layout and drawing wait), and a visit meanwhile finishes the screen
itself. Its first visit then shows it as a later visit does
(``PhakhiScreen.reopen``). The map's screen starts its drawing when it is made
ready, in its worker as when it is opened: a room's sessions share the one
drawing from scratch (tui/core/kept_drawings.py).

Only the process's own entry (``phakhi``) turns this on (:func:`install`):
tests build what they visit. ``PHAKHI_READY_AHEAD=0`` turns it off (to
measure without it).
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from tui import places

if TYPE_CHECKING:
    import asyncio

    from textual.screen import Screen

    from tui.app import PhakhiApp

#: Seconds without a key before the next place is made ready.
QUIET = 1.0
#: Seconds a screen made ready waits at most for its widgets to handle their messages.
DRAIN_WAIT = 5.0
#: The places made ready, in this order: those a workshop's room goes to together (names
#: in step 2, scores in step 5, then the map: the course's worksheets of step 2 and step 5).
#: Each place made ready holds its screen from then on, 1 to 2 MB: the other steps are
#: built at their first visit, which keeps a session of a room's worksheet at or under
#: 60 MB after ten minutes.
AHEAD = ("step2", "step5", "map")

_on = False


def install() -> None:
    """From now on, apps made ready their places ahead (unless ``PHAKHI_READY_AHEAD=0``)."""
    global _on
    _on = os.environ.get("PHAKHI_READY_AHEAD", "1") != "0"


def wanted() -> bool:
    return _on


class ReadyAhead:
    """Makes the app's places ready one at a time while no key comes (see the module)."""

    def __init__(self, app: PhakhiApp) -> None:
        self.app = app
        self.quiet = QUIET
        #: Every place of AHEAD is kept (made ready here, or built by a visit).
        self.done = False

    def start(self) -> None:
        """Make the places ready from now on, in a task of the app's (ended with the app): a
        failure to make one ready leaves it to its visit, and never stops the app."""
        self.app.run_worker(self._make_ready(), name="ready ahead", group="ready ahead", exit_on_error=False)

    async def _make_ready(self) -> None:
        from textual.widget import AwaitMount  # here: the command line turns this on before Textual is loaded

        app = self.app
        for name in AHEAD:
            await self._pause()
            if app.is_screen_installed(name):
                continue  # visited already
            screen = places.place(name).screen_class()()
            app._load_screen_css(screen)
            await AwaitMount(screen, app._register(app, screen))
            if app.is_screen_installed(name):  # visited while its widgets were mounting: that visit built its own
                await screen.remove()
                continue
            app.install_screen(screen, name)  # kept only now, whole: a visit shows it (PhakhiApp._screen_of)
            await self._drained(screen)
            await self._lay_out_and_draw(screen)
        self.done = True

    async def _lay_out_and_draw(self, screen: Screen[object]) -> None:
        """Lay the screen out and draw it out of sight, again while that asks for a layout
        (the widgets told their size, a table measuring its rows as it draws them), as a
        shown screen is; put aside as a visited step is, so that its styles hold when shown."""
        from tui.screens.base import PhakhiScreen

        app = self.app
        for _ in range(3):
            await self._pause()
            if app.screen is screen or not screen.is_attached:
                return  # shown meanwhile: the visit lays it out
            screen._refresh_layout(app.size)
            screen._layout_required = False
            await self._drained(screen)
            await self._pause()
            if app.screen is screen or not screen.is_attached:
                return
            screen._compositor.render_update(full=True, screen_stack=[screen])
            await self._drained(screen)
            if not screen._layout_required:
                break
        if isinstance(screen, PhakhiScreen):
            screen.on_screen_suspend()

    async def _pause(self) -> None:
        """Until the user has typed nothing for :attr:`quiet` seconds and no key waits."""
        import asyncio  # here: the command line imports this module before asyncio (tui/without_tls.py)

        app = self.app
        while True:
            waited = time.monotonic() - app.last_input
            if waited >= self.quiet and not app.keys_held():
                return
            await asyncio.sleep(max(self.quiet - waited, 0.05))

    async def _drained(self, screen: Screen[object]) -> None:
        """Until the screen and its widgets have handled every message sent them before (as the
        tests' pilot waits for a screen), twice: what the first messages send is handled too.
        A widget removed meanwhile never handles its mark: :data:`DRAIN_WAIT` seconds at most."""
        import asyncio  # here: the command line imports this module before asyncio (tui/without_tls.py)

        loop = asyncio.get_running_loop()
        for _ in range(2):
            marks: list[asyncio.Future[None]] = []
            for node in screen.walk_children(with_self=True):
                mark: asyncio.Future[None] = loop.create_future()
                if node.call_later(lambda mark=mark: mark.done() or mark.set_result(None)):
                    marks.append(mark)
            if marks:
                await asyncio.wait(marks, timeout=DRAIN_WAIT)
