"""One person, or people named one by one, arrested with no number written in English local copy
(#16, enlocal batch: police releases and court reports about a single dealer rarely write "1")."""

from tests.ingest.phrases import facts, sent


def test_one_person_an_arrest_verb_governs_is_one_arrest():
    assert sent("Detectives arrested a 47-year-old Brisbane man at his home in Queensland.") == [("arrests", 1, "people", "AU")]
    assert sent("A 29-year-old woman was arrested in Leeds on Tuesday.") == [("arrests", 1, "people", "GB")]
    assert sent("Police have arrested and charged a woman who allegedly sold MDMA on the dark web.") == [
        ("arrests", 1, "people", None)]
    assert sent("Tom Reddle, 41, of Hexham Road, was arrested in Newcastle upon Tyne.") == [("arrests", 1, "people", "GB")]


def test_people_listed_under_one_plural_verb_are_counted():
    story = "A man, aged 27 from Swindon, and a man, aged 52 from Bristol, were arrested in England."
    assert sent(story) == [("arrests", 2, "people", "GB")]
    assert sent("A 23-year-old man and 20-year-old woman were arrested in Singapore.") == [("arrests", 2, "people", "SG")]


def test_a_lone_person_beside_a_count_is_not_a_second_figure():
    story = ("Kent man arrested over dark web cocaine sales\n\n"
             "Three people were arrested in Kent after officers raided two homes. "
             "A 31-year-old man was arrested at an address in Maidstone.")
    assert facts(story) == [("arrests", 3, "people", "GB")]


def test_charged_people_and_recalled_cases_are_no_arrests():
    assert sent("A 34-year-old man and a 29-year-old woman have been charged.") == []
    assert sent("A man has been charged with supplying cannabis.") == []
    assert sent("Two years ago a 40-year-old man was arrested in Perth.") == []


def test_people_also_arrested_add_to_the_one_held_first():
    story = ("Police raided a home in Cairns and seized 400g of MDMA. A 52-year-old man was arrested at the scene. "
             "A 30-year-old woman and a 24-year-old man were also arrested at a second address.")
    assert [f for f in facts(story) if f[0] == "arrests"] == [("arrests", 1, "people", None), ("arrests", 2, "people", None)]


def test_people_introduced_with_an_age_are_counted_by_surname():
    story = ("Two men jailed over dark web cocaine ring\n\n"
             "Kieran Doyle, 31, and Martin Reece, 26, posted cocaine across Scotland from a flat in Dundee. "
             "Police found 1.4kg of cocaine at the flat. Doyle and Reece were arrested after a surveillance operation.")
    assert [f for f in facts(story) if f[0] == "arrests"] == [("arrests", 2, "people", None)]
    story = ("Ohio man pleads guilty to dark web sales\n\nOwen Birch, 44, sold pills on the dark web. "
             "Agents arrested Birch as he left a post office in Akron.")
    assert [f for f in facts(story) if f[0] == "arrests"] == [("arrests", 1, "people", "US")]


def test_a_capitalised_word_that_is_no_introduced_person_is_no_arrest():
    story = "One of them was arrested in Germany. Twelve people were charged in the United States."
    assert ("arrests", 1, "people", "DE") in facts(story)


def test_a_person_in_apposition_then_arrested_is_one_arrest():
    assert sent("The passenger, a 27-year-old woman from Blackpool, refused to answer questions and was arrested.") == [
        ("arrests", 1, "people", None)]
    assert sent("The man, a 30-year-old from Leeds, sold 40 pills and was arrested.") == []
