"""Check sanction claims from documents against the imported official lists.

For every ``kg:Designation`` extracted from a document, the verdict is:

* ``kg:confirmedByList``: an accepted list entry for the target (or an entity
  merged with it) carries a program tag of the claimed legal basis (OFAC
  program tags map to statutes through ``kg:programCode`` in
  ``data/gazetteers/statutes.ttl``), and the claim's date and the entry's
  listing date agree within the tolerance where both are known;
* ``kg:contradictedByList``: the target is on a list covering that basis but
  under other programs only, or listed at a date outside the tolerance;
* ``kg:notOnList``: a list covers the basis but no accepted entry matches the target;
* ``kg:listSilent``: no imported list covers the basis (e.g. Section 7031(c)
  visa bans, which the SDN list does not carry).

Verdicts go into ``LINKS/corroboration`` as ``?event kg:corroboration ?verdict``
with ``kg:corroboratedBy`` and a one-sentence ``kg:corroborationNote``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.link.lists import dates_agree, statute_facts
from kg.link.records import PREFIXES, graph_iri, lit, n, write_graph
from kg.terms import KG

SOURCE = "corroboration"
DEFAULT_TOLERANCE_DAYS = 31
US = "http://www.wikidata.org/entity/Q30"
VERDICTS = {"confirmed": KG.confirmedByList, "contradicted": KG.contradictedByList, "not_on_list": KG.notOnList, "silent": KG.listSilent}


@dataclass
class Verdicts:
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # (event, verdict, note)

    def summary(self) -> str:
        c = Counter(v for _, v, _ in self.rows)
        return "corroboration: " + ", ".join(f"{c[k]} {k.replace('_', ' ')}" for k in VERDICTS)


def _to_date(iso: str) -> dt.date | None:
    parts = iso.split("-") + ["01", "01"]
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (ValueError, IndexError):
        return None


def within(a: str, b: str, days: int) -> bool:
    if dates_agree(a, b):
        return True
    da, db = _to_date(a), _to_date(b)
    return da is not None and db is not None and abs((da - db).days) <= days


def refresh(store) -> Verdicts | None:
    """Corroborate again when the graph has been corroborated before, else None.

    For commands that change the documents (`kg remove`, `kg ingest`): a verdict about an event that
    its document no longer holds would leave an event with no target and no evidence in the graph.
    """
    if graph_iri(SOURCE) not in store.graphs():
        return None
    return corroborate(store)


def corroborate(store, *, tolerance_days: int = DEFAULT_TOLERANCE_DAYS) -> Verdicts:
    ofac_graph = n(graph_iri("ofac"))
    os_graph = n(graph_iri("opensanctions"))
    lists_present = {g for g in store.graphs() if g in (ofac_graph.value, os_graph.value)}

    # Accepted list entries of each entity, and the programs each list covers.
    entries: dict[str, list[dict]] = defaultdict(list)
    covered: dict[str, set[str]] = defaultdict(set)
    q = PREFIXES + """SELECT ?g ?e ?entry ?code ?listed WHERE { GRAPH ?g { ?entry a kg:ListEntry . OPTIONAL { ?entry kg:listProgram ?code } OPTIONAL { ?entry kg:listingDate ?listed } }
        OPTIONAL { ?e skos:exactMatch ?entry } }"""
    info: dict[str, dict] = {}
    for row in store.query(q):
        g = row["g"].value
        entry = row["entry"].value
        rec = info.setdefault(entry, {"iri": entry, "graph": g, "codes": set(), "dates": set(), "entities": set()})
        if row["code"] is not None:
            rec["codes"].add(row["code"].value.upper())
            covered[g].add(row["code"].value.upper())
        if row["listed"] is not None:
            rec["dates"].add(row["listed"].value)
        if row["e"] is not None:
            rec["entities"].add(row["e"].value)
    for rec in info.values():
        for e in rec["entities"]:
            entries[e].append(rec)
    statutes = statute_facts()
    if ofac_graph.value in lists_present:  # the SDN list covers every US program with an OFAC tag
        covered[ofac_graph.value] |= {c for f in statutes.values() if US in f["jurisdiction"] for c in f["codes"]}

    # Entities merged by resolution count as one.
    same: dict[str, set[str]] = defaultdict(set)
    for row in store.query(PREFIXES + f"SELECT ?a ?b WHERE {{ GRAPH <{graph_iri('resolution')}> {{ ?a owl:sameAs ?b }} }}"):
        same[row["a"].value].add(row["b"].value)
        same[row["b"].value].add(row["a"].value)

    q_claims = PREFIXES + """SELECT ?d ?t ?listable ?basis ?bname ?code ?date WHERE {
        ?d a kg:Designation ; kg:target ?t .
        OPTIONAL { ?t a ?cls . FILTER(?cls IN (kg:Person, kg:Organization, kg:GovernmentBody)) BIND(true AS ?listable) }
        OPTIONAL { ?d kg:legalBasis ?basis . OPTIONAL { ?basis schema:name ?bname } OPTIONAL { ?basis kg:programCode ?code } }
        OPTIONAL { ?d kg:date ?date } }"""
    claims: dict[str, dict] = {}
    for row in store.query(q_claims):
        c = claims.setdefault(row["d"].value, {"targets": set(), "codes": set(), "basis": "", "dates": set(), "listable": False})
        c["targets"].add(row["t"].value)
        c["listable"] = c["listable"] or row["listable"] is not None
        if row["bname"] is not None:
            c["basis"] = row["bname"].value
        if row["code"] is not None:
            c["codes"].add(row["code"].value.upper())
        if row["basis"] is not None:
            c["codes"] |= statutes.get(row["basis"].value, {}).get("codes", set())
        if row["date"] is not None:
            c["dates"].add(row["date"].value)

    result = Verdicts()
    triples = []
    for event, c in sorted(claims.items()):
        basis = c["basis"] or "an unnamed legal basis"
        lists = [g for g in sorted(lists_present) if c["codes"] & covered[g]]
        evidence = []
        if not lists:
            verdict, note = "silent", f"no imported list covers {basis}"
        elif not c["listable"]:
            verdict, note = "silent", "the target is not a person or organisation a list could name (a group, a place)"
        else:
            targets = set(c["targets"])
            for t in list(targets):
                targets |= same.get(t, set())
            found = [rec for t in sorted(targets) for rec in entries.get(t, []) if rec["graph"] in lists]
            if not found:
                verdict, note = "not_on_list", f"{basis} ({', '.join(sorted(c['codes']))}) is covered by the imported list, but no accepted entry matches the target"
            else:
                by_program = [rec for rec in found if rec["codes"] & c["codes"]]
                if not by_program:
                    verdict = "contradicted"
                    note = f"listed under {', '.join(sorted(set().union(*(r['codes'] for r in found))))}, not {', '.join(sorted(c['codes']))}"
                    evidence = found
                else:
                    dated = [(d, l) for rec in by_program for d in c["dates"] for l in rec["dates"]]
                    if dated and not any(within(d, l, tolerance_days) for d, l in dated):
                        verdict = "contradicted"
                        note = f"listed under {', '.join(sorted(c['codes']))} but on {', '.join(sorted({l for _, l in dated}))}, more than {tolerance_days} days from {', '.join(sorted(c['dates']))}"
                    else:
                        verdict = "confirmed"
                        note = f"listed under {', '.join(sorted(c['codes']))}" + (" with a listing date within %d days" % tolerance_days if dated else "")
                    evidence = by_program
        result.rows.append((event, verdict, note))
        triples.append((n(event), n(KG.corroboration), n(VERDICTS[verdict])))
        triples.append((n(event), n(KG.corroborationNote), lit(note)))
        triples += [(n(event), n(KG.corroboratedBy), n(rec["iri"])) for rec in evidence]
    write_graph(store, SOURCE, triples)
    return result
