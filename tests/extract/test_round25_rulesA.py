"""Round 25 (rulesA): precision of abuse claims on new text. An order, act or programme never does a deed and the
deeds it provides for are criteria, not cases; ...

Short invented texts (people, units, bodies and places are made up).
"""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators


# -- an instrument is no doer, and the deeds it provides for are criteria ------------------------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "Today the Department designated two officials under Executive Order (E.O.) 15001. The E.O. also authorizes sanctions on anyone "
    "found to have targeted civilians through killings, rape or abduction in Ostland.",
    # news report
    "Marsk adopted the Varn Accountability Act in May. The Act allows the government to ban from entry anyone found to have "
    "tortured detainees or taken part in enforced disappearances.",
    # NGO report
    "Rights groups welcomed Regulation 2031 of the Council of Ostland. The regulation targets any person determined to be "
    "responsible for the arbitrary detention or torture of journalists.",
])
def test_deeds_an_instrument_provides_for_have_no_doer(rules, text):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows) == set()


@pytest.mark.parametrize("text", [
    "Section 4021(b) provides that, in cases where the Secretary of State has credible information that officials of foreign "
    "governments have been involved in significant corruption, those officials are ineligible for entry.",
    "Under Section 4021(b), a foreign official about whom the Secretary holds credible information of involvement in torture "
    "is ineligible for entry into the United States.",
])
def test_a_statutes_conditions_name_no_case(rules, text):
    rows = extract_rows(rules, "Colonel Ivo Dral commanded the Varn brigade for ten years. " + text + "\n", "2022-01-10")
    assert perpetrators(rows) == set()


def test_an_instrument_that_lists_people_tells_their_deeds(rules):
    """Listing is no criterion: the listed are told to have done what they are listed for."""
    rows = extract_rows(rules, "Marsk today imposed sanctions under the Varn Accountability Act. The regulations list 12 Ostlandic "
                              "officials connected to the detention and torture of Ivo Dral, a lawyer.\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"12 Ostlandic officials"}


# -- the accuser is not the accused ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, accuser", [
    ("Tomas Hel was a popular radio host in Varn. Hel had accused the businessman on air of embezzling public money with the help "
     "of officials.", "Tomas Hel"),
    ("Mira Olt was a well-known columnist at the Varn Herald. Olt had accused the minister in a column of embezzling state funds.",
     "Mira Olt"),
    ("Ivo Dral, a blogger, was found dead in Marsk on Monday. Dral had accused the governor in several posts of embezzling public money.",
     "Ivo Dral"),
])
def test_who_accuses_someone_did_not_do_it(rules, text, accuser):
    """A descriptor for the accused ("the businessman") may be read as the person the story is about, who is the
    accuser; the accuser of a deed is never its doer, and an accused the text names by no name read here is no one
    the rules may replace by the last doer told."""
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert accuser not in perpetrators(rows)


def test_the_accused_named_is_the_doer(rules):
    rows = extract_rows(rules, "The union accused Colonel Ivo Dral of torturing detainees in Varn.\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"Ivo Dral"}


# -- a court finding people guilty after a dateline is no doer --------------------------------------------------------------

@pytest.mark.parametrize("text, doer_word", [
    ("NAIROBI, July 15 - A Kenyan court on Friday found three police officers and a police informer guilty of murdering human rights "
     "lawyer Tomas Hel.", "officers"),
    ("VARN, May 3 - A military court in Varn on Friday found three soldiers and a militiaman guilty of murdering the journalist Tomas Hel.",
     "soldiers"),
    ("MARSK, June 2 (Reuters) - An Ostlandic tribunal on Tuesday found two guards and their commander guilty of torturing prisoners.",
     "guards"),
])
def test_the_court_of_a_dateline_sentence_is_no_doer(rules, text, doer_word):
    """The words between a dateline and the deed are the subject only when they are one phrase right before it;
    "A Kenyan court on Friday found ... guilty of" is the court's verdict on the ones it found guilty."""
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    doers = perpetrators(rows)
    assert doers and all(doer_word in d for d in doers)


def test_the_dateline_subject_still_does_the_deed(rules):
    rows = extract_rows(rules, "BANGKOK, April 12 - Myanmar's military killed 12 villagers in the north, witnesses said.\n", "2022-01-10")
    assert perpetrators(rows, "extrajudicial_killing") == {"military"}


# -- the voice and the hand of a sanction are not the designated ----------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("The Treasury today designated Ivo Dral and Mira Olt under E.O. 15001. \"The individuals designated today have fuelled killings "
     "and looting across Ostland,\" said Under Secretary for Terrorism Tomas Hel.", "Tomas Hel"),
    ("Marsk sanctioned two Varnish commanders on Monday. \"These men have overseen the torture of detainees,\" Foreign Minister "
     "Tomas Hel said in a statement.", "Tomas Hel"),
    ("The Council of Ostland listed three officers on Friday. \"Those listed today are responsible for killings of protesters,\" said "
     "Tomas Hel, the Council's spokesman.", "Tomas Hel"),
])
def test_who_speaks_for_a_sanction_did_not_do_the_deeds(rules, text, speaker):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert speaker not in perpetrators(rows)


