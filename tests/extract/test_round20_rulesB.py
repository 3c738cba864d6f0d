"""Round 20, names, positions and sanctions (helper rulesB). Every person and body here is invented, each convention
is tried in more than one wording, and each has a sentence where it must not fire."""

import pytest

from extract.claimhelp import extract_rows, find, held, name, orgs, perpetrators

DATE = "2031-10-01"


def bases(rows, target):
    return {name(c.get("legal_basis")) for c in find(rows, "sanction", target=target)}


# which instrument is the legal basis when a release cites a numbered EU act and a treaty article --------------------------

EU_HEAD = ("Varnia: EU imposes restrictive measures on two persons responsible for violence\n\n"
           "The Council today imposed restrictive measures on two persons whose activities undermine democracy in Varnia. "
           "The measures, a travel ban and a freeze of assets, target individuals responsible for acts of violence.\n\n")
EU_LIST = ("1. Oskar Demmel, Deputy Director-General of the Varnian National Police.\n\n"
           "2. Pavla Rusk, chief of staff of the Varnian intelligence service.\n")


@pytest.mark.parametrize("treaty", [
    "The Council recalled that consultations with Varnia under Article 44 of the Lorvane Partnership Agreement would be opened.",
    "Talks with the government under Article 12 of the Ostmere Cooperation Agreement will continue.",
])
@pytest.mark.parametrize("acts", [
    "The legal acts, Council Decision (CFSP) 2031/1763 and Council Regulation (EU) 2031/1755, were adopted by written "
    "procedure. The persons listed are:",
    "Council Decision (CFSP) 2031/1763 was published in the Official Journal today. The persons concerned are:",
])
def test_a_numbered_eu_act_is_the_basis_rather_than_a_treaty_article_cited_nearer(rules, treaty, acts):
    rows = extract_rows(rules, EU_HEAD + treaty + "\n\n" + acts + "\n\n" + EU_LIST, DATE)
    for person in ("Oskar Demmel", "Pavla Rusk"):
        assert bases(rows, person) == {"Council Decision (CFSP) 2031/1763"}, rows


def test_a_treaty_article_alone_still_stands_when_no_act_is_numbered(rules):
    """Nothing better is named: the nearest law stays the basis rather than none."""
    text = (EU_HEAD + "The measures were taken under Article 44 of the Lorvane Partnership Agreement. The persons listed are:\n\n"
            + EU_LIST)
    rows = extract_rows(rules, text, DATE)
    assert bases(rows, "Oskar Demmel") == {"Article 44 of the Lorvane Partnership Agreement"}, rows


# with no law named for imposing anything, a later freeze stands on the basis the release's designations already use -------

CH_HEAD = ("Federal Council orders the freezing of any assets of Ardo Velt in Karsland\n\nPress release\n\n"
           "Ostburg, 11.02.2031 - The Federal Council has decided to freeze, with immediate effect, any assets that the former "
           "President of Varnia, Ardo Velt, may hold in Karsland.\n\n")


@pytest.mark.parametrize("basis", [
    "The Federal Council based its decision directly on the Emergency Powers Act, which permits it to issue ordinances "
    "where the interests of the country so require.",
    "The decision rests on the Emergency Powers Act, which lets the government act where the interests of the country so require.",
])
@pytest.mark.parametrize("other", [
    "Where such proceedings fail, the Stolen Assets Return Act, in force since 1 February 2031, allows the Confederation "
    "to confiscate and return the funds.",
    "The Mutual Legal Assistance Act governs any request from Varnia for the return of funds.",
])
@pytest.mark.parametrize("earlier", [
    "The decision follows that of 19 January 2031, when the Federal Council froze any assets of Brin Sallow, the former "
    "president of Ostland.",
    "In January 2031 the Federal Council also froze the assets of Brin Sallow, Ostland's deposed leader.",
])
def test_a_later_freeze_keeps_the_basis_the_release_stands_on(rules, basis, other, earlier):
    rows = extract_rows(rules, CH_HEAD + basis + "\n\n" + other + "\n\n" + earlier + "\n", DATE)
    assert bases(rows, "Brin Sallow") & {None, "Emergency Powers Act"}, rows
    assert not bases(rows, "Brin Sallow") - {None, "Emergency Powers Act"}, rows


