"""Round 21, sanctions and positions (helper rulesB). Every person and body here is invented, each convention is tried
in more than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, name, orgs

DATE = "2031-08-02"


def bases(rows, target):
    return {name(c.get("legal_basis")) for c in find(rows, "sanction", target=target)}


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


# a law named only in a closing "Background" that dates the law's adoption is still the basis of today's listings --------

EU_LISTING = ("Varnia: Council sanctions four more individuals\n\nCouncil of the EU\nPress release\n2 August 2031\n\n"
              "The Council today adopted restrictive measures against four additional individuals in view of the situation "
              "in Varnia. {listed}\n\nThey are subject to an asset freeze and a travel ban.\n\nBackground\n\n{background}\n")


@pytest.mark.parametrize("listed", [
    "Those listed today include Marta Velkova, the Deputy Speaker of the Varnian Assembly, and Oren Dask, the "
    "Prosecutor General.",
    "The Council also listed Marta Velkova, a deputy speaker of the Varnian Assembly, and Oren Dask, the Prosecutor General.",
])
@pytest.mark.parametrize("background", [
    "The EU framework for targeted restrictive measures in view of the situation in Varnia was adopted on 14 October 2029 "
    "(Council Decision (CFSP) 2029/1720 and Council Regulation (EU) 2029/1716).",
    "The legal framework, Council Decision (CFSP) 2029/1720, was established in October 2029.",
])
def test_a_law_dated_by_its_adoption_is_still_the_basis_of_listings_told_before_it(rules, listed, background):
    rows = extract_rows(rules, EU_LISTING.format(listed=listed, background=background), DATE)
    for person in ("Marta Velkova", "Oren Dask"):
        assert bases(rows, person) == {"Council Decision (CFSP) 2029/1720"}, rows
    # the headline's "Varnia:" is its topic, not the state that acts
    for c in find(rows, "sanction"):
        assert name(c.get("authority")) != "Varnia", c


def test_a_law_named_for_an_earlier_designation_of_another_year_is_still_not_borrowed(rules):
    """The year of a sentence that designates under a law still keeps that law from designations of today."""
    text = ("The Ostland Treasury today designated Piet Halder for corruption.\n\n"
            "The Ostland Treasury had already sanctioned his predecessor, Lorn Avec, in 2028 under the Ostland "
            "Magnitsky Act.\n")
    assert "Ostland Magnitsky Act" not in bases(extract_rows(rules, text, DATE), "Piet Halder")


# whose spouse a target is: the spouse named in a title is no target --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Council today listed Ilse Marrow, the Vice-President of Varnia and wife of President Tomas Marrow, and their son "
    "Karel Marrow under Council Decision (CFSP) 2031/55.",
    "Those listed today under Council Decision (CFSP) 2031/55 include Ilse Marrow, Varnia's Vice-President and wife of "
    "President Tomas Marrow, and their son Karel Marrow.",
])
def test_the_husband_named_in_a_targets_titles_is_not_designated(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert {"Ilse Marrow", "Karel Marrow"} <= targets(rows), rows
    assert "Tomas Marrow" not in targets(rows), rows


def test_a_spouse_designated_in_their_own_right_still_is(rules):
    text = ("The Council today listed Tomas Marrow, the President of Varnia, and his wife Ilse Marrow under Council Decision "
            "(CFSP) 2031/55.")
    assert {"Tomas Marrow", "Ilse Marrow"} <= targets(extract_rows(rules, text, DATE))


# people listed under a programme that is ended are delisted, not designated --------------------------------------------------

@pytest.mark.parametrize("text", [
    "At the same time, the President signed an Executive Order terminating the Varnia sanctions program, and the more "
    "than 100 persons listed under it are being removed from the Specially Designated Nationals and Blocked Persons List.",
    "The 40 individuals designated under the old regime were removed from the list on Monday.",
])
def test_those_listed_under_an_ended_programme_are_not_targets(rules, text):
    head = "Today, the Office of Foreign Assets Control designated Piet Halder pursuant to E.O. 13818.\n\n"
    rows = extract_rows(rules, head + text + "\n", DATE)
    assert "Piet Halder" in targets(rows)
    assert not {t for t in targets(rows) if "persons" in t or "individuals" in t}, rows


def test_a_listing_that_is_not_undone_still_counts(rules):
    text = "Today, the Office of Foreign Assets Control designated 12 individuals listed in the annex pursuant to E.O. 13818.\n"
    assert any("individuals" in t for t in targets(extract_rows(rules, text, DATE)))


# an act that carries a section forward is not the basis -------------------------------------------------------------------

@pytest.mark.parametrize("carry", ["as carried forward by", "as amended by"])
def test_the_act_that_carries_a_section_forward_is_not_the_basis_of_later_designations(rules, carry):
    text = ("The Department of State is publicly designating Piet Halder, the former speaker of the Varnian parliament, "
            "under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, "
            f"2029, {carry} the Further Consolidated Appropriations Act, 2030, due to his involvement in significant "
            "corruption.\n\nIn addition to Halder, the Department is also publicly designating his spouse, Mira Halder.\n")
    rows = extract_rows(rules, text, "2030-01-13")
    assert bases(rows, "Mira Halder") == {"Section 7031(c)"}, rows
    assert bases(rows, "Piet Halder") == {"Section 7031(c)"}, rows


# a designation told in a relative clause names no other target of the sentence --------------------------------------------

@pytest.mark.parametrize("text", [
    "Halder, whom OFAC designated in December 2027 under the Global Magnitsky program for his role in arms deals, met "
    "Lorn Avec in Ostmark last year.",
    "Piet Halder, whom the Treasury sanctioned in 2027 under the Global Magnitsky program, later hired Lorn Avec as his "
    "accountant.",
    "Piet Halder, whom OFAC designated in 2027 under the Global Magnitsky program, runs the Ostmark Trading Company with "
    "Lorn Avec.",
])
def test_only_the_person_the_clause_is_about_is_designated(rules, text):
    rows = extract_rows(rules, "Piet Halder runs a trading company in Ostmark.\n\n" + text + "\n", DATE)
    assert targets(rows) == {"Piet Halder"}, rows


def test_a_sentence_that_designates_besides_its_clause_still_names_its_targets(rules):
    text = ("Today, OFAC designated Lorn Avec, who worked with Piet Halder, whom OFAC designated in 2027 under the Global "
            "Magnitsky program.")
    assert "Lorn Avec" in targets(extract_rows(rules, text, DATE))


# the measures a release states once reach every listing of the same union, however it names who acts --------------------

@pytest.mark.parametrize("measures", [
    "They are subject to an asset freeze, and EU citizens are forbidden from making funds available to them.",
    "The persons listed are subject to a travel ban and an asset freeze.",
])
def test_measures_stated_once_reach_listings_by_the_council_and_the_eu(rules, measures):
    text = ("Varnia: Council sanctions four more individuals\n\nCouncil of the EU\nPress release\n2 August 2031\n\n"
            "The Council today adopted restrictive measures against four additional individuals under Council Decision "
            "(CFSP) 2029/1720. The Council also listed Marta Velkova and Oren Dask.\n\n" + measures + "\n")
    rows = extract_rows(rules, text, DATE)
    for person in ("Marta Velkova", "Oren Dask"):
        assert {c.get("measure") for c in find(rows, "sanction", target=person)} <= {"asset_freeze", "entry_ban"}, rows
        assert all(c.get("measure") for c in find(rows, "sanction", target=person)), rows


def test_measures_of_another_state_are_not_shared(rules):
    text = ("The Council today listed Marta Velkova under Council Decision (CFSP) 2029/1720.\n\n"
            "Separately, the U.S. Department of State designated Oren Dask under Section 7031(c), making him ineligible "
            "for entry into the United States.\n")
    rows = extract_rows(rules, text, DATE)
    assert find(rows, "sanction", target="Oren Dask"), rows
    assert all(c.get("measure") != "entry_ban" for c in find(rows, "sanction", target="Marta Velkova")), rows


# a title alone in a headline is no one designated -----------------------------------------------------------------------------

@pytest.mark.parametrize("headline", [
    "Treasury Sanctions Varnian President, First Lady and Senior Officials for Corruption",
    "Treasury Sanctions First Lady and Senior Officials of Varnia",
])
def test_a_headline_title_is_not_a_target(rules, headline):
    text = (headline + "\n\nToday, the Office of Foreign Assets Control designated President Tomas Marrow and his wife, "
            "First Lady Ilse Marrow, pursuant to E.O. 13818.\n")
    rows = extract_rows(rules, text, DATE)
    assert "First Lady" not in targets(rows), rows
    assert "Tomas Marrow" in targets(rows), rows


# a minister's lower-case portfolio is part of the title; the office is the state's ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "The army denied the reports, and the minister of communication, Jean-Claude Mbarga, accused rights groups of lying.",
    "Jean-Claude Mbarga, the minister of territorial administration, said the army had acted lawfully.",
])
def test_a_ministers_lower_case_portfolio_is_no_body(rules, sentence):
    text = "Soldiers killed 21 villagers in Ngarvo, in northwest Gabon, in February.\n\n" + sentence + "\n"
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Jean-Claude Mbarga") == {"Gabon"}, rows


def test_a_named_ministry_after_the_title_is_still_the_body(rules):
    text = ("Soldiers killed 21 villagers in Ngarvo, in northwest Gabon, in February.\n\n"
            "Jean-Claude Mbarga, the minister of the Ngarvo Development Authority, said the army had acted lawfully.\n")
    assert orgs(extract_rows(rules, text, DATE), "Jean-Claude Mbarga") == {"Ngarvo Development Authority"}


# a country where something happened to a title holder is not whom they serve ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Arno Velt, Lenz's interior minister, was arrested in the United States in May on unrelated charges.",
    "Arno Velt, the former interior minister, fled to Brazil after the elections.",
])
def test_the_country_of_an_event_is_not_the_officials_state(rules, sentence):
    text = ("Security forces killed ten protesters in Sacova, Paraguay, in November, an inquiry found. Paraguay's "
            "interim government under Mira Lenz denied it.\n\n" + sentence + "\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Arno Velt") == {"Paraguay"}, rows


def test_a_country_a_body_is_described_by_still_gives_the_chairs_state(rules):
    text = ("The Ostmark Unity Front is the only political party permitted in Paraguay and is chaired by President Tomas "
            "Marrow.\n")
    assert orgs(extract_rows(rules, text, DATE), "Tomas Marrow") & {"Paraguay"}


# a title before a name and a body after it that the NER did not name ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Judge Ilona Varek of the Sovetsky district court also sentenced Piet Halder to nine years.",
    "Colonel Ilona Varek of the Sovetsky border guard said the crossing was closed.",
])
def test_the_unnamed_body_after_a_titled_name_is_the_org(rules, sentence):
    rows = extract_rows(rules, sentence + "\n", DATE)
    assert any("Sovetsky" in o for o in orgs(rows, "Ilona Varek")), rows


def test_a_place_after_a_titled_name_is_not_a_body(rules):
    rows = extract_rows(rules, "Judge Ilona Varek of the old town also sentenced Piet Halder to nine years.\n", DATE)
    assert not any("town" in o for o in orgs(rows, "Ilona Varek")), rows


# kinship set off before a title does not end the title list -------------------------------------------------------------------

@pytest.mark.parametrize("kin", ["Halder's wife", "the opposition leader's sister"])
def test_a_title_after_a_kin_phrase_is_still_read(rules, kin):
    text = f"Mira Halder, {kin} and the executive director of the Lorvane Health Fund, wrote that he had been kidnapped.\n"
    assert orgs(extract_rows(rules, text, DATE), "Mira Halder") == {"Lorvane Health Fund"}


# a minister of state for a province serves the state ------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Minister of State for Midlands Province", "Minister of State for Matabeleland North Province"])
def test_a_ministers_province_is_the_remit(rules, title):
    text = (f"Treasury designated officials in Zimbabwe. Owen Ncube, who now serves as {title}, is designated for his role "
            "in violence against opposition members.\n")
    assert orgs(extract_rows(rules, text, DATE), "Owen Ncube") == {"Zimbabwe"}


def test_a_governor_of_a_province_is_still_the_provinces(rules):
    text = "Treasury designated officials in Zimbabwe. Owen Ncube, the Governor of Midlands Province, is designated.\n"
    assert orgs(extract_rows(rules, text, DATE), "Owen Ncube") == {"Midlands Province"}


# an entry of a list that tells an earlier designation under another law ------------------------------------------------------

UK_LIST = ("Ostland: UK sanctions judges behind the jailing of Lorn Avec\n\nPress release\n\n"
           "The individuals designated today under the Global Human Rights Sanctions Regulations 2020 are:\n\n"
           "1. Piet Halder - judge of the Ostburg City Court, who presided over Mr Avec's trial. {earlier}\n"
           "2. Mira Vant - judge of the Ostburg District Court, who ordered Mr Avec's arrest.\n")


@pytest.mark.parametrize("earlier", [
    "The United States named him in 2013 under the Magnitsky Act for his part in the detention of a lawyer.",
    "Canada sanctioned him in 2018 under the Justice for Victims of Corrupt Foreign Officials Act.",
])
def test_an_entry_that_tells_an_earlier_designation_under_another_law(rules, earlier):
    rows = extract_rows(rules, UK_LIST.format(earlier=earlier), DATE)
    assert bases(rows, "Piet Halder") >= {"Global Human Rights Sanctions Regulations 2020"}, rows
    assert len(bases(rows, "Piet Halder")) == 2, rows
    assert "Lorn Avec" not in targets(rows), rows
    assert bases(rows, "Mira Vant") == {"Global Human Rights Sanctions Regulations 2020"}, rows


@pytest.mark.parametrize("text", [
    "Piet Halder was named head of the Ostland Security Service in 2029, a year after the Ostland Magnitsky Act took effect.",
    "The United Nations named Piet Halder special rapporteur, citing the Ostland Magnitsky Act.",
])
def test_being_named_to_an_office_is_no_designation(rules, text):
    assert not targets(extract_rows(rules, text + "\n", DATE))


# a company joined to a designated person by "his company" is designated with him; the president he advises is not ----------

@pytest.mark.parametrize("sentence", [
    "Piet Halder, a businessman and adviser to the president, and his company Halder Mining Holdings (Private) Limited are "
    "designated for corruption.",
    "Piet Halder and his firm Halder Mining Holdings Limited are designated for corruption.",
])
def test_the_company_joined_to_a_target_is_designated(rules, sentence):
    head = ("Today, the Office of Foreign Assets Control designated President Tomas Marrow pursuant to E.O. 13818.\n\n"
            "Lorn Avec, a retired general, is designated for serious human rights abuse.\n\n")
    rows = extract_rows(rules, head + sentence + "\n", DATE)
    assert "Piet Halder" in targets(rows), rows
    assert any("Halder Mining Holdings" in t for t in targets(rows)), rows


def test_the_president_a_target_advises_is_no_target_of_that_sentence(rules):
    text = ("Today, the Office of Foreign Assets Control designated Lorn Avec pursuant to E.O. 13818.\n\n"
            "Piet Halder, a businessman and adviser to President Tomas Marrow, is also designated.\n")
    rows = extract_rows(rules, text, DATE)
    assert "Piet Halder" in targets(rows), rows
    assert "Tomas Marrow" not in targets(rows), rows


# two fields of a remit joined by "and" before a title --------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["refugee and migrant rights researcher", "land and housing rights director",
                                   "business and human rights adviser"])
def test_a_remit_of_two_fields_is_one_title(rules, title):
    text = f"Mira Halder, {title} at the Ostmark Rights Centre, said the killings were hidden from the world.\n"
    assert orgs(extract_rows(rules, text, DATE), "Mira Halder") == {"Ostmark Rights Centre"}


def test_two_people_joined_by_and_are_not_one_title(rules):
    text = "Mira Halder and Piet Halder, researchers at the Ostmark Rights Centre, said the killings were hidden.\n"
    rows = extract_rows(rules, text, DATE)
    assert all(" and " not in (c.get("role") or "") for c in find(rows, "position")), rows


# "its" after a state's body named in lower case ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", ["Gabon's foreign ministry has rejected such criticism in the past.",
                                  "Gabon's interior ministry denied the reports."])
def test_its_spokeswoman_after_a_states_lower_case_body(rules, body):
    text = ("A spokesperson for the European Union said the sentence ran counter to the country's commitments.\n\n"
            + body + " Its spokeswoman, Mira Lenz, has said the country has no political prisoners.\n")
    assert orgs(extract_rows(rules, text, DATE), "Mira Lenz") == {"Gabon"}


def test_its_spokeswoman_after_a_named_body_is_still_that_bodys(rules):
    text = ("Gabon's foreign ministry has rejected such criticism. The Ostmark Rights Centre disagreed. Its spokeswoman, "
            "Mira Lenz, said the country held political prisoners.\n")
    assert orgs(extract_rows(rules, text, DATE), "Mira Lenz") == {"Ostmark Rights Centre"}


# a count designated in the lead, then each designee told in a sentence of its own --------------------------------------------

@pytest.mark.parametrize("lead", [
    "The United States is today designating two Ostmark judges and three prisons for their involvement in serious human "
    "rights abuses. The designations are made pursuant to Executive Order 13553.",
    "Today the Department of State designated two Ostmark judges, as well as three prisons, pursuant to Executive Order 13553.",
])
def test_a_count_stands_for_the_designees_told_one_by_one(rules, lead):
    text = (lead + "\n\nJudge Piet Halder of the Revolutionary Court of Ostburg presided over the case.\n\n"
            "Judge Mira Vant of the Revolutionary Court of Lenz has handed down harsh sentences to protesters.\n\n"
            "Kelvar Prison in Ostburg is notorious for the mistreatment of political prisoners. Dunmore Prison has been the "
            "site of mass executions. Varrow Prison in Lenz holds hundreds of detainees.\n")
    rows = extract_rows(rules, text, "2031-09-24")
    assert {"Piet Halder", "Mira Vant", "Kelvar Prison", "Dunmore Prison", "Varrow Prison"} <= targets(rows), rows


def test_a_count_the_text_does_not_match_names_no_one(rules):
    text = ("The United States is today designating three Ostmark judges pursuant to Executive Order 13553.\n\n"
            "Judge Piet Halder of the Revolutionary Court of Ostburg presided over the case.\n\n"
            "Judge Mira Vant of the Revolutionary Court of Lenz has handed down harsh sentences to protesters.\n")
    rows = extract_rows(rules, text, "2031-09-24")
    assert not {"Piet Halder", "Mira Vant"} & targets(rows), rows


# a law only one body applies names who applied it ------------------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "and the Department designated former police chief Piet Halder under Section 7031(c).",
    "while the Department publicly designated Piet Halder under Section 7031(c).",
])
def test_a_section_7031c_designation_is_the_state_departments(rules, clause):
    text = ("In December 2029, the Department of the Treasury designated the Ostmark Rapid Battalion under Executive Order "
            "13818 for serious human rights abuse, " + clause + "\n")
    rows = extract_rows(rules, text, DATE)
    assert {name(c.get("authority")) for c in find(rows, "sanction", target="Piet Halder")} == {"Department of State"}, rows
    assert {name(c.get("authority")) for c in find(rows, "sanction", target="Ostmark Rapid Battalion")} <= {"Department of the Treasury"}, rows


# a demonym that describes another person ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("other", ["the Kenyan opposition politician and lawyer Martha Karua",
                                   "the Kenyan rights lawyer Martha Karua"])
def test_a_demonym_describing_another_person_is_not_the_title_holders_state(rules, other):
    text = ("Security forces abducted the opposition leader in Uganda last week.\n\n"
            "Besigye, a four-time presidential challenger to President Yoweri Museveni, had travelled to Nairobi to attend "
            f"the launch of a book by {other}.\n")
    assert orgs(extract_rows(rules, text, DATE), "Yoweri Museveni") == {"Uganda"}


def test_a_demonym_on_the_title_holder_is_still_theirs(rules):
    text = "The Kenyan president William Ruto met the opposition leader in Kampala, Uganda, last week.\n"
    assert orgs(extract_rows(rules, text, DATE), "William Ruto") == {"Kenya"}


# a place name the NER took for a person, inside the body a title is of --------------------------------------------------------

@pytest.mark.parametrize("body", ["the Surgut city investigative department of the Investigative Committee of Ostmark",
                                  "the Lenz district investigative department of the Investigative Committee of Ostmark"])
def test_a_name_qualifying_a_noun_does_not_end_the_body(rules, body):
    text = (f"The Department of State is publicly designating Piet Halder, head of {body}, under Section 7031(c).\n")
    assert any("Investigative" in o for o in orgs(extract_rows(rules, text, DATE), "Piet Halder"))


def test_a_person_after_of_still_ends_the_body(rules):
    text = "Mira Vant, the spokeswoman of Piet Halder, said the charges were false.\n"
    assert not orgs(extract_rows(rules, text, DATE), "Mira Vant") - {None}


# a time word after the possessive, and a second head word ----------------------------------------------------------------------

@pytest.mark.parametrize("title", ["the kingdom's then chief justice", "the kingdom's former chief justice"])
def test_a_time_word_after_the_possessive_keeps_the_title(rules, title):
    text = ("Police detained two activists in Eswatini in 2014.\n\n"
            f"They were jailed over articles that criticised {title}, Piet Halder.\n")
    rows = extract_rows(rules, text, DATE)
    assert orgs(rows, "Piet Halder") == {"Eswatini"}, rows
    assert {c["role"] for c in find(rows, "position", person="Piet Halder")} == {"chief justice"}, rows


# who a relative clause on a kin noun is about; a kind of body is no body ---------------------------------------------------

@pytest.mark.parametrize("clause", ["who runs the Lenz Broadcasting Corporation", "who heads the Lenz Broadcasting Corporation"])
def test_a_clause_on_a_kin_noun_is_about_the_name_set_off_on_it(rules, clause):
    text = (f"Those listed today include Ilse Marrow, the Vice-President of Varnia, and their son Karel Marrow, {clause}, "
            "under Council Decision (CFSP) 2031/55.\n")
    rows = extract_rows(rules, text, DATE)
    assert "Lenz Broadcasting Corporation" in orgs(rows, "Karel Marrow"), rows
    assert "Lenz Broadcasting Corporation" not in orgs(rows, "Ilse Marrow"), rows


@pytest.mark.parametrize("obj", ["media outlets close to the government", "security companies in the capital"])
def test_running_a_kind_of_body_names_no_body(rules, obj):
    text = f"Karel Marrow, who runs {obj}, was listed today.\n"
    rows = extract_rows(rules, text, DATE)
    assert not find(rows, "position", person="Karel Marrow"), rows


# two "who" clauses in one sentence: each is about the name right before it ----------------------------------------------------

@pytest.mark.parametrize("second", ["and Colonel Mira Vant, who commanded the 15th Mobile Brigade,",
                                    "and Colonels Lorn Avec and Mira Vant, who successively commanded the 15th Mobile Brigade,"])
def test_each_who_clause_is_about_the_name_before_it(rules, second):
    text = ("The chamber charged ten members of the army, among them General Piet Halder, who commanded the 30th Brigade, "
            + second + " with murder.\n")
    rows = extract_rows(rules, text, DATE)
    assert "15th Mobile Brigade" in orgs(rows, "Mira Vant"), rows
    assert "15th Mobile Brigade" not in orgs(rows, "Piet Halder"), rows


# an adviser to the head of state ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["a businessman and adviser to the president", "a senior adviser to the president"])
def test_an_adviser_to_the_president_serves_the_state(rules, title):
    text = (f"Treasury designated officials in Zimbabwe today. Piet Halder, {title}, is designated for corruption "
            "pursuant to E.O. 13818.\n")
    assert orgs(extract_rows(rules, text, DATE), "Piet Halder") == {"Zimbabwe"}


def test_an_adviser_to_a_named_body_is_still_the_bodys(rules):
    text = "Piet Halder, an adviser to the Ostmark Mining Company, said the strike was illegal.\n"
    assert orgs(extract_rows(rules, text, DATE), "Piet Halder") == {"Ostmark Mining Company"}
