"""RDF -> networkx: the graph every picture and graph export starts from.

:func:`build` reads entities, events (n-ary nodes), their roles and their
evidence from the store into a ``networkx.MultiDiGraph`` whose nodes are
entities, concepts (abuse types, measures, ...), events and documents.
:func:`select` cuts it down (focus + hops, a SPARQL query, a statute, event
types, a date range); :func:`collapse_events` folds each event into one
labelled edge. Colours, shapes, captions and the edge-folding recipe come from
``ontology/display.ttl`` (:class:`Display`), never from Python lists.

Node attributes: ``label``, ``cls`` (class or scheme local name), ``kind``
(entity | concept | event | document), ``color``, ``shape``; events also
``status``, ``confidence``, ``date``, ``roles`` (list of [role label, value])
and ``evidence`` (list of dicts: quote, start, end, doc); documents ``title``,
``date``, ``url``, ``publisher``. Edge attributes: ``label`` and, for folded
events, ``event`` (the event's attributes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import networkx as nx

from kg.errors import InvalidInput
from kg.model import ISO_DATE_PREFIX_RE, is_calendar_date
from kg.store import REFERENCE_GRAPH, Store

KG = "https://w3id.org/rightsgraph/ontology#"
KGUI = "https://w3id.org/rightsgraph/display#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX schema: <{SCHEMA}>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <{SKOS}>
"""

ENTITIES = PREFIXES + f"""
SELECT ?node ?cls ?name WHERE {{
  GRAPH ?g {{ ?node a ?cls ; schema:name ?name . }}
  FILTER(?g != <{REFERENCE_GRAPH}>)
}}"""
EVENT_TRIPLES = PREFIXES + """
SELECT ?event ?cls ?p ?o WHERE { ?event a ?cls ; ?p ?o . VALUES ?cls { %s } }"""
EVIDENCE = PREFIXES + """
SELECT ?event ?quote ?start ?end ?doc WHERE {
  ?event prov:wasDerivedFrom ?ev . VALUES ?cls { %s } ?event a ?cls .
  ?ev oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?qs, ?ps .
  ?qs oa:exact ?quote . ?ps oa:start ?start ; oa:end ?end .
}"""
DOCUMENTS = PREFIXES + """
SELECT ?doc ?id ?title ?date ?url ?publisher WHERE {
  ?doc a kg:Document .
  OPTIONAL { ?doc kg:docId ?id } OPTIONAL { ?doc schema:headline ?title } OPTIONAL { ?doc schema:datePublished ?date }
  OPTIONAL { ?doc schema:url ?url } OPTIONAL { ?doc schema:publisher ?publisher }
}"""
LABELS = PREFIXES + """
SELECT ?node ?label WHERE { VALUES ?node { %s } { ?node schema:name ?label } UNION { ?node skos:prefLabel ?label } UNION { ?node <http://www.w3.org/2000/01/rdf-schema#label> ?label } }"""


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# ---------------------------------------------------------------------------- display hints


@dataclass(frozen=True)
class Style:
    key: str  # class or scheme local name
    caption: str
    color: str
    shape: str
    order: int


@dataclass(frozen=True)
class Fold:
    """How an event class folds into one edge (kgui:edgeSource/edgeTarget/edgeLabel)."""

    source: str | None
    targets: tuple[str, ...]
    label: str


