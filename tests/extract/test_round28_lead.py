"""Round 28 (lead): names the NER cuts or invents on the lines of releases and lists.

A body named in English and then, in brackets, in its own language with its initials ("(Commission Electorale
Nationale Indépendante, or CENI)") is one body: the NER read the bracketed name as a body's first word and a person,
and the initials as a third body. A UN list's field labels ("Alias: ...", "Title: ...") are no names. A body's name that
runs through "and" after a verb of its remit ("Office for Combating and Preventing Torture") is not cut at the "and".
Each spec writes the shape in more than one wording, and a case where it must not fire.
"""

import pytest

from kg.model import Document

from .claimhelp import extract_rows, name


def entities(rules, text: str, date: str = "2024-05-01"):
    return list(rules.extract(Document(id="t", text=text, date=date)).entities.values())


NATIVE = [
    ("WASHINGTON - The Treasury today designated two officials of the Republic of Tavira's Independent National "
     "Electoral Commission (Commission Electorale Nationale Indépendante, or CENI) under E.O. 13413. CENI officials "
     "inflated contracts.",
     "Independent National Electoral Commission", {"Commission Electorale Nationale Indépendante", "CENI"}),
    ("Agents of the National Intelligence Directorate (Direction Générale Nationale du Renseignement, DGNR) detained "
     "the reporter on Monday, his colleagues said. The DGNR did not comment.",
     "National Intelligence Directorate", {"Direction Générale Nationale du Renseignement", "DGNR"}),
    ("The minister heads the Security Information Service (Služba Bezbednosti Informacija, or SBI), which the report "
     "accused of wiretapping journalists.",
     "Security Information Service", {"SBI"}),
]


@pytest.mark.parametrize("text, body, other_names", NATIVE)
def test_a_body_named_in_its_own_language_in_brackets_is_one_body(rules, text, body, other_names):
    ents = entities(rules, text)
    found = next(e for e in ents if e.name == body)
    assert other_names <= found.aliases, sorted(found.aliases)
    assert not [e.name for e in ents if e.type == "Person" and any(w in e.name for w in ("Nationale", "Générale", "Bezbednosti"))]


def test_a_bodys_own_language_name_is_no_second_target(rules):
    text = ("WASHINGTON - Today, the Treasury designated Ivo Marsk, the Director of the Security Information Agency "
            "(Bezbednosna informativna agencija, or BIA) of the Republic of Tavira, for his involvement in corruption.")
    targets = {name(r["target"]) for r in extract_rows(rules, text + "\n", "2023-07-11") if r["type"] == "sanction"}
    assert targets == {"Ivo Marsk"}


def test_a_name_in_brackets_after_a_body_is_still_split_from_a_different_body(rules):
    # ("the Police (PNC)": initials that do not spell the body's words are not its name)
    text = "Nadia Orel, a spokeswoman for the Interior Ministry, said Kaveh Ilunga Commission members had met."
    assert "Nadia Orel" in {e.name for e in entities(rules, text) if e.type == "Person"}


LABELS = [
    "HTi.002 Name: Jovan Arceneau\nAlias: \"Tiko\"\nTitle: Leader of the Bel Air gang\n"
    "Narrative summary: Jovan Arceneau leads the Bel Air gang, which has kidnapped residents for ransom.\n",
    "Sanctions list entry\n\nName: Rémy Destal\nAlias: Ti Zo\nPosition: commander of the Canaan brigade\n",
    "The committee listed one person.\n\nName: Olga Varin\nAliases: Olya Varina\nTitle: Judge of the District Court\n",
]


@pytest.mark.parametrize("text", LABELS)
def test_a_list_fields_label_is_no_name(rules, text):
    names = {e.name for e in entities(rules, text)}
    assert not names & {"Alias", "Aliases", "Title", "Position", "Name", "Narrative"}, sorted(names)


def test_a_label_word_inside_a_sentence_is_still_read(rules):
    # ("Title" in running text, not at a line start before a colon, is left to the NER)
    text = "The novel Title Deeds by Aster Vann won the prize: the judges praised Aster Vann."
    assert "Aster Vann" in {e.name for e in entities(rules, text) if e.type == "Person"}


