"""GraphML and GEXF read back: our exports whole, other tools' files as they mean them, hostile XML refused."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from tests.test_export_roundtrip import SAMPLES, entries
from tui import cli
from tui.core import store
from tui.core.io import ImportProblems, Layout, Source, export, import_sources
from tui.core.model import Workbook
from tui.core.vocab import Language, Strength

ROOT = Path(__file__).resolve().parent.parent
GEPHI = ROOT.parent / "shared" / "peer-fixtures" / "gephi"
FORMATS = ["graphml", "gexf"]


def undirected(workbook: Workbook) -> tuple[list[dict], list[dict]]:
    """:func:`entries`, each tie's two ends as a set: a graph writer lists an edge from either end."""
    people, ties = entries(workbook)
    for tie in ties:
        tie["a"], tie["b"] = sorted((tie["a"], tie["b"]))
    return people, ties


def through(workbook: Workbook, kind: str) -> Workbook:
    (file,) = export(workbook, kind)
    return import_sources(Source(f"network.{kind}", file.data)).workbook


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("name", SAMPLES)
def test_every_stakeholder_and_tie_comes_back_from_each_sample(name: str, kind: str) -> None:
    workbook, _ = store.load(ROOT / "samples" / name)
    back = through(workbook, kind)
    assert undirected(back) == undirected(workbook)
    assert back.language is workbook.language
    assert back.project.title == workbook.project.title


@pytest.mark.parametrize("kind", FORMATS)
def test_every_field_comes_back(full_workbook: Workbook, kind: str) -> None:
    assert undirected(through(full_workbook, kind)) == undirected(full_workbook)


def test_graphml_brings_the_project_back(full_workbook: Workbook) -> None:
    """GraphML holds graph-level data (GEXF only a name): step 1's fields come back."""
    back = through(full_workbook, "graphml")
    assert back.project.issue == full_workbook.project.issue
    assert back.project.objective == full_workbook.project.objective
    assert back.project.area == full_workbook.project.area


def networkx_file(graph: nx.Graph, kind: str) -> Source:
    buffer = io.BytesIO()
    (nx.write_graphml if kind == "graphml" else nx.write_gexf)(graph, buffer)
    return Source(f"g.{kind}", buffer.getvalue())


@pytest.mark.parametrize("kind", FORMATS)
def test_florentine_families_and_karate_from_networkx(kind: str) -> None:
    """Files with nothing but ids (and karate's club): each node named by its id, every edge a tie."""
    for graph, skipped in ((nx.florentine_families_graph(), ()), (nx.karate_club_graph(), ("club",))):
        imported = import_sources(networkx_file(graph, kind))
        workbook = imported.workbook
        names = {s.id: s.name for s in workbook.stakeholders}
        assert sorted(names.values()) == sorted(str(node) for node in graph.nodes)
        assert {frozenset((names[t.a], names[t.b])) for t in workbook.ties} == {
            frozenset((str(a), str(b))) for a, b in graph.edges
        }
        assert imported.layout is Layout.GRAPH
        assert imported.skipped == skipped


def test_karate_weights_become_strengths() -> None:
    """karate's edges carry the number of contexts the two met in (1 to 7); from 2 a strong tie,
    as our export writes strong ties with weight 2."""
    graph = nx.karate_club_graph()
    workbook = import_sources(networkx_file(graph, "graphml")).workbook
    names = {s.id: s.name for s in workbook.stakeholders}
    for tie in workbook.ties:
        weight = graph.edges[int(names[tie.a]), int(names[tie.b])]["weight"]
        assert tie.strength is (Strength.STRONG if weight >= 2 else Strength.WEAK)


