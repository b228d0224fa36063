"""Search over a snapshot: one engine for the explorer, ``takedown search`` and the palette.

The index is built once per snapshot. Every record gets a folded haystack (names, aliases,
country names in English and Russian, ISO codes, metric, quote, source title); a query is
split into terms, each term must match (AND), and field filters narrow first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store import countries
from store.format import metric_label
from store.model import Fact, Operation
from store.text import fold, to_cyrillic, transliterate

FIELDS = ("country", "metric", "op", "year", "lang", "value", "source")
_FILTER = re.compile(r"^(?P<field>[a-z]+)(?P<op>:|>=|<=|>|<|=)(?P<value>.+)$")


@dataclass
class SearchResult:
    query: str
    facts: list[Fact] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    total: int = 0
    terms: list[str] = field(default_factory=list)  # folded words to highlight
    hints: list[str] = field(default_factory=list)


def country_words(code: str | None) -> str:
    if not code:
        return "worldwide"
    country = countries.get(code)
    if not country:
        return code
    return " ".join((code, country.name_en, country.name_ru, *country.aliases, *country.adjectives))


class SearchIndex:
    """Folded text of every fact and operation, built once per snapshot."""

    def __init__(self, snapshot) -> None:
        self.snapshot = snapshot
        ops = snapshot.operations
        self._op_text = {
            op.id: fold(" ".join((op.id, *op.names(), *op.markets, *(country_words(c) for c in op.countries))))
            for op in ops.values()
        }
        self._src_text = {s.id: fold(" ".join(filter(None, (s.title, s.origin)))) for s in snapshot.sources.values()}
        self._country_text: dict[str | None, str] = {}
        self._fact_text = [self._haystack(f) for f in snapshot.facts]

    def _haystack(self, fact: Fact) -> str:
        if fact.country not in self._country_text:
            self._country_text[fact.country] = fold(country_words(fact.country))
        op = self.snapshot.operations.get(fact.operation)
        op_names = fold(" ".join((fact.operation, *op.names()))) if op else fold(fact.operation)
        return " ".join(
            (
                op_names,
                self._country_text[fact.country],
                fact.metric,
                fold(metric_label(fact.metric)),
                fold(fact.quote),
                fold(fact.detail or ""),
                self._src_text.get(fact.source, ""),
            )
        )

    def search(self, query: str, limit: int | None = None) -> SearchResult:
        result = SearchResult(query=query)
        terms, filters = parse_query(query, result.hints)
        result.terms = terms
        variants = [term_variants(t) for t in terms]
        facts = []
        for fact, text in zip(self.snapshot.facts, self._fact_text):
            if filters and not all(check(fact, self.snapshot, flt) for flt in filters):
                continue
            if all(any(v in text for v in vs) for vs in variants):
                facts.append(fact)
        result.total = len(facts)
        result.facts = facts if limit is None else facts[:limit]
        op_ids = dict.fromkeys(f.operation for f in facts)
        if not filters:
            for op_id, text in self._op_text.items():
                if terms and all(any(v in text for v in vs) for vs in variants):
                    op_ids.setdefault(op_id, None)
        result.operations = [self.snapshot.operations[i] for i in op_ids if i in self.snapshot.operations]
        result.countries = sorted({f.country for f in facts if f.country})
        return result


def term_variants(term: str) -> tuple[str, ...]:
    """A term as typed, and in the other script (``germaniya`` <-> ``германия``)."""
    out = {term}
    other = fold(transliterate(term)) if any("\u0400" <= ch <= "\u04ff" for ch in term) else fold(to_cyrillic(term))
    if len(other) >= 3:
        out.add(other)
    return tuple(out)


def parse_query(query: str, hints: list[str]) -> tuple[list[str], list[tuple[str, str, str]]]:
    terms, filters = [], []
    for word in query.split():
        match = _FILTER.match(word)
        if match and (match["op"] != ":" or match["field"] in FIELDS or ":" in word):
            name, op, value = match["field"], match["op"], match["value"]
            if name not in FIELDS:
                hints.append(f"unknown field '{name}:' (known: {', '.join(FIELDS)})")
                continue
            filters.append((name, op, value))
            continue
        folded = fold(word)
        if folded:
            terms.append(folded)
    return terms, filters


def check(fact: Fact, snapshot, flt: tuple[str, str, str]) -> bool:
    name, op, value = flt
    if name == "country":
        code = countries.lookup(value) or value.upper()
        return fact.country == code
    if name == "metric":
        return fold(value) in fact.metric
    if name == "op":
        operation = snapshot.operations.get(fact.operation)
        names = fold(" ".join((fact.operation, *(operation.names() if operation else ()))))
        return fold(value) in names
    if name == "year":
        return (fact.date or "").startswith(value) or _op_year(snapshot, fact) == value
    if name == "lang":
        source = snapshot.sources.get(fact.source)
        return bool(source and source.language == value.lower())
    if name == "source":
        source = snapshot.sources.get(fact.source)
        return bool(source and fold(value) in fold(" ".join(filter(None, (source.title, source.origin)))))
    if name == "value":
        if fact.value is None:
            return False
        try:
            number = float(value)
        except ValueError:
            return False
        return {">": fact.value > number, "<": fact.value < number, ">=": fact.value >= number,
                "<=": fact.value <= number, "=": fact.value == number, ":": fact.value == number}[op]
    return True


def _op_year(snapshot, fact: Fact) -> str | None:
    op = snapshot.operations.get(fact.operation)
    return op.year if op else None
