"""Every word in both languages, the glossary terms, and every key the code uses."""

from __future__ import annotations

import ast
import dataclasses
import enum
import re
import string
from pathlib import Path

import pytest

from tui.core import i18n, model, schema, vocab
from tui.core.i18n import MESSAGES, field_label, label, tr
from tui.core.vocab import Group, Language, Relation, Sector

SOURCE = Path(__file__).resolve().parent.parent / "tui"
THAI = re.compile("[\u0e00-\u0e7f]")

VOCABULARIES = [
    obj
    for obj in vars(vocab).values()
    if isinstance(obj, type) and issubclass(obj, enum.StrEnum) and obj is not enum.StrEnum
]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_vocabularies_are_all_found():
    assert {v.__name__ for v in VOCABULARIES} == {
        "Sector",
        "Kind",
        "Strength",
        "Relation",
        "TieForm",
        "Group",
        "PowerBase",
        "Strategy",
        "NetworkKind",
        "Closeness",
        "PlanStatus",
        "Language",
    }


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_thai_and_english_with_the_same_placeholders(key):
    thai, english = MESSAGES[key]
    assert thai.strip() and english.strip()
    assert placeholders(thai) == placeholders(english)
    assert thai == thai.strip() and english == english.strip()


def test_messages_are_really_in_their_language():
    # Thai text has Thai letters (bar a few keys that are codes or names); English has none.
    allowed_without_thai = set()
    for key, (thai, english) in MESSAGES.items():
        assert not THAI.search(english), key
        if not THAI.search(thai):
            allowed_without_thai.add(key)
    assert allowed_without_thai == set()


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_vocabulary_value_has_a_label_in_both_languages(vocabulary):
    for value in vocabulary:
        thai, english = label(Language.TH, value), label(Language.EN, value)
        assert THAI.search(thai), value
        assert english and not THAI.search(english), value
    # Labels of one vocabulary are told apart in each language.
    assert len({label(Language.EN, v) for v in vocabulary}) == len(vocabulary)
    assert len({label(Language.TH, v) for v in vocabulary}) == len(vocabulary)


def test_vocab_key_names():
    assert i18n.vocab_key(vocab.PowerBase) == "power_base"
    assert i18n.vocab_key(vocab.TieForm) == "tie_form"
    assert i18n.vocab_key(vocab.NetworkKind) == "network_kind"
    assert i18n.vocab_key(vocab.Sector) == "sector"


@pytest.mark.parametrize(
    "record", [model.Project, model.Stakeholder, model.Tie, model.Plan, model.PlanRow], ids=lambda r: r.__name__
)
def test_every_model_field_has_a_label_in_both_languages(record):
    section = schema.SECTION[record]
    for field in dataclasses.fields(record):
        thai = field_label(Language.TH, section, field.name)
        english = field_label(Language.EN, section, field.name)
        assert THAI.search(thai), field.name
        assert english, field.name


def test_no_field_labels_for_fields_that_do_not_exist():
    known = {
        f"field.{schema.SECTION[record]}.{f.name}" for record in schema.SECTION for f in dataclasses.fields(record)
    }
    known |= {"field.workbook.format", "field.workbook.version"}  # the file's header keys
    assert {key for key in MESSAGES if key.startswith("field.")} - known == set()


GLOSSARY = [
    (Relation.COLLABORATE, "การมีส่วนร่วม"),
    (Relation.COORDINATE, "ประสานความร่วมมือ"),
    (Relation.COOPERATE, "ประสานการทำงาน"),
    (Sector.PEOPLE, "ประชาชน"),
    (Sector.ACADEMIC, "วิชาการ"),
    (Sector.GOVERNMENT, "ภาครัฐ"),
    (Group.INFLUENCES, "กลุ่มที่มีอิทธิพลต่อโครงการเรา"),
    (Group.AFFECTED, "กลุ่มที่โครงการเราไปมีผลต่อเขา"),
    (Group.INTERESTED, "กลุ่มที่สนใจความสำเร็จและความล้มเหลวของโครงการเรา"),
]


@pytest.mark.parametrize(("value", "thai"), GLOSSARY, ids=[f"{type(v).__name__}.{v.value}" for v, _ in GLOSSARY])
def test_glossary_terms_are_exact(value, thai):
    assert label(Language.TH, value) == thai
    assert label("th", value) == thai


def test_more_known_labels():
    assert tr(Language.TH, "sector.people.long") == "ประชาชน ประชาสังคม เอกชน"
    assert label(Language.EN, Relation.COOPERATE) == "Co-operate"
    assert label(Language.TH, vocab.Strength.STRONG) == "แน่นแฟ้น"
    assert label(Language.TH, vocab.Strength.WEAK) == "หลวม ๆ"
    assert field_label("th", "stakeholder", "access") == "เข้าถึงภาคีได้อย่างไร"
    assert tr("en", "home.counts", stakeholders=3, ties=2, rows=1) == "3 stakeholders · 2 ties · 1 plan rows"


