"""Edits go where the user thinks: through a link to its target, and never over a read-only file.

The tests run as root, whom the system lets write a 0444 file; Phakhi goes
by the owner's write bit as well (tui.core.store.refuses_writes), so the
read-only cases below hold for root as for anyone.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from fault_helpers import deny_folder
from textual.widgets import Input, OptionList, Static

from tui.app import make_app
from tui.cli import build_parser
from tui.core import recovery, store
from tui.core.document import Document
from tui.core.model import Workbook
from tui.core.problems import ReadOnlyFile
from tui.core.vocab import Language
from tui.screens.read_only import ReadOnlyDialog
from tui.widgets.keybar import KeyBar

SIZE = (80, 24)


def saved(path: Path, *names: str) -> Path:
    document = Document(path, Workbook(language=Language.EN), store.NO_FILE)
    for name in names:
        document.editor.add_stakeholder(name)
    document.save()
    return path


def names_in(path: Path) -> list[str]:
    return [s.name for s in store.load(path)[0].stakeholders]


# -- links --


def test_a_workbook_opened_through_a_link_is_saved_to_its_target_and_the_link_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "shared"
    real.mkdir()
    target = saved(real / "workshop.toml", "นายก ทม.")
    mine = tmp_path / "mine"
    mine.mkdir()
    link = mine / "w.toml"
    link.symlink_to(target)
    deny_folder(monkeypatch, mine)  # the temporary file must be written beside the target, not the link
    document = Document.open(link)
    document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    document.save()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert names_in(target) == ["นายก ทม.", "กลุ่มเกษตรอินทรีย์"]
    assert (real / "workshop.toml.bak").exists() and not (mine / "w.toml.bak").exists()
    assert sorted(p.name for p in mine.iterdir()) == ["w.toml"]


def test_a_link_to_a_file_not_yet_written_creates_the_target(tmp_path: Path) -> None:
    link = tmp_path / "w.toml"
    link.symlink_to(tmp_path / "real.toml")
    document = Document.open(link)
    document.editor.add_stakeholder("A")
    document.save()
    assert link.is_symlink() and names_in(tmp_path / "real.toml") == ["A"]


# -- read-only --


@pytest.mark.parametrize("how", ["file 0444", "folder 0555", "link to a 0444 file"])
def test_a_read_only_workbook_opens_read_only_and_is_never_written(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    path = saved(folder / "w.toml", "A")
    opened = path
    if how == "file 0444":
        path.chmod(0o444)
    elif how == "folder 0555":
        folder.chmod(0o555)
    else:
        path.chmod(0o444)
        opened = tmp_path / "link.toml"
        opened.symlink_to(path)
    before = path.read_bytes()
    try:
        document = Document.open(opened)
        assert document.read_only
        document.editor.add_stakeholder("B")
        with pytest.raises(ReadOnlyFile, match="is read-only, so it was not written — save as a new file"):
            document.save()
        assert path.read_bytes() == before
        [copy] = recovery.copies(opened)
        assert [s.name for s in copy.workbook().stakeholders] == ["A", "B"]
        assert stat.S_IMODE(copy.file.stat().st_mode) == 0o600
    finally:
        folder.chmod(0o755)


def test_force_writes_a_read_only_workbook_by_the_user_s_choice(tmp_path: Path) -> None:
    path = saved(tmp_path / "w.toml", "A")
    path.chmod(0o444)
    assert build_parser(Language.EN).parse_args(["open", str(path), "--force"]).force
    document = Document.open(path, force=True)
    assert not document.read_only
    document.editor.add_stakeholder("B")
    document.save()
    assert names_in(path) == ["A", "B"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o444  # still read-only for everyone else


WORDS = {
    Language.TH: ("ไฟล์นี้อ่านได้อย่างเดียว", "ห้ามเขียน", "อ่านอย่างเดียว"),
    Language.EN: ("This file is read-only", "may not be written", "Read-only"),
}


@pytest.mark.parametrize("lang", [Language.TH, Language.EN], ids=["th", "en"])
async def test_the_app_says_a_workbook_is_read_only_and_keeps_edits_off_it(
    tmp_path: Path, lang: Language, quick_autosave: None
) -> None:
    path = saved(tmp_path / "w.toml", "A")
    path.chmod(0o444)
    before = path.read_bytes()
    app = make_app(Document.open(path), lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReadOnlyDialog)
        title, body, state = WORDS[lang]
        texts = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert title in texts and body in texts
        assert app.screen.query_one(OptionList).option_count == 3
        await pilot.press("escape")  # just read it
        app.document.editor.add_stakeholder("B")
        await pilot.pause(0.3)
        assert app.save_state == "status.read_only"
        assert state in str(app.screen.query_one(KeyBar).render())
        assert path.read_bytes() == before
        app.say_read_only()  # and then: save as a new file
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path / "mine.toml")
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert app.save_state == "status.saved"
    assert path.read_bytes() == before
    assert names_in(tmp_path / "mine.toml") == ["A", "B"]


async def test_writing_a_read_only_workbook_anyway_is_a_choice_in_the_app(tmp_path: Path, quick_autosave: None) -> None:
    path = saved(tmp_path / "w.toml", "A")
    path.chmod(0o444)
    app = make_app(Document.open(path), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.document.editor.add_stakeholder("B")
        await pilot.press("down", "enter")  # "Write to this file anyway (my choice)"
        await pilot.pause(0.3)
        assert app.save_state == "status.saved"
    assert names_in(path) == ["A", "B"]
