"""The app as a user drives it: keys in, words on screen, bytes in the saved file."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from tui import app as app_module
from tui.app import make_app
from tui.core import recovery, store
from tui.core.document import Document
from tui.core.i18n import tr
from tui.core.model import Stakeholder, Workbook
from tui.core.vocab import Language, Sector
from tui.screens.conflict import ConflictDialog
from tui.screens.help import HelpScreen
from tui.widgets.keybar import KeyBar

SIZE = (80, 24)


pytestmark = pytest.mark.usefixtures("quick_autosave")


@pytest.fixture
def workbook_file(tmp_path: Path) -> Path:
    workbook = Workbook(language=Language.TH)
    workbook.project.title = "เกษตรอินทรีย์ส่งโรงพยาบาล"
    workbook.stakeholders.append(Stakeholder("s1", "นายก ทม.", Sector.GOVERNMENT))
    path = tmp_path / "workshop.toml"
    store.save(workbook, path, store.NO_FILE)
    return path


def option_texts(app) -> list[str]:
    steps = app.screen.query_one("#steps", OptionList)
    return [str(steps.get_option_at_index(i).prompt) for i in range(steps.option_count)]


async def test_home_lists_the_seven_steps_in_the_workbook_language(workbook_file: Path) -> None:
    app = make_app(Document.open(workbook_file))
    async with app.run_test(size=SIZE):
        texts = option_texts(app)
        assert texts[0].strip() == "1  ระบุวัตถุประสงค์ ประเด็นของการวิเคราะห์"
        assert texts[6].strip() == "7  พิจารณาแนวทางการเข้าหา สร้างความสัมพันธ์"
        title = str(app.screen.query_one("#title", Static).render())
        assert "เกษตรอินทรีย์ส่งโรงพยาบาล" in title


async def test_ctrl_t_switches_language_everywhere(workbook_file: Path) -> None:
    app = make_app(Document.open(workbook_file))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+t")
        assert app.lang is Language.EN
        assert option_texts(app)[1].strip() == "2  Identify stakeholders"
        assert "Help" in str(app.screen.query_one(KeyBar).render())
        await pilot.press("ctrl+t")
        assert option_texts(app)[1].strip() == "2  ค้นหาผู้มีส่วนได้ส่วนเสีย"
        assert "วิธีใช้" in str(app.screen.query_one(KeyBar).render())


async def test_lang_option_overrides_the_workbook_language(workbook_file: Path) -> None:
    app = make_app(Document.open(workbook_file), Language.EN)
    async with app.run_test(size=SIZE):
        assert option_texts(app)[4].strip() == "5  Assess power"


async def test_f1_shows_the_keys_of_the_current_screen_and_escape_closes(workbook_file: Path) -> None:
    app = make_app(Document.open(workbook_file), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        shown = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "Quit" in shown and "Language" in shown and "Objective of the analysis" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_an_edit_is_autosaved_and_undone_with_ctrl_z(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        document.editor.set_project("title", "โครงการใหม่")
        assert app.save_state == "status.unsaved"
        await pilot.pause(0.2)
        assert app.save_state == "status.saved"
        assert store.load(workbook_file)[0].project.title == "โครงการใหม่"
        assert "โครงการใหม่" in str(app.screen.query_one("#title", Static).render())
        await pilot.press("ctrl+z")
        await pilot.pause(0.2)
        assert store.load(workbook_file)[0].project.title == "เกษตรอินทรีย์ส่งโรงพยาบาล"
        await pilot.press("ctrl+y")
        await pilot.pause(0.2)
        assert store.load(workbook_file)[0].project.title == "โครงการใหม่"


async def test_an_undo_is_named_in_the_language_on_screen_not_the_one_it_was_made_in(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        document.editor.update_stakeholder(document.workbook.stakeholders[0].id, "access", "ทางไลน์")
        await pilot.press("ctrl+t")  # made in Thai, undone in English
        await pilot.press("ctrl+z")
        await pilot.pause(0.1)
        said = [str(n.message) for n in app._notifications]
        assert "Undone: edit How to reach them" in said, said
        await pilot.press("ctrl+t", "ctrl+y")
        await pilot.pause(0.1)
        said = [str(n.message) for n in app._notifications]
        assert "ทำซ้ำ: แก้ไข เข้าถึงภาคีได้อย่างไร" in said, said


async def changed_elsewhere(pilot, document: Document, workbook_file: Path) -> str:
    """Another session rewrites the file; then we edit and the autosave meets it."""
    someone_else = workbook_file.read_text(encoding="utf-8").replace("เกษตรอินทรีย์", "งานของคนอื่น")
    workbook_file.write_text(someone_else, encoding="utf-8")
    document.editor.set_project("objective", "ของเรา")
    await pilot.pause(0.3)
    return someone_else


async def test_a_file_changed_on_disk_is_not_overwritten_and_the_user_is_asked(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        someone_else = await changed_elsewhere(pilot, document, workbook_file)
        assert isinstance(app.screen, ConflictDialog)
        assert app.save_state == "status.error"
        assert workbook_file.read_text(encoding="utf-8") == someone_else
        await pilot.press("escape")  # decide later: nothing is written
        assert workbook_file.read_text(encoding="utf-8") == someone_else
        assert "บันทึกไม่ได้" in str(app.screen.query_one(KeyBar).render())


async def test_conflict_save_as_keeps_both_versions(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        someone_else = await changed_elsewhere(pilot, document, workbook_file)
        await pilot.press("enter")  # the first choice: save as a new file
        await pilot.pause(0.1)
        ours = workbook_file.with_name("workshop-2.toml")
        assert store.load(ours)[0].project.objective == "ของเรา"
        assert workbook_file.read_text(encoding="utf-8") == someone_else
        assert app.save_state == "status.saved"
        document.editor.set_project("area", "ตำบลน้ำน้อย")  # later edits go to the new file
        await pilot.pause(0.3)
    assert store.load(ours)[0].project.area == "ตำบลน้ำน้อย"
    assert workbook_file.read_text(encoding="utf-8") == someone_else


async def test_conflict_overwrite_on_purpose(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await changed_elsewhere(pilot, document, workbook_file)
        await pilot.press("down", "enter")
        await pilot.pause(0.1)
    assert store.load(workbook_file)[0].project.objective == "ของเรา"


async def test_conflict_reload_shows_the_other_version(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await changed_elsewhere(pilot, document, workbook_file)
        await pilot.press("down", "down", "enter")
        await pilot.pause(0.1)
        assert app.document is not document
        assert app.document.workbook.project.title == "งานของคนอื่นส่งโรงพยาบาล"
        assert app.document.workbook.project.objective == ""
        assert "งานของคนอื่น" in str(app.screen.query_one("#title", Static).render())
        app.document.editor.set_project("area", "หลังโหลดใหม่")  # edits after a reload are saved as usual
        await pilot.pause(0.3)
    assert store.load(workbook_file)[0].project.area == "หลังโหลดใหม่"


async def test_quit_writes_pending_edits_first(workbook_file: Path) -> None:
    app_module.AUTOSAVE_DELAY = 60  # the timer will not fire; quitting must save
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        document.editor.set_project("area", "ตำบลน้ำน้อย")
        await pilot.press("ctrl+q")
    assert store.load(workbook_file)[0].project.area == "ตำบลน้ำน้อย"


async def test_a_new_file_is_created_owner_only_on_first_edit(tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    document = Document.open(path, Language.EN)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        assert not path.exists()
        document.editor.add_stakeholder("Village health volunteers")
        await pilot.pause(0.2)
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert store.load(path)[0].stakeholders[0].name == "Village health volunteers"


def test_home_screen_snapshot(snap_compare, workbook_file: Path) -> None:
    assert snap_compare(make_app(Document.open(workbook_file)), terminal_size=SIZE)


async def test_r_on_the_home_screen_opens_the_report(workbook_file: Path) -> None:
    from tui.screens.report import ReportScreen

    app = make_app(Document.open(workbook_file))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, ReportScreen)


def test_report_screen_snapshot(snap_compare, sample: Path) -> None:
    assert snap_compare(make_app(Document.open(sample)), press=["r"], terminal_size=SIZE)


async def test_the_low_bandwidth_profile_uses_16_colours_and_no_animation(workbook_file: Path) -> None:
    app = make_app(Document.open(workbook_file), low_bandwidth=True)
    async with app.run_test(size=SIZE):
        assert app.theme == "ansi-dark"
        assert app.animation_level == "none"


def test_low_bandwidth_is_on_by_default_over_ssh(monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.app import low_bandwidth_by_default

    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    monkeypatch.delenv("SSH_TTY", raising=False)
    assert not low_bandwidth_by_default()
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.2 51234 10.0.0.1 22")
    assert low_bandwidth_by_default()


async def test_a_conflict_put_off_is_not_asked_again_at_every_edit_but_on_save_now(workbook_file: Path) -> None:
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        someone_else = await changed_elsewhere(pilot, document, workbook_file)
        await pilot.press("escape")  # decide later
        document.editor.set_project("area", "ตำบลน้ำน้อย")
        await pilot.pause(0.3)  # the autosave meets the other version again …
        assert not isinstance(app.screen, ConflictDialog)  # … and keeps quiet
        assert app.save_state == "status.error"
        assert workbook_file.read_text(encoding="utf-8") == someone_else
        app.save_now()  # saving on purpose asks again
        await pilot.pause()
        assert isinstance(app.screen, ConflictDialog)


@pytest.fixture
def answering(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The folder of the workbook stops answering: saves wait until this event is set
    (or 10 s), as a network folder's do; a save is 'slow' after 0.2 s."""
    monkeypatch.setattr(app_module, "SLOW_SAVE_SECONDS", 0.2)
    event = threading.Event()
    real_save = store.write

    def stuck(*args, **kwargs):
        event.wait(10)
        return real_save(*args, **kwargs)

    monkeypatch.setattr(store, "write", stuck)
    yield event
    event.set()


