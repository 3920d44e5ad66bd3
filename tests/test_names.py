"""Names a reader takes for one: the Thai-aware normal form, on hand-worked pairs."""

from __future__ import annotations

import pytest

from tui.core.model import Stakeholder
from tui.core.names import namesakes, normal_name, same_name

SAME = [
    ("รพ.สต. บ้านนา", "รพ.สต.บ้านนา"),  # a space or none
    ("คนๆ", "คน ๆ"),  # mai yamok written apart
    ("เทศบาล\u200bเมือง", "เทศบาลเมือง"),  # a zero-width space from a chat app
    ("\u0e17\u0e48\u0e35", "\u0e17\u0e35\u0e48"),  # ที่: the tone typed before the vowel above
    ("\u0e01\u0e49\u0e38\u0e07", "\u0e01\u0e38\u0e49\u0e07"),  # กุ้ง: the tone before the vowel below
    ("\u0e19\u0e49\u0e33", "\u0e19\u0e49\u0e4d\u0e32"),  # น้ำ: sara am, or nikhahit and sara aa
    ("\u0e19\u0e4d\u0e49\u0e32", "\u0e19\u0e49\u0e33"),  # ...with the tone after the nikhahit
    ("ที่่", "ที่"),  # a tone mark typed twice shows once
    ("\u0e19\u0e33\u0e49", "\u0e19\u0e49\u0e33"),  # น้ำ with the tone typed after sara am
    ("PSU Hat Yai", "psu hatyai"),
]
DIFFERENT = [
    ("ที่", "ทิ่"),  # another vowel
    ("บ้าน", "บาน"),  # a tone mark is a different word
    ("รพ.สต.บ้านนา", "รพ.สต.บ้านนาค"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_names_a_reader_takes_for_one_have_one_normal_form(a: str, b: str) -> None:
    assert a != b
    assert same_name(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_stay_different(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_the_normal_form_orders_the_marks_as_they_stack() -> None:
    assert normal_name("\u0e17\u0e48\u0e35") == "\u0e17\u0e35\u0e48"  # vowel above, then the tone


def test_namesakes_leaves_out_the_one_renamed_and_blank_names() -> None:
    people = [Stakeholder("s1", "เทศบาลเมือง"), Stakeholder("s2", "เทศบาล เมือง"), Stakeholder("s3", "อบต.")]
    assert [s.id for s in namesakes(people, "เทศบาลเมือง")] == ["s1", "s2"]
    assert [s.id for s in namesakes(people, "เทศบาลเมือง", besides="s1")] == ["s2"]
    assert namesakes(people, "  ") == []
