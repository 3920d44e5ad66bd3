"""Lines of terminal cells drawn into a PNG for a phone: Thai shaped by HarfBuzz, set in Sarabun.

A picture is drawn on the same grid of cells as the terminal, so the map's
lines meet the labels where they do on screen: each line of text is cut into
runs of letters and runs of box-drawing characters. A run of letters is shaped
whole by HarfBuzz (uharfbuzz), so every Thai vowel and tone mark sits where the
font puts it over or under its letter (ก่ and กี่ differ in the height of the
tone mark; น้ำ takes its nikhahit under the tone mark), then each cluster of
glyphs is centred in the cells the terminal gives it. FreeType (freetype-py)
draws each glyph and Pillow lays the glyphs on the page and writes the PNG.
Box-drawing characters are drawn as lines from the cell's middle to its edges,
light or heavy, so they join across cells whatever the font.

The font is Sarabun (SIL Open Font License) from the ``fontpkg-sarabun``
package: nothing is taken from the system. Why HarfBuzz and not Pillow's own
layout: README.md, "Pictures". Everything here needs the ``picture`` extra;
:func:`missing` says whether it is installed, and the CLI imports this module
only when a picture is asked for.
"""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from tui.core.cells import terminal_cells

if TYPE_CHECKING:
    from PIL import Image

#: The packages a picture needs (the ``picture`` extra), by import name.
NEEDED = ("PIL", "uharfbuzz", "freetype", "fontpkg_sarabun")
#: The picture's width in pixels when none is asked for: a phone's screen.
DEFAULT_WIDTH = 1080
#: The narrowest picture drawn (narrower, no letter could be read), and the widest (a poster's:
#: wider, a long plan would take gigabytes to draw).
MIN_WIDTH = 320
MAX_WIDTH = 4096
#: Space around the drawing, as a share of the width.
MARGIN = 0.04
#: Font size as a multiple of the cell's width (Sarabun's letters are about half an em wide).
FONT_PER_CELL = 1.75
#: Height of a line as a multiple of the font size: room for a tone mark over an upper vowel
#: and a lower vowel under a letter, so lines of Thai never touch.
LINE_HEIGHT = 1.45
#: Pixels of the title's font, as a share of the width; and the most the body's font may be.
TITLE_SIZE = 0.045
SUBTITLE_SIZE = 0.032
#: The most space added between the letters of a label narrower than its cells, as a share of a cell.
SPACING_MOST = 0.15
#: How far past its cells a word may reach, as a share of a cell (half each side), before it is
#: drawn smaller: a few wide Latin letters ("New", "Tom") stay the size of the rest.
OVERFLOW = 0.3
BODY_MOST = 0.04
PAPER = (255, 255, 255)
INK = (29, 29, 31)
LIGHT_LINE = (96, 96, 104)
TITLE_INK = (11, 93, 75)
STAR_INK = (196, 120, 0)
LEADER_INK = (170, 40, 60)

LIGHT, HEAVY = 1, 2
#: The box-drawing characters the map and the grid use, light and heavy, with the arms each
#: has to the north, east, south and west.
_SHAPES = (
    ("─━", (0, 1, 0, 1)),
    ("│┃", (1, 0, 1, 0)),
    ("┌┏", (0, 1, 1, 0)),
    ("┐┓", (0, 0, 1, 1)),
    ("└┗", (1, 1, 0, 0)),
    ("┘┛", (1, 0, 0, 1)),
    ("├┣", (1, 1, 1, 0)),
    ("┤┫", (1, 0, 1, 1)),
    ("┬┳", (0, 1, 1, 1)),
    ("┴┻", (1, 1, 0, 1)),
    ("┼╋", (1, 1, 1, 1)),
)
#: Each box-drawing character: the weight of its arm to the north, east, south and west (0: none).
BOX: dict[str, tuple[int, int, int, int]] = {
    **{pair[0]: arms for pair, arms in _SHAPES},
    **{pair[1]: (arms[0] * HEAVY, arms[1] * HEAVY, arms[2] * HEAVY, arms[3] * HEAVY) for pair, arms in _SHAPES},
    "╂": (HEAVY, LIGHT, HEAVY, LIGHT),
    "┿": (LIGHT, HEAVY, LIGHT, HEAVY),
}


