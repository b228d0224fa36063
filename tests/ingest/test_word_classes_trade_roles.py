"""A person named by a drug-trade role counts alike everywhere (store.ingest.word_classes TRADE_ROLE_EN /
TRADE_ROLE_RU): the role a lone arrest names, the people a count names and a pair of them are people held."""

from phrases import facts, sent, sent_ru


def test_a_lone_arrest_of_a_role_the_english_reader_did_not_list():
    assert sent("Officers in Bristol arrested a suspected supplier on Tuesday.") == [("arrests", 1, "people", "GB")]
    assert sent("Detectives in Leeds arrested a smuggler at the port.") == [("arrests", 1, "people", "GB")]


def test_the_role_already_introduced_held_alone():
    assert facts("Police in Leeds searched a flat on Monday. The smuggler was arrested in Leeds on Tuesday.") == [
        ("arrests", 1, "people", "GB")]


def test_people_counted_by_a_rarer_role():
    assert sent("Police in Madrid arrested 7 middlemen and 2 kingpins.") == [
        ("arrests", 7, "people", "ES"), ("arrests", 2, "people", "ES")]
    assert sent_ru("В Минске задержаны 5 оптовиков и 3 фасовщика.") == [
        ("arrests", 5, "people", "BY"), ("arrests", 3, "people", "BY")]


def test_a_pair_named_by_their_role_is_two_people():
    assert sent_ru("В Гродно задержали пару фасовщиков.") == [("arrests", 2, "people", "BY")]

