"""Gazetteers for the rules extractor, generated from the ontology and ``data/gazetteers/``.

Nothing here is a hand-kept copy of a vocabulary: abuse types, measures and
family relations come from the SKOS labels of ``ontology/vocab.ttl``; statutes
and programs from ``data/gazetteers/statutes.ttl`` (``schema:name``,
``skos:altLabel``, ``skos:hiddenLabel``); countries, regions, government
bodies and platforms from ``data/gazetteers/entities.jsonl``. Each gazetteer is
one compiled regular expression over the raw text, so matching costs one pass
and offsets are exact by construction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import SKOS

from kg import ontology
from kg.resources import gazetteer_dir

SCHEMA = Namespace("https://schema.org/")
STATUTE_NS = "https://w3id.org/rightsgraph/id/statute/"

# Generic patterns for instruments a list cannot enumerate: executive orders by
# number, sections of acts, EU/UK regulations. Group "num" keys the minted IRI.
# (Each pattern below opens with a lookahead of the letters its forms can start with: the scan skips every other
# position at once, several times faster over a text, and the matches are the same.)
EO_RE = re.compile(r"(?=E)\b(?:Executive\s+Order\s*(?:\(E\.\s?O\.\)\s*)?|E\.\s?O\.\s?|EO\s?)(?P<num>1\d{4})\b")
SECTION_ACT_RE = re.compile(
    r"(?=[Ss])\b[Ss]ection\s+(?P<num>\d{2,5}[A-Za-z]?(?:\([A-Za-z0-9]{1,4}\))*)"
    r"(?P<act>\s+of\s+the\s+(?:(?:FY|Fiscal\s+Year)\s?\d{4}\s+)?"
    r"(?:[A-Z][\w'\-]*(?:,?\s+(?:and\s+|of\s+|for\s+|the\s+|on\s+)*)?)+?Act(?:,\s+\d{4}|\s+of\s+\d{4})?)?"
)
# The title of an act or regulations the gazetteer does not know: capitalised words (and the
# small words and parenthesised parts between them) ending in "Act" or "Regulations", with a
# year: "the Immigration and Nationality Act", "The Russia (Sanctions) (EU Exit) Regulations 2019".
_TITLE_WORD = r"(?:[A-Z][\w'\u2019.\-]*|\([A-Z][\w'\u2019\-]*(?:\s+(?:(?:of|the|and)\s+)*[A-Z][\w'\u2019\-]*)*\))"
ACT_RE = re.compile(
    rf"{_TITLE_WORD}(?:[ \t]+(?:(?:of|and|for|on|the|in|to|against|concerning|with)[ \t]+)*{_TITLE_WORD}){{0,14}}?"
    r"[ \t]+(?:Act|Regulations)\b(?:,?[ \t]+(?:of[ \t]+)?(?:19|20)\d{2}\b)?"
)
# The title of an ordinance, law or decree that names its subject after "on" ("Ordinance on Measures against Certain
# Persons from Libya", "Federal Law on Foreign Agents", "Decree of 4 March 2014 on Restrictive Measures"): the word of
# law opens such a title instead of closing it.
LAW_ON_RE = re.compile(
    rf"(?=[DFLO])\b(?:Federal[ \t]+)?(?:Ordinance|Law|Decree)(?:[ \t]+of[ \t]+\d{{1,2}}[ \t]+[A-Z][a-z]+[ \t]+\d{{4}})?"
    rf"[ \t]+(?:on|concerning)[ \t]+(?:the[ \t]+)?{_TITLE_WORD}"
    rf"(?:[ \t]+(?:(?:of|and|for|on|the|in|to|against|concerning|with|from)[ \t]+)*{_TITLE_WORD}){{0,12}}"
)
# EU legal acts cited by number: "Council Regulation (EU) 2020/1998", "Council Decision (CFSP) 2024/1485",
# "Council Implementing Regulation (EU) No 2021/478", "Council Decision 2011/235/CFSP", and before 2010 the
# "Common Position 2005/792/CFSP" that Council Decisions replaced.
# An annex cites the act by its articles ("Article 2 and Article 3 of Decision 2011/235/CFSP", "Article 1(1) of"):
# the articles belong to the act's name, and "Council" may be left out once the act is known.
EU_ACT_RE = re.compile(
    # (every form opens with "Article", "Council", "Implementing", "Regulation", "Decision" or "Common": the class
    # lets the scan skip other positions at once)
    r"(?=[ACDIR])(?:\bArticles?\s+\d{1,3}[a-z]?(?:\(\d{1,2}\))*(?:(?:,\s*|\s+and\s+)(?:Article\s+)?\d{1,3}[a-z]?(?:\(\d{1,2}\))*)*\s+of\s+)?"
    r"(?:\b(?:Council\s+)?(?:Implementing\s+)?(?:Regulation|Decision)\s+\((?:EU|EC|CFSP)\)\s+(?:No\.?\s+)?\d{1,4}/\d{1,4}\b"
    r"|\b(?:Council\s+)?(?:Decision|Common\s+Position)\s+\d{4}/\d{1,4}/CFSP\b)"
)
# The citation inside any phrase naming an EU act ("Article 3 of Decision 2011/235/CFSP", "Council Regulation (EU)
# No 36/2012"): kind and number, whoever adopted it and however it is cited, make one act.
# A UN Security Council resolution: "resolution 2127 (2013)", "UN Security Council Resolution 2254", "UNSCR 2374". The
# council's sanctions committees list people "pursuant to" one; the resolution is the listing's legal basis.
UN_RESOLUTION_RE = re.compile(
    r"(?=[tURrS])\b(?:(?:(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Security\s+Council\s+)?[Rr]esolution\s+(?:No\.?\s*)?|UNSCR\s+)"
    r"(?P<num>\d{3,4})(?:\s+\((?P<year>(?:19|20)\d\d)\))?(?![\w/])"
)
# An EU sanctions regime called by the words its acts are titled with, when the text cites no act number: "restrictive
# measures in view of the situation in Mali", "the framework for targeted restrictive measures in view of activities
# undermining the stability and political transition of Sudan", "restrictive measures in respect of Belarus". The name
# runs to the state or region it is about and that place's bracketed initials ("... the Congo (DRC)"); "restrictive
# measures against 11 individuals" names no regime, and neither does a phrase that never reaches a name.
EU_REGIME_RE = re.compile(
    r"(?=[frE])\b(?:(?:EU|European\s+Union)\s+(?=restrictive\s+measures\s+framework\b))?(?P<frame>framework\s+(?:for|of)\s+)?"
    r"(?P<core>(?:targeted\s+)?restrictive\s+measures\s+(?:in\s+view\s+of|in\s+respect\s+of|framework\s+(?:for|on|concerning))\s+"
    r"(?:(?:[a-z][\w\-]*|[A-Z][\w\-]*['\u2019]s),?\s+){0,12}?"
    r"[A-Z][\w\-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\w\-]*)*(?:/[A-Z][\w\-]*)?(?!['\u2019\w])(?:\s+\([A-Z]{2,6}\))?)"
)
# "the Zimbabwe sanctions program", "Venezuela-related sanctions program", "the Myanmar sanctions regime": a state's
# country programme, named by its place (the reader keeps a match whose place the gazetteer knows)
COUNTRY_PROGRAM_RE = re.compile(
    r"\b(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:-related)?\s+sanctions\s+(?:program(?:me)?|regime)\b"
)
EU_CITATION_RE = re.compile(
    r"\b(?:(?:Council|Commission)\s+)?(?:Implementing\s+)?(?P<kind>Regulation|Decision|Common\s+Position)\s+(?:\((?:EU|EC|CFSP)\)\s+)?"
    r"(?:No\.?\s+)?(?P<num>\d{1,4}/\d{1,4}(?:/CFSP)?)\b"
)


def statute_titles(text: str, lead_words: frozenset[str]):
    """``(start, end)`` of every act or regulations title and numbered EU act in ``text``.

    A run of capitals may start with words that only open the sentence ("Under the ...",
    "On Tuesday the ..."): the title starts after the last lower-case "the" of the run
    and after any ``lead_words`` (case-folded); a bare "the Act" is no title.
    """
    for m in ACT_RE.finditer(text):
        start, name = m.start(), m.group(0)
        cut = name.rfind(" the ")
        if cut >= 0:
            start, name = start + cut + 5, name[cut + 5:]
        while True:
            first = re.match(r"(\S+)[ \t]+", name)
            if not first or first.group(1).casefold() not in lead_words:
                break
            start, name = start + first.end(), name[first.end():]
        if re.match(r"(?:Act|Regulations)\b", name):
            continue
        yield start, m.end()
    for m in LAW_ON_RE.finditer(text):
        yield m.start(), m.end()
    for m in EU_ACT_RE.finditer(text):
        yield m.start(), m.end()


# "FY 2020 <name>" and "<name>, 2020" / "<name> of 2012" spellings of a known act.
YEAR_PREFIX = r"(?:(?:FY|Fiscal\s+Year)\s?\d{4}\s+)?"
YEAR_SUFFIX = r"(?:,\s\d{4}\b|\s+of\s+\d{4}\b)?"


@dataclass
class Instrument:
    iri: str
    name: str
    type: str  # "Statute" | "SanctionsProgram"
    program: str | None = None
    measure: str | None = None
    labels: list[str] = field(default_factory=list)
    jurisdiction: str | None = None  # Wikidata QID of the state or union that made it
    applied_by: tuple[str, ...] = ()  # the only bodies that designate under it (names in entities.jsonl); () = any of its state
    in_force: str | None = None  # ISO date it took effect (kg:inForceFrom): nobody was designated under it before


# Words that name a jurisdiction in a sentence, to tell apart instruments that share a label
# ("the bloc's new global human rights sanctions regime" is the EU's, not the UK's).
JURISDICTION_CUES = {
    "Q458": re.compile(r"\b(?:EU|E\.U\.|European\s+Union|European|bloc|Brussels|Council\s+of\s+the\s+(?:EU|European\s+Union))\b"),
    "Q145": re.compile(r"\b(?:UK|U\.K\.|Britain|British|United\s+Kingdom|London|Foreign\s+Secretary|FCDO|Foreign\s+Office)\b"),
    "Q30": re.compile(r"\b(?:U\.S\.|US|United\s+States|American|Washington|Treasury|OFAC|State\s+Department)\b"),
    "Q16": re.compile(r"\b(?:Canada|Canadian|Ottawa)\b"),
}


@dataclass
class KnownEntity:
    name: str
    type: str
    wikidata: str | None
    aliases: list[str]
    demonyms: list[str]
    # For a government body: the Wikidata QID of the state or union it acts for, so that a designation
    # under that state's law can be paired with the body that made it.
    jurisdiction: str | None = None


def _phrase_regex(phrases, *, flags=0, prefix="", prefix_starts="", suffix="") -> re.Pattern:
    """One alternation, longest phrase first, with word boundaries and flexible whitespace.

    The phrases are grouped under their first character, keeping their order
    within a group: at any position only one group can start, so the match is
    the one the flat longest-first alternation would give, but the engine
    tries one group instead of hundreds of phrases (the abuse vocabulary ran
    several times faster so).
    """
    groups: dict[tuple[str, str], list[str]] = {}
    fold = bool(flags & re.IGNORECASE)
    for p in sorted({" ".join(p.split()) for p in phrases if p.strip()}, key=lambda s: (-len(s), s)):
        first, rest = p[0], p[1:]
        body = r"\s+".join(re.escape(w) if w else "" for w in rest.split(" "))
        left = r"\b" if first.isalnum() else ""
        right = r"\b" if p[-1:].isalnum() else r"(?!\w)"
        groups.setdefault((left, first.casefold() if fold else first), []).append(f"{body}{right}")
    alts = [f"{left}{re.escape(first)}(?:{'|'.join(rests)})" for (left, first), rests in groups.items()]
    # A match opens on one of those first characters, or on one a prefix may open with (``prefix_starts``; an
    # optional prefix without them could open anywhere): a class of them, checked first, lets the scan skip every
    # other position at once (about twice as fast over a text).
    firsts = {v for _, f in groups for v in ({f, f.upper(), f.lower()} if fold else {f})} | set(prefix_starts)
    starts = "" if prefix and not prefix_starts or not groups else "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    return re.compile(prefix + starts + "(?:" + "|".join(alts) + ")" + suffix, flags)


_SPACES_RE = re.compile(r"\s+")


def normal(label: str) -> str:
    return _SPACES_RE.sub(" ", label.replace("\u2019", "'")).strip().casefold()


class Gazetteer:
    """All lookups of the rules extractor, built once from the project's data files."""

    def __init__(self):
        onto = ontology.get()
        self.abuse = self._concepts(onto.concept_labels("AbuseTypes"))
        with open(gazetteer_dir() / "abuse_phrases.json", encoding="utf-8") as fh:
            for code, phrases in json.load(fh).items():
                if code.startswith("about"):
                    continue
                if code not in set(self.abuse.values()):
                    raise ValueError(f"abuse_phrases.json: {code!r} is not an abuse type code of the ontology")
                for p in phrases:
                    self.abuse.setdefault(normal(p), code)
        self.measures = self._concepts(onto.concept_labels("Measures"))
        self.relations = self._concepts(onto.concept_labels("Relations"))
        self.abuse_re = _phrase_regex(self.abuse, flags=re.IGNORECASE)
        self.measure_re = _phrase_regex(self.measures, flags=re.IGNORECASE)
        self.relation_words = dict(self.relations)
        self.instruments, self.statute_labels = self._statutes()
        self.statute_re = _phrase_regex(
            [label for inst in self.instruments.values() for label in inst.labels],
            prefix=r"(?:\b" + YEAR_PREFIX + ")?",
            prefix_starts="F",  # ("FY 2020 ...", "Fiscal Year 2020 ...")
            suffix=YEAR_SUFFIX,
        )
        self.known: list[KnownEntity] = []
        self.known_by_label: dict[str, KnownEntity] = {}
        self.demonyms: dict[str, KnownEntity] = {}
        # the state or union behind a jurisdiction QID: who made a designation under its law when the text only implies it
        self.state_by_qid: dict[str, KnownEntity] = {}
        # words that make a name an organisation's ("Policía Nacional Revolucionaria")
        with open(gazetteer_dir() / "org_words.json", encoding="utf-8") as fh:
            rows = json.load(fh)
            self.civil_org_words = {w.casefold() for w in rows["civil_words"]}
            self.org_words = {w.casefold() for w in rows["words"]} | self.civil_org_words
            self.org_apposition_heads = {w.casefold() for w in rows["apposition_heads"]}
            # one or more legal forms right after a name ("Chajha S.A.E.", "Orel Holding, JSC")
            # (and in capitals, as entity lists write whole names: "UNION DEVELOPMENT GROUP CO., LTD."; only the forms
            # that end in a dot or run to three letters, so no capitalised "As" or "Sa" becomes a legal form)
            forms = set(rows["company_suffixes"])
            forms |= {w.upper() for w in forms if w.endswith(".") or len(w) >= 3}
            suffixes = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
            self.company_tail_re = re.compile(r"(?:,?[ \t]+(?:" + suffixes + r")(?![\w-]|\.\w))+")
        with open(gazetteer_dir() / "entities.jsonl", encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                ent = KnownEntity(row["name"], row["type"], row.get("wikidata"), row.get("aliases", []), row.get("demonyms", []),
                                  row.get("jurisdiction"))
                self.known.append(ent)
                for label in [ent.name, *ent.aliases]:
                    self.known_by_label.setdefault(normal(label), ent)
                for dem in ent.demonyms:
                    self.demonyms.setdefault(dem, ent)
                if ent.wikidata and ent.type in ("Country", "Organization"):
                    self.state_by_qid.setdefault(ent.wikidata, ent)
        # the last words of the two-word and hyphen demonyms ("Sudanese" of "South Sudanese"): a token that ends none
        # of them is read as a one-word demonym at once
        self.demonym_tails = {re.split(r"[ -]", d)[-1] for d in self.demonyms if " " in d or "-" in d}
        labels = [label for e in self.known for label in [e.name, *e.aliases]]
        self.known_re = _phrase_regex(labels)

    @staticmethod
    def _concepts(labels: dict[str, list[str]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for notation, phrases in labels.items():
            for p in phrases:
                out.setdefault(normal(p), notation)
        return out

    def _statutes(self):
        g = Graph()
        g.parse(gazetteer_dir() / "statutes.ttl", format="turtle")
        kg_ns = Namespace(ontology.KG_NS)
        measures = json.loads((gazetteer_dir() / "statute_measures.json").read_text(encoding="utf-8"))
        instruments: dict[str, Instrument] = {}
        labels: dict[str, Instrument] = {}
        self.statute_choices: dict[str, list[Instrument]] = {}
        for iri, cls in sorted(g.subject_objects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))):
            if cls not in (kg_ns.Statute, kg_ns.SanctionsProgram):
                continue
            name = str(g.value(iri, SCHEMA.name))
            program = g.value(iri, kg_ns.programCode)
            jur = g.value(iri, kg_ns.jurisdiction)
            inst = Instrument(str(iri), name, str(cls)[len(ontology.KG_NS):], str(program) if program else None, measures.get(str(iri)),
                              jurisdiction=str(jur).rsplit("/", 1)[-1] if jur else None,
                              applied_by=tuple(sorted(str(o) for o in g.objects(iri, kg_ns.appliedBy))),
                              in_force=str(g.value(iri, kg_ns.inForceFrom) or "") or None)
            inst.labels = sorted({name, *(str(o) for p in (SKOS.altLabel, SKOS.hiddenLabel) for o in g.objects(iri, p))})
            instruments[inst.iri] = inst
            for label in inst.labels:
                labels.setdefault(normal(label), inst)
                choices = self.statute_choices.setdefault(normal(label), [])
                if inst not in choices:
                    choices.append(inst)
        return instruments, labels

    def _choose(self, label: str, context: str, before: str = "") -> Instrument:
        """The instrument a label names; a label several jurisdictions use goes to the one the context names last,
        else to the one the text before it names last ("The UK has today sanctioned four individuals ... They have
        been designated under the Global Human Rights sanctions regime")."""
        choices = self.statute_choices.get(label) or [self.statute_labels[label]]
        if len(choices) == 1 or not (context or before):
            return choices[0]
        for ctx in (context, before):
            best, best_pos = choices[0], -1
            for inst in choices:
                cue = JURISDICTION_CUES.get(inst.jurisdiction or "")
                if cue is None:
                    continue
                for m in cue.finditer(ctx):
                    if m.start() > best_pos:
                        best, best_pos = inst, m.start()
            if best_pos >= 0:
                return best
        return choices[0]

    def instrument_for(self, text: str, context: str = "", before: str = "") -> Instrument | None:
        """The known instrument a matched statute phrase names, tolerating year prefixes/suffixes.

        ``context`` (the words before the phrase in its sentence, and the phrase) decides
        between instruments of several jurisdictions that share the phrase; ``before`` (the text
        before that) decides when the sentence names no jurisdiction.
        """
        t = normal(text)
        t = re.sub(r"^(?:the )?(?:(?:fy|fiscal year) ?\d{4} )", "", t)
        if t in self.statute_labels:
            return self._choose(t, context, before)
        t2 = re.sub(r"(?:, \d{4}| of \d{4})$", "", t)
        if t2 in self.statute_labels:
            return self._choose(t2, context, before)
        m = EO_RE.search(text)
        if m:
            for label in (f"e.o. {m['num']}", f"executive order {m['num']}"):
                if label in self.statute_labels:
                    return self.statute_labels[label]
        m = SECTION_ACT_RE.match(text)
        if m:
            head = normal(f"Section {m['num']}")
            if head in self.statute_labels:
                return self.statute_labels[head]
        return None

    def mint_instrument(self, text: str) -> Instrument:
        """An instrument the gazetteer does not know: a stable IRI from its normalised citation."""
        m = EO_RE.search(text)
        if m:
            name = f"E.O. {m['num']}"
            # five-digit executive orders from 1xxxx are the U.S. President's
            return Instrument(STATUTE_NS + f"us-eo-{m['num']}", name, "Statute", None, "asset_freeze", [name], "Q30")
        m = UN_RESOLUTION_RE.fullmatch(text.strip())
        if m:
            # one resolution however the text cites it ("resolution 2127 (2013)", later "resolution 2127"); the UN's act
            name = re.sub(r"^the\s+", "", m.group(0).strip(), flags=re.IGNORECASE)
            return Instrument(STATUTE_NS + f"un-resolution-{m['num']}", name, "Statute", None, None, [name], "Q1065")
        m = EU_CITATION_RE.search(text)
        if m:
            # "Decision 2011/273/CFSP" later in a text that opened with "Council Decision 2011/273/CFSP" is the same act,
            # and "Article 4 of" it is that act too: a designation is made under the act, not one of its articles
            name = text[m.start():m.end()]
            return Instrument(STATUTE_NS + _slug(f"eu {m['kind']} {m['num']}"), name, "Statute", None, None, [name], "Q458")  # the EU's own acts
        m = EU_REGIME_RE.fullmatch(text.strip())
        if m:
            # "the framework for restrictive measures in view of the situation in Mali" and, later, "restrictive measures
            # in view of the situation in Mali" are one regime: it is keyed by the measures' words, named as first told
            name = " ".join(m.group(0).split())
            return Instrument(STATUTE_NS + "eu-" + _slug(re.sub(r"^targeted\s+", "", m["core"])), name, "SanctionsProgram", None, None, [name], "Q458")
        m = COUNTRY_PROGRAM_RE.fullmatch(text.strip())
        if m:
            # one country programme however the text words it ("the Zimbabwe sanctions program", later "the Zimbabwe
            # sanctions regime"): keyed by its place; which state runs it the words do not say
            name = " ".join(m.group(0).split())
            return Instrument(STATUTE_NS + _slug(f"{m['place']} sanctions program"), name, "SanctionsProgram", None, None, [name], None)
        clean = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        # "The Chemical Weapons (Sanctions) (EU Exit) Regulations 2019": every "(EU Exit)" act is a UK statutory instrument
        jurisdiction = "Q145" if re.search(r"\(EU\s+Exit\)", clean) else None
        return Instrument(STATUTE_NS + _slug(clean), clean, "Statute", None, None, [clean], jurisdiction)


def _slug(citation: str) -> str:
    """The last segment of a minted statute IRI: the citation in lower case, runs of other characters one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", citation.casefold()).strip("-")[:80]


@cache
def get() -> Gazetteer:
    return Gazetteer()


class RuleWords:
    """The rules extractor's word lists, read from ``rule_words.json``.

    They are data so that a new document style can be covered by widening a list, and so that a
    test can check every list the extractor asks for is present and well formed.
    """

    FILE = "rule_words.json"

    def __init__(self, rows: dict):
        self.rows = rows

    @classmethod
    def load(cls, path=None) -> "RuleWords":
        path = path or gazetteer_dir() / cls.FILE
        def one_of_each(pairs):
            # (json keeps the last of two lists with one name: a list added under a taken name would replace it)
            names = [k for k, _ in pairs]
            twice = sorted({k for k in names if names.count(k) > 1})
            if twice:
                raise ValueError(f"{path}: {twice[0]!r} is given twice (the second would silently replace the first)")
            return dict(pairs)

        with open(path, encoding="utf-8") as fh:
            rows = json.load(fh, object_pairs_hook=one_of_each)
        for name, row in rows.items():
            if name.startswith("_"):
                continue
            words = row.get("words") if isinstance(row, dict) else None
            if not isinstance(words, (list, dict)) or not words:
                raise ValueError(f"{path}: list {name!r} has no 'words'")
        return cls(rows)

    def _words(self, name: str):
        try:
            return self.rows[name]["words"]
        except KeyError:
            raise ValueError(f"{self.FILE}: no word list {name!r}") from None

    def set(self, name: str) -> frozenset:
        words = self._words(name)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"{self.FILE}: {name!r} must be a list of words")
        return frozenset(words)

    def mapping(self, name: str) -> dict:
        words = self._words(name)
        if not isinstance(words, dict):
            raise ValueError(f"{self.FILE}: {name!r} must map words to values")
        return dict(words)
