"""Designations in government releases: which law each act is under, who the targets are, and their full names.

Short invented texts (people, companies and countries are made up; the laws and agencies are real).
"""

import pytest

from extract.claimhelp import extract_rows, find, name

TREASURY = (
    "Treasury Sanctions Officials of Veldoria for Corruption\n\n"
    "January 12, 2024\n\n"
    "WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated "
    "former Veldorian Minister Arturo Benedicto Salcedo Ruiz pursuant to Executive Order (E.O.) 13818.\n\n"
    "According to OFAC, Salcedo paid lawmakers tens of thousands of dollars each in cash to win support for a contract "
    "that would have let his family run the national port authority, and he has kept close ties to smuggling networks "
    "while amassing a fortune through state tenders awarded to firms he controls.\n\n"
    "{companies}\n\n"
    "The Department of State publicly designated Salcedo under Section 7031(c) in May 2023, and had designated "
    "Dario Menck under the same authority the month before.\n"
)
COMPANIES = "OFAC also designated three companies owned or controlled by Salcedo: the shipping firm Naviera Costa Azul S.A., Orel Holding LLC and Granja Tres Rios S.A.E."


def sanctions(rows):
    return {(name(r["target"]), name(r["legal_basis"])): r for r in find(rows, "sanction")}


@pytest.fixture(scope="module")
def treasury_rows(rules):
    return extract_rows(rules, TREASURY.format(companies=COMPANIES), "2024-01-12")


def test_a_treasury_list_told_before_a_state_department_act_is_under_the_treasury_order(treasury_rows):
    got = sanctions(treasury_rows)
    for company in ("Naviera Costa Azul S.A.", "Orel Holding LLC", "Granja Tres Rios S.A.E."):
        row = got[(company, "E.O. 13818")]
        assert name(row["authority"]) == "Office of Foreign Assets Control"
        assert row["measure"] == "asset_freeze"
        assert (company, "Section 7031(c)") not in got  # the State Department's law is not OFAC's


def test_every_company_of_a_colon_list_is_a_target_with_its_legal_form_and_the_owner_is_not_one_of_them(treasury_rows):
    listed = {t for t, b in sanctions(treasury_rows) if b == "E.O. 13818"}
    assert {"Naviera Costa Azul S.A.", "Orel Holding LLC", "Granja Tres Rios S.A.E."} <= listed
    assert "Veldoria" not in listed


@pytest.mark.parametrize("phrasing", [
    "OFAC is also designating two entities: Naviera Costa Azul S.A. and Granja Tres Rios S.A.E.",
    "In addition, OFAC designated two companies that Salcedo controls: Naviera Costa Azul S.A.; and Granja Tres Rios S.A.E.",
])
def test_a_colon_list_of_companies_is_read_whatever_the_lead_says(rules, phrasing):
    rows = extract_rows(rules, TREASURY.format(companies=phrasing), "2024-01-12")
    got = sanctions(rows)
    assert ("Naviera Costa Azul S.A.", "E.O. 13818") in got and ("Granja Tres Rios S.A.E.", "E.O. 13818") in got


def test_items_described_after_commas_are_cut_at_semicolons_and_a_name_inside_a_description_is_no_target(rules):
    text = ("The Council today listed three officials under the EU Global Human Rights Sanctions Regime: Tomas Grell, "
            "the Unity Party secretary of the Northern Province; Elsa Vortman, a former director of the Dravia Prison Service; "
            "and Pieter Aaland, who now heads that service.\n")
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2023-03-07"), "sanction")}
    assert {"Tomas Grell", "Elsa Vortman", "Pieter Aaland"} <= targets
    assert "Unity Party" not in targets and "Dravia Prison Service" not in targets


def test_a_past_designation_told_in_passing_has_its_own_basis_authority_and_date(treasury_rows):
    got = sanctions(treasury_rows)
    row = got[("Arturo Benedicto Salcedo Ruiz", "Section 7031(c)")]
    assert name(row["authority"]) == "Department of State" and row["date"] == "2023-05" and row["measure"] == "entry_ban"


def test_the_same_authority_the_month_before_is_the_law_just_named_one_month_earlier(treasury_rows):
    row = sanctions(treasury_rows)[("Dario Menck", "Section 7031(c)")]
    assert row["date"] == "2023-04"
    assert name(row["authority"]) == "Department of State"


