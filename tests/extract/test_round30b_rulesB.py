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
