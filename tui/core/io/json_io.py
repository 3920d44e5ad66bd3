"""The workbook as JSON: the TOML document's very structure, for scripts and web tools.

The JSON export is :func:`tui.core.codec.encode` — the same keys, in the same
order, with the same ``analysis`` section the TOML file carries — dumped as
JSON. Reading it back goes through the TOML loader's own :class:`Decoder`,
so a JSON workbook is checked exactly like a ``.toml`` one (every problem
at once) and the round trip is lossless: the model has no value JSON cannot
hold (dates are text, scores integers).
"""

from __future__ import annotations

import json
import re

from tui.core import derived
from tui.core.codec import Decoder, encode
from tui.core.edit import EditError, Editor
from tui.core.i18n import tr
from tui.core.io.problems import Collector, ImportProblems
from tui.core.io.source import Imported, Layout, Source
from tui.core.model import Workbook
from tui.core.store import deepest_nesting, long_number_problem
from tui.core.vocab import Language


def workbook_to_json(workbook: Workbook) -> str:
    """``workbook`` as a JSON document mirroring the TOML file, ``analysis`` included."""
    document = encode(workbook, derived.analysis(workbook))
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def workbook_from_json(source: Source, lang: Language | str = Language.EN) -> Workbook:
    """The workbook in a JSON document, or ImportProblems with every problem in it."""
    lang = Language(lang)
    problems = Collector(source.name, lang)
    data = source.data[3:] if source.data.startswith(b"\xef\xbb\xbf") else source.data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.add(None, "json_encoding", byte=f"{data[error.start]:02X}")
        raise ImportProblems(problems.problems) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        problems.add(error.lineno, "json", detail=f"{error.msg} (column {error.colno})")
        raise ImportProblems(problems.problems) from None
    except RecursionError:  # arrays nested a thousand deep: no workbook, and no traceback either
        depth, line, _ = deepest_nesting(text)
        problems.add_text(line, tr(lang, "problem.too_deep", depth=depth), "json")
        raise ImportProblems(problems.problems) from None
    except ValueError:  # a whole number longer than Python converts (tui.core.numbers)
        raise ImportProblems([long_number_problem(text, source.name, lang)]) from None
    half = _lone_surrogate(text)
    if half is not None:
        problems.add(half[1], "surrogate", escape=half[0])
        raise ImportProblems(problems.problems)
    if not isinstance(raw, dict):
        problems.add(None, "json_not_workbook")
        raise ImportProblems(problems.problems)
    decoder = Decoder(source.name, {}, lang)
    workbook = decoder.document(raw)
    if workbook is None:
        raise ImportProblems(decoder.problems)
    return workbook


#: A JSON escape, taken whole from left to right, so that ``\\\\ud800`` is a backslash and text.
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)", re.DOTALL)


def _lone_surrogate(text: str) -> tuple[str, int] | None:
    """The first ``\\udXXX`` escape that is half of a character with no other half
    (JSON reads it; no file can store it), and its line; None if every half has its pair."""
    waiting: re.Match[str] | None = None  # a first half, looking for its second right after it
    for found in _ESCAPE.finditer(text):
        code = int(found.group(1), 16) if found.group(1) else -1
        second = 0xDC00 <= code <= 0xDFFF
        if waiting is not None:
            if second and found.start() == waiting.end():
                waiting = None
                continue
            break
        if 0xD800 <= code <= 0xDBFF:
            waiting = found
        elif second:
            waiting = found
            break
    if waiting is None:
        return None
    return waiting.group(), text.count("\n", 0, waiting.start()) + 1


def import_json(
    source: Source,
    *,
    lang: Language | str = Language.EN,
    language: Language | str | None = None,
    title: str = "",
) -> Imported:
    """:func:`workbook_from_json`, with the language and title given on the command line."""
    workbook = workbook_from_json(source, lang)
    if language:
        workbook.language = Language(language)
    if title:
        try:
            Editor(workbook).set_project("title", title)
        except EditError as error:
            problems = Collector(source.name, Language(lang))
            problems.add_text(None, f"--title: {error}", "title")
            raise ImportProblems(problems.problems) from None
    return Imported(workbook, Layout.JSON, {source.name: "UTF-8"})
