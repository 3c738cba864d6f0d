"""Round 13: abuses and reports. When an abuse word tells no act of the one the rules would charge with it (the trust of an
office abused, a death in an accident, a speaker's name for a charge, an act told as not done, an abuse attributed to no
one the text names, the court that convicts), and who denies, states and investigates.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, perpetrators


# -- "abused his office" is corruption, not ill-treatment -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, doer", [
    ("While in office, Mayor Tomas Rell abused his position by steering road contracts to his brother's firm.", "Tomas Rell"),
    ("Ana Velt, the former customs chief of Ostland, has spent years abusing public office to enrich herself.", "Ana Velt"),
    ("The Treasury said Governor Odo Varn abused his power to award licences to companies he owned.", "Odo Varn"),
])
def test_abusing_an_office_is_corruption_and_no_ill_treatment(rules, sentence, doer):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert doer not in perpetrators(rows, "ill_treatment")
    assert doer in perpetrators(rows, "corruption")


def test_an_abused_person_is_still_ill_treated(rules):
    rows = extract_rows(rules, "Guards of the Ostland Guard abused the detainees at the Varn camp.\n", "2022-01-10")
    assert perpetrators(rows, "ill_treatment") == {"Ostland Guard"}


# -- a death in an accident is no killing -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Minister Tomas Rell was convicted of fraud over the 2011 rail crash at Varn station, in which 40 passengers were killed.",
    "The Marsk Police Service said nine miners were killed in a landslide at the Dorav mine on Tuesday.",
    "Police under Colonel Odo Varn broke up the march. Two days later, 12 pilgrims were killed in a stampede at the Dorav shrine.",
])
def test_people_killed_in_an_accident_were_killed_by_no_one(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == set()


def test_a_killing_told_beside_an_accident_is_still_a_killing(rules):
    rows = extract_rows(rules, "Soldiers of the 12th Brigade killed four villagers near the site of the bus crash.\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == {"12th Brigade"}


# -- a speaker's name for a charge or a case tells no abuse ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Tomas Rell, who remains the leader of the Ostland People's Party, describes the proceedings as political persecution.",
    "Ana Velt has rejected the charges and described them as persecution by her rivals.",
    "The Marsk Foreign Ministry branded the sanctions a form of repression against the Marsk people.",
])
def test_what_a_speaker_calls_a_charge_or_measure_is_no_abuse(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert find(rows, "abuse") == []


# -- an abuse told as not done, or attributed to no one named ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Ostland Guard detained Pia Mast in May. Her three accusers were tried in absentia; none of them has been arrested.",
    "Soldiers of the 12th Brigade detained Pia Mast in May. No one has been detained for the attack on her house.",
])
def test_a_passive_abuse_told_of_no_one_is_no_claim(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert all(c["evidence"][0]["text"].startswith(("The Ostland", "Soldiers")) for c in find(rows, "abuse"))


@pytest.mark.parametrize("text, doers", [
    ("Soldiers of the 12th Brigade detained Pia Mast in May. Hers is one of thousands of cases of killings and torture "
     "attributed to both sides.", set()),
    ("Soldiers of the 12th Brigade detained Pia Mast in May. The report lists 40 killings attributed to the Dorav "
     "Liberation Front.", {"Dorav Liberation Front"}),
])
def test_an_abuse_attributed_to_someone_is_theirs_and_no_one_elses(rules, text, doers):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == doers


# -- the court that convicts judges the abuse: its "by" phrase names no doer -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "It was one of the first convictions by a civilian court of army officers for killings and torture in Ostland.",
    "The trial by the Marsk Military Tribunal of four guards accused of torture opened on Monday.",
])
def test_the_court_of_a_conviction_or_trial_is_no_doer(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert not {"Marsk Military Tribunal", "civilian court"} & perpetrators(rows)
