"""Sentences, mentions and the entities they cluster into: steps 1-3 of the module docstring of kg.extract.rules."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract import gazetteer as gz
from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.places import is_province, town_population
from kg.extract.rules.units import Mention, Sent, TokenSpan, line_break_tokens, slug, strip_det
from kg.extract.rules.words import (
    ARMED_BODY_HEADS_AFTER_NAME,
    LEADING_PREPOSITIONS,
    HIDDEN_DOER_HEADS,
    MONITOR_NAME_RE,
    MONITOR_WORD_RE,
    HIDING_CLOTHES_WORDS,
    ACRONYM_LINKS,
    FOREIGN_NAME_LINKS,
    ADMINISTRATIVE_PLACE_WORDS,
    AGENT_MEMBER_PREPS,
    BARE_ACTOR_HEADS,
    BARE_GROUP_HEADS,
    BODY_PART_NOUNS,
    BODY_DESCRIPTOR_HEADS,
    BODY_HEAD_KIN,
    BODY_KIND_WORDS,
    BUSINESS_NAME_WORDS,
    BYLINE_RE,
    CIVIL_BODY_NOUNS,
    COLLECTIVE_NOUNS,
    COUNTRY_IN_NAME_HEADS,
    COUNTRY_NAMED_BODY_HEADS,
    COUNT_BOUNDS,
    ROUGH_COUNT_WORDS,
    ROUND_NUMBER_WORDS,
    DATELINE_RE,
    DEPT_WORDS,
    DESCRIPTOR_HEADS,
    DESIGNATION_NOUNS,
    GOV_WORDS,
    GROUP_HEADS,
    HONORIFICS,
    HONORIFIC_SEX,
    KIN_SEX,
    INVESTIGATOR_RE,
    KNOWN_AS_RE,
    NAME_CLASSIFIER_NOUNS,
    LEGAL_REGIME_MODIFIERS,
    LOCATIVE_PREPOSITIONS,
    LISTED_ENTITY_HEADS,
    LIST_FIELD_LABELS,
    LIST_NAME_LABELS,
    LIST_MARKER_RE,
    BULLET_MARKS,
    ITEM_LEAD_RE,
    MID_LINE_END_RE,
    MEDIA_GROUP_HEADS,
    MEDIUM_RE,
    NAME_FINAL_ABBREVIATIONS,
    NAME_PARTICLES,
    NUMBERED_UNIT_RE,
    NER_TYPES,
    NUMBER_WORDS,
    ORGISH_NAME_RE,
    OUTLET_BEFORE_NAME_RE,
    OUTLET_NAME_BEFORE_NOUN_RE,
    PAGE_FURNITURE_RE,
    PERSON_AFTER_NAME_RE,
    PERSON_APPOSITION_AFTER_RE,
    PERSON_APPOSITION_BEFORE_RE,
    PERSON_NOUNS,
    PERSON_NOUN_APPOSITION_AFTER_RE,
    PLACE_AFTER_NAME_RE,
    PLACE_BEFORE_NAME_RE,
    PLACE_LIST_BEFORE_NAME_RE,
    PLACE_TYPES,
    PLURAL_TITLE_HEADS,
    POST_NOMINAL_RE,
    RANK_WORDS,
    SANCTION_MEASURE_NOUNS,
    SERVICE_TITLE_TAILS,
    SPEECH_VERBS,
    STATE_FORCE_HEADS,
    FORCE_BUILDING_NOUNS,
    STATUTE_TITLE_LEAD,
    TITLE_FIELD_LABELS,
    TITLE_FILLERS,
    TITLE_GIVEN_NAMES,
    TITLE_HEADS,
    UNIT_NOUNS,
    TITLE_MODIFIERS,
    TITLE_PRE_SKIP,
    TITLE_TOPIC_WORDS,
    alternation,
)
from kg.model import Entity

# A list entry written as official lists write it ("1. REVEROL TORRES, Néstor Luis", "- KOVAL, Ana (a.k.a. ...); DOB ..."):
# surname(s) first, then a comma and the given names; the code decides whether the words really are such a name
_SURNAME_FIRST_RE = re.compile(
    r"(?m)^[ \t]*(?P<mark>(?:\d{1,3}[.)]|[-*\u2022\u2013\u2014])[ \t]+)?"
    r"(?P<sur>[^\W\d_][\w'\u2019-]*(?:[ \t]+[^\W\d_][\w'\u2019-]*){0,4}),[ \t]+"
    r"(?P<given>[^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){0,3})(?P<rest>[^\n]*)$")
_AKA_SURNAME_FIRST_RE = re.compile(
    r"(?:\ba\.k\.a\.?|\bf\.k\.a\.?|\baka\b|also known as)[ \t:]+(?P<sur>[^\W\d_][\w'\u2019-]*(?:[ \t]+[^\W\d_][\w'\u2019-]*){0,4}),[ \t]+"
    r"(?P<given>[^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){0,3})(?=[ \t]*[);,\n]|$)")


def _particle_led(word: str) -> bool:
    """ "al-Islam" of "QADHAFI, Saif al-Islam": a given name that opens on a particle joined by a hyphen is still a name."""
    head, _, rest = word.partition("-")
    return head.casefold() in NAME_PARTICLES and rest[:1].isupper()


# the word right before a name, with the spaces after it ("President " of "President Mahinda Rajapaksa")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w-]*)\s+$")
# A body described, not named: "the same court" (of a text) or "anti-terror agency" (of a headline)
_HEADLINE_OWNER_RE = re.compile(r"[A-Z][\w.-]*(?:'s|\u2019s)?[ \t]$")
_BODY_DESCRIPTOR_RE = re.compile(r"(?<![\w'\u2019-])(?P<body>(?P<same>[Tt]he\s+same\s+)?(?(same)|(?:[a-z][a-z-]*\s+){0,2}))(?P<head>"
                                 + alternation(BODY_DESCRIPTOR_HEADS) + r")\b")
_FIELD_LINE_RE = re.compile(r"[ \t]*[^:\n]{2,30}:")
# A line opening with a capital letter and a full stop or bracket ("B. Santino Deng Wol. Major General, ..."); only a run
# of them lettered in order from "A" makes a list (see ``_letter_marks``)
_LETTER_ITEM_RE = re.compile(r"(?m)^[ \t]*([A-Z])[.)][ \t]+(?=[^\W\d_])")
# A country after a body's name ("... Party of Venezuela,", "... Disappeared in Honduras (COFADEH)")
_COUNTRY_TAIL_RE = re.compile(r"\s+(?P<prep>of|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})(?=\s*[,.;:()\n\"]|\s+[a-z])")
# Capitalised words up to a firm's legal form ("Trading LLC", "Group Ltd")
_BUSINESS_TAIL_RE = re.compile(r"(?:[ \t]+[A-Z][\w'&-]*){1,3}?(?=[ \t]*[,.;:()\n]|[ \t]+[a-z]|$)")
# An article cited without its act ("referred to in Article 1", "Articles 2 and 3(1)")
_BARE_ARTICLE_RE = re.compile(r"Articles?\s+\d{1,3}[a-z]?(?:\(\d{1,2}\))*(?:(?:,\s*|\s+and\s+)(?:Article\s+)?\d{1,3}[a-z]?(?:\(\d{1,2}\))*)*")
# What stands between a name and a descriptor in apposition to it ("X, the leader", "X, then the party chief")
# The words of the clause right before a name ("designating former President of Panama X"), among them the title
# whose head a descriptor ("the former president") shares; cut at the last comma, semicolon, colon or full stop,
# so a title told of someone earlier in the sentence is not this name's.
# words that make a name a law's, whatever body it names ("Law on the Police", "Article 5 of the Act on the Court")
_LAW_WORD_RE = re.compile(r"\b(?:Act|Law|Code|Decree|Regulations?|Decision|Agreement|Convention|Treaty|Orders?|Resolution|Constitution|"
                          r"Statute|Protocol|Charter|Articles?|Sections?|Rules?|Ordinance|Directive|Bill)\b")
# what a cited act's own name holds when no gazetteer knows it: a word of law, a number, or a sanctions regime's word
_CITES_AN_ACT_RE = re.compile(_LAW_WORD_RE.pattern + r"|\d|\b(?:[Rr]egimes?|[Pp]rogram(?:me)?s?|[Ss]anctions|[Ff]ramework|[Mm]easures|"
                              r"Chapter|Title|Part|Annex|[IVXL]+)\b")  # ("Chapter VII": a part of a charter is cited too)
# the city or region a court sits in, after its name ("the Revolutionary Court of Shiraz", "the High Court of Lagos State")
_COURT_SEAT_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}(?![\w'\u2019-])")
# the city a court sits in, told with "in" ("the Higher Regional Court in Koblenz", "the High Court in Kigali"): one
# capitalised word (a month or weekday is a date: "the Supreme Court in December"; "The Hague" is no court's own seat)
_COURT_CITY_RE = re.compile(r"[ \t]+in[ \t]+(?!The\b)([A-Z][\w'\u2019-]*)(?![\w'\u2019-]|[ \t]+[A-Z])")
# a numbered part of a body, before the body's name ("Branch 1 of the", "Chamber 3 of the")
_NUMBERED_UNIT_LEAD_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+[ \t]+(?:No\.?[ \t]*)?\d{1,4}[ \t]+of[ \t]+(?:the[ \t]+)?$")
# the words a region's name puts before a continent's or country's ("Central America", "Southern Africa")
_COMPASS_LEAD_RE = re.compile(r"(?:(?:the|The)\s+)?(?:Central|Latin|North|South|East|West|Northern|Southern|Eastern|Western|Sub-Saharan)\s+")
# a kinship word right before a name: the name is a relative's ("his son, Muhammed Yahya Jammeh")
_KIN_BEFORE_RE = re.compile(r"\b(?:" + alternation(KIN_SEX) + r"|sons|daughters|children|brothers|sisters)\b\W{0,3}(?:\w+\W{1,3}){0,2}$", re.I)
# a kinship word in apposition right after a name: the one it goes on to name is a relative ("Ahmed Ali Saleh, the eldest son of")
_KIN_AFTER_RE = re.compile(r",\s+(?:the|his|her|a|an|one\s+of\s+the)\s+(?:[a-z]+\s+){0,2}(?:" + alternation(KIN_SEX)
                           + r"|sons|daughters|children|brothers|sisters)\s+of\s+", re.I)
_MINISTRY_SHORT_RE = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+Ministry")
_MINISTRY_LONG_RE = re.compile(r"(?:[Tt]he\s+)?Ministry\s+of\s+(?:the\s+)?([A-Z][a-z]+)")
_WORD_RE = re.compile(r"[^\W\d_][\w'-]*")
# the seat and number that open a court's name the NER cut after them ("Varna No. 3" + "District Court")
_SEAT_NUMBER_LEAD_RE = re.compile(r"(?<![\w'-])(?!(?:The|A|An)\s)(?:[A-Z][\w'-]*\s+){1,3}No\.?\s*\d{1,3}\s+$")
# a foreign name's article and the capitalised words after it ("... aux Rebelles Armés", "... de la Défense Nationale")
_FOREIGN_NAME_TAIL_RE = re.compile(r"[ \t]+(?:aux|au|des|du|de[ \t]+la|de|del|d'|y|et)[ \t]*(?:[A-Z][\w'-]*[ \t]+){0,3}[A-Z][\w'-]*(?![\w'-])")
# the number of a numbered part of a body ("Branch 221", "Military Unit 26165")
_UNIT_NUMBER_RE = re.compile(r"[ \t]+(?:No\.?[ \t]*)?\d{1,6}(?![\w.,]\d|[\w-])")
# a name's last word before a full stop that ends the sentence: a whole word, not an initial or "U.S."
_SENTENCE_STOP_RE = re.compile(r"(?<![.\w])([A-Za-z][a-z]{2,})\.$")
# what runs on a sanctions committee's name: the resolution that set it up, the country it watches (its name's
# words may be joined by a particle with an apostrophe: "concerning Côte d'Ivoire")
_COMMITTEE_REMIT_RE = re.compile(r"(?P<res>\s+(?:established|set\s+up|created)\s+(?:pursuant\s+to|by|under)\s+(?:Security\s+Council\s+)?"
                                 r"resolutions?\s+\d{3,4}(?:\s*\(\d{4}\))?(?:\s+and\s+\d{3,4}(?:\s*\(\d{4}\))?)?)?"
                                 r"(?P<place>\s+concerning\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|and|the)\s+){0,2}(?:[a-z]{1,2}['\u2019])?[A-Z][\w'-]*){0,3}(?![\w'-]))?")
# one capitalised word, not in capitals, in brackets after a name ("... de Angola (Sonangol)")
_ONE_WORD_NAME_RE = re.compile(r"[ \t]*\((?P<name>[A-Z][a-z][\w'\u2019-]{2,})\)(?=[\s,.;:])")
_CLAUSE_CUT_RE = re.compile(r"[,;:.!?()\u2013\u2014]")
_TITLE_BEFORE_RE = re.compile(r"[A-Za-z]+")
# The lower-case words a title run holds besides its capitalised words: "former", "the", "of", "deputy", the heads.
_TITLE_RUN_WORDS = TITLE_PRE_SKIP | TITLE_FILLERS | TITLE_MODIFIERS | DESCRIPTOR_HEADS
# The name a person goes by, after "known as" ("Hemedti", "Karuna Amman")
_ALIAS_RUN_RE = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}(?![\w'\u2019-])")
# A married woman's maiden name after her name ("Leila Ben Ali, née Trabelsi")
_MAIDEN_NAME_RE = re.compile(r",?[ \t]+(?:née|nee|n\xe9e|born)[ \t]+([A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)(?![\w'\u2019-])")
_APPOSITIVE_GAP_RE = re.compile(r"\s*,\s*(?:(?:then|now|currently|formerly|later|still)\s+)?")


# "six current and former commanders", "four other current and former senior RAB officers"
COUNTED_HOLDERS_RE = re.compile(
    r"\b(\d{1,3}|[a-z]+)\s+(?:other\s+|more\s+|further\s+)?(?:current\s+and\s+former|former\s+and\s+current)\s+"
    r"(?:(?:senior|junior|high-ranking|top|military|police|army|security)\s+)*(?:[A-Z][\w-]*\s+){0,2}"
    r"(commanders|officers|officials|leaders|members|generals|directors|chiefs)\b")

# "three of its executives", "six of its current and former officers": a count of a body's or a man's people, told as
# a part of the one the possessive points back at; one group, which the parser heads on the number ("three of their
# leaders", of several bodies, are named one by one next)
PARTITIVE_HOLDERS_RE = re.compile(
    r"(?<![\d,.])\b(\d{1,3}|[a-z]+)\s+of\s+(?:its|his|her)\s+(?:(?:current\s+and\s+former|former\s+and\s+current|former|current|"
    r"senior|top|leading|most\s+senior)\s+)*(?:[a-z]+\s+)?"
    r"(executives|officers|officials|leaders|members|commanders|generals|directors|managers|deputies|employees|staff)\b")

# Men told only by clothes that hide whose men they are ("men in plain clothes", "armed men dressed in civilian
# clothes"): the clothes are what the text knows of them, so they are part of the group's name
CLOTHED_MEN_RE = re.compile(
    r"\b(?:(?:armed|several|two|three|four|five|six|some|unidentified|unknown)\s+)?(?:%s)\s+(?:(?:who\s+were\s+)?(?:dressed|clad)\s+)?"
    r"in\s+(?:%s)[\s-]?clothes\b" % ("|".join(sorted(HIDDEN_DOER_HEADS - {"clothes"}, key=len, reverse=True)),
                                     "|".join(sorted(HIDING_CLOTHES_WORDS))), re.I)

# Men told by the uniform of a body ("men in RSF uniforms", "gunmen wearing army uniform"): the body whose uniform
# they wear is what the text says of whose men they are, when the text knows that body
UNIFORMED_MEN_RE = re.compile(
    r"\b(?:(?:armed|several|two|three|four|five|six|some)\s+)?(?:%s)\s+(?:in|wearing|dressed\s+in|clad\s+in)\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+uniforms?\b" % "|".join(
        sorted(HIDDEN_DOER_HEADS - {"clothes"}, key=len, reverse=True)))

# A numbered or bulleted entry that writes the surname in capitals and sets the rest off by a dash or a comma
# ("3. Ismaël WAGUÉ - Colonel; Minister of ...", "- Ana Maria KOVAL, born 1970")
_CAPS_ENTRY_RE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)]|[-*\u2022])[ \t]+([^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){1,4})"
                            r"[ \t]*(?:[\u2013\u2014-][ \t]|,)")

# A UN sanctions list entry's name, given in numbered parts: "LYi.024 Name: 1: ERMIAS 2: GHERMAY. Nationality: ..." (the
# reference says an individual, "i", or an entity, "e"); "na" fills a part the committee does not know
_UN_ENTRY_NAME_RE = re.compile(r"(?:\b[A-Z]{2,3}(?P<kind>[ie])\.\d{3}[ \t]+)?\bName:[ \t]*1:[ \t]*(?P<parts>[^\n:]+?(?:[ \t]+\d:[ \t]*[^\n:]+?)*)\.(?=\s)")
_UN_NAME_PART_RE = re.compile(r"[ \t]+\d:[ \t]*")
# a UN entry that writes its name whole after the reference, up to the first stop or bracket ("MLi.001 Mohamed Ousmane
# Ag Mohamedoune. Described as ...", "CDe.012 Some Mining Company (SMC), ...")
_UN_ENTRY_PLAIN_RE = re.compile(r"^[ \t]*[A-Z]{2,3}(?P<kind>[ie])\.\d{3}[ \t]+(?P<parts>[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_][\w'\u2019-]*){0,7}?)(?=[ \t]*[.,;(]|[ \t]*$)", re.M)

TITLE_FIELD_LABELS_BARE = {w.split("(")[0] for w in TITLE_FIELD_LABELS}
# a body's name cut after a verb of its remit ("Office for Combating" + " and Preventing Torture"), and the capitalised
# words, joined by small words, that finish it on the same line
_GERUND_END_RE = re.compile(r"\s(?:on|for|of)\s+[A-Z][a-z]+ing$")
_NAME_REST_RE = re.compile(r"(?:[ \t]+(?:(?:and|with|of|on|for|against|to|the)[ \t]+)*[A-Z][\w'\u2019-]*)+")

_PLACE_LIST_GOES_ON_RE = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)[A-Z]")
# the country that ends a rights group's national section's name ("Amnesty International" + " Kenya's", + " Indonesia said")
_SECTION_COUNTRY_RE = re.compile(r"[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=['\u2019]s\b|[ \t]+[a-z]|[,.;:])")
_UN_NAME = "United Nations"
# a bulleted list entry's leading words up to the comma that sets its title off ("\n- Arcadio de Jesús Delgado Rosales,")
_BULLETED_NAME_RE = re.compile(r"\n[ \t]*[-*\u2022\u2013\u2014][ \t]+([A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){1,6}?)(?=,)")
# the small words inside a company's or a person's name ("Tabacalera del Este", "Servicio de Protección y Vigilancia")
_NAME_SMALL_WORDS = frozenset("de del della la las los y e of & al el du des di da do dos van von der".split())
_TITLE_OR_RANK = TITLE_HEADS | RANK_WORDS
# given names, a nickname in quotes, a surname (with its particles): 'Ronald "Bato" dela Rosa'
_NICKNAMED_RE = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){0,2}[ \t]+(?:\"[A-Z][\w'\u2019. -]{1,24}\"|\u201c[A-Z][\w'\u2019. -]{1,24}\u201d)"
                           r"[ \t]+(?:(?:de|del|dela|de[ \t]+la|van|von|der|al|el|bin|ben|da|dos|du|le|la)[ \t]+)*[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}")
# a list entry's capitalised words, up to where a company's legal form follows ("\n- Try Pheap Group" + " Co., Ltd.")
_ENTRY_COMPANY_HEAD = r"(?m)^[ \t]*(?:\d{1,3}[.)]|[-*\u2022\u2013\u2014])[ \t]+([A-Z][\w'\u2019&.-]*(?:[ \t]+(?:[A-Z][\w'\u2019&.-]*|&|and|of|de|du|des|la)){0,7}?)"
# the rest of a hyphened name, ending in a capitalised word ("-des-Bouquets", "-Feuilles"; not "-linked", "-based")
_HYPHEN_TAIL_RE = re.compile(r"(?:-[^\W\d_]+)*-[A-Z][^\W\d_]*(?![\w-])")
# a group's noun right after a name ("Fano fighters", "the Fano militia"): the name is a body's
_GROUP_HEAD_AFTER_RE = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(GROUP_HEADS, key=len, reverse=True)))
_ARMED_BODY_AFTER_RE = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(ARMED_BODY_HEADS_AFTER_NAME, key=len, reverse=True)))
# a locative right before a name, maybe through an owner ("in Amhara", "from Ethiopia's Amhara"): the name is a place's
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|from|across|into)\s+(?:\w+'s\s+)?$")

# a sanctions list field's label at the start of its line ("Position(s):", "Alias: \"Izo\"", "Name: ..."): the NER reads
# some as names
_FIELD_LABEL_RE = re.compile(r"(?i)(?:%s)(?:\(s\))?[ \t]*:" % "|".join(
    map(re.escape, sorted(TITLE_FIELD_LABELS_BARE | LIST_FIELD_LABELS | LIST_NAME_LABELS, key=len, reverse=True))))
# A list of bare names, one to a line, that a line ending in a colon opens ("... designating nine individuals ...:" over
# "Ivan Osipov" / "Vladimir Panyaev" / ...): three lines at least, each two to five words
_NAME_LIST_RE = re.compile(r":[ \t]*\n(?:[ \t]*\n)?((?:[ \t]*[^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){1,4}[ \t]*\n){3,})")
# (each non-blank line of it, without its margins)
_LIST_LINE_RE = re.compile(r"(?m)^[ \t]*(\S.*?)[ \t]*$")


# A list entry that names a designee by kinship ("10. Ana Maria Luz Bello, wife of X", "- Omar Salim, son of X"): the
# words before the comma are a person's name, however the NER read them (a list line has no verb to help it)
_KIN_ENTRY_RE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)]|[-*\u2022])[ \t]+([^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){1,5}),[ \t]+"
                           r"(?:the[ \t]+|a[ \t]+)?(?:" + alternation(KIN_SEX) + r")[ \t]+of[ \t]", re.I)
# A list entry's heading line ("3. Ivan PETROV (a.k.a. Ioan Petrov)") and the label of the first field below it
_ENTRY_NAME_RE = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]+)?([^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){1,5})"
                            r"[ \t]*(?:\([^)\n]*\))?[ \t]*\n(?:[ \t]*\n)?[ \t]*([^:\n]{2,30}):")


def _spells_out_initials(full: list[str], short: list[str]) -> bool:
    """Whether a name spells out the middle initials of another ("Nathaniel Falo McGill" of "Nathaniel F. McGill"): a
    sanctions list gives the whole name, in its own capitals ("MCGILL, Nathaniel Falo"), the release the initial."""
    if len(full) != len(short) or len(full) < 3 or full[0].casefold() != short[0].casefold() or full[-1].casefold() != short[-1].casefold():
        return False
    pairs = list(zip(full[1:-1], short[1:-1]))
    initial = [len(b.rstrip(".")) == 1 for _, b in pairs]
    return any(initial) and all(a.casefold() == b.casefold() or i and len(a) > 2 and a[:1].casefold() == b[:1].casefold()
                                for (a, b), i in zip(pairs, initial))


# the Arabic article a family name opens with ("al-Qahtani", "el-Sisi"), dropped when the name is used alone
_ARABIC_ARTICLE_RE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")


# an EU text, a council other than the EU's, and "the Council" said on its own (not "Council Decision", "Council of Europe")
_EU_TEXT_RE = re.compile(r"\b(?:EU|European\s+Union)\b|\bCFSP\b|\brestrictive\s+measures\b")
_OTHER_COUNCIL_RE = re.compile(r"(?<!\bEU )(?<!\bEuropean )\b(?!The\b)[A-Z][\w\-']+\s+Council\b|\bCouncil\s+of\s+(?!the\s+EU\b|the\s+European\s+Union\b)[A-Z]|"
                               r"\bCouncil\s+of\s+the\s+(?!EU\b|European\s+Union\b)[A-Z]")
_BARE_COUNCIL_RE = re.compile(r"(?<=\b[Tt]he )Council\b(?!\s+(?:of\b|[A-Z(]))|(?<=^)Council\b(?=\s+[a-z])", re.M)


def _name_length(name: str) -> int:
    """A name's words less its particles: "María Consuelo Porras Argueta de Porres" is as long as any five-word name."""
    return sum(1 for w in name.split() if w not in NAME_PARTICLES)


def _without_article(word: str) -> str | None:
    """A name word without its Arabic article ("Burhan" of "al-Burhan"), or None when it has none."""
    m = _ARABIC_ARTICLE_RE.match(word)
    return word[m.end():] if m else None


def _clips_words(words: list[str], short: str) -> bool:
    """Whether ``short`` is made of the opening letters of the name's words, in order ("BANCORP" of "Banco Corporativo
    S.A.", "Sonangol" of "Sociedade Nacional de Combustíveis de Angola"): a company's short name clips its words
    where an agency's takes their initials, and may leave some words out. The first word opens it, two words at least
    give it letters, and one clip at least is longer than a letter (else the initials rule decides); "(Planning)"
    after "... Planning and Economic Development" only repeats a word."""
    low = short.casefold()
    heads = [unicodedata.normalize("NFKD", w.casefold()) for w in words]
    heads = ["".join(c for c in w if c.isalpha()) for w in heads]
    if len(low) < 4 or not heads or not heads[0] or low[0] != heads[0][0]:
        return False

    @functools.cache
    def fits(i: int, j: int, long_clip: bool, used: int) -> bool:  # low[i:] from words j.. (a clip longer than a letter yet? words used)
        if i == len(low):
            return long_clip and used >= 2
        if j == len(heads):
            return False
        if j > 0 and fits(i, j + 1, long_clip, used):
            return True  # (the word left out)
        w = heads[j]
        n = 0
        while n < len(w) and i + n < len(low) and w[n] == low[i + n]:
            n += 1
            if fits(i + n, j + 1, long_clip or n > 1, used + 1):
                return True
        return False

    return fits(0, 0, False, 0)


