"""The units a document is read in: mentions of names in the text, and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import gazetteer as gz


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    source: int  # 3 gazetteer, 2 pattern, 1 NER
    canonical: str | None = None
    wikidata: str | None = None
    iri: str | None = None
    instrument: gz.Instrument | None = None
    entity: str | None = None  # entity key once clustered
    extra: dict = field(default_factory=dict)


@dataclass
class Sent:
    index: int
    start: int
    end: int
    span: object  # spacy Span
    offset: int  # chunk offset in the document
    para: int


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_") or "x"


def strip_det(text: str) -> str:
    text = re.sub(r"^(?:the|a|an|his|her|their|its|our)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text).strip()
