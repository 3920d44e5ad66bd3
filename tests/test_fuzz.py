"""Property tests: any workbook saves and loads back equal, any bytes load or fail
cleanly, and any run of edits undoes back to where it began.

The strategies are read off the schema (``tui.core.schema.fields_of``), so a field
added to the model is fuzzed here without a change. Two settings profiles
(conftest.py): ``ci`` (the default, about half a minute here on a slow 2-core
machine) and ``thorough`` (``HYPOTHESIS_PROFILE=thorough``, ten times the examples). Failing
examples are kept in ``.hypothesis/`` and replayed first on the next run.
The counts are in docs/RELIABILITY.md.
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import tomllib
from pathlib import Path

import pytest
from conftest import cases, make_full_workbook
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.core import codec, health, model, store, toml_text
from tui.core.edit import EditError, Editor
from tui.core.i18n import tr
from tui.core.problems import WorkbookError
from tui.core.schema import (
    DATE_FIELDS,
    HIDDEN,
    MAX_NAME,
    MAX_TEXT,
    NAME_FIELDS,
    FieldSpec,
    Shape,
    coerce,
    fields_of,
    spec_of,
)
from tui.core.vocab import SCORE_MAX, SCORE_MIN, Language

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "samples" / "organic-farming.th.toml").read_bytes()


# --- text the schema accepts ----------------------------------------------------

#: What people really type and paste, and what a TOML writer finds awkward: Thai with
#: stacked vowels and tone marks, emoji joined with ZWJ and skin tones, flags,
#: right-to-left letters, zero-width spaces and joiners, combining accents, a
#: line separator, Windows line breaks, quotes and backslashes that end strings.
AWKWARD = [
    "ผู้ใหญ่บ้าน", "น้ำ", "กำนัน", "ี่", "เกี้ยว", "👩🏽‍🌾", "👨‍👩‍👧", "🇹🇭", "مرحبا", "שלום",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "e\u0301", "\u2028", "\u2029", "\t", "\n", "\r\n", "\r",
    '"', '"""', "'''", "\\", "\\u0041", "#", "[x]", "[[x]]", "a = 1", " ", "\U0010ffff", "\ufffd",
]  # fmt: skip
CHARACTERS = st.characters(exclude_categories=["Cs"], exclude_characters="".join(HIDDEN))
RAW_TEXT = st.lists(st.one_of(st.sampled_from(AWKWARD), st.text(CHARACTERS, max_size=6)), max_size=6).map("".join)
#: The fields that hold an id or name a stakeholder by its id: the codec checks them
#: across records, so they are drawn from the workbook's ids, not from any text.
ID_FIELDS = frozenset({"id"})
REFERENCE_FIELDS = frozenset({"a", "b", "stakeholder", "our_stakeholder"})
IDS = st.from_regex(model.ID_PATTERN, fullmatch=True)
#: Hidden characters the schema refuses; a lone "\r" is among them but is taken as a line break.
REFUSED = sorted(HIDDEN - {"\r"})


#: A day as the model holds it (``left``, ``ended``): none, or any real one.
DAYS = st.just("") | st.dates().map(lambda day: day.isoformat()).filter(lambda text: len(text) == 10)


def valid_value(spec) -> st.SearchStrategy:
    """Any value the schema accepts for a plain (not nested) field, as the model holds it."""
    if spec.name in DATE_FIELDS:
        return DAYS
    return {
        Shape.TEXT: lambda: RAW_TEXT.map(lambda text: coerce(spec, text)),
        Shape.TEXTS: lambda: st.lists(RAW_TEXT, max_size=3).map(lambda texts: coerce(spec, texts)),
        Shape.SCORE: lambda: st.none() | st.integers(SCORE_MIN, SCORE_MAX),
        Shape.FLAG: st.booleans,
        Shape.MAYBE_FLAG: lambda: st.none() | st.booleans(),
        Shape.CHOICE: lambda: st.sampled_from(list(spec.vocab)),
        Shape.MAYBE_CHOICE: lambda: st.none() | st.sampled_from(list(spec.vocab)),
        Shape.CHOICES: lambda: st.lists(st.sampled_from(list(spec.vocab)), unique=True),
    }[spec.shape]()


