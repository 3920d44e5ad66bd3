"""ใบงาน 2 (seed 001, lines 197-205): one case of lessons learned, in full.

The case's name and the seed's three questions, each answered in a multi-line
field; every edit goes to the workbook as it is typed (a :class:`RecordDialog`).
The palette opens a case, or adds one (tui/commands.py); the report gives
each case a page.
"""

from __future__ import annotations

from typing import Any

from tui.core.document import Document
from tui.core.model import Lesson
from tui.core.vocab import Language
from tui.screens.dialog import words
from tui.screens.plan_row import RecordDialog
from tui.widgets.record_form import RecordForm

FIELDS = ("case", "drawing_in", "keeping", "leadership", "notes")


class LessonDialog(RecordDialog):
    def __init__(self, document: Document, lang: Language, lesson_id: str) -> None:
        multiline = FIELDS[1:]
        form = RecordForm(Lesson, FIELDS, lang, multiline=multiline, stacked=True, id="lesson-form")
        super().__init__(document, lang, words("lesson.title"), form)
        self.lesson_id = lesson_id

    def record(self) -> Lesson:
        return next(lesson for lesson in self.document.workbook.lessons if lesson.id == self.lesson_id)

    def apply(self, name: str, value: Any) -> None:
        self.document.editor.update_lesson(self.lesson_id, name, value, coalesce=True)
