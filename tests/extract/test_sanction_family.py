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
