"""Round 14, sanctions as news tells them, then positions: a capital that acts for its state, sanctions slapped on
someone or someone hit with them, and a sanction told in passing about a name in an apposition. Every person and body
here is invented, each convention is tried in more than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, name

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

