"""Position rules of round 5: titles shared by a list of names, coordinated titles after "is", bodies
referred back to ("heads that bureau") or named after a noun ("the firm X", "an alliance known as X")."""

from extract.claimhelp import extract_rows, find, held, name


def run(rules, text, date="2021-03-05"):
    return extract_rows(rules, text + "\n", date)


# "that bureau" -------------------------------------------------------------------------------------


def test_heading_that_bureau_is_heading_the_bureau_named_before(rules):
    rows = run(rules, "The Treasury designated Wang Lin, a former director of the Qinghai Public Security Bureau, "
                      "and Zhou Ping, who now heads that bureau.")
    assert held(rows, "Zhou Ping") == {("head", "Qinghai Public Security Bureau")}
    assert held(rows, "Wang Lin") == {("director", "Qinghai Public Security Bureau")}


def test_heading_the_company_with_no_company_named_gives_no_position(rules):
    rows = run(rules, "Zhou Ping, a businessman from Lhasa, now runs the company.")
    assert find(rows, "position", person="Zhou Ping") == []


# "known as" ---------------------------------------------------------------------------------------


def test_heading_an_alliance_known_by_a_name_is_heading_the_named_alliance(rules):
    rows = run(rules, "Jean Baptiste now heads an alliance of gangs known as the Iron Brotherhood.")
    assert held(rows, "Jean Baptiste") == {("head", "Iron Brotherhood")}


# "the firm X" -------------------------------------------------------------------------------------


def test_a_place_inside_a_firms_name_is_not_the_body_of_the_title(rules):
    rows = run(rules, "Paul Deng Akol, president of the firm ABMC Thai-South Sudan and an associate of the president, was listed.")
    assert held(rows, "Paul Deng Akol") == {("president", "ABMC Thai-South Sudan")}


def test_a_title_of_a_company_in_a_country_stays_the_countrys_when_the_company_is_unnamed(rules):
    rows = run(rules, "Paul Deng Akol, director of the company in South Sudan, was listed.")
    assert held(rows, "Paul Deng Akol") == {("director", "South Sudan")}


# coordinated titles after "is" ------------------------------------------------------------------


def test_each_coordinated_title_after_is_holds_with_its_own_body(rules):
    rows = run(rules, "Pedro Luis Marin Soto is president of the state oil company Petrosur "
                      "and vice president of Sol de Caribe (SOLCA).")
    assert held(rows, "Pedro Luis Marin Soto") == {("president", "Petrosur"), ("vice president", "Sol de Caribe")}


# plural titles over a list of names -------------------------------------------------------------


def test_a_plural_title_before_two_names_is_each_ones_in_the_singular(rules):
    rows = run(rules, "The sanctions cover the members of the European Parliament Anna Keller and Marc Dubois, and a think tank.")
    assert held(rows, "Anna Keller") == {("member", "European Parliament")}
    assert held(rows, "Marc Dubois") == {("member", "European Parliament")}


def test_a_plural_title_set_off_after_a_list_of_names_is_each_ones(rules):
    rows = run(rules, "Hassan Ali, Omar Said and Yusuf Karim, all members of the Rapid Support Forces, were named.")
    for person in ("Hassan Ali", "Omar Said", "Yusuf Karim"):
        assert held(rows, person) == {("member", "Rapid Support Forces")}


def test_a_counted_plural_title_after_two_names_is_each_ones(rules):
    rows = run(rules, "Officers Tun Aung and Min Thu, the two deputy commanders of the 33rd Light Infantry Division, were listed.")
    for person in ("Tun Aung", "Min Thu"):
        assert held(rows, person) == {("deputy commander", "33rd Light Infantry Division")}


def test_a_singular_title_after_two_names_is_not_shared(rules):
    rows = run(rules, "The panel heard Hassan Ali and Omar Said, the commander of the Rapid Support Forces, on Monday.")
    assert find(rows, "position", person="Hassan Ali") == []


# "who" after an apposition --------------------------------------------------------------------


def test_who_after_a_descriptor_of_a_person_is_that_person(rules):
    rows = run(rules, "Also listed is Ivan Petrov, a former Russian intelligence officer who serves as national security adviser "
                      "to the President of the Central African Republic, Jean Morel.")
    assert ("national security adviser", "Central African Republic") in held(rows, "Ivan Petrov")


