"""The timeline: markets' lifetimes and operations' dates on one time axis.

A market's lifetime comes from its event facts (``launched``, ``shut_down``); sources often
give one event at different precisions (``2019``, ``2019-06``) or disagree. Of an event's dates
the one most facts agree with wins, where a coarser date agrees with the finer ones inside it
(``2021`` backs ``2021-12``); ties go to the finer date, then the earlier. A date no other
supports is a conflict, and is said. An operation's row shows when it was announced (and when
it started or ended, where the record says). Nothing is guessed: a missing date stays None and
the view draws it as unknown.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from store.metrics import LAUNCHED, SHUT_DOWN
from store.model import Fact
from store.snapshot import Snapshot
from store.text import fold


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date an event is placed at, and whether the sources disagree about it."""

    date: str | None
    facts: int = 0  # how many facts date this event
    conflict: bool = False  # some fact gives a date the chosen one is not inside, nor it inside that


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One market or operation on the axis."""

    op_id: str
    name: str
    kind: str  # "market" (a lifetime from events) or "operation"
    launched: EventDate
    shut_down: EventDate
    announced: str | None
    started: str | None
    ended: str | None
    closed_by: tuple[str, ...] = ()  # ids of the other operations that list this market as a target

    @property
    def first(self) -> str | None:
        """The earliest date the row shows (None: nothing is dated)."""
        dates = [d for d in (self.launched.date, self.started, self.announced, self.shut_down.date, self.ended) if d]
        return min(dates) if dates else None

    @property
    def last(self) -> str | None:
        dates = [d for d in (self.launched.date, self.started, self.announced, self.shut_down.date, self.ended) if d]
        return max(dates) if dates else None


def pick_date(dates: Iterable[str | None]) -> EventDate:
    """One date for an event several facts date (see the module's rule). O(n): a date's
    support is the facts dated by one of its prefixes (``2021``, ``2021-12``) or inside it."""
    given = [d for d in dates if d]
    if not given:
        return EventDate(None)
    counts = Counter(given)
    inside: Counter[str] = Counter()  # prefix -> facts whose date starts with it
    for date, n in counts.items():
        for cut in {4, 7, len(date)}:
            if cut <= len(date):
                inside[date[:cut]] += n

    def support(date: str) -> int:
        coarser = sum(counts.get(date[:cut], 0) for cut in (4, 7) if cut < len(date))
        return coarser + inside[date]

    chosen = min(counts, key=lambda d: (-support(d), -len(d), d))
    return EventDate(chosen, len(given), support(chosen) < len(given))


def year_fraction(date: str, *, end: bool = False) -> float:
    """A partial date as a point in years: where the period it names starts (``2021-12`` ->
    2021.917), or with ``end`` where it ends (2022.0): a lifetime that ended "in 2021" is
    drawn to the end of 2021, one that began then from its start."""
    year = int(date[:4])
    if len(date) == 4:
        return year + (1.0 if end else 0.0)
    month = int(date[5:7])
    if len(date) == 7:
        return year + (month if end else month - 1) / 12
    day = int(date[8:10])
    days = 366 if calendar.isleap(year) else 365
    before = sum(calendar.monthrange(year, m)[1] for m in range(1, month))
    return year + (before + day - (0 if end else 1)) / days


def midpoint(date: str) -> float:
    """A point event (an announcement) in the middle of the period its date names."""
    return (year_fraction(date) + year_fraction(date, end=True)) / 2


def timeline_rows(snapshot: Snapshot) -> list[TimelineRow]:
    """Every operation record as a row, oldest first (undated rows last, by name)."""
    events: dict[str, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for fact in snapshot.facts:
        if fact.metric == LAUNCHED or fact.metric == SHUT_DOWN:
            events[fact.operation][fact.metric].append(fact)
    targets: dict[str, list[str]] = defaultdict(list)  # folded market name -> operations naming it
    for op in snapshot.operations.values():
        for market in op.markets:
            targets[fold(market)].append(op.id)
    rows = []
    for op in snapshot.operations.values():
        own = events.get(op.id, {})
        launched = pick_date(f.date for f in own.get(LAUNCHED, ()))
        shut_down = pick_date(f.date for f in own.get(SHUT_DOWN, ()))
        is_market = bool(own) or op.kind == "market_takedown"
        closers = dict.fromkeys(i for name in op.names() for i in targets.get(fold(name), ()) if i != op.id)
        rows.append(TimelineRow(op.id, op.name, "market" if is_market else "operation", launched, shut_down,
                                op.announced, op.started, op.ended, tuple(closers)))
    return sorted(rows, key=lambda r: (r.first is None, r.first or "", r.name.casefold()))


def span(rows: Iterable[TimelineRow]) -> tuple[int, int] | None:
    """The whole years the rows' dates cover (first year, last year), None if none is dated."""
    years = [int(d[:4]) for r in rows for d in (r.first, r.last) if d]
    return (min(years), max(years)) if years else None
