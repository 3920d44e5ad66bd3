"""The workbook <-> TOML document, with validation that reports every problem.

``encode`` turns a Workbook into the dict that tomli-w writes; ``decode``
checks a dict from the TOML parser field by field and builds a Workbook, collecting
every problem (with its line and column) instead of stopping at the first.
The format itself is described in ``docs/FORMAT.md``.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import functools
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from tui.core import model, plain_records
from tui.core.i18n import tr
from tui.core.numbers import shown
from tui.core.problems import Problem
from tui.core.schema import DATE_FIELDS, MAX_RECORDS, FieldSpec, Shape, ValueProblem, coerce, fields_of, is_empty
from tui.core.toml_lines import Path, nearest
from tui.core.vocab import SCORE_MAX, SCORE_MIN, Language

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("problem.", "fix.")


class HasLabel(Protocol):
    @property
    def label(self) -> str: ...


#: A record named by a label unique in its section (a snapshot, a health review).
Labelled = TypeVar("Labelled", bound=HasLabel)

FORMAT_NAME = "phakhi-workbook"
FORMAT_VERSION = 4
#: The fields each version of the format added, by record: a file of an older version
#: that holds one was not written by Phakhi, and is told to say its version.
ADDED_IN: dict[int, dict[type, tuple[str, ...]]] = {
    2: {model.Stakeholder: ("left", "left_reason"), model.Tie: ("ended",)},
    3: {model.PlanRow: ("status", "log"), model.Tie: ("trust", "trust_note")},
    4: {model.Stakeholder: ("named_by",), model.Tie: ("named_by",)},
}

#: Top-level keys in file order. ``analysis`` is derived: written, never read.
TOP_KEYS = (
    *("format", "version", "language", "project", "stakeholders", "ties", "answers"),
    *("lessons", "plan", "health", "snapshots", "analysis"),
)
#: Arrays of tables at the top level and the record each entry holds.
ARRAYS: dict[str, type] = {
    "stakeholders": model.Stakeholder,
    "ties": model.Tie,
    "answers": model.Answer,
    "lessons": model.Lesson,
}
#: Arrays of tables that came with a later version than the first, by the version.
ARRAYS_ADDED_IN = {"lessons": 3, "answers": 4}


# --- writing -----------------------------------------------------------------


def encode(workbook: model.Workbook, analysis: dict[str, Any] | None = None) -> dict[str, Any]:
    """The TOML document of ``workbook``: header, entries, then ``analysis``."""
    doc = header(workbook)
    project = encode_record(workbook.project)
    if project:
        doc["project"] = project
    for key in ARRAYS:
        items = [encode_record(item) for item in getattr(workbook, key)]
        if items:
            doc[key] = items
    plan = encode_record(workbook.plan)
    if plan:
        doc["plan"] = plan
    if workbook.health:
        from tui.core import health

        doc["health"] = [health.table(review) for review in workbook.health]
    if workbook.snapshots:
        from tui.core.snapshots import table

        doc["snapshots"] = [table(snapshot) for snapshot in workbook.snapshots]
    if analysis:
        doc["analysis"] = analysis
    return doc


def header(workbook: model.Workbook) -> dict[str, Any]:
    """The keys every workbook file starts with."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "language": workbook.language.value}


def encode_record(record: object) -> dict[str, Any]:
    """One dataclass as a table: fields in declaration order, empty ones left out."""
    table: dict[str, Any] = {}
    for spec in fields_of(type(record)):
        value = getattr(record, spec.name)
        # The first two: most fields, at a glance.
        if (value is None or value == "" or is_empty(spec, value)) and not spec.required:
            continue
        if spec.shape is Shape.ROWS:
            table[spec.name] = [encode_record(row) for row in value]
        elif spec.shape is Shape.RECORD:
            nested = encode_record(value)
            if nested:
                table[spec.name] = nested
        elif spec.shape is Shape.CHOICES:
            table[spec.name] = [v.value for v in value]
        elif isinstance(value, enum.Enum):
            table[spec.name] = value.value
        else:
            table[spec.name] = value
    return table


