"""The reference dataset: every cited row lands in the store, with its source, and conflicts show."""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path

import pytest

from store import storage
from store.builder.dataset import build_dataset
from store.builder.reference import add_reference, load_rows
from store.builder.report import main
from store.builder.seed import build_seed
from store.model import Fact, Operation, Source, from_dict
from store.repository import Repository, group_key

ROWS = load_rows()
BY_ID = {row["id"]: row for row in ROWS}


@pytest.fixture(scope="module")
def built():
    document, _report = build_seed()
    seed_fact_ids = {doc["id"] for doc in document["facts"].values()}
    result = add_reference(document)
    return document, result, seed_fact_ids


@pytest.fixture
def repo(built, tmp_path: Path) -> Repository:
    document, _, _ = built
    path = tmp_path / "store.json"
    path.write_bytes(storage.serialise(document))
    return Repository.open(path, create_missing=False)


def fact_of(repo: Repository, built, row_id: str) -> Fact:
    _, result, _ = built
    return repo.fact(result.fact_of_row[row_id])


def test_every_row_is_imported_or_reported_with_a_reason(built):
    _, result, _ = built
    accounted = set(result.fact_of_row) | {row_id for row_id, _ in result.skipped}
    assert accounted == set(BY_ID)
    assert all(reason for _, reason in result.skipped)
    assert len(set(result.fact_of_row.values())) == len(result.fact_of_row)  # one fact per row


def test_a_row_that_cannot_be_imported_is_reported_not_dropped():
    bad = [dict(BY_ID["F005"], id="X1", country="Atlantis"), dict(BY_ID["F005"], id="X2", operation="Operation Nowhere")]
    document, _ = build_seed()
    before = len(document["facts"])
    result = add_reference(document, rows=[BY_ID["F001"], *bad])
    assert [row_id for row_id, _ in result.skipped] == ["X1", "X2"]
    assert "Atlantis" in result.skipped[0][1] and "Operation Nowhere" in result.skipped[1][1]
    assert any("X1" in line and "Atlantis" in line for line in result.corrections())
    assert len(document["facts"]) == before + 1


def test_counts_per_operation_match_the_file(built):
    _, result, _ = built
    assert result.per_label() == Counter(row["operation"] for row in ROWS)
    assert len(result.per_label()) == 14


def test_the_whole_store_loads_and_every_record_validates(repo, built):
    document, result, seed_fact_ids = built
    assert len(repo.snapshot.facts) == len(seed_fact_ids) + len(result.fact_of_row)
    names = {name for op in repo.operations() for name in op.names()}
    for wanted in ("SpecTor", "Dark HunTor", "DisrupTor", "SaboTor", "Bayonet", "Onymous", "RapTor", "Monopoly Market",
                   "Hydra", "DarkMarket", "Wall Street Market", "Genesis Market", "Incognito Market", "Archetyp Market"):
        assert wanted in names
    assert repo.find_operation("Operation Cookie Monster").id == "genesis-market"
    assert repo.find_operation("Operation Deep Sentinel").id == "archetyp-market"


def test_seed_operations_are_merged_not_duplicated(repo, built):
    document, _, _ = built
    ids = [doc["id"] for doc in document["operations"].values()]
    assert len(ids) == len(set(ids))
    spector = repo.operation("spector")
    assert "Операция SpecTor" in spector.aliases  # the seed's names stay
    assert spector.announced == "2023-05-02"  # the seed's 2023-05, made precise by the DOJ and Europol rows
    monopoly = repo.operation("monopoly-market")
    assert monopoly.started == "2019" and monopoly.ended == "2021-12"
    assert "FI" in monopoly.countries and "DE" in monopoly.countries


def test_each_fact_keeps_its_citation(repo, built):
    _, result, _ = built
    for row_id, fact_id in result.fact_of_row.items():
        row, fact = BY_ID[row_id], repo.fact(fact_id)
        source = repo.source(fact.source)
        assert source.origin == row["source_url"]
        assert source.title == row["source_title"]
        assert source.published == row["publication_date"]
        assert source.tier == row["source_tier"]
        assert source.kind == "citation" and source.text == "" and fact.quote == ""
        assert fact.attributed_to == row["attributed_to"]
        if row["metric_detail"]:
            assert row["metric_detail"] in fact.detail
    assert len(repo.sources()) == 1 + len({row["source_url"] for row in ROWS})


