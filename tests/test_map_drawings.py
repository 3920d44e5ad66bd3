"""What holds for every drawing: no two labels overlap, every line fits, ASCII is ASCII, same input same map.

The drawings are tests/test_map_exact.py's :data:`CASES` (rendered once per
session, shared with the read-back tests) and the Thai sample at narrow
widths, where labels are cut and names in the legend are wrapped.
"""

from __future__ import annotations

import re

import pytest
from map_parser import parse
from test_map_exact import CASES, drawn, sample, workbook_of

from tui.core.cells import cell_width
from tui.core.textmap import MapCanvas, MapOptions, View, render
from tui.core.textmap.glyphs import ASCII, UNICODE

LINE_GLYPHS = {
    g for style in (UNICODE, ASCII) for table in (style.weak, style.strong, style.crossings) for g in table.values()
} | {UNICODE.root}
PRINTABLE_ASCII = re.compile(r"^[\x20-\x7e]*$")
#: The Thai sample at widths where labels are cut hard and long names wrap in the legend.
NARROW = [(width, focus) for width in (20, 30, 40, 50, 64) for focus in (None, "s2")]


@pytest.fixture(scope="module", params=NARROW, ids=[f"thai-{w}{'-' + f if f else ''}" for w, f in NARROW])
def narrow(request) -> tuple[MapCanvas, int]:
    width, focus = request.param
    return render(sample("organic-farming.th.toml"), MapOptions(width=width, lang="th", focus=focus)), width


def box_text(canvas: MapCanvas, node) -> str:
    return "".join(canvas.cells[node.row][node.col : node.col + node.width])


@pytest.mark.parametrize("case", list(CASES))
def test_no_two_labels_overlap_and_no_label_covers_a_tie(case):
    canvas = drawn(case)
    assert canvas.view is not View.LIST
    taken: dict[tuple[int, int], str] = {}
    for node in canvas.nodes:
        for col in range(node.col, node.col + node.width):
            assert (node.row, col) not in taken, f"{node.key} and {taken[(node.row, col)]} share a cell"
            taken[(node.row, col)] = node.key
        # the box shows its brackets and its whole label, and nothing else
        text = box_text(canvas, node)
        assert text[0] in "([{" and text[-1] in ")]}" and text[1:-1].strip() == node.label, (text, node.label)
    for key, cells in canvas.routes.items():
        for cell in cells:
            assert cell not in taken, f"tie {key} runs under the box of {taken[cell]}"
            assert canvas.cells[cell[0]][cell[1]] in LINE_GLYPHS, (key, cell)  # no label text written over it
    # and the parser, which finds boxes by their brackets, finds exactly these
    parsed = parse(canvas.text())
    assert sorted((n.row, n.first, n.last - n.first + 1) for n in parsed.nodes) == sorted(
        (n.row, n.col, n.width) for n in canvas.nodes
    )


@pytest.mark.parametrize("case", list(CASES))
def test_every_line_of_drawing_and_legend_fits_the_width_in_cells(case):
    canvas, width = drawn(case), CASES[case].options.width
    for line in [*canvas.lines, *canvas.legend]:
        assert cell_width(line) <= width, (width, line)


def test_narrow_thai_maps_fit_and_their_wrapped_names_read_back(narrow):
    canvas, width = narrow
    for line in [*canvas.lines, *canvas.legend]:
        assert cell_width(line) <= width, (width, line)
    if canvas.view in (View.LIST, View.OVERVIEW):
        return  # no stakeholder's box to name
    # a name wrapped over several legend lines is read back whole
    parsed = parse(canvas.text())
    names = {s.id: " ".join(s.name.split()) for s in sample("organic-farming.th.toml").stakeholders}
    assert sorted(n.name for n in parsed.nodes) == sorted(names[n.key] for n in canvas.nodes)


def test_a_long_name_wraps_in_the_legend_and_reads_back():
    canvas = render(sample("organic-farming.th.toml"), MapOptions(width=34, lang="th", focus="s2"))
    assert any(line.startswith("    ") for line in canvas.legend), "the case should wrap a name"
    name = "กองสาธารณสุขและสิ่งแวดล้อม ทม."
    assert name in {n.name for n in parse(canvas.text()).nodes}


@pytest.mark.parametrize("case", [c for c in CASES if CASES[c].options.ascii])
def test_ascii_maps_are_ascii_apart_from_the_names(case):
    canvas = drawn(case)
    names = "".join(s.name for s in workbook_of(case).stakeholders)
    inside = {(n.row, c) for n in canvas.nodes for c in range(n.col, n.col + n.width)}
    for r, row in enumerate(canvas.cells):
        for c, cell in enumerate(row):
            if (r, c) not in inside:
                assert PRINTABLE_ASCII.match(cell), (r, c, cell)
    if CASES[case].options.lang == "th":
        return  # a Thai legend is in Thai
    # in an English legend and in the boxes, only names bring anything but ASCII
    foreign = {ch for line in [*canvas.lines, *canvas.legend] for ch in line if not PRINTABLE_ASCII.match(ch)}
    assert foreign <= set(names), foreign - set(names)
    if names.isascii():
        assert all(PRINTABLE_ASCII.match(line) for line in canvas.text().split("\n"))


@pytest.mark.parametrize("case", ["florentine", "thai-80", "random-16", "large-100", "karate-80-around-33"])
def test_the_same_input_gives_the_same_drawing(case):
    again = render(workbook_of(case), CASES[case].options)
    first = drawn(case)
    assert again.text() == first.text()
    assert again.nodes == first.nodes and dict(again.routes) == dict(first.routes)
