"""Export, then import: the same stakeholders and ties come back (ids aside), in CSV and in JSON."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tui.core import store
from tui.core.io import Source, export, import_sources
from tui.core.model import Workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ["organic-farming.th.toml", "clean-energy.en.toml", "large.toml"]


def entries(workbook: Workbook) -> tuple[list[dict], list[dict]]:
    """Every field of every stakeholder and tie; tie ends as positions in the list, ids left out."""
    place = {s.id: index for index, s in enumerate(workbook.stakeholders)}
    people = [{k: v for k, v in dataclasses.asdict(s).items() if k != "id"} for s in workbook.stakeholders]
    ties = []
    for tie in workbook.ties:
        fields = {k: v for k, v in dataclasses.asdict(tie).items() if k != "id"}
        fields["a"], fields["b"] = place[tie.a], place[tie.b]
        ties.append(fields)
    return people, ties


def through_csv(workbook: Workbook, lang: str | None = None) -> Workbook:
    elements, connections, _plan = export(workbook, "csv", lang=lang)
    return import_sources(
        Source("e.csv", elements.data), Source("c.csv", connections.data), language=workbook.language
    ).workbook


@pytest.mark.parametrize("name", SAMPLES)
def test_csv_round_trip_of_each_sample(name: str) -> None:
    workbook, _ = store.load(ROOT / "samples" / name)
    assert entries(through_csv(workbook)) == entries(workbook)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_csv_round_trip_keeps_every_field_in_either_language(full_workbook, lang: str) -> None:
    back = through_csv(full_workbook, lang)
    assert entries(back) == entries(full_workbook)
    assert back.language is full_workbook.language


def test_csv_round_trip_with_repeated_names(full_workbook) -> None:
    for stakeholder in full_workbook.stakeholders:
        stakeholder.name = "ผู้ใหญ่บ้าน"
    assert entries(through_csv(full_workbook)) == entries(full_workbook)


def test_csv_round_trip_of_formula_like_text(full_workbook) -> None:
    full_workbook.stakeholders[0].notes = "=1+1"
    full_workbook.stakeholders[1].name = "@farmgroup"
    full_workbook.ties[0].notes = "-เชิญเป็นวิทยากร\n-สื่อสารสาธารณะ"
    assert entries(through_csv(full_workbook)) == entries(full_workbook)


@pytest.mark.parametrize("name", SAMPLES)
def test_json_round_trip_of_each_sample_is_the_whole_workbook(name: str) -> None:
    workbook, _ = store.load(ROOT / "samples" / name)
    (file,) = export(workbook, "json")
    assert import_sources(Source("w.json", file.data)).workbook == workbook


def test_json_round_trip_of_every_field(full_workbook) -> None:
    (file,) = export(full_workbook, "json")
    imported = import_sources(Source("export", file.data))  # recognised by its first brace, whatever its name
    assert imported.workbook == full_workbook
