"""Round 18, names, positions and sanctions (helper rulesB). Every person and body here is invented, each convention
is tried in more than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, name

DATE = "2025-03-04"


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


# a second title joined to a person's appositive is that person's, not an office designated beside them ------------------


@pytest.mark.parametrize("text", [
    "Today, the Treasury designated two senior officials of Vostra for corruption: Arun Phraya, the Attorney General and "
    "chief prosecutor of Vostra; and Dorin Malec, Minister of Finance.\n",
    "The Treasury sanctioned Lina Okoro, the deputy minister and special prosecutor of Karsland, on Monday.\n",
    "Lina Okoro, the Solicitor General and chief prosecutor of Karsland, was sanctioned by the Treasury under E.O. 13818.\n",
])
def test_a_title_joined_to_an_appositive_title_is_no_target(rules, text):
    assert not any("prosecutor" in t for t in targets(extract_rows(rules, text, DATE)))


def test_a_body_set_off_by_a_comma_after_an_appositive_is_a_target(rules):
    rows = extract_rows(rules, "The Treasury sanctioned Lina Okoro, the deputy minister, and the Karsland Special Prosecutor's "
                               "Office on Monday.\n", DATE)
    assert {"Lina Okoro", "Karsland Special Prosecutor's Office"} <= targets(rows)