class Display:
    """Display hints from ``ontology/display.ttl`` plus the class tree and labels of the ontology."""

    def __init__(self, graph):
        from rdflib import RDFS, URIRef
        from rdflib.collection import Collection
        from rdflib.namespace import SKOS as SKOS_NS

        from kg import ontology

        self._onto = ontology.get()
        g = graph
        ui = lambda name: URIRef(KGUI + name)  # noqa: E731
        self.styles: dict[str, Style] = {}
        for subject in set(g.subjects(ui("color"), None)):
            key = local(str(subject))
            self.styles[key] = Style(
                key=key,
                caption=str(g.value(subject, ui("caption")) or self._onto.label(subject)),
                color=str(g.value(subject, ui("color"))),
                shape=str(g.value(subject, ui("shape")) or "dot"),
                order=int(g.value(subject, ui("order")) or 99),
            )
        self.parents: dict[str, list[str]] = {}
        for sub, sup in g.subject_objects(RDFS.subClassOf):
            if str(sub).startswith(KG) and str(sup).startswith(KG):
                self.parents.setdefault(local(str(sub)), []).append(local(str(sup)))
        self.role_names: dict[str, str] = {str(r.property): local(str(r.property)) for r in self._onto.roles.values()}
        self.role_kinds: dict[str, str] = {str(r.property): r.kind for r in self._onto.roles.values()}
        self.event_classes: dict[str, str] = {str(c): local(str(c)) for c in self._onto.claim_types.values()}
        self.entity_classes: set[str] = {c for c in self._all_classes() if self._is_a(c, "Entity")}
        self.folds: dict[str, Fold] = {}
        for cls_iri in self._onto.claim_types.values():
            source = g.value(cls_iri, ui("edgeSource"))
            target_list = g.value(cls_iri, ui("edgeTarget"))
            targets = tuple(local(str(t)) for t in Collection(g, target_list)) if target_list is not None else ()
            label = str(g.value(cls_iri, ui("edgeLabel")) or self._onto.label(cls_iri))
            self.folds[local(str(cls_iri))] = Fold(local(str(source)) if source is not None else None, targets, label)
        self.scheme_of: dict[str, str] = {str(c): local(str(s)) for c, s in g.subject_objects(SKOS_NS.inScheme)}

    def _all_classes(self) -> set[str]:
        return set(self.parents) | {p for ps in self.parents.values() for p in ps}

    def _is_a(self, cls: str, ancestor: str) -> bool:
        seen, todo = set(), [cls]
        while todo:
            c = todo.pop()
            if c == ancestor:
                return True
            if c not in seen:
                seen.add(c)
                todo.extend(self.parents.get(c, []))
        return False

    def style(self, key: str) -> Style:
        """The style of a class or concept scheme: its own, else its nearest styled superclass's (whose ``key`` it keeps, so the legend groups them)."""
        todo = [key]
        seen = set()
        while todo:
            c = todo.pop(0)
            if c in self.styles:
                return self.styles[c]
            if c not in seen:
                seen.add(c)
                todo.extend(sorted(self.parents.get(c, [])))
        return self.styles.get("Entity") or Style("Entity", "entity", "#bab0ac", "dot", 99)

    def caption(self, cls: str) -> str:
        """What to call one node of this class: its kgui:caption, else its rdfs:label, else the name."""
        from rdflib import URIRef

        if cls in self.styles:
            return self.styles[cls].caption
        for base in (KG, SKOS):
            label = self._onto.label(URIRef(base + cls))
            if label != cls:
                return label
        return cls

    def label(self, iri: str) -> str:
        from rdflib import URIRef

        return self._onto.label(URIRef(iri))

    def role_label(self, prop_iri: str) -> str:
        return self.label(prop_iri)


@cache
def display() -> Display:
    """The display hints, parsed once per process from the ontology folder."""
    from kg import ontology

    return Display(ontology.load_graph())


# ---------------------------------------------------------------------------- building


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in sorted(iris))


