"""Round 36 (rulesA), second batch: who a deed can never be done by, and which date a describing clause gives.

Critics, activists, journalists and protesters named by what they oppose ("government critics", "army critics") are
people a deed befalls, not a force: the word for whom they criticise names no body they belong to, so no rule may
make them the doers of "a pattern of violence against government critics". A date inside a relative clause that
describes someone ("X, a singer who was elected to parliament in 2015, was sentenced in January") dates who that one
is, not the deed the sentence tells.
"""

import pytest

from extract.claimhelp import abuse_values, perpetrators, text_rows


CRITICS = [
    # NGO statement quoted in news
    "Activist shot dead in Norvian capital\n\nMINSKOV, July 10 (Wire) - Oleg Sarov, a political commentator, was shot dead "
    "at a petrol station on Sunday.\n\nHuman Rights Watch's Asia director said in a statement that the killing followed "
    "a pattern of violence against government critics in which no one had ever been held accountable.",
    # press release
    "Statement on the killing of Oleg Sarov\n\nThe Embassy condemns the killing of Oleg Sarov, which follows years of "
    "attacks against government critics and journalists in Norvia.",
    # NGO report
    "Norvia: end impunity\n\nThe murder of Oleg Sarov is the latest in a series of killings of army critics, the "
    "Norvian Human Rights Centre said.",
]


@pytest.mark.parametrize("text", CRITICS)
def test_critics_named_by_whom_they_criticise_are_no_doers(rules, text):
    doers = perpetrators(text_rows(rules, text))
    assert not {d for d in doers if "critics" in d}, doers


def test_armed_opponents_can_still_be_doers(rules):
    rows = text_rows(rules, "Rebels attack village\n\nArmed opposition fighters killed twelve villagers in Tarka on "
                            "Monday, police said.")
    assert perpetrators(rows), rows


DESCRIBED_DATES = [
    # news
    ("Norvian police detain activists\n\nIvan Petrov, a singer who was elected to parliament in 2015, and Oleg "
     "Sarov were arbitrarily detained by the military police in January 2022 after a peaceful protest.", "2022-01"),
    # press release
    ("Statement on the torture of Pavel Drach\n\nPavel Drach, a lawyer who founded the Norvian Bar Association in 2009, "
     "was tortured by state security officers in March 2023, the Department said.", "2023-03"),
    # NGO report
    ("Norvia: free Anna Lis\n\nAnna Lis, a journalist who won a national award in 2018, was arrested by police in "
     "Minskov in May 2021 after she reported on the protests.", "2021-05"),
]


@pytest.mark.parametrize("text,date", DESCRIBED_DATES)
def test_a_describing_clause_does_not_date_the_deed(rules, text, date):
    dates = abuse_values(text_rows(rules, text), "date")
    assert dates, "the deed is still read"
    assert all(d.startswith(date) for d in dates), dates
