"""Round 26 (rulesA): a verdict that punishes dissent is an abuse of the state whose court hands it down; a verdict
that punishes a crime against someone is justice.

Short invented texts (people, courts and places are made up; the states are real, as the state is the doer).
"""

import pytest

from extract.claimhelp import extract_rows, find, perpetrators


def _jailed(rows, victim):
    """The (perpetrator, abuse type) pairs of the detention and dissent claims whose victim is ``victim``."""
    return {(c["perpetrator"]["name"] if isinstance(c["perpetrator"], dict) else c["perpetrator"], c["abuse_type"])
            for c in find(rows, "abuse", victim=victim) if c["abuse_type"] in ("arbitrary_detention", "repression_of_dissent")}


# -- a sentence for speech, reporting, protest or membership ------------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    # press release
    ("The Ministry of Foreign Affairs condemns the sentencing in Kazakhstan of Aset Moldan. A Kazakh court jailed blogger "
     "Aset Moldan for three years over social media posts criticising the president.", "Aset Moldan"),
    # news report
    ("ALMATY, May 9 - A court in Kazakhstan on Tuesday sentenced Dina Orlan, a journalist with an independent news site, "
     "to five years in prison on charges of spreading false information.", "Dina Orlan"),
    # NGO report
    ("In Kazakhstan, the authorities continued to punish peaceful protest. In March a court sentenced Berik Samat to four "
     "years in prison for taking part in demonstrations in the town of Zhanakol.", "Berik Samat"),
])
def test_a_verdict_for_dissent_is_detention_and_repression_by_the_state(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert {("Kazakhstan", "arbitrary_detention"), ("Kazakhstan", "repression_of_dissent")} <= _jailed(rows, victim)


# -- a trial the text calls unjust, whatever the charge ------------------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    # press release
    ("We are appalled that Ilya Moran, a founder of the Vesna Legal Centre, was sentenced to ten years in a penal colony in "
     "Belarus after a sham trial.", "Ilya Moran"),
    # news report
    ("MINSK, March 3 - A Belarusian court sentenced Pavel Korsh to nine years in prison on smuggling charges, in a case his "
     "supporters called retribution for his work.", "Pavel Korsh"),
    # NGO report
    ("Anton Lesik was convicted of tax evasion and jailed for seven years by a court in Minsk in a politically motivated "
     "trial, the group said.", "Anton Lesik"),
    # a trial told as marred: unjust even where the charge is a killing
    ("In Belarus, Oleg Drozd was charged with complicity in the killing of a guard and was sentenced to life in prison "
     "after a trial marred by threats against his lawyers.", "Oleg Drozd"),
])
def test_a_verdict_called_unjust_is_detention_and_repression_by_the_state(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert {("Belarus", "arbitrary_detention"), ("Belarus", "repression_of_dissent")} <= _jailed(rows, victim)


# -- a court named by its proper name is a doer beside its state ---------------------------------------------------------

def test_a_named_court_is_a_doer_beside_its_state(rules):
    text = ("BANGKOK, Sept 26 - On Tuesday the Bangkok Southern Criminal Court sentenced activist Somchai Rattana to four "
            "years in prison in Thailand for speeches he gave at protests.\n")
    rows = extract_rows(rules, text, "2023-09-26")
    jailed = _jailed(rows, "Somchai Rattana")
    assert ("Thailand", "arbitrary_detention") in jailed
    assert ("Bangkok Southern Criminal Court", "repression_of_dissent") in jailed


# -- where it must not fire: justice done, or no verdict on dissent ------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    # a torturer sentenced
    ("A court in Kazakhstan sentenced police officer Dan Rusk to twelve years in prison for torturing a detainee to death.",
     "Dan Rusk"),
    # a murderer sentenced, even one who had been an activist
    ("A court in Kazakhstan sentenced former activist Tomas Ferl to life in prison for the murder of his neighbour.",
     "Tomas Ferl"),
    # a verdict feared, not handed down
    ("Lawyers for the journalist Mira Tesk said she could be sentenced to ten years in prison in Kazakhstan.", "Mira Tesk"),
    # a crime of money, no dissent named
    ("A court in Kazakhstan sentenced banker Oleg Varin to nine years in prison for embezzlement.", "Oleg Varin"),
    # records that "show" a verdict call no trial a show trial
    ("Court records show that Ruslan Bek was sentenced to nine years in prison in Kazakhstan for a robbery.", "Ruslan Bek"),
])
def test_a_verdict_for_a_crime_or_none_is_no_abuse_of_the_court(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert not _jailed(rows, victim)
    assert "Kazakhstan" not in perpetrators(rows, "repression_of_dissent")
