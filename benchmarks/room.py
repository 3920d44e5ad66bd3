"""A workshop room on one server: many sessions typing a worksheet at once.

    uv run python benchmarks/room.py                      # 1, 10, 20 and 40 sessions
    uv run python benchmarks/room.py --sessions 1 5 --seconds 30
    uv run python benchmarks/room.py --service            # sessions of a server: one analysis service
    uv run python benchmarks/room.py --sessions 1 --by-key  # and each kind of key's times

When the facilitator says "now score your stakeholders", thirty or forty
participants type at the same moment on one small server. Each session here
is the real command in a pseudo-terminal of 80x24 on its own copy of the Thai
sample, typing a worksheet round and round at a person's pace (``--rate``
keys a second, 5 by default): a new stakeholder's name in step 2, four
scores in step 5, three moves between stakeholders on the map. Each key waits for its frame (the
output it causes, ended by QUIET seconds without more) before the next,
as a person waits to see what they typed.

It prints, for each number of sessions: the time from a key to the last byte
of its frame (median, 95th and 99th percentiles, the longest), the keys a
second each session kept up, the processor used (in cores, from /proc), the
processor time per key, each session's resident memory at the end, sessions
that froze (no frame for FROZEN seconds, or still running QUIT_WAIT seconds
after ctrl+q), and keys lost or misplaced: after ctrl+q every saved file is
checked against what its session typed (every name, in order and whole; the
last round's scores on the first rows, the rows after untouched).

With ``--service`` the sessions are those of ``phakhi serve`` or ``phakhi
workshop``: one analysis service (tui/core/analysis_service.py) works out the
analyses and the map's clusters of them all, and its processor time counts in
the processor used and per key; its resident memory is printed under the row.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bytes_meter import ROOT, SAMPLE, Session, compiled

sys.path.insert(0, str(ROOT))
from tui.core import store  # noqa: E402
from tui.core.analysis_service import SOCKET_VARIABLE, running  # noqa: E402

#: Seconds without output that end a key's frame.
QUIET = 0.05
#: Seconds without any frame after a key (or without quitting after ctrl+q): frozen.
FROZEN = 20.0
#: Seconds forty sessions get to save and quit at once: each needs about half a second of
#: a processor, and they share two.
QUIT_WAIT = 60.0
#: Scores typed in each round of step 5, on the first rows; each round types other digits.
SCORES_A_ROUND = 4


@dataclass
class Typist:
    """One session: what it typed, how long each key took, what it cost."""

    number: int
    path: Path
    latencies: list[float] = field(default_factory=list)
    #: The key each latency was of, as the worksheet names it ("m", "escape", "5", a letter).
    keys: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    scores: list[int] = field(default_factory=list)  # the last round's
    frozen: bool = False
    frozen_at: str = ""  # where it froze, for the report
    cpu_seconds: float = 0.0
    seconds: float = 0.0  # from the first key to the end of the last round
    rss_mb: float = 0.0
    networkx: bool = False  # it loaded networkx: worked out an analysis itself
    wrong: list[str] = field(default_factory=list)

    def rounds(self):
        """The worksheet's keys, round after round, each with what it adds to the record."""
        count = 0
        while True:
            count += 1
            name = f"ห้อง{self.number}-{count}"
            yield "2", ("round", count)
            for character in name:
                yield character, None
            yield "enter", ("name", name)
            yield "escape", None
            yield "5", None
            digits = [(self.number + count + row) % 5 + 1 for row in range(SCORES_A_ROUND)]
            for digit in digits:
                yield str(digit), None
            yield "escape", ("scored", digits)
            yield "m", None
            for move in ("tab", "tab", "tab"):  # from stakeholder to stakeholder: the map always moves
                yield move, None
            yield "escape", None


def cpu_seconds(pid: int) -> float:
    """Processor time the process and its finished children (a big workbook's analyses)
    have used so far, user and system, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def loaded_networkx(pid: int) -> bool:
    """Whether the process has imported networkx, told from outside: networkx's import loads
    Python's XML accelerator (``_elementtree``), which nothing else a session does loads."""
    with contextlib.suppress(OSError):
        return "/_elementtree." in Path(f"/proc/{pid}/maps").read_text()
    return False


def type_worksheet(typist: Typist, session: Session, seconds: float, rate: float, start: threading.Barrier) -> None:
    """Type round after round for ``seconds``, at most ``rate`` keys a second, each key after its frame."""
    start.wait()
    cpu_before = cpu_seconds(session.process.pid)
    began = time.monotonic()
    end = began + seconds
    recent: list[str] = []
    for key, record in typist.rounds():
        if record is not None and record[0] == "round" and time.monotonic() >= end:
            break  # a whole round or none: the check reads whole rounds
        sent = time.monotonic()
        session.send(key)
        _, cut = session.read(QUIET, FROZEN, need_output=True)
        if cut:
            typist.frozen = True
            typist.frozen_at = f"no frame for {FROZEN:.0f} s after {key!r} (the keys before: {recent})"
            return
        recent = [*recent[-7:], key]
        typist.latencies.append(session.last_output - sent)
        typist.keys.append(key)
        if record is not None:
            kind, value = record
            if kind == "name":
                typist.names.append(value)
            elif kind == "scored":
                typist.scores = value
        time.sleep(max(0.0, sent + 1 / rate - time.monotonic()))
    typist.seconds = time.monotonic() - began
    typist.cpu_seconds = cpu_seconds(session.process.pid) - cpu_before
    typist.rss_mb = rss_mb(session.process.pid)
    typist.networkx = loaded_networkx(session.process.pid)


