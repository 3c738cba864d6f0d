"""Rules added for the error classes of the corpus dev set, each on a short invented sentence."""

import pytest

from kg.claimsjson import claim_dicts
from kg.extract import gazetteer
from kg.model import Document


def name(v):
    return v["name"] if isinstance(v, dict) else v


def run(rules, text, date="2021-03-22"):
    ex = rules.extract(Document(id="t", text=text, date=date))
    rows = list(claim_dicts(ex))
    for r in rows:
        for ev in r["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    return rows


def find(rows, ctype, **roles):
    return [r for r in rows if r["type"] == ctype and all(name(r.get(k)) == v for k, v in roles.items())]


# statutes -------------------------------------------------------------------------------


def test_a_label_shared_by_jurisdictions_goes_to_the_one_the_sentence_names():
    gaz = gazetteer.get()
    assert gaz.instrument_for("global human rights sanctions regime", "the bloc's new global human rights sanctions regime").name == "EU Global Human Rights Sanctions Regime"
    assert gaz.instrument_for("global human rights sanctions regime", "Britain used its global human rights sanctions regime").name == "Global Human Rights Sanctions Regulations 2020"


def test_eu_and_uk_regimes_are_known():
    gaz = gazetteer.get()
    assert gaz.instrument_for("sanctions framework for Belarus").jurisdiction == "Q458"
    assert gaz.instrument_for("regime against the use of chemical weapons").name == "EU chemical weapons sanctions regime"
    assert gaz.instrument_for("Sanctions and Anti-Money Laundering Act 2018").jurisdiction == "Q145"


# positions -------------------------------------------------------------------------------


def test_title_with_a_capitalised_of_phrase_before_a_name(rules):
    rows = run(rules, "Iran's Minister of Intelligence Esmail Khatib was named by the Treasury.\n")
    (c,) = find(rows, "position", person="Esmail Khatib")
    assert name(c["org"]) == "Iran" and c["role"] == "Minister of Intelligence"


def test_state_title_in_a_list_takes_the_country_heading(rules):
    text = "The following persons are added to the list:\n\nNorth Korea\n- Jong Kyong Thaek, Minister of State Security\n"
    rows = run(rules, text)
    assert find(rows, "position", person="Jong Kyong Thaek", org="North Korea")


def test_unnamed_body_after_of_is_the_organisation(rules):
    rows = run(rules, "Officials said the head of the presidential administration Igor Sergeenko was also listed.\n")
    (c,) = find(rows, "position", person="Igor Sergeenko")
    assert name(c["org"]) == "presidential administration"


def test_copula_title(rules):
    rows = run(rules, "Carlos Mendez is the Commissioner of the Nicaraguan National Police.\n")
    assert find(rows, "position", person="Carlos Mendez", org="Nicaraguan National Police")


def test_multiword_demonym_before_a_title(rules):
    rows = run(rules, "The inquiry was chaired by former South African President Kgalema Motlanthe.\n")
    assert find(rows, "position", person="Kgalema Motlanthe", org="South Africa")


def test_president_not_designated_belongs_to_the_country_next_to_him(rules):
    text = "Russia jailed the critic. President Trump has not condemned it, and America has been silent about Russia.\n"
    rows = run(rules, text)
    assert not find(rows, "position", person="Trump", org="Russia")


# sanctions and abuses ---------------------------------------------------------------------


def test_numbered_group_is_a_target(rules):
    text = "LONDON — Britain designated 25 Russian nationals under the Global Human Rights Sanctions Regulations 2020.\n"
    rows = run(rules, text, date="2020-07-06")
    assert find(rows, "sanction", target="25 Russian nationals", legal_basis="Global Human Rights Sanctions Regulations 2020")


def test_victim_in_the_reason_of_a_sanction_is_not_a_target(rules):
    text = "The Treasury sanctioned Ahmed Salem over the killing of journalist Omar Haddad, under E.O. 13818.\n"
    rows = run(rules, text)
    assert find(rows, "sanction", target="Ahmed Salem")
    assert not find(rows, "sanction", target="Omar Haddad")


def test_a_sanctioning_state_is_not_a_perpetrator(rules):
    rows = run(rules, "US blacklists Libyan militia behind Tarhuna killings\n")
    assert not find(rows, "abuse", perpetrator="United States")
