"""Round 27 (rulesB): whose office a title is, and when an earlier designation was made.

Short invented texts (people, bodies and places are made up; real states where the rule is about a real state's
name), each shape in the wordings of a press release, a news report and an NGO report, with a sentence where the rule
must not fire. 2024-05-08 is a Wednesday.
"""

import pytest

from extract.claimhelp import find, name, orgs, text_rows as _rows


# -- an office of a department is that department's, not the state's ------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    # press release: the title before the name, the release about another state
    ("The Treasury sanctioned two Varnian officers on Tuesday. \"We will act,\" said Under Secretary for Terrorism and "
     "Financial Intelligence John Miller.", "John Miller"),
    # news report: the title after the name, in the possessive of the department
    ("John Miller, the Treasury's Acting Under Secretary for Terrorism and Financial Intelligence, said the measures "
     "were overdue.", "John Miller"),
    # NGO report quoting the release: "according to the ..., X"
    ("Washington on Tuesday froze the assets of two Varnian generals. According to the Acting Under Secretary for "
     "Terrorism and Financial Intelligence, David Morton, the United States will not stand by.", "David Morton"),
])
def test_the_financial_intelligence_under_secretary_is_of_the_treasury(rules, text, who):
    assert orgs(_rows(rules, text), who) == {"Department of the Treasury"}


def test_a_body_named_before_the_title_is_still_its_body(rules):
    rows = _rows(rules, "David Morton, the Ruritanian Finance Ministry's Under Secretary for Terrorism and Financial "
                        "Intelligence, said the law was new.")
    assert orgs(rows, "David Morton") == {"Ruritanian Finance Ministry"}


# -- a state title in a text about South Sudan: a body named after Sudan does not make it Sudan's ----------------------

@pytest.mark.parametrize("text", [
    # press release (a sanctions committee)
    "The Committee listed two commanders of the Sudan People's Liberation Army (SPLA). The SPLA fought the opposition, "
    "which is led by former Vice-President Tomas Deng Kuol. The fighting displaced thousands in South Sudan.",
    # news report
    "JUBA - The Sudan People's Liberation Army (SPLA) killed 30 villagers in South Sudan, witnesses said. The SPLA "
    "denied it. Former Vice-President Tomas Deng Kuol condemned the attack.",
    # NGO report
    "Our researchers found that the Sudan People's Liberation Army (SPLA) burned villages. The opposition, led by "
    "former Vice-President Tomas Deng Kuol, also abused civilians in South Sudan.",
])
def test_the_longer_state_name_the_text_names_wins(rules, text):
    assert orgs(_rows(rules, text), "Tomas Deng Kuol") == {"South Sudan"}


def test_a_text_naming_the_shorter_state_keeps_it(rules):
    rows = _rows(rules, "Sudan and South Sudan signed a deal. The Sudan People's Liberation Army and the Sudanese army "
                        "withdrew. Former Vice-President Tomas Deng Kuol of Sudan condemned it.")
    assert orgs(rows, "Tomas Deng Kuol") == {"Sudan"}


# -- "X's spokesman": he speaks for the man -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, spokesman, boss", [
    # NGO report
    ("Ivan Petrov, the head of Varnia, denied the reports. Petrov's spokesman, Alvi Dokaev, told the Interfax news "
     "agency that the men did not exist.", "Alvi Dokaev", "Ivan Petrov"),
    # news report
    ("President Ivo Danek of Varnia spoke on Tuesday. Danek's spokeswoman, Petra Orlova, said the law was fair.",
     "Petra Orlova", "Ivo Danek"),
    # press release: the title after the name
    ("Governor Ivo Danek rejected the report. Musa Dokaev, Danek's spokesman, said the law was fair.",
     "Musa Dokaev", "Ivo Danek"),
])
def test_a_named_persons_spokesman_serves_that_person(rules, text, spokesman, boss):
    assert orgs(_rows(rules, text), spokesman) == {boss}


