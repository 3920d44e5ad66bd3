"""Unsaved work in the app: a save that fails says what to do and keeps a recovery copy;
at the next start the copy is offered back (each choice, both languages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_helpers import deny_folder
from textual.widgets import Input, OptionList, Static

from tui.app import make_app
from tui.core import recovery, store
from tui.core.document import Document
from tui.core.model import Stakeholder, Workbook
from tui.core.vocab import Language, Sector
from tui.screens.home import HomeScreen
from tui.screens.recovery import RecoveryDialog
from tui.screens.save_as import SaveAsDialog

SIZE = (80, 24)

pytestmark = pytest.mark.usefixtures("quick_autosave")

WORDS = {
    Language.TH: (
        "พบงานที่ยังไม่ได้บันทึกลงไฟล์",
        "สำเนา: ภาคี 2 ความสัมพันธ์ 0 · ไฟล์: ภาคี 1 ความสัมพันธ์ 0",
        [
            "กู้คืนงานจากสำเนาแล้วบันทึก (ctrl+z เลิกทำได้)",
            "บันทึกสำเนาเป็นไฟล์ใหม่",
            "ใช้ไฟล์ตามเดิม (ย้ายสำเนาไปเก็บไว้ที่อื่น)",
            "ยังไม่ตัดสินใจ (ถามอีกครั้งเมื่อเปิดครั้งหน้า)",
        ],
    ),
    Language.EN: (
        "Unsaved work was found",
        "The copy: 2 stakeholders, 0 ties · the file: 1 stakeholders, 0 ties",
        [
            "Restore the copy and save (ctrl+z undoes it)",
            "Save the copy as a new file",
            "Keep the file as it is (the copy is moved aside)",
            "Decide later (asked again next time)",
        ],
    ),
}


def workbook_in(lang: Language, *names: str) -> Workbook:
    workbook = Workbook(language=lang)
    workbook.project.title = "เกษตรอินทรีย์ส่งโรงพยาบาล"
    workbook.stakeholders = [Stakeholder(f"s{n}", name, Sector.GOVERNMENT) for n, name in enumerate(names, 1)]
    return workbook


@pytest.fixture(params=[Language.TH, Language.EN], ids=["th", "en"])
def crashed(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Language]:
    """A workbook file, and the copy a killed session left of it with one more stakeholder."""
    lang = request.param
    path = tmp_path / "workshop.toml"
    store.save(workbook_in(lang, "นายก ทม."), path, store.NO_FILE)
    recovery.Keeper(path).keep(store.entries_text(workbook_in(lang, "นายก ทม.", "กลุ่มเกษตรอินทรีย์")), 3)
    return path, lang


def names_in(path: Path) -> list[str]:
    return [s.name for s in store.load(path)[0].stakeholders]


async def open_with_offer(pilot, lang: Language) -> None:
    app = pilot.app
    assert isinstance(app.screen, RecoveryDialog)
    title, counts, choices = WORDS[lang]
    texts = [str(s.render()) for s in app.screen.query(Static)]
    assert title in texts[0] and counts in texts[1] and "workshop.toml" in texts[1]
    options = app.screen.query_one(OptionList)
    assert [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)] == choices


async def test_restore_loads_the_copy_as_one_undoable_change_and_saves(crashed) -> None:
    path, lang = crashed
    app = make_app(Document.open(path))
    async with app.run_test(size=SIZE) as pilot:
        await open_with_offer(pilot, lang)
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert isinstance(app.screen, HomeScreen)
        assert names_in(path) == ["นายก ทม.", "กลุ่มเกษตรอินทรีย์"]
        assert recovery.copies(path) == []
        await pilot.press("ctrl+z")
        await pilot.pause(0.2)
        assert names_in(path) == ["นายก ทม."]


async def test_save_as_writes_the_copy_to_a_new_file_and_leaves_the_workbook(crashed) -> None:
    path, lang = crashed
    app = make_app(Document.open(path))
    async with app.run_test(size=SIZE) as pilot:
        await open_with_offer(pilot, lang)
        await pilot.press("down", "enter")
        await pilot.pause(0.1)
        assert names_in(path.with_name("workshop-2.toml")) == ["นายก ทม.", "กลุ่มเกษตรอินทรีย์"]
        assert names_in(path) == ["นายก ทม."]
        assert recovery.copies(path) == []


async def test_keep_the_file_moves_the_copy_aside(crashed, state_dir: Path) -> None:
    path, lang = crashed
    before = path.read_bytes()
    app = make_app(Document.open(path))
    async with app.run_test(size=SIZE) as pilot:
        await open_with_offer(pilot, lang)
        await pilot.press("down", "down", "enter")
        await pilot.pause(0.1)
    assert path.read_bytes() == before
    assert recovery.copies(path) == []
    [aside] = (state_dir / "recovery" / recovery.SET_ASIDE).iterdir()
    assert recovery.read(aside).workbook().stakeholders[1].name == "กลุ่มเกษตรอินทรีย์"


async def test_later_keeps_the_copy_through_this_session_and_asks_again(crashed) -> None:
    path, lang = crashed
    document = Document.open(path)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await open_with_offer(pilot, lang)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        document.editor.set_project("area", "ตำบลน้ำน้อย")  # saved as usual; the old copy stays
        await pilot.pause(0.2)
    assert store.load(path)[0].project.area == "ตำบลน้ำน้อย"
    assert len(recovery.copies(path)) == 1
    app = make_app(Document.open(path))
    async with app.run_test(size=SIZE):
        assert isinstance(app.screen, RecoveryDialog)


async def test_no_offer_when_the_copy_holds_nothing_new(tmp_path: Path) -> None:
    path = tmp_path / "workshop.toml"
    workbook = workbook_in(Language.EN, "นายก ทม.")
    store.save(workbook, path, store.NO_FILE)
    recovery.Keeper(path).keep(store.entries_text(workbook), 1)  # killed after the copy, and the file caught up later
    app = make_app(Document.open(path))
    async with app.run_test(size=SIZE):
        assert isinstance(app.screen, HomeScreen)
    assert recovery.copies(path) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (Language.EN, ("save elsewhere", "your edits are kept in a recovery copy")),
        (Language.TH, ("บันทึกเป็นไฟล์ใหม่ในโฟลเดอร์ของคุณ", "งานของคุณเก็บไว้ในสำเนากู้คืนแล้ว")),
    ],
)
async def test_a_folder_that_refuses_the_save_says_what_to_do_and_save_as_gets_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: Language, words: tuple[str, str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    path = locked / "workshop.toml"
    store.save(workbook_in(lang, "นายก ทม."), path, store.NO_FILE)
    deny_folder(monkeypatch, locked)
    document = Document.open(path)
    app = make_app(document)
    shown: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **options: shown.append(message))
    async with app.run_test(size=SIZE) as pilot:
        document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
        for _ in range(100):  # the autosave's moment, however busy the machine
            await pilot.pause(0.05)
            if app.save_state == "status.error":
                break
        assert app.save_state == "status.error"
        [message] = shown
        assert all(w in message for w in words)
        assert [s.name for s in recovery.copies(path)[0].workbook().stakeholders][-1] == "กลุ่มเกษตรอินทรีย์"
        app.action_save_as()
        await pilot.pause()
        assert isinstance(app.screen, SaveAsDialog)
        app.screen.query_one(Input).value = str(tmp_path / "mine.toml")
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert app.save_state == "status.saved"
    assert names_in(tmp_path / "mine.toml") == ["นายก ทม.", "กลุ่มเกษตรอินทรีย์"]
    assert recovery.copies(path) == []


async def test_the_offer_follows_ctrl_t_into_the_other_language(crashed) -> None:
    path, lang = crashed
    app = make_app(Document.open(path))
    async with app.run_test(size=SIZE) as pilot:
        await open_with_offer(pilot, lang)
        await pilot.press("ctrl+t")
        await open_with_offer(pilot, Language.EN if lang is Language.TH else Language.TH)
        await pilot.press("enter")  # still the same dialog underneath: restore
        await pilot.pause(0.1)
        assert names_in(path) == ["นายก ทม.", "กลุ่มเกษตรอินทรีย์"]
