"""Hauls that fit inside a total stated as the sum («Всего изъяли около 300 граммов», «Из незаконного
оборота изъято более 30 кг», «В результате … изъяли 8 кг») or inside a lead's total with the rest found
elsewhere are that total's parts, not more drugs; items of one list, another haul («ещё», «в другом
районе») and a year's tally stay apart. Own sentences."""

from tests.ingest.phrases import values


def test_a_haul_and_unweighed_caches_inside_an_all_told_total():
    text = ("Заголовок\nВ машине полицейские нашли 41 сверток весом более 120 граммов. "
            "В лесу обнаружили ещё около 30 тайников. Всего изъяли около 300 граммов наркотиков.")
    assert values(text, "seized_drugs") == [0.3]


def test_a_total_worded_as_the_closing_sum():
    text = ("Заголовок\nВ общей сложности у задержанных изъяли 17 кг наркотиков. Кроме того, в тайниках нашли 40 свертков.\n"
            "Из незаконного оборота изъято более 21 кг синтетических наркотиков.")
    assert values(text, "seized_drugs") == [21]


def test_a_lead_total_and_the_hauls_place_by_place_inside_it():
    text = ("ОМСК, 3 мая. Полицейские изъяли почти 40 кг синтетических наркотиков у участников группы.\n"
            "В Омске в тайнике автомобиля обнаружено более 22 кг наркотиков.\n"
            "Кроме того, в Тюмени у других участников изъяли более 9 кг наркотиков.")
    assert values(text, "seized_drugs") == [40]


def test_items_of_one_list_are_not_parts_of_each_other():
    text = ("Заголовок\nВ посылках нашли наркотики.\n"
            "В результате из незаконного оборота изъято около 6 кг марихуаны и почти 11 кг гашиша.")
    assert values(text, "seized_drugs") == [6, 11]


def test_a_years_tally_sums_other_cases():
    text = ("Заголовок\nВ Шымкенте задержаны 9 человек. Изъято более 30 кг синтетических наркотиков.\n"
            "В 2024 году из незаконного оборота изъято более 3 тонн наркотиков.")
    assert 30 in values(text, "seized_drugs")


def test_another_haul_after_a_lead_total_stays_a_figure():
    text = ("ОМСК, 3 мая. Полицейские изъяли 40 кг наркотиков.\n"
            "Позже в другом районе нашли ещё 3 кг наркотиков. В гараже обнаружили 5 кг наркотиков.")
    assert values(text, "seized_drugs") == [3, 5, 40]
