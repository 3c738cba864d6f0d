"""Scoring extracted claims against gold annotations (the matching rules of the claims contract).

A gold file ``NAME.gold.json`` lists the document's entities (names, aliases,
Wikidata IDs) and its claims, whose roles name those entities; a role may
accept several entities, and ``null`` among them means leaving the role out is
also right. A predicted entity matches a gold one by Wikidata ID, or when its
name, case-folded, without punctuation, possessive ``'s`` and the words
``the his her their its of mr mrs ms``, has the same set of words as one of the
aliases. Predicted claims are paired one-to-one (maximum bipartite matching)
with gold claims of the same type whose key roles all match; gold claims marked
``optional`` count neither as missed nor, when matched, as false.

A missed gold claim and a false prediction of the same type and document that
agree on every key role but one are also reported as a *near miss* on that
role. The score is unchanged; the count says how much of the loss is a wrong
name or statute on a fact that was found (the extractor named the target
"Moreno" where the gold says "Hugo Velázquez Moreno"), rather than a fact never
found, which calls for a different fix.

>>> sorted(words("Mr. Kadyrov's wife"))
['kadyrov', 'wife']
>>> prf(3, 1, 1)
(0.75, 0.75, 0.75)
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import ontology
from kg.errors import InvalidInput
from kg.goldfile import read_gold_file

STOP_WORDS = frozenset("the his her their its of mr mrs ms".split())
CODE_ROLES = frozenset({"abuse_type", "measure", "relation", "finding"})
DATE_ROLES = frozenset({"date", "start", "end"})
TEXT_ROLES = frozenset({"role"})
# Roles scored for slot accuracy (the non-key roles of the contract's table).
OTHER_ROLES = {
    "position": ("role", "start", "end"),
    "sanction": ("authority", "measure", "date"),
    "abuse": ("victim", "location", "date"),
    "investigation": ("target", "date", "finding"),
    "denial": ("date",),
    "statement": ("date",),
    "family": ("relation",),
}


def words(name: str) -> frozenset[str]:
    """The comparable word set of a name."""
    s = name.casefold().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    return frozenset(w for w in re.split(r"[^\w]+", s) if w and w not in STOP_WORDS)


def _name(value) -> str:
    if isinstance(value, dict):
        return value.get("name") or ""
    return "" if value is None else str(value)


def _alternatives(value) -> list:
    return value if isinstance(value, list) else [value]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def key_roles() -> dict[str, tuple[str, ...]]:
    """Key roles per claim type, from the ontology (``kg:keyRole``)."""
    return dict(ontology.get().key_roles)


@dataclass
class GoldDoc:
    id: str
    entities: dict
    claims: list
    text: str | None

    @classmethod
    def read(cls, path: Path) -> "GoldDoc":
        data = read_gold_file(path)
        txt = path.with_name(data["doc"] + ".txt")
        text = txt.open(encoding="utf-8", newline="").read() if txt.exists() else None
        return cls(data["doc"], data.get("entities", {}), data.get("claims", []), text)

    def __post_init__(self):
        self._aliases = {eid: {words(n) for n in e.get("names", [])} for eid, e in self.entities.items()}
        self._qids = {eid: e.get("wikidata") for eid, e in self.entities.items()}

    def entity_matches(self, pred, eid) -> bool:
        if isinstance(pred, dict):
            if pred.get("wikidata") and pred["wikidata"] == self._qids.get(eid):
                return True
            pred = pred.get("name") or ""
        if not isinstance(pred, str):
            return False
        return words(pred) in self._aliases.get(eid, ())

    def readable(self, claim: dict) -> dict:
        """A gold claim with entity ids replaced by the entities' first names (for error listings)."""
        def name(v):
            if isinstance(v, list):
                return [name(x) for x in v]
            ent = self.entities.get(v) if isinstance(v, str) else None
            return (ent.get("names") or [v])[0] if ent else v
        return {k: (name(v) if k not in ("type", "optional", "evidence") else v) for k, v in claim.items()}

    def role_matches(self, role: str, pred, gold) -> bool | None:
        """True/False, or None when gold says nothing about the role (not scored)."""
        if gold is None:
            return None
        if pred is None:
            return None in _alternatives(gold)
        for g in _alternatives(gold):
            if g is None:
                continue
            if role in CODE_ROLES:
                ok = pred == g
            elif role in DATE_ROLES:
                ok = str(pred).startswith(str(g)) or str(g).startswith(str(pred))
            elif role in TEXT_ROLES:
                ok = words(_name(pred)) == words(str(g))
            else:
                ok = self.entity_matches(pred, g)
            if ok:
                return True
        return False


