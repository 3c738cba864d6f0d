"""Round 11: abuses and reports. Who did an abuse when a sentence tells two acts, and who investigated or spoke.

Short invented texts (people, units and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


# -- a "by" phrase in a clause of its own names the doer of that clause's act, not of the abuse before it ---------------

@pytest.mark.parametrize("sentence, code, doer, other", [
    ("In March 2021, security forces killed 23 people during protests against bread prices, and rights groups recorded "
     "the beating of hundreds of people by soldiers and police officers.", "extrajudicial_killing", "security forces", "police officers"),
    ("In May, government forces killed 12 villagers near Dorav, and monitors recorded the torture of detainees by prison guards.",
     "extrajudicial_killing", "government forces", "prison guards"),
    ("Border guards shot dead four migrants near Tesk, while dozens of others were detained by the coast guard.",
     "extrajudicial_killing", "Border guards", "coast guard"),
])
def test_the_agent_of_a_joined_clause_with_its_own_subject_is_not_the_doer_of_the_first_abuse(rules, sentence, code, doer, other):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert perpetrators(rows, code) == {doer}
    assert other not in perpetrators(rows, code)
    assert any(other in perpetrators(rows, c) for c in ("ill_treatment", "torture", "arbitrary_detention"))


@pytest.mark.parametrize("sentence, doer", [
    ("Three students were arrested and beaten by police in Dorav.", "police in Dorav"),
    ("Dozens of marchers were detained and later tortured by the Ostland Guard.", "Ostland Guard"),
])
def test_a_by_phrase_on_a_verb_joined_without_a_subject_of_its_own_still_names_the_doer_of_both(rules, sentence, doer):
    rows = extract_rows(rules, sentence + "\n", "2022-01-10")
    assert doer in perpetrators(rows, "arbitrary_detention")
    assert doer in perpetrators(rows, "ill_treatment") | perpetrators(rows, "torture")


# -- the subject the parser hangs on the clause fronted before it --------------------------------------------------------

@pytest.mark.parametrize("sentence, code, doers", [
    ("Since strikes over cuts to the pension scheme broke out on May 2, government troops and armed loyalist gangs have "
     "killed dozens of people and wounded many more.", "extrajudicial_killing", {"government troops", "armed loyalist gangs"}),
    ("Since strikes over cuts to the pension scheme broke out on May 2, government troops and armed loyalist gangs have "
     "detained hundreds of people and beaten many more.", "arbitrary_detention", {"government troops", "armed loyalist gangs"}),
])
def test_the_doers_named_right_after_a_fronted_clause_are_the_subject_the_parser_missed(rules, sentence, code, doers):
    text = "The Treasury today designated Arvo Tenn, the mayor of Dorav, for corruption.\n\n" + sentence + "\n"
    rows = extract_rows(rules, text, "2024-05-02")
    assert perpetrators(rows, code) == doers  # not the mayor designated in the paragraph before


def test_a_fronted_clause_with_its_own_subject_and_verb_leaves_the_doer_to_the_parse(rules):
    rows = extract_rows(rules, "When the march reached Dorav, police detained 30 students.\n", "2024-05-02")
    assert perpetrators(rows, "arbitrary_detention") == {"police"}


# -- "X said his office had documented ...": the office, staff or lawyers of the speaker investigate for the speaker -----

@pytest.mark.parametrize("sentence, investigator", [
    ("Ostland's chief prosecutor, Lena Varik, said her office had documented more than 900 killings of civilians by "
     "Varnian troops since the invasion began.", "Ostland's chief prosecutor"),
    ("The Kesh Rights Centre said its lawyers had collected the testimony of 200 detainees tortured by the State Security Bureau.",
     "Kesh Rights Centre"),
    ("Ombudsman Peter Dalk said his staff were examining complaints that police had beaten detainees in Tesk.", "Ombudsman Peter Dalk"),
])
def test_the_speakers_own_office_staff_or_lawyers_investigate_for_the_speaker(rules, sentence, investigator):
    rows = extract_rows(rules, sentence + "\n", "2023-03-20")
    found = find(rows, "investigation")
    assert [name(r["investigator"]) for r in found] == [investigator]


def test_another_bodys_staff_are_not_the_speakers(rules):
    rows = extract_rows(rules, "Lena Varik said the Kesh Rights Centre's lawyers had collected the testimony of 200 detainees.\n", "2023-03-20")
    assert "Lena Varik" not in {name(r["investigator"]) for r in find(rows, "investigation")}


# -- registering crimes is a prosecutor's inquiry; who tells of an inquiry is not its target ------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("Ostland's Prosecutor General, Lena Varik, has said her office has registered more than 5,000 suspected war crimes "
     "since the invasion began.", "Lena Varik"),
    ("Ostland's chief military prosecutor, Arvo Tenn, said his office had registered 40 cases of torture of prisoners.",
     "Arvo Tenn"),
])
def test_an_office_that_registers_crimes_investigates_them_and_its_spokesman_is_not_the_target(rules, sentence, speaker):
    rows = extract_rows(rules, sentence + "\n", "2023-03-20")
    found = find(rows, "investigation")
    assert len(found) == 1 and "prosecutor" in name(found[0]["investigator"]).lower()  # the office the speaker heads
    assert name(found[0].get("target")) != speaker


# -- who set up an inquiry, and who sits on it, are neither its author nor its target -----------------------------------

@pytest.mark.parametrize("text, founder, members", [
    ("The Varnia Commission of Inquiry found that Ostland troops executed civilians in Dorav.\n\nThe Commission, established by "
     "the UN Human Rights Council in May 2022 and composed of Arvo Tenn (chair) and Lena Varik, presented its second report "
     "in Geneva on 16 March.\n", "UN Human Rights Council", {"Arvo Tenn", "Lena Varik"}),
    ("The Tesk Panel of Experts found that militias had abducted students in Dorav.\n\nThe panel, created by the Ostland "
     "parliament in 2021 and composed of Mira Kallas and Peter Dalk, published its final report on Monday.\n",
     "Ostland parliament", {"Mira Kallas", "Peter Dalk"}),
])
def test_the_body_that_set_up_an_inquiry_did_not_write_its_report_and_its_members_were_not_investigated(rules, text, founder, members):
    rows = extract_rows(rules, text, "2023-03-20")
    found = find(rows, "investigation")
    assert found
    assert not [r for r in found if founder in name(r["investigator"])]
    assert not [r for r in found if name(r.get("target")) in members]


# -- a body that says it will investigate has taken the inquiry on (recall layer: ongoing) --------------------------------

RECALL = 0.35


@pytest.mark.parametrize("text, investigator", [
    ("Ostland's interior ministry said on Tuesday it would investigate a video that appears to show police beating a "
     "detainee in Dorav.\n", "interior ministry"),
    ("The Varnian army said it will investigate reports that its soldiers shot civilians near Tesk.\n", "Varnian army"),
    ("DORAV, May 3 - Ostland's defence ministry said on Monday it would investigate footage of soldiers beating a man, "
     "but suggested it could have been staged.\n", "defence ministry"),
])
def test_a_body_that_says_it_will_investigate_an_abuse_is_investigating_it_less_certainly(rules, text, investigator):
    rows = extract_rows(rules, text, "2024-05-03")
    found = [r for r in find(rows, "investigation", investigator=investigator)]
    assert [(r["finding"], r["confidence"]) for r in found] == [("ongoing", RECALL)]


@pytest.mark.parametrize("text", [
    "Amnesty International said the government would never investigate the killings of protesters in Dorav.\n",
    "The Varnian army said it would not investigate claims that its soldiers shot civilians near Tesk.\n",
])
def test_an_inquiry_refused_or_expected_of_someone_else_is_not_the_speakers(rules, text):
    rows = extract_rows(rules, text, "2024-05-03")
    assert not find(rows, "investigation", finding="ongoing")


# -- family: a relative's first name the NER took for a place --------------------------------------------------------------

@pytest.mark.parametrize("text, relative", [
    ("The State Department today designated Arvo Varik, a former governor of Dorav, and his family: his wife, Mira Varik; "
     "his daughter, Lena Varik; and his son, Israel Zvi Varik.\n", "Israel Zvi Varik"),
    ("The State Department today designated Arvo Varik, a former governor of Dorav, and his family: his wife, Mira Varik; "
     "and his son, Jordan Elias Varik.\n", "Jordan Elias Varik"),
])
def test_a_name_set_off_after_a_relation_word_is_a_persons_though_its_first_word_is_a_countrys(rules, text, relative):
    rows = extract_rows(rules, text, "2021-03-05")
    assert find(rows, "family", person="Arvo Varik", relation="child", relative=relative)
    assert find(rows, "family", person="Arvo Varik", relation="spouse", relative="Mira Varik")


def test_a_place_alone_after_a_relation_word_is_no_relative(rules):
    rows = extract_rows(rules, "Arvo Varik has lived with his wife, Mira Varik, in Israel since 2019.\n", "2021-03-05")
    assert {name(r["relative"]) for r in find(rows, "family", person="Arvo Varik")} == {"Mira Varik"}


# -- fighters a text names by a common noun are the doers, not the state's forces told of before ---------------------------

@pytest.mark.parametrize("text, doer", [
    ("Police beat protesters in Dorav on Monday. The rebels themselves have carried out massacres and beheadings.", "rebels"),
    ("Police detained two students in Dorav on Monday. Islamist insurgents have killed dozens of villagers.", "Islamist insurgents"),
    ("Soldiers raided the market in Tesk. Armed bandits later abducted 40 schoolchildren from a nearby village.", "Armed bandits"),
])
def test_fighters_named_by_a_common_noun_are_the_doers_of_their_own_clause(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    later = [r for r in find(rows, "abuse") if r["evidence"][0]["start"] > text.index(". ")]
    assert later and {name(r["perpetrator"]) for r in later} == {doer}


def test_a_bodys_own_fighters_are_the_body(rules):
    rows = extract_rows(rules, "The Dorav Brigade took Tesk in May, and its fighters killed dozens of villagers.\n", "2024-05-02")
    assert perpetrators(rows, "extrajudicial_killing") == {"Dorav Brigade"}
