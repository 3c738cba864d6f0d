"""Laws the gazetteer does not know are still laws: titles of acts and regulations, and numbered EU acts.

Releases cite many instruments no list can enumerate (a new country's regulations under a
sanctions act, an immigration act, an EU implementing regulation). A designation under one of
them must carry it as its legal basis, and a law named only for a consequence of the
designation ("inadmissible under the ... Act") must not become the basis of another.
All names below are invented.
"""

import re

from hypothesis import given
from hypothesis import strategies as st

from extract.claimhelp import extract_rows, find, name
from kg.extract.gazetteer import statute_titles
from kg.extract.rules.words import STATUTE_TITLE_LEAD


def titles(text: str) -> list[str]:
    return [text[s:e] for s, e in statute_titles(text, STATUTE_TITLE_LEAD)]


def bases(rows, target):
    return {name(c.get("legal_basis")) for c in find(rows, "sanction", target=target)}


def test_a_title_runs_over_capitals_small_words_and_parentheses_to_act_or_regulations_and_its_year():
    text = ("Canada acted under the Special Economic Measures (Ruritania) Regulations. "
            "The UK used The Ruritania (Sanctions) (EU Exit) Regulations 2020 and the Human Rights and Accountability Act of 2019.")
    assert titles(text) == ["Special Economic Measures (Ruritania) Regulations",
                            "Ruritania (Sanctions) (EU Exit) Regulations 2020",  # "The" opens the title in UK style; names match without it
                            "Human Rights and Accountability Act of 2019"]


def test_words_that_open_the_sentence_are_no_part_of_the_title():
    assert titles("On Tuesday the Civic Protection Act was used.") == ["Civic Protection Act"]
    assert titles("Under Foreign Officials Accountability Act rules, she is barred.") == ["Foreign Officials Accountability Act"]
    assert titles("Today Parliament passed it. The Act took effect.") == []


def test_numbered_eu_acts():
    text = ("The Council adopted Council Implementing Regulation (EU) 2024/1485 and Council Decision (CFSP) 2024/1486, "
            "amending Council Decision 2019/797/CFSP.")
    assert titles(text) == ["Council Implementing Regulation (EU) 2024/1485", "Council Decision (CFSP) 2024/1486",
                            "Council Decision 2019/797/CFSP"]


@given(st.text(alphabet=st.sampled_from(list("AaBb (Act)Regulations of the 2019,\n")), max_size=80))
def test_every_title_is_a_substring_that_ends_in_its_kind_or_year(text):
    for s, e in statute_titles(text, STATUTE_TITLE_LEAD):
        found = text[s:e]
        assert found and found == found.strip()
        assert re.search(r"(?:Act|Regulations)(?:,?\s+(?:of\s+)?\d{4})?$", found), found


def test_designations_under_laws_no_gazetteer_knows(rules):
    text = """Ruritania Sanctions Announced

March 3, 2025

The Department of State is designating Colonel Arvid Tamm, formerly commander of the Harju Police Brigade, under Section 212(a)(3)(C) of the Immigration and Nationality Act for his involvement in gross violations of human rights.

Canada imposed sanctions on Arvid Tamm under the Special Economic Measures (Ruritania) Regulations.

The Council of the European Union imposed restrictive measures on Arvid Tamm under Council Regulation (EU) 2025/311.
"""
    rows = extract_rows(rules, text, "2025-03-03")
    assert bases(rows, "Arvid Tamm") == {
        "Section 212(a)(3)(C) of the Immigration and Nationality Act",
        "Special Economic Measures (Ruritania) Regulations",
        "Council Regulation (EU) 2025/311",
    }


def test_a_law_named_for_a_consequence_is_not_the_basis_of_a_designation_told_later(rules):
    text = """Canada Imposes Sanctions on Ruritanian Officials

June 2, 2025

Today, the Minister of Foreign Affairs announced that Canada is imposing sanctions under the Special Economic Measures (Ruritania) Regulations on Petra Vask, a former minister of the interior.

The listed person is also inadmissible to Canada under the Immigration and Refugee Protection Act.

Today's measures follow sanctions that Canada imposed last month on Oskar Lind, a militia leader.
"""
    rows = extract_rows(rules, text, "2025-06-02")
    assert bases(rows, "Petra Vask") == {"Special Economic Measures (Ruritania) Regulations"}
    assert "Immigration and Refugee Protection Act" not in bases(rows, "Oskar Lind")
