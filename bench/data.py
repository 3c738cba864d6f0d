"""Synthetic graphs in the real shape, made by the real RDF conversion (kg.rdf).

Documents name people, bodies, places and statutes drawn from shared pools,
so entities recur across documents the way they do in a news archive, and
each document carries designations, allegations and positions with evidence.
"""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox

from bench.common import CACHE
from kg.model import Claim, Document, Entity, Extraction, Span
from kg.rdf import extraction_quads

STATUTES = [
    ("Section 7031(c)", "https://w3id.org/rightsgraph/id/statute/us-sfops-7031c"),
    ("E.O. 13818", "https://w3id.org/rightsgraph/id/statute/us-eo-13818"),
    ("Global Magnitsky Act", "https://w3id.org/rightsgraph/id/statute/us-global-magnitsky"),
    ("Magnitsky Act", "https://w3id.org/rightsgraph/id/statute/us-magnitsky-2012"),
]
ABUSES = ["torture", "extrajudicial_killing", "arbitrary_detention", "enforced_disappearance", "persecution", "corruption"]


def person(i: int) -> str:
    return f"Person {i:06d} Example"


def synthetic_extraction(i: int, rng: random.Random, people: int) -> Extraction:
    sentences = []
    ents: dict[str, Entity] = {}
    claims: list[Claim] = []

    def mention(key, name, type_, iri=None):
        ents.setdefault(key, Entity(key, name, type_, iri=iri, aliases={name}))

    pos = 0
    for j in range(6):
        target = person(rng.randrange(people))
        body = f"Ministry of Interior {rng.randrange(200)}"
        statute, statute_iri = rng.choice(STATUTES)
        abuse = rng.choice(ABUSES)
        s = f"{target}, an official of the {body}, was designated under {statute} for {abuse.replace('_', ' ')} on {2015 + j}-0{1 + j % 9}-1{j}. "
        sentences.append(s)
        mention(f"p{j}", target, "Person")
        mention(f"b{j}", body, "GovernmentBody")
        mention(f"s{j}", statute, "Statute", statute_iri)
        text_so_far = "".join(sentences)
        span = Span.of(text_so_far, pos, pos + len(s) - 1)
        claims.append(Claim("sanction", {"target": f"p{j}", "legal_basis": f"s{j}", "authority": "state", "measure": "asset_freeze", "date": f"{2015 + j}"}, [span], "designated", 0.9))
        claims.append(Claim("abuse", {"perpetrator": f"p{j}", "abuse_type": abuse}, [span], "alleged", 0.7))
        claims.append(Claim("position", {"person": f"p{j}", "org": f"b{j}", "role": "official"}, [span], None, 0.8))
        pos += len(s)
    mention("state", "U.S. Department of State", "GovernmentBody")
    text = "".join(sentences)
    doc = Document(id=f"synthetic-{i:07d}", text=text, title=f"Synthetic article {i}", date="2020-01-01")
    return Extraction(doc=doc, extractor="synthetic.v1", entities=ents, claims=claims)


def nquads_file(n_quads: int, seed: int = 7) -> Path:
    """An N-Quads file of about ``n_quads`` quads (cached between runs)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"synthetic-{n_quads}.nq"
    if path.exists():
        return path
    rng = random.Random(seed)
    people = max(100, n_quads // 150)
    written = 0
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as out:
        i = 0
        while written < n_quads:
            quads = extraction_quads(synthetic_extraction(i, rng, people))
            ox.serialize(quads, out, format=ox.RdfFormat.N_QUADS)
            written += len(quads)
            i += 1
    tmp.rename(path)
    return path


def count_quads(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)
