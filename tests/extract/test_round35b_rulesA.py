"""Round 35b (rulesA): "X is alleged to have plundered state funds" - the subject a passive verb of report or belief
lifts from the infinitive after it is the doer of the deed told there (alleged), unless the infinitive is passive
("two students are reported to have been killed": they suffered it).
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows


# "X is alleged to have plundered state funds": a passive verb of report or belief lifts the infinitive's doer into
# its own subject; the deed is still X's, told as alleged.
RAISED = [
    # press release
    ("Treasury Sanctions Ostland Official\n\nWASHINGTON - Today, the Department of the Treasury designated Ivo Brenn. "
     "Ivo Brenn, a long-serving confidant of the president, is alleged to have run a parallel intelligence operation, to have "
     "coordinated the armed groups that dismantled road blockades last summer, and to have been involved in corrupt "
     "schemes, including the smuggling of goods.", "corruption", "Ivo Brenn"),
    # wire news
    ("Ostland general flees\n\nOSTGRAD, May 3 (Wire) - General Tarek Bannu, who left the country on Friday, is believed "
     "to have ordered the killing of protesters in the capital in 2019.", "extrajudicial_killing", "Tarek Bannu"),
    # NGO report
    ("Ostland: impunity for police killings\n\nSummary of findings\n\nMirko Dalen, a police superintendent in the "
     "capital, is reported to have been involved in more than 190 killings of suspects in staged encounters.", "extrajudicial_killing", "Mirko Dalen"),
]


@pytest.mark.parametrize("text,code,doer", RAISED)
def test_the_subject_of_is_alleged_to_have_did_the_deed(rules, text, code, doer):
    rows = text_rows(rules, text)
    assert doer in perpetrators(rows, code), find(rows, "abuse")


NOT_RAISED_DOER = [
    ("Ostland crackdown\n\nAt least two students who were detained in the campaign are reported to have been killed in "
     "custody.", "students"),
    ("Ostland crackdown\n\nMira Holt, a journalist detained in May, is said to have been tortured by the Varn Guard.",
     "Mira Holt"),
]


@pytest.mark.parametrize("text,sufferer", NOT_RAISED_DOER)
def test_one_reported_to_have_been_killed_or_tortured_suffered_it(rules, text, sufferer):
    rows = text_rows(rules, text)
    assert not any(sufferer in (p or "") for p in perpetrators(rows)), find(rows, "abuse")
