"""Round 30b (rulesB): names the rules cut short or ran on. Every person and body here is invented, each convention is
tried in more than one wording (press release, news report, NGO report), and each has a sentence where it must not
fire."""

import pytest

from extract.claimhelp import find, name, orgs, text_rows
from kg.model import Document


def entity_names(rules, text, typ=None):
    ex = rules.extract(Document(id="t", text=text + "\n", date="2024-05-08"))
    return {e.name for e in ex.entities.values() if typ is None or e.type == typ}


# a sanctions committee is named by its resolution and its country -----------------------------------------------------


@pytest.mark.parametrize("text,full", [
    # press release: the lede names the committee in full
    ("On 4 March 2024, the Security Council Committee established pursuant to resolution 2127 (2013) concerning Ruritania "
     "approved the addition of Pavel Lind to its sanctions list.",
     "Security Council Committee established pursuant to resolution 2127 (2013) concerning Ruritania"),
    # news report: a clause set off after the full name
    ("The Security Council Committee established pursuant to resolution 2048 (2012) concerning Guinea-Bissau, which "
     "oversees the sanctions, added Pavel Lind to its list on Monday, diplomats said.",
     "Security Council Committee established pursuant to resolution 2048 (2012) concerning Guinea-Bissau"),
    # NGO report: the short form, without the resolution
    ("The Security Council Committee concerning Ruritania on 4 March 2024 added Pavel Lind to its sanctions list, "
     "Human Rights Watch said.", "Security Council Committee concerning Ruritania"),
])
def test_a_committee_name_runs_through_its_resolution_and_country(rules, text, full):
    names = entity_names(rules, text)
    assert full in names and "Security Council Committee" not in names


def test_a_headline_short_form_is_the_committee_the_lede_names(rules):
    text = ("Security Council Committee concerning Libya Adds One Entry to Its Sanctions List\n\nOn 4 March 2024, the "
            "Security Council Committee established pursuant to resolution 1970 (2011) concerning Libya approved the "
            "addition of Pavel Lind to its sanctions list.")
    full = "Security Council Committee established pursuant to resolution 1970 (2011) concerning Libya"
    assert {name(c["authority"]) for c in find(text_rows(rules, text), "sanction", target="Pavel Lind")} == {full}
    assert not any(n.startswith("Security Council Committee concerning") for n in entity_names(rules, text))


@pytest.mark.parametrize("text", [
    "The Security Council Committee on Monday added Pavel Lind to its sanctions list.",
    "The Security Council Committee concerning Sanctions Adds Two Entries to Its List",
])
def test_a_committee_without_its_remit_keeps_its_name(rules, text):
    names = entity_names(rules, text, "GovernmentBody")
    assert not any(n.startswith("Security Council Committee ") for n in names)


# "the government of <demonym> President X" is the president's, of the demonym's country ------------------------------


@pytest.mark.parametrize("text,person,state", [
    # press release
    ("The Treasury today designated two officials who support the government of Bolivian President Ana Morel.", "Ana Morel", "Bolivia"),
    # news report
    ("Police loyal to the regime of Zimbabwean President Tomas Ekwe beat protesters in Harare on Monday, witnesses said.",
     "Tomas Ekwe", "Zimbabwe"),
    # NGO report
    ("Human Rights Watch said the administration of Guatemalan President Marek Doll had detained journalists.", "Marek Doll", "Guatemala"),
])
def test_a_demonym_after_of_is_the_titles_not_the_bodys(rules, text, person, state):
    rows = text_rows(rules, text)
    assert orgs(rows, person) == {state}
    assert not any(n.endswith(("Bolivian", "Zimbabwean", "Guatemalan")) for n in entity_names(rules, text))


def test_a_country_after_of_still_names_the_government(rules):
    names = entity_names(rules, "Police of the government of Bolivia beat protesters in La Paz on Monday, witnesses said.")
    assert not any(n.endswith("Bolivian") for n in names) and "Bolivia" in names


# a lower-case particle opens a surname: it is no end of the name ------------------------------------------------------


