"""The report: what it says (known answers), in which words, and how each format lays it out."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tui.core import store
from tui.core.cells import cell_width
from tui.core.model import Plan, PlanRow, Project, Stakeholder, Tie, Workbook
from tui.core.report import (
    Fields,
    Heading,
    ReportFormat,
    Table,
    build_report,
    format_for,
    render,
    render_html,
    render_markdown,
    render_text,
)
from tui.core.vocab import Closeness, Group, Kind, Language, Relation, Sector, Strength

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
THAI = re.compile("[\u0e00-\u0e7f]")


def sample(name: str) -> Workbook:
    return store.load(SAMPLES / name)[0]


@pytest.fixture(scope="module")
def thai() -> Workbook:
    return sample("organic-farming.th.toml")


def four() -> Workbook:
    """Worked by hand: one stakeholder in each cell of the grid (4 or 5 is high).

    กลุ่มเรา 5/5 -> 1, นายก 5/2 -> 2, ชาวบ้าน 2/4 -> 3, ร้านค้า 1/1 -> 4; key
    players (high interest): กลุ่มเรา and ชาวบ้าน. Ties: เรา══นายก (strong),
    เรา──ชาวบ้าน, ชาวบ้าน──ร้านค้า. So the plan reads นายก as tight, ร้านค้า as
    loose through ชาวบ้าน, and the row for ชาวบ้าน keeps what the user entered.
    """
    return Workbook(
        language=Language.TH,
        project=Project(title="ตลาดสีเขียว", objective="หาภาคีร่วมจัดตลาด"),
        stakeholders=[
            Stakeholder("s1", "กลุ่มเรา", Sector.PEOPLE, Kind.NODE, influence=5, interest=5, groups=[Group.INTERESTED]),
            Stakeholder(
                "s2",
                "นายก",
                Sector.GOVERNMENT,
                Kind.INDIVIDUAL,
                influence=5,
                interest=2,
                key_leader=True,
                groups=[Group.INFLUENCES],
            ),
            Stakeholder(
                "s3",
                "ชาวบ้าน",
                Sector.PEOPLE,
                Kind.NETWORK,
                influence=2,
                interest=4,
                groups=[Group.AFFECTED, Group.INTERESTED],
            ),
            Stakeholder("s4", "ร้านค้า", Sector.PEOPLE, Kind.NODE, influence=1, interest=1),
        ],
        ties=[
            Tie("t1", "s1", "s2", Strength.STRONG),
            Tie("t2", "s1", "s3", Strength.WEAK),
            Tie("t3", "s3", "s4", Strength.WEAK),
        ],
        plan=Plan(
            our_group="กลุ่มเรา",
            our_stakeholder="s1",
            rows=[
                PlanRow("p1", stakeholder="s2", target=Relation.COOPERATE, methods=["ประชุม"]),
                PlanRow("p2", group="ร้านค้าในตลาด", stakeholder="s4", target=Relation.COLLABORATE),
                PlanRow(
                    "p3",
                    stakeholder="s3",
                    current=Closeness.TIGHT,
                    target=Relation.COLLABORATE,
                    methods=["ทำกิจกรรมร่วม", "  "],
                ),
            ],
        ),
    )


def fields_after(report, heading: str) -> dict[str, str]:
    blocks = list(report.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    block = next(b for b in blocks[start + 1 :] if isinstance(b, Fields))
    return {f.label: f.value for f in block.items}


def table_after(report, heading: str) -> Table:
    blocks = list(report.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    return next(b for b in blocks[start + 1 :] if isinstance(b, Table))


# --- known answers -------------------------------------------------------------------


def test_the_grid_lists_each_cell_in_the_seeds_order():
    report = build_report(four())
    assert fields_after(report, "ตารางวิเคราะห์อิทธิพลและความสนใจ") == {
        "1 อิทธิพลมาก สนใจมาก": "กลุ่มเรา",
        "2 อิทธิพลมาก สนใจน้อย": "นายก",
        "3 อิทธิพลน้อย สนใจมาก": "ชาวบ้าน",
        "4 อิทธิพลน้อย สนใจน้อย": "ร้านค้า",
        "ผู้เล่นหลัก": "กลุ่มเรา, ชาวบ้าน",
    }


def test_the_stakeholder_tables_by_sector():
    report = build_report(four())
    people = table_after(report, "ประชาชน ประชาสังคม เอกชน")
    assert people.header == ("ชื่อ", "ประเภท", "อิทธิพล", "ความสนใจ", "ช่อง", "ผู้เล่นหลัก/แกนนำ", "กลยุทธ์")
    assert people.rows == (
        ("กลุ่มเรา", "กลุ่ม/องค์กร", "5", "5", "1", "ผู้เล่นหลัก", "บริหารจัดการอย่างใกล้ชิด"),
        ("ชาวบ้าน", "เครือข่าย", "2", "4", "3", "ผู้เล่นหลัก", "แจ้งข้อมูลอย่างสม่ำเสมอ"),
        ("ร้านค้า", "กลุ่ม/องค์กร", "1", "1", "4", "", "เฝ้าติดตาม"),
    )
    government = table_after(report, "ภาครัฐ")
    assert government.rows == (("นายก", "บุคคล", "5", "2", "2", "แกนนำสำคัญ", "ดูแลให้พึงพอใจ"),)
    texts = report.texts()
    assert "ยังไม่มีผู้มีส่วนได้ส่วนเสียในภาคนี้" in texts  # no academic stakeholder


def test_the_group_table_puts_names_in_their_cells():
    table = table_after(build_report(four()), "ลักษณะของกลุ่ม แยกตามไตรพลัง")
    assert table.header == ("ลักษณะของกลุ่ม", "ประชาชน", "วิชาการ", "ภาครัฐ")
    assert table.rows == (
        ("กลุ่มที่มีอิทธิพลต่อโครงการเรา", "", "", "นายก"),
        ("กลุ่มที่โครงการเราไปมีผลต่อเขา", "ชาวบ้าน", "", ""),
        ("กลุ่มที่สนใจความสำเร็จและความล้มเหลวของโครงการเรา", "กลุ่มเรา\nชาวบ้าน", "", ""),
    )


def test_the_planning_table_reads_current_relationships_from_the_map():
    table = table_after(build_report(four()), "แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน")
    assert table.header == (
        "กลุ่ม",
        "ความสัมพันธ์เดิม",
        "ความสัมพันธ์ใหม่",
        "ประโยชน์เรา/แลกเปลี่ยน",
        "ประโยชน์เพื่อน",
        "วิธีการ",
        "ผู้รับผิดชอบ",
        "วันทบทวน",
        "สถานะ",
    )
    assert [row[:3] for row in table.rows] == [
        ("กลุ่มเรา", "", ""),  # our own group first, as in the seed
        ("นายก", "แน่นแฟ้น", "ประสานการทำงาน"),  # the group column falls back to the name
        ("ร้านค้าในตลาด", "หลวม ผ่านชาวบ้าน", "มีส่วนร่วม"),
        ("ชาวบ้าน", "แน่นแฟ้น *", "มีส่วนร่วม"),  # entered by hand: starred
    ]
    assert table.rows[3][5] == "- ทำกิจกรรมร่วม"  # blank methods are left out


def test_the_network_findings():
    report = build_report(four())
    found = fields_after(report, "บทบาทในเครือข่าย")
    assert found["จุดตัด"] == "กลุ่มเรา, ชาวบ้าน"
    assert found["ภาคีที่ยังไม่มีความสัมพันธ์"] == "ไม่มี"
    assert found["สะพานเชื่อมที่ยังหลวม"] == "กลุ่มเรา – ชาวบ้าน\nชาวบ้าน – ร้านค้า"
    measures = fields_after(report, "ค่าวัดของเครือข่าย")
    assert measures["ความหนาแน่น"] == "0.50"  # 3 ties of 6 possible
    assert measures["ภาคีที่มีความสัมพันธ์"] == "4"


# --- the Thai and the English sample ----------------------------------------------------

SEED_TERMS = [
    "ประชาชน ประชาสังคม เอกชน",
    "วิชาการ",
    "ภาครัฐ",
    "อิทธิพลมาก สนใจมาก",
    "อิทธิพลมาก สนใจน้อย",
    "อิทธิพลน้อย สนใจมาก",
    "อิทธิพลน้อย สนใจน้อย",
    "กลุ่มที่มีอิทธิพลต่อโครงการเรา",
    "กลุ่มที่โครงการเราไปมีผลต่อเขา",
    "ผู้เล่นหลัก",
    "แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน",
    "ความสัมพันธ์เดิม",
    "ความสัมพันธ์ใหม่",
    "ประโยชน์เรา/แลกเปลี่ยน",
    "ประโยชน์เพื่อน",
    "วิธีการ",
    "ชื่อผู้ที่ติดต่อได้",
    "เข้าถึงภาคีได้อย่างไร",
    "ความสัมพันธ์เครือข่ายอย่างหลวม ๆ",
    "จุดร่วม (Hub)",
    "จุดตัด",
    "หลวม ผ่านชาคริต",
    "คำแนะนำจากเอกสารประกอบการสอน",
]

SEED_PLAN = [
    ("กรรมการกองทุนตำบล", "หลวม", "ประสานการทำงาน"),
    ("กลุ่มนักวิชาการ ม.อ.", "หลวม", "ประสานการทำงาน"),
    ("กลุ่มเกษตรกรรมยั่งยืน", "หลวม", "มีส่วนร่วม"),
    ("กลุ่มพืชร่วมยางโดน งาช้าง", "หลวม", "มีส่วนร่วม"),
    ("กลุ่มอาหารสมุนไพร", "หลวม", "มีส่วนร่วม"),
    ("สวนผักคนเมือง", "หลวม ผ่านชาคริต", "มีส่วนร่วม"),
]


def test_thai_report_speaks_the_seeds_words(thai):
    report = build_report(thai)
    # Wide enough that no table cell is wrapped inside a term; Markdown never wraps.
    for text in (render_text(report, 240), render_markdown(report), render_html(report)):
        for term in SEED_TERMS:
            assert term in text, term


def test_thai_plan_rows_come_in_the_seeds_order_with_their_targets(thai):
    report = build_report(thai)
    table = table_after(report, "แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน")
    assert table.rows[0][0] == "กลุ่มเกษตรอินทรีย์"
    assert [row[:3] for row in table.rows[1:]] == SEED_PLAN
    # ... and so does the printed text, each row's target under its group.
    text = render_text(report)
    plan = text[text.index("แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน") :]
    positions = [plan.index(group) for group, _, _ in SEED_PLAN]
    assert positions == sorted(positions)
    for (group, _current, target), start, end in zip(SEED_PLAN, positions, [*positions[1:], len(plan)], strict=True):
        assert target in plan[start:end], group


def test_english_report_of_the_thai_sample(thai):
    report = build_report(thai, lang="en")
    text = render_text(report)
    for words in [
        "Stakeholders",
        "High influence, high interest",
        "Plan to expand the network across issues",
        "Current relationship",
        "Collaborate",
        "Co-operate",
        "Loose via ชาคริต",
        "Loose network",
        "Advice from the course material",
        "Key players with no ties",
    ]:
        assert words in " ".join(text.split()), words
    # Every heading below the title is in English (stakeholder names stay as entered).
    headings = [b.text for b in report.blocks if isinstance(b, Heading) and b.level > 1]
    assert headings and not [h for h in headings if THAI.search(h)]


def test_language_defaults_to_the_workbooks(thai):
    assert build_report(thai).lang is Language.TH
    assert build_report(sample("clean-energy.en.toml")).lang is Language.EN


def test_shape_advice_says_where_it_comes_from():
    report = build_report(four())  # a chain with us in it: through a bottleneck, not the seed's three
    found = fields_after(report, "รูปแบบความสัมพันธ์ของเครือข่าย")
    assert set(found) == {"รูปแบบความสัมพันธ์ของเครือข่าย", "คำแนะนำ"}
    notes = [f.note for b in report.blocks if isinstance(b, Fields) for f in b.items if f.label == "คำแนะนำ"]
    assert notes[0] in ("คำแนะนำจากเอกสารประกอบการสอน", "คำแนะนำของภาคี (โปรแกรม)")


def test_an_empty_workbook_still_makes_a_report():
    workbook = Workbook(language=Language.EN)
    for fmt in ReportFormat:
        out = render(build_report(workbook), fmt)
        assert "(untitled project)" in out
        assert "There are no plan rows yet" in out


# --- plain text ------------------------------------------------------------------------


@pytest.mark.parametrize("width", [20, 40, 60, 80, 132])
@pytest.mark.parametrize("name", ["organic-farming.th.toml", "clean-energy.en.toml"])
def test_text_lines_never_exceed_the_width_in_cells(name, width):
    workbook = sample(name)
    for lang in Language:
        text = render_text(build_report(workbook, lang=lang), width)
        too_wide = [line for line in text.splitlines() if cell_width(line) > width]
        assert too_wide == []


def test_the_large_sample_fits_80_columns():
    text = render_text(build_report(sample("large.toml")))
    assert max(cell_width(line) for line in text.splitlines()) <= 80


def test_text_columns_line_up_by_cells_not_characters():
    text = render_text(build_report(four()))
    lines = text.splitlines()
    rules = [i for i, line in enumerate(lines) if re.fullmatch(r"-+(  -+)+", line)]
    assert rules
    for at in rules:
        starts = [m.start() for m in re.finditer(r"-+", lines[at])]
        # The header above and the first row below: every column starts at the
        # same cell (Thai marks take none), after at least two blank cells.
        for line in (lines[at - 1], lines[at + 1]):
            cells = _cell_starts(line)
            for column in starts[1:]:
                if column < len(cells) and cells[column] is not None:
                    assert line[cells[column] - 2 : cells[column]] == "  ", (line, column)


def _cell_starts(line: str) -> list[int | None]:
    """For each cell position, the index of the character drawn there (None inside a wide one)."""
    starts: list[int | None] = []
    for index, character in enumerate(line):
        width = cell_width(character)
        if width:
            starts += [index] + [None] * (width - 1)
    return starts


def test_thai_marks_take_no_cell_in_a_table():
    workbook = four()
    text = render_text(build_report(workbook))
    row = next(line for line in text.splitlines() if line.startswith("กลุ่มเรา "))
    header = next(line for line in text.splitlines() if line.startswith("ชื่อ "))
    # "กลุ่มเรา" is 8 characters but 6 cells; the next column starts where the header's does.
    assert cell_width("กลุ่มเรา") == 6 and len("กลุ่มเรา") == 8
    assert _cell_starts(row).index(row.index("กลุ่ม/องค์กร")) == _cell_starts(header).index(header.index("ประเภท"))


def test_wide_tables_become_records_on_a_narrow_page_and_tables_on_a_wide_one(thai):
    report = build_report(thai)

    def plan_part(text: str) -> list[str]:
        return text[text.index("แผนการขยายเครือข่ายข้ามประเด็น") :].splitlines()

    def is_header(line: str) -> bool:
        return line.startswith("กลุ่ม ") and "ความสัมพันธ์เดิม" in line

    narrow, wide = plan_part(render_text(report, 80)), plan_part(render_text(report, 240))
    assert any(is_header(line) for line in wide)  # one row per group, as on the worksheet
    assert not any(is_header(line) for line in narrow)
    assert any(re.fullmatch(r"  ความสัมพันธ์เดิม +หลวม ผ่านชาคริต", line) for line in narrow)  # a record per group


# --- Markdown --------------------------------------------------------------------------


def _cells(line: str) -> int:
    """Columns in a pipe-table line: unescaped pipes less one."""
    return len(re.findall(r"(?<!\\)\|", line)) - 1


def test_markdown_tables_have_the_same_number_of_columns_in_every_row(thai):
    workbook = four()
    workbook.stakeholders[0].name = "กลุ่ม|เรา *ตัวหนา*"
    workbook.plan.rows[0].our_benefit = "บรรทัดหนึ่ง\nบรรทัด | สอง"
    for book in (thai, workbook):
        md = render_markdown(build_report(book))
        tables = re.findall(r"(?:^\|.*\|$\n?)+", md, flags=re.MULTILINE)
        assert len(tables) >= 4
        for table in tables:
            lines = table.strip("\n").split("\n")
            assert re.fullmatch(r"\|(---\|)+", lines[1])
            assert {_cells(line) for line in lines} == {lines[1].count("---")}, table
    md = render_markdown(build_report(workbook))
    assert "กลุ่ม\\|เรา \\*ตัวหนา\\*" in md
    assert "บรรทัดหนึ่ง<br>บรรทัด \\| สอง" in md


def test_markdown_headings_and_escaping():
    workbook = four()
    workbook.project.issue = "<script>alert(1)</script> & # ไม่ใช่หัวข้อ"
    md = render_markdown(build_report(workbook))
    assert md.startswith("# ตลาดสีเขียว\n")
    assert "\n## ตารางวิเคราะห์อิทธิพลและความสนใจ\n" in md
    assert "<script>" not in md and "&lt;script>" in md


# --- HTML ------------------------------------------------------------------------------


class StrictParser(HTMLParser):
    """Checks that every element is closed in order and collects the text."""

    VOID = {"meta", "br", "link", "img", "hr", "input"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []
        self.root_lang: str | None = None
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.root_lang = dict(attrs).get("lang")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_html_is_well_formed_with_its_language(thai, lang):
    html = render_html(build_report(thai, lang=lang))
    parser = StrictParser()
    parser.feed(html)
    parser.close()
    assert parser.doctype.lower() == "doctype html"
    assert parser.errors == [] and parser.stack == []
    assert parser.root_lang == lang
    assert '<meta charset="utf-8">' in html
    assert "@media print" in html
    assert "<script" not in html and "http" not in html  # self-contained


def test_html_escapes_markup_and_keeps_thai_as_text():
    workbook = four()
    workbook.stakeholders[0].name = 'กลุ่ม<script>alert("x")</script>เรา & ผองเพื่อน'
    html = render_html(build_report(workbook))
    assert "<script>" not in html
    assert "กลุ่ม&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;เรา &amp; ผองเพื่อน" in html
    assert "ผู้มีส่วนได้ส่วนเสีย" in html  # Thai as characters, not &#...; references
    parser = StrictParser()
    parser.feed(html)
    assert parser.errors == []
    assert 'กลุ่ม<script>alert("x")</script>เรา & ผองเพื่อน' in "".join(parser.text)


def test_control_characters_never_reach_the_output():
    workbook = four()
    workbook.stakeholders[0].name = "กลุ่ม\x1b[2Jเรา\x07"
    for fmt in ReportFormat:
        out = render(build_report(workbook), fmt)
        assert "\x1b" not in out and "\x07" not in out
        assert "กลุ่ม[2Jเรา" in out or "กลุ่ม\\[2Jเรา" in out


# --- choosing the format -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "given", "expected"),
    [
        (None, None, "txt"),
        ("out.md", None, "md"),
        ("OUT.HTML", None, "html"),
        ("out.htm", None, "html"),
        ("out.txt", None, "txt"),
        ("report", None, "txt"),
        ("out.html", "md", "md"),
        (None, "html", "html"),
    ],
)
def test_format_for(path, given, expected):
    assert format_for(path, given) == expected


def test_the_report_modules_stay_light():
    """Importing the report costs neither Textual, Rich nor networkx (networkx comes with the first analysis)."""
    import subprocess
    import sys

    code = (
        "import tui.core.report, tui.core.plan, sys\n"
        "print(any(m in sys.modules for m in ('textual', 'rich', 'networkx')))\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
