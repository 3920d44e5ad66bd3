"""Importing spreadsheets: the seed's worksheets, Kumu pairs in both Thai encodings, and every bad row at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import store
from tui.core.i18n import field_label
from tui.core.io import ImportProblems, Layout, Source, import_sources
from tui.core.io.columns import ELEMENT_WORDS, aliases
from tui.core.io.values import normal, parse_strength, split_numbered, strip_numbering, words_of
from tui.core.model import Stakeholder, Tie
from tui.core.schema import fields_of
from tui.core.vocab import Group, Kind, Language, Relation, Sector, Strength, TieForm

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "io"
SAMPLE = ROOT / "samples" / "organic-farming.th.toml"


def source(name: str) -> Source:
    return Source(name, (FIXTURES / name).read_bytes())


def text_source(name: str, text: str, encoding: str = "utf-8") -> Source:
    return Source(name, text.encode(encoding))


def problems_of(*sources: Source, lang: str = "en") -> list[str]:
    with pytest.raises(ImportProblems) as caught:
        import_sources(*sources, lang=lang)
    return [str(p) for p in caught.value.problems]


# --- the seed's worksheets --------------------------------------------------


def test_brainstorm_sheet_in_three_thai_sector_columns() -> None:
    imported = import_sources(source("brainstorm.th.csv"))
    wb = imported.workbook
    assert imported.layout is Layout.SECTOR_COLUMNS
    assert imported.encodings == {"brainstorm.th.csv": "UTF-8"}
    assert wb.language is Language.TH
    by_sector = {sector: [s.name for s in wb.stakeholders if s.sector is sector] for sector in Sector}
    assert by_sector[Sector.PEOPLE] == [
        "กลุ่มเกษตรอินทรีย์",
        "กลุ่มเกษตรกรรมยั่งยืน",
        "กลุ่มพืชร่วมยางโดน งาช้าง",
        "กลุ่มอาหารสมุนไพร",
        "สวนผักคนเมือง",
        "ชาคริต",
        "ผู้บริโภคผักอินทรีย์",
        "กลุ่มปลูกผักอินทรีย์อื่น",
        "วิทยุชุมชนและเพจข่าวท้องถิ่น",
    ]
    assert by_sector[Sector.ACADEMIC] == ["กลุ่มนักวิชาการ ม.อ.", "ดร.วิภาวรรณ นักจุลชีววิทยา ม.อ.", "อ.ธนพล วิศวกรเคมี ม.อ."]
    assert by_sector[Sector.GOVERNMENT] == [
        "นายก ทม.",
        "สปสช.",
        "กรรมการกองทุนตำบล",
        "โรงพยาบาล",
        "กองสาธารณสุขและสิ่งแวดล้อม ทม.",
        "สำนักงานเกษตรอำเภอ",
    ]
    # Every name is one the sample (built from the same worksheets) has, in the same sector.
    sample, _ = store.load(SAMPLE)
    sample_sector = {s.name: s.sector for s in sample.stakeholders}
    assert all(sample_sector[s.name] is s.sector for s in wb.stakeholders)
    assert [s.id for s in wb.stakeholders] == [f"s{n}" for n in range(1, 19)]
    assert wb.ties == []


def test_brainstorm_sheet_as_printed_sector_rows_in_tis620() -> None:
    imported = import_sources(source("brainstorm-rows.tis620.csv"))
    assert imported.layout is Layout.SECTOR_ROWS
    assert imported.encodings == {"brainstorm-rows.tis620.csv": "TIS-620 (cp874)"}
    assert [(s.name, s.sector) for s in imported.workbook.stakeholders] == [
        ("กลุ่มเกษตรอินทรีย์", Sector.PEOPLE),
        ("ชาคริต", Sector.PEOPLE),
        ("สวนผักคนเมือง", Sector.PEOPLE),
        ("กลุ่มนักวิชาการ ม.อ.", Sector.ACADEMIC),
        ("นายก ทม.", Sector.GOVERNMENT),
        ("โรงพยาบาล", Sector.GOVERNMENT),
        ("กรรมการกองทุนตำบล", Sector.GOVERNMENT),
    ]


def test_english_sector_headings_with_a_numbering_column() -> None:
    sheet = "No.,People,Academic,Government\n1,Farmers' group,Dr. Lee,City hall\n2,,,Hospital\n3,,,\n"
    imported = import_sources(text_source("sheet.csv", sheet))
    assert [(s.name, s.sector) for s in imported.workbook.stakeholders] == [
        ("Farmers' group", Sector.PEOPLE),
        ("Dr. Lee", Sector.ACADEMIC),
        ("City hall", Sector.GOVERNMENT),
        ("Hospital", Sector.GOVERNMENT),
    ]
    assert imported.workbook.language is Language.EN


def test_text_beside_the_sector_columns_is_reported_not_dropped() -> None:
    sheet = "ประชาชน,,ภาครัฐ\nกลุ่มเกษตรอินทรีย์,ลืมใส่หัว,นายก ทม.\n"
    assert problems_of(text_source("sheet.csv", sheet)) == [
        "sheet.csv:2: the cell in column B is under no sector — head the column People, Academic or Government, "
        "or move the name under its sector"
    ]


def test_plain_list_strips_numbering_and_skips_empty_lines() -> None:
    listed = "1. นายก ทม.\n2) โรงพยาบาล\n\n๓.ชาคริต\n๔.....\n"
    imported = import_sources(text_source("list.txt", listed))
    assert imported.layout is Layout.LIST
    assert [s.name for s in imported.workbook.stakeholders] == ["นายก ทม.", "โรงพยาบาล", "ชาคริต"]
    assert {s.sector for s in imported.workbook.stakeholders} == {Sector.PEOPLE}


def test_worksheet_part_3_with_the_seeds_own_headings() -> None:
    imported = import_sources(source("worksheet3.th.csv"))
    assert imported.layout is Layout.ELEMENTS
    (mayor,) = imported.workbook.stakeholders  # the unused numbered lines "2." and "3." are skipped
    sample, _ = store.load(SAMPLE)
    expected = next(s for s in sample.stakeholders if s.name == "นายก ทม.")
    assert mayor.name == "นายก ทม."
    for name in ("contact", "influence_how", "impact", "what_matters", "can_help", "may_obstruct", "access"):
        assert getattr(mayor, name) == getattr(expected, name), name


# --- Kumu pairs ---------------------------------------------------------------


@pytest.mark.parametrize(("tag", "encoding"), [("utf8", "UTF-8 with BOM"), ("tis620", "TIS-620 (cp874)")])
def test_kumu_pair_for_the_organic_farming_case(tag: str, encoding: str) -> None:
    elements, connections = f"organic-elements.{tag}.csv", f"organic-connections.{tag}.csv"
    imported = import_sources(source(elements), source(connections), title="ผักอินทรีย์")
    assert imported.encodings == {elements: encoding, connections: encoding}
    wb = imported.workbook
    sample, _ = store.load(SAMPLE)
    assert wb.project.title == "ผักอินทรีย์"
    assert wb.language is Language.TH

    def people(book):
        return [
            (s.name, s.sector, s.kind, s.influence, s.interest, s.groups, s.key_leader, s.contact, s.characteristics)
            for s in book.stakeholders
        ]

    assert people(wb) == people(sample)

    def ties(book):
        name = {s.id: s.name for s in book.stakeholders}
        return [(name[t.a], name[t.b], t.strength, t.relation) for t in book.ties]

    assert ties(wb) == ties(sample)
    assert len(wb.ties) == 25
    mayor = next(s for s in wb.stakeholders if s.name == "นายก ทม.")
    assert (mayor.sector, mayor.kind, mayor.influence, mayor.interest) == (Sector.GOVERNMENT, Kind.INDIVIDUAL, 5, 4)
    assert mayor.groups == [Group.INFLUENCES] and mayor.key_leader is True
    assert mayor.contact == "ป้อม เลข 0879998888"


def test_both_encodings_give_the_same_workbook() -> None:
    utf8 = import_sources(source("organic-elements.utf8.csv"), source("organic-connections.utf8.csv")).workbook
    tis = import_sources(source("organic-elements.tis620.csv"), source("organic-connections.tis620.csv")).workbook
    assert utf8 == tis


def test_ids_tell_apart_stakeholders_with_the_same_name() -> None:
    imported = import_sources(source("same-names-elements.csv"), source("same-names-connections.csv"))
    wb = imported.workbook
    assert [(s.id, s.name, s.sector) for s in wb.stakeholders] == [
        ("s1", "อ.สมชาย", Sector.ACADEMIC),
        ("s2", "อ.สมชาย", Sector.GOVERNMENT),
        ("s3", "กลุ่มเกษตรอินทรีย์", Sector.PEOPLE),
    ]
    # p1 -> a1 by ID; a label that is unique still works beside IDs.
    assert [(t.a, t.b, t.strength) for t in wb.ties] == [("s3", "s1", Strength.STRONG), ("s3", "s2", Strength.WEAK)]


def test_a_repeated_name_in_from_to_asks_for_an_id_column() -> None:
    found = problems_of(source("same-names-elements.csv"), source("ambiguous-connections.csv"))
    assert found == [
        "ambiguous-connections.csv:2: several stakeholders in same-names-elements.csv are called อ.สมชาย (rows 2, 3)"
        " — add an ID column to the elements, give each a unique ID, and use the IDs in From/To"
    ]


def test_connection_type_maps_to_relation_or_form_and_strength_words() -> None:
    elements = text_source("e.csv", "Label\nA\nB\nC\nD\nE\nF\nG\n")
    connections = text_source(
        "c.csv",
        "From,To,Type,Strength\n"
        "A,B,มีส่วนร่วม,\n"  # collaborate; no strength given: the glossary makes it tight
        "A,C,co-operate,3\n"
        "A,D,การแลกเปลี่ยน,แน่นแฟ้น\n"  # a form of tie (seed 000), not a relationship
        "A,E,Coordinate,หลวม ๆ\n"
        "A,F|G,exchange,4\n",  # Kumu: several ends in one To cell
    )
    wb = import_sources(elements, connections).workbook
    name = {s.id: s.name for s in wb.stakeholders}
    assert [(name[t.a], name[t.b], t.strength, t.relation, t.form) for t in wb.ties] == [
        ("A", "B", Strength.STRONG, Relation.COLLABORATE, None),
        ("A", "C", Strength.WEAK, Relation.COOPERATE, None),
        ("A", "D", Strength.STRONG, None, TieForm.EXCHANGE),
        ("A", "E", Strength.WEAK, Relation.COORDINATE, None),
        ("A", "F", Strength.STRONG, None, TieForm.EXCHANGE),
        ("A", "G", Strength.STRONG, None, TieForm.EXCHANGE),
    ]


def test_type_and_relation_columns_must_agree() -> None:
    elements = text_source("e.csv", "Label\nA\nB\n")
    found = problems_of(elements, text_source("c.csv", "From,To,Type,relation\nA,B,collaborate,cooperate\n"))
    assert found == [
        "c.csv:2: Type collaborate disagrees with Kind of relationship cooperate — make them agree, or leave one empty"
    ]


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("strong", Strength.STRONG),
        ("Weak", Strength.WEAK),
        ("แน่นแฟ้น", Strength.STRONG),
        ("หลวม", Strength.WEAK),
        ("หลวม ๆ", Strength.WEAK),
        ("หลวมๆ", Strength.WEAK),
        ("tight", Strength.STRONG),
        ("Loose", Strength.WEAK),
        ("5", Strength.STRONG),
        ("4", Strength.STRONG),
        ("3", Strength.WEAK),
        ("1", Strength.WEAK),
        ("๕", Strength.STRONG),
    ],
)
def test_strength_words_and_numbers(text: str, strength: Strength) -> None:
    assert parse_strength(text) is strength


@pytest.mark.parametrize(
    ("word", "relation"),
    [
        ("มีส่วนร่วม", Relation.COLLABORATE),
        ("การมีส่วนร่วม", Relation.COLLABORATE),
        ("collaborate", Relation.COLLABORATE),
        ("ประสานการทำงาน", Relation.COOPERATE),
        ("Co-operate", Relation.COOPERATE),
        ("cooperate", Relation.COOPERATE),
        ("ประสานความร่วมมือ", Relation.COORDINATE),
        ("co-ordinate", Relation.COORDINATE),
    ],
)
def test_relation_words(word: str, relation: Relation) -> None:
    assert words_of(Relation)[normal(word)] is relation


def test_numbering_is_stripped_but_not_from_numbers_inside_names() -> None:
    assert strip_numbering("๑. นายก ทม.") == "นายก ทม."
    assert strip_numbering("1) โรงพยาบาล") == "โรงพยาบาล"
    assert strip_numbering("๗.....") == ""
    assert strip_numbering("2.5 ไร่") == "2.5 ไร่"
    assert strip_numbering("7-Eleven") == "7-Eleven"
    assert split_numbered("๑.สมชาย ๒.สมหญิง ๓.....") == ["สมชาย", "สมหญิง"]
    assert split_numbered("กลุ่ม ม.อ.") == ["กลุ่ม ม.อ."]


def test_headings_by_field_name_thai_and_english_labels_any_case() -> None:
    elements = text_source(
        "e.csv",
        "NAME,ภาค (ไตรพลัง),Kind (individual/node/network),อิทธิพล (1-5),Interest,Contact Person,influence_how,ผลกระทบ\n"
        "เทศบาล,ภาครัฐ,Network,๔,2,คุณป้อม,ออกข้อบัญญัติ,ได้ผลงาน\n",
    )
    (s,) = import_sources(elements).workbook.stakeholders
    assert (s.name, s.sector, s.kind, s.influence, s.interest, s.contact, s.influence_how, s.impact) == (
        "เทศบาล",
        Sector.GOVERNMENT,
        Kind.NETWORK,
        4,
        2,
        "คุณป้อม",
        "ออกข้อบัญญัติ",
        "ได้ผลงาน",
    )


def test_no_heading_word_names_two_fields() -> None:
    table = aliases(Stakeholder, ELEMENT_WORDS)
    assert table["อิทธิพล"] == "influence" and table["influence"] == "influence"
    assert table["label"] == "name" and table["type"] == "kind" and table["description"] == "characteristics"
    # Every full label maps to its own field.
    for spec in fields_of(Stakeholder):
        if spec.name != "id":
            for lang in ("th", "en"):
                assert table[normal(field_label(lang, "stakeholder", spec.name))] == spec.name
    assert aliases(Tie, {})["strength"] == "strength"


# --- bad input ----------------------------------------------------------------


def test_every_bad_row_in_both_files_is_reported_at_once() -> None:
    found = problems_of(source("bad-elements.csv"), source("bad-connections.csv"))
    places = [p.split(": ", 1)[0] for p in found]
    assert places == [
        "bad-elements.csv:1",
        "bad-elements.csv:3",
        "bad-elements.csv:4",
        "bad-elements.csv:4",
        "bad-elements.csv:5",
        "bad-elements.csv:6",
        "bad-connections.csv:3",
        "bad-connections.csv:4",
        "bad-connections.csv:5",
        "bad-connections.csv:6",
        "bad-connections.csv:6",
    ]
    assert "column F (Tags) is not a field" in found[0]
    assert "D (influence): 9 is not a score from 1 to 5" in found[1]
    assert "C (sector): farmers is not one of the choices — use one of: people (People)" in found[2]
    assert "the row has values but no name" in found[4]
    assert "โรงพยาบาลล is not a stakeholder in bad-elements.csv — did you mean โรงพยาบาล?" in found[6]
    assert "a second tie between โรงพยาบาล and นายก ทม. (the first is in row 2)" in found[7]
    assert "ชาคริต is tied to itself" in found[8]
    assert all(" — " in p for p in found)  # every problem says how to fix it


def test_problems_in_thai() -> None:
    found = problems_of(source("bad-elements.csv"), lang="th")
    assert found[1] == (
        "bad-elements.csv:3: D (influence): 9 ไม่ใช่คะแนน 1-5 — ใส่เลขจำนวนเต็ม 1 ถึง 5 หรือเว้นว่าง "
        "(ข้อความอธิบายอิทธิพลใช้คอลัมน์ influence_how)"
    )


def test_unknown_columns_that_are_empty_and_analysis_columns_are_skipped() -> None:
    elements = text_source("e.csv", "Label,Tags,analysis_quadrant,analysis_roles\nA,,1,hubs\n")
    (s,) = import_sources(elements).workbook.stakeholders
    assert s.name == "A"


def test_a_close_heading_gets_a_suggestion() -> None:
    found = problems_of(text_source("e.csv", "Label,influense\nA,3\n"))
    assert found == [
        "e.csv:1: column B (influense) is not a field Phakhi knows — did you mean influence? If not, delete the column"
    ]


def test_two_columns_for_one_field() -> None:
    found = problems_of(text_source("e.csv", "Label,Description,characteristics\nA,x,y\n"))
    assert found == ["e.csv:1: columns B (Description) and C (characteristics) hold the same field — keep one of them"]


def test_hidden_characters_and_overlong_names_are_refused_by_row() -> None:
    long_name = "ก" * 301
    found = problems_of(text_source("e.csv", f"Label,notes\nA,bad\u202eone\n{long_name},\n"))
    assert found[0].startswith("e.csv:2: B (notes): ") and "U+202E" in found[0]
    assert found[1].startswith("e.csv:3: A (Label): ") and "301 characters long, more than 300" in found[1]


def test_missing_ends_and_missing_from_to_columns() -> None:
    elements = text_source("e.csv", "Label\nA\nB\n")
    assert problems_of(elements, text_source("c.csv", "Source,Target\nA,B\n")) == [
        "c.csv:1: column A (Source) is not a field Phakhi knows — rename it to a field (see docs/IMPORT_EXPORT.md) "
        "or delete the column, so that nothing is dropped unseen",
        "c.csv:1: column B (Target) is not a field Phakhi knows — rename it to a field (see docs/IMPORT_EXPORT.md) "
        "or delete the column, so that nothing is dropped unseen",
        "c.csv:1: no From and To columns — head the first two columns From and To",
    ]
    assert problems_of(elements, text_source("c.csv", "From,To\nA,\n")) == [
        "c.csv:2: no stakeholder in B (To) — fill in both ends, or delete the row"
    ]


def test_duplicate_ids_in_elements() -> None:
    found = problems_of(text_source("e.csv", "ID,Label\nx,A\nx,B\n"))
    assert found == ["e.csv:3: ID x is already used in row 2 — give each row its own ID"]


def test_undecodable_bytes_and_broken_quotes() -> None:
    found = problems_of(Source("e.csv", b"Label\n\x81\x82\n"))
    assert found == [
        "e.csv: the file is neither UTF-8 nor TIS-620 (byte 81 on line 2) — "
        "save the sheet again as CSV UTF-8 (Excel: Save As > CSV UTF-8)"
    ]
    found = problems_of(text_source("e.csv", 'Label,notes\nA,"x"y\n'))
    assert found[0].startswith("e.csv:2: not readable as CSV: ")


def test_empty_files_and_files_without_names() -> None:
    empty = problems_of(Source("e.csv", b""))
    assert empty == ["e.csv: the file is empty — choose the file that holds the stakeholders"]
    assert problems_of(text_source("e.csv", "Label,sector\n")) == [
        "e.csv: no stakeholder names found in the file — put the names under a Label (or name) heading, "
        "or under People / Academic / Government"
    ]
    assert problems_of(text_source("e.csv", "sector,influence\npeople,3\n"))[0].startswith(
        "e.csv:1: no column of stakeholder names"
    )


def test_delimiters_tab_and_semicolon_and_utf16() -> None:
    tab = import_sources(Source("e.txt", "Label\tsector\nA\tภาครัฐ\n".encode("utf-16"))).workbook
    semi = import_sources(text_source("e.csv", "Label;sector\nA;ภาครัฐ\n")).workbook
    assert [(s.name, s.sector) for s in tab.stakeholders] == [("A", Sector.GOVERNMENT)]
    assert [(s.name, s.sector) for s in semi.stakeholders] == [("A", Sector.GOVERNMENT)]


def test_language_is_guessed_from_the_text_unless_given() -> None:
    assert import_sources(text_source("e.csv", "Label\nCity hall\n")).workbook.language is Language.EN
    assert import_sources(text_source("e.csv", "Label\nเทศบาล\n")).workbook.language is Language.TH
    given = import_sources(text_source("e.csv", "Label\nเทศบาล\n"), language="en").workbook
    assert given.language is Language.EN


def test_a_cell_with_several_lines_holds_a_name_on_each() -> None:
    sheet = 'ภาครัฐ,วิชาการ\n"นายก ทม.\nโรงพยาบาล",อ.สมชาย\n'
    imported = import_sources(text_source("sheet.csv", sheet))
    assert [(s.name, s.sector) for s in imported.workbook.stakeholders] == [
        ("นายก ทม.", Sector.GOVERNMENT),
        ("โรงพยาบาล", Sector.GOVERNMENT),
        ("อ.สมชาย", Sector.ACADEMIC),
    ]


def test_a_one_column_list_with_a_heading_is_read_as_a_table() -> None:
    for heading in ("Names", "ชื่อ", "Label", "Stakeholder"):
        imported = import_sources(text_source("list.csv", f"{heading}\nนายก ทม.\nโรงพยาบาล\n"))
        assert imported.layout is Layout.ELEMENTS
        assert [s.name for s in imported.workbook.stakeholders] == ["นายก ทม.", "โรงพยาบาล"]


def test_connections_are_not_checked_against_elements_that_could_not_be_read() -> None:
    found = problems_of(Source("e.csv", b"Label\n\x81\n"), text_source("c.csv", "From,To\nA,B\n"))
    assert len(found) == 1 and found[0].startswith("e.csv: the file is neither UTF-8 nor TIS-620")
