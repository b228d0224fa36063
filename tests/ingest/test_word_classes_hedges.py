"""A hedge before a quantity reads the same in every pattern: "roughly", "at least", «приблизительно»,
«чуть более» work wherever "about" or «около» already did (store.ingest.word_classes.HEDGE)."""

from phrases import facts, sent, sent_ru


def test_informal_arrest_verb_before_a_hedged_count():
    assert sent("Officers netted roughly 30 suspects during the week-long sweep across Bavaria.") == [
        ("arrests", 30, "people", "DE")]
    assert sent("Detectives netted at least 14 people in raids in Leeds.") == [("arrests", 14, "people", "GB")]


def test_a_weight_after_its_noun_with_a_rarer_hedge_is_a_find():
    assert sent_ru("В тайнике под Гродно лежал пакет с мефедроном весом приблизительно 2 кг.") == [
        ("seized_drugs", 2, "kg", "BY")]


def test_held_with_a_hedged_haul():
    assert sent_ru("В Бресте задержан 30-летний местный житель с чуть более 3 кг героина.") == [
        ("arrests", 1, "people", "BY"), ("seized_drugs", 3, "kg", "BY")]
    assert sent_ru("В Бресте задержан местный житель с приблизительно 3 кг героина.") == [
        ("arrests", 1, "people", "BY"), ("seized_drugs", 3, "kg", "BY")]


def test_a_haul_held_at_a_checkpoint_with_a_rarer_hedge():
    assert sent_ru("На посту под Оршей задержано приблизительно 40 кг гашиша.") == [("seized_drugs", 40, "kg", "BY")]


def test_a_results_label_before_a_hedged_figure():
    text = "Police in Lisbon closed a darknet shop.\n\nResults:\n- Arrests: roughly 12\n- Cocaine seized: approximately 14 kg\n"
    assert ("arrests", 12, "people", None) in facts(text)
