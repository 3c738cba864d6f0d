"""Round 29 (rulesB): shapes found across every tuned split, not in one article.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire. 2024-05-08 is a Wednesday.
"""

import pytest

from extract.claimhelp import find, text_rows as _rows


# -- an inquiry asked for in an infinitive has not been held ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # NGO report: the group urges a government to have its prosecutors look into torture
    "Lantern Watch urged the Varnian authorities to order the Public Prosecution to investigate all allegations of "
    "torture in Kessum.",
    # news report: what a minister should do, in the group's words
    "The Varnian Minister of Justice should order the Public Prosecution to investigate all allegations of torture in "
    "Kessum, Lantern Watch said.",
    # press release of a coalition: what a council should set up
    "The Pan-Oceanic Human Rights Council should now establish a commission of inquiry to investigate the killings in "
    "Kessum, the group said.",
])
def test_an_inquiry_called_for_is_not_held(rules, text):
    assert not find(_rows(rules, text), "investigation"), text


@pytest.mark.parametrize("text", [
    # NGO report: a list of calls set off by semicolons, which the parser may root in one of its infinitives
    "Lantern Watch urged donors to press the government to admit independent investigators; the Oceanic Rights Council "
    "to set up a commission to investigate the killings; and the Varnian authorities to publish the results of any "
    "inquiries.",
    # coalition statement: "called on A to ...; on B to ...; and on C to ..."
    "The coalition called on member states to suspend arms sales to Varnia; on the Oceanic Rights Council to establish a "
    "commission of inquiry into the killings in Kessum; and on donors to fund local monitors.",
    # news report: two requests joined by "and"
    "The group asked Brenn to recall its ambassador and the Oceanic Rights Council to open an investigation into the "
    "shootings.",
])
def test_an_inquiry_in_a_list_of_calls_is_not_held(rules, text):
    assert not find(_rows(rules, text), "investigation"), text


@pytest.mark.parametrize("text, body", [
    ("The Varnian government set up a commission to investigate the killings in Kessum.", "Varnian government"),
    ("The Oceanic Rights Council set up a commission to investigate the killings in Kessum.", "Oceanic Rights Council"),
    ("The Varnian Rights Council established an independent mechanism to investigate abuses by all parties in Kessum.",
     "Varnian Rights Council"),
])
def test_an_inquiry_set_up_to_investigate_is_held(rules, text, body):
    assert find(_rows(rules, text), "investigation", investigator=body), text


# -- whom another act of the sentence is done to is no target of its sanction ------------------------------------------

@pytest.mark.parametrize("text, target, other", [
    # press release: the designees told by the coup they led, and whom the coup detained
    ("Today, the Ruritanian Ministry of Finance designated four current or former officers of the Varnian army, who bear "
     "responsibility for the May 3 coup, in which the armed forces seized control of the government, detained Prime "
     "Minister Ivo Marek and declared a state of emergency.", None, "Ivo Marek"),
    # Treasury-style reason: the patron whose ties the designee used
    ("Lena Varik, a businesswoman and adviser to the president, and her company Varik Holdings Limited are designated for "
     "corruption, having used ties to Ivo Marek to win state contracts.", "Lena Varik", "Ivo Marek"),
    # news report: the same government goes on to do something else with someone else
    ("Ruritania sanctioned three Varnian generals on Monday, freezing their assets, and welcomed President Ivo Marek to "
     "Brenn for talks.", None, "Ivo Marek"),
    # NGO report: what the designated company was found to have done
    ("The Ruritanian Treasury designated the Kessum Mining Company, having found that it paid bribes to Ivo Marek, the "
     "former mines minister.", "Kessum Mining Company", "Ivo Marek"),
])
def test_whom_another_act_names_is_no_target(rules, text, target, other):
    rows = _rows(rules, text)
    assert not find(rows, "sanction", target=other), rows
    if target:
        assert find(rows, "sanction", target=target), rows


def test_a_second_measure_in_a_coordinated_clause_still_has_targets(rules):
    rows = _rows(rules, "The European Union froze the assets of Tomas Holub and imposed a travel ban on Ivo Marek.")
    assert find(rows, "sanction", target="Ivo Marek") and find(rows, "sanction", target="Tomas Holub"), rows


# -- a region inside a title is the title's remit, with the words before it ---------------------------------------------

@pytest.mark.parametrize("text, person, role", [
    # NGO release: a rank word before the region
    ("Lena Varik, associate Asia director at Lantern Watch, said the amnesty had done nothing to restrain local "
     "commanders.", "Lena Varik", "associate Asia director"),
    # news report: the group's possessive, then the region
    ("Tomas Holub, Lantern Watch's Asia director, said the police had beaten the detainees.", "Tomas Holub",
     "Asia director"),
    # press release quote: a region of two words the tagger may take for a person
    ('"These killings must stop," said Ivo Marek, deputy Middle East director at Lantern Watch.', "Ivo Marek",
     "deputy Middle East director"),
])
def test_a_region_in_a_title_stays_in_it(rules, text, person, role):
    got = find(_rows(rules, text), "position", person=person, org="Lantern Watch")
    assert got and got[0]["role"] == role, got


def test_a_country_section_of_a_group_is_no_remit(rules):
    got = find(_rows(rules, "Lantern Watch Kenya executive director Ivo Marek said the police had shot protesters."),
               "position", person="Ivo Marek")
    assert got and got[0]["role"] == "executive director", got


# -- in a Title-Case headline, a name after the reason word is no target -----------------------------------------------

@pytest.mark.parametrize("text, victim", [
    # Treasury release: a reason the NER reads as a name
    ("Treasury Sanctions Varnian Security Minister Over Violence Against Dissenters\n\nWASHINGTON - Today, the Ruritanian "
     "Treasury designated Tomas Holub, Varnia's Minister of State Security, for his role in serious human rights abuse.",
     "Over Violence Against Dissenters"),
    # Treasury release: the prisoner the designated officials prosecuted
    ("Treasury Sanctions Varnian Regime Officials Behind the Prosecution of Ivo Marek on the Anniversary of the Coup\n\n"
     "WASHINGTON - Today, the Department of the Treasury designated three Varnian judges who sentenced opposition leader "
     "Ivo Marek to 20 years in prison.", "Ivo Marek"),
    # news report of an EU listing: the victim the listing is for
    ("EU Sanctions Varnian Police Chiefs For Killing of Lena Varik\n\nBRUSSELS - The Council today imposed restrictive "
     "measures on two Varnian police chiefs, Tomas Holub and Anton Rask, over the killing of the activist Lena Varik.",
     "Lena Varik"),
])
def test_a_name_after_a_headline_reason_is_no_target(rules, text, victim):
    assert not find(_rows(rules, text), "sanction", target=victim)


def test_a_name_before_the_headline_reason_is_a_target(rules):
    rows = _rows(rules, "Treasury Sanctions Varnian Minister Tomas Holub Over Abuses Against Protesters\n\nWASHINGTON - "
                        "Today, the Ruritanian Treasury designated Tomas Holub, Varnia's Minister of State Security, for "
                        "his role in serious human rights abuse.")
    assert find(rows, "sanction", target="Tomas Holub"), rows
