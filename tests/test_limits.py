"""The loader's limits hold for the import too: it never writes what the app would refuse."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tui.cli import main
from tui.core import model, schema, store
from tui.core.problems import WorkbookError

HEADER = 'format = "phakhi-workbook"\nversion = 1\n'


def test_a_province_fits_well_within_the_limits() -> None:
    """10 000 stakeholders and 30 000 ties (a province) are far from every limit."""
    assert schema.MAX_STAKEHOLDERS >= 2 * 10_000 and schema.MAX_TIES >= 3 * 30_000
    assert {
        model.Stakeholder: schema.MAX_STAKEHOLDERS,
        model.Tie: schema.MAX_TIES,
        model.PlanRow: schema.MAX_PLAN_ROWS,
    } == schema.MAX_RECORDS


def test_the_loader_refuses_one_stakeholder_over_the_limit_at_its_line() -> None:
    count = schema.MAX_STAKEHOLDERS + 1
    text = HEADER + "".join(f'[[stakeholders]]\nid = "s{i}"\nname = "S {i}"\n' for i in range(count))
    with pytest.raises(WorkbookError) as caught:
        store.parse(text.encode(), "w.toml")
    (problem,) = caught.value.problems
    assert problem.line == 3 + 3 * schema.MAX_STAKEHOLDERS
    assert problem.message == f"[[stakeholders]] holds {count} entries, 1 more than the limit of 20000"


def test_a_json_import_over_the_limit_is_refused_and_writes_nothing(tmp_path: Path, capsys) -> None:
    source = tmp_path / "w.json"
    rows = [{"id": f"s{i}", "name": f"S {i}"} for i in range(schema.MAX_STAKEHOLDERS + 1)]
    source.write_text(json.dumps({"format": "phakhi-workbook", "version": 1, "stakeholders": rows}))
    out = tmp_path / "out.toml"
    assert main(["import", str(source), "-o", str(out)]) == 2
    assert "holds 20001 entries, 1 more than the limit of 20000" in capsys.readouterr().err
    assert not out.exists()


def test_a_csv_import_over_the_limit_is_refused_before_anything_is_built(tmp_path: Path, capsys) -> None:
    source = tmp_path / "names.csv"
    source.write_text("Label\n" + "".join(f"Name {i}\n" for i in range(schema.MAX_STAKEHOLDERS + 5)))
    out = tmp_path / "out.toml"
    started = time.monotonic()
    assert main(["import", str(source), "-o", str(out)]) == 2
    assert time.monotonic() - started < 10  # building 20 000 stakeholders one by one takes minutes
    err = capsys.readouterr().err
    assert f"{source}: 20005 stakeholders, 5 more than the 20000 Phakhi opens" in err
    assert not out.exists()


def test_an_import_whose_workbook_would_be_over_the_size_limit_says_by_how_much(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader refuses a file over MAX_BYTES, so no save writes one (here the limit is made
    small: a real workbook of 16 MB takes a CSV of about that size)."""
    monkeypatch.setattr(store, "MAX_BYTES", 1024 * 1024)
    source = tmp_path / "names.csv"
    source.write_text("Label,Description\n" + "".join(f"Name {i},{'x' * 19_000}\n" for i in range(60)))
    out = tmp_path / "out.toml"
    assert main(["import", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{out} not written: it would be 1.1 MB, 0.1 MB over the 1 MB a workbook may be" in err
    assert not out.exists()
