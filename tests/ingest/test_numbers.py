import pytest

from store.ingest.numbers import find_figures, parse_digits, qualifier_before


@pytest.mark.parametrize("raw,lang,value", [
    ("53,4", "ru", 53.4), ("8.7", "en", 8.7), ("1,200", "en", 1200), ("1,2", "ru", 1.2),
    ("60 000", "ru", 60000), ("60\u202f000", "ru", 60000), ("1\u2009200\u2009000", "en", 1200000),
    ("1,200,000", "ru", 1200000), ("1.200.000", "en", 1200000),
])
def test_digits(raw, lang, value):
    assert parse_digits(raw, lang) == pytest.approx(value)


@pytest.mark.parametrize("text,lang,value", [
    ("53,4 миллиона", "ru", 53.4e6), ("12 млн", "ru", 12e6), ("350 тысяч", "ru", 350e3), ("2 млрд", "ru", 2e9),
    ("40 тыс. человек", "ru", 40e3), ("8.7 million", "en", 8.7e6), ("€2.5m", "en", 2.5e6), ("$1bn", "en", 1e9),
    ("5 thousand", "en", 5e3),
])
def test_scale_words(text, lang, value):
    assert find_figures(text, lang)[0].value == pytest.approx(value)


def test_glued_short_scale_only():
    assert find_figures("ran 2.5 m away", "en")[0].value == 2.5


@pytest.mark.parametrize("text,lang,value", [
    ("Двое", "ru", 2), ("пятерых", "ru", 5), ("три", "ru", 3), ("двух", "ru", 2), ("сто пятьдесят три", "ru", 153),
    ("полторы", "ru", 1.5), ("two", "en", 2), ("twenty-three", "en", 23), ("one hundred and fifty", "en", 150),
])
def test_number_words(text, lang, value):
    figures = find_figures(text, lang)
    assert len(figures) == 1 and figures[0].value == value


def test_a_dozen_is_approximate_twelve():
    fig = find_figures("a dozen weapons", "en")[0]
    assert fig.value == 12 and fig.approximate


@pytest.mark.parametrize("text", ["сотни расследований", "тысячи человек", "hundreds of arrests", "millions of dollars", "миллионы долларов"])
def test_vague_counts_are_not_figures(text):
    assert find_figures(text, "ru" if text[0] > "z" else "en") == []


@pytest.mark.parametrize("prefix,qualifier", [
    ("изъято более ", "at_least"), ("свыше ", "at_least"), ("more than ", "at_least"), ("over ", "at_least"),
    ("около ", "approximate"), ("порядка ", "approximate"), ("approximately ", "approximate"), ("about ", "approximate"),
    ("around ", "approximate"), ("почти ", "at_most"), ("nearly ", "at_most"), ("up to ", "at_most"),
    ("seized ", None), ("Moreover ", None),
])
def test_qualifiers(prefix, qualifier):
    assert qualifier_before(prefix) == qualifier