def invalid_value(spec) -> st.SearchStrategy:
    """Values the schema refuses for a field: wrong types, out of range, hidden characters, too long."""
    limit = MAX_NAME if spec.name in NAME_FIELDS else MAX_TEXT
    hidden_text = st.tuples(RAW_TEXT, st.sampled_from(REFUSED)).map(lambda pair: pair[0] + pair[1] + pair[0])
    if spec.name in DATE_FIELDS:
        return hidden_text | st.sampled_from(["2026-02-30", "1/3/2569", "2026-3-1", " 2026-03-01", 42, None])
    return {
        Shape.TEXT: lambda: hidden_text | st.just("ก" * (limit + 1)) | st.just(42) | st.just(None),
        Shape.TEXTS: lambda: hidden_text.map(lambda text: [text]) | st.just("not a list") | st.just([1]),
        Shape.SCORE: lambda: st.sampled_from([SCORE_MIN - 1, SCORE_MAX + 1, "3", 2.5, True]),
        Shape.FLAG: lambda: st.sampled_from(["yes", None, 1]),
        Shape.MAYBE_FLAG: lambda: st.sampled_from(["yes", 1]),
        Shape.CHOICE: lambda: st.sampled_from(["bogus", None, 3]),
        Shape.MAYBE_CHOICE: lambda: st.sampled_from(["bogus", 3]),
        Shape.CHOICES: lambda: st.sampled_from([["bogus"], "people", [None]]),
    }[spec.shape]()


def records(record_type: type, **fixed: st.SearchStrategy) -> st.SearchStrategy:
    """Any record of ``record_type``: every field from its spec unless ``fixed`` gives it."""
    fields = {}
    for spec in fields_of(record_type):
        if spec.name in fixed:
            fields[spec.name] = fixed[spec.name]
        elif spec.shape is Shape.RECORD:
            fields[spec.name] = records(spec.record)
        elif spec.shape is Shape.ROWS or spec.name in ID_FIELDS | REFERENCE_FIELDS:
            raise NotImplementedError(f"say how {record_type.__name__}.{spec.name} is drawn in workbooks()")
        else:
            fields[spec.name] = valid_value(spec)
    return st.fixed_dictionaries(fields).map(lambda values: record_type(**values))


@st.composite
def workbooks(draw, max_stakeholders: int = 5) -> model.Workbook:
    """Any valid workbook: unique ids, ties between two different known stakeholders
    (one tie per pair), plan rows naming a known stakeholder or none."""
    ids = draw(st.lists(IDS, max_size=max_stakeholders, unique=True))
    refs = st.sampled_from(["", *ids])
    stakeholders = [draw(records(model.Stakeholder, id=st.just(i))) for i in ids]
    pairs = []
    if len(ids) >= 2:
        ends = st.tuples(st.sampled_from(ids), st.sampled_from(ids)).filter(lambda p: p[0] != p[1])
        pairs = draw(st.lists(ends, max_size=6, unique_by=frozenset))
    tie_ids = draw(st.lists(IDS, min_size=len(pairs), max_size=len(pairs), unique=True))
    ties = [
        draw(records(model.Tie, id=st.just(t), a=st.just(a), b=st.just(b)))
        for t, (a, b) in zip(tie_ids, pairs, strict=False)
    ]
    row_ids = draw(st.lists(IDS, max_size=3, unique=True))
    rows = [draw(records(model.PlanRow, id=st.just(r), stakeholder=refs)) for r in row_ids]
    plan = draw(records(model.Plan, rows=st.just(rows), our_stakeholder=refs))
    kept = draw(snapshots(stakeholders, ties))
    lesson_ids = draw(st.lists(IDS, max_size=2, unique=True))
    lessons = [draw(records(model.Lesson, id=st.just(i))) for i in lesson_ids]
    return draw(
        records(
            model.Workbook,
            stakeholders=st.just(stakeholders),
            ties=st.just(ties),
            plan=st.just(plan),
            lessons=st.just(lessons),
            snapshots=st.just(kept),
            health=reviews(),
            answers=st.just([]),  # a merged workbook's: tests/test_merge.py makes them by merging
        )
    )


