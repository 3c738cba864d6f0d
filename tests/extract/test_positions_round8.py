"""Position and naming rules of round 8: general shapes of titles before names in news and releases (caretaker
and interim offices, a title without a remit read into a body's name, initials before a title). Every name and
body here is invented, and each shape is tried in more than one wording."""

import pytest

from extract.claimhelp import extract_rows, find, held, orgs

DATE = "2023-05-09"


# caretaker and interim offices ---------------------------------------------------------------------


@pytest.mark.parametrize("text,person,country", [
    ("Caretaker Prime Minister Arben Dushku said Albania had opened an inquiry into the shootings.\n", "Arben Dushku", "Albania"),
    ("Interim President Lucia Berrocal told reporters in Lima that Peru would not extradite the officers.\n", "Lucia Berrocal", "Peru"),
    ("In Tirana, caretaker prime minister Arben Dushku said Albania had opened an inquiry.\n", "Arben Dushku", "Albania"),
])
def test_a_caretaker_or_interim_title_is_an_office_of_the_state_not_a_body_named_caretaker(rules, text, person, country):
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, person) == {country}


# a title with no remit inside a body's name ---------------------------------------------------------


@pytest.mark.parametrize("text,person,role", [
    ("The panel was set up by the then U.N. Secretary-General Kofi Mensah in 2004.\n", "Kofi Mensah", "Secretary-General"),
    ("UN Secretary-General Rania Adeyemi condemned the coup in Niger.\n", "Rania Adeyemi", "Secretary-General"),
    ("United Nations High Commissioner Pavel Novak said the strikes on the city were unlawful.\n", "Pavel Novak", "High Commissioner"),
])
def test_a_un_title_without_a_remit_before_a_name_is_the_persons_office_at_the_un(rules, text, person, role):
    rows = extract_rows(rules, text, DATE)
    assert held(rows, person) == {(role, "United Nations")}


def test_a_un_title_with_a_remit_still_names_its_office(rules):
    rows = extract_rows(rules, "UN High Commissioner for Human Rights Pavel Novak said the strikes were unlawful.\n", DATE)
    assert orgs(rows, "Pavel Novak") == {"UN High Commissioner for Human Rights"}


# initials before a title --------------------------------------------------------------------------


def test_initials_before_a_title_are_the_body_spelled_out_earlier(rules):
    text = ("The African Criminal Court opened an examination in March. "
            "ACC Prosecutor Amadou Sy closed it in 2021, saying the court would follow the case.\n")
    rows = extract_rows(rules, text, DATE)
    assert held(rows, "Amadou Sy") == {("Prosecutor", "African Criminal Court")}


def test_initials_before_a_title_join_a_body_whose_name_has_a_preposition(rules):
    text = ("The International Tribunal for Darfur opened an examination in March. "
            "Two years later ITD Prosecutor Amadou Sy closed it.\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Amadou Sy") == {"International Tribunal for Darfur"}


def test_initials_before_a_lower_case_title_name_an_oversight_body(rules):
    text = ("The Independent Prisons Oversight Authority said it was investigating the deaths. "
            "IPOA Chairperson Grace Wanjiru said ten officers had been questioned.\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Grace Wanjiru") == {"Independent Prisons Oversight Authority"}


def test_initials_never_spelled_out_are_still_the_holders_body(rules):
    rows = extract_rows(rules, "ECRM Envoy Marta Kowalczyk visited the detention centre in Minsk on Friday.\n", DATE)
    assert orgs(rows, "Marta Kowalczyk") == {"ECRM"}


def test_a_country_in_capitals_before_a_title_stays_the_country(rules):
    rows = extract_rows(rules, "US Ambassador Jane Holloway met the foreign minister in Nairobi, Kenya.\n", DATE)
    assert orgs(rows, "Jane Holloway") == {"United States"}
