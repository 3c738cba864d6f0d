"""Designations as government releases of many states word them: which law, which state, which target.

Short invented texts (people, companies and countries are made up; the laws and agencies are real).
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def sanctions(rows):
    return {(name(r["target"]), name(r.get("legal_basis"))): r for r in find(rows, "sanction")}


@pytest.mark.parametrize("country", ["Belmora", "Republic of Tarsk", "Vell Islands"])
def test_a_regulation_named_after_any_country_is_the_basis_as_written_and_canada_applies_it(rules, country):
    text = (f"Ottawa, Ontario - Global Affairs Canada\n\n"
            f"Today, Canada announced sanctions against Hugo Castell and Lidia Serrat under the Special Economic Measures ({country}) "
            f"Regulations, in response to gross and systematic human rights violations.\n")
    got = sanctions(extract_rows(rules, text, "2023-11-02"))
    law = f"Special Economic Measures ({country}) Regulations"
    for person in ("Hugo Castell", "Lidia Serrat"):
        assert {b for t, b in got if t == person} == {law}
        assert name(got[(person, law)]["authority"]) in ("Canada", "Global Affairs Canada")


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
        row = got[(person, "Special Economic Measures (Belmora) Regulations")]
        assert name(row["authority"]) in ("Canada", "Global Affairs Canada")


@pytest.mark.parametrize("lines", [
    "Darun Agro Cluster LLC (a.k.a. DAC Group), Darun, Kalstan; Registration Number 30011;\n"
    "Goldfield Textile JSC (f.k.a. Kalstan Cotton Trade), Darun, Kalstan;\n",
    "Darun Agro Cluster LLC, Darun, Kalstan;\n"
    "Goldfield Textile JSC (formerly known as Kalstan Cotton Trade); Tashar, Kalstan.\n",
])
def test_each_line_of_an_entity_list_is_the_company_it_starts_with_up_to_its_legal_form(rules, lines):
    text = ("OFAC also designated the following entities pursuant to E.O. 13818 for being owned or controlled by, "
            "directly or indirectly, Amran Telov:\n\n" + lines)
    got = set(sanctions(extract_rows(rules, text, "2024-08-22")))
    assert {("Darun Agro Cluster LLC", "E.O. 13818"), ("Goldfield Textile JSC", "E.O. 13818")} <= got
    assert not any("k.a" in t or "Kalstan" in t for t, _ in got)  # earlier names and seats are not more targets


@pytest.mark.parametrize("sentence", [
    "The Department of the Treasury designated Ferrosia's Federal Penitentiary Service under the Sergei Magnitsky Rule of Law "
    "Accountability Act of 2012 in 2019.",
    "In 2019 the Treasury designated the Federal Penitentiary Service under the Sergei Magnitsky Rule of Law Accountability Act of 2012.",
])
def test_the_year_in_a_laws_name_is_not_the_date_of_the_designation(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2024-09-03")
    (row,) = find(rows, "sanction", target="Federal Penitentiary Service")
    assert row["date"] == "2019"


def test_a_publication_date_under_a_standfirst_dates_the_release(rules):
    text = ("UK sanctions officials behind crackdown in Dorvana\n\n"
            "Foreign Secretary announces asset freezes and travel bans on two individuals.\n\n"
            "From: Foreign, Commonwealth & Development Office\n"
            "Published 9 December 2024\n\n"
            "The UK has today sanctioned Amir Kostal and Sena Ulbricht under the Global Human Rights Sanctions Regulations 2020.\n")
    rows = extract_rows(rules, text, None)
    assert {r["date"] for r in find(rows, "sanction")} == {"2024-12-09"}


@pytest.mark.parametrize("headline,names", [
    ("Public Designation of Two Ferrosian Prison Officials Due to Involvement in Gross Violations of Human Rights",
     "Ferrosian prison officials Gustav Rahm and Nadia Ulvik"),
    ("Designation of Two Former Velarian Officers for Gross Violations of Human Rights",
     "former Velarian army officers Colonel Gustav Rahm and Major Nadia Ulvik"),
])
def test_a_headline_that_counts_the_designated_stands_for_the_people_the_release_then_names(rules, headline, names):
    text = (f"{headline}\n\nPRESS STATEMENT\n\n"
            f"The Department of State is designating {names} pursuant to Section 7031(c) of the Department of State, Foreign "
            "Operations, and Related Programs Appropriations Act, 2024, due to their involvement in gross violations of human rights.\n")
    targets = {t for t, _ in sanctions(extract_rows(rules, text, "2024-09-03"))}
    assert targets == {"Gustav Rahm", "Nadia Ulvik"}


def families(rows):
    return {(name(r["person"]), name(r["relative"]), r["relation"]) for r in find(rows, "family")}


@pytest.mark.parametrize("sentence", [
    "In March, a reporter for the state broadcaster, Olek Varan, was killed together with his wife and two children when soldiers shelled the town.",
    "Olek Varan, a teacher, said his mother had been beaten by police in front of the school.",
    "Teodor Marsh, son of the former defence minister Ivo Marsh, used his father's position to win state contracts.",
    "Her brother told reporters that Lina Voss had been held without charge for a month.",
])
def test_relatives_the_text_does_not_name_are_no_family_claims_outside_a_designation(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", "2024-05-01")
    assert not any(rel.split()[-1].islower() for _, rel, _ in families(rows))  # ("his wife", "Varan's children")


def test_unnamed_relatives_designated_with_an_official_are_family_claims(rules):
    text = ("The Department of State is designating Luca Brenner under Section 7031(c) due to his involvement in gross violations "
            "of human rights. The Department is also designating his wife and two adult children.\n")
    got = families(extract_rows(rules, text, "2024-06-17"))
    assert ("Luca Brenner", "his wife", "spouse") in got and ("Luca Brenner", "Brenner's children", "child") in got


@pytest.mark.parametrize("phrase,relation", [
    ("his son and national security adviser Viktor Marsh", "child"),
    ("his wife and business partner Alina Marsh", "spouse"),
    ("his brother and chief of staff Ruslan Marsh", "sibling"),
])
def test_a_relation_and_a_lower_case_title_before_one_name_are_that_persons(rules, phrase, relation):
    text = ("The EU has not sanctioned President Ivo Marsh so far.\n\n"
            f"On Tuesday the UK government designated Marsh, {phrase}, and five other officials under its Global Human Rights "
            "Sanctions Regulations 2020.\n")
    rows = extract_rows(rules, text, "2020-09-29")
    relative = phrase.split()[-2] + " " + phrase.split()[-1]
    assert ("Ivo Marsh", relative, relation) in families(rows)
    assert {("Ivo Marsh", "Global Human Rights Sanctions Regulations 2020"), (relative, "Global Human Rights Sanctions Regulations 2020")} <= set(sanctions(rows))


def test_a_capitalised_title_after_a_relation_and_and_may_be_another_person(rules):
    text = ("Canada today sanctioned President Ivo Marsh, his wife and Interior Minister Petra Lind under the Special Economic "
            "Measures (Velaria) Regulations.\n")
    assert not any(rel == "Petra Lind" for _, rel, _ in families(extract_rows(rules, text, "2020-09-29")))


@pytest.mark.parametrize("sentence", [
    "Ramon Ortiz Vela is the commander of the National Guard and is related to President Hugo Castell by marriage.",
    "The deputy minister, Ramon Ortiz Vela, who is related to President Hugo Castell, controls the port.",
])
def test_a_person_said_to_be_related_to_another_is_his_relative(rules, sentence):
    assert ("Hugo Castell", "Ramon Ortiz Vela", "relative") in families(extract_rows(rules, sentence + "\n", "2018-07-05"))


def test_a_person_said_not_to_be_related_is_no_relative(rules):
    text = "Ramon Ortiz Vela is not related to President Hugo Castell, the ministry said.\n"
    assert not families(extract_rows(rules, text, "2018-07-05"))


EU_LEAD = ("Council lists persons over repression in Kessaria\n\n15 October 2024\n\n"
           "The Council today decided to impose restrictive measures on {count} individuals responsible for serious human rights "
           "violations in Kessaria, under the EU Global Human Rights Sanctions Regime.\n\n"
           "The relevant legal acts have been published in the Official Journal of the EU.\n\n")
FOOTER = "Foreign Affairs Council, 15 October 2024\nPress office - General Secretariat of the Council\n"


@pytest.mark.parametrize("heading,entry", [
    ("Annex: Persons added to the list", "{n}. {name}"),
    ("List of persons and entities", "{n}. {name}"),
    ("Annex", "Name: {name}"),
    ("ANNEX - Persons listed", "({n}) {name}"),
])
def test_every_entry_of_an_annex_with_labelled_fields_is_designated_and_the_footer_is_not(rules, heading, entry):
    people = ["Ilse Korva", "Pavo Merin", "Dana Ullo"]
    entries = "".join(
        entry.format(n=i + 1, name=p) + f"\n\nPosition(s): Deputy head of the Kessarian prison service\n"
        f"Reasons for listing: {p} is responsible for the torture of detainees in {2020 + i}.\n\n" for i, p in enumerate(people))
    text = EU_LEAD.format(count="three") + heading + "\n\n" + entries + FOOTER
    got = sanctions(extract_rows(rules, text, "2024-10-15"))
    assert {t for t, _ in got} == set(people)
    for p in people:
        assert name(got[(p, "EU Global Human Rights Sanctions Regime")]["authority"]) in ("European Union", "Council of the European Union")


def test_a_field_that_names_a_body_designates_nobody(rules):
    text = (EU_LEAD.format(count="two") + "Annex\n\n1. Ilse Korva\n\nPosition(s): Commander of the Republican Guard (GR)\n\n"
            "2. Pavo Merin\n\nPosition(s): Head of the Lanne Detention Facility\n\n" + FOOTER)
    assert {t for t, _ in sanctions(extract_rows(rules, text, "2024-10-15"))} == {"Ilse Korva", "Pavo Merin"}


@pytest.mark.parametrize("paragraph", [
    "Kestrel Trading LLC, a car dealership owned by the brigade, generates revenue for the group. It is being designated pursuant to "
    "E.O. 13818 for having materially assisted serious human rights abuse.",
    "Kestrel Trading LLC, the brigade's main front company, launders its ransom payments. It was designated pursuant to E.O. 13818 for "
    "being owned or controlled by the brigade.",
])
def test_it_designated_in_a_release_paragraph_is_the_company_the_paragraph_opens_with(rules, paragraph):
    text = ("Treasury Sanctions Militia Commander and Front Company\n\n"
            "Today, OFAC sanctioned Ivo Marsh, a militia commander, pursuant to E.O. 13818.\n\n" + paragraph + "\n")
    assert ("Kestrel Trading LLC", "E.O. 13818") in sanctions(extract_rows(rules, text, "2023-08-17"))


def test_it_after_a_paragraph_about_a_person_is_no_company(rules):
    text = ("Today, OFAC sanctioned Ivo Marsh, a militia commander, pursuant to E.O. 13818.\n\n"
            "Ivo Marsh runs the brigade's prisons. It is being designated pursuant to E.O. 13818 for serious human rights abuse.\n")
    assert {t for t, _ in sanctions(extract_rows(rules, text, "2023-08-17"))} == {"Ivo Marsh"}


@pytest.mark.parametrize("sentence,expected", [
    ("Laureano Castell Velez is one of the sons of President Daniel Castell.", {("Daniel Castell", "Laureano Castell Velez", "child")}),
    ("Tomas Orlan is the brother of the army chief, General Ivo Orlan.", {("Ivo Orlan", "Tomas Orlan", "sibling")}),
    ("Ms. Rosa Velez is the wife of President Daniel Castell, and Laureano Castell Velez is one of their sons.",
     {("Rosa Velez", "Daniel Castell", "spouse"),  # of a couple, the one the sentence is about
      ("Daniel Castell", "Laureano Castell Velez", "child"), ("Rosa Velez", "Laureano Castell Velez", "child")}),
    ("Pavel Orlan is the husband of Judge Mira Orlan.", {("Pavel Orlan", "Mira Orlan", "spouse")}),
])
def test_the_subject_of_is_the_son_of_is_the_relative(rules, sentence, expected):
    assert expected <= families(extract_rows(rules, sentence + "\n", "2019-06-21"))


@pytest.mark.parametrize("clause,authority,basis,measure,date", [
    ("whom the United Nations Security Council placed under a travel ban and an asset freeze in October 2022",
     "United Nations Security Council", None, "entry_ban", "2022-10"),
    ("whom the United States designated under the Global Magnitsky Act in 2021", "United States", "Global Magnitsky Act", "asset_freeze", "2021"),
    ("whom the European Union subjected to an asset freeze in March 2020", "European Union", None, "asset_freeze", "2020-03"),
])
def test_a_sanction_told_in_a_relative_clause_is_its_own_with_the_clauses_authority_and_date(rules, clause, authority, basis, measure, date):
    text = ("Canada imposes sanctions\n\n"
            "Today, Canada imposed sanctions under the Justice for Victims of Corrupt Foreign Officials Act on Arno Feliz, "
            f"the leader of the Velde gang alliance, {clause}.\n")
    got = sanctions(extract_rows(rules, text, "2022-11-04"))
    assert ("Arno Feliz", "Justice for Victims of Corrupt Foreign Officials Act") in got
    row = got[("Arno Feliz", basis)]
    assert name(row["authority"]) == authority and row["date"] == date and row["measure"] == measure


def test_a_relative_clause_that_did_not_sanction_is_none(rules):
    text = ("Today, Canada imposed sanctions under the Justice for Victims of Corrupt Foreign Officials Act on Arno Feliz, "
            "whom the United States has not designated.\n")
    assert {b for _, b in sanctions(extract_rows(rules, text, "2022-11-04"))} == {"Justice for Victims of Corrupt Foreign Officials Act"}


@pytest.mark.parametrize("grounds", [
    "due to his involvement in a gross violation of human rights, specifically the torture of detained protesters in 2022",
    "for his role in the killing of protesters in March 2022",
    "over the torture of detained protesters in 2022",
])
def test_the_date_of_the_abuse_a_designation_answers_is_not_the_date_of_the_designation(rules, grounds):
    text = ("Press Statement\n\nMarch 21, 2025\n\n"
            f"The Department of State is publicly designating Radu Tesla, a former head of the Koravian police, {grounds}, under "
            "Section 7031(c). The Department is also designating Tesla's wife, Ana Tesla, and his son, Dorin Tesla.\n")
    rows = find(extract_rows(rules, text, None), "sanction")
    assert {name(r["target"]) for r in rows} == {"Radu Tesla", "Ana Tesla", "Dorin Tesla"}
    assert {r["date"] for r in rows} == {"2025-03-21"}


NEWS = ("US sanctions Tarsk officials over deadly crackdown\n\n"
        "WASHINGTON, May 14 (Reuters) - The United States on Tuesday imposed sanctions on two senior officials in Tarsk it accused "
        "of overseeing a crackdown that killed dozens of protesters last year, the latest Western move to pressure the government of "
        "President Ilan Vosk.\n\n"
        "The U.S. Treasury Department said it had blacklisted interior minister Pavel Drach and police chief Arman Sedlak.\n\n"
        "{reaction}\n\n"
        "The Treasury had already sanctioned Sedlak's predecessor, Dmitri Horvat, in 2021 under the Global Magnitsky Act.\n")


@pytest.mark.parametrize("reaction", [
    'Vosk\'s office called the sanctions "illegal interference" and said Tarsk would respond.',
    "Vosk's spokesman said the sanctions were illegal.",
])
def test_news_names_the_targets_not_the_leader_the_move_aims_to_pressure_nor_his_office(rules, reaction):
    rows = extract_rows(rules, NEWS.format(reaction=reaction), "2024-05-14")
    targets = {name(r["target"]) for r in find(rows, "sanction")}
    assert {"Pavel Drach", "Arman Sedlak", "Dmitri Horvat"} <= targets
    assert not targets & {"Ilan Vosk", "government"}


def test_a_law_named_later_for_a_designation_of_another_year_is_not_borrowed(rules):
    rows = extract_rows(rules, NEWS.format(reaction=""), "2024-05-14")
    got = sanctions(rows)
    assert ("Dmitri Horvat", "Global Magnitsky Act") in got and got[("Dmitri Horvat", "Global Magnitsky Act")]["date"] == "2021"
    assert ("Pavel Drach", None) in got and ("Pavel Drach", "Global Magnitsky Act") not in got


@pytest.mark.parametrize("sentence", [
    "OFAC also designated Pavel Drach under the Global Magnitsky sanctions program.",
    "Separately, the Treasury sanctioned Pavel Drach pursuant to E.O. 13818.",
    "Pavel Drach was designated pursuant to E.O. 13818 for serious human rights abuse.",
])
def test_a_name_the_ner_misses_is_still_the_target_a_designating_verb_takes(rules, sentence):
    text = "Treasury Sanctions Officials\n\nApril 2, 2024\n\n" + sentence + "\n"
    assert "Pavel Drach" in {t for t, _ in sanctions(extract_rows(rules, text, None))}


def test_a_capitalised_body_a_designating_verb_takes_is_not_made_a_person(rules):
    text = "OFAC also designated Kessel Prison Directorate pursuant to E.O. 13818.\n"
    assert not find(extract_rows(rules, text, "2024-04-02"), "sanction", target="Kessel Prison")
