"""Rules added for the error classes of the corpus dev set, each on a short invented sentence."""


from kg.extract import gazetteer
from extract.claimhelp import extract_rows, find, name


def run(rules, text, date="2021-03-22"):
    return extract_rows(rules, text, date)


# statutes -------------------------------------------------------------------------------


def test_a_label_shared_by_jurisdictions_goes_to_the_one_the_sentence_names():
    gaz = gazetteer.get()
    assert gaz.instrument_for("global human rights sanctions regime", "the bloc's new global human rights sanctions regime").name == "EU Global Human Rights Sanctions Regime"
    assert gaz.instrument_for("global human rights sanctions regime", "Britain used its global human rights sanctions regime").name == "Global Human Rights Sanctions Regulations 2020"


def test_eu_and_uk_regimes_are_known():
    gaz = gazetteer.get()
    assert gaz.instrument_for("sanctions framework for Belarus").jurisdiction == "Q458"
    assert gaz.instrument_for("regime against the use of chemical weapons").name == "EU chemical weapons sanctions regime"
    assert gaz.instrument_for("Sanctions and Anti-Money Laundering Act 2018").jurisdiction == "Q145"


# positions -------------------------------------------------------------------------------


def test_title_with_a_capitalised_of_phrase_before_a_name(rules):
    rows = run(rules, "Iran's Minister of Intelligence Esmail Khatib was named by the Treasury.\n")
    (c,) = find(rows, "position", person="Esmail Khatib")
    assert name(c["org"]) == "Iran" and c["role"] == "Minister of Intelligence"


def test_state_title_in_a_list_takes_the_country_heading(rules):
    text = "The following persons are added to the list:\n\nNorth Korea\n- Jong Kyong Thaek, Minister of State Security\n"
    rows = run(rules, text)
    assert find(rows, "position", person="Jong Kyong Thaek", org="North Korea")


def test_unnamed_body_after_of_is_the_organisation(rules):
    rows = run(rules, "Officials said the head of the presidential administration Igor Sergeenko was also listed.\n")
    (c,) = find(rows, "position", person="Igor Sergeenko")
    assert name(c["org"]) == "presidential administration"


def test_copula_title(rules):
    rows = run(rules, "Carlos Mendez is the Commissioner of the Nicaraguan National Police.\n")
    assert find(rows, "position", person="Carlos Mendez", org="Nicaraguan National Police")


def test_multiword_demonym_before_a_title(rules):
    rows = run(rules, "The inquiry was chaired by former South African President Kgalema Motlanthe.\n")
    assert find(rows, "position", person="Kgalema Motlanthe", org="South Africa")


def test_president_not_designated_belongs_to_the_country_next_to_him(rules):
    text = "Russia jailed the critic. President Trump has not condemned it, and America has been silent about Russia.\n"
    rows = run(rules, text)
    assert not find(rows, "position", person="Trump", org="Russia")


# sanctions and abuses ---------------------------------------------------------------------


def test_numbered_group_is_a_target(rules):
    text = "LONDON — Britain designated 25 Russian nationals under the Global Human Rights Sanctions Regulations 2020.\n"
    rows = run(rules, text, date="2020-07-06")
    assert find(rows, "sanction", target="25 Russian nationals", legal_basis="Global Human Rights Sanctions Regulations 2020")


def test_victim_in_the_reason_of_a_sanction_is_not_a_target(rules):
    text = "The Treasury sanctioned Ahmed Salem over the killing of journalist Omar Haddad, under E.O. 13818.\n"
    rows = run(rules, text)
    assert find(rows, "sanction", target="Ahmed Salem")
    assert not find(rows, "sanction", target="Omar Haddad")


def test_a_sanctioning_state_is_not_a_perpetrator(rules):
    rows = run(rules, "US blacklists Libyan militia behind Tarhuna killings\n")
    assert not find(rows, "abuse", perpetrator="United States")


# names and list items ----------------------------------------------------------------------


def test_a_shared_family_name_does_not_merge_two_people(rules):
    text = ("The following persons are designated under E.O. 13818:\n- Wang Junzheng, Party Secretary of the Corps\n"
            "- Wang Mingshan, Secretary of the Committee\n")
    rows = run(rules, text)
    assert find(rows, "sanction", target="Wang Mingshan") and find(rows, "sanction", target="Wang Junzheng")


def test_bulleted_bodies_and_militias_are_targets(rules):
    text = ("The following persons are designated under E.O. 13818:\n- the Central Public Prosecutors Office\n"
            "- the Public Security Bureau of the XPCC\n- the Kaniyat militia\n"
            "They are responsible for torture in the country.\n")
    rows = run(rules, text)
    for t in ("Central Public Prosecutors Office", "Public Security Bureau of the XPCC", "Kaniyat militia"):
        assert find(rows, "sanction", target=t), t
        assert find(rows, "abuse", perpetrator=t, abuse_type="torture"), t