def _skeleton(word: str) -> str:
    """A given name's consonant outline: its first letter, then its consonants, with the spellings transliterations
    swap ("x"/"ks", "ph"/"f", "kh"/"h", "j"/"y"/"i" and doubled letters) made one."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if c.isalpha())
    w = w.replace("x", "ks").replace("ph", "f").replace("kh", "h").replace("q", "k").replace("ck", "k")
    out = w[:1]
    for c in w[1:]:
        if c not in "aeiouyj" and c != out[-1]:
            out += c
    return out


def _long_name_before_acronym(line: str, acr: str) -> tuple[int, int] | None:
    """A long name spelled out before an acronym made in another language or word order ("the Civic Council of Popular
    and Indigenous Organizations of Honduras (COPINH)", "the Association of Victims, Parents and Friends of September
    28 (AVIPA)"): the run of capitalised words, numbers and linking words ("of", "and", commas between names) that ends
    at the bracket. The NER cuts such a name at a preposition; the acronym says where it ends, and its first letter
    that the run's first word opens the name (else the acronym spells a name in another language whose words the
    English one reorders, "General Directorate of External Research (DGRE)", and the NER's cut is not known). Not a
    title before a body ("Director of the Directorate of Judicial Assistance (DAJ)"). Only a run of three capitalised
    words or more with a linking word (a short name the NER reads whole). Offsets into ``line``, or None."""
    toks = list(re.finditer(r"[^\s,;:()\"\u201c\u201d]+|[,;:()\"\u201c\u201d]", line))
    run, right = [], None
    for t in reversed(toks):
        w = t.group(0)
        if w == "," and not (right or "")[:1].isupper():
            break  # a comma only between the names of a list inside the name
        if not (w == "," or w.lower() in ACRONYM_LINKS or w.isdigit() or re.fullmatch(r"[A-Z][\w'\u2019-]*", w)):
            break
        run.insert(0, t)
        right = w
    while run and (run[0].group(0) == "," or run[0].group(0).lower() in ACRONYM_LINKS or run[0].group(0).isdigit()):
        run.pop(0)
    words = [t.group(0) for t in run]
    if not words or words[0][0] != acr[0] or re.split(r"[-\u2010]", words[0])[0].casefold() in TITLE_HEADS:
        return None
    if sum(w[:1].isupper() for w in words) < 3 or not any(w.lower() in ACRONYM_LINKS - {"the"} for w in words):
        return None
    return run[0].start(), run[-1].end()


def _spells_acronym(words: list[str], acr: str) -> bool:
    """Whether ``acr`` takes its letters from ``words`` in order, each word giving none or a prefix of its own, the first
    word and the last giving some ("Congres panafricain des jeunes et des patriotes" -> COJEP: "Co", "j", "e", "p")."""
    fold = lambda w: "".join(c for c in unicodedata.normalize("NFD", w) if c.isalnum()).casefold()
    words = [fold(re.split(r"['\u2019]", w)[-1]) for w in words]  # ("d'Ivoire": the name after the elision)
    acr = fold(acr)

    @functools.lru_cache(maxsize=None)
    def match(a: int, w: int, used: int) -> bool:
        if a == len(acr):
            return w == len(words) - 1 and used > 0
        if used and used < len(words[w]) and words[w][used] == acr[a] and match(a + 1, w, used + 1):
            return True  # the word goes on giving letters
        return any(words[x][:1] == acr[a] and match(a + 1, x, 1) for x in range(w + 1, len(words)))
    return bool(words) and words[0][:1] == acr[:1] and match(1, 0, 1)


def _lower_case_name_before_acronym(line: str, acr: str) -> tuple[int, int] | None:
    """A name in a language that writes its inner words in lower case, spelled out before its acronym ("leader of the
    Congres panafricain des jeunes et des patriotes (COJEP)", "the Union pour la liberation totale de la Cote d'Ivoire
    (UPLTCI)"): the NER keeps only its capitalised first word. The name runs from the nearest capitalised word whose
    letters open the acronym, through words of letters only, one of them a small word of such names ("des", "pour"),
    to the bracket, and the acronym takes its letters from those words in order. Offsets into ``line``, or None."""
    toks = list(re.finditer(r"\S+", line))
    run = []
    for t in reversed(toks[-10:]):
        if not re.fullmatch(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", t.group(0)):
            break
        run.insert(0, t)
    for n in range(len(run) - 3, -1, -1):
        words = [t.group(0) for t in run[n:]]
        if words[0][:1].isupper() and any(w in FOREIGN_NAME_LINKS for w in words[1:]) and _spells_acronym(words, acr):
            return run[n].start(), run[-1].end()
    return None


def _spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one given name ("Aleksandr"/"Alexander", "Muhammad"/"Mohammed", "Dmitri"/"Dmitry"), not two
    names that share consonants ("Mahmoud"/"Mohammed"): the same outline and mostly the same letters."""
    if not (a[:1].isupper() and b[:1].isupper() and len(a) >= 5 and len(b) >= 5):
        return False  # (short names differ by one letter and are still two names: "Said"/"Saad")
    if a[-1].casefold() != b[-1].casefold() and not (a[-1] in "iy" and b[-1] in "iy"):
        return False  # "Maria"/"Mario", "Anna"/"Anne": an ending tells two people apart; "Dmitri"/"Dmitry" does not
    return _skeleton(a) == _skeleton(b) and SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.7



_WORD_RE = re.compile(r"[^\W\d_]+")


def _natural_case(text: str) -> str:
    """A name written in capitals in the case it has in running text ("AL-ASSAD" -> "Al-Assad")."""
    return _WORD_RE.sub(lambda x: x.group(0)[:1] + x.group(0)[1:].lower(), text)


def _occurrences(text: str, name: str, before: str = "_'\u2019-", after: str = "_-"):
    """(start, end) of each occurrence of ``name`` in ``text`` that no letter, digit or character of ``before`` /
    ``after`` touches: a whole word. ``str.find`` rather than a regex made for each name, whose compiling cost
    more than the search when every name of a document is looked up (and pushed the rules' own patterns out of
    ``re``'s cache)."""
    at = text.find(name)
    n = len(name)
    while at >= 0:
        prev = text[at - 1] if at else " "
        nxt = text[at + n] if at + n < len(text) else " "
        if not (prev.isalnum() or prev in before or nxt.isalnum() or nxt in after):
            yield at, at + n
        at = text.find(name, at + 1)


def _ministry_of(name: str) -> str:
    """One spelling of a ministry's name: "the Interior Ministry" and "the Ministry of the Interior" are one body."""
    m = _MINISTRY_SHORT_RE.fullmatch(name) or _MINISTRY_LONG_RE.fullmatch(name)
    return f"Ministry of {m.group(1)}" if m else name


def bare_name(text: str) -> str:
    """A person's name without the honorifics before it and the letters after it ("The Rt Hon James Cleverly MP"):
    a name that keeps them would be a second person beside the one the text names without them."""
    name = HONORIFICS.sub("", text).strip()
    return POST_NOMINAL_RE.sub("", name) if " " in name else name


_HONORIFICS_ALT = "|".join(sorted(map(re.escape, HONORIFIC_SEX), key=len, reverse=True))
_HONORIFIC_RE = re.compile(r"(?<![\w.])(%s)\.?\s+$" % _HONORIFICS_ALT, re.I)  # before a name
_HONORIFIC_LEAD_RE = re.compile(r"(%s)\.?\s+(?=[A-Z])" % _HONORIFICS_ALT, re.I)  # opening a mention

_WORD_BEFORE_COMMA_RE = re.compile(r"([a-z]+),\s*$")  # "the main opposition party, " + a name
_WORD_AFTER_RE = re.compile(r"(['\u2019]s)?\s+(?:(?:national|central|youth|executive|political)\s+)?([a-z][a-z-]+)\b")

_KNOWN_BY_INITIALS_RE = re.compile(r",?\s+(?:(?:which\s+is\s+)?known\s+(?:by\s+(?:its|the)\s+(?:[A-Z]?[a-z]+\s+)?(?:initials|acronym|abbreviation)|as)|abbreviated(?:\s+as)?)\s+([A-Z]{2,8})\b")
_NATIVE_NAME_INITIALS_RE = re.compile(r"\s*\(([^(),\n]{6,80}),\s*(?:or\s+)?([A-Z]{2,8})\)")
# a body's other name in brackets right after its name, without initials ("Chadema (Chama cha Demokrasia na Maendeleo)",
# "the Morality Police (Gasht-e Ershad)", "Primero Justicia (Justice First)"): capitalised words and the small words of a name
_OTHER_NAME_RE = re.compile(r"[ \t]*\((?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z][\w'\u2019-]*|[a-z]{1,4}|[a-z]['\u2019][A-Z][\w-]*)){1,8})\)")

# capitalised words after "in" that name no place: titles, departments, months and days, words of a body
_NOT_PLACE_WORDS = frozenset(TITLE_HEADS | DEPT_WORDS | set(MONTHS) | set(WEEKDAYS) | RANK_WORDS)

_HYPHENED_TITLE_TAIL_RE = re.compile(r"-(?:in|at|of)-[A-Z][\w']+")
_HYPHENED_PLACE_TAIL_RE = re.compile(r"-(?:on|upon|under|en|sur|sous|am|an|de|del|la|le|les)-[A-Z][\w']+")


def _force_building(m: Mention, text: str) -> bool:
    """Whether a force's name ("Tak Bai police") is followed by a building noun ("station"): the name of the
    building, not of a body."""
    words = m.text.split()
    after = re.match(r"\s+(\w+)", text[m.end:m.end + 20])
    return bool(words) and words[-1].lower() in STATE_FORCE_HEADS and after is not None and after.group(1).lower() in FORCE_BUILDING_NOUNS

class MentionRules:
    """Mixin of the document reader (kg.extract.rules.reader._Reader); uses its state and its other rules."""

    # -- 1. sentences ---------------------------------------------------------------------

    def _sentences(self):
        self.offsets = {id(sdoc): off for off, sdoc in self.parsed}
        self.letter_marks = self._letter_marks()
        # (``Doc.text`` joins every token's text anew on each call; a doc's characters are the document's at its offset)
        self.doc_len = {id(sdoc): sdoc[-1].idx + len(sdoc[-1].text_with_ws) if len(sdoc) else 0 for off, sdoc in self.parsed}
        # spaCy makes a new Token object on every ``doc[i]`` and every step of a walk, and a new string on every
        # ``.lower_``: the name patterns below walk each document about ten times, so they share one list of its
        # tokens and one of their lower-case forms, and look for their trigger word in the strings first
        self.doc_tokens = {id(sdoc): list(sdoc) for off, sdoc in self.parsed}
        self.doc_lowers = {id(sdoc): [t.lower_ for t in self.doc_tokens[id(sdoc)]] for off, sdoc in self.parsed}
        para_breaks = [m.end() for m in re.finditer(r"\n\s*\n", self.text)]
        for off, sdoc in self.parsed:
            breaks = line_break_tokens(sdoc)
            for s in sdoc.sents:
                # a sentence never spans a line break: headings, datelines and list items stand alone
                local = []
                start_tok = s.start
                for i in breaks[bisect.bisect_right(breaks, s.start):bisect.bisect_left(breaks, s.end)]:
                    if i > start_tok:
                        local.append((start_tok, i))
                        start_tok = i + 1
                if start_tok < s.end:
                    local.append((start_tok, s.end))
                toks = self.doc_tokens[id(sdoc)]
                for a, b in local:
                    # (offsets from the token list: a Span's ``text`` joins its tokens anew on each call)
                    st = off + toks[a].idx
                    en = off + toks[b - 1].idx + len(toks[b - 1].text)
                    if not self.text[st:en].strip():
                        continue
                    sp = sdoc[a:b]
                    prev = self.sents[-1] if self.sents else None
                    if prev is not None and prev.offset == off and "\n" not in self.text[prev.end:st] \
                            and (LIST_MARKER_RE.fullmatch(prev.span.text.strip()) or prev.span.text.strip() in BULLET_MARKS
                                 or prev.start in self.letter_marks and prev.end <= self.letter_marks[prev.start]
                                 or self._cut_mid_line(prev, st)):
                        # "1. Owen Ncube, ...", "B. Santino Deng Wol", "- Saif Gaddafi, son": the parser ends a sentence
                        # after the list number, letter or bullet, or somewhere else in a line that nothing ends there;
                        # the line is one item, one sentence
                        sp = sdoc[prev.span.start:b]
                        self.sents[-1] = Sent(prev.index, prev.start, en, TokenSpan(sp, self.text[prev.start:en], toks[prev.span.start:b]), off, prev.para)
                        continue
                    self.sents.append(Sent(len(self.sents), st, en, TokenSpan(sp, self.text[st:en], toks[a:b]), off, bisect.bisect_right(para_breaks, st)))

    def _cut_mid_line(self, prev: Sent, start: int) -> bool:
        """Whether the parser ended a sentence, in the line the next one goes on in, where nothing ends one: "Council
        Regulation (EC) | No 310/2002:", "Colonel | Sadio Camara has been ...". A sentence ends at a full stop, a
        question or exclamation mark, a colon or semicolon (with its closing quote or bracket) or at the line's end; a
        dateline's dash ("WASHINGTON - Today, ...") and its comma ("HARARE | , Dec 18 - ...") end a heading, not a cut
        name."""
        before = self.text[prev.start:prev.end].rstrip()
        after = self.text[start:start + 1]
        return bool(before) and not MID_LINE_END_RE.search(before) and after not in ",-–—("

    def sentence_before_opened_by(self, tok) -> Sent | None:
        """The sentence before the one ``tok`` opens, when both lie in one paragraph: what a sentence-opening "His",
        "Her" or "Its" may go back to. None when ``tok`` opens no sentence, or the one before is in another paragraph."""
        s = self.sent_at(self.tstart(tok))
        if s is None or s.index == 0 or next((t for t in s.span if not t.is_space), None) is not tok:
            return None
        prev = self.sents[s.index - 1]
        return prev if prev.para == s.para else None

    def sent_at(self, pos: int) -> Sent | None:
        for s in self.sents:
            if s.start <= pos < s.end:
                return s
        return None

    # -- 2. mentions ----------------------------------------------------------------------

    def _letter_marks(self) -> dict[int, int]:
        """Where each lettered list item's letter starts, mapped to where its name starts: "A. Gabriel Jok Riak", "B.
        Santino Deng Wol" read to the NER as initials, so every claim of the entry went to "B. Santino". A single line
        opening with "J. Smith" is an initial; only lines lettered A, B, C... in order make a list."""
        marks: dict[int, int] = {}
        run: list[re.Match] = []
        for m in [*_LETTER_ITEM_RE.finditer(self.text), None]:
            if m is not None and ord(m.group(1)) - ord("A") == len(run):
                run.append(m)
                continue
            if len(run) >= 2:
                marks.update((r.start(1), r.end()) for r in run)
            run = [m] if m is not None and m.group(1) == "A" else []
        return marks

    def _mentions(self):
        text = self.text
        letter_marks = self.letter_marks
        cands: list[Mention] = []
        gaz = self.gaz
        # statutes: known spellings, executive orders, sections of acts
        for m in gaz.statute_re.finditer(text):
            line_start = max(0, text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()), m.start() - 200)
            inst = gaz.instrument_for(m.group(0), text[line_start:m.end()], text[max(0, line_start - 1500):line_start])
            if inst:
                cands.append(Mention(m.start(), m.end(), m.group(0), inst.type, 3, inst.name, iri=inst.iri, instrument=inst))
        for m in gz.SECTION_ACT_RE.finditer(text):
            inst = gaz.instrument_for(m.group(0)) or gaz.mint_instrument(m.group(0))
            cands.append(Mention(m.start(), m.end(), m.group(0), inst.type, 4, inst.name, iri=inst.iri, instrument=inst))
        for m in (*gz.UN_RESOLUTION_RE.finditer(text), *gz.EO_RE.finditer(text)):
            inst = gaz.instrument_for(m.group(0)) or gaz.mint_instrument(m.group(0))
            cands.append(Mention(m.start(), m.end(), m.group(0), inst.type, 3, inst.name, iri=inst.iri, instrument=inst))
        # acts and regulations the gazetteer does not know: as sure as a gazetteer match, and longer than the
        # place or body a title names ("the Special Economic Measures (Estonia) Regulations")
        for s, e in gz.statute_titles(text, STATUTE_TITLE_LEAD):
            inst = gaz.instrument_for(text[s:e]) or gaz.mint_instrument(text[s:e])
            cands.append(Mention(s, e, text[s:e], inst.type, 3, inst.name, iri=inst.iri, instrument=inst))
        for m in gz.COUNTRY_PROGRAM_RE.finditer(text):
            known = gaz.known_by_label.get(gz.normal(m["place"]))
            if known is not None and known.type in PLACE_TYPES and not gaz.instrument_for(m.group(0)):
                inst = gaz.mint_instrument(m.group(0))
                cands.append(Mention(m.start(), m.end(), m.group(0), inst.type, 3, inst.name, iri=inst.iri, instrument=inst))
        # EU regimes called by their acts' title words; a title the gazetteer lists is that regime
        for m in gz.EU_REGIME_RE.finditer(text):
            inst = gaz.instrument_for(m["core"]) or gaz.mint_instrument(m.group(0))
            cands.append(Mention(m.start(), m.end(), m.group(0), inst.type, 3, inst.name, iri=inst.iri, instrument=inst))
            self._acts_cited_with(inst, m.start(), m.end(), cands)
        for m in gaz.known_re.finditer(text):
            ke = gaz.known_by_label.get(gz.normal(m.group(0)))
            if ke and ke.type == "GovernmentBody" and " " not in m.group(0).strip() \
                    and re.search(r"(?<![.!?]\s)\b(?!The\b)[A-Z][a-z]+\s+$", text[max(0, m.start() - 30):m.start()]):
                continue  # "the Police Department of the Oktyabrsky district": a generic word ending another body's name
            if ke and ke.type == "GovernmentBody" and " " not in m.group(0).strip() and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[m.end():m.end() + 12]) \
                    and ke.name.casefold() != m.group(0).strip().casefold():
                continue  # "the Department of Internal Affairs": a generic word opening another body's name, not the one it abbreviates
            if ke:
                cands.append(Mention(m.start(), m.end(), m.group(0), ke.type, 3, ke.name, wikidata=ke.wikidata))
                section = self._national_section(ke, m.end())
                if section is not None:
                    cands.append(section)
        cands.extend(self._bare_eu_council())
        # investigating bodies: "UN Independent International Fact-Finding Mission on Myanmar", "United Nations mission in Haiti",
        # "a commission of inquiry", "UN human rights experts", "German military laboratory"
        # "the organization, known as Los Cachiros", "a gang known as the Barrio 18": the name a body goes by (the NER
        # often reads a foreign one as a nationality)
        for k in KNOWN_AS_RE.finditer(text):
            head = re.search(r"([a-z]+)\W*$", text[max(0, k.start() - 30):k.start()])  # (a named body's aliases join it elsewhere)
            # (the name may stand in quotes: 'a youth group known as "Samri"')
            am = head and head.group(1).casefold() in gaz.org_apposition_heads \
                and _ALIAS_RUN_RE.match(text, k.end() + (text[k.end():k.end() + 1] in ("\"", "\u201c", "\u2018")))
            if am:
                cands.append(Mention(am.start(), am.end(), am.group(0), "Organization", 2, extra={"label": "ORG"}))
        for m in NUMBERED_UNIT_RE.finditer(text):
            cands.append(Mention(m.start(), m.end(), m.group(0), "GovernmentBody", 1, extra={"label": "ORG"}))
        for m in INVESTIGATOR_RE.finditer(text):
            name = m.group(0)
            if name.strip() in ("UN", "U.N.", "United Nations"):
                continue
            if re.search(r"(?i)\bspecial\s+rapporteur\b", name):
                continue  # "the UN Special Rapporteur on ...": a person's title, whose body is the UN
            body = Mention(m.start(), m.end(), name, "Organization", 4, extra={"investigator": True})
            person = self._name_after_long_title(body, name.split())
            if person is not None:
                # "UN High Commissioner for Human Rights Volker Tuerk": the office, then its holder
                cands.extend([body, Mention(person.start, person.end, person.text, "Person", 4, extra={"label": "PERSON"})])
                continue
            nxt = re.match(r"\s+([A-Za-z]+)", text[m.end():m.end() + 30])
            if nxt and nxt.group(1).lower() in TITLE_HEADS:
                continue  # "The United Nations human rights chief": the words describe the title, not a body
            cands.append(Mention(m.start(), m.end(), name, "Organization", 4, extra={"investigator": True}))
        cands.extend(self._acronym_names())
        cands.extend(self._entry_names())
        cands.extend(self._entry_companies())
        cands.extend(self._nicknamed_names())
        cands.extend(self._tailed_companies())
        cands.extend(self._un_entry_names())
        cands.extend(self._surname_first_names())
        cands.extend(self._outlet_names())
        for m in MEDIUM_RE.finditer(text):
            phrase = m.group(0)
            if phrase.casefold() in ("address", "post", "video", "release", "speech", "broadcast", "briefing"):
                continue  # too ambiguous alone
            cands.append(Mention(m.start(), m.end(), phrase, "Medium", 2, " ".join(phrase.split()).lower()))
        # spaCy: NER and token patterns
        for off, sdoc in self.parsed:
            toks = self.doc_tokens[id(sdoc)]  # (``ent[i]`` would make each token again)
            for ent in sdoc.ents:
                typ = NER_TYPES.get(ent.label_)
                etext = ent.text
                s, e = off + ent.start_char, off + ent.end_char
                if typ is None:
                    continue
                # drop a leading "the" and a trailing possessive from the mention (and a sentence's opening preposition
                # the NER took in with its capital: "At Orumiyeh Prison in X province, prisoners have been tortured")
                first = ent.start
                if len(ent) > 2 and toks[first].lower_ in LEADING_PREPOSITIONS and (toks[first].pos_ == "ADP" or toks[first].is_sent_start):
                    first += 1
                if toks[first].lower_ == "the" and ent.end - first > 1:
                    first += 1
                if first > ent.start:
                    s = off + toks[first].idx
                if toks[ent.end - 1].text in ("'s", "\u2019s", "'", "\u2019") and len(ent) > 1:
                    e = off + toks[ent.end - 2].idx + len(toks[ent.end - 2].text)
                etext = text[s:e]
                lead = re.match(r"[-*\u2022\u2013\u2014\"'\u201c\u2018\s]+", etext)
                if lead and lead.end() < len(etext):
                    s += lead.end()  # "- José Luis Pérez Soto": a list's bullet is no part of the name
                    etext = text[s:e]
                if s in letter_marks and letter_marks[s] < e:
                    s = letter_marks[s]  # "B. Santino Deng Wol": nor is a lettered list's letter
                    etext = text[s:e]
                hyphened = _HYPHEN_TAIL_RE.match(text, e)
                if hyphened:
                    e = hyphened.end()  # "Croix" of "Croix-des-Bouquets": the NER cut a hyphened name at its first hyphen
                    etext = text[s:e]
                stop = _SENTENCE_STOP_RE.search(etext) if etext.endswith(".") else None
                if stop and stop.group(1).casefold() not in NAME_FINAL_ABBREVIATIONS:
                    e -= 1  # "under Article 44 of the X Agreement.": the sentence's full stop, not an abbreviation's
                    etext = text[s:e]
                if "\n" in etext:
                    # "Ivan Petrov\nPosition(s)", "By Ana Ruiz\n\nLAGOS": a name never runs on into the next line (a list
                    # field, a dateline); the first line that has a word keeps the mention
                    entry = self._bulleted_name_run_into(s, e) if typ in ("Organization", "GovernmentBody", "Person") else None
                    if entry is not None:
                        cands.append(entry)
                    piece = next((p for p in re.finditer(r"[^\n]+", etext) if re.search(r"\w", p.group(0))), None)
                    if piece is None:
                        continue
                    s, e = s + piece.start(), s + piece.end()
                    while e > s and not text[e - 1].isalnum() and text[e - 1] not in ".)":
                        e -= 1
                    etext = text[s:e]
                    if not etext.strip():
                        continue
                comma = re.fullmatch(r"(.+?),\s+((?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)", etext) if typ in ("Organization", "Person") else None
                body_words = comma.group(1).split() if comma else []
                if comma and not any(w.lower() in gaz.org_words or w.lower() in TITLE_HEADS for w in comma.group(2).split()) \
                        and not GOV_WORDS.search(comma.group(2)) and not gaz.known_by_label.get(gz.normal(comma.group(2))) \
                        and len(body_words) <= 4 and (GOV_WORDS.search(comma.group(1)) or any(w.lower() in gaz.org_words for w in body_words)
                                                      or re.search(r"\bof\s+(?:the\s+)?$", text[max(0, s - 8):s])):
                    # "the head of the Basij, Gholamreza Soleimani, and ...": the NER ran a body and the name set off
                    # after it into one; the body is the first part, the name a person's
                    p_start = s + comma.start(2)
                    cands.append(Mention(p_start, e, text[p_start:e], "Person", 1, extra={"label": "PERSON"}))
                    e = s + comma.end(1)
                    etext = text[s:e]
                colon = etext.rfind(": ")
                if colon > 0 and re.search(r"\w", etext[colon + 2:]):
                    s += colon + 2  # "owned by X: Mak Services Company Limited, ...": a name never runs across a colon
                    etext = text[s:e]
                dash = re.search(r"\s[-\u2013\u2014]\s", etext) if typ in ("Person", "Organization") else None
                if dash is not None and dash.start() > 0:
                    # "1. Ivan Petrov - Minister of the Interior": a spaced dash ends a list entry's name (a hyphen inside
                    # a name has no space around it); the NER may take name and title for one body's name
                    before, after = etext[:dash.start()].split(), etext[dash.end():].split()
                    if typ == "Organization" and after and after[0].lower() in TITLE_HEADS and 2 <= len(before) <= 4 \
                            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in before) \
                            and not any(w.casefold() in gaz.org_words for w in before) and not GOV_WORDS.search(" ".join(before)):
                        typ = "Person"
                    if typ == "Person" or all(w.islower() for w in after):
                        # (and "C Technology - on 1 June": the dash closes an aside the NER ran on into)
                        etext = etext[:dash.start()]
                        e = s + len(etext)
                if typ in ("Person", "Organization", "GovernmentBody") and HONORIFICS.fullmatch(etext + " "):
                    continue  # "Ms." of "Ms. dos Santos" read as a body: an honorific alone names nobody
                if (s == 0 or text[s - 1] == "\n") and _FIELD_LABEL_RE.match(text, s, s + 40):
                    continue  # "Position(s):", "Alias:" a list field's label
                acr_title = re.fullmatch(r"([A-Z]{2,6})(?:\s+[A-Z][a-z]+)*\s+([A-Z][a-z]+)", etext) if typ == "Organization" else None
                if acr_title and acr_title.group(2).lower() in TITLE_HEADS and acr_title.group(1).lower() not in TITLE_HEADS:
                    e = s + acr_title.end(1)  # "ICC Prosecutor" + a name: the initials are the body, the rest a title
                    etext = text[s:e]
                if typ in ("Organization", "GovernmentBody") and _GERUND_END_RE.search(etext):
                    more = _NAME_REST_RE.match(text, e)
                    if more:  # "the Central Leading Group on Preventing" + " and Dealing with Heretical Religions": a name
                        e = more.end()  # does not end on a verb; the NER stopped at the first "and"
                        etext = text[s:e]
                business = _BUSINESS_TAIL_RE.match(text, e) if typ == "Organization" and etext[:1].isupper() else None
                if business and gaz.company_tail_re.search(business.group(0)):
                    # "Horizon Advanced Solutions General" + " Trading LLC": the firm's words and legal form the NER left out
                    e = business.end()
                    etext = text[s:e]
                if typ == "Organization":
                    lead_words = re.split(r"\s+(?:on|for|to)\s+", etext)[0].split()
                    if len(lead_words) >= 2 and lead_words[-1].lower() in TITLE_HEADS and not GOV_WORDS.search(etext) \
                            and not any(w.lower() in gaz.org_words for w in lead_words) and lead_words[0].lower() not in TITLE_HEADS \
                            and not gaz.known_by_label.get(gz.normal(etext)):
                        continue  # "Presidential Advisor on Health": a title, not a body
                if etext.count("(") > etext.count(")"):
                    etext = etext[:etext.rindex("(")].rstrip()  # "Congolese National Police (PNC": the bracket is the acronym's
                    e = s + len(etext)
                    if not etext:
                        continue
                if typ in ("Organization", "GovernmentBody") and len(ent) > 1 and re.search(r"\s(?:of|the|and|for|in)$", etext):
                    etext = re.sub(r"(?:\s+(?:of|the|and|for|in))+$", "", etext)  # "the 5th Brigade of" cut at a line end
                    e = s + len(etext)
                if typ == "Organization" and re.search(r"\bNo\.?$", etext) and re.match(r"\.?\s*\d", text[e:e + 4]):
                    continue  # "by Royal Order No. 28": a numbered act, no body
                if typ in ("Person", "Organization") and etext.casefold() in GROUP_HEADS | LISTED_ENTITY_HEADS \
                        or typ == "Person" and etext.split()[0].casefold() in GROUP_HEADS | LISTED_ENTITY_HEADS:
                    continue  # "Treasury Sanctions Cambodian Tycoon and Businesses Tied to ...": a headline's capitals, no name
                if etext.casefold() in DESIGNATION_NOUNS:
                    continue  # "Liberia-related Designations": a link to the designations, no body
                words = etext.split()
                if len(words) == 2 and words[0].casefold() in LIST_FIELD_LABELS and re.search(r"(?:^|[;\n])[ \t]*$", text[:s]):
                    continue  # "...; Nationality Liberia; Gender Male;": a sanctions list's field without its colon, no name
                if typ == "Statute" and GOV_WORDS.fullmatch(etext.split()[-1]) and not _LAW_WORD_RE.search(etext):
                    typ = "Organization"  # "Branch 1 of the Revolutionary Court": numbered like an article, but a body
                if typ == "Statute" and _BARE_ARTICLE_RE.fullmatch(etext):
                    continue  # "persons referred to in Article 1": an article of an act the text names elsewhere, no act
                if typ == "Statute" and gaz.instrument_for(etext) is None and not _CITES_AN_ACT_RE.search(etext):
                    continue  # a quoted '"Square of Changes"', '"State of Emergency"': capitals the NER took for an act, which no word of law backs
                if typ == "Statute":
                    inst = gaz.instrument_for(etext) or gaz.mint_instrument(etext)
                    cands.append(Mention(s, e, etext, inst.type, 1, inst.name, iri=inst.iri, instrument=inst))
                    continue
                joined = _HYPHENED_PLACE_TAIL_RE.match(text, e) if etext[:1].isupper() and typ != "Statute" else None
                if joined is not None:
                    e, typ = joined.end(), "Place"  # "Rostov" + "-on-Don": one town's name, which the NER cut at the hyphens
                    etext = text[s:e]
                if typ == "Person" and len(etext.split()) >= 2 and etext.split()[-1][:1].isupper() \
                        and etext.split()[-1].lower() in ADMINISTRATIVE_PLACE_WORDS - {"department"}:
                    typ = "Region"  # "Salah al-Din Province" read as a person: a province by its own last word
                if typ in ("Person", "Place") and (any(w.casefold() in gaz.org_words for w in re.findall(r"[^\W\d_]+", etext))
                                                   or len(etext.split()) >= 2 and ORGISH_NAME_RE.search(etext.split()[-1])):
                    typ = "Organization"  # "Policía Nacional Revolucionaria", "Civic Watch" read as a person
                if typ == "Organization":
                    # "the Hong Kong and Macau Affairs Office": the NER cut a long name at "and"
                    lead = re.search(r"(?:\b[Tt]he\s+)((?:[A-Z][\w'-]*\s+){1,4}(?:and|&)\s+)$", text[max(0, s - 60):s])
                    if lead:
                        s -= len(lead.group(1))
                        etext = text[s:e]
                    unit = _NUMBERED_UNIT_LEAD_RE.search(text, max(0, s - 40), s)
                    if unit and GOV_WORDS.search(etext) and not re.match(r"(?:Articles?|Sections?|Paragraphs?|Chapter|Title|Part|Annex|Rule|Order)\b", unit.group(0)):
                        s = unit.start()  # "Branch 1 of the Revolutionary Court": a numbered part of a body is a body of its own
                        etext = text[s:e]
                    # "the Judicial Panel of Inquiry on Restitution for Victims of SARS Related Abuses and Other Matters": a long
                    # name the NER cut at one of its prepositions goes on, in capitals, to the end of the phrase
                    tail = re.match(r"(?:\s+(?:of|for|on|and)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*)+(?=\s*[,.;:()\n])", text[e:e + 120])
                    if tail and any(w.casefold() in WEEKDAYS or w.casefold() in MONTHS for w in tail.group(0).split()):
                        tail = None  # "the Supreme Court of Varnia on Monday": a date ends the name
                    if tail and re.search(r"\band\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)?" + GOV_WORDS.pattern, tail.group(0)):
                        tail = None  # "the Ministry of State Security and Ministry of People's Security": two bodies
                    if tail and re.match(r"\s+(?:for|of)\s+the\s", tail.group(0)) and any(
                            w.casefold() in gaz.org_words | gaz.org_apposition_heads for w in re.findall(r"[A-Z][\w'-]*", tail.group(0))):
                        tail = None  # "member of the National Assembly of Bulgaria for the Movement for Rights and Freedoms": his party
                    if tail and len(etext.split()) >= 4 and " of " in etext + " " and not any(
                            gaz.known_by_label.get(gz.normal(w)) for w in re.findall(r"[A-Z][\w'-]*", tail.group(0))):
                        e += tail.end()
                        etext = text[s:e]
                    elif tail and re.match(r"\s+for\s", tail.group(0)) and len(tail.group(0).split()) <= 6 \
                            and (etext.split()[-1].casefold() in gaz.org_words | gaz.org_apposition_heads or GOV_WORDS.search(etext.split()[-1])):
                        # "the State Agency for National Security (DANS)", "the Special Court for Sierra Leone,": a body
                        # "for" a remit, the remit is part of its name
                        e += tail.end()
                        etext = text[s:e]
                    seat = self._court_seat(e) if etext.split()[-1] in ("Court", "Tribunal") else None
                    if seat and not tail:
                        # "Judge X of Branch 1 of the Revolutionary Court of Shiraz presided": a court's seat names which
                        # court, whatever follows it
                        e = seat.end()
                        etext = text[s:e]
                if typ == "Organization" and etext[:1].isupper():
                    e = self._country_name_end(etext, e)
                    etext = text[s:e]
                if typ == "Organization" and etext[:1].isupper():
                    # "The United Nations human rights chief": lower-case words after a name describe, they do not name
                    words = etext.split()
                    while len(words) > 1 and words[-1].isalpha() and words[-1].islower() and words[-1].casefold() not in gaz.org_words:
                        words.pop()
                    if len(words) < len(etext.split()):
                        e = s + len(" ".join(words)) if " ".join(words) == etext[:len(" ".join(words))] else e
                        etext = text[s:e]
                tail = gaz.company_tail_re.match(text, e) if typ in ("Organization", "Person", "Place") and etext[:1].isupper() else None
                if tail:  # "Frigorífico Chajha" + " S.A.E.": a legal form ends a company's name
                    e, typ = tail.end(), "Organization"
                    etext = text[s:e]
                if typ == "Organization" and gaz.company_tail_re.fullmatch(" " + etext):
                    # "Creative Python" + "LLC": the NER took the legal form alone for the name
                    lead = re.search(r"(?<![\w'&-])(?!(?:The|A|An)\s)((?:[A-Z][\w'&-]*\s+){1,4})$", text[max(0, s - 60):s])
                    if lead is None:
                        continue
                    s -= len(lead.group(1))
                    etext = text[s:e]
                if typ in ("Organization", "GovernmentBody") and etext[:1].isupper():
                    # "Coalition Citoyenne d'Opposition" + " aux Rebelles Armés": a French or Spanish name goes on past the
                    # article the NER stopped at; "Regional Trial Court Branch" + " 221", "Criminal Court" + " No. 5": the number
                    # says which one; "... of the Commander" + "-in-Chief": a hyphened word is whole
                    tail = _FOREIGN_NAME_TAIL_RE.match(text, e) or _UNIT_NUMBER_RE.match(text, e) or _HYPHENED_TITLE_TAIL_RE.match(text, e)
                    if tail and tail.group(0).lstrip()[:1].isdigit() and etext.split()[-1].casefold() not in UNIT_NOUNS:
                        tail = None  # "Court No. 5" always; a bare number only after a unit's noun ("Branch 221", not "Ministry 2023")
                    if tail:
                        e = tail.end()
                        etext = text[s:e]
                if typ == "Organization" and (GOV_WORDS.search(etext) or any(w.casefold() in gaz.org_words - gaz.civil_org_words for w in etext.split()[-1:])):
                    typ = "GovernmentBody"
                if typ in ("Organization", "GovernmentBody"):
                    # "the 33rd Light Infantry Division": the number tells one unit from another
                    num = re.search(r"\b\d{1,3}(?:st|nd|rd|th)\s+$", text[max(0, s - 8):s]) \
                        or _SEAT_NUMBER_LEAD_RE.search(text[max(0, s - 60):s])
                    if num and etext[:1].isupper():
                        s -= len(num.group(0))  # (and "Varna No. 3" + "District Court": the court's seat and number)
                        etext = text[s:e]
                if typ == "Person" and len(ent) > 1 and toks[ent.end - 1].pos_ in ("ADP", "SCONJ", "VERB", "AUX", "DET", "CCONJ"):
                    ent = ent[:-1]  # "Lazov Due" of a headline's "Petar Lazov Due to Involvement in ...": a name ends before a function word
                    e = off + ent.end_char
                    etext = text[s:e]
                if typ == "Person":
                    last = self._name_tail(sdoc, ent) or self._surname_run(sdoc, ent)
                    if last is not None:
                        e = off + last.idx + len(last.text)
                        etext = text[s:e]
                if typ == "Place" and etext[:1].isupper():
                    lead = re.search(r"(?<![\w-])([A-Z][\w'-]+)\s+([a-z]{2,3})\s+$", text[max(0, s - 30):s])
                    if lead and lead.group(2) in NAME_PARTICLES:
                        s -= len(lead.group(0))  # "Dar es" + "Salaam", "Rio de" + "Janeiro": one place's name
                        etext = text[s:e]
                if typ == "Place" and ent.label_ == "GPE":
                    typ = "Region"
                if etext.strip().lower() in DEPT_WORDS | TITLE_FILLERS:
                    continue  # "Home" of "Home Minister" is part of a title, not a body
                dept_of = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?(.+)", etext) if typ in ("Organization", "GovernmentBody") else None
                state = gaz.known_by_label.get(gz.normal(dept_of.group(2))) if dept_of else None
                if state is not None and state.type in PLACE_TYPES and all(w.lower() in DEPT_WORDS | {"and"} for w in dept_of.group(1).split()) \
                        and not GOV_WORDS.search(dept_of.group(1)):  # ("the Foreign Ministry of Moldova" is a body)
                    continue  # "Minister of the Interior of Belarus": the title's department, then its state (read on its own)
                if typ in ("Organization", "GovernmentBody", "Person", "Place", "Region") and not etext.islower() \
                        and self._title_case_line(s) and self._said_in_lower_case(etext):
                    continue  # "... Due to Involvement in Significant Corruption": a headline's capitals; the text says it in lower case
                if " " not in etext and text[text.rfind("\n", 0, s) + 1:(text.find("\n", e) + 1 or len(text) + 1) - 1].strip().rstrip(":").rstrip() == etext:
                    continue  # "Background", "Annex": one word on a line of its own is a section's heading, no name
                if typ == "Person" and len(ent) == 1 and etext.endswith("s") and re.search(r"(?i)\bthe\s+$", text[max(0, s - 5):s]) \
                        and next(_occurrences(text, etext[:-1]), None) is not None:
                    typ = "Group"  # "the Houthis" of "the Houthi movement", "the Meiteis" of "the Meitei community": a people, not a man
                if typ in ("Person", "Organization", "GovernmentBody") and s < text.find("\n") and self._headline_above_text():
                    kept = self._headline_name(etext)
                    if not kept:
                        continue  # "Demands End", "Quash": a headline's capitals that no name of the text has
                    e = s + len(kept)  # "Taliban Kill" + ", 'Disappear' ...": the text names "Taliban", never "Taliban Kill"
                    etext = kept
                full = self._committee_full_name(s, e) if typ in ("Organization", "GovernmentBody") else None
                if full is not None:
                    e, etext = full[0], text[s:full[0]]
                    cands.append(Mention(s, e, etext, typ, 1, full[1], extra={"label": ent.label_, "committee": full[2]}))
                    continue
                cands.append(Mention(s, e, etext, typ, 1, extra={"label": ent.label_}))
            cands.extend(self._pattern_mentions(off, sdoc))
        # a country's name opening a longer place name the NER read ("Guatemala City", "Kuwait City") is part of it, and
        # so is one a compass word opens ("Central America" is no "America", the United States)
        ner_places = {(m.start, m.end) for m in cands if m.source == 1 and m.type in ("Place", "Region")}
        cands = [m for m in cands if not (m.source == 3 and m.type == "Country" and any(
            a == m.start and b > m.end and re.fullmatch(r"(?:\s+[A-Z][\w'-]*){1,2}", text[m.end:b])
            or b == m.end and a < m.start and _COMPASS_LEAD_RE.fullmatch(text[a:m.start]) for a, b in ner_places))]
        # "the Myanmar military", "Uganda police": a country's name modifying a noun for its forces names the forces,
        # a body of their own (the gold and the user ask for the army, not the state); the country stays a place
        # nested in the group's name
        forces = [(m.start, m.end) for m in cands if m.source == 2 and m.type == "Group" and (m.extra or {}).get("head") in STATE_FORCE_HEADS]
        if forces:
            cands = [m for m in cands if not (m.source == 3 and m.type == "Country" and any(
                a == m.start and b > m.end and re.fullmatch(r"(?:\s+(?:armed|security|national|federal|state))?\s+[a-z]+", text[m.end:b]) for a, b in forces))]
        # "outside the Tak Bai police station": a force's name that a building noun ends is the building's, no body
        # (the bare "police" told next is not that town's police by it)
        cands = [m for m in cands if not (m.type in ("Group", "GovernmentBody", "Organization") and _force_building(m, text))]
        # "... Subject to Travel Ban and Assets Freeze": a headline's capitalised measure is no one's name
        cands = [m for m in cands if not (m.type in ("Person", "Organization", "GovernmentBody") and gaz.measure_re.fullmatch(m.text.strip()))]
        every_cand = list(cands)
        # a place name inside a longer organisation name is part of it ("Xinjiang Public Security Bureau"),
        # and so is a group word ("Sudan People's Liberation Army" is no group of people)
        orgs = [(m.start, m.end) for m in cands if m.source == 1 and m.type in ("Organization", "GovernmentBody") and " " in m.text.strip()]
        cands = [m for m in cands if not ((m.source == 3 and m.type in PLACE_TYPES or m.source == 2 and m.type == "Group" and m.text[:1].isupper())
                                          and any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) for a, b in orgs))]
        # overlaps: better source first, then longer
        cands.sort(key=lambda m: (-m.source, -(m.end - m.start), m.start))
        taken: list[Mention] = []
        occupied = bytearray(len(text) + 1)  # 1 where a mention already taken covers the character
        for m in cands:
            if m.end <= m.start:
                continue
            if any(occupied[m.start:m.end]):
                continue
            occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
            taken.append(m)
        # a dateline ("WASHINGTON —", "BRUSSELS/MINSK, March 22 -") names where the text was written, not an actor or a place of the facts
        datelines = [(d.start(), max(d.end(1), d.end(2))) for d in DATELINE_RE.finditer(text)]
        taken = [m for m in taken if not any(a <= m.start < b for a, b in datelines)]
        # a web page's navigation ("Related Articles: ...", "Tags" and its topics) lists topics: names the gazetteer
        # knows stay, guesses of the NER and the patterns go
        furniture = [(f.start(), f.end()) for f in PAGE_FURNITURE_RE.finditer(text)]
        if furniture:
            taken = [m for m in taken if m.source >= 3 or not any(a <= m.start < b for a, b in furniture)]
        # a byline ("By Ruth Chikomba", "By Mariam Osei and Daniel Brandt") names the writer: no antecedent for "his"
        for b in BYLINE_RE.finditer(text):
            for m in taken:
                if b.start() <= m.start < b.end():
                    m.extra = dict(m.extra or {}, byline=True)
        taken.sort(key=lambda m: m.start)
        # "Security Council Committee concerning Libya" of a headline is the committee the lede names in full
        committees = {}
        for m in taken:
            if "committee" in m.extra and len(m.canonical) > len(committees.get(m.extra["committee"], "")):
                committees[m.extra["committee"]] = m.canonical
        for m in taken:
            if "committee" in m.extra:
                m.canonical = committees[m.extra["committee"]]
        self.mentions = taken
        # a place inside a longer name ("protesters in Cairo", "the Mayor's Office of Managua") is read as part of it,
        # but it is a place the text names all the same: it becomes an entity, not a mention the rules read
        bodies = [(m.start, m.end) for m in taken if m.type in ("Group", "Organization", "GovernmentBody")]
        kept = {id(m) for m in taken}
        nested: dict[tuple, Mention] = {}
        for m in every_cand:
            if m.type in PLACE_TYPES and id(m) not in kept and m.end > m.start and (m.start, m.end) not in nested \
                    and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in bodies):
                nested[(m.start, m.end)] = m
        self.nested_places = sorted(nested.values(), key=lambda m: m.start)

    def _bare_eu_council(self) -> list[Mention]:
        """"The Council today adopted ...": in an EU text that names no other council, "the Council" is the Council of
        the European Union, which is how its own releases call it (a UN text's "the Council" is the Security Council's,
        and a text that names a national or a rights council leaves the bare word unread)."""
        text = self.text
        if not _EU_TEXT_RE.search(text) or _OTHER_COUNCIL_RE.search(text):
            return []
        ke = self.gaz.known_by_label.get(gz.normal("Council of the EU"))
        if ke is None:
            return []
        return [Mention(m.start(), m.end(), m.group(0), ke.type, 3, ke.name, wikidata=ke.wikidata) for m in _BARE_COUNCIL_RE.finditer(text)]

    def _committee_full_name(self, s: int, e: int) -> tuple[int, str, tuple] | None:
        """A Security Council committee is named by the resolution that set it up and the country it watches ("the
        Security Council Committee established pursuant to resolution 1970 (2011) concerning Libya", "the Committee
        concerning South Sudan"); cut at "Committee" every sanctions committee is one body. The country after
        "concerning" joins the mention; a resolution between them stays the act it is, so the full name is the
        mention's canonical one and the mention ends where it ended (the returned end is ``e`` then)."""
        if not self.text[s:e].rstrip().endswith("Committee"):
            return None
        m = _COMMITTEE_REMIT_RE.match(self.text, e)
        if m is None or not (m["res"] or m["place"]):
            return None
        end = m.end("res") if m["res"] else e
        if m["place"]:
            # the longest run of the capitalised words that is a place the gazetteer knows ("concerning Libya Adds Six
            # Migrant" of a headline is Libya)
            words = list(_WORD_RE.finditer(self.text, m.start("place"), m.end("place")))[1:]
            for k in range(len(words), 0, -1):
                place = self.text[words[0].start():words[k - 1].end()]
                known = self.gaz.known_by_label.get(gz.normal(re.sub(r"^the\s+", "", place)))
                if known is not None and known.type in PLACE_TYPES:
                    end = words[k - 1].end()
                    break
            else:
                line_end = self.text.find("\n", s)
                if self.text[s:line_end if line_end >= 0 else len(self.text)].rstrip()[-1:] in ".;:\"\u201d" and re.match(r"\s*[,.;:()\n]|\s+[a-z]", self.text[m.end("place"):]):
                    end = m.end("place")  # a place the gazetteer does not know, whose run of capitals ends in running text
        if end == e:
            return None
        name = " ".join(self.text[s:end].split())
        return (e if m["res"] else end), name, (" ".join(self.text[s:e].split()), name[name.rfind(" concerning ") + 1:] if m["place"] else "")

    def _acts_cited_with(self, regime: gz.Instrument, start: int, end: int, cands: list[Mention]) -> None:
        """Make the EU acts a sentence cites beside a regime's name that regime: "the framework for targeted restrictive
        measures in view of the situation in X was adopted on 14 October 2019 (Council Decision (CFSP) 2019/1720 and
        Council Regulation (EU) 2019/1716)", "Council Regulation (EU) 2017/1770 concerning restrictive measures in view
        of ...", "the Council adopted Council Decision X, adding three persons to the list of those subject to
        restrictive measures in view of ..." each name one regime several ways, and a listing may stand on any of
        them. The act keeps the regime's key wherever the text cites it again."""
        sent = self.sent_at(start)
        lo, hi = (sent.start, sent.end) if sent is not None else (start, end)
        if len(gz.EU_REGIME_RE.findall(self.text, lo, hi)) > 1:
            return  # two regimes in one sentence: which act is whose the words do not say
        acts = {c.instrument.iri for c in cands if c.instrument is not None and lo <= c.start < hi
                and c.instrument.type == "Statute" and gz.EU_CITATION_RE.fullmatch(c.text.strip())}
        for c in cands:
            if c.instrument is not None and c.instrument.iri in acts:
                c.instrument, c.iri, c.canonical, c.type = regime, regime.iri, regime.name, regime.type

    def _court_seat(self, e: int):
        """The seat after a court's name, which says which court it is: "of Shiraz", "of Lagos State", "in Koblenz"
        (a city, not a date: "the Supreme Court in December"). None when no seat follows."""
        seat = _COURT_SEAT_RE.match(self.text, e)
        if seat is None:
            seat = _COURT_CITY_RE.match(self.text, e)
            if seat and (seat.group(1).casefold() in MONTHS or seat.group(1).casefold() in WEEKDAYS):
                seat = None
        return seat

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

    def _said_in_lower_case(self, phrase: str) -> bool:
        """Whether the text says ``phrase`` as a whole phrase in lower case somewhere ("significant corruption"): then
        its capitals elsewhere are a headline's, not a name's."""
        low = phrase.lower()
        return low in self.text and next(_occurrences(self.text, low, "_-", "_-"), None) is not None

    def _headline_name(self, name: str) -> str:
        """The part of a name read in a Title-Case headline that the text below names too: its longest run of opening
        words said there as a whole ("Taliban" of "Taliban Kill, 'Disappear' Ex-Officials"; "Zhanaozen" of "Police
        Abuses in Zhanaozen Unpunished"), else the whole name if a word of it is capitalised below inside a sentence
        ("Kizza Besigye" of a text that says "Besigye"), else "" (no name: "Demands End", "Verdict"). A headline
        capitalises every word, so there a capital does not say where a name stops; the text's own use does."""
        body = self.text[self.text.find("\n"):]
        if next(_occurrences(body, name), None) is not None:
            return name
        words = name.split()
        ends = [w.end() for w in re.finditer(r"\S+", name)]
        for n in range(len(words) - 1, 0, -1):
            lead = name[:ends[n - 1]]
            if words[n].casefold() in self.gaz.org_words or GOV_WORDS.fullmatch(words[n]):
                break  # "Venezuela's Military Counterintelligence Agency": a body's head noun ends its name
            if any(not re.match(r"\s+[A-Z]", body[b:b + 2]) for _, b in _occurrences(body, lead)) \
                    and not self._named_inside_sentence(body, words[n]):
                return lead  # (said on its own below: "Sri" of "Sri Lanka" is not "Sri" of "Sri Lankan Navy")
        return name if any(self._named_inside_sentence(body, w) for w in words) else ""

    def _headline_above_text(self) -> bool:
        """Whether the first line is a Title-Case headline over a text (not a sentence that happens to capitalise
        its long words, nor a text of one line)."""
        end = self.text.find("\n")
        return end > 0 and not self.text[:end].rstrip().endswith(".") and len(self.text) - end > 100 and self._title_case_line(0)

    @staticmethod
    def _named_inside_sentence(text: str, word: str) -> bool:
        """Whether ``word`` stands capitalised in ``text`` other than where a sentence or line opens (where any word
        is capitalised)."""
        for a, _ in _occurrences(text, word):
            before = text[:a].rstrip(" \t\"'\u201c\u2018(")
            if before and before[-1] not in ".!?:\n":
                return True
        return False

    def _title_case_line(self, pos: int) -> bool:
        """Whether the line at ``pos`` capitalises every word but the small ones (a headline): there a capital
        does not tell a name's next word ("Designation of Official Petar Lazov Due to Involvement in ...")."""
        a = self.text.rfind("\n", 0, pos) + 1
        cache = self.__dict__.setdefault("_title_case_lines", {})  # (asked once per name on the line: a paragraph is one line)
        if a not in cache:
            b = self.text.find("\n", pos)
            words = _WORD_RE.findall(self.text, a, b if b >= 0 else len(self.text))
            small = [w for w in words if not w[:1].isupper()]
            cache[a] = len(words) >= 4 and all(len(w) <= 4 for w in small)
        return cache[a]

    def _titled_bearers(self, short_forms, canon_full, first_last, surname_of, person_names) -> dict:
        """For a surname several people named in full bear (brothers, a father and son), the one bearer the text gave a
        title right before his full name ("President Mahinda Rajapaksa" beside "Gotabaya Rajapaksa"): {short: {(short,
        title): full}}, so that "President Rajapaksa" later is that man, not a third person called by the bare surname.
        A title two bearers were given decides nothing."""
        found: dict[str, dict] = {}
        for short, fulls in short_forms.items():
            if short in surname_of or short in person_names:
                continue
            distinct = {canon_full.get(first_last(f.split()), canon_full.get((f.split()[0], f.split()[-1]))) for f in fulls} - {None}
            if len(distinct) < 2:
                continue
            bearers: dict[str, set] = {}
            for full in distinct:
                for start, _ in _occurrences(self.text, full, "_-", "_-"):
                    before = self._word_before(start).casefold()
                    if before in TITLE_HEADS:
                        bearers.setdefault(before, set()).add(full)
            one = {(short, title): next(iter(who)) for title, who in bearers.items() if len(who) == 1}
            if one:
                found[short] = one
        return found

    def _word_before(self, pos: int) -> str:
        """The word right before ``pos`` ("President" of "President Mahinda Rajapaksa"), or "" when none is there."""
        before = _WORD_BEFORE_RE.search(self.text, max(0, pos - 40), pos)
        return before.group(1) if before else ""

    def _surname_run(self, sdoc, ent):
        """The last token of surnames the NER left out or took for a place ("Arturo Benedicto" + "Salcedo Ruiz"):
        capitalised words right after the name that the parser joins to it (as compounds, or as an apposition
        without a comma). None when nothing joins."""
        inside = set(range(ent.start, ent.end))
        if self._title_case_line(self.offsets[id(sdoc)] + ent.start_char):
            return None
        j = ent.end
        run: list = []
        while j < len(sdoc) and len(inside) + len(run) < 5:
            t, prev = sdoc[j], sdoc[j - 1]
            if prev.whitespace_ != " " or t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.text.isalpha() or t.tag_ == "NNPS" \
                    or t.ent_type_ not in ("", "PERSON", "GPE") or t.lower_ in TITLE_HEADS | DEPT_WORDS or t.lower_ in self.gaz.org_words:
                break
            run.append(t)
            j += 1
        while run:
            ids = inside | {t.i for t in run}
            # one name: all its words hang on one of them
            roots = [i for i in ids if sdoc[i].head.i not in ids or sdoc[i].head.i == i]
            ok = len(roots) == 1 and all(sdoc[i].dep_ in ("compound", "flat", "appos") for i in ids if i != roots[0])
            if ok and (run[-1].i + 1 >= len(sdoc) or sdoc[run[-1].i + 1].pos_ != "PROPN"):
                return run[-1]
            run.pop()
        return None

    def _entry_names(self) -> list[Mention]:
        """The person a sanctions list entry names on its heading line, when a title field follows it ("2. Ana
        KOVAL" over "Position: Deputy Minister of ..."): lists write surnames in capitals and put the name alone on
        its line, which the NER reads badly or not at all, yet the line can name nobody else. A line with a word of
        a body's name, a title or a known place is left to the NER."""
        out = []
        # (or, without fields, a numbered or bulleted line that writes the surname in capitals before a dash or a comma)
        caps = [m for m in _CAPS_ENTRY_RE.finditer(self.text)
                if any(w.isupper() and sum(c.isalpha() for c in w) >= 2 for w in m.group(1).split())
                and any(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in m.group(1).split())
                and not any(w.isupper() and self._written_in_lower_case(w) for w in m.group(1).split())]
        # (or a line of a list of bare names a colon opens)
        listed = [line for lm in _NAME_LIST_RE.finditer(self.text) for line in _LIST_LINE_RE.finditer(self.text, lm.start(1), lm.end(1))]
        kin = [m for m in _KIN_ENTRY_RE.finditer(self.text) if all(w[:1].isupper() for w in m.group(1).split())]
        for m in [*_ENTRY_NAME_RE.finditer(self.text), *caps, *listed, *kin]:
            if m.re is _ENTRY_NAME_RE and m.group(2).strip().casefold().replace("(s)", "") not in TITLE_FIELD_LABELS:
                continue
            if not self._entry_name_words(m.group(1)):
                continue
            out.append(Mention(m.start(1), m.end(1), m.group(1), "Person", 3, extra={"label": "PERSON", "entry": True}))
        return out

    def _entry_companies(self) -> list[Mention]:
        """A company a list entry names, from the bullet to its legal form ("- Try Pheap Import Export Co., Ltd., which
        held ..."): the legal form's own commas do not end the name, and its first word may be one the NER reads as
        English ("Try"), so it misses or clips the name the line can only mean."""
        entry = re.compile(_ENTRY_COMPANY_HEAD + "(?:" + self.gaz.company_tail_re.pattern + ")")
        return [Mention(m.start(1), m.end(), self.text[m.start(1):m.end()], "Organization", 3, extra={"label": "ORG"})
                for m in entry.finditer(self.text)]

    def _tailed_companies(self) -> list[Mention]:
        """A company named in a running list by its words and legal form ("..., Al Junaid Multi Activities Co Ltd and
        Tradive General Trading L.L.C. (Tradive), a company ..."): the NER reads such names as a person's or not at all,
        yet a legal form after capitalised words can only end a company's name. The name runs back from the legal form
        over capitalised words and the small words inside names ("Tabacalera del Este S.A.", "7th Sense Creation
        Company Limited") to the first word that is neither; not on the headline, whose words are all capitalised,
        and not over a title ("Director Kesh Trading LLC" is a man and his firm)."""
        out = []
        first_line = self.text[:max(self.text.find("\n"), 0)]
        body = len(first_line) + 1 if first_line and not first_line.rstrip().endswith((".", "!", "?", ":")) else 0
        for tail in self.gaz.company_tail_re.finditer(self.text, body):
            end = tail.start()
            line_start = self.text.rfind("\n", 0, end) + 1
            words = list(re.finditer(r"[^\s,;:()\"\u201c\u201d]+", self.text[line_start:end]))
            if not words or words[-1].end() != end - line_start:
                continue  # (a comma or a bracket right before the legal form)
            first = None
            for w in reversed(words):
                word = w.group(0)
                if w is not words[-1] and word.endswith(".") and len(word) > 3 and not re.fullmatch(r"(?:[A-Z]\.)+", word):
                    break  # (a sentence's last word: "on Monday. Director ...")
                if word[:1].isupper() or word[:1].isdigit() and re.match(r"\d+(?:st|nd|rd|th)?$", word):
                    first = w
                elif word in _NAME_SMALL_WORDS and first is not None:
                    continue
                else:
                    break
                if self.text[line_start + w.start() - 2:line_start + w.start()].rstrip(" \t")[-1:] in (",", ";", ":", "("):
                    break  # (a list's comma opens the name)
            if first is None:
                continue
            kept = [w for w in words if w.start() >= first.start()]
            while kept and (kept[0].group(0) in ("The", "A", "An") or kept[0].group(0).casefold() in TITLE_HEADS
                            or kept[0].group(0) in _NAME_SMALL_WORDS):
                kept = kept[1:]
            if not kept:
                continue
            start = line_start + kept[0].start()
            out.append(Mention(start, tail.end(), self.text[start:tail.end()], "Organization", 2, extra={"label": "ORG"}))
        return out

    def _nicknamed_names(self) -> list[Mention]:
        """A name with a nickname in quotes inside it ('Ronald "Bato" dela Rosa', 'Jimmy "Barbecue" Cherizier'): the
        NER stops at the quote or starts after it, and one man becomes two half names. The whole run, given names,
        nickname and surname, is one person's name when the NER reads a person in it."""
        people = [(off + e.start_char, off + e.end_char) for off, sdoc in self.parsed for e in sdoc.ents if e.label_ == "PERSON"]
        out = []
        for m in _NICKNAMED_RE.finditer(self.text):
            start = m.start()
            for w in re.finditer(r"\S+", m.group(0)):  # (not the title before it: "Director General Ronald ...")
                if w.group(0).casefold().strip(".") not in _TITLE_OR_RANK:
                    break
                start = m.start() + w.end() + 1
            if self.text[start] not in "\"\u201c" and any(a < m.end() and start < b for a, b in people):
                out.append(Mention(start, m.end(), self.text[start:m.end()], "Person", 3, extra={"label": "PERSON"}))
        return out

    def _national_section(self, ke: gz.KnownEntity, end: int) -> Mention | None:
        """A rights group's national section, named by the group and the country ("Amnesty International Kenya's
        executive director", "Amnesty International Indonesia said"): one body of its own, whose people are its
        staff. The country must end the name: a possessive, a lower-case word or a stop follows it."""
        if ke.type != "Organization" or len(ke.name.split()) < 2 or ke.name == _UN_NAME \
                or not (MONITOR_NAME_RE.search(ke.name) or MONITOR_WORD_RE.search(ke.name)):
            return None
        nxt = _SECTION_COUNTRY_RE.match(self.text, end)
        country = self.gaz.known_by_label.get(gz.normal(nxt.group(1))) if nxt else None
        if country is None or country.type != "Country":
            return None
        start = end - len(ke.name) if self.text[end - len(ke.name):end] == ke.name else None
        if start is None:
            return None
        name = self.text[start:nxt.end(1)]
        return Mention(start, nxt.end(1), name, "Organization", 3, name, extra={"label": "ORG"})

    def _entry_name_words(self, name: str) -> bool:
        """Whether a list entry's leading words read as a person's name: capitalised words (with the small words of a
        name inside: "de", "bin"), none a body's, a title's or a place's word."""
        words = name.split()
        if not all(w[:1].isupper() or 0 < k < len(words) - 1 and w.casefold() in NAME_PARTICLES for k, w in enumerate(words)):
            return False
        return not (any(w.casefold().strip(".") in self.gaz.org_words or w.casefold() in TITLE_HEADS or w.casefold() in DEPT_WORDS
                        or self.gaz.known_by_label.get(gz.normal(w)) or w in self.gaz.demonyms for w in words)
                    or GOV_WORDS.search(name) or self.gaz.company_tail_re.search(" " + name))

    def _bulleted_name_run_into(self, s: int, e: int) -> Mention | None:
        """A bulleted entry's name that the NER ran a body on the line before into ("... member of the Constitutional
        Chamber" + "\n- Carmen" + "Auxiliadora Zuleta de Merchán, member of ..."): the entry's words up to its comma,
        when they read as a name, are one person's, though the NER split them across two mentions."""
        m = _BULLETED_NAME_RE.search(self.text, s, min(len(self.text), e + 120))
        if m is None or m.start(1) >= e or "\n" in self.text[s:m.start()]:
            return None  # (the entry on the very next line, where the NER's mention ends)
        name = m.group(1)
        if len(name.split()) < 2 or not self._entry_name_words(name):
            return None
        return Mention(m.start(1), m.end(1), name, "Person", 1, extra={"label": "PERSON"})

    def _un_entry_names(self) -> list[Mention]:
        """The names of a UN committee's list entries ("Name: 1: ERMIAS 2: GHERMAY"): the parts, read in order without
        their numbers, are one person's (or, under an "e" reference, one entity's) name."""
        out = []
        for m in _UN_ENTRY_NAME_RE.finditer(self.text):
            parts = [p.strip() for p in _UN_NAME_PART_RE.split(m.group("parts")) if p.strip() and p.strip().casefold() != "na"]
            if not parts:
                continue
            typ = "Organization" if m.group("kind") == "e" else "Person"
            out.append(Mention(m.start("parts"), m.end("parts"), m.group("parts"), typ, 3, " ".join(parts),
                               extra={"label": "PERSON" if typ == "Person" else "ORG", "entry": True, "un_entry": True,
                                      "natural": " ".join(parts)}))
        for m in _UN_ENTRY_PLAIN_RE.finditer(self.text):
            if m.group("parts").split()[0] == "Name":
                continue  # ("QDi.001 Name: ...": the numbered parts above)
            typ = "Organization" if m.group("kind") == "e" else "Person"
            out.append(Mention(m.start("parts"), m.end("parts"), m.group("parts"), typ, 3, m.group("parts"),
                               extra={"label": "PERSON" if typ == "Person" else "ORG", "entry": True, "un_entry": True}))
        return out

    def _written_in_lower_case(self, word: str) -> bool:
        """Whether the text also writes a word in lower case: then a capitals run of it is no surname ("SANCTIONS")."""
        return len(word) >= 3 and word.casefold() not in NAME_PARTICLES \
            and next(_occurrences(self.text, word.lower(), "_'-", "_'-"), None) is not None

    def _surname_first_names(self) -> list[Mention]:
        """A person a list entry names surname first ("1. REVEROL TORRES, Néstor Luis", "KOVAL, Ana (a.k.a. ...)"): the
        NER reads the capitals and the given names as two names, and every claim of the entry then goes to half a
        person. The mention keeps the line's span (the evidence stays the text) and carries the name in natural order,
        so later "Reverol Torres" or "Reverol" joins it. Only a line that is a list entry counts (numbered or bulleted,
        fields below or after it, or one of a run of such lines): a dateline ("MOSCOW, March 3") or a heading in
        capitals is no name, and neither is a word the text also writes in lower case."""
        out = []
        text = self.text
        gaz = self.gaz

        def is_name(sur: list[str], given: list[str]) -> bool:
            if not all(w.isupper() and sum(c.isalpha() for c in w) >= 2 or w.casefold() in NAME_PARTICLES for w in sur) \
                    or all(w.casefold() in NAME_PARTICLES for w in sur):
                return False
            if not all(w[:1].isupper() or w.casefold() in NAME_PARTICLES or _particle_led(w) for w in given) \
                    or not any(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in given) \
                    or any(w.isupper() and len(w) > 2 for w in given):
                return False  # "WASHINGTON, D.C.", "SANCTIONS, FIRST PART": given names are written in lower case after a capital
            words = sur + given
            if any(w.casefold().strip(".") in MONTHS or w.casefold() in WEEKDAYS or w.casefold().strip(".") in gaz.org_words
                   or w.casefold() in TITLE_HEADS or w.casefold() in DEPT_WORDS or w in gaz.demonyms
                   or gaz.known_by_label.get(gz.normal(w)) for w in words if w.casefold() not in NAME_PARTICLES) \
                    or GOV_WORDS.search(" ".join(words)) or gaz.company_tail_re.search(" " + " ".join(words)) \
                    or gaz.known_by_label.get(gz.normal(" ".join(sur))) or ORGISH_NAME_RE.search(sur[-1].title()):
                return False  # ("HUMAN RIGHTS WATCH, Report": a body's name in capitals)
            # "SANCTIONS IMPLICATIONS, Overview": a surname is not a word the text writes in lower case
            return not any(self._written_in_lower_case(w) for w in sur)

        def mention(s: int, e: int, sur: list[str], given: list[str]) -> Mention:
            natural = " ".join(given + [_natural_case(w) for w in sur])
            return Mention(s, e, text[s:e], "Person", 3, extra={"label": "PERSON", "entry": True, "natural": natural})

        for m in _SURNAME_FIRST_RE.finditer(text):
            sur, given, rest = m.group("sur").split(), m.group("given").split(), m.group("rest")
            # (a numbered entry may set its title off by a dash: "1. BUNYONI, Alain Guillaume - Minister of ...")
            dashed = bool(m.group("mark")) and re.match(r"[ \t]+[\u2014\u2013-][ \t]", rest)
            if rest.strip() and not re.match(r"[ \t]*[(;,]", rest) and not dashed or re.match(r"[ \t]*,?[ \t]*\d", rest) \
                    or not dashed and re.search(r"\s[\u2014\u2013-]\s", rest.split("(")[0]):
                continue  # "NEW YORK, Jan 5 (Reuters) -": a date or a dash follows a dateline, a name ends its line or opens fields
            if not is_name(sur, given):
                continue
            nxt = text[m.end() + 1:m.end() + 200].lstrip("\n")
            prev = text[:m.start()].rstrip("\n")
            prev = prev[prev.rfind("\n") + 1:]
            listed = bool(m.group("mark")) or bool(rest.strip()) or bool(_FIELD_LINE_RE.match(nxt)) \
                or bool(_SURNAME_FIRST_RE.match(nxt.split("\n")[0])) or bool(_SURNAME_FIRST_RE.match(prev))
            if not listed:
                continue
            entry = mention(m.start("sur"), m.end("given"), sur, given)
            out.append(entry)
            # "(a.k.a. KOVAL, Anna)": the alias is written the same way, and names the same person
            for aka in _AKA_SURNAME_FIRST_RE.finditer(rest):
                asur, agiven = aka.group("sur").split(), aka.group("given").split()
                if is_name(asur, agiven):
                    alias = mention(m.start("rest") + aka.start("sur"), m.start("rest") + aka.end("given"), asur, agiven)
                    alias.extra["natural"] = entry.extra["natural"]
                    alias.extra.pop("entry")
                    out.append(alias)
        return out

    def _outlet_names(self) -> list[Mention]:
        """An outlet the text names before its common noun ("the independent Iwacu newspaper"), and each later use of
        the name ("Iwacu's director", "Iwacu reporter X"): the small model rarely knows a small country's press. Not a
        place or a people ("the Moscow newspaper", "the Russian daily")."""
        out = []
        text = self.text
        for m in OUTLET_NAME_BEFORE_NOUN_RE.finditer(text):
            name = m.group(1).strip()
            if name in self.gaz.demonyms or self.gaz.known_by_label.get(gz.normal(name)) or town_population(name) \
                    or is_province(name) or name.casefold() in TITLE_HEADS or name.casefold() in STOP_WORDS \
                    or not re.fullmatch(r"[A-Z][\w'\u2019.]*(?:\s+[A-Z][\w'\u2019.]*)*", name):
                continue  # ("the English-language newspaper": no name)
            last = self._token_ending_at(m.start(1) + len(name))
            if last is not None and last.ent_type_ == "NORP":
                continue  # "the Catholic broadcaster", "the Kurdish weekly": the kind of outlet, not its name
            # (as sure as a gazetteer's name: the noun says what it is, however the NER typed the name elsewhere)
            out.extend(Mention(s, e, name, "Organization", 3, extra={"label": "ORG", "outlet": True}) for s, e in _occurrences(text, name))
        return out

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
            spelled = False
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
                    spelled = True
                    s = line_off = am.start() - len(line)
                    s = line_off + words[n].start()
                    e = line_off + words[-1].end()
                    name = text[s:e]
                    if " " in name:
                        typ = "GovernmentBody" if GOV_WORDS.search(name) or name.split()[-1].casefold() in self.gaz.org_words else "Organization"
                        out.append(Mention(s, e, name, typ, 3))
                    break
            if not spelled:
                # "Alternativna Televizija d.o.o. Banja Luka (ATV)": a company's name, its legal form and seat before a
                # short form that starts as the name does
                company = re.search(r"(?<!\S)([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}?)" + r"(?:" + self.gaz.company_tail_re.pattern + r")((?:\s+[A-Z][\w-]*){0,3})\s*$", line)
                if company and company.group(1)[:1] == acr[0]:
                    line_off = am.start() - len(line)
                    s, e = line_off + company.start(1), line_off + len(line.rstrip())
                    out.append(Mention(s, e, text[s:e], "Organization", 3))
                    continue
                long = _long_name_before_acronym(line, acr) or _lower_case_name_before_acronym(line, acr)
                if long is not None:
                    line_off = am.start() - len(line)
                    s, e = line_off + long[0], line_off + long[1]
                    name = text[s:e]
                    typ = "GovernmentBody" if GOV_WORDS.search(name) or name.split()[-1].casefold() in self.gaz.org_words else "Organization"
                    out.append(Mention(s, e, name, typ, 3))
        return out

    def _titled_names(self, off: int, sdoc) -> list[Mention]:
        """Names right after a capitalised title that the NER missed ("Minister of Intelligence Esmail Khatib")."""
        out = []
        lowers = self.doc_lowers[id(sdoc)]
        sdoc = self.doc_tokens[id(sdoc)]
        n = len(sdoc)
        for i, low in enumerate(lowers):
            if low not in TITLE_HEADS:
                continue
            tok = sdoc[i]
            if not tok.text[:1].isupper():
                continue
            j = tok.i + 1
            while j < n and (sdoc[j].lower_ in TITLE_HEADS or sdoc[j].lower_ in TITLE_FILLERS or sdoc[j].lower_ in DEPT_WORDS
                             or sdoc[j].lower_ in TITLE_TOPIC_WORDS and j > tok.i + 1) and sdoc[j].text[:1].isupper() \
                    or (j < n and sdoc[j].lower_ in ("of", "the")) or (j < n and sdoc[j].lower_ in ("for", "on") and sdoc[j - 1].text[:1].isupper()) \
                    or (j + 1 < n and sdoc[j].lower_ in ("and", "&") and j > tok.i + 2 and sdoc[j - 1].text[:1].isupper()
                        and sdoc[j + 1].text[:1].isupper() and (sdoc[j + 1].lower_ in TITLE_TOPIC_WORDS or sdoc[j + 1].lower_ in DEPT_WORDS)):
                j += 1  # (and a remit: "High Commissioner for Human Rights X", "Under Secretary for Terrorism and Financial Intelligence X")
            k = j
            # a given name that is also an English word may be tagged as one ("Brigadier General Than Oo"): capitalised
            # right after a title and before another name word, it is a name word
            while k < n and k - j < 6 and (sdoc[k].pos_ == "PROPN" or k == j and sdoc[k].is_alpha and sdoc[k].text.istitle() and not sdoc[k].is_sent_start
                                           and k + 1 < n and sdoc[k + 1].pos_ == "PROPN" and sdoc[k + 1].text.istitle()) \
                    and sdoc[k].text[:1].isupper() and sdoc[k].lower_ not in DEPT_WORDS and sdoc[k].lower_ not in TITLE_HEADS \
                    and (not sdoc[k].ent_type_ or sdoc[k].ent_type_ == "ORG" and sdoc[k].ent_iob_ == "I" and sdoc[j - 1].ent_type_ == "ORG"
                         and sdoc[k].lower_ not in self.gaz.org_words and not GOV_WORDS.search(sdoc[k].text)):
                k += 1  # (an ORG the NER ran on from the title into the name: "EU Special Representative for X Y Z")
                if self._name_hyphen(sdoc, k):
                    k += 1  # "Jean-Emmanuel", "Sanwo-Olu": one name word
            if k - j >= 2 and (k >= n or sdoc[k].pos_ != "PROPN") and not self._business_words(sdoc[j:k]):
                s, e = off + sdoc[j].idx, off + sdoc[k - 1].idx + len(sdoc[k - 1].text)
                if s < self.text.find("\n") and self._headline_above_text():
                    e = s + len(self._headline_name(self.text[s:e]))  # "... Security Minister Over Violence Against Dissenters"
                    if e - s < 2 or " " not in self.text[s:e]:
                        continue
                out.append(Mention(s, e, self.text[s:e], "Person", 1, extra={"label": "PERSON"}))
        return out

    @staticmethod
    def _inside_possessive_name(sdoc, tok) -> bool:
        """Whether a capitalised group noun opens a possessive inside a body's name ("the Bangkok-based People's
        Empowerment Foundation", "the Workers' Party"): the name is the body's, no group of people."""
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        after = sdoc[tok.i + 2] if tok.i + 2 < len(sdoc) else None
        return tok.text[:1].isupper() and nxt is not None and nxt.text in ("'s", "\u2019s", "'", "\u2019") \
            and after is not None and after.text[:1].isupper()

    def _business_words(self, words) -> bool:
        """Whether words after a title word (tokens or strings) are the end of a firm's name ("Capital Tap General
        Trading LLC", "Horizon Advanced Solutions General Trading LLC"): "General" there is no rank, "Trading LLC" no person."""
        words = [getattr(w, "text", w) for w in words]
        return any(w in BUSINESS_NAME_WORDS for w in words) or bool(self.gaz.company_tail_re.search(" " + " ".join(words)))

    @staticmethod
    def _name_hyphen(sdoc, k: int) -> bool:
        """A hyphen at ``k`` joining two capitalised parts of one name word, with no space around it ("Sanwo-Olu")."""
        return 0 < k < len(sdoc) - 1 and sdoc[k].text in ("-", "\u2010") and not sdoc[k - 1].whitespace_ and not sdoc[k].whitespace_ \
            and sdoc[k + 1].text[:1].isupper() and sdoc[k + 1].is_alpha and sdoc[k - 1].is_alpha

    def _apposed_names(self, off: int, sdoc) -> list[Mention]:
        """Two to four capitalised words the NER left out, set off by a comma before a title
        ("... blacklisted Than Hlaing, the head of the police"): news introduces people this way."""
        out = []
        lowers = self.doc_lowers[id(sdoc)]
        sdoc = self.doc_tokens[id(sdoc)]
        n = len(sdoc)
        for i, low in enumerate(lowers):
            if low != "," or i + 2 >= n:
                continue
            tok = sdoc[i]
            j = tok.i + 1
            possessor = j + 1 < n and sdoc[j].text[:1].isupper() and sdoc[j].pos_ == "PROPN" and sdoc[j + 1].text in ("'s", "\u2019s")
            if possessor:
                j += 2  # "Igor Dodon, Moldova's former president": a state or body as the possessor opens the title
            while j < n and j - tok.i <= 2 + 2 * possessor and sdoc[j].lower_ in TITLE_PRE_SKIP:
                j += 1
            one_of = j == tok.i + 1 and j + 1 < n and sdoc[j].lower_ == "one" and sdoc[j + 1].lower_ == "of"
            if j == tok.i + 1 and not one_of:
                continue  # "X, the head of": only with an article, "then"/"former" or a possessor before the title
            if one_of:  # "X Y, one of the country's top generals": one of a set of people who hold a title
                stop = next((t.i for t in sdoc[j:min(n, j + 12)] if t.text in (",", ";", ".", "(")), min(n, j + 12))
                heads = [t for t in sdoc[j + 2:stop] if t.lower_ in PLURAL_TITLE_HEADS and t.tag_ == "NNS"]
            else:
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

    def _opening_speakers(self, off: int, sdoc) -> list[Mention]:
        """Two to five capitalised proper nouns opening a sentence and then a verb of speech or report ("Human Rights
        Watch said ...", "Halima Yusuf told ..."): the small model often misses a name in first position. A name with
        an organisation's word is a body, else a person."""
        out = []
        tokens = self.doc_tokens[id(sdoc)]
        for sent in sdoc.sents:
            toks = [t for t in tokens[sent.start:sent.end] if not t.is_space]
            k = 0
            while k < len(toks) and k < 6 and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper() and toks[k].is_alpha \
                    and not toks[k].ent_type_ and toks[k].lower_ not in TITLE_HEADS:
                k += 1
            if not 2 <= k <= 5 or k >= len(toks) or toks[k].lemma_.lower() not in SPEECH_VERBS | {"find", "document", "deny", "accuse"}:
                continue
            s, e = off + toks[0].idx, off + toks[k - 1].idx + len(toks[k - 1].text)
            name = self.text[s:e]
            if self.gaz.known_by_label.get(gz.normal(name)) or any(w in self.gaz.demonyms for w in name.split()):
                continue
            if ORGISH_NAME_RE.search(name) or GOV_WORDS.search(name) or any(w.lower() in self.gaz.org_words for w in name.split()):
                typ = "GovernmentBody" if GOV_WORDS.search(name) else "Organization"
                out.append(Mention(s, e, name, typ, 1, extra={"label": "ORG"}))
            elif k <= 3 and not any(w.lower() in DEPT_WORDS | GROUP_HEADS for w in name.split()):
                out.append(Mention(s, e, name, "Person", 1, extra={"label": "PERSON"}))
        return out

    def _coordinated_names(self, off: int, sdoc) -> list[Mention]:
        """Two to four capitalised proper nouns the NER left out, coordinated with a name it did take ("A B and
        C D E", "C D E and A B"): a name that occurs once is often missed beside one the model knows."""
        out = []
        lowers = self.doc_lowers[id(sdoc)]
        sdoc = self.doc_tokens[id(sdoc)]
        n = len(sdoc)

        def name_word(t) -> bool:
            # (a short foreign name word may be tagged as an interjection: "Wa")
            return t.pos_ in ("PROPN", "INTJ", "X") and t.text[:1].isupper() and t.is_alpha and not t.is_stop and not t.ent_type_ \
                and t.lower_ not in TITLE_HEADS \
                and t.lower_ not in DEPT_WORDS and t.lower_ not in self.gaz.org_words and t.text not in self.gaz.demonyms

        for i, low in enumerate(lowers):
            if low != "and" or i == 0 or i + 1 >= n:
                continue
            tok = sdoc[i]
            for step, near in ((-1, tok.i + 1), (1, tok.i - 1)):
                # the run on one side of "and", a person the NER knows on the other
                if sdoc[near].ent_type_ != "PERSON":
                    continue
                k = tok.i + step
                run = []
                while 0 <= k < n and len(run) <= 4 and name_word(sdoc[k]):
                    run.append(k)
                    k += step
                if not 2 <= len(run) <= 4 or 0 <= k < n and (sdoc[k].pos_ == "PROPN" or sdoc[k].ent_type_):
                    continue
                a, b = min(run), max(run)
                s, e = off + sdoc[a].idx, off + sdoc[b].idx + len(sdoc[b].text)
                if gz.normal(self.text[s:e]) in self.gaz.known_by_label:
                    continue
                out.append(Mention(s, e, self.text[s:e], "Person", 1, extra={"label": "PERSON"}))
        return out

    def _leading_names(self, off: int, sdoc) -> list[Mention]:
        """A sentence that opens with two to five capitalised proper nouns and then a title ("Francisco Javier
        Díaz Madriz is the Commissioner of ...", "Fednel Monchery, then Director General of ..."): a person's name."""
        out = []
        starts = {sent.start: sent.end for sent in sdoc.sents}
        tokens = self.doc_tokens[id(sdoc)]
        for i in line_break_tokens(sdoc):  # every line starts afresh: list items often share one parser sentence
            if i + 1 < len(sdoc):
                starts.setdefault(i + 1, sdoc[i].sent.end)
        for a, b in sorted(starts.items()):
            toks = []
            for t in tokens[a:a + 16]:  # list markers, a name of up to five words, a comma or "is", a title
                if toks and ("\n" in t.text or "\n" in toks[-1].whitespace_):
                    break
                if not t.is_space:
                    toks.append(t)
            marked = False
            while toks and (toks[0].text in BULLET_MARKS or LIST_MARKER_RE.fullmatch(toks[0].text)
                            or off + toks[0].idx in self.letter_marks
                            or toks[0].like_num and len(toks) > 1 and toks[1].text in (".", ")")):
                marked = True
                toks = toks[2:] if toks[0].like_num and len(toks) > 1 and toks[1].text in (".", ")") else toks[1:]  # "- Oscar Callejas Valcarce, Director of ..."
            if not marked:  # (a list item's line is one entry, however the parser cut it)
                toks = [t for t in toks if t.i < b]
            k = 0
            # a given name may be a department word ("Energy Mutodi, the deputy minister"), so only the last word is checked for one
            while k < len(toks) and k < 6 and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper() and toks[k].lower_ not in TITLE_HEADS \
                    and (toks[k].lower_ not in DEPT_WORDS or k == 0 and k + 1 < len(toks) and toks[k + 1].pos_ == "PROPN"
                         and toks[k + 1].lower_ not in DEPT_WORDS | TITLE_HEADS) \
                    and toks[k].ent_type_ in ("", "PERSON", "ORG"):
                k += 1
            if not 2 <= k <= 5 or k >= len(toks) or all(t.ent_type_ == "PERSON" for t in toks[:k]):
                continue
            nxt, rest = toks[k], k + 1
            close = next((j for j in range(k + 1, min(k + 6, len(toks))) if toks[j].text == ")"), None) \
                if marked and nxt.text == "(" else None
            if close is not None and close + 1 < len(toks):
                nxt, rest = toks[close + 1], close + 2  # "A. Gabriel Jok Riak (Makol). Commander of ...": a nickname in brackets
            window = [t.lower_ for t in toks[rest:rest + 5]]
            # (a list item may end its name with a full stop: "C. Marial Chanuong Yol Mangok. Commander of the ...")
            if (nxt.text == "," or nxt.lemma_ == "be" or marked and nxt.text == ".") and any(w in TITLE_HEADS for w in window):
                s, e = off + toks[0].idx, off + toks[k - 1].idx + len(toks[k - 1].text)
                if GOV_WORDS.search(self.text[s:e]) or ORGISH_NAME_RE.search(self.text[s:e]):
                    continue
                out.append(Mention(s, e, self.text[s:e], "Person", 2, extra={"label": "PERSON"}))
        return out

    def _foreign_org_names(self, off: int, sdoc) -> list[Mention]:
        """Capitalised names the NER did not take for an organisation but whose words say they are one
        ("Policía Nacional Revolucionaria", "Brigada Especial Nacional", "Servicio Bolivariano de Inteligencia Nacional")."""
        out = []
        words = self.gaz.org_words
        sdoc = self.doc_tokens[id(sdoc)]
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
                elif caps and (tj.text == "." and caps[-1].text == "No" and j == caps[-1].i + 1
                               or tj.like_num and sdoc[j - 1].text in (".", "No") and j + 1 < n and sdoc[j + 1].text[:1].isupper()
                               or tj.text in ("'s", "\u2019s") and j == caps[-1].i + 1 and j + 1 < n and sdoc[j + 1].text[:1].isupper()):
                    pass  # "Tianjin No. 2 Intermediate People's Court": a number and a possessive inside one name
                else:
                    break
                if "\n" in tj.whitespace_:
                    j += 1
                    break
                j += 1
            first = sdoc[i]
            while first.lower_ in ("the", "a", "an") or first.lower_ in LEADING_PREPOSITIONS and first.pos_ == "ADP":
                if not caps or caps[0].i != first.i:
                    break
                # "The Zimbabwe Republic Police denied ...", "At Orumiyeh Prison in X province, ...": a capitalised
                # article or preposition opens the sentence, not the name
                caps = caps[1:]
                first = caps[0] if caps else first
            numbered = any(c.text == "No" for c in caps[:-1])
            if len(caps) >= 2 and (any(c.lower_ in words for c in caps) or numbered and GOV_WORDS.fullmatch(caps[-1].text)) \
                    and not any(c.lower_ in TITLE_HEADS for c in caps) and first.lower_ not in ("the", "a", "an"):
                last = caps[-1]
                s, e = off + first.idx, off + last.idx + len(last.text)
                out.append(Mention(s, e, self.text[s:e], "Organization", 1, extra={"label": "ORG"}))
            i = max(j, i + 1)
        return out

    def _untagged_places(self, off: int, sdoc) -> list[Mention]:
        """ "in Nay Pyi Taw they used live ammunition", "villages near Tsegede": capitalised proper nouns right after a
        preposition of place that the NER tagged as nothing at all are a place's name (the small model knows few
        towns); not a body's or a title's word, a month or a day, nor at a sentence's start."""
        out = []
        toks = self.doc_tokens[id(sdoc)]
        lowers = self.doc_lowers[id(sdoc)]
        i = 0
        while i < len(toks) - 1:
            if lowers[i] not in LOCATIVE_PREPOSITIONS or toks[i].is_sent_start:
                i += 1
                continue
            j = i + 1
            while j < len(toks) and j - i <= 4 and toks[j].pos_ == "PROPN" and toks[j].ent_type_ == "" and toks[j].text[:1].isupper() \
                    and toks[j].is_alpha and not toks[j].is_sent_start and lowers[j] not in _NOT_PLACE_WORDS \
                    and lowers[j] not in self.gaz.org_words:
                j += 1
            if j > i + 1 and not (j < len(toks) and (toks[j].text[:1].isupper() or toks[j].text in ("'s", "\u2019s", "-"))):
                s, e = off + toks[i + 1].idx, off + toks[j - 1].idx + len(toks[j - 1].text)
                # (a headline capitalises every word: "Deaths in Custody", which the text says in lower case)
                if not GOV_WORDS.search(self.text[s:e]) and not self._title_case_line(s) and not self._said_in_lower_case(self.text[s:e]):
                    out.append(Mention(s, e, self.text[s:e], "Place", 2, extra={"label": "untagged"}))
            i = j if j > i + 1 else i + 1
        return out

    def _counted_groups(self, off: int, sdoc) -> list[Mention]:
        """A counted group of office holders whose modifiers are coordinated ("six current and former commanders",
        "four other current and former senior RAB officers"), or a count of a body's people ("three of its
        executives"): one group, which the token patterns cut at "and" or head on the number. Also
        men told by their clothes ("men in plain clothes") or a body's uniform ("men in RSF uniforms"), whom the
        token patterns cut at "in"."""
        out = []
        text = self.text[off:off + self.doc_len[id(sdoc)]]
        for m in (*COUNTED_HOLDERS_RE.finditer(text), *PARTITIVE_HOLDERS_RE.finditer(text)):
            count = m.group(1).lower()
            if not (count.isdigit() or count in NUMBER_WORDS):
                continue
            if m.re is PARTITIVE_HOLDERS_RE and re.match(r"\s*[,:(]\s*[A-Z]", text[m.end():m.end() + 4]):
                continue  # (not "two of its leaders, A and B": the names that follow are the ones counted)
            s, e = off + m.start(), off + m.end()
            out.append(Mention(s, e, self.text[s:e], "Group", 2, extra={"head": m.group(2).lower()}))
        for m in CLOTHED_MEN_RE.finditer(text):
            s, e = off + m.start(), off + m.end()
            out.append(Mention(s, e, self.text[s:e], "Group", 2, extra={"head": "men"}))
        for m in UNIFORMED_MEN_RE.finditer(text):
            s, e = off + m.start(), off + m.end()
            out.append(Mention(s, e, self.text[s:e], "Organization", 2, extra={"uniform": m.group("body")}))
        return out

    @staticmethod
    def _coordinated_modifier(first, second, head) -> bool:
        """Whether "first and second" are both common-noun modifiers of the group noun ("defence and security
        forces", "police and security forces"): the parser hangs the first on the head, and the second on the first
        or on the head too."""
        return first is not None and first.text.islower() and second.text.islower() and first.pos_ in ("NOUN", "ADJ") \
            and first.dep_ in ("nmod", "compound", "amod") and first.head.i == head.i \
            and (second.dep_ == "conj" and second.head.i == first.i or second.dep_ in ("nmod", "compound", "amod") and second.head.i == head.i)

    @staticmethod
    def _collective_before(sdoc, left) -> bool:
        """"a group of soldiers": the plural is counted by a collective noun ("a group of", "a unit of")."""
        return left.i >= 2 and sdoc[left.i - 1].lower_ == "of" and sdoc[left.i - 2].lower_ in COLLECTIVE_NOUNS

    def _pattern_mentions(self, off: int, sdoc) -> list[Mention]:
        out = self._titled_names(off, sdoc) + self._leading_names(off, sdoc) + self._apposed_names(off, sdoc) + self._foreign_org_names(off, sdoc) \
            + self._counted_groups(off, sdoc) + self._coordinated_names(off, sdoc) + self._opening_speakers(off, sdoc) \
            + self._untagged_places(off, sdoc)
        gaz = self.gaz
        lowers = self.doc_lowers[id(sdoc)]
        sdoc = self.doc_tokens[id(sdoc)]
        for tok, low in zip(sdoc, lowers):
            if tok.ent_type_ in ("", "ORG") and 2 <= len(tok.text) <= 6 and tok.text.isupper() and tok.is_alpha and tok.lower_ not in TITLE_HEADS \
                    and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ in TITLE_HEADS | TITLE_MODIFIERS \
                    and (sdoc[tok.i + 1].text[:1].isupper() or tok.i + 2 < len(sdoc) and sdoc[tok.i + 2].ent_type_ == "PERSON") \
                    and not (tok.i > 0 and sdoc[tok.i - 1].text[:1].isupper() and sdoc[tok.i - 1].is_alpha and not tok.is_sent_start):
                # "ICC Prosecutor X", "IPOA Chairperson X", "LSK president X": initials before a title are the body the holder serves
                out.append(Mention(off + tok.idx, off + tok.idx + len(tok.text), tok.text, "Organization", 1, extra={"label": "ORG"}))
            # groups: modifiers + a group noun ("Chechen authorities", "local security forces", "Rohingya civilians")
            if low in GROUP_HEADS and tok.pos_ in ("NOUN", "PROPN") and not self._inside_possessive_name(sdoc, tok) \
                    and not (not tok.whitespace_ and tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].text in ("-", "\u2010")):
                # (not "gang" of "gang-rape": a group word opening a hyphenated word names no group)
                left = tok
                i = tok.i
                while i - 1 >= 0:
                    prev = sdoc[i - 1]
                    if prev.lower_ in ("and", "or") and i - 2 >= 0 and sdoc[i - 2].pos_ == "ADJ" and sdoc[i].pos_ == "ADJ" and i < tok.i:
                        i -= 1  # "six current and former commanders": coordinated adjectives are one modifier
                        left = prev
                        continue
                    if i - 2 >= 0 and sdoc[i - 2].lower_ in ("and", "or") and self._coordinated_modifier(sdoc[i - 3] if i >= 3 else None, prev, tok):
                        i -= 3  # "the defence and security forces": coordinated nouns are one modifier
                        left = sdoc[i]
                        continue
                    if prev.dep_ in ("amod", "compound", "nmod", "nummod", "poss") or prev.pos_ in ("ADJ", "PROPN", "NUM") or prev.text in ("-",):
                        if prev.pos_ in ("DET", "PRON") or prev.text in (",", "(", "'s", "\u2019s") or "\n" in prev.text:
                            break
                        if prev.text == "-" and prev.whitespace_ or prev.lower_ in RANK_WORDS and low in BARE_ACTOR_HEADS and tok.tag_ != "NNS":
                            break  # "Nov 29 - Iraqi security forces": a dateline's dash; "a senior army commander": the rank is no part of the body
                        if prev.text[:1].isupper() and prev.lower_ in TITLE_HEADS | TITLE_MODIFIERS:
                            break  # "Deputy Police Commissioner X": the title's first word is no part of the body
                        if prev.lower_ in TITLE_PRE_SKIP and (tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ in TITLE_HEADS
                                                              or tok.dep_ == "compound" and tok.head.i > tok.i):
                            break  # "former junta leader X", "a former army intelligence officer": "former" is said of the
                            # title (the noun the body's word modifies), not of the body
                        if left.lower_ in ROUND_NUMBER_WORDS and prev.lower_ in ROUGH_COUNT_WORDS:
                            left = prev  # "several hundred men", "a few thousand protesters": the rough count is the group's
                            if prev.lower_ == "few" and prev.i > 0 and sdoc[prev.i - 1].lower_ == "a":
                                left = sdoc[prev.i - 1]
                            break
                        if prev.tag_ in ("VBN", "VBD") and prev.i > 0 and sdoc[prev.i - 1].lemma_ == "have":
                            break  # "for having commanded forces that ...": a verb, not a kind of forces
                        if prev.ent_type_ == "DATE" or left.pos_ == "NUM" and left.i < tok.i and prev.pos_ in ("ADJ", "ADV") and not prev.like_num:
                            break  # "In March 2017 Ostland police": a date is no modifier; "shot dead two protesters": a count opens the group
                        i -= 1
                        left = prev
                    else:
                        break
                if low in ("regime", "regimes") and any(w.lower_ in LEGAL_REGIME_MODIFIERS for w in sdoc[left.i:tok.i]):
                    continue  # "the sanctions regime on Yemen": a body of rules, no one who acts
                if left.like_num and left.i < tok.i:
                    # "more than 150 officials": the bound is part of the count the text gives
                    for n in (2, 1):
                        if left.i - n >= 0 and " ".join(w.lower_ for w in sdoc[left.i - n:left.i]) in COUNT_BOUNDS:
                            left = sdoc[left.i - n]
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
                nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
                if nxt is not None and left.i < tok.i and left.text[:1].isupper() and nxt.text.islower() and nxt.lower_ in gaz.org_apposition_heads \
                        and tok.dep_ == "compound" and tok.head.i == nxt.i:
                    end_tok = nxt  # "the G9 gang alliance": the group word names a kind of the body the next noun heads
                if tok.i + 2 < len(sdoc) and tok.text.islower() and sdoc[tok.i + 1].lower_ in ("in", "of") and sdoc[tok.i + 2].ent_type_ in ("GPE", "LOC", "NORP") \
                        and not (left.i < tok.i and sdoc[tok.i + 1].lower_ == "in" and left.pos_ == "PROPN") \
                        and not (low in HIDDEN_DOER_HEADS and sdoc[tok.i + 1].lower_ == "in"):
                    # ("Wagner fighters in Syria": named already; "seized by armed men in the capital": where they struck, no
                    # part of men the text cannot name)
                    j = tok.i + 2
                    while j + 1 < len(sdoc) and sdoc[j + 1].ent_iob_ == "I":
                        j += 1
                    after = sdoc[j + 1] if j + 1 < len(sdoc) else None
                    if after is not None and sdoc[j].ent_type_ == "NORP" and (after.lower_ in TITLE_HEADS or after.pos_ == "PROPN"):
                        pass  # "the government of Nicaraguan President Daniel Ortega": the demonym is the title's, the body his
                    elif not (after is not None and after.text in ("'s", "\u2019s")):  # "members of Zimbabwe's security forces"
                        end_tok = sdoc[j]
                # "fourteen further members of the team": a numbered group keeps what it is part of
                elif low in ("members", "officers", "officials") and left.pos_ == "NUM" and tok.i + 3 < len(sdoc) and sdoc[tok.i + 1].lower_ == "of" \
                        and sdoc[tok.i + 2].lower_ == "the" and sdoc[tok.i + 3].pos_ == "NOUN":
                    end_tok = sdoc[tok.i + 3]
                    while end_tok.dep_ in ("compound", "amod") and end_tok.i < end_tok.head.i <= end_tok.i + 2:
                        end_tok = end_tok.head  # "three members of the security forces": the noun the modifiers lead to
                # "six Hungarian officials and businesspeople", "a group of soldiers and gendarmes": a count, or a
                # collective noun, is of both plurals: one group
                elif (left.pos_ == "NUM" or self._collective_before(sdoc, left)) and tok.tag_ == "NNS" and tok.i + 2 < len(sdoc) and sdoc[tok.i + 1].lower_ == "and" \
                        and (sdoc[tok.i + 2].tag_ == "NNS" or re.search(r"(?:people|men|children)$", sdoc[tok.i + 2].lower_)) \
                        and sdoc[tok.i + 2].text.islower() and sdoc[tok.i + 2].head.i in (tok.i, tok.head.head.i) \
                        and not (tok.i + 3 < len(sdoc) and sdoc[tok.i + 3].lower_ == "of"):
                    end_tok = sdoc[tok.i + 2]
                s = off + left.idx
                e = off + end_tok.idx + len(end_tok.text)
                out.append(Mention(s, e, self.text[s:e], "Group", 2, extra={"head": low}))
            elif tok.tag_ in ("NNS", "NNPS") and tok.text[-1:] == "s" and tok.text[:-1] in gaz.demonyms and tok.i > 0 \
                    and sdoc[tok.i - 1].like_num and sdoc[tok.i - 1].head.i == tok.i:
                # "designated four Iraqis", "sanctions on 11 Americans": a counted demonym is a group of that state's nationals
                s, e = off + sdoc[tok.i - 1].idx, off + tok.idx + len(tok.text)
                out.append(Mention(s, e, self.text[s:e], "Group", 2, extra={"head": "nationals"}))
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
                elif j == tok.i + 2 and sdoc[tok.i + 1].ent_type_ == "NORP" and sdoc[tok.i + 1].text in gaz.demonyms and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")) \
                        and not (nxt is not None and nxt.text == "-" or head is not None and head.text == "-"):  # ("the Russian-led alliance", "the French-speaking majority": a compound, no person)
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
        self._retype_places()
        self._retype_unknown_places()
        self._retype_persons()
        self._retype_after_kind_nouns()
        # full person names first, so surnames can join them
        self._extend_person_mentions()
        self._family_names_as_modifiers()
        self._one_type_per_name()
        for m in self.mentions:
            # "RIAD TOUFIC SALAMEH" of a list is the "Riad Salameh" of the text: a name in capitals is compared in its
            # natural case, so it joins the person the text names otherwise
            natural = m.extra.get("natural") or m.text
            if m.type == "Person" and len(natural.split()) >= 2 and natural.isupper():
                m.extra = dict(m.extra, natural=_natural_case(natural))
        person_names = []
        for m in self.mentions:
            if m.type == "Person":
                name = bare_name(m.extra.get("natural") or m.text)
                if len(name.split()) >= 2 and name.split()[0].casefold() not in NAME_PARTICLES:  # ("dos Santos", "Dela Rosa" opening a sentence: a surname, a short form)
                    person_names.append(name)
        # NER mislabels repeated surnames as ORG/GPE: a single token equal to a known surname is a person.
        # A short form joins a long name only when it is the first or last word of exactly one long name
        # in the document ("Oo" is neither "Than Oo" nor "Kyaw Soe Oo"; "Wang" neither Wang Junzheng nor Wang Mingshan).
        short_forms: dict[str, set] = defaultdict(set)
        for full in person_names:
            parts = full.split()
            short_forms[parts[-1]].add(full)
            # Arabic surnames drop their article on second mention ("Saud al-Qahtani" -> "Qahtani"), and so does the family
            # name a longer name holds inside it ("Abdelfattah al-Burhan Abdelrahman" -> "Burhan")
            for k, part in enumerate(parts[1:], 1):
                bare_part = _without_article(part)
                if bare_part:
                    short_forms[bare_part].add(full)
                    if k < len(parts) - 1:
                        short_forms[part].add(full)
            # East Asian names put the family name first ("Chen Quanguo" -> "Chen")
            short_forms[parts[0]].add(full)
            # Spanish names carry two surnames, and the first is the one used alone ("Hugo Adalberto Velázquez Moreno" -> "Velázquez")
            for inner in parts[1:-1] if len(parts) >= 3 else ():
                if len(inner) >= 3 and inner.isalpha() and inner[:1].isupper():
                    short_forms[inner].add(full)
            # a surname opened by a particle is used whole ("Julio Miguel De Vido" -> "De Vido"), and the NER often takes
            # it for a body
            for k in range(1, len(parts) - 1):
                nxt = next((w for w in parts[k:] if w.casefold() not in NAME_PARTICLES), "")  # ("van der Berg")
                if parts[k].casefold() in NAME_PARTICLES and parts[k - 1].casefold() not in NAME_PARTICLES and nxt[:1].isupper():
                    short_forms[" ".join(parts[k:])].add(full)
        # a surname that opens in lower case ("al-Sultan", "de Vido") is capitalised when it opens a sentence ("Al-Sultan was
        # removed ...")
        for short in [k for k in short_forms if k[:1].islower()]:
            short_forms[short[:1].upper() + short[1:]] |= short_forms[short]
        # a name the text also gives longer ("Raúl Castro", "Raúl Castro Ruz"; "Donald Trump", "Donald J. Trump") is the longer one
        # and so is the end of a long name used after it ("Juan Antonio Valle Valle" ... "Valle Valle"), but not before
        # it: "Yahya Jammeh ... his wife, Zineb Yahya Jammeh" are two people
        seen_at: dict[str, int] = {}
        for m in self.mentions:
            if m.type == "Person":
                seen_at.setdefault(bare_name(m.extra.get("natural") or m.text), m.start)
        # (a surname in the headline that the text then gives a man and the wife who bears it by marriage, "Leila Ben Ali, née
        # Trabelsi", is the man's: "Ben Ali" ... "Zine El Abidine Ben Ali"; without such a wife a headline's "Yahya Jammeh" may
        # be the father of "Muhammed Yahya Jammeh", so a headline's two-word name is the body's longer one only when no
        # kinship word introduces that: "jails separatist leader Ayuk Tabe" ... "sentenced Julius Ayuk Tabe")
        headline_end = self.text.find("\n")
        married = {bare_name(m.extra.get("natural") or m.text) for m in self.mentions
                   if m.type == "Person" and _MAIDEN_NAME_RE.match(self.text, m.end)}
        fullest = {}
        split_names = {n: n.split() for n in set(person_names)}
        for full, parts in split_names.items():
            longer = [o for o, op in split_names.items() if len(op) > len(parts)
                      and (op[:len(parts)] == parts or op[0] == parts[0] and op[-1] == parts[-1]
                           # ("Juan Orlando Hernández" is not "Juan Antonio 'Tony' Hernández": a middle name in full that
                           # the longer name lacks tells two people apart)
                           and all(w in op for w in parts[1:-1] if len(w.strip(".")) > 1)
                           or op[-len(parts):] == parts and not self._tail_names_another(o, full)
                           and (seen_at.get(o, 1 << 30) < seen_at.get(full, -1)
                                                             or 0 <= seen_at.get(full, 1 << 30) < headline_end and o not in married
                                                             and (any(x in married and split_names[x][-len(parts):] == parts for x in split_names)
                                                                  or len(parts) >= 2 and not _KIN_BEFORE_RE.search(self.text, max(0, seen_at.get(o, 0) - 30), max(0, seen_at.get(o, 0))))))
                      or _spells_out_initials(op, parts)]
            if not longer and len(parts) == 2:
                # "Ali Karti" of "Ali Ahmed Karti Mohamed (Karti)": a first name and the family name a longer name holds
                # inside it and the text gives as its short form in brackets (not "Ricardo Martinelli", the father, of
                # "Ricardo Alberto Martinelli Linares", his son)
                inside = [o for o, op in split_names.items() if len(op) >= 3 and op[0] == parts[0] and parts[1] in op[1:-1]
                          and f"{o} ({parts[1]})" in self.text]
                in_headline = 0 <= seen_at.get(full, -1) < headline_end
                if not inside:
                    # a headline's "Rafael Correa" is the body's "Rafael Vicente Correa Delgado": Spanish and Portuguese
                    # names carry a middle name and two surnames, and the short form keeps the first of each; so is the
                    # body's "Rafael Correa" after the full name. Among several such bearers (a father, then "his sons,
                    # Ricardo Alberto Martinelli Linares and ...") the short form names the one the body introduces
                    # first, before any kinship word
                    inside = sorted((o for o, op in split_names.items() if len(op) >= 4 and op[0] == parts[0]
                                     and parts[1] in op[2:-1] and o not in married
                                     and (seen_at.get(o, -1) > headline_end if in_headline else seen_at.get(o, 1 << 30) < seen_at.get(full, -1))),
                                    key=lambda o: seen_at[o])[:1]
                    inside = [o for o in inside if not _KIN_BEFORE_RE.search(self.text, max(0, seen_at[o] - 30), seen_at[o])]
                longer = inside if len(inside) == 1 else []
            fullest[full] = max(longer, key=lambda o: (len(split_names[o]), len(o)), default=full)

        def first_last(parts: list[str]) -> tuple:
            # "Moussa Dadis Camara" and "Moussa Tiegboro Camara" are two people: a middle name in full tells them apart
            # ("Donald J. Trump" and "Donald Trump" are one: an initial does not)
            middle = tuple(w for w in parts[1:-1] if len(w.strip(".")) > 1)
            return (parts[0], parts[-1]) + ((middle,) if len(parts) >= 3 and middle and fullest.get(" ".join(parts), "") == " ".join(parts) else ())

        canon_full = {}
        for full in sorted(person_names, key=lambda f: -len(f.split())):
            parts = full.split()
            canon_full.setdefault(first_last(parts), fullest[full])
            canon_full.setdefault((parts[0], parts[-1]), fullest[full])
        surname_of: dict[str, str] = {}
        first_at: dict[str, int] = {}
        for m in self.mentions:
            if m.type == "Person":
                first_at.setdefault(bare_name(m.extra.get("natural") or m.text), m.start)
        for short, fulls in short_forms.items():
            distinct = {canon_full.get(first_last(f.split()), canon_full[(f.split()[0], f.split()[-1])]) for f in fulls}
            if len(distinct) == 1 and short not in person_names:
                surname_of[short] = next(iter(distinct))
            elif len(distinct) > 1 and short not in person_names and len(distinct - married) == 1:
                surname_of[short] = next(iter(distinct - married))  # (not the wife who bears it by marriage: "X, née Y")
            elif len(distinct) > 1 and short not in person_names:
                # a family named together ("Yahya Jammeh ... his wife, Zineb Yahya Jammeh"): the bare surname used
                # before any second bearer is named is the first bearer's
                order = sorted(distinct, key=lambda f: first_at.get(f, 1 << 30))
                bare = next(_occurrences(self.text[first_at.get(order[0], 0) + len(order[0]):], short, "_-", "_-"), None)
                if bare and first_at.get(order[0], 0) + len(order[0]) + bare[0] < first_at.get(order[1], 1 << 30) \
                        and all(short in f.split()[1:] or " " in short and f.endswith(" " + short) for f in order):  # (also a surname before a second one: "Idriss Deby Itno")
                    surname_of[short] = order[0]
            # female forms of Slavic surnames stay separate ("Kadyrova" is not "Kadyrov")
        titled_bearer = self._titled_bearers(short_forms, canon_full, first_last, surname_of, person_names)
        acronyms: dict[str, str] = {}
        native_names: dict[tuple[int, int], tuple[str, str]] = {}
        short_names: dict[str, tuple[str, str]] = {}
        person_spans = {(m.start, m.end) for m in self.mentions if m.type == "Person"}
        # acronyms in parentheses: "Office of Foreign Assets Control (OFAC)"
        for i, m in enumerate(self.mentions):
            if m.type in ("Organization", "GovernmentBody", "Group") or m.source == 3:
                tail = self.text[m.end:m.end + 14]
                am = re.match(r"\s*\(([A-Z][A-Za-z\-]{1,9})\)", tail)
                initials = {w[0].upper() for w in re.findall(r"[^\W\d_]+", m.canonical or m.text)}
                if am and m.type != "Country" and (len(set(am.group(1).upper()) - initials) > 1 or am.group(1)[0].upper() not in initials) \
                        and not _clips_words(re.findall(r"[^\W\d_]+", m.canonical or m.text), am.group(1)):
                    am = None  # "commissioner for Kinshasa (PNC)": the bracket abbreviates the body, not the word before it (a
                    # country's own acronym may spell its long name: "North Korea (DPRK)")
                if am is None:
                    # "the Special Prosecutor's Office Against Impunity, known by its Spanish initials FECI": the text says
                    # the letters are the body's, whatever language they spell; "the National Intelligence Service (Service
                    # national de renseignement, SNR)": the name in the body's own language, then its initials
                    am = _KNOWN_BY_INITIALS_RE.match(self.text, m.end)
                    native = _NATIVE_NAME_INITIALS_RE.match(self.text, m.end) if am is None else None
                    if native is not None and {w[0].upper() for w in re.findall(r"[^\W\d_]+", native.group(1))} >= set(native.group(2)):
                        am = native  # (and the native name names the same body: "Commission Electorale Nationale ...")
                        native_names[native.start(1), native.end(1)] = (m.type, m.canonical or strip_det(m.text))
                    other = _OTHER_NAME_RE.match(self.text, m.end) if am is None and m.type in ("Organization", "GovernmentBody") else None
                    if other is not None and not gz.SECTION_ACT_RE.search(other.group("name")) and not _LAW_WORD_RE.search(other.group("name")) \
                            and not (other.span("name") in person_spans and re.fullmatch(r"(?:[A-Z][a-z][\w'-]*\s*){2,3}", other.group("name"))):
                        # ("the ministry (Omar Belkacem)": a person named beside it; "Komnas HAM" is no man's name)
                        native_names[other.span("name")] = (m.type, m.canonical or strip_det(m.text))
                one = _ONE_WORD_NAME_RE.match(self.text, m.end) if m.type in ("Organization", "GovernmentBody") and " " in strip_det(m.text) \
                    and (am is None or am.re is not _KNOWN_BY_INITIALS_RE and am.re is not _NATIVE_NAME_INITIALS_RE) else None
                if one is not None and not self.gaz.known_by_label.get(gz.normal(one["name"])) and one["name"] not in surname_of \
                        and one["name"] not in self.gaz.demonyms:
                    # "Sociedade Nacional de Combustíveis de Angola (Sonangol)", "the Special Deterrence Force (Rada)": one
                    # word in brackets after a body's long name is the short name it goes by (a clipped one or another
                    # language's), wherever the NER reads it as a person or a place
                    short_names[one["name"]] = (m.type, m.canonical or strip_det(m.text))
                if am:
                    acronyms[am.group(am.lastindex)] = m.canonical or strip_det(m.text)
        # an acronym the text never spells out in brackets ("Rapid Action Battalion" ... "RAB"): the initials of exactly one body's name
        initials: dict[str, set] = defaultdict(set)
        for m in self.mentions:
            if m.type in ("Organization", "GovernmentBody"):
                full = m.canonical or strip_det(m.text)
                words = [w for w in re.findall(r"[^\W\d_]+", full) if w.lower() not in ACRONYM_LINKS]
                if len(words) >= 2 and all(w[:1].isupper() for w in words):
                    initials["".join(w[0] for w in words)].add(full)
        for m in self.mentions:
            bare = strip_det(m.text)
            if m.type in ("Organization", "GovernmentBody") and re.fullmatch(r"[A-Z]{2,6}", bare) and bare not in acronyms \
                    and len(initials.get(bare, ())) == 1:
                acronyms[bare] = next(iter(initials[bare]))
        known = {m.canonical or strip_det(m.text) for m in self.mentions if m.type in ("Organization", "GovernmentBody")}
        for m in self.mentions:
            if "uniform" in m.extra:
                # "men in RSF uniforms" are the RSF's, when the text names that body; else only men in a uniform
                body = m.extra["uniform"]
                if body in acronyms or body in short_names and short_names[body][0] in ("Organization", "GovernmentBody"):
                    m.canonical = acronyms[body] if body in acronyms else short_names[body][1]
                elif body in known:
                    m.canonical = body
                else:
                    m.type = "Group"
        extra: list[Mention] = []
        for m in self.mentions:
            if m.source < 3 and strip_det(m.text) in short_names:
                m.type, m.canonical = short_names[strip_det(m.text)]
                continue
            if m.type in ("Organization", "Region", "Place", "GovernmentBody") and m.source == 1:
                bare = strip_det(m.text)
                if bare in surname_of or " " in bare and fullest.get(bare, bare) != bare and bare.split()[0].casefold() in NAME_PARTICLES \
                        or len(bare.split()) == 2 and bare.split()[0].lower() in TITLE_HEADS | RANK_WORDS \
                        and bare.split()[0][:1].isupper() and bare.split()[1] in surname_of:
                    m.type = "Person"  # (and "General Díaz" the NER read as a body)
                    continue
                am = re.match(r"([A-Z][A-Za-z\-]{1,9})$", bare)
                if bare in acronyms and acronyms[bare] != bare:
                    m.canonical = acronyms[bare]
            elif m.type == "Person" and m.source == 1 and re.fullmatch(r"[A-Z]{2,7}", m.text) and acronyms.get(m.text, m.text) != m.text:
                # "ATV is being designated ...": an acronym spelled out before is the organisation, not a person
                m.type = "GovernmentBody" if GOV_WORDS.search(acronyms[m.text]) else "Organization"
                m.canonical = acronyms[m.text]
        # surnames the NER missed ("Nolan denied ...")
        covered = [(m.start, m.end) for m in self.mentions]
        surnames_low = {k.lower() for k in surname_of}
        bares_of_al = {b for n in person_names for w in n.split()[1:] if (b := _without_article(w))}
        for off, sdoc in self.parsed:
            for t, low in zip(self.doc_tokens[id(sdoc)], self.doc_lowers[id(sdoc)]):
                # (a capitalised surname inside a sentence is a name even when the tagger calls it a noun: "designated Cartes")
                if low in surnames_low and t.text in surname_of and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and not t.is_sent_start) and t.text[:1].isupper():
                    st = off + t.idx
                    if not any(a <= st < b for a, b in covered):
                        if low in SANCTION_MEASURE_NOUNS and t.i > 0 and sdoc[t.i - 1].text[:1].isupper():
                            continue  # "Imposes Travel Ban and Asset Freeze": a headline's measure, not "Ban" of "Ban Ki-moon"
                        nxt = sdoc[t.i + 1] if t.i + 1 < len(sdoc) else None
                        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.whitespace_ is not None \
                                and not any(a <= off + nxt.idx < b for a, b in covered) and nxt.lower_ not in DEPT_WORDS:
                            continue  # "Wang Mingshan" is not "Wang" of "Wang Junzheng"
                        head = self._noun_a_name_modifies(t) if t.text in bares_of_al else None
                        if head is not None and not any(a < off + head.idx + len(head.text) and st < b for a, b in covered):  # ("the Houthi armed group": the body a family name names, as above)
                            extra.append(Mention(st, off + head.idx + len(head.text), self.text[st:off + head.idx + len(head.text)],
                                                 "Group", 2, extra={"head": head.lower_}))
                            continue
                        other = self._other_name_ending_in(sdoc, t, off, covered)
                        if other is not None:
                            extra.append(Mention(other[0], other[1], self.text[other[0]:other[1]], "Person", 2))
                            continue
                        extra.append(Mention(st, st + len(t.text), t.text, "Person", 2))
        if native_names:  # (a word of the other name the NER took for a person or a place is part of it: "Chama" of "Chama cha ...")
            self.mentions = [m for m in self.mentions if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                                                 and m.source != 3 for a, b in native_names)]
            covered = [(m.start, m.end) for m in self.mentions]
        for m in self.mentions:
            if (m.start, m.end) in native_names:
                m.type, m.canonical = native_names.pop((m.start, m.end))
        for (n_start, n_end), (typ, full) in native_names.items():  # (one the NER did not tag)
            if not any(a < n_end and n_start < b for a, b in covered):
                extra.append(Mention(n_start, n_end, self.text[n_start:n_end], typ, 2, full))
        # acronyms the NER missed
        for acr, full in acronyms.items():
            for a_start, a_end in _occurrences(self.text, acr, "_", "_"):
                if not any(a <= a_start < b for a, b in covered):
                    typ = "GovernmentBody" if GOV_WORDS.search(full) else "Organization"
                    extra.append(Mention(a_start, a_end, acr, typ, 2, full))
        # an organisation's full name the NER tagged once and missed later ("Human Rights Watch found ...")
        names = {m.text: m.type for m in self.mentions if m.source == 1 and m.type in ("Organization", "GovernmentBody")
                 and len(m.text.split()) >= 2 and m.text[:1].isupper() and not m.extra.get("byline")
                 and m.text.split()[0].lower() not in TITLE_HEADS and ":" not in m.text}  # not "Minister of Foreign Affairs"
        for name, typ in names.items():
            for n_start, n_end in _occurrences(self.text, name, "_-", "_-"):
                if not any(a < n_end and n_start < b for a, b in covered) \
                        and not any(e.start < n_end and n_start < e.end for e in extra):
                    extra.append(Mention(n_start, n_end, name, typ, 1, extra={"label": "ORG"}))
        # a company's first word alone, later ("Tradive General Trading LLC ... OFAC designated Tradive on June 1"): releases
        # shorten a firm to the word that makes its name its own
        firms: dict[str, set] = defaultdict(set)
        for m in self.mentions:
            words = m.text.split()
            if m.type == "Organization" and len(words) >= 3 and self.gaz.company_tail_re.search(" " + m.text) \
                    and re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) and not self._written_in_lower_case(words[0]) \
                    and words[0].casefold() not in self.gaz.org_words and words[0] not in self.gaz.demonyms \
                    and not self.gaz.known_by_label.get(gz.normal(words[0])):
                firms[words[0]].add(m.text)
        in_people = {w for m in self.mentions if m.type == "Person" for w in m.text.split()}
        for word, fulls in firms.items():
            if len(fulls) != 1 or word in in_people:
                continue  # ("Gertler" of "Gertler Family Foundation" is the man)
            full = next(iter(fulls))
            for m in self.mentions:
                if m.text == word and m.type in ("Organization", "Person", "Place") and not m.canonical:
                    m.type, m.canonical = "Organization", full  # (the NER's own reading of the short name, whatever type)
            for w_start, w_end in _occurrences(self.text, word, "_-", "_-"):
                if not any(a <= w_start < b for a, b in covered) and not any(e.start <= w_start < e.end for e in extra) \
                        and not re.match(r"\s+[A-Z]", self.text[w_end:w_end + 2]) \
                        and not re.search(r"[A-Z][\w'\u2019.-]*[ \t]$", self.text[max(0, w_start - 30):w_start]):  # (not "Piet Halder")
                    extra.append(Mention(w_start, w_end, word, "Organization", 2, full))
        if extra:
            self.mentions = sorted(self.mentions + extra, key=lambda m: m.start)

        canon_types: dict[str, str] = {}

        def add_named(m: Mention):
            """A place, body or platform: the gazetteer's entity when it knows the name (or the state a demonym names),
            else one keyed by type and name; one name is one entity whatever type a later mention of it has."""
            name = m.canonical or strip_det(m.text)
            ke = self.gaz.known_by_label.get(gz.normal(name)) or self.gaz.demonyms.get(name)
            name, typ, wd = (ke.name, ke.type, ke.wikidata) if ke else (name, m.type, m.wikidata)
            same = gz.normal(_ministry_of(name))
            key = canon_types.get(same) or f"{typ.lower()}:{slug(name)}"
            canon_types.setdefault(same, key)
            add(m, key, name, typ, wikidata=wd)

        def person_name(m: Mention) -> str | None:
            name = bare_name(m.extra.get("natural") or strip_det(m.text))
            parts = name.split()
            if not parts:
                return None
            # "General Díaz", "Commissioner Valle": a rank or title before a surname the text gave in full is no part of the name
            if len(parts) == 2 and parts[0].lower() in TITLE_HEADS | RANK_WORDS and parts[1] in surname_of:
                name = parts[1]
            if name in titled_bearer:
                # "President Rajapaksa" where two Rajapaksas are named: the one the text gave that title in full
                title = parts[0] if len(parts) == 2 and parts[0].lower() in TITLE_HEADS else self._word_before(m.start)
                if (name, title.casefold()) in titled_bearer[name]:
                    return titled_bearer[name][name, title.casefold()]
            return surname_of.get(name, name)  # (a surname alone, or one opened by a particle: "De Vido")

        # "Mohamed Dagalo, known as Hemedti": the name a person goes by is theirs wherever it stands, also in the headline
        # and the quotes before the text gives the full name
        # (the NER may tag the alias after "known as" as a place, and tell it a person elsewhere)
        known_as: dict[str, str] = {}
        by_start = {m.start: m for m in self.mentions}
        for prev in self.mentions:
            km = prev.type == "Person" and KNOWN_AS_RE.match(self.text, prev.end)
            alias = km and by_start.get(km.end())
            if alias and alias.source == 1 and alias.type in PLACE_TYPES and " " not in alias.text.strip() \
                    and not self.gaz.known_by_label.get(gz.normal(alias.text)):
                alias.type = "Person"  # "Mohamed Hamdan Dagalo, known as Hemedti": a person's nickname, however the NER typed it
        people = [m for m in self.mentions if m.type == "Person"]
        names = {person_name(m) for m in people}
        for prev in people:
            km = KNOWN_AS_RE.match(self.text, prev.end)
            am = km and _ALIAS_RUN_RE.match(self.text, km.end())
            if am:
                alias, full = am.group(0), person_name(prev)
                if alias in names and full and alias != full and alias not in known_as and full not in known_as:
                    known_as[alias] = fullest.get(full, full)
        # "Leila Ben Ali, née Trabelsi": the wife the list names by her maiden name ("TRABELSI, Leila") is the same woman
        # (in any case: "Leila TRABELSI")
        for prev in people:
            nm = _MAIDEN_NAME_RE.match(self.text, prev.end)
            full = nm and person_name(prev)
            if full and " " in full and full not in known_as:
                maiden = f"{full.split()[0]} {nm.group(1)}".casefold()
                for n in names:
                    if n and n.casefold() == maiden and n != full and n not in known_as:
                        known_as[n] = fullest.get(full, full)
        prev_person: Mention | None = None
        for m in self.mentions:
            if m.type == "Person":
                full = person_name(m)
                if full is None:
                    continue
                if prev_person is not None and prev_person.entity and KNOWN_AS_RE.fullmatch(self.text[prev_person.end:m.start]):
                    known_as[full] = ents[prev_person.entity].name  # "Vinayagamoorthy Muralitharan, known as Karuna Amman"
                full = known_as.get(full, full)
                full = fullest.get(full, full)
                prev_person = m
                # join "Donald J. Trump" and "Donald Trump": same first and last word
                for other in persons:
                    o, f = other.split(), full.split()
                    # (and "Raúl Castro" with "Raúl Castro Ruz": a Spanish name without its second surname)
                    o_mid = {w.strip('."\u201c\u201d') for w in o[1:-1] if len(w.strip('."\u201c\u201d')) > 1}
                    f_mid = {w.strip('."\u201c\u201d') for w in f[1:-1] if len(w.strip('."\u201c\u201d')) > 1}
                    if o_mid and f_mid and not o_mid & f_mid:
                        continue  # "Juan Orlando Hernández" and his brother "Juan Antonio 'Tony' Hernández": middle names differ
                    if o[0] == f[0] and (o[-1] == f[-1] and not (len(o) == len(f) >= 3 and first_last(o) != first_last(f))
                                         or len(o) == 2 and len(f) == 3 and o[1] == f[1] or len(f) == 2 and len(o) == 3 and f[1] == o[1]):
                        full = other
                        break
                    # "Aleksandr Volkov" and "Alexander Volkov", "Muhammad" and "Mohammed Hamdan Dagalo": one name transliterated twice
                    if len(o) == len(f) >= 2 and o[-1] == f[-1] and all(a == b or _spelling_variant(a, b) for a, b in zip(o[:-1], f[:-1])):
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
                    if ents[key].name not in self.text and inst.name in self.text:
                        # one programme told by two instruments ("Global Magnitsky" in a headline, "E.O. 13818" below): it is
                        # named as the text itself names one of them, not by a short name the text never uses
                        ents[key].name, ents[key].iri = inst.name, inst.iri
                    add(m, key, ents[key].name, ents[key].type)
                else:
                    add(m, key, inst.name, inst.type, iri=inst.iri)
            elif m.type in ("Country", "Region", "Place", "Organization", "GovernmentBody", "Platform"):
                add_named(m)
            elif m.type == "Group" and self._group_of_org(m, ents):
                org = self._group_of_org(m, ents)
                add(m, org, ents[org].name, ents[org].type)  # "RSF fighters", "PNR officers": the body itself
            elif m.type == "Group":
                name = strip_det(m.text)
                typ = "Group"
                head = m.extra.get("head")
                if head in ("authorities", "government", "regime", "junta", "police", "army", "military", "forces"):
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
        for m in self.nested_places:
            add_named(m)
        # token index -> mention
        self._resolve_body_descriptors()
        for m in self.mentions:
            if m.entity is None and m.type != "Descriptor":
                continue
            for off, sdoc in self.parsed:
                if off <= m.start < off + self.doc_len[id(sdoc)]:
                    span = self._token_range(sdoc, m.start - off, m.end - off)
                    if span is not None:
                        for i in span:
                            self.tok_mention[(id(sdoc), i)] = m
                    break
        # a person goes by the fullest name the text gives ("Raúl Castro" of a headline is "Raúl Castro Ruz" below)
        for ent in ents.values():
            if ent.type == "Person" and ent.key.startswith("person:"):
                words = set(ent.name.split())
                fuller = [a for a in (bare_name(a) for a in ent.aliases) if words < set(a.split()) and len(a.split()) <= 5]
                if fuller:
                    ent.name = max(fuller, key=lambda a: (len(a.split()), len(a)))
        # "Mr Kelin", "Ms. Mogwe": an honorific says which of "he" and "she" can be the person (the family step adds
        # the sexes kinship words give)
        for m in self.mentions:
            if m.entity is not None and m.type == "Person":
                hon = _HONORIFIC_RE.search(self.text, max(0, m.start - 10), m.start) or _HONORIFIC_LEAD_RE.match(m.text)
                if hon is not None and not self._surname_of_another(m, ents[m.entity]):
                    self._sex.setdefault(m.entity, HONORIFIC_SEX[hon.group(1).lower()])
        self._resolve_descriptors()

    def _resolve_body_descriptors(self):
        """A body the text describes instead of naming is the body it names: "the same court" is the last court
        named before it, and a headline's "India's anti-terror agency" the first agency the story names below it
        ("India's National Investigation Agency (NIA) has arrested ..."). Read apart, the deed of the headline and
        the sentence of "the same court" went to a body no reader would look for. Only the head word the named
        body's name has joins them ("the same court" is no "Prosecutor's Office")."""
        ents = self.ex.entities
        headline_end = self.text.find("\n")
        named = [m for m in self.mentions if m.entity is not None and ents[m.entity].type in ("GovernmentBody", "Organization")
                 and m.text[:1].isupper() and BODY_DESCRIPTOR_HEADS & set(ents[m.entity].name.casefold().split())]
        if not named:
            return
        added = []
        for d in _BODY_DESCRIPTOR_RE.finditer(self.text):
            word = d.group("head")
            if d.group("same"):
                found = [n for n in named if n.end <= d.start()]
                target = next((n for n in reversed(found) if word in ents[n.entity].name.casefold().split()), None)
                # (and no body of its kind was told of since, however written: "The Yaounde military tribunal ... the
                # same court" is the tribunal, not a court in Abuja named between)
                last = max((k.start() for k in re.compile(r"(?i)\b(?:%s|%s)\b" % (word, BODY_HEAD_KIN.get(word, word))).finditer(self.text, 0, d.start())), default=-1)
                if target is not None and not any(n.entity == target.entity and n.start <= last < n.end for n in found):
                    target = None
            elif d.end() <= headline_end and d.group("body") and _HEADLINE_OWNER_RE.search(self.text, 0, d.start()):
                # ("India's anti-terror agency", "Bangladesh top court": a state's own body, described; its describing
                # words that say which kind of body must be the name's: "military court" is no "Supreme Court")
                head_tok = self._token_ending_at(d.end())
                if head_tok is None or any(t.head.i != head_tok.i or t.dep_ not in ("amod", "compound", "nmod") for t in head_tok.doc[
                        head_tok.i - len(d.group("body").split()):head_tok.i]):
                    continue  # ("US bars army chief": a verb, not a word describing the army)
                kinds = {w.casefold() for w in d.group("body").split()} & BODY_KIND_WORDS
                target = next((n for n in named if n.start > headline_end and {word, *kinds} <= set(ents[n.entity].name.casefold().split())), None)
            else:
                continue
            s = d.start("body")
            if target is None or any(m.start < d.end() and s < m.end for m in self.mentions):
                continue
            ent = ents[target.entity]
            m = Mention(s, d.end(), self.text[s:d.end()], ent.type, 2, extra={"label": "ORG"})
            m.entity = target.entity
            ent.aliases.add(m.text)
            ent.mentions.append(self.span(m.start, m.end))
            added.append(m)
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: m.start)

    def _family_names_as_modifiers(self):
        """A clan's or movement's name is the family name of the men who lead it ("Abdulmalik al-Houthi" of the
        Houthis, "Bashar al-Assad" of the Assad regime); the bare name before a lower-case noun it modifies ("the
        Houthi armed group", "Houthi fighters") is that body or group, not one of them: the NER's person
        becomes the group that runs from the name to the noun ("Houthi military commanders" are men: the name stays)."""
        bares = {b for m in self.mentions if m.type == "Person" for w in m.text.split()[1:] if (b := _without_article(w))}
        if not bares:
            return
        for m in self.mentions:
            if m.source != 1 or m.type not in ("Person", "Organization", "GovernmentBody", "Place", "Region") or m.text not in bares:
                continue  # (the NER's reading, whichever type it gave; the text's surnames make it a person later)
            tok = self._token_ending_at(m.end)
            head = tok is not None and self._noun_a_name_modifies(tok)
            if head:
                m.end = self.offsets[id(tok.doc)] + head.idx + len(head.text)
                m.text = self.text[m.start:m.end]
                m.type = "Group"
                m.extra = dict(m.extra, head=head.lower_)

    @staticmethod
    def _noun_a_name_modifies(tok):
        """The lower-case noun a name stands before as its modifier ("Houthi" of "the Houthi armed group"), or None:
        not a title's ("the Houthi leader", "Houthi military commanders" are men) nor a kinship word's."""
        head = tok.head
        if tok.dep_ not in ("compound", "amod", "nmod") or head.i <= tok.i or head.i - tok.i > 3 or head.pos_ != "NOUN" \
                or not head.text.islower() or head.lower_ in TITLE_HEADS or head.lemma_.lower() in TITLE_HEADS or head.lower_ in KIN_SEX:
            return None
        if not all(w.text.islower() and w.is_alpha for w in tok.doc[tok.i + 1:head.i + 1]):
            return None
        return head

    def _tail_names_another(self, long: str, short: str) -> bool:
        """Whether the end of a long name ("Ali Abdullah Saleh" of "Ahmed Ali Abdullah Saleh") is another person the
        text sets apart: a patronymic name drops the first given name to name the father, so when a kinship word
        follows the long name ("..., the eldest son of") the short name is the relative it names, if it is the object
        of that kinship phrase or the long name less only its first word; and one sentence naming both, joined by
        "and" or a kinship word, names two people (a Spanish son's two surnames, "Ortega Murillo" of "Rafael Antonio
        Ortega Murillo, a son of ...", stay his)."""
        n_short = len(short.split())
        if n_short < 2:
            return False
        longs = list(_occurrences(self.text, long, "_-", "_-"))
        shorts = []
        for a, b in _occurrences(self.text, short, "_-", "_-"):
            word = re.search(r"([A-Z][\w'\u2019-]*)\s+$", self.text[max(0, a - 30):a])
            if not (word and word.group(1).lower() not in TITLE_HEADS | RANK_WORDS):
                shorts.append((a, b))  # (not the end of a longer name: "Fatma Ould Sidi"; a title may stand before it)
        for a, b in longs:
            kin = _KIN_AFTER_RE.match(self.text, b)
            if kin is None:
                continue
            if n_short >= 3 and n_short == len(long.split()) - 1:
                return True
            if any(kin.end() <= s_a and not re.search(r"[,;.()]", self.text[kin.end():s_a]) and s_a - kin.end() <= 40
                   for s_a, _ in shorts):
                return True  # ("the son of former President Ali Abdullah Saleh")
        for a, b in longs:
            for s_a, s_b in shorts:
                between = self.text[b:s_a] if b <= s_a else self.text[s_b:a]
                sent = self.sent_at(a)
                if sent is None or not sent.start <= s_a < sent.end or len(between) > 120 or KNOWN_AS_RE.search(between) \
                        or "(" in between:
                    continue
                if re.search(r"\band\b", between) or _KIN_BEFORE_RE.search(between):
                    return True
        return False

    def _other_name_ending_in(self, sdoc, t, off: int, covered) -> tuple[int, int] | None:
        """(start, end) of another person's name that ends in the surname word ``t`` ("Mya Tun Oo" beside "Ye Win Oo":
        Burmese names have no surname, so the words before the shared one name another man), or None when no
        capitalised name words stand right before it, or when the text gives those words inside a fuller name ("Raja
        Salameh" of "RAJA TOUFIC SALAMEH", "Bonilla Ávila" of "Rosa Elena Bonilla Ávila")."""
        first = t
        while first.i > 0 and first.i > t.i - 3:
            prev = sdoc[first.i - 1]
            if prev.pos_ != "PROPN" or not prev.whitespace_ or not prev.text[:1].isupper() or not prev.text.isalpha() \
                    or prev.lower_ in TITLE_HEADS | DEPT_WORDS | RANK_WORDS or any(a <= off + prev.idx < b for a, b in covered):
                break
            first = prev
        if first.i == t.i:
            return None
        start, end = off + first.idx, off + t.idx + len(t.text)
        name = self.text[start:end]
        fuller = re.compile(r"(?i)\b" + r"(?:\s+[\w'-]+){0,2}\s+".join(map(re.escape, name.split())) + r"\b")
        if any(f.group(0) != name or re.search(r"[A-Z][\w'-]*\s+$", self.text[max(0, f.start() - 30):f.start()])
               for f in fuller.finditer(self.text)):
            return None
        return start, end

    def _surname_of_another(self, m: Mention, ent: Entity) -> bool:
        """Whether a surname alone ("Mrs. Assad") may be another person's than the one it was read as: the text gives
        the surname after a first name that none of that person's names has ("Asma al-Assad" beside "Bashar
        al-Assad"), so the honorific says nothing of the person it was read as."""
        words = _HONORIFIC_LEAD_RE.sub("", m.text, count=1).split()
        if len(words) != 1:
            return False
        firsts = {w for a in ent.aliases for w in a.split()[:-1]}
        for fm in re.finditer(r"\b([A-Z][\w'-]*)\s+(?:[a-z]{1,3}-)?%s\b" % re.escape(words[0].split("-")[-1]), self.text):
            if fm.group(1) not in firsts and fm.group(1).lower() not in HONORIFIC_SEX:
                return True
        return False

    def _retype_places(self):
        """Bare names the NER took for a person or a body that the text uses as a place ("killed in Musaga",
        "homes near Bentiu", "the town of Doba", "the Kinama district"): the small model knows few towns, and a
        town typed as a person becomes a perpetrator or a victim. Every occurrence of the name is weighed: one use
        as a person (a speech verb or "who" after it, a title before it) keeps it a person."""
        text = self.text
        verdict: dict[str, str | None] = {}  # a name -> the place type its uses gave it (None: no place)
        # ("Ali" of "Mohammed Ali", "Hassan" of "Hassan Rouhani": a word of a person's name is his, whatever town bears it)
        person_words = {w for m in self.mentions if m.type == "Person" and " " in m.text.strip() for w in m.text.split()}
        for m in self.mentions:
            if m.source != 1 or m.type not in ("Person", "Organization") or m.extra.get("byline"):
                continue
            name = m.text
            words = name.split()
            if name in verdict:
                m.type = verdict[name] or m.type
                continue
            verdict[name] = None
            # "in Jonglei State", "across Kaduna State": a federal or provincial state is a region, though "State" is a
            # body's word too ("the Islamic State", "State Security")
            state = len(words) in (2, 3) and words[-1] == "State" and not self._names_a_body(" ".join(words[:-1])) \
                and not self.gaz.known_by_label.get(gz.normal(name)) and not self._after_the(m.start)
            if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and re.fullmatch(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", w) for w in words) \
                    or name.isupper() or any(w.lower() in TITLE_HEADS | DEPT_WORDS for w in words[:-1] if state) \
                    or not state and (any(w.lower() in TITLE_HEADS | DEPT_WORDS for w in words) or self._names_a_body(name)) \
                    or self._business_words(words):
                continue
            placed = person_use = body_use = False
            for start, end in _occurrences(text, name):
                before = text[max(0, start - 40):start]
                after_place_word = PLACE_BEFORE_NAME_RE.search(before) or self._in_place_list(start, end)
                titled = re.search(r"\b[A-Z][a-z]+\.?\s+$", before) \
                    and before.split()[-1].lower().rstrip(".") in TITLE_HEADS | RANK_WORDS | {"mr", "mrs", "ms", "dr"}
                if titled or not after_place_word and not state and PERSON_AFTER_NAME_RE.match(text, end):
                    placed, person_use = False, True  # ("witnesses in Gatumba said": the witnesses speak)
                    break
                if PLACE_AFTER_NAME_RE.match(text, end) or state:
                    placed = True  # ("Kaduna State Governor X", "a governor of Unity State": the state's name says it)
                    continue
                if not after_place_word and _GROUP_HEAD_AFTER_RE.match(text, end):
                    body_use = True  # "the Fano militia", "Fano fighters": a name a body goes by, though a town bears it too
                if not after_place_word or re.match(r"(?:['\u2019]s\b|\s+[A-Z])", text[end:end + 3]):
                    continue  # "in Maina's case", "in Maina Sunuwar's": the name is part of a longer one
                last = self._token_ending_at(end)
                if last is not None and last.dep_ == "compound" and last.head.i > last.i:
                    continue  # "in Odebrecht bribes": the name modifies a noun after it
                placed = True
            town = bool(town_population(name))
            province = is_province(name) and not town  # ("Harare", the province, is named for its city)
            if not placed and not person_use and not body_use and not state and name not in person_words:
                # "flew from Tomsk", "Bogotá" in a list of cities: a town GeoNames knows, or a province ISO 3166-2 does
                # ("attacks across Jonglei", "Norte de Santander"), used as no person is used
                placed = province or town
            if placed:
                verdict[name] = m.type = "Region" if state or province else "Place"

    def _in_place_list(self, start: int, end: int) -> bool:
        """Whether a name is an item of a list of places a locative opens ("in Sanaa, Hodeidah, Amran and Saada"): the
        last item after its "and", or an item the list goes on after. ("the embassy in Washington, Liu Pengyu, said":
        a name set off after one place is a person's.)"""
        opened = PLACE_LIST_BEFORE_NAME_RE.search(self.text, max(0, start - 120), start)
        if opened is None:
            return False
        if re.search(r",\s+(?:and|or)\s+$", opened.group(0)) and opened.group(0).count(",") == 1:
            return False  # "the conflict in Varnia, and Tano Beri was designated": a second clause, no second place
        return bool(re.search(r"\b(?:and|or)\s+$", opened.group(0)) or _PLACE_LIST_GOES_ON_RE.match(self.text, end))

    def _retype_persons(self):
        """Names the NER took for a body that the text sets beside a noun for a person ("Natalia Sokolova, a lawyer
        for the union", "His lawyer, Valerian Vakhitov, said", "the rapper Maykel Castillo Pérez"): the small model
        calls many unfamiliar full names organisations. A name with a word of a body's, in capitals only, or after
        "the" stays a body."""
        text = self.text
        verdict: dict[str, bool] = {}
        placed_person: dict[str, bool] = {}  # (a name's occurrences are looked up once, not once per mention)
        for m in self.mentions:
            if m.source == 1 and m.type in PLACE_TYPES and len(m.text.split()) >= 2:
                if m.text not in placed_person:
                    placed_person[m.text] = not self.gaz.known_by_label.get(gz.normal(m.text)) \
                        and any(PERSON_NOUN_APPOSITION_AFTER_RE.match(text, b) for _, b in _occurrences(text, m.text))
                if placed_person[m.text]:
                    m.type = "Person"  # "Asma al-Assad, the wife of ...": a full name the NER took for a place
                    continue
            if m.source != 1 or m.type not in ("Organization", "GovernmentBody") or m.extra.get("byline"):
                continue
            name = m.text
            if name not in verdict:
                words = name.split()
                found = list(_occurrences(text, name))
                verdict[name] = 1 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words) \
                    and words[0][:1].isupper() and not name.isupper() and not any(ch.isdigit() for ch in name) \
                    and not any(w.lower() in TITLE_HEADS | DEPT_WORDS for w in words) \
                    and not self._names_a_body(name) and not self._business_words(words) \
                    and not self.gaz.known_by_label.get(gz.normal(name)) \
                    and not any(self._after_the(a) for a, _ in found) \
                    and any(PERSON_APPOSITION_AFTER_RE.match(text, b) or PERSON_APPOSITION_BEFORE_RE.search(text, max(0, a - 40), a)
                            for a, b in found)
            if verdict[name]:
                m.type = "Person"

    def _retype_unknown_places(self):
        """A name the NER took for a place that the text calls an armed body ("The M23 armed group", "M23 fighters
        killed ...") is that body's, in every use ("The M23 has denied responsibility"), when no gazetteer, GeoNames
        town or ISO 3166-2 province knows it as a place: a body read as a place is never a doer."""
        names = {m.text for m in self.mentions if m.source == 1 and m.type in ("Region", "Place")}
        bodies = set()
        for n in names:
            if self.gaz.known_by_label.get(gz.normal(n)) or town_population(n) or is_province(n):
                continue
            uses = list(re.finditer(r"\b%s\b" % re.escape(n), self.text))
            if any(_ARMED_BODY_AFTER_RE.match(self.text, f.end()) for f in uses) and not any(
                    PLACE_AFTER_NAME_RE.match(self.text, f.end()) or _LOCATIVE_BEFORE_RE.search(self.text[max(0, f.start() - 30):f.start()])
                    for f in uses):
                bodies.add(n)  # (not "forces from Ethiopia's Amhara region", "in Amhara": a place, too)
        for m in self.mentions:
            if m.source == 1 and m.type in ("Region", "Place") and m.text in bodies:
                m.type = "Organization"

    def _retype_after_kind_nouns(self):
        """A name right after a lower-case noun for a kind of body ("the Catholic broadcaster Radio Vella", "the rights
        group Vellawatch", "the opposition party Semilla") is that body's, however the NER typed it: the small model
        takes many unfamiliar bodies' names for people or places."""
        for m in self.mentions:
            if m.source != 1 or m.type not in ("Person", "Place", "Region"):
                continue
            kind = re.search(r"(?<![\w-])([a-z]+)\s+$", self.text[max(0, m.start - 30):m.start])
            if kind and kind.group(1) in NAME_CLASSIFIER_NOUNS and not self.gaz.known_by_label.get(gz.normal(m.text)):
                m.type = "Organization"
        # "the anti-torture group ACAT-Burundi": a hyphened name after such a noun is one body's, not the country it ends in
        kinds = "|".join(sorted(NAME_CLASSIFIER_NOUNS))
        added = []
        for hm in re.finditer(r"\b(?:%s)\s+([A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)+)(?![\w-])" % kinds, self.text):
            a, b = hm.span(1)
            inside = [m for m in self.mentions if a <= m.start and m.end <= b]
            if any(m.start < b and a < m.end and not (a <= m.start and m.end <= b) for m in self.mentions) \
                    or any(m.type not in PLACE_TYPES and m.type != "Person" for m in inside):
                continue
            self.mentions = [m for m in self.mentions if m not in inside]
            added.append(Mention(a, b, hm.group(1), "Organization", 2))
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: m.start)

    def _one_type_per_name(self):
        """A name the NER typed one way here and another way there ("Kem Sokha" a person five times and a body
        twice, "Dar es Salaam" a region and a body) is one thing: entities are keyed by type, so two types made two
        nodes of one name. A gazetteer's type wins; then a person's over a body's when no word of the name names a
        body; else the type most of the name's mentions have, when most do."""
        kinds = ("Person", "Organization", "GovernmentBody", "Place", "Region", "Country")
        by_name: dict[str, list[Mention]] = defaultdict(list)
        for m in self.mentions:
            if m.type in kinds and not m.extra.get("byline"):
                by_name[m.canonical or m.text].append(m)
        fuller_persons = {m.text for m in self.mentions if m.type == "Person" and " " in m.text}
        for ms in by_name.values():
            types = Counter(m.type for m in ms)
            if len(types) < 2:
                continue
            known = {m.type for m in ms if m.source >= 3}
            name = ms[0].canonical or ms[0].text
            bodies = [t for t in ("Organization", "GovernmentBody") if t in types]
            if len(known) == 1:
                winner = next(iter(known))
            elif bodies and "Person" in types and " " not in name and self._named_as_a_body(ms):
                winner = max(bodies, key=lambda t: types[t])  # "Tanzania's main opposition party, Chadema,": a party
            elif "Person" in types and len(name.split()) >= 2 and not set(types) & PLACE_TYPES and not self._names_a_body(name) \
                    and not any(self._after_the(m.start) for m in ms):
                # a person's full name the NER also took for a body ("works with Ilan Shor to destabilise"): no word of
                # it names a body, no "the" goes before it ("the Kaniyat"), and the model's ORG for an unknown name in
                # running text is its usual slip (one word may be a state's: "Karsland sanctioned", "no Karsland person")
                winner = "Person"
            elif "Person" in types and any(full.endswith(" " + name) for full in fuller_persons):
                winner = "Person"  # "Amougou Belinga" a person once and a place once: the end of "Jean-Pierre Amougou Belinga"
            else:
                (winner, n), (_, n2) = types.most_common(2)
                if n == n2:
                    # as many one way as the other: a place the text puts something in says which ("killed civilians in
                    # Merawi", which a headline's capitals made a person), else nothing does
                    located = [m.type for m in ms if m.type in PLACE_TYPES and self._after_locative(m.start)]
                    if not located:
                        continue
                    winner = located[0]
            for m in ms:
                m.type = winner

    def _after_locative(self, pos: int) -> bool:
        """Whether a preposition of place stands right before ``pos`` ("in Merawi", "near Ebogo")."""
        words = self.text[max(0, pos - 12):pos].split()
        return bool(words) and words[-1].casefold() in LOCATIVE_PREPOSITIONS and self.text[pos - 1:pos].isspace()

    def _named_as_a_body(self, ms: list[Mention]) -> bool:
        """Whether the text itself says a one-word name the NER took both for a person and for a body is a body's (a
        full name is a person's, see ``_one_type_per_name``): somewhere it is set off after a noun for a body ("the
        main opposition party, Chadema,"), or a title or the possessive of a body's part follows it ("Chadema chairman
        Freeman Mbowe", "Chadema's national secretariat")."""
        text = self.text
        for m in ms:
            before = _WORD_BEFORE_COMMA_RE.search(text, max(0, m.start - 40), m.start)
            if before and before.group(1) in self.gaz.org_apposition_heads | CIVIL_BODY_NOUNS:
                return True
            after = _WORD_AFTER_RE.match(text, m.end)
            if after and (after.group(2) in TITLE_HEADS and not after.group(1) or after.group(1) and after.group(2) in BODY_PART_NOUNS):
                return True
        return False

    def _names_a_body(self, name: str) -> bool:
        """Whether a word of a name is one only bodies have ("Ministry", "Police", "Foundation", "Brigade")."""
        return bool(GOV_WORDS.search(name) or ORGISH_NAME_RE.search(name)) or any(w.lower() in self.gaz.org_words for w in name.split())

    def _after_the(self, pos: int) -> bool:
        """Whether "the" stands right before ``pos`` ("the Kaniyat"): people's names go without it."""
        return self.text[max(0, pos - 4):pos].lower() == "the "

    def _token_offsets(self, sdoc) -> tuple[list[int], list[int]]:
        """Where each token of ``sdoc`` starts and ends (in that doc), made once per doc: finding a token by a
        character offset is then a bisection, not a Span whose walk makes a spaCy object per token."""
        offsets = self.__dict__.setdefault("_token_offset_lists", {})
        key = id(sdoc)
        if key not in offsets:
            toks = self.doc_tokens[key]
            offsets[key] = ([t.idx for t in toks], [t.idx + len(t.text) for t in toks])
        return offsets[key]

    def _token_range(self, sdoc, start: int, end: int) -> range | None:
        """The indices of the tokens of ``sdoc`` that characters ``start`` to ``end`` (of that doc) touch: what
        ``sdoc.char_span(start, end, alignment_mode="expand")`` covers (None where it gives none)."""
        starts, ends = self._token_offsets(sdoc)
        n = self.doc_len[id(sdoc)]

        def at(c: int) -> int:  # (a token owns its trailing white space)
            return bisect.bisect_right(starts, c) - 1 if 0 <= c < n else -1

        a, b = at(start), at(end - 1)
        if a < 0 or b < 0:
            return None
        if start == ends[a]:
            a += 1  # (the white space after a token is no part of it)
        return range(a, b + 1)

    def _token_ending_at(self, pos: int):
        """The token of the parsed text that ends at character ``pos`` of the document, or None."""
        for off, sdoc in self.parsed:
            if off < pos <= off + self.doc_len[id(sdoc)]:
                toks = self.doc_tokens[id(sdoc)]
                ends = self._token_offsets(sdoc)[1]
                k = bisect.bisect_left(ends, pos - off)
                return toks[k] if k < len(toks) and ends[k] == pos - off else None
        return None

    def _retype_by_context(self):
        """Fix what the small model gets wrong about people from the words around a name.

        A name followed by a comma and a title ("Anselem Sanyatwe, Commander of the Presidential Guard") or
        opening a numbered or bulleted list line is a person even when the NER called it a place or an
        organisation; a title's "for/of" object is not part of the name after it ("Minister for Africa
        James Duddridge").
        """
        text = self.text
        split_off: list[Mention] = []
        person_starts = {m.start for m in self.mentions if m.type == "Person"}
        person_ends = {m.end for m in self.mentions if m.type == "Person"}
        person_at = {m.start: m for m in self.mentions if m.type == "Person" and m.source == 1}
        merged: set[int] = set()
        for m in self.mentions:
            if m.source != 1:
                continue
            if m.type == "Person" and OUTLET_BEFORE_NAME_RE.search(text, max(0, m.start - 50), m.start):
                m.type = "Organization"  # "the director of the news website Badil": the outlet, not a person
                continue
            words = m.text.split()
            nxt = person_at.get(m.end + 1)
            if m.type in ("Organization", "GovernmentBody") and nxt is not None and len(words) == 2 and text[m.end] == " " \
                    and words[0].lower() in TITLE_HEADS | RANK_WORDS and words[1].isalpha() and words[1][:1].isupper() \
                    and words[1].lower() not in self.gaz.org_words | TITLE_HEADS | DEPT_WORDS and not GOV_WORDS.search(words[1]) \
                    and not self.gaz.known_by_label.get(gz.normal(words[1])):
                # "General Mahamat" + "Idriss Deby": the NER cut a titled name in two; the first name is the person's (else
                # "Idriss Deby" joins his father Idriss Deby Itno), the title stays a title
                nxt.start = m.start + len(words[0]) + 1
                nxt.text = text[nxt.start:nxt.end]
                merged.add(id(m))
                continue
            if m.type in ("Organization", "GovernmentBody") and re.match(r"[A-Z][\w-]*(?:'s|\u2019s)\s", m.text):
                # "the Attorney General's Office": the NER took "General's Office"; the title's first words are the office's too
                lead = re.search(r"(?:(?<=\s)|^)((?:[A-Z][\w-]*\s+){1,2})$", text[max(0, m.start - 30):m.start])
                if lead and all(w.lower() in TITLE_HEADS | TITLE_MODIFIERS | TITLE_FILLERS for w in lead.group(1).split()):
                    m.start -= len(lead.group(1))
                    m.text = text[m.start:m.end]
            native = _NATIVE_NAME_INITIALS_RE.match(text, m.start - 1) if m.start and text[m.start - 1] == "(" else None
            if m.type in ("Organization", "GovernmentBody") and not (native and native.end(1) == m.end):
                # "the members of the European Parliament Reinhard Bütikofer and ...": a body's name and then a person's, read as
                # one (but "(Commission Electorale Nationale Indépendante, CENI)" is a body's name in its own language)
                words = m.text.split()
                last = max((n for n, w in enumerate(words) if GOV_WORDS.search(w) or w.lower() in self.gaz.org_words), default=None)
                # (not inside a long name with prepositions: "Panel of Inquiry ... of Police Related Abuses")
                tail = words[last + 1:] if last is not None and not any(w in ("of", "for", "on", "and", "&") for w in words) else []
                stop = next((n for n, w in enumerate(tail) if w.lower() in STOP_WORDS), None)
                if stop is not None:
                    tail = tail[:stop]  # "... of Police Kale Kayihura Due to ...": a Title-Case headline's function word ends the name
                if 2 <= len(tail) <= 3 and not self._business_words(tail) and all(w[:1].isupper() and w.isalpha() and w.lower() not in self.gaz.org_words | self.gaz.org_apposition_heads
                                               and w.lower() not in DEPT_WORDS | TITLE_HEADS and not GOV_WORDS.search(w) for w in tail):
                    at = m.text.rfind(" ".join(tail))
                    if at > 0:
                        p_end = m.start + at + len(" ".join(tail))
                        person = Mention(m.start + at, p_end, " ".join(tail), "Person", 1, extra={"label": "PERSON"})
                        m.end = m.start + len(m.text[:at].rstrip(" \t\n,;:"))
                        acr_title = re.fullmatch(r"([A-Z]{2,6})(?:\s+[A-Z][a-z]+)*\s+([A-Z][a-z]+)", text[m.start:m.end])
                        if acr_title and acr_title.group(2).lower() in TITLE_HEADS:
                            m.end = m.start + acr_title.end(1)  # "ICC Prosecutor Karim Khan": the initials are the body
                        m.text = text[m.start:m.end]
                        split_off.append(person)
                        continue
            if m.type == "Person":
                # "Crown Prince Mohammed bin Salman": the title the NER took into the name stays a title
                words = m.text.split()
                # ("ECRM Envoy X": initials before the title are the body he serves)
                acr = 1 if len(words) >= 4 and re.fullmatch(r"[A-Z]{2,6}", words[0]) and words[1].lower() in TITLE_HEADS | TITLE_MODIFIERS else 0
                n_title = acr
                while n_title < len(words) - 2 and (words[n_title].lower() in TITLE_HEADS | TITLE_FILLERS | TITLE_MODIFIERS
                                                    or n_title == acr and words[n_title].lower() in PLURAL_TITLE_HEADS) \
                        and words[n_title][:1].isupper():
                    n_title += 1  # (a plural title before a list of names: "Judges Andrew Chan, Alex Lee and Johnny Chan")
                if n_title == acr + 1 and words[acr].lower() in TITLE_GIVEN_NAMES and not acr \
                        and re.search(r"\b[A-Z][\w.-]*[ \t]+$", text[max(0, m.start - 30):m.start]) \
                        and text[max(0, m.start - 30):m.start].split()[-1].lower().rstrip(".") in TITLE_HEADS | RANK_WORDS \
                        and not any(w.lower() in NAME_PARTICLES for w in words[1:]):
                    n_title = 0  # "Senator Prince Yormie Johnson": after a title, "Prince" is his first name
                if n_title > acr and (words[n_title - 1].lower() in TITLE_HEADS or n_title == acr + 1 and words[acr].lower() in PLURAL_TITLE_HEADS):
                    cut = len(" ".join(words[:n_title])) + 1
                    if m.text[cut - 1:cut] == " ":
                        if acr:
                            split_off.append(Mention(m.start, m.start + len(words[0]), words[0], "Organization", 1, extra={"label": "ORG"}))
                        m.start += cut
                        m.text = text[m.start:m.end]
                appos = re.match(r",\s+(?:an?|the|its)\s+((?:[\w'\u2019-]+\s+){0,3}[\w-]+)", text[m.end:m.end + 60])  # "the group's deputy": a possessor
                # ("X, the Ministry of State Security and ...": a body's own name after a comma is the next item of a list)
                if appos and any(w.lower() in self.gaz.org_apposition_heads for w in appos.group(1).split()) \
                        and not any(w.lower() in TITLE_HEADS for w in appos.group(1).split()) \
                        and not all(w[:1].isupper() or w in ("of", "for", "and") for w in appos.group(1).split()):
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
            # "Police Colonels Juan Perez Soto and ...": a rank or title the NER read into a body's name, then a person's name
            cut = max((n for n, w in enumerate(words[:-2]) if w.lower() in TITLE_HEADS or w.lower() in PLURAL_TITLE_HEADS), default=None)
            if cut is not None and 2 <= len(words) - cut - 1 <= 4 and all(w[:1].isupper() and w.isalpha() for w in words[cut + 1:]) \
                    and not any(w.lower() in self.gaz.org_words or w.lower() in DEPT_WORDS or GOV_WORDS.search(w) for w in words[cut + 1:]) \
                    and not self._business_words(words[cut + 1:]):
                rest = " ".join(words[cut + 1:])
                at = m.text.rfind(rest)
                if at > 0:
                    m.start += at
                    m.text = text[m.start:m.end]
                    m.type = "Person"
                    m.extra = dict(m.extra or {}, label="PERSON")
                    continue
            person = self._name_after_long_title(m, words)
            if person is not None:
                split_off.append(person)
                continue
            if len(words) == 1 and self._given_name_before(m):
                # "Deprose Muchena, Amnesty's regional director for ...": the model took the surname alone for a place; the
                # capitalised word before it is the given name, and a body's title set off after it makes a person
                m.type = "Person"
                m.extra = dict(m.extra or {}, label="PERSON")
                continue
            if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) or GOV_WORDS.search(name):
                continue
            if self.gaz.known_by_label.get(gz.normal(name)) or name in self.gaz.demonyms:
                continue
            if any(w.lower() in DEPT_WORDS or w.lower() in GROUP_HEADS or w.lower() in TITLE_HEADS or w.lower() in self.gaz.org_words for w in words):
                continue  # ("4th Armored Division, and Major X": a unit's word is no person's)
            after = text[m.end:m.end + 60]
            line_start = text.rfind("\n", 0, m.start) + 1
            lead = text[line_start:m.start]
            titled = re.match(r",\s+(?!and\b|or\b)(?:(?:the|a|an|then|former|current|acting|its|his|her)\s+)*((?:[A-Za-z'\u2019-]+\s+){0,3}[A-Za-z-]+)", after)
            title_words = [w.lower().split("-")[0] for w in titled.group(1).split()] if titled else []
            # "..., the President of the Central African Republic, Faustin-Archange Touadéra": a title set off before the name
            set_off = re.search(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[A-Z][a-z]+'s)\s+([^,;:.\n]*),\s*$", lead)
            titled_before = set_off is not None and any(w.lower() in TITLE_HEADS for w in re.findall(r"[A-Za-z]+", set_off.group(1))[:4])
            # "since X became president in 2017", "X is the governor of": a body does not become an office holder
            verb_title = re.match(r"\s+(?:(?:has|had|then)\s+)?(?:became|becomes|is|was|served\s+as|serves\s+as|remains|remained)\s+"
                                  r"(?:(?:the|then|former|acting|now)\s+)?((?:[a-z-]+\s+){0,2}[A-Za-z-]+)\b(?!\s+of\s+(?:the\s+)?[a-z])", after)
            vt_words = verb_title.group(1).lower().split() if verb_title else []
            vt_head = next((n for n, w in enumerate(vt_words) if w in TITLE_HEADS), None)
            if vt_head is not None and not any(w in ("a", "an", "one", "another") for w in vt_words[:vt_head]) \
                    and not any(w.lower() in self.gaz.org_words for w in words):
                m.type = "Person"
                m.extra = dict(m.extra or {}, label="PERSON")
                continue
            # "Kemal Arslan, who headed ...": a relative "who" is said of people; "A B and C D" beside a person's name is one too,
            # and so is the one a service is "headed by" (bodies are led by people far more often than by bodies)
            # ("police spokesperson X said", "chaired by President X": a name right after a title is its holder's)
            lower_title = re.search(r"(?<![\w-])([A-Za-z]+)\s+$", text[max(0, m.start - 30):m.start])
            if (re.match(r",?\s+who\b", after) or re.search(r"\b(?:headed|commanded|chaired)\s+by\s+$", text[max(0, m.start - 20):m.start])
                or lower_title is not None and lower_title.group(1).lower() in TITLE_HEADS and 2 <= len(words) <= 3) \
                    and not any(w.lower() in self.gaz.org_words for w in words) and not ORGISH_NAME_RE.search(name) \
                    or self._beside_person(m, person_starts, person_ends):
                m.type = "Person"
                m.extra = dict(m.extra or {}, label="PERSON")
                continue
            if any(w in TITLE_HEADS for w in title_words) or titled_before or (ITEM_LEAD_RE.fullmatch(lead)
                                                                                and (after[:1] in (",", ";", "", "\n") or re.match(r"\s*\(alias\b", after))):
                m.type = "Person"
                m.extra = dict(m.extra or {}, label="PERSON")
        if merged:
            self.mentions = [m for m in self.mentions if id(m) not in merged]
        if split_off:
            self.mentions = sorted(self.mentions + split_off, key=lambda m: m.start)
        # "Marta Ilinca Dobrev, also known as Marta Dobreva": a name a person also goes by is a person's
        starts = {o.start: o for o in self.mentions}
        for m in self.mentions:
            aka = KNOWN_AS_RE.match(text, m.end) if m.source == 1 and m.type in ("Place", "Region", "Organization") else None
            if aka is not None and getattr(starts.get(aka.end()), "type", None) == "Person" and all(w[:1].isupper() for w in m.text.split()):
                m.type = "Person"
                m.extra = dict(m.extra or {}, label="PERSON")

    def _given_name_before(self, m: Mention) -> bool:
        """Whether a one-word place or body the NER named is a surname whose given name it left out, and if so take the
        given name in: a capitalised word no mention holds right before it, no function, title, department or
        nationality word, and a title owned by a named body set off after it ("Deprose Muchena, Amnesty's regional
        director"; "X Y, the group's senior researcher")."""

        ws = max(0, m.start - 30)
        given = re.search(r"(?:^|[\s\"\u201c\u201d(])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+$", self.text[ws:m.start])
        if given is None:
            return False
        word = given.group(1)
        low = word.lower()
        if low in STOP_WORDS or low in TITLE_HEADS or low in TITLE_FILLERS or low in DEPT_WORDS or word in self.gaz.demonyms \
                or low in self.gaz.org_words or self.gaz.known_by_label.get(gz.normal(word)):
            return False
        g_start = ws + given.start(1)
        after = self.text[m.end:m.end + 80]
        # ("- Oleg Deripaska, who holds a stake in ...": a name that opens a bulleted or numbered list line before a comma)
        lead = self.text[self.text.rfind("\n", 0, g_start) + 1:g_start]
        listed = ITEM_LEAD_RE.fullmatch(lead) is not None and after[:1] in (",", ";", "\n", "")
        appos = None if listed else re.match(r",\s+(?:(?:the|then|former)\s+)?(?:[A-Z][\w.-]*|the\s+([a-z]+))(?:'s|\u2019s)\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\b", after)
        if not listed and (appos is None or not any(w.lower() in TITLE_HEADS for w in appos.group(2).split())
                           or appos.group(1) and appos.group(1) not in self.gaz.org_apposition_heads):
            return False  # (the possessor a body: "the group's researcher", not "the city's police chief")
        if any(o is not m and o.start <= g_start < o.end for o in self.mentions):
            return False
        m.start = g_start
        m.text = self.text[m.start:m.end]
        return True

    def _name_after_long_title(self, m: Mention, words: list[str]) -> Mention | None:
        """"UN High Commissioner for Human Rights Volker Tuerk" read as one body: a capitalised title with a "for/of/on"
        remit, then a name. The name is the capitalised words after the remit's last word (a remit word, a department
        word or a known place); the mention keeps the title's words before it, and the name becomes a person."""
        remitless = False
        head = next((n for n, w in enumerate(words) if w[:1].isupper() and (w.lower() in TITLE_HEADS
                                                                            or any(p in TITLE_HEADS for p in w.lower().split("-")))), None)
        if head is not None and not any(w in ("for", "of", "on") for w in words[head + 1:]):
            # "U.N. Secretary-General Ban Ki-moon": a title with no remit, then the name right after its last word
            last = max(n for n, w in enumerate(words) if w[:1].isupper() and (w.lower() in TITLE_HEADS
                                                                             or any(p in TITLE_HEADS for p in w.lower().split("-")))) - 1
            remitless = True
        elif head is None or not any(w in ("for", "of", "on") for w in words[head + 1:]):
            # "UN Special Envoy for" + "Syria Geir Pedersen": the title and its "for" are just before the mention
            lead = re.search(r"\b([A-Z][a-z]+)\s+(?:for|on|of)\s+$", self.text[max(0, m.start - 40):m.start])
            if lead is None or lead.group(1).lower() not in TITLE_HEADS:
                return None
            last = -1
        else:
            last = max(n for n, w in enumerate(words) if w in ("for", "of", "on"))
        k = len(words)
        while k - 1 > last and words[k - 1][:1].isupper() and words[k - 1].replace("-", "").isalpha() \
                and words[k - 1].lower() not in TITLE_TOPIC_WORDS | DEPT_WORDS | TITLE_HEADS and words[k - 1].lower() not in self.gaz.org_words \
                and not any(p in TITLE_HEADS for p in words[k - 1].lower().split("-")) \
                and not self.gaz.known_by_label.get(gz.normal(words[k - 1])) and words[k - 1] not in self.gaz.demonyms:
            k -= 1
        tail = words[k:]
        if not 2 <= len(tail) <= 3 or k - 1 <= last or self._business_words(tail):
            return None
        rest = " ".join(tail)
        at = m.text.rfind(rest)
        if at <= 0 or " ".join(words[:k]) != m.text[:at].strip():
            return None
        person = Mention(m.start + at, m.end, rest, "Person", 1, extra={"label": "PERSON"})
        m.end = m.start + len(m.text[:at].rstrip(" \t\n,;:"))
        if remitless:
            # ("U.N. Secretary-General": no office of its own; the body is the known name before the title)
            known = next((" ".join(words[:p]) for p in range(head, 0, -1) if self.gaz.known_by_label.get(gz.normal(" ".join(words[:p])))), None)
            if known is not None and m.text.startswith(known):
                m.end = m.start + len(known)
        m.text = self.text[m.start:m.end]
        return person

    def _beside_person(self, m: Mention, person_starts: set, person_ends: set) -> bool:
        """Whether a name is coordinated with a person's by a bare "and" ("Maria Gonzalez and Tupac Yupanqui Quispe"),
        and has the shape of a personal name: two to four capitalised words, none of them a body's word."""
        words = m.text.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
                or any(w.lower() in self.gaz.org_words or w.lower() in GROUP_HEADS for w in words):
            return False
        after = re.match(r"\s+and\s+", self.text[m.end:m.end + 8])
        before = re.search(r"\s+and\s+$", self.text[max(0, m.start - 8):m.start])
        return bool(after and m.end + after.end() in person_starts or before and m.start - len(before.group(0)) in person_ends)

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

    def _left_out_name_word(self, gap: str, pos: int) -> bool:
        """Whether the words between two person mentions are one capitalised word that can only be a name: not a title,
        a department's or a body's word, a name the gazetteer knows, nor a word the text also writes in lower case, and
        not on a Title-Case headline, where every word is capitalised."""
        word = gap.strip()
        return re.fullmatch(r" [^\W\d_][^\W\d_]+ ", gap) is not None and word[:1].isupper() and word[1:].islower() \
            and word.lower() not in TITLE_HEADS | DEPT_WORDS | RANK_WORDS and word.lower() not in self.gaz.org_words \
            and not HONORIFICS.match(word + " ") \
            and not self.gaz.known_by_label.get(gz.normal(word)) and not self._written_in_lower_case(word) \
            and not self._title_case_line(pos)

    def _extend_person_mentions(self):
        """Grow a person mention over capitalised proper nouns the NER left out on either side
        ("Mohammed Khalifa al-Kani" tagged as "Khalifa al-Kani"; "Wang Mingshan" tagged as "Wang")."""
        # "Husayn" + "Falih al-Lami": one name the NER cut in two
        joined: list[Mention] = []
        for m in self.mentions:
            prev = joined[-1] if joined else None
            # "Aleksandr" (read as a place) + "Volkov": a single unknown capitalised word right before a person's name is his given name
            gap = self.text[prev.end:m.start] if prev is not None else ""
            # ("María Consuelo" (read as a body) + " Porras " + "Argueta de Porres": given names, a left-out surname, a person)
            left_out = prev is not None and m.type == "Person" and self._left_out_name_word(gap, m.start)
            given = prev is not None and m.type == "Person" and prev.type in ("Place", "Region", "Organization") and prev.source == 1 \
                and (re.fullmatch(r"[A-Z][a-z]+", prev.text) is not None and not left_out
                     or left_out and prev.type == "Organization" and re.fullmatch(r"[A-Z][^\W\d_]+ [A-Z][^\W\d_]+", prev.text)) \
                and not self.gaz.known_by_label.get(gz.normal(prev.text)) \
                and all(w not in self.gaz.demonyms and w.lower() not in DEPT_WORDS | TITLE_HEADS and w.lower() not in self.gaz.org_words
                        for w in prev.text.split()) and len(m.text.split()) <= 3
            # ("José Eduardo" + " dos " + "Santos": a lower-case particle the NER left out between two parts of a name;
            # "María Consuelo" + " Porras " + "Argueta de Porres": a surname it left out between two parts of one)
            if prev is not None and (m.type == prev.type == "Person" or given) and (gap == " " or m.type == "Person" and (
                    re.fullmatch(r" ([a-z]{2,3}) ", gap) and gap.strip() in NAME_PARTICLES or left_out)) \
                    and _name_length(prev.text + gap + m.text) <= 5:
                if given:
                    prev.type, prev.extra = "Person", dict(prev.extra or {}, label="PERSON")
                prev.end = m.end
                prev.text = self.text[prev.start:prev.end]
                continue
            joined.append(m)
        self.mentions = joined
        covered = sorted((m.start, m.end) for m in self.mentions)
        occupied = lambda a, b: any(x < b and a < y for x, y in covered)
        drop: set = set()

        def name_tok(t) -> bool:
            # (not an English function word a Title-Case headline capitalises: "... Kale Kayihura Due to Involvement in ...")
            return (t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and t.lower_ not in TITLE_HEADS
                    and t.lower_ not in PLURAL_TITLE_HEADS and not t.is_stop  # ("Judges Andrew Chan, Alex Lee and ...")
                    and t.lower_ not in PERSON_NOUNS  # ("... Linked to Businessman Dan Gertler": what he is, not a name)
                    and t.lower_ not in DEPT_WORDS and t.lower_ not in TITLE_FILLERS and not HONORIFICS.match(t.text + " ")
                    and "\n" not in t.whitespace_)

        for m in self.mentions:
            if m.type != "Person" or m.source != 1:
                continue
            for off, sdoc in self.parsed:
                if not (off <= m.start < off + self.doc_len[id(sdoc)]):
                    continue
                span = self._token_range(sdoc, m.start - off, m.end - off)
                if span is None:
                    break
                a, b = span.start, span.stop
                # the whole run of name words before the mention, or nothing: "Hugo Adalberto" (which the NER may call
                # a work of art) of "Hugo Adalberto Mendez Moreno", but not "Africa" of "Minister for Africa James Duddridge"
                # "Isabel" + "dos Santos", "Ms." + "dos Santos": a lower-case particle opens the surname the NER read
                p = a
                if a >= 2 and sdoc[a - 1].text in NAME_PARTICLES and not occupied(off + sdoc[a - 1].idx, off + sdoc[a - 1].idx + 1) \
                        and (name_tok(sdoc[a - 2]) or HONORIFICS.match(sdoc[a - 2].text + " ")):
                    p = a - 1
                a2 = p
                while a2 - 1 >= 0 and _name_length(self.text[off + sdoc[a2 - 1].idx:m.end]) <= 5 and name_tok(sdoc[a2 - 1]) and sdoc[a2 - 1].ent_type_ in ("", "WORK_OF_ART", "PRODUCT", "EVENT") \
                        and not occupied(off + sdoc[a2 - 1].idx, off + sdoc[a2 - 1].idx + 1):
                    a2 -= 1
                while a2 >= 2 and self._name_hyphen(sdoc, a2 - 1) and sdoc[a2 - 2].text.istitle() \
                        and not occupied(off + sdoc[a2 - 2].idx, off + sdoc[a2 - 2].idx + 1):
                    a2 -= 2  # "Jean-" of "Jean-Emmanuel Ouédraogo"
                # (a name the NER opened at a middle initial has its given name before it, whatever precedes that:
                # "Secretary of State Antony" + "J. Blinken")
                middle_initial = p - a2 == 1 and p == a and re.fullmatch(r"[A-Z]\.", sdoc[a].text) is not None
                if a2 < a and (a2 - 1 < 0 or sdoc[a2 - 1].pos_ != "PROPN" or not sdoc[a2 - 1].text[:1].isupper() or sdoc[a2 - 1].lower_ in TITLE_HEADS
                               or middle_initial) \
                        and (a2 - 1 < 0 or sdoc[a2 - 1].lower_ not in ("for", "of")) \
                        and (p - a2 == 1 and not (a2 >= 1 and sdoc[a2 - 1].pos_ == "CCONJ" and sdoc[a2].lower_ in TITLE_TOPIC_WORDS)
                             or a2 - 1 < 0 or sdoc[a2 - 1].pos_ not in ("CCONJ", "ADP", "DET")) \
                        and not any(x.lower_ in self.gaz.org_words for x in sdoc[a2:a]):
                    a = a2  # (two words after "and" may end a body's name: "for Sanctions and Financial Crimes Jane Doe"; one
                    # word after it may too when it is a remit's: "Minister for Justice and Equality X")
                elif p < a and not name_tok(sdoc[p - 1]):
                    a = p  # (after an honorific the particle alone: "Ms. dos Santos")
                while b < len(sdoc) and b + 1 - a <= 5 and name_tok(sdoc[b]) and not occupied(off + sdoc[b].idx, off + sdoc[b].idx + 1) \
                        and not self._title_case_line(m.start) \
                        and (b + 1 >= len(sdoc) or sdoc[b + 1].pos_ != "PROPN"):
                    b += 1
                # "Lieutenant General Johnson Mogoa" + "Kimani" + "Ondieki" (read as a body): a four-word name after a rank
                # the NER cut in pieces, its last word a lone unknown name the NER typed otherwise, a comma after it
                last = sdoc[b + 1] if b + 2 <= len(sdoc) and b + 2 - a <= 5 else None
                lone = last is not None and name_tok(sdoc[b]) and name_tok(last) \
                    and not occupied(off + sdoc[b].idx, off + sdoc[b].idx + 1) \
                    and any(w.lower() in RANK_WORDS | TITLE_HEADS for w in self._title_words(m.start)[:1]) \
                    and (b + 2 >= len(sdoc) or sdoc[b + 2].is_punct) \
                    and [(x.start, x.end, x.source, x.type) for x in self.mentions if x.start == off + last.idx
                         and x.end == off + last.idx + len(last.text)][:1]
                if lone and lone[0][2] == 1 and lone[0][3] in ("Organization", "Place", "Region") \
                        and not self.gaz.known_by_label.get(gz.normal(last.text)):
                    drop.add(lone[0][:2])
                    b += 2
                while self._name_hyphen(sdoc, b) and not occupied(off + sdoc[b + 1].idx, off + sdoc[b + 1].idx + 1):
                    b += 2  # "-Olu" of "Babajide Sanwo-Olu"
                if (a, b) != (span.start, span.stop):
                    m.start, m.end = off + sdoc[a].idx, off + sdoc[b - 1].idx + len(sdoc[b - 1].text)
                    m.text = self.text[m.start:m.end]
                break
        if drop:
            self.mentions = [m for m in self.mentions if (m.start, m.end) not in drop]
        for m in self.mentions:
            # "Admiral of the Fleet Ravi Tennakoon", "Marshal of the Air Force X": whichever rule read the name (the NER,
            # a title's, an apposition's, the growth above), the service that ends the rank's "of the" phrase is the
            # title's, not the name's
            words, cut = m.text.split(), False
            while m.type == "Person" and len(words) >= 3 and words[0].lower() in SERVICE_TITLE_TAILS and words[0][:1].isupper() \
                    and (cut or self.text.endswith(" of the ", 0, m.start)):
                m.start = self.text.index(words[1], m.start + len(words[0]))
                m.text = self.text[m.start:m.end]
                words, cut = words[1:], True

    def _country_name_end(self, etext: str, e: int) -> int:
        """Where a body's name ends when a country follows it: "the United Socialist Party of Venezuela", "the Committee
        of Relatives of the Detained and Disappeared in Honduras". The NER stops before "of" or "in" and the country,
        and the body the graph then holds has lost the words that tell it from its namesakes. "Of" a country ends a
        party's or society's name (a commission "of Liberia" may be the text's own gloss); "in" a country only a long
        descriptive name of a committee or the like that has its own "of" or "for" ("the Red Cross in Syria" is the Red
        Cross, "the Ministry of Interior in Bahrain" a ministry located there)."""
        m = _COUNTRY_TAIL_RE.match(self.text, e)
        if m is None:
            return e
        words = etext.split()
        long_name = re.search(r"\s(?:of|for)\s", etext) and words[0].casefold() in COUNTRY_IN_NAME_HEADS
        if m["prep"] == "in" and long_name and m.group(0).split()[1] == "the" and len(m["place"].split()) >= 2 \
                and not any(self.gaz.known_by_label.get(gz.normal(w)) or w in self.gaz.demonyms for w in [m["place"], *m["place"].split()]):
            return m.end()  # "the Commission for Truth and Access to Justice in the Ayotzinapa Case": no place, the name goes on
        ke = self.gaz.known_by_label.get(gz.normal(m["place"]))
        if ke is None or ke.type != "Country":
            return e
        if m["prep"] == "of" and words[-1].casefold() in COUNTRY_NAMED_BODY_HEADS \
                or m["prep"] == "in" and re.search(r"\s(?:of|for)\s", etext) and words[0].casefold() in COUNTRY_IN_NAME_HEADS:
            return m.end()
        return e

    def _resolve_descriptors(self):
        """Descriptors ("the leader", "the Chechen") and pronouns refer to the most salient person so far.

        A descriptor set off right after a name ("Chen Quanguo, then the Communist Party chief") describes that
        name, however salient another person is: an appositive is read as the most salient person otherwise,
        and a sanction or title told of the name would go to someone else. A descriptor whose head is a title
        ("the former president") goes to the people the text has given that title ("former President of Panama
        X"), when it has: the statement's signer, named once in its head, is otherwise as salient as the
        president it designates."""
        seen: Counter = Counter()
        titled: dict[str, set] = {}  # a title word -> the people a mention of it stands right before
        last = None  # the last person mention
        last_start: dict = {}  # an entity -> where its last mention before the current one starts
        done = 0  # the mentions counted in it so far
        mentions = self.mentions
        for m in mentions:
            while done < len(mentions) and mentions[done].start < m.start:
                last_start[mentions[done].entity] = mentions[done].start
                done += 1
            if m.type == "Person" and m.entity and not m.extra.get("byline"):
                seen[m.entity] += 1
                last = m
                for word in self._title_words(m.start):
                    titled.setdefault(word.lower(), set()).add(m.entity)
            elif m.type == "Descriptor":
                if seen:
                    holders = titled.get(m.text.rsplit(None, 1)[-1].lower(), set()) & set(seen)
                    if last is not None and _APPOSITIVE_GAP_RE.fullmatch(self.text[last.end:m.start]) \
                            and not self.text.startswith(("'s", "\u2019s"), m.end):  # ("X, the leader's sister": another)
                        key = last.entity
                    else:
                        # (of two as salient, the one named last)
                        key = max(holders or seen, key=lambda k: (seen[k], last_start.get(k, -1)))
                    m.entity = key
                    ent = self.ex.entities[key]
                    ent.aliases.add(m.text)
                    ent.mentions.append(self.span(m.start, m.end))
                    seen[key] += 1

    def _title_clause(self, start: int, width: int = 60) -> str:
        """The clause of the line right before the name at ``start``, where a title in front of it stands ("former
        President of Peru X"), or the one before its comma when the name is set off as the title's apposition
        ("the former Interior Minister of Peru, X")."""
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[max(line_start, start - width):start]
        parts = _CLAUSE_CUT_RE.split(before)
        if len(parts) > 1 and not parts[-1].strip() and before.rstrip().endswith(","):
            return parts[-2]
        return parts[-1]

    def _title_words(self, start: int) -> list[str]:
        """The words of the title run that ends right before the name at ``start``: capitalised words, title
        heads and the small words between them ("former President of Peru"), back to the first other word
        ("designated"), so a title told of someone else earlier in the clause is not this name's."""
        words = _TITLE_BEFORE_RE.findall(self._title_clause(start))
        run: list[str] = []
        for word in reversed(words):
            if not (word[0].isupper() or word.lower() in _TITLE_RUN_WORDS):
                break
            run.append(word)
        return run
