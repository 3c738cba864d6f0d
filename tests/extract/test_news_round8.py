"""News and NGO reports, round 8: who suffered an abuse versus who did it when a participle follows its noun,
the fight against an abuse, and what a force did before a passive. Every name, body and place here is invented."""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators

DATE = "2024-03-14"  # a Thursday


def victims(rows):
    return {name(c["victim"]) for c in find(rows, "abuse") if c.get("victim")}


# a participle after its noun: the noun suffered it ----------------------------------------------------------------


@pytest.mark.parametrize("text,sufferers,force", [
    ("Soldiers of the Ruritanian army opened fire on the march in Velm. "
     "Opposition leaders Anna Korvel and Petr Sask were among those beaten outside the ministry.",
     {"Anna Korvel", "Petr Sask"}, "Ruritanian army"),
    ("Riot police dispersed the rally in Tesk on Monday. Among those detained was Ivo Darran, a teacher from Oskia.",
     {"Ivo Darran"}, "Riot police"),
    ("the national guard raided the campus at dawn. two student leaders, mira lok and tomas vey, were among those arrested.",
     {"mira lok", "tomas vey"}, "national guard"),
])
def test_people_counted_among_those_an_abuse_befell_are_its_victims_never_its_perpetrators(rules, text, sufferers, force):
    rows = extract_rows(rules, text, DATE)
    assert not perpetrators(rows) & sufferers
    assert perpetrators(rows) <= {force}


@pytest.mark.parametrize("text,who", [
    ("Police broke up the march in Velm. Dozens of students were among those detained, witnesses said.", "Police"),
    ("Marovian troops stormed the village of Kesh. Several farmers were among those killed.", "Marovian troops"),
])
def test_a_participle_after_its_noun_is_a_passive_the_force_acting_before_did(rules, text, who):
    assert perpetrators(extract_rows(rules, text, DATE)) == {who}


def test_a_participle_with_its_own_agent_still_names_that_agent(rules):
    rows = extract_rows(rules, "The report lists 40 people detained by the Oskian border guard in 2023.", DATE)
    assert perpetrators(rows) == {"Oskian border guard"}


# the fight against an abuse is none ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Anti-corruption campaigners in Velm criticised the ruling as lenient.",
    "We support the work of the Special Anti-Corruption Office of Castavia.",
    "Officials of the Tarvonian Anti-Torture Committee met donors in Kesh on Monday.",
    "The counter-trafficking unit of the Oskian police opened an office in Tesk.",
])
def test_an_abuse_word_after_anti_names_the_fight_against_it(rules, text):
    assert not find(extract_rows(rules, text, DATE), "abuse")


def test_an_abuse_told_beside_a_fight_against_it_is_still_read(rules):
    rows = extract_rows(rules, "Veloria passed an anti-torture law on Monday; its police had tortured hundreds of detainees in 2020.", DATE)
    assert {c["abuse_type"] for c in find(rows, "abuse")} == {"torture"}


# the force a passive borrows acted on someone -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "He was freed after the Oskian government intervened, and said he had been beaten.",
    "The Castavian foreign ministry protested on Monday. The two reporters were later detained, their editor said.",
])
def test_a_body_that_only_intervened_or_protested_is_not_who_acted_in_a_later_passive(rules, text):
    assert not {p for p in perpetrators(extract_rows(rules, text, DATE)) if "Oskian" in p or "Castavian" in p}


@pytest.mark.parametrize("text,who", [
    ("Soldiers fired on the crowd in Tesk. Several people were killed.", "Soldiers"),
    ("Police in Velm raided the offices of the newspaper. Two editors were detained.", "Police"),
])
def test_a_force_that_acted_on_people_or_places_is_who_acted_in_the_passive_after(rules, text, who):
    assert who in perpetrators(extract_rows(rules, text, DATE))


# investigations held by whoever opens, conducts or closes them --------------------------------------------------------


def investigations(rows):
    return {name(c["investigator"]): c for c in find(rows, "investigation")}


