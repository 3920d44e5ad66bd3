"""Graphviz DOT read back: what ``phakhi export --format dot`` draws, and DOT written by hand.

Our export draws the workbook (tui/core/io/dot.py): a stakeholder's name is
its label, its kind its shape (ellipse, box, hexagon), its sector its fill
colour; a tie is solid and thick when strong, dashed when weak, and its label
is its relationship. Reading it back takes each of those as it was meant,
and any attribute named like a field (``sector="government"``,
``influence=4``) as that field, so a DOT file written by hand imports too.
How a drawing looks (fonts, positions, arrows) says nothing about the
network and is passed over; anything else is named as left out.

The grammar is Graphviz's own (graph and digraph, ``strict``, node, edge and
attribute statements, defaults for what follows, subgraphs and edges to
them, quoted strings joined with ``+``, HTML labels, the three kinds of
comment), read by a small tokenizer here: pydot, the library that reads DOT
in Python, took 20 s for the 300-stakeholder sample's DOT. A subgraph may
nest at most ``MAX_DEPTH`` deep; deeper is a problem, not a crash.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field

from tui.core.io.dot import FILLS, SHAPES
from tui.core.io.problems import Collector
from tui.core.io.values import choice
from tui.core.vocab import Relation

#: Subgraphs within subgraphs: deeper is a problem of the file.
MAX_DEPTH = 50
_KINDS = {shape: kind.value for kind, shape in SHAPES.items()}
_SECTORS = {colour.lower(): sector.value for sector, colour in FILLS.items()}
#: How a drawing looks, not what it says: passed over without a word.
DRAWING = frozenset(
    [
        "arrowhead",
        "arrowsize",
        "arrowtail",
        "charset",
        "class",
        "color",
        "colorscheme",
        "dir",
        "fixedsize",
        "fontcolor",
        "fontname",
        "fontsize",
        "group",
        "height",
        "href",
        "labelfontsize",
        "labelloc",
        "labeljust",
        "len",
        "margin",
        "orientation",
        "pos",
        "rank",
        "regular",
        "sides",
        "tooltip",
        "url",
        "width",
        "xlabel",
        "xlp",
        "lp",
        "peripheries",
        "penwidth",
        "style",
        "shape",
        "fillcolor",
        "weight",
        "minlen",
        "constraint",
        "headport",
        "tailport",
        "id",
    ]
)
_TOKEN = re.compile(
    r"""
    (?P<space>[ \t\r\f\v]+) | (?P<newline>\n)
    | (?P<comment>//[^\n]*|/\*.*?\*/|^\#[^\n]*)
    | (?P<string>"(?:[^"\\]|\\.)*")
    | (?P<edge>--|->)
    | (?P<punct>[{}\[\];,=:+])
    | (?P<html><)
    | (?P<word>[A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_\u0080-\U0010ffff]*|-?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?))
    """,
    re.VERBOSE | re.DOTALL | re.MULTILINE,
)


class DotError(Exception):
    """The file is not DOT this reader understands: ``key`` names the problem, ``line`` where."""

    def __init__(self, line: int, key: str, detail: str = "") -> None:
        super().__init__(key)
        self.line, self.key, self.detail = line, key, detail


@dataclass
class DotGraph:
    """A DOT file's network: its label (else its name), and each node's and edge's line and
    attributes."""

    label: str = ""
    nodes: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict)
    edges: list[tuple[int, str, str, dict[str, str]]] = field(default_factory=list)


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, line) of every token; strings unquoted, HTML labels whole."""
    out: list[tuple[str, str, int]] = []
    line, at = 1, 0
    while at < len(text):
        found = _TOKEN.match(text, at)
        if found is None:
            raise DotError(line, "dot", detail=repr(text[at]))
        kind = found.lastgroup or ""
        if kind == "html":  # <…> with nested <>, as Graphviz's HTML labels are
            depth, end = 0, at
            while end < len(text):
                depth += {"<": 1, ">": -1}.get(text[end], 0)
                end += 1
                if depth == 0:
                    break
            if depth:
                raise DotError(line, "dot_end")
            out.append(("id", text[at + 1 : end - 1], line))
            line += text.count("\n", at, end)
            at = end
            continue
        value = found.group()
        if kind == "string":
            out.append(("id", re.sub(r'\\(["\\])', r"\1", value[1:-1]).replace("\\\n", ""), line))
        elif kind == "word":
            out.append(("id", value, line))
        elif kind in ("edge", "punct"):
            out.append((value, value, line))
        line += value.count("\n")
        at = found.end()
    return out