@pytest.mark.parametrize("when, expected", [
    ("a year earlier", "2022"),
    ("the following month", "2023-06"),
])
def test_a_time_told_as_a_step_from_the_date_just_named_is_moved_by_that_step(rules, when, expected):
    text = ("The Department of State designated Arno Velt under Section 7031(c) in May 2023, and designated "
            f"Dario Menck under the same authority {when}.\n")
    (row,) = find(extract_rows(rules, text, "2024-01-12"), "sanction", target="Dario Menck")
    assert row["date"] == expected


def test_the_target_has_the_fullest_name_the_text_gives_even_when_later_called_by_one_surname(treasury_rows):
    targets = {name(r["target"]) for r in find(treasury_rows, "sanction")}
    assert "Arturo Benedicto Salcedo Ruiz" in targets
    assert not {"Salcedo", "Salcedo Ruiz", "Benedicto Salcedo Ruiz"} & targets


@pytest.mark.parametrize("sentence", [
    "This designation reaffirms the commitment of the United States to work with President Lucia Ferreyra Paz and her government to fight corruption.",
    "With this designation we thank Attorney General Omar Bellido for his courage and will keep supporting Prosecutor Ana Quispe.",
    "The United States will continue to cooperate with Foreign Minister Dario Menck after this designation.",
])
def test_a_person_the_sanctioning_state_works_with_thanks_or_supports_is_no_target(rules, sentence):
    text = ("Today I am publicly designating former Veldorian President Arturo Benedicto Salcedo Ruiz under Section 7031(c) "
            "due to his involvement in significant corruption.\n\n" + sentence + "\n")
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2022-07-22"), "sanction")}
    assert targets == {"Arturo Benedicto Salcedo Ruiz"}


def test_a_capital_in_a_dateline_is_where_the_text_was_written_not_the_sanctioning_state(rules):
    text = ("BRUSSELS/MINSK \u2014 The European Union on Friday imposed asset freezes and travel bans on 12 Veldorian officials "
            "it accuses of rigging the election.\n")
    rows = find(extract_rows(rules, text, "2020-10-02"), "sanction")
    assert rows and {name(r["authority"]) for r in rows} == {"European Union"}


OFAC_PARAGRAPHS = (
    "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning two Veldorian officials "
    "for their involvement in serious human rights abuse against peaceful protesters.\n\n"
    "Colonel Radomir Ostrava Kell (Ostrava) is the commander of the Special Rapid Response Unit of the Veldorian National Police. "
    "Ostrava is being designated pursuant to E.O. 13818 for being a foreign person who is or has been a leader of an entity "
    "that has engaged in serious human rights abuse.\n\n"
    "Marta Ilinca Dobrev, also known as Marta Dobreva, is the head of the Veldorian prison service. Dobrev is being designated "
    "pursuant to E.O. 13818 for being a foreign person who is responsible for serious human rights abuse.\n\n"
    "SANCTIONS IMPLICATIONS\n\n"
    "As a result of today's action, all property and interests in property of the designated persons that are in the United "
    "States are blocked and must be reported to OFAC.\n"
)


def test_per_target_paragraphs_name_the_counted_officials_even_after_a_rank_and_the_count_is_no_target(rules):
    rows = extract_rows(rules, OFAC_PARAGRAPHS, "2024-03-04")
    got = {name(r["target"]): r for r in find(rows, "sanction")}
    assert set(got) == {"Radomir Ostrava Kell", "Marta Ilinca Dobrev"}
    for r in got.values():
        assert name(r["legal_basis"]) == "E.O. 13818" and name(r["authority"]) == "Office of Foreign Assets Control"


def test_a_name_followed_by_also_known_as_and_a_person_s_name_is_a_person_s_full_name(rules):
    rows = extract_rows(rules, OFAC_PARAGRAPHS, "2024-03-04")
    targets = {name(r["target"]) for r in find(rows, "sanction")}
    assert "Marta Ilinca Dobrev" in targets and "Dobrev" not in targets


