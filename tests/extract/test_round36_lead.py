"""Round 36 (lead): whose designations an annex lists.

A release's annex ("Annex - Persons referred to in Article 1") lists the designations the release itself made. A
sanction by another state told in passing just before it ("The United States imposed sanctions on X in May.") is
background: the entries below are still the issuer's, under the issuer's law.
"""

import pytest

from extract.claimhelp import find, name, text_rows


def sanctions(rules, text):
    return find(text_rows(rules, text), "sanction")


def by_target(rules, text):
    out: dict = {}
    for c in sanctions(rules, text):
        out.setdefault(name(c["target"]), []).append(c)
    return out


ANNEX_AFTER_FOREIGN = [
    # EU release, a US designation told last
    "Norvia: EU imposes restrictive measures on two commanders\n\nCouncil of the EU\nPress release 101/19\nBrussels, "
    "3 May 2019\n\nThe Council today imposed an asset freeze and a travel ban on two commanders under the framework for "
    "restrictive measures in view of the situation in Norvia.\n\nThe legal acts, Council Decision 2019/101/CFSP and "
    "Council Regulation (EU) 2019/102, were published in the Official Journal today.\n\nThe United States imposed "
    "sanctions on Petr Lanko in March.\n\nAnnex - Persons referred to in Article 1\n\n1. Petr LANKO\nPosition: Major "
    "General, commander of the Eastern Division.\n\n2. Oleg SAROV\nPosition: Colonel, head of the Kovan garrison.\n",
    # UK notice, a Canadian listing told last
    "Financial sanctions notice: Kovania\n\nHM Treasury\n12 June 2021\n\nThe Foreign Secretary today designated two "
    "officials under the Global Human Rights Sanctions Regulations 2020 for their role in the torture of detainees.\n\n"
    "Canada listed Ivan Drach under its Special Economic Measures Act last year.\n\nAnnex: persons designated\n\n1. "
    "DRACH, Ivan\nPosition: Deputy Minister of the Interior.\n\n2. MOROZ, Pavel\nPosition: Head of Kovan Prison No. 2.\n",
]


@pytest.mark.parametrize("text", ANNEX_AFTER_FOREIGN)
def test_an_annex_lists_the_releases_own_designations_not_a_foreign_one_told_just_before(rules, text):
    rows = by_target(rules, text)
    foreign = {"United States", "Canada"}
    second = [c for k, cs in rows.items() if k.lower() in ("oleg sarov", "pavel moroz") for c in cs]
    assert second, rows.keys()
    assert all(name(c.get("authority")) not in foreign for c in second), second
    assert all(c.get("legal_basis") for c in second), second
    # the foreign one keeps its own state
    first = next(k for k in rows if k in ("Petr Lanko", "Ivan Drach"))
    assert any(name(c.get("authority")) in foreign for c in rows[first]), rows[first]


def test_with_no_foreign_act_before_it_the_annex_still_follows_the_release(rules):
    text = ANNEX_AFTER_FOREIGN[0].replace("The United States imposed sanctions on Petr Lanko in March.\n\n", "")
    rows = by_target(rules, text)
    assert all(name(c.get("authority")) not in ("United States",) for cs in rows.values() for c in cs)
    assert any("sarov" in k.lower() for k in rows), rows.keys()


# A colon that goes on in its line opens a list the sentence names itself, however the parser cut the sentence there;
# only a colon that ends its line heads a list of entries below.
COUNTED_THEN_COLON = [
    ("The Security Council today imposed sanctions on Ivan Petrov.\n\nThe three were listed by the Committee established "
     "pursuant to resolution 2140 on 7 November 2014: former President Ali Abdullah Sarih, who ruled Norvia for 33 years "
     "until he handed power to Anton Lisin in 2012, and two senior militia commanders, Abd al-Karim al-Murad and Abdullah "
     "Yahya al-Tamimi.", {"Ali Abdullah Sarih", "Abd al-Karim al-Murad", "Abdullah Yahya al-Tamimi"}),
    ("NEW YORK (Wire) - The U.N. committee had already acted against the movement's leaders. The four were designated by "
     "the Committee on 3 March: former President Oleg Sarov, the commander Pavel Drach, the financier Abd al-Karim al-Murad "
     "and a spokesman, Ivan Moroz.", {"Oleg Sarov", "Pavel Drach", "Ivan Moroz"}),
    ("Report: the sanctions record\n\nEarlier listings were partial. The two were sanctioned by the European Union in 2019: "
     "Oleg Sarov, who led the Kovan police, and Pavel Drach, its deputy.", {"Oleg Sarov", "Pavel Drach"}),
]


