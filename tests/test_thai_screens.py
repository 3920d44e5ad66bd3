"""Thai on screen breaks between words where Textual wraps it (tui/thai_breaks.py): the health
check's sentence from the seeds and step 3's list, at 80 and 60 columns, read back as drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
import textual.content
import textual.document._wrapped_document
from rich._wrap import divide_line as rich_divide_line
from textual._wrap import compute_wrap_offsets as textual_wrap_offsets
from textual.app import App, ComposeResult
from textual.widget import Widget

from tests.test_import_hygiene import printed_by
from tests.test_thai_words import LONG_RUN, LONG_RUN_WORDS, STATED
from tui import thai_breaks
from tui.app import make_app
from tui.core.cells import cell_width
from tui.core.document import Document
from tui.core.vocab import Language
from tui.screens.health import HealthScreen
from tui.widgets.many_lines import ManyLines

#: The health check's sentence for interdependence (seed 002, line 86), as the screen shows it.
SAID = f"“{LONG_RUN}” (เอกสาร 002:86)"
#: The stakeholder whose name step 3's list broke as กองสาธารณสุขและสิ่งแวดล้อ / ม ทม.
OFFICE = "กองสาธารณสุขและสิ่งแวดล้อม ทม."
OFFICE_WORDS = STATED["กองสาธารณสุขและสิ่งแวดล้อม"]


def drawn(widget: Widget) -> list[str]:
    """The widget's lines as drawn, without the blanks that pad them."""
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


def word_ends(text: str, run: str, words: list[str]) -> set[int]:
    """Where, in ``text``, ``run`` (a part of it) starts and each of its stated ``words`` ends."""
    assert "".join(words) == run
    at = text.index(run)
    ends = {at}
    for word in words:
        at += len(word)
        ends.add(at)
    return ends


def breaks_inside_words(lines: list[str], text: str, allowed: set[int]) -> list[str]:
    """Each place where ``lines``, read in turn, break ``text`` neither at a space nor at one
    of the ``allowed`` offsets, as the word it cuts (``หุ้น/ส่วน``); every line must be the next
    part of it."""
    wrong, at = [], 0
    for number, line in enumerate(lines):
        line = line.strip()
        while text[at : at + 1] == " ":
            at += 1
        assert text.startswith(line, at), (number, line, text[at:])
        at += len(line)
        if number < len(lines) - 1 and text[at : at + 1] != " " and at not in allowed:
            start = max([text.rfind(" ", 0, at) + 1, *(end for end in allowed if end < at)])
            end = min([len(text), *(end for end in allowed if end > at)])
            wrong.append(f"{text[start:at]}/{text[at:end]}")
    assert at == len(text), lines
    return wrong


async def health_sentence(sample: Path, width: int) -> list[str]:
    """The lines the health check draws for interdependence, at ``width`` columns."""
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HealthScreen)
        says = screen.query_one("#health-says")
        for _ in range(30):
            if "ยึดโยง" in str(says.render()):
                break
            await pilot.press("down")
            await pilot.pause()
        await pilot.pause()
        return drawn(says)


async def office_in_step_3(sample: Path, width: int) -> list[str]:
    """The lines of step 3's list that hold the office's name, from the name on."""
    app = make_app(Document.open(sample), Language.TH)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        lines = drawn(app.screen.query_one("#people"))
    first = next(n for n, line in enumerate(lines) if "กองสาธารณสุข" in line)
    taken = [lines[first][lines[first].index("กอง") :]]
    while len("".join(taken).replace(" ", "")) < len(OFFICE.replace(" ", "")):
        taken.append(lines[first + len(taken)].strip())
    return taken


@pytest.mark.parametrize("width", [80, 60])
async def test_the_health_checks_sentence_breaks_between_its_words(sample: Path, width: int) -> None:
    lines = await health_sentence(sample, width)
    assert len(lines) >= 2  # it is wrapped
    assert all(cell_width(line) <= width for line in lines)
    assert breaks_inside_words(lines, SAID, word_ends(SAID, LONG_RUN, LONG_RUN_WORDS)) == []


@pytest.mark.parametrize("width", [80, 60])
async def test_a_long_name_in_step_3s_list_breaks_between_its_words(sample: Path, width: int) -> None:
    lines = await office_in_step_3(sample, width)
    assert len(lines) == 2, lines  # the list is narrower than the name
    assert breaks_inside_words(lines, OFFICE, word_ends(OFFICE, "กองสาธารณสุขและสิ่งแวดล้อม", OFFICE_WORDS)) == []
    assert lines[0] == "กองสาธารณสุขและ"  # as much of it as fits: the line is not left short


