"""Round 35 (lead): what a sanctions text's capitals are, and who "among those subject to" a measure is.

A quoted place name ("the 'Square of Freedom'") or a decree's nickname is no act a designation stands on unless a word
of law, a number or a regime's word says so. A headline's capitals on a measure ("Imposes Travel Ban and Asset
Freeze") or on what a man is ("Linked to Businessman Ivan Petrov") name nobody. A given name opening on a particle
("Saif al-Islam") is still a given name in a surname-first list entry. One programme told by two instruments is named
as the text names one of them. A body coordinated with people "of" another body is one more body they serve, and the
body of a title ("the chief of the Kovan Army's Western Command") is no target. "Among the ten subject to the travel
ban are X and Y" names two designees.
"""

import pytest

from extract.claimhelp import find, name, text_rows


def sanctions(rules, text):
    return find(text_rows(rules, text), "sanction")


def targets(rules, text):
    return {name(c["target"]) for c in sanctions(rules, text)}


QUOTED_PLACES = [
    "Activist dies after beating in Norvian capital\n\nMINSKOV (Wire) - Petr Lanko went down to the courtyard, known among "
    "residents as the \"Square of Freedom\", after masked men arrived.\n\nThe EU has already imposed sanctions on 40 "
    "officials, among them the president himself.",
    "Lawyers condemn crackdown under the \"State of Siege\"\n\nThe government's \"State of Siege\" has lasted a year. "
    "The United States sanctioned the police chief, Ivan Petrov, in May.",
    "Report: abuses around the \"Garden of Martyrs\"\n\nSecurity forces cleared the \"Garden of Martyrs\" camp on 3 June. "
    "The EU later listed two commanders, Oleg Sarov and Pavel Drach.",
]


@pytest.mark.parametrize("text", QUOTED_PLACES)
def test_a_quoted_name_with_no_word_of_law_is_no_legal_basis(rules, text):
    rows = sanctions(rules, text)
    assert rows, "the designation itself is still read"
    assert not any(c.get("legal_basis") for c in rows), rows


@pytest.mark.parametrize("text", [
    "The EU listed 12 officials under the \"Law on Public Order\" regime on Monday.",
    "The EU listed 12 officials under the \"Public Order Act\" on Monday.",
])
def test_a_quoted_name_that_says_it_is_a_law_still_is_one(rules, text):
    rows = sanctions(rules, "EU lists officials\n\n" + text)
    assert any(c.get("legal_basis") for c in rows), rows


HEADLINE_MEASURES = [
    "Security Council Imposes Arms Embargo, Travel Ban and Asset Freeze on Norvian Leadership\n\n26 February 2026\n\n"
    "The Security Council today imposed a travel ban on Ivan Petrov, the Minister of Defence.",
    "Council Imposes Travel Ban and Asset Freeze on Norvian Leader and Members of His Family\n\nThe Security Council "
    "today imposed an asset freeze on Ivan Petrov. Speaking after the vote, Secretary-General Ban Ki-moon welcomed it.",
    "EU Adopts Visa Ban on Norvian Judges\n\nThe EU today imposed a visa ban on the judge Oleg Sarov.",
]


@pytest.mark.parametrize("text", HEADLINE_MEASURES)
def test_a_headline_measure_in_capitals_is_no_target(rules, text):
    found = targets(rules, text)
    assert found, "the real target is read"
    assert not found & {"Arms Embargo", "Travel Ban", "Asset Freeze", "Visa Ban", "Ban Ki-moon", "Imposes Arms Embargo"}, found


@pytest.mark.parametrize("text", [
    "Treasury Extends Sanctions to Four Entities Linked to Businessman Ivan Petrov\n\nOFAC today designated Korvan "
    "Holdings Limited and Tessa Mining SPRL, two companies owned by Ivan Petrov, a tycoon who was himself designated "
    "under E.O. 13818 last year.",
    "UK Sanctions Firms of Journalist-Turned-Tycoon Ivan Petrov\n\nThe UK today sanctioned Tessa Mining SPRL, owned "
    "by Ivan Petrov, a former journalist who was himself sanctioned in 2024.",
])
def test_a_capitalised_occupation_before_a_name_is_no_part_of_it(rules, text):
    found = targets(rules, text)
    assert "Ivan Petrov" in found, found
    assert not any(n.startswith(("Businessman ", "Journalist")) for n in found), found


