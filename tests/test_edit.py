"""The Editor: validated, undoable changes, with typing coalesced into one step."""

from __future__ import annotations

import copy
import random

import pytest

from tui.core import model, store
from tui.core.edit import EditError, Editor
from tui.core.vocab import (
    Closeness,
    Group,
    Kind,
    Language,
    NetworkKind,
    PowerBase,
    Relation,
    Sector,
    Strategy,
    Strength,
    TieForm,
)


@pytest.fixture
def editor(full_workbook) -> Editor:
    return Editor(full_workbook)


def ids(items) -> list[str]:
    return [item.id for item in items]


# Every operation, as (name, what it does to an editor of the full workbook).
OPERATIONS = {
    "add_stakeholder": lambda e: e.add_stakeholder("ใหม่ ต.น้ำน้อย", Sector.GOVERNMENT, Kind.NETWORK, influence=3),
    "add_stakeholders": lambda e: e.add_stakeholders(["อสม. หมู่ 1", "อสม. หมู่ 2"], Sector.PEOPLE),
    "update_stakeholder": lambda e: e.update_stakeholder("s2", "interest", 5),
    "update_stakeholder_choices": lambda e: e.update_stakeholder("s2", "power_bases", ["rules"]),
    "remove_stakeholder": lambda e: e.remove_stakeholder("s3"),
    "add_tie": lambda e: e.add_tie("s2", "s4", strength="strong", relation="cooperate"),
    "update_tie": lambda e: e.update_tie("t2", "form", TieForm.EXCHANGE),
    "update_tie_end": lambda e: e.update_tie("t2", "a", "s2"),
    "remove_tie": lambda e: e.remove_tie("t2"),
    "add_plan_row": lambda e: e.add_plan_row("กลุ่มใหม่", stakeholder="s3", methods=["ประชุม"]),
    "update_plan_row": lambda e: e.update_plan_row("p2", "current", Closeness.TIGHT),
    "remove_plan_row": lambda e: e.remove_plan_row("p2"),
    "move_plan_row_up": lambda e: e.move_plan_row("p3", -2),
    "move_plan_row_down": lambda e: e.move_plan_row("p1", 1),
    "set_project": lambda e: e.set_project("network_kind", "area"),
    "set_project_clear": lambda e: e.set_project("network_kind", None),
    "set_plan": lambda e: e.set_plan("our_stakeholder", "s4"),
    "set_language": lambda e: e.set_language("th"),
}


@pytest.mark.parametrize("operation", list(OPERATIONS.values()), ids=list(OPERATIONS))
def test_every_operation_undoes_and_redoes(editor, full_copy, operation):
    before = store.dumps(editor.workbook)
    assert operation(editor) is not None
    after = store.dumps(editor.workbook)
    changed = copy.deepcopy(editor.workbook)
    assert after != before
    assert len(editor.undo_stack) == 1

    assert editor.undo() is not None
    assert store.dumps(editor.workbook) == before
    assert editor.workbook == full_copy
    assert editor.undo() is None  # nothing more

    assert editor.redo() is not None
    assert store.dumps(editor.workbook) == after
    assert editor.workbook == changed
    assert editor.redo() is None


def test_operations_change_exactly_what_they_say(editor):
    wb = editor.workbook
    added = editor.add_stakeholder("ใหม่", "academic", "individual", interest=2, groups=["interested"])
    assert added == model.Stakeholder(
        "s5", "ใหม่", Sector.ACADEMIC, Kind.INDIVIDUAL, interest=2, groups=[Group.INTERESTED]
    )
    assert wb.stakeholders[-1] is added
    tie = editor.add_tie("s5", "s2", strength=Strength.STRONG)
    assert tie == model.Tie("t4", "s5", "s2", Strength.STRONG)
    row = editor.add_plan_row("g", stakeholder="s5", target="collaborate")
    assert row == model.PlanRow("p4", group="g", stakeholder="s5", target=Relation.COLLABORATE)
    editor.move_plan_row("p4", -10)
    assert ids(wb.plan.rows) == ["p4", "p1", "p2", "p3"]
    editor.move_plan_row("p4", 2)
    assert ids(wb.plan.rows) == ["p1", "p2", "p4", "p3"]
    assert editor.move_plan_row("p3", 5) is None  # already last
    editor.update_stakeholder("s5", "key_player", None)
    editor.update_stakeholder("s5", "strategy", "monitor")
    assert added.strategy is Strategy.MONITOR
    editor.set_project("network_kind", NetworkKind.FUNCTIONAL)
    assert wb.project.network_kind is NetworkKind.FUNCTIONAL