def check(typist: Typist, before: store.Workbook) -> None:
    """What the saved file holds against what the session typed."""
    try:
        saved = store.load(typist.path)[0]
    except Exception as error:  # noqa: BLE001 - a file that does not load is a finding, not a crash
        typist.wrong.append(f"does not load: {error}")
        return
    added = [s.name for s in saved.stakeholders[len(before.stakeholders) :]]
    if added != typist.names:
        typist.wrong.append(f"names {added} != typed {typist.names}")
    influence = [s.influence for s in saved.stakeholders[: len(before.stakeholders)]]
    expected = typist.scores + [s.influence for s in before.stakeholders[len(typist.scores) :]]
    if influence != expected:
        typist.wrong.append(f"scores {influence} != typed {expected}")


def quit_all(sessions: list[Session], typists: list[Typist]) -> None:
    """ctrl+q in every session; one still running QUIT_WAIT seconds later froze."""
    for session in sessions:
        if session.alive():
            session.send("ctrl+q")
    deadline = time.monotonic() + QUIT_WAIT
    for session, typist in zip(sessions, typists, strict=True):
        while session.process.poll() is None and time.monotonic() < deadline:
            session.read_for(0.05)
        if session.process.poll() is None:
            typist.frozen = True
            typist.frozen_at = typist.frozen_at or f"still running {QUIT_WAIT:.0f} s after ctrl+q"
        session.close()


#: A session that used less processor than this in a second is quiet.
QUIET_CPU = 0.005
#: Seconds in a row every session must be quiet: longer than a session waits, untouched,
#: before it makes its places ready (tui/ready_ahead.py QUIET).
QUIET_SECONDS = 3
#: Seconds the sessions get to become quiet before the typing starts anyway.
SETTLE_WAIT = 120.0


def settled(sessions: list[Session]) -> float:
    """Wait until every session has been quiet for :data:`QUIET_SECONDS`: in a room the participants open
    the app, and start typing when the facilitator says so, not in the same second. Meanwhile
    each session makes ready the places the worksheet goes to (tui/ready_ahead.py) once its
    user has typed nothing for a second. The seconds waited are returned."""
    began = time.monotonic()
    before = [cpu_seconds(session.process.pid) for session in sessions]
    quiet_seconds = 0
    while time.monotonic() - began < SETTLE_WAIT and quiet_seconds < QUIET_SECONDS:
        time.sleep(1.0)
        now = [cpu_seconds(session.process.pid) for session in sessions]
        quiet = all(after - earlier < QUIET_CPU for earlier, after in zip(before, now, strict=True))
        quiet_seconds = quiet_seconds + 1 if quiet else 0
        before = now
    return time.monotonic() - began


@dataclass
class Service:
    """The analysis service of a room's sessions (``--service``): what it cost."""

    pid: int
    cpu_seconds: float = 0.0
    rss_mb: float = 0.0


@contextlib.contextmanager
def analysis_service(folder: Path) -> Iterator[str | None]:
    """A service keeping its parsed copies where the room's sessions keep theirs, as a server's does."""
    kept = {name: os.environ.get(name) for name in ("PHAKHI_STATE_DIR", "PHAKHI_CACHE_DIR")}
    os.environ.update(PHAKHI_STATE_DIR=str(folder / "state"), PHAKHI_CACHE_DIR=str(folder / "cache"))
    try:
        with running() as address:
            yield address
    finally:
        for name, value in kept.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def service_pid(address: str) -> int:
    """The service listening at ``address``, found by its command line."""
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            if entry.name.isdigit() and address.encode() in (entry / "cmdline").read_bytes().split(b"\0"):
                return int(entry.name)
    raise LookupError(address)


