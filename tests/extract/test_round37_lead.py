"""Round 37 (lead): lists the parser cut, assets blocked, and the law a retold act stands on.

- The parser may end a sentence inside a line where nothing ends one ("Council Regulation (EC) | No 310/2002:",
  "- | Saif Gaddafi, son"): a list heading and a bulleted entry are still one line each, and the entries under the
  heading are designated.
- A title set beside a listed name ("X, Minister of Lands, Agriculture and Rural Resettlement") is no second target.
- Blocking someone's assets is a freeze ("decided to block any assets held in Switzerland by X").
- An ordinance or law that opens its own title ("Ordinance on Measures against Certain Persons from Norvia") is a law;
  an act retold for people of other countries does not borrow it.
- A relative clause hung on a title ("X, the police commissioner for Y, whom Treasury designated in June") designates
  the person, not the body the title names.
"""

import pytest

from extract.claimhelp import find, name, text_rows


def sanctions(rules, text):
    return find(text_rows(rules, text), "sanction")


def targets(rules, text):
    return {name(c["target"]) for c in sanctions(rules, text)}


CUT_HEADINGS = [
    # EU press release: the act's number after "(EC)" is cut off as a sentence of its own
    "EU imposes restrictive measures on the leadership of Norvia\n\nCouncil of the European Union - Press release\n\n"
    "Brussels, 4 March 2003 - The Council today adopted a Common Position and a Regulation imposing restrictive measures "
    "against the Government of Norvia.\n\nPersons listed under Common Position 2003/141/CFSP and Council Regulation (EC) "
    "No 312/2003:\n\n1. Petar Lazov Kimani, President, born 2.3.1941\n2. Josef Arendo, Minister of Lands, Agriculture and "
    "Rural Resettlement\n3. Markus Tovani, Minister of Justice, Legal and Parliamentary Affairs\n",
    # the same list with bullets, an EU notice
    "Council of the EU\n\nBrussels, 4 March 2003 - The Council today imposed an asset freeze and a travel ban on three "
    "members of the Government of Norvia.\n\nPersons listed under Council Regulation (EC) No 312/2003:\n\n- Petar Lazov "
    "Kimani, President\n- Josef Arendo, Minister of Lands, Agriculture and Rural Resettlement\n- Markus Tovani, Minister of "
    "Justice\n",
]


@pytest.mark.parametrize("text", CUT_HEADINGS)
def test_a_list_heading_the_parser_cut_still_lists_the_entries_below_it(rules, text):
    got = targets(rules, text)
    assert {"Petar Lazov Kimani", "Josef Arendo", "Markus Tovani"} <= got, got


@pytest.mark.parametrize("text", CUT_HEADINGS)
def test_the_words_of_a_title_beside_a_listed_name_are_no_target(rules, text):
    got = targets(rules, text)
    assert not any("Resettlement" in t or "Parliamentary" in t for t in got), got


def test_names_coordinated_in_an_entry_are_each_designated(rules):
    text = ("The Treasury designated the Ministry of State Security and the Ministry of Public Order under E.O. 13687.\n"
            "OFAC also designated Tomas Varga, and his deputy, Ivo Benek, under E.O. 14014.\n")
    got = targets(rules, text)
    assert {"Ministry of State Security", "Ministry of Public Order", "Tomas Varga", "Ivo Benek"} <= got, got


FAMILY_FREEZE = (
    "Norvia: Switzerland blocks any assets of Arto Kessel and members of his family\n\nCommuniqué of the Federal Council\n\n"
    "Bern, 03.03.2014 - The Federal Council decided at its meeting today to block, with immediate effect, any assets "
    "held in Switzerland by the former Norvian president Arto Kessel and by persons in his entourage.\n\nUnder the "
    "Ordinance on Measures against Certain Persons from Norvia, banks may no longer dispose of the funds concerned and "
    "must declare them to the FDFA. Besides Mr Kessel himself, the annex names the following members of his family:\n\n"
    "- Lev Kessel, son\n- Mira Kessel, daughter, head of the Kessel Foundation\n- Oren Kessel, brother\n"
)


def test_a_bulleted_entry_the_parser_split_after_its_dash_is_one_entry(rules):
    got = targets(rules, FAMILY_FREEZE)
    assert {"Lev Kessel", "Mira Kessel", "Oren Kessel"} <= got, got


def test_blocking_the_assets_held_by_someone_freezes_them(rules):
    rows = [c for c in sanctions(rules, FAMILY_FREEZE) if name(c["target"]) == "Arto Kessel"]
    assert rows, targets(rules, FAMILY_FREEZE)
    assert rows[0].get("measure") == "asset_freeze", rows


