"""Pictures for a phone: ``phakhi picture`` writes a PNG of the map, the grid or the plan, with Thai
marks on their letters, redacted as the report is, and refuses what it cannot do in one line."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

pytest.importorskip("PIL", reason="pictures need the 'picture' extra (uv sync --all-extras installs it)")

from PIL import Image, ImageChops

from tui.cli import main
from tui.core import store
from tui.core.io.redact import redacted
from tui.core.model import Plan, PlanRow, Stakeholder, Tie, Workbook
from tui.core.picture import DEFAULT_WIDTH, Font
from tui.core.picture import render as draw
from tui.core.picture_lines import PictureKind, picture_png, picture_text
from tui.core.textmap import MapOptions, render
from tui.core.vocab import Language, Sector

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PHONE = "0812345678"
MAIL = "somchai@example.com"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (its first chunk, IHDR), read without Pillow."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- the command ------------------------------------------------------------


@pytest.mark.parametrize("what", ["map", "grid", "plan"])
def test_each_picture_is_a_png_of_a_phones_width(sample: Path, tmp_path: Path, what: str) -> None:
    out = tmp_path / f"{what}.png"
    assert main(["picture", str(sample), "--what", what, "-o", str(out)]) == 0
    width, height = png_size(out.read_bytes())
    assert width == DEFAULT_WIDTH == 1080
    assert height > 300
    assert (out.stat().st_mode & 0o777) == 0o600  # it may hold names and contacts: owner-only
    with Image.open(out) as picture:
        assert picture.size == (width, height)
        assert picture.convert("L").getextrema()[0] < 100  # there is ink on it


def test_the_width_asked_for(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.png"
    assert main(["picture", str(sample), "--what", "grid", "--width", "720", "-o", str(out), "--lang", "en"]) == 0
    assert png_size(out.read_bytes())[0] == 720


def test_an_unknown_picture_is_one_line_with_the_fix_exit_2_and_nothing_written(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.png"
    assert main(["picture", str(sample), "--what", "chart", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "chart" in err[0] and "--what map" in err[0]
    assert list(tmp_path.iterdir()) == [sample]


def test_a_folder_that_is_not_there_is_one_line_exit_2(sample: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "missing" / "x.png"
    assert main(["picture", str(sample), "--what", "map", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(tmp_path / "missing") in err[0] and "-o" in err[0]
    assert list(tmp_path.iterdir()) == [sample]


def test_a_file_that_cannot_be_written_leaves_nothing_behind(sample: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", refuse)  # the last step of the atomic write fails
    out = tmp_path / "x.png"
    assert main(["picture", str(sample), "--what", "grid", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Permission denied" in err[0] and "-o" in err[0]
    assert list(tmp_path.iterdir()) == [sample]  # no picture, no temporary file


def test_the_workbook_itself_is_never_written_over(sample: Path, capsys) -> None:
    before = sample.read_bytes()
    assert main(["picture", str(sample), "--what", "map", "-o", str(sample)]) == 2
    assert sample.read_bytes() == before


@pytest.mark.parametrize("width", ["100", "-5", "50000"])
def test_a_width_too_narrow_to_read_or_too_wide_to_draw_is_refused(sample: Path, tmp_path: Path, capsys, width) -> None:
    assert main(["picture", str(sample), "--width", width, "-o", str(tmp_path / "x.png")]) == 2
    assert "--width from 320 to 4096" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [sample]


def test_without_the_picture_extra_the_fix_is_said(sample: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("tui.core.picture.missing", lambda: ["uharfbuzz"])
    out = tmp_path / "x.png"
    assert main(["picture", str(sample), "-o", str(out)]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "uharfbuzz" in line and "uv sync --extra picture" in line
    assert not out.exists()


# -- Thai set right ---------------------------------------------------------


def ink(text: str, size: float = 64) -> Image.Image:
    """``text`` drawn black on white, large, with the pen at (20, 120)."""
    page = Image.new("RGB", (400, 200), (255, 255, 255))
    font = Font(size)
    font.draw(page, font.shape(text), 20, 120, (0, 0, 0))
    return page


def box(page: Image.Image) -> tuple[int, int, int, int]:
    """The bounding box of the ink on a white page."""
    found = ImageChops.invert(page.convert("L")).point(lambda v: 255 if v > 60 else 0).getbbox()
    assert found is not None
    return found


def test_vowel_and_tone_marks_take_no_advance_while_a_following_vowel_does() -> None:
    font = Font(64)
    assert font.width("กี่") == font.width("ก") == font.width("ก่") > 0
    assert font.width("กา") > font.width("ก") * 1.5
    assert font.width("น้ำ") == pytest.approx(font.width("นำ"))  # the tone mark over sara am takes no room


def test_the_marks_are_drawn_over_their_letter() -> None:
    base = ink("ก")
    left, top, right, _ = box(base)
    marks = ImageChops.difference(ink("กี่"), base)  # the ink the marks added
    m_left, m_top, m_right, m_bottom = box(ImageChops.invert(marks))
    assert left - 2 <= m_left and m_right <= right + 2  # within the letter's width, not after it
    assert m_bottom <= top + 2  # above the letter


def test_a_tone_mark_over_an_upper_vowel_is_raised_above_it() -> None:
    """HarfBuzz stacks ่ over ี (the font's mark-to-mark positioning); a layout without it draws both
    at one height, one on the other."""
    alone = box(ImageChops.invert(ImageChops.difference(ink("ก่"), ink("ก"))))
    stacked = box(ImageChops.invert(ImageChops.difference(ink("กี่"), ink("กี"))))
    vowel = box(ImageChops.invert(ImageChops.difference(ink("กี"), ink("ก"))))
    assert stacked[3] <= vowel[1] + 2  # the tone mark ends where the vowel begins, or above
    assert stacked[1] < alone[1] - 5  # so it stands higher than over a bare letter


def test_a_line_of_thai_keeps_its_marks_over_their_letter() -> None:
    """Drawn on the terminal's cells, the marks of "กี่กา" stay over its first letter: the ink they
    add to "กกา" lies over the first of its three letters."""

    def drawn(text: str) -> Image.Image:
        return draw("", [text], 10, 400)

    plain = drawn("กกา")
    left, top, right, _ = box(plain)
    marks = box(ImageChops.invert(ImageChops.difference(drawn("กี่กา"), plain)))
    assert left - 2 <= marks[0] and marks[2] <= left + (right - left) / 3 + 2
    assert marks[3] <= top + 2


def test_marks_on_signs_and_marks_alone_are_drawn() -> None:
    """A workbook's text may put a mark on a sign or at the start of a line (the terminal gives it a
    cell of its own): drawn, never an error."""
    page = draw("", ["\u0e48ก =\u0e48 ข [\u0e34]"], 12, 400)
    assert box(page)[2] - box(page)[0] > 50


# -- what the pictures show -------------------------------------------------


def test_the_map_picture_draws_the_text_map(sample: Path) -> None:
    from tui.core.current import current

    workbook, _ = store.load(sample)
    text = picture_text(workbook, PictureKind.MAP, Language.TH)
    drawn = render(current(workbook), MapOptions(width=text.columns, lang=Language.TH)).text()
    assert "\n".join(text.lines) == drawn.strip("\n")
    assert text.subtitle == "ผังเครือข่าย"


def test_the_grid_picture_shows_every_placed_name(sample: Path) -> None:
    workbook, _ = store.load(sample)
    text = "\n".join(picture_text(workbook, PictureKind.GRID, Language.TH).lines)
    for name in ("สปสช.", "กลุ่มเกษตรอินทรีย์", "กลุ่มปลูกผักอินทรีย์อื่น", "พ่อค้าคนกลางตลาดสด"):
        assert name in text
    assert "และอีก" not in text  # no name is left out for want of room
    empty = [not line.replace("│", "").strip() for line in text.split("\n")]
    assert not any(a and b for a, b in zip(empty, empty[1:], strict=False))  # no empty rows to fill a window


def test_the_plan_picture_has_each_row_its_group_in_bold(sample: Path) -> None:
    workbook, _ = store.load(sample)
    text = picture_text(workbook, PictureKind.PLAN, Language.TH)
    groups = {text.lines[i] for i in text.bold}
    assert {"กรรมการกองทุนตำบล", "สวนผักคนเมือง"} <= groups
    assert not any(set(line) <= set("=-~.") and line for line in text.lines)  # no text underlines


def test_a_provinces_plan_is_cut_to_a_picture_a_chat_app_takes() -> None:
    """Hundreds of plan rows would make a picture hundreds of megabytes big: the picture stops at
    MAX_LINES and its last line says how many more there are, and where to see them."""
    from tui.core.picture_lines import MAX_LINES

    people = [Stakeholder(f"s{n}", f"กลุ่มที่ {n}", Sector.PEOPLE) for n in range(200)]
    rows = [PlanRow(f"p{n}", stakeholder=f"s{n}", our_benefit="แลกเปลี่ยนความรู้") for n in range(200)]
    workbook = Workbook(stakeholders=people, plan=Plan(our_stakeholder="s0", rows=rows))
    text = picture_text(workbook, PictureKind.PLAN, Language.EN)
    assert len(text.lines) == MAX_LINES
    assert text.lines[-1].startswith("…and ") and text.lines[-1].endswith("(phakhi report shows them all)")


def private_workbook() -> Workbook:
    return Workbook(
        stakeholders=[
            Stakeholder("s1", f"ร้านค้า {PHONE}", Sector.PEOPLE, contact=MAIL, influence=5, interest=5),
            Stakeholder("s2", f"อาจารย์ {MAIL}", Sector.ACADEMIC, influence=2, interest=4),
        ],
        ties=[Tie("t1", "s1", "s2")],
        plan=Plan(our_stakeholder="s2", rows=[PlanRow("p1", stakeholder="s1", our_benefit=f"โทร {PHONE} หรือ {MAIL}")]),
    )


@pytest.mark.parametrize("kind", list(PictureKind))
def test_redact_draws_what_the_redacted_workbook_draws(kind: PictureKind) -> None:
    workbook = private_workbook()
    shown = "\n".join(picture_text(workbook, kind, Language.TH, redact=True).lines)
    assert PHONE not in shown and MAIL not in shown
    plain = "\n".join(picture_text(workbook, kind, Language.TH).lines)
    assert PHONE in plain
    text = picture_text(workbook, kind, Language.TH, redact=True)
    masked = draw(text.title, text.lines, text.columns, 600, subtitle=text.subtitle, bold=text.bold)
    same = picture_text(redacted(workbook, Language.TH), kind, Language.TH)
    assert text.lines == same.lines
    assert text.subtitle == f"{same.subtitle} · ปิดข้อมูลการติดต่อ"  # and the picture says so
    # Drawn with the same subtitle, the redacted workbook's picture is the very same.
    assert (
        masked.tobytes()
        == draw(same.title, same.lines, same.columns, 600, subtitle=text.subtitle, bold=same.bold).tobytes()
    )
    assert picture_png(workbook, kind, Language.TH, redact=True, width=600) != picture_png(
        workbook, kind, Language.TH, width=600
    )
