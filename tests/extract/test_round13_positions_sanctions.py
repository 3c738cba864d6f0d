"""Round 13, positions and sanctions: one reading of demonyms for the state they name, and the conventions that decide
which body or state a title belongs to. Every person here is invented, each convention is tried in more than one
wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, held, name, orgs

DATE = "2025-03-04"


# a demonym of two words names its own state, not the state of its last word ------------------------------------------


@pytest.mark.parametrize("text,person,state,wrong", [
    ("South Sudanese Defence Minister Garang Malual ordered the raids.\n", "Garang Malual", "South Sudan", "Sudan"),
    ("The raids were ordered by the South Sudanese interior minister, Deng Akol.\n", "Deng Akol", "South Sudan", "Sudan"),
    ("North Korean Foreign Minister Ri Chol Su met the envoy.\n", "Ri Chol Su", "North Korea", None),
    ("Equatorial Guinean Vice President Teodoro Mba spoke on Monday.\n", "Teodoro Mba", "Equatorial Guinea", "Guinea"),
    ("Bissau-Guinean Prime Minister Malam Sane resigned on Monday.\n", "Malam Sane", "Guinea-Bissau", "Guinea"),
])
def test_a_two_word_demonym_before_a_title_names_its_own_state(rules, text, person, state, wrong):
    held_by = orgs(extract_rows(rules, text, DATE), person)
    assert state in held_by
    assert wrong not in held_by


@pytest.mark.parametrize("text,person,state,wrong", [
    ("South Sudanese officers opened fire on the march. South Sudanese soldiers then beat the survivors.\n\n"
     "The raids were later defended by Interior Minister Akol Deng.\n", "Akol Deng", "South Sudan", "Sudan"),
    ("Several Equatorial Guinean activists were jailed, and Equatorial Guinean police raided their homes.\n\n"
     "Justice Minister Obiang Nsue denied the arrests.\n", "Obiang Nsue", "Equatorial Guinea", "Guinea"),
])
def test_the_state_a_text_is_about_is_read_from_its_two_word_demonyms(rules, text, person, state, wrong):
    """A state title with no body is of the state the text is about; the text says so only with demonyms here."""
    held_by = orgs(extract_rows(rules, text, DATE), person)
    assert state in held_by
    assert wrong not in held_by


@pytest.mark.parametrize("text,person,state,wrong", [
    ("Interior Minister Akol Deng defended the South Sudanese soldiers who fired on the march.\n",
     "Akol Deng", "South Sudan", "Sudan"),
    ("Information Minister Lamin Kanu said Sierra Leonean protesters had attacked the station.\n", "Lamin Kanu", "Sierra Leone", None),
])
def test_a_two_word_demonym_in_the_sentence_names_the_state_of_its_title(rules, text, person, state, wrong):
    held_by = orgs(extract_rows(rules, text, DATE), person)
    assert state in held_by
    assert wrong not in held_by


@pytest.mark.parametrize("text,person,state,other", [
    ("Uganda's inquiry was slow. Uganda's courts are independent.\n\n"
     "A panel appointed by President Samuel Koros and chaired by former Kenyan President Thabo Nkuna found the "
     "deaths unlawful.\n", "Samuel Koros", "Uganda", "Kenya"),
    ("Kenya's inquiry was slow. Kenya's courts are independent.\n\n"
     "A panel appointed by President Samuel Koros and chaired by former South African President Thabo Nkuna found the "
     "deaths unlawful.\n", "Samuel Koros", "Kenya", "South Africa"),
    ("Chad's border is closed. Chad's army patrols it.\n\n"
     "Defence Minister Idriss Abakar met the Sudanese foreign minister, Omer Hamid, in the capital.\n",
     "Idriss Abakar", "Chad", "Sudan"),
])
def test_a_demonym_in_another_persons_title_is_that_persons_state(rules, text, person, state, other):
    rows = extract_rows(rules, text, DATE)
    assert state in orgs(rows, person)
    assert other not in orgs(rows, person)


def test_a_one_word_demonym_still_names_its_state(rules):
    """The longer form is only read when it is written: a bare "Sudanese" is Sudan's."""
    rows = extract_rows(rules, "Sudanese Interior Minister Khalid Omer denied the report.\n", DATE)
    assert orgs(rows, "Khalid Omer") == {"Sudan"}


# a list entry's heading line names the person its title field describes ----------------------------------------------