def test_values_are_normalised_and_the_stated_form_kept(repo, built):
    for row in ROWS:
        if row["metric"] == "date" or row["id"] not in built[1].fact_of_row:
            continue
        fact = fact_of(repo, built, row["id"])
        if isinstance(row["value"], str):
            assert fact.value is None and row["value"] in (fact.value_text, fact.date), row["id"]
        elif row["unit"] in ("EUR million", "USD million"):
            assert fact.unit == row["unit"][:3]
            assert fact.value == pytest.approx(row["value"] * 1e6)
            assert fact.value_text == f"{row['value']} {row['unit']}"
        elif row["unit"] == "lb":
            assert fact.unit == "kg" and fact.value == pytest.approx(row["value"] * 0.45359237, abs=0.05)
            assert fact.value_text == f"{row['value']} lb"
        elif row["metric"] == "arrests":
            assert (fact.metric, fact.unit, fact.value) == ("arrests", "people", row["value"])
        elif row["metric"] == "firearms":
            assert (fact.metric, fact.unit, fact.value) == ("seized_firearms", "items", row["value"])


def test_crypto_amounts_keep_their_unit_and_never_pass_for_money(repo, built):
    for row in ROWS:
        if row["metric"] == "crypto_seized" and row["unit"] in ("BTC", "BTC/XMR"):
            fact = fact_of(repo, built, row["id"])
            assert fact.metric == "seized_crypto" and fact.unit == row["unit"]
    money_units = {f.unit for f in repo.facts(metric="seized_money")}
    assert money_units <= {"USD", "EUR"}


def test_qualifiers_follow_the_wording(repo, built):
    assert fact_of(repo, built, "F029").qualifier == "at_least"  # "('more than')"
    assert fact_of(repo, built, "F270").qualifier == "approximate"  # "total ('about')"
    assert fact_of(repo, built, "F112").qualifier == "at_most"  # "users ('fast', almost)"
    assert fact_of(repo, built, "F030").qualifier == "exact"


def test_dates_become_events_and_operation_dates(repo, built):
    launched = fact_of(repo, built, "F290")
    assert launched.is_event and launched.metric == "launched" and launched.date == "2018-03" and launched.value is None
    shut = fact_of(repo, built, "F288")
    assert shut.metric == "shut_down" and shut.date == "2023-04-04"
    genesis = repo.operation("genesis-market")
    assert (genesis.started, genesis.ended, genesis.announced) == ("2018-03", "2023-04-04", "2023-04-05")
    sabotor = repo.operation("sabotor")
    assert (sabotor.started, sabotor.ended) == ("2019-01-11", "2019-03-12")
    vague = fact_of(repo, built, "F065")  # "2019 (late)": the year is a date, the words are kept
    assert vague.date == "2019" and vague.value_text == "2019 (late)"


def test_country_rows_become_participants_and_a_counted_fact(repo, built):
    assert {"AU", "BG", "FR", "DE", "IT", "NL", "CH", "GB", "US"} <= set(repo.operation("dark-huntor").countries)
    assert "NO" not in repo.operation("dark-huntor").countries  # "(no arrests listed...)" is not Norway
    nine, eight = fact_of(repo, built, "F053"), fact_of(repo, built, "F055")
    assert eight in repo.related(nine).conflicting
    # "8 foreign countries besides the US" is another count than "9 countries": not a conflict
    foreign = fact_of(repo, built, "F057")
    assert group_key(foreign) != group_key(nine)


def test_spector_us_arrests_conflict_and_count_once(repo, built):
    seed_fact = next(f for f in repo.facts(operation="spector", country="US", metric="arrests") if f.quote)
    assert seed_fact.value == 155
    related = repo.related(seed_fact)
    assert {f.value for f in related.conflicting} >= {153}
    assert {repo.source(f.source).origin for f in related.corroborating} >= {BY_ID["F008"]["source_url"]}
    us_arrests = repo.facts(country="US", metric="arrests")
    spector_facts = {f.id for f in us_arrests if f.operation == "spector"}
    assert len(spector_facts) >= 6
    arrests = next(t for t in repo.country_summary("US").totals if t.metric == "arrests")
    chosen_spector = [i for i in arrests.chosen if i in spector_facts]
    assert len(chosen_spector) == 1
    assert repo.fact(chosen_spector[0]).value in (153, 155)
    # one value per operation: the total is the sum of the chosen figures, not of every report
    assert arrests.value == sum(repo.fact(i).value for i in arrests.chosen)
    assert arrests.value < sum(f.value for f in us_arrests if f.value is not None)


