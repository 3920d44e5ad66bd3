"""DOT read back: our drawing's meaning (names, kinds, sectors, strengths, relationships), DOT by hand, bad DOT."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.test_export_roundtrip import SAMPLES
from tui.core import store
from tui.core.io import ImportProblems, Layout, Source, export, import_sources
from tui.core.io.dot_import import MAX_DEPTH, read_dot
from tui.core.model import Workbook
from tui.core.vocab import Language, Strength

ROOT = Path(__file__).resolve().parent.parent


def drawn(workbook: Workbook) -> tuple[list[tuple], set[tuple]]:
    """What a DOT drawing carries: each stakeholder's name, kind and sector; each tie's ends (by
    name), strength and relationship."""
    names = {s.id: s.name for s in workbook.stakeholders}
    people = [(s.name, s.kind, s.sector) for s in workbook.stakeholders]
    ties = {(frozenset((names[t.a], names[t.b])), t.strength, t.relation) for t in workbook.ties}
    return people, ties


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("name", SAMPLES)
def test_a_sample_drawn_as_dot_comes_back_as_drawn(name: str, lang: str) -> None:
    """The relationship's label is in the export's language; it reads back in either."""
    workbook, _ = store.load(ROOT / "samples" / name)
    (file,) = export(workbook, "dot", lang=lang)
    imported = import_sources(Source("network.dot", file.data))
    assert drawn(imported.workbook) == drawn(workbook)
    assert imported.workbook.project.title == workbook.project.title
    assert imported.layout is Layout.GRAPH and imported.skipped == ()


BY_HAND = """/* a planning meeting's sketch */
strict graph "เครือข่ายผู้สูงอายุ" {
  node [shape=box]            // groups, unless said otherwise
  "อบต." [sector=government, influence=5]
  ชมรมผู้สูงอายุ [sector="people"];
  "รพ." + "สต." [shape=ellipse, label="นางสมศรี (รพ.สต.)", fillcolor="#DCEFD9"]
  subgraph cluster_village { อสม; "กลุ่มออมทรัพย์" }
  "อบต." -- { อสม "กลุ่มออมทรัพย์" } [style=dashed]
  ชมรมผู้สูงอายุ -- "รพ.สต.":n -- "อบต." [penwidth=2, label="ประสานการทำงาน"]
  อสม -- "รพ.สต." [label="ประชุมทุกเดือน", weight=3, color=red]
# a line Graphviz takes as a comment (a C preprocessor's)
}
"""


def test_dot_written_by_hand() -> None:
    workbook = import_sources(Source("sketch.dot", BY_HAND.encode("utf-8"))).workbook
    assert workbook.project.title == "เครือข่ายผู้สูงอายุ"
    assert workbook.language is Language.TH
    people = {s.name: s for s in workbook.stakeholders}
    assert list(people) == ["อบต.", "ชมรมผู้สูงอายุ", "นางสมศรี (รพ.สต.)", "อสม", "กลุ่มออมทรัพย์"]
    assert people["อบต."].kind.value == "node" and people["อบต."].influence == 5
    assert people["นางสมศรี (รพ.สต.)"].kind.value == "individual"
    assert people["นางสมศรี (รพ.สต.)"].sector.value == "government"  # by its fill colour
    assert people["ชมรมผู้สูงอายุ"].sector.value == "people"
    names = {s.id: s.name for s in workbook.stakeholders}
    ties = {frozenset((names[t.a], names[t.b])): t for t in workbook.ties}
    assert len(ties) == 5
    assert ties[frozenset(("อบต.", "อสม"))].strength is Strength.WEAK
    strong = ties[frozenset(("ชมรมผู้สูงอายุ", "นางสมศรี (รพ.สต.)"))]
    assert strong.strength is Strength.STRONG and strong.relation.value == "cooperate"
    assert ties[frozenset(("นางสมศรี (รพ.สต.)", "อบต."))].strength is Strength.STRONG
    noted = ties[frozenset(("อสม", "นางสมศรี (รพ.สต.)"))]
    assert noted.notes == "ประชุมทุกเดือน" and noted.relation is None  # a label that is no relationship


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("graph { a -- b ", "sketch.dot:1: the DOT file ends before its graph does"),
        ("graph {\n a -- ;\n}", "sketch.dot:2: not readable as DOT: ; not expected here"),
        ("graph {\n a [label=<b>bold</b>\n}", "sketch.dot:3: not readable as DOT: } not expected here"),
        ("graph {\n a [label=<<b>bold</b>]\n}", "sketch.dot:2: the DOT file ends before its graph does"),
        ('graph { a [label="x] }', "not readable as DOT"),
        ("network { a }", "the file's name says dot, but its content is not"),
        ("graph { a -- a }", "sketch.dot:1: a is tied to itself"),
        ("graph {" + "{" * (MAX_DEPTH + 2) + "a" + "}" * (MAX_DEPTH + 2) + "}", f"nested more than {MAX_DEPTH} deep"),
    ],
)
def test_bad_dot_is_told_by_its_line(text: str, says: str) -> None:
    with pytest.raises(ImportProblems) as refused:
        import_sources(Source("sketch.dot", text.encode("utf-8")))
    assert says in str(refused.value)


def test_a_deep_nest_is_refused_without_a_crash() -> None:
    """Far past the recursion limit, as a crafted file would be."""
    depth = sys.getrecursionlimit() * 2
    with pytest.raises(ImportProblems) as refused:
        import_sources(Source("deep.dot", ("graph {" + "{" * depth + "}" * depth + "}").encode()))
    assert f"nested more than {MAX_DEPTH} deep" in str(refused.value)


def test_html_labels_and_ports_and_joined_strings() -> None:
    graph = read_dot('digraph { a [label=<<b>อบต.</b> <i>x</i>>]; "b" + "c":port:ne -> a }')
    assert graph.nodes["a"][1]["label"] == "<b>อบต.</b> <i>x</i>"
    assert [(a, b) for _line, a, b, _values in graph.edges] == [("bc", "a")]
