"""One cell width: the core measures text as Textual draws it.

The core (tui/core/cells.py) must not import Textual or rich, yet the map
and every table line up only if the core's width of a character is the one
the screen draws with. So the core keeps its own copy of that table
(tui/core/cell_table.py), and these tests hold it to Textual's over every
code point. When a new Textual or rich changes its table, they fail:
``uv run python tests/test_cell_width.py`` writes the core's copy again.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rich._unicode_data import load
from rich.cells import cell_len, get_character_cell_size, split_graphemes

from tui.core.cells import cell_width, char_cells, terminal_cells

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


JOINED = [
    "👩🏽\u200d🌾",  # a farmer with a skin tone: woman, tone, joiner, rice
    "👨\u200d👩\u200d👧",  # a family
    "🏳\ufe0f\u200d🌈",  # a rainbow flag: a variation selector before the joiner
    "❤\ufe0f",  # a red heart: a narrow symbol made an emoji, two cells
    "☀\ufe0f ☀",  # the sun as an emoji, then as a symbol
    "1\ufe0f\u20e3 #\ufe0f\u20e3",  # keycaps
    "✌\ufe0f✌🏽",  # a hand made an emoji, then with a skin tone (no selector: one cell)
    "ชาวนา 👩🏽\u200d🌾 ❤\ufe0f ร่วมกัน",  # among Thai
    "\u200d👩 \ufe0f❤",  # a joiner or selector with nothing before it
    "👩\u200d",  # a joiner with nothing after it
]


def as_textual_lays_out(text: str) -> list[tuple[str, int]]:
    """``text`` in cells as rich cuts it (Segment.split_cells and Textual's crops)."""
    spans, _ = split_graphemes(text)
    return [(text[start:end], cells) for start, end, cells in spans]


@pytest.mark.parametrize("text", JOINED)
def test_joined_emoji_are_as_wide_as_textual_draws_them(text: str) -> None:
    assert cell_width(text) == cell_len(text)
    assert terminal_cells(text) == as_textual_lays_out(text)


def test_any_mix_of_letters_marks_joiners_and_selectors_is_measured_as_textual_does() -> None:
    """Random text of the characters whose width depends on their neighbours."""
    alphabet = [*"a กิ่ำ中#", "\u200d", "\ufe0f", "\u20e3", "\u0301", "\x01", *"❤👩🏽🌾🇹☀✌"]
    rng = random.Random(23)
    for _ in range(20_000):
        text = "".join(rng.choices(alphabet, k=rng.randint(1, 8)))
        assert (cell_width(text), terminal_cells(text)) == (cell_len(text), as_textual_lays_out(text)), text


#: Run in a fresh process, as rich reads UNICODE_VERSION once: the core, once the app is
#: made, against rich over every code point and on joined emoji.
UNDER_ANOTHER_VERSION = """
import json, sys
from rich._unicode_data import load
from rich.cells import cell_len, get_character_cell_size
from pathlib import Path
from tui.app import make_app
from tui.core.cells import cell_width, char_cells, unicode_version
from tui.core.document import Document

make_app(Document.open(Path(sys.argv[2])))
# Below 0x40000 each code point; above, where the tables have few ranges, each range's ends.
ends = {code for first, last, _ in load().widths for code in (first - 1, first, last, last + 1)}
differ = [
    code
    for code in sorted({*range(0x40000), *ends} - {-1, sys.maxunicode + 1})
    if not 0xD800 <= code < 0xE000
    and char_cells.__wrapped__(chr(code)) != get_character_cell_size.__wrapped__(chr(code))
]
texts = json.loads(sys.argv[1])
print(json.dumps({
    "version": unicode_version(),
    "differ": differ[:5],
    "texts differ": [text for text in texts if cell_width(text) != cell_len(text)],
    "slide": char_cells("\\U0001f6dd"),
}))
"""


@pytest.mark.parametrize(
    ("named", "version", "slide"),
    [
        ("9.0.0", "9.0.0", 1),  # a playground slide (Unicode 14) is one cell to a terminal of Unicode 9
        ("12.5", "12.1.0", 1),  # a version rich has no table for: the nearest older one
        ("nonsense", "17.0.0", 2),  # not a version: the newest, as rich does
    ],
)
def test_a_unicode_version_the_user_names_is_measured_with_as_textual_does(
    named: str, version: str, slide: int, sample: Path
) -> None:
    texts = [*JOINED, "\U0001f6dd \u2764\ufe0f \u0e1c\u0e39\u0e49"]
    run = [sys.executable, "-c", UNDER_ANOTHER_VERSION, json.dumps(texts), str(sample)]
    env = {**os.environ, "UNICODE_VERSION": named}
    found = json.loads(subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout)
    assert found == {"version": version, "differ": [], "texts differ": [], "slide": slide}


def table_text() -> str:
    """tui/core/cell_table.py as Textual's table makes it now."""
    table = load()
    ranges = "\n".join(f"    (0x{first:X}, 0x{last:X}, {cells})," for first, last, cells in table.widths)
    codes = [f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}" for c in sorted(table.narrow_to_wide)]
    wide = "\n".join(f'    "{"".join(codes[i : i + 8])}"' for i in range(0, len(codes), 8))
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

#: Characters one cell wide that a variation selector 16 after them makes two (❤ and ❤️).
NARROW_TO_WIDE: frozenset[str] = frozenset(
{wide}
)
'''


def test_the_table_is_as_the_script_writes_it() -> None:
    assert TABLE.read_text(encoding="utf-8") == table_text()


if __name__ == "__main__":
    TABLE.write_text(table_text(), encoding="utf-8")
    print(f"wrote {TABLE}")
