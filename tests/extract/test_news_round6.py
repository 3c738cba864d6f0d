"""News and NGO reports, round 6: abuses told in the passive after the force that acted was named, denials
by the accused side, investigations opened or carried out by prosecutors, police and rights groups, and
relative dates. Every name here is invented."""

import pytest

from extract.claimhelp import extract_rows, find, name, perpetrators

DATE = "2024-03-14"  # a Thursday


# who acted, when the abuse is told in the passive without an agent ------------------------------------


@pytest.mark.parametrize("text", [
    "Soldiers of the Veloran army raided the village of Kessum on Monday. Dozens of men were detained overnight.",
    "The Veloran army raided the village of Kessum on Monday, residents said. Dozens of men were detained overnight.",
    "Troops from the Veloran army stormed Kessum at dawn and dozens of men were detained.",
])
def test_a_passive_detention_is_by_the_force_that_acted_just_before(rules, text):
    rows = extract_rows(rules, text, DATE)
    assert perpetrators(rows, "arbitrary_detention") == {"Veloran army"}


def test_coordinated_passives_share_the_acting_force(rules):
    rows = extract_rows(rules, "Police in Tarvonia broke up a march by opposition supporters. "
                               "At least twelve protesters were arrested and two were beaten unconscious, witnesses said.", DATE)
    assert perpetrators(rows, "arbitrary_detention") == {"Police"}
    assert perpetrators(rows, "ill_treatment") == {"Police"}


def test_the_acting_force_is_not_whoever_reports_or_condemns(rules):
    rows = extract_rows(rules, "The Castavian Bar Association said on Monday that the trials were unfair. "
                               "Dozens of lawyers were detained overnight.", DATE)
    assert "Castavian Bar Association" not in perpetrators(rows)
    rows = extract_rows(rules, "The European Union condemned the crackdown in Tarvonia. Dozens of students were detained.", DATE)
    assert "European Union" not in perpetrators(rows)


def test_a_person_acting_before_a_passive_is_not_taken_for_the_force(rules):
    rows = extract_rows(rules, "Opposition leader Marta Ilvesk returned to Delmor on Sunday. She was arrested at the airport.", DATE)
    assert "Marta Ilvesk" not in perpetrators(rows)


def test_a_passive_with_its_own_agent_keeps_it(rules):
    rows = extract_rows(rules, "Soldiers of the Veloran army raided Kessum on Monday. "
                               "Two farmers were later detained by the Kessum district police.", DATE)
    assert perpetrators(rows, "arbitrary_detention") == {"Kessum district police"}


def test_the_force_refers_to_a_police_body_not_to_a_place_the_tagger_called_an_organisation(rules):
    rows = extract_rows(rules, "The three women were arrested by police on Wednesday. They were found on Friday at Ondurovo, "
                               "far from the capital. A police spokesman said the force had no record of their arrest.", DATE)
    assert "Ondurovo" not in perpetrators(rows)
