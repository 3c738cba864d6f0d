"""Round 34 (rulesA): abuse words that name no deed of anyone the sentence names.

An abuse noun that is only what an inquiry is into ("calls on the government to set up an inquiry into the killings",
"has opened an investigation into the killings of two activists") tells of the inquiry: whoever opens it, asks for it
or is asked to hold it did not thereby do the deed. Corruption that someone reported on or wrote about is the subject
of their work, not a case with the police who arrest them as its doers. One described as the survivor or victim of a
deed ("X, a singer and survivor of the 1994 massacre") suffered it. And a capitalised participle opening a title
("Jailed Norvian Activist Paulo Renn Dies in Custody") says what befell the one it describes, as "jailed activist" does
in running text.
"""

import pytest

from extract.claimhelp import find, perpetrators, text_rows

# -- an inquiry into the deed: no doer ---------------------------------------------------------------------------------

INQUIRY = [
    # NGO
    ("The Coalition calls on the government to set up an independent inquiry into the killings, rapes and beatings in Varn.",
     "government"),
    # news
    ("VARN, May 3 (Wire) - Norvia's attorney general said on Tuesday he had opened an investigation into the killings of "
     "two opposition activists.", "attorney general"),
    # press release
    ("The Department urges the authorities of Norvia to launch a credible inquiry into the enforced disappearances of "
     "activists in Varn.", "authorities of Norvia"),
]


@pytest.mark.parametrize("text,asked", INQUIRY)
def test_an_inquiry_into_the_deed_names_no_doer(rules, text, asked):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse"), rows


def test_an_inquiry_into_killings_by_soldiers_keeps_its_doer(rules):
    rows = text_rows(rules, "The panel opened an inquiry into the killings of protesters by soldiers of the Norvian army.")
    assert "Norvian army" in perpetrators(rows, "extrajudicial_killing"), rows


def test_killings_told_before_the_inquiry_keep_their_doer(rules):
    rows = text_rows(rules, "VARN (Wire) - Soldiers of the Norvian army shot dead 12 protesters in Varn on Friday. The "
                            "government has promised an inquiry into the killings.")
    assert perpetrators(rows, "extrajudicial_killing") & {"Norvian army", "Soldiers"}, rows
    assert "government" not in perpetrators(rows), rows


# -- corruption someone reported on: the subject of their work -----------------------------------------------------------

REPORTED_ON = [
    "VARN (Wire) - Police arrested the journalist Tomas Vell, who had reported on alleged graft in the ministry, on Friday.",
    "Anna Krell, who wrote about corruption in the customs service for a decade, was detained by police on Monday.",
    "The Forum said the blogger, who had posted about corruption among judges, was arrested by soldiers of the Norvian army.",
]


@pytest.mark.parametrize("text", REPORTED_ON)
def test_corruption_reported_on_is_no_case(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse", abuse_type="corruption"), rows
    assert find(rows, "abuse", abuse_type="arbitrary_detention"), rows


def test_bribes_paid_are_still_corruption(rules):
    rows = text_rows(rules, "Treasury said Tomas Vell had paid bribes to customs officials of Norvia.")
    assert "Tomas Vell" in perpetrators(rows, "corruption"), rows


# -- the survivor of a deed suffered it ----------------------------------------------------------------------------------

SURVIVOR = [
    # news
    ("VARN (Wire) - Oren Dask, a teacher and survivor of the 1994 massacre of Varnese villagers, was found dead in a cell at "
     "the Central police station, the police said.", "Oren Dask"),
    # NGO
    ("The League said that Mira Osk, a lawyer and victim of torture in the 1990s, had been found dead at the Central police "
     "station.", "Mira Osk"),
    # press release
    ("The Embassy mourns Anna Krell, a poet and survivor of the 1994 massacre, who died on Monday at the Central police "
     "station.", "Anna Krell"),
]


@pytest.mark.parametrize("text,who", SURVIVOR)
def test_the_survivor_of_a_deed_did_not_do_it(rules, text, who):
    rows = text_rows(rules, text)
    assert who not in perpetrators(rows), rows


# -- a title's capitalised participle: what befell the one it describes ------------------------------------------------

TITLES = [
    ("Jailed Norvian Jesuit activist Paulo Renn dies awaiting bail; government defends his arrest\n\nVARN (Wire) - Paulo "
     "Renn died on Monday.", "Jailed Norvian Jesuit activist Paulo Renn"),
    ("Murdered Journalist Oren Dask Buried In Varn\n\nVARN (Wire) - Oren Dask was buried on Monday.", "Murdered Journalist Oren Dask"),
    ("Detained Lawyer Mira Osk Freed After Ten Months\n\nVARN (Wire) - Mira Osk was freed on Monday.", "Detained Lawyer Mira Osk"),
]


@pytest.mark.parametrize("text,phrase", TITLES)
def test_a_title_participle_describes_who_it_befell(rules, text, phrase):
    rows = text_rows(rules, text)
    assert not any(p and p in phrase for p in perpetrators(rows)), rows


def test_a_title_verb_still_has_its_subject_as_doer(rules):
    rows = text_rows(rules, "Soldiers Killed Villagers in Varn, Report Says\n\nVARN (Wire) - Soldiers killed 12 villagers in "
                            "Varn on Monday.")
    assert find(rows, "abuse", abuse_type="extrajudicial_killing"), rows


@pytest.mark.parametrize("text", [t for t, _ in SURVIVOR])
def test_the_survivor_of_a_deed_names_no_doer_of_it(rules, text):
    rows = text_rows(rules, text)
    assert not find(rows, "abuse"), rows


def test_a_victim_of_torture_by_a_force_keeps_the_doer(rules):
    rows = text_rows(rules, "Mira Osk, a lawyer and victim of torture by the State Security Service in 2019, addressed the rally.")
    assert perpetrators(rows, "torture") == {"State Security Service"}, rows


# -- who opened an inquiry or a case looks into the deed; it did not do it ----------------------------------------------

OPENED_BY = [
    # news
    ("Police spokesman Ivo Dral denied that the singer had been mistreated in custody and said that an inquiry had been "
     "opened by the Norvian Investigation Bureau.", "Norvian Investigation Bureau"),
    # press release
    ("The Minister said that detainees had been beaten and that an investigation had been launched by the Interior "
     "Ministry's inspectorate.", "Interior Ministry"),
    # NGO
    ("Witnesses told the League that the men were tortured at the base; a case has been filed by the military prosecutor.",
     "military prosecutor"),
]


@pytest.mark.parametrize("text,body", OPENED_BY)
def test_who_opened_the_inquiry_is_no_doer(rules, text, body):
    rows = text_rows(rules, text)
    assert not any(body in (p or "") for p in perpetrators(rows)), rows


def test_the_doer_beside_the_inquiry_stays(rules):
    rows = text_rows(rules, "Protesters were beaten by riot police, and an investigation was opened by the prosecutor's office.")
    assert "riot police" in perpetrators(rows, "ill_treatment"), rows
