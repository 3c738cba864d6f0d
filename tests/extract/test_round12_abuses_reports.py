"""Round 12: abuses and reports. Who did an abuse when the text names a legal step, a sufferer, one of several targets
or the one an allegation ties to it.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


# -- a warrant for someone's arrest is a step of justice, not a detention -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "On 4 May, a pre-trial chamber of the Regional Court issued arrest warrants for General Odo Varn and Colonel Pia Mast.",
    "Prosecutors in Dorav said they had obtained warrants for the arrest of eleven police officers.",
    "The judge signed a warrant for the arrest of the former interior minister, Kalo Remm.",
])
def test_an_arrest_warrant_tells_no_detention_and_its_issuer_detained_no_one(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert find(rows, "abuse") == []


def test_an_arrest_itself_is_still_a_detention_by_who_made_it(rules):
    rows = extract_rows(rules, "Police in Dorav arrested the journalist Ana Velt on Tuesday.\n", "2022-01-10")
    assert perpetrators(rows, "arbitrary_detention") == {"Police"}


# -- who bears the marks of an abuse suffered it ------------------------------------------------------------------------

@pytest.mark.parametrize("text, sufferer, code, doer", [
    ("The Ostland Guard detained Captain Tomas Rell in June. When he appeared before a court, he was pale, bore visible "
     "signs of torture and could not stand.", "Tomas Rell", "torture", "Ostland Guard"),
    ("Soldiers of the 12th Brigade detained the lawyer Ana Velt in March. When she was brought before a judge in April, "
     "Ana Velt bore visible signs of torture.", "Ana Velt", "torture", "12th Brigade"),
    ("The Ostland Guard detained Tomas Rell in June. His body showed marks of beatings when it was returned to his family.",
     "Tomas Rell", "ill_treatment", "Ostland Guard"),
])
def test_whoever_bears_signs_of_an_abuse_is_its_victim_never_its_doer(rules, text, sufferer, code, doer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert sufferer not in perpetrators(rows)
    assert doer in perpetrators(rows, code)
    assert {name(c.get("victim")) for c in find(rows, "abuse", abuse_type=code, perpetrator=doer)} == {sufferer}


# -- an abuse that describes one target's phrase is that target's, not every target's of the designation ---------------

@pytest.mark.parametrize("text, owner, others, code", [
    ("The Council of the Union listed 12 Ostland officials responsible for serious human rights violations and acts of "
     "corruption, and two officers from Valoria: General Odo Varn and Colonel Pia Mast.",
     "12 Ostland officials", {"Odo Varn", "Pia Mast"}, "corruption"),
    ("The Treasury today designated nine Marsk officials responsible for the torture of detainees, and two businessmen "
     "from Valoria:\n\n- Odo Varn, a banker;\n- Pia Mast, a shipping magnate.",
     "nine Marsk officials", {"Odo Varn", "Pia Mast"}, "torture"),
])
def test_an_abuse_on_one_targets_phrase_is_not_charged_to_the_targets_coordinated_with_it(rules, text, owner, others, code):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert owner in perpetrators(rows, code)
    assert not perpetrators(rows, code) & others


def test_the_people_a_described_group_names_share_its_abuse(rules):
    text = ("The Union today sanctioned 20 Ostland nationals involved in the killing of the reporter Ivo Strand in Marsk "
            "in May 2019, among them the former adviser Rem Kallas and Tomas Rell, a former deputy head of Ostland "
            "intelligence, and six officers from Valoria.")
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert {"Rem Kallas", "Tomas Rell"} <= perpetrators(rows, "extrajudicial_killing")


def test_grounds_given_for_the_whole_designation_are_every_targets(rules):
    rows = extract_rows(rules, "The Treasury designated General Odo Varn and Colonel Pia Mast for their roles in the "
                               "torture of detainees.\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"Odo Varn", "Pia Mast"}


# -- whom a text ties or links to an abuse is the doer it alleges --------------------------------------------------------

@pytest.mark.parametrize("sentence, code, doer", [
    ("The report tied the Ostland Guard to the killing of 40 villagers in Dorav.", "extrajudicial_killing", "Ostland Guard"),
    ("The 5th Battalion has been linked to the abduction of dozens of students.", "enforced_disappearance", "5th Battalion"),
    ("Last year the Union also tied the Marsk Development Corps to the use of forced labour.", "forced_labor",
     "Marsk Development Corps"),
])
def test_the_one_tied_or_linked_to_an_abuse_is_its_alleged_doer_not_the_one_who_ties_it(rules, sentence, code, doer):
    text = "The Union sanctioned General Odo Varn in March for the detention of protesters. " + sentence
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, code) == {doer}


# -- a court or prosecutor taking out an arrest warrant has an inquiry into the one sought under way ---------------------

@pytest.mark.parametrize("sentence, court, sought", [
    ("On 4 May, a pre-trial chamber of the Valorian Regional Court issued arrest warrants for General Odo Varn and "
     "Colonel Pia Mast.", "Valorian Regional Court", "Odo Varn"),
    ("The judges of the Tesk Tribunal issued arrest warrants for Mr Varn on Monday.", "Tesk Tribunal", "Mr Varn"),
    ("Prosecutors in Dorav said they had obtained warrants for the arrest of the former interior minister, Kalo Remm.",
     "Prosecutors in Dorav", "Kalo Remm"),  # (round 24: named with the place they sit in, as the annotated corpus does)
])
def test_who_issues_or_obtains_an_arrest_warrant_investigates_the_one_it_seeks(rules, sentence, court, sought):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    [inquiry] = find(rows, "investigation")
    assert (name(inquiry["investigator"]), name(inquiry["target"]), inquiry["finding"]) == (court, sought, "ongoing")
    assert find(rows, "abuse") == []


@pytest.mark.parametrize("sentence", [
    "Rights groups urged the court to issue a warrant for the arrest of General Odo Varn.",
    "The government refused to execute the arrest warrant for Colonel Pia Mast.",
    "The Tesk Tribunal has not issued a warrant for the arrest of Colonel Ivo Strand.",
])
def test_a_warrant_called_for_refused_or_not_issued_is_no_investigation(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert find(rows, "investigation") == []


# -- who holds a suspect of an abuse investigates him; holding a suspect is no detention --------------------------------

@pytest.mark.parametrize("sentence, holder, suspect, code", [
    ("Daniel Moreno was detained by Marsk police in May 2021 as a suspect in the killing of a young farmer in the "
     "village of Dorav.", "Marsk police", "Daniel Moreno", "extrajudicial_killing"),
    ("Colonel Pia Mast was arrested by the Valorian police on charges of torture.", "Valorian police", "Pia Mast", "torture"),
    ("Kalo Remm was arrested at his home on suspicion of murder, the Prosecutor-General's Office said.",
     "Prosecutor-General's Office", "Kalo Remm", "extrajudicial_killing"),
])
def test_who_holds_a_suspect_of_an_abuse_has_an_inquiry_into_him_and_detained_no_victim(rules, sentence, holder, suspect, code):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    [inquiry] = find(rows, "investigation")
    assert (name(inquiry["investigator"]), name(inquiry["target"]), inquiry["finding"]) == (holder, suspect, "ongoing")
    assert perpetrators(rows, code) == {suspect}
    assert perpetrators(rows, "arbitrary_detention") == set()


def test_a_critic_held_on_a_charge_that_names_no_abuse_is_a_detention_and_no_inquiry(rules):
    rows = extract_rows(rules, "The Ostland Guard detained the journalist Ana Velt on charges of spreading false news.\n",
                        "2022-01-10")
    assert perpetrators(rows, "arbitrary_detention") == {"Ostland Guard"}
    assert find(rows, "investigation") == []


# -- a commander named by his office in lower case is the doer the agent phrase names ----------------------------------

@pytest.mark.parametrize("sentence, code, doer", [
    ("Hundreds gathered outside the station to protest the rape of a teenage girl by a police commander in the town of "
     "Dorav.", "sexual_violence", "police commander"),
    ("The student Ana Velt was beaten to death by an army commander in Marsk, her family said.", "extrajudicial_killing",
     "army commander"),
])
def test_a_commander_named_by_his_office_in_an_agent_phrase_is_the_doer_not_the_forces_named_before(rules, sentence, code, doer):
    text = "Members of the Ostland Guard and the Marsk militia patrolled the streets on Friday. " + sentence
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, code) == {doer}


# -- a field label before a colon ("Reasons for listing:") is no subject of the clause after it -------------------------

ANNEX = """The Council today imposed restrictive measures on three individuals in Ostland.