@pytest.mark.parametrize("text,full,short_ok", [
    # press release: the full name, then an honorific and the surname with its particle
    ("The Department of State is designating Marta dos Reis, the former head of Ruritania's state port company. "
     "Ms. dos Reis has denied any wrongdoing.", "Marta dos Reis", True),
    # news report: the given names and the surname the NER reads in two pieces
    ("Former President Tomas Eduardo da Costa, who ruled Ruritania for 30 years, was sanctioned on Monday, officials said.",
     "Tomas Eduardo da Costa", False),
    # NGO report: a Dutch particle of two words
    ("Human Rights Watch said the court sentenced the journalist Pieter van der Berg to ten years. Mr. van der Berg denied "
     "the charges.", "Pieter van der Berg", True),
])
def test_a_surname_opened_by_a_particle_is_whole(rules, text, full, short_ok):
    names = entity_names(rules, text, "Person")
    assert full in names
    assert not names & {"Reis", "Costa", "Berg", "der Berg", "dos Reis", "van der Berg", "Tomas Eduardo", "Ms."}


def test_a_surname_with_a_particle_alone_is_the_first_bearer_named(rules):
    text = ("The Department of State is designating Marta dos Reis, the former head of Ruritania's state port company. "
            "Ms. dos Reis, the eldest daughter of Ruritania's former President Tomas Eduardo dos Reis, was appointed in "
            "2016. Ms. dos Reis has denied any wrongdoing.")
    rows = text_rows(rules, text)
    assert {name(c["denier"]) for c in find(rows, "denial")} == {"Marta dos Reis"}
    assert {(name(c["person"]), name(c["relative"])) for c in find(rows, "family")} == {("Tomas Eduardo dos Reis", "Marta dos Reis")}


def test_a_lower_case_word_that_is_no_particle_ends_the_name(rules):
    names = entity_names(rules, "Police in Vella detained Marta Reis on Monday, and da Costa's lawyers said so.", "Person")
    assert "Marta Reis" in names and not any("on" in n.split() for n in names)


# a middle initial after a title the NER read as a body -----------------------------------------------------------------


@pytest.mark.parametrize("text,full", [
    ("The State Department said that Secretary of State Olga K. Rask was acting to restrict visas.", "Olga K. Rask"),
    ("Treasury Secretary Pavel T. Lind said on Monday the measures would stay, Reuters reported.", "Pavel T. Lind"),
    ("Human Rights Watch wrote to Minister of Justice Ana M. Morel about the detentions.", "Ana M. Morel"),
])
def test_a_middle_initial_keeps_the_given_name_before_it(rules, text, full):
    names = entity_names(rules, text, "Person")
    assert full in names and not any(n.startswith(full.split()[1]) for n in names)


def test_a_place_before_a_name_opened_by_an_initial_stays_out(rules):
    names = entity_names(rules, "Minister for Africa J. Duddridge said the UK had sanctioned Pavel Lind.", "Person")
    assert not any(n.startswith("Africa") for n in names)


# one word in brackets after a body's long name is its short name -------------------------------------------------------


@pytest.mark.parametrize("text,body,short", [
    # press release: a state company's name in its own language, then the clipped name
    ("The Department of State designated Marta Reis, the former head of Ruritania's state oil company, Sociedade Nacional "
     "de Petroleos de Ruritania (Sonaru). Reis was appointed to lead Sonaru in 2016.",
     "Sociedade Nacional de Petroleos de Ruritania", "Sonaru"),
    # news report: a militia's English name, then the name it goes by
    ("Militiamen of the Special Deterrence Force (Radda), which runs Mitiga prison, tortured detainees, Amnesty "
     "International said. Radda denied the charges.", "Special Deterrence Force", "Radda"),
    # NGO report: a police unit, then its name in Persian
    ("Agents of the Investigation Unit of the Public Security Police (Agahi) raped detainees in Vella, the report said. "
     "Detainees held by Agahi were beaten.", "Investigation Unit of the Public Security Police", "Agahi"),
])
def test_a_bracketed_short_name_is_the_bodys(rules, text, body, short):
    ex = rules.extract(Document(id="t", text=text + "\n", date="2024-05-08"))
    by_name = {e.name: e for e in ex.entities.values()}
    assert body in by_name and short not in by_name  # (the NER may leave the short name untagged: then no entity)


@pytest.mark.parametrize("text,other", [
    ("Pavel Lind, the director of the Ruritanian Oil Company, and his deputy (Marta Reis) were arrested on Monday.", "Marta Reis"),
    ("The court convicted Riad Toufic Salameh (Salameh) of fraud, the ministry said.", "Riad Toufic Salameh"),
])
def test_a_place_or_a_mans_surname_in_brackets_is_no_short_name(rules, text, other):
    names = entity_names(rules, text)
    assert other in names
