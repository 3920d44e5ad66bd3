"""``phakhi merge``: groups' workbooks made one (tui/core/merge.py, tui/merge_cli.py).

The fixture is worked by hand: three groups of a workshop named the mayor
(นายกเทศมนตรี) and scored his influence 5, 3 and 4, so the merged score is
the median, 4, and the three answers are kept; กลุ่ม2 typed the health
centre with a space (รพ.สต. คลองใต้), which is the same name, and also
wrote it out in full (โรงพยาบาลส่งเสริมสุขภาพตำบลคลองใต้), which is only
likely the same and waits for the facilitator; กลุ่ม3 misspelt the mayor
once (นายกเทศมนตร) and pasted อสม. บ้านนา with a zero-width space for its space. Ties: กลุ่ม1 and กลุ่ม2 both tie the mayor to the
health centre (strong and weak), กลุ่ม2 ties the centre's two names.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fuzz import workbooks
from textual.widgets import DataTable

from tui.cli import main
from tui.core import model, store
from tui.core.merge import Why, expanded, likely_pairs, merge, with_likely
from tui.core.names import normal_name
from tui.core.problems import WorkbookError
from tui.core.report import build_report
from tui.core.report.blocks import Heading, Table
from tui.core.schema import MAX_TEXT
from tui.core.vocab import Language, Sector, Strength

MAYOR, CENTRE, CENTRE_FULL = "นายกเทศมนตรี", "รพ.สต.คลองใต้", "โรงพยาบาลส่งเสริมสุขภาพตำบลคลองใต้"


def group(title: str, people: list[tuple[str, int | None, Sector]], ties: list[tuple[int, int, Strength]]):
    workbook = model.Workbook(language=Language.TH, project=model.Project(title=title))
    for number, (name, influence, sector) in enumerate(people, 1):
        workbook.stakeholders.append(model.Stakeholder(f"s{number}", name, sector=sector, influence=influence))
    for number, (a, b, strength) in enumerate(ties, 1):
        workbook.ties.append(model.Tie(f"t{number}", f"s{a}", f"s{b}", strength=strength))
    return workbook


GOV, PEOPLE = Sector.GOVERNMENT, Sector.PEOPLE
GROUPS = {
    "กลุ่ม1": group(
        "ผักปลอดภัย", [(MAYOR, 5, GOV), (CENTRE, 3, GOV), ("อสม. บ้านนา", 2, PEOPLE)], [(1, 2, Strength.STRONG)]
    ),
    "กลุ่ม2": group(
        "ผักปลอดภัย",
        [(MAYOR, 3, GOV), ("รพ.สต. คลองใต้", 3, GOV), (CENTRE_FULL, None, GOV)],
        [(1, 2, Strength.WEAK), (2, 3, Strength.WEAK)],
    ),
    "กลุ่ม3": group(
        "ผักปลอดภัย ตำบลคลองใต้",
        [("นายกเทศมนตร", None, PEOPLE), (MAYOR, 4, PEOPLE), ("อสม.\u200bบ้านนา", 2, PEOPLE)],  # a zero-width space
        [],
    ),
}


def merged(confirmed=()):
    return with_likely(merge(list(GROUPS.items()), confirmed))


def by_name(workbook: model.Workbook, name: str) -> model.Stakeholder:
    (found,) = [s for s in workbook.stakeholders if s.name == name]
    return found


def answers(workbook: model.Workbook, of: str, field: str) -> list[tuple[str, str]]:
    return [(a.group, a.value) for a in workbook.answers if a.of == of and a.field == field]


# --- names ---------------------------------------------------------------------------


def test_the_abbreviations_of_the_issue_are_written_out() -> None:
    for short, full in [
        ("รพ.คลองใต้", "โรงพยาบาลคลองใต้"),
        ("อบต.คลองใต้", "องค์การบริหารส่วนตำบลคลองใต้"),
        ("ทม.ยะลา", "เทศบาลเมืองยะลา"),
        ("กก.หมู่บ้าน", "กรรมการหมู่บ้าน"),
        ("ม.อ.", "มหาวิทยาลัยสงขลานครินทร์"),
        ("รพ.สต. คลองใต้", "โรงพยาบาลส่งเสริมสุขภาพตำบล คลองใต้"),
    ]:
        assert expanded(short) == expanded(full), short
    assert expanded("รพ.สต.คลองใต้") != expanded("โรงพยาบาลคลองใต้")  # the longer abbreviation first


def test_likely_pairs_are_abbreviations_and_near_spellings_and_nothing_else() -> None:
    names = [MAYOR, "นายกเทศมนตร", CENTRE, CENTRE_FULL, "อสม. บ้านนา", "อสม. บ้านนอก", "ครู", "คุณ"]
    names += ["อสม. หมู่ 1", "อสม. หมู่ 2", "อสม. หมู่ ๓", "อสม. หมู่ 3"]  # other villages; ๓ is 3
    found = {(a, b): why for a, b, why in likely_pairs(names)}
    assert found == {
        (normal_name("นายกเทศมนตร"), normal_name(MAYOR)): Why.SPELLING,
        (normal_name(CENTRE), normal_name(CENTRE_FULL)): Why.ABBREVIATION,
        (normal_name("อสม. หมู่ 3"), normal_name("อสม. หมู่ ๓")): Why.SPELLING,
    }  # บ้านนา/บ้านนอก are two letters apart in a short name; ครู/คุณ too short to guess


def test_three_names_a_letter_apart_are_three_pairs() -> None:
    forms = [normal_name(n) for n in ("สมาคมชาวนา", "สมาคมชาวนาา", "สมาคมชาวนาก")]
    assert [(a, b) for a, b, _ in likely_pairs(forms)] == sorted(
        tuple(sorted(pair)) for pair in itertools.combinations(forms, 2)
    )


def test_a_near_spelling_is_found_among_many_names() -> None:
    """Among 2,000 names of ten letters, drawn so that no two are within two letters of each
    other, the one name given a letter more is found beside its own, and nothing else."""
    rng = random.Random(7)
    names = ["".join(rng.choice("กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ") for _ in range(10)) for _ in range(2000)]
    names.append(names[7] + "ก")
    assert [(a, b) for a, b, _ in likely_pairs(names)] == [tuple(sorted((names[7], names[7] + "ก")))]


# --- the merge, worked by hand ------------------------------------------------------------------


def test_the_same_name_is_one_stakeholder_named_by_its_groups_with_each_groups_answer() -> None:
    result = merged()
    workbook = result.workbook
    mayor = by_name(workbook, MAYOR)
    assert mayor.named_by == ["กลุ่ม1", "กลุ่ม2", "กลุ่ม3"]
    assert mayor.influence == 4  # the median of 5, 3 and 4
    assert answers(workbook, mayor.id, "influence") == [("กลุ่ม1", "5"), ("กลุ่ม2", "3"), ("กลุ่ม3", "4")]
    assert mayor.sector is GOV  # two groups of three
    assert answers(workbook, mayor.id, "sector") == [("กลุ่ม1", "government"), ("กลุ่ม2", "government"), ("กลุ่ม3", "people")]
    centre = by_name(workbook, CENTRE)  # กลุ่ม2's space makes no other stakeholder
    assert centre.named_by == ["กลุ่ม1", "กลุ่ม2"] and centre.influence == 3
    assert answers(workbook, centre.id, "influence") == []  # they agree: nothing to discuss
    assert answers(workbook, centre.id, "name") == [("กลุ่ม1", CENTRE), ("กลุ่ม2", "รพ.สต. คลองใต้")]
    assert workbook.project.title == "ผักปลอดภัย"  # the commonest title
    assert sorted(s.name for s in workbook.stakeholders) == sorted(
        [MAYOR, "นายกเทศมนตร", CENTRE, CENTRE_FULL, "อสม. บ้านนา"]
    )


def test_a_tie_named_by_two_groups_is_one_with_both_strengths_kept() -> None:
    workbook = merged().workbook
    mayor, centre = by_name(workbook, MAYOR), by_name(workbook, CENTRE)
    (tie,) = [t for t in workbook.ties if {t.a, t.b} == {mayor.id, centre.id}]
    assert tie.named_by == ["กลุ่ม1", "กลุ่ม2"]
    assert tie.strength is Strength.STRONG  # one each: the first group's, by name
    assert answers(workbook, tie.id, "strength") == [("กลุ่ม1", "strong"), ("กลุ่ม2", "weak")]
    assert len(workbook.ties) == 2


def test_likely_matches_wait_for_the_facilitator_and_nothing_is_dropped() -> None:
    """Every stakeholder of every group is in exactly one merged stakeholder named by its group."""
    result = merged()
    for label, workbook in GROUPS.items():
        for stakeholder in workbook.stakeholders:
            holding = [
                s
                for s in result.workbook.stakeholders
                if label in s.named_by
                and normal_name(stakeholder.name)
                in {normal_name(s.name)} | {normal_name(v) for _, v in answers(result.workbook, s.id, "name")}
            ]
            assert len(holding) == 1, stakeholder.name
    assert [(p.name, p.same_as, p.why) for p in result.likely] == [
        ("นายกเทศมนตร", MAYOR, Why.SPELLING),
        (CENTRE, CENTRE_FULL, Why.ABBREVIATION),
    ]
    assert (result.stakeholders_in, len(result.workbook.stakeholders)) == (9, 5)
    assert (result.ties_in, len(result.workbook.ties)) == (3, 2)


def test_a_confirmed_match_is_one_stakeholder_and_a_tie_between_its_names_is_counted() -> None:
    result = merged([(CENTRE, CENTRE_FULL)])
    workbook = result.workbook
    assert CENTRE_FULL not in [s.name for s in workbook.stakeholders]
    centre = by_name(workbook, CENTRE)
    assert ("กลุ่ม2", CENTRE_FULL) in answers(workbook, centre.id, "name")  # its other spelling is kept
    assert result.ties_joined == 1 and len(workbook.ties) == 1


@pytest.mark.parametrize("confirmed", [(), ((CENTRE, CENTRE_FULL), ("นายกเทศมนตร", MAYOR))])
def test_the_order_of_the_inputs_changes_nothing(confirmed) -> None:
    first = merge(list(GROUPS.items()), confirmed).workbook
    for order in itertools.permutations(GROUPS.items()):
        assert merge(list(order), confirmed).workbook == first


@pytest.mark.parametrize("confirmed", [(), ((CENTRE, CENTRE_FULL),)])
def test_merging_the_result_again_with_any_of_its_inputs_changes_nothing(confirmed) -> None:
    whole = merge(list(GROUPS.items()), confirmed).workbook
    for label, workbook in GROUPS.items():
        assert merge([("ALL", whole), (label, workbook)], confirmed).workbook == whole
    assert merge([("ALL", whole)]).workbook == whole


def test_the_merged_workbook_is_written_and_read_back_whole(tmp_path: Path) -> None:
    workbook = merged([(CENTRE, CENTRE_FULL)]).workbook
    path = tmp_path / "all.toml"
    store.save(workbook, path, store.NO_FILE)
    assert path.read_text(encoding="utf-8").startswith('format = "phakhi-workbook"\nversion = 4\n')
    assert store.load(path)[0] == workbook


plain_groups = workbooks(max_stakeholders=4).map(lambda w: _one_group(w))


def _one_group(workbook: model.Workbook) -> model.Workbook:
    """A group's own workbook: no groups named, and names that are told apart."""
    for record in (*workbook.stakeholders, *workbook.ties):
        record.named_by = []
    seen: set[str] = set()
    for number, stakeholder in enumerate(workbook.stakeholders):
        if not normal_name(stakeholder.name) or normal_name(stakeholder.name) in seen:
            stakeholder.name = f"ภาคี {number}"
        seen.add(normal_name(stakeholder.name))
    workbook.health = []
    return workbook


