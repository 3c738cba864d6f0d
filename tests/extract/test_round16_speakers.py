"""Round 16: a speaker is not the doer of the abuses he tells of. One who points to, cites or defends a deed (an
announcer of a sanction, a minister defending a deportation) did not do it; a state named as the owner of a record or
campaign of abuses ("Belarus's record of torture") did. What a speaker says another did still charges that other.

Short invented texts (people and groups are made up; the states are real names the gazetteer knows).
"""

import pytest

from extract.claimhelp import extract_rows, perpetrators


@pytest.mark.parametrize("text, state", [
    ("The Secretary of State Anna Brell announced visa restrictions on Ostland officials. Brell pointed to Eritrea's long "
     "record of persecution, forced labour and torture of Varnists.", "Eritrea"),
    ("Senator Ola Frisk cited Belarus's record of torture of detained students when she announced the travel bans.", "Belarus"),
    ("In a speech on Monday, Foreign Minister Dag Holm highlighted Iran's long history of persecution of Bahais.", "Iran"),
])
def test_a_state_owning_a_record_of_abuses_did_them_not_the_one_pointing_to_it(rules, text, state):
    rows = extract_rows(rules, text + "\n", "2025-03-14")
    doers = perpetrators(rows)
    assert state in doers
    assert not any(p.split()[-1] in ("Brell", "Frisk", "Holm") for p in doers)


@pytest.mark.parametrize("text, speaker", [
    ("Interior Minister Jan Olt defended the deportation of 30 Varnists to Eritrea, where they face arbitrary detention.", "Olt"),
    ("Justice Minister Mara Lind justified the detention of the deported men in Belarus on Tuesday.", "Lind"),
])
def test_an_official_defending_a_measure_is_not_its_doer(rules, text, speaker):
    rows = extract_rows(rules, text + "\n", "2025-03-14")
    assert not any(p.split()[-1] == speaker for p in perpetrators(rows))


@pytest.mark.parametrize("text", [
    "Foreign Minister Karl Dobos said the deported men face persecution and torture in Eritrea.",
    "\"They will face torture and forced labour in Iran,\" said Senator Ella Kvist.",
])
def test_a_speaker_telling_what_others_will_face_is_charged_with_nothing(rules, text):
    rows = extract_rows(rules, text + "\n", "2025-03-14")
    assert not any(p.split()[-1] in ("Dobos", "Kvist") for p in perpetrators(rows))


@pytest.mark.parametrize("text, doer", [
    ("Foreign Minister Karl Dobos said that the Eritrean police tortured the deported men.", "police"),
    ("Senator Ella Kvist pointed out that soldiers of the Belarus army had detained 40 students.", "army"),
])
def test_what_a_speaker_says_another_did_still_charges_that_other(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2025-03-14")
    doers = perpetrators(rows)
    assert doers and all("Dobos" not in p and "Kvist" not in p for p in doers)
    assert any(doer in p.lower() or p in ("Eritrea", "Belarus") for p in doers)
