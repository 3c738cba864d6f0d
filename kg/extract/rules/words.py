"""The rules' vocabularies: grammar of the domain, not facts about any article.

The lists live in data/gazetteers/rule_words.json so that widening the vocabulary needs no code change;
this module only loads them and compiles the few patterns built from them."""

from __future__ import annotations

import re

from kg.extract import gazetteer as gz

_WORDS = gz.RuleWords.load()


def alternation(words) -> str:
    """A regex alternation of a word list's phrases, longest first (so "blog post" wins over "post"), each space
    matching any run of white space."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

SANCTION_TRIGGERS = _WORDS.set("sanction_triggers")
STRONG_SANCTION = _WORDS.set("strong_sanction") | _WORDS.set("sanction_gerunds")
# every word that tells a sanction, sure or not (asked of many tokens: the union is made once)
SANCTION_WORDS = STRONG_SANCTION | SANCTION_TRIGGERS
DESIGNATION_NOUNS = _WORDS.set("designation_nouns")
SANCTIONING_VERBS = _WORDS.set("sanctioning_verbs")
SANCTION_MEASURE_NOUNS = _WORDS.set("sanction_measure_nouns")
SANCTIONED_ADJECTIVES = _WORDS.set("sanctioned_adjectives")
DESIGNATED_APPOSITION_HEADS = _WORDS.set("designated_apposition_heads")
DESIGNATED_APPOSITION_FILLERS = _WORDS.set("designated_apposition_fillers")
STATUTE_TITLE_LEAD = _WORDS.set("statute_title_lead_words")
UNNAMED_LAW_HEADS = _WORDS.set("unnamed_law_heads")
INSTRUMENT_KIND_RE = re.compile(r"\bthe\s+(%s)\b" % "|".join(sorted(map(re.escape, _WORDS.set("instrument_kind_references")), key=len, reverse=True)))
SPEECH_VERBS = _WORDS.set("speech_verbs")
PLATFORM_BLOCKING_WORDS = _WORDS.set("platform_blocking_words")
ENTRY_WORDS = _WORDS.set("entry_words")
DENY_WORDS = _WORDS.set("deny_words")
DENIAL_LEMMAS = _WORDS.set("denial_lemmas")
DENIAL_CONTENT_WORDS = _WORDS.set("denial_content_words")
DEFENDED_CONDUCT_NOUNS = _WORDS.set("defended_conduct_nouns")
# "police acted lawfully", "acted in accordance with Thai law": up to two words between the phrase's words.
LAWFUL_CONDUCT_RE = re.compile(r"(?i)\b(?:%s)\b" % "|".join(
    sorted((r"\s+(?:[\w-]+\s+){0,2}".join(map(re.escape, p.split())) for p in _WORDS.set("lawful_conduct_phrases")), key=len, reverse=True)))
SANCTION_REJECTING_VERBS = _WORDS.set("sanction_rejecting_verbs")
ACCUSATION_NOUNS = _WORDS.set("accusation_nouns")
CHARACTERISING_VERBS = _WORDS.set("characterising_verbs")
PRESS_AUDIENCE_NOUNS = _WORDS.set("press_audience_nouns")
WITHHELD_NOUNS = _WORDS.set("withheld_nouns")
# (and the official account of a death in custody that clears the jailers: "had died of natural causes", "took his own life")
DENY_CONTENT = re.compile(r"\b(lies|fabricat\w*|slander\w*|false|baseless|groundless|did not exist|do not exist|no such|(?:been|was|were) staged|hoax|smear campaign|fake news"
                          r"|(?:died|deaths?)\s+(?:\w+\s+){0,2}(?:of|from|to)\s+natural\s+causes|natural\s+causes|took\s+(?:his|her|their)\s+own\s+li(?:fe|ves)"
                          r"|committed\s+suicide|(?:killed|hanged)\s+(?:himself|herself|themselves))\b", re.I)
INVESTIGATION_NOUNS = _WORDS.set("investigation_nouns")
INVESTIGATION_VERBS = _WORDS.set("investigation_verbs")
INQUIRY_FINDING_VERBS = _WORDS.set("inquiry_finding_verbs")
INQUIRY_AUTHOR_PARTICIPLES = _WORDS.set("inquiry_author_participles")
REPORT_RECORDING_VERBS = _WORDS.set("report_recording_verbs")
# What a state formally determines was committed ("determined that X committed genocide").
ATROCITY_DETERMINATION_RE = re.compile(r"(?i)\b(?:%s)\b" % "|".join(sorted(map(re.escape, _WORDS.set("atrocity_determination_words")), key=len, reverse=True)))
FINDING_CONFIRMED = re.compile(r"\b(confirmed|found (?:\w+ ){0,6}(?:credible|evidence|that)|concluded|established|corroborated|substantiated|credible|reveals|revealed|have documented|has documented)\b", re.I)
FINDING_NOT = re.compile(r"\b(found no|no evidence|could not (?:confirm|verify)|unable to (?:confirm|verify)|not confirmed|unfounded)\b", re.I)
FINDING_ONGOING = re.compile(r"\b(ongoing|launched|opened|is investigating|are investigating|was investigating|were investigating|underway|continues)\b", re.I)

TITLE_HEADS = _WORDS.set("title_heads")
TITLE_FILLERS = _WORDS.set("title_fillers")
# Title heads the recall layer reads besides TITLE_HEADS (less sure: "justice" is also a value, "pilot" a trade).
RECALL_TITLE_HEADS = _WORDS.set("recall_title_heads")
# Title head -> nouns of the bodies such a title is usually of, and nouns of bodies inside a title ("navy officer").
RECALL_TITLE_BODIES = _WORDS.mapping("recall_title_bodies")
RECALL_BODY_WORDS = _WORDS.set("recall_body_words")
RECALL_STATE_WORDS = _WORDS.set("recall_state_title_words")
# Abbreviated ranks ("Gen.", "Lt. Col.") -> the rank they stand for.
RECALL_RANK_ABBREVIATIONS = _WORDS.mapping("recall_rank_abbreviations")
ABBREVIATIONS_BEFORE_NAMES = _WORDS.set("abbreviations_before_names")
NATIONALITY_TITLE_HEADS = _WORDS.set("nationality_title_heads")
# Plural title heads ("members", "secretaries") -> the singular, for titles shared by a list of names.
PLURAL_TITLE_HEADS = {(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "s"): w for w in TITLE_HEADS}


def _singular_head(word: str) -> str:
    one = PLURAL_TITLE_HEADS[word.lower()]
    return one.capitalize() if word[:1].isupper() else one
TITLE_PRE_SKIP = _WORDS.set("title_pre_skip")
COUNT_BOUNDS = _WORDS.set("count_bounds")
ROUND_NUMBER_WORDS = _WORDS.set("round_number_words")
ROUGH_COUNT_WORDS = _WORDS.set("rough_count_words")
TITLE_GIVEN_NAMES = _WORDS.set("title_given_names")
LEGISLATOR_TITLES = _WORDS.set("legislator_titles")
NAME_CLASSIFIER_NOUNS = _WORDS.set("name_classifier_nouns")
# "James Cleverly MP", "Ana Ruiz KC, DBE": letters after a name, cut from it (in their own case: "Mp" is no seat)
POST_NOMINAL_RE = re.compile(r"(?:,?\s+(?:%s))+$" % "|".join(sorted(map(re.escape, _WORDS.set("post_nominals")), key=len, reverse=True)))
# Title -> the government body it heads when the text names no organisation.
TITLE_BODIES = _WORDS.mapping("title_bodies")
# Words of ministry and agency names ("Minister of State Security"), never part of a person's name.
DEPT_WORDS = _WORDS.set("dept_words")
# Titles of state office: without an organisation in the text they are of the country the text is about.
STATE_TITLE_RE = re.compile(
    r"\b(?:president|prime minister|premier|king|queen|crown prince|emir|sultan|minister|prosecutor general|"
    r"attorney general|foreign secretary|home secretary|national security advis[eo]r|chancellor|dictator|head of state|governor|"
    r"government spokes(?:man|woman|person))\b", re.I)
# Wikidata IDs of the jurisdictions that most sanctions texts come from (by their gazetteer labels).
SANCTIONER_QIDS = frozenset(gz.get().known_by_label[gz.normal(label)].wikidata for label in _WORDS.set("sanctioning_jurisdictions"))
# Heads too generic to name an unnamed body a title is "of" ("member of the team").
GENERIC_ORG_HEADS = _WORDS.set("generic_org_heads")
DESCRIPTOR_HEADS = _WORDS.set("descriptor_heads")
HONORIFICS = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Maj|Capt|Sen|Rep|Gov|Prof|Sheikh|Sir|(?:[Tt]he\s+)?(?:Rt\.?\s+)?(?:Hon|Honourable|Honorable))\.?\s+)+")

GROUP_HEADS = _WORDS.set("group_heads")
ACTOR_GROUP_HEADS = _WORDS.set("actor_group_heads")
# Numbered groups designated as such ("25 Russian nationals", "five other officials", "more than 150 officials"): the
# count, with the bound the text may give it
NUMBERED_GROUP = re.compile(r"(?:(?:" + alternation(COUNT_BOUNDS) + r")\s+)?"
                            r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|several|dozens)\b", re.I)
TARGET_GROUP_HEADS = _WORDS.set("target_group_heads")
# Designated people a later sentence points back to: "these individuals" (each listed person), "the same network"
# (the deeds of the entry before).
LISTED_PEOPLE_NOUNS = _WORDS.set("listed_people_nouns")
COUNTED_ANYONE_NOUNS = _WORDS.set("counted_anyone_nouns")
COUNTED_ANYONE_ADJECTIVES = _WORDS.set("counted_anyone_fillers")
SAME_DEEDS_NOUNS = _WORDS.set("same_deeds_nouns")
LISTED_ENTITY_HEADS = _WORDS.set("listed_entity_heads")
MEDIA_GROUP_HEADS = _WORDS.set("media_group_heads")
FAMILY_GROUP = re.compile(r"\b(?:immediate\s+)?(?:family\s+members|relatives|families)\b", re.I)
GOV_WORDS = re.compile(
    r"\b(Department|Ministry|Office|Bureau|Agency|Council|Commission|Parliament|Congress|Senate|Police|Army|Command|"
    r"Court|Government|Prosecutor|Committee|Directorate|Service|Guard|Forces|Administration|Treasury|Cabinet|"
    r"Politburo|Kremlin|Assembly|Ministry|Procuracy|Security)\b"
)
# (round 17: where a body's name ends) a country after it, and the words of a firm's name
COUNTRY_NAMED_BODY_HEADS = _WORDS.set("country_named_body_heads")
COUNTRY_IN_NAME_HEADS = _WORDS.set("country_in_name_heads")
BUSINESS_NAME_WORDS = _WORDS.set("company_name_words")
# What a statement was made in: "a joint statement", "a televised address", "national television" (rule_words.json
# medium_nouns, medium_modifiers, broadcast_media). A word opens every form: the lookahead lets a scan skip other
# positions at once.
MEDIUM_RE = re.compile(
    r"(?=\w)(?:\b(?:(?:" + alternation(_WORDS.set("medium_modifiers")) + r")\s+)?(?:" + alternation(_WORDS.set("medium_nouns")) + r")\b"
    r"|\b(?:" + alternation(_WORDS.set("broadcast_media")) + r")\b)",
    re.I,
)
NEG = _WORDS.set("neg")
BYLINE_RE = re.compile(r"(?m)^[ \t]*By\s+[A-Z][^\n]{0,80}$")
# Nouns of an abuse whose "of" names the victim ("the killing of X").
VICTIM_NOUNS = _WORDS.set("victim_nouns")
# Words whose subject watches, judges or reports an abuse rather than commits it.
OUTSIDE_VIEW = _WORDS.set("outside_view")
# Nouns naming people as the ones who did a crime ("arrest the culprits"): held by the law, not arbitrarily.
CULPRIT_NOUNS = _WORDS.set("culprit_nouns")
# Participles of naming set off between a subject and its verb ("X, often described as Y, killed ...").
ALSO_KNOWN_AS_VERBS = _WORDS.set("also_known_as_verbs")
# Passive verbs of report or belief whose subject is the doer of the infinitive after them ("is alleged to have").
RAISING_VERBS = _WORDS.set("raising_verbs")
# Verbs of seeing or showing whose object is shown doing the deed a participle after it names.
SEEING_VERBS = _WORDS.set("seeing_verbs")
# Verbs whose subject points at or defends a deed told in their object, and so did not do it there.
POINTING_VERBS = _WORDS.set("pointing_verbs")
# A header line that names the kind of release the text is.
HEADER_MEDIUM_RE = re.compile(r"(?:press|news|media)\s+(?:release|statement)|statement|joint\s+statement", re.I)
# A head line "<kind of text> - <issuer>" or "<issuer> - <kind of text>" ("Report summary - Human Rights Watch").
MASTHEAD_MEDIUM_HEADS = _WORDS.set("masthead_medium_heads")
MASTHEAD_RE = re.compile(r"\s*(\S[^\n]*?)\s+[-\u2013\u2014]\s+(\S[^\n]*?)\s*")
# What a sanction answers: names after it are the occasion, not targets.
REASON_RE = re.compile(r"\b(?:in\s+(?:retaliation|response|reprisal)\s+(?:for|to|against)|in\s+return\s+for|retaliating\s+for)\b", re.I)
# A body's name that makes it a court ("the Golovinsky District Court", "the Special Tribunal for X").
COURT_NAME_RE = re.compile(r"(?i)\b(?:court|tribunal)\b")
# A sentence that names the members of a group just designated ("The four are ...", "They include ...", "Those listed were ...").
LIST_LEAD_RE = re.compile(
    r"\s*(?:(?:The|These|Those)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|designated|listed|sanctioned|targeted)"
    r"(?:\s+[a-z][\w-]*){0,3}|They(?:\s+also)?)\s+(?:are|were|include|included)\s+(?:the\s+)?[A-Z]")
# "The three entities listed are A, ...; B, ...; and C", "The companies designated today are A; B; and C": a list
# after a copula whose subject a sanction participle describes (with semicolons between the items, see
# sanctions._copular_list)
COPULAR_LIST_RE = re.compile(
    r"\s*(?:The|These|Those)\s+(?:[\w-]+\s+){0,3}?(?:listed|designated|sanctioned|targeted)(?:\s+today)?\s+"
    r"(?:are|were|include|included)\s+(?:the\s+)?[A-Z]")
# "Two of them, A and B, lead militias; the other two, C and D, ...": a count of the ones the sentence before designated,
# then their names set off
# "The other three, A, B and C, have helped to finance the militia": the rest of a count the sentence before began to
# list, their names set off before the verb
OTHER_COUNT_RE = re.compile(r"\s*The\s+(?:other|remaining)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s*,\s+[A-Z]")
COUNT_OF_THEM_RE = re.compile(r"\s*(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2})\s+of\s+(?:them|those|these)\s*,\s+[A-Z]")
LIST_FIELD_LABELS = _WORDS.set("list_field_labels")
LEADING_PREPOSITIONS = _WORDS.set("leading_prepositions")
ARMED_BODY_HEADS_AFTER_NAME = _WORDS.set("armed_body_heads_after_name")
LIST_NAME_LABELS = _WORDS.set("list_name_labels")
# A list line's number or letter on its own ("1.", "(2)", "b)").
LIST_MARKER_RE = re.compile(r"\(?(?:\d{1,2}|[a-z])[.)]")
# A bulleted list line's bullet ("-", "*", "\u2022", en and em dashes).
BULLET_MARKS = frozenset(("-", "*", "\u2022", "\u2013", "\u2014"))
# What opens a bulleted or numbered list line before its name, with the space around it ("- ", "2. ", "(3) ").
ITEM_LEAD_RE = re.compile(r"\s*(?:[-*\u2022\u2013\u2014]|\(?\d{1,2}[.)])\s*")
# what may end a sentence inside a line (see MentionRules._cut_mid_line): end punctuation with its closing quotes or
# brackets, and the dash that closes a dateline or a heading ("WASHINGTON -", "Press Release \u2014")
MID_LINE_END_RE = re.compile(r"[.!?:;\-\u2013\u2014][\"'\u201d\u2019)\]]*$")
# (the longer names first: "UN panel of experts", not "UN panel")
_UN_TAIL = (r"(?:\s+(?:fact-finding mission|commission of inquiry|panel of experts|group of experts|[A-Z][\w'-]+|mission|panel|office|experts|"
            r"investigators|team|human rights|special rapporteur)|\s+(?:of|on|for|in|against)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
INVESTIGATOR_RE = re.compile(
    # (every form opens with a capital or one of these letters: the lookahead lets the scan skip other positions)
    r"(?=[A-Zcfgijmnps])(?:\b(?:UN|U\.N\.|United Nations)" + _UN_TAIL + r"+"
    # ("a judicial commission of inquiry into state capture, chaired by X": its kind and a remit set off by a comma)
    r"|\b(?:(?:independent|international|national|joint|judicial|presidential|parliamentary|public|special)\s+){0,3}"
    r"(?:commission of inquiry|fact-finding mission|panel of experts)\b(?:\s+into\s+(?!the\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=\s*[,;]))?"
    r"|\bgroup\s+of\s+(?:(?:independent|international|U\.N\.|UN|United\s+Nations)\s+){1,2}experts\b"  # "a group of U.N. experts"
    r"|\b(?:(?:[A-Z][\w-]+|U\.S\.|military|intelligence|forensic|independent)\s+){1,3}(?:laboratory|lab|intelligence agencies|investigators|prosecutors|coroner)\b"
    r"|\b(?:[A-Z][\w-]+(?:'s|\u2019s)\s+)?(?:public|state|chief|special|military)\s+prosecutors?\b"
    # the proper names of UN and national inquiry bodies, which the NER cuts short ("Independent Investigative Mechanism for Myanmar")
    r"|\b(?:(?!The\b)[A-Z][\w-]+\s+){0,3}(?:Investigative Mechanism|Fact-Finding Mission|Commission of Inquiry|Panel of Experts|Investigative Committee)"
    # (its remit: "Commission of Inquiry into Allegations of State Capture"; a place only after "Human Rights", as UN
    # bodies are named - "... on Human Rights in the Democratic People's Republic of Korea" - since elsewhere "in X"
    # tells where the body sits: "the Commission of Inquiry on Enforced Disappearances in Kesh has received ...")
    r"(?:\s+(?:for|on|of|into)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*){0,3}"
    r"(?:(?<=Human Rights)\s+in\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)?)?)")
# The verbs of an investigating body's work, and the nouns of its product.
INVESTIGATOR_VERBS = _WORDS.set("investigator_verbs")
INVESTIGATION_PRODUCTS = _WORDS.set("investigation_products")
INQUIRY_CONDUCT_VERBS = _WORDS.set("inquiry_conduct_verbs")
EVIDENCE_VERBS = _WORDS.set("evidence_verbs")
EVIDENCE_NOUNS = _WORDS.set("evidence_nouns")
INQUIRY_BODY_NOUNS = _WORDS.set("inquiry_body_nouns")
INQUIRING_OFFICE_NOUNS = _WORDS.set("inquiring_office_nouns")
MANDATE_VERBS = _WORDS.set("mandate_verbs")
# Verbs whose subject acts on the sanction (announces, imposes or designates it).
ACTING_VERBS = _WORDS.set("acting_verbs")
COVERAGE_VERBS = _WORDS.set("coverage_verbs")
OUTLET_NOUNS = _WORDS.set("outlet_nouns")
# Bodies that investigate, document or report abuses: by a name of theirs (as written) or a word of it (any case)
MONITOR_NAME_RE = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, sorted(_WORDS.set("monitor_body_names"), key=len, reverse=True))))
MONITOR_WORD_RE = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(_WORDS.set("monitor_name_words"), key=len, reverse=True))), re.I)
BARRED_ACTIVITY_NOUNS = _WORDS.set("barred_activity_nouns")
ASSET_NOUNS = _WORDS.set("asset_nouns")
# A capital as its state: every one where a sanctioning actor is expected; as a denier
# or speaker only those that name nothing else in the news.
CAPITALS = {gz.normal(k): v for k, v in _WORDS.mapping("capitals").items()}
CAPITAL_GOVERNMENTS = {k: v for k, v in CAPITALS.items() if k not in {gz.normal(w) for w in _WORDS.set("capitals_also_other_things")}}
REVOKING_WORDS = _WORDS.set("revoking_words")
REACTION_VERBS = _WORDS.set("reaction_verbs")
DISMAY_VERBS = _WORDS.set("dismay_verbs")
PARTNER_VERBS = _WORDS.set("partner_verbs")
WITHHOLDING_WORDS = _WORDS.set("withholding_words")
PROPOSAL_NOUNS = _WORDS.set("proposal_nouns")
UNREALISED_MODIFIERS = _WORDS.set("unrealised_modifiers")
NUMBER_WORDS = _WORDS.mapping("number_words")
# Heads of a report's own verbs and nouns: their "by" names the author, not a perpetrator.
REPORT_WORDS = _WORDS.set("report_words")
MODAL_WORDS = _WORDS.set("modal_words")
CALL_FOR_VERBS = _WORDS.set("call_for_verbs")
BARE_GROUP_HEADS = _WORDS.set("bare_group_heads")
COLLECTIVE_NOUNS = _WORDS.set("collective_nouns")
UNIT_NOUNS = _WORDS.set("unit_nouns")
# "the army's 1 Division", "the 44th Infantry Brigade": a numbered military unit the NER leaves untagged
NUMBERED_UNIT_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+){0,2}\s+(?:" + "|".join(w.capitalize() for w in sorted(_WORDS.set("military_unit_nouns"))) + r")\b")
KIN_SEX = _WORDS.mapping("gendered_kin_words")  # "wife" -> "f": the sex a kinship word gives its relative
NAME_FINAL_ABBREVIATIONS = _WORDS.set("name_final_abbreviations")
BARE_ACTOR_HEADS = _WORDS.set("bare_actor_heads")
STATE_ITSELF_NOUNS = _WORDS.set("state_itself_nouns")
LEGAL_REGIME_MODIFIERS = _WORDS.set("legal_regime_modifiers")
JUDICIAL_ACTOR_NOUNS = _WORDS.set("judicial_actor_nouns")
LEGISLATURE_WORDS = _WORDS.set("legislature_words")
RANK_WORDS = _WORDS.set("rank_words")
ACRONYM_LINKS = _WORDS.set("acronym_links")
FOREIGN_NAME_LINKS = _WORDS.set("foreign_name_links")
SUFFER_VERBS = _WORDS.set("suffer_verbs")
DONE_TO_VERBS = _WORDS.set("done_to_verbs")
UNDERGO_VERBS = _WORDS.set("undergo_verbs")
PATIENT_PREPOSITIONS = _WORDS.set("patient_prepositions")
ADMINISTRATIVE_PLACE_WORDS = _WORDS.set("administrative_place_words")
PATIENT_ROLE_NOUNS = _WORDS.set("patient_role_nouns")
FORCE_VERBS = _WORDS.set("force_verbs")
FACILITY_NOUNS = _WORDS.set("facility_nouns")
CUSTODY_NOUNS = _WORDS.set("custody_nouns")
FORCE_MEMBER_NOUNS = _WORDS.set("force_member_nouns")
MARK_NOUNS = _WORDS.set("mark_nouns")
MARK_VERBS = _WORDS.set("mark_verbs")
# What joins a person's name to the name they go by ("X, known as Y", "X, alias Y").
KNOWN_AS_RE = re.compile(r",?\s+(?:(?:also|better|widely)\s+)?(?:known\s+as|nicknamed|alias|a\.k\.a\.)\s+(?:the\s+)?", re.I)
ACCUSE_VERBS = _WORDS.set("accuse_verbs")
IMPLICATING_VERBS = _WORDS.set("implicating_verbs")
TIME_SPENDING_VERBS = _WORDS.set("time_spending_verbs")
SUBJECTING_VERBS = _WORDS.set("subjecting_verbs")
RECORD_NOUNS = _WORDS.set("record_nouns")
TYING_VERBS = _WORDS.set("tying_verbs")
ATTRIBUTING_VERBS = _WORDS.set("attributing_verbs")
PERPETRATING_VERBS = _WORDS.set("perpetrating_verbs")
CHARGE_NOUNS = _WORDS.set("charge_nouns")
LEGAL_STEP_NOUNS = _WORDS.set("legal_step_nouns")
LEGAL_PROCESS_NOUNS = _WORDS.set("legal_process_nouns")
CUSTODY_RULING_WORDS = _WORDS.set("custody_ruling_words")
WARRANT_VERBS = _WORDS.set("warrant_verbs")
CONSIGN_VERBS = _WORDS.set("consign_verbs")
JOURNEY_VERBS = _WORDS.set("journey_verbs")
CONFLICT_NOUNS = _WORDS.set("conflict_nouns")
COMMAND_VERBS = _WORDS.set("command_verbs")
MEMBER_NOUNS = _WORDS.set("member_nouns")
STATE_FORCE_HEADS = _WORDS.set("state_force_heads")
FORCE_BUILDING_NOUNS = _WORDS.set("force_building_nouns")
STATE_BODY_NOUNS = _WORDS.set("state_body_nouns")
BODY_DESCRIPTOR_HEADS = _WORDS.set("body_descriptor_heads")
BODY_KIND_WORDS = _WORDS.set("body_kind_words")
BODY_HEAD_KIN = _WORDS.mapping("body_head_kin")
ENVOY_BODY_NOUNS = _WORDS.set("envoy_body_nouns")
AGENT_MEMBER_PREPS = _WORDS.set("agent_member_preps")
DISSENT_VICTIM_WORDS = _WORDS.set("dissent_victim_words")
DISSENT_TARGET_WORDS = _WORDS.set("dissent_target_words")
IDENTITY_TARGET_WORDS = _WORDS.set("identity_target_words")
DISSENT_GATHERING_WORDS = _WORDS.set("dissent_gathering_words")
DISSENT_ABUSE_TYPES = _WORDS.set("dissent_abuse_types")
PHYSICAL_ABUSE_TYPES = _WORDS.set("physical_abuse_types")
COUNTER_ABUSE_VERBS = _WORDS.set("counter_abuse_verbs")
OFFICE_ABUSE_NOUNS = _WORDS.set("office_abuse_nouns")
STOP_VERBS = _WORDS.set("stop_verbs")
GENERIC_DOER_WORDS = _WORDS.set("generic_doer_words")
ABUSE_NOT_DONE_VERBS = _WORDS.set("abuse_not_done_verbs")
ABUSE_NOT_DONE_NOUNS = _WORDS.set("abuse_not_done_nouns")
ACQUITTING_VERBS = _WORDS.set("acquitting_verbs")
AFTERMATH_VERBS = _WORDS.set("aftermath_verbs") | ACQUITTING_VERBS | SANCTIONING_VERBS
ACCIDENT_NOUNS = _WORDS.set("accident_nouns")
COMBATANT_NOUNS = _WORDS.set("combatant_nouns")
HIDDEN_DOER_WORDS = _WORDS.set("hidden_doer_words")
HIDDEN_DOER_HEADS = _WORDS.set("hidden_doer_heads")
PERSON_NOUNS = _WORDS.set("person_nouns")
PEOPLE_NOUNS = _WORDS.set("people_nouns") | PERSON_NOUNS
TAKEN_AWAY_RE = re.compile(r"(?i)\b(?:%s)" % "|".join(re.escape(w) for w in sorted(_WORDS.set("taken_away_words"), key=len, reverse=True)))
HIDING_CLOTHES_WORDS = _WORDS.set("hiding_clothes_words")
ARMED_BODY_WORDS = _WORDS.set("armed_body_words")
ATTACK_NOUNS = _WORDS.set("attack_nouns")
TITLE_MODIFIERS = _WORDS.set("title_modifiers")
ABUSE_PATTERNS = [(re.compile(p, re.I), code) for code, pats in _WORDS.mapping("abuse_patterns").items() for p in pats]
# Words that usually tell an abuse but not always: read only by the recall layer, only where no precise word does.
RECALL_ABUSE_PATTERNS = [(re.compile(p, re.I), code) for code, pats in _WORDS.mapping("recall_abuse_patterns").items() for p in pats]


def _any_of(patterns) -> re.Pattern:
    """One pattern that matches in a text exactly when one of ``patterns`` does: a sentence without a hit is
    skipped with one search instead of one per pattern (each list is still run pattern by pattern on a hit,
    since their matches may overlap)."""
    joined = "|".join(f"(?:{p.pattern})" for p, _ in patterns)
    # Every pattern opens on a word (test_rule_words checks it), so the scan may skip other positions at once:
    # about twice as fast over a text.
    return re.compile(f"(?=\\w)(?:{joined})", re.I)


ANY_ABUSE_PATTERN = _any_of(ABUSE_PATTERNS)
ANY_RECALL_ABUSE_PATTERN = _any_of(RECALL_ABUSE_PATTERNS)
# How sure a text is of an abuse: the cue words of each status, as one pattern per status.
STATUS_CUES = {status: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
               for status, words in _WORDS.mapping("abuse_status_cues").items()}

# Nouns that refer back to a place named before ("the city's police commissioner").
PLACE_NOUNS = _WORDS.set("place_nouns")
# What a state or the public owns: "looted" is corruption only with one of these after it ("looted state coffers").
PUBLIC_WEALTH_WORDS = _WORDS.set("public_wealth_words")
SUBDIVISION_NOUNS = _WORDS.set("subdivision_nouns")
# A bare name as a place: after "in"/"near"/"outside", or beside a noun for a town or a district (with the words
# that describe it between: "the nearby town of X", "the northern border city of X").
_SETTLEMENTS = "|".join(sorted(_WORDS.set("settlement_nouns") | SUBDIVISION_NOUNS))
LOCATIVE_PREPOSITIONS = _WORDS.set("locative_prepositions")
_LOCATIVES = "|".join(sorted(LOCATIVE_PREPOSITIONS))
PLACE_BEFORE_NAME_RE = re.compile(r"(?:\b(?:%s)|\bthe\s+(?:[a-z-]+\s+){0,2}(?:%s)\s+of)\s+$" % (_LOCATIVES, _SETTLEMENTS))
# a name later in a list of places a locative opens ("in Sanaa, Hodeidah, Amran and Saada", "near Goma and Bukavu")
# (an "and" only before the list's last item: "in Bentiu and Mayom, Ada Lenz said" names a person after the list)
_LISTED_PLACE = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
PLACE_LIST_BEFORE_NAME_RE = re.compile(r"\b(?:%s)\s+(?:%s,\s+){0,6}(?:%s(?:,\s+|,?\s+and\s+))$" % (_LOCATIVES, _LISTED_PLACE, _LISTED_PLACE))
PLACE_AFTER_NAME_RE = re.compile(r"\s+(?i:%s)\b|,\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:%s)(?=\s+(?:of|in|near|outside|on|north|south|east|west)\b|\s*[,.;:)])"
                                 % (_SETTLEMENTS, _SETTLEMENTS))  # (", the city's police commissioner" describes a person)
# ... and a bare name as a person: a speech verb or "who" right after it
PERSON_AFTER_NAME_RE = re.compile(r"(?:'s|\u2019s)?\s*,?\s+(?:%s|who|whose)\b" % "|".join(sorted(_WORDS.set("speech_verbs"))))
# A name in apposition to a noun for a person: "X, a lawyer for ...", "X, the 24-year-old man"; "His lawyer, X", "the rapper X"
_PERSONS = "|".join(sorted(_WORDS.set("person_nouns") | set(_WORDS.set("title_heads")), key=len, reverse=True))
# (a title with its prefix too: "X, a co-chair of the group", "Y, the vice-president of")
PERSON_APPOSITION_AFTER_RE = re.compile(r",\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:(?:co|vice|ex|deputy)-)?(?:%s)\b(?![-'\u2019])" % _PERSONS)
# the same with a noun that is never a title ("Asma al-Assad, the wife of ..."): enough to call a "place" a person
PERSON_NOUN_APPOSITION_AFTER_RE = re.compile(r",\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:%s)\b(?![-'\u2019])"
                                             % "|".join(sorted(_WORDS.set("person_nouns"), key=len, reverse=True)))
PERSON_APPOSITION_BEFORE_RE = re.compile(r"\b(?:%s),?\s+$" % _PERSONS)
# Capitals that stand for their governments as subjects of denying and saying ("Asmara has denied ...").
ACTOR_TYPES = {"Person", "Organization", "GovernmentBody", "Group", "Country", "Region"}
PLACE_TYPES = {"Country", "Region", "Place"}
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place", "LAW": "Statute"}
# A wire report's or release's dateline at the start of a line ("WASHINGTON —", "BANGKOK, April 12 - ",
# "BRUSSELS/MINSK, March 22 -"): where the text was filed, never who acts or where an abuse happened.
# Group 1 is the place.
# nouns of a body that a name is set off after ("the main opposition party, X") and parts of a body that follow its
# name ("X's national secretariat")
CIVIL_BODY_NOUNS = _WORDS.set("civil_body_nouns")
BODY_PART_NOUNS = _WORDS.set("body_part_nouns")
SERVICE_TITLE_TAILS = _WORDS.set("service_title_tails")
# the sex an honorific gives its bearer ("Mr Kelin": not a later "she")
HONORIFIC_SEX = _WORDS.mapping("honorific_sex")
# "Related Articles: ..." / "Tags" + a line of topics: a web page's navigation copied with a release
PAGE_FURNITURE_RE = re.compile(r"(?im)^[ \t]*(?:%s)[ \t]*(?::[^\n]*|\n[ \t]*[^\n]*)$" % alternation(_WORDS.set("page_furniture_labels")))
DATELINE_RE = re.compile(r"(?m)^(?:([A-Z][A-Z.'/ -]{2,40}?)(?:,[^\n\u2014\u2013]{0,30})?"
                         # an NGO's "(Beirut, September 6, 2017) -": the city in brackets with the date, in its own case
                         r"|\(([A-Z][\w.' -]{2,40}?),\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\))\s+[\u2014\u2013-]+\s")

# (the names and positions rules of round 7)
SUBNATIONAL_TITLES = _WORDS.set("subnational_title_heads")
TITLE_TOPIC_WORDS = _WORDS.set("title_topic_words")
NAME_PARTICLES = _WORDS.set("name_particles")
TITLE_FIELD_LABELS = _WORDS.set("title_field_labels")
OFFICE_TAKING_PHRASES = _WORDS.set("office_taking_phrases")
ORGISH_NAME_RE = re.compile(r"\b(" + "|".join(sorted(_WORDS.set("orgish_name_words"))) + r")\b")
COMPANY_NAME_WORDS = _WORDS.set("company_name_words") | _WORDS.set("orgish_name_words")
# "the news website Badil", "the independent daily Kommersant": an outlet's common noun right before a name
OUTLET_BEFORE_NAME_RE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:%s)\s+$" % "|".join(sorted(OUTLET_NOUNS)))
# An outlet named before its common noun: "the independent Iwacu newspaper", "the Nova Gazeta weekly"
OUTLET_NAME_BEFORE_NOUN_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}((?:[A-Z][\w'\u2019-]*\s+){1,3}?)(?:news\s+)?(?:%s)\b"
                                        % "|".join(sorted(OUTLET_NOUNS)))
