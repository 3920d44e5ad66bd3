"""The entries' text kept per record is, after any edits, undos and redos, byte for
byte the text of encoding the whole workbook (a stale record would save old values)."""

from __future__ import annotations

import contextlib
import copy

from conftest import make_full_workbook
from hypothesis import given
from hypothesis import strategies as st

from tui.core import store
from tui.core.edit import EditError, Editor
from tui.core.entries_text import EntriesText
from tui.core.model import Plan, Workbook

WORDS = st.sampled_from(["ก", "ภาคี", "x y", 'คำ "อ้าง"', "two\nlines", ""])
ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), WORDS),
        st.tuples(st.just("rename"), st.integers(0, 9), WORDS),
        st.tuples(st.just("score"), st.integers(0, 9), st.integers(1, 5)),
        st.tuples(st.just("tie"), st.integers(0, 9), st.integers(0, 9)),
        st.tuples(st.just("strength"), st.integers(0, 9), st.sampled_from(["weak", "strong"])),
        st.tuples(st.just("remove"), st.integers(0, 9)),
        st.tuples(st.just("leave"), st.integers(0, 9), st.booleans()),
        st.tuples(st.just("end"), st.integers(0, 9), st.booleans()),
        st.tuples(st.just("row"), WORDS),
        st.tuples(st.just("vision"), WORDS),
        st.tuples(st.just("title"), WORDS),
        st.tuples(st.just("language"), st.sampled_from(["th", "en"])),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
    ),
    max_size=25,
)


def act(editor: Editor, action: tuple) -> None:
    wb = editor.workbook
    people, ties = wb.stakeholders, wb.ties
    match action:
        case ("add", name):
            editor.add_stakeholder(name or "x")
        case ("rename", i, name) if people:
            editor.update_stakeholder(people[i % len(people)].id, "name", name or "y", coalesce=True)
        case ("score", i, score) if people:
            editor.update_stakeholder(people[i % len(people)].id, "influence", score)
        case ("tie", i, j) if len(people) > 1:
            editor.add_tie(people[i % len(people)].id, people[j % len(people)].id)
        case ("strength", i, strength) if ties:
            editor.update_tie(ties[i % len(ties)].id, "strength", strength)
        case ("remove", i) if people:
            editor.remove_stakeholder(people[i % len(people)].id)
        case ("leave", i, gone) if people:
            who = people[i % len(people)].id
            editor.mark_left(who, "2026-03-01", "ย้ายไป") if gone else editor.bring_back(who)
        case ("end", i, gone) if ties:
            tie = ties[i % len(ties)].id
            editor.end_tie(tie, "2026-04-01") if gone else editor.renew_tie(tie)
        case ("row", group):
            editor.add_plan_row(group)
        case ("vision", text):
            editor.set_plan("shared_vision", text, coalesce=True)
        case ("title", text):
            editor.set_project("title", text)
        case ("language", language):
            editor.set_language(language)
        case ("undo",):
            editor.undo()
        case ("redo",):
            editor.redo()


@given(st.booleans(), ACTIONS)
def test_the_kept_text_is_the_whole_encoding_after_every_edit(full: bool, actions: list[tuple]) -> None:
    editor = Editor(copy.deepcopy(make_full_workbook()) if full else Workbook())
    entries = EntriesText(editor)
    assert entries.text(editor.workbook) == store.entries_text(editor.workbook)
    for action in actions:
        with contextlib.suppress(EditError):  # a tie to itself or twice: refused, and nothing changed
            act(editor, action)
        assert entries.text(editor.workbook) == store.entries_text(editor.workbook), action


def test_a_restored_copy_is_written_whole() -> None:
    editor = Editor(copy.deepcopy(make_full_workbook()))
    entries = EntriesText(editor)
    entries.text(editor.workbook)
    held = copy.deepcopy(editor.workbook)
    held.stakeholders[0].name = "จากสำเนา"
    editor.restore(held)
    assert 'name = "จากสำเนา"' in entries.text(editor.workbook)
    assert entries.text(editor.workbook) == store.entries_text(editor.workbook)


def test_warming_in_slices_leaves_the_first_save_nothing_to_encode(monkeypatch) -> None:
    from tui.core import entries_text

    editor = Editor(copy.deepcopy(make_full_workbook()))
    entries = EntriesText(editor)
    records = len(editor.workbook.stakeholders) + len(editor.workbook.ties) + len(editor.workbook.plan.rows)
    slices = 0
    while not entries.warm(editor.workbook, 2):
        slices += 1
        editor.update_stakeholder(editor.workbook.stakeholders[0].id, "name", f"ระหว่างอุ่น {slices}")
    assert slices == records // 2
    encoded: list[object] = []
    real = entries_text.encode_record
    monkeypatch.setattr(entries_text, "encode_record", lambda record: encoded.append(record) or real(record))
    assert entries.text(editor.workbook) == store.entries_text(editor.workbook)
    # Only what warming could not keep: the project, the plan, and the stakeholder renamed meanwhile.
    project, renamed, plan = encoded
    assert project is editor.workbook.project and renamed is editor.workbook.stakeholders[0]
    assert isinstance(plan, Plan)  # the plan's own keys, without its rows
