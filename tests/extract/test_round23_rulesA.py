"""Round 23 (rulesA): who acted versus who suffered.

On new text the commonest wrong abuse perpetrator was the abuse's own patient: an opposition leader who "survived an
assassination attempt" as the doer of a killing, a detainee's wife who walked to the detention centre as the doer of
the detention, a newspaper that published reports days before its founder was arrested as the doer of the arrest,
a man "who had been the target of a persecution" as the persecutor. Every doer rule now asks one test
(``_patients``) and refuses rather than invents.

Short invented texts (people and bodies are made up).
"""

import pytest

from extract.claimhelp import extract_rows, name, perpetrators


def doers(rules, text, abuse_type=None):
    return perpetrators(extract_rows(rules, text + "\n", "2022-01-10"), abuse_type)


# -- the subject of "survived/suffered/endured" an abuse went through it ---------------------------------------------

@pytest.mark.parametrize("text, sufferer", [
    ("Opposition leader Tomas Varik, who survived an assassination attempt in 2019 when gunmen fired at him outside his "
     "home, returned to Kelmar on Monday.", "Tomas Varik"),
    ("The Ministry of Foreign Affairs notes that Dana Orlov suffered torture in 2020 and has since left Ostland.", "Dana Orlov"),
    ("According to the Ostland Rights Centre, activist Pavel Renko endured beatings in custody and was later released.",
     "Pavel Renko"),
])
def test_who_went_through_it_did_not_do_it(rules, text, sufferer):
    assert sufferer not in doers(rules, text), doers(rules, text)


@pytest.mark.parametrize("text, sufferer", [
    ("Dan Varo was jailed on Monday. Varo told reporters that he had been the target of a persecution rather than a trial.",
     "Dan Varo"),
    ("Lena Brask was detained in May. Brask said she was the victim of an abduction organised by the state.", "Lena Brask"),
    ("The Kelm Bar Association said that its chairman, Ivo Dral, had been the target of an arbitrary arrest.", "Ivo Dral"),
])
def test_the_target_of_an_abuse_did_not_do_it(rules, text, sufferer):
    assert sufferer not in doers(rules, text), doers(rules, text)


# -- a clause after "after/when" names the doer only when its verb is one of force -----------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("Journalist Dan Varo was arrested at his home on July 29, days after the Kelm Herald published a series of reports "
     "on the president.", "Kelm Herald"),
    ("Lina Varo was detained in March, two weeks after the Ostland Times printed her interview.", "Ostland Times"),
    ("Rights defender Per Odin was abducted in Kelm last year, shortly after the Dorav Monitor released his findings.",
     "Dorav Monitor"),
])
def test_a_clause_that_only_says_when_names_no_doer(rules, text, outlet):
    assert outlet not in doers(rules, text), doers(rules, text)


@pytest.mark.parametrize("text", [
    "Six people were killed when soldiers of the Ostland army fired on the crowd.",
    "The rally ended in bloodshed: 12 protesters were killed when troops of the Ostland army opened fire on them.",
])
def test_a_clause_of_force_still_names_the_doer(rules, text):
    assert "Ostland army" in doers(rules, text, "extrajudicial_killing"), doers(rules, text)


# -- whom a participle describes, and who goes to the place a deed word names ----------------------------------------

@pytest.mark.parametrize("text, described", [
    ("Mira Holt was arrested on Monday. Last April Mira Holt and other wives of detained lawyers set out to walk to Kelm.",
     "Mira Holt"),
    ("The Ostland Lawyers Union, which represents jailed journalists, held a press conference.", "Ostland Lawyers Union"),
    ("Relatives of abducted activists, among them Tom Brask, met the Kelm Rights Forum on Friday.", "Tom Brask"),
])
def test_whom_a_participle_describes_did_not_do_it(rules, text, described):
    assert described not in doers(rules, text), doers(rules, text)


@pytest.mark.parametrize("text, walker", [
    ("Mira Holt walked to the detention centre in Kelm to ask about her husband.", "Mira Holt"),
    ("His wife, Anna Perel, set out on foot for the detention centre in Dorav, the family said.", "Anna Perel"),
    ("The Kelm Mothers Committee travelled to the detention facility in Orla to demand news.", "Kelm Mothers Committee"),
])
def test_who_goes_to_a_detention_centre_holds_no_one(rules, text, walker):
    assert walker not in doers(rules, text), doers(rules, text)


def test_who_takes_someone_to_a_detention_centre_still_can(rules):
    text = "Police in Kelm detained Ivo Dral on Monday and took him to a detention centre."
    got = doers(rules, text, "arbitrary_detention")
    assert any("Police" in p or "police" in p for p in got), got


