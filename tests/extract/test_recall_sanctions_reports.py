"""The recall layer of sanctions, investigations, denials and statements (round 10).

After the precise rules, each of these types has fallbacks that read the shapes that are usually right: a fallback
only adds what the precise rules left out (for that entity or that sentence), never changes their claims, and its
claims carry confidence 0.35 so that they can be left out and measured on their own.

Short invented texts (people, companies, states and bodies are made up; the kinds of laws are real).
"""

import pytest

from extract.claimhelp import extract_rows, find, name

RECALL = 0.35


def recall(rows, ctype):
    return [r for r in rows if r["type"] == ctype and r["confidence"] == RECALL]


# -- sanctions: a name where a sanction puts who it hits ----------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Tarsk's government stepped up its campaign on Monday against U.S. sanctions on its Presidential Security Service, "
     "with the interior minister telling reporters that the force had done nothing wrong.\n", "Presidential Security Service"),
    ("Lotte Brannic's designation was announced by the State Department on Tuesday.\n", "Lotte Brannic"),
    ("The new measures target Harnik Holdings and its director, Ivan Telkov.\n", "Ivan Telkov"),
    ("The new measures target Harnik Holdings and its director, Ivan Telkov.\n", "Harnik Holdings"),
    ("The United States also targeted Harnik Holdings, which it said had financed the militia.\n", "Harnik Holdings"),
])
def test_a_name_in_the_slot_a_sanction_hits_is_a_less_certain_target(rules, text, target):
    rows = extract_rows(rules, text, "2023-05-04")
    got = find(rows, "sanction", target=target)
    assert len(got) == 1
    assert got[0]["confidence"] == RECALL


def test_the_authority_of_a_recall_target_is_the_one_the_sentence_names(rules):
    rows = extract_rows(rules, "Lotte Brannic's designation was announced by the State Department on Tuesday.\n", "2023-05-04")
    (got,) = find(rows, "sanction", target="Lotte Brannic")
    assert name(got["authority"]) == "Department of State"
    assert got["date"] == "2023-05-02"


def test_a_recall_target_takes_the_law_of_the_designation_told_in_its_paragraph(rules):
    text = ("The Treasury on Friday designated Ivan Telkov under Executive Order 13818.\n\n"
            "He owns a port in Tarsk. The new measures also target Harnik Holdings, the company that runs it.\n")
    rows = extract_rows(rules, text, "2023-05-04")
    (got,) = find(rows, "sanction", target="Harnik Holdings")
    assert got["confidence"] == RECALL
    assert name(got["legal_basis"]) == "E.O. 13818"
    assert name(got["authority"]) == "Department of the Treasury"


def test_a_counted_group_a_law_is_applied_to_alone_is_a_recall_target(rules):
    text = ("In the same month, the State Department announced visa restrictions on Tarskan officials involved in blocking "
            "journalists, under the Reciprocal Access to Tibet Act of 2018.\n")
    (got,) = recall(extract_rows(rules, text, "2023-05-04"), "sanction")
    assert name(got["target"]) == "Tarskan officials"
    assert name(got["legal_basis"]) == "Reciprocal Access to Tibet Act of 2018"
    assert got["measure"] == "entry_ban"


def test_another_body_barring_a_target_from_entry_is_a_second_designation_of_its_own(rules):
    text = ("The Treasury on Friday designated Ivan Telkov under Executive Order 13818 for his role in the killings of "
            "protesters in Kesh. The State Department separately barred Telkov from entering the United States.\n")
    rows = extract_rows(rules, text, "2023-05-04")
    by_basis = {name(r.get("legal_basis")): r for r in find(rows, "sanction", target="Ivan Telkov")}
    assert by_basis["E.O. 13818"]["confidence"] > RECALL  # the precise claim is left as it was
    second = by_basis[None]
    assert second["confidence"] == RECALL
    assert name(second["authority"]) == "Department of State"
    assert second["measure"] == "entry_ban"
    assert second["date"] == by_basis["E.O. 13818"]["date"]  # told with no date of its own: the act told with it


