"""The [analysis] section read back by ``phakhi report`` and ``phakhi map``: equal to the
analyses worked out anew, and never taken from a section that is stale, pending, or does
not hold together with the entries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.core import derived, derived_read, model, store
from tui.core.analysis import analyse
from tui.core.current import current
from tui.core.report import build_report, render
from tui.core.textmap import clusters_of

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NAMES = ["organic-farming.th.toml", "clean-energy.en.toml", "large.toml"]


@pytest.fixture(scope="module")
def estimated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 stakeholders and 3,000 ties: betweenness is estimated from a sample of sources."""
    sys.path.insert(0, str(SAMPLES))
    from make_samples import build_large

    path = tmp_path_factory.mktemp("estimated") / "large-1000.toml"
    path.write_text(store.dumps(build_large(1000)), encoding="utf-8")
    return path


def read_back(data: bytes):
    """The network as it stands (the section measures it: a sample keeps who left) and its section read back."""
    workbook = current(store.parse(data, "x.toml"))
    return workbook, derived_read.analysis(workbook, derived_read.current_section(data))


@pytest.mark.parametrize("name", NAMES)
def test_the_section_read_back_equals_the_analyses_worked_out(name: str) -> None:
    workbook, kept = read_back((SAMPLES / name).read_bytes())
    assert kept is not None
    assert kept == analyse(workbook)
    assert derived_read.clusters(workbook, derived_read.current_section((SAMPLES / name).read_bytes())) == clusters_of(
        workbook
    )


def test_an_estimated_betweenness_reads_back_with_its_estimate(estimated: Path) -> None:
    workbook, kept = read_back(estimated.read_bytes())
    assert kept is not None and kept.network.betweenness_estimate is not None
    assert kept == analyse(workbook)


def test_a_workbook_without_ties_reads_back(full_workbook) -> None:
    full_workbook.ties = []
    workbook, kept = read_back(store.dumps(full_workbook).encode())
    assert kept == analyse(workbook)


def stale_with_false_findings() -> bytes:
    """The Thai sample with a stakeholder renamed after the save, and findings no analysis gives."""
    text = (SAMPLES / "organic-farming.th.toml").read_text("utf-8")
    entries, _, section = text.partition("\n[analysis]\n")
    first = entries.index('name = "') + len('name = "')
    entries = entries[:first] + "Renamed " + entries[first:]
    section = section.replace("\nhubs = [", '\nhubs = [\n    "s2",', 1)
    return (entries + "\n[analysis]\n" + section).encode()


def test_a_stale_section_is_never_read_back(tmp_path: Path, capsys, screens_day) -> None:
    data = stale_with_false_findings()
    assert derived.standing(data) == "stale"
    assert derived_read.current_section(data) is None
    path = tmp_path / "stale.toml"
    path.write_bytes(data)
    assert main(["report", str(path), "--format", "md"]) == 0
    workbook = store.parse(data, str(path))
    assert capsys.readouterr().out == render(build_report(workbook, today=screens_day), "md")


def test_a_pending_section_is_never_read_back() -> None:
    workbook = store.load(SAMPLES / "organic-farming.th.toml")[0]
    entries = store.entries_text(workbook)
    data = store.file_text(entries, derived.pending(derived.version(entries))).encode()
    assert derived.standing(data) == "pending"
    assert derived_read.current_section(data) is None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("\nstakeholders = ", "\nstakeholders = 1"),  # a count that is not the entries'
        ("\ncomponents = ", "\ncomponents = 9"),
        ("\nclusters = ", "\nclusters = 9"),
        ("\n[analysis.cluster]\n", "\n[analysis.cluster]\nnobody = 1\n"),
        ("\n[analysis.eigenvector]\n", "\n[analysis.eigenvector]\nnobody = 0.5\n"),
        ("\nhubs = [", "\nhubs = 3\nformer_hubs = ["),
        ("\n[analysis.degree_centrality]\n", "\n[analysis.degree_centrality]\nnobody = 0.5\n"),
    ],
)
def test_a_section_that_does_not_hold_together_is_not_read_back(old: str, new: str) -> None:
    data = (SAMPLES / "clean-energy.en.toml").read_bytes().decode()
    entries, start, section = data.partition("\n[analysis]\n")  # the entries' snapshot has hubs too
    assert old in section
    changed = (entries + start + section.replace(old, new, 1)).encode()
    assert derived.standing(changed) == "current"  # the entries above did not change
    assert read_back(changed)[1] is None


def test_a_table_after_the_section_is_read_as_an_entry() -> None:
    workbook = model.Workbook()
    workbook.stakeholders = [model.Stakeholder("s1", "Ban Nong")]
    data = (store.dumps(workbook) + '\n[project]\ntitle = "written after the analysis"\n').encode()
    assert derived.standing(data) == "current"
    assert derived.entries_end(data) is None
    assert store.parse(data, "x.toml").project.title == "written after the analysis"


def test_a_current_section_is_not_parsed_to_load_the_entries(sample: Path) -> None:
    data = sample.read_bytes() + b"\n[analysis.extra]\nnot = toml at all\n"
    assert derived.standing(data) == "current"
    assert store.parse(data, str(sample)) == store.load(sample)[0]