class _Reader:
    """Graphviz's grammar over the tokens, building :class:`DotGraph`."""

    def __init__(self, tokens: list[tuple[str, str, int]]) -> None:
        self.tokens = tokens
        self.at = 0
        self.graph = DotGraph()

    def peek(self, ahead: int = 0) -> str:
        index = self.at + ahead
        return self.tokens[index][0] if index < len(self.tokens) else ""

    def line(self) -> int:
        return self.tokens[min(self.at, len(self.tokens) - 1)][2] if self.tokens else 1

    def take(self, kind: str | None = None) -> str:
        if self.at >= len(self.tokens):
            raise DotError(self.line(), "dot_end")
        if kind is not None and self.tokens[self.at][0] != kind:
            raise DotError(self.line(), "dot", detail=self.tokens[self.at][1])
        self.at += 1
        return self.tokens[self.at - 1][1]

    def ident(self) -> str:
        """An ID, with quoted strings joined by ``+``."""
        text = self.take("id")
        while self.peek() == "+" and self.peek(1) == "id":
            self.at += 1
            text += self.take("id")
        return text

    def read(self) -> DotGraph:
        if self.peek() == "id" and self.tokens[self.at][1].lower() == "strict":
            self.at += 1
        if self.peek() != "id" or self.tokens[self.at][1].lower() not in ("graph", "digraph"):
            raise DotError(self.line(), "dot", detail=self.tokens[self.at][1] if self.tokens else "")
        self.at += 1
        if self.peek() == "id":  # the graph's name: its title, unless it has a label
            self.graph.label = self.ident()
        self.block({"node": {}, "edge": {}}, 0, top=True)
        if self.at < len(self.tokens):
            raise DotError(self.line(), "dot", detail=self.tokens[self.at][1])
        return self.graph

    def block(self, defaults: dict[str, dict[str, str]], depth: int, *, top: bool = False) -> list[str]:
        """``{ statements }``; the nodes in it, for an edge to a subgraph."""
        if depth > MAX_DEPTH:
            raise DotError(self.line(), "dot_depth")
        self.take("{")
        defaults = {kind: dict(values) for kind, values in defaults.items()}
        members: list[str] = []
        while self.peek() != "}":
            if not self.peek():
                raise DotError(self.line(), "dot_end")
            self.statement(defaults, depth, members, top)
            while self.peek() in (";", ","):
                self.at += 1
        self.take("}")
        return members

    def statement(self, defaults: dict[str, dict[str, str]], depth: int, members: list[str], top: bool) -> None:
        word = self.tokens[self.at][1].lower() if self.peek() == "id" else ""
        if word in ("graph", "node", "edge") and self.peek(1) == "[":
            self.at += 1
            found = self.attributes()
            if word == "graph":
                if top and "label" in found:
                    self.graph.label = found["label"]
            else:
                defaults[word].update(found)
            return
        if self.peek() == "id" and self.peek(1) == "=":
            name = self.ident()
            self.take("=")
            value = self.ident()
            if top and name == "label":
                self.graph.label = value
            return
        line = self.line()
        ends = [self.end(defaults, depth, members)]
        while self.peek() in ("--", "->"):
            self.at += 1
            ends.append(self.end(defaults, depth, members))
        found = self.attributes() if self.peek() == "[" else {}
        if len(ends) == 1:
            for node in ends[0]:
                self.node(node, line, defaults["node"] | found, explicit=found)
            return
        for left, right in zip(ends, ends[1:], strict=False):
            for a in left:
                for b in right:
                    self.graph.edges.append((line, a, b, defaults["edge"] | found))

    def end(self, defaults: dict[str, dict[str, str]], depth: int, members: list[str]) -> list[str]:
        """One end of an edge, or a node: a node id (its port passed over), or a subgraph."""
        if self.peek() == "{" or (self.peek() == "id" and self.tokens[self.at][1].lower() == "subgraph"):
            if self.peek() == "id":
                self.at += 1
                if self.peek() == "id":
                    self.ident()
            inner = self.block(defaults, depth + 1)
            members += inner
            return inner
        line = self.line()
        name = self.ident()
        while self.peek() == ":":  # a port, and its compass point
            self.at += 1
            self.ident()
        self.node(name, line, defaults["node"], explicit={})
        members.append(name)
        return [name]

    def node(self, name: str, line: int, values: dict[str, str], *, explicit: dict[str, str]) -> None:
        """A node, first seen here or given more attributes now."""
        if name not in self.graph.nodes:
            self.graph.nodes[name] = (line, dict(values))
        elif explicit:
            self.graph.nodes[name][1].update(explicit)

    def attributes(self) -> dict[str, str]:
        """``[a=b, c=d][e=f]``."""
        found: dict[str, str] = {}
        while self.peek() == "[":
            self.at += 1
            while self.peek() != "]":
                name = self.ident()
                found[name] = "true"  # an attribute named alone
                if self.peek() == "=":
                    self.at += 1
                    found[name] = self.ident()
                while self.peek() in (",", ";"):
                    self.at += 1
            self.take("]")
        return found


