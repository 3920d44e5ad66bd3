"""Recovery copies and the autosave bound, without a terminal.

A save that fails (a folder that refuses files, a full disk, another
session's version on disk) keeps the edits in an owner-only recovery copy;
a later successful save removes it; the next start finds the copy if it
holds something the file does not; `phakhi check` mentions it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from fault_helpers import deny_folder

from tui.cli import main
from tui.core import recovery, store
from tui.core.autosave import QUICKEST, AutosaveClock
from tui.core.document import Document
from tui.core.edit import Editor
from tui.core.model import Workbook
from tui.core.problems import ChangedOnDisk, SaveFailed
from tui.core.vocab import Language


def saves_at(clock: AutosaveClock, changes: list[float], until: float) -> list[float]:
    """When the saves happen for changes at these times: a timer restarted on each change."""
    saves: list[float] = []
    due: float | None = None
    for now in [*changes, until]:
        if due is not None and due <= now:
            saves.append(due)
            clock.saving()
            due = None
        if now < until:
            due = now + clock.changed(now)
    return saves


# -- the autosave clock --


def test_a_pause_in_typing_saves_after_the_delay() -> None:
    clock = AutosaveClock(delay=0.5, max_wait=1.0)
    assert saves_at(clock, [0.0, 0.1, 0.2], until=5) == [0.7]


def test_typing_without_a_pause_still_saves_every_max_wait() -> None:
    clock = AutosaveClock(delay=0.5, max_wait=1.0)
    keys = [i / 10 for i in range(35)]  # ten keys a second for 3.5 s, never a pause
    saves = saves_at(clock, keys, until=10)
    assert saves == pytest.approx([1.0, 2.0, 3.0, 3.9])  # the last after the keys stop


def test_a_delay_longer_than_the_bound_is_kept() -> None:
    clock = AutosaveClock(delay=60, max_wait=1.0)  # someone chose a long delay (a slow network folder)
    assert clock.changed(0.0) == 60
    assert clock.changed(30.0) == 30


def test_slow_saves_bring_the_save_forward_so_the_edit_lands_within_the_promise() -> None:
    clock = AutosaveClock(delay=0.5, max_wait=0.6)
    assert clock.changed(0.0) == 0.5  # a pause saves after the delay …
    assert clock.longest_wait() == 0.6  # … typing on, after 0.6 s at most
    clock.saved(0.3)  # a save took 0.3 s: room for one twice as slow within a second
    assert clock.longest_wait() == pytest.approx(0.4)
    clock.saved(2.0)  # a network folder: never more often than a quarter of a second
    assert clock.longest_wait() == QUICKEST
    clock.saved(0.01)
    assert clock.longest_wait() == 0.6


def test_before_any_save_the_files_size_stands_in_for_the_save_time() -> None:
    small, province = AutosaveClock(delay=0.5, max_wait=0.6), AutosaveClock(delay=0.5, max_wait=0.6)
    small.expect(340_000)  # the large sample
    province.expect(3_300_000)  # 3000 stakeholders
    assert small.longest_wait() == 0.6
    assert province.longest_wait() == QUICKEST


def test_a_chosen_long_delay_is_kept_however_slow_saves_are() -> None:
    clock = AutosaveClock(delay=60, max_wait=1.0)
    clock.saved(2.0)
    assert clock.changed(0.0) == 60


# -- the document keeps a copy when it cannot save --


def test_a_failed_save_keeps_an_owner_only_copy_and_a_good_save_removes_it(
    tmp_path: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.toml"
    document = Document.open(path, Language.TH)
    document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    with monkeypatch.context() as patched:
        deny_folder(patched, tmp_path)
        with pytest.raises(SaveFailed):
            document.save()
    assert not path.exists()
    [found] = recovery.copies(path)
    assert found.file.parent == state_dir / "recovery"
    assert stat.S_IMODE(found.file.stat().st_mode) == 0o600
    assert found.workbook_path == path.absolute()
    assert [s.name for s in found.workbook().stakeholders] == ["กลุ่มเกษตรอินทรีย์"]
    assert store.load(found.file)[0] == document.workbook  # the copy is itself a workbook file
    document.save()
    assert recovery.copies(path) == []


def test_a_conflict_keeps_a_copy_with_the_latest_edits(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    Document.open(path, Language.EN).save()
    document = Document.open(path)
    path.write_text(path.read_text(encoding="utf-8") + "# someone else\n", encoding="utf-8")
    for title in ("one", "two"):
        document.editor.set_project("title", title)
        with pytest.raises(ChangedOnDisk):
            document.save(snapshot=document.snapshot())
    [found] = recovery.copies(path)
    assert found.workbook().project.title == "two"
    document.discard_recovery()  # e.g. the user reloaded the other version
    assert recovery.copies(path) == []


def test_an_older_snapshot_finishing_last_does_not_overwrite_a_newer_save(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    document = Document.open(path, Language.EN)
    document.editor.set_project("title", "old")
    older = document.snapshot()
    document.editor.set_project("title", "new")
    document.save(snapshot=document.snapshot())
    document.save(snapshot=older)
    assert store.load(path)[0].project.title == "new"


def test_copies_of_two_sessions_and_two_files_never_mix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one, other = tmp_path / "one.toml", tmp_path / "other.toml"
    first = recovery.Keeper(one)
    first.keep(store.entries_text(Workbook(language=Language.EN)), 1)
    monkeypatch.setattr(os, "getpid", lambda: 1)
    second = recovery.Keeper(one)
    second.keep(store.entries_text(Workbook(language=Language.TH)), 1)
    recovery.Keeper(other).keep(store.entries_text(Workbook()), 1)
    assert first.file != second.file
    assert {c.file for c in recovery.copies(one)} == {first.file, second.file}
    second.drop()
    assert [c.file for c in recovery.copies(one)] == [first.file]


# -- the next start --


def test_waiting_offers_a_copy_that_differs_and_tidies_one_that_does_not(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    on_disk = Workbook(language=Language.EN)
    store.save(on_disk, path, store.NO_FILE)
    same = recovery.Keeper(path)
    same.keep(store.entries_text(on_disk), 1)
    assert recovery.waiting(path, on_disk, tidy=False) is None
    assert same.file.exists()  # check only looks
    assert recovery.waiting(path, on_disk) is None
    assert not same.file.exists()  # nothing in it the file lacks: removed
    edited = Workbook(language=Language.EN)
    edited.project.title = "edited"
    recovery.Keeper(path).keep(store.entries_text(edited), 2)
    found = recovery.waiting(path, on_disk)
    assert found is not None and found.workbook().project.title == "edited"
    assert recovery.waiting(path, None) == found  # no file at all: any copy is worth offering


def test_a_damaged_copy_or_a_stranger_is_not_offered(tmp_path: Path, state_dir: Path) -> None:
    path = tmp_path / "w.toml"
    keeper = recovery.Keeper(path)
    keeper.keep(store.entries_text(Workbook()), 1)
    keeper.file.write_text(keeper.file.read_text(encoding="utf-8") + "influence = [\n", encoding="utf-8")
    assert recovery.waiting(path, None) is None
    assert keeper.file.exists()  # not ours to delete: the user may want to mend it
    stranger = keeper.file.with_name(keeper.file.name.replace(".toml", "-x.toml"))
    stranger.write_text("title = 'not a recovery copy'\n", encoding="utf-8")
    assert recovery.read(stranger) is None


def test_the_copy_of_a_session_still_running_is_offered_only_once_it_has_ended(tmp_path: Path) -> None:
    """Two sessions on one file: the one whose save failed still holds the edits and
    may save them any moment; a second session must not restore them behind its back."""
    path = tmp_path / "w.toml"
    edited = Workbook(language=Language.EN)
    edited.project.title = "edited"

    def copy_of(process: subprocess.Popen) -> Path:
        keeper = recovery.Keeper(path)
        keeper.keep(store.entries_text(edited), 1)
        return keeper.file.rename(keeper.file.with_name(f"{keeper.file.stem.rsplit('-', 1)[0]}-{process.pid}.toml"))

    session = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # phakhi"])
    try:
        theirs = copy_of(session)
        assert recovery.waiting(path, None) is None
        assert theirs.exists()
    finally:
        session.kill()
        session.wait()
    found = recovery.waiting(path, None)
    assert found is not None and found.file == theirs
    theirs.unlink()
    stranger = subprocess.Popen(["sleep", "60"])  # a live pid that is not Phakhi (a pid is reused)
    try:
        assert recovery.waiting(path, None) is None  # (no copy yet)
        copy_of(stranger)
        assert recovery.waiting(path, None) is not None
    finally:
        stranger.kill()
        stranger.wait()


def test_set_aside_keeps_the_copy_out_of_the_way(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    keeper = recovery.Keeper(path)
    keeper.keep(store.entries_text(Workbook()), 1)
    [found] = recovery.copies(path)
    moved = recovery.set_aside(found)
    assert moved.parent.name == recovery.SET_ASIDE and moved.exists()
    assert recovery.copies(path) == []


def test_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PHAKHI_STATE_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert recovery.folder() == tmp_path / "xdg" / "phakhi" / "recovery"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert recovery.folder() == tmp_path / "home" / ".local" / "state" / "phakhi" / "recovery"


def test_restore_is_one_undoable_change() -> None:
    before = Workbook(language=Language.TH)
    editor = Editor(before)
    kept = Workbook(language=Language.TH)
    kept.project.title = "ผักอินทรีย์"
    editor_copy = Editor(kept)
    editor_copy.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    change = editor.restore(kept)
    assert change is not None and change.label == "กู้คืนงานจากสำเนา"
    assert editor.workbook == kept
    editor.undo()
    assert editor.workbook == Workbook(language=Language.TH)
    assert editor.restore(Workbook(language=Language.TH)) is None  # nothing to restore


# -- phakhi check --


@pytest.mark.parametrize(("lang", "words"), [("en", "a recovery copy from"), ("th", "มีสำเนากู้คืนจาก")])
def test_check_mentions_a_waiting_copy_without_changing_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    path = tmp_path / "w.toml"
    store.save(Workbook(), path, store.NO_FILE)
    assert main(["check", str(path), "--lang", lang]) == 0
    assert capsys.readouterr().err == ""
    edited = Workbook()
    edited.project.title = "edited"
    recovery.Keeper(path).keep(store.entries_text(edited), 1)
    assert main(["check", str(path), "--lang", lang]) == 0
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and words in err and f"phakhi {path}" in err
    assert len(recovery.copies(path)) == 1