def build(store: Store) -> nx.MultiDiGraph:
    """Every entity, event and document of the store, events as nodes with role edges."""
    d = display()
    g = nx.MultiDiGraph()
    for row in sorted(store.query(ENTITIES), key=lambda r: (r["node"].value, r["cls"].value, r["name"].value)):
        node, cls = row["node"].value, local(row["cls"].value)
        if cls not in d.entity_classes or node in g:
            continue
        _add_node(g, d, node, row["name"].value, cls, "entity")

    docs: dict[str, dict] = {}
    for row in store.query(DOCUMENTS):
        iri = row["doc"].value
        docs[iri] = {
            "id": row["id"].value if row["id"] else local(iri),
            "title": row["title"].value if row["title"] else "",
            "date": row["date"].value if row["date"] else "",
            "url": row["url"].value if row["url"] else "",
            "publisher": row["publisher"].value if row["publisher"] else "",
        }

    events: dict[str, dict] = {}
    values = _values(d.event_classes)
    concepts: set[str] = set()
    rows = sorted(store.query(EVENT_TRIPLES % values), key=lambda r: (r["event"].value, r["p"].value, str(r["o"])))
    for row in rows:
        ev = events.setdefault(row["event"].value, {"cls": d.event_classes[row["cls"].value], "links": [], "roles": [], "status": "", "confidence": None, "date": "", "evidence": []})
        prop, obj = row["p"].value, row["o"]
        if prop == RDF_TYPE:
            continue
        if prop == KG + "status":
            ev["status"] = d.label(obj.value)
        elif prop == KG + "confidence":
            ev["confidence"] = float(obj.value)
        elif prop in d.role_names:
            name = d.role_names[prop]
            if prop == KG + "date":
                ev["date"] = obj.value
            if d.role_kinds[prop] in ("entity", "code") and hasattr(obj, "value") and type(obj).__name__ == "NamedNode":
                ev["links"].append((prop, obj.value))
                if d.role_kinds[prop] == "code":
                    concepts.add(obj.value)
            else:
                ev["roles"].append((name, d.role_label(prop), obj.value))
    for row in store.query(EVIDENCE % values):
        ev = events.get(row["event"].value)
        if ev is not None:
            ev["evidence"].append({"quote": row["quote"].value, "start": int(row["start"].value), "end": int(row["end"].value), "doc": row["doc"].value})

    missing = {v for ev in events.values() for _, v in ev["links"] if v not in g and v not in concepts}
    names = _labels(store, missing)
    for c in sorted(concepts):
        _add_node(g, d, c, d.label(c), d.scheme_of.get(c, "Entity"), "concept")
    for v in sorted(missing):
        _add_node(g, d, v, names.get(v, local(v)), "Entity", "entity")

    for iri, ev in sorted(events.items()):
        ev["evidence"].sort(key=lambda e: (e["doc"], e["start"], e["end"]))
        roles = []
        for prop, value in ev["links"]:
            roles.append((d.role_names[prop], d.role_label(prop), g.nodes[value]["label"]))
        roles += ev["roles"]
        doc_iris = sorted({e["doc"] for e in ev["evidence"]})
        if not ev["date"]:
            ev["date"] = min((docs[x]["date"] for x in doc_iris if x in docs and docs[x]["date"]), default="")
        _add_node(g, d, iri, d.styles.get(ev["cls"], d.style(ev["cls"])).caption, ev["cls"], "event")
        g.nodes[iri].update(
            status=ev["status"], confidence=ev["confidence"], date=ev["date"], roles=sorted(roles),
            evidence=[dict(e, **{"doc": docs.get(e["doc"], {"id": local(e["doc"]), "title": "", "date": "", "url": "", "publisher": ""})}) for e in ev["evidence"]],
        )
        for prop, value in sorted(ev["links"]):
            g.add_edge(iri, value, key=d.role_names[prop], label=d.role_label(prop), role=d.role_names[prop])
        for doc in doc_iris:
            if doc not in g:
                meta = docs.get(doc, {})
                _add_node(g, d, doc, meta.get("title") or meta.get("id") or local(doc), "Document", "document")
                g.nodes[doc].update({k: meta.get(k, "") for k in ("title", "date", "url", "publisher")})
            g.add_edge(iri, doc, key="source", label="source", role="source")
    return g


def _add_node(g: nx.MultiDiGraph, d: Display, iri: str, label: str, cls: str, kind: str) -> None:
    style = d.style(cls)
    g.add_node(iri, label=label, cls=cls, kind=kind, color=style.color, shape=style.shape)


def _labels(store: Store, iris: set[str]) -> dict[str, str]:
    if not iris:
        return {}
    out: dict[str, str] = {}
    for row in store.query(LABELS % _values(iris)):
        out.setdefault(row["node"].value, row["label"].value)
    return out


# ---------------------------------------------------------------------------- selection


@dataclass
class Selection:
    """What part of the graph to show. Empty means everything."""

    focus: str | None = None
    hops: int = 1
    query: str | None = None
    statutes: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    documents: bool = True
    min_confidence: float = 0.0


