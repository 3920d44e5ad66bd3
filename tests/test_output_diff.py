"""The differential output layer (tui/output.py) draws what Textual meant to draw.

Two terminals (pyte screens) are fed side by side: one with what the layer
sends, one with what stock Textual would have sent for the same frames. After
each step of a session their cells must look the same: characters, colours
and attributes (a blank's foreground colour and boldness show nothing, so
they are not compared). Both go through the same emulator, so a difference
is the layer's. The emulator (the byte meter's, benchmarks/bytes_meter.py)
places Thai vowel and tone marks as Textual measures them (rich.cells),
where pyte alone would drop some of them.

The sessions run the real app in-process on a driver that keeps what the app
writes (input comes from the Pilot, as in run_test); hand-made frames test
the encoder itself: one changed cell is one move and one character, a blank
tail is an erase to end of line, colours change by their difference.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyte
import pytest
from rich.cells import get_character_cell_size
from rich.color import ColorSystem
from rich.control import Control
from rich.segment import Segment
from rich.style import Style
from textual._compositor import ChopsUpdate, LayoutUpdate
from textual.drivers.headless_driver import HeadlessDriver

from benchmarks.bytes_meter import Terminal, look, screen_cells
from tests.ui_helpers import type_text
from tui import app as app_module
from tui import output
from tui.app import make_app
from tui.core.document import Document
from tui.core.vocab import Language
from tui.output import DEFAULT_PEN, TerminalModel, make_pen, sgr
from tui.widgets.keybar import SAVE_MARKS, KeyBar

pytestmark = pytest.mark.usefixtures("quick_autosave")


@pytest.fixture(autouse=True)
def full_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    """Colours in full (the longest SGR sequences), in every app here: Textual
    keeps a strip's escape codes once made, across apps in one process."""
    monkeypatch.setenv("COLORTERM", "truecolor")


THAI = "ผู้ใหญ่บ้านน้ำผึ้ง"


def terminal(width: int, height: int) -> tuple[Terminal, pyte.Stream]:
    screen = Terminal(width, height)
    return screen, pyte.Stream(screen)


def differences(ours: Terminal, theirs: Terminal) -> list[str]:
    found = []
    for y in range(theirs.lines):
        for x in range(theirs.columns):
            a, b = look(ours.buffer[y][x]), look(theirs.buffer[y][x])
            if a != b:
                found.append(f"({x}, {y}): sent {a}, meant {b}")
    return found


# -- the encoder on hand-made frames -------------------------------------------


def frame(*pieces: tuple[int, int, str, Style | None]) -> list[Segment]:
    segments = []
    for x, y, text, style in pieces:
        segments += [Control.move_to(x, y).segment, Segment(text, style)]
    return segments


def stock(segments: list[Segment], system: ColorSystem = ColorSystem.EIGHT_BIT) -> str:
    """What Textual writes for these segments: a move, then each run in a full style and a reset."""
    return "".join(
        segment.style.render(segment.text, color_system=system) if segment.style else segment.text
        for segment in segments
    )