def test_tr_fills_values_and_refuses_missing_ones():
    assert tr(Language.EN, "edit.unknown_stakeholder", id="s9") == "No stakeholder with id s9"
    assert tr(Language.TH, "edit.unknown_stakeholder", id="s9") == "ไม่พบภาคีรหัส s9"
    with pytest.raises(KeyError):
        tr(Language.EN, "no.such.key")
    with pytest.raises(KeyError):
        tr(Language.EN, "edit.bad_score", field="x")  # low and high missing


def test_values_with_braces_are_not_formatted_again():
    assert tr("en", "edit.unknown_stakeholder", id="{name}") == "No stakeholder with id {name}"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("th", Language.TH),
        ("EN", Language.EN),
        ("th_TH.UTF-8", Language.TH),
        ("en_GB.UTF-8", Language.EN),
        ("fr_FR", None),
        ("", None),
        (None, None),
        ("  th ", Language.TH),
    ],
)
def test_normalise_language(value, expected):
    assert i18n.normalise_language(value) is expected


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, Language.EN),
        ({"LANG": "th_TH.UTF-8"}, Language.TH),
        ({"LANG": "de_DE.UTF-8"}, Language.EN),
        ({"LANG": "th_TH.UTF-8", "PHAKHI_LANG": "en"}, Language.EN),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "th_TH.UTF-8"}, Language.TH),
        ({"PHAKHI_LANG": "th"}, Language.TH),
        ({"PHAKHI_LANG": "xx", "LC_MESSAGES": "th_TH"}, Language.TH),
    ],
)
def test_default_language(monkeypatch, environment, expected):
    for variable in ("PHAKHI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert i18n.default_language() is expected


# --- every key the source uses exists ------------------------------------------------

#: Families of keys (the first part of every key, bar "app", which Textual uses for
#: actions and file names); a string literal in the source shaped like one must be a key.
KEY_FAMILIES = sorted({key.split(".")[0] for key in MESSAGES} - {"app"})
KEY_LITERAL = re.compile(rf"^(?:{'|'.join(KEY_FAMILIES)})\.[a-z0-9_]+(?:\.[a-z0-9_]+)*$")


def sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"), str(path))) for path in sorted(SOURCE.rglob("*.py"))]


def _called(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _literal_prefix(node: ast.JoinedStr) -> str:
    first = node.values[0] if node.values else None
    return first.value if isinstance(first, ast.Constant) else ""


def test_every_tr_key_in_the_source_exists():
    missing = []
    dynamic = []
    for path, tree in sources():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) == "tr" and len(node.args) >= 2):
                continue
            key = node.args[1]
            where = f"{path.relative_to(SOURCE.parent)}:{node.lineno}"
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                if key.value not in MESSAGES:
                    missing.append(f"{where}: {key.value}")
            elif isinstance(key, ast.JoinedStr):
                prefix = _literal_prefix(key)
                dynamic.append(prefix)
                if not any(k.startswith(prefix) for k in MESSAGES):
                    missing.append(f"{where}: {prefix}...")
    assert missing == []
    assert {"problem.", "fix."} <= set(dynamic)  # the codec's report(): checked below


