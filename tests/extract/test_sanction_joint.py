"""Joint and staged actions: each target is paired with the authority, law and date of the act that listed it.

Short invented texts (the people and places are made up; the laws are real, since which state made a
law is what pairs it with its authority).
"""

from extract.claimhelp import extract_rows, find, name


def run(rules, text, date="2021-03-23"):
    return extract_rows(rules, text, date)


JOINT = (
    "Britain and Canada sanctioned Arno Velt and Dario Menck on Monday, London under its Global Human Rights "
    "Sanctions Regulations 2020 and Ottawa under the Special Economic Measures Act.\n"
)


def test_in_a_joint_action_each_law_goes_with_the_state_that_made_it(rules):
    rows = run(rules, JOINT)
    for target in ("Arno Velt", "Dario Menck"):
        (uk,) = find(rows, "sanction", target=target, legal_basis="Global Human Rights Sanctions Regulations 2020")
        (ca,) = find(rows, "sanction", target=target, legal_basis="Special Economic Measures Act")
        assert name(uk["authority"]) == "United Kingdom"
        assert name(ca["authority"]) == "Canada"


def test_a_body_named_beside_the_targets_is_not_the_authority_of_the_union_s_listing(rules):
    text = ("The EU listings, made under the bloc's new Global Human Rights Sanctions Regime, subject Arno Velt, "
            "the party secretary of the Sylvanian Border Guard, to asset freezes.\n")
    (row,) = find(run(rules, text), "sanction", target="Arno Velt")
    assert name(row["legal_basis"]) == "EU Global Human Rights Sanctions Regime"
    assert name(row["authority"]) == "European Union"


STAGED = (
    "The European Union on Monday imposed sanctions on four officials under its Global Human Rights Sanctions Regime: "
    "Arno Velt, Dario Menck, Olek Varanov and Tamsin Kivu.\n\n"
    "The U.S. Treasury added Arno Velt and Dario Menck to its Global Magnitsky list; Washington had designated "
    "the other two in July 2020.\n"
)


def test_the_other_two_are_the_rest_of_the_last_list_and_take_the_date_of_their_own_clause(rules):
    rows = run(rules, STAGED)
    us = {name(r["target"]): r for r in find(rows, "sanction", legal_basis="Global Magnitsky Act")}
    assert set(us) == {"Arno Velt", "Dario Menck", "Olek Varanov", "Tamsin Kivu"}
    assert us["Olek Varanov"]["date"] == us["Tamsin Kivu"]["date"] == "2020-07"
    # added this time: the date of the act, not of the earlier designation told after the semicolon
    assert us["Arno Velt"]["date"] == us["Dario Menck"]["date"] == "2021-03-22"


def test_the_other_two_officials_are_a_group_not_the_rest_of_a_list(rules):
    text = STAGED.replace("the other two in July 2020", "the other two officials in July 2020")
    us = {name(r["target"]) for r in find(run(rules, text), "sanction", legal_basis="Global Magnitsky Act")}
    assert "Olek Varanov" not in us and "Tamsin Kivu" not in us


def test_a_designation_dated_in_its_lead_sentence_dates_the_list_sentence_after_it(rules):
    text = ("The European Union on Monday imposed sanctions on two officials of Sylvania.\n\n"
            "The EU listings, made under its Global Human Rights Sanctions Regime, subject Arno Velt and "
            "Dario Menck to asset freezes.\n")
    for target in ("Arno Velt", "Dario Menck"):
        (row,) = find(run(rules, text), "sanction", target=target)
        assert row["date"] == "2021-03-22"


def test_a_date_that_only_reports_the_designation_dates_it(rules):
    text = "The State Department said on Monday it had designated General Arno Velt under Section 7031(c).\n"
    (row,) = find(run(rules, text), "sanction", target="Arno Velt")
    assert row["date"] == "2021-03-22"


def test_the_date_of_the_abuse_a_sanction_answers_is_not_its_date(rules):
    text = ("The Treasury on Monday sanctioned Arno Velt under the Global Magnitsky Act in response to the "
            "killings of protesters in May 2019.\n")
    (row,) = find(run(rules, text), "sanction", target="Arno Velt")
    assert row["date"] == "2021-03-22"


COUNTER = (
    "The Treasury sanctioned Arno Velt under the Global Magnitsky Act on Monday.\n\n"
    "China rejected the move. Its foreign ministry said the decision rested on lies and announced sanctions on "
    "Lena Ortiz, a German researcher.\n"
)


def test_counter_sanctions_announced_by_its_ministry_are_the_state_s_own_and_under_no_foreign_law(rules):
    rows = run(rules, COUNTER)
    (row,) = find(rows, "sanction", target="Lena Ortiz")
    assert name(row["authority"]) == "China"
    assert row.get("legal_basis") is None