# -- a headline's bare deed noun after "after" is the subject's own -------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("Opposition leader Tomas Varik was abducted in Nairobi on Saturday. Varik appears before military court after "
     "abduction in Nairobi.", "Tomas Varik"),
    ("Dana Orlov was kidnapped on 3 May. Orlov resurfaces in police custody after abduction, lawyers say.", "Dana Orlov"),
    ("Activist Lena Brask was seized in Kelm. Brask charged with treason following arrest at border.", "Lena Brask"),
])
def test_after_a_bare_deed_noun_the_subject_suffered_it(rules, text, subject):
    assert subject not in doers(rules, text), doers(rules, text)


# -- a medium and a province are never the doer ----------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Ivo Tarn was governor of Dorav Province until 2019. He engaged in corruption, including by paying bribes.",
     "Dorav Province"),
    ("Per Odin ran the Orla District administration. Officials there engaged in corruption, the report says.",
     "Orla District"),
])
def test_an_administrative_place_is_not_the_doer(rules, text, place):
    assert place not in doers(rules, text), doers(rules, text)


def test_the_doer_is_still_found_beside_the_patient(rules):
    """The test refuses patients only: the agent of the same sentence keeps the claim."""
    text = "Soldiers of the Ostland army beat Pavel Renko, who later survived torture in Kelm prison."
    got = doers(rules, text)
    assert "Pavel Renko" not in got, got
    assert "Ostland army" in got, got


@pytest.mark.parametrize("text, outlet", [
    ("KELM, June 14 (AP) - A Kelm court on Wednesday sentenced Dan Varo, the founder of the newspaper Kelm Courier and "
     "one of Ostland's best-known investigative journalists, to six years in prison for money laundering.", "Kelm Courier"),
    ("Ostland's Supreme Court jailed Lena Brask, editor of the daily Ostpost and a prominent critic of the government, "
     "for tax evasion.", "Ostpost"),
    ("The court sentenced Per Odin, owner of the news website Dorav Today and a veteran reporter, to four years for "
     "fraud.", "Dorav Today"),
])
def test_an_outlet_whose_staff_were_held_holds_no_one(rules, text, outlet):
    assert outlet not in doers(rules, text), doers(rules, text)


@pytest.mark.parametrize("text, place", [
    ("The Varn detention centre, where dozens of protesters were beaten, lies outside Kelm.", "Varn"),
    ("Orla Prison in Kelm, where Ivo Dral was held and put to death, is run by the Interior Ministry.", "Orla Prison"),
    ("Witnesses described the Sarn camp, where detainees were tortured, as overcrowded.", "Sarn"),
])
def test_the_place_a_where_clause_describes_is_not_the_doer(rules, text, place):
    assert place not in doers(rules, text), doers(rules, text)


def test_a_where_clause_keeps_its_own_doer(rules):
    got = doers(rules, "Reporters visited the Orla camp, where soldiers of the Varn Army beat detainees.")
    assert "Orla" not in got and "Orla camp" not in got, got
    assert got, got


@pytest.mark.parametrize("text, place", [
    ("Tarek al-Hadi\n\nAl-Hadi, known as Abu Samir, is a former governor of Sarq al-Nur Province and a member of the "
     "Council of Elders. He has engaged in corruption, including by paying bribes to secure his posts.", "al-Nur Province"),
    ("Omar Selim, a former governor of Wadi al-Din Province, was removed in 2019. He has engaged in corruption, "
     "including by paying bribes.", "Wadi al-Din Province"),
])
def test_a_province_the_tagger_took_for_a_person_is_not_the_doer(rules, text, place):
    """The NER reads "al-Nur Province" as a person's name, and "He" can be resolved to it: a name ending in the word
    of a territory's kind is never the one who paid the bribes."""
    got = doers(rules, text)
    assert place not in got and not any(p.endswith("Province") for p in got), got


# -- the doer carried from the story's last claim is not the one the story told the deed was done to ----------------

@pytest.mark.parametrize("text, sufferer", [
    ("Ivo Dral, a former minister, was arrested by police in Kelm in May 2020. Prosecutors accuse Dral of embezzling "
     "state funds. Opposition leaders had not commented on the detention by Tuesday.", "Ivo Dral"),
    ("Police in Orla detained Lena Brask in March. Brask is accused of taking bribes from a mining company. Her party "
     "called the arrest a political act.", "Lena Brask"),
    ("Agents of the Ostland Security Service abducted Tom Brask in 2021. Prosecutors accuse Brask of embezzling state "
     "funds. Rights groups condemned the abduction.", "Tom Brask"),
])
def test_a_sufferer_named_for_corruption_is_not_carried_into_his_own_arrest(rules, text, sufferer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert sufferer in perpetrators(rows, "corruption"), rows  # (the corruption is still his)
    assert not [r for r in rows if r["type"] == "abuse" and r["abuse_type"] != "corruption"
                and name(r["perpetrator"]) == sufferer], rows
