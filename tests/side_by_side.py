"""Two apps run at once and pressed the same keys: our widget beside Textual's own.

The long table and the long list are made to look and move as DataTable and
OptionList do; their tests press each key in both and compare what is drawn.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from textual.app import App


async def pressed_in_both(
    ours: App, theirs: App, keys: Sequence[str], size: tuple[int, int]
) -> AsyncIterator[str | None]:
    """Yields once both have settled: first before any key (None), then after each key."""
    async with ours.run_test(size=size) as our_pilot, theirs.run_test(size=size) as their_pilot:
        for key in [None, *keys]:
            if key:
                await our_pilot.press(key)
                await their_pilot.press(key)
            await our_pilot.pause()
            await their_pilot.pause()
            yield key
