"""ใบงาน 2 (seed 001, lines 197-205): lessons learned, a case each, kept in the file and a page
each in the report."""

from __future__ import annotations

import pytest

from tui.core import store
from tui.core.edit import Editor
from tui.core.model import Workbook
from tui.core.problems import WorkbookError
from tui.core.report import build_report
from tui.core.report.text import render_text
from tui.core.vocab import Language

HEAD = 'format = "phakhi-workbook"\nversion = {version}\nlanguage = "th"\n'
LESSON = '\n[[lessons]]\nid = "l1"\ncase = "เทศบาลเมืองยะลา"\nkeeping = "ประชุมทุกเดือน"\n'


def test_a_case_round_trips_and_older_files_are_told_to_say_version_3() -> None:
    workbook = store.parse((HEAD.format(version=3) + LESSON).encode(), "w.toml")
    (lesson,) = workbook.lessons
    assert (lesson.case, lesson.keeping, lesson.drawing_in) == ("เทศบาลเมืองยะลา", "ประชุมทุกเดือน", "")
    assert store.parse(store.dumps(workbook).encode(), "w.toml").lessons == workbook.lessons
    with pytest.raises(WorkbookError) as error:
        store.parse((HEAD.format(version=2) + LESSON).encode(), "w.toml")
    (problem,) = error.value.problems
    assert str(problem).startswith("w.toml:5:1: lessons came with format version 3")


def test_cases_are_added_edited_and_removed_one_undo_step_each() -> None:
    editor = Editor(Workbook())
    lesson = editor.add_lesson("เทศบาลเมืองยะลา")
    editor.update_lesson(lesson.id, "leadership", "ฟังทุกฝ่าย")
    editor.remove_lesson(lesson.id)
    assert editor.workbook.lessons == []
    editor.undo()
    assert [(x.case, x.leadership) for x in editor.workbook.lessons] == [("เทศบาลเมืองยะลา", "ฟังทุกฝ่าย")]
    editor.undo()
    assert editor.workbook.lessons[0].leadership == ""


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            Language.TH,
            (
                "ใบงาน 2: เรียนรู้ประสบการณ์ และถอดบทเรียน",
                "เทศบาลเมืองยะลา",
                "2. บริหารยังไงให้ภาคีเครือข่ายเหล่านี้ยังคงทำงานร่วมกันอยู่ ประชุมทุกเดือน",
            ),
        ),
        (
            Language.EN,
            (
                "Worksheet 2: learning from experience, lessons drawn",
                "2. How the partners were managed so that they still work together ประชุมทุกเดือน",
            ),
        ),
    ],
)
def test_the_report_has_a_page_a_case_with_the_seed_s_three_questions(lang: Language, lines: tuple[str, ...]) -> None:
    workbook = store.parse((HEAD.format(version=3) + LESSON).encode(), "w.toml")
    text = " ".join(render_text(build_report(workbook, lang=lang), width=200).split())
    for line in lines:
        assert line in text
    assert text.count("1. ") >= 1 and ("ไม่มี" if lang is Language.TH else "none") in text  # unanswered, said so


def test_no_case_no_page() -> None:
    assert "ใบงาน 2" not in render_text(build_report(Workbook()))
