"""A release states its measures once and lists its targets after: an entry that names no measure of its own
takes the one the document states for the same authority's designations. Another authority's measure is not
lent to it, and a document that names no measure leaves the entries without one."""

import pytest

from tests.extract.claimhelp import extract_rows, find, name

LIST_RELEASE = (
    "Ostland: Council lists seven officials over the repression of protesters\n\n"
    "The Council today imposed {measures} on seven persons responsible for serious human rights violations in Ostland.\n\n"
    "The persons listed are:\n\n"
    "1. Marek Dolansky\n"
    "2. Ivo Brandt\n"
)


@pytest.mark.parametrize("measures,code", [("a travel ban and an asset freeze", "entry_ban"),
                                           ("an asset freeze and a travel ban", "asset_freeze"),
                                           ("restrictive measures, a freeze of assets and a travel ban,", "entry_ban")])
def test_list_entries_take_the_measure_the_release_states(rules, measures, code):
    rows = extract_rows(rules, LIST_RELEASE.format(measures=measures), "2021-03-22")
    listed = [r for r in rows if r["type"] == "sanction" and name(r["target"]) in ("Marek Dolansky", "Ivo Brandt")]
    assert {name(r["target"]) for r in listed} == {"Marek Dolansky", "Ivo Brandt"}
    assert {r.get("measure") for r in listed} <= {"entry_ban", "asset_freeze"} and all(r.get("measure") for r in listed)
    if "freeze of assets" not in measures:
        assert {r.get("measure") for r in listed} == {code}, "the first measure the release names"


def test_a_release_that_names_no_measure_leaves_its_entries_without_one(rules):
    rows = extract_rows(rules, LIST_RELEASE.format(measures="sanctions"), "2021-03-22")
    listed = [r for r in rows if r["type"] == "sanction" and name(r["target"]) in ("Marek Dolansky", "Ivo Brandt")]
    assert listed and all(r.get("measure") is None for r in listed)


def test_another_authoritys_measure_is_not_lent(rules):
    text = ("The European Union on Monday imposed an asset freeze on Colonel Pavel Hrubes over the torture of detainees.\n\n"
            "China on Tuesday imposed sanctions on Karl Lindqvist, a member of the European Parliament.\n")
    rows = extract_rows(rules, text, "2021-03-22")
    hrubes = find(rows, "sanction", target="Pavel Hrubes")
    lindqvist = find(rows, "sanction", target="Karl Lindqvist")
    assert hrubes and hrubes[0]["measure"] == "asset_freeze"
    assert lindqvist and all(r.get("measure") is None for r in lindqvist)
