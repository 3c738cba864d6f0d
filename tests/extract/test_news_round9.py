"""Abuses in verdicts, NGO summaries and listings, read from the structure of English rather than from any one article.

Short invented texts (people, units and most places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


# -- a prison term handed down is the penalty of the one sentenced, who jails no one ------------------------------------

@pytest.mark.parametrize("sentence", [
    "Two former army officers, Tomas Rello and Ivan Dorsk, were sentenced to life imprisonment for the killings.",
    "A regional court sentenced Colonel Tomas Rello in absentia to life imprisonment in 1994 for the disappearance of two students.",
    "The former commander, General Tomas Rello, was sentenced to 25 years in prison for the massacre.",
    "tomas rello, the camp's former warden, was later sentenced to life imprisonment.",
])
def test_someone_sentenced_to_prison_is_not_the_perpetrator_of_a_detention(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2019-05-02")
    jailers = perpetrators(rows, "arbitrary_detention")
    assert not jailers & {"Tomas Rello", "Ivan Dorsk", "tomas rello"}


def test_the_one_who_detained_a_prisoner_still_detained_him_when_a_sentence_follows(rules):
    rows = extract_rows(rules, "Police in Varnia arrested the journalist Ana Lisk in March; she was sentenced to six years in prison in June.\n",
                        "2019-05-02")
    assert "Ana Lisk" not in perpetrators(rows)
    assert find(rows, "abuse", abuse_type="arbitrary_detention")
