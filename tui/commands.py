"""The command palette (ctrl+p) speaks the workbook's verbs, in the user's language.

Go to any of the seven steps, switch language, save now, go home, show the
keys — each found by typing part of its name in Thai or English.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.core.i18n import tr
from tui.core.vocab import Language

if TYPE_CHECKING:
    from tui.app import PhakhiApp


class WorkbookCommands(Provider):
    def commands(self) -> list[tuple[str, Callable[[], object]]]:
        app = cast("PhakhiApp", self.app)
        lang = app.lang
        other = Language.EN if lang is Language.TH else Language.TH
        found: list[tuple[str, Callable[[], object]]] = [
            (tr(lang, "command.go_step", number=n, name=tr(lang, f"step.{n}")), partial(app.action_show_step, n))
            for n in range(1, 8)
        ]
        found += [
            (tr(lang, "command.language", name=tr(lang, f"language.{other.value}")), app.action_toggle_language),
            (tr(lang, "screen.map"), app.action_show_map),
            (tr(lang, "screen.plan"), app.action_show_plan),
            (tr(lang, "screen.report"), app.action_show_report),
            (tr(lang, "command.save"), app.save_now),
            (tr(lang, "command.save_as"), app.action_save_as),
            (tr(lang, "command.home"), app.action_home),
            (tr(lang, "command.help"), app.action_help),
        ]
        return found

    async def discover(self) -> Hits:
        for name, command in self.commands():
            yield DiscoveryHit(name, command)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, text=name)
