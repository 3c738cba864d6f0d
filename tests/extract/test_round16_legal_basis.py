"""Round 16, the legal basis a notice states in its own words: a notice that cites the acts its listings are adopted
under (a Council Decision or Regulation by number) gives that act as their legal basis, not the register's
descriptive paraphrase of the regime ("EU sanctions regime for X"); a regime the register knows by its proper title
keeps that title. Every person here is invented; the acts are real instruments in several regimes."""

import pytest

from extract.claimhelp import extract_rows, find, name

DATE = "2024-05-14"


def bases(rows):
    return {name(c["legal_basis"]) for c in find(rows, "sanction")}


@pytest.mark.parametrize("text, act", [
    ("The Council today imposed an asset freeze and a travel ban on Orlan Vesk, a judge in Minsk. "
     "The legal basis consists of Council Decision 2012/642/CFSP concerning restrictive measures in respect of Belarus.",
     "Council Decision 2012/642/CFSP"),
    ("The Council of the EU today listed Tomas Relvik, a senior army commander. The legal acts adopted today, "
     "Council Regulation (EU) No 401/2013 and the related decision, are published in the Official Journal.",
     "Council Regulation (EU) No 401/2013"),
    ("The Council today listed Marek Duvalo, head of a military laboratory, under Council Regulation (EU) 2018/1542.",
     "Council Regulation (EU) 2018/1542"),
    ("The EU today added Hector Quilmes Sarda to its list. The listing was adopted under Council Decision (CFSP) "
     "2017/2074, which also set up an embargo on arms.",
     "Council Decision (CFSP) 2017/2074"),
])
def test_a_notice_that_cites_its_act_gives_that_act_as_the_basis(rules, text, act):
    rows = extract_rows(rules, text, DATE)
    assert find(rows, "sanction"), "the listing is a sanction"
    assert bases(rows) == {act}


def test_a_notice_that_only_describes_the_regime_keeps_the_registers_name(rules):
    rows = extract_rows(rules, "The European Union on Friday listed Orlan Vesk, a judge in Minsk, under its sanctions "
                               "regime for Belarus.", DATE)
    assert bases(rows) == {"EU sanctions regime for Belarus"}


@pytest.mark.parametrize("text, title", [
    ("The Council of the EU today listed Orlan Vesk, a prison governor, under Council Regulation (EU) 2020/1998.",
     "EU Global Human Rights Sanctions Regime"),
    ("The UK today designated Orlan Vesk under the Global Human Rights Sanctions Regulations 2020 for torture.",
     "Global Human Rights Sanctions Regulations 2020"),
])
def test_a_regime_known_by_its_proper_title_keeps_that_title(rules, text, title):
    rows = extract_rows(rules, text, DATE)
    assert bases(rows) == {title}


@pytest.mark.parametrize("text", [
    "The government imposed a dusk-to-dawn curfew on Kano, Jos and Kaduna until calm returned.",
    "The government imposed a lockdown on Mandalay, Sagaing and Magway until the fighting ended.",
    "The cabinet imposed a state of emergency on Tigray and Amhara until order was restored.",
])
def test_imposing_a_curfew_a_lockdown_or_an_emergency_on_places_is_not_a_sanction(rules, text):
    assert find(extract_rows(rules, text, DATE), "sanction") == []


def test_imposing_a_sanction_measure_still_is(rules):
    rows = extract_rows(rules, "The European Union imposed an asset freeze and a travel ban on Orlan Vesk, a judge "
                               "in Minsk, on Monday.", DATE)
    assert {name(c["target"]) for c in find(rows, "sanction")} == {"Orlan Vesk"}