def missing() -> list[str]:
    """The packages of the ``picture`` extra that are not installed (none: pictures can be made)."""
    from importlib.util import find_spec

    return [name for name in NEEDED if find_spec(name) is None]


@dataclass(frozen=True)
class Glyph:
    """One glyph of shaped text: the font's glyph id, the character it starts at (HarfBuzz's
    cluster), where it is drawn relative to the pen, and how far it moves the pen (pixels)."""

    gid: int
    cluster: int
    x: float
    y: float
    advance: float


class Font:
    """Sarabun at one size: shapes text with HarfBuzz and draws glyphs with FreeType."""

    def __init__(self, size: float, weight: str = "Regular") -> None:
        import freetype
        import uharfbuzz

        path = str(resources.files("fontpkg_sarabun") / "files" / f"Sarabun-{weight}.ttf")
        self.size = size
        self.weight = weight
        blob = uharfbuzz.Blob.from_file_path(path)
        face = uharfbuzz.Face(blob)
        self.upem = face.upem
        self._hb = uharfbuzz.Font(face)
        self._ft: Any = freetype.Face(path)
        self._ft.set_char_size(round(size * 64))
        self._bitmaps: dict[int, tuple[Image.Image | None, int, int]] = {}
        ascender, descender = self._ft.size.ascender / 64, self._ft.size.descender / 64
        #: Pixels from the top of a line of this font to its baseline, and the line's height.
        self.ascent = ascender
        self.height = ascender - descender

    def shape(self, text: str) -> list[Glyph]:
        """``text`` shaped: its glyphs in order, with their offsets and advances in pixels."""
        import uharfbuzz

        if not text:
            return []
        buffer = uharfbuzz.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        uharfbuzz.shape(self._hb, buffer, {})
        scale = self.size / self.upem
        return [
            Glyph(info.codepoint, info.cluster, pos.x_offset * scale, pos.y_offset * scale, pos.x_advance * scale)
            for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
        ]

    def width(self, text: str) -> float:
        """How far ``text`` moves the pen, in pixels (its advance width)."""
        return sum(glyph.advance for glyph in self.shape(text))

    def bitmap(self, gid: int) -> tuple[Image.Image | None, int, int]:
        """Glyph ``gid`` as a coverage mask, and where its top left lies from the pen on the
        baseline (None: the glyph has no ink, as a space)."""
        if gid not in self._bitmaps:
            import freetype
            from PIL import Image

            self._ft.load_glyph(gid, freetype.FT_LOAD_DEFAULT | freetype.FT_LOAD_NO_HINTING)
            slot = self._ft.glyph
            slot.render(freetype.FT_RENDER_MODE_NORMAL)
            bitmap = slot.bitmap
            mask = None
            if bitmap.width and bitmap.rows:
                data = bytes(bitmap.buffer)
                mask = Image.frombytes("L", (bitmap.width, bitmap.rows), data, "raw", "L", bitmap.pitch)
            self._bitmaps[gid] = (mask, slot.bitmap_left, -slot.bitmap_top)
        return self._bitmaps[gid]

    def draw(
        self,
        page: Image.Image,
        glyphs: Sequence[Glyph],
        x: float,
        baseline: float,
        ink: tuple[int, ...],
        spacing: float = 0.0,
    ) -> None:
        """Draw shaped ``glyphs`` on ``page`` with the pen starting at ``x`` on ``baseline``,
        ``spacing`` pixels added between clusters (never inside one: a mark stays on its letter)."""
        pen = x
        for index, glyph in enumerate(glyphs):
            mask, left, top = self.bitmap(glyph.gid)
            if mask is not None:
                at = (round(pen + glyph.x + left), round(baseline - glyph.y + top))
                page.paste(ink, (*at, at[0] + mask.width, at[1] + mask.height), mask)
            pen += glyph.advance
            if index + 1 < len(glyphs) and glyphs[index + 1].cluster != glyph.cluster:
                pen += spacing


