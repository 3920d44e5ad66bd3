"""``phakhi map``: what a script or a person gets on stdout, stderr and in the exit code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from map_parser import parse
from test_map_exact import expected_ties

from tui.cli import main
from tui.core import store
from tui.core.cells import cell_width
from tui.core.current import current

ROOT = Path(__file__).resolve().parent.parent
THAI = ROOT / "samples" / "organic-farming.th.toml"
LARGE = ROOT / "samples" / "large.toml"


def test_map_prints_the_exact_map_and_its_legend_in_the_workbooks_language(capsys):
    assert main(["map", str(THAI), "--width", "80"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "คำอธิบายสัญลักษณ์:" in out  # a Thai workbook gets a Thai legend
    workbook = current(store.load(THAI)[0])  # the sample keeps who left and a tie that ended: not drawn
    assert parse(out).tie_counter() == expected_ties(workbook)
    assert all(cell_width(line) <= 80 for line in out.splitlines())  # the legend's lines too


def test_lang_width_height_and_ascii(capsys):
    assert main(["map", str(THAI), "--lang", "en", "--width", "100", "--height", "30", "--ascii"]) == 0
    out = capsys.readouterr().out
    assert "Legend:" in out and "=== strong" in out
    drawing = out.split("\n\n")[0].splitlines()
    assert len(drawing) <= 30
    assert not set("─│━┃┼") & set(out)


def test_numbers_draw_a_big_network_whole_with_its_names_in_the_legend(tmp_path: Path, capsys):
    """Les Misérables on 160 x 48 is the clusters overview with names, and whole with numbers (its hubs' ties
    as buses), every tie read back through the names the legend gives the numbers."""
    import networkx as nx
    from analysis_helpers import plain, workbook_from_graph

    workbook = workbook_from_graph(plain(nx.les_miserables_graph()))
    path = tmp_path / "lesmis.toml"
    store.save(workbook, path, store.NO_FILE, analysed=False)
    assert main(["map", str(path), "--width", "160", "--height", "48", "--lang", "en"]) == 0
    overview = capsys.readouterr().out
    assert "{cluster 1: 28}" in overview and "●" not in overview
    assert "The whole map, numbered: --numbers" in overview  # the overview says how to get the whole map
    assert main(["map", str(path), "--width", "160", "--height", "48", "--lang", "en", "--numbers"]) == 0
    out = capsys.readouterr().out
    assert "●" in out and "  1  = " in out and "--numbers" not in out
    assert len(out.split("\n\n")[0].splitlines()) <= 48
    assert parse(out).tie_counter() == expected_ties(workbook)
    # ASCII draws no buses: the overview, and why
    assert main(["map", str(path), "--width", "160", "--height", "48", "--lang", "en", "--numbers", "--ascii"]) == 0
    overview = capsys.readouterr().out
    assert "{cluster 1: 28}" in overview and "without --ascii the whole map may fit" in overview


def test_list_prints_one_tie_a_line(capsys):
    assert main(["map", str(THAI), "--list", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    workbook = current(store.load(THAI)[0])
    ties = [line for line in out.splitlines() if line.startswith("  ") and re.search(r" (━━|──) ", line)]
    assert len(ties) == len(workbook.ties)


def test_focus_and_depth(capsys):
    assert main(["map", str(THAI), "--focus", "ชาคริต", "--depth", "2", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Around ชาคริต, up to 2 step(s) away" in out
    assert main(["map", str(LARGE), "--focus", "cluster:2", "--lang", "en", "--width", "100"]) == 0
    assert "Cluster 2" in capsys.readouterr().out


def test_a_large_workbook_gets_an_overview(capsys):
    assert main(["map", str(LARGE), "--width", "100", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Overview (the whole map does not fit)" in out and "{cluster 1: 38}" in out


def test_unknown_focus_exits_1_with_a_clear_message(capsys):
    assert main(["map", str(THAI), "--focus", "nobody", "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "no stakeholder or cluster nobody" in err and "cluster:N" in err


def test_an_invalid_workbook_exits_2_with_its_problems(tmp_path: Path, capsys):
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'format = "phakhi-workbook"\nversion = 1\n\n[[stakeholders]]\nid = "s1"\nname = "x"\ninfluence = 9\n',
        encoding="utf-8",
    )
    assert main(["map", str(broken), "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "influence = 9 is out of range" in err


def test_a_missing_file_exits_2(tmp_path: Path, capsys):
    assert main(["map", str(tmp_path / "none.toml"), "--lang", "en"]) == 2
    assert "none.toml" in capsys.readouterr().err


@pytest.mark.parametrize("bad", [["--width", "0"], ["--depth", "x"], ["--height", "-3"]])
def test_bad_numbers_are_refused_by_the_command_line(bad, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["map", str(THAI), *bad])
    assert stop.value.code == 2


def test_map_runs_without_a_terminal_and_without_textual():
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"status = main(['map', {str(THAI)!r}, '--width', '70'])\n"
        "assert 'textual' not in sys.modules\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=120, stdin=subprocess.DEVNULL
    )
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode("utf-8")
    assert "ชาคริต" in text
