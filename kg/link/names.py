"""Name matching for people, organisations and places across spellings and scripts.

Built on RapidFuzz (Jaro-Winkler), jellyfish (metaphone) and anyascii
(transliteration), the string libraries rigour itself builds on, without its
ICU build dependency. The score of two names is the mean similarity of the
shorter name's tokens aligned one-to-one to the longer name's tokens:

>>> name_score("Ramzan Kadyrov", "KADYROV, Ramzan Akhmatovich") > 0.95
True
>>> name_score("Рамзан Кадыров", "Ramzan Kadyrov") > 0.9
True
>>> name_score("Ramzan Kadyrov", "Ramzan Kadyrow") > 0.9
True
>>> name_score("Ramzan Kadyrov", "Medni Kadyrova") < 0.7
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from jellyfish import metaphone
from rapidfuzz.distance import JaroWinkler

# Honorifics and ranks dropped before comparing (they are not part of a name).
TITLES = frozenset(
    """mr mrs ms miss dr prof sir lord president vice senior general gen lt lieutenant colonel col major maj brigadier
    brig admiral commander captain capt minister secretary sheikh shaikh prince chief deputy director head
    judge justice rev father st saint""".split()
)
# Particles that are part of a name but carry little identity.
PARTICLES = frozenset("al el bin ibn bint abu de del la le van von der da di dos das".split())
ORG_NOISE = frozenset("the of and for".split())
# Generational suffixes tell namesakes apart (Donald Trump, Donald Trump Jr.).
SUFFIXES = frozenset("jr sr ii iii iv".split())

# Words that make a phrase a description rather than a name ("his wife", "Kadyrov's children").
DESCRIPTIVE = frozenset(
    """he him his she her hers they them their it its who wife husband spouse son sons daughter daughters child children father
    mother brother brothers sister sisters parents family relative relatives members member officials officers people""".split()
)
# Words too common in organisation names to identify one ("the police", "security forces", "Interior Ministry").
GENERIC = frozenset(
    """police military army navy forces force security state national federal local government ministry ministries interior department
    office agency service services authority authorities court council committee commission bureau guard guards unit units
    division brigade battalion command headquarters administration independent international mission fact finding public
    defence defense foreign affairs justice republic regional provincial central general special internal one two three four
    five six seven eight nine ten several senior former other some many all institute center centre group organization
    organisation union party parliament assembly congress house senate presidential president prime minister secretary""".split()
)

# Common short forms of given names (Mike Pompeo / Michael Pompeo).
NICKNAMES = {
    "mike": "michael", "bill": "william", "bob": "robert", "alex": "alexander", "sasha": "alexander", "dima": "dmitry",
    "tony": "anthony", "jim": "james", "joe": "joseph", "dick": "richard", "tom": "thomas", "ted": "edward", "kate": "katherine",
}
PATRONYMIC = re.compile(r"(ovich|evich|ovych|yevich|ovna|evna|ivna|ichna)$")
# Words that open a name as a title phrase ("Secretary of State Mike Pompeo").
TITLE_LINKS = frozenset("of state the foreign interior defence defense prime supreme leader general".split())

#: token pairs below this similarity do not count as the same token
TOKEN_MIN = 0.85


def ascii_fold(text: str) -> str:
    """Transliterated, case-folded text (Кадыров -> kadyrov, Tešić -> tesic)."""
    return anyascii(text).casefold()


def reorder(name: str) -> str:
    """``LAST, First Middle`` (list style) -> ``First Middle LAST``; other names unchanged."""
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if last and first and len(first.split()) <= 4 and len(last.split()) <= 4:
            return f"{first} {last}"
    return name


@lru_cache(maxsize=4096)
def tokens(name: str) -> tuple[str, ...]:
    """Comparable tokens of a name: transliterated, titles and punctuation dropped."""
    name = reorder(name)
    if not name.isascii():  # CJK transliterates to run-together syllables: XiJinPing -> Xi Jin Ping
        name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", anyascii(name))
    text = ascii_fold(name).replace("'", "")
    words = re.findall(r"[a-z0-9]+", text)
    words = [w for w in words if w not in TITLES and w not in ORG_NOISE]
    return tuple(words)


@lru_cache(maxsize=4096)
def skeleton(token: str) -> str:
    """A transliteration-tolerant key: Kadyrov/Kadyrow/Kadirov and Chayka/Chaika share one."""
    t = token
    for a, b in (("x", "ks"), ("kh", "h"), ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"), ("ou", "u"), ("ck", "k"), ("q", "k"), ("c", "k"), ("z", "s")):
        t = t.replace(a, b)
    t = re.sub(r"(.)\1+", r"\1", t)
    t = re.sub(r"(?<=.)[aeiou]", "", t)
    return t


def strip_titles(name: str) -> str:
    """The name without leading titles: ``Secretary of State Mike Pompeo`` -> ``Mike Pompeo``."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and (re.sub(r"\W", "", words[i]).casefold() in TITLES or (i and words[i].casefold() in TITLE_LINKS)):
        i += 1
    return " ".join(words[i:])


