"""Round 28b (rulesB): shapes found across every tuned split, not in one article.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire. 2024-05-08 is a Wednesday.
"""

import pytest

from extract.claimhelp import find, text_rows as _rows


# -- what any body (not only a rights group) documented, recorded or verified, it found ----------------------------------

@pytest.mark.parametrize("text, body", [
    # UN commission's press release: the body named only by its head noun
    ("The Commission documented wilful killings, torture and rape by Varnian forces in the occupied areas.", "Commission"),
    # news report: a local group whose name says nothing of monitoring
    ("Police in Varnia have killed dozens of suspects. In a report last year, the Brenn-based group Lantern Watch "
     "documented the case of Ivo Marek, a councillor who was shot dead in a police operation in May 2018.",
     "Lantern Watch"),
    # NGO report: the count the group recorded
    ("Lantern Watch documented 40 cases of torture by the Varnian police in 2023.", "Lantern Watch"),
])
def test_what_a_body_documented_it_found(rules, text, body):
    got = find(_rows(rules, text), "investigation", investigator=body)
    assert got and got[0].get("finding") == "confirmed", got


@pytest.mark.parametrize("text, body", [
    # negated
    ("Lantern Watch has not documented any case of torture by the Varnian police in Kessum.", "Lantern Watch"),
    # said it could not verify
    ("Lantern Watch said it could not verify reports of torture by the Varnian police in Kessum.", "Lantern Watch"),
])
def test_recording_not_done_is_no_finding(rules, text, body):
    got = find(_rows(rules, text), "investigation", investigator=body)
    assert all(r.get("finding") != "confirmed" for r in got), got


def test_an_inquiry_that_only_interviewed_finds_nothing_yet(rules):
    rows = _rows(rules, "Prosecutors opened an investigation into the killings in Kessum. The Kessum Police Command "
                        "interviewed 40 witnesses about the killings.")
    got = find(rows, "investigation", investigator="Kessum Police Command")
    assert all(r.get("finding") != "confirmed" for r in got), got


# -- a region where things happened is not whom an inquiry looks into ---------------------------------------------------

@pytest.mark.parametrize("text, body", [
    # NGO report: the places its field work covered
    ("Lantern Watch documented 40 cases of torture across Kessum and Brenn in 2023.", "Lantern Watch"),
    # UN panel's summary: where the troops it found were operating
    ("A UN panel of experts concluded last year that Varnian troops were fighting alongside the rebels inside Kessum "
     "province.", "UN panel of experts"),
    # news report quoting the experts' estimate
    ("A group of U.N. experts estimated last year that between 3,000 and 4,000 Varnian soldiers were operating alongside "
     "the rebels inside Kessum province.", "group of U.N. experts"),
])
def test_a_place_told_is_no_inquiry_target(rules, text, body):
    got = find(_rows(rules, text), "investigation", investigator=body)
    assert got and all(r.get("target") is None or r["target"]["name"] not in ("Kessum", "Kessum province", "Brenn")
                       for r in got), got


def test_a_province_that_acted_stays_the_target(rules):
    rows = _rows(rules, "The commission of inquiry found that Kessum province had paid the militia that killed the "
                        "villagers.")
    got = find(rows, "investigation", investigator="commission of inquiry", target="Kessum")
    assert got and got[0].get("finding") == "confirmed"
