"""Send less: write only the terminal cells that changed (issue 7).

Textual repaints whole widgets: a moved cursor in a list rewrites every cell
of both rows it touches, each run of text wrapped in a full colour setting
and a reset, and a screen switch rewrites all 1,920 cells of an 80x24 screen
several times. Over a slow SSH link that is most of what the user waits for.

This layer sits between Textual's compositor and the terminal, as curses
does: it keeps a model of the cells the terminal shows (the character and
its colours and attributes; wide CJK characters and emoji take two cells,
Thai vowel and tone marks join the cell before them, and so do the parts of
a joined emoji: measured as Textual measures them, by the core's
``terminal_cells``, which tests/test_cell_width.py holds to rich's own) and
turns each frame Textual wants to draw into the fewest bytes that bring the
terminal to the same picture:

- only cells whose look changed are written (a blank whose only difference
  is an invisible foreground colour is not);
- the cursor gets there by the shortest move — an absolute move, a relative
  one, a carriage return, or writing straight through a few unchanged cells;
- colours and attributes change by the difference (``ESC[1m``, ``ESC[39m``),
  not a full setting and a reset around every run; a blank changes only
  what it shows (its background), keeping the foreground for what follows;
- a row that ends in blanks ends with erase to end of line, and a long run
  of blanks inside a row is erased (``ESC[nX``) — blanks in any background
  where terminfo says the terminal erases in the current colour ("bce", as
  xterm does), else only in the default background;
- after an emoji (whose width terminals disagree on) or the last column the
  next write moves the cursor absolutely;
- the frame ends with the cursor where Textual puts it after every frame,
  reached by the shortest move (``\r`` back to the first column, ``ESC[H``
  home), where Textual writes an absolute move of 6 to 8 bytes;
- a letter with vowel or tone marks in the last column is written with
  autowrap on for that moment (``ESC[?7h`` … ``ESC[?7l``): with it off, as
  Textual keeps it, tmux 3.3a leaves its cursor on the last column once the
  letter is written there and puts the marks on the cell before it
  (``เกณฑ์่ว`` for ``เกณฑ์ว่`` at the cut right edge of a table); with it
  on, the cursor waits past the letter and the marks join it, in tmux as
  in every other terminal, and the next write moves there absolutely;
- a frame of another size, or a terminal given back after a suspend, is
  repainted in full, because then nobody knows what it shows;
- a frame that changes no cell and leaves the cursor where it was sends
  nothing at all (Textual draws its first screen twice, and repaints a
  whole screen when a widget asks for it).

The frame ends with the colours reset, as Textual leaves them. Terminal
hyperlinks (OSC 8) are not sent: Phakhi shows none.

Everything Textual writes outside frames (the alternate screen, mouse modes,
cursor show and hide, the title, synchronized output begin and end) passes
through untouched; each frame is still wrapped in synchronized output
(DEC 2026) by Textual exactly as before.

``PHAKHI_OUTPUT=plain`` turns the layer off, for comparison
(``benchmarks/bytes_meter.py --env PHAKHI_OUTPUT=plain``) or should a
terminal ever disagree with the model. Headless runs (``run_test``) write
nothing, so it does nothing there; tests/test_output_diff.py checks it
through a terminal emulator.
"""

from __future__ import annotations

import os
import sys
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache, partial
from itertools import compress, islice, takewhile
from operator import eq, itemgetter, ne
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from rich.color import ColorSystem
from rich.console import Console, ConsoleOptions
from rich.segment import ControlType, Segment
from rich.style import Style

# The one private import: Textual hands its frames to App._display as these
# classes, and nothing public carries them. LayoutUpdate (a whole screen) and
# ChopsUpdate (changed pieces of lines) are both rich renderables, so the
# layer reads them through the public rich protocol (their segments and
# cursor moves), not through their fields. What it hands back is a plain rich
# renderable, which App._display writes as it is.
from textual._compositor import ChopsUpdate, LayoutUpdate

from tui.app_mixin import AppMixin
from tui.core.cells import terminal_cells

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

#: The environment switch: "plain" sends what Textual writes, unchanged.
OUTPUT_ENV = "PHAKHI_OUTPUT"