def read_dot(text: str) -> DotGraph:
    """The network in DOT ``text``, or DotError."""
    return _Reader(_tokens(text)).read()


def dot_records(
    text: str, problems: Collector
) -> tuple[str, list[tuple[int, dict[str, str]]], list[tuple[int, dict[str, str]]]] | None:
    """The graph's label, its nodes and its edges as records of fields (what the drawing
    meant: label name, shape kind, fill sector, style strength, edge label relation), or None
    after saying why the file cannot be read."""
    try:
        graph = read_dot(text)
    except DotError as error:
        problems.add(error.line, error.key, detail=error.detail, limit=MAX_DEPTH)
        return None
    except RecursionError:  # an attribute or a string too deep for any reader
        problems.add(None, "dot_depth", limit=MAX_DEPTH)
        return None
    nodes = [(line, _node(name, values)) for name, (line, values) in graph.nodes.items()]
    edges = [(line, _edge(a, b, values)) for line, a, b, values in graph.edges]
    return graph.label, nodes, edges


def _node(name: str, values: dict[str, str]) -> dict[str, str]:
    out = {"id": name, "label": values.get("label", name).replace("\\n", "\n")}
    if values.get("shape", "").lower() in _KINDS:
        out["kind"] = _KINDS[values["shape"].lower()]
    if values.get("fillcolor", "").lower() in _SECTORS:
        out["sector"] = _SECTORS[values["fillcolor"].lower()]
    return out | _said(values)


def _edge(a: str, b: str, values: dict[str, str]) -> dict[str, str]:
    out = {"from": a, "to": b}
    style, width = values.get("style", ""), values.get("penwidth", "")
    if "dashed" in style or "dotted" in style:
        out["strength"] = "weak"
    elif width:
        with contextlib.suppress(ValueError):
            out["strength"] = "strong" if float(width) >= 2 else "weak"
    said = values.get("label", "").replace("\\n", "\n")
    if said:
        out["relation" if choice(Relation, said) is not None else "notes"] = said
    return out | _said(values)


def _said(values: dict[str, str]) -> dict[str, str]:
    """The attributes that are not how the drawing looks (nor its label): fields, or noted."""
    return {name: value for name, value in values.items() if name.lower() not in DRAWING and name != "label"}
