"""``phakhi serve`` in a real browser: headless Chromium opens the printed link, a name typed in Thai
in step 2 reaches the workbook file, and the page's screenshot is a picture of the app.

The browser is the system's Chromium (Debian's ``chromium`` package, which ``.ci/run`` installs),
driven by Playwright through ``executable_path``: Playwright never downloads a browser of its own.
Where Chromium or the driver is missing, or the browser does not start, the test is skipped and
says why (``-rs`` in pytest's options prints the reason in every run).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.test_serve import _children, serving_sample

NAME = "ชมรมผู้สูงอายุ"  # the elderly club: combining vowels above and below, a tone mark
#: What the home screen and then step 2 show (the step's guiding questions) once they are painted.
HOME_SHOWS = "ผังเครือข่าย"
STEP_2_SHOWS = "คำถามช่วยค้นหา"
#: The page's size in CSS pixels: about 90 columns by 25 lines of the page's terminal.
VIEWPORT: dict[str, int] = {"width": 800, "height": 480}
#: Seconds for each thing the test waits for: a few on a quiet machine, more than ten when
#: the machine's two cores run the rest of the tests beside it.
WAIT = 30.0


def _chromium() -> str:
    """The installed browser, or the test is skipped with what to install."""
    if importlib.util.find_spec("textual_serve") is None:
        pytest.skip("the optional serve extra is not installed (uv sync --all-extras)")
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("the browser driver playwright is not installed (uv sync: it is a dev dependency)")
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium); .ci/run installs it as root")
    return found


@pytest.fixture
def browser_page() -> Iterator[object]:
    """A page of headless Chromium; the browser and its driver are stopped at the end."""
    executable = _chromium()
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, headless=True, timeout=WAIT * 1000)
        except Error as failed:
            pytest.skip(f"Chromium ({executable}) did not start: {_why(str(failed))}")
        try:
            yield browser.new_page(viewport=VIEWPORT)
        finally:
            browser.close()


def _why(message: str) -> str:
    """Playwright's first line and what the browser itself wrote to its error output."""
    lines = message.strip().splitlines() or ["no message"]
    said = [found.group(1) for line in lines if (found := re.match(r"\[pid=\d+\]\[err\] (.*)", line.strip()))]
    return "; ".join([lines[0], *said[:3]])


def _plain(frames: list[str | bytes]) -> str:
    """What the server sent the page, without the terminal's escape sequences."""
    text = "".join(frame if isinstance(frame, str) else frame.decode("utf-8", "replace") for frame in frames)
    return re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", text)


def _wait_until(done: Callable[[], bool], what: str, pause: Callable[[], object], frames: list[str | bytes]) -> None:
    """Up to WAIT seconds, checking every tenth of a second; on failing, the end of what
    the page was sent."""
    deadline = time.monotonic() + WAIT
    while not done():
        assert time.monotonic() < deadline, f"waited {WAIT:.0f} s for {what}; the page got: {_plain(frames)[-400:]!r}"
        pause()


def png_size_and_colours(data: bytes, most: int = 16) -> tuple[int, int, int]:
    """Width, height and how many colours (counted up to ``most``) of an 8-bit RGB or RGBA PNG,
    as Chromium writes its screenshots: decoded here, not by the browser that drew it."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:8]
    at, header, compressed = 8, b"", b""
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        header = body if kind == b"IHDR" else header
        compressed += body if kind == b"IDAT" else b""
        at += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0) and colour_type in (2, 6), (depth, colour_type, interlace)
    channels = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(compressed), width * channels
    previous, colours = bytearray(stride), set()
    for y in range(height):
        start = y * (stride + 1)
        line = _unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, channels)
        colours.update(bytes(line[x : x + channels]) for x in range(0, stride, channels * 7))
        if len(colours) >= most:
            break
        previous = line
    return width, height, min(len(colours), most)


def _unfilter(kind: int, line: bytearray, above: bytearray, step: int) -> bytearray:
    """One row of a PNG back from its filter (PNG spec, section 9)."""
    for i in range(len(line)):
        left = line[i - step] if i >= step else 0
        up, corner = above[i], above[i - step] if i >= step else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            guess = left + up - corner
            near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner))
            line[i] = (line[i] + near[2]) & 0xFF
    return line


def test_a_thai_name_typed_in_the_browser_is_saved_and_the_page_shows_the_app(sample: Path, browser_page) -> None:
    from playwright.sync_api import Error

    page = browser_page
    frames: list[str | bytes] = []
    # Textual's page is xterm.js: what the server sends arrives on the page's web socket.
    page.on("websocket", lambda socket: socket.on("framereceived", lambda frame: frames.append(frame)))
    with serving_sample(sample) as (server, _port, link):
        try:
            deadline = time.monotonic() + WAIT
            while True:  # the server takes a moment to listen
                try:
                    page.goto(link, timeout=WAIT * 1000)
                    break
                except Error:  # refused: not listening yet
                    assert time.monotonic() < deadline, "the server never listened"
                    page.wait_for_timeout(100)

            # The page's events (the frames above) come in while it waits, not during time.sleep.
            def pause() -> None:
                page.wait_for_timeout(100)

            _wait_until(lambda: HOME_SHOWS in _plain(frames), "the home screen", pause, frames)
            # xterm.js reads the keyboard from a hidden textarea of its own: the keys go there
            # (unfocused, they are lost and step 2 never opens). Playwright types a key of its
            # US layout as a key press ("2", Enter) and any other character, Thai here, one at
            # a time as text put into the focused field, as a Thai keyboard's letters arrive;
            # xterm.js sends both to the app as typed. keyboard.insert_text(NAME), the whole
            # name at once as an input method or a paste gives it, is saved the same way.
            page.focus(".xterm-helper-textarea")
            page.keyboard.press("2")
            _wait_until(lambda: STEP_2_SHOWS in _plain(frames), "step 2", pause, frames)
            page.keyboard.type(NAME)
            page.keyboard.press("Enter")
            _wait_until(
                lambda: f'name = "{NAME}"' in sample.read_text(encoding="utf-8"), "the saved name", pause, frames
            )
            shot = page.screenshot()
        finally:
            page.close()  # the tab's app ends with its web socket
        _wait_until(lambda: _children(server.pid) == [], "the tab's app to end", lambda: time.sleep(0.1), frames)
    width, height, colours = png_size_and_colours(shot)
    assert (width, height) == (VIEWPORT["width"], VIEWPORT["height"])
    assert colours > 2, "the screenshot is blank"
