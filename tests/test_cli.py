"""The command line, as a script or a person calls it: exit codes, stdout, stderr, files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui import __version__
from tui.cli import main
from tui.core import store

BROKEN = """format = "phakhi-workbook"
version = 1

[[stakeholders]]
id = "s1"
name = "นายก ทม."
influence = 9
"""


def test_new_creates_an_owner_only_workbook_in_the_given_language(tmp_path: Path, capsys) -> None:
    path = tmp_path / "plan.toml"
    assert main(["new", str(path), "--title", "เครือข่ายอาหารปลอดภัย", "--lang", "th"]) == 0
    assert os.stat(path).st_mode & 0o777 == 0o600
    workbook, _ = store.load(path)
    assert workbook.project.title == "เครือข่ายอาหารปลอดภัย"
    assert workbook.language == "th"
    assert "plan.toml" in capsys.readouterr().out


def test_new_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    path = tmp_path / "plan.toml"
    path.write_text("mine", encoding="utf-8")
    assert main(["new", str(path), "--lang", "en"]) == 1
    assert path.read_text(encoding="utf-8") == "mine"
    assert "already exists" in capsys.readouterr().err


def test_check_valid_file_exits_0(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ok.toml"
    main(["new", str(path), "--lang", "en"])
    capsys.readouterr()
    assert main(["check", str(path), "--lang", "en"]) == 0
    assert "valid" in capsys.readouterr().out


def test_check_broken_file_exits_2_names_file_line_and_fix_and_leaves_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN, encoding="utf-8")
    before = path.read_bytes()
    assert main(["check", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert f"{path}:7:1: influence = 9 is out of range — use a whole number from 1 to 5" in err
    assert path.read_bytes() == before


def test_check_many_files_reports_each_and_fails_if_any_fails(tmp_path: Path, capsys) -> None:
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    main(["new", str(good), "--lang", "en"])
    bad.write_text(BROKEN, encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "-q", str(good), str(bad), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "bad.toml:7:1" in captured.err and "good.toml" not in captured.err


def test_check_in_thai(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN, encoding="utf-8")
    assert main(["check", str(path), "--lang", "th"]) == 2
    assert "อยู่นอกช่วงคะแนน — ใช้จำนวนเต็ม 1 ถึง 5" in capsys.readouterr().err


def test_opening_a_broken_file_refuses_with_exit_2_and_leaves_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN, encoding="utf-8")
    before = path.read_bytes()
    assert main([str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "broken.toml:7:1" in err and "not opened" in err
    assert path.read_bytes() == before
    assert not Path(str(path) + ".bak").exists()


def test_opening_without_a_terminal_says_so(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ok.toml"
    main(["new", str(path), "--lang", "en"])
    assert main([str(path), "--lang", "en"]) == 1  # pytest's stdin is no terminal
    assert "need a terminal" in capsys.readouterr().err


def test_version_and_help(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"phakhi {__version__}"
    for command in (["--help"], ["new", "--help"], ["check", "--help"], ["open", "--help"]):
        with pytest.raises(SystemExit) as done:
            main(command)
        assert done.value.code == 0
        assert "usage: phakhi" in capsys.readouterr().out


def test_bad_language_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["check", "x.toml", "--lang", "fr"])
    assert done.value.code == 2
    assert "use th or en" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", "check", str(tmp_path / "missing.toml"), "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "missing.toml: file not found — check the name, or create it with: phakhi new FILE" in result.stderr