ANNEX = ("The Council today listed three persons.\n\nAnnex: persons listed\n\n"
         "1. Petra VOLKANOVA (a.k.a. Petra Wolkanowa)\n"
         "Position: Deputy Minister of the Interior of Belarus; former mayor of Grenz.\n"
         "Reasons: She ordered the dispersal of peaceful protests.\n\n"
         "2. Ivo MARCHENKO\n\n"
         "Position(s): Former head of the Border Guard Service.\n"
         "Reasons: Ivo Marchenko directed the detention of activists.\n\n"
         "3. Northern Fleet Command\n"
         "Function: naval command of Belarus.\n")


def test_a_name_alone_on_an_entry_line_holds_the_titles_of_its_position_field(rules):
    rows = extract_rows(rules, ANNEX, DATE)
    assert orgs(rows, "Petra VOLKANOVA") == {"Belarus", "Grenz"}
    assert orgs(rows, "Ivo MARCHENKO") == {"Border Guard Service"}
    assert not [r for r in rows if r["type"] == "position" and r["person"] in ("Annex", "Petra VOLKANOVA") and r["org"] == "Border Guard Service"]


def test_a_body_on_an_entry_line_is_no_person(rules):
    rows = extract_rows(rules, ANNEX, DATE)
    assert not [r for r in rows if r["type"] == "position" and "Northern" in name(r["person"])]


@pytest.mark.parametrize("text,person,state", [
    ("Vadim Kresel, the Deputy Minister of the Interior of Belarus, ordered the arrests.\n", "Vadim Kresel", "Belarus"),
    ("The order was signed by Minister of Home Affairs of Zimbabwe Tendai Moyo.\n", "Tendai Moyo", "Zimbabwe"),
])
def test_a_department_of_a_state_in_a_title_leaves_the_state_as_its_body(rules, text, person, state):
    """"Interior of Belarus" is no body: the department belongs to the title, the state is whom it serves."""
    assert orgs(extract_rows(rules, text, DATE), person) == {state}


# which body a title belongs to when the phrase names two -------------------------------------------------------------


@pytest.mark.parametrize("text,person,body,parent", [
    ("Lena Varga is the director of the Communist Party of Vietnam's Mass Mobilization Department (MMD).\n",
     "Lena Varga", "Mass Mobilization Department", "Communist Party"),
    ("Lena Varga is the director of the Civic Union's Cadres and Discipline Department (CDD).\n",
     "Lena Varga", "Cadres and Discipline Department", "Civic Union"),
    ("The order came from Tomas Reyes, head of the National Police's Special Operations Directorate (SOD).\n",
     "Tomas Reyes", "Special Operations Directorate", "National Police"),
])
def test_a_body_named_after_another_bodys_possessive_is_the_titles_body(rules, text, person, body, parent):
    held_by = orgs(extract_rows(rules, text, DATE), person)
    assert body in held_by
    assert parent not in held_by


def test_a_title_that_owns_a_kin_word_is_not_the_persons_title(rules):
    """"the leader's sister": she is kin of the leader; the title after "and" is hers."""
    text = "The list names Mira Sol, the leader's sister and then deputy director of the Propaganda Bureau.\n"
    rows = extract_rows(rules, text, DATE)
    assert held(rows, "Mira Sol") == {("deputy director", "Propaganda Bureau")}


@pytest.mark.parametrize("text,person,state", [
    ("Treasury designated North Korean leader Kim Jong Un, the Ministry of State Security and the Ministry of "
     "People's Security.\n", "Kim Jong Un", "North Korea"),
    ("The measures target Belarusian leader Viktor Ramanau, the State Security Committee and the Ministry of Internal "
     "Affairs.\n", "Viktor Ramanau", "Belarus"),
])
def test_a_body_named_after_a_person_in_a_list_leaves_the_person_a_person(rules, text, person, state):
    assert orgs(extract_rows(rules, text, DATE), person) == {state}


@pytest.mark.parametrize("text,person,body", [
    ("Annex\n\n1. Oleg TARNAVSKI\nPosition: former member and first deputy speaker of the State Duma.\n",
     "Oleg TARNAVSKI", "State Duma"),
    ("Annex\n\n2. Irina Bolt\nPosition(s): Member and Deputy Chair of the Central Election Commission.\n",
     "Irina Bolt", "Central Election Commission"),
])
def test_two_titles_joined_by_and_share_the_body_after_them(rules, text, person, body):
    assert orgs(extract_rows(rules, text, DATE), person) == {body}


