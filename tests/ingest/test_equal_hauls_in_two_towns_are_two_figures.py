"""The same weight, sum or count written beside two towns is two raids' figures, not one restated:
"seized 3 kg of heroin in Derby … a second raid in Hull found 3 kg of heroin". A sentence that opens on a
number word ("Four men were held in Hull") is a count, not one person."""

from store.ingest.extract import extract

HEAD = "Raids across the north\n"


def _figures(body: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.metric, f.value, f.country) for f in extract(HEAD + body).facts]


def test_equal_weights_in_two_sentences_and_two_towns() -> None:
    got = _figures("British police searched a flat in Derby and seized 3 kg of heroin. "
                   "In a second raid in Hull, officers seized 3 kg of heroin.")
    assert got == [("seized_drugs", 3, "GB"), ("seized_drugs", 3, "GB")]


def test_equal_weights_in_one_sentence_and_two_towns() -> None:
    got = _figures("Police in Portugal seized 6 kg of hashish in Porto and 6 kg of hashish in Braga.")
    assert got == [("seized_drugs", 6, "PT"), ("seized_drugs", 6, "PT")]


def test_equal_cash_in_two_towns() -> None:
    got = _figures("Police seized £15,000 in cash in Derby. A later search in Hull found £15,000 in cash.")
    assert [g[:2] for g in got] == [("seized_money", 15000), ("seized_money", 15000)]


def test_the_same_town_restates_the_haul() -> None:
    got = _figures("Police seized 3 kg of heroin in Derby. The 3 kg of heroin seized in Derby was worth £90,000.")
    assert [g[:2] for g in got] == [("seized_drugs", 3)]


def test_a_sentence_opening_on_a_number_word_is_a_count() -> None:
    got = _figures("Police arrested five men in Derby on Monday. Four men were arrested in Hull on Tuesday.")
    assert got == [("arrests", 5, "GB"), ("arrests", 4, "GB")]
