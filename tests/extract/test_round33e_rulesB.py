"""Round 33 (rulesB), fifth batch: the body a title belongs to when a possessive or "from" stands before its name.

"the leader of Norvia's Crescent movement" leads the movement, not the state that owns it (as "an official in Norvia's
interior ministry" serves the ministry); "a member of Drux's Liberty Alliance Party" belongs to the party the leader
owns (the person's name no longer ends the body); and "a lawmaker from the ruling Liberty Alliance Party" sits for
the party, as "a researcher with X" works for X. A place after "from" is where one comes from, no post.
"""

import pytest

from extract.claimhelp import orgs, text_rows

STATE_OWNS = [
    "The Security Council today imposed sanctions on Omar Tessel, the leader of Yemen's Crescent movement, and on two "
    "of his aides.",
    "SANAA, May 2 - Omar Tessel, the leader of Yemen's Crescent movement, denied the charges on Monday.",
    "The report documents abductions ordered by Omar Tessel, the head of Sudan's Crescent party, in 2019.",
]


@pytest.mark.parametrize("text", STATE_OWNS)
def test_a_states_possessive_before_a_named_movement(rules, text):
    held = orgs(text_rows(rules, text), "Omar Tessel")
    assert any(o.startswith("Crescent") for o in held), held
    assert not held & {"Yemen", "Sudan"}, held


PERSON_OWNS = [
    "Karol Venn, a member of Modi's Bharatiya Janata Party, wrote on Twitter that he would seek the death penalty.",
    "NEW DELHI, May 2 - Karol Venn, a senior member of Prime Minister Narendra Modi's Bharatiya Janata Party, said "
    "on Monday that the law would stay.",
    "The report cites Karol Venn, a member of Modi's Bharatiya Janata Party, who called the protesters traitors.",
]


@pytest.mark.parametrize("text", PERSON_OWNS)
def test_a_leaders_possessive_before_a_party(rules, text):
    assert "Bharatiya Janata Party" in orgs(text_rows(rules, text), "Karol Venn")


FROM_BODY = [
    ("Lisa Moren, a lawmaker from the ruling Bharatiya Janata Party, said the convicts had good values.",
     "Lisa Moren", "Bharatiya Janata Party"),
    ("Lisa Moren, a lawmaker from Prime Minister Narendra Modi's Bharatiya Janata Party (BJP), said the convicts had "
     "good values.", "Lisa Moren", "Bharatiya Janata Party"),
    ("Anna Kell, a researcher from the University of Amsterdam, said the footage was authentic.",
     "Anna Kell", "University of Amsterdam"),
]


@pytest.mark.parametrize("text,person,org", FROM_BODY)
def test_a_title_from_a_body(rules, text, person, org):
    assert org in orgs(text_rows(rules, text), person)


@pytest.mark.parametrize("text", [
    "Lisa Moren, a lawmaker from Kerala, said the convicts had good values.",
    "Tom Arlen, a journalist from Nairobi, was detained on Monday.",
])
def test_a_place_after_from_is_no_post(rules, text):
    rows = text_rows(rules, text)
    assert not [r for r in rows if r["type"] == "position"], rows


def test_a_party_after_the_chamber_leaves_the_chamber(rules):
    text = "Tomas Varga, a member of the Senate from the ruling Crescent party, is the chairman of the company."
    assert "Senate" in orgs(text_rows(rules, text), "Tomas Varga")
