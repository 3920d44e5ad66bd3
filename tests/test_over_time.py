"""Who left the network and which ties ended: kept in the file, out of the current measures;
the format's version 2 and the reading of version-1 files."""

from __future__ import annotations

import tomllib

import pytest

from tui.core import model, store
from tui.core.codec import FORMAT_VERSION
from tui.core.current import current
from tui.core.edit import EditError, Editor
from tui.core.problems import WorkbookError
from tui.core.report import build_report
from tui.core.report.blocks import Heading, Table
from tui.core.vocab import Language, PlanStatus, Strength

#: A version-1 file as Phakhi wrote it before: a triangle s1-s2-s3 and s4 hanging off s3.
V1 = """\
format = "phakhi-workbook"
version = 1
language = "en"

[project]
title = "Clean river"

[[stakeholders]]
id = "s1"
name = "Mayor"
sector = "government"
kind = "individual"
influence = 5
interest = 4

[[stakeholders]]
id = "s2"
name = "River school"
sector = "academic"
kind = "node"

[[stakeholders]]
id = "s3"
name = "Fishers"
sector = "people"
kind = "network"
notes = \"\"\"
two
lines\"\"\"

[[stakeholders]]
id = "s4"
name = "Market"
sector = "people"
kind = "node"

[[ties]]
id = "t1"
a = "s1"
b = "s2"
strength = "strong"

[[ties]]
id = "t2"
a = "s2"
b = "s3"
strength = "weak"

[[ties]]
id = "t3"
a = "s1"
b = "s3"
strength = "weak"

[[ties]]
id = "t4"
a = "s3"
b = "s4"
strength = "weak"

[plan]
our_group = "Fishers"
our_stakeholder = "s3"

[[plan.rows]]
id = "p1"
group = "Market"
stakeholder = "s4"
"""


def parse(text: str, lang: Language = Language.EN) -> model.Workbook:
    return store.parse(text.encode("utf-8"), "river.toml", lang)


def problems(text: str, lang: Language = Language.EN) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        parse(text, lang)
    return [str(p) for p in caught.value.problems]


# --- version 1 to version 2 ----------------------------------------------------


def test_a_version_1_file_loads_and_is_saved_as_the_latest_version_with_nothing_lost():
    old = parse(V1)
    text = store.entries_text(old)
    # Only the version line differs: every entry is written as it was.
    assert text == V1.replace("version = 1", f"version = {FORMAT_VERSION}")
    again = parse(text)
    assert again == old
    assert [s.left for s in again.stakeholders] == ["", "", "", ""]


def test_a_version_2_file_with_who_left_and_what_ended_is_read():
    text = (
        V1.replace("version = 1", "version = 2")
        .replace('name = "Market"\n', 'name = "Market"\n')
        .replace(
            'kind = "node"\n\n[[ties]]',
            'kind = "node"\nleft = "2026-03-01"\nleft_reason = "moved to the city"\n\n[[ties]]',
        )
        .replace('strength = "strong"\n', 'strength = "strong"\nended = 2026-04-30\n')  # a TOML date is read too
    )
    workbook = parse(text)
    market, school_tie = workbook.stakeholder("s4"), workbook.ties.by_id("t1")
    assert market is not None and school_tie is not None
    assert (market.left, market.left_reason) == ("2026-03-01", "moved to the city")
    assert school_tie.ended == "2026-04-30"
    saved = store.entries_text(workbook)
    assert 'left = "2026-03-01"\nleft_reason = "moved to the city"\n' in saved
    assert 'ended = "2026-04-30"\n' in saved  # written as text, as the other dates are
    assert parse(saved) == workbook


def test_a_version_1_file_that_uses_a_version_2_field_is_told_to_say_its_version():
    text = V1.replace('name = "Market"\n', 'name = "Market"\nleft = "2026-03-01"\n')
    assert problems(text) == [
        "river.toml:34:1: left came with format version 2, and this file says it is older"
        " — change the line at the top to version = 2, or remove left"
    ]
    thai = problems(text, Language.TH)
    assert len(thai) == 1 and thai[0].startswith("river.toml:34:1: left มีในไฟล์รูปแบบรุ่น 2")


def test_a_version_2_file_that_follows_a_plan_row_through_is_told_to_say_version_3():
    row = '\n[[plan.rows]]\nid = "p9"\ngroup = "Fishers"\nstatus = "stuck"\n'
    text = V1.replace("version = 1", "version = 2") + row
    line = text.splitlines().index('status = "stuck"') + 1
    assert problems(text) == [
        f"river.toml:{line}:1: status came with format version 3, and this file says it is older"
        " — change the line at the top to version = 3, or remove status"
    ]
    workbook = parse(text.replace("version = 2", "version = 3"))
    assert workbook.plan.rows[-1].status is PlanStatus.STUCK


@pytest.mark.parametrize(
    ("value", "shown"),
    [('"2026-02-30"', "2026-02-30"), ('"1/3/2569"', "1/3/2569"), ("2026-03-01T10:00:00", "2026-03-01T10:00:00")],
)
def test_a_day_that_is_not_one_is_a_problem_at_its_line(value, shown):
    text = V1.replace("version = 1", "version = 2").replace('id = "t3"\n', f'id = "t3"\nended = {value}\n')
    assert problems(text) == [
        f'river.toml:51:1: ended = {shown} is not a day — write the day as YYYY-MM-DD, e.g. ended = "2026-03-01"'
    ]


