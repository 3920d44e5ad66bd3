"""Every file the app can write from its palette: each format of ``phakhi export`` and each picture.

The app offers each as a command (``Export: GraphML (Gephi, yEd)``,
``Picture (PNG): Network map``), asks for the file name with a default
beside the workbook (``organic-farming.th.graphml``,
``organic-farming.th-map.png``) and writes it with :func:`write_output` in a
worker thread, from the saved text of the entries taken when the command was
chosen: the screens may go on changing the workbook meanwhile. Files are
written whole or not at all and readable by their owner only, as the
commands write them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from tui.core.formats import ExportFormat
from tui.core.i18n import tr
from tui.core.picture_lines import PictureKind
from tui.core.vocab import Language

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("output.format.",)

#: The ending each export format's file gets (CSV's is a stem: ``-elements.csv`` and the others follow).
ENDINGS = {
    ExportFormat.GRAPHML: ".graphml",
    ExportFormat.GEXF: ".gexf",
    ExportFormat.CSV: ".csv",
    ExportFormat.DOT: ".dot",
    ExportFormat.JSON: ".json",
    ExportFormat.MD: ".md",
    ExportFormat.HTML: ".html",
}
#: Each picture's title (an i18n key).
PICTURE_TITLES = {PictureKind.MAP: "screen.map", PictureKind.GRID: "analysis.grid", PictureKind.PLAN: "screen.plan"}


@dataclass(frozen=True)
class Output:
    """One file (or, for CSV, set of files) the app can write: an export format or a picture."""

    fmt: ExportFormat | None = None
    picture: PictureKind | None = None
    #: Contacts, phone numbers and e-mail addresses taken out, as ``--redact`` does.
    redact: bool = False

    @property
    def key(self) -> str:
        key = f"picture-{self.picture.value}" if self.picture is not None else str(self.fmt)
        return f"{key}-redacted" if self.redact else key

    def command(self, lang: Language) -> str:
        """The palette's name for it."""
        if self.picture is not None:
            name = tr(lang, PICTURE_TITLES[self.picture])
            return tr(lang, "command.picture_redacted" if self.redact else "command.picture", name=name)
        name = tr(lang, f"output.format.{self.fmt}")
        return tr(lang, "command.export_redacted" if self.redact else "command.export", name=name)

    def default_path(self, workbook: Path) -> Path:
        """Beside the workbook, named after it: ``name.graphml``, ``name-map.png`` (``name-redacted.graphml``,
        ``name-map-redacted.png`` without contacts)."""
        stem = workbook.name[: -len(".toml")] if workbook.name.lower().endswith(".toml") else workbook.stem
        if self.redact:
            return Output(self.fmt, self.picture).default_path(workbook.with_name(f"{stem}-redacted.toml"))
        if self.picture is not None:
            return workbook.with_name(f"{stem}-{self.picture.value}.png")
        assert self.fmt is not None
        return workbook.with_name(stem + ENDINGS[self.fmt])


#: Every output, in the palette's order: the exports, then the pictures; each again redacted.
OUTPUTS = tuple(
    output
    for redact in (False, True)
    for output in (
        *(Output(fmt=fmt, redact=redact) for fmt in ExportFormat),
        *(Output(picture=kind, redact=redact) for kind in PictureKind),
    )
)


def same_file(one: Path, other: Path) -> bool:
    """Whether ``one`` and ``other`` name one file (an output must never be written over its workbook)."""
    try:
        return one.resolve() == other.resolve() or (one.exists() and one.samefile(other))
    except OSError:
        return False


def output_named(key: str) -> Output:
    return next(output for output in OUTPUTS if output.key == key)


def write_output(
    output: Output,
    entries: str,
    source: Path,
    target: Path,
    lang: Language,
    today: datetime.date | None = None,
) -> list[Path]:
    """Write ``output`` of the workbook whose entries are ``entries`` (the saved text of the
    workbook at ``source``) to ``target``; the paths written. Raises OSError when a file cannot
    be written (those written before it stay: each is whole)."""
    from tui.core import store

    workbook = store.parse(entries.encode("utf-8"), str(source), lang)
    if output.picture is not None:
        from tui.core.picture_lines import picture_png

        picture = picture_png(workbook, output.picture, lang, redact=output.redact, today=today)
        store.write_atomic(target, picture, store.PRIVATE_MODE)
        return [target]
    from tui.core.io import export, output_paths

    assert output.fmt is not None
    files = export(workbook, output.fmt, lang=lang, redact=output.redact)
    paths = output_paths(target, files)
    for path, file in zip(paths, files, strict=True):
        store.write_atomic(path, file.data, store.PRIVATE_MODE)
    return paths