# --- reading -----------------------------------------------------------------


class Decoder:
    """Checks one parsed document; collects problems as it goes."""

    def __init__(
        self,
        path: str,
        positions: dict[Path, tuple[int, int]] | Callable[[], dict[Path, tuple[int, int]]],
        lang: Language,
        *,
        plain: bool = False,
    ) -> None:
        self.path = path
        # The text passed plain_records.plain_text: no value can hide a character.
        self.plain = plain
        # Finding every key's line costs as much as parsing the file, and only a
        # problem needs one: a callable is asked on the first problem, not before.
        self._positions = positions
        self.lang = lang
        self.problems: list[Problem] = []
        # Entries that failed to build leave gaps: where each built one was written,
        # and the ids of the ones that were not built (so references to them pass).
        self.written: dict[int, int] = {}
        self.unbuilt_ids: dict[Path, set[str]] = {}
        #: The format version the file says it is written in (read by :meth:`header`).
        self.version = FORMAT_VERSION

    # -- reporting --

    @property
    def positions(self) -> dict[Path, tuple[int, int]]:
        if callable(self._positions):
            self._positions = self._positions()
        return self._positions

    def report(self, where: Path, problem: str, fix: str, /, **values: object) -> None:
        place = nearest(self.positions, where)
        line, col = place if place else (None, None)
        values = {name: shown(value) for name, value in values.items()}  # a number too long to print
        self.problems.append(
            Problem(
                self.path,
                line,
                col,
                tr(self.lang, f"problem.{problem}", **values),
                tr(self.lang, f"fix.{fix}", **values),
            )
        )

    def line_of(self, where: Path) -> int | str:
        place = nearest(self.positions, where)
        return place[0] if place else "?"

    # -- the document --

    def document(self, raw: dict[str, Any]) -> model.Workbook | None:
        if not self.header(raw):
            return None
        self.unknown_keys(raw, TOP_KEYS, (), tr(self.lang, "where.top"))
        workbook = model.Workbook()
        language = raw.get("language", Language.TH.value)
        spec = FieldSpec("language", Shape.CHOICE, vocab=Language)
        workbook.language = self.value(spec, language, ("language",), "language") or Language.TH
        if "project" in raw:
            workbook.project = self.table(model.Project, raw["project"], ("project",), "project") or model.Project()
        for key, record in ARRAYS.items():
            if key in raw and self.version < ARRAYS_ADDED_IN.get(key, 1):
                self.report((key,), "added_later", "added_later", key=key, version=ARRAYS_ADDED_IN[key])
            elif key in raw:
                setattr(workbook, key, self.array(record, raw[key], (key,), key))
        if "plan" in raw:
            workbook.plan = self.table(model.Plan, raw["plan"], ("plan",), "plan") or model.Plan()
        if "health" in raw:
            from tui.core import health

            workbook.health = health.read(self, raw["health"])
        if "snapshots" in raw:
            from tui.core import snapshots

            workbook.snapshots = snapshots.read(self, raw["snapshots"])
        self.references(workbook)
        self.added_later(workbook)
        self.problems.sort(key=lambda p: (p.line or 0, p.col or 0))  # file order; stable
        return None if self.problems else workbook

    def header(self, raw: dict[str, Any]) -> bool:
        """Is this a workbook we can read? If not, say so and read no further."""
        if "format" not in raw:
            self.report((), "no_format", "no_format")
            return False
        if raw["format"] != FORMAT_NAME:
            self.report(("format",), "wrong_format", "wrong_format", found=raw["format"])
            return False
        version = raw.get("version")
        if version is None:
            self.report(("format",), "no_version", "no_version")
            return False
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            shown = f'"{version}"' if isinstance(version, str) else version  # quotes are often the mistake
            self.report(("version",), "bad_version", "bad_version", found=shown)
            return False
        if version > FORMAT_VERSION:
            self.report(("version",), "newer_version", "newer_version", found=version, supported=FORMAT_VERSION)
            return False
        self.version = version
        return True

    def added_later(self, workbook: model.Workbook) -> None:
        """Fields that came with a later version than the file says: a file of version 1
        is read as it always was, and one that uses ``left`` must say ``version = 2``."""
        lists: list[tuple[tuple[str, ...], type, list[Any]]] = [
            ((key,), record, getattr(workbook, key)) for key, record in ARRAYS.items()
        ]
        lists.append((("plan", "rows"), model.PlanRow, workbook.plan.rows))
        for added, records in ADDED_IN.items():
            if self.version >= added:
                continue
            for path, record, items in lists:
                names = records.get(record, ())
                for index, item in enumerate(items):
                    for name in names:
                        if getattr(item, name):
                            where: tuple[str | int, ...] = (*path, self.written.get(id(item), index), name)
                            self.report(where, "added_later", "added_later", key=name, version=added)

    def unknown_keys(self, raw: dict[str, Any], allowed: tuple[str, ...], where: Path, where_label: str) -> None:
        for key in raw:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            fix = "unknown_key_hint" if close else "unknown_key"
            self.report(
                where + (key,), "unknown_key", fix, key=key, where=where_label, suggestion=close[0] if close else ""
            )

    def table(self, record: type, raw: object, where: Path, name: str, label: Callable[[], str] | None = None) -> Any:
        """``label`` says where the table is, for a problem: worked out only if there is one."""
        if not isinstance(raw, dict):
            self.wrong_type(where, name, raw, "type.table", f"[{name}]")
            return None
        try:
            return plain_records.build(record, raw, self.plain)
        except plain_records.NotPlain:
            pass  # checked in full below, which says what is wrong

        def where_label() -> str:
            return label() if label else tr(self.lang, "where.table", name=".".join(str(p) for p in where))

        specs = fields_of(record)
        names = _names(record)
        if any(key not in names for key in raw):
            self.unknown_keys(raw, tuple(spec.name for spec in specs), where, where_label())
        values: dict[str, Any] = {}
        for spec in specs:
            if spec.name not in raw:
                if spec.required:
                    self.report(
                        where, "missing_key", "missing_key", key=spec.name, where=where_label(), example=_example(spec)
                    )
                continue
            item_where = where + (spec.name,)
            if spec.shape is Shape.ROWS and spec.record is not None:
                values[spec.name] = self.array(spec.record, raw[spec.name], item_where, ".".join(map(str, item_where)))
            elif spec.shape is Shape.RECORD and spec.record is not None:
                values[spec.name] = self.table(spec.record, raw[spec.name], item_where, spec.name)
            else:
                value = self.value(spec, raw[spec.name], item_where, spec.name)
                if value is not _BAD:
                    values[spec.name] = value
        if any(spec.required and spec.name not in values for spec in specs):
            return None
        return record(**values)

    def array(self, record: type, raw: object, where: Path, name: str) -> list[Any]:
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            self.wrong_type(where, name, raw, "type.list_of_tables", f"[[{name}]]")
            return []
        limit = MAX_RECORDS.get(record)
        if limit is not None and len(raw) > limit:  # not built at all: that alone would take minutes
            self.report(
                where + (limit,), "too_many", "too_many", name=name, count=len(raw), over=len(raw) - limit, limit=limit
            )
            return []
        items = []
        for index, item in enumerate(raw):
            try:
                built = plain_records.build(record, item, self.plain)
            except plain_records.NotPlain:
                label = functools.partial(tr, self.lang, "where.item", name=name, number=index + 1)
                built = self.table(record, item, where + (index,), name, label)
            if built is not None:
                items.append(built)
                if len(items) <= index:  # an entry before it was not built: say where this one was
                    self.written[id(built)] = index
            elif isinstance(item.get("id"), str):
                self.unbuilt_ids.setdefault(where, set()).add(item["id"])
        return items

    def value(self, spec: FieldSpec, raw: object, where: Path, key: str) -> Any:
        if isinstance(raw, (datetime.date, datetime.datetime)) and spec.shape is Shape.TEXT:
            raw = raw.isoformat()  # a TOML date in a date field is what people write
            if spec.name not in DATE_FIELDS:
                return raw
        try:
            return coerce(spec, raw)
        except ValueProblem as problem:
            if problem.key == "score_range":
                self.report(where, "score_range", "score_range", key=key, found=raw, low=SCORE_MIN, high=SCORE_MAX)
            elif problem.key == "hidden_char":
                self.report(where, "hidden_char", "hidden_char", key=key, **problem.values)
            elif problem.key == "too_long":
                self.report(where, "too_long", "too_long", key=key, **problem.values)
            elif problem.key == "bad_date":
                self.report(where, "bad_date", "bad_date", key=key, **problem.values)
            elif problem.key == "bad_choice":
                found = (
                    raw
                    if isinstance(raw, str)
                    else ", ".join(str(shown(item)) for item in raw)
                    if isinstance(raw, list)
                    else raw
                )
                self.report(where, "bad_choice", "bad_choice", key=key, found=found, **problem.values)
            else:
                self.wrong_type(where, key, raw, str(problem.values["expected"]), _example(spec))
            return _BAD

    def labelled_tables(
        self,
        key: str,
        raw: object,
        version: int,
        read_one: Callable[[Path, dict[str, Any]], Labelled | None],
        twice: Callable[[Path, str, int | str], None],
    ) -> list[Labelled]:
        """``[[key]]``, a section that came with ``version``: each table read by ``read_one``
        (None: it had problems, reported), and a label used twice given to ``twice`` with
        its place, the label and the line it was first used at. Snapshots and health reviews."""
        where: Path = (key,)
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            self.wrong_type(where, key, raw, "type.list_of_tables", f"[[{key}]]")
            return []
        if self.version < version:
            self.report(where, "added_later", "added_later", key=key, version=version)
            return []
        found: list[Labelled] = []
        labels: dict[str, int] = {}
        for index, item in enumerate(raw):
            record = read_one(where + (index,), item)
            if record is None:
                continue
            if record.label in labels:
                first = self.line_of(where + (labels[record.label], "label"))
                twice(where + (index, "label"), record.label, first)
                continue
            labels[record.label] = index
            found.append(record)
        return found

    def wrong_type(self, where: Path, key: str, raw: object, expected: str, example: str) -> None:
        self.report(
            where,
            "wrong_type",
            "wrong_type",
            key=key,
            expected=tr(self.lang, expected),
            found=tr(self.lang, _type_name(raw)),
            example=example,
        )

    # -- across records --

    def references(self, workbook: model.Workbook) -> None:
        stakeholder_ids = self.unique_ids("stakeholders", workbook.stakeholders)
        stakeholder_ids |= self.unbuilt_ids.get(("stakeholders",), set())
        self.unique_ids("ties", workbook.ties)
        self.unique_ids(("plan", "rows"), workbook.plan.rows)
        if not _ties_plainly_fine(workbook.ties, stakeholder_ids):
            self.tie_references(workbook.ties, stakeholder_ids)
        for index, row in enumerate(workbook.plan.rows):
            index = self.written.get(id(row), index)
            if row.stakeholder and row.stakeholder not in stakeholder_ids:
                where = ("plan", "rows", index, "stakeholder")
                self.report(where, "unknown_ref", "unknown_ref", key="stakeholder", found=row.stakeholder)
        ours = workbook.plan.our_stakeholder
        if ours and ours not in stakeholder_ids:
            self.report(("plan", "our_stakeholder"), "unknown_ref", "unknown_ref", key="our_stakeholder", found=ours)
        if workbook.answers:
            self.answer_references(workbook)

    def answer_references(self, workbook: model.Workbook) -> None:
        """Each group's answer (``[[answers]]``, a merged workbook) is of a record in the file,
        a field that record has, and a value that field takes."""
        from tui.core.merge import PROJECT, answer_value, answered_fields

        kinds: dict[str, type] = {PROJECT: model.Project}
        kinds |= dict.fromkeys((s.id for s in workbook.stakeholders), model.Stakeholder)
        kinds |= dict.fromkeys((t.id for t in workbook.ties), model.Tie)
        for index, answer in enumerate(workbook.answers):
            where: Path = ("answers", self.written.get(id(answer), index))
            kind = kinds.get(answer.of)
            if kind is None:
                self.report(where + ("of",), "answer_of", "answer_of", found=answer.of)
                continue
            spec = answered_fields(kind).get(answer.field)
            if spec is None:
                self.report(where + ("field",), "answer_field", "answer_field", found=answer.field, of=answer.of)
                continue
            try:
                answer_value(spec, answer.value)
            except ValueProblem:
                self.report(where + ("value",), "answer_value", "answer_value", found=answer.value, field=answer.field)

    def tie_references(self, ties: list[model.Tie], stakeholder_ids: set[str]) -> None:
        """Report ties naming no stakeholder, joining one to itself, or repeating a pair."""
        pairs: dict[frozenset[str], int] = {}
        for index, tie in enumerate(ties):
            index = self.written.get(id(tie), index)
            where: Path = ("ties", index)
            for end in ("a", "b"):
                ref = getattr(tie, end)
                if ref not in stakeholder_ids:
                    self.report(where + (end,), "unknown_ref", "unknown_ref", key=end, found=ref)
            if tie.a == tie.b:
                self.report(where + ("b",), "self_tie", "self_tie", found=tie.id)
                continue
            pair = frozenset((tie.a, tie.b))
            if pair in pairs:
                self.report(
                    where,
                    "duplicate_tie",
                    "duplicate_tie",
                    first_end=tie.a,
                    second_end=tie.b,
                    first=self.line_of(("ties", pairs[pair])),
                )
            else:
                pairs[pair] = index

    def unique_ids(self, array: str | tuple[str, ...], items: list[Any]) -> set[str]:
        prefix: Path = (array,) if isinstance(array, str) else array
        first_index: dict[str, int] = {}
        # Positions count entries as written, including ones that failed to build.
        for index, item in enumerate(items):
            index = self.written.get(id(item), index)
            where = prefix + (index, "id")
            if not model.ID_PATTERN.fullmatch(item.id):
                self.report(where, "bad_id", "bad_id", found=item.id)
            if item.id in first_index:
                first = self.line_of(prefix + (first_index[item.id], "id"))
                self.report(where, "duplicate_id", "duplicate_id", found=item.id, first=first)
            else:
                first_index[item.id] = index
        return set(first_index)


