"""Terminal cell widths of Thai, Latin, CJK and emoji text — counted by hand."""

from __future__ import annotations

import pytest

from tui.core.cells import cell_width, fit


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("abc", 3),
        ("นายก", 4),
        ("ผู้ใหญ่บ้าน", 7),  # ผ ู ้ ใ ห ญ ่ บ ้ า น: four marks take no cell
        ("กลุ่มเกษตรอินทรีย์", 13),  # 18 characters, 5 of them marks
        ("ม.อ.", 4),
        ("中文", 4),
        ("🤝", 2),
        ("", 0),
    ],
)
def test_cell_width(text: str, cells: int) -> None:
    assert cell_width(text) == cells


def test_fit_leaves_short_text_alone() -> None:
    assert fit("นายก ทม.", 8) == "นายก ทม."


def test_fit_cuts_by_cells_and_keeps_marks_with_their_letter() -> None:
    cut = fit("กลุ่มเกษตรอินทรีย์", 6)
    assert cut == "กลุ่มเก…"
    assert cell_width(cut) == 6


def test_fit_never_splits_a_wide_character() -> None:
    assert fit("中文字", 4) == "中…"
    assert cell_width(fit("中文字", 4)) == 3