@dataclass(frozen=True)
class Layout:
    """Where things go on a page ``width`` pixels wide with ``columns`` cells to a line."""

    width: int
    columns: int

    @property
    def margin(self) -> int:
        return round(self.width * MARGIN)

    @property
    def cell(self) -> float:
        return (self.width - 2 * self.margin) / max(1, self.columns)

    @property
    def font_size(self) -> float:
        return min(self.cell * FONT_PER_CELL, self.width * BODY_MOST)

    @property
    def line(self) -> float:
        return self.font_size * LINE_HEIGHT


def to_png(page: Image.Image) -> bytes:
    """``page`` as the bytes of a PNG file."""
    out = io.BytesIO()
    page.save(out, format="PNG", compress_level=6)  # level 9 or optimize: 3% smaller, five times slower
    return out.getvalue()


def render(
    title: str,
    lines: Sequence[str],
    columns: int,
    width: int = DEFAULT_WIDTH,
    *,
    subtitle: str = "",
    bold: Collection[int] = (),
) -> Image.Image:
    """``lines`` (each at most ``columns`` terminal cells) under ``title`` and ``subtitle``, on a
    page ``width`` pixels wide; the lines numbered in ``bold`` (from 0) in bold. :func:`to_png`
    makes it a file."""
    from PIL import Image

    width = min(max(MIN_WIDTH, width), MAX_WIDTH)
    layout = Layout(width, max(columns, *(sum(c for _, c in terminal_cells(line)) for line in lines), 1))
    room = width - 2 * layout.margin
    heads = [
        (_font(width * TITLE_SIZE, "Bold"), line, TITLE_INK) for line in _wrap_title(width * TITLE_SIZE, title, room)
    ]
    if subtitle:
        size = width * SUBTITLE_SIZE
        heads += [(_font(size, "Regular"), line, INK) for line in _wrap_title(size, subtitle, room)]
    body, strong = _font(layout.font_size, "Regular"), _font(layout.font_size, "Bold")
    top = layout.margin + sum(font.size * LINE_HEIGHT for font, _, _ in heads) + layout.line * 0.5
    height = round(top + len(lines) * layout.line + layout.margin)
    page = Image.new("RGB", (width, height), PAPER)
    y = float(layout.margin)
    for font, text, ink in heads:
        font.draw(page, font.shape(text), layout.margin, y + font.ascent, ink)
        y += font.size * LINE_HEIGHT
    for row, text in enumerate(lines):
        _draw_line(page, strong if row in bold else body, layout, text, top + row * layout.line, INK)
    return page


@cache
def _sized(size: float, weight: str) -> Font:
    return Font(size, weight)


def _font(size: float, weight: str, *, floor: bool = False) -> Font:
    """Sarabun of ``weight`` at ``size`` pixels, to a quarter pixel (down with ``floor``): one font
    object a size, its glyphs drawn once."""
    quarters = math.floor(size * 4) if floor else round(size * 4)
    return _sized(max(1, quarters) / 4, weight)


def _wrap_title(size: float, title: str, room: float) -> list[str]:
    """The title in as many lines as it needs to fit ``room`` pixels, broken at spaces."""
    font = _font(size, "Bold")
    lines: list[str] = []
    for word in title.split():
        if lines and font.width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _draw_line(page: Image.Image, font: Font, layout: Layout, text: str, top: float, ink: tuple[int, ...]) -> None:
    """One line of terminal cells: words shaped whole and centred in their cells, box drawing
    and the symbols the font lacks drawn as shapes."""
    baseline = top + (layout.line - font.height) / 2 + font.ascent
    for column, run, kind in _runs(text):
        x = layout.margin + column * layout.cell
        if kind is Run.BOX:
            for offset, character in enumerate(run):
                _draw_box(page, BOX[character], x + offset * layout.cell, top, layout)
        elif kind is Run.SHAPE:
            for offset, character in enumerate(run):
                SHAPES[character](page, x + offset * layout.cell, top, layout)
        else:
            for phrase in _phrases(run):
                _draw_phrase(page, font, layout, phrase, x + phrase.start * layout.cell, baseline)


class Run(Enum):
    TEXT = "text"
    BOX = "box"
    SHAPE = "shape"


