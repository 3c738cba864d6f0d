"""Round 23 (lead): what the entity step makes of names, before any claim rule reads them.

Every fact hangs on these entities, and on new text their slips were the commonest cause of a right rule giving a
wrong claim: "the Myanmar military" read as the country, "Chadema" as a person, "Significant Corruption" of a headline
as a body, "Asma al-Assad" as a place, "Background" as a person. Each spec below writes the shape with invented people
(real bodies where only a real name shows the model's slip) and, where it could fire wrongly, a case where it must not.
"""

import pytest

from extract.claimhelp import extract_rows, find, name, orgs, perpetrators
from kg.model import Document


def entities(rules, text: str, date: str = "2023-03-01"):
    """The entities the extractor makes of ``text``."""
    return list(rules.extract(Document(id="t", text=text, date=date)).entities.values())


@pytest.mark.parametrize("text, forces", [
    ("The Myanmar military has killed more than 2,900 civilians since the coup, according to local monitors.", "Myanmar military"),
    ("Uganda police shot dead two protesters outside the parliament in Kampala on Tuesday, witnesses said.", "Uganda police"),
    ("Residents said the Burundi army tortured detainees at a camp near the border last year.", "Burundi army"),
    ("The Myanmar security forces have killed more than 2,900 civilians since the coup.", "Myanmar security forces"),
])
def test_a_countrys_forces_are_the_perpetrator_not_the_country(rules, text, forces):
    assert forces in perpetrators(extract_rows(rules, text, "2023-03-01"))


def test_a_general_commands_the_forces(rules):
    rows = extract_rows(rules, "Tarek Molu, the commander-in-chief of the Myanmar military, ordered the raids.", "2023-03-01")
    assert orgs(rows, "Tarek Molu") == {"Myanmar military"}


def test_the_country_is_still_an_entity(rules):
    ents = entities(rules, "The Myanmar military has killed more than 2,900 civilians.", "2023-03-01")
    names = {e.name for e in ents}
    assert "Myanmar military" in names and any(n in names for n in ("Myanmar", "Burma"))


def test_a_country_before_other_words_keeps_its_name(rules):
    rows = extract_rows(rules, "US bars army chief over killings in 2009\n\nThe decision was announced on Friday.", "2020-02-15")
    assert not any("bars" in p for p in perpetrators(rows))


# -- a headline's capitals name nothing the text says in lower case ---------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Public Designation of Former Minister Ivo Tarn Due to Involvement in Significant Corruption\n\n"
     "The Department is designating Ivo Tarn for his involvement in significant corruption.", "Significant Corruption"),
    ("Treasury Sanctions Arms Network Supplying Gross Violators\n\nTreasury today sanctioned an arms network "
     "supplying gross violators of human rights in Varnia.", "Gross Violators"),
])
def test_a_headline_phrase_the_text_says_in_lower_case_is_no_body(rules, text, phrase):
    ents = entities(rules, text, "2023-03-01")
    assert not any(phrase.casefold() == a.casefold() for e in ents for a in e.aliases)


def test_a_headline_name_is_still_a_name(rules):
    text = ("Treasury Sanctions Officials of the Varnian Border Guard Service\n\n"
            "Treasury today sanctioned two commanders of the Varnian Border Guard Service.")
    ents = entities(rules, text, "2023-03-01")
    assert any("Varnian Border Guard Service" == a for e in ents for a in e.aliases)


# -- a web page's navigation lists topics, not names ------------------------------------------------------------------

RELEASE_WITH_NAVIGATION = """Public Designation of Varnian Official Ivo Tarn Due to Involvement in Gross Violations of Human Rights

Press Statement
Related Articles: U.S. Relations With Tanzania; Anti-Corruption and Transparency

The Department of State is designating Ivo Tarn, the regional police commander of Mwanza, Tanzania, under Section
7031(c) for his involvement in gross violations of human rights.

Tags
Bureau of African Affairs; Human Rights; Office of the Spokesperson; Tanzania; Visas
"""


def test_the_navigation_of_a_release_names_no_body_and_no_place(rules):
    ents = entities(rules, RELEASE_WITH_NAVIGATION, "2023-03-01")
    names = {a for e in ents for a in e.aliases}
    assert not names & {"Tags", "Visas", "Anti-Corruption and Transparency"}
    assert {"Ivo Tarn", "Tanzania"} <= names
    rows = extract_rows(rules, RELEASE_WITH_NAVIGATION, "2023-03-01")
    assert any(r["type"] == "sanction" for r in rows)