async def test_a_save_that_hangs_keeps_the_edits_in_a_recovery_copy_until_it_ends(
    workbook_file: Path, monkeypatch: pytest.MonkeyPatch, answering: threading.Event
) -> None:
    """A network folder that stops answering: the save thread waits, and a kill
    meanwhile would lose every edit since. After SLOW_SAVE_SECONDS the newest edits
    go to a recovery copy (kept up to date while the save hangs) and the user is told."""
    document = Document.open(workbook_file)
    app = make_app(document)
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))

    def copied() -> list[str]:
        return [copy.workbook().project.objective for copy in recovery.copies(workbook_file)]

    async with app.run_test(size=SIZE) as pilot:
        document.editor.set_project("objective", "ก่อนค้าง")
        await pilot.pause(0.5)
        assert app.save_state == "status.slow"
        assert copied() == ["ก่อนค้าง"]
        assert said == [tr(Language.TH, "save.slow", path="workshop.toml") + "\n" + tr(Language.TH, "recovery.kept")]
        document.editor.set_project("objective", "ระหว่างค้าง")  # typed while it hangs: kept too, said once
        await pilot.pause(0.6)
        assert copied() == ["ระหว่างค้าง"]
        assert len(said) == 1
        answering.set()  # the folder answers again
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        assert app.save_state == "status.saved"
        assert copied() == []  # the file holds it all now
    assert store.load(workbook_file)[0].project.objective == "ระหว่างค้าง"


