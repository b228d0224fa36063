"""The nationality adjective of a market or shop makes no participant (#16).

"the Russian darknet market Hydra", "the Russian-language marketplace", «украинский магазин»: the
adjective says whose market it is or whom it served, not whose police acted.  Only a country's
police, authorities or officers ("German police", «МВД России») take part."""

from store.ingest.extract import extract


def _countries(text: str) -> list[str]:
    return sorted(extract(text).countries)


def test_an_english_market_adjective_is_no_participant():
    assert _countries("Police shut down the Russian darknet market Sedgefen and seized $14 million in bitcoin, "
                      "Europol said. Officers from Germany and the Netherlands took part.") == ["DE", "NL"]
    assert _countries("The Russian-language marketplace Sedgefen was taken offline by German investigators, "
                      "who seized 320 BTC.") == ["DE"]
    assert _countries("A Ukrainian drug shop operating on the darknet was shut down by Polish police, "
                      "who arrested 9 people.") == ["PL"]


def test_a_russian_shop_adjective_is_no_participant():
    assert _countries("Сотрудники МВД России закрыли украинский магазин наркотиков в даркнете и задержали 12 человек.") == ["RU"]
    assert _countries("Немецкая полиция закрыла крупнейший российский даркнет-рынок «Сова» и изъяла биткоины на 23 млн евро.") == ["DE"]


def test_the_figure_of_a_market_s_takedown_is_the_acting_police_s():
    got = extract("German police shut down the Russian darknet market Sedgefen and seized $14 million in bitcoin.")
    assert [(f.metric, f.country) for f in got.facts] == [("seized_money", "DE")]
