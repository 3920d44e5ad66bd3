"""Parsed copies (tui.core.parsed_copy): an open of the same bytes skips the parser,
any other bytes are parsed and checked, and a copy means nothing without its workbook."""

from __future__ import annotations

import pickle
import stat
from pathlib import Path

import pytest
from hypothesis import given
from test_fuzz import cases, workbooks

from tui import cli
from tui.core import codec, model, parsed_copy, store
from tui.core import sealed as sealing
from tui.core.document import Document
from tui.core.problems import WorkbookError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def copies(cache_dir: Path) -> list[Path]:
    return sorted(p for p in cache_dir.iterdir() if not p.name.startswith("."))


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the files that were parsed (and parses them as before)."""
    parsed: list[str] = []
    real = store.parse

    def counting(data: bytes, path: str, lang=store.Language.EN) -> model.Workbook:
        parsed.append(path)
        return real(data, path, lang)

    monkeypatch.setattr(store, "parse", counting)
    return parsed


def test_a_saved_workbook_opens_from_its_copy_equal_to_a_parse(sample: Path, cache_dir: Path, no_parsing) -> None:
    parsed, _ = store.load(sample)
    store.save(parsed, sample, store.FileStamp.of_path(sample))
    no_parsing.clear()
    opened = Document.open(sample)
    assert no_parsing == []  # the copy was used
    assert opened.workbook == store.parse(sample.read_bytes(), str(sample))
    assert len(copies(cache_dir)) == 1


def test_an_open_that_parsed_keeps_a_copy_for_the_next(tmp_path: Path, cache_dir: Path, no_parsing) -> None:
    path = tmp_path / "large.toml"
    path.write_bytes((SAMPLES / "large.toml").read_bytes())
    first = Document.open(path).workbook
    assert no_parsing == [str(path)]
    second = Document.open(path).workbook
    assert no_parsing == [str(path)]  # not parsed again
    assert second == first and second is not first


def test_a_changed_file_is_parsed_and_checked(sample: Path, no_parsing) -> None:
    title = Document.open(sample).workbook.project.title
    text = sample.read_text(encoding="utf-8")
    sample.write_text(text.replace(title, title[:-1] + "X", 1), encoding="utf-8")  # one character, edited elsewhere
    assert Document.open(sample).workbook.project.title == title[:-1] + "X"
    with sample.open("a", encoding="utf-8") as out:
        out.write('\n[[stakeholders]]\nid = "s99"\n')  # and a wrong edit
    with pytest.raises(WorkbookError) as raised:
        Document.open(sample)
    assert "no name" in raised.value.problems[0].message
    assert len(no_parsing) == 3


def test_check_export_and_import_always_parse(sample: Path, no_parsing, capsys: pytest.CaptureFixture[str]) -> None:
    Document.open(sample)
    store.load(sample)
    assert len(no_parsing) == 2
    assert cli.main(["check", str(sample)]) == 0
    assert cli.main(["export", str(sample), "--format", "json", "-o", str(sample.with_suffix(".json"))]) == 0
    assert len(no_parsing) == 4


def test_the_map_and_the_report_take_the_copy_the_app_kept(
    sample: Path, cache_dir: Path, no_parsing, capsys: pytest.CaptureFixture[str]
) -> None:
    """At 10,000 stakeholders reading the copy takes about a second off the map's two; the
    commands write no copy of their own (a second store of the contacts)."""
    assert cli.main(["map", str(sample), "--width", "100"]) == 0
    drawn = capsys.readouterr().out
    assert no_parsing == [str(sample)] and copies(cache_dir) == []
    Document.open(sample)  # the app parses and keeps a copy
    assert cli.main(["map", str(sample), "--width", "100"]) == 0
    assert cli.main(["report", str(sample)]) == 0
    assert no_parsing == [str(sample)] * 2
    assert capsys.readouterr().out.startswith(drawn)


def test_a_copy_is_sealed_and_private(sample: Path, cache_dir: Path) -> None:
    workbook = Document.open(sample).workbook
    [copy] = copies(cache_dir)
    sealed = copy.read_bytes()
    name = workbook.stakeholders[0].name
    assert name.encode() not in sealed and pickle.dumps(workbook)[40:80] not in sealed
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    parsed_copy.keep(sample.read_bytes(), workbook)  # the same workbook sealed again ...
    again = copy.read_bytes()
    head = len(parsed_copy.COPIES.magic) + sealing._TAG + sealing._NONCE
    assert (
        again[head : head + 64] != sealed[head : head + 64]
    )  # ... with another stream: XOR of two copies tells nothing


def test_a_copy_never_fails_an_open_or_a_save(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No home folder to find the cache in, a workbook that will not pickle: the file is simply parsed."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    def no_pickle(*args: object, **kwargs: object) -> bytes:
        raise RecursionError("maximum recursion depth exceeded while pickling an object")

    with monkeypatch.context() as patched:
        patched.delenv("PHAKHI_CACHE_DIR")
        patched.delenv("XDG_CACHE_HOME", raising=False)
        patched.setattr(Path, "home", no_home)
        assert Document.open(sample).workbook == store.load(sample)[0]
    monkeypatch.setattr(sealing.pickle, "dumps", no_pickle)
    workbook, stamp = store.load(sample)
    store.save(workbook, sample, stamp)  # the save itself goes through


def test_the_folder_is_made_owner_only(sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "deep" / "parsed"
    monkeypatch.setenv("PHAKHI_CACHE_DIR", str(folder))
    Document.open(sample)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_damaged_copy_is_removed_and_the_file_parsed(sample: Path, cache_dir: Path, no_parsing) -> None:
    Document.open(sample)
    [copy] = copies(cache_dir)
    damaged = bytearray(copy.read_bytes())
    damaged[-10] ^= 1
    copy.write_bytes(bytes(damaged))
    workbook = Document.open(sample).workbook
    assert len(no_parsing) == 2
    assert workbook == store.load(sample)[0]
    assert copies(cache_dir) == [copy]  # removed, then kept afresh from the parse
    assert copy.read_bytes() != bytes(damaged)


def test_a_copy_sealed_for_other_bytes_is_not_found(sample: Path, cache_dir: Path) -> None:
    data = sample.read_bytes()
    workbook = store.parse(data, str(sample))
    parsed_copy.keep(data + b"\n", workbook)
    assert parsed_copy.read(data) is None
    assert parsed_copy.read(data + b"\n") == workbook


@pytest.mark.parametrize(
    "payload",
    [
        pickle.dumps({"project": "not a workbook"}),
        pickle.dumps(Path("/etc/passwd")),  # a class outside the model
        b"\x80\x05garbage",
    ],
)
def test_a_sealed_copy_of_anything_but_a_workbook_is_refused(sample: Path, cache_dir: Path, payload: bytes) -> None:
    """Even with the right key (someone who had the workbook), only the model's classes are built."""
    data = sample.read_bytes()
    key = parsed_copy.COPIES.key(data)
    nonce = bytes(sealing._NONCE)
    rest = nonce + sealing._stream(key, nonce, payload)
    file = parsed_copy.COPIES.file(key)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(parsed_copy.COPIES.magic + sealing._tag(key, rest) + rest)
    assert parsed_copy.read(data) is None
    assert not file.exists()


