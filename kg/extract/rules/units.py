"""The units a document is read in: mentions of names in the text, and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import gazetteer as gz

# How sure a claim of the recall layer is. Each rules module ends its step with fallbacks that are usually right
# rather than always (they run only where the precise rules found nothing); the band [0.3, 0.4) is theirs alone,
# so `--min-confidence 0.4` leaves them out and `kg eval --curve` shows what they add.
RECALL_CONFIDENCE = 0.35


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


class TokenSpan:
    """A sentence's spaCy ``Span`` that makes its tokens and its text once.

    Every rule walks every sentence, some several times, and spaCy builds a new
    ``Token`` object on each step and a new string on each ``.text``: about
    forty walks per document made that a fifth of the rules' time. Anything
    else (``root``, ``start``, ``doc``, slicing) is the Span's own.
    """

    __slots__ = ("_span", "_tokens", "_text", "_lowers", "_lemmas")

    def __init__(self, span, text: str | None = None, tokens: list | None = None):
        self._span = span
        self._tokens = tokens  # (the caller may have them already: its document's token list, sliced)
        self._text = text  # the caller may know it already: the document's characters at the span's offsets
        self._lowers = None
        self._lemmas = None

    @property
    def lowers(self) -> frozenset:
        """The sentence's words in lower case: rules ask "does the sentence say X at all?" before they walk it."""
        if self._lowers is None:
            self._lowers = frozenset(t.lower_ for t in self)
        return self._lowers

    @property
    def lemmas(self) -> frozenset:
        """The sentence's lemmas, for the same question about verbs in any tense."""
        if self._lemmas is None:
            self._lemmas = frozenset(t.lemma_ for t in self)
        return self._lemmas

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self._span.text
        return self._text

    def __iter__(self):
        if self._tokens is None:
            self._tokens = list(self._span)
        return iter(self._tokens)

    def __len__(self):
        return len(self._span)

    def __getitem__(self, i):
        return self._span[i]

    def __getattr__(self, name):
        return getattr(self._span, name)


@dataclass
class Sent:
    index: int
    start: int
    end: int
    span: TokenSpan  # the sentence's spacy Span
    offset: int  # chunk offset in the document
    para: int


def has_subject(verb) -> bool:
    """Whether a verb has a subject of its own, active or passive: a verb joined to another without one ("met and
    listed X", "were designated ... and had previously been designated ...") shares the first verb's."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def verb_with_subject(verb):
    """The verb whose subject a coordinated verb without one shares ("X said ... and denied that ...", "the Council
    referred ..., imposed an arms embargo ..., and decided ..."): up the conjuncts to the first that has one."""
    while not has_subject(verb) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def nearest_subject(verb):
    """A verb's subject; of two the parser gives it ("among them the prosecutor X, a step Caracas called an act of
    aggression": "prosecutor" and "Caracas"), the one right before the verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    return max(before, key=lambda c: c.i) if before else (subjects[0] if subjects else None)


def line_break_tokens(doc, at_least: int = 1) -> list[int]:
    """Indices of the whitespace tokens of a spaCy ``doc`` that hold ``at_least`` line breaks.

    A line break is always a whitespace token of its own (a token's trailing whitespace is one space at
    most), so only those are looked at, found in one flag array instead of a Python object per token.
    """
    from spacy.attrs import IS_SPACE

    return [i for i in doc.to_array([IS_SPACE]).nonzero()[0].tolist() if doc[i].text.count("\n") >= at_least]


# (compiled once: the helpers below run for every mention, and a pattern given as a string is looked up in re's cache each time)
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_DET_RE = re.compile(r"^(?:the|a|an|his|her|their|its|our)\s+", re.I)
_POSSESSIVE_END_RE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def slug(text: str) -> str:
    return _SLUG_RE.sub("_", text.casefold()).strip("_") or "x"


def strip_det(text: str) -> str:
    return _POSSESSIVE_END_RE.sub("", _DET_RE.sub("", text.strip())).strip()
