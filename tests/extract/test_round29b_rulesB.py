"""Round 29b (rulesB): shapes found across every tuned split, not in one article.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire. 2024-05-08 is a Wednesday.
"""

import pytest

from extract.claimhelp import find, name, text_rows as _rows


# -- a sentence that retells an earlier designation lends neither its date nor its law to the next one ----------------

@pytest.mark.parametrize("text", [
    # press release: an aside on two of today's targets, then the companies designated today
    "Treasury Sanctions Varnian Officers\n\nMay 8, 2024\n\n"
    "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated five Varnian "
    "officers pursuant to Executive Order (E.O.) 14555, which targets those who undermine democracy in Varnia.\n\n"
    "General Ivo Marek and Colonel Tomas Holub were already designated under E.O. 13818 in March 2021 for serious "
    "human rights abuse.\n\n"
    "OFAC also designated Kessum Timber Holdings, a company owned or controlled by the Varnian army.",
    # news report: a pluperfect aside
    "WASHINGTON, May 8 - The United States on Wednesday imposed sanctions on the Varnian army's Fourth Brigade under "
    "Executive Order 14555.\n\n"
    "Washington had designated the brigade's commander, General Ivo Marek, under Executive Order 13818 in 2021.\n\n"
    "The Treasury also blacklisted Kessum Timber Holdings, a company the brigade controls.",
    # NGO report: today's move set after an earlier one
    "The United States today sanctioned the Varnian Border Guard under Executive Order 14555, Lantern Watch said.\n\n"
    "The move follows the designation of its commander, General Ivo Marek, under Executive Order 13818 in February "
    "2022.\n\n"
    "Washington also sanctioned Kessum Timber Holdings, which supplies the guard.",
])
def test_a_retold_designation_lends_no_date_or_law(rules, text):
    rows = find(_rows(rules, text), "sanction", target="Kessum Timber Holdings")
    assert rows, text
    assert all(r["legal_basis"] == "E.O. 14555" and r["date"] == "2024-05-08" for r in rows), rows
    # the retold designation keeps its own date and law
    assert find(_rows(rules, text), "sanction", target="Ivo Marek", legal_basis="E.O. 13818"), text


@pytest.mark.parametrize("text, date", [
    # the act before is told plainly: the one after is of the same day
    ("The U.S. Treasury blacklisted the Varnian Border Guard on Monday under Executive Order 14555.\n\n"
     "The State Department also designated Ivo Marek, the guard's commander, under Section 7031(c).",
     "2024-05-06"),
    # an earlier act, but the next sentence says it is of the same day
    ("The Treasury had already sanctioned the Varnian Border Guard in April 2021 under Executive Order 13818.\n\n"
     "On the same day the State Department designated Ivo Marek, the guard's commander, under Section 7031(c).",
     "2021-04"),
])
def test_the_act_before_still_dates_the_next(rules, text, date):
    rows = find(_rows(rules, text), "sanction", target="Ivo Marek")
    assert rows and all(r["date"] == date for r in rows), rows


# -- "He denies the charges": the one the charges just told were brought against --------------------------------------

@pytest.mark.parametrize("text", [
    # news report: charged "on behalf of" someone else, who is the last man named
    "The American pastor Ivo Marek was detained in Kessum in October. He is charged with espionage on behalf of the exiled "
    "cleric Tomas Holub. He denies the charges, and his lawyers say the case is political.",
    # news report: charged after insulting someone, whom a relative clause then has "he" speak for
    "The opposition leader Ivo Marek has been arrested four times this year. In July he was detained and charged with "
    "incitement after he called President Tomas Holub a tyrant. He denies all the charges, which he says are "
    "politically motivated.",
    # NGO report: the charges as a noun the accused faces
    "The human rights lawyer Ivo Marek faces charges of treason for defending protesters who had criticised the "
    "interior minister, Tomas Holub. He rejects the charges, Lantern Watch said.",
])
def test_he_who_denies_the_charges_is_the_one_charged(rules, text):
    rows = _rows(rules, text)
    assert find(rows, "denial", denier="Ivo Marek"), rows
    assert not find(rows, "denial", denier="Tomas Holub"), rows


def test_charges_brought_by_a_subject_name_no_one_charged(rules):
    # the charges' subject is who brought them: "he" stays the last man named
    text = ("Prosecutors charged the protesters with rioting after President Tomas Holub ordered the crackdown. He "
            "denies the charges were political, his office said.")
    assert find(_rows(rules, text), "denial", denier="Tomas Holub")


# -- a compound rank between a title set off before the name and the name is the person's ---------------------------

@pytest.mark.parametrize("text", [
    # news report
    "The Varnian Air Force said it had not flown any mission near Kessum. Its spokesman, Air Vice Marshal Ivo Marek, "
    "said the reports were wrong.",
    # press release of the force itself
    "The Varnian Navy rejects the allegations. A spokesman for the Varnian Navy, Rear Admiral Ivo Marek, said the "
    "ship had stayed in port.",
    # NGO report
    "Lantern Watch wrote to the Varnian Army, whose spokesman, Field Marshal Ivo Marek, denied that troops had "
    "entered Kessum.",
])
def test_a_compound_rank_does_not_cut_the_title_off(rules, text):
    rows = _rows(rules, text)
    assert any(r["role"] == "spokesman" for r in find(rows, "position", person="Ivo Marek")), rows


# -- "its" goes on with the body a sentence is about, not one named in a relative clause about it ---------------------

@pytest.mark.parametrize("text", [
    "The Varnian Air Force, which flies most of the Varnian Army's drones, said it had not flown any mission. Its "
    "spokesman, Major General Ivo Marek, said the reports were wrong.",
    "The Kessum Border Guard, which took over the posts of the Varnian Army's Fourth Brigade in May, denies the "
    "shootings. Its commander, Ivo Marek, said the guards had fired into the air.",
    "The Varnian Election Commission, which the Varnian Supreme Court had ordered to recount the votes, did not "
    "reply to Lantern Watch. Its chairman, Ivo Marek, has said the count was fair.",
])
def test_its_is_not_a_body_named_in_a_relative_clause(rules, text):
    rows = _rows(rules, text)
    assert find(rows, "position", person="Ivo Marek"), rows
    assert not any(name(r["org"]) in ("Varnian Army", "Varnian Supreme Court", "Fourth Brigade")
                   for r in find(rows, "position", person="Ivo Marek")), rows


def test_its_after_a_relative_clause_sentence_of_its_own(rules):
    # the body the relative clause names is the subject of the next sentence: "its" is that body
    text = ("The Varnian Air Force, which flies the Varnian Army's drones, said it had not flown. The Varnian Army "
            "denied it too. Its spokesman, Ivo Marek, said the army had no drones.")
    assert find(_rows(rules, text), "position", person="Ivo Marek", org="Varnian Army")


def test_a_relative_clause_that_names_the_body_is_its_name(rules):
    # "which calls itself X": X is the body the sentence is about, and "its" goes on with it
    text = ("The junta, which calls itself the Varnian Restoration Council, has rejected foreign criticism of the "
            "trials, and its spokesman, Major General Ivo Marek, has said the proceedings follow the law.")
    assert find(_rows(rules, text), "position", person="Ivo Marek", org="Varnian Restoration Council")
