"""Round 28 (rulesA): who did an abuse when the text names a band ("the gang", "his gang") after naming it in full, tells
of the deed through a documenter or a designation's "its", describes the doer as wanted for it, or lists bare forces
beside a name; and whose relatives "the couple's son", "his parents, A and B" and "his father" are.

Short invented texts (people, bodies and places are made up; states are real where the state is the doer).
"""

import pytest

from extract.claimhelp import extract_rows, family_triples, find, perpetrators


# -- "the gang", "his gang": the band named in full before ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a sanctions list entry
    "Name: Dorvil Pascal\nTitle: Leader of the Ti Bwa gang\nNarrative summary: Dorvil Pascal leads the Ti Bwa gang, "
    "which controls Morne Vert. The gang has killed police officers and raped residents of neighbouring areas.",
    # news report
    "PORT-LIBRE, May 3 - Dorvil Pascal heads the Ti Bwa gang in the hills above the port. His gang killed six police "
    "officers last week, residents said.",
    # NGO report
    "Residents of Morne Vert said the Ti Bwa gang, led by Dorvil Pascal, controls the district. Members of the gang "
    "killed at least 30 people there in March, according to the survivors we interviewed.",
])
def test_the_gang_is_the_named_gang_before(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert "Ti Bwa gang" in perpetrators(rows, "extrajudicial_killing")
    assert "Morne Vert" not in perpetrators(rows)


def test_the_last_named_gang_is_the_gang(rules):
    """Two entries, two gangs: "the gang" of the second entry is the second gang, not the first or a district."""
    text = ("Dorvil Pascal leads the Ti Bwa gang, which operates in Morne Vert. The gang has killed police officers.\n\n"
            "Jules Amand leads the Gran Lakou gang, which controls Bas Pon. The gang has raped women and girls in the "
            "areas it controls.\n")
    rows = extract_rows(rules, text, "2023-05-10")
    assert perpetrators(rows, "extrajudicial_killing") == {"Ti Bwa gang"}
    assert perpetrators(rows, "sexual_violence") == {"Gran Lakou gang"}


def test_a_band_of_common_words_is_no_named_gang(rules):
    """ "armed gangs" names no gang in particular: "the gang" after it is not made one of them."""
    text = ("Armed gangs control large parts of the capital. The gang killed six police officers in March, residents "
            "said.\n")
    rows = extract_rows(rules, text, "2023-05-10")
    assert "armed gangs" not in perpetrators(rows)


# -- "which has been responsible for": the body the parser did not hang it on ------------------------------------------

@pytest.mark.parametrize("text", [
    "Narrative summary: Dorvil Pascal heads the Ti Bwa gang in the south of the capital, which has been responsible for "
    "kidnappings, murders and rapes in the Morne Vert and Bas Pon neighbourhoods.",
    "PORT-LIBRE, May 3 - Dorvil Pascal commands the Ti Bwa gang in the north of the city, which has been responsible for "
    "dozens of murders this year, police said.",
    "The district is held by the Ti Bwa gang in the east of the province, which was responsible for the murders of "
    "at least 30 farmers in 2022.",
])
def test_which_responsible_for_is_the_body_before(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert "Ti Bwa gang" in perpetrators(rows, "extrajudicial_killing")


def test_which_on_a_place_with_no_body_before_names_no_doer(rules):
    """ "the capital, which has been responsible": no body before it in the sentence, no doer from the sentence."""
    text = "Crime has grown in the south of the capital, which has been responsible for dozens of murders this year.\n"
    rows = extract_rows(rules, text, "2023-05-10")
    assert not any(p and p[:1].isupper() for p in perpetrators(rows, "extrajudicial_killing"))


# -- a documenter above the deed is not its doer ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Committee is supported by a Panel of Experts, whose final report, submitted in May 2023, documented the "
    "militias' use of sexual violence and their ties to business elites.",
    "The mission is assisted by the Ostrava Monitoring Group, which last year reported the torture of detainees in "
    "Valmora prisons.",
    "The inquiry was helped by the Corvanian Bar Association, whose lawyers documented killings of civilians in the "
    "north of Corvania.",
])
def test_who_documents_an_abuse_did_not_do_it(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert not perpetrators(rows) & {"Panel of Experts", "Ostrava Monitoring Group", "Corvanian Bar Association"}


# -- wanted for an abuse: the one wanted did it -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # headline
    "Valmora frees Corvanian police chief wanted by ICC for torture and murder at Ostra prison",
    # news report
    "ROME, Jan 22 - Valmora released and flew home a Corvanian police commander wanted by the International Criminal "
    "Court for crimes against humanity, including murder, torture and rape at an Ostra prison.",
    # NGO report
    "Human Rights Watch said Valmora had deported a militia leader wanted by the court for the torture of detainees.",
])
def test_who_frees_a_man_wanted_for_torture_did_not_torture(rules, text):
    rows = extract_rows(rules, text + "\n", "2025-01-23")
    assert "Valmora" not in perpetrators(rows, "torture")


