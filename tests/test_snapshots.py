"""Snapshots kept in the workbook and the diff in words, against a fixture worked by hand.

tests/fixtures/river-over-time.toml: in March the Mayor, the River school, the
Fishers and the Market were all tied to one another (six ties: density 1,
centralisation 0, no cut point: tight; key players by interest 4-5: Mayor,
Fishers, Market). By June the Market left (with its three ties), the tie
Mayor – River school ended, River school – Fishers weakened, Mayor – Fishers
strengthened, and the Temple joined, tied to the Fishers. Now: four
stakeholders, three ties, all through the Fishers, a star: density 3/6 = 0.5,
centralisation Σ(3 − degree) / (3 · 2) = 6/6 = 1 (centralised); the Fishers
have 3 ties, twice the mean of 1.5 (a hub), and are a cut point (a broker);
key players Mayor, Fishers, Temple.
"""

from __future__ import annotations

import dataclasses
import datetime
import shutil
import tomllib
from pathlib import Path

import pytest

from tui import days
from tui.cli import main
from tui.core import store
from tui.core.codec import FORMAT_VERSION
from tui.core.edit import EditError, Editor
from tui.core.problems import WorkbookError
from tui.core.snapshots import diff, take, words
from tui.core.vocab import Language

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "river-over-time.toml"

#: Written by hand from the fixture's two snapshots (see the module's docstring).
MARCH_TO_JUNE = {
    Language.EN: """\
What changed from march (2026-03-01) to june (2026-06-30)
Joined (1): Temple
Left (1): Market
New ties (1): Fishers – Temple
Ended ties (4): Mayor – River school, Fishers – Market, Mayor – Market, River school – Market
Strengthened (1): Mayor – Fishers
Weakened (1): River school – Fishers
Density: 1.00 → 0.50
Degree centralisation: 0.00 → 1.00
Shape of the network: Tight network → Centralised network
Key players gained: Temple; lost: Market
Hubs gained: Fishers; lost: none
Brokers gained: Fishers; lost: none
""",
    Language.TH: """\
สิ่งที่เปลี่ยนไปจาก march (2026-03-01) ถึง june (2026-06-30)
เข้าร่วมใหม่ (1): Temple
ออกจากเครือข่าย (1): Market
ความสัมพันธ์ใหม่ (1): Fishers – Temple
ความสัมพันธ์ที่สิ้นสุด (4): Mayor – River school, Fishers – Market, Mayor – Market, River school – Market
แน่นแฟ้นขึ้น (1): Mayor – Fishers
หลวมลง (1): River school – Fishers
ความหนาแน่น: จาก 1.00 เป็น 0.50
ระดับการรวมศูนย์: จาก 0.00 เป็น 1.00
รูปแบบความสัมพันธ์ของเครือข่าย: จาก ความสัมพันธ์เครือข่ายแบบแน่นแฟ้น เป็น ความสัมพันธ์เครือข่ายรวมศูนย์
ผู้เล่นหลัก เพิ่มขึ้น: Temple; หายไป: Market
จุดร่วม (Hub) เพิ่มขึ้น: Fishers; หายไป: ไม่มี
ตัวกลางเชื่อมประสาน เพิ่มขึ้น: Fishers; หายไป: ไม่มี
""",
}


def load(path: Path = FIXTURE):
    return store.load(path)[0]


def test_the_fixture_reads_and_is_written_back_byte_for_byte():
    workbook = load()
    assert [s.label for s in workbook.snapshots] == ["march", "june"]
    assert store.entries_text(workbook) == FIXTURE.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", [Language.EN, Language.TH])
def test_the_diff_of_the_two_snapshots_in_words(lang):
    march, june = load().snapshots
    assert words(diff(march, june), lang) == MARCH_TO_JUNE[lang]


def test_a_snapshot_taken_now_is_the_june_one_worked_out_by_hand():
    workbook = load()
    assert take(workbook, "june", "2026-06-30") == workbook.snapshots[1]


@pytest.mark.parametrize("lang", ["en", "th"])
def test_phakhi_diff_since_a_label_says_what_changed_since_then(capsys, lang):
    assert main(["diff", str(FIXTURE), "--since", "march", "--lang", lang]) == 0
    out = capsys.readouterr().out
    today = datetime.date.today().isoformat()
    expected = MARCH_TO_JUNE[Language(lang)]
    now = "now" if lang == "en" else "ปัจจุบัน"
    expected = expected.replace("june (2026-06-30)", f"{now} ({today})")
    # Compared with the workbook itself, who left is said with the day and why.
    left = "Left (1): Market" if lang == "en" else "ออกจากเครือข่าย (1): Market"
    expected = expected.replace(left, f"{left} (2026-04-30: moved to the city)")
    assert out == expected


