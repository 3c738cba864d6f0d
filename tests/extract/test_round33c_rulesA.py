"""Round 33, third batch (rulesA): a bare count of people a release designates names no doer; an arrest that only
dates a beating the sentence tells is no detention.

"Norvia sanctions 22 individuals involved in corruption": the tally of whom it lists is not who did the deed; the
people it lists by name are. A count of a kind of doer ("100 soldiers", "ten gunmen") still names one.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows, victims

COUNTED = [
    "Norvia has today imposed sanctions on 22 individuals involved in some of the most notorious corruption cases "
    "around the world.",
    "MARKA, May 2 - Norvia on Tuesday sanctioned 14 people accused of torturing detainees in the Tarsk prison.",
    "The rights group welcomed the listing of seven further individuals responsible for the arbitrary detention of "
    "protesters in Marka.",
]


@pytest.mark.parametrize("text", COUNTED)
def test_a_counted_tally_is_no_doer(rules, text):
    rows = text_rows(rules, text)
    assert not {d for d in perpetrators(rows) if d and any(w in d for w in ("individuals", "people"))}, rows


def test_a_counted_tally_stays_a_victim(rules):
    rows = text_rows(rules, "Norvian soldiers killed 22 people in Marka on Sunday, the rights group said.")
    assert "22 people" in victims(rows, "extrajudicial_killing"), rows


COUNTED_DOERS = [
    "MARKA, May 2 - About 100 soldiers stormed the Marka hotel and raped five aid workers, witnesses said.",
    "Ten gunmen abducted and killed three farmers near Marka on Sunday, the rights group said.",
    "Norvian police said 12 officers had tortured detainees at the Tarsk station.",
]


@pytest.mark.parametrize("text", COUNTED_DOERS)
def test_a_count_of_a_kind_of_doer_is_still_a_doer(rules, text):
    rows = text_rows(rules, text)
    assert {d for d in perpetrators(rows) if d and any(w in d.lower() for w in ("soldiers", "gunmen", "officers", "police"))}, rows


# -- "police beat him in custody shortly after his arrest": the arrest dates the beating, no abuse told --------------

DATING_ARREST = [
    "Human Rights Watch found that police beat Ivo Marenko in custody shortly after his arrest in Marka.",
    "MARKA, May 2 - Norvian soldiers tortured the journalist Ana Rusk in the days after her detention, her lawyer said.",
    "The ministry confirmed that Norvian police officers had beaten Ivo Marenko in a cell soon after his arrest on "
    "Sunday.",
]


@pytest.mark.parametrize("text", DATING_ARREST)
def test_an_arrest_that_dates_a_beating_is_no_detention(rules, text):
    rows = text_rows(rules, text)
    assert not perpetrators(rows, "arbitrary_detention"), rows
    assert {d for d in perpetrators(rows) if d}, rows


def test_an_arrest_told_by_its_own_verb_stands(rules):
    rows = text_rows(rules, "Norvian police arrested Ivo Marenko in Marka and beat him after his arrest.")
    assert perpetrators(rows, "arbitrary_detention"), rows
