"""The network health check: the seeds' checklists, ``[[health]]`` reviews in the file,
and the sums a report makes of them (worked by hand below)."""

from __future__ import annotations

import pytest

from tui.core import health, model, store
from tui.core.i18n import tr
from tui.core.model import Stakeholder, Tie, Workbook
from tui.core.problems import WorkbookError
from tui.core.records import Records, TieRecords
from tui.core.vocab import Language

HEAD = 'format = "phakhi-workbook"\nversion = 4\nlanguage = "en"\n'

#: Two reviews of the seven components. By hand: March 3+3+4+2+3+3+3 = 21, 21 / 7 = 3.0;
#: June 4+3+4+3+4+4+3 = 25, 25 / 7 = 3.571… → 3.6.
TWO_REVIEWS = (
    HEAD
    + """
[[health]]
label = "March"
day = "2026-03-01"
checklists = [
    "components",
]

[health.scores]
perception = 3
vision = 3
interests = 4
participation = 2
complementary = 3
interdependence = 3
interaction = 3

[health.notes]
participation = "Only the chair speaks at meetings"

[[health]]
label = "June"
day = "2026-06-01"
checklists = [
    "components",
]

[health.scores]
perception = 4
vision = 3
interests = 4
participation = 3
complementary = 4
interdependence = 4
interaction = 3
"""
)


def parse(text: str, lang: Language = Language.EN) -> model.Workbook:
    return store.parse(text.encode(), "w.toml", lang)


def problems(text: str, lang: Language = Language.EN) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        parse(text, lang)
    return [str(p) for p in caught.value.problems]


def test_the_checklists_are_the_seeds() -> None:
    counts = {name: len(health.items_of([name])) for name in health.CHECKLISTS}
    # 7 components (002:19-25), 4 questions (000:160), 6 principles (002:171-176),
    # 9 qualities (002:184-192), 5 factors (000:226), 6 + 3 risks (000:220, 000:222).
    assert counts == {"components": 7, "diagnosis": 4, "keeping": 6, "leaders": 9, "factors": 5, "risks": 9}
    assert health.item_text(Language.TH, "interdependence") == "มีการเกื้อหนุนพึ่งพากัน"
    sentence, seed = health.says(Language.TH, "interdependence")
    assert "หากเอาหุ้นส่วนคนใดคนหนึ่งออกไปจะทำให้เครือข่ายล้มลงได้" in sentence and seed == "002:86"
    # An item with no sentence of its own shows its checklist's opening one.
    assert health.says(Language.EN, "results")[1] == "000:160"
    for item in health.ITEMS:  # every item has words in both languages
        assert health.item_text(Language.TH, item.id) and health.item_text(Language.EN, item.id)


def test_two_reviews_round_trip() -> None:
    workbook = parse(TWO_REVIEWS)
    march, june = workbook.health
    assert (march.label, march.day, march.checklists) == ("March", "2026-03-01", ["components"])
    assert march.scores["participation"] == 2 and june.scores["participation"] == 3
    assert march.notes == {"participation": "Only the chair speaks at meetings"}
    assert store.entries_text(workbook) == TWO_REVIEWS.lstrip("\n")
    assert parse(store.dumps(workbook)).health == workbook.health


def test_average_trend_weakest_by_hand() -> None:
    march, june = parse(TWO_REVIEWS).health
    assert health.average(march) == 3.0
    assert health.average(june) == pytest.approx(25 / 7)
    assert health.shown_average(health.average(march)) == "3.0"
    assert health.shown_average(health.average(june)) == "3.6"
    assert health.shown_average(None) == "–"
    assert health.average(march, "diagnosis") is None
    assert health.trend([march, june], "participation") == [2, 3]
    assert health.trend([march, june], "results") == [None, None]
    # March: participation 2, then the 3s in checklist order.
    assert [item.id for item in health.weakest(march)] == ["participation", "perception", "vision"]
    assert [item.id for item in health.weakest(june)] == ["vision", "participation", "interaction"]


def test_a_scored_item_brings_its_checklist() -> None:
    text = HEAD + '\n[[health]]\nlabel = "a"\nday = "2026-01-01"\n\n[health.scores]\nrisk_funder = 2\n'
    (review,) = parse(text).health
    # No checklists key: the default two, and the risks, one of whose items is scored.
    assert review.checklists == ["components", "diagnosis", "risks"]


