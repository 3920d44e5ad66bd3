"""``phakhi screenshot``: a screen of a workbook as SVG, headless, without touching the workbook."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest

from tui.cli import main


def words_in(svg: str) -> str:
    """The text an SVG shows, spaces restored, in reading order."""
    return unescape(" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))).replace("\xa0", " ")


@pytest.mark.parametrize(
    ("screen", "lang", "expected"),
    [
        ("step3", "th", ["ศึกษาลักษณะของผู้มีส่วนได้ส่วนเสีย", "กลุ่มเกษตรอินทรีย์"]),
        ("grid", "en", ["High influence, high interest", "★"]),
        ("map", "th", ["ผังเครือข่าย", "┃"]),
        ("plan", "th", ["แผนการขยายเครือข่าย", "หลวม ผ่านชาคริต"]),
    ],
)
def test_each_screen_is_written_as_valid_owner_only_svg_showing_its_words(
    sample: Path, tmp_path: Path, screen: str, lang: str, expected: list[str], capsys
) -> None:
    out = tmp_path / f"{screen}.svg"
    before = sample.read_bytes(), sample.stat().st_mtime_ns
    assert main(["screenshot", str(sample), "--screen", screen, "--lang", lang, "-o", str(out)]) == 0
    assert f"{out}" in capsys.readouterr().err
    svg = out.read_text(encoding="utf-8")
    assert ET.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"
    shown = words_in(svg)
    for word in expected:
        assert word in shown, (word, shown[:400])
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert (sample.read_bytes(), sample.stat().st_mtime_ns) == before
    assert sorted(p.name for p in sample.parent.iterdir() if p.name.startswith(sample.name)) == [sample.name]


def test_size_sets_the_picture_and_redact_takes_the_phone_number_out(sample: Path, tmp_path: Path) -> None:
    plain, hidden = tmp_path / "plain.svg", tmp_path / "hidden.svg"
    # Step 3 opens at the first stakeholder: give its contact a phone number.
    text = sample.read_text(encoding="utf-8")
    sample.write_text(text.replace("คุณสมพร ประธานกลุ่ม", "ป้อม 0879998888", 1), encoding="utf-8")
    common = ["screenshot", str(sample), "--screen", "step3", "--lang", "th", "--size", "160x40"]
    assert main([*common, "-o", str(plain)]) == 0
    assert main([*common, "--redact", "-o", str(hidden)]) == 0
    assert "0879998888" in words_in(plain.read_text(encoding="utf-8"))
    shown = words_in(hidden.read_text(encoding="utf-8"))
    assert "0879998888" not in shown
    assert "ป้อม" not in shown  # the contact field is emptied, not only masked
    assert 'viewBox="0 0 1' in plain.read_text(encoding="utf-8")  # 160 columns: wider than 1000 px


def test_a_broken_workbook_exits_2_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('format = "phakhi-workbook"\nversion = 1\n[[stakeholders]]\nid = 3\n', encoding="utf-8")
    out = tmp_path / "out.svg"
    assert main(["screenshot", str(broken), "--screen", "home", "-o", str(out), "--lang", "en"]) == 2
    assert f"{broken}:4:" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("size", ["10x5", "wide", "80"])
def test_a_size_too_small_or_malformed_is_a_command_line_error(sample: Path, tmp_path: Path, size: str, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["screenshot", str(sample), "--size", size, "-o", str(tmp_path / "x.svg"), "--lang", "en"])
    assert stopped.value.code == 2
    assert "COLUMNSxROWS" in capsys.readouterr().err


def test_the_picture_never_replaces_the_workbook(sample: Path, capsys) -> None:
    before = sample.read_bytes()
    assert main(["screenshot", str(sample), "-o", str(sample), "--lang", "en"]) == 1
    assert sample.read_bytes() == before