def test_gephi_s_own_files() -> None:
    """Gephi's importer test files: labels are names; a directed edge is a tie; an attribute with
    no place in the workbook is named as left out; a weight given at two times takes the last."""
    basic = import_sources(Source("basic.gexf", (GEPHI / "basic.gexf").read_bytes())).workbook
    assert [s.name for s in basic.stakeholders] == ["Hello", "Word"] and len(basic.ties) == 1
    timed = import_sources(Source("d.gexf", (GEPHI / "dynamicedgeweight.gexf").read_bytes())).workbook
    assert timed.ties[0].strength is Strength.STRONG  # weight 1 in 2004, 2 in 2005
    sliced = import_sources(Source("slice.gexf", (GEPHI / "slice.gexf").read_bytes()))
    assert [s.name for s in sliced.workbook.stakeholders] == ["Node 1", "Node 2"]
    assert sliced.skipped == ("Price",)
    with pytest.raises(ImportProblems) as refused:  # a self-loop: said, with its line
        import_sources(Source("data.gexf", (GEPHI / "data.gexf").read_bytes()))
    (problem,) = refused.value.problems
    assert str(problem).startswith("data.gexf:20: Node1 is tied to itself")


GEPHI_EDITED = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>Gephi 0.10.1</creator></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="sector" title="sector" type="string"/>
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
    </attributes>
    <nodes>
      <node id="s1" label="เทศบาลตำบลคลองแห">
        <attvalues><attvalue for="sector" value="government"/><attvalue for="modularity_class" value="0"/></attvalues>
        <viz:size value="10.0"/><viz:position x="1.5" y="-2.0"/><viz:color r="200" g="10" b="10"/>
      </node>
      <node id="s2" label="กลุ่มผู้สูงอายุ">
        <attvalues><attvalue for="modularity_class" value="1"/></attvalues>
      </node>
      <node id="n3" label="ชมรม อสม."/>
    </nodes>
    <edges>
      <edge id="t1" source="s1" target="s2" weight="2.0"/>
      <edge id="0" source="s2" target="s1" weight="1.0"/>
      <edge id="1" source="n3" target="s1" weight="1.0"/>
    </edges>
  </graph>
</gexf>
"""


def test_a_gephi_edited_network_comes_back_with_its_new_node_and_edge() -> None:
    imported = import_sources(Source("edited.gexf", GEPHI_EDITED.encode("utf-8")))
    workbook = imported.workbook
    assert [s.name for s in workbook.stakeholders] == ["เทศบาลตำบลคลองแห", "กลุ่มผู้สูงอายุ", "ชมรม อสม."]
    assert workbook.stakeholders[0].sector.value == "government"
    assert workbook.language is Language.TH
    named = {s.id: s.name for s in workbook.stakeholders}
    ties = [(named[t.a], named[t.b], t.strength) for t in workbook.ties]
    assert ties == [
        ("เทศบาลตำบลคลองแห", "กลุ่มผู้สูงอายุ", Strength.STRONG),
        ("ชมรม อสม.", "เทศบาลตำบลคลองแห", Strength.WEAK),
    ]
    assert imported.merged == 1  # s2 → s1 is the tie s1 → s2 again
    assert imported.skipped == ("Modularity Class",)


YED = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d5"/>
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/>
        <y:NodeLabel alignment="center">โรงพยาบาลส่งเสริมสุขภาพตำบล</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="n1">
      <data key="d5">an old friend of the project</data>
      <data key="d6"><y:ShapeNode><y:NodeLabel>สวนผักคนเมือง</y:NodeLabel></y:ShapeNode></data>
    </node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>
"""


