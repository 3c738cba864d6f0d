"""Round 17, positions and sanctions: a descriptor set off after a name is that name's, a headline's sanction verb is no
part of a title, and "its" before a bare force noun is the body just named. Every person and body here is invented,
each convention is tried in more than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, held, name, orgs

DATE = "2025-03-04"


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


# a descriptor in apposition to a name describes that name -------------------------------------------------------------

SALIENT = ("Deputy Prime Minister Arun Phraya said the men were returned lawfully. Arun Phraya also spoke of the talks. "
           "Arun Phraya will travel next week. ")


@pytest.mark.parametrize("tail,target", [
    ("In 2020 it blacklisted Wen Haolin, then the Unity Party chief in Vostra, under the Global Magnitsky Act.\n", "Wen Haolin"),
    ("In 2021 the Treasury sanctioned Dorin Malec, the former leader, under the Global Magnitsky Act.\n", "Dorin Malec"),
])
def test_a_descriptor_set_off_after_a_name_is_that_person(rules, tail, target):
    rows = extract_rows(rules, SALIENT + tail, DATE)
    assert targets(rows) == {target}


def test_a_descriptor_owning_a_relative_after_a_name_is_not_that_person(rules):
    rows = extract_rows(rules, "Osman Reza leads the country. Osman Reza spoke on Monday. The Treasury designated officials, "
                               "among them Lina Reza, the leader's sister and vice director of the bureau.\n", DATE)
    assert not find(rows, "family", person="Lina Reza", relative="Lina Reza")
    assert "Lina Reza" in targets(rows)


# a headline's sanction verb is not part of the title after it -----------------------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("U.S. sanctions Rwandan minister Amani Bizimana over support for rebels\n", "Amani Bizimana", "Rwanda"),
    ("Britain sanctions Moldovan minister Ion Vrabie over bribes\n", "Ion Vrabie", "Moldova"),
    ("EU blacklists Belarusian KGB chief Pavel Vasilevich\n", "Pavel Vasilevich", "Belarus"),
])
def test_a_headline_sanction_verb_is_not_in_the_title(rules, text, person, org):
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, person) == {org}
    assert all("sanction" not in r.lower() and "blacklist" not in r.lower() for r, _ in held(rows, person))
    assert person in targets(rows)


def test_a_sanctions_noun_inside_a_title_stays_in_it(rules):
    rows = extract_rows(rules, "EU sanctions envoy David Olsen visited Kyiv on Monday.\n", DATE)
    assert held(rows, "David Olsen") == {("sanctions envoy", "European Union")}


def test_a_headline_sanction_verb_leaves_no_title_with_the_actor_as_body(rules):
    rows = extract_rows(rules, "Treasury Sanctions Kivu Defence Forces Leader Jean Mutombo and Company Assets\n", DATE)
    assert "Department of the Treasury" not in orgs(rows, "Jean Mutombo")


# "its" before a bare force noun: the body just named, not a body called "military" ---------------------------------------


@pytest.mark.parametrize("text,person", [
    ("The Kivu Liberation Front denied the claims, and its army chief, Jean Ntare, said so.\n", "Jean Ntare"),
    ("The rebels of the Kivu Liberation Front said their military commander, Jean Ntare, was killed.\n", "Jean Ntare"),
])
def test_its_bare_force_title_is_of_the_body_just_named(rules, text, person):
    assert orgs(extract_rows(rules, text, DATE), person) == {"Kivu Liberation Front"}


def test_a_bare_force_title_without_its_keeps_the_force(rules):
    rows = extract_rows(rules, "The Kivu Liberation Front denied the claims, and the army chief, Jean Ntare, said so.\n", DATE)
    assert "Kivu Liberation Front" not in orgs(rows, "Jean Ntare")


# an article cited without its act is no legal basis ---------------------------------------------------------------------

RELEASE = ("COUNCIL OF THE EUROPEAN UNION\nBrussels, 3 March 2025\nPRESS RELEASE\n\n"
           "The Council today adopted a decision imposing restrictive measures against persons responsible for the "
           "misappropriation of Velorian state funds. The measures, which consist of a freeze of all funds, apply to the former "
           "finance minister of Veloria, Dmitar Korvan, and to the former central bank governor, Nadia Sabre. The legal acts (Council Decision 2025/88/CFSP) will be published in the Official Journal tomorrow.\n\n"
           "ANNEX\n\n{heading}\n\n1. KORVAN, Dmitar Ilia\nPosition: former Minister of Finance of Veloria.\n\n"
           "2. SABRE, Nadia\nPosition: former head of the Veloria State Bank.\n")


@pytest.mark.parametrize("heading", [
    "List of natural persons referred to in Article 1",
    "List of natural and legal persons referred to in Articles 1 and 2(1)",
    "List of persons referred to in Article 2 of Decision 2025/88/CFSP",
])
def test_a_bare_article_is_no_act_the_list_is_under_the_act_cited(rules, heading):
    rows = extract_rows(rules, RELEASE.format(heading=heading), DATE)
    bases = {(name(c["target"]), name(c.get("legal_basis"))) for c in find(rows, "sanction")}
    assert ("Dmitar Ilia Korvan", "Council Decision 2025/88/CFSP") in bases
    assert not any(b and b.startswith("Article") for _, b in bases)


# a country after a body's name ends the name ------------------------------------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("Rosa Ibarra, first vice-president of the National Renewal Party of Venezuela, spoke on Monday.\n",
     "Rosa Ibarra", "National Renewal Party of Venezuela"),
    ("Tomas Aguirre, a regional leader of the Committee for the Defence of Human Rights in Honduras, was shot dead.\n",
     "Tomas Aguirre", "Committee for the Defence of Human Rights in Honduras"),
    ("Its coordinator, Marta Lindo, leads the Committee of Relatives of the Missing in Guatemala.\n",
     "Marta Lindo", "Committee of Relatives of the Missing in Guatemala"),
])
def test_a_country_after_a_body_name_is_part_of_the_name(rules, text, person, org):
    assert org in orgs(extract_rows(rules, text, DATE), person)


@pytest.mark.parametrize("text,person,org", [
    ("Ana Ruiz, the director of the Red Cross in Syria, spoke on Monday.\n", "Ana Ruiz", "Red Cross"),
    ("Omar Haddad, a member of the Kestrel Watch in Jordan, spoke on Monday.\n", "Omar Haddad", "Kestrel Watch"),
])
def test_a_country_where_a_body_works_is_not_its_name(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


# a firm's name with a title word or a bare legal form in it stays one firm ---------------------------------------------


def entity_names(rules, text):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text=text, date=DATE))
    return {e.name: e.type for e in ex.entities.values()}


@pytest.mark.parametrize("text,firm", [
    ("Marlin Crest Holding LLC owns Marlin Crest General Trading LLC, which ships fuel.\n", "Marlin Crest General Trading LLC"),
    ("Gold sales went through Redstone Advanced Solutions General Trading LLC and a bank.\n",
     "Redstone Advanced Solutions General Trading LLC"),
    ("The militia bought drones through Silver Heron LLC last year.\n", "Silver Heron LLC"),
])
def test_a_firm_name_with_a_title_word_or_a_bare_legal_form_is_one_firm(rules, text, firm):
    names = entity_names(rules, text)
    assert names.get(firm) in ("Organization", "GovernmentBody")
    assert not any(t == "Person" and ("Trading" in n or "LLC" in n) for n, t in names.items())


def test_a_general_before_a_person_name_is_still_a_rank(rules):
    rows = extract_rows(rules, "The army chief, General Tomas Arvelo, denied the claims on Monday.\n", DATE)
    assert "Tomas Arvelo" in {name(c["person"]) for c in find(rows, "position")}


# a designation that only counts its targets: the firms or people the paragraph has just named ---------------------------

FIRMS = ("The militia relies on companies abroad. Marlin Crest Holding LLC has served as its holding company. "
         "Blue Heron Trading LLC has bought drones for it. Northgate Logistics Ltd has moved its fuel. ")


@pytest.mark.parametrize("tail", [
    "All three companies are being designated pursuant to E.O. 14098 for having acted for the militia.\n",
    "These three entities were designated pursuant to E.O. 14098 for being owned by the militia.\n",
])
def test_a_counted_subject_designates_the_firms_just_named(rules, tail):
    rows = extract_rows(rules, FIRMS + tail, DATE)
    assert {"Marlin Crest Holding LLC", "Blue Heron Trading LLC", "Northgate Logistics Ltd"} <= targets(rows)


@pytest.mark.parametrize("tail", [
    "All eight companies are being designated pursuant to E.O. 14098 for having acted for the militia.\n",
    "The militia's three companies are being designated pursuant to E.O. 14098.\n",
])
def test_a_count_the_names_do_not_reach_or_no_counted_subject_designates_no_one_before(rules, tail):
    rows = extract_rows(rules, FIRMS + tail, DATE)
    assert not {"Marlin Crest Holding LLC", "Blue Heron Trading LLC", "Northgate Logistics Ltd"} & targets(rows)


def test_a_counted_subject_designates_only_the_paragraph_named_before(rules):
    rows = extract_rows(rules, FIRMS + "\n\nAll three individuals are being designated pursuant to E.O. 14098.\n", DATE)
    assert not {"Marlin Crest Holding LLC", "Blue Heron Trading LLC", "Northgate Logistics Ltd"} & targets(rows)


# a sanctions list spells out the initial the release gives; its field words are no names ---------------------------------

OFAC = ("WASHINGTON - Today, OFAC designated two senior officials of the Government of Veloria for corruption: "
        "Darius K. Mbeki, Minister of State, and Lina Osei, the Solicitor General. The two were designated pursuant to "
        "E.O. 13818.\n\nIdentifying information on the individuals designated today:\n\n{entry}\nOSEI, Lina; Nationality Veloria; Gender Female; Solicitor General (individual) [GLOMAG].\n\n"
        "Related\nVeloria-related Designations\n")


@pytest.mark.parametrize("entry", [
    "MBEKI, Darius Kofi (a.k.a. MBEKI, Darius K.); Nationality Veloria; Gender Male; Minister of State (individual) [GLOMAG].",
    "MBEKI, Darius Kofi; Nationality Veloria; Sex Male; Minister of State (individual) [GLOMAG].",
])
def test_a_list_entry_spelling_out_an_initial_is_the_same_target(rules, entry):
    got = targets(extract_rows(rules, OFAC.format(entry=entry), DATE))
    assert len([t for t in got if "Mbeki" in t or "MBEKI" in t]) == 1
    assert not {"Gender Male", "Sex Male", "Gender Female", "Designations"} & got


def test_an_initial_that_differs_is_another_person(rules):
    text = ("OFAC designated Darius K. Mbeki pursuant to E.O. 13818. His brother, Darius Lamin Mbeki, was not designated.\n")
    names = entity_names(rules, text)
    assert "Darius Lamin Mbeki" in names and len([n for n in names if n.endswith("Mbeki")]) == 2


# a unit is no person; a body coordinated with "its" is the title's; a possessive inside a name keeps the name -------------


@pytest.mark.parametrize("text", [
    "Tomas Vidal was marching when a member of the police's Mobile Riot Squadron, known as MRS, fired at the crowd.\n",
    "Witnesses said a member of the army's Rapid Response Squadron opened fire on the march in Velora.\n",
])
def test_a_squadron_is_a_unit_not_a_person(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert not any("Squadron" in name(c["person"]) for c in find(rows, "position"))


@pytest.mark.parametrize("text,person,org", [
    ("The Velora army fought the rebels. Washington blacklisted the Kivu Front and its military leader, Amani Baraka, in 2013.\n",
     "Amani Baraka", "Kivu Front"),
    ("The Velora army fought the rebels. The EU listed the Lakeside Brigade and its commander, Amani Baraka, in 2013.\n",
     "Amani Baraka", "Lakeside Brigade"),
])
def test_a_body_coordinated_with_its_is_the_body_of_the_title(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


@pytest.mark.parametrize("text,person,org", [
    ("Suda Chaiyo, director of the Bangkok-based People's Justice Foundation, said the men were held for years.\n",
     "Suda Chaiyo", "People's Justice Foundation"),
    ("Mary Kol, head of the Nairobi-based Children's Rights Network, said the law was unjust.\n", "Mary Kol", "Children's Rights Network"),
])
def test_a_possessive_inside_a_body_name_is_no_group(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


# a body named after its state names the text's state; a numbered order is no body ----------------------------------------


def test_a_body_named_after_its_state_tells_the_state_of_an_unnamed_title(rules):
    text = ("The Kuwait Independent Commission of Inquiry presented its report to King Hamad bin Rashid Al Sabah at the palace. "
            "The commission found that the Kuwait Defence Force had used lethal force. Troops had arrived from "
            "Qatar in March.\n")
    assert orgs(extract_rows(rules, text, DATE), "Hamad bin Rashid Al Sabah") == {"Kuwait"}


@pytest.mark.parametrize("order", ["Royal Order No. 28", "Decree No 114"])
def test_a_numbered_order_is_not_the_body_its_members_belong_to(rules, order):
    text = (f"The King set up the Kestrel Commission of Inquiry by {order} of 29 June 2021. It was chaired by Professor Ana Ruiz. "
            "Its other members were Judge Pavel Lind and Dr Sara Okafor.\n")
    rows = extract_rows(rules, text, DATE)
    assert not any(o.startswith(("Royal Order", "Decree")) for p in ("Pavel Lind", "Sara Okafor") for o in orgs(rows, p))


# a party named before a title is its body, however the place after "in" is named ------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("Wen Haolin, the Unity Party chief in Tibet, spoke on Monday.\n", "Wen Haolin", "Unity Party"),
    ("In 2020 it blacklisted Wen Haolin, then the Communist Party chief in Xinjiang, under the Global Magnitsky Act.\n",
     "Wen Haolin", "Communist Party"),
    ("Ana Lopez, the Workers Party leader in Lima, spoke on Monday.\n", "Ana Lopez", "Workers Party"),
])
def test_a_party_before_a_title_is_its_body_not_the_place_after_in(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


def test_a_lower_case_party_title_keeps_no_party_body(rules):
    rows = extract_rows(rules, "Wen Haolin, the party chief in Tibet, spoke on Monday.\n", DATE)
    assert not any("Party" in o for o in orgs(rows, "Wen Haolin"))


# a place name with a lower-case particle is one place ---------------------------------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("The Department of State is designating Paul Kamara, the Regional Commissioner of Dar es Salaam, Tanzania, under "
     "Section 7031(c).\n", "Paul Kamara", "Dar es Salaam"),
    ("Ana Lopes, the mayor of Rio de Janeiro, said the police had acted lawfully.\n", "Ana Lopes", "Rio de Janeiro"),
])
def test_a_place_name_with_a_particle_is_one_place(rules, text, person, org):
    assert org in orgs(extract_rows(rules, text, DATE), person)


def test_a_particle_after_a_body_joins_no_place(rules):
    rows = extract_rows(rules, "Ana Lopes, the head of Amnesty in Brazil, spoke on Monday.\n", DATE)
    assert not any(" in " in o for o in orgs(rows, "Ana Lopes"))


# modifiers in a row before a title; a possessor title set off after "and" ---------------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("Karen Wells, the Treasury's acting under secretary for terrorism and financial intelligence, said the network "
     "was dismantled.\n", "Karen Wells", "Department of the Treasury"),
    ("Karen Wells, the Treasury's acting under secretary, said the network was dismantled.\n", "Karen Wells", "Department of the Treasury"),
])
def test_modifiers_in_a_row_before_a_title_keep_the_title(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


@pytest.mark.parametrize("text,person,org", [
    ("Three people were killed, officials said, and Bogota's mayor, Luis Arango, ordered a curfew in the city.\n", "Luis Arango", "Bogota"),
    ("Police fired tear gas, and Kenya's interior minister, Peter Mwangi, defended them.\n", "Peter Mwangi", "Kenya"),
])
def test_a_possessor_title_set_off_after_and_is_the_name_s(rules, text, person, org):
    assert orgs(extract_rows(rules, text, DATE), person) == {org}


def test_a_person_s_relative_after_and_is_no_title(rules):
    rows = extract_rows(rules, "Ana Ruiz and Pedro's lawyer, Juan Soto, spoke on Monday.\n", DATE)
    assert not find(rows, "position", person="Juan Soto")


# a body in apposition to a sanctioned person (his title's body) is no target -----------------------------------------------


@pytest.mark.parametrize("text", [
    "Washington also sanctioned Jean Mbala, the spokesman of the Kivu Front and of its political wing, the Lake Unity "
    "Alliance (LUA), and two companies he owns, Mbala Fresh Ltd in Britain and Mbala Holding Ltd in France.\n",
    "Washington also sanctioned Jean Mbala, the spokesman of its political wing, the Lake Unity Alliance, on Friday.\n",
])
def test_a_body_set_off_after_a_sanctioned_person_is_no_target(rules, text):
    got = targets(extract_rows(rules, text, DATE))
    assert "Jean Mbala" in got and "Lake Unity Alliance" not in got


def test_a_body_sanctioned_beside_a_person_is_a_target(rules):
    got = targets(extract_rows(rules, "Washington also sanctioned Jean Mbala and the Lake Unity Alliance (LUA) on Friday.\n", DATE))
    assert {"Jean Mbala", "Lake Unity Alliance"} <= got


# "It was chaired by X": the body just told of ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,person,org", [
    ("The Kestrel Independent Commission of Inquiry presented its report on Monday.\n\nThe King set up the commission by "
     "decree in June to investigate the events. It was chaired by Maria Ruiz Lopez.\n",
     "Maria Ruiz Lopez", "Kestrel Independent Commission of Inquiry"),
    ("The Kivu Front seized the town in May. It is led by Jean Ntare, a former teacher.\n", "Jean Ntare", "Kivu Front"),
])
def test_it_chaired_or_led_by_someone_is_the_body_just_told_of(rules, text, person, org):
    assert org in orgs(extract_rows(rules, text, DATE), person)


def test_it_chaired_by_someone_with_no_body_before_is_no_position(rules):
    rows = extract_rows(rules, "The meeting lasted three hours. It was chaired by Ana Ruiz, a Spanish lawyer.\n", DATE)
    assert not find(rows, "position", person="Ana Ruiz")


# a country that modifies a thing the sentence speaks of is not the titled speaker's ----------------------------------------

THAI = ("Thailand deported the men in February. Thai officials defended the move, and Thailand said it had acted lawfully. "
        "The United States said it would bar the officials responsible.\n\n")


def test_a_country_modifying_a_thing_is_not_the_speaker_s_state(rules):
    rows = extract_rows(rules, THAI + "Foreign Minister Somchai Wongsa said Bangkok had been told of the U.S. decision beforehand.\n", DATE)
    assert orgs(rows, "Somchai Wongsa") == {"Thailand"}


def test_a_country_owning_a_thing_may_still_be_the_speaker_s_state(rules):
    rows = extract_rows(rules, THAI + "Prime Minister Somchai Wongsa told reporters that Thailand's relations with the United "
                                      "States remained strong.\n", DATE)
    assert orgs(rows, "Somchai Wongsa") == {"Thailand"}


# a law of an earlier year's designation is no law for this year's; a headline's group is the lead's told short -----------

VISA = ("U.S. imposes visa bans on Veloran officials over deportation of refugees\n\n"
        "WASHINGTON, March 3 - The United States said on Monday it would bar current and former Veloran officials "
        "responsible for last month's deportation of 40 refugees from entering the country.\n\n"
        "The restrictions were imposed under Section 212(a)(3)(C) of the Immigration and Nationality Act, which allows "
        "the secretary of state to refuse visas.\n\n"
        "{history}\n")


@pytest.mark.parametrize("history", [
    "In 2020 the Treasury blacklisted Wen Haolin, then a regional party chief, under the Global Magnitsky Act.",
    "In 2019 Washington sanctioned Dorin Malec under the Global Magnitsky Act for corruption.",
])
def test_a_told_group_takes_the_law_named_for_it_not_an_earlier_year_s(rules, history):
    rows = extract_rows(rules, VISA.format(history=history), DATE)
    groups = [c for c in find(rows, "sanction") if "officials" in name(c["target"])]
    assert len(groups) == 1
    assert name(groups[0]["target"]) == "current and former Veloran officials"
    assert "Global Magnitsky" not in (name(groups[0].get("legal_basis")) or "")


def test_a_headline_group_of_other_words_stays_its_own(rules):
    text = VISA.format(history="").replace("bar current and former Veloran officials", "bar two Veloran judges")
    rows = extract_rows(rules, text, DATE)
    assert "Veloran officials" in targets(rows)