# -- an honorific tells "he" from "she" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, denier", [
    ("The embassy rejected the sanctions. Ms. Hana Lorik, the ambassador, called them unlawful. Mr. Teo Brann, a "
     "lawyer for the victims, welcomed the move. She denied that the prisoners had been tortured.", "Hana Lorik"),
    ("Mr Ivo Tarn, the interior minister, spoke first. Mrs Dana Holt, the prison director, spoke after him. "
     "He denied that any detainee had been beaten.", "Ivo Tarn"),
])
def test_a_pronoun_skips_a_person_an_honorific_gives_the_other_sex(rules, text, denier):
    rows = extract_rows(rules, text, "2023-03-01")
    assert {name(c["denier"]) for c in find(rows, "denial")} == {denier}


def test_a_surname_another_person_shares_gives_no_sex(rules):
    # "Mrs. Assad" read as the husband's surname must not make him a woman: "his" stays his
    text = ("Treasury designated Karim Haddad, the governor. His wife, Lina Haddad, was also listed. Mrs. Haddad "
            "runs a charity. He denied any wrongdoing.")
    rows = extract_rows(rules, text, "2023-03-01")
    assert "Lina Haddad" not in {name(c["denier"]) for c in find(rows, "denial")}


# -- a full name the NER took for a place, beside a noun only a person is -------------------------------------------------

MAINA = """Nepal: Verdict in Maina Sunuwar murder a rare step towards justice

On 16 April 2017, the Kavre District Court convicted three officers of the Nepal Army of the murder of Maina Sunuwar, a
15-year-old girl who died under torture in army custody in February 2004.

What happened to Maina Sunuwar

Soldiers came to the family's home and took Maina away.
"""


def test_a_place_beside_a_noun_for_a_person_is_a_person(rules):
    # the small model reads "Maina Sunuwar" as a place in this text; the girl was one person, not a place and a "Maina"
    ents = entities(rules, MAINA, "2017-04-20")
    assert [(e.type, e.name) for e in ents if "Maina" in e.name] == [("Person", "Maina Sunuwar")]


def test_a_place_before_a_title_stays_a_place(rules):
    ents = entities(rules, "Speaking in Moscow, the Russian president said the sanctions were unlawful.", "2023-03-01")
    assert {e.type for e in ents if "Moscow" in e.aliases} != {"Person"}


def test_a_demonym_inside_a_longer_name_is_its_state(rules):
    # "Kyrgyz" of "the Kyrgyz authorities" names Kyrgyzstan, not a region called "Kyrgyz"
    ents = entities(rules, "The Kyrgyz authorities jailed Ravshan Umarov in Osh in 2010.", "2020-07-27")
    assert "Kyrgyz" not in {e.name for e in ents}


def test_a_one_word_heading_is_no_name(rules):
    text = ("UK sanctions Varnian customs official\n\nThe designation is made on International Anti-Corruption Day. It "
            "follows the UK's first designations under the anti-corruption regime in April.\n\nBackground\n\nWhile "
            "serving as deputy head of the customs service between 2015 and 2017, Ivo Tarn used his office to "
            "facilitate a large-scale smuggling operation at the country's borders.")
    ents = entities(rules, text, "2021-12-09")
    assert "Background" not in {a for e in ents for a in e.aliases}


# -- a one-word name the text calls a party is a body, however often the NER calls it a person -----------------------

PARTY_TEXTS = [
    "DODOMA, Sept 9 - A senior official of Varnia's main opposition party, Tolaka, was found dead on Saturday, the "
    "party said. Karim Osei, a member of Tolaka's national secretariat, was travelling to Tanga when the bus was "
    "stopped. Tolaka chairman Freeman Ubwe told reporters that Osei had been beaten. Tolaka says at least a dozen of "
    "its members have gone missing.",
    "A senior official of the opposition party, Chadema, was found dead on Saturday. Ali Kibao, a member of Chadema's "
    "national secretariat, was travelling to Tanga. Chadema chairman Freeman Mbowe told reporters that Kibao had been "
    "severely beaten. Chadema says at least a dozen of its members have gone missing since January.",
]


@pytest.mark.parametrize("text, party, chairman", [(PARTY_TEXTS[0], "Tolaka", "Freeman Ubwe"), (PARTY_TEXTS[1], "Chadema", "Freeman Mbowe")])
def test_a_name_set_off_after_party_is_one_body(rules, text, party, chairman):
    ents = entities(rules, text, "2024-09-09")
    assert [e.type for e in ents if e.name == party] == ["Organization"]
    assert party in orgs(extract_rows(rules, text, "2024-09-09"), chairman)