def test_worldwide_totals_and_country_figures_are_different_figures(repo, built):
    total = fact_of(repo, built, "F001")  # 288 worldwide
    related = repo.related(total)
    assert all(f.country is None for f in (*related.conflicting, *related.corroborating))
    assert {f.value for f in related.conflicting} == {281}


def test_parts_are_not_conflicts_with_the_whole(repo, built):
    all_drugs = fact_of(repo, built, "F035")  # SpecTor: 850 kg of all drugs
    related = repo.related(all_drugs)
    assert {f.value for f in related.conflicting} <= {850.5}  # the 1,875 lb rendering, nothing else
    cocaine = fact_of(repo, built, "F040")
    assert cocaine not in related.conflicting and cocaine.metric != all_drugs.metric
    # SaboTor: a total with its crypto and cash parts; the total is what the operation sums
    totals = {(t.metric, t.unit): t.value for t in repo.operation_totals(repo.operation("sabotor"))}
    assert totals[("seized_money", "USD")] == 7_000_000
    assert totals[("seized_money_crypto", "USD")] == 4_500_000


def test_reference_joins_the_seed_figures(repo, built):
    _, _, seed_fact_ids = built
    seed_hydra = next(f for f in repo.facts(operation="hydra", metric="seized_money") if f.id in seed_fact_ids)
    corroborating = repo.related(seed_hydra).corroborating
    assert {f.attributed_to for f in corroborating} >= {BY_ID["F090"]["attributed_to"]}
    seed_money = next(f for f in repo.facts(operation="spector", metric="seized_money") if f.id in seed_fact_ids)
    assert fact_of(repo, built, "F031") in repo.related(seed_money).corroborating


def test_hansa_figures_are_not_set_against_alphabay(repo, built):
    hansa_vendors, alphabay_vendors = fact_of(repo, built, "F245"), fact_of(repo, built, "F232")
    assert hansa_vendors.operation == "hansa" and alphabay_vendors.operation == "bayonet"
    assert hansa_vendors not in repo.related(alphabay_vendors).conflicting
    assert "Hansa" in repo.operation("bayonet").markets


def test_import_is_reproducible(built):
    document, _, _ = built
    again, _ = build_seed()
    add_reference(again)
    assert storage.serialise(again) == storage.serialise(document)
    twice = copy.deepcopy(document)
    add_reference(twice)  # importing again adds nothing
    assert storage.serialise(twice) == storage.serialise(document)


def test_the_bundled_dataset_includes_the_reference():
    document, _ = build_dataset()
    origins = {doc["origin"] for doc in document["sources"].values()}
    assert {row["source_url"] for row in ROWS} <= origins
    for table, kind in (("sources", Source), ("operations", Operation), ("facts", Fact)):
        for doc in document[table].values():
            from_dict(kind, doc)


def test_report_lists_counts_skips_and_conflicts(capsys):
    assert main(["--report"]) == 0
    out = capsys.readouterr().out
    assert "rows not imported: 0" in out
    spector_rows = sum(row["operation"] == "Operation SpecTor (2023)" for row in ROWS)
    assert re.search(rf"^\s+{spector_rows}\s+Operation SpecTor \(2023\)\s+-> spector$", out, re.M)
    assert "spector arrests people US" in out and "≠" in out


def _rules_files() -> tuple[dict, dict]:
    """The shipped mapping and overrides, parsed, for a test to change."""
    from store.builder.reference_rules import MAPPING_PATH, OVERRIDES_PATH, read_toml

    return read_toml(MAPPING_PATH), read_toml(OVERRIDES_PATH)


def test_a_mapping_that_names_a_metric_outside_the_canonical_list_is_refused():
    from store.builder.reference_rules import load_rules

    mapping, overrides = _rules_files()
    load_rules(mapping, overrides)  # the shipped files agree with themselves
    mapping["other_units"]["vendor accounts"] = "vendor_accounts"
    with pytest.raises(ValueError, match="vendor_accounts"):
        load_rules(mapping, overrides)


def test_a_row_overridden_twice_is_refused():
    from store.builder.reference_rules import load_rules

    mapping, overrides = _rules_files()
    overrides["override"].append(dict(overrides["override"][0], reason="another judgement"))
    with pytest.raises(ValueError, match="overridden twice"):
        load_rules(mapping, overrides)


def test_a_row_whose_unit_the_mapping_does_not_know_is_reported_not_renamed():
    document, _ = build_seed()
    odd = dict(BY_ID["F199"], id="X3", unit="carrier pigeons")  # an `other` row
    result = add_reference(document, rows=[odd])
    assert result.skipped == [("X3", "other row in 'carrier pigeons', which mapping.toml's other_units does not know")]
