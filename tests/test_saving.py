"""The save state machine (tui/saving.py) on a clock the test moves and a document that only counts.

No terminal and no real time: :class:`FakeLoop` holds the timers and the
threads, and a thread's work runs when the test says it ends, so a save can
hang for as long as a test likes. :class:`FakeDocument` records what was
written and what went to the recovery copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tui.core import derived
from tui.core.document import Snapshot
from tui.core.i18n import tr
from tui.core.problems import ChangedOnDisk, ReadOnlyFile, SaveBusy, SaveFailed
from tui.core.vocab import Language
from tui.saving import Saving

DELAY = 0.5
MAX_WAIT = 0.6
SLOW = 3.0
#: The analysis waits for this long without edits (0 in most tests: they are about the saves).
QUIET = 1.0


@dataclass
class FakeTimer:
    at: float
    callback: Callable[[], object]
    stopped: bool = False

    def stop(self) -> None:
        self.stopped = True


@dataclass
class Job:
    """Work given to a thread: it runs, all of it, when the test ends it."""

    group: str
    work: Callable[[], object]
    started: float


@dataclass
class FakeLoop:
    time: float = 100.0
    timers: list[FakeTimer] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)

    def now(self) -> float:
        return self.time

    def after(self, delay: float, callback: Callable[[], object]) -> FakeTimer:
        timer = FakeTimer(self.time + delay, callback)
        self.timers.append(timer)
        return timer

    def worker(self, work: Callable[[], object], group: str, *, exit_on_error: bool = True) -> None:
        self.jobs.append(Job(group, work, self.time))

    def thread(self, work: Callable[[], object], name: str) -> None:
        self.jobs.append(Job(name, work, self.time))

    def back(self, callback: Callable[..., object], *args: object) -> None:
        callback(*args)

    def advance(self, seconds: float) -> None:
        """Move the clock on, calling each timer due meanwhile at its moment."""
        end = self.time + seconds
        while due := [t for t in self.timers if not t.stopped and t.at <= end + 1e-9]:
            timer = min(due, key=lambda t: t.at)
            self.timers.remove(timer)
            self.time = max(self.time, timer.at)
            timer.callback()
        self.time = end

    def running(self, group: str) -> list[Job]:
        return [job for job in self.jobs if job.group == group]

    def end(self, group: str) -> None:
        """The oldest thread of ``group`` does its work and ends."""
        job = self.running(group)[0]
        self.jobs.remove(job)
        job.work()


@dataclass
class FakeKeeper:
    """The recovery copy: the generations kept, in order; None when a copy cannot be written."""

    kept: list[int] = field(default_factory=list)
    generation: int | None = None
    broken: bool = False

    def keep(self, entries: str, generation: int) -> Path | None:
        if self.broken:
            return None
        self.kept.append(generation)
        self.generation = generation
        return Path("/state/copy.toml")

    def drop(self, saved: int) -> None:
        if self.generation is not None and saved >= self.generation:
            self.generation = None


class FakeDocument:
    """An editor generation, the generations written to the file, and a save that hangs
    while its thread has not ended (a save on purpose then finds the file busy)."""

    def __init__(self, loop: FakeLoop) -> None:
        self.loop = loop
        self.path = Path("/nowhere/workshop.toml")
        self.generation = 0
        self.saved_generation = 0
        self.written: list[int] = []
        #: Every save raises this, leaving the edits in the recovery copy.
        self.refusal: Exception | None = None
        self.keeper = FakeKeeper()
        self.analysis_wanted: str | None = None
        self.analyses: dict[str, object] = {}
        self.analysis_fails = False
        self.stopped = False

    def edit(self) -> None:
        self.generation += 1

    @property
    def dirty(self) -> bool:
        return self.generation != self.saved_generation

    @property
    def saving_since(self) -> float | None:
        saves = self.loop.running("save")
        return saves[0].started if saves else None

    def snapshot(self) -> Snapshot:
        return Snapshot(f"entries {self.generation}", self.generation)

    def save(self, *, snapshot: Snapshot | None = None, wait: float | None = None) -> None:
        if wait is not None and self.loop.running("save"):
            raise SaveBusy(str(self.path))
        entries, generation = snapshot or self.snapshot()
        if self.refusal is not None:
            self.keeper.keep(entries, generation)
            raise self.refusal
        self.written.append(generation)
        self.saved_generation = max(self.saved_generation, generation)
        self.keeper.drop(generation)
        self.analysis_wanted = None if derived.version(entries) in self.analyses else entries

    def work_out_analysis(self, entries: str) -> None:
        if self.analysis_fails:
            raise RuntimeError("no memory left")
        self.analyses[derived.version(entries)] = {"worked_out": True}

    def add_analysis(self) -> bool:
        self.analysis_wanted = None
        return True

    def stop_analysis(self) -> None:
        self.stopped = True


class FakeHost:
    lang = Language.EN

    def __init__(self) -> None:
        self.save_state = "status.saved"
        self.said: list[tuple[str, str]] = []
        self.asked = 0
        self.saving: Saving | None = None

    def notify(self, message: str, *, severity: str = "information", timeout: float | None = None) -> None:
        self.said.append((severity, message))

    def ask_about_conflict(self) -> None:
        self.asked += 1

    def autosave(self) -> None:
        assert self.saving is not None
        self.saving.autosave()


@dataclass
class Room:
    loop: FakeLoop
    document: FakeDocument
    host: FakeHost
    saving: Saving

    def edit(self) -> None:
        """What the editor does at each edit: a new generation, and the app tells its saving."""
        self.document.edit()
        self.saving.changed()

    def edit_and_autosave(self) -> None:
        """An edit, then quiet until its autosave has run to its end."""
        self.edit()
        self.loop.advance(DELAY)
        self.loop.end("save")


def make_room(analysis_quiet: float) -> Room:
    loop = FakeLoop()
    document = FakeDocument(loop)
    host = FakeHost()
    saving = Saving(
        document, host, loop, delay=DELAY, max_wait=MAX_WAIT, slow_seconds=SLOW, analysis_quiet=analysis_quiet
    )
    host.saving = saving
    return Room(loop, document, host, saving)


@pytest.fixture
def room() -> Room:
    return make_room(0.0)


@pytest.fixture
def quiet_room() -> Room:
    return make_room(QUIET)


def with_copy(message: str, kept: bool = True) -> str:
    return message + "\n" + tr(Language.EN, "recovery.kept" if kept else "recovery.not_kept")


def test_a_burst_of_keys_is_one_save_a_moment_after_the_last(room: Room) -> None:
    room.edit()
    assert room.host.save_state == "status.unsaved"
    room.loop.advance(0.05)
    room.edit()  # the first key's save is put off
    room.loop.advance(DELAY - 0.01)
    assert room.loop.running("save") == []
    room.loop.advance(0.01)  # DELAY after the last key
    assert [job.started for job in room.loop.running("save")] == [100.0 + 0.05 + DELAY]
    room.loop.end("save")
    assert room.document.written == [2]
    assert room.host.save_state == "status.saved"


def test_typing_without_a_pause_is_saved_the_longest_wait_after_its_first_key(room: Room) -> None:
    for _ in range(3):  # keys at 0, 0.2 and 0.4 s: never DELAY of quiet
        room.edit()
        room.loop.advance(0.2)
    assert [job.started for job in room.loop.running("save")] == [pytest.approx(100.0 + MAX_WAIT)]
    room.loop.end("save")
    assert room.document.written == [3]


def test_edits_made_while_a_save_runs_are_saved_next_by_one_save_after_it(room: Room) -> None:
    room.edit()
    room.loop.advance(DELAY)
    room.edit()
    room.loop.advance(DELAY)  # its autosave is due, and a save is still writing
    room.edit()
    room.loop.advance(DELAY)
    assert len(room.loop.running("save")) == 1  # one save at a time
    room.loop.end("save")
    assert room.document.written == [1]
    assert room.host.save_state == "status.unsaved"
    assert len(room.loop.running("save")) == 1  # the next one began as the first ended …
    room.loop.end("save")
    assert room.document.written == [1, 3]  # … from the newest edits
    assert room.host.save_state == "status.saved"


def test_a_save_that_hangs_keeps_the_newest_edits_in_a_recovery_copy_and_says_so_once(room: Room) -> None:
    room.edit()
    room.loop.advance(DELAY)
    room.loop.advance(SLOW - 0.01)
    assert room.host.save_state == "status.unsaved"  # slow, not stuck yet
    room.loop.advance(0.01)
    assert room.host.save_state == "status.slow"
    room.loop.end("recovery")
    assert room.document.keeper.kept == [1]
    assert room.host.said == [("information", with_copy(tr(Language.EN, "save.slow", path="workshop.toml")))]

    room.edit()  # typed while it hangs: kept too, and not said again
    assert room.host.save_state == "status.slow"
    room.loop.advance(SLOW)
    room.loop.end("recovery")
    assert room.document.keeper.kept == [1, 2]
    assert len(room.host.said) == 1
    room.loop.advance(SLOW)  # nothing new to keep
    assert room.loop.running("recovery") == []

    room.loop.end("save")  # the folder answers again: the edits made meanwhile follow
    room.loop.end("save")
    assert room.document.written == [1, 2]
    assert room.host.save_state == "status.saved"
    assert room.document.keeper.generation is None  # the copy is gone: the file holds it all
    assert [t for t in room.loop.timers if not t.stopped] == []  # and the watch has ended


def test_saves_one_after_another_for_longer_than_a_slow_save_are_not_stuck(room: Room) -> None:
    for _ in range(6):  # each save takes a second, and typing goes on: always one writing
        room.edit()
        room.loop.advance(1.0)
        room.loop.end("save")
        assert room.host.save_state != "status.slow"
    assert room.document.keeper.kept == []


def test_a_save_that_fails_says_why_and_that_the_edits_are_in_a_recovery_copy(room: Room) -> None:
    room.document.refusal = SaveFailed(str(room.document.path), "the disk is full")
    room.edit_and_autosave()
    assert room.host.save_state == "status.error"
    assert room.host.said == [("error", with_copy("the disk is full"))]
    assert room.document.keeper.kept == [1]

    room.document.keeper.broken = True  # not even the copy could be written: it says so
    room.document.keeper.generation = None
    room.edit_and_autosave()
    assert room.host.said[-1] == ("error", with_copy("the disk is full", kept=False))

    room.document.refusal = None  # the disk has room again
    room.edit_and_autosave()
    assert room.host.save_state == "status.saved"


def test_a_conflict_put_off_is_asked_again_only_on_a_save_on_purpose(room: Room) -> None:
    room.document.refusal = ChangedOnDisk(str(room.document.path), "changed elsewhere")
    room.edit_and_autosave()
    assert (room.host.save_state, room.host.asked) == ("status.error", 1)
    room.saving.conflict_put_off = True  # "decide later"
    room.edit_and_autosave()
    assert room.host.asked == 1
    assert not room.saving.save_now()
    assert room.host.asked == 2


def test_a_read_only_file_is_said_again_only_on_a_save_on_purpose(room: Room) -> None:
    room.document.refusal = ReadOnlyFile(str(room.document.path), "read-only")
    room.edit_and_autosave()
    assert room.host.save_state == "status.read_only"
    assert room.host.said == []
    assert not room.saving.save_now()
    assert room.host.said == [("warning", "read-only")]


def test_quit_saves_what_is_pending_and_goes(room: Room) -> None:
    room.edit()  # its autosave is not due yet
    assert room.saving.quit()
    assert room.document.written == [1]
    assert room.host.save_state == "status.saved"


def test_quit_while_a_save_hangs_keeps_the_edits_and_goes_only_when_asked_again(room: Room) -> None:
    room.edit()
    room.loop.advance(DELAY)  # the autosave hangs
    room.edit()
    assert not room.saving.quit()  # waiting on the hung save would freeze the app
    assert room.host.save_state == "status.slow"
    assert room.document.keeper.kept == [2]
    assert room.host.said == [("information", with_copy(tr(Language.EN, "save.stuck", path="workshop.toml")))]
    assert room.saving.quit()


def test_quit_after_a_failed_save_warns_once_then_goes(room: Room) -> None:
    room.document.refusal = SaveFailed(str(room.document.path), "the disk is full")
    room.edit_and_autosave()
    assert not room.saving.quit()
    assert room.saving.quit()


def test_the_analysis_of_what_was_saved_is_worked_out_then_written(room: Room) -> None:
    room.edit_and_autosave()
    assert room.document.analysis_wanted == "entries 1"
    room.loop.end("analysis")
    room.loop.end("save")  # the worked-out analysis, added to the file
    assert room.document.analysis_wanted is None
    assert room.loop.jobs == []


def test_an_analysis_that_fails_is_said_and_the_next_edits_are_worked_out_again(room: Room) -> None:
    room.document.analysis_fails = True
    room.edit_and_autosave()
    room.loop.end("analysis")
    assert room.host.said == [("warning", tr(Language.EN, "analysis.failed", reason="no memory left"))]
    assert room.document.analysis_wanted == "entries 1"  # the file says it is still on its way
    room.document.analysis_fails = False
    room.edit_and_autosave()
    room.loop.end("analysis")
    room.loop.end("save")
    assert room.document.analysis_wanted is None


def test_the_analysis_waits_until_edits_pause_and_is_worked_out_once_for_them_all(quiet_room: Room) -> None:
    room = quiet_room
    for _ in range(3):  # a name typed, scored, typed again: three saves, less than QUIET apart
        room.edit_and_autosave()
        room.loop.advance(0.3)
        assert room.loop.running("analysis") == []
    assert room.document.written == [1, 2, 3]
    room.loop.advance(QUIET - 0.3 - DELAY - 0.01)
    assert room.loop.running("analysis") == []
    room.loop.advance(0.02)  # QUIET after the last edit
    assert len(room.loop.running("analysis")) == 1
    room.loop.end("analysis")
    room.loop.end("save")
    assert room.document.analyses == {derived.version("entries 3"): {"worked_out": True}}  # only the last
    assert room.document.analysis_wanted is None
    assert room.loop.jobs == []


def test_an_edit_saved_while_the_analysis_waits_is_the_one_worked_out(quiet_room: Room) -> None:
    room = quiet_room
    room.edit_and_autosave()
    room.loop.advance(QUIET - DELAY - 0.1)
    room.edit()  # not saved yet when the first wait ends: nothing is worked out for entries 1
    room.loop.advance(0.2)
    assert room.loop.running("analysis") == []
    room.loop.advance(DELAY)
    room.loop.end("save")
    room.loop.advance(QUIET)
    room.loop.end("analysis")
    assert list(room.document.analyses) == [derived.version("entries 2")]


def test_an_app_going_while_the_analysis_waits_starts_none(quiet_room: Room) -> None:
    room = quiet_room
    room.edit_and_autosave()
    room.saving.stop()
    room.loop.advance(QUIET)
    assert room.loop.jobs == []


def test_an_analysis_stopped_because_the_app_is_going_is_not_a_failure(room: Room) -> None:
    room.document.analysis_fails = True
    room.edit_and_autosave()
    room.saving.stop()
    assert room.document.stopped
    room.loop.end("analysis")
    assert room.host.said == []
