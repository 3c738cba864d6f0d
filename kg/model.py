"""What an extractor produces: documents, entity mentions and claims with evidence.

These dataclasses are the contract between extraction and everything after it
(RDF conversion, the claims JSONL view, evaluation). They describe extraction
output only; the graph's vocabulary lives in ``ontology/``.

Role values in :class:`Claim` are plain strings: for entity roles the *key* of
an :class:`Entity` in the same :class:`Extraction`, for code roles a SKOS
notation (``torture``, ``entry_ban``), for date roles an ISO 8601 prefix
(``2020``, ``2020-07``, ``2020-07-20``), for ``role`` the title text. Which
roles are which is read from the ontology (see :mod:`kg.ontology`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date

# A date role's value: an ISO 8601 prefix (year, year-month or full date), matched whole.
ISO_DATE_PREFIX_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def is_calendar_date(value: str) -> bool:
    """Whether ``value`` is an ISO 8601 prefix (YYYY, YYYY-MM or YYYY-MM-DD) that names a real day, month or year.

    The shape alone lets 2019-13 and 2024-02-30 through, and dates compare as text downstream, so such a
    value would pass silently into a range or an event's date."""
    if not ISO_DATE_PREFIX_RE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Document:
    """A source text and what is known about where it came from.

    ``id`` is the file name without extension (the claims JSONL ``doc``).
    ``text`` is exactly what evidence offsets index into: the file decoded as
    UTF-8 with no newline translation (or the main text extracted from HTML).
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    path: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, order=True)
class Span:
    """A character range of the document text; ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc_text: str, start: int, end: int) -> "Span":
        return cls(start, end, doc_text[start:end])


@dataclass
class Entity:
    """Something the document names: a person, organisation, place, statute, platform.

    ``type`` is the local name of an ontology class (``Person``,
    ``GovernmentBody``, ``Statute``, ...). ``iri`` is set when a gazetteer knows
    the entity's stable IRI (statutes, programs); otherwise one is minted from
    type and name. ``aliases`` keeps every surface form seen.
    """

    key: str
    name: str
    type: str
    wikidata: str | None = None
    iri: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Claim:
    """One event of the document in flat form: a type, its roles and the evidence."""

    type: str
    roles: dict[str, str]
    evidence: list[Span]
    status: str | None = None
    confidence: float = 0.5


@dataclass
class Extraction:
    """Everything one extractor found in one document."""

    doc: Document
    extractor: str
    entities: dict[str, Entity] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)

    def confident(self, threshold: float) -> Extraction:
        """The same extraction without the claims below ``threshold``.

        Entities all stay: a name the text gives is a fact of its own, even when
        the one event told of it was too uncertain to keep.
        """
        if threshold <= 0:
            return self
        return replace(self, claims=[c for c in self.claims if c.confidence >= threshold])
