"""Round 33 (lead): names the tokenizer and the NER cut, and a charter chapter that is no listing's law.

A headline's "Rafael Correa" is the body's "Rafael Vicente Correa Delgado" (a middle name and two surnames, of which
the short form keeps the first of each), so the two are one designee, not two. A list entry that names a company up
to its legal form ("- Try Pheap Group Co., Ltd., his holding company") names it whole, commas of the legal form and
all. A capitalised contraction without its apostrophe ("Shant") is a name, not "Sha" + "nt". And a Council that acts
under Chapter VII of the Charter lists people by the resolution the text names for them; the chapter is not a second
law of the same listing.
"""

import pytest

from extract.claimhelp import find, name, text_rows

# -- "Rafael Correa" (headline) is "Rafael Vicente Correa Delgado" (body) ----------------------------------------------

SPANISH = [
    "Public Designation of Former Norvian President Rodrigo Arriaga and Former Minister Lucia Benet\n\n"
    "The Department of State is today designating Rodrigo Andres Arriaga Velasco, who served as President of Norvia from "
    "2009 to 2015, and Lucia Maria Benet Ortiz, his minister of public works, under Section 7031(c) of the Department of "
    "State, Foreign Operations, and Related Programs Appropriations Act, 2026, due to their involvement in significant "
    "corruption.",
    "Treasury Sanctions Rodrigo Arriaga for Bribery\n\n"
    "WASHINGTON - OFAC today designated Rodrigo Andres Arriaga Velasco, a businessman who bribed customs officials, "
    "pursuant to E.O. 13818. Arriaga has denied wrongdoing.",
    "Norvia: Ex-President Rodrigo Arriaga Barred From Entering U.S.\n\n"
    "MARKA, Norvia (Wire) - The United States on Tuesday barred Rodrigo Andres Arriaga Velasco from entering the country "
    "under Section 7031(c), citing corruption during his presidency.",
]


@pytest.mark.parametrize("text", SPANISH)
def test_a_headline_short_form_is_the_body_full_name(rules, text):
    targets = [name(c["target"]) for c in find(text_rows(rules, text), "sanction")]
    arriaga = [t for t in targets if "Arriaga" in t]
    assert len(arriaga) == 1, targets


def test_a_son_named_after_a_kinship_word_keeps_his_own_name(rules):
    text = ("Designation of Former Norvian President Rodrigo Arriaga\n\n"
            "I am today designating former President of Norvia Rodrigo Andres Arriaga Velasco under Section 7031(c) due to "
            "his involvement in significant corruption. I am also designating his sons, Rodrigo Luis Arriaga Benet and Pablo "
            "Arriaga Benet.")
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert "Rodrigo Luis Arriaga Benet" in targets, targets
    assert not any(t in ("Rodrigo Arriaga", "Rodrigo Andres Arriaga Velasco") for t in targets) or \
        len([t for t in targets if t in ("Rodrigo Arriaga", "Rodrigo Andres Arriaga Velasco")]) == 1, targets


@pytest.mark.parametrize("later", ["Rodrigo Arriaga has denied wrongdoing.", "Rodrigo Arriaga denied the charges on Monday.",
                                   "A lawyer for Rodrigo Arriaga said he rejected the accusations."])
def test_the_body_short_form_after_the_full_name_is_the_same_man(rules, later):
    text = ("Norvia: ex-president barred from U.S.\n\nThe Department of State is today designating Rodrigo Andres Arriaga "
            "Velasco, who served as President of Norvia from 2009 to 2015, under Section 7031(c) due to his involvement in "
            "significant corruption. " + later)
    rows = text_rows(rules, text)
    people = {name(c[r]) for c in rows for r in ("target", "denier") if r in c}
    assert "Rodrigo Arriaga" not in people and "Rodrigo Andres Arriaga Velasco" in people, rows


def test_no_headline_no_merge_of_two_bodies_names(rules):
    # two people of the body who share a first name and a surname stay two
    text = ("OFAC today designated Rodrigo Andres Arriaga Velasco pursuant to E.O. 13818. It also designated Tomas "
            "Arriaga, a cousin who runs the family's shipping company.")
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert "Rodrigo Andres Arriaga Velasco" in targets, targets


# -- "- Try Pheap Group Co., Ltd., his holding company": the company's whole name -------------------------------------

