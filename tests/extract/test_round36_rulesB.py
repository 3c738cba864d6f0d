"""Round 36 (rulesB): where a state's leaders were taken is not their state; a list entry's nickname and its fields.

A bare head-of-state title ("the interim President, X") takes the state the sentence or the text is about, but not a
country the sentence names only as where people were flown, fled or were deported to: that is a destination. A list
entry may give the holder's other name in brackets before the title ("2. General X (Y), Deputy Chief of ...") and set
each further title off by a semicolon ("...; member of the Military Command."), in a numbered or lettered entry, as the
UN's and the EU's lists write them.
"""

import pytest

from extract.claimhelp import held, orgs, text_rows

FLOWN = [
    # UN press release
    "Security Council Demands Restoration of Constitutional Order in Mali\n\n18 May 2024\n\nThe Council condemned "
    "the coup in Mali. It recalled that the interim President, Karel Vando, and the Prime Minister, Tomas Brin, were "
    "seized by soldiers and held for two weeks before being released on 27 April and flown to Senegal.",
    # wire news
    "Mali coup leaders free ousted president\n\nVELDA, May 8 (Wire) - Mali's ousted President, Karel Vando, was "
    "freed on Tuesday. Soldiers released the interim President, Karel Vando, and the Prime Minister, Tomas Brin, who "
    "then fled to Senegal with their families.",
    # NGO report
    "Mali: free all detained officials\n\nThe junta in Mali must account for all officials it holds. The "
    "Prime Minister, Tomas Brin, and the President, Karel Vando, were detained at a barracks and later deported to "
    "Senegal, witnesses told the organisation.",
]


@pytest.mark.parametrize("text", FLOWN)
def test_a_country_leaders_were_flown_to_is_not_their_state(rules, text):
    rows = text_rows(rules, text)
    assert "Senegal" not in orgs(rows, "Karel Vando") | orgs(rows, "Tomas Brin"), (held(rows, "Karel Vando"), held(rows, "Tomas Brin"))


def test_a_release_with_no_other_country_still_gives_the_texts_state(rules):
    text = FLOWN[0]
    rows = text_rows(rules, text)
    assert "Mali" in orgs(rows, "Karel Vando"), held(rows, "Karel Vando")


@pytest.mark.parametrize("text", [
    "Leaders meet in Senegal\n\nThe President of Senegal, Karel Vando, flew to Mali on Monday to meet its leaders.",
    "Summit opens\n\nSenegal's President, Karel Vando, said on Monday that he would travel to Mali next week.",
])
def test_a_title_spelled_with_its_state_is_kept(rules, text):
    rows = text_rows(rules, text)
    assert "Senegal" in orgs(rows, "Karel Vando"), held(rows, "Karel Vando")


ENTRIES = [
    # UN press release, numbered entries with a nickname in brackets
    "Security Council Imposes Travel Ban on Ostland Officers\n\nIndividuals subject to the travel ban:\n\n"
    "1. General Karel Vando (Kavo), Deputy Chief of General Staff of the Armed Forces; member of the Military Command.\n"
    "2. Colonel Tomas Brin, spokesman of the Military Command.\n",
    # EU listing, a quoted nickname
    "Council lists two Ostland officers\n\nThe persons listed are:\n\n1. Brigadier General Karel Vando (\"Papa Vando\"), "
    "Chief of Staff of the Air Force; member of the Military Command.\n2. Tomas Brin, Inspector-General of the Armed "
    "Forces.\n",
    # lettered entries whose fields follow the name after a semicolon
    "Committee adds two names to its list\n\nThe entries added are:\n\nA. Karel Vando; member of the Military Command; "
    "born 1970.\nB. Tomas Brin; Commander of the Ostland Coast Guard; born 1975.\n",
]


@pytest.mark.parametrize("text", ENTRIES)
def test_an_entrys_fields_after_a_nickname_or_a_semicolon_are_titles(rules, text):
    rows = text_rows(rules, text)
    assert "Military Command" in orgs(rows, "Karel Vando"), held(rows, "Karel Vando")


def test_the_first_field_after_a_nickname_is_read(rules):
    rows = text_rows(rules, ENTRIES[0])
    assert ("Deputy Chief of General Staff", "Armed Forces") in held(rows, "Karel Vando"), held(rows, "Karel Vando")


def test_another_entrys_fields_are_not_the_first_ones(rules):
    rows = text_rows(rules, ENTRIES[2])
    assert "Ostland Coast Guard" not in orgs(rows, "Karel Vando"), held(rows, "Karel Vando")
    assert "Military Command" not in orgs(rows, "Tomas Brin"), held(rows, "Tomas Brin")


@pytest.mark.parametrize("text", [
    # a bracket that is no nickname: a birth year, an acronym
    "Officers listed\n\nThe persons listed are:\n\n1. Karel Vando (born 1970), a businessman in Velda; owner of a "
    "shipping firm.\n",
    # a prose sentence with a semicolon is no list entry
    "Officers listed\n\nKarel Vando was detained on Monday; member of the Military Command Tomas Brin was not.",
])
def test_no_title_from_a_bracket_or_a_prose_semicolon(rules, text):
    rows = text_rows(rules, text)
    assert "Military Command" not in orgs(rows, "Karel Vando"), held(rows, "Karel Vando")
    assert not held(rows, "Karel Vando") - {("owner", "shipping firm")}, held(rows, "Karel Vando")
