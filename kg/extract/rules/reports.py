"""Investigation, denial and statement claims: who looked into, denied or said what, and where."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import timedelta

from kg.extract import gazetteer as gz
from kg.extract.dates import parse_day
from kg.model import Entity
from kg.extract.rules.positions import COUNSEL_NOUNS
from kg.extract.rules.units import RECALL_CONFIDENCE, Sent, has_subject, slug, strip_det
from kg.extract.rules.words import _WORDS, alternation
from kg.extract.rules.words import (
    COURT_NAME_RE,
    PLATFORM_BLOCKING_WORDS,
    TITLE_HEADS,
    ADMINISTRATIVE_PLACE_WORDS,
    PLACE_NOUNS,
    ACCUSATION_NOUNS,
    ACTOR_TYPES,
    ATROCITY_DETERMINATION_RE,
    BARE_ACTOR_HEADS,
    CUSTODY_RULING_WORDS,
    DESIGNATION_NOUNS,
    DENY_CONTENT,
    DEFENDED_CONDUCT_NOUNS,
    DENIAL_CONTENT_WORDS,
    DENIAL_LEMMAS,
    DENY_WORDS,
    DISSENT_TARGET_WORDS,
    DISSENT_VICTIM_WORDS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FINDING_CONFIRMED,
    FINDING_NOT,
    FINDING_ONGOING,
    HEADER_MEDIUM_RE,
    MASTHEAD_MEDIUM_HEADS,
    MASTHEAD_RE,
    INVESTIGATION_NOUNS,
    INVESTIGATION_PRODUCTS,
    INVESTIGATION_VERBS,
    INQUIRING_OFFICE_NOUNS,
    INQUIRY_AUTHOR_PARTICIPLES,
    INQUIRY_FINDING_VERBS,
    INQUIRY_CONDUCT_VERBS,
    INQUIRY_BODY_NOUNS,
    INVESTIGATOR_VERBS,
    LAWFUL_CONDUCT_RE,
    LEGAL_STEP_NOUNS,
    MANDATE_VERBS,
    NUMBER_WORDS,
    PLACE_TYPES,
    SANCTION_MEASURE_NOUNS,
    PRESS_AUDIENCE_NOUNS,
    REACTION_VERBS,
    REPORT_RECORDING_VERBS,
    SANCTION_REJECTING_VERBS,
    SPEECH_VERBS,
    STATE_BODY_NOUNS,
    WARRANT_VERBS,
    WITHHELD_NOUNS,
)


ACCUSED_GROUP_HEADS = _WORDS.set("accused_group_heads")
DENIED_PART_NOUNS = frozenset(("part", "role", "involvement", "link", "connection", "tie", "hand"))  # "denied any part in X"
PUBLISHED_WORK_NOUNS = _WORDS.set("published_work_nouns")
FOUNDED_THINGS = _WORDS.set("founded_things")
RESEARCH_VERBS = _WORDS.set("research_verbs")
UN_PRESS_SYMBOLS = _WORDS.mapping("un_press_symbols")
OBLIGATION_VERBS = _WORDS.set("obligation_verbs")
# what a speaker calls the body he heads or serves when he says it investigates ("his team", "her government")
_OWN_BODY_NOUNS = frozenset({"team", "staff", "lawyers", "government", "administration", "ministry", "department", "agency"})
# "a report published today by X", "the report "...", published by X on July 4, 2018": who issued the text's own report
_PUBLISHED_BY_RE = re.compile(r"\b(?:published|released|issued|launched)\s+(?:(?:today|on\s+\w+\s+\d{1,2},?\s+\d{4}|on\s+\d{1,2}\s+\w+\s+\d{4})\s+)?by\s+(?:the\s+)?")
_UN_SYMBOL_RE = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, UN_PRESS_SYMBOLS)) + r")/\d{3,5}(?![\w/])")
# the people a "dismiss" can fire ("the officials were dismissed", "the general, who was dismissed"): persons and titles
_PEOPLE_NOUNS = _WORDS.set("person_nouns") | _WORDS.set("title_heads") | {w + "s" for w in _WORDS.set("title_heads") | _WORDS.set("person_nouns")} | {"men", "women", "people"}
PROSECUTION_RE = re.compile(r"(?i)\b(?:prosecut\w*|attorney[- ]general\w*|procura\w*|fiscal[ií]a)")

# "posted on X", "in a post on X", "wrote on X:": the platform X, not a letter standing for a name
# "a statement posted on", "a video published on his account on": what a medium was posted on comes next
_POSTED_ON_RE = re.compile(r"\s+(?:posted|published|shared|uploaded)\s+(?:on\s+(?:its|his|her|their)\s+(?:\w+\s+)?account\s+)?on\s+")
ON_X_RE = re.compile(r"\b(?:(?:posted|wrote|said|posts?|message|statement|video)\s+(?:\w+\s+){0,3}on|on\s+(?:its|his|her|their)\s+(?:\w+\s+)?account\s+on)\s+X\b(?![.\w])")


# What a higher court upholds when it confirms a verdict (not "the ban", "the charges")
VERDICT_NOUNS = frozenset({"sentence", "conviction", "verdict"})

# Cheap tests that let a sentence skip a rule: the words the rule needs, as one search over the sentence's text.
DEED_REJECTION_HINT = re.compile(r"(?i)\b(?:defend|" + "|".join(re.escape(w[:5]) for w in sorted(SANCTION_REJECTING_VERBS)) + ")")
CUSTODY_RULING_HINT = re.compile(r"(?i)\b(?:court|tribunal|judge)")
# how a thing was said when no medium is named ("said by telephone", "said on its website"), right after the verb
UNNAMED_PLURAL_SPEAKERS = _WORDS.set("unnamed_plural_speakers")
CHANNEL_RE = re.compile(r"(?i)\s+(" + alternation(_WORDS.set("statement_channels")) + r")\b")
# a report's head line that says what follows is its summary; the verbs a report's lede tells its findings with
_SUMMARY_HEAD_RE = re.compile(r"(?i)(?:executive\s+)?summary(?:\s+of\s+(?:the\s+)?(?:findings|report))?|report\s+summary|key\s+findings")
_REPORTING_VERBS = frozenset(("document", "find", "conclude", "record", "report", "establish", "verify", "gather"))
# a day written out in full, with its year ("20 December 2018", "December 20, 2018")
_CALENDAR_DATE_RE = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}")
# a head line's closing date, after a comma ("Press release, 12 January 2024") or a dash ("X - Public statement - 11 May 2016")
_COMMA_DATE_END_RE = re.compile(r",?\s+(?:" + _CALENDAR_DATE_RE.pattern + r")$")
_DASH_DATE_END_RE = re.compile(r"\s+[-\u2013\u2014]\s+(?:" + _CALENDAR_DATE_RE.pattern + r")\s*$")
TOLD_PRESS_HINT = re.compile(r"(?i)\b(?:told|tells?|telling)\s+(?:\w+\s+)?(?:" + "|".join(sorted(PRESS_AUDIENCE_NOUNS)) + ")")


_INVESTIGATING_FORMS = frozenset(("investigated", "probed", "documented", "investigating", "probing"))

# a document named by its kind and number ("Recommendation 4VG/2016", "Report No. 12/2019"): a text, not who wrote it
_NUMBERED_DOC_RE = re.compile(r"[A-Z][a-z]+\s+(?:No\.?\s*)?\S*\d\S*")


# a head line that names a kind of text and then its issuer: "Communiqué of the Federal Department of Foreign Affairs"
_KIND_OF_ISSUER_RE = re.compile(r"(\w+(?:\s+\w+)?)\s+(?:of|by|from)\s+(?:the\s+)?[A-Z]")


def _plain(word: str) -> str:
    """A word in lower case without its accents ("Communiqué" is the "communique" of the word lists)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))


