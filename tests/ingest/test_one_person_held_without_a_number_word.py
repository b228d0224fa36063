"""One person arrested, written without a number and sometimes without a noun: a person named in
full after the verb, "the alleged vendor was arrested", "he was arrested", the infinitive "to arrest
a man and a woman", «…, где и был задержан».  As every lone person, only where nothing else counts
the arrests.  Own sentences."""

from tests.ingest.phrases import facts


def _arrests(text: str) -> list[float]:
    return [v for m, v, _, _ in facts(text) if m == "arrests"]


def test_a_person_named_in_full_after_the_verb_is_one_arrest():
    assert _arrests("Federal agents arrested Marcus Ellery, 29, at a motel in Reno.") == [1]
    assert _arrests("Prosecutors announced the arrest of Tomas Verhoek on Friday.") == [1]


def test_capitalised_words_that_are_no_name_stay_uncounted():
    assert _arrests("Officers arrested New Jersey residents during the sweep.") == []


def test_the_person_already_introduced_is_one_arrest():
    assert _arrests("The alleged vendor was arrested at his flat in Leeds on Monday.") == [1]
    assert _arrests("Police said he was arrested after a controlled delivery in Perth.") == [1]


def test_an_infinitive_of_arrest_counts_the_people_it_lists():
    assert _arrests("Officers went to a farm near Moncton to arrest a local man and a Dutch woman.") == [2]


def test_a_counted_figure_keeps_the_lone_person_out():
    assert _arrests("Police arrested 9 people. The alleged ringleader was arrested in Bilbao.") == [9]


def test_a_russian_passive_with_no_noun_is_one_person():
    assert _arrests("Фигурант перевёз партию в Самару, где и был задержан.") == [1]
    assert _arrests("Закладчица пыталась скрыться, но была задержана полицейскими.") == [1]
    assert _arrests("Задержаны 6 человек. Организатор уехал в Тверь, где и был задержан.") == [6]


def test_a_person_also_arrested_after_the_headlines_one_is_another_person():
    story = ("Man held over darknet parcels\n"
             "A 44-year-old man has been arrested after officers intercepted parcels in Hobart. "
             "The man was arrested at his home. A 27-year-old woman was also arrested.")
    assert sorted(_arrests(story)) == [1, 1]
    restated = ("Man held over darknet parcels\n"
                "A 44-year-old man has been arrested after officers intercepted parcels in Hobart. "
                "The 44-year-old man was arrested at his home.")
    assert _arrests(restated) == [1]
