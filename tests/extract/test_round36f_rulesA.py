"""Round 36 (rulesA), sixth batch: people seized or snatched are taken; a body known as "X" is X.

"a prominent activist who was seized by armed men in the capital": the one seized is the relative word's antecedent,
so the seizing is an abduction like "X was seized by armed men"; "armed men in the capital" are the armed men (the
place is where they struck). "gunmen snatched the journalist": taking a person away, as "seized" tells it. Who
snatches or seizes power, things or a town takes no one.

'a youth group known as "Karo"': the name in quotes a body goes by is its name, so the group is the doer.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows


SEIZED = [
    # NGO report
    ("Norvia: Exiled Activist Abducted\n\n(Tarka, June 5, 2021) - The authorities should search for a prominent "
     "activist, Ivan Petrov, who was seized by armed men on June 4, 2021, Rights Monitor said today.", "armed men"),
    # news
    ("Journalist taken in Tarka\n\nTARKA, May 3 - Gunmen snatched the journalist Oleg Sarov from his car on Monday, "
     "his colleagues said.", "Gunmen"),
    # press release
    ("Statement on the abduction of Anna Lis\n\nThe Mission is alarmed that Anna Lis, a lawyer, who was snatched from "
     "her office on 2 March by masked gunmen, has not been seen since.", "masked gunmen"),
]


@pytest.mark.parametrize("text,doer", SEIZED)
def test_a_person_seized_or_snatched_is_taken(rules, text, doer):
    rows = text_rows(rules, text)
    assert doer in perpetrators(rows, "enforced_disappearance") | perpetrators(rows, "arbitrary_detention"), rows


NOT_TAKEN = [
    "Army takes power\n\nTARKA, May 3 - The army, which seized power in 2020, seized the town of Kessa on Monday.",
    "Police raid\n\nPolice snatched the documents from the office and seized several computers, officials said.",
    "Phone call\n\nIvan Petrov, who snatched the phone on Monday, said the rebels had seized the town of Kessa.",
]


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_no_person_taken(rules, text):
    rows = text_rows(rules, text)
    assert not perpetrators(rows, "enforced_disappearance") and not perpetrators(rows, "arbitrary_detention"), rows


KNOWN_AS = [
    # NGO report
    ("Norvia: commission findings\n\nThe commission found that a Kurdish youth group known as \"Karo\", acting together "
     "with members of the local police, carried out the killings in Kessa.", "extrajudicial_killing", "Karo"),
    # news
    ("Killings in Kessa\n\nKESSA, May 3 - Witnesses said that a militia known as \"Dolo\" killed 30 villagers in Kessa "
     "in May.", "extrajudicial_killing", "Dolo"),
    # press release
    ("Statement on Tarka\n\nThe report found that an armed group known as 'Bira' abducted dozens of farmers near Tarka.",
     "enforced_disappearance", "Bira"),
]


@pytest.mark.parametrize("text,code,doer", KNOWN_AS)
def test_a_body_known_by_a_quoted_name_did_it(rules, text, code, doer):
    rows = text_rows(rules, text)
    assert doer in perpetrators(rows, code), rows


KNOWN_AS_NOT_DOER = [
    # denial
    "Killings in Kessa\n\nA militia known as \"Dolo\" denied that it had killed villagers in Kessa.",
    # call (for an inquiry: who calls for it did not do the deed)
    "Statement on Kessa\n\nA militia known as \"Dolo\" called for an inquiry into the killings of villagers in Kessa.",
    # charge
    "Trial in Tarka\n\nProsecutors charged five members of a militia known as \"Dolo\" with murder on Monday.",
]


@pytest.mark.parametrize("text", KNOWN_AS_NOT_DOER)
def test_a_body_known_by_a_name_not_told_as_doer(rules, text):
    assert "Dolo" not in perpetrators(text_rows(rules, text)), text_rows(rules, text)


def test_hidden_men_are_not_named_by_the_place_they_struck(rules):
    rows = text_rows(rules, "Norvia: Exiled Activist Abducted\n\n(Tarka, June 5, 2021) - The authorities should search "
                            "for a prominent activist, Ivan Petrov, who was seized by armed men in Kessa on June 4, 2021, "
                            "Rights Monitor said today.")
    assert perpetrators(rows, "enforced_disappearance") == {"armed men"}, rows