def test_a_named_man_wanted_for_torture_did_it(rules):
    text = ("Police in Valmora arrested Dario Kestrel, a militia commander wanted by the court for the torture of "
            "detainees at Ostra prison.\n")
    rows = extract_rows(rules, text, "2025-01-23")
    assert "Dario Kestrel" in perpetrators(rows, "torture")
    assert "Valmora" not in perpetrators(rows, "torture")


# -- a designation's grounds told with "its" ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Today's action builds on earlier designations under E.O. 13851, including those of Dora Ruiz in November 2018, of "
    "her son Tomas Varela Ruiz in December 2019, and of the Corvanian National Police in March 2020 for its role in the "
    "violent suppression of the 2018 protests, in which more than 300 people were killed.",
    "The Council has already listed Tomas Varela Ruiz and, in 2020, the Corvanian National Police for its role in the "
    "killing of protesters.",
    "Past sanctions covered Tomas Varela Ruiz in 2019 and the Corvanian National Police in 2020, for its role in the "
    "arbitrary detention of hundreds of protesters.",
])
def test_its_role_is_the_body_designated_beside_a_person(rules, text):
    rows = extract_rows(rules, text + "\n", "2021-07-12")
    doers = perpetrators(rows)
    assert "Tomas Varela Ruiz" not in doers
    assert "Corvanian National Police" in doers


def test_his_role_stays_the_person(rules):
    """ "for his role": the person designated did it."""
    text = "The Treasury designated Tomas Varela Ruiz for his role in the killing of protesters in 2018.\n"
    rows = extract_rows(rules, text, "2021-07-12")
    assert "Tomas Varela Ruiz" in perpetrators(rows, "extrajudicial_killing")


# -- a bare force listed beside a named doer ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A U.N. inquiry said in September that serious violations, including arbitrary arrests, torture and killings, were "
    "continuing, committed mainly by the SNI, police and members of the ruling party's youth wing.",
    "Witnesses said the detainees were beaten by the SNI, police and soldiers at the Ostra barracks.",
    "The report says most of the killings were carried out by the SNI and police in the capital during 2019.",
])
def test_a_bare_force_listed_beside_a_named_body_is_a_doer_too(rules, text):
    rows = extract_rows(rules, text + "\n", "2020-01-31")
    doers = perpetrators(rows)
    assert "police" in doers
    assert doers & {"SNI"}


