"""The sample workbooks in samples/: they load, they say what the seeds say,
and samples/make_samples.py rebuilds them byte for byte."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from tui.core import model, store
from tui.core.plan import current_relationship, current_text
from tui.core.vocab import Relation, Strength

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.toml"))
THAI = SAMPLES / "organic-farming.th.toml"
ENGLISH = SAMPLES / "clean-energy.en.toml"
LARGE = SAMPLES / "large.toml"

# ใบงาน Network 4 of seed 001: group and new relationship, in the seed's order
# (มีส่วนร่วม = collaborate, ประสานการทำงาน = cooperate).
SEED_PLAN = [
    ("กรรมการกองทุนตำบล", "cooperate"),
    ("กลุ่มนักวิชาการ ม.อ.", "cooperate"),
    ("กลุ่มเกษตรกรรมยั่งยืน", "collaborate"),
    ("กลุ่มพืชร่วมยางโดน งาช้าง", "collaborate"),
    ("กลุ่มอาหารสมุนไพร", "collaborate"),
    ("สวนผักคนเมือง", "collaborate"),
]


def load(path: Path) -> model.Workbook:
    workbook, _ = store.load(path)
    return workbook


def graph(workbook: model.Workbook) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(s.id for s in workbook.stakeholders)
    g.add_edges_from((t.a, t.b) for t in workbook.ties)
    return g


def by_name(workbook: model.Workbook, name: str) -> model.Stakeholder:
    (found,) = [s for s in workbook.stakeholders if s.name == name]
    return found


def test_the_three_samples_exist() -> None:
    assert {THAI, ENGLISH, LARGE} <= set(SAMPLE_FILES)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_loads_and_round_trips(path: Path) -> None:
    workbook = load(path)
    assert workbook.stakeholders and workbook.ties and workbook.plan.rows
    assert store.dumps(workbook) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_ties_follow_the_glossary(path: Path) -> None:
    """collaborate is the tight kind; cooperate and coordinate are loose."""
    for tie in load(path).ties:
        if tie.relation is Relation.COLLABORATE:
            assert tie.strength is Strength.STRONG, tie.id
        elif tie.relation is not None:
            assert tie.strength is Strength.WEAK, tie.id


@pytest.mark.parametrize("path", [THAI, ENGLISH], ids=lambda p: p.name)
def test_hand_made_samples_cover_the_method(path: Path) -> None:
    workbook = load(path)
    assert {s.sector.value for s in workbook.stakeholders} == {"people", "academic", "government"}
    assert {s.kind.value for s in workbook.stakeholders} == {"individual", "node", "network"}
    quadrants = {
        (s.influence >= 4, s.interest >= 4)
        for s in workbook.stakeholders
        if s.influence is not None and s.interest is not None
    }
    assert quadrants == {(True, True), (True, False), (False, True), (False, False)}
    assert any(s.key_leader for s in workbook.stakeholders)
    assert workbook.plan.shared_vision
    ours = workbook.stakeholder(workbook.plan.our_stakeholder)
    assert ours is not None and ours.name == workbook.plan.our_group
    for row in workbook.plan.rows:
        linked = workbook.stakeholder(row.stakeholder)
        assert linked is not None and linked.name == row.group


def test_thai_plan_is_the_seed_table() -> None:
    workbook = load(THAI)
    assert workbook.language.value == "th"
    assert workbook.plan.our_group == "กลุ่มเกษตรอินทรีย์"
    rows = workbook.plan.rows
    assert [(r.group, r.target.value if r.target else None) for r in rows] == SEED_PLAN
    # The seed's current relationships come from the map by themselves, with no override.
    assert all(r.current is None and r.current_via == "" for r in rows)
    derived = [current_text("th", *current_relationship(workbook, r)[:2]) for r in rows]
    assert derived == ["หลวม"] * 5 + ["หลวม ผ่านชาคริต"]
    assert rows[0].methods == ["เชิญเป็นวิทยากร เขียนโครงการขอทุน แลกเปลี่ยนความรู้", "ประชาสัมพันธ์ผลงานให้เป็นที่รู้จัก"]
    assert rows[1].our_benefit == "แลกเปลี่ยนการใช้จุลินทรีย์ทำปุ๋ยลดต้นทุนการผลิต"
    assert rows[2].methods == ["พบปะแลกเปลี่ยนความร่วมมือ", "ทำกิจกรรมร่วมทุกสัปดาห์", "สื่อสารสาธารณะ"]
    assert any(r.owner and r.review_date for r in rows)


def test_thai_sample_fixes_the_seeds_broken_words() -> None:
    text = THAI.read_text(encoding="utf-8")
    assert not any("\u0900" <= ch <= "\u097f" for ch in text)  # no stray Devanagari
    assert "จุลินทรีย์" in text and "การสมานฉันท์" in text
    assert "นักวิชาการ.อ." not in text


def test_thai_sample_has_the_mayors_worksheet_row() -> None:
    mayor = by_name(load(THAI), "นายก ทม.")
    assert mayor.contact == "ป้อม เลข 0879998888"
    assert mayor.influence_how == "กำหนดนโยบายเกษตรอินทรีย์"
    assert mayor.impact == "ใช้เรื่องเกษตรอินทรีย์เป็นผลงาน"
    assert mayor.what_matters == "ฐานเสียงปชช. ผู้รักสุขภาพ"
    assert mayor.can_help == "การนำไปกำหนดเป็นแผน สนับสนุนงบประมาณ ความร่วมมือของผู้ปฏิบัติงาน ประชาชนในพื้นที่"
    assert mayor.may_obstruct == "การขับเคลื่อนงานซ้ำ"
    assert mayor.access.startswith("นัดหมายเข้าพบ")


def test_suan_phak_reaches_the_group_only_through_chakrit() -> None:
    workbook = load(THAI)
    g = graph(workbook)
    suan, group, chakrit = (by_name(workbook, n).id for n in ("สวนผักคนเมือง", "กลุ่มเกษตรอินทรีย์", "ชาคริต"))
    assert nx.has_path(g, suan, group)
    g.remove_node(chakrit)
    assert not nx.has_path(g, suan, group)


def test_thai_sample_has_a_key_isolate() -> None:
    workbook = load(THAI)
    other_growers = by_name(workbook, "กลุ่มปลูกผักอินทรีย์อื่น")
    assert workbook.ties_of(other_growers.id) == []
    assert other_growers.interest is not None and other_growers.interest >= 4


def test_large_sample_size_and_shape() -> None:
    workbook = load(LARGE)
    assert len(workbook.stakeholders) == 300
    assert len(workbook.ties) == 900
    assert len(workbook.plan.rows) == 40
    g = graph(workbook)
    # Eight clusters joined by bridges into one component, plus five isolates.
    assert nx.number_of_isolates(g) == 5
    assert len(max(nx.connected_components(g), key=len)) == 295
    assert any("\u0e00" <= ch <= "\u0e7f" for s in workbook.stakeholders for ch in s.name)
    assert any(s.name.startswith("Group ") for s in workbook.stakeholders)


#: Fields the large sample leaves empty on purpose: every sector has stakeholders.
#: The large sample is a network as it stands: who left and the ties that ended are in
#: tests/fixtures/river-over-time.toml (tests/test_snapshots.py).
NOT_APPLICABLE = {"Project.empty_sectors", "Stakeholder.left", "Stakeholder.left_reason", "Tie.ended"}
#: A merged workbook's (tests/test_merge.py merges groups' workbooks); the large sample is one group's.
NOT_APPLICABLE |= {"Stakeholder.named_by", "Tie.named_by"}


def test_large_sample_uses_every_field() -> None:
    workbook = load(LARGE)
    records = [workbook.project, workbook.plan, *workbook.stakeholders, *workbook.ties, *workbook.plan.rows]
    for record_type in (model.Project, model.Plan, model.Stakeholder, model.Tie, model.PlanRow):
        of_type = [r for r in records if type(r) is record_type]
        for f in dataclasses.fields(record_type):
            if f"{record_type.__name__}.{f.name}" in NOT_APPLICABLE:
                continue
            values = [getattr(r, f.name) for r in of_type]
            assert any(v not in (None, "", [], False) for v in values), f"{record_type.__name__}.{f.name}"
    assert any("\n" in s.characteristics for s in workbook.stakeholders)
    assert {s.key_player for s in workbook.stakeholders} == {None, True, False}


def test_make_samples_reproduces_the_files(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(SAMPLES / "make_samples.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in SAMPLE_FILES)
    for name in made:
        same = (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes()
        assert same, f"samples/{name} is stale: run uv run python samples/make_samples.py"
