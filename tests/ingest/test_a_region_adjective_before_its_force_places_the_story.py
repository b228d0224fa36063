"""«Забайкальские полицейские», «свердловские оперативники»: a regional release names its force by the
region's adjective with no «область» or «край» written; the region's country is the participant and
places the figures — a Kazakh region's force is Kazakhstan's.  Own sentences."""

from store.ingest.extract import extract


def _read(text: str) -> tuple[list[str], list[tuple[str, float, str | None]]]:
    ex = extract("Сводка происшествий\n" + text)
    return sorted(ex.countries), sorted((f.metric, f.value, f.country) for f in ex.facts)


def test_a_krai_adjective_before_police_is_russia():
    assert _read("Забайкальские полицейские изъяли в заброшенном гараже 41 кг гашиша.") == (["RU"], [("seized_drugs", 41, "RU")])


def test_an_oblast_adjective_after_the_verb_is_russia():
    countries, facts = _read("Курьера с 2 кг мефедрона задержали свердловские оперативники.")
    assert countries == ["RU"] and ("seized_drugs", 2, "RU") in facts


def test_a_kazakh_region_force_is_kazakhstan():
    assert _read("Карагандинские полицейские изъяли у водителя фуры 7 кг марихуаны.") == (["KZ"], [("seized_drugs", 7, "KZ")])


def test_a_region_adjective_before_no_agency_names_nothing():
    assert _read("Смоленские наркодилеры продавали 3 кг мефедрона.")[0] == []