@st.composite
def reviews(draw) -> list[model.Review]:
    """Health reviews scoring and noting any items of any checklists (as a file reads them back:
    the checklists of the scored items are among those listed)."""
    labels = draw(
        st.lists(RAW_TEXT.map(lambda text: text.replace("\r", "")).filter(str.strip), max_size=2, unique=True)
    )
    found = []
    for label in labels:
        items = draw(st.lists(st.sampled_from([item.id for item in health.ITEMS]), unique=True, max_size=4))
        notes = {item: coerce(FieldSpec("note", Shape.TEXT), draw(RAW_TEXT)) for item in items[::2]}
        used = {health.BY_ID[item].checklist for item in items} | set(
            draw(st.lists(st.sampled_from(list(health.CHECKLISTS))))
        )
        found.append(
            model.Review(
                label=label,
                day=draw(st.dates().map(lambda day: day.isoformat()).filter(lambda text: len(text) == 10)),
                checklists=[name for name in health.CHECKLISTS if name in used],
                scores={item: draw(st.integers(SCORE_MIN, SCORE_MAX)) for item in items[1::2]},
                notes={item: note for item, note in notes.items() if note},
            )
        )
    return found


@st.composite
def snapshots(draw, stakeholders: list[model.Stakeholder], ties: list[model.Tie]) -> list[model.Snapshot]:
    """Snapshots of some of the stakeholders and the ties between them, with any measures."""
    labels = draw(
        st.lists(RAW_TEXT.map(lambda text: text.replace("\r", "")).filter(str.strip), max_size=2, unique=True)
    )
    found = []
    for label in labels:
        members = [s for s in stakeholders if draw(st.booleans())]
        ids = [s.id for s in members]
        among = [t for t in ties if t.a in ids and t.b in ids]
        roles = st.lists(st.sampled_from(ids), unique=True, max_size=2) if ids else st.just([])
        found.append(
            model.Snapshot(
                label=label,
                taken=draw(st.dates().map(lambda day: day.isoformat()).filter(lambda text: len(text) == 10)),
                stakeholders=tuple((s.id, s.sector.value, s.name) for s in members),
                ties=tuple((t.id, t.a, t.b, t.strength.value) for t in among),
                key_players=tuple(draw(roles)),
                hubs=tuple(draw(roles)),
                brokers=tuple(draw(roles)),
                density=draw(st.floats(0, 1)),
                centralisation=draw(st.floats(0, 1)),
                shape=draw(st.sampled_from(["", "tight", "loose", "through_hubs", "centralised"])),
            )
        )
    return found


# --- checks shared by the properties -----------------------------------------------

NO_FORMAT = {tr(lang, "problem.no_format") for lang in Language}


def parsed_or_refused(data: bytes, name: str = "fuzz.toml") -> model.Workbook | None:
    """Parse ``data``: a workbook, or a WorkbookError whose every problem is placed
    on a line of the file and says what to do. Anything else fails the test."""
    try:
        workbook = store.parse(data, name)
    except WorkbookError as error:
        event("refused")  # the share of each outcome shows with --hypothesis-show-statistics
        assert error.problems
        lines = data.count(b"\n") + 1
        for problem in error.problems:
            assert problem.path == name and problem.message and problem.fix
            if problem.line is None:  # only "there is no format key" is about no line at all
                assert problem.message in NO_FORMAT, problem
            else:
                assert 1 <= problem.line <= lines and (problem.col or 1) >= 1, problem
        return None
    event("loaded")
    assert isinstance(workbook, model.Workbook)
    return workbook


