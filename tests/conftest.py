"""Shared fixtures: a workbook with every field filled, and small helpers."""

from __future__ import annotations

import copy
import datetime
import fcntl
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

from tui import days
from tui.core import model
from tui.core.vocab import (
    Closeness,
    Group,
    Kind,
    Language,
    NetworkKind,
    PlanStatus,
    PowerBase,
    Relation,
    Sector,
    Strategy,
    Strength,
    TieForm,
)

#: Awkward text: Thai with combining marks, line breaks, quotes, backslashes, emoji.
THAI_NAME = "ผู้ใหญ่บ้าน ต.น้ำน้อย"
THAI_MULTILINE = "ที่ปรึกษา\nบรรทัดที่สอง"
QUOTES = "เขาพูดว่า \"ได้\" และ 'ตกลง' แล้ว ''' กับ \"\"\" จบ"
BACKSLASHES = r"C:\งาน\new\tab \n ไม่ใช่บรรทัดใหม่ \\"
EMOJI = "🤝 ภาคี 🌾 ร่วมมือ 👩🏽‍🌾"


def _stakeholder(n: int, sector: Sector, kind: Kind, key_player: bool) -> model.Stakeholder:
    return model.Stakeholder(
        id=f"s{n}",
        name=f"{THAI_NAME} {n}",
        sector=sector,
        kind=kind,
        contact=f"นายสมชาย ใจดี {n} โทร 08-1234-567{n}",
        characteristics=THAI_MULTILINE,
        management=f"คณะกรรมการ {n} คน",
        decisions="ประชุม\nลงมติ\n\nเสียงข้างมาก",
        aims="ลดขยะในชุมชน",
        purposes=QUOTES,
        track_record="โครงการธนาคารขยะ 2562–2566",
        rules=BACKSLASHES,
        leader_view="เห็นด้วย แต่กังวลงบประมาณ",
        gains_losses="ได้: ชื่อเสียง\nเสีย: เวลา",
        stance="สนับสนุน",
        needs="งบประมาณ, อาสาสมัคร",
        knowledge="การคัดแยกขยะ",
        behaviour="ตอบไลน์เร็ว 📱",
        influence_how="ออกข้อบัญญัติท้องถิ่น",
        impact="ต้องจัดเก็บขยะบ่อยขึ้น",
        what_matters="ความเรียบร้อยของหมู่บ้าน",
        can_help="ให้ใช้ศาลาประชาคม",
        may_obstruct="ไม่อนุมัติงบ",
        access="ผ่านกำนัน\tหรือ อสม.",
        influence=5 if n % 2 else 2,
        interest=1 if n % 2 else 4,
        power_bases=[PowerBase.ROLE, PowerBase.IMPACT],
        groups=[Group.AFFECTED, Group.INFLUENCES],
        key_player=key_player,
        key_leader=True,
        strategy=Strategy.KEEP_SATISFIED,
        approach_how="เยี่ยมบ้าน ☕",
        approach_who="ทีมสุขภาพ",
        approach_when="ต้นเดือน",
        relationship_goal=Relation.COLLABORATE,
        notes=EMOJI + "\n" + QUOTES,
    )


def _tie(n: int, a: str, b: str) -> model.Tie:
    return model.Tie(
        id=f"t{n}",
        a=a,
        b=b,
        strength=Strength.STRONG,
        relation=Relation.COORDINATE,
        form=TieForm.COMMUNICATION,
        frequency="ทุกสัปดาห์",
        duration="ตั้งแต่ปี 2560",
        trust=4,
        trust_note="2025-01-10 ส่งข้อมูลตรงเวลาทุกครั้ง",
        notes=f"บันทึก {n}\n" + BACKSLASHES,
    )


def _row(n: int, stakeholder: str) -> model.PlanRow:
    return model.PlanRow(
        id=f"p{n}",
        group=f"กลุ่ม {n} " + THAI_NAME,
        stakeholder=stakeholder,
        current=Closeness.LOOSE,
        current_via="ผ่าน รพ.สต.",
        target=Relation.COOPERATE,
        our_benefit="ข้อมูล\nแรงงาน",
        their_benefit="ผลงาน " + EMOJI,
        methods=["ประชุม", 'เวที "ประชาคม"', THAI_MULTILINE],
        owner="ครูแดง",
        review_date="2025-03-31",
        status=PlanStatus.IN_PROGRESS,
        log=["2025-02-01 ประชุมครั้งแรก", "2025-03-01 " + THAI_NAME],
        notes=QUOTES,
    )


