"""The review queue: list proposed links and record accept/reject decisions.

Decisions are :class:`kg:Decision` nodes in ``LINKS/review`` (never replaced by
a linker run) and take effect at once: the same update that records a
decision rewrites the link's status in its source graph and adds or removes
its ``owl:sameAs``/``skos:exactMatch`` triple. Re-running a linker keeps
them (:func:`kg.link.base.judge` reads decisions first).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import ids
from kg.errors import InvalidInput
from kg.link.base import Candidate, Judgement
from kg.link.records import OWL_SAMEAS, PREFIXES, REVIEW_GRAPH, SKOS_EXACT, STATUS_TERMS, graph_iri, lit, n, now
from kg.terms import KG


@dataclass
class LinkRow:
    iri: str
    graph: str
    candidate: Candidate
    external_label: str

    @property
    def short_id(self) -> str:
        return self.iri.rsplit("/", 1)[-1]


def list_links(store, *, source: str | None = None, status: str | None = "candidate") -> list[LinkRow]:
    q = PREFIXES + """SELECT ?g ?l ?e ?label ?src ?x ?xid ?score ?method ?status ?xlabel WHERE { GRAPH ?g {
        ?l a kg:LinkCandidate ; kg:linkSubject ?e ; kg:linkSource ?src ; kg:linkTarget ?x ; kg:externalId ?xid ;
           kg:linkScore ?score ; kg:linkMethod ?method ; kg:linkStatus ?status .
        OPTIONAL { ?l schema:name ?label } OPTIONAL { ?l kg:externalLabel ?xlabel } }
      # An entity whose last document was removed is not in the graph: nothing to review about it. Its
      # proposals stay stored, so re-ingesting the document brings them (and the decisions) back.
      FILTER EXISTS { GRAPH ?d { ?e kg:mentionedIn ?doc } } }"""
    out = []
    for r in store.query(q):
        st = r["status"].value.rsplit("#", 1)[-1]
        src = r["src"].value
        if (source and src != source) or (status and status != "all" and st != status):
            continue
        xlabel = r["xlabel"].value if r["xlabel"] else ""
        cand = Candidate(r["e"].value, r["label"].value if r["label"] else "", src, r["xid"].value, r["x"].value, float(r["score"].value), r["method"].value,
                         external_label=xlabel)
        cand.judgement = Judgement.from_status(st) if st != "candidate" else Judgement.UNSURE
        out.append(LinkRow(r["l"].value, r["g"].value, cand, xlabel))
    return sorted(out, key=lambda row: (row.candidate.source, row.candidate.label, -row.candidate.score, row.candidate.external_id))


def find(store, link_id: str) -> LinkRow:
    """A link by its IRI or the last part of it (as `kg link review` prints)."""
    matches = [row for row in list_links(store, status="all") if link_id in (row.iri, row.short_id)]
    if not matches:
        raise InvalidInput(f"no proposed link {link_id!r} (see `kg link review --status all`)")
    return matches[0]


def decide(store, link_id: str, status: str) -> LinkRow:
    """Record ``accepted`` or ``rejected`` for a link and apply it to its source graph, in one transaction."""
    row = find(store, link_id)
    cand = row.candidate
    g = n(row.graph)
    link = n(row.iri)
    pred = OWL_SAMEAS if cand.source in ("wikidata", "resolution") else SKOS_EXACT
    subj, obj = n(cand.entity), n(cand.external_iri)
    if cand.source == "resolution":
        subj, obj = obj, subj  # resolution writes "other owl:sameAs entity"
    at = now()
    decision = n(ids.iri("decision", row.iri, at))
    triples = [
        (decision, "a", n(KG.Decision)),
        (decision, n(KG.linkSubject), n(cand.entity)),
        (decision, n(KG.linkTarget), n(cand.external_iri)),
        (decision, n(KG.linkSource), lit(cand.source)),
        (decision, n(KG.linkStatus), n(STATUS_TERMS[status])),
        (decision, n(KG.decidedAt), lit(at, "dateTime")),
    ]
    insert_review = " .\n".join(f"{s} {p} {o}" for s, p, o in triples)
    link_triple = f"{subj} {pred} {obj}"
    update = f"""PREFIX kg: <https://w3id.org/rightsgraph/ontology#>
DELETE {{ GRAPH {g} {{ {link} kg:linkStatus ?old }} }} WHERE {{ GRAPH {g} {{ {link} kg:linkStatus ?old }} }} ;
INSERT DATA {{ GRAPH {g} {{ {link} kg:linkStatus {n(STATUS_TERMS[status])} }} }} ;
{"INSERT DATA" if status == "accepted" else "DELETE DATA"} {{ GRAPH {g} {{ {link_triple} }} }} ;
INSERT DATA {{ GRAPH <{REVIEW_GRAPH}> {{ {insert_review} }} }}"""
    store.update(update)
    cand.judgement = Judgement.from_status(status)
    return row


def sources_with_lists() -> tuple[str, ...]:
    return ("ofac", "opensanctions")


def links_graph(source: str) -> str:
    return graph_iri(source)
