"""Queries: country summaries that never double-count, conflicts and corroboration."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from store.repository import Repository, Snapshot
from tests.conftest import make_fact, make_operation, make_source


def _two_sources(store_path: Path) -> tuple[Repository, list]:
    repo = Repository.open(store_path)
    a = make_source("Europol: 153 arrested in the US.", title="Europol", tier="official")
    b = make_source("News: 155 arrested in the US.", title="Paper", tier="news")
    c = make_source("DOJ: 153 arrested in the US.", title="DOJ", tier="official")
    op = make_operation("op-x", name="Operation X", countries=("US", "DE"))
    facts = [
        make_fact(a, 1, operation="op-x", country="US", value=153),
        make_fact(b, 2, operation="op-x", country="US", value=155),
        make_fact(c, 3, operation="op-x", country="US", value=153),
        make_fact(a, 4, operation="op-x", country="US", metric="seized_money", value=1_000_000, unit="USD"),
        make_fact(a, 5, operation="op-x", country="US", metric="seized_money", value=2_000_000, unit="EUR"),
    ]
    repo.add_records(sources=[a, b, c], operations=[op], facts=facts)
    return repo, facts


def test_a_figure_reported_by_several_sources_counts_once(store_path: Path):
    before = Repository.open(store_path)
    base = next((t.value for t in before.country_summary("US").totals if t.metric == "arrests"), 0)
    repo, facts = _two_sources(store_path)
    summary = repo.country_summary("US")
    arrests = [t for t in summary.totals if t.metric == "arrests"]
    op_x = [f for f in repo.facts(operation="op-x") if f.metric == "arrests"]
    assert len(op_x) == 3
    # What the store already counted, plus op-x once, as the value two official sources agree on.
    assert arrests[0].value == base + 153
    assert facts[0].id in arrests[0].chosen or facts[2].id in arrests[0].chosen


def test_currencies_are_never_added_together(store_path: Path):
    repo, _ = _two_sources(store_path)
    money = {t.unit: t.value for t in repo.country_summary("US").totals if t.metric == "seized_money"}
    assert money["USD"] == 1_000_000 and money["EUR"] == 2_000_000


def test_conflicts_and_corroborations_are_told_apart(store_path: Path):
    repo, facts = _two_sources(store_path)
    related = repo.related(repo.fact(facts[0].id))
    assert [f.value for f in related.corroborating] == [153]
    assert [f.value for f in related.conflicting] == [155]


def test_country_summary_lists_the_operations_a_country_took_part_in(store_path: Path):
    repo, _ = _two_sources(store_path)
    assert "op-x" in {op.id for op in repo.country_summary("DE").operations}
    assert "spector" in {op.id for op in repo.country_summary("BR").operations}


def test_operations_are_newest_first(store_path: Path):
    repo = Repository.open(store_path)
    years = [op.year or "0000" for op in repo.operations()]
    assert years == sorted(years, reverse=True)


def test_bundled_dataset_is_what_the_build_script_makes():
    from store.builder.dataset import build_dataset
    from store.storage import serialise

    document, _ = build_dataset()
    shipped = (Path(__file__).resolve().parent.parent / "store" / "data" / "bundled.json").read_bytes()
    assert serialise(document) == shipped


def test_a_typo_cannot_outvote_sources_that_nearly_agree(store_path: Path):
    repo = Repository.open(store_path)
    a, b, c = (make_source(f"Report {i}.", tier=t) for i, t in enumerate(("news", "news", "news")))
    op = make_operation("op-y", name="Operation Y")
    facts = [make_fact(a, 1, operation="op-y", country=None, value=119), make_fact(b, 2, operation="op-y", country=None, value=120),
             make_fact(c, 3, operation="op-y", country=None, value=199)]
    repo.add_records(sources=[a, b, c], operations=[op], facts=facts)
    assert repo.headline(repo.operation("op-y")).value in (119, 120)


def test_operation_totals_do_not_add_countries_on_top_of_the_worldwide_figure(store_path: Path):
    repo = Repository.open(store_path)
    src = make_source("Europol: 100 arrests worldwide, 60 in the US and 40 in Germany.")
    op = make_operation("op-z", name="Operation Z")
    facts = [make_fact(src, 1, operation="op-z", country=None, value=100), make_fact(src, 2, operation="op-z", country="US", value=60),
             make_fact(src, 3, operation="op-z", country="DE", value=40)]
    repo.add_records(sources=[src], operations=[op], facts=facts)
    arrests = [t for t in repo.operation_totals(repo.operation("op-z")) if t.metric == "arrests"][0]
    assert arrests.value == 100
    assert dict(repo.arrests_by_country(repo.operation("op-z"))) == {"US": 60, "DE": 40}


def test_totals_leave_out_figures_that_do_not_add_up(store_path: Path):
    repo = Repository.open(store_path)
    src = make_source("The admin got 30 years; the market had 5000 users.")
    op = make_operation("op-w", name="Operation W", countries=("FI",))
    facts = [make_fact(src, 1, operation="op-w", country="FI", metric="prison_years", value=30, unit="years"),
             make_fact(src, 2, operation="op-w", country="FI", metric="market_users", value=5000, unit="users"),
             make_fact(src, 3, operation="op-w", country="FI", value=2)]
    repo.add_records(sources=[src], operations=[op], facts=facts)
    assert {t.metric for t in repo.country_summary("FI").totals} == {"arrests"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from([10, 11, None])), min_size=1, max_size=9))
def test_the_one_character_mark_says_what_related_says(reports):
    """The list's ``!``/``=`` mark (computed per group at once) agrees with the fact detail's
    conflicts and corroborations for every fact, whatever mix of sources and values."""
    sources = {name: make_source(f"Source {name} says so.", title=name) for name in "abc"}
    facts = [make_fact(sources[name], i, value=value, value_text=None if value is not None else "dozens")
             for i, (name, value) in enumerate(reports)]
    snapshot = Snapshot.build(sources.values(), [make_operation()], facts)
    repo = Repository(Path("unused.json"), snapshot, None)
    for fact in facts:
        related = repo.related(fact)
        expected = "!" if related.conflicting else "=" if related.corroborating else " "
        assert repo.agreement(fact) == expected