@pytest.mark.parametrize("text,who,finding", [
    ("The International Criminal Court opened a preliminary examination into the killings in Velm in March 2019.",
     "International Criminal Court", "ongoing"),
    ("The Castavian Human Rights Ombudsman launched an inquiry into the deaths of three miners.", "Castavian Human Rights Ombudsman", "ongoing"),
    ("In 2021 the Tarvonian Truth Commission completed its investigation into the disappearances.", "Tarvonian Truth Commission", None),
])
def test_a_body_that_opens_conducts_or_closes_an_inquiry_is_its_investigator(rules, text, who, finding):
    found = investigations(extract_rows(rules, text, DATE))
    assert set(found) == {who}
    assert found[who].get("finding") == finding


@pytest.mark.parametrize("text,who", [
    ("Oskian investigating judges completed their inquiry into the massacre in 2016.", "Oskian investigating judges"),
    # (round 24: the place they sit in is part of their name, as the annotated corpus names "Prosecutors in France and Germany")
    ("Two investigating magistrates in Velm opened an inquiry into the deaths.", "investigating magistrates in Velm"),
    ("military prosecutors opened a criminal investigation into the shooting on Monday.", "military prosecutors"),
])
def test_investigators_named_by_their_office_in_lower_case_are_a_body_of_their_own(rules, text, who):
    assert set(investigations(extract_rows(rules, text, DATE))) == {who}


@pytest.mark.parametrize("text", [
    "The president ordered an inquiry into the killings on Monday.",
    "The interior ministry rejected the report as biased.",
    "Rights groups demanded an independent investigation into the shootings.",
    "The prosecutor did not open an investigation into the deaths.",
])
def test_who_orders_demands_rejects_or_never_opens_an_inquiry_holds_none(rules, text):
    assert not find(extract_rows(rules, text, DATE), "investigation")


def test_a_body_that_has_begun_investigating_is_investigating(rules):
    rows = extract_rows(rules, "The Independent Police Complaints Board of Castavia said on Tuesday it had begun investigating the shootings.", DATE)
    assert investigations(rows)["Independent Police Complaints Board of Castavia"]["finding"] == "ongoing"


# held on a charge of an abuse: the suspect did it, allegedly ----------------------------------------------------------


@pytest.mark.parametrize("text,who,code", [
    ("Former police chief Arno Vesk was detained at his home in Tesk on charges of torture and enforced disappearance.",
     "Arno Vesk", "torture"),
    ("Police arrested Colonel Ida Marsh on suspicion of murder on Monday.", "Ida Marsh", "extrajudicial_killing"),
    ("The former governor, Pavel Oran, was arrested in Kesh on allegations of kidnapping.", "Pavel Oran", "enforced_disappearance"),
])
def test_who_is_held_on_a_charge_of_an_abuse_is_its_alleged_perpetrator_and_no_victim(rules, text, who, code):
    rows = extract_rows(rules, text, DATE)
    assert who in perpetrators(rows, code)
    assert not find(rows, "abuse", abuse_type="arbitrary_detention")


def test_held_on_a_charge_that_names_no_abuse_is_still_a_detention(rules):
    rows = extract_rows(rules, "Police arrested the journalist Tomas Vey on charges of extremism.", DATE)
    assert perpetrators(rows, "arbitrary_detention") == {"Police"}


# who reacts to an abuse, and the agent described twice ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Anna Korvel, a lawyer for the families, welcomed the arrest of the two officers.",
    "The Oskian bar association praised the detention of the suspects in the killing.",
    "Opposition leader Mira Lok hailed the conviction of the police officers who tortured her brother.",
])
def test_who_welcomes_or_praises_an_arrest_did_not_make_it(rules, text):
    assert not {p for p in perpetrators(extract_rows(rules, text, DATE)) if p.split()[-1] in ("Korvel", "association", "Lok")}


@pytest.mark.parametrize("text,who", [
    ("Witnesses say the beatings were carried out mainly by the Rapid Response Unit, the Interior Ministry's riot police.",
     "Rapid Response Unit"),
    ("The detainees were tortured by the Seventh Directorate, a military intelligence unit, lawyers said.", "Seventh Directorate"),
])
def test_an_agent_described_again_in_apposition_is_one_perpetrator(rules, text, who):
    assert perpetrators(extract_rows(rules, text, DATE)) == {who}


