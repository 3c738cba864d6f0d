"""Round 25 (rulesB): who speaks, denies or holds a post when the text names them by what they are.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire.
"""

import pytest

from extract.claimhelp import extract_rows, find, name


def _speakers(rows):
    return {name(c["speaker"]) for c in find(rows, "statement")}


# -- counsel who speak without a name of their own are the speakers, not their clients --------------------------------------

@pytest.mark.parametrize("text, speaker", [
    # news: the client named by a possessive
    ("Danek's lawyer told reporters outside the court that his client would appeal.", "Danek's lawyer"),
    # news: the client named by "for"
    ("Ivo Danek had nothing to do with the killing, a lawyer for the businessman said in a statement on Monday.",
     "lawyer for the businessman"),
    # NGO report: one of several counsel
    ("One of the defence lawyers told journalists after the hearing that the verdict had been decided in advance.",
     "One of the defence lawyers"),
    # press release of a bar: plural counsel
    ("Their lawyers said in a statement on Thursday that Petra Orlova and Tomas Velkor would appeal.", "Their lawyers"),
])
def test_unnamed_counsel_speak_for_themselves(rules, text, speaker):
    rows = extract_rows(rules, text, "2024-05-02")
    assert speaker in _speakers(rows)
    assert not _speakers(rows) & {"Ivo Danek", "Danek", "Petra Orlova", "Tomas Velkor"}


def test_a_named_lawyer_is_the_named_person(rules):
    rows = extract_rows(rules, "His lawyer, Ivo Danek, told reporters the case against Petra Orlova was political.\n", "2024-05-02")
    assert "Ivo Danek" in _speakers(rows)
    assert not any("lawyer" in s.lower() for s in _speakers(rows))