def test_a_given_name_opening_on_a_particle_is_read_in_a_surname_first_entry(rules):
    text = ("New York - The Security Council tonight unanimously adopted resolution 2901 (2026), imposing a travel ban "
            "and an asset freeze on members of the Mardafi family.\n\n"
            "Persons subject to the travel ban and asset freeze under resolution 2901 (2026), Annex II:\n\n"
            "- MARDAFI, Saif al-Islam - Director, Mardafi Foundation; son of Omar Mardafi.\n"
            "- MARDAFI, Aisha Omar - daughter of Omar Mardafi.\n")
    found = targets(rules, "Council lists Mardafi family\n\n" + text)
    assert {"Saif al-Islam Mardafi", "Aisha Omar Mardafi"} <= found, found
    assert not found & {"MARDAFI", "Mardafi Foundation"}, found


@pytest.mark.parametrize("text", [
    "Treasury Extends Global Magnitsky Sanctions to Petrov Companies\n\nOFAC today designated three companies owned "
    "by Ivan Petrov. The action, taken pursuant to Executive Order 13818, which builds upon and implements the Global "
    "Magnitsky Human Rights Accountability Act, follows his designation last year.\n\nEntities designated pursuant to "
    "E.O. 13818:\n1. Korvan Holdings Limited (Gibraltar)\n2. Tessa Mining SPRL (Norvia)\n",
    "Global Magnitsky designations\n\nOFAC today designated Ivan Petrov pursuant to E.O. 13818.",
])
def test_a_programme_is_named_as_the_text_names_it(rules, text):
    bases = {name(c.get("legal_basis")) for c in sanctions(rules, text)}
    assert bases == {"E.O. 13818"}, bases


@pytest.mark.parametrize("text", [
    "OFAC today designated four commanders of the Kovan military and the Border Guard Police (BGP), as well as two "
    "units of the Kovan army, for their involvement in abuses.",
    "The EU listed three officers of the army and the National Guard for the killings.",
])
def test_a_body_joined_to_the_people_of_another_is_whose_they_are(rules, text):
    found = targets(rules, "Sanctions on Kovan commanders\n\n" + text)
    assert not found & {"Border Guard Police", "National Guard"}, found


def test_the_body_of_a_title_told_with_an_owner_is_no_target(rules):
    text = ("OFAC today designated Ivan Petrov. Today's action follows the December 2017 designation of Oleg Sarov, the "
            "former chief of the Kovan Army's Western Command, who was also sanctioned under E.O. 13818 for his role "
            "in the operations.")
    found = targets(rules, "Treasury sanctions Kovan commander\n\n" + text)
    assert {"Ivan Petrov", "Oleg Sarov"} <= found, found
    assert "Western Command" not in found, found


AMONG_SUBJECT = [
    "The Security Council today imposed a travel ban on sixteen people. Among the ten subject to the travel ban alone "
    "are Ivan Petrov and Oleg Sarov.",
    "The Security Council today imposed a travel ban on sixteen people. Among those subject to the travel ban are Ivan "
    "Petrov, the Director of Military Intelligence; Oleg Sarov, the Minister of Defence; and Pavel Drach, a general.",
    "The EU froze the assets of nine officials. Among those subject to the asset freeze are Ivan Petrov and Oleg Sarov.",
]


@pytest.mark.parametrize("text", AMONG_SUBJECT)
def test_among_those_subject_to_a_measure_are_its_designees(rules, text):
    assert {"Ivan Petrov", "Oleg Sarov"} <= targets(rules, "Measures adopted\n\n" + text)


