"""Precision and recall of linking (Wikidata, OFAC) and of merges (resolution) on ``data/linking/sample.yml``.

Runs offline: Wikidata against the shipped extract, OFAC against
``data/linking/sdn_sample.xml``. A link counts as predicted only when it is
*accepted* (score at or above the threshold and not ambiguous); candidates
left for review are not predictions. Items marked ``review: true`` (lone
surnames) are scored apart: the right outcome is a candidate, not a link.

Merges are scored over pairs of surface forms of the same type: a pair is
predicted when the resolver would accept merging two entities with those
names; a pair is true when both forms are in one cluster.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

from kg.link.base import GraphEntity, Judgement
from kg.link.run import judge_all
from kg.resources import linking_dir


@dataclass
class Score:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def line(self) -> str:
        return f"{self.name:<12} precision {self.precision:.3f}  recall {self.recall:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass
class Scores:
    parts: list[Score]
    review_ok: int = 0
    review_total: int = 0

    def total(self) -> Score:
        t = Score("linking")
        for p in self.parts:
            if p.name != "resolution":
                t.tp, t.fp, t.fn = t.tp + p.tp, t.fp + p.fp, t.fn + p.fn
        return t

    def lines(self) -> list[str]:
        out = [p.line() for p in self.parts] + [self.total().line()]
        out.append(f"review cases (lone surnames) left as candidates: {self.review_ok}/{self.review_total}")
        for p in self.parts:
            out += [f"  {p.name}: {e}" for e in p.errors]
        return out


def _entity(i: int, item: dict) -> GraphEntity:
    ent = GraphEntity(iri=f"urn:sample:{i}", type=item["type"], name=item["name"])
    if item.get("birth_date"):
        ent.birth_dates.add(str(item["birth_date"]))
    ent.countries |= set(item.get("countries", []))
    ent.programs |= set(item.get("programs", []))
    return ent


def _score_links(name: str, items: list[tuple[int, dict]], candidates, key: str, scores: Scores) -> Score:
    score = Score(name)
    judged = judge_all(candidates, {})
    accepted: dict[str, set[str]] = {}
    proposed: dict[str, set[str]] = {}
    for c in judged:
        proposed.setdefault(c.entity, set()).add(c.external_id)
        if c.judgement is Judgement.POSITIVE:
            accepted.setdefault(c.entity, set()).add(c.external_id)
    for i, item in items:
        iri = f"urn:sample:{i}"
        got = accepted.get(iri, set())
        want = item.get(key)
        want = str(want) if want is not None else None
        if item.get("review"):
            scores.review_total += 1
            if not got and want in proposed.get(iri, set()):
                scores.review_ok += 1
            continue
        for ext in got:
            if ext == want:
                score.tp += 1
            else:
                score.fp += 1
                score.errors.append(f"false link: {item['name']!r} ({item['type']}) -> {ext}, expected {want}")
        if want is not None and want not in got:
            score.fn += 1
            score.errors.append(f"missed: {item['name']!r} ({item['type']}) -> {want} (proposed: {sorted(proposed.get(iri, set())) or 'nothing'})")
    return score


def evaluate(sample: Path | None = None, *, report: Path | None = None) -> Scores:
    from kg.link.ofac import OfacLinker
    from kg.link.records import write_report
    from kg.link.resolve import Resolver, score_pair
    from kg.link.wikidata import make_linker

    path = Path(sample) if sample else linking_dir() / "sample.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = list(enumerate(data.get("items", [])))
    scores = Scores([])
    all_candidates = []

    wd_items = [(i, it) for i, it in items if "wikidata" in it]
    wd = make_linker(offline=True)
    wd_cands = wd.match_all([_entity(i, it) for i, it in wd_items])
    scores.parts.append(_score_links("wikidata", wd_items, wd_cands, "wikidata", scores))
    all_candidates += wd_cands

    ofac_items = [(i, it) for i, it in items if "ofac" in it]
    sdn = path.parent / "sdn_sample.xml"
    ofac_cands = OfacLinker(sdn).match_all([_entity(i, it) for i, it in ofac_items])
    scores.parts.append(_score_links("ofac", ofac_items, ofac_cands, "ofac", scores))
    all_candidates += ofac_cands

    res = Score("resolution")
    resolver = Resolver()
    for type_, clusters in (data.get("clusters") or {}).items():
        forms = [(name, ci) for ci, cluster in enumerate(clusters) for name in cluster]
        for (a, ca), (b, cb) in combinations(forms, 2):
            ea, eb = GraphEntity(f"urn:a:{a}", type_, a), GraphEntity(f"urn:b:{b}", type_, b)
            value, _ = score_pair(ea, eb)
            merged = value >= 0.9
            if merged and ca == cb:
                res.tp += 1
            elif merged:
                res.fp += 1
                res.errors.append(f"false merge: {a!r} + {b!r} ({value:.2f})")
            elif ca == cb:
                res.fn += 1
                res.errors.append(f"missed merge: {a!r} + {b!r} ({value:.2f})")
    del resolver
    scores.parts.append(res)
    if report is not None:
        for c in all_candidates:
            c.label = dict(items)[int(c.entity.rsplit(":", 1)[-1])]["name"]
        write_report(report, judge_all(all_candidates, {}))
    return scores
