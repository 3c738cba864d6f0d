"""Sanction claims: who is designated, by which authority, under which law, with which measure and when."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract import gazetteer as gz
from kg.extract.rules.units import RECALL_CONFIDENCE, Mention, Sent, has_subject, nearest_subject, slug, strip_det, verb_with_subject
from kg.extract.rules.words import _WORDS
from kg.extract.rules.words import (
    ACCUSE_VERBS,
    ACTING_VERBS,
    ACTOR_GROUP_HEADS,
    ASSET_NOUNS,
    BARRED_ACTIVITY_NOUNS,
    CALL_FOR_VERBS,
    CAPITALS,
    COMPANY_NAME_WORDS,
    COUNT_OF_THEM_RE,
    OTHER_COUNT_RE,
    COVERAGE_VERBS,
    DESIGNATION_NOUNS,
    ENTRY_WORDS,
    FAMILY_GROUP,
    GOV_WORDS,
    GROUP_HEADS,
    BULLET_MARKS,
    JUDICIAL_ACTOR_NOUNS,
    LIST_LEAD_RE,
    COPULAR_LIST_RE,
    LIST_MARKER_RE,
    LIST_FIELD_LABELS,
    LIST_NAME_LABELS,
    LISTED_ENTITY_HEADS,
    MODAL_WORDS,
    NUMBER_WORDS,
    NUMBERED_GROUP,
    ORGISH_NAME_RE,
    PARTNER_VERBS,
    PERSON_NOUNS,
    PROPOSAL_NOUNS,
    RANK_WORDS,
    REACTION_VERBS,
    REASON_RE,
    REVOKING_WORDS,
    SANCTIONER_QIDS,
    SANCTION_MEASURE_NOUNS,
    SANCTION_TRIGGERS,
    SANCTION_WORDS,
    SANCTIONED_ADJECTIVES,
    DESIGNATED_APPOSITION_HEADS,
    DESIGNATED_APPOSITION_FILLERS,
    SANCTIONING_VERBS,
    SPEECH_VERBS,
    STRONG_SANCTION,
    TARGET_GROUP_HEADS,
    TITLE_FIELD_LABELS,
    PLURAL_TITLE_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    UNNAMED_LAW_HEADS,
    INSTRUMENT_KIND_RE,
    UNREALISED_MODIFIERS,
    WITHHOLDING_WORDS,
    _WORDS,
)
from kg.model import Entity

LAW_MAKING_VERBS = _WORDS.set("law_making_verbs")
BLOCKED_THINGS = _WORDS.set("blocked_things")
# what a state does to assets when it sanctions their owner ("froze the assets of X", "block any assets held by X")
FREEZING_VERBS = ("block", "freeze", "seize")
REBUFF_VERBS = _WORDS.set("rebuff_verbs")
PARALLEL_ACTION_RE = re.compile(r"(?i)\b(?:parallel|similar|matching|corresponding|complementary) (?:action|actions|measures|sanctions|designations)\b")
SAME_ONES_RE = re.compile(r"(?i)\b(?:against|on|targeting) (?:the same (?:individuals|persons|people|officials|entities|men|targets)|them|these (?:individuals|persons|officials))\b")


# A UN committee's list entry opening on its reference ("HTi.002 Name: X", "CDi.035 Name: X"): an individual ("i") or an
# entity ("e") the committee adds, however the name after the label is written.
UN_ENTRY_REF_RE = re.compile(r"[A-Z]{2,3}[ie]\.\d{3}[ \t]+Name[ \t]*:")
# A list line's bullet or number ("- ", "\u2022 ", "1. ", "(b) ").
ITEM_MARK_RE = re.compile(r"(?:[-*\u2022\u2013\u2014]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
# The words a list line starts with, up to its first bracket, comma or semicolon ("Orel Holding LLC (a.k.a. ...), ...").
COMPANY_LINE_RE = re.compile(r"([A-Z][^,;()\n]{1,80}?)\s*(?:[(,;]|$)")
# A sanction told as a compound adjective ("U.S.-sanctioned businessman X", "EU-blacklisted firms"): who sanctioned, then the verb.
HYPHEN_SANCTIONED_RE = re.compile(r"^(?P<by>[A-Z][\w.]*(?:\.[A-Z]\.?)?)-(?:sanctioned|blacklisted|designated|listed)$")
# A time told relative to the date just named ("had designated X the month before", "a year earlier").
SHIFTED_TIME_RE = re.compile(
    r"\b(?:(?P<back>(?:the|a|one)\s+(?P<u1>month|year)\s+(?:before|earlier)|the\s+(?:previous|preceding|prior)\s+(?P<u2>month|year))"
    r"|(?P<fwd>(?:a|one)\s+(?P<u3>month|year)\s+later|the\s+(?P<u4>month|year)\s+after|the\s+(?:following|next)\s+(?P<u5>month|year)))\b", re.I)


def shift_date(value: str, unit: str, step: int) -> str | None:
    """``value`` (an ISO prefix) moved by one month or year; the result keeps the unit's precision."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?", value)
    if not m:
        return None
    year = int(m.group(1))
    if unit == "year":
        return str(year + step)
    if m.group(2) is None:
        return None
    month = int(m.group(2)) - 1 + step
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


# a count and the names set off after it ("Two of them, A and B,", "the other two, C and D,")
COUNTED_NAMES_RE = re.compile(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+of\s+(?:them|those|these))?"
                              r"\s*,\s+([^,;]+?)\s*[,;]")


DOCUMENT_PART_NAMES = _WORDS.set("document_part_names")
OTHER_ACT_SPARED = _WORDS.set("other_act_spared_verbs")
EARLIER_ACT_ADVERBS = _WORDS.set("earlier_act_adverbs")
ACT_FOLLOWING_VERBS = _WORDS.set("act_following_verbs")
# "Chapter VII (of the Charter)": a part of a charter, which a body acts under (not an act's own chapter or article)
CHARTER_PART_RE = re.compile(r"(?:Chapter|Article)\s+[IVXLC]+\b(?!.*\b(?:Act|Regulations?|Decision|Order)\b)")
# ... or the charter itself ("the Charter", "the United Nations Charter")
CHARTER_RE = re.compile(r"(?:the\s+)?(?:(?:United\s+Nations|UN|U\.N\.)\s+)?Charter(?:\s+of\s+the\s+United\s+Nations)?$", re.I)
# "On the same day the Department imposed ...", "at the same time": the act is dated by the one told before, whatever it was
SAME_TIME_RE = re.compile(r"\b(?:the\s+same\s+(?:day|date|time|meeting)|that\s+(?:same\s+)?day|simultaneously)\b", re.I)
HEADLINE_REASON_WORDS = _WORDS.set("headline_reason_words")


# words that tell what the designations a text has told do ("As a result of these designations", "Because of today's action")
EO_NAME_RE = re.compile(r"(?:E\.O\.|Executive Order)\s+\d")
RETOLD_ACT_RE = re.compile(r"(?i)\b(?:as\s+a\s+result\s+of|because\s+of)\s+(?:these|today['\u2019]s|this|the\s+above)\s+(?:designations?|actions?|listings?)\b")

