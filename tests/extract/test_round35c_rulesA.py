"""Round 35c (rulesA): a participle of naming set off between a subject and its verb.

"The police and armed pro-government groups, often described as parapolice, have killed more than 300 people": the
parser may read "described" as a clause of its own with "the police" as its subject, which leaves "killed" with none;
the subject is the main verb's, whatever the aside calls it.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

ASIDE = [
    # press release
    ("Treasury Targets Ostland Officials\n\nWASHINGTON - Today, the Department of the Treasury designated two officials. "
     "Since the protests that began in April over changes to the pension system, the police and armed pro-government "
     "groups, often described as parapolice, have killed more than 300 people, according to the regional rights "
     "commission.", "extrajudicial_killing", {"police", "armed pro-government groups"}),
    # wire news
    ("Ostland militia blamed for killings\n\nOSTGRAD, May 3 (Wire) - Since the vote in March, the police and the ruling "
     "party's militias, often described as enforcers, have killed dozens of opposition supporters, local monitors said.",
     "extrajudicial_killing", {"police"}),
    # NGO report
    ("Ostland: killings in the north\n\nSummary of findings\n\nSince the start of the operation in 2022, the army and "
     "the village guards, widely known as the Watchmen, have killed at least 120 civilians in the northern districts.",
     "extrajudicial_killing", {"army"}),
]


@pytest.mark.parametrize("text,code,doers", ASIDE)
def test_the_subject_before_a_naming_aside_did_the_deed(rules, text, code, doers):
    rows = text_rows(rules, text)
    assert doers <= perpetrators(rows, code), find(rows, "abuse")


def test_one_named_in_an_aside_and_held_is_no_doer(rules):
    text = ("Ostland activist held\n\nThe activist Mira Holt, often described as the conscience of the movement, was "
            "detained by police on Monday.")
    rows = text_rows(rules, text)
    assert "Mira Holt" not in perpetrators(rows), find(rows, "abuse")