@pytest.mark.parametrize("text", [
    "Among those who criticised the travel ban are Ivan Petrov and Oleg Sarov.",
    "Among the ten subjects discussed at the meeting are Ivan Petrov's pension and Oleg Sarov's house.",
])
def test_among_others_than_those_subject_to_a_measure_names_no_designee(rules, text):
    found = targets(rules, "Debate on measures\n\n" + text)
    assert not found & {"Ivan Petrov", "Oleg Sarov"}, found


EMBARGOES = [
    ("Council acts on Lesotho\n\nThe Security Council today imposed an arms embargo on Lesotho and a travel ban on "
     "Ivan Petrov.", "Security Council"),
    ("Council acts on Lesotho\n\nNew York - Acting under Chapter VII, the Security Council tonight adopted resolution "
     "2901 (2026), deploring the violence in Lesotho.\n\nBy the text, adopted by a vote of 15 in favour, the Council "
     "referred the situation in Lesotho to the Prosecutor of the International Criminal Court, imposed an arms embargo "
     "on the country, and decided that all Member States shall prevent the entry of the persons listed.", "Security Council"),
    ("EU acts on Lesotho\n\nThe EU today imposed an arms embargo on Lesotho and a ban on equipment that might be used "
     "for internal repression.", "European Union"),
]


@pytest.mark.parametrize("text,by", EMBARGOES)
def test_an_arms_embargo_on_a_state_is_a_measure_on_that_state(rules, text, by):
    rows = [c for c in sanctions(rules, text) if name(c["target"]) == "Lesotho"]
    assert rows and rows[0].get("measure") == "other" and name(rows[0].get("authority")) == by, rows


def test_an_embargo_is_dated_by_its_own_day_not_by_the_day_it_ends(rules):
    text = ("Council extends measures\n\n13 July 2026\n\nThe Security Council this morning imposed an arms embargo on "
            "Lesotho until 31 May 2027 and subjected two generals to a travel ban.")
    rows = [c for c in sanctions(rules, text) if name(c["target"]) == "Lesotho"]
    assert rows and rows[0].get("date") != "2027-05-31", rows


@pytest.mark.parametrize("text", [
    "Calls grow\n\nRights groups urged the EU to impose an arms embargo on Lesotho.",
    "Calls grow\n\nThe EU has not imposed an arms embargo on Lesotho, despite calls to do so.",
    "Embargo lifted\n\nThe arms embargo on Lesotho was discussed by ministers on Monday.",
])
def test_an_embargo_asked_for_or_only_talked_about_is_none(rules, text):
    assert "Lesotho" not in targets(rules, text)


@pytest.mark.parametrize("text", [
    "Treasury targets Kovan officials\n\nToday's action builds on earlier designations under E.O. 13851, including "
    "those of Ivan Petrov in November 2018, of his son Oleg Petrov in December 2019, and of the National Police in March "
    "2020 for its role in the violent suppression of protests.",
    "Treasury targets Kovan officials\n\nToday's action follows the designations of Ivan Petrov in 2018 and of the "
    "National Police in March 2020.",
])
def test_a_body_further_down_a_list_of_designations_is_designated(rules, text):
    assert {"Ivan Petrov", "National Police"} <= targets(rules, text)


def test_a_body_after_of_that_is_no_designation_stays_out(rules):
    text = ("Treasury targets Kovan officials\n\nOFAC today designated Ivan Petrov, a commander of the National Police, "
            "and Oleg Sarov, a member of the Interior Ministry, for the killing of protesters.")
    found = targets(rules, text)
    assert {"Ivan Petrov", "Oleg Sarov"} <= found and not found & {"National Police", "Interior Ministry"}, found


@pytest.mark.parametrize("text", [
    "Activist freed\n\nThe court ordered Ivan Petrov's release pending trial on 7 December 2021, and he was freed the "
    "following day by the authorities, though barred from travelling.",
    "Activist freed\n\nIvan Petrov was released by the authorities on Monday but remains barred from travelling.",
])
def test_a_bar_on_travelling_at_all_is_an_exit_ban_not_a_sanction(rules, text):
    assert "Ivan Petrov" not in targets(rules, text)


