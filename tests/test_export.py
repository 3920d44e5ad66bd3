"""Exports: GraphML and GEXF load back in networkx with every attribute; CSV, DOT, JSON, md, html hold the rest."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from conftest import with_history

from tui.core import store
from tui.core.analysis import analyse
from tui.core.codec import encode
from tui.core.io import ExportFormat, Source, export, format_for, output_paths
from tui.core.io.dot import quote
from tui.core.io.json_io import workbook_from_json, workbook_to_json
from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.schema import fields_of

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "organic-farming.th.toml"


@pytest.fixture(scope="module")
def organic():
    workbook, _ = store.load(SAMPLE)
    return workbook


def one(workbook, fmt, **options) -> str:
    (file,) = export(workbook, fmt, **options)
    return file.text


def by_name(graph: nx.Graph, name: str) -> str:
    return next(node for node, data in graph.nodes(data=True) if data.get("name") == name)


# --- GraphML and GEXF -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_formats_load_back_with_thai_names_scores_strengths_and_findings(organic, fmt) -> None:
    text = one(organic, fmt)
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = reader(io.BytesIO(text.encode("utf-8")))
    assert graph.number_of_nodes() == 19 and graph.number_of_edges() == 25
    mayor = graph.nodes[by_name(graph, "นายก ทม.")]
    assert mayor["label"] == "นายก ทม."
    assert (mayor["sector"], mayor["kind"], mayor["influence"], mayor["interest"]) == ("government", "individual", 5, 4)
    assert mayor["contact"] == "ป้อม เลข 0879998888"
    assert mayor["power_bases"] == "role|rules|impact" and mayor["groups"] == "influences"
    assert mayor["key_leader"] is True
    assert mayor["analysis_quadrant"] == 1 and mayor["analysis_key_player"] is True
    assert mayor["analysis_strategy"] == "manage_closely"
    assert mayor["analysis_degree"] == 4
    assert mayor["analysis_betweenness"] == pytest.approx(0.1691)
    assert mayor["analysis_cluster"] == 2
    assert mayor["analysis_roles"] == "brokers|cut_points"
    nso = graph.nodes[by_name(graph, "สปสช.")]
    assert nso["analysis_quadrant"] == 2 and nso["strategy"] == "keep_satisfied"
    farm, hospital = by_name(graph, "กลุ่มเกษตรอินทรีย์"), by_name(graph, "โรงพยาบาล")
    tie = graph.edges[farm, hospital]
    assert (tie["strength"], tie["relation"], tie["form"]) == ("strong", "collaborate", "exchange")
    assert tie["frequency"] == "ส่งผักทุกวันจันทร์และพฤหัสบดี" and tie["weight"] == 2
    assert tie["id"] == "t1" and tie["analysis_bridge"] is False
    weak = graph.edges[farm, by_name(graph, "นายก ทม.")]
    assert weak["strength"] == "weak" and weak["weight"] == 1


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_every_model_field_becomes_an_attribute(full_workbook, fmt) -> None:
    text = one(with_history(full_workbook), fmt)
    graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(text.encode("utf-8")))
    node = graph.nodes["s1"]
    for spec in fields_of(Stakeholder):
        if spec.name != "id":
            assert spec.name in node, spec.name
    s1 = full_workbook.stakeholders[0]
    assert node["name"] == s1.name and node["notes"] == s1.notes  # line breaks, quotes, emoji survive XML
    assert node["rules"] == s1.rules  # backslashes
    edge = graph.edges["s1", "s2"]
    for spec in fields_of(Tie):
        if spec.name not in ("a", "b"):
            assert spec.name in edge, spec.name
    assert edge["notes"] == full_workbook.ties[0].notes


def test_graphml_carries_the_project_as_graph_data(organic) -> None:
    graph = nx.read_graphml(io.BytesIO(one(organic, "graphml").encode("utf-8")))
    assert graph.graph["title"] == "ขยายเครือข่ายผักอินทรีย์ส่งโรงพยาบาล"
    assert graph.graph["network_kind"] == "area" and graph.graph["language"] == "th"
    assert graph.graph["our_group"] == "กลุ่มเกษตรอินทรีย์"


def test_a_workbook_without_ties_exports_its_isolates() -> None:
    workbook = Workbook(stakeholders=[Stakeholder("s1", "ชาคริต")])
    for fmt in ("graphml", "gexf"):
        graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(one(workbook, fmt).encode()))
        assert list(graph.nodes) == ["s1"] and graph.nodes["s1"]["analysis_roles"] == "isolates"
        assert "analysis_quadrant" not in graph.nodes["s1"]  # not scored: left out, never None


# --- CSV ------------------------------------------------------------------------


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_kumu_csv_is_two_sheets_with_labels_first(organic) -> None:
    elements, connections, _plan = export(organic, "csv")
    assert (elements.part, connections.part) == ("elements", "connections")
    assert elements.data.startswith(b"\xef\xbb\xbf")  # Excel opens the Thai as Thai
    people = rows_of(elements.text)
    assert list(people[0])[:5] == ["Label", "Type", "Description", "sector", "contact"]
    mayor = next(r for r in people if r["Label"] == "นายก ทม.")
    assert (mayor["Type"], mayor["sector"], mayor["influence"], mayor["interest"]) == ("บุคคล", "ภาครัฐ", "5", "4")
    assert mayor["power_bases"] == "บทบาทหน้าที่|กฎระเบียบที่รองรับ|ความสามารถในการสร้างผลกระทบ"
    assert mayor["key_leader"] == "ใช่" and mayor["key_player"] == ""
    assert mayor["analysis_quadrant"] == "1" and mayor["analysis_key_player"] == "ใช่"
    ties = rows_of(connections.text)
    assert list(ties[0])[:4] == ["From", "To", "Type", "Strength"]
    assert (ties[0]["From"], ties[0]["To"]) == ("กลุ่มเกษตรอินทรีย์", "โรงพยาบาล")
    assert (ties[0]["Type"], ties[0]["Strength"]) == ("การมีส่วนร่วม", "แน่นแฟ้น")


def test_kumu_csv_in_english(organic) -> None:
    elements, connections, _plan = export(organic, "csv", lang="en")
    mayor = next(r for r in rows_of(elements.text) if r["Label"] == "นายก ทม.")
    assert (mayor["Type"], mayor["sector"], mayor["key_leader"]) == ("Individual", "Government", "yes")
    assert rows_of(connections.text)[0]["Strength"] == "Tight"


def test_repeated_names_add_an_id_column_and_from_to_use_ids(full_workbook) -> None:
    full_workbook.stakeholders[1].name = full_workbook.stakeholders[0].name
    elements, connections, _plan = export(full_workbook, "csv")
    assert elements.text.lstrip("\ufeff").startswith("ID,Label,")
    assert [(r["From"], r["To"]) for r in rows_of(connections.text)] == [("s1", "s2"), ("s3", "s4"), ("s1", "s3")]


def test_formula_like_text_is_guarded(full_workbook) -> None:
    full_workbook.stakeholders[0].notes = '=HYPERLINK("http://x")'
    full_workbook.stakeholders[0].access = "+66 call"
    (elements, _, _) = export(full_workbook, "csv")
    row = rows_of(elements.text)[0]
    assert row["notes"] == '\'=HYPERLINK("http://x")' and row["access"] == "'+66 call"


def test_csv_output_names(tmp_path) -> None:
    files = export(Workbook(), "csv")
    three = [tmp_path / "map-elements.csv", tmp_path / "map-connections.csv", tmp_path / "map-plan.csv"]
    assert output_paths(tmp_path / "map", files) == three
    assert output_paths(tmp_path / "map.csv", files) == three
    in_folder = [tmp_path / "elements.csv", tmp_path / "connections.csv", tmp_path / "plan.csv"]
    assert output_paths(tmp_path, files) == in_folder


def test_csv_carries_the_planning_table_in_the_seed_column_order(organic) -> None:
    plan = export(organic, "csv")[2]
    assert plan.part == "plan"
    rows = list(csv.reader(io.StringIO(plan.text)))
    assert rows[0][:6] == ["กลุ่ม", "ความสัมพันธ์เดิม", "ความสัมพันธ์ใหม่", "ประโยชน์เรา/แลกเปลี่ยน", "ประโยชน์เพื่อน", "วิธีการ"]
    assert rows[1][0] == "กลุ่มเกษตรอินทรีย์"  # our own group first, as on the worksheet
    assert [r[0] for r in rows[2:]] == [
        "กรรมการกองทุนตำบล",
        "กลุ่มนักวิชาการ ม.อ.",
        "กลุ่มเกษตรกรรมยั่งยืน",
        "กลุ่มพืชร่วมยางโดน งาช้าง",
        "กลุ่มอาหารสมุนไพร",
        "สวนผักคนเมือง",
    ]
    assert rows[7][1:3] == ["หลวม ผ่านชาคริต", "มีส่วนร่วม"]


# --- DOT ------------------------------------------------------------------------


def test_dot_quotes_thai_and_draws_strong_and_weak_ties_apart(organic) -> None:
    text = one(organic, "dot")
    assert text.startswith("graph phakhi {\n") and text.endswith("}\n")
    assert '"s2" [label="นายก ทม.", shape=ellipse, fillcolor="#dcefd9", peripheries=2];' in text
    assert '"s8" [label="กลุ่มนักวิชาการ ม.อ.", shape=hexagon' in text
    assert '"s3" [label="สปสช.", shape=box' in text
    assert '"s1" -- "s5" [style=solid, penwidth=2, label="การมีส่วนร่วม"];' in text
    assert '"s1" -- "s2" [style=dashed, penwidth=1, label="ประสานความร่วมมือ"];' in text
    assert text.count(" -- ") == 25
    # Every line is a statement of the grammar: no unbalanced quotes.
    for line in text.splitlines()[1:-1]:
        assert re.fullmatch(r'  (graph|node|edge|"[^"\\]*(?:\\.[^"\\]*)*"( -- "[^"]*")?) \[.*\];', line), line


def test_dot_quote_escapes_quotes_backslashes_and_line_breaks() -> None:
    assert quote('เขาว่า "ได้"') == '"เขาว่า \\"ได้\\""'
    assert quote("C:\\งาน\\n") == '"C:\\\\งาน\\\\n"'
    assert quote("บรรทัด\nสอง") == '"บรรทัด\\nสอง"'


# --- JSON -----------------------------------------------------------------------


def test_json_mirrors_the_toml_document_with_its_analysis(organic) -> None:
    document = json.loads(one(organic, "json"))
    assert list(document) == [
        "format",
        "version",
        "language",
        "project",
        "stakeholders",
        "ties",
        "plan",
        "health",
        "snapshots",
        "analysis",
    ]
    assert document["stakeholders"][1]["name"] == "นายก ทม."
    assert document["analysis"]["quadrant"]["s2"] == 1
    assert document == json.loads(json.dumps(encode(organic, document["analysis"]), ensure_ascii=False))


def test_json_round_trip_is_lossless(full_workbook, organic) -> None:
    for workbook in (full_workbook, organic):
        back = workbook_from_json(Source("x.json", workbook_to_json(workbook).encode("utf-8")))
        assert back == workbook


# --- the report -----------------------------------------------------------------


def test_md_and_html_are_the_report(organic) -> None:
    from tui.core.report import build_report, render

    assert one(organic, "md") == render(build_report(organic, analyse(organic)), "md")
    html = one(organic, "html", lang="en")
    assert html.lstrip().lower().startswith("<!doctype html>") and "Stakeholders" in html


# --- formats and import hygiene ---------------------------------------------------


def test_format_from_the_output_name() -> None:
    assert format_for("map.graphml") is ExportFormat.GRAPHML
    assert format_for("map.GEXF") is ExportFormat.GEXF
    assert format_for("map.gv") is ExportFormat.DOT
    assert format_for("handout.htm") is ExportFormat.HTML
    assert format_for("map.txt") is None and format_for(None) is None


def test_importing_tui_core_io_loads_neither_networkx_nor_textual() -> None:
    code = "import tui.core.io, sys; print('networkx' in sys.modules, 'textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False", "False"], result.stderr