def test_a_yed_network_takes_its_names_from_the_node_labels() -> None:
    workbook = import_sources(Source("drawn.graphml", YED.encode("utf-8"))).workbook
    assert [s.name for s in workbook.stakeholders] == ["โรงพยาบาลส่งเสริมสุขภาพตำบล", "สวนผักคนเมือง"]
    assert workbook.stakeholders[1].characteristics == "an old friend of the project"
    assert len(workbook.ties) == 1


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&lol3;"/></graph></graphml>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gexf xmlns="http://www.gexf.net/1.2draft"><graph><nodes><node id="1" label="&secret;"/></nodes></graph></gexf>
"""


@pytest.mark.parametrize(("name", "text"), [("laughs.graphml", LAUGHS), ("external.gexf", EXTERNAL)])
def test_entities_are_refused_before_anything_is_read(name: str, text: str) -> None:
    with pytest.raises(ImportProblems) as refused:
        import_sources(Source(name, text.encode("utf-8")))
    (problem,) = refused.value.problems
    assert "DOCTYPE" in problem.message and "remove the <!DOCTYPE" in problem.fix


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("names.graphml", "สมชาย\nสมหญิง\n".encode(), "the file's name says graphml, but its content is not"),
        ("map.gexf", export(store.load(ROOT / "samples" / "large.toml")[0], "graphml")[0].data, "says gexf"),
        ("broken.graphml", b'<graphml xmlns="x"><graph><node id="a"></graph>', "not readable as XML"),
        ("drawing.dot", b"<graphml/>", "the file's name says dot, but its content is not"),
        ("empty.graphml", b'<?xml version="1.0"?>\n<graphml xmlns="x"/>', "no network (<graph>)"),
    ],
)
def test_a_file_not_the_format_it_claims_is_refused_never_read_as_names(name: str, data: bytes, says: str) -> None:
    with pytest.raises(ImportProblems) as refused:
        import_sources(Source(name, data))
    assert says in str(refused.value)


def test_a_broken_file_is_told_by_its_line() -> None:
    data = b'<?xml version="1.0"?>\n<graphml xmlns="x">\n<graph>\n<node id="a">\n</graph>\n'
    with pytest.raises(ImportProblems) as refused:
        import_sources(Source("broken.graphml", data))
    assert str(refused.value).startswith("broken.graphml:5: not readable as XML: mismatched tag")


def test_the_command_imports_a_graph_and_says_what_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "karate.gexf"
    nx.write_gexf(nx.karate_club_graph(), source)
    out = tmp_path / "karate.toml"
    assert cli.main(["import", str(source), "-o", str(out), "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert "34 stakeholders, 78 ties from a GraphML, GEXF or DOT network" in said
    assert "left out: club" in said
    assert len(store.load(out)[0].ties) == 78
    assert cli.main(["import", str(source), str(source), "-o", str(tmp_path / "two.toml")]) == 2
    assert "already holds its ties" in capsys.readouterr().err


RIVER = ROOT / "tests" / "fixtures" / "river-over-time.toml"


def test_gexf_plays_the_history_on_gephi_s_timeline_and_comes_back_whole() -> None:
    """tests/fixtures/river-over-time.toml (see tests/test_snapshots.py): the Market left on
    April 30, the tie Mayor – River school ended on May 15, and the Temple and its tie to
    the Fishers are in June's snapshot and not March's: they joined by June 30."""
    workbook = store.load(RIVER)[0]
    (file,) = export(workbook, "gexf")
    graph = nx.read_gexf(io.BytesIO(file.data))
    assert graph.graph["mode"] == "dynamic"
    spells = {node: (data.get("start"), data.get("end")) for node, data in graph.nodes(data=True)}
    assert spells == {
        "s1": (None, None),
        "s2": (None, None),
        "s3": (None, None),
        "s4": (None, "2026-04-30"),
        "s5": ("2026-06-30", None),
    }
    edges = {data["id"]: (data.get("start"), data.get("end")) for _a, _b, data in graph.edges(data=True)}
    assert edges["t1"] == (None, "2026-05-15")
    assert edges["t5"] == ("2026-06-30", None)
    assert {edges[tie] for tie in ("t2", "t3", "t4", "t8", "t9")} == {(None, None)}
    assert undirected(through(workbook, "gexf")) == undirected(workbook)


def test_a_day_on_gephi_s_timeline_is_who_left_and_a_tie_that_ended() -> None:
    text = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
    <nodes>
      <node id="a" label="Mayor" end="2026-04-30"/>
      <node id="b" label="Fishers" start="2025-01-01"/>
      <node id="c" label="Temple" end="2026.5"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" end="2026-05-15T00:00:00"/>
      <edge id="e2" source="b" target="c"/>
    </edges>
  </graph>
</gexf>"""
    workbook = import_sources(Source("edited.gexf", text.encode())).workbook
    assert [(s.name, s.left) for s in workbook.stakeholders] == [
        ("Mayor", "2026-04-30"),
        ("Fishers", ""),
        ("Temple", ""),
    ]
    assert [t.ended for t in workbook.ties] == ["2026-05-15", ""]
