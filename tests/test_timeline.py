"""The timeline's rows: lifetimes from event facts, one date per event by the sources'
agreement, conflicts said, missing dates left unknown."""

from __future__ import annotations

from store.model import Fact, Operation
from store.snapshot import Snapshot
from store.views.timeline import midpoint, pick_date, span, timeline_rows, year_fraction


def _event(n: int, op: str, metric: str, date: str | None) -> Fact:
    return Fact(id=f"e{n}", operation=op, metric=metric, value=None, unit=None, date=date, source="s")


def test_a_coarse_date_backs_the_finer_dates_inside_it():
    chosen = pick_date(["2021-12", "2021-12", "2021", "2021-12"])
    assert chosen.date == "2021-12" and chosen.facts == 4 and not chosen.conflict


def test_dates_that_disagree_are_a_conflict_and_the_better_supported_wins():
    chosen = pick_date(["2019", "2019-06", "2020-01", None])
    assert chosen.date == "2019-06" and chosen.conflict and chosen.facts == 3


def test_no_date_stays_unknown():
    assert pick_date([None, None]).date is None
    assert pick_date([]).facts == 0


def test_partial_dates_cover_their_period():
    assert year_fraction("2021") == 2021.0 and year_fraction("2021", end=True) == 2022.0
    assert round(year_fraction("2021-12"), 3) == 2021.917 and year_fraction("2021-12", end=True) == 2022.0
    assert 2022.25 < year_fraction("2022-04-05") < year_fraction("2022-04-05", end=True) < 2022.27
    assert midpoint("2019") == 2019.5


def test_rows_are_markets_with_lifetimes_and_operations_with_announcements_oldest_first():
    ops = [Operation(id="spector", name="SpecTor", announced="2023-05-02", started="2021-10", markets=("monopoly market",)),
           Operation(id="mono", name="Monopoly Market", kind="market_takedown"),
           Operation(id="ghost", name="Ghost", kind="market_takedown"),
           Operation(id="alive", name="Alive Market")]
    facts = [_event(1, "mono", "launched", "2019"), _event(2, "mono", "shut_down", "2021-12"),
             _event(3, "mono", "shut_down", "2021"), _event(4, "alive", "launched", "2020-02")]
    rows = timeline_rows(Snapshot.build([], ops, facts))
    assert [r.op_id for r in rows] == ["mono", "alive", "spector", "ghost"]  # undated last
    mono, alive, spector, ghost = rows
    assert (mono.kind, mono.launched.date, mono.shut_down.date) == ("market", "2019", "2021-12")
    assert alive.kind == "market" and alive.shut_down.date is None  # not guessed
    assert spector.kind == "operation" and (spector.started, spector.announced) == ("2021-10", "2023-05-02")
    assert ghost.first is None and ghost.launched.date is None
    assert span(rows) == (2019, 2023)
    assert mono.closed_by == ("spector",) and spector.closed_by == ()  # who took the market down


def test_among_many_scattered_dates_the_year_they_agree_on_wins():
    # 30,000 day dates spread over twelve years, and five sources that say only "2015": every
    # 2015 date backs "2015", so the year wins over any single day (which no other fact backs)
    dates = [f"20{10 + i % 12}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(30_000)] + ["2015"] * 5
    chosen = pick_date(dates)
    assert chosen.date == "2015" and chosen.conflict and chosen.facts == 30_005
