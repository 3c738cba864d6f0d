"""Round 14, sanctions as news tells them, then positions: a capital that acts for its state, sanctions slapped on
someone or someone hit with them, and a sanction told in passing about a name in an apposition. Every person and body
here is invented, each convention is tried in more than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, name, orgs

DATE = "2025-03-04"


def sanctions(rows):
    """(target, authority) of every sanction."""
    return {(name(c["target"]), name(c.get("authority")) if c.get("authority") else None) for c in find(rows, "sanction")}


# a capital where the sanctioning actor stands acts for its state -------------------------------------------------------


@pytest.mark.parametrize("text,target,state", [
    ("Washington blacklisted the Tamar Mining Group on Friday over forced labour.\n", "Tamar Mining Group", "United States"),
    ("London froze the assets of Aleksei Voronin on Wednesday.\n", "Aleksei Voronin", "United Kingdom"),
    ("Paris imposed an entry ban on the militia leader Ousmane Keita.\n", "Ousmane Keita", "France"),
    ("Julio Ferrer, a Venezuelan general blacklisted by Washington in 2019, was promoted on Monday.\n", "Julio Ferrer", "United States"),
])
def test_a_capital_that_sanctions_acts_for_its_state(rules, text, target, state):
    assert (target, state) in sanctions(extract_rows(rules, text, DATE))


def test_a_capital_named_as_a_place_is_no_sanctioning_state(rules):
    rows = extract_rows(rules, "The EU froze the assets of Pavel Lind, who had fled to London in 2020.\n", DATE)
    assert sanctions(rows) == {("Pavel Lind", "European Union")}


# news slaps sanctions on people, or hits them with sanctions -----------------------------------------------------------


@pytest.mark.parametrize("text,target,authority", [
    ("Washington slapped sanctions on Colonel Idrissa Sow, the commander of the presidential guard.\n", "Idrissa Sow", "United States"),
    ("The EU has slapped an asset freeze and a travel ban on former interior minister Omar Dembele.\n", "Omar Dembele", "European Union"),
    ("Britain slapped the Red Delta Company with an asset freeze.\n", "Red Delta Company", "United Kingdom"),
    ("Washington on Friday hit General Paulo Mendes with sanctions over the killings.\n", "Paulo Mendes", "United States"),
])
def test_sanctions_slapped_on_someone_or_hitting_someone_are_imposed_by_the_subject(rules, text, target, authority):
    assert (target, authority) in sanctions(extract_rows(rules, text, DATE))


@pytest.mark.parametrize("text", [
    "Soldiers hit Paulo Mendes with batons during the march.\n",
    "Police slapped Paulo Mendes in the face before the hearing.\n",
])
def test_hitting_someone_with_anything_but_a_sanction_is_no_sanction(rules, text):
    assert not find(extract_rows(rules, text, DATE), "sanction")


# a demonym before the sanctions names whose sanctions they are ------------------------------------------------------------


@pytest.mark.parametrize("text,target,state", [
    ("Among those targeted by the new Canadian sanctions is Judge Viktor Sadko.\n", "Viktor Sadko", "Canada"),
    ("China hit back on Monday at British sanctions on the provincial official Li Wen.\n", "Li Wen", "United Kingdom"),
    ("Judge Viktor Sadko is now subject to Australian sanctions.\n", "Viktor Sadko", "Australia"),
])
def test_a_demonym_before_the_sanctions_names_the_state_that_imposed_them(rules, text, target, state):
    got = {(t.rstrip("."), a) for t, a in sanctions(extract_rows(rules, text, DATE))}
    assert (target, state) in got


# a sanction told in an apposition is the sanction of the name before it -----------------------------------------------


@pytest.mark.parametrize("text,target,authority,not_target", [
    ("Lena Vasquez heads the security directorate of the Interior Ministry, an agency that is itself already designated.\n",
     "Interior Ministry", None, "Lena Vasquez"),
    ("Rafael Ortiz commands the Northern Battalion, a unit that was sanctioned by the EU in 2022.\n",
     "Northern Battalion", "European Union", "Rafael Ortiz"),
    ("Omar Saleh, the head of the Falcon Brigade, an entity already blacklisted by Washington, was arrested.\n",
     "Falcon Brigade", "United States", "Omar Saleh"),
    ("Kim Yong Su is the director of the Workers' Party's Culture Bureau (WCB), an entity that is itself already designated.\n",
     "Culture Bureau", None, "Kim Yong Su"),
])
def test_an_apposition_saying_a_body_is_sanctioned_sanctions_that_body_not_the_subject(rules, text, target, authority, not_target):
    rows = extract_rows(rules, text, DATE)
    got = sanctions(rows)
    assert any(t == target and (authority is None or a == authority) for t, a in got), got
    assert not find(rows, "sanction", target=not_target)
    assert all(a != target for _, a in got)


def test_a_sentence_that_sanctions_on_its_own_keeps_its_target(rules):
    """The apposition is told in passing only when it holds every sanction word of the sentence."""
    rows = extract_rows(rules, "The Treasury on Tuesday sanctioned Hadi Karam, the financier of the Golden Crescent Brigade, "
                               "an entity already designated in 2019.\n", DATE)
    assert find(rows, "sanction", target="Hadi Karam")


# a state body named in lower case, with the person who leads it ----------------------------------------------------------


@pytest.mark.parametrize("text,person,body", [
    ("The inquiry was opened by the attorney general's office, led by Elena Vargas, in January.\n", "Elena Vargas", "attorney general's office"),
    ("The attorney general's office, headed by Jorge Salinas, opened the inquiry.\n", "Jorge Salinas", "attorney general's office"),
    ("The regional police department, led by Kofi Mensah, denied the claims.\n", "Kofi Mensah", "regional police department"),
    ("The interior ministry, headed by Carlos Ayala, denied the allegations.\n", "Carlos Ayala", "interior ministry"),
])
def test_a_lower_case_state_body_led_by_someone_is_the_body_that_person_leads(rules, text, person, body):
    assert body in orgs(extract_rows(rules, text, DATE), person)


@pytest.mark.parametrize("text,person", [
    ("The ministry, headed by Carlos Ayala, denied the allegations.\n", "Carlos Ayala"),
    ("Protesters, led by Carlos Ayala, marched on the ministry.\n", "Carlos Ayala"),
])
def test_a_bare_kind_or_a_crowd_led_by_someone_names_no_body(rules, text, person):
    """A bare "the ministry" refers back to a body named before, and a crowd is no body at all."""
    assert not orgs(extract_rows(rules, text, DATE), person)


# "the group's director" after a body an apposition calls a group -----------------------------------------------------


@pytest.mark.parametrize("text,person,body,other", [
    ("The Andean Network, an umbrella group of 80 organisations, accused the Interior Ministry of abuses. "
     "Rosa Quiroga, the group's director, said the ministry had lied.\n", "Rosa Quiroga", "Andean Network", "Interior Ministry"),
    ("The Mekong Rights Forum, a regional coalition of 40 groups, met the Foreign Ministry on Monday. "
     "Lan Pham, the coalition's director, said the talks had failed.\n", "Lan Pham", "Mekong Rights Forum", "Foreign Ministry"),
])
def test_the_group_a_possessive_names_is_the_body_an_apposition_called_a_group(rules, text, person, body, other):
    held_by = orgs(extract_rows(rules, text, DATE), person)
    assert body in held_by
    assert other not in held_by
