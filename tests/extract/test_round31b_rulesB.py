"""Round 31b (rulesB): name defects, each found in several articles. Every person and body here is invented, each
convention is tried in more than one wording (press release, news report, NGO report), and each has a sentence where
it must not fire."""

import pytest

from extract.claimhelp import find, name, perpetrators, text_rows


def people(rows):
    """Every person a claim of any type names in a person's role."""
    return {name(v) for c in rows for k in ("person", "relative", "target", "denier")
            for v in (c.get(k) if isinstance(c.get(k), list) else [c.get(k)]) if v}


# the end of a long name that the text sets apart is another person ---------------------------------------------------


@pytest.mark.parametrize("text", [
    # press release: the father is the object of the kinship phrase
    "The Committee today designated Omar Khalid Hamad Nasser, the eldest son of former President Khalid Hamad Nasser, "
    "for undermining the transition in Varnia.",
    # news report: the kinship phrase names the father by his post, the text by his name later
    "Omar Khalid Hamad Nasser, the eldest son of the country's former president, was added to the list on Monday.\n\n"
    "The list already held former President Khalid Hamad Nasser, who ruled Varnia for 30 years until 2012.",
    # NGO report: both named in one sentence, joined by a kinship word
    "Omar Khalid Hamad Nasser and his father, former President Khalid Hamad Nasser, have been accused of looting the "
    "central bank of Varnia.",
])
def test_the_tail_of_a_patronymic_name_set_apart_is_the_father(rules, text):
    rows = text_rows(rules, text)
    assert "Khalid Hamad Nasser" in people(rows)
    assert not any("President" in (c.get("role") or "") for c in find(rows, "position", person="Omar Khalid Hamad Nasser"))


@pytest.mark.parametrize("text", [
    # a Spanish son's two surnames stay his
    "The Treasury designated Rafael Antonio Vega Luna, a son of the governor of Varnia, today. Vega Luna controls the "
    "state's fuel distributor.",
    # the end of a long name given after it, nothing between them
    "Prosecutors charged Juan Antonio Valle Valle with drug trafficking. Valle Valle was the mayor of Vella.",
])
def test_the_tail_of_a_name_not_set_apart_is_the_same_person(rules, text):
    rows = text_rows(rules, text)
    assert not {"Vega Luna", "Valle Valle"} & people(rows)


# a family name that names a movement, before a noun, is the movement ----------------------------------------------------


@pytest.mark.parametrize("text", [
    # NGO report: the group's name before its noun, the leader named after
    "(Vella) - The Nasri armed group, which controls the north of Varnia, has arbitrarily detained 20 aid workers, "
    "Human Rights Watch said today. The group is led by Abdulkarim al-Nasri.",
    # press release: the leader named first
    "The Council today designated Abdulkarim al-Nasri, who leads the movement. The Nasri armed group has tortured "
    "detainees in Vella.",
    # news report
    "Abdulkarim al-Nasri took power in Vella in 2014. Since then Nasri militia units have detained dozens of "
    "journalists in the city.",
])
def test_a_family_name_before_a_groups_noun_is_the_group(rules, text):
    rows = text_rows(rules, text)
    assert "Abdulkarim al-Nasri" not in perpetrators(rows)


@pytest.mark.parametrize("text", [
    "Abdulkarim al-Nasri took power in Vella in 2014. Nasri ordered the detention of dozens of journalists in the city.",
    "Abdulkarim al-Nasri seized Vella in 2014. Witnesses said Nasri personally ordered the torture of detainees there.",
])
def test_the_family_name_alone_or_before_a_title_is_the_man(rules, text):
    assert "Abdulkarim al-Nasri" in perpetrators(text_rows(rules, text))


# a name after a lower-case noun for a kind of body is the body ----------------------------------------------------------


@pytest.mark.parametrize("text, body", [
    # news report
    ("Among the dead was Pierre Odanga, a journalist with the Catholic broadcaster Radio Kelimo, who colleagues said "
     "was hit by a bullet.", "Radio Kelimo"),
    # NGO report
    ("Marta Vesnic, a researcher with the rights group Vellawatch, was detained at the airport on Monday.", "Vellawatch"),
    # press release
    ("The Department condemns the arrest of Tomas Brel, a reporter for the independent newspaper Nova Kelim.", "Nova Kelim"),
])
def test_a_name_after_a_kind_of_body_is_the_body(rules, text, body):
    rows = text_rows(rules, text)
    assert body not in people(rows)
    assert body in {name(c["org"]) for c in find(rows, "position")}


def test_a_name_after_a_title_stays_a_person(rules):
    rows = text_rows(rules, "Police arrested the opposition party leader Tomas Brel in Vella on Monday.")
    assert "Tomas Brel" in people(rows) | perpetrators(rows) | {name(c.get("victim")) for c in find(rows, "abuse")}


# a four-word name after a rank the NER cut in pieces ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # news report
    "The mission's Kenyan force commander, Lieutenant General Peter Odanga Wekesa Otieno, failed to respond to the "
    "attack on the camp in Vella.",
    # NGO report
    "Witnesses said the unit was led by Brigadier General Peter Odanga Wekesa Otieno, who ordered soldiers to fire "
    "on the crowd in Vella.",
    # press release
    "The Department is designating Major General Peter Odanga Wekesa Otieno, commander of the Vella garrison.",
])
def test_a_long_name_after_a_rank_is_whole(rules, text):
    found = people(text_rows(rules, text)) | perpetrators(text_rows(rules, text))
    assert "Peter Odanga" not in found and "Otieno" not in found


def test_a_rank_and_name_before_another_name_stay_apart(rules):
    rows = text_rows(rules, "The Department is designating Major General Peter Odanga, commander of the Vella garrison, "
                            "and Salva Wekesa, the governor of Vella.")
    assert {"Peter Odanga", "Salva Wekesa"} <= people(rows)


@pytest.mark.parametrize("text, body, country", [
    ("Rukandi, a former accountant for the Christian anti-torture group ACAT-Lesotho, was convicted on Thursday.",
     "ACAT-Lesotho", "Lesotho"),
    ("Ilse Marten, a lawyer with the rights group Justice-Malawi, was detained at the airport in Vella.",
     "Justice-Malawi", "Malawi"),
    ("The Department condemns the arrest of Tomas Brel, a reporter for the newspaper Voice-Togo.", "Voice-Togo", "Togo"),
])
def test_a_hyphened_name_after_a_kind_of_body_is_the_body_not_its_country(rules, text, body, country):
    from kg.model import Document

    names = {e.name for e in rules.extract(Document(id="t", text=text + "\n", date="2024-05-08")).entities.values()}
    assert body in names and country not in names
