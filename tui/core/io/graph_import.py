"""GraphML, GEXF and DOT read back: what ``phakhi export`` writes, and what Gephi and yEd make of it.

A graph file is a stakeholder sheet and a tie sheet in another dress: each
node a row of the first, with its id and its attributes as columns, each
edge a row of the second, naming its ends by id. So it is read into those
two tables and goes through the very import a spreadsheet does
(:func:`~tui.core.io.csv_import.import_tables`): the same words for the
method's vocabularies, the same checks, every problem named by the line of
the file it is on, and the workbook built through the Editor.

What the other tools add is taken as they mean it: a node's ``label`` is
its name (Gephi and yEd show and edit it; the ``name`` attribute our export
also writes is read only where there is no label), an edge's ``weight``
gives its strength where it has no ``strength`` (2 or more strong, as our
export writes, else weak), and an attribute that names no field of the
workbook (Gephi's modularity class, yEd's graphics) is left out and named
in :attr:`Imported.skipped` rather than refused. ``analysis_*`` attributes
are worked out again from the entries, as from a sheet.

XML is parsed with defusedxml: a document type declaration, and so every
entity (the "billion laughs", an external file), is refused before
anything is read. Files are at most the import's size limit already. DOT
is read by :mod:`.dot_import` into the same records.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING

from tui.core.io.columns import DERIVED_PREFIX, known_heading
from tui.core.io.decode import Row
from tui.core.io.problems import Collector, ImportProblems
from tui.core.io.source import Imported, Layout, Source
from tui.core.model import Project, Stakeholder, Tie
from tui.core.schema import fields_of, is_iso_date
from tui.core.vocab import Language

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element


class GraphFormat(StrEnum):
    GRAPHML = "graphml"
    GEXF = "gexf"
    DOT = "dot"


#: What a file's name says it holds.
SUFFIXES = {".graphml": GraphFormat.GRAPHML, ".gexf": GraphFormat.GEXF, ".dot": GraphFormat.DOT, ".gv": GraphFormat.DOT}
#: The project's fields a graph file carries (graph-level data of our GraphML export).
PROJECT_FIELDS = tuple(spec.name for spec in fields_of(Project) if spec.name != "empty_sectors")
#: Comments before a DOT file's first word.
_DOT_COMMENTS = re.compile(rb"\A(?:\s*(?://[^\n]*|/\*.*?\*/|\#[^\n]*))*", re.DOTALL)
#: A tie's id as Phakhi writes it.
_TIE_ID = re.compile(r"t(\d+)")
#: A strong tie's weight in our export; Gephi gives a new edge 1.
STRONG_WEIGHT = 2.0


def claimed_format(name: str) -> GraphFormat | None:
    """The graph format ``name``'s suffix claims, if any."""
    lower = name.lower()
    return next((found for suffix, found in SUFFIXES.items() if lower.endswith(suffix)), None)


def content_format(data: bytes) -> GraphFormat | None:
    """The graph format the bytes are in, by their first element (or DOT's first word)."""
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(b"<"):
        for tag, found in ((b"<graphml", GraphFormat.GRAPHML), (b"<gexf", GraphFormat.GEXF)):
            if tag in head:
                return found
        return None
    head = _DOT_COMMENTS.sub(b"", head).lstrip()
    first = head.split(None, 1)[0] if head.split() else b""
    return GraphFormat.DOT if first.split(b"{")[0] in (b"graph", b"digraph", b"strict") else None


def is_graph(source: Source) -> bool:
    """Is ``source`` a graph file, by its name or its content?"""
    return claimed_format(source.name) is not None or content_format(source.data) is not None


