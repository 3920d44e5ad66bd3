"""Terminal cell widths of Thai, Latin, CJK and emoji text — counted by hand."""

from __future__ import annotations

import pytest

from tui.core.cells import cell_width, char_cells, fit, graphemes, pad, share, terminal_cells


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("abc", 3),
        ("นายก", 4),
        ("ผู้ใหญ่บ้าน", 7),  # ผ ู ้ ใ ห ญ ่ บ ้ า น: four marks take no cell
        ("กลุ่มเกษตรอินทรีย์", 13),  # 18 characters, 5 of them marks
        ("ม.อ.", 4),
        ("中文", 4),
        ("🤝", 2),
        ("👩🏽\u200d🌾", 2),  # a farmer with a skin tone: one picture, joined
        ("👨\u200d👩\u200d👧", 2),  # a family: three emoji joined
        ("❤\ufe0f", 2),  # a heart drawn as an emoji (variation selector 16)
        ("❤", 1),  # and as a symbol
        ("1\ufe0f\u20e3", 2),  # a keycap
        ("", 0),
    ],
)
def test_cell_width(text: str, cells: int) -> None:
    assert cell_width(text) == cells


def test_fit_leaves_short_text_alone() -> None:
    assert fit("นายก ทม.", 8) == "นายก ทม."


def test_fit_cuts_by_cells_and_keeps_marks_with_their_letter() -> None:
    cut = fit("กลุ่มเกษตรอินทรีย์", 6)
    assert cut == "กลุ่มเก…"
    assert cell_width(cut) == 6


def test_fit_never_splits_a_wide_character() -> None:
    assert fit("中文字", 4) == "中…"
    assert cell_width(fit("中文字", 4)) == 3


@pytest.mark.parametrize(
    ("text", "clusters"),
    [
        ("น้ำผึ้ง", ["น้ำ", "ผึ้", "ง"]),  # sara am (ำ) belongs to its letter, as the marks do
        ("ผู้นำ", ["ผู้", "นำ"]),
        ("ทีม 👩🏽\u200d🌾", ["ที", "ม", " ", "👩🏽\u200d🌾"]),  # skin tone and joined emoji: one picture
        ("🇹🇭🇯🇵", ["🇹🇭", "🇯🇵"]),
        ("\u0e48ก", ["\u0e48", "ก"]),  # a mark with no letter before it stands alone
    ],
)
def test_graphemes(text: str, clusters: list[str]) -> None:
    assert graphemes(text) == clusters


THAI_CELLS = [
    "กำหนดหลักเกณฑ์ว่าโครงการแบบใดใช้เงินกองทุนตำบลได้",
    "ผู้นำชุมชนน้ำผึ้ง",
    "ผู้ใหญ่บ้าน ต.น้ำน้อย",
    "🤝 ภาคี 🌾 ร่วมมือ 👩🏽\u200d🌾 ทีม",
]


@pytest.mark.parametrize("text", THAI_CELLS)
@pytest.mark.parametrize("words", [False, True])
def test_a_cut_never_parts_a_letter_from_its_marks(text: str, words: bool) -> None:
    """At every width the text kept is whole grapheme clusters: no vowel, tone
    mark or sara am is left behind, nor one half of a joined emoji."""
    whole = {"".join(graphemes(text)[:n]) for n in range(len(graphemes(text)) + 1)}
    for width in range(1, cell_width(text)):
        cut = fit(text, width, words=words)
        assert cut.endswith("…") and cell_width(cut) <= width
        kept = cut.removesuffix("…")
        assert kept.rstrip() in whole or kept in whole, (width, cut)


def test_fit_keeps_sara_am_with_its_letter() -> None:
    assert fit("ผู้นำชุมชน", 3) == "ผู้…"  # not ผู้น… (นำ, to lead, is one letter and its vowel)
    assert fit("ผู้นำชุมชน", 4) == "ผู้นำ…"


def test_fit_by_words_ends_after_a_whole_word_when_one_is_near() -> None:
    assert fit("Invite as speakers, write a proposal", 22, words=True) == "Invite as speakers,…"
    assert fit("ร่วมส่งผลผลิตเข้า รพ. แลกเปลี่ยน", 16, words=True) == "ร่วมส่งผลผลิตเข้า…"
    assert fit("สื่อสารสาธารณะ · ทำกิจกรรมร่วม", 20, words=True) == "สื่อสารสาธารณะ…"  # not "สาธารณะ ·…"
    # No space in the latter half of the room: cut between letters, as without words.
    assert fit("แลกเปลี่ยนวิธีการปลูก การตลาด", 12, words=True) == fit("แลกเปลี่ยนวิธีการปลูก การตลาด", 12)


def test_share_gives_each_column_its_least_then_room_by_weight() -> None:
    assert share(30, [5, 5, 5], [40, 40, 40], [1, 1, 1]) == [10, 10, 10]
    assert share(40, [5, 5, 5], [40, 40, 40], [1, 1, 2]) == [10, 10, 20]
    assert share(30, [15, 5, 5], [40, 40, 40], [1, 1, 1]) == [15, 8, 7]  # a long least is kept, not grown


def test_share_stops_at_the_widest_text_and_keeps_the_least_when_short_of_room() -> None:
    assert share(40, [5, 5], [8, 40], [1, 1]) == [8, 32]  # what one column does not need goes to the other
    assert share(20, [5, 5], [6, 6], [1, 1]) == [6, 6]  # room left over when all is shown
    assert share(6, [5, 5], [9, 9], [1, 1]) == [5, 5]  # less room than the least: the table scrolls
    assert share(30, [9, 5], [3, 40], [1, 1]) == [9, 21]  # a least wider than the text still holds


@pytest.mark.parametrize("text", ["".join(map(chr, range(128))), "ผักอินทรีย์ abc", "น้ำ 🌾 กข", ""])
def test_cell_width_is_the_sum_of_its_characters_cells_without_joined_emoji(text: str) -> None:
    assert cell_width(text) == sum(char_cells(c) for c in text)


def test_terminal_cells_join_marks_to_their_letter_and_measure_wide_ones():
    assert terminal_cells("น้ำ漢a") == [("น้", 1), ("ำ", 1), ("漢", 2), ("a", 1)]
    assert terminal_cells("\u0e48ก") == [("\u0e48", 0), ("ก", 1)]  # a mark with no letter stands alone
    assert terminal_cells("👩🏽\u200d🌾!") == [("👩🏽\u200d🌾", 2), ("!", 1)]  # a joined emoji: one wide cell
    assert terminal_cells("❤\ufe0f❤") == [("❤\ufe0f", 2), ("❤", 1)]  # widened by its variation selector


def test_pad_fills_to_the_width_in_cells_and_leaves_wider_text_as_it_is():
    assert pad("ที่", 3) == "ที่  "
    assert pad("漢", 3) == "漢 "
    assert pad("abcd", 3) == "abcd"