@pytest.mark.parametrize("text", [
    # an attack on a person is no sanction of him
    "Tarskan soldiers targeted Ivan Telkov, a journalist, during the protests.\n",
    # barred from something else than entry: no sanction
    "Police in Kesh barred Ivan Telkov from covering the trial of the opposition leader.\n",
    # asked for, not taken
    "Lawmakers urged the Treasury to target Harnik Holdings and its director, Ivan Telkov, with sanctions.\n",
    # a surname that qualifies a family is no one person
    "The Treasury designated Omar Gupta in 2019. It also designated the three Gupta brothers.\n",
    # a group whose members the same law's designations name one by one
    "The Treasury today designated 2 individuals under Executive Order 13818. The designated persons are Ivan Telkov "
    "and Oren Marrow.\n\nAs a result of today's action, all property of the designated persons is blocked.\n",
])
def test_no_recall_target_where_no_sanction_hits_a_name(rules, text):
    assert recall(extract_rows(rules, text, "2023-05-04"), "sanction") == []


# -- investigations: the author of an inquiry, the subject of a finding --------------------------------------------

@pytest.mark.parametrize("text, investigator, finding", [
    ("According to a report published in May by the Kesh Human Rights Foundation, soldiers executed at least 300 people "
     "in the village.\n", "Kesh Human Rights Foundation", "confirmed"),
    ("The Marrow Institute for Justice found that police had tortured at least 12 detainees.\n", "Marrow Institute for Justice",
     "confirmed"),
    ("A Tarskan army laboratory established that he had been poisoned with a nerve agent, a finding the Organisation for the "
     "Prohibition of Chemical Weapons (OPCW) confirmed in October.\n", "Organisation for the Prohibition of Chemical Weapons",
     "confirmed"),
    ("The UN special rapporteur on torture, Anna Kovac, found that guards at the Kesh prison had beaten detainees.\n",
     "Anna Kovac", "confirmed"),
])
def test_the_author_of_an_inquiry_or_the_subject_of_a_finding_is_a_less_certain_investigator(rules, text, investigator, finding):
    (got,) = find(extract_rows(rules, text, "2023-05-04"), "investigation", investigator=investigator)
    assert got["confidence"] == RECALL
    assert got["finding"] == finding


def test_a_recall_investigation_is_dated_by_its_sentence_and_aimed_at_the_perpetrator_it_tells(rules):
    text = ("According to a report published in May by the Kesh Human Rights Foundation, soldiers executed at least 300 "
            "people in the village.\n")
    (got,) = find(extract_rows(rules, text, "2023-05-04"), "investigation", investigator="Kesh Human Rights Foundation")
    assert got["date"] == "2023-05"
    assert name(got["target"]) == "soldiers"


@pytest.mark.parametrize("text", [
    # an inquiry only called for
    "The Tarsk Bar Association called for an independent investigation into the killings of protesters.\n",
    # a force telling what happened has not investigated it
    "Police confirmed that three protesters were killed on Sunday.\n",
    # a finding about no abuse, by a body with no inquiry
    "The Ministry of Finance found that the budget had grown.\n",
    # a minister's finding is no monitor's
    "Interior Minister Oren Valdek found that guards at the Kesh prison had beaten detainees.\n",
])
def test_no_recall_investigator_where_nobody_looked_into_an_abuse(rules, text):
    assert recall(extract_rows(rules, text, "2023-05-04"), "investigation") == []


# -- denials: passive and nominal forms, other words for "false", an official speaking after his side denied ---------

KILLING = "Soldiers of the Tarskan army shot dead 12 protesters in Kesh on Sunday. "
BEATING = "Police beat and detained dozens of students in Kesh. "