def find_node(g: nx.MultiDiGraph, ref: str, *, kinds=("entity", "concept", "document")) -> str:
    """A node by IRI or by name (case-insensitive, exact first, then a part of one name only; entities before document titles).

    The IRI may be compact as ``kg query`` tables print it (``id:person/3845...``), so a row pastes into ``--focus``."""
    from kg.sparql import full_iri

    if ref in g:
        return ref
    if (iri := full_iri(ref.strip())) and iri in g:
        return iri
    folded = ref.casefold().strip()
    candidates = [(n, a) for n, a in g.nodes(data=True) if a.get("kind") in kinds]
    exact = sorted(n for n, a in candidates if str(a.get("label", "")).casefold() == folded)
    if exact:
        return exact[0]
    partial = sorted((n for n, a in candidates if folded in str(a.get("label", "")).casefold()), key=lambda n: (-g.degree(n), n))
    # a document's title names the people it is about: a name part found in an entity's name means the entity
    partial = [n for n in partial if g.nodes[n].get("kind") != "document"] or partial
    if len(partial) == 1:
        return partial[0]
    if partial:
        # "Kadyrov" is part of "Ramzan Kadyrov", "Kadyrov's wife" and "Medni Kadyrova": a guess
        # would draw somebody else's neighbourhood under the name the user typed.
        names = ", ".join(repr(g.nodes[n]["label"]) for n in partial[:5]) + (", ..." if len(partial) > 5 else "")
        raise InvalidInput(f"{ref!r} is part of {len(partial)} names ({names}); give the whole name or an IRI")
    raise InvalidInput(f"no node named or with IRI {ref!r} in the graph")


def _event_ok(attrs: dict, types: set[str], since: str | None, until: str | None, min_confidence: float = 0.0) -> bool:
    if types and attrs["cls"].casefold() not in types:
        return False
    # an event without a confidence (loaded from another tool's RDF) is not the extractor's guess: kept
    if min_confidence and attrs.get("confidence") is not None and attrs["confidence"] < min_confidence:
        return False
    date = attrs.get("date") or ""
    if since and (not date or date[: len(since)] < since):
        return False
    if until and (not date or date[: len(until)] > until):
        return False
    return True


def _type_names(types: Iterable[str]) -> set[str]:
    """Event types given as class names (Designation) or claim types (sanction), folded to class names."""
    from kg import ontology

    onto = ontology.get()
    out = set()
    for t in types:
        if t.casefold() in onto.claim_types:  # Sanction as sanction, as class names already fold (designation)
            out.add(local(str(onto.claim_types[t.casefold()])).casefold())
        elif t.casefold() in {local(str(c)).casefold() for c in onto.claim_types.values()}:
            out.add(t.casefold())
        else:
            known = sorted(set(onto.claim_types) | {local(str(c)) for c in onto.claim_types.values()})
            raise InvalidInput(f"unknown event type {t!r}; choose from {', '.join(known)}")
    return out


