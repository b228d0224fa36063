"""Behaviour of the search engine (store/search/) on small stores built here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.model import Fact, Operation, Source, sha256_text, stable_id
from store.repository import Snapshot
from store.search import SearchIndex, parse_query


def _source(sid: str, text: str, language: str, title: str = "", published: str | None = None) -> Source:
    return Source(id=sid, title=title, language=language, published=published, origin=f"{sid}.txt", text=text,
                  sha256=sha256_text(text), tier="news")


def _fact(n: int, op: str, metric: str, value, unit, quote: str, source: str, country=None, date=None) -> Fact:
    return Fact(id=stable_id("f", n), operation=op, metric=metric, value=value, unit=unit, country=country,
                date=date, source=source, quote=quote)


OPS = [
    Operation(id="spector", name="SpecTor", aliases=("Operation SpecTor", "Операция SpecTor"), announced="2023-05",
              countries=("US", "DE", "NL")),
    Operation(id="hydra", name="Hydra", aliases=("Гидра", "Hydra Market"), kind="market_takedown", ended="2022",
              markets=("Hydra",), countries=("DE", "US")),
    Operation(id="monopoly-market", name="Monopoly Market", kind="market_takedown", ended="2021",
              markets=("Monopoly Market",), countries=("DE",)),
    Operation(id="dark-huntor", name="Dark HunTor", announced="2021-10", countries=("IT", "US")),
]
RU = "ru-src"
EN = "en-src"
QUOTES = [
    # (operation, metric, value, unit, country, source, quote)
    ("spector", "arrests", 153, "people", "US", RU, "Аресты были произведены по всему миру, 153 из них – в США."),
    ("spector", "arrests", 288, "people", None, EN, "Police arrested 288 people worldwide in Operation SpecTor."),
    ("spector", "arrests", 52, "people", "DE", RU, "В Германии были арестованы 52 человека."),
    ("spector", "seized_money", 53_400_000, "USD", None, EN, "Officers seized $53.4 million in cash and virtual currencies."),
    ("hydra", "shut_down", None, None, "DE", RU, "Немецкие власти ликвидировали серверы Гидры, конфисковав биткоины."),
    ("hydra", "seized_money", 23_000_000, "EUR", "DE", RU, "Германия изъяла биткоины на сумму 23 миллиона евро."),
    ("monopoly-market", "arrests", 4, "people", "DE", EN, "German police arrested 4 vendors of the market."),
    ("dark-huntor", "arrests", 150, "people", "IT", EN, "A total of 150 arrests were made, most of them in Italy."),
    ("dark-huntor", "seized_drugs", 234, "kg", "IT", EN, "Investigators seized 234 kg of drugs."),
    ("dark-huntor", "seized_firearms", 45, "items", "NL", RU, "В Нидерландах изъято ещё 45 единиц оружия."),
]


def _snapshot(extra: list[Fact] | None = None) -> Snapshot:
    sources = [
        _source(RU, " ".join(q[6] for q in QUOTES if q[5] == RU), "ru", title="Итоги операции", published="2023-05-03"),
        _source(EN, " ".join(q[6] for q in QUOTES if q[5] == EN), "en", title="Darknet takedowns", published="2021-11-01"),
    ]
    facts = [
        _fact(i, op, metric, value, unit, quote, src, country=cc, date="2022-04" if metric == "shut_down" else None)
        for i, (op, metric, value, unit, cc, src, quote) in enumerate(QUOTES)
    ]
    return Snapshot.build(sources, OPS, facts + (extra or []))


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(_snapshot())


def quotes(result) -> list[str]:
    return [f.quote for f in result.facts]


def has(result, fragment: str) -> bool:
    return any(fragment in f.quote for f in result.facts)


# -- morphology and stems -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "fragment"),
    [("германии", "Германия изъяла"), ("германия", "В Германии"), ("немецк", "Немецкие власти"),
     ("арест", "арестованы"), ("арест", "Аресты"), ("арестованных", "арестованы"), ("гидра", "Гидры")],
)
def test_russian_morphology(index, query, fragment):
    assert has(index.search(query), fragment)


@pytest.mark.parametrize(("query", "fragment"), [("arrests", "Police arrested"), ("arrested", "150 arrests"),
                                                 ("seizing", "Officers seized")])
def test_english_stems(index, query, fragment):
    assert has(index.search(query), fragment)


# -- transliteration ----------------------------------------------------------------------------
def test_latin_typed_russian_word_finds_cyrillic(index):
    result = index.search("germaniya")
    assert has(result, "Германия изъяла")
    assert "германия" in result.terms


def test_cyrillic_typed_latin_name_finds_it(index):
    result = index.search("спектор")
    assert result.operations and result.operations[0].id == "spector"
    assert {f.operation for f in result.facts} == {"spector"}


# -- typo tolerance -----------------------------------------------------------------------------
def test_typo_falls_back_to_names(index):
    result = index.search("hydar")
    assert result.fuzzy and result.exact == 0
    assert {f.operation for f in result.facts} == {"hydra"}
    assert "hydra" in result.terms and result.hints


def test_typo_on_the_beginning_of_a_name(index):
    assert {f.operation for f in index.search("monopl").facts} == {"monopoly-market"}  # prefix: exact
    assert "monopoly-market" in {f.operation for f in index.search("monopply").facts}  # typo


def test_typo_matches_rank_below_exact_ones():
    literal = _fact(99, "dark-huntor", "arrests", 7, "people", "A vendor called hydar was arrested, 7 in total.", EN)
    result = SearchIndex(_snapshot([literal])).search("hydar")
    assert result.facts[0].id == literal.id  # the exact match first
    assert result.exact == 1 and result.fuzzy
    assert {f.operation for f in result.facts[1:]} == {"hydra"}


def test_no_typo_matching_when_exact_matches_abound(index):
    result = index.search("arrested")
    assert not result.fuzzy


# -- field filters ------------------------------------------------------------------------------
def test_filters_combine_with_text(index):
    result = index.search("country:de арест")
    assert result.facts and all(f.country == "DE" for f in result.facts)
    assert has(result, "арестованы")
    assert all(f.metric == "arrests" for f in index.search("metric:arrests").facts)
    assert {f.operation for f in index.search("op:spector").facts} == {"spector"}
    assert {f.operation for f in index.search("op:спектор").facts} == {"spector"}
    assert all(f.value is not None and f.value > 100 for f in index.search("value>100").facts)
    assert {f.value for f in index.search("value>=1m metric:seized_money").facts} == {53_400_000, 23_000_000}
    assert all(f.source == RU for f in index.search("lang:ru").facts)
    year = index.search("year:2023")
    assert year.facts and all(f.operation == "spector" for f in year.facts)
    assert {f.operation for f in index.search("year:2022").facts} == {"hydra"}


def test_country_filter_by_name(index):
    assert index.search("country:germany").total == index.search("country:Германия").total == index.search("country:DE").total


def test_unknown_field_is_a_hint_not_an_error(index):
    result = index.search("colour:red arrests")
    assert result.hints and "colour" in result.hints[0]
    assert result.total == index.search("arrests").total


def test_bad_filter_values_are_hints(index):
    assert index.search("value>lots").hints
    assert index.search("country:atlantis").hints
    assert index.search("country:").hints == []  # still being typed


# -- countries ----------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["США", "usa", "USA", "United States", "us"])
def test_united_states_in_any_form(index, query):
    result = index.search(query)
    assert "US" in result.countries[:1]
    assert any(f.country == "US" for f in result.facts)


@pytest.mark.parametrize("query", ["Germany", "германия", "Германии", "de", "DE", "ФРГ", "german"])
def test_germany_in_any_form(index, query):
    result = index.search(query)
    assert result.countries[0] == "DE"
    de_facts = {f.id for f in index.search("country:de").facts}
    assert de_facts <= {f.id for f in result.facts}


def test_country_matches_rank_first(index):
    result = index.search("de")
    first = result.facts[: len([f for f in result.facts if f.country == "DE"])]
    assert all(f.country == "DE" for f in first)


# -- folding ------------------------------------------------------------------------------------
def test_yo_equals_ye_and_case_is_ignored(index):
    assert has(index.search("еще"), "ещё 45")
    assert has(index.search("ЕЩЁ"), "ещё 45")
    assert index.search("SPECTOR").total == index.search("spector").total


# -- incremental typing = fresh search -----------------------------------------------------------
def _signature(result):
    return ([f.id for f in result.facts], result.total, [o.id for o in result.operations], result.countries,
            result.fuzzy)


@pytest.mark.parametrize("query", ["германии арест", "spector usa", "hydar", "country:de немецкие", "dark huntor 150",
                                   "value>100 metric:arrests", "нидерланд оружие"])
def test_typing_one_character_at_a_time_equals_fresh_search(query):
    snapshot = _snapshot()
    typed = SearchIndex(snapshot, warm=False)
    for end in range(1, len(query) + 1):
        prefix = query[:end]
        assert _signature(typed.search(prefix)) == _signature(SearchIndex(snapshot, warm=False).search(prefix)), prefix
    # backspacing too
    for end in range(len(query), 0, -1):
        prefix = query[:end]
        assert _signature(typed.search(prefix)) == _signature(SearchIndex(snapshot, warm=False).search(prefix)), prefix


# -- results ------------------------------------------------------------------------------------
def test_limit_cuts_the_page_not_the_total(index):
    full = index.search("арест")
    page = index.search("арест", limit=2)
    assert len(page.facts) == 2 and page.total == full.total and page.facts == full.facts[:2]


def test_empty_query_lists_everything(index):
    assert index.search("").total == len(QUOTES)


def test_operations_by_name_and_alias(index):
    assert index.search("Гидра").operations[0].id == "hydra"
    assert index.search("dark huntor").operations[0].id == "dark-huntor"
    assert index.search("darkhuntor").operations[0].id == "dark-huntor"


def test_sources_match(index):
    assert index.search("takedowns").total == sum(1 for q in QUOTES if q[5] == EN)


def test_update_rebuilds_for_a_new_snapshot():
    index = SearchIndex(_snapshot(), warm=False)
    assert index.search("vendorzz").total == 0
    extra = _fact(77, "hydra", "arrests", 3, "people", "Three vendorzz were arrested.", EN)
    index.update(_snapshot([extra]))
    assert [f.id for f in index.search("vendorzz").facts] == [extra.id]


def test_parse_query():
    hints: list[str] = []
    terms, filters = parse_query("Country:DE арест value>=10 https://x.org/a", hints)
    assert filters == [("country", ":", "DE"), ("value", ">=", "10")]
    assert terms[0] == "арест" and "org" in terms and not hints


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdeyoжёщ:<>=.,- 0123456789ДSх", max_size=24))
def test_any_input_gives_a_result(index, text):
    result = index.search(text, limit=5)
    assert len(result.facts) <= 5 and result.total >= len(result.facts)


@pytest.mark.parametrize("query", ["", "h", "arrests", "country:de", "hydar"])
def test_per_operation_matches_agree_with_facts(index, query):
    """``op_counts`` and ``facts_in`` (what the explorer uses) match the materialised facts."""
    result = index.search(query)
    by_op: dict[str, set[str]] = {}
    for fact in result.facts:
        by_op.setdefault(fact.operation, set()).add(fact.id)
    assert result.op_counts == {op: len(ids) for op, ids in by_op.items()}
    for op in {op.id for op in result.operations} | set(by_op):
        assert {f.id for f in result.facts_in(op)} == by_op.get(op, set())
    assert result.facts_in("no-such-operation") == []


def test_limited_facts_keep_the_full_counts(index):
    full, cut = index.search("arrests"), index.search("arrests", limit=1)
    assert len(cut.facts) == min(1, full.total) and cut.total == full.total
    assert cut.op_counts == full.op_counts


@pytest.mark.parametrize("query", ["", "a", "arrests", "country:de", "hydar", "spector арест"])
def test_an_operations_matched_facts_in_the_explorers_order(index, query):
    """``facts_in_order`` (a view the explorer lists) is the operation's ordered facts that
    matched, in that order; ``position`` finds a fact in it."""
    result = index.search(query)
    for op in index.ops:
        ordered = sorted(index.snapshot.facts_by_operation.get(op.id, ()), key=lambda f: (f.metric, -(f.value or 0), f.id))
        matched = {f.id for f in result.facts_in(op.id)}
        shown = result.facts_in_order(op.id, ordered)
        assert list(shown) == [f for f in ordered if f.id in matched]
        assert len(shown) == len(matched) and shown == [f for f in ordered if f.id in matched]
        for i, fact in enumerate(shown):
            assert shown[i] is fact and shown.position(fact.id) == i
        assert shown.position("no-such-fact") is None


# -- source tiers -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tiered() -> SearchIndex:
    """Three sources of different tiers and one without a tier, one fact each."""
    tiers = {"gov": "official", "paper": "news", "trade": "trade_news", "blog": None}
    sources = [Source(id=sid, title=f"{sid} report", language="en", text=f"{sid} text", sha256=sha256_text(f"{sid} text"),
                      tier=tier) for sid, tier in tiers.items()]
    facts = [_fact(200 + i, "spector", "arrests", 10 + i, "people", f"{sid} says {10 + i} were arrested.", sid)
             for i, sid in enumerate(tiers)]
    return SearchIndex(Snapshot.build(sources, OPS, facts), warm=False)


@pytest.mark.parametrize(("query", "sources"), [
    ("tier:official", {"gov"}), ("tier:gov", {"gov"}), ("tier:официальные", {"gov"}), ("tier:off", {"gov"}),
    ("tier:news", {"paper"}), ("tier:media", {"paper"}), ("tier:trade", {"trade"}), ("tier:trade_news", {"trade"}),
    ("tier:trade-news", {"trade"}), ("tier:official,news", {"gov", "paper"}), ("tier:none", {"blog"}),
    ("уровень:official", {"gov"}), ("tier:news arrested", {"paper"}),
])
def test_tier_filter_keeps_facts_of_sources_of_that_tier(tiered, query, sources):
    result = tiered.search(query)
    assert {f.source for f in result.facts} == sources and not result.hints


def test_an_unknown_tier_is_a_hint_naming_the_tiers(tiered):
    result = tiered.search("tier:tabloid")
    assert result.total == 0
    assert result.hints and "official, news, trade_news, low" in result.hints[0]
