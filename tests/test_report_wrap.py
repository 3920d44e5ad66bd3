"""Wrapping Thai and English to a width in terminal cells (tui/core/wrap.py)."""

from __future__ import annotations

import pytest

from tui.core.cells import cell_width
from tui.core.wrap import LEADING_VOWELS, TRAILING_SIGNS, flow, wrap

TEXTS = [
    "ขยายเครือข่ายผักอินทรีย์ส่งโรงพยาบาล กลุ่มเกษตรอินทรีย์ส่งผักให้โรงพยาบาลได้ไม่พอและไม่สม่ำเสมอ",
    "นัดหมายเข้าพบ แนะนำ/ชี้ให้เห็นความสอดคล้องการทำงาน/สนับสนุนนโยบายนายก ฯ/นำเสนอผลงานร่วมกับสื่อ",
    "The quick brown fox jumps over a supercalifragilisticexpialidocious dog",
    "ผู้ใหญ่บ้าน ต.น้ำน้อย 🤝 ภาคี 🌾 ร่วมมือ",
    "1. หนึ่ง\n2. สอง\n\n3. สาม",
    "ทีม 👩🏽\u200d🌾 ปลูก \u200d🌾 ผัก ❤\ufe0f ❤ ใจ 👨\u200d👩\u200d👧 บ้าน\u200d สวน",  # joined emoji, a joiner starting or ending a word
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [4, 7, 10, 16, 30, 80])
def test_lines_fit_and_nothing_is_lost(text, width):
    lines = wrap(text, width)
    assert all(cell_width(line) <= width for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [5, 9, 13])
def test_thai_is_never_cut_inside_a_syllable_start_or_end(text, width):
    lines = wrap(text, width)
    for line, following in zip(lines, lines[1:], strict=False):
        if not line or not following or line + following not in text:
            continue  # not a cut inside a word
        assert cell_width(following[0]) > 0  # a mark never starts a line
        assert following[0] not in TRAILING_SIGNS  # nor does ะ า ำ ๆ
        assert line[-1] not in LEADING_VOWELS  # and เ แ โ ใ ไ never end one


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [4, 7, 10, 16, 30])
def test_each_line_is_as_full_as_it_can_be(text, width):
    """A line broken at a space could not have taken the next word: the cells of a
    line are counted as words are added, and must match the line measured whole."""
    lines = wrap(text, width)
    for line, following in zip(lines, lines[1:], strict=False):
        paragraphs = [" ".join(paragraph.split()) for paragraph in text.split("\n")]
        if line and following and any(f"{line} {following}" in paragraph for paragraph in paragraphs):
            assert cell_width(f"{line} {following.split()[0]}") > width


def test_a_joiner_across_a_space_is_measured_as_the_screen_draws_it():
    # A joiner at a word's end takes the space after it: 6 cells, where the words alone add up to 7.
    assert cell_width("บ้าน\u200d สวน") == 6
    assert wrap("บ้าน\u200d สวน", 6) == ["บ้าน\u200d สวน"]


def test_breaks_at_spaces_first():
    assert wrap("กลุ่มเกษตรอินทรีย์ ส่งผัก ให้โรงพยาบาล", 20) == ["กลุ่มเกษตรอินทรีย์ ส่งผัก", "ให้โรงพยาบาล"]
    assert wrap("one two three", 7) == ["one two", "three"]


def test_line_breaks_are_kept_and_empty_text_is_one_line():
    assert wrap("ก\n\nข", 10) == ["ก", "", "ข"]
    assert wrap("", 10) == [""]


def test_a_long_word_starts_where_there_is_room():
    lines = wrap("3. หาแนวทางให้ได้รับการสนับสนุนนโยบายและงบประมาณจากเทศบาล", 20)
    assert lines[0].startswith("3. หา")


def test_prefers_a_cut_before_a_leading_vowel():
    # "โรงพยาบาล" begins with โ: a 12-cell line ends before it rather than inside it.
    assert wrap("ส่งผักให้โรงพยาบาลทุกวัน", 12)[0] == "ส่งผักให้"


def test_a_first_line_and_an_indent_take_their_room():
    assert wrap("one two three four", 10, first="> ", indent="  ") == ["> one two", "  three", "  four"]
    assert wrap("", 10, first="> ") == ["> "]


@pytest.mark.parametrize("text", TEXTS[:4])
@pytest.mark.parametrize("width", [9, 13, 30])
def test_kept_spaces_give_the_text_back(text, width):
    lines = wrap(text, width, first="* ", indent="  ", keep_spaces=True)
    assert all(cell_width(line) <= width for line in lines)
    assert lines[0][2:] + "".join(line[2:] for line in lines[1:]) == text


def test_flow_keeps_each_part_whole():
    assert flow(["aa", "bb", "cc"], 8, first="x:") == ["x:  aa", "  bb  cc"]
    assert flow(["a very long part"], 8, first="x:") == ["x:", "  a very long part"]
    assert flow([], 8) == []