def test_wrong_health_is_reported_at_its_line() -> None:
    text = (
        HEAD
        + """
[[health]]
label = "a"
day = "1/3/2569"
checklists = ["components", "wellness"]

[health.scores]
perception = 7
visoin = 3
vision = "high"

[health.notes]
trust = 5

[[health]]
day = "2026-01-01"

[[health]]
label = "a"
day = "2026-02-01"
colour = "red"
"""
    )
    assert problems(text) == [
        'w.toml:7:1: day = 1/3/2569 is not a day — write the day as YYYY-MM-DD, e.g. day = "2026-03-01"',
        'w.toml:8:1: checklists = "wellness" is not one of the allowed values'
        " — use one of: components, diagnosis, keeping, leaders, factors, risks",
        "w.toml:11:1: perception = 7 is out of range — use a whole number from 1 to 5",
        "w.toml:12:1: unknown key visoin in [health.scores] — remove it, or did you mean vision?",
        "w.toml:13:1: vision should be a whole number, not text — write it as a whole number, e.g. 3",
        'w.toml:16:1: trust should be text, not a whole number — write it as text, e.g. "..."',
        'w.toml:18:1: [[health]] has no label — add label = "…"',
        "w.toml:24:1: unknown key colour in [[health]] — remove it or correct the spelling",
    ]


def test_a_label_twice_is_reported() -> None:
    text = TWO_REVIEWS.replace('label = "June"', 'label = "March"')
    (found,) = problems(text)
    assert found.startswith("w.toml:25:1: health review March again (first at line 6)")
    assert problems(text, Language.TH)[0].startswith("w.toml:25:1: การตรวจสุขภาพเครือข่าย March ซ้ำกับที่บรรทัด 6")


def test_health_in_an_older_file_is_told_to_say_version_3() -> None:
    text = TWO_REVIEWS.replace("version = 4", "version = 2")
    (found,) = problems(text)
    assert found.startswith("w.toml:5:1: health came with format version 3") and "version = 3" in found


def test_not_a_list_of_tables() -> None:
    (found,) = problems(HEAD + 'health = "good"\n')
    assert found.startswith("w.toml:4:1: health") and "[[health]]" in found


def test_hints_are_words_not_scores() -> None:
    found = health.hints(Language.EN, ["Mayor"], ["academic"])
    assert found == {
        "information": "Information bottlenecks on the map: Mayor",
        "diverse_views": "Sectors with no stakeholder: academic",
    }
    assert health.hints(Language.TH, [], [])["information"] == tr(Language.TH, "health.hint.no_bottleneck")


def test_trust_on_the_ties_is_a_hint_beside_the_leaders_trust() -> None:
    """Trust 4 and 2 on two ties of the network as it stands, 5 on a tie that ended: 3.0 of 5."""
    assert "trust" in health.HINTED
    people = Records([Stakeholder(id=i, name=i) for i in ("a", "b", "c")])
    ties = [Tie(id="t1", a="a", b="b", trust=4), Tie(id="t2", a="b", b="c", trust=2)]
    ended = Tie(id="t3", a="a", b="c", trust=5, ended="2026-01-01")
    workbook = Workbook(stakeholders=people, ties=TieRecords([*ties, ended]))
    assert health.trust_hint(Language.EN, workbook) == "Trust on the ties (step 4): 3.0 of 5 on average, 2 ties scored"
    assert health.trust_hint(Language.TH, Workbook()) == tr(Language.TH, "health.hint.no_trust")


def test_scores_and_notes_are_edits_undone_one_at_a_time() -> None:
    from tui.core.edit import EditError, Editor

    workbook = parse(TWO_REVIEWS)
    editor = Editor(workbook)
    review = editor.add_review("September", "2026-09-01", ["diagnosis", "components"])
    assert review.checklists == ["components", "diagnosis"] and workbook.health[-1] is review
    with pytest.raises(EditError):
        editor.add_review("March", "2026-09-02", ["components"])  # the label is taken
    with pytest.raises(EditError):
        editor.add_review("Later", "1/9/2569", ["components"])  # not a day
    editor.score_item(review, "perception", 4)
    editor.score_item(review, "perception", 5)
    assert editor.score_item(review, "perception", 5) is None
    for typed in ("N", "Ne", "New"):
        editor.note_item(review, "perception", typed, coalesce=True)
    assert review.notes == {"perception": "New"}
    editor.undo()  # the whole note, typed in one go
    assert review.notes == {} and review.scores == {"perception": 5}
    editor.undo()
    assert review.scores == {"perception": 4}
    editor.undo()
    assert review.scores == {}
    editor.undo()
    assert workbook.health[-1].label == "June"
    with pytest.raises(EditError):
        editor.score_item(workbook.health[0], "vision", 6)
    editor.score_item(workbook.health[0], "vision", None)
    assert "vision" not in workbook.health[0].scores and parse(store.dumps(workbook)).health == workbook.health