def save_and_load(workbook: model.Workbook, folder: Path) -> model.Workbook:
    path = folder / "fuzz.toml"
    path.unlink(missing_ok=True)
    store.save(workbook, path, store.NO_FILE)
    loaded, _ = store.load(path)
    return loaded


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the module: Hypothesis runs many examples in one test call."""
    return tmp_path_factory.mktemp("fuzz")


# --- any workbook saves and loads back equal ----------------------------------------


@cases(100)
@given(workbooks())
def test_any_workbook_saves_and_loads_back_equal(folder: Path, workbook: model.Workbook) -> None:
    assert save_and_load(workbook, folder) == workbook


def _first_record(workbook: model.Workbook, record_type: type) -> object:
    return {
        model.Workbook: workbook,
        model.Project: workbook.project,
        model.Stakeholder: workbook.stakeholders[0],
        model.Tie: workbook.ties[0],
        model.Plan: workbook.plan,
        model.PlanRow: workbook.plan.rows[0],
    }[record_type]


#: Where the first record of each type sits in the encoded document.
PLACES: dict[type, tuple[str | int, ...]] = {
    model.Project: ("project",),
    model.Stakeholder: ("stakeholders", 0),
    model.Tie: ("ties", 0),
    model.Plan: ("plan",),
    model.PlanRow: ("plan", "rows", 0),
}
TEXT_FIELDS = [
    (record_type, spec)
    for record_type in PLACES
    for spec in fields_of(record_type)
    if spec.shape in (Shape.TEXT, Shape.TEXTS) and spec.name not in ID_FIELDS | REFERENCE_FIELDS
]


@cases(30)
@given(
    st.sampled_from(
        [field for field in TEXT_FIELDS if field[1].shape is Shape.TEXT and field[1].name not in DATE_FIELDS]
    ),
    st.integers(0, 3),
)
def test_text_at_its_limit_is_kept_and_one_more_character_is_refused(folder: Path, field, extra: int) -> None:
    record_type, spec = field
    limit = MAX_NAME if spec.name in NAME_FIELDS else MAX_TEXT
    workbook = make_full_workbook()
    editor = Editor(workbook)
    target = _first_record(workbook, record_type)
    editor.set_field(target, spec.name, "น้ำ" * (limit // 3) + "ก" * (limit % 3))  # น้ำ is three code points
    assert len(getattr(target, spec.name)) == limit
    assert save_and_load(workbook, folder) == workbook
    before = copy.deepcopy(workbook)
    with pytest.raises(EditError):
        editor.set_field(target, spec.name, "ก" * (limit + 1 + extra))
    assert workbook == before


@cases(100)
@given(st.sampled_from(TEXT_FIELDS), RAW_TEXT, st.sampled_from(REFUSED), st.data())
def test_a_hidden_character_is_refused_by_the_editor_and_the_loader(field, text: str, hidden: str, data) -> None:
    record_type, spec = field
    at = data.draw(st.integers(0, len(text)))
    bad = text[:at] + hidden + text[at:]
    value = [bad] if spec.shape is Shape.TEXTS else bad
    # The editor: a clean EditError naming the character, and nothing changed.
    workbook = make_full_workbook()
    before = copy.deepcopy(workbook)
    editor = Editor(workbook)
    with pytest.raises(EditError, match=f"U\\+{ord(hidden):04X}"):
        editor.set_field(_first_record(workbook, record_type), spec.name, value)
    assert workbook == before and not editor.undo_stack
    # The loader: the same text in a file (escaped as TOML must) is refused at its line.
    doc = codec.encode(workbook)
    table = doc
    for part in PLACES[record_type]:
        table = table[part]
    table[spec.name] = value
    text_of_file = toml_text.dumps(doc)
    with pytest.raises(WorkbookError) as refused:
        store.parse(text_of_file.encode(), "hidden.toml")
    problem = refused.value.problems[0]
    assert f"U+{ord(hidden):04X}" in problem.message
    line = text_of_file.splitlines()[problem.line - 1]
    assert line.startswith(f"{spec.name} = "), (line, spec.name)


def test_an_id_with_a_trailing_line_break_is_refused() -> None:
    # Found by the fuzzer: "$" in the id pattern also matched before a final "\n".
    text = 'format = "phakhi-workbook"\nversion = 1\n[[stakeholders]]\nid = "s1\\n"\nname = "x"\n'
    # The line break is written out, so the message cannot break the terminal's line.
    with pytest.raises(WorkbookError, match=re.escape('the id "s1\\x0a" is not allowed')):
        store.parse(text.encode(), "f.toml")


def test_an_unknown_array_of_tables_is_reported_at_its_first_line() -> None:
    # Found by the fuzzer: the problem had no line, as only each entry's header had a place.
    text = 'format = "phakhi-workbook"\nversion = 1\n\n[[rtakeholders]]\nid = "s1"\n'
    with pytest.raises(WorkbookError) as refused:
        store.parse(text.encode(), "f.toml")
    assert str(refused.value).startswith("f.toml:4:1: unknown key rtakeholders in the top level of the file")


# --- any bytes give a workbook or a clean, located error -----------------------------

#: Bytes that mean something to TOML or UTF-8, to insert into an almost-valid file.
TOML_BITS = [
    b'"', b'"""', b"'", b"'''", b"[", b"]", b"[[", b"]]", b"=", b"\n", b"\r\n", b"#", b"\\", b"{", b"}", b",",
    b"1", b"-1", b"9" * 30, b"true", b"1979-05-27", b"nan", b"x = 1\n", b"[project]\n", b"[[stakeholders]]\n",
    b'id = "s1"\n', b"\xe0\xb8", b"\xef\xbb\xbf", b"\x00", b"\xff", b"\t", b" ",
]  # fmt: skip


@st.composite
def mutations(draw, original: bytes) -> bytes:
    """``original`` with a few bytes flipped, inserted or deleted, or cut short."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if kind == "flip" and data:
            data[min(at, len(data) - 1)] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from(TOML_BITS) | st.binary(min_size=1, max_size=6))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


@cases(300)
@given(st.binary(max_size=400))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b'format = "phakhi-workbook"\nversion = 1\n')
def test_any_bytes_give_a_workbook_or_a_located_problem(data: bytes) -> None:
    parsed_or_refused(data)


@cases(20)
@given(st.integers(1, 5000), st.sampled_from(["[", "{a = "]), st.booleans())
def test_brackets_nested_to_any_depth_give_a_located_problem(depth: int, opener: str, closed: bool) -> None:
    # tomllib reads nesting by recursion: past a few hundred levels it ran out of stack,
    # and the RecursionError escaped as a traceback (found while writing these tests).
    closer = "]" if opener == "[" else "}"
    value = opener * depth + "1" + (closer * depth if closed else "")
    parsed_or_refused(f'format = "phakhi-workbook"\nversion = 1\n\n[project]\nnotes = {value}\n'.encode())


def test_check_on_brackets_nested_1000_deep_exits_2_at_their_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "deep.toml"
    path.write_text('format = "phakhi-workbook"\nversion = 1\nx = ' + "[" * 1000 + "]" * 1000 + "\n")
    assert main(["check", str(path), "--lang", "en"]) == 2
    assert capsys.readouterr().err.startswith(
        f"{path}:3:1004: brackets [ ] or braces {{ }} are nested too deeply (1000 levels) — check that the file is not damaged"
    )


def test_import_of_json_nested_1000_deep_exits_2_and_writes_nothing(tmp_path: Path, capsys) -> None:
    source, target = tmp_path / "deep.json", tmp_path / "out.toml"
    source.write_text("[" * 1000 + "]" * 1000)
    assert main(["import", str(source), "-o", str(target), "--lang", "en"]) == 2
    assert f"{source}:1: brackets [ ] or braces {{ }} are nested too deeply (1000 levels)" in capsys.readouterr().err
    assert not target.exists()


@cases(200)
@given(mutations(SAMPLE))
def test_a_mutated_sample_gives_a_workbook_or_located_problems(data: bytes) -> None:
    workbook = parsed_or_refused(data)
    if workbook is not None:  # whatever we accept, we can write and read back
        assert store.parse(store.dumps(workbook).encode(), "again.toml") == workbook


@cases(200)
@given(workbooks(max_stakeholders=3).map(lambda wb: store.dumps(wb).encode()).flatmap(mutations))
def test_a_mutated_workbook_gives_a_workbook_or_located_problems(data: bytes) -> None:
    workbook = parsed_or_refused(data)
    if workbook is not None:
        assert store.parse(store.dumps(workbook).encode(), "again.toml") == workbook


@cases(15)
@given(mutations(SAMPLE))
def test_check_on_a_mutated_sample_exits_0_or_2_without_a_traceback(folder: Path, data: bytes) -> None:
    path = folder / "check.toml"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["check", str(path), "--lang", "en"])
    valid = _parses(data)
    assert status == (0 if valid else 2)
    assert "Traceback" not in err.getvalue() + out.getvalue()
    assert valid or err.getvalue().startswith(str(path))
    assert path.read_bytes() == data


def _parses(data: bytes) -> bool:
    try:
        store.parse(data, "x")
    except WorkbookError:
        return False
    return True


def test_the_mutations_reach_both_outcomes() -> None:
    """Guard for the two tests above: the mutated sample is not always broken (or always fine)."""
    outcomes = set()

    @settings(max_examples=100, database=None)
    @given(mutations(SAMPLE))
    def collect(data: bytes) -> None:
        outcomes.add(_parses(data))

    collect()
    assert outcomes == {True, False}
    assert tomllib.loads(SAMPLE.decode())["format"] == codec.FORMAT_NAME


# --- any run of edits undoes to the original and redoes to the end ----------------------


@st.composite
def edits(draw, editor: Editor):
    """One editor call, valid or not, chosen against the workbook as it is now.

    Returns a description and a function that makes the call.
    """
    wb = editor.workbook
    people = [s.id for s in wb.stakeholders]
    someone = st.sampled_from([*people, "nobody"])

    def value_for(spec) -> st.SearchStrategy:
        if spec.name in REFERENCE_FIELDS:
            return st.sampled_from(["", "nobody", *people])
        if spec.name in ID_FIELDS:
            return IDS
        if spec.shape in (Shape.ROWS, Shape.RECORD):
            return st.just([])
        return valid_value(spec) | invalid_value(spec)

    def field_edit(record_type: type) -> st.SearchStrategy:
        return st.sampled_from(fields_of(record_type)).flatmap(
            lambda spec: st.tuples(st.just(spec.name), value_for(spec), st.booleans())
        )

    def item_of(items: list) -> st.SearchStrategy:
        return st.sampled_from([*(item.id for item in items), "missing"])

    kind = draw(
        st.sampled_from(
            [
                "add_stakeholder",
                "remove_stakeholder",
                "update_stakeholder",
                "add_tie",
                "remove_tie",
                "update_tie",
                "add_plan_row",
                "remove_plan_row",
                "update_plan_row",
                "move_plan_row",
                "set_project",
                "set_plan",
                "set_language",
                "end_typing",
                "undo",
                "redo",
            ]  # fmt: skip
        )
    )
    if kind == "add_stakeholder":
        name_spec = spec_of(model.Stakeholder, "name")
        name = draw(valid_value(name_spec) | invalid_value(name_spec))
        sector = draw(st.sampled_from(["people", "academic", "bogus"]))
        kind_of = draw(st.sampled_from(["node", "network"]))
        return kind, lambda: editor.add_stakeholder(name, sector, kind_of)
    if kind == "add_tie":
        a, b = draw(someone), draw(someone)
        strength = draw(st.sampled_from(["strong", "weak", "medium"]))
        return kind, lambda: editor.add_tie(a, b, strength=strength)
    if kind == "add_plan_row":
        group = draw(RAW_TEXT)
        linked = draw(st.sampled_from(["", "nobody", *people]))
        return kind, lambda: editor.add_plan_row(group, stakeholder=linked)
    if kind in ("remove_stakeholder", "remove_tie", "remove_plan_row"):
        items = {"remove_stakeholder": wb.stakeholders, "remove_tie": wb.ties, "remove_plan_row": wb.plan.rows}[kind]
        chosen = draw(item_of(items))
        return kind, lambda: getattr(editor, kind)(chosen)
    if kind in ("update_stakeholder", "update_tie", "update_plan_row"):
        record_type, items = {
            "update_stakeholder": (model.Stakeholder, wb.stakeholders),
            "update_tie": (model.Tie, wb.ties),
            "update_plan_row": (model.PlanRow, wb.plan.rows),
        }[kind]
        chosen = draw(item_of(items))
        name, value, coalesce = draw(field_edit(record_type))
        return f"{kind} {name}", lambda: getattr(editor, kind)(chosen, name, value, coalesce=coalesce)
    if kind == "move_plan_row":
        chosen, offset = draw(item_of(wb.plan.rows)), draw(st.integers(-3, 3))
        return kind, lambda: editor.move_plan_row(chosen, offset)
    if kind in ("set_project", "set_plan"):
        name, value, coalesce = draw(field_edit(model.Project if kind == "set_project" else model.Plan))
        return f"{kind} {name}", lambda: getattr(editor, kind)(name, value, coalesce=coalesce)
    if kind == "set_language":
        language = draw(st.sampled_from(["th", "en"]))
        return kind, lambda: editor.set_language(language)
    return kind, getattr(editor, kind)  # end_typing, undo, redo


@cases(80)
@given(workbooks(max_stakeholders=4), st.data())
def test_any_run_of_edits_undoes_to_the_original_and_redoes_to_the_end(workbook: model.Workbook, data) -> None:
    original = copy.deepcopy(workbook)
    editor = Editor(workbook)
    refused = 0
    for _ in range(data.draw(st.integers(1, 30), label="edits")):
        label, call = data.draw(edits(editor), label="edit")
        before, depth = copy.deepcopy(editor.workbook), len(editor.undo_stack)
        try:
            call()
        except EditError as error:
            refused += 1
            assert str(error)  # a message for the user
            assert editor.workbook == before and len(editor.undo_stack) == depth, label  # nothing half-done
    event(f"{refused} of the edits refused" if refused < 3 else "3 or more edits refused")
    after = copy.deepcopy(editor.workbook)
    # Whatever the edits did, the file takes it.
    assert store.parse(store.dumps(after).encode(), "edited.toml") == after
    done = len(editor.undo_stack)
    while editor.undo():
        pass
    assert editor.workbook == original
    for _ in range(done):
        editor.redo()
    assert editor.workbook == after