# a list of demands tells no abuse --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Since 2019 the Kesh Liberation Front has killed hundreds of villagers in the north.\n\n"
    "Recommendations\n\nThe Oskian Human Rights Centre calls on the Oskian authorities to:\n"
    "- end the use of torture and incommunicado detention and close all secret places of detention;\n"
    "- stop harassing, detaining and threatening members of the Kesh Youth Committee;\n"
    "- release those held without charge.",
    "Soldiers of the 4th Brigade raided the village of Tesk in May.\n\nWe urge the government of Castavia to:\n\n"
    "1. order an independent investigation into the killing of farmers in Tesk;\n"
    "2. end arbitrary arrests of journalists.",
])
def test_items_under_a_lead_that_asks_someone_to_act_tell_no_abuse(rules, text):
    rows = extract_rows(rules, text, DATE)
    demands = text[text.index("to:"):]
    assert not [c for c in find(rows, "abuse") if any(ev["start"] >= text.index("to:") for ev in c["evidence"])], demands


def test_a_bulleted_list_of_what_happened_still_tells_abuses(rules):
    text = ("The report documents how the Castavian National Guard treated detainees in 2023:\n"
            "- soldiers of the National Guard beat detainees with batons;\n"
            "- guards tortured two students in the Tesk barracks.")
    assert find(extract_rows(rules, text, DATE), "abuse")


# whom a demand asks to stop an abuse is who is doing it -----------------------------------------------------------------


@pytest.mark.parametrize("text,who,code", [
    ("Soldiers raided Tesk in May. Rights groups urged the Castavian authorities to release those held without charge.",
     "Castavian authorities", "arbitrary_detention"),
    ("Soldiers raided Tesk in May. The Oskian Helsinki Committee called on donors to press the junta to end the disappearances.",
     "junta", "enforced_disappearance"),
    ("The EU urged the Tarvonian government to stop the persecution of Uyghurs.", "Tarvonian government", "persecution"),
])
def test_whom_a_demand_asks_to_end_or_undo_an_abuse_is_its_perpetrator(rules, text, who, code):
    rows = extract_rows(rules, text, DATE)
    assert perpetrators(rows, code) == {who}


def test_a_demand_is_no_finding_of_whoever_makes_it(rules):
    rows = extract_rows(rules, "Amnesty International called on the Veloran government to free the detained students.", DATE)
    assert not find(rows, "investigation")


def test_a_government_that_vows_to_end_an_abuse_is_not_charged_with_it(rules):
    assert not find(extract_rows(rules, "Veloria's government vowed to end torture in its prisons.", DATE), "abuse")


# "they" after a force is named -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,who", [
    ("The Rapid Support Brigade stormed the town of Orla in March. They killed dozens of civilians.", "Rapid Support Brigade"),
    ("Oskian border guards drove the migrants back across the river. They beat several men with sticks.", "Oskian border guards"),
])
def test_they_after_a_force_acting_is_that_force(rules, text, who):
    assert who in perpetrators(extract_rows(rules, text, DATE))


def test_they_in_a_witness_quote_is_not_the_last_force_the_story_named(rules):
    text = ('Soldiers patrolled the district of Tesk on Friday.\n\n"They came at night and took my two sons," '
            'said a woman in Tesk who asked not to be named.')
    rows = extract_rows(rules, text, DATE)
    assert "Soldiers" not in perpetrators(rows, "enforced_disappearance")


def test_they_as_a_witness_who_speaks_is_no_perpetrator(rules):
    rows = extract_rows(rules, "Amnesty International interviewed 40 refugees in Kesh. They said soldiers had beaten them.", DATE)
    assert perpetrators(rows) == {"soldiers"}


# a court that convicts for an abuse has found it proven -----------------------------------------------------------------


@pytest.mark.parametrize("text,court,convicted", [
    ("Castavia court jails ex-army chief\n\nVELM, May 2 - A court in Castavia on Wednesday sentenced former army chief "
     "Arno Vesk to 20 years in prison for the massacre of protesters in 2019.", "A court in Castavia", "Arno Vesk"),
    ("A court in Castavia on Thursday found three police officers guilty of murdering a teenager.", "A court in Castavia",
     "three police officers"),
    ("The Tesk Regional Court convicted two soldiers of torturing detainees.", "Tesk Regional Court", "two soldiers"),
])
def test_a_court_convicting_someone_of_an_abuse_is_a_confirmed_investigation_of_them(rules, text, court, convicted):
    found = investigations(extract_rows(rules, text, DATE))
    assert set(found) == {court}
    assert name(found[court]["target"]) == convicted and found[court]["finding"] == "confirmed"


