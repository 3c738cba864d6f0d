"""The document reader: one per document, it runs every rule over the parsed sentences and keeps the claims.

The rules live in mixins, one module per kind of claim; they share this reader's state
(sentences, mentions, entities, claims) and call each other through ``self``."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract import gazetteer as gz
from kg.extract.dates import dateline, find_dates
from kg.extract.rules.abuses import AbuseRules
from kg.extract.rules.family import FamilyRules
from kg.extract.rules.mentions import MentionRules
from kg.extract.rules.positions import PositionRules
from kg.extract.rules.reports import ReportRules
from kg.extract.rules.sanctions import SanctionRules
from kg.extract.rules.units import Mention, Sent, slug
from kg.extract.rules.words import CAPITAL_GOVERNMENTS, CAPITALS
from kg.model import Claim, Document, Entity, Extraction, Span, is_calendar_date


class _Versioned(dict):
    """A dict that counts its writes, so what is derived from it can tell when it is stale."""

    version = 0

    def __setitem__(self, key, value):
        self.version += 1
        super().__setitem__(key, value)


class _Reader(MentionRules, FamilyRules, PositionRules, SanctionRules, AbuseRules, ReportRules):
    """Everything that happens to one document after parsing."""

    def __init__(self, doc: Document, parsed: list, gaz: gz.Gazetteer, extractor: str):
        self.doc = doc
        self.text = doc.text
        self.parsed = parsed
        self.gaz = gaz
        self.ex = Extraction(doc=doc, extractor=extractor)
        self.claims: dict[tuple, Claim] = {}
        self.sents: list[Sent] = []
        self.mentions: list[Mention] = []
        self.nested_places: list[Mention] = []  # places inside a longer name: entities, not mentions the rules read
        self._sex: dict[str, str] = {}  # person key -> "f"/"m", from the kinship words the text used of them (family step)
        self.tok_mention: dict[tuple[int, int], Mention] = _Versioned()
        self._sent_mentions: dict[tuple, tuple[int, list]] = {}
        self.person_counts: Counter = Counter()
        # The date relative dates resolve against: the metadata's, else the one the text states at its head. (A caller
        # of the library may hand over any string; the claims contract allows only calendar dates in a claim.)
        self.date = doc.date if doc.date and is_calendar_date(doc.date[:10]) else dateline(self.text)
        self.dates = find_dates(self.text, self.date)

    # -- helpers ----------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span.of(self.text, start, end)

    def phrase_entity(self, typ: str, name: str, start: int, end: int, key: str | None = None) -> str:
        """The entity of a phrase no mention took (a body named by a header line or in lower case, fighters named by a
        common noun): ``key`` when given, else one keyed by its type and words, made on first use; the phrase
        (``start``-``end``, read as ``name``) becomes one of its names and mentions."""
        key = key or f"{typ.lower()}:{slug(name)}"
        if key not in self.ex.entities:
            self.ex.entities[key] = Entity(key=key, name=name, type=typ)
        self.ex.entities[key].aliases.add(name)
        sp = self.span(start, end)
        if sp not in self.ex.entities[key].mentions:  # (a rule may read the same phrase twice)
            self.ex.entities[key].mentions.append(sp)
        return key

    def tstart(self, tok) -> int:
        return self.offsets[id(tok.doc)] + tok.idx

    def mention_of(self, tok) -> Mention | None:
        return self.tok_mention.get((id(tok.doc), tok.i))

    def entity_at(self, tok) -> str | None:
        """The entity a token refers to: its mention, or a pronoun's antecedent."""
        m = self.mention_of(tok)
        if m is not None:
            return m.entity
        if tok.lower_ in ("he", "him", "his", "himself", "she", "her", "hers", "herself"):
            pos = self.tstart(tok)
            best, best_start = None, -1
            # (not a person the text has called by a kinship word of the other sex: "his wife, X ... He said")
            want = "m" if tok.lower_ in ("he", "him", "his", "himself") else "f"
            for mm in self.mentions:
                if mm.start >= pos:
                    break
                if self.etype(mm.entity) == "Person" and not mm.extra.get("relative") and not mm.extra.get("byline") \
                        and self._sex.get(mm.entity, want) == want:
                    best, best_start = mm.entity, mm.start
            if best is None:
                return None
            key = (id(tok.doc), tok.i, best_start)
            cache = self.__dict__.setdefault("_salient_cache", {})
            if key not in cache:
                cache[key] = self._salient_person(tok, best, best_start) or best
            return cache[key]
        return None

    def _salient_person(self, tok, best: str, best_start: int) -> str | None:
        """Who "he" or "she" is when the last person named is not: the subject of the verb whose clause the pronoun
        is the subject of ("X, who succeeded the late Y, denied that he had ordered ..." - X), or, at the start of a
        sentence, the subject of the sentence before ("X denied ... after the death of Y. In an interview, he said" -
        X); else None (the person named last)."""
        sent = tok.sent
        off = self.offsets[id(tok.doc)]
        if tok.dep_ in ("nsubj", "nsubjpass"):
            clause = tok.head
            for a in [clause, *clause.ancestors][1:4]:
                if a.pos_ not in ("VERB", "AUX"):
                    continue
                subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
                if subj is None:
                    continue
                m = self.mention_of(subj)
                if m is not None and self.etype(m.entity) == "Person":
                    return m.entity
                break
        if best_start >= off + sent.start_char or sent.start == 0:
            return None  # named in this very sentence: the nearest
        prev = tok.doc[sent.start - 1].sent
        if not (off + prev.start_char <= best_start < off + prev.end_char) or any(
                t.i < tok.i and self.mention_of(t) is not None
                and self.etype(self.mention_of(t).entity) == "Person" for t in sent):
            return None
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        m = self.mention_of(subj) if subj is not None else None
        if m is not None and self.etype(m.entity) == "Person" and not m.extra.get("relative"):
            return m.entity
        return None

    def capital_state(self, name: str, *, actor: bool = False) -> str | None:
        """The state a capital's name stands for in the news ("Kigali has denied", "Washington acted"): any capital
        of the list where a sanctioning ``actor`` is read (Brussels for the Union), else only those that name nothing
        else and stand for a country."""
        label = (CAPITALS if actor else CAPITAL_GOVERNMENTS).get(gz.normal(name))
        ke = self.gaz.known_by_label.get(gz.normal(label)) if label else None
        if ke is None or not (actor or ke.type == "Country"):
            return None
        return self._known_entity(ke)

    def demonym_at(self, tok) -> tuple[gz.KnownEntity, int] | None:
        """The state a demonym ending at ``tok`` names, and the index of the demonym's first token.

        The longest form is read first: a state's demonym may be two words or a hyphen compound ("South Sudanese",
        "North Korean", "Bissau-Guinean") whose last word alone is another state's ("Sudanese", "Guinean"), so reading
        the last word first would give the wrong country. The forms are matched as written (case and all)."""
        dem = self.gaz.demonyms
        i = tok.i
        if tok.text not in self.gaz.demonym_tails:
            ke = dem.get(tok.text)
            return (ke, i) if ke is not None else None
        if i >= 2:
            hy, first = tok.doc[i - 1], tok.doc[i - 2]
            if hy.text == "-" and not hy.whitespace_ and not first.whitespace_:
                ke = dem.get(f"{first.text}-{tok.text}")
                if ke is not None:
                    return ke, i - 2
        if i >= 1:
            ke = dem.get(f"{tok.doc[i - 1].text} {tok.text}")
            if ke is not None:
                return ke, i - 1
        ke = dem.get(tok.text)
        return (ke, i) if ke is not None else None

    def demonym_state(self, tok) -> gz.KnownEntity | None:
        """The state a demonym ending at ``tok`` names (the longest form first: "South Sudanese" is not Sudan's); see
        ``demonym_at``."""
        found = self.demonym_at(tok)
        return found[0] if found else None

    def etype(self, key: str | None) -> str | None:
        return self.ex.entities[key].type if key else None

    # -- claims plumbing -----------------------------------------------------------------

    def add_claim(self, ctype: str, keys: dict, others: dict, ev: Span, status=None, confidence=0.6):
        # a sanction whose text names no legal basis is still a sanction ("legal_basis" unknown)
        if any(v is None for r, v in keys.items() if not (ctype == "sanction" and r == "legal_basis")) or all(v is None for v in keys.values()):
            return None
        k = (ctype, tuple(sorted(keys.items())))
        claim = self.claims.get(k)
        if claim is None:
            claim = self.claims[k] = Claim(type=ctype, roles=dict(keys), evidence=[], status=status, confidence=confidence)
        if ev not in claim.evidence:
            claim.evidence.append(ev)
        for r, v in others.items():
            if v is not None and claim.roles.get(r) is None:
                claim.roles[r] = v
        return claim

    def sent_entities(self, s: Sent, types=None) -> list[tuple[Mention, object]]:
        """Each mention of the sentence that has an entity (of ``types``), with its first token, in text order."""
        return [(m, t) for m, t in self._mentions_in(s) if m.entity is not None and (types is None or self.etype(m.entity) in types)]

    def _mentions_in(self, s: Sent) -> list[tuple[Mention, object]]:
        """Every rule asks this of every sentence, often several times; walking its tokens once per change of the
        token -> mention table is enough (entities are read at call time, as coreference reassigns them)."""
        key = (s.index, s.start, s.end)
        cached = self._sent_mentions.get(key)
        if cached is not None and cached[0] == self.tok_mention.version:
            return cached[1]
        pairs, seen = [], set()
        for t in s.span:
            m = self.mention_of(t)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                pairs.append((m, t))
        self._sent_mentions[key] = (self.tok_mention.version, pairs)
        return pairs

    def sent_date(self, s: Sent) -> str | None:
        for d in self.dates:
            if s.start <= d.start < s.end:
                return d.value
        if re.search(r"\bat the time\b|\bthen\b", s.span.text):
            prev = [d for d in self.dates if d.start < s.start]
            if prev:
                return prev[-1].value
        return None

    def para_date(self, s: Sent) -> str | None:
        prev = [d for d in self.dates if d.start < s.start and self.sent_at(d.start) and self.sent_at(d.start).para == s.para]
        return prev[-1].value if prev else None

    # -- 4. rules --------------------------------------------------------------------------

    def run(self) -> Extraction:
        self._sentences()
        self._mentions()
        self._entities()
        self._family()
        self._positions()
        self._sanctions()
        self._context_positions()
        self._abuses()
        self._investigations()
        self._denials()
        self._statements()
        self._date_reported_acts()
        self._date_abuses()
        self._share_measures()
        self.ex.claims = list(self.claims.values())
        return self.ex

    def _date_abuses(self):
        """An abuse the sentence tells without a date happened when the story around it did: at the last date its
        paragraph gave, else at the date of the abuse the text told before it, else at the first date any abuse of
        the text has ("Troops fired on the rally on 28 September. ... Women were raped in the stadium."). News and
        reports date an event once and tell its parts after; the annotated corpus dates them so."""
        dated = sorted((c.evidence[0].start, c.roles["date"]) for c in self.claims.values() if c.type == "abuse" and c.roles.get("date"))
        for claim in self.claims.values():
            if claim.type == "abuse" and claim.roles.get("date") is None:
                s = self.sent_at(claim.evidence[0].start)
                d = self.para_date(s) if s is not None else None
                if not d:
                    before = [v for pos, v in dated if pos < claim.evidence[0].start]
                    d = before[-1] if before else (dated[0][1] if dated else None)
                if d:
                    claim.roles["date"] = d

    # Claim types that are acts of telling: a denial, a statement, an inquiry's finding.
    REPORTED_ACTS = ("denial", "statement", "investigation")

    def _date_reported_acts(self):
        """A denial, statement or inquiry the text tells without a date of its own ("The ministry denied the report",
        "X said in a statement") is dated by the document that reports it: news and releases tell what was said at
        the time they were written, and the annotated corpus dates them so. A text without a date (no metadata, no
        dateline) leaves them undated rather than guessed."""
        if not self.date:
            return
        for claim in self.claims.values():
            if claim.type in self.REPORTED_ACTS and claim.roles.get("date") is None:
                claim.roles["date"] = self.date
