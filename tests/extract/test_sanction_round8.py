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


# -- another name of the same target ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ('Today, OFAC designated Ruslan Okoye, also known as "The Tailor," pursuant to E.O. 13818.', "Ruslan Okoye"),
    ('WASHINGTON - Today, OFAC designated Idris Basri, a.k.a. "Iron Hand," a leader of the Sel Triad, pursuant to E.O. 13818.',
     "Idris Basri"),
    ("Britain sanctioned Oleg Sarov, nicknamed Grizzly, on Monday under its Global Human Rights Sanctions Regulations 2020.",
     "Oleg Sarov"),
])
def test_a_name_given_as_a_k_a_or_nickname_is_the_same_target_not_a_second_one(rules, text, person):
    assert targets(extract_rows(rules, text + "\n", "2024-03-04")) == {person}


# -- a family named by its surname -------------------------------------------------------------------------------------

LIST_OF_BROTHERS = (
    "The individuals designated today include:\n\n"
    "1. Pavel Dravic, a businessman in Tarsk, for his involvement in serious corruption.\n\n"
    "2. Anton Dravic, his brother, for his role in the same network.\n\n"
    "3. Ilya Dravic, also known as Ilko Dravic, the youngest of the three brothers, for his role in the same network.\n\n"
    "4. Salome Ortiz, a business associate of the family.\n\n")


@pytest.mark.parametrize("note, count", [
    ("The United States designated the three Dravic brothers and Ms Ortiz under its Global Magnitsky programme in October 2019.", 3),
    ("Washington sanctioned the Dravics under the Global Magnitsky Act in 2019.", 3),
    ("The United States designated the two Dravic brothers under its Global Magnitsky programme in 2019.", 0),
])
def test_a_family_named_by_its_surname_is_the_people_of_that_name_named_before_when_the_count_fits(rules, note, count):
    text = ("The UK has today imposed sanctions on 4 individuals under its Global Anti-Corruption Sanctions Regulations 2021.\n\n"
            + LIST_OF_BROTHERS + "Notes to editors\n\n" + note + "\n")
    got = sanctions(extract_rows(rules, text, "2021-04-26"))
    us = {t for t, b in got if b in ("Global Magnitsky Act", "E.O. 13818")}
    assert len(us & {"Pavel Dravic", "Anton Dravic", "Ilya Dravic"}) == count
    assert not any("Dravic" in t and "brothers" in t for t, _ in got)


def test_the_youngest_of_the_three_brothers_is_a_sibling_of_the_other_two(rules):
    text = "The UK has today imposed sanctions on 4 individuals under its Global Anti-Corruption Sanctions Regulations 2021.\n\n" + LIST_OF_BROTHERS
    rows = find(extract_rows(rules, text, "2021-04-26"), "family")
    siblings = {(name(r["person"]), name(r["relative"])) for r in rows if r["relation"] == "sibling"}
    assert {("Pavel Dravic", "Anton Dravic"), ("Pavel Dravic", "Ilya Dravic"), ("Anton Dravic", "Ilya Dravic")} <= siblings
    assert not any("Ortiz" in p or "Ortiz" in r for p, r in siblings)


# -- the act a regime is made under; a count told twice ---------------------------------------------------------------

def test_a_group_designated_after_a_list_is_under_the_regime_not_the_act_the_regime_is_made_under(rules):
    text = ("UK sanctions 9 people involved in corruption around the world\n\n"
            "The UK has today imposed sanctions on 9 individuals, in the first designations under its new Global Anti-Corruption "
            "Sanctions Regulations 2021.\n\n"
            "The new regime, made under the Sanctions and Anti-Money Laundering Act 2018, allows the UK to act against those who "
            "bribe public officials.\n\n"
            "The individuals designated today include:\n\n" + LIST_OF_BROTHERS +
            "Five further individuals were designated for their involvement in a fraud against the Tarskan treasury.\n")
    got = sanctions(extract_rows(rules, text, "2021-04-26"))
    assert ("Five further individuals", "Global Anti-Corruption Sanctions Regulations 2021") in got
    assert not any(b == "Sanctions and Anti-Money Laundering Act 2018" for _, b in got)
    # the headline's "9 people" and the lead's "9 individuals" are one group
    assert len([t for t, _ in got if t.startswith("9 ")]) <= 1


# -- "whose father", "whose son" ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, person, relative, relation", [
    ("Another was Tomas Verhoff, a farmer from Dorvask, whose son Ilya Verhoff disappeared in 2020.",
     "Tomas Verhoff", "Ilya Verhoff", "child"),
    ("Among the relatives who marched to the capital was Sammi Deen Kallu, whose father, Dr Deen Mohammad Kallu, a doctor, "
     "was taken by men in plain clothes in 2009.", "Sammi Deen Kallu", "Dr Deen Mohammad Kallu", "parent"),
    ("Another was Abdul Qadeer Kallu, the vice-chairman of the Voice for Missing Persons, whose son Jalil Reki disappeared in 2009.",
     "Abdul Qadeer Kallu", "Jalil Reki", "child"),
])
def test_a_relative_told_in_a_whose_clause_is_the_relative_of_the_person_the_clause_is_about(rules, sentence, person, relative, relation):
    rows = find(extract_rows(rules, sentence + "\n", "2024-01-24"), "family")
    assert {(name(r["person"]), name(r["relative"]), r["relation"]) for r in rows} == {(person, relative, relation)}