def _runs(text: str) -> Iterator[tuple[int, str, Run]]:
    """``text`` cut into runs of letters, of box drawing and of drawn symbols: (first cell, run, kind)."""
    column, start, run, kind = 0, 0, "", Run.TEXT
    for characters, cells in terminal_cells(text):
        now = Run.BOX if characters in BOX else Run.SHAPE if characters in SHAPES else Run.TEXT
        if run and now is not kind:
            yield start, run, kind
            run = ""
        if not run:
            start, kind = column, now
        run += characters
        column += cells
    if run:
        yield start, run, kind


#: Drawn in a cell of their own, so the map's lines meet a label's brackets where they do on screen.
BRACKETS = frozenset("[](){}")
OPENING = frozenset("[({")


@dataclass(frozen=True)
class Phrase:
    """Words joined by single spaces, drawn as one: the cell it starts at, its terminal cells, and
    whether it is centred in them (a label, after an opening bracket) or starts at the first."""

    start: int
    cells: tuple[tuple[str, int], ...]
    centred: bool

    @property
    def text(self) -> str:
        return "".join(characters for characters, _ in self.cells)

    @property
    def width(self) -> int:
        return max(1, sum(cells for _, cells in self.cells))


def _phrases(run: str) -> Iterator[Phrase]:
    """The phrases of a run of letters: cut at two spaces or more (the columns of a table, the
    gap between two labels) and at brackets, each bracket (and a sign between spaces) a phrase
    of its own."""
    cells = terminal_cells(run)
    column, start = 0, 0
    phrase: list[tuple[str, int]] = []
    centred = False
    for index, (characters, width) in enumerate(cells):
        following = cells[index + 1][0] if index + 1 < len(cells) else " "
        before = cells[index - 1][0] if index else " "
        # A sign standing alone between spaces ("=" between a short label and its name) keeps its cell.
        sign = len(characters) == 1 and (characters in "·–—" or unicodedata.category(characters) == "Sm")
        alone = sign and before == " " and following == " "
        ends = characters in BRACKETS or alone or (characters == " " and (not phrase or following == " "))
        if ends:
            if phrase:
                yield Phrase(start, tuple(phrase), centred)
                phrase = []
            if characters != " ":
                yield Phrase(column, ((characters, width),), True)
            centred = characters in OPENING
        else:
            if not phrase:
                start = column
            phrase.append((characters, width))
        column += width
    if phrase:
        yield Phrase(start, tuple(phrase), centred)


def _draw_phrase(page: Image.Image, font: Font, layout: Layout, phrase: Phrase, x: float, baseline: float) -> None:
    """A phrase shaped whole: where it is wider than its cells (by more than :data:`OVERFLOW`),
    drawn smaller; where narrower, from its first cell, or centred with its letters a little apart (a
    label between brackets, which the map's lines meet)."""
    text = phrase.text.rstrip()
    room = phrase.width * layout.cell
    glyphs = font.shape(text)
    advance = sum(glyph.advance for glyph in glyphs)
    spacing = 0.0
    if advance > room + OVERFLOW * layout.cell:
        font = _font(font.size * room / advance, font.weight, floor=True)
        glyphs = font.shape(text)
        advance = sum(glyph.advance for glyph in glyphs)
    elif phrase.centred and (gaps := len({glyph.cluster for glyph in glyphs}) - 1) > 0:
        spacing = max(0.0, min((room - advance) / (gaps + 1), layout.cell * SPACING_MOST))
        advance += spacing * gaps
    left = x + (room - advance) / 2 if phrase.centred else x + min(0.0, (room - advance) / 2)
    font.draw(page, glyphs, left, baseline, INK, spacing)


