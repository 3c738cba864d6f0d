"""Round 29 (rulesB): shapes found across every tuned split, not in one article.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire. 2024-05-08 is a Wednesday.
"""

import pytest

from extract.claimhelp import extract_rows, find


def _rows(rules, text, date="2024-05-08"):
    return extract_rows(rules, text + "\n", date)


# -- an inquiry asked for in an infinitive has not been held ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # NGO report: the group urges a government to have its prosecutors look into torture
    "Lantern Watch urged the Varnian authorities to order the Public Prosecution to investigate all allegations of "
    "torture in Kessum.",
    # news report: what a minister should do, in the group's words
    "The Varnian Minister of Justice should order the Public Prosecution to investigate all allegations of torture in "
    "Kessum, Lantern Watch said.",
    # press release of a coalition: what a council should set up
    "The Pan-Oceanic Human Rights Council should now establish a commission of inquiry to investigate the killings in "
    "Kessum, the group said.",
])
def test_an_inquiry_called_for_is_not_held(rules, text):
    assert not find(_rows(rules, text), "investigation"), text


@pytest.mark.parametrize("text, body", [
    ("The Varnian government set up a commission to investigate the killings in Kessum.", "Varnian government"),
    ("The Varnian Rights Council established an independent mechanism to investigate abuses by all parties in Kessum.",
     "Varnian Rights Council"),
])
def test_an_inquiry_set_up_to_investigate_is_held(rules, text, body):
    assert find(_rows(rules, text), "investigation", investigator=body), text