# (round 21: a court jailing a critic, "sentenced the blogger Ida Marsh to six years", is a verdict the annotated
# corpus counts as the court's confirmed finding on her, fresh10 to fresh18 alike: see test_round21_rulesA.py)
@pytest.mark.parametrize("text", [
    "A court in Velm acquitted two soldiers accused of torturing detainees.",
])
def test_a_court_acquitting_confirms_no_abuse_of_the_one_tried(rules, text):
    assert not [c for c in find(extract_rows(rules, text, DATE), "investigation") if c.get("finding") == "confirmed"]


# "the Bureau" after the body's full name ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,who", [
    ("The Oskian International Bureau for Human Rights (OIBHR) said today that detainees were beaten. "
     "The Bureau, working with lawyers, interviewed former detainees in Kesh.", "Oskian International Bureau for Human Rights"),
    ("The Castavian Centre for Civil Liberties said on Monday that police had tortured students. "
     "The centre documented 40 cases in Velm.", "Castavian Centre for Civil Liberties"),
])
def test_the_body_named_again_by_a_word_of_its_name_investigates(rules, text, who):
    assert who in investigations(extract_rows(rules, text, DATE))


def test_a_word_of_a_name_that_no_earlier_body_has_names_no_investigator(rules):
    rows = extract_rows(rules, "The Oskian Bar Association met on Monday. The bureau interviewed former detainees in Kesh.", DATE)
    assert "Oskian Bar Association" not in investigations(rows)


# the press investigates when the text says its investigation; it never perpetrates -----------------------------------------


@pytest.mark.parametrize("text,who", [
    ("The scheme, which was exposed in 2019 by a joint investigation of the Velm Herald and two other outlets, "
     "diverted millions from the customs service run by Arno Vesk.", "Velm Herald"),
    ("An investigation by the Kesh Times found that officials of the Oskian customs service took bribes.", "Kesh Times"),
])
def test_a_news_outlet_whose_investigation_the_text_names_is_an_investigator_and_no_perpetrator(rules, text, who):
    rows = extract_rows(rules, text, DATE)
    assert who in investigations(rows)
    assert who not in perpetrators(rows)


def test_a_news_outlet_that_only_reports_is_no_investigator(rules):
    rows = extract_rows(rules, "The Kesh Times reported that police had beaten protesters in Velm.", DATE)
    assert "Kesh Times" not in investigations(rows)
    assert perpetrators(rows) == {"police"}


# an inquiry's full name, and who runs it is not its target ----------------------------------------------------------------


def test_a_commission_of_inquiry_into_something_keeps_its_whole_name_and_its_chair_is_no_target(rules):
    rows = extract_rows(rules, "The Judicial Commission of Inquiry into Allegations of State Capture in Castavia, chaired by "
                               "Judge Arno Vesk, continues to hear evidence against the Marsh brothers.", DATE)
    found = investigations(rows)
    assert set(found) == {"Judicial Commission of Inquiry into Allegations of State Capture"}
    assert name(found["Judicial Commission of Inquiry into Allegations of State Capture"].get("target")) != "Arno Vesk"


def test_a_commission_named_on_its_subject_keeps_its_name_without_the_place_it_sits_in(rules):
    rows = extract_rows(rules, "The Commission of Inquiry on Enforced Disappearances in Kesh has received 10,000 cases.", DATE)
    assert set(investigations(rows)) == {"Commission of Inquiry on Enforced Disappearances"}


# denied access is withheld, not denied ------------------------------------------------------------------------------------


def deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


@pytest.mark.parametrize("text", [
    "Detainees in Velm were beaten and denied access to lawyers, the Kesh Bar Association said.",
    '"People are being picked up and denied access to their families," said Anna Korvel, a lawyer in Tesk.',
    "Police denied them bail and held them for a week.",
    "The government denied the journalists entry to the region.",
])
def test_denying_someone_access_bail_or_entry_denies_no_accusation(rules, text):
    assert not deniers(extract_rows(rules, text, DATE))


def test_a_ministry_denying_findings_about_access_still_denies(rules):
    rows = extract_rows(rules, "Police beat detainees in Velm. The interior ministry denied the report's findings on access to lawyers.", DATE)
    assert deniers(rows) == {"interior ministry"}
