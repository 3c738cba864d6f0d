"""Scoring the entities an extractor makes against the entities of gold files.

The claims score says whether facts were found; it does not say whether a
prison the text names became a body rather than a person, or whether "the
Speaker" and "Anita Among" were merged into one node. Users of the graph meet
those errors first (a node typed wrong is drawn and exported wrong), so
``kg eval --entities`` measures them on their own:

- *found*: a gold entity one of whose names occurs in the text is found when a
  predicted entity has its Wikidata ID or one of its names (compared as word
  sets, as claims are);
- *typed right*: of the found, those whose predicted entity (the one with the
  most mentions among those matching) is of the same broad kind: a person, a
  body (government body, organisation, armed group, group of people), a place,
  a law or programme, a medium;
- *split*: found entities that two or more predicted entities match (the text
  calls one person or body by names the extractor did not join).

Gold files list the entities their claims use and, by the corpus' convention,
every other person, body and place the text names; an entity that appears in
no claim is scored all the same, since every name becomes a node.

>>> kind_of("GovernmentBody"), kind_of("Country"), kind_of("Statute"), kind_of("Spaceship")
('body', 'place', 'law', 'other')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kg.evaluate import GoldDoc, words

# Broad kinds of the ontology's entity classes and of the type names gold files use ("Program", "NGO"): a user reading
# the graph cares whether a node is a person, a body or a place, less whether a body is a government's or not (the
# corpus' annotators do not always agree on that either).
KINDS = {
    "Person": "person",
    "GovernmentBody": "body", "Organization": "body", "ArmedGroup": "body", "NGO": "body", "Group": "body",
    "Country": "place", "Region": "place", "Place": "place",
    "Statute": "law", "SanctionsProgram": "law", "LegalInstrument": "law", "Program": "law", "Document": "law",
    "Medium": "medium", "Platform": "medium",
}


def kind_of(typ: str | None) -> str:
    return KINDS.get(typ or "", "other")


def entity_rows(extraction) -> list[dict]:
    """The predicted entities of one extraction, as plain rows (name, type, Wikidata ID, every name, mention count)."""
    return [{"name": e.name, "type": e.type, "wikidata": e.wikidata, "names": sorted({e.name, *e.aliases}),
             "mentions": len(e.mentions)} for e in extraction.entities.values()]


def score_entities(gold_docs: Iterable[GoldDoc], predicted: dict[str, list[dict]], errors: list | None = None) -> dict:
    """Found / typed-right / split counts per broad kind over the gold documents.

    ``predicted`` maps a document id to its :func:`entity_rows`. With ``errors`` a list, each missed
    (``kind: "miss"``), mistyped (``"type"``) and split (``"split"``) gold entity is appended to it."""
    tally: dict[str, Counter] = {}
    for gold in gold_docs:
        rows = predicted.get(gold.id, [])
        sets = [{words(n) for n in r["names"]} for r in rows]
        for eid, ent in gold.entities.items():
            names = [n for n in ent.get("names", []) if n]
            if gold.text is None or not any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", gold.text) for n in names):
                continue  # not named in the text (a country a claim implies): nothing to find
            kind = kind_of(ent.get("type"))
            t = tally.setdefault(kind, Counter())
            t["gold"] += 1
            want = {words(n) for n in names}
            hits = [r for r, s in zip(rows, sets) if (ent.get("wikidata") and r.get("wikidata") == ent.get("wikidata")) or s & want]
            label = names[0]
            if not hits:
                if errors is not None:
                    errors.append({"kind": "miss", "doc": gold.id, "entity": label, "gold_type": ent.get("type")})
                continue
            t["found"] += 1
            best = max(hits, key=lambda r: r["mentions"])
            if kind_of(best["type"]) == kind:
                t["typed"] += 1
            elif errors is not None:
                errors.append({"kind": "type", "doc": gold.id, "entity": label, "gold_type": ent.get("type"),
                               "predicted": best["type"], "as": best["name"]})
            if len(hits) > 1:
                t["split"] += 1
                if errors is not None:
                    errors.append({"kind": "split", "doc": gold.id, "entity": label, "gold_type": ent.get("type"),
                                   "into": sorted(r["name"] for r in hits)})
    total = sum(tally.values(), Counter())

    def summary(t: Counter) -> dict:
        return {"gold": t["gold"], "found": t["found"], "typed_right": t["typed"], "split": t["split"],
                "recall": t["found"] / t["gold"] if t["gold"] else None,
                "type_accuracy": t["typed"] / t["found"] if t["found"] else None}

    return {"per_kind": {k: summary(tally[k]) for k in sorted(tally)}, "overall": summary(total)}


def format_entity_table(s: dict) -> str:
    fmt = lambda x: "n/a" if x is None else f"{x:.2f}"  # noqa: E731
    lines = [f"{'entities':<10} {'found':>6} {'typed':>6} {'split':>6} {'gold':>6}"]
    for k, v in [*s["per_kind"].items(), ("OVERALL", s["overall"])]:
        lines.append(f"{k:<10} {fmt(v['recall']):>6} {fmt(v['type_accuracy']):>6} {v['split']:>6} {v['gold']:>6}")
    return "\n".join(lines)


def format_entity_errors(errors: list[dict]) -> str:
    lines = []
    for e in sorted(errors, key=lambda e: (e["kind"], e["doc"], e["entity"])):
        head = f"ENT-{e['kind'].upper():<5} {e['doc'][:28]:<28} {e['entity']!r} ({e['gold_type']})"
        if e["kind"] == "type":
            head += f": predicted {e['predicted']} as {e['as']!r}"
        elif e["kind"] == "split":
            head += ": " + " | ".join(e["into"])
        lines.append(head)
    return "\n".join(lines)
