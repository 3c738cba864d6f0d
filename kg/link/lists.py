"""What OFAC and OpenSanctions linking share: list records, blocking, scoring, statute mapping.

Lists are streamed: each record is looked up in a small index of the graph's
entities (blocking on transliteration-tolerant name keys) and scored only
against the entities it shares a key with, so memory grows with the graph
and the matches, not with the list.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.ids import clean_name
from kg.link.base import Candidate, GraphEntity, Linker
from kg.link.names import best_score, block_keys, name_score
from kg.link.records import RDF_TYPE, SCHEMA, SKOS, lit, n
from kg.terms import KG

PERSON_TYPES = {"Person"}
ORG_TYPES = {"Organization", "GovernmentBody"}
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


@dataclass
class ListRecord:
    """One entry of an official list, in a source-neutral shape."""

    id: str
    iri: str
    kind: str  # "person" | "organization" | "other"
    name: str
    aliases: list[str] = field(default_factory=list)
    birth_dates: set[str] = field(default_factory=set)  # ISO prefixes
    birth_places: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # nationality, citizenship, address countries
    programs: set[str] = field(default_factory=set)
    listing_dates: set[str] = field(default_factory=set)
    identifiers: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    remarks: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [self.name] + [a for a in self.aliases if a != self.name]


def parse_date(text: str) -> str | None:
    """``05 Oct 1976`` / ``1976-10-05`` / ``Oct 1976`` / ``1976`` / ``circa 1960`` -> an ISO prefix."""
    t = text.strip().lower().replace("circa", "").strip()
    if m := re.fullmatch(r"(\d{4})(-\d{2}(-\d{2})?)?", t):
        return m.group(0)
    if m := re.fullmatch(r"(\d{1,2}) ([a-z]{3})[a-z]* (\d{4})", t):
        if m.group(2) in MONTHS:
            return f"{m.group(3)}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    if m := re.fullmatch(r"([a-z]{3})[a-z]* (\d{4})", t):
        if m.group(1) in MONTHS:
            return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    if m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t):  # OFAC's MM/DD/YYYY publish dates
        return f"{m.group(3)}-{m.group(1)}-{m.group(2)}"
    if m := re.search(r"\b(\d{4})\b", t):
        return m.group(1)
    return None


def dates_agree(a: str, b: str) -> bool:
    """Two ISO prefixes agree when one is a prefix of the other (1976 agrees with 1976-10-05)."""
    return a.startswith(b) or b.startswith(a)


@cache
def statute_facts() -> dict[str, dict[str, set[str]]]:
    """Statute IRI -> {"codes": program codes, "jurisdiction": IRIs}, from data/gazetteers/*.ttl."""
    import pyoxigraph as ox

    from kg.resources import gazetteer_dir

    out: dict[str, dict[str, set[str]]] = {}
    for path in sorted(gazetteer_dir().glob("*.ttl")):
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if t.predicate.value == str(KG.programCode):
                out.setdefault(t.subject.value, {"codes": set(), "jurisdiction": set()})["codes"].add(t.object.value.upper())
            elif t.predicate.value == str(KG.jurisdiction):
                out.setdefault(t.subject.value, {"codes": set(), "jurisdiction": set()})["jurisdiction"].add(t.object.value)
    return out


@cache
def program_statutes() -> dict[str, tuple[str, ...]]:
    """Program code -> IRIs of the statutes in data/gazetteers/statutes.ttl that carry it (kg:programCode)."""
    out: dict[str, list[str]] = {}
    for iri, facts in statute_facts().items():
        for code in facts["codes"]:
            out.setdefault(code, []).append(iri)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def compatible(entity: GraphEntity, record: ListRecord) -> bool:
    if record.kind == "person":
        return entity.type in PERSON_TYPES
    if record.kind == "organization":
        return entity.type in ORG_TYPES
    return False


class EntityIndex:
    """Graph entities by blocking key, for streaming a list against them."""

    def __init__(self, entities: Iterable[GraphEntity]):
        self.entities = [e for e in entities if e.type in PERSON_TYPES | ORG_TYPES]
        self._by_key: dict[str, list[GraphEntity]] = {}
        for ent in self.entities:
            keys = set()
            for name in ent.names:
                keys |= block_keys(name)
            for key in keys:
                self._by_key.setdefault(key, []).append(ent)

    def lookup(self, names: Iterable[str]) -> list[GraphEntity]:
        seen: dict[str, GraphEntity] = {}
        for name in names:
            for key in block_keys(name):
                for ent in self._by_key.get(key, ()):
                    seen[ent.iri] = ent
        return list(seen.values())

    def hits(self, names: Iterable[str]) -> bool:
        return any(key in self._by_key for name in names for key in block_keys(name))


def score(entity: GraphEntity, record: ListRecord) -> tuple[float, str]:
    """Score a graph entity against a list record: names first, then birth dates, countries and programs."""
    s, _, _ = best_score(entity.names, record.names, person=record.kind == "person")
    method = ["name"]
    if entity.birth_dates and record.birth_dates:
        if any(dates_agree(a, b) for a in entity.birth_dates for b in record.birth_dates):
            s += 0.03
            method.append("birthDate")
        else:
            s -= 0.3
            method.append("birthDate-conflict")
    if entity.countries and record.countries:
        if any(name_score(a, b) >= 0.9 for a in entity.countries for b in record.countries):
            s += 0.02
            method.append("country")
        else:
            s -= 0.05
            method.append("country-conflict")
    if entity.programs and record.programs and {p.upper() for p in entity.programs} & {p.upper() for p in record.programs}:
        s += 0.03
        method.append("program")
    elif entity.programs and "sanction" in record.topics:
        s += 0.01
        method.append("topic")
    return max(0.0, min(1.0, s)), "+".join(method)


class ListLinker(Linker):
    """Base for list sources: ``records()`` streams the list; ``match`` scores one record's graph neighbours."""

    LIST_NAME = ""
    PUBLISHER = ""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.published: str | None = None

    def records(self, index: EntityIndex) -> Iterator[ListRecord]:  # pragma: no cover - abstract
        raise NotImplementedError

    def match(self, entity: GraphEntity) -> Iterator[Candidate]:
        raise NotImplementedError("list linkers match by streaming the list: use match_all()")

    def match_all(self, entities: list[GraphEntity]) -> list[Candidate]:
        index = EntityIndex(entities)
        out = []
        for record in self.records(index):
            for ent in index.lookup(record.names):
                if not compatible(ent, record):
                    continue
                value, method = score(ent, record)
                out.append(Candidate(ent.iri, ent.name, self.SOURCE, record.id, record.iri, value, method, external_label=record.name, record=record))
        return out

    def list_node(self):
        return n(f"https://w3id.org/rightsgraph/id/list/{self.SOURCE}/{self.digest()[:20]}")

    def digest(self) -> str:
        h = hashlib.sha256()
        files = sorted(self.path.glob("*")) if self.path.is_dir() else [self.path]
        for f in files:
            if f.is_file():
                with open(f, "rb") as fh:
                    for chunk in iter(lambda: fh.read(1 << 20), b""):
                        h.update(chunk)
        return h.hexdigest()

    def list_triples(self) -> list[tuple]:
        node = self.list_node()
        out = [
            (node, RDF_TYPE, n(KG.SanctionsList)),
            (node, n(SCHEMA + "name"), lit(self.LIST_NAME)),
            (node, n(SCHEMA + "publisher"), lit(self.PUBLISHER)),
            (node, n(KG.sha256), lit(self.digest())),
            (node, n(KG.sourcePath), lit(str(self.path))),
        ]
        if self.published:
            out.append((node, n(SCHEMA + "datePublished"), _date_lit(self.published)))
        return out

    def expand(self, candidate: Candidate) -> list[tuple]:
        r: ListRecord = candidate.record
        e = n(r.iri)
        out = [
            (e, RDF_TYPE, n(KG.ListEntry)),
            (e, n(SCHEMA + "name"), lit(clean_name(r.name))),  # a list's spelling, shown as a name: no invisible or bidi characters
            (e, n(KG.externalId), lit(r.id)),
            (e, n(KG.inList), self.list_node()),
        ]
        out += [(e, n(SKOS + "altLabel"), lit(a)) for a in dict.fromkeys(map(clean_name, r.aliases)) if a != clean_name(r.name)]
        for code in sorted(r.programs):
            out.append((e, n(KG.listProgram), lit(code)))
            out += [(e, n(KG.listedUnder), n(s)) for s in program_statutes().get(code.upper(), ())]
        out += [(e, n(SCHEMA + "birthDate"), _date_lit(d)) for d in sorted(r.birth_dates)]
        out += [(e, n(SCHEMA + "birthPlace"), lit(p)) for p in sorted(r.birth_places)]
        out += [(e, n(SCHEMA + "nationality"), lit(c)) for c in sorted(r.countries)]
        out += [(e, n(KG.listingDate), _date_lit(d)) for d in sorted(r.listing_dates)]
        out += [(e, n(SCHEMA + "identifier"), lit(i)) for i in sorted(r.identifiers)]
        if r.remarks:
            out.append((e, n(KG.remarks), lit(r.remarks)))
        return out


def _date_lit(value: str):
    from kg.rdf import date_literal

    return date_literal(value)
