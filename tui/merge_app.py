"""The merge's confirmation at a terminal: a small app around tui/screens/match_confirm.py.

``phakhi merge`` asks here only when it runs at a terminal, there are names
to confirm and no ``--matches`` table was given; scripts and tests get the
same choice through ``--dry-run`` and ``--matches``.
"""

from __future__ import annotations

from textual.app import App

from tui.core.merge import Likely
from tui.core.vocab import Language
from tui.screens.match_confirm import MatchScreen


class MatchApp(App[list[bool | None] | None]):
    """Returns each pair's answer (True: one stakeholder), or None: leave without merging."""

    def __init__(self, pairs: list[Likely], lang: Language) -> None:
        super().__init__()
        self.pairs = pairs
        self.lang = lang

    def on_mount(self) -> None:
        self.push_screen(MatchScreen(self.pairs, self.lang), self.exit)


def ask(pairs: list[Likely], lang: Language) -> list[bool | None] | None:
    """Each pair's answer from the facilitator, or None if they left without merging."""
    return MatchApp(pairs, lang).run()