@settings(max_examples=40, deadline=None)
@given(st.lists(plain_groups, min_size=1, max_size=3))
def test_any_groups_merge_in_any_order_and_again_to_the_same_workbook(groups: list[model.Workbook]) -> None:
    inputs = [(f"กลุ่ม{n}", workbook) for n, workbook in enumerate(groups, 1)]
    whole = merge(inputs).workbook
    assert merge(list(reversed(inputs))).workbook == whole
    for label, workbook in inputs:
        assert merge([("ALL", whole), (label, workbook)]).workbook == whole
    names = {normal_name(s.name) for s in whole.stakeholders}
    assert all(normal_name(s.name) in names for _, workbook in inputs for s in workbook.stakeholders)


# --- the file -------------------------------------------------------------------------------------

HEAD = 'format = "phakhi-workbook"\nversion = 4\nlanguage = "th"\n\n[[stakeholders]]\nid = "s1"\nname = "A"\n'


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ('of = "s9"\nfield = "influence"\ngroup = "G1"\nvalue = "3"', 'w.toml:10:1: a group\'s answer names "s9"'),
        (
            'of = "s1"\nfield = "colour"\ngroup = "G1"\nvalue = "3"',
            'w.toml:11:1: a group\'s answer is for the field "colour"',
        ),
        ('of = "s1"\nfield = "influence"\ngroup = "G1"\nvalue = "9"', 'w.toml:13:1: the answer "9" does not fit'),
        ('of = "project"\nfield = "network_kind"\ngroup = "G1"\nvalue = "x"', 'w.toml:13:1: the answer "x"'),
    ],
)
def test_a_wrong_answer_is_refused_at_its_line(answer: str, said: str) -> None:
    with pytest.raises(WorkbookError) as refused:
        store.parse(f"{HEAD}\n[[answers]]\n{answer}\n".encode(), "w.toml", Language.EN)
    assert str(refused.value.problems[0]).startswith(said)


