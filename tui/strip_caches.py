"""Textual's strips make their caches when they first use them.

A ``Strip`` (one line of a widget, as Textual draws it) makes seven small
caches as it is made: of its crops, its styled and filtered copies, its
divisions. Most strips are drawn once and never asked for any of them, yet
each carries about 900 bytes of empty caches, and a frame makes thousands
of strips. A workshop session kept about 35,000 of these caches, the most
numerous object in the process, 4 to 5 MB with the strips' own dictionaries;
making them was most of the time of making a strip.

``install()`` is called as the app is made (``make_app``): from then on a
strip makes each cache the first time it uses it, with the size Textual
gives it. The sizes and the other fields are read from a strip made by
Textual itself, so a Textual that makes its strips otherwise is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from textual.cache import FIFOCache
from textual.strip import Strip

#: The fields every strip gets from its arguments.
_GIVEN = ("_segments", "_cell_length")


def _fields() -> tuple[dict[str, int], tuple[str, ...]] | None:
    """Each cache field of Textual's strips with its size, and the fields that start as None;
    None if a strip holds anything else."""
    made = Strip([])
    caches: dict[str, int] = {}
    empty: list[str] = []
    for name in Strip.__slots__:
        if name in _GIVEN:
            continue
        value = getattr(made, name, None)
        if isinstance(value, FIFOCache) and not value:
            caches[name] = value._maxsize
        elif value is None:
            empty.append(name)
        else:
            return None
    return caches, tuple(empty)


def install() -> bool:
    """Strips make their caches when first used, from now on; False if Textual's are not as expected."""
    if getattr(Strip, "_caches_when_used", False):
        return True
    fields = _fields()
    if fields is None or not fields[0]:
        return False
    caches, empty = fields

    def __init__(self: Strip, segments: Iterable[Segment], cell_length: int | None = None) -> None:
        self._segments = list(segments)
        self._cell_length = cell_length
        for name in empty:
            setattr(self, name, None)

    def __getattr__(self: Strip, name: str) -> FIFOCache[object, object]:
        """A cache asked for the first time (an unset field is looked for here)."""
        size = caches.get(name)
        if size is None:
            raise AttributeError(f"'Strip' object has no attribute {name!r}")
        cache: FIFOCache[object, object] = FIFOCache(size)
        setattr(self, name, cache)
        return cache

    # The workaround itself: Textual's class changed for the process.
    Strip.__init__ = __init__  # type: ignore[method-assign]
    Strip.__getattr__ = __getattr__  # type: ignore[attr-defined]  # Textual's Strip has none: ours finds the caches
    Strip._caches_when_used = True  # type: ignore[attr-defined]  # our mark that the class is changed
    return True
