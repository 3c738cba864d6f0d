"""Round 24 (rulesB): sanctions only asked for, designations that appoint, laws imposed, and sanctions told as the
background of another designation.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire.
"""

import pytest

from extract.claimhelp import extract_rows, find, name, orgs


def _targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


# -- a second verb that shares a call's subject shares its fate ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # news: a court's account of what a defendant asked foreign states to do
    "The judges said Ivo Danek had led a conspiracy to ask Ostland and other countries to impose sanctions and take other "
    "hostile action against Marsk, and that he had used the Daily Voice to stir up hatred of the government.",
    # press release: a minister's appeal
    "The Marsk foreign minister urged the European Union to impose sanctions and freeze the assets of Petra Orlova's company.",
    # NGO report: a recommendation
    "The Varn Rights Centre called on donor states to adopt targeted sanctions and take further action against Tomas Velkor.",
])
def test_a_verb_joined_to_a_called_for_sanction_is_no_sanction(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert not find(rows, "sanction")


def test_a_joined_verb_with_its_own_subject_is_still_a_sanction(rules):
    text = ("Rights groups had long asked Ostland to act, and on Tuesday the Ostland Treasury designated Ivo Danek "
            "pursuant to Executive Order (E.O.) 14910.\n")
    rows = extract_rows(rules, text, "2024-05-02")
    assert "Ivo Danek" in _targets(rows)


# -- "designated ... to try cases": an appointment, not a listing; a law imposed is no sanction -----------------------------

@pytest.mark.parametrize("text", [
    # news
    "The three judges, Lena Koval, Anton Brel and Mira Sand, were chosen from a panel designated by the city's leader to try "
    "security cases under the law Marsk imposed in June 2020.",
    # press release
    "The Ministry of Justice has designated Judge Petra Orlova to hear the appeal of the Varn Daily Voice.",
    # NGO report
    "Tomas Velkor, a magistrate designated by the president to oversee the inquiry, closed the case within a week.",
])
def test_designating_someone_to_do_a_task_is_no_sanction(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert not find(rows, "sanction")


@pytest.mark.parametrize("text", [
    "The Treasury today designated the Marsk Guard as a foreign terrorist organization pursuant to Executive Order (E.O.) 14911.",
    "The asset freeze imposed on Ivo Danek under Executive Order (E.O.) 14911 took effect on Monday.",
])
def test_a_listing_or_a_sanction_imposed_still_counts(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert find(rows, "sanction")


# -- a kin word that describes a target is no target of its own ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "Ivo Danek's designation reflects the role that the president has delegated to his son, who Treasury said has helped "
    "to advance his father's ambitions.",
    # news
    "Ivo Danek, whose sanctioning was announced on Monday, ran the businesses that his brother had founded.",
    # NGO report
    "The designation of Ivo Danek, who manages the fortune his father's allies built, was welcomed by the Varn Rights Centre.",
])
def test_a_kin_word_describing_a_target_is_no_target(rules, text):
    intro = "The Treasury today designated Ivo Danek pursuant to Executive Order (E.O.) 14912.\n\n"
    rows = extract_rows(rules, intro + text + "\n", "2024-05-02")
    assert _targets(rows) == {"Ivo Danek"}


@pytest.mark.parametrize("text", [
    "The Treasury today designated Ivo Danek and his wife, Mira Sand, pursuant to Executive Order (E.O.) 14912.",
    "The Department is also publicly designating his wife, Mira Sand, and his son under the same section.",
])
def test_a_kin_word_designated_is_still_a_target(rules, text):
    intro = "The Department of State is publicly designating Ivo Danek under Section 7031(c).\n\n"
    rows = extract_rows(rules, intro + text + "\n", "2024-05-02")
    assert len(_targets(rows)) >= 2


# -- a masthead "<kind of text> - <issuer>" makes the text the issuer's statement through that medium --------------------

BODY = ("\n\nThe Marsk authorities have jailed at least 40 protesters since March, the Varn Rights Centre said today. Police "
        "beat many of them in custody.\n")


@pytest.mark.parametrize("head, speaker, medium", [
    ("Marsk: Protesters Jailed\n\nReport summary - Varn Rights Centre\nMay 2, 2024", "Varn Rights Centre", "Report summary"),
    ("Marsk: Release the protesters\n\nVarn Rights Centre - Public statement\n2 May 2024", "Varn Rights Centre", "public statement"),
    ("Marsk: Quash the sentences\n\nJoint statement - Varn Rights Centre and Ostland Legal Aid\n2 May 2024",
     "Varn Rights Centre", "joint statement"),
])
def test_a_masthead_names_the_issuer_and_the_kind_of_text(rules, head, speaker, medium):
    rows = extract_rows(rules, head + BODY, "2024-05-02")
    got = {(name(c["speaker"]), name(c["medium"]).lower()) for c in find(rows, "statement")}
    assert (speaker, medium.lower()) in got
    assert not any(m == "press release" for _, m in got)  # a report summary is no press release


@pytest.mark.parametrize("head", [
    "Marsk: Protesters Jailed\n\nBriefing note - summary of findings\nMay 2, 2024",
    "Marsk: Protesters Jailed\n\nBriefing note - Central Asia programme\nMay 2, 2024",
    "MARSK, May 2 - Police in Marsk detained 40 protesters on Thursday, a statement said",
])
def test_a_dash_line_without_an_issuer_makes_no_masthead(rules, head):
    rows = extract_rows(rules, head + BODY, "2024-05-02")
    assert not any(name(c["medium"]) in ("Briefing note", "statement said") for c in find(rows, "statement"))


def test_a_masthead_dated_on_the_dash_takes_the_issuer_line_above(rules):
    head = "Marsk: Protesters Jailed\n\nVarn Rights Centre and Ostland Legal Aid\nReport excerpt - May 2, 2024"
    rows = extract_rows(rules, head + BODY, "2024-05-02")
    assert any(name(c["medium"]) == "Report excerpt" and name(c["speaker"]) in ("Varn Rights Centre", "Ostland Legal Aid")
               for c in find(rows, "statement"))


# -- "Press release" with no issuer line beside it: the "From:" line's body, else the lede's issuer ----------------------

@pytest.mark.parametrize("head, lede, speaker", [
    # a UK-style notice: the office first, a minister joined to it
    ("Ostland announces sanctions on Marsk generals\n\nPress release\nFrom: Ministry of External Affairs and The Rt Hon Ivo Danek MP\n"
     "Published 2 May 2024\n\n",
     "Three members of Marsk's military junta have been made subject to an asset freeze, the Foreign Minister announced today "
     "under the Marsk Sanctions Regulations 2023.\n", "Ministry of External Affairs"),
    # a Treasury-style release: the lede's subject acts "today"
    ("Treasury Sanctions Marsk Militia Leaders\n\nPress Release\nMay 2, 2024\n\n",
     "Washington - The Ostland Office of Sanctions Control (OSC) today designated four Marsk militia leaders, among them Petr Brel, "
     "under Executive Order (E.O.) 14920.\n", "Ostland Office of Sanctions Control"),
    # a ministry's news release
    ("Ostland imposes sanctions on Marsk officials\n\nNews release\n\n",
     "The Ostland Ministry of Finance today designated Mira Sand, a Marsk prosecutor, under Executive Order (E.O.) 14921.\n",
     "Ostland Ministry of Finance"),
])
def test_a_release_header_is_the_statement_of_its_issuer(rules, head, lede, speaker):
    rows = extract_rows(rules, head + lede, "2024-05-02")
    speakers = {name(c["speaker"]) for c in find(rows, "statement")}
    assert any(x in speaker for x in speakers)  # (the NER may leave the state's name out of the body's)
    assert "military junta" not in " ".join(speakers)


# -- a body named by its office and the place it sits in: the place is part of its name --------------------------------

def _investigators(rows):
    return {name(c["investigator"]) for c in find(rows, "investigation")}


@pytest.mark.parametrize("text, investigator", [
    # news: a court in a town the gazetteer lacks (the NER may take it for a person)
    ("Ivo Danek, a former police colonel, ordered the killing of the journalist Petra Orlova in 2019. In September 2020, a "
     "military court in Rostov-on-Don sentenced Ivo Danek to 14 years in prison for her murder.",
     "a military court in Rostov-on-Don"),
    # press release: prosecutors of two states issue warrants
    ("The Treasury today designated Ivo Danek pursuant to Executive Order (E.O.) 14930 for corruption. Prosecutors in Ostland "
     "and Marsk have issued warrants for his arrest.", "Prosecutors in Ostland and Marsk"),
    # NGO report: investigators named with their town
    ("Police beat Petra Orlova in custody in Varn in March. Prosecutors in Varn opened an investigation into her torture "
     "in April.", "Prosecutors in Varn"),
])
def test_an_office_is_named_with_the_place_it_sits_in(rules, text, investigator):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert investigator in _investigators(rows)


def test_a_place_in_someones_case_is_no_seat(rules):
    text = ("Police beat Petra Orlova in custody in Varn in March. Prosecutors opened an investigation into her torture "
            "in April.\n")
    rows = extract_rows(rules, text, "2024-05-02")
    assert not any(" in " in k for k in _investigators(rows))


# -- a plea of not guilty is the accused's denial -------------------------------------------------------------------------

def _deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


@pytest.mark.parametrize("text", [
    # news
    "A court in Varn sentenced the publisher Ivo Velkor to 20 years for collusion. Velkor, who showed no emotion as the "
    "verdict was read, had pleaded not guilty.",
    # press release
    "The Department of State condemns the conviction of the journalist Ivo Danek on charges of espionage. Ivo Danek "
    "pleaded not guilty to all charges.",
    # NGO report
    "Prosecutors charged the activist Ivo Danek with extremism in March; Danek pleaded innocent and called the case "
    "political.",
])
def test_a_plea_of_not_guilty_is_a_denial(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert _deniers(rows) & {"Ivo Danek", "Ivo Velkor"}


def test_a_guilty_plea_is_no_denial(rules):
    text = ("Prosecutors charged the police officer Ivo Danek with torture in March. Danek pleaded guilty to the charges "
            "on Monday.\n")
    rows = extract_rows(rules, text, "2024-05-02")
    assert "Ivo Danek" not in _deniers(rows)


@pytest.mark.parametrize("text", [
    # news
    "Her lawyer, Ivo Danek, said his client had rejected the charges in court and told the judges she had done nothing wrong.",
    # press release
    "Counsel for the defendants, Ivo Danek, stated that their families have denied every allegation made by the prosecution.",
    # NGO report
    "Ivo Danek, who represents the detainees, told the Varn Rights Centre that his clients denied the charges of extremism.",
])
def test_who_reports_a_named_partys_denial_is_not_the_denier(rules, text):
    rows = extract_rows(rules, "Police in Marsk detained the activist Mira Sand in March.\n\n" + text + "\n", "2024-05-02")
    assert "Ivo Danek" not in _deniers(rows)


def test_it_said_it_denied_is_still_the_speakers_denial(rules):
    text = "The Marsk interior ministry said it rejected the allegations of torture as fabrications.\n"
    rows = extract_rows(rules, text, "2024-05-02")
    assert _deniers(rows)


@pytest.mark.parametrize("text, second", [
    # news
    ("Marsk's Ministry of Foreign Affairs dismissed the documentary as false, and the army's Public Relations Directorate "
     "also rejected its claims.", "Public Relations Directorate"),
    # press release
    ("The Marsk Interior Ministry denied the allegations, and the Marsk Police Service rejected the report as baseless.",
     "Marsk Police Service"),
    # NGO report
    ("The Ministry of Justice dismissed our findings, while the Marsk Prison Service denied that any detainee had died.",
     "Marsk Prison Service"),
])
def test_a_second_clause_with_its_own_denier_is_a_second_denial(rules, text, second):
    rows = extract_rows(rules, "Police in Marsk tortured detainees in March, the Varn Rights Centre said.\n\n" + text + "\n",
                        "2024-05-02")
    assert len(_deniers(rows)) >= 2 and any(second in d for d in _deniers(rows))


def test_one_denier_with_two_verbs_is_one_denial(rules):
    text = ("Police in Marsk tortured detainees in March, the Varn Rights Centre said.\n\n"
            "The Marsk Interior Ministry denied the allegations and rejected the report as baseless.\n")
    rows = extract_rows(rules, text, "2024-05-02")
    assert len(_deniers(rows)) == 1


# -- "the outlet's reporters": a news outlet named before, as "the party's" is the party ---------------------------------

@pytest.mark.parametrize("text, person, org", [
    # NGO report
    ("Police in Marsk detained Ivo Danek, the director of Varn Voice, on November 20, and on the same day arrested the "
     "outlet's project coordinator, Petr Kalvan.", "Petr Kalvan", "Varn Voice"),
    # news
    ("Authorities raided the offices of the Marsk Daily Courier on Monday. The newspaper's deputy editor, Lena Koval, was "
     "taken away.", "Lena Koval", "Marsk Daily Courier"),
    # press release
    ("We condemn the closure of Radio Ostvet. The station's chief editor, Mira Sand, has been charged with extremism.",
     "Mira Sand", "Radio Ostvet"),
])
def test_the_outlets_title_is_of_the_outlet_named_before(rules, text, person, org):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert org in orgs(rows, person)


def test_a_count_bounds_the_names_that_share_a_title(rules):
    text = ("Police in Marsk detained Ivo Danek, the director of Varn Voice, on November 20. Later the police also arrested "
            "two of the outlet's reporters, Mira Sand and Lena Koval, and Petr Kalvan, the economics editor of the Marsk "
            "Daily, on the same charge.\n")
    rows = extract_rows(rules, text, "2024-05-02")
    assert "Varn Voice" in orgs(rows, "Mira Sand") and "Varn Voice" not in orgs(rows, "Petr Kalvan")


# -- the later fields of a portfolio are the title's, not a body designated ---------------------------------------------

@pytest.mark.parametrize("text", [
    # press release
    "The Department is also designating Ivo Danek, the Minister of State for Finance, Planning and Economic Development, "
    "under Section 7031(c).",
    # news
    "Washington also barred Ivo Danek, Marsk's Minister for Lands, Housing and Urban Development, from entering the United "
    "States under Section 7031(c).",
    # NGO report
    "Among those designated under Section 7031(c) was Ivo Danek, the Minister of Trade, Industry and Cooperatives.",
])
def test_a_portfolio_field_is_no_target(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-31")
    assert "Ivo Danek" in _targets(rows)
    assert not any(w in t for t in _targets(rows) for w in ("Development", "Urban", "Cooperatives"))