def test_remove_stakeholder_takes_its_ties_and_unlinks_the_plan(editor, full_copy):
    wb = editor.workbook
    before = store.dumps(wb)
    change = editor.remove_stakeholder("s1")
    assert change.label == "remove stakeholder ผู้ใหญ่บ้าน ต.น้ำน้อย 1"
    assert ids(wb.stakeholders) == ["s2", "s3", "s4"]
    assert ids(wb.ties) == ["t2"]  # t1 (s1-s2) and t3 (s1-s3) went with s1
    assert [r.stakeholder for r in wb.plan.rows] == ["s2", "", "s4"]
    assert [r.group for r in wb.plan.rows] == [r.group for r in full_copy.plan.rows]  # rows stay
    assert wb.plan.our_stakeholder == ""
    assert len(editor.undo_stack) == 1

    editor.undo()
    assert wb == full_copy
    assert ids(wb.stakeholders) == ["s1", "s2", "s3", "s4"]
    assert ids(wb.ties) == ["t1", "t2", "t3"]
    assert store.dumps(wb) == before


def test_remove_a_middle_stakeholder_restores_positions(editor, full_copy):
    editor.remove_stakeholder("s3")
    assert ids(editor.workbook.stakeholders) == ["s1", "s2", "s4"]
    assert ids(editor.workbook.ties) == ["t1"]
    editor.remove_tie("t1")
    editor.remove_stakeholder("s2")
    assert editor.workbook.ties == []
    for _ in range(3):
        editor.undo()
    assert editor.workbook == full_copy


# --- coalescing --------------------------------------------------------------------


def test_typing_into_one_field_is_one_undo_step(editor, full_copy):
    for text in ("ก", "กา", "กาแฟ"):
        editor.update_stakeholder("s1", "notes", text, coalesce=True)
    assert editor.workbook.stakeholders[0].notes == "กาแฟ"
    assert len(editor.undo_stack) == 1
    editor.undo()
    assert editor.workbook == full_copy
    assert editor.undo_stack == []
    editor.redo()
    assert editor.workbook.stakeholders[0].notes == "กาแฟ"


def test_another_field_breaks_the_chain(editor, full_copy):
    editor.update_stakeholder("s1", "notes", "a", coalesce=True)
    editor.update_stakeholder("s1", "contact", "b", coalesce=True)
    editor.update_stakeholder("s1", "notes", "ab", coalesce=True)
    assert len(editor.undo_stack) == 3
    editor.undo()
    assert editor.workbook.stakeholders[0].notes == "a"
    assert editor.workbook.stakeholders[0].contact == "b"


def test_the_same_field_of_another_record_breaks_the_chain(editor):
    editor.update_stakeholder("s1", "notes", "a", coalesce=True)
    editor.update_stakeholder("s2", "notes", "b", coalesce=True)
    assert len(editor.undo_stack) == 2


def test_end_typing_breaks_the_chain(editor, full_copy):
    editor.set_project("title", "x", coalesce=True)
    editor.set_project("title", "xy", coalesce=True)
    editor.end_typing()
    editor.set_project("title", "xyz", coalesce=True)
    assert len(editor.undo_stack) == 2
    editor.undo()
    assert editor.workbook.project.title == "xy"
    editor.undo()
    assert editor.workbook == full_copy