STATE_FAMILY = (
    "Public Designation of Veldorian Official Petar Lazov Due to Involvement in Gross Violations of Human Rights\n\n"
    "Press Statement\n\n"
    "The Department of State is designating Petar Lazov, the former head of the Velgrad Regional Police, under Section 7031(c) "
    "due to his involvement in gross violations of human rights. In addition to Lazov, the Department is also designating "
    "his wife, Irena Lazova, and his two sons, Marko Lazov and Stefan Lazov.\n"
)


def test_a_headline_s_capitalised_words_after_a_name_are_not_part_of_it(rules):
    targets = {name(r["target"]) for r in find(extract_rows(rules, STATE_FAMILY, "2024-06-03"), "sanction")}
    assert "Petar Lazov" in targets and not any("Due" in t for t in targets)


def test_a_counted_plural_relation_set_off_by_a_comma_names_each_relative_after_it(rules):
    rows = extract_rows(rules, STATE_FAMILY, "2024-06-03")
    family = {(name(f["relative"]), f["relation"]) for f in find(rows, "family", person="Petar Lazov")}
    assert family == {("Irena Lazova", "spouse"), ("Marko Lazov", "child"), ("Stefan Lazov", "child")}
    targets = {name(r["target"]) for r in find(rows, "sanction", legal_basis="Section 7031(c)")}
    assert {"Petar Lazov", "Irena Lazova", "Marko Lazov", "Stefan Lazov"} <= targets


def test_a_headline_s_short_name_and_the_full_name_below_are_one_target_under_the_fullest_name(rules):
    text = ("Public Designation of Tomas Vela and His Children\n\n"
            "Today I am designating Tomas Vela Orozco, First Secretary of the Unity Party, under Section 7031(c) due to his "
            "involvement in gross violations of human rights.\n")
    targets = [name(r["target"]) for r in find(extract_rows(rules, text, "2019-09-26"), "sanction")]
    assert targets.count("Tomas Vela Orozco") == 1 and "Tomas Vela" not in targets


@pytest.mark.parametrize("headline, spared", [
    ("EU blacklists 30 Veldorian officials but spares Tomas Vela for now", "Tomas Vela"),
    ("The Council listed 30 Veldorian officials but spared President Tomas Vela", "Tomas Vela"),
])
def test_a_person_a_designating_clause_spares_is_no_target(rules, headline, spared):
    text = headline + "\n\nThe European Union on Friday listed 30 Veldorian officials under its sanctions regime for Belarus.\n"
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2020-10-02"), "sanction")}
    assert spared not in targets and "30 Veldorian officials" in targets


def test_the_body_a_minister_tells_about_the_designations_is_no_target(rules):
    text = ("Britain on Monday sanctioned 12 Veldorian officers under the Global Human Rights Sanctions Regulations 2020. "
            "Foreign Secretary Ann Lowe told the House of Commons that the designations were aimed at torturers.\n")
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2020-07-06"), "sanction")}
    assert "House of Commons" not in targets and "12 Veldorian officers" in targets


def test_a_name_that_qualifies_the_sanctions_is_no_target(rules):
    text = "Britain launches Magnitsky-style sanctions against Veldorian generals\n\nBritain on Monday sanctioned Ivo Tarnic, a Veldorian army commander, under the Global Human Rights Sanctions Regulations 2020.\n"
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2020-07-06"), "sanction")}
    assert "Ivo Tarnic" in targets and not any("Magnitsky" in t for t in targets)


def test_whose_sanctions_they_are_is_the_authority_not_the_state_that_answers_them(rules):
    text = "Russia hits back at US sanctions on Velgrad leader Tomas Vela\n"
    rows = find(extract_rows(rules, text, "2020-08-10"), "sanction")
    assert rows and {name(r["authority"]) for r in rows} == {"United States"}


def test_a_designation_under_a_law_only_one_body_applies_is_that_body_s_when_the_text_names_no_body(rules):
    text = "Today I am publicly designating Tomas Vela Orozco under Section 7031(c) due to his involvement in significant corruption.\n"
    (row,) = find(extract_rows(rules, text, "2022-07-22"), "sanction")
    assert name(row["authority"]) == "Department of State"


