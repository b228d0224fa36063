"""The gazetteer: every ISO country, in English and Russian, as the news writes them."""

import pytest

from store import countries


def test_every_iso_country_has_english_and_russian_names():
    table = countries.all_countries()
    assert len(table) >= 249
    assert table["DE"].name_en == "Germany" and table["DE"].name_ru == "Германия"
    assert all(c.name_ru and c.name_en for c in table.values())


@pytest.mark.parametrize(
    "name, code",
    [
        ("США", "US"), ("U.S.", "US"), ("usa", "US"), ("the United States", "US"),
        ("Великобритания", "GB"), ("UK", "GB"), ("ФРГ", "DE"), ("Германия", "DE"), ("Germany", "DE"),
        ("de", "DE"), ("Германии", "DE"), ("Нидерландах", "NL"), ("Holland", "NL"),
        ("немецкие", "DE"), ("британская", "GB"), ("German", "DE"), ("Dutch", "NL"), ("Irish", "IE"),
        ("Литве", "LT"), ("Швейцарии", "CH"), ("Sweden", "SE"),
    ],
)
def test_lookup_understands_news_forms(name, code):
    assert countries.lookup(name) == code


def test_lookup_does_not_invent_countries():
    assert countries.lookup("Atlantis") is None
    assert countries.lookup("") is None
