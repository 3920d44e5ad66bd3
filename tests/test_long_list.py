"""The list of steps 2, 3, 4 and 7 and of the picker: it makes only the options it shows,
and looks and moves as Textual's OptionList does with the same options."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tests.side_by_side import pressed_in_both
from tests.ui_helpers import calls_of
from tui.widgets import long_list
from tui.widgets.long_list import LongList

SIZE = (30, 12)
#: Long Thai names wrap to two or three lines of a narrow list, as in step 3.
LONG = "✓ กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองทุ่งสง"


def prompt(key: str) -> str:
    number = int(key[1:])
    return f"{LONG} {number}" if number % 4 == 1 else f"✓ person {number}"


class Lists(App[None]):
    """A LongList, or an OptionList with the same options; ``made`` lists the prompts asked for."""

    CSS = "LongList, OptionList { height: 1fr; width: 24; }"

    def __init__(self, count: int, kind: str) -> None:
        super().__init__()
        self.count, self.kind = count, kind
        self.made: list[str] = []
        self.selected: list[str] = []

    def compose(self) -> ComposeResult:
        yield LongList() if self.kind == "long" else OptionList()

    def on_mount(self) -> None:
        keys = [f"s{n}" for n in range(self.count)]
        options = self.query_one(LongList if self.kind == "long" else OptionList)
        if isinstance(options, LongList):
            options.show(keys, self.make)
        else:
            options.add_options(Option(prompt(key), id=key) for key in keys)
            options.highlighted = 0
        options.focus()

    def on_long_list_selected(self, event: LongList.Selected) -> None:
        self.selected.append(event.key)

    def make(self, key: str) -> str:
        self.made.append(key)
        return prompt(key)


def drawn(app: Lists) -> list[tuple[str, list[object]]]:
    """Every line of the list as drawn: its text, and the style of each piece of it."""
    options = app.query_one(LongList if app.kind == "long" else OptionList)
    return [(strip.text, [segment.style for segment in strip]) for strip in map(options.render_line, range(12))]


async def test_ten_thousand_options_make_only_the_options_near_the_highlight() -> None:
    app = Lists(10_000, "long")
    near = 2 * long_list.MEASURED_TOGETHER  # the blocks of options that could share the screen with it
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert 0 < len(set(app.made)) <= near
        app.made.clear()
        await pilot.press("pagedown")
        await pilot.pause()
        assert len(set(app.made)) <= SIZE[1]  # those drawn; all were measured already
        await pilot.press(*["pagedown"] * 20)
        await pilot.pause()
        assert 0 < len(set(app.made)) <= near + SIZE[1]
        await pilot.press("end")
        await pilot.pause()
        options = app.query_one(LongList)
        assert options.highlighted == 9_999 and "s9999" in app.made
        assert options.get_option_at_index(9_999).prompt == f"✓ person {9_999}"


@pytest.mark.parametrize("count", [3, 40])
async def test_it_draws_and_moves_as_an_option_list(count: int) -> None:
    keys = ["down"] * 3 + ["pagedown", "pagedown", "up", "pageup", "end", "down", "up", "home", "up", "pagedown"]
    long_app, option_app = Lists(count, "long"), Lists(count, "option")
    async for key in pressed_in_both(long_app, option_app, keys, SIZE):
        ours, theirs = long_app.query_one(LongList), option_app.query_one(OptionList)
        assert ours.highlighted == theirs.highlighted, key
        assert ours.scroll_offset == theirs.scroll_offset, key
        assert ours.virtual_size.height == theirs.virtual_size.height, key
        assert drawn(long_app) == drawn(option_app), key


async def test_a_list_too_long_to_measure_at_once_shows_the_highlight_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond MEASURED_AT_ONCE an option counts as one line until it comes on screen:
    wherever the highlight goes, all of its lines are on screen."""
    monkeypatch.setattr(long_list, "MEASURED_AT_ONCE", 10)
    monkeypatch.setattr(long_list, "MEASURED_TOGETHER", 2)
    app = Lists(200, "long")
    async with app.run_test(size=SIZE) as pilot:
        options = app.query_one(LongList)
        for key in ["end", "pageup", "pageup", "up", "up", "home", "pagedown", "down", "down", "down"]:
            await pilot.press(key)
            await pilot.pause()
            top = round(options.scroll_y)
            shown = [options.render_line(y).text.strip() for y in range(options.size.height)]
            first, height = options._lines_of(options.highlighted)
            assert top <= first and first + height <= top + options.size.height, key
            wanted = options.get_option_at_index(options.highlighted).prompt
            assert "".join(shown[first - top : first + height - top]).replace(" ", "") == wanted.replace(" ", "")


