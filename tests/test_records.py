"""The workbook's indexed lists (tui.core.records) answer as a scan of the list would,
whatever is done to the list, in whatever order."""

from __future__ import annotations

import copy
import pickle
import random

import pytest

from tui.core import model
from tui.core.records import Records, TieRecords

IDS = [f"s{n}" for n in range(6)]


def scan_by_id(items: list, item_id: str):
    return next((item for item in items if item.id == item_id), None)


def scan_joining(ties: list, a: str, b: str) -> tuple:
    return tuple(t for t in ties if {t.a, t.b} == {a, b})


def scan_of(ties: list, stakeholder: str) -> list:
    return [t for t in ties if stakeholder in (t.a, t.b)]


def random_tie(rng: random.Random, number: int) -> model.Tie:
    # Ids repeat now and then (a half-built workbook may hold two), self-ties too.
    return model.Tie(f"t{rng.randrange(number + 3)}", rng.choice(IDS), rng.choice(IDS))


def mutate(ties: TieRecords, rng: random.Random, step: int) -> None:
    """One of every way a list changes, the editor's (append, insert, delete) most often."""
    choice = rng.randrange(12)
    if choice < 4 or not ties:
        ties.append(random_tie(rng, step))
    elif choice < 6:
        ties.insert(rng.randrange(len(ties) + 1), random_tie(rng, step))
    elif choice < 8:
        del ties[rng.randrange(len(ties))]
    elif choice == 8:
        ties.pop()
    elif choice == 9:
        ties[rng.randrange(len(ties))] = random_tie(rng, step)
    elif choice == 10:
        tie = rng.choice(ties)
        tie.a = rng.choice(IDS)  # re-pointed in place, as step 4 does, and said so
        ties.ends_changed()
    else:
        rng.choice(
            [
                ties.reverse,
                lambda: ties.sort(key=lambda t: t.id),
                lambda: ties.extend([random_tie(rng, step), random_tie(rng, step)]),
                lambda: ties.__delitem__(slice(0, 2)),
            ]
        )()


@pytest.mark.parametrize("seed", range(5))
def test_lookups_agree_with_a_scan_through_any_changes(seed: int) -> None:
    rng = random.Random(seed)
    ties = TieRecords()
    for step in range(400):
        mutate(ties, rng, step)
        if rng.random() < 0.5:  # look now and then, so indexes are sometimes built, sometimes not
            wanted = f"t{rng.randrange(step + 3)}"
            assert ties.by_id(wanted) is scan_by_id(ties, wanted)
            a, b = rng.choice(IDS), rng.choice(IDS)
            assert ties.joining(a, b) == scan_joining(ties, a, b)
            assert ties.of(a) == scan_of(ties, a)
            if ties:
                tie = rng.choice(ties)
                assert ties[ties.position(tie)] is tie


def test_position_is_by_identity_not_by_equal_fields() -> None:
    twins = Records([model.Stakeholder("s1", "a"), model.Stakeholder("s1", "a")])
    assert twins.position(twins[1]) == 1
    with pytest.raises(ValueError):
        twins.position(model.Stakeholder("s1", "a"))


def test_a_workbook_keeps_its_lists_indexed_whatever_list_it_is_given() -> None:
    workbook = model.Workbook(stakeholders=[model.Stakeholder("s1", "a")], ties=[model.Tie("t1", "s1", "s2")])
    workbook.plan.rows = [model.PlanRow("p1")]
    assert isinstance(workbook.stakeholders, Records) and isinstance(workbook.ties, TieRecords)
    assert isinstance(workbook.plan.rows, Records)
    assert workbook.stakeholder("s1").name == "a" and workbook.ties_of("s2")[0].id == "t1"
    workbook.stakeholders.append(model.Stakeholder("s2", "b"))
    assert workbook.stakeholder("s2").name == "b"


@pytest.mark.parametrize("clone", [copy.deepcopy, lambda w: pickle.loads(pickle.dumps(w))], ids=["deepcopy", "pickle"])
def test_copies_are_indexed_lists_of_the_same_items(clone) -> None:
    workbook = model.Workbook(stakeholders=[model.Stakeholder("s1", "a")], ties=[model.Tie("t1", "s1", "s2")])
    workbook.stakeholder("s1")  # an index built before the copy
    copied = clone(workbook)
    assert copied == workbook and type(copied.ties) is TieRecords
    copied.stakeholders.append(model.Stakeholder("s2", "b"))
    assert copied.stakeholder("s2").name == "b" and workbook.stakeholder("s2") is None
