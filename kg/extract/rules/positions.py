"""Position claims: titles before, after and around names, and the body each title is of."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract import gazetteer as gz
from kg.extract.rules.units import RECALL_CONFIDENCE, Sent, nearest_subject, slug, strip_det, verb_with_subject
from kg.extract.rules.words import (
    COURT_NAME_RE,
    ABBREVIATIONS_BEFORE_NAMES,
    ACTOR_TYPES,
    BARE_ACTOR_HEADS,
    CIVIL_BODY_NOUNS,
    OUTLET_NOUNS,
    COUNTRY_NAMED_BODY_HEADS,
    DENIAL_LEMMAS,
    DEPT_WORDS,
    ENVOY_BODY_NOUNS,
    GENERIC_ORG_HEADS,
    GOV_WORDS,
    HONORIFICS,
    INQUIRY_BODY_NOUNS,
    LEGISLATOR_TITLES,
    NAME_CLASSIFIER_NOUNS,
    NAME_PARTICLES,
    NATIONALITY_TITLE_HEADS,
    OFFICE_TAKING_PHRASES,
    NUMBER_WORDS,
    PLACE_NOUNS,
    PLACE_TYPES,
    PLURAL_TITLE_HEADS,
    RANK_WORDS,
    RECALL_BODY_WORDS,
    RECALL_RANK_ABBREVIATIONS,
    RECALL_STATE_WORDS,
    RECALL_TITLE_BODIES,
    RECALL_TITLE_HEADS,
    SANCTION_TRIGGERS,
    SANCTION_WORDS,
    SANCTIONER_QIDS,
    HEADER_MEDIUM_RE,
    MASTHEAD_RE,
    SPEECH_VERBS,
    STATE_TITLE_RE,
    SUBDIVISION_NOUNS,
    SUBNATIONAL_TITLES,
    TITLE_BODIES,
    TITLE_FIELD_LABELS,
    TITLE_FILLERS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_PRE_SKIP,
    TITLE_TOPIC_WORDS,
    _WORDS,
    _singular_head,
)
from kg.model import Entity, Span

SERVING_VERBS = _WORDS.set("serving_verbs")
ACTED_ON_PREPS = _WORDS.set("acted_on_preps")
COUNTERPART_VERBS = _WORDS.set("counterpart_verbs")
DESTINATION_VERBS = _WORDS.set("destination_verbs")
PORTFOLIO_BODY_NOUNS = _WORDS.set("portfolio_body_nouns")
BENCH_TITLES = _WORDS.set("bench_titles")
COUNSEL_NOUNS = _WORDS.set("counsel_nouns")
HEADLINE_COURT_VERBS = _WORDS.set("headline_court_verbs")
PERSONAL_SPEAKER_HEADS = _WORDS.set("personal_speaker_heads")
OFFICE_RANK_WORDS = _WORDS.set("office_rank_words")
MILITARY_RANKS = _WORDS.set("military_ranks")
RANK_PREFIXES = _WORDS.set("rank_prefixes")
STAFF_KINDS = _WORDS.set("staff_kinds")
POST_VERBS = _WORDS.mapping("post_verbs")
COURT_POST_VERBS = _WORDS.mapping("court_post_verbs")
TIE_VERBS = _WORDS.mapping("tie_verbs")
TIE_VERB_PREPS = _WORDS.mapping("tie_verb_preps")
UNTOLD_POST_WORDS = _WORDS.set("untold_post_words")
POSTLESS_STATE_TITLES = _WORDS.set("postless_state_titles")
BARE_OFFICE_BODIES = _WORDS.mapping("bare_office_bodies")


# "Secretary for Security", "secretary of justice": a department's secretary is an office of state like a minister
_DEPT_SECRETARY_RE = re.compile(r"\bsecretary\s+(?:of|for)\s+(?!the\b)[a-z]|^presidential\s+\w+", re.I)  # (and "Presidential Advisor")


_FIELD_RE = re.compile(r"(?im)^[ \t]*(" + "|".join(re.escape(w) for w in sorted(TITLE_FIELD_LABELS, key=len, reverse=True)) + r")[ \t]*:[ \t]*(\S[^\n]*)$")
# the same field inside an entry written on one line, as the UN's list is ("... Nationality: Libya. Title: Commander of X.
# Listed on: 7 June 2018."): a capitalised label after a full stop, its value up to the next label or the line's end
_INLINE_FIELD_RE = re.compile(r"(?m)(?<=[.;] )(" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(TITLE_FIELD_LABELS, key=len, reverse=True))
                              + r")[ \t]*:[ \t]*([^\s:][^\n:]*?)(?=\.[ \t]+[A-Z][\w()' -]{0,30}:|\.?[ \t]*$)")
# Words before a date that open or close a time in office ("from December 2007 to December 2015", "since 2019",
# "(2011 to 2016)", "between 2004 and 2008"), and a phrase of taking office before one ("became president in 2017").
_TENURE_OPEN_RE = re.compile(r"\b(?:from|since|between)\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
_TENURE_CLOSE_RE = re.compile(r"(?:\b(?:to|until|till|through|and)|[-\u2013\u2014])\s*(?:(?:early|late|mid)[\s-]+)?$", re.I)
_TENURE_RANGE_RE = re.compile(r"\s*(?:to|until|till|through|-|\u2013|\u2014)\s*(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
_TENURE_TAKEN_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, OFFICE_TAKING_PHRASES), key=len, reverse=True))
                              + r")\b[^,;.()]{0,40}?(?:\b(?:in|on|last)\s+)?$", re.I)
# A founder's start: the date the body was founded ("which X founded in 2011", "X co-founded Y in 1996"); no other
# office starts when its body was founded ("X, director of Y, which was founded in 1990").
_FOUNDED_IN_RE = re.compile(r"\b(?:co-?)?found(?:ed)?\b[^,;.()]{0,40}?\b(?:in|on)\s+$", re.I)
_BARE_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
_HEAD_OF_STATE_RE = re.compile(r"\b(?:president|prime minister|premier|king|queen|crown prince|emir|sultan|dictator|head of state|chancellor)\b", re.I)
_RECALL_PLURALS = {w + "s": w for w in RECALL_TITLE_HEADS}
# Every plural title head the recall layer reads -> its singular, and every singular head.
_ALL_PLURALS = {**PLURAL_TITLE_HEADS, **_RECALL_PLURALS}
_ALL_TITLE_HEADS = TITLE_HEADS | RECALL_TITLE_HEADS
_RECALL_TITLE_WORDS = TITLE_HEADS | RECALL_TITLE_HEADS | TITLE_MODIFIERS | RANK_WORDS | PLURAL_TITLE_HEADS.keys() | {"senior", "vice"}
# a court named by its place or rank before the word ("a Hong Kong court", "the Ostburg District Court")
_COURT_RE = re.compile(r"\b((?:[A-Z][\w'\u2019-]*[ \t]+){1,5}(?:[Cc]ourt|Tribunal|tribunal))\b")
_REGION_KIND_RE = re.compile(r"\b(?:Region|Regional\s+State|State|Province|Oblast|Governorate|Prefecture)\b")  # a region's own name
_LOCAL_GOVERNMENT_RE = re.compile(r"\b(?:state|provincial|province|regional|region|city|municipal|county|prefectural)\s+government\b", re.I)


# the head of state's spouse holds a title of the state ("First Lady X", "former First Lady of Ostland")
_FIRST_SPOUSE_RE = re.compile(r"\bFirst\s+(?:Lady|Gentleman)\b")
_REALM_NOUNS = _WORDS.set("realm_nouns")  # what a traditional ruler's title is of
_COMMANDER_IN_CHIEF_RE = re.compile(r"\bcommander\s*-\s*in\s*-\s*chief$", re.I)
# what the armed forces of a state are called ("the Burmese military", "the army", "the armed forces"), not its police
_ARMED_FORCE_WORDS = _WORDS.set("state_force_heads") - {"police", "troops"}
_BOARD_LEAD_WORDS = frozenset(("of", "the", "its", "supervisory", "executive", "management"))  # "of the Supervisory Board"
_UN_NAME = "United Nations"  # (the body whose offices the mentions name whole: see _office_of_body)


def _second_title(toks, i: int, end: int) -> bool:
    """Whether a lower-case title of two words opens at ``i`` after an "and" ("... and government spokesman", "... and
    party secretary"): a title of its own, not a word of the name before the "and" ("Minister of Communication and
    Media")."""
    return i + 1 < end and toks[i].text.islower() and toks[i].is_alpha and toks[i].lower_ not in TITLE_HEADS \
        and toks[i + 1].lower_ in TITLE_HEADS and toks[i + 1].text.islower() and (i + 2 >= end or not toks[i + 2].text[:1].isupper())


def _bare_secretary(role: str) -> bool:
    """ "Secretary X said": a department's head named by the bare word, as a department's own release calls its
    secretary (of the department that issues it, see _context_positions)."""
    return role.strip().casefold() == "secretary"


def _release_kind_line(line: str) -> bool:
    """Whether a head line says the text is a release: the bare kind ("Press release", "Statement") or a masthead that
    sets the issuer beside it ("Foreign, Commonwealth & Development Office - Press release", "Statement - Ministry of
    X"). Either way the officials the text quotes are the issuer's."""
    line = line.strip()
    if HEADER_MEDIUM_RE.fullmatch(line):
        return True
    m = MASTHEAD_RE.fullmatch(line)
    return m is not None and any(HEADER_MEDIUM_RE.fullmatch(part) for part in m.groups())


def _company_board_of(toks, head: int, k: int, end: int) -> int | None:
    """Where the body a company board's officer serves is named: "Chairman of the Board of Directors of Bank X",
    "member of the Supervisory Board of Y" hold a seat on that firm's board, so the firm after the board's own "of" is
    the body, and the board words of the title. The index of that "of", or None when no board is named so (a bare
    "member of the board" leaves the board for the rules that resolve it). The title may have taken "of the Board" in
    already (``head`` is its last word, ``k`` the first word after it)."""
    board = next((x for x in range(head, min(end, k + 5)) if toks[x].lower_ == "board"), None)
    if board is None or not all(t.lower_ in _BOARD_LEAD_WORDS for t in toks[max(head + 1, k):board]):
        return None
    x = board + 1
    if x + 1 < end and toks[x].lower_ == "of" and toks[x + 1].lower_ in ("directors", "governors", "trustees"):
        x += 2
    if x + 1 < end and x >= k and toks[x].lower_ == "of" and (toks[x + 1].text[:1].isupper() or toks[x + 1].lower_ == "the"):
        return x
    return None


def _state_title(role: str):
    """Whether a title is an office of the state (of the country the text is about when it names no body)."""
    return STATE_TITLE_RE.search(role) or _DEPT_SECRETARY_RE.search(role) or _FIRST_SPOUSE_RE.search(role)


class PositionRules:
    """Mixin of the document reader (kg.extract.rules.reader._Reader); uses its state and its other rules."""

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
        while i < end and (toks[i].lower_ in TITLE_PRE_SKIP or toks[i].lower_.rstrip("-") in TITLE_PRE_SKIP
                           or toks[i].text == "-" and i > start and not toks[i - 1].whitespace_):
            i += 1  # ("then-Secretary of State X": the tokenizer splits the hyphen off the time word)
        org = None
        remit = None  # (where, place) of a place opening the title: "China director at Amnesty International"
        body_tok = None
        body_run = None
        poss_only = False
        possessor = None
        role_start = i
        j = i
        while j < end:
            t = toks[j]
            if t.lower_ in heads:
                break
            nxt = j + 1
            while nxt < end and toks[nxt].lower_ in TITLE_MODIFIERS and nxt - j < 3:
                nxt += 1  # ("the Treasury's acting under secretary": modifiers in a row)
            if t.lower_ in TITLE_MODIFIERS and (t.text[:1].isupper() or j > start and (toks[j - 1].text in ("'s", "\u2019s", "the")
                                                                                         or toks[j - 1].lower_ in TITLE_MODIFIERS))\
                    and nxt < end and toks[nxt].lower_ in heads:
                j += 1  # "Under Secretary", "the Treasury's under secretary": the parser may read the modifier as a preposition
                continue
            if t.lower_ in BARE_ACTOR_HEADS and not self.entity_at(t) \
                    and (t.text.islower() or t.text.istitle() and (t.is_sent_start or j == start and (j == 0 or not toks[j - 1].text[:1].isupper()))):
                body_tok = t  # "a senior army commander", "Police spokesman X" opening a sentence: the body, though unnamed
            if body_run is None and j > role_start and j + 1 < end and toks[j + 1].lower_ in heads and not self.entity_at(t) \
                    and t.lower_ in PORTFOLIO_BODY_NOUNS and all((x.text.islower() or x.is_sent_start) and not self.entity_at(x) for x in toks[role_start:j]) \
                    == t.text.islower():
                # "foreign ministry spokesman X": news names the ministry by its portfolio, in lower case or as a name; when
                # nothing else says whose it is, that phrase is the body
                body_run = toks[role_start:j + 1]
            # "South Sudanese officer", "Bissau-Guinean minister": a demonym of two words (or a hyphen compound) opening here
            longer = next((x for x in (j + 2, j + 1) if x < end and org is None
                           and (self.demonym_at(toks[x]) or (None, -1))[1] == t.i), None)
            if longer is not None:
                org = self._known_entity(self.demonym_state(toks[longer]))
                j = longer + 1
                role_start = j
                continue
            if t.like_num and j + 4 < end and toks[j + 1].text == "-" and toks[j + 2].lower_ in ("year", "years") \
                    and toks[j + 3].text == "-" and toks[j + 4].lower_ == "old" and role_start == j:
                j += 5  # "the 81-year-old leader of Y": the age describes the holder, it is no part of the title
                role_start = j
                continue
            if t.tag_ == "VBG" and t.text.islower() and j + 1 < end and toks[j + 1].lower_ in heads:
                j += 1  # "the commanding officer", "the presiding judge"
                continue
            if j > start and t.text.islower() and t.lower_ in TITLE_PRE_SKIP and toks[j - 1].text in ("'s", "\u2019s"):
                j += 1  # "the kingdom's then chief justice", "Ruritania's former interior minister"
                role_start = j
                continue
            if t.text.isalpha() and t.text.islower() and j + 3 < end and toks[j + 1].text == "-" and not t.whitespace_ \
                    and not toks[j + 1].whitespace_ and toks[j + 2].text.isalpha() and toks[j + 2].text.islower() and toks[j + 2].lower_ not in heads:
                j += 3  # "Cambodia's long-serving Minister of ...", "the self-declared commander": one adjective in three tokens
                continue
            if t.lower_ == "and" and j > start and j + 1 < end and toks[j - 1].text[:1].isupper() == toks[j + 1].text[:1].isupper() \
                    and toks[j - 1].lower_ not in heads and any(x.lower_ in heads for x in toks[j + 1:end]) and toks[j + 1].lower_ not in heads \
                    and toks[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") and toks[j + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                j += 1  # "the organization's Middle East and North Africa director": a region's two names inside the title
                continue  # (or two fields of a remit: "refugee and migrant rights researcher at Human Rights Watch")
            # "the Rapid Support Forces' commander": a bare apostrophe after a plural is the possessive
            bare_poss = t.text in ("'", "\u2019") and j > start and toks[j - 1].text[-1:] in ("s", "S")
            if t.pos_ in ("ADJ", "PROPN", "NOUN") or t.text in ("-", "'s", "\u2019s") or bare_poss or t.ent_type_ \
                    or t.text.isupper() and self.mention_of(t) is not None:  # ("IPOA Chairperson X": initials the tagger took for a verb)
                k = self.entity_at(t)
                if t.lower_ in TITLE_FILLERS:
                    k = None
                if k is None and t.lower_ in PLACE_NOUNS and j + 1 < end and toks[j + 1].text in ("'s", "\u2019s") \
                        and j > 0 and toks[j - 1].lower_ == "the":
                    k = self._last_place(self.tstart(t), t.lower_)  # "Chris Tang, the city's police commissioner"
                    if k is None and t.lower_ in ("country", "nation"):
                        k = self._main_country()  # "The country's top prosecutor, X, ... in Ukraine": named only after
                if k is None and t.lower_ in self.gaz.org_apposition_heads | OUTLET_NOUNS and j + 1 < end and toks[j + 1].text in ("'s", "\u2019s") \
                        and j > 0 and toks[j - 1].lower_ in ("the", "their", "its"):
                    # ("the outlet's project coordinator": the news outlet named last, as "the party's" is the party)
                    k = self._body_for_noun(t.lower_, self.tstart(t)) or self._paragraph_body(self.tstart(t), t.lower_)  # "the party's youth leaders"
                if k is None and org is None and t.text.islower() and t.lower_ in self.gaz.org_apposition_heads and t.pos_ == "NOUN" \
                        and j + 1 < end and toks[j + 1].lower_ in heads and (j == start or toks[j - 1].lower_ in TITLE_PRE_SKIP):
                    # "commission chairperson X", "the tribunal president": the body of that noun named before
                    k = self._body_for_noun(t.lower_, self.tstart(t), monitors=True)
                if (k is None or self.etype(k) == "Person") and org is None and t.text.istitle() \
                        and any(toks[x].lower_ in heads and all(toks[y].text.islower() for y in range(j + 1, x)) for x in range(j + 1, min(end, j + 3))) \
                        and (named_by := self._body_named_by_word(t.text)) is not None:
                    # "the Houthi leader X", "Houthi military commander": a group called after a family or founder, whose
                    # word the mentions may have joined to the man named so
                    org = named_by
                    role_start = j + 1
                    j += 1
                    continue
                if k and self.etype(k) == "Person" and j > start and toks[j - 1].text.islower() and self.entity_at(toks[j - 1]) != k:
                    m_end = j
                    while m_end + 1 < end and self.entity_at(toks[m_end + 1]) == k:
                        m_end += 1
                    if m_end + 1 < end and toks[m_end + 1].lower_ in heads:
                        j = m_end + 1  # "senior Sahel researcher", "deputy Middle East director": a region the NER took for a
                        continue  # person, inside the title
                if k and self.etype(k) == "Person":
                    m_end = j
                    while m_end + 1 < end and self.entity_at(toks[m_end + 1]) == k:
                        m_end += 1
                    boss = self._held_org(k) if m_end + 1 < end and toks[m_end + 1].text in ("'s", "\u2019s") else None
                    if boss is None and not (m_end + 1 < end and toks[m_end + 1].text in ("'s", "\u2019s")):
                        return None, None, start
                    # "Ortega's vice president" before Ortega holds anything in the text: a state title, of the state
                    poss_only = poss_only or boss is None
                    if boss is not None or any(p[1] == k for p in getattr(self, "_pending_positions", ())):
                        possessor = possessor or k  # (a private man's spokesman holds no post)
                    org = org or boss  # "Kagame's senior adviser": of the office the text gave Kagame
                    j = m_end + 1
                    continue
                if k and self.etype(k) == "Group" and t.pos_ == "PROPN" and t.text[:1].isupper() and org is None \
                        and j + 1 < end and toks[j + 1].lower_ in heads and self.entity_at(toks[j + 1]) == k:
                    # "Reuters journalists A and B": the group pattern took the outlet in; the outlet is their body
                    org = self._phrase_org([t], any_pos=True)
                    role_start = j + 1
                    j += 1
                    continue
                if k and self.etype(k) == "Group" and not self._actor(k, []):
                    k = None  # "an informal community leader": a description, not a body
                if k and self.etype(k) in ACTOR_TYPES | PLACE_TYPES:
                    if org is None:
                        org = self._local_force_body(k, self.tstart(t)) or k
                        if self.etype(k) in PLACE_TYPES and remit is None:
                            remit = (role_start, j, k)
                    elif self.etype(k) in PLACE_TYPES and remit is None and org is not None and self.etype(org) not in PLACE_TYPES \
                            and toks[j - 1].text in ("'s", "\u2019s"):
                        remit = (role_start, j, k)  # "the group's Middle East director": the body named first, then the remit
                    if not (t.lower_ in DEPT_WORDS and t.text.istitle() and j + 1 < end and toks[j + 1].lower_ in heads
                            and self.entity_at(toks[j + 1]) != k and (j == start or self.entity_at(toks[j - 1]) != k)):
                        role_start = j + 1  # (but "Treasury Secretary X": a department's one word names the office too)
                elif org is None and (ke := self.demonym_state(t)) is not None:
                    org = self._known_entity(ke)
                    role_start = j + 1
                elif t.text in ("'s", "\u2019s") or bare_poss:
                    role_start = j + 1
                j += 1
                continue
            return None, None, start
        if j >= end or toks[j].lower_ not in heads:
            return None, None, start
        run = toks[role_start:j]
        if org is None and len(run) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                                 and getattr(self.mention_of(t), "type", "Descriptor") == "Descriptor" for t in run) \
                and run[-1].lower_ in COUNTRY_NAMED_BODY_HEADS:
            # "the Communist Party chief in Xinjiang": the party's chief; the place after "in" is where he serves
            org = self._phrase_org(run, any_pos=True)
        if possessor is not None and toks[j].lower_ in PERSONAL_SPEAKER_HEADS and all(x.text.islower() or x.is_punct for x in toks[role_start:j]):
            org = possessor  # "Kadyrov's spokesman": he speaks for the man, whatever office the man holds
            poss_only = False
        if toks[j].lower_ in NATIONALITY_TITLE_HEADS and org is not None and self.etype(org) == "Country":
            org = None  # "the German researcher X": where she is from, not whom she works for
        last_head = j
        j += 1
        while j < end:
            t = toks[j]
            low = t.lower_
            # "deputy information minister", "vice foreign minister": lower-case words between two heads are one title
            nxt_head = next((x for x in range(j + 1, min(end, j + 3)) if toks[x].lower_ in heads), None)
            if nxt_head is not None and all((toks[y].text.islower() or toks[y].text.istitle() and toks[j - 1].text.istitle())
                                            and toks[y].pos_ in ("NOUN", "ADJ", "PROPN") and toks[y].lower_ not in heads
                                            and not self.entity_at(toks[y]) for y in range(j, nxt_head)):
                last_head = nxt_head
                j = nxt_head + 1
                continue
            if low == "and" and j - 1 == last_head:
                # "member and first deputy speaker of the Parliament", "President and Prime Minister of X": two titles
                # that share the body after them are one title of that body
                x = j + 1
                while x < end and x - j <= 3 and toks[x].lower_ not in heads and (toks[x].lower_ in TITLE_MODIFIERS or toks[x].tag_ == "JJ") \
                        and toks[x].text[:1].isupper() == toks[last_head].text[:1].isupper():
                    x += 1
                y = x + 1  # ("first deputy speaker": a noun after the head word is still the title)
                while y < end and y - x <= 2 and (toks[y].lower_ in heads or toks[y].pos_ in ("NOUN", "PROPN")) \
                        and toks[y].text[:1].isupper() == toks[x].text[:1].isupper() and not self.entity_at(toks[y]):
                    y += 1
                if y < end and toks[x].lower_ in heads and toks[x].text[:1].isupper() == toks[last_head].text[:1].isupper() \
                        and toks[y].lower_ in ("of", "at") and not self.entity_at(toks[x]):
                    last_head = y - 1
                    j = y
                    continue
            place = self.entity_at(t) if j == last_head + 1 and t.text[:1].isupper() and low not in heads else None
            if place is not None and (self.etype(place) in PLACE_TYPES or self.etype(place) == "Person" and toks[last_head].text.islower()):
                x = j
                while x + 1 < end and self.entity_at(toks[x + 1]) == place:
                    x += 1
                # (a region the NER took for a person is one too, between two lower-case title words: "deputy Middle East director")
                if x + 1 < end and toks[x + 1].lower_ in heads and toks[x + 1].text.islower() == toks[last_head].text.islower():
                    j = x + 1  # "deputy Asia director", "Deputy Middle East Director": a region inside the title is its remit
                    continue
            if j == last_head + 1 and low in RECALL_TITLE_HEADS and low not in heads and t.text.islower() == toks[last_head].text.islower():
                last_head = j  # "the kingdom's then chief justice": a second head word the precise list leaves to the recall layer
                j += 1
                continue
            if low in MILITARY_RANKS and t.text[:1].isupper() and toks[last_head].text.islower():
                break  # "army spokesman Colonel X": the rank before the name is no second word of the office
            if low in heads or (low in TITLE_FILLERS and low not in ("of", "the", "and", "for")):
                if not (t.text[:1].isupper() or low in heads or low in ("party",)):
                    break
                if low in heads or low in ("state", "general", "affairs", "security", "party"):
                    last_head = j
                j += 1
                continue
            # "Commander-in-Chief", "Vice-President", "Deputy-Director"
            if t.text == "-" and j + 1 < end and (toks[j + 1].lower_ in ("in", "chief", "general") or toks[j + 1].lower_ in heads
                                                  and toks[j - 1].lower_ in TITLE_MODIFIERS | {"vice", "deputy"}):
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
        if k < end and toks[k].lower_ == "on" and org is not None:
            # "the U.N. special rapporteur on Myanmar": the topic of a mandate given by the body before it
            stop = next((x for x in range(k + 1, end) if toks[x].text in (",", ";", "(", ":", ".") or "\n" in toks[x].text), end)
        elif k + 2 < end and toks[k].lower_ == "on" and toks[k + 1].lower_ == "the" and toks[k + 2].lower_ in self.gaz.org_apposition_heads \
                and (k + 3 >= end or toks[k + 3].text in (",", ";", ".", ")")):
            org = self._body_for_noun(toks[k + 2].lower_, self.tstart(toks[k]))  # "a youth representative on the panel"
            stop = k + 3
        whole_board = False
        if k + 1 < end and toks[k].lower_ == "of" and toks[k + 1].lower_ == "staff" and toks[last_head].lower_ in ("chief", "chiefs", "head"):
            role_end = stop = k = k + 2  # "chief of staff": staff is no body but the office's name
        elif toks[last_head].lower_ in ("chief", "chiefs") and k < end and toks[k].lower_ == "of" and (staff := next(
                (x for x in range(k + 1, min(end, k + 4)) if toks[x].lower_ == "staff" and all(
                    toks[y].lower_ in STAFF_KINDS for y in range(k + 1, x))), None)) is not None and staff > k + 1:
            role_end = stop = k = staff + 1  # "Chief of General Staff", "Deputy Chief of Defence Staff", "Chief of the Army Staff"
            if k + 1 < end and toks[k].lower_ == "for" and toks[k + 1].text[:1].isupper() and not self.entity_at(toks[k + 1]):
                k += 1  # "... Staff for Logistics": the remit is the office's too
                while k < end and toks[k].text[:1].isupper() and not self.entity_at(toks[k]):
                    k += 1
                role_end = stop = k
        elif (board_of := _company_board_of(toks, last_head, k, end)) is not None:
            role_end = stop = k = board_of  # "Chairman of the Board of Directors of Bank X": the bank's board, so the bank's
            # (the NER may have read "Board of Directors of Bank X" as one name: the bank is still only its end)
            whole_board = self.entity_at(toks[k + 1]) is not None and self.entity_at(toks[k + 1]) == self.entity_at(toks[k - 1])
        if k + 3 < end and toks[k].lower_ == "to" and toks[k + 1].lower_ == "the" and toks[k + 2].lower_ in heads:
            # "chief of staff to the Administrator General of the X", "an adviser to the Minister of Y": an aide serves in the
            # body the title they serve is of
            _, served_org, served_end = self._title_org(toks, k + 1, end)
            if served_org is not None:
                return " ".join(t.text for t in toks[role_start:role_end]), served_org, served_end
        to_head = k + 2 < end and toks[k].lower_ == "to" and toks[k + 1].lower_ == "the" and toks[k + 2].text.islower() \
            and _HEAD_OF_STATE_RE.fullmatch(toks[k + 2].text) is not None and (k + 3 >= end or toks[k + 3].text in (",", ";", ".", ")"))
        if to_head:
            role_end = stop = k + 3  # "a businessman and adviser to the president": an office of the state, whoever holds its head
        elif k < end and (toks[k].lower_ in ("of", "at", "for", "to", "with", "from") or (toks[k].lower_ == "in" and org is None)):
            found = None
            phrase = []
            for idx in range(k + 1, min(end, k + 14)):
                t = toks[idx]
                if t.text in (",", ";", "(", ":", ".") or t.lower_ in ("who", "which", "whose", "where", "when") or "\n" in t.text:
                    break
                if t.lower_ == "and" and idx + 1 < end and (toks[idx + 1].lower_ in ("a", "an", "the", "his", "her") or toks[idx + 1].lower_ in heads
                                                            or idx + 2 < end and toks[idx + 1].text.islower() and toks[idx + 2].lower_ == "of"
                                                            or _second_title(toks, idx + 1, end)):
                    break  # (and "... of Ruritania and son of President Y": another noun of its own; "Minister of
                    # Communication and Media and government spokesman": a second title, in lower case)
                if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" and not (t.tag_ == "VBG" and t.dep_ == "amod" and idx <= k + 2):
                    break  # (a participle opening the phrase is part of the body's name: "from the ruling party")
                key = self.entity_at(t)
                if key and self.etype(key) == "Person":
                    after = idx
                    while after + 1 < end and self.entity_at(toks[after + 1]) == key:
                        after += 1
                    if not (after + 1 < end and (toks[after + 1].text.islower() and toks[after + 1].pos_ in ("NOUN", "ADJ")
                                                 or toks[after + 1].text in ("'s", "\u2019s"))):
                        break
                    # "head of the Surgut city investigative department": a name the NER took for a person, qualifying a
                    # noun; "a member of Modi's Bharatiya Janata Party": the leader owns the party the member belongs to
                    key = None
                last = idx
                while key and last + 1 < end and self.entity_at(toks[last + 1]) == key:
                    last += 1
                if key and self.etype(key) in PLACE_TYPES and last + 2 < end and toks[last + 1].text == "-" and toks[last + 2].lower_ == "based":
                    key = None  # "at the New York-based group": where the body sits, not the body
                    if last + 3 < end and toks[last + 3].lower_ in self.gaz.org_apposition_heads:
                        found = self._body_for_noun(toks[last + 3].lower_, self.tstart(toks[idx])) or self._paragraph_body(self.tstart(toks[idx])) or found
                if key and self.etype(key) in ACTOR_TYPES | PLACE_TYPES and (found is None or self.etype(found) in PLACE_TYPES):
                    found = key  # a body before a place ("director of the Affairs Office in Beijing")
                phrase.append(t)
                stop = idx + 1
            if found is not None and self.etype(found) == "Group":
                found = self._body_of_group(found) or found  # "members of an FSB team": of the FSB
            named = [t for t in phrase if t.lower_ not in ("the", "of", "and", "'s", "\u2019s", "-")]
            # "president of the firm ABMC Thai-South Sudan": the name after the noun is the firm's, places in it included
            noun = next((n for n, t in enumerate(phrase) if t.text.islower() and t.lower_ in self.gaz.org_apposition_heads), None)
            given = phrase[noun + 1:] if noun is not None else []
            # "another leader of the alliance", "a member of the unit": the body of that kind named before
            ref = self._body_for_noun(phrase[1].lower_, self.tstart(phrase[0]), monitors=True) \
                if found is None and len(phrase) == 2 and phrase[0].lower_ in ("the", "that", "this") and phrase[1].text.islower() \
                and phrase[1].lower_ in self.gaz.org_apposition_heads else None
            if ref is None and toks[k].lower_ == "of" and len(phrase) >= 4 and phrase[0].lower_ == "the" and phrase[1].text[:1].isupper() \
                    and phrase[2].lower_ == "for" and all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the") for t in phrase[3:]):
                # "High Representative of the Union for Foreign Affairs and Security Policy": "the Union" is the union the
                # text names in full, and what follows "for" is the title's remit, not a body's name
                ref = self._body_by_last_word(phrase[1].lower_, found)
            if ref is None and found is None:
                ref = self._kind_named_body(phrase)  # "a leader of the 88 Generation group": a name the NER left out
            envoy = next((n for n, t in enumerate(phrase[:-2]) if t.text.islower() and t.lower_ in ENVOY_BODY_NOUNS
                          and phrase[n + 1].lower_ in ("in", "to", "at")), None)
            if ref is None and envoy is not None and found is not None and self.etype(found) in PLACE_TYPES \
                    and all(self.entity_at(t) == found for t in phrase[envoy + 2:] if t.lower_ != "the"):
                # "a spokesperson for the Chinese embassy in Washington": the mission, not the city it sits in
                ref = self._phrase_org(phrase, any_pos=True)
            poss = next((n for n, t in enumerate(phrase) if t.text in ("'s", "\u2019s")), None)
            owned = phrase[poss + 1:] if poss is not None else []
            owned_body = self.entity_at(owned[-1]) if owned and owned[-1].text[:1].isupper() else None
            if ref is None and owned_body is not None and owned_body != found and self.etype(owned_body) in ("Organization", "GovernmentBody") \
                    and all(self.entity_at(t) == owned_body for t in owned if t.lower_ != "the"):
                # "director of the Workers' Party's Organization Department": the body named after the possessive; the
                # possessor is the body it belongs to
                ref = owned_body
            if ref is None and found is not None and self.etype(found) in PLACE_TYPES and owned and owned[-1].text.islower() \
                    and (GOV_WORDS.search(owned[-1].text) or owned[-1].lower_ in self.gaz.org_words or owned[-1].lower_ in BARE_ACTOR_HEADS
                         or self._named_kind(owned)):
                # "a senior official in Uganda's interior ministry": the state's body, not the state; so "the leader of
                # Yemen's Houthi movement" leads the movement
                ref = self._phrase_org(phrase)
            if ref is None and found is not None and self.etype(found) in PLACE_TYPES and owned and owned[-1].text.islower() \
                    and owned[-1].lower_ in SUBDIVISION_NOUNS and self.entity_at(phrase[poss - 1]) == found:
                ref = self._subdivision(phrase[poss - 1], owned[-1])  # "mayor of Budapest's fifth district"
            if toks[k].lower_ in ("with", "from"):
                # "a journalist with the broadcaster Radio X", "a researcher with Human Rights Watch": the body one works
                # with is one's employer; a place or a person after "with" is company or ties ("an officer with ties to Moscow");
                # "a lawmaker from the ruling party" is the party's, "a lawmaker from Kerala" is no post in Kerala
                if org is None and found is not None and self.etype(found) in ("Organization", "GovernmentBody"):
                    org = found
            elif ref is not None:
                org = ref
            elif org is not None and found is None and self.etype(org) in ("Organization", "GovernmentBody") and named and toks[k].lower_ == "of" \
                    and all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for", "-") for t in phrase) and phrase[0].lower_ != "the":
                role_end = stop  # "the SPLA's Deputy Chief of General Staff for Logistics": the body before the title is its body
            elif given and given[0].text[:1].isupper() and all(t.text[:1].isupper() or t.text == "-" for t in given) \
                    and (found is None or self.etype(found) in PLACE_TYPES or any(self.entity_at(t) == found for t in given)):
                whole = found is not None and all(self.entity_at(t) == found for t in given)
                org = found if whole else self._phrase_org(given, any_pos=True) or found
            elif (inner := self._portfolio_of_state(toks, last_head, k, phrase)) is not None:
                role_end, org = inner  # "the Minister of the Interior of the Republic of Cuba": the portfolio, then its state
            elif toks[last_head].lower_ in ("minister", "secretary") and toks[k].lower_ in ("of", "for") and named \
                    and all(t.text[:1].isupper() for t in named) \
                    and (not found or toks[k].lower_ == "for" or all(w.lower() in DEPT_WORDS for w in re.findall(r"[A-Za-z]+", self.ex.entities[found].name)
                                                                      if w.lower() not in ("of", "the", "and"))):
                role_end = stop  # "Minister of Social Security", "Minister for the Propagation of Virtue and Prevention of Vice"
            elif toks[last_head].lower_ in ("minister", "secretary") and toks[k].lower_ in ("of", "for") and named \
                    and (not found or toks[last_head].lower_ == "minister" and self.ex.entities[found].name.islower()) \
                    and all(t.text.islower() and (t.lower_ in DEPT_WORDS | {"and"} or toks[last_head].lower_ == "minister")
                            for t in named):
                role_end = stop  # "the secretary for security", "the minister of home affairs": a department in lower case
                # (any portfolio of a minister: "the minister of communication", "minister of territorial administration")
            elif found and toks[k].lower_ == "for" and self.etype(found) == "Region" and org is None \
                    and any(t.lower_ in ("minister", "secretary") for t in toks[role_start:last_head + 1]) \
                    and all(self.entity_at(t) == found for t in named):
                role_end = stop  # "Minister of State for Midlands Province": the province is the minister's remit, the office the state's
            elif found and named and all(t.text[:1].isupper() for t in named) and len(named) >= 2 \
                    and self.etype(found) in PLACE_TYPES and (GOV_WORDS.search(named[-1].text) or named[-1].lower_ in self.gaz.org_words):
                # "Commissioner-General of the Zimbabwe Republic Police": the body, not the country inside its name
                org = self._phrase_org(phrase) or found
            elif found and self.etype(found) in PLACE_TYPES and toks[k].lower_ == "of" and len(named) >= 2 \
                    and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in named) and named[0].text[:1].isupper() \
                    and self.entity_at(named[0]) != found and named[0].pos_ == "PROPN" \
                    and not any(t.lower_ in DEPT_WORDS | PLACE_NOUNS | TITLE_FILLERS | TITLE_TOPIC_WORDS or t.text in self.gaz.demonyms
                                for t in named if self.entity_at(t) != found):
                org = self._phrase_org(phrase, any_pos=True) or found  # "Vice-President of ALBA de Nicaragua": a firm named with a place
            elif found and not (org is not None and self.etype(org) in ("Organization", "GovernmentBody") and self.etype(found) in PLACE_TYPES
                                and toks[k].lower_ in ("for", "in")) \
                    and not (org is not None and toks[k].lower_ == "to" and self.etype(found) in PLACE_TYPES):
                # (but "Zimbabwe's ambassador to Tanzania" is Zimbabwe's: the place after "to" is where he is sent)
                org = found  # (but "Amnesty's regional director for East Africa" is Amnesty's: the place is the remit)
            elif phrase and all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "-", "'s") for t in phrase) and toks[k].lower_ == "of" \
                    and toks[last_head].lower_ not in ("minister", "secretary") and all(t.pos_ == "PROPN" for t in named) \
                    and not any(t.lower_ in DEPT_WORDS | TITLE_FILLERS | TITLE_TOPIC_WORDS | PLACE_NOUNS for t in named):
                org = self._phrase_org(phrase, any_pos=True)  # "President of Petronic": a body the NER did not name
            elif phrase and all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "-", "'s") for t in phrase) and toks[k].lower_ == "of":
                role_end = stop  # "Minister of Intelligence", "Minister of State Security"
            elif phrase and toks[k].lower_ == "of" and all(t.text.islower() and t.lower_ in DEPT_WORDS for t in named) and named \
                    and not any(self.entity_at(t) for t in named):
                role_end = stop  # "the army chief of staff", "head of security": a lower-case department word ends the title, no body
            elif phrase and toks[k].lower_ == "of" and all(t.text.islower() and t.pos_ in ("NOUN", "ADJ") for t in phrase) \
                    and any(toks[x].text in ("'s", "\u2019s") or toks[x].lower_ in ("its", "their") for x in range(start, role_start)) \
                    and not any(self.entity_at(t) or t.lower_ in BARE_ACTOR_HEADS or t.lower_ in self.gaz.org_words
                                or t.lower_ in self.gaz.org_apposition_heads or GOV_WORDS.search(t.text) for t in phrase):
                role_end = stop  # "its head of procurement", "Iwacu's head of political news": a field with no article is
                # the post's remit; the body is the one named before the title, or the one "its" goes back to
            elif phrase and toks[k].lower_ == "of":
                org = self._phrase_org(phrase) or org
        if whole_board and phrase:
            org = self._phrase_org(phrase, any_pos=True) or org
        if body_tok is not None and (org is None or self.etype(org) == "Country"):
            org = self._phrase_org([body_tok], any_pos=True)  # "Kenya's police chief": of the police, not of the state
        if body_run is not None and org is None:
            org = self._phrase_org(body_run, any_pos=True)
        if org is None:
            body = TITLE_BODIES.get(" ".join(t.text for t in toks[role_start:role_end]).lower())
            if body:
                ke = self.gaz.known_by_label.get(gz.normal(body))
                if ke:
                    org = self._known_entity(ke)
        if org is None and _COMMANDER_IN_CHIEF_RE.search(" ".join(t.text for t in toks[role_start:role_end])):
            org = self._armed_forces(self.tstart(toks[start]))  # "Soe Win, the Deputy Commander-in-Chief": of the military
        if poss_only and org is None and not _state_title(" ".join(t.text for t in toks[role_start:role_end])):
            return None, None, start
        if org is not None and self.entity_at(toks[last_head]) == org:
            # "U.N. High Commissioner for Human Rights Volker Turk": the name the office goes by holds the whole title, so
            # the title runs from its first title word inside that name ("High Commissioner"), not from its head alone
            while role_start - 1 >= start and self.entity_at(toks[role_start - 1]) == org \
                    and toks[role_start - 1].lower_ in OFFICE_RANK_WORDS | heads and toks[role_start - 1].text[:1].isupper():
                role_start -= 1
        if remit is not None and org is not None and org != remit[2] and self.etype(org) not in PLACE_TYPES \
                and (last_head + 1 < end and toks[last_head + 1].lower_ in ("at", "of") or remit[0] > start) and remit[1] < role_start \
                and all(self.entity_at(x) == remit[2] for x in toks[remit[1]:role_start]):
            # "China director at Amnesty International", "associate Asia director at X", "X's Middle East director": the place
            # is the remit, a word of the title, with the words before it
            role_start = remit[0]
        rank = max(stop, role_end)
        while rank < end and (toks[rank].lower_ in MILITARY_RANKS | {"-"} or self._opens_rank(toks, rank, end)) \
                and toks[rank].text[:1].isupper() | (toks[rank].text == "-"):
            rank += 1
        if rank == end and rank > max(stop, role_end):
            stop = end  # "Chief of Army Staff Lieutenant General X": the rank between the office and the name is the person's
        while plural and role_start + 1 < role_end and toks[role_start].like_num:
            role_start += 1  # "the three judges of X, A, B and C": the count is the list's, not each one's title
        # a plural title shared by a list of names is each one's in the singular ("the members of X, A and B")
        role = " ".join(_singular_head(t.text) if plural and t.lower_ in PLURAL_TITLE_HEADS else t.text
                        for t in toks[role_start:role_end]).replace(" - ", "-")
        return role, org, max(stop, role_end)

    @staticmethod
    def _rank_hyphen(toks, i: int, end: int) -> bool:
        """Whether a hyphen joins two words of a rank ("Lieutenant-Colonel", "Major-General"), which the tokenizer
        splits in three: the rank still stands between an office set off before it and the name."""
        return toks[i].text in ("-", "\u2011") and 0 < i and i + 1 < end \
            and toks[i - 1].text[:1].isupper() and toks[i + 1].lower_ in MILITARY_RANKS | RANK_WORDS

    @staticmethod
    def _opens_rank(toks, i: int, end: int) -> bool:
        """Whether a capitalised word opens a compound rank ("Air Vice Marshal", "Rear Admiral", "Field Marshal"): a rank
        prefix followed, through other prefixes, by a rank word."""
        j = i
        while j < end and toks[j].lower_ in RANK_PREFIXES and toks[j].text[:1].isupper():
            j += 1
        return j > i and j < end and toks[j].lower_ in MILITARY_RANKS and toks[j].text[:1].isupper()

    def _portfolio_of_state(self, toks, last_head: int, k: int, phrase):
        """(end of the title, state) for "Minister of [the] <department> of <state>" ("the Minister of the Interior of
        the Republic of Cuba", "Secretary of Foreign Affairs of Ruritania"), where the NER may take the department and
        the state for one body; None otherwise."""
        if toks[last_head].lower_ not in ("minister", "secretary") or toks[k].lower_ != "of" or len(phrase) < 3:
            return None
        n = 1 if phrase[0].lower_ == "the" else 0
        dept = n
        while n < len(phrase) and (phrase[n].lower_ in DEPT_WORDS and phrase[n].text[:1].isupper() or phrase[n].lower_ == "and" and n > dept):
            n += 1
        if n == dept or n >= len(phrase) or phrase[n].lower_ != "of" or phrase[n - 1].lower_ == "and":
            return None
        state = next((self.entity_at(t) for t in phrase[n + 1:] if self.entity_at(t) and self.etype(self.entity_at(t)) == "Country"), None)
        if state is None:
            # (the NER's one body over "Interior of the Republic of Cuba" hides the state's own mention: its name, then)
            rest = " ".join(t.text for t in phrase[n + 1:])
            state = next((key for key, e in self.ex.entities.items() if e.type == "Country"
                          and re.search(r"(?<!\w)" + re.escape(e.name) + r"(?!\w)", rest)), None)
        return (k + 1 + n, state) if state is not None else None  # (phrase is toks[k + 1:]; a token's .i counts in its doc)

    def _local_force_body(self, key: str, before: int) -> str | None:
        """The force a place's force is part of ("Kinshasa police commander X", "the Nairobi regional police commander"): a
        city's or region's police named only in passing is no body of its own but the force the text names as such, else
        the place. A text that names it again, or names the force of another place too ("the Malang police ... the East
        Java police chief"), tells of the local forces as bodies."""
        place = self._local_force_place(key)
        if place is None:
            return None
        head = self.ex.entities[key].name.split()[-1]
        if sum(m.entity == key for m in self.mentions) > 1 or any(
                k != key and self._local_force_place(k) is not None and self.ex.entities[k].name.split()[-1] == head
                for k in {m.entity for m in self.mentions if m.entity}):
            return None
        body = self._body_for_noun(head, before)
        return body if body is not None and self._local_force_place(body) is None else place

    def _local_force_place(self, key: str) -> str | None:
        """The place a body is the force of when its name is the place's and a force's bare noun ("Nairobi regional police")."""
        words = self.ex.entities[key].name.split()
        cap = next((n for n, w in enumerate(words) if w.islower()), len(words))
        if self.etype(key) not in ("Organization", "GovernmentBody") or not 0 < cap < len(words) \
                or words[-1] not in BARE_ACTOR_HEADS or not all(w.islower() for w in words[cap:]):
            return None
        return next((k for k, e in self.ex.entities.items() if e.name == " ".join(words[:cap]) and e.type in PLACE_TYPES), None)

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

    def _glossed_title(self, toks, a: int):
        """(role, org) of a title in another language that the text glosses with an English one, then says whose it is:
        "X, the Omusinga (king) of the Rwenzururu kingdom", "X, the Sikyong, or president, of the Central Tibetan
        Administration". The English word says it is a title; the foreign word is the title's name."""
        n = len(toks)
        if a + 5 >= n or toks[a].lower_ not in ("the", "a") or not toks[a + 1].text[:1].isupper() or toks[a + 1].lower_ in TITLE_HEADS \
                or self.etype(self.entity_at(toks[a + 1])) in ("Organization", "GovernmentBody", "Group"):  # (the NER may take it for a name or a place)
            return None
        if toks[a + 2].text == "(" and toks[a + 3].lower_ in TITLE_HEADS and toks[a + 4].text == ")":
            after = a + 5  # "the Omusinga (king) of ..."
        elif toks[a + 2].text == "," and toks[a + 3].lower_ == "or" and a + 5 < n and toks[a + 4].lower_ in TITLE_HEADS and toks[a + 5].text == ",":
            after = a + 6  # "the Sikyong, or president, of ..."
        else:
            return None
        org = None
        if after + 1 < n and toks[after].lower_ == "of":
            words = [t for t in toks[after + 1:after + 7] if not t.is_punct]
            k = next((x for x, t in enumerate(words) if t.text.islower() and t.lower_ not in ("the",)), None)
            if k is not None and k > 0 and words[k].lower_ in _REALM_NOUNS and all(t.text[:1].isupper() for t in words[int(words[0].lower_ == "the"):k]):
                org = self._phrase_org(words[:k + 1], any_pos=True)  # "of the Rwenzururu kingdom": a realm the NER did not name
        org = org or self._org_after(toks, after, places=True)
        return (toks[a + 1].text, org) if org is not None else None

    def _body_of_group(self, group: str) -> str | None:
        """The body a group named as "<body> <noun>" is part of ("an FSB team", "a Wagner unit"): the organisation or
        government body the text names by the words before the noun; None when none has that name."""
        words = self.ex.entities[group].name.split()
        if len(words) < 2 or not words[-1].islower():
            return None
        name = " ".join(words[:-1]).casefold()
        return next((k for k, e in self.ex.entities.items() if e.type in ("Organization", "GovernmentBody")
                     and name in {n.casefold() for n in (e.name, *e.aliases)}), None)

    def _armed_forces(self, before: int) -> str | None:
        """The armed forces a commander-in-chief with no body named commands: the state's military the text names, the
        one named last before the title, else the first named after it ("the Burmese military", "the Tatmadaw")."""
        found = [m for m in self.mentions if m.entity and self.etype(m.entity) in ("GovernmentBody", "Organization")
                 and set(re.findall(r"[a-z]+", self.ex.entities[m.entity].name.lower())) & _ARMED_FORCE_WORDS
                 and not self._is_sanctioner(m.entity) and not self._is_monitor(m.entity)]
        before_it = [m for m in found if m.start < before]
        return before_it[-1].entity if before_it else found[0].entity if found else None

    def _last_body(self, before: int) -> str | None:
        """The organisation or government body named last before a position ("its", "the group").
        A descriptor between that name and "its" ("X, a former officer of the GRU, who founded the group and is its
        commander") is what "its" picks up: the body the descriptor noun describes, not the body named last."""
        last, last_end = None, 0
        for m in self.mentions:
            if m.start >= before:
                break
            if m.entity and self.etype(m.entity) in ("Organization", "GovernmentBody") and not self._told_of_a_body(m):
                last, last_end = m.entity, m.end
        para_start = self.text.rfind("\n", 0, before) + 1
        # "Vietnam's foreign ministry has rejected such criticism. Its spokeswoman, X": a state's body named in lower case
        # after the last named body is what "its" picks up; the state stands for it
        owned = None
        for m in self.mentions:
            if m.start >= before:
                break
            if m.start >= max(last_end, para_start) and m.entity and self.etype(m.entity) == "Country":
                after = re.match(r"['\u2019]s((?:\s+[a-z]+){1,3})\b", self.text[m.end:m.end + 48])
                if after and any(GOV_WORDS.search(w.title()) or w in self.gaz.org_words for w in after.group(1).split()):
                    owned = m.entity
        if owned is not None:
            return owned
        between = self.text[max(last_end, para_start):before]
        nouns = [w.casefold() for w in re.findall(r"\b[Tt]he\s+([A-Za-z]+)\b", between) if w.casefold() in self.gaz.org_apposition_heads]
        if nouns:
            # ("The commission is chaired by X. Its other members ...": an inquiry the text is about may be "its" body)
            return self._body_for_noun(nouns[-1], before) or self._body_for_noun(nouns[-1], before, monitors=True) or last
        return last

    def _subject_body_before(self, its) -> str | None:
        """The body an "Its" opening a sentence goes back to: the subject of the sentence before, in the same paragraph
        ("The LAAF did not respond to Amnesty International's request for comment. Its spokesman, X, ..."), which the
        story is telling of, over a body named after it in passing. None when "its" opens no sentence or that subject
        is no body."""
        prev = self.sentence_before_opened_by(its)
        if prev is None:
            return None
        subj = next((c for c in prev.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        key = self.entity_at(subj) if subj is not None else None
        return key if self.etype(key) in ("Organization", "GovernmentBody", "Group") and not self._is_sanctioner(key) else None

    def _told_of_a_body(self, m: Mention) -> bool:
        """Whether a body is named only inside a relative clause about another body ("The Nigerian Air Force, which flies
        most of the military's armed drones, said ... Its spokesman, X"): the clause describes the body it hangs on, and
        "its" later goes on with that body, the one the sentence is about."""
        tok = self._token_at(m.start)
        if tok is None:
            return False
        for a in tok.ancestors:
            if a.dep_ == "relcl":
                if a.lemma_ in ("call", "name", "style", "rename", "know"):
                    return False  # "The regime, which calls itself the State Administration Council": its name
                k = self.entity_at(a.head)
                return k is not None and k != m.entity and self.etype(k) in ("Organization", "GovernmentBody")
        return False

    def _paragraph_body(self, before: int, noun: str = "") -> str | None:
        """The organisation named last before ``before`` in the same paragraph ("X, the Freedom Alliance member of
        parliament, and the party's youth leaders"): a possessive noun with no body of its name refers back to it.
        "The organization's" or "the group's" is a non-state body's, named in the paragraph or before it, whoever
        else acts in the paragraph ("Egyptian authorities denied entry to X, the organization's director": of
        Human Rights Watch, named above)."""
        para_start = self.text.rfind("\n", 0, before) + 1
        nonstate = noun in ("organization", "organisation", "group")
        bodies = self._bodies_named(before)
        best = None
        for m in self.mentions:
            if m.start >= before:
                break
            if not m.entity or self.etype(m.entity) not in ("Organization", "GovernmentBody") or self._is_sanctioner(m.entity):
                continue
            name = self.ex.entities[m.entity].name
            if noun in CIVIL_BODY_NOUNS | OUTLET_NOUNS and (self.etype(m.entity) == "GovernmentBody" or GOV_WORDS.search(name)):
                continue  # "police detained X, the party's vice chairman Y": a party, a firm or a union is no organ of the state
            if m.start < para_start:
                # ("the organization's director" paragraphs after the report's author is named: a rights group's)
                if nonstate and self._is_monitor(m.entity) and self.etype(m.entity) == "Organization":
                    best = m.entity
                continue
            # a named body ("Amnesty International ... the group's country director"), not "the authorities"
            words = name.split()
            if name[:1].isupper() and not (nonstate and words[-1].casefold() in BARE_ACTOR_HEADS and (len(words) == 1 or len(words) == 2
                                                                                                   and words[0] in self.gaz.demonyms)) \
                    and (not self._after_place_prep(m.start, para_start) or m.entity in bodies):
                best = m.entity  # "member of parliament for Lusaka East": a place the NER took for a body is no party
        return best

    def _after_place_prep(self, start: int, floor: int = 0) -> bool:
        """Whether a name comes right after a preposition a place may follow ("for Lusaka East", "in Velda", "to the X")."""
        return bool(re.search(r"\b(?:for|in|at|from|to)\s+(?:the\s+)?$", self.text[max(floor, start - 10):start]))

    def _bodies_named(self, before: int) -> set:
        """The bodies the text names before ``before`` at least once where no place could stand ("led by the Liberation
        Front (LF)"): a later "loyal to the LF" is still that body's name, whereas "for Lusaka East" never is one."""
        return {m.entity for m in self.mentions if m.start < before and m.entity
                and self.etype(m.entity) in ("Organization", "GovernmentBody") and not self._after_place_prep(m.start)}

    def _body_for_noun(self, noun: str, before: int, monitors: bool = False) -> str | None:
        """The body "the <noun>" refers back to ("the group", "the company", "the unit"): the last one named before
        whose name has that noun in it ("the Wagner Group"), else None. Sanctioning and monitoring bodies are
        spoken about, never "the group" of the story."""
        best = None
        for m in self.mentions:
            if m.start >= before:
                break
            if not m.entity or self.etype(m.entity) not in ("Organization", "GovernmentBody"):
                continue
            if self._is_sanctioner(m.entity) or self._is_monitor(m.entity) and not monitors:
                continue
            ent = self.ex.entities[m.entity]
            words = {w.casefold() for n in {ent.name, *ent.aliases} for w in re.findall(r"[A-Za-z]+", n)}
            # (or said to be one right after its name: "the Coalition for Change alliance", "the Rights Network, an
            # umbrella group of 80 organisations"; or right before it: "the rights group Memorial", "the country's main
            # opposition party, Chadema,")
            after = self.text[m.end:m.end + 40]
            before_name = self.text[max(0, m.start - 40):m.start]
            if noun in words or noun.rstrip("s") in words or re.match(r"\s+" + re.escape(noun) + r"\b", after) \
                    or re.match(r"(?:\s*\([^()]{1,12}\))?,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}" + re.escape(noun) + r"\b", after) \
                    or re.search(r"\b" + re.escape(noun) + r",?\s+(?:the\s+)?$", before_name):
                best = m.entity
        return best

    def _subdivision(self, first, last) -> str:
        """A part of a place named by the place and a noun of a part ("Budapest's fifth district"), as a region of its own."""
        s, e = self.tstart(first), self.tstart(last) + len(last.text)
        m = self.mention_of(first)
        if m is not None:
            s = min(s, m.start)
        return self.phrase_entity("Region", self.text[s:e], s, e)

    def _body_by_last_word(self, noun: str, besides: str | None) -> str | None:
        """The body of two words or more the text names whose name ends with ``noun`` ("the Union": the European Union,
        "the Council": the Council of the EU is not, its name does not end so), the one named most; sanctioning bodies
        count, since their own officials are meant. None when the text names no such body but ``besides``."""
        seen: Counter = Counter()
        for m in self.mentions:
            if m.entity and m.entity != besides and self.etype(m.entity) in ("Organization", "GovernmentBody"):
                words = re.findall(r"[A-Za-z]+", self.ex.entities[m.entity].name)
                if len(words) >= 2 and words[-1].casefold() == noun:
                    seen[m.entity] += 1
        return max(seen, key=lambda k: (seen[k], k)) if seen else None

    def _named_kind(self, owned) -> bool:
        """Whether the words after a state's possessive name a body by its name and its kind ("Yemen's Houthi
        movement", "Varnia's Crescent party"): a capitalised name, then a lower-case noun of a body's kind."""
        return len(owned) >= 2 and owned[0].text[:1].isupper() and owned[-1].text.islower() \
            and owned[-1].lower_ in self.gaz.org_apposition_heads and owned[-1].lower_ not in GENERIC_ORG_HEADS

    def _phrase_org(self, phrase, any_pos: bool = False) -> str | None:
        """An unnamed body a title is "of" ("head of the presidential administration"): the noun phrase after the last determiner or possessive."""
        cut = 0
        for n, t in enumerate(phrase):
            if t.lower_ in ("the", "a", "an", "its", "his", "her", "their") or t.text in ("'s", "\u2019s"):
                cut = n + 1
        words = phrase[cut:]
        kind = max((n for n, t in enumerate(words[:-1]) if t.text.islower() and t.lower_ in NAME_CLASSIFIER_NOUNS), default=None)
        if kind is not None and all(any(c.isupper() for c in t.text) for t in words[kind + 1:]):
            words = words[kind + 1:]  # "the newspaper elPeriódico", "the rights group Cristosal": the name after its kind
        if not words or len(words) > 6 or words[-1].lower_ in GENERIC_ORG_HEADS:
            return None
        if not any_pos and (words[-1].pos_ not in ("NOUN", "PROPN") or words[0].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM")):
            return None
        s = self.tstart(words[0])
        e = self.tstart(words[-1]) + len(words[-1].text)
        name = self.text[s:e]
        typ = "GovernmentBody" if GOV_WORDS.search(name) or words[-1].lower_ in ("administration", "police", "army", "brigade", "division", "unit", "battalion", "command") else "Organization"
        return self.phrase_entity(typ, name, s, e)

    def _body_named_by_word(self, word: str) -> str | None:
        """The body the text names by ``word`` and a noun of a body's kind ("the Houthi armed group", "Houthi forces",
        "the Zarqan movement"), the one named most: what "the Houthi leader" leads. None when no such body is named or
        the word is one of a state's names ("Yemeni forces" are the state's)."""
        if word in self.gaz.demonyms or word.casefold() in TITLE_HEADS | DEPT_WORDS | PORTFOLIO_BODY_NOUNS | TITLE_MODIFIERS:
            return None  # ("Interior Minister X" beside "Interior Ministry troops": a portfolio, no group's name)
        seen: Counter = Counter()
        for m in self.mentions:
            if not m.entity or self.etype(m.entity) not in ("Organization", "GovernmentBody", "Group"):
                continue
            words = strip_det(self.ex.entities[m.entity].name).split()
            if len(words) >= 2 and words[0] == word and words[-1].islower() and not GOV_WORDS.search(" ".join(words)) \
                    and (words[-1] in self.gaz.org_apposition_heads or words[-1] in BARE_ACTOR_HEADS):
                seen[m.entity] += 1
        return max(seen, key=lambda k: (seen[k], k)) if seen else None

    def _kind_named_body(self, phrase) -> str | None:
        """The body a phrase names by its name and the kind of body it is, when the NER named nothing in it ("the PASTEF
        party", "the 88 Generation group", "the Yerewolo movement"): the name, without the kind. None for anything else
        ("the ruling party", "the Houthi group" when the NER took the name for a person or a place)."""
        words = list(phrase)
        if words and words[0].lower_ == "the":
            words = words[1:]
        if len(words) < 2 or not words[-1].text.islower() or words[-1].lower_ not in self.gaz.org_apposition_heads:
            return None
        name = words[:-1]
        if len(name) > 4 or not name[0].text[:1].isupper() and not name[0].like_num \
                or not all(t.text[:1].isupper() or t.like_num for t in name) or any(self.entity_at(t) for t in name) \
                or any(t.text in self.gaz.demonyms or t.lower_ in DEPT_WORDS | PLACE_NOUNS | TITLE_FILLERS for t in name):
            return None
        s, e = self.tstart(name[0]), self.tstart(name[-1]) + len(name[-1].text)
        return self.phrase_entity("Organization", self.text[s:e], s, e)

    def _known_entity(self, ke: gz.KnownEntity) -> str:
        for key, ent in self.ex.entities.items():
            if ent.name == ke.name:
                return key
        key = f"{ke.type.lower()}:{slug(ke.name)}"
        self.ex.entities.setdefault(key, Entity(key=key, name=ke.name, type=ke.type, wikidata=ke.wikidata))
        return key

    def _office_of_body(self, org: str, role: str) -> str | None:
        """The body whose prefix opens an office's name that the mentions took whole ("U.N. High Commissioner for
        Human Rights Volker Turk", "UN Special Rapporteur on torture X"): the holder serves the UN, not the office
        named after his own title."""
        words = self.ex.entities[org].name.split()
        head = role.split()[-1].casefold()
        for n in (2, 1):  # ("United Nations", "UN", "U.N.")
            body = self.gaz.known_by_label.get(gz.normal(" ".join(words[:n])))
            if body is not None and body.name == _UN_NAME and head in (w.casefold() for w in words[n:]):
                return self._known_entity(body)
        return None

    def _add_position(self, s: Sent, person: str, role: str, org: str | None, ev: Span, toks=None, at: int = 0):
        if org is not None:
            org = self._office_of_body(org, role) or org
        if org is not None and self.ex.entities[org].name.casefold() in ("government", "the government", "regime"):
            org = None  # "Government spokesman X", "the government spokesman": of the state the text is about
            self._pending_positions.append((s, person, role, ev))
            return
        if org is None and (_state_title(role) or _bare_secretary(role)):
            # the country is decided once the sanction targets are known (see _context_positions)
            self._pending_positions.append((s, person, role, ev))
            return
        if org is None or org == person or self.etype(org) == "Person" and role.split()[-1].lower() not in PERSONAL_SPEAKER_HEADS:
            return  # (a person is a post's body only as the one a spokesman speaks for)
        if self.etype(org) == "Country" and role.split()[-1].casefold() in POSTLESS_STATE_TITLES:
            return  # "Former Angolan Official X": in the state's service, in no post of it
        org_words = self.ex.entities[org].name.split()
        if len(org_words) > 1 and org_words[-1].lower() == role.split()[-1].lower() and not self.ex.entities[org].wikidata:
            return  # "By X, Middle East Correspondent": the NER took the whole title for a place; the title names no body
        if self.etype(org) in PLACE_TYPES and re.match(r"By\s", s.span.text):
            return  # "By X, Latin America Editor": a byline's region is the writer's beat, not whom the writer serves
        others = {"role": role, **self._tenure(s, person, role)}
        self.add_claim("position", {"person": person, "org": org}, others, ev)

    def _tenure(self, s: Sent, person: str, role: str) -> dict:
        """When the sentence says the person held the office: a date opened by "from", "since" or "between", or by a phrase
        of taking office ("became president in 2017", "won the presidency last November"), is its start, and the date
        that closes such a range ("to", "until", "(2011 to 2016)") its end. A date belongs to the person named last before
        it in the sentence ("X served as President from 2007 to 2015, succeeding Y, who held the presidency from 2003 to
        2007"); of several ranges of the person, the first after the title's words."""
        text = self.text
        cache = self.__dict__.setdefault("_sent_dates", {})
        if s.start not in cache:  # (the document's dates, and its bare years, said in this sentence: read once per sentence)
            dates = [(d.start, d.end, d.value) for d in self.dates if s.start <= d.start < s.end]
            for y in _BARE_YEAR_RE.finditer(text, s.start, s.end):
                if not any(a <= y.start() < b for a, b, _ in dates):
                    dates.append((y.start(), y.end(), y.group(0)))
            cache[s.start] = sorted(dates)
        dates = cache[s.start]
        if not dates:
            return {}
        people = []
        for m, t in self.sent_entities(s, {"Person"}):
            last = t
            while last.i + 1 < len(t.doc) and self.mention_of(t.doc[last.i + 1]) is m:
                last = t.doc[last.i + 1]
            if m.entity == person or not (last.dep_ in ("compound", "amod", "nmod", "poss") and self.mention_of(last.head) is not m):
                people.append((m.start, m.entity))  # (not a name that qualifies a noun: "both Kirchner administrations")
        people.sort()
        own = [p for _, p in people]
        if person not in own:
            return {}
        spans = []  # (start, kind, value) of the person's dates
        founder = role.casefold().split()[-1:] in (["founder"], ["co-founder"], ["cofounder"]) if role else False
        prev_end, prev_kind = s.start, None
        for a, b, value in dates:
            before = text[max(s.start, a - 60):a]
            owner = next((p for at, p in reversed(people) if at < a), people[0][1])
            kind = None
            if _TENURE_OPEN_RE.search(before[-25:]) or _TENURE_TAKEN_RE.search(before) or founder and _FOUNDED_IN_RE.search(before) \
                    or _TENURE_RANGE_RE.match(text, b, s.end) and text[max(s.start, a - 1):a] in ("(", " "):
                kind = "start"
            if prev_kind == "start" and a - prev_end <= 12 and _TENURE_CLOSE_RE.search(text[prev_end:a]):
                kind = "end"
            elif kind is None and re.search(r"\buntil\s+$", before):
                kind = "end"
            if kind and owner == person:
                spans.append((a, kind, value))
            prev_end, prev_kind = b, kind
        if not spans:
            return {}
        at = next((sp.start for sp in self.ex.entities[person].mentions if s.start <= sp.start < s.end), s.start)
        role_at = text.lower().find(role.lower(), at, s.end) if role else -1
        starts = [x for x in spans if x[1] == "start"]
        first = next((x for x in starts if x[0] > role_at), starts[0] if starts else None) if role_at >= 0 else (starts[0] if starts else None)
        out = {}
        if first is not None:
            out["start"] = first[2]
            nxt = next((x for x in spans if x[0] > first[0]), None)
            if nxt is not None and nxt[1] == "end":
                out["end"] = nxt[2]
        elif spans[0][1] == "end":
            out["end"] = spans[0][2]
        return out

    def _context_positions(self):
        """State titles without an organisation: a designated person's is the country the text is about,
        anyone else's the country the sentence names next to them ("President Trump ... America")."""
        targets = {k for v in self.sanction_targets.values() for k in v}
        pending, self._pending_positions = self._pending_positions, []
        for s, person, role, ev in pending:
            org = None
            # "Minister Joly said ..." after "Melanie Joly, Minister of Foreign Affairs of Canada": the state she was given before
            head = role.split()[-1].casefold() if role.split() else ""
            # (and "X, Minister of Foreign Affairs" signing a quote after she announced the release's sanctions: the same
            # title the text gave her before is of the body it was given then, her ministry or her state)
            held = next((c.roles["org"] for (ctype, _), c in self.claims.items() if ctype == "position"
                         and c.roles.get("person") == person and (self.etype(c.roles.get("org")) == "Country"
                                                                  and head in (c.roles.get("role") or "").casefold().split()
                                                                  or (c.roles.get("role") or "").casefold() == role.casefold())), None)
            if held is not None:
                self._add_position(s, person, role, held, ev)
                continue
            if _bare_secretary(role):
                # (only a release's own voice: elsewhere the bare word says nothing of what the secretary serves)
                org = self._release_official_state(s, person, role) if person not in targets else None
                if org is not None:
                    self._add_position(s, person, role, org, ev)
                continue
            signer = self._signed_instrument_state(s, person)
            if signer and person not in targets:
                self._add_position(s, person, role, signer, ev)  # "President Donald J. Trump today signed E.O. 13818"
                continue
            spelled = self._title_of_country_in(s, role)
            if spelled is not None:
                self._add_position(s, person, role, spelled, ev)  # "President X and ..., of the Office of the President of the Russian Federation"
                continue
            region = self._subnational_body(s, person, role)
            if region is None and not _HEAD_OF_STATE_RE.search(role) and not re.search(r"\bminister\b", role, re.I):
                # (a minister is the state's: "sent Interior Minister X to Goma, and the governor of North Kivu was recalled")
                # "A, the city's police commissioner; B, the secretary for security": an office listed beside another of
                # a territory's government is of that territory too
                region = next((c.roles["org"] for (ctype, _), c in self.claims.items() if ctype == "position" and ev in c.evidence
                               and c.roles.get("person") != person and self.etype(c.roles.get("org")) in ("Region", "Place")), None)
            if region is not None:
                self._add_position(s, person, role, region, ev)  # "Governor X" of the state or city named near him
                continue
            if person not in targets:
                org = self._coordinated_subject_country(s, person)  # "Spain said ..., and Foreign Minister X called ..."
            if person not in targets and org is None:
                org = self._release_speaker_state(s, person, role)  # "Foreign Secretary X said:" quoted by a sanctioning state's release
            if person not in targets and org is None:
                org = self._release_issuer_state(s, person)  # "Media release / Senator the Hon X, Minister for Foreign Affairs"
            if person not in targets and org is None:
                pos = next((sp.start for sp in self.ex.entities[person].mentions if s.start <= sp.start < s.end), s.start)
                # not a country that names a sanction ("U.S. sanctions") or another person's title ("U.S. Ambassador")
                near = sorted((mt for mt in self.sent_entities(s, {"Country"}) if not self._country_spoken_for(mt)
                               and not self._country_beside(mt, person) and not self._country_acted_on(mt)),
                              key=lambda mt: abs(mt[0].start - pos))
                org = near[0][0].entity if near else None
            org = org or self._subject_country(s, person)
            if org is not None and person not in targets and org in self._countries_not_his(s, person):
                continue  # "President X visited Ruritania", "flown to neighbouring Z": rather no state than the wrong one
            if org is None and _state_title(role):
                org = self._last_place(s.end, "region")  # a text about a territory that names no country ("Hong Kong")
            if org is not None and person in targets and self.ex.entities[org].wikidata in SANCTIONER_QIDS:
                org = self._main_country(foreign_only=True)  # a designated minister is not the sanctioning state's
            if org is not None:
                self._add_position(s, person, role, org, ev)
        self._recall_positions()

    def _countries_not_his(self, s: Sent, person: str) -> set:
        """The countries a sentence names that cannot be the state a bare title of ``person`` serves: one acted on or
        travelled to ("Trump threatened Turkey, and Vice President X said ..."), and one whose demonym is another
        official's ("Prime Minister X said he had spoken to Kenyan President Y"). A text's main country that the
        sentence shows as such a counterpart is no fallback for the person's title."""
        out = {mt[0].entity for mt in self.sent_entities(s, {"Country"}) if self._country_acted_on(mt)}
        for t in s.span:
            ke = self.demonym_state(t)
            if ke is not None and ke.type == "Country" and self._demonym_of_another(t, person):
                out.add(self._known_entity(ke))
        return out

    def _country_acted_on(self, mt) -> bool:
        """Whether a country mention is what a clause acts on or heads for, not who acts: the object of a verb that
        only a foreign state undergoes ("threatened Ruritania", "flown to neighbouring Z", "visited Y"; not "left
        Bolivia", "enter the UK", said of its own people too), where someone is taken or goes away to ("released and
        flown to Z", "fled to Y"), or what a measure is taken against or with respect to."""
        m, node = mt
        while node.head.i != node.i and self.mention_of(node.head) is m:
            node = node.head
        while node.dep_ == "conj":
            node = node.head
        if node.dep_ == "dobj":
            return node.head.lemma_.lower() in COUNTERPART_VERBS
        if node.dep_ == "pobj":
            prep = node.head
            return prep.lower_ in ACTED_ON_PREPS or prep.lower_ == "to" and (prep.head.lower_ == "respect" or prep.head.lemma_.lower() in DESTINATION_VERBS)
        return False

    def _title_of_country_in(self, s: Sent, role: str) -> str | None:
        """The country the sentence spells the same title out for ("arrest warrants for President X and for Y, the
        commissioner in the Office of the President of the Russian Federation"), though only inside a body's name: the
        title and its country, said in full, say whose office it is. None when the sentence names it for no country, or
        for two."""
        words = role.split()
        if not words or not _state_title(role):
            return None
        head = re.escape(words[-1])
        found = set()
        for m in re.finditer(r"\b" + head + r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'\u2019-]*\s*){1,4})", s.span.text, re.I):
            parts = m.group(1).split()
            for n in range(len(parts), 0, -1):
                ke = self.gaz.known_by_label.get(gz.normal(" ".join(parts[:n])))
                if ke is not None and ke.type == "Country":
                    found.add(self._known_entity(ke))
                    break
        return found.pop() if len(found) == 1 else None

    def _coordinated_subject_country(self, s: Sent, person: str) -> str | None:
        """The country that is the subject of the clause the person's own clause is coordinated with ("France said it
        was suspending aid to Guinea, and Foreign Minister X called for ..."): the minister speaks for that country."""
        for t in s.span:
            if self.entity_at(t) != person or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = t.head
            if verb.dep_ != "conj":
                return None
            node = verb.head
            for _ in range(3):  # ("Spain said it was suspending aid, and X called": up through "it" to the one who said)
                subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                key = self.entity_at(subj) if subj is not None else None
                if self.etype(key) == "Country":
                    return key
                if node.dep_ not in ("ccomp", "conj") or subj is not None and subj.lower_ not in ("it", "they"):
                    break
                node = node.head
            return None
        return None

    def _subnational_body(self, s: Sent, person: str, role: str) -> str | None:
        """The province, state or city whose governor or mayor a title with no body names: the region the sentence
        names nearest the person, else the one the paragraph named last ("Protests spread in Kano State. Governor X
        said ..."). None for other titles or when the text names no region there."""
        words = role.casefold().replace("-", " ").split()
        if not any(" ".join(words[n:]) in SUBNATIONAL_TITLES for n in range(len(words))):
            return None
        pos = next((sp.start for sp in self.ex.entities[person].mentions if s.start <= sp.start < s.end), s.start)
        near = sorted((m for m, _ in self.sent_entities(s, {"Region"})), key=lambda m: abs(m.start - pos))
        if near:
            return near[0].entity
        best, local = None, None
        for m in self.mentions:
            if m.start >= s.end:
                break
            sm = self.sent_at(m.start)
            if m.entity and self.etype(m.entity) == "Region" and sm is not None and sm.para == s.para and m.start < s.start:
                best = m.entity
            if m.entity and self.etype(m.entity) == "GovernmentBody" and _LOCAL_GOVERNMENT_RE.search(self.ex.entities[m.entity].name):
                local = m.entity  # "a panel set up by the Kano state government ... Governor X": that government
        if best is None and local is None and words[0] in ("regional", "provincial"):
            # "the regional president, X" paragraphs after "Ethiopia's Somali Regional State": the region the text named
            # by its kind of territory, not a city of it ("the regional capital, Jijiga")
            best = next((m.entity for m in reversed(self.mentions) if m.start < s.start and m.entity and self.etype(m.entity) == "Region"
                         and _REGION_KIND_RE.search(self.ex.entities[m.entity].name)), None)
        return best or local

    def _country_beside(self, mt, person: str) -> bool:
        """Whether a country the sentence names says nothing of whom a title holder serves: one inside a compound
        ("the Russian-led alliance", "Iran-backed militias"), or one that acts on the person ("Estonia barred the former
        prime minister X", "Rwanda accused President X"): a state does not bar, sanction or accuse its own officials
        in the same breath as the text gives their title."""
        m, t = mt
        last = t
        while last.i + 1 < len(last.doc) and self.mention_of(last.doc[last.i + 1]) is m:
            last = last.doc[last.i + 1]
        if last.i + 1 < len(last.doc) and last.doc[last.i + 1].text in ("-", "\u2010") and not last.whitespace_:
            return True
        node = t
        while node.head.i != node.i and self.mention_of(node.head) is m:
            node = node.head
        while node.dep_ == "conj":
            node = node.head  # "Estonia, Latvia and Lithuania barred ...": each of the subjects
        if self._country_in_other_clause(node, person) or self._country_acts_towards(node, person):
            return True
        if node.dep_ == "pobj" and node.head.lower_ in ("in", "to", "into", "from", "at", "inside") and node.head.head.pos_ == "VERB" \
                and node.head.head.lemma_ not in SERVING_VERBS \
                and any(self.entity_at(x) == person for c in node.head.head.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree):
            # "X, Y's interior minister, was arrested in the United States", "X flew to Z": where something happened to the
            # person (but "the party permitted in Z is chaired by X" describes the party)
            return True
        if node.dep_ != "nsubj" or node.head.lemma_.lower() in SPEECH_VERBS:
            return False
        verb = node.head
        subj = {x.i for x in node.subtree}
        # (a possessive pronoun is not acted on: "the United States expected his release" says nothing of "his")
        return any(self.entity_at(x) == person and x.i not in subj and not (x.dep_ == "poss" and self.mention_of(x) is None)
                   for x in verb.subtree)

    def _country_in_other_clause(self, node, person: str) -> bool:
        """Whether a country sits in a clause of its own that leaves the person out ("the list, adopted once Cyprus
        lifted its veto, includes Interior Minister X"; "the panel, whose members included A of Mauritius, found that
        minister X ..."): a clause with a subject of its own tells what that subject did, not whom the person serves.
        A clause the person is said to speak ("President X said Ruritania would not yield") still ties them."""
        def with_subject(v) -> bool:
            return v.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children)

        clause = node.head if node.dep_ in ("nsubj", "nsubjpass") else node
        while clause.head.i != clause.i and not with_subject(clause):
            clause = clause.head
        if not with_subject(clause):
            return False
        if clause.head.i == clause.i:
            return False  # the main clause: the person is in it, or in nothing the parse ties the country to
        if any(self.entity_at(x) == person for x in clause.subtree):
            return False
        if clause.dep_ == "relcl":
            ant = clause.head  # "X, a former officer who serves as adviser to the President of Y": the clause is X's own
            while self.entity_at(ant) != person and ant.dep_ == "appos":
                ant = ant.head
            if self.entity_at(ant) == person:
                return False
        up = clause
        while up.head.i != up.i:
            up = up.head
            if up.lemma_.lower() in SPEECH_VERBS and any(self.entity_at(x) == person for c in up.children
                                                         if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree):
                return False
        return True

    def _country_acts_towards(self, node, person: str) -> bool:
        """Whether a country is who a noun's infinitive acts for, with the person on the receiving end ("the commitment
        of the United States to work with President X", "Britain's decision to receive Prime Minister Y"): the state
        that works with, receives or meets an official is the official's counterpart."""
        if node.dep_ == "pobj" and node.head.lower_ in ("of", "by"):
            noun = node.head.head
        elif node.dep_ in ("poss", "compound"):
            noun = node.head
        else:
            return False
        if noun.pos_ != "NOUN":
            return False
        # ("engagement by the United States, including conversations with Prime Minister X", "Ruritania's talks with
        # President X": what the state does "with" the official, it does with its counterpart)
        return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and any(self.entity_at(x) == person for x in c.subtree) for c in noun.children) \
            or any(w.lower_ == "with" and w.dep_ == "prep" and node not in w.subtree
                   and any(c.dep_ == "pobj" and self.entity_at(c) == person for c in w.children) for w in noun.subtree)

    def _release_speaker_state(self, s: Sent, person: str, role: str = "") -> str | None:
        """The state of an official a release quotes on a line of their own ("Foreign Secretary X said:", the quote
        below it): a sanctions release quotes its own government, so the state of the document's first designation."""
        quoted = re.search(r":\s*$", s.span.text) and any(t.lemma_.lower() in SPEECH_VERBS for t in s.span)
        announces = not quoted and self._announces_own_sanctions(s, person)
        if not quoted and not announces:
            return self._release_official_state(s, person, role)
        first = min((c for (ctype, _), c in self.claims.items() if ctype == "sanction" and c.roles.get("authority")
                     and (self.etype(c.roles["authority"]) == "Country" and self.ex.entities[c.roles["authority"]].wikidata in SANCTIONER_QIDS
                          or announces and self.etype(c.roles["authority"]) == "GovernmentBody")),  # (her own ministry)
                    key=lambda c: min(ev.start for ev in c.evidence), default=None)
        return first.roles["authority"] if first is not None else None

    def _release_issuer_state(self, s: Sent, person: str) -> str | None:
        """The state of the official a release's head names as its issuer, on the line right under the kind of text
        ("Media release" / "Senator the Hon X, Minister for Foreign Affairs" / the date): the sanctioning state whose
        release it is, not the state the release is about."""
        line_start = self.text.rfind("\n", 0, s.start) + 1
        prev = self.text[:max(0, line_start - 1)].rstrip("\n").rsplit("\n", 1)[-1].strip()
        if s.para > 3 or not _release_kind_line(prev) or not any(
                line_start <= sp.start < self.text.find("\n", line_start) for sp in self.ex.entities[person].mentions):
            return None
        # (the state that imposes most of the release's sanctions: its own, not one it says acted alongside)
        states = Counter(c.roles["authority"] for (ctype, _), c in self.claims.items() if ctype == "sanction" and c.roles.get("authority")
                         and self.etype(c.roles["authority"]) == "Country" and self.ex.entities[c.roles["authority"]].wikidata in SANCTIONER_QIDS)
        return states.most_common(1)[0][0] if states else None

    def _release_official_state(self, s: Sent, person: str, role: str) -> str | None:
        """Whom an official speaks for when a sanctioning body's own release quotes them ("Foreign Secretary X said the
        scenes in the capital had shocked the world", '"...," said Under Secretary for Terrorism and Financial
        Intelligence Y'): the issuer, not the state the release is about. A release says who issued it (a "Press
        release" header, a "From:" line, or a lede telling what its issuer did "today"); the official speaks, with no
        country set beside the title. A departmental title (an under secretary, a secretary of a department) is of the
        issuing body; a head of state's or foreign minister's, of its state."""
        verb = self._speech_verb_of(s, person)
        if verb is None or verb.dep_ != "ROOT":
            return None  # ("..., when Prime Minister X announced that ...": someone the story tells of, not its voice)
        quotes = [m.span() for m in re.finditer(r'["\u201c][^"\u201c\u201d]*["\u201d]', s.span.text)]
        # (what the official said in indirect speech is quoted too: "X said that Mr N had exposed the Russian regime's
        # corruption" names the state he spoke of, not his own)
        quotes += [(min(self.tstart(t) for t in c.subtree) - s.start, max(self.tstart(t) + len(t.text) for t in c.subtree) - s.start)
                   for c in verb.children if c.dep_ == "ccomp"]
        unquoted = lambda pos: not any(a <= pos - s.start < b for a, b in quotes)
        if any(unquoted(m.start) and self.ex.entities[m.entity].wikidata not in SANCTIONER_QIDS for m, _ in self.sent_entities(s, {"Country"})) \
                or any(unquoted(self.tstart(t)) and (ke := self.demonym_state(t)) is not None and ke.wikidata not in SANCTIONER_QIDS
                       for t in s.span if t.text[:1].isupper()):
            return None  # a state the sentence names outside the quote may be the official's own
        own = sorted((c for (ctype, _), c in self.claims.items() if ctype == "sanction"
                      and c.roles.get("authority") and self._is_sanctioner(c.roles["authority"])),
                     key=lambda c: min(ev.start for ev in c.evidence))
        auths = [c.roles["authority"] for c in own]
        if not auths:
            return None
        head = [x for x in self.sents[:10] if x.para <= 4]
        today = any(re.search(r"\btoday\b", ev.text) and (x := self.sent_at(ev.start)) is not None and x.para <= 5
                    for c in own for ev in c.evidence)  # "OFAC today announced that ... are subject to U.S. sanctions"
        if not (today or any(_release_kind_line(x.span.text) for x in head) or self._from_line_body(head)
                or self._lede_issuer() is not None):
            return None
        if _DEPT_SECRETARY_RE.search(role) or re.search(r"(?i)\b(?:under|assistant|deputy)\s+secretary\b", role) or _bare_secretary(role):
            body = next((a for a in auths if self.etype(a) == "GovernmentBody"), None)
            if body is not None or _bare_secretary(role):
                return body  # (a bare "Secretary" is of the department that issues the release, or of nothing the text tells)
        state = next((a for a in auths if self.etype(a) == "Country" and self.ex.entities[a].wikidata in SANCTIONER_QIDS), None)
        return state

    def _speech_verb_of(self, s: Sent, person: str):
        """The verb of saying whose speaker ``person`` is: its subject ("X said"), or the name that follows it after a
        quote ('"...," said Under Secretary Y, adding ...'), which the parser may hang elsewhere (a title's "Under"
        read as a preposition)."""
        for t in s.span:
            if t.pos_ != "VERB" or t.lemma_.lower() not in SPEECH_VERBS:
                continue
            subj = nearest_subject(t)
            if subj is not None and (self.entity_at(subj) == person or any(a.dep_ == "appos" and self.entity_at(a) == person
                                                                          for a in subj.children)):
                return t  # ("The Prime Minister, X, said": the name set off after the title that is the subject)
            if not any(c.dep_ == "nsubj" for c in t.children) and any(
                    x.i < t.i and self.entity_at(x) == person and not any(
                        a.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp") for a in x.ancestors if a.i != t.i and t in a.ancestors)
                    for x in t.subtree):
                return t  # "Under Secretary for Y Z said": the title's "Under" read as a preposition leaves no subject
            quote_before = t.i > s.span.start + 1 and (t.doc[t.i - 1].text in ('"', "\u201d", "'")
                                                       or t.doc[t.i - 1].text == "," and t.doc[t.i - 2].text in ('"', "\u201d", "'"))
            if quote_before:  # (not "X, the Under Secretary, said the Treasury had designated Y": an apposition's comma)
                for x in t.doc[t.i + 1:s.span.end]:
                    if x.is_punct:
                        break
                    if self.etype(self.entity_at(x)) == "Person" and self.mention_of(x) is not None:
                        if self.entity_at(x) == person:
                            return t
                        break
        return None

    def _announces_own_sanctions(self, s: Sent, person: str) -> bool:
        """Whether the title holder is who announces or imposes the sanctions the sentence tells ("Minister X announced
        sanctions against four Ruritanian officers", "Secretary Y imposed visa restrictions on officials"), with every
        country the sentence names inside what is sanctioned: the minister speaks for the state that sanctions."""
        subj = next((t for t in s.span if t.dep_ in ("nsubj", "appos") and self.entity_at(t) == person), None)
        while subj is not None and subj.dep_ == "appos":
            subj = subj.head if subj.head.dep_ == "nsubj" else None
        if subj is None or subj.dep_ != "nsubj" or self.entity_at(subj) is None:
            return False
        verb = subj.head
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in SANCTION_WORDS]
        if verb.lemma_.lower() not in ("announce", "impose", "unveil") or not objs:
            return False
        inside = {x.i for o in objs for x in o.subtree}
        inside |= {x.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "on") for x in c.subtree}
        return all(self.tstart(t) < 0 or any(x.i in inside for x in t.sent if m.start <= self.tstart(x) < m.end)
                   for m, t in self.sent_entities(s, {"Country"}))

    def _country_spoken_for(self, mt) -> bool:
        m, t = mt
        node = t
        while node.head.i != node.i and self.mention_of(node.head) is m:
            node = node.head
        head = node.head
        # ("... said Bangkok had been told of the U.S. decision": a country owning a thing the sentence speaks of)
        return head.i != node.i and node.dep_ in ("compound", "amod", "nmod", "poss") \
            and (head.lower_ in SANCTION_WORDS | TITLE_HEADS or head.pos_ == "NOUN" and head.text.islower()
                 and self.entity_at(head) is None and node.dep_ != "poss")  # ("Thailand's relations": often the speaker's own)

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
                # a title the NER kept in a two-word name ("King Salman", "Emir Tamim"): the name is the gold one, the title is his
                if j > i and toks[i].lower_ in TITLE_HEADS and toks[i].text[:1].isupper() and STATE_TITLE_RE.fullmatch(toks[i].text):
                    self._add_position(s, person, toks[i].text, None, ev)
                # pre-title: "Secretary of State Mike Pompeo", "Minister of Intelligence Esmail Khatib",
                # "the head of the presidential administration Igor Sergeenko"
                b = i - 1
                while b >= 0 and i - b <= 14:
                    tb = toks[b]
                    mb = self.mention_of(tb)
                    # "Under Secretary ... for Terrorism and Financial Intelligence X": "and" inside a capitalised title joins it
                    title_and = self._title_and(toks, b)
                    if tb.text in (",", "(", ")", ";", ":") or "\n" in tb.text or tb.lower_ in ("and", "or", "by", "with", "as") and not title_and:
                        break
                    if mb is not None and mb.type == "Person" and not (mb.entity == person and self._body_named_by_word(tb.text)):
                        break  # (but "the Houthi leader Abdulmalik al-Houthi": the group's word, joined to his name)
                    if self._headline_sanction_verb(toks, b):
                        break
                    if tb.pos_ in ("VERB", "AUX", "ADP") and tb.lower_ not in ("of", "for", "at") and tb.tag_ != "VBN" \
                            and not (tb.lower_ in TITLE_MODIFIERS and tb.text[:1].isupper()):
                        break
                    b -= 1
                for start in range(b + 1, i):
                    if toks[start].lower_ in ("of", "for", "at", "'s", "\u2019s", "-"):
                        continue
                    if toks[start].ent_type_ in ("DATE", "TIME") or toks[start].lower_ in ("today", "yesterday", "tonight"):
                        continue  # "Today President X signed", "On Thursday President X said": when, not a word of the title
                    role, org, end = self._title_org(toks, start, i)
                    if role and end == i:
                        if org is None and not _state_title(role):
                            # "Judge Sergei Podoprigorov of the Moscow City Court", "Senator X of Nimba County"
                            org = self._org_after(toks, j + 1, places=role.split()[-1].casefold() in LEGISLATOR_TITLES)
                        if org is None:
                            org = self._bench_court(role, self.tstart(toks[start]))
                        if org is None and not _state_title(role) and j + 3 < n and toks[j + 1].lower_ == "and" \
                                and toks[j + 2].lower_ in ("his", "her") and self.etype(self.entity_at(toks[j + 3])) in ("Organization", "GovernmentBody"):
                            org = self.entity_at(toks[j + 3])  # "the eastern commander X and his National Army"
                        self._add_position(s, person, role, org, ev)
                        break
                # a title set off before the name: "and the head of Human Rights Watch, Kenneth Roth,"
                # (and before a rank: "An Interior Ministry spokesman, Brigadier General Saad Maan,")
                i_name = i
                k = i
                while k >= 1 and i - k < 4 and (toks[k - 1].text[:1].isupper() or self._rank_hyphen(toks, k - 1, i)) \
                        and (i - k < 3 and toks[k - 1].lower_ in TITLE_HEADS | TITLE_FILLERS or self._opens_rank(toks, k - 1, i)
                             or self._rank_hyphen(toks, k - 1, i)):
                    k -= 1  # (a compound rank: "Its spokesman, Air Vice Marshal X,"; a hyphenated one: "Lieutenant-Colonel X")
                if k < i and k >= 2 and toks[k - 1].text == ",":
                    i = k
                if i >= 2 and toks[i - 1].text == "," and (j + 1 >= n or toks[j + 1].text in (",", ".", ";") or toks[j + 1].lower_ in ("and", "who")):
                    b2 = i - 2
                    cut = i - 1  # where the title set off before the name ends
                    if i >= 6 and toks[i - 2].text == ")" and toks[i - 4].text == "(" and toks[i - 3].text.isupper():
                        b2, cut = i - 5, i - 4  # "the commander-in-chief of the Revolutionary Guard Corps (IRGC), X,": the initials end it
                    title_end = cut
                    while b2 >= 0 and title_end - b2 <= 13 and toks[b2].text not in (",", ";", ":", "(") \
                            and (toks[b2].lower_ not in ("and", "including", "or") or self._title_and(toks, b2) or self._titles_joined(toks, b2, i - 1)) \
                            and (self.mention_of(toks[b2]) is None or self.mention_of(toks[b2]).type != "Person") \
                            and not self._clause_verb(toks[b2]) and toks[b2].pos_ != "SCONJ":
                        if self._titles_joined(toks, b2, i - 1):
                            cut = b2  # "Congo's communication minister and government spokesman, X": the first title, with its owner
                        b2 -= 1
                    before = toks[b2] if b2 >= 0 else None
                    owner_before = before is not None and before.text == "," and b2 >= 1 and self.mention_of(toks[b2 - 1]) is not None \
                        and self.mention_of(toks[b2 - 1]).type == "Person"
                    # the title starts at the last article before it ("IRNA quoted the provincial governor, X,")
                    arts = [a for a in range(b2 + 1, cut) if toks[a].lower_ in ("the", "its", "his", "her", "a", "an", "their", "whose")]
                    # (a clause may open it after "and": "officials said, and Bogota's mayor, X, ordered a curfew")
                    if not arts and b2 + 1 < cut and (b2 < 0 or toks[b2].text in (",", ";", ":", "(") or self._clause_verb(toks[b2])
                                                        or (toks[b2].lower_ in ("and", "but") or toks[b2].pos_ == "SCONJ") and b2 + 2 < cut
                                                        and toks[b2 + 1].text[:1].isupper() and toks[b2 + 2].text in ("'s", "\u2019s")) \
                            and any(toks[a].text in ("'s", "\u2019s") or toks[a].text[:1].isupper() for a in range(b2 + 1, cut)):
                        arts = [b2 + 1]  # "Eritrea's information minister, X,": a possessor or a name opens the title
                        while arts[0] + 2 < cut and toks[arts[0]].lower_ in ("among", "them", "including", "notably", "especially"):
                            arts = [arts[0] + 1]  # "..., among them Georgian Dream's founder, X": the list's lead-in is no title
                        # (as after "while": "the ministry protested, while Ruritania's foreign minister, X, said")
                    if not arts and b2 >= 0 and b2 + 2 < cut and toks[b2 + 1].text in ("'s", "\u2019s") and self.mention_of(toks[b2]) is not None:
                        a = b2  # "Ortega's vice president, X,": a person as the possessor opens the title
                        while a >= 1 and self.mention_of(toks[a - 1]) is self.mention_of(toks[b2]):
                            a -= 1
                        if a == 0 or toks[a - 1].text in (",", ";", ":", "(") or "\n" in toks[a - 1].text or toks[a - 1].pos_ in ("VERB", "AUX", "ADP"):
                            arts = [a]
                    # "X, daughter of the late President of Uzbekistan, Y,": a title after "of" is no apposition to X but Y's
                    of_title = [a for a in arts if a >= 1 and toks[a - 1].lower_ == "of" and a - 1 > b2 + 1]
                    # "Chris Tang, the police commissioner; his predecessor, Stephen Lo;": the same office as the one he succeeded
                    if i >= 3 and toks[i - 2].lower_ in ("predecessor", "successor") and toks[i - 3].lower_ in ("his", "her", "'s", "\u2019s"):
                        prior = self.entity_at(toks[i - 3] if toks[i - 3].lower_ in ("his", "her") else toks[i - 4])
                        for (ctype, _), c in list(self.claims.items()):
                            if ctype == "position" and prior and c.roles.get("person") == prior and prior != person:
                                self._add_position(s, person, c.roles.get("role") or "predecessor", c.roles["org"], ev)
                    for a in (reversed(arts) if (before is None or before.text != "," or not owner_before) else of_title[-1:]):
                        role, org, end = self._title_org(toks, a + (toks[a].lower_ == "whose"), cut)
                        if role and end == cut and toks[a].lower_ in ("its", "their") \
                                and (org is None or self.ex.entities[org].name.casefold() in BARE_ACTOR_HEADS):
                            # "Its chief commissioner, X": of the body just named ("the M23 and its military leader, X":
                            # the group's own forces, not a body called "military")
                            before_and = self.entity_at(toks[a - 2]) if a >= 2 and toks[a - 1].lower_ == "and" else None
                            if self.etype(before_and) in ("Organization", "GovernmentBody", "Region", "Group"):
                                org = before_and  # "the M23 and its military leader": the body coordinated with "its"
                            else:
                                org = self._subject_body_before(toks[a]) or self._last_body(self.tstart(toks[a])) or org
                        if role and end == cut and org is None and toks[a].lower_ == "whose":
                            org = self._whose_body(toks[a])  # "the Special Tasks Department, ..., whose head, X,"
                        if role and end == cut and org is None and toks[a].lower_ in ("his", "her") and self.entity_at(toks[a]) != person:
                            org = self._held_org(self.entity_at(toks[a]))  # "Commander X, and his deputy, Y": of the body X commands
                        if role and end == cut and (org is not None or _state_title(role)):
                            self._add_position(s, person, role, org, ev)  # "the provincial governor, X": of the state
                        if role:
                            break
                i = i_name
                # apposition: "Chen Quanguo, Communist Party Secretary of the XUAR and a member of the Politburo,"
                # (and a list entry's spaced dash: "2. Ivan Petrov - Minister of the Interior, in charge of ...")
                j_app = j
                if j + 3 < n and toks[j + 1].text == "(" and re.match(r"(?i)(?:a\.?k\.?a\b|alias\b|also\b|f\.?k\.?a\b)", toks[j + 2].text):
                    # "X (a.k.a. Y), the leader of Z": the title follows the alias in brackets
                    j_app = next((k for k in range(j + 3, min(n, j + 20)) if toks[k].text == ")"), j)
                elif j + 3 < n and toks[j + 1].text == "(":
                    j_app = self._bracketed_alias_end(toks, j + 1) or j  # "X (N'Krumah), Deputy Chief of ...": a nickname
                line_entry = self._entry_line(toks, i)
                if j_app + 2 < n and (toks[j_app + 1].text == "," or self._entry_dash(toks, i, j_app) or line_entry and toks[j_app + 1].text == ";"):
                    seg_start = j_app + 2
                    if toks[seg_start].lower_ in ("also", "known", "alias", "aka", "a.k.a."):
                        # "X, also known as "Barbecue," a former officer of Y": the title follows the alias
                        nxt = next((k for k in range(seg_start, min(n, seg_start + 12)) if toks[k].text == ","), None)
                        seg_start = nxt + 1 if nxt is not None and nxt + 1 < n else n
                        while seg_start < n and toks[seg_start].is_quote:
                            seg_start += 1
                    if seg_start + 1 < n and toks[seg_start].like_num and toks[seg_start + 1].text == ",":
                        seg_start += 2  # "X, 54, the head of Y": an age first
                    if seg_start + 4 < n and toks[seg_start].lower_ == "in" and toks[seg_start + 2].lower_ == "capacity" and toks[seg_start + 3].lower_ == "as":
                        seg_start += 4  # "X, in his capacity as Head of Y, is responsible for ..."
                    # "X, until recently a senior adviser at Y", "X, formerly the head of Y", "X, once governor of Y": the title after
                    # the time words (a title held before is still a position, with its time told by the words)
                    while seg_start < n - 1 and (toks[seg_start].lower_ in ("until", "till") and toks[seg_start + 1].pos_ in ("ADV", "NUM", "PROPN")
                                                 or toks[seg_start].lower_ in ("formerly", "previously", "recently", "now", "currently", "most", "once", "then", "later")
                                                 and toks[seg_start].pos_ in ("ADV", "SCONJ")):
                        seg_start += 2 if toks[seg_start].lower_ in ("until", "till", "most") else 1
                    if seg_start + 2 < n and toks[seg_start].lower_ in ("himself", "herself") and toks[seg_start + 1].lower_ in ("a", "an", "the"):
                        seg_start += 1  # "X's wife, Y, herself a leader of Z": the title after the emphatic pronoun
                    glossed = self._glossed_title(toks, seg_start)
                    if glossed is not None:
                        self._add_position(s, person, *glossed, ev)
                    # a list entry's fields after its dash, each set off by a semicolon ("2. X - Colonel; President of the
                    # National Transitional Council (CNT); one of the officers who ..."): every field that is a title is one
                    entry = toks[j_app + 1].text != "," and self._entry_dash(toks, i, j_app) or line_entry
                    while True:
                        stop = seg_start
                        while stop < n and toks[stop].text not in (",", ";", ".", "(", ":") and toks[stop].lower_ not in ("who", "which", "whose") and "\n" not in toks[stop].text \
                                or stop + 2 < n and toks[stop].text == "(" and toks[stop + 2].text == ")" and toks[stop + 1].text.isupper() and stop > seg_start:
                            stop += 3 if toks[stop].text == "(" else 1  # (a body's acronym in brackets does not end the titles: "of X (XA) and President of Y")
                        segs = []
                        cur = seg_start
                        for k in range(seg_start, stop):
                            if toks[k].lower_ == "and" and k + 1 < stop and (toks[k + 1].lower_ in ("a", "an", "the", "former", "ex", "later", "then")
                                                                             or toks[k + 1].lower_ in TITLE_HEADS or _second_title(toks, k + 1, stop)
                                                                             or k + 2 < stop and toks[k + 1].text.islower() and toks[k + 2].lower_ == "of"):
                                segs.append((cur, k))
                                cur = k + 1
                        segs.append((cur, stop))
                        pending = []
                        for a, b2 in segs:
                            role, org, end = self._title_org(toks, a, b2)
                            if role is not None and len(segs) > 1 and end < b2 and toks[end].text in ("'s", "\u2019s"):
                                continue  # "X, the leader's sister and then deputy director of Y": the title holder's kin, then her title
                            if role is None and len(segs) > 1 and (toks[a].lower_ in ("his", "her", "their") or toks[a].lower_ in ("a", "an") and b2 - a <= 2
                                                                   or toks[a].lower_ == "one" and a + 1 < b2 and toks[a + 1].lower_ == "of"
                                                                   or toks[b2 - 1].lower_ in self.gaz.relation_words):
                                continue  # "X, his brother and an AAH commander", "X, a businessman and member of parliament",
                                # "X, one of the country's best-known journalists and a co-founder of Y",
                                # "X, Y's wife and the executive director of Z": then the title
                            if role is None:
                                break
                            if org is None and end == b2 and toks[a].lower_ in ("its", "their"):
                                org = self._last_body(self.tstart(toks[a]))  # "X, its executive director,": of the body just named
                            if org is None and end == b2 and toks[a].lower_ in ("his", "her"):
                                # "A, the commander of X, and B, his deputy": "his" is the person before B, and the title is of X
                                before = [mm.entity for mm in self.mentions if mm.start < self.tstart(toks[i]) and mm.entity
                                          and mm.entity != person and self.etype(mm.entity) == "Person" and mm.start >= s.start]
                                org = self._held_org(before[-1]) if before else None
                            nxt = self.mention_of(toks[end]) if end < n else None
                            if nxt is not None and nxt.type == "Person":
                                break  # "..., the head of X Igor Sergeenko": the title is the next person's
                            if org is None and (not _state_title(role) or self._shares_next_body(toks, segs, (a, b2), end)):
                                pending.append(role)
                                continue
                            for r in pending + [role]:
                                self._add_position(s, person, r, org, ev)
                            pending = []
                        if pending and stop < n and toks[stop].text == ",":
                            body = self._body_segment(toks, stop + 1)  # "X, Commander, Rapid Support Forces;"
                            for r in pending if body else ():
                                self._add_position(s, person, r, body, ev)
                        if not (entry and stop + 1 < n and toks[stop].text == ";"):
                            break
                        seg_start = stop + 1
                # a title in brackets after the name: "Ahmed Karim (Commander of the Rapid Support Forces)"
                if j + 2 < n and toks[j + 1].text == "(":
                    close = next((k for k in range(j + 2, min(n, j + 30)) if toks[k].text == ")"), None)
                    if close is not None:
                        seg_end = next((k for k in range(j + 2, close) if toks[k].text in (",", ";")), close)
                        role, org, end = self._title_org(toks, j + 2, seg_end)
                        if role and end == seg_end and org is None and seg_end < close and toks[seg_end].text == ",":
                            org = self._body_segment(toks, seg_end + 1)  # "(Commander, Rapid Support Forces)"
                        if role and end == seg_end and (org is not None or _state_title(role)):
                            self._add_position(s, person, role, org, ev)
                i = j + 1
            self._as_title_positions(s, toks, ev)
            self._member_lists(s, toks, ev)
            self._plural_copula_positions(s, toks, ev)
            self._command_positions(s, toks, ev)
            self._verb_positions(s, toks, ev)
            self._led_by_positions(s, toks, ev)
            self._respective_positions(s, toks, ev)
            self._listed_positions(s, toks, ev)
            self._among_them_positions(s, toks, ev)
            self._counsel_positions(s, toks, ev)
        self._field_positions()

    @staticmethod
    def _clause_verb(tok) -> bool:
        """A verb of the clause, which a title set off before a name cannot run back over ("The UK has today sanctioned
        Iran's Prosecutor-General, X"); a participle that qualifies the title ("the newly appointed police chief, X") is
        part of it."""
        return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound", "nmod")

    def _headline_sanction_verb(self, toks, b: int) -> bool:
        """Whether toks[b] is the verb of a headline's sanction ("U.S. sanctions Rwandan minister X", "Treasury
        Sanctions RSF Leader X"): the parser tags such a verb a noun, and the title read before the name would take it
        in with the sanctioning actor as its body. It follows that actor; "Sanctions Coordinator X" has none, and in "the
        EU sanctions envoy X" the word is a noun of the title."""
        t = toks[b]
        if t.lower_ in HEADLINE_COURT_VERBS and 0 < b and b + 1 < len(toks) and toks[b + 1].lower_ not in TITLE_HEADS \
                and (toks[b - 1].lower_ in ("court", "tribunal", "judge") or self.etype(self.entity_at(toks[b - 1])) in ("Country", "GovernmentBody")):
            return True  # ("Cambodian court sentences opposition leader X", "Vietnam jails journalist X": the court's verb)
        if t.lower_ not in SANCTION_TRIGGERS or not t.lower_.endswith("s") or b == 0 or b + 1 >= len(toks) \
                or toks[b + 1].lower_ in TITLE_HEADS:
            return False  # ("the EU sanctions envoy X": a noun of the title)
        return self.etype(self.entity_at(toks[b - 1])) in ("Country", "GovernmentBody", "Organization")

    @staticmethod
    def _title_and(toks, b: int) -> bool:
        """Whether the "and" at ``toks[b]`` joins capitalised words of one title's remit ("Under Secretary for Terrorism
        and Financial Intelligence", "High Representative ... for Foreign Affairs and Security Policy")."""
        return toks[b].lower_ == "and" and 0 < b < len(toks) - 1 and toks[b - 1].text[:1].isupper() and toks[b + 1].text[:1].isupper() \
            and any(x.lower_ in ("for", "of") for x in toks[max(0, b - 4):b])

    @staticmethod
    def _titles_joined(toks, b: int, comma: int) -> bool:
        """Whether the "and" at ``toks[b]`` joins two lower-case titles set off before a name ("communication minister and
        government spokesman, X"): a title head before it and the words after it a title of their own up to the comma
        ("the interior minister and his spokesman, X" names two people)."""
        after = toks[b + 1:comma]
        return toks[b].lower_ == "and" and b >= 1 and toks[b - 1].lower_ in TITLE_HEADS and toks[b - 1].text.islower() \
            and 1 <= len(after) <= 3 and after[-1].lower_ in TITLE_HEADS and all(t.text.islower() and t.is_alpha and t.pos_ not in ("DET", "PRON") for t in after)

    @staticmethod
    def _entry_dash(toks, i: int, j: int) -> bool:
        """Whether the name ``toks[i..j]`` opens a line (after a list number or bullet at most) and a spaced dash
        follows it: lists of designated people set each one's title off so ("3. Ivan Petrov - Head of ...")."""
        if not (toks[j + 1].text in ("-", "\u2013", "\u2014") and toks[j].whitespace_ and toks[j + 1].whitespace_):
            return False
        b = i - 1
        while b >= 0 and i - b <= 3 and (toks[b].like_num or toks[b].text in (".", ")", "-", "*", "\u2022")) and "\n" not in toks[b].text:
            b -= 1
        return b < 0 or "\n" in toks[b].text or "\n" in toks[b].whitespace_

    def _shares_next_body(self, toks, segs, seg, end: int) -> bool:
        """Whether a bare title is one of two joined titles the next one says the body of ("X, vice president and deputy
        general manager of TPAO", "chairman and chief executive of Y"): the first is of that body too, no state's office.
        Only a bare title (nothing after it in its segment) and a body that is no state."""
        at = segs.index(seg)
        words = toks[seg[0]:seg[1]]
        if end != seg[1] or at + 1 >= len(segs) or len(words) > 3 or any(t.lower_ not in TITLE_HEADS | TITLE_MODIFIERS for t in words) \
                or any(t.lower_ == "minister" for t in words):
            return False  # ("a former foreign minister and leader of an opposition party": a state office, then another post)
        a, b2 = segs[at + 1]
        _, org, nxt_end = self._title_org(toks, a, b2)
        return org is not None and nxt_end == b2 and self.etype(org) in ("Organization", "GovernmentBody")

    @staticmethod
    def _bracketed_alias_end(toks, open_: int) -> int | None:
        """The closing bracket of a name's nickname or other name ("General X (N'Krumah), Deputy Chief of ...",
        "Y ("Papa Y"), Chief of Staff of ..."): a short, capitalised or quoted run a comma follows; the title is after it.
        None for anything else in brackets (a title, an acronym, a date)."""
        n = len(toks)
        close = next((k for k in range(open_ + 1, min(n, open_ + 8)) if toks[k].text == ")"), None)
        if close is None or close == open_ + 1 or close + 1 >= n or toks[close + 1].text != ",":
            return None
        words = [t for t in toks[open_ + 1:close] if not t.is_quote and not t.is_punct]
        if not words or any(t.lower_ in TITLE_HEADS or t.like_num for t in words) or not words[0].text[:1].isupper() \
                or len(words) == 1 and words[0].text.isupper():
            return None  # ("(Commander of ...)": a title, read by itself; "(RSF)": a body's initials)
        return close

    @staticmethod
    def _entry_line(toks, i: int) -> bool:
        """Whether the name at ``toks[i]`` opens a numbered or lettered list entry, after a rank at most ("2. General X
        (Y), Deputy Chief of ...; member of Z.", "B. X; Houthi military commander; born 1984"): such an entry sets each
        of the holder's titles off by a semicolon."""
        b = i - 1
        while b >= 0 and i - b <= 4 and toks[b].text[:1].isupper() and toks[b].lower_ in MILITARY_RANKS | RANK_PREFIXES | TITLE_HEADS:
            b -= 1
        if b >= 0 and re.fullmatch(r"(?:\d{1,2}|[A-Z])[.)]", toks[b].text):
            first = b  # ("A." may be one token)
        elif b >= 1 and toks[b].text in (".", ")") and re.fullmatch(r"\d{1,2}|[A-Z]", toks[b - 1].text):
            first = b - 1
        else:
            return False
        return first == 0 or "\n" in toks[first - 1].text or "\n" in toks[first - 1].whitespace_

    def _whose_body(self, tok) -> str | None:
        """The body a "whose" clause is said of ("the Special Tasks Department, the ministry's riot police, whose head,
        X, ..."): the noun the relative clause hangs on, through an apposition to the name it describes."""
        node = tok
        for _ in range(6):
            if node.dep_ == "relcl" or node.head.i == node.i:
                break
            node = node.head
        if node.dep_ == "relcl":
            ant = node.head
        elif tok.head.dep_ == "appos":
            ant = tok.head.head  # ("the Unit, whose commander, X, denied": the parse sets the title beside the body)
        else:
            return None
        found = None
        for _ in range(3):
            key = self.entity_at(ant)
            if self.etype(key) in ("Organization", "GovernmentBody"):
                found = found or key
                if (self.mention_of(ant).text if self.mention_of(ant) is not None else self.ex.entities[key].name)[:1].isupper():
                    return key  # (a name before a description of it: "the Special Tasks Department, the riot police, whose")
            if ant.dep_ != "appos":
                break
            ant = ant.head
        return found

    def _plural_copula_positions(self, s: Sent, toks, ev: Span):
        """"Its other members are A, a former judge, and B": a plural title as the subject of "be" and the people
        named after it hold it, of the body "its" or an "of" phrase names."""
        for t in toks:
            if t.lemma_ != "be" or t.pos_ not in ("AUX", "VERB"):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in t.children if c.dep_ == "attr"), None)
            if subj is None or attr is None or subj.lower_ not in PLURAL_TITLE_HEADS:
                continue
            people = [x for x in [attr, *[c for c in attr.subtree if c.dep_ == "conj"]] if self.etype(self.entity_at(x)) == "Person"]
            if not people:
                continue
            org = None
            poss = next((c for c in subj.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ in ("its", "their"):
                org = self._last_body(self.tstart(poss))
            elif poss is not None:
                org = self.entity_at(poss)
            of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if org is None and of is not None:
                org = next((self.entity_at(g) for g in of.subtree if self.etype(self.entity_at(g)) in ("Organization", "GovernmentBody")), None)
            if org is None or self.etype(org) not in ("Organization", "GovernmentBody"):
                continue
            for x in people:
                self._add_position(s, self.entity_at(x), PLURAL_TITLE_HEADS[subj.lower_], org, ev)

    def _member_lists(self, s: Sent, toks, ev: Span):
        """A body's members told as a list ("Its other members were A; B; C", "the commission, whose members also included
        A and B", "The Commission, ..., composed of A (chair), B and C"): each person listed is a member of the body whose
        members they are. A person given a title of their own in brackets is left to it."""
        for t in toks:
            names, owner = None, None
            if t.lower_ == "members" and t.dep_ == "nsubj" and t.head.lemma_ in ("be", "include"):
                names = [c for c in t.head.children if c.dep_ in ("attr", "dobj")]
                own = next((c for c in t.children if c.dep_ == "poss"), None)
                if own is not None and own.lower_ in ("its", "their"):
                    owner = self._last_body(self.tstart(own))
                elif own is not None and own.lower_ == "whose":
                    noun = t.head.head if t.head.dep_ == "relcl" else t.head
                    owner = self._whose_body(own) or self._body_for_noun(noun.lower_, self.tstart(noun) + 1, monitors=True)  # ("the commission, whose")
                elif own is not None:
                    owner = self.entity_at(own)
            elif t.lower_ in ("composed", "comprised") and t.tag_ == "VBN":
                node = t
                while node.dep_ == "conj" and node.head.i != node.i:
                    node = node.head  # ("established by X and composed of ...")
                if node.dep_ != "acl":
                    continue
                names = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                # (the parser may hang the rest of the list on the body's noun: the names that follow the first, in a row)
                k = names[-1].i + 1 if names else len(t.doc)
                while k < len(t.doc) and (t.doc[k].text in (",", "and", "(", ")") or self.etype(self.entity_at(t.doc[k])) == "Person"
                                          or k > 0 and t.doc[k - 1].text == "(" and k + 1 < len(t.doc) and t.doc[k + 1].text == ")"):
                    if t.doc[k].dep_ in ("conj", "appos") and self.etype(self.entity_at(t.doc[k])) == "Person" and t.doc[k] not in names:
                        names.append(t.doc[k])
                    k += 1
                noun = node.head
                owner = self.entity_at(noun) or self._body_for_noun(noun.lower_, self.tstart(noun) + 1, monitors=True)
            if not names or owner is None or self.etype(owner) not in ("Organization", "GovernmentBody"):
                continue
            seen = []
            for g in (g for n in names for g in n.subtree):
                k = self.entity_at(g)
                if k is None or self.etype(k) != "Person" or k in seen or g.dep_ == "pobj" and g.head.lower_ in ("of", "by"):
                    continue
                last = g.i
                while last + 1 < len(g.doc) and self.entity_at(g.doc[last + 1]) == k:
                    last += 1
                if last + 1 < len(g.doc) and g.doc[last + 1].text == "(":
                    seen.append(k)
                    continue  # "A (chair)": a title of their own
                seen.append(k)
                self._add_position(s, k, "member", owner, ev)

    def _as_title_positions(self, s: Sent, toks, ev: Span):
        """A clause opened by "As <title>," and then its subject ("As deputy director of the prison service, X approved
        ..."; "As governor, she ..."): the subject holds the title."""
        if len(toks) < 5 or toks[0].lower_ != "as":
            return
        comma = next((k for k in range(1, min(len(toks), 20)) if toks[k].text == ","), None)
        if comma is None or comma + 1 >= len(toks):
            return
        person = self.entity_at(toks[comma + 1])
        if self.etype(person) != "Person" or any(t.lower_ in ("its", "their", "his", "her") for t in toks[1:comma]):
            return  # ("As a member of its board, X": a board the text has not named)
        role, org, end = self._title_org(toks, 1, comma)
        if role and end == comma:
            self._add_position(s, person, role, org, ev)

    def _command_positions(self, s: Sent, toks, ev: Span):
        """A unit "under his command" or "under the command of X": its commander is the person "his" or X names."""
        for k, t in enumerate(toks):
            if t.lower_ != "command" or k < 3 or toks[k - 2].lower_ != "under" and toks[k - 3].lower_ != "under":
                continue
            if toks[k - 1].lower_ in ("his", "her"):
                person, under = self.entity_at(toks[k - 1]), k - 2
            elif toks[k - 1].lower_ == "the" and toks[k - 2].lower_ == "under" and k + 2 < len(toks) and toks[k + 1].lower_ == "of":
                p = k + 2
                while p + 1 < len(toks) and self.entity_at(toks[p]) is None and toks[p].text[:1].isupper() and toks[p].lower_ in TITLE_HEADS | TITLE_FILLERS:
                    p += 1  # "under the command of Colonel X"
                person, under = self.entity_at(toks[p]), k - 2
            else:
                continue
            if self.etype(person) != "Person" or under < 1:
                continue
            org = self.entity_at(toks[under - 1]) or (self.entity_at(toks[under - 2]) if under >= 2 and toks[under - 1].text == "," else None)
            if self.etype(org) in ("Organization", "GovernmentBody") and self.ex.entities[org].name.casefold() not in BARE_ACTOR_HEADS:
                self._add_position(s, person, "commander", org, ev)  # "the Flying Squad Unit under his command" (not "Police under his command")

    def _field_positions(self):
        """A list entry's title field on its own line ("Position(s): Commander of the 5th Brigade; Deputy Head of X",
        "Function: Head of ..."): each title in it is held by the person the entry named last above it, in the same block."""
        prev_end = 0
        fields = [(fm, False) for fm in _FIELD_RE.finditer(self.text)] + [(fm, True) for fm in _INLINE_FIELD_RE.finditer(self.text)]
        for fm, inline in sorted(fields, key=lambda f: f[0].start()):
            if inline:
                block = self.text.rfind("\n", 0, fm.start())  # (an entry on one line: its name opens the line)
            else:
                # the entry's name line may stand a blank line above its fields, but no earlier entry's fields are read
                block = max(prev_end, self.text.rfind("\n\n", 0, self.text.rfind("\n\n", 0, fm.start())) if "\n\n" in self.text[:fm.start()] else 0)
                prev_end = fm.end()
            person = entry = None
            for m in self.mentions:
                if m.start >= fm.start():
                    break
                if m.start > block and m.entity and m.type == "Person" and not m.extra.get("byline"):
                    person = m.entity
                    if m.extra.get("entry"):
                        entry = m.entity  # the name heading the entry, not an alias after it ("(a.k.a. ...)")
            person = entry or person
            if person is None:
                continue
            s = self.sent_at(fm.start(2))
            if s is None:
                continue
            toks = [t for t in s.span if fm.start(2) <= self.tstart(t) < fm.end(2)]
            ev = self.span(fm.start(), fm.end())
            a = 0
            while a < len(toks):
                b = next((x for x in range(a, len(toks)) if toks[x].text in (";",)), len(toks))
                role, org, end = self._title_org(toks, a, b)
                if role and org is None and end < b and toks[end].text == ",":
                    org = self._body_segment(toks, end + 1)  # "Commander, Rapid Support Forces"
                # "Provincial police commissioner for Dakar (PNS)": a bracketed acronym closing the title names its body
                bracket = [self.entity_at(t) for t in toks[a:b] if t.i > 0 and t.doc[t.i - 1].text == "(" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ")"]
                if role and bracket and self.etype(bracket[-1]) in ("Organization", "GovernmentBody"):
                    org = bracket[-1]
                if role:
                    self._add_position(s, person, role, org, ev)
                a = b + 1

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
        if "and" not in s.span.lowers:
            return  # (a list of names is joined by "and": a sentence without one has none)
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
                    # ("Interior ministers A and B of Portugal": a state's office, of the country named with them)
                    org = org or self._bench_court(role, self.tstart(toks[start]))
                    found = (role, org, toks[start:first]) if org is not None or _state_title(role) else None
                    break
            if found is None and first >= 3 and toks[first - 1].text == ",":
                # set off before the list: "two of the group's members, A and B,"
                e = first - 1
                # ("Two members of parliament who had called for reforms, A and B": the title ends where a clause opens)
                rel = next((x for x in range(e - 1, max(0, e - 12), -1) if toks[x].lower_ in ("who", "which") or toks[x].text in (",", ";")), None)
                if rel is not None and toks[rel].lower_ in ("who", "which"):
                    e = rel
                b = e - 1
                while b >= 0 and e - b <= 10 and toks[b].text not in (",", ";", ":", "(") and "\n" not in toks[b].text \
                        and not self._clause_verb(toks[b]) and not (self.mention_of(toks[b]) is not None and self.mention_of(toks[b]).type == "Person"):
                    b -= 1
                for start in range(b + 1, e):
                    counted = start > b + 1 and (toks[start - 1].lower_ in NUMBER_WORDS or toks[start - 1].like_num)
                    if toks[start].lower_ in NUMBER_WORDS or toks[start].like_num:
                        continue  # ("Two members of parliament, A and B": the count is no word of the title)
                    if toks[start].lower_ not in ("the", "its", "their") and toks[start].text not in ("'s", "\u2019s") and not toks[start].text[:1].isupper() \
                            and not counted:
                        continue
                    role, org, end = self._title_org(toks, start, e, plural=True)
                    # (after a count, only a body the words after "of" name whole: "three founders of the Mothers of
                    # Plaza de Mayo" is not of a body called "Plaza de Mayo")
                    of_at = next((x for x in range(start, e) if toks[x].lower_ == "of"), e)
                    if counted and any(t.text[:1].isupper() and self.entity_at(t) != org for t in toks[of_at + 1:e]):
                        continue
                    if role and end == e and org is not None:
                        found = (role, org, toks[start:e])
                        # "two of the outlet's reporters, A and B, and C, the editor of another paper": the count bounds
                        # the list; a name after it is told with its own title
                        count = next((NUMBER_WORDS.get(x.lower_) or (int(x.text) if x.text.isdigit() else None)
                                      for x in toks[b + 1:start] if x.lower_ in NUMBER_WORDS or x.text.isdigit()), None)
                        if count and count < len(people):
                            people = people[:count]
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
                if role and end == stop and (org is not None or _state_title(role)):
                    found = (role, org, toks[a:stop])  # ("A and B, Deputy Ministers of Defence;": the state's, decided later)
            if found is None:
                continue
            role, org, span = found
            if not any(t.lower_ in PLURAL_TITLE_HEADS for t in span):
                continue  # a singular title is one person's, and the other rules read it
            for p in people:
                self._add_position(s, p, role, org, ev)

    def _among_them_positions(self, s: Sent, toks, ev: Span):
        """People named out of a group of a body's members ("charged ten members of the army, among them Brigadier General
        X", "sanctions on five officers of the armed forces, including Major General Y"): each is of that body, with the
        rank or title the name carries, else as one of the group ("member", "officer"). The body is the group's, not the
        state a rank would otherwise be read as serving."""
        n = len(toks)
        for c, t in enumerate(toks):
            if t.lower_ == "including":
                first = c + 1
            elif t.lower_ == "among" and c + 1 < n and toks[c + 1].lower_ in ("them", "whom", "those"):
                first = c + 2
            else:
                continue
            if c < 4 or toks[c - 1].text != ",":
                continue
            of = next((o for o in range(c - 2, max(0, c - 10), -1) if toks[o].lower_ == "of" and toks[o - 1].lower_ in PLURAL_TITLE_HEADS), None)
            if of is None or any(x.text in (",", ";", "(") or x.pos_ in ("VERB", "AUX") for x in toks[of + 1:c - 1]):
                continue
            phrase = toks[of + 1:c - 1]
            org = self.entity_at(phrase[-1]) if phrase else None
            if org is not None and org == self.entity_at(toks[of - 1]):
                org = None  # ("ten members of the army" taken as one group: the body is the phrase after "of")
            if org is not None and self.etype(org) not in ("Organization", "GovernmentBody"):
                continue  # ("officials of Ruritania, including ...": a state's officials, which the title rules read)
            if org is None and phrase and phrase[-1].text.islower() and (phrase[-1].lower_ in BARE_ACTOR_HEADS or GOV_WORDS.search(phrase[-1].text.title())):
                org = self._phrase_org(phrase)  # "ten members of the army", "officers of the Myanmar armed forces"
            if org is None or self.ex.entities[org].name.casefold() in ("government", "the government", "regime", "authorities"):
                continue
            member = _singular_head(toks[of - 1].text)
            x, seg = first, first
            while x < n and toks[x].text not in (";", ".", "(", ":") and "\n" not in toks[x].text and not self._clause_verb(toks[x]):
                m = self.mention_of(toks[x])
                if toks[x].text == "," or toks[x].lower_ == "and":
                    seg = x + 1
                if m is None or m.type != "Person" or m.entity is None:
                    x += 1
                    continue
                role, _, end = self._title_org(toks, seg, x) if seg < x else (None, None, x)
                self._add_position(s, m.entity, role if role and end == x else member, org, ev)
                while x < n and self.mention_of(toks[x]) is m:
                    x += 1
                if x < n and toks[x].text == "," and x + 1 < n and toks[x + 1].lower_ in ("who", "the", "a", "an", "his", "her"):
                    break  # the list ends where a name is described ("X, who commanded the 30th Brigade, and ...")

    def _counsel_positions(self, s: Sent, toks, ev: Span):
        """A lawyer for a body, set off beside the name ("X, a lawyer for the workers' union,", "A lawyer for the group, X,
        said"): counsel retained by an organisation holds a post with it. A lawyer for people ("a lawyer for the
        defendants", "for the students' families") holds none."""
        n = len(toks)
        for k, t in enumerate(toks):
            if t.lower_ not in COUNSEL_NOUNS or k + 2 >= n or toks[k + 1].lower_ != "for" or k == 0 or toks[k - 1].lower_ not in ("a", "an", "the"):
                continue
            stop = k + 2
            while stop < n and toks[stop].text not in (",", ";", ".", "(", ":") and not self._clause_verb(toks[stop]) and stop - k < 10:
                stop += 1
            phrase = toks[k + 2:stop]
            if not phrase or self.etype(self.entity_at(phrase[-1])) == "Person" or phrase[-1].tag_ in ("NNS", "NNPS") and not self.entity_at(phrase[-1]):
                continue
            org = self.entity_at(phrase[-1])
            if org is not None and self.etype(org) not in ("Organization", "GovernmentBody"):
                continue
            head = phrase[-1].lower_
            if org is None and head in self.gaz.org_apposition_heads | CIVIL_BODY_NOUNS:
                if len(phrase) == 2 and phrase[0].lower_ in ("the", "its", "their"):
                    org = self._body_for_noun(head, self.tstart(phrase[0])) or self._story_body(self.tstart(phrase[0]))
                elif any(x.text[:1].isupper() for x in phrase):
                    org = self._phrase_org(phrase)  # "the Karazhanbasmunai workers' union"
            if org is None:
                continue
            person = None
            a = k - 1  # "X, a lawyer for Y": the name before the comma
            if a >= 2 and toks[a - 1].text == "," and self.etype(self.entity_at(toks[a - 2])) == "Person":
                person = self.entity_at(toks[a - 2])
            elif stop + 1 < n and toks[stop].text == "," and self.etype(self.entity_at(toks[stop + 1])) == "Person":
                person = self.entity_at(toks[stop + 1])  # "A lawyer for the group, X, said"
            if person is not None:
                self._add_position(s, person, t.text.lower(), org, ev)

    def _story_body(self, before: int) -> str | None:
        """The non-state body the story is about so far: the one named most before ``before``, leaving out those that
        monitor or sanction ("Human Rights Watch said ... A lawyer for the group": the group is the one reported on)."""
        seen: Counter = Counter()
        for m in self.mentions:
            if m.start >= before:
                break
            if m.entity and self.etype(m.entity) == "Organization" and not self._is_monitor(m.entity) and not self._is_sanctioner(m.entity):
                seen[m.entity] += 1
        return max(seen, key=lambda k: seen[k]) if seen else None

    def _bench_court(self, role: str, before: int) -> str | None:
        """The court a judge with no court in the phrase sits on: the one the text named before ("A Hong Kong court found
        ... Judges A, B and C said"). A news story about a trial names its court first and its judges after."""
        if role.split()[-1].casefold() not in BENCH_TITLES:
            return None
        known = self._body_for_noun("court", before, monitors=True) or self._body_for_noun("tribunal", before, monitors=True)
        if known is not None:
            return known
        # (the small model names few courts: "A Hong Kong court on Thursday found", "Three High Court judges")
        last = None
        for m in _COURT_RE.finditer(self.text, 0, before):
            words = m.group(1).split()
            while len(words) > 1 and (words[0].casefold() in NUMBER_WORDS or words[0].casefold() in ("a", "an", "the", "in", "on", "at")):
                words = words[1:]
            if len(words) > 1:
                last = (m.start(1) + m.group(1).index(" ".join(words)), " ".join(words))
        if last is None:
            return None
        start, name = last
        return self.phrase_entity("GovernmentBody", name, start, start + len(name))

    def _org_after(self, toks, k: int, places: bool = False) -> str | None:
        """The body an "of"/"at" phrase right after a name names ("X of the Moscow City Court"), or a
        distributive one closing a list of names ("General X and Colonel Y, all of Egypt's National Security Agency").
        With ``places``, a region or country there too: a legislator's seat ("Senator X of Nimba County")."""
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
        if key is None or self.etype(key) in ("Person", "Place", "Region"):
            # "Judge X of the Leninsky district court": a body the NER did not name (or took for a person or a place), told by its noun
            phrase = []
            for t in toks[k:k + 6]:
                if t.is_punct or t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or "\n" in t.text:
                    break
                phrase.append(t)
            last = phrase[-1] if phrase else None
            if last is not None and last.text.islower() and (GOV_WORDS.search(last.text.title()) or last.lower_ in self.gaz.org_words):
                return self._phrase_org(phrase, any_pos=True)
        return key if key and self.etype(key) in ("Organization", "GovernmentBody") + (("Region", "Country") if places else ()) else None

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
        # ("who founded the group and is its commander": the office held now names the position; founding it, only failing that)
        for t in sorted(toks, key=lambda t: t.lemma_.lower() in ("found", "co-found", "cofound")):
            lemma = t.lemma_.lower()
            appointed = lemma in ("appoint", "name", "elect", "promote", "reappoint", "install", "post", "assign", "nominate", "transfer") \
                and t.tag_ == "VBN"  # ("has since been posted abroad as ambassador to X")
            if t.pos_ not in ("VERB", "AUX") or lemma not in ("be", "become", "serve", "remain") and lemma not in POST_VERBS \
                    and lemma not in TIE_VERBS and not appointed:
                continue
            if (lemma in POST_VERBS or lemma in TIE_VERB_PREPS) and not self._post_held(t):
                continue
            # "X was appointed head of Y", "X was elected president", "X was promoted to commander of Y"
            subjs = [c for c in t.children if c.dep_ == ("nsubjpass" if appointed else "nsubj")]
            # ("An ethnic Uzbek, X headed ...": the parser makes the fronted description a second subject; the name is the one)
            subj = next((c for c in subjs if self.etype(self.entity_at(c)) == "Person"), subjs[0] if subjs else None)
            if subj is None and t.dep_ == "conj":
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)  # "X heads A and sits in B"
            if subj is None:
                continue
            clause = t.head if t.dep_ == "conj" and subj.head.i == t.head.i else t
            if subj.lower_ in ("who", "that") and clause.dep_ == "relcl":
                rel, subj = subj.lower_, clause.head  # "X, who founded the group and is its commander"
                node, steps = subj, 0
                named = next((c for c in node.children if c.dep_ == "appos" and self.etype(self.entity_at(c)) == "Person"), None)
                if named is not None and self.etype(self.entity_at(node)) != "Person":
                    node = named  # "..., and their son X, who runs media outlets": the name set off on the noun the clause is on
                # "X, a former officer of the GRU, who ...": "who" is the person the apposition the clause hangs on describes
                while rel == "who" and steps < 8 and self.etype(self.entity_at(node)) != "Person" \
                        and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
                    node, steps = node.head, steps + 1
                if self.etype(self.entity_at(node)) == "Person":
                    subj = node
            if self.entity_at(subj) is None:
                subj = next((c for c in subj.children if c.dep_ == "appos" and self.etype(self.entity_at(c)) == "Person"), subj)  # "His son, X, is ..."
            pron = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "who"), None) if clause.dep_ == "relcl" else None
            if pron is not None and pron.i >= 2 and pron.doc[pron.i - 1].text == "," and pron.i - 2 > subj.i \
                    and self.etype(self.entity_at(pron.doc[pron.i - 2])) == "Person" and self.entity_at(pron.doc[pron.i - 2]) != self.entity_at(subj):
                subj = pron.doc[pron.i - 2]  # "A, who commanded X, and Colonel B, who commanded Y": the name right before "who",
                # though the parser hangs both clauses on A
            person = self.entity_at(subj)
            if person is None or self.etype(person) != "Person":
                continue
            if lemma in ("be", "become", "remain", "serve") or appointed:
                # "A, B and C were members of an FSB team": a plural title is each coordinated subject's
                people = [person] + [k for x in subj.conjuncts if (k := self.entity_at(x)) and k != person and self.etype(k) == "Person"]
                for c in t.children:
                    if c.dep_ == "attr" or (c.dep_ == "prep" and c.lower_ == "as" and lemma == "serve") \
                            or appointed and (c.dep_ in ("oprd", "xcomp") or c.dep_ == "prep" and c.lower_ in ("as", "to")):
                        node = c if c.dep_ in ("attr", "oprd", "xcomp") else next((g for g in c.children if g.dep_ == "pobj"), None)
                        if node is None:
                            continue
                        sub = [x for x in toks if node.left_edge.i <= x.i <= node.right_edge.i]
                        if not sub:
                            continue
                        a = toks.index(sub[0])
                        plural = len(people) > 1 and node.lower_ in PLURAL_TITLE_HEADS
                        role, org, _ = self._title_org(toks, a, a + len(sub), plural=plural)
                        if role and org is None and sub[0].lower_ in ("its", "their"):
                            org = self._last_body(self.tstart(sub[0]))  # "X ... is its commander": of the body just named
                        for p in (people if plural else [person]) if role else ():
                            self._add_position(s, p, role, org, ev)
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
                if obj is None and lemma not in TIE_VERB_PREPS:
                    # "had founded and financed the FLN": the object of the verb coordinated right after is both verbs'
                    shared = next((c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB" and 0 < c.i - t.i <= 3
                                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
                    obj = next((c for c in shared.children if c.dep_ == "dobj"), None) if shared is not None else None
                rel_at = None
                if obj is not None and obj.lower_ in ("which", "that") and t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
                    rel_at, obj = obj.i, t.head  # "the Anti-Corruption Foundation, which Navalny founded in 2011": the body the clause is on
                if lemma in TIE_VERB_PREPS:  # "sits in the National Assembly", "presided over the court", "worked for Y"
                    prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in TIE_VERB_PREPS[lemma]), None)
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
                    if rel_at is not None and x.i >= rel_at:
                        break
                    k = self.entity_at(x)
                    if k and self.etype(k) in ("Organization", "GovernmentBody", "Group") and x.dep_ != "poss":
                        org = k
                        break
                if org is not None and self.etype(org) == "Group" and (not self._actor(org, []) or self.ex.entities[org].name.islower()):
                    org = None  # ("led the troops": a description of whom, no body)
                if org is not None and obj.tag_ == "NNS" and obj.text.islower() and self.entity_at(obj) == org \
                        and not any(c.dep_ in ("det", "poss") for c in obj.children):
                    org = None  # ("runs media outlets close to the government": a kind of body, none of them named)
                if org is None and lemma in TIE_VERB_PREPS and obj.pos_ == "PROPN" and obj.i > 0 and obj.doc[obj.i - 1].lower_ in NAME_CLASSIFIER_NOUNS:
                    # "worked for the media development organisation Internews": the kind of body says the name is a body's,
                    # however the NER typed it
                    org = self._phrase_org([x for x in obj.subtree if x.i <= obj.i], any_pos=True)
                if org is None and (obj.pos_ == "PROPN" or obj.text[:1].isupper() and not obj.is_sent_start) and obj.lower_ in self.gaz.org_words:
                    org = self._phrase_org([x for x in obj.subtree if x.i <= obj.i])  # "commanded the Army's 58th Division"
                if org is None and obj.lower_ in self.gaz.org_apposition_heads \
                        and any(c.dep_ == "det" and c.lower_ in ("that", "this", "the") for c in obj.children):
                    org = self._body_for_noun(obj.lower_, self.tstart(obj)) \
                        or self._kind_named_body([x for x in obj.subtree if x.i <= obj.i])  # "who leads the PASTEF party"
                    # ("who now heads that bureau": the one named before)
                if org and lemma == "direct" and self.entity_at(obj) != org:
                    org = None  # ("directed the activities of the youth wing", "directed the attack": a deed, not the body's direction)
                if org:
                    role = self._post_title(lemma, org)
                    if lemma == "found" and t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "co":
                        role = "co-founder"  # ("co-founded": the tokenizer splits the prefix off)
                    # "Colonels A and B, who successively commanded the brigade": each coordinated subject held it
                    # (not "A and B, who heads it": a verb in the singular is said of the last name alone; nor "A, who led X,
                    # and B, who led Y": a name with a clause of its own is not the next clause's)
                    for p in [person] + [k for x in (subj.conjuncts if t.tag_ != "VBZ" else ()) if x.i < subj.i
                                         and not any(y.lower_ in ("who", "which", "that") for y in x.doc[x.i:subj.i])
                                         and (k := self.entity_at(x)) and k != person and self.etype(k) == "Person"]:
                        self._add_position(s, p, role, org, ev)

    def _post_title(self, lemma: str, org: str) -> str:
        """A court is presided over by its judge, any other body by its chair: the title a post verb implies depends on
        what kind of body it is said of."""
        if lemma in COURT_POST_VERBS and COURT_NAME_RE.search(self.ex.entities[org].name):
            return COURT_POST_VERBS[lemma]
        return POST_VERBS.get(lemma) or TIE_VERBS[lemma]

    @staticmethod
    def _post_held(t) -> bool:
        """A post told by a verb is held only when the verb says so as fact: "will head", "is expected to lead", "did
        not chair", "denied heading" tell a plan, a hope or a denial, not a post."""
        if any(c.dep_ in ("aux", "auxpass", "neg") and c.lower_ in UNTOLD_POST_WORDS for c in t.children):
            return False
        head = t.head if t.dep_ in ("xcomp", "pcomp", "ccomp", "conj") else None
        while head is not None and head.i != t.i and head.dep_ == "conj":
            head = head.head
        return not (head is not None and head.i != t.i and (head.lemma_.lower() in DENIAL_LEMMAS | UNTOLD_POST_WORDS
                                                            or any(c.dep_ == "neg" for c in head.children)))

    def _led_by_positions(self, s: Sent, toks, ev: Span):
        """A passive "led/headed/commanded by X" hung on a body ("The armed forces, led by General X,", "a militia
        headed by X", "The unit is commanded by X"): X holds the lead of that body, or of the body a descriptor
        noun stands in apposition to ("the Y Army, a militia led by X")."""
        for t in toks:
            if t.tag_ != "VBN" or t.lemma_.lower() not in POST_VERBS or not self._post_held(t):
                continue
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if agent is None:
                # "was commanded at the time by X": the parser may hang "by" on the time phrase
                agent = next((x for x in t.doc[t.i + 1:min(t.i + 6, t.sent.end)] if x.lower_ == "by" and x.dep_ == "prep"
                              and x.head.i > t.i and any(a.i == t.i for a in x.ancestors)), None)
            who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if who is not None and self.entity_at(who) is None and who.text in ABBREVIATIONS_BEFORE_NAMES and who.i + 1 < len(who.doc):
                who = who.doc[who.i + 1]  # "led by Capt. X": the parser makes the title the agent, the name its modifier
            elif who is not None and self.entity_at(who) is None and HONORIFICS.match(who.text + ". ") and who.i + 2 < len(who.doc) \
                    and who.doc[who.i + 1].text == ".":
                who = who.doc[who.i + 2]  # "led by Dr. X" when the tokenizer cut the stop off and the parser ended the sentence there
            person = self.entity_at(who) if who is not None else None
            if person is None or self.etype(person) != "Person":
                continue
            # "appointed by A and chaired by B" (not "... have carried out attacks and which is led by B": its own subject)
            base = t.head if t.dep_ == "conj" and t.head.tag_ == "VBN" and not any(c.dep_ == "nsubjpass" for c in t.children) else t
            if base.dep_ == "acl":
                node = base.head
            else:
                node = next((c for c in base.children if c.dep_ == "nsubjpass"), None)
                if node is None and base.dep_ == "conj":
                    # "The party is the only one permitted and is chaired by X": the subject both verbs share
                    node = next((c for c in base.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            org = self.entity_at(node) if node is not None else None
            clause = base
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head  # "an organisation whose members have attacked ... and which is led by X": the first verb's
            if org is None and node is not None and node.lower_ in ("which", "that") and clause.dep_ == "relcl":
                org = self.entity_at(clause.head)  # "the Anti-Corruption Bureau, which is led by X": the body the clause is on
                if org is None and clause.head.dep_ == "appos":
                    org = self.entity_at(clause.head.head)  # "Lehava, an extremist organisation ... which is led by X"
            if org is None and node is not None and node.lower_ == "it" and node.pos_ == "PRON":
                org = self._last_body(self.tstart(node))  # "The King set up the commission ... It was chaired by X": the body just told of
            if org is None and node is not None and node.dep_ == "appos":
                org = self.entity_at(node.head)  # "the Y Army, a militia led by X"
            if self.etype(org) not in ("Organization", "GovernmentBody"):
                org = None  # (a parse that hangs the noun on the wrong head: read what is set off before it)
            if org is None and node is not None and node.pos_ == "NOUN" and node.left_edge.i >= 2 and node.doc[node.left_edge.i - 1].text == ",":
                # "The Directorate of State Security (DSS), the intelligence agency headed by X": the body set off before the noun
                b = node.left_edge.i - 2
                if node.doc[b].text == ")" and b >= 2 and node.doc[b - 2].text == "(":
                    b -= 3
                org = self.entity_at(node.doc[b])
            if org is None and node is not None and node.dep_ == "nsubjpass" and node.text.islower() and node.lower_ in self.gaz.org_apposition_heads \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in node.children):
                org = self._body_for_noun(node.lower_, self.tstart(node))  # "the X Battalion ... The battalion was commanded by Y"
            if org is None and node is not None and node.dep_ != "appos":
                # "the attorney general's office, led by X", "the interior ministry, headed by X": news names a state body
                # in lower case by its kind and what makes it specific; that phrase is the body X leads
                org = self._body_phrase(node)
            if org is None:
                # "the Air Force Intelligence Directorate, then headed by X,": set off right after the body, whatever the parse
                k = toks.index(t) - 1
                while k >= 0 and toks[k].pos_ == "ADV":
                    k -= 1
                if k >= 1 and toks[k].text == ",":
                    org = self.entity_at(toks[k - 1])
            if org is None or self.etype(org) not in ("Organization", "GovernmentBody"):
                continue
            self._add_position(s, person, self._post_title(t.lemma_.lower(), org), org, ev)

    def _subject_country(self, s: Sent, person: str | None = None) -> str | None:
        """The country a state title belongs to when the text names none: a country heading of the list
        the sentence is in, a country the sentence names, the country its paragraph (a list entry) names,
        else the country the document is most about (sanctioning jurisdictions count less: their officials
        are rarely the subject)."""
        for prev in reversed(self.sents[max(0, s.index - 15): s.index]):
            if prev.para != s.para:
                break
            words = [t for t in prev.span if not t.is_punct and not t.is_space]
            if len(words) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in words):
                ents = self.sent_entities(prev, {"Country"})
                if ents:
                    return ents[0][0].entity
        for mt in self.sent_entities(s, {"Country"}):
            if self.ex.entities[mt[0].entity].wikidata not in SANCTIONER_QIDS and not (person and self._country_beside(mt, person)) \
                    and not (person and self._country_acted_on(mt)):  # ("released and flown to Z": where they went, not whom they serve)
                return mt[0].entity
        for t in s.span:
            ke = self.demonym_state(t)
            if ke is not None and ke.type == "Country" and ke.wikidata not in SANCTIONER_QIDS:
                m = self.mention_of(t)
                if m is not None and m.entity and self.etype(m.entity) != "Country" or t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-":
                    continue  # "Georgian Dream", "the Russian-led alliance": a word of another name or compound
                if person and (self._demonym_of_another(t, person) or self._in_own_words(t, person)):
                    continue
                return self._known_entity(ke)
        return self._paragraph_country(s) or self._main_country()

    def _in_own_words(self, t, person: str) -> bool:
        """Whether a word stands in what ``person`` says or denies ("Interior Minister X ... denied that Rome had given
        in to Libyan pressure"): his words are about that state, they do not say which state he serves."""
        for a in t.ancestors:
            if a.dep_ != "ccomp":
                continue
            verb = verb_with_subject(a.head)  # ("X said ... and denied that ...": the subject of the first verb)
            if any(c.dep_ == "nsubj" and any(self.entity_at(g) == person for g in c.subtree) for c in verb.children):
                return True
        return False

    def _demonym_of_another(self, t, person: str) -> bool:
        """Whether a demonym is part of another person's title ("appointed by President X and chaired by former Kenyan
        President Y", "X met the Kenyan foreign minister, Y"): it says whom that person serves, not whom ``person`` does."""
        node = t
        while node.dep_ in ("amod", "compound", "nmod") and node.head.i != node.i:
            node = node.head
            k = self.entity_at(node)
            if k is not None and self.etype(k) == "Person":
                return k != person
        if any(c.dep_ == "appos" and self.etype(self.entity_at(c)) == "Person" and self.entity_at(c) != person
               for c in node.children):
            return True
        # "the Kenyan opposition politician and lawyer Martha Karua": lower-case words of a description run on from the
        # demonym into another person's name, however the parser hangs them
        j = t.i + 1
        while j < len(t.doc) and j - t.i <= 6 and t.doc[j].text.islower() and t.doc[j].pos_ in ("NOUN", "ADJ", "CCONJ"):
            j += 1
        k = self.entity_at(t.doc[j]) if j < len(t.doc) and j > t.i + 1 else None
        return k is not None and k != person and self.etype(k) == "Person"

    def _paragraph_country(self, s: Sent) -> str | None:
        """The country a paragraph or list entry is about ("1. X, a businessman in South Africa ... he used close links to
        former President Y"): the one it names most before the sentence, not a sanctioning state; None in a paragraph
        that names two equally often."""
        seen: Counter = Counter()
        for m in self.mentions:
            if m.start >= s.start:
                break
            if m.entity and self.etype(m.entity) == "Country" and self.ex.entities[m.entity].wikidata not in SANCTIONER_QIDS:
                sm = self.sent_at(m.start)
                if sm is not None and sm.para == s.para:
                    seen[m.entity] += 1
        top = seen.most_common(2)
        if not top or len(top) == 2 and top[0][1] == top[1][1]:
            return None
        return top[0][0]

    def _signed_instrument_state(self, s: Sent, person: str) -> str | None:
        """The state whose instrument the sentence says ``person`` signed or issued (its head of state signs it): only
        the signer's, not another president the sentence names ("designated the wife of President X pursuant to E.O.
        13851, which President Y signed": Y's state, not X's)."""
        if not any(t.lemma_ in ("sign", "issue", "enact") and t.pos_ == "VERB"
                   and any(self.entity_at(x) == person for c in t.children if c.dep_ == "nsubj" for x in c.subtree)
                   for t in s.span):
            return None
        for m in self.mentions:
            if s.start <= m.start < s.end and m.instrument is not None and m.instrument.jurisdiction:
                ke = next((k for k in self.gaz.known_by_label.values() if k.wikidata == m.instrument.jurisdiction and k.type == "Country"), None)
                if ke is not None:
                    return self._known_entity(ke)
        return None

    def _main_country(self, foreign_only: bool = False) -> str | None:
        if foreign_only:
            state = (len(self.mentions), len(self.ex.entities))  # (rules may add entities: count again then)
            if getattr(self, "_main_foreign_at", (None,))[0] != state:
                counts = Counter(m.entity for m in self.mentions if m.entity)
                best = None
                for key in sorted(self.ex.entities):
                    ent = self.ex.entities[key]
                    if ent.type == "Country" and ent.wikidata not in SANCTIONER_QIDS:
                        n = counts[key]
                        if n and (best is None or n > best[0]):
                            best = (n, key)
                self._main_foreign_at = (state, best[1] if best else None)
            return self._main_foreign_at[1]
        if hasattr(self, "_main_country_key"):
            return self._main_country_key
        score: Counter = Counter()
        named = {self.ex.entities[m.entity].name for m in self.mentions if m.entity and self.etype(m.entity) == "Country"}
        for m in self.mentions:
            if m.entity and self.etype(m.entity) == "Country":
                score[m.entity] += 0.3 if self.ex.entities[m.entity].wikidata in SANCTIONER_QIDS else 1.0
            elif m.entity and self.etype(m.entity) in ("Organization", "GovernmentBody"):
                # "the Bahrain Independent Commission of Inquiry", "the Bahrain Defence Force": a body named after its state
                # tells what state the text is about, as a demonym does
                words = m.text.split()
                ke = next((k for k in (self.gaz.known_by_label.get(gz.normal(" ".join(words[:n]))) for n in (2, 1) if len(words) > n)
                           if k is not None), None)
                if ke is not None and ke.type == "Country" and ke.wikidata not in SANCTIONER_QIDS:
                    # (a sanctioning state's own bodies, "U.S. Department of State", tell nothing)
                    longer = sorted((n for n in named if n != ke.name and re.search(r"(?<![\w-])" + re.escape(ke.name) + r"(?![\w-])", n)), key=len)
                    if longer and ke.name not in named:
                        # "the Sudan People's Liberation Army" in a text about South Sudan: a body named after the state
                        # before it split or took its longer name; the state the text names is the longer one
                        score[next(k for k, e in self.ex.entities.items() if e.name == longer[-1])] += 1.0
                        continue
                    score[self._known_entity(ke)] += 1.0
        for off, sdoc in self.parsed:
            toks = self.doc_tokens[id(sdoc)]  # (the tokens made once per text: iterating the Doc makes them again)
            for t in toks:
                ke = self.demonym_state(t) if t.text[:1].isupper() else None  # ("South Sudanese" is South Sudan's, not Sudan's)
                if ke is not None and ke.type == "Country" and not (t.i + 1 < len(toks) and toks[t.i + 1].text == "-"):
                    key = self._known_entity(ke)
                    score[key] += 0.3 if ke.wikidata in SANCTIONER_QIDS else 1.0
        self._main_country_key = max(score, key=lambda k: (score[k], k)) if score else None
        return self._main_country_key

    # the recall layer (round 10) ---------------------------------------------------------------

    def _recall_positions(self):
        """Positions the precise rules left out, read from looser shapes and kept at confidence 0.35.

        On text the rules were not tuned on most missed positions are a person with a title word beside the
        name that no precise shape took: "navy officer X", "X, a retired justice of Y's High Court", "a
        cameraman for the broadcaster Y, X,". Only people who hold no position yet are read, so a precise
        claim is never changed, and only a body the phrase itself names is taken as the title's body."""
        held = {(c.roles.get("person"), ev.start) for (ctype, _), c in self.claims.items() if ctype == "position" for ev in c.evidence}
        for s in self.sents:
            pairs = [(m, t) for m, t in self.sent_entities(s, {"Person"})
                     if (m.entity, s.start) not in held and not m.extra.get("byline") and not m.extra.get("relative")]
            if not pairs:
                continue
            toks = list(s.span)
            base = toks[0].i
            ev = self.span(s.start, s.end)
            for m, t in pairs:
                if (m.entity, s.start) in held:
                    continue
                i = t.i - base
                j = i
                while j + 1 < len(toks) and self.mention_of(toks[j + 1]) is m:
                    j += 1
                found = [f for f in (self._recall_in_list(toks, i, j, self._recall_title_before, -1),
                                     self._recall_in_list(toks, i, j, self._recall_apposition, 1),
                                     self._recall_in_list(toks, i, j, self._recall_set_off, -1),
                                     self._recall_name_of(toks, i, j)) if f is not None]
                if not found:
                    continue
                found = [(r, o, rt) for r, o, rt in found if self.etype(o) in ("Organization", "GovernmentBody", "Country", "Region")] \
                    or [(r, None, rt) for r, _, rt in found]
                for role, org, role_toks in found:
                    if org is None:
                        org = self._bare_office_body(role)  # "Secretary-General X": the UN's, not the story's country
                    if org is None:
                        # ("Police Officers 1 X": the title words the pattern took for a group name no body)
                        org = self._recall_body_by_noun(role, s, self.tstart(t))
                    if org is None:
                        org = self._recall_own_body(role_toks)
                    if org is None and self._recall_state_office(role_toks):
                        org = self._subject_country(s, m.entity)
                    if org is not None:
                        break  # ("Sudan's army chief, Gen. X": the rank alone names no body, the title set off before does)
                if org is None or org == m.entity or all(w in _RECALL_TITLE_WORDS for w in re.findall(r"[a-z]+", self.ex.entities[org].name.casefold())):
                    continue  # (a title the NER took for a body: "Major General")
                if self.add_claim("position", {"person": m.entity, "org": org}, {"role": role}, ev, confidence=RECALL_CONFIDENCE):
                    held.add((m.entity, s.start))
            self._recall_verb_positions(s, toks, ev, held)

    def _bare_office_body(self, role: str) -> str | None:
        """The one international body a title said bare is of ("Secretary-General X said": the United Nations'), when
        the text names that body itself; None for other titles. Without the rule the title's "General" reads as a
        military rank and gives the holder to the country the story is about."""
        words = role.casefold().split()
        while len(words) > 1 and words[0] in TITLE_PRE_SKIP:
            words = words[1:]  # ("the then Secretary-General")
        body = BARE_OFFICE_BODIES.get(" ".join(words))
        ke = self.gaz.known_by_label.get(gz.normal(body)) if body else None
        if ke is None or not any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", self.text) for name in [ke.name, *ke.aliases]):
            return None
        return self._known_entity(ke)

    def _recall_verb_positions(self, s: Sent, toks, ev, held: set):
        """Verbs of holding a post that the precise verb rules left without a body: "a commission ... chaired by X"
        (the body named last before the verb), "X, who sat on the panel" (the panel named before)."""
        roles = {"lead": "leader", "head": "head", "chair": "chair", "command": "commander", "run": "head", "found": "founder"}
        for k, t in enumerate(toks):
            lemma = t.lemma_.lower()
            person = org = None
            if t.tag_ == "VBN" and lemma in roles:
                agent = next((c for c in t.children if c.dep_ == "agent"), None)
                person = next((self.entity_at(x) for x in agent.subtree if self.etype(self.entity_at(x)) == "Person"), None) if agent is not None else None
                if person is None or (person, s.start) in held:
                    continue
                for b in range(k - 1, max(-1, k - 25), -1):
                    key = self.entity_at(toks[b])
                    typ = self.etype(key)
                    if typ == "Person" or toks[b].pos_ in ("VERB", "AUX") and toks[b].tag_ != "VBN":
                        break
                    if typ in ("Organization", "GovernmentBody") and not self._is_sanctioner(key):
                        org = key
                        break
                role = roles[lemma]
            elif lemma in ("sit", "serve") and t.pos_ == "VERB":
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ == "who" and t.dep_ == "relcl":
                    subj = t.head
                    if self.etype(self.entity_at(subj)) != "Person" and subj.dep_ == "appos":
                        subj = subj.head  # "X, a senior advocate who sat on the panel"
                person = self.entity_at(subj) if subj is not None else None
                if self.etype(person) != "Person" or (person, s.start) in held:
                    continue
                prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "in")), None)
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if obj is None:
                    continue
                org = self.entity_at(obj)
                if org is None and obj.lower_ in self.gaz.org_apposition_heads | INQUIRY_BODY_NOUNS:
                    org = self._body_for_noun(obj.lower_, self.tstart(obj), monitors=True)
                role = "member"
            if person is None or org is None or self.etype(org) not in ("Organization", "GovernmentBody"):
                continue
            if self.add_claim("position", {"person": person, "org": org}, {"role": role}, ev, confidence=RECALL_CONFIDENCE):
                held.add((person, s.start))

    def _recall_in_list(self, toks, i: int, j: int, shape, step: int):
        """A shape read for the name, else for the list of names it stands in ("Police Officers 1 A and B", "A and
        B, both commentators on Y", "three founders of Y, A, B and C"): a title the list shares is plural, and is
        each one's in the singular; a singular title beside another name of the list is that one's alone."""
        for hop in range(5):
            found = shape(toks, i, j)
            if found is not None:
                role, org, role_toks = found
                words = role.split()
                plural = [n for n, w in enumerate(words) if w.lower() in _ALL_PLURALS and w.lower() not in _ALL_TITLE_HEADS]
                if hop and not plural:
                    return None
                if plural:
                    one = _ALL_PLURALS[words[plural[-1]].lower()]
                    words[plural[-1]] = one.capitalize() if words[plural[-1]][:1].isupper() else one
                return " ".join(words), org, role_toks
            # the next name of the list, across ", " or "and"
            k = i - 1 if step < 0 else j + 1
            while 0 <= k < len(toks) and (toks[k].text == "," or toks[k].lower_ == "and") and abs(k - (i if step < 0 else j)) <= 2:
                k += step
            nxt = self.mention_of(toks[k]) if 0 <= k < len(toks) and k not in (i - 1, j + 1) else None
            if nxt is None or nxt.type != "Person" or nxt.entity is None:
                return None
            a = b = k
            while a - 1 >= 0 and self.mention_of(toks[a - 1]) is nxt:
                a -= 1
            while b + 1 < len(toks) and self.mention_of(toks[b + 1]) is nxt:
                b += 1
            i, j = a, b
        return None

    def _recall_name_of(self, toks, i: int, j: int):
        """A name with the body it belongs to right after it and no title ("A of the Union of Democratic Forces
        (UFDG) and B of the Union of Republican Forces"): a member of that body, when it is no place, sanctioning state
        or monitor."""
        if j + 2 >= len(toks) or toks[j + 1].lower_ != "of":
            return None
        k = j + 2
        while k < len(toks) and toks[k].lower_ in ("the", "a"):
            k += 1
        org = self.entity_at(toks[k]) if k < len(toks) else None
        if self.etype(org) not in ("Organization", "GovernmentBody") or self._is_sanctioner(org) or self._is_monitor(org):
            return None
        return "member", org, []

    def _recall_is_head(self, tok) -> bool:
        low = tok.lower_
        return low in _ALL_TITLE_HEADS or low in _ALL_PLURALS or tok.text[:1].isupper() and low.rstrip(".") in RECALL_RANK_ABBREVIATIONS

    def _recall_title_before(self, toks, i: int, j: int):
        """A title right before the name, without a comma ("navy officer X", "Presiding judge X", "Police Officer 3 X")."""
        b = i - 1
        while b >= 0 and i - b <= 6:
            t = toks[b]
            if t.text in (",", "(", ")", ";", ":", '"') or "\n" in t.text or t.is_quote:
                break
            if t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART") and t.text not in ("'s", "\u2019s") \
                    or t.lower_ in TITLE_PRE_SKIP:
                break
            mb = self.mention_of(t)
            if mb is not None and mb.type == "Person" or self._headline_sanction_verb(toks, b):
                break
            b -= 1
        phrase = [t for t in toks[b + 1:i] if t.text != "."]  # ("Lt. Col. X": the stop the tokenizer split off)
        heads = [n for n, t in enumerate(phrase) if self._recall_is_head(t)]
        if not heads:
            return None
        role = self.text[self.tstart(phrase[0]):self.tstart(phrase[-1]) + len(phrase[-1].text)]
        org = self._recall_phrase_org(phrase, heads[-1]) or self._org_after(toks, j + 1) or self._recall_name_before(phrase, heads[0])
        return role, org, phrase

    def _recall_name_before(self, phrase, head: int) -> str | None:
        """A body the NER did not name, in capitalised words of two or more before a trade or office that is not
        the state's ("Kestrel Watch director X"): not title words, department words or a demonym."""
        run = phrase[:head]
        if len(run) < 2 or _state_title(" ".join(t.text for t in phrase)) \
                or not all(t.text[:1].isupper() and t.pos_ == "PROPN" and self.entity_at(t) is None for t in run) \
                or any(t.lower_ in _RECALL_TITLE_WORDS or t.lower_ in DEPT_WORDS or t.text in self.gaz.demonyms
                       or t.lower_.rstrip(".") in RECALL_RANK_ABBREVIATIONS for t in run):
            return None
        return self._phrase_org(run, any_pos=True)

    def _recall_apposition(self, toks, i: int, j: int):
        """A title set off after the name ("X, a retired justice of Y's High Court,", "X, founder of Y")."""
        n = len(toks)
        if j + 2 >= n or toks[j + 1].text != ",":
            return None
        a = j + 2
        stop = a
        while stop < n and toks[stop].text not in (",", ";", ".", "(", ":") and "\n" not in toks[stop].text \
                and toks[stop].lower_ not in ("who", "which", "whose") \
                and not (toks[stop].lower_ == "and" and not (stop + 1 < n and (self._recall_is_head(toks[stop + 1])
                                                                             or toks[stop + 1].text[:1].isupper()
                                                                             and toks[stop + 1].lower_ in TITLE_FILLERS))):
            stop += 1  # ("X, Director and Party Secretary of Y": one title with two heads)
        seg = toks[a:stop]
        while seg and (seg[0].lower_ in TITLE_PRE_SKIP or seg[0].lower_ in ("both", "all") or seg[0].lower_ in NUMBER_WORDS):
            seg = seg[1:]
        return self._recall_segment(seg)

    def _recall_set_off(self, toks, i: int, j: int):
        """A title set off before the name ("a cameraman for the broadcaster Y, X,"; "the army chief, Gen. X,")."""
        while i >= 2 and (toks[i - 1].text == "." or toks[i - 1].text[:1].isupper()
                          and (toks[i - 1].lower_.rstrip(".") in RECALL_RANK_ABBREVIATIONS or toks[i - 1].lower_ in TITLE_HEADS)):
            i -= 1  # the rank after the comma is the name's own
        if i < 3 or toks[i - 1].text != ",":
            return None
        b = i - 2
        while b >= 0 and toks[b].text not in (",", ";", ":", "(") and "\n" not in toks[b].text and i - b <= 14:
            mb = self.mention_of(toks[b])
            if mb is not None and mb.type == "Person":
                return None
            if toks[b].pos_ in ("VERB", "AUX"):
                break  # "Among those taken were three founders of Y, A, B and C"
            b -= 1
        seg = toks[b + 1:i - 1]
        ands = [n for n, t in enumerate(seg) if t.lower_ == "and"]
        if ands:
            seg = seg[ands[-1] + 1:]  # "the general and his wife, X": the last noun phrase is the one set off
        # (a count opens a title a list shares: "three founders of Y, A, B and C")
        arts = [n for n, t in enumerate(seg) if t.lower_ in ("a", "an", "the") or t.lower_ in NUMBER_WORDS or t.like_num]
        if arts:
            seg = seg[arts[0] + 1:]
        elif not (len(seg) >= 3 and self.entity_at(seg[0]) is not None and any(t.text in ("'s", "\u2019s") for t in seg[1:3])):
            return None  # (or a possessor opens it: "Sudan's army chief, Gen. X,")
        while seg and seg[0].lower_ in TITLE_PRE_SKIP:
            seg = seg[1:]
        return self._recall_segment(seg)

    def _recall_segment(self, seg):
        """(role, org) of a title phrase set off by commas: its head must come first, after modifiers."""
        head = next((n for n, t in enumerate(seg) if self._recall_is_head(t)), None)
        if head is None or head > 3 or any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") and t.text not in ("'s", "\u2019s", "-")
                                           and not (t.tag_ == "VBG" and t.text.islower())  # ("a senior visiting fellow")
                                           for t in seg[:head]):
            return None
        end = head + 1
        while end < len(seg) and (self._recall_is_head(seg[end]) or seg[end].lower_ == "and" and end + 1 < len(seg)
                                  or seg[end].text[:1].isupper() and seg[end].lower_ in TITLE_FILLERS and end + 1 < len(seg)
                                  and self._recall_is_head(seg[end + 1])):
            end += 1
        if end < len(seg) and self.etype(self.entity_at(seg[end])) == "Person":
            return None  # "..., after navy officer X infiltrated ...": the title is the next person's
        role = " ".join(t.text for t in seg[:end]).replace(" - ", "-")
        remit = end
        if end < len(seg) and seg[end].lower_ in ("of", "for"):
            # "Deputy Chief of Defence Staff for Logistics": a capitalised remit no entity names is the title's own
            remit = end + 1
            while remit < len(seg) and (seg[remit].text[:1].isupper() and self.entity_at(seg[remit]) is None
                                        or seg[remit].lower_ in ("of", "for", "and") and remit + 1 < len(seg)):
                remit += 1
            if remit < len(seg) or not seg[remit - 1].text[:1].isupper():
                remit = end
        return role, self._recall_phrase_org(seg, head), seg[:remit]

    def _recall_phrase_org(self, phrase, head: int) -> str | None:
        """The body a title phrase names: one after "of/for/at/on/with/in" behind the head, else one inside the
        phrase before it ("Reuters journalist", "the Union's spokesman"); a country only for a state's office."""
        org = None
        after = phrase[head + 1:]
        while after and (after[0].lower_ == "and" or self._recall_is_head(after[0])
                         or after[0].text[:1].isupper() and after[0].lower_ in TITLE_FILLERS):
            after = after[1:]  # "Director and Party Secretary of Y"
        if len(after) >= 2 and after[0].lower_ == "to":
            # "a senior adviser to Crown Prince X": of the state or body X's own title is of
            boss = next((self.entity_at(t) for t in after[1:] if self.etype(self.entity_at(t)) == "Person"), None)
            if boss is not None and all(self.entity_at(t) in (None, boss) for t in after[1:]):
                return self._held_org(boss)
        if after and after[0].lower_ in ("of", "for", "at", "on", "with", "in", "to"):
            run = self._recall_name_run(after[1:])
            if run is not None:
                return run
            for n, t in enumerate(after[1:], 1):
                k = self.entity_at(t)
                if k is None:
                    continue
                typ = self.etype(k)
                if typ in ("Organization", "GovernmentBody") or typ == "Group" and self._actor(k, []):
                    return k
                if typ == "Country" and n + 1 < len(after) and after[n + 1].text in ("'s", "\u2019s"):
                    rest = [x for x in after[n + 2:] if x.text[:1].isupper()]
                    if rest and len(rest) == len(after[n + 2:]):
                        return self._phrase_org(rest, any_pos=True)  # "of Australia's High Court"
                if typ == "Person":
                    return None
                if typ in ("Country", "Region") and org is None:
                    org = k
        for t in phrase[:head]:
            k = self.entity_at(t)
            typ = self.etype(k)
            if typ in ("Organization", "GovernmentBody") or typ == "Group" and self._actor(k, []):
                return k
        if org is not None and _state_title(" ".join(t.text for t in phrase[:head + 1])):
            return org
        return None

    def _recall_state_office(self, role_toks) -> bool:
        """Whether a title that names no body is an office of the state the text is about: a rank of its forces
        ("Colonel X", "the military leader General Y") or a title with a department's word ("Interior Cabinet
        Secretary X", "Public Defender Y"), but not a trade ("the German researcher")."""
        if not role_toks or role_toks[-1].lower_ in NATIONALITY_TITLE_HEADS:
            return False
        armed = {"army", "military", "navy"}
        if any(armed & set(RECALL_TITLE_BODIES.get(t.lower_, ())) and t.text[:1].isupper() for t in role_toks):
            return True
        return any(t.text[:1].isupper() and t.lower_ in DEPT_WORDS | RECALL_STATE_WORDS for t in role_toks[:-1])

    def _recall_own_body(self, role_toks) -> str | None:
        """The body a title's own words name before its head when the text names no such body ("the former royal
        court adviser X": the royal court), in two words or more."""
        k = max((n for n, t in enumerate(role_toks[:-1]) if t.lower_ in RECALL_BODY_WORDS), default=None)
        if k is None or not self._recall_is_head(role_toks[-1]):
            return None
        words = [t for t in role_toks[:k + 1] if t.lower_ not in TITLE_PRE_SKIP and t.lower_ not in RANK_WORDS]
        # (a bare "military" or "police" is too vague to be a body of its own: "the military leader X" is the state's)
        return self._phrase_org(words, any_pos=True) if len(words) >= 2 else None

    def _recall_name_run(self, words) -> str | None:
        """The body a capitalised name closing the phrase names, after "the" or a noun of its kind ("on the private
        channel XTV", "for the state broadcaster RBN", "of the Mothers of Plaza Verde"), when no one entity is that
        whole name (the NER reads such names short or not at all); None for a place, a person or a demonym."""
        e = len(words)
        b = e
        while b > 0 and (words[b - 1].text[:1].isupper() or words[b - 1].like_num
                         or words[b - 1].lower_ in NAME_PARTICLES | {"of", "and"} and b >= 2 and words[b - 2].text[:1].isupper()):
            b -= 1
        while b < e and not words[b].text[:1].isupper():
            b += 1
        run = words[b:e]
        if not run or b == 0 or not (words[b - 1].lower_ == "the" or words[b - 1].text.islower() and words[b - 1].pos_ == "NOUN"):
            return None
        keys = {self.entity_at(t) for t in run}
        if len(keys) == 1 and None not in keys:
            return None  # one entity: the entity rules below read it
        if any(self.etype(k) in ("Person", "Country") for k in keys) and len(run) == 1 \
                or (self.demonym_at(run[-1]) or (None, -1))[1] == run[0].i:  # ("the South Sudanese": one demonym)
            return None
        if any(self.etype(k) == "Person" for k in keys):
            return None
        return self._phrase_org(run, any_pos=True)

    def _recall_body_by_noun(self, role: str, s: Sent, pos: int) -> str | None:
        """The body a title with no body of its own is of, by the nouns of its words ("navy officer": a navy; "judge":
        a court; "Brigadier General": an army): the body of such a name in the sentence nearest the person, else the
        one named last before it. A bare "the army" or "Police" gives way to the one fuller name of that noun ("the Nigerian
        Army", "the Caloocan police"), or, when the text names several, to the one it named last before the title."""
        words = [w.casefold() for w in re.findall(r"[A-Za-z]+", role)]
        nouns = {w for w in words if w in RECALL_BODY_WORDS}
        for w in words:
            nouns |= set(RECALL_TITLE_BODIES.get(w, ()))
        if not nouns:
            return None
        inside, before = [], (-1, None)
        # (entities, not mentions: a body a title named, "the Caloocan police", is an entity with no mention)
        for key, ent in self.ex.entities.items():
            if ent.type not in ("Organization", "GovernmentBody") or not nouns & {w.casefold() for w in re.findall(r"[A-Za-z]+", ent.name)}:
                continue
            if self._is_sanctioner(key) or self._is_monitor(key):
                continue
            for sp in ent.mentions:
                if s.start <= sp.start < s.end:
                    inside.append((abs(sp.start - pos), key))
                elif sp.start < s.start and sp.start > before[0]:
                    before = (sp.start, key)
        found = min(inside)[1] if inside else before[1]
        bare = {w.casefold() for w in re.findall(r"[A-Za-z]+", self.ex.entities[found].name)} if found is not None else set()
        if bare and bare <= nouns | {"the"}:
            named = {key for key, ent in self.ex.entities.items() if ent.type in ("Organization", "GovernmentBody")
                     and len(ent.name.split()) > 1 and bare & {w.casefold() for w in re.findall(r"[A-Za-z]+", ent.name)}
                     and not self._is_sanctioner(key) and not self._is_monitor(key)}
            if len(named) == 1:
                found = named.pop()
            elif named:
                # "the Nepal Army ... the Royal Nepalese Army's battalion ... the army": the fuller name told last before it
                last = max(((sp.start, key) for key in named for sp in self.ex.entities[key].mentions if sp.start < pos), default=None)
                found = last[1] if last else found
        return found
