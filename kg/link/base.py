"""The linker interface: suggest candidates (``match``), judge them, add facts for accepted ones (``expand``).

Modelled on nomenklatura's enrichers: ``match`` only proposes
:class:`Candidate` links with a score; a threshold (or a reviewer through
``kg link review``) turns each into a :class:`Judgement`; ``expand`` adds the
external record's facts only for accepted links.

Scores are in [0, 1]. A candidate at or above :data:`ACCEPT_THRESHOLD` whose
runner-up for the same entity is at least :data:`AMBIGUITY_MARGIN` lower is
accepted without review; every other candidate at or above
:data:`CANDIDATE_THRESHOLD` waits for review; lower scores are dropped.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

#: score from which a link is accepted without review (unless ambiguous)
ACCEPT_THRESHOLD = 0.9
#: score from which a link is proposed for review
CANDIDATE_THRESHOLD = 0.7
#: two candidates for one entity closer than this are ambiguous (namesakes): both need review
AMBIGUITY_MARGIN = 0.05


class Judgement(enum.Enum):
    """What is known about a proposed link (nomenklatura's judgement values)."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNSURE = "unsure"
    NO_JUDGEMENT = "no_judgement"

    @property
    def status(self) -> str:
        """The status word of reports and the review queue."""
        return {"positive": "accepted", "negative": "rejected"}.get(self.value, "candidate")

    @classmethod
    def from_status(cls, status: str) -> "Judgement":
        return {"accepted": cls.POSITIVE, "rejected": cls.NEGATIVE}.get(status, cls.NO_JUDGEMENT)


@dataclass
class GraphEntity:
    """An entity of the graph with what linkers compare: names, type and context."""

    iri: str
    type: str  # local class name: Person, Organization, GovernmentBody, Country, Region, Place, Statute, ...
    name: str
    aliases: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # names of countries it is tied to
    positions: set[str] = field(default_factory=set)  # role titles
    programs: set[str] = field(default_factory=set)  # program codes of the legal bases it was designated under
    birth_dates: set[str] = field(default_factory=set)
    wikidata: set[str] = field(default_factory=set)  # QIDs the extractor already knew

    @property
    def names(self) -> list[str]:
        return [self.name] + sorted(a for a in self.aliases if a != self.name)


@dataclass
class Candidate:
    """A proposed link from a graph entity to an external record."""

    entity: str  # graph entity IRI
    label: str  # the graph's own name for the entity
    source: str  # wikidata | opensanctions | ofac | resolution
    external_id: str  # QID, FtM id, SDN ent_num, or the other entity's IRI
    external_iri: str
    score: float
    method: str  # how it was matched, e.g. "name+birthDate+program"
    judgement: Judgement = Judgement.NO_JUDGEMENT
    external_label: str = ""
    record: object = None  # the source's own record, for expand()

    @property
    def status(self) -> str:
        return self.judgement.status


class Linker(ABC):
    """An external source the graph's entities are matched against."""

    SOURCE: str  # the name used in reports and graph IRIs

    @abstractmethod
    def match(self, entity: GraphEntity) -> Iterator[Candidate]:
        """Suggest candidates for ``entity`` (unjudged)."""

    def expand(self, candidate: Candidate) -> Iterable:
        """Quads (without graph) describing the external record of an accepted ``candidate``."""
        return ()


def judge(candidates: list[Candidate], decisions: dict[tuple[str, str], str] | None = None) -> list[Candidate]:
    """Judge the candidates of one entity: reviewer decisions first, then thresholds and ambiguity.

    ``decisions`` maps (entity IRI, external IRI) to ``accepted``/``rejected``.
    """
    decisions = decisions or {}
    kept = sorted((c for c in candidates if c.score >= CANDIDATE_THRESHOLD), key=lambda c: (-c.score, c.external_id))
    for i, cand in enumerate(kept):
        decided = decisions.get((cand.entity, cand.external_iri))
        if decided:
            cand.judgement = Judgement.from_status(decided)
            cand.method += "+review"
            continue
        runner_up = max((o.score for o in kept if o is not cand and decisions.get((o.entity, o.external_iri)) != "rejected"), default=0.0)
        if cand.score >= ACCEPT_THRESHOLD and cand.score - runner_up >= AMBIGUITY_MARGIN:
            cand.judgement = Judgement.POSITIVE
        else:
            cand.judgement = Judgement.UNSURE
    return kept
