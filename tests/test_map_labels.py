"""A label cut to fit the map ends where a word ends, with the ellipsis, when that keeps half the room
(tui/core/textmap/labels.py): ``พ่อค้าคนกลาง…``, not ``พ่อค้าคนกลางต…``; inside a long compound of the
word list where no word ends late enough: ``พ่อค้า…``, not ``พ่อค้าคนกลา…``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.core.cells import cell_width, fit
from tui.core.textmap.draw import CAPS
from tui.core.textmap.labels import make_labels

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

#: The Thai sample's long names, segmented by hand into words and the words of their compounds
#: (พ่อค้า|คน|กลาง, เกษตร|กรรม, สำนัก|งาน, นัก|วิชา|การ, สาธารณ|สุข: สาธารณะ without its ะ), spaces as
#: their own pieces. อาหาร stays whole: no two words of the word list make it up.
SEGMENTED = {
    "พ่อค้าคนกลางตลาดสด": ["พ่อค้า", "คน", "กลาง", "ตลาด", "สด"],
    "กองสาธารณสุขและสิ่งแวดล้อม ทม.": ["กอง", "สาธารณ", "สุข", "และ", "สิ่ง", "แวดล้อม", " ", "ทม."],
    "กลุ่มเกษตรกรรมยั่งยืน": ["กลุ่ม", "เกษตร", "กรรม", "ยั่งยืน"],
    "กลุ่มพืชร่วมยางโดน งาช้าง": ["กลุ่ม", "พืช", "ร่วม", "ยาง", "โดน", " ", "งาช้าง"],
    "วิทยุชุมชนและเพจข่าวท้องถิ่น": ["วิทยุ", "ชุมชน", "และ", "เพจ", "ข่าว", "ท้อง", "ถิ่น"],
    "ผู้บริโภคผักอินทรีย์": ["ผู้บริโภค", "ผัก", "อินทรีย์"],
    "กลุ่มปลูกผักอินทรีย์อื่น": ["กลุ่ม", "ปลูก", "ผัก", "อินทรีย์", "อื่น"],
    "สำนักงานเกษตรอำเภอ": ["สำนัก", "งาน", "เกษตร", "อำเภอ"],
    "กรรมการกองทุนตำบล": ["กรรม", "การ", "กอง", "ทุน", "ตำบล"],
    "กลุ่มอาหารสมุนไพร": ["กลุ่ม", "อาหาร", "สมุนไพร"],
    "กลุ่มนักวิชาการ ม.อ.": ["กลุ่ม", "นัก", "วิชา", "การ", " ", "ม.อ."],
    "สวนผักคนเมือง": ["สวน", "ผัก", "คน", "เมือง"],
    "โรงพยาบาล": ["โรง", "พยาบาล"],
}

#: Each name cut at caps 12, 10 and 8, worked out by hand: the longest run of whole words that fits with
#: the ellipsis, the label at least half the cap (6, 5, 4 cells) and the words at least 4 cells, looking at
#: the sample's words whole first (กลุ่มอาหาร…, not กลุ่มอาหารสมุน…) and then at the words of a compound
#: (พ่อค้า…, then พ่อค้าคน…), never ending on และ ("and") where a shorter cut fits (วิทยุชุมชน…); else
#: between letters, as before (marked ``letters``).
CUTS = {
    "พ่อค้าคนกลางตลาดสด": ["พ่อค้าคนกลาง…", "พ่อค้า…", "พ่อค้า…"],
    "กองสาธารณสุขและสิ่งแวดล้อม ทม.": ["กองสาธารณสุข…", "กองสาธารณ…", "กองสาธา… letters"],
    "กลุ่มเกษตรกรรมยั่งยืน": ["กลุ่มเกษตร…", "กลุ่มเกษตร…", "กลุ่มเกษต… letters"],
    "กลุ่มพืชร่วมยางโดน งาช้าง": ["กลุ่มพืชร่วมยาง…", "กลุ่มพืชร่วม…", "กลุ่มพืช…"],
    "วิทยุชุมชนและเพจข่าวท้องถิ่น": ["วิทยุชุมชน…", "วิทยุชุมชน…", "วิทยุชุมชน…"],
    "ผู้บริโภคผักอินทรีย์": ["ผู้บริโภคผัก…", "ผู้บริโภคผัก…", "ผู้บริโภค…"],
    "กลุ่มปลูกผักอินทรีย์อื่น": ["กลุ่มปลูกผัก…", "กลุ่มปลูกผัก…", "กลุ่มปลูก…"],
    "สำนักงานเกษตรอำเภอ": ["สำนักงาน…", "สำนักงาน…", "สำนักงาน…"],
    "กรรมการกองทุนตำบล": ["กรรมการ…", "กรรมการ…", "กรรมการ…"],
    "กลุ่มอาหารสมุนไพร": ["กลุ่มอาหาร…", "กลุ่มอาหาร…", "กลุ่มอาหา… letters"],
    "กลุ่มนักวิชาการ ม.อ.": ["กลุ่มนักวิชาการ…", "กลุ่มนัก…", "กลุ่มนัก…"],
    "สวนผักคนเมือง": ["สวนผักคนเมือง", "สวนผัก…", "สวนผัก…"],
    "โรงพยาบาล": ["โรงพยาบาล", "โรงพยาบาล", "โรงพยาบ… letters"],
}


def sample_names(name: str) -> list[str]:
    return re.findall(r'^name = "(.*)"$', (SAMPLES / name).read_text(encoding="utf-8"), re.MULTILINE)


def word_ends(words: list[str]) -> set[str]:
    """The text before each place a stated segmentation lets a label end."""
    return {"".join(words[:k]).rstrip() for k in range(1, len(words))}


@pytest.mark.parametrize("name", CUTS)
def test_the_thai_sample_s_long_names_end_at_a_stated_word_boundary(name):
    assert "".join(SEGMENTED[name]) == name
    for cap, expected in zip((12, 10, 8), CUTS[name], strict=True):
        label, *how = expected.split()
        assert make_labels([name], cap, "…") == [label], cap
        assert cell_width(label) <= cap
        if label == name:
            continue
        if how:  # no word ends late enough: cut between letters, as before
            assert label == fit(name, cap, "…", trim=True, words=True)
            assert label[:-1] not in word_ends(SEGMENTED[name])
        else:
            assert label[:-1] in word_ends(SEGMENTED[name]), cap


def test_a_thai_name_cut_at_a_space_is_not_cut_further_on_at_a_word():
    # ดร.วิภาวรรณ|นัก|จุลชีววิทยา: at 20 cells the cut at the space keeps half the room; นัก… says little
    assert make_labels(["ดร.วิภาวรรณ นักจุลชีววิทยา ม.อ."], 20, "…") == ["ดร.วิภาวรรณ…"]


def test_a_label_ends_on_a_finer_word_rather_than_on_and():
    # กอง|สาธารณ|สุข|และ|สิ่ง|แวด|ล้อม: at 20 cells (19 before the ellipsis) the last whole word that fits
    # is และ, "and" (14 cells); สิ่ง, the first word of สิ่งแวดล้อม, ends at 16 cells and fits
    name = "กองสาธารณสุขและสิ่งแวดล้อม ทม."
    assert make_labels([name], 20, "…") == ["กองสาธารณสุขและสิ่ง…"]
    # at 16, สิ่ง does not fit (17 cells): the shorter กองสาธารณสุข… rather than กองสาธารณสุขและ…
    assert make_labels([name], 16, "…") == ["กองสาธารณสุข…"]
    # วิทยุ|ชุมชน|และ|เพจ|ข่าว|ท้อง|ถิ่น at 18: เพจ ends later than และ and is taken
    assert make_labels(["วิทยุชุมชนและเพจข่าวท้องถิ่น"], 18, "…") == ["วิทยุชุมชนและเพจ…"]


def test_a_label_ends_on_and_only_when_no_other_cut_keeps_enough():
    # ผัก|และ|ผลไม้|สด at 8: ผัก… is 3 cells of the name, under the 4 kept; ผลไม้ does not fit
    assert make_labels(["ผักและผลไม้สด"], 8, "…") == ["ผักและ…"]
    assert make_labels(["ผักและผลไม้สด"], 10, "…") == ["ผักและผลไม้…"]


def test_english_names_are_cut_at_a_space():
    assert make_labels(["Regional Clean Energy Network"], 15, "…") == ["Regional Clean…"]
    assert make_labels(["Provincial Energy Office"], 12, "…") == ["Provincial…"]
    assert make_labels(["Provincial Energy Office"], 20, "~") == ["Provincial Energy~"]


def test_an_english_label_never_ends_on_a_joining_word_where_a_shorter_cut_keeps_enough():
    # "Department of…" reads as half a phrase; "Department…" keeps more than half the room
    assert make_labels(["Department of Health"], 16, "…") == ["Department…"]
    assert make_labels(["Friends of the Earth"], 16, "…") == ["Friends…"]  # of the: both left out
    assert make_labels(["Health and Welfare Office"], 14, "…") == ["Health…"]
    # "Friends…" is 8 cells of 18, under half: the cut at the space stays
    assert make_labels(["Friends of the Earth Thailand"], 18, "…") == ["Friends of the…"]
    # a joining word inside the label is kept; a cut between letters is left as it is
    assert make_labels(["Bank of Thailand Office"], 18, "…") == ["Bank of Thailand…"]
    assert make_labels(["Departmentofhealth"], 12, "…") == ["Departmento…"]


def test_two_names_cut_at_a_word_to_the_same_label_are_cut_between_letters():
    # both would be กลุ่มเกษตร… (กลุ่ม|เกษตร|อินทรีย์, กลุ่ม|เกษตร|อำเภอ): a reader could not tell them apart
    names = ["กลุ่มเกษตรอินทรีย์", "กลุ่มเกษตรอำเภอ", "พ่อค้าคนกลางตลาดสด"]
    assert make_labels(names, 12, "…") == ["กลุ่มเกษตรอินท…", "กลุ่มเกษตรอำเ…", "พ่อค้าคนกลาง…"]


@pytest.mark.parametrize("sample", ["organic-farming.th.toml", "clean-energy.en.toml", "large.toml"])
def test_every_label_names_one_stakeholder_and_is_never_wider_than_a_cut_between_letters(sample):
    names = sample_names(sample)
    assert len(names) > 10
    for cap in (*CAPS, 20):
        labels = make_labels(names, cap, "…")
        assert len(set(labels)) == len(labels), cap  # the legend of short names stays exact
        for name, label in zip(names, labels, strict=True):
            if cap is None:
                assert label == name or label.startswith(name + "#")
                continue
            before = fit(name, cap, "…", trim=True, words=True)
            assert cell_width(label) <= cap
            if "#" not in label and label != name:
                assert name.startswith(label.removesuffix("…"))
                # at a word's end, half the cap kept; else between letters, as before
                assert cap <= 2 * cell_width(label) and cell_width(label) <= cell_width(before), (cap, label)
