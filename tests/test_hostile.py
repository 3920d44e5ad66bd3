"""Hostile files: every command on every case is refused at once, clearly, and cheaply.

The cases are the files in tests/hostile/ and, made here for each run (they
cannot be committed), a named pipe, links to /dev/zero and /dev/null, a
socket, a folder, and a file whose name holds escape sequences. Each command
(``check``, ``report``, ``map``, ``export``, ``screenshot``, ``demo``,
``import`` and ``phakhi FILE``, the app) runs as the real program on each
case and must: exit 2, name the file (written out visibly) and the problem,
print no traceback and no raw control byte, end within TIMEOUT seconds (a
pipe read the ordinary way would wait for ever), and stay under MAX_RSS_MB
resident (``/dev/zero`` read the ordinary way fills the memory).
The peak is the program's own, as Linux counts it (VmHWM).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tui.core.visible import visible

HOSTILE = Path(__file__).resolve().parent / "hostile"
TIMEOUT = 10.0
MAX_RSS_MB = 100
#: Raw control bytes no output may hold (line breaks and tabs are ours), nor an ESC in any form.
RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")


@dataclass(frozen=True)
class Case:
    name: str
    #: What the problem message says (English), checked on stderr.
    says: str
    #: Which commands read it: "workbook" (all eight) or "import" (a sheet or JSON file).
    reads: str = "workbook"


#: The committed cases and what must be said about each. Worked out by reading the files.
COMMITTED = [
    Case("long-number.toml", ":6:13: a whole number of 5000 digits, more than the 4300 that can be read"),
    Case("long-hex-number.toml", ":6:1: interest = 0xffffffffffffffff… is out of range"),
    Case("long-version.toml", ":2:11: a whole number of 5000 digits"),
    Case("escape-in-title.toml", ":4:1: title holds an invisible control character (U+001B)"),
    Case("long-number.json", ":3:58: a whole number of 5000 digits", reads="import"),
    Case("lone-surrogate.json", ":2: \\ud800 is half of a character", reads="import"),
    Case("escape-in-cell.csv", "invisible control character (U+001B)", reads="import"),
    Case("huge-cell.csv", "is 400 characters long, more than 300", reads="import"),
]
#: The cases made for each run: how to make one at a path, and what must be said.
MADE = {
    "fifo.toml": "this is a named pipe, not a file",
    "zero.toml": "this is a link to /dev/zero, a device, not a file",
    "null.toml": "this is a link to /dev/null, a device, not a file",
    "socket.toml": "this is a socket, not a file",
    "folder.toml": "this is a folder, not a file",
    "title\x1b]0;pwned\x07\x1b[2J.toml": "a whole number of 5000 digits",
}
COMMANDS = ("check", "report", "map", "export", "screenshot", "demo", "open", "import")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("hostile")
    os.mkfifo(folder / "fifo.toml")
    (folder / "zero.toml").symlink_to("/dev/zero")
    (folder / "null.toml").symlink_to("/dev/null")
    (folder / "folder.toml").mkdir()
    (folder / "title\x1b]0;pwned\x07\x1b[2J.toml").write_bytes((HOSTILE / "long-number.toml").read_bytes())
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(folder / "socket.toml"))
        yield folder


def cases() -> list[tuple[str, str, str]]:
    """(case, command, what must be said) for every command that reads the case: the
    committed workbooks by the seven commands that read workbooks, the committed sheets
    by ``import``, the made cases by all eight."""
    found = [
        (case.name, command, case.says)
        for case in COMMITTED
        for command in (COMMANDS[:-1] if case.reads == "workbook" else ("import",))
    ]
    found += [(name, command, says_of(name, says, command)) for name, says in MADE.items() for command in COMMANDS]
    return found


def says_of(name: str, says: str, command: str) -> str:
    """A file name with escapes is itself refused by a demo script (its ``workbook`` key), and
    its text (a workbook) is read by ``import`` as a sheet with a far too long cell."""
    if name.startswith("title"):
        return {"demo": "workbook holds an invisible control character", "import": "more than 300"}.get(command, says)
    return says


def argv(command: str, path: Path, work: Path) -> list[str]:
    if command == "open":
        return [str(path)]
    if command == "export":
        return ["export", str(path), "--format", "json"]
    if command == "screenshot":
        return ["screenshot", str(path), "-o", str(work / "shot.svg")]
    if command == "import":
        return ["import", str(path), "-o", str(work / "imported.toml")]
    if command == "demo":
        script = work / "demo.toml"
        script.write_text(f'[demo]\ntitle = "x"\nworkbook = {json_string(path)}\n[[steps]]\ncaption = "x"\n')
        return ["demo", str(script)]
    return [command, str(path)]


def json_string(path: Path) -> str:
    """A TOML basic string holding ``path`` (control characters escaped, as TOML wants)."""
    import json

    return json.dumps(str(path))


@dataclass(frozen=True)
class Run:
    status: int
    out: bytes
    err: bytes
    seconds: float
    rss_mb: float


#: The command as installed (tui.cli.entry), which on its way out notes its peak resident
#: memory since it started (VmHWM). Not the rusage of the child: Linux carries the peak of
#: the process that forked it (this test run, hundreds of MB by now) across the exec.
PEAK_AT_EXIT = (
    "import atexit, sys\n"
    "def peak():\n"
    "    line = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
    "    open('peak', 'w').write(line.split()[1])\n"
    "atexit.register(peak)\n"
    "sys.argv[0] = 'phakhi'\n"
    "from tui.cli import entry\n"
    "entry()\n"
)


def run(args: list[str], work: Path) -> Run:
    """The real program, without a terminal, and its peak resident memory."""
    out_file, err_file = work / "stdout", work / "stderr"
    with out_file.open("wb") as out, err_file.open("wb") as err:
        started = time.monotonic()
        try:
            status = subprocess.run(
                [sys.executable, "-c", PEAK_AT_EXIT, *args],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                cwd=work,
                env={**os.environ, "LANG": "C.UTF-8", "PHAKHI_LANG": "en", "COLUMNS": "80"},
                timeout=TIMEOUT,
            ).returncode
        except subprocess.TimeoutExpired:
            pytest.fail(f"phakhi {' '.join(map(visible, args))} did not end within {TIMEOUT} s")
        seconds = time.monotonic() - started
    rss_mb = int((work / "peak").read_text()) / 1024
    return Run(status, out_file.read_bytes(), err_file.read_bytes(), seconds, rss_mb)


@pytest.mark.parametrize(("case", "command", "says"), cases(), ids=lambda v: visible(v) if isinstance(v, str) else v)
def test_every_command_refuses_every_hostile_case_at_once_and_clearly(
    case: str, command: str, says: str, made: Path, tmp_path: Path
) -> None:
    path = made / case if case in MADE else HOSTILE / case
    result = run(argv(command, path, tmp_path), tmp_path)
    err = result.err.decode("utf-8")
    assert result.status == 2, err
    named = tmp_path / "demo.toml" if command == "demo" and case.startswith("title") else path
    assert visible(str(named)) in err
    assert says in err
    assert b"Traceback" not in result.out + result.err
    assert not RAW_CONTROL.search(result.out + result.err)
    assert result.rss_mb < MAX_RSS_MB
    assert not (tmp_path / "imported.toml").exists() and not (tmp_path / "shot.svg").exists()


def test_the_case_table_covers_every_committed_file() -> None:
    assert sorted(case.name for case in COMMITTED) == sorted(p.name for p in HOSTILE.iterdir())
