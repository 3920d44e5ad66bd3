"""Bytes on the wire: what Phakhi sends to the terminal, beside a plain Textual app.

    uv run python benchmarks/bytes_meter.py [--quick] [--json] [--runs N] [--size COLSxROWS ...]
                                            [--app ours|plain|both] [--quiet-ms MS] [--env NAME=VALUE]

Runs the real command (``python -m tui`` on a fresh copy of
samples/organic-farming.th.toml) in a pseudo-terminal of each size (default
80x24 and 160x48; TERM=xterm-256color, no COLORTERM, so 256 colours), types
scripted keys through every screen and counts every byte the app writes. The
same classes of work are then done by benchmarks/plain_app.py — stock Textual
widgets with default settings showing the same words and data — and the two
are printed side by side with the ratio.

What a "key" costs: a key is written, then everything the app writes is
counted until the output has been quiet for a while. The quiet thresholds
(all bounded: no wait is longer than 10 s for a key, 60 s for the start):

- navigation and page keys: 250 ms of quiet after the key (--quiet-ms);
- screen switches: the first byte (within 10 s), then 600 ms of quiet
  (1 s for the map, which draws in a worker thread);
- the first paint: the first byte, then 1 s of quiet;
- edits (a score typed in step 5): 250 ms of quiet, as a navigation key;
- the save state the key bar shows after the autosave of an edit
  (PHAKHI_AUTOSAVE_SECONDS=0.5 here): a step of its own, no key pressed,
  the first byte (within 10 s) and 250 ms of quiet.

Textual paints a frame as a burst of writes a few milliseconds apart, so the
threshold only has to outlast one frame: 150 ms and 250 ms give the same
bytes per key. A blinking cursor (the plain app's Input) repaints every
0.5 s; its bytes count with whichever key or idle period they fall in.
Textual sometimes merges and sometimes splits the frames of a screen switch,
so one run can differ from the next by a few KB; --runs N takes each key's
median over N runs of the whole script.

Classes: first paint; navigation keys (arrows and Tab: the home list, step
1's fields, step 5's table, the plan table, panning the map); page moves
(PageDown/PageUp in the tables, the map and the report); screen switches
(opening a step, F3/F2, Escape home, p, m, r, h); edits (step 5's scores and
the health check's); save states; idle (10 s with a
focused Input on step 1, and 10 s on the home screen; --quick: 0.5 s, scaled
to 10 s in the summary). Medians and 95th percentiles (nearest rank).

The floor: every byte the app writes is replayed through a terminal emulator
(pyte, with Thai vowel and tone marks joined to their letter as rich
measures them) to get the screen before each key and after it. A cell has
changed when its look has (its characters, colours or attributes; a blank's
foreground colour, boldness and italics show nothing). The floor is the
bytes of a minimal cell diff that writes only the changed cells: row by
row, for each run of changed cells one cursor move (the shorter of
``ESC[row;colH`` and, on the same row, ``ESC[nC``), then each cell's
characters in UTF-8, each after the shortest SGR sequence from the pen of
the cell written before it (the full setting ``ESC[0;...m`` or the
difference; the terminal starts each key at the default pen, as every frame
leaves it). Nothing else is counted: no erase, no cursor put back, no
synchronized output. Erasing runs of blanks (as tui/output.py does) can go
below it. The report sets Phakhi's bytes beside the floor per kind of key
(typed character, save state change, page key in step 5 and in the report,
Tab between step 1's fields, other navigation): medians, and the ratio of
the totals. "drawn" is the cells written (changed or not) in screens: 3.0
means the step painted the whole screen three times over. --env NAME=VALUE sets a variable in both apps, to
try a setting without editing them (e.g. TEXTUAL_ANIMATIONS=none);
``--app ours --env PHAKHI_OUTPUT=plain`` measures Phakhi without its
differential output layer (tui/output.py), as Textual alone writes it.

Targets (issue 7, reported, not enforced), at 80x24: first paint <= 8 KB,
median navigation key <= 350 bytes, page move <= 2.5 KB, 0 bytes idle, and
each at least 3x better than the plain Textual app.
"""

from __future__ import annotations

import argparse
import compileall
import fcntl
import json
import math
import os
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pyte
from pyte.graphics import FG_AIXTERM, FG_ANSI, FG_BG_256
from rich.cells import get_character_cell_size

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "organic-farming.th.toml"
PLAIN_APP = ROOT / "benchmarks" / "plain_app.py"

