"""The workshop room as the facilitator sees it: each group's progress and their network merged.

``phakhi workshop FOLDER --groups N`` gives each group a workbook of its own
in FOLDER (``group-1.toml`` …). This module reads the folder as it stands:
for each group its steps done and its counts, and the groups' workbooks
merged (tui/core/merge.py) with the names still to confirm. It reads only
what changed since the last look (a file is read again when its size or
time changes), so the room view can look every few seconds at no cost, and
a group's file that does not load (being written, or broken) is shown as
such, never taken for empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tui.core import store
from tui.core.merge import Merged, merge, save, with_likely
from tui.core.model import Workbook
from tui.core.problems import WorkbookError
from tui.core.steps import all_steps
from tui.core.vocab import Language

#: A group's workbook in the room's folder: ``group-3.toml`` is group 3.
GROUP_FILE = "group-{number}.toml"


def group_files(folder: Path, groups: int) -> list[Path]:
    return [folder / GROUP_FILE.format(number=number) for number in range(1, groups + 1)]


def prepare(folder: Path, groups: int, title: str, language: Language) -> list[Path]:
    """The groups' workbooks, each made (owner-only, with the room's title) if it is not
    there yet; one already there is kept as it is: a workshop started again goes on."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = group_files(folder, groups)
    for path in paths:
        if not path.exists():
            workbook = Workbook(language=language)
            workbook.project.title = title
            store.save(workbook, path, store.NO_FILE)
    return paths


@dataclass(frozen=True)
class Progress:
    """One group as the room view shows it."""

    name: str
    path: Path
    #: The steps done (1 to 7), or None when the file did not load as it stands.
    done: tuple[int, ...] | None
    stakeholders: int = 0
    ties: int = 0
    #: Why the file did not load, the first problem (the group may be saving).
    problem: str = ""


@dataclass
class Room:
    """The folder's groups, read again only where a file changed (:meth:`look`)."""

    folder: Path
    paths: list[Path]
    _seen: dict[Path, tuple[int, int]] = field(default_factory=dict)
    _read: dict[Path, Workbook | str] = field(default_factory=dict)
    _merged: Merged | None = None

    def look(self) -> bool:
        """Read the files that changed since the last look; True if any did."""
        changed = False
        for path in self.paths:
            try:
                info = os.stat(path)
                stamp = (info.st_size, info.st_mtime_ns)
            except OSError:
                stamp = (-1, -1)
            if self._seen.get(path) == stamp:
                continue
            self._seen[path] = stamp
            changed = True
            try:
                self._read[path] = store.load(path)[0]
            except WorkbookError as problems:
                self._read[path] = str(problems.problems[0]) if problems.problems else "?"
            except OSError as failed:
                self._read[path] = str(failed)
        if changed:
            self._merged = None
        return changed

    def progress(self) -> list[Progress]:
        found = []
        for path in self.paths:
            read = self._read.get(path)
            name = path.stem
            if isinstance(read, Workbook):
                done = tuple(state.number for state in all_steps(read) if state.complete)
                found.append(Progress(name, path, done, len(read.stakeholders), len(read.ties)))
            else:
                found.append(Progress(name, path, None, problem=read or ""))
        return found

    def most_tied(self, count: int = 5) -> list[tuple[str, int]]:
        """The merged network's stakeholders with the most ties, most first (ties count once)."""
        workbook = self.merged().workbook
        ties = {s.id: 0 for s in workbook.stakeholders}
        for tie in workbook.ties:
            ties[tie.a] += 1
            ties[tie.b] += 1
        names = {s.id: s.name for s in workbook.stakeholders}
        ranked = sorted((n, names[i]) for i, n in ties.items() if n)
        return [(name, n) for n, name in sorted(ranked, key=lambda pair: (-pair[0], pair[1]))[:count]]

    def write_merged(self, confirmed: list[tuple[str, str]]) -> Path:
        """The groups' workbooks merged with the confirmed names as one, written to a new file
        of the folder (``merged.toml``, else ``merged-2.toml`` …: never over another)."""
        inputs = [(path.stem, read) for path, read in self._read.items() if isinstance(read, Workbook)]
        workbook = merge(inputs, confirmed).workbook
        number = 1
        while (path := self.folder / (f"merged-{number}.toml" if number > 1 else "merged.toml")).exists():
            number += 1
        save(workbook, path, workbook.language)
        return path

    def merged(self) -> Merged:
        """The groups' workbooks that load, merged, with the names still to confirm."""
        if self._merged is None:
            inputs = [(path.stem, read) for path, read in self._read.items() if isinstance(read, Workbook)]
            self._merged = with_likely(merge(inputs))
        return self._merged
