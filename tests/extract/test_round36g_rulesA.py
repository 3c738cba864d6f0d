"""Round 36 (rulesA), seventh batch: a state's rulers are a body that acts.

"Norvia's military rulers have executed four democracy activists": "rulers" heads a group that acts, as "junta" and
"regime" do, so the deed it is the subject of is its own. Rulers who deny, are asked, or are charged did no deed.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows


DONE = [
    # news
    ("Norvia junta executes four activists\n\nTARKA, July 25 - Norvia's military rulers have executed four democracy "
     "activists, state media reported on Monday.", "extrajudicial_killing"),
    # NGO report
    ("Norvia: mass arrests\n\nThe report found that the military rulers detained hundreds of students in Tarka in 2021.",
     "arbitrary_detention"),
    # press release
    ("Statement on Norvia\n\nThe Ministry condemns the killing of protesters by the country's military rulers in Tarka "
     "last week.", "extrajudicial_killing"),
]


@pytest.mark.parametrize("text,code", DONE)
def test_rulers_do_the_deed(rules, text, code):
    rows = text_rows(rules, text)
    assert "military rulers" in perpetrators(rows, code), rows


NOT_DONE = [
    # denial
    "Norvia denies killings\n\nTARKA, May 3 - The military rulers denied that soldiers had killed protesters in Tarka.",
    # call
    "Statement on Norvia\n\nThe military rulers called for an inquiry into the killings of protesters in Tarka.",
    # hypothetical
    "Norvia report\n\nThe military rulers said they would never torture prisoners.",
]


@pytest.mark.parametrize("text", NOT_DONE)
def test_rulers_who_did_no_deed(rules, text):
    assert "military rulers" not in perpetrators(text_rows(rules, text)), text_rows(rules, text)
