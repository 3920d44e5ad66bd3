"""Every broken workbook in tests/corpus/ gets a precise message and exit code 2,
and none can be opened into a state that could overwrite it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.document import Document
from tui.core.problems import WorkbookError

CORPUS = Path(__file__).resolve().parent / "corpus"

#: file -> (the place the first problem names, a piece of its message). Worked out by
#: reading each file, not by running the loader.
EXPECTED: dict[str, tuple[str, str]] = {
    "binary-junk": (":2:118:", "is not UTF-8 text (byte 0x80"),
    "choice-sector": (":7:1:", 'sector = "private" is not one of the allowed values'),
    "choice-strength": (":16:1:", 'strength = "medium" is not one of the allowed values'),
    "choice-target": (":5:1:", 'target = "partner" is not one of'),
    "empty-file": (":", "there is no 'format' key"),
    "encoding-latin1": (":4:13:", "byte 0xE9"),
    "encoding-tis620": (":4:10:", "it looks like Thai saved as TIS-620 (cp874)"),
    "encoding-utf16": (":1:1:", "byte 0xFF"),
    "header-bad-language": (":3:1:", 'language = "fr" is not one of'),
    "header-future-version": (":2:1:", "written by a newer Phakhi (format version 5"),
    "header-missing-format": (":", "there is no 'format' key"),
    "header-missing-version": (":1:1:", "there is no 'version' key"),
    "header-version-text": (":2:1:", 'version = "1" is not a format version'),
    "header-version-zero": (":2:1:", "version = 0 is not a format version"),
    "header-wrong-format": (":1:1:", 'format is "kumu-export"'),
    "id-duplicate-stakeholder": (":9:1:", 'the id "s1" is already used on line 5'),
    "id-invalid-characters": (":5:1:", 'the id "s 1" is not allowed'),
    "id-thai": (":5:1:", 'the id "ภาคี1" is not allowed'),
    "key-missing-name": (":4:1:", "[[stakeholders]] entry 1 has no name"),
    "key-missing-tie-end": (":8:1:", "[[ties]] entry 1 has no b"),
    "key-unknown-project": (":4:1:", "unknown key titel in the [project] table — remove it, or did you mean title?"),
    "key-unknown-stakeholder": (":7:1:", "did you mean influence?"),
    "key-unknown-top": (":3:1:", "did you mean stakeholders?"),
    "range-influence-high": (":7:1:", "influence = 6 is out of range"),
    "range-interest-zero": (":7:1:", "interest = 0 is out of range"),
    "range-negative": (":7:1:", "influence = -1 is out of range"),
    "ref-duplicate-tie": (":17:1:", "a tie between s2 and s1 is already on line 12"),
    "ref-our-stakeholder": (":9:1:", 'our_stakeholder names stakeholder "s5"'),
    "ref-plan-row-stakeholder": (":10:1:", 'stakeholder names stakeholder "s7"'),
    "ref-self-tie": (":11:1:", 'tie "t1" joins a stakeholder to itself'),
    "ref-tie-missing-stakeholder": (":11:1:", 'b names stakeholder "s9"'),
    "syntax-bad-array-header": (":3:15:", "TOML syntax error: Expected ']]'"),
    "syntax-bad-date": (":4:12:", "TOML syntax error"),
    "syntax-bad-escape": (":4:13:", "TOML syntax error: Unescaped '\\'"),
    "syntax-bad-number": (":7:14:", "TOML syntax error"),
    "syntax-bad-table-header": (":3:9:", "TOML syntax error: Expected ']'"),
    "syntax-bare-word-value": (":4:9:", "TOML syntax error: Invalid value"),
    "syntax-control-char": (":4:11:", "TOML syntax error: Illegal character '\\x01'"),
    "syntax-duplicate-key": (":5:12:", "TOML syntax error: Cannot overwrite a value"),
    "syntax-duplicate-table": (":5:9:", "TOML syntax error: Cannot declare ('project',) twice"),
    "syntax-missing-equals": (":4:7:", "TOML syntax error: Expected '='"),
    "syntax-missing-value": (":4:8:", "TOML syntax error: Invalid value"),
    "syntax-trailing-garbage": (":4:13:", "TOML syntax error"),
    "syntax-unclosed-array": (":8:1:", "TOML syntax error: Unclosed array"),
    "syntax-unclosed-multiline": (":6:1:", "TOML syntax error: Unterminated string"),
    "syntax-unclosed-string": (":4:21:", "TOML syntax error: Illegal character '\\n'"),
    "syntax-unquoted-thai": (":6:8:", "TOML syntax error: Invalid value"),
    "text-bidi-override": (":6:1:", "name holds an invisible control character (U+202E)"),
    "text-escape-char": (":4:1:", "notes holds an invisible control character (U+001B)"),
    "text-huge-name": (":6:1:", "name is 400 characters long, over the limit of 300"),
    "type-groups-text": (":7:1:", "groups should be a list, not text"),
    "type-key-leader-text": (":7:1:", "key_leader should be true or false, not text"),
    "type-methods-text": (":5:1:", "methods should be a list, not text"),
    # A line break inside { } is TOML 1.1 (read since tomli 2.4): a table, where text belongs.
    "type-notes-inline-table": (":7:1:", "notes should be text, not a table"),
    "type-name-number": (":6:1:", "name should be text, not a whole number"),
    "type-project-list": (":3:1:", "project should be a table, not a list"),
    "type-score-float": (":7:1:", "interest should be a whole number, not a decimal number"),
    "type-score-text": (":7:1:", "influence should be a whole number, not text"),
    "type-stakeholders-table": (":3:1:", "stakeholders should be a list of [[...]] tables, not a table"),
}


def test_the_corpus_has_at_least_forty_files_and_each_has_an_expectation() -> None:
    names = sorted(path.stem for path in CORPUS.glob("*.toml"))
    assert len(names) >= 40
    assert names == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_names_the_place_and_the_fix_exits_2_and_changes_nothing(name: str, capsys) -> None:
    path = CORPUS / f"{name}.toml"
    before = path.read_bytes()
    assert main(["check", str(path), "--lang", "en"]) == 2
    first = capsys.readouterr().err.splitlines()[0]
    place, fragment = EXPECTED[name]
    assert first.startswith(f"{path}{place}"), first
    assert fragment in first
    assert " — " in first  # every message says how to fix it
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_app_refuses_to_open_it(name: str) -> None:
    with pytest.raises(WorkbookError):
        Document.open(CORPUS / f"{name}.toml")


def test_messages_are_in_thai_too(capsys) -> None:
    assert main(["check", str(CORPUS / "encoding-tis620.toml"), "--lang", "th"]) == 2
    assert "ภาษาไทยแบบ TIS-620 (cp874) ให้บันทึกใหม่เป็น UTF-8" in capsys.readouterr().err


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB of disk needed
    assert main(["check", str(path), "--lang", "en"]) == 2
    assert "the file is too big (50.0 MB; the limit is 16 MB)" in capsys.readouterr().err
    assert os.path.getsize(path) == 50 * 1024 * 1024