def test_a_law_named_for_the_freeze_wins_over_the_one_used_before(rules):
    """The rule only decides between laws none of which is named for imposing anything."""
    text = (CH_HEAD + "The Federal Council based its decision directly on the Emergency Powers Act.\n\n"
            "In January 2031 the Federal Council also froze the assets of Brin Sallow under the Ostland Sanctions Act.\n")
    assert bases(extract_rows(rules, text, DATE), "Brin Sallow") == {"Ostland Sanctions Act"}


# "guards" alone names the doers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, abuse_type", [
    ("Former detainees said guards beat them every night in the Tarvo camp.\n", "ill_treatment"),
    ("Released inmates said guards had tortured them with electric shocks at Kelm prison.\n", "torture"),
])
def test_bare_guards_are_the_doers(rules, text, abuse_type):
    assert "guards" in {p.lower() for p in perpetrators(extract_rows(rules, text, DATE), abuse_type)}


def test_guards_who_are_the_victims_are_no_doers(rules):
    rows = extract_rows(rules, "Rebels beat guards at the Tarvo camp before they fled.\n", DATE)
    assert "guards" not in {p.lower() for p in perpetrators(rows)}, rows


# a sentence's full stop is no part of the name the NER ends with it -------------------------------------------------------


@pytest.mark.parametrize("text, law", [
    ("Karsland froze the assets of Edda Morn under Article 44 of the Lorvane Partnership Agreement.\n\nShe denied it.",
     "Article 44 of the Lorvane Partnership Agreement"),
    ("Karsland froze the assets of Edda Morn under the Ostmere Protocol on Cooperation.\n\nShe denied it.",
     "Ostmere Protocol on Cooperation"),
])
def test_the_sentence_stop_is_cut_from_a_name(rules, text, law):
    names = {name(c.get("legal_basis")) for c in find(extract_rows(rules, text, DATE), "sanction")}
    assert not any(n and n.endswith(".") for n in names), names


def test_an_abbreviation_keeps_its_stop(rules):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text="Karsland sanctioned Varn Mining Co. and its owner Edda Morn on Monday.\n", date=DATE))
    assert not any(e.name.endswith(" Co") for e in ex.entities.values()), [e.name for e in ex.entities.values()]


# a court's numbered branch and its seat are part of its name; a court the NER calls a law is a body -----------------------


def entity_names(rules, text, types=("Organization", "GovernmentBody")):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text=text, date=DATE))
    return {e.name for e in ex.entities.values() if e.type in types}


@pytest.mark.parametrize("text, body", [
    ("Judge Arvo Tamm of Branch 4 of the Revolutionary Court of Kelmabad presided over the case.\n",
     "Branch 4 of the Revolutionary Court of Kelmabad"),
    ("We are also designating Branch 2 of the Revolutionary Court of Kelmabad itself.\n",
     "Branch 2 of the Revolutionary Court of Kelmabad"),
    ("The sentence was upheld by Chamber 3 of the Supreme Court of Varnia on Monday.\n", "Chamber 3 of the Supreme Court of Varnia"),
])
def test_a_numbered_branch_of_a_court_and_its_seat_name_the_court(rules, text, body):
    assert body in entity_names(rules, text)


def test_an_article_of_a_law_about_a_court_stays_a_law(rules):
    names = entity_names(rules, "Karsland froze his assets under Article 5 of the Varnia Court Act on Monday.\n",
                         ("Organization", "GovernmentBody"))
    assert not any(n.startswith("Article") for n in names), names


@pytest.mark.parametrize("text, prison", [
    ("Tarvo Prison in Kelmabad is notorious for the mistreatment of political prisoners.\n", "Tarvo Prison"),
    ("Inmates of the Ostmere Penitentiary said they were beaten.\n", "Ostmere Penitentiary"),
])
def test_a_prison_is_a_body_not_a_person(rules, text, prison):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text=text, date=DATE))
    assert not any(e.type == "Person" and prison in e.name for e in ex.entities.values())


# a designation the precise rules cannot read takes the law the release names, when no precise one gives it -----------------

IR_HEAD = ("Karsland designates judges and prisons\n\nPress Statement\nOctober 1, 2031\n\n"
           "Karsland is today designating two Varnian judges, a branch of Varnia's Revolutionary Court and a prison for their "
           "involvement in serious human rights abuses. The designations are made pursuant to Executive Order 19553, which "
           "targets those responsible for serious human rights abuses against the people of Varnia.\n\n"
           "On September 12, the Varnian regime executed Ivo Laan, a wrestler, in Tarvo Prison.\n\n")


