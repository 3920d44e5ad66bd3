"""The map screen: the core's drawing in a window, found, focused, filtered by keys."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import SAMPLES
from tests.map_parser import parse
from tests.map_shapes import boxes
from tests.test_map_labels import SEGMENTED
from tests.test_map_labels import word_ends as labels_word_ends
from tests.ui_helpers import type_text
from tui.app import make_app
from tui.core import store
from tui.core.analysis.network import analyse_network
from tui.core.cells import cell_width
from tui.core.current import current
from tui.core.document import Document
from tui.core.i18n import tr
from tui.core.since import latest
from tui.core.textmap import View
from tui.core.textmap.draw import CAPS
from tui.core.vocab import Language, Sector
from tui.screens.help import HelpScreen
from tui.screens.map import LIT_LINE, PAN, MapScreen, MapView
from tui.screens.study import StudyScreen
from tui.widgets.keybar import KeyBar, shown_keys

SIZE = (80, 24)


def window_text(screen: MapScreen) -> str:
    """What the map's window shows, row by row."""
    return "\n".join(text for text, _ in screen.query_one(MapView).rows)


async def drawn(pilot) -> MapScreen:
    """The map screen once its drawing for the window is shown (the first is asked for after a refresh)."""
    for _ in range(100):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, MapScreen) and screen.canvas is not None and screen.drawn_for is not None:
            break
    assert isinstance(screen, MapScreen) and screen.canvas is not None
    return screen


def ids_by_name(document: Document) -> dict[str, str]:
    return {s.name: s.id for s in document.workbook.stakeholders}


async def test_the_map_shows_the_drawing_and_finds_a_stakeholder(sample: Path) -> None:
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas.view is View.FULL
        assert len(screen.canvas.nodes) == NOW
        shown = window_text(screen)
        ours = screen.canvas.node(ids_by_name(document)["กลุ่มเกษตรอินทรีย์"])
        assert f"[{ours.label}]" in shown  # at 80 x 24 the name may be cut, never the box
        await pilot.press("slash")
        await type_text(pilot, "ชาคริต")
        await pilot.press("enter")
        assert screen.selected == ids_by_name(document)["ชาคริต"]
        assert "ชาคริต" in window_text(screen)  # scrolled into the window
        await pilot.press("enter")  # open the record
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert app.screen.current.name == "ชาคริต"


