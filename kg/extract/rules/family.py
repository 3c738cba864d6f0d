"""Family claims: relatives named beside an official, and whose relative they are."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract import gazetteer as gz
from kg.extract.rules.units import Mention, slug, strip_det, verb_with_subject
from kg.extract.rules.words import (
    GOV_WORDS,
    GROUP_HEADS,
    KIN_SEX,
    LIST_FIELD_LABELS,
    LIST_MARKER_RE,
    LIST_NAME_LABELS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    PLACE_TYPES,
    TITLE_HEADS,
    TITLE_FILLERS,
    TITLE_MODIFIERS,
)
from kg.model import Entity

_WORDS = gz.RuleWords.load()
PRONOUN_SEX = _WORDS.mapping("possessive_pronoun_sex")
INVERSE_RELATION = _WORDS.mapping("inverse_relations")
COUPLE_NOUNS = _WORDS.set("couple_nouns")
PAIR_RELATIONS = _WORDS.mapping("pair_relations")
# ", a husband and wife", ", both brothers": the words that set a pair's relation off after its two names
# a line that introduces a list of someone's relatives: "the annex names the following members of his family:"
_FAMILY_HEADER_RE = re.compile(r"\b(his|her)\s+(?:immediate\s+|close\s+)?(?:family|relatives)(?:\s+members)?\s*:\s*$", re.I)
# an entry of such a list: "- Y, son" (a bullet or a number, the name, then the kinship word the entry gives)
_KIN_ENTRY_RE = re.compile(r"[ \t]*(?:[-\u2022*\u2013]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]+(?P<name>[^,;\n]+?),[ \t]+(?P<kin>[A-Za-z-]+)\b(?P<rest>[^\n]*)")
_PAIR_RE = re.compile(r"(,)\s+(?:a\s+|both\s+|who\s+are\s+)?(" + "|".join(
    r"\s+".join(map(re.escape, w.split())) for w in sorted(PAIR_RELATIONS, key=len, reverse=True)) + r")\b", re.I)


class FamilyRules:
    """Mixin of the document reader (kg.extract.rules.reader._Reader); uses its state and its other rules."""

    # family ---------------------------------------------------------------------------

    def _relative_entity(self, person_key: str, t, rel: str, apposed: str | None) -> str:
        person = self.ex.entities[person_key]
        surname = person.name.split()[-1]
        noun = t.text.lower()
        if rel == "child" and noun in ("son", "daughter", "child"):
            noun = "children" if noun == "child" else noun
        elif rel == "child":
            noun = "children"
        key = "person:" + slug(f"{surname}'s {noun}")
        if apposed:
            key = apposed
        else:
            self._descriptors[key] = (person_key, rel)
        ent = self.ex.entities.get(key)
        if ent is None:
            ent = self.ex.entities[key] = Entity(key=key, name=self._relative_name(person_key, t, noun), type="Person")
        return key

    def _relative_name(self, person_key: str, t, noun: str) -> str:
        """What a reader calls a relative the text leaves unnamed: the words it uses ("his wife", "his two minor
        children", "Gosh's daughter"), not a name built from the canonical one ("Salah Abdallah Mohamed Salah" is
        "Gosh" in the text, and "Salah's wife" is nowhere in it). When the possessor is no name or pronoun ("the
        former president's sons"), or another person's relative already goes by the same words ("his wife" of two
        men), the relative is the kinship word after the owner's surname as the text last wrote it before."""
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is not None and (poss.lower_ in ("his", "her", "their") or poss.pos_ == "PROPN" and self.entity_at(poss) == person_key):
            left = min([poss.left_edge.i] + [c.left_edge.i for c in t.children
                                             if c.dep_ in ("nummod", "amod", "compound") and poss.i < c.i < t.i])
            phrase = self.text[self.tstart(t.doc[left]):self.tstart(t) + len(t.text)]
            taken = {e.name.casefold() for k, e in self.ex.entities.items()
                     if k in self._descriptors and self._descriptors[k][0] != person_key}
            if phrase.casefold() not in taken and "\n" not in phrase:
                return phrase
        at = self.tstart(t)
        written = [m.text for m in self.mentions if m.entity == person_key and m.start < at and m.type == "Person"]
        if written:
            last = strip_det(written[-1].split()[-1])  # (its possessive ending off)
            if last[:1].isupper():
                return f"{last}'s {noun}"
        return f"{self.ex.entities[person_key].name.split()[-1]}'s {noun}"

    def _named_relatives(self, toks, idx: int, owner: str, set_off: bool = False) -> list[str]:
        """The people named right after a relation word without a comma ("his children Mariela ..., Nilsa ... and
        Alejandro ...", "His daughter Mariela ... heads"): the word's list of names, coordinated by commas and "and".
        ``set_off``: the list follows a plural relation word and a comma ("Navalny's parents, Lyudmila and Anatoly,"),
        where a name is a person's whatever the tagger made of it, or missed: given names alone are often untagged."""
        out: list[str] = []
        j = idx + 1
        while j < len(toks):
            if set_off and (given := self._given_name_at(toks, j, idx)) is not None:
                out.append(given)
                j += 1
                if j < len(toks) and toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].lower_ == "and":
                    j += 2
                elif j < len(toks) and (toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].pos_ == "PROPN" or toks[j].lower_ == "and"):
                    j += 1
                else:
                    break
                continue
            k = self.entity_at(toks[j])
            if k is not None and self.etype(k) in ("Organization", "Region", "Place") and out and self._looks_like_person(self.ex.entities[k].name) \
                    or k is not None and self.etype(k) == "Organization" and self._looks_like_person(self.ex.entities[k].name):
                self.ex.entities[k].type = "Person"  # a name in a list of someone's children is a person's, whatever the NER said
            if k is None or self.etype(k) != "Person" or k == owner:
                break
            if k not in out:
                out.append(k)
            while j < len(toks) and self.entity_at(toks[j]) == k:
                j += 1
            if (after := self._past_apposition(toks, j)) is not None:
                j = after  # "whose brothers A, the RSF's deputy commander, and B, its head of procurement": each named
            elif j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lower_ == "and":
                j += 2
            elif j < len(toks) and (toks[j].text == "," or toks[j].lower_ == "and"):
                j += 1
            else:
                break
        return out

    def _past_apposition(self, toks, comma: int) -> int | None:
        """Where the next name of a list of relatives starts when the name before it has a title set off after it
        ("whose brothers A, the group's deputy commander, and B, its head of procurement"): the token after ", and",
        when the words between the commas name no person and tell no clause of their own; else None."""
        if comma >= len(toks) or toks[comma].text != ",":
            return None
        for j in range(comma + 1, min(len(toks) - 2, comma + 10)):
            t = toks[j]
            if t.text == ",":
                if toks[j + 1].lower_ == "and" and self.etype(self.entity_at(toks[j + 2])) == "Person":
                    return j + 2
                return None
            k = self.entity_at(t)
            if k is not None and self.etype(k) == "Person" or t.pos_ in ("VERB", "AUX") or t.lower_ in ("and", "who", "which"):
                return None
        return None

    def _owner_sure(self, before, owner: str) -> bool:
        """Whether the owner of a kinship phrase is read surely enough to give them relatives the tagger did not see
        as people: named ("Navalny's parents"), or "his"/"her" of someone of that sex, or of someone whose sex the text
        has not told while it told no one else's of that sex ("Her two other sons" after a mother named as such is
        hers, whoever the resolver made of it)."""
        pron = next((x for x in before if x.lower_ in ("his", "her")), None)
        if pron is None:
            return True
        sex = PRONOUN_SEX[pron.lower_]
        if self._sex.get(owner) is not None:
            return self._sex[owner] == sex
        return not any(v == sex for k, v in self._sex.items() if k != owner)

    def _given_name_at(self, toks, j: int, idx: int) -> str | None:
        """A lone given name in a set-off list of relatives (one capitalised word the parser hangs on the list, with
        no mention or one of a place or body): a person named by it. None for anything longer or already a person."""
        x = toks[j]
        if x.pos_ != "PROPN" or not x.text[:1].isupper() or not x.text.isalpha() or x.dep_ not in ("appos", "conj") \
                or not toks[idx].i - 1 <= x.head.i < x.i:  # (hung on the relation word before the comma, or a name of the list)
            return None
        if j + 1 < len(toks) and toks[j + 1].pos_ == "PROPN":
            return None  # (a full name: the mentions read it)
        k = self.entity_at(x)
        if k is not None and (self.etype(k) == "Person" or self.ex.entities[k].name != x.text):
            return None
        if k is not None:
            self.ex.entities[k].type = "Person"  # "Lyudmila" read as a place: in a list of someone's parents, a person
            return k
        start = self.tstart(x)
        return self.phrase_entity("Person", x.text, start, start + len(x.text))

    def _entry_of_field(self, tok) -> str | None:
        """The person a field of an annex entry describes ("Position: Colonel; cousin of President X" under "5. Hafez
        Y", or under "Name: Hafez Y"): the person the entry's first line names, in the same paragraph above the field.
        A field has no subject of its own, so a relation in it ("brother of X") is the listed person's. Read by lines,
        as the list is laid out: the parser may run an entry's lines into one sentence."""
        at = self.tstart(tok)
        line_start = self.text.rfind("\n", 0, at) + 1
        if line_start == 0 or self._field_label(self.text[line_start:at + 1]) not in LIST_FIELD_LABELS:
            return None
        para_start = self.text.rfind("\n\n", 0, line_start)
        para_start = 0 if para_start < 0 else para_start + 2
        head_end = self.text.find("\n", para_start)
        head = self.text[para_start:head_end].strip()
        if head_end >= line_start or not (LIST_MARKER_RE.match(head) or self._field_label(head) in LIST_NAME_LABELS):
            return None
        lead = LIST_MARKER_RE.match(head) or re.match(r"[^:]*:", head)
        raw = self.text[para_start:head_end]
        name_at = para_start + (len(raw) - len(raw.lstrip())) + lead.end()
        name_at += len(self.text[name_at:head_end]) - len(self.text[name_at:head_end].lstrip())
        for m in self.mentions:
            # the NER's name for the whole line; one for part of it ("Marrow" of "Ivo Marrow") may be another man's
            if m.start == name_at and m.entity and self.etype(m.entity) in ("Person", "Organization", "Region", "Place"):
                if self.etype(m.entity) != "Person":
                    if not self._looks_like_person(self.ex.entities[m.entity].name):
                        return None
                    self.ex.entities[m.entity].type = "Person"  # the listed name of an entry with a family tie is a person's
                return m.entity
        # a name the NER missed or cut ("2. Ilse YARROW"): the line after its number or label
        sent = self.sent_at(name_at) or self.sent_at(name_at + 1)
        if sent is None:
            return None
        toks = [t for t in sent.span if not t.is_space and name_at <= self.tstart(t) < head_end]
        if not toks or not self._looks_like_person(self.text[self.tstart(toks[0]):head_end].strip()):
            return None
        return self._bullet_entity(toks, 0, typ="Person")

    def _clause_subject_person(self, pron) -> str | None:
        """ "X, a cameraman, was killed together with his wife": "his" is the person the clause is about, named before
        it in the sentence, even when the NER took the name for an organisation."""
        verb = pron
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i), None)
        if subj is None or subj.lower_ in ("i", "we", "you"):
            return None  # ("I am designating her spouse": the writer is not "her"; a name the parser hung on "I" is not either)
        # the subject's name, or the name set off in it ("a cameraman for the broadcaster, Christophe N.,")
        found = None
        kin = pron.head  # ("Two of his brothers, Vahid and Habib A., remain in prison": the names of the relatives are not "his")
        for x in subj.subtree:
            if kin.i != subj.i and kin.is_ancestor(x) or any(a.head.i == kin.i and a.dep_ == "appos" for a in (x, *x.ancestors)):
                continue  # (nor the later names of the list set off after it: "Her two sons, Ibragim and Baysangur Y., live")
            m = self.mention_of(x)
            if m is None or not m.entity or self.etype(m.entity) not in ("Person", "Organization"):
                continue
            if self.etype(m.entity) == "Person" or m.source == 1 and self._looks_like_person(self.ex.entities[m.entity].name) \
                    and x.dep_ in ("compound", "appos", "nsubj", "nsubjpass"):
                found = m
        if found is None:
            return None
        ent = self.ex.entities[found.entity]
        if ent.type == "Organization":
            ent.type = "Person"  # a lone name the clause's "his" refers to is a person's
        return found.entity

    def _apposed_person(self, toks, j: int) -> str | None:
        """The person a relation word is set off with ("his son, Welly Nzitonda,"): the name's mention, or, when the NER
        cut it or took it for an organisation, the capitalised words up to the next comma as one person's name."""
        k = self.entity_at(toks[j])
        if k is not None and self.etype(k) == "Person":
            return k
        # "former", "retired"; "his son, lawyer Abubakar Y.", "her husband, opposition activist Tomas N.": the relative's
        # occupation in lower case before the name
        lead = toks[j].text.islower() and (toks[j].pos_ in ("ADJ", "NOUN") or toks[j].tag_ == "VBN")
        if toks[j].lower_ in ("the", "a", "an") or lead:
            # "her husband, the teacher and political activist Tomas N.": the name after the lower-case words that say
            # what the relative does; "his wife, former First Lady Rosa B.": after the title the relative held
            n = j + 1 if toks[j].lower_ in ("the", "a", "an") else j
            while n < len(toks) and n - j <= 6 and toks[n].is_alpha and toks[n].text.islower() and self.mention_of(toks[n]) is None \
                    and toks[n].pos_ in ("NOUN", "ADJ", "CCONJ") and toks[n].lower_ not in self.gaz.relation_words:
                n += 1
            titled = n
            while n < len(toks) and n - titled < 3 and n > j and lead and toks[n].is_alpha and toks[n].text[:1].isupper() \
                    and toks[n].pos_ == "PROPN" and (self.mention_of(toks[n]) is None or self.mention_of(toks[n]).start < self.tstart(toks[n])
                                                     and self.etype(self.mention_of(toks[n]).entity) != "Person"):
                n += 1  # ("First Lady": the capitalised title before the name)
            m = self.mention_of(toks[n]) if n < len(toks) and (n > j + 1 and toks[n - 1].pos_ in ("NOUN", "PROPN", "ADJ") or lead and n > j) else None
            if m is not None and m.start == self.tstart(toks[n]) and m.entity and self.etype(m.entity) == "Person":
                return m.entity
            return None
        t = j
        while t < len(toks) and t - j < 3 and toks[t].lower_ in TITLE_HEADS | TITLE_MODIFIERS | TITLE_FILLERS and toks[t].text[:1].isupper():
            t += 1  # "his wife, First Lady Mira B.", "his wife, Vice President Rosario M.": the title she holds, then her name
        if t > j and t < len(toks):
            m = self.mention_of(toks[t])
            if m is not None and m.start == self.tstart(toks[t]) and m.entity and self.etype(m.entity) == "Person":
                return m.entity
        end = j
        # (a family name's particle between the capitalised words: "Marta Linares Brin de Martinelli")
        while end < len(toks) and end - j < 6 and toks[end].is_alpha and (toks[end].text[:1].isupper() or end > j and toks[end].lower_ in NAME_PARTICLES
                                                                          and end + 1 < len(toks) and toks[end + 1].text[:1].isupper()):
            end += 1
        words = [x for x in toks[j:end] if x.lower_ not in NAME_PARTICLES]
        if end == j or len(words) > 4 or (end < len(toks) and toks[end].text not in (",", ".", ";", ")")):
            return k
        name = self.text[self.tstart(toks[j]):self.tstart(toks[end - 1]) + len(toks[end - 1].text)]
        other = [x for x in toks[j:end] if self.mention_of(x) is not None and self.etype(self.mention_of(x).entity) not in (None, "Person", "Organization")]
        # ("his son, Israel Zvi Kolomoyskyy": a first name the NER took for a place, when the name goes on past it)
        first_name_only = [x.i for x in other] == [toks[j].i] and end - j >= 2 and self.etype(self.mention_of(toks[j]).entity) in PLACE_TYPES
        if not self._looks_like_person(name) or other and not first_name_only:
            return k
        key = "person:" + slug(name)
        ent = self.ex.entities.get(key) or Entity(key=key, name=name, type="Person")
        self.ex.entities[key] = ent
        ent.aliases.add(name)
        start = self.tstart(toks[j])
        ent.mentions.append(self.span(start, start + len(name)))
        mention = Mention(start, start + len(name), name, "Person", 2, entity=key)
        for x in toks[j:end]:
            self.tok_mention[(id(x.doc), x.i)] = mention
        return key

    def _second_kinship(self, t, before: tuple, owner: str) -> str | None:
        """The relative a second kinship phrase joined by "and" describes again ("X, the wife of Y and so the
        daughter-in-law of Z", "X, a cousin of Y and a brother of Z"): the one the first phrase named, when nothing
        between them but the first phrase's owner (and a bracketed aside) names anyone else."""
        first, relative = before
        if first.doc is not t.doc or relative == owner:
            return None
        doc = t.doc
        j = t.i - 1
        while j > first.i and doc[j].lower_ in ("the", "a", "an", "so", "also", "thus", "hence", "therefore"):
            j -= 1
        if j <= first.i or doc[j].lower_ != "and":
            return None
        depth = 0
        for x in doc[first.i + 1:j]:
            depth += (x.text == "(") - (x.text == ")")
            if depth == 0 and (x.text in (";", ",") or x.pos_ in ("VERB", "AUX")):
                return None  # ("X, the wife of Y, said that the son of Z": another clause, another man's son)
        return relative

    def _kin_word_object(self, tok) -> str | None:
        """The relation of another kinship word whose object a name is ("the three stepsons of Nicolas X, the sons of
        Ana Y": "child"): what the second kinship phrase sets off is then the first one's relatives, not the name
        inside it. None when the name is no kinship word's object."""
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "of":
            return None
        kin = head.head.head
        return self.gaz.relation_words.get(kin.lower_) or self.gaz.relation_words.get(kin.lemma_.lower())

    def _shared_relatives(self):
        """"The three stepsons of X, the sons of Y": the people the text names as X's relatives of that kind (in a
        list entry, "Z, stepson of X", or anywhere) are Y's relatives of the second kind too."""
        for owner, rel, other, other_rel, ev in self._kin_links:
            for rkey, of in list(self.relative_of.items()):
                if of == other and self._kin_rel.get(rkey) == other_rel and rkey not in self._descriptors and rkey != owner:
                    self.add_claim("family", {"person": owner, "relative": rkey}, {"relation": rel}, ev, confidence=0.6)

    def _name_before(self, toks, comma: int) -> str | None:
        """The person named right before the comma that sets off a kinship phrase ("- Dzmitry L., a son of X"). When the
        only mention there is the family name, joined to a relative who bears it, or there is none, the capitalised
        words before the comma that no name covers are this person's own name, read as one name up to the comma."""
        k = self.entity_at(toks[comma - 1])
        m = self.mention_of(toks[comma - 1])
        if m is None and not (toks[comma - 1].pos_ == "PROPN" and toks[comma - 1].text[:1].isupper()):
            return k
        start = comma if m is None else comma - 1
        while start >= 1 and comma - start < 4 and toks[start - 1].pos_ == "PROPN" and toks[start - 1].is_alpha \
                and toks[start - 1].text[:1].isupper() and self.mention_of(toks[start - 1]) is None:
            start -= 1
        if m is None:
            return self._apposed_person(toks, start) if comma - start >= 2 else k
        if start == comma - 1 or m.start != self.tstart(toks[comma - 1]) or self.etype(k) != "Person":
            return k
        return self._apposed_person(toks, start) or k

    def _first_person_writer(self) -> str | None:
        """Who writes a text that speaks as "I" ("Press Statement / Antony J. Blinken, Secretary of State / ... I am
        today designating ..."): the person a line of its head, under the line naming the kind of text, names alone or
        before their title. Such a writer calls his own family "my"; "his wife" and "the former president's sons" are
        someone else's, however the pronoun or the descriptor was resolved."""
        if "_writer" in self.__dict__:
            return self._writer
        self._writer = None
        if not any(t.lower_ == "i" and t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass") for s in self.sents for t in s.span):
            return None
        at, medium = 0, False
        for _ in range(8):
            end = self.text.find("\n", at)
            end = len(self.text) if end < 0 else end
            line = self.text[at:end]
            if len(line.split()) > 12:
                if medium or at > 0:
                    break  # the body has begun
                at = end + 1  # (a long headline above the line that says what the text is)
                continue
            lead = at + len(line) - len(line.lstrip())
            m = next((m for m in self.mentions if m.start == lead and m.entity and self.etype(m.entity) == "Person"), None)
            if m is not None and medium and (self.text[m.end:end].strip() == "" or self.text[m.end:end].startswith(",")):
                self._writer = m.entity
                break
            # (under the line that says what the text is, "Press Statement": above it, a name is the headline's subject)
            medium = medium or any(at <= mm.start < end and mm.entity and self.etype(mm.entity) == "Medium" for mm in self.mentions)
            at = end + 1
        return self._writer

    def _pronoun_owner(self, pron, owner: str | None, t, rel: str) -> str | None:
        """Whose relative "his"/"her" + kinship word names, when the resolved antecedent cannot be it: the pronoun's sex
        must agree with what the text said of the person ("X, the wife of Y: her father, Z" is X's father), a kinship
        phrase coordinated with a named person is that person's ("X, an adviser ..., and her husband, Y"), and the
        writer who speaks as "I" is never "his" or "her"."""
        sex = PRONOUN_SEX[pron.lower_]
        writer = self._first_person_writer()
        ok = lambda k: k is not None and self.etype(k) == "Person" and k != writer and self._sex.get(k, sex) == sex
        if t.dep_ == "conj" and t.head.i < pron.i and ok(self.entity_at(t.head)) and self.entity_at(t.head) not in self.relative_of:
            return self.entity_at(t.head)
        if ok(owner) and self._sex.get(owner) == sex:
            return owner
        sent_start = self.tstart(pron.sent[0])
        before = [m.entity for m in self.mentions if m.entity and m.end <= self.tstart(pron) and ok(m.entity)]
        here = [m.entity for m in self.mentions if m.entity and sent_start <= m.start and m.end <= self.tstart(pron) and ok(m.entity)]
        # (not the son of the man "his" was resolved to when the word is "father": "X, son of Y, who used his father's
        # position" - the father is Y himself)
        known = [k for k in here if self._sex.get(k) == sex and k not in self._by_pronoun
                 and not (owner is not None and self.relative_of.get(k) == owner and self._kin_rel.get(k) == INVERSE_RELATION.get(rel))]
        if known and self._sex.get(owner) != sex:
            return known[-1]  # a person the sentence has just called a wife or a son, over one it said nothing of
        sole = self._sole_person_before(pron, ok)
        if sole is not None and self._sex.get(owner) != sex:
            return sole
        subject = self._story_subject(pron, owner, ok)
        if subject is not None:
            return subject
        if ok(owner):
            return owner
        wrong = owner is not None and (owner == writer or self._sex.get(owner) not in (None, sex))
        return before[-1] if before and wrong else owner

    def _person_named_as(self, key: str | None) -> str | None:
        """The person a kinship word's owner is, when the NER read the name as a place or a body: "Hemedti's brother", "another
        brother of Hemedti" after "Mohamed Hamdan Dagalo, known as Hemedti". A place has no brother; the person the
        text also calls by that name is meant (so for a name read as a body's: a body has no brother either)."""
        if key is None or self.etype(key) not in PLACE_TYPES | {"Organization"}:
            return key
        name = self.ex.entities[key].name
        person = next((k for k, e in self.ex.entities.items() if e.type == "Person" and k != key
                       and name in {e.name, *e.aliases}), None)
        return person or key

    def _story_subject(self, pron, owner: str | None, ok) -> str | None:
        """The person the story is about, for a "his"/"her" the resolver gave to someone named in passing: "Her sister,
        X, said ..." after a paragraph on Kalesnikava that named the banker whose campaign she ran; "her late husband,
        Y" in a sentence about Ms. dos Santos after the president who dismissed her. The story's subject is named at
        least twice as often as that person before the pronoun, and either the pronoun opens its sentence (where a
        reader takes it for whom the story follows) or the text has told the subject's sex as the pronoun's; a person
        whose sex the text told as the pronoun's keeps it. (The subject may be someone's relative herself: Ms. dos Santos
        is a president's daughter, and her husband is still hers.)"""
        sex = PRONOUN_SEX[pron.lower_]
        if owner is None or self._sex.get(owner) == sex:
            return None
        at = self.tstart(pron)
        counts = Counter(m.entity for m in self.mentions if m.entity and m.end <= at and m.type == "Person" and ok(m.entity))
        if not counts:
            return None
        subject, n = counts.most_common(1)[0]
        opens = pron.i == pron.sent.start or pron.sent[pron.i - pron.sent.start - 1].is_space
        if subject == owner or n < 2 * max(1, counts.get(owner, 0)) or not (opens or self._sex.get(subject) == sex) \
                or self._named_as_subject(owner, at) and not (n >= 3 * max(1, counts.get(owner, 0)) and self._opens_paragraph(pron)):
            return None  # (one named once as a subject in the paragraph before is not whom a new paragraph's "His" follows)
        return subject

    def _sole_person_before(self, pron, ok) -> str | None:
        """The one person the sentence before names, when "His"/"Her" opens the next sentence of the same paragraph:
        "The court granted Kishore bail. His elder brother ... said" is Kishore's brother, however often the story
        named another man before. None when that sentence names no one or several people, or lies in another paragraph."""
        prev = self.sentence_before_opened_by(pron)
        if prev is None:
            return None
        named = {m.entity for m in self.mentions if m.entity and prev.start <= m.start < prev.end and m.type == "Person"}
        if len(named) != 1:
            return None
        k = named.pop()
        return k if ok(k) and k not in self.relative_of else None

    def _opens_paragraph(self, tok) -> bool:
        """Whether ``tok`` is the first word of its paragraph."""
        s = self.sent_at(self.tstart(tok))
        if s is None or next((t for t in s.span if not t.is_space), None) is not tok:
            return False
        return s.index == 0 or self.sents[s.index - 1].para != s.para

    def _named_as_subject(self, key: str, before: int) -> bool:
        """Whether the last time the text named ``key`` before ``before`` it was the subject of its clause ("X, the
        country's best-known activist, said ..."): a person the story has turned to, whom a "his" that follows is
        about, not one named in passing inside a phrase ("the campaign of banker X", "the movement of cleric Y")."""
        last = [m for m in self.mentions if m.entity == key and m.end <= before]
        if not last:
            return False
        m = last[-1]
        first = self._token_at(m.start)
        head = self._root(first, m) if first is not None else None
        while head is not None and head.dep_ == "appos" and head.head.i != head.i:
            head = head.head  # ("the dismissal by his successor, President X": what the name is set beside)
        return head is not None and head.dep_ in ("nsubj", "nsubjpass")

    def _sibling_pair_before(self, s) -> tuple[str, str] | None:
        """The two siblings the sentence before names as such ("A's younger sister, B, was sentenced ..."): whom a
        "their" opening the next sentence speaks of."""
        prev = next((p for p in reversed(self.sents) if p.end <= s.start), None)
        if prev is None:
            return None
        for (ct, k), c in self.claims.items():
            if ct == "family" and c.roles.get("relation") == "sibling" and any(prev.start <= e.start < prev.end for e in c.evidence):
                roles = dict(k)
                if roles.get("person") and roles.get("relative"):
                    return roles["person"], roles["relative"]
        return None

    def _looks_like_person(self, name: str, joined_particles: bool = False) -> bool:
        words = [w for w in name.split() if w.lower() not in NAME_PARTICLES]  # ("Marta Linares Brin de Martinelli")
        if joined_particles:
            # (a particle joined to the family name, "Asma al-Assad", where the words around say it is a person's: not
            # in general, as bodies are named so too, "Asa'ib Ahl al-Haq")
            words = [w.split("-", 1)[1] if "-" in w and w.split("-", 1)[0].lower() in NAME_PARTICLES else w for w in words]
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
        family = {w.lower() for w in rname[1:]} - NAME_PARTICLES  # (not "de" of "Néstor De Vincenti" and "María Ponce de Bianco")
        if not exclude_self and family & {w.lower() for w in self.ex.entities[owner].name.split()[1:]}:
            return None  # the pronoun's person already shares the name
        cands = [m for m in self.mentions if m.entity and m.end <= self.tstart(before) and self.etype(m.entity) == "Person"
                 and m.entity != relative and m.entity not in self.relative_of
                 and family & {w.lower() for w in self.ex.entities[m.entity].name.split()[1:]}]
        return max(cands, key=lambda m: m.start).entity if cands else None

    def _relative_with_title(self, toks, idx: int, owner: str) -> str | None:
        """ "his son and national security adviser Viktor L.", "her husband and business partner Ion V.": a relation word
        and a lower-case title joined by "and" before one name are one person's. A capitalised title there ("his wife and
        Interior Minister X") may be a list of two people, so it is left alone."""
        if idx + 2 >= len(toks) or toks[idx + 1].lower_ != "and":
            return None
        j = idx + 2
        while j < len(toks) and j - idx < 7 and toks[j].is_alpha and toks[j].text.islower() and self.mention_of(toks[j]) is None \
                and toks[j].pos_ in ("NOUN", "ADJ", "ADP") and toks[j].lower_ not in self.gaz.relation_words:
            j += 1  # "national security adviser", "business partner", "chief of staff" (not "his wife and children A and B")
        if j == idx + 2 or j >= len(toks) or toks[j - 1].pos_ != "NOUN" and toks[j - 1].lower_ not in TITLE_HEADS:
            return None
        k = self.entity_at(toks[j])
        m = self.mention_of(toks[j])
        if k is None or k == owner or m is None or m.start != self.tstart(toks[j]):
            return None
        if self.etype(k) == "Organization" and self._looks_like_person(self.ex.entities[k].name):
            self.ex.entities[k].type = "Person"  # the name a kinship word goes with is a person's, whatever the NER said
        return k if self.etype(k) == "Person" else None

    def _named_already(self, owner: str, rel: str, plural: bool) -> bool:
        """Whether an unnamed kinship phrase ("his parents", "his wife") points back to relatives the text has named
        as such: both parents (or more of a plural), or the one spouse. The phrase is them again, not someone new."""
        inverse = INVERSE_RELATION.get(rel)
        known = set()
        for (ct, k), c in self.claims.items():
            if ct != "family":
                continue
            roles = dict(k)
            if roles.get("person") == owner and c.roles.get("relation") == rel:
                known.add(roles.get("relative"))
            elif roles.get("relative") == owner and inverse and c.roles.get("relation") == inverse:
                known.add(roles.get("person"))
        known = {x for x in known if x is not None and x not in self._descriptors}
        return len(known) >= 2 if plural else rel == "spouse" and bool(known)

    def _joint_owner(self, tok, owner: str) -> str | None:
        """The second of two people a kinship word is "of" ("a son of President X and Vice President Y", "the daughter
        of X and his wife, Y"): a child of both, named once for the pair. Read in the words after the first name
        ("and", then a title or "his wife,"), as the parser may hang the second name anywhere."""
        m = self.mention_of(tok)
        if m is None:
            return None
        doc = tok.doc
        j = tok.i
        while j < len(doc) and self.tstart(doc[j]) < m.end:
            j += 1
        if j >= len(doc) or doc[j].lower_ != "and":
            return None
        for x in doc[j + 1:j + 6]:
            if x.lower_ in ("his", "her", ",") or self.gaz.relation_words.get(x.lower_) == "spouse":
                continue  # "and his wife, Y"
            k = self.entity_at(x)
            if k is not None:
                return k if k != owner and self.etype(k) == "Person" and self.mention_of(x).start == self.tstart(x) else None
            if not (x.text[:1].isupper() and x.lower_ in TITLE_HEADS | TITLE_MODIFIERS | TITLE_FILLERS):
                return None
        return None

    def _copula_subject(self, t, owner: str) -> str | None:
        """ "X is the wife of Y", "X is one of their sons", "X was his deputy and son": the subject of the copula the
        kinship word completes is the relative."""
        node = t
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in ("one", "two", "both", "another", "eldest", "youngest"):
            node = node.head.head
        while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN", "NUM"):
            node = node.head
        if node.dep_ != "attr" or node.head.lemma_ != "be":
            return None
        subj = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("who", "that") and node.head.dep_ == "relcl":
            subj = node.head.head  # "X, who is the son-in-law of Y": the name the relative clause is about
        # "He is a younger brother of X": whom "he" is, when the one he is kin to is the name right after "of"
        of_owner = any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and self.entity_at(g) == owner for g in c.children)
                       for c in t.children)
        k = self.entity_at(subj) if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she") and of_owner) else None
        return k if k and k != owner and self.etype(k) == "Person" else None

    def _related_by(self):
        """ "X is related to President Y by marriage", "X, who is related to Y": a relative the text names without a
        kinship word."""
        if "related to" not in self.text:
            return
        for s in self.sents:
            if "related" not in s.span.text:
                continue
            for t in s.span:
                if t.lower_ != "related" or t.pos_ not in ("ADJ", "VERB"):
                    continue
                to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                verb = t.head if t.dep_ == "acomp" else t
                verb = verb_with_subject(verb)  # "X is the commissioner of Y and is related to Z": the first verb's subject
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
                    subj = verb.head
                if obj is None or subj is None or any(c.dep_ == "neg" for c in verb.children):
                    continue
                person, relative = self.entity_at(obj), self.entity_at(subj)
                if relative and self.etype(relative) == "Organization" and self._looks_like_person(self.ex.entities[relative].name):
                    self.ex.entities[relative].type = "Person"  # a name said to be someone's relative is a person's
                if person and relative and person != relative and self.etype(person) == self.etype(relative) == "Person":
                    self.add_claim("family", {"person": person, "relative": relative}, {"relation": "relative"},
                                   self.span(s.start, s.end), confidence=0.6)

    def _named_back(self, s, t, owner: str, rel: str) -> bool:
        """Whether the sentence, before the kinship word, named someone the text makes the owner's relative of the
        inverse kind ("Lai's son Sebastien, who ... his father's release"): "his" is that relative's, and the unnamed
        relative is the owner himself, so the phrase adds no one. (The pronoun resolver takes the last man named.)"""
        inverse = INVERSE_RELATION.get(rel)
        pos = self.tstart(t)
        if inverse is None:
            return False
        # "Mojtaba X, the Supreme Leader's second son, who has represented his father", "delegated to his son, who has
        # advanced his father's ambitions": the father is the one whose son the clause describes, whoever the text can
        # name him as
        if any(r.i < t.i and self.gaz.relation_words.get(r.lower_) == inverse and r.pos_ in ("NOUN", "PROPN")
               and (r.is_ancestor(t) or r.dep_ == "appos" and self.entity_at(r.head) == owner or self._kin_of(r) == owner) for r in t.sent):
            return True  # (or "Basengezi, the son of Norbert B., ... the activities of his father": the father is the one named)
        return any(
            m.entity and s.start <= m.start and m.end <= pos and m.entity != owner and self.relative_of.get(m.entity) == owner
            and self._kin_rel.get(m.entity) == inverse for m in self.mentions)

    def _kin_of(self, r) -> str | None:
        """The person a kinship word names the relative of by "of" ("the son of Norbert B."), if any."""
        of = next((c for c in r.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return self.entity_at(obj) if obj is not None else None

    def _married_to(self, t) -> str | None:
        """The person a relative word's (unnamed) relative is married to, or whose child they married: "whose daughter
        is married to Y", "his son married Y", "whose daughter is married to one of President Y's sons" (Y)."""
        if t.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = t.head
        obj = None
        if verb.lemma_ == "marry" and verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children):
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            married = verb if verb.lower_ == "married" else next(
                (c for c in verb.children if c.dep_ in ("acomp", "attr", "xcomp") and c.lower_ == "married"), None)
            to = next((c for c in married.children if c.dep_ == "prep" and c.lower_ == "to"), None) if married is not None else None
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if to is not None and obj is not None and obj.lower_ != "one":
                # the name right after "to" (an unpunctuated list line may run on into the next entry in the parse)
                obj = next((g for g in to.doc[to.i + 1:to.i + 5] if self.entity_at(g) is not None), obj)
        if obj is not None and obj.lower_ == "one":  # "one of Y's sons"
            kin = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            obj = next((c for c in kin.children if c.dep_ == "poss"), None) if kin is not None and self.gaz.relation_words.get(kin.lower_) else None
        k = self.entity_at(obj) if obj is not None else None
        return k if k is not None and self.etype(k) == "Person" else None

    def _whose_owner(self, whose) -> str | None:
        """The person a "whose" clause is about: the name the relative clause hangs on, else the person named last
        before it in the sentence (the parser often hangs the clause on a title or body set off after the name:
        "X, the vice-chairman of Y, whose son Z disappeared")."""
        node = whose
        while node.dep_ != "relcl" and node.head.i != node.i:
            node = node.head
        if node.dep_ == "relcl":
            k = self.entity_at(node.head)
            if k is not None and self.etype(k) == "Person":
                return k
        pos = self.tstart(whose)
        before = [m for m in self.mentions if m.entity and self.tstart(whose.sent[0]) <= m.start < pos and self.etype(m.entity) == "Person"
                  and m.entity not in self.relative_of]
        return before[-1].entity if before else None

    def _person_called(self, noun, before: int) -> str | None:
        """The one person the text has called by a common noun before ``before``, whom "the journalist's wife" names the
        wife of: a name the noun stood right before ("Pakistani journalist Arshad S.", "the journalist Arshad S.") or was
        set off beside ("Arshad S., a journalist"). None when the text called no one or several people so."""
        lemma = noun.lemma_.lower()
        found = set()
        for m in self.mentions:
            if m.end > before:
                break
            if not m.entity or self.etype(m.entity) != "Person":
                continue
            first = self._token_at(m.start)
            if first is None:
                continue
            head = first
            while head.head.i != head.i and head.dep_ == "compound" and self.mention_of(head.head) is m:
                head = head.head
            doc = first.doc
            j = first.i - 1
            while j >= 0 and first.i - j <= 3 and doc[j].lemma_.lower() != lemma and doc[j].pos_ in ("ADJ", "PROPN", "NUM") \
                    and self.mention_of(doc[j]) is None:
                j -= 1  # ("Pakistani journalist X", "49-year-old journalist X")
            before_name = j >= 0 and doc[j].lemma_.lower() == lemma and doc[j].pos_ == "NOUN" and doc[j].head.i in (first.i, head.i)
            beside = any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in head.children)
            if before_name or beside:
                found.add(m.entity)
        return found.pop() if len(found) == 1 else None

    def _one_of_the_siblings(self):
        """ "Rajesh Gupta, the youngest of the three brothers", "X is one of the two sisters": the person so described is
        a sibling of the others of the family name named before, when there are as many as the count says."""
        if not re.search(r"\b(?:youngest|eldest|oldest|middle|one|second|third)\s+of\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:brothers|sisters|siblings)\b",
                         self.text, re.I):
            return
        for s in self.sents:
            for t in s.span:
                if t.lower_ not in ("brothers", "sisters", "siblings") or t.dep_ != "pobj" or t.head.lower_ != "of":
                    continue
                rank = t.head.head
                if rank.lower_ not in ("youngest", "eldest", "oldest", "middle", "one", "second", "third"):
                    continue
                node = rank.head if rank.dep_ == "appos" else next((c for c in rank.head.children if c.dep_ == "nsubj"), None) \
                    if rank.dep_ == "attr" else None
                while node is not None and node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.lower_ == "known":
                    node = node.head.head.head  # "Rajesh Gupta, also known as Tony Gupta, the youngest ...": Rajesh Gupta
                who = self.entity_at(node) if node is not None else None
                if who is None or self.etype(who) != "Person" or len(self.ex.entities[who].name.split()) < 2:
                    continue
                surname = self.ex.entities[who].name.split()[-1]
                num = next((c for c in t.children if c.dep_ == "nummod"), None)
                count = (int(num.text) if num.text.isdigit() else NUMBER_WORDS.get(num.lower_)) if num is not None else None
                pos = self.tstart(t)
                others = []
                for m in self.mentions:
                    if m.start >= pos:
                        break
                    if m.entity and m.entity != who and m.entity not in others and self.etype(m.entity) == "Person" \
                            and len(self.ex.entities[m.entity].name.split()) >= 2 and self.ex.entities[m.entity].name.split()[-1] == surname:
                        others.append(m.entity)
                if not others or count is not None and len(others) != count - 1:
                    continue
                for k in others:
                    self.add_claim("family", {"person": k, "relative": who}, {"relation": "sibling"}, self.span(s.start, s.end), confidence=0.6)

    def _listed_siblings(self):
        """ "three brothers of the X family, A, B and C", "the Y sisters, A and B": a plural sibling word that no one owns,
        set off before a list of names, makes the people named each other's siblings (the first named is each pair's
        person). Not "his brothers, A and B" (their tie to him is the claim) nor a count the list does not match."""
        for s in self.sents:
            toks = list(s.span)
            for idx, t in enumerate(toks):
                if self.gaz.relation_words.get(t.lower_) != "sibling" or t.lower_ == t.lemma_.lower() or t.pos_ != "NOUN":
                    continue
                if any(c.dep_ == "poss" for c in t.children) or any(x.lower_ in ("his", "her", "their", "whose", "its")
                                                                    or x.text in ("'s", "\u2019s") for x in toks[max(0, idx - 3):idx]):
                    continue
                end = idx + 1
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is not None and of.i == t.i + 1:
                    end = idx + 1 + (of.right_edge.i - of.i) + 1  # "of the X family": whose brothers, before the names
                if end >= len(toks) or toks[end].text != ",":
                    continue
                names = self._named_relatives(toks, end, None, set_off=True)
                num = next((c for c in t.children if c.dep_ == "nummod"), None)
                count = (int(num.text) if num.text.isdigit() else NUMBER_WORDS.get(num.lower_)) if num is not None else None
                if len(names) < 2 or count is not None and count != len(names):
                    continue
                for i, first in enumerate(names):
                    for other in names[i + 1:]:
                        self.add_claim("family", {"person": first, "relative": other}, {"relation": "sibling"},
                                       self.span(s.start, s.end), confidence=0.6)

    def _family(self):
        self._descriptors: dict[str, tuple[str, str]] = {}  # "Castro's children" -> (owner, relation): relatives the text does not name
        self.relatives: dict[tuple[int, int], str] = {}  # (doc id, token i) -> relative entity key
        self.relative_of: dict[str, str] = {}
        self._kin_rel: dict[str, str] = {}  # relative key -> the relation the text gave them to relative_of[key]
        self._by_pronoun: set[str] = set()  # relatives named as "his X"/"her X": the next "his" is that man's again
        self._couples: list[tuple[str, str]] = []  # the pairs named as a child's two parents: whom "the couple" names
        self._kin_links: list[tuple] = []  # (owner, relation, other owner, other relation, evidence): one set of relatives
        kin_here: list[tuple] = []
        last_para = -1
        for s in self.sents:
            toks = list(s.span)
            owners_here: list[str] = []
            # (token, relative) of the kinship words whose relative is named; kept into a sentence the parser split off
            # at "and" ("X, the wife of Y (...) and so the daughter-in-law of Z")
            lead = next((x for x in toks if not x.is_space), None)
            kin_here: list[tuple] = kin_here if lead is not None and lead.lower_ == "and" and s.para == last_para else []
            last_para = s.para
            for idx, t in enumerate(toks):
                rel = self.gaz.relation_words.get(t.lower_)
                if not rel or t.pos_ not in ("NOUN", "PROPN"):
                    continue
                in_law = "".join(x.text for x in toks[idx + 1:idx + 5]).lower() == "-in-law"
                if in_law:  # "son-in-law", tokenised as four words: a relative by marriage, named after "law"
                    rel = self.gaz.relation_words.get(t.lower_ + "-in-law", "relative")
                    toks_for_name = toks[:idx + 1] + toks[idx + 5:]
                else:
                    toks_for_name = toks
                owner = None
                co_owner = None  # "X is the wife of Y, and Z is one of their sons": the other parent
                siblings = False  # "A's sister, B, was jailed. Their mother, C, ...": the pair's, each of them
                # possessor before: "his wife", "Kadyrov's wife", "three of his children"
                for back in range(1, 5):
                    if idx - back < 0:
                        break
                    p = toks[idx - back]
                    if p.lower_ == "their" and owners_here:
                        owner = owners_here[-1]  # "his spouse, E, and their adult children, A and B": the couple's, so his too
                        co_owner = next(((set(dict(k).values()) - {owner}).pop() for (ct, k), c in self.claims.items() if ct == "family"
                                         and owner in dict(k).values() and c.roles.get("relation") == "spouse"
                                         and any(s.start <= e.start < s.end for e in c.evidence)), None)
                        break
                    if p.lower_ == "their" and not owners_here and idx - back == 0 and (pair := self._sibling_pair_before(s)):
                        owner, co_owner = pair
                        siblings = True
                        break
                    if p.lower_ == "whose":
                        owner = self._whose_owner(p)  # "Sammi Baloch, whose father, Dr Deen Baloch, was taken ...": Sammi's
                        break
                    if p.lower_ in ("his", "her") or p.dep_ == "poss" or p.text in ("'s", "\u2019s"):
                        src = p if p.lower_ in ("his", "her") else (toks[idx - back - 1] if p.text in ("'s", "\u2019s") and idx - back - 1 >= 0 else p)
                        owner = self._person_named_as(self.entity_at(src))
                        if owner is None and p.text in ("'s", "\u2019s") and src.pos_ == "NOUN" \
                                and any(c.lower_ == "the" for c in src.children):
                            owner = self._person_called(src, self.tstart(src))  # "The journalist's wife, Z"
                        if owner is None and src.lower_ in COUPLE_NOUNS and src.dep_ == "poss" and self._couples:
                            owner, co_owner = self._couples[-1]  # "the couple's son X": the pair named before, both his parents
                            break
                        if p.lower_ in ("his", "her"):
                            owner = self._clause_subject_person(p) or owner
                        if p.lower_ in ("his", "her") and owners_here and (owner is None or self.relative_of.get(owner) == owners_here[-1]):
                            # "his wife, Zineb ..., his daughter, Mariam ...": each "his" is the same man's, not the relative just named
                            owner = owners_here[-1]
                        if p.lower_ in ("his", "her"):
                            owner = self._pronoun_owner(p, owner, t, rel)
                        break
                    if p.pos_ in ("VERB", "AUX", "PUNCT") or p.lower_ in ("and", "or", "the", "their"):
                        break
                # "his wife and three children": a relative coordinated with another is the same person's
                if owner is None and t.dep_ == "conj" and (id(t.doc), t.head.i) in self.relatives \
                        and not (idx + 1 < len(toks_for_name) and toks_for_name[idx + 1].lower_ == "of"):  # "cousin of X and brother of Y": Y's
                    owner = self.relative_of.get(self.relatives[(id(t.doc), t.head.i)])
                # "daughter of the late President of Uzbekistan, Islam Karimov"
                of_obj = next((c for c in toks_for_name[idx + 1].children if c.dep_ == "pobj"), None) \
                    if idx + 1 < len(toks_for_name) and toks_for_name[idx + 1].lower_ == "of" else None
                group_owner = False
                if owner is None and of_obj is not None and of_obj.tag_ == "NNS" and of_obj.pos_ == "NOUN":
                    # "the mother of three outspoken critics of Chechnya's leader X": kin of the critics, not of the man
                    # named inside the phrase that says whose critics they are
                    owner = self.entity_at(of_obj)
                    if owner is None or self.etype(owner) != "Group":
                        continue
                    group_owner = True
                if owner is None and idx + 1 < len(toks_for_name) and toks_for_name[idx + 1].lower_ == "of":
                    # (past "-in-law": "the daughter-in-law of X")
                    for fwd in toks_for_name[idx + 2: idx + 14]:
                        key = self._person_named_as(self.entity_at(fwd))
                        if key and self.etype(key) == "Person":
                            owner = key
                            co_owner = self._joint_owner(fwd, key)
                            break
                        if fwd.lower_ in COUPLE_NOUNS and fwd.head.i == toks_for_name[idx + 1].i and self._couples:
                            owner, co_owner = self._couples[-1]  # "another son of the presidential couple": the pair named before
                            break
                        if fwd.text in (";", ".") or fwd.lower_ == "who":
                            break
                if owner is None or self.etype(owner) != "Person" and not group_owner:
                    continue
                # the relative: a person apposed to the phrase ("Gulnara Karimova, daughter of ...",
                # "Kadyrov's wife, Medni Kadyrova") or a descriptor entity
                apposed = None
                kin_link = None  # "the stepsons of X, the sons of Y": (X, the relation "stepsons" gives) when so set off
                # "his daughter, Mariam Jammeh": a relative led by a possessive pronoun is named after it, not before
                lead = idx - 1
                while lead >= 0 and (toks[lead].like_num or toks[lead].dep_ in ("amod", "compound") and toks[lead].head.i == t.i):
                    lead -= 1  # "his two sons, ...", "their adult children, ..."
                for j in range(idx - 1, -1 if not (lead >= 0 and toks[lead].lower_ in ("his", "her", "their")) else idx, -1):
                    if toks[j].text == ",":
                        k = self._name_before(toks, j) if j >= 1 else None
                        if k and k != owner and self.etype(k) in ("Region", "Place", "Organization") and j == idx - 2 \
                                and toks[idx - 1].lower_ == "the" and idx + 1 < len(toks) and toks[idx + 1].lower_ == "of" \
                                and self._looks_like_person(self.ex.entities[k].name, joined_particles=True):
                            self.ex.entities[k].type = "Person"  # "Asma al-Assad, the wife of X": a name set off as someone's wife is a person's
                        if k and k != owner and self.etype(k) == "Person" and not toks[j - 1].lower_ in ("he", "she", "his", "her"):
                            if (other := self._kin_word_object(toks[j - 1])) is not None:
                                kin_link = (k, other)
                            else:
                                apposed = k
                        break
                    if toks[j].pos_ in ("VERB", "AUX") and toks[j].dep_ not in ("amod", "compound"):
                        break  # (a verb's clause ends the phrase; "a leading figure of Y and a grandson of Z" has none)
                if apposed is None and idx + 2 < len(toks_for_name) and toks_for_name[idx + 1].text == ",":
                    k = self._apposed_person(toks_for_name, idx + 2)
                    if k and k != owner and self.etype(k) == "Person":
                        apposed = k
                listed = False  # the relative is an entry of a list, there for their own deeds, not as someone's family
                if apposed is None and idx + 1 < len(toks) and toks[idx + 1].lower_ == "of":
                    entry = self._entry_of_field(t)  # "Position: Businessman; cousin of President X" in a listed man's entry
                    if entry is not None and entry != owner:
                        apposed, listed = entry, True
                if apposed is None:
                    apposed = self._relative_with_title(toks, idx, owner)
                if apposed is None and kin_here:
                    apposed = self._second_kinship(t, kin_here[-1], owner)
                if apposed is None and idx >= 3 and toks[idx - 1].lower_ in ("his", "her") and toks[idx - 2].text == "," \
                        and not self._named_relatives(toks, idx, owner):  # (not "Mr X, his wife Suzanne X": she is named after)
                    # "Laith al-Khazali, his brother and an AAH commander": the man before the comma is the relative,
                    # and "his" is the man named before him, not himself
                    named_at = idx - 3
                    if toks[named_at].text == ")":  # "RAJA T. SALAMEH (Raja Salameh), his brother": the name before its short form
                        while named_at > 0 and toks[named_at].text != "(":
                            named_at -= 1
                        named_at -= 1
                    k = self.entity_at(toks[named_at]) if named_at >= 0 else None
                    m = self.mention_of(toks[named_at]) if named_at >= 0 else None
                    if k and m is not None and named_at < idx - 3 and m.text not in self.ex.entities[k].aliases | {self.ex.entities[k].name}:
                        k = None  # (the short form's name was merged into another man's: "RAJA T. S." into "RIAD T. S.")
                    if k and self.etype(k) == "Person":
                        apposed = k
                        if owner == k:
                            owner = self._kin_owner(k, k, toks[idx - 1], exclude_self=True) or owner
                copular = False
                if apposed is None:
                    apposed = self._copula_subject(t, owner)
                    copular = apposed is not None
                # ("his son-in-law Timur K.": the name after "-in-law", which the tokenizer splits into four words)
                named = self._named_relatives(toks_for_name, idx, owner) if apposed is None else []
                if t.lower_ != t.lemma_.lower() and idx + 2 < len(toks) and toks[idx + 1].text == "," \
                        and apposed in (None, self.entity_at(toks[idx + 2])):
                    # "his two sons, Marko ... and Stefan ...": a plural relation word set off before its names names them all
                    listed = self._named_relatives(toks, idx + 1, owner, set_off=self._owner_sure(toks[max(0, idx - 4):idx], owner))
                    if len(listed) > 1:
                        named, apposed = listed, None
                if named and t.lower_ != t.lemma_.lower():
                    # "his children Mariela, Nilsa, Deborah and Alejandro Castro Espín": each named child is a relative
                    # (the first whose family name is written: "his brothers, Vahid and Habib A.")
                    if p_owner := next((o for k in named if (o := self._kin_owner(k, owner, toks[idx - 1] if idx else None))), None):
                        owner = p_owner
                    if owner == self._first_person_writer():
                        continue  # (the writer of "I am designating his wife" says "my wife" of his own)
                    for k in named:
                        self.relative_of[k] = owner
                        self._kin_rel[k] = rel
                        if any(x.lower_ in ("his", "her") for x in toks[max(0, idx - 4):idx]):
                            self._by_pronoun.add(k)
                        if KIN_SEX.get(t.lemma_.lower()):
                            self._sex.setdefault(k, KIN_SEX[t.lemma_.lower()])
                        for who in (owner, co_owner) if rel == "child" else (owner,):
                            if who is not None and who != k:
                                self.add_claim("family", {"person": who, "relative": k}, {"relation": rel}, self.span(s.start, s.end), confidence=0.7)
                    owners_here.append(owner)
                    continue
                if named:
                    apposed = named[0]  # "His daughter Mariela Castro Espín heads ..."
                in_law = self._married_to(t) if apposed is None else None
                if in_law is not None and in_law != owner:
                    # "X, whose daughter is married to Y": the daughter is no one the text names; Y is X's relative by
                    # marriage, and the link the text tells is theirs
                    self.add_claim("family", {"person": owner, "relative": in_law}, {"relation": "relative"}, self.span(s.start, s.end), confidence=0.6)
                    owners_here.append(owner)
                    continue
                if apposed is not None and (p_owner := self._kin_owner(apposed, owner, toks[idx - 1] if idx else None)):
                    owner = p_owner
                if apposed == owner or owner == self._first_person_writer():
                    continue
                if apposed is None and kin_link is not None and kin_link[0] != owner:
                    self._kin_links.append((owner, rel, *kin_link, self.span(s.start, s.end)))
                    continue  # (whom both phrases name is told elsewhere: their names join both owners at the end)
                if apposed is None and idx >= 1 and toks[idx - 1].lower_ in ("his", "her") and self._named_back(s, t, owner, rel):
                    continue  # "Lai's son Sebastien, who campaigned for his father's release": the father is Lai, named
                if apposed is None and group_owner:
                    continue  # (a group's unnamed mother is no one the text tells of)
                if apposed is None and self._named_already(owner, rel, plural=t.lower_ != t.lemma_.lower()):
                    continue  # "manages businesses on behalf of his parents", his parents named before: no one new
                rkey = self._relative_entity(owner, t, rel, apposed)
                ent = self.ex.entities[rkey]
                phrase_start = self.tstart(toks[idx - 1]) if idx >= 1 and toks[idx - 1].lower_ in ("his", "her") else self.tstart(t)
                ent.aliases.add(self.text[phrase_start:self.tstart(t) + len(t.text)])
                ent.mentions.append(self.span(self.tstart(t), self.tstart(t) + len(t.text)))
                self.relatives[(id(t.doc), t.i)] = rkey
                kin_word = t.lower_ + "-in-law" if in_law else t.lemma_.lower()
                if apposed is not None and KIN_SEX.get(kin_word):
                    self._sex.setdefault(rkey, KIN_SEX[kin_word])
                if not listed:
                    self.relative_of[rkey] = owner
                    self._kin_rel[rkey] = rel
                if any(x.lower_ in ("his", "her") for x in toks[max(0, idx - 4):idx]):
                    self._by_pronoun.add(rkey)
                owners_here.append(owner)
                if copular and rel == "spouse":
                    # "X is the wife of Y": of a couple the claim is about the one the sentence is about
                    self.add_claim("family", {"person": rkey, "relative": owner}, {"relation": rel}, self.span(s.start, s.end), confidence=0.7)
                else:
                    self.add_claim("family", {"person": owner, "relative": rkey}, {"relation": rel}, self.span(s.start, s.end), confidence=0.7)
                if rel == "spouse" and apposed is not None:
                    self._couples.append((owner, rkey))
                if apposed is not None:
                    kin_here.append((t, rkey))
                if co_owner is not None and (rel == "child" or siblings) and co_owner != rkey and apposed is not None:
                    self.add_claim("family", {"person": co_owner, "relative": rkey}, {"relation": rel}, self.span(s.start, s.end), confidence=0.6)
                    if rel == "child":
                        self._couples.append((owner, co_owner))

        self._shared_relatives()
        self._related_by()
        self._one_of_the_siblings()
        self._listed_siblings()
        self._described_pairs()
        self._family_members()
        self._listed_family()

    def _listed_family(self):
        """The relatives a list names under a line that says whose family it lists ("the annex names the following
        members of his family:" then "- Y, son", "- Z, daughter"): each entry's name is the relative, by the kinship
        word set after it; the owner is whom "his"/"her" of the line names. An entry whose kinship word has its own
        owner ("- Y, son of Z") is read where it is, and an entry with no kinship word (a post, "- Y, adviser") names
        no relative."""
        for head in re.finditer(r"[^\n]+", self.text):
            hm = _FAMILY_HEADER_RE.search(head.group(0))
            if hm is None:
                continue
            pos = head.start() + hm.start(1)
            s = self.sent_at(pos)
            pron = next((x for x in s.span if self.tstart(x) == pos), None) if s is not None else None
            if pron is None:
                continue
            owner = self._pronoun_owner(pron, self.entity_at(pron), pron, "relative")
            if owner is None or self.etype(owner) != "Person":
                continue
            for line in re.finditer(r"[^\n]*(?:\n|$)", self.text[head.end():]):
                if not line.group(0).strip():
                    continue  # (blank lines between the header and its entries, or between entries)
                em = _KIN_ENTRY_RE.match(line.group(0))
                rel = self.gaz.relation_words.get(em.group("kin").lower()) if em else None
                if em is None:
                    break
                if rel is None or re.match(r"\s+of\b", em.group("rest")):
                    continue
                at = head.end() + line.start() + em.start("name")
                k = self._listed_person(at, em.group("name"))
                if k is None or k == owner:
                    continue
                self.relative_of.setdefault(k, owner)
                self._kin_rel.setdefault(k, rel)
                if KIN_SEX.get(em.group("kin").lower()):
                    self._sex.setdefault(k, KIN_SEX[em.group("kin").lower()])
                es = self.sent_at(at)
                ev = self.span(es.start, es.end) if es is not None else self.span(at, at + len(line.group(0)))
                self.add_claim("family", {"person": owner, "relative": k}, {"relation": rel}, ev, confidence=0.6)

    def _listed_person(self, at: int, name: str) -> str | None:
        """The person a list entry names at ``at``: the NER's mention there (a name read as a place's or a body's that
        looks like a person's is one: the entry says whose son it is), else the written name when it looks like one."""
        name = name.strip()
        for m in self.mentions:
            if m.start == at and m.entity and self.etype(m.entity) in ("Person", "Organization", "Region", "Place"):
                if self.etype(m.entity) != "Person":
                    if not self._looks_like_person(self.ex.entities[m.entity].name, joined_particles=True):
                        return None
                    self.ex.entities[m.entity].type = "Person"
                return m.entity
        if not self._looks_like_person(name, joined_particles=True):
            return None
        return self.phrase_entity("Person", name, at, at + len(name))

    def _described_pairs(self):
        """Two people named together and then said to be one pair ("A and B, a husband and wife who worked as lawyers",
        "A and B, both brothers of the governor,"): the first's relative is the second, by the pair's word."""
        for m in _PAIR_RE.finditer(self.text):
            rel = PAIR_RELATIONS.get(" ".join(m.group(2).casefold().split()))
            s = self.sent_at(m.start())
            if rel is None or s is None:
                continue
            second = self._person_ending_at(s, m.start(1))
            joint = re.search(r"\s+and\s+$", self.text[max(0, second.start - 8):second.start]) if second else None
            first = self._person_ending_at(s, second.start - len(joint.group(0))) if joint else None
            if first is None or first.entity == second.entity:
                continue
            self.add_claim("family", {"person": first.entity, "relative": second.entity}, {"relation": rel}, self.span(s.start, s.end), confidence=0.6)

    def _person_ending_at(self, s, pos: int):
        """The mention of a person in sentence ``s`` whose name ends at ``pos``, if any."""
        return next((mm for mm in self.mentions if s.start <= mm.start and mm.end == pos and mm.type == "Person" and mm.entity), None)

    def _family_members(self):
        """A person's family named as a group ("Yu Hui's immediate family members are also ineligible", "I am also
        designating his immediate family members"): his relatives, as one group. Not where the phrase goes on to name
        them ("three of his immediate family members: his wife, X, ..." - each is named), nor "their" of a rule's
        boilerplate ("those individuals and their immediate family members"), which names no one's. A "his" read as
        someone else than the one the text elsewhere names surely ("X and his immediate family members") is that one's."""
        found = []  # (owner, sentence, start, end, sure)
        for s in self.sents:
            for t in s.span:
                if t.lower_ != "members" or not any(c.dep_ == "compound" and c.lower_ == "family" for c in t.children):
                    continue
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                if poss is None or poss.lower_ not in ("his", "her") and poss.pos_ != "PROPN":
                    continue
                after = t.nbor(1) if t.i + 1 < len(t.doc) else None
                if after is not None and after.text in (":", ",", "(") or t.head.lower_ == "of" or t.dep_ == "appos":
                    continue  # (named after, or counted: "three of his immediate family members")
                owner = self.entity_at(poss)
                sure = poss.pos_ == "PROPN"
                if poss.lower_ in ("his", "her"):
                    owner = self._pronoun_owner(poss, owner, t, "relative")
                    sure = t.dep_ == "conj" and self.entity_at(t.head) == owner  # "X and his immediate family members"
                if owner is None or self.etype(owner) != "Person" or owner == self._first_person_writer():
                    continue
                first = poss if poss.lower_ in ("his", "her") else next(
                    (x for x in t.doc[poss.i + 1:t.i + 1] if x.text not in ("'s", "\u2019s")), t)
                start, end = self.tstart(first), self.tstart(t) + len(t.text)
                found.append((owner, s, start, end, sure))
        sure_owners = {o for o, *_, sure in found if sure}
        for owner, s, start, end, sure in found:
            if not sure and sure_owners and owner not in sure_owners:
                if len(sure_owners) > 1:
                    continue
                owner = next(iter(sure_owners))
            key = self.phrase_entity("Group", self.text[start:end], start, end, key=f"group:{slug(owner)}_family_members")
            self._descriptors[key] = (owner, "relative")  # (unnamed: the sanctions rules tell it from the named relatives)
            self.add_claim("family", {"person": owner, "relative": key}, {"relation": "relative"}, self.span(s.start, s.end), confidence=0.6)