def test_a_named_persons_adviser_still_serves_the_state(rules):
    rows = _rows(rules, "Ivan Petrov, the head of Varnia, denied the reports. Petrov's adviser, Musa Dokaev, said the "
                        "same.")
    assert "Ivan Petrov" not in orgs(rows, "Musa Dokaev")


# -- a byline's beat is no body ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("byline", [
    "By Helena Varga, Middle East Correspondent",
    "By Helena Varga, Southeast Asia Correspondent",
    "By Helena Varga, Latin America Editor",
])
def test_a_bylines_region_is_not_the_writers_body(rules, byline):
    rows = _rows(rules, byline + "\n\nLONDON - A court in Varnia sentenced a teacher to death over his posts.")
    assert not find(rows, "position", person="Helena Varga")


def test_a_correspondent_of_a_named_outlet_keeps_it(rules):
    rows = _rows(rules, "Helena Varga, the Reuters correspondent in the Middle East, said she was detained for a day.")
    assert orgs(rows, "Helena Varga") == {"Reuters"}


# -- a city's police named in passing is the police --------------------------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    # news report: the force named before
    ("Police in Varnia shot dead four protesters on Tuesday, witnesses said. Amnesty said Nairobi regional police "
     "commander Petr Holub should be held responsible.", "Police"),
    # NGO report
    ("Officers of the Varnian police beat detainees in Nairobi. Our researchers found that the Nairobi police chief, "
     "Petr Holub, ordered the beatings.", "Varnian police"),
    # press release: no force named before, the place
    ("The Treasury today designated Kinshasa police commander Petr Holub, whose officers beat protesters.", "Kinshasa"),
])
def test_a_local_police_named_once_is_the_force_or_the_place(rules, text, body):
    assert orgs(_rows(rules, text), "Petr Holub") == {body}


def test_a_text_about_several_local_forces_keeps_them(rules):
    rows = _rows(rules, "Police beat fans in Nairobi and Kinshasa. The Nairobi police chief, Petr Holub, was removed, and "
                        "the Kinshasa police chief, John Mwangi, was replaced.")
    assert orgs(rows, "John Mwangi") == {"Kinshasa police"}


# -- an earlier designation told as a noun is dated by its own stretch --------------------------------------------------------

def _sanction_dates(rows):
    return {name(c["target"]): c.get("date") for c in find(rows, "sanction")}


@pytest.mark.parametrize("text, expected", [
    # press release (Treasury): "the designation of X in DATE and that of Y in DATE"
    ("Today, the U.S. Department of the Treasury designated Petr Holub under E.O. 13851. Today's action follows the "
     "designation of Karel Dvorak under E.O. 13851 in November 2018 and that of David Okello, a former minister, in "
     "April 2019.", {"Petr Holub": "2024-05-08", "Karel Dvorak": "2018-11", "David Okello": "2019-04"}),
    # news report: the date before the noun
    ("The Treasury on Monday designated Petr Holub under Executive Order 13413. The move builds on Treasury's June 23 "
     "designation of Varn City police commander John Mwangi and on the September 28 designations of General Karel "
     "Dvorak and General David Okello under the same order.",
     {"Petr Holub": "2024-05-06", "John Mwangi": "2023-06-23", "Karel Dvorak": "2023-09-28", "David Okello": "2023-09-28"}),
    # NGO report on an EU listing
    ("The European Union on Monday added Petr Holub to its list under Council Decision 2012/642/CFSP. This follows "
     "the listing of John Mwangi in November 2020 and the listings of Karel Dvorak and David Okello in June 2021.",
     {"Petr Holub": "2024-05-06", "Karel Dvorak": "2021-06", "David Okello": "2021-06"}),
])
def test_each_earlier_designation_takes_its_own_date(rules, text, expected):
    dates = _sanction_dates(_rows(rules, text))
    assert {k: dates.get(k) for k in expected} == expected