def test_the_heading_lists_for_who_told_the_act_not_a_body_named_since(rules):
    rows = [c for c in sanctions(rules, FAMILY_FREEZE) if name(c["target"]) in ("Lev Kessel", "Mira Kessel")]
    assert rows and all(name(c.get("authority")) == "Federal Council" for c in rows), rows
    assert all(c.get("measure") == "asset_freeze" for c in rows), rows


@pytest.mark.parametrize("text", [
    "The Federal Council decided today to block any assets of the former president Arto Kessel.",
    "The Federal Council today blocked the assets of the former president Arto Kessel.",
])
def test_blocked_assets_of_a_titled_person_are_his(rules, text):
    assert "Arto Kessel" in targets(rules, text + "\n")


@pytest.mark.parametrize("text", [
    "Protesters blocked the road to the offices of the former president Arto Kessel.",
    "The court blocked the sale of a building owned by the former president Arto Kessel.",
])
def test_blocking_a_road_or_a_sale_is_no_freeze(rules, text):
    assert not sanctions(rules, text + "\n")


def test_an_ordinance_that_opens_its_title_is_a_law(rules):
    laws = {name(c.get("legal_basis")) for c in sanctions(rules, FAMILY_FREEZE)}
    assert "Certain Persons" not in targets(rules, FAMILY_FREEZE)
    assert "Ordinance on Measures against Certain Persons from Norvia" in laws, laws


def test_an_act_retold_for_people_of_other_countries_does_not_borrow_a_country_ordinance(rules):
    # (the countries must be real ones: the law's name is read for the states a gazetteer knows)
    text = ("Federal Council orders the freezing of assets of Arto Kessel\n\nBern, 11.02.2011 - The Federal Council today "
            "ordered the freezing of any assets in Switzerland of the former Egyptian president Arto Kessel. The Ordinance "
            "on Measures against Certain Persons from the Arab Republic of Egypt enters into force today.\n\nThe decision "
            "follows those of 19 January 2011, when the Federal Council froze any assets in Switzerland of Tunisia's former "
            "president Ivo Benek and of Tomas Varga, the former president of Bolivia.\n")
    rows = {name(c["target"]): c for c in sanctions(rules, text)}
    assert "Ivo Benek" in rows, rows.keys()
    assert "Egypt" not in (name(rows["Ivo Benek"].get("legal_basis")) or ""), rows["Ivo Benek"]


@pytest.mark.parametrize("text", [
    "Treasury designated two generals under E.O. 13413 today. The two men join General Paul Oduya, the police "
    "commissioner for Kinshasa, whom Treasury designated under the same authority in June for his role in the "
    "suppression of protests.",
    "The two men join Colonel Ivo Benek, the army commander for the Kovan region, whom OFAC designated in June.",
])
def test_a_clause_hung_on_a_title_designates_its_holder_not_the_body_in_the_title(rules, text):
    got = targets(rules, text + "\n")
    assert got & {"Paul Oduya", "Ivo Benek"}, got
    assert not got & {"police", "army"}, got


# A verb the parser gives two subjects ("among them the prosecutor X, a step Caracas called an act of aggression":
# "prosecutor" and "Caracas" both hang on "called") is said by the one right before it: the person set off in the
# list of those sanctioned is a target, not a speaker.
@pytest.mark.parametrize("text", [
    "Washington in March froze the U.S. assets of seven officials, among them the national prosecutor Katherine Orlova, "
    "a step Caracas called an act of aggression.",
    "The EU in May froze the assets of five judges, among them the chief judge Katherine Orlova, a move Minsk called "
    "illegal.",
])
def test_a_person_listed_among_the_sanctioned_is_no_speaker_of_the_reaction_after(rules, text):
    assert "Katherine Orlova" in targets(rules, text + "\n")


def test_a_speaker_still_speaks(rules):
    text = ("The minister, Ivo Benek, said on Monday that the sanctions imposed on him by the EU were illegal.\n")
    rows = find(text_rows(rules, text), "statement")
    assert any(name(c["speaker"]) == "Ivo Benek" for c in rows) or not targets(rules, text) - {"Ivo Benek"}


# A name that opens a bulleted or numbered entry before a comma is a person's, with its given name, even when the
# model took the surname alone for a place ("- Oleg Deripaska, who holds ...").
@pytest.mark.parametrize("marker", ["- ", "2. "])
def test_a_listed_name_whose_surname_the_model_took_for_a_place_is_a_person(rules, marker):
    text = ("UK sanctions four businessmen\n\nForeign, Commonwealth & Development Office - Press release\n\n10 March 2022\n\n"
            "The UK government has today imposed an asset freeze and travel ban on four businessmen under the Russia "
            "(Sanctions) (EU Exit) Regulations 2019.\n\nThe individuals designated today are:\n\n"
            f"{marker}Oleg Deripaska, who holds a stake in an aluminium group\n"
            f"{marker}Igor Sechin, Chief Executive of an oil company\n")
    assert {"Oleg Deripaska", "Igor Sechin"} <= targets(rules, text), targets(rules, text)