CUT_AT_AND = [
    ("Lin Wei, former Office Director of the Provincial Leading Group on Preventing and Dealing with Heretical Cults "
     "in Harbin, oversaw the campaign.",
     "Provincial Leading Group on Preventing and Dealing with Heretical Cults"),
    ("The National Office for Combating and Preventing Torture said on Monday it had visited the prison.",
     "National Office for Combating and Preventing Torture"),
]


@pytest.mark.parametrize("text, body", CUT_AT_AND)
def test_a_bodys_name_runs_on_through_and_after_a_verb_of_its_remit(rules, text, body):
    assert body in {e.name for e in entities(rules, text)}


def test_a_body_that_ends_on_its_own_noun_stops_at_and(rules):
    text = "The Ministry of Justice and Kaveh Ilunga signed the agreement in Harbin on Monday."
    assert "Ministry of Justice and Kaveh Ilunga" not in {e.name for e in entities(rules, text)}


TITLE_WITH_AND = [
    ("Under Secretary for Terrorism and Financial Intelligence Oren Valdis said the designations would expose the network.",
     "Oren Valdis"),
    ("\"These officials stole from their people,\" said Assistant Secretary for Economic and Business Affairs Lina Marek.",
     "Lina Marek"),
    ("Minister for Justice and Equality Tomas Brenn told parliament on Tuesday that the inquiry would report in May.",
     "Tomas Brenn"),
]


@pytest.mark.parametrize("text, person", TITLE_WITH_AND)
def test_a_title_whose_remit_has_an_and_still_names_the_person_after_it(rules, text, person):
    assert person in {e.name for e in entities(rules, text) if e.type == "Person"}


def test_an_and_between_two_people_is_no_remit(rules):
    text = "Deputy Minister Lina Marek and Oren Valdis met the delegation in Harbin on Monday."
    names = {e.name for e in entities(rules, text) if e.type == "Person"}
    assert {"Lina Marek", "Oren Valdis"} <= names


STATES = [
    ("Troops under his command killed civilians in Kivara State in April, the panel said.", "Kivara State"),
    ("Kivara State Governor Ado Lemu told reporters on Monday that the strike had killed 85 villagers.", "Kivara State"),
    ("Tomas Ilunga, a former governor of Upper Lotti State who later led the armed opposition, was listed.", "Upper Lotti State"),
]


@pytest.mark.parametrize("text, state", STATES)
def test_a_provinces_name_ending_in_state_is_a_region(rules, text, state):
    assert {e.name: e.type for e in entities(rules, text)}.get(state) == "Region"


@pytest.mark.parametrize("text, body", [
    ("Fighters of the Islamic State attacked the village; the army and Islamic State fighters clashed later.", "Islamic State"),
    ("She was held by the State Security Service for a week.", "State Security Service"),
])
def test_a_body_with_state_in_its_name_stays_a_body(rules, text, body):
    assert {e.name: e.type for e in entities(rules, text)}.get(body) in ("Organization", "GovernmentBody")


TOWNS = [
    ("The activist was detained at the airport after he flew from Tomsk, his lawyer Ilya Verin said.", "Tomsk"),
    ("Protests spread from Harare to Bulawayo and Mutare over the weekend, Amina Kori told reporters.", "Harare"),
    ("Rebels shelled El Fasher for a third week, cutting the road to Kutum, the monitor Ada Lenz said.", "El Fasher"),
    ("The convoy left Goma for Bukavu on Monday, said Ada Lenz, a spokeswoman for the mission.", "Bukavu"),
    ("Security forces sealed off Nukus and Bukhara after the protests, the monitor Ada Lenz said.", "Bukhara"),
]


@pytest.mark.parametrize("text, town", TOWNS)
def test_a_town_geonames_knows_is_a_place_whatever_the_ner_says(rules, text, town):
    types = {e.name: e.type for e in entities(rules, text)}
    assert types.get(town) == "Place", types


@pytest.mark.parametrize("text, name, typ", [
    ("Mohammed Ali Hassan, a police colonel, ordered the arrests; Hassan said on Monday he had followed orders.",
     "Mohammed Ali Hassan", "Person"),
    ("Fighting broke out between the army and the Fano militia; Fano fighters withdrew on Monday.", "Fano", None),
    ("Colonel Jackson told the court that the detainees had been beaten; Jackson denied taking part.", "Jackson", None),
])
def test_a_name_used_for_a_person_or_a_body_is_no_town(rules, text, name, typ):
    types = {e.name: e.type for e in entities(rules, text)}
    assert types.get(name) != "Place", types
    if typ:
        assert types.get(name) == typ, types


