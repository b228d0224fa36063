"""The rules for facts that report the same figure: grouping, agreement, choice and totals.

Several sources often give one figure (SpecTor's US arrests: 153 per Europol, 155 in other
reports). Such facts form a *figure group* (:func:`group_key`); within a group the rules say
which facts corroborate or contradict each other, which one value a total takes
(:func:`pick`), and how totals add one value per group (:func:`sum_groups`). Pure functions
of facts and sources, so each rule is tested on its own (``tests/test_figure_groups.py``).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, cast

from store.model import ARRESTS, CORE_METRICS, EVENT_METRICS, Fact, Source

TIER_RANK = {"official": 0, "news": 1, "trade_news": 2, "low": 3}
TOLERANCE = 0.02  # values within 2 % support each other

# Facts that report the same figure: same operation, metric, unit and country (None: worldwide).
group_key: Callable[[Fact], tuple] = attrgetter("operation", "metric", "unit", "country")


@dataclass(frozen=True)
class Total:
    metric: str
    unit: str | None
    value: float
    facts: int  # how many facts were read
    groups: int  # how many distinct figures were added (one value per group)
    chosen: tuple[str, ...]  # ids of the facts whose values were added


def figure_groups(facts: Iterable[Fact]) -> dict[tuple, tuple[Fact, ...]]:
    """The facts grouped by the figure they report (:data:`group_key`), in their order;
    events (a launch, a shutdown) are no figures and belong to no group."""
    events = EVENT_METRICS
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.metric not in events:  # ``is_event`` inlined: a whole store goes through here
            groups[group_key(fact)].append(fact)
    return {k: tuple(v) for k, v in groups.items()}


def source_rank(source: Source | None) -> tuple[int, str]:
    """How much a source counts when figures tie: its tier (official first), then its
    publication date (earlier first; undated last)."""
    tier = TIER_RANK.get(source.tier, len(TIER_RANK)) if source and source.tier else len(TIER_RANK)
    return tier, (source.published if source else None) or "9999"


def metric_order(metric: str) -> tuple[int, str]:
    """Core metrics first, in their order (arrests, money, drugs, firearms), then by name."""
    return (CORE_METRICS.index(metric) if metric in CORE_METRICS else len(CORE_METRICS), metric)


def stated(fact: Fact) -> tuple:
    """What a source says about a figure: its value, or its words and date when it has none."""
    return (fact.value, fact.value_text if fact.value is None else None, fact.date if fact.value is None else None)


def other_reports(fact: Fact, group: Iterable[Fact]) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    """(corroborating, conflicting): the group's facts from other sources that state the same
    figure as ``fact``, and those that state another."""
    said = stated(fact)
    others = [f for f in group if f.id != fact.id and f.source != fact.source]
    return tuple(f for f in others if stated(f) == said), tuple(f for f in others if stated(f) != said)


def agreement_marks(group: Sequence[Fact]) -> dict[str, str]:
    """For every fact of a group: ``!`` when another source states a different figure, ``=``
    when other sources only agree, else a blank (what :func:`other_reports` says, in one
    character). O(n): the other sources' facts are the group minus the fact's own source,
    and those that agree are the facts stating the same figure minus those of its source."""
    by_source = Counter(f.source for f in group)
    by_stated = Counter(stated(f) for f in group)
    by_both = Counter((f.source, stated(f)) for f in group)
    marks: dict[str, str] = {}
    for f in group:
        said = stated(f)
        others = len(group) - by_source[f.source]
        agreeing = by_stated[said] - by_both[(f.source, said)]
        marks[f.id] = "!" if others > agreeing else "=" if others else " "
    return marks


def support(values: list[Any], tolerance: float = TOLERANCE) -> dict[Any, int]:
    """For each distinct value, how many facts give a value within ``tolerance`` of it.

    Values within 2 % support each other (120 backs 119; 199 does not). Sorted distinct
    values and prefix counts keep this O(d log d), not O(n²), for groups of thousands.
    """
    counts: dict[Any, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    numbers = sorted(v for v in counts if v is not None)
    prefix = [0]
    for v in numbers:
        prefix.append(prefix[-1] + counts[v])
    out: dict[Any, int] = {None: counts[None]} if None in counts else {}
    for v in numbers:
        if v >= 0:
            low, high = v * (1 - tolerance), (v / (1 - tolerance) if tolerance < 1 else math.inf)
        else:
            low, high = v / (1 - tolerance), v * (1 - tolerance)
        out[v] = prefix[bisect_right(numbers, high)] - prefix[bisect_left(numbers, low)]
    return out


def pick(group: Iterable[Fact], sources: dict[str, Source]) -> Fact:
    """One value for a group of facts reporting the same figure.

    The value the most sources support wins (values within 2 % support each other, so one
    page's typo cannot outvote two sources that agree); ties go to the better source tier
    (official first), then to the exact value most sources give, then to the earliest
    source. Deterministic, so totals never flicker.
    """
    group = list(group)
    if len(group) == 1:
        return group[0]
    exact = Counter(f.value for f in group)
    backing = support([f.value for f in group])

    def rank(fact: Fact) -> tuple:
        tier, published = source_rank(sources.get(fact.source))
        return (-backing[fact.value], tier, -exact[fact.value], published, fact.id)

    return min(group, key=rank)


def summable(metric: str) -> bool:
    """Counts and seizures add up across operations; sentences, dates and market sizes do not."""
    return metric == ARRESTS or metric.startswith("seized_")


def sum_groups(facts: Iterable[Fact], sources: dict[str, Source], *, prefer_worldwide: bool = False) -> tuple[Total, ...]:
    """Totals per (metric, unit), adding one value per figure group (:func:`pick`).

    With ``prefer_worldwide`` (an operation's own totals), a worldwide figure stands for the
    whole and per-country figures are not added on top of it.
    """
    groups = figure_groups(f for f in facts if f.value is not None and summable(f.metric))
    totals: dict[tuple[str, str | None], list[Fact]] = defaultdict(list)
    counts: dict[tuple[str, str | None], int] = defaultdict(int)
    for members in groups.values():
        best = pick(members, sources)
        totals[(best.metric, best.unit)].append(best)
        counts[(best.metric, best.unit)] += len(members)
    out = []
    for (metric, unit), chosen in sorted(totals.items(), key=lambda kv: (metric_order(kv[0][0]), kv[0][1] or "")):
        if prefer_worldwide:
            worldwide = [f for f in chosen if f.country is None]
            chosen = worldwide or chosen
        out.append(
            Total(
                metric=metric,
                unit=unit,
                value=sum(cast(float, f.value) for f in chosen),  # summable facts all have a value
                facts=counts[(metric, unit)],
                groups=len(chosen),
                chosen=tuple(f.id for f in chosen),
            )
        )
    return tuple(out)


def per_country(facts: Iterable[Fact], sources: dict[str, Source]) -> list[tuple[str, float]]:
    """Each country's total of one metric (the first total of its facts), largest first."""
    by_country: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.country:
            by_country[fact.country].append(fact)
    out = []
    for code, members in by_country.items():
        totals = sum_groups(members, sources)
        if totals:
            out.append((code, totals[0].value))
    return sorted(out, key=lambda item: (-item[1], item[0]))
