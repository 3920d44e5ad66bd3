"""When two names are one stakeholder: a Thai-aware normal form of a name.

In a brainstorm the same group is typed twice in ways that look alike on
screen but differ in their characters: a space or none (``รพ.สต. บ้านนา`` /
``รพ.สต.บ้านนา``, ``คนๆ`` / ``คน ๆ``), a zero-width space pasted from a web
page or a chat app, a tone mark typed before the vowel above it (``ที่``
as ท + ่ + ี) or after sara am (``นำ้``), sara am typed as nikhahit
and sara aa, a letter in capitals.
Unicode's own normal forms do not order Thai marks (most have combining
class 0), so the marks above and below a letter are put here in the order a
renderer stacks them: vowel marks, then tone marks, then the rest.

Two names with the same normal form are the same name to a reader; the
screens ask before keeping both, and never merge them silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from tui.core.model import Stakeholder

__all__ = ["normal_name", "same_name", "namesakes"]

#: Characters that take no room and change nothing a reader sees.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: Thai marks written above or below a letter: vowels first, then tone marks, then the others.
_VOWEL_MARKS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e4d")
_TONE_MARKS = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_OTHER_MARKS = frozenset("\u0e4c\u0e4e")


#: A tone mark typed after sara am (นำ้ for น้ำ): after the decomposition it follows sara aa,
#: a letter of its own, so it is put back among the marks of the letter before.
_TONE_AFTER_AM = re.compile("\u0e4d\u0e32([\u0e48-\u0e4b]+)")

#: Names whose compared form is kept (:func:`normal_name`): a big network's worth.
NAMES_KEPT = 4096

#: The order of the Thai marks on one letter: vowel marks, tone marks, then the others.
_MARK_RANK = dict.fromkeys(_VOWEL_MARKS, 0) | dict.fromkeys(_TONE_MARKS, 1) | dict.fromkeys(_OTHER_MARKS, 2)


@lru_cache(maxsize=NAMES_KEPT)
def normal_name(name: str) -> str:
    """``name`` as compared: compatibility-decomposed (sara am is nikhahit and
    sara aa), without spaces or invisible characters, the Thai marks on each
    letter in one order and each mark once, Latin letters case-folded. Kept for
    the names of a workshop's network: each name added is compared with all of them."""
    text = _TONE_AFTER_AM.sub("\\1\u0e4d\u0e32", unicodedata.normalize("NFKC", name).casefold())
    out: list[str] = []
    marks: list[str] = []
    for character in text:
        if character.isspace() or character in INVISIBLE:
            continue
        if character in _MARK_RANK:
            if character not in marks:
                marks.append(character)
            continue
        out.extend(sorted(marks, key=_MARK_RANK.__getitem__))
        marks.clear()
        out.append(character)
    out.extend(sorted(marks, key=_MARK_RANK.__getitem__))
    return "".join(out)


def same_name(a: str, b: str) -> bool:
    return normal_name(a) == normal_name(b)


def namesakes(stakeholders: Iterable[Stakeholder], name: str, *, besides: str = "") -> list[Stakeholder]:
    """The stakeholders whose name is ``name`` to a reader (``besides``: an id to leave out, the one renamed)."""
    wanted = normal_name(name)
    if not wanted:
        return []
    return [s for s in stakeholders if s.id != besides and normal_name(s.name) == wanted]