# -- "told reporters" joined to another verb keeps that verb's subject --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tomas Velkor, now a congressman, wept as the verdict was read and told reporters that justice had been done.",
    "Tomas Velkor left the court and told journalists that he would keep campaigning.",
    "The director of the Varn Rights Centre, Tomas Velkor, visited the prison on Monday and told reporters the cells were overcrowded.",
])
def test_told_reporters_after_another_verb(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert "Tomas Velkor" in _speakers(rows)


def test_told_without_the_press_is_no_statement(rules):
    rows = extract_rows(rules, "Tomas Velkor wept as the verdict was read and told his family that he was relieved.\n", "2024-05-02")
    assert not find(rows, "statement")


# -- the accused named by what they are deny the charges themselves ----------------------------------------------------------

def _deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


@pytest.mark.parametrize("text, denier", [
    # news: a verdict story
    ("A court in Varn convicted three police officers of the murder of Tomas Velkor. The three convicted defendants had "
     "denied the charges throughout the trial.", "The three convicted defendants"),
    # news: a relative clause
    ("A military court sentenced Anton Brel and nine others to life in prison. The defendants, who deny the charges, "
     "refused to take part in the proceedings.", "The defendants"),
    # NGO report: a family named by its surname
    ("Mira Velkor and her brother Anton Velkor were charged with ordering the killings of 30 people. The Velkors have "
     "always denied the accusations.", "The Velkors"),
])
def test_a_group_named_by_a_noun_denies_the_charges(rules, text, denier):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert denier.removeprefix("The ") in {d.removeprefix("The ") for d in _deniers(rows)}


def test_a_group_denying_something_else_is_no_denial(rules):
    text = "Mira Velkor was detained on Monday. The defendants were denied access to their lawyers for a week.\n"
    rows = extract_rows(rules, text, "2024-05-02")
    assert not any("defendants" in d.lower() for d in _deniers(rows))


# -- a state that says it knows nothing of an arrest denies it ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two activists, Anton Brel and Mira Sand, were arrested by armed men in Varn on 9 July. The government has said it knows nothing of their arrest.",
    "Armed men arrested Anton Brel in Varn last week. The Ostland government said it knew nothing of his arrest.",
    "Anton Brel has been held incommunicado since his arrest in Varn. The Ostland government says it knows nothing of the arrest.",
])
def test_knowing_nothing_of_an_abuse_denies_it(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert any("government" in d.lower() or d == "Ostland" for d in _deniers(rows))


def test_a_monitor_knowing_nothing_denies_nothing(rules):
    text = "Anton Brel was arrested in Varn on 9 July. The Varn Rights Centre said it knows nothing of his whereabouts.\n"
    rows = extract_rows(rules, text, "2024-05-02")
    assert not find(rows, "denial")


# -- the issuing state's own officials speak for the issuer, not for the state the release is about --------------------------

def _orgs_of(rows, surname):
    return {name(c["org"]) for c in find(rows, "position") if name(c["person"]).endswith(surname)}


@pytest.mark.parametrize("text, surname, issuer", [
    # a UK release: the foreign secretary speaks after the lede
    ("Press release\n\nThe UK has today sanctioned three senior officers of Ostland's Interior Ministry, including Ivo "
     "Danek, for serious human rights violations against protesters in Marsk.\n\nForeign Secretary Anton Brel said the "
     "scenes in Marsk had shocked the world and that those responsible would be held to account.\n", "Brel", "United Kingdom"),
    # a Treasury release: the official's words quoted before the attribution, with the subject country inside the quote
    ("WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated Ivo Danek "
     "pursuant to Executive Order (E.O.) 14911.\n\n\"These individuals have torn Ostland apart,\" said Under Secretary for "
     "Terrorism and Financial Intelligence Tomas Velkor, adding that the United States would keep working with its "
     "partners.\n", "Velkor", "Department of the Treasury"),
    # a statement by a state department
    ("Press Statement\n\nThe Department of State is today designating Ivo Danek, a commander in Ostland, under Section "
     "7031(c) for his involvement in gross violations of human rights.\n\nUnder Secretary for Civilian Security Mira Sand "
     "said the United States "
     "would continue to promote accountability.\n", "Sand", "Department of State"),
])
def test_an_official_quoted_by_the_issuing_release_serves_the_issuer(rules, text, surname, issuer):
    rows = extract_rows(rules, text, "2024-05-02")
    assert issuer in _orgs_of(rows, surname)
    assert "Ostland" not in _orgs_of(rows, surname)
    assert not find(rows, "sanction", target=[r for r in [name(c["person"]) for c in find(rows, "position")] if r.endswith(surname)][0])


def test_the_subject_states_leader_told_of_in_a_release_keeps_his_state(rules):
    text = ("Press release\n\nThe UK has today sanctioned three senior officers of Ostland's Interior Ministry for serious "
            "human rights violations.\n\nThousands have protested in Moldova since 28 November, when Prime Minister "
            "Anton Brel announced that his government would not seek to join the union.\n")
    rows = extract_rows(rules, text, "2024-05-02")
    assert _orgs_of(rows, "Brel") == {"Moldova"}


@pytest.mark.parametrize("text", [
    "Today President Anton Brel issued Executive Order (E.O.) 14911, \"Imposing Certain Sanctions on Persons Undermining "
    "Peace in Ostland,\" which gives the United States a new tool.",
    "On Monday President Anton Brel signed Executive Order (E.O.) 14911, which imposes sanctions on persons undermining peace in Ostland.",
    "Yesterday President Anton Brel issued Executive Order 14911 blocking the property of those who threaten peace in Ostland.",
])
def test_the_president_who_issues_an_order_is_no_target_and_today_no_title(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    held = {(c["role"], name(c["org"])) for c in find(rows, "position") if name(c["person"]).endswith("Brel")}
    assert ("President", "United States") in held
    assert not find(rows, "sanction", target="Anton Brel") and not find(rows, "sanction", target="Brel")


# -- a head line that says what the text is, with a number, an adjective or commas around it ---------------------------------

@pytest.mark.parametrize("text, speaker, medium", [
    # an EU council release with its number
    ("Ostland: Council imposes restrictive measures on two commanders\n\nCouncil of the EU\nPress release 412/19\n"
     "Brussels, 10 July 2019\n\nThe Council today imposed an asset freeze on Ivo Danek.\n", "Council of the European Union", "press release"),
    # an NGO's public statement
    ("Ostland: Authorities must reveal the fate of Ivo Danek\n\nPublic statement\nAmnesty International\n23 July 2024\n\n"
     "Two weeks after his arrest, the whereabouts of Ivo Danek remain unknown.\n", "Amnesty International", "public statement"),
    # an NGO report's issuer line with the kind between commas
    ("Ostland: hundreds disappeared in the name of security\n\nAmnesty International, report summary, 13 July 2016\n\n"
     "SUMMARY\n\nSince early 2015, Ostland's security agency has abducted hundreds of people.\n", "Amnesty International", "report"),
])
def test_a_head_line_naming_the_kind_of_text_makes_it_the_issuers_statement(rules, text, speaker, medium):
    rows = extract_rows(rules, text, "2024-07-23")
    assert (speaker, medium) in {(name(c["speaker"]), name(c["medium"])) for c in find(rows, "statement")}


def test_a_head_line_with_only_a_date_and_place_is_no_statement(rules):
    text = ("Ostland: hundreds disappeared in the name of security\n\nMarsk, 13 July 2016\n\n"
            "Since early 2015, Ostland's security agency has abducted hundreds of people.\n")
    rows = extract_rows(rules, text, "2024-07-23")
    assert not find(rows, "statement")


# -- a lede that quotes an order's title still tells what its issuer did "today" ----------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today announced that the "
     "five individuals listed in the Annex to Executive Order (E.O.) 14911, \"Blocking Property of Certain Persons "
     "Contributing to the Conflict in Ostland,\" are subject to U.S. sanctions.\n", "Department of the Treasury"),
    ("The Department of State today designated Ivo Danek under Section 7031(c) of the \"Department of State, Foreign "
     "Operations, and Related Programs Appropriations Act\" for his involvement in gross violations of human rights.\n",
     "Department of State"),
    ("The Varn Rights Centre today published \"Nowhere to Hide\", a report on the disappearance of 40 activists in Ostland.\n",
     "Varn Rights Centre"),
])
def test_a_lede_quoting_a_title_is_still_the_issuers(rules, text, speaker):
    rows = extract_rows(rules, text, "2024-05-02")
    assert speaker in _speakers(rows)


