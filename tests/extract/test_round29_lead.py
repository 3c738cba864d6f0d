"""Round 29 (lead): the names of a Title-Case headline.

A headline capitalises every word, so a capital there does not say where a name stops: the NER read "Taliban Kill"
and "Zhanaozen Unpunished" as people and "Demands End" as a name. The text below the headline says where: a name
is cut to the opening words the text names on their own, and a headline "name" none of whose words the text
capitalises inside a sentence is no name. A headline name the text gives in part ("Besigye") stays whole, and so
does a body's name that ends on its own noun ("... Intelligence Agency").
"""

import pytest

from kg.model import Document


def entities(rules, text: str, date: str = "2024-05-01"):
    return {e.name: e.type for e in rules.extract(Document(id="t", text=text, date=date)).entities.values()}


CUT = [
    ("Norvia: Dravani Kill, 'Disappear' Ex-Officials\n\nHuman Rights Watch, May 1, 2024\n\n"
     "The Dravani have summarily executed more than 40 former police officers since they took power, Human Rights "
     "Watch said today. Dravani commanders denied the killings.\n",
     "Dravani Kill", "Dravani"),
    ("Strikers Punished, Police Abuses in Tarnovka Unpunished\n\nTARNOVKA, Oct 3 (Wire) - Police who fired on striking "
     "workers in Tarnovka last year have not been charged, lawyers for the victims said on Tuesday.\n",
     "Tarnovka Unpunished", "Tarnovka"),
    ("Report: Sellan Guards Beat Detainees in Three Prisons\n\nGuards of the Sellan prison service beat detainees in "
     "three prisons, a report by the Mirova Centre found. Sellan officials did not respond.\n",
     "Sellan Guards Beat Detainees", None),
]


@pytest.mark.parametrize("text, headline_only, kept", CUT)
def test_a_headline_name_ends_where_the_text_ends_it(rules, text, headline_only, kept):
    found = entities(rules, text)
    assert headline_only not in found, found
    if kept:
        assert kept in found, found


@pytest.mark.parametrize("text, no_name", [
    ("Security Council Demands End to Norvia Violence, Adopting Resolution 9911 (2031)\n\nThe Security Council today "
     "demanded an end to the fighting in Norvia and imposed an arms embargo on the militias.\n", "Demands End"),
    ("Norvia: Prisons Accountable After Deaths of Two Protesters\n\nTwo protesters died in custody in Norvia last month, "
     "and nobody has been held accountable, the monitor Lina Corvo said.\n", "Prisons Accountable After"),
    ("Rights Groups Demand Release of Critics Abducted in Norvia\n\nCritics of the government have been abducted in "
     "Norvia this year, rights groups said on Monday.\n", "Critics Abducted"),
])
def test_a_headline_phrase_the_text_never_capitalises_is_no_name(rules, text, no_name):
    assert no_name not in entities(rules, text)


@pytest.mark.parametrize("text, name, typ", [
    ("Court Frees Opposition Leader Anatol Verbek After Two Years in Jail\n\nA court in Norvia freed Verbek on Monday, "
     "his lawyer said.\n", "Anatol Verbek", "Person"),
    ("Treasury Sanctions Norvia's Military Intelligence Agency After Death of Navy Captain in Custody\n\nToday, the "
     "Treasury designated Norvia's Military Intelligence (Dirección de Inteligencia Militar, DIM) for the death in "
     "custody of a navy captain.\n", "Military Intelligence Agency", None),
])
def test_a_headline_name_the_text_gives_in_part_stays_whole(rules, text, name, typ):
    found = entities(rules, text)
    assert name in found, found
    if typ:
        assert found[name] == typ


@pytest.mark.parametrize("text, people", [
    ("The council told the Varanis to withdraw their fighters from the port, and called on the leader of the Varani "
     "movement to free the detainees.", "Varanis"),
    ("Clashes between the Kereks and the army left 40 dead, officials said; Kerek leaders blamed the soldiers.", "Kereks"),
    ("Rights groups said the Ostrovs, who have controlled the district since 2019, detained dozens of critics. Ostrov "
     "fighters denied it.", "Ostrovs"),
])
def test_a_plural_name_after_the_is_a_people_not_a_person(rules, text, people):
    found = entities(rules, text)
    assert found.get(people) not in (None, "Person"), found


def test_a_surname_ending_in_s_after_the_stays_a_person_without_its_singular(rules):
    text = "Prosecutors charged Alexis Demos with fraud on Monday. The Demos family said he was innocent."
    assert entities(rules, text).get("Alexis Demos") == "Person"


@pytest.mark.parametrize("text, body, other", [
    ("Ada Lenz, the chief whip of the opposition party Umoja (Chama cha Umoja na Haki), was shot on Thursday. Umoja "
     "leaders blamed the police.", "Umoja", "Chama cha Umoja na Haki"),
    ("The Directorate of Prisons (Dirección General de Centros Penales) denied that inmates had been beaten.",
     "Directorate of Prisons", "Dirección General de Centros Penales"),
    ("The National Commission on Human Rights (Komnas HAM) found that police fired tear gas into the stands.",
     "National Commission on Human Rights", "Komnas HAM"),
])
def test_a_bodys_other_name_in_brackets_is_the_same_body(rules, text, body, other):
    ents = list(rules.extract(Document(id="t", text=text, date="2024-05-01")).entities.values())
    found = next(e for e in ents if e.name == body)
    assert other in found.aliases, sorted(found.aliases)
    assert not [e.name for e in ents if e.type == "Person" and e.name in other]


