"""Loading checks every problem and reports each as FILE:LINE:COL: message — fix."""

from __future__ import annotations

import random
import re

import pytest
import tomli_w

from tui.core import model, store
from tui.core.problems import WorkbookError
from tui.core.vocab import Language

FILE = "wb.toml"
FORMAT = 'format = "phakhi-workbook"'
VERSION = "version = 1"


def doc(*lines: str) -> bytes:
    """A file whose line N is ``lines[N - 1]``."""
    return ("\n".join(lines) + "\n").encode("utf-8")


def problems(data: bytes, lang: Language = Language.EN) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        store.parse(data, FILE, lang)
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return [str(p) for p in caught.value.problems]


def one_problem(data: bytes, lang: Language = Language.EN) -> str:
    found = problems(data, lang)
    assert len(found) == 1, found
    return found[0]


S1 = ("[[stakeholders]]", 'id = "s1"', 'name = "A"')  # lines 3-5 after the header
S2 = ("[[stakeholders]]", 'id = "s2"', 'name = "B"')

# (what, the file's lines, "LINE:COL", the whole message after "FILE:LINE:COL: ")
CASES = [
    (
        "text where a score goes",
        (FORMAT, VERSION, *S1, 'influence = "high"'),
        "6:1",
        "influence should be a whole number, not text — write it as a whole number, e.g. 3",
    ),
    (
        "a decimal score",
        (FORMAT, VERSION, *S1, "interest = 2.5"),
        "6:1",
        "interest should be a whole number, not a decimal number — write it as a whole number, e.g. 3",
    ),
    (
        "true as a score",
        (FORMAT, VERSION, *S1, "interest = true"),
        "6:1",
        "interest should be a whole number, not true or false — write it as a whole number, e.g. 3",
    ),
    (
        "a list where text goes",
        (FORMAT, VERSION, "[[stakeholders]]", 'id = "s1"', 'name = ["A", "B"]'),
        "5:1",
        'name should be text, not a list — write it as text, e.g. "..."',
    ),
    (
        "a table where a list of tables goes",
        (FORMAT, VERSION, "[stakeholders]", 'id = "s1"'),
        "3:1",
        "stakeholders should be a list of [[...]] tables, not a table — "
        "write it as a list of [[...]] tables, e.g. [[stakeholders]]",
    ),
    (
        "a table where plan rows go",
        (FORMAT, VERSION, "[plan]", 'shared_vision = "v"', "[plan.rows]", 'id = "p1"'),
        "5:1",
        "plan.rows should be a list of [[...]] tables, not a table — "
        "write it as a list of [[...]] tables, e.g. [[plan.rows]]",
    ),
    (
        "numbers where a list of tables goes",
        (FORMAT, VERSION, "ties = [1, 2]"),
        "3:1",
        "ties should be a list of [[...]] tables, not a list — write it as a list of [[...]] tables, e.g. [[ties]]",
    ),
    (
        "text where a table goes",
        (FORMAT, VERSION, 'project = "ภาคี"'),
        "3:1",
        "project should be a table, not text — write it as a table, e.g. [project]",
    ),
    (
        "text where a flag goes",
        (FORMAT, VERSION, *S1, 'key_player = "yes"'),
        "6:1",
        "key_player should be true or false, not text — write it as true or false, e.g. true",
    ),
    (
        "text where a list of choices goes",
        (FORMAT, VERSION, *S1, 'power_bases = "role"'),
        "6:1",
        'power_bases should be a list, not text — write it as a list, e.g. ["nature"]',
    ),
    (
        "a dotted key under a text field",
        (FORMAT, VERSION, "[project]", 'title.th = "ภาคี"'),
        "4:1",
        'title should be text, not a table — write it as text, e.g. "..."',
    ),
    (
        "unknown key at the top level",
        (FORMAT, VERSION, 'colour = "red"'),
        "3:1",
        "unknown key colour in the top level of the file — remove it or correct the spelling",
    ),
    (
        "unknown key in [project] with a hint",
        (FORMAT, VERSION, "[project]", 'title = "x"', 'objectiv = "y"'),
        "5:1",
        "unknown key objectiv in the [project] table — remove it, or did you mean objective?",
    ),
    (
        "unknown key in [[stakeholders]] with a hint",
        (FORMAT, VERSION, *S1, "influense = 3"),
        "6:1",
        "unknown key influense in [[stakeholders]] entry 1 — remove it, or did you mean influence?",
    ),
    (
        "unknown key in the second stakeholder, indented",
        (FORMAT, VERSION, *S1, *S2, "    zzz = 3"),
        "9:5",
        "unknown key zzz in [[stakeholders]] entry 2 — remove it or correct the spelling",
    ),
    (
        "unknown quoted Thai key after Thai text",
        (FORMAT, VERSION, "[project]", 'title = "ผู้ใหญ่บ้าน"', '  "ชื่อ" = "x"'),
        "5:3",
        "unknown key ชื่อ in the [project] table — remove it or correct the spelling",
    ),
    (
        "unknown key in a plan row",
        (FORMAT, VERSION, "[plan]", "[[plan.rows]]", 'id = "p1"', 'stakehlder = "s1"'),
        "6:1",
        "unknown key stakehlder in [[plan.rows]] entry 1 — remove it, or did you mean stakeholder?",
    ),
    (
        "duplicate stakeholder id",
        (FORMAT, VERSION, *S1, "", "[[stakeholders]]", 'id = "s1"', 'name = "B"'),
        "8:1",
        'the id "s1" is already used on line 4 — give each item an id of its own',
    ),
    (
        "tie naming an unknown stakeholder",
        (FORMAT, VERSION, *S1, "", "[[ties]]", 'id = "t1"', 'a = "s1"', 'b = "s9"'),
        "10:1",
        'b names stakeholder "s9", which is not in this file — use the id of a stakeholder in this file, or remove this entry',
    ),
    (
        "self tie",
        (FORMAT, VERSION, *S1, "[[ties]]", 'id = "t1"', 'a = "s1"', 'b = "s1"'),
        "9:1",
        'tie "t1" joins a stakeholder to itself — make a and b two different stakeholders',
    ),
    (
        "duplicate tie between the same pair, either way round",
        (
            FORMAT,
            VERSION,
            *S1,
            *S2,
            "[[ties]]",
            'id = "t1"',
            'a = "s1"',
            'b = "s2"',
            "[[ties]]",
            'id = "t2"',
            'a = "s2"',
            'b = "s1"',
        ),
        "13:1",
        "a tie between s2 and s1 is already on line 9 — merge them into one tie",
    ),
    (
        "score 0",
        (FORMAT, VERSION, *S1, "influence = 0"),
        "6:1",
        "influence = 0 is out of range — use a whole number from 1 to 5",
    ),
    (
        "score 6, indented",
        (FORMAT, VERSION, *S1, "  interest = 6"),
        "6:3",
        "interest = 6 is out of range — use a whole number from 1 to 5",
    ),
    (
        "score -1",
        (FORMAT, VERSION, *S1, "interest = -1"),
        "6:1",
        "interest = -1 is out of range — use a whole number from 1 to 5",
    ),
    (
        "bad sector",
        (FORMAT, VERSION, *S1, 'sector = "private"'),
        "6:1",
        'sector = "private" is not one of the allowed values — use one of: people, academic, government',
    ),
    (
        "choices are case-sensitive",
        (FORMAT, VERSION, *S1, *S2, "[[ties]]", 'id = "t1"', 'a = "s1"', 'b = "s2"', 'strength = "STRONG"'),
        "13:1",
        'strength = "STRONG" is not one of the allowed values — use one of: strong, weak',
    ),
    (
        "bad language",
        (FORMAT, VERSION, 'language = "fr"'),
        "3:1",
        'language = "fr" is not one of the allowed values — use one of: th, en',
    ),
    (
        "stakeholder without name",
        (FORMAT, VERSION, "[[stakeholders]]", 'id = "s1"'),
        "3:1",
        '[[stakeholders]] entry 1 has no name — add name = "..."',
    ),
    (
        "stakeholder without id",
        (FORMAT, VERSION, "[[stakeholders]]", 'name = "A"'),
        "3:1",
        '[[stakeholders]] entry 1 has no id — add id = "..."',
    ),
    (
        "tie without b",
        (FORMAT, VERSION, *S1, "[[ties]]", 'id = "t1"', 'a = "s1"'),
        "6:1",
        '[[ties]] entry 1 has no b — add b = "..."',
    ),
    (
        "plan row without id",
        (FORMAT, VERSION, "[plan]", "[[plan.rows]]", 'group = "g"'),
        "4:1",
        '[[plan.rows]] entry 1 has no id — add id = "..."',
    ),
    (
        "id with a space",
        (FORMAT, VERSION, "[[stakeholders]]", 'id = "s 1"', 'name = "A"'),
        "4:1",
        "the id \"s 1\" is not allowed — use up to 64 ASCII letters, digits, '-' or '_', e.g. s12",
    ),
    (
        "id in Thai",
        (FORMAT, VERSION, "[[stakeholders]]", 'id = "ภาคี1"', 'name = "A"'),
        "4:1",
        "the id \"ภาคี1\" is not allowed — use up to 64 ASCII letters, digits, '-' or '_', e.g. s12",
    ),
    (
        "empty id",
        (FORMAT, VERSION, "[[stakeholders]]", 'id = ""', 'name = "A"'),
        "4:1",
        "the id \"\" is not allowed — use up to 64 ASCII letters, digits, '-' or '_', e.g. s12",
    ),
    (
        "plan row stakeholder not found",
        (FORMAT, VERSION, *S1, "[plan]", "[[plan.rows]]", 'id = "p1"', 'stakeholder = "s7"'),
        "9:1",
        'stakeholder names stakeholder "s7", which is not in this file — use the id of a stakeholder in this file, or remove this entry',
    ),
    (
        "our stakeholder not found",
        (FORMAT, VERSION, "[plan]", 'our_stakeholder = "s3"'),
        "4:1",
        'our_stakeholder names stakeholder "s3", which is not in this file — use the id of a stakeholder in this file, or remove this entry',
    ),
    (
        "newer format version",
        (FORMAT, "version = 5"),
        "2:1",
        "written by a newer Phakhi (format version 5; this one reads up to version 4) — upgrade Phakhi to open this file",
    ),
    (
        "version zero",
        (FORMAT, "version = 0"),
        "2:1",
        "version = 0 is not a format version — use version = 1",
    ),
    (
        "wrong format",
        ('format = "something-else"', VERSION),
        "1:1",
        'format is "something-else", not "phakhi-workbook" — open a Phakhi workbook, or fix the format line',
    ),
    (
        "no version",
        (FORMAT,),
        "1:1",
        "there is no 'version' key — add the line version = 1 below the format line",
    ),
]