def import_graph(
    source: Source,
    *,
    lang: Language | str = Language.EN,
    language: Language | str | None = None,
    title: str = "",
) -> Imported:
    """The workbook in a GraphML, GEXF or DOT file, or ImportProblems with every problem found.

    A file whose content is not the format its name claims is refused (a
    GraphML file named ``.gexf`` too: a tool that opens it by its name would
    fail)."""
    from tui.core.io.csv_import import import_tables

    lang = Language(lang)
    problems = Collector(source.name, lang)
    claimed, found = claimed_format(source.name), content_format(source.data)
    if found is None or (claimed is not None and claimed is not found):
        problems.add(None, "not_the_format", claimed=(claimed or found or GraphFormat.GRAPHML).value)
        raise ImportProblems(problems.problems)
    graph = _dot(source, problems) if found is GraphFormat.DOT else _xml(source, found, problems)
    if graph is None or graph.nodes is None:
        raise ImportProblems(problems.problems)
    skipped: set[str] = set()
    graph.edges, merged = _once(graph.edges)
    element_rows = _table(graph.node_line, ["id", "label"], graph.nodes, Stakeholder, skipped)
    tie_rows = _table(graph.edge_line, ["from", "to"], graph.edges, Tie, skipped) if graph.edges else None
    tie_problems = Collector(source.name, lang) if tie_rows else None
    texts = [value for _line, record in graph.nodes for value in record.values()]
    chosen = language or (graph.data.get("language") if graph.data.get("language") in ("th", "en") else None)
    project = {name: graph.data[name] for name in PROJECT_FIELDS if graph.data.get(name)}
    if not project.get("title") and graph.data.get("name"):
        project["title"] = graph.data["name"]
    encodings = {source.name: "UTF-8" if found is GraphFormat.DOT else _declared_encoding(source.data)}
    imported = import_tables(element_rows, tie_rows, problems, tie_problems, encodings, texts, chosen, title, project)
    return replace(imported, layout=Layout.GRAPH, skipped=tuple(sorted(skipped)), merged=merged)


def _xml(source: Source, found: GraphFormat, problems: Collector) -> _Graph | None:
    """A GraphML or GEXF file's network, or None after saying why it cannot be read."""
    document = _parse(source.data, problems)
    if document is None:
        return None
    root, lines = document
    graph = (_graphml if found is GraphFormat.GRAPHML else _gexf)(root, lines)
    if graph.nodes is None:
        problems.add(lines.get(root, 1), "no_graph")
        return None
    return graph


def _dot(source: Source, problems: Collector) -> _Graph | None:
    """A DOT file's network (UTF-8, as Graphviz reads it), or None after saying why not."""
    from tui.core.io.dot_import import dot_records

    try:
        text = source.data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as error:
        problems.add(source.data.count(b"\n", 0, error.start) + 1, "dot_encoding")
        return None
    read = dot_records(text, problems)
    if read is None:
        return None
    graph = _Graph()
    label, graph.nodes, graph.edges = read
    if label:
        graph.data["name"] = label
    return graph


def _declared_encoding(data: bytes) -> str:
    """The encoding the XML declaration names (the parser reads it so), else UTF-8."""
    found = re.match(rb"""\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""", data.removeprefix(b"\xef\xbb\xbf"))
    return found.group(1).decode("ascii").upper() if found else "UTF-8"


