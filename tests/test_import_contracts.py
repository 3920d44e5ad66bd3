"""The import contracts (pyproject.toml, ``[tool.importlinter]``) cover what they claim to."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tui import places

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def contract(name_starts: str) -> dict[str, object]:
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    (found,) = [c for c in contracts if c["name"].startswith(name_starts)]
    return found


def test_every_place_s_screen_is_in_the_contract_that_keeps_places_apart() -> None:
    """A new place is one row of tui/places.py; its screen's module joins the contract here too,
    or it could import another place's screen unnoticed."""
    kept_apart = set(contract("A place's screen")["modules"])  # type: ignore[arg-type]
    screens = {place.screen.partition(":")[0] for place in places.PLACES} | {"tui.screens.home"}
    assert screens == kept_apart