def _not_message_keys(tree: ast.Module) -> set[int]:
    """Strings shaped like keys that are something else: widget and binding ids
    (``id="home.open"``), Textual actions (``Binding("n", "screen.toggle", ...)``) and
    the prefixes of keys a module builds (``MESSAGE_PREFIXES``)."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "MESSAGE_PREFIXES" for t in node.targets):
            skip |= {id(part) for part in ast.walk(node.value)}  # prefixes: checked below
        if isinstance(node, ast.JoinedStr):  # f"identify.q{n}": checked as a prefix
            skip |= {id(part) for part in node.values}
        if not isinstance(node, ast.Call):
            continue
        skip |= {id(kw.value) for kw in node.keywords if kw.arg in ("id", "action")}
        name = _called(node)
        if name == "Binding" and len(node.args) >= 2:
            skip.add(id(node.args[1]))
        if name in ("run_action", "action") and node.args:
            skip.add(id(node.args[0]))
    return skip


def test_every_key_shaped_string_in_the_source_exists():
    missing = []
    for path, tree in sources():
        not_keys = _not_message_keys(tree)
        for node in ast.walk(tree):
            if id(node) in not_keys:
                continue
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and KEY_LITERAL.match(node.value)
                and node.value not in MESSAGES
            ):
                missing.append(f"{path.relative_to(SOURCE.parent)}:{node.lineno}: {node.value}")
    assert missing == []


def test_every_key_shaped_f_string_prefix_starts_some_key():
    prefix_shape = re.compile(rf"^(?:{'|'.join(KEY_FAMILIES)})\.[a-z0-9_.]*$")
    missing = []
    for path, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and node.values:
                prefix = _literal_prefix(node)
                if prefix_shape.match(prefix) and not any(key.startswith(prefix) for key in MESSAGES):
                    missing.append(f"{path.relative_to(SOURCE.parent)}:{node.lineno}: {prefix}...")
    assert missing == []


def test_every_problem_and_fix_the_codec_reports_exists():
    tree = ast.parse((SOURCE / "core" / "codec.py").read_text(encoding="utf-8"))
    reported = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) == "report":
            problem, fix = node.args[1], node.args[2]
            assert isinstance(problem, ast.Constant), ast.unparse(node)
            reported.append(f"problem.{problem.value}")
            if isinstance(fix, ast.Constant):
                reported.append(f"fix.{fix.value}")
            else:  # unknown_keys picks one of two fixes
                assert ast.unparse(fix) == "fix"
                reported += ["fix.unknown_key", "fix.unknown_key_hint"]
    assert len(reported) > 20
    assert [key for key in reported if key not in MESSAGES] == []


def test_every_problem_has_a_fix():
    problems = {key.removeprefix("problem.") for key in MESSAGES if key.startswith("problem.")}
    fixes = {key.removeprefix("fix.") for key in MESSAGES if key.startswith("fix.")}
    assert problems - fixes == set()


def test_every_type_name_the_codec_can_give_exists():
    from tui.core import codec

    samples = [True, 1, 1.5, "x", __import__("datetime").date(2024, 1, 1), [], {}]
    for sample in samples:
        assert codec._type_name(sample) in MESSAGES


# --- every key defined is used -------------------------------------------------------

#: Where a module builds message keys from a prefix (``tr(lang, f"analysis.quadrant.{name}")``),
#: it says so next to them, in a literal ``MESSAGE_PREFIXES = ("analysis.quadrant.",)``.
PREFIXES_NAME = "MESSAGE_PREFIXES"


def declared_prefixes(tree: ast.Module) -> tuple[str, ...]:
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        if any(isinstance(t, ast.Name) and t.id == PREFIXES_NAME for t in targets):
            return tuple(ast.literal_eval(node.value))
    return ()


def _definitions(path: Path, tree: ast.Module) -> set[int]:
    """The keys of the table of messages itself: defining a key is not using it."""
    if path != SOURCE / "core" / "i18n.py":
        return set()
    return {id(key) for node in ast.walk(tree) if isinstance(node, ast.Dict) for key in node.keys if key is not None}


def keys_used(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """Every key written out in the source, and every key under a prefix a module declares."""
    used: set[str] = set()
    prefixes: set[str] = set()
    for path, tree in trees:
        skip = _not_message_keys(tree) | _definitions(path, tree)
        used |= {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and node.value in MESSAGES and id(node) not in skip
        }
        prefixes |= set(declared_prefixes(tree))
    return used | {key for key in MESSAGES if key.startswith(tuple(prefixes))}


def unused_keys(trees: list[tuple[Path, ast.Module]]) -> list[str]:
    return sorted(set(MESSAGES) - keys_used(trees))


def test_every_message_key_is_used():
    assert unused_keys(sources()) == []


def test_a_key_defined_and_never_used_is_found(monkeypatch):
    trees = sources()
    monkeypatch.setitem(MESSAGES, "tryout.never_used", ("ไม่ได้ใช้", "Never used"))
    assert unused_keys(trees) == ["tryout.never_used"]
    used_here = ast.parse('tr(lang, "tryout.never_used")')
    assert unused_keys([*trees, (SOURCE / "tryout.py", used_here)]) == []
    under_a_prefix = ast.parse('MESSAGE_PREFIXES = ("tryout.",)')
    assert unused_keys([*trees, (SOURCE / "tryout.py", under_a_prefix)]) == []


def key_prefixes_not_declared(path: Path, tree: ast.Module) -> list[str]:
    """f-strings shaped like keys whose prefix the module does not declare."""
    prefix_shape = re.compile(rf"^(?:{'|'.join(KEY_FAMILIES)})\.[a-z0-9_.]*$")
    declared = declared_prefixes(tree)
    skip = _not_message_keys(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr) or not node.values or id(node) in skip:  # an id, an action
            continue
        prefix = _literal_prefix(node)
        if prefix_shape.match(prefix) and not any(prefix.startswith(d) or d.startswith(prefix) for d in declared):
            found.append(f"{path.relative_to(SOURCE.parent)}:{node.lineno}: {prefix}...")
    return found


def test_every_key_built_from_a_prefix_is_declared_beside_it():
    assert [where for path, tree in sources() for where in key_prefixes_not_declared(path, tree)] == []


def test_a_key_built_from_an_undeclared_prefix_is_found():
    tree = ast.parse('def f(lang, name):\n    return tr(lang, f"analysis.quadrant.{name}")\n')
    assert key_prefixes_not_declared(SOURCE / "tryout.py", tree) == ["tui/tryout.py:2: analysis.quadrant...."]
    tree.body.insert(0, ast.parse('MESSAGE_PREFIXES = ("analysis.quadrant.",)').body[0])
    assert key_prefixes_not_declared(SOURCE / "tryout.py", tree) == []


def test_every_declared_prefix_starts_some_key():
    stale = [
        f"{path.relative_to(SOURCE.parent)}: {prefix}"
        for path, tree in sources()
        for prefix in declared_prefixes(tree)
        if not any(key.startswith(prefix) for key in MESSAGES)
    ]
    assert stale == []
