"""The step 6 grid drawn as text: names in the right cells, every line the same width."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.core.cells import cell_width, fit
from tui.core.grid_text import GAP, draw_grid, names_within, pack, with_more
from tui.core.model import Stakeholder, Workbook
from tui.core.vocab import Language


def workbook() -> Workbook:
    return Workbook(
        stakeholders=[
            Stakeholder("s1", "นายก ทม.", influence=5, interest=5, key_leader=True),
            Stakeholder("s2", "สปสช.", influence=4, interest=3),
            Stakeholder("s3", "ชาคริต", influence=3, interest=4),
            Stakeholder("s4", "พ่อค้าคนกลาง", influence=1, interest=1),
            Stakeholder("s5", "ยังไม่ให้คะแนน", influence=2),
        ]
    )


def cell_text(lines: list[str], row: int, column: int) -> str:
    """Text of one cell: row 0 top / 1 bottom, column 0 left / 1 right."""
    middle = next(i for i, line in enumerate(lines) if line.startswith("├"))
    body = lines[1:middle] if row == 0 else lines[middle + 1 : -2]
    return " ".join(line.split("│")[1 + column].strip() for line in body).strip()


def test_every_line_is_exactly_the_width_in_cells() -> None:
    lines = draw_grid(workbook(), 70, 14, Language.TH)
    assert len(lines) == 14
    assert {cell_width(line) for line in lines} == {70}


def test_names_sit_in_the_seed_quadrants_with_marks() -> None:
    lines = draw_grid(workbook(), 70, 14, Language.TH)
    assert "1 อิทธิพลมาก สนใจมาก" in lines[0] and "2 อิทธิพลมาก สนใจน้อย" in lines[0]
    assert lines[0].index("2 อิทธิพลมาก") < lines[0].index("1 อิทธิพลมาก")  # 2 on the left
    assert cell_text(lines, 0, 1) == "★♦ นายก ทม."  # 1: top right, key player and leader
    assert cell_text(lines, 0, 0) == "สปสช."  # 2: top left (interest 3 is not high)
    assert cell_text(lines, 1, 1) == "★ ชาคริต"  # 3: bottom right (influence 3 is not high)
    assert cell_text(lines, 1, 0) == "พ่อค้าคนกลาง"  # 4: bottom left
    assert "ยังไม่ให้คะแนน" not in "\n".join(lines)  # unscored: not placed


def test_names_that_do_not_fit_are_counted() -> None:
    names = [f"กลุ่มที่ {n}" for n in range(1, 21)]
    lines = pack(names, 24, 2, Language.EN)
    assert len(lines) == 2
    assert lines[-1].endswith("more")
    shown = [name for line in lines for name in line.split("  ") if name.startswith("กลุ่มที่")]
    assert shown == names[: len(shown)]  # whole names, in order
    assert lines[-1].endswith(f"…and {20 - len(shown)} more")
    assert all(cell_width(line) <= 24 for line in lines)


def pack_every_name(names: list[str], width: int, rows: int, lang: Language) -> list[str]:
    """The packing as it was: every name flowed into lines, then the lines below ``rows`` counted."""
    lines: list[list[str]] = [[]]
    for name in (fit(n, width) for n in names):
        if cell_width(GAP.join([*lines[-1], name])) > width:
            lines.append([])
        lines[-1].append(name)
    if len(lines) <= rows:
        return [GAP.join(line) for line in lines if line]
    return with_more(lines[:rows], sum(len(line) for line in lines[rows:]), width, lang)


@given(
    names=st.lists(st.text(alphabet="กขคง้่ ิab1", min_size=1, max_size=30), max_size=60),
    width=st.integers(4, 40),
    rows=st.integers(1, 6),
    lang=st.sampled_from(Language),
)
def test_measuring_only_the_names_shown_packs_as_flowing_every_name(
    names: list[str], width: int, rows: int, lang: Language
) -> None:
    """Step 6 at 10,000 stakeholders stops measuring once a cell is full: the same lines."""
    assert pack(names, width, rows, lang) == pack_every_name(names, width, rows, lang)


def test_the_names_not_yet_scored_are_cut_to_whole_names_and_counted() -> None:
    names = [f"กลุ่ม {n}" for n in range(1, 1001)]
    note = names_within(names, 60, Language.EN)
    assert cell_width(note) <= 60
    shown, _, more = note.rpartition(" …and ")
    assert shown.split(", ") == names[: len(shown.split(", "))]  # whole names, in order
    assert more == f"{1000 - len(shown.split(', '))} more"
    assert names_within(names[:3], 60, Language.TH) == "กลุ่ม 1, กลุ่ม 2, กลุ่ม 3"  # all of them when they fit
