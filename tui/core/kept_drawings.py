"""Maps drawn from scratch, kept for the next session that draws the same network in the same space.

The first map of a network is a search: the Thai sample's map screen at 80 x 24
is about 0.8 s of processor. A workshop's forty sessions open the map of the
same sample (their names added in step 2 stand apart from its ties, on rows of
their own: tui/core/textmap/draw.py), on the same size of screen, within the
same minute, and each worked the same drawing out again: half a minute of two
cores' time, while everyone else's keys waited. A user who opens the map
again tomorrow searched again too.

So a drawing made from scratch is kept, sealed (tui/core/sealed.py: only the
network and the space it was drawn for open it, and the user's names are not
readable without them), in the cache folder's ``drawings``; a session that
draws the same network in the same space reads it instead of searching. The
drawing is the same either way: the search is deterministic, and a copy is
made by this very code (its source is in the key).

When forty sessions ask at once, the first says so with a marker file, which
it holds locked, and draws; the others wait for its copy, :data:`WAIT` seconds
at most, and draw it themselves after that, or at once when nobody holds the
marker's lock (its session was killed: the system lets go of its locks) or
it is older than :data:`STALE`, or when the drawing is no longer wanted (the
map's worker cancelled, as when the app quits: ``route.stopping_when``). The
processes of one server, or of one user over SSH, share the folder; nothing
here ever fails a drawing.

Only the process's own entry (``phakhi``) turns this on (:func:`install`): a
test, or a benchmark that times the search, draws from scratch every time.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core import cells
from tui.core.sealed import MISSING, Kind
from tui.core.textmap import route

if TYPE_CHECKING:
    from tui.core.textmap.draw import Drawing

#: The modules whose source decides what a drawing is.
_DRAWING = (
    "tui.core.textmap.draw",
    "tui.core.textmap.layout",
    "tui.core.textmap.route",
    "tui.core.textmap.channels",
    "tui.core.textmap.arcs",
    "tui.core.textmap.empty",
    "tui.core.textmap.frames",
    "tui.core.textmap.glyphs",
    "tui.core.textmap.labels",
    "tui.core.cells",
    "tui.core.cell_table",
    "tui.core.thai_words",
    "core/data/words_th.txt",
)

DRAWINGS = Kind(
    folder_name="drawings",
    nested=True,
    person=b"phakhi.drawing",
    magic=b"PHAKHI-DRAWING-1\n",
    sources=_DRAWING,
    modules=frozenset({"tui.core.textmap.draw", "tui.core.textmap.layout", "tui.core.textmap.route"}),
    keep_newest=64,
)
#: Seconds a session waits for another's drawing of the same network before drawing it itself.
WAIT = 30.0
#: A marker older than this many seconds is not waited for (where the folder has no locks, the only sign of a
#: session killed while drawing).
STALE = 60.0
#: Seconds between two looks for the other session's copy.
POLL = 0.05

_on = False
#: How a wait for another session's drawing pauses between two looks.
_pause = time.sleep


def install() -> None:
    """Keep drawings made from scratch, and read them back (``phakhi``'s entry calls this)."""
    global _on
    _on = True


def _input(network: object, space: object) -> bytes:
    """What a drawing is made from: the network and the space, and the table of character widths measured
    with (``UNICODE_VERSION`` chooses another, and a box's width with it)."""
    return f"{network!r}\n{space!r}\n{cells.unicode_version()}".encode()


def kept(network: object, space: object) -> tuple[Drawing | None] | None:
    """The drawing kept for ``network`` in ``space``, if one was (in a 1-tuple: None in it is a network that
    did not fit); None when none was or keeping is not on. Never waits."""
    return _kept(_input(network, space)) if _on else None


def drawn(network: object, space: object, make: Callable[[], Drawing | None]) -> Drawing | None:
    """The drawing of ``network`` in ``space``: kept by this or another session, else ``make()``, then kept.
    ``make()`` at once when keeping is not on."""
    if not _on:
        return make()
    space_and_graph = _input(network, space)
    found = _kept(space_and_graph)
    if found is not None:
        return found[0]
    marker = _marker(space_and_graph)
    mine, other = _claim(marker)
    if other and marker is not None:  # another session is drawing it
        deadline = time.monotonic() + WAIT
        # no longer wanted (the map's worker cancelled, as when the app quits: quitting waits for this
        # thread): no more waiting
        while time.monotonic() < deadline and _drawing(marker) and not route.stopped():
            _pause(POLL)
        found = _kept(space_and_graph)
        if found is not None:
            return found[0]
        if route.stopped():
            return None  # nobody will see it
    try:
        drawing = make()
        if not route.stopped():  # a search cut short is not the drawing of this network
            DRAWINGS.keep(space_and_graph, (drawing,))
    finally:
        if mine is not None and marker is not None:
            with contextlib.suppress(OSError):
                marker.unlink()
            os.close(mine)  # and its lock with it
    return drawing


def _kept(space_and_graph: bytes) -> tuple[Drawing | None] | None:
    """The drawing kept (None in it: a network kept as not fitting), or None."""
    from tui.core.textmap.draw import Drawing

    found = DRAWINGS.read(space_and_graph)
    if isinstance(found, tuple) and len(found) == 1:
        (drawing,) = found
        if drawing is None or isinstance(drawing, Drawing):
            return (drawing,)
    if found is not MISSING:
        DRAWINGS.forget(space_and_graph)
    return None


def _marker(space_and_graph: bytes) -> Path | None:
    """Beside the copy to come; named as a copy being written, so a folder's pruning takes a killed one away."""
    try:
        copy = DRAWINGS.file(DRAWINGS.key(space_and_graph))
    except (OSError, RuntimeError):  # RuntimeError: no home folder to find the cache in
        return None
    return copy.with_name(f".writing-{copy.name}.drawing")


def _claim(marker: Path | None) -> tuple[int | None, bool]:
    """(the marker, open and locked, when this session draws; whether another session is drawing now)."""
    if marker is None:
        return None, False
    try:
        marker.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        mine = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        if _drawing(marker):
            return None, True
        with contextlib.suppress(OSError):
            marker.unlink()  # a killed session's: this one draws, without a marker
        return None, False
    except (OSError, RuntimeError):
        return None, False
    with contextlib.suppress(OSError):  # a folder without locks (some network folders): the marker's age tells
        fcntl.flock(mine, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return mine, False


def _drawing(marker: Path) -> bool:
    """Is a session drawing it now: its marker younger than :data:`STALE` and locked (the system lets go of
    a killed session's lock at once, so its marker is not waited for)."""
    try:
        handle = os.open(marker, os.O_RDONLY)
    except OSError:
        return False
    try:
        if os.fstat(handle).st_mtime <= time.time() - STALE:
            return False
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True  # held
        except OSError:
            return True  # no locks in this folder: young enough to wait for
        return False  # nobody holds it: its session was killed
    finally:
        os.close(handle)
