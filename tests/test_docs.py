"""The documentation stays true to the code."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from tui.core import model
from tui.core.vocab import Closeness, Group, Kind, NetworkKind, PowerBase, Relation, Sector, Strategy, Strength, TieForm

ROOT = Path(__file__).resolve().parent.parent
FORMAT = (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("record", [model.Project, model.Stakeholder, model.Tie, model.Plan, model.PlanRow])
def test_format_doc_describes_every_field(record: type) -> None:
    for field in dataclasses.fields(record):
        if field.name == "rows":
            continue
        assert re.search(rf"`{field.name}`", FORMAT), f"docs/FORMAT.md does not describe {record.__name__}.{field.name}"


@pytest.mark.parametrize("vocab", [Closeness, Group, Kind, NetworkKind, PowerBase, Relation, Sector, Strategy, Strength, TieForm])
def test_format_doc_lists_every_allowed_value(vocab) -> None:
    for value in vocab:
        assert f'"{value.value}"' in FORMAT, f"docs/FORMAT.md does not list {vocab.__name__} {value.value!r}"


def test_readme_shows_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "uv run phakhi samples/organic-farming.th.toml" in readme
    assert "uv run pytest" in readme
