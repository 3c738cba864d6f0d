"""Reading a gold file and checking it against the claims contract before anything is scored.

A gold file with a typo scores silently wrong: a claim whose ``target`` names
an entity id the file never defines can match nothing, so it turns into a miss
the extractor is blamed for, and a misspelt code (``torure``) does the same.
Scoring users' own gold is the point of ``kg eval``, so a file that cannot be
read or that breaks the contract is refused with its name and the first few
problems, on one line, rather than scored.

What is checked comes from the ontology (claim types, key roles, which roles
hold entities, codes or dates, and each code scheme's notations), so a new
claim type or code needs no change here.

>>> gold_problems({"doc": "a", "entities": {"x": {"type": "Person", "names": ["X"]}},
...                "claims": [{"type": "abuse", "perpetrator": "y", "abuse_type": "torure"}]})
["claim 1 (abuse): perpetrator 'y' is not an entity of the file", "claim 1 (abuse): abuse_type 'torure' is not a code of AbuseTypes"]
"""

from __future__ import annotations

from pathlib import Path

from kg import ontology
from kg.errors import InvalidInput
from kg.jsonfile import read_json
from kg.model import ISO_DATE_PREFIX_RE

# Claim fields that are not roles of the contract.
NOT_ROLES = frozenset({"type", "optional", "evidence", "id", "note", "status", "confidence"})
SHOWN = 3  # problems named in the error line; the rest are counted


def read_gold_file(path: Path) -> dict:
    """The parsed gold file, or :class:`InvalidInput` naming the file and what is wrong with it."""
    data = read_json(path)
    problems = gold_problems(data)
    if problems:
        more = f" (and {len(problems) - SHOWN} more)" if len(problems) > SHOWN else ""
        raise InvalidInput(f"{path}: {'; '.join(problems[:SHOWN])}{more}")
    return data


def gold_problems(data) -> list[str]:
    """Every way ``data`` breaks the gold format of the claims contract, in file order; empty when it is sound."""
    if not isinstance(data, dict):
        return ["not a JSON object with doc, entities and claims"]
    out = []
    if not isinstance(data.get("doc"), str) or not data.get("doc"):
        out.append("no \"doc\" (the text's file name without .txt)")
    entities = data.get("entities", {})
    claims = data.get("claims", [])
    if not isinstance(entities, dict):
        return out + ["\"entities\" is not an object of id -> {type, names}"]
    if not isinstance(claims, list):
        return out + ["\"claims\" is not a list"]
    for eid, e in entities.items():
        names = e.get("names") if isinstance(e, dict) else None
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            out.append(f"entity {eid!r} has no list of names")
    onto = ontology.get()
    for i, claim in enumerate(claims, 1):
        out.extend(f"claim {i}{_label(claim)}: {p}" for p in _claim_problems(claim, entities, onto))
    return out


def _label(claim) -> str:
    return f" ({claim['type']})" if isinstance(claim, dict) and isinstance(claim.get("type"), str) else ""


def _claim_problems(claim, entities: dict, onto) -> list[str]:
    if not isinstance(claim, dict):
        return ["not an object"]
    ctype = claim.get("type")
    if ctype not in onto.claim_types:
        return [f"type {ctype!r} is not one of {', '.join(sorted(onto.claim_types))}"]
    out = [f"key role {r} is missing" for r in onto.key_roles[ctype] if r not in claim]
    # The scorer reads a bare null as "gold says nothing" and never pairs such a
    # claim; "unstated is also right" is spelled [null] (CLAIMS.md).
    out += [f"key role {r} is a bare null (write [null]: unstated is acceptable)"
            for r in onto.key_roles[ctype] if r in claim and claim[r] is None]
    for role, value in claim.items():
        if role in NOT_ROLES:
            continue
        spec = onto.roles.get(role)
        if spec is None:
            out.append(f"{role} is not a role of the contract")
            continue
        for v in value if isinstance(value, list) else [value]:
            if v is None:
                continue
            problem = _value_problem(spec, v, entities, onto)
            if problem:
                out.append(f"{role} {v!r} {problem}")
    return out


def _value_problem(spec, v, entities: dict, onto) -> str | None:
    if spec.kind == "text":
        return None if isinstance(v, str) else "is not text"
    if not isinstance(v, str):
        return "is not a string"
    if spec.kind == "entity":
        return None if v in entities else "is not an entity of the file"
    if spec.kind == "code":
        return None if onto.concept(spec.name, v) is not None else f"is not a code of {str(spec.scheme).rsplit('#', 1)[-1]}"
    if spec.kind == "date":
        return None if ISO_DATE_PREFIX_RE.fullmatch(v) else "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    return None
