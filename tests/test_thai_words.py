"""Thai lines break between words: the seeds' own paragraphs wrapped with no word cut
(tui/core/thai_words.py, tui/core/wrap.py)."""

from __future__ import annotations

import pytest

from tui.core.cells import cell_width
from tui.core.thai_words import compound_parts, inner_ends, pieces, words
from tui.core.wrap import wrap

#: Paragraphs of seed 000 (the network-building handbook), as written; the last three
#: were wrapped at 40 and 60 columns with words cut (พื้น/ฐาน, ผลประ/โยชน์).
PARAGRAPHS = [
    "เครือข่ายที่เกิดจากวิวัฒนาการ มีกระบวนการพัฒนาที่เริ่มจากกลุ่มบุคคล องค์กรมารวมกันด้วยวัตถุประสงค์กว้าง ๆ ไม่ชัดเจน สนับสนุนและเรียนรู้ไปด้วยกัน หรือกลุ่มคนเกิดความคิดที่จะรวมตัวกัน สร้างพันธสัญญาเป็นเครือข่ายช่วยเหลือและพัฒนาตนเอง หลังถูกจุดประกายความคิดมาจากการได้รับฟัง ได้เห็นการดำเนินงานของเครือข่ายอื่น ๆ เช่น เครือข่ายเกษตรอินทรีย์ เครือข่ายผู้สูงอายุ",
    "3) พัฒนาแผนยุทธศาสตร์ความร่วมมือ เป็นการสร้างเครือข่ายให้ปรากฏเป็นรูปธรรม อย่างเป็นทางการ (Formal Agreement) มีการตกลงในเรื่องการบริหารจัดการกลุ่ม กำหนดวัตถุประสงค์ของกลุ่ม กำหนดกิจกรรม จัดวางข้อตกลงในการทำงาน การใช้ทรัพยากรร่วมกัน รวมทั้งกำหนดบทบาทของสมาชิกและสิทธิหน้าที่ของหัวหน้ากลุ่ม นอกจากนี้ ควรเริ่มเตรียมโครงสร้างพื้นฐานที่จะช่วยให้เกิดการประสาน nodes เพื่อความยั่งยืนของเครือข่าย อาทิที่ตั้งอาจเป็นพื้นที่ทางกายภาพหรือพื้นที่เสมือนในระบบออนไลน์ แพลตฟอร์มมาตรฐานเครือข่ายทางสังคม เช่น เฟสบุ๊ก เพื่อเป็นจุดเชื่อมโยงการทำงาน",
    "- เป็นการรวมตัวกันจากประชาชนโดยกลุ่มแกนนำชุมชน ซึ่งมีความหลากหลายอาชีพแล้วขยายไปสู่ระดับ ตำบล ระดับอำเภอ และระหว่างเครือข่ายกับเครือข่ายเป็นเครือข่ายเชิงพื้นที่ (Area Network)",
    "แนวคิดเครือข่ายทางสังคมมีพัฒนาการมาจากพื้นฐานของทฤษฎีการแลกเปลี่ยน (Exchange Theory) โดย George C. Homans และ Richard Emerson และทฤษฎีอื่น ๆ ที่เกี่ยวข้อง",
    "ในการประสานเชื่อมโยงเครือข่ายอย่างมีประสิทธิภาพ มักพบว่าจะมีบทบาทขององค์กรขนาดเล็กที่ไม่มีอำนาจสั่งการ เป็นผู้เชื่อมประสาน ตรงกันข้ามถ้าเป็นองค์กรประสานที่มีขนาดใหญ่และมีอำนาจหรือมีงบประมาณมาก มักจะครอบงำเครือข่าย ความร่วมมือจึงอยู่บนพื้นฐานของความเกรงใจและผลประโยชน์ชั่วคราวมากกว่าความทุ่มเทจิตใจ",
    "ข้อจำกัดของกลุ่มในการแก้ปัญหา จุดร่วมของผลประโยชน์จะนำไปสู่การกำหนดเป็นเป้าหมายร่วม และวิสัยทัศน์ที่เป็นรูปธรรมชัดเจน",
]