@pytest.mark.parametrize("last", [
    "Judge Arvo Tamm of Branch 4 of the Revolutionary Court of Kelmabad presided. We are also designating Branch 4 of the "
    "Revolutionary Court of Kelmabad itself.",
    "We are also sanctioning Branch 4 of the Revolutionary Court of Kelmabad, which sentenced him.",
])
def test_a_later_designation_takes_the_law_of_the_lead(rules, last):
    rows = extract_rows(rules, IR_HEAD + last + "\n", DATE)
    found = bases(rows, "Branch 4 of the Revolutionary Court of Kelmabad")
    assert len(found) == 1 and next(iter(found)).endswith("19553"), rows


def test_a_law_of_another_state_is_not_borrowed(rules):
    text = ("Karsland is today designating a branch of Varnia's Revolutionary Court. Ostmere adopted the Ostmere Sanctions "
            "Act in 2019.\n\nWe are also designating Branch 4 of the Revolutionary Court of Kelmabad itself.\n")
    assert not bases(extract_rows(rules, text, DATE), "Branch 4 of the Revolutionary Court of Kelmabad") - {None, "Ostmere Sanctions Act"}


# "designated four Iraqis ... Two of them, A and B, ...; the other two, C and D, ...": a count, then the names it counts ----


def targets(rows):
    return {name(c["target"]) for c in find(rows, "sanction")}


@pytest.mark.parametrize("lead, demonym", [
    ("The Karsland Treasury today designated four Peruvians under Executive Order 19818.", "four Peruvians"),
    ("Karsland on Tuesday imposed sanctions on four Moldovans under Executive Order 19818.", "four Moldovans"),
])
@pytest.mark.parametrize("names", [
    "Two of them, John Miller and David Brown, lead militias in the north; the other two, Robert Smith and James Wilson, "
    "are former provincial governors.",
    "Two of them, John Miller and David Brown, run a prison; the other two, Robert Smith and James Wilson, are judges.",
])
def test_a_count_of_the_ones_just_designated_names_them(rules, lead, demonym, names):
    found = targets(extract_rows(rules, "Karsland acts\n\n" + lead + " " + names + "\n", DATE))
    assert {"John Miller", "David Brown", "Robert Smith", "James Wilson"} <= found, found


def test_a_counted_demonym_is_a_group_target(rules):
    rows = extract_rows(rules, "The Karsland Treasury today designated three Peruvians under Executive Order 19818.\n", DATE)
    assert "three Peruvians" in targets(rows), rows


def test_a_count_of_others_is_no_designation(rules):
    text = ("Karsland acts\n\nThe Karsland Treasury today designated three officials under Executive Order 19818. "
            "The ceremony was attended by four Peruvians. Two of them, John Miller and David Brown, spoke.\n")
    assert not targets(extract_rows(rules, text, DATE)) & {"John Miller", "David Brown"}


def test_what_the_counted_do_names_no_target(rules):
    text = ("Karsland acts\n\nThe Karsland Treasury today designated two Peruvians under Executive Order 19818. "
            "Two of them, John Miller and David Brown, lead militias of the Kelm Brigade in the Tarvo Valley.\n")
    found = targets(extract_rows(rules, text, DATE))
    assert {"John Miller", "David Brown"} <= found and not found & {"Kelm Brigade", "Tarvo Valley"}, found


# titles with a word after "of" that is no body ("chief of staff") and a region inside them ("deputy Asia director") ----------


@pytest.mark.parametrize("text, person", [
    ("A convoy carrying the army chief of staff, Lieutenant General Arvo Tamm, was passing.\n", "Arvo Tamm"),
    ("The army chief of staff, General John Miller, denied the report on Monday.\n", "John Miller"),
])
def test_chief_of_staff_is_a_title_not_a_body(rules, text, person):
    found = orgs(extract_rows(rules, text, DATE), person)
    assert "staff" not in {o.lower() for o in found if o}, found


def test_a_named_body_after_of_is_still_the_body(rules):
    rows = extract_rows(rules, "Edda Morn, the chief of the Varnia Defence Staff, resigned on Monday.\n", DATE)
    assert any("Varnia Defence Staff" in (o or "") for o in orgs(rows, "Edda Morn")), rows