_BAD = object()


def _ties_plainly_fine(ties: list[model.Tie], stakeholder_ids: set[str]) -> bool:
    """No tie names an unknown stakeholder, joins one to itself or repeats a pair: a
    province's 30,000 ties are checked in one pass, and walked one by one only to
    report what is wrong."""
    ends = {tie.a for tie in ties} | {tie.b for tie in ties}
    pairs = {(tie.a, tie.b) if tie.a < tie.b else (tie.b, tie.a) for tie in ties if tie.a != tie.b}
    return ends <= stakeholder_ids and len(pairs) == len(ties)


def _type_name(raw: object) -> str:
    if isinstance(raw, bool):
        return "type.boolean"
    if isinstance(raw, int):
        return "type.integer"
    if isinstance(raw, float):
        return "type.float"
    if isinstance(raw, str):
        return "type.text"
    if isinstance(raw, (datetime.date, datetime.time)):
        return "type.date"
    if isinstance(raw, list):
        return "type.list"
    return "type.table"


@functools.cache
def _names(record: type) -> frozenset[str]:
    return frozenset(spec.name for spec in fields_of(record))


def _example(spec: FieldSpec) -> str:
    if spec.shape in (Shape.CHOICE, Shape.MAYBE_CHOICE) and spec.vocab:
        return f'"{next(iter(spec.vocab)).value}"'
    if spec.shape is Shape.CHOICES and spec.vocab:
        return f'["{next(iter(spec.vocab)).value}"]'
    return {
        Shape.TEXT: '"..."',
        Shape.SCORE: "3",
        Shape.FLAG: "true",
        Shape.MAYBE_FLAG: "true",
        Shape.TEXTS: '["..."]',
        Shape.ROWS: f"[[{spec.name}]]",
        Shape.RECORD: f"[{spec.name}]",
    }[spec.shape]
