"""Contact details are personal data: they live in the workbook (owner-only) and
nowhere else — not in a log, not in a state or cache folder, not on stderr.

Runs the real command in a pseudo-terminal with a home, state, cache and temp
folder of its own and Textual's log and devtools off (as a user runs it),
edits a contact, opens the report and quits; then reads every file the run
left. (The app draws its screens on stderr, as Textual does, so what a
session writes there is the screen; the commands' stderr is checked apart.)
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from pty_helpers import read_until_quiet, spawn, type_and_quit

from tui.cli import main
from tui.core import store

ROOT = Path(__file__).resolve().parent.parent
#: One of each kind of contact detail: a Thai mobile number, an e-mail address, a LINE id.
PHONE = "081-234-5678"
EMAIL = "somporn.farm@example.org"
LINE_ID = "@somporn_organic"
CONTACT = f"คุณสมพร โทร {PHONE} อีเมล {EMAIL} ไลน์ {LINE_ID}"
SECRETS = [PHONE, "0812345678", EMAIL, LINE_ID, "ป้อม เลข 0879998888"]  # the last is the sample's own


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_session_writes_contacts_only_to_the_owner_only_workbook_and_its_backup(tmp_path: Path, sample: Path) -> None:
    workbook, _ = store.load(sample)
    workbook.stakeholders[0].contact = CONTACT
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "workshop.toml"
    store.save(workbook, path, store.NO_FILE)
    home = tmp_path / "home"
    places = {name: home / name for name in ("state", "cache", "config", "data", "tmp")}
    for place in [home, *places.values()]:
        place.mkdir(exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("TEXTUAL") and k not in ("PHAKHI_STATE_DIR", "PHAKHI_CACHE_DIR")
    }
    env |= {
        "HOME": str(home),
        "XDG_STATE_HOME": str(places["state"]),
        "XDG_CACHE_HOME": str(places["cache"]),
        "XDG_CONFIG_HOME": str(places["config"]),
        "XDG_DATA_HOME": str(places["data"]),
        "TMPDIR": str(places["tmp"]),
        "PHAKHI_AUTOSAVE_SECONDS": "0.1",
    }
    # Step 3, the contact field, type, home, the report, home.
    returncode, shown = type_and_quit(
        ["-m", "tui", str(path), "--lang", "en"], env, [b"3", b"\t", b" LINE", b"\x1b", b"r", b"\x1b"]
    )
    assert returncode == 0
    # The run did handle the contact: it was on screen, edited and saved (so the checks below can fail).
    assert PHONE.encode() in shown
    saved, _ = store.load(path)
    assert saved.stakeholders[0].contact == CONTACT + " LINE"
    assert sorted(p.name for p in folder.iterdir()) == ["workshop.toml", "workshop.toml.bak"]
    assert mode_of(path) == 0o600 and mode_of(folder / "workshop.toml.bak") == 0o600
    # The save kept a parsed copy in the cache folder (sealed: it is checked below like any file).
    assert list((places["cache"] / "phakhi" / "parsed").iterdir())
    # Nowhere else: not in any file under the home, state, cache, config or temp folders.
    for file in (p for p in home.rglob("*") if p.is_file()):
        data = file.read_bytes()
        assert not [s for s in SECRETS if s.encode() in data], file


def test_check_names_a_contact_field_s_problem_without_its_value(tmp_path: Path, capsys) -> None:
    """``phakhi check`` output goes to logs and CI: a broken contact is named, never shown."""
    text = (
        'format = "phakhi-workbook"\nversion = 1\n\n'
        f'[[stakeholders]]\nid = "s1"\nname = "กลุ่ม"\ncontact = "{CONTACT}\\u202e"\n\n'
        f'[[stakeholders]]\nid = "s2"\nname = "อสม."\ncontact = ["{PHONE}", "{EMAIL}"]\n'
    )
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert "contact holds an invisible control character (U+202E)" in err and "contact should be text" in err
    assert not [s for s in SECRETS if s in out + err]


#: Ways of writing a log from our code: the logging module and Textual's log.
LOGGING = re.compile(
    r"^\s*(import logging|from logging|from textual import .*\blog\b)|\bself\.log\b|\bapp\.log\b|\btextual\.log\b", re.M
)


def test_our_code_writes_no_log() -> None:
    """Textual's own log goes to devtools or TEXTUAL_LOG only; we add nothing to it, and
    keep no log of our own (a log would copy what people type, contacts included)."""
    modules = sorted((ROOT / "tui").rglob("*.py"))
    found = [str(p.relative_to(ROOT)) for p in modules if LOGGING.search(p.read_text(encoding="utf-8"))]
    assert found == []
    assert LOGGING.search("from textual import log\n") and LOGGING.search("        self.log(value)\n")


def test_a_crash_report_shows_where_but_not_the_values_of_local_variables(sample: Path) -> None:
    """Textual's crash report lists each frame's local variables, and a stakeholder's
    contact could be one of them, on screen and in a pasted bug report."""
    secret = "081-999-8888 ของคุณสมพร"
    code = (
        "import sys\n"
        "from tui import app as app_module\n"
        "def crash(self):\n"
        f"    contact = {secret!r}\n"
        "    raise RuntimeError('a crash for the test: ' + str(len(contact)))\n"
        "app_module.PhakhiApp.action_help = crash\n"
        "from tui.cli import entry\n"
        f"sys.argv = ['phakhi', {str(sample)!r}]\n"
        "entry()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    process, terminal = spawn(["-c", code], env)
    try:
        read_until_quiet(terminal, 15)  # the first paint
        os.write(terminal, b"\x1bOP")  # F1: the crash
        process.wait(timeout=15)
        report = re.sub(rb"\x1b\[[0-9;?<>]*[A-Za-z]", b"", read_until_quiet(terminal, 5))  # colours off
    finally:
        if process.poll() is None:
            process.kill()
        os.close(terminal)
    assert b"Traceback" in report and b"a crash for the test: 23" in report  # the report is there ...
    assert secret.encode() not in report and b"081-999-8888" not in report  # ... without the value
