"""«в стране» / "across the country" in a story that names one country is that country: «в общей сложности» ("in
all") alone reads as a total over every place, but a total «в стране» is the one country's.  With two countries
named, the word places nothing.  Own sentences."""

from tests.ingest.phrases import facts


def test_a_total_in_the_country_is_the_story_country():
    text = ("Полиция Казахстана провела операцию против наркосбыта через интернет. Задержаны 14 человек. "
            "Всего изъято в общей сложности 12,5 кг наркотиков в стране.")
    assert ("seized_drugs", 12.5, "kg", "KZ") in facts(text)


def test_across_the_country_in_english():
    assert facts("Latvian police said 230 people were arrested in total across the country.") == [
        ("arrests", 230, "people", "LV")]


def test_two_countries_leave_the_country_word_unplaced():
    assert facts("Police in Spain and Italy seized 40 kg of cocaine in total in the country.") == [
        ("seized_drugs", 40, "kg", None)]


def test_a_nationwide_raid_places_nothing_by_itself():
    assert facts("Officers made four arrests in a nationwide raid on the forum, prosecutors said.") == [
        ("arrests", 4, "people", None)]