def room(
    count: int, seconds: float, rate: float, folder: Path, address: str | None = None, *, settle: bool = True
) -> tuple[list[Typist], Service | None, float]:
    """``address``: the analysis service's socket the sessions are given, if any; ``settle``:
    the typing starts once every session is open and quiet (:func:`settled`): the seconds that
    took are returned with the typists and the service."""
    env = {"PHAKHI_STATE_DIR": str(folder / "state"), "PHAKHI_CACHE_DIR": str(folder / "cache")}
    service = None
    if address is not None:
        env[SOCKET_VARIABLE] = address
        service = Service(service_pid(address))
    typists: list[Typist] = []
    sessions: list[Session] = []
    compiled()
    for number in range(count):
        path = folder / f"group-{count}-{number}.toml"
        shutil.copy(SAMPLE, path)
        typists.append(Typist(number, path))
        sessions.append(Session([sys.executable, "-m", "tui", str(path), "--lang", "en"], 80, 24, env))
    for session in sessions:
        session.read(QUIET * 4, 60.0, need_output=True)  # the first paint
    quiet_after = settled(sessions) if settle else 0.0
    start = threading.Barrier(count)
    threads = [
        threading.Thread(target=type_worksheet, args=(typist, session, seconds, rate, start))
        for typist, session in zip(typists, sessions, strict=True)
    ]
    service_before = cpu_seconds(service.pid) if service is not None else 0.0
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if service is not None:
        service.cpu_seconds = cpu_seconds(service.pid) - service_before
        service.rss_mb = rss_mb(service.pid)
    quit_all(sessions, typists)
    before = store.load(SAMPLE)[0]
    for typist in typists:
        check(typist, before)
    return typists, service, quiet_after


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def report(count: int, typists: list[Typist], service: Service | None = None) -> tuple[str, list[str]]:
    """The table's row for this many sessions, and what each wrong file holds."""
    latencies = [ms for t in typists for ms in t.latencies]
    keys = len(latencies)
    cpu = sum(t.cpu_seconds for t in typists) + (service.cpu_seconds if service is not None else 0.0)
    seconds = max(t.seconds for t in typists) or float("nan")
    pace = statistics.median(len(t.latencies) / t.seconds for t in typists if t.seconds) if keys else 0.0
    ms = [value * 1000 for value in latencies]
    wrong = [f"session {t.number}: {w}" for t in typists for w in t.wrong]
    wrong += [f"session {t.number} froze: {t.frozen_at}" for t in typists if t.frozen]
    return (
        f"| {count} | {percentile(ms, 0.5):.0f} / {percentile(ms, 0.95):.0f} / {percentile(ms, 0.99):.0f} / "
        f"{max(ms, default=float('nan')):.0f} ms | {pace:.2f} | {cpu / seconds:.2f} | "
        f"{1000 * cpu / max(keys, 1):.1f} ms | {statistics.median(t.rss_mb for t in typists):.0f} MB | "
        f"{sum(t.frozen for t in typists)} | {sum(bool(t.wrong) for t in typists)} |"
    ), wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 10, 20, 40])
    parser.add_argument("--seconds", type=float, default=60.0, help="typing time of each run")
    parser.add_argument("--rate", type=float, default=5.0, help="keys a second each session types at most")
    parser.add_argument("--service", action="store_true", help="the sessions share one analysis service")
    parser.add_argument(
        "--no-settle", action="store_true", help="type from the first frames on, not once the sessions are quiet"
    )
    parser.add_argument("--by-key", action="store_true", help="and each key's times, slowest p95 first")
    args = parser.parse_args()
    print(
        f"{os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.2f}; "
        f"{args.seconds:.0f} s of typing at {args.rate:g} keys/s a session"
        + ("; one analysis service for all" if args.service else "")
    )
    print(
        "| sessions | key→frame p50 / p95 / p99 / max | keys/s each | CPU used (cores) | CPU per key "
        "| RSS per session | frozen | sessions with keys lost or misplaced |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for count in args.sessions:
        with (
            tempfile.TemporaryDirectory(prefix="phakhi-room-") as folder,
            analysis_service(Path(folder)) if args.service else contextlib.nullcontext() as address,
        ):
            typists, service, quiet_after = room(
                count, args.seconds, args.rate, Path(folder), address, settle=not args.no_settle
            )
            line, wrong = report(count, typists, service)
        print(line, flush=True)
        if not args.no_settle:
            print(f"    the sessions were open and quiet {quiet_after:.0f} s after their first frames")
        if service is not None:
            print(f"    the analysis service: {service.rss_mb:.0f} MB, {service.cpu_seconds:.1f} s of processor")
        print(f"    sessions that loaded networkx: {sum(t.networkx for t in typists)} of {count}")
        for finding in wrong:
            print(f"    {finding}", file=sys.stderr)
        if args.by_key:
            print_by_key(typists)


def print_by_key(typists: list[Typist]) -> None:
    """Each kind of key of the worksheet: how often it was typed and its key→frame p50 / p95 /
    max, the slowest p95 first."""
    times: dict[str, list[float]] = {}
    for typist in typists:
        where = "home"
        for key, seconds in zip(typist.keys, typist.latencies, strict=True):
            if where == "home":
                kind, where = f"home → {key}", {"2": "step 2", "5": "step 5", "m": "the map"}.get(key, key)
            elif key == "escape":
                kind, where = f"{where} → home", "home"
            elif len(key) == 1:
                kind = f"{where}: {'a score' if where == 'step 5' else 'a letter'}"
            else:
                kind = f"{where}: {key}"
            times.setdefault(kind, []).append(seconds * 1000)
    print("    | key | typed | key→frame p50 / p95 / max |")
    for kind, ms in sorted(times.items(), key=lambda item: -percentile(item[1], 0.95)):
        print(f"    | {kind} | {len(ms)} | {percentile(ms, 0.5):.0f} / {percentile(ms, 0.95):.0f} / {max(ms):.0f} ms |")


if __name__ == "__main__":
    main()