@pytest.mark.parametrize("text, signer", [
    ("Today President Tomas Hel issued Executive Order 15001, \"Blocking Property of Persons Undermining Peace in Varn,\" which gives "
     "the Treasury a new tool to respond to violence against civilians, attempts to seize property, and the forced displacement of "
     "communities.", "Tomas Hel"),
    ("President Mira Olt on Monday signed the Varn Accountability Act, which targets officials responsible for the torture of "
     "detainees and the forced displacement of villagers.", "Mira Olt"),
    ("Governor Ivo Dral issued Decree 12, which allows the courts to ban officials involved in arbitrary detention from office.",
     "Ivo Dral"),
])
def test_who_signs_an_instrument_did_not_do_the_deeds_it_names(rules, text, signer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert signer not in perpetrators(rows)


def test_who_signs_a_decree_and_orders_arrests_made_them(rules):
    rows = extract_rows(rules, "President Mira Olt signed a decree in May and ordered the arrest of 40 protesters in Varn.\n", "2022-01-10")
    assert "Mira Olt" in perpetrators(rows, "arbitrary_detention")


def test_the_designated_named_in_a_spokesmans_words_did_the_deed(rules):
    rows = extract_rows(rules, "Tomas Hel, the Under Secretary, said the Treasury had designated Colonel Ivo Dral for the torture of "
                               "detainees in Varn.\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"Ivo Dral"}


# -- a court that rules on a deed did not do it -------------------------------------------------------------------------

@pytest.mark.parametrize("text, court", [
    ("Soldiers arrested the two journalists in Varn. The Supreme Court ruled on Tuesday that their detention was arbitrary and "
     "ordered their release.", "Supreme Court"),
    ("The guards beat Ivo Dral in custody. In 2021 the Constitutional Court of Ostland ruled that his torture violated the "
     "constitution.", "Constitutional Court of Ostland"),
    ("Police in Marsk detained the activists in January. The High Court in Varn later upheld their detention.", "High Court"),
    ("Police in Marsk detained the activists in January. A High Court in Varn ruled in March that their deportation had been illegal.",
     "High Court"),
])
def test_a_court_ruling_on_a_deed_did_not_do_it(rules, text, court):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert court not in perpetrators(rows) and perpetrators(rows)


# -- the doer named by a whole phrase: "the defence and security forces", "a group of soldiers and gendarmes" -------------

@pytest.mark.parametrize("text, doer", [
    ("Since the coup, the defence and security forces have killed dozens of people during demonstrations in Varn.",
     "defence and security forces"),
    ("Witnesses said armed and security forces detained more than 40 protesters in Marsk on Sunday.", "armed and security forces"),
    ("Ostland's army and security forces tortured detainees at the Varn barracks, the report found.", "army and security forces"),
])
def test_coordinated_forces_are_one_doer(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert doer in perpetrators(rows) and "forces" not in perpetrators(rows)


@pytest.mark.parametrize("text, doer", [
    ("On 9 July a group of soldiers and gendarmes arrested the two activists at a house in Varn.", "a group of soldiers and gendarmes"),
    ("Residents said the team of agents abducted Ivo Dral outside his radio station in Marsk.", "the team of agents"),
    ("A squad of police officers beat the protesters with batons in central Varn, the group said.", "A squad of police officers"),
])
def test_a_band_named_by_its_members_is_one_doer(rules, text, doer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert {d.lower() for d in perpetrators(rows)} == {doer.lower()}


def test_a_group_of_people_who_do_no_harm_is_no_doer(rules):
    rows = extract_rows(rules, "A group of lawyers said police had detained Ivo Dral in Varn.\n", "2022-01-10")
    assert not any("lawyers" in d for d in perpetrators(rows))


# -- an accusation denied, told in a "that" clause ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police spokespeople in Varn have in the past rejected accusations that officers carry out extrajudicial killings.",
    "The ministry denied allegations that soldiers had tortured detainees in Varn.",
    "The army has rejected claims that its troops abducted students in Marsk.",
])
def test_an_accusation_denied_names_no_doer(rules, text):
    """As "rejected the allegations of torture": the sentence tells the denial, and who denies did not do it."""
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows) == set()


def test_a_that_clause_told_not_denied_still_names_its_doer(rules):
    rows = extract_rows(rules, "Witnesses said that soldiers had tortured detainees in Varn.\n", "2022-01-10")
    assert perpetrators(rows, "torture") == {"soldiers"}


def test_a_denied_report_of_a_passive_deed_leaves_the_storys_doer(rules):
    rows = extract_rows(rules, "Riot police of the Varn Guard beat and detained hundreds of protesters in Marsk. The minister rejected "
                               "reports that detainees had been tortured.\n", "2022-01-10")
    assert perpetrators(rows, "torture")


# -- who sentences or convicts someone of a deed judges it --------------------------------------------------------------

@pytest.mark.parametrize("text, judge, doer", [
    ("Judge Mira Olt of the Varn High Court sentenced Ivo Dral, a former mayor, and his brother to life in prison without parole on "
     "57 counts of murder.", "Mira Olt", "Ivo Dral"),
    ("The judge, Mira Olt, convicted the two officers and sentenced them to 20 years over the killing of Tomas Hel.", "Mira Olt",
     "two officers"),
    ("Ostland's Supreme Court sentenced former commander Ivo Dral to 25 years in prison for the massacre of villagers in Varn.",
     "Supreme Court", "Ivo Dral"),
])
def test_who_sentences_for_a_deed_did_not_do_it(rules, text, judge, doer):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    doers = perpetrators(rows)
    assert judge not in doers and doer in doers


# -- a case or complaint of a deed filed against someone ------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Police in Varn detained the two women on Monday. Officers added that a case of abduction and rape had been registered against "
     "\"unknown armed men\" at the Varn police station.", "sexual_violence"),
    ("Guards at the Marsk prison beat Ivo Dral in May. His family later filed a complaint of torture against persons unknown at the "
     "prosecutor's office.", "torture"),
    ("Police in Varn detained the two men on Monday. A case of enforced disappearance was then opened against persons unknown at the "
     "Varn district court.", "enforced_disappearance"),
])
def test_a_case_filed_against_someone_is_no_deed_of_the_story_doer(rules, text, code):
    """As "charges of X against Y" (round 13): the filing is told, not the deed; it gives the doer of the story no
    new deed of that kind."""
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert perpetrators(rows, code) == set()