@pytest.mark.parametrize("text, person, body", [
    ("Human Rights Watch deputy Asia director Arvo Tamm said the trial was a show.\n", "Arvo Tamm", "Human Rights Watch"),
    ("Amnesty International deputy Europe director John Miller said the verdict was unjust.\n", "John Miller", "Amnesty International"),
])
def test_a_region_inside_a_title_is_its_remit(rules, text, person, body):
    found = orgs(extract_rows(rules, text, DATE), person)
    assert body in found and not found & {"Asia", "Europe"}, found


def test_the_region_stays_in_the_title(rules):
    rows = extract_rows(rules, "Human Rights Watch deputy Asia director Arvo Tamm said the trial was a show.\n", DATE)
    assert ("deputy Asia director", "Human Rights Watch") in held(rows, "Arvo Tamm"), rows


def test_a_place_after_a_whole_title_is_still_its_body(rules):
    rows = extract_rows(rules, "The ruling was welcomed by Arvo Tamm, the deputy director of Kenya's prison service.\n", DATE)
    assert "Asia" not in orgs(rows, "Arvo Tamm")
    rows = extract_rows(rules, "Kenyan President John Miller said the trial was fair.\n", DATE)
    assert "Kenya" in orgs(rows, "John Miller"), rows


# "including by helping his brother": what he did, not whom a designation reaches; a headline is the body's designation -------

AZ_HEAD = ("Public Designation of Former Varnia Army Chief Arvo Tamm Due to Involvement in Significant Corruption\n\n"
           "Press Statement\nOctober 1, 2031\n\n"
           "The Department of State is designating Arvo Tamm, the former Chief of Army Staff of the Varnia Army, under Section "
           "7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2031, due to his "
           "involvement in significant corruption.\n\n")


@pytest.mark.parametrize("deed", [
    "He engaged in significant corruption by interfering in public processes, including by helping his brother, Ivo Tamm, "
    "escape accountability.",
    "He abused his office, including in helping his wife, Edda Tamm, win state contracts.",
])
def test_including_what_he_did_covers_no_relative(rules, deed):
    found = targets(extract_rows(rules, AZ_HEAD + deed + "\n", DATE))
    assert "Arvo Tamm" in found and not found & {"Ivo Tamm", "Edda Tamm"}, found


def test_a_designation_that_includes_his_wife_covers_her(rules):
    text = AZ_HEAD + "The designation also includes his wife, Edda Tamm.\n"
    assert "Edda Tamm" in targets(extract_rows(rules, text, DATE))


def test_the_headline_is_the_designation_the_text_tells(rules):
    rows = extract_rows(rules, AZ_HEAD, DATE)
    assert {name(c.get("legal_basis")) for c in find(rows, "sanction", target="Arvo Tamm")} == {"Section 7031(c)"}, rows


def test_a_later_designation_takes_the_lead_s_authority_and_today(rules):
    rows = extract_rows(rules, IR_HEAD + "We are also designating Branch 4 of the Revolutionary Court of Kelmabad itself.\n", "2031-10-01")
    c = find(rows, "sanction", target="Branch 4 of the Revolutionary Court of Kelmabad")
    assert c and c[0].get("date") == "2031-10-01" and c[0].get("authority"), rows


def test_a_past_designation_told_later_is_not_dated_today(rules):
    rows = extract_rows(rules, IR_HEAD + "Karsland had designated Branch 4 of the Revolutionary Court of Kelmabad long before.\n",
                        "2031-10-01")
    assert all(c.get("date") != "2031-10-01" for c in find(rows, "sanction", target="Branch 4 of the Revolutionary Court of Kelmabad"))


# a headline's capitalised plural is no name ---------------------------------------------------------------------------------


@pytest.mark.parametrize("headline", [
    "Treasury Sanctions Varnian Tycoon and Businesses Tied to Forced Labor in Scam Operations",
    "Karsland Sanctions Officials and Companies Linked to Kelm Prison Abuses",
])
def test_a_headline_plural_is_no_target(rules, headline):
    text = (headline + "\n\nToday, Karsland designated Arvo Tamm pursuant to Executive Order 19818 for serious human rights "
            "abuse.\n")
    found = targets(extract_rows(rules, text, DATE))
    assert "Arvo Tamm" in found and not {t.split()[0] for t in found} & {"Businesses", "Officials", "Companies"}, found


