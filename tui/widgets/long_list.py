"""A list that makes and draws only the options on screen, for workbooks of thousands.

Textual's OptionList makes every option and measures how many lines each
one wraps to as it is added: steps 2, 3, 4 and 7 took about 2 s to open at
10,000 stakeholders. Here the screen gives the options' keys, and a function
from a key to its line of text; a prompt is made, measured and drawn when
its option first comes on screen, and kept until the screen says it changed.

Options wrap as an OptionList wraps them, so a long name takes two or three
lines of a narrow list. The lines of a list of up to ``MEASURED_AT_ONCE``
options are all counted when it is shown, and it scrolls exactly as an
OptionList; in a longer one an option counts as one line until the
highlight comes near it (the scrollbar firms up as the user moves through
the list). What is on screen is always measured before it is drawn.

It looks and answers keys as OptionList does — its styles and component
classes, its key bindings (up and down go round from one end to the other),
a click highlights and selects — since the step screens were made for it,
and it is read as one is read (``highlighted``, ``option_count``,
``get_option_at_index``). There is no hover highlight. Prompts are plain
text (never markup: a name with brackets in it shows as typed).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from textual import events
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.visual import Padding, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from textual.css.styles import RulesMap  # noqa: F401 (named in a cast)

from tui.widgets.keep_place import Place, kept_index
from tui.widgets.virtual_size import set_virtual_size

#: An option's line of text from its key.
MakePrompt = Callable[[str], str]
#: Options whose drawing is kept: several screens' worth, so moving back and forth makes nothing again.
KEPT_OPTIONS = 512
#: A list this long is measured whole when shown (a few tens of ms): it scrolls exactly as an OptionList.
MEASURED_AT_ONCE = 1000
#: Heights kept by prompt (:meth:`LongList._height_of`): a list refilled after an edit measures
#: only the prompts it has not measured at this width, whatever its length.
HEIGHTS_KEPT = 20_000
#: A longer one is measured this many options at a time, around the highlight: each time a count
#: of lines changes the list is laid out again with the screen, so not at every key.
MEASURED_TOGETHER = 128


class LookContext(NamedTuple):
    """What every line of a list is drawn with, as the list is now."""

    top: int
    """The option line at the list's top."""
    width: int
    style: Style
    """An option's style; ``highlighted``: the highlighted one's."""
    highlighted: Style
    padding: Spacing