class _Graph:
    """A graph file's content as plain text: its graph-level data, and each node's and
    edge's line and attributes (by name), ends and ids included."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.nodes: list[tuple[int, dict[str, str]]] | None = None
        self.edges: list[tuple[int, dict[str, str]]] = []
        self.node_line = self.edge_line = 1


def _parse(data: bytes, problems: Collector) -> tuple[Element, dict[Element, int]] | None:
    """The document's root and each element's line, or None after saying why it cannot be read."""
    from xml.etree.ElementTree import TreeBuilder

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser, ParseError

    lines: dict[Element, int] = {}

    class NotingLines(TreeBuilder):
        """Each element's line, as the parser reads its start tag (problems are told by line)."""

        def start(self, tag: str, attrs: dict[str, str]) -> Element:
            element = super().start(tag, attrs)
            lines[element] = parser.parser.CurrentLineNumber
            return element

    parser = DefusedXMLParser(target=NotingLines(), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        root: Element = parser.close()
    except DefusedXmlException:
        problems.add(None, "xml_declarations")
        return None
    except ParseError as error:
        problems.add(error.position[0], "xml", detail=str(error).split(":")[0])
        return None
    return root, lines


def _local(tag: str) -> str:
    """A tag without its namespace: GraphML and each GEXF version have their own."""
    return tag.rsplit("}", 1)[-1]


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _graphml(root: Element, lines: dict[Element, int]) -> _Graph:
    """GraphML (ours, yEd's, Gephi's): ``<key>`` declares each attribute's name and what it
    is for; ``<data key=…>`` under the graph, a node or an edge holds its value."""
    found = _Graph()
    keys: dict[str, str] = {}
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for key in _children(root, "key"):
        name = key.get("attr.name") or key.get("id") or ""
        if key.get("yfiles.type") == "nodegraphics":
            name = "label"  # yEd's drawing of a node, whose label is the name shown
        keys[key.get("id") or name] = name
        default = _children(key, "default")
        if default and key.get("for") in defaults and default[0].text:
            defaults[key.get("for", "")][name] = default[0].text
    graphs = _children(root, "graph")
    if not graphs:
        return found
    graph = graphs[0]
    found.data = {keys.get(d.get("key", ""), ""): d.text or "" for d in _children(graph, "data")}
    found.nodes = []
    found.node_line = found.edge_line = lines.get(graph, 1)
    for node in _children(graph, "node"):
        values = dict(defaults["node"])
        values |= {keys.get(d.get("key", ""), ""): _text(d) for d in _children(node, "data")}
        found.nodes.append((lines.get(node, 1), {"id": node.get("id", "")} | values))
    for edge in _children(graph, "edge"):
        values = dict(defaults["edge"])
        values |= {keys.get(d.get("key", ""), ""): _text(d) for d in _children(edge, "data")}
        ends = {"from": edge.get("source", ""), "to": edge.get("target", "")}
        found.edges.append((lines.get(edge, 1), ends | values))
    return found


def _text(element: Element) -> str:
    """A data element's text; yEd puts a node's label inside its graphics (``<y:NodeLabel>``)."""
    if element.text and element.text.strip():
        return element.text
    labels = [e.text for e in element.iter() if _local(e.tag) == "NodeLabel" and e.text]
    return labels[0] if labels else (element.text or "")


def _gexf(root: Element, lines: dict[Element, int]) -> _Graph:
    """GEXF (ours, Gephi's): ``<attributes class=…>`` declares each attribute's title by id;
    a node has its ``label``, an edge its ``id``, ends and ``weight``, and both ``<attvalues>``."""
    found = _Graph()
    graphs = _children(root, "graph")
    if not graphs:
        return found
    graph = graphs[0]
    titles: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for declared in _children(graph, "attributes"):
        kind = declared.get("class", "node")
        for attribute in _children(declared, "attribute"):
            title = attribute.get("title") or attribute.get("id") or ""
            titles.setdefault(kind, {})[attribute.get("id") or title] = title
            default = _children(attribute, "default")
            if default and default[0].text:
                defaults.setdefault(kind, {})[title] = default[0].text
    if graph.get("name"):
        found.data["name"] = graph.get("name", "")
    found.nodes = []
    found.node_line = found.edge_line = lines.get(graph, 1)
    for nodes in _children(graph, "nodes"):
        for node in _children(nodes, "node"):
            values = dict(defaults["node"]) | _attvalues(node, titles["node"])
            if node.get("label") is not None:
                values["label"] = node.get("label", "")
            if day := _day_of(node.get("end")):
                values.setdefault("left", day)
            found.nodes.append((lines.get(node, 1), {"id": node.get("id", "")} | values))
    for edges in _children(graph, "edges"):
        for edge in _children(edges, "edge"):
            values = dict(defaults["edge"]) | _attvalues(edge, titles["edge"])
            values |= {name: edge.get(name, "") for name in ("id", "weight") if edge.get(name) is not None}
            if day := _day_of(edge.get("end")):
                values.setdefault("ended", day)
            ends = {"from": edge.get("source", ""), "to": edge.get("target", "")}
            found.edges.append((lines.get(edge, 1), ends | values))
    return found


def _day_of(end: str | None) -> str:
    """The day a node or an edge ends on Gephi's timeline, when its time is a day (``2026-03-01``,
    or a date and time): who left, a tie that ended. Other times (numbers) say no day."""
    day = (end or "")[:10]
    return day if is_iso_date(day) else ""


def _attvalues(element: Element, titles: dict[str, str]) -> dict[str, str]:
    """An element's attribute values by title: in ``<attvalues>``, or right under it as Gephi's
    slices have them; of a value given for several times, the last."""
    values = [*_children(element, "attvalue")]
    values += [value for holder in _children(element, "attvalues") for value in _children(holder, "attvalue")]
    return {titles.get(value.get("for", ""), value.get("for", "")): value.get("value", "") for value in values}


def _table(
    line: int, ends: list[str], records: list[tuple[int, dict[str, str]]], kind: type, skipped: set[str]
) -> list[Row]:
    """Records as a sheet: a heading row (``ends`` first), then one row a record, numbered by
    their lines in the file. Attributes that name no field are left out, and noted."""
    if kind is Stakeholder:
        records = [(n, _named(record)) for n, record in records]
    else:
        records = [(n, _strength(record)) for n, record in records]
    names: dict[str, None] = dict.fromkeys(ends)
    for _n, record in records:
        for name in record:
            if name in names:
                continue
            if name.startswith(DERIVED_PREFIX) or name == "id" or known_heading(kind, name):
                names[name] = None
            elif name and record[name].strip():
                skipped.add(name)
    heading = list(names)
    body = [Row(n, tuple(record.get(name, "") for name in heading)) for n, record in records]
    return [Row(line, tuple(heading)), *body]


def _named(record: dict[str, str]) -> dict[str, str]:
    """A node's name is its label (what Gephi and yEd show and edit), else our ``name``, else
    its id (networkx writes nodes with nothing but an id)."""
    out = {key: value for key, value in record.items() if key != "name"}
    out["label"] = record.get("label") or record.get("name") or record.get("id", "")
    return out


def _strength(record: dict[str, str]) -> dict[str, str]:
    """An edge without a strength takes it from its weight (as our export writes weights)."""
    weight = next((value for key, value in record.items() if key.lower() == "weight"), "")
    out = {key: value for key, value in record.items() if key.lower() != "weight"}
    if not out.get("strength") and weight:
        with contextlib.suppress(ValueError):
            out["strength"] = "strong" if float(weight) >= STRONG_WEIGHT else "weak"
    return out


def _once(edges: list[tuple[int, dict[str, str]]]) -> tuple[list[tuple[int, dict[str, str]]], int]:
    """Each pair of ends once (a directed graph's a → b and b → a are one tie, the first
    given), and how many were left out so. Ties with our ids (``t12``) come in the order they
    were made: a graph writer lists edges node by node."""
    found = [_TIE_ID.fullmatch(record.get("id", "")) for _line, record in edges]
    numbers = [int(number[1]) for number in found if number]
    if len(numbers) == len(edges):
        edges = [edge for _number, edge in sorted(zip(numbers, edges, strict=True), key=lambda pair: pair[0])]
    seen: set[frozenset[str]] = set()
    kept = []
    for line, record in edges:
        pair = frozenset((record["from"], record["to"]))
        if len(pair) == 2 and pair in seen:
            continue
        seen.add(pair)
        kept.append((line, record))
    return kept, len(edges) - len(kept)