def _draw_box(page: Image.Image, arms: tuple[int, int, int, int], x: float, top: float, layout: Layout) -> None:
    """A box-drawing cell: each arm a bar from the cell's middle to its edge."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(page)
    middle_x, middle_y = x + layout.cell / 2, top + layout.line / 2
    right, bottom = x + layout.cell, top + layout.line
    for arm, weight in enumerate(arms):
        if not weight:
            continue
        half = max(0.5, layout.cell * (0.07 if weight == LIGHT else 0.16))
        colour = LIGHT_LINE if weight == LIGHT else INK
        # The arm overlaps the middle by half its thickness, so corners close.
        if arm == 0:
            box = (middle_x - half, top, middle_x + half, middle_y + half)
        elif arm == 1:
            box = (middle_x - half, middle_y - half, right, middle_y + half)
        elif arm == 2:
            box = (middle_x - half, middle_y - half, middle_x + half, bottom)
        else:
            box = (x, middle_y - half, middle_x + half, middle_y + half)
        draw.rectangle(_pixels(box), fill=colour)


def _pixels(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """A box in whole pixels, at least one wide and one high (Pillow's rectangles include both ends)."""
    left, top, right, bottom = (round(v) for v in box)
    return left, top, max(left, right - 1), max(top, bottom - 1)


def _star(page: Image.Image, x: float, top: float, layout: Layout) -> None:
    """★: a five-pointed star filling most of the cell's width."""
    from PIL import ImageDraw

    middle_x, middle_y = x + layout.cell / 2, top + layout.line / 2
    outer = layout.cell * 0.62
    points = []
    for index in range(10):
        radius = outer if index % 2 == 0 else outer * 0.45
        angle = math.pi * index / 5 - math.pi / 2
        points.append((middle_x + radius * math.cos(angle), middle_y + radius * math.sin(angle)))
    ImageDraw.Draw(page).polygon(points, fill=STAR_INK)


def _diamond(page: Image.Image, x: float, top: float, layout: Layout) -> None:
    """♦: a diamond, taller than wide."""
    from PIL import ImageDraw

    middle_x, middle_y = x + layout.cell / 2, top + layout.line / 2
    half_w, half_h = layout.cell * 0.38, layout.cell * 0.55
    points = [
        (middle_x, middle_y - half_h),
        (middle_x + half_w, middle_y),
        (middle_x, middle_y + half_h),
        (middle_x - half_w, middle_y),
    ]
    ImageDraw.Draw(page).polygon(points, fill=LEADER_INK)


def _dot(page: Image.Image, x: float, top: float, layout: Layout) -> None:
    """●: a round dot."""
    from PIL import ImageDraw

    middle_x, middle_y = x + layout.cell / 2, top + layout.line / 2
    radius = layout.cell * 0.4
    ImageDraw.Draw(page).ellipse((middle_x - radius, middle_y - radius, middle_x + radius, middle_y + radius), fill=INK)


def _tick(page: Image.Image, x: float, top: float, layout: Layout) -> None:
    """✓: a tick."""
    from PIL import ImageDraw

    middle_y = top + layout.line / 2
    cell = layout.cell
    points = [
        (x + cell * 0.1, middle_y),
        (x + cell * 0.4, middle_y + cell * 0.35),
        (x + cell * 0.95, middle_y - cell * 0.45),
    ]
    ImageDraw.Draw(page).line(points, fill=TITLE_INK, width=max(1, round(cell * 0.14)), joint="curve")


def _arrow(dx: int, dy: int) -> Callable[[Image.Image, float, float, Layout], None]:
    """An arrow pointing ``(dx, dy)`` across its cell (Sarabun's arrows are a small letter's size)."""

    def draw(page: Image.Image, x: float, top: float, layout: Layout) -> None:
        from PIL import ImageDraw

        middle_x, middle_y = x + layout.cell / 2, top + layout.line / 2
        reach = layout.cell * 0.45 if dx else layout.cell * 0.65
        tip = (middle_x + dx * reach, middle_y + dy * reach)
        tail = (middle_x - dx * reach, middle_y - dy * reach)
        head = layout.cell * 0.3
        side_x, side_y = dy * head * 0.8, dx * head * 0.8  # across the arrow
        back = (tip[0] - dx * head, tip[1] - dy * head)
        draw_on = ImageDraw.Draw(page)
        draw_on.line([tail, back], fill=INK, width=max(1, round(layout.cell * 0.1)))
        draw_on.polygon([tip, (back[0] + side_x, back[1] + side_y), (back[0] - side_x, back[1] - side_y)], fill=INK)

    return draw


#: Symbols Sarabun has no glyph for (or one too small to read on a phone), drawn as shapes in their cell.
SHAPES: dict[str, Callable[[Image.Image, float, float, Layout], None]] = {
    "★": _star,
    "♦": _diamond,
    "●": _dot,
    "✓": _tick,
    "↑": _arrow(0, -1),
    "↓": _arrow(0, 1),
    "→": _arrow(1, 0),
    "←": _arrow(-1, 0),
}
