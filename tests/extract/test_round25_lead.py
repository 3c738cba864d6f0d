"""Round 25 (lead): the names the entity step gives groups of people, before any claim rule reads them.

A group the text names by coordinated words ("the defence and security forces", "a group of soldiers and
gendarmes") was cut at "and" to its last word, so the deed went to "forces" or "soldiers", a name no reader
would look for; "the authorities" stayed a body of their own where readers (and 41 of 52 gold files) mean the
state; a foreign or numbered body's name was cut where the NER stopped. Each spec writes the shape in more
than one wording, and a case where it must not fire.
"""

import pytest

from extract.claimhelp import extract_rows, name, orgs, perpetrators
from kg.model import Document


def groups(rules, text: str, date: str = "2024-05-01") -> set[str]:
    """The names of the groups the extractor makes of ``text``."""
    ents = rules.extract(Document(id="t", text=text, date=date)).entities.values()
    return {e.name for e in ents if e.type in ("Group", "GovernmentBody")}


@pytest.mark.parametrize("text, group", [
    ("Since the coup, the defence and security forces have killed dozens of people in Varna.", "defence and security forces"),
    ("Witnesses said police and security forces fired live rounds at the crowd.", "police and security forces"),
    ("The militias and security forces killed 40 civilians in the district last year, the report found.", "militias and security forces"),
])
def test_coordinated_modifiers_of_a_group_noun_are_one_group(rules, text, group):
    assert group in groups(rules, text)


@pytest.mark.parametrize("text, group", [
    ("On 9 July, a group of soldiers and gendarmes beat the two activists.", "soldiers and gendarmes"),
    ("A unit of soldiers and militiamen raided the village at dawn, residents told reporters.", "soldiers and militiamen"),
    ("According to relatives, a group of guards and interrogators tortured the detainees.", "guards and interrogators"),
])
def test_plurals_counted_by_a_collective_noun_are_one_group(rules, text, group):
    assert group in groups(rules, text)


def test_two_plurals_without_a_count_stay_apart(rules):
    found = groups(rules, "Soldiers fired on protesters and journalists outside the court, witnesses said.")
    assert "protesters and journalists" not in found


def names(rules, text: str, date: str = "2024-05-01") -> set[str]:
    """Every entity name the extractor makes of ``text``, with the aliases it joined to it."""
    ents = rules.extract(Document(id="t", text=text, date=date)).entities.values()
    return {n for e in ents for n in {e.name, *e.aliases}}


# -- an organisation's name goes on where the NER stopped -------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("Toma Gbale, the founder of the Coalition Citoyenne d'Opposition aux Rebelles Armés, called for attacks.",
     "Coalition Citoyenne d'Opposition aux Rebelles Armés"),
    ("The Mouvement Patriotique du Salut, led by Ali Tomba, seized the town in March.", "Mouvement Patriotique du Salut"),
])
def test_a_foreign_name_goes_on_past_its_article(rules, text, org):
    found = names(rules, text)
    assert org in found and "Rebelles Armés" not in found


@pytest.mark.parametrize("text, body", [
    ("Judge Mira Tolle of the Quezon City Regional Trial Court Branch 221 read the verdict.", "Quezon City Regional Trial Court Branch 221"),
    ("The hackers belonged to GRU Military Unit 26165, the indictment said.", "Military Unit 26165"),
    ("On 29 November, Federal Oral Criminal Court No. 5 of Varna ended the trial.", "Federal Oral Criminal Court No. 5"),
    ("Treasury also designated the Directorate of Procurement of the Commander-in-Chief, which buys arms for the army.",
     "Directorate of Procurement of the Commander-in-Chief"),
])
def test_a_bodys_name_goes_on_past_where_the_ner_stopped(rules, text, body):
    assert any(n.endswith(body) for n in names(rules, text))


def test_a_number_after_a_body_that_is_no_unit_stays_out(rules):
    found = names(rules, "The Varnian Interior Ministry 2023 report listed 14 deaths in custody.")
    assert not any(n.endswith("2023") for n in found)


@pytest.mark.parametrize("text", [
    "The Law Society of Varnia welcomed the verdict. LSV president Ona Delk said in a statement that justice was done.",
    "Lawyers from the Law Society of Varnia (LSV) staged a boycott, and LSV chairman Ona Delk told reporters it would go on.",
])
def test_initials_before_a_lower_case_title_are_the_body_the_holder_serves(rules, text):
    assert orgs(extract_rows(rules, text, "2024-05-01"), "Ona Delk") == {"Law Society of Varnia"}


# -- "the authorities" are the state ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Three journalists were arrested in Lome, Togo, on Monday. The authorities have detained them without charge since then, their lawyers said.",
    "Rights groups said Togo had jailed critics for years. Authorities detained three journalists in Lome on Monday.",
])
def test_the_bare_authorities_are_the_state_the_text_is_about(rules, text):
    assert perpetrators(extract_rows(rules, text, "2023-03-01")) == {"Togo"}