#: xterm's encodings of the keys the scripts press.
KEYS = {
    "down": b"\x1b[B",
    "up": b"\x1b[A",
    "right": b"\x1b[C",
    "left": b"\x1b[D",
    "pagedown": b"\x1b[6~",
    "pageup": b"\x1b[5~",
    "tab": b"\t",
    "enter": b"\r",
    "escape": b"\x1b",
    "f2": b"\x1bOQ",
    "f3": b"\x1bOR",
    "ctrl+q": b"\x11",
    "ctrl+p": b"\x10",
}
#: With the workshop's timer running (started from the palette, 25 minutes), an idle stretch
#: inside one minute: the status line changes once a minute, so nothing is sent meanwhile.
TIMER_IDLE = 50.0

QUIET_KEY = 0.25
QUIET_SWITCH = 0.6
QUIET_SLOW_SWITCH = 1.0
QUIET_PAINT = 1.0
BOUND_KEY = 10.0
BOUND_START = 60.0

TARGETS = {  # issue 7, at 80x24
    "first_paint": 8 * 1024,
    "nav_median": 350,
    "page_median": 2.5 * 1024,
    "page_p95": 2.5 * 1024,
    "idle_input": 0,
    "idle_home": 0,
    "idle_timer": 0,
}
RATIO_TARGET = 3.0


# -- the scripts ------------------------------------------------------------


@dataclass
class Step:
    kind: str  # paint, nav, page, switch, edit, save, idle, palette (typed there, counted apart)
    where: str  # the screen or widget the key acts on
    key: str = ""  # a name in KEYS, or a literal character
    quiet: float | None = None
    seconds: float = 0.0  # for idle


def keys(kind: str, where: str, *names: str, times: int = 1) -> list[Step]:
    return [Step(kind, where, name) for _ in range(times) for name in names]


def switch(where: str, key: str, quiet: float = QUIET_SWITCH) -> Step:
    return Step("switch", where, key, quiet=quiet)


def table_work(where: str, quick: bool, saves: bool) -> list[Step]:
    """Step 5's table in Phakhi and the plain app's DataTable: the same keys.

    Phakhi's cursor starts on the influence column, the plain one on the
    name: right 3, left 2 (quick: right 2, left 1) leaves both on a score
    column for the edits. With ``saves`` each edit is followed by the wait
    for the save state that its autosave shows (the plain app has none).
    """
    edit = [Step("edit", where, "3"), *([Step("save", where)] if saves else [])]
    if quick:
        return [
            *keys("nav", where, "down", "right", "right", "left"),
            *keys("page", where, "pagedown", "pageup"),
            *edit,
        ]
    return [
        *keys("nav", where, "down", times=6),
        *keys("nav", where, "right", times=3),
        *keys("nav", where, "up", times=2),
        *keys("nav", where, "left", times=2),
        *keys("page", where, "pagedown", "pageup", times=2),
        *edit * 3,
    ]


def health_work(quick: bool) -> list[Step]:
    """The health check's table: scores typed as in step 5 (each moves to the next item),
    each with the wait for its save state."""
    return [Step("edit", "health table", "3"), Step("save", "health table")] * (1 if quick else 3)


def ours_script(quick: bool, idle: float) -> list[Step]:
    if quick:  # every class once or twice, in about 15 s
        return [
            Step("paint", "home"),
            *keys("nav", "home list", "down", "down", "up", "up"),
            switch("home -> step 1", "1"),
            Step("idle", "step 1, focused Input", seconds=idle),
            *keys("nav", "step 1 fields", "tab", times=2),
            switch("step 1 -> 2", "f3"),
            switch("step 2 -> home", "escape"),
            switch("home -> step 5", "5"),
            *table_work("step 5 table", quick, saves=True),
            switch("step 5 -> 6 (grid)", "f3"),
            switch("step 6 -> home", "escape"),
            switch("home -> plan", "p"),
            *keys("nav", "plan table", "down"),
            *keys("page", "plan table", "pagedown"),
            switch("plan -> home", "escape"),
            switch("home -> health", "h"),
            *health_work(quick),
            switch("health -> home", "escape"),
            Step("idle", "home", seconds=idle),
        ]
    return [
        Step("paint", "home"),
        *keys("nav", "home list", "down", times=10),
        *keys("nav", "home list", "up", times=10),
        switch("home -> step 1", "1"),
        Step("idle", "step 1, focused Input", seconds=idle),
        *keys("nav", "step 1 fields", "tab", times=8),
        switch("step 1 -> 2", "f3"),
        switch("step 2 -> 3", "f3"),
        switch("step 3 -> 4", "f3"),
        switch("step 4 -> 5", "f3"),
        *table_work("step 5 table", quick, saves=True),
        switch("step 5 -> 6 (grid)", "f3"),
        switch("step 6 -> 7", "f3"),
        switch("step 7 -> 6 (grid)", "f2"),
        switch("step 6 -> 7", "f3"),
        switch("step 7 -> home", "escape"),
        switch("home -> plan", "p"),
        *keys("nav", "plan table", "down", times=5),
        *keys("nav", "plan table", "right", times=3),
        *keys("page", "plan table", "pagedown", "pageup"),
        switch("plan -> home", "escape"),
        switch("home -> map", "m", quiet=QUIET_SLOW_SWITCH),
        *keys("nav", "map", "right", "down", times=3),
        *keys("page", "map", "pagedown", "pageup"),
        switch("map -> home", "escape"),
        switch("home -> report", "r", quiet=QUIET_SLOW_SWITCH),
        *keys("page", "report", "pagedown", "pageup", times=2),
        switch("report -> home", "escape"),
        switch("home -> health", "h"),
        *health_work(quick),
        switch("health -> home", "escape"),
        Step("idle", "home", seconds=idle),
        switch("home -> palette", "ctrl+p"),
        *keys("palette", "palette", "2", "5"),
        switch("palette -> home, a 25-minute timer", "enter"),
        Step("idle", "timer running, home", seconds=TIMER_IDLE),
    ]


