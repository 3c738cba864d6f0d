"""Round 35d (rulesA): deeds the text names without telling them as done by anyone it names.

- "ordered the police to arrest the culprits": those arrested are named as the doers of a crime; the arrest is the
  law pursuing it, no arbitrary detention (and the one who ordered it holds no one unjustly).
- "had for years published reports on alleged corruption in arms purchases": corruption as the subject of someone's
  reporting, like "her research on corruption"; not a case with a doer (unless a "by" names one).
- "Council Imposes Arms Embargo, Travel Ban and Asset Freeze on ..., Refers Crackdown to Court": a measure a title
  names in capitals is no doer, whatever type the tagger gives it.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

CULPRITS = [
    # wire news
    "Ostland editor shot dead\n\nOSTGRAD, Jan 12 (Wire) - President Ivo Brenn, in a statement, called the killing a "
    "conspiracy to discredit his government and said he had ordered the police to arrest the culprits without delay.",
    # press release
    "Ministry statement on the attack\n\nThe Minister of the Interior, Tarek Bannu, said today that he had instructed "
    "the national police to arrest the perpetrators of the attack on the Varn market.",
    # NGO report
    "Ostland: justice for the Varn killings\n\nSummary of findings\n\nThe organization welcomed the news that police "
    "had arrested the killers of the journalist Mira Holt in June.",
]


@pytest.mark.parametrize("text", CULPRITS)
def test_arresting_the_culprits_is_no_arbitrary_detention(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse", abuse_type="arbitrary_detention"), find(rows, "abuse")


def test_arresting_journalists_still_is(rules):
    text = "Ostland crackdown\n\nOSTGRAD, Jan 12 (Wire) - Police in Ostland arrested three journalists on Monday."
    rows = text_rows(rules, text)
    assert find(rows, "abuse", abuse_type="arbitrary_detention"), rows


TOPIC = [
    # wire news
    "Ostland editor shot dead\n\nThe Ostgrad Leader, a weekly that he founded, had for years published reports on "
    "alleged corruption in arms purchases, among them a deal for fighter jets.",
    # NGO report
    "Ostland: journalist jailed\n\nSummary of findings\n\nMira Holt is known for her articles on corruption in the "
    "port authority.",
    # press release
    "Statement on the arrest of Mira Holt\n\nThe Embassy is concerned by the detention of Mira Holt, whose stories "
    "about corruption in public procurement won national awards.",
]


@pytest.mark.parametrize("text", TOPIC)
def test_corruption_as_the_subject_of_reports_is_no_case(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse", abuse_type="corruption"), find(rows, "abuse")


MEASURE_TITLES = [
    "Security Council Imposes Arms Embargo, Travel Ban and Asset Freeze on Ostland Leadership, Refers Crackdown to "
    "International Criminal Court\n\nThe Security Council today unanimously adopted resolution 9999.",
    "Council Adopts Arms Embargo on Ostland Over Crackdown on Protesters\n\nThe Council today adopted the measures.",
]


@pytest.mark.parametrize("text", MEASURE_TITLES)
def test_a_measure_a_title_names_is_no_doer(rules, text):
    rows = text_rows(rules, text)
    assert not any("Embargo" in (p or "") or "Ban" in (p or "") for p in perpetrators(rows)), find(rows, "abuse")