#: SGR attribute bits: (the code that sets it, the code that clears it).
#: Some clearing codes clear two attributes (22: bold and dim).
ATTRIBUTES = (
    ("bold", "1", "22"),
    ("dim", "2", "22"),
    ("italic", "3", "23"),
    ("underline", "4", "24"),
    ("blink", "5", "25"),
    ("blink2", "6", "25"),
    ("reverse", "7", "27"),
    ("conceal", "8", "28"),
    ("strike", "9", "29"),
    ("underline2", "21", "24"),
    ("frame", "51", "54"),
    ("encircle", "52", "54"),
    ("overline", "53", "55"),
)
#: The bits each clearing code clears.
CLEARS = {off: sum(1 << i for i, (_, _, o) in enumerate(ATTRIBUTES) if o == off) for _, _, off in ATTRIBUTES}
REVERSE = 1 << 6
#: Attributes that show on a blank cell (lines through or under it). The rest
#: (bold, italic, a foreground colour) change nothing a blank shows.
SHOW_ON_BLANK = sum(
    1 << i
    for i, (name, _, _) in enumerate(ATTRIBUTES)
    if name in ("underline", "underline2", "strike", "frame", "encircle", "overline")
)

COLOR_SYSTEMS = {
    "standard": ColorSystem.STANDARD,
    "256": ColorSystem.EIGHT_BIT,
    "truecolor": ColorSystem.TRUECOLOR,
    "windows": ColorSystem.WINDOWS,
}

#: Write straight through at most this many unchanged cells rather than move.
THROUGH_MAX = 8
#: Erase a run of this many blanks (ESC[nX, then a move on) rather than write them.
ERASE_MIN = 12
#: Runs of text whose cells are kept for the next frames (a few screens' worth).
RUNS_KEPT = 1024
#: Styles whose pens are kept (:meth:`TerminalModel._paint`). Textual's styles carry the place
#: they were drawn at (for its text selection), so every style at every new place was one more:
#: a workshop session kept thousands, a growing share of its memory; a few screens' worth now.
PENS_KEPT = 2048
#: A letter and its marks in the last column, written with autowrap on (see above).
AUTOWRAP_AROUND = "\x1b[?7h%s\x1b[?7l"


class Pen(NamedTuple):
    """A cell's colours and attributes as SGR parameters ("" is the default colour)."""

    fg: str
    bg: str
    attrs: int
    #: What a blank in this pen looks like: the key that compares blanks.
    blank: tuple[str, str, int]


def make_pen(fg: str, bg: str, attrs: int) -> Pen:
    # A reversed blank shows its foreground colour; others show only the background and lines.
    blank = (fg, bg, attrs) if attrs & REVERSE else ("", bg, attrs & SHOW_ON_BLANK)
    return Pen(fg, bg, attrs, blank)


DEFAULT_PEN = make_pen("", "", 0)


class Cell(NamedTuple):
    """One terminal cell. A wide character's right half is a cell with text "";
    a cell not known (before the first frame, after a resize) has pen None.
    Made by :func:`make_cell`, which gives it its look."""

    text: str
    pen: Pen | None
    #: What the terminal shows: two cells with equal looks look the same. A blank
    #: shows only its pen's ``blank`` (an invisible foreground does not count); a
    #: cell not known looks like nothing else but itself. Kept in the cell so a
    #: row's changed cells are found in C (a screen switch asks it of every cell).
    look: object


def make_cell(text: str, pen: Pen | None) -> Cell:
    """A cell with its look."""
    if pen is None:
        return Cell(text, None, object())
    return Cell(text, pen, (" ", pen.blank) if text == " " else (text, pen))


UNKNOWN = make_cell("", None)
#: A cell's text (its first field), read in C over a whole row.
TEXT_OF = itemgetter(0)
#: A cell's look (its last field), read in C over a whole row.
LOOK_OF = itemgetter(2)


def pen_of(style: Style | None, system: ColorSystem) -> Pen:
    """A rich Style as SGR parameters, the way rich renders it for this colour system."""
    if style is None:
        return DEFAULT_PEN
    attrs = sum(1 << i for i, (name, _, _) in enumerate(ATTRIBUTES) if getattr(style, name))
    return make_pen(_colour(style.color, system, True), _colour(style.bgcolor, system, False), attrs)


def _colour(colour: Any, system: ColorSystem, foreground: bool) -> str:
    if colour is None or colour.is_default:
        return ""
    return ";".join(colour.downgrade(system).get_ansi_codes(foreground))


