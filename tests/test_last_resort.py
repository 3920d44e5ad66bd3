"""Losing the last copy is never silent: edits that neither the workbook nor a recovery copy
took go to an owner-only file in the temporary folder, or to stderr, and the exit says so."""

from __future__ import annotations

import stat
import tempfile
from pathlib import Path

import pytest
from fault_helpers import deny_folder

from tui.app import make_app
from tui.cli import after_session
from tui.core import store
from tui.core.document import Document
from tui.core.problems import SaveFailed
from tui.core.vocab import Language

SIZE = (80, 24)


@pytest.fixture
def nowhere(tmp_path: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Document, Path]:
    """A workbook whose folder and recovery folder both refuse files, and a temporary folder that works."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "workshop.toml"
    document = Document.open(path, Language.TH)
    document.editor.add_stakeholder("นายก ทม.")
    document.save()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    deny_folder(monkeypatch, folder)
    deny_folder(monkeypatch, state_dir / "recovery")
    return document, temporary


def test_nothing_to_rescue_exits_0_and_says_nothing(tmp_path: Path, capsys) -> None:
    document = Document.open(tmp_path / "w.toml")
    document.editor.add_stakeholder("A")
    document.save()
    assert after_session(document, Language.EN) == 0
    assert capsys.readouterr().err == ""


async def test_a_quit_where_nothing_could_be_written_leaves_an_owner_only_file_and_exits_1(
    nowhere: tuple[Document, Path], capsys, quick_autosave: None
) -> None:
    document, temporary = nowhere
    app = make_app(document, Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
        await pilot.pause(0.2)
        assert app.save_state == "status.error"
        await pilot.press("ctrl+q")
        await pilot.press("ctrl+q")  # quit anyway
    assert document.keeper.generation is None
    assert after_session(document, Language.EN) == 1
    [copy] = temporary.iterdir()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert store.load(copy)[0] == document.workbook
    err = capsys.readouterr().err
    assert f"could not be saved, nor a recovery copy: your edits are in {copy} (readable only by you)" in err


def test_when_even_the_temporary_folder_refuses_the_workbook_is_printed_on_stderr(
    nowhere: tuple[Document, Path], capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    document, temporary = nowhere
    document.editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    with pytest.raises(SaveFailed):  # and the recovery copy fails too
        document.save()
    assert document.keeper.generation is None
    deny_folder(monkeypatch, temporary)
    assert after_session(document, Language.TH) == 1
    assert list(temporary.iterdir()) == []
    err = capsys.readouterr().err
    first, toml = err.split("\n", 1)
    assert "เขียนสำเนาที่ใดไม่ได้เลย" in first
    assert store.parse(toml.encode(), "stderr") == document.workbook