def plain_script(quick: bool, idle: float) -> list[Step]:
    n = 2 if quick else 10
    return [
        Step("paint", "home"),
        *keys("nav", "home list", "down", times=n),
        *keys("nav", "home list", "up", times=n),
        switch("home -> form", "1"),
        Step("idle", "form, focused Input", seconds=idle),
        *keys("nav", "form fields", "tab", times=2 if quick else 8),
        switch("form -> table", "f3"),
        *table_work("table", quick, saves=False),
        switch("table -> form", "f2"),
        switch("form -> table", "f3"),
        switch("table -> home", "escape"),
        switch("home -> table (as plan)", "p"),
        *keys("nav", "table (as plan)", "down", times=1 if quick else 5),
        *keys("nav", "table (as plan)", "right", times=0 if quick else 3),
        *keys("page", "table (as plan)", "pagedown", "pageup"),
        switch("table -> home", "escape"),
        Step("idle", "home", seconds=idle),
    ]


# -- the pseudo-terminal ----------------------------------------------------


class AppDied(RuntimeError):
    pass


def compiled(root: Path = ROOT) -> None:
    """The checkout's modules compiled ahead, as a user's sessions find them after the first (Python keeps
    them at the first import): under ``PYTHONDONTWRITEBYTECODE`` every session would compile each screen's
    modules at its first visit, inside the times measured (about 0.7 ms a key of a minute's worksheet)."""
    compileall.compile_dir(root / "tui", quiet=1)


class Session:
    """One app in a pseudo-terminal of a fixed size."""

    def __init__(self, argv: list[str], cols: int, rows: int, extra_env: dict[str, str], root: Path = ROOT) -> None:
        """``root``: the checkout whose ``tui`` the command runs."""
        main, child = os.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = {
            k: v for k, v in os.environ.items() if k not in ("COLORTERM", "NO_COLOR") and not k.startswith("TEXTUAL")
        }
        env.update(TERM="xterm-256color", PHAKHI_AUTOSAVE_SECONDS="0.5", PYTHONPATH=str(root))
        env.update(extra_env)
        self.process = subprocess.Popen(
            argv, stdin=child, stdout=child, stderr=child, env=env, cwd=root, start_new_session=True
        )
        os.close(child)
        self.fd = main
        self.eof = False
        #: When the last byte came (time.monotonic()), for timing a frame's end.
        self.last_output = 0.0
        #: Every piece of output as it came: (time.monotonic(), its bytes).
        self.pieces: list[tuple[float, bytes]] = []

    def read(self, quiet: float, bound: float, need_output: bool) -> tuple[bytes, bool]:
        """Everything written until ``quiet`` seconds pass without output.

        With ``need_output`` the quiet is counted from the first byte (waiting
        for it at most ``bound``); otherwise from now. Returns the bytes and
        whether the bound cut the wait short."""
        data = bytearray()
        start = time.monotonic()
        last = start
        deadline = start + bound
        while not self.eof:
            now = time.monotonic()
            if now >= deadline:
                return bytes(data), True
            until = last + quiet if (data or not need_output) else deadline
            timeout = min(until, deadline) - now
            if timeout <= 0:
                break
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if ready:
                self._chunk(data)
                last = time.monotonic()
        return bytes(data), False

    def read_for(self, seconds: float) -> bytes:
        """Everything written in the next ``seconds``, however quiet."""
        data = bytearray()
        deadline = time.monotonic() + seconds
        while not self.eof:
            timeout = deadline - time.monotonic()
            if timeout <= 0:
                break
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if ready:
                self._chunk(data)
        return bytes(data)

    def _chunk(self, data: bytearray) -> None:
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # the child closed the terminal
            chunk = b""
        if chunk:
            data += chunk
            self.last_output = time.monotonic()
            self.pieces.append((self.last_output, chunk))
        else:
            self.eof = True

    def send(self, key: str) -> None:
        os.write(self.fd, KEYS.get(key) or key.encode())

    def alive(self) -> bool:
        return self.process.poll() is None and not self.eof

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.send("ctrl+q")
                self.read_for(0.5)
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.killpg(self.process.pid, signal.SIGKILL)  # our own child's session
                    self.process.wait(timeout=5)
        finally:
            os.close(self.fd)