def test_an_edit_without_coalesce_is_its_own_step(editor):
    editor.set_project("title", "x", coalesce=True)
    editor.set_project("title", "xy")
    editor.set_project("title", "xyz", coalesce=True)
    assert len(editor.undo_stack) == 3


def test_coalescing_does_not_merge_into_an_undone_change(editor, full_copy):
    editor.set_project("title", "x", coalesce=True)
    editor.undo()
    editor.set_project("title", "y", coalesce=True)
    assert len(editor.undo_stack) == 1
    assert editor.redo_stack == []
    editor.undo()
    assert editor.workbook == full_copy


# --- history bookkeeping -----------------------------------------------------------------


def test_a_new_edit_clears_the_redo_stack(editor):
    editor.set_project("title", "one")
    editor.set_project("title", "two")
    editor.undo()
    assert len(editor.redo_stack) == 1
    editor.set_project("area", "three")
    assert editor.redo_stack == []
    assert editor.redo() is None
    assert editor.workbook.project.title == "one"


def test_generation_counts_changes_undos_and_redos(editor):
    seen = []
    editor.listeners.append(lambda change: seen.append(change.label))
    assert editor.generation == 0
    editor.set_project("title", "a", coalesce=True)
    editor.set_project("title", "ab", coalesce=True)  # merged, but still a change
    assert editor.generation == 2
    assert editor.set_project("title", "ab") is None  # same value: nothing happens
    assert editor.generation == 2
    editor.undo()
    editor.redo()
    assert editor.generation == 4
    editor.undo()
    editor.undo()  # nothing left: no change
    assert editor.generation == 5
    assert seen == ["edit Project title"] * 5


def test_undo_limit_drops_the_oldest(full_workbook):
    editor = Editor(full_workbook, limit=3)
    for n in range(5):
        editor.set_project("title", f"t{n}")
    assert len(editor.undo_stack) == 3
    while editor.undo():
        pass
    assert full_workbook.project.title == "t1"


# --- refused edits ---------------------------------------------------------------------


REFUSED = {
    "score too high": (
        lambda e: e.update_stakeholder("s1", "influence", 6),
        "Influence (1-5) must be a whole number from 1 to 5",
    ),
    "score zero": (
        lambda e: e.update_stakeholder("s1", "interest", 0),
        "Interest (1-5) must be a whole number from 1 to 5",
    ),
    "score as text": (lambda e: e.update_stakeholder("s1", "interest", "3"), "3 is not a valid Interest (1-5)"),
    "bad choice": (lambda e: e.update_stakeholder("s1", "sector", "private"), "private is not a valid Sector"),
    "bad choice in a list": (
        lambda e: e.update_stakeholder("s1", "power_bases", ["role", "money"]),
        "['role', 'money'] is not a valid Bases of power",
    ),
    "bad choice when adding": (lambda e: e.add_stakeholder("x", sector="private"), "private is not a valid Sector"),
    "unknown stakeholder": (lambda e: e.update_stakeholder("s9", "notes", "x"), "No stakeholder with id s9"),
    "remove unknown stakeholder": (lambda e: e.remove_stakeholder("s9"), "No stakeholder with id s9"),
    "tie to unknown": (lambda e: e.add_tie("s1", "s9"), "No stakeholder with id s9"),
    "self tie": (lambda e: e.add_tie("s2", "s2"), "A tie must join two different stakeholders"),
    "tie end made self": (lambda e: e.update_tie("t1", "b", "s1"), "A tie must join two different stakeholders"),
    "duplicate tie": (lambda e: e.add_tie("s2", "s1"), "These two stakeholders are already tied"),
    "tie end made duplicate": (lambda e: e.update_tie("t2", "b", "s1"), "These two stakeholders are already tied"),
    "tie end as a number": (lambda e: e.add_tie("s2", 4), "No stakeholder with id 4"),
    "unknown tie": (lambda e: e.remove_tie("t9"), "No item with id t9"),
    "plan row to unknown": (lambda e: e.add_plan_row("g", stakeholder="s9"), "No stakeholder with id s9"),
    "plan row link to unknown": (lambda e: e.update_plan_row("p1", "stakeholder", "s9"), "No stakeholder with id s9"),
    "our stakeholder unknown": (lambda e: e.set_plan("our_stakeholder", "s9"), "No stakeholder with id s9"),
    "move unknown row": (lambda e: e.move_plan_row("p9", 1), "No item with id p9"),
    "change a stakeholder id": (
        lambda e: e.update_stakeholder("s1", "id", "s7"),
        "Ids cannot be changed; they stay fixed",
    ),
    "change a tie id": (lambda e: e.update_tie("t1", "id", "t7"), "Ids cannot be changed; they stay fixed"),
    "choose an id": (lambda e: e.add_plan_row("g", id="p7"), "Ids cannot be changed; they stay fixed"),
    "unknown field": (lambda e: e.set_project("colour", "red"), "There is no field colour"),
    "rows are not a field": (lambda e: e.set_plan("rows", []), "There is no field rows"),
    "text as a list": (lambda e: e.set_project("title", ["x"]), "['x'] is not a valid Project title"),
    "bad language": (lambda e: e.set_language("fr"), None),
}