#: Runs of Thai from the seeds and the samples and their words, segmented by hand
#: (the words handouts broke: บริหารจัด/การ, สม่ำ/เสมอ, อำ/เภอ, ผู้สูงอา/ยุ, สิ่ง/แวดล้อม,
#: ผลประ/โยชน์, พื้น/ฐาน).
STATED = {
    "มีการตกลงในเรื่องการบริหารจัดการกลุ่ม": ["มี", "การ", "ตกลง", "ใน", "เรื่อง", "การบริหาร", "จัดการ", "กลุ่ม"],
    "เครือข่ายผู้สูงอายุ": ["เครือข่าย", "ผู้สูงอายุ"],
    "ระดับอำเภอ": ["ระดับ", "อำเภอ"],
    "แจ้งข้อมูลอย่างสม่ำเสมอ": ["แจ้ง", "ข้อมูล", "อย่าง", "สม่ำเสมอ"],
    "กองสาธารณสุขและสิ่งแวดล้อม": ["กอง", "สาธารณสุข", "และ", "สิ่งแวดล้อม"],
    "ส่งเสริมสุขภาพ": ["ส่งเสริม", "สุขภาพ"],
    "จุดร่วมของผลประโยชน์จะนำไปสู่การกำหนดเป็นเป้าหมายร่วม": [
        "จุดร่วม",
        "ของ",
        "ผลประโยชน์",
        "จะ",
        "นำไปสู่",
        "การ",
        "กำหนด",
        "เป็น",
        "เป้าหมาย",
        "ร่วม",
    ],
    "แนวคิดเครือข่ายทางสังคมมีพัฒนาการมาจากพื้นฐานของทฤษฎีการแลกเปลี่ยน": [
        "แนวคิด",
        "เครือข่าย",
        "ทางสังคม",
        "มี",
        "พัฒนาการ",
        "มาจาก",
        "พื้นฐาน",
        "ของ",
        "ทฤษฎี",
        "การ",
        "แลกเปลี่ยน",
    ],
}
STATED_WORDS = {word for stated in STATED.values() for word in stated}


def broken_words(lines: list[str], stated: set[str]) -> list[str]:
    """The stated words that end one line and go on at the start of the next, as ``before/after``."""
    return [
        f"{word[:at]}/{word[at:]}"
        for line, following in zip(lines, lines[1:], strict=False)
        for word in stated
        for at in range(1, len(word))
        if line.endswith(word[:at]) and following.lstrip().startswith(word[at:])
    ]


def cuts_off_a_word_boundary(text: str, width: int) -> list[str]:
    """Where the lines of ``text``, its spaces kept, break inside a word the
    dictionary knows, as ``before/after``."""
    lines = wrap(text, width, keep_spaces=True)
    assert "".join(lines) == text
    wrong, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        if text[at - 1] == " " or text[at] == " ":
            continue
        start = text.rfind(" ", 0, at) + 1
        end = text.find(" ", at) % (len(text) + 1)
        run, inside = text[start:end], at - start
        offsets = {sum(len(word) for word in pieces(run)[:n]) for n in range(len(pieces(run)))}
        if inside not in offsets:
            wrong.append(f"{text[start:at]}/{text[at:end]}")
    return wrong


@pytest.mark.parametrize("run", STATED)
def test_the_dictionary_finds_the_stated_words(run):
    assert words(run) == STATED[run]
    assert "".join(pieces(run)) == run


@pytest.mark.parametrize("width", [40, 60])
@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_the_seeds_paragraphs_wrap_between_words(paragraph, width):
    lines = wrap(paragraph, width)
    assert all(cell_width(line) <= width for line in lines)
    assert "".join("".join(lines).split()) == "".join(paragraph.split())
    assert broken_words(lines, STATED_WORDS) == []
    assert cuts_off_a_word_boundary(paragraph, width) == []


@pytest.mark.parametrize("run", STATED)
def test_a_run_of_thai_breaks_only_between_its_stated_words(run):
    """At every width from the longest word to the whole run, in a line of its own
    and after a word already on the line."""
    longest = max(cell_width(word) for word in STATED[run])
    for width in range(longest, cell_width(run) + 1):
        for text in (run, f"ใน {run}"):
            lines = wrap(text, width)
            assert all(cell_width(line) <= width for line in lines)
            assert broken_words(lines, set(STATED[run])) == [], (width, lines)