# -- where the bytes went ----------------------------------------------------

TOKEN = re.compile(
    r"\x1b\[([0-?]*)[ -/]*([@-~])"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    r"|\x1b[P^_][^\x1b]*\x1b\\"  # DCS, PM, APC
    r"|\x1b[()*+].|\x1b."  # charset designations, other escapes
    r"|[\x00-\x1a\x1c-\x1f\x7f]"  # controls
    r"|[^\x00-\x1f\x7f]+"  # text
)


@dataclass
class Anatomy:
    """Where a step's bytes went."""

    sgr: int = 0  # colour and style sequences
    moves: int = 0  # cursor positioning
    other: int = 0  # modes, queries, OSC, controls
    text: int = 0  # characters drawn
    blank: int = 0  # of which spaces

    def add(self, other: Anatomy) -> None:
        for name in ("sgr", "moves", "other", "text", "blank"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


class Dissector:
    """Sorts a step's bytes into colours, moves, characters and the rest, and
    counts the cells drawn (changed or not)."""

    def __init__(self) -> None:
        self.pending = b""
        self.written = 0  # cells drawn, changed or not

    def feed(self, data: bytes) -> Anatomy:
        anatomy = Anatomy()
        data = self.pending + data
        # Keep an incomplete UTF-8 character or escape at the end for the next step.
        cut = len(data)
        tail = data[-8:]
        escape = tail.rfind(b"\x1b")
        if escape >= 0 and not re.search(rb"[@-~\x07]", tail[escape + 2 :]):
            cut = len(data) - len(tail) + escape
        text = data[:cut].decode("utf-8", errors="ignore")
        complete = len(text.encode("utf-8"))
        self.pending = data[complete:] if complete < len(data) else b""
        for match in TOKEN.finditer(text):
            token = match.group(0)
            size = len(token.encode("utf-8"))
            if token[0] == "\x1b":
                final = match.group(2)
                if final == "m":
                    anatomy.sgr += size
                elif final in ("H", "f", "A", "B", "C", "D", "G", "d"):
                    anatomy.moves += size
                else:
                    anatomy.other += size
            elif token in "\r\n\x08\t":
                anatomy.moves += size
            elif token[0] < " " or token == "\x7f":
                anatomy.other += size
            else:
                anatomy.text += size
                anatomy.blank += token.count(" ")
                self.written += sum(1 for char in token if get_character_cell_size(char))
        return anatomy


# -- the floor: a minimal cell diff of the screens before and after a key -------


class Terminal(pyte.Screen):
    """pyte, with zero-width characters joined to the cell before as rich
    measures them (pyte alone drops Thai vowels that are not "combining", and
    the rest of the text with them), and the half left of a wide character
    blanked, as xterm and VTE do when the other half is written over."""

    def draw(self, data: str) -> None:
        for character in data:
            y, x = self.cursor.y, self.cursor.x
            line = self.buffer[y]
            if get_character_cell_size(character) == 0 and character.isprintable():
                x = min(x, self.columns) - 1
                while x > 0 and line[x].data == "":
                    x -= 1
                if x >= 0:
                    line[x] = line[x]._replace(data=line[x].data + character)
                continue
            if 0 < x < self.columns and line[x].data == "":
                line[x - 1] = line[x - 1]._replace(data=" ")
            super().draw(character)
            end = self.cursor.x
            if self.cursor.y == y and end < self.columns and line[end].data == "":
                line[end] = line[end]._replace(data=" ")


def look(char: pyte.screens.Char) -> tuple:
    """What a cell shows: a blank's foreground colour, boldness and italics show nothing."""
    if char.data == " " and not char.reverse:
        return (" ", char.bg, char.underscore, char.strikethrough)
    return (
        char.data,
        char.fg,
        char.bg,
        char.bold,
        char.italics,
        char.underscore,
        char.strikethrough,
        char.reverse,
        char.blink,
    )


def screen_cells(screen: pyte.Screen) -> list[list[pyte.screens.Char]]:
    """The cells a pyte screen shows now (a copy: the screen goes on changing)."""
    return [[screen.buffer[y][x] for x in range(screen.columns)] for y in range(screen.lines)]


#: pyte's colour names and hex values back to SGR parameters.
NAMED_COLOURS = {name: code for code, name in {**FG_ANSI, **FG_AIXTERM}.items() if name != "default"}
INDEXED_COLOURS = {value: index for index, value in reversed(list(enumerate(FG_BG_256)))}
#: pyte's attributes: (the SGR code that sets it, the code that clears it).
ATTRIBUTE_CODES = {
    "bold": ("1", "22"),
    "italics": ("3", "23"),
    "underscore": ("4", "24"),
    "blink": ("5", "25"),
    "reverse": ("7", "27"),
    "strikethrough": ("9", "29"),
}


class Pen(NamedTuple):
    """A cell's colours and attributes as SGR parameters ("" is the default colour)."""

    attributes: frozenset[str]
    fg: str
    bg: str


DEFAULT_PEN = Pen(frozenset(), "", "")


def pen_of(char: pyte.screens.Char) -> Pen:
    colours = []
    for colour, offset in ((char.fg, 0), (char.bg, 10)):
        if colour in NAMED_COLOURS:
            colours.append(str(NAMED_COLOURS[colour] + offset))
        elif colour in INDEXED_COLOURS:
            colours.append(f"{38 + offset};5;{INDEXED_COLOURS[colour]}")
        elif colour != "default":
            red, green, blue = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
            colours.append(f"{38 + offset};2;{red};{green};{blue}")
        else:
            colours.append("")
    return Pen(frozenset(name for name in ATTRIBUTE_CODES if getattr(char, name)), *colours)


def sgr_size(current: Pen, pen: Pen) -> int:
    """Bytes of the shorter SGR sequence from one pen to another: the full
    setting (``ESC[0;...m``, ``ESC[m`` for the default) or the difference
    (the attributes cleared and set, the colours that changed)."""
    if current == pen:
        return 0
    full = [ATTRIBUTE_CODES[name][0] for name in sorted(pen.attributes)] + [c for c in (pen.fg, pen.bg) if c]
    difference = [ATTRIBUTE_CODES[name][1] for name in sorted(current.attributes - pen.attributes)]
    difference += [ATTRIBUTE_CODES[name][0] for name in sorted(pen.attributes - current.attributes)]
    difference += [
        new or default for old, new, default in ((current.fg, pen.fg, "39"), (current.bg, pen.bg, "49")) if old != new
    ]
    return min(len("\x1b[0;" + ";".join(full) + "m") if full else 3, len("\x1b[" + ";".join(difference) + "m"))


def move_size(cursor: tuple[int, int] | None, x: int, y: int) -> int:
    """Bytes of the shorter move to (x, y): absolute (``ESC[row;colH``, ``ESC[rowH``
    in the first column) or, on the cursor's row, right (``ESC[nC``)."""
    absolute = len(f"\x1b[{y + 1}H" if x == 0 else f"\x1b[{y + 1};{x + 1}H")
    if cursor is None or cursor[1] != y or x <= cursor[0]:
        return absolute
    right = x - cursor[0]
    return min(absolute, len("\x1b[C" if right == 1 else f"\x1b[{right}C"))


def floor(before: list[list[pyte.screens.Char]], after: list[list[pyte.screens.Char]]) -> tuple[int, int]:
    """The cells whose look changed, and the bytes of a minimal cell diff
    that writes only them: row by row, for each run of changed cells one
    cursor move (:func:`move_size`), then each cell's characters, each after
    the shortest SGR from the pen of the cell written before it
    (:func:`sgr_size`). The cursor's place and the pen are not known at the
    start of a key, only that the last frame left the default pen; nothing
    else counts (no erase, no cursor placed at the end, no synchronized
    output)."""
    changed = 0
    size = 0
    pen = DEFAULT_PEN
    cursor: tuple[int, int] | None = None
    for y, (old, new) in enumerate(zip(before, after, strict=True)):
        columns = [x for x in range(len(new)) if look(old[x]) != look(new[x])]
        changed += len(columns)
        # A changed right half of a wide character is written from its left half.
        for x in sorted({x - 1 if new[x].data == "" and x > 0 else x for x in columns} | set(columns)):
            if new[x].data == "":  # written with its left half
                continue
            if cursor != (x, y):
                size += move_size(cursor, x, y)
            wide = x + 1 < len(new) and new[x + 1].data == ""
            cursor = (x + 1 + wide, y)
            cell_pen = pen_of(new[x])
            size += sgr_size(pen, cell_pen) + len(new[x].data.encode("utf-8"))
            pen = cell_pen
    return changed, size


# -- running a script ---------------------------------------------------------


@dataclass
class Result:
    kind: str
    where: str
    key: str
    bytes: int
    seconds: float
    cells_changed: int = 0
    cells_written: int = 0  # cells drawn, changed or not: / (cols x rows) = screens repainted
    floor: int = 0  # bytes of a minimal cell diff (floor())
    bounded: bool = False
    anatomy: Anatomy = field(default_factory=Anatomy)
    bytes_each_run: list[int] = field(default_factory=list)


def run_script(
    app: str, cols: int, rows: int, script: list[Step], quiet_key: float, extra_env: dict[str, str] | None = None
) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="phakhi-bytes-") as folder:
        workbook = Path(folder) / SAMPLE.name
        shutil.copyfile(SAMPLE, workbook)
        os.chmod(workbook, 0o600)
        if app == "ours":
            argv = [sys.executable, "-m", "tui", str(workbook)]
        else:
            argv = [sys.executable, str(PLAIN_APP), str(workbook)]
        session = Session(argv, cols, rows, extra_env or {})
        dissector = Dissector()
        screen = Terminal(cols, rows)
        stream = pyte.ByteStream(screen)
        results: list[Result] = []
        try:
            for step in script:
                before = screen_cells(screen)
                start = time.monotonic()
                bounded = False
                if step.kind == "idle":
                    data = session.read_for(step.seconds)
                elif step.kind == "save":  # no key: the frame the autosave brings
                    data, bounded = session.read(quiet_key, BOUND_KEY, need_output=True)
                elif step.kind == "paint":
                    data, bounded = session.read(step.quiet or QUIET_PAINT, BOUND_START, need_output=True)
                else:
                    session.send(step.key)
                    if step.kind == "switch":
                        data, bounded = session.read(step.quiet or QUIET_SWITCH, BOUND_KEY, need_output=True)
                    else:
                        data, bounded = session.read(step.quiet or quiet_key, BOUND_KEY, need_output=False)
                seconds = time.monotonic() - start
                if not session.alive():
                    tail = data[-2000:].decode("utf-8", errors="replace")
                    raise AppDied(f"{app} at {cols}x{rows} stopped at {step.where} {step.key!r}:\n{tail}")
                dissector.written = 0
                anatomy = dissector.feed(data)
                stream.feed(data)
                changed, least = floor(before, screen_cells(screen))
                results.append(
                    Result(
                        step.kind,
                        step.where,
                        step.key,
                        len(data),
                        round(seconds, 3),
                        changed,
                        dissector.written,
                        least,
                        bounded,
                        anatomy,
                    )
                )
        finally:
            session.close()
        return results