class LongList(ScrollView, can_focus=True):
    ALLOW_SELECT = False
    BINDINGS = OptionList.BINDINGS
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES
    DEFAULT_CSS = OptionList.DEFAULT_CSS.replace("OptionList", "LongList")

    highlighted: Reactive[int | None] = Reactive(None)

    class Selected(Message):
        """Enter on an option, or a click on one."""

        def __init__(self, long_list: LongList, key: str, index: int) -> None:
            super().__init__()
            self.long_list, self.key, self.index = long_list, key, index

        @property
        def control(self) -> LongList:
            return self.long_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.keys: list[str] = []
        self._index: dict[str, int] | None = None
        self._make_prompt: MakePrompt = str
        self._placeholder = ""
        #: Lines per option at the current width: 1 until measured.
        self._heights: list[int] = []
        self._measured = bytearray()
        #: The first line of each option, worked out again when a height changes.
        self._starts: list[int] | None = None
        self._measured_width = 0
        #: Lines of each prompt measured, at the inner width they were measured at.
        self._heights_by_prompt: dict[str, int] = {}
        self._heights_inner = 0
        self._strips: LRUCache[tuple[int, str, Style, int, Spacing], list[Strip]] = LRUCache(KEPT_OPTIONS)
        #: What each line on screen was last drawn from (:meth:`_look`), by its line from the top.
        self._drawn: dict[int, tuple[Any, ...]] = {}

    # -- what the screen gives --

    def show(self, keys: Sequence[str], prompt: MakePrompt, placeholder: str = "") -> None:
        """Show these options; ``prompt(key)`` is asked when the option is drawn. The
        highlight stays on its key while it is listed (tui/widgets/keep_place.py);
        ``placeholder`` is shown, greyed, when there is no option."""
        place: Place = (self.highlighted_key, self.highlighted)
        row = None if self.highlighted is None else self._lines_of(self.highlighted)[0] - round(self.scroll_y)
        self.keys = list(keys)
        self._index = None
        self._make_prompt = prompt
        self._placeholder = placeholder
        # Sized once measured: a size that changes and changes back lays the screen out and
        # draws the list again for nothing.
        self._forget_heights(sized=False)
        # The lines that read otherwise are drawn below, not the whole list.
        self._measure(range(len(self.keys)) if len(self.keys) <= MEASURED_AT_ONCE else (), redraw=False)
        self._set_virtual_size(redraw=False)
        self.highlighted = kept_index(place, len(self.keys), self.index_of)
        self._keep_on_screen(row)
        self._refresh_changed()

    def _keep_on_screen(self, row: int | None) -> None:
        """The highlight back on the line of the screen it was on: the options above it count
        anew from a refill (in a long list, as one line until measured again), and the list
        must not move under the user after every edit."""
        if row is None or self.highlighted is None or not self.is_mounted:
            return
        self._measure_around(self.highlighted)
        self.scroll_to(y=self._lines_of(self.highlighted)[0] - row, animate=False, force=True, immediate=True)
        self.scroll_to_highlight()

    def to_start(self) -> None:
        """The first option highlighted, at the top: as when first shown."""
        self.highlighted = 0 if self.keys else None
        self.scroll_home(animate=False, immediate=True)

    def option_changed(self, key: str) -> None:
        """The option's prompt is measured again, and drawn again if it reads otherwise."""
        index = self.index_of(key)
        if index is None:
            return
        self._measured[index] = 0
        if self._measure([index]):
            self.refresh()  # its lines changed, and so did where those below it start
        else:
            self.refresh_lines(*self._lines_of(index))

    # -- reading it, as an OptionList is read --

    @property
    def option_count(self) -> int:
        return len(self.keys)

    @property
    def highlighted_key(self) -> str | None:
        return None if self.highlighted is None else self.keys[self.highlighted]

    def get_option_at_index(self, index: int) -> Option:
        key = self.keys[index]
        return Option(self._make_prompt(key), id=key)

    def index_of(self, key: str) -> int | None:
        """The option's position, if it is listed."""
        if self._index is None:
            self._index = {key: index for index, key in enumerate(self.keys)}
        return self._index.get(key)

    # -- lines: each option's height, measured when needed --

    def _forget_heights(self, *, sized: bool = True) -> None:
        """Every option one line until measured; ``sized``: the list's size says so now."""
        self._heights = [1] * len(self.keys)
        self._measured = bytearray(len(self.keys))
        self._starts = None
        self._measured_width = self._width()
        if sized:
            self._set_virtual_size()

    def _width(self) -> int:
        return self.scrollable_content_region.width

    def _measure(self, indexes: Sequence[int] | range, *, redraw: bool = True) -> bool:
        """Count the lines of these options at the current width; True if one was not one line.
        ``redraw=False``: the caller draws again the lines that read otherwise."""
        width = self._width()
        if not width:
            return False
        if width != self._measured_width:  # a new width wraps them anew
            self._forget_heights()
            if len(self.keys) <= MEASURED_AT_ONCE:
                indexes = range(len(self.keys))
        changed = False
        inner = width - self.get_component_styles("option-list--option").padding.width
        for index in indexes:
            if not self._measured[index]:
                self._measured[index] = 1
                height = self._height_of(self._make_prompt(self.keys[index]), inner)
                if height != self._heights[index]:
                    self._heights[index] = height
                    changed = True
        if changed:
            self._starts = None
            self._set_virtual_size(redraw=redraw)
        return changed

    def _height_of(self, prompt: str, inner: int) -> int:
        """The lines a prompt takes at this inner width: measured once while the width and
        the styles stay (a refill after an edit measured every option again)."""
        if inner != self._heights_inner or len(self._heights_by_prompt) >= HEIGHTS_KEPT:
            self._heights_by_prompt.clear()
            self._heights_inner = inner
        height = self._heights_by_prompt.get(prompt)
        if height is None:
            # The widget's styles, as Textual's own widgets pass them (typed there as the rules they read).
            height = Content(prompt).get_height(cast("RulesMap", self.styles), inner)
            self._heights_by_prompt[prompt] = height
        return height

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._heights_by_prompt.clear()  # a prompt's height depends on the styles' rules

    def _set_virtual_size(self, *, redraw: bool = True) -> None:
        lines = self._line_starts()[-1] if self.keys else (1 if self._placeholder else 0)
        set_virtual_size(self, Size(self._width(), lines), redraw=redraw)

    def _line_starts(self) -> list[int]:
        """The first line of each option, and after them the number of lines."""
        if self._starts is None:
            self._starts = [0, *accumulate(self._heights)]
        return self._starts

    def _lines_of(self, index: int) -> tuple[int, int]:
        """An option's first line and how many it takes."""
        starts = self._line_starts()
        return starts[index], starts[index + 1] - starts[index]

    def _option_at_line(self, line: int) -> int:
        return bisect_right(self._line_starts(), line) - 1

    def _measure_around(self, index: int) -> None:
        """Measure the options near one before scrolling to it: all that could share the screen
        with it (measured later, one above it would push it off), in whole blocks."""
        reach = max(1, self.scrollable_content_region.height)
        first = max(0, index - reach) // MEASURED_TOGETHER * MEASURED_TOGETHER
        last = ((index + reach) // MEASURED_TOGETHER + 1) * MEASURED_TOGETHER
        self._measure(range(first, min(len(self.keys), last)))

    def _measure_window(self) -> None:
        """Measure the options on screen; a measured one may push others off, so again until none changes."""
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        changed = True
        while changed and self.keys:
            first = self._option_at_line(top)
            last = min(len(self.keys) - 1, self._option_at_line(top + height))
            changed = self._measure(range(max(0, first), last + 1))

    # -- the highlight --

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self.keys:
            return None
        return max(0, min(value, len(self.keys) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None and index < len(self.keys):
                self.refresh_lines(*self._lines_of(index))
        self.scroll_to_highlight()

    def scroll_to_highlight(self) -> None:
        index = self.highlighted
        if index is None or not self.is_mounted:
            return
        self._measure_around(index)
        first, height = self._lines_of(index)
        region = Region(0, first, self._width(), height)
        self.scroll_to_region(region, force=True, animate=False, immediate=True)

    def on_show(self) -> None:
        self.scroll_to_highlight()

    def on_resize(self) -> None:
        self.scroll_to_highlight()  # (what it drew is kept by width: a new width draws anew)

    # -- keys and the mouse, as OptionList's --

    def _step(self, direction: int) -> None:
        if self.keys:
            here = self.highlighted
            start = (-1 if direction > 0 else len(self.keys)) if here is None else here
            self.highlighted = (start + direction) % len(self.keys)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = len(self.keys) - 1

    def _page(self, direction: int) -> None:
        if self.highlighted is None:
            self.highlighted = 0 if direction < 0 else len(self.keys) - 1
            return
        starts = self._line_starts()
        line = starts[self.highlighted] + direction * self.scrollable_content_region.height
        self.highlighted = self._option_at_line(max(0, min(line, starts[-1] - 1)))

    def action_page_up(self) -> None:
        self._page(-1)

    def action_page_down(self) -> None:
        self._page(1)

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.keys[self.highlighted], self.highlighted))

    def on_click(self, event: events.Click) -> None:
        clicked = event.style.meta.get("option")
        if clicked is not None and clicked < len(self.keys):
            event.stop()
            self.highlighted = clicked
            self.action_select()

    # -- drawing --

    def render_lines(self, crop: Region) -> list[Strip]:
        self._measure_window()
        # Every line drawn now is drawn at the same width and in the same styles: they
        # are asked once (each asks up the widget tree) rather than once a line.
        self._looking = self._look_context()
        try:
            return super().render_lines(crop)
        finally:
            self._looking = None

    def _option_strips(self, visual: Visual, style: Style, meta: dict[str, int]) -> list[Strip]:
        """An option's lines as OptionList draws them: padded, as wide as the list."""
        width = self._width()
        padding = self.get_component_styles("option-list--option").padding
        if padding:
            visual = Padding(visual, padding)
        strips = visual.to_strips(self, visual, width, None, style)
        return [strip.extend_cell_length(width, style.rich_style).apply_meta(meta) for strip in strips]

    #: What every line is drawn with while the list draws its lines (:meth:`render_lines`).
    _looking: LookContext | None = None

    def _look_context(self) -> LookContext:
        """What every line of the list is drawn with as it is now: its top line, width,
        styles and padding."""
        return LookContext(
            round(self.scroll_y),
            self._width(),
            self.get_visual_style("option-list--option"),
            self.get_visual_style("option-list--option", "option-list--option-highlighted"),
            self.get_component_styles("option-list--option").padding,
        )

    def _look(self, y: int, context: LookContext | None = None) -> tuple[Any, ...]:
        """Everything line ``y`` of the list (from its top as shown) is drawn from."""
        context = context or self._looking or self._look_context()
        line = context.top + y
        width = context.width
        if not self.keys:
            if line == 0 and self._placeholder:
                style = self.get_visual_style("option-list--option", "option-list--option-disabled")
                return ("placeholder", self._placeholder, style, width)
            return ("blank", context.style, width)
        index = self._option_at_line(line)
        if index >= len(self.keys):
            return ("blank", context.style, width)
        style = context.highlighted if index == self.highlighted else context.style
        prompt = self._make_prompt(self.keys[index])
        return ("option", index, prompt, style, width, context.padding, line - self._lines_of(index)[0])

    def render_line(self, y: int) -> Strip:
        look = self._look(y)
        self._drawn[y] = look
        kind, *what = look
        if kind == "placeholder":
            placeholder, style, _ = what
            return self._option_strips(Content(placeholder), style, {})[0]
        if kind == "blank":
            style, width = what
            return Strip.blank(width, style.rich_style)
        index, prompt, style, width, _, offset = what
        # Kept by everything they are drawn with: a refill that leaves a line as it was (an
        # edit elsewhere), or styles worked out again that come out the same (each time the
        # screen is shown), draws nothing again.
        kept = tuple(look[1:6])
        strips = self._strips.get(kept)
        if strips is None:
            strips = self._option_strips(Content(prompt), style, {"option": index})
            self._strips[kept] = strips
        return strips[offset] if offset < len(strips) else Strip.blank(width, style.rich_style)

    def _refresh_changed(self) -> None:
        """Draw again the lines on screen that would look otherwise now (after a refill, only
        those: every sector's list is filled again after each name added in step 2)."""
        if not self.is_mounted or not self._drawn:
            self.refresh()
            return
        self._measure_window()
        context = self._look_context()
        for y in range(self.scrollable_content_region.height):
            if self._drawn.get(y) != self._look(y, context):
                self.refresh_lines(context.top + y)
