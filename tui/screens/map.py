"""The network map on screen: the core's text drawing, a window of it, and keys.

The drawing comes from :mod:`tui.core.textmap` (pure, exact: every tie owns
its cells); this screen only chooses what to draw (zoom: the map laid out
for the window, numbers for names to fit everyone, or wider than the window
to pan over; a sector or tie-strength filter, the whole map, one stakeholder's
surroundings, the clusters overview, the list), shows the part that fits,
and marks the chosen stakeholder and the roles asked for (hubs, brokers,
isolates). Drawing takes a fraction of a second, so it runs in a worker and
the keys stay live. Enter opens the chosen stakeholder's record (step 3).

The clusters that lay the map out, and the roles it marks, come from the
analyses (tui/core/map_reading.py): the section of the entries being edited,
else a child process. Meanwhile the screen says it is working them out, and
the keys act (the list needs no clusters and is drawn at once).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import groupby
from weakref import WeakKeyDictionary

from rich.markup import escape
from rich.segment import Segment
from rich.style import Style
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import get_current_worker

from tui.core.analysis.network import role_label
from tui.core.edit import Editor
from tui.core.i18n import label, tr
from tui.core.map_reading import MapNetwork, MapReading
from tui.core.model import Workbook
from tui.core.records import Records, TieRecords
from tui.core.since import MARK, Since, latest, since
from tui.core.textmap import MapCanvas, MapOptions, View, render, text_cells
from tui.core.textmap.key import KeyPlace, key_lines, key_places, sheet
from tui.core.textmap.labels import shorten
from tui.core.textmap.members import members_below
from tui.core.textmap.render import MAX_NODES, MAX_TIES
from tui.core.textmap.route import stopping_when
from tui.core.vocab import Sector, Strength
from tui.screens.base import PhakhiScreen
from tui.screens.dialog import words
from tui.screens.pick_stakeholder import StakeholderPicker, picked
from tui.widgets.steady import update_text

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("mapscreen.view.", "mapscreen.strong", "mapscreen.weak")

#: Zoom levels: -1 numbers instead of names (everyone on screen), 0 the map fitted to the window, then
#: drawings this many times the window's width, to pan over.
SMALLEST = -1
ZOOM_IN = (1.5, 2.0, 3.0)
ROLES = (None, "hubs", "brokers", "isolates")
#: The last drawing of each workbook being edited, with what it was drawn from (the edit it
#: shows, the filters, the options) and, zoomed out, where its numbers' key goes: back on the map
#: with nothing changed (from a record, from home) it is shown again at once, where drawing it
#: anew is up to a second of search; after an edit the next drawing starts from it (docs/MAP.md,
#: "Drawing again after an edit").
LAST_DRAWING: WeakKeyDictionary[Editor, tuple[tuple[object, ...], MapCanvas, KeyPlace | None]] = WeakKeyDictionary()
#: Zoomed out, the places for the numbers' key tried in turn (best first) before the map is drawn for
#: the whole window with its legend below, to scroll (a network that does not fit costs a search each).
KEY_TRIES = 2
SECTORS: tuple[Sector | None, ...] = (None, *Sector)
STRENGTHS: tuple[Strength | None, ...] = (None, Strength.STRONG, Strength.WEAK)
PAN = 4  # cells per arrow key; a page moves a window
#: The style of the chosen stakeholder's lines: one of the 16 colours, not bold (a bold light line can look
#: heavy in some terminals, and heavy is a strong tie).
LIT_LINE = "cyan"


def filtered(workbook: Workbook, sector: Sector | None, strength: Strength | None) -> Workbook:
    """The same workbook with only one sector's stakeholders and/or one strength of tie."""
    if sector is None and strength is None:
        return workbook
    people = [s for s in workbook.stakeholders if sector is None or s.sector is sector]
    kept = {s.id for s in people}
    ties = [t for t in workbook.ties if t.a in kept and t.b in kept and (strength is None or t.strength is strength)]
    return dataclasses.replace(workbook, stakeholders=Records(people), ties=TieRecords(ties))


#: A row of the window: its text, and the runs of it highlighted (start, end, style), in characters.
WindowRow = tuple[str, tuple[tuple[int, int, str], ...]]
#: Rows drawn and kept by what they show: a few windows' worth, so Tab after Tab draws two rows.
ROWS_DRAWN_KEPT = 256