@pytest.mark.parametrize("text", [
    "\"We will not rest until Ivo Danek is freed, and today we ask for your help,\" the Varn Rights Centre said.\n",
    "President Anton Brel today signed Executive Order (E.O.) 14911, \"Blocking the Property of Persons Involved in Serious "
    "Human Rights Abuse,\" which takes effect immediately.\n",
])
def test_today_in_a_quote_or_a_signing_president_makes_no_release(rules, text):
    rows = extract_rows(rules, text, "2024-05-02")
    assert not any(name(c["medium"]) == "press release" for c in find(rows, "statement"))


# -- the document that carries a sanction is never its target ---------------------------------------------------------------

def _targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


@pytest.mark.parametrize("text", [
    # a Treasury release
    "OFAC today announced that the five individuals listed in the Annex to Executive Order (E.O.) 14911 are subject to "
    "sanctions. Among them is Ivo Danek, a former minister.",
    # the order described
    "President Anton Brel signed Executive Order (E.O.) 14911 on Monday. The E.O. also authorizes sanctions on anyone "
    "found to have recruited child soldiers in Ostland.",
    # a list set out in an annex
    "The Council designated Ivo Danek and three others under Council Regulation (EU) 2024/1234. The persons are listed in "
    "Annex I to the Regulation, which imposes an asset freeze.",
])
def test_a_document_or_its_annex_is_no_target(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert not _targets(rows) & {"Annex", "E.O.", "Annex I"}


def test_a_person_designated_beside_an_annex_still_is(rules):
    text = ("OFAC today designated Ivo Danek pursuant to Executive Order (E.O.) 14911; his name is added to the Annex "
            "to the order.\n")
    rows = extract_rows(rules, text, "2024-05-02")
    assert "Ivo Danek" in _targets(rows)


# -- an inquiry a report asks for is not held, though the sentence names the report --------------------------------------------

@pytest.mark.parametrize("text", [
    "Police beat and detained dozens of protesters in Marsk. The Public Prosecutor should open independent investigations "
    "into the allegations set out in this report.",
    "Soldiers killed 12 villagers in Varn in March. The Ostland authorities must launch an impartial investigation into the "
    "killings described in this report.",
    "Guards tortured detainees at Marsk prison. The Interior Ministry should order a prompt inquiry into the abuses this "
    "report describes.",
])
def test_an_inquiry_asked_for_beside_the_report_is_none(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert not find(rows, "investigation")


def test_an_inquiry_opened_is_one(rules):
    text = "Police beat protesters in Marsk. The Public Prosecutor has opened an investigation into the allegations set out in the report.\n"
    rows = extract_rows(rules, text, "2024-05-02")
    assert find(rows, "investigation")


# -- the head of state's spouse holds a title of the state -------------------------------------------------------------------

@pytest.mark.parametrize("text, state", [
    # a designation release
    ("The Department of State is publicly designating former President of Moldova Anton Brel and his wife, former First "
     "Lady Mira Brel, under Section 7031(c) due to their involvement in significant corruption.", "Moldova"),
    # news
    ("Prosecutors in Moldova charged First Lady Mira Brel with embezzling funds meant for children's hospitals.", "Moldova"),
    # NGO report
    ("In Honduras, First Lady Mira Brel chaired the charity through which, investigators say, the money was diverted.", "Honduras"),
])
def test_first_lady_is_of_the_state(rules, text, state):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert ("First Lady", state) in {(c["role"], name(c["org"])) for c in find(rows, "position") if name(c["person"]) == "Mira Brel"}


def test_a_lady_of_a_body_is_no_state_title(rules):
    rows = extract_rows(rules, "Mira Brel, a lady-in-waiting, told reporters in Moldova that she had seen nothing.\n", "2024-05-02")
    assert not find(rows, "position", person="Mira Brel")


# -- a list's lead-in before a title set off before a name is no part of the title -------------------------------------------

@pytest.mark.parametrize("text, org, role", [
    ("Estonia and Latvia have imposed entry bans on several individuals, among them Ostland Unity's founder, Ivo Danek.",
     "Ostland Unity", "founder"),
    ("The Treasury designated four officials, including the Marsk Guard's commander, Ivo Danek, on Tuesday.",
     "Marsk Guard", "commander"),
    ("Rights groups named several men responsible, notably the Varn Brigade's leader, Ivo Danek.", "Varn Brigade", "leader"),
])
def test_a_list_lead_in_is_no_part_of_the_title(rules, text, org, role):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert (role, org) in {(c["role"], name(c["org"])) for c in find(rows, "position") if name(c["person"]) == "Ivo Danek"}


# -- a title after an alias in brackets ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "5. Abdoulaye Danek (a.k.a. Tomas Velkor), the leader of the Ostland Democratic Front (ODF), an armed group active in the west.",
    "The Council listed Abdoulaye Danek (alias \"The Hammer\"), the leader of the Ostland Democratic Front, on Monday.",
    "Witnesses named Abdoulaye Danek (also known as Tomas Velkor), the leader of the Ostland Democratic Front, as the man in charge.",
])
def test_a_title_after_an_alias_in_brackets(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert ("leader", "Ostland Democratic Front") in {(c["role"], name(c["org"])) for c in find(rows, "position")
                                                       if name(c["person"]) == "Abdoulaye Danek"}