# A paragraph on a target the release designated already tells the same designation, under the law told for it, not
# under a programme the next paragraph names for other people; and a law's own date in a clause about it ("which the
# President signed last November") does not make it another year's law.
RELEASE_WITH_PROGRAMME_AFTER = (
    "Treasury Targets Norvian Regime Bank\n\nApril 17, 2019\n\nWashington - The U.S. Department of the Treasury's Office of "
    "Foreign Assets Control (OFAC) today sanctioned Banco Central Norvo S.A., a bank that serves the ruling family, and "
    "Tomas Varga Orlov, one of the sons of President Varga and of Vice President Ana Orlov. Both were designated pursuant "
    "to Executive Order (E.O.) 13851, which the President signed last November.\n\nTOMAS VARGA ORLOV\n\nTomas Varga Orlov, "
    "who serves as an adviser to the investment agency, was designated for being responsible for corruption.\n\nAna Orlov "
    "and her adviser Ivo Benek were designated under the same order on November 27, 2018. Treasury has also sanctioned "
    "senior police commanders, including Petr Lanko, the police's director general, under the Global Magnitsky program.\n"
)


def test_a_targets_own_paragraph_keeps_the_law_of_its_designation(rules):
    rows = [c for c in sanctions(rules, RELEASE_WITH_PROGRAMME_AFTER) if name(c["target"]) == "Tomas Varga Orlov"]
    assert rows and all("13851" in (name(c.get("legal_basis")) or "") for c in rows), rows


def test_a_parent_named_after_and_of_is_no_target_of_the_lede(rules):
    lede = [c for c in sanctions(rules, RELEASE_WITH_PROGRAMME_AFTER) if name(c["target"]) == "Ana Orlov"]
    assert all(c.get("date") == "2018-11-27" for c in lede), lede
    assert all("13851" in (name(c.get("legal_basis")) or "") for c in lede), lede


def test_a_clause_designation_under_the_same_authority_takes_the_law_told_before(rules):
    text = ("Treasury designated Ivan Petrov under E.O. 13413 today. The two men join General Paul Oduya, the police "
            "commissioner for Kinshasa, whom Treasury designated under the same authority in June for his role in the "
            "suppression of protests.\n")
    rows = {name(c["target"]): c for c in sanctions(rules, text)}
    assert name(rows["Paul Oduya"].get("legal_basis")) == "E.O. 13413", rows


def test_a_clause_designation_naming_no_law_borrows_none(rules):
    text = ("Treasury designated Ivan Petrov under E.O. 13413 today. He joins General Paul Oduya, whom the EU listed in "
            "June.\n")
    rows = {name(c["target"]): c for c in sanctions(rules, text)}
    assert "Paul Oduya" not in rows or not rows["Paul Oduya"].get("legal_basis"), rows


# A sanction told before and taken up as what someone rejects names no new target; "welcomed the designation of X"
# still designates X.
@pytest.mark.parametrize("reaction", [
    "The Kovan embassy dismissed the designation as groundless, and a government spokesman said no foreign military "
    "would ever be allowed to use its soil.",
    "The Foreign Ministry in Kovan called the sanctions illegal and said the Kovan army would not bow to pressure.",
])
def test_rejecting_a_designation_designates_no_one(rules, reaction):
    text = "OFAC designated the Norvo Group under E.O. 13818 today.\n\n" + reaction + "\n"
    got = targets(rules, text)
    assert got == {"Norvo Group"}, got


def test_welcoming_the_designation_of_someone_still_names_its_target(rules):
    text = "OFAC designated the Norvo Group under E.O. 13818 today. Rights groups welcomed the designation of Ivan Drok.\n"
    assert "Ivan Drok" in targets(rules, text)


def test_a_company_written_in_capitals_keeps_its_legal_form(rules):
    text = ("OFAC designated two companies under E.O. 13818 today:\n\nNORVO DEVELOPMENT GROUP CO., LTD. (a.k.a. NDG), "
            "Kovan province.\nKovan Trading Co., Ltd. (a.k.a. KTC), Kovan City.\n")
    got = targets(rules, text)
    assert {"NORVO DEVELOPMENT GROUP CO., LTD.", "Kovan Trading Co., Ltd."} <= got, got


@pytest.mark.parametrize("headline", [
    "Security Council Committee on Norvia Names First Three Individuals Subject to Travel Ban and Assets Freeze",
    "EU Extends Asset Freeze on Former Norvian Leaders",
])
def test_a_capitalised_measure_in_a_headline_is_no_target(rules, headline):
    text = headline + "\n\nThe Committee established pursuant to resolution 1572 (2004) today designated Ivo Benek.\n"
    got = targets(rules, text)
    assert not got & {"Travel Ban", "Assets Freeze", "Asset Freeze"}, got
