"""Round 34 (lead): an EU regime called "the restrictive measures framework for X", and a long Spanish name the NER
reads in two pieces.

The Council's releases name a new regime by what it is ("the EU restrictive measures framework for Norvia") rather
than by its acts' numbers; a listing under a heading that names it stands on it. A name of two given names and two
surnames joined by "de" ("María Consuelo Porras Argueta de Porres") is one person, though the NER reads its first two
and last three words as two people and drops the word between.
"""

import pytest

from extract.claimhelp import extract_rows, find, name, text_rows

LISTING = [
    "Norvia: Council lists three persons\n\nPress release, 3 March 2026\n\n"
    "The Council today adopted a framework for restrictive measures targeting those who undermine democracy in Norvia.\n\n"
    "Persons listed today under the EU restrictive measures framework for Norvia:\n\n"
    "1. Tomas Ilic Varga, prosecutor of the Public Ministry\n2. Marta Soler Brun, judge of the Third Criminal Court\n"
    "3. Petar Lazic Horn, head of the electoral police\n",
    "Council sanctions Norvian officials\n\nThe Council today listed three persons under the restrictive measures "
    "framework for Norvia, among them the prosecutor Tomas Ilic Varga, the judge Marta Soler Brun and the police chief "
    "Petar Lazic Horn.",
]


@pytest.mark.parametrize("text", LISTING)
def test_a_listing_under_a_regime_called_a_framework_stands_on_it(rules, text):
    rows = find(text_rows(rules, text), "sanction")
    bases = {name(c["target"]): name(c.get("legal_basis")) for c in rows}
    assert {"Tomas Ilic Varga", "Marta Soler Brun", "Petar Lazic Horn"} <= set(bases), rows
    assert all("restrictive measures framework for Norvia" in (b or "") for b in bases.values()), bases


def test_the_regime_keeps_the_eu_that_opens_its_name(rules):
    text = LISTING[0]
    basis = {name(c.get("legal_basis")) for c in find(text_rows(rules, text), "sanction")}
    assert basis == {"EU restrictive measures framework for Norvia"}, basis


@pytest.mark.parametrize("text", [
    "The Council's restrictive measures against eleven persons were renewed for a year.",
    "A restrictive measures framework was discussed by ministers.",
])
def test_measures_that_name_no_place_are_no_regime(rules, text):
    rows = find(text_rows(rules, "Council renews measures\n\n" + text), "sanction")
    assert not any("framework" in (name(c.get("legal_basis")) or "") for c in rows), rows


SPLIT_NAMES = [
    "Council lists Norvian attorney general\n\nThe Council today imposed restrictive measures on the country's Attorney "
    "General, María Consuelo Porras Argueta de Porres, for undermining democracy.",
    "NORVIA CITY (Wire) - The United States barred María Consuelo Porras Argueta de Porres, the attorney general, from "
    "entering the country on Monday under Section 7031(c).",
    "Persons listed today:\n\n1. María Consuelo Porras Argueta de Porres, Attorney General\n"
    "2. Rafael Curruchiche Cucul, head of the anti-impunity unit\n",
]


@pytest.mark.parametrize("text", SPLIT_NAMES)
def test_a_name_with_two_surnames_and_a_particle_is_one_person(rules, text):
    rows = text_rows(rules, "Sanctions on Norvia\n\n" + text if not text.startswith(("Council", "Persons")) else text)
    people = {name(c[r]) for c in rows for r in ("target", "person") if r in c}
    assert "María Consuelo Porras Argueta de Porres" in people, rows
    assert not people & {"María Consuelo", "Argueta de Porres"}, people


def test_a_capitalised_word_between_two_people_in_a_headline_joins_nothing(rules):
    text = "Hugo Banzer Sanctions Ana Ruiz\n\nHugo Banzer was not sanctioned; Ana Ruiz was, under E.O. 13818."
    people = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert "Hugo Banzer Sanctions Ana Ruiz" not in people, people


# -- "the Council" of an EU release; a header line that dates the release; "..., telling journalists" ------------------

EU_RELEASES = [
    "Norvia: Council lists two persons\n\nPress release, 3 March 2026\n\nThe Council today imposed restrictive measures on "
    "Tomas Ilic Varga and Marta Soler Brun under the EU restrictive measures framework for Norvia.",
    "Norvia: Council lists two persons\n\nPress release\n\nThe Council today decided to impose restrictive measures on "
    "Tomas Ilic Varga and Marta Soler Brun, who are responsible for undermining democracy in Norvia. The EU remains "
    "committed to the people of Norvia.",
    "Council prolongs measures\n\nPress release, March 3, 2026\n\nToday the Council added Tomas Ilic Varga and Marta "
    "Soler Brun to the list of persons subject to restrictive measures in view of the situation in Norvia.",
]