# -- family ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "The Treasury designated officials who support President Emilio Varela and his wife, Vice President Dora Ruiz. "
    "Earlier designations include the couple's son Tomas Varela Ruiz in December 2019.",
    # news report
    "Emilio Varela and his wife, Dora Ruiz, have ruled Corvania since 2007. The couple's son Tomas Varela Ruiz heads the "
    "state oil company.",
    # NGO report
    "President Emilio Varela and his wife, Dora Ruiz, control the security forces; the couple's daughter, Ines Varela "
    "Ruiz, runs the main television channel.",
])
def test_the_couples_child_is_a_child_of_both(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2021-07-12"))
    child = "Ines Varela Ruiz" if "Ines" in text else "Tomas Varela Ruiz"
    assert {("Emilio Varela", child, "child"), ("Dora Ruiz", child, "child")} <= kin


@pytest.mark.parametrize("text, owner", [
    ("Journalists were not allowed into the hearing. Kestrel's parents, Lyudmila and Anatoly, were present in the room.",
     "Dario Kestrel"),
    ("Dario Kestrel was sentenced on Friday. His parents, Marfa and Gennady, said they would appeal.", "Dario Kestrel"),
    ("Dario Kestrel remains in prison; Kestrel's parents, Zoya and Arkady, have not been allowed to visit him.",
     "Dario Kestrel"),
])
def test_parents_named_by_given_names_alone(rules, text, owner):
    if not text.startswith("Dario"):
        text = "Opposition leader Dario Kestrel was sentenced to 19 years. " + text
    kin = family_triples(extract_rows(rules, text + "\n", "2023-08-04"))
    names = [w.strip(",") for w in text.split("parents, ")[1].split(",")[0].replace(" and ", " ").split()]
    assert {(owner, n, "parent") for n in names} <= kin


def test_a_lone_place_after_parents_is_no_parent(rules):
    """ "his parents, in Minsk": a comma and a place after the word is where they are, not their name."""
    text = "Dario Kestrel was sentenced on Friday. His parents, in Ostrava, said they would appeal.\n"
    kin = family_triples(extract_rows(rules, text, "2023-08-04"))
    assert not any(r == "Ostrava" for _, r, _ in kin)


@pytest.mark.parametrize("text", [
    "Marcel Dunne\n\nMarcel Dunne, the son of Norbert Dunne, is designated for having assisted the corrupt activities "
    "of his father while serving as an adviser.",
    "Basil Oduya, the son of Gregor Oduya, used his father's position to win state contracts.",
    "Ines Varela, the daughter of Dora Ruiz, manages the companies her mother set up with public money.",
])
def test_his_father_after_the_son_of_y_is_y_again(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2019-03-21"))
    assert not any(r.startswith(("his ", "her ")) for _, r, _ in kin)


# -- the order's own description sets criteria, even on a verb joined to "which builds upon" -----------------------------

@pytest.mark.parametrize("text", [
    "The Treasury today designated Dario Kestrel pursuant to E.O. 13818, which builds upon and implements the Global "
    "Magnitsky Human Rights Accountability Act and targets perpetrators of serious human rights abuse and corruption "
    "around the world.",
    "WASHINGTON - OFAC designated Dario Kestrel under Executive Order 13818, which implements the Act and targets "
    "perpetrators of corruption around the world.",
    "Dario Kestrel was listed under the regime, which builds on the Act and covers those involved in corruption.",
])
def test_an_orders_description_tells_no_deed_of_the_designated(rules, text):
    rows = extract_rows(rules, text + "\n", "2020-01-08")
    assert "Dario Kestrel" not in perpetrators(rows, "corruption")


def test_a_deed_told_of_the_designated_beside_the_order_stays(rules):
    text = ("The Treasury today designated Dario Kestrel pursuant to E.O. 13818 for his role in the torture of "
            "detainees at Ostra prison.\n")
    rows = extract_rows(rules, text, "2020-01-08")
    assert "Dario Kestrel" in perpetrators(rows, "torture")


# -- who disappeared is the victim, whoever the sentence says took them -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Reporter Dario Kestrel disappeared in July 2016 after colleagues said he had been taken by agents of the Valmoran "
    "National Intelligence Service.",
    "Dario Kestrel, an activist, disappeared in 2019 after he was seized by agents of the Valmoran National "
    "Intelligence Service, his family said.",
    "Dario Kestrel disappeared in March after witnesses saw him taken by agents of the Valmoran National Intelligence "
    "Service, the group said.",
])
def test_who_disappeared_is_the_victim(rules, text):
    rows = extract_rows(rules, text + "\n", "2020-01-31")
    victims = {c.get("victim", {}).get("name") if isinstance(c.get("victim"), dict) else c.get("victim")
               for c in find(rows, "abuse", abuse_type="enforced_disappearance")}
    assert victims == {"Dario Kestrel"}


# -- "ethnic X" names a people, not the place of the abuse --------------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("Over the next four days, Valmoran soldiers rounded up several hundred men in Ostra, most of them ethnic Peuhl, "
     "and executed them.", "Peuhl"),
    ("Security forces have detained thousands of people in Ostra, most of them ethnic Masalit, the commission said.",
     "Masalit"),
    ("Valmoran soldiers killed dozens of men in Ostra in March, most of them ethnic Peuhl, witnesses told us.", "Peuhl"),
])
def test_an_ethnic_name_is_no_place_of_the_abuse(rules, text, people):
    rows = extract_rows(rules, text + "\n", "2022-04-05")
    places = {c["location"]["name"] if isinstance(c.get("location"), dict) else c.get("location") for c in find(rows, "abuse")}
    assert find(rows, "abuse") and people not in places


# -- a gang's kidnapping is hostage-taking, not an enforced disappearance -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Narrative summary: Dorvil Pascal leads the Ti Bwa gang, which controls Morne Vert. The gang has kidnapped "
    "Valmoran and foreign nationals for ransom.",
    "PORT-LIBRE, May 3 - Members of the Ti Bwa gang abducted 17 missionaries on Saturday, police said.",
    "Armed gangs have kidnapped hundreds of people for ransom in Port-Libre this year, the report found.",
])
def test_a_gangs_kidnapping_is_no_enforced_disappearance(rules, text):
    rows = extract_rows(rules, text + "\n", "2023-05-10")
    assert not find(rows, "abuse", abuse_type="enforced_disappearance")
    assert find(rows, "abuse", abuse_type="other")


def test_agents_abduction_stays_an_enforced_disappearance(rules):
    """Not every abduction: agents of the state who take someone make them disappear."""
    text = "Agents of the Valmoran National Intelligence Service abducted the activist Dario Kestrel in March.\n"
    rows = extract_rows(rules, text, "2023-05-10")
    assert find(rows, "abuse", abuse_type="enforced_disappearance")


