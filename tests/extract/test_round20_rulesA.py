"""Round 20 (rulesA): the one the grammar says an abuse befell is its victim and never its doer, though no name says so.

A pronoun is no mention, so "weeks before his disappearance, he ..." used to hand the deed to its own sufferer, and
"interrogators had beaten and tortured him" left the victim's slot empty. The possessor of a deed done to one person,
the "him" or "her" a deed verb acts on, the "he" of its passive and the subject of an intransitive verb "in detention"
all suffered it.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


def victims(rows, abuse_type=None):
    roles = {"abuse_type": abuse_type} if abuse_type else {}
    return {name(c.get("victim")) for c in find(rows, "abuse", **roles)}


# -- "his disappearance", "her arrest": the owner of the deed is no doer of it -----------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Ostland police detained the activist Dan Varo in Varn in May 2019. Weeks before his disappearance, he had helped to organise a forum.",
     "Dan Varo"),
    ("Ostland police detained the lawyer Lena Korvel in Varn in May 2019. In a video posted before her arrest, she said she feared for her life.",
     "Lena Korvel"),
])
def test_the_owner_of_a_deed_in_a_clause_of_their_own_suffered_it(rules, text, person):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert person not in perpetrators(rows), rows


# -- "deteriorated in detention", "remains in custody": held, not holding ----------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Ostland police detained the journalist Ali Moro in Varn in May 2019. Mr Moro's health has deteriorated in detention.", "Ali Moro"),
    ("Ostland police detained the journalist Ali Moro in Varn in May 2019. Moro remains in custody in Varn.", "Ali Moro"),
])
def test_who_is_in_detention_is_held_not_holding(rules, text, person):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert person not in perpetrators(rows), rows


def test_who_holds_someone_in_detention_holds_them(rules):
    rows = extract_rows(rules, "Ostland police kept the journalist Ali Moro in detention for a year.\n", "2022-01-10")
    assert "Ali Moro" not in perpetrators(rows), rows
    assert any("police" in p.lower() for p in perpetrators(rows, "arbitrary_detention")), rows


# -- "beaten and tortured him", "he was arrested": the pronoun is the victim ------------------------------------------

@pytest.mark.parametrize("text, person, code", [
    ("Ostland police arrested Dan Varo in Varn in May 2019. He told the court that interrogators had beaten and tortured him until he confessed.",
     "Dan Varo", "torture"),
    ("Ostland police arrested Lena Korvel in Varn in May 2019. She said guards at the Varn jail beat her every night.",
     "Lena Korvel", "ill_treatment"),
])
def test_the_pronoun_a_deed_is_done_to_is_its_victim(rules, text, person, code):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert person in victims(rows, code), rows
    assert person not in perpetrators(rows), rows


# -- "the mistreatment of political prisoners": the "of" of the deed is its victim, before others the sentence names --

@pytest.mark.parametrize("text, victim", [
    ("Ostland police detained Dan Varo in Varn in May 2019. The Varn police, who held Varo for a week, are notorious for the "
     "torture of detainees.", "detainees"),
    ("Ostland police detained Dan Varo in Varn in May 2019. Lena Korvel, his lawyer, said the police were responsible for the "
     "killing of Ali Moro.", "Ali Moro"),
])
def test_the_of_phrase_of_a_deed_is_its_victim(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    codes = {"torture", "extrajudicial_killing"}
    assert victim in {name(c.get("victim")) for c in find(rows, "abuse") if c["abuse_type"] in codes}, rows
    assert victim not in perpetrators(rows), rows


# -- "killed 17 people ... the rape of students": each deed its own victim ---------------------------------------------

@pytest.mark.parametrize("text, code, victim", [
    ("In May 2019 Ostland soldiers killed 17 people in Varn and detained dozens of journalists.", "arbitrary_detention", "journalists"),
    ("In May 2019 Ostland soldiers killed 17 people in Varn, and rights groups documented the rape of female students and the beating "
     "and arbitrary arrest of hundreds of protesters.", "arbitrary_detention", "protesters"),
    ("In May 2019 Ostland soldiers killed 17 people in Varn, and rights groups documented the rape of female students and the beating "
     "and arbitrary arrest of hundreds of protesters.", "sexual_violence", "female students"),
])
def test_each_deed_of_a_sentence_has_its_own_victim(rules, text, code, victim):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert victims(rows, code) == {victim}, rows
    assert victims(rows, "extrajudicial_killing") == {"17 people"}, rows


def test_a_force_a_deed_is_done_to_is_not_its_victim(rules):
    rows = extract_rows(rules, "In May 2019 Ostland soldiers detained dozens of protesters in Varn and killed two policemen.\n", "2022-01-10")
    assert "protesters" in victims(rows, "arbitrary_detention"), rows


# -- "no evidence tied him to the killing": a link denied names no doer -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ostland police arrested Dan Varo in Varn in May 2019. He told the court that interrogators had beaten him until he confessed, "
    "and that no evidence tied him to the killing.",
    "Ostland police arrested Dan Varo in Varn in May 2019. Prosecutors said that nothing linked Varo to the murder of the farmer Ali Moro.",
])
def test_a_link_no_evidence_makes_names_no_doer(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert "Dan Varo" not in perpetrators(rows), rows


def test_a_link_evidence_makes_names_the_doer(rules):
    rows = extract_rows(rules, "Ostland police arrested Dan Varo in Varn in May 2019. Prosecutors said that DNA evidence tied Varo "
                               "to the murder of the farmer Ali Moro.\n", "2022-01-10")
    assert "Dan Varo" in perpetrators(rows, "extrajudicial_killing"), rows


# -- "sanctioned 1,500 people, including those responsible for ...": whoever did it, not the last one listed ------------

@pytest.mark.parametrize("text", [
    "The UK has sanctioned Dan Varo, a judge of the Varn City Court. The UK has now sanctioned more than 1,500 individuals, "
    "including those responsible for the persecution of Ali Moro and other political prisoners.",
    "Ostland designated the prosecutor Dan Varo on Monday. Ostland has designated 300 people since 2019, among them all those "
    "involved in the torture of the journalist Ali Moro.",
])
def test_those_responsible_in_a_designation_are_whoever_did_it(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not perpetrators(rows) & {"Dan Varo", "Ali Moro"}, rows


# -- "convicted of killing a security guard": the state's case against a prisoner, no rights abuse ----------------------

@pytest.mark.parametrize("text", [
    "Ostland police arrested the activist Dan Varo in Varn in May 2019. He was charged with complicity in the killing of a police "
    "officer and sentenced to life in prison.",
    "Ostland police arrested the wrestler Dan Varo in May 2019. He was later convicted of killing a security guard during the unrest.",
])
def test_one_charged_with_killing_an_agent_of_the_state_is_no_abuser(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert "Dan Varo" not in perpetrators(rows), rows
    assert not find(rows, "abuse", abuse_type="extrajudicial_killing"), rows


def test_agents_convicted_of_killing_a_civilian_did_it(rules):
    rows = extract_rows(rules, "A court in Varn convicted two police officers of killing the student Ali Moro in May 2019.\n", "2022-01-10")
    assert "two police officers" in perpetrators(rows, "extrajudicial_killing"), rows


# -- "20 people were killed, most of them shot by security forces": the "by" of a clause about part of them ------------

@pytest.mark.parametrize("text, doer", [
    ("Rights groups say Dan Varo's re-election in 2017 was followed by a crackdown on protests in which more than 20 people "
     "were killed, most of them shot by security forces.", "security forces"),
    ("In May 2019 at least 30 protesters were killed in Varn, many of whom were shot by soldiers of the Ostland army.", "Ostland army"),
])
def test_a_clause_on_part_of_the_victims_names_the_doer(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == {doer}, rows
    assert "Dan Varo" not in perpetrators(rows), rows


def test_a_by_phrase_on_other_people_names_no_doer(rules):
    rows = extract_rows(rules, "In May 2019 at least 30 protesters were killed in Varn, and witnesses were questioned by police.\n",
                        "2022-01-10")
    assert not [c for c in find(rows, "abuse", abuse_type="extrajudicial_killing") if c["confidence"] > 0.4], rows


# -- "protests against hardship and corruption": a practice stood against is no case of it ----------------------------

@pytest.mark.parametrize("text", [
    "Ostland police arrested Dan Varo in May 2019 after he took part in protests against economic hardship and corruption.",
    "The Varn protests began in October 2016. They grew into a wider movement against corruption, unemployment and neglect of the region.",
    "Lena Korvel founded a campaign against torture in Varn in 2015.",
])
def test_a_practice_stood_against_is_no_case_of_it(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not find(rows, "abuse", abuse_type="corruption") and not find(rows, "abuse", abuse_type="torture"), rows


def test_protests_against_an_arrest_tell_that_it_happened(rules):
    rows = extract_rows(rules, "Ostland police arrested the journalist Dan Varo in Varn in May 2019, and hundreds protested against "
                               "the arrest of Varo.\n", "2022-01-10")
    assert find(rows, "abuse", abuse_type="arbitrary_detention"), rows