COMPANIES = [
    "ENTITIES DESIGNATED PURSUANT TO E.O. 13818\n\n"
    "The following companies are designated for being owned or controlled by Marek Ostrin:\n"
    "- Try Vell Group Co., Ltd., his holding company, based in Marka;\n"
    "- Try Vell Import Export Co., Ltd., which held the timber rights described above;\n",
    "The following entities were designated today pursuant to E.O. 14999:\n"
    "1. Try Vell Group Co., Ltd., a holding company registered in Marka;\n"
    "2. Try Vell Import Export Co., Ltd., an exporter of hardwood.\n",
    "The UK has today designated the following companies under the Global Anti-Corruption Sanctions Regulations 2021:\n"
    "- Try Vell Group Co., Ltd., owned by Marek Ostrin;\n"
    "- Try Vell Import Export Co., Ltd., controlled by his son.\n",
]


@pytest.mark.parametrize("text", COMPANIES)
def test_a_listed_company_is_named_to_its_legal_form(rules, text):
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert {"Try Vell Group Co., Ltd.", "Try Vell Import Export Co., Ltd."} <= targets, targets
    assert not any(t.endswith("Co.") for t in targets), targets


def test_a_list_of_people_is_not_read_as_companies(rules):
    text = ("The following individuals are designated pursuant to E.O. 13818:\n"
            "- Marek Ostrin, chairman of Vell Group Co., Ltd.;\n"
            "- Ana Ostrin, his daughter.\n")
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert "Marek Ostrin" in targets and not any("Co." in t for t in targets), targets


# -- "Adam Yacub Shant": a name, not a contraction ----------------------------------------------------------------------

@pytest.mark.parametrize("surname", ["Shant", "Cant", "Hes"])
def test_a_name_spelled_like_a_contraction_stays_whole(rules, surname):
    text = (f"The individuals designated under resolution 9999 (2027) are:\n\n1. Adam Yacub {surname}, a commander of the "
            "Norvian Liberation Army;\n2. Gabril Osman Badri, a field commander of the Movement for Reform.\n")
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert f"Adam Yacub {surname}" in targets, targets


def test_a_spelled_out_negation_is_still_split(rules):
    from kg.extract.rules import load_model
    assert [t.text for t in load_model().tokenizer("He cannot go.")][:3] == ["He", "can", "not"]


# -- "Acting under Chapter VII ..., the Council decided that four individuals ..." + "designated under resolution N" ----

CHARTER = [
    "Acting under Chapter VII of the United Nations Charter, the Security Council this afternoon decided that two "
    "individuals would be subject to the travel ban and assets freeze it had established for Norvia.\n\n"
    "The individuals designated under resolution 9999 (2027), paragraph 1, are:\n\n"
    "1. Ivo Marenko, a commander of the Norvian Army;\n2. Ruslan Vakhan, a militia leader.\n",
    "The Security Council, acting under Chapter VII of the Charter, today imposed a travel ban on two men.\n\n"
    "The individuals listed pursuant to resolution 9999 (2027) are:\n\n"
    "1. Ivo Marenko, a commander of the Norvian Army;\n2. Ruslan Vakhan, a militia leader.\n",
]


@pytest.mark.parametrize("text", CHARTER)
def test_the_listing_stands_on_the_resolution_not_the_chapter(rules, text):
    rows = find(text_rows(rules, text), "sanction")
    for who in ("Ivo Marenko", "Ruslan Vakhan"):
        mine = [c for c in rows if name(c["target"]) == who]
        assert mine and all(name(c["legal_basis"]) == "resolution 9999 (2027)" for c in mine), rows


def test_a_chapter_alone_stays_the_basis(rules):
    text = ("Acting under Chapter VII of the United Nations Charter, the Security Council today decided that Ivo Marenko, "
            "a commander of the Norvian Army, shall be subject to an assets freeze.")
    rows = find(text_rows(rules, text), "sanction", target="Ivo Marenko")
    assert rows and name(rows[0]["legal_basis"]) == "Chapter VII", rows


# -- "A said it had opened an investigation ..., and B said it was examining ...": two investigators ------------------

CO_INQUIRIES = [
    "The Attorney General's office said it had opened a homicide investigation into the two patrolmen, who have been "
    "suspended, and the Inspector General's office said it was examining the conduct of officers during the protests.",
    "BOGOTA, Sept 11 (Wire) - The Ombudsman's office said it was investigating the shootings, and the Prosecutor "
    "General's office said it had opened an investigation into three officers.",
    "The interior ministry said it had launched an inquiry into the deaths, while the national human rights commission "
    "said it was gathering evidence from witnesses.",
]