async def test_tab_walks_the_stakeholders_in_reading_order(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        order = [n.key for n in sorted(screen.canvas.nodes, key=lambda n: (n.row, n.col))]
        first = screen.selected
        await pilot.press("tab")
        assert screen.selected == order[(order.index(first) + 1) % len(order)]
        await pilot.press("shift+tab")
        assert screen.selected == first


async def test_a_tab_highlights_its_box_in_the_window_s_text_whole_rows_at_a_time(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's text was made a cell at a time, each asked for its highlight: a Tab
    from box to box made 1,600 pieces of text for two boxes' highlight. Rows are joined
    whole, and only a highlighted box's letters (not the blanks between its words) are
    marked."""
    from rich.text import Text

    from tests.ui_helpers import calls_of

    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        view = screen.query_one(MapView)
        shown: list[list[tuple[str, tuple[tuple[int, int, str], ...]]]] = []
        show = view.show
        monkeypatch.setattr(view, "show", lambda rows: (shown.append(rows), show(rows)))
        appended = calls_of(monkeypatch, Text, "append")
        repainted = calls_of(monkeypatch, MapView, "render_line", lambda _view, y: y)
        left_from = screen.selected
        await pilot.press("tab")
        await pilot.pause()
        assert appended == []
        (rows,) = shown
        node = screen.canvas.node(screen.selected)
        height, width = screen.window_size()
        assert len(rows) == height and all(len(text) >= width for text, _ in rows if text.isascii())
        text, marks = rows[node.row - screen.top]
        start = len("".join(screen.rows[node.row][screen.left : node.col]))
        label = "".join(screen.rows[node.row][node.col : node.col + node.width])
        marked = {i for begin, end, style in marks if style == "reverse bold" for i in range(begin, end)}
        assert marked == {start + i for i, letter in enumerate(label) if not letter.isspace()}
        # only the rows of the box left and the box come to, and of their lines, are drawn again
        before, after = screen.canvas.node(left_from), node
        lines = screen.canvas.lines_of(left_from) | screen.canvas.lines_of(after.key)
        changed = {before.row - screen.top, after.row - screen.top} | {r - screen.top for r, _ in lines}
        changed &= set(range(height))
        assert set(repainted) == (changed if len(changed) <= height // 2 else set(range(height))), repainted


def lit_cells(screen: MapScreen) -> set[tuple[int, int]]:
    """The drawing's cells the window shows lit as the chosen stakeholder's lines and the names they reach."""
    lit = set()
    for y, (text, marks) in enumerate(screen.query_one(MapView).rows):
        for start, end, style in marks:
            if style == LIT_LINE:
                first = screen.left + cell_width(text[:start])
                lit |= {(screen.top + y, first + i) for i in range(cell_width(text[start:end]))}
    return lit


def lit_lines_and_names(screen: MapScreen) -> tuple[set[tuple[int, int]], set[str]]:
    """The lit cells of the drawing's lines, and the names of its boxes with lit letters."""
    lit = {cell for cell in lit_cells(screen) if cell[0] < screen.canvas.height}  # the drawing's rows
    boxes = {cell: node for cell in lit if (node := screen.canvas.node_at(*cell)) is not None}
    return lit - boxes.keys(), {node.name for node in boxes.values()}


@pytest.mark.parametrize("lang", ["th", "en"])
async def test_the_chosen_stakeholder_s_lines_are_lit_and_no_others(sample: Path, lang: str) -> None:
    """Tab from stakeholder to stakeholder: the cells lit are those of the chosen one's ties as the parser
    reads them from the glyphs (a crossing's cell too) and the names at their other ends, the lines of the
    one left go back as they were, and the status line counts them; in the clusters overview, a cluster's
    lines."""
    app = make_app(Document.open(sample), Language(lang))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        parsed = parse(screen.canvas.text())
        counts = set()
        for _ in range(6):
            await pilot.press("tab")
            await pilot.pause()
            node = screen.canvas.node(screen.selected)
            tied = [
                (a, b, path) for (a, b, _), path in zip(parsed.ties, parsed.paths, strict=True) if node.name in (a, b)
            ]
            paths = [path for *_, path in tied]
            # the lines, and the names at their other ends
            assert lit_lines_and_names(screen) == (
                {cell for path in paths for cell in path},
                {b if a == node.name else a for a, b, _ in tied},
            )
            status = str(screen.query_one("#map-status", Static).render())
            assert status.endswith(f": {len(paths)}") and node.name in status
            counts.add(len(paths))
        assert len(counts) > 1  # stakeholders with more ties and fewer: not one count for all
        await pilot.press("o")
        screen = await drawn(pilot)
        await pilot.press("tab")
        await pilot.pause()
        chosen = screen.selected
        assert screen.canvas.view is View.OVERVIEW and chosen.startswith("cluster:")
        lines = [cells for key, cells in screen.canvas.routes.items() if chosen in key.split("-")]
        lit, names = lit_lines_and_names(screen)
        assert lines and lit == {cell for cells in lines for cell in cells} and names


async def test_a_tab_and_a_pan_repaint_the_window_and_lay_nothing_out(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's new text laid the whole map screen out again at every Tab and pan (its
    size is the screen's, not its text's): a third of a Tab's processor time."""
    from textual.screen import Screen

    from tests.ui_helpers import calls_of

    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        view = screen.query_one(MapView)
        size = view.size
        laid_out = calls_of(monkeypatch, Screen, "_refresh_layout")
        first, shown = screen.selected, list(view.rows)
        await pilot.press("tab", "tab", "right", "down")
        await pilot.pause()
        assert screen.selected != first
        assert view.rows != shown  # the window shows the highlight where it went
        assert laid_out == []
        assert view.size == size


async def test_the_window_drawn_whole_asks_its_style_once_not_once_a_row(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual works a widget's style out from its ancestors at every asking: the window asked
    it for each of its rows, a tenth of the map's showing from home."""
    from textual.dom import DOMNode

    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        view = screen.query_one(MapView)
        asked: list[object] = []
        style_of = DOMNode.rich_style.fget
        assert style_of is not None

        def counted(node: DOMNode) -> object:
            if node is view:
                asked.append(node)
            return style_of(node)

        monkeypatch.setattr(DOMNode, "rich_style", property(counted))
        view._drawn.clear()
        view.refresh()
        await pilot.pause()
        assert view.size.height > 10
        assert len(asked) == 1


async def test_the_map_shown_again_is_the_same_screen_as_first_shown_and_drawn_anew(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building and laying out the map's screen was most of a visit's processor time: it is
    kept, and shown again as first shown (zoom, filters and selection back), its drawing
    made anew for a workbook changed meanwhile."""
    from textual.screen import Screen

    from tests.ui_helpers import calls_of

    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        first = await drawn(pilot)
        first_selected = first.selected
        await pilot.press("minus", "tab", "s")
        await pilot.pause()
        assert (first.zoom, first.sector) != (0, None)
        await pilot.press("escape")
        await pilot.pause()
        document.editor.add_stakeholder("ห้องเรียนใหม่")
        composed = calls_of(monkeypatch, MapScreen, "compose")
        laid_out = calls_of(monkeypatch, Screen, "_refresh_layout")
        await pilot.press("m")
        again = await drawn(pilot)
        for _ in range(40):  # the new drawing, with the stakeholder added
            if any(n.name == "ห้องเรียนใหม่" for n in again.canvas.nodes):
                break
            await pilot.pause(0.1)
        assert again is first and composed == []
        assert laid_out == []  # its title says "drawing", then the map: the same line repainted
        assert (again.zoom, again.sector, again.strength, again.view) == (0, None, None, None)
        assert any(n.name == "ห้องเรียนใหม่" for n in again.canvas.nodes)
        assert again.selected == first_selected  # the first box again, as when first shown
        await pilot.press("tab")
        assert again.selected != first_selected


async def test_views_roles_and_filters(sample: Path) -> None:
    document = Document.open(sample)
    app = make_app(document, Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        await pilot.press("h")  # hubs
        screen = await drawn(pilot)
        assert screen.marked == frozenset(analyse_network(document.workbook).hubs)
        await pilot.press("f")  # around the selected stakeholder
        screen = await drawn(pilot)
        assert screen.canvas.view is View.EGO and screen.canvas.focus == screen.selected
        await pilot.press("l")
        assert (await drawn(pilot)).canvas.view is View.LIST
        await pilot.press("a", "s")  # the whole map, people only
        screen = await drawn(pilot)
        people = {s.id for s in document.workbook.stakeholders if s.sector is Sector.PEOPLE}
        assert {n.key for n in screen.canvas.nodes} == people
        await pilot.press("plus")
        screen = await drawn(pilot)
        assert screen.zoom == 1 and screen.options().width == 120  # one and a half windows wide, to pan over
        assert "zoom ×1.5" in str(screen.query_one("#map-status").render())
        assert document.editor.generation == 0  # looking never edits


async def test_arrows_pan_the_window(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 16)) as pilot:  # a short window: the sample's map is 15 rows at +
        await pilot.press("m", "plus")  # wider than the window, and taller
        screen = await drawn(pilot)
        assert screen.top == 0
        await pilot.press("down", "down")
        bottom = screen.canvas.height - screen.window_size()[0]
        assert bottom > 0 and screen.top == min(4, bottom)  # two rows a press, to the bottom edge
        await pilot.press("pagedown")
        assert screen.top > 4 or screen.top == screen.canvas.height - screen.window_size()[0]
        await pilot.press("up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up")
        assert screen.top == 0


def on_screen(screen: MapScreen) -> list[str]:
    """The stakeholders whose whole box is in the window."""
    height, width = screen.window_size()
    return [
        n.key
        for n in screen.canvas.nodes
        if screen.top <= n.row < screen.top + height and screen.left <= n.col and n.col + n.width <= screen.left + width
    ]


def whole(screen: MapScreen) -> list[str]:
    return [n.key for n in screen.canvas.nodes if n.label == " ".join(n.name.split())]


#: The terminal sizes the map is checked at.
SIZES = [(80, 24), (120, 40), (160, 48)]
#: The Thai sample's stakeholders in the network as it stands (19, one of whom left): the map draws them.
NOW = 18


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_whole_map_is_laid_out_for_the_window(sample: Path, size: tuple[int, int]) -> None:
    """Everyone on screen at once, names whole from 120 x 40 on; the map fills the window's width."""
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=size) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas.view is View.FULL
        assert sorted(on_screen(screen)) == sorted(s.id for s in current(document.workbook).stakeholders)
        height, width = screen.window_size()
        assert screen.canvas.height <= height and screen.canvas.width <= width
        assert screen.canvas.width >= width * 0.6  # the screen's map uses the screen
        if size[0] >= 120:
            assert len(whole(screen)) == NOW


#: The Thai sample's map at 80 x 24: at most this many crossings and names cut. Its longest labels that
#: fit (14 cells) drew 4 crossings and a tie looping round an empty box; 10 cells draw 1 crossing.
CROSSINGS_AT_80 = 1
CUT_AT_80 = 12


async def test_at_80_by_24_names_are_cut_shorter_rather_than_lines_tangled(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        parsed = parse(screen.canvas.text())
        assert len(parsed.ties) == len(screen.canvas.routes)  # every tie read back
        assert parsed.crossings <= CROSSINGS_AT_80, screen.canvas.text()
        assert boxes(screen.canvas.cells) == [], screen.canvas.text()
        assert NOW - len(whole(screen)) <= CUT_AT_80


async def test_at_80_by_24_no_name_is_cut_between_letters_where_a_word_ends_in_the_room(sample: Path) -> None:
    """A cut label ends where a word (or a word of a compound: พ่อค้า|คน|กลาง) ends, by the hand segmentation
    of the sample's names, whenever one ends in the room keeping half the cap and 4 cells of the name,
    unless that cut would name two stakeholders alike (กลุ่มเกษตร… for กลุ่มเกษตรอินทรีย์ and กลุ่มเกษตรกรรมยั่งยืน)."""
    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
    names = [" ".join(n.name.split()) for n in screen.canvas.nodes if n.kind != "cluster"]
    cut = {n.label: " ".join(n.name.split()) for n in screen.canvas.nodes if n.label.endswith("…")}
    assert len(cut) >= 5, screen.canvas.text()  # at 80 x 24 the long names are cut
    cap = min(c for c in CAPS if c is not None and c >= max(map(cell_width, cut)))
    room = cap - 1
    between_letters = []
    for label, name in cut.items():
        ends = labels_word_ends(SEGMENTED.get(name, name.split(" ")))
        if label[:-1] in ends:
            continue
        fitting = [end for end in ends if cap <= 2 * (cell_width(end) + 1) and 4 <= cell_width(end) <= room]
        if any(sum(other.startswith(end) for other in names) == 1 for end in fitting):
            between_letters.append(label)
    assert between_letters == [], screen.canvas.text()
    assert len(parse(screen.canvas.text()).ties) == len(screen.canvas.routes)  # still read back exactly


async def test_a_resize_lays_the_map_out_again(sample: Path) -> None:
    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert len(whole(screen)) < NOW  # at 80 x 24 names are cut
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        screen = await drawn(pilot)
        assert screen.drawn_for == screen.window_size() and len(whole(screen)) == NOW
        assert len(on_screen(screen)) == NOW


async def test_minus_numbers_the_stakeholders_and_zero_fits_again(sample: Path) -> None:
    document = Document.open(sample)
    app = make_app(document, Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await drawn(pilot)
        await pilot.press("minus")
        screen = await drawn(pilot)
        labels = sorted(int(n.label) for n in screen.canvas.nodes)
        assert labels == list(range(1, NOW + 1))
        assert len(on_screen(screen)) == NOW
        assert "numbers for names" in str(screen.query_one("#map-status").render())
        assert not screen.check_action("zoom", (-1,))  # the smallest
        await pilot.press("0")
        screen = await drawn(pilot)
        assert screen.zoom == 0 and "to fit" in str(screen.query_one("#map-status").render())
        assert not any(n.label.isdigit() for n in screen.canvas.nodes)


def key_entries(shown: str, label: str) -> list[str]:
    """What follows ``label`` and one space on the screen, up to two spaces or the line's end: the
    name the numbers' key gives it (a number in a box has a bracket, a line or two spaces after it)."""
    name = r"[^\s\]\)\}\u2500-\u257f].*?"
    return re.findall(rf"(?:^|\s){re.escape(label)} ({name})(?=\s{{2,}}|$)", shown, flags=re.MULTILINE)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("which", ["organic-farming.th.toml", "clean-energy.en.toml"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_minus_shows_everyone_and_who_each_number_is(
    tmp_path: Path, which: str, lang: str, size: tuple[int, int]
) -> None:
    """Zoomed out, the whole map and its numbers' key are in the window at once, no page to scroll to:
    every stakeholder's numbered box and, beside or below the map, its number and name."""
    path = tmp_path / which
    shutil.copy(SAMPLES / which, path)
    document = Document.open(path)
    app = make_app(document, Language(lang))
    async with app.run_test(size=size) as pilot:
        await pilot.press("m")
        await drawn(pilot)
        await pilot.press("minus")
        screen = await drawn(pilot)
        people = current(document.workbook).stakeholders
        assert screen.canvas.view is View.FULL and len(screen.canvas.nodes) == len(people)
        assert sorted(on_screen(screen)) == sorted(s.id for s in people)
        assert (screen.top, screen.left) == (0, 0) and screen.total_height() <= screen.window_size()[0]
        shown = window_text(screen)
        for node in screen.canvas.nodes:
            entries = key_entries(shown, node.label)
            assert len(entries) == 1, (node.label, shown)
            name = " ".join(node.name.split())
            assert entries[0] == name or entries[0].endswith("…") and name.startswith(entries[0][:-1]), entries
        if which.endswith("th.toml") and size == SIZE:
            assert tr(Language(lang), "map.short") in shown
            assert all(name in shown for name in (" ".join(s.name.split()) for s in people))  # room: whole


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_map_snapshot(snap_compare, sample: Path, lang: str, size: tuple[int, int]) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert isinstance(screen, MapScreen) and len(on_screen(screen)) == NOW
        if size[0] >= 120:
            assert len(whole(screen)) == NOW

    assert snap_compare(make_app(Document.open(sample), Language(lang)), run_before=run_before, terminal_size=size)


@pytest.mark.parametrize("lang", ["th", "en"])
def test_map_zoomed_out_snapshot(snap_compare, sample: Path, lang: str) -> None:
    """At 80 x 24 after ``-``: the whole map in numbers and, beside it, who each number is."""

    async def run_before(pilot) -> None:
        await pilot.press("m")
        await drawn(pilot)
        await pilot.press("minus")
        screen = await drawn(pilot)
        assert screen.zoom == -1 and len(on_screen(screen)) == NOW

    assert snap_compare(make_app(Document.open(sample), Language(lang)), run_before=run_before, terminal_size=SIZE)


async def test_p_adds_the_chosen_stakeholder_to_the_plan_once(sample: Path) -> None:
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await drawn(pilot)
        await pilot.press("slash")
        await type_text(pilot, "นายก")
        await pilot.press("enter", "p", "p")
        rows = document.workbook.plan.rows
        assert [(r.group, r.stakeholder) for r in rows[6:]] == [("นายก ทม.", ids_by_name(document)["นายก ทม."])]


async def test_the_map_takes_the_clusters_of_the_saved_analysis_until_an_edit(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Louvain takes seconds on a province's network, and the file has the clusters already:
    the map draws with them while nothing has changed, and works them out after an edit."""
    import importlib

    from tui.core.analysis.network import read_clusters

    worked_out: list[int] = []

    def counted(graph):
        worked_out.append(graph.number_of_nodes())
        return read_clusters(graph)

    importlib.import_module("tui.core.textmap.render")._clusters.cache_clear()  # none kept from other tests
    importlib.import_module("tui.core.analysis.network")._readings.clear()  # nor readings of the same ties
    monkeypatch.setattr("tui.core.analysis.network.read_clusters", counted)
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert worked_out == []  # read from the file
        assert screen.canvas.nodes
        await pilot.press("escape")
        document.editor.update_stakeholder(document.workbook.stakeholders[0].id, "name", "กลุ่มใหม่")
        await pilot.press("m")
        await drawn(pilot)
        for _ in range(200):  # the autosave works the edited network's analysis out in the background
            if NOW in worked_out:
                break
            await pilot.pause(0.05)
        assert NOW in worked_out  # the edited network's own (the analysis's, as it saves)


def test_the_saved_analysis_is_the_files_only_while_it_holds_the_entries_edited(sample: Path) -> None:
    from tui.core import derived_read

    document = Document.open(sample)
    found = document.saved_analysis()
    now = current(document.workbook)  # the section is of the network as it stands
    assert found is not None and derived_read.clusters(now, found) == analyse_network(now).clusters
    sample.write_bytes(sample.read_bytes() + b"\n")  # changed elsewhere
    assert document.saved_analysis() is None
    document = Document.open(sample)
    document.editor.update_stakeholder(document.workbook.stakeholders[0].id, "name", "อื่น")
    assert document.saved_analysis() is None  # edited since


async def test_back_on_the_map_with_nothing_changed_it_is_not_drawn_again(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing the map is up to a second of search: going back to it with no edit between
    shows the last drawing; an edit, or another language, draws it anew."""
    from tui.screens import map as map_screen

    drawings: list[object] = []
    real = map_screen.render

    def counted(*args: object, **keywords: object) -> object:
        drawings.append(args)
        return real(*args, **keywords)

    monkeypatch.setattr(map_screen, "render", counted)
    app = make_app(Document.open(sample))
    async with app.run_test(size=(80, 24)) as pilot:

        async def visit_map() -> None:
            await pilot.press("m")
            await drawn(pilot)
            await pilot.press("escape")
            await pilot.pause()

        await visit_map()
        first = len(drawings)
        await visit_map()
        assert len(drawings) == first  # nothing changed: the same drawing
        await pilot.press("5", "3", "escape")  # an edit
        await visit_map()
        assert len(drawings) > first
        again = len(drawings)
        await pilot.press("ctrl+t")
        await visit_map()
        assert len(drawings) > again  # the other language: its own drawing
        await pilot.press("ctrl+q")


async def test_after_an_edit_the_map_is_drawn_from_the_last_drawing(sample: Path) -> None:
    """A participant adds a stakeholder, then opens the map: the drawing starts from the last one (its
    places kept, its ties' ways kept), where it was worked out from scratch. A name without ties goes
    on the rows below the ties, which are the last drawing's as they were, with no search."""
    document = Document.open(sample)
    app = make_app(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        first = (await drawn(pilot)).canvas
        assert not first.plan.warm
        await pilot.press("escape")
        await pilot.pause()
        added = document.editor.add_stakeholder("กลุ่มใหม่")
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas is not first and screen.canvas.plan is first.plan
        assert screen.canvas.node(added.id) is not None
        assert screen.canvas.routes == first.routes  # a name added: every tie kept its way
        await pilot.press("escape")
        await pilot.pause()
        document.editor.add_tie(added.id, first.nodes[0].key)
        await pilot.press("m")
        tied = await drawn(pilot)
        assert tied.canvas.plan.warm  # tied now: joins the tied part, drawn from the last drawing's places
        assert len(tied.canvas.routes) == len(first.routes) + 1
        await pilot.press("ctrl+q")


async def test_who_left_and_the_ties_that_ended_are_not_drawn(sample) -> None:
    """The map shows the network as it stands; the history stays in the file."""
    document = Document.open(sample)
    gone = document.workbook.stakeholders[0]
    document.editor.mark_left(gone.id, "2026-11-30", "moved away")
    tie = next(t for t in document.workbook.ties if gone.id not in (t.a, t.b))
    document.editor.end_tie(tie.id, "2026-11-30")
    app = make_app(document, Language.EN)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("m", "a")  # the whole map
        screen = await drawn(pilot)
        keys = {node.key for node in screen.canvas.nodes}
        assert gone.id not in keys and len(keys) == len(current(document.workbook).stakeholders)
        assert tie.id not in screen.canvas.routes


@pytest.mark.parametrize("lang", [Language.TH, Language.EN])
async def test_c_marks_what_is_new_and_gone_since_the_latest_snapshot(sample: Path, lang: Language) -> None:
    """The sample's snapshot was kept before its last two stakeholders joined and before one
    left: ``c`` draws those two with ``+`` and says under the map who is gone; ``c`` again
    takes the marks off. The key is on the bar and in the help."""
    document = Document.open(sample)
    newcomers = {s.id for s in list(document.workbook.stakeholders)[-2:]}
    (gone,) = (s for s in document.workbook.stakeholders if s.left)
    snapshot = latest(document.workbook)
    app = make_app(document, lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert not any(node.label.startswith("+") for node in screen.canvas.nodes)
        assert "key.since" in {key.description for key in shown_keys(screen)}
        await pilot.press("c")
        screen = await drawn(pilot)
        assert {node.key for node in screen.canvas.nodes if node.label.startswith("+")} == newcomers
        status = str(screen.query_one("#map-status", Static).render())
        assert snapshot.label in status and gone.name in status
        assert gone.id not in {node.key for node in screen.canvas.nodes}
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert ("c", "key.since") in app.screen.keys
        await pilot.press("escape", "c")
        screen = await drawn(pilot)
        assert not any(node.label.startswith("+") for node in screen.canvas.nodes)
        assert gone.name not in str(screen.query_one("#map-status", Static).render())
        await pilot.press("ctrl+q")


async def test_without_a_snapshot_there_is_nothing_to_mark(tmp_path: Path) -> None:
    document = Document.open(tmp_path / "new.toml")  # a new workbook: no snapshot
    document.editor.add_stakeholder("Mayor", "government", "individual")
    app = make_app(document, Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert not screen.check_action("toggle_since", ())
        assert "key.since" not in {key.description for key in shown_keys(screen)}
        await pilot.press("c")
        screen = await drawn(pilot)
        assert screen.since is None
        await pilot.press("ctrl+q")


def network_app(tmp_path: Path, network: str, lang: Language = Language.EN):
    """The app on a workbook of a networkx graph: ``gnm`` (70 stakeholders, 90 random ties, more than the
    grid's router takes) or ``lesmis`` (Les Misérables, 77 stakeholders and 254 ties, every tie weak)."""
    # imported here: tests/test_map_reading.py imports this module in a process that must not load networkx
    import networkx as nx

    from tests.analysis_helpers import plain, workbook_from_graph

    graph = nx.gnm_random_graph(70, 90, seed=2) if network == "gnm" else plain(nx.les_miserables_graph())
    path = tmp_path / f"{network}.toml"
    store.save(workbook_from_graph(graph), path, store.NO_FILE)
    return make_app(Document.open(path), lang)


async def zoomed_out_from_the_overview(pilot) -> MapScreen:
    """The map opened (a network too big to fit with names: its overview), then ``-``: the screen drawn."""
    await pilot.press("m")
    screen = await drawn(pilot)
    assert screen.canvas.view is View.OVERVIEW
    await pilot.press("minus")
    return await drawn(pilot)


async def test_minus_draws_a_network_too_big_for_the_grid_whole_in_rows(tmp_path: Path) -> None:
    """Issue 24: up to 80 stakeholders the whole map fits 160 x 48 with numbers for names. A network of 70
    stakeholders and 90 ties is its overview with names; zoomed out, every stakeholder and tie is on the
    screen, in rows of boxes with channels between them, and reads back."""
    async with network_app(tmp_path, "gnm").run_test(size=(160, 48)) as pilot:
        screen = await zoomed_out_from_the_overview(pilot)
        assert screen.canvas.view is View.FULL and len(screen.canvas.nodes) == 70
        assert len(on_screen(screen)) == 70 and len({n.row for n in screen.canvas.nodes}) >= 3
        assert len(parse(screen.canvas.text()).ties) == 90


async def test_minus_shows_les_miserables_whole_at_160_by_48(tmp_path: Path) -> None:
    """Issue 24: 77 stakeholders and 254 ties on a 160 x 48 terminal: the overview with names, and after ``-``
    everyone on the screen at once, numbered (its hubs' ties as buses), who each number is below to scroll."""
    async with network_app(tmp_path, "lesmis").run_test(size=(160, 48)) as pilot:
        screen = await zoomed_out_from_the_overview(pilot)
        assert screen.canvas.view is View.FULL and len(on_screen(screen)) == 77
        assert len(parse(screen.canvas.text()).ties) == 254


async def test_the_choice_is_carried_across_a_zoom_between_the_overview_and_the_whole_map(tmp_path: Path) -> None:
    """A cluster chosen on the overview leads, zoomed out to the whole map, to its member with the most lines
    (in the window); zoomed in again to the overview, the chosen stakeholder's cluster is chosen, not the
    first cluster (a new user's walk: the choice went back to the first each time)."""
    async with network_app(tmp_path, "gnm").run_test(size=(160, 48)) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        await pilot.press("tab", "tab")
        chosen = screen.canvas.node(screen.selected)
        assert chosen is not None and chosen.members and chosen.key != screen.canvas.nodes[0].key
        await pilot.press("minus")
        screen = await drawn(pilot)
        assert screen.canvas.view is View.FULL and screen.selected in chosen.members
        lines = {m: sum(m in ends for ends in screen.canvas.ends.values()) for m in chosen.members}
        assert lines[screen.selected] == max(lines.values())
        node, (height, _) = screen.canvas.node(screen.selected), screen.window_size()
        assert node is not None and screen.top <= node.row < screen.top + height  # in the window
        await pilot.press("tab")
        member = screen.selected
        await pilot.press("plus")
        screen = await drawn(pilot)
        assert screen.canvas.view is View.OVERVIEW
        assert member in screen.canvas.node(screen.selected).members


@pytest.mark.parametrize("lang", [Language.TH, Language.EN])
async def test_zoomed_out_the_status_says_when_the_whole_map_still_does_not_fit(tmp_path: Path, lang) -> None:
    """A network of 70 stakeholders at 80 x 24: numbered, it still does not fit, so ``-`` shows the overview
    again; the status says why rather than "numbers for names" over a map with none (a new user's walk)."""
    async with network_app(tmp_path, "gnm", lang).run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        await pilot.press("minus")
        screen = await drawn(pilot)
        assert screen.zoom == -1 and screen.canvas.view is View.OVERVIEW
        status = str(screen.query_one("#map-status", Static).render())
        assert tr(lang, "mapscreen.zoom.numbers_unfit") in status
        assert tr(lang, "mapscreen.view.overview") in status


async def test_the_key_bar_follows_what_can_act_and_is_not_told_at_a_tab_that_changes_none(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every Tab told the key bar to work out every binding again (a third of its processor
    time): now only a key that changes what can act does, and the bar still follows it."""
    from tests.ui_helpers import calls_of

    app = make_app(Document.open(sample))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        bar = screen.query_one(KeyBar)
        told = calls_of(monkeypatch, MapScreen, "refresh_bindings")
        fit = f" 0  {tr(screen.lang, 'key.zoom_fit')} "
        assert fit not in str(bar.render())  # at zoom 0 "fit" cannot act
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert told == []  # the whole map in sight at 160 x 48: a Tab changes no key
        await pilot.press("plus")
        await drawn(pilot)
        await pilot.pause()
        assert told  # zoomed in: "fit" can act, and the bar shows it
        assert fit in str(bar.render())


async def test_the_clusters_overview_names_who_is_in_each_cluster_in_the_rows_it_leaves(tmp_path: Path) -> None:
    """The karate club with long names at 120 x 40 is drawn as its four clusters, five rows of a window of 36:
    the rows under them name every member, cluster by cluster, and Tab walks the clusters, lighting the
    chosen one's names."""
    import networkx as nx

    from tests.analysis_helpers import plain, workbook_from_graph

    workbook = workbook_from_graph(plain(nx.karate_club_graph()))
    for s in workbook.stakeholders:
        s.name = f"Member {s.name}"
    path = tmp_path / "karate.toml"
    path.write_text(store.dumps(workbook), encoding="utf-8")
    app = make_app(Document.open(path), Language.EN)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas.view is View.OVERVIEW
        text = window_text(screen).split("\n")
        below = text[screen.canvas.height :]
        clusters = [node for node in screen.canvas.nodes if node.members]
        assert sum(line.startswith(node.label + " —") for node in clusters for line in below) == len(clusters)
        named = " ".join(below)
        assert all(re.search(rf" {s.name}(,| |$)", named) for s in workbook.stakeholders)
        await pilot.press("tab")
        await pilot.pause()
        chosen = screen.canvas.node(screen.selected)
        assert chosen.key.startswith("cluster:")
        # the chosen cluster's names are lit under the drawing, and no other cluster's
        rows = screen.query_one(MapView).rows
        lit = [y for y, (_, marks) in enumerate(rows) if y >= screen.canvas.height and marks]
        assert lit and all(rows[y][1][0][2] == LIT_LINE for y in lit)
        assert rows[lit[0]][0].startswith(chosen.label + " —")
        assert all(re.match(r"    \S", rows[y][0]) for y in lit[1:])  # its paragraph's later lines
        assert lit == list(range(lit[0], lit[0] + len(lit)))
        after = lit[-1] + 1
        assert after == len(rows) or not re.match(r"    \S", rows[after][0])  # the whole paragraph


async def test_on_the_overview_the_status_stays_in_sight_find_finds_anyone_and_no_command_is_shown(
    sample: Path,
) -> None:
    """From a new user's walk. At 80 columns in English the overview's status line was wider than the
    window and wrapped, and the chosen stakeholder's line below it went out of the two rows the status
    has; / found no one on the overview; zoomed out, the overview's legend ended with the command's
    options (``--focus cluster:N``), which a screen has keys for."""
    shutil.copy(SAMPLES / "clean-energy.en.toml", sample)
    app = make_app(Document.open(sample), Language.EN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await drawn(pilot)
        await pilot.press("o")
        screen = await drawn(pilot)
        await pilot.press("tab")
        await pilot.pause()
        status = screen.query_one("#map-status", Static)
        lines = str(status.render()).split("\n")
        assert len(lines) == 2 and all(cell_width(line) <= status.content_size.width for line in lines)
        assert lines[0].startswith("View: clusters overview") and lines[0].endswith("…")
        assert lines[1].startswith("Selected: cluster")
        # on the overview nobody has a box, and / found no one: it offers everyone in the network, and the
        # one found is drawn with their ties and chosen, their lines lit
        await pilot.press("slash")
        await type_text(pilot, "Maria Gonzalez")
        await pilot.press("enter")
        screen = await drawn(pilot)
        found = ids_by_name(Document.open(sample))["Maria Gonzalez"]
        assert screen.canvas.view is View.EGO and screen.canvas.focus == found == screen.selected
        assert screen.lit_count() == sum(found in (t.a, t.b) for t in screen.document.workbook.ties) > 0
        await pilot.press("o", "minus")
        screen = await drawn(pilot)
        sheet = "\n".join("".join(row) for row in screen.rows)  # the window's and the rows to pan to
        assert screen.canvas.view is View.OVERVIEW and "cluster 1" in sheet and "--focus" not in sheet


async def test_arrows_pressed_while_the_map_is_drawn_move_over_the_new_drawing(
    sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """+ draws the map wider than the window, and arrows pressed at once were lost (a new user's walk): the
    window was the old drawing's, which had nowhere to pan. They move over the new drawing once it comes."""
    import time

    app = make_app(Document.open(sample))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.left == 0 and screen.canvas.width <= SIZE[0]
        render_keyed = MapScreen.render_keyed

        def slowly(*arguments):  # a drawing that takes a while, as a first search does
            time.sleep(0.5)
            return render_keyed(*arguments)

        monkeypatch.setattr(MapScreen, "render_keyed", staticmethod(slowly))
        await pilot.press("plus", "right", "right", "right")
        assert screen.drawing()  # the keys came while it was drawn
        screen = await drawn(pilot)
        assert screen.zoom == 1 and screen.canvas.width > SIZE[0]
        assert screen.left == min(3 * PAN, screen.canvas.width - screen.window_size()[1])


async def test_on_the_overview_the_status_says_how_many_clusters_the_chosen_one_has_ties_with(tmp_path: Path) -> None:
    """Lines are drawn for the busiest pairs of clusters only, so a cluster's lit lines may be fewer than the
    clusters it has ties with (a new user's walk: cluster 8 of the large sample lit 2 lines and has ties with
    all seven others); the status line says how many."""
    shutil.copy(SAMPLES / "large.toml", tmp_path / "large.toml")
    document = Document.open(tmp_path / "large.toml")
    app = make_app(document, Language.EN)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        screen = await drawn(pilot)
        assert screen.canvas.view is View.OVERVIEW
        clusters = [node for node in screen.canvas.nodes if node.members]
        cluster_of = {member: node.key for node in clusters for member in node.members}
        fewer = 0
        for _ in clusters:
            await pilot.press("tab")
            await pilot.pause()
            chosen = screen.selected
            tied = {cluster_of.get(t.a) for t in document.workbook.ties if cluster_of.get(t.b) == chosen}
            tied |= {cluster_of.get(t.b) for t in document.workbook.ties if cluster_of.get(t.a) == chosen}
            tied -= {None, chosen}
            status = str(screen.query_one("#map-status", Static).render())
            said = f"clusters it has ties with: {len(tied)}" in status.replace("\n", " ")
            assert said == (len(tied) > screen.lit_count())
            fewer += said
        assert fewer  # some cluster has more ties than lines drawn