@pytest.mark.parametrize("text, denier", [
    (KILLING + "The allegations were rejected by the Ministry of Defence.\n", "Ministry of Defence"),
    (KILLING + "The Ministry of Defence issued a denial on Monday.\n", "Ministry of Defence"),
    (KILLING + "The government's denial came hours later.\n", "government"),
    (BEATING + "The Interior Ministry described the accounts as exaggerated.\n", "Interior Ministry"),
    (BEATING + "The authorities have rejected the claims. Interior Minister Oren Valdek has said that police acted lawfully "
               "against armed rioters.\n", "Oren Valdek"),
])
def test_a_denial_in_a_shape_the_precise_rules_leave_out_is_a_less_certain_denial(rules, text, denier):
    (got,) = find(extract_rows(rules, text, "2023-05-04"), "denial", denier=denier)
    assert got["confidence"] == RECALL


def test_the_side_that_denied_first_keeps_its_precise_denial(rules):
    rows = extract_rows(rules, BEATING + "The authorities have rejected the claims. Interior Minister Oren Valdek has said "
                                         "that police acted lawfully against armed rioters.\n", "2023-05-04")
    (first,) = find(rows, "denial", denier="authorities")
    assert first["confidence"] > RECALL


@pytest.mark.parametrize("text", [
    # withheld, not denied
    "The journalist was denied a visa by the Interior Ministry.\n",
    # silence is no denial
    BEATING + "The Interior Ministry did not respond to a request for comment.\n",
    # a rights group calling the official account false accuses; it does not deny
    BEATING + "The Kesh Human Rights Centre described the official account as false.\n",
    # an official speaking when nobody denied anything
    BEATING + "Interior Minister Oren Valdek has said that the city will hold elections in May.\n",
])
def test_no_recall_denial_where_nobody_denies_an_accusation(rules, text):
    assert recall(extract_rows(rules, text, "2023-05-04"), "denial") == []


# -- statements: co-speakers of a joint statement, the issuer a release's head names ----------------------------

def test_every_person_coordinated_with_a_speaker_speaks_through_the_same_medium(rules):
    text = ("In a joint statement, the foreign ministers of Tarsk and Kesh, Anna Kovac and Pieter Lund, called on Valdonia "
            "to release the detained journalists.\n")
    rows = extract_rows(rules, text, "2023-05-04")
    speakers = {name(r["speaker"]): r["confidence"] for r in find(rows, "statement", medium="joint statement")}
    assert set(speakers) == {"Anna Kovac", "Pieter Lund"}
    assert sorted(speakers.values())[0] == RECALL  # one of them the precise rules found, the other the recall layer


@pytest.mark.parametrize("head, speaker, medium", [
    ("From: Ministry of Foreign, European & Security Affairs\nPublished 3 May 2023",
     "Ministry of Foreign, European & Security Affairs", "press release"),
    ("Kesh Rights Centre public statement summary", "Kesh Rights Centre", "statement"),
])
def test_a_head_line_naming_the_issuer_makes_the_text_its_statement(rules, head, speaker, medium):
    text = ("Tarsk sanctions police chief over killings\n\n" + head + "\n\n"
            "Police in Kesh detained 40 activists on Sunday and beat several of them, witnesses said.\n")
    (got,) = find(extract_rows(rules, text, "2023-05-04"), "statement", speaker=speaker)
    assert got["confidence"] == RECALL
    assert name(got["medium"]) == medium
    assert got["date"] == "2023-05-04"


@pytest.mark.parametrize("text", [
    # a head line that names no issuer
    "Kesh: Families of the disappeared met with threats\n\nFrom the archive\n\nPolice in Kesh detained 40 activists on "
    "Sunday, the Kesh Rights Centre said.\n",
    # a speaker's deputy who only agreed did not make the statement
    "Foreign Minister Anna Kovac said in a statement that the abuses must end, and Pieter Lund, her deputy, agreed.\n",
])
def test_no_recall_statement_without_a_coordinated_speaker_or_an_issuer_line(rules, text):
    assert recall(extract_rows(rules, text, "2023-05-04"), "statement") == []