@lru_cache(maxsize=4096)
def sgr(current: Pen | None, pen: Pen) -> str:
    """The shortest SGR sequence from the current pen (None: not known) to this one."""
    if current == pen:
        return ""
    full = [on for i, (_, on, _) in enumerate(ATTRIBUTES) if pen.attrs & 1 << i]
    full += [code for code in (pen.fg, pen.bg) if code]
    reset = "\x1b[0;" + ";".join(full) + "m" if full else "\x1b[m"
    if current is None:
        return reset
    codes: list[str] = []
    attrs = current.attrs
    for i, (_, _, off) in enumerate(ATTRIBUTES):
        if current.attrs & ~pen.attrs & 1 << i and off not in codes:
            codes.append(off)
            attrs &= ~CLEARS[off]
    codes += [on for i, (_, on, _) in enumerate(ATTRIBUTES) if pen.attrs & ~attrs & 1 << i]
    if pen.fg != current.fg:
        codes.append(pen.fg or "39")
    if pen.bg != current.bg:
        codes.append(pen.bg or "49")
    diff = "\x1b[" + ";".join(codes) + "m"
    return diff if len(diff) < len(reset) else reset


#: Each (characters, width) the output layer has measured, once: see :func:`clusters`.
_CELLS: dict[tuple[str, int], tuple[str, int]] = {}
#: At most this many kept (a Thai letter with its marks, a digit, a blank: a few hundred in use).
CELLS_KEPT = 4096


@lru_cache(maxsize=4096)
def clusters(text: str) -> tuple[tuple[str, int], ...]:
    """Text as terminal cells: (characters, width), measured as Textual measures them. A
    zero-width character (a Thai vowel or tone mark) joins the one before it; leading
    ones come back with width 0, to join the cell before the text.

    Every text kept holds the same object for the same cell: a text of Thai held a pair
    and a string of its own for each of its cells, about 3 KB for a list's line, and a
    workshop session's kept texts grew by about 0.2 MB a minute (every new name, in
    every line that shows it), up to 12 MB; now about a tenth of that."""
    found = terminal_cells(text)
    if len(_CELLS) < CELLS_KEPT:
        return tuple(_CELLS.setdefault(cell, cell) for cell in found)
    return tuple(_CELLS.get(cell, cell) for cell in found)


@lru_cache(maxsize=1024)
def unsure_width(text: str) -> bool:
    """Characters terminals disagree on the width of: emoji, joined or with
    a variation or skin-tone mark. After one the cursor's column is not
    trusted; the next write moves there absolutely. (Thai and CJK are sure.)"""
    return any(ord(c) >= 0x1F000 or c in "\u200d\ufe0f" for c in text)


def cup(x: int, y: int) -> str:
    """The absolute move, in its shortest spelling."""
    if y == 0 and x == 0:
        return "\x1b[H"
    if x == 0:
        return f"\x1b[{y + 1}H"
    return f"\x1b[{y + 1};{x + 1}H"


def move(cursor: tuple[int, int] | None, x: int, y: int) -> str:
    """The shortest way from the cursor (None: not known) to (x, y)."""
    if cursor is None:
        return cup(x, y)
    cx, cy = cursor
    if (cx, cy) == (x, y):
        return ""
    moves = [cup(x, y)]
    if cy == y:
        dx = x - cx
        if x == 0:
            moves.append("\r")
        if dx > 0:
            moves.append("\x1b[C" if dx == 1 else f"\x1b[{dx}C")
        else:
            moves.append("\b" if dx == -1 else f"\x1b[{-dx}D")
        moves.append(f"\x1b[{x + 1}G")
    elif cx == x:
        dy = y - cy
        moves.append(("\x1b[B" if dy == 1 else f"\x1b[{dy}B") if dy > 0 else ("\x1b[A" if dy == -1 else f"\x1b[{-dy}A"))
    elif x == 0 and y == cy + 1:
        moves.append("\r\n")  # right whether or not the tty turns \n into \r\n
    return min(moves, key=len)


