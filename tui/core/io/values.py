"""Reading one cell: the words people type for the method's vocabularies, scores, yes/no.

A sheet filled in at a workshop says ``ภาครัฐ`` or ``Government`` or
``government``; ``แน่นแฟ้น`` or ``strong`` or ``5``; ``มีส่วนร่วม`` (the
planning table's word) or ``การมีส่วนร่วม`` (the glossary's) or
``collaborate``. Every vocabulary value is recognised by its code and by its
Thai and English labels from :mod:`tui.core.i18n`, compared without case,
spaces, hyphens or underscores (``co-operate`` = ``Co-operate`` =
``cooperate``; ``หลวม ๆ`` = ``หลวมๆ``), plus the few extra words listed in
:data:`EXTRA_WORDS`. docs/IMPORT_EXPORT.md lists them.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from tui.core.i18n import MESSAGES, label, vocab_key
from tui.core.vocab import SCORE_MAX, SCORE_MIN, Kind, Relation, Sector, Strength

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("plan.relation.",)

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_IGNORED = re.compile(r"[\s_\-]+")
#: A leading "1." / "๑." / "1)" as worksheets number their rows, with any dotted leader after it.
_NUMBERING = re.compile(r"^\s*[0-9๐-๙]{1,3}\s*[.)](?![0-9๐-๙])[\s.…]*")
#: The same numbering inside a cell that lists several names: "๑.สมชาย ๒.สมหญิง".
_INNER_NUMBERING = re.compile(r"(?:^|(?<=\s)|(?<=\.))[0-9๐-๙]{1,2}\s*[.)](?![0-9๐-๙])")
#: Separators of several values in one cell: Kumu's pipe, and what people type instead.
_LIST_SEPARATORS = re.compile(r"[|;,\n]")
#: What a spreadsheet formula looks like; exports put a ``'`` before such text (see csv_export).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Words people use that are not the labels: Kumu's element types, the sheets' own words.
EXTRA_WORDS: dict[type[StrEnum], dict[str, StrEnum]] = {
    Sector: {
        "ภาคประชาชน": Sector.PEOPLE,
        "ประชาสังคม": Sector.PEOPLE,
        "ภาคประชาสังคม": Sector.PEOPLE,
        "เอกชน": Sector.PEOPLE,
        "ภาคเอกชน": Sector.PEOPLE,
        "civil society": Sector.PEOPLE,
        "private": Sector.PEOPLE,
        "ภาควิชาการ": Sector.ACADEMIC,
        "นักวิชาการ": Sector.ACADEMIC,
        "academia": Sector.ACADEMIC,
        "รัฐ": Sector.GOVERNMENT,
        "state": Sector.GOVERNMENT,
    },
    Kind: {
        "คน": Kind.INDIVIDUAL,
        "person": Kind.INDIVIDUAL,
        "กลุ่ม": Kind.NODE,
        "องค์กร": Kind.NODE,
        "หน่วยงาน": Kind.NODE,
        "group": Kind.NODE,
        "organisation": Kind.NODE,
        "organization": Kind.NODE,
        "company": Kind.NODE,
    },
    Relation: {
        "มีส่วนร่วม": Relation.COLLABORATE,  # the planning table's own word (seed 001)
        "collaboration": Relation.COLLABORATE,
        "cooperation": Relation.COOPERATE,
        "coordination": Relation.COORDINATE,
    },
    Strength: {
        "หลวม": Strength.WEAK,  # the planning table's ความสัมพันธ์เดิม
        "strong": Strength.STRONG,
        "weak": Strength.WEAK,
    },
}

TRUE_WORDS = frozenset({"true", "yes", "y", "1", "x", "✓", "✔", "ใช่", "จริง", "มี"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "ไม่ใช่", "ไม่", "เท็จ", "ไม่มี"})
#: Strength given as a number 1-5 (a common Kumu habit): this and above is strong.
STRONG_FROM = 4


class CellProblem(ValueError):
    """A cell that cannot be read; ``key`` names the i18n message ``io.problem.<key>``."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def normal(text: str) -> str:
    """``text`` as compared: no case, no spaces, hyphens or underscores."""
    return _IGNORED.sub("", text.casefold())


