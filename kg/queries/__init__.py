"""Saved SPARQL queries: one ``NAME.rq`` file each, documented by a comment header.

Adding a query is dropping a file here (no code). The header is plain
``# key: value`` comment lines before the query::

    # title: Everyone sanctioned under a statute or program
    # description: Targets of designations whose legal basis is the given
    #   statute or program, or shares its sanctions-list program code.
    # param: statute entity  The statute or program: a name such as "Global Magnitsky Act", or an IRI.
    # example: statute=Section 7031(c)

Parameter kinds:

- ``entity``: a name (matched case-insensitively against ``schema:name`` and
  ``skos:altLabel``) or an IRI; resolved to the entity's IRI before the query
  runs.
- ``concept(kg:Scheme)``: a SKOS code (``torture``), label or IRI of a concept
  in that scheme.
- ``iri``: an IRI, bound as is. ``string``: a plain literal.

Every parameter is a variable the query projects (``SELECT ?statute ...``):
values are bound as RDF terms serialised by pyoxigraph (IRIs written into
the WHERE clause, literals in a VALUES block: see :mod:`kg.store.binding`),
never as user text pasted into the query.

Writing one: put required patterns first, and look a name or code up inside
the OPTIONAL that reaches its entity (``OPTIONAL { ?event kg:authority ?a .
?a schema:name ?authority }``): an OPTIONAL of its own would match every name
when the event lacks that role. Oxigraph evaluates an OPTIONAL on its own and
joins afterwards, so in a query about one entity each OPTIONAL repeats the
pattern that ties it to the parameter (see ``designations-of.rq``).

>>> q = get("designations-of")
>>> q.params[0].name, q.params[0].kind
('person', 'entity')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from kg.errors import InvalidInput

PARAM_KINDS = ("entity", "concept", "iri", "string")
_PARAM = re.compile(r"(?P<name>[A-Za-z_]\w*)\s+(?P<kind>entity|iri|string|concept\((?P<scheme>[\w:]+)\))\s+(?P<doc>.+)")
_NAME = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    description: str
    scheme: str | None = None  # for concept parameters, e.g. "kg:AbuseTypes"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    text: str
    params: tuple[Param, ...] = ()
    examples: dict[str, str] = field(default_factory=dict)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse(name: str, source: str) -> SavedQuery:
    """Read a saved query's header; raises ValueError when it is incomplete."""
    meta: dict[str, list[str]] = {}
    params: list[Param] = []
    examples: dict[str, str] = {}
    last = None
    for line in source.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line[1:]
        m = re.match(r"\s?(\w+):\s*(.*)", body)
        if m and m.group(1) in ("title", "description", "param", "example"):
            key, value = m.group(1), m.group(2).strip()
            if key == "param":
                pm = _PARAM.fullmatch(value)
                if not pm:
                    raise ValueError(f"{name}.rq: bad param line {value!r} (expected: NAME KIND DESCRIPTION)")
                kind = "concept" if pm.group("scheme") else pm.group("kind")
                params.append(Param(pm.group("name"), kind, pm.group("doc").strip(), pm.group("scheme")))
                last = None
            elif key == "example":
                k, _, v = value.partition("=")
                examples[k.strip()] = v.strip()
                last = None
            else:
                meta.setdefault(key, []).append(value)
                last = key
        elif last and body.startswith("  "):
            meta[last].append(body.strip())
    if "title" not in meta or "description" not in meta:
        raise ValueError(f"{name}.rq: needs '# title:' and '# description:' header lines")
    for p in params:
        if not re.search(rf"SELECT[^{{]*\?{p.name}\b", source, re.IGNORECASE | re.DOTALL):
            raise ValueError(f"{name}.rq: parameter ?{p.name} must appear in the SELECT projection")
    return SavedQuery(name, " ".join(meta["title"]), " ".join(meta["description"]), source, tuple(params), examples)


@lru_cache(maxsize=1)
def _all() -> dict[str, SavedQuery]:
    out = {}
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            out[name] = parse(name, entry.read_text(encoding="utf-8"))
    return out


def names() -> list[str]:
    return sorted(_all())


def all_queries() -> list[SavedQuery]:
    return [_all()[n] for n in names()]


def get(name: str) -> SavedQuery:
    try:
        return _all()[name]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(name.lower(), names(), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise InvalidInput(f"no saved query {name!r}; {hint}`kg query --list` shows them",
                           web=f"no saved query {name!r}; {hint}GET /queries lists them") from None


def exists(name: str) -> bool:
    return bool(_NAME.fullmatch(name)) and name in _all()