def test_answers_in_a_file_of_an_older_version_are_refused() -> None:
    text = (
        HEAD.replace("version = 4", "version = 3")
        + '\n[[answers]]\nof = "s1"\nfield = "name"\ngroup = "G"\nvalue = "B"\n'
    )
    with pytest.raises(WorkbookError) as refused:
        store.parse(text.encode(), "w.toml", Language.EN)
    assert "answers came with format version 4" in str(refused.value.problems[0])


# --- the report -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "heading", "spread"),
    [
        (Language.TH, "กลุ่มที่ร่วมทำ และจุดที่เห็นต่าง", "กลุ่ม1: 5 · กลุ่ม2: 3 · กลุ่ม3: 4"),
        (Language.EN, "The groups, and where they differ", "กลุ่ม1: 5 · กลุ่ม2: 3 · กลุ่ม3: 4"),
    ],
)
def test_the_report_shows_each_groups_answer_beside_the_merged_one(lang: Language, heading: str, spread: str) -> None:
    report = build_report(merged().workbook, lang=lang)
    blocks = report.blocks
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    table = next(b for b in blocks[at:] if isinstance(b, Table))
    assert (MAYOR, spread, "4") in [(row[0], row[2], row[3]) for row in table.rows]


def test_a_workbook_of_one_group_has_no_groups_in_its_report() -> None:
    report = build_report(GROUPS["กลุ่ม1"], lang=Language.EN)
    assert not any(isinstance(b, Heading) and b.text == "The groups, and where they differ" for b in report.blocks)


