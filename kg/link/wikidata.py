"""Reconcile graph entities to Wikidata items, against any Wikidata-shaped SPARQL endpoint or offline.

Lookup is by exact label or alias (``rdfs:label|skos:altLabel``) for every
spelling the graph has, its transliteration and its list-style reordering,
in batches of entities per query. Candidates are then scored on names
(:mod:`kg.link.names`), type (``wdt:P31``), country (``wdt:P27``/``wdt:P17``)
and birth date (``wdt:P569``). ``--offline`` runs the same queries on the
extract shipped in ``data/wikidata/``.

Literals are written into queries as escaped RDF terms (pyoxigraph's
serialisation), never by pasting raw strings.
"""

from __future__ import annotations

import json
import urllib.parse
from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from kg.errors import SourceAbort
from kg.link.base import Candidate, GraphEntity, Linker
from kg.link.cache import HttpClient
from kg.link.lists import dates_agree
from kg.link.names import ascii_fold, best_score, name_score, reorder, strip_titles
from kg.resources import wikidata_dir

WD = "http://www.wikidata.org/entity/"
LANGS = ("en", "mul", "ru", "de", "fr", "es", "uk", "zh", "ar")
PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
"""

# wdt:P31 values -> the graph types they fit. Unknown values neither help nor exclude (except for people).
TYPE_GROUPS = {
    "person": {"Q5"},
    "country": {"Q6256", "Q3624078", "Q7275", "Q3024240", "Q1763527"},
    "place": {"Q10864048", "Q41162", "Q35657", "Q515", "Q5119", "Q1549591", "Q200250", "Q1637706", "Q486972", "Q82794", "Q107390", "Q1221156"},
    "organization": {"Q43229", "Q327333", "Q2659904", "Q484652", "Q7210356", "Q245065", "Q163740", "Q17149090", "Q910252", "Q1752346", "Q192350", "Q4830453", "Q1331793", "Q11032"},
    "statute": {"Q820655", "Q7748", "Q1137126", "Q1864008"},
    "platform": {"Q3220391", "Q2715623", "Q35127", "Q1668024", "Q193424"},
}
GROUPS_OF_TYPE = {
    "Person": {"person"},
    "Country": {"country"},
    "Region": {"place", "country"},
    "Place": {"place", "country"},
    "Organization": {"organization"},
    "GovernmentBody": {"organization"},
    "Statute": {"statute"},
    "SanctionsProgram": {"statute"},
    "Platform": {"platform", "organization"},
}
LINKABLE = tuple(GROUPS_OF_TYPE)


class Sparql:
    """Runs SELECT queries and returns rows of plain strings."""

    def select(self, query: str) -> list[dict[str, str]]:  # pragma: no cover - interface
        raise NotImplementedError


class HttpSparql(Sparql):
    def __init__(self, endpoint: str, client: HttpClient):
        self.endpoint = endpoint
        self.client = client

    def select(self, query: str) -> list[dict[str, str]]:
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        raw = self.client.request(
            self.endpoint,
            data=body,
            headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
            what="SPARQL query",
        )
        try:
            doc = json.loads(raw)
            return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]
        except (ValueError, KeyError, TypeError):
            raise SourceAbort(f"{self.endpoint}: answer is not SPARQL JSON results") from None


class LocalSparql(Sparql):
    """The shipped extract (or any Turtle/N-Triples files) in an in-memory Oxigraph store."""

    def __init__(self, folder=None):
        self.store = ox.Store()
        folder = folder or wikidata_dir()
        for path in sorted(folder.glob("*.ttl")) + sorted(folder.glob("*.nt")):
            fmt = ox.RdfFormat.TURTLE if path.suffix == ".ttl" else ox.RdfFormat.N_TRIPLES
            self.store.load(path=str(path), format=fmt)

    def select(self, query: str) -> list[dict[str, str]]:
        result = self.store.query(query)
        names = result.variables
        return [{v.value: row[v].value for v in names if row[v] is not None} for row in result]


def spellings(entity: GraphEntity) -> set[str]:
    out = set()
    for name in entity.names:
        for form in (name, reorder(name)) + ((strip_titles(name),) if entity.type == "Person" else ()):
            out.add(form)
            out.add(" ".join(ascii_fold(form).split()).title() if not form.isascii() else form)
    return {s for s in out if s.strip()}


def _literals(texts) -> str:
    return " ".join(str(ox.Literal(t, language=lang)) for t in sorted(texts) for lang in LANGS)


class WikidataLinker(Linker):
    SOURCE = "wikidata"

    def __init__(self, sparql: Sparql, *, batch_size: int = 25):
        self.sparql = sparql
        self.batch_size = batch_size

    def match(self, entity: GraphEntity) -> Iterator[Candidate]:
        yield from self.match_all([entity])

    def match_all(self, entities: list[GraphEntity]) -> list[Candidate]:
        out: list[Candidate] = []
        todo = [e for e in entities if e.type in LINKABLE]
        for i in range(0, len(todo), self.batch_size):
            out += self._batch(todo[i : i + self.batch_size])
        return out

    def _batch(self, entities: list[GraphEntity]) -> list[Candidate]:
        forms: dict[str, list[GraphEntity]] = defaultdict(list)
        for ent in entities:
            for s in spellings(ent):
                forms[s].append(ent)
        if not forms:
            return []
        lookup = PREFIXES + f"SELECT DISTINCT ?item ?label WHERE {{ VALUES ?label {{ {_literals(forms)} }} ?item rdfs:label|skos:altLabel ?label . }}"
        hits: dict[str, set[str]] = defaultdict(set)  # entity IRI -> item IRIs
        for row in self.sparql.select(lookup):
            item = row.get("item", "")
            if not item.startswith(WD + "Q"):
                continue
            for ent in forms.get(row["label"], ()):
                hits[ent.iri].add(item)
        items = sorted(set().union(*hits.values())) if hits else []
        if not items:
            return []
        details = self._details(items)
        out = []
        for ent in entities:
            for item in sorted(hits.get(ent.iri, ())):
                cand = self._score(ent, item, details[item])
                if cand is not None:
                    out.append(cand)
        return out

    def _details(self, items: list[str]) -> dict[str, dict[str, set[str]]]:
        values = " ".join(f"<{i}>" for i in items)
        q = PREFIXES + f"""SELECT ?item ?p ?v WHERE {{ VALUES ?item {{ {values} }}
          {{ ?item rdfs:label ?v BIND("label" AS ?p) }}
          UNION {{ ?item skos:altLabel ?v BIND("alias" AS ?p) FILTER(LANG(?v) IN ("en", "mul")) }}
          UNION {{ ?item wdt:P31 ?v BIND("type" AS ?p) }}
          UNION {{ ?item wdt:P27|wdt:P17 ?c BIND("country" AS ?p) ?c rdfs:label ?v FILTER(LANG(?v) IN ("en", "mul")) }}
          UNION {{ ?item wdt:P569 ?v BIND("birth" AS ?p) }}
          UNION {{ ?item schema:description ?v BIND("description" AS ?p) FILTER(LANG(?v) = "en") }} }}"""
        out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for row in self.sparql.select(q):
            if "v" in row:
                out[row["item"]][row["p"]].add(row["v"])
        return out

    def _score(self, ent: GraphEntity, item: str, d: dict[str, set[str]]) -> Candidate | None:
        qid = item[len(WD) :]
        types = {t[len(WD) :] for t in d.get("type", ()) if t.startswith(WD)}
        groups = {g for g, qs in TYPE_GROUPS.items() if types & qs}
        wanted = GROUPS_OF_TYPE[ent.type]
        method = ["name"]
        if ent.type == "Person" and "person" not in groups:
            return None
        if groups and not groups & wanted:
            return None
        labels = d.get("label", set()) | d.get("alias", set())
        value, _, matched = best_score(ent.names, labels, person=ent.type == "Person")
        if ent.type != "Person":
            # names of bodies and places are not personal names: exact matches count, initials do not
            value = max(value, max((1.0 for a in ent.names for b in labels if ascii_fold(a) == ascii_fold(b)), default=0.0))
        if ent.type in ("Region", "Place") and groups == {"country"}:
            value -= 0.1  # a region or city named like a country (Georgia the state, not the country)
        if groups & wanted:
            method.append("type")
        else:
            value -= 0.05  # type unknown
        births = {b[:10] for b in d.get("birth", ())}
        if ent.birth_dates and births:
            if any(dates_agree(a, b) for a in ent.birth_dates for b in births):
                value += 0.03
                method.append("birthDate")
            else:
                value -= 0.3
        countries = d.get("country", set())
        if ent.countries and countries and ent.type not in ("Country",):
            if any(name_score(a, b) >= 0.9 for a in ent.countries for b in countries):
                value += 0.05
                method.append("country")
            else:
                value -= 0.1
        if qid in ent.wikidata:
            value += 0.05
            method.append("extractor")
        label = sorted(l for l in d.get("label", ()) if l)[:1]
        return Candidate(ent.iri, ent.name, self.SOURCE, qid, item, max(0.0, min(1.0, value)), "+".join(method), external_label=label[0] if label else matched)


def make_linker(*, endpoint: str | None = None, offline: bool = False, cache_dir=None, extract=None, **client_options) -> WikidataLinker:
    from kg.link.sources import settings

    conf = settings("wikidata")
    if offline:
        return WikidataLinker(LocalSparql(extract), batch_size=int(conf.get("batch_size", 25)))
    options = {k: conf[k] for k in ("timeout", "retries", "min_interval") if k in conf}
    options.update(client_options)
    client = HttpClient(cache_dir=cache_dir, cache_days=float(conf.get("cache_days", 30)), **options)
    return WikidataLinker(HttpSparql(endpoint or conf["endpoint"], client), batch_size=int(conf.get("batch_size", 25)))