@pytest.mark.parametrize("text", [
    "Officials listed\n\nThe 16 individuals, among them Ivan Petrov, are also barred from travelling to or through Australia.",
    "Officials listed\n\nIvan Petrov was barred from travelling to the United States under Section 7031(c).",
])
def test_a_bar_on_travelling_to_a_state_is_still_one(rules, text):
    assert "Ivan Petrov" in targets(rules, text)


@pytest.mark.parametrize("text", [
    "Activist jailed\n\nThe prosecution relied largely on emails Ivan Petrov had exchanged with former colleagues at "
    "ACAT-Norvia, which the government banned in October 2016 along with four other rights groups.",
    "Activist jailed\n\nIvan Petrov worked for Norvia Watch, which the government banned in 2016.",
    "Activist jailed\n\nThe government banned Norvia Watch in 2016, and its director Ivan Petrov was arrested.",
])
def test_a_group_outlawed_at_home_is_no_sanction(rules, text):
    assert not targets(rules, text)


def test_a_ban_on_entering_told_in_a_clause_still_is_one(rules):
    text = "Officials listed\n\nIvan Petrov, whom the United States barred from entering the country in 2019, was promoted."
    assert "Ivan Petrov" in targets(rules, text)


@pytest.mark.parametrize("text", [
    "Treasury sanctions supplier\n\nKovan Trading Company Limited (KTCL) is being designated for operating in the "
    "defense sector of the Norvian economy; according to Treasury, the company has supplied the military with goods "
    "and services.",
    "Treasury sanctions financier\n\nOFAC today designated Ivan Petrov, whose network has paid the Kovan Brigade for "
    "years.",
])
def test_whom_a_target_serves_or_pays_is_no_target(rules, text):
    found = targets(rules, text)
    assert found and not found & {"military", "Kovan Brigade"}, found


def test_bodies_a_sanctioning_body_lists_are_still_targets(rules):
    text = "EU lists militia\n\nThe EU today listed the Kovan Brigade and Norvia's Rapid Force under its human rights regime."
    assert {"Kovan Brigade", "Rapid Force"} <= targets(rules, text)


@pytest.mark.parametrize("text", [
    "Treasury sanctions general's children\n\nOFAC today designated Ivana Petrova as an adult child of a designated "
    "person. She owns 5th Lotus Creation Company Limited, a media production company, which was designated for being "
    "owned or controlled by her.",
    "UK sanctions Iranian police\n\nToday's designation brings to more than 50 the number of Iranian individuals and "
    "entities sanctioned by the UK since the protests began, among them the morality police and the Basij Resistance Force.",
])
def test_an_object_designated_in_its_own_right_stays_a_target(rules, text):
    found = targets(rules, text)
    assert found & {"5th Lotus Creation Company Limited", "Basij Resistance Force"}, found


def test_a_firm_shortened_to_its_first_word_is_the_firm(rules):
    text = ("Treasury targets procurement chief\n\nMuch of this buying has been run through Tessaro General Trading LLC, "
            "a company based in Dubai that Ivan Petrov controls. OFAC designated Tessaro on June 1, 2023 pursuant to "
            "E.O. 14098.")
    assert "Tessaro General Trading LLC" in targets(rules, text)


@pytest.mark.parametrize("form", ["SPRL", "S.P.R.L.", "SASU", "S.A.U."])
def test_a_congolese_or_french_legal_form_ends_a_company_name(rules, form):
    text = (f"Treasury sanctions mining network\n\nEntities designated pursuant to E.O. 13818 for being owned or "
            f"controlled by Ivan Petrov:\n1. Korvel Resources Limited (Gibraltar)\n2. Oil of Upper Lomami {form} "
            f"(Democratic Republic of the Congo)\n")
    assert f"Oil of Upper Lomami {form}" in targets(rules, text)
