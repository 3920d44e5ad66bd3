"""One entry point for every export format, and where each one's files go.

::

    files = export(workbook, ExportFormat.GRAPHML, lang="th", redact=True)
    files[0].text          # the GraphML document
    files[0].data          # its bytes, ready to write

Every format but CSV is one text; CSV is three: Kumu's elements and
connections (:mod:`.csv_export`) and the planning table (:mod:`.plan_csv`). With ``redact`` every format is written from
:func:`.redact.redacted`'s copy, so none of them holds a contact, phone
number or e-mail address. Markdown and HTML are the report
(:mod:`tui.core.report`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath

from tui.core.formats import ExportFormat
from tui.core.model import Workbook
from tui.core.vocab import Language

#: File name endings that choose a format when --format is not given.
SUFFIXES = {
    ".graphml": ExportFormat.GRAPHML,
    ".gexf": ExportFormat.GEXF,
    ".csv": ExportFormat.CSV,
    ".dot": ExportFormat.DOT,
    ".gv": ExportFormat.DOT,
    ".json": ExportFormat.JSON,
    ".md": ExportFormat.MD,
    ".markdown": ExportFormat.MD,
    ".html": ExportFormat.HTML,
    ".htm": ExportFormat.HTML,
}


@dataclass(frozen=True)
class ExportFile:
    """One file of an export: ``part`` is ``""``, or ``"elements"``/``"connections"``/``"plan"`` for CSV."""

    part: str
    text: str
    bom: bool = False

    @property
    def data(self) -> bytes:
        return self.text.encode("utf-8-sig" if self.bom else "utf-8")


def format_for(path: PurePath | str | None) -> ExportFormat | None:
    """The format an output file's name implies, if any."""
    if path is None:
        return None
    return SUFFIXES.get(PurePath(path).suffix.lower())


def export(
    workbook: Workbook, fmt: ExportFormat | str, *, lang: Language | str | None = None, redact: bool = False
) -> list[ExportFile]:
    """``workbook`` in ``fmt``; labels and the report in ``lang`` (default: the workbook's)."""
    from tui.core.analysis import analyse
    from tui.core.io.redact import redacted

    fmt = ExportFormat(fmt)
    lang = Language(lang or workbook.language)
    if redact:
        workbook = redacted(workbook, lang)
    if fmt is ExportFormat.JSON:
        from tui.core.io.json_io import workbook_to_json

        return [ExportFile("", workbook_to_json(workbook))]
    analysis = analyse(workbook)
    if fmt in (ExportFormat.MD, ExportFormat.HTML):
        from tui.core.report import build_report, render

        return [ExportFile("", render(build_report(workbook, analysis, lang=lang, redact=redact), fmt.value))]
    if fmt is ExportFormat.CSV:
        from tui.core.io.csv_export import to_kumu
        from tui.core.io.plan_csv import to_plan_csv

        elements, connections = to_kumu(workbook, analysis, lang)
        return [
            ExportFile("elements", elements, bom=True),
            ExportFile("connections", connections, bom=True),
            ExportFile("plan", to_plan_csv(workbook, lang), bom=True),
        ]
    if fmt is ExportFormat.DOT:
        from tui.core.io.dot import to_dot

        return [ExportFile("", to_dot(workbook, analysis, lang))]
    from tui.core.io.graphs import to_gexf, to_graphml

    writer = to_graphml if fmt is ExportFormat.GRAPHML else to_gexf
    return [ExportFile("", writer(workbook, analysis))]


def output_paths(out: Path, files: list[ExportFile]) -> list[Path]:
    """Where each file goes: ``out`` itself, or for CSV a name for each part made from it.

    CSV into an existing folder (or a name ending in ``/``) writes
    ``elements.csv``, ``connections.csv`` and ``plan.csv`` inside it; otherwise
    ``out`` less any ``.csv`` is a stem: ``-o map`` or ``-o map.csv`` writes
    ``map-elements.csv``, ``map-connections.csv`` and ``map-plan.csv``.
    """
    if len(files) == 1 and not files[0].part:
        return [out]
    if out.is_dir() or str(out).endswith(("/", "\\")):
        return [out / f"{f.part}.csv" for f in files]
    stem = out.name[: -len(".csv")] if out.name.lower().endswith(".csv") else out.name
    return [out.with_name(f"{stem}-{f.part}.csv") for f in files]