def max_matching(ok: list[list[bool]], n_gold: int) -> dict[int, int]:
    """Maximum bipartite matching pred -> gold (augmenting paths); returns {pred index: gold index}."""
    owner: list[int | None] = [None] * n_gold

    def augment(p: int, seen: set) -> bool:
        for g in range(n_gold):
            if ok[p][g] and g not in seen:
                seen.add(g)
                if owner[g] is None or augment(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in range(len(ok)):
        augment(p, set())
    return {p: g for g, p in enumerate(owner) if p is not None}


@dataclass
class Score:
    docs: int = 0
    tally: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    slots: list = field(default_factory=lambda: [0, 0])
    slot_roles: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # "sanction.date" -> [right, scored]
    spans: list = field(default_factory=lambda: [0, 0])
    unscored: dict = field(default_factory=lambda: defaultdict(int))
    unreadable: int = 0
    near: dict = field(default_factory=lambda: defaultdict(int))

    def summary(self) -> dict:
        per_type = {}
        for t, (tp, fp, fn) in sorted(self.tally.items()):
            p, r, f = prf(tp, fp, fn)
            per_type[t] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
        tot = [sum(v[i] for v in self.tally.values()) for i in range(3)]
        p, r, f = prf(*tot)
        return {
            "docs": self.docs,
            "overall": {"tp": tot[0], "fp": tot[1], "fn": tot[2], "precision": p, "recall": r, "f1": f},
            "per_type": per_type,
            "slot_accuracy": self.slots[0] / self.slots[1] if self.slots[1] else None,
            "slot_accuracy_per_role": {k: {"right": a, "scored": n, "accuracy": a / n} for k, (a, n) in sorted(self.slot_roles.items())},
            "evidence_exact": self.spans[0] / self.spans[1] if self.spans[1] else None,
            "unscored": dict(self.unscored),
            "unreadable_lines": self.unreadable,
            "near_misses": dict(sorted(self.near.items())),
        }


def near_misses(gold: GoldDoc, kroles: tuple[str, ...], missed: list[dict], false: list[dict]) -> list[tuple[int, int, str]]:
    """Pairs (missed index, false index, role) that agree on every key role but ``role``.

    Greedy, each claim used once: a diagnostic, not part of the score.
    """
    if len(kroles) < 2:
        return []
    out, used = [], set()
    for gi, g in enumerate(missed):
        for pi, p in enumerate(false):
            if pi in used:
                continue
            differ = [r for r in kroles if not gold.role_matches(r, p.get(r), g.get(r))]
            if len(differ) == 1:
                out.append((gi, pi, differ[0]))
                used.add(pi)
                break
    return out


def _dedupe(claims: list[dict], keys: tuple[str, ...]) -> list[dict]:
    seen, out = set(), []
    for c in claims:
        k = tuple(str(c.get(r)) if r in CODE_ROLES else words(_name(c.get(r))) for r in keys)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _error(doc_id: str, kind: str, ctype: str, claim: dict, near: tuple | None) -> dict:
    e = {"doc": doc_id, "kind": kind, "type": ctype, "claim": claim}
    if near:
        e["near"] = {"role": near[0], "other": near[1]}
    return e


def _slot_error(doc_id: str, ctype: str, claim: dict, role: str, gold_value) -> dict:
    """A found claim whose non-key role is wrong: the F1 counts it right, a reader of the graph sees the wrong date or victim."""
    e = _error(doc_id, "slot", ctype, claim, None)
    e["slot"] = {"role": role, "predicted": _name(claim.get(role)) if claim.get(role) is not None else None, "gold": gold_value}
    return e


def score_docs(gold_docs: Iterable[GoldDoc], predictions: Iterable[dict], unreadable: int = 0,
               errors: list | None = None) -> dict:
    """Score claim dicts (the JSONL view) against gold documents; returns the summary dict.

    When ``errors`` is a list, every missed gold claim (``kind: "fn"``), every
    false prediction (``kind: "fp"``) and every found claim with a wrong
    non-key role (``kind: "slot"``) is appended to it, for error analysis.
    """
    keys = key_roles()
    golds = {g.id: g for g in gold_docs}
    preds: dict[str, list[dict]] = defaultdict(list)
    for c in predictions:
        preds[c.get("doc")].append(c)
    sc = Score(docs=len(golds), unreadable=unreadable)
    for doc_id, gold in golds.items():
        got = preds.get(doc_id, [])
        for c in got:
            for ev in c.get("evidence") or [{}]:
                sc.spans[1] += 1
                try:
                    sc.spans[0] += bool(gold.text is not None and ev["text"] and gold.text[ev["start"]:ev["end"]] == ev["text"])
                except (KeyError, TypeError):
                    pass
            if c.get("type") not in keys:
                sc.unscored[str(c.get("type"))] += 1
        for ctype, kroles in keys.items():
            gclaims = [g for g in gold.claims if g.get("type") == ctype]
            pclaims = _dedupe([c for c in got if c.get("type") == ctype], kroles)
            ok = [[all(gold.role_matches(r, p.get(r), g.get(r)) for r in kroles) for g in gclaims] for p in pclaims]
            pairs = max_matching(ok, len(gclaims))
            matched = set(pairs.values())
            missed = [gi for gi, g in enumerate(gclaims) if gi not in matched and not g.get("optional")]
            false = [pi for pi in range(len(pclaims)) if pi not in pairs]
            near = {}  # index into gclaims / pclaims -> (role, the other claim)
            for a, b, role in near_misses(gold, kroles, [gclaims[gi] for gi in missed], [pclaims[pi] for pi in false]):
                gi, pi = missed[a], false[b]
                sc.near[f"{ctype}.{role}"] += 1
                near[("g", gi)] = (role, _name(pclaims[pi].get(role)))
                near[("p", pi)] = (role, gold.readable(gclaims[gi]).get(role))
            t = sc.tally[ctype]
            for pi, p in enumerate(pclaims):
                if pi not in pairs:
                    t[1] += 1
                    if errors is not None:
                        errors.append(_error(doc_id, "fp", ctype, p, near.get(("p", pi))))
                    continue
                g = gclaims[pairs[pi]]
                if g.get("optional"):
                    continue
                t[0] += 1
                for r in OTHER_ROLES.get(ctype, ()):
                    m = gold.role_matches(r, p.get(r), g.get(r))
                    if m is not None:
                        sc.slots[0] += m
                        sc.slots[1] += 1
                        sc.slot_roles[f"{ctype}.{r}"][0] += m
                        sc.slot_roles[f"{ctype}.{r}"][1] += 1
                    if m is False and errors is not None:
                        errors.append(_slot_error(doc_id, ctype, p, r, gold.readable(g).get(r)))
            t[2] += len(missed)
            if errors is not None:
                errors.extend(_error(doc_id, "fn", ctype, gold.readable(gclaims[gi]), near.get(("g", gi))) for gi in missed)
    for doc_id, claims in preds.items():
        if doc_id not in golds:
            sc.unscored[f"<doc without gold: {doc_id}>"] += len(claims)
    return sc.summary()


def _confidence(row: dict) -> float:
    """A row's confidence; a row without a number there (another tool's output) counts as certain."""
    try:
        return float(row["confidence"])
    except (KeyError, TypeError, ValueError):
        return 1.0


def confident(rows: Iterable[dict], threshold: float) -> list[dict]:
    """The predicted claims whose confidence is at least ``threshold``."""
    return [r for r in rows if _confidence(r) >= threshold]


def confidence_curve(gold_docs: Iterable[GoldDoc], predictions: Iterable[dict]) -> list[dict]:
    """Precision, recall and F1 when only claims at or above each confidence the predictions use are kept.

    Why: an extractor's claims are not equally sure. Investigators who must not
    print a false perpetrator keep the top of the curve; researchers who triage
    leads keep all of it. The curve shows what each threshold costs.
    """
    golds, rows = list(gold_docs), list(predictions)
    # levels to three decimals (an LLM's many confidences make a readable table), and each row compared at its
    # level: kept unrounded, 0.3336 would fall below its own level 0.334
    rounded = [(round(_confidence(r), 3), r) for r in rows]
    curve = []
    for level in sorted({c for c, _ in rounded}, reverse=True):
        kept = [r for c, r in rounded if c >= level]
        o = score_docs(golds, kept)["overall"]
        curve.append({"min_confidence": level, "claims": len(kept), **{k: o[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")}})
    return curve


def format_curve(curve: list[dict]) -> str:
    lines = ["min confidence  claims    tp    fp    fn     P     R    F1"]
    for c in curve:
        lines.append(f"{c['min_confidence']:>14.3f} {c['claims']:>7} {c['tp']:>5} {c['fp']:>5} {c['fn']:>5}"
                     f"  {c['precision']:.2f}  {c['recall']:.2f}  {c['f1']:.2f}")
    return "\n".join(lines)


def per_doc(gold_docs: Iterable[GoldDoc], predictions: Iterable[dict]) -> dict[str, dict]:
    """Each document scored on its own (its ``overall`` counts), so the weakest texts can be read first."""
    preds: dict[str, list[dict]] = defaultdict(list)
    for c in predictions:
        preds[c.get("doc")].append(c)
    return {g.id: score_docs([g], preds.get(g.id, []))["overall"] for g in gold_docs}


def _rows(label: str, rows: Iterable[tuple[str, dict]], width: int) -> list[str]:
    """A header and one P/R/F1/tp/fp/fn line per (name, counts), the name in a column ``width`` wide."""
    lines = [f"{label:<{width}}{'P':>6}{'R':>6}{'F1':>6}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for k, v in rows:
        lines.append(f"{k[:width - 1]:<{width}}{v['precision']:6.2f}{v['recall']:6.2f}{v['f1']:6.2f}{v['tp']:5}{v['fp']:5}{v['fn']:5}")
    return lines


def format_by_doc(docs: dict[str, dict]) -> str:
    return "\n".join(_rows("document", sorted(docs.items(), key=lambda kv: (kv[1]["f1"], kv[0])), 44))


def read_gold(folder: str | Path) -> list[GoldDoc]:
    return [GoldDoc.read(p) for p in sorted(Path(folder).glob("*.gold.json"))]


def read_predictions(path: str | Path, docs: Iterable[str] | None = None) -> tuple[list[dict], int]:
    """The claims of a claims JSONL file and the number of lines that are no claim.

    A file in which no line is a claim (the wrong file given to --pred), an
    empty one (a `kg claims` run that failed), or one whose claims are all about
    documents other than ``docs`` (the gold set's) is refused: scored, it would
    read as an extractor that found nothing.
    """
    from kg.documents import decode_text

    path = Path(path)
    rows, bad = [], 0
    for line in decode_text(path.read_bytes(), path).splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            row["doc"]
            rows.append(row)
        except (ValueError, KeyError, TypeError):
            bad += 1
    if bad and not rows:
        raise InvalidInput(f"{path}: no line is a claim (expected claims JSONL, as `kg claims` writes)")
    if not rows:
        raise InvalidInput(f"{path}: no claims in this file (`kg claims` writes one line per claim)")
    named = sorted({str(row["doc"]) for row in rows})
    if docs is not None and not set(named) & set(docs):
        shown = ", ".join(named[:3]) + (", ..." if len(named) > 3 else "")
        raise InvalidInput(f"{path}: no claim is about a document of the gold set (the file's documents: {shown})")
    return rows, bad


def predict(folder: str | Path, extractor: str = "rules", on_failure=None, entities: dict | None = None) -> list[dict]:
    """Run an extractor over the gold folder's texts and return the claims JSONL rows.

    A text the extractor fails on is scored as finding nothing in it, and its
    one-line report goes to ``on_failure`` (the CLI prints it on stderr). When
    ``entities`` is a dict, each document's predicted entities are put in it
    (document id -> :func:`kg.entity_eval.entity_rows`)."""
    from kg.claimsjson import claim_dicts
    from kg.documents import read_document
    from kg.extract import get_extractor
    from kg.extract.base import extract_each

    ex = get_extractor(extractor)
    paths = [p.with_name(p.name[: -len(".gold.json")] + ".txt") for p in sorted(Path(folder).glob("*.gold.json"))]
    for p in paths:
        if not p.exists():  # scoring on would count every claim of that file as missed
            raise InvalidInput(f"{p.with_suffix('.gold.json')}: no {p.name} next to it to extract claims from")
    docs = [read_document(p) for p in paths]
    rows = []
    for _doc, extraction, error in extract_each(ex, docs):
        if error is not None:
            if on_failure is not None:
                on_failure(error)
            continue
        rows.extend(claim_dicts(extraction))
        if entities is not None:
            from kg.entity_eval import entity_rows

            entities[extraction.doc.id] = entity_rows(extraction)
    return rows


def format_errors(errors: list[dict], types: Iterable[str] | None = None) -> str:
    """One line per error: kind, doc, type and the key/other roles (plus the first evidence text of a prediction)."""
    keep = set(types) if types else None
    lines = []
    for e in sorted(errors, key=lambda e: (e["type"], e["kind"], e["doc"])):
        if keep and e["type"] not in keep:
            continue
        c = e["claim"]
        roles = {k: (_name(v) if isinstance(v, dict) else v) for k, v in c.items()
                 if k not in ("doc", "type", "evidence", "confidence", "status", "optional", "id") and v is not None}
        line = f"{e['kind'].upper()} {e['type']:<13} {e['doc'][:28]:<28} {json.dumps(roles, ensure_ascii=False)}"
        if e.get("slot"):
            sl = e["slot"]
            line += f"\n      ! {sl['role']}: predicted {json.dumps(sl['predicted'], ensure_ascii=False)}, gold says {json.dumps(sl['gold'], ensure_ascii=False)}"
        if e.get("near"):
            side = "gold says" if e["kind"] == "fp" else "predicted"
            line += f"\n      ~ near miss on {e['near']['role']}: {side} {json.dumps(e['near']['other'], ensure_ascii=False)}"
        if e["kind"] in ("fp", "slot") and c.get("evidence"):
            line += "\n      | " + " ".join(str(c["evidence"][0].get("text", "")).split())[:200]
        lines.append(line)
    return "\n".join(lines)


def format_table(s: dict) -> str:
    lines = _rows("type", list(s["per_type"].items()) + [("OVERALL", s["overall"])], 14)
    fmt = lambda x: "n/a" if x is None else f"{x:.2f}"  # noqa: E731
    lines.append(f"slot accuracy {fmt(s['slot_accuracy'])}  evidence exact {fmt(s['evidence_exact'])}  docs {s['docs']}")
    roles = s.get("slot_accuracy_per_role") or {}
    if roles:
        # the slots a user reads most (a designation's date, an abuse's victim) are wrong in their own ways
        lines.append("slot accuracy per role: " + ", ".join(f"{k} {v['accuracy']:.2f} ({v['right']}/{v['scored']})" for k, v in roles.items()))
    if s.get("near_misses"):
        n = sum(s["near_misses"].values())
        lines.append(f"near misses (one key role differs) {n}: "
                     + ", ".join(f"{k} {v}" for k, v in sorted(s["near_misses"].items(), key=lambda kv: -kv[1])))
    if s["unscored"]:
        lines.append("unscored: " + json.dumps(s["unscored"], sort_keys=True))
    if s["unreadable_lines"]:
        lines.append(f"unreadable lines: {s['unreadable_lines']}")
    return "\n".join(lines)