def test_a_person_named_in_brackets_after_a_body_stays_a_person(rules):
    text = "A spokesman for the Ministry of Justice (Omar Belkacem) said the detainees had been released."
    found = entities(rules, text)
    assert found.get("Omar Belkacem") == "Person", found


@pytest.mark.parametrize("text, medium", [
    ("In a declaration on behalf of the EU, the High Representative Karel Vos condemned the attacks on civilians.", "declaration"),
    ("In his final statement to the court, Anton Belov said he did not regret his words.", "final statement"),
    ("Interior Minister Oleg Sarov told a local television station on Monday that the detainees were terrorists.",
     "local television station"),
    ("A spokesman, Paul Ndayi, said on local radio that the army had acted within the law.", "local radio"),
])
def test_the_medium_of_a_statement_is_read_whole(rules, text, medium):
    from .claimhelp import extract_rows, name
    rows = [r for r in extract_rows(rules, text + "\n", "2024-05-01") if r["type"] == "statement"]
    assert medium in {name(r.get("medium")) for r in rows}, rows


@pytest.mark.parametrize("text, first, second", [
    ("The Treasury designated the following:\n- Kyaw Lin Aye, Soe Naing and Tin Htut Naing, whom the junta named ministers;\n"
     "- Zaw Min Aye, the council's Joint Secretary.\n", "Kyaw Lin Aye", "Zaw Min Aye"),
    ("The list names U Hla Tun Aye, a colonel. His deputy, Min Khant Aye, denied it.", "U Hla Tun Aye", "Min Khant Aye"),
    ("The report names Aung Kyi Win, a colonel, and Than Zaw Win, who commanded the battalion.", "Aung Kyi Win", "Than Zaw Win"),
])
def test_two_names_sharing_their_last_word_are_two_people(rules, text, first, second):
    """(Burmese names have no surname: "Mya Tun Oo" is no "Oo" of "Ye Win Oo")"""
    found = entities(rules, text)
    assert found.get(first) == "Person" and found.get(second) == "Person", found


def test_a_surname_alone_is_still_the_person_named_in_full(rules):
    text = "A court sentenced the activist Ivo Merhi to ten years. Merhi denied the charges, his lawyer said."
    found = entities(rules, text)
    assert found.get("Ivo Merhi") == "Person" and "Merhi" not in found, found


@pytest.mark.parametrize("text, body", [
    ("Arkady Volkov, a member of Russia's State Duma and a close ally of the governor, denied the reports.", "State Duma"),
    ("The bill passed the Verkhovna Rada on Tuesday, said Olena Marchuk, a member of the Verkhovna Rada.", "Verkhovna Rada"),
    ("Yossi Harel, a member of the Knesset, called the detentions unlawful.", "Knesset"),
])
def test_a_national_legislature_is_a_body_of_its_state(rules, text, body):
    found = entities(rules, text)
    assert found.get(body) == "GovernmentBody", found


@pytest.mark.parametrize("text, city", [
    ("(Nairobi, March 3, 2024) - Tavira's soldiers summarily executed at least 40 civilians in the town of "
     "Merka in January, Human Rights Watch said today.", "Nairobi"),
    ("(Beirut, June 2, 2022) - Tavira's police routinely torture political detainees, Human Rights Watch said in a "
     "report released today.", "Beirut"),
    ("(London, May 5, 2023) - Security forces in Ostland arbitrarily detained hundreds of protesters last month, "
     "Amnesty International said.", "London"),
])
def test_an_ngo_dateline_city_in_brackets_is_no_place_of_the_deed(rules, text, city):
    from .claimhelp import extract_rows, name
    rows = [r for r in extract_rows(rules, text + "\n", "2024-05-01") if r["type"] == "abuse"]
    assert rows and all(name(r.get("location")) != city for r in rows), rows


def test_a_city_in_brackets_that_is_no_dateline_can_be_the_place(rules):
    from .claimhelp import extract_rows, name
    text = "Police detained dozens of protesters in the capital (Beirut) on Monday, Human Rights Watch said."
    rows = [r for r in extract_rows(rules, text + "\n", "2024-05-01") if r["type"] == "abuse"]
    assert "Beirut" in {name(r.get("location")) for r in rows}, rows


def test_a_title_in_a_headline_names_no_one_the_text_does_not_name(rules):
    text = ("Treasury Sanctions Tavira State Security Minister Over Violence Against Dissenters\n\nWASHINGTON - Today, the "
            "Treasury designated Tavira's Minister of State for National Security, Owen Tembo Banda, under E.O. 13818 for his "
            "role in attacks on critics of the government.\n")
    found = entities(rules, text)
    assert not [n for n in found if "Violence" in n], found
    assert found.get("Owen Tembo Banda") == "Person", found
