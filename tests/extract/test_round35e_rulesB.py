"""Round 35 (rulesB, fifth batch): "The governor of X, Y, said his government would investigate ..." is Y's inquiry.

A speaker who says his own government, administration or department will look into something has taken the inquiry
on, as one who says "it" or "his office" will. The subject "The governor of X Province, Y," is the title holder:
the parser hangs the name set off after the title on the place, which is no investigator. An inquiry the speaker
asks of someone else is not his.
"""

import pytest

from extract.claimhelp import find, name, text_rows

HEAD = "Soldiers killed 22 in Velda\n\nVELDA, March 3 (rightsgraph) - Soldiers killed 22 people in Velda, Ostland, in June. "

OWN = [
    # wire news
    HEAD + "The governor of Velda Province, Karel Vando, said his government would investigate the conduct of the "
    "state prosecutors named in the report.",
    # an NGO's account
    HEAD + "The mayor of Velda City, Karel Vando, said his administration would investigate the killings.",
    # a release quoting the official
    HEAD + "The governor of Velda Province, Karel Vando, said on Monday that his government was investigating the "
    "conduct of the police.",
]


@pytest.mark.parametrize("text", OWN)
def test_his_government_investigates_is_the_speakers_inquiry(rules, text):
    rows = find(text_rows(rules, text), "investigation")
    who = {name(c["investigator"]) for c in rows}
    assert "Karel Vando" in who and not who & {"Velda Province", "Velda City", "state prosecutors"}, rows


@pytest.mark.parametrize("text", [
    HEAD + "The governor of Velda Province, Karel Vando, said federal prosecutors should investigate the killings.",
    HEAD + "The governor of Velda Province, Karel Vando, said his lawyers had been told of the report.",
])
def test_an_inquiry_asked_of_others_is_not_the_speakers(rules, text):
    rows = find(text_rows(rules, text), "investigation")
    assert "Karel Vando" not in {name(c["investigator"]) for c in rows}, rows
