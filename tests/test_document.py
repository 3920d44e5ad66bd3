"""The open document: dirty tracking, snapshots saved from another thread, refusals."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tui.core import store
from tui.core.document import Document
from tui.core.problems import ChangedOnDisk, WorkbookError
from tui.core.vocab import Language

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "large.toml"


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


def test_a_big_file_is_first_only_looked_at_then_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over OPEN_LATER_BYTES a file opens with its language and project alone, saves nothing,
    and its rest reads as the whole file does."""
    from tui.core import document as document_module

    path = tmp_path / "province.toml"
    path.write_bytes(SAMPLE.read_bytes())
    monkeypatch.setattr(document_module, "OPEN_LATER_BYTES", 1000)
    seen = Document.open_first_look(path, Language.EN)
    whole = Document.open(path, Language.EN).workbook
    assert seen.first_look and seen.exists
    assert seen.workbook.language == whole.language and seen.workbook.project == whole.project
    assert not seen.workbook.stakeholders and not seen.workbook.ties
    seen.save()  # nothing to save: the file is all there is
    assert path.read_bytes() == SAMPLE.read_bytes()
    rest = seen.open_rest()
    assert not rest.first_look and rest.workbook == whole
    monkeypatch.setattr(document_module, "OPEN_LATER_BYTES", 10**9)
    assert not Document.open_first_look(path, Language.EN).first_look  # small enough: read whole at once


def test_a_file_whose_top_does_not_read_alone_is_read_whole_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No records marker in the top of the file (a project note longer than the look, say):
    no first look, the whole file is read as before."""
    from tui.core import document as document_module

    monkeypatch.setattr(document_module, "OPEN_LATER_BYTES", 1000)
    monkeypatch.setattr(store, "FIRST_LOOK_BYTES", 200)
    path = tmp_path / "long-note.toml"
    path.write_text(
        'format = "phakhi-workbook"\nversion = 1\nlanguage = "en"\n\n[project]\ntitle = "T"\n'
        f'notes = "{"x" * 2000}"\n\n[[stakeholders]]\nid = "s1"\nname = "A"\n',
        encoding="utf-8",
    )
    document = Document.open_first_look(path, Language.EN)
    assert not document.first_look and [s.id for s in document.workbook.stakeholders] == ["s1"]
