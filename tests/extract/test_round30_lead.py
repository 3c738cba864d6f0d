"""Round 30 (lead): an EU regime called by its acts' title words.

EU press releases often cite no act number: the listing is made "under the framework for restrictive measures in
view of the situation in X", and later the text says "restrictive measures in view of the situation in X now apply
to 16 persons". Those words are the regime's name (the acts are titled so), and the designations stand on it. The
name runs to the place it is about and that place's initials; "restrictive measures against 11 individuals" names
no regime.
"""

import pytest

from extract.claimhelp import find, name, text_rows
from kg.model import Document

REGIME = [
    ("The Council today imposed an asset freeze and a travel ban on Ivo Marenko, Minister of the Interior of Tarsania, "
     "under the framework for restrictive measures in view of the situation in Tarsania.",
     "Ivo Marenko", "framework for restrictive measures in view of the situation in Tarsania"),
    ("BRUSSELS, March 4 (Wire) - The European Union on Monday froze the assets of Davor Kell, the police chief of "
     "Tarsania, adding him to the list of persons subject to restrictive measures in view of the situation in the "
     "Republic of Tarsania (ROT), diplomats said.",
     "Davor Kell", "restrictive measures in view of the situation in the Republic of Tarsania (ROT)"),
    ("The Mirova Centre welcomed the Council's decision of 2 May 2024 to impose a travel ban on General Ruko Banda under "
     "the framework for targeted restrictive measures in view of activities undermining the stability of Norvia.",
     "Ruko Banda", "framework for targeted restrictive measures in view of activities undermining the stability of Norvia"),
]


@pytest.mark.parametrize("text, target, regime", REGIME)
def test_a_regime_named_by_its_title_words_is_the_designation_s_basis(rules, text, target, regime):
    rows = text_rows(rules, text)
    assert {name(c.get("legal_basis")) for c in find(rows, "sanction", target=target)} == {regime}, rows


def test_the_framework_and_its_measures_told_again_are_one_regime(rules):
    text = ("The Council today added Ivo Marenko, Minister of the Interior of Tarsania, to the framework for restrictive "
            "measures in view of the situation in Tarsania. With today's decision, restrictive measures in view of the "
            "situation in Tarsania now apply to a total of 12 persons.\n")
    ex = rules.extract(Document(id="t", text=text, date="2024-05-08"))
    regimes = [e for e in ex.entities.values() if e.type == "SanctionsProgram"]
    assert [e.name for e in regimes] == ["framework for restrictive measures in view of the situation in Tarsania"], regimes


@pytest.mark.parametrize("text", [
    "The Council today adopted restrictive measures against 11 individuals responsible for abuses in Tarsania.\n",
    "The Council adopted restrictive measures in view of the gravity of the violence, the statement said.\n",
    "The Council renewed restrictive measures in view of Tarsania's actions for another year.\n",
])
def test_measures_against_people_or_a_phrase_without_a_place_name_no_regime(rules, text):
    ex = rules.extract(Document(id="t", text=text, date="2024-05-08"))
    assert not [e for e in ex.entities.values() if e.type == "SanctionsProgram" and "restrictive" in e.name], ex.entities


# -- "OFAC today sanctioned A, ..., and B, .... Both were designated pursuant to X": the law of whom it sanctioned ------

BOTH = [
    ("Treasury Targets Regime Bank and Son of Tarsk President\n\nApril 17, 2029\n\nWashington - The U.S. Department of "
     "the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned Banco Meridional S.A. (BAMESA), a Tarsk-based "
     "bank that has served as a financial vehicle for the regime of President Ivo Marenko, and Luka Marenko Vell, one of "
     "the sons of President Marenko. Both were designated pursuant to Executive Order (E.O.) 14999, \"Blocking Property of "
     "Certain Persons Contributing to the Situation in Tarsk,\" which the President signed last November.\n\nTreasury has "
     "also sanctioned senior police commanders, including Davor Kell, the National Police's director general, under the "
     "Global Magnitsky program.", ("Banco Meridional S.A.", "Luka Marenko Vell"), "2029-04-17"),
    ("WASHINGTON, May 3, 2029 (Wire) - The United States on Friday sanctioned Ivo Marenko, the president's son, and Davor "
     "Kell, his business partner. The two were designated under Executive Order 14999, which President Dale signed in "
     "March, a Treasury statement said.\n\nWashington has also sanctioned senior police officers, including the police "
     "chief Ruko Banda, under the Global Magnitsky program.", ("Ivo Marenko", "Davor Kell"), "2029-05-03"),
    ("The Mirova Centre welcomed the decision. The U.S. Treasury on 3 May 2029 sanctioned the Tarsk Mining Company, a firm "
     "owned by the ruling family, and its director, Luka Vell. Both were designated under Executive Order 14999, which was "
     "issued in 2027.\n\nThe United States has also sanctioned senior police commanders, including Ruko Banda, under the "
     "Global Magnitsky program.", ("Tarsk Mining Company", "Luka Vell"), "2029-05-03"),
]


@pytest.mark.parametrize("text, targets, day", BOTH)
def test_both_designated_under_a_law_are_whom_the_sentence_before_sanctioned_that_day(rules, text, targets, day):
    rows = text_rows(rules, text, date=day)
    for t in targets:
        got = find(rows, "sanction", target=t)
        assert {name(c.get("legal_basis")) for c in got} == {"E.O. 14999"}, rows
        assert {c.get("date") for c in got} == {day}, got  # (not the day the order was signed)


