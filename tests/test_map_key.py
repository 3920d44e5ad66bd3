"""The numbers' key of a zoomed-out map shares the window with the map (tui/core/textmap/key.py)."""

from __future__ import annotations

from tui.core.cells import cell_width
from tui.core.textmap.key import GAP, MIN_MAP_WIDTH, key_lines, key_places, sheet

NAMES = ["กลุ่มเกษตรอินทรีย์", "นายก ทม.", "กองสาธารณสุขและสิ่งแวดล้อม ทม."]


def test_beside_the_map_when_the_names_fit_whole_there() -> None:
    place = key_places(NAMES, 80, 20)[0]
    # "3 " and the widest name (30 cells) after a number column of two (room for "+")
    widest = 2 + 1 + cell_width(NAMES[2])
    assert (place.beside, place.columns, place.column, place.rows, place.cut) == (True, 1, widest, 3, 0)
    assert place.map_width == 80 - GAP - widest and place.map_height == 20


def test_below_the_map_in_columns_when_beside_it_would_cut_names() -> None:
    names = [f"Stakeholder number {i}" for i in range(1, 25)]  # 24 names of 20 to 21 cells: 25 rows beside
    place = key_places(names, 80, 20)[0]
    # below: three columns of 25 cells ("+", two digits, a space, a name: each whole) take 8 rows, the heading and a blank row 10
    assert (place.beside, place.columns, place.column, place.rows, place.cut) == (False, 3, 25, 8, 0)
    assert (place.map_width, place.map_height) == (80, 10)


def test_names_are_cut_only_when_no_place_holds_them_whole() -> None:
    names = ["A very long name of a stakeholder that goes on and on"] * 2
    places = key_places(names, 60, 10)
    assert all(p.cut == 2 for p in places)  # no place holds 56 cells
    assert places[0].beside and places[0].map_width == MIN_MAP_WIDTH


def test_the_key_beside_the_drawing_cell_by_cell() -> None:
    place = key_places(["Ann", "Bo"], 50, 6)[0]
    lines = key_lines(["1", "+2"], ["Ann", "Bo"], place, "Key:", "…")
    assert lines == ["Key:", " 1 Ann", "+2 Bo"]
    rows = sheet([list("[1]-[2]")], lines, place)
    assert ["".join(row) for row in rows] == ["[1]-[2]  Key:", "          1 Ann", "         +2 Bo"]


def test_a_name_too_long_for_its_column_is_cut_with_an_ellipsis() -> None:
    place = key_places(["x" * 50, "y"], 50, 10)[0]
    lines = key_lines(["1", "2"], ["x" * 50, "y"], place, "Key:", "…")
    assert all(cell_width(line) <= place.column for line in lines[1:])
    assert lines[1].endswith("…") and lines[2] == "2 y"