def test_a_surname_like_a_plural_stays_a_name(rules):
    text = "Karsland designated Tony Banks pursuant to Executive Order 19818 on Monday.\n"
    assert "Tony Banks" in targets(extract_rows(rules, text, DATE))


# two people with one first and last name and different middle names are two ----------------------------------------------


def person_keys(rules, text):
    from kg.model import Document

    ex = rules.extract(Document(id="t", text=text, date=DATE))
    return {e.name for e in ex.entities.values() if e.type == "Person"}


@pytest.mark.parametrize("text, a, b", [
    ("Former President Juan Orlando Varga was arrested on Tuesday. Varga denied the charges. His brother, Juan Antonio "
     "\"Tono\" Varga, was convicted in 2019.\n", "Juan Orlando Varga", "Juan Antonio \"Tono\" Varga"),
    ("Minister Ana Beatriz Lund resigned. Her sister, Ana Carolina Lund, a judge, said nothing.\n",
     "Ana Beatriz Lund", "Ana Carolina Lund"),
])
def test_different_middle_names_are_two_people(rules, text, a, b):
    names = person_keys(rules, text)
    assert {a, b} <= names, names


@pytest.mark.parametrize("text", [
    "Karl J. Veltman spoke on Monday. Karl Veltman said the sentence was cruel.\n",
    "Karl Johan Veltman spoke on Monday. Karl Veltman said the sentence was cruel.\n",
])
def test_a_name_without_its_middle_is_still_the_same_person(rules, text):
    assert len([n for n in person_keys(rules, text) if n.endswith("Veltman")]) == 1


# a programme's running total is no designation ---------------------------------------------------------------------------

UK_LEAD = ("Karsland has today imposed sanctions on Arvo Tamm under the Global Human Rights Sanctions Regulations 2031 for "
           "his role in the prosecution of a journalist.\n\n")


@pytest.mark.parametrize("total", [
    "Karsland has now sanctioned more than 1,500 individuals and entities in connection with Varnia.",
    "Since 2029 Karsland has designated over 300 people under the regime.",
])
def test_a_running_total_is_no_target(rules, total):
    found = targets(extract_rows(rules, UK_LEAD + total + "\n", DATE))
    assert "Arvo Tamm" in found and not any(t[:1].isdigit() or t.startswith(("more", "over")) for t in found), found


def test_a_bound_count_sanctioned_today_is_an_act(rules):
    text = "Karsland has today sanctioned more than 100 entities under the Global Human Rights Sanctions Regulations 2031.\n"
    assert any("100 entities" in t for t in targets(extract_rows(rules, text, DATE)))


# a court's ban from politics or office is no sanction, also when the parser hangs "from" on the object ----------------------


@pytest.mark.parametrize("text", [
    "The Supreme Court dissolved the Varnia Unity Party and banned 118 of its senior members from politics for five years.\n",
    "The court barred Arvo Tamm from office for ten years.\n",
])
def test_a_ban_from_politics_is_no_sanction(rules, text):
    assert not find(extract_rows(rules, text, DATE), "sanction")


def test_a_ban_from_the_country_is_still_one(rules):
    rows = extract_rows(rules, "Karsland banned Arvo Tamm from the country under the Global Human Rights Sanctions Regulations 2031.\n", DATE)
    assert "Arvo Tamm" in targets(rows), rows


# a name set after an outlet's common noun is the outlet ------------------------------------------------------------------


@pytest.mark.parametrize("text, person, outlet", [
    ("Hamid Tarek, the director of the news website Badilo, was jailed for three years.\n", "Hamid Tarek", "Badilo"),
    ("Edda Morn, the editor of the independent daily Varnia Tribune, was arrested on Monday.\n", "Edda Morn", "Varnia Tribune"),
])
def test_a_name_after_an_outlet_noun_is_the_outlet(rules, text, person, outlet):
    rows = extract_rows(rules, text, DATE)
    assert outlet in orgs(rows, person) and not find(rows, "position", person=outlet), rows


def test_a_person_after_a_newspaper_s_title_is_still_a_person(rules):
    rows = extract_rows(rules, "The newspaper's editor, Arvo Tamm, was arrested on Monday.\n", DATE)
    assert "Arvo Tamm" in person_keys(rules, "The newspaper's editor, Arvo Tamm, was arrested on Monday.\n"), rows