def _check_date(value: str | None, name: str) -> None:
    if value is None:
        return
    if not ISO_DATE_PREFIX_RE.fullmatch(value):
        raise InvalidInput(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    if not is_calendar_date(value):  # the bounds compare as text: 2019-13 would draw a range nobody asked for
        raise InvalidInput(f"{name} {value!r} is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)")


def filter_options(sel: Selection) -> str:
    """The selection's filters as the options that set them."""
    named = [f"--type {t}" for t in sel.types] + [f"--statute {t!r}" for t in sel.statutes]
    named += [f"{opt} {v}" for opt, v in (("--since", sel.since), ("--until", sel.until), ("--min-confidence", sel.min_confidence)) if v]
    return ", ".join(named)


def select(g: nx.MultiDiGraph, sel: Selection, store: Store | None = None) -> nx.MultiDiGraph:
    """The part of ``g`` (from :func:`build`) that ``sel`` asks for, as a new graph."""
    _check_date(sel.since, "--since")
    _check_date(sel.until, "--until")
    if sel.since and sel.until and sel.since[: len(sel.until)] > sel.until[: len(sel.since)]:  # swapped bounds, not an empty graph
        raise InvalidInput(f"--since {sel.since} is after --until {sel.until}: no date lies between them")
    types = _type_names(sel.types)
    events = {n for n, a in g.nodes(data=True) if a["kind"] == "event"}
    keep_events = {e for e in events if _event_ok(g.nodes[e], types, sel.since, sel.until, sel.min_confidence)}
    filtered = bool(types or sel.since or sel.until or sel.min_confidence)

    if sel.statutes:
        bases = {find_node(g, s, kinds=("entity",)) for s in sel.statutes}
        chosen = {e for e in keep_events if g.nodes[e]["cls"] == "Designation" and any(v in bases for _, v, k in g.out_edges(e, keys=True) if k == "legalBasis")}
        targets = {v for e in chosen for _, v, k in g.out_edges(e, keys=True) if k == "target"}
        keep_events = chosen | {e for e in keep_events if any(v in targets for _, v in g.out_edges(e))}
        filtered = True

    if sel.query is not None:
        if store is None:
            raise InvalidInput("--query needs a store")
        nodes, extra = _query_selection(g, sel.query, store)
        out = g.subgraph(n for n in nodes if n in g and (n not in events or n in keep_events)).copy()
        for s, o, label in extra:
            for n in (s, o):
                if n not in out:
                    out.add_node(n, **(dict(g.nodes[n]) if n in g else {"label": local(n), "cls": "Entity", "kind": "entity", **_style_attrs("Entity")}))
            if not out.has_edge(s, o):
                out.add_edge(s, o, label=label, role="query")
        _relabel_unknown(out, store)
        return _drop_documents(out, sel.documents)

    whole = g
    if filtered:
        keep = set(keep_events)
        keep |= {v for e in keep_events for v in g.successors(e)}
        g = g.subgraph(keep).copy()

    if sel.focus is not None:
        try:
            start = find_node(g, sel.focus)
        except InvalidInput:
            if not filtered:
                raise
            # "no node named 'Ramzan Kadyrov'" when the filters left none of his events sent users hunting for a typo
            found = find_node(whole, sel.focus)
            raise InvalidInput(f"{whole.nodes[found]['label']!r} is in the graph, but none of its events passes {filter_options(sel)}: nothing to draw") from None
        # One hop = entity -> event -> entity; documents do not count as a way through.
        walk = g.subgraph(n for n, a in g.nodes(data=True) if a["kind"] != "document").to_undirected(as_view=True)
        reach = nx.single_source_shortest_path_length(walk, start, cutoff=2 * max(sel.hops, 0))
        keep = set(reach)
        keep |= {v for e in keep if g.nodes[e]["kind"] == "event" for v in g.successors(e) if g.nodes[v]["kind"] == "document"}
        out = g.subgraph(keep).copy()
        out.graph["focus"] = start
        return _drop_documents(out, sel.documents)
    return _drop_documents(g.copy() if not filtered else g, sel.documents)


def _style_attrs(cls: str) -> dict:
    s = display().style(cls)
    return {"color": s.color, "shape": s.shape}


def _drop_documents(g: nx.MultiDiGraph, keep: bool) -> nx.MultiDiGraph:
    if not keep:
        g.remove_nodes_from([n for n, a in list(g.nodes(data=True)) if a.get("kind") == "document"])
    return g


def _relabel_unknown(g: nx.MultiDiGraph, store: Store) -> None:
    unknown = {n for n, a in g.nodes(data=True) if a.get("label") == local(n) and n.startswith(("http://", "https://"))}
    for n, label in _labels(store, unknown).items():
        g.nodes[n]["label"] = label


def _query_selection(g: nx.MultiDiGraph, sparql: str, store: Store) -> tuple[set[str], list[tuple[str, str, str]]]:
    """IRIs and explicit edges named by a CONSTRUCT (IRI-to-IRI triples) or a SELECT (?source ?target [?label], or any IRIs).

    The query is read as ``kg query`` reads one: the usual prefixes predeclared,
    and no SERVICE (drawing a picture must not make the store fetch from
    another server) and no update.
    """
    from kg.sparql import user_positions, with_prefixes
    from kg.sparql_guard import QueryRefused, check

    text, sparql = sparql, with_prefixes(sparql)
    try:
        check(sparql)
    except QueryRefused as exc:
        raise InvalidInput(f"--query: {str(exc).split('; pass')[0]}") from None
    with user_positions(text, sparql):
        result = store.query(sparql)
    nodes: set[str] = set()
    edges: list[tuple[str, str, str]] = []

    def iri(term) -> str | None:
        return term.value if term is not None and type(term).__name__ == "NamedNode" else None

    if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
        raise InvalidInput("--query must be a CONSTRUCT or SELECT query, not ASK")
    variables = [v.value for v in getattr(result, "variables", [])]
    if variables:
        src = next((v for v in ("source", "s", "subject", "from") if v in variables), None)
        dst = next((v for v in ("target", "o", "object", "to") if v in variables), None)
        lab = next((v for v in ("label", "p", "predicate") if v in variables), None)
        for row in result:
            for v in variables:
                x = iri(row[v])
                if x and v not in (lab,):
                    nodes.add(x)
            if src and dst and iri(row[src]) and iri(row[dst]):
                label = row[lab].value if lab and row[lab] is not None else ""
                if lab in ("p", "predicate") and label:
                    label = display().label(label) if label.startswith(KG) else local(label)
                edges.append((iri(row[src]), iri(row[dst]), label))
    else:
        for t in result:
            s, o = iri(t.subject), iri(t.object)
            if s:
                nodes.add(s)
            if s and o and t.predicate.value != RDF_TYPE:
                nodes.add(o)
                edges.append((s, o, display().label(t.predicate.value) if t.predicate.value.startswith(KG) else local(t.predicate.value)))
    # Edges the graph already has (event roles) are drawn as they are, not duplicated.
    extra = [(s, o, label) for s, o, label in edges if not g.has_edge(s, o)]
    return nodes, extra


# ---------------------------------------------------------------------------- events as edges


_SEGMENT = re.compile(r"\[([^\]]*)\]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render_label(template: str, values: dict[str, str]) -> str:
    """Fill ``{role}`` placeholders; drop ``[...]`` parts whose roles have no value.

    >>> render_label("designated[ under {legalBasis}][ by {authority}]", {"legalBasis": "7031(c)", "authority": ""})
    'designated under 7031(c) by'
    >>> render_label("designated[ under {legalBasis}]", {})
    'designated'
    """

    def fill(text: str) -> str | None:
        names = _PLACEHOLDER.findall(text)
        if any(n not in values for n in names):
            return None
        return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)

    out = _SEGMENT.sub(lambda m: fill(m.group(1)) or "", template)
    out = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), out)
    return re.sub(r"\s+", " ", out).strip(" :")