class TerminalModel:
    """What the terminal shows, and the encoder of frames into changes to it."""

    def __init__(self, *, bce: bool = False) -> None:
        self.width = 0
        self.height = 0
        self.rows: list[list[Cell]] = []
        #: Where the terminal's cursor is; None after writing the last column
        #: or an emoji (terminals differ in where the next character would go).
        self.cursor: tuple[int, int] | None = None
        #: The terminal's current SGR state; None when not known.
        self.pen: Pen | None = None
        self._pens: dict[Style, Pen] = {}
        #: The cells of each pen's characters, made once (a frame is mostly the same few).
        self._made: dict[Pen, dict[str, Cell]] = {}
        #: The cells of each run of narrow text drawn lately, by its text and pen (a screen
        #: shown again draws the same runs: each is made once, not a cell at a time).
        self._runs: dict[tuple[str, Pen], list[Cell]] = {}
        self._system: ColorSystem | None = None
        #: Whether the terminal erases in the current background colour
        #: ("bce" in terminfo), so coloured blanks can be erased too.
        self.bce = bce

    def forget(self, width: int | None = None, height: int | None = None) -> None:
        """Nothing is known about the screen: the next frame paints every cell it covers."""
        self.width = self.width if width is None else width
        self.height = self.height if height is None else height
        self.rows = [[UNKNOWN] * self.width for _ in range(self.height)]
        self.cursor = None
        self.pen = None

    def frame(
        self, segments: Iterable[Segment], width: int, height: int, system: ColorSystem, cursor: tuple[int, int]
    ) -> str:
        """The bytes that change the screen to show ``segments`` (Textual's
        frame: cursor moves and styled text) and leave the cursor at
        ``cursor``; "" when nothing changes and the cursor is there already."""
        if (width, height) != (self.width, self.height):
            self.forget(width, height)
        if system != self._system:
            self._pens.clear()
            self._made.clear()
            self._runs.clear()
            self._system = system
        wanted, spans = self._paint(segments, system)
        out: list[str] = []
        for y in sorted(wanted):
            lo, hi = spans[y]
            self._send_row(out, y, wanted[y], lo, hi)
        if self.pen != DEFAULT_PEN and out:
            out.append(sgr(self.pen, DEFAULT_PEN))  # leave the terminal as Textual does: no colours set
            self.pen = DEFAULT_PEN
        # Where Textual puts the cursor after every frame (input methods show there),
        # by the shortest move: Textual's own is absolute, 6 to 8 bytes a frame.
        out.append(move(self.cursor, *cursor))
        self.cursor = cursor
        return "".join(out)

    def _paint(
        self, segments: Iterable[Segment], system: ColorSystem
    ) -> tuple[dict[int, list[Cell]], dict[int, list[int]]]:  # noqa: E501
        """The rows the frame draws on, as they should look, and the span of columns it drew."""
        wanted: dict[int, list[Cell]] = {}
        spans: dict[int, list[int]] = {}
        width, height = self.width, self.height
        pens = self._pens
        x = y = 0
        row: list[Cell] | None = None
        span = [width, 0]
        for text, style, control in segments:
            if control:
                for code, *params in control:
                    if code == ControlType.CURSOR_MOVE_TO:
                        x, y = int(params[0]), int(params[1])
                        row = None
                continue
            if text == "\n" or not 0 <= y < height:
                continue  # a new line is always followed by a move
            if row is None:
                row = wanted.get(y)
                if row is None:
                    row = wanted[y] = list(self.rows[y])
                    spans[y] = [width, 0]
                span = spans[y]
            if style is None:
                pen = DEFAULT_PEN
            elif (known := pens.get(style)) is not None:
                pen = known
            else:
                if len(pens) >= PENS_KEPT:
                    pens.clear()
                pen = pens[style] = pen_of(style, system)
            start = x
            if text.isascii() and text.isprintable():  # a cell a character: no marks, nothing wide
                end = min(x + len(text), width)
                if x < end:
                    self._write_narrow(row, x, end, text, pen)
                x += len(text)
                if start < span[0]:
                    span[0] = start
                if span[1] < x:
                    span[1] = x if x < width else width
                continue
            made = self._made.get(pen)
            if made is None:
                made = self._made[pen] = {}
            for chars, cells in clusters(text):
                if cells == 0:  # marks at the start of a segment join the cell before
                    head = min(x, width) - 1
                    while head > 0 and row[head].text == "":
                        head -= 1
                    if head >= 0 and row[head].pen is not None:
                        row[head] = make_cell(row[head].text + chars, row[head].pen)
                        start = min(start, head)
                    continue
                if x + cells > width:
                    x += cells
                    continue
                # Writing over half of a wide character blanks its other half, as terminals do.
                if x > 0 and row[x].text == "" and row[x].pen is not None:
                    row[x - 1] = make_cell(" ", row[x - 1].pen)
                made_cell = made.get(chars)
                if made_cell is None:
                    made_cell = made[chars] = make_cell(chars, pen)
                row[x] = made_cell
                if cells == 2:
                    row[x + 1] = make_cell("", pen)
                x += cells
                if x < width and row[x].text == "" and row[x].pen is not None:
                    row[x] = make_cell(" ", row[x].pen)
            if start < span[0]:
                span[0] = start
            if span[1] < x:
                span[1] = x if x < width else width
        return wanted, spans

    def _blank_in(self, pen: Pen) -> Cell:
        """A blank cell in this pen, made once."""
        made = self._made.get(pen)
        if made is None:
            made = self._made[pen] = {}
        cell = made.get(" ")
        if cell is None:
            cell = made[" "] = make_cell(" ", pen)
        return cell

    def _write_narrow(self, row: list[Cell], x: int, end: int, text: str, pen: Pen) -> None:
        """Cells ``x`` to ``end`` of ``row`` show ``text``, one character a cell, as the
        character-by-character loop of :meth:`_paint` would write them, in one go (most
        of a frame is such text: a screen switch repaints every cell)."""
        if x > 0 and row[x].text == "" and row[x].pen is not None:
            row[x - 1] = make_cell(" ", row[x - 1].pen)  # writing over a wide character's right half
        text = text[: end - x]
        cells = self._runs.get((text, pen))
        if cells is None:
            made = self._made.get(pen)
            if made is None:
                made = self._made[pen] = {}
            cells = []
            for character in text:
                cell = made.get(character)
                if cell is None:
                    cell = made[character] = make_cell(character, pen)
                cells.append(cell)
            if len(self._runs) >= RUNS_KEPT:
                self._runs.clear()
            self._runs[text, pen] = cells
        row[x:end] = cells
        if end < self.width and row[end].text == "" and row[end].pen is not None:
            row[end] = make_cell(" ", row[end].pen)  # the right half of a wide character written over

    def _send_row(self, out: list[str], y: int, new: list[Cell], lo: int, hi: int) -> None:
        old = self.rows[y]
        width = self.width
        if new[lo:hi] == old[lo:hi]:
            return
        # The cells that look otherwise, found in C. A wide character and its right half go
        # together: writing over half of one makes the terminal blank the other half.
        # (Most rows have no right halves, nor unknown cells, whose text is "" too.)
        changed = list(compress(range(lo, hi), map(ne, map(LOOK_OF, new[lo:hi]), map(LOOK_OF, old[lo:hi]))))
        if "" in map(TEXT_OF, new) or "" in map(TEXT_OF, old):
            partners = set(changed)
            self._add_partners(partners, new, old)
            heads = sorted([x for x in partners if new[x].text])
        else:
            heads = changed  # in order, each with a text
        shown = list(old)
        done = 0  # cells before this were written or erased
        written = 0  # blanks before this are written, not erased (their run was not worth it)
        blank_pen, blank = None, UNKNOWN  # the last blank written, and its pen
        for x in heads:
            if x < done:
                continue
            # Most of a frame is letters and blanks, each written where the cursor is:
            # those are written here as _put would write them; a blank that begins a run
            # that may be erased, and a pen to choose for a blank, go the long way.
            cell = new[x]
            text, pen = cell.text, cell.pen
            if (
                text == " "
                and x >= written
                and pen is not None
                and not (pen.blank[0] or pen.blank[2] or pen.bg and not self.bce)
            ):
                if x + 1 < width and new[x + 1].text != " ":
                    written = x + 1  # a blank alone (between words): never worth erasing
                else:
                    erased, end = self._erase(out, y, new, shown, x, heads)
                    if erased:
                        done = end
                        continue
                    written = end  # nor is any later blank of the run worth erasing: it reaches less far
            if self.cursor != (x, y):
                self._go(out, y, new, shown, x)
            if text == " ":
                current = self.pen
                if current is None or pen is None or current.blank != pen.blank:
                    self._put(out, new, shown, x, y)
                    done = x + 1
                    continue
                if current is not blank_pen:
                    blank_pen, blank = current, self._blank_in(current)
                cell = blank  # a blank shows only its background: the pen at hand will do
            elif pen != self.pen:
                out.append(sgr(self.pen, pen))
                self.pen = pen
            out.append(AUTOWRAP_AROUND % text if x == width - 1 and len(text) > 1 else text)
            shown[x] = cell
            end = x + 1
            if end < width and new[end].text == "":
                shown[end] = new[end]
                end += 1
            self.cursor = (end, y) if end < width and not unsure_width(text) else None
            done = x + 1
        self.rows[y] = shown

    def _erase(
        self, out: list[str], y: int, new: list[Cell], shown: list[Cell], x: int, heads: list[int]
    ) -> tuple[bool, int]:
        """Erase the run of blanks that begins at ``x`` when that is shorter than writing
        them: whether it did, and where the run ends."""
        width = self.width
        blanks = self._blank_run(new, x)
        # Worth it when the changed cells it covers reach far enough.
        reach = heads[bisect_left(heads, x + blanks) - 1] - x + 1 if blanks else 0
        if not (reach >= ERASE_MIN or x + blanks == width and reach >= 4):
            return False, x + max(blanks, 1)
        self._go(out, y, new, shown, x)
        pen = self._blank_pen(new, x)
        out.append(sgr(self.pen, pen))
        self.pen = pen
        # Erase to the end of the line, or erase a run of characters (the cursor stays).
        out.append("\x1b[K" if x + blanks == width else f"\x1b[{blanks}X")
        shown[x : x + blanks] = [make_cell(" ", pen)] * blanks
        return True, x + blanks

    def _add_partners(self, changed: set[int], new: list[Cell], old: list[Cell]) -> None:
        """Add to ``changed`` the other half of each wide character in it, before or after."""
        width = self.width
        todo = list(changed)
        while todo:
            x = todo.pop()
            for partner in (x - 1, x + 1):
                if (
                    0 <= partner < width
                    and partner not in changed
                    and (
                        (partner == x - 1 and (new[x].text == "" or old[x].text == ""))
                        or (partner == x + 1 and (new[partner].text == "" or old[partner].text == ""))
                    )
                ):
                    changed.add(partner)
                    todo.append(partner)

    def _blank_run(self, new: list[Cell], x: int) -> int:
        """How many cells from x the terminal can erase rather than write: blanks
        that look alike, in the default background (or any, where the terminal
        erases in the current background)."""
        pen = new[x].pen
        if new[x].text != " " or pen is None or pen.blank[0] or pen.blank[2] or pen.bg and not self.bce:
            return 0
        return len(list(takewhile(partial(eq, new[x].look), map(LOOK_OF, islice(new, x, self.width)))))

    def _blank_pen(self, new: list[Cell], x: int) -> Pen:
        """The pen to write or erase the blank at ``x`` in. A blank shows only its
        background and lines (unless reversed), so the pen at hand may keep its
        foreground and bold or italics: one background code rather than a reset
        and every colour again. Taken when that is shorter counting the SGR to
        the next letter in the row too (Tab in step 1 moves a highlight whose
        lines begin with a blank: its letters then need no SGR at all)."""
        pen = new[x].pen or DEFAULT_PEN  # a blank of a frame always has its pen
        current = self.pen
        if current is None or current.blank == pen.blank:
            return pen if current is None else current
        if pen.attrs & REVERSE:
            return pen
        near = make_pen(current.fg, pen.bg, current.attrs & ~(SHOW_ON_BLANK | REVERSE) | pen.attrs & SHOW_ON_BLANK)
        after = next(
            (cell.pen for cell in new[x + 1 : x + 1 + ERASE_MIN] if cell.text.strip() and cell.pen), DEFAULT_PEN
        )
        if len(sgr(current, near)) + len(sgr(near, after)) < len(sgr(current, pen)) + len(sgr(pen, after)):
            return near
        return pen

    def _go(self, out: list[str], y: int, new: list[Cell], shown: list[Cell], x: int) -> None:
        """Bring the cursor to (x, y): by a move, or by writing the few cells between."""
        cursor = self.cursor
        if cursor == (x, y):
            return  # there already: the next cell of a run
        jump = move(cursor, x, y) + sgr(self.pen, new[x].pen)
        if cursor is not None and cursor[1] == y and 0 < x - cursor[0] <= THROUGH_MAX and new[cursor[0]].text:
            gap = range(cursor[0], x)
            if all(new[g].pen is not None and not unsure_width(new[g].text) for g in gap):
                pen, through = self.pen, []
                for g in gap:
                    if new[g].text:
                        through.append(sgr(pen, new[g].pen) + new[g].text)
                        pen = new[g].pen
                through.append(sgr(pen, new[x].pen))
                if len("".join(through).encode()) < len(jump.encode()):
                    for g in gap:
                        if new[g].text:
                            self._put(out, new, shown, g, y)
                    return
        out.append(move(cursor, x, y))
        self.cursor = (x, y)

    def _put(self, out: list[str], new: list[Cell], shown: list[Cell], x: int, y: int) -> None:
        cell = new[x]
        if cell.text == " ":
            cell = make_cell(" ", self._blank_pen(new, x))
        out.append(sgr(self.pen, cell.pen))
        self.pen = cell.pen
        out.append(AUTOWRAP_AROUND % cell.text if x == self.width - 1 and len(cell.text) > 1 else cell.text)
        shown[x] = cell
        end = x + 1
        if end < self.width and new[end].text == "":
            shown[end] = new[end]
            end += 1
        self.cursor = (end, y) if end < self.width and not unsure_width(cell.text) else None


