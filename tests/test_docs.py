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


@pytest.mark.parametrize(
    "vocab", [Closeness, Group, Kind, NetworkKind, PowerBase, Relation, Sector, Strategy, Strength, TieForm]
)
def test_format_doc_lists_every_allowed_value(vocab) -> None:
    for value in vocab:
        assert f'"{value.value}"' in FORMAT, f"docs/FORMAT.md does not list {vocab.__name__} {value.value!r}"


def test_readme_shows_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "uv run phakhi samples/organic-farming.th.toml" in readme
    assert "uv run pytest" in readme


def test_every_file_the_readme_and_docs_link_to_exists() -> None:
    """Links and pictures (``](path)``) in README.md and docs/*.md point at files in the repository."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)\)", text):
            if "://" in target:
                continue
            assert (page.parent / target).exists(), f"{page.name} links to {target}, which is missing"


def test_the_readme_pictures_are_screenshots_phakhi_made() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+\.svg)\)", readme)
    assert len(pictures) >= 4
    script = (ROOT / "docs" / "screenshots" / "make.sh").read_text(encoding="utf-8")
    for picture in pictures:
        assert picture in script, f"{picture} is not made by docs/screenshots/make.sh"
        assert "Generated with Rich" in (ROOT / picture).read_text(encoding="utf-8")[:200]


def test_reliability_cites_only_tests_that_exist() -> None:
    """docs/RELIABILITY.md names tests as ``file::name`` (or ``::name`` after one of the same file)."""
    cited = []
    for line in (ROOT / "docs" / "RELIABILITY.md").read_text(encoding="utf-8").splitlines():
        current = None
        for file, name in re.findall(r"`(test_\w+\.py)?::(test_\w+)`", line):
            current = file or current
            cited.append((current, name))
    assert len(cited) > 40
    missing = [
        f"{file}::{name}"
        for file, name in cited
        if file is None
        or not re.search(rf"^(async )?def {name}\(", (ROOT / "tests" / file).read_text(encoding="utf-8"), re.M)
    ]
    assert missing == []
