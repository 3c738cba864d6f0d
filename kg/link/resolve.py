"""Cross-document entity resolution: one entity for one person, organisation or place, whatever the spelling.

Documents mint entity IRIs from type and normalised name (:mod:`kg.ids`), so
"Ramzan Kadyrov" and "Ramzan Kadyrow" are two nodes. The resolver compares
entities of compatible types that share a name key and proposes merges:

* names are scored with :mod:`kg.link.names` (transliteration, reordering,
  titles, patronymics); a lone surname can only be a candidate;
* an accepted link of both to the same external record (QID, SDN entry,
  OpenSanctions entity) is strong evidence; links to *different* QIDs or list
  entries keep them apart whatever the names say (namesakes);
* two entities the extractor kept apart inside one document are probably
  different people (father and son, husband and wife) and lose 0.1.

Accepted merges are written as ``owl:sameAs`` between the two entity IRIs,
with every surface form of each copied to the other as ``skos:altLabel``, in
``LINKS/resolution`` only: the documents' graphs are untouched, so a merge is
undone by rejecting it (``kg link review --reject``) and re-running. Each
merge is a :class:`kg:LinkCandidate` with its score and method (explainable).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from kg.link.base import ACCEPT_THRESHOLD, Candidate, GraphEntity, Judgement, Linker
from kg.link.names import best_score, block_keys
from kg.link.records import PREFIXES, SKOS, lit, n

GROUPS = {"Person": "person", "Organization": "org", "GovernmentBody": "org", "Country": "place", "Region": "place", "Place": "place"}


def score_pair(a: GraphEntity, b: GraphEntity, *, external: dict[str, set[str]] | None = None, docs: dict[str, set[str]] | None = None) -> tuple[float, str]:
    """Score a proposed merge of two graph entities; (0, reason) when they must stay apart."""
    if GROUPS.get(a.type) is None or GROUPS.get(a.type) != GROUPS.get(b.type):
        return 0.0, "type"
    value, _, _ = best_score(a.names, b.names, person=a.type == "Person")
    method = ["name"]
    ext_a, ext_b = (external or {}).get(a.iri, set()), (external or {}).get(b.iri, set())
    qa = {x for x in ext_a if "wikidata.org" in x} | {f"http://www.wikidata.org/entity/{q}" for q in a.wikidata}
    qb = {x for x in ext_b if "wikidata.org" in x} | {f"http://www.wikidata.org/entity/{q}" for q in b.wikidata}
    if qa and qb and not qa & qb:
        return 0.0, "different-wikidata"
    shared = (ext_a | qa) & (ext_b | qb)
    if shared:
        value = max(value, 0.8) + 0.15
        method.append("shared-external")
    if a.birth_dates and b.birth_dates and not any(x.startswith(y) or y.startswith(x) for x in a.birth_dates for y in b.birth_dates):
        return 0.0, "birthDate-conflict"
    if docs and docs.get(a.iri, set()) & docs.get(b.iri, set()) and not shared:
        value -= 0.1
        method.append("same-document")
    return max(0.0, min(1.0, value)), "+".join(method)


class Resolver(Linker):
    SOURCE = "resolution"

    def __init__(self, store=None):
        self.store = store
        self.external: dict[str, set[str]] = defaultdict(set)
        self.docs: dict[str, set[str]] = defaultdict(set)
        self.names: dict[str, list[str]] = {}
        if store is not None:
            q = PREFIXES + """SELECT ?e ?x WHERE { ?l a kg:LinkCandidate ; kg:linkSubject ?e ; kg:linkTarget ?x ; kg:linkStatus kg:accepted ; kg:linkSource ?s .
                FILTER(?s != "resolution") }"""
            for row in store.query(q):
                self.external[row["e"].value].add(row["x"].value)
            for row in store.query(PREFIXES + "SELECT ?e ?d WHERE { ?e kg:mentionedIn ?d }"):
                self.docs[row["e"].value].add(row["d"].value)

    def match(self, entity):  # pragma: no cover - pairs need all entities
        raise NotImplementedError("use match_all")

    def match_all(self, entities: list[GraphEntity]) -> list[Candidate]:
        index: dict[str, list[GraphEntity]] = defaultdict(list)
        for ent in entities:
            if ent.type in GROUPS:
                self.names[ent.iri] = ent.names
                for key in set().union(*(block_keys(nm) for nm in ent.names)):
                    index[key].append(ent)
        by_iri = {e.iri: e for group in index.values() for e in group}
        pairs: set[tuple[str, str]] = set()
        for group in index.values():
            if len(group) > 200:  # a key shared by hundreds of entities (a common surname) blocks nothing
                continue
            for a, b in combinations(sorted({e.iri for e in group}), 2):
                pairs.add((a, b))
        out = []
        for a, b in ((by_iri[x], by_iri[y]) for x, y in sorted(pairs)):
            value, method = score_pair(a, b, external=self.external, docs=self.docs)
            if value > 0:
                out.append(Candidate(a.iri, a.name, self.SOURCE, b.iri, b.iri, value, method, external_label=b.name, record=b))
        return out

    def post_judge(self, candidates: list[Candidate]) -> list[Candidate]:
        """Two close matches are not ambiguous when they match each other: three spellings of one person."""
        strong = {(c.entity, c.external_iri) for c in candidates if c.score >= ACCEPT_THRESHOLD and "+review" not in c.method}
        strong |= {(b, a) for a, b in strong}
        by_entity: dict[str, list[Candidate]] = defaultdict(list)
        for c in candidates:
            if c.score >= ACCEPT_THRESHOLD and c.judgement is Judgement.UNSURE:
                by_entity[c.entity].append(c)
                by_entity[c.external_iri].append(c)
        for c in candidates:
            if c.judgement is not Judgement.UNSURE or c.score < ACCEPT_THRESHOLD:
                continue
            rivals = {x.external_iri if x.entity in (c.entity, c.external_iri) else x.entity for x in by_entity[c.entity] + by_entity[c.external_iri]}
            rivals -= {c.entity, c.external_iri}
            if all((r, c.entity) in strong and (r, c.external_iri) in strong for r in rivals):
                c.judgement = Judgement.POSITIVE
        return candidates

    def expand(self, candidate: Candidate) -> list[tuple]:
        if candidate.judgement is not Judgement.POSITIVE:
            return []
        a, b = n(candidate.entity), n(candidate.external_iri)
        out = [(b, n("http://www.w3.org/2002/07/owl#sameAs"), a)]
        for name in self.names.get(candidate.external_iri, ()):
            out.append((a, n(SKOS + "altLabel"), lit(name)))
        for name in self.names.get(candidate.entity, ()):
            out.append((b, n(SKOS + "altLabel"), lit(name)))
        return out
