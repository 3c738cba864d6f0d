"""Deterministic IRIs: the same inputs always give the same node, in every run and on every machine.

``iri(kind, *parts)`` is ``https://w3id.org/rightsgraph/id/{kind}/{sha1(parts)[:20]}``,
like zavod's ``make_id``: readable kind, opaque but stable hash. Names are
normalised first (case, punctuation, a leading "the") so "the State Department"
and "State Department" are one node within and across documents.

Invisible characters (Unicode format characters: zero-width space and
joiners, soft hyphen, byte order mark, word joiner, bidirectional marks,
embeddings, overrides and isolates) never make two names different: a reader
cannot see them, so two spellings that differ only by them are one person.
The name shown for an entity (:func:`clean_name`) carries none of them that
could reorder or hide what is displayed. Evidence quotes keep every character
of the source (they must equal the text at their offsets); where text is
displayed, :func:`show_controls` makes bidirectional controls visible.

>>> entity_iri("Person", "Ramzan Kadyrov") == entity_iri("Person", "ramzan  KADYROV")
True
>>> entity_iri("Person", "Ramzan Kadyrov").startswith("https://w3id.org/rightsgraph/id/person/")
True
>>> iri("event", "doc1", "sanction") == iri("event", "doc1", "sanction")
True
>>> entity_iri("Person", "Ram\u200bzan Kady\u00adrov\u202e") == entity_iri("Person", "Ramzan Kadyrov")
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

ID_NS = "https://w3id.org/rightsgraph/id/"

# Types an extractor confuses map to one kind, so the IRI does not depend on the guess:
# the same ministry is a GovernmentBody in one article and an Organization in the
# next, and Chechnya, Xinjiang or Crimea are a Region in one and a Place or Country in
# another. Splitting them by type would give one place several nodes, which is the
# common case; the price is the rare true homonym of two places ("Georgia" the
# country and the US state), which share a node. The type guessed from one word
# cannot tell those apart anyway; linking does (owl:sameAs to two Wikidata items on
# one node is the visible sign, and `kg link review` is where it is resolved).
_KIND_OF_TYPE = {
    "Person": "person",
    "Organization": "organization",
    "GovernmentBody": "organization",
    "Group": "group",
    "Country": "place",
    "Region": "place",
    "Place": "place",
    "Medium": "medium",
    "Platform": "medium",
    "Statute": "statute",
    "SanctionsProgram": "statute",
}


#: Bidirectional controls (ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): they reorder the
#: text displayed around them, so "gro.elpmaxe" can show as "example.org" and one name as another.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_JOINERS = "\u200c\u200d"


def _invisible(c: str) -> bool:
    return unicodedata.category(c) == "Cf"


def _shapes(before: str, after: str) -> bool:
    """Whether a zero-width (non-)joiner between these characters is part of the spelling.

    In Arabic-script, Indic and other scripts it chooses how letters join
    (Persian names are written with it); between Latin letters it only hides.
    """
    return (unicodedata.category(before)[0] in "LM" and unicodedata.category(after)[0] == "L"
            and not unicodedata.name(before, "").startswith("LATIN") and not unicodedata.name(after, "").startswith("LATIN"))


def clean_name(name: str) -> str:
    """The name to show and store for an entity: invisible format characters removed.

    A zero-width joiner or non-joiner between two letters of a script that
    shapes with it stays; bidirectional controls never do.

    >>> clean_name("\u202eRam\u200bzan Kady\u00adrov\ufeff")
    'Ramzan Kadyrov'
    >>> clean_name("\u0645\u06cc\u200c\u0631\u0632\u0627") == "\u0645\u06cc\u200c\u0631\u0632\u0627"
    True
    """
    if name.isascii():
        return name
    out = []
    for i, c in enumerate(name):
        if _invisible(c) and not (c in _JOINERS and 0 < i < len(name) - 1 and _shapes(name[i - 1], name[i + 1])):
            continue
        out.append(c)
    return "".join(out)


def show_controls(text: str) -> str:
    """``text`` for display: each bidirectional control replaced by a visible ``[U+202E]``.

    For places that show source text (quotes, titles) where the stored text
    must stay exact: the reader sees that a control was there, and it cannot
    reorder what is shown.

    >>> show_controls("evil\u202etxt.exe")
    'evil[U+202E]txt.exe'
    """
    if text.isascii():
        return text
    return _BIDI.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", text)


_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"\w+")


def normalize_name(name: str) -> str:
    """Case-folded, accent-stripped, punctuation-free words; a leading article and invisible characters dropped."""
    if not name.isascii():
        name = "".join(c for c in name if not _invisible(c))
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _POSSESSIVE.sub("", text)
    words = _WORD.findall(text)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def iri(kind: str, *parts: object) -> str:
    key = "\x1f".join(str(p) for p in parts)
    return f"{ID_NS}{kind}/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:20]}"


#: Words that stay lower case inside a proper name ("Committee for the Defence of Human Rights",
#: "Ali al-Hassan"): they do not make a name a description. Kept here rather than with the extractor's
#: vocabularies (data/gazetteers): widening those must not change the IRIs of stored entities.
_NAME_PARTICLES = frozenset("""a an and at de del der des di du el for in la le of on or the to van von y al bin ibn""".split())
_NAME_WORD = re.compile(r"[^\W_][\w'\-\u2019]*")


def _describes(form: str) -> bool:
    """Whether one surface form is a common-noun description rather than a name.

    A description starts lower case or with a count ("security forces", "three officials", "300 people"; an
    ordinal starts a unit's name: "33rd Light Infantry Division") or
    has a lower-case word past its first one ("Interior Ministry troops", "Rights groups"), other
    than the particles proper names keep lower case.
    """
    words = _NAME_WORD.findall(form)
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not words:
        return False
    first = words[0]
    if (first[0].islower() and first.split("-")[0].casefold() not in _NAME_PARTICLES) or first.replace(",", "").isdigit():
        return True
    return any(w[0].islower() and w.casefold() not in _NAME_PARTICLES and w.split("-")[0] not in _NAME_PARTICLES
               for w in words[1:])


def lower_case_use(text: str, name: str) -> str | None:
    """The name written lower case, when ``text`` uses it so somewhere: proof a capitalised one-word name is a
    common noun that opened a sentence ("Police fired ... the police said").

    >>> lower_case_use("Police fired. Later the police left.", "Police"), lower_case_use("Georgia said no.", "Georgia")
    ('police', None)
    """
    if " " in name or not name[:1].isupper():
        return None
    lower = name[0].lower() + name[1:]
    return lower if re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) else None


def is_description(type_name: str, name: str, aliases: Iterable[str] = (), text: str | None = None) -> bool:
    """Whether an entity is named only by a description ("the government", "protesters", "Police").

    Such a name says what kind of thing the text talks about, not which one: "the police" of one
    article and "the police" of another are different forces, and "immediate family members" of
    one designated general are not the family of the next. Their IRIs are minted per document
    (:func:`entity_iri` with ``scope``), so a graph of many articles does not join unrelated
    events through a common noun. A name spelt with a capital only because it opens a sentence
    ("Police fired...") counts as a description when the text also writes it lower case (an alias,
    or :func:`lower_case_use` in ``text``, the document's).
    People are left out: a person's chosen name is a name, and a person named by a role alone
    ("the chief prosecutor") is rare enough to be resolved by hand.

    >>> is_description("GovernmentBody", "government"), is_description("Group", "Rights groups")
    (True, True)
    >>> is_description("Organization", "Police", {"police"}), is_description("Organization", "Police")
    (True, False)
    >>> is_description("Organization", "Committee for the Defence of Human Rights in Honduras")
    False
    >>> is_description("Group", "Uyghurs"), is_description("Organization", "al-Hamzat")
    (False, False)
    """
    if type_name == "Person":
        return False
    if _describes(name):
        return True
    spellings = list(aliases)
    if text is not None and (lower := lower_case_use(text, name)):
        spellings.append(lower)
    folded = name.casefold()
    return any(a != name and a.casefold() == folded and _describes(a) for a in spellings)


@lru_cache(maxsize=1 << 16)  # the same names recur across the articles of a run
def entity_iri(type_name: str, name: str, scope: str | None = None) -> str:
    """IRI of an entity minted from its type and name (people and organisations never collide).

    ``scope`` (a document id) makes the IRI the document's own: for entities named only by a
    description (:func:`is_description`), which must not merge across documents.

    >>> is_local(entity_iri("Group", "protesters", "doc-a")), is_local(entity_iri("Group", "protesters"))
    (True, False)
    """
    kind = _KIND_OF_TYPE.get(type_name, "entity")
    if scope is not None:
        return iri(kind, "document", scope, normalize_name(name)).replace(f"/{kind}/", f"/{kind}/{LOCAL}", 1)
    return iri(kind, normalize_name(name))


#: What a document-scoped entity IRI has after its kind (``.../id/group/local-0c1e...``): readers and linkers can
#: tell a node that stands for "the protesters of this article" from one that names someone.
LOCAL = "local-"


def is_local(entity: str) -> bool:
    """Whether an entity IRI was minted for one document's description (:func:`entity_iri` with ``scope``)."""
    return entity.startswith(ID_NS) and entity[len(ID_NS):].partition("/")[2].startswith(LOCAL)


def document_iri(doc_id: str) -> str:
    return iri("document", doc_id)
