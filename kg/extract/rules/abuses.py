"""Abuse claims: which abuse, who committed it, against whom, where and when."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract import gazetteer as gz
from kg.extract.rules.units import RECALL_CONFIDENCE, Mention, Sent, has_subject, strip_det, verb_with_subject
from kg.extract.rules.words import (
    ADMINISTRATIVE_PLACE_WORDS, PLACE_NOUNS, FACILITY_NOUNS, FORCE_VERBS, OUTLET_BEFORE_NAME_RE, PATIENT_PREPOSITIONS, PATIENT_ROLE_NOUNS, UNDERGO_VERBS,
    ABUSE_NOT_DONE_NOUNS, LOCATIVE_PREPOSITIONS,
    ABUSE_NOT_DONE_VERBS,
    ABUSE_PATTERNS,
    ACCIDENT_NOUNS,
    ACCUSATION_NOUNS,
    ACCUSE_VERBS,
    ACQUITTING_VERBS,
    ACTING_VERBS,
    ACTOR_GROUP_HEADS,
    ACTOR_TYPES,
    COUNTED_ANYONE_ADJECTIVES,
    COUNTED_ANYONE_NOUNS,
    CULPRIT_NOUNS,
    AFTERMATH_VERBS,
    ALSO_KNOWN_AS_VERBS,
    ANY_ABUSE_PATTERN,
    ANY_RECALL_ABUSE_PATTERN,
    ARMED_BODY_WORDS,
    ATTACK_NOUNS,
    ATTRIBUTING_VERBS,
    BARE_ACTOR_HEADS,
    CALL_FOR_VERBS,
    CAPITAL_GOVERNMENTS,
    CHARACTERISING_VERBS,
    CHARGE_NOUNS,
    COMBATANT_NOUNS,
    COMMAND_VERBS,
    CONFLICT_NOUNS,
    CONSIGN_VERBS,
    COUNTER_ABUSE_VERBS,
    CUSTODY_NOUNS,
    DATELINE_RE,
    DENY_WORDS,
    DISMAY_VERBS,
    DISSENT_ABUSE_TYPES,
    DISSENT_GATHERING_WORDS,
    DISSENT_TARGET_WORDS,
    DISSENT_VICTIM_WORDS,
    DONE_TO_VERBS,
    ENVOY_BODY_NOUNS,
    FAMILY_GROUP,
    FINDING_CONFIRMED,
    FORCE_MEMBER_NOUNS,
    GENERIC_DOER_WORDS,
    GROUP_HEADS,
    HIDDEN_DOER_HEADS,
    HIDDEN_DOER_WORDS, TAKEN_AWAY_RE, PEOPLE_NOUNS,
    IDENTITY_TARGET_WORDS,
    IMPLICATING_VERBS,
    TIME_SPENDING_VERBS,
    SUBJECTING_VERBS,
    RECORD_NOUNS,
    INVESTIGATION_PRODUCTS,
    INVESTIGATOR_VERBS,
    JOURNEY_VERBS,
    LEGAL_PROCESS_NOUNS,
    LEGAL_STEP_NOUNS,
    LEGISLATURE_WORDS,
    LISTED_PEOPLE_NOUNS,
    MARK_NOUNS,
    MARK_VERBS,
    MEDIA_GROUP_HEADS,
    MEMBER_NOUNS,
    MODAL_WORDS,
    NUMBERED_GROUP,
    NUMBER_WORDS,
    OFFICE_ABUSE_NOUNS,
    OUTSIDE_VIEW,
    PERPETRATING_VERBS,
    PHYSICAL_ABUSE_TYPES,
    PLACE_TYPES,
    POINTING_VERBS,
    RAISING_VERBS,
    REACTION_VERBS,
    RECALL_ABUSE_PATTERNS,
    REPORT_WORDS,
    ROUGH_COUNT_WORDS,
    ROUND_NUMBER_WORDS,
    SAME_DEEDS_NOUNS,
    SANCTIONER_QIDS,
    SANCTIONING_VERBS,
    SANCTION_MEASURE_NOUNS,
    SEEING_VERBS,
    SPEECH_VERBS,
    STATE_BODY_NOUNS,
    STATE_FORCE_HEADS,
    STATE_ITSELF_NOUNS,
    STATUS_CUES,
    STOP_VERBS,
    SUFFER_VERBS,
    TARGET_GROUP_HEADS,
    PUBLIC_WEALTH_WORDS,
    TYING_VERBS,
    VICTIM_NOUNS,
    NATIONALITY_TITLE_HEADS,
    TITLE_HEADS,
    MONITOR_NAME_RE,
    MONITOR_WORD_RE,
    OUTLET_NOUNS,
    alternation,
)
from kg.model import Entity

STATE_JUSTICE_HEADS = gz.RuleWords.load().set("state_justice_heads")
INSTRUMENT_NAMES = gz.RuleWords.load().set("instrument_names")
CRITERIA_FINDING_VERBS = gz.RuleWords.load().set("criteria_finding_verbs")
INSTRUMENT_PROVIDING_VERBS = gz.RuleWords.load().set("instrument_providing_verbs")
# Verbs whose subject tells of a deed (says, reports, finds it) and whose subject therefore did not do it; with
# what is done to someone (condemning, calling for it) and what befalls them (SUFFER_VERBS) when reading doers.
WITNESS_VERBS = frozenset({"testify", "recount", "allege"})  # a witness tells of a deed, as a speaker does
TELLING_VERBS = SPEECH_VERBS | REPORT_WORDS | INVESTIGATOR_VERBS | WITNESS_VERBS
RULING_VERBS = gz.RuleWords.load().set("ruling_verbs")
NOT_DOING_VERBS = TELLING_VERBS | OUTSIDE_VIEW | REACTION_VERBS | CALL_FOR_VERBS | POINTING_VERBS | RULING_VERBS
VERDICT_VERBS = gz.RuleWords.load().set("verdict_verbs")
WANTED_VERBS = gz.RuleWords.load().set("wanted_verbs")
PRONOUN_SEX = {**gz.RuleWords.load().mapping("possessive_pronoun_sex"), "he": "m", "she": "f"}  # (and the subject forms)
CRIMINAL_BAND_HEADS = gz.RuleWords.load().set("criminal_band_heads")
VICTIM_GROUP_NOUNS = gz.RuleWords.load().set("victim_group_nouns")
SOURCE_DOCUMENT_NOUNS = gz.RuleWords.load().set("source_document_nouns")
COUNTED_PEOPLE_NOUNS = gz.RuleWords.load().set("counted_people_nouns")
UNJUST_TRIAL_WORDS = gz.RuleWords.load().set("unjust_trial_words")
DISSENT_GROUND_WORDS = gz.RuleWords.load().set("dissent_ground_words")
JUSTICE_GROUND_WORDS = gz.RuleWords.load().set("justice_ground_words")
SUPPRESS_VERBS = gz.RuleWords.load().set("suppress_verbs")
STATE_REFERENCE_NOUNS = gz.RuleWords.load().set("state_reference_nouns")
GENERAL_ABUSE_NOUNS = gz.RuleWords.load().set("general_abuse_nouns")
COMMIT_VERBS = gz.RuleWords.load().set("commit_verbs")
RELEASE_VERBS = gz.RuleWords.load().set("release_verbs")
CUSTODY_ABUSE_TYPES = gz.RuleWords.load().set("custody_abuse_types")
CRITIQUE_VERBS = gz.RuleWords.load().set("critique_verbs")
CRITIQUE_NOUNS = gz.RuleWords.load().set("critique_nouns")
WORK_TOPIC_VERBS = gz.RuleWords.load().set("work_topic_verbs")
COURT_WORDS = frozenset({"court", "courts", "tribunal", "judiciary", "chamber"})
# Verbs of reacting to a deed the story told: their object names no new deed (see ``_reacted_to``)
REACTED_VERBS = REACTION_VERBS | {"condemn", "defend", "ignore", "reject", "dismiss", "mourn", "protest", "deplore", "justify"}
# Pronouns that may stand for someone a sentence designates, whoever the resolver took them for
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "they", "them", "their", "it", "its"})
# Nouns of those whose place of origin says nothing of where a deed was done: outlets and trades (see ``_origin_only``)
ORIGIN_ONLY_HEADS = OUTLET_NOUNS | NATIONALITY_TITLE_HEADS | {"businessman", "businesswoman"}
# The words before a round number that make it a rough count ("several hundred", "up to a million"), read from the
# list the group mentions keep such counts by, so both steps agree on what is part of a count
ROUGH_COUNT_LEAD = re.compile(r"(?i)\b(?:" + alternation(ROUGH_COUNT_WORDS) + r")\s+$")
ROUND_NUMBER_START = re.compile(r"(?i)(?:" + alternation(ROUND_NUMBER_WORDS) + r")\b")

# A number that ranks rather than counts ("the 99th Division", "the Third Brigade")
ORDINAL_RE = re.compile(r"(?i)\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")


def _ordinal(tok) -> bool:
    """Whether a number word ranks rather than counts ("the 99th Division", "the Third Brigade"): a unit's name, not
    "the four" people a list just named."""
    return ORDINAL_RE.fullmatch(tok.text) is not None


class AbuseRules:
    """Mixin of the document reader (kg.extract.rules.reader._Reader); uses its state and its other rules."""

    # abuses --------------------------------------------------------------------------------

    def _abuses(self):
        self.last_perp = None
        self._perp_para = -1  # the paragraph whose sentence named last_perp as a doer
        self._lead_para = -9  # the paragraph of the last lead-in of a list of last_perp's deeds ("Among the findings:")
        self._whole_phrases: set = set()  # doers named by a whole phrase ("a group of soldiers and gendarmes")
        self.abuse_matches: dict[int, list] = {}
        self._open_abuses: list[tuple] = []  # abuse words no precise rule found a doer for: the recall layer's material
        self._told_codes: dict[int, list] = {}  # sentence index -> (abuse code, recall) of the abuse words it tells
        last_para = -1
        item_target = None
        group_items: list[str] = []
        for s in self.sents:
            if s.index in self.sanction_targets and s.index in self.item_sents:
                item_target = self.sanction_targets[s.index][0]
                group_items.append(item_target)
            elif item_target and not self._continues_item(s):
                item_target = None
            self._item_person = item_target if item_target is not None and self.etype(item_target) == "Person" else None
            if len([t for t in s.span if not t.is_punct]) <= 3 and s.index not in self.item_sents:
                group_items = []
            if s.para - last_para > 2 or self._entry_heading(s):
                self.last_perp = None  # (a numbered entry's name starts the account of another person)
            found = []
            matches = [(m, self.gaz.abuse.get(gz.normal(m.group(0)))) for m in self.gaz.abuse_re.finditer(self.text, s.start, s.end)]
            if ANY_ABUSE_PATTERN.search(self.text, s.start, s.end):
                matches += [(m, c) for pat, c in ABUSE_PATTERNS for m in pat.finditer(self.text, s.start, s.end)]
            if matches:
                self.abuse_matches[s.index] = matches  # the denial rules read them again
            # the recall layer's words, where no precise word of the sentence covers them: read last, at RECALL_CONFIDENCE
            matches = [(m, c, False) for m, c in matches]
            if ANY_RECALL_ABUSE_PATTERN.search(self.text, s.start, s.end):
                matches += [(m, c, True) for pat, c in RECALL_ABUSE_PATTERNS for m in pat.finditer(self.text, s.start, s.end)
                            if not any(p.start() <= m.start() < p.end() or m.start() <= p.start() < m.end() for p, _, _ in matches)]
            if matches and self._topic_label(s):
                if self.last_perp is not None and s.para - self._lead_para <= 1:
                    self._lead_para = s.para  # "Among the findings: - Torture. ...": a heading of the list of that doer's deeds
                else:
                    self.last_perp = None  # "Torture and ill-treatment." over a section: what it names the sentences below tell
                continue
            for m, code, recall in matches:
                # inside a name it is no abuse ("Anti-Torture Committee"); in a group of victims it is ("tortured detainees")
                if any(mm.start <= m.start() < mm.end and mm.entity and self.etype(mm.entity) != "Group" for mm in self.mentions):
                    continue
                if re.search(r"(?i)\b(?:anti|counter)-?\s?$", self.text[max(s.start, m.start() - 8):m.start()]):
                    continue  # "anti-corruption campaigners", "an anti-torture law": the fight against it, not a case of it
                if code == "persecution" and re.match(r"(?i)crackdown|targeting|purge|persecut", m.group(0)) and self._aimed_at_dissent(m.end(), s.end):
                    code = "repression_of_dissent"  # "a crackdown on independent media": on speech, not on a people
                if code == "forced_displacement" and re.match(r"(?i)from\s", m.group(0)) and re.search(
                        r"(?i)\b(?:drag(?:ged|ging)|tak(?:en|ing)|took|seiz(?:ed|ing)|abduct(?:ed|ing)|arrest(?:ed|ing)|snatch(?:ed|ing)|"
                        r"pick(?:ed|ing)\s+up|pull(?:ed|ing)|kidnap(?:ped|ping))\s+(?:[\w'-]+\s+){0,3}$",
                        self.text[max(s.start, m.start() - 60):m.start()]):
                    continue  # "dragged the men from their homes", "dragging people from their homes": taken away, not driven out
                if code == "ill_treatment" and re.match(r"(?i)abus", m.group(0)) and self._abused_office(m.end(), s.end):
                    code = "corruption"  # "abused their positions to steer contracts": the trust of office, not a person
                if code == "corruption" and re.match(r"(?i)loot|plunder|pillag", m.group(0)) and not self._public_wealth(m.end(), s.end):
                    code = "other"  # "burned homes and looted property": pillage; "looted state coffers": corruption
                if code == "other" and re.search(r"(?i)\sagainst$", m.group(0)) and not self._aimed_at_a_people(m.end()):
                    continue  # "abuses against LGBTI persons", "violence against women": told by a word of its own, if at all
                if re.match(r"(?i)intimidat", m.group(0)) and not self._aimed_at_dissent(m.end(), s.end, direct=True):
                    continue  # "to intimidate civilians": fear spread, but no critic silenced
                if code in ("arbitrary_detention", "repression_of_dissent") and re.match(r"(?i)sentenced|jailed|imprisoned", m.group(0)) \
                        and self._verdict_kind(s) == (False, True):
                    continue  # "sentenced former activist X to life for the murder of ...": justice, not silencing
                if re.match(r"(?i)seiz|bundl|snatch", m.group(0)):
                    code = self._seizing_kind(s, self._token_at(m.start()))
                    if code is None:
                        continue  # "seized power", "troops seized weapons": no one taken
                if recall and code == "repression_of_dissent" and not self._para_tells_dissent(s):
                    continue  # "fired tear gas into the stands": force on a crowd; dissent only where someone protests or speaks out
                if code:
                    found.append((m, code, recall))
            if found and not self._demanded_item(s):
                self._told_codes[s.index] = [(code, recall) for _, code, recall in found]
            if not found:
                self._note_general_doer(s)
                if self.last_perp is not None and self._perp_para == s.para or self._keeps_the_account(s):
                    # (a doer of abuses told in general starts an account of its deeds, which goes on while the story
                    # keeps to that doer)
                    last_para = self._perp_para = s.para
            if not found or self._demanded_item(s):
                continue  # ("calls on the authorities to: - end the use of torture; - release ...": asked for, not told)
            if any(not recall for _, _, recall in found):
                last_para = s.para
            designated = set(self.sanction_targets.get(s.index, ()))  # (who is designated for the deed did it)
            victims = [self._victim_phrase(m, t) for m, t in self.sent_entities(s, {"Group", "Person"}) if m.entity not in designated and self._is_victim(m, t)]
            location = self._abuse_place(s)
            # "These persons are responsible for ...", "They are responsible for ..." after a list: every item of the group
            first = next((t for t in s.span if not t.is_space), None)
            second = first.nbor(1) if first is not None and first.i + 1 < len(first.doc) else None
            counted = second is not None and (second.lower_ in NUMBER_WORDS or second.like_num and not _ordinal(second))  # "The four are responsible for ..."
            collective = first is not None and group_items and (first.lower_ in ("they", "these", "those", "both", "responsible", "each", "all")
                                                                or first.lower_ == "the" and counted or s.index in self.item_sents)
            acts = ("designations", "sanctions", "measures", "actions", "steps", "listings", "abuses", "violations", "acts", "crimes")
            if collective and first.lower_ in ("these", "those", "both", "each", "all") and second is not None and second.lower_ in acts:
                collective = False  # "These designations respond to ...": not about each listed person
            if collective and first.lower_ == "they" and first.dep_ == "nsubj" and any(
                    x.lower_ in acts for c in first.head.children for x in (c, *c.children) if x.dep_ in ("dobj", "pobj")):
                collective = False  # "They add to the measures the United States imposed in March": today's acts, not the people
            # "Canada has reasonable grounds to believe that these individuals are using ...": the listed people, as the
            # subject of a clause further in
            collective = collective or bool(group_items) and any(
                t.lower_ in ("these", "those") and t.dep_ == "det" and t.head.lower_ in LISTED_PEOPLE_NOUNS
                and t.head.dep_ in ("nsubj", "nsubjpass") for t in s.span)
            for m, code, recall in found:
                if recall and self._told_here(s, code):
                    continue  # the precise words of the sentence told this abuse already
                carried, carried_para = self.last_perp, self._perp_para
                tok = self._token_at(m.start())
                if tok is not None and tok.dep_ == "dobj" and tok.head.lemma_ in COUNTER_ABUSE_VERBS:
                    continue  # "to fight corruption": an abuse fought, not one committed
                if tok is not None and self._opposed_practice(tok):
                    continue  # "protests against economic hardship and corruption": a cause, not a case
                if tok is not None and code == "corruption" and self._topic_of_critics(tok):
                    continue  # "an outspoken critic of corruption", "a programme in which he denounced corruption": a subject spoken of
                if tok is not None and self._those_it_befell(tok):
                    continue  # "a group of families of the disappeared": the people it befell, named by it; no deed told
                if tok is not None and self._who_someone_is(tok):
                    continue  # "X, a singer and survivor of the 1994 genocide": who X is, no doer told
                if tok is not None and self._inquired_into(tok):
                    continue  # "calls on the government to set up an inquiry into the killings": asked about, no doer told
                if tok is not None and self._doer_asked_about(tok):
                    continue  # "asked the authorities to find who had ordered his killing": the doer is the question
                if tok is not None and self._legal_step(tok):
                    continue  # "the court issued arrest warrants for X": a step of justice, no detention
                if tok is not None and code == "arbitrary_detention" and self._culprits_held(tok):
                    continue  # "ordered the police to arrest the culprits": the law after a crime, no one held unjustly
                if tok is not None and code == "arbitrary_detention" and self._place_of_a_thing(tok):
                    continue  # "his death in a detention center": where something befell him, no holding told
                if tok is not None and code == "extrajudicial_killing" and self._accidental_death(tok):
                    continue  # "the train crash in which 51 people were killed": a mishap, no one's killing
                if tok is not None and self._characterised_as(tok):
                    continue  # "describes the proceedings as political persecution": the speaker's name for them
                if tok is not None and self._befell_no_one(tok):
                    continue  # "none of them has been arrested": told as not done
                if tok is not None and self._instrument_criteria(tok):
                    continue  # "The Act authorizes sanctions on anyone who tortures ...": a criterion, no case
                if tok is not None and self._supposed(tok):
                    continue  # "should not complain when mercenaries killed them": a case supposed, not one told
                if tok is not None and self._denied_allegation(tok):
                    continue  # "the authorities have rejected the allegations of torture": who denies names no doer
                if tok is not None and self._charge_kind(tok):
                    continue  # "the statute of limitations for murder charges expired", "on assault and kidnapping charges"
                if tok is not None and (self._charged_against(tok) or self._blamed_on_every_side(tok)):
                    # "brought charges of money laundering against critics": a charge, not a deed of anyone the sentence
                    # names; "accuse both sides of abuses, including killings": no one doer
                    continue
                if tok is not None and self._toll_of_a_war(tok):
                    continue  # "South Sudan's civil war has killed tens of thousands": a war's toll, no one's deed
                attributed = self._attributed_to(tok, victims) if tok is not None else False
                if attributed is None:
                    continue  # "killings attributed to both sides": a doer named, though by no name the text gives
                bearer = self._sufferer(tok) if tok is not None else None
                if bearer is not None:
                    bearer = next((self._victim_phrase(vm, vt) for vm, vt in self.sent_entities(s, {"Group"}) if vm.entity == bearer), bearer)
                sufferers = [bearer] + [v for v in victims if v != bearer] if bearer is not None else victims  # (the one the grammar names first)
                top = tok
                while top is not None and top.dep_ == "conj" and top.head.i != top.i:
                    top = top.head  # "threatened to rape and kill her"
                if code == "extrajudicial_killing" and self._own_account_of_combat(tok):
                    continue  # "the defence ministry said soldiers had killed 30 militants": a state's account of its fighting
                if top is not None and top.dep_ in ("xcomp", "dobj") and top.head.lemma_ in ABUSE_NOT_DONE_VERBS:
                    continue
                if top is not None and top.dep_ == "pobj" and top.head.lower_ == "with" and top.head.head.lemma_ in ABUSE_NOT_DONE_VERBS:
                    continue  # "threatened with the arrest or killing of their relatives", "threaten detainees with more torture"
                if top is not None and top.dep_ == "pobj" and top.head.lower_ == "of" and (
                        top.head.head.lemma_ in ABUSE_NOT_DONE_NOUNS or self._acquitted_of(top.head)):
                    continue  # "threats of rape", "a risk of torture", "acquitted him of torture": feared or unproven, not done  # "soldiers had threatened to kill him", "can never justify torture": none was done
                if tok is not None and code == "arbitrary_detention" and self._holds_the_force(tok):
                    continue  # "three members of the security forces have been arrested and will face trial": justice, not abuse
                if tok is not None and code == "arbitrary_detention" and self._holds_an_accused(tok):
                    self._holders_inquiry(s, tok)
                    continue  # "the CID arrested X", X the officer the text designates for torture: a suspect held
                if tok is not None and code == "arbitrary_detention" and self._held_on_charge_of_abuse(tok, found):
                    self._holders_inquiry(s, tok)
                    continue  # "was detained on charges of torture": a suspect held, not a victim
                if tok is not None and any(self._no_evidence(a) or any(c.dep_ == "nsubj" and self._no_evidence(c) for c in a.children)
                                           for a in tok.ancestors):
                    # "found no evidence that officers had mistreated the suspects", "no evidence tied him to the
                    # killing": not established, not told
                    continue
                if tok is not None and code == "extrajudicial_killing" and self._charged_with_killing_an_agent(tok):
                    continue  # "he was convicted of killing a security guard during the unrest": the state's case against him
                if tok is not None and self._when_of_another_deed(tok, m, found):
                    continue  # "police beat him in custody shortly after his arrest": the beating is told; the arrest dates it
                suspects = self._suspects_of(tok, found) if tok is not None and code != "arbitrary_detention" else None
                if suspects is not None and not suspects:
                    continue  # "police detained two men over the killing": suspects the text does not name
                if suspects is not None:
                    perps = suspects  # "were arrested by police over the alleged mistreatment of ...": the suspects did it
                else:
                    perps = attributed if attributed else self._perpetrator(s, tok, sufferers, item_target, code)
                perps = perps if isinstance(perps, list) else [perps]
                perps = [p for p in perps if p not in self._speakers_and_signers(s, signers_only=True)]  # ("Y issued Executive Order ...")
                if bearer is not None:
                    perps = [p for p in perps if p != bearer]  # ("he bore signs of torture": he was tortured, by whoever did it)
                if collective and s.index not in self.item_sents:
                    perps = list(dict.fromkeys(group_items))
                    people = [p for p in perps if self.etype(p) == "Person"]
                    if people and first.lower_ in ("the", "these", "those") and counted:
                        perps = people  # "The four are responsible for ...": the people listed, not the bodies named beside them
                perps = [x for p in perps for x in self._group_members(p, s)]
                punished = self._sentenced_to(tok) if code == "arbitrary_detention" and tok is not None else None
                if punished is not None:
                    # "X was sentenced to life imprisonment": X is jailed, jails no one; and a custody someone is put in
                    # ("he was later released to house arrest") is no new act of whoever did the last abuse told
                    perps = [p for p in perps if p not in punished and (p != self.last_perp or not self.last_perp)]
                told = False
                for perp in perps:
                    if perp is not None and self.etype(perp) in PLACE_TYPES:
                        perp = self._as_government(perp)  # "Minsk detained hundreds": the state whose capital it is
                    perp, where = self._without_its_place(self._state_of_forces_in(self._bare_state(perp)))
                    if not self._may_perpetrate(perp, code):
                        continue  # ("was removed by Congress and detained": lawmakers hold no one)
                    self.last_perp, self._perp_para = perp, s.para
                    vict = next((v for v in sufferers if v != perp), None)
                    status = self._abuse_status(s, tok)
                    place = where if where is not None and (location is None or self.etype(location) == "Country") else location
                    told = self.add_claim("abuse", {"perpetrator": perp, "abuse_type": self._kidnapping_kind(code, m, perp)},
                                          {"victim": vict, "location": place if place != perp else None, "date": self._abuse_date(s, tok)},
                                          self.span(s.start, s.end), status=status,
                                          confidence=RECALL_CONFIDENCE if recall else 0.55) is not None or told
                    if recall:
                        continue
                    monitor = self._reporting_monitor(tok) if tok is None or self._asked_to_stop(tok) is None else None
                    if monitor is not None and monitor != perp:  # (what a monitor asks someone to end is no finding of its own)
                        # "Amnesty International said Eritrean soldiers had massacred ...": the monitor's findings
                        finding = "confirmed" if FINDING_CONFIRMED.search(s.span.text) or status != "denied" else None
                        self.add_claim("investigation", {"investigator": monitor}, {"target": perp, "date": self.sent_date(s), "finding": finding},
                                       self.span(s.start, s.end), confidence=0.5)
                if recall:
                    self.last_perp, self._perp_para = carried, carried_para  # a less certain word changes nothing the precise rules read next
                if not told and punished is None and tok is not None:
                    self._open_abuses.append((s, m, code, tok, sufferers, location))
        self._attributed_back_abuses()
        self._verdict_abuses()
        self._dissent_abuses()
        self._same_scheme_abuses()
        self._recall_abuses()
        self._one_force_named_twice()

    def _note_general_doer(self, s: Sent) -> None:
        """A sentence that tells abuses only in general ("The X Brigade has committed a catalogue of crimes",
        "violations continued to be committed, notably by state agents and by militias") names no deed of its own,
        but the deeds the next sentences tell without a doer ("Opposition supporters have been beaten and abducted")
        are that doer's: it becomes the doer the story carries, as if it had done one of them. A force or armed body
        only (a state, a state body, an armed group), not a monitor, nor a person whom a passive next may describe as
        suffering."""
        for verb in s.span:
            if verb.lemma_ not in COMMIT_VERBS or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children) \
                    or self._inside_denial(verb):
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if verb.dep_ == "xcomp" and not objects:  # "violations continued to be committed by ...": the subject of "continued"
                objects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if not any(o.lower_ in GENERAL_ABUSE_NOUNS or any(g.dep_ == "pobj" and g.lower_ in GENERAL_ABUSE_NOUNS
                                                              for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                                              for g in p.children) for o in objects):
                continue  # ("a catalogue of crimes")
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
            # its "by" phrase, or the one the parser hangs on the verb it completes ("continued to be committed, notably by ...")
            doers += [g for v in (verb, verb.head) if v is verb or verb.dep_ == "xcomp" for c in v.children
                      if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            for d in doers:
                k = self._resolve_np(d)
                if k is not None and self._actor(k, []) and self._force_like(k) and not self._is_sanctioner(k):
                    self.last_perp, self._perp_para = k, s.para
                    return

    def _keeps_the_account(self, s: Sent) -> bool:
        """Whether sentence ``s``, which tells no deed, keeps the story on the doer it carries: it names that doer again
        as its subject ("TBZ fighters operate with the approval of their commanders"), or it is the lead-in of a list ("Among the findings:").
        The deeds the list below tells without a doer are then still that doer's, however many paragraphs the account
        took to reach them."""
        if self.last_perp is None or self._demanded_item(s) or not self._force_like(self.last_perp) \
                or self.etype(self.last_perp) in ("Person", "Country"):
            # (a person named again is often told as the one who suffered, or as a suspect tried; a state's name
            # comes back as a place, "have fled Burundi")
            return False
        if s.span.text.rstrip().endswith(":") and s.para - self._perp_para <= 2 \
                and not any(t.lemma_ in CALL_FOR_VERBS for t in s.span):  # ("Amnesty International calls on:")
            self._lead_para = s.para
            return True
        # the doer named again as the subject of what the sentence tells of it ("TBZ fighters operate with the approval
        # of their commanders"); named after "by" or "to" in someone's account of a deed ("attributed them to the
        # DNI", "the operation carried out by the Federal Police"), it is that deed's doer, not the subject of the story
        return any(m.entity == self.last_perp and any(t.dep_ == "nsubj" for t in s.span if m.start <= self.tstart(t) < m.end)
                   for m, _ in self.sent_entities(s))

    @staticmethod
    def _force_words_of(name: str) -> list[str]:
        """The words of a force's name, singular, without articles ("the Iranian security forces" -> iranian, security,
        force)."""
        return [w.removesuffix("s") for w in re.findall(r"[a-z]+", name.lower()) if w not in ("the", "of")]

    @staticmethod
    def _counted_words(words: set) -> bool:
        """Whether the words that make a force's name longer only count its men ("three officers" beside "officers"):
        a count says how many, not which body, so the plain name is the one kept."""
        return bool(words) and all(w in NUMBER_WORDS or w.isdigit() for w in words)

    def _one_force_named_twice(self):
        """One abuse told of one force under a shorter and a longer name ("Iranian forces" in the headline, "Iranian
        security forces" in the story; "police" and "local police"; "soldiers" and "Nigerian soldiers") is one claim:
        both names have the same head noun and the shorter's words are all in the longer. The claim of the longer,
        more specific name is kept with the evidence of both, unless the longer only adds a count ("three officers"). (Not across types of entity, nor a state and its body:
        "Bangladesh" and "Bangladesh Chhatra League" have different heads; "police" and "police officers" too.)"""
        claims = [(k, c) for k, c in self.claims.items() if k[0] == "abuse" and self.etype(c.roles["perpetrator"]) in ("Group", "GovernmentBody")]
        for k, c in claims:
            if k not in self.claims:
                continue
            mine = self._force_words_of(self.ex.entities[c.roles["perpetrator"]].name)
            for k2, c2 in claims:
                if k2 == k or k2 not in self.claims or c2.roles["abuse_type"] != c.roles["abuse_type"]:
                    continue
                theirs = self._force_words_of(self.ex.entities[c2.roles["perpetrator"]].name)
                if mine and theirs and mine[-1] == theirs[-1] and len(theirs) > len(mine) and set(mine) < set(theirs):
                    keep, drop = (k2, k) if not self._counted_words(set(theirs) - set(mine)) else (k, k2)
                    for ev in self.claims[drop].evidence:
                        if ev not in self.claims[keep].evidence:
                            self.claims[keep].evidence.append(ev)
                    del self.claims[drop]
                    if drop == k:
                        break

    def _same_scheme_abuses(self):
        """A listed person designated "for his role in the same network" (or scheme, conduct, abuses) shares the
        abuses of the entry the phrase points back to: the abuse claims of the last sentence before it, within a few,
        whose doer was designated there. The list says it once and means it of each; the phrase names no abuse word."""
        for s in self.sents:
            targets = [k for k in self.sanction_targets.get(s.index, []) if self.etype(k) == "Person"]
            if not targets or not any(self._points_to_same_deeds(t) for t in s.span):
                continue
            if any(c.type == "abuse" and any(s.start <= ev.start < s.end for ev in c.evidence) for c in self.claims.values()):
                continue  # the entry tells its own abuse
            for back in range(s.index - 1, max(-1, s.index - 6), -1):
                earlier = self.sents[back]
                doers = set(self.sanction_targets.get(back, []))
                told = [c for c in list(self.claims.values()) if c.type == "abuse" and c.roles["perpetrator"] in doers
                        and any(earlier.start <= ev.start < earlier.end for ev in c.evidence)]
                if not told:
                    continue
                for c in told:
                    for perp in targets:
                        if perp not in doers and self._may_perpetrate(perp, c.roles["abuse_type"]):
                            self.add_claim("abuse", {"perpetrator": perp, "abuse_type": c.roles["abuse_type"]},
                                           {"location": c.roles.get("location"), "date": c.roles.get("date")},
                                           self.span(s.start, s.end), status=c.status, confidence=0.5)
                break

    def _attributed_back_abuses(self):
        """ "(a report documenting 179 disappearances.) It attributed most of them to Unit 7": a pronoun object of an
        attributing verb stands for the abuses the sentence before told, so the "to" phrase names their doers. Reports
        and commissions tell what happened first and whose it was next; the abuse word is not in the sentence that
        names the doer."""
        for s in self.sents:
            prev = self.sents[s.index - 1] if s.index > 0 else None
            if prev is None or prev.para != s.para or prev.index not in self._told_codes:
                continue
            for verb in s.span:
                if verb.lemma_ not in ATTRIBUTING_VERBS or verb.pos_ != "VERB":
                    continue
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if obj is None:
                    continue
                pron = obj if obj.pos_ == "PRON" else next(
                    (p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
                if pron is None or pron.lower_ not in ("them", "these", "those", "they", "it"):
                    continue  # ("attributed the delay to the rains": no abuse of the sentence before)
                doers = self._attributed_doers(verb, [])
                if not doers:
                    doers = self._attributed_doers(obj, [])
                if not doers:
                    continue
                place = self._abuse_place(prev) or self._abuse_place(s)
                for code, recall in dict.fromkeys(self._told_codes[prev.index]):
                    for perp in [d for d in doers if self._may_perpetrate(d, code)]:
                        self.add_claim("abuse", {"perpetrator": perp, "abuse_type": code},
                                       {"location": place, "date": self.sent_date(prev)},
                                       self.span(prev.start, s.end), confidence=RECALL_CONFIDENCE if recall else 0.55)

    @staticmethod
    def _points_to_same_deeds(t) -> bool:
        """ "(for his role in) the same network": "same" on a noun of a scheme or of deeds, which a designation's
        "for" phrase governs."""
        if t.lower_ != "same" or t.dep_ != "amod" or t.head.lemma_ not in SAME_DEEDS_NOUNS:
            return False
        return any(a.lower_ == "for" and a.dep_ == "prep" for a in t.head.ancestors)

    def _abuse_place(self, s: Sent) -> str | None:
        """Where the sentence's abuses happened: the last place it names, or its first region (a town or province
        says more than a country), leaving out a place that only tells who speaks or accuses ("Washington accused
        ...") and one that describes a body ("the London-based group", "Iran-backed militias")."""
        location = None
        for m, t in self.sent_entities(s, PLACE_TYPES):
            if self.text.startswith(("-based", "-led", "-backed"), m.end):
                continue
            if re.search(r"(?i)\bethnic\s+$", self.text[max(0, m.start - 8):m.start]):
                continue  # "most of them ethnic Peuhl", "ethnic Amhara": a people, not where it happened
            root = self._root(t, m)
            if root.dep_ == "nsubj" and root.head.lemma_.lower() in TELLING_VERBS | ACCUSE_VERBS:
                continue
            if self._origin_only(root) or self._journey_end(root):
                continue
            if self._onlooker_state(m.entity, s):
                continue
            location = m.entity
            if self.etype(m.entity) == "Region":
                break
        if location is None:
            # "Cameroonian security forces tortured ...": the state a demonym names
            for t in s.span:
                ke = self.demonym_state(t)  # ("South Sudanese" is not "Sudanese")
                if ke is not None and ke.type == "Country" and ke.wikidata not in SANCTIONER_QIDS and t.text[:1].isupper() \
                        and not self._origin_only(t):
                    return self._known_entity(ke)
            location = self._paragraph_country(s) or self._setting_region(s) or self._main_country(foreign_only=True)
        return location

    def _toll_of_a_war(self, tok) -> bool:
        """Whether the deed's verb has a war or fighting for its subject ("the civil war, which erupted in 2013, has
        killed tens of thousands", "a conflict that has displaced millions", "the violence between the two militias has
        killed thousands"): background that counts a war's dead, told of no doer; the doer the story told last (a
        verdict's convicts, a sanctioned general) did not do it. Not a body's violence ("police violence", "violence
        by the militia"), which is that body's."""
        verb = tok.head if tok.dep_ in ("prep", "dobj") and tok.head.pos_ == "VERB" else tok  # ("driven ... from their homes")
        while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "has killed tens of thousands and driven four million from their homes"
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ in ("relcl", "acl") or subj is None and verb.dep_ == "relcl":
            subj = verb.head  # "a conflict that has killed ..."
            if subj.dep_ == "pobj" and subj.head.dep_ == "prep" and subj.head.head.lemma_.lower() in CONFLICT_NOUNS:
                subj = subj.head.head  # "the conflict in northern Ethiopia, which has killed ...": the clause is the war's
        if subj is None or subj.lemma_.lower() not in CONFLICT_NOUNS and subj.lower_ not in CONFLICT_NOUNS:
            return False
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                return False  # "violence by the militia"
            if c.dep_ in ("compound", "poss", "amod") and (k := self.entity_at(c)) is not None and self.etype(k) not in PLACE_TYPES:
                return False  # "police violence", "the junta's war on its people"
        return True

    @staticmethod
    def _journey_end(t) -> bool:
        """Whether a place is only where someone was sent or went, or where he came from ("arrested several opposition
        figures, among them X, who was deported to South Sudan", "about 40 bodies were pulled from the Nile", "the
        prisoners flown out and expelled to Washington"): the deed the sentence tells was done where the journey began
        or ended elsewhere, and the sentence or its story names that place."""
        while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head  # "to the streets of the capital"
        return t.dep_ == "pobj" and t.head.lower_ in ("to", "from", "into") and t.head.head.lemma_.lower() in JOURNEY_VERBS

    @staticmethod
    def _origin_only(t) -> bool:
        """Whether a place (or its adjective) only says where a news outlet or a person of a trade comes from ("the
        independent Moscow newspaper reported that men were rounded up", "Russian news outlets printed accounts",
        "a Colombian businessman", "one of Central America's best-known journalists", "a newspaper editor from the
        republic of Karakalpakstan, sentenced ..."): it tells who reports or who the victim is, not where the deed was
        done. Officials and forces are not such trades: where they come from is where they act."""
        if t.dep_ in ("compound", "amod", "poss") and t.head.lemma_.lower() in ORIGIN_ONLY_HEADS:
            return True
        while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head  # "from the republic of X"
        return t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in ORIGIN_ONLY_HEADS

    def _onlooker_state(self, key: str, s: Sent) -> bool:
        """Whether a sanctioning state a sentence names only looks on at deeds done in the state the text is about
        ("sanctioned by the United States over the repression of opponents", "a doctoral student at Britain's
        University of Leeds was jailed", "the regime's partners, the United States among them, should stop arms
        transfers"): it punishes, hosts or is asked to act, and the deeds happened elsewhere. Not when the sentence
        names no other state and the text is about no other, nor when its own people are told to do the deed."""
        if self.etype(key) != "Country" or self.ex.entities[key].wikidata not in SANCTIONER_QIDS:
            return False
        home = self._main_country(foreign_only=True)
        if home is None or home == key:
            return False
        for t in s.span:
            ke = self.demonym_state(t)
            if ke is not None and ke.wikidata == self.ex.entities[key].wikidata and t.text[:1].isupper() \
                    and t.head.lower_ in ACTOR_GROUP_HEADS:
                return False  # "American soldiers tortured detainees"
        return True

    def _setting_region(self, s: Sent) -> str | None:
        """The region a sentence without a place is set in: the one its paragraph named before it most, else the one
        the whole text names most (at least twice). A release on Xinjiang says "detainees were tortured" without
        naming the region again; a province says more than the country around it."""
        if "_region_counts" not in self.__dict__:
            self._region_counts = [(m.start, m.entity) for m in self.mentions
                                   if m.entity and self.etype(m.entity) == "Region" and not self.text.startswith(("-based", "-led", "-backed"), m.end)]
        para: Counter = Counter()
        for start, key in self._region_counts:
            if start < s.start:
                sm = self.sent_at(start)
                if sm is not None and sm.para == s.para:
                    para[key] += 1
        for counts, floor in ((para, 1), (Counter(key for _, key in self._region_counts), 2)):
            top = counts.most_common(2)
            if top and top[0][1] >= floor and (len(top) == 1 or top[0][1] > top[1][1]):
                return top[0][0]
        return None

    def _abuse_status(self, s: Sent, tok, default: str = "reported") -> str:
        """Denied when the abuse word is negated or sits under a denial; else what the sentence's cue words say."""
        neg = tok is not None and (any(c.dep_ == "neg" for c in tok.head.children) or any(a.lower_ in DENY_WORDS for a in tok.ancestors))
        return "denied" if neg else next((st for st, cue in STATUS_CUES.items() if cue.search(s.span.text)), default)

    def _entry_heading(self, s: Sent) -> bool:
        """Whether ``s`` is the heading line of a numbered entry that names someone ("2. Elena Brask", "3) The Marsk
        Guard"): what the entries before told of others is not carried into the account it starts."""
        line_start = self.text.rfind("\n", 0, s.start) + 1
        line_end = self.text.find("\n", s.start)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
        m = re.match(r"\s*\d{1,3}[.)]\s+(.+?)\s*$", line)
        return m is not None and len(m.group(1).split()) <= 6 and any(
            mm.start >= line_start + m.start(1) and mm.entity for mm, _ in self.sent_entities(s))

    def _topic_label(self, s: Sent) -> bool:
        """Whether ``s`` is a section's label ("Torture and ill-treatment.", "Deaths in custody"): a few words without
        a verb at the start of a line. It names the kind of abuse the section goes on to tell, with its doers; by
        itself it tells no act, and whoever the section before accused has no part in the next one."""
        if s.index in self.item_sents or self.text[self.text.rfind("\n", 0, s.start) + 1:s.start].strip():
            return False
        words = [t for t in s.span if not t.is_punct and not t.is_space]
        return 0 < len(words) <= 6 and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in words) \
            and not any(self._actor(m.entity, []) for m, _ in self.sent_entities(s))  # ("Enforced disappearances"; not "Army killings in Dorav")

    @staticmethod
    def _label_before_colon(subj, verb) -> bool:
        """Whether a subject the parser found is a field label set off by a colon before the clause ("Reasons for
        listing: Officers of the X under his authority detained ..."): the label names no one; the clause after the
        colon has its own subject."""
        end = subj.right_edge.i + 1
        return end < verb.i and subj.doc[end].text == ":" and any(
            c.dep_ == "nsubj" and c.i > end for c in verb.children)

    @staticmethod
    def _inquired_into(tok) -> bool:
        """Whether an abuse noun is only what an inquiry is into ("to set up an independent inquiry into the killings,
        rapes and beatings", "opened an investigation into the deaths"), with no doer of its own ("by soldiers", "the
        army's"): the sentence tells of the inquiry; whoever opens, asks for or is asked to hold it did not thereby do
        the deed, and who did it the text tells elsewhere if at all."""
        while tok.dep_ in ("amod", "compound", "conj") and tok.head.i != tok.i:
            tok = tok.head  # ("an inquiry into the enforced disappearances", "into the killings, rapes and beatings")
        if tok.dep_ != "pobj" or tok.head.lower_ != "into":
            return False
        holder = tok.head.head  # (or the verb of "launch an inquiry into ...", where the parser hangs the phrase on it)
        if not any(n.lemma_ in INVESTIGATION_PRODUCTS for n in (holder, *(c for c in holder.children if c.dep_ == "dobj" and holder.pos_ == "VERB"))):
            return False
        # (a "by" phrase after it, in the noun's own words or hung on what holds the "into": "the killings of protesters
        # by soldiers")
        by = [c for c in (*tok.subtree, *holder.children) if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > tok.i]
        return not by and not any(c.dep_ == "poss" for c in tok.children)

    @staticmethod
    def _doer_asked_about(tok) -> bool:
        """Whether an abuse word belongs to a question whose subject is "who" ("asked the authorities to find who had
        ordered his killing", "we still do not know who ordered our mother's murder"): the doer is what is asked,
        unknown; whoever asks, or is asked to find out, did not do it. (Not a relative clause, "the men who killed
        him", whose "who" stands for the men named before it.)"""
        verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ not in ("ccomp", "xcomp", "dobj", "pcomp"):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" and c.lower_ in ("who", "whoever") for c in verb.children)

    @staticmethod
    def _those_it_befell(tok) -> bool:
        """Whether a participle is used as a noun for the people it befell ("families of the disappeared", "the
        detained were later freed", "lists of the executed"): "the" before it and no noun after it. It names a class
        of sufferers, not a deed whose doer the sentence tells (the one who founded the families' group did none)."""
        return tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj") \
            and any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i for c in tok.children) \
            and not any(c.dep_ in ("dobj", "nsubjpass", "agent", "auxpass", "aux") for c in tok.children)

    @staticmethod
    def _opens_an_inquiry(by) -> bool:
        """Whether a "by" phrase names who opened or holds an inquiry or a case ("said that an inquiry had been opened by
        the Investigation Bureau", "a case was filed by prosecutors"): the body that looks into a deed, not its doer."""
        return any(c.dep_ == "nsubjpass" and c.lemma_ in INVESTIGATION_PRODUCTS | LEGAL_PROCESS_NOUNS for c in by.head.children)

    @staticmethod
    def _charge_kind(tok) -> bool:
        """Whether the abuse word only names the kind of a charge ("the statute of limitations for murder charges over
        the deaths expired", "sentenced him on assault and kidnapping charges", "dropped the torture charges"): a
        charge says what the law may try someone for, not a deed the sentence tells; one the accused faces ("X faces
        murder charges") is left to the rules that read the accused."""
        if tok.pos_ != "NOUN":
            return False
        last = max([tok, *tok.conjuncts], key=lambda t: t.i)  # "assault and kidnapping charges"
        charge = tok.doc[last.i + 1] if last.i + 1 < len(tok.doc) else None
        # (read off the words, not the parse: "on assault and kidnapping charges" may hang "charges" on "kidnapping")
        if charge is None or charge.lemma_ not in ("charge", "count", "indictment") or charge.pos_ != "NOUN":
            return False  # (not "the torture allegations were credible": an allegation found true tells the deed)
        return not (charge.dep_ == "dobj" and charge.head.lemma_ in ("face", "bring", "file", "press", "level"))

    @staticmethod
    def _culprits_held(tok) -> bool:
        """Whether the ones a detention word holds are named as the doers of a crime ("ordered the police to arrest the
        culprits without delay", "the killers were arrested", "the arrest of the perpetrators"): the law pursuing a
        crime, not an arbitrary detention."""
        held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        held += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        return bool(held) and all(h.lemma_ in CULPRIT_NOUNS and not any(g.dep_ == "poss" for g in h.children) for h in held)

    @staticmethod
    def _legal_step(tok) -> bool:
        """Whether the abuse word only names what a legal step seeks ("issued arrest warrants for X", "a warrant for
        the arrest of Y"): a court or prosecutor asking for someone to be held has detained no one yet, and holding a
        suspect under a warrant is no abuse the text tells."""
        if tok.dep_ in ("compound", "nmod", "amod") and tok.head.lower_ in LEGAL_STEP_NOUNS:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and tok.head.head.lower_ in LEGAL_STEP_NOUNS

    def _bare_state(self, key: str | None) -> str | None:
        """A doer named only "the regime" or "the government" is the state the text is about (the foreign country it
        names most), and "the Ostlandic government" the state its adjective names: the state itself, named once, not a
        body of its own; any other doer stays as it is."""
        if key is None:
            return key
        words = strip_det(self.ex.entities[key].name).split()
        if not words or words[-1].lower() not in STATE_ITSELF_NOUNS:
            return key
        if len(words) == 1:
            return self._named_state_body(words[-1]) or self._main_country(foreign_only=True) or key
        ke = self.gaz.demonyms.get(" ".join(words[:-1]))
        return self._known_entity(ke) if ke is not None and ke.type == "Country" else key

    def _named_state_body(self, noun: str) -> str | None:
        """What "the regime" is when the text names it in full elsewhere ("sanctions on the Myanmar military regime ...
        the regime has killed"): the fuller name of that noun the text uses most, led by a state's name or its
        adjective (or a body the parser already made of it, "the Assad regime"). A regime the text's own sanctioning
        state is said to have is no such name."""
        cache = self.__dict__.setdefault("_state_bodies", {})
        if noun.lower() in cache:
            return cache[noun.lower()]
        found = None
        ents = Counter()
        for m in self.mentions:
            words = strip_det(m.text).split() if m.entity else []
            if len(words) >= 2 and words[0][:1].isupper() and words[-1].lower() == noun.lower() \
                    and self.etype(m.entity) in ("GovernmentBody", "Organization") \
                    and not self._is_sanctioner(m.entity):
                ents[m.entity] += 1
        if ents:
            found = ents.most_common(1)[0][0]
        else:
            spans = Counter()
            first = {}
            for m in re.finditer(r"\b((?:[A-Z][\w\u2019'-]*\s+){1,2})((?:military|ruling|former)\s+)?%s\b" % re.escape(noun.lower()), self.text):
                lead = m.group(1).strip()
                ke = self.gaz.known_by_label.get(gz.normal(lead)) or self.gaz.demonyms.get(lead)
                if ke is None or ke.type != "Country" or ke.wikidata in SANCTIONER_QIDS:
                    continue
                name = self.text[m.start():m.end()]
                spans[name] += 1
                first.setdefault(name, m.start())
            if spans:
                name = spans.most_common(1)[0][0]
                for m in re.finditer(re.escape(name), self.text):
                    found = self.phrase_entity("GovernmentBody", name, m.start(), m.end())
        cache[noun.lower()] = found
        return found

    def _legislature(self, key: str) -> bool:
        """Whether ``key`` is a lawmaking body ("Congress", "the National Assembly"): it may vote a leader out or pass
        a repressive law, but the hands that hold, beat or kill are others'."""
        ent = self.ex.entities[key]
        return ent.type in ("Organization", "GovernmentBody") and bool(set(re.findall(r"[a-z]+", ent.name.lower())) & LEGISLATURE_WORDS)

    def _abused_office(self, pos: int, end: int) -> bool:
        """Whether the words after "abused"/"abusing" name the trust of an office ("abused their positions", "abusing
        public office", "abused his power to"): that abuse is corruption, not the ill-treatment of a person."""
        m = re.match(r"\s+(?:of\s+)?(?:(?:their|his|her|its|the|public|official|state|an?|political)\s+){0,2}([a-z]+)", self.text[pos:min(end, pos + 60)], re.I)
        return m is not None and m.group(1).lower() in OFFICE_ABUSE_NOUNS

    def _public_wealth(self, pos: int, end: int) -> bool:
        """Whether the words after "looted"/"plundered" name a state's or the public's wealth ("looted the state
        coffers", "plundered millions from the budget"), not what people own ("looted property", "looted shops")."""
        return any(w.lower() in PUBLIC_WEALTH_WORDS for w in re.findall(r"[A-Za-z]+", self.text[pos:min(end, pos + 50)])[:5])

    @staticmethod
    def _place_of_a_thing(tok) -> bool:
        """Whether a detention word only names the kind of a place a noun is set in ("his death in a Moscow detention
        center", "the floor of the temporary detention facility"): the facility is where, and the noun its phrase hangs
        on tells what happened there; a verb it hangs on may be the holding itself ("held migrants in detention centres")."""
        facility = tok.head
        if tok.dep_ != "compound" or facility.lemma_ not in FACILITY_NOUNS:
            return False
        prep = facility.head
        return facility.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")

    @staticmethod
    def _accidental_death(tok) -> bool:
        """Whether a killing word tells a death in a mishap ("killed in a train crash", "the collapse in which 40 workers
        were killed", "deaths in the stampede"): its clause names the accident it happened in, by a preposition or as
        the noun a relative clause on it describes."""
        node = tok
        for _ in range(4):
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "during", "after"):
                    if any(g.dep_ == "pobj" and g.lemma_.lower() in ACCIDENT_NOUNS for g in c.children):
                        return True
            if node.dep_ == "relcl":
                return node.head.lemma_.lower() in ACCIDENT_NOUNS
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                return False
            node = node.head
        return False

    @staticmethod
    def _characterised_as(tok) -> bool:
        """Whether the abuse word is only the name a speaker gives a charge, case or measure ("describes the proceedings
        as political persecution", "called the sanctions a form of repression"): the speaker's view of that thing, no
        act the text tells."""
        node = tok
        while node.dep_ in ("amod", "compound", "pobj") and node.head.i != node.i and not (node.dep_ == "pobj" and node.head.lower_ == "as"):
            if node.dep_ == "pobj" and node.head.lower_ != "of":
                return False
            node = node.head.head if node.dep_ == "pobj" else node.head  # ("a form of repression")
        if node.dep_ == "pobj" and node.head.lower_ == "as":
            verb = node.head.head
        elif node.dep_ in ("oprd", "attr", "xcomp", "dobj") and node.head.pos_ == "VERB":
            verb = node.head  # ("branded the sanctions a form of repression": the parser's second object)
        else:
            return False
        if verb.lemma_ not in CHARACTERISING_VERBS:
            return False
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != node.i), None)
        return obj is not None and (obj.lower_ in ACCUSATION_NOUNS | SANCTION_MEASURE_NOUNS or obj.lemma_ in LEGAL_PROCESS_NOUNS
                                    or obj.lemma_ in ("proceeding", "decision", "move", "measure", "step", "investigation"))

    def _abuse_date(self, s: Sent, tok) -> str | None:
        """The date of the clause that tells the abuse ("LAGOS, Nov 16 - A panel has concluded that soldiers shot
        protesters at the toll gate in October last year": October, not the day of the report): a date the abuse
        word's clause holds, else the sentence's first. A story tells when the deed was done next to the deed, and
        when it was reported, tried or sanctioned in the clause above it."""
        if tok is not None:
            branch = self._aftermath_branch(tok)
            if branch is not None:
                # ("OFAC today designated X for his role in the killings", "a court on Wednesday sentenced X over the
                # massacre", "monitors said on Tuesday that soldiers had killed ..."): the act's date is not the deed's;
                # undated here, the deed takes the date its story gives (_date_abuses)
                lo, hi = self.tstart(branch.left_edge), self.tstart(branch.right_edge) + len(branch.right_edge.text)
                inside = [d for d in self.dates if s.start <= d.start < s.end and lo <= d.start < hi]
                return inside[0].value if inside else None
            top = tok
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head  # ("shot and killed ... in October": the date may hang on the first verb)
            while top.pos_ not in ("VERB", "AUX") and top.head.i != top.i:
                top = top.head
            if top.head.i != top.i:  # (the main clause's own dates are the sentence's)
                lo, hi = self.tstart(top.left_edge), self.tstart(top.right_edge) + len(top.right_edge.text)
                inside = [d for d in self.dates if s.start <= d.start < s.end and lo <= d.start < hi and not self._document_date(d, tok)]
                inside = [d for d in inside if not self._filed_on(d)] or inside
                inside = [d for d in inside if not self._in_a_description(d, tok)] or inside
                if inside:
                    return inside[0].value
                if any(s.start <= d.start < s.end for d in self.dates) and top.head.lemma_ in TELLING_VERBS:
                    return None  # ("monitors said on Tuesday that soldiers had killed ..."): the day it was told
            else:
                # a sentence that tells deeds one after another ("opened fire on August 1, killing six; in January
                # 2019, security forces killed 17"): each is dated by the last date told before it
                # ("a string of targeted killings since August": the date the deed's own phrase gives first)
                pos = self.tstart(tok)
                before = [d for d in self.dates if s.start <= d.start < pos]
                if len(before) > 1 and tok.i != top.i:
                    lo, hi = self.tstart(tok.left_edge), self.tstart(tok.right_edge) + len(tok.right_edge.text)
                    before = [d for d in self.dates if s.start <= d.start < s.end and lo <= d.start < hi] or before
                if len(before) > 1:
                    return before[-1].value
            own = [d for d in self.dates if s.start <= d.start < s.end]
            own = [d for d in own if not self._in_a_description(d, tok)] or own
            told = [d for d in own if not self._filed_on(d)]
            if told and len(told) < len(own):
                # "BAGHDAD, Nov 29 - Iraqi forces shot dead 25 protesters on Thursday": the dateline's day is when the
                # story was filed; the day the sentence tells is the deed's
                own = told
                if not self._document_date(own[0], tok):
                    return own[0].value
            if own and self._document_date(own[0], tok):
                rest = [d for d in own if not self._document_date(d, tok)]
                return rest[0].value if rest else None  # (undated here, the deed takes the date its story gives)
            if own:
                return own[0].value
        return self.sent_date(s)

    def _in_a_description(self, d, tok) -> bool:
        """Whether date ``d`` is inside a relative clause the abuse word is not in ("X, a hip-hop artist who was elected
        to parliament in 2015, was sentenced to death in January"): the clause tells who someone is, and its date is
        of that, not of the deed."""
        for c in tok.sent:
            if c.dep_ == "relcl" and not (c.i == tok.i or c.is_ancestor(tok)):
                lo, hi = self.tstart(c.left_edge), self.tstart(c.right_edge) + len(c.right_edge.text)
                if lo <= d.start < hi:
                    return True
        return False

    def _document_date(self, d, tok) -> bool:
        """Whether date ``d`` hangs on the document that tells the abuse, not on the deed ("According to a report
        published in May 2023 by the UN, troops executed 500 people", "the Council conclusions of 17 October 2016, in
        which the EU condemned the violence committed on 19 September"): the day a report came out is no day of the
        deeds it reports. Not when the abuse word is itself inside that document's phrase ("a report of killings in
        May")."""
        at = self._token_at(d.start)
        if at is None or at.doc is not tok.doc:
            return False
        for a in at.ancestors:
            if a.pos_ in ("NOUN", "PROPN") and a.lemma_.lower() in SOURCE_DOCUMENT_NOUNS:
                if a.left_edge.i <= tok.i <= a.right_edge.i and not any(
                        c.dep_ == "relcl" and c.left_edge.i <= tok.i <= c.right_edge.i for c in a.children):
                    return False
                return True
            if a.pos_ in ("VERB", "AUX") and a.dep_ != "acl":
                return False  # (a clause of its own: "troops killed 500 people in May, the report said")
        return False

    @staticmethod
    def _opposed_practice(tok) -> bool:
        """Whether an abuse word names a practice that people stand against ("protests against economic hardship and
        corruption", "a wider movement against corruption, unemployment and neglect", "a campaign against torture"):
        the object of "against" with no one of its own ("the arrest of X", "his detention" is a case that happened, and
        protests against it tell that it did)."""
        while tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
            tok = tok.head
        if any(c.dep_ in ("poss", "prep") and (c.dep_ == "poss" or c.lower_ in ("of", "by")) for c in tok.children):
            return False
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ == "pobj" and head.head.lower_ == "against"

    @staticmethod
    def _topic_of_critics(tok) -> bool:
        """Whether the word names corruption as what someone speaks or writes against ("an outspoken critic of
        corruption in the oil sector", "in which he denounced corruption among the elite", "targeted for her research
        on corruption"): a subject of their work, which the text tells of them, not a case of it with a doer. Not one
        owned by someone ("the minister's corruption")."""
        while tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
            tok = tok.head
        if any(c.dep_ == "poss" for c in tok.children):
            return False
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ == "dobj":
            return head.head.lemma_ in CRITIQUE_VERBS
        if head.dep_ != "pobj" or head.head.lower_ not in ("of", "on", "about", "into"):
            return False
        work = head.head.head
        if work.pos_ == "VERB" and head.head.lower_ != "of":
            # "a journalist who had reported on alleged graft", "she wrote about corruption in the ministry": the
            # subject of someone's work, as the nouns of it are ("his reporting on graft"); not one with its doer named
            return work.lemma_ in CRITIQUE_VERBS | WORK_TOPIC_VERBS and not any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)
        return work.lemma_ in CRITIQUE_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)

    @staticmethod
    def _charged_with_killing_an_agent(tok) -> bool:
        """Whether a killing is what someone is charged with, convicted of or sentenced for, and the one killed served
        the state's force ("charged with complicity in the killing of a police officer", "convicted of killing a
        security guard"): a rights story tells that as the case brought against a prisoner, not as a rights abuse of
        the accused, and the state bringing it did not do the killing either."""
        done_to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"] \
            + [c for c in tok.children if c.dep_ == "dobj"]
        if not any(v.lemma_ in FORCE_MEMBER_NOUNS for v in done_to):
            return False
        return any(a.lemma_ in ACCUSE_VERBS and a.pos_ == "VERB" for a in list(tok.ancestors)[:4])

    @staticmethod
    def _no_evidence(tok) -> bool:
        """Whether a noun says nothing shows it ("no evidence", "no proof", "nothing")."""
        return tok.lemma_ in ("evidence", "proof", "indication", "sign") and any(c.lower_ == "no" for c in tok.children) \
            or tok.lower_ == "nothing"

    @staticmethod
    def _aftermath_branch(tok):
        """The phrase holding the abuse word under the nearest act done about it afterwards (a sentencing, a
        designation, a report: AFTERMATH_VERBS), or None when the abuse is told on its own."""
        node = tok
        while node.head.i != node.i:
            head = node.head
            if head.pos_ in ("VERB", "AUX") and head.lemma_ in AFTERMATH_VERBS:
                return node
            node = head
        return None

    @staticmethod
    def _acquitted_of(of) -> bool:
        """Whether an "of" phrase is the charge a court found unproven ("acquitted him of torture", "was acquitted by
        the court of the killing": the parser may hang it on the court)."""
        node = of.head
        while node.dep_ in ("pobj", "prep", "agent") and node.head.i != node.i and node.lemma_ not in ACQUITTING_VERBS:
            node = node.head
        return node.lemma_ in ACQUITTING_VERBS

    @staticmethod
    def _supposed(tok) -> bool:
        """Whether the abuse verb is in a clause of condition or of time hung on a verb that is itself only wished,
        foreseen or feared ("people should not complain when mercenaries killed them", "we must act if troops torture
        anyone", "if soldiers kill civilians they will be punished"): a case supposed, not one the text tells."""
        node = tok
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ not in ("advcl", "ccomp") or node.pos_ != "VERB":
            return False  # (the parser hangs "when X killed them" on the verb as a complement too)
        mark = next((c.lower_ for c in node.children if c.dep_ in ("mark", "advmod") and c.lower_ in ("if", "unless", "when") and c.i < node.i), None)
        head = node.head
        modal = any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS | {"will", "would", "'ll"} for c in head.children)
        while not modal and head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
            head = head.head  # "should not shed tears or complain when ...": the modal is on the first verb
            modal = any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS | {"will", "would", "'ll"} for c in head.children)
        return mark is not None and modal  # (not "if they refused, guards beat them": there the beating is the main clause's)

    @staticmethod
    def _denied_allegation(tok) -> bool:
        """Whether the abuse word is what an accusation denied is of ("rejected the allegations of torture", "denied
        accusations of abuse"): the sentence tells the denial; the one who denies is not thereby the doer the
        accusation names, which the text tells elsewhere. (Also "rejected the findings about police killings and
        rapes": an accusation's "about"/"on" phrase, and every deed listed in it.)"""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "about", "on") else None
        noun = of.head if of is not None else None
        if noun is None:
            # "rejected accusations that officers carry out extrajudicial killings": the accusation's "that" clause
            clause = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "that" for c in a.children)), None)
            noun = clause.head if clause is not None and clause.dep_ in ("acl", "relcl", "ccomp") else None
            if clause is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
                return False  # ("rejected reports that detainees had been tortured": no doer accused here; the story's stands)
            if noun is not None and any(c.dep_ == "amod" and c.lower_ in DENY_WORDS for c in noun.children):
                return noun.lower_ in ACCUSATION_NOUNS  # (the denying verb the parser read as an adjective on the noun)
            if noun is not None and noun.lower_ in DENY_WORDS and clause.dep_ == "ccomp":
                # ("denied allegations that soldiers had tortured ...", the clause hung on the verb)
                return any(c.dep_ == "dobj" and c.lower_ in ACCUSATION_NOUNS and c.i < clause.i for c in noun.children)
        return noun is not None and noun.lower_ in ACCUSATION_NOUNS and noun.dep_ == "dobj" and noun.head.lower_ in DENY_WORDS

    @staticmethod
    def _befell_no_one(tok) -> bool:
        """Whether a passive abuse verb is told of no one ("none of them has been arrested", "no one was detained"): the
        text says it has not happened. So is an abuse noun counted by "no" or "any" ("no arrests have been made", "have
        not said whether any arrests have been made"): none told as done. And an abuse verb told as not done ("the force
        had not mistreated anyone in its custody", "soldiers never killed civilians"), unless "not only"."""
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children):
            return True
        if tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children) and not any(c.lower_ == "only" for c in tok.children):
            return True
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return False
        return subj.lower_ in ("none", "nobody", "neither") or subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)

    def _attributed_to(self, tok, victims):
        """Who the text attributes an abuse noun to ("killings attributed to the army", "disappearances ascribed to
        both sides", "the commission attributed most of the deaths to the police"), the participle hanging on it or on
        another noun of its list, or the verb it is the object of: that one's entity; None when the phrase names no one
        the text knows (no doer then, and none carried over from before); False without such a phrase. Whoever does
        the attributing (a commission, a report) only tells who did it."""
        head = tok
        while head.dep_ in ("amod", "compound") and head.head.i != head.i:
            head = head.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        nouns = [head, *head.conjuncts]
        up = head
        for _ in range(4):  # ("one of thousands of cases of killings attributed to ...": the parser hangs it higher)
            if up.dep_ != "pobj" or up.head.lower_ != "of" or (
                    up.head.head.pos_ not in ("NOUN", "NUM", "PRON") and up.head.head.dep_ not in ("dobj", "nsubjpass")):
                break  # ("attributed most of the deaths to ...": the quantifier is the verb's object)
            up = up.head.head
            nouns.append(up)
        for noun in nouns:
            verbs = [acl for acl in noun.children if acl.dep_ == "acl" and acl.lemma_ in ATTRIBUTING_VERBS]
            if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_ in ATTRIBUTING_VERBS:
                # (the parser may hang the "to" phrase on the object, or on the last noun of its "of" phrase)
                verbs += [noun.head, noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                             for g in c.children if g.dep_ == "pobj")]
            for verb in verbs:
                doers = self._attributed_doers(verb, victims)
                if doers is not False:
                    return doers
        return False

    def _attributed_doers(self, verb, victims):
        """The doers the "to" (or "on") phrases of an attributing verb (or of its object) name ("attributed them to Unit
        7 and to the DNI", "blamed the killings on the militia"): their entities, None when it names no one the text knows, False without a "to" phrase."""
        tos = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")]  # ("blamed the killings on X")
        tos += [c for t in tos for c in t.conjuncts if c.lower_ in ("to", "on")]
        objs = [c for t in tos for c in t.children if c.dep_ == "pobj"]
        if not objs:
            return False
        doers = [self._resolve_np(c) for o in objs for c in [o, *o.conjuncts]]
        doers = [k for k in dict.fromkeys(doers) if self._actor(k, victims)]
        return doers or None

    def _sufferer(self, tok) -> str | None:
        """Who the grammar says an abuse befell, where no named mention of a victim says it: the one who bears its
        marks ("he bore signs of torture"), who is in it ("died in detention", "her health has deteriorated in
        custody": held, not holding), who owns a deed done to one person ("weeks before his disappearance, he ...":
        the clause's subject is then its sufferer, not its doer), or the "him" or "her" it was done to ("told the
        court that interrogators had beaten and tortured him", "he was arrested in June"). A pronoun is no mention, so
        only this reading keeps such a sufferer out of the doer's slot and puts them in the victim's."""
        held = self._held_subject(tok)
        if held is not False:
            subj = held
            k = self._resolve_np(subj) if subj is not None else None
            if k is None and subj is not None:  # "his health": whose
                k = next((self.entity_at(c) for c in subj.children if c.dep_ == "poss"), None)
            return k if k is not None and self.etype(k) in ("Person", "Group") else None
        if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
            tok = tok.head  # "the arbitrary arrest of ...": the deed is the noun
        if tok.pos_ in ("NOUN", "ADJ"):
            # its own "of", else the one a list of deeds shares on its last noun ("the beating and arbitrary arrest of
            # hundreds of people"; the parser may take "beating" for an adjective)
            # (or "against" them: "sexual violence against women and girls", "the use of rape against civilians", where
            # the parser hangs the "against" on the noun the deed is "of")
            owner = [tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" else []
            ofs = [[g for c in n.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj" and g.i > tok.i]
                   for prep in ("of", "against") for n in [tok, *tok.conjuncts, *(owner if prep == "against" else [])]]
            of = next((o[0] for o in ofs if o), None)
            k = self._counted_entity(of) if of is not None else None
            if self._done_to(k):
                return k  # "where Mr. X was held, is notorious for the mistreatment of political prisoners": those
            if k is None and of is not None and (bare := self._bare_people(of)) is not None:
                return bare  # "documented the rape of women": those, though another victim was named first
        if self._owner_suffered(tok):
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            k = self.entity_at(owner) if owner is not None else None
            if k is not None and self.etype(k) == "Person":
                return k
        if tok.pos_ == "VERB" and tok.lemma_ in SUFFER_VERBS:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            k = self._resolve_np(subj) if subj is not None and subj.pos_ != "PRON" else None
            if k is not None and self.etype(k) in ("Person", "Group"):
                return k  # "reporter X disappeared in July after ... he had been taken by agents of Y": X
        if tok.pos_ == "VERB":
            # its own object or passive subject ("killed 17 people and raped women": each verb its own); else the object
            # it shares with the verbs after it ("had beaten and tortured him")
            done_to = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] or [
                c for v in tok.conjuncts if v.i > tok.i and not has_subject(v)
                for c in v.children if c.dep_ == "dobj"]
            k = next((k for k in map(self._counted_entity, done_to) if k is not None), None)  # (not a "that" the parser made one)
            if self._done_to(k):
                return k
            fired_on = [g for x in (tok, *(c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "fire")) for c in x.children
                        if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]  # "opened fire on ..."
            bare = next((k for k in map(self._bare_people, [*done_to, *fired_on]) if k is not None), None)
            if bare is not None:
                return bare  # "have attacked civilians", "opened fire on worshippers": the people the deed befell
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_ not in MARK_NOUNS:
            return None
        marks = tok.head.head
        while marks.dep_ == "conj" and marks.head.i != marks.i:
            marks = marks.head  # "bruises and other signs of torture"
        verb = marks.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # (the parser may hang the marks lower: "he was in a wheelchair, bore signs of ...")
        if verb.lemma_ not in MARK_VERBS:
            return None  # "doctors found signs of torture": who finds them bears none
        verb = verb_with_subject(verb)  # "he was pale and bore signs of torture": the subject the verbs share
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        k = self.entity_at(subj)
        if k is None:  # "his body bore ...": whose body
            k = next((self.entity_at(c) for c in subj.children if c.dep_ == "poss"), None)
        return k if k is not None and self.etype(k) in ("Person", "Group") else None

    def _described_sufferer(self, tok) -> str | None:
        """The one a deed's word describes as having suffered it: the noun a participle stands before ("jailed
        opposition leader X", "detained activist X"), the subject a participle after "remains" or "is" is said of ("X
        remains confined to his home", "she is still detained"), or the noun a passive relative clause that tells the
        deed is said of ("X, who was moved to house arrest", "X, who had been tortured in custody"). The sentence goes
        on to say what else befell them ("remains confined", "was sentenced"), and its subject is then the sufferer of
        the deed, never its doer."""
        head = None
        if tok.dep_ in ("acomp", "xcomp", "oprd") and tok.tag_ in ("VBN", "JJ") and tok.head.lemma_ in ("remain", "be", "stay"):
            head = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "X remains confined to his home"
        elif tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD", "JJ"):
            head = tok.head
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head  # "jailed opposition leader Alexei X": the name the words before it describe
        else:
            # the clause's verb is the deed ("who had been tortured"), or puts its subject into it ("who was moved to
            # house arrest", "taken into custody"); not a deed the clause names as a reason ("who was designated over
            # the military's atrocities against X")
            clause = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into", "in", "under") else tok
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in clause.children):
                head = clause.head
        k = self.entity_at(head) if head is not None else None
        if k is None and head is not None:
            k = self._named_in_apposition(head)
        return k if k is not None and self.etype(k) in ("Person", "Group") else None

    def _named_in_apposition(self, noun) -> str | None:
        """The name set beside a described noun that no mention covers itself ("the jailed opposition leader Ivo
        Marrow", "the detained journalist, Mira Holt"): the parser hangs the name on the noun as its apposition, and
        the one the noun describes is that name."""
        return next((k for c in noun.children if c.dep_ == "appos" for k in [self.entity_at(c)] if k is not None), None)

    def _bare_people(self, tok) -> str | None:
        """A bare plural of people no mention covers ("civilians", "women"), as a group of that word: who an abuse befell
        when the grammar makes them its object. Not one with more to it ("civilians who fled"), left to the mentions."""
        counted = self._count_of_people(tok)
        if counted is not None:
            return counted
        people = self._people_named(tok)
        if people is not None:
            return people
        if tok.tag_ != "NNS" or tok.lower_ not in VICTIM_GROUP_NOUNS or self.entity_at(tok) is not None \
                or any(g.dep_ in ("det", "poss", "nummod", "amod", "prep", "relcl", "acl") and not self._where_they_are(g) for g in tok.children):
            return None
        first = tok
        while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head.i == tok.i and first.nbor(-1).pos_ == "PROPN":
            first = first.nbor(-1)  # "Falun Gong practitioners", "Rohingya villagers": the faith or people named is theirs
        at = self.tstart(first)
        end = self._paired_people(tok) or self.tstart(tok) + len(tok.text)  # ("raped women and girls")
        return self.phrase_entity("Group", self.text[at:end], at, end)

    def _without_its_place(self, key: str | None) -> str | None:
        """The force a doer's phrase names, without the place it is in ("Egyptian military and police forces in North
        Sinai", "government forces in Merawi"): the mentions read such a phrase whole, as they must for the people a
        deed befell ("protesters in Cairo"), but the doer is the force, wherever it acted; the place, also returned,
        is the deed's."""
        if key is None or self.etype(key) not in ("Group", "GovernmentBody"):
            return key, None
        ent = self.ex.entities[key]
        m = re.match(r"(.*\S)\s+in\s+(\S.*)$", ent.name)
        place = next((p.entity for p in self.nested_places if m is not None and p.text == m.group(2) and p.entity
                      and self.etype(p.entity) in PLACE_TYPES), None)
        if place is None or not ent.mentions:
            return key, None
        head = m.group(1)
        if not any(w.lower() in STATE_FORCE_HEADS | ARMED_BODY_WORDS or w.lower().removesuffix("s") in FORCE_MEMBER_NOUNS for w in head.split()):
            return key, None  # (only a force: "local officials in Korsk Province" are those officials)
        if len(strip_det(head).split()) < 2:
            return key, None  # (a bare "police in Malir" is the Malir police: the place is what names that force)
        same = next((k for k, e in self.ex.entities.items() if k != key and head.casefold() in {a.casefold() for a in (e.name, *e.aliases)}), None)
        if same is not None:
            return same, place
        start = ent.mentions[0].start
        return self.phrase_entity(ent.type, head, start, start + len(head)), place

    def _where_they_are(self, prep) -> bool:
        """Whether a phrase on a plural of people only says where they are ("civilians in southern Unity State"): the
        people are still the bare word, the place the deed's."""
        return prep.dep_ == "prep" and prep.lower_ == "in" and any(
            g.dep_ == "pobj" and self.etype(self.entity_at(g)) in PLACE_TYPES for g in prep.children)

    def _aimed_at_a_people(self, pos: int) -> bool:
        """Whether the words at ``pos`` name a people ("atrocities against the Rohingya", "violence against Tibetans"):
        the general word for an abuse then tells of the abuse of a people, which the text names no other way; against
        anyone else ("abuses against LGBTI persons", "violence against women") it is the summary of abuses the text
        tells by their own words, or a criterion. A people is a name that is itself the object of "against" (not the
        modifier of a common noun, "LGBTI persons"), and not a person's, a state's, a body's or a place's (the tagger
        reads a people's name as any of a nationality, a group or an organisation)."""
        tok = self._token_at(pos + len(self.text[pos:]) - len(self.text[pos:].lstrip()))
        if tok is not None and tok.lower_ == "the" and tok.i + 1 < len(tok.doc):
            tok = tok.doc[tok.i + 1]
        if tok is None or not tok.text[:1].isupper() or tok.dep_ != "pobj" or tok.head.text != "against":
            return False  # (in a headline's capitals, "Abuses Against Uyghurs", no word stands out as a name)
        k = self.entity_at(tok)
        return k is None or self.etype(k) not in {"Person", "Country", "GovernmentBody", "Medium", *PLACE_TYPES}

    def _people_named(self, tok) -> str | None:
        """A people named by the word for its members ("the detention of Tibetans", "killings of Rohingya", "targeted
        Uzbeks"), which no mention covers, as a group of those words: who the deed befell, as a bare "civilians" is.
        The parser's nationality or community names (NORP) are such words; only the whole name, and only one that
        is not the first word of a longer noun ("Tibetan monks" are a group the mentions name)."""
        if tok.ent_type_ != "NORP" or tok.tag_ not in ("NNPS", "NNP", "NNS") or self.entity_at(tok) is not None:
            return None
        first, last = tok, tok
        while first.i > 0 and first.ent_iob_ == "I":
            first = first.nbor(-1)
        while last.i + 1 < len(last.doc) and last.nbor(1).ent_iob_ == "I":
            last = last.nbor(1)
        if last.i != tok.i or any(self.entity_at(t) is not None for t in tok.doc[first.i:last.i + 1]):
            return None
        at, end = self.tstart(first), self.tstart(last) + len(last.text)
        return self.phrase_entity("Group", self.text[at:end], at, end)

    def _count_of_people(self, tok) -> str | None:
        """A count of people no mention covers ("scores of people", "several hundred men", "dozens of detainees"), as
        a group of those words: the victims when the deed's grammar makes the count its object. Up to the people
        counted; what is said of them after ("accused of supporting the rebels") is no part of their name."""
        if tok.lemma_.lower() not in ("score", "dozen", "hundred", "thousand", "million") or self.entity_at(tok) is not None:
            return None
        people = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                       for g in c.children if g.dep_ == "pobj" and g.i == c.i + 1 and g.tag_ == "NNS"), None)
        if people is None or people.lower_ not in VICTIM_GROUP_NOUNS | COUNTED_PEOPLE_NOUNS or self.entity_at(people) is not None:
            return None
        first = tok.left_edge
        while first.i < tok.i and first.pos_ not in ("DET", "ADJ", "ADV", "NUM"):
            first = first.doc[first.i + 1]  # (nothing but the count's own words: "several", "the", "at least")
        at, end = self.tstart(first), self._paired_people(people) or self.tstart(people) + len(people.text)
        return self.phrase_entity("Group", self.text[at:end], at, end)

    @staticmethod
    def _held_subject(tok):
        """For a custody noun a verb's "in" puts its subject in ("remain in custody", "died in detention", "was under
        house arrest"), that subject (None when the verb has none); False for any other word. The verb itself stands for the phrase a
        pattern matched from its start ("remains in custody"), and so does a phrase of that verb ("remains in
        custody without trial")."""
        verb = tok.head if tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX") else tok
        if verb.pos_ in ("VERB", "AUX"):
            tok = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                        if o.dep_ == "pobj" and o.lemma_ in CUSTODY_NOUNS), tok)
        # (an object that is only a span of time still puts the subject there: "spent 22 months in pre-trial detention",
        # "served a decade in prison"; one that is a person is who the subject holds: "keeps them in detention")
        if tok.dep_ == "compound" and tok.head.dep_ == "pobj" and tok.head.lemma_ == "arrest":
            tok = tok.head  # "was under house arrest": the custody is the whole noun
        # ("in custody", "in detention"; "under arrest", "under house arrest")
        held_in = tok.lemma_ in CUSTODY_NOUNS and tok.head.lower_ == "in" or tok.lemma_ == "arrest" and tok.head.lower_ == "under"
        if tok.dep_ == "pobj" and held_in and tok.head.head.pos_ in ("VERB", "AUX") \
                and (tok.head.head.lemma_ == "die" or not any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "dobj" and c.ent_type_ != "DATE"
                                                              for c in tok.head.head.children)):
            return next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        return False

    def _counted_entity(self, tok) -> str | None:
        """The entity at ``tok``, or for a count the people it counts ("hundreds of people", "dozens of journalists")."""
        k = self.entity_at(tok)
        if k is None and (tok.like_num or tok.lower_ in NUMBER_WORDS or tok.lemma_ in ("hundred", "thousand", "dozen", "score")):
            k = next((self.entity_at(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), None)
        return k

    def _done_to(self, key: str | None) -> bool:
        """Whether the one a deed's grammar acts on can have suffered it: a person, or a group that is no force."""
        return key is not None and (self.etype(key) == "Person" or self.etype(key) == "Group" and not self._actor(key, []))

    def _outside_the_grounds(self, s: Sent, tok, targets) -> list:
        """The targets not named inside the phrase that gives the grounds of the designation ("sanctions X for
        corruption and facilitating Russia's malign activities"): what that phrase names is the deed, its victims or
        its beneficiaries, and a title-cased headline makes names of its words; none of them is designated for it."""
        grounds = self._grounds(tok)
        if grounds is None:
            return targets
        off = self.offsets[id(tok.doc)]
        lo, hi = off + grounds.left_edge.idx, off + grounds.right_edge.idx + len(grounds.right_edge)
        inside = {m.entity for m, _ in self.sent_entities(s) if m.entity in targets and lo <= m.start < hi}
        outside = {m.entity for m, _ in self.sent_entities(s) if m.entity in targets and not lo <= m.start < hi}
        return [k for k in targets if k not in inside or k in outside] or targets

    def _grounds_of_a_body(self, s: Sent, tok, targets, victims):
        """The doers a designation's grounds give by "its" ("earlier designations of X in 2019 and of the National Police
        in 2020 for its role in the violent suppression of protests"): the deed is a body's, not a person's designated
        beside it. The designated bodies when there are any, else the body named last before the pronoun; "" when
        none is named; None when the grounds have no "its" (the targets stand)."""
        grounds = self._grounds(tok)
        obj = next((c for c in grounds.children if c.dep_ == "pobj"), None) if grounds is not None else None
        its = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ == "its"), None) if obj is not None else None
        if its is None or not any(self.etype(k) == "Person" for k in targets):
            return None
        bodies = [k for k in targets if self.etype(k) != "Person"]
        if bodies:
            return bodies
        before = self._acting_bodies_before(s, self.tstart(its), victims, {"GovernmentBody", "Organization", "Group", "Country"})
        return before[-1] if before else ""

    @staticmethod
    def _grounds(tok):
        """The "for" phrase the deed word is in ("designated X for his role in corruption"), if any."""
        return next((a for a in tok.ancestors if a.dep_ == "prep" and a.lower_ == "for"), None) if tok is not None else None

    def _told_of_another(self, tok, targets: list) -> bool:
        """Whether the deed is told in a relative clause on someone named who is not designated ("designated nine
        individuals who act for the Supreme Leader, Ali Khamenei, whose office oversees a system of repression"): it
        describes that one, not the designated, who are tied to them only by the designation's own words."""
        clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "relcl"), None)
        if clause is None:
            return False
        ante = clause.head
        node = ante
        while True:  # (not a clause on a designated one's own phrase: "the Brigade, a unit known as the Berets, which was deployed")
            if self.entity_at(node) in targets:
                return False
            if node.dep_ not in ("appos", "prep", "pobj", "compound", "conj", "acl") or node.head.i == node.i \
                    or node.dep_ == "prep" and node.lower_ != "as":
                break  # (an "of" or "to" phrase names another: "two aides of President X, whose government ...")
            node = node.head
        keys = {self._resolve_np(ante)} | {self.entity_at(c) for c in ante.children if c.dep_ == "appos"}
        keys -= {None}
        return bool(keys) and not keys & set(targets) and all(self.etype(k) in ACTOR_TYPES - PLACE_TYPES - {"Group"} for k in keys)

    def _clause_of_another(self, tok, targets: list) -> bool:
        """Whether the deed belongs to a main clause with a subject of its own that names none of the designated, and
        none of them is named in that clause but inside a relative clause the deed is not in: "The United States,
        which has imposed sanctions on X, condemned the executions" (the condemner's clause), "it blacklisted X, and
        the State Department determined that China was committing genocide". A sentence that designates someone tells
        other things too. The designation's own clause ("designated X for torture"), a clause on a noun ("X, under
        whose authority forces killed ...", "in a move Washington tied to torture"), one with a pronoun that may stand
        for the designated, and a sentence that names none of them (they are listed below it) keep them."""
        node = tok
        while not (node.pos_ in ("VERB", "AUX") and has_subject(node)):
            if node.head.i == node.i:
                return False
            node = node.head
        subj = next(c for c in node.children if c.dep_ in ("nsubj", "nsubjpass"))
        if node.dep_ in ("relcl", "acl") or any(c.tag_ in ("WP", "WP$", "WDT") for c in (subj, *subj.children)):
            return False  # (a relative clause the parser did not mark as one: "under whose authority forces killed ...")
        k = self._resolve_np(subj)
        if k is None or k in targets:
            return False
        if not any(self.entity_at(c) in targets for c in tok.sent):
            return False  # (the designated are listed below: "designated three officials for ...", the clause is theirs)
        own = [c for c in node.subtree if not any(a.dep_ == "relcl" and (a.i == node.i or node.is_ancestor(a)) and not a.is_ancestor(tok)
                                                  for a in c.ancestors)]
        return not any(self.entity_at(c) in targets or c.lower_ in PERSONAL_PRONOUNS for c in own)

    def _charged_on_another(self, tok, targets: list) -> bool:
        """Whether the deed is what a verb of charging puts on someone the sentence names by no designated name ("a
        prosecutor charged the two men who had used false names with conspiracy to murder"): the charge is theirs, and
        a list of designations around it gives no doer. (Not "charged him with murder", him one designated; nor "charged
        the killers of X": the deed is in the object's own phrase. The parser may hang the "with" on a clause that
        describes the object, "the two men who had used false names with conspiracy to murder": still the charge.)"""
        for a in tok.ancestors:
            if a.dep_ == "relcl" and a.head.dep_ == "dobj" and a.head.head.lemma_ in ACCUSE_VERBS and a.head.head.pos_ == "VERB":
                return self._names_another_than(a.head, targets)
            if a.pos_ == "VERB" and a.lemma_ in ACCUSE_VERBS:
                obj = next((c for c in a.children if c.dep_ == "dobj"), None)
                return obj is not None and not obj.is_ancestor(tok) and self._names_another_than(obj, targets)
            if a.dep_ in ("relcl", "ccomp", "advcl"):
                return False
        return False

    def _names_another_than(self, obj, targets: list) -> bool:
        """Whether a noun phrase (no pronoun, which may stand for the designated) names none of the targets."""
        return obj.pos_ == "NOUN" and self._resolve_np(obj) not in targets

    def _named_not_counted(self, tok, targets: list) -> list:
        """"Designated 11 individuals and three entities, among them X and Y, for corruption": the count is the people
        the sentence names, not one more doer beside them. (Where the deed describes the counted phrase itself, "20
        nationals involved in the killing, among them X", the count is what it is told of, and stays.)"""
        if self._grounds(tok) is None or not any(self.etype(k) == "Person" for k in targets):
            return targets
        return [k for k in targets if not self._is_target_group(k)] or targets

    def _targets_described_by(self, s: Sent, tok, targets) -> list:
        """The targets of a designation whose own phrase the abuse word describes ("listed 19 officials responsible for
        corruption, and three officers from the army", "designated X, a commander whose unit tortured detainees, and
        Y"): the abuse is theirs, not every target's of the sentence. Empty when the word is no modifier of a target's
        phrase (the grounds of the whole designation: "designated A and B for torture")."""
        if tok is None or len(targets) < 2:
            return []
        named = [(m, t) for m, t in self.sent_entities(s) if m.entity in targets]
        off = self.offsets[id(tok.doc)]
        heads = []
        for m, t in named:
            head = t
            while head.head.i != head.i and m.start <= off + head.head.idx < m.end:
                head = head.head
            if not head.is_ancestor(tok):
                continue
            node = tok
            while node.i != head.i and node.dep_ not in ("amod", "acl", "relcl", "appos"):
                node = node.head
            if node.i != head.i:
                heads.append(head)
        # the phrases coordinated with it name the others ("..., and three officers from Valoria:"), with the targets
        # listed under them in the lines after; a target named elsewhere in the sentence may be among the described
        # ("20 officials involved in the killing, among them X and Y") and keeps the abuse
        others = [c for h in heads for c in h.conjuncts if not c.is_ancestor(tok) and c.i != tok.i]
        # (a second object the parser hangs on the verb: "listed 12 officials responsible for ..., and two officers")
        others += [c for h in heads if h.dep_ == "dobj" for c in h.head.children
                   if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not c.is_ancestor(tok)]
        if not others:
            return []
        away = {m.entity for m, t in named if any(c.i == t.i or c.is_ancestor(t) for c in others)}
        away |= {k for k in targets if k not in {m.entity for m, _ in named}}
        own = [k for k in dict.fromkeys(targets) if k not in away]
        return own if own and len(own) < len(set(targets)) else []

    # the recall layer -------------------------------------------------------------------------
    # Run after every precise abuse rule, only on abuse words those rules found no doer for (and on the less certain
    # words of recall_abuse_patterns, read by the precise doer rules above). Each fallback is usually right rather
    # than always, so its claims carry RECALL_CONFIDENCE: users can filter them out, and their precision is measured
    # on its own (the band [0.3, 0.4)).

    def _recall_abuses(self):
        """Give the abuse words no precise rule found a doer for the doer a looser reading finds; never touch a
        precise claim (a fallback claim whose key a precise claim has only adds its evidence there)."""
        told: dict[int, list] = {}  # sentence index -> doers of the abuse claims its words were read from, in order
        for claim in self.claims.values():
            if claim.type != "abuse":
                continue
            for ev in claim.evidence:
                at = self.sent_at(ev.start)
                if at is not None and claim.roles["perpetrator"] not in told.setdefault(at.index, []):
                    told[at.index].append(claim.roles["perpetrator"])
        # The sentence's own doers first, for every open word; then looser readings, only for abuse types the
        # document attributes to no one yet (a second doer found by a looser reading is more often the first one
        # under another name, "EDF units" and "Eritrean troops", than someone new).
        left = []
        for item in self._open_abuses:
            s, m, code, tok, victims, location = item
            if self._told_here(s, code) or self._imperative(s) or self._asked_to_stop(tok) is not None or self._describes_a_noun(tok) \
                    or self._reacted_to(tok):
                continue  # told already by another word of the sentence; asked for, not told; about a noun
            if not self._recall_claims(item, self._listed_with_doers(s, told)):
                left.append(item)
        typed = {c.roles["abuse_type"] for c in self.claims.values() if c.type == "abuse"}
        for item in left:
            s, m, code, tok, victims, location = item
            if self._told_here(s, code):
                continue
            doers = self._parsed_doers(s, tok, victims) or self._force_in_sentence(s, tok, victims)
            # (a person is rarely named twice under different names: a named person is new whatever the document told)
            self._recall_claims(item, [d for d in doers if code not in typed or self.etype(d) == "Person"])

    def _told_here(self, s: Sent, code: str) -> bool:
        """Whether an abuse claim of ``code`` was read from sentence ``s`` already."""
        return any(c.type == "abuse" and c.roles["abuse_type"] == code and any(s.start <= ev.start < s.end for ev in c.evidence)
                   for c in self.claims.values())

    def _recall_claims(self, item, doers) -> bool:
        """One less certain claim per doer, with the victim, place and date the precise rules read off the sentence."""
        s, m, code, tok, victims, location = item
        patients = self._patients(tok)
        doers = [d for d in doers if self._may_perpetrate(d, code) and d not in patients]
        for perp in doers:
            self.add_claim("abuse", {"perpetrator": perp, "abuse_type": self._kidnapping_kind(code, m, perp)},
                           {"victim": next((v for v in victims if v != perp), None),
                            "location": location if location != perp else None, "date": self.sent_date(s)},
                           self.span(s.start, s.end), status=self._abuse_status(s, tok), confidence=RECALL_CONFIDENCE)
        return bool(doers)

    def _listed_with_doers(self, s: Sent, told: dict) -> list:
        """A sentence that lists several abuses ("were involved in the killing of civilians,
        in sexual violence and in looting") names their doer once; when the precise rules gave one of the listed
        abuses a doer, the others the sentence lists are that doer's too."""
        return list(told.get(s.index, []))

    def _parsed_doers(self, s: Sent, tok, victims) -> list:
        """An actor the parse ties to the abuse word though no precise rule took it: "at the hands of X", the possessor
        of the abuse noun ("the militia's killings") or a body it is led by ("militia-led raids"), the one under whose
        command it was done, else the subject of the clause the abuse word hangs on however far up ("X have been
        reported to have committed abuses, including massacres"), or of a passive that implicates ("X was involved in
        killings"), when it is one that can do harm. (An agent phrase elsewhere in the sentence was tried and dropped:
        "eye injuries caused by pellets fired by police, and complaints of sexual violence" is no violence by police.)"""
        def able(k):
            return k is not None and self._actor(k, victims) and not self._is_sanctioner(k) and self.etype(k) not in PLACE_TYPES
        found = []
        for t in s.span:
            if t.lower_ == "hands" and t.head.lower_ == "at":
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                k = self._resolve_np(obj) if obj is not None else None
                if able(k) and k not in found:
                    found.append(k)
        if found:
            return found
        head = tok
        while head.dep_ in ("amod", "compound") and head.head.i != head.i:
            head = head.head  # "extrajudicial" of "extrajudicial killings"
        for c in head.children:
            led = c.i < head.i and c.dep_ not in ("nsubj", "nsubjpass") and any(
                g.lower_ == "led" and g.i > 0 and g.doc[g.i - 1].text == "-" for g in c.subtree)  # "militia-led raids"
            if c.dep_ == "poss" and self._owner_suffered(head) and (c.lower_ in ("his", "her") or self.etype(self._resolve_np(c)) == "Person"):
                continue  # "his killing set off protests": the one killed (a body's "the regime's torture" is its own deed)
            if c.dep_ == "poss" or led:
                k = self._resolve_np(c)
                if able(k):
                    return [k]
        if self._time_anchor(head):
            return []  # "appears before a court after abduction": the clause's subject did not do what dates it
        node = head
        for _ in range(10):
            commander = self._commander_over(node)
            if able(commander):
                return [commander]  # "Under X's command, the unit tortured prisoners"
            subj = next((c for c in node.children if (c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and node.lemma_ in IMPLICATING_VERBS)
                         and s.span.start <= c.i < s.span.end), None)
            if subj is not None and subj.left_edge.i <= head.i <= subj.right_edge.i:
                return []  # "the arrest of X drew protests": the deed is the subject, its doer is not named
            if subj is None and self._deplored_by_clause(node, head):
                return []  # "adopted a resolution, deploring the repression of demonstrators"
            if subj is not None:
                via = next((a for a in (head, *head.ancestors) if a.head.i == node.i), None)  # the branch of node the deed is on
                if subj.lemma_.lower() in RECORD_NOUNS and subj.pos_ == "NOUN" and node is not head:
                    return []  # "photographs show the bodies of detainees ...": a record shows it, no one the sentence names did it
                if node.lemma_ in NOT_DOING_VERBS or node.lemma_ in SUFFER_VERBS or self._time_spent_in(node, head) or node.lemma_ in ACCUSE_VERBS and node is not head \
                        and via is not None and not (via.dep_ in ("conj", "xcomp", "ccomp") and via.pos_ in ("VERB", "AUX")):
                    # (not "has sentenced dozens to death and executed four of them": a deed of its own, the subject's)
                    # who tells, finds or condemns it did not do it; who disappeared or died suffered it; who accuses,
                    # convicts or sentences someone of it ("Judge X sentenced Y to life on 57 counts of murder") judges it,
                    # and the one judged is who it names
                    judged = [self._resolve_np(c) for c in node.children if c.dep_ == "dobj"] if node.lemma_ in ACCUSE_VERBS else []
                    return [k for k in judged if able(k) and k != self._resolve_np(subj)][:1]  # (never the accuser himself)
                k = self._resolve_np(subj)
                return [k] if able(k) else []
            if node.head.i == node.i:
                break
            node = node.head
        return []

    @staticmethod
    def _deplored_by_clause(node, tok) -> bool:
        """Whether the walk up from an abuse word has reached a verb of deploring or condemning it ("the Council adopted
        a resolution, deploring the repression of demonstrators", "the minister spoke, lamenting the killings"): the
        subject of the clause above looks at the deed from outside and did not do it. (Not the abuse word itself: "shocked
        detainees with batons" is a deed.)"""
        return node is not tok and node.pos_ == "VERB" and node.lemma_ in DISMAY_VERBS

    def _commander_over(self, verb):
        """The one under whose command, orders or leadership a clause's deed was done ("under X's command", "on the
        orders of X"), named on the clause itself or on its subject ("troops under his command took part in ...")."""
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for owner in [verb, *subj]:
            for prep in owner.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("under", "on"):
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj" or obj.lemma_ not in ("command", "order", "leadership", "control"):
                        continue
                    whose = next((c for c in obj.children if c.dep_ == "poss"), None)
                    if whose is None:
                        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                        whose = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                    if whose is not None:
                        return self._resolve_np(whose)
        return None

    def _force_in_sentence(self, s: Sent, tok, victims) -> list:
        """The last resort: the force, state body or armed group the sentence names nearest the abuse word ("video
        shows soldiers of the 33rd Division firing into crowds"), when the sentence names no other doer."""
        pos = self.tstart(tok)
        head = tok
        while head.dep_ in ("amod", "compound") and head.head.i != head.i:
            head = head.head
        # whoever the abuse befell, with what they belong to ("the Brigade's commander was killed"), is not its doer
        not_doers = {g.i for c in head.children if c.dep_ in ("nsubjpass", "dobj") or c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree}
        # nor whoever tells, finds, condemns or calls for something in the sentence
        not_doers |= {g.i for v in s.span if v.lemma_ in NOT_DOING_VERBS for c in v.children if c.dep_ == "nsubj" for g in c.subtree}
        # nor who opened an inquiry or a case ("said an inquiry had been opened by the Investigation Bureau")
        not_doers |= {g.i for b in s.span if b.lower_ == "by" and b.dep_ == "agent" and self._opens_an_inquiry(b) for g in b.subtree}
        # nor one the sentence has do something to no one ("freed after the government intervened")
        not_doers |= {g.i for v in s.span if v.pos_ == "VERB" and v.i != head.i and not self._acts_on_someone(v)
                   for c in v.children if c.dep_ == "nsubj" for g in c.subtree}
        best, dist = None, None
        for m, t in self.sent_entities(s):
            k = m.entity
            if t.i in not_doers or k in victims or not self._actor(k, victims) or self._is_sanctioner(k) or self.etype(k) in PLACE_TYPES | {"Person"} \
                    or not self._force_like(k) or self.etype(k) == "Country":
                continue
            d = abs(m.start - pos)
            if dist is None or d < dist:
                best, dist = k, d
        return [best] if best else []

    @staticmethod
    def _describes_a_noun(tok) -> bool:
        """Whether the abuse word sits in a clause that describes a noun ("a journalist who had reported on corruption",
        "people fleeing the killings"): what such a clause tells is about that noun, not the acts the sentence lists."""
        return any(a.dep_ in ("relcl", "acl") for a in [tok, *tok.ancestors] if a.head.i != a.i)

    def _dissent_abuses(self):
        """Jailing protesters, journalists or critics silences them: the text rarely says "repression" as well,
        but the detention is that too (the words naming the victims say who they were)."""
        for (ct, _), claim in list(self.claims.items()):
            if ct != "abuse" or claim.roles.get("abuse_type") not in DISSENT_ABUSE_TYPES:
                continue
            named = self._dissenters(claim.roles.get("victim"))
            # "detained nearly 7,000 people at protests": held for being there, whatever the text calls them
            # (not the month: "detained 58,000 people since March 27")
            gathered = any({w.lower() for w in re.findall(r"[A-Za-z-]+", ev.text) if w != "March"} & DISSENT_GATHERING_WORDS for ev in claim.evidence)
            # (the claim's victim is the first sentence's; a later sentence of the same claim may jail critics of its own:
            # "... held political prisoners. The judiciary has handed down harsh sentences to peaceful activists")
            evidence = claim.evidence if named or gathered else [ev for ev in claim.evidence if self._jails_dissenters(ev)]
            if not evidence:
                continue
            roles = {r: v for r, v in claim.roles.items() if r not in ("perpetrator", "abuse_type")}
            for ev in evidence:
                self.add_claim("abuse", {"perpetrator": claim.roles["perpetrator"], "abuse_type": "repression_of_dissent"}, roles, ev,
                               status=claim.status, confidence=min(claim.confidence, 0.5))

    def _verdict_abuses(self):
        """A prison term a court hands down is an abuse when the text says it punished dissent, not a crime.

        The contract the annotated verdict stories follow (Bialiatski, Arnon Nampa, the UAE84, Kem Sokha, Kara-Murza,
        Zamora, Besigye):
        - the shape: a court sentences, jails or convicts someone (active, "a court sentenced X to ten years", or
          passive, "X was jailed for five years") and the sentence says the verdict silenced someone: the one
          convicted is an activist, journalist, critic, rights defender, lawyer or opposition member; or what was
          punished is speech, reporting, protest or membership ("for social media posts", "on charges of spreading
          false news", "for taking part in protests"); or the text calls the trial no justice ("a sham trial",
          "politically motivated", "retribution for his work", "a trial marred by threats to his lawyers", "for
          peacefully exercising his rights");
        - the abuses: the prison term is an arbitrary detention and a repression of dissent, both;
        - the doers: the state whose court it is (the annotators accept it beside the court in nearly every such story),
          and a court the text names by its proper name ("the Leninsky District Court"); not "a court in Minsk",
          which names no court an annotator lists;
        - not an abuse: a verdict for a crime against someone ("for the murder of", "for torturing a detainee")
          or against an officer or soldier, unless the text calls the trial unjust; that is justice, and the
          deed it punishes is the abuse the other rules read.
        """
        for s in self.sents:
            if self._demanded_item(s):
                continue
            words = {w.lower() for w in re.findall(r"[A-Za-z-]+", s.span.text)}
            unjust, crime = self._verdict_kind(s)
            grounds = bool(words & (DISSENT_GROUND_WORDS | DISSENT_GATHERING_WORDS | DISSENT_TARGET_WORDS))
            for verb in s.span:
                if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in VERDICT_VERBS or any(c.dep_ == "neg" for c in verb.children):
                    continue
                if self._describes_a_noun(verb) or self._supposed(verb) or any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in verb.children):
                    continue  # ("a court that had jailed ...": about the court; "could be jailed": not done)
                heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                if not heads and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                    heads = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # ("X was charged ... and was sentenced")
                heads += [cc for c in heads for cc in c.conjuncts]
                convicts = [k for k in (self._resolve_np(h) for h in heads) if k is not None and self.etype(k) in ("Person", "Group")]
                if not convicts:
                    continue
                described = {w.lower() for h in heads for w in re.findall(r"[A-Za-z-]+", " ".join(t.text for t in self._who_words(h)))}
                described |= {w for k in convicts for w in re.findall(r"[a-z]+", self.ex.entities[k].name.lower())}
                agent = bool(described & (FORCE_MEMBER_NOUNS | COMBATANT_NOUNS))
                if not unjust and (crime or agent):
                    continue  # a murderer or a torturer sentenced: justice, not an abuse
                dissenter = any(w in DISSENT_VICTIM_WORDS or w + "s" in DISSENT_VICTIM_WORDS | DISSENT_TARGET_WORDS for w in described)
                if not (unjust or dissenter or grounds):
                    continue
                for perp in self._verdict_doers(s, verb):
                    if not self._may_perpetrate(perp, "arbitrary_detention"):
                        continue
                    roles = {"victim": convicts[0], "location": self._abuse_place(s), "date": self._abuse_date(s, verb)}
                    for code in ("arbitrary_detention", "repression_of_dissent"):
                        self.add_claim("abuse", {"perpetrator": perp, "abuse_type": code}, roles, self.span(s.start, s.end),
                                       status=self._abuse_status(s, verb), confidence=0.5)

    @staticmethod
    def _who_words(head) -> list:
        """The words of a noun phrase that say who the one named is ("X, a retired police officer", "the activist X"),
        without its relative clauses, which tell what the one named did ("who admitted tracking the journalist's
        movements"): a convict who followed a journalist is no journalist."""
        inside = {t.i for c in head.subtree if c.dep_ == "relcl" for t in c.subtree}
        return [t for t in head.subtree if t.i not in inside]

    def _verdict_kind(self, s: Sent) -> tuple[bool, bool]:
        """Whether the sentence calls a verdict unjust ("a sham trial", "politically motivated"), and whether it names
        a crime against someone as what was punished ("for the murder of"): the second is justice unless the first."""
        words = [w.lower() for w in re.findall(r"[A-Za-z-]+", s.span.text)]
        unjust = bool(set(words) & UNJUST_TRIAL_WORDS) or "show trial" in " ".join(words)
        return unjust, bool(set(words) & JUSTICE_GROUND_WORDS)

    def _verdict_doers(self, s: Sent, verb) -> list:
        """Who jails at a verdict: the court the text names by its proper name, and the state whose court it is (a
        demonym or country of the sentence, "a Belarusian court", "a court in Minsk"; else the paragraph's or text's)."""
        doers = []
        judges = [c for c in verb.children if c.dep_ == "nsubj"]
        judges += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        for j in judges:
            key = self._resolve_np(j)
            if key is None:
                continue
            if self.etype(key) == "Country":
                return [key]  # ("Belarus jails ...")
            name = self.ex.entities[key].name
            if set(re.findall(r"[a-z]+", name.lower())) & COURT_WORDS and not re.match(r"(?i)(?:an?|the|this|that)\s", name):
                doers.append(key)
        state = None
        for t in s.span:
            ke = self.demonym_state(t) if t.text[:1].isupper() else None
            if ke is not None and ke.type == "Country" and ke.wikidata not in SANCTIONER_QIDS:
                state = self._known_entity(ke)
                break
        if state is None:
            for m, t in self.sent_entities(s, PLACE_TYPES):
                if self.etype(m.entity) == "Country" and self.ex.entities[m.entity].wikidata not in SANCTIONER_QIDS:
                    state = m.entity
                    break
                capital = self.capital_state(self.ex.entities[m.entity].name)
                if capital is not None:
                    state = capital
                    break
        state = state or self._paragraph_country(s) or self._main_country(foreign_only=True)
        if state is not None and self._is_sanctioner(state):
            state = None
        return doers + ([state] if state is not None and state not in doers else [])

    def _dissenters(self, key: str | None) -> bool:
        """Whether the entity's own name calls them critics, protesters or the press ("peaceful activists")."""
        return key in self.ex.entities and bool(set(re.findall(r"[a-z]+", self.ex.entities[key].name.lower())) & DISSENT_VICTIM_WORDS)

    def _jails_dissenters(self, ev) -> bool:
        """Whether the sentence of an evidence span names critics, protesters or the press among whom it befell."""
        s = next((x for x in self.sents if x.start <= ev.start < x.end), None)
        return s is not None and any(self._dissenters(m.entity) for m, t in self.sent_entities(s, {"Group", "Person"}) if self._is_victim(m, t))

    def _para_tells_dissent(self, s: Sent) -> bool:
        """Whether the paragraph of ``s`` names a protest or those who speak out (protesters, journalists, critics)."""
        cache = self.__dict__.setdefault("_dissent_paras", {})
        if s.para not in cache:
            text = " ".join(x.span.text for x in self.sents if x.para == s.para)
            words = {w.lower() for w in re.findall(r"[A-Za-z-]+", text) if w != "March"}
            cache[s.para] = bool(words & (DISSENT_GATHERING_WORDS | DISSENT_VICTIM_WORDS | DISSENT_TARGET_WORDS))
        return cache[s.para]

    def _aimed_at_dissent(self, pos: int, end: int, direct: bool = False) -> bool:
        """Whether the words after a crackdown or targeting, up to the end of their phrase, name critics, the press or
        protest ("a crackdown on journalists and opposition supporters", "targeting of civil society"); ``direct``: the
        words right after a verb ("intimidated members of the opposition")."""
        if not direct and not re.match(r"\s*(?:on|against|of)\b", self.text[pos:pos + 10], re.I) \
                and not re.search(r"(?i)\b(?:on|against|of)$", self.text[max(0, pos - 8):pos]):
            return False  # only what the crackdown is on ("a crackdown on ..."), not whatever the sentence goes on to name
        tail = re.split(r"[,;:.()]|\s[\u2014\u2013-]\s|\b(?:that|which|who|since|after|because)\b", self.text[pos:min(end, pos + 120)])[0]
        dissent = DISSENT_VICTIM_WORDS | DISSENT_TARGET_WORDS
        # the first people it names decide: "of LGBTI persons and political opponents" is persecution of a group
        first = next((w for w in re.findall(r"[a-z]+", tail.lower()) if (w in dissent or w in GROUP_HEADS or w in IDENTITY_TARGET_WORDS)
                      and w != "members"), None)  # ("members of the opposition": whose members they are)
        return first in dissent

    def _reporting_monitor(self, tok) -> str | None:
        """The rights group, UN body or inquiry whose words report the abuse at ``tok`` ("Amnesty said soldiers killed ...")."""
        if tok is None:
            return None
        tellers = [a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_ in SPEECH_VERBS | INVESTIGATOR_VERBS]
        speech = tellers[0] if tellers else None
        if any(a.lemma_ in DISMAY_VERBS for a in [tok, *tok.ancestors] if speech is None or not a.is_ancestor(speech)):
            return None  # "condemned the killing", "said it was horrified by the killing": a reaction to the news, no finding
        sj = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        if len(tellers) > 1 and sj is not None and self.etype(self._resolve_np(sj)) not in ("Organization", "GovernmentBody"):
            # "HRW said that detainees had described being beaten": what the witnesses told, the group reports
            speech = tellers[1]
            sj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if sj is not None and sj.lower_ in ("which", "who", "that") and speech.dep_ == "relcl":
            sj = speech.head  # "Amnesty International, which said last year that soldiers killed 12 people, ...": the body it is on
        k = self._resolve_np(sj) if sj is not None else None
        if k is None:
            # "According to Latvian prosecutors, X solicited bribes": the source the sentence hangs on
            sent = tok.sent
            acc = next((t for t in sent if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to"), None) \
                if "according" in self.doc_lowers[id(tok.doc)][sent.start:sent.end] else None
            src = next((g for g in acc.nbor(1).children if g.dep_ == "pobj"), None) if acc is not None else None
            k = self._resolve_np(src) if src is not None else None
            m = self.mention_of(src) if src is not None else None
            if k is not None and m is not None and m.extra.get("investigator") and self.etype(k) in ("Organization", "GovernmentBody"):
                return k
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
                span = self._token_range(sdoc, pos - off, pos - off + 1)
                return self.doc_tokens[id(sdoc)][span.start] if span else None
        return None

    def _victim_phrase(self, m: Mention, t) -> str:
        """The people a group mention names as the ones a deed befell, read whole: a count keeps the word that makes
        it a count ("several hundred people", "up to a million people", not "hundred people"); the place they were
        in is where it happened, not who they are ("demonstrators in Kinshasa" are demonstrators, and "nearly 7,000
        people in Minsk" the 7,000 people); and the verb of the deed the parser ran into the phrase is no part of it
        ("had killed civilians, tortured detainees and ...": the detainees)."""
        if self.etype(m.entity) != "Group":
            return m.entity
        start, end = m.start, m.end
        words = self.text[start:end]
        lead = ROUGH_COUNT_LEAD.search(self.text[max(0, start - 16):start])
        if lead and ROUND_NUMBER_START.match(words):
            start -= len(lead.group(0))
        first = self._token_at(m.start)
        if first is not None and first.tag_ in ("VBD", "VBN") and first.pos_ == "VERB" and " " in words and first.i > 0 \
                and (first.dep_ not in ("amod", "compound") or first.nbor(-1).lower_ in (",", "and", "or")):
            start = m.start + len(first.text) + (len(words) - len(words[len(first.text):].lstrip()) - len(first.text))
        tail = re.search(r"\s+in\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)$", self.text[start:end])
        if tail and self._names_place(tail.group(1), start + tail.start(1), end, m):
            end = start + tail.start()
        elif (pair := self._paired_people(self._token_at(m.end - 1))) is not None:
            end = pair  # "Tigrayan women and girls", "at least 58 women and girls": one group, named as a pair
        if (start, end) == (m.start, m.end) or end <= start:
            return m.entity
        return self.phrase_entity("Group", self.text[start:end], start, end)

    def _paired_people(self, tok) -> int | None:
        """The end of the bare plural of people that a group's noun ``tok`` is paired with ("women and girls", "men and
        boys", "migrants and refugees"): texts name such a pair as one group of victims, and a mention or a bare noun
        stops at the first word. None when the second noun has words of its own ("women and children's rights",
        "women and girls who fled") or is no word for plain people."""
        words = VICTIM_GROUP_NOUNS | COUNTED_PEOPLE_NOUNS
        if tok is None or tok.lower_ not in words or tok.i + 2 >= len(tok.doc) or tok.nbor(1).lower_ not in ("and", "or"):
            return None
        second = tok.nbor(2)
        if second.tag_ != "NNS" or second.lower_ not in words or second.dep_ != "conj" or second.head.i != tok.i \
                or any(c.dep_ in ("relcl", "acl", "prep", "amod", "compound", "case") for c in second.children) \
                or second.i + 1 < len(tok.doc) and second.nbor(1).tag_ == "POS":
            return None
        return self.tstart(second) + len(second.text)

    def _names_place(self, name: str, start: int, end: int, m: Mention) -> bool:
        """Whether the words at ``start``-``end`` (inside mention ``m``) name a place: a place mention there, or a
        place the gazetteer knows by that name."""
        if any(pm is not m and pm.entity and start <= pm.start and pm.end <= end and self.etype(pm.entity) in PLACE_TYPES
               for pm in self.mentions):
            return True
        ke = self.gaz.known_by_label.get(gz.normal(name))
        if ke is not None and ke.type in PLACE_TYPES:
            return True
        first = self._token_at(start)
        return first is not None and first.ent_type_ in ("GPE", "LOC")  # (a town the parser knows, "Kinshasa")

    def _is_victim(self, m: Mention, t) -> bool:
        typ = self.etype(m.entity)
        if typ == "Group":
            head = m.extra.get("head")
            if self._is_monitor(m.entity):
                return False  # "Rights groups say forces killed ...": who reports it did not suffer it
            if head in DISSENT_VICTIM_WORDS and not re.search(r"\barmed\b", m.text, re.I):
                return True  # "government critics", "police critics": who they criticise names no force they are
            return head not in ACTOR_GROUP_HEADS and head not in MEDIA_GROUP_HEADS and not FAMILY_GROUP.search(m.text) \
                and not re.search(r"\barmed\b", m.text, re.I) and not self._hidden_doers(m.text) \
                and not set(m.text.lower().replace("-", " ").split()) & ACTOR_GROUP_HEADS  # "gang members", "police officers"
        if typ == "Person":
            t = self._phrase_head(m, t)
            if t.dep_ == "nsubj" and t.head.lemma_ == "be" and self._among_sufferers(t.head):
                return True  # "A and B were among those beaten", "Among those detained was X"
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ in VICTIM_NOUNS:
                return True  # "the killing of Jamal Khashoggi"
            if t.dep_ == "poss" and self._owner_suffered(t.head):
                return True  # "Varo's arrest"
            if t.dep_ == "nsubj" and self._headline_passive(t.head):
                return True  # "Lawyer Dan Varo shot dead at home"
            return t.dep_ in ("dobj", "nsubjpass", "pobj") and t.head.lemma_ in DONE_TO_VERBS
        return False

    def _headline_passive(self, verb) -> bool:
        """Whether a verb of an abuse done to someone is a headline's passive ("Lawyer X shot dead at home",
        "Journalists detained in Y"): headlines drop the "was", and the parser reads the victim as the subject of an
        active verb; a verb without auxiliary or object on a line that ends in no full stop is such a passive."""
        if verb.lemma_ not in DONE_TO_VERBS or verb.tag_ not in ("VBD", "VBN") \
                or any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
            return False
        at = self.tstart(verb)
        end = self.text.find("\n", at)
        line = self.text[self.text.rfind("\n", 0, at) + 1:end if end >= 0 else len(self.text)].rstrip()
        return not line.endswith((".", "!", "?", '"', "'", "\u201d", ":"))

    @staticmethod
    def _owner_suffered(noun) -> bool:
        """Whether the possessor of an abuse noun is the one it was done to ("his killing", "Varo's arrest"): a deed
        done to one person is owned by its doer only with its object after it ("his killing of the farmers"), and a
        body's deeds are many ("the army's killings"), so a singular noun of such a deed without "of" is the victim's."""
        return noun.lower_ in VICTIM_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)

    def _phrase_head(self, m: Mention, t):
        """The token a mention hangs on the sentence by (its first word is often a compound of it: "Anna" of "Anna
        Korvel"), and for a later conjunct the first one ("A and B were ..."), whose place in the clause it shares."""
        off = self.offsets[id(t.doc)]
        while t.head.i != t.i and t.dep_ in ("compound", "flat", "amod", "det", "poss", "nmod") and m.start <= off + t.head.idx < m.end:
            t = t.head
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t

    @staticmethod
    def _among_sufferers(be) -> bool:
        """Whether a "be" counts its subject among people an abuse befell ("were among those beaten", "Among those
        detained was ..."): a participle on the pronoun or noun after "among"."""
        for c in be.children:
            if c.dep_ == "prep" and c.lower_ == "among":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and any(g.dep_ == "acl" and g.tag_ == "VBN" for g in obj.children):
                    return True
        return False

    def _actor(self, key: str | None, victims) -> bool:
        if key is None or key in victims:
            return False
        if key in self._byline_keys():
            return False  # the reporter who wrote the story did none of it
        if ":" in self.ex.entities[key].name:
            return False  # "Burkina Faso: Critics Abducted": a headline the tagger read as a name
        if self._piece_of_a_spelled_out_name(key):
            return False  # "the UNRD-FDL (Union nationale ... - Forces pour la défense ...)": the acronym's party
        typ = self.etype(key)
        if typ not in ACTOR_TYPES or typ == "Region":
            return False  # a city or a region is where it happened ("the killing of civilians in Axum"); a state acts
        if self._is_monitor(key):
            return False
        if typ == "Group":
            ent = self.ex.entities[key]
            words = ent.name.lower().replace("-", " ").split()
            return any(h in words for h in ACTOR_GROUP_HEADS) or "armed" in words or self._hidden_doers(ent.name)
        if typ == "Organization":
            name = self.ex.entities[key].name.lower()
            if re.search(r"\b(news|media|outlets?|newspaper|gazeta|times|post|agency|watch|amnesty|human rights)\b", name):
                return False
        return True

    # an acronym, then its spelling-out in brackets: "the UNRD-FDL (Union nationale pour le renouveau démocratique"
    _ACRONYM_THEN_BRACKET = re.compile(r"\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\s*\($")

    def _piece_of_a_spelled_out_name(self, key: str) -> bool:
        """Whether every mention of an entity is a piece of the bracketed spelling-out of an acronym ("the UNRD-FDL
        (Union nationale pour le renouveau démocratique - Forces pour la défense de la liberté)", where the NER took
        "Forces" for a name of its own): the party is the acronym's; the piece is no one who acted, nor the doer a
        sentence that names none falls back on."""
        spans = [m for m in self.mentions if m.entity == key]
        if not spans:
            return False
        for m in spans:
            opened = self.text.rfind("(", 0, m.start)
            if opened < 0 or ")" in self.text[opened:m.start] or "\n" in self.text[opened:m.start]:
                return False
            if not self._ACRONYM_THEN_BRACKET.search(self.text, max(0, opened - 30), opened + 1):
                return False
            closed = self.text.find(")", m.end)
            inside = self.text[opened + 1:closed if closed > 0 else m.end].strip()
            if closed < 0 or inside == m.text.strip():
                return False  # ("the National Police (PN)" turned round, or the whole bracket: a name of its own)
        return True

    # what a sentence says, right after men who hid who they were, of whose men they were ("masked men who said they
    # were soldiers", "gunmen believed to be police", "unidentified men, some of whom identified themselves as agents")
    _SAID_TO_BE = re.compile(r"\s*,?\s*(?:(?:some|many|most|all|one|two|several)\s+of\s+(?:whom|them)\s+|who\s+)?"
                             r"(?:(?:said|claimed|told\s+\w+)\s+(?:that\s+)?they\s+(?:were|was|are)|"
                             r"(?:identified|introduced|described|presented)\s+themselves\s+as|"
                             r"(?:were\s+|are\s+)?(?:believed|thought|said|suspected|understood|reported|alleged|claiming|"
                             r"presumed|known)\s+to\s+(?:be|have\s+been)|claiming\s+to\s+be|identifying\s+themselves\s+as)\s+",
                             re.I)

    def _whose_men(self, s: Sent, key: str, victims, code: str | None) -> str:
        """The body a sentence names as whose men the doers hiding who they were were ("masked men who said they were
        soldiers"): what the sentence knows of them is more than their masks; otherwise the masked men themselves. Men
        said to be of a force only by its generic noun ("soldiers") are of the force the story told of before, if any."""
        if key not in self.ex.entities or not self._hidden_doers(self.ex.entities[key].name):
            return key
        for m in self.mentions:
            if m.entity != key or not s.start <= m.start < s.end:
                continue
            said = self._SAID_TO_BE.match(self.text, m.end, s.end)
            if said is None:
                continue
            whose = min((n for n in self.mentions if n.entity and n.entity != key and said.end() <= n.start
                         <= said.end() + 30 and n.end <= s.end and self._actor(n.entity, victims)),
                        key=lambda n: n.start, default=None)
            if whose is None:
                continue
            if self._bare_member(whose.entity) or self._generic_members(whose.entity):
                carried = self._carried_doer(code, s)
                if carried is not None and self._force_like(carried):
                    return carried
            return whose.entity
        return key

    def _seizing_kind(self, s: Sent, verb) -> str | None:
        """What seizing someone or bundling them into a car is: an abduction. An enforced disappearance where the
        doers hid who they were ("seized by unidentified men", "armed men bundled him into a van") or the text says
        the one taken vanished ("has not been seen since", "taken to an unknown location"); else, by officers who
        act openly ("police seized two opposition leaders in raids"), an arrest. None where no person was taken
        ("the military seized power", "troops seized weapons", "rebels seized the town")."""
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "relcl" and any(t.lower_ in ("who", "whom", "that") for t in taken):
            taken.append(verb.head)  # "an activist who was seized by armed men": the one the relative word stands for
        if verb.dep_ in ("acl", "amod") and not taken:
            taken = [verb.head]  # "activists seized at their homes"
        taken += [cj for t in taken for cj in t.conjuncts]
        taken += [g for t in taken if t.like_num or t.lemma_ in ("dozen", "hundred", "thousand", "score", "number", "group")
                  for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # "dozens of villagers"

        def person(t):
            # (a person's name is given in full somewhere: a lone name may be a town the tagger took for one, "seized Bentiu")
            k = self.entity_at(t)
            if k is not None:
                return self.etype(k) == "Person" and len(self.ex.entities[k].name.split()) > 1 \
                    or self.etype(k) == "Group" and not self._actor(k, [])
            return t.lower_ in ("he", "she", "him", "her", "they", "them") or t.lemma_ in PEOPLE_NOUNS \
                or t.ent_type_ == "PERSON" and t.i > 0 and t.nbor(-1).ent_type_ == "PERSON"
        if not any(person(t) for t in taken):
            return None
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
            + [c for c in verb.children if c.dep_ == "nsubj"]
        hidden = any(a.lower_ in HIDDEN_DOER_HEADS and not any(
            self.etype(self.entity_at(g)) in ("GovernmentBody", "Organization", "Country") for g in a.subtree) for a in agents)
        return "enforced_disappearance" if hidden or TAKEN_AWAY_RE.search(self.text, s.start, s.end) else "arbitrary_detention"

    @staticmethod
    def _hidden_doers(name: str) -> bool:
        """Whether a group is men who hid who they were ("masked men", "unidentified gunmen", "hooded assailants"):
        a text names doers so when it cannot name them, and never names those a deed befell so."""
        words = re.findall(r"[a-z]+", name.lower())
        return bool(words) and words[-1] in HIDDEN_DOER_HEADS and bool(set(words[:-1]) & HIDDEN_DOER_WORDS)

    def _byline_keys(self) -> set:
        if getattr(self, "_bylines", None) is None:
            self._bylines = {m.entity for m in self.mentions if m.entity and m.extra.get("byline")}
        return self._bylines

    def _is_monitor(self, key: str) -> bool:
        """Bodies that investigate, document or report abuses (the UN, its missions and offices, rights groups, the press): never perpetrators."""
        ent = self.ex.entities[key]
        name = ent.name
        if MONITOR_NAME_RE.search(name) or MONITOR_WORD_RE.search(name):
            return True
        return ent.type == "Person" and any(
            dict(k).get("person") == key and self._is_monitor_org(dict(k).get("org")) for (ct, k) in self.claims if ct == "position")

    def _is_monitor_org(self, key) -> bool:
        return key is not None and key in self.ex.entities and self.ex.entities[key].type != "Person" and self._is_monitor(key)

    def _done_to_by_verb(self, tok) -> set:
        """Whom the deed's own verb is done to ("police detained X, Y and hundreds of supporters"): they suffered it,
        whatever else the sentence is read to sanction them for or whatever clause they head."""
        if tok.pos_ != "VERB" or self._passive(tok):
            return set()
        done_to = {self.entity_at(x) for c in tok.children if c.dep_ == "dobj" for x in c.subtree if not self._beside_the_object(x, c)}
        if tok.dep_ == "amod" and not self._names_the_deed_with(tok):
            # ("detained Mbowe, Lissu and hundreds of supporters" read as a participle on the name; not "enforced
            # disappearances by X", where the noun is the deed)
            done_to |= {self.entity_at(x) for x in tok.head.subtree}
        return done_to - {None}

    @staticmethod
    def _beside_the_object(x, obj) -> bool:
        """Whether ``x`` in the object's phrase is someone other than the one the deed was done to: its owner ("abused
        his position", "beat his wife") or a name in a clause that describes it ("companies he owned")."""
        while x.i != obj.i:
            if x.dep_ in ("poss", "relcl", "acl", "advcl"):
                return True
            x = x.head
        return False

    def _perpetrator(self, s: Sent, tok, victims, item_target, code: str | None = None) -> str | None:
        found = self._perpetrator_found(s, tok, victims, item_target, code)
        if isinstance(found, list):
            found = list(dict.fromkeys(self._whose_men(s, k, victims, code) for k in found))
        elif found is not None:
            found = self._whose_men(s, found, victims, code)
        patients = self._patients(tok) if tok is not None and found else set()
        if not patients:
            return found
        if isinstance(found, list):
            return [k for k in found if k not in patients] or None
        return None if found in patients else found

    def _patients(self, tok) -> set:
        """Everyone the grammar makes the one the abuse at ``tok`` was done to: the object of its active verb, the
        subject of its passive, the noun a participle describes ("detained lawyers"), the "of"/"against"/"on" phrase
        of its noun ("the killing of X", "violence against protesters"), the owner of a deed done to one person
        ("Varo's arrest"), the subject of a verb of going through it ("survived an assassination attempt", "was
        the target of a persecution"), and the one a deed's word describes ("jailed opposition leader X", "X, who was
        moved to house arrest"). Every way of choosing a doer can land on one of them, since they are the names
        nearest the abuse word; none of them did it, so the doer rules ask this one test."""
        out = set(self._done_to_by_verb(tok)) | {self._described_sufferer(tok)}
        held = self._held_subject(tok)
        if held:
            # "X, a lawyer detained in July, and Y, a lawyer at the Z firm, remain in custody": everyone the subject
            # names is held (or describes who is), none of them holds anyone
            out |= {self.entity_at(g) for g in held.subtree}
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.pos_ in ("VERB", "AUX"):
            # (the first of coordinated verbs only when it is a deed too: "were beaten and tortured", not a parse that
            # hangs "enforced disappearances" on "was designated for")
            out |= {self._np_key(c) for n in (tok, first) if n is tok or n.lemma_ in DONE_TO_VERBS
                    for c in n.children if c.dep_ == "nsubjpass"}
            # and every body named inside that subject's own words ("People seen as critics of the LAAF were abducted",
            # "supporters of the X party were arrested"): whom the ones it was done to oppose or belong to did not do it
            # (a relative clause tells another deed, with a doer of its own: "protesters who were beaten by police")
            out |= {self.entity_at(t) for n in (tok, first) if n is tok or n.lemma_ in DONE_TO_VERBS
                    for c in n.children if c.dep_ == "nsubjpass" for t in self._who_words(c) if t.i != c.i}
            if (self._reduced_passive(tok) or self._befell_the_noun(first)) and not (first.head.dep_ == "pobj" and first.head.head.lower_ == "by") \
                    and not self._names_the_deed_with(first):
                # "those detained", "detained lawyers" (not "rounded up by security forces, held and beaten", the
                # later participles hung on the agent)
                out.add(self._np_key(first.head))
                top = first.head  # "Mira Holt and other wives of detained lawyers set out ...": whom the deed describes
                while top.dep_ in ("pobj", "prep", "conj", "appos") and top.head.i != top.i:
                    top = top.head
                out |= {self._np_key(c) for c in (top, *top.conjuncts) if c.pos_ in ("NOUN", "PROPN", "PRON")}
        noun = first.head if first.dep_ in ("amod", "compound") and first.head.pos_ in ("NOUN", "PROPN") else first
        verb = next((a for a in [first, *first.ancestors] if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for v in (verb, *verb.conjuncts) for c in v.children):
            place = verb.head  # "Adel Prison in Shiraz, where he was held and put to death": where, not who
            out |= {self.entity_at(g) for g in place.subtree if g.i <= place.i}  # (with its own words: "the Varn centre")
            while place.dep_ == "pobj" and place.head.dep_ == "prep":
                place = place.head.head
                out |= {self.entity_at(g) for g in place.subtree if g.i <= place.i}
        if first.dep_ == "compound" and noun.lemma_ in FACILITY_NOUNS:
            # "set out to walk to the detention centre": a place the subject went to by itself (no one taken there)
            verbs = [v for v in [noun.head, *noun.head.ancestors][:3] if v.pos_ in ("VERB", "AUX")]
            if verbs and not any(c.dep_ in ("nsubjpass", "auxpass") or c.dep_ == "dobj" and (c.pos_ == "PRON" or any(self.entity_at(g) for g in c.subtree))
                                 for v in verbs for c in v.children):
                out |= {k for v in verbs for c in v.children if c.dep_ == "nsubj" for k in self._np_keys(c)}
        if noun.pos_ in ("NOUN", "PROPN"):
            for n in (noun, first, tok):
                for c in n.children:
                    if c.dep_ == "prep" and c.lower_ in PATIENT_PREPOSITIONS:
                        out |= {self._np_key(g) for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)}
                    if c.dep_ == "poss" and self._owner_suffered(n) and self.etype(self._np_key(c)) == "Person":
                        out.add(self._np_key(c))  # ("Varo's arrest"; a body's deed is its own: "the Guard's torture")
            put = self._put_through(noun)
            if put is not None:
                out |= {k for c in put.children if c.dep_ in ("dobj", "nsubjpass") for k in self._np_keys(c)}  # "subjected him to mistreatment"
            if noun.dep_ == "dobj" and noun.head.lemma_ in UNDERGO_VERBS:
                out |= {k for c in noun.head.children if c.dep_ == "nsubj" for k in self._np_keys(c)}  # "survived an assassination attempt"
            role = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            if role is not None and role.lemma_ in PATIENT_ROLE_NOUNS:  # "had been the target of a persecution"
                if role.dep_ == "attr":
                    out |= {k for c in role.head.children if c.dep_ in ("nsubj", "nsubjpass") for k in self._np_keys(c)}
            if role is not None and any(r.lemma_ in PATIENT_ROLE_NOUNS for r in (role, *role.conjuncts)):
                out |= self._described_as_role(role)  # ("a singer and survivor of": the parser may hang "of" on the first)
        out |= self._headline_participle_noun(first)
        return out - {None}

    def _who_someone_is(self, tok) -> bool:
        """Whether an abuse noun only tells who someone is, as the deed a role noun set beside their name is "of" ("X, a
        gospel singer and survivor of the 1994 genocide", "Y, a victim of torture in the 1990s"), with no doer of its
        own ("by the army"): a description of the one it befell; who did it the sentence does not say, and the nearest
        body it names (the police station X was found dead in) is no answer."""
        while tok.dep_ in ("amod", "compound", "conj") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or any(c.dep_ == "poss" for c in tok.children):
            return False
        role = tok.head.head
        if not any(r.lemma_ in PATIENT_ROLE_NOUNS for r in (role, *role.conjuncts)) or not self._described_as_role(role):
            return False
        while role.dep_ == "conj" and role.head.i != role.i:
            role = role.head  # (the parser may hang "by" on the first noun of "a lawyer and victim of torture by ...")
        return not any(c.lower_ == "by" and c.dep_ in ("prep", "agent") and c.i > tok.i for c in role.subtree)

    def _described_as_role(self, role) -> set:
        """Who a role noun set beside a name describes ("X, a singer and survivor of the 1994 genocide", "Y, a victim
        of torture"): the name in apposition (through the nouns listed with the role), the one the deed befell."""
        while role.dep_ == "conj" and role.head.i != role.i:
            role = role.head
        return self._np_keys(role.head) if role.dep_ == "appos" else set()

    def _headline_participle_noun(self, tok) -> set:
        """The people a capitalised participle opening a title or a sentence describes ("Jailed Jesuit activist X dies",
        "Murdered Journalist X Buried"): the parser reads it as part of a name or as a verb, but it says what befell
        the noun phrase it opens, as "jailed activist" does in running text."""
        if tok.dep_ not in ("compound", "amod") or not tok.text[:1].isupper() or not tok.lower_.endswith("ed") or tok.head.i <= tok.i:
            return set()  # (read as a name's word, an adjective or a verb: "Jailed", "Murdered Journalist X Buried")
        top = tok.head
        while top.dep_ == "compound" and top.head.i > top.i:
            top = top.head
        return {self.entity_at(g) for g in top.subtree if tok.i < g.i <= top.i} | {self._np_key(top)}

    @staticmethod
    def _time_spent_in(verb, tok) -> bool:
        """Whether ``verb`` says its subject passed time in the abuse at ``tok`` ("spent long stretches of his
        imprisonment in solitary confinement", "served ten years in prison"): the abuse sits in a phrase of the verb,
        not in a verb of its own ("has spent years abusing public office" is his own deed)."""
        if verb.lemma_ not in TIME_SPENDING_VERBS or verb.pos_ != "VERB" or verb.i == tok.i or not verb.is_ancestor(tok):
            return False
        via = next(a for a in (tok, *tok.ancestors) if a.head.i == verb.i)  # the branch of the verb the abuse is on
        return via.pos_ not in ("VERB", "AUX") and not any(a.pos_ in ("VERB", "AUX") for a in (tok, *tok.ancestors) if via.is_ancestor(a))

    @staticmethod
    def _put_through(noun):
        """The verb that puts someone through the abuse noun after its "to" ("had subjected him to months of
        mistreatment", "detainees were exposed to torture"), else None: its object (or passive subject) suffered it."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "months of mistreatment", "years of abuse"
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_ in SUBJECTING_VERBS:
            return noun.head.head
        return None

    def _names_the_deed_with(self, tok) -> bool:
        """Whether a participle is the first word of the abuse's own name with the noun it describes ("enforced
        disappearances", "forced displacement"): the noun is the deed, not someone it befell."""
        if tok.dep_ != "amod" or tok.head.i != tok.i + 1:
            return False
        m = self.gaz.abuse_re.match(self.text, self.tstart(tok))
        return m is not None and m.end() >= self.tstart(tok.head) + len(tok.head.text)

    def _befell_the_noun(self, tok) -> bool:
        """A participle set before a common noun that names people ("jailed journalists", "detained lawyers"): it
        says what befell them; not a term of an abuse ("enforced disappearance", "forced labour", no people) nor a
        verb the parser read as one ("detained Mbowe, Lissu and hundreds of supporters")."""
        return tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and self.entity_at(tok.head) is not None

    def _np_keys(self, t) -> set:
        """The entities a subject names: itself, the names in its own words ("the Varn detention centre") and what
        stands beside it in apposition ("its chairman, Ivo Dral")."""
        return {self._np_key(c) for c in (t, *(a for a in t.children if a.dep_ == "appos"))} \
            | {self.entity_at(g) for g in t.subtree if g.i < t.i and g.dep_ in ("compound", "amod", "nmod")}

    def _np_key(self, t) -> str | None:
        """The entity a noun phrase names, a relative pronoun standing for the noun its clause describes ("X, who
        survived ...")."""
        if t.lower_ in ("who", "that", "which", "whom") and t.head.dep_ == "relcl":
            t = t.head.head
        k = self.entity_at(t)
        return k if k is not None or t.pos_ != "PRON" else self._resolve_np(t)  # (not a body the noun's own phrases name)

    def _may_perpetrate(self, key: str | None, code: str) -> bool:
        """Whether ``key`` can be the doer of an abuse of ``code`` at all, wherever a rule found it: not a sanctioning
        state, not a lawmaking body for a deed of hands, not a medium (its staff are who abuses befall; it reports
        them), and not a territory named by its administrative kind ("Salah al-Din Province": where, not who)."""
        if key is None or self._is_sanctioner(key) or code in PHYSICAL_ABUSE_TYPES and self._legislature(key) or self._instrument(key):
            return False
        if self._counted_anyone(key):
            return False  # ("sanctions 22 individuals involved in corruption": the tally designated; each is named below)
        ent = self.ex.entities[key]
        if code == "enforced_disappearance" and ent.type != "Person" and set(re.findall(r"[a-z]+", ent.name.lower())) & COURT_WORDS:
            return False  # (a court's acts are public: "he disappeared for days; in 2015 the High Court sentenced him")
        if ent.type == "Medium" or any(m.entity == key and OUTLET_BEFORE_NAME_RE.search(self.text, max(0, m.start - 50), m.start)
                                       for m in self.mentions):
            return False  # (also a name the text calls an outlet: "the founder of the newspaper elPeriódico")
        words = re.findall(r"[a-z]+", ent.name.lower())
        # (a "person" whose name ends in "Province" is a place the tagger misread: "He" resolved to "al-Din Province")
        return not (ent.type in PLACE_TYPES and set(words) & ADMINISTRATIVE_PLACE_WORDS
                    or ent.type == "Person" and len(words) > 1 and words[-1] in ADMINISTRATIVE_PLACE_WORDS)

    def _counted_anyone(self, key: str) -> bool:
        """Whether ``key`` is only a count of people or bodies ("22 individuals", "Fourteen further individuals",
        "78 individuals"): a release's tally of whom it designates names no doer; the doers are the people it lists, or
        the force a sentence names. A count of a kind of doer ("100 soldiers", "ten gunmen") still names one."""
        words = strip_det(self.ex.entities[key].name).lower().split()
        return len(words) >= 2 and words[-1] in COUNTED_ANYONE_NOUNS and (words[0].isdigit() or words[0] in NUMBER_WORDS) and all(
            w in COUNTED_ANYONE_ADJECTIVES for w in words[1:-1])

    def _instrument(self, key: str | None) -> bool:
        """Whether ``key`` is a legal instrument: a statute or programme, or the short name a text gives one it named
        before ("the E.O.", "the Act"), which the tagger may read as a body. An instrument names deeds to sanction;
        it does none."""
        if key is None:
            return False
        ent = self.ex.entities[key]
        words = strip_det(ent.name).lower().split()
        if words and words[-1] in SANCTION_MEASURE_NOUNS and (ent.type != "Person" or len(words) > 1):
            # ("Imposes Arms Embargo, Travel Ban ... Refers Crackdown to Court": a measure a title names, whatever type
            # the tagger gave its capitals)
            return True
        return ent.type in ("Statute", "SanctionsProgram") or strip_det(ent.name).lower() in INSTRUMENT_NAMES

    def _instrument_token(self, t) -> bool:
        k = self.entity_at(t)
        return self._instrument(k) if k is not None else t.lower_ in INSTRUMENT_NAMES and t.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)

    def _instrument_criteria(self, tok) -> bool:
        """Whether the abuse word is one of the deeds an instrument provides for ("The E.O. also authorizes sanctions
        on anyone found to have targeted civilians through killings", "Section 7031(c) provides that, where officials
        have been involved in significant corruption, ...", "Under the Act, an official involved in torture is
        ineligible"): a criterion it sets, told of no case, whose only named subject is the instrument."""
        for a in [tok, *tok.ancestors]:
            # ("E.O. 13818, which builds upon ... the Act and targets perpetrators of ... corruption": the verb joined to
            # one whose subject is the instrument shares it)
            verb = a.head if a.dep_ == "conj" and a.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in a.children) else a
            if a.lemma_ in INSTRUMENT_PROVIDING_VERBS and any(
                    c.dep_ == "nsubj" and self._instrument_token(verb.head if c.lower_ in ("which", "that") and verb.dep_ == "relcl" else c)
                    for c in verb.children):
                return True  # (not "the regulations list 30 nationals connected to the detention of X": their deeds)
            if a.dep_ == "ROOT" and any(c.dep_ == "prep" and c.lower_ in ("under", "pursuant") and any(
                    g.dep_ == "pobj" and self._instrument_token(g) for g in c.subtree) for c in a.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and self._anyone_such(c, a) for c in a.children):
                return True
        return False

    @staticmethod
    def _anyone_such(subj, verb) -> bool:
        """Whether a subject names whoever fits a description, not someone known: "an official involved in torture",
        "any person who ...", or a bare plural the text names no one by, of a verb of what may or must be ("foreign
        officials about whom the Secretary has credible information of involvement in corruption ... may not enter";
        not "under the new law, police officers arrested 300 protesters": a deed done)."""
        if any(g.dep_ == "det" and g.lower_ in ("a", "an", "any") for g in subj.children):
            return True
        modal = any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS | {"shall", "will"} for c in verb.children)
        return modal and subj.tag_ == "NNS" and not any(g.dep_ in ("det", "poss", "nummod") for g in subj.children) \
            and not any(g.pos_ == "PROPN" for g in subj.subtree if g.i < subj.i)

    def _speakers_and_signers(self, s: Sent, signers_only: bool = False) -> set:
        """Who the sentence makes speak ('"The individuals designated today have fuelled killings," said Under
        Secretary X') or sign an instrument ("Today President Y issued Executive Order 14115, ..."): the voice and the
        hand of the sanction, which a reading of the sentence as a designation may take for one designated."""
        out = set()
        for v in s.span:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            if v.lemma_ in SPEECH_VERBS and not signers_only or any(c.dep_ == "dobj" and self._instrument_token(c) for c in v.children):
                out |= {self._resolve_np(c) for c in v.children if c.dep_ == "nsubj"}
            if v.lemma_ in SPEECH_VERBS and not signers_only and any(c.dep_ == "ccomp" and c.i < v.i for c in v.children):
                # '"...," said Under Secretary X' (parsed with the title as a preposition): the person named after the verb
                out |= {k for c in v.children if c.i > v.i and c.dep_ in ("prep", "npadvmod", "attr", "dobj")
                        for g in c.subtree if (k := self.entity_at(g)) is not None and self.etype(k) == "Person"}
        return out - {None}

    def _perpetrator_found(self, s: Sent, tok, victims, item_target, code: str | None = None) -> str | None:
        # 1. a sanction sentence: the abuse is what the target is sanctioned for
        #    (every one it names: "listed Zhu Hailun, Wang Junzheng and Chen Mingguo for the arbitrary detention of ...")
        targets = [t for t in self.sanction_targets.get(s.index, []) if t not in self.relative_of
                   and (self.etype(t) != "Group" or self._actor(t, victims) or self._is_target_group(t))]
        if targets:
            targets = [t for t in targets if t not in self._speakers_and_signers(s)]
        if targets and tok is not None:
            targets = [t for t in targets if t not in self._done_to_by_verb(tok)]
            if self._told_of_another(tok, targets) or self._charged_on_another(tok, targets) or self._clause_of_another(tok, targets):
                targets = []
        if targets and tok is not None and (body := self._grounds_of_a_body(s, tok, targets, victims)) is not None:
            return body or None
        if targets and not (tok is not None and self._done_by_whoever(tok)):
            # (not "has sanctioned 1,500 people, including those responsible for the persecution of X": whoever did it)
            targets = self._outside_the_grounds(s, tok, targets)
            return self._targets_described_by(s, tok, targets) or self._named_not_counted(tok, targets)
        # 2. agent: "rounded up by local security forces", "behavior by the Chechen government"
        #    (not the agent of a report: "a report released by the UN documented torture by the DGCIM")
        for t in s.span:
            members = t.lower_ == "by" and any(c.dep_ == "pobj" and c.lower_ in MEMBER_NOUNS and any(
                g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in t.children)  # members of a body write no report
            if t.lower_ == "by" and t.dep_ in ("agent", "prep") and (t.head.lemma_ not in REPORT_WORDS | ACCUSE_VERBS | LEGAL_PROCESS_NOUNS | {"name"}
                                                                 or members or self._reported_deeds_by(t, tok)) \
                    and not any(c.dep_ == "pobj" and c.lemma_ in INVESTIGATION_PRODUCTS for c in t.children) \
                    and not self._opens_an_inquiry(t) \
                    and self._agent_of(t, tok):  # (not "exposed by an investigation of X": its authors did not do it)
                found = []
                if t.head.lemma_ in COMMAND_VERBS and t.head.dep_ == "acl":
                    # "the armed forces, led by General X, detained ...": the force did it, under its commander
                    body = self._resolve_np(t.head.head)
                    if self._actor(body, victims):
                        found.append(body)
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                member = None
                if obj is not None and (self.entity_at(obj) is None or obj.lower_ in MEMBER_NOUNS and any(
                        c.dep_ == "prep" and c.lower_ in ("of", "under", "from") for c in obj.children)):
                    # "arrested by officers of the district police": the body they serve; "by the national guard"
                    body = self._resolve_np(obj)
                    if self._actor(body, victims) and not self._bare_member(body) and body not in found:
                        found.append(body)
                        member = self.entity_at(obj)
                for c in t.subtree:
                    if c is t:
                        continue
                    if any(a.dep_ in ("prep", "relcl", "acl") and a.i != t.i and t.is_ancestor(a) for a in [c] + list(c.ancestors)) \
                            and self.etype(self.entity_at(c)) != "Country":
                        continue  # "by several parties, including the killing of civilians in Axum": a phrase inside the agent is no agent
                    if found and any(a.dep_ == "appos" and t.is_ancestor(a) for a in [c] + list(c.ancestors)):
                        continue  # "by the Special Tasks Department, the ministry's riot police": the same body described again
                    k = self.entity_at(c)
                    if k and self.etype(k) in PLACE_TYPES and c.head.i != t.i and self.mention_of(c.head) is not self.mention_of(c):
                        continue  # "by a police commander in Chabahar": the place is where, not who
                    if self._actor(k, victims) and k not in found:
                        found.append(k)
                for cj in obj.conjuncts if obj is not None and found else ():
                    if cj.i > obj.i and self.entity_at(cj) is None and cj.lower_ in STATE_FORCE_HEADS and cj.pos_ == "NOUN" \
                            and not any(g.dep_ in ("poss", "amod", "compound") for g in cj.children):
                        body = self._force_entity(cj)  # "committed by the SNR, police and ...": the bare force listed beside a name
                        if body not in found and self._actor(body, victims):
                            found.append(body)
                if obj is not None and obj.lower_ in MEMBER_NOUNS:
                    # "the torture of protesters by the forces under his command", "detainees were beaten by officers
                    # under her command": the phrase hangs on the deed, not on the men; he did it through them
                    boss = self._commander_over(t.head) or self._commander_over(obj)
                    if boss is not None and boss not in found and self.etype(boss) == "Person" and self._actor(boss, victims):
                        found = [boss] + [k for k in found if not self._bare_member(k)]
                if member is not None and len(found) > 1:
                    found = [k for k in found if k != member]  # "by soldiers of the X Brigade": the brigade
                if found:
                    return [k for k in found if self.etype(k) not in PLACE_TYPES] or found[:1]
        # 2b. "called on China to end its repression of Uyghurs": "its"/"their" is the body named just before in the sentence
        if tok is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            pos = self.tstart(tok)
            # (not who rules or tells of it: "A court ruled that their deportation had been illegal" is theirs to suffer)
            telling = {self._resolve_np(c) for a in tok.ancestors if a.lemma_ in NOT_DOING_VERBS for c in a.children if c.dep_ == "nsubj"}
            before = [m.entity for m, t in self.sent_entities(s, {"Country", "GovernmentBody", "Organization", "Group"}) if m.start < pos]
            prev = [k for k in before if self._actor(k, victims) and not self._is_sanctioner(k) and k not in telling]
            # (not past the people it befell: "must reveal the fate of FNDC activists, missing since their arrest")
            if before and before[-1] in victims and self.etype(before[-1]) == "Group" and (not prev or before[-1] != prev[-1]):
                return None  # the deed befell them; who did it this sentence does not say (the body asked to tell is not)
            if prev:
                return prev[-1]
        # "another example of Russia's persecution of Ukrainian citizens": a state or body owning the deed did it (a
        # person owning it may be who it befell: "Varo's arrest"; a people too: "the Uyghurs' persecution")
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if tok is not None and tok.pos_ == "NOUN" else None
        owner = self._resolve_np(owner) if owner is not None else None
        if owner is not None and self.etype(owner) in ("Country", "GovernmentBody", "Organization") and self._actor(owner, victims) \
                and not self._is_sanctioner(owner) and not self._is_monitor(owner):
            return owner
        # "the kingdom's repression", "the regime's continuing abuses": the state the text is about, named by what it is
        if tok is not None and tok.pos_ == "NOUN" and any(
                c.dep_ == "poss" and c.lower_ in STATE_REFERENCE_NOUNS and c.pos_ == "NOUN"
                and (self.entity_at(c) is None or strip_det(self.ex.entities[self.entity_at(c)].name).lower() == c.lower_)
                and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children) for c in tok.children):
            # (a bare "the regime" is no name of its own: the entity the resolver made of it is the noun alone)
            state = self._main_country(foreign_only=True)
            if state is not None and self._actor(state, victims):
                return state
        # 2c. "urged the authorities to end the disappearances", "pressed the junta to release those held": the one asked
        if tok is not None:
            asked = self._asked_to_stop(tok)
            if asked is not None:
                k = self._resolve_np(asked)
                if self._stopping_verb(tok).lemma_ not in RELEASE_VERBS and self._doer_told_before(code, s):
                    return None  # the deeds the story told, asked to end: told already, with their doer
                return k if self._actor(k, victims) and not self._is_sanctioner(k) else None
        # 3. the subject of the clause the abuse word belongs to (and its conjuncts: "government forces and armed groups")
        if tok is not None:
            if tok.pos_ == "VERB" and tok.lemma_ in SUFFER_VERBS:
                return self._cause_of_suffering(tok, victims)  # "when he disappeared": the subject suffered it
            seen = self._seen_doing(tok)
            if seen is not None:
                # "A video shows X, a commander, shooting dead ten men": the one shown doing it (with those listed beside)
                doers = [k for k in dict.fromkeys(self._resolve_np(c) for c in [seen, *seen.conjuncts]) if self._actor(k, victims)]
                if doers:
                    return doers
            if tok.pos_ == "VERB" and not has_subject(tok):
                lead = self._dateline_subject(s, tok)  # "BANGKOK, April 12 - Myanmar's military killed ..."
                k = self._resolve_np(lead) if lead is not None else None
                if self._actor(k, victims):
                    return k
                lead = self._fronted_subject(s, tok) or self._subject_of_a_naming_aside(tok)
                # "Since the strike began in May, police and militias have killed ...", "the police and armed groups,
                # often described as parapolice, have killed ..."
                doers = [self._resolve_np(c) for c in [lead, *lead.conjuncts] if c.i >= lead.i] if lead is not None else []
                doers = [k for k in dict.fromkeys(doers) if self._actor(k, victims)]
                if doers:
                    return doers
            node = tok
            suspect = False
            own_clause = False  # (the walk has left a clause with a subject of its own)
            # the deed is a verb coordinated with the verb of accusing: a second act of the same subject ("sentenced X to
            # 11 years and jailed Y"), not the charge that verb puts on its object
            beside = False
            if self._reduced_passive(tok) or self._time_anchor(tok) or self._befell_the_noun(tok):
                # ("represents jailed journalists": the participle says what befell the noun, before this clause)
                # "those beaten outside the ministry": the noun it is on suffered it; who did it is no subject here;
                # "Two months after his arrest the court dissolved the party": the deed dates the clause, whose subject
                # did something else
                node = None
            for _ in range(7 if node is not None else 0):
                # "found three officers guilty of murdering" (with "guilty" hung on the second of the accused: "found
                # three officers and an informer guilty of")
                guilty = node.lemma_ == "find" and any(g.lower_ == "guilty" for c in node.children for g in (c, *c.children))
                suspect = suspect or node.lemma_ == "suspect"
                held = node.lemma_ == "hold" and any(c.lower_ in ("responsible", "accountable", "liable") for c in node.children)
                tied = node.lemma_ in TYING_VERBS and any(c.dep_ == "prep" and c.lower_ == "to" and c.is_ancestor(tok) for c in node.children)
                wanted = node.lemma_ in WANTED_VERBS and node.dep_ == "acl" and node.tag_ in ("VBN", "VBD")  # (the tagger's past tense too)
                if (node.lemma_ in ACCUSE_VERBS or guilty or held or tied or wanted or suspect and node.lemma_ == "name") and node is not tok and node.pos_ == "VERB" \
                        and not own_clause and not beside:
                    # (not "sentenced X to seven years, the latest of the activists swept up in a crackdown": a clause
                    # with its own subject hung on the verb tells a deed the sentence does not charge X with)
                    # "accusing the group of killing civilians": who is accused did it
                    obj = next((c for c in node.children if c.dep_ in ("dobj", "nsubjpass")), None)  # "X's forces are accused of"
                    if obj is None and node.dep_ == "acl":
                        obj = node.head  # "the four officers accused of his murder"
                    k = (self._titled_person(obj) or self._resolve_np(obj)) if obj is not None else None
                    accuser = {self._resolve_np(c) for c in node.children if c.dep_ == "nsubj"} - {None}
                    if k in accuser:
                        k = None  # "Zogo had accused the businessman of embezzling": a descriptor read as the accuser is not him
                    if wanted and k is not None and self.etype(k) != "Person":
                        k = None  # "a Libyan police commander wanted for torture": the man, not the force his title names
                    if k is None and obj is not None and node.dep_ == "acl" and obj.dep_ == "appos" and obj.head.i < obj.i:
                        k = self._resolve_np(obj.head)  # "X, a militia commander wanted for torture": X
                    if wanted and k is not None:
                        return k  # (though the arrest the sentence tells befell him)
                    # "accuse General X and Colonel Y of kidnapping", "accused the police, the intelligence service and
                    # the ruling party's youth wing, the Dorak, of killings": every one accused (the parser may hang a
                    # list of objects on the verb one by one)
                    objs = [c for c in node.children if c.dep_ == "dobj" and c.i > obj.i] if obj is not None and obj.dep_ == "dobj" else []
                    if obj is not None and obj.dep_ == "dobj" and not any(c.dep_ == "nummod" for c in obj.children):
                        # "the police, the intelligence service and the youth wing": a list the parser read as an apposition
                        # (one with an "and" of its own names more of the accused, not the first again; "two officers,
                        # X and Y" names the two)
                        objs += [c for c in obj.children if c.dep_ == "appos" and any(g.dep_ == "cc" for g in c.children)]
                    more = [self._accused_body(c, tok) for o in [obj, *objs] for c in [o, *o.conjuncts] if c.i != obj.i] if obj is not None else []
                    more = [x for x in dict.fromkeys(more) if x is not None and x != k and self._actor(x, victims)]
                    if self._actor(k, victims):
                        return [k] + more if more else k
                    if more and k is None and (obj.dep_ == "dobj" or obj.conjuncts):
                        return more
                    plural = self._plural_antecedents(obj, s) if obj is not None else []
                    if plural:
                        return plural  # "Treasury accused them of ...": those it had just designated
                    if obj is not None and obj.dep_ == "dobj" and accuser or wanted:
                        return None  # the one accused, by no name read here: never the accuser, nor the last doer told
                held_over = self._held_over(node, tok) if node is not tok and not own_clause else None
                if held_over is not None:
                    # "Brazil arrests congressman, his brother and ex-police chief over 2018 murder", "suspended two
                    # officers over the killing": those acted against are its suspects; who arrests them did not do it
                    doers = [self._titled_person(x) or self._resolve_np(x) for x in held_over]
                    return [k for k in dict.fromkeys(doers) if self._actor(k, victims)] or None
                if node.pos_ == "NOUN" and node.lemma_ in CHARGE_NOUNS and node is not tok and node.dep_ == "pobj" \
                        and node.head.head.pos_ in ("VERB", "AUX"):
                    # "was detained on charges of torture", "arrested X on suspicion of murder": who is held did it, allegedly
                    held = next((c for c in node.head.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
                    k = self._resolve_np(held) if held is not None else None
                    if k is not None and self.etype(k) in ACTOR_TYPES and self.etype(k) not in PLACE_TYPES and not self._is_monitor(k):
                        return k
                if node is not tok and node.pos_ == "NOUN" and node.lemma_ not in REPORT_WORDS | OUTSIDE_VIEW \
                        and getattr(self._of_phrase_on(tok), "i", None) == node.i:
                    # "Ostland's long record of torture", "the junta's campaign of arrests": the named possessor did it
                    owner = next((c for c in node.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                    k = self._resolve_np(owner) if owner is not None else None
                    if k is not None and k not in victims and self._actor(k, victims) and not self._is_monitor(k) \
                            and not self._is_sanctioner(k):
                        return k
                if self._time_spent_in(node, tok):
                    return None  # "he spent long stretches of his imprisonment in solitary confinement": held there, by whoever held him
                if node.lemma_ in POINTING_VERBS and node is not tok:
                    break  # "Brell pointed to ...", "the minister defended the deportation": told of, not done, by the subject
                if node is not tok and node.lemma_ in IMPLICATING_VERBS and not own_clause \
                        and any(c.dep_ == "auxpass" for c in node.children) and not any(a.lower_ in DENY_WORDS for a in node.ancestors):
                    # "Fano fighters have also been implicated in abuses, including killings": who is implicated did it
                    # (not "rejected accusations that officers were involved in the abductions": told as denied)
                    held = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
                    # ("he"/"she": the person the pronoun stands for; "they"/"it" may stand for anything named before)
                    k = self._resolve_np(held) if held is not None and (held.pos_ != "PRON" or held.lower_ in ("he", "she")) else None
                    if k is not None and self._actor(k, victims) and not self._is_monitor(k) and not self._is_sanctioner(k) \
                            and self.etype(k) not in PLACE_TYPES:
                        return k
                raised = self._raised_doer(node, tok) if node.pos_ in ("VERB", "AUX") and not own_clause else None
                if raised is not None and (self._resolve_np(raised) is None or self.etype(self._resolve_np(raised)) in PLACE_TYPES):
                    # "OSTGRAD, May 3 - General X is believed to have ...": the parser hangs the name on the dateline
                    raised = next((c for c in reversed(list(raised.children)) if c.dep_ == "appos" and c.pos_ == "PROPN"), raised)
                if raised is not None:
                    # "X is alleged to have plundered state funds", "Y is reported to have been involved in killings"
                    doers = [k for k in dict.fromkeys(self._titled_person(c) or self._resolve_np(c) for c in [raised, *raised.conjuncts])
                             if self._actor(k, victims) and self.etype(k) not in PLACE_TYPES]
                    if doers:
                        return doers
                if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children) or node.lemma_ in OUTSIDE_VIEW | REACTION_VERBS \
                        or self._deplored_by_clause(node, tok) or any(c.dep_ == "dobj" and c.lemma_ in OUTSIDE_VIEW for c in node.children):
                    # "Six people were killed when soldiers fired on crowds": the actor of the clause that says how
                    # ("was killed after police shot him"); not when the clause is the sufferer's own ("was detained after she posted")
                    sufferer = next((g for g in node.children if g.dep_ == "nsubjpass"), None)
                    sufferer = self._resolve_np(sufferer) if sufferer is not None else None
                    for c in [*node.children, *(x for cj in node.conjuncts if cj.i > node.i and any(g.dep_ == "auxpass" for g in cj.children)
                                                 for x in cj.children)]:
                        # ("were killed, and hundreds more were detained, when police ...": the "when" may hang on the last)
                        phrasal = " ".join([c.lemma_, *(g.lower_ for g in c.children if g.dep_ == "prt")])
                        if c.dep_ == "advcl" and any((g.dep_ == "mark" and g.lower_ in ("when", "as", "while", "after")
                                                      or g.dep_ == "advmod" and g.lower_ == "when" and phrasal in SUPPRESS_VERBS) and g.i < c.i
                                                     for g in c.children):
                            # (a "when" the parser read as an adverb: only before putting a crowd down, which tells how;
                            # before another verb of force it may be the time of a deed of someone else)
                            sj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                            k = self._resolve_np(sj) if sj is not None else None
                            after = any(g.dep_ == "mark" and g.lower_ == "after" for g in c.children)
                            if self._actor(k, victims) and k != sufferer and not (after and sj.pos_ == "PRON") \
                                    and (c.lemma_ in FORCE_VERBS | DONE_TO_VERBS or phrasal in SUPPRESS_VERBS):
                                boss = self._commander_over(c)  # "when troops under his command opened fire": he
                                return boss if boss is not None and self._actor(boss, victims) else k
                                # (not "was arrested days after the Herald published a report": only when)
                    # "who was arrested", "she was mistreated": the subject suffered it; "an investigation into the
                    # killing", "condemned the torture": the subject looks at it from outside
                    break
                # (a subject in another sentence is the parser running a headline into the story: not this clause's)
                subj = [c for c in node.children if c.dep_ in ("nsubj",) and s.span.start <= c.i < s.span.end]
                subj = [c for c in subj if not self._label_before_colon(c, node)] or subj
                if node is tok and subj and (tok.pos_ in ("ADJ", "ADV") or self._resolve_np(subj[0]) in victims):
                    subj = []  # "held protesters incommunicado": the small clause's subject is who was held
                if node.dep_ == "relcl" and subj and subj[0].lower_ in ("who", "that", "which") \
                        and (node is tok or node.lemma_ in PERPETRATING_VERBS or self._answerable(node)):
                    # "Lieutenant X, an officer who tortured detainees", "run by a unit of the Y Army that abducted students",
                    # "the police and the gendarmerie, which carried out the arrests": the relative pronoun is the noun it
                    # hangs on (with the nouns coordinated before it), or what that noun describes in apposition
                    ante = node.head
                    for cand in (ante, ante.head if ante.dep_ == "appos" else None):
                        k = self._resolve_np(cand) if cand is not None else None
                        if k is not None and self._actor(k, victims) and not self._bare_member(k) and self.etype(k) not in PLACE_TYPES:
                            if node is tok or cand.dep_ != "conj":
                                return k  # ("the conflict in northern Ethiopia, which has seen massacres": a place where, not who)
                            first = cand
                            while first.dep_ == "conj" and first.head.i != first.i:
                                first = first.head
                            both = [self._resolve_np(c) for c in [first, *first.conjuncts]]
                            both = [x for x in dict.fromkeys(both) if x is not None and self._actor(x, victims) and self.etype(x) not in PLACE_TYPES]
                            return both if k in both else k
                    if subj[0].lower_ in ("that", "which") and self._resolve_np(ante) is None and ante.lower_ in PLACE_NOUNS | ADMINISTRATIVE_PLACE_WORDS:
                        body = self._body_before_relative(s, subj[0], victims)
                        if body is not None:
                            return body
                if subj and subj[0].lemma_.lower() in RECORD_NOUNS and subj[0].pos_ == "NOUN" and node is not tok:
                    return None  # "the so-called Caesar photographs show the bodies of detainees ... marks of torture": shown, by whoever did it
                leader = self._leader_of_doers(node, subj) if node is tok else None
                if leader is not None and self._actor(leader, victims):
                    return leader  # "X has led groups of settlers who assaulted ...": the one who led them
                if subj and self._resolve_np(subj[0]) is None and self._plural_antecedents(subj[0], s) \
                        and node.lemma_ not in SPEECH_VERBS:
                    return self._plural_antecedents(subj[0], s)  # "They oversaw the torture of detainees"
                if subj:
                    k = self._resolve_np(subj[0])
                    if k is not None and strip_det(self.ex.entities[k].name) == subj[0].text:
                        named = self._movement_members(subj[0], named_only=True)  # "the Varnists", read as a name of its own
                        if named is not None and named != k and self._actor(named, victims):
                            return named
                    took_part = any(c.dep_ == "dobj" and c.lemma_ == "part" for c in node.children)  # "took part in the killing"
                    if (node.lemma_ in SPEECH_VERBS | WITNESS_VERBS and not took_part) or node.lemma_ in ("find", "describe", "print") \
                            or node.lemma_ in RULING_VERBS:
                        k = None
                    if k is not None and k in getattr(self, "_whole_phrases", ()) and self._actor(k, victims):
                        return k  # "a squad of police officers": the band, not its members' noun inside it
                    if k is not None:
                        found = []
                        # "RAB and other Bangladeshi law enforcement agencies": a conjunct named in lower case is a body
                        # of its own, not the state its adjective names
                        covered = set()
                        for cj in subj[0].conjuncts:
                            body = self._body_phrase(cj) if self.entity_at(cj) is None else None
                            if body is not None and self._actor(body, victims):
                                covered |= {g.i for g in cj.subtree if g.i <= cj.i}
                                if body not in found:
                                    found.append(body)
                        for c in subj[0].subtree:
                            kk = self.entity_at(c)
                            if kk and kk not in found and self._actor(kk, victims) and c.dep_ != "poss" and c.i not in covered \
                                    and not self._describing_clause_below(c, subj[0]) and not self._where_they_were(c, subj[0]):
                                found.append(kk)  # (not "groups linked to Al-Qaeda", "X, who leads the Y party": what describes them)
                        own = self.entity_at(subj[0])
                        if own is not None and k != own and own in found and self._actor(k, victims) and not self._bare_member(own):
                            found = [k] + [x for x in found if x not in (own, k)]  # "police officers under his command": he
                        if self.etype(k) == "GovernmentBody" and k not in found:
                            found = [x for x in found if self.etype(x) != "Country"]  # "Myanmar military air strike": the state owns the force
                        named = [x for x in found if not self._bare_member(x)]
                        # "Forces loyal to Karuna Amman": the commander, not the bare noun; "the paramilitaries": the body named before
                        found = named or ([k] if self._actor(k, victims) and not self._bare_member(k) else found)
                        if found and (self._actor(k, victims) or self.etype(k) in PLACE_TYPES):  # "whose Managua jail, El Chipote, has held ..."
                            return [k for k in found if self.etype(k) not in PLACE_TYPES] or found[:1]
                    if self._actor(k, victims):
                        return k
                    if k is not None and self.etype(k) in PLACE_TYPES and k not in victims and self.entity_at(subj[0]) == k:
                        return item_target  # "The last time Brussels punished Beijing ...": no one nearby to blame instead
                    movement = self._movement_members(subj[0]) if k is None else None
                    if k is None and (subj[0].lower_ in COMBATANT_NOUNS and subj[0].pos_ == "NOUN" or movement is not None) \
                            and (node.pos_ == "VERB" or self._answerable(node)) \
                            and not any(c.dep_ == "poss" for c in subj[0].children) \
                            and node.lemma_ not in TELLING_VERBS:
                        # "The insurgents themselves have carried out massacres", "the rebels were responsible for killings":
                        # the fighters the subject names, not the last doer told (the state's forces the story was about);
                        # "the Maoists": the movement whose name they are called by
                        return movement or self._fighters_entity(subj[0])
                    if k is None and subj[0].lower_ in ("they", "it") and node.lemma_ not in TELLING_VERBS \
                            and subj[0].head.i == node.i and not self._quoted(subj[0]):
                        # "The Rapid Support Brigade stormed Orla. They killed dozens of civilians": the force just named
                        k = self._earlier_force(s, subj[0], victims)
                        if k is not None:
                            return k
                    if k is not None or subj[0].lower_ in ("it", "they", "report", "reports"):
                        break
                if node.dep_ in ("ROOT",) or node.head is node:
                    break
                if self._deed_of_unnamed_antecedent(node, tok, subj):
                    # "The army is fighting armed gangs, known locally as bandits, who have killed and kidnapped
                    # thousands": the noun the relative clause is on did it, not the subject of the clause it sits in
                    k = self._fighters_entity(node.head) if node.head.lower_ in COMBATANT_NOUNS else None
                    return k if self._actor(k, victims) else None
                if node.dep_ == "acl" and (node.head.lemma_ in ATTACK_NOUNS or self._subject_read_as_noun(node, s)):
                    k = self._resolve_np(node.head)  # "Israeli air strikes killed 40 people", parsed as strikes that killed
                    if self._actor(k, victims):
                        return k
                if (node is tok or tok in node.conjuncts) and self._doing_participle(node):
                    # "videos of officers shooting into crowds": the officers; "men in army uniform beating a woman": the
                    # body the words on the noun name
                    k = next((x for x in [self._resolve_np(node.head), *(self.entity_at(c) for c in node.head.subtree if c.i < node.i)]
                              if self._actor(x, victims) and self.etype(x) not in PLACE_TYPES), None)
                    if k is not None:
                        return k
                    break  # (by no name read here: not who hands the videos over)
                told = next((c for c in node.head.children if c.dep_ == "ccomp" and c.i < node.i and c.pos_ in ("VERB", "AUX")
                             and any(g.dep_ == "nsubj" for g in c.children)), None) \
                    if node.dep_ == "conj" and node.head.lemma_ in SPEECH_VERBS else None
                # "X said guards had blindfolded him, stripped him and beaten him", parsed with the later deeds hung on
                # "said": they are the told clause's deeds, done by its subject, not by the one who tells them
                # (so has a participle that tells what befell the noun it describes: "journalists caught up in a crackdown")
                own_clause = own_clause or node.dep_ in ("advcl", "conj", "ccomp", "parataxis") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that", "which") for c in node.children) \
                    or node is not tok and node.dep_ == "acl" and node.tag_ == "VBN" and node.lemma_ not in ACCUSE_VERBS
                beside = node is tok and told is None and tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB"
                up = node.head
                if node.dep_ == "prep" and node.lower_ == "including":
                    # "a commander wanted by the court for crimes against humanity, including murder and torture", with
                    # the list hung on the man: the crimes he is wanted for, not a deed of the clause he is the object of
                    up = next((c for c in up.children if c.dep_ == "acl" and c.lemma_ in WANTED_VERBS), up)
                node = told if told is not None else up
        # 4. a list item's designated person; a passive with no agent: the force named acting just before
        #    ("Police broke up the march. Dozens were detained."); else whoever was last named as perpetrator nearby
        if item_target:
            return item_target
        if self._imperative(s):
            return None  # "- end the use of torture and close all unofficial places of detention": asked for, by no one named
        if tok is not None and self._done_by_whoever(tok):
            return None  # "action against those who committed torture": no one the text named
        if tok is not None and self._agent_hung_on_the_teller(tok) is not None:
            return None  # "documented torture of civilians by all parties to the conflict": a doer told, by no name read
        if tok is not None and self._reacted_to(tok):
            return self._acting_force(s, tok, victims)
        doer = self._acting_force(s, tok, victims) or self._carried_doer(code, s)
        if doer is not None and code == "arbitrary_detention" and tok is not None and self._passive(tok) \
                and self._outside_the_state(doer):
            return self._main_country() or doer  # "Gunmen shot X ... X has been arrested six times this year": by the state
        return doer

    @staticmethod
    def _reacted_to(tok) -> bool:
        """Whether the abuse word is a noun that a verb of reacting takes as its object ("the embassies condemned the
        killing", "Thai officials defended the deportation", "prosecutors ignore complaints of mistreatment"): the
        sentence tells who reacts to a deed, not a new deed; a doer the story named for some earlier act is no doer
        of it."""
        if tok.pos_ != "NOUN":
            return False
        node = tok
        while node.dep_ in ("conj", "compound", "amod") and node.head.i != node.i:
            node = node.head
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head  # "complaints of mistreatment"
            while node.dep_ in ("conj",) and node.head.i != node.i:
                node = node.head
        return node.dep_ == "dobj" and node.head.pos_ == "VERB" and node.head.lemma_ in REACTED_VERBS

    @staticmethod
    def _agent_hung_on_the_teller(tok):
        """The "by" phrase the parser hung on an active verb with a subject of its own, after the abuse words that verb
        takes as object ("the Panel documented arbitrary detention and torture of civilians by all parties to the
        conflict"): an active verb has no agent, so the phrase names who did the deeds, though by no name the text
        gives; a doer carried from sentences before is not it."""
        node = tok
        while node.dep_ in ("conj", "amod", "compound") and node.head.i != node.i:
            node = node.head
        verb = node.head if node.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children) \
                or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None
        # (a "by" of means or time is no doer: "by telephone", "by 2020", "by interviewing survivors")
        return next((c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" and c.i > tok.i and any(
            g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.ent_type_ not in ("DATE", "TIME") for g in c.children)), None)

    @staticmethod
    def _subject_of_a_naming_aside(verb):
        """The subject the parser gave to a participle of naming set off before ``verb`` ("the police and armed
        pro-government groups, often described as parapolice, have killed more than 300 people": "described" read as a
        clause with "the police" its subject): the subject of ``verb``, which has none of its own."""
        for c in verb.children:
            if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBN" and c.lemma_ in ALSO_KNOWN_AS_VERBS \
                    and any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children):
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                    return subj
        return None

    @staticmethod
    def _raised_doer(node, tok):
        """The subject a passive verb of report or belief lifts from the infinitive the deed is in ("X is alleged to
        have plundered state funds", "Y is believed to have ordered the killings", "Z is reported to have been involved
        in killings", "X is alleged to have run an operation ... and to have been involved in corrupt schemes"), for
        ``node``, the verb of the deed's clause: the doer the text alleges. None when a verb on the way is passive ("two
        men are reported to have been killed": they suffered it), except a verb of taking part ("to have been involved
        in"), or has a subject of its own."""
        chain = [node]
        while chain[-1].dep_ in ("conj", "advcl") and chain[-1].head.pos_ in ("VERB", "AUX") and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)  # (the infinitives joined to the first: "to have run ..., and to have been involved")
        verb = chain[-1].head
        if chain[-1].dep_ != "xcomp" or verb.lemma_ not in RAISING_VERBS or verb.pos_ != "VERB" \
                or not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for v in chain for c in v.children):
            return None
        if any(c.dep_ == "auxpass" for v in chain + [tok] for c in v.children if v.lemma_ not in IMPLICATING_VERBS):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)

    @staticmethod
    def _seen_doing(tok):
        """The one a verb of seeing or showing shows doing the deed its participle names ("A video shows X, a
        commander of the brigade, shooting dead ten men", "footage showed officers beating protesters", "he was
        filmed beating a detainee", "the men seen shooting"): the object of the active verb, the subject of the
        passive one, or the noun the seeing verb describes. The parser hangs the participle on the seeing verb, whose
        own subject (the video, the witness) only shows or sees it. None when the participle has a subject of its own
        or is itself passive ("shows men being beaten": those seen suffered it)."""
        top = tok
        while top.dep_ == "conj" and top.head.i != top.i and top.head.tag_ == "VBG":
            top = top.head  # "beating and then shooting dead a woman"
        if top.tag_ != "VBG" or top.dep_ not in ("advcl", "xcomp", "acl", "oprd", "dep") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in top.children):
            return None
        verb = top.head
        if top.dep_ == "acl" and verb.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.lemma_ in SEEING_VERBS and verb.dep_ == "dobj":
            return verb  # ("shows soldiers firing into crowds", read as a participle on the noun)
        if verb.lemma_ not in SEEING_VERBS or verb.pos_ != "VERB":
            return None
        seen = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < top.i), None)
        if seen is not None and seen.lower_ in ("themselves", "himself", "herself"):
            seen = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "filmed themselves beating a man"
        if seen is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            seen = verb.head  # "the men seen shooting"
        return seen

    def _outside_the_state(self, key: str) -> bool:
        """Whether ``key`` is a band outside the state's forces (gunmen, rebels, a gang, a party's or a movement's
        own body): an arrest or a jailing the text tells in the passive, with no agent, after naming such a band is
        the state's act, not the band's; a band seizes people ("abducted", "kidnapped", "held hostage"), it does
        not arrest, jail or detain them (the state the text is about does)."""
        typ = self.etype(key)
        words = set(re.findall(r"[a-z]+", self.ex.entities[key].name.lower()))
        if typ == "Group":
            return bool(words & (COMBATANT_NOUNS | CRIMINAL_BAND_HEADS)) and not words & STATE_FORCE_HEADS
        return typ == "Organization" and not self._armed(key)

    def _body_before_relative(self, s: Sent, rel, victims) -> str | None:
        """The body a "which"/"that" stands for when the parser hung it on a place noun that names no one ("heads the Y
        gang in the south of the capital, which has been responsible for kidnappings"): the last body named before it in
        the sentence. A relative "which" is never a person, and a place did not do the deed (an event may: "a conflict
        that has killed thousands" tells of no body's deed)."""
        named = [k for k in self._acting_bodies_before(s, self.tstart(rel), victims, {"GovernmentBody", "Organization", "Group"})
                 if not self._bare_member(k) and not self.ex.entities[k].name.islower()]
        return named[-1] if named else None

    def _acting_bodies_before(self, s: Sent, pos: int, victims, types) -> list[str]:
        """The bodies of ``types`` named in the sentence before ``pos`` that may have acted: no victim, no sanctioner
        and no monitor, in the order named (what a pronoun or a relative pronoun there can stand for)."""
        named = [m.entity for m, _ in self.sent_entities(s, types) if m.end <= pos]
        return [k for k in named if self._actor(k, victims) and not self._is_sanctioner(k) and not self._is_monitor(k)]

    @staticmethod
    def _inside_denial(tok) -> bool:
        """Whether a word stands in what a verb or noun of denial governs ("officials deny that their forces target ...")."""
        return any(a.lower_ in DENY_WORDS or a.lemma_ in DENY_WORDS for a in tok.ancestors)

    def _doer_told_before(self, code: str | None, s: Sent) -> bool:
        """Whether the text has already told, before sentence ``s``, who did this kind of abuse. A demand that someone
        end the abuses ("urges the authorities to end enforced disappearances", "called on the military authorities to
        end the killings") asks the state to stop what the story told; where the story named who does it, those deeds
        are the ones meant, not a new case with the one asked as its doer. (A demand to release people is not so: who
        is asked to free them holds them.)"""
        return code is not None and any(
            c.type == "abuse" and c.roles.get("abuse_type") == code and c.evidence and c.evidence[0].start < s.start
            and c.confidence > RECALL_CONFIDENCE for c in self.claims.values())

    @staticmethod
    def _force_words(text: str) -> set:
        """The words of ``text`` that name a state's armed or police force or its members ("army", "soldiers")."""
        return {w for w in re.findall(r"[a-z]+", text.lower()) if w in STATE_FORCE_HEADS or w.removesuffix("s") in FORCE_MEMBER_NOUNS}

    def _carried_doer(self, code: str | None, s: Sent) -> str | None:
        """The doer the story told last, for a deed whose sentence names none ("Police broke up the march. Dozens were
        detained."), unless the story told that one as the sufferer of such a deed: "Hernández was arrested at his
        home ... had not commented on the arrest" is his arrest, not one he made."""
        carried = self.last_perp
        if carried is not None and code == "arbitrary_detention" and self.etype(carried) == "Person" \
                and not self._holds_people(carried):
            # a detention told without who made it ("Several lawyers ... were themselves charged and held") is the
            # work of the state's police or guards, not of the person the story last named doing something else (a
            # sanctioned official, a minister who ordered a killing, often the detainee himself before his arrest)
            return None
        if carried is not None and s.para - self._perp_para > 1 and self.etype(carried) != "Country" and not (
                self._force_words(carried) and self._force_words(s.span.text)):
            # a doer named paragraphs before is a guess in an account that has moved on (a wrong doer misleads more
            # than a missing one); the state itself, or a force when the sentence speaks of such a force again
            # ("he said he was surrounded by soldiers"), is still the one the story is about
            return None
        if carried is not None and code is not None and any(
                c.type == "abuse" and c.roles.get("victim") == carried and (c.roles["abuse_type"] == code or code in PHYSICAL_ABUSE_TYPES
                                                                        and c.roles["abuse_type"] in PHYSICAL_ABUSE_TYPES)
                for c in self.claims.values()):
            return None
        return carried

    def _holds_people(self, key: str) -> bool:
        """Whether the story told ``key`` as the doer of a deed done to people in custody (detention, disappearance,
        torture, ill-treatment): a jailer or police chief who tortured detainees may be the one who holds the next."""
        return any(c.type == "abuse" and c.roles.get("perpetrator") == key and c.roles.get("abuse_type") in CUSTODY_ABUSE_TYPES
                   for c in self.claims.values())

    @staticmethod
    def _of_phrase_on(tok):
        """The noun whose "of" phrase the abuse word (or the first of its conjuncts) is: "record" in "a record of
        persecution and torture"; None when the word hangs on something else."""
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.dep_ == "prep":
            return first.head.head
        return None

    @staticmethod
    def _answerable(verb) -> bool:
        """A copula that makes its subject the one answerable ("were responsible for abductions"): an act of theirs,
        told by an adjective instead of a verb."""
        return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("responsible", "culpable", "guilty") for c in verb.children)

    def _movement_members(self, tok, named_only: bool = False) -> str | None:
        """Members a text calls after their movement, capitalised and plural ("the Maoists", "the Sandinistas"): the
        organisation named by that word when the text names one, else a group of that name. A people called by its
        demonym ("the Ostlanders") is not a movement."""
        if tok.tag_ != "NNPS" or not tok.text[:1].isupper() or not tok.text.endswith("s") or len(tok.text) < 5 \
                or tok.text in self.gaz.demonyms or tok.text[:-1] in self.gaz.demonyms \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        stem = tok.text[:-1].lower()
        for m in self.mentions:
            if m.start >= self.tstart(tok):
                break
            if not m.entity or self.etype(m.entity) not in ("Organization", "Group"):
                continue
            ent = self.ex.entities[m.entity]
            if stem in re.findall(r"[a-z]+", ent.name.lower()):
                return m.entity
            if stem in re.findall(r"[a-z]+", self._bracketed_after(m.end)):
                # "the Communist Party of Ostland (Maoist)": the qualifier is what tells this party from its namesakes,
                # so it is part of the fullest name the text gives
                ent.aliases.add(ent.name)
                ent.name = " ".join(self.text[m.start:m.end].split()) + " (" + self._bracketed_after(m.end).strip().title() + ")"
                return m.entity
        return None if named_only else self._fighters_entity(tok)

    def _accused_body(self, tok, act) -> str | None:
        """The body one of several accused names: its name, a state body named in lower case ("the intelligence
        service"), or for a part of a body the name it is given after it ("the party's youth wing, the Dorak");
        never a name inside the account of the act (``act``) the parser may have hung on it. An accused named by a
        lower-case title with the person's name set off after it is that person ("among them the former commander of
        Battalion 3-16, Colonel X": X)."""
        k = self._titled_person(tok) or self._resolve_np(tok) or self._body_phrase(tok)
        if k is not None:
            return k
        for c in tok.subtree:
            if c.dep_ == "appos" and not c.is_ancestor(act) and c.i != act.i:
                kk = self.entity_at(c)
                if kk is not None and self.etype(kk) not in PLACE_TYPES:
                    return kk
        return None

    def _titled_person(self, tok) -> str | None:
        """The person a lower-case title names by the name set off after it ("the police chief, X": X); not a plural,
        whose names are several ("two former officers, X and Y", left to the rules that read them all)."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.text.islower():
            return None
        return next((self.entity_at(c) for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and self.etype(self.entity_at(c)) == "Person"), None)

    def _bracketed_after(self, end: int) -> str:
        """The bracketed qualifier right after a name ("(Maoist)"), lower case; empty when there is none."""
        q = re.match(r"\s?\(([^()]{1,30})\)", self.text[end:end + 34])
        return q.group(1).lower() if q else ""

    @staticmethod
    def _done_by_whoever(tok) -> bool:
        """Whether the abuse word is told of whoever did it ("those who committed torture", "anyone responsible for
        the killings", "all those involved in abductions"): a clause or adjective on a pronoun that names no one."""
        for a in [tok, *tok.ancestors]:
            if a.head.lower_ not in GENERIC_DOER_WORDS or a.head.pos_ not in ("PRON", "DET", "NOUN"):
                continue
            if a.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in a.children) and not any(c.dep_ in ("auxpass", "nsubjpass") for c in a.children):
                return True  # ("those who were detained", "everyone who had been arrested": whom it befell)
            if a.dep_ in ("amod", "acl") and a.lemma_ in ("responsible", "involve", "complicit", "implicate"):
                return True  # ("those held", "those beaten": whom it befell)
            if a.dep_ == "acl" and a.lemma_ in CRITERIA_FINDING_VERBS and a.head.lower_ != "those":
                return True  # "anyone found to have targeted civilians": whoever may be found so (not "those found guilty")
        return False

    @staticmethod
    def _stopping_verb(tok):
        """The verb of ending or undoing that the abuse at ``tok`` is the object of ("to end the use of torture",
        "to release those held"), or None."""
        node = tok
        for _ in range(5):
            if node.head.i == node.i:
                return None
            if node.pos_ == "VERB" and node is not tok:
                break
            node = node.head
        return node if node.lemma_ in STOP_VERBS and node.pos_ == "VERB" else None

    @staticmethod
    def _asked_to_stop(tok):
        """Whom a demand asks to end or undo the abuse at ``tok`` ("called on the government to end the use of
        torture", "pressed the junta to release those held"): the object of the asking verb whose complement the
        stopping verb is; None when the abuse is not what is to be stopped."""
        node = stop = AbuseRules._stopping_verb(tok)
        if node is None:
            return None
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # "to disclose ..., release those held and end ..."
        if not (node.dep_ == "xcomp" or node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)):
            # ("to halt all executions, to quash all sentences handed down ... and to release everyone detained": the
            # parser may hang the last of the listed demands on a word of the one before; it is still the asking verb's)
            node = next((a for a in stop.ancestors if a.dep_ == "xcomp"), None) \
                if any(c.dep_ == "aux" and c.lower_ == "to" for c in stop.children) else None
            if node is None:
                return None  # ("to end" the parser hangs as a purpose clause)
        asked = next((c for c in node.head.children if c.dep_ == "dobj"), None)
        if asked is None:  # "called on the government to end ...", "appealed to Minsk to free ..."
            on = next((c for c in node.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")), None)
            asked = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        return asked

    @staticmethod
    def _holds_the_force(tok) -> bool:
        """Whether those an arrest holds are members of the state's forces ("soldiers were arrested", "police arrested
        two officers"): the state acting on its own men is a step of accountability, not an arbitrary detention."""
        if tok.pos_ != "VERB":
            return False
        held = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        return any(g.lemma_.lower() in STATE_FORCE_HEADS | FORCE_MEMBER_NOUNS or g.lower_ in STATE_FORCE_HEADS for c in held for g in c.subtree)

    def _holds_an_accused(self, tok) -> bool:
        """Whether an arrest holds a person the text itself names as a wrongdoer: one it designates, or the doer of a
        killing, torture or other physical abuse it told before. Such an arrest is a suspect taken by investigators
        (an arbitrary detention of a designated official would be told as one, with the words that say so)."""
        if tok.pos_ != "VERB":
            return False
        held = [self._resolve_np(c) for c in tok.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ != "PRON"]  # (by name)
        held = {k for k in held if k is not None and self.etype(k) == "Person"}
        if not held:
            return False
        if held & {t for ts in self.sanction_targets.values() for t in ts}:
            return True
        return any(ct == "abuse" and dict(k).get("perpetrator") in held and dict(k).get("abuse_type") in PHYSICAL_ABUSE_TYPES
                   for ct, k in self.claims)

    @staticmethod
    def _charged_against(tok) -> bool:
        """Whether the abuse word names what a charge brought against someone says ("charges of "treason" and "money
        laundering" against government critics"): the accused is no doer by this, and whoever brings the charge
        neither."""
        if tok.dep_ == "compound" and tok.head.lemma_ in CHARGE_NOUNS | {"case", "complaint"}:
            # "filed corruption cases against X": the kind of the charge, named before it
            charge = tok.head
            return any(c.dep_ == "prep" and c.lower_ == "against" for n in (charge, charge.head) for c in n.children)
        head = tok
        while head.dep_ in ("amod", "compound", "conj") and head.head.i != head.i:
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.lemma_ not in CHARGE_NOUNS | {"case", "complaint"}:
            return False  # ("a case of abduction and murder was registered against unknown men": filed, not told done)
        charge = head.head.head  # (the parser hangs "against" on the charge, its verb or the last charge named)
        return any(c.dep_ == "prep" and c.lower_ == "against" for n in (tok, head, *head.conjuncts, charge, charge.head) for c in n.children)

    @staticmethod
    def _blamed_on_every_side(tok) -> bool:
        """Whether the abuse is one of those a verb of accusing lays on "both sides" or "all parties" of a conflict."""
        return any(a.lemma_ in ACCUSE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_ in ("side", "party") and any(g.lower_ in ("both", "all", "each") for g in c.children)
            for c in a.children) for a in tok.ancestors)

    def _held_on_charge_of_abuse(self, tok, found) -> bool:
        """Whether a detention at ``tok`` is on a charge that names another abuse ("arrested on charges of enforced
        disappearance", "detained on suspicion of murder"): prosecuting an abuse is none."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else None
        if verb is None:
            return False
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in ("on", "over", "for", "under", "as"):
                continue  # ("as a suspect in the killing of X")
            charge = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_ in CHARGE_NOUNS), None)
            if charge is None and c.lower_ in ("over", "for"):
                # "arrested over the alleged mistreatment of two employees", "detained for the murder of his partner":
                # the deed named is the charge itself
                charge = next((g for g in c.children if g.dep_ == "pobj"), None)
            if charge is None:
                continue
            a, b = self.tstart(charge), self.tstart(charge) + len("".join(t.text_with_ws for t in charge.subtree if t.i >= charge.i))
            if any(a <= m.start() < b and other != "arbitrary_detention" for m, other, *_ in found):
                return True
        return False

    def _suspects_of(self, tok, found) -> list | None:
        """Who a detention holds on the charge of the abuse at ``tok`` ("X and his wife were arrested by police over
        the alleged mistreatment of two employees", "police detained X for the murder of his partner"): the ones held
        are the suspects of that abuse, and the police who hold them are not its doers. None when the abuse word is no
        such charge; else the people the detention holds (maybe none the text names)."""
        n = tok
        while n.dep_ in ("amod", "compound", "conj") and n.head.i != n.i:
            n = n.head
        if n.dep_ != "pobj" or n.head.lower_ not in ("over", "for"):
            return None
        verb = n.head.head
        if verb.pos_ not in ("VERB", "AUX") or not any(
                other == "arbitrary_detention" and m.start() <= self.tstart(verb) < m.end() for m, other, *_ in found) \
                or self._befell_no_one(verb):
            return None  # ("no one has been arrested for the torture": no suspect held, and the deed keeps its doer)
        held = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        held += [cc for c in held for cc in c.conjuncts]
        return [k for k in (self._resolve_np(h) for h in held) if k is not None and self.etype(k) in ("Person", "Group")]

    def _holders_inquiry(self, s: Sent, verb) -> None:
        """Who holds a suspect of an abuse ("X was detained by police as a suspect in the killing of Y", "Z was arrested on
        suspicion of murder, the prosecutor's office said") has an inquiry into the suspect under way: an investigation
        by the police or office that made the arrest (its agent, else the body that tells of it), ongoing, of the one
        held. Nothing when the text names no body that holds him."""
        held = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        target = self._resolve_np(held) if held is not None else None
        if target is None or self.etype(target) != "Person":
            return
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if agent is None:  # "..., the prosecutor's office said"
            speech = next((a for a in verb.ancestors if a.pos_ == "VERB" and a.lemma_ in SPEECH_VERBS), None)
            agent = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        holder = self._resolve_np(agent) if agent is not None else None
        if holder is not None and self.etype(holder) in PLACE_TYPES and agent.lower_ in STATE_FORCE_HEADS | BARE_ACTOR_HEADS:
            first = next((c for c in agent.subtree if c.i < agent.i and c.dep_ != "det"), agent)
            holder = self._force_entity(agent, first)  # "by Marsk police": the force of that place, not the place
        if holder is None or holder == target or self.etype(holder) not in ("GovernmentBody", "Organization", "Group") \
                or self._is_monitor(holder) or self._is_sanctioner(holder) or not self._actor(holder, []):
            return
        self.add_claim("investigation", {"investigator": holder}, {"target": target, "date": self.sent_date(s), "finding": "ongoing"},
                       self.span(s.start, s.end), confidence=0.5)

    def _sentenced_to(self, tok) -> set | None:
        """Who is given the prison term at ``tok`` when it is the penalty of a sentence ("X was sentenced to life
        imprisonment", "a court sentenced X in absentia to ten years in prison", "was released to house arrest"): the
        one punished or held, never the jailer."""
        via_to = False
        for a in [tok] + list(tok.ancestors):
            if a.dep_ == "prep" and a.lower_ in ("to", "under", "into"):
                via_to = True
            if a.pos_ in ("VERB", "AUX") and a is not tok:
                if not via_to or a.lemma_ not in CONSIGN_VERBS:
                    return None
                people = [c for c in a.children if c.dep_ in ("nsubjpass", "dobj")]
                people += [cc for c in people for cc in c.conjuncts]
                return {k for k in (self._resolve_np(c) for c in people) if k is not None}
        return None

    def _leader_of_doers(self, verb, subj):
        """Who led the unnamed doers of ``verb`` told in a relative clause on what he led ("X led groups of settlers
        who beat ...", "Y commanded a unit that abducted ...", "Z headed a riot in which youths assaulted ...")."""
        if verb.dep_ != "relcl":
            return None
        led = verb.head
        if self.entity_at(led) is not None or led.dep_ != "dobj" or led.head.lemma_ not in COMMAND_VERBS:
            return None
        if subj and subj[0].lower_ not in ("who", "that", "which") and self.entity_at(subj[0]) is not None:
            return None  # "led a unit in which Captain Y tortured ...": the one named did it
        lead = next((c for c in led.head.children if c.dep_ == "nsubj"), None)
        return self._resolve_np(lead) if lead is not None else None

    def _own_account_of_combat(self, tok) -> bool:
        """A state body or force saying its side killed fighters ("the army said troops had killed 30 militants")."""
        if tok is None or tok.pos_ != "VERB":
            return False
        if not any(c.dep_ == "dobj" and (c.lower_ in COMBATANT_NOUNS or c.lemma_ + "s" in COMBATANT_NOUNS) for c in tok.children):
            return False
        speech = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_ in SPEECH_VERBS), None)
        sj = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        k = self._resolve_np(sj) if sj is not None else None
        return k is not None and not self._is_monitor(k) and (self.etype(k) in ("GovernmentBody", "Country") or self._force_like(k))

    @staticmethod
    def _reported_deeds_by(by, tok) -> bool:
        """Whether a "by" phrase the parser hangs on an active verb of reporting belongs to the deeds that verb's object
        names ("she documented torture and killings of civilians by federal troops": the troops did them). The verb
        has its teller as subject, so the "by" cannot name who reported; in the passive ("torture was documented by
        the UN") it does."""
        head = by.head
        if tok is None or head.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children) \
                or not any(c.dep_ == "nsubj" for c in head.children):
            return False
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < by.i), None)
        return obj is not None and (obj.i == tok.i or obj.is_ancestor(tok))

    @staticmethod
    def _agent_of(by, tok) -> bool:
        """Whether the "by" phrase can name who did the abuse at ``tok``: it hangs on the abuse word, below it ("killings
        carried out by X"), or on a clause the abuse word belongs to; not when a relative or adverbial clause lies
        between ("X, a journalist who had reported on corruption, was arrested by Y": Y arrested, not corrupted)."""
        if tok is None:
            return True
        head = by.head
        while tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
            tok = tok.head  # "arbitrary" of "arbitrary detention"
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "arbitrary detention, torture, kidnapping ... by SNA factions": the whole list
        if head.i == tok.i:
            return True
        if head.dep_ == "conj" and head.tag_ == "VBN" and not has_subject(head) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and (c.i == tok.i or c.is_ancestor(tok)) for c in head.head.children):
            return True  # "violations, including torture, were continuing, committed mainly by the SNR": the subject's doers
        if any(c.dep_ in ("nsubj", "nsubjpass") and AbuseRules._part_of_them(c) for c in head.children) and head.i > tok.i:
            return True  # "20 people were killed, most of them shot by security forces", wherever the parser hangs it
        if tok.is_ancestor(head):
            # "soldiers killed 17 people, and monitors recorded the beating of hundreds by police": a clause joined
            # below the abuse word that has a subject of its own tells another act, and its "by" names that act's doer
            node = head
            while node.i != tok.i:
                if node.pos_ in ("VERB", "AUX") and node.dep_ in ("conj", "advcl", "ccomp", "parataxis") \
                        and has_subject(node):
                    return False
                if AbuseRules._describing_participle(node):
                    return False  # "the killing of migrants held by the network for ransom": who held them, not who killed
                node = node.head
            return True
        node = tok
        while node.i != head.i:
            if node.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis") or node.head.i == node.i:
                return False
            if node is not tok and node.pos_ == "VERB" and node.lemma_ in TELLING_VERBS:
                return False  # "is supported by a Panel of Experts, whose report ... documented the gangs' use of rape": it told of it
            if node is not tok and node.lemma_ in CHARGE_NOUNS:
                return False  # "detained by police as a suspect in the shooting": the police hold the suspect, who shot
            node = node.head
        return True

    @staticmethod
    def _describing_participle(node) -> bool:
        """Whether ``node`` is a past participle describing a noun by an act of its own ("migrants held by the
        network", "a march organised by students"): its "by" names who did that act, not the abuse the noun hangs on;
        a participle of doing the abuse itself ("killings carried out by X", "torture committed by guards") names its doer."""
        return node.dep_ == "acl" and node.tag_ == "VBN" and node.lemma_ not in PERPETRATING_VERBS

    @staticmethod
    def _part_of_them(subj) -> bool:
        """Whether a subject counts part of the people just named ("most of them", "many of whom", "two of them"): a
        clause about them tells more of what befell them, and its "by" names who did it."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in c.children)
                   for c in subj.children)

    def _demanded_item(self, s: Sent) -> bool:
        """Whether ``s`` is an item of a list of demands: a line set off by a bullet under a lead that ends "... to:"
        ("Amnesty calls on the authorities to:", "We urge the government to:"), however the parser reads the item."""
        line_start = self.text.rfind("\n", 0, s.start) + 1
        if not re.match(r"\s*(?:[-\u2013\u2014\u2022*\u25aa]|\d{1,2}[.)])\s", self.text[line_start:s.start + 4]) \
                or self.text[line_start:s.start].strip(" -\u2013\u2014\u2022*\u25aa0123456789.)"):
            return False  # not the first sentence of a bulleted line
        cache = self.__dict__.setdefault("_demand_leads", {})
        if line_start not in cache:
            pos, lead = line_start, None
            for _ in range(12):  # up past the items before this one to the line that leads the list
                if pos <= 0:
                    break
                prev_start = self.text.rfind("\n", 0, pos - 1) + 1
                line = self.text[prev_start:pos].strip()
                pos = prev_start
                if not line or re.match(r"(?:[-\u2013\u2014\u2022*\u25aa]|\d{1,2}[.)])\s", line):
                    continue
                lead = line
                break
            cache[line_start] = bool(lead) and bool(re.search(r"(?i)\bto\s*:$", lead))
        return cache[line_start]

    @staticmethod
    def _imperative(s: Sent) -> bool:
        """A recommendation or demand with no subject ("End incommunicado detention.", "- release everyone held"):
        its first word is the bare verb that heads it."""
        first = next((t for t in s.span if t.is_alpha), None)
        return first is not None and first.tag_ == "VB" and first.dep_ == "ROOT" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in first.children)

    def _acting_force(self, s: Sent, tok, victims) -> str | None:
        """Who acted, for an abuse told in the passive without an agent ("Dozens were detained overnight", "they were
        beaten and tortured"): news names the force once, as the subject of what it did ("Soldiers raided the village"),
        then tells what befell the victims. The subject of an active verb earlier in this sentence or in the two before it
        in the paragraph, nearest first, when it is a force or a state; never one who speaks, reports, condemns or
        sanctions, nor, for a deed told as done, a force named in what someone denies ("officials deny that their
        forces target civilians"), and never the victims."""
        if tok is None or not self._passive(tok):
            return None
        return self._earlier_force(s, tok, victims)

    def _quoted(self, tok) -> bool:
        """Whether ``tok`` is inside quotation marks in its paragraph: a witness's "they" means people the witness
        saw, not the last body the story named."""
        pos = self.tstart(tok)
        start = self.text.rfind("\n", 0, pos) + 1
        before = self.text[start:pos]
        return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")

    def _earlier_force(self, s: Sent, tok, victims) -> str | None:
        """The force or state named acting on someone last before ``tok``, in its sentence or the two before it."""
        speech = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_ in SPEECH_VERBS), None)
        said_by = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        speaker = self._resolve_np(said_by) if said_by is not None else None
        if speaker is not None and self._actor(speaker, victims) and self._force_like(speaker) and self.etype(speaker) != "Country":
            return None  # "The army said 79 'enemies' had been killed": a force's own account of its fighting names no abuse
        quiet = SPEECH_VERBS | OUTSIDE_VIEW | INVESTIGATOR_VERBS | REPORT_WORDS | SUFFER_VERBS | REACTION_VERBS | CALL_FOR_VERBS \
            | (ACTING_VERBS - {"ban", "bar", "block", "target"}) | {"deny", "reject", "dismiss", "suffer", "flee", "escape", "be"}
        here = self.tstart(tok)
        denied_here = self._inside_denial(tok)
        for prev in [x for x in self.sents[max(0, s.index - 2):s.index + 1] if x.para == s.para or x.index == s.index - 1][::-1]:
            best = None
            for t in prev.span:
                if prev is s and self.tstart(t) >= here:
                    break
                if t.dep_ != "nsubj" or t.head.lemma_ in quiet or t.head.pos_ not in ("VERB", "AUX") \
                        or any(c.dep_ == "neg" for c in t.head.children) or not self._acts_on_someone(t.head) \
                        or not denied_here and self._inside_denial(t.head):
                    # (nor one named in what someone denies, "officials deny that their forces target civilians", for a
                    # deed told as done; a deed denied in turn is the one the denial before it was about)
                    continue
                k = self._resolve_np(t)
                if k is None or not self._actor(k, victims) or self._is_sanctioner(k) or not self._force_like(k):
                    continue
                best = k
            if best is not None:
                return best
        return None

    @staticmethod
    def _acts_on_someone(verb) -> bool:
        """Whether a verb tells of acting on people or places ("raided the village", "fired on the crowd", "moved into
        the square", "broke up a march"): a verb with nothing it acts on ("after the government intervened") names no one who detained or
        beat anyone."""
        return any(c.dep_ in ("dobj", "dative", "prt") or c.dep_ == "prep" and c.lower_ in ("on", "upon", "at", "against", "into")
                   for c in verb.children)

    @staticmethod
    def _reduced_passive(tok) -> bool:
        """A past participle set after the noun it tells of ("those beaten", "people detained in the raids"): a passive
        whose subject is that noun, with no agent phrase of its own."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "those beaten and detained"
        return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PRON", "DET", "PROPN") \
            and not any(c.dep_ in ("agent", "dobj") for c in tok.children)  # ("air strikes killed 40 people", misparsed as strikes that killed)

    @staticmethod
    def _time_anchor(tok) -> bool:
        """A deed noun with its sufferer for possessor that only says when the clause happened ("after his arrest",
        "since her abduction"): the subject of that clause did what its verb says ("the court dissolved the party",
        "she was moved to house arrest"), and is as often the one the deed befell as the one who did it, so the clause
        names no doer for the deed. A headline's bare noun ("appears in court after abduction in Nairobi") is the
        subject's own deed suffered in the same way. (Not "went into hiding after the killing": who flees the deed
        told before did it.)"""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before", "since", "following", "until", "upon") \
            and (any(c.dep_ == "poss" for c in tok.children)
                 or tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in tok.children))

    def _when_of_another_deed(self, tok, m, found) -> bool:
        """A deed noun that only dates another abuse the same sentence tells by a verb of its own, before it ("police
        beat him in custody shortly after his arrest"): the sentence's finding is the beating; the arrest is when it
        happened, no abuse the sentence tells (nor one the beating's doer did)."""
        return self._time_anchor(tok) and any(mm.start() != m.start() and not rr and (t := self._token_at(mm.start())) is not None
                              and t.pos_ == "VERB" and t.i < tok.i for mm, _, rr in found)

    @classmethod
    def _passive(cls, tok) -> bool:
        """An abuse verb in the passive, or coordinated with one ("were beaten and tortured"), or a participle
        after its noun ("those detained")."""
        if cls._reduced_passive(tok):
            return True
        if tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
            tok = tok.head
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ in ("subject", "expose") \
                and any(c.dep_ == "auxpass" for c in tok.head.head.children):
            return True  # "Prisoners are subjected to forced labour and torture": what befell them, by whom not said
        node = tok
        for _ in range(3):
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children):
                return not any(c.dep_ == "agent" for c in node.children)
            if node.dep_ not in ("conj", "xcomp") or node.head is node:
                return False
            node = node.head
        return False

    def _force_like(self, key: str) -> bool:
        """A state, a state body or an armed group: what acts on people by force (not a person, whom a passive
        in the next sentence as often describes as suffering)."""
        typ = self.etype(key)
        if typ in ("Country", "GovernmentBody", "Group"):
            return True
        if typ == "Organization":
            return self._armed(key) or any(
                ct == "abuse" and dict(k).get("perpetrator") == key for ct, k in self.claims)
        return False

    def _group_members(self, key: str | None, s: Sent) -> list:
        """A numbered group named as perpetrator ("the four officials bear responsibility for ...") stands for the
        people it counts: those it was expanded to as a sanction target, else the last N people designated before it."""
        if key is None or self.etype(key) != "Group":
            return [key]
        if key in self.group_members:
            return list(self.group_members[key])
        if key in self.sanction_targets.get(s.index, ()):
            return [key]  # "when it sanctioned seven senior officials over ...": a count the sentence's own act designates
            # is people of its own, not the last seven designated before
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

    def _name_it_goes_by(self, tok) -> str | None:
        """The named body a common noun of a body is said to be known by ('a youth group known as "Karo"', "a militia
        called the Lions"): the group is that body, so its deeds are the named body's."""
        if tok.pos_ != "NOUN" or tok.lower_ not in self.gaz.org_apposition_heads:
            return None
        for c in tok.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in ALSO_KNOWN_AS_VERBS:
                for g in c.children:
                    obj = next((x for x in g.children if x.dep_ == "pobj"), None) if g.dep_ == "prep" and g.lower_ == "as" \
                        else g if g.dep_ == "oprd" else None
                    k = self.entity_at(obj) if obj is not None else None
                    if k is not None and self.etype(k) in ("Organization", "Group"):
                        return k
        return None

    def _resolve_np(self, tok) -> str | None:
        if self._in_dateline(tok):
            # "BANGKOK, April 12 - Myanmar's military killed ...": the parser makes the dateline the subject and the
            # real subject its apposition
            app = next((c for c in tok.children if c.dep_ == "appos"), None)
            return self._resolve_np(app) if app is not None else None
        k = self.entity_at(tok)
        if k is None and (named := self._name_it_goes_by(tok)) is not None:
            return named
        if tok.lower_ in ("he", "she", "him", "her") and k is not None and self.etype(k) != "Person":
            return None  # (a pronoun of a person the resolver hung on a place or a body names no one here)
        if tok.lower_ in ("he", "she", "his", "her") and getattr(self, "_item_person", None) not in (None, k) \
                and self._sex.get(self._item_person, PRONOUN_SEX[tok.lower_]) == PRONOUN_SEX[tok.lower_]:
            # "- X, Director-General of the Police, whose daughter is married to one of President Y's sons. As commander
            # he is responsible for ...": in a listed person's entry, "he" is the one listed, not the last man named
            return self._item_person
        if tok.lower_ in STATE_ITSELF_NOUNS and tok.pos_ == "NOUN":
            owner = next((self.entity_at(c) for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and self.etype(owner) == "Country":
                return owner  # "North Korea's regime continues to commit ...": the state itself
        if tok.lower_ in ENVOY_BODY_NOUNS and (k is None or self.mention_of(tok) is None or self.mention_of(tok).start >= self.tstart(tok)):
            state = self._sending_state(tok)
            if state is not None:
                return state  # "Its mission to the United Nations in Geneva said ...": the state it speaks for
        if tok.lower_ in MEMBER_NOUNS and (k is None or strip_det(self.ex.entities[k].name).lower() == tok.lower_ or self._generic_members(k)):
            # "Troops of the 58th Division", "forces loyal to Karuna Amman", "instructors under Wagner command": the body or commander named
            for c in tok.children:
                if (c.dep_ == "prep" and c.lower_ in ("of", "under", "from")) or (c.dep_ == "amod" and c.lower_ == "loyal"):
                    for g in c.subtree:
                        kk = self.entity_at(g)
                        # "police officers under his command": "his" is the commander
                        whose = g.dep_ == "poss" and c.lower_ == "under" and g.head.lemma_ in ("command", "control", "order", "leadership", "authority", "supervision")
                        if kk and kk != k and self.etype(kk) in ("Organization", "GovernmentBody", "Person", "Group") and (g.dep_ != "poss" or whose):
                            return kk
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    band = self._resolve_np(obj) if obj is not None and obj.lower_ in self.gaz.org_apposition_heads \
                        and self.entity_at(obj) is None else None
                    if band is not None and self.etype(band) == "Group":
                        return band  # "members of the gang abducted ...": the gang named before
                    if obj is not None and obj.pos_ == "PROPN" and obj.lower_ in self.gaz.org_words:
                        unit = self._phrase_org([x for x in obj.subtree if x.i <= obj.i])  # "troops of the 58th Division"
                        if unit:
                            return unit
        if tok.lower_ in MEMBER_NOUNS | {"paramilitaries", "militias", "unit"} and (k is None or self._bare_member(k)):
            body = self._recent_armed_body(tok)
            if body:
                return body  # "The RSF took El Geneina. Witnesses said the paramilitaries beat residents to death."
        whole = self._coordinated_force(tok, k) or self._band_of_members(tok)
        if whole is not None:
            self.__dict__.setdefault("_whole_phrases", set()).add(whole)
            return whole
        if k:
            return k
        if tok.lower_ in ("forces", "troops", "men", "fighters", "soldiers", "guards", "militia"):
            owner = next((self.entity_at(c) for c in tok.children if c.dep_ == "poss"), None)
            if owner and self.etype(owner) == "Person":
                return owner  # "Juma's forces are accused of killing ...": the commander whose forces they are
        body = self._body_phrase(tok) if k is None else None
        if body is not None:
            return body  # "the interior ministry denied ...": that ministry, not the last body named
        if k is None and tok.lower_ in STATE_BODY_NOUNS and tok.pos_ == "NOUN" and tok.text.islower() \
                and [c.lower_ for c in tok.children if c.i < tok.i] in (["the"], ["this"]):
            named = self._body_for_noun(tok.lower_, self.tstart(tok)) or self._last_body_named(tok.lower_, self.tstart(tok))
            if named is not None:
                return named  # "..., the office said in a statement": the attorney general's office named before
        if tok.lower_ in self.gaz.org_apposition_heads and k is None and any(
                c.lower_ in ("the", "this", "his", "her", "its", "their") for c in tok.children if c.i < tok.i):
            named = self._named_band(tok.lower_, self.tstart(tok))
            if named is not None:
                return named  # "X leads the Y gang ... The gang has kidnapped ...", "His gang killed ...": the Y gang
        if tok.lower_ in self.gaz.org_apposition_heads and any(c.lower_ in ("the", "this") for c in tok.children):
            # "the militia", "the unit": the organisation last named before it
            pos = self.tstart(tok)
            last = None
            for m in self.mentions:
                if m.start >= pos:
                    break
                if m.entity and self.etype(m.entity) in ("Organization", "GovernmentBody") and not self._is_sanctioner(m.entity) \
                        and not self._is_monitor(m.entity) and (tok.lower_ not in ("force", "police") or self._armed(m.entity)):
                    last = m.entity  # "the force": an armed or police body, not any name the tagger called an organisation
            named = self._body_for_noun(tok.lower_, pos)  # "the group": the Wagner Group, though the GRU was named since
            if named or last:
                return named or last
        if k is None and tok.lower_ in ("court", "tribunal") and tok.pos_ == "NOUN":
            # "a Saudi court sentenced ...", "a court in Minsk jailed ...": the state whose court it is
            for c in tok.children:
                ke = self.demonym_state(c) if c.dep_ in ("amod", "compound") else None
                if ke is not None and ke.type == "Country":
                    return self._known_entity(ke)
                if c.dep_ == "prep" and c.lower_ == "in":
                    place = next((self.entity_at(g) for g in c.children if g.dep_ == "pobj"), None)
                    state = self._as_government(place) if place else None
                    if state and self.etype(state) == "Country":
                        return state
        if tok.lower_ in BARE_ACTOR_HEADS | STATE_FORCE_HEADS:
            if k is None and tok.lower_ in STATE_FORCE_HEADS and any(
                    c.dep_ == "poss" and self.etype(self.entity_at(c)) == "Country" for c in tok.children):
                return self._force_entity(tok)  # "Myanmar's military" the mentions missed: the military, not the state
            # "security forces in Iran", "the authorities in Minsk": a state's own forces where no one else is named;
            # but "security forces in Kinshasa", "police in Lagos": a force in a town is that force, and the town is
            # only where it acted (the authorities of a capital are still its state's government)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    place = next((self.entity_at(g) for g in c.children if g.dep_ == "pobj"), None)
                    state = self._as_government(place) if place else None
                    if state and self.etype(state) == "Country" and tok.lower_ in STATE_FORCE_HEADS and self.etype(place) != "Country" \
                            and tok.dep_ in ("nsubj", "nsubjpass"):
                        return self._force_entity(tok, self._compound_start(tok))
                    if state and self.etype(state) == "Country":
                        return state
        if k is None and tok.lower_ in STATE_JUSTICE_HEADS and tok.pos_ == "NOUN" and (
                tok.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "poss" and self.etype(self.entity_at(c)) == "Country" for c in tok.children)):
            return self._force_entity(tok)  # "Iran's judiciary has continued to carry out executions": the judiciary
        if tok.lemma_ in ATTACK_NOUNS or tok.lower_ in ATTACK_NOUNS:
            # "Myanmar military air strike kills ...": the state's forces named on the attack
            left = [c for c in tok.subtree if c.i < tok.i]
            if any(self.etype(self.entity_at(c)) == "Country" for c in left):
                force = next((c for c in left if c.lower_ in STATE_FORCE_HEADS and self.entity_at(c) is None), None)
                if force is not None:
                    return self._force_entity(force)
            # "Israeli air strikes killed ...": the state whose adjective is on the attack
            for c in tok.children:
                ke = self.demonym_state(c) if c.dep_ in ("amod", "compound") else None
                if ke is not None and ke.type == "Country":
                    return self._known_entity(ke)
            state = self._state_named_on_attack(tok)
            if state is not None:
                return state
        for c in tok.subtree:
            k = self.entity_at(c)
            if k and c.dep_ not in ("poss",) and not self._in_clause_below(c, tok) \
                    and not self._where_they_were(c, tok):
                return k
        if tok.lower_ in STATE_FORCE_HEADS and tok.pos_ == "NOUN" and (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.lower_ == "by"):
            return self._force_entity(tok)  # "the killing of X by police in Delmor": the police, where no name says whose
        return None

    def _state_named_on_attack(self, tok) -> str | None:
        """The state behind an attack its own noun calls the government's ("government air strikes on X and Y killed
        civilians", "regime shelling"): the state the text is about; the places named after "on" are where it struck,
        and no name there did it."""
        left = [c for c in tok.subtree if c.i < tok.i and c.dep_ in ("compound", "amod")]
        # (a capital "Government" at a sentence's head is no name of its own: the entity made of it is the word alone)
        if not any(c.lower_ in STATE_REFERENCE_NOUNS and (self.entity_at(c) is None or strip_det(
                self.ex.entities[self.entity_at(c)].name).lower() == c.lower_) for c in left):
            return None
        return self._main_country(foreign_only=True)

    def _coordinated_force(self, tok, k):
        """ "the defence and security forces", "armed and security forces": the forces the coordinated words name
        together, which a mention of the bare noun ("forces") leaves out; a body of that whole name."""
        if tok.lower_ not in STATE_FORCE_HEADS | {"forces"} or tok.pos_ != "NOUN" or k is not None and strip_det(self.ex.entities[k].name).lower() != tok.lower_:
            return None
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("nmod", "amod", "compound") and c.text.islower()]
        if not mods or not any(g.dep_ == "conj" for m in mods for g in m.children):
            return None
        return self._force_entity(tok, first=min((g for m in mods for g in m.subtree), key=lambda g: g.i))

    def _band_of_members(self, tok):
        """ "a group of soldiers and gendarmes", "the team of agents": the band the text names by its members, as one
        group of that whole name (its article with it: "a group of ..." is how the text tells it), not its first
        members' noun alone."""
        if tok.lemma_ not in ("group", "team", "squad", "band", "unit", "gang") or tok.pos_ != "NOUN" or not tok.text.islower():
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.tag_ != "NNS" or not obj.text.islower() or any(
                (k := self.entity_at(g)) is not None and not self.ex.entities[k].name.islower() for g in obj.subtree):
            return None  # ("a unit of the Varn Brigade": the body named)
        last = max([obj, *obj.conjuncts], key=lambda g: g.i)
        first = tok.left_edge
        start, end = self.tstart(first), self.tstart(last) + len(last.text)
        name = " ".join(self.text[start:end].split())
        if not set(re.findall(r"[a-z]+", name.lower())) & ACTOR_GROUP_HEADS:
            return None
        named = next((k for k, e in self.ex.entities.items() if e.type == "Group" and e.name.lower() == name.lower()), None)
        return self.phrase_entity("Group", name, start, end, key=named)

    def _kidnapping_kind(self, code: str, m, perp: str | None) -> str:
        """A kidnapping by a criminal band ("the gang has kidnapped nationals for ransom") is hostage-taking, "other":
        an enforced disappearance is done by the state's agents or with its consent."""
        if code != "enforced_disappearance" or perp is None or not re.match(r"(?i)kidnap|abduct", m.group(0)):
            return code
        words = self.ex.entities[perp].name.lower().split()
        return "other" if words and words[-1] in CRIMINAL_BAND_HEADS else code

    def _named_band(self, noun: str, before: int) -> str | None:
        """The armed band "the gang" or "his militia" points back to: the last one named before with that noun as the
        last word of its name ("the Kraze Baryè gang"). Such names are read as groups by their pattern, not as
        organisations, so the last organisation named (often a neighbourhood the tagger took for one) is not it; a
        band named by common words ("armed gangs") names no one in particular."""
        best = None
        for m in self.mentions:
            if m.start >= before:
                break
            ent = self.ex.entities.get(m.entity) if m.entity else None
            if ent is None or ent.type != "Group":
                continue
            words = ent.name.split()
            if len(words) > 1 and words[-1].lower() == noun and self._proper_band_mention(m):
                best = m.entity
        return best

    def _proper_band_mention(self, m: Mention) -> bool:
        """Whether a band's mention has a word of a name before its noun ("the 5 Segonn gang", "Kraze Baryè gang"), not
        only a state's adjective ("a Libyan militia" is any militia of Libya, not the one a story names)."""
        tok = self._token_at(m.start)
        while tok is not None and self.tstart(tok) + len(tok.text) < m.end:
            if tok.text[:1].isdigit() or tok.text[:1].isupper() and self.demonym_state(tok) is None:
                return True
            tok = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return False

    def _last_body_named(self, noun: str, before: int) -> str | None:
        """The state body named last before ``before`` whose name ends with ``noun`` ("Peru's attorney general's office"
        ... "the office"), among the bodies the rules named from lower-case phrases, which are no mentions of their own."""
        best, at = None, -1
        for key, ent in self.ex.entities.items():
            if ent.type != "GovernmentBody" or not ent.name.lower().endswith(" " + noun) or self._is_sanctioner(key):
                continue
            last = max((sp.start for sp in ent.mentions if sp.start < before), default=-1)
            if last > at:
                best, at = key, last
        return best

    def _state_of_forces_in(self, key: str | None) -> str | None:
        """A state's bare forces named by where they are ("the authorities in Minsk", "security forces in Iran"): the
        state, whose capital or name that is; any other group keeps its name."""
        if key is None or self.etype(key) not in ("Group", "GovernmentBody"):
            return key
        m = re.fullmatch(r"(?:the\s+)?(?:[\w-]+\s+)?([\w-]+)\s+in\s+(.+)", self.ex.entities[key].name, re.I)
        if m is None or m.group(1).lower() not in BARE_ACTOR_HEADS | STATE_FORCE_HEADS:
            return key
        place = gz.normal(m.group(2))
        ke = self.gaz.known_by_label.get(gz.normal(CAPITAL_GOVERNMENTS.get(place, ""))) or self.gaz.known_by_label.get(place)
        if ke is not None and ke.type == "Country" and place in CAPITAL_GOVERNMENTS and m.group(1).lower() in STATE_FORCE_HEADS:
            # "security forces in Kinshasa": a force in a city is that force (the city is where it acted); "the
            # authorities in Minsk" are the state's government
            name = self.ex.entities[key].name
            return self._body_named(name[:re.search(r"(?i)\s+in\s+", name).start()])
        return self._known_entity(ke) if ke is not None and ke.type == "Country" else key

    def _body_named(self, text: str) -> str:
        """The state body of this name ("security forces"), found among the entities or made (without a mention)."""
        name = " ".join(strip_det(text).split())
        key = next((k for k, e in self.ex.entities.items() if e.type == "GovernmentBody" and e.name.lower() == name.lower()), None)
        if key is None:
            key = f"governmentbody:{name.lower()}"
            self.ex.entities[key] = Entity(key=key, name=name, type="GovernmentBody")
        return key

    def _in_dateline(self, tok) -> bool:
        pos = self.tstart(tok)
        return any(a <= pos < b for a, b in self._dateline_spans())

    def _dateline_spans(self) -> list:
        if getattr(self, "_datelines", None) is None:
            self._datelines = [(d.start(), d.end()) for d in DATELINE_RE.finditer(self.text)]
        return self._datelines

    @staticmethod
    def _subject_read_as_noun(verb, s: Sent) -> bool:
        """Whether a deed verb the parser hung on the noun before it as a participle ("Ostrian soldiers tortured at
        least 14 detainees ..., our researchers found", read as soldiers who were tortured) is that noun's own verb: a
        past tense with an object of its own, its noun opening the sentence, and the sentence's main verb an act of
        telling after it (the source, put last as news and reports put it)."""
        noun, root = verb.head, s.span.root
        return verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children) and noun.left_edge.i == s.span.start \
            and root.i > verb.i and root.lemma_ in TELLING_VERBS and noun.head.i == root.i

    @staticmethod
    def _held_over(verb, tok) -> list | None:
        """The ones an act done about a deed afterwards (an arrest, a charge, a suspension: AFTERMATH_VERBS) is done to,
        when the deed at ``tok`` is its "over"/"for" phrase ("arrested three officers over the killing of X", "Brazil
        arrests congressman ... over 2018 murder"): the suspects of the deed, each of a list; None when the verb is no
        such act or the deed is not its reason. (Not a sanction, which the designation rules read, nor a pronoun
        object: "convicted the two officers and sentenced them": the verdict rules read whom "them" stands for.)"""
        if verb.pos_ != "VERB" or verb.lemma_ not in AFTERMATH_VERBS - ACQUITTING_VERBS - SANCTIONING_VERBS:
            return None
        if not any(c.dep_ == "prep" and c.lower_ in ("over", "for") and c.is_ancestor(tok) for c in verb.children):
            return None
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objs or any(o.pos_ == "PRON" or o.lower_ in ("none", "nobody") or any(c.lower_ == "no" for c in o.children) for o in objs):
            return None  # (nor "no one has been arrested for the torture": no suspect, and the deed keeps its doer)
        return [x for o in objs for x in (o, *o.conjuncts)]

    @staticmethod
    def _deed_of_unnamed_antecedent(node, tok, subj) -> bool:
        """Whether ``node`` is a relative clause telling the deed at ``tok`` ("who have killed and kidnapped", "which
        carried out the killings") whose relative pronoun is its subject and whose antecedent is a common noun for
        people the rules could not read as a named body ("gangs", "bandits", "men"): the doer is that noun, and the
        walk up must not reach the subject of the clause the noun sits in. (Not a thing: "admits drone strike that
        killed dozens" is the army's strike.)"""
        ante = node.head
        return node.dep_ == "relcl" and bool(subj) and subj[0].lower_ in ("who", "that", "which") \
            and (node is tok or tok in node.conjuncts or node.lemma_ in PERPETRATING_VERBS) and ante.pos_ == "NOUN" \
            and (ante.lower_ in ACTOR_GROUP_HEADS | COMBATANT_NOUNS | HIDDEN_DOER_HEADS or ante.lemma_ in PEOPLE_NOUNS)

    def _cause_of_suffering(self, verb, victims) -> str | None:
        """Who did what a sufferer's verb ("died", "disappeared") tells, by the "after"/"when" clause on it that says
        how: "died after riot police struck him in the head", "died when two patrolmen pinned him down and fired a
        Taser into him" - the subject of that clause, when its verb (or one coordinated with it) is one of force. None
        when no such clause names a doer ("he died after a long illness", "died after he fell")."""
        for c in verb.children:
            if c.dep_ != "advcl" or not any(g.dep_ == "mark" and g.lower_ in ("after", "when") for g in c.children):
                continue
            if not any(v.lemma_ in FORCE_VERBS for v in (c, *c.conjuncts)):
                continue
            sj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if sj is None or sj.pos_ == "PRON":
                continue  # ("died after he was beaten": the sufferer again)
            k = self._resolve_np(sj)
            if k is None and (sj.lower_ in ACTOR_GROUP_HEADS | COMBATANT_NOUNS or sj.lemma_ in FORCE_MEMBER_NOUNS):
                k = self._fighters_entity(sj)  # "two patrolmen": the men the text names by what they are
            if self._actor(k, victims) and k not in victims:
                return k
        return None

    @staticmethod
    def _doing_participle(verb) -> bool:
        """Whether a deed verb is an "-ing" participle on the noun before it, which names who does it ("videos of
        officers shooting into crowds", "footage of soldiers beating a man"): the noun is its subject, not the subject of
        the clause the phrase sits in (who hands the videos over did not shoot), nor is it for a deed coordinated with
        the participle ("troops stabbing demonstrators and raping women"). The participle acts on someone or
        somewhere: a bare one after a name is a headline's noun ("sanctions over Navalny jailing": his jailing)."""
        return verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i \
            and any(c.dep_ in ("dobj", "prep") for c in verb.children)

    def _filed_on(self, d) -> bool:
        """Whether date ``d`` is a dateline's ("BAGHDAD, Nov 29 - ..."): the day the story was filed, which dates a deed
        only when its sentence tells no day of its own."""
        return any(a <= d.start < b for a, b in self._dateline_spans())

    def _dateline_subject(self, s: Sent, verb):
        """The phrase between a dateline and the verb of a wire report's first sentence ("BANGKOK, April 12 - Myanmar's
        military killed ..."): its subject, which the parser, reading the headline, byline and dateline as one sentence
        with it, hung elsewhere. None when the sentence has no dateline or the words before the verb are no one phrase."""
        end = next((b for a, b in self._dateline_spans() if a <= s.start < b), None)
        if end is None:
            return None
        between = [t for t in s.span if self.tstart(t) >= end and t.i < verb.i]
        if not between:
            return None
        tops = [t for t in between if not (between[0].i <= t.head.i < verb.i)]
        if len(tops) != 1 or tops[0].pos_ not in ("NOUN", "PROPN") or tops[0].right_edge.i < between[-1].i:
            return None  # ("- A Kenyan court found three officers guilty of murdering ...": the court is another verb's)
        return tops[0]

    @staticmethod
    def _fronted_subject(s: Sent, verb):
        """The phrase between a fronted clause's comma and a verb that has no subject ("After the vote in March, police
        and militias have detained ..."): the parser, reading it as one more item of the clause before the comma
        ("March, police and militias"), hung it there. None unless the words just before the verb (its auxiliaries
        aside) are a noun phrase that starts right after a comma and hangs on a word before it."""
        doc = verb.doc
        j = verb.i - 1
        while j > s.span.start and doc[j].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[j].head.i == verb.i:
            j -= 1
        x = doc[j]
        if j <= s.span.start or x.pos_ not in ("NOUN", "PROPN") or x.head.i == verb.i:
            return None
        while x.dep_ == "conj" and x.head.i < x.i and x.head.pos_ in ("NOUN", "PROPN") \
                and not any(t.text == "," for t in doc[x.head.i + 1:x.i]):
            x = x.head  # "police and militias": the first of the coordinated names
        first = x.left_edge
        if first.i <= s.span.start or doc[first.i - 1].text != "," or x.head.i >= first.i \
                or any(t.i >= x.i for t in x.head.subtree if t.i > j and t.i < verb.i):
            return None
        return x

    def _fighters_entity(self, tok) -> str:
        """Fighters a text names by a common noun ("the insurgents", "Islamist rebels"): a group of that name, its
        words before the noun included, the article left out ("its fighters" are the body's own)."""
        words = [c for c in tok.subtree if c.i <= tok.i and c.dep_ not in ("det", "predet") and not c.is_punct]
        first = next((c for c in words if all(w.i >= c.i for w in words)), tok)
        start, end = self.tstart(first), self.tstart(tok) + len(tok.text)
        name = " ".join(self.text[start:end].split())
        named = next((k for k, e in self.ex.entities.items() if e.type == "Group" and e.name.lower() == name.lower()), None)
        return self.phrase_entity("Group", name, start, end, key=named)

    @staticmethod
    def _compound_start(tok):
        """The first word of the compound a noun ends ("security" of "security forces"), or the noun itself."""
        first = tok
        while first.i > 0 and first.nbor(-1).dep_ in ("compound", "amod") and first.nbor(-1).head.i == tok.i:
            first = first.nbor(-1)
        return first

    def _force_entity(self, tok, first=None) -> str:
        """The state's forces a bare noun names ("military" of "Myanmar's military"), as a body of their own; with
        ``first``, the words from it to ``tok`` name the body ("interior ministry")."""
        start = self.tstart(first if first is not None else tok)
        end = self.tstart(tok) + len(tok.text)
        text = self.text[start:end]
        name = " ".join(text.split()).lower() if first is None or first.i == tok.i else " ".join(text.split())
        key = next((k for k, e in self.ex.entities.items() if e.type == "GovernmentBody" and e.name.lower() == name.lower()), None)
        if key is None:
            key = f"governmentbody:{name.lower()}"
            self.ex.entities[key] = Entity(key=key, name=name, type="GovernmentBody")
        ent = self.ex.entities[key]
        ent.aliases.add(text)
        ent.mentions.append(self.span(start, end))
        return key

    def _body_phrase(self, tok) -> str | None:
        """A state body news names in lower case, by its kind and the words that make the kind specific ("the interior
        ministry", "Kyrgyz security services", "a police officer", "the attorney general's office"): a body of its own,
        named by those words without the article; a bare "the ministry" is left to refer back."""
        if tok.lower_ not in STATE_BODY_NOUNS or tok.pos_ not in ("NOUN", "PROPN") or not tok.text.islower():
            return None
        first = tok
        for c in sorted((c for c in tok.children if c.i < tok.i), key=lambda c: -c.i):
            if c.i != first.i - 1 and not (c.dep_ == "poss" and c.i + 2 == first.i and tok.doc[c.i + 1].tag_ == "POS"):
                break
            if c.dep_ in ("amod", "compound", "nmod") and (c.text.islower() or c.text in self.gaz.demonyms or c.ent_type_ == "NORP") \
                    and c.pos_ in ("ADJ", "NOUN", "PROPN"):
                lead = [g for g in c.subtree if g.i < c.i and g.dep_ != "det"]
                if any(not (g.dep_ in ("amod", "compound") and g.text.islower()) for g in lead):
                    break
                first = lead[0] if lead else c
            elif c.dep_ == "poss" and c.text.islower() and c.pos_ == "NOUN":
                lead = [g for g in c.subtree if g.i < c.i and g.dep_ != "det"]  # "the attorney general's office"
                while lead and (lead[0].tag_ == "POS" or lead[0].is_punct or self._state_word(lead[0]) or self._in_dateline(lead[0])):
                    lead = lead[1:]  # "Ostland's attorney general's office": the state's, named without it (and no dateline's words)
                if any(not (g.dep_ in ("amod", "compound") and g.text.islower()) for g in lead):
                    break
                first = lead[0] if lead else c
            elif c.dep_ == "poss" and tok.lower_ == "office" and self._titled_office(c):
                first = next(g for g in c.subtree if g.dep_ != "det")  # "the Inspector General's office": the office of a title
            else:
                break
        if first.i == tok.i:
            return None
        return self._force_entity(tok, first)

    def _titled_office(self, poss) -> bool:
        """Whether a possessive names an office by its holder's capitalised title alone ("the Attorney General's",
        "the Inspector General's", not "Mr. Vell's" nor "the Minister of Justice's"): every word a title's word and
        no person's name among them, so the office is the body, whoever holds it."""
        words = [g for g in poss.subtree if g.dep_ not in ("det", "case")]
        return bool(words) and len(words) <= 3 and all(g.lower_ in TITLE_HEADS | {"ombudsman"} and g.text[:1].isupper() for g in words) \
            and not any(self.entity_at(g) is not None and self.etype(self.entity_at(g)) == "Person" for g in words)

    def _state_word(self, tok) -> bool:
        """A word that names a state (its name or demonym), which owns a body rather than naming it."""
        k = self.entity_at(tok)
        return k is not None and self.etype(k) == "Country" or tok.text in self.gaz.demonyms

    def _sending_state(self, tok) -> str | None:
        """The state whose mission or embassy ``tok`` is: its possessor ("North Korea's mission", "its mission": the
        state named last before it), never the body it is sent to."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        k = self.entity_at(poss)
        if k is None and poss.lower_ in ("its", "their"):
            pos = self.tstart(tok)
            for m in self.mentions:
                if m.start >= pos:
                    break
                if m.entity and self.etype(m.entity) == "Country":
                    k = m.entity
        return k if k is not None and self.etype(k) in ("Country", "GovernmentBody") and not self._is_monitor(k) else None

    def _generic_members(self, key: str) -> bool:
        """Members named only by what they are ("police officers", "security agents", "riot police"): the body or
        commander a phrase after them names is more specific."""
        words = strip_det(self.ex.entities[key].name).lower().split()
        return bool(words) and words[-1] in MEMBER_NOUNS and all(
            w in MEMBER_NOUNS | ACTOR_GROUP_HEADS | ARMED_BODY_WORDS | {"security", "riot", "armed", "state"} for w in words)

    def _bare_member(self, key: str) -> bool:
        """A body named only by a generic noun ("soldiers", "the paramilitaries")."""
        return strip_det(self.ex.entities[key].name).lower() in MEMBER_NOUNS | {"paramilitaries", "militias"}

    def _armed(self, key: str) -> bool:
        """A body whose name says it bears arms or polices ("the Rapid Action Battalion", "police")."""
        return bool(set(re.findall(r"[a-z]+", self.ex.entities[key].name.lower())) & (ARMED_BODY_WORDS | ACTOR_GROUP_HEADS))

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
    def _describing_clause_below(c, top) -> bool:
        """Whether ``c`` sits in a clause that tells something about ``top`` ("groups linked to Al-Qaeda", "X, who
        leads the Y party"), not one that names it ("its jail, known as El Chipote")."""
        node = c
        while node.i != top.i and node.head.i != node.i:
            if node.dep_ == "relcl" or node.dep_ == "acl" and node.lemma_ not in ("know", "call", "name", "dub", "nickname"):
                return True
            node = node.head
        return False

    @staticmethod
    def _where_they_were(c, top) -> bool:
        """Whether ``c`` sits in a phrase of place on ``top`` ("Wagner fighters in Syria", "riot police outside the
        Lerno court", "officers at the Dorav stadium"): where the doers were is not who they were, and a name there
        the tagger took for a person's is no doer. So is the place an attack struck ("government air strikes on X and
        the nearby town of Y", "shelling of Z"): where it fell, not who struck."""
        return any(a.dep_ == "prep" and top.is_ancestor(a) and (a.lower_ in LOCATIVE_PREPOSITIONS | {"at", "across"} or (
            a.lower_ in ("on", "of", "against") and a.head.lower_ in ATTACK_NOUNS)) for a in c.ancestors)

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