@pytest.mark.parametrize("text, province", [
    ("The army has deployed 2,000 troops to Jonglei, Ada Lenz said.", "Jonglei"),
    ("Troops were sent to Jonglei and Upper Nile after the attacks, the monitor Ada Lenz said.", "Jonglei"),
])
def test_a_province_iso_3166_2_knows_is_a_region(rules, text, province):
    assert {e.name: e.type for e in entities(rules, text)}.get(province) == "Region"


def test_a_province_that_is_an_english_word_needs_more_than_its_name(rules):
    text = "Unity and Progress, a party led by Ada Lenz, said on Monday that it would boycott the vote."
    assert {e.name: e.type for e in entities(rules, text)}.get("Unity") != "Region"


@pytest.mark.parametrize("text, place", [
    ("Armed men raided homes and offices in Sanaa, Kivu Rawa, Amran and Saada over several days.", "Kivu Rawa"),
    ("Troops were deployed near Bentiu, Mayom and Rubkona after the attack, the monitor said.", "Mayom"),
])
def test_a_name_inside_a_list_of_places_is_a_place(rules, text, place):
    assert {e.name: e.type for e in entities(rules, text)}.get(place) in ("Place", "Region")


@pytest.mark.parametrize("text, person", [
    ("A spokesperson for the embassy in Vardis, Liu Peng, said the claims were lies.", "Liu Peng"),
    ("The council called for an end to the conflict in Varnia, and Tano Beri was designated on Monday.", "Tano Beri"),
    ("Troops were deployed in Bentiu and Mayom, Ada Lenz said.", "Ada Lenz"),
])
def test_a_name_after_a_list_of_places_can_still_be_a_person(rules, text, person):
    assert {e.name: e.type for e in entities(rules, text)}.get(person) == "Person"


@pytest.mark.parametrize("text, group", [
    ("Soldiers rounded up several hundred men, most of them herders, and executed them.", "several hundred men"),
    ("Police detained a few thousand protesters in the capital on Monday.", "few thousand protesters"),
    ("The militia abducted many hundred villagers, the monitors said.", "many hundred villagers"),
])
def test_a_rough_count_is_part_of_the_group(rules, text, group):
    assert group in {e.name for e in entities(rules, text) if e.type == "Group"}


@pytest.mark.parametrize("text, place", [
    ("The gang operates in Tabarre and Croix-des-Bouquets, north-east of the capital.", "Croix-des-Bouquets"),
    ("Wilson Kaveh leads the 300 Lakou gang, which controls Croix-des-Bouquets.", "Croix-des-Bouquets"),
])
def test_a_hyphened_place_name_is_one_name(rules, text, place):
    assert place in {e.name for e in entities(rules, text)}


def test_a_hyphen_into_a_lower_case_word_ends_the_name(rules):
    text = "The Kadyrov-linked militia detained Ada Lenz in Grozny."
    assert not any(e.name.startswith("Kadyrov-linked") and e.type == "Person" for e in entities(rules, text))


OUTLETS = [
    ("A court jailed four journalists from the independent Ikiza newspaper. Ikiza's director, Ado Lemu, said they would "
     "appeal. Ikiza reporter Ines Varo disappeared in 2016.", "Ikiza"),
    ("The Pravo Nedeli weekly said its editor had been summoned; Pravo Nedeli has been fined twice this year.", "Pravo Nedeli"),
    ("Police raided the offices of the Kivu Matin news website on Monday.", "Kivu Matin"),
]


@pytest.mark.parametrize("text, outlet", OUTLETS)
def test_an_outlet_named_before_its_noun_is_an_organisation(rules, text, outlet):
    assert {e.name: e.type for e in entities(rules, text)}.get(outlet) == "Organization"


@pytest.mark.parametrize("text, name, typ", [
    ("She wrote for the Russian daily Kommersant and the Moscow newspaper Novaya Gazeta.", "Kommersant", "Organization"),
    ("She wrote for the Russian daily Kommersant and the Moscow newspaper Novaya Gazeta.", "Moscow", "Region"),
])
def test_a_place_or_people_before_an_outlets_noun_stays_what_it_is(rules, text, name, typ):
    assert {e.name: e.type for e in entities(rules, text)}.get(name) == typ
