"""Round 13: abuses and reports. When an abuse word tells no act of the one the rules would charge with it (the trust of an
office abused, a death in an accident, a speaker's name for a charge, an act told as not done, an abuse attributed to no
one the text names, the court that convicts), and who denies, states and investigates.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, perpetrators


# -- "abused his office" is corruption, not ill-treatment -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, doer", [
    ("While in office, Mayor Tomas Rell abused his position by steering road contracts to his brother's firm.", "Tomas Rell"),
    ("Ana Velt, the former customs chief of Ostland, has spent years abusing public office to enrich herself.", "Ana Velt"),
    ("The Treasury said Governor Odo Varn abused his power to award licences to companies he owned.", "Odo Varn"),
])
def test_abusing_an_office_is_corruption_and_no_ill_treatment(rules, sentence, doer):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert doer not in perpetrators(rows, "ill_treatment")
    assert doer in perpetrators(rows, "corruption")


def test_an_abused_person_is_still_ill_treated(rules):
    rows = extract_rows(rules, "Guards of the Ostland Guard abused the detainees at the Varn camp.\n", "2022-01-10")
    assert perpetrators(rows, "ill_treatment") == {"Ostland Guard"}


# -- a death in an accident is no killing -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Minister Tomas Rell was convicted of fraud over the 2011 rail crash at Varn station, in which 40 passengers were killed.",
    "The Marsk Police Service said nine miners were killed in a landslide at the Dorav mine on Tuesday.",
    "Police under Colonel Odo Varn broke up the march. Two days later, 12 pilgrims were killed in a stampede at the Dorav shrine.",
])
def test_people_killed_in_an_accident_were_killed_by_no_one(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == set()


def test_a_killing_told_beside_an_accident_is_still_a_killing(rules):
    rows = extract_rows(rules, "Soldiers of the 12th Brigade killed four villagers near the site of the bus crash.\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == {"12th Brigade"}


# -- a speaker's name for a charge or a case tells no abuse ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Tomas Rell, who remains the leader of the Ostland People's Party, describes the proceedings as political persecution.",
    "Ana Velt has rejected the charges and described them as persecution by her rivals.",
    "The Marsk Foreign Ministry branded the sanctions a form of repression against the Marsk people.",
])
def test_what_a_speaker_calls_a_charge_or_measure_is_no_abuse(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert find(rows, "abuse") == []


# -- an abuse told as not done, or attributed to no one named ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Ostland Guard detained Pia Mast in May. Her three accusers were tried in absentia; none of them has been arrested.",
    "Soldiers of the 12th Brigade detained Pia Mast in May. No one has been detained for the attack on her house.",
])
def test_a_passive_abuse_told_of_no_one_is_no_claim(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert all(c["evidence"][0]["text"].startswith(("The Ostland", "Soldiers")) for c in find(rows, "abuse"))


@pytest.mark.parametrize("text, doers", [
    ("Soldiers of the 12th Brigade detained Pia Mast in May. Hers is one of thousands of cases of killings and torture "
     "attributed to both sides.", set()),
    ("Soldiers of the 12th Brigade detained Pia Mast in May. The report lists 40 killings attributed to the Dorav "
     "Liberation Front.", {"Dorav Liberation Front"}),
])
def test_an_abuse_attributed_to_someone_is_theirs_and_no_one_elses(rules, text, doers):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == doers


# -- the court that convicts judges the abuse: its "by" phrase names no doer -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "It was one of the first convictions by a civilian court of army officers for killings and torture in Ostland.",
    "The trial by the Marsk Military Tribunal of four guards accused of torture opened on Monday.",
])
def test_the_court_of_a_conviction_or_trial_is_no_doer(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert not {"Marsk Military Tribunal", "civilian court"} & perpetrators(rows)


# -- the state and its rule: "Belarus's regime", "the Belarusian government", a bare "the regime" ---------------------------

@pytest.mark.parametrize("text", [
    "Belarus's regime continues to commit serious abuses, from killings to torture.",
    "The Belarusian government continues to commit serious abuses, from killings to torture.",
    "Belarus held a sham election in August. Since then the regime has committed serious abuses, from killings to torture.",
])
def test_a_regime_or_government_is_the_state_it_rules(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"Belarus"}


# -- lawmakers hold, beat and kill no one ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police in Dorav broke up the rally. Tomas Rell, the former president, was removed by Congress and detained on 7 May.",
    "The National Assembly of Ostland voted to strip Ana Velt of her immunity, and she was arrested by parliament guards.",
])
def test_a_legislature_is_no_doer_of_a_detention(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert not {"Congress", "National Assembly of Ostland"} & perpetrators(rows)


# -- "subjected to" is a passive: the force named acting before it did it ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Soldiers of the 12th Brigade run the prison camps in the north. Prisoners there are subjected to torture.",
    "Soldiers of the 12th Brigade raided the village. The men they seized were subjected to torture.",
])
def test_what_prisoners_are_subjected_to_was_done_by_the_force_named_acting_before(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"12th Brigade"}


# -- a relative pronoun that carries out an abuse is the noun it hangs on ---------------------------------------------------

@pytest.mark.parametrize("text, doers", [
    ("General Odo Varn commands the Ostland Guard and the Rapid Action Brigade, which carried out most of the arrests "
     "during the protests.", {"Ostland Guard", "Rapid Action Brigade"}),
    ("The minister oversees the Marsk Border Police, which committed most of the detentions in the crackdown.",
     {"Marsk Border Police"}),
])
def test_bodies_a_relative_clause_says_carried_out_an_abuse_did_it(rules, text, doers):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, "arbitrary_detention") == doers


def test_a_relative_clause_that_only_describes_someone_gives_them_no_abuse(rules):
    text = "Tomas Rell, who has been a sharp critic of the government's record on corruption, spoke in Dorav on Monday."
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert "Tomas Rell" not in perpetrators(rows)


# -- a doer "led" a raid only when the word is joined to it ("militia-led"), not a "led" somewhere in the phrase -------------

def test_a_victim_is_no_doer_because_a_clause_on_his_phrase_says_led(rules):
    text = ("One of them, Tomas Rell, a clerk at the Valorian embassy in Dorav, was arrested last October, a move that led "
            "Valoria to suspend visa services.")
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert "Tomas Rell" not in perpetrators(rows)


# -- statements: "the ministry said in a statement", "told reporters", the issuer line under "Press Statement" -------------

@pytest.mark.parametrize("text, speaker", [
    ("The Belarusian interior ministry said on Monday that police had detained four activists. The detentions were lawful, "
     "the ministry said in a statement.", "Belarusian interior ministry"),
    ("The Nigerian defence ministry denied the report. The ministry said in a statement that soldiers had acted lawfully.",
     "Nigerian defence ministry"),
])
def test_the_body_a_bare_noun_refers_back_to_speaks_in_its_statement(rules, text, speaker):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert speaker in {c["speaker"]["name"] if isinstance(c["speaker"], dict) else c["speaker"] for c in find(rows, "statement")}


@pytest.mark.parametrize("sentence, speaker", [
    ("The ministry's spokesman, Tomas Rell, told reporters that the soldiers had acted lawfully.", "Tomas Rell"),
    ("Government spokeswoman Ana Velt told journalists in Dorav that the sanctions were unjust.", "Ana Velt"),
])
def test_whoever_told_reporters_made_a_less_certain_statement_to_the_press(rules, sentence, speaker):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    said = find(rows, "statement", speaker=speaker)
    assert [c["medium"] for c in said] in (["told reporters"], ["told journalists"])
    assert said[0]["confidence"] < 0.4


def test_a_witness_who_did_not_tell_reporters_makes_no_statement(rules):
    rows = extract_rows(rules, "Tomas Rell did not tell reporters where he had been held.\n", "2022-01-10")
    assert find(rows, "statement") == []


def test_the_issuer_of_a_press_statement_is_the_line_under_its_header_not_the_headline(rules):
    text = ("Public Designation of Former Ostland Minister Tomas Rell\n"
            "Due to Involvement in Significant Corruption\n\nPress\nStatement\nAna Velt, Secretary of State\nMarch 2, 2024\n\n"
            "The Department of State is designating former Ostland minister Tomas Rell under Section 7031(c) due to his "
            "involvement in significant corruption.\n")
    rows = extract_rows(rules, text, "2024-03-02")
    assert {c["speaker"] if isinstance(c["speaker"], str) else c["speaker"]["name"] for c in find(rows, "statement")} == {"Ana Velt"}


# -- denials without a word of denying: defending the conduct, condemning the sanction; "both ministers" -----------------

@pytest.mark.parametrize("text, denier", [
    ("Police in Nairobi shot dead 12 protesters on Monday. Kenya's interior minister, Tomas Rell, speaking to parliament, "
     "defended the actions of the police and said officers had been attacked.", "Tomas Rell"),
    ("Soldiers of the 12th Brigade killed four villagers. The Nigerian defence ministry defended the conduct of its troops.",
     "Nigerian defence ministry"),
])
def test_the_accused_side_that_defends_the_conduct_denies_the_abuse(rules, text, denier):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert find(rows, "denial", denier=denier)


def test_a_rights_group_that_defends_the_protesters_denies_nothing(rules):
    text = "Police in Dorav shot dead 12 protesters on Monday. Amnesty International defended the actions of the protesters."
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert find(rows, "denial") == []


def test_the_sanctioned_states_ministry_that_condemns_the_sanction_rejects_it(rules):
    text = ("The U.S. Treasury on Wednesday sanctioned Turkey's interior minister, Tomas Rell, under the Global Magnitsky Act. "
            "Turkey's Foreign Ministry condemned the decision as an attempt to interfere in its affairs.")
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert find(rows, "denial", denier="Foreign Ministry")


def test_both_ministers_who_dismiss_the_measures_are_the_two_designated(rules):
    text = ("The U.S. Treasury on Wednesday designated Justice Minister Tomas Rell and Interior Minister Ana Velt of Turkey "
            "under the Global Magnitsky Act.\n\nBoth ministers dismissed the measures.")
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert {c["denier"] for c in find(rows, "denial")} >= {"Tomas Rell", "Ana Velt"}


# -- courts that convict someone the text accuses have investigated them ---------------------------------------------------

DESIGNATION = ("The Department of State is designating former Ostland President Tomas Rell and former Minister Ana Velt "
               "under Section 7031(c) due to their involvement in significant corruption.\n\n")


@pytest.mark.parametrize("sentence, court, target", [
    ("In May 2022, a federal court in Buenos Aires found Tomas Rell guilty of fraudulent administration.",
     "a federal court in Buenos Aires", "Tomas Rell"),
    ("In April 2023 Ana Velt was sentenced in absentia by the Dorav Court of Appeal to 15 years in prison for fraud.",
     "Dorav Court of Appeal", "Ana Velt"),
    ("Courts in Argentina have convicted both of them of corruption-related offenses.", "Courts in Argentina", "Tomas Rell"),
])
def test_a_court_that_convicts_a_designated_person_investigated_them(rules, sentence, court, target):
    rows = extract_rows(rules, DESIGNATION + sentence + "\n", "2024-03-02")
    found = find(rows, "investigation", investigator=court)
    assert found and found[0]["finding"] == "confirmed"
    assert target in {c["target"]["name"] if isinstance(c["target"], dict) else c["target"] for c in found}


def test_a_court_that_jails_a_critic_found_its_own_case_proven(rules):
    # (round 21: the annotated corpus, fresh10 to fresh18, counts such a verdict as the court's confirmed finding on the
    # one it jails; before, this said the court had investigated nothing)
    text = "A court in Minsk sentenced the blogger Pia Mast to six years in prison for insulting the president.\n"
    rows = extract_rows(rules, text, "2024-03-02")
    assert [(c["investigator"], c["target"], c["finding"]) for c in find(rows, "investigation")] == [
        ("A court in Minsk", "Pia Mast", "confirmed")]


def test_the_tribunal_named_again_is_the_court_named_before(rules):
    text = DESIGNATION + ("In May 2022, a federal court in Buenos Aires found Tomas Rell guilty of fraudulent administration. "
                          "The tribunal sentenced him to six years in prison.\n")
    rows = extract_rows(rules, text, "2024-03-02")
    assert {c["investigator"] if isinstance(c["investigator"], str) else c["investigator"]["name"]
            for c in find(rows, "investigation")} == {"a federal court in Buenos Aires"}


# -- what a clause on the subject tells of it names no second doer -----------------------------------------------------------

@pytest.mark.parametrize("sentence, doer, not_doer", [
    ("Fighters loyal to Colonel Tomas Rell, who leads the Ostland People's Party, have killed 12 villagers.",
     "Tomas Rell", "Ostland People's Party"),
    ("The Marsk Guard, which answers to the Ministry of Public Order, has tortured hundreds of detainees.",
     "Marsk Guard", "Ministry of Public Order"),
])
def test_a_body_named_in_a_clause_that_describes_the_doer_is_no_doer(rules, sentence, doer, not_doer):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert doer in perpetrators(rows)
    assert not_doer not in perpetrators(rows)


def test_a_monitor_that_says_under_a_dateline_it_collected_testimony_investigated(rules):
    text = ("DHAKA, May 3, 2022 - Amnesty International said on Thursday that it had collected the testimony of 40 people "
            "who were beaten in custody by police.\n")
    rows = extract_rows(rules, text, "2022-05-03")
    assert find(rows, "investigation", investigator="Amnesty International")


# -- a court that rules on the custody of someone awaiting trial has a case under way -----------------------------------------

@pytest.mark.parametrize("text, court", [
    ("Pastor Tomas Rell was detained in October. A court in the Aegean town of Aliağa ruled on July 18 that he should "
     "stay in jail.", "A court in the Aegean town of Aliağa"),
    ("Ana Velt was arrested in Minsk on Monday. On Tuesday the Minsk City Court ordered her kept in custody for two months.",
     "Minsk City Court"),
])
def test_a_court_that_keeps_someone_in_custody_has_an_inquiry_under_way(rules, text, court):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    found = find(rows, "investigation", investigator=court)
    assert found and found[0]["finding"] == "ongoing"


def test_a_court_that_orders_someone_freed_has_no_case_against_them(rules):
    text = "Soldiers abducted the journalist Pia Mast in May. A court ordered her release, but she was taken again.\n"
    rows = extract_rows(rules, text, "2022-01-10")
    assert find(rows, "investigation") == []
