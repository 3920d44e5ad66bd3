"""The map marked against a snapshot: ``+`` before who is new, the new and the gone in words.

tests/fixtures/river-over-time.toml (worked by hand in tests/test_snapshots.py):
since the March snapshot the Temple joined, tied to the Fishers; the Market left
on 2026-04-30 with its three ties; the tie Mayor – River school ended on
2026-05-15. The marked map draws the network as it stands, so the read-back
parser (tests/map_parser.py) must find exactly the three ties of now.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from map_parser import legend_names, parse
from test_map_exact import expected_ties

from tui.cli import main
from tui.core import store
from tui.core.current import current
from tui.core.since import Since, latest, named, since
from tui.core.textmap import MapOptions, View, render
from tui.core.vocab import Language

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "river-over-time.toml"
SAMPLES = ROOT / "samples"

#: Worked by hand from the fixture (see the module's docstring).
SINCE_MARCH = {
    Language.EN: Since(
        label="march",
        taken="2026-03-01",
        new=frozenset({"s5"}),
        new_ties=("Fishers – Temple",),
        gone=("Market (left 2026-04-30)",),
        gone_ties=(
            "Mayor – River school (ended 2026-05-15)",
            "Fishers – Market",
            "Mayor – Market",
            "River school – Market",
        ),
    ),
    Language.TH: Since(
        label="march",
        taken="2026-03-01",
        new=frozenset({"s5"}),
        new_ties=("Fishers – Temple",),
        gone=("Market (ออกแล้ว 2026-04-30)",),
        gone_ties=(
            "Mayor – River school (สิ้นสุด 2026-05-15)",
            "Fishers – Market",
            "Mayor – Market",
            "River school – Market",
        ),
    ),
}
LEGEND = {
    Language.EN: [
        '+ marks who is new since the snapshot "march" (2026-03-01)',
        "  New ties (1): Fishers – Temple",
        "  Gone, not in the network now (1): Market (left 2026-04-30)",
        "  Ties gone (4): Mayor – River school (ended 2026-05-15), Fishers – Market,",
        "    Mayor – Market, River school – Market",
    ],
    Language.TH: [
        '+ คือเข้าร่วมใหม่นับจากบันทึกสภาพเครือข่าย "march" (2026-03-01)',
        "  ความสัมพันธ์ใหม่ (1): Fishers – Temple",
        "  หายไป ไม่อยู่ในเครือข่ายแล้ว (1): Market (ออกแล้ว 2026-04-30)",
        "  ความสัมพันธ์ที่หายไป (4): Mayor – River school (สิ้นสุด 2026-05-15), Fishers – Market,",
        "    Mayor – Market, River school – Market",
    ],
}


def river():
    return store.load(FIXTURE)[0]


@pytest.mark.parametrize("lang", [Language.EN, Language.TH])
def test_what_is_new_and_gone_since_march_as_worked_by_hand(lang):
    workbook = river()
    march = named(workbook, "march")
    assert march is not None
    assert since(workbook, march, lang) == SINCE_MARCH[lang]
    assert named(workbook, "no such label") is None


def test_the_latest_snapshot_is_the_last_taken():
    workbook = river()
    assert latest(workbook).label == "june"
    assert since(workbook, latest(workbook), Language.EN).nothing  # the june snapshot is the network now


@pytest.mark.parametrize("lang", [Language.EN, Language.TH])
@pytest.mark.parametrize("ascii_map", [False, True])
def test_the_marked_map_reads_back_as_exactly_the_ties_of_now(lang, ascii_map):
    workbook = river()
    now = current(workbook)
    marks = since(workbook, workbook.snapshots[0], lang)
    canvas = render(now, MapOptions(width=80, lang=lang, ascii=ascii_map, since=marks))
    parsed = parse(canvas.text())
    assert parsed.tie_counter() == expected_ties(now)
    assert {node.name for node in parsed.nodes if node.label.startswith("+")} == {"Temple"}
    assert {node.name for node in parsed.nodes} == {"Mayor", "River school", "Fishers", "Temple"}  # no Market
    legend = list(canvas.legend)
    start = legend.index(LEGEND[lang][0])
    assert legend[start:] == LEGEND[lang]


def test_a_numbered_marked_map_reads_back_too():
    workbook = river()
    now = current(workbook)
    marks = since(workbook, workbook.snapshots[0], Language.EN)
    canvas = render(now, MapOptions(width=40, height=12, numbered=True, fit=True, since=marks))
    parsed = parse(canvas.text())
    assert parsed.tie_counter() == expected_ties(now)
    assert [node.label for node in parsed.nodes if node.label.startswith("+")] == ["+4"]  # Temple, fourth now
    assert (
        legend_names(list(canvas.legend))["+4"] == "Temple"
    )  # the names in columns: "  2  = River school   +4 = Temple"


def test_the_list_marks_the_new_and_the_overview_names_them():
    workbook = river()
    now = current(workbook)
    marks = since(workbook, workbook.snapshots[0], Language.EN)
    listed = render(now, MapOptions(view=View.LIST, since=marks)).lines
    assert any(line.strip().startswith("Fishers") and line.endswith("+Temple") for line in listed)
    assert sum("+" in line for line in listed) == 1
    overview = render(now, MapOptions(view=View.OVERVIEW, since=marks), clusters=(("s1", "s2"), ("s3", "s5")))
    assert "  New (1): Temple" in overview.legend


def test_without_marks_the_map_is_as_before():
    workbook = river()
    now = current(workbook)
    assert render(now, MapOptions(width=60)) == render(now, MapOptions(width=60, since=None))
    plain = render(now, MapOptions(width=60)).text()
    assert "+" not in plain


@pytest.mark.parametrize(
    ("sample", "label", "legend_title"),
    [
        ("organic-farming.th.toml", "ก่อนเวทีครั้งที่ 2", "+ คือเข้าร่วมใหม่"),
        ("clean-energy.en.toml", "before the first convening", "+ marks who is new"),
    ],
)
def test_phakhi_map_since_a_label_on_each_sample(capsys, sample, label, legend_title):
    path = SAMPLES / sample
    assert main(["map", str(path), "--since", label, "--width", "100"]) == 0
    out = capsys.readouterr().out
    workbook = store.load(path)[0]
    now = current(workbook)
    parsed = parse(out)
    assert parsed.tie_counter() == expected_ties(now)
    newcomers = {s.name for s in list(workbook.stakeholders)[-2:]}  # the samples' last two joined since
    assert {node.name for node in parsed.nodes if node.label.startswith("+")} == newcomers
    assert any(line.startswith(legend_title) for line in out.splitlines())
    (who_left,) = (s for s in workbook.stakeholders if s.left)
    assert who_left.name in out.split(legend_title, 1)[1]  # said below the map
    assert who_left.name not in Counter(name for tie in parsed.ties for name in tie[:2])


def test_phakhi_map_since_a_label_that_is_not_there(capsys):
    assert main(["map", str(FIXTURE), "--since", "april", "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no snapshot called april" in captured.err and "march, june" in captured.err
