"""key_positions: where each key of a TOML text sits, for error messages."""

from __future__ import annotations

import tomllib

from tui.core.toml_lines import key_positions, nearest


def positions(*lines: str) -> dict:
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # the scanner only has to understand valid TOML
    return key_positions(text)


def test_plain_keys_and_tables():
    assert positions(
        'format = "x"',  # 1
        "version = 1",  # 2
        "",  # 3
        "[project]",  # 4
        'title = "t"',  # 5
        '  area = "a"',  # 6
    ) == {
        ("format",): (1, 1),
        ("version",): (2, 1),
        ("project",): (4, 1),
        ("project", "title"): (5, 1),
        ("project", "area"): (6, 3),
    }


def test_arrays_of_tables_are_numbered():
    assert positions(
        "[[stakeholders]]",  # 1
        'id = "s1"',  # 2
        "[[stakeholders]]",  # 3
        'id = "s2"',  # 4
        "[[ties]]",  # 5
        'a = "s1"',  # 6
        "[[stakeholders]]",  # 7
        'id = "s3"',  # 8
    ) == {
        ("stakeholders",): (1, 1),  # the array as a whole: where it starts
        ("stakeholders", 0): (1, 1),
        ("stakeholders", 0, "id"): (2, 1),
        ("stakeholders", 1): (3, 1),
        ("stakeholders", 1, "id"): (4, 1),
        ("ties",): (5, 1),
        ("ties", 0): (5, 1),
        ("ties", 0, "a"): (6, 1),
        ("stakeholders", 2): (7, 1),
        ("stakeholders", 2, "id"): (8, 1),
    }


def test_nested_arrays_of_tables_carry_their_parents_indices():
    found = positions(
        "[plan]",  # 1
        'our_group = "g"',  # 2
        "[[plan.rows]]",  # 3
        'id = "p1"',  # 4
        "[[plan.rows]]",  # 5
        'id = "p2"',  # 6
        "[[a]]",  # 7
        "[[a.b]]",  # 8
        "x = 1",  # 9
        "[[a.b]]",  # 10
        "[[a]]",  # 11
        "[[a.b]]",  # 12
        "y = 2",  # 13
        "[a.c]",  # 14
        "z = 3",  # 15
    )
    assert found[("plan", "rows", 0, "id")] == (4, 1)
    assert found[("plan", "rows", 1, "id")] == (6, 1)
    assert found[("a", 0, "b", 0, "x")] == (9, 1)
    assert found[("a", 0, "b", 1)] == (10, 1)
    assert found[("a", 1)] == (11, 1)
    # A new [[a]] entry starts its own [[a.b]] list, as tomllib reads it.
    assert found[("a", 1, "b", 0, "y")] == (13, 1)
    data = tomllib.loads("\n".join(["[[a]]", "[[a.b]]", "x = 1", "[[a.b]]", "[[a]]", "[[a.b]]", "y = 2"]))
    assert data["a"][1]["b"][0]["y"] == 2
    assert found[("a", 1, "c", "z")] == (15, 1)
    # The tables and arrays a header defines on the way are placed at the first such header.
    assert found[("plan", "rows")] == (3, 1)
    assert found[("a",)] == (7, 1) and found[("a", 0, "b")] == (8, 1) and found[("a", 1, "b")] == (12, 1)


def test_keys_inside_multiline_strings_are_not_keys():
    found = positions(
        "[project]",  # 1
        'notes = """',  # 2
        'title = "not a key"',  # 3
        "[not_a_table]",  # 4
        '  area = \\"""still text',  # 5  an escaped delimiter does not end it
        'end = 1"""',  # 6
        'title = "real"',  # 7
        "objective = '''",  # 8
        "issue = 'literal'",  # 9
        "'''",  # 10
        "area = 'a'",  # 11
    )
    assert found == {
        ("project",): (1, 1),
        ("project", "notes"): (2, 1),
        ("project", "title"): (7, 1),
        ("project", "objective"): (8, 1),
        ("project", "area"): (11, 1),
    }


def test_a_multiline_string_closed_with_extra_quotes():
    found = positions(
        'a = """x""""',  # 1  content ends with one quote
        "b = 1",  # 2
        'c = """',  # 3
        'say ""',  # 4
        '"""""',  # 5  two quotes of content, then the delimiter
        "d = 2",  # 6
    )
    assert found == {("a",): (1, 1), ("b",): (2, 1), ("c",): (3, 1), ("d",): (6, 1)}