async def test_quitting_while_a_save_hangs_keeps_the_edits_and_does_not_freeze(
    workbook_file: Path, monkeypatch: pytest.MonkeyPatch, answering: threading.Event
) -> None:
    """ctrl+q would wait for the stuck save and freeze the app, keys and all; it keeps
    the newest edits in the recovery copy, says the file is not answering, and a
    second ctrl+q quits."""
    document = Document.open(workbook_file)
    app = make_app(document)
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))
    async with app.run_test(size=SIZE) as pilot:
        document.editor.set_project("objective", "ก่อนค้าง")
        await pilot.pause(0.5)
        assert app.save_state == "status.slow"
        document.editor.set_project("objective", "ล่าสุด")  # not yet autosaved, nor copied
        await pilot.press("ctrl+q")
        assert app.is_running  # answered: not frozen on the stuck save
        assert [c.workbook().project.objective for c in recovery.copies(workbook_file)] == ["ล่าสุด"]
        assert said[-1] == tr(Language.TH, "save.stuck", path="workshop.toml") + "\n" + tr(Language.TH, "recovery.kept")
        await pilot.press("ctrl+q")  # quit anyway
        answering.set()
        await pilot.pause(0.2)
        assert not app.is_running


async def test_ctrl_q_in_the_first_seconds_of_a_hung_save_waits_no_longer_than_a_slow_save(
    workbook_file: Path, monkeypatch: pytest.MonkeyPatch, answering: threading.Event
) -> None:
    """Before the watch has called the save stuck, ctrl+q waits for it at most
    SLOW_SAVE_SECONDS, then keeps the edits in the recovery copy instead."""
    document = Document.open(workbook_file)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        document.editor.set_project("objective", "ก่อนค้าง")
        await pilot.pause(0.05)  # the autosave is under way, and hangs
        document.editor.set_project("objective", "ล่าสุด")
        await pilot.press("ctrl+q")
        assert app.is_running and app.save_state == "status.slow"
        assert [c.workbook().project.objective for c in recovery.copies(workbook_file)] == ["ล่าสุด"]
        answering.set()
        await pilot.press("ctrl+q")