def test_other_decoding_code_does_not_read_the_copy(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = sample.read_bytes()
    parsed_copy.keep(data, store.parse(data, str(sample)))
    assert parsed_copy.read(data) is not None
    sealing._fingerprint.cache_clear()
    real = Path.read_bytes
    edited = Path(codec.__file__)
    monkeypatch.setattr(Path, "read_bytes", lambda path: real(path) + (b"# edited" if path == edited else b""))
    try:
        assert parsed_copy.read(data) is None
    finally:
        sealing._fingerprint.cache_clear()


def test_the_folder_keeps_the_newest_copies_and_nothing_else_is_touched(tmp_path: Path, cache_dir: Path) -> None:
    """PHAKHI_CACHE_DIR may name a folder the user keeps other files in."""
    mine = [cache_dir / "notes.txt", cache_dir / ("0" * 32 + ".toml"), cache_dir / ".hidden"]
    for file in mine:
        file.write_text("the user's")
    workbook = model.Workbook()
    for n in range(parsed_copy.KEEP + 5):
        parsed_copy.keep(b"workbook %d" % n, workbook)
    assert all(file.read_text() == "the user's" for file in mine)
    assert len([p for p in copies(cache_dir) if p not in mine]) == parsed_copy.KEEP
    assert parsed_copy.read(b"workbook 0") is None
    assert parsed_copy.read(b"workbook %d" % (parsed_copy.KEEP + 4)) == workbook


def test_a_cache_folder_that_cannot_be_used_costs_only_a_parse(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_parsing
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PHAKHI_CACHE_DIR", str(blocked))
    assert Document.open(sample).workbook == Document.open(sample).workbook
    assert len(no_parsing) == 2
    workbook, stamp = store.load(sample)
    store.save(workbook, sample, stamp)  # the save itself is not troubled


@cases(60)
@given(workbooks())
def test_any_saved_workbook_opens_from_its_copy_as_a_parse_reads_it(folder: Path, workbook: model.Workbook) -> None:
    """The copy kept at a save is the workbook in memory; a parse of the saved bytes
    must give the same (the save-and-load law), or an open would differ by cache state."""
    path = folder / "remembered.toml"
    path.unlink(missing_ok=True)
    store.save(workbook, path, store.NO_FILE)
    data = path.read_bytes()
    assert parsed_copy.read(data) == store.parse(data, str(path)) == workbook


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("remembered")


def test_a_record_is_kept_as_its_class_and_its_values_not_the_names_of_its_fields(sample: Path) -> None:
    """A province's copy holds 40,000 records: a dict of slot names with each (Python's way
    for slotted classes) made it a quarter bigger and a third slower to read and write."""
    workbook = store.load(sample)[0]
    for record in (workbook.stakeholders[0], workbook.ties[0]):
        kept = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        assert b"notes" not in kept and b"strength" not in kept
        assert pickle.loads(kept) == record