def test_one_designation_noun_keeps_the_sentences_date(rules):
    rows = _rows(rules, "The Treasury on Tuesday announced the designation of Karel Dvorak under E.O. 13851, a general "
                        "who led the crackdown in 2019.")
    assert _sanction_dates(rows).get("Karel Dvorak") == "2024-05-07"


# -- whom an inquiry looks into ----------------------------------------------------------------------------------------------

def _targets(rows, investigator):
    return {name(c.get("target")) if c.get("target") else None for c in find(rows, "investigation", investigator=investigator)}


@pytest.mark.parametrize("text, investigator, target", [
    # news report: the parser hangs the "by" on the verb that opens the inquiry
    ("A state prosecutor in northern Varnia has opened an investigation into the killing of dozens of civilians in the "
     "village of Kessum last week by men dressed in the uniforms of the national army, the government said.",
     "state prosecutor", "men dressed in the uniforms of the national army"),
    # press release
    ("The Varnian Ministry of Justice announced today that it has opened an inquiry into the beating of detainees at "
     "Kessum prison by guards of the prison service.", "Varnian Ministry of Justice", "guards"),
    # NGO report
    ("Varnian prosecutors opened a probe into the torture of two students by police officers in Kessum, Human Rights "
     "Watch said.", "Varnian prosecutors", "police officers in Kessum"),
])
def test_an_inquiry_into_an_act_by_someone_looks_into_the_doer(rules, text, investigator, target):
    assert _targets(_rows(rules, text), investigator) == {target}


def test_who_opened_an_inquiry_is_not_its_target(rules):
    rows = _rows(rules, "An investigation was opened by Varnian prosecutors into the killing of two students in Kessum.")
    assert _targets(rows, "Varnian prosecutors") == {None}


@pytest.mark.parametrize("text, investigator, target", [
    # NGO report: the fieldwork sentence names only the witnesses
    ("Soldiers of the Varnian army beat detainees at Kessum barracks in 2023, witnesses said. The Varnian army also "
     "tortured prisoners there. Amnesty International interviewed former detainees and relatives and checked their "
     "accounts.", "Amnesty International", "Varnian army"),
    # news report
    ("Varnian police arrested dozens of gay men in March and tortured them in a secret prison, survivors said. Human "
     "Rights Watch interviewed men who were held during the crackdown, as well as their lawyers.",
     "Human Rights Watch", "Varnian police"),
    # UN press release
    ("The Varnian army killed at least 40 villagers in Kessum in May, according to residents. The UN Human Rights "
     "Office said it had gathered testimony from survivors.", "UN Human Rights Office", "Varnian army"),
])
def test_a_monitors_fieldwork_looks_into_the_doer_of_the_abuses_told(rules, text, investigator, target):
    assert _targets(_rows(rules, text), investigator) == {target}


def test_fieldwork_in_a_text_that_tells_no_abuse_has_no_target(rules):
    rows = _rows(rules, "Amnesty International interviewed dozens of former residents of Kessum about life in the camp.")
    assert _targets(rows, "Amnesty International") == {None}


# -- a minister named beside a governor is still the state's ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # news report
    "Police killed 30 protesters in Nigeria last week. Interior Minister Petr Holub and the governor of Kano State, "
    "John Mwangi, met the families on Tuesday.",
    # press release: the governor named first
    "Police killed 30 protesters in Nigeria last week. The governor of Kano State, John Mwangi, and Defence Minister "
    "Petr Holub visited the camp on Tuesday.",
    # NGO report
    "Police killed 30 protesters in Nigeria last week. President Ivo Danek sent Interior Minister Petr Holub to Kano the "
    "following week, and the military governor of Kano State, General John Mwangi, was recalled.",
])
def test_a_minister_beside_a_governor_is_of_the_state(rules, text):
    rows = _rows(rules, text)
    assert orgs(rows, "Petr Holub") == {"Nigeria"}
    assert orgs(rows, "John Mwangi") == {"Kano State"}


