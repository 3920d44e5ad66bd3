"""Kumu CSV carries the network's history where Kumu's timeline reads it, and the import reads it back.

A workbook worked by hand: a snapshot on 2023-05-01 has the Mayor and the
Fishers, tied; one on 2024-02-01 also the Temple, tied to the Fishers (both
joined between the two). The Temple left on 2025-03-01, and the tie Mayor –
Fishers ended on 2024-06-30. The history's years run from 2023 to 2025. So:

=============== ========== ========== ================
who             Start Date End Date   Tags (years in)
=============== ========== ========== ================
Mayor                                 2023|2024|2025
Fishers                               2023|2024|2025
Temple          2024-02-01 2025-03-01 2024|2025
Mayor – Fishers            2024-06-30 2023|2024
Fishers – Temple 2024-02-01           2024|2025
=============== ========== ========== ================
"""

from __future__ import annotations

import csv
import io

import pytest

from tui.core import model
from tui.core.edit import Editor
from tui.core.io import ImportProblems, Source, export, import_sources
from tui.core.snapshots import take


def history() -> model.Workbook:
    editor = Editor(model.Workbook())
    editor.set_language("en")
    mayor = editor.add_stakeholder("Mayor", "government", "individual").id
    fishers = editor.add_stakeholder("Fishers", "people", "network").id
    old_tie = editor.add_tie(mayor, fishers).id
    editor.add_snapshot(take(editor.workbook, "first", "2023-05-01"))
    temple = editor.add_stakeholder("Temple", "people", "node").id
    editor.add_tie(fishers, temple)
    editor.add_snapshot(take(editor.workbook, "second", "2024-02-01"))
    editor.end_tie(old_tie, "2024-06-30")
    editor.mark_left(temple, "2025-03-01", "moved")
    return editor.workbook


def sheets(workbook: model.Workbook) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    elements, connections, _plan = export(workbook, "csv")
    return tuple(list(csv.DictReader(io.StringIO(f.data.decode("utf-8-sig")))) for f in (elements, connections))


def timeline(row: dict[str, str]) -> tuple[str, str, str]:
    return row["Start Date"], row["End Date"], row["Tags"]


def test_the_dates_and_years_in_the_columns_kumus_timeline_reads() -> None:
    elements, connections = sheets(history())
    assert {row["Label"]: timeline(row) for row in elements} == {
        "Mayor": ("", "", "2023|2024|2025"),
        "Fishers": ("", "", "2023|2024|2025"),
        "Temple": ("2024-02-01", "2025-03-01", "2024|2025"),
    }
    assert {(row["From"], row["To"]): timeline(row) for row in connections} == {
        ("Mayor", "Fishers"): ("", "2024-06-30", "2023|2024"),
        ("Fishers", "Temple"): ("2024-02-01", "", "2024|2025"),
    }
    assert "left" not in elements[0] and "ended" not in connections[0]  # under Kumu's heading instead


def test_without_history_the_columns_are_there_and_empty() -> None:
    workbook = history()
    workbook.snapshots = []
    for stakeholder in workbook.stakeholders:
        stakeholder.left = stakeholder.left_reason = ""
    for tie in workbook.ties:
        tie.ended = ""
    elements, connections = sheets(workbook)
    assert {timeline(row) for row in elements + connections} == {("", "", "")}


def test_the_import_reads_who_left_and_the_ties_that_ended_back() -> None:
    workbook = history()
    elements, connections, _plan = export(workbook, "csv")
    back = import_sources(Source("e.csv", elements.data), Source("c.csv", connections.data)).workbook
    assert [(s.name, s.left, s.left_reason) for s in back.stakeholders] == [
        ("Mayor", "", ""),
        ("Fishers", "", ""),
        ("Temple", "2025-03-01", "moved"),
    ]
    names = {s.id: s.name for s in back.stakeholders}
    assert [(names[t.a], names[t.b], t.ended) for t in back.ties] == [
        ("Mayor", "Fishers", "2024-06-30"),
        ("Fishers", "Temple", ""),
    ]


@pytest.mark.parametrize("heading", ["End Date", "end_date", "END DATE"])
def test_a_kumu_sheet_of_its_own_with_an_end_date(heading: str) -> None:
    elements = f"Label,Type,{heading}\nMayor,Person,\nTemple,Organization,2025-03-01\n"
    connections = f"From,To,{heading}\nMayor,Temple,2024-06-30\n"
    back = import_sources(Source("e.csv", elements.encode()), Source("c.csv", connections.encode())).workbook
    assert [s.left for s in back.stakeholders] == ["", "2025-03-01"]
    assert [t.ended for t in back.ties] == ["2024-06-30"]


def test_tags_that_are_not_years_are_not_dropped_without_a_word() -> None:
    elements = "Label,Tags\nMayor,2023|2024\nTemple,donor|partner\n"
    with pytest.raises(ImportProblems) as caught:
        import_sources(Source("e.csv", elements.encode()))
    assert any("Tags" in str(problem) for problem in caught.value.problems)
    years_only = "Label,Tags\nMayor,2023|2024\nTemple,\n"
    assert [s.name for s in import_sources(Source("e.csv", years_only.encode())).workbook.stakeholders] == [
        "Mayor",
        "Temple",
    ]