def test_the_authorities_of_a_named_part_stay_themselves(rules):
    rows = extract_rows(rules, "The authorities of the Varnian province detained 40 protesters on Monday.", "2023-03-01")
    assert "authorities" in perpetrators(rows)


# -- one name, one type -----------------------------------------------------------------------------------------------

def test_a_surname_the_ner_once_took_for_a_place_is_the_persons(rules):
    """The model types the same two words a person in one sentence and a place in the next; the text gives the
    person's full name, so the two words are its end, not a town."""
    from spacy.tokens import Span
    text = ("On Monday, gendarmes detained Jean-Paul Ndongo Mballa, the owner of a radio station. "
            "Ndongo Mballa rejected the charges in March. Ndongo Mballa had nothing to do with the death, his lawyer said.")
    sdoc = rules.nlp(text)
    start = text.index("Ndongo Mballa had")
    slip = sdoc.char_span(start, start + len("Ndongo Mballa"), label="GPE")
    sdoc.ents = [e for e in sdoc.ents if e.end <= slip.start or e.start >= slip.end] + [Span(sdoc, slip.start, slip.end, "GPE")]
    ents = rules.analyse_parsed(Document(id="t", text=text, date="2024-05-01"), [(0, sdoc)]).entities.values()
    assert not [e for e in ents if "Mballa" in e.name and e.type != "Person"]


# -- names the gazetteer or the NER read wrong ------------------------------------------------------------------------

@pytest.mark.parametrize("text, region, country", [
    ("The designations show the commitment of the United States to fighting corruption in Central America.", "Central America", "America"),
    ("The drought hit Southern Africa hardest, the agency said.", "Southern Africa", "Africa"),
])
def test_a_compass_word_before_a_name_makes_a_region_not_the_country(rules, text, region, country):
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert region in {e.name for e in ents}
    assert not any(country == a for e in ents if e.type == "Country" for a in e.aliases)


@pytest.mark.parametrize("text, org", [
    ("Leaders of the organization, known as Los Tornos, later testified in U.S. courts.", "Los Tornos"),
    ("The killings were blamed on a gang known as Los Rastrojos, which controls the border crossing.", "Los Rastrojos"),
    ("The militia, also known as the Wolf Brigade, raided the town in March.", "Wolf Brigade"),
])
def test_the_name_a_body_is_known_as_is_an_organisation(rules, text, org):
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert any(e.name == org and e.type in ("Organization", "GovernmentBody") for e in ents)


def test_a_persons_nickname_the_ner_took_for_a_place_is_the_persons(rules):
    text = "Mohamed Hamdan Dagalo, known as Hemedti, leads the force. Hemedti denied the charges on Monday."
    ents = list(rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values())
    assert [e.type for e in ents if "Hemedti" in e.aliases] == ["Person"]


def test_a_known_place_after_known_as_stays_a_place(rules):
    ents = rules.extract(Document(id="t", text="The commander, known as Kabul, was arrested.", date="2024-05-01")).entities.values()
    assert not any(e.type == "Person" and "Kabul" in e.aliases for e in ents)


# -- a UN Security Council resolution is a listing's legal basis -------------------------------------------------------

@pytest.mark.parametrize("text, basis", [
    ("UN committee lists Varnian militia leader\n\nThe Security Council Committee established pursuant to resolution 2140 "
     "(2014) on Monday added Tano Beri to its sanctions list. The listing subjects him to an asset freeze and a travel ban.",
     "resolution 2140 (2014)"),
    ("UNITED NATIONS, May 3 - The U.N. Security Council sanctions committee on Varnia on Tuesday designated Ona Delk, a "
     "militia commander, under resolution 2206 (2015), imposing a travel ban and an asset freeze.", "resolution 2206 (2015)"),
    ("On 12 March the committee listed Mara Kello pursuant to paragraph 11 of UNSCR 2374, which provides for an asset freeze.",
     "UNSCR 2374"),
])
def test_a_un_resolution_is_the_legal_basis_of_a_listing(rules, text, basis):
    rows = [r for r in extract_rows(rules, text, "2023-03-01") if r["type"] == "sanction"]
    assert rows and {name(r.get("legal_basis")) for r in rows} == {basis}


def test_one_resolution_cited_twice_is_one_law(rules):
    text = ("The committee established pursuant to resolution 2127 (2013) listed Tano Beri on Friday. Resolution 2127 "
            "requires all member states to freeze his assets.")
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert [e.name for e in ents if "2127" in e.name] == ["resolution 2127 (2013)"]


