"""Per-country breakdowns in the shapes wire and aggregator copy writes them (#16)."""

from tests.ingest.phrases import facts, sent


def test_followed_by_a_country_with_a_figure():
    got = sent("Most arrests took place in the United States, where 71 people were detained, followed by "
               "Germany with 33, the Netherlands with eight and Spain, 5.")
    assert got == [("arrests", 71, "people", "US"), ("arrests", 33, "people", "DE"), ("arrests", 8, "people", "NL"),
                   ("arrests", 5, "people", "ES")]


def test_a_list_whose_last_item_has_a_comma():
    got = sent("The largest number of arrests were in Canada with 44, Britain 21, France 17 and the Netherlands, 6.")
    assert got == [("arrests", 44, "people", "CA"), ("arrests", 21, "people", "GB"), ("arrests", 17, "people", "FR"),
                   ("arrests", 6, "people", "NL")]


def test_which_took_people_into_custody():
    assert sent("Canada was followed by Ireland, which took 18 people into custody.") == [("arrests", 18, "people", "IE")]


def test_a_figure_then_where_it_happened():
    assert sent("The highest number of arrests – 61 in total – occurred in France.") == [("arrests", 61, "people", "FR")]
    got = sent("A total of 93 arrests were carried out, with 57 of them taking place in Italy.")
    assert got == [("arrests", 93, "people", None), ("arrests", 57, "people", "IT")]
    got = sent("Of the 160 arrests, 92 took place in Canada and 31 in Ireland.")
    assert got == [("arrests", 160, "people", None), ("arrests", 92, "people", "CA"), ("arrests", 31, "people", "IE")]


def test_a_country_adjective_subject_of_totalled():
    got = sent("Polish arrests totalled 22, Czech arrests totalled 9.")
    assert got == [("arrests", 22, "people", "PL"), ("arrests", 9, "people", "CZ")]


def test_a_fronted_place_alone_owns_the_first_figure():
    got = sent("In Portugal alone, police arrested 29 people, while 12 were held in Spain, and four each in France and Italy.")
    assert got[:2] == [("arrests", 29, "people", "PT"), ("arrests", 12, "people", "ES")]


def test_one_figure_each_in_several_places():
    assert facts("- Austria & Slovenia: 4 arrests each") == [("arrests", 4, "people", "AT"), ("arrests", 4, "people", "SI")]
    got = sent("Police arrested 20 in Germany and three each in Spain and Portugal.")
    assert ("arrests", 3, "people", "ES") in got and ("arrests", 3, "people", "PT") in got


def test_russian_po_distributes_one_figure():
    got = sent("Ещё по девять человек задержаны во Франции и Испании.", "ru")
    assert got == [("arrests", 9, "people", "FR"), ("arrests", 9, "people", "ES")]
    got = sent("В Чехии задержали девятерых, в Словакии и Венгрии — по семь человек.", "ru")
    assert ("arrests", 7, "people", "SK") in got and ("arrests", 7, "people", "HU") in got


def test_figures_respectively():
    assert facts("Austria & Czechia: 5 and 6 arrests respectively") == [
        ("arrests", 5, "people", "AT"), ("arrests", 6, "people", "CZ")]


def test_an_answer_with_a_bare_number_to_an_arrest_question():
    text = "Q&A: Operation Gorse\nHow many people were arrested in total?\nNinety-one across six countries."
    assert facts(text) == [("arrests", 91, "people", None)]


def test_a_nationality_among_the_detained_is_a_subset():
    assert sent("Среди задержанных – пятеро граждан Колумбии.", "ru") == []


def test_charged_in_a_court_is_no_arrest_but_police_charging_is():
    assert sent("Four men charged in the Southern District of New York ran the escrow service.") == []
    assert sent("Police have charged 23 people after the investigation.") == [("arrests", 23, "people", None)]


def test_a_country_had_its_arrests():
    got = sent("Germany had 14 arrests, the Netherlands 9 and France 7.")
    assert got == [("arrests", 14, "people", "DE"), ("arrests", 9, "people", "NL"), ("arrests", 7, "people", "FR")]


