"""Who a designation names when news tells it in several sentences: counts, the members named after them,
participle clauses, capitals standing for governments, and bodies that are only in the reason.

Short invented texts (people and units are made up; the laws are real).
"""

from extract.claimhelp import extract_rows, find, name


def run(rules, text, date="2021-03-03"):
    return extract_rows(rules, text, date)


FOUR = (
    "The European Union on Tuesday used its new Global Human Rights Sanctions Regime for the first time, freezing "
    "the assets of four senior Sylvanian officials and barring them from the bloc.\n\n"
    "The four are Arno Velt, head of the Border Guard; Dario Menck, the Prosecutor General; Olek Varanov, "
    "director of the National Guard; and Tamsin Kivu, director of the Prison Service.\n"
)


def test_a_participle_clause_that_freezes_assets_designates_their_owners(rules):
    text = FOUR.split("\n\n")[0] + "\n"
    (row,) = find(run(rules, text), "sanction")
    assert name(row["target"]) == "four senior Sylvanian officials"
    assert name(row["legal_basis"]) == "EU Global Human Rights Sanctions Regime"
    assert name(row["authority"]) == "European Union"
    assert row["date"] == "2021-03-02"


def test_the_members_named_after_a_count_are_the_targets_and_the_count_is_not(rules):
    rows = run(rules, FOUR)
    targets = {name(r["target"]) for r in find(rows, "sanction")}
    assert targets == {"Arno Velt", "Dario Menck", "Olek Varanov", "Tamsin Kivu"}
    for r in find(rows, "sanction"):
        assert name(r["legal_basis"]) == "EU Global Human Rights Sanctions Regime"
        assert name(r["authority"]) == "European Union"
        assert r["date"] == "2021-03-02"


def test_a_title_in_apposition_is_not_a_second_target(rules):
    rows = run(rules, FOUR)
    assert not find(rows, "sanction", target="Prosecutor General")
    assert not find(rows, "sanction", target="Border Guard")


def test_a_sentence_that_only_describes_people_after_a_designation_designates_no_one(rules):
    text = FOUR.split("\n\n")[0] + "\n\nThey are accused of torturing Lena Ortiz in prison.\n"
    assert not find(run(rules, text), "sanction", target="Lena Ortiz")


WASHINGTON = (
    "Washington acted on the same day. The Biden administration announced sanctions on seven Sylvanian officials, "
    "including Ivan Petrenko and Dario Menck, after U.S. intelligence agencies concluded that officers of the "
    "Sylvanian State Security Service had poisoned Lena Ortiz.\n"
)


def test_a_capital_acting_just_before_is_the_authority_and_a_body_in_the_reason_is_not(rules):
    rows = run(rules, WASHINGTON)
    for target in ("Ivan Petrenko", "Dario Menck"):
        (row,) = find(rows, "sanction", target=target)
        assert name(row["authority"]) == "United States"
    assert not find(rows, "sanction", target="Sylvanian State Security Service")


def test_a_count_told_by_only_some_of_its_members_stays_a_target_beside_them(rules):
    targets = {name(r["target"]) for r in find(run(rules, WASHINGTON), "sanction")}
    assert {"seven Sylvanian officials", "Ivan Petrenko", "Dario Menck"} <= targets


def test_an_acronym_in_parentheses_after_a_title_s_body_is_no_target(rules):
    text = ("Last year the EU listed Arno Velt, director of the Sylvanian Security Service (SSS), under its "
            "Global Human Rights Sanctions Regime.\n")
    targets = {name(r["target"]) for r in find(run(rules, text), "sanction")}
    assert targets == {"Arno Velt"}


LISTED = (
    "The Council today imposed restrictive measures on the Wagner Group under the EU global human rights sanctions regime.\n\n"
    "The individuals listed include Dmitry Utkin, a former officer of Russia's military intelligence service, the GRU, "
    "who founded the group.\n\n"
    "Also listed is Valery Zakharov, a former Russian intelligence officer who serves as national security adviser to "
    "the President of the Central African Republic, Faustin-Archange Touadéra.\n"
)


def test_a_name_put_after_also_listed_is_is_designated(rules):
    (row,) = find(run(rules, LISTED), "sanction", target="Valery Zakharov")
    assert name(row["legal_basis"]) == "EU Global Human Rights Sanctions Regime"


def test_the_people_and_bodies_in_a_target_s_description_are_not_targets(rules):
    targets = {name(r["target"]) for r in find(run(rules, LISTED), "sanction")}
    assert "GRU" not in targets
    assert "Faustin-Archange Touadéra" not in targets
    assert {"Wagner Group", "Dmitry Utkin", "Valery Zakharov"} <= targets


PARAGRAPH_LIST = (
    "WASHINGTON - The Treasury today designated three militia leaders who took part in the suppression of protests.\n\n"
    "The following persons are designated pursuant to E.O. 13818:\n\n"
    "Qasim al-Rubaie, the secretary-general of the Northern Brigades. In October his fighters opened fire on protesters.\n\n"
    "Sami al-Rubaie, his brother and a Northern Brigades commander, who was involved in the same attacks.\n\n"
    "Husayn Falih al-Lami, also known as Abu Zaynab, the security director of the brigades.\n"
)


def test_paragraphs_that_start_with_a_name_after_a_heading_are_each_designated(rules):
    rows = run(rules, PARAGRAPH_LIST)
    targets = {name(r["target"]) for r in find(rows, "sanction", legal_basis="E.O. 13818")}
    assert {"Qasim al-Rubaie", "Sami al-Rubaie", "Husayn Falih al-Lami"} <= targets


def test_a_man_set_before_his_brother_is_the_brother_of_the_man_named_before(rules):
    (fam,) = find(run(rules, PARAGRAPH_LIST), "family", relation="sibling")
    assert name(fam["person"]) == "Qasim al-Rubaie"
    assert name(fam["relative"]) == "Sami al-Rubaie"
