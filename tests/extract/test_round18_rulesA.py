"""Round 18 (rulesA): abuses a report attributes to a unit, and abuses only threatened or feared.

A commission or report that attributes abuses to a force names their doer, whether the abuse word is its object ("the
commission attributed most of the killings to X") or was told in the sentence before and is picked up by a pronoun
("... documenting 212 disappearances. It attributed most of them to X"); the one who attributes is no doer. "Threats
of rape" or "a risk of torture" tell no rape and no torture.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


# -- "the commission attributed most of the killings to the Varn Brigade" ----------------------------------------------

@pytest.mark.parametrize("text, code, doers", [
    ("The commission attributed most of the killings to the Varn Brigade.", "extrajudicial_killing", {"Varn Brigade"}),
    ("The inquiry attributed the torture of detainees to the Tesk Battalion.", "torture", {"Tesk Battalion"}),
    ("A panel of the Ostland bar attributed the abductions of 30 critics to the Tesk Battalion and to the Varn Guard.",
     "enforced_disappearance", {"Tesk Battalion", "Varn Guard"}),
])
def test_an_abuse_attributed_to_a_unit_is_the_units(rules, text, code, doers):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    got = perpetrators(rows, code)
    assert doers <= got, got
    assert not got & {"commission", "inquiry", "panel", "Ostland"}, got


# -- "... documenting 212 disappearances. It attributed most of them to X" -------------------------------------------------

@pytest.mark.parametrize("text, code, doers", [
    ("In 1994 the national ombudsman of Ostland published a report documenting 212 disappearances between 1979 and 1990. "
     "It attributed most of them to the Tesk Battalion, a military intelligence unit, and to the Varn Guard.",
     "enforced_disappearance", {"Tesk Battalion", "Varn Guard"}),
    ("Monitors recorded 40 killings of farmers in Dorav in 2020. They ascribed these to the Ostland Rangers.",
     "extrajudicial_killing", {"Ostland Rangers"}),
])
def test_abuses_the_sentence_before_told_are_attributed_by_a_pronoun(rules, text, code, doers):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert doers <= perpetrators(rows, code), perpetrators(rows, code)


@pytest.mark.parametrize("text", [
    "Monitors recorded 40 killings of farmers in Dorav in 2020. The ministry attributed the delay in the inquiry to the Ostland Rangers.",
    "Monitors recorded 40 killings of farmers in Dorav in 2020.\n\nThe ministry attributed them to the Ostland Rangers.",
])
def test_an_attribution_of_something_else_or_of_another_paragraph_names_no_doer(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert "Ostland Rangers" not in perpetrators(rows), perpetrators(rows)


# -- "threats of rape", "a risk of torture": not done ------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The Varn Guard held the critics for weeks and made threats of rape against their wives, a monitor reported.", "sexual_violence"),
    ("Lawyers said the Tesk Battalion told the detainees they faced the threat of rape if they spoke to reporters.", "sexual_violence"),
    ("The Varn Guard detained 40 critics in Dorav in 2021, and lawyers warned of a real risk of torture in its custody.", "torture"),
])
def test_an_abuse_only_threatened_or_feared_is_not_told(rules, text, code):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert not find(rows, "abuse", abuse_type=code), find(rows, "abuse", abuse_type=code)


def test_an_abuse_done_beside_a_threat_is_told(rules):
    rows = extract_rows(rules, "Soldiers of the Varn Guard raped two women in Dorav in 2021, a monitor reported.\n", "2023-03-01")
    assert find(rows, "abuse", abuse_type="sexual_violence")


# -- guilty pleas and acquittals: a court's finding on the one it tried ----------------------------------------------------

DESIGNATED = ("Today the Department of State designated former Colonel Ivo Marrow and Ana Kessel under Section 7031(c) "
              "for their involvement in gross violations of human rights and significant corruption. ")


def investigations(rows, investigator):
    return [c for c in find(rows, "investigation") if investigator in name(c["investigator"])]


@pytest.mark.parametrize("text, court", [
    ("Marrow and Kessel each pleaded guilty in the Eastern District of New York to conspiring to launder money in 2021.",
     "Eastern District of New York"),
    ("In 2019 Marrow pleaded guilty before the Tesk Regional Court to the torture of two detainees.", "Tesk Regional Court"),
])
def test_a_guilty_plea_before_a_court_is_its_confirmed_finding(rules, text, court):
    rows = extract_rows(rules, DESIGNATED + text + "\n", "2023-03-01")
    got = investigations(rows, court)
    assert got and {c["finding"] for c in got} == {"confirmed"}, got
    assert "Ivo Marrow" in {name(c.get("target")) for c in got}, got


@pytest.mark.parametrize("text", [
    "In 2019 the Tesk Regional Court acquitted Marrow of the torture of two detainees.",
    "In 2019 Marrow was acquitted by the Tesk Regional Court of the killing of two students.",
])
def test_an_acquittal_is_a_finding_not_confirmed_and_the_court_did_no_abuse(rules, text):
    text = DESIGNATED + text + "\n"
    rows = extract_rows(rules, text, "2023-03-01")
    got = investigations(rows, "Tesk Regional Court")
    assert got and {c["finding"] for c in got} == {"not_confirmed"}, got
    assert "Tesk Regional Court" not in perpetrators(rows), perpetrators(rows)


@pytest.mark.parametrize("text", [
    "In 2019 the journalist Lena Varik pleaded guilty in the Tesk Regional Court to defamation.",
    "In 2019 Marrow pleaded guilty in Tesk to a traffic offence.",
])
def test_a_plea_by_someone_not_accused_or_in_no_court_is_no_finding(rules, text):
    rows = extract_rows(rules, DESIGNATED + text + "\n", "2023-03-01")
    assert not [c for c in find(rows, "investigation") if "Tesk" in name(c["investigator"])], find(rows, "investigation")


# -- "blamed the killings on X", "were blamed on X", "most of the disappearances were attributed to X" --------------------

@pytest.mark.parametrize("text, code, doer", [
    ("Rights groups blamed the abductions of 30 critics on the Tesk Battalion.", "enforced_disappearance", "Tesk Battalion"),
    ("Many of the killings in Dorav have been blamed on the Varn Guard.", "extrajudicial_killing", "Varn Guard"),
    ("Most of the disappearances were attributed to the Tesk Battalion.", "enforced_disappearance", "Tesk Battalion"),
])
def test_an_abuse_blamed_on_a_unit_is_the_units(rules, text, code, doer):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert perpetrators(rows, code) == {doer}, perpetrators(rows, code)


@pytest.mark.parametrize("text", [
    "The government blamed the killings on armed rioters.",
    "The ministry blamed the arrests on foreign interference.",
])
def test_who_blames_an_abuse_on_someone_did_not_do_it(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert not perpetrators(rows) & {"government", "ministry"}, perpetrators(rows)


# -- "X, a blogger from the village of Y, died in detention": held, not holding ----------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("Karim Haddou, a teacher from the village of Kessa, died in detention in May.", "Karim Haddou"),
    ("Police in Ostland detained dozens of critics in March. Samir Talbi, a blogger from the town of Dorav, died in custody in April, his family said.",
     "Samir Talbi"),
])
def test_one_who_died_in_detention_is_no_doer(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-03-01")
    assert not perpetrators(rows) & {victim, "Kessa", "Dorav"}, perpetrators(rows)


def test_a_doer_who_detained_is_still_told(rules):
    rows = extract_rows(rules, "Police in Ostland detained dozens of critics in March. Samir Talbi, a blogger, died in custody in April.\n", "2023-03-01")
    assert "Police" in perpetrators(rows, "arbitrary_detention"), perpetrators(rows)


# -- the date of an abuse is the one its own clause gives, not the day it was reported -------------------------------------

def abuse_dates(rows, doer):
    return {c.get("date") for c in find(rows, "abuse") if name(c["perpetrator"]) == doer}


@pytest.mark.parametrize("text, doer, date", [
    ("DORAV, Nov 16 - A judicial panel has concluded that soldiers of the Tesk Battalion shot and killed unarmed "
     "demonstrators at the Varn bridge in October 2020.", "Tesk Battalion", "2020-10"),
    ("On 3 May 2023 the Ostland Bar said that the Varn Guard had tortured 12 detainees at the Kessa barracks in March 2021.",
     "Varn Guard", "2021-03"),
])
def test_an_abuse_is_dated_by_its_own_clause(rules, text, doer, date):
    rows = extract_rows(rules, text + "\n", "2023-11-16")
    assert abuse_dates(rows, doer) == {date}, abuse_dates(rows, doer)


def test_an_abuse_told_in_the_main_clause_keeps_the_sentences_date(rules):
    rows = extract_rows(rules, "In March 2021 soldiers of the Tesk Battalion killed 20 villagers near Dorav, the Ostland Bar said.\n", "2023-11-16")
    assert abuse_dates(rows, "Tesk Battalion") == {"2021-03"}, abuse_dates(rows, "Tesk Battalion")