def test_the_issues_examples_wrap_whole():
    # Before: แจ้งข้อมูลอย่างสม่ำ / เสมอ and กองสาธารณสุขและสิ่ง / แวดล้อม ทม.
    assert wrap("แจ้งข้อมูลอย่างสม่ำเสมอ", 14) == ["แจ้งข้อมูลอย่าง", "สม่ำเสมอ"]
    assert wrap("กองสาธารณสุขและสิ่งแวดล้อม ทม.", 16) == ["กองสาธารณสุขและ", "สิ่งแวดล้อม ทม."]


def test_a_word_longer_than_the_line_is_still_cut_to_fit():
    lines = wrap("ผู้สูงอายุ", 4)
    assert "".join(lines) == "ผู้สูงอายุ"
    assert all(cell_width(line) <= 4 for line in lines)


#: A sentence of seed 002 written as one run of 148 letters (the health check shows it), and its words.
LONG_RUN = (
    "การทำให้หุ้นส่วนของเครือข่ายยึดโยงกันอย่างเหนียวแน่นจึงจำเป็นต้องทำให้หุ้นส่วนแต่ละคนรู้สึกว่า"
    "หากเอาหุ้นส่วนคนใดคนหนึ่งออกไปจะทำให้เครือข่ายล้มลงได้"
)
LONG_RUN_WORDS = [
    "การ",
    "ทำให้",
    "หุ้นส่วน",
    "ของ",
    "เครือข่าย",
    "ยึด",
    "โยง",
    "กัน",
    "อย่าง",
    "เหนียวแน่น",
    "จึง",
    "จำเป็นต้อง",
    "ทำให้",
    "หุ้นส่วน",
    "แต่ละคน",
    "รู้สึก",
    "ว่า",
    "หาก",
    "เอา",
    "หุ้นส่วน",
    "คนใดคนหนึ่ง",
    "ออก",
    "ไป",
    "จะ",
    "ทำให้",
    "เครือข่าย",
    "ล้ม",
    "ลง",
    "ได้",
]


def test_a_run_longer_than_the_segmenter_takes_at_once_keeps_every_letter():
    """The segmenter used before (nlpo3) lost letters from 140 characters on: the words of
    a long run are those of the run, and five of them in a row (740 characters) give the
    text back."""
    assert len(LONG_RUN) >= 140
    assert words(LONG_RUN) == LONG_RUN_WORDS
    assert "".join(words(LONG_RUN * 5)) == LONG_RUN * 5
    assert words(LONG_RUN * 5)[:28] == LONG_RUN_WORDS[:28]  # then ได้การ ("it works"): the runs meet
    assert words(f"{LONG_RUN} {LONG_RUN}") == [*LONG_RUN_WORDS, " ", *LONG_RUN_WORDS]


def test_text_without_thai_is_one_piece():
    assert pieces("supercalifragilistic") == ["supercalifragilistic"]
    assert words("") == []


def test_the_word_list_is_kept_a_byte_a_letter():
    """Issue 25: every session that shows Thai holds the list; as Python text it took 7.7 MB
    (two bytes a letter, a bigger object a word), as a set of bytes 4.6 MB; in one string of
    bytes and a table of where each word starts, under 1.5 MB."""
    import tracemalloc

    from tui.core import thai_words

    tracemalloc.start()
    try:
        known, longest = thai_words._dictionary.__wrapped__()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(known) > 60_000 and held < 1_500_000
    assert thai_words._coded("สิ่งแวดล้อม") in known and len(thai_words._coded("สิ่งแวดล้อม")) == len("สิ่งแวดล้อม")
    assert longest >= len("ผู้สูงอายุ")


#: Long words of the word list and the fewest words of it that make each up, by hand: a label cut inside
#: one ends between them. A part of one consonant (อา, วิ, สำ) is not taken for a word: อาหาร, วิภา stay
#: whole. The first word of a compound may be a listed word without its last ะ, of three consonants or
#: more: สาธารณสุข is สาธารณะ and สุข; ระยอง is not ระยะ and อง, nor หลวง หละ and วง.
COMPOUNDS = {
    "พ่อค้าคนกลาง": ("พ่อค้า", "คนกลาง"),
    "คนกลาง": ("คน", "กลาง"),
    "โรงพยาบาล": ("โรง", "พยาบาล"),
    "เกษตรกรรม": ("เกษตร", "กรรม"),
    "นักวิชาการ": ("นัก", "วิชาการ"),
    "ข่าวท้องถิ่น": ("ข่าว", "ท้องถิ่น"),
    "สำนักงาน": ("สำนัก", "งาน"),
    "อาหาร": (),
    "วิภา": (),
    "สาธารณสุข": ("สาธารณ", "สุข"),
    "ศิลปกรรม": ("ศิลป", "กรรม"),
    "ระยอง": (),
    "หลวง": (),
    "กลุ่ม": (),
}


