"""Redaction: a report made with ``redact`` holds no contact, phone number or e-mail address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.core import store
from tui.core.model import Plan, PlanRow, Project, Stakeholder, Tie, Workbook
from tui.core.report import ReportFormat, build_report, redact_text, render
from tui.core.report.redact import looks_private
from tui.core.vocab import Language, Sector

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

PHONES = [
    "0879998888",
    "087-999-8888",
    "+66 87 999 8888",
    "02 123 4567",
    "(074) 123-456",
    "๐๘๗๙๙๙๘๘๘๘",
    "081.234.5678",
]
EMAILS = ["somchai@example.com", "info@farm-group.co.th", "สมชาย@ตัวอย่าง.ไทย", "@organicfarm"]

#: Nine or more digits in one run, joined by the separators people put in phone numbers.
PHONE_LIKE = re.compile(r"\+?\d(?:[ \-.()/]{0,2}\d){8,}")
#: An at-sign with a letter or digit after it (an address or a handle).
ADDRESS_LIKE = re.compile(r"@\w")


def leaky() -> Workbook:
    """Phone numbers and e-mail addresses in every kind of free text the report shows."""
    return Workbook(
        language=Language.TH,
        project=Project(
            title="ตลาดสีเขียว โทร 0812345678",
            facilitator=f"ครูแดง {PHONES[3]} {EMAILS[0]}",
            notes=f"ติดต่อ{PHONES[0]}หรือ {EMAILS[1]}",
            date="2024-10-31",
        ),
        stakeholders=[
            Stakeholder(
                "s1",
                "กลุ่มเรา",
                Sector.PEOPLE,
                contact="คุณสมพร ใจดี",
                influence=5,
                interest=5,
                can_help=f"โทรหา {PHONES[2]} ได้ตลอด",
            ),
            Stakeholder(
                "s2",
                f"ร้านค้า {PHONES[6]}",
                Sector.PEOPLE,
                contact=f"ป้อม เลข {PHONES[1]}",
                what_matters=f"ไลน์ {EMAILS[3]}",
                influence=1,
                interest=1,
            ),
            Stakeholder(
                "s3",
                "อาจารย์",
                Sector.ACADEMIC,
                contact=EMAILS[2],
                access=f"อีเมล {EMAILS[0]}",
                may_obstruct=f"โทร {PHONES[4]}",
            ),
        ],
        ties=[Tie("t1", "s1", "s2"), Tie("t2", "s1", "s3")],
        plan=Plan(
            shared_vision=f"ติดต่อทีม {PHONES[5]}",
            our_group="กลุ่มเรา",
            our_stakeholder="s1",
            rows=[
                PlanRow(
                    "p1",
                    stakeholder="s2",
                    our_benefit=f"ส่งอีเมล {EMAILS[1]}",
                    methods=[f"โทร {PHONES[0]}"],
                    owner=f"ครูแดง {PHONES[1]}",
                    their_benefit="ได้ลูกค้า",
                ),
            ],
        ),
    )


def test_the_leaky_workbook_does_leak_without_redaction():
    for fmt in ReportFormat:
        out = render(build_report(leaky()), fmt)
        assert PHONE_LIKE.search(out) and ADDRESS_LIKE.search(_without_style(out))
        assert "คุณสมพร ใจดี" in out


@pytest.mark.parametrize("fmt", list(ReportFormat))
@pytest.mark.parametrize("lang", list(Language))
def test_redacted_reports_hold_no_phone_number_and_no_address(fmt, lang):
    out = render(build_report(leaky(), lang=lang, redact=True), fmt)
    assert PHONE_LIKE.findall(out) == []
    assert ADDRESS_LIKE.findall(_without_style(out)) == []
    digits = re.sub(r"\D", "", out)
    for phone in PHONES:
        assert re.sub(r"\D", "", phone) not in digits
    assert "คุณสมพร ใจดี" not in out and "ป้อม" not in out  # contacts go whole
    assert ("[ปิดไว้]" if lang is Language.TH else "[redacted]") in out.replace("\\", "")
    assert "2024-10-31" in out  # a date is not a phone number


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_the_thai_sample_redacted(fmt):
    workbook, _ = store.load(SAMPLES / "organic-farming.th.toml")
    report = build_report(workbook, redact=True)
    out = render(report, fmt)
    assert "0879998888" not in out and "ป้อม เลข" not in out
    assert "หัวหน้าฝ่ายโภชนาการ" not in out  # a contact without a number still goes
    assert PHONE_LIKE.findall(out) == [] and ADDRESS_LIKE.findall(_without_style(out)) == []
    assert "ได้ผักปลอดภัยสำหรับผู้ป่วยและเจ้าหน้าที่" in report.texts()  # the rest stays


def _without_style(out: str) -> str:
    """HTML's print style has @page and @media: not addresses."""
    return re.sub(r"<style>.*?</style>", "", out, flags=re.DOTALL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ป้อม เลข 0879998888", "ป้อม เลข X"),
        ("โทร 087-999-8888 ครับ", "โทร X ครับ"),
        ("+66 87 999 8888", "X"),
        ("+66-87-999-8888.", "X."),
        ("02 123 4567", "X"),
        ("(074) 123-456", "X"),
        ("๐๘๗๙๙๙๘๘๘๘", "X"),
        ("โทร0879998888ครับ", "โทรXครับ"),  # Thai has no spaces: the number touches the words
        ("บัตร 1-2345-67890-12-3", "บัตร X"),
        ("somchai@example.com, ok", "X, ok"),
        ("สมชาย@ตัวอย่าง.ไทย.", "X."),
        ("ไลน์ @farmgroup", "ไลน์ X"),
        # Left alone: dates, years, small counts, scores, decimals.
        ("2024-10-31", "2024-10-31"),
        ("ปี 2562–2566", "ปี 2562–2566"),
        ("ปี 2562 2563 2564", "ปี 2562 2563 2564"),
        ("120 เตียง 300 ที่", "120 เตียง 300 ที่"),
        ("อิทธิพล (1-5)", "อิทธิพล (1-5)"),
        ("0.1634", "0.1634"),
        ("ราคา 20 บาท @ กิโล", "ราคา 20 บาท @ กิโล"),
    ],
)
def test_redact_text(text, expected):
    assert redact_text(text, "X") == expected
    assert looks_private(text) is (expected != text)