@pytest.mark.parametrize("text,person,body", [
    ("The Ninth Brigade held the detainees in a school. The brigade was commanded at that point by Colonel Ivo Sarr.\n",
     "Ivo Sarr", "Ninth Brigade"),
    ("Inmates were beaten at a camp run by the Kestrel Unit. The unit was headed in those years by Dana Moor, a police officer.\n",
     "Dana Moor", "Kestrel Unit"),
])
def test_a_body_referred_to_by_its_noun_is_led_by_the_agent_of_a_passive(rules, text, person, body):
    """"The brigade was commanded by X": the brigade is the one named before; "by" may hang on a time phrase."""
    assert body in orgs(extract_rows(rules, text, DATE), person)


def test_a_bare_army_is_the_fuller_named_army_told_last_before_it(rules):
    """A text that names one army twice over ("the Nepal Army", "the Royal Nepalese Army") and then says "army":
    the ranks are of the army named last, not of a bare "army" of their own."""
    text = ("The Arlan Army detained the students in 2004. Years later, the Royal Arlan Army admitted the arrests.\n\n"
            "A court martial found Captain Ivo Sarr and Major Dan Pell guilty, but the army kept them in service.\n")
    rows = extract_rows(rules, text, DATE)
    for person in ("Ivo Sarr", "Dan Pell"):
        assert orgs(rows, person) == {"Royal Arlan Army"}


# a surname opened by a particle, used alone, is the person's -----------------------------------------------------------


