"""What the rule specifications share: extract a short text, check every evidence span, look claims up by role."""

from kg.claimsjson import claim_dicts
from kg.model import Document


def name(v):
    """A role's entity name (roles are dicts with a name, or bare strings such as codes)."""
    return v["name"] if isinstance(v, dict) else v


def extract_rows(rules, text: str, date: str) -> list[dict]:
    """The claims of ``text`` as contract rows; fails if any evidence differs from the text at its offsets."""
    ex = rules.extract(Document(id="t", text=text, date=date))
    rows = list(claim_dicts(ex))
    for r in rows:
        for ev in r["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    return rows


def text_rows(rules, text: str, date: str = "2024-05-08") -> list[dict]:
    """The claims of a text written without its closing newline (as the specs write one-line texts)."""
    return extract_rows(rules, text + "\n", date)


def find(rows, ctype, **roles):
    return [r for r in rows if r["type"] == ctype and all(name(r.get(k)) == v for k, v in roles.items())]


def orgs(rows, person):
    """The bodies or states ``person`` holds a position in."""
    return {name(c["org"]) for c in find(rows, "position", person=person)}


def abuse_values(rows, role, abuse_type=None):
    """The names in ``role`` of every abuse claim (of ``abuse_type`` when given)."""
    roles = {"abuse_type": abuse_type} if abuse_type else {}
    return {name(c.get(role)) for c in find(rows, "abuse", **roles)}


def perpetrators(rows, abuse_type=None):
    """Who is said to have committed abuses (of ``abuse_type`` when given)."""
    return abuse_values(rows, "perpetrator", abuse_type)


def victims(rows, abuse_type=None):
    return abuse_values(rows, "victim", abuse_type)


def places(rows, abuse_type=None):
    return abuse_values(rows, "location", abuse_type)


def held(rows, person):
    """(role, org) of every position ``person`` holds."""
    return {(c["role"], name(c["org"])) for c in find(rows, "position", person=person)}


def family_triples(rows):
    """(person, relative, relation) of every family claim."""
    return {(name(c["person"]), name(c["relative"]), c["relation"]) for c in find(rows, "family")}