def test_accounted_for_after_an_arrest_sentence_borrows_its_cue():
    text = "Police in nine countries arrested 240 people. Britain accounted for 48, Germany 41 and Italy 13, with the rest spread across six other countries."
    got = facts(text)
    assert ("arrests", 48, "people", "GB") in got and ("arrests", 13, "people", "IT") in got


def test_a_fronted_place_never_places_a_bare_number():
    assert sent("In the US, the FBI arrested the man accused of running Silk Road 2.0.") == []


def test_a_country_written_inside_the_count():
    assert sent("Among these 153 U.S. suspects, one was arrested in California.")[0] == ("arrests", 153, "people", "US")


def test_a_share_from_a_country_alone():
    got = facts("Police seized 500 kilograms (1,102 pounds) of drugs worldwide, 274 kgs (604 pounds) from the US alone.")
    assert got == [("seized_drugs", 274, "kg", "US"), ("seized_drugs", 500, "kg", None)]


def test_a_bracketed_figure_then_were_arrested_in():
    got = sent("A total of 150 suspects have been arrested, most of them (65) were arrested in the United States, "
               "followed by Germany (47), Italy and the Netherlands each arrested 4 people.")
    assert got == [("arrests", 150, "people", None), ("arrests", 65, "people", "US"), ("arrests", 47, "people", "DE"),
                   ("arrests", 4, "people", "IT"), ("arrests", 4, "people", "NL")]
    assert sent("Eleven more suspects were held in Malta, Chile and Belgium.") == [("arrests", 11, "people", None)]


def test_one_arrest_each_in_brackets():
    got = sent("The arrests occurred in the US (153 arrests), Poland and Brazil (one arrest each).")
    assert got == [("arrests", 153, "people", "US"), ("arrests", 1, "people", "PL"), ("arrests", 1, "people", "BR")]


def test_places_with_a_figure_each():
    got = sent("The arrests occurred in France with 29, Austria and the Netherlands with four each, and Spain with one.")
    assert got == [("arrests", 29, "people", "FR"), ("arrests", 4, "people", "AT"), ("arrests", 4, "people", "NL"),
                   ("arrests", 1, "people", "ES")]


def test_netted_suspects_are_arrests():
    assert sent("A major international crackdown netted 270 suspects across 10 countries.") == [("arrests", 270, "people", None)]


def test_the_remaining_borrow_the_arrest_cue_of_the_sentence_before():
    got = facts("Police arrested 28 people. Germany had 15 arrests, the Netherlands 8. The remaining five were in Belgium.")
    assert ("arrests", 5, "people", "BE") in got and ("arrests", 15, "people", "DE") in got


def test_caught_captured_and_others_were_detained_in():
    got = sent("Another 55 were caught in the United Kingdom, and 52 others were detained in Germany.")
    assert got == [("arrests", 55, "people", "GB"), ("arrests", 52, "people", "DE")]
    got = sent("Austrian authorities captured nine suspects, five were found in France and two in Switzerland.")
    assert got == [("arrests", 9, "people", "AT"), ("arrests", 5, "people", "FR"), ("arrests", 2, "people", "CH")]


def test_remanded_hackers_are_arrests():
    assert sent("Суд Москвы заключил под стражу восемь предполагаемых хакеров.", "ru") == [("arrests", 8, "people", "RU")]


def test_the_country_with_the_most_arrests_and_its_count_in_apposition():
    from tests.ingest.phrases import sent
    assert sent("The US accounted for the most arrests, 153, followed by the UK with 55 and Germany with 52.") == [
        ("arrests", 153, "people", "US"), ("arrests", 55, "people", "GB"), ("arrests", 52, "people", "DE")]


def test_a_total_is_not_the_country_of_its_part_named_by_country():
    from tests.ingest.phrases import sent
    assert sent("The operation, led by German police, resulted in 15 arrests, including eight in Germany.") == [
        ("arrests", 15, "people", None), ("arrests", 8, "people", "DE")]
    assert sent("German police arrested 15 people, including eight in Berlin.") == [
        ("arrests", 15, "people", "DE"), ("arrests", 8, "people", "DE")]
