"""Shapes of Russian-language police releases (MVD, FSB, KNB, SBU copy) found on real articles:
one person held with no number written, kinds of people in one clause, a link to another story,
equal weights of two drugs, planned output, lookalike letters, region and origin words.
The sentences are the project's own, written in those releases' style."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts, sent_ru


def _arrests(text: str) -> list[tuple]:
    return [(v, c) for m, v, _, c in facts(text) if m == "arrests"]


def test_one_person_held_with_no_number_is_one_arrest():
    text = ("В Самаре задержан 29-летний житель Тольятти, подозреваемый в сбыте наркотиков.\n"
            "При обыске у него изъяли 3 кг мефедрона.")
    assert _arrests(text) == [(1, "RU")]
    assert [v for m, v, _, _ in facts(text) if m == "seized_drugs"] == [3]


def test_the_accusative_after_the_verb_and_a_place_phrase_between():
    assert _arrests("Пограничники задержали на трассе под Оршей водителя фуры.") == [(1, "BY")]
    assert _arrests("42-летнего мужчину задержали в Караганде.") == [(1, "KZ")]


def test_the_arrester_is_not_the_arrested():
    assert _arrests("Сотрудник полиции задержал в подъезде закладчицу с партией гашиша.") == [(1, None)]
    assert _arrests("Оперативник задержал курьера.") == [(1, None)]
    assert _arrests("Сотрудник ФСБ задержал.") == []


def test_a_lone_person_inside_a_counted_total_adds_nothing():
    assert _arrests("Задержаны 17 участников группы, в том числе ее организатор.") == [(17, None)]


def test_the_one_and_the_counted_after_one_verb_are_one_figure():
    assert _arrests("Полицейские задержали организатора и четверых его подельников.") == [(5, None)]


def test_more_people_held_beside_the_one_are_both_kept():
    text = ("Милиционеры задержали в Бресте 44-летнего жителя Пинска.\n"
            "Позже в Гомеле задержали еще троих курьеров магазина.")
    assert sorted(_arrests(text)) == [(1, "BY"), (3, "BY")]


def test_a_link_to_another_story_lends_no_figures():
    text = ("В Минской области задержан курьер наркомагазина, у него изъяли 6 кг мефедрона.\n"
            "Ранее также сообщалось о задержании двух контрабандистов, которые везли 400 килограммов гашиша.")
    assert sorted(facts(text)) == [("arrests", 1, "people", "BY"), ("seized_drugs", 6, "kg", "BY")]


def test_two_drugs_of_equal_weight_are_two_figures():
    got = facts("При обыске изъяли четыре килограмма мефедрона и более четырех килограммов амфетамина.")
    assert got.count(("seized_drugs", 4, "kg", None)) == 2


def test_a_generic_noun_naming_one_substance_is_that_substance():
    got = facts("Изъято 30 кг наркотиков. Также обнаружено 12 кг психотропного вещества альфа-PVP и 18 кг наркотического средства мефедрон.")
    assert ("seized_drugs", 30, "kg", None) in got
    assert ("seized_alpha_pvp", 12, "kg", None) in got and ("seized_mephedrone", 18, "kg", None) in got


def test_what_could_have_been_made_is_no_seizure():
    assert sent_ru("Изъято 14 кг концентрата, из которого дельцы собирались изготовить около 150 кг смесей.") == [
        ("seized_drugs", 14, "kg", None)]


def test_a_weight_stated_without_a_seizure_verb():
    assert sent_ru("В доме находилось более 20 кг готового мефедрона.") == [("seized_drugs", 20, "kg", None)]
    assert sent_ru("Общий вес составил около 7 килограммов.") == [("seized_drugs", 7, "kg", None)]


def test_a_kilogram_with_no_number_is_one_but_a_rate_is_none():
    assert sent_ru("В тайнике нашли килограмм гашиша.") == [("seized_drugs", 1, "kg", None)]
    assert all(m != "seized_drugs" for m, *_ in sent_ru("Изъяли 900 рублей за килограмм."))
    assert sent_ru("Изъято 66-ти килограмм синтетики.") == [("seized_drugs", 66, "kg", None)]


def test_the_genitive_singular_of_people_counts():
    assert sent_ru("В Литве и Латвии задержаны по три человека.") == [("arrests", 3, "people", "LT"), ("arrests", 3, "people", "LV")]
    assert sent_ru("В Польше задержаны 9 подозреваемых, в Чехии и Словакии — по два.") == [
        ("arrests", 9, "people", "PL"), ("arrests", 2, "people", "CZ"), ("arrests", 2, "people", "SK")]


def test_foreigners_are_people_but_kinds_are_not_summed():
    assert _arrests("Взяты под стражу 9 граждан Узбекистана и 2 иностранца.") == [(2, None), (9, None)]


def test_lookalike_letters_are_read_as_russian_and_quoted_as_written():
    text = "В Тοмске пοлицейские изъяли 12 кг нарκотиκов и задержали четверых сбытчиκов."
    ex = extract(text)
    assert sorted((f.metric, f.value, f.country) for f in ex.facts) == [("arrests", 4, "RU"), ("seized_drugs", 12, "RU")]
    assert all(f.quote == text for f in ex.facts)


def test_a_region_named_with_its_country_adjective():
    assert "KZ" in extract("В Северо-Казахстанской области ликвидирована нарколаборатория.").countries


def test_a_native_of_part_of_a_country_is_an_origin():
    assert _arrests("Задержаны 8 участников группы, в том числе ее лидер, уроженец Восточной Грузии.") == [(8, None)]


def test_a_haul_caught_in_the_act_of_pickup_is_seized():
    assert sent_ru("Задержанные пытались забрать из тайника 7,25 килограмма гашиша.") == [("seized_drugs", 7.25, "kg", None)]


def test_the_weight_written_as_an_adjective():
    assert sent_ru("В гараже обнаружили 85-килограммовую партию кокаина.") == [("seized_drugs", 85, "kg", None)]


def test_the_weight_stated_as_total_mass():
    assert sent_ru("Экспертиза показала, что в свертках мефедрон общей массой 1,7 кг.") == [("seized_drugs", 1.7, "kg", None)]


def test_hauls_added_up_into_a_total_are_its_parts():
    text = ("У задержанного изъяли 3 свертка общей массой свыше 4 кг.\n"
            "В его квартире нашли ещё 11 кг такого же порошка.\n"
            "Экспертиза установила, что это мефедрон общей массой более 15 кг.")
    assert [v for m, v, _, _ in facts(text) if m == "seized_drugs"] == [15]


def test_a_summary_total_in_a_later_paragraph_holds_the_named_drugs_above():
    text = ("При ввозе задержаны двое мужчин, у них изъяли 6 кг опия.\n"
            "Еще в одном рейде нашли 3 кг гашиша.\n"
            "Всего пограничники изъяли 21 кг наркотиков.")
    got = facts(text)
    assert ("seized_drugs", 21, "kg", None) in got
    assert {m for m, *_ in got} >= {"seized_opioids", "seized_cannabis"}
    assert [v for m, v, _, _ in got if m == "seized_drugs"] == [21]


def test_one_more_person_held_in_another_raid_is_kept_beside_a_count():
    text = ("В Термезе задержаны трое курьеров.\n"
            "Ещё в одном рейде пограничники задержали жителя Бухары.")
    assert sorted(v for v, _ in _arrests(text)) == [1, 3]


def test_a_district_named_after_a_small_town_names_no_country():
    assert extract("Наркотики нашли в Бустонском районе.").countries == []


def test_people_named_one_by_one_after_one_verb_add_up():
    assert _arrests("В Гяндже задержаны 41-летний Эльчин Гасанов и 29-летний Рамиль Алиев.") == [(2, "AZ")]
    assert _arrests("На посту задержаны водитель фуры — житель Шеки Рауф Керимов и пассажир- житель Баку.") == [(2, "AZ")]


def test_a_resident_named_by_the_city_is_one_person():
    assert _arrests("В Казани задержан 27-летний казанец, торговавший мефедроном.") == [(1, "RU")]


def test_grams_after_the_detained_are_no_arrests():
    got = sent_ru("При досмотре у задержанного обнаружили 87 г «синтетики».")
    assert got == [("seized_drugs", 0.087, "kg", None)]


def test_the_value_of_the_drugs_is_no_money():
    assert sent_ru("Сумма изъятых наркотиков превышает 15 миллионов рублей.") == []


def test_named_drugs_with_no_place_are_parts_of_the_placed_total():
    text = ("В Баку изъято более 30 кг наркотиков.\n"
            "У задержанных обнаружено 2 кг героина и 1 кг опия.")
    got = facts(text)
    assert [v for m, v, _, _ in got if m == "seized_drugs"] == [30]


def test_common_words_are_no_regions():
    assert extract("Изъяли порошок с примесью, пригодных для продажи веществ — 3 кг.").countries == []


def test_a_russian_republic_is_russia():
    assert extract("В Тукаевском районе Татарстана ликвидирована нарколаборатория.").countries == ["RU"]


def test_a_vehicle_or_a_courier_caught_with_the_drugs():
    assert sent_ru("На границе задержали грузовик со 140 килограммами героина.") == [("seized_drugs", 140, "kg", None)]
    text = ("В Самаре задержали курьера, перевозившего 33 килограмма наркотиков\n"
            "Полицейские изъяли у него 30 кг мефедрона и около 3 кг гашиша.")
    got = facts(text)
    assert [v for m, v, _, _ in got if m == "seized_drugs"] == [33]
    assert {"seized_mephedrone", "seized_cannabis"} <= {m for m, *_ in got}


def test_what_the_haul_costs_is_no_money():
    assert sent_ru("Изъятый груз на черном рынке стоит более 40 миллионов долларов.") == []


def test_gr_is_grams():
    assert sent_ru("Изъят мефедрон общей массой 2 кг 450 гр.") == [("seized_drugs", 2.45, "kg", None)]


def test_an_interfax_dateline_city_is_where_the_report_was_filed():
    text = "Грузия задержала курьеров\n\nМосква. 27 сентября. INTERFAX.RU - Полиция Грузии задержала 5 человек."
    assert extract(text).countries == ["GE"]


def test_a_person_noun_outside_the_known_roles_is_read_by_its_grammar():
    assert _arrests("В Казани полицейские задержали таксиста, который развозил закладки.") == [(1, "RU")]
    assert _arrests("На вокзале Гомеля задержан проводник поезда с партией гашиша.") == [(1, "BY")]
    assert _arrests("Экипаж ДПС задержал фуру с грузом.") == []  # a lorry is no person
    assert _arrests("Полицейские задержали наркокурьеров у вокзала.") == []  # plural, no number: not one


def test_half_a_kilogram_in_the_genitive():
    got = facts("У задержанного изъято свыше полукилограмма мефедрона и около полутонны гашиша.")
    assert ("seized_drugs", 0.5, "kg", None) in got and ("seized_drugs", 500, "kg", None) in got


def test_a_couple_held_is_two_arrests():
    assert _arrests("В Павлодаре задержана супружеская пара, у которой изъяли 400 граммов гашиша.") == [(2, "KZ")]
    assert _arrests("Пару закладчиков задержали у гаражей.") == [(2, None)]


def test_a_couple_and_a_lone_person_in_two_cities_are_both_kept():
    text = ("В Костанае задержана семейная пара, у которой изъяли 200 граммов мефедрона.\n"
            "В Таразе задержан 19-летний студент с 50 граммами гашиша.")
    assert sorted(_arrests(text)) == [(1, "KZ"), (2, "KZ")]


def test_taken_into_custody_is_an_arrest():
    assert _arrests("Первой под стражу взяли 24-летнюю девушку, которая забирала посылки.") == [(1, None)]
    assert _arrests("Полицейские взяли под стражу курьера.") == [(1, None)]


def test_a_citizen_named_in_apposition_and_the_driver_are_two():
    text = "На границе задержан гражданин Ирана, 52-летний Реза Карими, а также водитель фуры."
    assert _arrests(text) == [(2, None)]
    assert _arrests("Задержаны 23-летний Тимур Алиев и 31-летний Руслан Исаев.") == [(2, None)]


def test_held_together_with_a_companion_is_two():
    assert _arrests("Вместе с водителем задержан его напарник — житель Гомеля.") == [(2, "BY")]
    assert _arrests("Задержан курьер, который работал вместе с братом.") == [(1, None)]


def test_one_more_person_outside_the_known_roles_joins_the_list():
    assert _arrests("На границе задержан гражданин Ирана, а также экспедитор груза.") == [(2, None)]


def test_an_earlier_case_counted_does_not_hide_todays_lone_arrests():
    text = ("В Кокшетау задержан 31-летний кладовщик интернет-магазина.\n"
            "В Щучинске задержана семейная пара закладчиков.\n"
            "Ранее магазин уже попадал в поле зрения полиции: в 2023 году были задержаны два его курьера.")
    got = [(f.value, f.country) for f in extract(text).facts if f.metric == "arrests"]
    assert sorted(got, key=str) == [(1, "KZ"), (2, "KZ"), (2, None)]


def test_an_age_with_a_typographic_hyphen_is_no_count():
    assert _arrests("В Махачкале полицейские задержали 23\u2011летнего жителя Казани.") == [(1, "RU")]


def test_a_road_name_with_a_number_is_no_count():
    assert _arrests("На трассе М-5 задержаны наркокурьеры с партией гашиша.") == []


def test_a_total_over_one_countrys_cities_is_that_countrys():
    got = facts("В ходе рейдов в Сумгаите, Баку и в регионах Азербайджана полицейские изъяли в общей сложности 27 кг наркотиков.")
    assert got == [("seized_drugs", 27, "kg", "AZ")]


def test_a_collective_number_is_exact_not_a_vague_dozen():
    text = ("В Гяндже задержаны десятеро курьеров.\n"
            "Еще 13 человек задержаны в Сумгаите.")
    assert sorted(_arrests(text)) == [(10, "AZ"), (13, "AZ")]


def test_an_adjective_is_not_the_town_it_is_formed_from():
    from store.ingest.extract import extract

    assert extract("В Каспийском море пограничники задержали лодку с 9 кг гашиша.").countries == []