# --- the command ----------------------------------------------------------------------------------


@pytest.fixture
def group_files(tmp_path: Path) -> list[Path]:
    paths = []
    for label, workbook in GROUPS.items():
        path = tmp_path / f"{label}.toml"
        store.save(workbook, path, store.NO_FILE)
        paths.append(path)
    return paths


def test_a_dry_run_prints_the_table_to_confirm_and_writes_nothing(group_files, tmp_path, capsys) -> None:
    out = tmp_path / "all.toml"
    assert main(["merge", *map(str, group_files), "-o", str(out), "--dry-run", "--lang", "en"]) == 0
    printed = capsys.readouterr()
    assert printed.out.splitlines() == [
        "name,same_as,why,same",
        f"นายกเทศมนตร,{MAYOR},near spelling,?",
        f"{CENTRE},{CENTRE_FULL},abbreviation,?",
    ]
    assert "stakeholders in 9, out 5" in printed.err
    assert not out.exists()


def test_the_confirmed_table_merges_yes_and_keeps_no_apart(group_files, tmp_path, capsys) -> None:
    matches = tmp_path / "matches.csv"
    main(["merge", *map(str, group_files), "--dry-run", "--lang", "en"])
    table = capsys.readouterr().out.splitlines()
    matches.write_text("\n".join([table[0], table[1][:-1] + "no", table[2][:-1] + "yes"]) + "\n", encoding="utf-8")
    out = tmp_path / "all.toml"
    assert main(["merge", *map(str, group_files), "-o", str(out), "--matches", str(matches), "--lang", "en"]) == 0
    said = capsys.readouterr()
    workbook = store.load(out)[0]
    names = [s.name for s in workbook.stakeholders]
    assert CENTRE_FULL not in names and "นายกเทศมนตร" in names
    assert "likely one stakeholder" not in said.err  # both pairs were decided
    assert out.stat().st_mode & 0o077 == 0
    assert main(["check", str(out)]) == 0


