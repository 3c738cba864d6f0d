"""Round 36 (rulesB, third batch): criminal proceedings opened; an inquiry an official says "had been opened".

A prosecutor's office that "opened criminal proceedings against X" holds an inquiry as one that "opened an
investigation" does. An official or a state body that says "an investigation had been opened into the deaths" (no one
named as opening it) tells of its own side's inquiry: the speaker is the investigator. Rights groups that say so tell
of someone else's; "no investigation had been opened" is none; "X demanded that an inquiry be opened" holds none.
"""

import pytest

from extract.claimhelp import find, name, text_rows


def investigators(rules, text):
    return {name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")}


PROCEEDINGS = [
    # press release
    ("Federal Council freezes assets\n\nBern, 28.02.2014 - The Federal Council today froze the assets of Karel Vando. "
     "The Office of the Attorney General has opened criminal proceedings against Karel Vando on suspicion of money "
     "laundering.", "Office of the Attorney General"),
    # wire news
    ("Ex-leader faces charges\n\nVELDA, May 8 (Wire) - The prosecutor general's office opened criminal proceedings "
     "against former president Karel Vando on Tuesday over the killing of protesters.", "prosecutor general's office"),
    # NGO
    ("Norland: justice for protesters\n\nThe Norland Public Prosecutor's Office has opened criminal proceedings into "
     "the killings of 12 protesters, but no one has been charged, the organisation said.",
     "Norland Public Prosecutor's Office"),
]


@pytest.mark.parametrize("text,who", PROCEEDINGS)
def test_opened_criminal_proceedings_is_an_inquiry(rules, text, who):
    found = investigators(rules, text)
    assert any(who.casefold() in (k or "").casefold() or (k or "").casefold() in who.casefold() for k in found), found


SAID_OPENED = [
    # wire news: a minister
    ("Deaths in Norland\n\nVELDA, June 4 (Wire) - Interior Minister Karel Vando told reporters that 500 people had "
     "been arrested. He said police had faced violent groups and that an investigation had been opened into the "
     "deaths.", "Karel Vando"),
    # press release of a police service
    ("Statement on the death in custody\n\nThe Norland Police Service said in a statement that an investigation had "
     "been opened into the death of Mira Dost.", "Norland Police Service"),
    # NGO report quoting an official
    ("Norland: account for the deaths\n\nThe governor of Velda Province, Tomas Brin, told the organisation that an "
     "inquiry had been launched into the shooting of the protesters.", "Tomas Brin"),
]


@pytest.mark.parametrize("text,who", SAID_OPENED)
def test_an_official_who_says_an_inquiry_was_opened_holds_it(rules, text, who):
    assert who in investigators(rules, text)


@pytest.mark.parametrize("text", [
    "Deaths in Norland\n\nRights groups said an investigation had been opened into the deaths, but doubted it.",
    "Deaths in Norland\n\nInterior Minister Karel Vando said no investigation had been opened into the deaths.",
    "Deaths in Norland\n\nInterior Minister Karel Vando said an investigation should be opened into the deaths.",
])
def test_no_inquiry_of_the_speaker(rules, text):
    found = investigators(rules, text)
    assert not found & {"Rights groups", "Karel Vando"}, found
