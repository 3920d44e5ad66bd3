"""When to autosave: soon after typing pauses, and never much later than the first change.

A pure debounce (save a moment after the *last* change) batches a burst of
keys into one write, but someone who types without pausing is never saved,
and a crash then loses everything since they began. So the wait after each
change is the debounce, cut short so that the save comes at most
``max_wait`` after the first change not yet saved.

The promise to the user is that a crash loses at most the last ``promise``
seconds of typing, and the save itself takes time: a province's workbook
takes a few tenths of a second to write, more on a busy machine. So the
longest wait is also cut to leave room for a save twice as slow as the last
one (or, before any save, as slow as the file's size suggests), never below
``QUICKEST``: saving more often than that would only queue saves up.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The shortest wait from the first unsaved change to its save, however slow saves are.
QUICKEST = 0.25
#: Bytes a second a save is assumed to write before one has been timed: a quarter of what
#: the 2-core development machine does (26 MB/s for a 10,000-stakeholder workbook, with
#: the stamp check, the backup and the fsyncs), so the first save errs on the early side.
ASSUMED_BYTES_PER_SECOND = 6_500_000


@dataclass
class AutosaveClock:
    delay: float  # quiet time after the last change
    max_wait: float  # longest time from the first unsaved change (never below ``delay``)
    promise: float = 1.0  # a crash loses at most this much of the last typing
    save_seconds: float = 0.0  # how long the last save took (or is guessed to take)
    first_unsaved: float | None = None

    def changed(self, now: float) -> float:
        """A change at ``now`` (monotonic seconds): how long from now until the save."""
        if self.first_unsaved is None:
            self.first_unsaved = now
        deadline = self.first_unsaved + self.longest_wait()
        return max(0.0, min(self.delay, deadline - now))

    def longest_wait(self) -> float:
        """From the first unsaved change to its save. A delay someone chose longer than
        ``max_wait`` (for a slow network folder) is kept as it is."""
        if self.delay > self.max_wait:
            return self.delay
        return max(QUICKEST, min(self.max_wait, self.promise - 2 * self.save_seconds))

    def saving(self) -> None:
        """A save is starting from what is in memory now: later changes start a new wait."""
        self.first_unsaved = None

    def saved(self, seconds: float) -> None:
        """A save took ``seconds``, from its snapshot to its end: the next waits allow for it."""
        self.save_seconds = seconds

    def expect(self, size: int) -> None:
        """No save has been timed yet: guess from the file's ``size`` in bytes."""
        self.save_seconds = size / ASSUMED_BYTES_PER_SECOND
