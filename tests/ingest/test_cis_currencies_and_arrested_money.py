"""Money in the currencies of Central Asia, the Caucasus and Moldova, and money «арестовано» (placed
under arrest), as Kyrgyz, Uzbek, Tajik, Armenian, Georgian, Azerbaijani and Moldovan releases write
it.  The sentences are the project's own, written in those releases' style."""

from tests.ingest.phrases import facts


def _money(text: str) -> list[tuple]:
    return sorted((v, u) for m, v, u, _ in facts(text) if m == "seized_money")


def test_soms_sums_and_somoni_are_three_currencies():
    got = _money("При обыске у фигурантов изъяли 250 тыс. сомов, 12 млн сумов и 40 тыс. сомони.")
    assert got == [(40_000, "TJS"), (250_000, "KGS"), (12_000_000, "UZS")]


def test_drams_lari_manats_and_lei():
    got = _money("Также изъято 3 млн драмов, 18 тыс. лари, 7 тыс. манатов и 90 тыс. леев.")
    assert got == [(7_000, "AZN"), (18_000, "GEL"), (90_000, "MDL"), (3_000_000, "AMD")]


def test_romanian_lei_and_turkmen_manats_are_not_the_neighbours_currency():
    got = _money("Изъято 5 тыс. румынских леев и 8 тыс. туркменских манатов.")
    assert got == [(5_000, "RON"), (8_000, "TMT")]


def test_money_placed_under_arrest_is_seized():
    text = "У задержанных изъято 35 кг гашиша. Арестовано $12,5 тыс. и 640 тыс. сомов."
    assert _money(text) == [(12_500, "USD"), (640_000, "KGS")]


def test_people_placed_under_arrest_are_arrests_not_money():
    got = facts("В Оше арестованы шесть человек, у них изъято 2 кг опия.")
    assert [m for m, *_ in got] == ["arrests", "seized_drugs"]


def test_a_sum_written_with_the_word_for_sum_is_no_currency():
    assert _money("Задержанный продал наркотики на сумму 300 долларов.") == []


def test_a_currency_code_is_written_in_capitals():
    got = facts("Police seized 274 kgs of cocaine and 40 gel capsules of fentanyl worth $2,000.")
    assert ("seized_drugs", 274, "kg", None) in got
    assert not [u for m, v, u, _ in got if u in {"KGS", "GEL"}]


def test_money_also_placed_under_arrest():
    assert _money("У задержанного изъято 4 кг мефедрона. Арестовано также 5 тыс. долларов США.") == [(5_000, "USD")]
