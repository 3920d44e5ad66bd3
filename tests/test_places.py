"""The table of places (tui/places.py): one row and one module make a new screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tui import places
from tui.core.i18n import MESSAGES

ROOT = Path(__file__).resolve().parent.parent


def test_a_place_added_to_the_table_alone_is_reached_by_its_key_the_home_list_and_the_palette(
    sample: Path,
) -> None:
    # A child process: the home screen's keys are bound when its module is imported,
    # so the row goes in before the app is imported, as a developer adds it.
    code = "import sys, tests.place_added as p; p.main()"
    result = subprocess.run(
        [sys.executable, "-c", code, str(sample)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "reached by key, list, help and palette" in result.stdout


def test_each_place_has_its_own_id_and_key_a_title_and_a_screen() -> None:
    assert len({p.id for p in places.PLACES}) == len(places.PLACES)
    assert len({p.key for p in places.PLACES}) == len(places.PLACES)
    for place in places.PLACES:
        assert place.title in MESSAGES
        assert place.screen_class().__name__ == place.screen.partition(":")[2]
    assert [p.step for p in places.steps()] == list(range(1, 8))