# abuse perpetrators -------------------------------------------------------------------------


def test_conjoined_group_subjects_are_each_perpetrators(rules):
    rows = run(rules, "Since April, government forces and armed pro-government groups have killed hundreds of people.\n")
    assert find(rows, "abuse", perpetrator="government forces", abuse_type="extrajudicial_killing")
    assert find(rows, "abuse", perpetrator="armed pro-government groups", abuse_type="extrajudicial_killing")


def test_the_author_of_a_report_is_not_the_perpetrator(rules):
    text = "A report released by the United Nations documented the use of torture by the DGCIM in Venezuela.\n"
    rows = run(rules, text)
    assert not [r for r in rows if r["type"] == "abuse" and "United Nations" in name(r["perpetrator"])]


def test_a_dateline_is_not_an_actor(rules):
    rows = run(rules, "Treasury Targets Corrupt Actors\n\nWASHINGTON \u2014 Officials said corruption was rampant.\n")
    assert not [r for r in rows if r["type"] == "abuse" and name(r["perpetrator"]) == "WASHINGTON"]


# sanction targets ---------------------------------------------------------------------------


def test_a_numbered_group_stands_for_the_people_whose_paragraphs_follow(rules):
    text = ("Treasury Designates Officials\n\nOFAC today designated two senior officials under Executive Order 13818 "
            "over violence by the government of President Daniel Ortega.\n\n"
            "Francisco Javier Diaz Madriz is the Commissioner of the National Police.\n\n"
            "Fidel Antonio Moreno Briones, Secretary General of the Mayor's Office, directed armed groups.\n")
    rows = run(rules, text)
    targets = {name(r["target"]) for r in rows if r["type"] == "sanction"}
    assert {"Francisco Javier Diaz Madriz", "Fidel Antonio Moreno Briones"} <= targets
    assert "two senior officials" not in targets and "Daniel Ortega" not in targets


def test_the_same_four_men_are_the_ones_named_before(rules):
    text = ("The EU listings, made under the EU Global Human Rights Sanctions Regime, subject four men to asset freezes: "
            "Zhu Hailun; Wang Junzheng; Wang Mingshan; and Chen Mingguo.\n\n"
            "Canada sanctioned the same four men on Monday under the Special Economic Measures Act.\n")
    rows = run(rules, text)
    for p in ("Zhu Hailun", "Wang Junzheng", "Wang Mingshan", "Chen Mingguo"):
        assert find(rows, "sanction", target=p, legal_basis="Special Economic Measures Act"), p


def test_a_designated_police_unit_is_a_target(rules):
    rows = run(rules, "Under E.O. 13553, OFAC today designated Iran's Morality Police for its abuse of women.\n")
    assert find(rows, "sanction", target="Morality Police")


# investigations ------------------------------------------------------------------------------


def test_a_un_fact_finding_mission_is_the_investigator(rules):
    text = "In its 2018 report, the UN Independent International Fact-Finding Mission on Myanmar concluded that the army committed genocide.\n"
    rows = run(rules, text)
    (c,) = [r for r in rows if r["type"] == "investigation"]
    assert name(c["investigator"]) == "UN Independent International Fact-Finding Mission on Myanmar" and c["finding"] == "confirmed"


def test_an_investigation_by_a_body_names_it_and_not_the_target(rules):
    text = "A joint investigation by the United Nations mission in Haiti later confirmed that gang members carried out killings.\n"
    rows = run(rules, text)
    assert [r for r in rows if r["type"] == "investigation" and name(r["investigator"]) == "United Nations mission in Haiti"]


def test_the_subject_of_an_investigating_verb_is_the_investigator(rules):
    text = "A German military laboratory found that Alexei Navalny had been poisoned with a nerve agent in August.\n"
    rows = run(rules, text)
    assert [r for r in rows if r["type"] == "investigation" and name(r["investigator"]) == "German military laboratory"]


def test_a_plural_title_of_n_countries_pairs_n_names_in_order(rules):
    text = ("In a joint statement, the foreign ministers of Canada, Britain and the United States, Marc Garneau, "
            "Dominic Raab and Antony Blinken, called on China to release those detained.\n")
    rows = run(rules, text)
    assert find(rows, "position", person="Marc Garneau", org="Canada")
    assert find(rows, "position", person="Dominic Raab", org="United Kingdom")
    assert find(rows, "position", person="Antony Blinken", org="United States")


def test_its_before_an_abuse_is_the_body_named_before(rules):
    rows = run(rules, "The ministers called on China to end its repression of Uyghur Muslims.\n")
    assert find(rows, "abuse", perpetrator="China", abuse_type="repression_of_dissent")
