"""The market a haul was meant for («для сбыта на юге Кыргызстана и в Узбекистане», "for sale in Germany and in the
Netherlands") is its reach: the countries listed, each with its own preposition, neither place the figures nor take
part.  Own sentences."""

from store.ingest.extract import extract


def _read(text: str) -> tuple[list[str], list[tuple]]:
    out = extract(text)
    return out.countries, [(f.metric, f.value, f.country) for f in out.facts]


def test_a_second_country_of_the_market_takes_no_part():
    countries, _ = _read("Сотрудники МВД Кыргызстана ликвидировали нарколабораторию в Бишкеке. Задержаны трое. "
                         "Изъято 40 кг мефедрона, который готовили для сбыта на юге Кыргызстана и в Узбекистане.")
    assert countries == ["KG"]


def test_for_sale_abroad_places_the_haul_with_the_police():
    countries, got = _read("Polish police seized 40 kg of amphetamine for sale in Germany and in the Netherlands.")
    assert countries == ["PL"] and got == [("seized_drugs", 40, "PL")]


def test_meant_for_sale_in_one_foreign_country():
    countries, got = _read("Полиция Грузии изъяла 3 кг героина для сбыта в Армении.")
    assert countries == ["GE"] and got == [("seized_drugs", 3, "GE")]