def is_relational_phrase(name: str) -> bool:
    """A phrase that names someone through another ("Kadyrov's wife", "his children"): no register lists it.

    Narrower than ``kg.ids.is_description``, which also covers generic groups ("the police"); this one only
    has to keep relational phrases out of name comparison and blocking.
    """
    if re.search(r"['\u2019]s\b", name):
        return True
    return any(t in DESCRIPTIVE for t in re.findall(r"[a-z]+", ascii_fold(name)))


def usable(names) -> list[str]:
    """The names worth comparing: descriptions dropped."""
    return [n for n in names if n and not is_relational_phrase(n)]


def informative(toks) -> list[str]:
    """Tokens that identify an organisation: not generic words, not particles."""
    return [t for t in toks if t not in GENERIC and t not in PARTICLES and not t.isdigit()]


def token_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if NICKNAMES.get(a, a) == NICKNAMES.get(b, b):
        return 0.9
    if bool(PATRONYMIC.search(a)) != bool(PATRONYMIC.search(b)):
        return 0.5  # a given name is not a patronymic (Akhmat Kadyrov is not Ramzan Akhmatovich Kadyrov)
    # Slavic gendered surnames name different people (Kadyrov vs his wife Kadyrova).
    if (a + "a" == b or b + "a" == a) and len(a) > 4:
        return 0.5
    if skeleton(a) == skeleton(b) and len(a) > 2 and len(b) > 2 and JaroWinkler.similarity(a, b) >= 0.8:
        return 0.95
    jw = JaroWinkler.similarity(a, b)
    if jw >= 0.9 and metaphone(a)[:3] == metaphone(b)[:3]:
        return min(jw, 0.93)
    # An initial matches its full name ("J." / "John"), weakly.
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
        return 0.85
    return jw * 0.8


def name_score(a: str, b: str, *, person: bool = True) -> float:
    """Similarity of two names in [0, 1]; a person's lone surname scores at most 0.7 (it can only suggest)."""
    return token_score(tokens(a), tokens(b), person=person)


def token_score(ta: tuple[str, ...], tb: tuple[str, ...], *, person: bool = True) -> float:
    if not ta or not tb:
        return 0.0
    if not person and (not informative(ta) or not informative(tb)):
        return 0.0  # "the police", "Interior Ministry": generic words name no one organisation in particular
    if ta == tb and (len(ta) > 1 or not person):
        return 1.0
    if {t for t in ta if t in SUFFIXES} != {t for t in tb if t in SUFFIXES}:
        return min(0.6, token_score(tuple(t for t in ta if t not in SUFFIXES), tuple(t for t in tb if t not in SUFFIXES), person=person))
    if max(len(ta), len(tb)) > 1 and len("".join(ta)) >= 6:
        joined_a = {"".join(ta), "".join(ta[-1:] + ta[:-1])}
        joined_b = {"".join(tb), "".join(tb[-1:] + tb[:-1])}
        if joined_a & joined_b:
            return 0.98  # spacing differs only: Al-Mamun / Al Mamun, Xi Jinping / Xi Jin Ping, 陈全国 / CHEN, Quanguo
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    core_short = [t for t in short if t not in PARTICLES] or list(short)
    remaining = list(long_)
    sims = []
    for tok in core_short:
        best, best_i = 0.0, -1
        for i, other in enumerate(remaining):
            s = token_similarity(tok, other)
            if s > best:
                best, best_i = s, i
        sims.append(best)
        if best_i >= 0 and best >= TOKEN_MIN:
            remaining.pop(best_i)
    score = sum(sims) / len(sims)
    if min(sims) < TOKEN_MIN:
        score = min(score, 0.6)
    extra = [t for t in remaining if t not in PARTICLES]
    score -= 0.015 * len(extra)  # a patronymic or middle name the other side leaves out
    if len(core_short) == 1 and (len(long_) > 1 or person):
        score = min(score, 0.7)  # "Kadyrov" alone may be any Kadyrov
    return max(0.0, min(1.0, score))


def best_score(names_a, names_b, *, person: bool = True) -> tuple[float, str, str]:
    """The best-scoring pair of two sets of names: (score, name from a, name from b)."""
    best = (0.0, "", "")
    for a in usable(names_a):
        for b in usable(names_b):
            s = name_score(a, b, person=person)
            if s > best[0]:
                best = (s, a, b)
    return best


def block_keys(name: str) -> set[str]:
    """Keys for candidate lookup (blocking): the skeleton of every informative token."""
    if is_relational_phrase(name):
        return set()
    return {skeleton(t) for t in tokens(name) if len(t) > 2 and t not in PARTICLES and t not in GENERIC}
