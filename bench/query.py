"""Saved-query speed on a synthetic graph in the real shape (``python -m bench.query [--quick] [--json]``).

The graph is made by the real RDF conversion (:func:`kg.rdf.extraction_quads`)
from synthetic extractions: documents naming people, bodies, statutes and
abuse types, with designations, allegations, positions, statements, denials
and family relations, each with Web Annotation evidence. It is bulk-loaded
into an on-disk embedded store. Then:

- entity-centred saved queries (a person's designations, timeline,
  neighbourhood, statements), run the way ``kg query NAME -p person=NAME``
  runs them (name resolution + bound parameters + capped formatting):
  median and p90 over many people; budget: median under 50 ms at 1M triples;
- whole-graph aggregates through the same path against the same text on bare
  pyoxigraph (``Store.query`` + reading every row): budget: ratio at most 1.2.

Also reports the median through a worker process (what ``kg serve`` adds).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

ABUSES = ["torture", "extrajudicial_killing", "arbitrary_detention", "enforced_disappearance", "ill_treatment", "persecution", "corruption"]
MEASURES = ["entry_ban", "asset_freeze", "transaction_ban"]
STATUTES = [
    ("Section 7031(c)", "https://w3id.org/rightsgraph/id/statute/us-sfops-7031c"),
    ("E.O. 13818", "https://w3id.org/rightsgraph/id/statute/us-eo-13818"),
    ("Global Magnitsky Act", "https://w3id.org/rightsgraph/id/statute/us-global-magnitsky"),
    ("Magnitsky Act", "https://w3id.org/rightsgraph/id/statute/us-magnitsky-2012"),
    ("EU Global Human Rights Sanctions Regime", "https://w3id.org/rightsgraph/id/statute/eu-ghrsr-2020-1998"),
]
FIRST = ["Ali", "Maria", "Ivan", "Chen", "Amina", "Jose", "Olga", "Kofi", "Sara", "Omar", "Lena", "Yusuf", "Ana", "Dmitri", "Fatima", "Luis"]
LAST = ["Petrov", "Haddad", "Mendes", "Okafor", "Liang", "Karimov", "Ortega", "Nasser", "Kovac", "Silva", "Rahman", "Ivanova", "Diallo", "Moreno"]


def person_name(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}"


def extraction(doc_no: int, rng: random.Random, people: int):
    from kg.model import Claim, Document, Entity, Extraction, Span

    sentences, claims, entities = [], [], {}
    def ent(key, name, type_, iri=None):
        entities.setdefault(key, Entity(key, name, type_, iri=iri, aliases={name}))
        return key

    body = ent("body", f"Ministry of Interior {doc_no % 300}", "GovernmentBody")
    auth = ent("auth", ["State Department", "Department of the Treasury", "Council of the European Union"][doc_no % 3], "GovernmentBody")
    medium = ent("medium", "Telegram", "Platform")
    for k in range(8):
        pid = rng.randrange(people)
        p = ent(f"p{k}", person_name(pid), "Person")
        s_name, s_iri = STATUTES[rng.randrange(len(STATUTES))]
        law = ent(f"law{k}", s_name, "Statute", s_iri)
        sentences.append(f"{entities[auth].name} designated {entities[p].name} under {s_name}, citing torture by the {entities[body].name}.")
        def span():
            text = " ".join(sentences)
            return [Span.of(text, len(text) - len(sentences[-1]), len(text))]
        claims.append(Claim("sanction", {"target": p, "legal_basis": law, "authority": auth, "measure": rng.choice(MEASURES), "date": f"20{rng.randrange(10, 24)}-0{rng.randrange(1, 10)}"}, span(), status="designated", confidence=0.9))
        claims.append(Claim("abuse", {"perpetrator": p, "abuse_type": rng.choice(ABUSES), "date": f"20{rng.randrange(10, 24)}"}, span(), status="alleged", confidence=0.8))
        claims.append(Claim("position", {"person": p, "org": body, "role": "commander"}, span(), confidence=0.8))
        if k % 2 == 0:
            claims.append(Claim("statement", {"speaker": p, "medium": medium}, span(), confidence=0.7))
            claims.append(Claim("denial", {"denier": p}, span(), status="denied", confidence=0.7))
        if k % 4 == 0:
            rel = ent(f"rel{k}", person_name(pid) + " Jr", "Person")
            claims.append(Claim("family", {"person": p, "relative": rel, "relation": "child"}, span(), confidence=0.7))
    text = " ".join(sentences)
    doc = Document(id=f"synthetic_{doc_no:06d}", text=text, title=f"Synthetic document {doc_no}", date="2021-01-01")
    return Extraction(doc=doc, extractor="synthetic.v1", entities=entities, claims=claims)


def build(folder: Path, triples: int, seed: int = 7) -> tuple[int, int, float]:
    """Write ~``triples`` quads to an embedded store in ``folder``; returns (quads, documents, seconds)."""
    import pyoxigraph as ox

    from kg.rdf import extraction_quads, reference_quads
    from kg.store.base import REFERENCE_GRAPH

    rng = random.Random(seed)
    started = time.perf_counter()
    nq = folder / "graph.nq"
    people = max(200, triples // 150)
    count = docs = 0
    with open(nq, "wb") as out:
        ref = list(reference_quads())
        ox.serialize(ref, out, format=ox.RdfFormat.N_QUADS)
        count += len(ref)
        while count < triples:
            quads = extraction_quads(extraction(docs, rng, people))
            ox.serialize(quads, out, format=ox.RdfFormat.N_QUADS)
            count += len(quads)
            docs += 1
    store = ox.Store(str(folder / "store"))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    assert REFERENCE_GRAPH
    return count, docs, time.perf_counter() - started


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(prog="python -m bench.query", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="100k triples instead of 1M (under a minute)")
    ap.add_argument("--triples", type=int, help="graph size (overrides --quick)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    size = args.triples or (100_000 if args.quick else 1_000_000)

    import pyoxigraph as ox

    from kg.sparql import QueryRequest, execute
    from kg.sparql_worker import WorkerPool
    from kg.store import open_store
    from kg import queries

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = Path(tmp)
        quads, docs, build_s = build(folder, size)
        location = str(folder / "store")
        st = open_store(location, read_only=True)
        rng = random.Random(11)
        people = max(200, size // 150)
        names = [person_name(rng.randrange(people)) for _ in range(40 if args.quick else 100)]
        names = [n for n in names if list(st.query("SELECT ?label WHERE { ?e <https://schema.org/name> ?label }", bindings={"label": ox.Literal(n)}))][:30]
        report = {"triples": quads, "documents": docs, "build_seconds": round(build_s, 1), "entity_queries": {}, "aggregates": {}}
        entity = {"designations-of": "person", "timeline": "entity", "neighbourhood": "entity", "statements-of": "speaker"}
        for name, param in entity.items():
            times = []
            for n in names:
                req = QueryRequest(saved=name, params={param: n}, fmt="json")
                execute(st, req)  # warm
                times += timed(lambda: execute(st, req), 3)
            report["entity_queries"][name] = {"median_ms": round(statistics.median(times), 2), "p90_ms": round(sorted(times)[int(len(times) * 0.9)], 2), "runs": len(times)}
        raw = st.raw
        for name in ("designations-per-statute", "abuse-types", "documents"):
            text = queries.get(name).text
            req = QueryRequest(saved=name, fmt="json", limit=10**9)
            execute(st, req)
            kg_ms = timed(lambda: execute(st, req), 5)
            bare_ms = timed(lambda: [tuple(r) for r in raw.query(text, use_default_graph_as_union=True)], 5)
            k, b = statistics.median(kg_ms), statistics.median(bare_ms)
            report["aggregates"][name] = {"kg_ms": round(k, 1), "bare_pyoxigraph_ms": round(b, 1), "ratio": round(k / b, 3)}
        st.close()
        with WorkerPool(location, size=1) as pool:
            req = QueryRequest(saved="designations-of", params={"person": names[0]}, fmt="json")
            pool.run(req, timeout=60)
            worker = timed(lambda: pool.run(req, timeout=60), 20)
        report["worker_process_median_ms"] = round(statistics.median(worker), 2)
    budget_ok = all(v["median_ms"] < 50 for v in report["entity_queries"].values()) and all(v["ratio"] <= 1.2 for v in report["aggregates"].values())
    report["within_budget"] = budget_ok
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{quads:,} quads, {docs:,} documents, built and bulk-loaded in {build_s:.1f} s")
        print("entity-centred saved queries (budget: median < 50 ms)")
        for k, v in report["entity_queries"].items():
            print(f"  {k:<18} median {v['median_ms']:7.2f} ms   p90 {v['p90_ms']:7.2f} ms   ({v['runs']} runs)")
        print("whole-graph aggregates vs bare pyoxigraph (budget: ratio <= 1.2)")
        for k, v in report["aggregates"].items():
            print(f"  {k:<26} kg {v['kg_ms']:8.1f} ms   bare {v['bare_pyoxigraph_ms']:8.1f} ms   ratio {v['ratio']:.3f}")
        print(f"through a worker process (kg serve / kg query): median {report['worker_process_median_ms']} ms")
        print("within budget" if budget_ok else "OVER BUDGET")
    return report


if __name__ == "__main__":
    main()
