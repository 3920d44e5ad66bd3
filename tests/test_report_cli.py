"""``phakhi report``: formats, languages, redaction, exit codes and the file it writes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
THAI = re.compile("[\u0e00-\u0e7f]")

BROKEN = """format = "phakhi-workbook"
version = 1

[[stakeholders]]
id = "s1"
name = "นายก ทม."
influence = 9
"""


@pytest.fixture
def thai_file(tmp_path: Path) -> Path:
    path = tmp_path / "organic-farming.th.toml"
    shutil.copy(SAMPLES / "organic-farming.th.toml", path)
    return path


def test_prints_a_thai_text_report_by_default(thai_file: Path, capsys) -> None:
    assert main(["report", str(thai_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ขยายเครือข่ายผักอินทรีย์ส่งโรงพยาบาล\n===")
    assert "แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน" in out
    assert "หลวม ผ่านชาคริต" in out
    assert "0879998888" in out  # not redacted unless asked


def test_lang_en_prints_an_english_report(thai_file: Path, capsys) -> None:
    assert main(["report", str(thai_file), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "The project and its objective" in out and "Stakeholders" in out
    assert "Plan to expand the network across issues in one province" in out
    assert "Loose via ชาคริต" in out
    lines = out.splitlines()
    headings = [line for line, under in zip(lines, lines[1:], strict=False) if re.fullmatch(r"-+", under)]
    assert headings and not [h for h in headings if THAI.search(h)]


def test_redact_leaves_no_phone_number_or_email(thai_file: Path, capsys) -> None:
    text = thai_file.read_text(encoding="utf-8")
    text = text.replace('contact = "หัวหน้าฝ่ายโภชนาการ รพ."', 'contact = "nutrition@hospital.go.th"')
    text = text.replace('what_matters = "พลังจากเครือข่าย"', 'what_matters = "พลังจากเครือข่าย โทร 081-234-5678"')
    thai_file.write_text(text, encoding="utf-8")
    for fmt in ("txt", "md", "html"):
        assert main(["report", str(thai_file), "--redact", "--format", fmt]) == 0
        out = capsys.readouterr().out
        out = re.sub(r"<style>.*?</style>", "", out, flags=re.DOTALL)
        assert "0879998888" not in out and "081-234-5678" not in out and "@" not in out, fmt
        assert not re.search(r"\d(?:[ \-.()]{0,2}\d){8,}", out), fmt


@pytest.mark.parametrize(
    ("name", "extra", "starts"),
    [
        ("out.md", [], "# ขยายเครือข่ายผักอินทรีย์ส่งโรงพยาบาล\n"),
        ("out.html", [], '<!DOCTYPE html>\n<html lang="th">'),
        ("out.txt", [], "ขยายเครือข่ายผักอินทรีย์ส่งโรงพยาบาล\n==="),
        ("out.html", ["--format", "md"], "# "),
        ("report", ["--lang", "en", "--format", "html"], '<!DOCTYPE html>\n<html lang="en">'),
    ],
)
def test_output_file_format_and_owner_only_permissions(
    thai_file: Path, tmp_path: Path, capsys, umask_022, name, extra, starts
) -> None:
    out = tmp_path / name
    assert main(["report", str(thai_file), "-o", str(out), *extra]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""  # the report is in the file
    assert name in captured.err
    assert out.read_text(encoding="utf-8").startswith(starts)
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_an_existing_output_is_replaced_and_made_private(thai_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "handout.md"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o644)
    assert main(["report", str(thai_file), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_invalid_workbook_exits_2_with_problems_on_stderr(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN, encoding="utf-8")
    out = tmp_path / "out.md"
    assert main(["report", str(path), "--lang", "en", "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{path}:7:1: influence = 9 is out of range" in captured.err
    assert not out.exists()


def test_missing_workbook_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["report", str(tmp_path / "nope.toml"), "--lang", "en"]) == 2
    assert "file not found" in capsys.readouterr().err


def test_refuses_to_write_over_the_workbook(thai_file: Path, capsys) -> None:
    before = thai_file.read_bytes()
    assert main(["report", str(thai_file), "-o", str(thai_file), "--lang", "en"]) == 1
    assert "is the workbook itself" in capsys.readouterr().err
    assert thai_file.read_bytes() == before


def test_unwritable_output_exits_1(thai_file: Path, tmp_path: Path, capsys) -> None:
    assert main(["report", str(thai_file), "-o", str(tmp_path / "no" / "such" / "dir.md"), "--lang", "en"]) == 1
    out = tmp_path / "no" / "such" / "dir.md"
    assert f"could not write {out}: No such file or directory" in capsys.readouterr().err


def test_bad_format_is_a_usage_error(thai_file: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["report", str(thai_file), "--format", "pdf"])
    assert stop.value.code == 2


def test_the_report_command_runs_without_textual_and_into_a_closed_pipe(thai_file: Path) -> None:
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"status = main(['report', {str(thai_file)!r}, '--lang', 'en'])\n"
        "print('textual' in sys.modules, status, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stderr.strip().splitlines()[-1] == "False 0"
    # `phakhi report FILE | head -1`: the pipe closes long before the report (270 KB,
    # more than a pipe holds) is written, and that is no error.
    head = subprocess.run(
        f"{sys.executable} -m tui report {SAMPLES / 'large.toml'} | head -1",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert head.stdout.startswith("Large sample")
    reader_gone = subprocess.Popen(
        [sys.executable, "-m", "tui", "report", str(SAMPLES / "large.toml")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    reader_gone.stdout.close()  # nobody reads: every write hits a closed pipe
    _, err = reader_gone.communicate(timeout=60)
    assert reader_gone.returncode == 0 and b"Traceback" not in err
    assert "Traceback" not in head.stderr and "BrokenPipe" not in head.stderr
