"""Round 17 (rulesA): denials. A government named by its seat denies as the state; the official who speaks right after
a denial is told is a denier too, though the paragraph names no abuse; a "she" the tagger tied to a crowd's modifier is
nobody's denial.

Short invented texts (people, units, bodies and places are made up, capitals are real so the gazetteer knows them).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


# -- "Kigali has long denied ...": a capital the mentions missed is its state ---------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("The Varn Front rebels killed 20 villagers near Dorav in March. Kigali has long denied the accusations.", "Rwanda"),
    ("Rights groups say the Ostland militia tortured detainees in 2021. Kigali has denied arming the militia.", "Rwanda"),
    ("The Tesk brigade shelled two villages in Dorav in 2022, monitors said. Asmara rejected the report.", "Eritrea"),
])
def test_a_capital_that_denies_is_its_state(rules, text, state):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    got = deniers(rows)
    assert any(state.split()[-1] in d for d in got), got


def test_a_capital_as_a_place_denies_nothing(rules):
    rows = extract_rows(rules, "The Varn Front rebels killed 20 villagers near Dorav in March. Families in Kigali mourned the dead.\n", "2023-03-01")
    assert not deniers(rows)


# -- "The authorities have rejected the claims. Minister X has said that police acted lawfully" ------------------------------

@pytest.mark.parametrize("text, official", [
    ("Police in Ostland beat and detained hundreds of protesters in January, rights groups said.\n\n"
     "The authorities have rejected the claims. Interior Minister Ivo Marrow has said that police acted lawfully against armed rioters.",
     "Ivo Marrow"),
    ("Soldiers in Ostland tortured detainees at the Varn barracks in 2021, a monitor reported.\n\n"
     "The government has denied the reports. Defence Minister Ana Kessel said that the army had followed its rules of engagement.",
     "Ana Kessel"),
])
def test_the_official_who_speaks_after_a_denial_denies(rules, text, official):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert official in deniers(rows)


def test_a_rights_monitor_speaking_after_a_denial_does_not_deny(rules):
    text = ("Police in Ostland beat and detained hundreds of protesters in January, rights groups said.\n\n"
            "The authorities have rejected the claims. Lena Varik, a researcher at the Ostland Human Rights Centre, said that the police had beaten detainees.\n")
    rows = extract_rows(rules, text, "2023-03-01")
    assert "Lena Varik" not in deniers(rows)


# -- "said the police had acted in legitimate self-defence": an official calling the deed lawful denies it ---------------

@pytest.mark.parametrize("text, official", [
    ("Security forces in Chad shot dead 40 demonstrators in N'Djamena on Thursday, witnesses said.\n\n"
     "Prime Minister Ivo Marrow told reporters that ten officers were hurt. He said the police and gendarmes had acted in legitimate self-defence.",
     "Ivo Marrow"),
    ("Police in Kazakhstan beat detainees in Almaty in January, a monitor said.\n\n"
     "Interior Minister Ana Kessel said that officers had acted lawfully against armed rioters.",
     "Ana Kessel"),
    ("Thailand deported 40 Uyghur men to China in February, and rights groups said they faced torture there.\n\n"
     "Deputy Prime Minister Pim Charoen said the men had been returned in accordance with Thai law.",
     "Pim Charoen"),
])
def test_an_official_who_calls_the_deed_lawful_denies_it(rules, text, official):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert official in deniers(rows)


@pytest.mark.parametrize("text", [
    # a law mentioned, no deed called lawful
    "Police in Kazakhstan beat detainees in Almaty in January, a monitor said.\n\nInterior Minister Ana Kessel said the law on protests would be changed.",
    # a rights researcher who calls the force's conduct unlawful
    "Police in Kazakhstan beat detainees in Almaty in January, a monitor said.\n\n"
    "Lena Varik of the Almaty Human Rights Bureau said that officers had not acted lawfully and should be tried.",
])
def test_no_denial_without_a_deed_called_lawful_by_the_accused_side(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert not ({"Ana Kessel", "Lena Varik"} & deniers(rows))


# -- "2. B, his brother, for his role in the same network": the entry before's abuses are B's too ------------------------

@pytest.mark.parametrize("text, second", [
    ("The Office of Foreign Assets Control today designated the following individuals under Executive Order 13818:\n\n"
     "1. Ivo Marrow, a businessman in Ostland, for his involvement in serious corruption in that country.\n\n"
     "2. Pedro Salas, his cousin, for his role in the same network.\n", "Pedro Salas"),
    ("The Office of Foreign Assets Control today designated the following individuals under Executive Order 13818:\n\n"
     "1. Ana Kessel, a contractor, for her role in the misappropriation of state funds through overpriced contracts.\n\n"
     "2. Luis Varga, her business partner, for his part in the same scheme.\n", "Luis Varga"),
])
def test_a_listed_partner_in_the_same_scheme_shares_the_abuse(rules, text, second):
    rows = extract_rows(rules, text, "2023-03-01")
    assert second in perpetrators(rows, "corruption")


def test_the_same_day_or_place_shares_no_abuse(rules):
    text = ("The Office of Foreign Assets Control today designated the following individuals under Executive Order 13818:\n\n"
            "1. Ivo Marrow, a businessman in Ostland, for his involvement in serious corruption in that country.\n\n"
            "2. Pedro Salas, who was also designated on the same day, a banker in Varn.\n")
    rows = extract_rows(rules, text, "2023-03-01")
    assert "Pedro Salas" not in perpetrators(rows) and "Ivo Marrow" in perpetrators(rows)


# -- "... believes that these individuals are using ...": the people just listed, as a clause's subject --------------------

@pytest.mark.parametrize("text", [
    "Ostland today imposed sanctions under the Special Economic Measures (Varn) Regulations on three former officials.\n\n"
    "The following individuals are now subject to sanctions:\n\n"
    "- Ivo Marrow, former President of Varn\n- Ana Kessel, former Prime Minister of Varn\n- Luis Varga, former Finance Minister of Varn\n\n"
    "The government of Ostland has reasonable grounds to believe that these individuals are using their status to protect armed gangs, including through money laundering and other acts of corruption.\n",
    "Ostland today imposed sanctions under the Special Economic Measures (Varn) Regulations on three former officials.\n\n"
    "The following individuals are now subject to sanctions:\n\n"
    "- Ivo Marrow, former President of Varn\n- Ana Kessel, former Prime Minister of Varn\n- Luis Varga, former Finance Minister of Varn\n\n"
    "The government considers that these persons have engaged in significant corruption.\n",
])
def test_these_listed_people_did_what_the_clause_says(rules, text):
    rows = extract_rows(rules, text, "2023-03-01")
    assert {"Ivo Marrow", "Ana Kessel", "Luis Varga"} <= perpetrators(rows, "corruption")


def test_these_people_who_suffered_are_not_the_listed_doers(rules):
    text = ("Ostland today imposed sanctions under the Special Economic Measures (Varn) Regulations on three former officials.\n\n"
            "The following individuals are now subject to sanctions:\n\n"
            "- Ivo Marrow, former President of Varn\n- Ana Kessel, former Prime Minister of Varn\n\n"
            "Gangs in Varn killed dozens of people last year; the government says it will protect those people.\n")
    rows = extract_rows(rules, text, "2023-03-01")
    assert not ({"Ivo Marrow", "Ana Kessel"} & perpetrators(rows))


# -- "I am also designating ... his wife, X": the first-person writer is not the one whose family it is --------------------

HEAD = "Designation of Former Ostlandi President {who} for Involvement in Significant Corruption\n\nPress Statement\n{writer}, Secretary of State\nJanuary 23, 2023\n\n"


@pytest.mark.parametrize("writer, body", [
    ("Anton J. Velk",
     "I am today publicly designating former President of Ostland Ivo Ramon Marrow under Section 7031(c) due to his involvement in "
     "significant corruption.\n\nIn addition to the former president, I am also designating three of his immediate family members: "
     "his wife, Ana Lisa Marrow, and his sons, Pedro Marrow Soto and Luis Marrow Soto.\n\n"
     "The former president's two sons later acknowledged their part in the scheme.\n"),
    ("Lena B. Varik",
     "I am designating Ivo Ramon Marrow, a former minister, for his involvement in significant corruption. I am also designating "
     "his wife and his daughter.\n"),
])
def test_the_writer_of_a_first_person_statement_has_no_family_in_it(rules, writer, body):
    rows = extract_rows(rules, HEAD.format(who="Ivo Marrow", writer=writer) + body, "2023-01-23")
    assert not find(rows, "family", person=writer)


def test_a_person_named_in_the_head_of_a_text_without_a_medium_line_keeps_his_family(rules):
    text = ("Ivo Marrow, Minister of Works\n\n"
            "I spoke with Ivo Marrow today. The Treasury also designated three of his immediate family members: his wife, Ana Kessel, "
            "and his sons, Pedro Salas and Luis Salas.\n")
    rows = extract_rows(rules, text, "2023-01-23")
    assert find(rows, "family", person="Ivo Marrow", relative="Ana Kessel")


# -- "She said in a post on X" after "founded by Hutu extremists": no speaker from a crowd's modifier ------------------------

def test_she_resolved_to_a_crowds_modifier_is_no_speaker(rules):
    text = ("Ostland denied arming the rebels, saying its troops guard against the Varn Front, a militia founded by Hutu extremists. "
            "She said in a post on X that sanctions would not bring peace.\n")
    rows = extract_rows(rules, text, "2023-01-23")
    assert not find(rows, "statement", speaker="Hutu") and not find(rows, "denial", denier="Hutu")


# -- "A group of U.N. experts estimated ...", "A UN panel of experts reported ...": the body's whole name, and its estimate --

def investigators(rows):
    return {name(c["investigator"]) for c in find(rows, "investigation")}


@pytest.mark.parametrize("text, body", [
    ("The Varn Front rebels captured Dorav in January. A group of U.N. experts estimated last year that between 3,000 and 4,000 "
     "Ostlandi soldiers were operating alongside the rebels.", "group of U.N. experts"),
    ("The Ostland army shelled villages in Dorav in 2009. A UN panel of experts reported in 2011 that it had found credible "
     "allegations of serious violations by the army.", "UN panel of experts"),
    ("Police in Varn said the students had been killed by a gang. A group of independent experts appointed by the Ostland Human "
     "Rights Commission later found that several suspects had been tortured into confessing.", "group of independent experts"),
])
def test_a_group_or_panel_of_experts_investigates_under_its_whole_name(rules, text, body):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert body in investigators(rows)


def test_an_official_who_estimates_does_not_investigate(rules):
    text = ("The Varn Front rebels captured Dorav in January. Ostland's foreign minister, Ivo Marrow, estimated that 3,000 "
            "refugees had crossed the border.\n")
    rows = extract_rows(rules, text, "2023-03-01")
    assert not ({"Ivo Marrow", "Ostland"} & investigators(rows))


# -- "published a report documenting 179 disappearances": a report told by what it records is a confirmed inquiry -------------

@pytest.mark.parametrize("text, who", [
    ("In December 1993 the National Commissioner for Human Rights of Ostland, Ivo Marrow, published a report documenting 179 "
     "disappearances between 1980 and 1993.", "Ivo Marrow"),
    ("In 2019 the Varn Rights Bureau released a report, \"Silent Cells\", detailing the torture of detainees by the Ostland "
     "border police.", "Varn Rights Bureau"),
])
def test_a_report_that_documents_abuses_is_a_confirmed_inquiry(rules, text, who):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    found = [c for c in find(rows, "investigation") if name(c["investigator"]) == who]
    assert found and found[0].get("finding") == "confirmed"


def test_a_report_by_someone_else_documenting_nothing_is_no_inquiry(rules):
    text = "Ivo Marrow, the Ostland interior minister, read a report on the budget, documents showed.\n"
    rows = extract_rows(rules, text, "2023-03-01")
    assert "Ivo Marrow" not in investigators(rows)


# -- a release that opens with its official's quote, then "WASHINGTON - Today, the Ministry ... designated" -------------------

def speakers(rows):
    return {name(c["speaker"]) for c in find(rows, "statement")}


@pytest.mark.parametrize("text, body", [
    ("Ostland Sanctions Two Senior Varnian Officials for Corruption\n\nAugust 15, 2022\n\n"
     "\"Corruption steals from the Varnian people the schools their taxes are meant to pay for,\" said Under Secretary Ivo Marrow. "
     "\"Today's action shows that we stand with Varnians who demand accountable government.\"\n\n"
     "OSTBURG - Today, the Ostland Ministry of Finance designated two senior officials of the Government of Varn for their "
     "involvement in public corruption.\n", "Ostland Ministry of Finance"),
    ("Ostland Sanctions Three Individuals in Varn\n\nSeptember 6, 2017\n\n"
     "Ostburg - The Ostland Ministry of Finance's Office of Sanctions Control (OSC) today designated three individuals for their "
     "roles in threatening the peace of Varn.\n", "Office of Sanctions Control"),
])
def test_a_release_speaks_through_its_lede_after_an_opening_quote(rules, text, body):
    rows = extract_rows(rules, text, "2022-08-15")
    assert body in speakers(rows)


def test_a_story_that_opens_with_a_quote_is_no_release(rules):
    text = ("Protests in Varn\n\n\"We will not stop,\" said Ana Kessel, a student leader.\n\n"
            "Police in Varn detained 30 students on Monday after a week of protests against the Ostland Ministry of Finance, "
            "witnesses said.\n\nThe Ostland Ministry of Finance today announced new taxes.\n")
    rows = extract_rows(rules, text, "2022-08-15")
    assert "Ostland Ministry of Finance" not in speakers(rows)


# -- "the State Department determined that Ostland was committing genocide": a formal finding of an atrocity ----------------

@pytest.mark.parametrize("text, body, target", [
    ("In 2020 Washington blacklisted Ivo Marrow, then the party chief in Varn, and in January 2021 the State Department "
     "determined that Ostland was committing genocide and crimes against humanity against the Varnis.", "Department of State", "Ostland"),
    ("The Varn Rights Commission determined in March that the Ostland Border Guard had committed war crimes in Dorav.",
     "Varn Rights Commission", "Ostland Border Guard"),
])
def test_a_determination_of_an_atrocity_is_a_confirmed_finding(rules, text, body, target):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    found = [c for c in find(rows, "investigation") if name(c["investigator"]) == body]
    assert found and found[0].get("finding") == "confirmed" and name(found[0].get("target")) == target


def test_a_determination_of_something_else_is_no_finding(rules):
    text = "The Ostland Ministry of Finance determined that the Varn Port Authority owed 3 million dollars in taxes.\n"
    rows = extract_rows(rules, text, "2023-03-01")
    assert not investigators(rows)


# -- "her husband, the teacher and political activist X": the relative named after what he does ---------------------------

@pytest.mark.parametrize("text, person, relative", [
    ("The group's coordinator, Ana Kessel, has searched for her husband, the teacher and political activist Ivo Marrow, since "
     "armed men took him from their home in June 1981.", "Ana Kessel", "Ivo Marrow"),
    ("Lena Varik, a lawyer in Dorav, said her son, a student Pedro Salas, was detained by police in 2020.", "Lena Varik", "Pedro Salas"),
])
def test_a_relative_named_after_a_lower_case_title(rules, text, person, relative):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert find(rows, "family", person=person, relative=relative)


def test_a_relative_set_off_with_a_title_but_no_name_names_no_one_else(rules):
    text = "Ana Kessel said her husband, the teacher, was taken by armed men in June 1981 while Ivo Marrow watched.\n"
    rows = extract_rows(rules, text, "2023-03-01")
    assert not find(rows, "family", relative="Ivo Marrow")


# -- "the director of the X Police, General Y, said ... that the force had opened an internal inquiry" ------------------------

@pytest.mark.parametrize("text", [
    "Ivo Marrow, 18, died after a riot police officer shot him in Varn. The director of the Ostland National Police, General Luis "
    "Varga, said the officer had been identified and that the force had opened an internal inquiry.",
    "Ivo Marrow, 18, died after a riot police officer shot him in Varn. The chief of the Ostland National Police, General Luis "
    "Varga, told reporters the force had opened an inquiry into the shooting.",
])
def test_the_speakers_own_force_opened_the_inquiry(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    found = [c for c in find(rows, "investigation") if name(c["investigator"]) in ("Ostland National Police", "Luis Varga")]
    assert found and found[0].get("finding") == "ongoing"
    assert all(name(c.get("target")) != "Luis Varga" for c in found)


def test_a_force_named_by_someone_else_is_not_the_speakers_inquiry(rules):
    text = ("Ivo Marrow, 18, died after a riot police officer shot him in Varn. Lena Varik, a lawyer for the family, said the "
            "force had refused to open an inquiry.\n")
    rows = extract_rows(rules, text, "2023-03-01")
    assert "Lena Varik" not in investigators(rows)


# -- "was named by the Truth and Reconciliation Commission as one of those most responsible": a body's finding ----------------

@pytest.mark.parametrize("text, body, target", [
    ("Ivo Marrow, a former warlord in Ostland's civil war, was also named by the country's Truth and Reconciliation Commission "
     "in 2009 as one of the people most responsible for atrocities committed during the conflict.",
     "Truth and Reconciliation Commission", "Ivo Marrow"),
    ("In its final report the Varn Historical Clarification Commission identified Colonel Luis Varga as the officer responsible "
     "for the massacres of 1982.", "Varn Historical Clarification Commission", "Luis Varga"),
])
def test_a_body_that_names_someone_responsible_found_it(rules, text, body, target):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    found = [c for c in find(rows, "investigation") if name(c["investigator"]) == body]
    assert found and found[0].get("finding") == "confirmed" and name(found[0].get("target")) == target


@pytest.mark.parametrize("text, who", [
    ("Ostland's president named Ivo Marrow as the minister responsible for the census.", "Ivo Marrow"),
    ("The Ostland Ministry of Works named Luis Varga as head of the office responsible for roads.", "Ostland Ministry of Works"),
])
def test_naming_someone_to_an_office_responsible_for_something_is_no_finding(rules, text, who):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert not investigators(rows)


# -- "Caretaker Prime Minister X said ... and denied": the name, not the title word the tagger took for a body ------------------

@pytest.mark.parametrize("sentence, person", [
    ("Caretaker Prime Minister Anwaar-ul-Haq Kessel said this month that the numbers of missing persons cited by activists were "
     "exaggerated, denied that the state was abducting its citizens, and suggested that many had joined militants.", "Anwaar-ul-Haq Kessel"),
    ("Caretaker Prime Minister Anwaar-ul-Haq Salas said this month that the numbers of missing persons cited by activists were "
     "exaggerated, denied that the state was abducting its citizens, and suggested that many had joined militants.", "Anwaar-ul-Haq Salas"),
    ("Interim Prime Minister Zafar-ul-Haq Marrow said this month that the figures cited by activists were exaggerated and denied "
     "that the state was abducting its citizens.", "Zafar-ul-Haq Marrow"),
])
def test_a_title_split_from_its_name_leaves_the_name_the_denier(rules, sentence, person):
    rows = extract_rows(rules, "Security agents in Ostland abducted dozens of activists in 2023, rights groups said.\n\n" + sentence + "\n", "2023-03-01")
    got = deniers(rows)
    assert person in got and not ({"Caretaker", "Interim"} & got)


def test_a_body_that_denies_alone_stays_the_denier(rules):
    text = ("Security agents in Ostland abducted dozens of activists in 2023, rights groups said.\n\n"
            "Ostland's Interior Ministry denied that the state was abducting its citizens, and minister Ivo Marrow did not comment.\n")
    rows = extract_rows(rules, text, "2023-03-01")
    got = deniers(rows)
    assert "Ivo Marrow" not in got and any("Interior Ministry" in d for d in got)


# -- "her son, Néstor De Vincenti": a name particle is no family name shared with another woman named before ------------------

@pytest.mark.parametrize("text, mother, son", [
    ("Among those taken were three founders of the group, Ana Kessel, Lena Varik and María Ponce de Bianco. Kessel had begun "
     "searching for her son, Néstor De Vincenti, after he disappeared in November 1976.", "Ana Kessel", "Néstor De Vincenti"),
    ("Among those detained were Ana Kessel and Julia van der Berg. Kessel had been looking for her son, Pieter van Dijk, since 1980.",
     "Ana Kessel", "Pieter van Dijk"),
])
def test_a_shared_name_particle_makes_no_mother(rules, text, mother, son):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert find(rows, "family", person=mother, relative=son)


def test_a_shared_family_name_still_finds_the_parent(rules):
    text = ("Raul Varga Soto and Ivo Marrow met in Dorav. His son, Pedro Varga Lens, heads the army.\n")
    rows = extract_rows(rules, text, "2023-03-01")
    assert find(rows, "family", person="Raul Varga Soto", relative="Pedro Varga Lens")


# -- "he said on national television", "he told a radio station": broadcasters as media; a newsroom one works at is not ---

@pytest.mark.parametrize("text, speaker, medium", [
    ("Security forces in Ostland shot dead 40 protesters on Thursday. Government spokesman Ivo Marrow said the army had only done "
     "its job. The forces had protected property, he said on national television, adding that protesters had attacked police stations.",
     "Ivo Marrow", "national television"),
    ("Riot police in Varn beat dozens of marchers, witnesses said. Defence Minister Luis Varga rejected calls to dismantle the unit. "
     "There is no policy of abuse against protesters, he told a radio station.", "Luis Varga", "radio station"),
])
def test_a_broadcaster_a_speaker_speaks_on_is_the_medium(rules, text, speaker, medium):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert find(rows, "statement", speaker=speaker, medium=medium)


def test_the_station_a_reporter_works_for_is_no_medium(rules):
    text = ("Journalists in Ostland have been detained. Pedro Salas, a reporter with the community radio station in Dorav, has not "
            "been seen since April 7, when he sent a text message to a colleague saying he was surrounded by soldiers.\n")
    rows = extract_rows(rules, text, "2023-03-01")
    assert not find(rows, "statement", speaker="Pedro Salas")