# -- "Banco Meridional S.A. (BAMESA)": a company's short name clips its words --------------------------------------

@pytest.mark.parametrize("text, full, short", [
    ("OFAC today sanctioned Banco Meridional S.A. (BAMESA), a bank in Tarsk. BAMESA has moved funds for the ruling family.\n",
     "Banco Meridional S.A.", "BAMESA"),
    ("The ministry controls Compañía Nacional de Petróleos de Tarsania (Conapetro), the state oil firm. Conapetro "
     "denied the report.\n", "Compañía Nacional de Petróleos de Tarsania", "Conapetro"),
])
def test_a_short_name_clipped_from_a_company_s_words_is_that_company(rules, text, full, short):
    ex = rules.extract(Document(id="t", text=text, date="2024-05-08"))
    owner = [e for e in ex.entities.values() if short in e.aliases]
    assert [e.name for e in owner] == [full], {e.name: e.aliases for e in ex.entities.values()}


def test_a_word_of_the_name_repeated_in_brackets_is_no_short_name(rules):
    text = ("The Department designated Amos Lugo, the Minister of State for Finance, Planning and Economic Development "
            "(Planning), for corruption.\n")
    ex = rules.extract(Document(id="t", text=text, date="2024-05-08"))
    assert not any("Planning" in e.aliases and "Development" in e.name for e in ex.entities.values())


# -- a list of bare names, one to a line, under "All of them are officers of X:" -------------------------------------

NAMES = ["Ivan Petrov", "Oleg Sarov", "Pavel Drach", "Yuri Lenko"]


@pytest.mark.parametrize("lead", [
    "In response, the Department of State is today designating four Tarskian individuals pursuant to Executive Order "
    "14999 for their involvement in the poisoning. All of them are officers of the Tarsk State Security Service (TSS):",
    "The State Department on Friday designated four men under Executive Order 14999 over the poisoning. They are "
    "officers of the Tarsk State Security Service:",
    "The United States today designated four individuals under Executive Order 14999. These are the officers who "
    "carried out the attack:",
])
def test_bare_names_listed_under_a_line_about_those_counted_are_designated(rules, lead):
    text = lead + "\n\n" + "\n".join(NAMES) + ("\n\nPetrov and Sarov had trailed the victim for years.\n\nAs a result of these "
            "designations, all property of the four individuals in the United States is blocked. The Department is also "
            "imposing sanctions on Tarsk under the Chemical Weapons Act of 1991.")
    rows = text_rows(rules, text, date="2029-08-20")
    for n in NAMES:
        assert {name(c.get("legal_basis")) for c in find(rows, "sanction", target=n)} == {"E.O. 14999"}, (n, rows)


def test_a_colon_line_about_something_else_heads_no_list(rules):
    text = ("The Department of State today designated Ivan Petrov under Executive Order 14999. The poisoning was "
            "confirmed by three laboratories:\n\nSpiez Laboratory\nPorton Down\nBundeswehr Institute\n")
    rows = text_rows(rules, text, date="2029-08-20")
    assert {name(c["target"]) for c in find(rows, "sanction")} == {"Ivan Petrov"}, rows


def test_they_that_add_to_earlier_measures_are_the_acts_not_the_people_listed(rules):
    text = ("The Department is today designating four individuals pursuant to Executive Order 14999. All of them are "
            "officers of the Tarsk State Security Service:\n\n" + "\n".join(NAMES) + "\n\nThey add to the measures the "
            "United States imposed in March, when it sanctioned seven senior Tarskian officials over the imprisonment of "
            "the opposition leader Mara Vell.")
    rows = text_rows(rules, text, date="2029-08-20")
    assert not set(NAMES) & {name(c.get("perpetrator")) for c in find(rows, "abuse")}, find(rows, "abuse")


# -- "Each of these companies was designated": the companies the sentence before names, wherever it names them ---------

@pytest.mark.parametrize("owns", [
    "He owns or controls several businesses, including Varno Trading Company Limited, which imports fuel; Kell Construction "
    "Company Limited; and Brannic Hotels Limited.",
    "His holdings include Varno Trading Company Limited, Kell Construction Company Limited and Brannic Hotels Limited, "
    "according to company records.",
    "Rights groups say he runs Varno Trading Company Limited, Kell Construction Company Limited and Brannic Hotels Limited.",
])
def test_each_of_these_companies_are_those_the_sentence_before_names(rules, owns):
    text = ("WASHINGTON - Today, OFAC designated Luka Vell pursuant to Executive Order 14999. " + owns
            + " Each of these companies was designated for being owned or controlled by Luka Vell.")
    rows = text_rows(rules, text, date="2029-03-10")
    for firm in ("Varno Trading Company Limited", "Kell Construction Company Limited", "Brannic Hotels Limited"):
        assert {name(c.get("legal_basis")) for c in find(rows, "sanction", target=firm)} == {"E.O. 14999"}, (firm, rows)


def test_a_person_designated_under_the_order_is_designated_under_the_order_named(rules):
    text = ("PERSONS DESIGNATED PURSUANT TO E.O. 14999\n\nLuka Vell, the general's son, was designated for being an adult "
            "child of a person designated under the order.")
    rows = text_rows(rules, text, date="2029-03-10")
    assert {name(c.get("legal_basis")) for c in find(rows, "sanction", target="Luka Vell")} == {"E.O. 14999"}, rows
