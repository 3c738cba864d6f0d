"""Round 25, second part (rulesB): posts told as held before, aides named by whom they serve.

Short invented texts (people, bodies and places are made up), each shape in the wordings of a press release, a news
report and an NGO report, with a sentence where the rule must not fire.
"""

import pytest

from extract.claimhelp import extract_rows, find, held, name


# -- a post held before ("once", "then", "later") is still a position of the person -------------------------------------------

@pytest.mark.parametrize("text, person, role, org", [
    # news: a verdict story
    ("The court sentenced Ivo Danek, once governor of the Varn Autonomous Region, to life in prison.",
     "Ivo Danek", "governor", "Varn Autonomous Region"),
    # NGO report: a post at the time of the abuses
    ("Detainees said Mira Oskar, then director of the Varn Police Service, visited the cells at night.",
     "Mira Oskar", "director", "Varn Police Service"),
    # press release: a designation
    ("The Treasury today designated Tomas Velkor, later commander of the Varn Border Guard, for his role in the killings.",
     "Tomas Velkor", "commander", "Varn Border Guard"),
])
def test_a_post_told_with_a_time_word(rules, text, person, role, org):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert (role, org) in held(rows, person)


def test_once_as_a_conjunction_is_no_title(rules):
    rows = extract_rows(rules, "Ivo Danek said that, once the governor of the Varn Autonomous Region resigned, the protests ended.\n",
                        "2024-05-02")
    assert not held(rows, "Ivo Danek")


# -- "chief of staff to <a title>": the aide serves in the body of the title they serve -------------------------------------

@pytest.mark.parametrize("text, person, role, org", [
    # press release: a sanctions listing
    ("2. Ivo Danek, chief of staff to the Director General of the Varn Intelligence Service.",
     "Ivo Danek", "chief of staff", "Varn Intelligence Service"),
    # news
    ("Mira Oskar, a senior adviser to the Commissioner of the Varn Police Service, was arrested on Monday.",
     "Mira Oskar", "senior adviser", "Varn Police Service"),
    # NGO report
    ("Witnesses named Tomas Velkor, then chief of staff to the Commander of the Varn Border Guard, as present at the camp.",
     "Tomas Velkor", "chief of staff", "Varn Border Guard"),
])
def test_an_aide_to_a_title(rules, text, person, role, org):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert (role, org) in held(rows, person)


def test_chief_of_staff_of_a_body_keeps_the_body(rules):
    rows = extract_rows(rules, "The army's chief of staff, Ivo Danek, said the troops would withdraw.\n", "2024-05-02")
    assert ("chief of staff", "army") in held(rows, "Ivo Danek")


# -- the speaker is the person the subject names, not a kinsman before it or a name in a clause inside it --------------------

def _speakers(rows):
    return {name(c["speaker"]) for c in find(rows, "statement")}


@pytest.mark.parametrize("text, speaker, not_speaker", [
    # news: kin before the name
    ("Ivo Danek's daughter Mira Danek, who lives abroad, wrote on Twitter that her father was innocent.", "Mira Danek", "Ivo Danek"),
    # press release: a spokesman and his principal
    ("The spokesman of President Tomas Velkor, Anton Brel, said in a statement that the protests were illegal.", "Anton Brel", "Tomas Velkor"),
    # NGO report: a name inside a relative clause of the subject
    ("Mira Oskar, the leader of the Varn Labour Party, which marched together with the coalition led by Anton Brel, said in a "
     "statement that the police had fired on the crowd.", "Mira Oskar", "Anton Brel"),
])
def test_the_named_subject_speaks(rules, text, speaker, not_speaker):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert speaker in _speakers(rows)
    assert not_speaker not in _speakers(rows)


@pytest.mark.parametrize("text, speaker", [
    ("Mira Oskar said in a video posted on Facebook that the security forces had shot at unarmed people.", "Mira Oskar"),
    ("In a video posted on Twitter before his arrest, Ivo Danek said he was the victim of a conspiracy.", "Ivo Danek"),
    ("The Varn Rights Centre said in a statement posted on its website that Anton Brel had been tortured.", "Varn Rights Centre"),
])
def test_a_medium_posted_somewhere_is_the_speakers(rules, text, speaker):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert speaker in _speakers(rows)


def test_a_principal_named_only_as_possessor_still_speaks_through_the_fallback(rules):
    rows = extract_rows(rules, "President Tomas Velkor's spokesman said in a statement that the protests were illegal.\n", "2024-05-02")
    assert _speakers(rows)


# -- how a thing was said, told in place of a medium ("said by telephone", "said on its website") ---------------------------

def _media(rows, speaker):
    return {name(c["medium"]) for c in find(rows, "statement", speaker=speaker)}


@pytest.mark.parametrize("text, speaker, medium", [
    # news: a relative reached by phone
    ("His wife, Mira Danek, said by telephone that she still did not know where he was held.", "Mira Danek", "by telephone"),
    # NGO report: a group's own site
    ("The Varn Rights Centre said on its website that Anton Brel had been sentenced to nine years.", "Varn Rights Centre", "on its website"),
    # press release quoting an official
    ("Minister Tomas Velkor said by phone that the inquiry would be independent.", "Tomas Velkor", "by phone"),
])
def test_a_channel_after_the_verb_is_the_medium(rules, text, speaker, medium):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert medium in _media(rows, speaker)


def test_a_channel_on_a_participle_is_no_statement(rules):
    rows = extract_rows(rules, "Videos posted on social media showed police officers beating Anton Brel.\n", "2024-05-02")
    assert not find(rows, "statement")