def test_who_after_a_body_inside_a_persons_apposition_is_the_person(rules):
    rows = run(rules, "General Ravi Perera, former Chief of Defence Staff of the Sri Lankan armed forces, "
                      "who commanded the Army's 58th Division in the last months of the war, was listed.")
    assert ("commander", "58th Division") in held(rows, "Ravi Perera")


def test_its_title_after_is_in_a_coordinated_who_clause_is_of_the_body_just_referred_to(rules):
    rows = run(rules, "The Council listed the Falcon Group, a private military company. The individuals listed include Oleg Ivanov, "
                      "a former officer of Russia's military intelligence service, the GRU, who founded the group and is its commander, "
                      "and Pavel Sidorov, its executive director.")
    assert ("commander", "Falcon Group") in held(rows, "Oleg Ivanov")
    assert ("commander", "GRU") not in held(rows, "Oleg Ivanov")


def test_which_after_a_body_does_not_make_the_body_a_persons_title(rules):
    rows = run(rules, "Ravi Perera, an adviser to the Vanni Command, which runs the Joseph Camp, was listed.")
    assert all(org != "Joseph Camp" for _, org in held(rows, "Ravi Perera"))


# designation lists and possessives ------------------------------------------------------------


def test_a_title_in_brackets_after_a_name_is_the_persons(rules):
    rows = run(rules, "The designations are: Ahmed Karim (Commander of the Rapid Support Forces); "
                      "Omar Bashir Saleh (Director, National Intelligence Service).")
    assert held(rows, "Ahmed Karim") == {("Commander", "Rapid Support Forces")}
    assert held(rows, "Omar Bashir Saleh") == {("Director", "National Intelligence Service")}


def test_a_country_in_brackets_after_a_name_is_no_title(rules):
    rows = run(rules, "Ahmed Karim (Sudan) was listed.")
    assert find(rows, "position", person="Ahmed Karim") == []


def test_a_list_entry_of_name_title_and_body_between_commas_is_a_position(rules):
    rows = run(rules, "The list includes Ahmed Karim, Commander, Rapid Support Forces; "
                      "Omar Bashir Saleh, Director, National Intelligence and Security Service.")
    assert held(rows, "Ahmed Karim") == {("Commander", "Rapid Support Forces")}
    assert held(rows, "Omar Bashir Saleh") == {("Director", "National Intelligence and Security Service")}


def test_a_body_that_is_the_subject_of_the_next_verb_is_not_the_title_s(rules):
    rows = run(rules, "Ahmed Karim, a spokesman, the Rapid Support Forces said.")
    assert find(rows, "position", person="Ahmed Karim") == []


def test_a_bare_apostrophe_after_a_plural_body_is_its_possessive(rules):
    rows = run(rules, "The Rapid Support Forces' commander, Ahmed Karim, was listed.")
    assert held(rows, "Ahmed Karim") == {("commander", "Rapid Support Forces")}


# "X's spokesman" ------------------------------------------------------------------------------


def test_a_title_of_a_person_with_an_office_in_the_text_is_of_that_office(rules):
    rows = run(rules, "Ramzan Kadyrov, the head of Russia's Chechen Republic, was barred. "
                      "Alvi Karimov, Kadyrov's adviser, responded that the reports were lies.")
    assert held(rows, "Alvi Karimov") == {("adviser", name(find(rows, "position", person="Ramzan Kadyrov")[0]["org"]))}


def test_a_persons_spokesman_speaks_for_the_person(rules):
    """Round 27: a spokesman is the man's own (the annotated texts give "Kadyrov's spokesman" Kadyrov, not always Chechnya)."""
    rows = run(rules, "Ramzan Kadyrov, the head of Russia's Chechen Republic, was barred. "
                      "Alvi Karimov, Kadyrov's spokesman, responded that the reports were lies.")
    assert held(rows, "Alvi Karimov") == {("spokesman", "Ramzan Kadyrov")}


def test_a_title_of_a_person_without_an_office_in_the_text_gives_no_position(rules):
    rows = run(rules, "Maria Lopez met Omar Hassan on Monday. Ali Nasser, Omar Hassan's spokesman, declined to comment.")
    assert find(rows, "position", person="Ali Nasser") == []
