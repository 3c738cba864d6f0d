"""Round 14: abuses and reports. Fighters a text calls by a common noun or after their movement ("the rebels", "the
Maoists") are the doers of what they are said to be responsible for; a movement's members are the movement the text
names.

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, perpetrators


# -- "X were responsible for killings": an act of X told by an adjective ------------------------------------------------

@pytest.mark.parametrize("text, abuse_type", [
    ("During the war in Ostland, the army fought a long insurgency. The rebels were responsible for abductions, killings and torture of villagers.",
     "torture"),
    ("The insurgents were responsible for the killing of three teachers in Dorav in 2019.", "extrajudicial_killing"),
    ("Militias roamed the north. The gunmen were also responsible for the torture of farmers near Varn.", "torture"),
])
def test_fighters_responsible_for_abuses_committed_them(rules, text, abuse_type):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    doers = perpetrators(rows, abuse_type)
    assert len(doers) == 1 and next(iter(doers)).split()[-1] in ("rebels", "insurgents", "gunmen")


def test_fighters_who_suffered_an_abuse_did_not_commit_it(rules):
    rows = extract_rows(rules, "The rebels were tortured in the Varn barracks, their lawyers said.\n", "2022-01-10")
    assert "rebels" not in perpetrators(rows)


# -- "the Maoists": the movement the text names --------------------------------------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("The Communist Party of Ostland (Maoist) waged an insurgency for ten years. The Maoists were responsible for killings and torture of informers.",
     "Communist Party of Ostland (Maoist)"),
    ("The Sandinista Front took power in Marsk in 1979. Two years later the Sandinistas detained hundreds of opponents.",
     "Sandinista Front"),
    ("Fighters of the Varnist Movement held the hills. In the spring the Varnists killed four teachers in Dorav.",
     "Varnist Movement"),
])
def test_a_movements_members_are_the_movement(rules, text, party):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows) == {party}


def test_members_of_a_movement_the_text_never_names_are_a_group_of_their_own(rules):
    rows = extract_rows(rules, "In Dorav, the Marxists killed four teachers in 2019.\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == {"Marxists"}


def test_a_people_called_by_its_demonym_is_no_movement(rules):
    rows = extract_rows(rules, "The Russians were responsible for the torture of prisoners, the report said.\n", "2022-01-10")
    assert "Russians" not in perpetrators(rows)


# -- "accused A, B and C of X": every one accused, lower-case bodies and a body's part named in apposition too -----------

@pytest.mark.parametrize("text, doers", [
    ("Rights groups have accused the police, the intelligence service and the youth wing of the ruling party, the Varn Youth League, "
     "of a campaign of killings, arbitrary arrests and torture.",
     {"police", "intelligence service", "Varn Youth League"}),
    ("Human Rights Watch accused the national gendarmerie, the presidential guard and the Marsk Defence Force of killing dozens of villagers in 2021.",
     {"national gendarmerie", "presidential guard", "Marsk Defence Force"}),
    ("Lawyers accused the Varn Police, the prison service and the military intelligence directorate of torturing detainees.",
     {"Varn Police", "prison service", "military intelligence directorate"}),
])
def test_everyone_accused_of_an_abuse_is_charged_with_it(rules, text, doers):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows) == doers


def test_people_named_in_apposition_to_a_counted_group_are_not_more_of_the_accused(rules):
    text = ("Two former guards, Tomas Rell and Odo Varn, were convicted of torturing prisoners at the Dorav camp, "
            "where the Ostland Army held hundreds of detainees.")
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert "Odo Varn" not in perpetrators(rows, "arbitrary_detention")


# -- a state's prosecutors named in lower case investigate; "an investigation into X" looks at X ---------------------------

from extract.claimhelp import find, name  # noqa: E402


def investigations(rows):
    return {(name(c["investigator"]), name(c.get("target"))) for c in find(rows, "investigation")}


@pytest.mark.parametrize("text, office, target", [
    ("QUITO, March 3 - Ecuador's attorney general's office said on Monday it had opened a preliminary investigation into "
     "Colonel Tomas Rell and two of his officers over the deaths of protesters.", "attorney general's office", "Tomas Rell"),
    ("The Ecuadorian attorney general's office said it had opened an investigation into General Odo Varn over the killings.",
     "attorney general's office", "Odo Varn"),
    ("Bolivia's prosecutor general's office has opened an investigation into Interior Minister Ana Velt.",
     "prosecutor general's office", "Ana Velt"),
])
def test_a_states_office_named_in_lower_case_investigates_whom_its_inquiry_is_into(rules, text, office, target):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert investigations(rows) == {(office, target)}


def test_the_inquiry_is_into_the_one_it_names_not_the_doer_of_the_abuse_beside_it(rules):
    text = ("The attorney general's office opened an inquiry into Interior Minister Ana Velt, a day after soldiers of the "
            "Varn Brigade killed nine protesters.")
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert investigations(rows) == {("attorney general's office", "Ana Velt")}