async def test_the_highlight_stays_on_its_key_when_the_list_is_shown_again() -> None:
    app = Lists(10, "long")
    async with app.run_test(size=SIZE) as pilot:
        options = app.query_one(LongList)
        await pilot.press("down", "down", "down")
        assert options.highlighted_key == "s3"
        options.show(["s0", "s2", "s3", "s4"], prompt)  # one above it gone
        assert options.highlighted_key == "s3"
        options.show(["s0", "s2", "s4"], prompt)  # it gone: the same place
        assert options.highlighted == 2 and options.highlighted_key == "s4"
        options.show([], prompt, "nobody here")
        await pilot.pause()
        assert options.highlighted is None and options.option_count == 0
        assert "nobody here" in options.render_line(0).text


async def test_a_name_added_draws_its_own_line_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sector's list is filled again after a name is added in step 2: the list that
    grew by a line draws that line, not all it shows, and one that did not grow draws none."""
    app = Lists(5, "long")
    async with app.run_test(size=SIZE) as pilot:
        options = app.query_one(LongList)
        await pilot.pause()
        drawn_again = calls_of(monkeypatch, LongList, "render_line", lambda _list, y: y)
        options.show([*options.keys, "s6"], prompt)  # below s1's three lines and three more
        await pilot.pause()
        assert drawn_again == [7]
        assert "person 6" in options.render_line(7).text
        drawn_again.clear()
        options.show(list(options.keys), prompt)
        await pilot.pause()
        assert drawn_again == []


async def test_a_long_list_shown_again_keeps_the_highlight_on_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shown again after an edit, a list too long to measure at once forgets how many lines
    the options above the screen take: the highlight stays where it was on the screen."""
    monkeypatch.setattr(long_list, "MEASURED_AT_ONCE", 10)
    monkeypatch.setattr(long_list, "MEASURED_TOGETHER", 4)
    app = Lists(200, "long")
    async with app.run_test(size=SIZE) as pilot:
        options = app.query_one(LongList)
        await pilot.press(*["pagedown"] * 6, "up", "up")
        await pilot.pause()
        before = [options.render_line(y).text for y in range(options.size.height)]
        options.show(list(options.keys), prompt)
        await pilot.pause()
        assert [options.render_line(y).text for y in range(options.size.height)] == before


async def test_a_list_shown_again_measures_only_the_prompts_it_has_not_measured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A refill after an edit (a name added in step 2 refills three lists) measures the new
    prompt alone; a new width, or new styles, measure every prompt again, as drawn."""
    measured: list[str] = []

    class Counted(long_list.Content):
        def get_height(self, *args: object, **kwargs: object) -> int:
            measured.append(self.plain)
            return super().get_height(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(long_list, "Content", Counted)
    app = Lists(12, "long")
    async with app.run_test(size=SIZE) as pilot:
        options = app.query_one(LongList)
        await pilot.pause()
        keys = list(options.keys)
        heights = list(options._heights)
        measured.clear()
        options.show([*keys, "s13"], prompt)
        assert measured == [prompt("s13")]
        assert options._heights == [*heights, heights[1]]  # s13 is long, as s1 is
        measured.clear()
        options.styles.width = 40
        await pilot.pause()
        assert set(measured) == {prompt(key) for key in [*keys, "s13"]}
        assert options._heights[1] < heights[1]  # fewer lines, wider
        measured.clear()
        options.show(keys, prompt)
        assert measured == []
        measured.clear()
        app.stylesheet.add_source("LongList > .option-list--option { padding: 0 4; }")
        app.stylesheet.reparse()
        app.update_styles(options)
        await pilot.pause()
        options.show(keys, prompt)
        assert set(measured) == {prompt(key) for key in keys}


async def test_enter_and_a_click_select_and_a_changed_option_is_made_again() -> None:
    app = Lists(5, "long")
    async with app.run_test(size=SIZE) as pilot:
        options = app.query_one(LongList)
        await pilot.press("down", "enter")
        await pilot.click(LongList, offset=(2, 1))  # below the top border
        await pilot.pause()
        assert app.selected == ["s1", "s0"]
        app.made.clear()
        options.option_changed("s0")
        await pilot.pause()
        assert app.made[:1] == ["s0"] and set(app.made) == {"s0"}


async def test_a_name_with_brackets_shows_as_typed() -> None:
    app = Lists(0, "long")
    async with app.run_test(size=SIZE) as pilot:
        options = app.query_one(LongList)
        options.show(["s1"], lambda _key: "[b]Somchai[/b]")
        await pilot.pause()
        assert "[b]Somchai[/b]" in options.render_line(0).text


async def test_a_drawing_asks_the_list_s_width_and_styles_once_not_once_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each line asked the list's width and styles anew (each a walk up the widget tree):
    a step shown again drew its 20 lines at 20 times the asking."""
    from textual.geometry import Region

    from tests.ui_helpers import calls_of

    app = Lists(40, "long")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        options = app.query_one(LongList)
        asked = calls_of(monkeypatch, LongList, "get_visual_style")
        options._styles_cache.clear()  # every line drawn anew
        lines = options.render_lines(Region(0, 0, options.size.width, options.size.height))
        assert len(lines) == options.size.height > 4
        assert len(asked) <= 3  # an option's style and the highlighted one's: once each