# -- people unnamed, in the plural, speak and deny as the phrase itself ------------------------------------------------------

def _deniers(rows):
    return {name(c["denier"]) for c in find(rows, "denial")}


@pytest.mark.parametrize("text, speaker", [
    # news: a vigil
    ("Dozens of people gathered outside the prison on Monday. Relatives told reporters that Anton Brel had never been ill.", "Relatives"),
    # NGO report
    ("Anton Brel died in custody in Varn in May. His relatives told journalists that he had been beaten.", "His relatives"),
    # press release of a police force quoted in a news report
    ("Police spokesmen told reporters that the officers who shot Anton Brel had been suspended.", "Police spokesmen"),
])
def test_unnamed_plural_speakers(rules, text, speaker):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert speaker.lower() in {s.lower() for s in _speakers(rows)}


@pytest.mark.parametrize("text", [
    # news: the perfect split by "in the past"
    "Varn police officers shot Anton Brel in May. Police spokespeople have in the past rejected accusations that officers carry out killings.",
    # NGO report: split by "for years"
    "Soldiers killed Anton Brel in Varn in 2021. The Varn Interior Ministry has for years dismissed reports that detainees are tortured.",
    # press release
    "Police killed Anton Brel in Varn. The army has in recent years denied accusations that soldiers killed civilians.",
])
def test_a_denial_in_a_split_perfect(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    assert _deniers(rows)


def test_a_participle_after_a_determiner_is_no_denial(rules):
    rows = extract_rows(rules, "Police killed Anton Brel in Varn. The police have the rejected applications of forty asylum seekers on file.\n",
                        "2024-05-02")
    assert not _deniers(rows)


def test_a_singular_spokesman_is_left_to_the_name_rules(rules):
    rows = extract_rows(rules, "A police spokesman, Ivo Danek, told reporters that the officers had been suspended.\n", "2024-05-02")
    assert "Ivo Danek" in _speakers(rows)


# -- a body's members told as a list are its members ------------------------------------------------------------------------

@pytest.mark.parametrize("text, members", [
    # NGO report: the members after "Its other members were"
    ("The King set up the Varn Commission of Inquiry in 2011. It was chaired by Professor Ivo Danek, an expert in law. Its other "
     "members were Judge Mira Oskar, former president of the Varn Supreme Court; Sir Anton Brel, a diplomat; and Tomas Velkor, a lawyer.",
     {"Mira Oskar", "Anton Brel", "Tomas Velkor"}),
    # news: "whose members included"
    ("The Varn Commission of Inquiry, whose members also included Mira Oskar of Dorav and Anton Brel of Kesh, concluded that "
     "150 people had been killed.", {"Mira Oskar", "Anton Brel"}),
    # press release of the UN: "composed of"
    ("The Varn Commission of Inquiry, established by the Human Rights Council in March 2022 and composed of Ivo Danek (chair), "
     "Mira Oskar and Anton Brel, presented its report.", {"Mira Oskar", "Anton Brel"}),
])
def test_a_list_of_members(rules, text, members):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    for person in members:
        assert ("member", "Varn Commission of Inquiry") in held(rows, person)


def test_a_member_with_a_title_in_brackets_keeps_only_it(rules):
    rows = extract_rows(rules, "The Varn Commission of Inquiry, composed of Ivo Danek (chair), Mira Oskar and Anton Brel, "
                               "presented its report.\n", "2024-05-02")
    assert ("member", "Varn Commission of Inquiry") not in held(rows, "Ivo Danek")


def test_people_named_after_of_are_no_members(rules):
    rows = extract_rows(rules, "The Varn Farmers Union was founded in 2010. Its members were relatives of Ivo Danek.\n", "2024-05-02")
    assert not any(r == "member" for r, _ in held(rows, "Ivo Danek"))


def test_whose_members_of_a_body_named_before_by_its_noun(rules):
    rows = extract_rows(rules, "The Varn Commission of Inquiry concluded in 2009 that 156 people had been killed. The commission, whose "
                               "members also included Mira Oskar of Dorav and Anton Brel of Kesh, recommended prosecutions.\n", "2024-05-02")
    assert ("member", "Varn Commission of Inquiry") in held(rows, "Mira Oskar")


# -- a counted plural title set off before a list, with or without a clause after it ----------------------------------------

@pytest.mark.parametrize("text", [
    # news: a relative clause between the title and the names
    "Two members of parliament who had called for reforms, Ivo Danek and Mira Oskar, were arrested in July.",
    # NGO report: plain
    "Two members of parliament, Ivo Danek and Mira Oskar, were arrested in July.",
    # press release: three names
    "Three members of parliament, Ivo Danek, Mira Oskar and Anton Brel, were sentenced to 18 years.",
])
def test_counted_members_of_a_body(rules, text):
    rows = extract_rows(rules, text + "\n", "2024-05-02")
    for person in ("Ivo Danek", "Mira Oskar"):
        assert ("member", "parliament") in held(rows, person)
        assert not any(r.lower().startswith(("two", "three")) for r, _ in held(rows, person))


def test_counted_founders_of_a_body_named_with_a_place_are_not_of_the_place(rules):
    rows = extract_rows(rules, "Among those taken were three founders of the Mothers of Varn Square, Ivo Danek, Mira Oskar and Anton Brel.\n",
                        "2024-05-02")
    assert "Varn Square" not in {o for _, o in held(rows, "Mira Oskar")}
