"""Round 34 (rulesB): positions, families and investigations on phrasings the newest texts brought.

A court named with the city it sits in ("the Higher Regional Court in Koblenz", "the High Court in Kigali") is that
court: the seat tells one High Court from another, as "of Shiraz" does, so the city belongs to the name. A month or a
weekday after "in" is a date, not a seat ("the Supreme Court in December").
"""

import pytest

from extract.claimhelp import find, name, text_rows

# -- "the High Court in Varnaby": a court's seat after "in" names which court ------------------------------------------

SEATED = [
    # news
    "Norvian court jails former police colonel\n\nMARKA (Wire) - The High Court in Kigoma on Tuesday convicted former "
    "police colonel Tomas Reller of murdering a protester in 2021 and sentenced him to 20 years in prison.",
    # NGO report
    "Norvia: Colonel's Conviction a Step Towards Justice\n\nOn 3 March 2024, the Higher Regional Court in Kigoma "
    "convicted Tomas Reller, a former police colonel, of torturing detainees at a police station in 2019.",
    # press release
    "Statement on the Conviction of Tomas Reller\n\nThe United States welcomes today's verdict. The Criminal Court in "
    "Kigoma on 3 March convicted former police colonel Tomas Reller of the murder of journalist Ana Deltor.",
]


@pytest.mark.parametrize("text", SEATED)
def test_a_court_named_with_its_city_is_that_court(rules, text):
    investigators = [name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")]
    assert any(i.endswith("Court in Kigoma") for i in investigators), investigators


@pytest.mark.parametrize("when", ["in December", "in March 2024", "in Tuesday's ruling"])
def test_a_month_after_a_court_is_no_seat(rules, when):
    text = ("Norvian court upholds sentence\n\nMARKA (Wire) - The Supreme Court " + when + " upheld the conviction of "
            "former police colonel Tomas Reller for murdering a protester.")
    rows = text_rows(rules, text)
    named = {name(c[r]) for c in rows for r in ("investigator", "perpetrator") if r in c}
    assert not any(" in " in n for n in named), named


# -- "the Civic Council of Popular and Indigenous Organizations of Norvia (COPIN)": the acronym ends the name -------------

LONG_NAMES = [
    # news
    ("Norvian activist shot dead\n\nMARKA (Wire) - Lena Vars, who leads the Civic Council of Popular and Indigenous "
     "Organizations of Guatemala (COPIG), said the killing would not silence the group.",
     "Lena Vars", "Civic Council of Popular and Indigenous Organizations of Guatemala"),
    # NGO report
    ("Norvia: Victims Still Wait for Justice\n\nTomas Reller, who heads the Association of Victims, Parents and Friends of "
     "March 12 (AVIPAM), said that many survivors were still waiting for help.",
     "Tomas Reller", "Association of Victims, Parents and Friends of March 12"),
    # press release
    ("Statement on the Arrest of Ana Deltor\n\nAna Deltor, the president of the Union of Rural and Indigenous Workers of "
     "Peru (URIWOP), was arrested on 3 March. We call for her release.",
     "Ana Deltor", "Union of Rural and Indigenous Workers of Peru"),
]


@pytest.mark.parametrize("text, person, org", LONG_NAMES)
def test_a_long_name_before_its_acronym_is_one_body(rules, text, person, org):
    held = {name(c["org"]) for c in find(text_rows(rules, text), "position") if name(c.get("person")) == person}
    assert org in held, held


@pytest.mark.parametrize("text, cut", [
    # the acronym spells the name in another language: the English words are reordered, the first does not open it
    ("Norvia: Editor Tortured\n\nAgents of the General Directorate of External Research (DGRE) held Tomas Reller for "
     "three days, his lawyer said.", "Directorate of External Research"),
    # a title before a body is no part of the body's name
    ("Council Listing\n\nLuis Varo, Director of the Directorate of Judicial Assistance (DAJ), is responsible for the "
     "torture of detainees.", "Director of the Directorate of Judicial Assistance"),
])
def test_a_run_the_acronym_does_not_open_is_not_taken_whole(rules, text, cut):
    rows = text_rows(rules, text)
    named = {name(c[r]) for c in rows for r in ("org", "perpetrator", "investigator", "target") if r in c}
    assert cut not in named, named
