"""Relatives in designations: who they are related to, and whether the designation reaches them.

Short invented texts (the people are made up).
"""

from extract.claimhelp import extract_rows, find, name


def run(rules, text, date="2020-07-21"):
    return extract_rows(rules, text, date)


LEAD = "The State Department on Monday designated General Arno Velt under Section 7031(c) over gross violations of human rights.\n\n"


def test_relatives_coordinated_after_a_possessive_are_all_the_same_person_s(rules):
    rows = run(rules, LEAD + "The designation covers his wife and three children as well as himself.\n")
    (wife,) = find(rows, "family", person="Arno Velt", relation="spouse")
    (kids,) = find(rows, "family", person="Arno Velt", relation="child")
    assert name(kids["relative"]) != name(wife["relative"])


def test_relatives_a_designation_is_said_to_cover_are_designated_with_the_official(rules):
    rows = run(rules, LEAD + "The designation covers his wife and three children as well as himself.\n")
    family = {name(f["relative"]) for f in find(rows, "family", person="Arno Velt")}
    covered = {name(r["target"]) for r in find(rows, "sanction", legal_basis="Section 7031(c)")}
    assert family and family <= covered
    for r in find(rows, "sanction", legal_basis="Section 7031(c)"):
        assert r["measure"] == "entry_ban" and name(r["authority"]) == "Department of State"


def test_relatives_only_mentioned_are_not_designated(rules):
    rows = run(rules, LEAD + "His wife and three children live in the capital.\n")
    assert find(rows, "family", person="Arno Velt")
    assert [name(r["target"]) for r in find(rows, "sanction")] == ["Arno Velt"]


def test_relatives_share_the_current_designation_not_an_older_one_the_text_recalls(rules):
    text = (LEAD + "The Treasury had sanctioned General Velt in 2017 under the Magnitsky Act.\n\n"
            "What is new is that the measures apply to his wife and three children.\n")
    rows = run(rules, text)
    family = {name(f["relative"]) for f in find(rows, "family", person="Arno Velt")}
    assert family
    for rel in family:
        assert [name(r["legal_basis"]) for r in find(rows, "sanction", target=rel)] == ["Section 7031(c)"]


CASTRO_LIKE = (
    "Public Designation of Raúl Ortega Ruiz and His Children\n\n"
    "Today the Department of State is designating Raúl Ortega Ruiz under Section 7031(c). It is also designating his "
    "immediate family members, his children Mariela Ortega Espín, Nilsa Ortega Espín and Alejandro Ortega Espín.\n\n"
    "Ortega also supported the regime of Dario Menck. His son, Alejandro Ortega Espín, is a colonel. "
    "His daughter Mariela Ortega Espín heads a research centre.\n"
)


def test_children_named_after_the_relation_word_are_each_a_child_and_each_designated(rules):
    rows = run(rules, CASTRO_LIKE)
    kids = {"Mariela Ortega Espín", "Nilsa Ortega Espín", "Alejandro Ortega Espín"}
    assert {name(f["relative"]) for f in find(rows, "family", relation="child")} == kids
    assert kids <= {name(r["target"]) for r in find(rows, "sanction", legal_basis="Section 7031(c)")}


def test_his_refers_to_the_father_who_shares_the_family_name_not_to_the_last_man_named(rules):
    rows = run(rules, CASTRO_LIKE)
    for f in find(rows, "family"):
        assert name(f["person"]) == "Raúl Ortega Ruiz"


def test_once_the_children_are_named_the_unnamed_children_and_family_members_are_no_extra_targets(rules):
    targets = {name(r["target"]) for r in find(run(rules, CASTRO_LIKE), "sanction")}
    assert not any("children" in t or "family" in t for t in targets)


def test_a_wife_first_unnamed_then_named_is_one_designated_relative(rules):
    text = ("The United States has barred General Arno Velt from entering its territory under Section 7031(c), together "
            "with his wife.\n\nThe designation covers Velt's wife, Lena Ortiz.\n")
    rows = run(rules, text)
    (spouse,) = find(rows, "family", relation="spouse")
    assert name(spouse["relative"]) == "Lena Ortiz"
    (row,) = find(rows, "sanction", target="Lena Ortiz")
    assert name(row["legal_basis"]) == "Section 7031(c)"
