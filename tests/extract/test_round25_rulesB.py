"""Round 25 (rulesB): who speaks, denies or holds a post when the text names them by what they are.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire.
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def _speakers(rows):
    return {name(c["speaker"]) for c in find(rows, "statement")}


# -- counsel who speak without a name of their own are the speakers, not their clients --------------------------------------

@pytest.mark.parametrize("text, speaker", [
    # news: the client named by a possessive
    ("Danek's lawyer told reporters outside the court that his client would appeal.", "Danek's lawyer"),
    # news: the client named by "for"
    ("Ivo Danek had nothing to do with the killing, a lawyer for the businessman said in a statement on Monday.",
     "lawyer for the businessman"),
    # NGO report: one of several counsel
    ("One of the defence lawyers told journalists after the hearing that the verdict had been decided in advance.",
     "One of the defence lawyers"),
    # press release of a bar: plural counsel
    ("Their lawyers said in a statement on Thursday that Petra Orlova and Tomas Velkor would appeal.", "Their lawyers"),
])
def test_unnamed_counsel_speak_for_themselves(rules, text, speaker):
    rows = extract_rows(rules, text, "2024-05-02")
    assert speaker in _speakers(rows)
    assert not _speakers(rows) & {"Ivo Danek", "Danek", "Petra Orlova", "Tomas Velkor"}


def test_a_named_lawyer_is_the_named_person(rules):
    rows = extract_rows(rules, "His lawyer, Ivo Danek, told reporters the case against Petra Orlova was political.\n", "2024-05-02")
    assert "Ivo Danek" in _speakers(rows)
    assert not any("lawyer" in s.lower() for s in _speakers(rows))


# -- "told reporters" joined to another verb keeps that verb's subject --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tomas Velkor, now a congressman, wept as the verdict was read and told reporters that justice had been done.",
    "Tomas Velkor left the court and told journalists that he would keep campaigning.",
    "The director of the Varn Rights Centre, Tomas Velkor, visited the prison on Monday and told reporters the cells were overcrowded.",
])
def test_told_reporters_after_another_verb(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert "Tomas Velkor" in _speakers(rows)


def test_told_without_the_press_is_no_statement(rules):
    rows = extract_rows(rules, "Tomas Velkor wept as the verdict was read and told his family that he was relieved.\n", "2024-05-02")
    assert not find(rows, "statement")


# -- the accused named by what they are deny the charges themselves ----------------------------------------------------------

def _deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


@pytest.mark.parametrize("text, denier", [
    # news: a verdict story
    ("A court in Varn convicted three police officers of the murder of Tomas Velkor. The three convicted defendants had "
     "denied the charges throughout the trial.", "The three convicted defendants"),
    # news: a relative clause
    ("A military court sentenced Anton Brel and nine others to life in prison. The defendants, who deny the charges, "
     "refused to take part in the proceedings.", "The defendants"),
    # NGO report: a family named by its surname
    ("Mira Velkor and her brother Anton Velkor were charged with ordering the killings of 30 people. The Velkors have "
     "always denied the accusations.", "The Velkors"),
])
def test_a_group_named_by_a_noun_denies_the_charges(rules, text, denier):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert denier.removeprefix("The ") in {d.removeprefix("The ") for d in _deniers(rows)}


def test_a_group_denying_something_else_is_no_denial(rules):
    text = "Mira Velkor was detained on Monday. The defendants were denied access to their lawyers for a week.\n"
    rows = extract_rows(rules, text, "2024-05-02")
    assert not any("defendants" in d.lower() for d in _deniers(rows))


# -- a state that says it knows nothing of an arrest denies it ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two activists, Anton Brel and Mira Sand, were arrested by armed men in Varn on 9 July. The government has said it knows nothing of their arrest.",
    "Armed men arrested Anton Brel in Varn last week. The Ostland government said it knew nothing of his arrest.",
    "Anton Brel has been held incommunicado since his arrest in Varn. The Ostland government says it knows nothing of the arrest.",
])
def test_knowing_nothing_of_an_abuse_denies_it(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert any("government" in d.lower() or d == "Ostland" for d in _deniers(rows))


def test_a_monitor_knowing_nothing_denies_nothing(rules):
    text = "Anton Brel was arrested in Varn on 9 July. The Varn Rights Centre said it knows nothing of his whereabouts.\n"
    rows = extract_rows(rules, text, "2024-05-02")
    assert not find(rows, "denial")
