"""The keys that score 1-5 and go on to the next row, as a workshop scores: step 5's
influence and interest, the network health check's items. Each screen's table binds
them; the screen's ``action_score(n)`` gives the score."""

from __future__ import annotations

from textual.binding import Binding

#: Named by the line above each table that binds them (``key_range`` of the first and last).
SCORE_KEYS = [Binding(str(n), f"screen.score({n})", "key.score", show=False) for n in range(1, 6)]
