"""Round 36 (rulesA), eighth batch: "have broken up marches" tells a gathering broken up, as "broke up" does.

The recall layer read "broke up the rally" and "breaking up protests" but not the participle after "have": "the police
have broken up marches in several cities". Marches broken up by no one named, or only planned, or denied, tell no
doer.
"""

import pytest

from extract.claimhelp import perpetrators, text_rows


BROKEN_UP = [
    # news
    ("Norvia protests go on\n\nTARKA, May 3 - Since the movement began, scores of protesters have been detained and the "
     "police have broken up marches in several cities.", "police"),
    # NGO report
    ("Norvia: crackdown on dissent\n\nThe report found that security forces had broken up peaceful protests in Tarka "
     "with batons and tear gas.", "security forces"),
    # press release
    ("Statement on Norvia\n\nThe Ministry is concerned that the riot police have broken up demonstrations by students "
     "in Tarka.", "riot police"),
]


@pytest.mark.parametrize("text,doer", BROKEN_UP)
def test_have_broken_up_marches(rules, text, doer):
    rows = text_rows(rules, text)
    assert doer in perpetrators(rows, "repression_of_dissent"), rows


NOT_BROKEN_UP = [
    # denial
    "Norvia protests\n\nTARKA, May 3 - The police denied that they had broken up marches in Tarka.",
    # call
    "Statement on Norvia\n\nThe Ministry urged the police not to break up the marches planned in Tarka.",
    # a crowd that broke up by itself
    "Norvia protests\n\nTARKA, May 3 - The marches had broken up peacefully by evening, the police said.",
]


@pytest.mark.parametrize("text", NOT_BROKEN_UP)
def test_no_march_broken_up_by_a_doer(rules, text):
    assert "police" not in perpetrators(text_rows(rules, text), "repression_of_dissent"), text_rows(rules, text)
