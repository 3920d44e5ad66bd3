"""Lists of records that find an item by id, and a tie by its ends, without a scan.

The workbook keeps stakeholders, ties and plan rows in lists: their order is
the user's and the file's, and undo puts a removed item back at its place.
A province's network holds 10,000 stakeholders and 30,000 ties, where a scan
on every lookup made building it through the editor quadratic. So those
lists are :class:`Records`, a ``list`` that keeps a map from id to item, and
the ties are :class:`TieRecords`, which also map each pair of ends and each
stakeholder to their ties.

An index is built on the first lookup and kept current by what the editor
does to a list (append, insert, delete); anything else (a sort, a slice
assignment) drops it, to be rebuilt on the next lookup, so the answers are
always the list's. A tie's ends are fields of the tie, not of the list:
whoever changes them in place calls :meth:`TieRecords.ends_changed`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, SupportsIndex, TypeVar


class Identified(Protocol):
    """A record: a stakeholder, a tie or a plan row."""

    id: str


class Joining(Identified, Protocol):
    """A tie: a record between two stakeholders."""

    a: str
    b: str


R = TypeVar("R", bound=Identified)
T = TypeVar("T", bound=Joining)


class Records(list[R]):
    """A list of records with unique-by-rule ``id`` fields, found by id in constant time.

    Lookups answer as a scan would: with two items of one id (which the
    loader refuses, but a half-built workbook may hold), the first is found.
    """

    _by_id: dict[str, R] | None = None  # class defaults: a copy made without __init__ has no index yet
    _at: dict[str, int] | None = None

    def __reduce__(self) -> tuple[type, tuple[list[R]]]:
        """Copies and pickles are built from the items alone; the indexes follow."""
        return type(self), (list(self),)

    # -- lookups --

    def by_id(self, item_id: str) -> R | None:
        """The first item with this id, or None."""
        if self._by_id is None:
            index: dict[str, R] = {}
            for item in self:
                index.setdefault(item.id, item)
            self._by_id = index
        return self._by_id.get(item_id)

    def position(self, item: R) -> int:
        """Where ``item`` (this very object) is in the list; ValueError if it is not.

        Positions shift with every insert and delete before them, so they are
        a hint checked on use and worked out again when wrong.
        """
        at = self._at.get(item.id) if self._at is not None else None
        if at is None or at >= len(self) or self[at] is not item:
            self._at = {}
            for index, each in enumerate(self):
                self._at.setdefault(each.id, index)
            at = self._at.get(item.id)
            if at is None or self[at] is not item:
                at = next((index for index, each in enumerate(self) if each is item), None)
                if at is None:
                    raise ValueError(f"{item.id} is not in the list")
        return at

    # -- keeping the indexes --

    def _added(self, item: R, at_end: bool) -> None:
        if self._by_id is not None:
            if item.id in self._by_id:
                self._by_id = None  # which one comes first is the list's to say
            else:
                self._by_id[item.id] = item

    def _removed(self, item: R) -> None:
        if self._by_id is not None and self._by_id.get(item.id) is item:
            del self._by_id[item.id]
            if len(self._by_id) != len(self):  # another item had the same id
                self._by_id = None

    def _dropped(self) -> None:
        """The list changed in a way the indexes do not follow: rebuild them when asked."""
        self._by_id = None

    # -- list methods that change the list --

    def append(self, item: R) -> None:
        super().append(item)
        self._added(item, at_end=True)

    def extend(self, items: Iterable[R]) -> None:
        for item in items:
            self.append(item)

    # += keeps the Records and its index where list's + makes a plain list: the two differ on purpose.
    def __iadd__(self, items: Iterable[R]) -> Records[R]:  # type: ignore[override,misc]
        self.extend(items)
        return self

    def insert(self, index: SupportsIndex, item: R) -> None:
        at_end = int(index) >= len(self)
        super().insert(index, item)
        self._added(item, at_end=at_end)

    def __delitem__(self, index: SupportsIndex | slice) -> None:
        gone = self[index] if isinstance(index, slice) else [self[index]]
        super().__delitem__(index)
        for item in gone:
            self._removed(item)

    def pop(self, index: SupportsIndex = -1) -> R:
        item = self[index]
        del self[index]
        return item

    def remove(self, item: R) -> None:
        del self[self.index(item)]

    def __setitem__(self, index: Any, value: Any) -> None:
        super().__setitem__(index, value)
        self._dropped()

    def clear(self) -> None:
        super().clear()
        self._dropped()

    def __imul__(self, times: SupportsIndex) -> Records[R]:
        super().__imul__(times)
        self._dropped()
        return self

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self._dropped()

    def reverse(self) -> None:
        super().reverse()
        self._dropped()


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


class TieRecords(Records[T]):
    """The ties, also found by their two ends and by one stakeholder, in list order."""

    _by_pair: dict[tuple[str, str], list[T]] | None = None
    _by_end: dict[str, list[T]] | None = None

    def joining(self, a: str, b: str) -> tuple[T, ...]:
        """Every tie between ``a`` and ``b``, either way round, in list order."""
        if self._by_pair is None:
            self._by_pair = {}
            for tie in self:
                self._by_pair.setdefault(_pair(tie.a, tie.b), []).append(tie)
        return tuple(self._by_pair.get(_pair(a, b), ()))

    def of(self, stakeholder_id: str) -> list[T]:
        """The ties with ``stakeholder_id`` at either end, in list order."""
        if self._by_end is None:
            self._by_end = {}
            for tie in self:
                for end in {tie.a, tie.b}:
                    self._by_end.setdefault(end, []).append(tie)
        return list(self._by_end.get(stakeholder_id, ()))

    def ends_changed(self) -> None:
        """A tie's ``a`` or ``b`` was changed in place: the pair and end indexes start again."""
        self._by_pair = self._by_end = None

    def _added(self, item: T, at_end: bool) -> None:
        super()._added(item, at_end)
        if not at_end:  # the lists per pair and per end are in list order
            self.ends_changed()
            return
        if self._by_pair is not None:
            self._by_pair.setdefault(_pair(item.a, item.b), []).append(item)
        if self._by_end is not None:
            for end in {item.a, item.b}:
                self._by_end.setdefault(end, []).append(item)

    def _removed(self, item: T) -> None:
        super()._removed(item)
        if self._by_pair is not None:
            _forget(self._by_pair, _pair(item.a, item.b), item)
        if self._by_end is not None:
            for end in {item.a, item.b}:
                _forget(self._by_end, end, item)

    def _dropped(self) -> None:
        super()._dropped()
        self.ends_changed()


def _forget(index: dict[Any, list[Any]], key: Any, item: Any) -> None:
    kept = [each for each in index.get(key, ()) if each is not item]
    if kept:
        index[key] = kept
    else:
        index.pop(key, None)


def as_records(value: Iterable[Any], kind: type[Records[Any]] = Records) -> Records[Any]:
    """``value`` itself when it already is ``kind``, else a ``kind`` holding the same items."""
    return value if isinstance(value, Records) and type(value) is kind else kind(value)
