"""Round 27 (lead): the names on the lines of a designation list, before any claim rule reads them.

A UN committee's release letters its entries ("A. Gabriel Jok Riak (Makol). Commander of ..."), and the NER read
the letter as an initial, so every claim of the entry went to "B. Santino"; a Treasury annex numbers entries that
write the surname first in capitals and set the title off by a dash ("1. BUNYONI, Alain Guillaume - Minister of
...") and the NER made two half-names of it. Each spec writes the shape in more than one wording, and a case where
it must not fire.
"""

import pytest

from kg.model import Document


def persons(rules, text: str, date: str = "2024-05-01") -> dict[str, set[str]]:
    """Each person the extractor makes of ``text``, by name, with the aliases it joined to it."""
    ents = rules.extract(Document(id="t", text=text, date=date)).entities.values()
    return {e.name: {e.name, *e.aliases} for e in ents if e.type == "Person"}


LETTERED = [
    ("The committee added the following entries to its list.\n\n"
     "A. Tomas Ilunga Vero (Kasi). Commander of the army's Fourth Sector, whose troops held the town.\n\n"
     "B. Anselme Rwabuto Kéa. Major General, commander of the Second Division.\n\n"
     "C. Marek Dolin Shaye Amoro. Commander of the Republican Guard unit of the army.\n",
     ["Tomas Ilunga Vero", "Anselme Rwabuto Kéa", "Marek Dolin Shaye Amoro"]),
    ("Individuals designated today:\n"
     "A) Ruben Okello Tam, a deputy police commissioner\n"
     "B) Ida Mwenye Sakho, director of the prisons service\n",
     ["Ruben Okello Tam", "Ida Mwenye Sakho"]),
    ("Annex\n\nA. Pavel Ostrin. Head of the regional investigative department.\n\n"
     "B. Lena Vodar. Judge of the Central District Court.\n",
     ["Pavel Ostrin", "Lena Vodar"]),
]


@pytest.mark.parametrize("text, expected", LETTERED)
def test_a_lettered_list_item_names_its_person_without_the_letter(rules, text, expected):
    found = persons(rules, text)
    for person in expected:
        assert person in found, (person, sorted(found))
    assert not any(n[:2] in {"A.", "B.", "C.", "A)", "B)"} for n in found)


def test_a_lone_initial_at_a_line_start_stays_part_of_the_name(rules):
    text = "J. Marcus Tello, the governor, denied the reports on Monday.\n\nHe said the police had acted lawfully."
    assert "J. Marcus Tello" in persons(rules, text)


def test_letters_out_of_order_make_no_list(rules):
    text = "C. Dario Fenn, the mayor, said on Monday that he would resign.\n\nA. Luis Marto, a lawyer, agreed."
    assert {"C. Dario Fenn", "A. Luis Marto"} <= set(persons(rules, text))


SURNAME_FIRST = [
    ("Annex to the order\n\n1. KALUMBA, Jean Pierre - Minister of Public Security. He oversaw the police.\n\n"
     "2. MWEZI, Patrice - Deputy Director General of the National Police.\n",
     {"Jean Pierre Kalumba": "KALUMBA, Jean Pierre", "Patrice Mwezi": "MWEZI, Patrice"}),
    ("The following persons were listed:\n1. OSTROV, Ilya Borisovich \u2013 head of the penal colony\n"
     "2. DANKO, Marina \u2013 judge of the district court\n",
     {"Ilya Borisovich Ostrov": "OSTROV, Ilya Borisovich", "Marina Danko": "DANKO, Marina"}),
]


@pytest.mark.parametrize("text, expected", SURNAME_FIRST)
def test_a_numbered_entry_with_the_surname_first_and_a_dash_is_one_person(rules, text, expected):
    found = persons(rules, text)
    for natural, written in expected.items():
        assert natural in found and written in found[natural], (natural, found)


def test_a_dateline_with_a_dash_is_no_surname_first_name(rules):
    text = "KAMPALA, Uganda - Police detained the opposition leader on Wednesday, his party said."
    assert not any("Kampala" in n for n in persons(rules, text))


# -- a body described, not named, is the body named nearby ------------------------------------------------------------

def bodies(rules, text: str, date: str = "2024-05-01") -> dict[str, set[str]]:
    """Each body the extractor makes of ``text``, by name, with the aliases it joined to it."""
    ents = rules.extract(Document(id="t", text=text, date=date)).entities.values()
    return {e.name: {e.name, *e.aliases} for e in ents if e.type in ("GovernmentBody", "Organization", "Group")}