def test_a_political_resolution_is_no_law(rules):
    text = "The council called for a political resolution of the conflict in Varnia, and Tano Beri was designated under E.O. 13818."
    rows = [r for r in extract_rows(rules, text, "2023-03-01") if r["type"] == "sanction"]
    assert {name(r.get("legal_basis")) for r in rows} == {"E.O. 13818"}


# -- a headline's short name is the body's full one -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Military court jails separatist leader Ayo Tembe for life\n\nYAOUNDE, Aug 20 - A military court sentenced Julius Ayo "
    "Tembe and nine of his followers to life in prison on Tuesday. Ayo Tembe did not attend the hearing.",
    "Varnia: free activist Billo Tanko now\n\nThe whereabouts of Mamadou Billo Tanko remain unknown two weeks after armed "
    "men took him from his home.",
])
def test_a_headlines_two_word_name_is_the_full_name_the_text_gives_next(rules, text):
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert len([e for e in ents if e.type == "Person"]) == 1


def test_a_relative_who_bears_the_headlines_name_stays_apart(rules):
    text = ("Court frees Tano Beri on bail\n\nA court on Monday freed Tano Beri, the former minister, on bail. His son, Ali "
            "Tano Beri, was not charged.")
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert {"Tano Beri", "Ali Tano Beri"} <= {e.name for e in ents if e.type == "Person"}


@pytest.mark.parametrize("text, one", [
    ("The Interior Ministry denied the report. Officers of the Ministry of the Interior had detained him in May.", "Interior"),
    ("The Ministry of Justice declined to comment; the Justice Ministry later said it would look into the case.", "Justice"),
])
def test_a_ministry_named_both_ways_is_one_body(rules, text, one):
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert len([e for e in ents if one in e.name]) == 1


def test_a_demonym_opening_a_hyphened_word_is_no_person(rules):
    text = ("Ayo Tembe was jailed for life. The root of the conflict is the marginalisation of the English-speaking "
            "minority by the French-speaking majority, his lawyers said.")
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert not any(a.startswith("the French") for e in ents if e.type == "Person" for a in e.aliases)


# -- a list's heading lists for whoever designated, under their law ---------------------------------------------------

EU_LIST = ("Varnia: Council sanctions three officials\n\nCouncil of the EU\nPress release\n15 October 2020\n\n"
           "The Council today imposed restrictive measures on three individuals in response to the poisoning of Ivo Tarn. "
           "The listings were adopted under the EU's framework of restrictive measures against the use of chemical weapons, "
           "set up in 2018 by Council Decision (CFSP) 2018/1544.\n\n"
           "Mr Tarn collapsed on a flight on 20 August. He was treated in a hospital in Omsk. A laboratory in Berlin found "
           "a nerve agent in his blood, and laboratories in two other states confirmed it.\n\n"
           "The Varnian authorities have rejected the findings; the Foreign Ministry in Varna said in a statement that the "
           "sanctions were unfriendly.\n\nThose listed are:\n- Ana Koval, Director of the Security Service;\n"
           "- Petr Dolan, Deputy Minister of Defence; and\n- Ilya Sorin, Presidential Envoy.\n\n"
           "The persons are subject to an asset freeze and a travel ban.{uk}\n")


@pytest.mark.parametrize("uk", [
    "",
    " The United Kingdom imposed asset freezes on the same three officials today under its Chemical Weapons (Sanctions) "
    "(EU Exit) Regulations 2019.",
])
def test_a_list_heading_after_a_reaction_lists_for_the_designating_body(rules, uk):
    rows = [r for r in extract_rows(rules, EU_LIST.format(uk=uk), "2020-10-15") if r["type"] == "sanction"
            and name(r["target"]) in ("Ana Koval", "Petr Dolan", "Ilya Sorin") and r.get("confidence", 1) >= 0.8]
    assert len(rows) == 3
    assert {name(r.get("authority")) for r in rows} == {"Council of the European Union"}
    assert {name(r.get("legal_basis")) for r in rows} == {"Council Decision (CFSP) 2018/1544"}


def test_an_eu_exit_regulation_is_the_uks(rules):
    from kg.extract import gazetteer
    inst = gazetteer.get().mint_instrument("the Chemical Weapons (Sanctions) (EU Exit) Regulations 2019")
    assert inst.jurisdiction == "Q145"


UN_LIST = ("Security Council Committee concerning Varnia Adds Two Entries to Its Sanctions List\n\n7 June 2018\n\n"
           "On 7 June 2018, the Security Council Committee established pursuant to resolution 2140 (2014) concerning Varnia "
           "approved the addition of the entries specified below to its Sanctions List of individuals and entities subject "
           "to the travel ban and assets freeze imposed by resolution 2140 (2014).\n\nA. Individuals\n\n"
           "VAi.011 Name: 1: TANO 2: BERI 3: KELLO. Nationality: Varnia. Listed on: 7 June 2018. Other information: "
           "Commander of a militia that has attacked camps for displaced people.\n\n{second}\n")


