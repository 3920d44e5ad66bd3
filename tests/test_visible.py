"""Text from a file printed safely: control characters shown, never obeyed."""

from __future__ import annotations

import pytest

from tui.core.visible import visible


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b]0;owned\x07", "\\x1b]0;owned\\x07"),  # sets the terminal's title
        ("\x1b[2J\x1b[H", "\\x1b[2J\\x1b[H"),  # clears the screen
        ("name\u202egpj.exe", "name\\u202egpj.exe"),  # shows the name reversed
        ("a\rb", "a\\x0db"),  # goes back over what was printed
        ("\x9b31m", "\\x9b31m"),  # the one-byte C1 form of ESC [
        ("two\nlines\tand a tab", "two\\x0alines\\x09and a tab"),
        ("กลุ่มเกษตรอินทรีย์ [bold]x.toml", "กลุ่มเกษตรอินทรีย์ [bold]x.toml"),  # printable: as it is
    ],
)
def test_control_characters_are_written_out(text: str, shown: str) -> None:
    assert visible(text) == shown
    assert visible(shown) == shown  # and what is shown is plain text


def test_a_report_keeps_its_lines_and_tabs() -> None:
    assert visible("หัวข้อ\n\tรายการ \x1b[2J", lines=True) == "หัวข้อ\n\tรายการ \\x1b[2J"


def test_a_windows_line_end_stays_but_a_lone_return_is_shown() -> None:
    assert visible("a;b\r\nc\rd\r\n", lines=True) == "a;b\r\nc\\x0dd\r\n"