class SanctionRules:
    """Mixin of the document reader (kg.extract.rules.reader._Reader); uses its state and its other rules."""

    # sanctions -------------------------------------------------------------------------

    def _legal_bases(self) -> list[tuple[int, str]]:
        return [(m.start, m.entity) for m in self.mentions if m.entity and self.etype(m.entity) in ("Statute", "SanctionsProgram")]

    def _is_sanction_sentence(self, s: Sent) -> bool:
        words = s.span.lowers
        if "-" in s.span.text and any("-" in t.text and HYPHEN_SANCTIONED_RE.match(t.text) for t in s.span):
            return True  # "U.S.-sanctioned businessman X": told as a fact about X
        continues = bool(words & {"list", "lists", "include", "includes", "names"}) and any(
            i in getattr(self, "sanction_targets", {}) for i in range(s.index - 3, s.index))  # "They also list 19 Venezuelan officials"
        continues = continues or (bool(LIST_LEAD_RE.match(s.span.text)) and any(
            i in getattr(self, "sanction_targets", {}) for i in range(s.index - 2, s.index)))  # "The four are A, B, C and D."
        continues = continues or (bool(COUNT_OF_THEM_RE.match(s.span.text) or OTHER_COUNT_RE.match(s.span.text))
                                  and s.index - 1 in getattr(self, "sanction_targets", {}))
        if not words & STRONG_SANCTION and not continues and not (words & SANCTION_TRIGGERS and self._cites_law(s)) \
                and not ("named" in words and self._named_under_law(s)) and not self._action_against_designated(s) \
                and not self._blocks_assets(s):
            return False
        triggers = [t for t in s.span if t.lower_ in SANCTION_WORDS]
        if triggers and all(self._unrealised(t) or self._barred_from_other(t) or self._imposes_other(t) or self._when_it_comes(t)
                            or self._blocks_a_thing(t) or self._appointed(t) or self._by_a_court(t) or self._rebuffed(t)
                            for t in triggers):
            return False  # sanctions asked for, weighed or refused are not sanctions (nor a court's bar on holding office)
        # a sentence about what a law does in general is not an act of sanctioning
        root = s.span.root
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in ("provision", "law", "section", "act", "statute", "order", "measure", "regulation", "regulations") \
                and root.lemma_ not in ("list", "name", "designate", "include", "add"):
            return False  # but "The regulations list 30 Russian nationals ..." lists them
        if subj and (root.lemma_ == "mean" and subj[0].lower_ in SANCTION_MEASURE_NOUNS | SANCTION_WORDS
                     or self._generic_rule(root, subj[0])):
            return False  # what a measure means, or whom a law bars in general, names no one it was imposed on
        return True

    @staticmethod
    def _rebuffed(t) -> bool:
        """ "The embassy dismissed the designation as groundless", "Minsk called the sanctions illegal": a sanction told
        before, taken up as what someone reacts to, names no one it hits (but "welcomed the designation of X" does)."""
        return t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_ in REACTION_VERBS | REBUFF_VERBS \
            and any(c.dep_ in ("det", "poss") for c in t.children) \
            and not any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "for") for c in t.children)

    @staticmethod
    def _blocks_assets(s: Sent) -> bool:
        """ "The Federal Council decided to block any assets held in Switzerland by X": blocking someone's assets is a
        freeze however weak the word ("block" alone also stops roads and marches, see ``_blocks_a_thing``)."""
        return any(t.lemma_ in FREEZING_VERBS and t.pos_ == "VERB"
                   and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in ASSET_NOUNS
                           # (the parser may hang the assets on the verb "block" depends on: "decided to block, with
                           # immediate effect, any assets")
                           for c in [*t.children, *(t.head.children if t.dep_ == "xcomp" else ())]) for t in s.span)

    @staticmethod
    def _holder_of_assets(tok) -> bool:
        """ "any assets held in Switzerland by the Libyan leader X": the "by" of assets held, owned or controlled names
        their owner, not an agent who acts (as in "abuses by the government of X")."""
        node = tok
        while node.dep_ in ("compound", "flat", "appos", "conj") and node.head.i != node.i:
            node = node.head
        by = node.head
        return node.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_ in ("hold", "own", "control") \
            and by.head.dep_ == "acl" and by.head.head.lemma_ in ASSET_NOUNS

    def _action_against_designated(self, s: Sent) -> bool:
        """"OFAC is taking action against two senior officials ... The designations are made pursuant to E.O. 13818": a
        release's lede that says its issuer "took action against" people designates them when it or the sentence after it
        calls that a designation or names the law (an action against someone elsewhere is a raid, a lawsuit, a strike)."""
        if "action" not in s.span.lowers or not any(
                t.lower_ == "action" and t.head.lemma_ == "take" and any(c.lower_ == "against" for c in t.children)
                or t.lower_ == "against" and t.head.lower_ == "action" and t.head.head.lemma_ == "take" for t in s.span):
            return False
        after = self.sents[s.index + 1] if s.index + 1 < len(self.sents) and self.sents[s.index + 1].para == s.para else None
        return any(bool(x.span.lowers & {"designation", "designations", "designated", "designating"})
                   or self._cites_law(x) for x in (s, after) if x is not None)

    def _cites_law(self, s: Sent) -> bool:
        """Whether a sentence names a statute or a sanctions programme."""
        return any(self.etype(m.entity) in ("Statute", "SanctionsProgram") for m, _ in self.sent_entities(s))

    def _counted_one_by_one(self, s: Sent) -> list[str]:
        """The names a count designated in the sentence stands for, when the sentences after it open on them one by one
        ("The United States is today designating two Iranian judges ... and three prisons" ... "Judge A of ... presided",
        "Judge B of ... has handed down", "C Prison in Shiraz ...", "D Prison ...", "E Prison ..."): a release tells
        each designee in a sentence of its own without a sanction word. Only when exactly as many are told as counted."""
        out: list[str] = []
        for t in s.span:
            if t.dep_ != "nummod" or t.head.tag_ != "NNS" or self.mention_of(t.head) is not None:
                continue
            n = int(t.text) if t.text.isdigit() else NUMBER_WORDS.get(t.lower_)
            if not n or n > 12:
                continue
            top = t.head
            while top.dep_ in ("conj", "appos") and top.head.i != top.i:
                top = top.head
            if top.dep_ not in ("dobj", "nsubjpass") or not (top.head.lower_ in STRONG_SANCTION or top.head.lemma_ in SANCTIONING_VERBS):
                continue
            noun = t.head.lemma_.lower()
            hits: list[str] = []
            for later in self.sents[s.index + 1:s.index + 25]:
                if later.para > s.para + 8:
                    break
                toks = [x for x in later.span if not x.is_space]
                if len(toks) < 3:
                    continue
                if toks[0].lower_ == noun and toks[0].text[:1].isupper():
                    k = self.entity_at(toks[1])  # "Judge A of the Revolutionary Court ..."
                    if k is not None and self.etype(k) == "Person" and k not in hits:
                        hits.append(k)
                    continue
                m = next((m for m in self.mentions if later.start <= m.start < self.tstart(toks[1]) + 1 and m.entity), None)
                if m is not None and m.text.split()[-1].lower() == noun and self.etype(m.entity) in ("Organization", "GovernmentBody", "Place") \
                        and m.entity not in hits:
                    hits.append(m.entity)  # "C Prison in Shiraz, where ..."
            if len(hits) == n:
                out += [k for k in hits if k not in out]
        return out

    def _named_under_law(self, s: Sent) -> bool:
        """Whether "named" names someone under a sanctions law ("The United States named him in 2013 under the Magnitsky
        Act"): a designation; "was named head of X", "named X special rapporteur" are appointments."""
        for t in s.span:
            if t.lower_ != "named" or t.pos_ != "VERB":
                continue
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("under", "pursuant") and any(
                        self.mention_of(x) is not None and self.etype(self.mention_of(x).entity) in ("Statute", "SanctionsProgram")
                        for x in c.subtree):
                    return True
        return False

    @staticmethod
    def _generic_rule(root, subj) -> bool:
        """Whether a sentence states a rule in the simple present about a kind of people ("Under Section 7031(c), foreign
        officials involved in corruption are barred from entering the United States, and so are their immediate family
        members", "Designated persons are ineligible for visas"): a bare plural, without article, owner or count, and a
        present that is no act in progress ("Officials of the ministry are being designated today")."""
        if subj.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod", "predet") for c in subj.children):
            return False
        auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
        if root.tag_ in ("VBP", "VBZ"):
            return not auxes
        return root.tag_ == "VBN" and bool(auxes) and all(a.tag_ in ("VBP", "VBZ") and a.lemma_ == "be" for a in auxes)

    @staticmethod
    def _when_it_comes(t) -> bool:
        """Whether a sanction word is only the subject of when it comes ("The designation comes days after the inauguration
        of President X", "Today's action follows the killing of Y"): the sentence tells its occasion, and whoever it names
        there is no target; one it names in the subject itself is ("Today's designation of X follows ...")."""
        return t.dep_ == "nsubj" and t.head.lemma_ in ("come", "follow", "coincide", "arrive") and t.pos_ == "NOUN" \
            and not any(c.dep_ == "prep" for c in t.children)

    @staticmethod
    def _appointed(t) -> bool:
        """Whether "designate" appoints someone to do something ("a panel designated by the city's leader to try security
        cases", "the judge designated to hear the appeal"): a task given, not a listing; "designated X as a terrorist
        organisation" and "designated for corruption" stay listings."""
        if t.lemma_ != "designate" or t.pos_ != "VERB":
            return False
        # the task's "to" follows the designation closely; the parser hangs it on "designated" or on the clause's verb
        for x in t.doc[t.i + 1:t.i + 9]:
            if x.is_punct:
                return False
            verb = x.head
            if x.lower_ == "to" and x.dep_ == "aux" and verb.tag_ == "VB" and verb.lemma_ != "be" \
                    and (verb.head.i == t.i or verb.head.i in {a.i for a in t.ancestors}):
                return True
        return False

    @staticmethod
    def _imposes_other(t) -> bool:
        """Whether "impose" puts something other than a sanction on its object ("imposed a curfew on three towns",
        "imposed a state of emergency", "imposed new tariffs on steel", "the security law Beijing imposed"): public order,
        trade measures and laws, not listings."""
        if t.lemma_ != "impose" or t.pos_ != "VERB":
            return False
        obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None and t.dep_ in ("relcl", "acl") and t.head.pos_ == "NOUN":
            obj = t.head  # "the law Beijing imposed in June", "a curfew imposed on the city" (but "the sanctions the EU imposed")
        return obj is not None and obj.lower_ not in SANCTION_MEASURE_NOUNS | SANCTION_WORDS

    @staticmethod
    def _bars_entry(verb) -> bool:
        """Whether a "ban" or "bar" is one on entering a state ("banned from entering", "barred from its territory")."""
        return any(x.lemma_ in ENTRY_WORDS for x in verb.subtree)

    def _barred_from_other(self, t) -> bool:
        """Whether a "bar" or "ban" keeps someone from doing something other than entering or travelling ("barred her
        for life from holding public office", "banned from running in the election"): a court's or a body's penalty,
        not a sanction."""
        if t.lemma_ not in ("bar", "ban") or t.pos_ != "VERB":
            return False
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                act = next((g for g in c.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
                if act is not None and act.lemma_ == "travel" and not any(g.dep_ == "prep" for g in act.children) and not any(
                        w.lower_ in ("abroad", "to", "into", "through") for w in act.subtree if w.i != act.i):
                    return True  # "freed, though barred from travelling": an exit ban at home, not a state's bar on entering it
                if act is not None:
                    return act.lemma_ not in ENTRY_WORDS
        objs = [c for c in t.children if c.dep_ == "dobj"]
        banned = [t.head if o.lower_ in ("which", "that") and t.dep_ == "relcl" else o for o in objs]
        if banned and all(self.etype(self.entity_at(o)) == "Organization" for o in banned) and not self._bars_entry(t):
            return True  # "ACAT-Norvia, which the government banned in 2016": a group outlawed at home, no sanction
        # "banned 118 of its members from politics", "barred from office for five years": an activity, not a place (the
        # parser may hang the "from" on the object)
        for c in [*t.children, *(x for o in objs for x in o.subtree)]:
            if c.dep_ == "prep" and c.lower_ == "from":
                thing = next((g for g in c.children if g.dep_ == "pobj"), None)
                if thing is not None and thing.pos_ == "NOUN" and thing.text.islower() and thing.lower_ in BARRED_ACTIVITY_NOUNS:
                    return True
        return False

    @staticmethod
    def _by_a_court(t) -> bool:
        """Whether a court, judge or prosecutor orders the freeze or ban ("a court in Luanda froze her bank accounts"): a
        measure in a case against someone, not a sanction (a state's or a union's listing)."""
        if t.pos_ != "VERB" and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB":
            t = t.head  # "froze the assets of X": the verb whose object the measure is
        if t.pos_ != "VERB":
            return False
        who = [c for c in t.children if c.dep_ == "nsubj"]
        who += [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(w.lower_ in JUDICIAL_ACTOR_NOUNS for w in who)

    def _member_bodies(self, s: Sent) -> set:
        """The bodies a sentence names as what people belong to (by any of their names: "... of the Law Enforcement
        Forces (LEF)")."""
        out = set()
        if not {"member", "members"} & s.span.lowers:
            return out  # (the members noun is the only way in: a sentence without it is skipped unwalked)
        for t in s.span:
            k, noun = self.entity_at(t), self._members_of(t)
            if noun is None:
                continue
            if k and self.entity_at(noun) != k:  # (but "fourteen members of the team" is one group)
                out.add(k)
            if t.dep_ == "pobj":  # "... of the Law Enforcement Forces of X (LEF)": the short name in brackets after it
                end = max(x.i for x in t.subtree if x.text != "(" and (x.dep_ != "appos" or x.i < t.i) and not (x.i > t.i and x.doc[x.i - 1].text == "("))
                short = t.doc[end + 2] if end + 2 < len(t.doc) and t.doc[end + 1].text == "(" else None
                if short is not None and self.entity_at(short) and self.entity_at(short) != self.entity_at(noun):
                    out.add(self.entity_at(short))
        return out

    @staticmethod
    def _members_of(t):
        """The "members" noun a body is named after as what listed people belong to ("members of the X militia and of
        the Y forces"), or None."""
        node = t
        while node.dep_ in ("compound", "flat", "amod", "appos") and node.head.i != node.i:
            node = node.head  # (through "(LEF)" after the name)
        if node.dep_ != "pobj" or node.head.lower_ != "of":
            return None
        of = node.head
        while of.dep_ == "conj" and of.head.lower_ == "of":
            of = of.head  # ("members of A and of B": the second "of" hangs on the first)
        ok = of.head.pos_ == "NOUN" and of.head.lemma_.lower() in ("member", "members") and of.head.tag_ == "NNS"
        return of.head if ok else None

    @staticmethod
    def _blocks_a_thing(t) -> bool:
        """Whether a "block" or "ban" word stops a way, access or a gathering rather than someone's property or entry
        ("protesters blocking a railway line", "a rally the authorities had banned", "the banned X movement"): "blocking"
        is what a designation does to assets, but a road or a march blocked is no sanction on anyone."""
        if t.lemma_.lower() not in ("block", "ban", "bar"):
            return False
        things = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        things += [g for x in things for g in x.conjuncts]  # "blocked roads and bridges"
        if not things and t.dep_ in ("amod", "relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
            things.append(t.head)  # "the banned movement", "a rally (that) they had banned" (but "protesters blocking a line")
        return bool(things) and all(x.lemma_.lower() in BLOCKED_THINGS or x.lower_ in BLOCKED_THINGS for x in things)

    def _unrealised(self, t) -> bool:
        """Whether a sanction word speaks of a sanction nobody has taken.

        News reports sanctions that rights groups call for, that a government "should" or "could"
        impose, or that one "has not" imposed; the claims contract counts only sanctions taken.
        (Asked about the same word four times on average: the walk up its tree is done once.)
        """
        cache = self.__dict__.setdefault("_unrealised_at", {})
        key = (id(t.doc), t.i)
        if key not in cache:
            cache[key] = self._walks_to_unrealised(t)
        return cache[key]

    @staticmethod
    def _walks_to_unrealised(t) -> bool:
        if t.text[:1].isupper() and t.lower_ in ("sanction", "designate", "blacklist") \
                and (t.i == t.sent.start or t.doc[t.i - 1].text in (";", ":", "\u2014", "\u2013", "-")):
            return True  # "Investigate Kishishe Massacre; Sanction Commanders": a headline's call, in the imperative
        if any(c.dep_ == "amod" and c.lower_ in UNREALISED_MODIFIERS for c in t.children):
            return True  # "faces possible sanctions", "proposed sanctions"
        node = t
        steps = 0
        for _ in range(8):
            # the words of a name count as one step ("removed from the Specially Designated Nationals and Blocked Persons List")
            steps += node.dep_ not in ("compound", "flat")
            if steps > 4:
                break
            kids = list(node.children)
            if any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in kids) or any(c.dep_ == "neg" for c in kids):
                return True
            if node.lemma_ in CALL_FOR_VERBS or node.lower_ in CALL_FOR_VERBS:
                return node.i != t.i
            if node.lemma_ in REVOKING_WORDS or node.lower_ in REVOKING_WORDS or node.lemma_ in WITHHOLDING_WORDS or node.lower_ in WITHHOLDING_WORDS:
                return True  # "lifted sanctions on X", "removed X from its sanctions list": the opposite of a designation
            if node.dep_ == "ROOT" or node.head.i == node.i:
                # "...; on the Council to establish a mechanism to investigate abuses": an infinitive the parse makes the root
                # of a list of calls hangs from nothing that does it
                return node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
            if node.dep_ == "relcl" and node.head.lemma_ in PROPOSAL_NOUNS:
                return True  # "a bill that would sanction X"
            if node.dep_ in ("xcomp", "ccomp", "advcl", "acl") and node.pos_ in ("VERB", "AUX") and node.head.lemma_ in CALL_FOR_VERBS:
                return True  # "called for X to be sanctioned"
            if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.dep_ in ("nsubj", "nsubjpass", "dobj") \
                    and (node.head.head.lemma_ in REVOKING_WORDS or node.head.head.lower_ in REVOKING_WORDS):
                return True  # "the 100 persons listed under it are being removed from the list": who was listed is delisted
            if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
                node = node.head  # "asked them to impose sanctions and take other hostile action": the second verb shares
                continue  # the first one's subject and fate
            if node.dep_ in ("relcl", "advcl", "ccomp", "acl") and node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
                node = node.head  # "should support a mechanism to investigate", "urged them to order prosecutors to investigate":
                continue  # an infinitive tells no act of its own; it is done only if what it hangs from is
            if node.dep_ in ("conj", "relcl", "advcl", "ccomp", "acl") and node.pos_ in ("VERB", "AUX"):
                return False  # a clause of its own: its verb is realised or not by itself
            node = node.head
        return False

    def _authority(self, s: Sent) -> str | None:
        # the subject of the sanctioning verb ("The UK has today designated ...", "Canada is imposing sanctions ...")
        acting = ACTING_VERBS | {"impose", "designate", "sanction", "bar", "list"}
        for t in s.span:
            hy = HYPHEN_SANCTIONED_RE.match(t.text) if "-" in t.text else None
            ke = self.gaz.known_by_label.get(gz.normal(hy.group("by"))) if hy else None
            if ke is not None and ke.type in ("Country", "Organization", "GovernmentBody"):
                return self._known_entity(ke)  # "U.S.-sanctioned businessman X"
            if t.dep_ == "npadvmod" and t.head.lower_ in STRONG_SANCTION and t.head.dep_ == "amod" and self.entity_at(t) \
                    and self.etype(self.entity_at(t)) in ("Country", "Organization", "GovernmentBody"):
                return self.entity_at(t)  # "the EU-sanctioned general X"
            if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.lemma_ in acting:
                # "The NSO was itself designated by the European Union": the agent of a passive designation acts
                k = self._actor_at(t)
                if k and self.etype(k) in ("Country", "GovernmentBody", "Organization") and not self._is_monitor(k):
                    self._acting_subjects.add(k)
                    return k
            if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and (
                    t.head.lemma_ in acting
                    # "The Council met and listed ...": a joined verb shares the subject, unless it has one of its own ("the
                    # Department of State determined ..., and Treasury designated X"; "SEBIN officers have detained ...,
                    # and he is designated")
                    or any(c.dep_ == "conj" and c.lemma_ in acting and not has_subject(c)
                           for c in t.head.children)
                    or t.head.lemma_ == "hit" and self._with_measure(t.head)):
                k = self._actor_at(t)
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
        union = next((k for k in self._sanction_owners(s, {"Organization"}) if self._is_sanctioner(k)), None)
        if union is not None:
            return union  # "who is under U.N. sanctions", "EU sanctions on X": whose sanctions they are
        rm = REASON_RE.search(s.span.text)
        late = next((m for m in re.finditer(r"\b(?:after|because)\b", s.span.text) if m.start() > 40), None)
        cut = s.start + min(rm.start() if rm else len(s.span.text), late.start() if late else len(s.span.text))
        # a body named in the reason is no sanctioner ("... after U.S. agencies concluded that officers of the FSB had poisoned him")
        gov = [m for m, t in self.sent_entities(s, {"GovernmentBody"}) if (m.type != "Group" or m.extra.get("head") != "officials")
               and m.start < cut and not self._in_reason(t) and not self._before_the_act(t)
               and not self._title_body(t) and not self._designated_slot(t)
               and not self._describes_a_target(t) and not self._describes_another(t) and not self._in_description(t)]
        # (not a body in what a person or body is: "X, who served as chief of staff of the army until ...", "X, a former
        # police officer", "DIS, the armed forces' main conglomerate", "a firm controlled by the army")
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
            # (not a body named there as whose commander or director someone is, unless it is one that sanctions)
            g = [m for m, t in self.sent_entities(prev, {"GovernmentBody"}) if not self._designated_slot(t)
                 and (self._is_sanctioner(m.entity) or not self._title_body(t))]
            if g:
                return g[-1].entity
        state = next(self._sanction_owners(s, {"Country"}), None)
        if state is not None:
            return state  # "China hits back at US sanctions on X": whose sanctions they are, not who answers them
        for t in s.span:
            if t.dep_ == "amod" and t.head.lower_ in SANCTION_WORDS and self.mention_of(t.head) is None:
                ke = self.demonym_state(t)
                if ke is not None and ke.type == "Country":
                    return self._known_entity(ke)  # "those targeted by the new Canadian sanctions": the state the demonym names
        for m, t in self.sent_entities(s, {"Country"}):
            # a country named as a subject acts; one in a description ("adviser to the President of the Central African
            # Republic") is left to the sanction told just before (see _sanctions)
            if m.start == s.start and self.text[m.end:m.end + 1] == ":":
                continue  # "Varnia: Council sanctions eight more individuals": a headline's topic, not who acts
            root = t
            while m.start <= self.tstart(root.head) < m.end and root.head.i != root.i:
                root = root.head
            if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ in ("poss", "compound") and root.head.lower_ in SANCTION_WORDS) \
                    or not self._recent_sanction(s):
                return m.entity
        return None

    def _sanction_owners(self, s: Sent, types: set):
        """The entities of ``types`` a sentence names as whose sanctions a sanction word speaks of ("EU sanctions",
        "U.N. sanctions", "US sanctions on X"), in order."""
        for m, t in self.sent_entities(s, types):
            if t.dep_ in ("poss", "compound") and t.head.lower_ in SANCTION_WORDS and self.mention_of(t.head) is None:
                yield m.entity

    def _un_entry_sanctions(self, s: Sent, targets: list[str], bases: list[tuple[int, str]]):
        """A UN committee's list entry ("LYi.024 Name: 1: X 2: Y. ... Listed on: 7 June 2018."): its name is listed by
        the Security Council body the text names first (the committee that "approved the addition of the entries
        specified below"), under the first UN resolution the text names before it (the one that set up the committee
        and its measures), on the entry's own listing date."""
        council = next((m.entity for m in self.mentions if m.start < s.start and m.entity and "security council" in m.text.casefold()
                        and self.etype(m.entity) in ("GovernmentBody", "Organization")), None)
        resolutions = [k for pos, k in bases if pos < s.start and "un-resolution-" in (self.ex.entities[k].iri or "")]
        basis = resolutions[0] if resolutions else self._nearest_basis(s, bases, council)
        for k in targets:
            self.add_claim("sanction", {"target": k, "legal_basis": basis},
                           {"authority": council, "measure": self._measure(s) or "asset_freeze",
                            "date": self.sent_date(s) or self._doc_date()},
                           self.span(s.start, s.end), status="designated", confidence=0.8)
        self.sanction_targets[s.index] = list(targets)
        self.item_sents.add(s.index)

    def _apposed_designation(self, s: Sent):
        """(name, authority or None) when the sentence's only sanction words sit in an apposition that says the name
        before it is itself sanctioned ("Pak is the director of the PAD, an entity that is itself already designated",
        "X, the head of the Y Brigade, an entity blacklisted by Washington, was arrested"): news tells such a sanction
        in passing, as a fact about that name, while the sentence is about someone else, whom it does not sanction."""
        doc, lo, hi = s.span.doc, s.span.start, s.span.end
        triggers = [t.i for t in s.span if t.lower_ in SANCTION_WORDS]
        for t in s.span:
            if t.lower_ not in SANCTIONED_ADJECTIVES:
                continue
            j = t.i - 1
            while j > lo and doc[j].lower_ in DESIGNATED_APPOSITION_FILLERS:
                j -= 1
            if doc[j].lower_ not in DESIGNATED_APPOSITION_HEADS or j - 2 < lo or doc[j - 1].lower_ not in ("a", "an") or doc[j - 2].text != ",":
                continue
            k = j - 3
            if doc[k].text == ")":  # "the Propaganda Bureau (PB), an entity ...": the name before its acronym
                while k > lo and doc[k].text != "(":
                    k -= 1
                k -= 1
            key = self.entity_at(doc[k]) if k >= lo else None
            if key is None or self.etype(key) not in ("Person", "Organization", "GovernmentBody"):
                continue
            end = next((x.i for x in doc[t.i:hi] if x.text in (",", ";")), hi)
            if not all(j - 2 < i < end for i in triggers):
                return None  # the sentence sanctions on its own as well
            by = next((x for x in doc[t.i:end] if x.lower_ == "by"), None)
            agent = self._actor_at(doc[by.i + 1]) if by is not None and by.i + 1 < end else None
            if agent is None and by is not None and by.i + 2 < end:
                agent = self._actor_at(doc[by.i + 2])  # "by the EU"
            if agent is not None and self.etype(agent) not in ("Country", "GovernmentBody", "Organization"):
                agent = None
            return key, agent
        return None

    @staticmethod
    def _designated_slot(tok) -> bool:
        """Whether a name stands where a designating verb puts what it designates ("The EDF is being designated today",
        "OFAC designated the EDF"): a body named there is designated, whoever it is, so it is not who designates."""
        node = tok
        while node.dep_ in ("compound", "flat", "appos", "conj", "amod", "det") and node.head.i != node.i:
            node = node.head
        return node.dep_ in ("nsubjpass", "dobj") and node.head.lemma_ in ("designate", "sanction", "blacklist", "list", "target", "penalize")

    def _recent_sanction(self, s: Sent) -> bool:
        return any(i in getattr(self, "sanction_targets", {}) for i in range(s.index - 3, s.index))

    def _actor_at(self, tok) -> str | None:
        """Who a name stands for where a sanctioning actor is expected: a capital read as a place ("Washington
        blacklisted X", "blacklisted by London") acts for its state there, as no city imposes sanctions."""
        k = self.entity_at(tok)
        if k is None or self.etype(k) in ("Place", "Region"):
            return self._capital_state(tok) or k
        return k

    def _capital_state(self, tok) -> str | None:
        """The state a capital stands for as an actor ("Washington acted", "London under its regulations")."""
        if not tok.text[:1].isupper() or gz.normal(tok.text) not in CAPITALS:
            return None
        if self._in_dateline(tok):
            return None  # "BRUSSELS/MINSK — The European Union ...": where the text was written, not who acts
        if self.mention_of(tok) is not None and self.etype(self.mention_of(tok).entity) not in (None, "Place", "Region"):
            return None
        return self.capital_state(tok.text, actor=True)

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

    def _document_part(self, key: str) -> bool:
        """Whether an entity is a document or a part of one the tagger took for a body ("the Annex to E.O. 13667", "The
        E.O. also authorizes ...", "Annex I"): what carries a sanction is never its target."""
        return re.sub(r"\s+(?:[IVX]+|\d+)$", "", strip_det(self.ex.entities[key].name).lower()) in DOCUMENT_PART_NAMES
        # (whatever type the tagger gave it: "the Annex" read as a person)

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
            if t.dep_ == "nsubj" and t.head.lemma_ in ACTING_VERBS and self.etype(self.entity_at(t)) == "Person" \
                    and any(c.dep_ == "dobj" and c.lower_ in SANCTION_MEASURE_NOUNS | DESIGNATION_NOUNS for c in t.head.children):
                speakers.add(self.entity_at(t))  # "Trump had directed the sanctions himself": who orders the measures is no target
            if t.dep_ in ("nsubj",) and t.head.lemma_ in SPEECH_VERBS | REACTION_VERBS | {"hold", "sign", "issue", "enact", "announce", "make", "call"} \
                    and nearest_subject(t.head).i == t.i:
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
        speakers |= {k for m, _ in self.sent_entities(s, {"Person"}) for k in [m.entity]
                     if k not in speakers and self._speech_verb_of(s, k) is not None}  # ('"...," said Under Secretary X')
        rm = REASON_RE.search(s.span.text)
        reason_at = s.start + rm.start() if rm else s.end  # "... in retaliation for Washington's move to sanction X"
        other = self._spells_out_other_count(s)
        if other is not None:
            reason_at = min(reason_at, self.tstart(other))  # (the names after it are the other count's)
        late = next((m for m in re.finditer(r"\b(?:after|because)\b", s.span.text) if m.start() > 40), None)
        if late is not None:  # "... on seven officials, including X, after U.S. agencies concluded that the FSB had poisoned Navalny"
            reason_at = min(reason_at, s.start + late.start())
        for t in s.span:
            rk = self.relatives.get((id(t.doc), t.i))
            if rk and any(c.dep_ == "appos" and c.i > t.i and self.etype(self.entity_at(c)) in ("Person", "Organization") and self.entity_at(c) != rk
                          for c in t.children):
                continue  # "his wife, Marta Linares": the name set off after the kin word is the target, not "his wife" besides her
                # (whatever type the NER gave the name)
            if rk:
                if rk not in out and not self._describes_a_target(t):
                    out.append(rk)
                continue
            if t.lower_ == "it" and t.dep_ == "nsubjpass" and t.head.lower_ in SANCTION_WORDS:
                k = self._paragraph_subject(s)  # "Al-Safir Oto, a car dealership ..., generates revenue. It is being designated ..."
                if k and k not in out and k not in authority_keys:
                    out.append(k)
                continue
            kin = self._family_by_surname(t)
            if kin is not None:  # "designated the three Gupta brothers", "the Guptas": the people of that name named before
                out.extend(k for k in kin if k not in out and k not in authority_keys)
                continue
            if t.lemma_ in ("entity", "company", "organisation", "organization", "body", "firm") and t.tag_ == "NN" and self.mention_of(t) is None \
                    and any(c.lower_ == "same" for c in t.children) and any(c.lower_ == "the" for c in t.children):
                # "sanctioned the same four men and the same entity": the company or body designated last
                same = next((k for i in sorted(self.sanction_targets, reverse=True) if i < s.index
                             for k in reversed(self.sanction_targets[i]) if self.etype(k) in ("Organization", "GovernmentBody")), None)
                if same and same not in out and same not in authority_keys:
                    out.append(same)
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.lower_ in SANCTION_WORDS \
                    and (self.mention_of(t) is None or self.etype(self.entity_at(t)) == "Group"):
                named = self._counted_antecedents(s, t)  # "A is ..., and B is .... Both are being designated ..."
                for k in named:
                    if k not in out and k not in authority_keys:
                        out.append(k)
                if named and self.mention_of(t) is not None:
                    continue  # ("These three entities were designated": the three named, not a group besides them)
            k = self.entity_at(t)
            if not k or k in out or k in authority_keys or k in speakers:
                continue
            if self.etype(k) in ("Organization", "GovernmentBody", "Group") and k in self._member_bodies(s):
                continue  # "The persons listed include members of the Basij and of the LEF": the people, not the bodies
            typ = self.etype(k)
            if self._document_part(k):
                continue  # "listed in the Annex to E.O. 13667", "The E.O. also authorizes sanctions on ...": the document, no target
            m = self.mention_of(t)
            if t.pos_ == "PRON" and any(self.etype(x) == "Person" for x in out) \
                    and not any(h.lower_ in SANCTION_WORDS or h.lemma_ in STRONG_SANCTION for h in ((t.head, t.head.head) if t.dep_ == "pobj" else (t.head,))):
                continue  # "sanctioned X, accusing him of ...": a pronoun in a clause about the target named is that target
            if self._in_reason(t) or self.tstart(t) >= reason_at:
                continue  # "sanctions over the killing of Jamal Khashoggi": a victim, not a target
            gov = t
            while gov.dep_ in ("compound", "flat", "conj", "appos") and gov.head.i != gov.i and self.entity_at(gov.head) in (k, None) \
                    and gov.head.pos_ in ("PROPN", "NOUN"):
                gov = gov.head
            if gov.dep_ in ("dobj", "dative") and gov.head.pos_ == "VERB" and (
                    gov.head.lemma_ in WITHHOLDING_WORDS or gov.head.lower_ in WITHHOLDING_WORDS or gov.head.lemma_ in SPEECH_VERBS and gov.head.lemma_ not in ACCUSE_VERBS | {"add", "name"}):
                continue  # "... but spares X", "told the House of Commons": the object of sparing or telling is no target
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.text == "-" and not t.whitespace_ and t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ in ("style", "like", "type", "era", "based", "backed", "linked", "born", "registered", "controlled", "owned"):
                continue  # "Magnitsky-style sanctions", "the Gorvak-based group": a name that qualifies a noun
            if any(a.lemma_ in PARTNER_VERBS and a.pos_ == "VERB" for a in t.ancestors):
                continue  # "reaffirms the commitment of the United States to work with President X": a partner, not a target
            if self._aim_of_a_move(t):
                continue  # "the latest Western move to pressure the government of President X": what the act is for
            if any(a.lower_ in SANCTION_WORDS | {"targeting", "target"} and self._unrealised(a) for a in t.ancestors):
                continue  # "... but stopped short of targeting President X": this clause's sanction was not taken
            # "Also listed is X": the subject or attribute of a passive sanction verb put first
            inverted = t.dep_ in ("nsubj", "attr") and (any(c.lower_ in STRONG_SANCTION for c in t.head.children) or t.head.head.lower_ in STRONG_SANCTION)
            if self._describes_a_target(t):
                continue  # "X, who serves as adviser to the President, Y": a relative clause describes a target, it names none
            first = t
            while m is not None and first.i > 0 and self.mention_of(first.doc[first.i - 1]) is m:
                first = first.doc[first.i - 1]
            if typ in ("Person", "Organization", "GovernmentBody") and (self._alias_of_previous(first) or self._bracketed_other_name(first, k) is not None):
                continue  # "Wan Kuok-koi, a.k.a. \"Broken Tooth,\"": another name of the target just named
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
                        and last.head.head.head.lower_ not in SANCTION_WORDS and last.head.head.head.lemma_ not in ASSET_NOUNS \
                        and (last.head.lower_ in TITLE_HEADS | RANK_WORDS | PERSON_NOUNS or last.head.lower_ in self.gaz.relation_words):
                    continue  # "a brother of its leader, Mohamed Dagalo": the person a title or kinship is of (but "the head of
                    # the prison colony, Ivan Petrov": a name set off after a place or body is the whole title's holder; and
                    # "the assets of the former president, X": whose assets are blocked)
                named = last
                while named.dep_ in ("compound", "flat") and named.head.i > named.i:
                    named = named.head  # ("President" of "President Y Z")
                while named.dep_ == "conj" and named.head.i < named.i and self.etype(self.entity_at(named.head)) == "Person":
                    named = named.head  # "X, a son of President Y and Vice President Z": both parents are whose son he is
                of = named.head
                kin_of = False
                while of.dep_ == "conj" and of.head.lower_ == "of" and of.head.i < of.i:
                    of = of.head  # "one of the sons of President Y and of Vice President Z": the second "of" is the first's,
                    # which the parser may hang on "one" with the kin word its object
                    kin_of = kin_of or any(c.dep_ == "pobj" and c.lower_ in self.gaz.relation_words for c in of.children)
                if named.dep_ == "pobj" and named.head.lower_ == "of" and (of.head.lower_ in self.gaz.relation_words or kin_of
                                                                          or t.doc[of.i - 1].lower_ in self.gaz.relation_words):
                    continue  # "X, the Vice-President and wife of President Y", "the son of Y": whose relative is designated
                    # (the parser may hang the "of" on another word than the kin word before it)
                described = last.head.head if last.dep_ == "pobj" and last.head.lower_ in ("of", "to") else None
                while described is not None and described.dep_ == "conj" and described.head.dep_ in ("appos", "conj"):
                    described = described.head  # "X, a businessman and adviser to the president": each noun describes X
                if described is not None and described.dep_ == "appos" and last.head.head.pos_ == "NOUN" \
                        and self.etype(self.entity_at(described.head)) == "Person" and self.entity_at(described.head) != k \
                        and not (first.i > 0 and first.doc[first.i - 1].pos_ == "NOUN" and first.doc[first.i - 1].is_lower):
                    # (but "X, the head of the presidential administration Y": a title before a name is that name's)
                    continue  # "X, a deputy of President Y": whose deputy the target is, not a second target
                if t.dep_ == "compound" and t.head.lower_ in ("administration", "government", "regime", "family", "era", "presidency"):
                    continue  # "the Biden administration announced sanctions"
                if last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.i > last.i and self.mention_of(last.head) is None \
                        and last.head.lower_ not in TITLE_HEADS | RANK_WORDS | SANCTION_WORDS:
                    continue  # "the technology sector of the Gorvak economy": a name the NER took for a person, qualifying a noun
                if any(a.lower_ == "by" and a.dep_ in ("agent", "prep") for a in t.ancestors) and not self._holder_of_assets(t):
                    continue  # "abuse and corruption by the government of President Daniel Ortega"
                if self._has_authority_title(k):
                    continue
                if self._in_another_act(t):
                    continue
                out.append(k)
            elif typ == "Group" and m is not None and FAMILY_GROUP.search(m.text):
                out.append(k)
            elif typ == "Group" and m is not None and NUMBERED_GROUP.match(re.sub(r"^(?:same|other|further)\s+", "", m.text)) and m.extra.get("head") in TARGET_GROUP_HEADS \
                    and t.dep_ in ("dobj", "pobj", "conj", "nsubjpass", "appos", "nsubj") and (t.head.lower_ not in ("by", "from", "with", "of") or self._owner_of_assets(t)
                                                                                          or self._along_with(t) or self._designation_of(t)):
                out.append(k)  # "designated 25 Russian nationals", "sanctions on 40 Belarusian officials"
            elif typ in ("Organization", "GovernmentBody") and re.search(r"\b(?:Act|Regulations?|Law|Code)$|\bSanctions\s+(?:Program(?:me)?|Regime)$",
                                                                          self.ex.entities[k].name):
                continue  # "inadmissible under the Immigration and Refugee Protection Act", "the North Korea Sanctions Program": a
                # law or a programme the NER took for a body
            elif typ in ("Organization", "GovernmentBody") and m is not None and self._office_before_holder(m):
                continue  # "sanctioned Iran's Prosecutor-General, Mohammad Jafar Montazeri": the office is the target's title
            elif typ in ("Organization", "GovernmentBody") and m is not None and self._title_of_phrase(first):
                continue  # "designating former Minister of Federal Planning X": the body of the target's title, not a target
            elif typ in ("Organization", "GovernmentBody") and m is not None and ((hd := self._root(t, m)).dep_ == "appos" and (
                    self.entity_at(hd.head) == k or self.etype(self.entity_at(hd.head)) == "Person") or self._joined_title(hd)):
                continue  # "the Federal Security Service (FSB)": the acronym goes with its name; "Krasnov, the Prosecutor General": a title
                # (and "Kanyuka, the spokesman of ... its political umbrella, the Congo River Alliance": the parser hangs a
                # long name on the person by its last word)
            elif typ in ("Organization", "GovernmentBody") and m is not None and t.head.i != t.i and self.mention_of(t.head) is m:
                continue  # a word inside a name ("Macau" of "Hong Kong and Macau Affairs Office"): the name's head decides
            elif typ in ("Organization", "GovernmentBody", "Group") and m is not None and self._object_of_others_deed(gov):
                continue  # "X is being designated ...; the company has supplied the military with goods": whom a target serves
            elif typ in ("Organization", "GovernmentBody") and m is not None and t.dep_ == "conj" and self._conjunct_of_owner(t):
                continue  # "officials of the government and armed forces": the second body is whose officials they are, too
            elif typ in ("Organization", "GovernmentBody") and m is not None and not self._is_sanctioner(k) and not self._is_monitor(k) \
                    and (t.dep_ in ("dobj", "nsubjpass", "pobj", "conj", "appos") or inverted
                         or gov.i != t.i and gov.dep_ == "conj" and gov.head.dep_ in ("nsubjpass", "dobj")) \
                    and (t.head.lower_ not in ("by", "of", "from", "with", "to") or self._along_with(t) or self._designation_of(t)) \
                    and not (t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.head.lower_ in ("by", "of", "from", "with", "to")):
                # (the last line: "an officer of Russia's intelligence service, the GRU": an apposition takes its head's place;
                # "X and his company Y Holdings Limited are designated": the name inside a noun joined to the target)
                if t.dep_ == "pobj" and not self._along_with(t) and not self._designation_of(t) and not (t.head.lower_ in ("on", "against") and t.head.head.lower_ in SANCTION_WORDS | {"penalties", "restrictions"}
                                             and self.mention_of(t.head.head) is None and self.mention_of(t.head) is None):
                    continue  # but "imposed sanctions on the Kaniyat" names a target
                k = self._body_of_body(m, k)
                if k not in out:
                    out.append(k)
        # a body that only does the other act of the sentence ("SEBIN officers have detained protesters, and he is designated")
        at = {k: [t for t in s.span if self.entity_at(t) == k] for k in out if self.etype(k) != "Person"}
        return [k for k in out if not at.get(k) or not all(self._before_the_act(t) for t in at[k])]

    @staticmethod
    def _in_another_act(t) -> bool:
        """Whether a name is what another act the sentence tells is done to or with ("OFAC designated ten officers ...,
        detained State Counsellor X and declared a state of emergency"; "are designated for corruption, having used ties
        to Y to win contracts"): a verb coordinated with the sanction or adverbial to it, with no sanction word of its
        own, tells of a victim, a patron or a partner, not of someone designated. A name the parser made a conjunct of
        such a verb ("added A, who served ... until President B dismissed him in May 2017, and C, the army's former
        deputy chief") is the list's next item, hung on the verb that ends the item before it: a noun joins no verb."""
        if SanctionRules._hung_on_verb(t) is not None:
            return False
        for verb in t.ancestors:
            if verb.pos_ != "VERB":
                continue
            if verb.lemma_ in OTHER_ACT_SPARED or verb.lower_ in SANCTION_WORDS:
                return False
            if verb.dep_ in ("conj", "advcl") and not any(x.lower_ in SANCTION_WORDS or x.lemma_ in STRONG_SANCTION
                                                          for x in verb.subtree):
                return True
        return False

    @staticmethod
    def _hung_on_verb(t):
        """The verb a list's next name was made a conjunct of (", and C, the army's former deputy chief" after a clause
        that ends the item before it), or None: a noun joins no verb, so the name belongs where the first item does."""
        top = t
        while top.dep_ in ("compound", "flat") and top.head.i > top.i:
            top = top.head
        if top.dep_ != "conj" or top.pos_ != "PROPN" or top.head.pos_ != "VERB":
            return None
        # (but "detained State Counsellor A, President B and other leaders": a name after the verb's own named object
        # goes on that object's list)
        return None if any(c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i < top.i for c in top.head.children) else top.head

    @staticmethod
    def _before_the_act(t) -> bool:
        """Whether a name is in the clause before a joined sanction clause that has a subject of its own ("SEBIN officers
        have detained protesters, and he is designated ..."): that clause tells what was done, not who designates or is
        designated."""
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.lower_ not in SANCTION_WORDS and any(
            c.dep_ == "conj" and c.lower_ in SANCTION_WORDS and has_subject(c)
            for c in verb.children)

    @staticmethod
    def _describes_a_target(t) -> bool:
        """Whether a name or kin word stands in a relative clause that tells no sanction ("X, who serves as adviser to
        the President, Y"; "the role the Supreme Leader has delegated to his son") or owns what the sentence speaks of
        ("advance his father's ambitions"): it describes a target, it is none. The kin word is held to it as a name is."""
        if t.dep_ == "poss" and t.pos_ in ("NOUN", "PRON") and t.head.lower_ not in SANCTION_WORDS:
            return True  # (a kin word only: a name's possessive is judged with its whole name)
        return any(a.dep_ == "relcl" and not any(x.lower_ in STRONG_SANCTION for x in a.subtree) for a in t.ancestors)

    def _describes_another(self, t) -> bool:
        """Whether a name stands in an apposition that says what another person or body is ("X, a former police
        officer who ...", "DIS, the armed forces' main industrial conglomerate")."""
        k = self.entity_at(t)
        return any(a.dep_ == "appos" and self.entity_at(a.head) not in (None, k)
                   and self.etype(self.entity_at(a.head)) in ("Person", "Organization", "GovernmentBody") for a in [t, *t.ancestors])

    @staticmethod
    def _in_description(t) -> bool:
        """Whether a name stands in a participle clause that describes a noun and tells no sanction ("a firm controlled
        by the army", "companies involved in manufacturing weapons for the SAF"): whom the described serve, not who
        sanctions them."""
        return any(a.dep_ == "acl" and a.tag_ in ("VBN", "VBG") and not any(x.lower_ in STRONG_SANCTION for x in a.subtree)
                   for a in t.ancestors)

    def _joined_title(self, tok) -> bool:
        """A second title joined to a person's appositive ("X, the Solicitor General and chief prosecutor of Y") is one
        more title of X: the parser makes it a conjunct of the first title, so it would be read as an office designated
        beside X. A conjunct set off by a comma ("X, the director, and the Acme Company") or joined to a named body
        ("designated leader X, the Ministry of State Security and the Ministry of ...": the parser's apposition there
        is a list) is a target of its own."""
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first is tok or first.dep_ != "appos" or self.mention_of(first) is not None or self.etype(self.entity_at(first.head)) != "Person":
            return False
        return not any(w.text in (",", ";") for w in tok.doc[first.i:tok.i])

    def _object_of_others_deed(self, tok) -> bool:
        """Whether a name is the object of a verb that imposes nothing, done by someone who is no sanctioning body ("the
        company has supplied the military", "the network paid the police"): what a target did, and to whom."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ in SANCTIONING_VERBS | ACTING_VERBS | {"hit", "slap", "include", "name", "cover", "freeze", "block"}:
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in DESIGNATION_NOUNS | SANCTION_WORDS or subj.lemma_ in ("action", "measure", "designation"):
            return False  # ("Today's designation brings to 50 the number of ..., among them the morality police")
        described = [tok, *(c for c in tok.children if c.dep_ == "appos")]
        if any(c.dep_ in ("relcl", "acl") and c.lemma_ in SANCTIONING_VERBS for d in described for c in d.children):
            return False  # "She owns X, which was designated for being owned by her": designated in its own right
        k = self._actor_at(subj)
        return k is None or not (self._is_sanctioner(k) or self.etype(k) in ("Country", "GovernmentBody"))

    def _conjunct_of_owner(self, tok) -> bool:
        """Whether a conjunct stands, through the first of its conjuncts, where a name only says whose or which
        (the object of "of", "by", "from", "with", "to"): a conjunct takes the place of the first one."""
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in ("by", "of", "from", "with", "to") \
                and not self._along_with(first) and not self._designation_of(first):
            return True
        # "four commanders of the Kovan military and the Border Guard Police": the parser may hang the second body on the
        # people rather than beside the first one under their "of"; it is one more body they serve, no target of its own
        people = tok.head
        return tok.dep_ == "conj" and people.tag_ == "NNS" and (people.lower_ in PLURAL_TITLE_HEADS or people.lemma_ in TITLE_HEADS) \
            and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i and any(g.dep_ == "pobj" for g in c.children)
                    for c in people.children)

    def _family_by_surname(self, tok) -> list[str] | None:
        """ "the three Gupta brothers", "the Okoye sisters", "the Guptas": a family named by its surname stands for the
        people of that surname the text named before, when there are as many as it counts (None when ``tok`` is no
        such surname)."""
        if tok.pos_ not in ("PROPN", "ADJ") or not tok.text[:1].isupper():
            return None
        plural_name = tok.pos_ == "PROPN" and tok.tag_ == "NNPS" and tok.text.endswith("s") and any(c.lower_ == "the" for c in tok.children)
        kin_noun = tok.dep_ in ("compound", "amod") and tok.head.lower_ in ("brothers", "sisters", "siblings", "sons", "daughters", "cousins")
        if not plural_name and not kin_noun or tok.i == tok.sent.start:  # (the sentence is found last: finding it walks the parse)
            return None
        surname = tok.text[:-1] if plural_name else tok.text
        count = None
        if kin_noun:
            num = next((c for c in tok.head.children if c.dep_ == "nummod"), None)
            if num is not None:
                count = int(num.text) if num.text.isdigit() else NUMBER_WORDS.get(num.lower_)
        pos = self.tstart(tok)
        found: list[str] = []
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.entity and self.etype(m.entity) == "Person" and m.entity not in found \
                    and len(self.ex.entities[m.entity].name.split()) >= 2 and self.ex.entities[m.entity].name.split()[-1] == surname:
                found.append(m.entity)
        if len(found) < 2 or count is not None and len(found) != count:
            return None
        return found

    @staticmethod
    def _alias_of_previous(tok) -> bool:
        """Whether a name follows "a.k.a.", "also known as", "nicknamed" or "alias" right after another name: it is the
        same target's other name, not a second target."""
        words = [x.lower_ for x in tok.doc[max(0, tok.i - 4):tok.i] if not x.is_punct or x.lower_ in ("a.k.a.", "aka")]
        text = " ".join(words)
        return bool(re.search(r"(?:\ba\.?k\.?a\.?|\baka|\bknown as|\bnicknamed|\balias|\bf\.?k\.?a\.?)\s*$", text))

    def _bracketed_other_name(self, tok, key: str):
        """The last word of the same entity's name when ``tok`` is a second name in the brackets right after it ("the
        Security Information Agency (Bezbednosno-informativna agencija, or BIA)"): the body's own-language name, then its
        initials, no second target; else None. (Initials alone in the brackets, "(MEC)", are left to the parse, which
        often hangs them where the sentence puts its targets.)"""
        start = self.tstart(tok)
        before = self.text[max(0, start - 100):start]  # (read in the text: walking the tokens back made thousands of them)
        opened = before.rfind("(")
        if opened < 0 or ")" in before[opened:]:
            return None
        opened += start - len(before)
        if opened == start - 1 and self.text[start + len(tok.text):start + len(tok.text) + 1] == ")":
            return None  # "(MEC)"
        gap = self.text[max(0, opened - 20):opened]
        name_end = opened - (len(gap) - len(gap.rstrip()))
        last = self._token_ending_at(name_end) if name_end else None
        return last if last is not None and self.entity_at(last) == key else None

    def _proper_run(self, tok) -> str | None:
        """The company a run of capitalised proper nouns ending in ``tok`` names when the NER found no name there
        ("Korvan Holdings is the holding company ..."): only when a word of it says it is a company or body."""
        if tok.pos_ != "PROPN" or self.mention_of(tok) is not None:
            return None
        first = tok
        while first.i > 0 and tok.doc[first.i - 1].dep_ == "compound" and tok.doc[first.i - 1].head.i in range(first.i, tok.i + 1) \
                and tok.doc[first.i - 1].pos_ == "PROPN" and self.mention_of(tok.doc[first.i - 1]) is None:
            first = tok.doc[first.i - 1]
        words = tok.doc[first.i:tok.i + 1]
        if len(words) < 2 or not all(w.text[:1].isupper() for w in words) \
                or not any(w.lower_ in self.gaz.org_words or w.text in COMPANY_NAME_WORDS for w in words) and not GOV_WORDS.search(words.text):
            return None
        name = words.text
        typ = "GovernmentBody" if GOV_WORDS.search(name) and not ORGISH_NAME_RE.search(name) else "Organization"
        key = f"{typ.lower()}:{slug(name)}"
        ent = self.ex.entities.get(key) or Entity(key=key, name=name, type=typ)
        self.ex.entities[key] = ent
        ent.aliases.add(name)
        start = self.tstart(first)
        ent.mentions.append(self.span(start, start + len(name)))
        mention = Mention(start, start + len(name), name, typ, 2, entity=key)
        for w in words:
            self.tok_mention[(id(w.doc), w.i)] = mention
        return key

    def _body_of_body(self, m: Mention, key: str) -> str:
        """ "The Public Security Bureau of the XPCC was listed": a body whose name is a generic office ("Public Security
        Bureau", "Intelligence Directorate") followed by "of" and the body it belongs to is named with it, as such
        offices are listed; the short name alone would be any of many bureaus."""
        after = self.text[m.end:m.end + 8]
        of = re.match(r"\s+of\s+(?:the\s+)?", after)
        if not of or not re.search(r"\b(?:Bureau|Directorate|Department|Office|Service|Unit|Division|Command|Committee)$", m.text):
            return key
        pos = m.end + of.end()
        owner = next((x for x in self.mentions if x.start == pos and x.entity), None)
        if owner is None or self.etype(owner.entity) not in ("Organization", "GovernmentBody") or "\n" in self.text[m.start:owner.end]:
            return key
        name = self.text[m.start:owner.end]
        if name.lower().startswith("the "):
            name = name[4:]
        nkey = f"{self.etype(key).lower()}:{slug(name)}"
        ent = self.ex.entities.get(nkey) or Entity(key=nkey, name=name, type=self.etype(key))
        self.ex.entities[nkey] = ent
        ent.aliases.add(name)
        ent.mentions.append(self.span(owner.end - len(name), owner.end))
        return nkey

    def _counted_antecedents(self, s: Sent, tok) -> list[str]:
        """Whom a plural pronoun or a bare count ("Both", "They", "The two", "All three") that a designating verb has as
        subject stands for: the people, companies or bodies the sentence before, in the same paragraph, is about (the
        subjects of its main clauses, or the objects of its sanctioning verb, and names coordinated with them), when
        there are as many as the count says.
        Releases describe two targets in one sentence and designate them in the next."""
        word = tok.lower_
        count = None
        kinds = ("Person", "Organization", "GovernmentBody")
        num = next((c for c in tok.children if c.dep_ == "nummod"), None) if tok.pos_ == "NOUN" else None
        if num is not None and (word in LISTED_ENTITY_HEADS or word in TARGET_GROUP_HEADS) \
                and any(c.lower_ in ("the", "all", "these", "those") for c in tok.children):
            # "All seven companies are being designated": the firms (or people) the paragraph has just named, one by one,
            # in sentences on what each did
            count = int(num.text) if num.text.isdigit() else NUMBER_WORDS.get(num.lower_)
            kinds = ("Person",) if word in TARGET_GROUP_HEADS else ("Organization", "GovernmentBody")
        elif word in ("both",):
            count = 2
        elif word in ("each", "all") and (firms := self._companies_before(s, tok)):
            return firms
        elif tok.pos_ == "NUM" or word in NUMBER_WORDS:
            count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
            if not count or not any(c.lower_ in ("the", "all", "these", "those") for c in tok.children):
                return []
        elif word not in ("they", "each"):
            return []
        reach = 2 if num is None else s.index  # (a counted noun may sum up a paragraph of descriptions)
        here = {m.entity for m, _ in self.sent_entities(s)}  # ("... for acting on behalf of the RSF": whom they served)
        before = [p for p in self.sents[max(0, s.index - reach):s.index] if p.para == s.para]
        found: list[str] = []
        sanctioned: list[str] = []
        for t in (t for p in before for t in p.span):
            node = t
            while node.dep_ in ("compound", "flat", "conj", "appos") and node.head.i != node.i and node.head.pos_ in ("PROPN", "NOUN"):
                node = node.head
            designated = node.dep_ == "dobj" and node.head.dep_ == "ROOT" and (node.head.lemma_ in SANCTIONING_VERBS or node.head.lower_ in STRONG_SANCTION)
            if node.dep_ not in ("nsubj", "nsubjpass") and not designated or node.head.dep_ not in ("ROOT", "conj"):
                continue  # ("OFAC today sanctioned A, a bank ..., and B, ... . Both were designated pursuant to X": whom it sanctioned)
            verb = node.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ != "ROOT":
                continue  # the subject of a clause about something else ("through which the PFDJ owns ...")
            k = self.entity_at(t) or (self._proper_run(t) if t.i == node.i else None)
            if k and k not in found and self.etype(k) in kinds and k not in here \
                    and not self._is_sanctioner(k) and not self._is_monitor(k):
                found.append(k)
                if designated:
                    sanctioned.append(k)
        if len(sanctioned) >= 2:
            found = sanctioned  # whom the sentences before sanctioned, not who else they tell of ("X welcomed the decision")
        if len(found) < 2 or count is not None and len(found) != count and not (num is not None and len(found) < count <= 2 * len(found)):
            return []  # (a paragraph may name a firm the NER missed: most of the count named is enough)
        return found

    def _companies_before(self, s: Sent, tok) -> list[str]:
        """ "He owns A Company Limited, ...; B; and C. Each of these companies was designated for being owned or controlled
        by him": "each (or all) of these companies" are the companies the sentence before names, wherever it names them
        (an owner's holdings are told as objects of "owns" or after "including", not as subjects)."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None or noun.lower_ not in LISTED_ENTITY_HEADS or not any(c.lower_ in ("these", "those", "the") for c in noun.children):
            return []
        prev = self.sents[s.index - 1] if s.index > 0 else None
        if prev is None or prev.para != s.para:
            return []
        firms = [m.entity for m, _ in self.sent_entities(prev, {"Organization"}) if not self._is_sanctioner(m.entity)
                 and not self._is_monitor(m.entity) and not self._is_news(m.entity)]
        return list(dict.fromkeys(firms)) if len(set(firms)) >= 2 else []

    def _colon_list(self, s: Sent) -> list[str]:
        """The items of a list a designating clause counts and a colon opens ("designated four companies owned
        or controlled by X: the tobacco maker A (AC), B, C and D"): each item's first name is a target. The parser
        often hangs the last items anywhere, so the items are read off the text: split at commas, semicolons and
        "and" outside parentheses, an item's name must not follow a preposition ("the head of B")."""
        colon = next((t for t in s.span if t.text == ":"), None)
        end = s.span.end
        if colon is not None and colon.i + 1 >= end and self._line_runs_on(s):
            end = self.sents[s.index + 1].span.end  # the parser ended the sentence at its colon: the list runs on the line
        if colon is None or colon.i + 1 >= end:
            return []
        lead = s.span.doc[s.span.start:colon.i]
        heads = TARGET_GROUP_HEADS | LISTED_ENTITY_HEADS
        # "The three were listed by the Committee on 7 November 2014: A, B and C": a bare count as subject counts them
        bare_count = any(t.pos_ == "NUM" and t.dep_ in ("nsubj", "nsubjpass") and t.i > lead.start
                         and t.nbor(-1).lower_ in ("the", "all", "these", "those") for t in lead)
        if not any(t.lower_ in SANCTION_WORDS and not self._unrealised(t) for t in lead) \
                or not (bare_count or any(t.lower_ in heads and (any(c.dep_ == "nummod" for c in t.children) or t.i == colon.i - 1)
                                          for t in lead)):
            return []
        if self._spells_out_other_count(s) is not None:
            return []
        return self._list_names(s.span.doc[colon.i + 1:end])

    def _line_runs_on(self, s: Sent) -> bool:
        """Whether the sentence's line goes on into the next sentence: the parser cut one line in two (at a colon)."""
        return s.index + 1 < len(self.sents) and "\n" not in self.text[s.end:self.sents[s.index + 1].start]

    def _spells_out_other_count(self, s: Sent):
        """The colon after which a sentence spells out a counted noun that is not the designated kind ("took action
        against four companies that supply weapons to the two forces: A and B": A and B are the forces), else None."""
        colon = next((t for t in s.span if t.text == ":"), None)
        if colon is None:
            return None
        counted = [t for t in s.span.doc[s.span.start:colon.i] if t.pos_ == "NOUN" and t.tag_ == "NNS"
                   and any(c.dep_ == "nummod" and (c.is_alpha or len(c.text) <= 3) for c in t.children)]  # (not "E.O. 13818")
        if len(counted) >= 2 and counted[-1].lower_ not in TARGET_GROUP_HEADS | LISTED_ENTITY_HEADS \
                and counted[0].lower_ in TARGET_GROUP_HEADS | LISTED_ENTITY_HEADS:
            return colon
        return None

    def _set_off_before_verb(self, s: Sent) -> list[str]:
        """The names set off between a count and its verb ("The other three, A, B and C, have helped to procure
        equipment"): the rest of the ones the sentence before began to list; what they did names no one else."""
        root = s.span.root
        comma = next((t for t in s.span if t.text == ","), None)
        if comma is None or root.i <= comma.i:
            return []
        out = []
        for t in s.span.doc[comma.i + 1:root.i]:
            k = self.entity_at(t) if self.mention_of(t) is not None else None
            if k and k not in out and self.etype(k) in ("Person", "Organization", "GovernmentBody"):
                out.append(k)
        return out

    def _copular_list(self, s: Sent) -> list[str]:
        """The items a copula lists after a count or a sanction participle when semicolons part them ("The three entities
        listed are A, a Turkish company that operates the vessel V, which ...; B, a company based in C ...; and D, an
        airline whose ..."): each item's first name is a target. Items that describe their names are long and the parser
        hangs them anywhere, so, as in a colon list, they are read off the text."""
        m = LIST_LEAD_RE.match(s.span.text) or COPULAR_LIST_RE.match(s.span.text)
        if m is None or not any(t.text == ";" for t in s.span):
            return []
        at = s.span.start_char + m.end() - 1  # the list's first capital (after an optional "the")
        first = next((t for t in s.span if t.idx + len(t.text) > at), None)
        return self._list_names(s.span.doc[first.i:s.span.end]) if first is not None else []

    def _list_names(self, items) -> list[str]:
        """The names of a run of list items ("A, a former director of B; C", "Minister of Defense A, Chief of Staff of
        the Air Force B, and C"): each item's first name, or the name its opening title ends with."""
        # items that describe their names ("A, a former director of B; C, ...") are cut at semicolons only
        seps = (";",) if any(t.text == ";" for t in items) else (",", ";")
        out: list[str] = []
        first = True  # at the start of an item
        titled = None  # the item opens with a title ("Minister of Defense A", "Chief of Staff of the Air Force B"): its person
        depth = 0
        for t in list(items) + [None]:
            if t is None or t.text in seps or t.lower_ == "and" and t.dep_ == "cc" and (seps == (",", ";") or t.i > 0 and t.doc[t.i - 1].text == ";"):
                if titled and titled not in out:
                    out.append(titled)
                first, titled = True, None
                if depth == 0 or t is None:
                    continue
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            if depth:
                continue
            m = self.mention_of(t)
            if first and m is None and t.text[:1].isupper() and t.lower_ in TITLE_HEADS | RANK_WORDS:
                first, titled = False, ""
                continue
            if titled is not None:
                if m is not None and m.entity and self.etype(m.entity) == "Person":
                    titled = self._person_after_body(m)  # the name the title ends with, past the bodies it names
                continue
            if not first or m is None or not m.entity:
                if t.pos_ in ("ADP", "VERB", "AUX"):
                    first = False  # "the head of B", "who runs C": the item is named already or not at all
                continue
            last = t
            while last.i + 1 < len(t.doc) and self.mention_of(t.doc[last.i + 1]) is m:
                last = t.doc[last.i + 1]
            if last.dep_ in ("compound", "amod", "poss", "nmod") and last.head.i > last.i:
                first = False  # "the Communist Party secretary": a name that describes the item's noun
                continue
            if self.etype(m.entity) in ("Person", "Organization", "GovernmentBody") and m.entity not in out:
                out.append(m.entity)
            first = False
        return out

    def _person_after_body(self, m: Mention) -> str:
        """ "Chief of Staff of the Air Force Alou Diarra": a person's name the NER ran together with the body of the
        title before it is the person the text names in full elsewhere by the name's last words."""
        words = m.text.split()
        ent = self.ex.entities[m.entity]
        for i in range(1, len(words) - 1):
            rest = " ".join(words[i:])
            key = "person:" + slug(rest)
            if key in self.ex.entities and self.etype(key) == "Person":
                return key
            body = slug(" ".join(words[:i]))
            if rest in ent.aliases and ent.name == m.text and any(f"{typ}:{body}" in self.ex.entities for typ in ("organization", "governmentbody")):
                ent.name = rest  # the text names him without the body too ("Lieutenant Colonel Adama Bagayoko")
                return m.entity
        return m.entity

    def _act_date_before(self, s: Sent) -> str | None:
        """The last date named earlier in the paragraph that dates an act, not one in a clause describing someone
        ("... 30 Russian nationals connected to the death of Sergei Magnitsky, who died in November 2009")."""
        for d in reversed([d for d in self.dates if d.start < s.start]):
            ds = self.sent_at(d.start)
            if ds is None or ds.para != s.para:
                break
            tok = self._token_at(d.start)
            if tok is not None and (self._in_reason(tok) or any(a.dep_ in ("relcl", "acl", "advcl") for a in [tok, *tok.ancestors])):
                continue
            return d.value
        return None

    def _title_body(self, tok) -> bool:
        """ "X, Minister of the Revolutionary Armed Forces": a body named as a title's is whose title it is, not who acts;
        nor is one designated ("the designation of the Brigada Especial Nacional")."""
        m = self.mention_of(tok)
        root = tok
        while root.head.i != root.i and self.mention_of(root.head) is m:
            root = root.head
        if root.dep_ == "compound" and root.head.lower_ in TITLE_HEADS | RANK_WORDS and self.mention_of(root.head) is None:
            return True  # "National Guard commander General X"
        if root.dep_ == "poss" and self.mention_of(root.head) is None and any(
                x.lower_ in TITLE_HEADS | RANK_WORDS for x in root.head.subtree if x.i > root.i):
            return True  # "the army's former Deputy Chief of Defence Staff"
        if root.head.lower_ == "of" and self.etype(self.entity_at(root.head.head)) == "Person":
            return True  # "General X of the National Guard"
        return root.head.lower_ == "of" and root.head.head.lower_ in TITLE_HEADS or self._designation_of(root) or self._along_with(root)

    def _office_before_holder(self, m: Mention) -> bool:
        """Whether a body the NER read in title words only ("Prosecutor-General", "Attorney General") is set off before a
        person's name: then it is the office that person holds, told as a title, and the person is the one sanctioned."""
        words = [w for w in re.split(r"[\s-]+", m.text) if w]
        if not words or not all(w.lower() in TITLE_HEADS | TITLE_MODIFIERS for w in words):
            return False
        after = re.match(r"\s*,\s*", self.text[m.end:m.end + 4])
        if after is None:
            return False
        at = m.end + after.end()
        return any(x.start == at and x.type == "Person" for x in self.mentions)

    @staticmethod
    def _title_of_phrase(first) -> bool:
        """Whether a name opens the "of" or "for" phrase of a title, or a later field of it ("Minister of Federal
        Planning, ...", "the head of the Border Police", "Minister of State for Finance, Planning and Economic
        Development"), read from the words before it, which hold however the parser hangs a long name."""
        doc = first.doc
        i = first.i - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        # back over the earlier fields of a portfolio ("Minister of State for Finance, Planning and Economic Development")
        steps = 0
        while i >= 1 and steps < 6 and doc[i].lower_ not in ("of", "for") and doc[i].lower_ not in TITLE_HEADS \
                and (doc[i].text == "," or doc[i].lower_ == "and" or doc[i].text[:1].isupper() and doc[i].pos_ in ("PROPN", "NOUN")
                     or doc[i].tag_ == "POS" or doc[i].lower_ == "the" and any(doc[j].tag_ == "POS" for j in range(i + 1, first.i))):
            # (and back over an owner's name: "the chief of the Kovan Army's Western Command")
            i -= 1
            steps += 1
        if i < 1 or doc[i].lower_ not in ("of", "for") or steps and doc[i + 1].text in (",", "and"):
            return False
        if doc[i - 1].lower_ in TITLE_HEADS:
            return True  # ("Minister of Federal Planning", "Minister for Karamoja Affairs")
        # "Minister of State for X": the office's own "of State" before the portfolio
        return i >= 3 and doc[i - 1].lower_ == "state" and doc[i - 2].lower_ == "of" and doc[i - 3].lower_ in TITLE_HEADS

    @staticmethod
    def _along_with(tok) -> bool:
        """ "blacklisted the battalion, along with six commanders": what is designated along with a target is one too."""
        prep = tok.head
        return tok.dep_ == "pobj" and prep.lower_ == "with" and (prep.head.lower_ in ("along", "together")
                                                                  or any(c.lower_ in ("along", "together") for c in prep.children))

    @staticmethod
    def _designation_of(tok) -> bool:
        """ "the designation last week of A, and of the B": the object of a designating noun's "of" is designated."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "of":
            return False
        while prep.dep_ == "conj" and prep.head.lower_ == "of":
            prep = prep.head  # "... and of the Brigada"
        doc, at = prep.doc, prep.i
        for _ in range(4):
            before = at - 1
            while before >= 0 and doc[before].ent_type_ in ("DATE", "TIME"):
                before -= 1  # "the designation last week of A": the parser hangs "of" on the verb
            if before < 0:
                return False
            word = doc[before].lower_
            if word in DESIGNATION_NOUNS:
                return True
            if word in ("those", "that") and any(w.lower_ in DESIGNATION_NOUNS for w in doc[max(doc[before].sent.start, before - 12):before]):
                return True  # "earlier designations under E.O. 13851, including those of A"
            if word not in (",", "and"):
                return False
            # "those of A in November 2018, of B in December 2019, and of C": an "of" after a comma goes on the list of the
            # "of" before it, however the parser hangs it
            earlier = [w.i for w in doc[max(doc[before].sent.start, before - 12):before] if w.lower_ == "of"]
            if not earlier:
                return False
            at = earlier[-1]
        return False

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
                            "execution", "assassination", "abduction", "kidnapping", "retaliation", "response", "reprisal"):
                return True
            if a.lemma_ in ("involvement", "role", "complicity", "participation", "responsibility") and a.dep_ == "pobj" \
                    or a.lemma_ in ("torture", "abuse", "violation", "repression", "crackdown", "massacre", "shooting", "beating"):
                return True  # "due to his involvement in ...", "for their roles in ...", "the torture of protesters in 2022": the grounds
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
        self._all_bases = bases
        # a year in a law's name ("Accountability Act of 2012", "Regulations 2011", "Appropriations Act, 2024") dates the law,
        # not any act the text tells
        spans = [(m.start, m.end) for m in self.mentions if m.entity and self.etype(m.entity) in ("Statute", "SanctionsProgram")]
        if spans:
            self.dates = [d for d in self.dates if not any(a <= d.start < b for a, b in spans)]
        self._acting_subjects: set[str] = set()
        self._law_years: dict | None = None
        self._imposing_at: dict[int, bool] = {}  # _names_a_sanction's answer per law mention, once per document
        self._sanction_bodies = set()
        for s in self.sents:
            for m, _ in self.sent_entities(s, {"GovernmentBody"}):
                self._sanction_bodies.add(m.entity)
        self.sanction_targets: dict[int, list[str]] = {}
        # (target, basis) of designations whose sentence names the law, and of those that took the nearest law
        self._named_basis: set[tuple] = set()
        self._borrowed_basis: set[tuple] = set()
        self.group_members: dict[str, list[str]] = {}
        self.item_sents: set[int] = set()
        self._clause_lawless: list = []  # designations told in a clause that names no law (_clause_bases)
        heading = None  # (legal basis, authority, date, sentence index) of "The following ... are designated pursuant to X:"
        marked_items = False  # the heading's items so far had bullets or numbers
        fielded = False  # the heading's entries have labelled fields ("Position(s): ...")
        last_auth = None  # (authority, sentence index) of the last sanction sentence
        last_sanction = None  # (authority, legal bases, foreign, sentence index) of the last sanction sentence
        own_sanction = None  # the same, of the last sanction the release's own issuer made: not foreign, by the issuer
        issuer = None  # who made the first sanction the text tells under a law of its own
        last_bases: list = []  # the laws the last designations were made under (of the bases a sentence named, those it used)
        last_item_para = None
        last_dated = None  # (date, sentence index, whether it retells an earlier act) of the last sanction sentence that names its date
        for s in self.sents:
            line = s.span.text.strip()
            ents_here = self.sent_entities(s)
            statutes = [m.entity for m, _ in ents_here if self.etype(m.entity) in ("Statute", "SanctionsProgram")]
            if any(not CHARTER_PART_RE.match(self.ex.entities[k].name) for k in statutes):
                # "the Council, acting under Chapter VII of the Charter, added the two men to the list ... imposed by resolution
                # 2140": the Charter's chapter is what the Council acts under, the resolution what the listing stands on
                statutes = [k for k in statutes if not CHARTER_PART_RE.match(self.ex.entities[k].name)]
            marked = bool(ITEM_MARK_RE.match(line))
            label = self._field_label(line)
            un_entries = [m.entity for m, _ in ents_here if m.extra.get("un_entry") and m.entity]
            if not un_entries and (UN_ENTRY_REF_RE.match(line) or label == "name") \
                    and UN_ENTRY_REF_RE.match(self.text, self.text.rfind("\n", 0, s.start) + 1) and (k := self._labelled_name(s)) is not None:
                un_entries = [k]  # ("HTi.002 Name: Johnson Andre" written whole, not in the numbered parts "1: ... 2: ...";
                # the parser may cut the reference off as a sentence of its own)
            if un_entries:
                self._un_entry_sanctions(s, un_entries, bases)
                continue
            if heading is not None and label in LIST_FIELD_LABELS:
                last_item_para = s.para  # "Position(s): ...", "Reasons for listing: ...": a field of the entry above
                fielded = True
                continue
            if label in TITLE_FIELD_LABELS and label not in LIST_NAME_LABELS:
                continue  # "Designation: President of the armed group X": the entry's title field, no act of designating
            if heading is not None and fielded and not marked and label not in LIST_NAME_LABELS and s.para != last_item_para:
                heading = None  # entries with fields end at the first paragraph that is neither an entry nor a field (a footer)
            if heading is not None and marked_items and not marked and s.para != last_item_para \
                    and any(t.pos_ in ("VERB", "AUX") for t in s.span) and len(s.span) > 6:
                heading = None  # a bulleted list ends at the first paragraph without a bullet ("Ivan Sobol, who was ..., said")
            if heading is not None:
                k = self._labelled_name(s) if label in LIST_NAME_LABELS else self._list_item(s)
                if k:
                    marked_items = marked_items or marked
                    basis, auth, date, _ = heading
                    ks = self._item_targets(s, k)
                    lead = next((t for t in s.span if not t.is_space), None)
                    if not marked and lead is not None and lead.text[:1].isupper() and lead.lower_ in TITLE_HEADS | RANK_WORDS \
                            and self.mention_of(lead) is None:
                        # "Minister of the Interior A, Director of the Police B, and C": one line of title-led items
                        ks += [x for x in self._list_names(s.span) if x not in ks]
                    self.sanction_targets[s.index] = ks
                    self.item_sents.add(s.index)
                    last_item_para = s.para
                    # the list goes on with the act its heading told: "As a result of these designations, ... the nine
                    # individuals ..." after the last entry retells it
                    last_sanction = (auth, [basis], False, s.index)
                    for kk in ks:
                        self.add_claim("sanction", {"target": kk, "legal_basis": basis},
                                       {"authority": auth, "measure": self._measure(s) or self._default_measure(basis), "date": date},
                                       self.span(s.start, s.end), status="designated", confidence=0.8)
                    continue
                short = len([t for t in s.span if not t.is_punct and not t.is_space]) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in s.span)
                if not short and s.para != last_item_para and s.index > heading[3] + 1:
                    heading = None
                elif short or s.para == last_item_para and not (any(b != heading[0] for b in statutes) and self._is_sanction_sentence(s)):
                    continue  # (but an entry's sentence that tells a designation under a law of its own is read for it: "1. X -
                    # judge of ... The United States named him in 2013 under the Magnitsky Act")
            annex = self._heads_annex(s, line)
            # (a colon that goes on in its line, "The three were listed by X on 7 May: A, B and C", opens a list the
            # sentence names itself, _colon_list, however the parser cut it)
            if annex or line.endswith(":") and not self._line_runs_on(s) \
                    and (re.search(r"designat|sanction|list|following", line, re.I) or self._introduces_targets(s)):
                bases_before = [b for b in bases if b[0] < s.end]
                # an annex lists the release's own designations: not a foreign one told in passing just before it ("The
                # United States imposed sanctions on X in May." ending an EU release)
                told_by = own_sanction if annex and own_sanction is not None and own_sanction[0] else last_sanction
                # a heading that names no law lists under the law of the designations just told ("The individuals
                # designated today include:"), not under the last law named (the act a regime is "made under")
                told = [b for acts in (told_by, last_sanction) if acts is not None for b in acts[1] if b is not None]
                basis = statutes[0] if statutes else told[0] if told else (bases_before[-1][1] if bases_before else self._nearest_basis(s, bases))
                auth = told_by[0] if annex and told_by is not None and told_by[0] else self._authority(s)
                if last_auth is not None and not self.sent_entities(s, {"GovernmentBody", "Country"}) \
                        and (auth is None or not self._is_sanctioner(auth)) \
                        and (last_auth[1] >= s.index - 3 or not self.sent_entities(s, {"GovernmentBody", "Country", "Organization"})):
                    # "The four individuals are:" lists for whoever designated them just before, and "Those listed are:",
                    # naming no body ("Besides X himself, the annex names:" names only people), for whoever the text last
                    # told designating, however far back (not a body named since for its reaction: "the Foreign Ministry in
                    # Moscow said the sanctions were unfriendly", or for its part in the act: "declare them to the FDFA")
                    auth = last_auth[0]
                if statutes or basis is not None and auth is not None and not self._is_sanctioner(auth):
                    # (a body carried over that imposes no sanctions, "the Supreme Court" of the sentence before: the law's state)
                    auth = self._authority_for(basis, auth, s)
                # the heading's own date, not one in a clause describing a target ("... Magnitsky, who died in November 2009")
                own_date = self._clause_date(s, s.span.root) if any(s.start <= d.start < s.end for d in self.dates) else None
                heading = (basis, auth, own_date or self._act_date_before(s) or self._doc_date(), s.index)
                marked_items = False
                fielded = False
                last_item_para = None
                # counted groups the heading designates besides the list ("They also list 19 Venezuelan officials ...,
                # and three officials from South Sudan:"): a count the list below names is replaced by it (_expand_group_targets)
                groups = [k for k in self._targets(s, {auth} if auth else set()) if self.etype(k) == "Group"] \
                    if self._is_sanction_sentence(s) and not annex else []
                if groups:
                    self.sanction_targets[s.index] = groups
                    for k in groups:
                        self.add_claim("sanction", {"target": k, "legal_basis": basis},
                                       {"authority": auth, "measure": self._measure(s) or self._default_measure(basis), "date": heading[2]},
                                       self.span(s.start, s.end), status="designated", confidence=0.6)
                continue

            told_in_clause = self._relative_clause_sanctions(s)
            self._blocked_property_sanctions(s)
            self._embargo_sanctions(s, bases)
            if not self._is_sanction_sentence(s):
                continue
            if told_in_clause and all(any(v.left_edge.i <= t.i <= v.right_edge.i for v in told_in_clause)
                                      for t in s.span if t.lower_ in SANCTION_WORDS):
                continue  # "X, whom OFAC designated in 2017, is among the largest arms dealers in the Balkans": the clause's
                # designation is X's (_relative_clause_sanctions); what the sentence goes on to say names no one designated
            if last_sanction is not None and not statutes and RETOLD_ACT_RE.search(s.span.text) \
                    and not self.sent_entities(s, {"Person", "Organization"}):
                continue  # "As a result of these designations, any property ... of the nine individuals ... is blocked": the
                # act told before, retold for what it does, however long the paragraphs that describe its targets
            self._names_the_ner_missed(s)
            authority = self._authority(s)
            words = s.span.lowers
            follow = last_sanction is not None and last_sanction[3] >= s.index - 3 and not statutes and not words & STRONG_SANCTION
            # "The Public Security Bureau of the XPCC ... was listed as well": one more target of the designation just told
            follow = follow or (last_sanction is not None and not statutes and self.sents[last_sanction[3]].para == s.para
                                and last_sanction[3] >= s.index - 2 and bool(re.search(r"\b(?:as well|also|too)\b", s.span.text))
                                and not self.sent_entities(s, {"Country"}))
            if (follow and authority not in self._acting_subjects) or (authority is None and last_sanction is not None and last_sanction[3] >= s.index - 3):
                authority = last_sanction[0]  # "They also list ...", "Also listed is ...": the same act goes on (but "OFAC is
                # also designating ..." names who acts)
            elif authority is not None and authority not in self._acting_subjects and not self._is_sanctioner(authority) \
                    and last_sanction is not None and last_sanction[3] >= s.index - 3 and last_sanction[0] is not None \
                    and self._is_sanctioner(last_sanction[0]) and not statutes:
                authority = last_sanction[0]  # "Among those sanctioned are ...": a body named in passing is not who acts
            told_of = self._apposed_designation(s)
            if told_of is not None:
                # "X commands the Y Brigade, a unit already sanctioned by the EU": Y's sanction, by the apposition's agent
                if told_of[1] is not None:
                    authority = told_of[1]
                elif authority == told_of[0]:
                    authority = last_sanction[0] if last_sanction is not None and last_sanction[3] >= s.index - 3 else None
            auth_keys = {authority} if authority else set()
            # bodies acting in the sentence (sanctioning agencies, subjects, "by" agents) are no targets; a designated
            # ministry or police unit is ("OFAC designated Iran's Morality Police")
            auth_keys |= {m.entity for m, t in ents_here if self.etype(m.entity) in ("Country", "Region")
                          or self.etype(m.entity) == "GovernmentBody" and (self._is_sanctioner(m.entity) or self._is_monitor(m.entity)
                                                                        or t.dep_ == "poss" or t.head.lower_ == "by"
                                                                        or any((a.dep_ == "nsubj" and a.head.lemma_ in ACTING_VERBS) or a.lower_ == "by"
                                                                               for a in [t, *t.ancestors]))}
            targets = self._targets(s, auth_keys)
            targets += [k for k in self._counted_one_by_one(s) if k not in targets and k not in auth_keys]
            entry = [k for k in self.sanction_targets.get(max((i for i in self.item_sents if i < s.index), default=-1), [])
                     if self.etype(k) == "Person"] if s.para == last_item_para else []
            if len(entry) == 1:
                # a pronoun in an entry's own sentence is the entry's person ("1. X - judge of ... The United States named him
                # in 2013"), not whoever the text is about
                said = {self.entity_at(t) for t in s.span if t.pos_ == "PRON" and t.lower_ in ("him", "her", "he", "she")}
                targets = [entry[0] if k in said and k not in entry else k for k in targets]
            targets += [k for k in self._colon_list(s) + self._copular_list(s) if k not in targets and k not in auth_keys]
            targets = [k for k in targets if not self._running_total(s, k)]
            if COUNT_OF_THEM_RE.match(s.span.text) and not {t.lower_ for t in s.span} & STRONG_SANCTION:
                # "Two of them, A and B, lead militias on the X Plains": the names set off after a count are the ones
                # counted; what the rest of the sentence says they do names no one designated
                spans = [(s.start + m.start(1), s.start + m.end(1)) for m in COUNTED_NAMES_RE.finditer(s.span.text)]
                counted = {m.entity for m in self.mentions if any(a <= m.start < b for a, b in spans)}
                targets = [k for k in targets if k in counted]
            if OTHER_COUNT_RE.match(s.span.text) and not {t.lower_ for t in s.span} & STRONG_SANCTION:
                targets = self._set_off_before_verb(s)
            if told_of is not None:
                targets = [told_of[0]]
            if not targets:
                if statutes and own_sanction is None and authority is not None and self._is_sanctioner(authority):
                    # "The Council today imposed an asset freeze and a travel ban on two commanders under X": a lead
                    # whose targets only an annex names is still the issuer's own act
                    own_sanction, issuer = (authority, list(dict.fromkeys(statutes)), False, s.index), authority
                continue
            if all(k in self.relative_of and self._has_sanction(self.relative_of[k]) for k in targets) \
                    and any(t.lemma_ in COVERAGE_VERBS for t in s.span):
                continue  # "the designation covers Kadyrov's wife": hers is his designation (_covered_relatives); but "Those
                # listed include X, wife of President Y, and their son Z" lists them in their own right, Y being no target
            foreign = False
            own_bases: dict[str, set] = {}
            law_clause: dict = {}  # a law -> the joined clause that names it, when that clause has its own date
            if statutes:
                basis_list = list(dict.fromkeys(statutes))
                if len(basis_list) > 1:
                    basis_list, own_bases, law_clause = self._bases_by_clause(s, ents_here, basis_list, targets)
            elif follow:
                basis_list, foreign = last_sanction[1], last_sanction[2]
            elif last_bases and any(self._same_law(o) for o in self._law_objects(s)):
                basis_list = list(last_bases)
                if len(basis_list) > 1:
                    # (the last act told had several laws: "the order" is the one the text named last before the sentence)
                    said = {m.entity: m.start for m in self.mentions if m.entity in basis_list and m.start < s.start}
                    basis_list = [max(basis_list, key=lambda b: said.get(b, -1))]
            elif (pointed := self._pointed_law(s)) is not None:
                basis_list = [pointed]
            elif self._unnamed_law(s):
                # "sanctioned by the United States under its Venezuela-related authorities": a law not named, and none to borrow
                basis_list, foreign = [None], True
            elif (retold := self._basis_told_for(targets, authority)) is not None and not self._tells_earlier_act(s):
                # "Laureano Ortega Murillo, who ..., was designated for being responsible for corruption": a paragraph on a
                # target the release designated already tells the same designation, under the law told for it (not under
                # a programme the next paragraph names for other people)
                basis_list = [retold]
            else:
                basis_list = [self._nearest_basis(s, bases, authority)]
                if basis_list[0] is not None and self._foreign_basis(authority, basis_list[0]):
                    # "China said it would impose sanctions on 11 Americans in retaliation for ... E.O. 13936":
                    # a state does not sanction under another state's law; the text names no basis for it
                    basis_list, foreign = [None], True
            anchors = {k: self._anchor(s, k) for k in targets}
            for k, tok in self._the_others(s, targets).items():
                targets.append(k)
                anchors[k] = tok
            self.sanction_targets[s.index] = targets
            # the date of the sentence's own act: not one in a clause about a target ("X, who was sanctioned in 2021, said")
            dated_here = self._clause_date(s, s.span.root)
            # "A and B are being designated pursuant to E.O. N": the text's own act, not the one dated just before
            # ("C was itself designated by OFAC in June 2023")
            told_now = any(t.lower_ in SANCTION_WORDS and self._acting_now(t) for t in s.span)
            if authority:
                last_auth = (authority, s.index)
            last_sanction = (authority, basis_list, foreign, s.index)
            measure = self._measure(s)
            used: list = []
            for basis in basis_list:
                if basis is None and self._borrowable(s, bases) and not foreign:
                    continue
                # a law is applied by its own state: a body named in the sentence only to describe a target ("National Guard
                # commander General X") gives way to the law's state when it acts for no state of its own
                by = self._authority_for(basis, authority, s) if statutes or follow or self._jurisdiction(authority) is None else authority
                if by is not None and last_sanction[0] is None:
                    last_sanction = (by, *last_sanction[1:])
                if not foreign and by is not None and issuer in (None, by):
                    own_sanction, issuer = (by, *last_sanction[1:]), by
                for tkey in targets:
                    if tkey in own_bases and basis not in own_bases[tkey]:
                        continue
                    date = self._clause_date(s, anchors.get(tkey))
                    if basis in law_clause:
                        date = self._date_in_clause(law_clause[basis])
                    if date is None and last_dated is not None and last_dated[1] >= s.index - 3 \
                            and (not last_dated[2] or SAME_TIME_RE.search(s.span.text)) and not told_now:
                        date = last_dated[0]  # "The EU listings ... subject four men to asset freezes": the act dated just before
                    c = self.add_claim("sanction", {"target": tkey, "legal_basis": basis},
                                       {"authority": by, "measure": measure or self._default_measure(basis), "date": date or self._doc_date()},
                                       self.span(s.start, s.end), status="designated", confidence=0.75 if statutes else 0.55)
                    if c is not None:
                        (self._named_basis if statutes else self._borrowed_basis).add((tkey, basis))
                        used.append(basis)
            if any(b is not None for b in used):
                last_bases = [b for b in dict.fromkeys(used) if b is not None]
            if dated_here:
                last_dated = (dated_here, s.index, self._tells_earlier_act(s))
        self._parallel_actions()
        self._drop_borrowed_bases()
        self._headline_targets()
        self._expand_group_targets()
        self._same_count_groups()
        self._accounted_groups()
        self._covered_relatives()
        self._drop_unnamed_relatives()
        self._drop_idle_relatives()
        self._retold_designations()
        # a designation the text names no authority for anywhere was made by the state whose law it applies
        for (ct, _), c in self.claims.items():
            if ct == "sanction" and c.roles.get("authority") is None and c.roles.get("legal_basis"):
                s = self.sent_at(c.evidence[0].start)
                if s is not None:
                    c.roles["authority"] = self._authority_for(c.roles["legal_basis"], None, s)
        self._clause_bases()
        self._fallback_sanctions()
        self._headline_counts()
        self._same_count_groups()  # (again: the recall layer may tell a headline's group and the lead's)
        self._charter_bases()
        self._drop_anachronistic_bases()
        self._instrument_spellings()
        self._current_item = None

    # "Council Decision (CFSP) 2017/2074", "Council Regulation (EU) No 401/2013", "the Global Human Rights Sanctions
    # Regulations 2020", "Regulation 359/2011": an instrument cited by its kind and number or year
    INSTRUMENT_CITATION = re.compile(r"\b(?:Decision|Regulations?)\b.*\d")
    FUNCTION_WORDS = frozenset("of for and in on the to against with".split())

    def _instrument_spellings(self):
        """A notice that cites the acts it is adopted under (its Decision and Regulation, a "Regulations 2020") gives
        those acts as the legal basis of its listings; the register's descriptive name for the regime ("EU sanctions
        regime for X") is a paraphrase no notice uses for itself. So a basis the register names only descriptively
        (a lower-case word in its name) is named as the text first cites it, when the text cites it as an act."""
        bases = {c.roles.get("legal_basis") for (ct, _), c in self.claims.items() if ct == "sanction"}
        for key in bases - {None}:
            ent = self.ex.entities.get(key)
            if ent is None or ent.type not in ("Statute", "SanctionsProgram"):
                continue
            if not any(w[:1].islower() and w not in self.FUNCTION_WORDS for w in ent.name.split()):
                continue  # a proper title ("Global Human Rights Sanctions Regulations 2020") is the act's own name
            for sp in sorted(ent.mentions, key=lambda sp: sp.start):
                cited = self.text[sp.start:sp.end]
                if self.INSTRUMENT_CITATION.search(cited):
                    ent.name = cited
                    break

    def _drop_anachronistic_bases(self):
        """A designation the text dates before its law took effect was not made under that law: "the U.S. barred six
        officials in 2014" in a text about a 2025 Global Magnitsky designation borrowed the text's law (the 2016 act) for
        an act that cannot have used it. Unless a sentence of the claim names the law itself, the law is left out (the
        designation stays, its law unknown). Laws without a known date (kg:inForceFrom) are never judged."""
        for key, c in list(self.claims.items()):
            basis, date = c.roles.get("legal_basis"), c.roles.get("date")
            if key[0] != "sanction" or not basis or not date:
                continue
            inst = self.gaz.instruments.get(self.ex.entities[basis].iri or "")
            if inst is None or not inst.in_force or date[:4] >= inst.in_force[:4]:
                continue
            if any(basis in self._laws_named(s) for ev in c.evidence if (s := self.sent_at(ev.start)) is not None):
                continue  # the text says so itself
            self._rebase(key, c, None)

    def _rebase(self, key, c, basis: str | None):
        """Put a sanction claim under another law (or none): it is keyed by its law, so it moves to that key, and joins
        the claim already there when there is one, with all its roles and evidence."""
        del self.claims[key]
        moved = self.add_claim("sanction", {"target": c.roles["target"], "legal_basis": basis},
                               {r: v for r, v in c.roles.items() if r not in ("target", "legal_basis")},
                               c.evidence[0], status=c.status, confidence=c.confidence)
        if moved is not None:
            moved.evidence.extend(ev for ev in c.evidence[1:] if ev not in moved.evidence)

    def _headline_targets(self):
        """A Title-Case headline capitalises every word, so the NER reads common nouns as names ("Treasury Sanctions
        Eritrean Military, Ruling Party and Officials") and runs titles into names ("Former Triad Boss Wan Kuok-koi").
        A person the headline targets is the person the body names with the headline name's last words; a company or
        body the body never names again is a phrase of the headline, not a target."""
        if not self.sents or self.sents[0].span.text.rstrip().endswith((".", "!", "?")):
            return
        head = self.sents[0]
        words = [t for t in head.span if t.is_alpha and len(t) > 3]
        if not words or sum(t.text[:1].isupper() for t in words) < 0.8 * len(words):
            return
        def outside(key):
            return any(not (head.start <= sp.start < head.end) for sp in self.ex.entities[key].mentions)
        # "... Sanctions X Over Violence Against Dissenters", "... Officials Behind the Prosecution of Y": after the targets,
        # a reason word opens why they are sanctioned ("for" often left in lower case), and a name in it is a victim or
        # a cause
        verb = next((t for t in head.span if t.lower_ in SANCTION_WORDS or t.lemma_ in STRONG_SANCTION), None)
        reason = next((self.tstart(t) for t in head.span if verb is not None and t.i > verb.i + 1 and t.text.capitalize() in HEADLINE_REASON_WORDS), None)
        for (ct, k), c in list(self.claims.items()):
            d = dict(k)
            target = d.get("target")
            if ct != "sanction" or not all(head.start <= e.start < head.end for e in c.evidence):
                continue
            said = [sp.start for sp in self.ex.entities[target].mentions if head.start <= sp.start < head.end]
            if reason is not None and said and min(said) >= reason:
                del self.claims[(ct, k)]
                continue
            if outside(target):
                continue
            typ = self.etype(target)
            if typ in ("Organization", "GovernmentBody"):
                del self.claims[(ct, k)]
            elif typ == "Person":
                name = self.ex.entities[target].name.split()
                body = [key for key, e in self.ex.entities.items() if key != target and e.type == "Person" and outside(key)
                        and 2 <= len(e.name.split()) < len(name) and name[-len(e.name.split()):] == e.name.split()]
                if len(body) == 1:
                    del self.claims[(ct, k)]
                    nc = self.add_claim("sanction", {"target": body[0], "legal_basis": d.get("legal_basis")},
                                        {r: c.roles.get(r) for r in ("authority", "measure", "date")}, c.evidence[0],
                                        status="designated", confidence=c.confidence)
                    if nc is not None:
                        nc.evidence.extend(e for e in c.evidence if e not in nc.evidence)

    def _headline_counts(self):
        """ "Committee Adds Six Individuals to Its Sanctions List", "Adds Six Migrant Smugglers and Traffickers": a
        headline that counts whom the body then names one by one (two or more) designates them, not a group of its own
        (the NER may take the counted noun for a name). A count the body tells again is left to _same_count_groups."""
        if not self.sents or self.sents[0].span.text.rstrip().endswith((".", "!", "?")):
            return
        # the headline is the first line, however many sentences the parser cut it into ("Chemical weapons: the EU
        # places nine persons under its new sanctions regime")
        line_end = self.text.find("\n", self.sents[0].start)
        h0, h1 = self.sents[0].start, max(self.sents[0].end, line_end if line_end >= 0 else len(self.text))
        def outside(key):
            return any(not (h0 <= sp.start < h1) for sp in self.ex.entities[key].mentions)
        rows = [(k, c) for (ct, k), c in self.claims.items() if ct == "sanction"]
        for k, c in rows:
            target = dict(k).get("target")
            if target is None or not all(h0 <= e.start < h1 for e in c.evidence) or self.etype(target) not in ("Group", "Person"):
                continue
            # a group the lead counts again is still the headline's when the lead's count was named one by one (its
            # claim gone to the names): only a group still designated in the body is left to _same_count_groups
            if outside(target) and (self.etype(target) != "Group" or any(
                    dict(kk).get("target") == target and any(not (h0 <= e.start < h1) for e in cc.evidence) for kk, cc in rows)):
                continue
            first = min(sp.start for sp in self.ex.entities[target].mentions)
            counted = self._group_count(self.ex.entities[target].name.split()[0]) is not None \
                or re.search(r"\b(?:\d+|" + "|".join(NUMBER_WORDS) + r")\s+$", self.text[max(h0, first - 16):first], re.I)
            named = {dict(kk).get("target") for kk, _ in rows if dict(kk).get("target") not in (None, target)
                     and outside(dict(kk).get("target"))}
            if counted and len(named) >= 2:
                del self.claims[("sanction", k)]

    def _same_count_groups(self):
        """ "UK sanctions 22 people ..." in the headline, "imposed sanctions on 22 individuals" in the lead: groups of
        people of the same count designated under the same law are one group told twice; its first telling in the body
        names it."""
        kept: dict[tuple, tuple] = {}
        first_body = self.sents[1].start if len(self.sents) > 1 else 0
        for (ct, k), c in sorted(self.claims.items(), key=lambda kv: (kv[1].evidence[0].start < first_body, kv[1].evidence[0].start)):
            d = dict(k)
            target = d.get("target")
            if ct != "sanction" or self.etype(target) != "Group" or FAMILY_GROUP.search(self.ex.entities[target].name):
                continue
            words = self.ex.entities[target].name.lower().split()
            n = self._group_count(self.ex.entities[target].name)
            if not n or not words or words[-1] not in TARGET_GROUP_HEADS or any(w in ("other", "further", "more", "remaining") for w in words):
                continue
            key = (n, d.get("legal_basis"))
            if key not in kept:
                kept[key] = (ct, k)
                continue
            into = self.claims[kept[key]]
            into.evidence.extend(e for e in c.evidence if e not in into.evidence)
            del self.claims[(ct, k)]
        # "U.S. imposes visa bans on Thai officials" in the headline, "bar current and former Thai officials ..." in the
        # lead: an uncounted group of the headline whose words end the lead's group is that group told short
        rows = [(kk, c) for (ct, kk), c in self.claims.items() if ct == "sanction" and self.etype(dict(kk).get("target")) == "Group"]
        for kk, c in rows:
            d = dict(kk)
            words = self.ex.entities[d["target"]].name.lower().split()
            if c.evidence[0].start >= first_body or self._group_count(" ".join(words)) or not words or words[-1] not in TARGET_GROUP_HEADS:
                continue
            longer = [(k2, c2) for k2, c2 in rows if k2 != kk and dict(k2).get("legal_basis") == d.get("legal_basis")
                      and ("sanction", k2) in self.claims and c2.evidence[0].start >= first_body
                      and self.ex.entities[dict(k2)["target"]].name.lower().split()[-len(words):] == words]
            if len(longer) == 1 and ("sanction", kk) in self.claims:
                into = longer[0][1]
                into.evidence.extend(e for e in c.evidence if e not in into.evidence)
                del self.claims[("sanction", kk)]

    def _accounted_groups(self):
        """ "OFAC today designated 17 individuals", "freezing the assets of 47 people": a count of people that the
        designations told with it or after it under the same law name in full (each person named, or counted in
        groups of their own: "25 Russian nationals", "20 Saudi nationals" and two more named) is the sum of those
        targets, not one more target."""

        def people(key):
            name = self.ex.entities[key].name.lower()
            return self.etype(key) == "Group" and not FAMILY_GROUP.search(name) \
                and name.split(" of ")[0].split()[-1] in TARGET_GROUP_HEADS  # "fourteen further members of the team"

        def count(key):
            first = self.ex.entities[key].name.lower().split()[0]
            return NUMBER_WORDS.get(first) or self._group_count(self.ex.entities[key].name)
        rows = [(dict(k), c) for (ct, k), c in self.claims.items() if ct == "sanction"]
        for d, c in rows:
            g = d.get("target")
            n = count(g) if people(g) else None
            if not n or n > 80:
                continue
            at = min(e.start for e in c.evidence)
            total = 0
            seen = set()
            for d2, c2 in rows:
                t = d2.get("target")
                if t == g or t in seen or d2.get("legal_basis") != d.get("legal_basis") or max(e.start for e in c2.evidence) < at:
                    continue
                seen.add(t)
                if self.etype(t) == "Person":
                    total += 1
                elif people(t):
                    total += count(t) or 0
            if total >= n:
                self.claims.pop(("sanction", tuple(sorted(d.items()))), None)

    def _drop_borrowed_bases(self):
        """A lead that designates without naming the law ("OFAC designated the group and two of its leaders") took
        the law named nearest; when a later sentence names each target's own law ("... the leaders were designated
        pursuant to E.O. 14024"), that is the law, and the borrowed one of the same state is no second designation."""
        for (ct, k), c in list(self.claims.items()):
            d = dict(k)
            pair = (d.get("target"), d.get("legal_basis"))
            if ct != "sanction" or pair not in self._borrowed_basis or pair in self._named_basis:
                continue
            juris = self._basis_jurisdiction(pair[1])
            if any(t == pair[0] and b != pair[1] and self._basis_jurisdiction(b) == juris for t, b in self._named_basis):
                del self.claims[(ct, k)]

    def _charter_bases(self):
        """A Council acts under a charter's chapter ("Acting under Chapter VII of the Charter, the Security Council decided
        that four individuals would be subject to ..."), but it lists people by a resolution, which a later line of the
        same text names ("The individuals designated under resolution 1672 (2006) are: ..."). The designation the lead
        told under the chapter is the resolution's, not a second one under the chapter."""
        resolved: dict[str, str] = {}
        for (ct, _), c in self.claims.items():
            basis = c.roles.get("legal_basis")
            if ct == "sanction" and basis and not self._acted_under(basis):
                resolved.setdefault(c.roles["target"], basis)
        for key, c in list(self.claims.items()):
            basis = c.roles.get("legal_basis")
            if key[0] == "sanction" and basis and self._acted_under(basis) \
                    and c.roles["target"] in resolved:
                self._rebase(key, c, resolved[c.roles["target"]])

    def _acted_under(self, basis: str) -> bool:
        """A charter or a part of it: what a Council acts under, not the law it lists people by."""
        name = self.ex.entities[basis].name
        return bool(CHARTER_PART_RE.match(name) or CHARTER_RE.match(name))

    THIS_ACT_RE = re.compile(r"(?i)\b(?:this|these|today['\u2019]s|that)\s+(?:\w+\s+)?(?:designations?|sanctions?|actions?|listings?|measures?)\b"
                             r"|\bthe\s+designations?\b")

    def _retold_designations(self):
        """A sentence that points back at the act told ("Under the law, this designation makes Mr. X ineligible",
        "As a result of today's action, X's assets are blocked") names no law of its own: it is the designation of X
        the text made under its law, told again, not a second designation with its law unknown."""
        based: dict[str, list] = {}
        for (ct, _), c in self.claims.items():
            if ct == "sanction" and c.roles.get("legal_basis"):
                based.setdefault(c.roles["target"], []).append(c)
        for key, c in list(self.claims.items()):
            if key[0] != "sanction" or c.roles.get("legal_basis") or c.roles.get("target") not in based:
                continue
            # a headline ("Public Designation of Former X Army Chief Y Due to ...") announces the designation its text tells
            # with its law, the same act
            if not all(self._points_back_at(ev, c.roles["target"]) or getattr(self.sent_at(ev.start), "index", None) == 0
                       for ev in c.evidence):
                continue
            same = based[c.roles["target"]]
            into = next((b for b in same if b.roles.get("date") == c.roles.get("date")), same[0])
            for ev in c.evidence:
                if ev not in into.evidence:
                    into.evidence.append(ev)
            del self.claims[key]

    def _points_back_at(self, ev, target: str) -> bool:
        """Whether the sanction word nearest before the target in the evidence's sentence is one that points back ("this
        designation makes X ..."), not one of another act ("Today's measures follow sanctions that Canada imposed on X")."""
        s = self.sent_at(ev.start)
        at = next((sp.start for sp in self.ex.entities[target].mentions if s is not None and s.start <= sp.start < s.end), None)
        if at is None:
            return False
        words = [t for t in s.span if self.tstart(t) < at and (t.lower_ in SANCTION_WORDS | DESIGNATION_NOUNS
                                                                 or t.lemma_ in ("action", "listing", "measure"))]
        if not words:
            return False
        last = self.tstart(words[-1])
        return any(m.start() <= last - s.start < m.end() for m in self.THIS_ACT_RE.finditer(s.span.text))

    def _bases_by_clause(self, s: Sent, ents_here, basis_list: list, targets: list) -> tuple[list, dict, dict]:
        """Which of a sentence's several laws each target is designated under, and (third) the joined clause without a
        subject of its own that names a law, which dates the designation under it.

        A release packs designations under different orders into one sentence ("A was designated pursuant to
        E.O. 13694, and B and C were designated pursuant to E.O. 14024"): a target goes with the laws named in its
        own clause; one whose clause names none keeps them all. A law named as what amended another ("E.O. 13694,
        as amended by E.O. 14144") is part of that law's name, not a basis of its own."""
        toks = [(m.entity, t) for m, t in ents_here if m.entity in basis_list]
        amending = {k for k, t in toks if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lemma_ == "amend"}
        if amending and len(amending) < len(basis_list):
            basis_list = [b for b in basis_list if b not in amending]
            toks = [(k, t) for k, t in toks if k not in amending]
        clause_of = {}
        for k, t in toks:
            clause_of.setdefault(self._clause_of(t).i, set()).add(k)
        own: dict[str, set] = {}
        law_clause: dict = {}
        if len(clause_of) < 2:
            return basis_list, own, law_clause
        for k in targets:
            anchor = self._anchor(s, k)
            if anchor is None:
                continue
            at = self._clause_of(anchor)
            mine = clause_of.get(at.i)
            if mine:
                own[k] = set(mine)
                # "A and B were designated under E.O. 14014 on February 11, and had previously been designated under E.O.
                # 13818 in December 2019": a designating clause with no subject of its own has the subject of the one
                # it is joined to, and its own law and date
                for v in at.children:
                    if v.dep_ == "conj" and v.i in clause_of and v.lemma_ in SANCTIONING_VERBS \
                            and not has_subject(v):
                        own[k] |= clause_of[v.i]
                        for law in clause_of[v.i]:
                            law_clause[law] = v
        return basis_list, own, law_clause

    def _relative_clause_sanctions(self, s: Sent) -> list:
        """ "X, whom the UN Security Council placed under a travel ban and an asset freeze in October": a sanction told in
        a relative clause about a person is a sanction of its own, by the clause's subject, under the law the clause
        names (else none), with the clause's measure and date; whatever the sentence around it is about."""
        told = []
        if not re.search(r"\b(?:whom|which|that|whose)\b", s.span.text):
            return told
        for v in s.span:
            if v.dep_ != "relcl" or v.pos_ != "VERB" or any(c.dep_ == "neg" for c in v.children):
                continue
            agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            whose = self._whose_subject(v)
            if whose:
                self._clause_sanction(s, v, whose, self.entity_at(agent) if agent is not None else None)
                told.append(v)
                continue
            if not any(c.lower_ in ("whom", "which", "that") and c.dep_ in ("dobj", "nsubjpass") for c in v.children):
                continue
            clause = self._clause_text(v)
            sanctioning = v.lower_ in STRONG_SANCTION or v.lemma_ in ("designate", "sanction", "blacklist")
            placing = v.lemma_ in ("place", "put", "subject", "impose") and self.gaz.measure_re.search(clause)
            if not (sanctioning or placing) or self._unrealised(v):
                continue
            if v.lemma_ in ("ban", "bar") and not self._bars_entry(v):
                continue  # "ACAT-Norvia, which the government banned in 2016": a group outlawed at home, no sanction
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            by = self.entity_at(subj or agent) if (subj or agent) is not None else None
            target = self.entity_at(v.head)
            if target is None or self.etype(target) not in ("Person", "Organization", "GovernmentBody"):
                # the parser hangs the clause on a word after the name ("X, a former police chief, whom ..."): the person
                # named last before the pronoun
                pron = next(c for c in v.children if c.lower_ in ("whom", "which", "that"))
                before = [m for m in self.mentions if s.start <= m.start < self.tstart(pron) and m.entity
                          and self.etype(m.entity) in ("Person", "Organization", "GovernmentBody") and not self._in_title(m)]
                target = before[-1].entity if before else None
            if by is None or target is None or by == target or self.etype(by) not in ("Country", "GovernmentBody", "Organization") \
                    or self.etype(target) not in ("Person", "Organization", "GovernmentBody"):
                continue
            self._clause_sanction(s, v, [target, *self._designated_together(v)], by)
            told.append(v)
        return told

    def _in_title(self, m) -> bool:
        """Whether a body's name only qualifies a title ("X, the police commissioner for Kinshasa, whom ..."): the
        body is not the one the title's holder is."""
        tok = self._token_ending_at(m.end)
        return tok is not None and tok.dep_ == "compound" and tok.head.is_lower and tok.head.pos_ == "NOUN"

    def _clause_text(self, v) -> str:
        """A clause's words from its verb on (not the antecedent or pronoun before it)."""
        return self.text[self.tstart(v):self.tstart(v) + len("".join(x.text_with_ws for x in v.subtree if x.i >= v.i))]

    def _clause_sanction(self, s: Sent, v, targets: list[str], by: str | None) -> None:
        """A relative clause's own sanction: by its agent, under the law it names (else none, and none borrowed later),
        with the measure and the date it tells."""
        clause = self._clause_text(v)
        laws = [self.mention_of(x).entity for x in v.subtree if self.mention_of(x) is not None and self.mention_of(x).entity
                and self.etype(self.mention_of(x).entity) in ("Statute", "SanctionsProgram")]
        if not laws and any(self._same_law(o) for o in self._law_objects(s) if v.left_edge.i <= o.i <= v.right_edge.i):
            # "X, whom Treasury designated under the same authority in June": the law of the designation told before
            told = [c for c in self.claims.values() if c.type == "sanction" and c.roles.get("legal_basis") and c.evidence
                    and c.evidence[0].start < s.start]
            laws = [max(told, key=lambda c: c.evidence[0].start).roles["legal_basis"]] if told else []
        m = self.gaz.measure_re.search(clause)
        date = self._date_in_clause(v)
        for k in targets:
            c = self.add_claim("sanction", {"target": k, "legal_basis": laws[0] if laws else None},
                               {"authority": by, "measure": self.gaz.measures.get(gz.normal(m.group(0))) if m else self._default_measure(laws[0] if laws else None),
                                "date": date}, self.span(s.start, s.end), status="designated", confidence=0.5)
            if c is not None and not laws:
                self._clause_lawless.append(c)

    def _whose_subject(self, v) -> list[str]:
        """The people a "whose" clause says were sanctioned ("X, whose brothers A and B had been sanctioned by Treasury in
        2023"): the names set off after the possessed noun that is the passive subject of a sanction verb."""
        if not (v.lower_ in STRONG_SANCTION or v.lemma_ in ("designate", "sanction", "blacklist", "list")) or self._unrealised(v):
            return []
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None or not any(c.lower_ == "whose" and c.dep_ == "poss" for c in subj.subtree):
            return []
        out = []
        for x in subj.subtree:  # ("whose brother X": the parser may make the kin word a compound of the name)
            k = self.entity_at(x) if self.mention_of(x) is not None else None
            if k and k not in out and self.etype(k) in ("Person", "Organization"):
                out.append(k)
        return out

    def _date_in_clause(self, v) -> str | None:
        """The first date a clause tells, from its verb to its last word (not one of the sentence around it)."""
        lo, hi = self.tstart(v), self.tstart(v.right_edge) + len(v.right_edge.text)
        return next((d.value for d in self.dates if lo <= d.start < hi), None)

    def _designated_together(self, v) -> list[str]:
        """ "X, which OFAC designated on June 1, together with A, B and C": the names the designating clause adds
        "together with" (or "along with") are designated with X."""
        out = []
        preps = [p for p in v.children if p.dep_ == "prep" and p.lower_ == "with"
                 and any(c.lower_ in ("together", "along") for c in (*p.children, *v.children) if c.dep_ == "advmod")]
        doc, i = v.doc, v.right_edge.i + 1
        i += i < len(doc) and doc[i].text == ","
        if i + 1 < len(doc) and doc[i].lower_ in ("together", "along") and doc[i + 1].lower_ == "with":
            preps.append(doc[i + 1])  # (the parser often hangs "along with" on the main verb, past the clause)
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for x in (obj, *(c for c in obj.subtree if c.dep_ == "conj")):
                    k = self.entity_at(x)
                    if k and k not in out and self.etype(k) in ("Person", "Organization", "GovernmentBody"):
                        out.append(k)
        return out

    def _clause_bases(self):
        """A designation told in a clause that names no law ("X, which OFAC designated on June 1, 2023") stands on the
        law the same body designates under in the rest of the release, when most of its designations there use one."""
        for c in self._clause_lawless:
            by = c.roles.get("authority")
            laws = Counter(o.roles.get("legal_basis") for (ct, _), o in self.claims.items() if ct == "sanction" and o is not c
                           and o.roles.get("authority") == by and o.confidence > 0.5)
            if None in laws or not laws:
                continue
            (law, n), total = laws.most_common(1)[0], sum(laws.values())
            key = ("sanction", (("legal_basis", None), ("target", c.roles["target"])))
            if 3 * n < 2 * total or self.claims.get(key) is not c:
                continue
            self._rebase(key, c, law)

    def _embargo_sanctions(self, s: Sent, bases: list[tuple[int, str]]):
        """ "The Security Council imposed an arms embargo on South Sudan", "imposed an arms embargo on the country": an
        embargo is a measure on a state itself (measure "other"), by whoever imposes it, under the law the sentence
        names, else the one named last before it. "The country" is the state the text has told of most (_last_place)."""
        if "embargo" not in s.span.lowers:
            return
        for noun in s.span:
            if noun.lower_ != "embargo" or self._unrealised(noun) or any(a.lower_ in SANCTION_WORDS and self._unrealised(a) for a in noun.ancestors):
                continue
            verb = noun.head if noun.dep_ in ("dobj", "conj") else None
            while verb is not None and verb.dep_ == "conj" and verb.pos_ == "NOUN":
                verb = verb.head  # ("imposed a travel ban and an arms embargo on ...")
            if verb is None or verb.lemma_ not in ("impose", "adopt", "extend", "renew", "introduce"):
                continue
            objs = [g for p in (*noun.children, *verb.children) if p.dep_ == "prep" and p.lower_ in ("on", "against")
                    for g in p.children if g.dep_ == "pobj"]
            if not objs:
                continue
            state = self.entity_at(objs[0])
            if state is None and objs[0].lower_ == "country" and any(c.lower_ == "the" for c in objs[0].children):
                state = self._last_place(self.tstart(objs[0]), "country")
            if state is None or self.etype(state) != "Country":
                continue
            laws = self._laws_named(s)
            earlier = [b for b in bases if b[0] < s.start]
            basis = laws[0] if laws else earlier[-1][1] if earlier else None
            doer = verb_with_subject(verb)
            subj = next((c for c in doer.children if c.dep_ == "nsubj"), None)
            by = self._actor_at(subj) if subj is not None else None
            if by is None and subj is not None and subj.text[:1].isupper():
                named = [m.entity for m in self.mentions if m.start < self.tstart(subj) and m.entity
                         and self.etype(m.entity) == "GovernmentBody" and self.ex.entities[m.entity].name.split()[-1] == subj.text]
                by = named[-1] if named else None  # "the Council": the council the text has named in full
            auth = by if by is not None and self.etype(by) in ("Country", "GovernmentBody", "Organization") else self._authority(s)
            if auth is None or auth == state:
                continue
            self.add_claim("sanction", {"target": state, "legal_basis": basis},
                           {"authority": auth, "measure": "other", "date": self._date_on(s, verb) or self._doc_date()},
                           self.span(s.start, s.end), status="designated", confidence=0.5)

    def _date_on(self, s: Sent, verb) -> str | None:
        """The date a verb's own "on" or "in" gives ("imposed ... on 13 July"), not one that bounds it ("until 31 May
        2019") or dates something else in the sentence ("the situation since 15 February")."""
        for d in self.dates:
            if not s.start <= d.start < s.end:
                continue
            tok = self._token_at(d.start)
            while tok is not None and tok.head.i != tok.i and tok.dep_ != "pobj":
                tok = tok.head
            if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in") and tok.head.head.i == verb.i:
                return d.value
        return None

    def _blocked_property_sanctions(self, s: Sent):
        """ "... support for the Wagner Group, a person whose property and interests in property are blocked pursuant to
        E.O. 14024": a clause saying whose property is blocked under a law says that the person or body before it was
        designated under it (blocking is what a designation does), by the law's state, at a time the text does not give."""
        if "whose" not in s.span.text:
            return
        for w in s.span:
            if w.lower_ != "whose":
                continue
            verb = next((a for a in w.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ == "relcl"), None)
            if verb is None or verb.lemma_ not in ("block", "freeze") or self._unrealised(verb):
                continue
            laws = [self.mention_of(x).entity for x in verb.subtree if x.i > verb.i and self.mention_of(x) is not None
                    and self.mention_of(x).entity and self.etype(self.mention_of(x).entity) in ("Statute", "SanctionsProgram")]
            if not laws:
                continue
            # the name the clause is about: the relative's noun itself, or the name it is apposed to ("X, a person whose ...")
            noun = verb.head
            target = self.entity_at(noun)
            if target is None and noun.dep_ == "appos":
                target = self.entity_at(noun.head)
            if target is None or self.etype(target) not in ("Person", "Organization", "GovernmentBody"):
                continue
            self.add_claim("sanction", {"target": target, "legal_basis": laws[0]},
                           {"authority": self._authority_for(laws[0], None, s), "measure": "asset_freeze", "date": None},
                           self.span(s.start, s.end), status="designated", confidence=0.5)

    def _names_the_ner_missed(self, s: Sent):
        """ "OFAC also designated Pavel Drach under ...": a run of two to four capitalised proper nouns that a designating
        verb takes as its object (or passive subject), or that is coordinated with people's names in a list ("The listed
        persons are Ilya Marchenko, Oleg Sarov and ..."), names a person even when the statistical NER, unused to the
        name, found nothing there."""
        for t in s.span:
            if t.pos_ != "PROPN" or self.mention_of(t) is not None:
                continue
            # "The listed persons are Ilya Marchenko, Oleg Sarov and ...": a name coordinated with people's names
            in_list = t.dep_ in ("attr", "dobj", "pobj", "appos", "conj") and any(
                self.etype(self.entity_at(x)) == "Person" for x in t.children if x.dep_ == "conj") \
                or t.dep_ == "conj" and self.etype(self.entity_at(t.head)) == "Person"
            if not in_list and (t.dep_ not in ("dobj", "dative", "nsubjpass")
                                or t.head.lemma_ not in ("designate", "sanction", "blacklist", "list", "target", "add")):
                continue
            if self._short_name_defined(t):
                continue
            first = t
            # (the parser may chain a long name's compounds: "Alejandro" -> "Eduardo" -> "Falla")
            while first.i > 0 and t.doc[first.i - 1].dep_ == "compound" and first.i <= t.doc[first.i - 1].head.i <= t.i \
                    and t.doc[first.i - 1].pos_ == "PROPN" and self.mention_of(t.doc[first.i - 1]) is None:
                first = t.doc[first.i - 1]
            last = t.i
            # "designating Anita Annet Among, the Speaker": the NER's span (of whatever label) goes on past a capitalised
            # word the parser read as a preposition; the name is the whole span
            while t.ent_iob_ in ("B", "I") and last + 1 < len(t.doc) and t.doc[last + 1].ent_iob_ == "I" and t.doc[last + 1].text[:1].isupper():
                last += 1
            words = t.doc[first.i:last + 1]
            if not 2 <= len(words) <= 4 or not all(w.text[:1].isupper() and w.text[1:2].islower() and w.text.replace("-", "").isalpha() for w in words):
                continue
            name = words.text
            if GOV_WORDS.search(name) or any(w.lower_ in self.gaz.org_words or w.lower_ in GROUP_HEADS | TITLE_HEADS | RANK_WORDS for w in words) \
                    or words[-1].lower_ in SANCTION_MEASURE_NOUNS:
                continue  # (nor "Imposes Arms Embargo, Travel Ban and Asset Freeze on ...": a headline's measures)
            start = self.tstart(first)
            key = f"person:{slug(name)}"
            parts = name.split()
            # the person the text names shorter elsewhere ("Alejandro Giammattei" of the headline, "Alejandro Eduardo
            # Giammattei Falla" designated): the same first name and the other words in the same order
            shorter = [e for e in self.ex.entities.values() if e.type == "Person" and key not in self.ex.entities
                       and self._drops_second_names(e.name.split(), parts)]
            if len(shorter) == 1:
                key = shorter[0].key
                shorter[0].name = name  # (a person goes by the fullest name the text gives)
            ent = self.ex.entities.get(key) or Entity(key=key, name=name, type="Person")
            self.ex.entities[key] = ent
            ent.aliases.add(name)
            ent.mentions.append(self.span(start, start + len(name)))
            mention = Mention(start, start + len(name), name, "Person", 2, entity=key)
            for w in words:
                self.tok_mention[(id(w.doc), w.i)] = mention

    @staticmethod
    def _drops_second_names(short: list[str], full: list[str]) -> bool:
        """Whether a two-word name is a longer one without its second given name and second surname ("Alejandro
        Giammattei" of "Alejandro Eduardo Giammattei Falla"): the first name and the paternal surname, as Spanish and
        Portuguese names are used. (Read only for a name a designation gives in full that the NER missed: a father and
        son who share both names, "Ricardo Alberto Martinelli Berrocal" and "... Linares", are told apart elsewhere.)"""
        return len(short) == 2 and 4 <= len(full) <= 5 and full[0] == short[0] and short[1] in full[1:-1]

    def _short_name_defined(self, tok) -> bool:
        """ "Peevski is being designated ...": a lone capitalised word the NER found nothing in, which the release
        introduced earlier as the short form of a full name ("Delyan Slavchev Peevski (Peevski) is a former ..."), is
        that person (or company): both are made one entity, named by the full name."""
        word = tok.text
        if len(word) < 3 or not word[:1].isupper() or not word[1:].replace("-", "").isalpha():
            return False
        m = None
        for m in re.finditer(r"((?:[A-Z][\w'\u2019.\-]*[ \t]+){1,5})\(" + re.escape(word) + r"\)", self.text[:self.tstart(tok)]):
            pass
        if m is None:
            return False
        name = m.group(1).strip()
        words = name.split()
        if word not in words or GOV_WORDS.search(name) or any(w.lower() in GROUP_HEADS | TITLE_HEADS | RANK_WORDS for w in words):
            return False
        typ = "Organization" if any(w.casefold() in self.gaz.org_words for w in words) else "Person"
        key = f"{typ.lower()}:{slug(name)}"
        ent = self.ex.entities.get(key) or Entity(key=key, name=name, type=typ)
        self.ex.entities[key] = ent
        ent.aliases.update({name, word})
        start = m.start(1)
        ent.mentions.append(self.span(start, start + len(name)))
        first = self._token_at(start)
        if first is not None and all(self.mention_of(x) is None for x in first.doc[first.i:first.i + len(words)]):
            defined = Mention(start, start + len(name), name, typ, 2, entity=key)
            for x in first.doc[first.i:first.i + len(words)]:
                self.tok_mention[(id(x.doc), x.i)] = defined
        here = self.tstart(tok)
        ent.mentions.append(self.span(here, here + len(word)))
        self.tok_mention[(id(tok.doc), tok.i)] = Mention(here, here + len(word), word, typ, 2, entity=key)
        return True

    def _paragraph_subject(self, s: Sent) -> str | None:
        """The company or body a release's paragraph is about: the one its first sentence opens with, which "It is
        being designated ..." refers to."""
        first = next((x for x in self.sents[max(0, s.index - 4):s.index + 1] if x.para == s.para), None)
        if first is None:
            return None
        toks = [t for t in first.span if not t.is_space]
        m = self.mention_of(toks[0]) if toks else None
        if m is not None and m.entity and m.start == self.tstart(toks[0]) and self.etype(m.entity) in ("Organization", "GovernmentBody"):
            return None if self._is_sanctioner(m.entity) else m.entity
        if m is not None and m.entity and self.etype(m.entity) == "Person":
            return None
        # a name the NER missed, set off by a comma before what it is ("Kestrel Trading LLC, a car dealership ...")
        comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
        if comma is None or comma > 8 or comma + 1 >= len(toks) or toks[comma + 1].lower_ not in ("a", "an", "the"):
            return None
        if not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "-", "&") or t.like_num for t in toks[:comma]):
            return None
        return self._bullet_entity(toks, 0, typ="Organization")

    @staticmethod
    def _field_label(line: str) -> str | None:
        """The label a line starts with ("Position(s)" of "Position(s): Commander of ...", "Name" of "Name: Tomas RADU"),
        case-folded without its "(s)"."""
        m = re.match(r"([A-Za-z][A-Za-z ]{0,30}?)\s*(?:\(s\))?\s*:\s", line)
        return m.group(1).casefold() if m else None

    def _labelled_name(self, s: Sent) -> str | None:
        """ "Name: Tomas RADU": the entry an annex names after its label."""
        toks = []
        for t in s.span:  # the label's line only: the fields below may share its sentence
            if "\n" in t.text:
                break
            if not t.is_space:
                toks.append(t)
            if "\n" in t.whitespace_:
                break
        colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
        if colon is None or colon + 1 >= len(toks):
            return None
        m = self.mention_of(toks[colon + 1])
        k = self.entity_at(toks[colon + 1])
        if k is not None and m is not None and "\n" not in m.text and self.etype(k) in ("Person", "Organization", "GovernmentBody"):
            return k
        return self._bullet_entity(toks, colon + 1)

    def _heads_annex(self, s: Sent, line: str) -> bool:
        """A short line without a full stop that announces a list ("Annex: Persons added to the list", "List of
        persons and entities"), when the paragraph after it opens with a numbered entry or a labelled name: the
        entries below are designated as the release said before."""
        if line.endswith((".", "!", "?")) or s.index + 1 >= len(self.sents):
            return False
        # a line with no finite verb is a heading however long the act it cites ("Persons listed under Council Regulation
        # (EU) 2017/1770 concerning restrictive measures in view of the situation in Mali (as amended), implementing ..."):
        # an instrument's title runs on after the name a mention takes
        verbless = not any(t.tag_ in ("VBZ", "VBP", "MD") or t.tag_ == "VBD" and has_subject(t)
                           for t in s.span)
        if len(s.span) > (60 if verbless else 24):
            return False
        words = [t for t in s.span if not t.is_punct and not t.is_space]
        # the act the list is made under is a name, however long it is cited ("List of persons referred to in Article 3
        # of Decision 2011/235/CFSP"): its words do not make the line a sentence
        law = [t for t in words if (m := self.mention_of(t)) is not None and m.entity and self.etype(m.entity) in ("Statute", "SanctionsProgram")]
        if not words or len(words) - len(law) > (30 if verbless else 10):
            return False
        if not any(t.lower_ in ("annex", "list", "listed", "listing", "listings", "designated", "designations", "added", "sanctioned")
                   for t in words):
            return False
        nxt = self.sents[s.index + 1]
        end = self.text.find("\n", nxt.start)
        text = self.text[nxt.start:end if end > 0 else nxt.end].strip()  # its line: the parser may cut "(1)" from its name
        return nxt.para != s.para and (bool(ITEM_MARK_RE.match(text)) or self._field_label(text) in LIST_NAME_LABELS) \
            and any(self._is_sanction_sentence(p) for p in self.sents[:s.index])

    def _drop_idle_relatives(self):
        """A relative the text does not name is a claim only in a designation: as someone designated, or as the family
        of someone designated, whom designations reach ("his wife and three children are also designated"). Elsewhere
        ("killed together with his wife", "his mother said", "used his father's position") the words tell of a person
        the graph could not tell apart from any other, and "his" too often points at the wrong man."""
        designated = {dict(k).get("target") for (ct, k) in self.claims if ct == "sanction"}
        for (ct, k) in list(self.claims):
            d = dict(k)
            if ct == "family" and d.get("relative") in self._descriptors and d.get("relative") not in designated \
                    and d.get("person") not in designated:
                del self.claims[(ct, k)]

    def _drop_unnamed_relatives(self):
        """ "Raúl Castro and His Children" in a headline, "his immediate family members, his children Mariela, ...":
        once the text names the relatives, the unnamed ones are the same people, not more of them."""
        def surname(key):
            words = self.ex.entities[key].name.casefold().split()  # ("SALAMEH" in a list is "Salameh" in the text)
            return set(words[1:]) or set(words)
        named = [(dict(k)["person"], c.roles.get("relation"), dict(k)["relative"]) for (ct, k), c in self.claims.items()
                 if ct == "family" and dict(k)["relative"] not in self._descriptors]
        kin = self._kin_items()
        named += [x[:3] for x in kin]
        for owner, rel, who, i in kin:  # the line that names the relative tells the kinship
            self.add_claim("family", {"person": owner, "relative": who}, {"relation": rel}, self.span(self.sents[i].start, self.sents[i].end), confidence=0.6)
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

    def _parallel_actions(self):
        """ "The United Kingdom, under its X Regulations, and Canada, under its Y Act, took parallel action today against
        the same individuals": allies that designate the people a release lists, each under its own law. The people are
        the list's, else those of the designation told just before."""
        for s in self.sents:
            if not PARALLEL_ACTION_RE.search(s.span.text) or not SAME_ONES_RE.search(s.span.text) \
                    or any(self._unrealised(t) for t in s.span if t.pos_ in ("VERB", "AUX")):
                continue  # (but "Canada is considering similar measures against them" took none)
            items = sorted(i for i in self.item_sents if i < s.index)
            run: list[int] = []
            for i in reversed(items):  # the list just before: its lines, back to a gap
                if run and run[-1] - i > 2:
                    break
                run.append(i)
            before = [i for i in self.sanction_targets if i < s.index and i not in self.item_sents]
            lines = run or ([max(before)] if before else [])
            targets = list(dict.fromkeys(k for i in sorted(lines) for k in self.sanction_targets.get(i, [])))
            if not targets:
                continue
            ents = [m for m, _ in self.sent_entities(s, {"Country", "Statute", "SanctionsProgram"})]
            date = self._clause_date(s, s.span.root) or self._doc_date()
            for n, m in enumerate(ents):
                if self.etype(m.entity) != "Country":
                    continue
                law = next((x for x in ents[n + 1:] if self.etype(x.entity) != "Country"), None)
                if law is not None and any(self.etype(x.entity) == "Country" for x in ents[n + 1:ents.index(law)]):
                    law = None  # ("A and B, under their X Act": a law named after the next state is not this one's)
                basis = law.entity if law is not None and not self._foreign_basis(m.entity, law.entity) else None
                for k in targets:
                    if k == m.entity:
                        continue
                    self.add_claim("sanction", {"target": k, "legal_basis": basis},
                                   {"authority": m.entity, "measure": self._default_measure(basis), "date": date},
                                   self.span(s.start, s.end), status="designated", confidence=0.6)

    def _kin_items(self) -> list[tuple[str, str, str, int]]:
        """(owner, relation, person, line) of list lines that name a designee as someone's kin ("- RAJA TOUFIC SALAMEH (Raja
        Salameh), his brother, whose company ..."): the brother a summary sentence designated without a name ("OFAC is
        also designating four persons close to him, including his brother and his son") is the one the list names."""
        out = []
        for i in sorted(self.item_sents):
            ks = self.sanction_targets.get(i, [])
            m = re.match(r"[^,;]*?,\s+(?:his|her)\s+(\w+)\s*[,;]", self.sents[i].span.text)
            if len(ks) != 1 or m is None or self.etype(ks[0]) != "Person":
                continue
            noun = m.group(1).lower()
            for d, (owner, rel) in self._descriptors.items():
                dnoun = self.ex.entities[d].name.rsplit(" ", 1)[-1].lower()
                if dnoun == noun or dnoun == "children" and noun in ("son", "daughter", "child"):
                    out.append((owner, rel, ks[0], i))
        return out

    def _covered_relatives(self):
        """Relatives a designation is said to cover share it ("the designation covers Kadyrov's wife",
        "the measures apply to his family: his wife and three children"), as Section 7031(c) designations
        of an official's immediate family do. They share the person's current designations, not older ones
        the text recalls ("imposed on him in 2017 under the Magnitsky Act")."""
        for s in self.sents:
            if s.index in self.sanction_targets:
                continue
            # ("He engaged in corruption, including by helping his brother escape": "including" as a preposition tells
            # what he did, not whom a designation reaches)
            covering = [t for t in s.span if t.lemma_ in COVERAGE_VERBS and t.pos_ in ("VERB", "AUX")
                        and not (t.tag_ == "VBG" and (t.dep_ == "prep" or any(c.dep_ in ("prep", "pcomp") and c.lower_ in ("by", "in", "with")
                                                                              for c in t.children)))]
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
        verb = SanctionRules._hung_on_verb(tok)
        node = tok if verb is None else verb.head  # (the first item's clause: the one the misjoined verb ends)
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
        if anchor is None and len(here) == 1 and s.span.root.lower_ in SANCTION_WORDS:
            # a target named sentences before ("Both were designated pursuant to E.O. N, which the President signed last
            # November"): the date of the designating clause, not of one about the law
            anchor = s.span.root
        shifted = self._shifted_date(s, anchor, here) if anchor is not None else None
        if shifted is not None:
            return shifted
        if anchor is None or not here:
            return self.sent_date(s)
        act = self._designation_act_date(anchor, here)
        if act is not None:
            return act
        own = self._clause_of(anchor)
        # clauses above the target's: they report it ("said on Monday it had designated X") or frame it ("used its regime
        # on Tuesday, freezing the assets of X"); an act told after a semicolon is another act (below)
        above = {own.i, *(a.i for a in own.ancestors)}
        # "X, who was sanctioned by the Treasury in 2019, denied ...": the clause that sanctions X is about X
        trigger_clauses = [self._clause_of(t) for t in s.span if t.lower_ in SANCTION_WORDS]
        about = {c.i for c in trigger_clauses
                 if c.dep_ in ("relcl", "acl") and (c.head.i == anchor.i or self.entity_at(c.head) == self.entity_at(anchor)
                                                    or c.head.dep_ == "appos" and self.entity_at(c.head.head) == self.entity_at(anchor))}
        if about and all(c.i in about for c in trigger_clauses):
            # "X, who has been under U.S. sanctions since 2020, denied on Tuesday ...", "X, a minister sanctioned by the EU
            # in 2021, spoke ...": the sanction is told only in a clause about X; the sentence's own act is another day's
            above = about
        else:
            above |= about
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
            at = self._clause_of(tok)
            if at.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" or c.dep_ == "mark" and c.lower_ == "as" for c in at.children) \
                    and self._clause_of(at.head).i in above:
                return d.value  # "X, who was designated in the annex when the Council established the regime in October 2022"
        return None

    def _designation_act_date(self, anchor, here) -> str | None:
        """ "follows the designation of X in November 2018 and that of Y in April 2019", "builds on the June 23 designation
        of X and on the September 28 designations of Y and Z": a sentence that tells two earlier acts as nouns dates each
        by the date in its own stretch, from the noun's phrase (its date may come first) to the next act's noun. Read
        in order, not by the parse, which hangs those dates on the verb as often as on the noun."""
        doc = anchor.doc
        sent = anchor.sent
        acts = [t.left_edge.i if t.lower_ in DESIGNATION_NOUNS else t.i for t in sent
                if t.lower_ in DESIGNATION_NOUNS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"
                or t.lower_ in ("that", "those") and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" and t.pos_ == "PRON"]
        if acts:
            # "including those of A in November 2018, of B in December 2019, and of C": each "of" after a comma or "and"
            # repeats the act it elides
            acts = sorted(set(acts) | {t.i for t in sent if t.lower_ == "of" and t.i > acts[0] and t.i >= 1
                                       and doc[t.i - 1].text in (",", "and") and not (t.i >= 2 and doc[t.i - 2].lower_ in ("one", "some", "each"))})
        if len(acts) < 2 or anchor.i < acts[0]:
            return None
        lo = max(a for a in acts if a <= anchor.i)
        hi = min((a for a in acts if a > anchor.i), default=sent.end)
        for d in here:
            tok = self._token_at(d.start)
            if tok is not None and tok.doc is doc and lo <= tok.i < hi:
                return d.value
        return None

    def _shifted_date(self, s: Sent, anchor, here) -> str | None:
        """ "... designated Y in August 2022, and had designated X the month before": a target dated by a step back
        or forward from the date named before it in the sentence. The step is read after the target's name, up to
        the next date or semicolon (the parse of such clauses is too often wrong to follow)."""
        at = self.tstart(anchor)
        end = min([d.start for d in here if d.start > at] + [s.end])
        semi = self.text.find(";", at, end)
        end = semi if semi >= 0 else end
        own = self.entity_at(anchor)
        later = [m.start for m in self.mentions if at < m.start < end and m.entity and m.entity != own
                 and self.etype(m.entity) in ("Person", "Organization", "GovernmentBody")]
        end = min(later + [end])  # "added A ..., and had listed B a year earlier": the step is B's, not A's
        m = SHIFTED_TIME_RE.search(self.text, at, end)
        before = [d.value for d in here if d.start < at]
        if not here and self._doc_date():
            before = [self._doc_date()]  # "Canada on the same day ... had listed X a year earlier": the day of the text
        if m is None or not before:
            return None
        unit = next(u for u in m.group("u1", "u2", "u3", "u4", "u5") if u)
        return shift_date(before[-1], unit.lower(), -1 if m.group("back") else 1)

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
        if basis is not None and authority is not None and not self._applies(basis, authority):
            # "the Treasury designated X under E.O. 13818, and the Department designated Y under Section 7031(c)": a law
            # only one body applies was applied by that body, whoever the sentence's first subject is
            inst = next((m.instrument for m in self.mentions if m.entity == basis and m.instrument is not None), None)
            body = self.gaz.known_by_label.get(gz.normal(inst.applied_by[0])) if inst is not None and len(inst.applied_by) == 1 else None
            if body is not None:
                return self._known_entity(body)
        want = self._basis_jurisdiction(basis)
        have = self._jurisdiction(authority)
        named_actor = authority in self._acting_subjects and self.ex.entities[authority].name[:1].isupper()  # not "authorities"
        if want is None or have == want or (have is None and named_actor):
            return authority
        for m, _ in self.sent_entities(s):
            if self._jurisdiction(m.entity) == want:
                return m.entity
        before = [m for m in self.mentions if m.entity and m.start < s.start and self._jurisdiction(m.entity) == want]
        # the state's agency named last ("Today, OFAC is designating ...") rather than the state named in passing ("the
        # U.S. financial system"): per-target paragraphs of a release go on with its lead's agency
        bodies = [m for m in before if self.etype(m.entity) == "GovernmentBody"]
        if bodies or before:
            return max(bodies or before, key=lambda m: m.start).entity
        # a law only one body applies was applied by that body ("Today I am designating X under Section 7031(c)")
        inst = next((m.instrument for m in self.mentions if m.entity == basis and m.instrument is not None), None)
        body = self.gaz.known_by_label.get(gz.normal(inst.applied_by[0])) if inst is not None and len(inst.applied_by) == 1 else None
        if body is not None:
            return self._known_entity(body)
        ke = self.gaz.state_by_qid.get(want)
        return self._known_entity(ke) if ke is not None else authority

    def _foreign_basis(self, authority: str | None, basis: str) -> bool:
        juris = self._jurisdiction(authority)
        inst = next((m.instrument for m in self.mentions if m.entity == basis and m.instrument is not None), None)
        if juris is None or inst is None:
            return False
        if inst.jurisdiction is not None:
            return inst.jurisdiction != juris
        # a programme whose name does not say whose it is ("the Sudan sanctions regime") is the state's that has
        # designated under it so far: not another state's, told designating afterwards
        users = {self._jurisdiction(c.roles.get("authority")) for (ct, _), c in self.claims.items()
                 if ct == "sanction" and c.roles.get("legal_basis") == basis}
        return bool(users - {None}) and juris not in users

    def _introduces_targets(self, s: Sent) -> bool:
        """A short line ending in a colon that counts or names who follows ("The four individuals are:",
        "Those designated today are:") right after a sanction: it heads the list of targets."""
        words = [t for t in s.span if not t.is_punct and not t.is_space]
        if not words or len(words) > 25 or not any(self._is_sanction_sentence(p) for p in self.sents[max(0, s.index - 3):s.index]):
            return False
        if words[0].lower_ in ("they", "these", "those") or " ".join(w.lower_ for w in words[:3]) in ("all of them", "each of them"):
            return True  # "All of them are officers or officials of the FSB:": the ones just counted, described, then named
        if len(words) > 12:
            return False
        if any(t.lower_ in TARGET_GROUP_HEADS | {"entities", "designated", "listed", "sanctioned", "targeted"} for t in words):
            return True
        # "They include:", "These include:": the people just counted, named one by one below
        return 0 < len(words) <= 3 and words[-1].lemma_ == "include" and words[0].lower_ in ("they", "these", "those")

    def _group_count(self, text: str) -> int | None:
        m = re.search(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\b", text, re.I)
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
                        if nxt in self.sanction_targets and (LIST_LEAD_RE.match(self.sents[nxt].span.text)
                                                             or nxt == idx + 1 and COUNT_OF_THEM_RE.match(self.sents[nxt].span.text)):
                            found = [(p, self.sents[nxt]) for p in self.sanction_targets[nxt]
                                     if self.etype(p) in ("Person", "Organization", "GovernmentBody") and p != gkey][:n]
                            anaphoric = False
                            break
                    if not found and idx + 1 < len(self.sents) and self.sents[idx + 1].para == s.para:
                        # "designated three senior officials of the commission ... The officials are A, B and his son, C":
                        # the group's own noun taken up names them, though that sentence sanctions no one itself
                        nxt = self.sents[idx + 1]
                        lead = re.match(r"\s*(?:The|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}?" + re.escape(ent.name.split()[-1])
                                        + r"\s+(?:are|were|include|included)\s+", nxt.span.text)
                        if lead is not None:
                            after = [t for t in nxt.span if self.tstart(t) >= nxt.start + lead.end()]
                            # (every name is one of them, a relative among them too: "and his son, C, who served as an adviser";
                            # not a name inside a clause on one of them, up to its comma: "A, who reports to President X, and B")
                            named, inside = [], False
                            for t in after:
                                inside = t.lower_ in ("who", "which", "whose", "whom") or inside and t.text != ","
                                if not inside and self.mention_of(t) is not None:
                                    named.append(self.entity_at(t))
                            found = [(p, nxt) for p in dict.fromkeys(named) if p is not None and self.etype(p) == "Person"][:n]
                            anaphoric = not found and anaphoric
                last = max((i for i in self.sanction_targets if i < idx), default=None)
                told = [t for t in self.sanction_targets.get(last, []) if self.etype(t) != "Group" and t not in self.relative_of]
                if anaphoric and not named_here and not found and len(told) == n:
                    # "designated A, B, C and D ... The four individuals are also barred": the ones just named, whatever
                    # type the NER gave a name among them
                    found = [(t, s) for t in told]
                if anaphoric and not named_here and n <= 12 and not found:
                    for prev in sorted((i for i in self.sanction_targets if i < idx), reverse=True):
                        for t in self.sanction_targets[prev]:
                            if self.etype(t) == "Person" and t not in [f for f, _ in found] and t not in self.relative_of:
                                found.append((t, s))
                        if len(found) >= n:
                            break
                    found = found[:n]
                # (entries of an annex take a paragraph or two of fields each)
                items = [(t, self.sents[i]) for i in sorted(self.item_sents) if idx < i for t in self.sanction_targets.get(i, [])
                         if self.sents[i].para <= s.para + 3 + 3 * n]
                lawless = all(gc.roles["legal_basis"] is None for gc in gclaims)
                if not found and not named_here and (idx == 0 and s.para == self.sents[0].para or lawless and not items):
                    # a headline that counts ("Designation of Two Prison Officials ...") stands for the people the first
                    # designation below it names, when it names as many; so does a news lead that counts without naming
                    # the law ("imposed sanctions on two senior officials ...") for the next paragraphs' designation
                    for later in sorted(i for i in self.sanction_targets if i > idx and (idx == 0 or self.sents[i].para <= s.para + 2)):
                        people = [p for p in self.sanction_targets[later] if self.etype(p) in ("Person", "Organization", "GovernmentBody")
                                  and p not in self.relative_of]
                        if people:
                            found = [(p, self.sents[later]) for p in people] if len(people) == n else []
                            break
                if found:
                    pass
                elif not anaphoric and not named_here and len(items) >= n:
                    found = items[:n]  # "designated four senior members ...: 1. Owen Ncube, ... 2. ..."
                elif not named_here and n <= 12:
                    # the paragraphs after the designation that start with a person's name (a release gives each one a heading, a
                    # paragraph on who they are and one on why they are designated)
                    # (then, when the paragraphs name fewer, a sentence inside them that opens on someone named there for the
                    # first time: "Zakir defended the camps. Erken Tuniyaz, his successor as Chairman, has held ...")
                    for inside in (False, True):
                        for later in self.sents[idx + 1:]:
                            if later.para <= s.para or len(found) >= n or later.para > s.para + 3 * n + 3:
                                if later.para > s.para + 3 * n + 3 or len(found) >= n:
                                    break
                                continue
                            opens = self.sents[later.index - 1].para != later.para  # (its paragraph is after the count's)
                            if opens == inside:
                                continue  # a paragraph's first sentence (on the second pass, any other)
                            person = self._opening_person(later)
                            if person is not None and person not in [f for f, _ in found] and person not in self.relative_of \
                                    and (not inside or self._first_named_in(person, later)):
                                found.append((person, later))
                    # not one the counting sentence names apart from them ("sanctioned six individuals in charge of the
                    # colony where X died" ... "X was poisoned in 2020 ...": a paragraph on the victim)
                    apart = {self.entity_at(t) for t in s.span} - {None}
                    found = [(p, x) for p, x in found if p not in apart]
                found = [(p, x) for p, x in found if not self._document_part(p)]
                if not found:
                    continue
                done.add(gkey)
                self.group_members[gkey] = [p for p, _ in found]
                for pkey, ev_sent in found:
                    for gc in gclaims:
                        if gc.roles["legal_basis"] is None and any(
                                ct == "sanction" and dict(k).get("target") == pkey and dict(k).get("legal_basis") is not None
                                for (ct, k) in self.claims):
                            continue  # a member the list designates under its act: the count, lawless, adds nothing
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

    def _opening_person(self, s: Sent) -> str | None:
        """The person a sentence opens on, after a rank or title at most ("Colonel X is the commander of ...", or after a
        lettered list's letter: "B. Santino Deng Wol. Major General, ..."), unless only as an owner ("X's brother")."""
        first = next((t for t in s.span if not t.is_space and self.tstart(t) not in self.letter_marks
                      and not (t.lower_ in RANK_WORDS | TITLE_HEADS and t.text[:1].isupper() and self.mention_of(t) is None)), None)
        if first is None:
            return None  # a paragraph of nothing but spaces and titles
        m = self.mention_of(first)
        if m is None or not m.entity or self.etype(m.entity) != "Person" or m.start != self.tstart(first):
            return None
        last_tok = first
        while last_tok.i + 1 < len(first.doc) and self.mention_of(first.doc[last_tok.i + 1]) is m:
            last_tok = first.doc[last_tok.i + 1]
        if last_tok.dep_ == "poss" or (last_tok.i + 1 < len(first.doc) and first.doc[last_tok.i + 1].text in ("'s", "\u2019s")):
            return None
        return m.entity

    def _first_named_in(self, key: str, s: Sent) -> bool:
        """Whether the text names ``key`` for the first time in sentence ``s``."""
        first = min((sp.start for sp in self.ex.entities[key].mentions), default=None)
        return first is not None and s.start <= first < s.end

    def _list_item(self, s: Sent) -> str | None:
        """The person or organisation a list line starts with ("- Zhu Hailun, former ...", "Brigadier General Than Oo, ...")."""
        toks = [t for t in s.span if not t.is_space]
        i = 0
        while i < len(toks) and (toks[i].text in BULLET_MARKS or toks[i].like_num and toks[i].i == toks[0].i and toks[i].text.endswith(".")):
            i += 1
        marker = LIST_MARKER_RE.match(s.span.text)
        if i == 0 and marker:  # "1. Owen Ncube, ..." with the number and its dot as separate tokens
            while i < len(toks) and self.tstart(toks[i]) < s.start + marker.end():
                i += 1
        # "Darun Agro Cluster LLC (a.k.a. DAC Group), Darun, Kalstan;": a company line of an entity list names the company
        # up to its legal form, whatever the NER made of the line (it misses such names or runs them into the "(f.k.a.")
        company = COMPANY_LINE_RE.match(s.span.text[self.tstart(toks[i]) - s.start:]) if i < len(toks) else None
        if company and re.search(r"(?:" + self.gaz.company_tail_re.pattern + r")$", " " + company.group(1)):
            named = self.mention_of(toks[i])
            if named is not None and named.entity and named.type == "Organization" and named.end >= self.tstart(toks[i]) + company.end(1):
                return named.entity  # (a legal form with commas of its own, "Co., Ltd.", that the mentions read whole)
            return self._bullet_entity(toks, i, typ="Organization")
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
        if bulleted and j > i and self.etype(k) == "Person" and m.text.isupper() \
                and all(t.text.isupper() and t.is_alpha for t in toks[i:j]):
            # "- RAJA TOUFIC SALAMEH (Raja Salameh), his brother": a capitalised list name the NER found only the surname
            # of is the whole name; the surname alone is another man of the family, named in the line before
            return self._bullet_entity(toks, i, typ="Person")
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
        if self.etype(k) == "Group" and not re.match(r"\d|\w+ (?:[a-z]+ ){0,2}(nationals|members|individuals|officials|officers|persons)\b", m.text):
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
            if self._coordinated_with(t, k):
                out.append(key)
        return out

    def _coordinated_with(self, t, k: str) -> bool:
        """Whether a name is joined to the entity *k* by "and" (with an apposition on the way: "Min Aung Hlaing, and
        his deputy, Soe Win"), not a name inside a title the entry gives ("Joseph Made, Minister of Lands,
        Agriculture and Rural Resettlement": the ministry's last words hang under "of", not under the name)."""
        path = [t, *list(t.ancestors)[:4]]
        for a, up in zip(path, path[1:]):
            if a.dep_ not in ("conj", "appos", "compound", "flat", "nmod", "punct", "cc"):
                return False
            if self.entity_at(up) == k:
                # (the title set beside the name, "X, Minister of A, B and C", is not a conjunct of it)
                return a.dep_ != "appos" and any(x.dep_ == "conj" for x in path[:path.index(up)])
        return False

    def _bullet_entity(self, toks, i: int, typ: str | None = None) -> str | None:
        """A bulleted list line the NER found no name in: its text up to the first comma names the entity."""
        j = i
        while j < len(toks) and toks[j].text not in (",", "(", ";", ":") and toks[j].lower_ not in ("who", "whose", "which") \
                and not (j > i and toks[j].text in ("-", "\u2013", "\u2014") and toks[j - 1].whitespace_):
            j += 1  # (a dash set off by spaces ends the name as a comma does: "Ismael WAGUE - Colonel; Minister of ...")
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
        for m in self.mentions:
            if m.entity == basis and m.instrument is not None and m.instrument.measure:
                return m.instrument.measure
        return None

    def _share_measures(self):
        """A designation whose own sentence names no measure (an entry of a numbered list, "the Council also listed
        X") takes the measure the document states for the same authority's designations ("The Council imposed a
        travel ban and an asset freeze on the following seven persons"), the first it names; in a document where
        one state or union acts, also a measure a sanctioning sentence names without a designation of its own. A
        release tells its measures once and lists its targets after."""
        claims = [c for c in self.claims.values() if c.type == "sanction"]
        unmeasured = [c for c in claims if not c.roles.get("measure")]
        if not unmeasured:
            return
        stated = [(c.evidence[0].start, c.roles.get("authority"), c.roles["measure"]) for c in claims if c.roles.get("measure")]
        # one authority: one state or union, however the text names who acts for it ("the Council", "the EU")
        single = len({self._jurisdiction(c.roles.get("authority")) or c.roles.get("authority") for c in claims}) == 1
        if single:
            for s in self.sents:
                if s.span.lowers & SANCTION_TRIGGERS and self.gaz.measure_re.search(self.text, s.start, s.end):
                    stated.append((s.start, None, self._measure(s)))
        stated.sort(key=lambda x: x[0])
        for c in unmeasured:
            own = c.roles.get("authority")
            measure = next((m for _, a, m in stated if m and (a == own and own is not None or single)), None)
            if measure:
                c.roles["measure"] = measure

    def _doc_date(self) -> str | None:
        return self.date[:10] if self.date else None

    def _applies(self, basis: str | None, authority: str | None) -> bool:
        """Whether ``authority`` can have designated under ``basis``: some laws are applied by one body of
        their state only (kg:appliedBy in statutes.ttl: Section 7031(c) is the State Department's), so a
        Treasury designation told next to a 7031(c) one is not under 7031(c)."""
        if basis is None or authority is None or self.etype(authority) != "GovernmentBody":
            return True
        inst = next((m.instrument for m in self.mentions if m.entity == basis and m.instrument is not None), None)
        if inst is None or not inst.applied_by:
            return True
        ke = self.gaz.known_by_label.get(gz.normal(self.ex.entities[authority].name))
        return (ke.name if ke is not None else self.ex.entities[authority].name) in inst.applied_by

    @staticmethod
    def _law_objects(s: Sent):
        """The nouns a sentence puts its act under ("under X", "pursuant to X")."""
        for t in s.span:
            if t.lower_ in ("under", "pursuant") and t.dep_ == "prep":
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if t.lower_ == "pursuant":
                    to = next((c for c in t.children if c.lower_ == "to"), None)
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if obj is not None:
                    yield obj

    def _pointed_law(self, s: Sent) -> str | None:
        """The law a demonstrative points back at ("has been subject to sanctions under that program for many years",
        "designated under this order"): the law of that kind named last before the sentence, whatever act it was named
        for (not the law of the last designation, as "the same authority" is)."""
        for obj in self._law_objects(s):
            if obj.lemma_.lower() in UNNAMED_LAW_HEADS and obj.text.islower() \
                    and any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in obj.children):
                kind = obj.lemma_.lower().replace("programme", "program")
                named = [m for m in self.mentions if m.entity and m.start < s.start
                         and self.etype(m.entity) in ("Statute", "SanctionsProgram")]
                same_kind = [m for m in named if kind in self.ex.entities[m.entity].name.casefold().replace("programme", "program")
                             or kind == "order" and EO_NAME_RE.match(self.ex.entities[m.entity].name)]
                if same_kind:
                    return max(same_kind, key=lambda m: m.start).entity
        return None

    def _unnamed_law(self, s: Sent) -> bool:
        """Whether the sentence says under which law, in words that name none ("under its Venezuela-related
        authorities", "under a separate programme"): then no law named elsewhere is this sentence's."""
        for obj in self._law_objects(s):
            if obj.lemma_.lower() in UNNAMED_LAW_HEADS and obj.text.islower() and not self._same_law(obj) \
                    and not any(self.mention_of(x) is not None and self.etype(self.mention_of(x).entity) in ("Statute", "SanctionsProgram")
                                for x in obj.subtree):
                return True
        return False

    @staticmethod
    def _same_law(obj) -> bool:
        """Whether a law noun points back ("under the same authority", "pursuant to the same order", "under the order"):
        a release names its law once, for its first designation, and the later ones stand on it, however far down they are told."""
        return any(c.dep_ == "amod" and c.lower_ == "same" for c in obj.children) \
            or obj.lower_ == "order" and [c.lower_ for c in obj.children] == ["the"]  # ("a person designated under the order")

    def _names_a_sanction(self, pos: int) -> bool:
        """Whether the law named at ``pos`` is one sanctions are imposed under: a sanctions law the gazetteer
        knows, one whose name says so ("the Global Irregular Migration Sanctions Regulations"), or one a
        sanction word governs ("imposing measures under the X Regulations"); not a law named for a
        consequence ("inadmissible to Canada under the Immigration and Refugee Protection Act"). A Council decision or
        regulation cited by its number is the EU's own legal act for the measures a release announces, however the
        sentence naming it is worded ("The legal acts, Council Decision (CFSP) 2015/1763 and ..., were adopted"); a
        treaty article the same release cites for talks or aid ("consultations under Article 96 of the X Agreement") is not."""
        if pos not in self._imposing_at:
            m = next((m for m in self.mentions if m.start == pos and m.instrument is not None), None)
            words = SANCTION_WORDS | DESIGNATION_NOUNS
            if m is None or m.instrument.iri in self.gaz.instruments or set(m.text.lower().split()) & words \
                    or gz.EU_CITATION_RE.search(m.text):
                self._imposing_at[pos] = True
            else:
                s = self.sent_at(pos)
                tok = next((t for t in s.span if self.tstart(t) >= pos), None) if s is not None else None
                self._imposing_at[pos] = tok is not None and any(a.lower_ in words or a.lemma_.lower() in words
                                                                 for a in list(tok.ancestors)[:4])
        return self._imposing_at[pos]

    def _enabling_act(self, pos: int) -> bool:
        """Whether the law named at ``pos`` is named as the act another instrument is made under ("regulations made under
        the X Act", "the regime, established under Y,") or as one that amends or carries another forward."""
        cache = self.__dict__.setdefault("_enabling_at", {})
        if pos not in cache:
            tok = self._token_at(pos)
            node = tok
            while node is not None and node.dep_ in ("compound", "det", "amod", "nummod", "flat") and node.head.i != node.i:
                node = node.head
            cache[pos] = node is not None and node.dep_ == "pobj" and (
                node.head.lower_ == "under" and node.head.head.lemma_ in LAW_MAKING_VERBS
                and node.head.head.dep_ in ("acl", "relcl", "amod") and self._names_law(node.head.head.head)
                # "under Section 7031(c) of the X Act, 2019, as carried forward by the Y Act, 2020" ("as amended by"): the
                # later act keeps the section alive, designations are made under the section
                or node.head.lower_ == "by" and node.head.head.tag_ == "VBN"
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in node.head.head.children))
        return cache[pos]

    def _names_law(self, tok) -> bool:
        """Whether a noun is a law or regime ("the new regime", "regulations", "E.O. 14046"), not a list of people."""
        m = self.mention_of(tok)
        return tok.lemma_.lower() in UNNAMED_LAW_HEADS | {"regulation", "regulations", "decree", "decision"} \
            or m is not None and self.etype(m.entity) in ("Statute", "SanctionsProgram")

    @staticmethod
    def _aim_of_a_move(tok) -> bool:
        """Whether ``tok`` is inside an infinitive that tells what a step is for ("a move to pressure the government of
        X", "efforts to isolate Y"): the first verb above it is such an infinitive, hung on a noun, with no sanction
        word of its own."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ not in ("acl", "relcl", "xcomp") or verb.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        words = SANCTION_WORDS | {"target", "targeting", "punish", "penalize", "penalise", "blacklist"}
        return verb.lower_ not in words and verb.lemma_ not in words and verb.head.lower_ not in words

    def _tells_earlier_act(self, s: Sent) -> bool:
        """Whether a sentence sets the sanction it tells back before the text's own act: "X and Y were already designated
        under E.O. 13818 in December 2019", "Last October the EU had listed six officials", "Today's designation follows
        Treasury's action on July 26, 2017". Its date and law belong to that earlier act; the designation told next
        ("OFAC also designated three companies") is the text's own, of another day and maybe under another law."""
        for t in s.span:
            if not (t.lower_ in STRONG_SANCTION or t.lemma_ in SANCTIONING_VERBS) or t.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ == "advmod" and c.lower_ in EARLIER_ACT_ADVERBS for c in t.children):
                return True
            if t.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in t.children):
                return True
        root = s.span.root
        return root.lemma_ in ACT_FOLLOWING_VERBS and any(
            c.dep_ in ("dobj", "prep") and any(g.lower_ in DESIGNATION_NOUNS | SANCTION_TRIGGERS for g in c.subtree)
            for c in root.children)

    def _law_of_earlier_act(self, pos: int) -> bool:
        bs = self.sent_at(pos)
        return bs is not None and self._tells_earlier_act(bs)

    def _borrowable(self, s: Sent, bases: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The laws a sentence that names none may be under: not one named further on for a designation of another year
        ("The Treasury had already sanctioned his predecessor in 2021 under the Global Magnitsky program")."""
        now = self._doc_date()
        if not now:
            return bases
        if self._law_years is None:  # the year each law's sentence names, once per document
            self._law_years = {}
            for pos, _ in bases:
                bs = self.sent_at(pos)
                # (not the date of a clause about the law: "Both were designated pursuant to E.O. 13851, which the
                # President signed last November")
                year = (self.sent_date(bs) or "")[:4] if bs is not None and not self._makes_a_law(bs) and not self._dated_only_in_law_clause(bs) else ""
                self._law_years[pos] = (bs.end if bs is not None else pos, year)
        # (the states the designated come from, not a sanctioning one: "any assets held in Switzerland by X")
        here = {self._country_id(m.entity) for m, _ in self.sent_entities(s, {"Country"}) if not self._is_sanctioner(m.entity)}
        return [(pos, key) for pos, key in bases
                if (pos < s.end or not self._law_years[pos][1] or self._law_years[pos][1] == now[:4])
                and not (here and (scope := self._law_countries(key)) and not scope & here)]

    def _dated_only_in_law_clause(self, s: Sent) -> bool:
        """Whether every date of a sentence is in a relative clause about a law it names ("..., which the President signed
        last November"): the law's own day, not that of the designations made under it."""
        here = [d for d in self.dates if s.start <= d.start < s.end]
        if not here or not self.sent_entities(s, {"Statute", "SanctionsProgram"}):
            return False
        for d in here:
            tok = self._token_at(d.start)
            verb = self._clause_of(tok) if tok is not None else None
            # (the parser may hang such a clause anywhere: the relative pronoun and a verb of law-making tell it)
            if verb is None or verb.lemma_ not in LAW_MAKING_VERBS | {"sign"} or not any(c.tag_ == "WDT" for c in verb.children):
                return False
        return True

    def _country_id(self, key: str) -> str:
        ent = self.ex.entities[key]
        known = self.gaz.known_by_label.get(gz.normal(ent.name))
        return ent.wikidata or (known.wikidata if known is not None else None) or ent.name

    def _law_countries(self, key: str) -> set:
        """The countries a law's own name is about ("Ordinance on Measures against Certain Persons from the Arab Republic
        of Egypt"): a sentence about designations in other countries ("froze any assets of Tunisia's former president")
        is not under it, however near it was named."""
        cache = self.__dict__.setdefault("_law_countries_of", {})  # (asked for every sentence that borrows a law)
        if key not in cache:
            words = self.ex.entities[key].name.split()
            found = set()
            for n in range(1, 5):
                for i in range(len(words) - n + 1):
                    known = self.gaz.known_by_label.get(gz.normal(" ".join(words[i:i + n])))
                    if known is not None and known.type == "Country":
                        found.add(known.wikidata or known.name)
            cache[key] = found
        return cache[key]

    def _basis_told_for(self, targets: list[str], authority: str | None) -> str | None:
        """The one law the designations told so far of all these targets stand on, by the same state or union as the
        sentence's (another state's sanction of the same people is another act), if there is one."""
        if not targets:
            return None
        mine = [c for c in self.claims.values() if c.type == "sanction" and c.roles.get("target") in targets]
        states = {self._jurisdiction(c.roles.get("authority")) or c.roles.get("authority") for c in mine}
        if authority is not None and self._is_sanctioner(authority):
            states.add(self._jurisdiction(authority) or authority)  # (a body the sentence names that sanctions nobody is no act's)
        if not mine or len(states) != 1:
            return None
        laws = {c.roles.get("legal_basis") for c in mine}
        return next(iter(laws)) if len(laws) == 1 and None not in laws and set(targets) <= {c.roles.get("target") for c in mine} else None

    def _has_sanction(self, key: str) -> bool:
        return any(ct == "sanction" and dict(k).get("target") == key for (ct, k) in self.claims)

    def _makes_a_law(self, s: Sent) -> bool:
        """Whether a sentence tells a law or regime being made ("The EU framework for restrictive measures in view of
        the situation in X was adopted on 14 October 2019 (Council Decision ...)", "The regulations were made in 2019"):
        its date is the law's own, which says nothing about when the designations under it were made."""
        root = s.span.root
        if root.lemma_ not in LAW_MAKING_VERBS:
            return False
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and any(c.dep_ == "advmod" and c.lower_ == "first" for c in root.children) \
                and subj.lower_ in SANCTION_MEASURE_NOUNS | {"regime", "framework", "measures", "sanctions"}:
            return True  # "The measures were first adopted in 2011 under Council Decision X": when the regime began
        if any(c.dep_ == "dobj" and self._names_law(c) for c in root.children):
            return True  # "On 9 October 2023 the Council adopted a framework for targeted restrictive measures in view of ..."
        return subj is not None and self._names_law(subj)

    def _nearest_basis(self, s: Sent, bases: list[tuple[int, str]], authority: str | None = None) -> str | None:
        borrowable = self._borrowable(s, bases)
        bases = [b for b in borrowable if self._applies(b[1], authority)] or borrowable
        if not self._tells_earlier_act(s):
            # "X and Y were already designated under E.O. 13818 in December 2019. OFAC also designated three companies":
            # a law named for an earlier act is not the one the text's own designations are made under
            bases = [b for b in bases if not self._law_of_earlier_act(b[0])] or bases
        # "listed in the annex to the common position": a kind of instrument named with "the" is the one of that kind named
        kinds = {m.group(1) for m in INSTRUMENT_KIND_RE.finditer(s.span.text)}
        named = [b for b in bases if any(k in self.ex.entities[b[1]].name.casefold() for k in kinds)] if kinds else []
        if named:
            return min(named, key=lambda b: (abs(b[0] - s.start) + (0 if b[0] >= s.start else 50), b[0]))[1]
        # a law named where something is imposed, rather than one named for a consequence of it
        # ("The listed individuals are also inadmissible to Canada under the Immigration and Refugee Protection Act")
        # when no law is named for imposing anything, the one the text's designations already stand on: a release keeps
        # to its legal basis, and the other laws it names are told for what follows ("the Federal Act on X allows ...
        # to confiscate") or for the background
        imposing = [b for b in bases if self._names_a_sanction(b[0])]
        if not imposing:
            used = {c.roles.get("legal_basis") for (ct, _), c in self.claims.items() if ct == "sanction"}
            imposing = [b for b in bases if b[1] in used]
        bases = imposing or bases
        # the act a regime is made under ("The new regime, made under the Sanctions and Anti-Money Laundering Act 2018,
        # allows ...") enables designations; the regime's own regulations are what they are made under
        bases = [b for b in bases if not self._enabling_act(b[0])] or bases
        if not bases:
            return None
        best = min(bases, key=lambda b: (abs(b[0] - s.start) + (0 if b[0] >= s.start else 50), b[0]))
        return best[1]

    # recall layer (round 10) -----------------------------------------------------------------

    def _fallback_sanctions(self):
        """The recall layer for sanctions: a person or body that stands where a sanction puts who it hits ("X was
        blacklisted", "sanctions on X", "X, who is under U.S. sanctions", "the sanctioned businessman X") and that the
        precise rules gave no sanction is a target, less certain (RECALL_CONFIDENCE). News tells sanctions in more
        shapes than the precise rules can vouch for; most of them are still right. The law is the one named in the
        sentence, else the one of the designation told nearest in the paragraph, else the one most designations of
        the text are under; the authority the one the sentence names, else the text's main one."""
        precise = [c for (ct, _), c in self.claims.items() if ct == "sanction"]
        targeted = {c.roles.get("target") for c in precise}
        authorities = {c.roles.get("authority") for c in precise}
        bases = Counter(c.roles.get("legal_basis") for c in precise if c.roles.get("legal_basis"))
        auths = Counter(c.roles.get("authority") for c in precise if c.roles.get("authority"))
        main_basis = bases.most_common(1)[0][0] if bases else None
        main_auth = auths.most_common(1)[0][0] if auths else None
        words = SANCTION_WORDS | SANCTION_MEASURE_NOUNS | SANCTIONED_ADJECTIVES
        for s in self.sents:
            if s.index in self.item_sents or not any(t.lower_ in words for t in s.span):
                continue
            for m, t in self.sent_entities(s, {"Person", "Organization", "GovernmentBody", "Group"}):
                k = m.entity
                if self.etype(k) == "Group" and not self._group_of_targets(m):
                    continue
                if k in authorities or self._is_sanctioner(k) or self._is_monitor(k) or self._is_news(k):
                    continue
                if self.etype(k) != "Person" and k in self._member_bodies(s):
                    continue
                named_before = self._bracketed_other_name(t, k)
                if named_before is not None and self.mention_of(named_before) is not None:
                    t, m = named_before, self.mention_of(named_before)  # "(..., or BIA)": the name before the brackets decides
                root = self._root(t, m)
                named = root
                while named.dep_ == "appos" and named.head.i != named.i and self.entity_at(named.head) == k:
                    named = named.head  # ("the Congo River Alliance (AFC)": the acronym stands where its name does)
                if self.etype(k) != "Person" and (named.dep_ == "appos" and self.etype(self.entity_at(named.head)) == "Person" or self._joined_title(root)
                                                  or self._office_before_holder(m) or named.dep_ == "conj" and self._conjunct_of_owner(named)
                                                  or self._title_of_phrase(self._token_at(m.start) or t)):
                    continue  # "X, the spokesman of ... its political umbrella, the Congo River Alliance": a body of X's title
                    # (and "commanders of the military and the Border Guard Police": whose commanders they are)
                trig = self._sanctioned_slot(root)
                if trig is None or self._unrealised(trig) or self._imposes_other(trig) or self._appointed(trig) or self._by_a_court(trig) \
                        or self._in_reason(root) \
                        or self._aim_of_a_move(root):
                    continue
                if self.etype(k) == "Person" and self._has_authority_title(k):
                    continue
                if k in targeted:
                    # a target the precise rules have: only another body's own act with another measure is another
                    # designation ("The State Department separately barred X from entering"), under the law its sentence
                    # names, else none
                    by, measure = self._acting_on(trig), self._measure(s)
                    mine = [c for c in precise if c.roles.get("target") == k]
                    if by is None or measure is None or any(c.roles.get("authority") in (by, None) or c.roles.get("measure") == measure for c in mine):
                        continue  # (another body, and another measure: not the act the precise rules read, told again)
                    laws = self._laws_named(s)
                    basis, auth = (laws[0] if laws else None), by
                    if ("sanction", (("legal_basis", basis), ("target", k))) in self.claims:
                        continue
                    self.add_claim("sanction", {"target": k, "legal_basis": basis},
                                   {"authority": auth, "measure": measure,
                                    "date": self._clause_date(s, root) or self.sent_date(s)
                                    or next((c.roles["date"] for c in mine if c.roles.get("date")), None)},
                                   self.span(s.start, s.end), status="designated", confidence=RECALL_CONFIDENCE)
                    continue
                basis, auth = self._fallback_basis(s, trig, main_basis, main_auth)
                if self.etype(k) == "Group" and any(c.roles.get("legal_basis") == basis and self.etype(c.roles.get("target")) != "Group"
                                                    for c in precise):
                    continue  # a group the text names the members of under the same law ("designated 13 individuals", then each)
                self.add_claim("sanction", {"target": k, "legal_basis": basis},
                               {"authority": auth, "measure": self._measure(s) or self._default_measure(basis),
                                "date": self._clause_date(s, root) or self.sent_date(s) or self.para_date(s)
                                # "We are also designating X": an act in the present is the document's own day's
                                or (self._doc_date() if self._acting_now(trig) else None)},
                               self.span(s.start, s.end), status="designated", confidence=RECALL_CONFIDENCE)
                targeted.add(k)

    def _group_of_targets(self, m: Mention) -> bool:
        """A group a sanction can name as its target ("four settlers", "a number of officials", "64 entities"): people
        or bodies counted or described, not the victims, critics or monitors a text also names."""
        words = m.text.lower().split()
        head = (m.extra.get("head") or words[-1]).lower()
        return head in TARGET_GROUP_HEADS | LISTED_ENTITY_HEADS | ACTOR_GROUP_HEADS and not self._is_monitor(m.entity) \
            and not set(words) & (SANCTIONED_ADJECTIVES | {"following", "remaining", "other", "same", "listed"})  # ("the designated persons": those told)

    def _sanctioned_slot(self, tok):
        """The sanction word that puts ``tok`` (the head of a name) where who is sanctioned stands, or None: the object
        or passive subject of a sanctioning verb, the "on"/"against" of a sanction noun, the owner of frozen assets,
        the possessor of a designation, a name a sanctioning relative clause or participle describes, one "under" or
        "subject to" sanctions, or a name a "sanctioned" before it qualifies."""
        node = tok
        while node.dep_ in ("conj", "appos") and node.head.i != node.i:
            node = node.head  # (not through a compound: "the three Gupta brothers" names a family, not one Gupta)
        head = node.head
        if node.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_ in SANCTIONING_VERBS:
            if head.lemma_ in ("add", "list") and not self._onto_a_list(head):
                return None  # "added that ...", "listed as a suspect": only "added to the list", "listed under"
            if head.lemma_ in ("bar", "ban") and not self._bars_entry(head):
                return None  # "barred journalists from covering the trial": no sanction
            if head.lemma_ != "target" or self._jurisdiction(self._acting_on(head)) in SANCTIONER_QIDS:
                return head  # (not "the army targeted protesters": an attack; but see "the measures target X" below)
        if node.dep_ == "pobj" and head.lower_ in ("on", "against"):
            noun = head.head
            if noun.lower_ in SANCTION_MEASURE_NOUNS or noun.lemma_ in ("impose", "slap"):
                return noun
        if node.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in ("hit", "slap") and self._with_measure(head):
            return head  # "the EU hit four judges with asset freezes", "Washington slapped X with visa bans"
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in ASSET_NOUNS \
                and head.head.head.lemma_ in FREEZING_VERBS:
            return head.head.head  # "froze the assets of X"
        if node.dep_ == "pobj" and self._holder_of_assets(node) and head.head.head.head.lemma_ in FREEZING_VERBS:
            return head.head.head.head  # "blocked any assets held in Switzerland by X"
        if node.dep_ == "poss" and head.lower_ in DESIGNATION_NOUNS:
            return head  # "X's designation"
        for c in node.children:
            if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.lemma_ in SANCTIONING_VERBS - {"add", "list", "bar", "ban", "target"} \
                    and (c.tag_ == "VBN" or any(g.dep_ == "nsubjpass" for g in c.children)):
                return c  # "X, who was sanctioned by ...", "X, blacklisted by the EU in 2021,"
            if c.dep_ == "amod" and c.lower_ in SANCTIONED_ADJECTIVES:
                return c  # "sanctioned businessman X" (the parser makes the title the head) 
            if c.dep_ == "compound":
                amod = next((g for g in c.children if g.dep_ == "amod" and g.lower_ in SANCTIONED_ADJECTIVES), None)
                if amod is not None:
                    return amod
            if c.dep_ == "relcl":
                under = self._under_sanctions(c)
                if under is not None:
                    return under  # "X, who has been under EU sanctions since 2014"
            if c.dep_ == "appos" and c.pos_ == "NOUN":
                under = next((u for g in c.children if g.dep_ == "relcl" for u in [self._under_sanctions(g)] if u is not None), None)
                if under is not None:
                    return under  # "X, a former police officer who is under U.N. sanctions"
        if node.dep_ == "nsubj" and head.lemma_ == "be" or node.dep_ == "attr" and head.lemma_ == "be" \
                and any(c.dep_ == "prep" and c.lower_ == "among" for c in head.children):
            # "X is under U.S. sanctions", "X is subject to an asset freeze"; "X was among the 12 officials sanctioned",
            # "X is one of five generals designated", "Among those sanctioned were X", "Among the ten subject to the
            # travel ban are X and Y"
            for c in head.children:
                group = c if c.dep_ == "attr" and c.lower_ == "one" else None
                prep = c if c.dep_ == "prep" and c.lower_ == "among" else None
                if group is not None:
                    prep = next((g for g in group.children if g.dep_ == "prep" and g.lower_ == "of"), None)
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
                told = self._sanctioned_noun(obj) if obj is not None else None
                if told is None and obj is not None and obj.lower_ == "subject":
                    told = self._under_sanctions(prep)  # (the parser hangs "subject" on "among" as its object)
                if told is not None:
                    return told
            return self._under_sanctions(head)
        if node.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in ("target", "hit", "include", "name", "cover"):
            # "The new measures target X", "the sanctions, which hit X", "Those designated include X"
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("which", "that") and head.dep_ == "relcl":
                subj = head.head
            if subj is not None and (subj.lower_ in SANCTION_MEASURE_NOUNS | DESIGNATION_NOUNS or self._sanctioned_noun(subj) is not None):
                return head
        return None

    @staticmethod
    def _with_measure(verb) -> bool:
        """Whether a verb's "with" names a sanction ("hit X with sanctions"): news hits people with sanctions as with
        anything else ("hit the crowd with batons"), so only the measure makes it one."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                objs += [g for o in objs for g in o.conjuncts]
                if any(o.lower_ in SANCTION_MEASURE_NOUNS or o.lemma_ in SANCTION_MEASURE_NOUNS for o in objs):
                    return True
        return False

    @staticmethod
    def _sanctioned_noun(noun):
        """The participle that says a noun's people were sanctioned ("the 12 officials sanctioned by Canada", "those
        designated"), or None."""
        return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in SANCTIONING_VERBS - {"add", "bar", "ban", "target"}), None)

    @staticmethod
    def _onto_a_list(verb) -> bool:
        """ "added X to the list", "listed under the regulations": a list or a law the verb puts its object on."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "on", "under", "pursuant"):
                return True
        return False

    @staticmethod
    def _under_sanctions(verb):
        """The sanction noun of "(is) under sanctions" or "(is) subject to an asset freeze" hung on ``verb``."""
        for c in verb.children:
            prep = c if c.dep_ == "prep" and c.lower_ == "under" else None
            if prep is None and c.dep_ in ("acomp", "amod", "pobj") and c.lower_ == "subject":
                prep = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"), None)
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
            if obj is not None and obj.lower_ in SANCTION_MEASURE_NOUNS:
                return obj
        return None

    def _laws_named(self, s: Sent) -> list[str]:
        """The statutes and programmes the sentence names, in order."""
        return [m.entity for m, _ in self.sent_entities(s, {"Statute", "SanctionsProgram"})]

    def _fallback_basis(self, s: Sent, trig, main_basis, main_auth):
        """The law and authority of a recall-layer designation: those the sentence names, else those of the
        designation told nearest in the paragraph, else the text's main ones; a law of another state than the
        authority's is none of its."""
        laws = self._laws_named(s)
        near = sorted(((abs(c.evidence[0].start - s.start), c) for (ct, _), c in self.claims.items() if ct == "sanction"
                       and c.confidence > RECALL_CONFIDENCE and self.sent_at(c.evidence[0].start) is not None
                       and self.sent_at(c.evidence[0].start).para == s.para), key=lambda x: x[0])
        auth = self._acting_on(trig)
        if auth is None:
            here = [m.entity for m, _ in self.sent_entities(s, {"Country", "GovernmentBody", "Organization"}) if self._is_sanctioner(m.entity)]
            auth = here[0] if here else None
        if laws:
            basis = laws[0]
        elif near:
            basis = near[0][1].roles.get("legal_basis")
            auth = auth or near[0][1].roles.get("authority")
        elif main_basis is None:
            # no designation the precise rules read: the law the release names nearest, as a precise one would take
            # ("The United States is today designating two judges ... pursuant to Executive Order N." and, paragraphs
            # on, "We are also designating the court itself.")
            basis = self._nearest_basis(s, getattr(self, "_all_bases", []), auth)
            if basis is not None and auth is None:
                auth = self._authority_for(basis, None, s)  # (the state whose law it is, as for a precise designation)
        else:
            basis = main_basis
            now = (self._doc_date() or "")[:4]
            dates = [c.roles.get("date") or "" for (ct, _), c in self.claims.items() if ct == "sanction" and c.roles.get("legal_basis") == basis]
            if basis is not None and now and dates and all(d and d[:4] != now for d in dates) and (self.sent_date(s) or now)[:4] == now:
                # "In 2020 it blacklisted X under the Global Magnitsky Act" is no law for this year's visa bans: the law the
                # text names for them, when any
                basis = self._nearest_basis(s, getattr(self, "_all_bases", []), auth)
                if basis == main_basis:
                    basis = None
        auth = auth or main_auth
        if basis is not None and self._foreign_basis(auth, basis):
            basis = None
        return basis, auth

    def _running_total(self, s: Sent, key: str) -> bool:
        """Whether a group target is the running total of a programme ("The UK has now sanctioned more than 1,500
        individuals and entities in connection with Russia"): a bound count after a sanction verb in the perfect, in a
        sentence that names no day of its own act ("has today sanctioned more than 100 entities" is one act)."""
        if self.etype(key) != "Group":
            return False
        at = next((m for m in self.mentions if m.entity == key and s.start <= m.start < s.end), None)
        lead = self.text[max(s.start, at.start - 12):at.start] + at.text if at is not None else ""
        if not re.search(r"(?i)\b(?:more than|over|almost|nearly|at least|some)\s+\d", lead):
            return False
        if re.search(r"(?i)\b(?:today|yesterday|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", s.span.text):
            return False
        return any(t.tag_ == "VBN" and t.lower_ in SANCTION_WORDS
                   and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children) for t in s.span)

    @staticmethod
    def _acting_now(trig) -> bool:
        """Whether a sanction verb tells an act of the present ("is designating", "are sanctioning", "designates", and
        in the passive "is being designated", "are designated")."""
        if trig.pos_ != "VERB":
            return False
        if trig.tag_ in ("VBP", "VBZ"):
            return True
        if trig.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trig.children):
            # "X is being designated", "X and Y are designated pursuant to E.O. N": a passive in the present
            auxes = [c for c in trig.children if c.dep_ in ("aux", "auxpass")]
            return bool(auxes) and auxes[0].tag_ in ("VBP", "VBZ") and auxes[0].lemma_ == "be"
        return trig.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lemma_ == "be" for c in trig.children)

    def _acting_on(self, trig) -> str | None:
        """The state, body or union a sanction word says acts: the agent of its passive, else its subject."""
        agent = next((g for c in trig.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        subj = next((c for c in trig.children if c.dep_ == "nsubj"), None) if trig.pos_ == "VERB" else None
        for who in (agent, subj):
            k = self.entity_at(who) if who is not None else None
            if k and self.etype(k) in ("Country", "GovernmentBody", "Organization"):
                return k
        return None
