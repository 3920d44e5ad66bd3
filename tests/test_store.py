"""The workbook file: round trips, layout, the [analysis] section, safe saving."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import stat
import tempfile
import tomllib
from pathlib import Path

import pytest
from conftest import with_history

from tui.core import derived, model, store
from tui.core.edit import EditError, Editor
from tui.core.problems import ChangedOnDisk, SaveFailed, WorkbookError
from tui.core.schema import fields_of, is_empty
from tui.core.vocab import Language, Sector

RECORD_TYPES = (model.Project, model.Stakeholder, model.Tie, model.Plan, model.PlanRow)


def records_of(workbook: model.Workbook) -> list[object]:
    """Every record in a workbook, each record type at least once."""
    return [workbook.project, *workbook.stakeholders, *workbook.ties, workbook.plan, *workbook.plan.rows]


def names(record_type: type) -> list[str]:
    return [f.name for f in dataclasses.fields(record_type)]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    """Temporary files a save may have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- round trip ----------------------------------------------------------------


def test_full_workbook_fills_every_field_with_a_non_default_value(full_workbook):
    records = records_of(with_history(full_workbook))
    assert {type(r) for r in records} == set(RECORD_TYPES)
    for record in records:
        for spec in fields_of(type(record)):
            value = getattr(record, spec.name)
            field = next(f for f in dataclasses.fields(record) if f.name == spec.name)
            if field.default is not dataclasses.MISSING:
                assert value != field.default, (type(record).__name__, spec.name)
            assert not is_empty(spec, value), (type(record).__name__, spec.name)
    assert full_workbook.language is not model.Workbook().language


@pytest.mark.parametrize("history", [False, True], ids=["now", "with history"])
def test_round_trip_gives_an_equal_workbook(full_workbook, full_copy, history):
    if history:
        with_history(full_workbook), with_history(full_copy)
    text = store.dumps(full_workbook)
    assert store.parse(text.encode("utf-8"), "full.toml") == full_copy


def test_every_field_of_every_record_is_written(full_workbook):
    text = store.dumps(with_history(full_workbook))
    raw = tomllib.loads(text)
    assert list(raw["project"]) == names(model.Project)
    assert [list(s) for s in raw["stakeholders"]] == [names(model.Stakeholder)] * 4
    assert [list(t) for t in raw["ties"]] == [names(model.Tie)] * 3
    assert list(raw["plan"]) == names(model.Plan)
    assert [list(r) for r in raw["plan"]["rows"]] == [names(model.PlanRow)] * 3
    lines = text.splitlines()
    for record_type in RECORD_TYPES:
        for name in names(record_type):
            if name != "rows":
                assert any(line.startswith(f"{name} = ") for line in lines), name


def test_dumps_is_stable(full_workbook):
    first = store.dumps(full_workbook)
    assert store.dumps(full_workbook) == first
    assert store.dumps(store.parse(first.encode(), "f.toml")) == first


def test_top_level_keys_follow_the_format_order(full_workbook):
    raw = tomllib.loads(store.dumps(full_workbook))
    assert list(raw) == [
        "format",
        "version",
        "language",
        "project",
        "stakeholders",
        "ties",
        "lessons",
        "plan",
        "analysis",
    ]


def test_small_workbook_is_written_exactly_as_blocks():
    workbook = model.Workbook(
        project=model.Project(title="ภาคี"),
        stakeholders=[model.Stakeholder("s1", "A"), model.Stakeholder("s2", "B", sector=Sector.ACADEMIC, influence=4)],
        ties=[model.Tie("t1", "s1", "s2")],
        plan=model.Plan(rows=[model.PlanRow("p1", group="G", methods=["x"])]),
    )
    entries, _, analysis = store.dumps(workbook).partition("\n[analysis]\n")
    assert entries == (
        'format = "phakhi-workbook"\n'
        "version = 4\n"
        'language = "th"\n'
        "\n[project]\n"
        'title = "ภาคี"\n'
        "\n[[stakeholders]]\n"
        'id = "s1"\nname = "A"\nsector = "people"\nkind = "node"\n'
        "\n[[stakeholders]]\n"
        'id = "s2"\nname = "B"\nsector = "academic"\nkind = "node"\ninfluence = 4\n'
        "\n[[ties]]\n"
        'id = "t1"\na = "s1"\nb = "s2"\nstrength = "weak"\n'
        "\n[plan]\n"
        "\n[[plan.rows]]\n"
        'id = "p1"\ngroup = "G"\nmethods = [\n    "x",\n]\n'
    )
    # The derived section follows: whose entries it describes, then counts first
    # (its contents: tests/test_analysis_section.py).
    digest = hashlib.sha256((entries + "\n").encode()).hexdigest()
    assert analysis.startswith(
        f'note = "{derived.NOTE}"\nentries = "{digest}"\nready = true\nstakeholders = 2\nties = 1\nplan_rows = 1\n'
    )