class Pair:
    """The model and two terminals of one size, fed frame by frame."""

    def __init__(self, width: int, height: int, *, bce: bool = False) -> None:
        self.model = TerminalModel(bce=bce)
        self.width, self.height = width, height
        self.ours, self.our_stream = terminal(width, height)
        self.theirs, self.their_stream = terminal(width, height)

    def send(self, segments: list[Segment], cursor: tuple[int, int] = (0, 0)) -> str:
        sent = self.model.frame(segments, self.width, self.height, ColorSystem.EIGHT_BIT, cursor)
        self.our_stream.feed(sent)
        self.their_stream.feed(stock(segments) + Control.move_to(*cursor).segment.text)
        assert (self.ours.cursor.x, self.ours.cursor.y) == cursor
        return sent

    def resize(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.ours.resize(height, width)
        self.theirs.resize(height, width)


def test_a_first_frame_paints_every_cell_and_both_terminals_agree() -> None:
    pair = Pair(12, 2)
    sent = pair.send(frame((0, 0, "ภาคี partners", None), (0, 1, "ผู้ใหญ่" + " " * 8, Style(bgcolor="blue"))))
    assert sent
    assert differences(pair.ours, pair.theirs) == []
    assert pair.ours.display[1].startswith("ผู้ใหญ่")


def test_one_changed_cell_is_one_move_and_one_character() -> None:
    pair = Pair(20, 3)
    pair.send(frame((0, 0, "a" * 20, None), (0, 1, "b" * 20, None), (0, 2, "c" * 20, None)))
    sent = pair.send(frame((0, 1, "b" * 4 + "X" + "b" * 15, None)))
    assert sent == "\x1b[2;5HX\x1b[H"  # and the cursor back where the app wants it
    assert differences(pair.ours, pair.theirs) == []


def test_a_frame_that_changes_nothing_sends_nothing() -> None:
    pair = Pair(20, 2)
    rows = frame((0, 0, "ภาคี 18", Style(color="red")), (0, 1, "x" * 20, None))
    pair.send(rows)
    assert pair.send(rows) == ""


def test_a_blank_tail_is_erased_to_the_end_of_the_line() -> None:
    pair = Pair(20, 2)
    pair.send(frame((0, 0, "hello world and more", None), (0, 1, "z" * 20, None)))
    sent = pair.send(frame((0, 0, "hello" + " " * 15, None)))
    assert sent == "\x1b[6C\x1b[K\r"  # from the cursor at (0, 0) to "world", erase, back to (0, 0)
    assert differences(pair.ours, pair.theirs) == []


def test_a_blank_tail_on_a_coloured_background_is_written_not_erased() -> None:
    pair = Pair(10, 1)
    pair.send(frame((0, 0, "abcdefghij", None)))
    sent = pair.send(frame((0, 0, "ab" + " " * 8, Style(bgcolor="blue"))))
    assert "\x1b[K" not in sent
    assert differences(pair.ours, pair.theirs) == []


def test_colours_change_by_their_difference() -> None:
    pair = Pair(6, 1)
    pair.send(frame((0, 0, "......", None)))
    sent = pair.send(frame((0, 0, "ab", Style(bold=True, color="red")), (2, 0, "cd", Style(bold=True, color="blue"))))
    # Red and bold, then only the colour changes, then one reset at the end of the frame.
    assert sent == "\x1b[1;31mab\x1b[34mcd\x1b[m\r"
    assert differences(pair.ours, pair.theirs) == []


def test_a_blank_in_a_new_background_changes_only_the_background_when_that_is_shorter() -> None:
    """A blank shows no foreground: the red stays set across it, so the letters
    after it need no colour again (not ESC[0;42m, then ESC[31m). But blanks
    before letters in their own pen take that pen at once (not ESC[44m, then
    ESC[31m for the letter)."""
    pair = Pair(6, 1)
    pair.send(frame((0, 0, "abcdef", Style(color="red", bgcolor="blue"))))
    sent = pair.send(
        frame(
            (0, 0, "X", Style(color="red", bgcolor="blue")),
            (1, 0, " ", Style(bgcolor="green")),
            (2, 0, "cd", Style(color="red", bgcolor="green")),
        )
    )
    assert sent == "\x1b[31;44mX\x1b[42m cd\x1b[m\r"
    assert differences(pair.ours, pair.theirs) == []
    sent = pair.send(frame((0, 0, "  X", Style(color="red", bgcolor="blue"))))
    assert sent == "\x1b[31;44m  X\x1b[m\r"
    assert differences(pair.ours, pair.theirs) == []


def test_the_shortest_sgr_from_one_pen_to_another() -> None:
    bold_red = make_pen("31", "", 1)
    assert sgr(None, DEFAULT_PEN) == "\x1b[m"
    assert sgr(DEFAULT_PEN, bold_red) == "\x1b[1;31m"
    assert sgr(bold_red, make_pen("31", "", 0)) == "\x1b[22m"
    assert sgr(bold_red, make_pen("34", "44", 1)) == "\x1b[34;44m"
    assert sgr(make_pen("38;5;200", "48;5;17", 0b1001), DEFAULT_PEN) == "\x1b[m"
    assert sgr(bold_red, bold_red) == ""


def test_a_short_unchanged_run_is_written_through_not_jumped() -> None:
    pair = Pair(20, 1)
    pair.send(frame((0, 0, "a" * 20, None)))
    sent = pair.send(frame((0, 0, "XaaY" + "a" * 16, None)))
    assert sent == "XaaY\r"  # the cursor is at (0, 0); "aa" (2 bytes) is shorter than any move
    assert differences(pair.ours, pair.theirs) == []


def test_wide_characters_and_thai_marks_replaced_by_narrow_ones() -> None:
    pair = Pair(10, 2)
    pair.send(frame((0, 0, "漢字漢字ab", None), (0, 1, "ผู้ใหญ่บ้าน", None)))
    pair.send(frame((1, 0, "xyz", None), (0, 1, "ผิ", Style(color="green"))))
    assert differences(pair.ours, pair.theirs) == []
    pair.send(frame((0, 0, "a漢b字cdef", None), (3, 1, "่", None)))
    assert differences(pair.ours, pair.theirs) == []


def test_after_an_emoji_the_next_cell_is_reached_by_an_absolute_move() -> None:
    """Terminals disagree on an emoji's width: the column after one is not trusted."""
    pair = Pair(10, 1)
    pair.send(frame((0, 0, "..........", None)))
    sent = pair.send(frame((0, 0, "👩🏽‍🌾", None), (2, 0, "ab", None)))
    assert sent.endswith("\x1b[1;3Hab\r")


def test_a_joined_emoji_takes_the_cells_textual_lays_it_out_in() -> None:
    """A farmer with a skin tone (👩🏽‍🌾) and a red heart (❤️) are two cells each to Textual,
    which puts what follows them there: the model's cells are Textual's, not a cell count of
    each emoji in them (which put the farmer at four cells and the heart at one)."""
    model = TerminalModel()
    model.frame(frame((0, 0, "👩🏽\u200d🌾ab❤\ufe0fcd", None)), 10, 1, ColorSystem.EIGHT_BIT, (0, 0))
    texts = [cell.text for cell in model.rows[0][:8]]
    assert texts == ["👩🏽\u200d🌾", "", "a", "b", "❤\ufe0f", "", "c", "d"]
    sent = model.frame(frame((0, 0, "👩🏽\u200d🌾ax❤\ufe0fcz", None)), 10, 1, ColorSystem.EIGHT_BIT, (0, 0))
    assert sent == "\x1b[3Cx\x1b[3Cz\r"  # the two changed letters alone, in the columns Textual put them in


class Tmux(Terminal):
    """As tmux 3.3a draws: with autowrap off (as Textual keeps it), the cursor
    stays on the last column once that is written, and a mark joins the cell
    before the cursor, so the last letter's marks land on the one before it."""

    def draw(self, data: str) -> None:
        for character in data:
            if (
                get_character_cell_size(character) == 0
                and self.cursor.x >= self.columns
                and pyte.modes.DECAWM not in self.mode
            ):
                self.cursor.x = self.columns - 1
            super().draw(character)


def test_a_letter_with_marks_in_the_last_column_keeps_them_in_tmux() -> None:
    """``เกณฑ์่ว`` at the cut right edge of a table: the last letter is written with autowrap on."""
    row = frame((0, 0, "หลักเกณฑ์ว่", None))  # eight cells, the last one ว with its tone mark
    shown = {}
    for who, sent in (("ours", TerminalModel().frame(row, 8, 1, ColorSystem.EIGHT_BIT, (0, 0))), ("stock", stock(row))):
        screen = Tmux(8, 1)
        pyte.Stream(screen).feed("\x1b[?7l" + sent)
        shown[who] = screen.display[0]
    assert shown == {"ours": "หลักเกณฑ์ว่", "stock": "หลักเกณฑ์่ว"}


def test_a_python_without_curses_is_a_terminal_not_known_to_erase_in_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    """Some Python builds have no curses module: the layer then assumes no "bce" and starts."""
    monkeypatch.setitem(sys.modules, "curses", None)  # ``import curses`` raises ImportError
    assert output.erases_in_colour("xterm-256color") is False


def test_a_resize_repaints_what_the_next_frame_covers() -> None:
    pair = Pair(10, 2)
    pair.send(frame((0, 0, "abcdefghij", None), (0, 1, "klmnopqrst", None)))
    pair.resize(6, 3)
    sent = pair.send(frame((0, 0, "abcdef", None), (0, 1, "klmnop", None), (0, 2, "uvwxyz", None)))
    assert "abcdef" in sent  # nothing is assumed after a resize, even cells that look the same
    assert differences(pair.ours, pair.theirs) == []


def test_after_forgetting_the_next_frame_paints_everything_again() -> None:
    """After a suspend another program had the terminal: the same frame is sent in full."""
    pair = Pair(8, 1)
    rows = frame((0, 0, "ภาคี abcd", None))
    pair.send(rows)
    assert pair.send(rows) == ""
    pair.model.forget()
    assert "ภาคี abcd" in pair.send(rows)


STYLES = [
    None,
    Style(color="red"),
    Style(bold=True, bgcolor="blue"),
    Style(reverse=True),
    Style(color="#ff8800", bgcolor="#202020", italic=True),
    Style(underline=True, color="green"),
    Style(dim=True, strike=True),
]
TEXTS = ["ภาคี", "ผู้ใหญ่", "น้ำ", "   ", "abc", "漢字", "─", " ", "★", "ึ้ง", "x", " " * 14, " " * 6]


def random_row(rng: random.Random, width: int) -> Iterator[tuple[str, Style | None]]:
    used = 0
    while used < width:
        text = rng.choice(TEXTS)
        size = sum(get_character_cell_size(c) for c in text)
        if used + size > width:
            text, size = " " * (width - used), width - used
        used += size
        yield text, rng.choice(STYLES)


@pytest.mark.parametrize("seed", range(6))
def test_random_frames_draw_the_same_screen(seed: int) -> None:
    """Whole screens, then changed pieces of lines (as Textual's partial updates),
    at random; on odd seeds blanks are erased in colour too (terminfo "bce")."""
    rng = random.Random(seed)
    pair = Pair(24, 6, bce=seed % 2 == 1)
    for number in range(60):
        rows = range(pair.height) if number % 20 == 0 else rng.sample(range(pair.height), rng.randint(1, 3))
        segments: list[Segment] = []
        for y in rows:
            segments.append(Control.move_to(0, y).segment)
            segments += [Segment(text, style) for text, style in random_row(rng, pair.width)]
        pair.send(segments, cursor=(rng.randrange(pair.width), rng.randrange(pair.height)))
        assert differences(pair.ours, pair.theirs) == [], f"frame {number}"
        if number == 30:
            pair.resize(20, 7)


# -- the real app, session by session ---------------------------------------------


def wire_driver(written: list[str]) -> type[HeadlessDriver]:
    """A driver with input from the Pilot and output kept: the app writes frames as to a terminal."""

    class WireDriver(HeadlessDriver):
        @property
        def is_headless(self) -> bool:
            return False

        def write(self, data: str) -> None:
            written.append(data)

    return WireDriver


class Session:
    """The app on a driver that keeps its writes, and the two terminals it feeds."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, width: int, height: int) -> None:
        self.written: list[str] = []
        self.meant: list[str] = []
        self.ours, self.our_stream = terminal(width, height)
        self.theirs, self.their_stream = terminal(width, height)
        self.fed = 0
        self.checks = 0
        self.whole_screens = 0  # frames that repaint every cell
        self.driver = wire_driver(self.written)
        layered = output.DifferentialOutput._display

        def tee(app: Any, screen: Any, update: Any) -> None:
            # What stock Textual writes for this frame, kept beside what the layer writes
            # (a frame the layer leaves out, changing nothing, is kept too).
            if isinstance(update, (LayoutUpdate, ChopsUpdate)) and output._writes(app):
                cursor = app.screen.outer_size.clamp_offset(app.cursor_position)
                self.meant.append(update.render_segments(app.console) + Control.move_to(*cursor).segment.text)
                self.whole_screens += isinstance(update, LayoutUpdate)
            layered(app, screen, update)

        monkeypatch.setattr(output.DifferentialOutput, "_display", tee)

    def feed(self) -> None:
        self.our_stream.feed("".join(self.written[self.fed :]))
        self.fed = len(self.written)
        self.their_stream.feed("".join(self.meant))
        self.meant.clear()

    async def check(self, pilot: Any) -> None:
        await pilot.pause()
        await pilot.pause()
        self.feed()
        assert differences(self.ours, self.theirs) == [], f"after check {self.checks}"
        assert (self.ours.cursor.x, self.ours.cursor.y) == (self.theirs.cursor.x, self.theirs.cursor.y)
        self.checks += 1

    async def resize(self, pilot: Any, width: int, height: int) -> None:
        await self.check(pilot)
        for screen in (self.ours, self.theirs):
            screen.resize(height, width)
        await pilot.resize_terminal(width, height)
        await self.check(pilot)


async def run_session(
    monkeypatch: pytest.MonkeyPatch, path: Path, script: Any, *, low_bandwidth: bool = False, bce: bool = True
) -> Session:
    """bce: whether the layer may erase in colour (pyte does, as xterm does);
    low bandwidth: 16 colours and the terminal's own background."""
    monkeypatch.delenv(output.OUTPUT_ENV, raising=False)
    monkeypatch.setattr(output, "erases_in_colour", lambda term: bce)
    session = Session(monkeypatch, 80, 24)
    app = make_app(Document.open(path, Language.TH), low_bandwidth=low_bandwidth)
    app.driver_class = session.driver

    async def auto_pilot(pilot: Any) -> None:
        await session.check(pilot)
        await script(pilot, session)
        app.exit()

    await app.run_async(headless=False, size=(80, 24), auto_pilot=auto_pilot)
    return session


async def test_the_steps_typing_thai_and_resizes(monkeypatch: pytest.MonkeyPatch, sample: Path) -> None:
    async def script(pilot: Any, session: Session) -> None:
        await pilot.press("down", "down", "up")
        await session.check(pilot)
        await pilot.press("1")
        await session.check(pilot)
        await type_text(pilot, THAI)
        await session.check(pilot)
        assert any(THAI in line for line in session.theirs.display)  # the Thai reached the screen
        await pilot.press("tab", "tab")
        await session.check(pilot)
        for _ in range(6):  # steps 2 to 7
            await pilot.press("f3")
            await session.check(pilot)
            await pilot.press("down", "tab", "down")
            await session.check(pilot)
        await session.resize(pilot, 60, 20)
        await pilot.press("f2", "f2", "down", "pagedown")
        await session.check(pilot)
        await session.resize(pilot, 120, 40)
        await pilot.press("pageup", "5", "escape")
        await session.check(pilot)
        await session.resize(pilot, 80, 24)
        await pilot.press("escape")
        await session.check(pilot)

    session = await run_session(monkeypatch, sample, script)
    assert session.checks >= 25


async def test_the_map_plan_and_report_in_16_colours(monkeypatch: pytest.MonkeyPatch, sample: Path) -> None:
    async def script(pilot: Any, session: Session) -> None:
        for key, moves in (
            ("m", ("right", "down", "tab", "tab", "plus", "minus", "o", "a")),
            ("p", ("down", "down", "pagedown", "pageup", "right")),
            ("r", ("pagedown", "pagedown", "r", "pageup")),
        ):
            await pilot.press(key)
            await session.check(pilot)
            for move in moves:
                await pilot.press(move)
                await session.check(pilot)
            await session.resize(pilot, 60, 20)
            await session.resize(pilot, 80, 24)
            await pilot.press("escape")
            await session.check(pilot)

    session = await run_session(monkeypatch, sample, script, low_bandwidth=True, bce=False)
    assert session.checks >= 30


async def test_a_move_in_step_3_s_list_shows_the_new_page_in_the_same_frame(
    monkeypatch: pytest.MonkeyPatch, sample: Path
) -> None:
    """The page follows the list's highlight in the frame that moves it: one frame
    per key, not the list's frame and then the page's a frame later."""

    async def script(pilot: Any, session: Session) -> None:
        await pilot.press("3")
        await session.check(pilot)
        stakeholders = pilot.app.document.workbook.stakeholders
        wanted = stakeholders[1].name
        written = len(session.written)
        await pilot.press("down")
        await session.check(pilot)
        frames = [text for text in session.written[written:] if text.strip()]
        assert frames and wanted in frames[0]  # the highlight ...
        assert stakeholders[1].contact[:6] in frames[0]  # ... and the page, together

    await run_session(monkeypatch, sample, script)


async def test_an_edit_repaints_no_whole_screen_and_home_catches_up_on_return(
    monkeypatch: pytest.MonkeyPatch, sample: Path
) -> None:
    """A typed score changes its cell, the step bar and the save state: no
    frame repaints the whole screen (the save state shown on the home screen
    under the step waits until home is shown again)."""

    async def script(pilot: Any, session: Session) -> None:
        await pilot.press("5")
        await session.check(pilot)
        session.whole_screens = 0
        await pilot.press("3")
        await pilot.app.workers.wait_for_complete()
        await session.check(pilot)
        assert pilot.app.save_state == "status.saved"
        assert session.whole_screens == 0
        await pilot.press("escape")
        await session.check(pilot)
        assert str(pilot.app.screen.query_one(KeyBar).render()).rstrip().endswith(SAVE_MARKS["status.saved"])

    await run_session(monkeypatch, sample, script)


def changed_cells(before: list[list[Any]], after: list[list[Any]]) -> list[tuple[int, int]]:
    return [
        (x, y)
        for y, (old, new) in enumerate(zip(before, after, strict=True))
        for x in range(len(new))
        if look(old[x]) != look(new[x])
    ]


async def test_typing_then_saving_changes_only_the_save_mark(monkeypatch: pytest.MonkeyPatch, sample: Path) -> None:
    """The save state changes with every burst of typing: on the terminal it is
    one cell of the key bar (the last but one), ``✓`` to ``*`` with the typed
    letter and back when the save is done, and the save's frame is that cell
    alone: a move, its colours and the mark."""
    monkeypatch.setattr(app_module, "AUTOSAVE_DELAY", 60.0)  # saved below, when the test says
    monkeypatch.setattr(app_module, "AUTOSAVE_MAX_WAIT", 60.0)
    mark = (78, 23)

    async def script(pilot: Any, session: Session) -> None:
        await pilot.press("1")
        await session.check(pilot)
        shown = screen_cells(session.ours)
        assert shown[mark[1]][mark[0]].data == SAVE_MARKS["status.saved"]
        await type_text(pilot, "ก")
        await session.check(pilot)
        typed = screen_cells(session.ours)
        assert pilot.app.save_state == "status.unsaved"
        assert typed[mark[1]][mark[0]].data == SAVE_MARKS["status.unsaved"]
        assert mark in changed_cells(shown, typed)
        written = len(session.written)
        pilot.app.autosave()
        await pilot.app.workers.wait_for_complete()
        await session.check(pilot)
        assert pilot.app.save_state == "status.saved"
        assert changed_cells(typed, screen_cells(session.ours)) == [mark]
        sent = "".join(session.written[written:])
        assert re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", sent) == SAVE_MARKS["status.saved"], repr(sent)

    await run_session(monkeypatch, sample, script)


async def test_a_repaint_that_changes_nothing_in_the_app_sends_no_byte(
    monkeypatch: pytest.MonkeyPatch, sample: Path
) -> None:
    """Textual repaints the whole screen when told to (at start-up it draws the
    first screen twice): the same cells and the cursor where it was cost no
    bytes, not even a cursor move."""

    async def script(pilot: Any, session: Session) -> None:
        written = len(session.written)
        pilot.app.screen.refresh()
        await pilot.pause()
        await pilot.pause()
        assert len(session.meant) >= 1  # stock Textual wrote the frame again
        assert session.written[written:] == []
        await pilot.press("down")
        await session.check(pilot)
        assert len(session.written) > written  # a real change still goes out

    await run_session(monkeypatch, sample, script)


async def test_plain_output_turns_the_layer_off(monkeypatch: pytest.MonkeyPatch, sample: Path) -> None:
    monkeypatch.setenv(output.OUTPUT_ENV, "plain")
    written: list[str] = []
    app = make_app(Document.open(sample, Language.TH))
    app.driver_class = wire_driver(written)

    async def auto_pilot(pilot: Any) -> None:
        await pilot.press("down")
        await pilot.pause()
        app.exit()

    await app.run_async(headless=False, size=(80, 24), auto_pilot=auto_pilot)
    assert app.terminal_model is None
    assert any("ภาคี" in text for text in written)  # Textual's own frames reached the driver


async def test_the_layer_sends_fewer_bytes_than_textual(monkeypatch: pytest.MonkeyPatch, sample: Path) -> None:
    """The point of the layer; the numbers themselves are the meter's (README, Performance)."""
    stock_bytes = 0

    async def script(pilot: Any, session: Session) -> None:
        nonlocal stock_bytes
        session.feed()
        for key in ("down", "down", "5", "down", "down", "escape"):
            stock_bytes += sum(len(text.encode()) for text in session.meant)
            await pilot.press(key)
            await pilot.pause()
        stock_bytes += sum(len(text.encode()) for text in session.meant)
        await session.check(pilot)

    session = await run_session(monkeypatch, sample, script)
    sent = sum(len(text.encode()) for text in session.written)
    assert sent * 2 < stock_bytes


def test_the_texts_measured_share_their_cells() -> None:
    """Issue 25: every line of Thai the output layer has measured is kept (its clusters'
    cache), and a session's grew with every name added; a kept line holds its cells' objects
    only once, however many lines show them (a 45-character line held 5.5 KB, now under 1 KB),
    and is measured as before."""
    import tracemalloc

    from tui.core.cells import terminal_cells

    lines = [f" ห้องสมุดประชาชน{n} กองสาธารณสุขและสิ่งแวดล้อม {n}  " for n in range(300)]
    output.clusters(lines[0])  # the cells in use, measured once for the session
    tracemalloc.start()
    try:
        for line in lines[1:]:
            output.clusters(line)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held / (len(lines) - 1) < 1_000
    assert all(output.clusters(line) == tuple(terminal_cells(line)) for line in lines)


def test_cells_beyond_those_kept_are_still_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past :data:`output.CELLS_KEPT` a text's new cells are its own (the first text that goes past
    it keeps all of its own)."""
    from tui.core.cells import terminal_cells

    monkeypatch.setattr(output, "_CELLS", {})
    monkeypatch.setattr(output, "CELLS_KEPT", 2)
    output.clusters.cache_clear()
    try:
        for text in ("กี่ a", "👍🏽 ข", "ค้ 1 กี่"):
            assert output.clusters(text) == tuple(terminal_cells(text))
        assert set(output._CELLS) == {("กี่", 1), (" ", 1), ("a", 1)}
    finally:
        output.clusters.cache_clear()


def test_the_pens_of_textuals_placed_styles_are_not_all_kept() -> None:
    """Textual's styles carry the place they were drawn at, so a style was one more kept pen at
    every new place (a workshop session kept thousands): a few screens' worth are kept, and the
    terminal shows what the frames meant all along."""
    pair = Pair(80, 24)
    colours = [Style(color="red"), Style(color="blue", bold=True), Style(bgcolor="green")]
    for number in range(output.PENS_KEPT // 24 + 10):  # 24 new placed styles a frame
        pieces = []
        for y in range(24):
            style = colours[(number + y) % 3]
            placed = Style(color=style.color, bgcolor=style.bgcolor, bold=style.bold, meta={"offset": (number, y)})
            pieces.append((number % 40, y, f"{THAI}{number}", placed))
        pair.send(frame(*pieces))
        assert differences(pair.ours, pair.theirs) == []
    assert 0 < len(pair.model._pens) <= output.PENS_KEPT
