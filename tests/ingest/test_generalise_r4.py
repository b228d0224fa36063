"""Fourth blind round (articles written like the development corpus): one test per phenomenon met
in the r4 held-out articles or in probes of the same style, each on text of its own."""

from store.ingest.breakdowns import breakdown_only
from store.ingest.numbers import find_figures
from tests.ingest.phrases import facts, sent


def figures(text, lang):
    return [(f.value, f.text) for f in find_figures(text, lang)]


def test_half_a_dozen_is_six():
    assert figures("half a dozen handguns", "en") == [(6, "half a dozen")]
    assert figures("a half-dozen rifles", "en") == [(6, "a half-dozen")]
    assert figures("a dozen pistols", "en") == [(12, "a dozen")]
    assert sent("Officers seized €90,000 and half a dozen handguns.") == [
        ("seized_money", 90000, "EUR", None), ("seized_firearms", 6, "items", None)]


def test_russian_group_words_desyatok_and_dyuzhina():
    assert figures("десяток единиц оружия", "ru") == [(10, "десяток")]
    assert figures("около десятка пистолетов", "ru") == [(10, "десятка")]
    assert figures("два десятка автоматов", "ru") == [(20, "два десятка")]
    assert figures("около дюжины стволов", "ru") == [(12, "дюжины")]
    # vague plurals and "the top ten" are no figures
    assert figures("десятки расследований", "ru") == []
    assert figures("дюжины людей", "ru") == []
    assert figures("вошёл в десятку крупнейших", "ru") == []
    got = sent("Полиция изъяла 300 кг гашиша и десяток единиц оружия.", "ru")
    assert ("seized_firearms", 10, "items", None) in got


def test_n_of_the_arrests_made_by_national_police():
    text = ("Colombian police made 23 of the arrests, while 16 suspects were detained in Peru, "
            "9 in Spain and 4 in the US.")
    assert sorted(sent(text)) == [("arrests", 4, "people", "US"), ("arrests", 9, "people", "ES"),
                                  ("arrests", 16, "people", "PE"), ("arrests", 23, "people", "CO")]


def test_breakdown_sentence_after_the_arrest_sentence():
    text = "Police in five countries arrested 40 suspects. Germany – 15, Austria – 10, Italy – 4 and Slovenia – 2."
    assert facts(text) == sorted([("arrests", 40, "people", None), ("arrests", 15, "people", "DE"),
                                  ("arrests", 10, "people", "AT"), ("arrests", 4, "people", "IT"),
                                  ("arrests", 2, "people", "SI")])
    ru = "Полиция пяти стран задержала 21 человека. Германия – 15, Австрия – 6."
    assert ("arrests", 6, "people", "AT") in facts(ru)
    assert breakdown_only("США (38), Германия (12) и Польша (4).")
    assert not breakdown_only("В операции участвовали Германия и Австрия.")
    # a breakdown after a sentence with no arrest wording stays unread
    assert facts("The market had users everywhere. Germany – 15, Austria – 10.") == []


def test_each_clause_keeps_its_own_agency():
    text = "The Spanish Guardia Civil arrested eight suspects, while Portuguese police detained five more."
    assert sorted(sent(text)) == [("arrests", 5, "people", "PT"), ("arrests", 8, "people", "ES")]
    ru = "Испанская гражданская гвардия задержала восемь подозреваемых, а португальская полиция задержала ещё пятерых."
    assert sorted(sent(ru, "ru")) == [("arrests", 5, "people", "PT"), ("arrests", 8, "people", "ES")]
    # two agencies acting together: no one country
    assert sent("Spanish and Portuguese police arrested 13 suspects, and Europol helped.") == [
        ("arrests", 13, "people", None)]


def test_were_in_country_and_breakdown_ending_with_and():
    assert sorted(sent("Among the 44 people arrested, 19 were in Brazil and 12 in Argentina.")) == [
        ("arrests", 12, "people", "AR"), ("arrests", 19, "people", "BR"), ("arrests", 44, "people", None)]
