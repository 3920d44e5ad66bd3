"""``phakhi import``: exit codes, all-or-nothing, never over a file, owner-only output, the encoding said."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from tui.cli import main
from tui.core import derived, store
from tui.core.report import build_report, render
from tui.core.vocab import Language

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "io"


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES, folder)
    return folder


def test_imports_the_kumu_pair_in_tis620(fixtures: Path, tmp_path: Path, capsys, umask_022) -> None:
    out = tmp_path / "organic.toml"
    code = main(
        [
            "import",
            str(fixtures / "organic-elements.tis620.csv"),
            str(fixtures / "organic-connections.tis620.csv"),
            "-o",
            str(out),
            "--title",
            "ผักอินทรีย์ส่งโรงพยาบาล",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    said = capsys.readouterr().out
    assert f"created {out}: 19 stakeholders, 25 ties from a table of stakeholders" in said
    assert "organic-elements.tis620.csv read as TIS-620 (cp874)" in said
    assert "organic-connections.tis620.csv read as TIS-620 (cp874)" in said
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # contacts are personal data
    workbook, _ = store.load(out)
    assert workbook.project.title == "ผักอินทรีย์ส่งโรงพยาบาล"
    assert workbook.language is Language.EN  # --lang sets the workbook's language
    assert workbook.stakeholders[1].name == "นายก ทม."
    assert not (tmp_path / "organic.toml.bak").exists()


def test_the_import_leaves_the_analysis_to_be_worked_out_and_report_works_it_out(
    fixtures: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "organic.toml"
    elements, connections = fixtures / "organic-elements.utf8.csv", fixtures / "organic-connections.utf8.csv"
    assert main(["import", str(elements), str(connections), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert derived.standing(data) == "pending"  # named by the entries above it, not yet worked out
    assert main(["check", str(out), "--lang", "en"]) == 0
    assert "still being worked out" in capsys.readouterr().out
    assert main(["report", str(out), "--format", "md"]) == 0
    workbook = store.load(out)[0]
    assert capsys.readouterr().out == render(build_report(workbook), "md")


def test_imports_the_brainstorm_sheet_and_says_how_it_was_read(fixtures: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "ideas.toml"
    assert main(["import", str(fixtures / "brainstorm.th.csv"), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "18" in said and "brainstorm.th.csv" in said and "UTF-8" in said
    workbook, _ = store.load(out)
    assert workbook.language is Language.TH and len(workbook.stakeholders) == 18


def test_bad_rows_are_all_reported_and_nothing_is_written(fixtures: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "never.toml"
    code = main(["import", str(fixtures / "bad-elements.csv"), str(fixtures / "bad-connections.csv"), "-o", str(out)])
    assert code == 2
    err = capsys.readouterr().err.splitlines()
    rows = [line.split(": ", 1)[0].rsplit("/", 1)[-1] for line in err if ".csv:" in line.split(": ", 1)[0]]
    assert rows == [
        "bad-elements.csv:1",
        "bad-elements.csv:3",
        "bad-elements.csv:4",
        "bad-elements.csv:4",
        "bad-elements.csv:5",
        "bad-elements.csv:6",
        "bad-connections.csv:3",
        "bad-connections.csv:4",
        "bad-connections.csv:5",
        "bad-connections.csv:6",
        "bad-connections.csv:6",
    ]
    assert f"nothing written to {out}: 11 problem(s)" in err[-1]
    assert any("bad-elements.csv read as UTF-8" in line for line in err)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no temporary file left either


def test_never_overwrites_an_existing_file(fixtures: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "mine.toml"
    out.write_text("my own notes\n", encoding="utf-8")
    assert main(["import", str(fixtures / "brainstorm.th.csv"), "-o", str(out)]) == 1
    assert "already exists; import never overwrites a file" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my own notes\n"


def test_missing_input_files_are_reported_together(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.toml"
    code = main(["import", str(tmp_path / "nope.csv"), str(tmp_path / "nada.csv"), "-o", str(out), "--lang", "th"])
    assert code == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'nope.csv'}: ไม่พบไฟล์ — ตรวจชื่อไฟล์และโฟลเดอร์" in err
    assert f"{tmp_path / 'nada.csv'}: ไม่พบไฟล์" in err
    assert not out.exists()


def test_an_output_folder_that_does_not_exist_fails_cleanly(fixtures: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "no" / "such" / "folder.toml"
    assert main(["import", str(fixtures / "brainstorm.th.csv"), "-o", str(out)]) == 1
    assert capsys.readouterr().err.strip()
    assert not out.exists()


def test_import_needs_an_output_file(fixtures: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(fixtures / "brainstorm.th.csv")])
    assert exit_.value.code == 2


def test_json_export_imports_back(tmp_path: Path, capsys) -> None:
    sample = ROOT / "samples" / "clean-energy.en.toml"
    as_json = tmp_path / "energy.json"
    assert main(["export", str(sample), "-o", str(as_json)]) == 0
    out = tmp_path / "energy.toml"
    assert main(["import", str(as_json), "-o", str(out)]) == 0
    assert "from a JSON workbook" in capsys.readouterr().out
    assert store.load(out)[0] == store.load(sample)[0]


def test_a_broken_json_is_refused_with_its_place(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "phakhi-workbook",\n "version": 1,\n "stakeholders": [{"id": "s1", "name": "A", "influence": 9}]}'
    )
    out = tmp_path / "x.toml"
    assert main(["import", str(broken), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "influence = 9 is out of range" in err
    assert not out.exists()
    broken.write_text('{"format": "phakhi-workbook",\n "version": 1,,}')
    assert main(["import", str(broken), "-o", str(out)]) == 2
    assert f"{broken}:2: not valid JSON" in capsys.readouterr().err
