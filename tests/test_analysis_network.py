"""The network measures and roles, against graphs whose answers are known.

Florentine families (Padgett's marriage network, networkx's 15-family
version): the Medici are the broker of Florence — normalised betweenness
47.5/91 = 0.522, six ties of a possible 14. Zachary's karate club: the
instructor (node 0, 16 ties) and the president (node 33, 17 ties) lead the
two factions the club split into. Stars, rings and complete graphs have
closed-form answers, worked out in the comments.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import networkx as nx
import pytest
from analysis_helpers import (
    many_hub_graph,
    plain,
    stakeholder_ids,
    two_hub_graph,
    workbook_from_graph,
)

from tui.core import model
from tui.core.analysis import (
    analyse_network,
    build_graph,
    centrality,
    read_network,
    without_ties,
)
from tui.core.analysis.network import DECIMALS, ROLES, role_about, role_label
from tui.core.vocab import Language, Strength

ROOT = Path(__file__).resolve().parent.parent


def network_of(graph: nx.Graph, **options):
    return analyse_network(workbook_from_graph(graph, **options))


# --- Florentine families -------------------------------------------------------------

FLORENCE = nx.florentine_families_graph()
FLORENCE_ID = stakeholder_ids(FLORENCE)


def family(sid: str) -> str:
    return next(name for name, i in FLORENCE_ID.items() if i == sid)


@pytest.fixture(scope="module")
def florence():
    return network_of(FLORENCE)


def test_florence_medici_are_the_top_broker(florence):
    assert family(florence.brokers[0]) == "Medici"
    medici = FLORENCE_ID["Medici"]
    assert florence.betweenness[medici] == pytest.approx(47.5 / 91, abs=1e-4)  # 0.5220, the published value
    assert max(florence.betweenness.values()) == florence.betweenness[medici]
    assert florence.betweenness[FLORENCE_ID["Guadagni"]] == pytest.approx(23.1667 / 91, abs=1e-4)


def test_florence_measures_match_networkx_own(florence):
    between = nx.betweenness_centrality(FLORENCE)
    degree = nx.degree_centrality(FLORENCE)
    eigen = nx.eigenvector_centrality(FLORENCE)
    for name, sid in FLORENCE_ID.items():
        assert florence.betweenness[sid] == pytest.approx(between[name], abs=10**-DECIMALS)
        assert florence.degree_centrality[sid] == pytest.approx(degree[name], abs=10**-DECIMALS)
        assert florence.eigenvector[sid] == pytest.approx(eigen[name], abs=10**-DECIMALS)


def test_florence_whole_network_figures(florence):
    assert florence.degree[FLORENCE_ID["Medici"]] == 6
    assert florence.degree_centrality[FLORENCE_ID["Medici"]] == pytest.approx(6 / 14, abs=1e-4)
    assert florence.ties == 20
    assert florence.density == pytest.approx(20 / 105, abs=1e-4)  # 0.1905
    # Freeman: sum(6 - degree) = 15 * 6 - 40 = 50, over (15 - 1)(15 - 2) = 182.
    assert florence.centralisation == pytest.approx(50 / 182, abs=1e-4)
    assert florence.isolates == ()
    assert florence.connected


def names(ids) -> set[str]:
    return {family(i) for i in ids}


def test_florence_roles(florence):
    # Mean degree 40/15 = 2.67; a hub needs 2 x 2.67 = 5.33 ties: only the Medici (6).
    assert names(florence.hubs) == {"Medici"}
    # Removing one of these cuts someone off: Acciaiuoli (Medici), Ginori (Albizzi),
    # Lamberteschi (Guadagni), Pazzi (Salviati, who hangs on the Medici).
    assert names(florence.cut_points) == {"Medici", "Albizzi", "Guadagni", "Salviati"}
    assert {frozenset((family(a), family(b))) for a, b in _tie_ends(FLORENCE, florence.bridges)} == {
        frozenset(pair)
        for pair in [
            ("Acciaiuoli", "Medici"),
            ("Medici", "Salviati"),
            ("Albizzi", "Ginori"),
            ("Salviati", "Pazzi"),
            ("Guadagni", "Lamberteschi"),
        ]
    }
    assert names(florence.bottlenecks) == {"Medici"}  # the only one on more than half the paths
    assert family(florence.power_centres[0]) == "Medici"
    assert names(florence.brokers) >= {"Medici", "Guadagni"}  # betweenness >= 2 x mean (0.114)


def _tie_ends(graph: nx.Graph, tie_ids) -> list[tuple[str, str]]:
    ends = {t.id: (t.a, t.b) for t in workbook_from_graph(graph).ties}
    return [ends[t] for t in tie_ids]


def test_clusters_partition_the_network(florence):
    members = [sid for cluster in florence.clusters for sid in cluster]
    assert sorted(members) == sorted(florence.members)
    assert [len(c) for c in florence.clusters] == sorted((len(c) for c in florence.clusters), reverse=True)
    assert florence.cluster_of(FLORENCE_ID["Medici"]) in range(1, len(florence.clusters) + 1)


# --- Zachary's karate club ------------------------------------------------------------

KARATE = nx.karate_club_graph()


@pytest.fixture(scope="module")
def karate():
    return network_of(plain(KARATE))


def test_karate_leaders_are_the_hubs(karate):
    # Degrees 17 (33), 16 (0), 12 (32), 10 (2), then 9 (1); mean 156/34 = 4.59, bar 9.18.
    assert karate.hubs[:2] == ("s33", "s0")
    assert set(karate.hubs) == {"s33", "s0", "s32", "s2"}
    assert karate.degree["s33"] == 17 and karate.degree["s0"] == 16


def test_karate_betweenness_matches_published_values(karate):
    assert karate.betweenness["s0"] == pytest.approx(0.4376, abs=1e-4)
    assert karate.betweenness["s33"] == pytest.approx(0.3041, abs=1e-4)
    assert karate.brokers[:2] == ("s0", "s33")


def test_karate_clusters_follow_the_factions(karate):
    faction = {f"s{n}": club for n, club in KARATE.nodes(data="club")}
    for cluster in karate.clusters:
        sides = [faction[sid] for sid in cluster]
        assert max(sides.count("Mr. Hi"), sides.count("Officer")) / len(sides) >= 0.8, cluster
    assert karate.cluster_of("s0") != karate.cluster_of("s33")


# --- closed-form graphs --------------------------------------------------------------


def test_star():
    star = network_of(nx.star_graph(5))  # centre s0, leaves s1..s5
    assert star.centralisation == 1.0
    assert star.density == pytest.approx(5 / 15, abs=1e-4)
    assert star.hubs == star.brokers == star.cut_points == star.bottlenecks == star.power_centres == ("s0",)
    assert star.betweenness["s0"] == 1.0 and star.betweenness["s1"] == 0.0
    assert star.degree_centrality["s0"] == 1.0 and star.degree_centrality["s1"] == 0.2
    # Leading eigenvector of K1,k: centre 1/sqrt(2), leaves 1/sqrt(2k).
    assert star.eigenvector["s0"] == pytest.approx(1 / math.sqrt(2), abs=1e-4)
    assert star.eigenvector["s3"] == pytest.approx(1 / math.sqrt(10), abs=1e-4)
    assert star.bridges == star.weak_bridges == ("t1", "t2", "t3", "t4", "t5")


def test_strong_bridges_are_not_weak_bridges():
    star = network_of(nx.star_graph(3), strong=lambda a, b: 2 in (a, b))
    assert star.bridges == ("t1", "t2", "t3")
    assert star.weak_bridges == ("t1", "t3")


def test_a_reading_is_kept_for_the_same_ties_and_read_again_when_one_changes():
    """Issue 25: a save of scores or names reads the network once; a tie's strength, end or
    a new stakeholder is read again (the star's bridges are weak until one is made strong)."""
    from dataclasses import replace

    star = workbook_from_graph(nx.star_graph(3))
    first = analyse_network(star)
    scored = replace(star, stakeholders=[replace(s, name=s.name + "!", influence=3) for s in star.stakeholders])
    assert analyse_network(scored) is first
    stronger = replace(star, ties=[replace(star.ties[1], strength=Strength.STRONG), *star.ties[::2]])
    assert analyse_network(stronger).weak_bridges == ("t1", "t3")
    strong_in_place = replace(star, ties=[star.ties[0], replace(star.ties[1], strength=Strength.STRONG), star.ties[2]])
    assert analyse_network(strong_in_place).weak_bridges == ("t1", "t3")
    joined = replace(star, stakeholders=[*star.stakeholders, model.Stakeholder("s9", "new")])
    again = analyse_network(joined)
    assert again.isolates == ("s9",) and again.stakeholders[-1] == "s9"
    assert analyse_network(star) is first and first.weak_bridges == ("t1", "t2", "t3")


def test_ring():
    ring = network_of(nx.cycle_graph(8))
    # Each node lies on 4.5 of the C(7, 2) = 21 shortest paths between the others.
    assert set(ring.betweenness.values()) == {round(4.5 / 21, 4)}
    assert set(ring.degree_centrality.values()) == {round(2 / 7, 4)}
    assert set(ring.eigenvector.values()) == {round(1 / math.sqrt(8), 4)}
    assert ring.centralisation == 0.0
    assert ring.hubs == ring.brokers == ring.cut_points == ring.bottlenecks == ring.power_centres == ()
    assert ring.bridges == ()


def test_complete_graph():
    whole = network_of(nx.complete_graph(5))
    assert whole.density == 1.0
    assert whole.centralisation == 0.0
    assert set(whole.betweenness.values()) == {0.0}
    assert set(whole.eigenvector.values()) == {round(1 / math.sqrt(5), 4)}
    assert whole.hubs == whole.brokers == whole.cut_points == whole.power_centres == ()
    assert len(whole.clusters) == 1


def test_two_hubs():
    net = network_of(two_hub_graph(5))
    assert set(net.hubs) == {"s0", "s1"}
    # Each hub: 10 pairs among its leaves + 5 x 6 pairs to the other side = 40 of C(11, 2) = 55.
    assert net.betweenness["s0"] == pytest.approx(40 / 55, abs=1e-4)
    assert set(net.bottlenecks) == {"s0", "s1"}
    assert len(net.bridges) == 11  # a tree: every tie is a bridge


def test_path_has_one_bottleneck_in_the_middle():
    net = network_of(nx.path_graph(5))
    # Middle node: 4 of 6 paths (0.667); its neighbours: exactly 3 of 6 (0.5), which is not "most".
    assert net.betweenness["s2"] == pytest.approx(4 / 6, abs=1e-4)
    assert net.betweenness["s1"] == 0.5
    assert net.bottlenecks == ("s2",)


def test_many_hubs():
    net = network_of(many_hub_graph(4, 4))
    assert set(net.hubs) == {"s0", "s1", "s2", "s3"}
    # Freeman: 16 leaves of degree 1 against the top degree 6: 16 x 5 / (19 x 18).
    assert net.centralisation == pytest.approx(80 / 342, abs=1e-4)


# --- isolates and pieces -----------------------------------------------------------


def test_isolates_are_listed_and_left_out_of_the_measures():
    graph = nx.star_graph(5)
    graph.add_nodes_from([6, 7])
    net = network_of(graph)
    alone = network_of(nx.star_graph(5))
    assert net.isolates == ("s6", "s7")
    assert net.members == alone.members
    assert net.density == alone.density and net.centralisation == alone.centralisation
    assert net.betweenness["s0"] == 1.0 and net.betweenness["s6"] == 0.0
    assert net.eigenvector["s6"] == 0.0 and net.degree_centrality["s6"] == 0.0
    assert net.cluster_of("s6") is None
    assert "s6" not in net.hubs + net.brokers + net.power_centres


def test_eigenvector_of_two_equal_pieces_is_symmetric():
    # Two triangles: networkx has no unique answer; per piece, scaled to unit length: 1/sqrt(6) each.
    graph = nx.disjoint_union(nx.complete_graph(3), nx.complete_graph(3))
    net = network_of(graph)
    assert set(net.eigenvector.values()) == {round(1 / math.sqrt(6), 4)}
    assert len(net.components) == 2 and not net.connected


def test_eigenvector_of_unequal_pieces():
    # A star K1,3 (4 nodes) and a pair (2 nodes), 6 in all; each piece scaled by sqrt(size / 6).
    graph = nx.disjoint_union(nx.star_graph(3), nx.path_graph(2))
    values, estimated = centrality.eigenvector(plain(graph))
    assert values[0] == pytest.approx(math.sqrt(1 / 2) * math.sqrt(4 / 6))
    assert values[1] == pytest.approx(math.sqrt(1 / 6) * math.sqrt(4 / 6))
    assert values[4] == pytest.approx(math.sqrt(1 / 2) * math.sqrt(2 / 6))
    assert sum(v * v for v in values.values()) == pytest.approx(1.0)
    assert estimated == frozenset()


def test_eigenvector_falls_back_when_the_iteration_does_not_converge(monkeypatch):
    monkeypatch.setattr(centrality, "EIGENVECTOR_MAX_ITER", 1)
    values, estimated = centrality.eigenvector(nx.path_graph(4))
    # First step from all ones: degree + 1 = 2, 3, 3, 2, scaled by sqrt(26).
    assert values == pytest.approx(
        {0: 2 / math.sqrt(26), 1: 3 / math.sqrt(26), 2: 3 / math.sqrt(26), 3: 2 / math.sqrt(26)}
    )
    assert estimated == {0, 1, 2, 3}
    net = network_of(nx.path_graph(4))
    assert net.eigenvector_estimated == ("s0", "s1", "s2", "s3")


def test_a_network_with_no_ties():
    net = analyse_network(model.Workbook(stakeholders=[model.Stakeholder("s1", "A"), model.Stakeholder("s2", "B")]))
    assert net.members == () and net.isolates == ("s1", "s2")
    assert net.density == 0.0 and net.centralisation == 0.0
    assert net.clusters == () and net.components == ()
    assert net.betweenness == {"s1": 0.0, "s2": 0.0}


def test_the_no_ties_shortcut_agrees_with_networkx():
    workbook = model.Workbook(stakeholders=[model.Stakeholder(f"s{n}", "x") for n in range(1, 4)])
    assert without_ties(("s1", "s2", "s3")) == read_network(build_graph(workbook)) == analyse_network(workbook)
    assert read_network(build_graph(model.Workbook())) == without_ties(())


def test_an_empty_workbook():
    net = analyse_network(model.Workbook())
    assert net.stakeholders == () and net.hubs == () and net.clusters == ()


def test_ties_to_unknown_stakeholders_and_self_ties_are_left_out():
    workbook = model.Workbook(
        stakeholders=[model.Stakeholder("s1", "A"), model.Stakeholder("s2", "B")],
        ties=[
            model.Tie("t1", "s1", "s2"),
            model.Tie("t2", "s1", "s9"),
            model.Tie("t3", "s2", "s2"),
            model.Tie("t4", "s2", "s1", strength=Strength.STRONG),
        ],
    )
    net = analyse_network(workbook)
    assert net.ties == 1 and net.bridges == ("t1",) and net.weak_bridges == ("t1",)


def test_read_network_takes_any_graph():
    net = read_network(nx.star_graph(3))
    assert net.hubs == (0,)
    assert net.bridges == ("0-1", "0-2", "0-3")


# --- labels, determinism, import cost ----------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_every_role_has_a_label_and_an_explanation(role):
    for lang in Language:
        assert role_label(lang, role) and role_about(lang, role)
    assert role_label(Language.TH, "power_centres") == "ศูนย์อำนาจ"  # seed 000
    assert role_label(Language.TH, "hubs") == "จุดร่วม (Hub)"  # seed 001


def test_importing_the_analyses_does_not_import_networkx_or_textual():
    code = textwrap.dedent(
        """
        import sys
        import tui.core.analysis, tui.core.derived, tui.core.store
        assert "networkx" not in sys.modules, "networkx imported at import time"
        assert "textual" not in sys.modules, "textual imported by core"
        # Nor does analysing (or saving) a workbook that has no ties yet.
        from tui.core import model, store
        wb = model.Workbook(
            stakeholders=[model.Stakeholder("s1", "A", interest=5), model.Stakeholder("s2", "B")],
            plan=model.Plan(rows=[model.PlanRow("p1")]),
        )
        section = tui.core.analysis.analyse(wb)
        store.dumps(wb)
        assert section.gaps.uninvolved_key_players == ("s1",)
        assert "networkx" not in sys.modules, "networkx imported for a workbook without ties"
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_results_do_not_depend_on_string_hashing():
    """Louvain, articulation points and bridges walk sets; the answer must not change with PYTHONHASHSEED."""
    code = textwrap.dedent(
        """
        import networkx as nx
        from tui.core import model, store
        g = nx.gnm_random_graph(150, 330, seed=7)
        ids = {n: f"n{n * 7919 % 1000}" for n in g}
        wb = model.Workbook(
            stakeholders=[model.Stakeholder(ids[n], ids[n]) for n in g],
            ties=[model.Tie(f"t{i}", ids[a], ids[b]) for i, (a, b) in enumerate(g.edges())],
        )
        print(store.dumps(wb))
        """
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONHASHSEED=seed),
        ).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(outputs) == 1


# --- betweenness on a network too big to count every path ------------------------------

SAMPLED = {
    "Barabási–Albert 600": lambda: nx.barabasi_albert_graph(600, 2, seed=7),
    "Barabási–Albert 400, denser": lambda: nx.barabasi_albert_graph(400, 4, seed=11),
    "caveman ring 30 x 8": lambda: nx.connected_caveman_graph(30, 8),
    "Watts–Strogatz 500": lambda: nx.connected_watts_strogatz_graph(500, 6, 0.1, seed=3),
}


@pytest.mark.parametrize("name", SAMPLED)
def test_an_estimated_betweenness_stays_within_its_stated_error(name: str) -> None:
    graph = SAMPLED[name]()
    exact = nx.betweenness_centrality(graph, normalized=True)
    estimated, estimate = centrality.betweenness(graph, exact_work=0)  # as on a network past the exact size
    assert estimate is not None and estimate.members == graph.number_of_nodes()
    assert estimate.sources == centrality.BETWEENNESS_MIN_SOURCES and estimate.batches == centrality.BETWEENNESS_BATCHES
    assert max(abs(estimated[node] - exact[node]) for node in graph) <= estimate.error
    assert centrality.betweenness(graph, exact_work=0) == (estimated, estimate)  # fixed seeds: the same every run


def test_betweenness_is_exact_up_to_the_documented_size() -> None:
    graph = nx.barabasi_albert_graph(500, 2, seed=5)  # 500 x 996 ties, under the exact work
    assert graph.number_of_nodes() * graph.number_of_edges() <= centrality.BETWEENNESS_EXACT_WORK
    values, estimate = centrality.betweenness(graph)
    assert estimate is None and values == nx.betweenness_centrality(graph, normalized=True)


def test_the_estimate_reaches_the_network_the_section_and_the_report(monkeypatch) -> None:
    from tui.core import derived
    from tui.core.report import build_report, render

    monkeypatch.setattr(centrality, "BETWEENNESS_EXACT_WORK", 0)
    book = workbook_from_graph(nx.barabasi_albert_graph(200, 2, seed=1))
    estimate = analyse_network(book).betweenness_estimate
    assert estimate is not None
    section = derived.analysis(book)["betweenness_estimate"]
    assert section == {
        "sources": estimate.sources,
        "members": 200,
        "batches": 10,
        "error": estimate.error,
        "confidence": 0.999,
    }
    english = render(build_report(book, lang=Language.EN), "md")
    thai = render(build_report(book, lang=Language.TH), "md")
    assert f"{estimate.sources} members picked at random out of 200" in english and f"±{estimate.error:.4f}" in english
    assert f"สุ่มเลือก {estimate.sources} จุด จากทั้งหมด 200 ราย" in thai
    exact = analyse_network(workbook_from_graph(nx.path_graph(5)))
    assert exact.betweenness_estimate is None