@pytest.mark.parametrize("text, court", [
    ("RIYADH, May 2 - Saudi Arabia's Specialized Criminal Court (SCC) sentenced Omar Qasim to 20 years over his posts, rights groups said. "
     "Last year the same court sentenced Lina Farah, a student, to 30 years.", "Specialized Criminal Court"),
    ("The Marovo District Court convicted the two journalists on 3 March. In April the same court jailed their editor.",
     "Marovo District Court"),
    ("According to our findings, the Revolutionary Court of Tarsan handed down the sentences. Two of his brothers remain "
     "in prison after the same court convicted them in 2019.", "Revolutionary Court of Tarsan"),
])
def test_the_same_court_is_the_court_named_before(rules, text, court):
    found = bodies(rules, text)
    assert "the same court" in found.get(court, set()), found
    assert "the same court" not in found


def test_the_same_court_after_a_tribunal_is_not_an_earlier_court(rules):
    text = ("A Federal High Court in Varna ruled in March that the handover was unlawful. The Kesh military tribunal "
            "found the ten men guilty on Monday. Last year the same court sentenced Pavel Amu to 15 years.")
    assert "the same court" not in bodies(rules, text).get("Federal High Court", set())


@pytest.mark.parametrize("text, body, described", [
    ("Varnia's anti-terror agency arrests rights activist Tomas Belo\n\n"
     "KESH, May 2 - Varnia's National Security Agency (NSA) has arrested Tomas Belo, a rights activist, his family said.",
     "National Security Agency", "anti-terror agency"),
    ("Ostrava emergency court jails blogger for five years\n\n"
     "The Emergency State Security Court in Ostrava sentenced the blogger Ivo Lenk to five years on Monday.",
     "Emergency State Security Court in Ostrava", "emergency court"),  # (round 34: the seat names the court)
])
def test_a_headline_body_described_is_the_body_the_story_names(rules, text, body, described):
    assert described in bodies(rules, text).get(body, set())


@pytest.mark.parametrize("text", [
    ("Kesh opposition leader appears before military court after abduction\n\n"
     "The Supreme Court had ruled in January that civilians may not be tried by soldiers, his lawyers said."),
    ("Varnia protests after US bars army chief\n\n"
     "The Varnian Army said its commander had done nothing wrong, a spokesman for the Varnian Army said."),
])
def test_a_headline_body_of_another_kind_or_a_verb_joins_nothing(rules, text):
    assert not any(("military court" in names and name == "Supreme Court") or "bars army" in names
                   for name, names in bodies(rules, text).items())


@pytest.mark.parametrize("date, dated", [("not a date", None), ("2021-13-45", None), ("", None), ("2021-06", "2021-06")])
def test_a_document_date_that_names_no_day_breaks_nothing_and_dates_no_claim(rules, date, dated):
    """A library caller may hand over any string as the date; only a calendar date may date a claim."""
    text = "The Interior Ministry denied the report on Monday, a spokesman said in a statement."
    denials = [c for c in rules.extract(Document(id="t", text=text, date=date)).claims if c.type == "denial"]
    assert denials and all(c.roles.get("date") == dated for c in denials)


LETTERED_RELEASES = [
    ("Security Council Central African Republic Sanctions Committee Adds Three Individuals to Its Sanctions List\n\n"
     "On 2 March 2023, the Security Council Committee established pursuant to resolution 2127 (2013) concerning the "
     "Central African Republic "
     "approved the addition of the entries specified below to its sanctions list, subject to a travel ban and an asset freeze.\n\n"
     "Individuals\n\n"
     "A. Joseph Malual Dut (Makor). Commander of the army's Fourth Sector. Listed for leading attacks on civilians.\n\n"
     "B. Anselme Rwabuto Kea. Major General, commander of the Second Division. Troops under his command burned villages.\n\n"
     "C. Marek Dolin Shaye. Chief of General Staff of the rebel army. Listed for obstructing the peace talks.\n",
     {"Joseph Malual Dut", "Anselme Rwabuto Kea", "Marek Dolin Shaye"}),
    ("Ministry Lists Two Officials Under Its Human Rights Regime\n\n"
     "The Ministry of Foreign Affairs of Ostland today designated two officials of Varnia under its human rights sanctions "
     "regulations, freezing their assets.\n\n"
     "A. Pavel Ostrin. Head of the regional investigative department, who oversaw the torture of detainees.\n\n"
     "B. Lena Vodar. Judge of the Central District Court, who sentenced protesters in closed trials.\n",
     {"Pavel Ostrin", "Lena Vodar"}),
]


@pytest.mark.parametrize("text, people", LETTERED_RELEASES)
def test_each_person_of_a_lettered_list_is_a_target_of_the_counted_designation(rules, text, people):
    ex = rules.extract(Document(id="t", text=text, date="2023-03-02"))
    targets = {ex.entities[c.roles["target"]].name for c in ex.claims if c.type == "sanction" and c.roles.get("target") in ex.entities}
    assert people <= targets, targets
    assert not any(t[:2] in ("A.", "B.", "C.") for t in targets)