def collapse_events(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Each event with a source and a target becomes one edge ``source --label--> target``.

    The edge keeps the event's evidence, status, confidence and roles under
    ``event``; events with fewer than two participants stay nodes. Document
    nodes are dropped (the evidence is on the edges).
    """
    d = display()
    out = nx.MultiDiGraph(**g.graph)
    for n, a in g.nodes(data=True):
        if a["kind"] not in ("event", "document"):
            out.add_node(n, **a)
    for n, a in g.nodes(data=True):
        if a["kind"] != "event":
            continue
        fold = d.folds.get(a["cls"], Fold(None, (), a["label"]))
        by_role: dict[str, str] = {}
        for _, v, role in g.out_edges(n, keys=True):
            if role != "source" and v in out:
                by_role.setdefault(role, v)
        source = by_role.get(fold.source) if fold.source else None
        target_role = next((r for r in fold.targets if r in by_role and by_role[r] != source), None)
        if source is None or target_role is None:
            out.add_node(n, **a)
            for _, v, role, ea in g.out_edges(n, keys=True, data=True):
                if v in out:
                    out.add_edge(n, v, key=role, **ea)
            continue
        values = {name: value for name, _, value in a.get("roles", [])}
        values[target_role] = ""
        label = render_label(fold.label, values) or a["label"]
        out.add_edge(source, by_role[target_role], key=n, label=label, role=a["cls"], event=dict(a, iri=n))
    # Nodes that were only reachable through folded events (a statute named in a folded designation)
    # would float alone; their names are in the edge labels and the evidence.
    out.remove_nodes_from([v for v in list(out) if out.degree(v) == 0 and g.degree(v) > 0 and v != g.graph.get("focus")])
    return out