@pytest.mark.parametrize("text, names", COUNTED_THEN_COLON)
def test_a_bare_count_listed_before_a_colon_names_each_item_on_the_line(rules, text, names):
    got = set(by_target(rules, text))
    assert names <= got, got
    assert "Anton Lisin" not in got, got  # named in a clause about an item, not listed


def test_a_colon_ending_its_line_still_heads_the_entries_below(rules):
    text = ("Treasury Sanctions Kovan Officials\n\nToday, OFAC designated three officials pursuant to E.O. 13818.\n\n"
            "The three were designated pursuant to E.O. 13818:\n\n- Oleg Sarov\n- Pavel Drach\n- Ivan Moroz\n")
    assert {"Oleg Sarov", "Pavel Drach", "Ivan Moroz"} <= set(by_target(rules, text))


def test_a_colon_after_words_that_designate_no_one_lists_no_one(rules):
    text = ("The three men were released on Monday. The three said after their release: Oleg Sarov, the governor, "
            "had ordered the arrests.")
    assert not sanctions(rules, text)


# A state's country programme is a legal basis however the text words it, and "that program" / "this regime" / "that
# order" points back at the law of that kind named before: not at no law, and not at a law of another kind.
POINTED_LAW = [
    ("Today, OFAC designated Ivan Petrov pursuant to the Venezuela-related sanctions program. His brother Oleg Petrov has "
     "been subject to sanctions under that program since 2019.", "Oleg Petrov", "Venezuela-related sanctions program"),
    ("The EU adopted the Myanmar sanctions regime in 2018. General Aung Kyaw has been listed under this regime since then, "
     "the Council said.", "Aung Kyaw", "Myanmar sanctions regime"),
    ("OFAC designated Ivan Petrov pursuant to E.O. 13818. Oleg Sarov was designated under that order in 2019, the "
     "statement said.", "Oleg Sarov", "E.O. 13818"),
    ("Today's designation adds to the existing sanctions on Norvian officials under the Zimbabwe sanctions program, which "
     "was established in 2003. OFAC designated Ivan Petrov under E.O. 13818 today. President Oleg Sarov himself has been "
     "subject to sanctions under that program for many years.", "Oleg Sarov", "Zimbabwe sanctions program"),
]


@pytest.mark.parametrize("text, target, law", POINTED_LAW)
def test_that_program_is_the_program_named_before(rules, text, target, law):
    got = by_target(rules, text)
    assert target in got, got.keys()
    assert {name(c.get("legal_basis")) for c in got[target]} == {law}, got[target]


def test_that_program_with_no_program_named_before_is_no_law(rules):
    got = by_target(rules, "OFAC designated Ivan Petrov under E.O. 13818 today. Washington sanctioned Oleg Sarov under "
                           "that program in 2019.")
    assert "Oleg Sarov" in got
    assert not any(c.get("legal_basis") for c in got["Oleg Sarov"]), got["Oleg Sarov"]


def test_a_country_programme_named_by_one_state_is_no_basis_for_another_states_designations(rules):
    text = ("UK sanctions Burundian arms suppliers\n\nThe United Kingdom today designated three companies under the "
            "Burundi sanctions regime.\n\nBusinesses designated today under the Burundi sanctions regime:\n\n- Kovan Arms Ltd\n"
            "- Sarov Metals Ltd\n\nThe United States designated two of the same companies, Kovan Arms and Drach Holdings, "
            "on 1 June.")
    got = by_target(rules, text)
    us = [c for cs in got.values() for c in cs if name(c.get("authority")) == "United States"]
    assert us, got.keys()
    assert not any(c.get("legal_basis") for c in us), us
    uk = [c for cs in got.values() for c in cs if name(c.get("authority")) == "United Kingdom"]
    assert uk and all(name(c.get("legal_basis")) == "Burundi sanctions regime" for c in uk), uk


@pytest.mark.parametrize("text", [
    "The United States designated four of the same companies - Kovan Arms, Drach Holdings and Sarov Master Technology - "
    "on 1 June.",
    "Two firms - Kovan Arms and Sarov Master Technology - were designated by the EU in May.",
])
def test_a_dash_that_closes_an_aside_is_no_part_of_the_last_name(rules, text):
    got = set(by_target(rules, text))
    assert not any(k.endswith(("-", "\u2013")) for k in got), got


# "three of its executives", "five of his deputies": a count of a body's or a man's people is one designated group.
@pytest.mark.parametrize("text, group", [
    ("In April 2023, the Treasury sanctioned the Kovan-based Sarov Bank and three of its executives, saying the bank "
     "served the Kremlin.", "three of its executives"),
    ("The UK today sanctioned the head of the prison colony and five of his deputies under its Global Human Rights "
     "sanctions regime.", "five of his deputies"),
    ("OFAC designated the Kovan Guard Battalion in 2021, along with six of its current and former officers, under "
     "E.O. 13818.", "six of its current and former officers"),
])
def test_a_counted_part_of_a_bodys_people_is_a_designated_group(rules, text, group):
    assert group in by_target(rules, text)