class MapView(Widget, can_focus=True):
    """The window onto the drawing, drawn a row at a time; arrow keys pan it.

    A Tab moves the highlight from one box to another: the two rows they stand on are drawn
    again, not the window. (It was a Static given the window's whole text at every Tab and
    pan, each of its 20 rows wrapped and styled anew: most of a Tab's processor time.)"""

    BINDINGS = [
        Binding("left", "screen.pan(0, -1)", "key.pan", show=False),
        Binding("right", "screen.pan(0, 1)", "key.pan", show=False),
        Binding("up", "screen.pan(-1, 0)", "key.pan", show=False),
        Binding("down", "screen.pan(1, 0)", "key.pan", show=False),
        Binding("pageup", "screen.pan(-5, 0)", "widget.Page Up", show=False),
        Binding("pagedown", "screen.pan(5, 0)", "widget.Page Down", show=False),
        Binding("tab", "screen.next_node(1)", "key.next_node", show=False),
        Binding("shift+tab", "screen.next_node(-1)", "key.previous_node", show=False),
        Binding("enter", "screen.open_record", "key.open", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: What the window shows, a row at a time.
        self.rows: list[WindowRow] = []
        self._drawn: LRUCache[tuple[object, ...], Strip] = LRUCache(ROWS_DRAWN_KEPT)

    def show(self, rows: list[WindowRow]) -> None:
        """Show these rows: only those that changed are drawn again."""
        before, self.rows = self.rows, rows
        changed = [y for y, row in enumerate(rows) if y >= len(before) or before[y] != row]
        if len(before) != len(rows) or len(changed) > len(rows) // 2:
            self.refresh()
        else:
            for y in changed:
                self.refresh(Region(0, y, self.size.width, 1))

    #: The window's style while its lines are drawn (:meth:`render_lines`).
    _base: Style | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        # The window's style, worked out once for the lines drawn now: Textual works it out from
        # the widget and its ancestors at every asking, a third of the time of a line drawn.
        self._base = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._base = None

    def render_line(self, y: int) -> Strip:
        text, marks = self.rows[y] if y < len(self.rows) else ("", ())
        width, base = self.size.width, self._base or self.rich_style
        key = (text, marks, width, base)
        strip = self._drawn.get(key)
        if strip is None:
            segments, at = [], 0
            for start, end, style in marks:
                segments += [Segment(text[at:start], base), Segment(text[start:end], base + Style.parse(style))]
                at = end
            segments.append(Segment(text[at:], base))
            strip = self._drawn[key] = Strip(segments).adjust_cell_length(width, base).simplify()
        return strip

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn.clear()


@dataclasses.dataclass(frozen=True)
class ChosenLines:
    """What the chosen stakeholder (or cluster) lights: its lines' cells, as runs by row; how many lines it
    has; the nodes at their other ends."""

    runs: dict[int, list[tuple[int, int]]]
    count: int
    reached: frozenset[str]


class MapScreen(PhakhiScreen):
    title_key = "screen.map"
    KEPT = True
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.home", id="map.home", show=False),
        Binding("slash", "find", "key.find", id="map.find"),
        Binding("plus,equals_sign", "zoom(1)", "key.zoom_in", id="map.zoom_in"),
        Binding("minus", "zoom(-1)", "key.zoom_out", id="map.zoom_out"),
        Binding("0", "fit", "key.zoom_fit", id="map.zoom_fit"),
        Binding("f", "around", "key.focus_node", id="map.around"),
        Binding("a", "whole", "key.whole_map", id="map.whole", show=False),
        Binding("o", "overview", "key.overview", id="map.overview", show=False),
        Binding("l", "list", "key.list_view", id="map.list", show=False),
        Binding("h", "cycle_roles", "key.highlight", id="map.roles"),
        Binding("s", "cycle_sector", "key.sector_filter", id="map.sector", show=False),
        Binding("t", "cycle_strength", "key.tie_filter", id="map.ties", show=False),
        Binding("p", "add_to_plan", "key.add_to_plan", id="map.plan", show=False),
        Binding("c", "toggle_since", "key.since", id="map.since"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.canvas: MapCanvas | None = None
        #: the rows of cells the window shows: the drawing, zoomed out with its numbers' key
        self.rows: tuple[tuple[str, ...], ...] = ()
        #: under an overview, the rows that name a cluster's members: row -> the cluster's key
        self.naming: dict[int, str] = {}
        self._as_first_shown()
        #: The network drawn, for a generation of the workbook and the filters.
        self._network: tuple[tuple[object, ...], MapNetwork] | None = None
        #: What the drawing asked for last is drawn from: a drawing from anything else is not shown.
        self._wanted: tuple[object, ...] | None = None
        #: What the drawing shown was drawn from.
        self._shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="map-title", classes="screen-title")
        yield MapView(id="map-view")
        yield Static(id="map-status", classes="hint")
        yield self.key_bar()

        #: the window size the drawing was made for (zoom to fit follows the window)
        self.drawn_for: tuple[int, int] | None = None

    def _as_first_shown(self) -> None:
        """The view of a map first shown: the whole map laid out for the window, no filter, role
        or focus, nothing selected, the window at the drawing's top left."""
        self.zoom = 0
        self.sector: Sector | None = None
        self.strength: Strength | None = None
        self.role: str | None = None
        self.view: View | None = None  # None: the whole map when it fits, else the overview
        self.around: str | None = None  # a stakeholder id: its surroundings
        self.depth = 1
        self.selected: str | None = None
        self.top = self.left = 0
        #: the arrows pressed while the drawing wanted was being drawn, to move over it once it comes
        self._pans: list[tuple[int, int]] = []
        self.marked: frozenset[str] = frozenset()
        #: marks against the latest snapshot (``c``): what is new and what is gone since it
        self.since: Since | None = None
        self.since_on = False

    def on_mount(self) -> None:
        self.view_widget().focus()
        self.call_after_refresh(self.redraw)  # once the window has its size

    def reopen(self) -> None:
        """Shown again (kept since its last visit: building and laying out the screen was most of
        a visit's processor time): as first shown, drawn again. The last drawing stays in the
        window until the new one lands, so a Tab meanwhile moves on it rather than being lost;
        an unchanged workbook's drawing comes back at once (:data:`LAST_DRAWING`)."""
        self._as_first_shown()
        redrawn = self._missed_language or self._missed_workbook
        super().reopen()  # catching up on a language or the workbook draws the map again
        if not redrawn:
            self.redraw()
        self.view_widget().focus()

    def show_language(self) -> None:
        self.redraw()

    def show_workbook(self) -> None:
        self.redraw()

    # -- drawing --

    def options(self) -> MapOptions:
        """Zoom 0 lays the map out for the window; ``-`` numbers the stakeholders so all fit; ``+`` draws
        it wider than the window, to pan over."""
        rows, width = self.window_size()
        height: int | None = rows
        if self.zoom > 0:
            width, height = round(width * ZOOM_IN[self.zoom - 1]), None
        return MapOptions(
            width=width,
            height=height,
            fit=height is not None,
            numbered=self.zoom < 0,
            lang=self.lang,
            focus=self.around,
            depth=self.depth,
            view=self.view,
            legend=self.zoom < 0,
            since=self.since,
            commands=False,
        )

    #: Asked to draw before the window had a size (made ready out of sight, before its
    #: layout: tui/ready_ahead.py): drawn once it has one (:meth:`on_resize`).
    _draw_when_sized = False

    def redraw(self) -> None:
        if not self.view_widget().size.area:
            self._draw_when_sized = True  # a drawing for no window would be a search for nothing
            return
        self.show_title("mapscreen.drawing")
        # the network as it stands: who left and the ties that ended are not drawn
        workbook = filtered(self.document.now(), self.sector, self.strength)
        snapshot = latest(self.document.workbook) if self.since_on else None
        self.since = since(self.document.workbook, snapshot, self.lang) if snapshot is not None else None
        self.drawn_for = self.window_size()
        options = self.options()
        generation = self.document.editor.generation
        drawn_from = self._wanted = (generation, self.sector, self.strength, options)
        network = self.network(workbook, drawn_from[:3])
        role = self.role
        self.run_worker(
            lambda: self.draw_in_thread(workbook, network, options, drawn_from, role),
            thread=True,
            exclusive=True,
            group="map",
        )

    def network(self, workbook: Workbook, key: tuple[object, ...]) -> MapNetwork:
        """The network drawn (ids and ends), once per generation and filters."""
        if self._network is None or self._network[0] != key:
            self._network = (key, MapNetwork.of(workbook))
        return self._network[1]

    def draw_in_thread(
        self,
        workbook: Workbook,
        network: MapNetwork,
        options: MapOptions,
        drawn_from: tuple[object, ...],
        role: str | None,
    ) -> None:
        editor = self.document.editor
        last = LAST_DRAWING.get(editor)
        unchanged = last is not None and last[0] == drawn_from
        reading: MapReading | None = None
        if role is not None or not unchanged and options.view is not View.LIST:
            reading = self.reading(workbook, network, drawn_from, roles=role is not None)
        if get_current_worker().is_cancelled:
            return
        if last is not None and unchanged:
            canvas, place = last[1], last[2]
        else:
            # after an edit the last drawing is the start: unchanged, it is shown again; changed a
            # little, it is drawn from the last one's places (a tenth of the search)
            previous = last[1] if last is not None else None
            clusters = reading.clusters if reading is not None else ()
            worker = get_current_worker()
            # the search stops when the drawing is no longer wanted: quitting waits for this thread
            with stopping_when(lambda: worker.is_cancelled):
                canvas, place = self.render_keyed(workbook, options, clusters, previous)
            if worker.is_cancelled:
                return  # cut short, perhaps: neither shown nor kept
            if reading is not None or options.view is View.LIST:  # not kept: drawn without its clusters
                LAST_DRAWING[editor] = (drawn_from, canvas, place)
        roles = reading.roles if reading is not None and reading.roles is not None else {}
        marked = frozenset(roles.get(role, ())) if role else frozenset()
        # an overview laid out for the window: who is in each cluster, in the rows it leaves
        spare = 0
        if options.fit and not options.numbered and options.height is not None:
            spare = options.height - canvas.height
        members = members_below(workbook, canvas, options.width, spare, options.lang)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.drawn, canvas, place, marked, drawn_from, members)

    @staticmethod
    def render_keyed(
        workbook: Workbook, options: MapOptions, clusters: tuple[tuple[str, ...], ...], previous: MapCanvas | None
    ) -> tuple[MapCanvas, KeyPlace | None]:
        """The drawing, and zoomed out where its numbers' key goes: the window shared out between the
        key and the map before the map is drawn (tui/core/textmap/key.py), the first place whose map
        draws everyone kept; else the map for the whole window, its legend below to scroll."""
        # beyond these sizes the whole map is not tried (render.py): the overview, its legend below
        small = len(workbook.stakeholders) <= MAX_NODES and len(workbook.ties) <= MAX_TIES
        if options.numbered and options.height is not None and options.view is None and small:
            names = [s.name for s in workbook.stakeholders]
            for place in key_places(names, options.width, options.height)[:KEY_TRIES]:
                sized = dataclasses.replace(options, width=place.map_width, height=place.map_height)
                canvas = render(workbook, sized, clusters, previous=previous)
                if canvas.view not in (View.OVERVIEW, View.LIST):
                    return canvas, place
        return render(workbook, options, clusters, previous=previous), None

    def reading(
        self, workbook: Workbook, network: MapNetwork, drawn_from: tuple[object, ...], *, roles: bool
    ) -> MapReading | None:
        """The clusters (and with ``roles``, the roles) of the network drawn: from the section of
        the entries being edited when it is theirs, else from a child, saying meanwhile that
        they are being worked out, and saying why if that failed (drawn without them)."""
        readings = self.document.map_readings
        generation = drawn_from[0]
        assert isinstance(generation, int)
        document = self.document
        # the section measures the network as it stands: the one drawn, unless a filter is on
        own = drawn_from[1:3] == (None, None)
        section = (lambda: document.map_section(generation)) if own else None
        found = readings.reading(network, section, roles=roles, ask=False)
        if found is None or roles and found.roles is None:
            self.app.call_from_thread(self.working_out, drawn_from)
            file = document.map_file(generation) if own else None
            worker = get_current_worker()
            found = readings.reading(network, section, file, roles=roles, unwanted=lambda: worker.is_cancelled)
            if found is None and not get_current_worker().is_cancelled:
                reason = readings.failed.get(network.version, "")
                self.app.call_from_thread(self.notify, tr(self.lang, "mapscreen.no_clusters", reason=reason))
        return found

    def working_out(self, drawn_from: tuple[object, ...]) -> None:
        """The drawing waits for the clusters: say so (the keys meanwhile act)."""
        if drawn_from == self._wanted:
            self.show_title("mapscreen.clustering")

    def show_title(self, doing: str | None = None) -> None:
        """The screen's title, and what it is ``doing`` (an i18n key) if anything. Its line is
        the screen's width whatever it says: new words repaint it and lay nothing out."""
        title = f"[b]{tr(self.lang, 'screen.map')}[/]"
        update_text(self.query_one("#map-title", Static), f"{title}  {tr(self.lang, doing)}" if doing else title)

    def drawn(
        self,
        canvas: MapCanvas,
        place: KeyPlace | None,
        marked: frozenset[str],
        drawn_from: tuple[object, ...],
        members: list[tuple[str, str]],
    ) -> None:
        if drawn_from != self._wanted or drawn_from[0] != self.document.editor.generation:
            return  # drawn from a network or a view asked for before the one wanted now
        before, self.canvas = self.canvas, canvas
        self.rows = self.sheet(canvas, place, [line for _, line in members])
        self.naming = {canvas.height + i: key for i, (key, _) in enumerate(members) if key}
        self.marked = marked
        self._shown = drawn_from
        keys = [n.key for n in canvas.nodes]
        carried = self.selected not in keys and self.carried(before, canvas)
        if carried:
            self.selected = carried
            self.show_node(carried)
        elif self.selected not in keys:
            self.selected = canvas.focus if canvas.focus in keys else (keys[0] if keys else None)
        # the arrows pressed while it was drawn move over it now (after +, the window was the old drawing's)
        for rows, columns in self._pans:
            self.top, self.left = self.panned(rows, columns)
        self._pans.clear()
        self.show_window()

    def carried(self, before: MapCanvas | None, canvas: MapCanvas) -> str | None:
        """The choice carried from one drawing to the next across a zoom (the whole map numbered, the
        overview with names): a chosen stakeholder's cluster on the overview; on the whole map, a chosen
        cluster's member with the most lines (the first of them, in the cluster's order). None when the
        chosen one is on neither."""
        chosen = self.selected
        if chosen is None:
            return None
        cluster = next((node.key for node in canvas.nodes if chosen in node.members), None)
        if cluster is not None:
            return cluster
        was = before.node(chosen) if before is not None else None
        here = {node.key for node in canvas.nodes}
        members = [member for member in (was.members if was is not None else ()) if member in here]
        if not members:
            return None
        lines = Counter(key for ends in canvas.ends.values() for key in ends)
        return max(members, key=lambda member: lines[member])

    def window_size(self) -> tuple[int, int]:
        view = self.view_widget()
        return max(1, view.size.height), max(1, view.size.width)

    #: The window, found once (a Tab asks its size a few hundred times, through the key bar).
    _view: MapView | None = None

    def view_widget(self) -> MapView:
        if self._view is None:
            self._view = self.query_one(MapView)
        return self._view

    #: What the keys could do when the key bar was last told (:meth:`_bindings_follow`).
    _could: tuple[bool | None, ...] | None = None

    def _bindings_follow(self) -> None:
        """The key bar and help follow what can act (:meth:`check_action`) when that changed:
        working out every binding again took a third of a Tab's processor time, and a Tab
        changes what can act only when it scrolls the window to an edge or from one."""
        could = tuple(self.check_action(name, parameters) for name, parameters in _key_actions())
        if could != self._could:
            # Out of sight (made ready ahead, or being reopened) the key bar is not told
            # (tui/widgets/keybar.py): told again once the map is shown.
            self._could = could if self.is_active else None
            self.refresh_bindings()

    def show_window(self) -> None:
        canvas = self.canvas
        if canvas is None:
            return
        height, width = self.window_size()
        self.clamp()
        # The few highlighted boxes by row, so a pan does not ask every cell which node covers it.
        marks: dict[int, list[tuple[int, int, str]]] = {}
        tied = self.tied_to_chosen()
        for node in canvas.nodes:
            if node.key == self.selected:
                style = "reverse bold"
            else:
                style = "bold yellow" if node.key in self.marked else LIT_LINE if node.key in tied else ""
            if style and self.top <= node.row < self.top + height:
                marks.setdefault(node.row, []).append((node.col, node.col + node.width, style))
        # and the lines of the chosen stakeholder's ties, to follow them through a dense part
        for at, runs in self.lit_lines().items():
            if self.top <= at < self.top + height:
                marks.setdefault(at, []).extend((first, last, LIT_LINE) for first, last in runs)
        # under an overview, the names of the chosen cluster's members
        for at, key in self.naming.items():
            if key == self.selected and self.top <= at < self.top + height:
                marks.setdefault(at, []).append((0, len(self.rows[at]), LIT_LINE))
        rows: list[WindowRow] = []
        for r in range(self.top, self.top + height):
            row = self.rows[r] if r < len(self.rows) else ()
            cells = [*row[self.left : self.left + width], *[" "] * (self.left + width - max(len(row), self.left))]
            if cells and cells[0] == "":
                cells[0] = " "  # the right half of a wide character cut by the window
            # A highlighted box's letters, not the blanks between its words: each run of them
            # one span (a row is joined once, not a cell at a time: a Tab from box to box).
            lit_runs: list[tuple[int, int, str]] = []
            for start, end, style in marks.get(r, ()):
                offset = sum(map(len, cells[: max(start - self.left, 0)]))
                for lit, run in groupby(cells[max(start - self.left, 0) : max(end - self.left, 0)], _letters):
                    length = sum(map(len, run))
                    if lit:
                        lit_runs.append((offset, offset + length, style))
                    offset += length
            rows.append(("".join(cells), tuple(sorted(lit_runs))))
        # The window's size is the screen's (steps.tcss), whatever it shows: a Tab, a pan or a
        # drawing landed is a repaint of the window's rows that changed, not a layout of the screen.
        self.view_widget().show(rows)
        self.show_status()
        self._bindings_follow()  # what can act may have changed (check_action): the key bar follows

    #: What the chosen stakeholder lights (:meth:`chosen_lines`), and the drawing and choice it is of.
    _lit: tuple[MapCanvas | None, str | None, ChosenLines] | None = None

    def chosen_lines(self) -> ChosenLines:
        """The chosen stakeholder's ties (in the overview, the chosen cluster's lines), worked out once a
        drawing and choice: a Tab or a pan asks for them at every row and in the status line."""
        canvas, selected = self.canvas, self.selected
        if self._lit is None or self._lit[:2] != (canvas, selected):
            lit = ChosenLines({}, 0, frozenset())
            if canvas is not None and selected:
                mine = [key for key, ends in canvas.ends.items() if selected in ends]
                for row, col in sorted(canvas.lines_of(selected)):
                    runs = lit.runs.setdefault(row, [])
                    if runs and runs[-1][1] == col:
                        runs[-1] = (runs[-1][0], col + 1)
                    else:
                        runs.append((col, col + 1))
                reached = frozenset(key for tie in mine for key in canvas.ends[tie]) - {selected}
                lit = ChosenLines(lit.runs, len(mine), reached)
            self._lit = (canvas, selected, lit)
        return self._lit[2]

    def lit_lines(self) -> dict[int, list[tuple[int, int]]]:
        """The cells of the chosen one's lines: each row's runs of them, first column to one past the last."""
        return self.chosen_lines().runs

    def lit_count(self) -> int:
        """How many lines the chosen one's are."""
        return self.chosen_lines().count

    #: How many clusters the chosen one has ties with (:meth:`clusters_tied`), and the drawing and choice.
    _tied: tuple[MapCanvas | None, str | None, int] = (None, None, 0)

    def clusters_tied(self) -> int:
        """On the overview, how many other clusters the chosen one has ties with: lines are drawn for the
        busiest pairs only, so its lit lines may be fewer (worked out once a drawing and choice)."""
        canvas, selected = self.canvas, self.selected
        if self._tied[:2] != (canvas, selected):
            chosen = canvas.node(selected) if canvas is not None and selected else None
            count = 0
            if canvas is not None and chosen is not None and canvas.view is View.OVERVIEW:
                cluster_of = {member: node.key for node in canvas.nodes for member in node.members}
                mine = set(chosen.members)
                ties = filtered(self.document.now(), self.sector, self.strength).ties
                others = {cluster_of.get(t.b if t.a in mine else t.a) for t in ties if (t.a in mine) != (t.b in mine)}
                count = len(others - {None})
            self._tied = (canvas, selected, count)
        return self._tied[2]

    def tied_to_chosen(self) -> frozenset[str]:
        """The nodes at the other end of the chosen one's lines: their names lit as the lines are."""
        return self.chosen_lines().reached

    def sheet(
        self, canvas: MapCanvas, place: KeyPlace | None, members: Sequence[str] = ()
    ) -> tuple[tuple[str, ...], ...]:
        """The rows the window shows: the drawing; zoomed out, with its numbers' key beside or below it
        in the window (``place``), or else its legend below, after a blank row, to scroll to; an overview
        laid out for the window, with who is in each cluster (``members``) in the rows it leaves."""
        if place is not None:
            nodes = sorted(canvas.nodes, key=lambda n: int(n.label.lstrip(MARK)))
            labels = [n.label for n in nodes]
            heading = tr(self.lang, "map.short")
            lines = key_lines(labels, [n.name for n in nodes], place, heading, "…")
            return tuple(sheet(canvas.cells, lines, place))
        legend = canvas.legend if self.zoom < 0 else ()
        below = [(), *(tuple(text_cells(line)) for line in legend)] if legend else []
        return (*canvas.cells, *below, *(tuple(text_cells(line)) for line in members))

    def total_height(self) -> int:
        """Rows to pan over: the drawing, and zoomed out its key or legend."""
        return len(self.rows) if self.canvas is not None else 0

    def clamp(self) -> None:
        """Keep the window on the drawing."""
        self.top, self.left = self.clamped(self.top, self.left)

    def clamped(self, top: int, left: int) -> tuple[int, int]:
        """The window's corner nearest (top, left) that keeps it on the drawing."""
        if self.canvas is None:
            return top, left
        height, width = self.window_size()
        widest = max((len(row) for row in self.rows), default=0)
        return max(0, min(top, self.total_height() - height)), max(0, min(left, widest - width))

    def show_status(self) -> None:
        lang = self.lang
        canvas = self.canvas
        view = tr(lang, f"mapscreen.view.{canvas.view.value}") if canvas else ""
        sector = label(lang, self.sector) if self.sector else tr(lang, "mapscreen.all")
        ties = tr(lang, f"mapscreen.{self.strength.value}") if self.strength else tr(lang, "mapscreen.all")
        role = role_label(lang, self.role) if self.role else tr(lang, "mapscreen.none")
        self.show_title()
        if self.zoom < 0 and canvas is not None and canvas.view is View.OVERVIEW and self.view is None:
            zoom = tr(lang, "mapscreen.zoom.numbers_unfit")  # numbered, the whole map still does not fit
        elif self.zoom < 0:
            zoom = tr(lang, "mapscreen.zoom.numbers")
        elif self.zoom == 0:
            zoom = tr(lang, "mapscreen.zoom.fit")
        else:
            zoom = tr(lang, "mapscreen.zoom.times", factor=f"{ZOOM_IN[self.zoom - 1]:g}")
        status = tr(lang, "mapscreen.status", view=view, zoom=zoom, sector=sector, ties=ties, highlight=role)
        node = canvas.node(self.selected) if canvas and self.selected else None
        if node is not None:
            lines = self.lit_count()
            status += "\n" + tr(lang, "mapscreen.selected", name=node.name, lines=lines)
            if self.clusters_tied() > lines:
                status += " " + tr(lang, "mapscreen.tied_clusters", clusters=self.clusters_tied())
        if self.since is not None:
            status += "\n" + self.since_line(self.since)
        # each line cut to the width: a line that wrapped pushed the chosen stakeholder's out of sight
        shown = self.query_one("#map-status", Static)
        width = shown.content_size.width or self.app.size.width - 2
        update_text(shown, "\n".join(shorten(line, width, "…") for line in status.split("\n")))

    def since_line(self, marks: Since) -> str:
        """Under the map: since which snapshot, how many are new (marked ``+``) and how many ties,
        and on a line of its own who is gone and how many ties (not drawn: not in the network now)."""
        lang = self.lang
        width = self.window_size()[1]
        if marks.nothing:
            return escape(shorten(tr(lang, "mapscreen.since_nothing", label=marks.label, day=marks.taken), width, "…"))
        counts = tr(
            lang,
            "mapscreen.since",
            label=marks.label,
            day=marks.taken,
            mark=MARK,
            new=len(marks.new),
            new_ties=len(marks.new_ties),
            gone_ties=len(marks.gone_ties),
        )
        gone = tr(lang, "mapscreen.gone", names=", ".join(marks.gone) or tr(lang, "diff.none"))
        return "\n".join(escape(shorten(line, width, "…")) for line in (counts, gone))

    def on_resize(self) -> None:
        if self._draw_when_sized and self.view_widget().size.area:
            self._draw_when_sized = False
            self.redraw()
        elif self.drawn_for is not None and self.drawn_for != self.window_size() and self.zoom <= 0:
            self.redraw()  # laid out for the window: a new size, a new layout
        else:
            self.show_window()

    # -- keys --

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that cannot act now are left out of the help and the key bar: a pan the
        drawing has no room for, a zoom past its end, the view already shown, the keys
        for a chosen stakeholder while none is."""
        if action == "pan":
            rows, columns = parameters
            assert isinstance(rows, int) and isinstance(columns, int)
            return self.drawing() or self.panned(rows, columns) != (self.top, self.left)
        if action == "zoom":
            step = parameters[0]
            assert isinstance(step, int)
            return SMALLEST <= self.zoom + step <= len(ZOOM_IN)
        if action == "fit":
            return self.zoom != 0
        if action == "whole":
            return (self.around, self.view, self.depth) != (None, None, 1)
        if action in ("overview", "list"):
            return self.canvas is None or self.canvas.view is not (View.OVERVIEW if action == "overview" else View.LIST)
        if action in ("around", "open_record", "add_to_plan"):
            return self.selected is not None
        if action == "toggle_since":
            return bool(self.document.workbook.snapshots)
        return True

    def panned(self, rows: int, columns: int) -> tuple[int, int]:
        """Where a pan takes the window's corner: an arrow moves a few cells, a page
        (rows of ±5) most of a window; never off the drawing."""
        height, _ = self.window_size()
        top = self.top + (rows * 2 if abs(rows) == 1 else (height - 2) * (1 if rows > 0 else -1))
        return self.clamped(top, self.left + columns * PAN)

    def drawing(self) -> bool:
        """Is a drawing asked for and not yet shown?"""
        return self._wanted is not None and self._wanted != self._shown

    def action_pan(self, rows: int, columns: int) -> None:
        if self.drawing():
            self._pans.append((rows, columns))  # moved over the drawing once it comes
            return
        corner = self.panned(rows, columns)
        if corner != (self.top, self.left):  # at an edge: nothing moves, nothing is sent
            self.top, self.left = corner
            self.show_window()

    def show_node(self, key: str) -> None:
        """Bring a node into the window, with a margin."""
        node = self.canvas.node(key) if self.canvas else None
        if node is None:
            return
        height, width = self.window_size()
        if not self.top <= node.row < self.top + height:
            self.top = node.row - height // 2
        if not self.left <= node.col < self.left + width - node.width:
            self.left = node.col - width // 3

    def action_next_node(self, step: int) -> None:
        if not self.canvas or not self.canvas.nodes:
            return
        nodes = sorted(self.canvas.nodes, key=lambda n: (n.row, n.col))
        keys = [n.key for n in nodes]
        index = keys.index(self.selected) if self.selected in keys else -step
        self.selected = keys[(index + step) % len(keys)]
        self.show_node(self.selected)
        self.show_window()

    def action_find(self) -> None:
        """Find a stakeholder on the map; on the clusters overview or the list, where nobody has a box of
        their own, anyone in the network, drawn with their surroundings once found (as ``f`` does)."""
        shown = {n.key for n in self.canvas.nodes} if self.canvas else set()
        people = [s for s in self.document.workbook.stakeholders if s.id in shown]
        on_map = bool(people)
        if not on_map:
            people = list(filtered(self.document.now(), self.sector, self.strength).stakeholders)

        def chosen(stakeholder_id: str) -> None:
            if stakeholder_id and on_map:
                self.selected = stakeholder_id
                self.show_node(stakeholder_id)
                self.show_window()
            elif stakeholder_id:
                self.selected = self.around = stakeholder_id
                self.view, self.depth = None, 1
                self.redraw()

        self.app.push_screen(StakeholderPicker(self.lang, words("mapscreen.find"), people), picked(chosen))

    def action_open_record(self) -> None:
        if self.selected and self.document.workbook.stakeholder(self.selected):
            self.phakhi.open_stakeholder(self.selected)

    def action_add_to_plan(self) -> None:
        if self.selected:
            self.phakhi.add_to_plan(self.selected)

    def action_zoom(self, step: int) -> None:
        self.zoom = max(SMALLEST, min(len(ZOOM_IN), self.zoom + step))
        self.top = self.left = 0
        self.redraw()

    def action_fit(self) -> None:
        self.zoom = 0
        self.top = self.left = 0
        self.redraw()

    def action_around(self) -> None:
        """Draw the chosen stakeholder's surroundings; again: two steps out."""
        if not self.selected:
            return
        if self.around == self.selected:
            self.depth = 2 if self.depth == 1 else 1
        self.around, self.view = self.selected, None
        self.redraw()

    def action_whole(self) -> None:
        self.around, self.view, self.depth = None, None, 1
        self.redraw()

    def action_overview(self) -> None:
        self.around, self.view = None, View.OVERVIEW
        self.redraw()

    def action_list(self) -> None:
        self.around, self.view = None, View.LIST
        self.redraw()

    def action_cycle_roles(self) -> None:
        self.role = ROLES[(ROLES.index(self.role) + 1) % len(ROLES)]
        self.redraw()

    def action_cycle_sector(self) -> None:
        self.sector = SECTORS[(SECTORS.index(self.sector) + 1) % len(SECTORS)]
        self.redraw()

    def action_toggle_since(self) -> None:
        """Mark what is new and what is gone since the latest snapshot; again: no marks."""
        self.since_on = not self.since_on
        self.redraw()

    def action_cycle_strength(self) -> None:
        self.strength = STRENGTHS[(STRENGTHS.index(self.strength) + 1) % len(STRENGTHS)]
        self.redraw()


@cache
def _key_actions() -> tuple[tuple[str, tuple[object, ...]], ...]:
    """The actions of the map's keys (the window's and the screen's, not the app's), parsed once."""
    actions = []
    for binding in (*MapView.BINDINGS, *MapScreen.BINDINGS):
        if isinstance(binding, Binding):
            namespace, name, parameters = parse_action(binding.action)
            if namespace != "app":
                actions.append((name, parameters))
    return tuple(actions)


def _letters(cell: str) -> bool:
    """Whether a cell of the drawing shows something (a highlight leaves blanks alone)."""
    return bool(cell.strip())
