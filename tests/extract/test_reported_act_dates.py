"""Dates of facts a sentence tells without one. A denial, statement or inquiry is dated by the document that
reports it: "The ministry denied the report" in a news story of 3 May was denied by 3 May. An abuse is dated by the
story around it: its paragraph's last date, else the date of the abuse told before it. A date the sentence gives
wins, and a text with no date at all leaves reported acts undated rather than guessed."""

import pytest

from kg.claimsjson import claim_dicts
from kg.model import Document
from tests.extract.claimhelp import extract_rows, find

TEXT = ("Soldiers of the 4th Infantry Brigade tortured detainees at the Kalum barracks, Rights Now said in a report.\n\n"
        "The defence ministry of Ruritania denied the allegations.\n\n"
        "On 2 March 2023, the army's spokesman, Colonel Petr Halas, denied that any detainee had been mistreated.\n")


def test_an_undated_denial_takes_the_documents_date(rules):
    rows = extract_rows(rules, TEXT, "2024-05-03")
    dates = {r.get("date") for r in rows if r["type"] == "denial"}
    assert "2024-05-03" in dates


def test_a_date_the_sentence_gives_wins(rules):
    rows = extract_rows(rules, TEXT, "2024-05-03")
    halas = find(rows, "denial", denier="Petr Halas")
    assert halas and halas[0]["date"] == "2023-03-02"


def test_a_text_without_a_date_leaves_them_undated(rules):
    ex = rules.extract(Document(id="t", text=TEXT))
    denials = [r for r in claim_dicts(ex) if r["type"] == "denial"]
    assert denials and all(r.get("date") in (None, "2023-03-02") for r in denials)


STORY = ("Troops fired on an opposition rally in Kalum on 28 September 2009, witnesses said.\n\n"
         "Soldiers tortured detainees in the days that followed, according to former prisoners.\n")


def test_an_undated_abuse_takes_the_date_of_the_story_told_before_it(rules):
    rows = extract_rows(rules, STORY, "2024-05-03")
    torture = [r for r in rows if r["type"] == "abuse" and r["abuse_type"] == "torture"]
    assert torture and {r.get("date") for r in torture} == {"2009-09-28"}


def test_an_abuse_with_its_own_date_keeps_it(rules):
    rows = extract_rows(rules, STORY.replace("in the days that followed", "in March 2010"), "2024-05-03")
    torture = [r for r in rows if r["type"] == "abuse" and r["abuse_type"] == "torture"]
    assert torture and {r.get("date") for r in torture} == {"2010-03"}


# A designation, a sentence or an arrest is dated by its own clause; the abuse named under it happened before.
AFTERMATH = [
    ("The Treasury Department today designated Colonel Anton Veski for his role in the torture of detainees in Kalum.", "torture"),
    ("A court in Ostrava on Wednesday sentenced former police chief Marek Doubrava to 20 years in prison over the killing of protesters.", "extrajudicial_killing"),
    ("A military tribunal on Monday convicted Captain Jan Orel of the killing of a student in Kalum.", "extrajudicial_killing"),
    ("The European Union on Monday imposed sanctions on General Ivo Marek over the torture of detainees in Kalum.", "torture"),
]


@pytest.mark.parametrize("sentence,abuse_type", AFTERMATH)
def test_the_date_of_an_act_done_about_an_abuse_is_not_the_abuses(rules, sentence, abuse_type):
    rows = extract_rows(rules, sentence + "\n", "2024-05-03")
    abuses = [r for r in rows if r["type"] == "abuse" and r["abuse_type"] == abuse_type]
    assert abuses and all(not str(r.get("date") or "").startswith("2024-0") for r in abuses), abuses


def test_an_abuse_under_such_an_act_takes_the_date_its_story_gives(rules):
    text = ("The Treasury Department today designated Colonel Anton Veski for his role in the torture of detainees in Kalum.\n\n"
            "Soldiers under Veski's command tortured detainees at the Kalum barracks in March 2019, witnesses said.\n")
    rows = extract_rows(rules, text, "2024-05-03")
    torture = [r for r in rows if r["type"] == "abuse" and r["abuse_type"] == "torture"]
    assert torture and {r.get("date") for r in torture} == {"2019-03"}


def test_a_date_inside_the_abuses_own_phrase_still_dates_it(rules):
    sentence = "A court on Wednesday sentenced former police chief Marek Doubrava to 20 years over the killing of protesters in March 2019.\n"
    rows = extract_rows(rules, sentence, "2024-05-03")
    killing = [r for r in rows if r["type"] == "abuse" and r["abuse_type"] == "extrajudicial_killing"]
    assert killing and {r.get("date") for r in killing} == {"2019-03"}


def test_an_order_to_shoot_is_part_of_the_deed_and_keeps_the_sentences_date(rules):
    sentence = "On 7 January 2022 the president ordered the army to open fire on protesters in Kalum, killing 12 people.\n"
    rows = extract_rows(rules, sentence, "2024-05-03")
    abuses = [r for r in rows if r["type"] == "abuse"]
    assert abuses and all(r.get("date") == "2022-01-07" for r in abuses), abuses