async def test_rich_alone_breaks_them_inside_a_word(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the workaround is for (rich 15, Textual 8.2): rich's own wrapping, and the same
    checks find the words it cuts."""
    monkeypatch.setenv(thai_breaks.WRAP_ENV, "rich")
    monkeypatch.setattr(textual.content, "divide_line", rich_divide_line)
    lines = await health_sentence(sample, 60)
    assert breaks_inside_words(lines, SAID, word_ends(SAID, LONG_RUN, LONG_RUN_WORDS)) == ["หุ้น/ส่วน"]
    lines = await office_in_step_3(sample, 80)
    assert breaks_inside_words(lines, OFFICE, word_ends(OFFICE, "กองสาธารณสุขและสิ่งแวดล้อม", OFFICE_WORDS)) == [
        "สิ่งแวดล้อ/ม"
    ]


TEXTS = [
    "The quick brown fox jumps over a supercalifragilisticexpialidocious dog",
    "  two blanks first, then words",
    "ส่งผัก ให้ โรงพยาบาล ทุกวัน",
    SAID,
    f"ใน {LONG_RUN} และ {LONG_RUN}",
    "ผู้ใหญ่บ้าน ต.น้ำน้อย 🤝 ภาคี 🌾 ร่วมมือ",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [6, 11, 24, 40, 60, 80])
def test_lines_fit_and_nothing_is_lost(text: str, width: int) -> None:
    breaks = thai_breaks.divide_line(text, width)
    assert breaks == sorted(set(breaks)) and all(0 < at < len(text) for at in breaks)
    lines = [text[start:end] for start, end in zip([0, *breaks], [*breaks, len(text)], strict=True)]
    assert all(cell_width(line.rstrip()) <= width for line in lines), lines
    assert "".join(lines) == text


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [6, 11, 24, 40, 60, 80])
def test_where_every_word_fits_a_line_it_wraps_as_rich_does(text: str, width: int) -> None:
    """Breaks at spaces are rich's own; only a run wider than the line is cut differently."""
    if max(cell_width(word) for word in text.split()) <= width or not any("\u0e00" <= c <= "\u0e7f" for c in text):
        assert thai_breaks.divide_line(text, width) == rich_divide_line(text, width)


def test_without_folding_a_run_wider_than_the_line_stands_alone_as_in_rich() -> None:
    assert thai_breaks.divide_line(f"ใน {LONG_RUN} ไป", 40, fold=False) == rich_divide_line(
        f"ใน {LONG_RUN} ไป", 40, fold=False
    )


def pieces_at(text: str, breaks: list[int]) -> list[str]:
    return [text[start:end] for start, end in zip([0, *breaks], [*breaks, len(text)], strict=True)]


@pytest.mark.parametrize("text", [*TEXTS, f"ก\tข {LONG_RUN}", f"ใน {LONG_RUN}{' ' * 130}ไป"])
@pytest.mark.parametrize("width", [6, 11, 24, 40, 60, 80])
def test_a_multi_line_fields_lines_fit_and_nothing_is_lost(text: str, width: int) -> None:
    """As Textual wraps a TextArea's line: the blanks after a word count where it is placed."""
    breaks = thai_breaks.compute_wrap_offsets(text, width, 4)
    assert breaks == sorted(set(breaks)) and all(0 < at < len(text) for at in breaks)
    lines = pieces_at(text, breaks)
    assert "".join(lines) == text
    if "\t" not in text:
        assert all(cell_width(line) <= width for line in lines), lines
    if "\t" in text or max(cell_width(chunk) for chunk in text.split()) < width:
        assert breaks == textual_wrap_offsets(text, width, 4)


class OneField(App[None]):
    def compose(self) -> ComposeResult:
        yield ManyLines(id="field")


async def field_lines(width: int) -> tuple[list[str], int]:
    """The seed's sentence in a multi-line field (the study's, the plan's) on a screen
    ``width`` columns wide: its lines as wrapped, and the field's width inside."""
    app = OneField()
    async with app.run_test(size=(width, 12)) as pilot:
        field = app.query_one(ManyLines)
        field.show(SAID)
        await pilot.pause()
        return field.wrapped_document.get_sections(0), field.scrollable_content_region.width


@pytest.mark.parametrize("width", [40, 60])
async def test_a_multi_line_field_wraps_a_long_run_between_words(width: int) -> None:
    thai_breaks.install()
    lines, inner = await field_lines(width)
    assert len(lines) >= 3
    assert all(cell_width(line.rstrip()) <= inner for line in lines)
    assert breaks_inside_words(lines, SAID, word_ends(SAID, LONG_RUN, LONG_RUN_WORDS)) == []


async def test_textual_alone_cuts_words_in_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textual.document._wrapped_document, "compute_wrap_offsets", textual_wrap_offsets)
    lines, _ = await field_lines(40)
    assert breaks_inside_words(lines, SAID, word_ends(SAID, LONG_RUN, LONG_RUN_WORDS)) != []


def test_the_word_list_is_read_only_for_a_run_wider_than_the_line() -> None:
    """Thai whose runs fit their lines wraps at its spaces without the word list (most of a
    second to read on a busy machine); a run wider than the line reads it."""
    code = (
        "import sys\n"
        "from tui import thai_breaks\n"
        "thai_breaks.divide_line('ส่งผัก ให้ โรงพยาบาล ทุกวัน', 11)\n"
        "thai_breaks.compute_wrap_offsets('ส่งผัก ให้ โรงพยาบาล ทุกวัน', 11, 4)\n"
        "from tui.core import thai_words\n"
        "print(thai_words._dictionary.cache_info().currsize > 0)\n"
        "thai_breaks.divide_line('ส่งผักให้โรงพยาบาลทุกวัน', 11)\n"
        "print(thai_words._dictionary.cache_info().currsize > 0)\n"
    )
    assert printed_by(code).split() == ["False", "True"]