def test_a_surname_in_lower_case_opening_a_sentence_is_the_same_person(rules):
    text = ("Treasury designated Nawfal Hammadi al-Tarik, the former governor of Varnia Province. Al-Tarik was removed "
            "by the provincial council in March 2019.")
    ents = entities(rules, text, "2019-07-18")
    assert [e.name for e in ents if "Tarik" in e.name] == ["Nawfal Hammadi al-Tarik"]


@pytest.mark.parametrize("text, body, initials", [
    ("Ivo Tarn heads the Special Prosecutor's Office Against Impunity, known by its Spanish initials FECI. FECI "
     "prosecutors charged the journalist in July.", "Special Prosecutor's Office Against Impunity", "FECI"),
    ("The listed men served in the National Intelligence Service (Service national de renseignement, SNR). Agents of "
     "the SNR tortured detainees.", "National Intelligence Service", "SNR"),
    ("Witnesses said officers of the Special Tasks Police Unit, known as UPET, fired on the march. UPET denied it.", "Special Tasks Police Unit", "UPET"),
])
def test_initials_the_text_gives_a_body_join_it(rules, text, body, initials):
    ents = entities(rules, text, "2023-03-01")
    assert [e.name for e in ents if initials in e.aliases or initials == e.name] == [body]


@pytest.mark.parametrize("text, body", [
    # (names of real bodies: the small model calls these two people; invented ones it happened to call bodies)
    ("Those held include Noureddine Boutar, director of Mosaique FM, who was questioned about the station's line.", "Mosaique FM"),
    ("Bethany Al-Haidari, the Saudi case manager at the Washington-based Freedom Initiative, which says Shehab was "
     "held in solitary confinement, called the sentence cruel.", "Freedom Initiative"),
])
def test_a_name_ending_in_a_civil_body_word_is_an_organisation(rules, text, body):
    ents = entities(rules, text, "2023-03-01")
    assert [e.type for e in ents if e.name == body] == ["Organization"]


def test_a_person_name_ending_in_province_is_a_province(rules):
    ents = entities(rules, "Treasury designated Ahmed al-Jabouri, the former governor of Salah al-Din Province, for corruption.", "2019-07-18")
    assert {e.type for e in ents if e.name == "Salah al-Din Province"} == {"Region"}


# -- proper nouns the NER tagged as nothing, after "in" or "near", are a place --------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Police fired water cannon at protesters, and in Nay Pyi Taw they used live ammunition.", "Nay Pyi Taw"),
    ("Soldiers killed dozens of men near Tsegede in November 2020, witnesses said.", "Tsegede"),
])
def test_an_untagged_name_after_in_is_a_place(rules, text, place):
    ents = entities(rules, text, "2021-02-18")
    assert {e.type for e in ents if e.name == place} == {"Place"}


def test_a_headline_phrase_after_in_is_no_place(rules):
    text = "Varnia: Mass Arrests and Deaths in Custody under the Emergency\n\nAt least 90 people have died in custody since March."
    ents = entities(rules, text, "2022-12-07")
    assert "Custody" not in {e.name for e in ents}


def test_a_town_named_with_hyphens_is_one_place(rules):
    ents = entities(rules, "In September 2020, a military court in Rostov-on-Don sentenced Ivo Tarn, a rights activist, to 14 years.")
    assert {e.type for e in ents if e.name == "Rostov-on-Don"} == {"Place"}
    assert not {"Rostov", "Don"} & {e.name for e in ents}


def test_a_designated_name_ending_in_a_word_like_a_preposition_is_whole(rules):
    # (a real name: the small model calls it a work of art and the parser reads "Among" as a preposition)
    text = ("The Department of State is publicly designating Anita Annet Among, the Speaker of the Parliament of the "
            "Republic of Uganda, under Section 7031(c) due to her involvement in significant corruption.")
    rows = extract_rows(rules, text, "2024-04-30")
    assert {name(c["target"]) for c in find(rows, "sanction")} == {"Anita Annet Among"}


@pytest.mark.parametrize("text, person", [
    ("The Department is designating Admiral of the Fleet Ravi Tennakoon, the former commander of the Varnian Navy.", "Ravi Tennakoon"),
    ("COLOMBO, April 26 - Washington on Wednesday barred Admiral of the Fleet Ravi Tennakoon, a former navy chief, "
     "from entering the United States.", "Ravi Tennakoon"),
])
def test_the_service_ending_a_rank_is_no_part_of_the_name(rules, text, person):
    names = {e.name for e in entities(rules, text) if e.type == "Person"}
    assert person in names and not any(n.startswith(("Fleet", "Air", "Force")) for n in names)
