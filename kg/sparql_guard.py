"""Is this SPARQL safe to run for an untrusted user? Decided by parsing, not by searching the text.

The query is parsed with rdflib's SPARQL 1.1 grammar: a parse as a query that
contains no ``SERVICE`` pattern is read-only; a parse as an update is an
update (and ``LOAD`` inside it fetches a URL). When rdflib cannot parse the
text (an Oxigraph-only extension, or a syntax error Oxigraph will report
itself), a SPARQL tokenizer checks that no update or ``SERVICE``/``LOAD``
keyword occurs outside strings, IRIs, comments and names; if one does, the
query is refused because it cannot be checked.

>>> check("SELECT * WHERE { ?s ?p ?o }")
'query'
>>> check("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.sparql_guard.QueryRefused: SERVICE is not allowed (it makes the server fetch another endpoint); pass --allow-service to permit it
"""

from __future__ import annotations

import re

from kg.errors import QueryError


class QueryRefused(QueryError):
    """The query does something the caller did not allow (update, SERVICE, LOAD)."""


UPDATE_WORDS = {"INSERT", "DELETE", "DROP", "CLEAR", "CREATE", "ADD", "MOVE", "COPY", "LOAD", "WITH"}
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u00c0-\uffff]+)
  | (?P<name>[\w\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*(?::[\w.\-:%\\\u00b7\u00c0-\uffff]*)?|:[\w.\-:%\\\u00c0-\uffff]*)
  | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)

_REFUSALS = {  # what is refused, and the flag of `kg query` that permits it
    "update": ("updates are not allowed here (the query would change the graph)", "--allow-update"),
    "service": ("SERVICE is not allowed (it makes the server fetch another endpoint)", "--allow-service"),
    "load": ("LOAD is not allowed (it makes the server fetch a URL)", "--allow-update and --allow-service"),
}


def _refused(what: str) -> QueryRefused:
    reason, flags = _REFUSALS[what]
    return QueryRefused(f"{reason}; pass {flags} to permit it", web=reason)


def _walk(node, names: set[str]) -> None:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        names.add(node.name)
        for value in node.values():
            _walk(value, names)
    elif isinstance(node, dict):
        for value in node.values():
            _walk(value, names)
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        for item in node:
            _walk(item, names)


def keywords(text: str) -> set[str]:
    """Upper-cased bare keywords of ``text``, outside strings, IRIs, comments, variables and prefixed names."""
    out = set()
    for m in _TOKEN.finditer(text):
        word = m.group("name")
        if word and ":" not in word:
            out.add(word.upper())
    return out


def query_form(text: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE`` or ``UPDATE``: the first form keyword of the text.

    >>> query_form("PREFIX s: <http://schema.org/> CONSTRUCT WHERE { ?a s:select ?b }")
    'CONSTRUCT'
    """
    for m in _TOKEN.finditer(text):
        word = (m.group("name") or "").upper()
        if word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return word
        if word in UPDATE_WORDS:
            return "UPDATE"
    return "SELECT"


def _oxigraph_parses_as_query(text: str) -> bool:
    """Whether Oxigraph's (fast, native) parser reads ``text`` as a query; nothing is evaluated on real data."""
    import pyoxigraph as ox

    from kg.sparql import PREFIXES

    try:
        result = ox.Store().query(text, prefixes=PREFIXES)  # an empty in-memory store: parsing is the work
    except SyntaxError:
        return False
    except Exception:  # noqa: BLE001 - e.g. a variable-binding error: it did parse
        return True
    del result
    return True


def classify(text: str) -> tuple[str, set[str]]:
    """``("query"|"update"|"unknown", grammar rule names or keywords found)``.

    Text without a ``SERVICE`` or ``LOAD`` keyword (outside strings, IRIs and
    comments) that Oxigraph's native parser reads as a query is a read-only query;
    everything else goes through rdflib's grammar, whose first use costs a second
    or so.
    """
    # Only text with no SERVICE/LOAD keyword may touch Oxigraph at all: its query()
    # would start evaluating, and a SERVICE clause would fetch.
    if not keywords(text) & {"SERVICE", "LOAD"} and _oxigraph_parses_as_query(text):
        return "query", set()
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except Exception:  # noqa: BLE001 - pyparsing raises several types; any failure means "not a query rdflib knows"
        pass
    else:
        names: set[str] = set()
        _walk(tree, names)
        return "query", names
    try:
        tree = parseUpdate(text)
    except Exception:  # noqa: BLE001
        return "unknown", keywords(text)
    names = set()
    _walk(tree, names)
    return "update", names


def check(text: str, *, allow_update: bool = False, allow_service: bool = False) -> str:
    """Raise :class:`QueryRefused` unless ``text`` only does what is allowed; return ``"query"`` or ``"update"``."""
    kind, found = classify(text)
    if kind == "query":
        if "ServiceGraphPattern" in found and not allow_service:
            raise _refused("service")
        return "query"
    if kind == "update":
        if "Load" in found and not (allow_update and allow_service):
            raise _refused("load")
        if not allow_update:
            raise _refused("update")
        if "ServiceGraphPattern" in found and not allow_service:
            raise _refused("service")
        return "update"
    # rdflib could not parse it: refuse anything that looks like an update or a fetch.
    if "LOAD" in found and not (allow_update and allow_service):
        raise _refused("load")
    if found & (UPDATE_WORDS - {"LOAD"}) and not allow_update:
        raise _refused("update")
    if "SERVICE" in found and not allow_service:
        raise _refused("service")
    return "update" if found & UPDATE_WORDS else "query"