def test_phakhi_health_prints_the_latest_review_and_the_trend(tmp_path, capsys) -> None:
    from tui.cli import main

    path = tmp_path / "w.toml"
    path.write_text(TWO_REVIEWS + '\n[health.notes]\nvision = "No plan\\nyet"\n', encoding="utf-8")
    assert main(["health", str(path)]) == 0
    out = capsys.readouterr().out
    assert out == (
        "Network health, latest review: June (2026-06-01), of 2\n"
        "Average score: 3.0 → 3.6\n"
        "\n"
        "The components of a network: 3.0 → 3.6\n"
        "  4  (3 → 4)  Common perception\n"
        "  3  (3 → 3)  Common vision\n"
        "       evidence: No plan yet\n"
        "  4  (4 → 4)  Mutual interests and benefits\n"
        "  3  (2 → 3)  Members' participation\n"
        "  4  (3 → 4)  Complementary relationship\n"
        "  4  (3 → 4)  Interdependence\n"
        "  3  (3 → 3)  Interaction as exchange\n"
        "\n"
        "Weakest: Common vision (3), Members' participation (3), Interaction as exchange (3)\n"
    )
    assert main(["health", str(path), "--lang", "th"]) == 0
    thai = capsys.readouterr().out
    assert thai.startswith("ตรวจสุขภาพเครือข่ายล่าสุด: June (2026-06-01) จากทั้งหมด 2 ครั้ง\nคะแนนเฉลี่ย: 3.0 → 3.6\n")
    assert "  3  (2 → 3)  การมีส่วนร่วมของสมาชิกในเครือข่าย\n" in thai
    assert "       หลักฐาน: No plan yet\n" in thai


def test_phakhi_health_without_reviews_and_on_a_wrong_file(tmp_path, capsys) -> None:
    from tui.cli import main

    path = tmp_path / "w.toml"
    path.write_text(HEAD, encoding="utf-8")
    assert main(["health", str(path)]) == 0
    assert capsys.readouterr().out == "No health review yet. Score one in the app: press h on the home screen\n"
    path.write_text(HEAD + '\n[[health]]\nlabel = "a"\nday = "soon"\n', encoding="utf-8")
    assert main(["health", str(path)]) == 2
    assert "w.toml:7:1: day = soon is not a day" in capsys.readouterr().err


def test_the_report_shows_the_latest_scores_the_trend_and_the_weakest_three() -> None:
    from tui.core.report import build_report
    from tui.core.report.blocks import Fields, Heading, Table

    blocks = build_report(parse(TWO_REVIEWS)).blocks
    start = blocks.index(Heading("Network health"))
    fields, table = [b for b in blocks[start:] if isinstance(b, (Fields, Table))][:2]
    facts = {field.label: field.value for field in fields.items}
    # By hand (see TWO_REVIEWS): March 21 / 7 = 3.0, June 25 / 7 = 3.6.
    assert facts == {"Latest review": "June · 2026-06-01", "Average score": "3.0 (March) → 3.6 (June)"}
    assert isinstance(fields, Fields) and isinstance(table, Table)
    assert table.header == ("Item", "Score", "Trend", "Evidence")
    assert table.rows[3] == ("Members' participation", "3", "2 → 3", "")
    weakest = [b for b in blocks[start:] if isinstance(b, Fields)][-1]
    assert [(f.label, f.value) for f in weakest.items] == [
        ("Common vision", "3"),
        ("Members' participation", "3"),
        ("Interaction as exchange", "3"),
    ]
    assert weakest.items[1].note == "“Members should stand as equals, each a “partner” of the network” (seed 002:67)"
    thai = build_report(parse(TWO_REVIEWS), lang=Language.TH).blocks
    assert Heading("สุขภาพเครือข่าย") in thai
    # No review, no section.
    assert not any(b == Heading("Network health") for b in build_report(parse(HEAD)).blocks)


def test_every_item_is_traced_in_the_vocabulary() -> None:
    """docs/VOCABULARY.md names every item by its id with its Thai words, and every checklist."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "VOCABULARY.md").read_text(encoding="utf-8")
    section = text.split("## The network health check", 1)[1].split("\n## ", 1)[0]
    for item in health.ITEMS:
        assert f"`{item.id}` {health.item_text(Language.TH, item.id)}" in section, item.id
    for name in health.CHECKLISTS:
        assert f"`{name}` {health.checklist_name(Language.TH, name)}" in section, name