def erases_in_colour(term: str) -> bool:
    """Whether terminfo says this terminal erases in the current background
    colour ("bce": xterm, VTE, kitty and most others do). Not known: no."""
    try:
        import curses
    except ImportError:  # a Python built without curses: the name ``curses`` is not there to name its error
        return False
    if sys.__stdout__ is None:
        return False
    try:
        curses.setupterm(term or None, sys.__stdout__.fileno())
        return curses.tigetflag("bce") == 1
    except (AttributeError, OSError, ValueError, curses.error):
        return False


class DiffUpdate:
    """A frame as the changes to the terminal model, worked out just before
    Textual writes it. Not a CompositorUpdate: Textual writes any other
    renderable as it is, without a cursor move of its own after it."""

    def __init__(self, changes: str) -> None:
        self.changes = changes

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterable[Segment]:
        yield Segment(self.changes)


class DifferentialOutput(AppMixin):
    """Mixin for the App (before ``App`` in the bases): frames go through the terminal model.

    App._display is private, and the one place where Textual hands over a
    frame before it becomes escape codes; this wraps the frame and lets
    Textual write it as before (synchronized output, chunking, flushing).
    """

    terminal_model: TerminalModel | None = None

    def _on_mount(self) -> None:
        # Textual calls the mount handler of every class in the MRO.
        if os.environ.get(OUTPUT_ENV, "").lower() == "plain":
            return
        self.terminal_model = TerminalModel(bce=erases_in_colour(os.environ.get("TERM", "")))
        self.app_resume_signal.subscribe(self, self._terminal_resumed, immediate=True)

    def _terminal_resumed(self, _app: object) -> None:
        """After a suspend another program had the terminal: nothing is known, paint it all."""
        if self.terminal_model is not None:
            self.terminal_model.forget()
            self.refresh()

    def _display(self, screen: Screen[Any], renderable: Any) -> None:
        model = self.terminal_model
        if (
            model is not None
            and isinstance(renderable, (LayoutUpdate, ChopsUpdate))
            and not self.is_inline
            and _writes(self)
        ):
            # Where App._display would move the cursor after the frame.
            target = self.screen.outer_size.clamp_offset(self.cursor_position)
            system = COLOR_SYSTEMS.get(self.console.color_system or "", ColorSystem.TRUECOLOR)
            # A frame's rich protocol yields segments alone (cursor moves are control segments).
            frame = cast("Iterable[Segment]", renderable.__rich_console__(self.console, self.console.options))
            changes = model.frame(
                frame,
                self.size.width,
                self.size.height,
                system,
                (target.x, target.y),
            )
            if not changes:
                return  # a frame that changes nothing: not even a cursor move goes out
            renderable = DiffUpdate(changes)
        super()._display(screen, renderable)


def _writes(app: App[Any]) -> bool:
    """Whether App._display would write this frame (not while updates are batched, nor headless)."""
    return bool(
        app._running
        and not app._closed
        and not app.is_headless  # noqa: SLF001
        and app._driver is not None
        and not app._batch_count
    )  # noqa: SLF001
