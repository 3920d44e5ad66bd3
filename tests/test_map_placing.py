"""The arrangement searched for in rows with channels (tui/core/textmap/placing.py; docs/MAP.md, "Big networks:
rows with channels").

The count is checked against answers worked by hand (a path in one row, two
hubs' stars with and without nets), against the relaxed model of
benchmarks/map_rows_bound.py when every tie is a net of its own (exactly, on
random arrangements), and against itself made again from scratch after
random moves; the search against its start and a fixed seed.
"""

from __future__ import annotations

import random

import networkx as nx

from benchmarks import map_rows_bound as bound
from tui.core.textmap import channels, placing


def numbered(count: int) -> list[int]:
    return [len(str(n + 1)) + 2 for n in range(count)]


def own(edges: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    """Every tie a net of its own: plain ties."""
    return tuple(range(len(edges)))


def count_of(arranged: channels.Arrangement, edges, nets, rows: int, slots: int, width: int) -> placing.Search:
    return placing.Search(placing.Model(rows, slots, width), edges, nets, placing.on_slots(arranged, slots))


def test_a_path_in_one_row_needs_no_track():
    edges = tuple((n, n + 1) for n in range(5))
    arranged, stacked = placing.searched(6, edges, own(edges), numbered(6), 1, 60, work=200)
    (line,) = arranged
    assert list(line) in ([0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0])
    slots = [stacked[n] for n in line]
    assert slots == list(range(slots[0], slots[0] + 6))  # neighbours in neighbouring slots: bracket to bracket
    assert count_of((arranged, stacked), edges, own(edges), 1, 7, 58).cost() == 0


def test_a_net_is_one_piece_a_channel_its_hull():
    # 2 rows of 8 slots on 80 cells: middles 5, 15, ..., 75; every reach 2 cells (no box has 8 ties)
    model = placing.Model(2, 8, 80)
    where = {0: (0, 0), 1: (1, 1), 2: (1, 2), 3: (1, 3), 4: (0, 7), 5: (1, 4), 6: (1, 5), 7: (1, 6)}
    edges = ((0, 1), (0, 2), (0, 3), (4, 5), (4, 6), (4, 7))
    assert [model.pieces(where[a], where[b], (2, 2)) for a, b in edges] == [
        [(1, 7, 13)],
        [(1, 7, 23)],
        [(1, 7, 33)],
        [(1, 47, 73)],
        [(1, 57, 73)],
        [(1, 67, 73)],
    ]
    # plain: the hub's three pieces all over columns 7 to 13; the other hub's over 67 to 73
    plain = placing.Search(model, edges, own(edges), where)
    assert plain.tracks == [0, 3, 0]
    # a net each hub: one piece 7..33 and one 47..73, apart, on one track
    bused = placing.Search(model, edges, (0, 0, 0, 1, 1, 1), where)
    assert bused.tracks == [0, 1, 0]
    assert model.rows_needed(bused.tracks) == 1 + 2 + 2 + 2  # a track, two rows of boxes, ports, margins
    # one net for all six ties: one piece 7..73
    assert placing.Search(model, edges, (0,) * 6, where).tracks == [0, 1, 0]
    # the second hub's net reaching back over the first's (a leaf at slot 0 of row 1): two tracks
    where[7] = (1, 0)
    assert placing.Search(model, edges, (0, 0, 0, 1, 1, 1), where).tracks == [0, 2, 0]


def test_a_tie_between_rows_further_apart_is_a_piece_in_its_first_and_last_channel():
    model = placing.Model(3, 4, 40)  # middles 5, 15, 25, 35; edges 0, 10, 20, 30, 40
    assert model.pieces((0, 0), (2, 3)) == [(1, 5, 10), (2, 10, 35)]
    assert model.pieces((0, 3), (2, 1)) == [(1, 30, 35), (2, 15, 30)]
    assert model.pieces((0, 1), (2, 1), (9, 0)) == [(2, 15, 20)]  # down its slot's edge, reached: no piece
    assert model.pieces((0, 0), (1, 1), (9, 5)) == []  # never past the other end


def random_case(seed: int) -> tuple[int, tuple[tuple[int, int], ...], int, int]:
    graph = nx.gnm_random_graph(14, 26, seed=seed)
    return 14, tuple((int(a), int(b)) for a, b in graph.edges()), 3, 6


def test_with_every_tie_its_own_net_the_count_is_the_relaxed_models():
    for seed in range(4):
        count, edges, rows, slots = random_case(seed)
        rng = random.Random(seed)
        places = [(r, s) for r in range(rows) for s in range(slots)]
        rng.shuffle(places)
        where = {n: places[n] for n in range(count)}
        ours = placing.Search(placing.Model(rows, slots, 70), edges, own(edges), where)
        theirs = bound.Channels(bound.Pieces(rows, slots, 70))
        far = bound.reach(count, list(edges))
        for a, b in edges:
            theirs.add(bound.Pieces(rows, slots, 70).of(where[a], where[b], (far[a], far[b])), 1)
        assert ours.tracks == theirs.tracks()
        assert placing.reach(count, edges) == far
        assert placing.least_widths(count, edges, own(edges), numbered(count)) == bound.least_widths(count, list(edges))


def test_the_count_kept_as_boxes_move_is_the_count_made_again():
    count, edges, rows, slots = random_case(7)
    nets = tuple(min(a, b) % 4 for a, b in edges)  # four nets, and ties of one net in many channels
    model = placing.Model(rows, slots, 60)
    widths = numbered(count)
    boxes = placing.least_widths(count, edges, nets, widths)
    rng = random.Random(3)
    places = [(r, s) for r in range(rows) for s in range(slots)]
    where = {n: places[n] for n in range(count)}
    search = placing.Search(model, edges, nets, where, boxes)
    for step in range(300):
        p, q = search.where[rng.randrange(count)], rng.choice(places)
        if p == q:
            continue
        search.swap(p, q)
        if step % 3 == 0:
            search.undo()
        again = placing.Search(model, edges, nets, search.where, boxes)
        assert (search.tracks, search.cells) == (again.tracks, again.cells)
    # a row's width: its boxes and a cell for each tie passing down through it
    passing = sum(
        1
        for a, b in edges
        if min(search.where[a][0], search.where[b][0]) < 1 < max(search.where[a][0], search.where[b][0])
    )
    assert search.cells[1] == sum(boxes[n] for n, (r, _) in search.where.items() if r == 1) + passing


def test_the_search_is_deterministic_and_no_worse_than_its_start():
    count, edges, rows, _ = random_case(11)
    count += 2  # two isolates: not in the rows
    nets = tuple(max(a, b) % 5 for a, b in edges)
    widths = numbered(count)
    first = placing.searched(count, edges, nets, widths, rows, 60, work=400, seed=2)
    assert first == placing.searched(count, edges, nets, widths, rows, 60, work=400, seed=2)
    lines, stacked = first
    assert sorted(n for line in lines for n in line) == list(range(count - 2))
    assert stacked[-2:] == (-1, -1)
    slots = placing.slots_for(count - 2, rows)
    for line in lines:  # each row left to right, a node a slot
        assert [stacked[n] for n in line] == sorted({stacked[n] for n in line})
    boxes = placing.least_widths(count, edges, nets, widths)
    model = placing.Model(rows, slots, 58)
    found = placing.Search(model, edges, nets, placing.on_slots(first, slots), boxes).cost()
    start = channels.arrangement(count, edges, (0,) * count, rows, True)
    assert found <= placing.Search(model, edges, nets, placing.on_slots(start, slots), boxes).cost()
    assert (
        found
        < placing.Search(
            model,
            edges,
            nets,
            placing.on_slots(placing.searched(count, edges, nets, widths, rows, 60, work=0), slots),
            boxes,
        ).cost()
    )


def test_channels_draws_the_arrangement_found():
    graph = nx.karate_club_graph()
    edges = tuple((int(a), int(b)) for a, b in graph.edges())
    count = graph.number_of_nodes()
    arranged = placing.searched(count, edges, own(edges), numbered(count), 3, 160, work=500)
    book = channels.channels(
        count, edges, (0,) * count, numbered(count), 3, 160, 10**4, False, bands=False, given=arranged
    )
    assert book is not None
    rows = sorted({row for row, _, _ in book.boxes})
    assert len(rows) == 3
    for r, line in enumerate(arranged[0]):  # the rows as found, left to right
        boxes = [book.boxes[n] for n in line]
        assert {row for row, _, _ in boxes} == {rows[r]}
        assert [col for _, col, _ in boxes] == sorted(col for _, col, _ in boxes)
