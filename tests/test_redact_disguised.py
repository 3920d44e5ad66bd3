"""Contacts written to slip past a filter: every ``--redact`` output still hides them.

People write addresses with the at-sign and dots spelt out (in English or in
Thai) and phone numbers in Thai digits or with unusual separators; a handout
or an export made with ``--redact`` must hold none of them.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.test_export_cli import FORMATS, export_text
from tests.test_screenshot import words_in
from tui.cli import main
from tui.core import store
from tui.core.model import Plan, PlanRow, Project, Stakeholder, Tie, Workbook
from tui.core.report.redact import looks_private, redact_text
from tui.core.vocab import Language

#: Each disguise, with a word from it that must not survive redaction.
DISGUISED = {
    "somchai(at)example.com": "somchai",
    "pranee [at] farm-group [dot] co [dot] th": "pranee",
    "wichai at psu dot ac dot th": "wichai",
    "manee แอท gmail ดอท com": "manee",
    "kasem {AT} hospital (DOT) go (DOT) th": "kasem",
    "๐๘๗–๙๙๙–๘๘๘๘": "๘๘๘๘",
    "087·999·8888": "8888",
    "081_234_5678": "5678",
    "02\u00a0123\u00a04567": "4567",
}
#: Ordinary text the rules must leave alone.
NOT_CONTACTS = [
    "ประชุม 2024-10-31 เวลา 9.30 at the hall",
    "we meet at school",
    "look at the map dot by dot",
    "โครงการปี 2567",
]


@pytest.mark.parametrize("text", list(DISGUISED))
def test_each_disguise_is_redacted(text: str) -> None:
    assert looks_private(text)
    assert DISGUISED[text] not in redact_text(f"ติดต่อ {text} นะ", "[ปิดไว้]")


@pytest.mark.parametrize("text", NOT_CONTACTS)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact_text(text, "[x]") == text


@pytest.mark.parametrize(
    "text",
    [
        "a(at)" + "b.b-" * 5000,  # a disguise that never ends in a domain
        "x" * 20000 + "@",  # an at-sign after a long run
        "0" + "-0" * 10000 + "x",
        "a at b dot " * 3000,
    ],
)
def test_long_hostile_text_is_redacted_in_linear_time(text: str) -> None:
    """Each of these took seconds to minutes when a rule could start anywhere in a long run."""
    started = time.perf_counter()
    redact_text(text, "[x]")
    assert time.perf_counter() - started < 1.0


@pytest.fixture
def disguised_file(tmp_path: Path) -> Path:
    """The disguises in every kind of text the outputs carry: notes, names, the plan."""
    items = list(DISGUISED)
    workbook = Workbook(
        language=Language.TH,
        project=Project(title="ตลาดสีเขียว", notes=f"ติดต่อ {items[0]}"),
        stakeholders=[
            Stakeholder(
                "s1",
                "กลุ่มเกษตรอินทรีย์",
                notes=f"อีเมล {items[1]}",
                influence_how=f"ผ่าน {items[3]}",
                influence=4,
                interest=5,
            ),
            Stakeholder("s2", "นายก ทม.", access=f"ผ่านเลขา {items[2]} หรือ {items[5]}", influence=5, interest=4),
            Stakeholder("s3", "โรงพยาบาล", what_matters=items[3], approach_who=items[6], influence=3, interest=4),
        ],
        ties=[Tie("t1", "s1", "s2", notes=f"นัดผ่าน {items[7]}"), Tie("t2", "s1", "s3", frequency=items[8])],
        plan=Plan(
            shared_vision=f"ผักปลอดภัย {items[4]}",
            our_group="กลุ่มเกษตรอินทรีย์",
            our_stakeholder="s1",
            rows=[PlanRow("p1", group="โรงพยาบาล", stakeholder="s3", methods=[f"อีเมล {items[0]}"])],
        ),
    )
    path = tmp_path / "disguised.toml"
    store.save(workbook, path, store.NO_FILE)
    return path


def leaks(text: str) -> list[str]:
    return [word for word in DISGUISED.values() if word in text]


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_export_format_keeps_a_disguised_contact(disguised_file: Path, tmp_path: Path, fmt: str) -> None:
    plain = export_text(disguised_file, fmt, tmp_path / "plain")
    redacted = export_text(disguised_file, fmt, tmp_path / "redacted", "--redact")
    if fmt != "dot":  # the drawing shows names and relationships only
        assert leaks(plain)
    assert leaks(redacted) == []


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_no_report_format_keeps_a_disguised_contact(disguised_file: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    assert main(["report", str(disguised_file), "--format", fmt, "--redact", "-o", str(out)]) == 0
    text = re.sub(r"<style>.*?</style>", "", out.read_text(encoding="utf-8"), flags=re.S)
    assert leaks(text) == []


def test_a_redacted_screenshot_keeps_no_disguised_contact(disguised_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "step3.svg"
    common = ["screenshot", str(disguised_file), "--screen", "step3", "--lang", "th", "--size", "160x50"]
    assert main([*common, "-o", str(tmp_path / "plain.svg")]) == 0
    assert main([*common, "--redact", "-o", str(out)]) == 0
    assert leaks(words_in((tmp_path / "plain.svg").read_text(encoding="utf-8")))
    assert leaks(words_in(out.read_text(encoding="utf-8"))) == []
