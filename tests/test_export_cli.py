"""``phakhi export``: every format to stdout or owner-only files, exit codes, and --redact in all seven formats."""

from __future__ import annotations

import io
import re
import shutil
import stat
from pathlib import Path

import networkx as nx
import pytest

from tui.cli import main
from tui.core import store
from tui.core.model import Plan, PlanRow, Project, Review, Stakeholder, Tie, Workbook
from tui.core.vocab import Language

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ["graphml", "gexf", "csv", "dot", "json", "md", "html"]

#: Nine or more digits joined the way phone numbers are written; an at-sign before a letter or digit.
PHONE_LIKE = re.compile(r"\+?\d(?:[ \-.()/]{0,2}\d){8,}")
ADDRESS_LIKE = re.compile(r"@\w")
CONTACTS = ["ผู้ใหญ่สมศักดิ์ฝ่ายติดต่อ", "Khun Pom the secretary"]


@pytest.fixture
def thai_file(tmp_path: Path) -> Path:
    path = tmp_path / "organic-farming.th.toml"
    shutil.copy(ROOT / "samples" / "organic-farming.th.toml", path)
    return path


@pytest.fixture
def leaky_file(tmp_path: Path) -> Path:
    """Contacts, phone numbers and e-mail addresses in every kind of text an export carries."""
    workbook = Workbook(
        language=Language.TH,
        project=Project(title="ตลาดสีเขียว โทร 0812345678", notes="ติดต่อ green@market.example"),
        stakeholders=[
            Stakeholder(
                "s1",
                "กลุ่มเกษตรอินทรีย์ @organicfarm",
                contact=CONTACTS[0],
                notes="โทร 087-999-8888",
                influence=4,
                interest=5,
            ),
            Stakeholder("s2", "นายก ทม.", contact=CONTACTS[1], access="ผ่านเลขา pom@city.go.th หรือ +66 87 999 8888"),
            Stakeholder("s3", "โรงพยาบาล", what_matters="โทร๐๘๗๙๙๙๘๘๘๘", approach_who="(074) 123-4567"),
        ],
        ties=[
            Tie("t1", "s1", "s2", notes="นัดผ่าน 02 123 4567"),
            Tie("t2", "s1", "s3", frequency="ทุกวันจันทร์ แจ้ง sales@farm.co.th"),
        ],
        plan=Plan(
            shared_vision="ผักปลอดภัย สายด่วน 1669-000-000",
            our_group="กลุ่มเกษตรอินทรีย์",
            rows=[PlanRow("p1", group="รพ. 074-451-000", methods=["ไลน์ @hospital", "โทร 0811111111"])],
        ),
        health=[
            Review(
                "เวทีที่บ้านผู้ใหญ่ โทร 0899999999",
                "2026-03-01",
                ["components", "leaders"],
                scores={"trust": 3},
                notes={"trust": "ถามได้ที่ trust@group.example หรือ 081 222 3333"},
            )
        ],
    )
    path = tmp_path / "leaky.toml"
    store.save(workbook, path, store.NO_FILE)
    return path


def export_text(path: Path, fmt: str, folder: Path, *extra: str) -> str:
    """The whole export as one text (both CSV files joined; an HTML page without its style sheet)."""
    folder.mkdir()
    target = folder if fmt == "csv" else folder / f"export.{fmt}"
    assert main(["export", str(path), "--format", fmt, "-o", str(target), *extra]) == 0
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(folder.iterdir()))
    return re.sub(r"<style>.*?</style>", "", text, flags=re.S)  # CSS's @page is no address


@pytest.mark.parametrize("fmt", FORMATS)
def test_redact_leaves_no_phone_email_or_contact_in_any_format(leaky_file: Path, tmp_path: Path, fmt: str) -> None:
    plain = export_text(leaky_file, fmt, tmp_path / "plain")
    # Without --redact the personal data is there (so the check below can see it) …
    assert PHONE_LIKE.search(plain) and ADDRESS_LIKE.search(plain)
    if fmt != "dot":  # the drawing shows names and relationships only
        assert all(contact in plain for contact in CONTACTS)
    redacted = export_text(leaky_file, fmt, tmp_path / "redacted", "--redact")
    # … and with it, none.
    assert not PHONE_LIKE.findall(redacted), PHONE_LIKE.findall(redacted)
    assert not ADDRESS_LIKE.findall(redacted), ADDRESS_LIKE.findall(redacted)
    assert not [contact for contact in CONTACTS if contact in redacted]
    assert "ปิดไว้" in redacted  # the marker, [ปิดไว้] (escaped in Markdown)
    assert "กลุ่มเกษตรอินทรีย์" in redacted and "โรงพยาบาล" in redacted  # the rest is still there


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "dot", "json", "md", "html"])
def test_text_formats_go_to_stdout_without_o(thai_file: Path, fmt: str, capsys) -> None:
    assert main(["export", str(thai_file), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "นายก ทม." in out
    if fmt == "graphml":
        graph = nx.read_graphml(io.BytesIO(out.encode("utf-8")))
        assert graph.number_of_edges() == 25


def test_o_writes_owner_only_files_and_says_so(thai_file: Path, tmp_path: Path, capsys, umask_022) -> None:
    out = tmp_path / "map.gexf"
    assert main(["export", str(thai_file), "-o", str(out)]) == 0  # the format from the name
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert f"wrote {out}" in capsys.readouterr().err
    assert nx.read_gexf(out).number_of_nodes() == 19


def test_csv_writes_two_files_from_a_stem_or_into_a_folder(thai_file: Path, tmp_path: Path) -> None:
    assert main(["export", str(thai_file), "--format", "csv", "-o", str(tmp_path / "map.csv")]) == 0
    assert (tmp_path / "map-elements.csv").exists() and (tmp_path / "map-connections.csv").exists()
    folder = tmp_path / "kumu"
    folder.mkdir()
    assert main(["export", str(thai_file), "-o", str(folder), "--format", "csv"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["connections.csv", "elements.csv", "plan.csv"]
    assert stat.S_IMODE((folder / "elements.csv").stat().st_mode) == 0o600


def test_csv_without_o_and_an_unknown_format_are_command_line_errors(thai_file: Path, capsys) -> None:
    assert main(["export", str(thai_file), "--format", "csv"]) == 2
    assert "CSV is two files" in capsys.readouterr().err
    assert main(["export", str(thai_file)]) == 2
    assert "which format?" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(thai_file), "--format", "pdf"])
    assert exit_.value.code == 2


def test_refuses_to_write_over_the_workbook(thai_file: Path, capsys) -> None:
    before = thai_file.read_bytes()
    assert main(["export", str(thai_file), "--format", "json", "-o", str(thai_file)]) == 1
    assert "is the workbook itself" in capsys.readouterr().err
    assert thai_file.read_bytes() == before


def test_an_invalid_workbook_exits_2(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'format = "phakhi-workbook"\nversion = 1\n[[stakeholders]]\nid = "s1"\nname = "A"\ninfluence = 9\n'
    )
    out = tmp_path / "x.graphml"
    assert main(["export", str(broken), "-o", str(out)]) == 2
    assert "influence = 9" in capsys.readouterr().err
    assert not out.exists()


def test_an_unwritable_output_exits_1(thai_file: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(thai_file), "-o", str(tmp_path / "no" / "map.dot")]) == 1
    assert "could not write" in capsys.readouterr().err


def test_lang_chooses_the_labels(thai_file: Path, capsys) -> None:
    assert main(["export", str(thai_file), "--format", "dot", "--lang", "en"]) == 0
    assert 'label="Collaborate"' in capsys.readouterr().out