def test_a_count_of_a_bodys_people_in_a_large_number_or_outside_a_designation_is_no_target(rules):
    text = ("The movement says more than 1,000 of its members were killed in the raid. Two of its officers were later "
            "acquitted.")
    assert not sanctions(rules, text)
    assert not any("000 of its" in str(r) for r in text_rows(rules, text))


def test_a_headline_count_the_lead_repeats_and_the_release_names_one_by_one_is_no_group_of_its_own(rules):
    text = ("Chemical weapons: the EU places nine persons under its new sanctions regime, including two GRU officers over the Kovan attack\n\n"
            "Council of the EU - Press release - 21 January 2019\n\n"
            "The Council today adopted restrictive measures against nine persons under the framework for restrictive "
            "measures against the use and proliferation of chemical weapons. The persons are subject to a travel ban and "
            "an asset freeze.\n\nFour of those listed are Norvian nationals who are responsible for using a nerve agent in "
            "Kovan in March 2018.\n\nThe other five persons listed today are officials of the Kovan Research Centre, the "
            "entity the Council considers responsible for producing chemical weapons.\n\n"
            "The persons listed for the Kovan attack are:\n\n- Ivan Petrov, an officer of the GRU;\n"
            "- Oleg Sarov, also an officer of the GRU.\n")
    got = set(by_target(rules, text))
    assert {"Ivan Petrov", "Oleg Sarov"} <= got, got
    assert "nine persons" not in got, got


# A name set off after "the head of <a place or body>" holds the whole title and is designated; one set off after a
# person's title or kin ("a brother of its leader, X", "the prosecution of the opposition politician X") is whose it is.
@pytest.mark.parametrize("text, target", [
    ("The UK sanctioned the head of the prison colony, Ivan Petrov, and five of his deputies under its Global Human "
     "Rights sanctions regime.", "Ivan Petrov"),
    ("KOVAN (Wire) - The EU on Monday sanctioned the commander of the 5th Brigade, Colonel Oleg Sarov, over the killings.",
     "Oleg Sarov"),
    ("Report: The United States designated the director of the Kovan detention centre, Pavel Drach, in 2022.", "Pavel Drach"),
])
def test_a_name_set_off_after_the_head_of_a_body_is_designated(rules, text, target):
    assert target in by_target(rules, text)


@pytest.mark.parametrize("text, other", [
    ("OFAC designated Oleg Petrov, a brother of its leader, Ivan Petrov.", "Ivan Petrov"),
    ("The UK has today imposed sanctions on three Russians responsible for the politically motivated prosecution of the "
     "opposition politician Ivan Sarov.", "Ivan Sarov"),
])
def test_a_name_set_off_after_a_persons_title_or_kin_is_whose_it_is(rules, text, other):
    assert other not in by_target(rules, text)


@pytest.mark.parametrize("text", [
    "OFAC designated Ivan Petrov, whose brother Oleg Petrov had been sanctioned by the EU in 2021.",
    "KOVAN (Wire) - Britain on Monday sanctioned Ivan Petrov, whose brother Oleg Petrov was sanctioned by the European "
    "Union in 2021.",
])
def test_a_whose_clause_tells_its_own_sanction_by_its_own_agent(rules, text):
    got = by_target(rules, text)
    assert [name(c.get("authority")) for c in got["Oleg Petrov"]] in (["European Union"], ["Council of the European Union"]), got


def test_a_whose_clause_of_another_deed_designates_no_one(rules):
    got = by_target(rules, "OFAC designated Ivan Petrov, whose brother Oleg Petrov was killed by police in 2021.")
    assert "Oleg Petrov" not in got, got


# A platform a government cuts people off is what was blocked, not where anyone spoke.
@pytest.mark.parametrize("text", [
    "The government on Thursday restricted access to Facebook, WhatsApp and Twitter, saying the measures were needed "
    "to stop hate speech.",
    "KOVAN (Wire) - Authorities blocked X and Telegram on Monday, the interior ministry said.",
    "Interior Minister Ivan Petrov said on Facebook that the ban on TikTok would stay.",
])
def test_a_blocked_platform_is_no_medium(rules, text):
    media = {name(c["medium"]) for c in find(text_rows(rules, text), "statement")}
    assert not media & {"WhatsApp", "Twitter", "Telegram", "TikTok"}, media


def test_a_platform_spoken_on_is_still_a_medium(rules):
    rows = find(text_rows(rules, "Interior Minister Ivan Petrov said on Facebook that the ban on TikTok would stay."), "statement")
    assert {name(c["medium"]) for c in rows} == {"Facebook"}