class ReportRules:
    """Mixin of the document reader (kg.extract.rules.reader._Reader); uses its state and its other rules."""

    # investigations ---------------------------------------------------------------------------

    def _investigations(self):
        last = None
        for s in self.sents:
            # (the verdict first: an upheld sentence takes whom and when from the verdict told before it, and both
            # rules add their claims, so neither may short-circuit the other)
            verdict = self._verdict(s)
            if self._upheld_verdict(s) or verdict or self._warrant(s) or self._custody_ruling(s) or self._named_as_responsible(s) or self._trial_under_way(s):
                continue
            founding = [t for t in s.span if self._founds(t)]
            founded_at = {self.tstart(t) for t in founding}  # (where "established" sets a body up, it confirms nothing)
            if founding and not any(t.lower_ in INVESTIGATION_NOUNS | _INVESTIGATING_FORMS or t.lemma_ in INVESTIGATION_PRODUCTS
                                    or t.pos_ == "VERB" and t.lemma_ in INVESTIGATOR_VERBS and t not in founding for t in s.span):
                continue  # "the committee established pursuant to resolution 2127 added X to its list": a body set up, nothing found
            words = s.span.lowers | {"report"} if "reports" in s.span.lowers else s.span.lowers  # "credible reports that ..."
            lemmas = s.span.lemmas
            noun = words & INVESTIGATION_NOUNS
            verb = bool(words & _INVESTIGATING_FORMS) and any(t.lower_ in _INVESTIGATING_FORMS and t.pos_ == "VERB" for t in s.span)
            # an investigating body as the subject of "found/concluded/confirmed ..." ("A German military laboratory found that ...")
            body_verb = bool(lemmas & INVESTIGATOR_VERBS) and any(t.lemma_ in INVESTIGATOR_VERBS and t.pos_ == "VERB" for t in s.span) and any(
                m.extra.get("investigator") or (self._is_monitor(m.entity) and self._root(t, m).dep_ == "nsubj" and self._root(t, m).head.lemma_ in INVESTIGATOR_VERBS)
                for m, t in self.sent_entities(s))  # "Human Rights Watch interviewed 45 former detainees"
            verb = verb or (lemmas & EVIDENCE_VERBS and any(self._gathers_evidence(t) for t in s.span))
            body_verb = body_verb or (lemmas & INQUIRY_BODY_NOUNS and any(
                t.dep_ == "nsubj" and t.lemma_ in INQUIRY_BODY_NOUNS and t.head.lemma_ in INVESTIGATOR_VERBS
                and t.head.pos_ == "VERB" for t in s.span))  # "a judicial panel ... has concluded"
            body_verb = body_verb or (lemmas & INVESTIGATOR_VERBS and any(
                t.dep_ == "nsubj" and t.lower_ in INQUIRING_OFFICE_NOUNS and t.head.lemma_ in INVESTIGATOR_VERBS and t.head.pos_ == "VERB"
                for t in s.span))  # "the regional prosecutor concluded that ..."

            body_verb = body_verb or (lemmas & INVESTIGATOR_VERBS and any(
                t.dep_ == "nsubj" and self._named_body_again(t) for t in s.span))  # "The Bureau interviewed former detainees"
            # "The 48-page report documents ...", "the inquiry found ...": what an investigation found
            product_found = next((t.head for t in s.span if t.dep_ == "nsubj" and t.lemma_ in INVESTIGATION_PRODUCTS
                                  and t.head.lemma_ in INVESTIGATOR_VERBS and t.head.pos_ == "VERB"), None)
            verb = verb or product_found is not None
            # "published a report documenting 179 disappearances": a report told by what it records has found it (the
            # participle after the report, with no subject of its own: a title between them may mislead the parser)
            product_at = next((t.i for t in s.span if t.lemma_ in INVESTIGATION_PRODUCTS and t.pos_ == "NOUN"), None)
            product_records = product_at is not None and any(
                t.i > product_at and t.tag_ == "VBG" and t.dep_ in ("acl", "advcl") and t.lemma_ in REPORT_RECORDING_VERBS
                and not has_subject(t) for t in s.span)
            verb = verb or product_records
            # "the State Department determined that China was committing genocide": a state's formal finding of an atrocity
            determined = self._atrocity_determination(s)
            verb = verb or determined is not None
            # "The court opened a preliminary examination", "investigating judges completed their inquiry": holding one
            verb = verb or (lemmas & INQUIRY_CONDUCT_VERBS and lemmas & INVESTIGATION_PRODUCTS
                            and any(self._holds_inquiry(t) for t in s.span if t.dep_ in ("nsubj", "dobj")))
            # "police said they had formed a committee to look into his death", "appointed a judge to head an inquiry"
            set_up = [t for t in s.span if self._sets_up_inquiry(t)] if lemmas & MANDATE_VERBS else []
            verb = verb or bool(set_up)
            # "the police chief named six suspects": an inquiry under way that has got as far as suspects
            naming = [t for t in s.span if self._names_suspects(t)] if "suspect" in lemmas else []
            verb = verb or bool(naming)
            if not noun and not verb and not body_verb:
                continue
            trig = [t for t in s.span if t.lower_ in INVESTIGATION_NOUNS or (t.pos_ == "VERB" and (t.lemma_ in INVESTIGATOR_VERBS or t.lower_ in INVESTIGATION_VERBS))]
            # (a report the sentence cites for what it asks, "the allegations set out in this report", holds no inquiry)
            core = [t for t in trig if t.lower_ not in ("report", "reports")] or trig
            if core and all(self._unrealised(t) or self._owed(t) for t in core):
                continue  # an inquiry called for or recommended (or said to be owed) has not been held
            # who set an inquiry up holds it (not a body the sentence says called for one as well); unnamed, the body set up
            investigator = self._inquiry_founder(set_up[0]) or self._founded_body(set_up[0]) if set_up else None
            investigator = investigator or self._investigator(s)
            if investigator is not None and self.etype(investigator) == "Group" and not noun and not set_up and not naming and all(
                    t.lemma_ == "accuse" for t in s.span if t.pos_ == "VERB" and t.lemma_ in INVESTIGATOR_VERBS):
                continue  # "Rights groups have accused the authorities of ...": unnamed groups' charge, no inquiry of theirs
            if investigator is None and naming:
                k = self._subject(naming[0])
                investigator = k if k is not None and self.etype(k) in ("Person", "GovernmentBody", "Organization") and not self._is_news(k) else None
            verb = verb or (body_verb and investigator is not None)
            finding = None
            if FINDING_NOT.search(s.span.text) and not any(t.lower_ in DENY_WORDS for t in s.span):
                finding = "not_confirmed"  # (not "the ministry rejected the report as unfounded": that is the denier's word)
            elif any(s.start + m.start() not in founded_at for m in FINDING_CONFIRMED.finditer(s.span.text)) or product_records or determined is not None or (product_found is not None and product_found.lemma_ in (
                    "document", "find", "conclude", "establish", "confirm", "record")):
                finding = "confirmed"
            elif FINDING_ONGOING.search(s.span.text) or any(
                    t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children)
                    and (t.lemma_ in INVESTIGATOR_VERBS or self._gathers_evidence(t)) for t in s.span):
                finding = "ongoing"  # "was gathering evidence", "is examining the complaints"
            elif any(t.tag_ == "VBG" and t.dep_ == "xcomp" and t.lemma_ in INVESTIGATOR_VERBS and t.head.lemma_ in ("begin", "start", "continue", "keep")
                     for t in s.span):
                finding = "ongoing"  # "it had begun investigating the shootings": started and not yet done
            elif set_up or naming:
                finding = "ongoing"  # an inquiry just set up, or with suspects but no verdict, has not concluded
            elif any(t.lemma_ in ("begin", "start", "initiate", "commence") and t.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_ in INVESTIGATION_PRODUCTS for c in t.children) for t in s.span):
                finding = "ongoing"  # "have begun a joint investigation into the abuses": under way, not yet concluded
            elif investigator is not None and any(self._did_research(t) and (self._is_monitor(investigator) or self._recorded_by(t, investigator))
                                                  for t in s.span):
                finding = "confirmed"  # "Human Rights Watch interviewed 45 former detainees", "the coalition documented 219 killings"
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
            # who was investigated: the perpetrator of an abuse this sentence tells, else the first body, state or person
            # named (not a place where something happened: "villagers in Kessum", "a U.N. body in Geneva")
            # ("an investigation into X", named as such, comes first)
            found_of = next((c for c in determined.children if c.dep_ in ("nsubj", "nsubjpass")), None) if determined is not None else None
            target = (self._resolve_np(found_of) if found_of is not None else None) or self._inquiry_object(s, investigator) or next(
                (c.roles["perpetrator"] for (ct, _), c in self.claims.items() if ct == "abuse" and ev in c.evidence
                 and c.roles.get("perpetrator") != investigator), None)
            for m, t in self.sent_entities(s, {"Region", "Country", "GovernmentBody", "Person"}):
                if target is not None:
                    break
                if self.etype(m.entity) == "Region" and self._place_told(t, m):
                    continue
                if any(a.lower_ == "by" and a.head.lemma_ in MANDATE_VERBS | {"chair", "head", "lead", "appoint"} for a in t.ancestors):
                    continue  # "the commission, chaired by Judge X", "set up by the president": who runs or made the inquiry
                if any(a.dep_ in ("nsubj", "dobj", "nsubjpass") and a.head in set_up for a in [t, *t.ancestors]):
                    continue  # "the government appointed a judge, X, to head an inquiry": who set it up or holds it, not whom it looks into
                if any(a.dep_ == "nsubj" and a.head in naming for a in [t, *t.ancestors]):
                    continue  # "National police chief X named six suspects": who names them, with his force
                if any(a.lower_ == "of" and a.head.lemma_ in ("compose", "comprise", "consist", "made") for a in t.ancestors):
                    continue  # "the commission, composed of A (chair) and B": its members, not whom it looked into
                top = self._root(t, m)
                top = top.head if top.dep_ == "appos" else top
                if top.dep_ == "nsubj" and top.head.lemma_ in SPEECH_VERBS:
                    continue  # "the prosecutor general, Lena Varik, said her office had ...": who tells of the inquiry is not its target
                if self.etype(m.entity) == "Person" and any(ct == "position" and dict(k).get("person") == m.entity
                                                            and dict(k).get("org") == investigator for ct, k in self.claims):
                    continue  # ("the director of the National Police, General X, said the force had opened ..."): its head
                if m.entity != investigator and not (self.etype(m.entity) == "GovernmentBody" and m.entity in self._sanction_bodies and m.type != "Group"):
                    target = m.entity
                    break
            if target is None and self._is_monitor(investigator):
                target = self._documented_doer(investigator)
            for who in [investigator] + self._co_investigators(s, investigator):
                claim = self.add_claim("investigation", {"investigator": who}, {"target": target, "date": self.sent_date(s), "finding": finding}, ev, confidence=0.55)
            if claim is not None:
                last = (("investigation", (("investigator", investigator),)), s.para)
        self._fallback_investigations()
        for (ct, _), c in self.claims.items():
            if ct == "investigation" and c.roles.get("finding") is None and self._prosecutes(c.roles.get("investigator")):
                c.roles["finding"] = "ongoing"  # "prosecutors charged X with ...", "the attorney general said she was being investigated"

    def _prosecutes(self, key) -> bool:
        """Whether an investigator is a prosecution (prosecutors, an attorney general's or procurator's office, or a person
        the text gives such an office): its case against someone is told before any court decides it, so an inquiry by it
        that the sentence gives no outcome is still open, whether told as a charge, an accusation or an inquiry."""
        if key is None or key not in self.ex.entities:
            return False
        if PROSECUTION_RE.search(self.ex.entities[key].name):
            return True
        return self.etype(key) == "Person" and any(
            ct == "position" and dict(k).get("person") == key and PROSECUTION_RE.search(c.roles.get("role") or "")
            for (ct, k), c in self.claims.items())

    def _documented_doer(self, investigator: str) -> str | None:
        """Whom a rights group's or the UN's own inquiry looks into when its sentence names no one ("Amnesty International
        interviewed former detainees ... and checked their accounts"): the doer of the abuses the text documents, the
        one its firm abuse claims name most."""
        seen: Counter = Counter()
        for (ct, _), c in self.claims.items():
            doer = c.roles.get("perpetrator") if ct == "abuse" and c.confidence >= 0.5 else None
            if doer is not None and doer != investigator and not self._is_monitor(doer):
                seen[doer] += 1
        return max(seen, key=lambda k: (seen[k], -list(seen).index(k))) if seen else None

    @staticmethod
    def _owed(t) -> bool:
        """Whether an inquiry word is what someone "has to" or "needs to" do ("X said the authorities had to investigate
        the killings thoroughly", "the police need to look into it"): an obligation someone states, not an inquiry held."""
        return t.dep_ == "xcomp" and t.tag_ == "VB" and t.head.lemma_ in OBLIGATION_VERBS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)

    def _did_research(self, t) -> bool:
        """Whether a verb tells a monitor's own field work as done ("interviewed former detainees", "documented 219
        killings", "videos it had verified"): what it gathered is what its inquiry found (not "will interview", "plans to
        document", "did not verify")."""
        if t.pos_ != "VERB" or t.lemma_ not in RESEARCH_VERBS or t.tag_ not in ("VBD", "VBN"):
            return False
        if t.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
            return False  # ("the cases documented by the group": a passive tells the cases, the group's work is told elsewhere)
        return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in t.children) and not self._unrealised(t)

    def _recorded_by(self, t, investigator: str) -> bool:
        """Whether a verb of research done is a recording of abuses by the investigator itself, or by its report ("the
        Commission documented wilful killings", "the Brenn-based group X documented the case of", "a panel whose final
        report documented the gangs' use of rape"), whatever kind of body it is: what any body has documented, recorded
        or verified, it has found. (Interviewing is only a step: "police interviewed 40 witnesses" finds nothing yet.)"""
        if t.lemma_ == "interview":
            return False
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if not subj and t.dep_ == "conj":
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]  # "visited the camps and documented 40 cases"
        return any(self.entity_at(x) == investigator for c in subj for x in c.subtree) \
            or any(c.lemma_ in INVESTIGATION_PRODUCTS and c.pos_ == "NOUN" for c in subj)

    @staticmethod
    def _founds(t) -> bool:
        """Whether "establish" tells a body or regime set up ("the Committee established pursuant to resolution 2653",
        "when the Council established the regime"), not a fact made out ("the commission established that police fired
        first", "established the identity of the gunmen"): founding has no clause after it, and its object, if any, is
        no inquiry body (to set up a commission or panel is to open an inquiry, and is told as that)."""
        if t.lemma_ != "establish" or t.pos_ != "VERB":
            return False
        if any(c.dep_ in ("ccomp", "mark") or c.lower_ in ("whether", "how", "why", "who", "what") for c in t.children):
            return False
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.lower_ in ("pursuant", "under", "by"):
            return True  # ("the panel established by the Council in 2022", though the parser may take "pursuant" for its object)
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        if not objs:
            return nxt is not None and nxt.lower_ in ("in", "on")  # ("a panel established in 2004")
        return all(o.lemma_ in FOUNDED_THINGS for o in objs)

    def _sets_up_inquiry(self, t) -> bool:
        """Whether ``t`` sets up an inquiry that has not been held before: a verb of founding ("formed", "set up",
        "appointed") whose object is an inquiry ("set up an inquiry"), or a committee, panel or person given one to
        hold ("a committee to look into his death", "a judge to head an inquiry into the deaths"). A body or person
        appointed for no inquiry ("appointed a new police chief") is no inquiry; one only asked for is none yet."""
        if t.pos_ != "VERB" or t.lemma_ not in MANDATE_VERBS or self._unrealised(t) or any(c.dep_ == "neg" for c in t.children):
            return False
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_ in INVESTIGATION_PRODUCTS and o.lemma_ != "report" for o in objs):
            return True
        # the purpose: a clause that investigates, looks "into" something, or holds an inquiry ("to head an inquiry")
        purposes = [g for o in [t, *objs] for g in o.children if g.dep_ in ("advcl", "xcomp", "acl", "relcl") and g.pos_ == "VERB"]
        # (to "review" or "examine" something is an inquiry only in a text about abuses: not "a panel to review the constitution")
        here = self.sent_at(self.tstart(t))
        about_abuses = here is not None and any(self.sents[i].para == here.para for i in self.abuse_matches)
        return any(p.lemma_ in ("investigate", "probe", "inquire") or p.lemma_ in INQUIRY_FINDING_VERBS and about_abuses
                   or any(c.dep_ == "prep" and c.lower_ == "into" for c in p.children)
                   or any(c.dep_ == "dobj" and c.lemma_ in INVESTIGATION_PRODUCTS for c in p.children) for p in purposes)

    def _inquiry_founder(self, t) -> str | None:
        """Who set up an inquiry (the subject of ``t``; "they" is whoever said so): a state, one of its bodies or a
        person, named; the body it set up, unnamed, stands for them."""
        sj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if sj is not None and sj.lower_ in ("it", "they", "we"):
            speech = next((a for a in t.ancestors if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB"), None)
            sj = self._speaker_subject(speech) if speech is not None else None
        k = self._speaking_body(sj) if sj is not None else None
        if k is None or self.etype(k) not in ("Country", "GovernmentBody", "Organization", "Person") or self._is_news(k):
            return None
        if set(strip_det(self.ex.entities[k].name).lower().split()) <= BARE_ACTOR_HEADS:
            return None  # "police said they had formed a committee": which police, the committee says better
        return k

    @staticmethod
    def _names_suspects(t) -> bool:
        """Whether ``t`` names suspects ("named six suspects", "identified the officers as suspects", "declared him a
        suspect"): who does so has an inquiry under way; not when it is negated or a suspect only names someone."""
        if t.pos_ != "VERB" or t.lemma_ not in ("name", "identify", "declare") or any(c.dep_ == "neg" for c in t.children):
            return False
        return any(c.dep_ in ("dobj", "oprd") and c.lemma_ == "suspect"
                   or c.dep_ in ("prep", "oprd") and c.lower_ == "as" and any(g.lemma_ == "suspect" for g in c.children)
                   for c in t.children)

    def _founded_body(self, t) -> str | None:
        """The inquiry or body a founding verb sets up ("formed a committee", "to head a judicial inquiry"), as a body
        of its own named by its words ("committee", "judicial inquiry"), for when the text does not say who set it up."""
        objs = [c for c in t.children if c.dep_ == "dobj"]
        objs += [g for o in [t, *objs] for p in o.children if p.dep_ in ("advcl", "xcomp", "acl", "relcl") for g in p.children if g.dep_ == "dobj"]
        for o in objs:
            if o.lemma_ in INQUIRY_BODY_NOUNS or o.lemma_ in INVESTIGATION_PRODUCTS and o.lemma_ != "report":
                return self._inquiry_body(o)
        return None

    def _inquiry_body(self, noun) -> str:
        """The body an unnamed inquiry noun stands for, named by its own words without the article ("committee",
        "judicial inquiry", "committee of senior Sindh police officers"): its modifiers and the "of" phrase that says
        who sits on it."""
        k = self.entity_at(noun)
        if k is not None:
            return k
        words = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound") for c in c.subtree]
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
        if of is not None and not any(g.dep_ in ("relcl", "acl") for g in of.subtree):
            words += list(of.subtree)
        words = sorted([noun, *words], key=lambda g: g.i)
        start, end = self.tstart(words[0]), self.tstart(words[-1]) + len(words[-1].text)
        return self.phrase_entity("GovernmentBody", " ".join(self.text[start:end].split()), start, end)

    def _atrocity_determination(self, s: Sent):
        """The clause of a formal determination that an atrocity was committed ("the Secretary of State has determined
        that members of the RSF committed genocide"), if the sentence tells one: a finding after an inquiry, whoever
        makes it (a sanctioning state too: the determination is the finding, not the grounds of a designation), about
        the clause's subject."""
        for t in s.span:
            if t.lemma_ != "determine" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children) or self._unrealised(t):
                continue
            for c in t.children:
                first, last = min(c.subtree, key=lambda x: x.i), max(c.subtree, key=lambda x: x.i)
                if c.dep_ == "ccomp" and ATROCITY_DETERMINATION_RE.search(self.text, self.tstart(first), self.tstart(last) + len(last.text)):
                    return c
        return None

    # the recall layer: investigations the precise rules did not vouch for ------------------------

    def _fallback_investigations(self):
        """A body that authors an investigation's product ("a report published by X", "X's inquiry", "a joint
        investigation of A and B") or is the subject of a verb of inquiry and finding ("the commission established
        that", "a finding the watchdog confirmed") in a sentence about abuses, and that has no investigation claim,
        investigated: less certain (RECALL_CONFIDENCE), as texts also cite reports they did not check and bodies
        that "confirm" what they were told."""
        have = {c.roles.get("investigator") for (ct, _), c in self.claims.items() if ct == "investigation"}
        accused = self._accused()
        abuse_paras = {self.sents[i].para for i in self.abuse_matches}
        for s in self.sents:
            if s.para not in abuse_paras and not any(t.lemma_ in INVESTIGATION_PRODUCTS or t.lower_ in INVESTIGATION_PRODUCTS
                                                     or t.lower_ in ("finding", "findings") for t in s.span):
                continue  # a sentence about abuses (or in a paragraph about them), or one that names an inquiry
            for k, trig in self._inquiry_authors(s):
                if k in have or k in accused or self._unrealised(trig):
                    continue
                finding = self._fallback_finding(s, trig)
                target = next((c.roles["perpetrator"] for (ct, _), c in self.claims.items() if ct == "abuse"
                               and self.span(s.start, s.end) in c.evidence and c.roles.get("perpetrator") != k), None)
                self.add_claim("investigation", {"investigator": k}, {"target": target, "date": self.sent_date(s), "finding": finding},
                               self.span(s.start, s.end), confidence=RECALL_CONFIDENCE)
                have.add(k)
            for k in self._vows_to_investigate(s):
                if k in have:
                    continue
                self.add_claim("investigation", {"investigator": k}, {"date": self.sent_date(s), "finding": "ongoing"},
                               self.span(s.start, s.end), confidence=RECALL_CONFIDENCE)
                have.add(k)

    def _vows_to_investigate(self, s: Sent) -> list[str]:
        """A body that says it will look into something ("the ministry said it would investigate the video") has taken
        the inquiry on: begun, not done (ongoing). Less certain, as a promise may stay one; only the speaker's own
        inquiry ("it", "we"), not one it asks of others."""
        out = []
        for t in s.span:
            if t.pos_ != "VERB" or t.lemma_ not in ("investigate", "probe", "examine") or any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            # ("X said his government would investigate": the body the speaker heads or serves is his own)
            own = subj is not None and subj.lower_ in _OWN_BODY_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")
                                                                             for c in subj.children)
            if subj is None or subj.lower_ not in ("it", "they", "we") and not own or not any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in t.children):
                continue
            speech = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
            speech = speech if speech is not None and speech.lemma_ in SPEECH_VERBS | {"pledge", "promise", "vow"} else None
            # (every subject the parser gives the verb: it also hangs a dateline's city on it)
            for sj in [c for c in speech.children if c.dep_ == "nsubj"] if speech is not None else []:
                k = self._speaking_body(sj) if own else self._resolve_np(sj)  # (an official speaks for his own government)
                if k and self.etype(k) in ("GovernmentBody", "Organization") + (("Person",) if own else ()) and not self._is_news(k) and k not in out:
                    out.append(k)
                    break
        return out

    def _inquiry_authors(self, s: Sent) -> list:
        """(body, trigger word) for each body a sentence names as the author of an inquiry or the subject of a
        finding verb."""
        out = []
        for t in s.span:
            who = []
            if t.lemma_ in INVESTIGATION_PRODUCTS and t.pos_ == "NOUN" and self.mention_of(t) is None:
                for c in t.children:
                    if c.dep_ == "poss" or (c.dep_ == "compound" and self.mention_of(c) is not None):
                        who.append(c)  # "X's report", "a new X report"
                    elif c.dep_ == "prep" and c.lower_ in ("by", "of", "from"):
                        who += [g for g in c.children if g.dep_ == "pobj"]  # "an investigation by X", "of A and B"
                    elif c.dep_ in ("acl", "relcl") and c.lemma_ in INQUIRY_AUTHOR_PARTICIPLES \
                            and not (c.lemma_ == "commission" and any(g.dep_ == "conj" and g.lemma_ in ("lead", "head", "chair") for g in c.children)):
                        # ("commissioned by X and led by Y": Y holds the inquiry, X ordered it)
                        who += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            elif t.pos_ == "VERB" and t.lemma_ in INQUIRY_FINDING_VERBS and not any(c.dep_ == "neg" for c in t.children) \
                    and not any(c.lower_ == "guilty" for c in t.children) \
                    and not (t.lemma_ in MANDATE_VERBS and t.dep_ in ("acl", "relcl") and not any(c.dep_ in ("ccomp", "dobj") for c in t.children)):
                # (not "the commission, established by the Council in 2022": who set a body up made it, and found nothing)
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ in ("it", "they"):
                    speech = next((a for a in t.ancestors if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB"), None)
                    subj = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
                elif subj is not None and subj.lower_ in ("which", "that", "who") and t.dep_ == "relcl":
                    subj = t.head  # "the commission, which found that ..."
                who += [subj] if subj is not None else []
                who += [g for a in t.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]  # "was documented by X"
            for w in who:
                for x in [w, *w.conjuncts]:
                    k = self.entity_at(x) or next((self.entity_at(c) for c in x.children if c.dep_ in ("compound", "appos")
                                                   and self.entity_at(c)), None)  # "the Dhaka-based group Odhikar"
                    if k is None or self.etype(k) not in ("Organization", "GovernmentBody", "Group") and not (
                            self.etype(k) == "Person" and self._is_monitor(k)):  # "UN rapporteur X found that ...": of a monitor
                        continue
                    if self.etype(k) == "Group" and not re.search(r"experts|investigators|team|mission|panel|rights groups|monitors|researchers|prosecutors", self.ex.entities[k].name, re.I):
                        continue
                    if self._is_news(k) and t.lemma_ not in INVESTIGATION_PRODUCTS:
                        continue  # the press reports; it investigates when the text says its investigation
                    if self._is_sanctioner(k) and not self._is_monitor(k) and t.lemma_ not in INVESTIGATION_PRODUCTS:
                        continue  # "the Treasury found that X had ...": the grounds of a designation
                    if t.lemma_ in ("confirm", "find", "establish") and (self.ex.entities[k].name.lower().split() or [""])[-1] in BARE_ACTOR_HEADS:
                        continue  # "Police confirmed that three protesters were killed": a force telling, not an inquiry
                    out.append((k, t))
        return out

    @staticmethod
    def _fallback_finding(s: Sent, trig) -> str | None:
        """What an investigation found, from its words: none, not yet, or confirmed."""
        text = s.span.text
        if FINDING_NOT.search(text) and not any(t.lower_ in DENY_WORDS for t in s.span):
            return "not_confirmed"  # (not "the ministry rejected the report as unfounded": that is the denier's word)
        if FINDING_ONGOING.search(text) or any(c.dep_ == "aux" and c.lemma_ == "be" for c in trig.children) and trig.tag_ == "VBG":
            return "ongoing"
        if FINDING_CONFIRMED.search(text) or trig.lemma_ in ("find", "conclude", "establish", "confirm", "document", "uncover", "corroborate") \
                or trig.lemma_ in INVESTIGATION_PRODUCTS:
            return "confirmed"
        return None

    def _verdict(self, s: Sent) -> bool:
        """A court that convicts or sentences someone the text accuses ("A court in X sentenced Y to 20 years for the
        massacre", "the regional court found three officers guilty of murder", "Courts in X have convicted both of them
        of corruption", "he was sentenced in absentia by the Court of Appeal") has tried the case and found it proven:
        an investigation by the court, confirmed, of the one convicted. A guilty plea before a court ("X pleaded guilty
        in the District Court to ...") is proven the same way, by the accused's own word; an acquittal ("the court
        acquitted X") is a trial that found it not proven. Not a court jailing a critic: only when the one convicted is
        the doer of an abuse the sentence tells, or someone the text's sanctions are on."""
        if not s.span.lemmas & {"convict", "sentence", "find", "plead", "acquit"}:
            return False
        if s.index not in self.abuse_matches and not self.sanction_targets and not CUSTODY_RULING_HINT.search(s.span.text):
            return False
        ev = self.span(s.start, s.end)
        perps = {c.roles.get("perpetrator") for (ct, _), c in self.claims.items() if ct == "abuse" and ev in c.evidence}
        perps |= {k for ts in self.sanction_targets.values() for k in ts if self.etype(k) == "Person"}
        for t in s.span:
            guilty = t.lemma_ == "find" and any(c.lower_ == "guilty" for c in t.children)
            pleaded = t.lemma_ == "plead" and any(c.lower_ == "guilty" for c in t.children)
            if t.pos_ != "VERB" or not (t.lemma_ in ("convict", "sentence", "acquit") or guilty or pleaded) \
                    or any(c.dep_ == "neg" for c in t.children):
                continue
            # (a verb that shares its subject: "A court ... found X guilty of treason and sentenced him to 27 years";
            # a dateline the parser makes a second subject: "PHNOM PENH, March 3 - A court in Cambodia found ...")
            shares = t.dep_ == "conj" and t.head.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
            subjects = [c for v in ([t, t.head] if shares else [t]) for c in v.children if c.dep_ == "nsubj"]
            subj = next((c for c in subjects if not self._in_dateline(c)), subjects[0] if subjects else None)
            convicted = next((c for c in t.children if c.dep_ == "dobj"), None)
            if pleaded:
                # "X and Y each pleaded guilty in the Eastern District of New York to ...": the court is where they
                # pleaded, the ones who pleaded are the subject
                convicted, subj = subj, next((g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "before")
                                              for g in c.children if g.dep_ == "pobj"), None)
            if subj is None and convicted is None and t.dep_ == "amod" and t.tag_ == "VBN":
                # "A Russian military court on Monday sentenced theatre director X ...": the tagger took the verb for a
                # participle of the noun after it; the court named just before is its subject, that noun its object
                subj = next((c for c in reversed(t.doc[max(s.span.start, t.i - 8):t.i]) if c.lemma_ in ("court", "tribunal") and c.pos_ == "NOUN"), None)
                convicted = t.head if subj is not None else None
                while convicted is not None and convicted.dep_ == "compound" and convicted.head.i > convicted.i:
                    convicted = convicted.head  # ("theatre director Yevgenia Berkovich": the name the title leads to)
            if subj is None and convicted is None:  # "he was sentenced by the Court of Appeal": the agent tried him
                subj = next((g for c in t.subtree if c.lower_ == "by" and c.dep_ in ("agent", "prep") and all(
                    a.dep_ in ("prep", "pobj", "agent") for a in [c, *c.ancestors] if t.is_ancestor(a))
                             for g in c.children if g.dep_ == "pobj"), None)  # ("sentenced in absentia by the court")
                convicted = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            elif subj is None or self._in_dateline(subj):
                # "CONAKRY, July 31 - A court in Guinea sentenced ...": the parser hangs the dateline on the verb
                subj = ([c for c in subj.children if c.dep_ == "appos"] or [None])[-1] if subj is not None else None  # (not "May 2")
                subj = subj or self._dateline_subject(s, t)
            if convicted is None and guilty:  # "found three officers guilty": the parser makes them the subject of "guilty"
                convicted = next((g for c in t.children if c.lower_ == "guilty" for g in c.children if g.dep_ == "nsubj"), None)
            if subj is None or convicted is None:
                continue
            found = []
            for c in [convicted, *convicted.conjuncts]:
                one = self._resolve_np(c)
                if one is not None and c.pos_ == "PRON" and self._named_within(one, subj, t):
                    one = self._person_before(self.tstart(subj.left_edge), one)  # (not the judge who presided)
                found += [one] if one is not None else self._counted_people(c, s)  # ("convicted both of them")
            found = [k for k in dict.fromkeys(found) if k in perps or self.etype(k) in ("Person", "Group", "Organization")]
            if not found:
                continue
            court = self._court(subj)
            if court is None and pleaded and subj.lower_ == "district" and subj.text[:1].isupper():
                # "pleaded guilty in the Eastern District of New York": a federal court called by its district
                words = [g for g in subj.subtree if g.dep_ != "det" and not g.is_punct]
                start, end = self.tstart(words[0]), self.tstart(words[-1]) + len(words[-1].text)
                court = self.phrase_entity("GovernmentBody", " ".join(self.text[start:end].split()), start, end)
            if court is None:
                continue
            finding = "not_confirmed" if t.lemma_ == "acquit" else "confirmed"
            court = self._court_told_before(court, found)
            # (once: not where the sentence told the repression already, as the state's: "a court in Minsk jailed ...")
            critics = finding == "confirmed" and self._jails_dissent(s) and not any(
                ct == "abuse" and c.roles.get("abuse_type") == "repression_of_dissent" and ev in c.evidence for (ct, _), c in self.claims.items())
            for k in found:
                self.add_claim("investigation", {"investigator": court}, {"target": k, "date": self.sent_date(s),
                                                                         "finding": finding}, ev, confidence=0.55)
                if critics and k not in perps:
                    # "a court sentenced the journalist X to nine years": a critic silenced by the court that tried her
                    self.add_claim("abuse", {"perpetrator": court, "abuse_type": "repression_of_dissent"},
                                   {"victim": k, "location": self._abuse_place(s), "date": self.sent_date(s)}, ev, status="reported",
                                   confidence=0.5)
            return True
        return False

    def _upheld_verdict(self, s: Sent) -> bool:
        """A higher court that upholds or confirms a sentence or conviction ("the Supreme Court upheld the sentence",
        "the High Court upheld their life sentences", "a regional court confirmed the life sentence") has tried the
        case again and found it proven: an investigation by that court, confirmed, of the one convicted. Whose sentence
        it is: the possessor the sentence names ("their"), else the one the last verdict before it in the text
        convicted. Not a court upholding anything else ("upheld the ban", "confirmed the charges")."""
        if not s.span.lemmas & {"uphold", "confirm"}:
            return False
        done = False
        for t in s.span:
            if t.pos_ != "VERB" or t.lemma_ not in ("uphold", "confirm") or any(c.dep_ == "neg" for c in t.children):
                continue
            # (the noun right after the verb: the parser hangs "the sentence days later" on "days")
            obj = next((c for c in t.doc[t.i + 1:min(t.i + 5, s.span.end)] if c.lemma_ in VERDICT_NOUNS and c.pos_ == "NOUN"
                        and not any(v.pos_ in ("VERB", "AUX") or v.is_punct for v in t.doc[t.i + 1:c.i])), None)
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            court = self._court(subj) if obj is not None and subj is not None else None
            if court is None:
                continue
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            target = self._resolve_np(owner) if owner is not None else None
            before = self._convicted_before(self.tstart(t), court)
            if target is None or self.etype(target) not in ("Person", "Group", "Organization"):
                target = before.roles["target"] if before is not None else None
            if target is None:
                continue
            # (its own clause's date, "upheld their sentences in May 2017"; else, "days later", the verdict's)
            date = self._date_in_clause(t) or (before.roles.get("date") if before is not None else None) or self.sent_date(s)
            self.add_claim("investigation", {"investigator": court}, {"target": target, "date": date,
                                                                     "finding": "confirmed"}, self.span(s.start, s.end), confidence=0.55)
            done = True
        return done

    def _named_within(self, key: str, subj, verb) -> bool:
        """Whether ``key`` is named between the subject's first word and its verb ("Branch 15 of the Court, presided
        over by judge X, had convicted him": "him" is no one the court's own phrase names)."""
        lo, hi = self.tstart(subj.left_edge), self.tstart(verb)
        return any(lo <= m.start < hi for m in self.ex.entities[key].mentions)

    def _person_before(self, pos: int, other: str) -> str | None:
        """The person named last before ``pos``, other than ``other``: whom a pronoun stands for when the one the
        resolver took is named in between."""
        best, at = None, -1
        for key, ent in self.ex.entities.items():
            if key != other and ent.type == "Person":
                last = max((m.start for m in ent.mentions if m.start < pos), default=-1)
                if last > at:
                    best, at = key, last
        return best

    def _convicted_before(self, pos: int, court: str):
        """The last court verdict told before ``pos`` (by another court than ``court``), a claim: whose sentence a
        higher court upholds when the text just says "the sentence", and when it was passed."""
        best, at = None, -1
        for (ct, _), c in self.claims.items():
            inv = c.roles.get("investigator")
            if ct != "investigation" or inv == court or c.roles.get("finding") != "confirmed" or c.roles.get("target") is None \
                    or not COURT_NAME_RE.search(self.ex.entities[inv].name):
                continue
            start = min((e.start for e in c.evidence), default=pos)
            if at < start < pos:
                best, at = c, start
        return best

    @staticmethod
    def _jails_dissent(s: Sent) -> bool:
        """Whether a verdict's sentence says that those tried speak out or protest ("the journalist X", "opposition
        leader X", "a mass trial of activists and dissidents", "the leader of the protest movement")."""
        words = DISSENT_VICTIM_WORDS | DISSENT_TARGET_WORDS
        return any(t.lower_ in words or t.lower_ + "s" in words for t in s.span if t.pos_ in ("NOUN", "PROPN"))

    def _court_told_before(self, court: str, convicted: list) -> str:
        """A story opens on "a court in X sentenced Y" and names the court further down ("the Z regional court found Y
        guilty"): one court and one verdict, kept under the words it was first told by."""
        for (ct, _), c in self.claims.items():
            first = c.roles.get("investigator")
            if ct == "investigation" and first != court and c.roles.get("target") in convicted \
                    and re.match(r"(?i)an?\s+(?:\w+\s+)?(?:court|tribunal)\b", self.ex.entities[first].name):
                return first
        return court

    def _trial_under_way(self, s: Sent) -> bool:
        """A trial before a court that has not ended ("his trial before an anti-terrorism court in Karachi is ongoing",
        "X went on trial in the Tesk Regional Court"): the court is trying the case, its finding not yet given, about the
        one on trial. Only a court the sentence names, and not a trial asked for or expected ("should stand trial")."""
        if self.text.find("trial", s.start, s.end) < 0:
            return False
        for t in s.span:
            if t.lemma_ != "trial" or t.pos_ != "NOUN" or self._unrealised(t) or any(c.lower_ in ("new", "fair") for c in t.children):
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in ("end", "conclude", "close", "finish", "collapse", "postpone", "adjourn"):
                continue  # "the trial ended in May": no longer, or not yet, under way
            holders = [t, t.head] if t.dep_ == "pobj" and t.head.lower_ == "on" else [t]  # "went on trial in X"
            holders += [h.head for h in holders if h.dep_ == "prep"]
            court = next((self._court(g) for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("before", "in", "at")
                          for g in c.children if g.dep_ == "pobj" and self._court(g)), None)
            if court is None:
                continue
            who = next((c for c in t.children if c.dep_ == "poss"), None) or next(
                (g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            if who is None and t.dep_ == "pobj":
                verb = t.head.head
                who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            target = self._resolve_np(who) if who is not None else None
            self.add_claim("investigation", {"investigator": court}, {"target": target if target != court else None,
                                                                     "date": self.sent_date(s), "finding": "ongoing"},
                           self.span(s.start, s.end), confidence=0.55)
            return True
        return False

    def _named_as_responsible(self, s: Sent) -> bool:
        """A body that names or identifies someone as responsible for abuses ("was also named by the country's Truth and
        Reconciliation Commission in 2009 as one of the people most responsible for atrocities", "the commission
        identified Colonel X as the officer responsible for the massacres") has found it: an investigation by the body,
        confirmed, of the one named. Only a body (not a person, the press or a sanctioner, whose naming is a
        designation), and only "as ... responsible" or "as the perpetrator"."""
        if not re.search(r"(?i)\bas\b.{0,80}\b(?:responsible|perpetrators?|culprits?)\b", self.text[s.start:s.end]):
            return False
        for t in s.span:
            if t.pos_ != "VERB" or t.lemma_ not in ("name", "identify", "single", "list") or any(c.dep_ == "neg" for c in t.children):
                continue
            as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if as_ is None or not any(g.lower_ == "responsible" or g.lemma_ in ("perpetrator", "culprit") for g in as_.subtree):
                continue
            first, last = min(as_.subtree, key=lambda x: x.i), max(as_.subtree, key=lambda x: x.i)
            a, b = self.tstart(first), self.tstart(last) + len(last.text)
            if not any(a <= m.start() < b for m, _ in self.abuse_matches.get(s.index, ())) \
                    and not re.search(r"(?i)\b(?:atrocities|crimes|abuses|violations)\b", self.text[a:b]):
                continue  # responsible for abuses, not "the office responsible for roads"
            agent = next((g for a in t.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            named = next((c for c in t.children if c.dep_ == "nsubjpass"), None) if agent is not None else None
            if agent is None:
                agent = next((c for c in t.children if c.dep_ == "nsubj"), None)
                named = next((c for c in t.children if c.dep_ == "dobj"), None)
            body = self._resolve_np(agent) if agent is not None else None
            if body is None or self.etype(body) not in ("Organization", "GovernmentBody", "Group") or self._is_news(body) \
                    or self._is_sanctioner(body) or self._actor_is_sanctioned(body):
                continue
            target = self._resolve_np(named) if named is not None else None
            self.add_claim("investigation", {"investigator": body}, {"target": target, "date": self.sent_date(s), "finding": "confirmed"},
                           self.span(s.start, s.end), confidence=0.55)
            return True
        return False

    def _custody_ruling(self, s: Sent) -> bool:
        """A court that rules on the custody of someone awaiting trial ("A court in X ruled that he should stay in jail",
        "the court ordered her held in pre-trial detention", "a judge remanded him in custody") has a case against them
        under way: an investigation by the court, ongoing, of the one held."""
        if not CUSTODY_RULING_HINT.search(self.text, s.start, s.end):
            return False
        for t in s.span:
            if t.pos_ != "VERB" or t.lemma_ not in ("rule", "order", "remand", "decide") or any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj" and not self._in_dateline(c)), None)
            court = self._court(subj) if subj is not None else None
            if court is None:
                continue
            said = [g for c in t.children if c.dep_ in ("ccomp", "xcomp", "dobj", "prep", "oprd") for g in c.subtree]
            if not any(g.lower_ in CUSTODY_RULING_WORDS or g.lemma_ in CUSTODY_RULING_WORDS for g in said) and t.lemma_ != "remand":
                continue
            held = next((c for c in t.children if c.dep_ == "dobj"), None)
            if held is None:
                clause = next((c for c in t.children if c.dep_ in ("ccomp", "xcomp")), None)
                held = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
            target = self._resolve_np(held) if held is not None else None
            if target is not None and self.etype(target) != "Person":
                target = None
            self.add_claim("investigation", {"investigator": court}, {"target": target, "date": self.sent_date(s), "finding": "ongoing"},
                           self.span(s.start, s.end), confidence=0.55)
            return True
        return False

    def _warrant(self, s: Sent) -> bool:
        """A court, its judges or a prosecutor that issues or obtains a warrant for someone's arrest ("the Regional
        Court issued arrest warrants for A and B", "prosecutors obtained a warrant for the arrest of C") has an inquiry
        into them under way: an investigation by that body, ongoing, of the first one sought. Not a warrant only
        called for, refused or rejected, nor one whose issuer the sentence does not name as a court or prosecutor."""
        if not s.span.lowers & LEGAL_STEP_NOUNS:
            return False
        for w in s.span:
            if w.lower_ not in LEGAL_STEP_NOUNS or w.pos_ != "NOUN" or w.dep_ != "dobj":
                continue
            verb = w.head
            if verb.lemma_ not in WARRANT_VERBS or verb.pos_ != "VERB" or self._unrealised(verb):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            body = self._warrant_issuer(subj) if subj is not None else None
            if body is None:
                continue
            sought = None
            for prep in [*w.children, *verb.children]:  # (the parser may hang "for ..." on the verb)
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ == "for" else None
                if obj is not None and obj.lemma_ in ("arrest", "detention", "extradition"):  # "a warrant for the arrest of X"
                    of = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
                    obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                sought = self._resolve_np(obj) if obj is not None else None
                if sought is None and obj is not None:  # "for the arrest of the former minister, X": the name in apposition
                    sought = next((self._resolve_np(g) for g in obj.children if g.dep_ == "appos" and self._resolve_np(g)), None)
                if sought is not None:
                    break
            self.add_claim("investigation", {"investigator": body}, {"target": sought, "date": self.sent_date(s), "finding": "ongoing"},
                           self.span(s.start, s.end), confidence=0.55)
            return True
        return False

    def _warrant_issuer(self, subj) -> str | None:
        """The court or prosecutor's office a warrant's issuer names: a court itself ("the Regional Court", "a court in
        Dorav"), the court its judges or chamber belong to ("judges of the Regional Court", "a pre-trial chamber of the
        X Tribunal"), or prosecutors named in lower case ("prosecutors in Dorav")."""
        court = self._court(subj)
        if court is not None:
            return court
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and (subj.lemma_ in ("judge", "chamber", "prosecutor", "panel") or self.etype(self.entity_at(subj)) in (
                "GovernmentBody", "Organization")):
            court = self._court(obj)
            if court is not None:
                return court  # "the judges of the X Court", "Pre-Trial Chamber II of the X Court"
        if subj.lower_ in ("they", "it"):  # "prosecutors said they had obtained a warrant": whoever said so
            speech = next((a for a in subj.head.ancestors if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB"), None)
            sj = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
            return self._warrant_issuer(sj) if sj is not None and sj.lower_ not in ("they", "it") else None
        k = self.entity_at(subj)
        if k is not None and self.etype(k) in ("GovernmentBody", "Organization"):
            return k  # "the Attorney General's Office", "the Department of Justice": a body that takes out a warrant
        if k is None and subj.lemma_ in ("prosecutor", "prosecutors") and subj.pos_ == "NOUN":
            # "prosecutors", "military prosecutors", "Prosecutors in France and Germany"
            return self._seated_body(subj) or self._body_phrase(subj) or self._force_entity(subj)
        return None

    def _court(self, subj) -> str | None:
        """The court a subject names: a named court ("the Tesk Regional Court"), else the words that say which court
        ("A court in Castavia", "a military tribunal"), from the article through the place it sits in; a bare "the
        court" or "the tribunal" is the court named last before it."""
        if subj.lemma_ in ("court", "tribunal") and subj.pos_ == "NOUN" \
                and [c.lower_ for c in subj.children if c.i < subj.i] in (["the"], ["the", "same"], ["that"], ["this"]):
            # ("Last year the same court sentenced X": the court told of before, too)
            pos, best, at = self.tstart(subj), None, -1
            for key, ent in self.ex.entities.items():
                if ent.type in ("GovernmentBody", "Organization") and COURT_NAME_RE.search(ent.name) \
                        and ent.name.lower() not in ("the court", "the tribunal"):
                    last = max((sp.start for sp in ent.mentions if sp.start < pos), default=-1)
                    if last > at:
                        best, at = key, last
            if best is not None:
                return best
        k = self.entity_at(subj)
        if k is not None:
            name = self.ex.entities[k].name.lower()
            return k if self.etype(k) in ("GovernmentBody", "Organization") and COURT_NAME_RE.search(name) else None
        if subj.lemma_ not in ("court", "tribunal", "jury") or subj.pos_ not in ("NOUN", "PROPN"):
            return None  # ("was convicted by a Manhattan federal jury": a jury's verdict is the court's)
        # (not "June 27 - A court in Casablanca": a dateline the parser hangs on the court is no part of its name; a
        # court the NER missed, "the Supreme Court", is named without its article)
        first = min((c for c in subj.subtree if c.i <= subj.i and not c.is_punct and not self._in_dateline(c)
                     and not (subj.pos_ == "PROPN" and c.dep_ == "det")), key=lambda c: c.i, default=subj)
        last = self._seat_end(subj)
        start, end = self.tstart(first), self.tstart(last) + len(last.text)
        return self.phrase_entity("GovernmentBody", " ".join(self.text[start:end].split()), start, end)

    def _seated_body(self, noun, first=None) -> str | None:
        """Officials named by their office and the place they sit in ("Prosecutors in France and Germany", "investigators
        in Tesk"): one body named by the whole phrase, or None when no place follows the noun."""
        last = self._seat_end(noun)
        if last.i == noun.i:
            return None
        start, end = self.tstart(first if first is not None else noun), self.tstart(last) + len(last.text)
        return self.phrase_entity("GovernmentBody", " ".join(self.text[start:end].split()), start, end)

    def _seat_end(self, noun):
        """The last word of the place a body named by a common noun sits in, said right after it ("a court in the
        Aegean town of Aliaga", "a military court in Rostov-on-Don", "prosecutors in France and Germany"): the place
        tells which court or which prosecutors, and is part of their name; ``noun`` itself when none follows."""
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i == noun.i + 1:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is None:
                    return noun
                of = [x for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"
                      for x in g.children if x.dep_ == "pobj"]  # ("a court in the Aegean town of Aliaga")
                places = [obj, *of, *obj.conjuncts]
                if any(self.etype(self.entity_at(x)) in ("Country", "Place", "Region", "GovernmentBody")
                       or x.pos_ == "PROPN" and self.etype(self.entity_at(x)) in (None, "Person") and x.text[:1].isupper()
                       and not any(g.dep_ == "case" for g in x.children) for x in places):
                    # (a proper name no gazetteer took is a town it lacks, whatever the NER typed it: "Rostov-on-Don";
                    # but not someone's: "investigators in Ivo Rask's case")
                    return max(obj.subtree, key=lambda g: g.i)
        return noun

    @staticmethod
    def _subject_verb(t):
        """The verb ``t`` is the subject of; "investigating judges" read by the parser as a clause ("investigating"
        with "judges" its object) is the subject of the verb that clause hangs on."""
        if t.dep_ == "nsubj":
            return t.head
        if t.dep_ == "dobj" and t.i > 0 and t.head.i == t.i - 1 and t.head.tag_ == "VBG" and t.head.dep_ in ("csubj", "nsubj", "amod"):
            return t.head.head
        return None

    @classmethod
    def _holds_inquiry(cls, subj) -> bool:
        """Whether ``subj`` is who opens, conducts or closes an inquiry ("X opened a preliminary examination", "the
        judges completed their inquiry into ..."); not who orders, demands or rejects one."""
        verb = cls._subject_verb(subj)
        return verb is not None and verb.pos_ == "VERB" and verb.lemma_ in INQUIRY_CONDUCT_VERBS and not any(c.dep_ == "neg" for c in verb.children) \
            and any(c.dep_ == "dobj" and c.lemma_ in INVESTIGATION_PRODUCTS for c in verb.children)

    @staticmethod
    def _authors_inquiry(t) -> bool:
        """Whether ``t`` names who made an investigation ("a joint investigation of A, B and C", "an investigation by
        the Kesh Times"): the phrase after "by" or "of" on an investigation noun, or one of its conjuncts."""
        while t.dep_ in ("compound", "amod", "flat") and t.head.i != t.i:
            t = t.head
        while t.dep_ in ("conj", "appos") and t.head.i != t.i:
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ in ("by", "of") and t.head.head.lemma_ in ("investigation", "probe", "inquiry")

    def _named_body_again(self, t) -> str | None:
        """"The Bureau interviewed former detainees" after "the International Bureau for Human Rights (IBHR) said":
        "the" and a word of the name of a body named before, as the one who investigates."""
        verb = self._subject_verb(t)
        if verb is None or t.pos_ not in ("NOUN", "PROPN") or self.entity_at(t) is not None \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return None
        if not (verb.lemma_ in INVESTIGATOR_VERBS and verb.pos_ == "VERB" or self._holds_inquiry(t) or self._gathers_evidence(verb)):
            return None
        return self._body_for_noun(t.lower_, self.tstart(t), monitors=True)

    def _office_holders(self, t) -> str | None:
        """Investigators news names by their office in lower case ("Oskian investigating judges", "prosecutors in
        Tesk") as the subject of their inquiry's verb: a body named by the noun and the words before it."""
        verb = self._subject_verb(t)
        if verb is None or self.entity_at(t) is not None or t.pos_ != "NOUN" or not t.text[1:].islower() \
                or t.lemma_ not in INQUIRING_OFFICE_NOUNS | {"judge", "magistrate"}:
            return None
        if not (verb.lemma_ in INVESTIGATOR_VERBS and verb.pos_ == "VERB" or self._holds_inquiry(t) or self._gathers_evidence(verb)):
            return None
        first = t
        while first.i > 0 and (first.nbor(-1).i == t.head.i or first.i <= first.nbor(-1).head.i <= t.i) \
                and (first.nbor(-1).text.islower() or first.nbor(-1).ent_type_ == "NORP" or first.nbor(-1).text in self.gaz.demonyms):
            first = first.nbor(-1)  # "Oskian investigating judges"
        return self._seated_body(t, first) or self._body_phrase(t) or self._force_entity(t, first if first.i != t.i else None)

    def _place_told(self, t, m) -> bool:
        """Whether a region stands where something happened, or was moved to, rather than as whom an inquiry looks into
        ("interviewed detainees in Almaty, Taldykorgan and other cities", "moved the trial to Mumbai", "detained at the
        Maharajgunj barracks", "soldiers operating inside Congo"): a place word, or a name that only qualifies a noun."""
        node = self._root(t, m)
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # (each of the places listed after the preposition)
        if node.dep_ == "pobj" and node.head.lower_ in ("in", "at", "near", "from", "to", "inside", "across", "throughout", "within", "around"):
            return True
        # (but "Kessum province", "Brenn city" name the place itself, which may be whom the inquiry is about)
        return node.dep_ == "compound" and node.head.pos_ == "NOUN" and node.head.is_lower and self.mention_of(node.head) is None \
            and node.head.lemma_ not in ADMINISTRATIVE_PLACE_WORDS | PLACE_NOUNS

    def _root(self, t, m):
        """The head word of the mention that starts at ``t`` ("Watch" of "Human Rights Watch"): where the parse hangs it."""
        while t.head.i > t.i and self.mention_of(t.head) is m:
            t = t.head
        return t

    def _gathers_evidence(self, t) -> bool:
        """Gathering what an investigation is made of ("collected the testimony of 450 people", "was gathering evidence
        of attacks", "opened a criminal case") is investigating, whatever the text calls the body."""
        return t.pos_ == "VERB" and t.lemma_ in EVIDENCE_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in EVIDENCE_NOUNS and not (c.lemma_ == "case" and not any(
                g.lower_ in ("criminal", "murder") for g in c.children)) for c in t.children)

    def _co_investigators(self, s: Sent, key: str) -> list[str]:
        """Bodies coordinated with the investigator as the subject ("U.N. investigators and rights groups have
        documented ..."): each did the work."""
        out = []
        for m, t in self.sent_entities(s):
            t = self._root(t, m)
            if m.entity != key or not (t.dep_ == "nsubj" or self._authors_inquiry(t)):
                continue
            for c in t.conjuncts:
                k = self.entity_at(c)
                if k and k != key and k not in out and self.etype(k) in ("Organization", "GovernmentBody", "Group") \
                        and (self._is_monitor(k) or (self.mention_of(c) is not None and self.mention_of(c).extra.get("investigator"))
                             or self._authors_inquiry(c)):
                    out.append(k)
        # "A said it had opened an investigation into X, and B said it was examining ...": each speaker holds its own
        for t in s.span:
            told = self._says_it_investigates(t)
            if told is not None and told[1] != key and told[1] not in out and self.etype(told[1]) in ("Organization", "GovernmentBody"):
                out.append(told[1])
        return out

    def _investigator(self, s: Sent) -> str | None:
        """Who investigated, by pattern: "<ORG> investigated/found/documented/concluded ...", "an investigation
        (conducted) by <ORG>", "<ORG>'s report", "a UN fact-finding mission"; else an investigating body named in the sentence."""
        def ok(k, t) -> bool:
            typ = self.etype(k)
            if typ not in ("Organization", "Person", "GovernmentBody", "Group") or self._actor_is_sanctioned(k):
                return False
            if self._is_news(k) and not self._authors_inquiry(t):
                return False  # the press reports; it investigates only when the text says its investigation
            if typ == "Group" and not re.search(r"experts|investigators|team|mission|panel|rights groups|monitors|researchers|prosecutors|detectives", self.ex.entities[k].name, re.I):
                return False
            if typ == "Person" and self._has_authority_title(k) and not self._leads_inquiry(t):
                return False
            return not (t.dep_ == "pobj" and t.head.lower_ in ("into", "against", "on", "of"))

        cands = []
        for t in s.span:
            k = self.entity_at(t) or self._body_phrase(t) or self._office_holders(t) or self._named_body_again(t)  # "an inquiry by the regional prosecutor"
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
            if node.dep_ == "nsubj" and node.head.lemma_ in INVESTIGATOR_VERBS or self._holds_inquiry(node):
                score = max(score, 4)
            # "an investigation by X", "a report released by X", "X's report"
            for a in t.ancestors:
                if a.lower_ == "by" and (a.head.lemma_ in INVESTIGATION_PRODUCTS or a.head.lemma_ in ("conduct", "release", "publish", "issue", "carry")
                                         or any(c.lemma_ in INVESTIGATION_PRODUCTS for c in [a.head, *a.head.ancestors][:3])
                                         or self._passive_inquiry_agent(a)):
                    score = max(score, 3)
                    break
            if (t.dep_ == "poss" or (node.dep_ == "poss")) and node.head.lemma_ in INVESTIGATION_PRODUCTS:
                score = max(score, 3)
            if self._leads_inquiry(t):
                score = max(score, 5)  # "an inquiry commissioned by X and led by Y found": Y's, over who set it up
            if self._authors_inquiry(t):
                score = max(score, 3)  # "a joint investigation of A, B and C"
            if t.dep_ == "compound" and t.head.lemma_ in INVESTIGATION_PRODUCTS and (m is None or not m.extra.get("byline")):
                score = max(score, 3)  # "a new Amnesty International report"
            # "X closed its own investigation", "X opened an inquiry": the subject of a verb whose object is the investigation
            if node.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_ in INVESTIGATION_PRODUCTS for c in node.head.children) \
                    and node.head.lower_ not in DENY_WORDS and node.head.lemma_ not in REACTION_VERBS | {"condemn", "criticise", "criticize", "dispute", "object"}:
                # (not "the ministry rejected the UN report": who rejects a report did not write it)
                score = max(score, 4)
            if score:
                cands.append((score, -t.i, k))
        # "a judicial panel set up by the state government concluded ...": the body that set up an unnamed panel
        for t in s.span:
            if t.dep_ == "nsubj" and t.head.lemma_ in INVESTIGATOR_VERBS and t.lemma_ in INQUIRY_BODY_NOUNS and self.entity_at(t) is None:
                for c in t.children:
                    if c.dep_ == "acl" and c.lemma_ in MANDATE_VERBS:
                        agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
                        k = self._resolve_np(agent) if agent is not None else None
                        if k and ok(k, agent):
                            cands.append((4, -agent.i, k))
        # "a committee of senior police officers later concluded ...": an inquiry body the text does not name otherwise
        if not cands:
            for t in s.span:
                if t.dep_ == "nsubj" and t.head.lemma_ in INVESTIGATOR_VERBS and t.head.pos_ == "VERB" and t.lemma_ in INQUIRY_BODY_NOUNS \
                        and t.lemma_ not in INVESTIGATION_PRODUCTS and any(c.lower_ in ("a", "an") for c in t.children) \
                        and not any(c.dep_ in ("acl", "relcl") for c in t.children):
                    cands.append((3, -t.i, self._inquiry_body(t)))
        # "X said in a report released today. The 48-page report documents ...": the report is X's, the body that
        # monitors and was named last before it
        for t in s.span:
            if t.dep_ == "nsubj" and t.lemma_ in INVESTIGATION_PRODUCTS and t.head.lemma_ in INVESTIGATOR_VERBS \
                    and any(c.lower_ in ("the", "this", "its", "their") for c in t.children) and self.entity_at(t) is None:
                pos = self.tstart(t)
                prev = [m.entity for m in self.mentions if m.entity and m.start < pos and self.etype(m.entity) in ("Organization", "GovernmentBody")
                        and self._is_monitor(m.entity) and self.sent_at(m.start) is not None and s.index - self.sent_at(m.start).index <= 2]
                if prev and ok(prev[-1], t):
                    cands.append((3, -t.i, prev[-1]))
        # "UNAMI said it was investigating the killings": "it" is whoever said so; "X said its investigation had found"
        for t in s.span:
            if t.lower_ in ("its", "their") and t.dep_ == "poss" and t.head.lemma_ in INVESTIGATION_PRODUCTS:
                speech = next((a for a in t.head.ancestors if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB"), None)
                sj = self._speaker_subject(speech) if speech is not None else None
                k = self._speaking_body(sj)
                if k and ok(k, sj):
                    cands.append((4, -sj.i, k))
            told = self._says_it_investigates(t)
            if told is not None and ok(told[1], told[0]):
                cands.append((4, -told[0].i, told[1]))
        if cands:
            return max(cands)[2]
        return None

    def _leads_inquiry(self, t) -> bool:
        """Whether ``t`` names who leads an inquiry the text does not name ("an independent investigation commissioned
        by the Secretary-General and led by retired General X", "a panel headed by a former judge"): the agent of
        "led", "headed" or "chaired" said of an investigation or an inquiry body. Who commissioned or set it up did not
        hold it; a body the text names ("a judicial commission of inquiry into X, chaired by Y") holds it itself."""
        head = t
        while head.dep_ in ("compound", "flat", "amod") and head.head.i != head.i:
            head = head.head
        by = head.head
        if head.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_ not in ("lead", "head", "chair"):
            return False
        verb = by.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # ("commissioned by X and led by Y": the first participle hangs on the noun)
        return verb.dep_ == "acl" and (verb.head.lemma_ in INVESTIGATION_PRODUCTS or verb.head.lemma_ in INQUIRY_BODY_NOUNS) \
            and self.entity_at(verb.head) is None

    @staticmethod
    def _passive_inquiry_agent(by) -> bool:
        """Whether "by" names who opened an inquiry told in the passive ("an inquiry had been opened by the Investigation
        Bureau", "a probe was launched by prosecutors"): the verb's passive subject is the investigation. Not a verb
        that does something else to it ("the report was rejected by the ministry")."""
        verb = by.head
        return by.dep_ == "agent" and verb.pos_ == "VERB" and verb.lemma_ in INQUIRY_CONDUCT_VERBS \
            and any(c.dep_ == "nsubjpass" and c.lemma_ in INVESTIGATION_PRODUCTS for c in verb.children)

    def _says_it_investigates(self, t) -> tuple | None:
        """The speaker (its subject token and entity) who says "it" or its own office investigates: "UNAMI said it was
        investigating the killings", "X said his office had recorded 300 cases", "the governor said his government
        would investigate the prosecutors' conduct", "the director of the police said ...
        that the force had opened an internal inquiry"."""
        # ("X said his government would investigate the conduct of ...": the speaker's own government or ministry)
        own_staff = t.lower_ in INQUIRING_OFFICE_NOUNS | _OWN_BODY_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in t.children) and self.entity_at(t) is None
        own_body = t.lower_ in STATE_BODY_NOUNS | {"force", "police"} and self.entity_at(t) is None \
            and [c.lower_ for c in t.children if c.i < t.i] == ["the"]
        unsaid = self._opened_unsaid_by_whom(t)  # "He said an investigation had been opened into the deaths": the speaker's
        if not unsaid and not ((t.lower_ in ("it", "they") or own_staff or own_body) and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and (
                t.head.lemma_ in INVESTIGATOR_VERBS or self._gathers_evidence(t.head)
                or any(c.dep_ == "xcomp" and c.lemma_ in INVESTIGATOR_VERBS for c in t.head.children)  # "it had begun investigating"
                or any(c.dep_ == "dobj" and c.lemma_ in INVESTIGATION_PRODUCTS for c in t.head.children))):  # "they had opened an investigation"
            return None
        speech = next((a for a in t.head.ancestors if a.lemma_ in SPEECH_VERBS), None)
        sj = self._speaker_subject(speech) if speech is not None else None
        k = self._speaking_body(sj)
        if k and unsaid and (self.etype(k) not in ("Person", "GovernmentBody") or self._is_monitor(k)):
            return None  # ("rights groups said an investigation had been opened": they tell of another's inquiry)
        return (sj, k) if k else None

    @staticmethod
    def _opened_unsaid_by_whom(t) -> bool:
        """Whether ``t`` is an inquiry a passive clause says was opened or launched, with no one named as doing it ("an
        investigation had been opened into the deaths", "an inquiry has been launched"): said by an official, it is
        the official's own side that opened it."""
        v = t.head
        return t.dep_ == "nsubjpass" and t.lemma_ in INVESTIGATION_PRODUCTS and v.pos_ == "VERB" and v.lemma_ in INQUIRY_CONDUCT_VERBS \
            and not any(c.dep_ in ("agent", "neg") for c in v.children) and not any(c.lower_ in ("no", "any") for c in t.children)

    def _inquiry_object(self, s: Sent, investigator) -> str | None:
        """Whom "an investigation into X" or "a case against X" looks at: the first body, state or person named in the
        phrase, before any other name the sentence gives ("Ecuador's prosecutors opened an inquiry into Colonel X":
        the colonel, not the state whose prosecutors they are)."""
        for t in s.span:
            if t.lower_ not in ("into", "against") or t.dep_ != "prep":
                continue
            head = t.head
            if not (head.lemma_ in INVESTIGATION_PRODUCTS or any(c.dep_ == "dobj" and c.lemma_ in INVESTIGATION_PRODUCTS for c in head.children)):
                continue
            by = self._inquiry_agent(t, investigator)
            if by is not None:
                return by
            for c in t.subtree:
                k = self.entity_at(c)
                if k is not None and k != investigator and self.etype(k) in ("Country", "GovernmentBody", "Person", "Organization", "Group"):
                    return k
        return None

    def _inquiry_agent(self, into, investigator) -> str | None:
        """Who did what an inquiry looks into ("an investigation into the killing of civilians in Karma by men dressed
        in army uniforms", "a probe into the beating of X by police"): the agent of the act, named or not, not the
        victims or the place told before it."""
        # (the parser may hang the "by" on the verb that opens the inquiry, after "into": still the act's agent, while
        # that verb is active; "was opened by prosecutors into ..." names who holds it)
        after = [c for c in into.head.children if c.i > into.i and c.lower_ == "by"] \
            if not any(x.dep_ in ("auxpass", "nsubjpass") for x in into.head.children) else []
        for c in [*into.subtree, *after]:
            if c.lower_ != "by" or c.dep_ != "agent" and c.dep_ != "prep" or c.head.pos_ not in ("NOUN", "VERB"):
                continue
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is None:
                continue
            k = self.entity_at(obj)
            if k is not None and k != investigator and self.etype(k) in ("Country", "GovernmentBody", "Person", "Organization", "Group"):
                return k
            if obj.pos_ != "NOUN" or not obj.text.islower():
                continue
            words = [x for x in obj.subtree if x.i >= obj.i or x.dep_ in ("amod", "compound", "nummod")]
            end = next((n for n, x in enumerate(words) if x.text in (",", ";", "(", ")") or x.lower_ in ("who", "which", "and")), len(words))
            words = words[:end]
            start, stop = self.tstart(words[0]), self.tstart(words[-1]) + len(words[-1].text)
            return self.phrase_entity("Group", self.text[start:stop], start, stop)
        return None

    def _speaking_body(self, sj) -> str | None:
        """Who says "it" or "its" investigation: a state body news names in lower case ("Ostland's attorney general's
        office said it had opened ...") is that body, not the state its possessive names; else the subject's entity."""
        if sj is not None and self._in_dateline(sj):
            sj = next((c for c in sj.children if c.dep_ == "appos"), None)  # "QUITO, March 3 - X's attorney general's office said"
        if sj is None:
            return None
        k = self._resolve_np(sj)
        if sj.lower_ in TITLE_HEADS and self.etype(k) in PLACE_TYPES:
            # "The governor of X Province, Y, said his government would ...": the title holder the subject names speaks,
            # not the place his title is of (the parser often hangs the name set off after it on the place)
            people = {self.entity_at(x) for x in sj.subtree if self.etype(self.entity_at(x)) == "Person"}
            if len(people) == 1:
                return people.pop()
        if k is None or self.etype(k) == "Country" or strip_det(self.ex.entities[k].name).lower() == sj.lower_:
            return self._body_phrase(sj) or k  # (a name read as the state, or as the bare noun, says less)
        return k

    def _speaker_subject(self, verb):
        """The subject of a verb of saying; when the parser gave it two ("MINSK, Aug 27 - The X Centre said"), the one
        outside the dateline (a dateline taken for the subject is read through its apposition by _resolve_np)."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return next((c for c in subjects if not self._in_dateline(c)), subjects[0] if subjects else None)

    def _channel(self, s: Sent) -> list[str]:
        """The way a thing was said, told right after a verb of saying in place of a medium ("His wife, X, said by
        telephone that ...", "The court said on its website that ..."): the medium in the text's words."""
        for t in s.span:
            if t.pos_ != "VERB" or t.lemma_ not in SPEECH_VERBS or t.dep_ in ("acl", "amod") \
                    or not any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
                continue  # ("videos posted on social media showed ...": only a verb that tells what was said)
            m = CHANNEL_RE.match(self.text, self.tstart(t) + len(t.text))
            if m:
                return [self._medium_entity(" ".join(m.group(1).split()).lower())]
        return []

    def _named_subject(self, subj) -> str | None:
        """The person a subject names as itself: its own name, else a name set beside its noun ("Kem Sokha's daughter
        Kem Monovithya", "the ministry's spokesman, Ivo Rask"), else the one name of its phrase left when the possessor and
        any clause inside it are set aside ("X, the leader of a party which marched with the coalition Y,"): a person
        named in a relative clause or as whose kin the subject is, is not the one speaking."""
        if subj is None:
            return None
        own = self.entity_at(subj)
        if own is not None and self.etype(own) == "Person":
            return own
        for c in subj.children:
            if c.dep_ == "appos" and c.i > subj.i and self.etype(self.entity_at(c)) == "Person":
                return self.entity_at(c)
        if not any(self.etype(self.entity_at(c)) == "Person" for c in subj.subtree):
            return None
        aside = {g.i for c in subj.subtree if c.dep_ in ("relcl", "acl", "poss") for g in c.subtree}
        people = [self.entity_at(c) for c in subj.subtree if c.i not in aside and self.etype(self.entity_at(c)) == "Person"]
        return people[-1] if people else None

    def _counsel_speaker(self, subj) -> str | None:
        """Counsel who speak without a name of their own ("Danek's lawyer told reporters", "a lawyer for the businessman
        said in a statement", "One of the defence lawyers told reporters"): the statement is the lawyer's, named by the
        words the text uses, not the client's; the client's name inside the phrase only says whose lawyer. A lawyer
        given a name ("His lawyer, Ivo Danek, said") is that person, left to the rules that read names."""
        if subj is None:
            return None
        head = subj
        if subj.lower_ in ("one", "some", "several", "two", "three", "both", "all") and subj.pos_ in ("NUM", "PRON", "DET", "ADJ", "NOUN"):
            head = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if head is None or head.pos_ != "NOUN" or not (head.text.islower() or head.is_sent_start and head.text[1:].islower()):
            return None
        if head.lemma_.lower() not in COUNSEL_NOUNS and head.lower_ not in UNNAMED_PLURAL_SPEAKERS:
            return None  # (but "Relatives told reporters", "Police spokespeople have denied": people unnamed, in the plural)
        if any(c.dep_ in ("appos", "compound", "nmod") and self.etype(self.entity_at(c)) == "Person" for c in head.children) \
                or self.etype(self.entity_at(head)) == "Person" and self.mention_of(head) is not None:
            return None  # "lawyer Ivo Danek", "his lawyer, Ivo Danek": a named person
        return self._phrase_of(subj, head, "Group" if head.tag_ == "NNS" else "Person")

    def _phrase_of(self, subj, head, typ: str) -> str | None:
        """The entity of the noun phrase ``subj`` (whose noun is ``head``) named by its own words, without the clauses,
        appositions and conjuncts hung on it and without an indefinite article."""
        cut = {x.i for c in [*subj.children, *head.children] if c.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj")
               for x in c.subtree}
        toks = [x for x in subj.subtree if x.i not in cut]
        while toks and toks[0].dep_ == "det" and toks[0].lower_ in ("a", "an"):
            toks = toks[1:]  # ("a lawyer for X": the lawyer for X)
        if not toks or toks[-1].i < head.i:
            return None
        start, end = self.tstart(toks[0]), self.tstart(toks[-1]) + len(toks[-1].text)
        return self.phrase_entity(typ, self.text[start:end], start, end)

    def _is_news(self, key) -> bool:
        name = self.ex.entities[key].name.lower()
        return bool(re.search(r"\b(news|media|outlets?|newspaper|gazeta|times|post|tv|radio)\b", name))

    def _actor_is_sanctioned(self, key) -> bool:
        return any(key in v for v in self.sanction_targets.values())

    # denials -------------------------------------------------------------------------------

    # Dependencies that start a clause of its own: a date under one of them dates that clause's act, not the saying.
    _CLAUSE_DEPS = frozenset(("ccomp", "relcl", "advcl", "csubj", "parataxis", "conj", "xcomp", "pcomp"))

    def _said_date(self, s: Sent, verb) -> str | None:
        """The date of a saying: a date of the clause of its verb (or of the clause that frames it: "said on
        Monday it rejected"), never one of the words said nor of a clause about the speaker ("X, who seized power
        last December, denied ..."; "X said the forced return on Feb. 27 was ..."; "The army has maintained the
        officers were punished in 2005"). News dates what happened and what was said of it in one sentence; the
        annotated corpus dates a statement by when it was made. A saying the sentence does not date is the news
        day's (below)."""
        here = [d for d in self.dates if s.start <= d.start < s.end]
        if verb is None:
            return self.sent_date(s)
        frame = {verb.i}
        v = verb
        while v.dep_ in ("ccomp", "xcomp", "conj") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            frame.add(v.i)
        for d in here:
            tok = self._token_at(d.start)
            if tok is None or tok.doc is not verb.doc:
                continue
            node = tok
            # (a clause the parser hangs on the medium is words said: "said in a statement that the refugees deported on
            # Feb. 27 ..."; a bare participle is the medium's own: "in a statement released on Monday")
            while node.dep_ not in self._CLAUSE_DEPS and node.head.i != node.i and not (
                    node.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)):
                node = node.head
            if node.i in frame:
                return d.value
        if re.search(r"\bat the time\b|\bthen\b", s.span.text):
            return self.sent_date(s)  # "said at the time": the date the text told before
        answered = self._answered_work_date(s, verb)
        if answered:
            return answered
        # "The court delivered the verdict on Monday, her lawyer told reporters": a day of the news week the words said
        # name is the day they were said
        week = [d.value for d in here if self._in_news_week(d.value)]
        return week[0] if week else self._news_day()

    def _in_news_week(self, value: str) -> bool:
        """Whether ``value`` is a day of the week up to the document's date (a document dated by its month only, or
        not at all, has no news week)."""
        ref = self._doc_date()
        day = parse_day(ref)
        return day is not None and len(value) == 10 and (day - timedelta(days=7)).isoformat() <= value <= ref

    def _answered_work_date(self, s: Sent, verb) -> str | None:
        """ "A report delivered in December 2018 found the allegations credible. Russian authorities rejected the report.":
        a reply to a work the sentence before dated (and named) is dated by the work. A text tells the reply
        right after the work it answers; the reply came when the work did, not when the text was written."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PUBLISHED_WORK_NOUNS
                    and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "that", "this", "its", "their") for d in c.children)), None)
        if obj is None or s.index == 0:
            return None
        before = self.sents[s.index - 1]
        if before.para != s.para or not re.search(rf"\b{re.escape(obj.lemma_.lower())}", before.span.text, re.I):
            return None
        dates = [d.value for d in self.dates if before.start <= d.start < before.end]
        return dates[-1] if dates else None

    def _news_day(self) -> str | None:
        """The day the story happened, for a saying its sentence does not date: the day of the news week the lede
        names ("BRUSSELS - The EU on Monday imposed sanctions ... In a joint statement, the ministers said ...").
        A story written the next morning tells the act and the sayings about it by the act's weekday."""
        ref = self._doc_date()
        if not parse_day(ref):
            return ref or None  # (a document dated by its month only has no news week: the month dates the saying)
        lede = next((x for x in self.sents if x.span.text.rstrip().endswith(".") and len(x.span) > 12), None)
        if lede is None:
            return None
        days = [d.value for d in self.dates if self._in_news_week(d.value)
                and (x := self.sent_at(d.start)) is not None and x.para == lede.para]
        return days[0] if days else None

    def _denials(self):
        accused = self._accused()
        for s in self.sents:
            for k in self._rejects_by_deed(s, accused):
                self.add_claim("denial", {"denier": k}, {"date": self.sent_date(s)}, self.span(s.start, s.end), status="denied", confidence=0.55)
            denier, deniers, named_groups, said_by = None, [], set(), None
            trig = [t for t in s.span if t.lower_ in DENY_WORDS or self._accused_insists(t, accused) or self._pleads_innocent(t)
                    or self._claims_innocence(t)]
            content = DENY_CONTENT.search(s.span.text)
            if not trig:
                # (also beside a denial told by its content: "X said the man had died of natural causes, and a police
                # spokesman said the force had not mistreated anyone")
                not_so = self._says_it_did_not_happen(s, accused)
                if not_so is not None:
                    self.add_claim("denial", {"denier": not_so}, {"date": self.sent_date(s)}, self.span(s.start, s.end), status="denied", confidence=0.55)
                if not content:
                    continue
            trig = [tr for tr in trig if not self._withholds(tr)]  # "were denied access to lawyers": refused, not denying
            if not trig and not content:
                continue
            for tr in trig:
                if self._claims_innocence(tr):
                    tr = tr.head  # "said he was innocent": the copula has the subject
                if (have := self._split_perfect(tr)) is not None:
                    # "Police spokespeople have in the past rejected accusations": a perfect split by a phrase, which the
                    # parser reads as "have" with a "rejected accusations" object; "have" is the verb of the denial
                    tr = have
                elif tr.dep_ in ("amod", "compound"):
                    continue  # "after the disputed election": said of a noun, by nobody
                if self._removes_a_person(tr):
                    continue  # "dismissed al-Qahtani from his post": a person removed, nothing denied
                if tr.dep_ == "relcl" and tr.head.lower_ in ("those", "anyone", "people", "whoever"):
                    continue  # "holding to account those who deny ...": nobody in particular
                own = next((c for c in tr.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                ministry = self._ministry_of_minister(own) if own is not None else None  # "Interior Minister X ... The ministry denied"
                deniers = [ministry] if ministry else self._charges_told_before(tr) or self._subjects(tr)
                denier = deniers[0] if deniers else None
                if denier is None:
                    group = self._accused_group(tr)
                    if group is not None:
                        named_groups.add(group)
                        denier, deniers = group, [group]
                if denier is None and own is not None and own.lemma_ == "client":
                    client = self._client_of(tr)
                    if client is not None:
                        denier, deniers = client, [client]
                if denier is None and own is not None and own.pos_ == "NOUN" and any(c.dep_ == "poss" for c in own.children):
                    continue  # "Manh said his client had rejected the charges": the client denies, not the lawyer who says so
                if denier is None:
                    # "the RSF said it rejected ...": "it"/"they" is whoever said so
                    for a in tr.ancestors:
                        if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB":
                            denier = self._subject(a)
                            deniers = []
                            break
                if denier is None and own is not None and own.lower_ == "it" and tr.dep_ == "ROOT":
                    denier = self._body_said_before(s)  # "The ministry said in a statement that ... It rejected any suggestion"
                if denier is not None:
                    said_by = tr
                    # "The ministry dismissed the documentary as false, and the army's press directorate also rejected its
                    # claims" ("..., while the police denied ..."): a clause with a deny verb and a subject of its own is a
                    # second denier
                    for tr2 in trig:
                        if tr2.i > tr.i and tr2.dep_ in ("conj", "advcl") and tr2.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tr2.children):
                            deniers = [*deniers, *(k for k in self._subjects(tr2) if k not in deniers)]
                    break
            if denier is None and content:
                for t in s.span:
                    if t.lemma_ in SPEECH_VERBS | {"respond", "suggest", "attribute"} and t.pos_ == "VERB":
                        denier = self._subject(t)
                        if denier:
                            said_by = t
                            break
                if denier is not None and self._is_monitor(denier):
                    # "a defender who spent a decade in prison on fabricated charges, Human Rights Watch said": a
                    # monitor that calls the case against a victim false speaks for the victim and denies no deed
                    continue
            if denier is None:
                continue
            for d in [denier] + [k for k in deniers if k != denier]:
                if self.etype(d) not in ACTOR_TYPES or self.etype(d) == "Group" and not self._actor(d, []) and d not in named_groups:
                    continue
                self.add_claim("denial", {"denier": d}, {"date": self._said_date(s, said_by)}, self.span(s.start, s.end), status="denied", confidence=0.6)
        self._fallback_denials(accused)

    def _ministry_of_minister(self, subj) -> str | None:
        """Who "the ministry" is when the text names no ministry but a minister just before, in the same paragraph
        ("Interior Minister X told reporters ... The ministry denied that ..."): the minister's own body when the text
        gave him one, else the minister, who speaks for it. None for any other subject."""
        if subj.lower_ != "ministry" or self.entity_at(subj) is not None or [c.lower_ for c in subj.children] != ["the"]:
            return None
        pos = self.tstart(subj)
        para_start = self.text.rfind("\n", 0, pos) + 1
        best = None
        for (ct, _), c in self.claims.items():
            if ct != "position" or not re.search(r"(?i)\bminister\b", c.roles.get("role") or ""):
                continue
            at = [sp.start for sp in self.ex.entities[c.roles["person"]].mentions if para_start <= sp.start < pos]
            if at and (best is None or max(at) > best[0]):
                org = c.roles.get("org")
                best = (max(at), org if self.etype(org) == "GovernmentBody" else c.roles["person"])
        return best[1] if best else None

    def _body_said_before(self, s: Sent) -> str | None:
        """The body "It" opening a sentence stands for: the subject of the sentence just before, in the same paragraph,
        when that is a body that spoke ("The Interior Ministry said in a statement that ... It rejected any suggestion
        that ..."); None for a person, a place or anything else."""
        if s.index == 0:
            return None
        prev = self.sents[s.index - 1]
        root = prev.span.root
        if prev.para != s.para or root.lemma_ not in SPEECH_VERBS:
            return None
        k = self._subject(root)
        return k if self.etype(k) in ("GovernmentBody", "Organization") and not self._is_news(k) else None

    def _accused_group(self, verb) -> str | None:
        """The people named by what they are who deny the charges against them ("The four convicted defendants had
        denied the charges", "The defendants, who deny the charges, ...", "The Ampatuans have always denied the
        charges", "the accused pleaded not guilty"): a group of its own, named by the text's words, when no name or
        body the rules know is the subject. Only a denial of charges or accusations, which the accused make."""
        if not (self._pleads_innocent(verb) or any(c.dep_ == "dobj" and (c.lower_ in ACCUSATION_NOUNS or self._denied_part(c))
                                                   for c in verb.children)):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None or self.entity_at(subj) is not None and self.etype(self.entity_at(subj)) != "Group":
            return None
        if subj.pos_ == "NOUN" and subj.tag_ == "NNS" and subj.lower_ in ACCUSED_GROUP_HEADS:
            pass
        elif subj.pos_ == "PROPN" and subj.tag_ == "NNPS" and subj.lower_.endswith("s") and any(
                self.etype(e.key) == "Person" and subj.text[:-1] in e.name.split() for e in self.ex.entities.values()):
            pass  # "The Ampatuans": the family of a person the text names
        else:
            return None
        return self._phrase_of(subj, subj, "Group")

    @staticmethod
    def _split_perfect(tr):
        """The "have" of a perfect that a phrase splits from its participle ("have in the past rejected accusations"),
        which the parser reads as an adjective on the noun after it: "rejected accusations" as the object of "have", or
        as the object of the phrase's preposition ("in the past rejected accusations"). None for a participle that is
        an adjective ("have the rejected claims")."""
        if tr.dep_ != "amod" or tr.tag_ != "VBN" or any(c.dep_ in ("det", "poss", "nummod") and c.i < tr.i for c in tr.head.children):
            return None
        noun = tr.head
        have = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if have is None or have.lemma_ != "have" or have.i > tr.i or not any(c.dep_ == "nsubj" for c in have.children):
            return None
        return have

    @staticmethod
    def _denied_part(obj) -> bool:
        """Whether a denied object is the denier's own part in a deed ("denied any part in the murder", "deny any
        links to armed groups", "denied any role in the attack"): an answer to the charges as "denied the charges" is,
        though the object names no charge. Only with "any" and the deed after it."""
        return obj.lemma_.lower() in DENIED_PART_NOUNS and any(c.lower_ == "any" for c in obj.children) \
            and any(c.dep_ == "prep" and c.lower_ in ("in", "to", "with", "of") for c in obj.children)

    @staticmethod
    def _claims_innocence(t) -> bool:
        """"Barbosa's lawyers said he was innocent", "she has maintained that she is innocent": saying that the accused is
        innocent answers the charges as "denied the charges" would. Only innocence stated in what someone says; a court
        that finds a man innocent acquits him, and "innocent civilians" are victims."""
        return t.lower_ == "innocent" and t.dep_ == "acomp" and t.head.lemma_ == "be" and t.head.dep_ == "ccomp" \
            and t.head.head.lemma_ in SPEECH_VERBS | {"insist", "maintain"}

    def _client_of(self, verb) -> str | None:
        """Whose counsel tells what ``verb`` says of "his client" ("A lawyer for X said his client was innocent", "X's
        lawyers said their client denied the charges", "Manh said his client had rejected the charges" after "her
        lawyer Dang Dinh Manh"): the client is the one who denies, not the lawyer who says so."""
        speech = next((a for a in verb.ancestors if a.lemma_ in SPEECH_VERBS and a.pos_ == "VERB"), None)
        subj = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
        if subj is None:
            return None
        if subj.lemma_.lower() in COUNSEL_NOUNS:
            return self._counsel_client(subj)
        lawyer = self.entity_at(subj)
        if self.etype(lawyer) != "Person":
            return None
        for s in self.sents:  # the lawyer named with the client before: "her lawyer Dang Dinh Manh told reporters"
            if s.start > self.tstart(subj):
                break
            for t in s.span:
                named = [c for c in t.children if c.dep_ in ("appos", "compound")] + ([t.head] if t.dep_ in ("appos", "compound") else [])
                if t.lemma_.lower() in COUNSEL_NOUNS and any(self.entity_at(c) == lawyer for c in named):
                    client = self._counsel_client(t)
                    if client is not None:
                        return client
        return None

    def _counsel_client(self, noun) -> str | None:
        """The person a counsel noun says is its client: "X's lawyer", "his lawyer", "a lawyer for X"."""
        for c in noun.children:
            k = self.entity_at(c) if c.dep_ == "poss" else next(
                (self.entity_at(g) for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "for" else None
            if k is not None and self.etype(k) == "Person":
                return k
        return None

    @staticmethod
    def _pleads_innocent(t) -> bool:
        """Whether "plead" is a plea of not guilty ("He has pleaded not guilty", "X pleads innocent to all charges"): the
        accused denies the charges before the court, as "denied the charges" would say; a guilty plea admits them."""
        if t.lemma_ != "plead" or t.pos_ != "VERB":
            return False
        plea = next((c for c in t.children if c.lower_ in ("guilty", "innocent")), None)
        if plea is None:
            return False
        if plea.lower_ == "innocent":
            return not any(c.dep_ == "neg" for c in [*t.children, *plea.children])
        return any(c.dep_ == "neg" for c in [*t.children, *plea.children])

    def _rejects_by_deed(self, s: Sent, accused: set) -> list[str]:
        """The accused side denies without a word of denying when it defends the conduct it is accused of ("the prime
        minister defended the actions of the police", "the ministry defended the army's conduct") or condemns the
        sanction on it ("the Foreign Ministry condemned the decision as interference", "Minsk denounced the
        sanctions"): who does so, when it is a state, one of its bodies or officials, or someone the text accuses."""
        out = []
        if not DEED_REJECTION_HINT.search(self.text, s.start, s.end):
            return out  # (one search skips the sentences without such a verb)
        for t in s.span:
            if t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            if t.lemma_ == "defend":
                ok = any(c.dep_ == "dobj" and c.lemma_ in DEFENDED_CONDUCT_NOUNS for c in t.children)
            elif t.lemma_ in SANCTION_REJECTING_VERBS:
                ok = any(c.dep_ == "dobj" and (c.lower_ in SANCTION_MEASURE_NOUNS | DESIGNATION_NOUNS or c.lemma_ in ("decision", "move"))
                         for c in t.children) and any(self.sanction_targets.values())
            else:
                continue
            if not ok:
                continue
            for k in self._subjects(t):
                if k is not None and k not in out and self.etype(k) in ACTOR_TYPES and self._accused_side(k, accused) \
                        and not self._is_sanctioner(k) and (self.etype(k) != "Person" or k in accused or self._state_official(k)):
                    out.append(k)
        return out

    def _counted_people(self, tok, s: Sent) -> list[str]:
        """"Both ministers", "the two men", "all three officials" as the subject of a reaction: the people the text
        designated last, when they are as many as the phrase counts."""
        n = 2 if any(c.lower_ == "both" for c in tok.children) or tok.lower_ == "both" else None  # ("both of them")
        for c in tok.children:
            if c.dep_ == "nummod":
                n = NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
        if not n or n > 12:
            return []
        recent = sorted((i for i in self.sanction_targets if s.index - 8 <= i < s.index), reverse=True)
        for idx in recent:  # a designation that names as many people as the phrase counts, the latest first
            people = list(dict.fromkeys(k for k in self.sanction_targets[idx] if self.etype(k) == "Person"))
            if len(people) == n:
                return people
        return []

    # the recall layer: denials the precise rules did not vouch for -----------------------------------

    def _fallback_denials(self, accused: set):
        """Denials told in shapes the precise rules leave out, each less certain (RECALL_CONFIDENCE): the agent of a
        passive denial ("the allegations were rejected by X"), whose denial a noun names ("X's denial", "a denial
        from X", "X issued a denial"), who calls an accusation false in other words ("described the accounts as
        exaggerated"), and an official of the accused side who speaks right after the side denied ("The authorities
        have rejected the claims. Interior Minister X has said that police acted lawfully")."""
        have = {c.roles.get("denier") for (ct, _), c in self.claims.items() if ct == "denial"}
        told_denied = {(e.start, e.end) for (ct, _), c in self.claims.items() if ct == "denial" for e in c.evidence}
        denied_at = {s.index for s in self.sents if told_denied for sp in [self.span(s.start, s.end)] if (sp.start, sp.end) in told_denied}
        told = {self.sents[i].para for i in self.abuse_matches} | {self.sents[i].para for i in self.sanction_targets}
        for s in self.sents:
            after_denial = s.index - 1 in denied_at and self.sents[s.index - 1].para == s.para
            if s.para not in told and not after_denial and not s.span.lowers & ACCUSATION_NOUNS \
                    and not (self.abuse_matches and LAWFUL_CONDUCT_RE.search(self.text, s.start, s.end)):
                continue  # a denial of an accusation, an abuse or a sanction, not of a visa or a request
                # (a sentence right after a denial is about what was denied: "The authorities have rejected the claims.";
                # in a text of abuses, a deed called lawful is one of them)
            for k in self._fallback_deniers(s, accused, after_denial, s.index in denied_at):
                if k in have or self.etype(k) not in ACTOR_TYPES or self.etype(k) in PLACE_TYPES - {"Country"} \
                        or self.etype(k) == "Group" and not self._actor(k, []):
                    continue
                if self._is_monitor(k) or self._is_sanctioner(k) and k not in accused:
                    continue  # who reports or sanctions an abuse does not deny it
                self.add_claim("denial", {"denier": k}, {"date": self.sent_date(s)}, self.span(s.start, s.end),
                               status="denied", confidence=RECALL_CONFIDENCE)
                have.add(k)

    def _fallback_deniers(self, s: Sent, accused: set, after_denial: bool, denied_here: bool = False) -> list[str]:
        out = []
        for t in s.span:
            if t.lemma_ in DENIAL_LEMMAS and t.pos_ == "VERB" and not self._withholds(t) and not any(c.dep_ == "neg" for c in t.children) \
                    and not self._removes_a_person(t):
                agent = next((g for a in t.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
                if agent is not None:
                    out.append(self._resolve_np(agent))  # "the allegations were rejected by the ministry"
            elif t.lower_ in ("denial", "denials") and t.pos_ == "NOUN":
                for c in t.children:
                    if c.dep_ == "poss":
                        out.append(self._resolve_np(c))  # "the ministry's denial"
                    elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
                        out += [self._resolve_np(g) for g in c.children if g.dep_ == "pobj"]  # "a denial from the army"
                if t.dep_ == "dobj" and t.head.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.head.children):
                    out.append(self._subject(t.head))  # "The ministry issued a denial"
            elif t.pos_ == "VERB" and (t.lemma_ in SPEECH_VERBS or t.lemma_ in ("describe", "call", "label", "brand", "term")) \
                    and not any(c.dep_ == "neg" for c in t.children):
                said = [x for x in t.subtree if x.i > t.i]
                subj = self._subject(t)
                if subj is None:
                    continue
                if denied_here and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in t.children):
                    continue  # "He denies all the charges, which he says are politically motivated": the denier the
                    # sentence's own denial names says it, whoever else a pronoun could be read as
                if any(x.lower_ in DENIAL_CONTENT_WORDS for x in said) and self._accused_side(subj, accused):
                    out.append(subj)  # "described the accounts as exaggerated"
                elif self._calls_conduct_lawful(t, said) and self._accused_side(subj, accused) and not self._antecedent_is_modifier(t, subj):
                    out.append(subj)  # "said the police and gendarmes had acted in legitimate self-defence"
                elif after_denial and t.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in t.children) \
                        and self.etype(subj) in ("Person", "GovernmentBody") and (self._accused_side(subj, accused) or self._state_official(subj)) \
                        and not self._antecedent_is_modifier(t, subj):
                    out.append(subj)  # "The authorities have rejected the claims. Minister X has said that police acted lawfully"
        return [k for k in out if k is not None]

    def _calls_conduct_lawful(self, verb, said) -> bool:
        """Whether what ``verb`` reports says a deed was lawful ("said police acted lawfully", "said the men had been
        returned in accordance with Thai law"): a clause it reports, not a law the speaker only mentions ("said the
        law would be changed")."""
        clause = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
        if not clause or not said:
            return False
        start = min(self.tstart(x) for c in clause for x in c.subtree)
        end = max(self.tstart(x) + len(x.text) for c in clause for x in c.subtree)
        return LAWFUL_CONDUCT_RE.search(self.text, start, end) is not None

    def _antecedent_is_modifier(self, verb, key: str) -> bool:
        """Whether the "he" or "she" that is the subject of ``verb`` was resolved to a name last seen only as the
        modifier of a plural noun ("a militia founded by Hutu extremists ... She said"): a word that describes a crowd
        is nobody's name, whatever the tagger made of it."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("he", "she"):
            return False
        pos = self.tstart(subj)
        last = max((m for m in self.mentions if m.entity == key and m.start < pos), key=lambda m: m.start, default=None)
        tok = self._token_at(last.start) if last is not None else None
        return tok is not None and tok.dep_ in ("compound", "amod") and tok.head.tag_ == "NNS"

    def _state_official(self, person: str) -> bool:
        """Whether a person holds an office of state (a position whose body is no rights group, press or sanctioner)."""
        return self.etype(person) == "Person" and any(
            ct == "position" and dict(k).get("person") == person and dict(k).get("org") is not None
            and not self._is_monitor_org(dict(k).get("org")) and not self._is_news(dict(k).get("org"))
            and not self._is_sanctioner(dict(k).get("org")) for ct, k in self.claims)

    def _removes_a_person(self, tr) -> bool:
        """Whether a "dismiss" removes someone from a post ("dismissed al-Qahtani from his post", "who was dismissed by
        Nkurunziza in 2015", "She was dismissed in 2017 by his successor"): a person dismissed, active or passive, is
        fired, and whoever fired them denies nothing (a claim or an allegation dismissed is a denial)."""
        if tr.lemma_ != "dismiss":
            return False
        for c in tr.children:
            if c.dep_ not in ("dobj", "nsubjpass"):
                continue
            if self.etype(self.entity_at(c)) == "Person" or c.lower_ in ("he", "she", "him", "her", "i", "we", "who", "whom") \
                    or c.lower_ in _PEOPLE_NOUNS:
                return True  # ("who" is always someone: "X, a former general, who was dismissed by Y")
        return False

    @staticmethod
    def _withholds(tr) -> bool:
        """Whether a "deny" withholds something from someone ("were beaten and denied access to lawyers", "denied
        them bail") rather than denying a claim: its object, or the word right after it, is what can be withheld."""
        if tr.lemma_ != "deny":
            return False
        after = tr.doc[tr.i + 1:tr.i + 3]  # "denied access", "denied them bail"
        return any(c.i > tr.i and c.lemma_ in WITHHELD_NOUNS for c in tr.children) \
            or any(t.lower_ in WITHHELD_NOUNS for t in after)

    def _accused(self) -> set:
        """Who the text holds to account: the perpetrators of its abuses and the targets of its sanctions."""
        out = {c.roles.get("perpetrator") for (ct, _), c in self.claims.items() if ct == "abuse"}
        out |= {t for ts in self.sanction_targets.values() for t in ts}
        return out - {None}

    def _accused_insists(self, tok, accused: set) -> bool:
        """"Authorities maintained that he had walked out alive", "the minister insisted that the army had never
        targeted civilians": insisting is denying when the one who insists is the accused side (a state, one of its
        bodies, or a perpetrator the text names); a rights group that insists on its findings denies nothing."""
        if tok.lemma_ not in ("insist", "maintain") or tok.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in tok.children):
            return False
        return self._speaks_for_accused(tok, accused) is not None

    def _speaks_for_accused(self, verb, accused: set) -> str | None:
        """The subject of ``verb`` when it is the accused side or speaks for it ("Police spokesman Paul Nyathi",
        "a spokesman for the army")."""
        k = self._subject(verb)
        if k is None:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if self._accused_side(k, accused):
            # "the commander of the Presidential Guard, Brigadier General X, told the commission": the officer set off
            # after his title speaks, for the body his title names
            return self._apposed_speaker(subj) or k
        if subj is None or self.etype(k) != "Person":
            return None
        for c in subj.subtree:
            kk = self.entity_at(c)
            if kk is None and c.lower_ in BARE_ACTOR_HEADS:
                kk = next((e for e in accused if self.ex.entities[e].name.lower() == c.lower_), None)  # "Police spokesman X"
            if kk and kk != k and self.etype(kk) != "Person" and self._accused_side(kk, accused):
                return k
        return None

    def _apposed_speaker(self, subj) -> str | None:
        """The person set off after a title that is a clause's subject ("the commander of X, Y, told ..."), if any: the
        name that closes the subject phrase (the parser may hang it on the body: "the head of X, Y,")."""
        if subj is None or self.etype(self.entity_at(subj)) == "Person":
            return None
        last = max((x.i for x in subj.subtree if not x.is_punct), default=subj.i)
        return next((k for c in subj.subtree if c.dep_ == "appos" and c.i == last and self.etype(k := self.entity_at(c)) == "Person"), None)

    def _accused_side(self, key: str, accused: set) -> bool:
        if self._is_monitor(key) or self._is_sanctioner(key) or self._is_news(key):
            return False
        if key in accused or self.etype(key) in ("Country", "GovernmentBody"):
            return True
        return self.etype(key) == "Person" and any(
            ct == "position" and dict(k).get("person") == key and (dict(k).get("org") in accused or self.etype(dict(k).get("org")) in ("Country", "GovernmentBody"))
            and not self._is_sanctioner(dict(k).get("org")) for ct, k in self.claims)

    def _says_it_did_not_happen(self, s: Sent, accused: set) -> str | None:
        """A speaker for the accused side who says the abuse did not happen ("the paramilitary force had never killed
        anyone", "the force had no record of the women's arrest", "the abduction had been staged") denies it: the
        negation is on the abuse itself, not on something done about it ("police have not investigated the killing")."""
        for m, _ in self.abuse_matches.get(s.index, ()):
            tok = self._token_at(m.start())
            if tok is None:
                continue
            negated = any(c.dep_ == "neg" for c in tok.children) or any(  # "no one was massacred", "nobody was tortured"
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ == "nobody" or any(g.lower_ == "no" for g in c.children))
                for c in tok.children) or (
                tok.dep_ == "pobj" and tok.head.lower_ == "of" and (any(c.lower_ == "no" for c in tok.head.head.children)
                                                                    or tok.head.head.lower_ in ("nothing", "none")))  # "knows nothing of their arrest"
            if not negated:
                continue
            speech = next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_ in SPEECH_VERBS), None)
            if speech is None:
                continue
            k = self._speaks_for_accused(speech, accused)
            if k is not None and self.etype(k) in ACTOR_TYPES:
                return k
        return None

    def _subject(self, verb) -> str | None:
        subjects = self._subjects(verb)
        return subjects[0] if subjects else None

    def _subjects(self, verb) -> list[str]:
        """Who does what a verb says, with the subjects coordinated with the first ("Asmara and Addis Ababa have
        denied"); a capital as subject is its government."""
        node = verb
        for _ in range(4):
            subj = [c for c in node.children if c.dep_ in ("nsubj",)]
            if subj and subj[0].lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                subj = [node.head]  # "Minister X, who has maintained that ...": X
            if len(subj) > 1 and self.etype(self._resolve_np(subj[0])) != "Person":
                # "Caretaker Prime Minister A-ul-Haq Kakar said": the parser split the title from the name, two subjects;
                # the name says who, not the word of the title the tagger took for a body
                subj = sorted(subj, key=lambda c: self.etype(self._resolve_np(c)) != "Person")
            if subj:
                first = self._resolve_np(subj[0]) or self._capital_as_state(subj[0])
                if first is None and subj[0].lower_ in ("they", "he", "she") and node.dep_ == "relcl" and node.head.lower_ in ACCUSATION_NOUNS:
                    charged = self._charged_with(node.head)
                    if charged:
                        return charged  # "were arrested and remain in detention on terrorism charges, which they deny"
                if first is None:
                    counsel = self._counsel_speaker(subj[0])
                    if counsel is not None:
                        return [counsel]  # "Their lawyers have denied ...", "Police spokespeople have rejected ..."
                    s = self.sent_at(self.tstart(subj[0]))
                    return self._counted_people(subj[0], s) if s is not None else []
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

    def _charges_told_before(self, verb) -> list[str]:
        """ "He is charged with terrorism and espionage on behalf of X's movement. He denies the charges": "the charges"
        are the ones just told, and the "he" who denies them is whoever they were brought against, not the last man
        named (X, for whom the accused is said to have acted, or whom he is said to have insulted). Read back through
        the paragraph's two sentences before; charges told with the one who brought them as subject ("Prosecutors
        charged him") name no one charged here."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "charge" and c.pos_ == "NOUN"), None)
        if subj is None or subj.lower_ not in ("he", "she", "they") or obj is None \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            return []
        s = self.sent_at(self.tstart(verb))
        if s is None:
            return []
        for i in range(s.index - 1, max(-1, s.index - 3), -1):
            prev = self.sents[i]
            if prev.para != s.para:
                break
            told = [t for t in prev.span if t.lemma_ == "charge" and (
                t.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in t.children) or t.pos_ == "VERB" and t.dep_ == "conj" and t.tag_ == "VBN"
                or t.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ in ("against", "by") for c in t.children))]
            for t in reversed(told):
                people = [k for k in self._charged_with(t) if self.etype(k) == "Person"]
                if people:
                    return people if subj.lower_ == "they" else people[:1]
        return []

    def _charged_with(self, noun) -> list[str]:
        """Who bears the charges or accusations ``noun`` names in its clause ("two lawmakers, A and B, were arrested
        on terrorism charges, which they deny"): the subject of the nearest clause above it, with the names set beside
        it; a pronoun that denies such charges means them, as the charges are theirs."""
        node = noun
        while node.head.i != node.i and not has_subject(node):
            node = node.head
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        out = []
        # the subject and the names set beside it (which the parser may hang on a clause within it: "two members of
        # parliament who had called for reforms, A and B")
        for t in [subj, *(c for c in subj.subtree if c.dep_ in ("appos", "conj") and c.i > subj.i)]:
            k = self._resolve_np(t)
            if k is not None and self.etype(k) in ACTOR_TYPES and k not in out and (t is subj or self.etype(k) == "Person"):
                out.append(k)
        return out

    def _capital_as_state(self, tok) -> str | None:
        """A capital the mentions left unnamed as the subject ("Kigali has long denied ..."): news speaks of a
        government by its seat, so it is the state's."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            return None
        return self.capital_state(tok.text)

    def _as_government(self, key: str) -> str:
        """A capital named as the one who denies or speaks is its state's government: the country entity."""
        ent = self.ex.entities[key]
        if ent.type in ("Person", "Organization", "GovernmentBody"):
            return key
        return self.capital_state(ent.name) or key

    # statements ------------------------------------------------------------------------------

    def _statements(self):
        for s in self.sents:
            media = [m.entity for m, t in self.sent_entities(s, {"Platform", "Medium"}) for r in [self._root(t, m)]
                     if not self._workplace(r) and not self._posted_on_platform(m) and not self._blocked_platform(r)]
            if ON_X_RE.search(s.span.text) and not any(self.etype(k) == "Platform" for k in media):
                # "in a post on X", "wrote on X": the platform once called Twitter (beside "a statement posted on X", as
                # beside "a statement posted on Facebook")
                media = [*media, self._platform_x()]
            if not media:
                media = self._channel(s)
            if not media and self.text.find("report", s.start, s.end) >= 0:
                media = [k for k in [self._report_said_in(s)] if k]  # "Human Rights Watch said in a November report that ..."
            if not media:
                continue
            speaker, said_by = None, None
            verbs = [t for t in s.span if t.pos_ == "VERB" and t.lemma_ in SPEECH_VERBS]
            # "a commission said on Monday, and its chairman warned Kim in a letter": the letter is the chairman's, the
            # speaker of the verb the medium hangs on
            own = {a.i for m, t in self.sent_entities(s, {"Platform", "Medium"})
                   for a in [next((a for a in t.ancestors if a.pos_ == "VERB" and a.dep_ != "acl"), None)] if a is not None and a.lemma_ in SPEECH_VERBS}
            # ("said in a video posted on Facebook": the verb that tells of the medium is no speech of its own)
            if own and len(verbs) > 1:
                verbs = [t for t in verbs if t.i in own]
            for t in verbs:
                k = self._subject(t)
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                counsel = self._counsel_speaker(subj)
                if counsel is not None:
                    k = counsel
                elif subj is not None:
                    # "Treasury Under Secretary Brian Nelson said": the person the subject names, not the body in his title
                    people = [k2 for sj in t.children if sj.dep_ == "nsubj" for k2 in self._people_in_subject(sj)]  # ("its spokesman Ivo Rask": two subjects)
                    named = self._named_subject(subj)
                    if named is not None:
                        k = named
                    elif people and (k is None or self.etype(k) != "Person"):
                        k = people[-1]
                elif k is None:
                    # "In a post on X, the interior minister, Goran Pesk, said ...": the parser hung the speaker on
                    # the medium; the person named last before the verb
                    people = [m.entity for m, g in self.sent_entities(s, {"Person"}) if g.i < t.i]
                    k = people[-1] if people else None
                if k and self.etype(k) == "Person" and self._antecedent_is_modifier(t, k):
                    continue  # "a militia founded by Hutu extremists ... She said in a post on X": no one the text named
                if k and (self.etype(k) in ("Person", "GovernmentBody", "Organization", "Country") or k == counsel) and not self._is_news(k):
                    speaker, said_by = k, t  # (a state speaks through its mission or ministry: "Its mission to the UN said in a statement")
                    break
            if speaker is None:
                speaker = self._medium_owner([m for m, t in self.sent_entities(s, {"Platform", "Medium"})])
            if speaker is None:
                continue
            for m in media:
                if m == speaker:
                    continue
                self.add_claim("statement", {"speaker": speaker, "medium": m}, {"date": self._said_date(s, said_by)}, self.span(s.start, s.end), confidence=0.6)
        if not self._un_symbol_statement() and not self._masthead_statement() and not self._header_statement() \
                and not self._published_report_statement() and not self._summary_head_statement():
            self._release_lede_statement()
        self._quoted_statements()
        self._fallback_statements()

    # the recall layer: statements the precise rules did not vouch for ----------------------------------

    @staticmethod
    def _blocked_platform(t) -> bool:
        """Whether a platform is what someone was cut off ("restricted access to Facebook, WhatsApp and Twitter", "blocked
        X", "a ban on TikTok"): the words between it and the first verb above it, or that verb, say so."""
        for a in t.ancestors:
            if a.lemma_.lower() in PLATFORM_BLOCKING_WORDS or a.lower_ in PLATFORM_BLOCKING_WORDS:
                return True
            if a.pos_ in ("VERB", "AUX"):
                return False
        return False

    @staticmethod
    def _workplace(t) -> bool:
        """Whether a medium is where someone works ("a reporter with the community radio station", "a presenter at state
        television"): the object of "with", "for" or "at" on a noun, not what anything was said through."""
        return t.dep_ == "pobj" and t.head.lower_ in ("with", "for", "at") and t.head.head.pos_ in ("NOUN", "PROPN")

    def _fallback_statements(self):
        """Statements told in shapes the precise rules leave out, each less certain (RECALL_CONFIDENCE): every person
        coordinated with a speaker speaks through the same medium ("In a joint statement, the foreign ministers A, B
        and C called ..."), and a text whose head names the body it comes from on a line of its own ("From: the
        Foreign Office", "Kesh Rights Centre public statement") is that body's statement, and whoever "told reporters"
        made a statement to the press."""
        for (ct, _), c in list(self.claims.items()):
            if ct != "statement" or c.confidence <= RECALL_CONFIDENCE:
                continue
            s = self.sent_at(c.evidence[0].start)
            if s is None:
                continue
            for k in self._co_speakers(s, c.roles["speaker"]):
                if ("statement", (("medium", c.roles["medium"]), ("speaker", k))) not in self.claims:
                    self.add_claim("statement", {"speaker": k, "medium": c.roles["medium"]}, {"date": c.roles.get("date")},
                                   c.evidence[0], confidence=RECALL_CONFIDENCE)
        self._issuer_line_statement()
        self._told_the_press()

    def _header_body(self, name: str, start: int) -> str | None:
        """The body a header line names in full: the entity of a mention that spans it, else one made from the line."""
        for m in self.mentions:
            if m.entity and m.start == start and m.end >= start + len(name) - 1:
                return m.entity
        return self.phrase_entity("GovernmentBody", name, start, start + len(name))

    def _co_speakers(self, s: Sent, speaker: str) -> list[str]:
        """The people named in the same list as the speaker (its conjuncts, or the names of one apposition list)."""
        tok = next((t for t in s.span if self.entity_at(t) == speaker), None)
        if tok is None or self.etype(speaker) != "Person":
            return []
        m = self.mention_of(tok)
        root = self._root(tok, m) if m is not None else tok
        first = root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        out = []
        for c in [first, *first.conjuncts]:
            k = self.entity_at(c)
            if k and k != speaker and k not in out and self.etype(k) == "Person" and len(self.ex.entities[k].name.split()) > 1:
                out.append(k)  # (a full name: a one-word "person" in such a list is often a place the NER misread)
        return out

    def _issuer_line_statement(self):
        """ "From: Foreign, Commonwealth & Development Office", "Kesh Rights Centre public statement summary": a line
        of the head without a verb that says who issued the text (after "From:", or beside a medium word) makes the text
        that body's statement, through the medium the line names, else its press release."""
        for s in self.sents[:8]:
            if s.para > 4:
                break
            line = s.span.text.strip()
            words = [t for t in s.span if not t.is_punct and not t.is_space]
            if not words or len(words) > 10 or any(t.pos_ in ("VERB", "AUX") and t.lower_ not in ("published",) for t in words):
                continue
            from_line = line.lower().startswith("from:")
            media = [m.entity for m, _ in self.sent_entities(s, {"Medium"})]
            # "Amnesty International, report summary, 13 July 2016": a kind of text set off by commas beside its issuer
            kind_part = None if from_line or media else next(
                (p.strip() for p in line.split(",") if 1 <= len(p.split()) <= 3 and p.strip()[:1].isalpha()
                 and _plain(p.strip().split()[-1]) in MASTHEAD_MEDIUM_HEADS), None)
            if kind_part is None and not from_line and not media:
                # "Communiqué of the Federal Department of Foreign Affairs", "Statement by the Ministry of X": the kind
                # of text, then its issuer after "of"/"by"/"from"
                led = _KIND_OF_ISSUER_RE.match(line)
                kind_part = led.group(1) if led and _plain(led.group(1).split()[-1]) in MASTHEAD_MEDIUM_HEADS else None
            if not from_line and not media and kind_part is None:
                continue
            if from_line:
                speaker = self._from_line_body([s])
            else:
                bodies = {m.entity for m, _ in self.sent_entities(s, {"Organization", "GovernmentBody"}) if not self._is_news(m.entity)}
                speaker = bodies.pop() if len(bodies) == 1 else None
            if speaker is None:
                continue
            if any(ct == "statement" and (dict(k).get("speaker") == speaker or c.evidence[0].start < self.sents[min(8, len(self.sents) - 1)].end)
                   for (ct, k), c in self.claims.items()):
                return  # the text's head already made it someone's statement
            if kind_part is not None:
                words = kind_part.lower().split()
                media = [self._medium_entity(next((w for w in words if _plain(w) in MASTHEAD_MEDIUM_HEADS), words[-1]))]  # ("report summary": a report)
            medium = media[0] if media else self._medium_entity("press release")
            kind = self.ex.entities[medium].name.lower().split()
            if len(kind) > 1 and kind[0] not in ("press", "news", "joint"):
                medium = self._medium_entity(kind[-1])  # "public statement summary": a statement
            self.add_claim("statement", {"speaker": speaker, "medium": medium}, {"date": self._doc_date()},
                           self.span(s.start, s.end), confidence=RECALL_CONFIDENCE)
            return

    def _from_line_body(self, head) -> str | None:
        """The body a "From:" line of the head names ("From: Foreign, Commonwealth & Development Office and The Rt Hon
        X MP"): the whole line up to a second issuer joined by "and", since the NER cuts such a name at its comma."""
        for s in head:
            line = s.span.text.strip()
            if not line.lower().startswith("from:"):
                continue
            start = s.start + len(s.span.text) - len(s.span.text.lstrip()) + len("from:")
            while self.text[start].isspace():
                start += 1
            name = self.text[start:s.end].strip()
            if not name[:1].isupper():
                return None
            cut = re.search(r"\s+and\s+(?:the\s+)?(?:Rt\s+Hon|[A-Z])", name)
            if cut is not None and len(name.split()) > 8:
                name = name[:cut.start()]  # (a person issuing it with the office is the second name)
            return self._header_body(name, start)
        return None

    def _posted_on_platform(self, m) -> bool:
        """Whether a medium is only the form of what was posted on a platform ("said in a statement posted on
        Facebook", "in a video published on X"): the platform is where it was said, and the statement the same act."""
        if m.type != "Medium":
            return False
        on = _POSTED_ON_RE.match(self.text, m.end)
        if on is None:
            return False
        if self.text.startswith("X", on.end()) and ON_X_RE.search(self.text, max(0, m.start), on.end() + 2):
            return True
        return any(p.start == on.end() and p.type == "Platform" for p in self.mentions if on.end() <= p.start <= on.end() + 1)

    def _people_in_subject(self, subj) -> list[str]:
        """The people a subject phrase names ("Treasury Under Secretary X", "its spokesman, Y,"), not those of a clause
        that describes it ("The transitional government, led by Captain Z since a coup, condemned ...": Z does not
        speak, the government does)."""
        out = []
        for c in subj.subtree:
            k = self.entity_at(c)
            if self.etype(k) != "Person":
                continue
            node = c
            while node.i != subj.i and node.dep_ not in ("acl", "relcl"):
                node = node.head
            if node.i == subj.i:
                out.append(k)
        return out

    def _medium_owner(self, media) -> str | None:
        """Whose statement a medium is when no verb says it: "according to a statement from the Bar Association",
        "the ministry's statement", "a statement by X"."""
        for m in media:
            tok = self._token_at(m.start)
            if tok is None:
                continue
            head = tok
            while head.head.i != head.i and self.mention_of(head.head) is m:  # (tokens are made anew on each access: compare indices)
                head = head.head
            for c in head.children:
                cands = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") else []
                for g in cands:
                    k = self._resolve_np(g)
                    if k and self.etype(k) in ("Person", "GovernmentBody", "Organization") and not self._is_news(k):
                        return k
        return None

    def _told_the_press(self):
        """"White House spokeswoman X told reporters that ...", "The group's executive secretary, Y, told journalists
        ...": a statement to the press by whoever told them (the person the subject names, else the body), through the
        medium "told reporters" (the words the text uses). Less certain (RECALL_CONFIDENCE): a remark to reporters
        is as often a source the story quotes in passing (an army spokesman's toll) as a statement the annotated
        corpus counts; on the tuned splits about half of them were."""
        for s in self.sents:
            if not TOLD_PRESS_HINT.search(self.text, s.start, s.end):
                continue
            for t in s.span:
                if t.lemma_ != "tell" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                    continue
                told = next((c for c in t.children if c.dep_ in ("dobj", "dative") and c.lower_ in PRESS_AUDIENCE_NOUNS), None)
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is None and (t.dep_ == "conj" or t.dep_ == "advcl" and t.tag_ == "VBG") and t.head.pos_ == "VERB":
                    # "X wept and told reporters ...", "X rejected the claims, telling journalists that ..."
                    subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                if told is None or subj is None:
                    continue
                people = self._people_in_subject(subj)
                counsel = self._counsel_speaker(subj)
                k = counsel or (people[-1] if people else self._subject(t))
                if k is None or self.etype(k) not in ("Person", "GovernmentBody", "Organization", "Country") and k != counsel or self._is_news(k):
                    continue
                medium = self._medium_entity(f"{t.text.lower()} {told.lower_}")
                if ("statement", (("medium", medium), ("speaker", k))) in self.claims or any(
                        ct == "statement" and dict(kk).get("speaker") == k and any(s.start <= e.start < s.end for e in c.evidence)
                        for (ct, kk), c in self.claims.items()):
                    continue  # (the sentence told the speaker's statement already)
                self.add_claim("statement", {"speaker": k, "medium": medium}, {"date": self._said_date(s, t)}, self.span(s.start, s.end),
                               confidence=RECALL_CONFIDENCE)

    def _quoted_statements(self):
        """"The state news agency IRNA quoted the governor as saying ...": the person said it, through the agency."""
        for s in self.sents:
            for t in s.span:
                if t.lemma_ != "quote" or t.pos_ != "VERB" or not any(c.lower_ == "as" for c in t.children):
                    continue
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                agency = next((self.entity_at(g) for c in t.children if c.dep_ == "nsubj" for g in c.subtree if self.entity_at(g)), None)
                who = self._resolve_np(obj) if obj is not None else None
                if who is None or agency is None or who == agency or self.etype(who) != "Person" or self.etype(agency) not in ("Organization", "GovernmentBody"):
                    continue
                self.add_claim("statement", {"speaker": who, "medium": agency}, {"date": self._said_date(s, t)}, self.span(s.start, s.end), confidence=0.55)

    def _masthead_statement(self) -> bool:
        """A head line that names a kind of text and its issuer on either side of a dash ("Report summary - Human Rights
        Watch", "Amnesty International - Public statement", "Joint statement - FIDH and UCL") says whose text it is and
        what it is: NGO reports and statements carry such a masthead instead of "Press release". The issuer is the first
        body the line names (the line's words when no mention took them); the medium the line's words for the kind, as
        the text calls itself (a report summary is no press release)."""
        for s in self.sents[:6]:
            if s.para > 3:
                break
            # the whole line: the sentence splitter may cut a head line in two ("Report | summary - X")
            lo = self.text.rfind("\n", 0, s.start) + 1
            hi = self.text.find("\n", s.start)
            hi = len(self.text) if hi < 0 else hi
            dated = _DASH_DATE_END_RE.search(self.text, lo, hi)
            if dated is not None and MASTHEAD_RE.fullmatch(self.text, lo, dated.start()):
                hi = dated.start()  # ("Amnesty International - Public statement - 11 May 2016": the line's date is no side)
            m = MASTHEAD_RE.fullmatch(self.text, lo, hi)
            if m is None or len(m.group(0).split()) > 16 or any(t.pos_ == "VERB" for t in s.span):
                continue
            sides = [(m.group(1), m.start(1)), (m.group(2), m.start(2))]
            kinds = [i for i, (text, _) in enumerate(sides) if not _NUMBERED_DOC_RE.fullmatch(text)
                     and len(text.split()) <= 3 and {w.lower() for w in (text.split()[0], text.split()[-1])} & MASTHEAD_MEDIUM_HEADS]
            if len(kinds) != 1:
                continue
            kind, kind_at = sides[kinds[0]]
            issuer, at = sides[1 - kinds[0]]
            if any(at <= d.start < at + len(issuer) for d in self.dates):
                # "Human Rights Watch and Cristosal / Report excerpt - December 7, 2022": the issuer has a line of its own
                line = next((x for x in self.sents[max(0, s.index - 1):s.index + 2] if x is not s and x.para <= 3
                             and len(x.span) <= 10 and not any(t.pos_ in ("VERB", "AUX") for t in x.span)
                             and self.sent_entities(x, {"Organization", "GovernmentBody"})), None)
                if line is None:
                    continue
                issuer, at = line.span.text.strip(), line.start + len(line.span.text) - len(line.span.text.lstrip())
            if not issuer[:1].isupper() or re.match(r"\d|summary\b|findings\b", issuer, re.I):
                continue  # "Briefing note - summary of findings": no issuer named
            if _NUMBERED_DOC_RE.fullmatch(issuer):
                # "Summary of findings - Recommendation 4VG/2016": the other side is the body's numbered text, not its
                # issuer; the text is that document, of the body its lede says acted today
                lede = self._lede_issuer()
                if lede is None:
                    return False
                medium = self.phrase_entity("Medium", issuer, at, at + len(issuer), key="medium:" + slug(issuer.lower()))
                self.add_claim("statement", {"speaker": lede[0], "medium": medium}, {"date": self._doc_date()},
                               self.span(s.start, s.end), confidence=0.55)
                return True
            bodies = [mm.entity for mm in self.mentions if mm.entity and at <= mm.start < at + len(issuer)
                      and self.etype(mm.entity) in ("Organization", "GovernmentBody") and not self._is_news(mm.entity)]
            last = issuer.split()[-1]
            if not bodies and last.islower() and not last.endswith("s"):
                continue  # "Briefing note - Central America programme": a desk of an issuer the line does not name (but
                # "Briefing note - Advocacy Forum-Nepal and partner organisations" names the issuers)
            speaker = bodies[0] if bodies else self.phrase_entity("Organization", issuer, at, at + len(issuer))
            medium = self.phrase_entity("Medium", kind, kind_at, kind_at + len(kind), key="medium:" + slug(kind.lower()))
            self.add_claim("statement", {"speaker": speaker, "medium": medium}, {"date": self._doc_date()},
                           self.span(s.start, s.end), confidence=0.6)
            return True
        return False

    def _header_statement(self):
        """A release that says what it is in its header ("Press release", "News release", "Press Statement") is a
        statement of the body that issued it: the body named on a header line, else the one that acts in it."""
        head = [s for s in self.sents[:10] if s.para <= 4]
        kind = next((s for s in head if self._kind_line(s)), None)
        if kind is None:
            return False
        medium = next((m.entity for m, _ in self.sent_entities(kind, {"Medium"})), None)
        if medium is None:
            return False
        speaker = None
        # the line nearest the header names who issued it (the lines after it first: "Press Statement / X, Secretary of
        # State"), not a name the headline above it ends with
        for s in sorted(head, key=lambda x: (abs(x.index - kind.index), x.index < kind.index)):
            if s is kind or abs(s.index - kind.index) > 3 or s.index == 0 < kind.index:
                continue  # (the headline tells the news: "Treasury Sanctions Marsk Militia Leaders" names no issuer)
            bodies = [m.entity for m, _ in self.sent_entities(s, {"Person", "GovernmentBody", "Organization"})]
            bodies.sort(key=lambda k: self.etype(k) != "Person")  # "Michael R. Pompeo, Secretary of State"
            words = [t for t in s.span if not t.is_punct and not t.is_space]
            if bodies and len(words) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in words):
                speaker = bodies[0]
                break
        if speaker is None:
            # else the body a "From:" line names, else the one the lede says acted "today"; the authority of the first
            # designation told last ("Three members of the military regime have been made subject to an asset freeze"
            # may give no one who acts)
            speaker = self._from_line_body(head) or next(iter(self._lede_issuer() or ()), None)
        if speaker is None:
            auths = [c.roles.get("authority") for (ct, _), c in self.claims.items() if ct == "sanction" and c.roles.get("authority")]
            speaker = auths[0] if auths else None
        if speaker is None:
            return False
        date = next((self.sent_date(s) for s in head if self.sent_date(s)), None) or self._doc_date()
        self.add_claim("statement", {"speaker": speaker, "medium": medium}, {"date": date},
                       self.span(kind.start, kind.end), confidence=0.6)
        return True

    def _un_symbol_statement(self) -> bool:
        """A UN press release carries its document symbol on a header line ("SC/13370", "Security Council, 7426th
        Meeting (AM), SC/11860, 14 April 2015"): the text is the press release of the organ the symbol names, though
        its lede may tell what a committee of that organ did."""
        for s in self.sents[:10]:
            if s.para > 4:
                break
            m = _UN_SYMBOL_RE.search(s.span.text)
            if m is None or len([t for t in s.span if t.is_alpha]) > 12:
                continue  # (a symbol cited in a sentence of the story is no header)
            ke = self.gaz.known_by_label.get(gz.normal(UN_PRESS_SYMBOLS[m.group(1)]))
            if ke is None:
                return False
            speaker = self._known_entity(ke)
            date = next((self.sent_date(x) for x in self.sents[s.index:s.index + 3] if x.para <= 4 and self.sent_date(x)), None) \
                or self._doc_date()  # (the release's own date, on its symbol's line or the next: "SC/13370 / 7 June 2018")
            self.add_claim("statement", {"speaker": speaker, "medium": self._medium_entity("press release")}, {"date": date},
                           self.span(s.start, s.end), confidence=0.6)
            return True
        return False

    @staticmethod
    def _kind_line(s: Sent) -> bool:
        """Whether a head line says what kind of text this is ("Press release", "Press release 380/14", "Public
        statement", "Press Statement"): the release's own number and a word saying it is public are no part of the kind."""
        line = re.sub(r"\s+(?:No\.?\s*)?\d[\d/.-]*$", "", s.span.text.strip())
        line = _COMMA_DATE_END_RE.sub("", line)  # ("Press release, 12 January 2024")
        line = re.sub(r"(?i)^(?:public|official)\s+(?=statement)", "", line)
        return HEADER_MEDIUM_RE.fullmatch(line) is not None

    def _published_report_statement(self) -> bool:
        """A report summary opens on the report and who published it ("according to a report published today by Amnesty
        International", "Summary of the report "...", published by Human Rights Watch on July 4, 2018"): the text is that
        body's report, its statement as a release is its issuer's (so the lede's "today" names no other issuer). Only the
        head of the text counts: a report cited further down is someone else's, told."""
        for s in self.sents[:6]:
            if s.para > 3:
                break
            text = s.span.text
            for m in _PUBLISHED_BY_RE.finditer(text):
                if not re.search(r"\b(?:report|summary)\b", text[:m.start()], re.I):
                    continue
                by = next((x for x in self.mentions if x.entity and x.start == s.start + m.end()), None)
                if by is None or self.etype(by.entity) not in ("Organization", "GovernmentBody") or self._is_news(by.entity):
                    continue
                if not self._has_spoken(by.entity):
                    # ("published today": the text's own date, not one the sentence tells of; "by X on July 4, 2018")
                    dated = re.search(r"\d{4}", m.group(0)) or re.match(r",?\s+on\s+\w+\s+\d", self.text[by.end:by.end + 30])
                    self.add_claim("statement", {"speaker": by.entity, "medium": self._medium_entity("report")},
                                   {"date": (self.sent_date(s) if dated else None) or self._doc_date()}, self.span(s.start, s.end),
                                   confidence=0.55)
                return True
        return False

    def _has_spoken(self, speaker: str) -> bool:
        """Whether a statement by ``speaker`` was read already (the text's own release, named in a sentence, is not told twice)."""
        return any(ct == "statement" and dict(k).get("speaker") == speaker for ct, k in self.claims)

    def _summary_head_statement(self) -> bool:
        """A report's head that opens its text with a "Summary" or "Summary of findings" line is that report's: the issuer
        is a body named on a line of its own above it ("Human Rights Watch / May 26, 2017 / Summary"), else the body the
        first sentence below it says documented or found what follows ("... the Zimbabwe Human Rights NGO Forum ... have
        documented a campaign of violence"). The medium is the report, dated as the text is."""
        head = [s for s in self.sents[:12] if s.para <= 5]
        mark = next((s for s in head if _SUMMARY_HEAD_RE.fullmatch(s.span.text.strip())), None)
        if mark is None:
            return False
        issuer, at = None, mark
        for s in head:
            if s.index >= mark.index:
                break
            words = [t for t in s.span if t.is_alpha]
            bodies = [m.entity for m, _ in self.sent_entities(s, {"Organization", "GovernmentBody"}) if not self._is_news(m.entity)]
            if bodies and len(words) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in s.span):
                issuer, at = bodies[0], s
        if issuer is None:
            lede = next((s for s in self.sents[mark.index + 1:mark.index + 3] if s.para > mark.para), None)
            verb = lede.span.root if lede is not None else None
            if verb is None or verb.lemma_ not in _REPORTING_VERBS:
                return False
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            k = self._resolve_np(subj) if subj is not None else None
            if k is None or self.etype(k) not in ("Organization", "GovernmentBody") or self._is_news(k):
                return False
            issuer, at = k, lede
        if self._has_spoken(issuer):
            return False
        self.add_claim("statement", {"speaker": issuer, "medium": self._medium_entity("report")}, {"date": self._doc_date()},
                       self.span(at.start, at.end), confidence=0.5)
        return True

    def _release_lede_statement(self):
        """A release that does not call itself one still speaks in its own voice: its first sentence says what its
        issuer did "today" ("Today, the Finance Ministry designated ...", "The agency today announced ...", "X said
        today"), the day the text is dated, which a report about the issuer would not call "today". The issuer is
        that sentence's subject, and the text is its press release (or the statement the sentence names)."""
        lede = self._lede_issuer()
        if lede is None:
            return
        speaker, s = lede
        if self._has_spoken(speaker):
            return  # "In a statement, the ministry said ...": the release the text itself names
        medium = next((m.entity for m, _ in self.sent_entities(s, {"Medium"})), None) or self._report_said_in(s) \
            or self._medium_entity("press release")
        self.add_claim("statement", {"speaker": speaker, "medium": medium}, {"date": self._doc_date()},
                       self.span(s.start, s.end), confidence=0.5)

    def _lede_issuer(self):
        """(issuer, sentence) of a lede that says what its issuer did "today", or None (_release_lede_statement)."""
        if not self.date:
            return None
        for s in self.sents[:8]:
            if s.para > 5:
                break
            today = next((t for t in s.span if self._says_today(t)), None) or self._on_the_day_dated(s)
            quoted = any(t.text in ('"', "\u201c", "\u201d") for t in s.span)
            if today is None:
                if quoted and s.para <= 3:
                    continue  # a release may open with its official's words ('"..." said Under Secretary X.') before its lede
                if len([t for t in s.span if t.is_alpha]) > 12 and s.span.text.rstrip()[-1:] in ".!?\"\u201d":
                    return None  # the lede told something else: a story, not a release (a headline ends without a stop)
                continue
            before = s.span.doc[s.span.start:today.i]
            if sum(t.text == '"' for t in before) % 2 or sum(t.text == "\u201c" for t in before) > sum(t.text == "\u201d" for t in before):
                return None  # "today" in someone's quoted words is theirs (not a lede that quotes a title: 'E.O. 13667, "Blocking ..."')
            verb = today.head
            for _ in range(4):  # "X said in a report released today": the verb whose subject speaks
                if any(c.dep_ == "nsubj" for c in verb.children) or verb.head.i == verb.i:
                    break
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            speaker = self._resolve_np(subj) if subj is not None else None
            if (speaker is None or self.etype(speaker) in PLACE_TYPES) and verb.i > 0:
                # "(Nairobi, May 6) - ... , Human Rights Watch said": the parser took the dateline for the subject;
                # the name just before the verb says it ("... Control (OFAC) today designated": past "today" and brackets)
                j = verb.i - 1
                # (and past "this evening" and an adverb: "the Security Council this evening unanimously adopted")
                while j > s.span.start and (verb.doc[j].i == today.i or verb.doc[j].head.i == today.i or verb.doc[j].text in (")", "(")
                                            or verb.doc[j].pos_ == "ADV" and verb.doc[j].head.i == verb.i):
                    j -= 1
                k = self.entity_at(verb.doc[j])
                speaker = k if k is not None else speaker
            if speaker is None or self.etype(speaker) not in ("GovernmentBody", "Organization", "Person") or self._is_news(speaker) \
                    or self._actor_is_sanctioned(speaker):
                return None
            if self.etype(speaker) == "Person" and verb.lemma_ in ("sign", "issue", "enact"):
                return None  # "President X today signed E.O. 13818": the head of state acts; a department issues the release
            return speaker, s
        return None

    @staticmethod
    def _says_today(t) -> bool:
        """Whether a word dates a verb to the release's own day: "today", or the part of it a UN release names ("the
        Security Council this evening adopted", "tonight unanimously adopted", "this morning imposed")."""
        if t.dep_ != "npadvmod" or t.head.pos_ != "VERB":
            return False
        return t.lower_ in ("today", "tonight") or t.lower_ in ("morning", "afternoon", "evening") \
            and any(c.dep_ == "det" and c.lower_ == "this" for c in t.children)

    def _on_the_day_dated(self, s: Sent):
        """The "On" of a lede that dates its act to the release's own day ("On 20 December 2018, the Committee approved
        ..." under a release dated 20 December 2018), which says "today" in a release's voice; else None."""
        if len(self.date or "") != 10 or self.sent_date(s) != self.date:
            return None
        return next((t for t in s.span if t.lower_ == "on" and t.dep_ == "prep" and t.head.pos_ == "VERB"
                     and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" and _CALENDAR_DATE_RE.fullmatch(
                         s.span.doc[c.left_edge.i:c.right_edge.i + 1].text) for c in t.children)), None)  # (not "on Monday")

    def _report_said_in(self, s: Sent) -> str | None:
        """The report a sentence says something in ("X said in a report released today", "said in a November report"):
        the medium of what is said, as a statement or a release is; a report only cited ("according to a report", "a
        report by X found") is no one's words here, and one set before the verb ("In its report, the panel said") is
        the inquiry telling what it found."""
        for t in s.span:
            if t.lemma_ == "report" and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "in" \
                    and t.head.head.pos_ == "VERB" and t.head.head.lemma_ in SPEECH_VERBS and t.head.i > t.head.head.i:
                # (not a report set before the verb, "In its report the panel said ...": what the inquiry found, told)
                return self._medium_entity("report")
        return None

    def _platform_x(self) -> str:
        """The platform X under the name the text gives it: a reader (and the annotated corpus) quotes "a post on X" as
        said on X, whatever it was called when the gazetteer was written; the gazetteer's Wikidata ID (Twitter's)
        still ties it to the same platform."""
        key = "platform:x"
        if key not in self.ex.entities:
            ke = self.gaz.known_by_label.get(gz.normal("Twitter"))
            self.ex.entities[key] = Entity(key=key, name="X", type="Platform", wikidata=ke.wikidata if ke is not None else None)
        return key

    def _medium_entity(self, name: str) -> str:
        """The medium ``name`` as an entity, made when the text never writes it."""
        key = "medium:" + slug(name)
        if key not in self.ex.entities:
            self.ex.entities[key] = Entity(key=key, name=name, type="Medium")
        return key
