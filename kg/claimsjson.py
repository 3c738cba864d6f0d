"""The flat claims JSONL view of an extraction (the scoring contract, not the storage model).

One JSON object per event: ``doc``, ``type``, its roles, ``status``,
``confidence``, ``evidence``. Entity roles become ``{"name", "wikidata"}``
objects (or the bare name when no Wikidata ID is known). Output is sorted and
stable so golden files can compare it byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from kg import ontology
from kg.model import Extraction


def claim_dicts(ex: Extraction) -> Iterator[dict]:
    roles = ontology.get().roles
    rows = []
    for claim in ex.claims:
        row: dict = {"doc": ex.doc.id, "type": claim.type}
        for name, value in sorted(claim.roles.items()):
            if value is None:
                continue
            role = roles.get(name)
            if role is not None and role.kind == "entity":
                ent = ex.entities[value]
                row[name] = {"name": ent.name, "wikidata": ent.wikidata} if ent.wikidata else ent.name
            else:
                row[name] = value
        if claim.status:
            row["status"] = claim.status
        row["confidence"] = round(claim.confidence, 3)
        row["evidence"] = [{"start": s.start, "end": s.end, "text": s.text} for s in sorted(set(claim.evidence))]
        rows.append(row)
    rows.sort(key=lambda r: (r["type"], r["evidence"][0]["start"] if r["evidence"] else -1, json.dumps(r, sort_keys=True)))
    yield from rows


# Characters that str.splitlines() and some JSONL readers treat as line breaks: escaped, so one claim stays one line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def to_jsonl(ex: Extraction) -> str:
    out = []
    for r in claim_dicts(ex):
        line = json.dumps(r, ensure_ascii=False)
        for ch, esc in _LINE_BREAKS.items():
            line = line.replace(ch, esc)
        out.append(line + "\n")
    return "".join(out)
