"""Number and sentence forms of real copy (#16)."""

from store.ingest.numbers import find_figures
from store.ingest.sentences import split_sentences
from tests.ingest.phrases import facts, sent


def test_a_hyphenated_scale_word():
    assert [f.value for f in find_figures("seized $4.5-million in crypto", "en")] == [4500000]
    assert sent("Police seized $7.2-million in cryptocurrency.") == [("seized_money", 7200000, "USD", None)]


def test_a_plus_after_the_number_is_at_least():
    from store.ingest.extract import extract
    got = [(f.metric, f.value, f.qualifier) for f in extract("Authorities seized 3+ tonnes of drugs and 150+ firearms.").facts]
    assert got == [("seized_drugs", 3000, "at_least"), ("seized_firearms", 150, "at_least")]


def test_day_numbers_of_a_date_range_are_no_figures():
    assert sent("German police had on April 23 and 24 arrested the three suspects.") == [("arrests", 3, "people", "DE")]


def test_sentences_glued_without_a_space_are_split():
    text = "Police seized 30 firearms.The majority of suspects were French. Officials met.In Sweden, 9 guns were found."
    assert [s.text for s in split_sentences(text)] == [
        "Police seized 30 firearms.", "The majority of suspects were French.", "Officials met.", "In Sweden, 9 guns were found."]
    assert [s.text for s in split_sentences("Visit europol.europa.eu for the U.S. figures.")] == [
        "Visit europol.europa.eu for the U.S. figures."]


def test_non_seizures_next_to_a_money_figure():
    assert sent("Analysts found $140 million in stolen cryptocurrencies on the platform.") == []
    assert sent("In Dublin, police recovered €90,000 worth of MDMA.") == []
    assert sent("Prosecutors are seeking forfeiture of $31 million, police said after they seized 4 guns.") == [
        ("seized_firearms", 4, "items", None)]


def test_coins_worth_a_sum_are_that_money():
    assert sent("Agents seized 312 bitcoin, worth about $19.5 million.")[-1] == ("seized_money", 19500000, "USD", None)


def test_tobacco_is_no_drug():
    assert facts("Кроме того, полицейские обнаружили три тонны контрафактного табака.") == []


def test_a_russian_case_ending_after_the_digits():
    assert sent("Изъято 66-ти килограмм запрещённых веществ.", "ru") == [("seized_drugs", 66, "kg", None)]


def test_the_value_of_seized_drugs_is_no_money_but_of_seized_coins_is():
    assert sent("По оценкам специалистов, розничная стоимость изъятых наркотиков достигает 650 млн рублей.", "ru") == []
    assert sent("Общая стоимость изъятых биткоинов составляла около 19,5 млн долларов.", "ru") == [
        ("seized_money", 19500000, "USD", None)]


def test_money_worth_of_a_digital_currency_is_money():
    assert sent("Authorities also seized $3.6m worth of digital currency Bitcoin.") == [("seized_money", 3600000, "USD", None)]


def test_seized_from_illegal_circulation_and_the_value_of_the_haul():
    got = sent("Из незаконного оборота правоохранители изъяли 440 кг наркотических средств, в том числе МДМА и гашиш, "
               "стоимость которых оценивается в 650 млн рублей.", "ru")
    assert got == [("seized_drugs", 440, "kg", None)]


def test_dollar_with_country_letters_glued_to_the_digits():
    """#16: Australian copy writes "$US12.4 million", "$A3 million"; "US" there is no country."""
    assert facts("Officers seized $US12.4 million in cryptocurrency.") == [("seized_money", 12_400_000, "USD", None)]
    assert facts("Police seized $A3 million in cash.") == [("seized_money", 3_000_000, "AUD", None)]


def test_scale_after_a_bracketed_conversion_is_both_figures():
    """#16: "$US12.4 ($17) million" is one figure of 12.4 million; the bracket its local-dollar conversion."""
    assert facts("Police seized some $US12.4 ($17) million in cash and crypto.") == [("seized_money", 12_400_000, "USD", None)]
    assert facts("Police seized €8.1 ($8.8) million in cash.") == [("seized_money", 8_100_000, "EUR", None)]