def test_what_is_designated_along_with_a_target_is_a_target_too(rules):
    text = ("The U.S. Treasury blacklisted the Velgrad Rapid Response Unit under its Global Magnitsky program, "
            "along with six senior officers of the unit.\n")
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2021-12-10"), "sanction")}
    assert {"Velgrad Rapid Response Unit", "six senior officers of the unit"} <= targets


def test_counted_officers_with_coordinated_adjectives_are_one_designated_group(rules):
    text = ("OFAC designated the Velgrad Rapid Response Unit pursuant to E.O. 13818. "
            "OFAC today also designated four other current and former senior unit officers.\n")
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2021-12-10"), "sanction")}
    assert "four other current and former senior unit officers" in targets


def test_each_object_of_a_designation_noun_s_of_is_a_target_and_a_title_s_body_is_not_the_authority(rules):
    text = ("OFAC today designated the Veldorian National Police pursuant to E.O. 13818. Today's action follows the designation "
            "last week of Ivo Tarnic, Minister of the Veldorian Armed Forces, and of the Brigada Especial de Velgrad, a special "
            "forces unit of the Ministry of the Interior.\n")
    got = {name(r["target"]): r for r in find(extract_rows(rules, text, "2021-07-26"), "sanction")}
    assert "Brigada Especial de Velgrad" in got and "Ivo Tarnic" in got
    assert name(got["Ivo Tarnic"]["authority"]) not in ("Veldorian Armed Forces", "Brigada Especial de Velgrad")
    assert "Veldorian Armed Forces" not in got


def test_a_body_named_in_a_listed_person_s_title_is_no_target_even_when_its_name_has_an_and(rules):
    text = ("Those sanctioned by the Treasury under Executive Order 13936 include Ana Lise, the city's police commissioner; "
            "and Bo Tanner, director of the Velgrad and Ostrava Affairs Office in Beijing.\n")
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2020-08-07"), "sanction")}
    assert "Bo Tanner" in targets and not any("Affairs Office" in t for t in targets)


# family -------------------------------------------------------------------------------------------


def test_an_in_law_set_off_by_commas_is_a_named_relative_and_the_next_his_is_still_the_same_man_s(rules):
    text = ("Rights defender Pavel Orlan Dusek has lost two relatives. His son-in-law, Marek Sova, was shot dead outside his "
            "home in October, and his son, Lukas Dusek, was found dead in November.\n")
    rows = extract_rows(rules, text, "2016-01-10")
    family = {(name(f["person"]), name(f["relative"]), f["relation"]) for f in find(rows, "family")}
    assert ("Pavel Orlan Dusek", "Marek Sova", "relative") in family
    assert ("Pavel Orlan Dusek", "Lukas Dusek", "child") in family
    assert not any(p == "Marek Sova" for p, _, _ in family)


def test_a_relative_s_name_the_ner_took_for_an_organisation_is_still_the_relative_s_name(rules):
    text = ("The State Department on Monday designated General Arno Velt under Section 7031(c) over gross violations of human "
            "rights. It also designated his son, Welly Nzitonda.\n")
    rows = extract_rows(rules, text, "2020-07-21")
    assert find(rows, "family", person="Arno Velt", relative="Welly Nzitonda", relation="child")
    assert find(rows, "sanction", target="Welly Nzitonda")


def test_his_after_a_subject_named_in_the_same_sentence_is_that_person_s(rules):
    text = ("Opposition leader Ivo Tarnic condemned the raids. In October, a reporter for the state broadcaster VTV, "
            "Christophe Nkezabahizi, was killed together with his wife when police raided the district.\n")
    rows = extract_rows(rules, text, "2016-01-10")
    owners = {name(f["person"]) for f in find(rows, "family", relation="spouse")}
    # never the man named before (an unnamed relative of someone no designation reaches is no claim at all: round 7)
    assert owners <= {"Christophe Nkezabahizi"}


def test_a_company_s_short_form_after_its_legal_form_and_seat_is_the_same_company_wherever_it_is_used(rules):
    text = ("OFAC also designated Nova Vizija d.o.o. Velgrad (NVT), a television company that Arno Velt acquired, pursuant to "
            "E.O. 14033.\n\nNVT is being designated pursuant to E.O. 14033 for being owned or controlled by Arno Velt.\n")
    targets = {name(r["target"]) for r in find(extract_rows(rules, text, "2022-01-05"), "sanction")}
    assert targets == {"Nova Vizija d.o.o. Velgrad"}