@pytest.mark.parametrize("text", EU_RELEASES)
def test_the_council_of_an_eu_release_is_the_council_of_the_eu(rules, text):
    rows = text_rows(rules, text)
    speakers = {name(c["speaker"]) for c in find(rows, "statement")}
    assert "Council of the European Union" in speakers, rows


def test_the_council_of_a_un_text_is_not_the_eus(rules):
    text = ("Security Council Committee adds one entry\n\nSC/99999\n\nThe Security Council Committee today added one "
            "entry to its sanctions list. The Council had imposed the measures in 2011; the EU later followed.")
    rows = text_rows(rules, text)
    assert not any("European Union" in (name(c.get(r)) or "") for c in rows for r in ("speaker", "authority")), rows


@pytest.mark.parametrize("text", [
    "The police chief, Amos Tell, rejected any suggestion that his officers were involved, telling journalists that the "
    "police had nothing to hide.",
    "Amos Tell, the police chief, dismissed the report on Monday, telling reporters it was politically motivated.",
    "Interior Minister Amos Tell denied the allegations, telling journalists in Norvia City that no one had been tortured.",
])
def test_a_speaker_telling_journalists_after_his_main_verb_made_a_statement(rules, text):
    rows = find(text_rows(rules, "Police chief responds\n\n" + text), "statement")
    assert any(name(c["speaker"]) == "Amos Tell" and "telling" in name(c["medium"]) for c in rows), rows


def test_a_sentence_that_only_mentions_telling_makes_no_statement(rules):
    text = "Police chief responds\n\nThe rules bar officers from telling journalists about cases under investigation."
    assert not find(text_rows(rules, text), "statement")


# -- "OFAC is taking action against two officials ... The designations are made pursuant to ..." -------------------------

ACTION_AGAINST = [
    "Treasury Designates Two Norvian Officials\n\nMarch 3, 2026\n\nToday, the Department of the Treasury's Office of "
    "Foreign Assets Control (OFAC) is taking action against two current and former senior officials of the Norvian "
    "regional government for their connection to serious human rights abuse. The designations are made pursuant to "
    "E.O. 13818.\n\nTomas Varga served as Governor of the region from 2015 until September of this year. Varga defended "
    "the camps in interviews. Anton Belic, his successor as Governor, has held senior posts throughout the campaign.",
    "Treasury Designates Two Norvian Officials\n\nMarch 3, 2026\n\nOFAC today took action against two senior officials "
    "of Norvia's police pursuant to E.O. 13818.\n\nTomas Varga commands the riot police. Anton Belic, the head of the "
    "detention centres, oversaw the beatings of detainees.",
]


@pytest.mark.parametrize("text", ACTION_AGAINST)
def test_taking_action_against_people_a_release_calls_designations_designates_them(rules, text):
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert {"Tomas Varga", "Anton Belic"} <= targets, targets


@pytest.mark.parametrize("text", [
    "Police take action\n\nThe police took action against two protest leaders on Monday, detaining them at the square.",
    "Norvia sues\n\nThe ministry is taking legal action against two newspapers that published the leaked files.",
])
def test_action_against_people_that_is_no_designation_sanctions_no_one(rules, text):
    assert not find(text_rows(rules, text), "sanction")


def test_a_colon_list_spelling_out_another_counted_noun_names_no_target(rules):
    text = ("Treasury Sanctions Companies\n\nMarch 3, 2026\n\nToday, OFAC took action against four companies that supply "
            "weapons to the two forces fighting in Norvia: the Norvian Armed Forces (NAF) and the Coastal Guard Militia "
            "(CGM). The designations are made pursuant to E.O. 14098.")
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert "Norvian Armed Forces" not in targets, targets


# -- a UN list entry that writes its name whole after the reference ("MLi.001 Name Surname. Described as ...") --------

