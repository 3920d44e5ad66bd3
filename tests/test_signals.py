"""A dropped SSH link (SIGHUP) or a `kill` (SIGTERM) never costs the typed work.

Runs the real command in a pseudo-terminal, types a stakeholder's name, and
signals the process while the edit is still waiting for its autosave (set to
a minute here, so only the signal can have written it).
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from pty_helpers import read_until_quiet, spawn

from tui.core import store


@pytest.mark.parametrize("number", [signal.SIGHUP, signal.SIGTERM])
def test_a_signal_writes_pending_edits_before_exit(tmp_path: Path, number: int) -> None:
    path = tmp_path / "workshop.toml"
    process, main = spawn(["-m", "tui", str(path), "--lang", "en"], {**os.environ, "PHAKHI_AUTOSAVE_SECONDS": "60"})
    try:
        read_until_quiet(main, 15)  # the first paint
        os.write(main, b"2")  # step 2, quick entry in the people column
        read_until_quiet(main, 5)
        os.write(main, "กลุ่มเกษตรอินทรีย์\r".encode())
        read_until_quiet(main, 5)
        assert not path.exists()  # the autosave has not run: only the signal can save it
        process.send_signal(number)
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main)
    workbook, _ = store.load(path)
    assert [s.name for s in workbook.stakeholders] == ["กลุ่มเกษตรอินทรีย์"]


def test_a_terminal_gone_without_a_hang_up_signal_saves_and_ends_the_app(tmp_path: Path) -> None:
    """The terminal closes, and no SIGHUP comes (the app does not control it, as here):
    the edit waiting for its autosave is saved, and the app ends instead of reading
    nothing 5,000 times a second for ever."""
    path = tmp_path / "workshop.toml"
    process, main = spawn(["-m", "tui", str(path), "--lang", "en"], {**os.environ, "PHAKHI_AUTOSAVE_SECONDS": "60"})
    try:
        read_until_quiet(main, 15)
        os.write(main, b"2")
        read_until_quiet(main, 5)
        os.write(main, "กลุ่มเกษตรอินทรีย์\r".encode())
        read_until_quiet(main, 5)
        assert not path.exists()
        os.close(main)  # the terminal goes
        main = -1
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
        if main >= 0:
            os.close(main)
    workbook, _ = store.load(path)
    assert [s.name for s in workbook.stakeholders] == ["กลุ่มเกษตรอินทรีย์"]


async def test_an_exit_from_outside_writes_pending_edits_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The browser view ends the app when its tab closes: textual-serve sends "quit", and
    Textual's web driver posts ExitApp, with no key and no signal. The edit typed just before,
    still waiting for its autosave (a minute here), is in the file."""
    from textual import messages

    from tui import app as app_module
    from tui.app import make_app
    from tui.core.document import Document
    from tui.core.vocab import Language

    monkeypatch.setattr(app_module, "AUTOSAVE_DELAY", 60)
    path = tmp_path / "workshop.toml"
    document = Document.open(path)
    app = make_app(document, Language.EN)
    async with app.run_test() as pilot:
        document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
        await pilot.pause()
        assert not path.exists()
        app.post_message(messages.ExitApp())  # what the web driver does with "quit"
        await pilot.pause()
    assert [s.name for s in store.load(path)[0].stakeholders] == ["กลุ่มเกษตรอินทรีย์"]