def test_a_territorys_secretary_beside_its_police_chief_is_still_the_territorys(rules):
    rows = _rows(rules, "Protesters were beaten in Hong Kong. The sanctions hit John Lee, the city's police commissioner, "
                        "and Chris Tang, the secretary for security.")
    assert orgs(rows, "Chris Tang") == {"Hong Kong"}


# -- "Minister of <portfolio> [of <state>]": the portfolio is the title, the state its body ----------------------------------

@pytest.mark.parametrize("text, role", [
    # news report: a portfolio word the NER takes for a body
    ("Police in Kenya detained 30 protesters. Minister of Cabinet Affairs John Mwangi said the arrests were lawful.",
     "Minister of Cabinet Affairs"),
    # press release
    ("The Department of State is publicly designating the Minister of the Interior of the Republic of Kenya, John "
     "Mwangi, under Section 7031(c).", "Minister of the Interior"),
    # NGO report
    ("Police in Kenya detained 30 protesters, said John Mwangi, Minister of the Interior of the Republic of Kenya.",
     "Minister of the Interior"),
])
def test_a_ministers_portfolio_is_the_title_and_the_state_its_body(rules, text, role):
    rows = _rows(rules, text)
    assert {(c["role"], name(c["org"])) for c in find(rows, "position", person="John Mwangi")} == {(role, "Kenya")}


def test_a_named_body_after_the_portfolio_is_not_read_as_a_state(rules):
    rows = _rows(rules, "Police in Kenya detained 30 protesters. John Mwangi, Minister of Justice of the Ruritanian "
                        "Federation, spoke on Tuesday.")
    assert "Kenya" not in orgs(rows, "John Mwangi")


# -- a headline that counts whom the body lists designates them, not a group ---------------------------------------------------

_UN_LIST = """Security Council Committee concerning Varnia Adds Three Migrant Smugglers to Its Sanctions List

On 7 June 2018, the Security Council Committee established pursuant to resolution 1970 (2011) concerning Varnia approved \
the addition of the three entries specified below to its Sanctions List.

VAi.001 Name: 1: JOHN 2: MWANGI. Nationality: Kenya. Listed on: 7 June 2018. Other information: Leader of a trafficking \
network.

VAi.002 Name: 1: PETER 2: OKELLO. Nationality: Uganda. Listed on: 7 June 2018. Other information: A smuggler based in Kessum.

VAi.003 Name: 1: DAVID 2: OTIENO. Nationality: Kenya. Listed on: 7 June 2018. Other information: A smuggler based in Kessum."""

_UN_ENTRIES = """Security Council Committee Adds Three Individuals to Its Sanctions List

On 1 July 2015, the Security Council Committee established pursuant to resolution 2206 (2015) approved the addition of \
the entries specified below to its sanctions list, namely a travel ban and an asset freeze.

John Mwangi. Commander of the army's First Division. Listed for obstructing peace talks.

Peter Okello. Commander of the Presidential Guard. Listed for attacks on civilians.

David Otieno. Chief of General Staff of the opposition. Listed for attacks on civilians."""

_TREASURY = """Treasury Sanctions Four Migrant Smugglers and Traffickers

Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated John Mwangi, Peter Okello, \
David Otieno and Samuel Kiptoo under E.O. 13818 for smuggling migrants."""


@pytest.mark.parametrize("text", [_UN_LIST, _UN_ENTRIES, _TREASURY])
def test_a_headline_count_of_listed_people_is_no_target_of_its_own(rules, text):
    targets = {name(c["target"]) for c in find(_rows(rules, text), "sanction")}
    assert {"John Mwangi", "Peter Okello", "David Otieno"} <= targets
    assert not {t for t in targets if "Smugglers" in t or "Individuals" in t}


def test_a_headline_count_the_body_does_not_name_stays_a_group(rules):
    rows = _rows(rules, "Security Council Committee Adds Three Individuals to Its Sanctions List\n\nOn 1 July 2015, the "
                        "Security Council Committee established pursuant to resolution 2206 (2015) approved the addition "
                        "of three individuals to its sanctions list.")
    assert {name(c["target"]) for c in find(rows, "sanction")} == {"Three Individuals"}