@pytest.mark.parametrize(("operation", "message"), list(REFUSED.values()), ids=list(REFUSED))
def test_a_refused_edit_changes_and_records_nothing(editor, full_copy, operation, message):
    editor.set_project("title", "typed", coalesce=True)
    before = store.dumps(editor.workbook)
    snapshot = copy.deepcopy(editor.workbook)
    generation = editor.generation
    with pytest.raises(ValueError) as caught:  # EditError; a bad language is a plain ValueError
        operation(editor)
    if message is not None:
        assert caught.type is EditError
        assert str(caught.value) == message
    assert store.dumps(editor.workbook) == before
    assert editor.workbook == snapshot
    assert editor.generation == generation
    assert len(editor.undo_stack) == 1 and editor.redo_stack == []
    # The refused edit did not break the typing chain either.
    editor.set_project("title", "typed more", coalesce=True)
    assert len(editor.undo_stack) == 1


def test_refusals_are_in_the_workbook_language(editor):
    editor.set_language(Language.TH)
    with pytest.raises(EditError) as caught:
        editor.update_stakeholder("s1", "influence", 6)
    assert str(caught.value) == "อิทธิพล (1-5) ต้องเป็นตัวเลข 1 ถึง 5"
    with pytest.raises(EditError) as caught:
        editor.add_tie("s1", "s1")
    assert str(caught.value) == "ความสัมพันธ์ต้องเชื่อมภาคีสองรายที่ต่างกัน"


def test_change_labels_name_the_field_in_the_workbook_language(editor):
    assert editor.update_stakeholder("s1", "access", "x").label == "edit How to reach them"
    editor.set_language("th")
    assert editor.update_stakeholder("s1", "access", "y").label == "แก้ไข เข้าถึงภาคีได้อย่างไร"


# --- ids -----------------------------------------------------------------------------


def test_new_ids_count_past_the_largest_in_use_without_filling_gaps(editor):
    editor.remove_stakeholder("s2")
    assert editor.add_stakeholder("x").id == "s5"


def test_an_id_removed_in_this_session_is_not_given_out_again(editor):
    editor.remove_stakeholder("s4")
    again = editor.add_stakeholder("x")
    assert again.id == "s5"
    # Undo history stays consistent: undo the add, then the removal, and the old s4 is back.
    editor.undo()
    editor.undo()
    assert editor.workbook.stakeholder("s4").name == "ผู้ใหญ่บ้าน ต.น้ำน้อย 4"


def test_largest_number_known_answers():
    assert model.largest_number("s", []) == 0
    assert model.largest_number("s", {"s1", "s2", "s10"}) == 10
    assert model.largest_number("s", {"s2"}) == 2
    assert model.largest_number("t", {"s7", "tx", "t", "t03"}) == 3


# --- many edits, then undo them all ------------------------------------------------------