UN_ENTRIES = [
    "Security Council Norvia Sanctions Committee Adds Two Entries\n\n3 March 2026\n\nOn 3 March 2026, the Security Council "
    "Committee established pursuant to resolution 2999 (2025) concerning Norvia approved the addition of the entries "
    "specified below to its sanctions list.\n\nA. Individuals\n\nNVi.001 Tomas Ag Varga. Described as a leader of an armed "
    "movement.\n\nNVi.002 Anton Belic Horn. Listed for obstructing the peace agreement.\n",
    "Committee adds names\n\nThe Security Council Committee established pursuant to resolution 2999 (2025) today added two "
    "names under resolution 2999 (2025):\n\nNVi.001 Tomas Ag Varga, a commander of the northern militia\n"
    "NVi.002 Anton Belic Horn (also known as Anton Horn)\n",
]


@pytest.mark.parametrize("text", UN_ENTRIES)
def test_a_un_entry_names_its_designee_after_the_reference(rules, text):
    rows = find(text_rows(rules, text), "sanction")
    got = {name(c["target"]): name(c.get("legal_basis")) for c in rows}
    assert got.get("Tomas Ag Varga") == "resolution 2999 (2025)" and got.get("Anton Belic Horn") == "resolution 2999 (2025)", got


def test_a_reference_number_in_running_text_is_no_entry(rules):
    text = ("Committee meets\n\nThe sanctions committee said the paper NVi.001 Tomas Varga wrote in 2019 was still under "
            "review.")
    assert not find(text_rows(rules, text), "sanction")


# -- a lede that dates its act to the release's own day speaks in the release's voice -----------------------------------

@pytest.mark.parametrize("lede", [
    "On 3 March 2026, the Security Council Committee established pursuant to resolution 2999 (2025) concerning Norvia "
    "approved the addition of the entries specified below to its sanctions list.",
    "New York - On March 3, 2026, the Security Council Committee established pursuant to resolution 2999 (2025) "
    "concerning Norvia removed one entry from its sanctions list.",
])
def test_a_lede_dated_the_release_day_is_the_issuers_press_release(rules, lede):
    text = "Committee amends its list\n\n3 March 2026\n\n" + lede
    rows = find(extract_rows(rules, text, "2026-03-03"), "statement")
    assert any("Committee" in name(c["speaker"]) and name(c["medium"]) == "press release" for c in rows), rows


def test_a_lede_on_a_weekday_is_a_news_story_not_a_release(rules):
    text = ("Police fire on marchers\n\nMarch 3, 2026\n\nOn Tuesday, the Norvian police fired tear gas at thousands of "
            "marchers in the capital, witnesses said.")
    rows = find(extract_rows(rules, text, "2026-03-03"), "statement")
    assert not any(name(c["medium"]) == "press release" for c in rows), rows


# -- a report's "Summary" head; a masthead that ends in the text's date --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norvia: the purge of dissidents\n\nHuman Rights Watch\nMay 26, 2026\n\nSummary\n\nIn late February, security officials "
    "in Norvia began rounding up men they suspected of dissent.",
    "Norvia: soldiers beat residents, forum finds\n\nSummary of findings\n\nIn the three weeks since the strike, the "
    "Norvia Rights Forum, a coalition of rights groups, has documented a campaign of violence by soldiers.",
    "Norvia: the purge of dissidents\n\nKey findings\n\nAmnesty International found that soldiers beat at least 40 "
    "residents of the capital in January.",
])
def test_a_summary_head_makes_the_text_its_issuers_report(rules, text):
    rows = find(extract_rows(rules, text, "2026-05-26"), "statement")
    assert any(name(c["speaker"]) in ("Human Rights Watch", "Norvia Rights Forum", "Amnesty International") and name(c["medium"]) == "report" for c in rows), rows


def test_a_summary_head_over_a_story_of_someone_elses_deeds_names_no_issuer(rules):
    text = "Norvia: the purge\n\nSummary\n\nThe Norvian army shelled the town for three days in January."
    rows = find(extract_rows(rules, text, "2026-05-26"), "statement")
    assert not any(name(c["medium"]) == "report" for c in rows), rows


def test_a_masthead_ending_in_its_date_names_issuer_and_kind(rules):
    text = ("Norvia: deaths in military detention\n\nNorvia Rights Watch - Public statement - 11 May 2026\n\nSummary\n\n"
            "At least 40 detainees have died since January in the military detention centre.")
    rows = find(extract_rows(rules, text, "2026-05-11"), "statement")
    assert any(name(c["speaker"]) == "Norvia Rights Watch" and name(c["medium"]).lower() == "public statement" for c in rows), rows