def make_full_workbook() -> model.Workbook:
    """Every field of every record holds a value that is not its default, but those of
    :func:`with_history` (who left the network, the ties that ended).

    Four stakeholders (s1 academic, s2 government, s3 academic, s4 government),
    three strong ties t1 s1-s2, t2 s3-s4, t3 s1-s3 (degree: s1 2, s2 1, s3 2,
    s4 1), three plan rows p1->s2, p2->s1, p3->s4; our stakeholder is s1.
    """
    return model.Workbook(
        language=Language.EN,
        project=model.Project(
            title="เครือข่ายจัดการขยะ " + THAI_NAME,
            issue=QUOTES,
            objective=THAI_MULTILINE,
            area="ต.น้ำน้อย อ.หาดใหญ่ จ.สงขลา",
            network_kind=NetworkKind.ISSUE,
            date="2024-05-01",
            facilitator="ดร.สมหญิง",
            notes=BACKSLASHES + "\n" + EMOJI,
            empty_sectors=[Sector.PEOPLE],
        ),
        stakeholders=[
            _stakeholder(1, Sector.ACADEMIC, Kind.INDIVIDUAL, True),
            _stakeholder(2, Sector.GOVERNMENT, Kind.NETWORK, False),
            _stakeholder(3, Sector.ACADEMIC, Kind.NETWORK, True),
            _stakeholder(4, Sector.GOVERNMENT, Kind.INDIVIDUAL, False),
        ],
        ties=[_tie(1, "s1", "s2"), _tie(2, "s3", "s4"), _tie(3, "s1", "s3")],
        plan=model.Plan(
            shared_vision="ชุมชนปลอดขยะ\nภายในปี 2570",
            our_group="ทีม อสม. " + EMOJI,
            our_stakeholder="s1",
            rows=[_row(1, "s2"), _row(2, "s1"), _row(3, "s4")],
        ),
        lessons=[
            model.Lesson(
                id="l1",
                case="เทศบาลเมืองยะลา",
                drawing_in="ชวนทุกภาคมาร่วมเวทีประชาคม\nตั้งแต่เริ่ม",
                keeping="ประชุมทุกเดือน " + QUOTES,
                leadership="ฟังทุกฝ่าย " + EMOJI,
                notes=BACKSLASHES,
            )
        ],
    )


def with_history(workbook: model.Workbook) -> model.Workbook:
    """``workbook`` with every stakeholder gone from the network and every tie ended, as
    merged from two groups that scored s1's influence differently: the fields
    :func:`make_full_workbook` leaves empty (filled, they would take everyone out of the
    network that the tests of the analyses read, and add the groups to its report)."""
    for stakeholder in workbook.stakeholders:
        stakeholder.left, stakeholder.left_reason = "2026-03-01", "ย้ายไปทำงานจังหวัดอื่น"
        stakeholder.named_by = ["กลุ่ม 1", "กลุ่ม 2"]
    for tie in workbook.ties:
        tie.ended = "2026-04-30"
        tie.named_by = ["กลุ่ม 1"]
    workbook.answers = [model.Answer("s1", "influence", "กลุ่ม 1", "3"), model.Answer("s1", "influence", "กลุ่ม 2", "5")]
    return workbook


@pytest.fixture
def full_workbook() -> model.Workbook:
    return make_full_workbook()


@pytest.fixture
def full_copy(full_workbook: model.Workbook) -> model.Workbook:
    """A deep copy of ``full_workbook`` taken before the test changes it."""
    return copy.deepcopy(full_workbook)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# Hypothesis profiles for every property test: ``ci`` by default, ``thorough``
# (HYPOTHESIS_PROFILE=thorough) for a nightly run with ten times the examples.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,  # a slow shared machine; speed is for benchmarks/, not tests
    database=DirectoryBasedExampleDatabase(ROOT / ".hypothesis" / "examples"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", parent=settings.get_profile("ci"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def cases(count: int) -> settings:
    """``count`` examples under ``ci``; under ``thorough`` as many more as its max_examples is over ci's."""
    return settings(max_examples=count * settings.default.max_examples // settings.get_profile("ci").max_examples)


def thorough() -> bool:
    """The nightly profile is loaded: property tests may also try longer runs."""
    return settings.default.max_examples > settings.get_profile("ci").max_examples


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """UI tests: autosave a moment after an edit instead of half a second."""
    from tui import app as app_module

    monkeypatch.setattr(app_module, "AUTOSAVE_DELAY", 0.01)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the Thai sample: tests never write to the real one."""
    copy_path = tmp_path / "organic-farming.th.toml"
    shutil.copy(SAMPLES / "organic-farming.th.toml", copy_path)
    return copy_path


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery copies go to a folder of the test's own, never the user's ~/.local/state."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("PHAKHI_STATE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Parsed copies too go to a folder of the test's own, never the user's ~/.cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("PHAKHI_CACHE_DIR", str(folder))
    return folder


#: The day the screens follow the plan by, in every test: between the Thai sample's review
#: dates, so that some of its rows are overdue and some are not, whatever the clock says.
SCREENS_DAY = datetime.date(2024, 9, 15)


@pytest.fixture(autouse=True)
def screens_day(monkeypatch: pytest.MonkeyPatch) -> datetime.date:
    monkeypatch.setattr(days, "today", lambda: SCREENS_DAY)
    return SCREENS_DAY


#: Tests whose promise is a time (a kill loses at most the last second of typing) run with
#: no other test at the same moment. The suite runs in one process per processor
#: (pytest-xdist), and another test's work beside them is load the promise is not made
#: under. Mark a module ``pytestmark = pytest.mark.alone``.
def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "alone: runs while no other test runs (its promise is a time)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """Every test holds the run's test lock shared, a test marked ``alone`` holds it alone.
    A turnstile before it lets a test waiting to run alone in before the others' next tests."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if run is None:  # one process: nothing runs beside
        yield
        return
    folder = Path(tempfile.gettempdir())
    alone = item.get_closest_marker("alone") is not None
    with (
        open(folder / f"phakhi-tests-{run}.turnstile", "a") as turnstile,
        open(folder / f"phakhi-tests-{run}.lock", "a") as lock,
    ):
        fcntl.flock(turnstile, fcntl.LOCK_EX)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        finally:
            if not alone:
                fcntl.flock(turnstile, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
            fcntl.flock(turnstile, fcntl.LOCK_UN)  # (a test not alone let it go already: no harm)
