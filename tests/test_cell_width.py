"""One cell width: the core measures text as Textual draws it.

The core (tui/core/cells.py) must not import Textual or rich, yet the map
and every table line up only if the core's width of a character is the one
the screen draws with. So the core keeps its own copy of that table
(tui/core/cell_table.py), and these tests hold it to Textual's over every
code point. When a new Textual or rich changes its table, they fail:
``uv run python tests/test_cell_width.py`` writes the core's copy again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rich._unicode_data import load
from rich.cells import cell_len, get_character_cell_size

from tui.core.cells import cell_width, char_cells

TABLE = Path(__file__).resolve().parent.parent / "tui" / "core" / "cell_table.py"
SURROGATES = range(0xD800, 0xE000)


def test_every_character_is_as_wide_as_textual_draws_it() -> None:
    ours, theirs = char_cells.__wrapped__, get_character_cell_size.__wrapped__  # uncached: 1.1 million of them
    differ = [
        f"U+{code:04X}: {ours(chr(code))} here, {theirs(chr(code))} on screen"
        for code in range(sys.maxunicode + 1)
        if code not in SURROGATES and ours(chr(code)) != theirs(chr(code))
    ]
    assert differ == [], f"{len(differ)} differ, first {differ[:5]}: uv run python tests/test_cell_width.py"


@pytest.mark.parametrize(
    "text",
    [
        "ผู้ใหญ่บ้าน",  # Thai marks above and below take no cell
        "น้ำ กำ ทำ",  # sara am takes one, after a tone mark too
        "กลุ่มเกษตรอินทรีย์ ม.อ.",
        "🤝 🌾 👍🏽",  # emoji, and a skin tone (two cells for the hand, two for the tone)
        "🇹🇭",  # a flag: two regional indicators
        "e\u0301 n\u0303",  # Latin letters with combining accents
        "क्षत्रिय",  # Devanagari: a vowel sign that takes a cell of its own (Mc)
        "ᄀ\u1160",  # a Hangul jamo that joins the one before
        "中文 ｶﾀｶﾅ",  # wide and half-width
        "\u00ad\u0600\u200b",  # a soft hyphen, an Arabic number sign, a zero-width space
        "abc\tdef\n",  # control characters take no cell
    ],
)
def test_text_is_as_wide_as_textual_draws_it(text: str) -> None:
    assert cell_width(text) == cell_len(text)


def table_text() -> str:
    """tui/core/cell_table.py as Textual's table makes it now."""
    table = load()
    ranges = "\n".join(f"    (0x{first:X}, 0x{last:X}, {cells})," for first, last, cells in table.widths)
    return f'''"""How many cells a character takes on screen, where that is not one: the table
Textual draws with (rich's, from the wcwidth project's Unicode data, MIT licensed).

Made by ``uv run python tests/test_cell_width.py``; tests/test_cell_width.py
checks it against Textual's over every code point. Not to be edited by hand.
"""

from __future__ import annotations

UNICODE_VERSION = "{table.unicode_version}"

#: (first, last, cells) code point ranges, in order; a character in none of them takes one cell.
WIDTHS: tuple[tuple[int, int, int], ...] = (
{ranges}
)
'''


def test_the_table_is_as_the_script_writes_it() -> None:
    assert TABLE.read_text(encoding="utf-8") == table_text()


if __name__ == "__main__":
    TABLE.write_text(table_text(), encoding="utf-8")
    print(f"wrote {TABLE}")