def strip_numbering(text: str) -> str:
    """``"๑. นายก ทม."`` -> ``"นายก ทม."``; a cell holding only ``"๑....."`` becomes empty."""
    return _NUMBERING.sub("", text, count=1).strip()


def split_numbered(text: str) -> list[str]:
    """A cell listing several numbered names (``"๑.สมชาย ๒.สมหญิง"``) as its names; else the cell."""
    if len(_INNER_NUMBERING.findall(text)) < 2:
        name = strip_numbering(text)
        return [name] if name else []
    parts = _INNER_NUMBERING.split(text)
    return [name for part in parts if (name := part.strip(" .…\t"))]


def unguard(text: str) -> str:
    """Remove the ``'`` an export put before text that a spreadsheet would run as a formula."""
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_START:
        return text[1:]
    return text


@functools.cache
def words_of(vocab: type[StrEnum]) -> dict[str, StrEnum]:
    """Every word accepted for a vocabulary value, normalised, mapped to the value."""
    prefix = vocab_key(vocab)
    words: dict[str, StrEnum] = {}
    for value in vocab:
        words[normal(value.value)] = value
        for key in (f"{prefix}.{value.value}", f"{prefix}.{value.value}.long", f"plan.{prefix}.{value.value}"):
            for text in MESSAGES.get(key, ()):
                words.setdefault(normal(text), value)
    for word, value in EXTRA_WORDS.get(vocab, {}).items():
        words.setdefault(normal(word), value)
    return words


def choice(vocab: type[StrEnum], text: str) -> StrEnum | None:
    """The vocabulary value ``text`` names, or None."""
    return words_of(vocab).get(normal(text))


def choices_hint(vocab: type[StrEnum], lang: str) -> str:
    """The words to suggest in a fix: codes, and the labels in ``lang``."""
    return ", ".join(f"{v.value} ({label(lang, v)})" for v in vocab)


def parse_choice(vocab: type[StrEnum], text: str) -> StrEnum:
    found = choice(vocab, text)
    if found is None:
        raise CellProblem("bad_choice", vocab=vocab)
    return found


def parse_choices(vocab: type[StrEnum], text: str) -> list[StrEnum]:
    """Several values in one cell, separated by ``|`` (Kumu), ``;``, ``,`` or line breaks."""
    return [parse_choice(vocab, part) for part in _LIST_SEPARATORS.split(text) if part.strip()]


def parse_score(text: str) -> int:
    """A whole number from 1 to 5, in Thai or Arabic digits (``"4.0"`` from a sheet is 4)."""
    digits = text.strip().translate(THAI_DIGITS)
    if not re.fullmatch(r"[0-9]+(\.0*)?", digits):
        raise CellProblem("bad_score")
    score = int(digits.split(".")[0])
    if not SCORE_MIN <= score <= SCORE_MAX:
        raise CellProblem("bad_score")
    return score


def parse_flag(text: str) -> bool:
    word = normal(text)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellProblem("bad_flag")


def parse_strength(text: str) -> Strength:
    """``strong``/``weak``, ``แน่นแฟ้น``/``หลวม``, ``tight``/``loose``, or 1-5 (4 and 5 are strong)."""
    digits = text.strip().translate(THAI_DIGITS)
    if re.fullmatch(r"[0-9]+(\.[0-9]*)?", digits):
        number = float(digits)
        if not SCORE_MIN <= number <= SCORE_MAX:
            raise CellProblem("bad_strength")
        return Strength.STRONG if number >= STRONG_FROM else Strength.WEAK
    found = choice(Strength, text)
    if not isinstance(found, Strength):
        raise CellProblem("bad_strength")
    return found