async def test_saves_one_after_another_while_typing_are_not_a_stuck_save(
    workbook_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each save takes a while (a slow share, a big workbook) and typing goes on, so
    one save follows another for longer than SLOW_SAVE_SECONDS: none of them is stuck."""
    monkeypatch.setattr(app_module, "SLOW_SAVE_SECONDS", 0.3)
    real_save = store.write
    writing: list[int] = []  # as each save began, how many others were still writing
    done: list[int] = []

    def slow(*args, **kwargs):
        writing.append(len(writing) - len(done))
        threading.Event().wait(0.12)
        try:
            return real_save(*args, **kwargs)
        finally:
            done.append(1)

    monkeypatch.setattr(store, "write", slow)
    document = Document.open(workbook_file)
    app = make_app(document)
    states: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        for n in range(12):  # 1.2 s of typing, a save always under way
            document.editor.set_project("objective", "ภาคี" * (n + 1))
            await pilot.pause(0.1)
            states.append(app.save_state)
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert "status.slow" not in states
        assert app.save_state == "status.saved"
    assert store.load(workbook_file)[0].project.objective == "ภาคี" * 12
    assert len(writing) >= 3 and set(writing) == {0}  # one save at a time: never a queue of snapshots


async def test_an_autosave_already_due_starts_with_the_edit_not_behind_the_keys(workbook_file: Path) -> None:
    """Keys that come faster than a busy app handles them keep its message queue full, and
    a timer due now would wait behind them all: an edit past the deadline saves at once."""
    document = Document.open(workbook_file)
    app = make_app(document)
    started: list[int] = []
    async with app.run_test(size=SIZE) as pilot:
        real_autosave = app.autosave
        app.autosave = lambda: (started.append(document.editor.generation), real_autosave())
        document.editor.set_project("objective", "ก")
        assert started == []  # the first change waits for more typing
        app.saving.clock.first_unsaved -= 5  # typing went on past the longest wait
        document.editor.set_project("objective", "กข")
        assert started == [document.editor.generation]  # in the same turn, before any timer
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
    assert store.load(workbook_file)[0].project.objective == "กข"