# --- marking, bringing back, undo ---------------------------------------------


def test_marking_who_left_is_one_undo_step_and_bringing_back_another():
    editor = Editor(parse(V1))
    market = editor.workbook.stakeholder("s4")
    assert market is not None
    change = editor.mark_left("s4", "2026-03-01", "moved to the city")
    assert change is not None and change.label == "Market left the network"
    assert (market.left, market.left_reason) == ("2026-03-01", "moved to the city")
    assert editor.mark_left("s4", "2026-03-01", "moved to the city") is None  # already so: nothing to undo
    back = editor.bring_back("s4")
    assert back is not None and back.label == "Market back in the network"
    assert (market.left, market.left_reason) == ("", "")
    editor.undo()
    assert (market.left, market.left_reason) == ("2026-03-01", "moved to the city")
    editor.undo()
    assert (market.left, market.left_reason) == ("", "")
    assert not editor.undo_stack


def test_a_tie_ends_and_holds_again_one_step_each():
    editor = Editor(parse(V1))
    tie = editor.workbook.ties.by_id("t2")
    assert tie is not None
    editor.end_tie("t2", "2026-04-30")
    editor.renew_tie("t2")
    assert tie.ended == ""
    editor.undo()
    assert tie.ended == "2026-04-30"
    editor.undo()
    assert tie.ended == "" and not editor.undo_stack


@pytest.mark.parametrize("day", ["", "yesterday", "2026-13-01"])
def test_a_day_that_is_not_one_is_refused_and_nothing_changes(day):
    editor = Editor(parse(V1))
    with pytest.raises(EditError):
        editor.mark_left("s4", day)
    with pytest.raises(EditError):
        editor.end_tie("t1", day)
    assert not editor.undo_stack and editor.workbook == parse(V1)


# --- out of the current measures -------------------------------------------------


def gone(workbook: model.Workbook) -> model.Workbook:
    """The river workbook with the market gone (2026-03-01) and the strong tie t1 ended."""
    editor = Editor(workbook)
    editor.mark_left("s4", "2026-03-01", "moved to the city")
    editor.end_tie("t1", "2026-04-30")
    return workbook


def test_the_current_network_leaves_out_who_left_their_ties_and_ended_ties():
    everyone = gone(parse(V1))
    now = current(everyone)
    assert [s.id for s in now.stakeholders] == ["s1", "s2", "s3"]
    assert [t.id for t in now.ties] == ["t2", "t3"]  # t1 ended; t4 was the market's
    assert len(everyone.stakeholders) == 4 and len(everyone.ties) == 4  # the file keeps them
    untouched = parse(V1)
    assert current(untouched) is untouched  # nothing copied when nobody left


def test_the_analysis_section_measures_the_network_as_it_stands():
    section = tomllib.loads(store.dumps(gone(parse(V1))))["analysis"]
    # By hand: three stakeholders, two ties (s2-s3, s1-s3): a path with s3 in the middle.
    assert (section["stakeholders"], section["ties"]) == (3, 2)
    assert section["left"] == ["s4"] and section["ended_ties"] == ["t1"]
    assert section["by_sector"] == {"people": 1, "academic": 1, "government": 1}
    assert section["degree"] == {"s1": 1, "s2": 1, "s3": 2}
    assert section["strong_ties"] == {"s1": 0, "s2": 0, "s3": 0}
    assert section["density"] == pytest.approx(2 / 3, abs=1e-4)
    assert section["cut_points"] == ["s3"]
    untouched = tomllib.loads(store.dumps(parse(V1)))["analysis"]
    assert "left" not in untouched and "ended_ties" not in untouched
    assert (untouched["stakeholders"], untouched["ties"]) == (4, 4)


@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_report_counts_the_network_as_it_stands_and_lists_who_left(lang):
    report = build_report(gone(parse(V1)), lang=lang)
    texts = [block for block in report.blocks]
    heading = next(i for i, b in enumerate(texts) if isinstance(b, Heading) and b.text.startswith(("Who left", "ออก")))
    people, ties = [b for b in texts[heading:] if isinstance(b, Table)][:2]
    assert people.rows == (("Market", "2026-03-01", "moved to the city"),)
    assert ties.rows == (("Mayor – River school", "2026-04-30"),)
    everyone_tables = [b for b in texts[:heading] if isinstance(b, Table)]
    names = {row[0] for table in everyone_tables for row in table.rows}
    assert "Market" not in names and {"Mayor", "River school", "Fishers"} <= names


def test_strength_of_an_ended_tie_is_kept():
    workbook = gone(parse(V1))
    tie = workbook.ties.by_id("t1")
    assert tie is not None and tie.strength is Strength.STRONG


def test_our_own_group_and_a_planned_partner_may_leave_and_the_analyses_still_read_the_rest():
    workbook = parse(V1)
    editor = Editor(workbook)
    editor.mark_left("s3", "2026-03-01")  # our own group (plan.our_stakeholder)
    editor.mark_left("s4", "2026-03-01")  # the partner of plan row p1
    section = tomllib.loads(store.dumps(workbook))["analysis"]
    assert (section["stakeholders"], section["ties"]) == (2, 1)  # the Mayor and the school, t1
    assert section["left"] == ["s3", "s4"]
    report = build_report(workbook, lang="th")
    assert any(isinstance(b, Heading) and b.text.startswith("ออกจากเครือข่าย") for b in report.blocks)
