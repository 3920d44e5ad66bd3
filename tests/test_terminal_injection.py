"""Nothing from a file reaches the terminal raw: control characters are shown, markup is shown as typed.

A workbook, a CSV and a file name come from someone else; printed as they
are, an escape sequence would set the terminal's title or clear the screen.
Every command's output and the app's heading are checked here for any raw
control character (other than line breaks and tabs).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tui.app import make_app
from tui.cli import main
from tui.core.document import Document
from tui.core.vocab import Language

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
#: Any control character but a line break or a tab: C0, DEL, C1, and the bidirectional overrides.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
TITLE = "\x1b]0;OWNED\x07"
CLEAR = "\x1b[2J"


def shown(capsys) -> str:
    out, err = capsys.readouterr()
    return out + err


@pytest.fixture
def hostile_name(tmp_path: Path) -> Path:
    """A good workbook whose file name sets the terminal's title."""
    path = tmp_path / f"x{TITLE}.toml"
    shutil.copy(SAMPLES / "clean-energy.en.toml", path)
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["report", "--format", "txt"],
        ["map", "--width", "80"],
        ["export", "--format", "dot"],
    ],
)
def test_a_file_name_with_escapes_is_shown_not_obeyed(hostile_name: Path, tmp_path: Path, capsys, command) -> None:
    assert main([command[0], str(hostile_name), *command[1:], "--lang", "en"]) == 0
    assert not RAW.search(shown(capsys))
    assert main(["report", str(hostile_name), "-o", str(tmp_path / "r.md"), "--lang", "en"]) == 0
    assert not RAW.search(shown(capsys))


def test_check_shows_the_escapes_in_a_key_name_and_a_value(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'format = "phakhi-workbook"\nversion = 1\n"\\u001b]0;OWNED\\u0007" = 1\n'
        '[[stakeholders]]\nid = "s1"\nname = "x"\nsector = "\\u001b[2J"\n',
        encoding="utf-8",
    )
    assert main(["check", str(bad), "--lang", "en"]) == 2
    text = shown(capsys)
    assert not RAW.search(text)
    assert "\\x1b]0;OWNED\\x07" in text and "\\x1b[2J" in text  # what the file holds, readable


def test_an_import_row_with_escapes_is_shown_not_obeyed(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / f"rows{CLEAR}.csv"
    sheet.write_text(f"Label,Type\n{CLEAR}กลุ่ม,Person\nok,Person\n", encoding="utf-8")
    assert main(["import", str(sheet), "-o", str(tmp_path / "out.toml"), "--lang", "en"]) == 2
    assert not RAW.search(shown(capsys))


async def test_markup_in_a_file_name_and_a_title_is_shown_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "[bold]x.toml"
    document = Document.open(path, Language.EN)
    document.editor.set_project("title", "[red]ผักปลอดภัย[/red]")
    app = make_app(document)
    async with app.run_test(size=(80, 24)):
        heading = str(app.screen.query_one("#title", Static).render())
    assert "[bold]x.toml" in heading
    assert "[red]ผักปลอดภัย[/red]" in heading
