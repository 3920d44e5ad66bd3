"""What a screen works out from the whole workbook, once per change of it.

A screen redraws on opening, on a change of language, after every edit and
when the terminal is resized, and each time asked the same questions of
every stakeholder: at 10,000 stakeholders the steps' state takes 30 to
50 ms, step 6's grid 200 ms, and opening a step asked twice (for its words,
then for its size). Kept until the workbook changes (the editor's
generation goes up with every change, undo and redo, and a workbook opened
anew is another object) or what else it was made for does.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from tui.core.document import Document
from tui.core.model import Workbook

T = TypeVar("T")


class PerChange(Generic[T]):
    """``make(workbook, *also)``, made again only when the workbook or ``also`` has changed since.

    With ``now``, ``make`` is given the network as it stands (``Document.now``), which
    every such question shares, instead of each leaving out who left on its own."""

    def __init__(self, make: Callable[..., T], *, now: bool = False) -> None:
        self._make = make
        self._now = now
        self._made: tuple[Workbook, tuple[Hashable, ...], T] | None = None

    def of(self, document: Document, *also: Any) -> T:
        workbook, key = document.workbook, (document.editor.generation, *also)
        if self._made is None or self._made[0] is not workbook or self._made[1] != key:
            self._made = (workbook, key, self._make(document.now() if self._now else workbook, *also))
        return self._made[2]
