"""Abuses in verdicts, NGO summaries and listings, read from the structure of English rather than from any one article.

Short invented texts (people, units and most places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, orgs, perpetrators


# -- a prison term handed down is the penalty of the one sentenced, who jails no one ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Two former army officers, Tomas Rello and Ivan Dorsk, were sentenced to life imprisonment for the killings.",
    "A regional court sentenced Colonel Tomas Rello in absentia to life imprisonment in 1994 for the disappearance of two students.",
    "The former commander, General Tomas Rello, was sentenced to 25 years in prison for the massacre.",
    "tomas rello, the camp's former warden, was later sentenced to life imprisonment.",
])
def test_someone_sentenced_to_prison_is_not_the_perpetrator_of_a_detention(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2019-05-02")
    jailers = perpetrators(rows, "arbitrary_detention")
    assert not jailers & {"Tomas Rello", "Ivan Dorsk", "tomas rello"}


def test_the_one_who_detained_a_prisoner_still_detained_him_when_a_sentence_follows(rules):
    rows = extract_rows(rules, "Police in Varnia arrested the journalist Ana Lisk in March; she was sentenced to six years in prison in June.\n",
                        "2019-05-02")
    assert "Ana Lisk" not in perpetrators(rows)
    assert find(rows, "abuse", abuse_type="arbitrary_detention")


# -- the one held as a suspect in an abuse is its alleged perpetrator; the police holding him are not -------------------

@pytest.mark.parametrize("sentence", [
    "Marek Voss was detained by Varnian police in May 2021 as a suspect in the fatal shooting of a farmer, Ilan Toma.",
    "Marek Voss was arrested by the gendarmerie as a suspect in the killing of two journalists in Orsk.",
    "In May 2021 border guards detained Marek Voss as a suspect in the murder of a shepherd.",
])
def test_someone_held_as_a_suspect_in_a_killing_is_its_alleged_perpetrator(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == {"Marek Voss"}


@pytest.mark.parametrize("sentence", [
    "Marek Voss shot dead a farmer, Ilan Toma, in May 2021; he was later released to house arrest.",
    "Marek Voss shot dead a farmer, Ilan Toma, in May 2021; he was later placed under house arrest.",
])
def test_a_custody_someone_is_put_in_is_no_new_act_of_the_last_perpetrator(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert "Marek Voss" in perpetrators(rows, "extrajudicial_killing")
    assert "Marek Voss" not in perpetrators(rows, "arbitrary_detention")


# -- whoever led the unnamed doers of an abuse told in a relative clause committed it ------------------------------------

@pytest.mark.parametrize("sentence, leader", [
    ("Aron Kessel, who owns the Lindenhof ranch near Varna, has led groups of vigilantes who assaulted migrant workers.", "Aron Kessel"),
    ("Colonel Ida Marsh commanded a unit that tortured detainees in the northern province.", "Ida Marsh"),
    ("Teo Brann led a mob in which local youths assaulted Roma families and burned their houses.", "Teo Brann"),
])
def test_the_leader_of_unnamed_doers_is_the_perpetrator(rules, sentence, leader):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert leader in perpetrators(rows)
    assert not perpetrators(rows) - {leader}


# -- vocabulary of news about violence: assaults, physical abuse, fatal shootings, violence against protest ------------

@pytest.mark.parametrize("sentence, code", [
    ("Officers of the Varnian border police assaulted asylum seekers at the crossing.", "ill_treatment"),
    ("According to the report, prison guards in Orsk subjected inmates to physical abuse.", "ill_treatment"),
    ("Riot police were responsible for the fatal shooting of a student in Orsk.", "extrajudicial_killing"),
    ("The Varnian National Guard used violence against peaceful protesters in the capital.", "repression_of_dissent"),
])
def test_news_words_for_violence_name_the_abuse(rules, sentence, code):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert find(rows, "abuse", abuse_type=code)


def test_sexual_assault_is_sexual_violence_not_ill_treatment(rules):
    rows = extract_rows(rules, "Soldiers of the Varnian army sexually assaulted women at the checkpoint.\n", "2022-01-10")
    assert find(rows, "abuse", abuse_type="sexual_violence")
    assert not find(rows, "abuse", abuse_type="ill_treatment")


# -- a relative pronoun stands for the noun it hangs on, or for what that noun describes --------------------------------

@pytest.mark.parametrize("sentence, doer, code", [
    ("Lieutenant Omar Diaz, an officer who tortured detainees, was promoted in 2019.", "Omar Diaz", "torture"),
    ("The prison was run by a unit of the Varnian Army that tortured detainees.", "Varnian Army", "torture"),
    ("The camp was run by the 5th Brigade, a unit of the Varnian Army that abducted students and held them in secret.", "5th Brigade",
     "enforced_disappearance"),
    ("Varnia's border police, which detained hundreds of migrants last year, received new funds.", "border police", "arbitrary_detention"),
])
def test_the_doer_in_a_relative_clause_is_its_antecedent(rules, sentence, doer, code):
    rows = extract_rows(rules, sentence + "\n", "2020-01-01")
    assert doer in perpetrators(rows, code)


def test_a_relative_clause_about_victims_names_no_perpetrator(rules):
    rows = extract_rows(rules, "Activists who were tortured in custody spoke to reporters in Orsk.\n", "2020-01-01")
    assert not perpetrators(rows)


@pytest.mark.parametrize("sentence", [
    "Britain today designated two companies based in Niger over their part in the fighting in eastern Chad, which has killed some 3,000 civilians since 2021.",
    "Two Nigerien firms were sanctioned for supplying arms to militias in Chad, which has killed some 3,000 civilians since 2021.",
])
def test_a_place_a_relative_clause_hangs_on_is_where_not_who(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2023-01-01")
    assert "Chad" not in perpetrators(rows)


# -- death flights: prisoners thrown from aircraft or into the sea were killed -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Soldiers of the Varnian Navy threw the detainees from helicopters into the sea.",
    "Marines of the Varnian Navy threw dozens of prisoners alive out of aircraft over the ocean.",
    "The Varnian Navy drugged prisoners and threw them into the open sea.",
])
def test_throwing_prisoners_from_aircraft_or_into_the_sea_is_a_killing(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2020-01-01")
    assert "Varnian Navy" in perpetrators(rows, "extrajudicial_killing")


def test_throwing_objects_is_no_killing(rules):
    rows = extract_rows(rules, "Rebels threw grenades into the crowd and stones into the river.\n", "2020-01-01")
    assert not find(rows, "abuse", abuse_type="extrajudicial_killing")


# -- a minister who announces the sanctions serves the state that imposes them, not the country of those sanctioned ------

@pytest.mark.parametrize("text, states", [
    ("OFAC today designated two Varnian police commanders pursuant to E.O. 13818.\n\n"
     "Today, Secretary of State Ana Ruiz announced visa restrictions on nine Chinese officials over abuses in Tibet.\n",
     {"United States", "Department of State"}),
    ("The United Kingdom has today sanctioned two Varnian police commanders under its Global Human Rights sanctions regime.\n\n"
     "Foreign Secretary Ana Ruiz announced sanctions against three Russian officers involved in the torture of prisoners.\n",
     {"United Kingdom"}),
])
def test_a_minister_announcing_sanctions_serves_the_sanctioning_state(rules, text, states):
    rows = extract_rows(rules, text, "2022-01-10")
    assert orgs(rows, "Ana Ruiz") and orgs(rows, "Ana Ruiz") <= states