#: The SHA-256 of an empty Thai workbook's entries and the blank line after them, worked out by
#: hand: printf 'format = "phakhi-workbook"\nversion = 4\nlanguage = "th"\n\n' | sha256sum
EMPTY_ENTRIES = "3fa69650e8cc12b9033b9d332cdc0598e65fa0f67df3c2bcc583d4f9d1bd1fca"


def test_empty_workbook_has_header_and_counts_only():
    assert store.dumps(model.Workbook()) == (
        'format = "phakhi-workbook"\nversion = 4\nlanguage = "th"\n'
        f'\n[analysis]\nnote = "{derived.NOTE}"\nentries = "{EMPTY_ENTRIES}"\nready = true\n'
        "stakeholders = 0\nties = 0\nplan_rows = 0\n"
        "\n[analysis.by_sector]\npeople = 0\nacademic = 0\ngovernment = 0\n"
    )


def test_one_short_stakeholder_is_still_a_block():
    text = store.dumps(model.Workbook(stakeholders=[model.Stakeholder("s1", "A")]))
    assert '\n[[stakeholders]]\nid = "s1"\n' in text
    assert "stakeholders = [" not in text


def test_multiline_text_is_written_as_a_triple_quoted_string(full_workbook):
    text = store.dumps(full_workbook)
    assert 'characteristics = """\nที่ปรึกษา\nบรรทัดที่สอง"""\n' in text
    assert 'decisions = """\nประชุม\nลงมติ\n\nเสียงข้างมาก"""\n' in text
    # Single-line text stays on one line, quotes and backslashes escaped.
    assert 'rules = "C:\\\\งาน\\\\new\\\\tab \\\\n ไม่ใช่บรรทัดใหม่ \\\\\\\\"\n' in text
    assert 'name = "ผู้ใหญ่บ้าน ต.น้ำน้อย 1"\n' in text


@pytest.mark.parametrize(
    "text",
    [
        "\nleading line break",
        "trailing line break\n",
        "trailing backslash\\",
        "backslash before a break\\\nnext",
        'ends with a quote"',
        'three quotes """ and more """"',
        "'''literal-looking'''",
        "line separator \u2028 inside\nand a break",
        "\ttabs\tand  spaces  \n  ",
        "ผู้ใหญ่บ้าน ต.น้ำน้อย\n👩🏽‍🌾",
        "",
    ],
)
def test_awkward_text_survives_a_round_trip(text):
    workbook = model.Workbook(
        project=model.Project(title="t", notes=text),
        stakeholders=[model.Stakeholder("s1", "n", notes=text)],
        plan=model.Plan(rows=[model.PlanRow("p1", methods=[text, "x"])]),
    )
    back = store.parse(store.dumps(workbook).encode(), "f.toml")
    assert back.project.notes == text
    assert back.stakeholders[0].notes == text
    assert back.plan.rows[0].methods == [text, "x"]


def test_windows_line_breaks_are_stored_as_plain_ones_so_save_and_load_agree():
    editor = Editor(model.Workbook())
    editor.set_project("notes", "ก่อน\r\nหลัง")
    stakeholder = editor.add_stakeholder("x", notes="a\r\nb")
    assert editor.workbook.project.notes == "ก่อน\nหลัง"
    assert stakeholder.notes == "a\nb"
    assert store.parse(store.dumps(editor.workbook).encode(), "f.toml") == editor.workbook


def test_a_toml_date_in_a_text_field_loads_as_iso_text():
    text = 'format = "phakhi-workbook"\nversion = 1\n[project]\ndate = 2024-05-01\n'
    assert store.parse(text.encode(), "f.toml").project.date == "2024-05-01"


# --- the [analysis] section ------------------------------------------------------


