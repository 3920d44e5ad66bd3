"""When to autosave: soon after typing pauses, and never much later than the first change.

A pure debounce (save a moment after the *last* change) batches a burst of
keys into one write, but someone who types without pausing is never saved,
and a crash then loses everything since they began. So the wait after each
change is the debounce, cut short so that the save comes at most
``max_wait`` after the first change not yet saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import Workbook


@dataclass
class AutosaveClock:
    delay: float  # quiet time after the last change
    max_wait: float  # longest time from the first unsaved change (never below ``delay``)
    first_unsaved: float | None = None

    def changed(self, now: float) -> float:
        """A change at ``now`` (monotonic seconds): how long from now until the save."""
        if self.first_unsaved is None:
            self.first_unsaved = now
        deadline = self.first_unsaved + max(self.max_wait, self.delay)
        return max(0.0, min(self.delay, deadline - now))

    def saving(self) -> None:
        """A save is starting from what is in memory now: later changes start a new wait."""
        self.first_unsaved = None


def warm_up(workbook: Workbook) -> None:
    """Load what saving this workbook needs before the first autosave is due: networkx
    (for the analyses of its ties) takes about 0.3 s to import, which would otherwise
    make the first save of a session the slowest, and a crash then the costliest."""
    if workbook.ties:
        import networkx  # noqa: F401