def test_keys_inside_multiline_arrays_are_not_keys():
    found = positions(
        "[[stakeholders]]",  # 1
        "power_bases = [",  # 2
        '  "role",  # a comment with ] and "',  # 3
        '  "name = x",',  # 4
        "  # id = 3",  # 5
        "]",  # 6
        'groups = [["nested = 1"], [',  # 7
        '   "x = [",',  # 8
        "]]",  # 9
        'id = "s1"',  # 10
        "inline = { name = 'n', kind = \"k\" }",  # 11
        "name = 'after'",  # 12
    )
    assert found == {
        ("stakeholders",): (1, 1),
        ("stakeholders", 0): (1, 1),
        ("stakeholders", 0, "power_bases"): (2, 1),
        ("stakeholders", 0, "groups"): (7, 1),
        ("stakeholders", 0, "id"): (10, 1),
        ("stakeholders", 0, "inline"): (11, 1),
        ("stakeholders", 0, "name"): (12, 1),
    }


def test_quoted_and_dotted_keys():
    found = positions(
        '"quoted key" = 1',  # 1
        "'literal.key' = 2",  # 2
        'a.b . "c.d" = 3',  # 3
        '["ตาราง ไทย"]',  # 4
        '"ชื่อ" = "ภาคี"',  # 5
        "[ spaced . table ]",  # 6
        "k = 1",  # 7
    )
    assert found[("quoted key",)] == (1, 1)
    assert found[("literal.key",)] == (2, 1)
    assert found[("a", "b", "c.d")] == (3, 1)
    assert found[("a",)] == (3, 1)  # a dotted key also places the tables it makes
    assert found[("a", "b")] == (3, 1)
    assert found[("ตาราง ไทย",)] == (4, 1)
    assert found[("ตาราง ไทย", "ชื่อ")] == (5, 1)
    assert found[("spaced", "table", "k")] == (7, 1)


def test_comments_and_blank_lines():
    found = positions(
        "# a = 1",  # 1
        "   # [fake]",  # 2
        "",  # 3
        "b = 2 # c = 3",  # 4
        'd = "# not a comment" # e = 4',  # 5
        "[t] # [[u]]",  # 6
        "f = 5",  # 7
    )
    assert found == {("b",): (4, 1), ("d",): (5, 1), ("t",): (6, 1), ("t", "f"): (7, 1)}


def test_strings_with_escaped_quotes_and_brackets():
    found = positions(
        'a = "x\\" [ { y = 1"',  # 1
        "b = 'c:\\path[' ",  # 2
        'c = "\\\\"',  # 3  a string that ends in an escaped backslash
        "d = 1",  # 4
    )
    assert found == {("a",): (1, 1), ("b",): (2, 1), ("c",): (3, 1), ("d",): (4, 1)}


def test_columns_count_characters_not_bytes():
    found = positions('t = "ผู้ใหญ่บ้าน"', "[x]", '    "น้ำ" = 1')
    assert found[("x", "น้ำ")] == (3, 5)


def test_lines_count_only_line_feeds():
    text = 'a = "one\u2028two\u0085three"\r\nb = 1\r\n[t]\r\nc = 2\r\n'
    tomllib.loads(text)
    assert key_positions(text) == {("a",): (1, 1), ("b",): (2, 1), ("t",): (3, 1), ("t", "c"): (4, 1)}


def test_nearest_falls_back_to_the_enclosing_table():
    found = positions("[[stakeholders]]", 'id = "s1"', "[[stakeholders]]", 'name = "n"')
    assert nearest(found, ("stakeholders", 1, "name")) == (4, 1)
    assert nearest(found, ("stakeholders", 1, "id")) == (3, 1)
    assert nearest(found, ("stakeholders", 1, "power_bases", 2)) == (3, 1)
    assert nearest(found, ("ties", 0, "a")) is None
    assert nearest(found, ()) is None


def _is_table_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _walk(data, path=()):
    """Every key path of parsed TOML, through tables and arrays of tables."""
    if isinstance(data, dict):
        for key, value in data.items():
            if not _is_table_list(value):  # [[x]] places each entry, not x itself
                yield path + (key,)
            yield from _walk(value, path + (key,))
    elif _is_table_list(data):
        for index, item in enumerate(data):
            yield from _walk(item, path + (index,))


def _lookup(data, path):
    for part in path:
        data = data[part]
    return data


def test_every_key_of_a_saved_workbook_is_placed_on_its_own_line(full_workbook):
    from tui.core import store

    text = store.dumps(full_workbook)
    data = tomllib.loads(text)
    found = key_positions(text)
    lines = text.split("\n")
    for path in _walk(data):
        assert path in found, path
        line, col = found[path]
        name = [part for part in path if isinstance(part, str)][-1]
        at = lines[line - 1][col - 1 :]
        if at.startswith("["):  # a table header names the whole path
            at = at.lstrip("[").replace("plan.", "").replace("analysis.", "")
        assert at.startswith(name), (path, lines[line - 1])
    for path in found:  # and nothing placed that tomllib does not have
        _lookup(data, path)