UK_LIST = (
    "The UK has today designated the following individuals and entity under the Global Human Rights sanctions regime:\n\n"
    "- Colonel Anton Varga (a.k.a. Anton Vargas), Director of Velgrad Prison No. 1\n"
    "- Dr. Mira Halden, head of the medical service of the Veldorian Penitentiary Directorate\n"
    "- Velgrad Penal Industries JSC, a state-owned company using forced prison labour\n\n"
    "Ivan Sobol, who was sanctioned by the United States in 2021 under Executive Order 13818, said the measures were illegal.\n\n"
    "Canada on the same day added Varga to its list under the Justice for Victims of Corrupt Foreign Officials Act, and had "
    "listed Halden a year earlier.\n"
)


def test_a_bulleted_list_ends_at_the_first_paragraph_without_a_bullet(rules):
    rows = extract_rows(rules, UK_LIST, "2023-01-26")
    uk = {name(r["target"]) for r in find(rows, "sanction", legal_basis="Global Human Rights Sanctions Regulations 2020")}
    assert uk == {"Anton Varga", "Mira Halden", "Velgrad Penal Industries JSC"}
    (sobol,) = find(rows, "sanction", target="Ivan Sobol")
    assert name(sobol["legal_basis"]) == "E.O. 13818" and name(sobol["authority"]) == "United States" and sobol["date"] == "2021"


def test_a_step_back_in_a_sentence_without_a_date_counts_from_the_day_of_the_text(rules):
    rows = extract_rows(rules, UK_LIST, "2023-01-26")
    (row,) = find(rows, "sanction", target="Mira Halden", legal_basis="Justice for Victims of Corrupt Foreign Officials Act")
    assert row["date"] == "2022" and name(row["authority"]) == "Canada"
    # and the other target of the sentence keeps the day of the text, not the date of a past act told in a clause before
    (row,) = find(rows, "sanction", target="Anton Varga", legal_basis="Justice for Victims of Corrupt Foreign Officials Act")
    assert row["date"] == "2023-01-26"


def test_a_list_heading_that_also_counts_other_targets_designates_them_and_is_dated_by_its_act_not_a_described_death(rules):
    text = ("The regulations list 12 Veldorian nationals connected to the death of Petar Lazov, a lawyer who died in a Velgrad "
            "detention centre in November 2009. They also list 19 Sylvanian officials responsible for gross violations of human "
            "rights, and three officials from Dravia:\n\n"
            "- Arno Velt, the former Chief of General Staff;\n- Dario Menck, Deputy Chief of Defence Staff;\n- Olek Varanov, Minister of Information.\n")
    rows = extract_rows(rules, "Canada today imposed sanctions on 34 foreign nationals under the Justice for Victims of Corrupt Foreign Officials Act.\n\n" + text, "2017-11-03")
    got = {name(r["target"]): r for r in find(rows, "sanction")}
    assert {"19 Sylvanian officials", "Arno Velt", "Dario Menck", "Olek Varanov"} <= set(got)
    assert "three officials from Dravia" not in got
    assert all(not r["date"].startswith("2009") for r in got.values())


def test_their_children_after_his_spouse_are_the_official_s_children_and_each_is_designated(rules):
    text = ("Today, the Department of State is publicly designating Oleg Branko Petrescu, former Veldorian Minister of Interior, "
            "under Section 7031(c) due to his involvement in significant corruption. The Department is also designating his "
            "spouse, Elena Petrescu, and their adult children, Andrei Petrescu and Sofia Petrescu.\n")
    rows = extract_rows(rules, text, "2023-01-26")
    family = {(name(f["relative"]), f["relation"]) for f in find(rows, "family", person="Oleg Branko Petrescu")}
    assert family == {("Elena Petrescu", "spouse"), ("Andrei Petrescu", "child"), ("Sofia Petrescu", "child")}
    targets = {name(r["target"]) for r in find(rows, "sanction", legal_basis="Section 7031(c)")}
    assert {"Oleg Branko Petrescu", "Elena Petrescu", "Andrei Petrescu", "Sofia Petrescu"} <= targets
