"""An edit repaints what it changed, not the screen.

Every ``Static.update`` lays the screen out again, and Textual then repaints
every widget across the span of what changed: the step bar, told its
unchanged line at every score in step 5, had the whole table drawn again
each time (a third of a score's processor time on a workshop's server).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import make_app
from tui.core.document import Document
from tui.widgets.step_bar import StepBar


async def test_a_score_leaves_the_step_bar_alone(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    updates: list[object] = []
    real = StepBar.update

    def counted(self: StepBar, *args: object, **kwargs: object) -> None:
        updates.append(args)
        real(self, *args, **kwargs)

    monkeypatch.setattr(StepBar, "update", counted)
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        shown = len(updates)
        for score in "3142":
            await pilot.press(score)
        await pilot.pause()
        after_scores = len(updates)
        await pilot.press("ctrl+q")
    assert shown >= 1  # the bar was drawn as the step opened
    assert after_scores == shown