# -- speakers of parliaments, ombudsmen and bishops hold titles ---------------------------------------------------------------

@pytest.mark.parametrize("text, person, org", [
    # press release
    ("The Department of State is publicly designating Anita Mwangi, the Speaker of the Parliament of the Republic of "
     "Kenya, under Section 7031(c).", "Anita Mwangi", "Parliament of the Republic of Kenya"),
    # news report
    ("Police in Kenya arrested John Mwangi, a former speaker of parliament and member of the ruling party, on Tuesday.",
     "John Mwangi", "parliament"),
    # NGO report
    ("Kenya's human rights ombudsperson, Grace Otieno, said in May that she had asked prosecutors to check the reports.",
     "Grace Otieno", "Kenya"),
    ("Peter Okello, the bishop of Kisumu, was arrested in Kenya on Tuesday.", "Peter Okello", "Kisumu"),
])
def test_speakers_ombudsmen_and_bishops_hold_titles(rules, text, person, org):
    assert orgs(_rows(rules, text), person) == {org}


@pytest.mark.parametrize("text", [
    "Peter Okello, a keynote speaker at the conference, said the law was unjust.",
    "Speaker after speaker at the rally in Kenya denounced the arrests, said John Mwangi.",
])
def test_a_speaker_at_an_event_holds_no_title(rules, text):
    assert not find(_rows(rules, text), "position")


# -- "X, a son of President Y and Vice President Z": both parents say whose son is designated ------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "Today, OFAC designated John Mwangi, a son of Kenyan President Peter Okello and Vice President Grace Otieno, under "
    "E.O. 13851.",
    # news report
    "The U.S. Treasury on Tuesday sanctioned John Mwangi, a son of President Peter Okello and Vice President Grace "
    "Otieno, accusing him of laundering money.",
    # NGO report on an EU listing
    "The EU today listed John Mwangi, a daughter of President Peter Okello and Vice President Grace Otieno, under "
    "Council Decision 2012/642/CFSP.",
])
def test_the_second_parent_of_a_designated_child_is_no_target(rules, text):
    assert {name(c["target"]) for c in find(_rows(rules, text), "sanction")} == {"John Mwangi"}


def test_two_people_designated_together_are_both_targets(rules):
    rows = _rows(rules, "Today, OFAC designated John Mwangi and Grace Otieno under E.O. 13851.")
    assert {name(c["target"]) for c in find(rows, "sanction")} == {"John Mwangi", "Grace Otieno"}


# -- "the same court", "that court": the court told of before -------------------------------------------------------------

@pytest.mark.parametrize("text, court", [
    # news report
    ("The Kessum military tribunal found the ten men guilty of secession on Tuesday. Last year the same court sentenced "
     "John Mwangi, a radio presenter, to 15 years in prison.", "The Kessum military tribunal"),
    # NGO report
    ("John Mwangi was convicted last month by the Varn Criminal Court. In 2022 the same court sentenced Grace Otieno to "
     "34 years in prison over her tweets.", "Varn Criminal Court"),
    # press release
    ("The Kessum Regional Court jailed three activists on Monday. That court also sentenced John Mwangi to ten years in "
     "March.", "Kessum Regional Court"),
])
def test_the_same_court_is_the_court_named_before(rules, text, court):
    investigators = {name(c["investigator"]) for c in find(_rows(rules, text), "investigation")}
    assert court in investigators
    assert not {i for i in investigators if i.lower() in ("the same court", "that court")}


def test_a_court_of_its_own_is_not_the_court_named_before(rules):
    rows = _rows(rules, "The Kessum Regional Court jailed three activists on Monday. A court in Varn sentenced John "
                        "Mwangi to ten years in March.")
    assert "A court in Varn" in {name(c["investigator"]) for c in find(rows, "investigation")}