# -- a person's family named as a group -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # press statement, the owner named
    "I am announcing the public designation of Dario Kestrel under Section 7031(c). Under the same designation, Dario "
    "Kestrel's immediate family members are also ineligible for entry into the United States.",
    # press statement, "his" after the designated man and a victim, and "X and his" later
    "The Department is designating Dario Kestrel due to his involvement in the arbitrary detention of Tomas Varela. "
    "I am also publicly designating his immediate family members. As a result, Kestrel and his immediate family members "
    "are ineligible for entry into the United States.",
    # news report
    "WASHINGTON, May 12 - The State Department barred Dario Kestrel and his immediate family members from entering the "
    "United States on Wednesday.",
])
def test_a_persons_immediate_family_is_his_relative(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2021-05-12"))
    rel = {(p, r) for p, r, x in kin if x == "relative" and "family members" in r}
    assert {p for p, _ in rel} == {"Dario Kestrel"}


@pytest.mark.parametrize("text", [
    "Section 7031(c) provides that, where officials have been involved in significant corruption, those individuals and "
    "their immediate family members are ineligible for entry into the United States.",
    "In addition, I am designating three of his immediate family members: his wife, Marta Kestrel, and his son, Ivo "
    "Kestrel. Dario Kestrel was designated today.",
])
def test_a_rules_boilerplate_or_a_named_list_gives_no_family_group(rules, text):
    kin = family_triples(extract_rows(rules, text + "\n", "2021-05-12"))
    assert not any("family members" in r for _, r, _ in kin)


# -- a bare plural of people as the deed's object is its victim -----------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("4. Dario Kestrel, Commander of the Presidential Guard, whose troops opened fire on civilians in Ostra on 1 August "
     "2018.", "civilians"),
    ("OSTRA, May 3 - Soldiers of the Valmoran army killed worshippers at a mosque in Ostra on Friday, witnesses said.",
     "worshippers"),
    ("The report found that riot police of the Valmoran Interior Ministry beat detainees throughout March.",
     "detainees"),
])
def test_a_bare_plural_object_is_the_victim(rules, text, victim):
    rows = extract_rows(rules, text + "\n", "2019-01-15")
    victims = {c["victim"]["name"] if isinstance(c.get("victim"), dict) else c.get("victim") for c in find(rows, "abuse")}
    assert victim in victims


def test_a_qualified_plural_is_left_to_the_mentions(rules):
    """ "civilians who fled": a phrase with more to it than the bare noun is no bare victim word of this rule."""
    text = "Soldiers of the Valmoran army opened fire on civilians who fled the village of Ostra in March.\n"
    rows = extract_rows(rules, text, "2019-01-15")
    victims = {c["victim"]["name"] if isinstance(c.get("victim"), dict) else c.get("victim") for c in find(rows, "abuse")}
    assert "civilians" not in victims


@pytest.mark.parametrize("text", [
    "In January 2019, Valmoran security forces killed 17 people during protests, and rights groups documented the rape "
    "of women by soldiers in the capital.",
    "OSTRA, May 3 - Soldiers of the Valmoran army shot dead 12 men and were responsible for the rape of women in the "
    "village, witnesses said.",
    "The commission found that the Ostra Defence Militia killed 40 farmers and committed the rape of women in 2020.",
])
def test_the_of_object_of_a_deed_noun_is_its_own_victim(rules, text):
    rows = extract_rows(rules, text + "\n", "2019-01-15")
    victims = {c["victim"]["name"] if isinstance(c.get("victim"), dict) else c.get("victim")
               for c in find(rows, "abuse", abuse_type="sexual_violence")}
    assert victims == {"women"}


# -- "he" in a listed person's entry is the person listed -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # EU press release list
    "The Council today adopted restrictive measures against two Valmoran officials. The persons listed today are:\n\n"
    "- Dario Kestrel, Director-General of the National Police, whose daughter is married to one of President Ivo "
    "Marek's sons. As commander of the police he is responsible for the killings of protesters by the forces under his "
    "command.\n- Tomas Varela, a judge of the Supreme Court.",
    # UN list entry
    "The Committee added the following entries to its list:\n\n1. Dario Kestrel, a commander close to President Ivo "
    "Marek. He ordered the killing of protesters in Ostra in 2019.\n2. Tomas Varela, a businessman.",
    # Treasury list
    "OFAC designated the following individuals today:\n\n- Dario Kestrel, a police general and an ally of President Ivo "
    "Marek. He directed the torture of detainees at Ostra prison.\n- Tomas Varela, a businessman.",
])
def test_he_in_a_list_entry_is_the_listed_person(rules, text):
    rows = extract_rows(rules, text + "\n", "2020-05-04")
    doers = perpetrators(rows)
    assert "Dario Kestrel" in doers and "Ivo Marek" not in doers