@pytest.mark.parametrize("second, listed", [
    ("VAi.012 Name: 1: MIRA 2: na 3: DOLAN. A.k.a.: Umm Ali. Nationality: Varnia. Listed on: 7 June 2018.", "Mira Dolan"),
    ("B. Entities\n\nVAe.003 Name: NORTHWIND TRADING. Name: 1: NORTHWIND 2: TRADING. Listed on: 7 June 2018.", "Northwind Trading"),
])
def test_a_un_list_entry_is_listed_by_the_committee_under_its_resolution(rules, second, listed):
    rows = [r for r in extract_rows(rules, UN_LIST.format(second=second), "2018-06-07") if r["type"] == "sanction"]
    by_target = {name(r["target"]).casefold(): r for r in rows}
    for target in ("tano beri kello", listed.casefold()):
        assert name(by_target[target].get("legal_basis")) == "resolution 2140 (2014)"
        assert "Security Council" in name(by_target[target].get("authority"))


def test_a_place_the_text_puts_something_in_wins_a_tie_of_types(rules):
    """The headline's capitals made the town a person once; "in Kora" says what it is."""
    from spacy.tokens import Span
    text = "Kora killings\n\nSoldiers executed dozens of civilians in Kora on January 29, residents said."
    sdoc = rules.nlp(text)
    slip = sdoc.char_span(0, 4)
    sdoc.ents = [e for e in sdoc.ents if e.start >= slip.end] + [Span(sdoc, slip.start, slip.end, "PERSON")]
    place = sdoc.char_span(text.index("Kora on"), text.index("Kora on") + 4)
    sdoc.ents = [e for e in sdoc.ents if e.end <= place.start or e.start >= place.end] + [Span(sdoc, place.start, place.end, "GPE")]
    ents = rules.analyse_parsed(Document(id="t", text=text, date="2024-05-01"), [(0, sdoc)]).entities.values()
    assert [e.type for e in ents if e.name == "Kora"] == ["Region"]


def test_a_short_form_in_brackets_joins_the_first_name_and_family_name(rules):
    text = ("Treasury sanctions leader Tano Beri\n\nOFAC designated Tano Ali Beri Kello (Beri), the head of the movement. "
            "Beri has led it since 2021. Treasury said Tano Beri obstructed the talks.")
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert [e.name for e in ents if e.type == "Person"] == ["Tano Ali Beri Kello"]


@pytest.mark.parametrize("text, wife", [
    ("Treasury designated President Tano Beri, his wife, First Lady Mira Beri, and Vice President Ivo Kel.", "Mira Beri"),
    ("Ortega and his wife, Vice President Rosa Mirel, have shut down more than 3,000 groups since 2018.", "Rosa Mirel"),
])
def test_a_relative_set_off_with_a_capitalised_title_is_the_named_person(rules, text, wife):
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert not [e.name for e in ents if e.type == "Person" and e.name.endswith(wife) and e.name != wife]
    rows = [r for r in extract_rows(rules, text, "2024-05-01") if r["type"] == "family"]
    assert {name(r["relative"]) for r in rows} == {wife}


@pytest.mark.parametrize("text, court", [
    ("The Tianjin No. 2 Intermediate People's Court said on its website that Tano Beri had been sentenced.",
     "Tianjin No. 2 Intermediate People's Court"),
    ("Lawyers said the Varna No. 3 District Court had refused to hear the appeal.", "Varna No. 3 District Court"),
])
def test_a_numbered_court_the_ner_missed_is_one_body(rules, text, court):
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert court in {e.name for e in ents}


def test_counsellor_is_a_title_not_part_of_the_name(rules):
    text = "State Counsellor Mira Dolan, who was detained with President Ivo Kel, faces charges, her lawyers said."
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert "Mira Dolan" in {e.name for e in ents if e.type == "Person"}
    assert not any(e.name.startswith("Counsellor") for e in ents)


@pytest.mark.parametrize("text, unit", [
    ("Major General Ivo Kel, commander of the army's 1 Division, told a meeting on Monday that the drone was on a routine mission.",
     "1 Division"),
    ("Brigadier Tano Beri, who commands the 44th Infantry Brigade, denied that his men had fired on the crowd.", "44th Infantry Brigade"),
])
def test_a_numbered_unit_is_a_body(rules, text, unit):
    ents = rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values()
    assert unit in {e.name for e in ents if e.type in ("GovernmentBody", "Organization")}


def test_a_count_before_a_year_is_no_unit(rules):
    ents = rules.extract(Document(id="t", text="The court jailed 12 Varnian officers in 2019.", date="2024-05-01")).entities.values()
    assert not any(e.name.startswith("12") and e.type == "GovernmentBody" for e in ents)
