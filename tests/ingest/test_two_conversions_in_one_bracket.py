"""A bracket holding two conversions of one figure is no second or third fact (#16).

Wire and British copy restate a sum in two currencies at once — "£4m ($5.1m; €4.7m)",
"€12 million ($13m / £10.3m)", «14 млн евро (около 15,2 млн долларов; 1,3 млрд рублей)»: one figure
in its first unit, the whole bracket kept in its ``detail``; the figures after the bracket are read
as the same sentence's (a ";" inside a bracket ends no sentence)."""

from store.ingest.extract import extract
from tests.ingest.phrases import facts


def test_two_conversions_split_by_a_semicolon_are_one_figure_and_the_sentence_goes_on():
    text = "Detectives seized £3.6m ($4.6m; €4.2m) in cash and 52kg of heroin in Leeds, the force said."
    assert facts(text) == [("seized_drugs", 52, "kg", "GB"), ("seized_money", 3600000, "GBP", "GB")]
    money = next(f for f in extract(text).facts if f.metric == "seized_money")
    assert "($4.6m; €4.2m)" in money.detail


def test_two_conversions_split_by_a_slash_or_or_are_one_figure():
    assert facts("Investigators froze €9.5 million ($10.3m / £8.1m) in cryptocurrency.") == [
        ("seized_money", 9500000, "EUR", None)]
    assert facts("Agents seized €2.4 million (about $2.6 million or £2.1 million) in bitcoin.") == [
        ("seized_money", 2400000, "EUR", None)]


def test_two_conversions_in_a_russian_bracket_are_one_figure():
    text = "Полиция изъяла 11 млн евро (около 11,9 млн долларов; 1,1 млрд рублей) и 230 кг наркотиков."
    assert facts(text) == [("seized_drugs", 230, "kg", None), ("seized_money", 11000000, "EUR", None)]
    assert facts("Также заморожено 4 млн евро (4,3 млн долларов / 390 млн рублей).") == [
        ("seized_money", 4000000, "EUR", None)]


def test_two_figures_of_different_things_in_a_bracket_stay_apart():
    # a bracket that lists what was seized is no conversion
    got = facts("Police seized €6 million in assets (€4 million in cash; 30 kg of cocaine).")
    assert ("seized_drugs", 30, "kg", None) in got


def test_a_weight_with_its_conversion_still_takes_the_place_after_it():
    text = ("More than 1,300 pounds (590 kilograms) of drugs were seized worldwide, while 420 pounds (190 kilograms) "
            "were seized in the United States.")
    got = [(m, round(v), c) for m, v, _, c in facts(text)]
    assert got == [("seized_drugs", 191, "US"), ("seized_drugs", 590, None)]


def test_a_conversion_opened_by_or_is_the_same_figure():
    assert facts("Изъято 12 млн евро (или 13 млн долларов) и 3 кг героина.") == [
        ("seized_drugs", 3, "kg", None), ("seized_money", 12000000, "EUR", None)]
    assert facts("Police seized €3m (or about $3.3m) in cash and a further €2m ($2.2m, £1.7m) in crypto.") == [
        ("seized_money", 2000000, "EUR", None), ("seized_money", 3000000, "EUR", None)]
