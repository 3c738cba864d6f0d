"""Designations as government releases of many states word them: which law, which state, which target.

Short invented texts (people, companies and countries are made up; the laws and agencies are real).
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def sanctions(rows):
    return {(name(r["target"]), name(r["legal_basis"])): r for r in find(rows, "sanction")}


@pytest.mark.parametrize("country", ["Belmora", "Republic of Tarsk", "Vell Islands"])
def test_a_regulation_named_after_any_country_is_the_regime_it_belongs_to(rules, country):
    text = (f"Ottawa, Ontario - Global Affairs Canada\n\n"
            f"Today, Canada announced sanctions against Hugo Castell and Lidia Serrat under the Special Economic Measures ({country}) "
            f"Regulations, in response to gross and systematic human rights violations.\n")
    got = sanctions(extract_rows(rules, text, "2023-11-02"))
    for person in ("Hugo Castell", "Lidia Serrat"):
        assert (person, "Special Economic Measures Act") in got
        assert name(got[(person, "Special Economic Measures Act")]["authority"]) in ("Canada", "Global Affairs Canada")


@pytest.mark.parametrize("sentence", [
    "The Australian Government has today imposed targeted financial sanctions on Boris Akhtal under the Autonomous Sanctions Regulations 2011.",
    "Boris Akhtal was listed by Australia under the Autonomous Sanctions Regulations 2011 for serious violations of human rights.",
])
def test_australian_designations_are_under_the_autonomous_sanctions_regulations(rules, sentence):
    got = sanctions(extract_rows(rules, sentence + "\n", "2025-02-12"))
    row = got[("Boris Akhtal", "Autonomous Sanctions Regulations 2011")]
    assert row["measure"] == "asset_freeze"


def test_a_section_cited_with_capital_letter_paragraphs_keeps_all_of_them(rules):
    text = ("The Department of State is imposing visa restrictions on Nadia Ulvik under Section 212(a)(3)(C) of the "
            "Immigration and Nationality Act for her role in undermining democracy in Ferrosia.\n")
    bases = {b for t, b in sanctions(extract_rows(rules, text, "2024-09-03")) if t == "Nadia Ulvik"}
    assert len(bases) == 1 and "212(a)(3)(C)" in bases.pop()


@pytest.mark.parametrize("sentence", [
    "Quillon Systems LLC was designated pursuant to E.O. 13694, and Anton Sedykh and Mirela Koss were designated pursuant to E.O. 14024.",
    "OFAC designated Quillon Systems LLC pursuant to E.O. 13694, as amended by E.O. 14144, and designated Anton Sedykh and Mirela Koss pursuant to E.O. 14024.",
    "Anton Sedykh and Mirela Koss were sanctioned pursuant to E.O. 14024, while Quillon Systems LLC was sanctioned pursuant to E.O. 13694.",
])
def test_each_target_of_a_sentence_with_several_orders_is_under_the_order_of_its_own_clause(rules, sentence):
    got = set(sanctions(extract_rows(rules, "In a release on Thursday, the Treasury said the following. " + sentence + "\n", "2024-11-14")))
    assert ("Quillon Systems LLC", "E.O. 13694") in got
    assert {("Anton Sedykh", "E.O. 14024"), ("Mirela Koss", "E.O. 14024")} <= got
    assert not {("Quillon Systems LLC", "E.O. 14024"), ("Anton Sedykh", "E.O. 13694"), ("Mirela Koss", "E.O. 13694")} & got
    assert not any(b == "E.O. 14144" for _, b in got)  # the order that amended another is no basis of its own


def test_a_lead_that_names_no_law_defers_to_the_law_named_for_each_target_below(rules):
    text = ("Treasury Targets Cyber Group and Its Leaders\n\n"
            "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated the Gorvak-based cyber group "
            "Quillon Systems LLC and two of its leaders, Anton Sedykh and Mirela Koss, for harassing exiled journalists.\n\n"
            "Quillon Systems LLC was designated pursuant to E.O. 13694. Sedykh and Koss were designated pursuant to E.O. 14024 for operating "
            "in the technology sector of the Gorvak economy.\n")
    got = set(sanctions(extract_rows(rules, text, "2024-11-14")))
    assert got == {("Quillon Systems LLC", "E.O. 13694"), ("Anton Sedykh", "E.O. 14024"), ("Mirela Koss", "E.O. 14024")}


@pytest.mark.parametrize("lead", [
    "Among those sanctioned are Interior Minister Hugo Castell and National Guard commander General Ramon Ortiz Vela.",
    "Those listed include Hugo Castell, head of the Belmoran Police, and General Ramon Ortiz Vela of the National Guard.",
])
def test_a_body_named_to_describe_a_target_is_not_who_sanctioned_it(rules, lead):
    text = ("Global Affairs Canada\n\n"
            "Canada today imposed sanctions on 6 individuals under the Special Economic Measures (Belmora) Regulations.\n\n"
            f"{lead}\n")
    got = sanctions(extract_rows(rules, text, "2023-11-02"))
    for person in ("Hugo Castell", "Ramon Ortiz Vela"):
        row = got[(person, "Special Economic Measures Act")]
        assert name(row["authority"]) in ("Canada", "Global Affairs Canada")