@pytest.mark.parametrize("surname", ["Del Monte", "De Vargas"])
def test_a_surname_opened_by_a_particle_used_alone_is_the_full_names_person(rules, surname):
    """The NER reads "Del Monte" alone as a place or a body; the text named "Raul Esteban Del Monte" before."""
    text = (f"The Department designated former Minister Raul Esteban {surname}. In addition, I am designating {surname}'s "
            f"wife, Alma Ruiz. {surname} headed the Ministry of Mines throughout both administrations.\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, f"Raul Esteban {surname}") >= {"Ministry of Mines"}
    assert not [r for r in rows if surname == name(r.get("person")) or surname == name(r.get("org"))]


# when an office was held: the dates said of the person who held it ------------------------------------------------------


def _tenure(rows, person, org):
    return {(c.get("start"), c.get("end")) for c in find(rows, "position", person=person, org=org)}


def test_each_range_of_years_is_the_person_named_before_it(rules):
    text = ("Treasury designated Ali Reza, who led the Border Police from 2010 until May 2015, and Omar Fadl, who has "
            "headed the Customs Authority since 2018.\n")
    rows = extract_rows(rules, text, DATE)
    assert _tenure(rows, "Ali Reza", "Border Police") == {("2010", "2015-05")}
    assert _tenure(rows, "Omar Fadl", "Customs Authority") == {("2018", None)}


def test_a_successor_and_a_predecessor_each_keep_their_own_years(rules):
    text = ("Patricia Villanueva served as President of Peru from March 2009 to June 2013, succeeding her husband, "
            "Luis Toro, who held the presidency from 2004 to 2009.\n")
    rows = extract_rows(rules, text, DATE)
    assert _tenure(rows, "Patricia Villanueva", "Peru") == {("2009-03", "2013-06")}


@pytest.mark.parametrize("text,person,org,tenure", [
    ("Annex\n\n- Pavel Droz, former Governor of Kursk Oblast (2012 to 2016)\n- Ivan Mel, businessman\n",
     "Pavel Droz", "Kursk Oblast", ("2012", "2016")),
    ("Dozens of critics have been abducted since Dara Moss became president of Zimbabwe in 2017.\n",
     "Dara Moss", "Zimbabwe", ("2017", None)),
    ("President Rui Sol of Angola, who took office in 2018, has promised reforms.\n", "Rui Sol", "Angola", ("2018", None)),
    ("Tomas Vey headed the Ministry of Mines throughout both Ana Ortiz administrations, from 2003 to 2015.\n",
     "Tomas Vey", "Ministry of Mines", ("2003", "2015")),
])
def test_years_in_brackets_and_the_year_an_office_was_taken_date_it(rules, text, person, org, tenure):
    assert _tenure(extract_rows(rules, text, DATE), person, org) == {tenure}


# the sanctioning state's own officials ---------------------------------------------------------------------------------


def test_a_possessive_pronoun_is_not_what_a_state_acts_on(rules):
    """"the United States expected his release": the state acts on the release of someone else, so it still says
    whom the president speaking through it serves."""
    text = ("Turkey detained the pastor in 2016. Turkish police hold him in Izmir.\n\n"
            "Treasury Secretary Tom Bale said the detention of the pastor by Turkish officials was unacceptable, and that "
            "President Dan Roe had made clear the United States expected his immediate release.\n")
    assert orgs(extract_rows(rules, text, DATE), "Dan Roe") == {"United States"}


@pytest.mark.parametrize("text,person", [
    ("Treasury designated Omar Fadl on Monday under the Global Magnitsky Act. A White House spokeswoman said President "
     "Dan Roe had ordered the sanctions himself.\n", "Dan Roe"),
    ("The State Department designated Ana Brel under Section 7031(c). Her lawyer said that Foreign Minister Ivo Tarr had "
     "directed the designation personally.\n", "Ivo Tarr"),
])
def test_who_orders_the_sanctions_is_not_their_target(rules, text, person):
    rows = extract_rows(rules, text, DATE)
    assert not find(rows, "sanction", target=person)
    assert find(rows, "sanction")


# what a sanction sentence names that is not a target --------------------------------------------------------------------


@pytest.mark.parametrize("text,person,body", [
    ("The Department of State is designating former Minister of Mines, Energy and Water Resources Tomas Vey under "
     "Section 7031(c).\n", "Tomas Vey", "Mines, Energy and Water Resources"),
    ("Treasury today sanctioned the former head of the Border Guard Service, Ivo Marchenko, under the Global Magnitsky "
     "Act.\n", "Ivo Marchenko", "Border Guard Service"),
])
def test_the_body_of_a_targets_title_is_not_a_target(rules, text, person, body):
    rows = extract_rows(rules, text, DATE)
    assert find(rows, "sanction", target=person)
    assert not [r for r in rows if r["type"] == "sanction" and body in name(r["target"])]


@pytest.mark.parametrize("text,person", [
    ("The State Department designated Rui Sol under Section 7031(c) on Monday. The electoral commission later banned his "
     "ally Omar Fadl from running in the March election.\n", "Omar Fadl"),
    ("The State Department designated Rui Sol under Section 7031(c) on Monday. Separately, a court convicted his ally "
     "Ana Brel of fraud. The tribunal sentenced her to six years in prison and barred her for life from holding public "
     "office.\n", "Ana Brel"),
])
def test_a_bar_on_anything_but_entry_is_no_sanction(rules, text, person):
    rows = extract_rows(rules, text, DATE)
    assert find(rows, "sanction", target="Rui Sol")
    assert not find(rows, "sanction", target=person)


def test_a_bar_on_entry_is_still_a_sanction(rules):
    text = "The State Department barred Ana Brel, a former judge, from entering the United States.\n"
    assert find(extract_rows(rules, text, DATE), "sanction", target="Ana Brel")


@pytest.mark.parametrize("text,person", [
    ("The High Representative for Foreign Affairs and Security Policy, Ana Kallis, said the EU would act.\n", "Ana Kallis"),
    ("In a statement, High Representative Maria Lindqvist said the listings sent a clear signal.\n", "Maria Lindqvist"),
])
def test_the_high_representative_is_the_european_unions(rules, text, person):
    assert orgs(extract_rows(rules, text, DATE), person) == {"European Union"}


def test_a_sanctions_programme_named_in_a_link_line_is_no_target(rules):
    text = ("Treasury today designated Rui Sol pursuant to E.O. 13687.\n\n"
            "Related: Treasury Designations of Ruritanian Officials; North Korea Sanctions Program\n")
    rows = extract_rows(rules, text, DATE)
    assert find(rows, "sanction", target="Rui Sol")
    assert not [r for r in rows if r["type"] == "sanction" and "Program" in name(r["target"])]


@pytest.mark.parametrize("owner,company", [
    ("Rui Sol", "Kestrel Mining Company Limited"),
    ("Ana Brel", "Blue Harbour Trading Company Limited"),
])
def test_a_name_does_not_run_across_a_colon(rules, owner, company):
    text = (f"OFAC designated {owner} on Monday. OFAC also designated two companies owned or controlled by {owner}: "
            f"{company} and Delta Energy Investments Limited.\n")
    rows = extract_rows(rules, text, DATE)
    assert find(rows, "sanction", target=company)
    assert not [r for r in rows if r["type"] == "sanction" and ":" in name(r["target"])]