def test_the_command_refuses_what_it_cannot_do(group_files, tmp_path, capsys) -> None:
    assert main(["merge", *map(str, group_files), "--lang", "en"]) == 1
    assert "-o ALL.toml" in capsys.readouterr().err
    other = tmp_path / "other"
    other.mkdir()
    twin = other / group_files[0].name
    twin.write_bytes(group_files[0].read_bytes())
    assert main(["merge", str(group_files[0]), str(twin), "-o", str(tmp_path / "x.toml"), "--lang", "en"]) == 1
    assert "both name the group กลุ่ม1" in capsys.readouterr().err
    bad = tmp_path / "matches.csv"
    bad.write_text("a,b\n", encoding="utf-8")
    assert main(["merge", *map(str, group_files), "--matches", str(bad), "--dry-run", "--lang", "en"]) == 2
    assert f"{bad}:1: the first line must be name,same_as,why,same" in capsys.readouterr().err
    existing = group_files[1]
    before = existing.read_bytes()
    assert main(["merge", *map(str, group_files), "-o", str(existing), "--lang", "en"]) == 1
    assert existing.read_bytes() == before


# --- the confirmation at a terminal ----------------------------------------------------------------


async def test_the_facilitator_answers_each_pair_by_key_and_enter_merges() -> None:
    from tui.merge_app import MatchApp

    pairs = merged().likely
    app = MatchApp(pairs, Language.TH)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#match-pairs", DataTable)
        assert [table.get_row_at(row)[:2] for row in range(table.row_count)] == [
            ["นายกเทศมนตร", MAYOR],
            [CENTRE, CENTRE_FULL],
        ]
        await pilot.press("n")  # นายกเทศมนตร is someone else
        await pilot.press("ctrl+t")  # the words follow the language, the answers stay
        assert (
            app.screen.query_one("#match-heading")
            .render()
            .plain.startswith("Pairs of names likely one stakeholder (2)")
        )
        await pilot.press("y")  # รพ.สต.คลองใต้ is the health centre written out
        assert [table.get_row_at(row)[3] for row in range(table.row_count)] == ["two", "one"]
        await pilot.press("enter")
    assert app.return_value == [False, True]


