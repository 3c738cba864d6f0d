"""Running a linker against the store: load entities, suggest, judge, expand, write one graph atomically."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field

from kg.link.base import Candidate, Judgement, judge
from kg.link.records import OWL_SAMEAS, SKOS_EXACT, link_quads, load_decisions, load_entities, write_graph

log = logging.getLogger(__name__)


@dataclass
class LinkResult:
    source: str
    candidates: list[Candidate] = field(default_factory=list)
    quads: int = 0

    def count(self, status: str) -> int:
        return sum(1 for c in self.candidates if c.status == status)

    def summary(self) -> str:
        return f"{self.source}: {self.count('accepted')} accepted, {self.count('candidate')} candidates, {self.count('rejected')} rejected"


def judge_all(candidates: list[Candidate], decisions) -> list[Candidate]:
    by_entity: dict[str, list[Candidate]] = defaultdict(list)
    best: dict[tuple[str, str], Candidate] = {}
    for c in candidates:  # one candidate per (entity, record): keep the best-scoring reading
        key = (c.entity, c.external_iri)
        if key not in best or c.score > best[key].score:
            best[key] = c
    for c in best.values():
        by_entity[c.entity].append(c)
    out = []
    for group in by_entity.values():
        out += judge(group, decisions)
    return out


def link_predicate(source: str):
    return OWL_SAMEAS if source in ("wikidata", "resolution") else SKOS_EXACT


def run(store, linker, *, candidates: list[Candidate] | None = None, extra_triples=(), activity=None) -> LinkResult:
    """Match every graph entity with ``linker`` (unless ``candidates`` are given) and replace its links graph."""
    source = linker.SOURCE
    if candidates is None:
        entities = load_entities(store)
        if hasattr(linker, "match_all"):
            candidates = linker.match_all(entities)
        else:
            candidates = [c for ent in entities for c in linker.match(ent)]
    judged = judge_all(candidates, load_decisions(store, source))
    if hasattr(linker, "post_judge"):
        judged = linker.post_judge(judged)
    triples = list(extra_triples)
    pred = link_predicate(source)
    for cand in judged:
        triples += link_quads(cand, pred)
        if cand.judgement is not Judgement.NEGATIVE:
            triples += list(linker.expand(cand))
    result = LinkResult(source, judged)
    result.quads = write_graph(store, source, triples, activity)
    log.info(result.summary())
    return result