def test_analysis_section_holds_counts_and_degrees(full_workbook):
    analysis = tomllib.loads(store.dumps(full_workbook))["analysis"]
    counts = ("note", "stakeholders", "ties", "plan_rows", "by_sector", "degree", "strong_ties")
    assert {key: analysis[key] for key in counts} == {
        "note": derived.NOTE,
        "stakeholders": 4,
        "ties": 3,
        "plan_rows": 3,
        "by_sector": {"people": 0, "academic": 2, "government": 2},
        "degree": {"s1": 2, "s2": 1, "s3": 2, "s4": 1},
        "strong_ties": {"s1": 2, "s2": 1, "s3": 2, "s4": 1},
    }


def test_analysis_section_is_ignored_on_load(full_workbook, full_copy):
    text = store.dumps(full_workbook)
    head, _, _ = text.partition("\n[analysis]\n")
    nonsense = (
        "\n[analysis]\n"
        'stakeholders = "many"\n'
        "ties = -7.5\n"
        'degree = [1, "two", { three = 3 }]\n'
        "invented = true\n"
        "\n[analysis.by_sector]\nmartians = 12\n"
        "\n[[analysis.extra]]\nwhatever = 2024-01-01\n"
    )
    assert store.parse((head + nonsense).encode(), "f.toml") == full_copy
    # And with no [analysis] at all.
    assert store.parse(head.encode(), "f.toml") == full_copy


# --- loading from disk -------------------------------------------------------------


def test_load_returns_the_workbook_and_the_stamp_of_the_bytes(tmp_path, full_workbook, full_copy):
    path = tmp_path / "wb.toml"
    path.write_text(store.dumps(full_workbook), encoding="utf-8")
    workbook, stamp = store.load(path)
    assert workbook == full_copy
    assert stamp == store.FileStamp.of_path(path) == store.FileStamp.of_bytes(path.read_bytes())
    assert stamp != store.NO_FILE


def test_stamp_of_a_missing_path_is_no_file(tmp_path):
    assert store.FileStamp.of_path(tmp_path / "none.toml") == store.NO_FILE


def test_load_of_a_missing_file_is_one_problem(tmp_path):
    path = tmp_path / "ไม่มี.toml"
    with pytest.raises(WorkbookError) as caught:
        store.load(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}: file not found — check the name, or create it with: phakhi new FILE"
    ]
    with pytest.raises(WorkbookError) as caught:
        store.load(path, Language.TH)
    assert str(caught.value) == f"{path}: ไม่พบไฟล์ — ตรวจชื่อไฟล์ หรือสร้างไฟล์ใหม่ด้วย phakhi new ไฟล์"


def test_load_of_a_folder_says_it_is_a_folder(tmp_path):
    with pytest.raises(WorkbookError) as caught:
        store.load(tmp_path)
    (problem,) = caught.value.problems
    assert str(problem) == f"{tmp_path}: this is a folder, not a file — name a saved workbook (a .toml file) instead"