def median_of_runs(runs: list[list[Result]]) -> list[Result]:
    """Each step's median over repeated runs of the same script (frames that
    Textual happens to merge or split make single runs vary by a few KB)."""
    merged = []
    for steps in zip(*runs, strict=True):
        first = steps[0]

        def med(name: str, steps: tuple[Result, ...] = steps) -> int:
            return round(statistics.median(getattr(r, name) for r in steps))

        anatomy = Anatomy()
        for r in steps:
            anatomy.add(r.anatomy)
        for name in ("sgr", "moves", "other", "text", "blank"):
            setattr(anatomy, name, getattr(anatomy, name) // len(steps))
        seconds = round(statistics.median(r.seconds for r in steps), 3)  # an idle step's 0.5 s is not 0
        merged.append(
            Result(
                first.kind,
                first.where,
                first.key,
                med("bytes"),
                seconds,
                med("cells_changed"),
                med("cells_written"),
                med("floor"),
                any(r.bounded for r in steps),
                anatomy,
                [r.bytes for r in steps],
            )
        )
    return merged


# -- summaries ----------------------------------------------------------------


def p95(values: list[int]) -> int:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def summarise(results: list[Result]) -> dict[str, float | None]:
    def of(kind: str) -> list[int]:
        return [r.bytes for r in results if r.kind == kind]

    def idle(where_starts: str) -> float | None:
        found = [r for r in results if r.kind == "idle" and r.where.startswith(where_starts)]
        if not found or found[0].seconds <= 0:
            return None
        return round(found[0].bytes * 10 / found[0].seconds)

    summary: dict[str, float | None] = {"first_paint": of("paint")[0]}
    for kind in ("nav", "page", "switch", "edit", "save"):
        values = of(kind)
        summary[f"{kind}_median"] = statistics.median(values) if values else None
        summary[f"{kind}_p95"] = p95(values) if values else None
        summary[f"{kind}_max"] = max(values) if values else None
    summary["idle_input"] = idle("step 1") if any(r.where.startswith("step 1") for r in results) else idle("form")
    summary["idle_home"] = idle("home")
    timer = [r for r in results if r.kind == "idle" and r.where.startswith("timer")]
    summary["idle_timer"] = timer[0].bytes if timer else None  # all of it, not per 10 s
    summary["total"] = sum(r.bytes for r in results)
    return summary


#: The kinds of key set against the floor, and the steps of each.
FLOOR_KINDS: tuple[tuple[str, Callable[[Result], bool]], ...] = (
    ("typed character", lambda r: r.kind == "edit"),
    ("save state change", lambda r: r.kind == "save"),
    ("page key in step 5", lambda r: r.kind == "page" and r.where == "step 5 table"),
    ("page key in the report", lambda r: r.kind == "page" and r.where == "report"),
    ("Tab between step 1's fields", lambda r: r.kind == "nav" and r.where == "step 1 fields"),
    ("navigation (other)", lambda r: r.kind == "nav" and r.where != "step 1 fields"),
)


def against_floor(results: list[Result]) -> list[dict[str, Any]]:
    """Per kind of key: medians of the bytes sent and of the floor, and the
    ratio of their totals over the kind's keys (None when the floor is 0)."""
    rows = []
    for title, chosen in FLOOR_KINDS:
        group = [r for r in results if chosen(r)]
        if group:
            sent, least = sum(r.bytes for r in group), sum(r.floor for r in group)
            rows.append(
                {
                    "kind": title,
                    "keys": len(group),
                    "bytes_median": statistics.median(r.bytes for r in group),
                    "floor_median": statistics.median(r.floor for r in group),
                    "ratio": round(sent / least, 2) if least else None,
                }
            )
    return rows


ROWS = (
    ("first_paint", "first paint"),
    ("nav_median", "navigation key, median"),
    ("nav_p95", "navigation key, p95"),
    ("page_median", "page move, median"),
    ("page_p95", "page move, p95"),
    ("switch_median", "screen switch, median"),
    ("switch_p95", "screen switch, p95"),
    ("edit_median", "edit (score typed), median"),
    ("save_median", "save state shown, median"),
    ("idle_input", "idle 10 s, focused Input"),
    ("idle_home", "idle 10 s, home screen"),
    ("idle_timer", "50 s in a timer's minute, home"),
)


def size_text(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value / 1024:.1f} KB" if value >= 10240 else f"{value:.0f} B"


def ratio_text(ours: float | None, plain: float | None) -> str:
    if ours is None or plain is None:
        return "-"
    if ours == 0:
        return "inf" if plain else "="
    return f"{plain / ours:.1f}x"


def verdict(name: str, ours: float | None, plain: float | None, size: str) -> str:
    if size != "80x24" or ours is None:
        return ""
    marks = []
    if name in TARGETS:
        marks.append("ok" if ours <= TARGETS[name] else "miss")
    if plain is not None and name not in ("nav_p95", "switch_p95", "page_p95"):
        good = (ours == 0 and plain > 0) or (ours > 0 and plain / ours >= RATIO_TARGET) or ours == plain == 0
        marks.append("3x ok" if good else "3x miss")
    return ", ".join(marks)


def target_text(name: str, size: str) -> str:
    if size != "80x24" or name not in TARGETS:
        return ""
    return f"<= {size_text(TARGETS[name])}"


def print_report(runs: dict[tuple[str, str], list[Result]], sizes: list[str], settings: dict) -> None:
    print(
        f"bytes written to a {settings['term']} pseudo-terminal; quiet after a key {settings['quiet_ms']} ms"
        f"{' (quick run)' if settings['quick'] else ''}; median of {settings['runs']} run(s) per key"
        + "".join(f"; {name}={value}" for name, value in settings["env"].items())
    )
    for size in sizes:
        ours = runs.get(("ours", size))
        plain = runs.get(("plain", size))
        so = summarise(ours) if ours else {}
        sp = summarise(plain) if plain else {}
        cols, rows = (int(n) for n in size.lower().split("x"))
        print(f"\n== {size} ==")
        print(f"{'':28} {'phakhi':>9} {'plain':>9} {'plain/ours':>10}  {'target':>10}  verdict (80x24)")
        for name, title in ROWS:
            o, p = so.get(name), sp.get(name)
            print(
                f"{title:28} {size_text(o):>9} {size_text(p):>9} {ratio_text(o, p):>10}  "
                f"{target_text(name, size):>10}  {verdict(name, o, p, size)}"
            )
        for app, results in (("phakhi", ours), ("plain", plain)):
            if not results:
                continue
            print(
                f"\n{app} at {size}, by screen: bytes sent; cells changed, screens drawn and the"
                " cell-diff floor (medians)"
            )
            print(
                f"{'class':7} {'where':28} {'keys':>4} {'total':>9} {'median':>8} {'max':>8} "
                f"{'cells':>6} {'drawn':>6} {'floor':>8}"
            )
            groups: dict[tuple[str, str], list[Result]] = {}
            for r in results:
                groups.setdefault((r.kind, r.where), []).append(r)
            for (kind, where), group in groups.items():
                values = [r.bytes for r in group]
                print(
                    f"{kind:7} {where:28} {len(group):>4} {size_text(sum(values)):>9} "
                    f"{size_text(statistics.median(values)):>8} {size_text(max(values)):>8} "
                    f"{statistics.median(r.cells_changed for r in group):>6.0f} "
                    f"{statistics.median(r.cells_written for r in group) / (cols * rows):>6.2f} "
                    f"{size_text(statistics.median(r.floor for r in group)):>8}"
                )
            print(f"\n{app} at {size} against the cell-diff floor: medians, and the ratio of the totals")
            print(f"{'kind of key':28} {'keys':>4} {app:>9} {'floor':>9} {'ratio':>6}")
            for row in against_floor(results):
                ratio = "-" if row["ratio"] is None else f"{row['ratio']:.2f}x"
                print(
                    f"{row['kind']:28} {row['keys']:>4} {size_text(row['bytes_median']):>9} "
                    f"{size_text(row['floor_median']):>9} {ratio:>6}"
                )
            anatomy = Anatomy()
            for r in results:
                anatomy.add(r.anatomy)
            total = sum(r.bytes for r in results) or 1
            bounded = sum(r.bounded for r in results)
            print(
                f"all {size_text(total)}: colour/style (SGR) {anatomy.sgr * 100 // total}%, cursor moves "
                f"{anatomy.moves * 100 // total}%, characters {anatomy.text * 100 // total}% "
                f"(spaces {anatomy.blank * 100 // total}%), other {anatomy.other * 100 // total}%"
                + (f"; {bounded} wait(s) cut by the bound" if bounded else "")
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer keys, 0.5 s idle: a smoke test")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON instead of tables")
    parser.add_argument("--size", action="append", help="COLSxROWS (repeatable); default 80x24 and 160x48")
    parser.add_argument("--app", choices=("ours", "plain", "both"), default="both")
    parser.add_argument("--runs", type=int, default=1, help="repeat each script N times; per-key medians")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set in both apps' environment, e.g. TEXTUAL_ANIMATIONS=none (repeatable)",
    )
    parser.add_argument(
        "--quiet-ms",
        type=int,
        default=int(QUIET_KEY * 1000),
        help="quiet that ends a navigation or page key (default 250)",
    )
    args = parser.parse_args()
    sizes = args.size or ["80x24", "160x48"]
    idle = 0.5 if args.quick else 10.0
    apps = ("ours", "plain") if args.app == "both" else (args.app,)
    extra_env = dict(item.split("=", 1) for item in args.env)
    runs: dict[tuple[str, str], list[Result]] = {}
    for size in sizes:
        cols, rows = (int(n) for n in size.lower().split("x"))
        for app in apps:
            script = ours_script(args.quick, idle) if app == "ours" else plain_script(args.quick, idle)
            if not args.json:
                print(
                    f"running {app} at {size} ({len(script)} steps, {args.runs} run(s))...", file=sys.stderr, flush=True
                )
            repeats = [run_script(app, cols, rows, script, args.quiet_ms / 1000, extra_env) for _ in range(args.runs)]
            runs[(app, size)] = median_of_runs(repeats)
    settings = {
        "term": "xterm-256color",
        "env": extra_env,
        "runs": args.runs,
        "quiet_ms": args.quiet_ms,
        "quick": args.quick,
        "idle_seconds": idle,
        "quiet_switch_ms": int(QUIET_SWITCH * 1000),
        "quiet_paint_ms": int(QUIET_PAINT * 1000),
        "targets_80x24": TARGETS,
        "ratio_target": RATIO_TARGET,
    }
    if args.json:
        out = {
            "settings": settings,
            "runs": [
                {
                    "app": app,
                    "size": size,
                    "summary": summarise(results),
                    "floor": against_floor(results),
                    "steps": [asdict(r) for r in results],
                }
                for (app, size), results in runs.items()
            ],
        }
        json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print_report(runs, sizes, settings)


if __name__ == "__main__":
    main()