def test_phakhi_diff_of_two_workbooks(tmp_path: Path, capsys):
    older = tmp_path / "older.toml"
    editor = Editor(load())
    editor.bring_back("s4")  # the Market is still there; the Temple joined since
    editor.renew_tie("t1")
    editor.update_stakeholder("s5", "left", "2026-01-31")
    store.save(editor.workbook, older, store.NO_FILE)
    assert main(["diff", str(older), str(FIXTURE), "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"What changed from {older} (") and f"to {FIXTURE} (" in lines[0]
    assert lines[1:6] == [
        "Joined (1): Temple",
        "Left (1): Market (2026-04-30: moved to the city)",
        "New ties (1): Fishers – Temple",
        "Ended ties (4): Mayor – River school, Fishers – Market, Mayor – Market, River school – Market",
        "Strengthened (0): none",
    ]


def test_phakhi_snapshot_keeps_one_in_the_file_and_refuses_a_label_twice(tmp_path: Path, capsys):
    copy = tmp_path / "river.toml"
    shutil.copy(FIXTURE, copy)
    assert main(["snapshot", str(copy), "--label", "july", "--date", "2026-07-01"]) == 0
    kept = load(copy).snapshots
    assert [s.label for s in kept] == ["march", "june", "july"]
    assert kept[2].taken == "2026-07-01" and kept[2].stakeholders == kept[1].stakeholders
    raw = tomllib.loads(copy.read_text(encoding="utf-8"))
    assert raw["version"] == FORMAT_VERSION and raw["snapshots"][2]["ties"] == [
        "t2 s2 s3 weak",
        "t3 s1 s3 strong",
        "t5 s3 s5 weak",
    ]
    before = copy.read_bytes()
    capsys.readouterr()
    assert main(["snapshot", str(copy), "--label", "july"]) == 1
    assert "july" in capsys.readouterr().err
    assert copy.read_bytes() == before


def test_phakhi_diff_since_a_label_that_is_not_there(capsys):
    assert main(["diff", str(FIXTURE), "--since", "april", "--lang", "en"]) == 1
    assert "no snapshot called april" in capsys.readouterr().err


def test_a_snapshot_is_one_undo_step():
    workbook = load()
    editor = Editor(workbook)
    editor.add_snapshot(take(workbook, "now", "2026-07-01"))
    assert len(workbook.snapshots) == 3
    with pytest.raises(EditError):
        editor.add_snapshot(take(workbook, "march", "2026-07-01"))
    editor.undo()
    assert [s.label for s in workbook.snapshots] == ["march", "june"]


# --- hostile snapshots: each problem at its line ---------------------------------


def problems(text: str) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        store.parse(text.encode("utf-8"), "river.toml")
    return [str(p) for p in caught.value.problems]


FIXED = FIXTURE.read_text(encoding="utf-8")


#: Each problem names the line of its key (a line of a list is quoted in the message).
@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            '    "t9 s2 s4 weak",',
            '    "t9 s2 s7 weak",',
            'river.toml:108:1: a line of a snapshot cannot be read: t9 s2 s7 weak — write each tie as "id end end strength"',
        ),
        (
            '    "s4 people Market",',
            '    "s4 farmers Market",',
            'river.toml:102:1: a line of a snapshot cannot be read: s4 farmers Market — write each one as "id sector name"',
        ),
        ('taken = "2026-06-30"', 'taken = "30/6/2569"', "river.toml:119:1: taken = 30/6/2569 is not a day"),
        ("density = 0.5", "density = 5", "river.toml:120:1: density = 5 is not a measure from 0 to 1"),
        ('label = "june"', 'label = "march"', "river.toml:118:1: snapshot march again (first at line 92)"),
        (
            '    "s5",\n]\nhubs',
            '    "s9",\n]\nhubs',
            "river.toml:123:1: key_players must list ids of this snapshot's stakeholders",
        ),
        ("version = 4", "version = 1", "river.toml:91:1: snapshots came with format version 2"),
        ('shape = "centralised"', 'shape = ["centralised"]', "river.toml:122:1: shape ="),
        ('label = "june"', "label = 7", "river.toml:118:1: label should be text"),
    ],
)
def test_a_broken_snapshot_is_reported_at_its_line(old, new, expected):
    assert old in FIXED
    found = problems(FIXED.replace(old, new, 1))
    assert any(p.startswith(expected) for p in found), found


# --- in the app: the palette's command -------------------------------------------


@pytest.mark.usefixtures("quick_autosave")
async def test_the_palette_keeps_a_snapshot_of_today_and_ctrl_z_takes_it_back(tmp_path: Path) -> None:
    from textual.command import CommandList, CommandPalette

    from tests.ui_helpers import settle, type_text
    from tui.app import make_app
    from tui.core.document import Document
    from tui.core.i18n import tr

    copy = tmp_path / "river.toml"
    shutil.copy(FIXTURE, copy)
    app = make_app(Document.open(copy, Language.EN))
    today = days.today().isoformat()  # the day the screens follow (fixed by conftest)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "snapshot")
        for _ in range(100):  # the palette lists what matches (a busy machine takes a while)
            await pilot.pause(0.05)
            shown = app.screen.query(CommandList)
            if shown and shown.first().option_count:
                break
        assert str(shown.first().get_option_at_index(0).prompt) == tr(Language.EN, "command.snapshot")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        kept = app.document.workbook.snapshots
        assert [s.label for s in kept] == ["march", "june", today]
        assert kept[2].stakeholders == kept[1].stakeholders and kept[2].hubs == ("s3",)
        await settle(pilot)
        assert [s.label for s in load(copy).snapshots] == ["march", "june", today]
        await pilot.press("ctrl+z")
        assert [s.label for s in app.document.workbook.snapshots] == ["march", "june"]


def test_phakhi_snapshot_takes_the_measures_from_a_current_analysis_and_keeps_it_current(tmp_path: Path, monkeypatch):
    from tui.core import derived

    copy = tmp_path / "river.toml"
    workbook = load()
    store.save(workbook, copy, store.NO_FILE)  # with its [analysis] section, current
    assert derived.standing(copy.read_bytes()) == "current"

    def no_analysis(*args):
        raise AssertionError("worked out again")

    monkeypatch.setattr("tui.core.snapshots._worked_out", no_analysis)
    monkeypatch.setattr("tui.core.derived.analysis", no_analysis)
    assert main(["snapshot", str(copy), "--label", "july", "--date", "2026-07-01"]) == 0
    data = copy.read_bytes()
    assert derived.standing(data) == "current"  # the section names the new entries
    june = load().snapshots[1]  # the network has not changed since June: the same, but its label and day
    assert load(copy).snapshots[2] == dataclasses.replace(june, label="july", taken="2026-07-01")


@pytest.mark.parametrize(
    ("sample", "label", "joined", "stronger"),
    [
        ("organic-farming.th.toml", "ก่อนเวทีครั้งที่ 2", "เข้าร่วมใหม่ (2): ", "แน่นแฟ้นขึ้น (1): "),
        ("clean-energy.en.toml", "before the first convening", "Joined (2): ", "Strengthened (1): "),
    ],
)
def test_each_sample_keeps_an_earlier_snapshot_that_diff_reads_in_its_language(capsys, sample, label, joined, stronger):
    path = Path(__file__).resolve().parent.parent / "samples" / sample
    workbook = load(path)
    assert [s.label for s in workbook.snapshots] == [label]
    assert main(["diff", str(path), "--since", label]) == 0
    lines = capsys.readouterr().out.splitlines()
    newcomers = ", ".join(s.name for s in list(workbook.stakeholders)[-2:])  # the sample's last two joined since
    first_tight = next(t for t in workbook.ties if t.strength == "strong")  # loose then
    names = {s.id: s.name for s in workbook.stakeholders}
    assert joined + newcomers in lines
    assert f"{stronger}{names[first_tight.a]} – {names[first_tight.b]}" in lines


def test_phakhi_diff_takes_the_measures_now_from_a_current_analysis(tmp_path: Path, monkeypatch, capsys):
    copy = tmp_path / "river.toml"
    store.save(load(), copy, store.NO_FILE)  # with its [analysis] section, current

    def no_analysis(*args):
        raise AssertionError("worked out again")

    monkeypatch.setattr("tui.core.snapshots._worked_out", no_analysis)
    assert main(["diff", str(copy), "--since", "march", "--lang", "en"]) == 0
    assert "Hubs gained: Fishers; lost: none" in capsys.readouterr().out.splitlines()