@pytest.mark.parametrize("word", COMPOUNDS)
def test_a_long_word_is_the_fewest_words_that_make_it_up(word):
    assert compound_parts(word) == COMPOUNDS[word]


def test_a_name_s_cuts_inside_its_words_come_level_by_level():
    # พ่อค้าคนกลาง|ตลาดสด: พ่อค้า|คนกลาง and ตลาด|สด first (after 6 and 16 letters), then คน|กลาง (after 8)
    assert words("พ่อค้าคนกลางตลาดสด") == ["พ่อค้าคนกลาง", "ตลาดสด"]
    assert inner_ends("พ่อค้าคนกลางตลาดสด") == [(6, 16), (8,)]
    # กลุ่มนักวิชาการ ม.อ.: นัก|วิชาการ, then วิชา|การ; ม.อ. has no Thai word of two consonants inside
    assert inner_ends("กลุ่มนักวิชาการ ม.อ.") == [(8,), (12,)]
    assert inner_ends("Clean Energy") == [] and inner_ends("อาหาร") == []


def test_the_word_list_knows_what_a_set_of_its_words_knows():
    """Every word of the file is in the list, and a piece of one (its beginnings, a word and
    the beginning of another, the same piece across two words of the string) only if the file
    lists it too."""
    from tui.core import thai_words

    lines = thai_words._coded(thai_words.WORDS.read_text(encoding="utf-8")).splitlines()
    listed = [word for word in map(bytes.strip, lines) if word and b"?" not in word]
    known, _ = thai_words._dictionary()
    expected = frozenset(listed)
    assert len(known) == len(expected)
    assert all(word in known for word in listed)
    for first, second in zip(listed[::7], listed[1::7], strict=False):
        for piece in (*(first[:end] for end in range(1, len(first))), first + second[:2], first + b"\n" + second):
            assert (piece in known) == (piece in expected), piece
    assert b"" not in known and "การ" not in known  # only the coded bytes are words


def test_a_run_is_searched_as_far_as_its_longest_possible_word():
    """Every listed word fits in the reach from its first letter; two letters no word begins
    with reach one letter (a word of one letter may still be listed)."""
    from tui.core import thai_words
    from tui.core.thai_words import WordList

    known, longest = thai_words._dictionary()
    lines = thai_words._coded(thai_words.WORDS.read_text(encoding="utf-8")).splitlines()
    listed = [word for word in map(bytes.strip, lines) if word and b"?" not in word]
    assert all(known.reach(word, 0) >= len(word) for word in listed)
    assert max(known.reach(word, 0) for word in listed) == longest
    assert known.reach(thai_words._coded("การ"), 0) < longest / 2  # the look-ups it saves
    small = WordList([b"abc", b"abcdef", b"x"])
    assert [small.reach(text, 0) for text in (b"abq", b"ab", b"x", b"xy", b"qq")] == [6, 6, 1, 1, 1]


def test_a_word_list_keeps_each_word_once():
    from tui.core.thai_words import WordList

    listed = WordList([b"ab", b"abc", b"ab", b"b"])
    assert len(listed) == 3
    assert [piece in listed for piece in (b"a", b"ab", b"abc", b"b", b"bc", b"abcb", b"ab\nabc")] == [
        False,
        True,
        True,
        True,
        False,
        False,
        False,
    ]


def test_two_words_and_the_newline_between_are_not_a_word():
    """The string holds ``ab\\nc\\n``: a piece that starts where ``ab`` does and ends at a
    newline is not a word unless it is ``ab``. (Each list's table has 8 places, 2 taken:
    in 200 lists, the piece's first look lands on ``ab``'s place in about a quarter.)"""
    from tui.core.thai_words import WordList

    for number in range(200):
        first = b"a%d" % number
        assert first + b"\nc" not in WordList([first, b"c"])