@pytest.mark.parametrize("text", CO_INQUIRIES)
def test_each_speaker_that_says_it_investigates_holds_an_inquiry(rules, text):
    investigators = {name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")}
    assert len(investigators) == 2, investigators


def test_a_titled_office_is_the_body_not_the_title(rules):
    text = "The Attorney General's office said it had opened an investigation into the killing of the journalist."
    investigators = {name(c["investigator"]) for c in find(text_rows(rules, text), "investigation")}
    assert investigators == {"Attorney General's office"}, investigators


def test_a_speaker_who_reports_no_inquiry_holds_none(rules):
    text = ("The Attorney General's office said it had received the complaint, and the Inspector General's office said it "
            "would respond next week.")
    assert not find(text_rows(rules, text), "investigation"), text


# -- "X told reporters that Y had died of natural causes": the official account of a death in custody is a denial -----

NATURAL = [
    "Home Minister Karim Vell told reporters that the writer had died of natural causes and that there had been no "
    "negligence by jail officials.",
    "Several bodies returned to families bore bruises, while the authorities attributed the deaths to natural causes.",
    "Relatives say he was beaten to death in the cell. The police said he had hanged himself.",
]


@pytest.mark.parametrize("text", NATURAL)
def test_an_official_account_that_clears_the_jailers_is_a_denial(rules, text):
    assert find(text_rows(rules, text), "denial"), text


def test_a_monitor_telling_of_a_death_denies_nothing(rules):
    text = "Amnesty International said the writer died in custody after being tortured by prison guards."
    assert not find(text_rows(rules, text), "denial"), text


def test_a_content_denial_and_a_did_not_happen_denial_in_one_sentence(rules):
    text = ("Police officers beat the writer in Marka prison, witnesses said.\n\n"
            "Home Minister Karim Vell told reporters that the writer had died of natural causes, and a police spokesman, "
            "Ivo Rask, said the police had not beaten anyone in their custody.")
    deniers = {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}
    assert "Karim Vell" in deniers and len(deniers) >= 2, deniers


# -- "according to a report published today by X": a report summary is its publisher's statement ---------------------

REPORTS = [
    "Norvia: police paid to kill, Kesh Watch finds\n\nReport summary - 1 February 2027\n\nPolice officers in Norvia have "
    "killed thousands of people since President Ivo Rask took office on 30 June 2026, according to a report published "
    "today by Kesh Watch.",
    "Norvia: torture in Marka jail\n\nSummary of the report \"Like the Dead\", published by Kesh Watch on July 4, 2027\n\n"
    "Prisoners held in Marka jail have for years been tortured by guards, Kesh Watch found.",
    "Norvia: abuses in the north\n\nThe 88-page report, released today by the Kesh Rights Centre, documents the killing of "
    "37 villagers by soldiers in 2026.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_report_summary_is_its_publishers_statement(rules, text):
    rows = find(text_rows(rules, text, date="2027-02-01"), "statement")
    assert any(name(c["medium"]) == "report" and name(c["speaker"]) in ("Kesh Watch", "Kesh Rights Centre") for c in rows), rows
    assert not any(name(c["speaker"]) == "Ivo Rask" for c in rows), rows


def test_a_report_published_on_a_date_is_dated_by_it(rules):
    rows = find(text_rows(rules, REPORTS[1], date="2027-08-01"), "statement")
    assert [c["date"] for c in rows if name(c["medium"]) == "report"] == ["2027-07-04"], rows


def test_a_report_cited_deep_in_a_story_is_no_statement(rules):
    text = ("Police clash with protesters in Marka\n\nMARKA (Wire) - Police fired tear gas at protesters on Monday.\n\n"
            "Officers arrested dozens.\n\nThe mayor said calm had returned.\n\nResidents were angry.\n\n"
            "Last year, a report published by Kesh Watch documented similar abuses.")
    rows = find(text_rows(rules, text), "statement")
    assert not any(name(c["speaker"]) == "Kesh Watch" for c in rows), rows


# -- "Treasury Sanctions X for Corruption and Facilitating Russia's Malign Activities": after "for", the reason -------

HEADLINE_FOR = [
    "Treasury Sanctions Norvian Intelligence Chief Ivan Marenko for Corruption and Facilitating Ostland's Malign Activities\n\n"
    "WASHINGTON - Today, OFAC designated Ivan Marenko pursuant to E.O. 14033 for corruption.",
    "Treasury Sanctions Ivan Marenko for Supporting the Kesh Liberation Front\n\n"
    "WASHINGTON - Today, OFAC designated Ivan Marenko pursuant to E.O. 14033.",
    "UK Sanctions Ivan Marenko for Abuses Against the Marka Human Rights Centre\n\n"
    "The UK has today sanctioned Ivan Marenko under the Global Human Rights Sanctions Regulations 2020.",
]


@pytest.mark.parametrize("text", HEADLINE_FOR)
def test_a_name_in_a_headlines_reason_is_no_target(rules, text):
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert targets == {"Ivan Marenko"}, targets


def test_a_second_headline_target_after_and_is_still_one(rules):
    text = ("Treasury Sanctions Ivan Marenko and Kesh Holdings Ltd. for Corruption\n\n"
            "WASHINGTON - Today, OFAC designated Ivan Marenko and Kesh Holdings Ltd., a company he controls, pursuant to "
            "E.O. 13818.")
    targets = {name(c["target"]) for c in find(text_rows(rules, text), "sanction")}
    assert {"Ivan Marenko", "Kesh Holdings Ltd."} <= targets, targets


# -- 'Ronald "Bato" dela Rosa': a nickname in quotes inside a name; "Dela Rosa" opening a sentence is his surname -----

NICKNAMED = [
    'The police chief, Director General Marco "Toro" dela Vega, has rejected claims that his officers are paid to kill. '
    'Dela Vega said the force acts within the law.',
    'MANILA (Wire) - Police chief Marco "Toro" dela Vega denied on Monday that officers were paid for killings. '
    'Dela Vega told reporters the claims were false.',
    'The report names Marco \u201cToro\u201d dela Vega, the national police chief, who denied the findings. '
    'Dela Vega has not responded to requests for comment.',
]


@pytest.mark.parametrize("text", NICKNAMED)
def test_a_nicknamed_name_is_one_person(rules, text):
    deniers = {name(c["denier"]) for c in find(text_rows(rules, text), "denial")}
    assert any("Marco" in d and "dela Vega" in d for d in deniers), deniers
    assert not deniers & {'Marco "Toro', "dela Vega", "Dela Vega", "Marco"}, deniers


def test_a_quoted_title_after_a_name_is_no_nickname(rules):
    text = 'Marco dela Vega, the police chief, said the film "Dark Water" Premiered without a permit.'
    rows = text_rows(rules, text)
    assert not any('"' in name(v) for c in rows for v in c.values() if isinstance(v, (str, dict))), rows


# -- "..., Al Junaid Multi Activities Co Ltd and Tradive General Trading L.L.C.": a running list of companies -----------

RUNNING_COMPANIES = [
    "OFAC designated four companies today pursuant to E.O. 14999: Kesh Multi Activities Co Ltd, Vell General Trading "
    "L.L.C., Tabacalera del Norte S.A. and 7th Marka Creation Company Limited.",
    "The Council also listed Kesh Multi Activities Co Ltd, Vell General Trading L.L.C. (Vell), a company based in the UAE, "
    "Tabacalera del Norte S.A. and 7th Marka Creation Company Limited.",
    "The UK has sanctioned Kesh Multi Activities Co Ltd, as well as Vell General Trading L.L.C., Tabacalera del Norte S.A. "
    "and 7th Marka Creation Company Limited, under the Norvia (Sanctions) Regulations 2026.",
]


@pytest.mark.parametrize("text", RUNNING_COMPANIES)
def test_each_company_of_a_running_list_is_named_whole(rules, text):
    from kg.model import Document
    names = {e.name for e in rules.extract(Document(id="t", text=text + "\n", date="2024-05-08")).entities.values()}
    assert {"Kesh Multi Activities Co Ltd", "Vell General Trading L.L.C.", "Tabacalera del Norte S.A.",
            "7th Marka Creation Company Limited"} <= names, names
    assert not names & {"Norte S.A.", "Marka Creation Company Limited"}, names


def test_the_listed_companies_are_the_targets(rules):
    targets = {name(c["target"]) for c in find(text_rows(rules, RUNNING_COMPANIES[1]), "sanction")}
    assert {"Vell General Trading L.L.C.", "Tabacalera del Norte S.A.", "7th Marka Creation Company Limited"} <= targets, targets


def test_a_title_before_a_firm_is_no_part_of_its_name(rules):
    from extract.claimhelp import extract_rows
    rows = extract_rows(rules, "Kesh sanctions\n\nOFAC also designated Director Marko Vell and Vell Trading LLC, his firm.", "2024-05-08")
    targets = {name(c["target"]) for c in find(rows, "sanction")}
    assert "Vell Trading LLC" in targets and not any(t.startswith("Director") for t in targets), targets