def random_edit(editor: Editor, rng: random.Random) -> None:
    wb = editor.workbook
    sid = lambda: rng.choice([s.id for s in wb.stakeholders] + ["s99"])  # noqa: E731
    texts = ["", "ก", "ผู้ใหญ่บ้าน ต.น้ำน้อย", "สอง\nบรรทัด", 'q"\\', "🤝"]
    action = rng.randrange(16)
    if action == 0:
        editor.add_stakeholder(rng.choice(texts), rng.choice(list(Sector)), rng.choice(list(Kind)))
    elif action == 1 and wb.stakeholders:
        editor.remove_stakeholder(sid())
    elif action in (2, 3):
        name = rng.choice(["notes", "name", "contact", "stance"])
        editor.update_stakeholder(sid(), name, rng.choice(texts), coalesce=rng.random() < 0.6)
    elif action == 4:
        editor.update_stakeholder(sid(), rng.choice(["influence", "interest"]), rng.choice([None, 0, 1, 3, 5, 6]))
    elif action == 5:
        editor.update_stakeholder(sid(), "power_bases", rng.sample(list(PowerBase), rng.randint(0, 4)))
    elif action == 6:
        editor.update_stakeholder(sid(), "key_player", rng.choice([None, True, False]))
    elif action == 7:
        editor.add_tie(sid(), sid(), strength=rng.choice(list(Strength)))
    elif action == 8 and wb.ties:
        editor.remove_tie(rng.choice(wb.ties).id)
    elif action == 9 and wb.ties:
        editor.update_tie(rng.choice(wb.ties).id, rng.choice(["a", "b"]), sid())
    elif action == 10:
        editor.add_plan_row(rng.choice(texts), stakeholder=rng.choice(["", sid()]))
    elif action == 11 and wb.plan.rows:
        editor.remove_plan_row(rng.choice(wb.plan.rows).id)
    elif action == 12 and wb.plan.rows:
        editor.move_plan_row(rng.choice(wb.plan.rows).id, rng.randint(-3, 3))
    elif action == 13 and wb.plan.rows:
        editor.update_plan_row(rng.choice(wb.plan.rows).id, "methods", rng.sample(texts, 2), coalesce=True)
    elif action == 14:
        editor.set_project(rng.choice(["title", "notes"]), rng.choice(texts), coalesce=rng.random() < 0.5)
    elif action == 15:
        editor.set_language(rng.choice(list(Language)))
    if rng.random() < 0.1:
        editor.end_typing()
    if rng.random() < 0.05:
        editor.undo()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_two_hundred_random_edits_all_undo(full_workbook, full_copy, seed):
    editor = Editor(full_workbook)
    rng = random.Random(seed)
    original = store.dumps(full_workbook)
    refused = 0
    for _ in range(200):
        try:
            random_edit(editor, rng)
        except EditError:
            refused += 1
        # Every state the editor reaches is one the file accepts.
        assert store.parse(store.dumps(editor.workbook).encode(), "f.toml") == editor.workbook
    final = store.dumps(editor.workbook)
    assert final != original
    assert 0 < refused < 200
    steps = 0
    while editor.undo():
        steps += 1
    assert steps == len(editor.redo_stack)
    assert store.dumps(editor.workbook) == original
    assert editor.workbook == full_copy
    while editor.redo():
        pass
    assert store.dumps(editor.workbook) == final


def test_names_pasted_together_are_one_change_with_new_ids(editor, full_copy):
    before = ids(editor.workbook.stakeholders)
    added = editor.add_stakeholders(["อสม. หมู่ 1", "อสม. หมู่ 2", "อสม. หมู่ 3"], Sector.PEOPLE)
    assert [s.name for s in editor.workbook.stakeholders[-3:]] == ["อสม. หมู่ 1", "อสม. หมู่ 2", "อสม. หมู่ 3"]
    assert len({s.id for s in editor.workbook.stakeholders}) == len(before) + 3
    assert all(s.sector is Sector.PEOPLE for s in added)
    editor.undo()  # one undo takes all three back
    assert editor.workbook == full_copy


