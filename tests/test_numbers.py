"""Numbers too long for Python, and half characters: problems at their place, not tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main
from tui.core import numbers, store
from tui.core.edit import EditError, Editor
from tui.core.io import ImportProblems, Source, import_sources
from tui.core.model import Workbook
from tui.core.problems import WorkbookError
from tui.core.visible import visible

HEADER = 'format = "phakhi-workbook"\nversion = 1\n'
DIGITS = "1" * 5000


def test_a_5000_digit_number_is_a_problem_at_its_line() -> None:
    text = HEADER + f'[[stakeholders]]\nid = "a"\nname = "A"\ninfluence = {DIGITS}\n'
    with pytest.raises(WorkbookError) as caught:
        store.parse(text.encode(), "w.toml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.col) == (6, 13)
    assert "5000 digits, more than the 4300" in problem.message


def test_underscores_count_as_no_digit_and_a_long_text_of_digits_is_no_number() -> None:
    assert numbers.too_long(f'name = "{DIGITS}"\n') is None
    assert numbers.too_long("x = 1_" + "1_" * 4300 + "1\n") == (4302, 1, 5)


def test_a_number_too_long_to_print_is_shown_by_its_first_hex_digits() -> None:
    text = HEADER + '[[stakeholders]]\nid = "a"\nname = "A"\ninfluence = 0x' + "f" * 5000 + "\n"
    with pytest.raises(WorkbookError) as caught:
        store.parse(text.encode(), "w.toml")
    assert str(caught.value.problems[0]) == (
        "w.toml:6:1: influence = 0xffffffffffffffff… is out of range — use a whole number from 1 to 5"
    )
    assert numbers.shown(5) == 5 and numbers.shown(True) is True


def test_check_of_a_long_number_exits_2_without_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "w.toml"
    path.write_text(HEADER.replace("1", DIGITS, 1))
    assert main(["check", str(path)]) == 2
    assert f"{path}:2:11: a whole number of 5000 digits" in capsys.readouterr().err


def test_a_json_import_with_a_long_number_names_its_line(tmp_path: Path) -> None:
    data = f'{{"format": "phakhi-workbook",\n "version": {DIGITS}}}'.encode()
    with pytest.raises(ImportProblems) as caught:
        import_sources(Source("w.json", data))
    assert str(caught.value.problems[0]).startswith("w.json:2:13: a whole number of 5000 digits")


@pytest.mark.parametrize(
    ("escapes", "line", "half"),
    [
        ('"\\ud800"', 2, "\\ud800"),
        ('"\\udc00 x"', 2, "\\udc00"),
        ('"\\ud83d\\ude00 \\ud800"', 2, "\\ud800"),
        ('"\\ud83d x"', 2, "\\ud83d"),
    ],
)
def test_a_json_import_with_half_a_character_names_it_and_its_line(escapes: str, line: int, half: str) -> None:
    data = f'{{"format": "phakhi-workbook", "version": 1,\n "project": {{"title": {escapes}}}}}'.encode()
    with pytest.raises(ImportProblems) as caught:
        import_sources(Source("w.json", data))
    (problem,) = caught.value.problems
    assert str(problem).startswith(f"w.json:{line}: {half} is half of a character")


def test_whole_characters_and_an_escaped_backslash_are_imported() -> None:
    data = b'{"format": "phakhi-workbook", "version": 1, "project": {"title": "\\ud83d\\ude00 \\\\ud800"}}'
    imported = import_sources(Source("w.json", data))
    assert imported.workbook.project.title == "\U0001f600 \\ud800"


def test_the_editor_refuses_half_a_character_and_messages_write_it_out() -> None:
    editor = Editor(Workbook())
    with pytest.raises(EditError, match="U\\+D800"):
        editor.set_project("title", "a\ud800")
    assert editor.workbook.project.title == ""
    assert visible("a\ud800") == "a\\ud800"