Annex: Persons added to the list

1. Dorin Vasko

Position(s): Brigadier general; head of the National Security Bureau (NSB).
Reasons for listing: Officers of the NSB under his authority have harassed students and carried out arbitrary arrests of activists.

2. Elena Brask

Position(s): Commander of the Ostland Border Guard.
Reasons for listing: Brask is responsible for harassing and arbitrarily arresting lawyers and members of trade unions.

3. Tomas Kell

Position(s): Commander of the Marsk Prison Service.
Grounds for listing: Guards under his command have tortured detainees in Marsk.
"""


@pytest.mark.parametrize("code, doer", [
    ("arbitrary_detention", "National Security Bureau"),
    ("arbitrary_detention", "Elena Brask"),
    ("torture", "Tomas Kell"),
])
def test_the_subject_after_a_listing_label_is_the_doer_the_precise_rules_read(rules, code, doer):
    rows = [r for r in extract_rows(rules, ANNEX, "2022-01-10") if r["confidence"] >= 0.5]
    assert doer in perpetrators(rows, code)


# -- the doer of one numbered entry is not carried into the next ---------------------------------------------------------

def test_a_numbered_entry_starts_another_persons_account_and_takes_no_doer_from_the_entry_before(rules):
    text = ("The Council today imposed restrictive measures on two individuals in Ostland.\n\nAnnex: Persons added to the list\n\n"
            "1. Odo Varn\n\nPosition(s): Head of the Tesk Security Service (TSS).\nReasons for listing: Agents of the TSS under "
            "his command have harassed members of the opposition and carried out arbitrary arrests of students.\n\n"
            "2. Pia Mast\n\nPosition(s): Minister of the Interior.\nReasons for listing: Mast is responsible for intimidating "
            "and arbitrarily arresting journalists and members of civil society.\n")
    rows = extract_rows(rules, text, "2022-01-10")
    assert "Tesk Security Service" in perpetrators(rows, "arbitrary_detention")
    assert not [r for r in find(rows, "abuse", perpetrator="Tesk Security Service")
                if any("Mast is responsible" in ev["text"] for ev in r["evidence"])]


# -- an abuse told of whoever did it carries no doer over from before ----------------------------------------------------

@pytest.mark.parametrize("sentence, code", [
    ("The minister said the government would take action against those who committed torture.", "torture"),
    ("The Union will act against all those responsible for enforced disappearances in the region.", "enforced_disappearance"),
])
def test_an_abuse_told_of_whoever_did_it_takes_no_doer_from_the_sentences_before(rules, sentence, code):
    rows = extract_rows(rules, "Police in Dorav detained 40 students on Monday. " + sentence + "\n", "2022-01-10")
    assert perpetrators(rows, "arbitrary_detention") == {"Police"}
    assert perpetrators(rows, code) == set()


def test_those_an_abuse_befell_are_no_generic_doers_and_the_force_named_before_still_did_it(rules):
    rows = extract_rows(rules, "Soldiers of the 12th Brigade stormed the village of Marsk on Monday. Many of those who were "
                               "detained there were beaten in custody.\n", "2022-01-10")
    assert "12th Brigade" in perpetrators(rows, "ill_treatment")


# -- a monitor that reports an abuse in a relative clause on its own name has findings ---------------------------------

@pytest.mark.parametrize("sentence, monitor, doer", [
    ("Amnesty International, which said last year that at least 20 people were killed by soldiers of the Ostland army in "
     "Dorav, called for prosecutions.", "Amnesty International", "Ostland army"),
    ("Human Rights Watch, which reported in May that police in Marsk had tortured detainees, welcomed the verdict.",
     "Human Rights Watch", "police in Marsk"),
])
def test_a_monitor_that_reported_an_abuse_in_a_clause_on_its_name_investigated_its_doer(rules, sentence, monitor, doer):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    [inquiry] = find(rows, "investigation")
    assert (name(inquiry["investigator"]), name(inquiry["target"]), inquiry["finding"]) == (monitor, doer, "confirmed")
