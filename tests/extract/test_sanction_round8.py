"""Designations as releases and news tell them, read from the structure of the text rather than from any one article.

Short invented texts (people, companies, parties and most countries are made up; the laws and agencies are real).
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def sanctions(rows):
    return {(name(r["target"]), name(r.get("legal_basis"))): r for r in find(rows, "sanction")}


def targets(rows):
    return {name(r["target"]) for r in find(rows, "sanction")}


# -- a body in the designated slot is designated; the agent of a passive designates --------------------------------

@pytest.mark.parametrize("sentence", [
    "The Tarskan Intelligence Directorate was itself sanctioned by the European Union under its global human rights sanctions regime in March 2021.",
    "In March 2021 the Tarskan Intelligence Directorate was designated by the European Union under its global human rights sanctions regime.",
])
def test_a_body_designated_in_a_passive_is_the_target_and_the_agent_is_who_designated_it(rules, sentence):
    got = sanctions(extract_rows(rules, sentence + "\n", "2024-03-04"))
    row = got[("Tarskan Intelligence Directorate", "EU Global Human Rights Sanctions Regime")]
    assert name(row["authority"]) == "European Union"
    assert row["date"] == "2021-03"


def test_a_force_designated_again_under_a_second_order_has_two_designations(rules):
    text = ("TARSKAN ARMED FORCES\n\n"
            "The Tarskan Armed Forces (TAF) are the military of the Republic of Tarsk. OFAC designated the TAF on June 2, 2023, "
            "pursuant to E.O. 13818, together with its commander, Ruslan Okoye. The TAF is being designated today pursuant to "
            "E.O. 14046 for being a military force that has operated in the Vell Islands.\n")
    got = sanctions(extract_rows(rules, text, "2024-03-04"))
    force = {b for t, b in got if t in ("Tarskan Armed Forces", "TARSKAN ARMED FORCES", "TAF")}
    assert force == {"E.O. 13818", "E.O. 14046"}
    assert {b for t, b in got if t == "Ruslan Okoye"} == {"E.O. 13818"}
    assert not any(t == "Office of Foreign Assets Control" for t, _ in got)


# -- "Both are being designated": the two the sentence before is about ----------------------------------------------

@pytest.mark.parametrize("pair, designation", [
    ("Korvan Holdings is the holding company through which the ruling party owns its businesses, and Blue Harbour Trading "
     "is a party-owned importer based in the capital.",
     "Both are being designated pursuant to E.O. 14046 for being owned or controlled by the ruling party."),
    ("Korvan Holdings manages the party's property abroad. Blue Harbour Trading, its shipping arm, moves fuel for the army.",
     "They were designated pursuant to E.O. 14046 today."),
    ("Korvan Holdings is a holding company registered in Tarsk, and Blue Harbour Trading is its trading arm.",
     "The two are being designated pursuant to E.O. 14046 for being owned or controlled by Mirela Dravic."),
])
def test_both_or_they_designated_after_two_targets_are_described_are_those_two(rules, pair, designation):
    got = sanctions(extract_rows(rules, f"KORVAN HOLDINGS\n\n{pair} {designation}\n", "2024-03-04"))
    # (the section heading's capitals name the same company)
    assert {("korvan holdings", "E.O. 14046"), ("blue harbour trading", "E.O. 14046")} <= {(t.casefold(), b) for t, b in got}


def test_both_is_no_one_when_the_sentence_before_names_a_different_count(rules):
    text = ("Korvan Holdings, Blue Harbour Trading and Sel Mining Corporation are owned by the party. "
            "Both are being designated pursuant to E.O. 14046.\n")
    assert not targets(extract_rows(rules, text, "2024-03-04"))


# -- a surname the release defined in brackets ----------------------------------------------------------------------

@pytest.mark.parametrize("surname_first", [False, True])
def test_a_short_name_defined_in_brackets_is_the_full_name_when_the_ner_misses_both(rules, surname_first):
    text = ("ZORAN VELIKOV AND HIS NETWORK\n\n"
            "Zoran Miroslavov Velikov (Velikov) is a former member of the National Assembly and a media owner. "
            "Velikov has used bribes to protect himself from prosecution.\n\n"
            + ("Velikov is being designated pursuant to E.O. 13818 for being a current or former government official "
               "responsible for corruption.\n" if not surname_first else
               "OFAC is designating Velikov pursuant to E.O. 13818 for his role in corruption.\n"))
    got = sanctions(extract_rows(rules, text, "2024-03-04"))
    assert ("Zoran Miroslavov Velikov", "E.O. 13818") in got


# -- a Title-Case headline ------------------------------------------------------------------------------------------

def test_common_nouns_a_title_case_headline_capitalises_are_no_targets_and_a_title_is_not_part_of_the_name(rules):
    text = ("Treasury Sanctions Former Smuggling Kingpin Idris Kamal Basri, Governing Party and Their Networks for Engaging in Corruption\n\n"
            "WASHINGTON - Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Idris Kamal "
            "Basri pursuant to Executive Order (E.O.) 13818 for his role in serious human rights abuse in Tarsk.\n")
    got = targets(extract_rows(rules, text, "2024-03-04"))
    assert got == {"Idris Kamal Basri"}


def test_a_headline_target_named_again_in_the_body_stays(rules):
    text = ("Treasury Sanctions Kestrel Brigade over Killings of Fishermen\n\n"
            "WASHINGTON - Today, OFAC designated the Kestrel Brigade pursuant to E.O. 13818 for its role in the "
            "killing of fishermen.\n")
    assert targets(extract_rows(rules, text, "2024-03-04")) == {"Kestrel Brigade"}


# -- bodies named with the body they belong to; "the same entity" ---------------------------------------------------

def test_an_office_of_a_named_body_is_designated_with_that_body_in_its_name_and_the_same_entity_is_it(rules):
    text = ("BRUSSELS - The European Union on Monday listed Tomas Verhoff and Ilya Marchenko under its Global Human Rights "
            "Sanctions Regime. The Intelligence Directorate of the Kestrel Brigade, a militia, was listed "
            "as well.\n\n"
            "Britain sanctioned the same two men and the same entity on Monday under its Global Human Rights Sanctions "
            "Regulations 2020.\n")
    got = sanctions(extract_rows(rules, text, "2024-03-04"))
    body = "Intelligence Directorate of the Kestrel Brigade"
    assert (body, "EU Global Human Rights Sanctions Regime") in got
    assert (body, "Global Human Rights Sanctions Regulations 2020") in got
    assert name(got[(body, "Global Human Rights Sanctions Regulations 2020")]["authority"]) == "United Kingdom"