def test_also_designating_keeps_the_agency_the_sentence_names(rules):
    text = ("Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Ruslan Okoye pursuant "
            "to E.O. 13818. OFAC is also designating two companies owned or controlled by him: Korvan Holdings LLC and Blue "
            "Harbour Trading LLC.\n")
    got = sanctions(extract_rows(rules, text, "2024-03-04"))
    for company in ("Korvan Holdings LLC", "Blue Harbour Trading LLC"):
        assert name(got[(company, "E.O. 13818")]["authority"]) == "Office of Foreign Assets Control"


@pytest.mark.parametrize("lead", [
    "The listed persons are Ilya Marchenko, Oleg Sarov and Tomas Verhoff.",
    "Those designated are Ilya Marchenko, Oleg Sarov and Tomas Verhoff.",
])
def test_a_name_the_ner_missed_in_a_list_of_designated_people_is_a_person_too(rules, lead):
    text = ("The Council today adopted restrictive measures against three individuals responsible for serious human rights "
            f"violations in Tarsk. {lead} The restrictive measures consist of an asset freeze and a travel ban.\n")
    assert {"Ilya Marchenko", "Oleg Sarov", "Tomas Verhoff"} <= targets(extract_rows(rules, text, "2024-05-01"))


@pytest.mark.parametrize("sentence, person, state", [
    ("U.S.-sanctioned businessman Oleg Sarov bought the newspaper last year.", "Oleg Sarov", "United States"),
    ("The EU-sanctioned general Ilya Marchenko denied the allegations.", "Ilya Marchenko", "European Union"),
])
def test_a_sanction_told_as_a_compound_adjective_is_one_by_the_state_it_names(rules, sentence, person, state):
    rows = find(extract_rows(rules, sentence + "\n", "2024-05-01"), "sanction")
    assert [(name(r["target"]), name(r["authority"]), name(r.get("legal_basis"))) for r in rows] == [(person, state, None)]


@pytest.mark.parametrize("sentence, date", [
    ("Nadia Petrenko, a former defence minister sanctioned by the United States in 2019, spoke at the forum on Tuesday.", "2019"),
    ("Nadia Petrenko, who was sanctioned by the United States in March 2019, spoke at the forum on Tuesday.", "2019-03"),
])
def test_a_sanction_told_in_a_clause_about_the_target_takes_that_clause_s_date_not_the_sentence_s(rules, sentence, date):
    rows = find(extract_rows(rules, sentence + "\n", "2024-05-01"), "sanction", target="Nadia Petrenko")
    assert [r["date"] for r in rows] == [date]


def test_a_state_of_being_sanctioned_told_in_a_clause_is_not_dated_by_the_main_clause(rules):
    rows = find(extract_rows(rules, "Tomas Verhoff, who is under U.S. sanctions, denied the allegations on Tuesday.\n", "2024-05-01"),
                "sanction", target="Tomas Verhoff")
    assert rows and rows[0]["date"] != "2024-04-30"


@pytest.mark.parametrize("rest, kept", [
    ("Britain designated 10 Tarskan nationals for the torture of detainees. Britain also designated Tomas Verhoff and Oleg Sarov.", False),
    ("Britain also designated Tomas Verhoff and Oleg Sarov.", True),
])
def test_a_count_of_people_the_designations_told_with_it_name_in_full_is_no_target_of_its_own(rules, rest, kept):
    lead = "Britain on Monday announced sanctions under its Global Human Rights Sanctions Regulations 2020, freezing the assets of 12 people."
    got = targets(extract_rows(rules, f"{lead} {rest}\n", "2024-05-01"))
    assert {"Tomas Verhoff", "Oleg Sarov"} <= got
    assert ("12 people" in got) == kept


def test_a_count_is_accounted_for_by_named_people_and_a_group_counted_in_words_above_twelve(rules):
    text = ("The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated 17 individuals pursuant "
            "to E.O. 13818. Tomas Verhoff, Oleg Sarov and Ruslan Okoye were designated for their roles in the killing. "
            "OFAC is also designating fourteen further members of the team pursuant to E.O. 13818.\n")
    got = targets(extract_rows(rules, text, "2024-05-01"))
    assert {"Tomas Verhoff", "Oleg Sarov", "Ruslan Okoye"} <= got
    assert "17 individuals" not in got
