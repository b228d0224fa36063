"""Where goods were going or coming from is not where the police acted: «перевозились из Турции в
Грузию», «не довезли до России», «при попытке ввоза из соседнего Ирана».  The locative («в
Грузии») and a border crossing («при въезде в Беларусь») stay the scene; «пришлось на Германию –
51» stays a breakdown.  The sentences are the project's own."""

from tests.ingest.phrases import facts


def test_a_route_from_one_country_into_another_leaves_the_seizing_country():
    text = ("Таможенники Армении изъяли 640 кг героина\n\n"
            "В Армении на пункте пропуска изъяли 640 кг героина, которые везли в фуре из Ирана в Грузию.")
    assert facts(text) == [("seized_drugs", 640, "kg", "AM")]


def test_an_origin_with_an_adjective_between_is_still_an_origin():
    got = facts("Таможенные органы Армении изъяли 120 кг гашиша при попытке ввоза из соседнего Ирана.")
    assert got == [("seized_drugs", 120, "kg", "AM")]


def test_a_shipment_not_delivered_to_a_country_is_not_its_figure():
    got = facts("До Казахстана не довезли 75 кг гашиша\n\nМилиция Кыргызстана изъяла 75 кг гашиша в Оше.")
    assert got == [("seized_drugs", 75, "kg", "KG")]


def test_a_border_crossing_into_the_country_is_the_scene():
    got = facts("Милиционеры задержали при въезде в Беларусь курьера с 6 кг мефедрона.")
    assert ("seized_drugs", 6, "kg", "BY") in got


def test_a_breakdown_falling_on_a_country_stays_a_breakdown():
    got = facts("Больше всего задержаний пришлось на Германию – 40, на Польшу – 12.")
    assert ("arrests", 40, "people", "DE") in got and ("arrests", 12, "people", "PL") in got


def test_a_transit_country_is_not_the_scene():
    from store.ingest.extract import extract

    text = ("АКН изъяло 30 кг героина\n\n"
            "В Кулябе сотрудники АКН изъяли 30 кг героина, который должны были переправить через Кыргызстан.")
    assert extract(text).countries == ["TJ"]


def test_the_country_goods_were_bound_for_takes_part_when_no_other_is_named():
    from store.ingest.extract import extract

    text = ("В море задержаны двое наркокурьеров\n\n"
            "Пограничники задержали двух мужчин, пытавшихся переправить в Азербайджан 12 кг наркотиков.")
    assert extract(text).countries == ["AZ"]


def test_a_destination_written_as_a_two_word_name_or_its_regions():
    from store.ingest.extract import extract

    text = ("В Оше изъяли 6 кг героина\n\n"
            "В Оше изъяли 6 кг героина, подготовленного для перевозки в Российскую Федерацию.\n"
            "Группа занималась поставками наркотиков в отдельные регионы России.")
    assert extract(text).countries == ["KG"]


def test_na_with_a_verb_of_carrying_is_a_destination_but_a_breakdown_is_not():
    from store.ingest.extract import extract

    text = ("На таможне задержали курьера\n\n"
            "В Брянской области задержали водителя, который пытался на Украину доставить наркотики.")
    assert extract(text).countries == ["RU"]
    got = facts("Больше всего задержаний пришлось на Германию – 40, на Польшу – 12 и на Нидерланды – 9.")
    assert ("arrests", 9, "people", "NL") in got