def test_one_refused_name_adds_none_and_says_its_line(editor, full_copy):
    with pytest.raises(EditError, match="line 2: "):
        editor.messages_lang = "en"
        editor.add_stakeholders(["อสม. หมู่ 1", "x" * 301, "อสม. หมู่ 3"], Sector.PEOPLE)
    assert editor.workbook == full_copy
    assert editor.undo() is None


# --- one edit, one undo step: what follows a change goes with it --------------------


def test_naming_someone_in_a_sector_marked_empty_is_one_undo_step():
    editor = Editor(model.Workbook())
    editor.set_project("empty_sectors", [Sector.GOVERNMENT, Sector.ACADEMIC])
    editor.add_stakeholder("นายก ทม.", Sector.GOVERNMENT)
    assert editor.workbook.project.empty_sectors == [Sector.ACADEMIC]
    editor.undo()
    assert editor.workbook.stakeholders == []
    assert editor.workbook.project.empty_sectors == [Sector.GOVERNMENT, Sector.ACADEMIC]
    editor.redo()
    assert editor.workbook.project.empty_sectors == [Sector.ACADEMIC]


def test_a_pasted_column_in_a_sector_marked_empty_is_one_undo_step():
    editor = Editor(model.Workbook())
    editor.set_project("empty_sectors", [Sector.ACADEMIC])
    editor.add_stakeholders(["ม.อ.", "ม.ทักษิณ"], Sector.ACADEMIC)
    assert editor.workbook.project.empty_sectors == []
    editor.undo()
    assert (editor.workbook.stakeholders, editor.workbook.project.empty_sectors) == ([], [Sector.ACADEMIC])


def test_moving_someone_into_a_sector_marked_empty_unmarks_it_in_the_same_step():
    editor = Editor(model.Workbook())
    editor.add_stakeholder("สสจ.", Sector.PEOPLE)
    editor.set_project("empty_sectors", [Sector.GOVERNMENT])
    editor.update_stakeholder("s1", "sector", Sector.GOVERNMENT, coalesce=True)
    assert editor.workbook.project.empty_sectors == []
    editor.undo()
    assert editor.workbook.stakeholders[0].sector is Sector.PEOPLE
    assert editor.workbook.project.empty_sectors == [Sector.GOVERNMENT]


def test_a_rename_typed_letter_by_letter_carries_to_its_plan_rows_and_is_one_step():
    editor = Editor(model.Workbook())
    editor.add_stakeholder("โรงพยาบาลชุมชม")  # a typo
    editor.add_stakeholder("เทศบาล")
    editor.add_plan_row("โรงพยาบาลชุมชม", stakeholder="s1")
    editor.add_plan_row("ผู้อำนวยการ รพ.", stakeholder="s1")  # a name the user wrote: kept
    editor.set_plan("our_stakeholder", "s1")
    editor.set_plan("our_group", "โรงพยาบาลชุมชม")
    before = copy.deepcopy(editor.workbook)
    for typed in ("โรงพยาบาลชุมช", "โรงพยาบาลชุมชน"):
        editor.update_stakeholder("s1", "name", typed, coalesce=True)
    workbook = editor.workbook
    assert [row.group for row in workbook.plan.rows] == ["โรงพยาบาลชุมชน", "ผู้อำนวยการ รพ."]
    assert workbook.plan.our_group == "โรงพยาบาลชุมชน"
    editor.undo()
    assert editor.workbook == before


def test_typing_a_name_back_to_what_it_was_leaves_nothing_to_undo():
    editor = Editor(model.Workbook())
    editor.add_stakeholder("ชาคริต")
    editor.add_plan_row("ชาคริต", stakeholder="s1")
    steps = len(editor.undo_stack)
    for typed in ("ชาคริ", "ชาคริต"):
        editor.update_stakeholder("s1", "name", typed, coalesce=True)
    assert len(editor.undo_stack) == steps
    assert editor.workbook.plan.rows[0].group == "ชาคริต"


# --- our group ------------------------------------------------------------------------


