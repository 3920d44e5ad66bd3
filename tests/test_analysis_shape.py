"""The network's shape as seed 001's slides name it, on the textbook picture of each shape."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from analysis_helpers import many_hub_graph, two_hub_graph, workbook_from_graph

from tui.core import model, store
from tui.core.analysis import analyse_network, read_shape
from tui.core.analysis.shape import ADVICE_FROM_SEED, Shape, classify
from tui.core.i18n import MESSAGES
from tui.core.vocab import Language

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

#: Seed 000's advice, word for word (ผังเครือข่าย, after each picture).
SEED_LOOSE = "การจัดหาเวลาพบปะกันจะช่วยให้เกิดการแลกเปลี่ยนเรียนรู้กันในเครือข่าย"
SEED_THROUGH_HUBS = "ในการก่อรูปเครือข่ายควรเลือกองค์กรทั้ง 2 เป็นจุดเริ่มต้นเพื่อเชื่อมโยงเครือข่ายในแต่ละพื้นที่เข้ามา"
SEED_TIGHT = "ในการก่อรูปเครือข่ายอาจไม่มีความจำเป็นต้องสร้างความสัมพันธ์ แต่ควรทำให้เกิดกิจกรรม"


def shape_of(graph: nx.Graph):
    return read_shape(analyse_network(workbook_from_graph(graph)))


@pytest.mark.parametrize(
    ("graph", "shape"),
    [
        (nx.star_graph(6), Shape.CENTRALISED),  # รวมศูนย์: one centre, centralisation 1.0
        (nx.cycle_graph(10), Shape.DISTRIBUTED),  # กระจายไปทั่ว: a ring
        (nx.grid_2d_graph(5, 5), Shape.DISTRIBUTED),  # Baran's distributed mesh
        (nx.complete_graph(6), Shape.TIGHT),  # แน่นแฟ้น: everyone tied to everyone
        (two_hub_graph(5), Shape.THROUGH_HUBS),  # ผ่าน Hub: seed 000's two coordinating hubs
        (many_hub_graph(4, 4), Shape.DECENTRALISED),  # กระจายศูนย์: Baran's several centres
        (nx.florentine_families_graph(), Shape.LOOSE),  # through one node: the Medici
        (nx.path_graph(5), Shape.LOOSE),  # a chain hanging on its middle link
    ],
    ids=["star", "ring", "mesh", "complete", "two hubs", "four hubs", "florence", "chain"],
)
def test_textbook_shapes(graph, shape):
    assert shape_of(graph).shape is shape


def test_the_star_reading_shows_its_numbers():
    reading = shape_of(nx.star_graph(6))
    assert reading.centralisation == 1.0
    assert reading.hubs == ("s0",)
    assert reading.why(Language.EN) == "Degree centralisation is 1.00 (0.50 or more): most ties lead to one centre"


def test_the_complete_graph_is_tight_with_density_one():
    reading = shape_of(nx.complete_graph(6))
    assert reading.density == 1.0 and reading.connected and reading.cut_points == ()


def test_dense_but_hanging_on_one_node_is_not_tight():
    # Two triangles sharing a node: density 6/10, but the shared node is a cut point.
    bowtie = nx.Graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2)])
    reading = shape_of(bowtie)
    assert reading.density >= 0.5 and reading.cut_points == ("s2",)
    assert reading.shape is not Shape.TIGHT


@pytest.mark.parametrize(
    "graph", [nx.Graph(), nx.path_graph(2), nx.empty_graph(5)], ids=["empty", "one tie", "no ties"]
)
def test_too_small_to_read(graph):
    reading = shape_of(graph)
    assert reading.shape is None
    assert reading.key == "analysis.shape.none"
    assert reading.name(Language.EN) == "No shape yet"
    assert reading.advice_from_seed is False


def test_the_decision_list_in_order():
    base = {
        "members": 10,
        "density": 0.2,
        "centralisation": 0.1,
        "connected": True,
        "cut_points": 0,
        "hubs": 0,
        "bottlenecks": 0,
    }
    assert classify(**base) is Shape.DISTRIBUTED
    assert classify(**base | {"bottlenecks": 1}) is Shape.LOOSE
    assert classify(**base | {"hubs": 1}) is Shape.LOOSE
    assert classify(**base | {"hubs": 2}) is Shape.THROUGH_HUBS
    assert classify(**base | {"hubs": 3}) is Shape.THROUGH_HUBS
    assert classify(**base | {"hubs": 4}) is Shape.DECENTRALISED
    assert classify(**base | {"hubs": 4, "density": 0.5}) is Shape.TIGHT
    assert classify(**base | {"density": 0.5, "cut_points": 1}) is Shape.DISTRIBUTED
    assert classify(**base | {"density": 0.5, "connected": False}) is Shape.DISTRIBUTED
    assert classify(**base | {"density": 0.9, "centralisation": 0.5}) is Shape.CENTRALISED
    assert classify(**base | {"centralisation": 0.4999}) is Shape.DISTRIBUTED
    assert classify(**base | {"members": 2, "centralisation": 1.0}) is None


def test_seed_advice_is_the_seeds_own_words():
    assert {Shape.LOOSE, Shape.THROUGH_HUBS, Shape.TIGHT} == ADVICE_FROM_SEED
    assert SEED_LOOSE in shape_of(nx.florentine_families_graph()).advice(Language.TH)
    assert shape_of(two_hub_graph()).advice(Language.TH) == SEED_THROUGH_HUBS
    assert shape_of(nx.complete_graph(4)).advice(Language.TH).startswith(SEED_TIGHT)


@pytest.mark.parametrize("shape", [*Shape, None], ids=lambda s: s or "none")
def test_every_shape_has_a_name_a_reason_and_advice_in_both_languages(shape):
    key = f"analysis.shape.{shape.value if shape else 'none'}"
    for suffix in ("", ".why", ".advice"):
        assert key + suffix in MESSAGES


def test_shape_names_are_the_slide_titles():
    thai = {shape: MESSAGES[f"analysis.shape.{shape.value}"][0] for shape in Shape}
    assert thai == {
        Shape.TIGHT: "ความสัมพันธ์เครือข่ายแบบแน่นแฟ้น",
        Shape.LOOSE: "ความสัมพันธ์เครือข่ายอย่างหลวม ๆ",
        Shape.THROUGH_HUBS: "ความสัมพันธ์เครือข่ายผ่าน Hub",
        Shape.CENTRALISED: "ความสัมพันธ์เครือข่ายรวมศูนย์",
        Shape.DECENTRALISED: "ความสัมพันธ์เครือข่ายกระจายศูนย์",
        Shape.DISTRIBUTED: "ความสัมพันธ์เครือข่ายกระจายไปทั่ว",
    }


def test_the_thai_sample_reads_as_the_seeds_loose_network():
    # Seed 000: the organic-farming group's partners are loosely tied and reach each other through the group.
    workbook, _ = store.load(SAMPLES / "organic-farming.th.toml")
    network = analyse_network(workbook)
    reading = read_shape(network)
    group = next(s.id for s in workbook.stakeholders if s.name == "กลุ่มเกษตรอินทรีย์")
    assert reading.shape is Shape.LOOSE
    assert reading.hubs == (group,)
    assert network.bottlenecks == (group,)


def test_reading_a_workbook_without_ties():
    workbook = model.Workbook(stakeholders=[model.Stakeholder("s1", "A")])
    assert read_shape(analyse_network(workbook)).shape is None
