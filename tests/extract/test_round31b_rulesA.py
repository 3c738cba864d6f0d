"""Round 31b (rulesA): men who hide who they are did the deed.

A text says "masked men", "unidentified gunmen" or "hooded men" when it cannot say whose men they were: they are the
doers of what they do, never the ones it befell, and the state the story is about is no better an answer (it is a
guess the text did not make). When the sentence itself does say whose men they were ("masked men who said they were
soldiers", "gunmen believed to be police"), the body it names is the doer, as round 30b's carried force expects.

Short invented texts (people, bodies and places are made up).
"""

import pytest

from extract.claimhelp import perpetrators, text_rows, victims

HIDDEN = [
    # news report
    ("Masked men abducted the blogger Tomas Verin from a street in central Lerno on Monday and drove him away, "
     "witnesses said.", "enforced_disappearance", "Masked men"),
    ("The blogger Tomas Verin was abducted from his flat in Lerno by masked men on Monday night, his sister said.",
     "enforced_disappearance", "masked men"),
    # NGO report
    ("Our researchers found that unidentified gunmen shot dead the activist Pavel Dunn outside his office in Lerno in "
     "March 2021.", "extrajudicial_killing", "unidentified gunmen"),
    ("In the months that followed, dozens of union leaders were abducted by unidentified men and beaten before being "
     "dumped outside the capital.", "ill_treatment", "unidentified men"),
    # press release
    ("The Commissioner condemns the attack on the lawyer Anna Rill, who was beaten by hooded men outside the Lerno "
     "court on 2 June.", "ill_treatment", "hooded men"),
    ("The Commissioner is alarmed that hooded men beat the lawyer Anna Rill outside the Lerno court on 2 June.",
     "ill_treatment", "hooded men"),
]


@pytest.mark.parametrize("text, code, doer", HIDDEN)
def test_men_who_hide_who_they_are_are_the_doers(rules, text, code, doer):
    rows = text_rows(rules, text)
    assert doer in perpetrators(rows, code)
    assert doer not in victims(rows)


SAID_WHOSE = [
    # news report
    ("The blogger Tomas Verin was abducted from his flat in Lerno by masked men who said they were soldiers.",
     "enforced_disappearance", "soldiers", "masked men"),
    # NGO report
    ("Masked men believed to be police abducted the journalist Lira Tosk from her home in Lerno in May 2022.",
     "enforced_disappearance", "police", "Masked men"),
    # press release
    ("The Commissioner condemns the abduction of Lira Tosk by masked men believed to be members of the Lerno Guard.",
     "enforced_disappearance", "Lerno Guard", "masked men"),
    ("Dozens of union leaders were abducted by unidentified men, some of whom identified themselves as state agents, "
     "and were beaten before being dumped outside the capital.", "ill_treatment", "state agents", "unidentified men"),
]


@pytest.mark.parametrize("text, code, body, masked", SAID_WHOSE)
def test_the_body_the_sentence_says_they_were_is_the_doer(rules, text, code, body, masked):
    rows = text_rows(rules, text)
    assert body in perpetrators(rows, code)
    assert masked not in perpetrators(rows) | victims(rows)


def test_unknown_numbers_of_people_are_no_doers(rules):
    # "unknown" hides how many suffered, not who did it
    rows = text_rows(rules, "Police detained an unknown number of protesters in Lerno on Sunday, witnesses said.")
    assert "police" in {p.lower() for p in perpetrators(rows, "arbitrary_detention")}
    assert not {p for p in perpetrators(rows) if "unknown" in p.lower()}