async def test_leaving_the_confirmation_merges_nothing() -> None:
    from tui.merge_app import MatchApp

    app = MatchApp(merged().likely, Language.EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "escape")
    assert app.return_value is None


def test_at_a_terminal_the_command_asks_and_merges_what_was_confirmed(
    group_files, tmp_path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui import merge_cli

    asked = []

    def answer(pairs, lang):
        asked.append([(p.name, p.same_as) for p in pairs])
        return [None, True]  # the spelling left open, the abbreviation confirmed

    monkeypatch.setattr(merge_cli, "at_a_terminal", lambda: True)
    monkeypatch.setattr(merge_cli, "ask", answer)
    out = tmp_path / "all.toml"
    assert main(["merge", *map(str, group_files), "-o", str(out), "--lang", "en"]) == 0
    assert asked == [[("นายกเทศมนตร", MAYOR), (CENTRE, CENTRE_FULL)]]
    names = [s.name for s in store.load(out)[0].stakeholders]
    assert CENTRE_FULL not in names and "นายกเทศมนตร" in names
    assert "pairs of names likely one stakeholder, kept apart: 1" in capsys.readouterr().err
    monkeypatch.setattr(merge_cli, "ask", lambda pairs, lang: None)
    assert main(["merge", *map(str, group_files), "-o", str(tmp_path / "none.toml"), "--lang", "en"]) == 1
    assert not (tmp_path / "none.toml").exists()


def test_a_merged_stakeholder_removed_takes_its_answers_and_its_ties_answers_and_undo_brings_them_back(
    tmp_path: Path,
) -> None:
    """An answer about a record not in the file would make the file unreadable."""
    from tui.core.edit import Editor

    workbook = merged().workbook
    mayor, centre = by_name(workbook, MAYOR), by_name(workbook, CENTRE)
    (tie,) = [t for t in workbook.ties if {t.a, t.b} == {mayor.id, centre.id}]
    before = list(workbook.answers)
    editor = Editor(workbook)
    editor.remove_stakeholder(mayor.id)
    assert not [a for a in workbook.answers if a.of in (mayor.id, tie.id)]
    assert answers(workbook, centre.id, "name")  # another's answers stay
    path = tmp_path / "all.toml"
    store.save(workbook, path, store.NO_FILE)
    assert store.load(path)[0] == workbook  # the file reads back
    editor.undo()
    assert workbook.answers == before
    editor.remove_tie(tie.id)
    assert not answers(workbook, tie.id, "strength")
    editor.undo()
    assert workbook.answers == before


def test_what_the_file_cannot_keep_is_never_written(group_files, tmp_path, capsys) -> None:
    """A file name with a hidden character cannot name a group; texts too long together are cut in
    the merged field (each group's whole text stays in its answer), so the file always reads back."""
    hidden = tmp_path / "กลุ่ม\x07.toml"
    hidden.write_bytes(group_files[0].read_bytes())
    out = tmp_path / "all.toml"
    assert main(["merge", str(hidden), str(group_files[1]), "-o", str(out), "--lang", "en"]) == 1
    assert "cannot name a group" in capsys.readouterr().err and not out.exists()
    long_notes = []
    for n, path in enumerate(group_files):
        workbook = store.load(path)[0]
        workbook.stakeholders[0].notes = f"{n}" * 12000  # the mayor in กลุ่ม1 and กลุ่ม2
        path.unlink()
        store.save(workbook, path, store.NO_FILE)
        long_notes.append(workbook.stakeholders[0].notes)
    assert main(["merge", *map(str, group_files), "-o", str(out), "--lang", "en"]) == 0
    workbook = store.load(out)[0]
    mayor = by_name(workbook, MAYOR)
    assert len(mayor.notes) == MAX_TEXT and mayor.notes.endswith("…")
    assert [value for _, value in answers(workbook, mayor.id, "notes")] == long_notes[:2]
