"""The count behind "Les Misérables on 160 x 48: a count" (docs/MAP.md; benchmarks/map_rows_bound.py).

The relaxed model's pieces and tracks are checked against answers worked by
hand, the annealing's answer against a count made again from the
arrangement it gives, a row's width against the boxes and lines it must
hold, and the map's own arrangements of Les Misérables at 160 columns
against the page: none fits 48 rows.
"""

from __future__ import annotations

from benchmarks.map_rows_bound import SHAPES, Channels, Pieces, arrangements, fewest_tracks, lesmis, reach

#: 3 rows of 4 slots on 40 cells: slot middles at 5, 15, 25, 35, slot edges at 0, 10, 20, 30, 40.
MODEL = Pieces(3, 4, 40)


def test_a_tie_is_a_piece_in_each_channel_it_runs_along():
    assert MODEL.of((0, 0), (0, 1)) == []  # neighbours in a row: bracket to bracket
    assert MODEL.of((0, 0), (0, 2)) == [(1, 5, 25)]  # within a row: the channel under it
    assert MODEL.of((1, 2), (0, 0)) == [(1, 5, 25)]  # neighbouring rows: the channel between, from the upper box
    assert MODEL.of((0, 1), (1, 1)) == []  # one above the other: a straight line
    # rows further apart: to the edge of its slot nearest the other box, down it, along to the other box
    assert MODEL.of((0, 0), (2, 3)) == [(1, 5, 10), (2, 10, 35)]
    assert MODEL.of((0, 3), (2, 1)) == [(1, 35, 30), (2, 30, 15)]
    # ports up to `reach` cells from a box's middle, towards the other end: shorter pieces, or none
    assert MODEL.of((0, 0), (1, 2), (2, 3)) == [(1, 7, 22)]
    assert MODEL.of((1, 2), (0, 0), (3, 2)) == [(1, 7, 22)]
    assert MODEL.of((0, 0), (1, 1), (5, 5)) == []  # 10 cells apart, 5 either side
    assert MODEL.of((0, 0), (1, 1), (9, 5)) == []  # never past the other end
    assert MODEL.of((0, 0), (2, 3), (2, 3)) == [(1, 7, 10), (2, 10, 32)]
    assert MODEL.of((0, 1), (2, 1), (9, 0)) == [(1, 20, 20), (2, 20, 15)]  # down its own slot's right edge


def test_a_channel_needs_as_many_tracks_as_pieces_over_one_column_with_a_blank_cell_after_each():
    channels = Channels(MODEL)
    channels.add([(1, 0, 3), (1, 5, 7)], 1)  # 0..3 then a blank at 4: 5..7 goes on the same track
    assert channels.tracks() == [0, 1, 0, 0]
    channels.add([(1, 4, 6)], 1)  # starts on the blank cell after 0..3
    assert channels.tracks() == [0, 2, 0, 0]
    channels.add([(1, 4, 6)], -1)
    channels.add([(2, 30, 10)], 1)
    assert channels.tracks() == [0, 1, 1, 0]
    # a row of boxes each, a row of ports over and under each where a channel has tracks, two blank rows
    assert MODEL.rows_needed([0, 2, 1, 0]) == 3 + 3 + 4 + 2
    assert MODEL.rows_needed([1, 2, 1, 1]) == 5 + 3 + 6 + 2


def test_the_annealing_gives_the_tracks_of_the_arrangement_it_gives():
    workbook = lesmis()
    index = {s.id: i for i, s in enumerate(workbook.stakeholders)}
    edges = [(index[t.a], index[t.b]) for t in workbook.ties]
    model = Pieces(*SHAPES[0], 158)
    tracks, where, _ = fewest_tracks(len(index), edges, model, 3000, 1)
    assert sorted(where) == list(range(77)) and len(set(where.values())) == 77
    far = reach(len(index), edges)
    assert far[index["s11"]] == 9 and min(far) == 2  # Valjean's 36 ties: a box of 18 cells or more
    counted = Channels(model)
    for a, b in edges:
        counted.add(model.of(where[a], where[b], (far[a], far[b])), 1)
    assert counted.tracks() == tracks
    start = Channels(model)  # fewer than the stakeholders row by row in workbook order
    places = [(r, s) for r in range(model.rows) for s in range(model.slots)]
    for a, b in edges:
        start.add(model.of(places[a], places[b], (far[a], far[b])), 1)
    assert sum(tracks) < sum(start.tracks())
    assert model.rows_needed(tracks) > 48  # 3,000 moves find no arrangement that fits; 200,000 do (docs/MAP.md)


def test_no_arrangement_the_map_tries_fits_les_miserables_on_160_by_48():
    drawn = arrangements(160)
    assert len(drawn) == 3 * 2 * 7
    heights = [height for _, height in drawn if height is not None]
    assert heights and min(heights) > 3 * 48


def test_a_row_must_hold_its_boxes_and_the_lines_passing_it():
    # four boxes of 25 cells in three rows of 40: two share a row, 10 cells too wide however they stand
    _, where, wide = fewest_tracks(4, [], MODEL, 200, 1, [25, 25, 25, 25])
    assert wide == 10 and len({r for r, _ in where.values()}) == 3
    # a box filling each row: the tie's two ends in neighbouring rows, so no line passes a full row
    _, where, wide = fewest_tracks(3, [(0, 2)], Pieces(3, 1, 40), 50, 1, [40, 40, 40])
    assert wide == 0 and where[1][0] != 1
    # a triangle with a doubled tie, a box filling each row: 0 in the middle, the tie from 1 to 2 passes it
    _, where, wide = fewest_tracks(3, [(0, 2), (0, 2), (0, 1), (1, 2)], Pieces(3, 1, 40), 50, 1, [40, 40, 40])
    assert wide == 1 and where[0][0] == 1