def test_load_of_a_file_bigger_than_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.toml"
    with open(path, "wb") as handle:
        handle.truncate(store.MAX_BYTES + 1)  # sparse: no disk space used

    def no_reading(self):
        raise AssertionError("a too-big file must not be read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(WorkbookError) as caught:
        store.load(path)
    (problem,) = caught.value.problems
    assert (
        str(problem)
        == f"{path}: the file is too big (16.0 MB; the limit is 16 MB) — check that this is really a workbook"
    )


def test_load_accepts_a_file_of_exactly_the_limit(tmp_path, monkeypatch):
    text = 'format = "phakhi-workbook"\nversion = 1\n'
    path = tmp_path / "small.toml"
    path.write_text(text)
    monkeypatch.setattr(store, "MAX_BYTES", len(text))
    assert store.load(path)[0] == model.Workbook()
    monkeypatch.setattr(store, "MAX_BYTES", len(text) - 1)
    with pytest.raises(WorkbookError, match="too big"):
        store.load(path)


# --- saving ------------------------------------------------------------------------


def test_save_writes_exactly_the_dumps_text(tmp_path, full_workbook):
    path = tmp_path / "wb.toml"
    stamp = store.save(full_workbook, path, store.NO_FILE)
    assert path.read_bytes() == store.dumps(full_workbook).encode("utf-8")
    assert stamp == store.FileStamp.of_path(path)
    assert leftovers(tmp_path) == []
    assert not (tmp_path / "wb.toml.bak").exists()  # nothing to back up the first time


def test_new_file_is_private_whatever_the_umask(tmp_path, full_workbook, umask_022):
    path = tmp_path / "new.toml"
    store.save(full_workbook, path, store.NO_FILE)
    assert mode_of(path) == 0o600


def test_second_save_keeps_the_previous_version_as_a_private_bak(tmp_path, full_workbook):
    path = tmp_path / "wb.toml"
    stamp = store.save(full_workbook, path, store.NO_FILE)
    first = path.read_bytes()
    full_workbook.project.title = "ชื่อใหม่"
    second_stamp = store.save(full_workbook, path, stamp)
    bak = tmp_path / "wb.toml.bak"
    assert bak.read_bytes() == first
    assert path.read_bytes() != first
    assert 'title = "ชื่อใหม่"' in path.read_text(encoding="utf-8")
    assert mode_of(bak) == 0o600
    assert second_stamp == store.FileStamp.of_path(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wb.toml", "wb.toml.bak"]


def test_existing_file_keeps_its_mode_and_bak_is_private(tmp_path, full_workbook, umask_022):
    path = tmp_path / "shared.toml"
    path.write_text(store.dumps(model.Workbook()))
    path.chmod(0o640)
    _, stamp = store.load(path)
    store.save(full_workbook, path, stamp)
    assert mode_of(path) == 0o640
    assert mode_of(tmp_path / "shared.toml.bak") == 0o600


def test_saving_over_a_changed_file_is_refused_and_leaves_it_alone(tmp_path, full_workbook):
    path = tmp_path / "wb.toml"
    path.write_text(store.dumps(model.Workbook()))
    _, stamp = store.load(path)
    theirs = b'format = "phakhi-workbook"\nversion = 1\n# someone else was here\n'
    path.write_bytes(theirs)
    with pytest.raises(ChangedOnDisk) as caught:
        store.save(full_workbook, path, stamp)
    assert str(caught.value) == f"{path} changed on disk since it was opened, so it was not overwritten"
    assert caught.value.path == str(path)
    assert path.read_bytes() == theirs
    assert not (tmp_path / "wb.toml.bak").exists()


def test_a_file_that_appeared_where_none_was_expected_is_not_overwritten(tmp_path, full_workbook):
    path = tmp_path / "wb.toml"
    path.write_bytes(b"not mine")
    with pytest.raises(ChangedOnDisk):
        store.save(full_workbook, path, store.NO_FILE)
    assert path.read_bytes() == b"not mine"


def test_a_file_deleted_since_loading_counts_as_changed(tmp_path, full_workbook):
    path = tmp_path / "wb.toml"
    stamp = store.save(full_workbook, path, store.NO_FILE)
    path.unlink()
    with pytest.raises(ChangedOnDisk):
        store.save(full_workbook, path, stamp)
    assert not path.exists()


def test_force_overwrites_a_changed_file_and_backs_it_up(tmp_path, full_workbook):
    path = tmp_path / "wb.toml"
    stamp = store.save(model.Workbook(), path, store.NO_FILE)
    path.write_bytes(b"theirs")
    new_stamp = store.save(full_workbook, path, stamp, force=True)
    assert path.read_bytes() == store.dumps(full_workbook).encode()
    assert (tmp_path / "wb.toml.bak").read_bytes() == b"theirs"
    assert new_stamp == store.FileStamp.of_path(path)


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


class _FullDisk:
    """A file handle whose write fails half-way, as on a disk that fills up."""

    def __init__(self, handle):
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()

    def fileno(self):
        return self.handle.fileno()

    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("failing", ["replace", "fsync", "fchmod", "mkstemp", "write"])
def test_a_failed_save_leaves_the_original_byte_for_byte(tmp_path, full_workbook, monkeypatch, failing):
    path = tmp_path / "wb.toml"
    original = b'format = "phakhi-workbook"\nversion = 1\n\n[project]\ntitle = "\xe0\xb8\x81"\n'
    path.write_bytes(original)
    path.chmod(0o640)
    _, stamp = store.load(path)
    if failing == "mkstemp":
        monkeypatch.setattr(tempfile, "mkstemp", _no_space)
    elif failing == "write":
        real_fdopen = os.fdopen
        monkeypatch.setattr(os, "fdopen", lambda fd, mode: _FullDisk(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(os, failing, _no_space)
    with pytest.raises(SaveFailed) as caught:
        store.save(full_workbook, path, stamp)
    assert str(caught.value) == (
        f"could not save {path}: No space left on device — the previous file is intact; the disk is full: "
        "free some space (delete or move files you do not need), then save again (in the app: ctrl+p, Save now)"
    )
    assert caught.value.path == str(path)
    assert path.read_bytes() == original
    assert mode_of(path) == 0o640
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".bak")) == ["wb.toml"]


def test_a_failure_after_the_backup_still_leaves_the_original(tmp_path, full_workbook, monkeypatch):
    path = tmp_path / "wb.toml"
    original = store.dumps(model.Workbook()).encode()
    path.write_bytes(original)
    _, stamp = store.load(path)
    real_replace = os.replace
    targets = []

    def replace_but_not_the_workbook(src, dst):
        targets.append(Path(dst).name)
        if Path(dst) == path:
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_but_not_the_workbook)
    with pytest.raises(SaveFailed, match=f"could not save {path}: Input/output error"):
        store.save(full_workbook, path, stamp)
    assert targets == ["wb.toml.bak", "wb.toml"]
    assert path.read_bytes() == original
    assert (tmp_path / "wb.toml.bak").read_bytes() == original
    assert leftovers(tmp_path) == []


def test_failed_save_in_thai(tmp_path, full_workbook, monkeypatch):
    full_workbook.language = Language.TH
    path = tmp_path / "wb.toml"
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(SaveFailed) as caught:
        store.save(full_workbook, path, store.NO_FILE)
    assert str(caught.value).startswith(
        f"บันทึก {path} ไม่ได้: No space left on device — ไฟล์เดิมยังอยู่ครบ ดิสก์เต็ม: ลบหรือย้ายไฟล์"
    )
    assert not path.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_saving_into_a_read_only_folder_fails_cleanly(tmp_path, full_workbook):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveFailed, match="Permission denied"):
            store.save(full_workbook, folder / "wb.toml", store.NO_FILE)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_saving_where_the_folder_refuses_a_new_file_fails_cleanly(tmp_path, full_workbook, monkeypatch):
    # The same failure as a read-only folder, for runs as root.
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(SaveFailed) as caught:
        store.save(full_workbook, tmp_path / "wb.toml", store.NO_FILE)
    assert str(caught.value) == (
        f"could not save {tmp_path / 'wb.toml'}: Permission denied — the previous file is intact; this folder "
        "cannot be written: save elsewhere, in a folder of yours (in the app: ctrl+p, Save as a new file), "
        "or ask the folder's owner for write permission"
    )
    full_workbook.language = Language.TH
    with pytest.raises(SaveFailed) as caught:
        store.save(full_workbook, tmp_path / "wb.toml", store.NO_FILE)
    assert "ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้: บันทึกเป็นไฟล์ใหม่ในโฟลเดอร์ของคุณ" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_saving_into_a_missing_folder_fails_cleanly(tmp_path, full_workbook):
    path = tmp_path / "missing" / "wb.toml"
    with pytest.raises(SaveFailed, match="No such file or directory"):
        store.save(full_workbook, path, store.NO_FILE)


def test_a_bare_carriage_return_is_stored_as_a_line_break():
    editor = Editor(model.Workbook())
    editor.set_project("notes", "old Mac\rline")
    assert editor.workbook.project.notes == "old Mac\nline"


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x7f", "\x85", "\u202e", "\u2066"])
def test_hidden_control_characters_are_refused_by_the_editor_and_the_loader(character):
    editor = Editor(model.Workbook())
    with pytest.raises(EditError, match=f"U\\+{ord(character):04X}"):
        editor.set_project("notes", f"a{character}b")
    assert editor.workbook.project.notes == ""
    text = f'format = "phakhi-workbook"\nversion = 1\n[project]\nnotes = "a\\u{ord(character):04x}b"\n'
    with pytest.raises(WorkbookError) as error:
        store.parse(text.encode(), "f.toml")
    assert str(error.value).startswith(
        f"f.toml:4:1: notes holds an invisible control character (U+{ord(character):04X})"
    )


def test_text_over_the_limit_is_refused():
    editor = Editor(model.Workbook())
    with pytest.raises(EditError):
        editor.set_project("notes", "ก" * 20_001)
    editor.set_project("notes", "ก" * 20_000)
    with pytest.raises(EditError):
        editor.add_stakeholder("ช" * 301)