# -- "their" after the people a deed befell is theirs ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ostland: Authorities must reveal the fate of Varn Union activists Ivo Dral and Tomas Hel, missing since their arrest.",
    "The Marsk government should disclose the whereabouts of the two journalists, unseen since their abduction in May.",
    "Authorities in Varn must investigate the complaints of the opposition activists about their torture in custody, the group said.",
])
def test_their_deed_after_the_people_it_befell_is_no_precise_deed_of_the_body_before(rules, text):
    """"its"/"their" on a deed is the body named before it ("called on Ostland to end its persecution of ...") only
    when no people it befell stand between: "the fate of the activists, missing since their arrest" is theirs."""
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    precise = {name(c["perpetrator"]) for c in find(rows, "abuse") if c["confidence"] > 0.4}
    assert not any(d.lower().endswith(("authorities", "government")) for d in precise)


def test_its_deed_after_the_body_asked_is_the_bodys(rules):
    rows = extract_rows(rules, "The Varn Union called on Ostland to end its persecution of the Dorav minority.\n", "2022-01-10")
    assert perpetrators(rows) == {"Ostland"}


# -- "his wife, former First Lady X": the relative is X --------------------------------------------------------------------

@pytest.mark.parametrize("text, person, relative", [
    ("The Department of State is designating former Ostlandic President Ivo Dral, who held office from 2010 to 2014, and his wife, "
     "former First Lady Mira Olt Dral, due to their involvement in significant corruption.", "Ivo Dral", "Mira Olt Dral"),
    ("Marsk on Monday sanctioned the former governor Tomas Hel and his son, former Deputy Governor Arvo Hel, over the killings in Varn.",
     "Tomas Hel", "Arvo Hel"),
    ("Rights groups said Senator Lena Varga and her husband, former Deputy Minister Pavel Varga, had profited from the contracts.",
     "Lena Varga", "Pavel Varga"),
])
def test_a_relative_set_off_with_a_title_is_the_named_person(rules, text, person, relative):
    rows = extract_rows(rules, text + "\n", "2022-01-10")
    assert relative in {name(c["relative"]) for c in find(rows, "family", person=person)}


def test_a_relative_set_off_with_a_lower_case_description_stays_unnamed(rules):
    rows = extract_rows(rules, "Ivo Dral, a former mayor of Varn, and his wife, former schoolteacher, fled to Marsk.\n", "2022-01-10")
    assert not any(name(c["relative"]).startswith("Marsk") for c in find(rows, "family"))
