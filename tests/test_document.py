"""The open document: dirty tracking, snapshots saved from another thread, refusals."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tui.core import store
from tui.core.document import Document
from tui.core.problems import ChangedOnDisk, WorkbookError
from tui.core.vocab import Language


def test_a_missing_file_opens_as_a_new_workbook_in_the_given_language(tmp_path: Path) -> None:
    document = Document.open(tmp_path / "new.toml", Language.TH)
    assert not document.exists and not document.dirty
    assert document.workbook.language is Language.TH
    assert not (tmp_path / "new.toml").exists()


def test_a_broken_file_is_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("format = 'phakhi-workbook'\nversion = 1\nlanguage = 'fr'\n", encoding="utf-8")
    with pytest.raises(WorkbookError):
        Document.open(path)


def test_edits_made_while_a_snapshot_is_saved_stay_dirty_until_saved(tmp_path: Path) -> None:
    document = Document.open(tmp_path / "w.toml", Language.EN)
    document.editor.add_stakeholder("first")
    snapshot = document.snapshot()
    document.editor.add_stakeholder("second")  # typed while the snapshot is being written
    worker = threading.Thread(target=document.save, kwargs={"snapshot": snapshot})
    worker.start()
    worker.join()
    assert document.dirty
    assert [s.name for s in store.load(tmp_path / "w.toml")[0].stakeholders] == ["first"]
    document.save()
    assert not document.dirty
    assert [s.name for s in store.load(tmp_path / "w.toml")[0].stakeholders] == ["first", "second"]


def test_a_snapshot_does_not_change_with_later_edits(tmp_path: Path) -> None:
    document = Document.open(tmp_path / "w.toml", Language.EN)
    stakeholder = document.editor.add_stakeholder("before")
    snapshot, generation = document.snapshot()
    document.editor.update_stakeholder(stakeholder.id, "name", "after")
    assert 'name = "before"' in snapshot and "after" not in snapshot
    assert generation == 1


def test_saving_over_a_file_changed_elsewhere_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    Document.open(path, Language.EN).save()
    document = Document.open(path)
    path.write_text(path.read_text(encoding="utf-8") + "\n# someone else\n", encoding="utf-8")
    document.editor.set_project("title", "mine")
    with pytest.raises(ChangedOnDisk):
        document.save()
    assert path.read_text(encoding="utf-8").endswith("# someone else\n")
    document.save(force=True)
    assert store.load(path)[0].project.title == "mine"


def test_save_as_moves_the_document_and_never_replaces_a_file(tmp_path: Path) -> None:
    document = Document.open(tmp_path / "a.toml", Language.EN)
    document.editor.set_project("title", "ours")
    taken = tmp_path / "taken.toml"
    taken.write_text("someone's", encoding="utf-8")
    with pytest.raises(ChangedOnDisk):
        document.save_as(taken)
    assert taken.read_text(encoding="utf-8") == "someone's"
    document.save_as(tmp_path / "b.toml")
    assert document.path == tmp_path / "b.toml" and not document.dirty
    assert store.load(tmp_path / "b.toml")[0].project.title == "ours"


def test_free_name_counts_up_past_taken_names(tmp_path: Path) -> None:
    from tui.screens.conflict import free_name

    (tmp_path / "plan-2.toml").write_text("", encoding="utf-8")
    assert free_name(tmp_path / "plan.toml") == tmp_path / "plan-3.toml"