def test_choosing_our_group_names_the_table_row_and_undoes_in_one_step():
    editor = Editor(model.Workbook())
    editor.add_stakeholder("กลุ่มเกษตรอินทรีย์")
    editor.add_stakeholder("โรงพยาบาล")
    before = copy.deepcopy(editor.workbook)
    editor.choose_our_group("s1")
    assert (editor.workbook.plan.our_stakeholder, editor.workbook.plan.our_group) == ("s1", "กลุ่มเกษตรอินทรีย์")
    editor.choose_our_group("s2")  # the name followed the choice, so it follows again
    assert editor.workbook.plan.our_group == "โรงพยาบาล"
    editor.undo()
    editor.undo()
    assert editor.workbook == before


def test_a_name_written_for_our_group_is_kept_when_it_is_chosen():
    editor = Editor(model.Workbook())
    editor.add_stakeholder("กลุ่มเกษตรอินทรีย์ ต.ควนลัง")
    editor.set_plan("our_group", "กลุ่มเกษตรอินทรีย์")
    editor.choose_our_group("s1")
    assert editor.workbook.plan.our_group == "กลุ่มเกษตรอินทรีย์"


def test_adding_us_is_one_stakeholder_chosen_in_one_undo_step():
    editor = Editor(model.Workbook())
    editor.set_project("empty_sectors", [Sector.PEOPLE])
    us = editor.add_our_group("กลุ่มเกษตรอินทรีย์")
    workbook = editor.workbook
    assert [s.name for s in workbook.stakeholders] == ["กลุ่มเกษตรอินทรีย์"]
    assert (workbook.plan.our_stakeholder, workbook.plan.our_group) == (us.id, "กลุ่มเกษตรอินทรีย์")
    assert workbook.project.empty_sectors == []
    editor.undo()
    assert workbook.stakeholders == [] and workbook.plan.our_stakeholder == "" and workbook.plan.our_group == ""
    assert workbook.project.empty_sectors == [Sector.PEOPLE]


def test_end_typing_ends_it_when_the_typing_was_undone_too(editor):
    """The field is left while its typing is on the redo stack: redone, it takes no more keys."""
    editor.set_project("title", "x", coalesce=True)
    editor.undo()
    editor.end_typing()
    editor.redo()
    editor.set_project("title", "xy", coalesce=True)
    assert len(editor.undo_stack) == 2


# --- a sector marked "nobody here" ------------------------------------------------------


def test_a_sector_is_marked_empty_and_unmarked_each_in_one_undo_step():
    editor = Editor(model.Workbook())
    editor.mark_sector_empty(Sector.GOVERNMENT)
    editor.mark_sector_empty("academic")
    assert editor.workbook.project.empty_sectors == [Sector.GOVERNMENT, Sector.ACADEMIC]
    assert editor.mark_sector_empty(Sector.ACADEMIC) is None  # marked already
    editor.mark_sector_empty(Sector.GOVERNMENT, empty=False)
    assert editor.workbook.project.empty_sectors == [Sector.ACADEMIC]
    editor.undo()
    assert editor.workbook.project.empty_sectors == [Sector.GOVERNMENT, Sector.ACADEMIC]


@pytest.mark.parametrize("how", ["mark", "set"])
def test_a_sector_with_names_cannot_be_marked_empty(how):
    editor = Editor(model.Workbook())
    editor.add_stakeholder("นายก ทม.", Sector.GOVERNMENT)
    before = copy.deepcopy(editor.workbook)
    with pytest.raises(EditError, match="ภาครัฐ"):
        if how == "mark":
            editor.mark_sector_empty(Sector.GOVERNMENT)
        else:
            editor.set_project("empty_sectors", [Sector.ACADEMIC, Sector.GOVERNMENT])
    assert editor.workbook == before
    editor.undo()  # the refused edit left no step: undo takes back the name
    assert editor.workbook.stakeholders == []
    editor.mark_sector_empty(Sector.GOVERNMENT)  # now there is no one
    assert editor.workbook.project.empty_sectors == [Sector.GOVERNMENT]