@pytest.mark.parametrize(("lines", "place", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_problem_is_reported_at_its_line_and_column(lines, place, message):
    assert one_problem(doc(*lines)) == f"{FILE}:{place}: {message}"


THAI = re.compile("[\u0e00-\u0e7f]")


@pytest.mark.parametrize(("lines", "place"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_each_problem_has_a_thai_message_at_the_same_place(lines, place):
    english = one_problem(doc(*lines), Language.EN)
    thai = one_problem(doc(*lines), Language.TH)
    assert thai.startswith(f"{FILE}:{place}: ")
    assert thai != english
    message, fix = thai.removeprefix(f"{FILE}:{place}: ").split(" — ")
    assert THAI.search(message) or THAI.search(fix), thai


def test_thai_messages_in_full():
    assert one_problem(doc(FORMAT, VERSION, *S1, "influense = 3"), Language.TH) == (
        f"{FILE}:6:1: ไม่รู้จักคีย์ influense ใน [[stakeholders]] รายการที่ 1 — ลบออก หรือหมายถึง influence ใช่ไหม"
    )
    assert one_problem(doc(FORMAT, VERSION, *S1, 'influence = "สูง"'), Language.TH) == (
        f"{FILE}:6:1: influence ควรเป็นจำนวนเต็ม แต่พบข้อความ — เขียนเป็นจำนวนเต็ม เช่น 3"
    )
    assert one_problem(doc(FORMAT, VERSION, *S1, 'sector = "private"'), Language.TH) == (
        f'{FILE}:6:1: sector = "private" ไม่อยู่ในตัวเลือก — ใช้ค่าใดค่าหนึ่ง: people, academic, government'
    )


# --- the header ----------------------------------------------------------------------


def test_newer_version_is_the_only_problem_reported():
    data = doc(
        FORMAT,
        "version = 5",
        'colour = "red"',
        "[[stakeholders]]",
        'id = "bad id"',
        "influence = 99",
        "[[ties]]",
        'a = "nobody"',
    )
    assert problems(data) == [
        f"{FILE}:2:1: written by a newer Phakhi (format version 5; this one reads up to version 4) — upgrade Phakhi to open this file"
    ]


def test_missing_format_has_no_place():
    assert problems(doc(VERSION, "[project]", 'title = "x"')) == [
        f"{FILE}: not a Phakhi workbook: there is no 'format' key — "
        'add the lines format = "phakhi-workbook" and version = 1 at the top'
    ]


def test_an_empty_file_is_not_a_workbook():
    assert problems(b"") == [
        f"{FILE}: not a Phakhi workbook: there is no 'format' key — "
        'add the lines format = "phakhi-workbook" and version = 1 at the top'
    ]


def test_a_minimal_file_loads_with_defaults():
    assert store.parse(doc(FORMAT, VERSION), FILE) == model.Workbook()


# --- syntax and encoding ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "place", "detail"),
    [
        ((FORMAT, VERSION, "title = "), "3:9", "Invalid value"),
        ((FORMAT, VERSION, "[project]", 'title = "ภาคี'), "4:14", "Illegal character '\\n'"),
        ((FORMAT, VERSION, "[project", 'title = "x"'), "3:9", "Expected ']' at the end of a table declaration"),
        ((FORMAT, VERSION, "[project]", 'title = "a"', 'title = "b"'), "5:12", "Cannot overwrite a value"),
    ],
    ids=["no value", "unclosed string after Thai", "unclosed header", "key twice"],
)
def test_syntax_errors_give_the_parser_s_place(lines, place, detail):
    assert one_problem(doc(*lines)) == (
        f"{FILE}:{place}: TOML syntax error: {detail} — check the quotes, brackets, '=' and commas on this line"
    )


def test_syntax_error_at_the_end_of_the_file_points_after_the_last_character():
    data = (FORMAT + "\n" + VERSION + '\nnotes = """unfinished').encode()
    assert one_problem(data) == (
        f"{FILE}:3:22: TOML syntax error: Unterminated string — check the quotes, brackets, '=' and commas on this line"
    )


def test_syntax_error_in_thai():
    assert one_problem(doc(FORMAT, VERSION, "title = "), Language.TH) == (
        f"{FILE}:3:9: ไวยากรณ์ TOML ผิด: Invalid value — ตรวจเครื่องหมายคำพูด วงเล็บ เครื่องหมาย = และจุลภาคในบรรทัดนี้"
    )


def test_thai_text_saved_as_tis620_names_the_first_bad_byte():
    data = (
        doc(FORMAT, VERSION, "[project]", 'title = "ok"') + '  notes = "ภาคี '.encode() + "ภาคี".encode("cp874") + b'"\n'
    )
    # Line 5: two spaces, 'notes = "' (9), 'ภาคี ' (5) -> the bad byte is character 17.
    assert one_problem(data) == (
        f"{FILE}:5:17: the file is not UTF-8 text (byte 0xC0 cannot be read) — "
        "save the file again as UTF-8 (in your editor, choose the UTF-8 encoding)"
    )


def test_not_utf8_on_the_first_line_and_recognised_as_thai_tis620():
    assert one_problem("ภาคี".encode("cp874")) == (
        f"{FILE}:1:1: the file is not UTF-8 text (byte 0xC0 cannot be read) — "
        "it looks like Thai saved as TIS-620 (cp874): save it again as UTF-8"
    )


def test_utf8_with_a_byte_order_mark_loads():
    data = b"\xef\xbb\xbf" + doc(FORMAT, VERSION, "[project]", 'title = "ภาคี"')
    assert store.parse(data, FILE).project.title == "ภาคี"


def test_byte_order_mark_does_not_shift_columns():
    data = b"\xef\xbb\xbf" + doc(FORMAT, VERSION, "colour = 1")
    assert one_problem(data).startswith(f"{FILE}:3:1: unknown key colour")


def test_a_line_separator_inside_text_does_not_shift_later_lines():
    # U+2028 and U+2029 are line breaks to str.splitlines but not to TOML.
    data = doc(FORMAT, VERSION, "[project]", 'notes = "a\u2028b\u2029c"', "titel = 1")
    assert one_problem(data).startswith(f"{FILE}:5:1: unknown key titel")


def test_windows_line_endings_give_the_same_places():
    data = doc(FORMAT, VERSION, *S1, "influence = 9").replace(b"\n", b"\r\n")
    assert one_problem(data) == f"{FILE}:6:1: influence = 9 is out of range — use a whole number from 1 to 5"


# --- many problems at once -------------------------------------------------------------


def test_all_problems_are_reported_together_in_file_order():
    data = doc(
        FORMAT,  # 1
        VERSION,  # 2
        'colour = "red"',  # 3  unknown top-level key
        "",  # 4
        "[project]",  # 5
        "title = 3",  # 6  wrong type
        "",  # 7
        "[[stakeholders]]",  # 8
        'id = "s1"',  # 9
        'name = "A"',  # 10
        "influence = 9",  # 11 out of range
        "",  # 12
        "[[stakeholders]]",  # 13
        'id = "s1"',  # 14 duplicate id (reported after all fields are read)
        'name = "B"',  # 15
        'sector = "private"',  # 16 bad choice
        "",  # 17
        "[[ties]]",  # 18
        'id = "t1"',  # 19
        'a = "s1"',  # 20
        'b = "s5"',  # 21 unknown stakeholder
    )
    assert problems(data) == [
        f"{FILE}:3:1: unknown key colour in the top level of the file — remove it or correct the spelling",
        f'{FILE}:6:1: title should be text, not a whole number — write it as text, e.g. "..."',
        f"{FILE}:11:1: influence = 9 is out of range — use a whole number from 1 to 5",
        f'{FILE}:14:1: the id "s1" is already used on line 9 — give each item an id of its own',
        f'{FILE}:16:1: sector = "private" is not one of the allowed values — use one of: people, academic, government',
        f'{FILE}:21:1: b names stakeholder "s5", which is not in this file — '
        "use the id of a stakeholder in this file, or remove this entry",
    ]


def test_entries_that_failed_to_build_do_not_shift_later_places():
    data = doc(
        FORMAT,  # 1
        VERSION,  # 2
        "[[stakeholders]]",  # 3  no name: not built
        'id = "s1"',  # 4
        "[[stakeholders]]",  # 5
        'id = "s2"',  # 6
        'name = "B"',  # 7
        "[[stakeholders]]",  # 8
        'id = "s2"',  # 9  duplicate of line 6
        'name = "C"',  # 10
        "[[ties]]",  # 11 no b: not built
        'id = "t1"',  # 12
        'a = "s1"',  # 13
        "[[ties]]",  # 14
        'id = "t2"',  # 15
        'a = "s1"',  # 16 s1 exists, even though it had a problem of its own
        'b = "s9"',  # 17 unknown
    )
    assert problems(data) == [
        f'{FILE}:3:1: [[stakeholders]] entry 1 has no name — add name = "..."',
        f'{FILE}:9:1: the id "s2" is already used on line 6 — give each item an id of its own',
        f'{FILE}:11:1: [[ties]] entry 1 has no b — add b = "..."',
        f'{FILE}:17:1: b names stakeholder "s9", which is not in this file — '
        "use the id of a stakeholder in this file, or remove this entry",
    ]


def test_inline_tables_are_placed_at_their_key():
    data = doc(FORMAT, VERSION, 'stakeholders = [{ id = "s1", name = "A" }, { id = "s1", name = "B" }]')
    assert problems(data) == [f'{FILE}:3:1: the id "s1" is already used on line 3 — give each item an id of its own']


# --- never a traceback ----------------------------------------------------------------------


def test_mangled_files_give_workbook_errors_only(full_workbook):
    text = store.dumps(full_workbook)
    lines = text.split("\n")
    rng = random.Random(20240501)
    for _ in range(400):
        mangled = list(lines)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(mangled))
            action = rng.choice(["drop", "dup", "cut", "swap", "garble"])
            if action == "drop":
                del mangled[i]
            elif action == "dup":
                mangled.insert(i, mangled[i])
            elif action == "cut":
                mangled[i] = mangled[i][: rng.randrange(len(mangled[i]) + 1)]
            elif action == "swap":
                j = rng.randrange(len(mangled))
                mangled[i], mangled[j] = mangled[j], mangled[i]
            else:
                mangled[i] = mangled[i].replace('"', "", 1).replace("=", "= 7 #", 1)
        try:
            store.parse("\n".join(mangled).encode(), FILE)
        except WorkbookError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.message and problem.fix
                assert re.fullmatch(rf"{re.escape(FILE)}(:\d+:\d+)?: .+ — .+", str(problem), re.S), str(problem)


VALUES = [
    1,
    0,
    9,
    -1,
    3.5,
    True,
    False,
    "x",
    "",
    "s1",
    "people",
    "role",
    ["a"],
    [1],
    [],
    {},
    {"a": 1},
    [{"id": "s1"}],
    [["role"]],
    ["role", "role"],
]


def test_values_of_any_type_anywhere_give_workbook_errors_only():
    rng = random.Random(7)
    fields = {
        "stakeholders": ["id", "name", "sector", "influence", "power_bases", "key_player", "key_leader", "zz"],
        "ties": ["id", "a", "b", "strength", "relation"],
        "rows": ["id", "stakeholder", "current", "methods"],
    }

    def entry(kind: str, base: dict) -> dict:
        return base | {key: rng.choice(VALUES) for key in rng.sample(fields[kind], rng.randint(0, 3))}

    for _ in range(1500):
        raw: dict = {"format": "phakhi-workbook", "version": 1}
        if rng.random() < 0.1:
            raw["version"] = rng.choice(VALUES)
        if rng.random() < 0.2:
            raw["language"] = rng.choice(VALUES)
        if rng.random() < 0.2:
            raw["project"] = rng.choice(VALUES)
        raw["stakeholders"] = [entry("stakeholders", {"id": f"s{i}", "name": "n"}) for i in range(rng.randint(0, 3))]
        raw["ties"] = [entry("ties", {"id": f"t{i}", "a": "s0", "b": "s1"}) for i in range(rng.randint(0, 2))]
        raw["plan"] = {"our_stakeholder": rng.choice(VALUES), "rows": [entry("rows", {"id": "p1"})]}
        if rng.random() < 0.2:
            raw[rng.choice(["stakeholders", "ties", "plan"])] = rng.choice(VALUES)
        try:
            text = tomli_w.dumps(raw)
        except (TypeError, ValueError):
            continue  # tomli-w cannot write it, so no file could hold it
        try:
            workbook = store.parse(text.encode(), FILE)
        except WorkbookError as error:
            assert all(p.line is not None for p in error.problems), str(error)
        else:
            assert store.parse(store.dumps(workbook).encode(), FILE) == workbook
