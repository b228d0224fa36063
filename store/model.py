"""Plain typed records: sources, operations and facts, and their JSON shape.

Records are frozen ``msgspec`` structs: a store with 100,000 facts holds 100,000 of them,
so they must be small, hashable and safe to share between threads. msgspec also decodes a
whole store file straight into them (``decoding.read_snapshot``), checking types and
unknown fields in C, at about the cost of parsing the JSON alone; they hold only strings,
numbers and tuples of strings, so the garbage collector need not track them (``gc=False``).
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any, Literal

import msgspec
from msgspec.structs import replace

# The metrics live in store.metrics; the model re-exports what records and callers need.
from store.metrics import (
    ARRESTS,
    CORE_METRICS,
    EVENT_METRICS,
    LAUNCHED,
    METRIC_LABELS,
    METRIC_UNITS,
    SEIZED_DRUGS,
    SEIZED_FIREARMS,
    SEIZED_MONEY,
    SHUT_DOWN,
)

# 2: facts carry ``edited`` (changed by hand) and the store has a ``changes`` table (store.changes).
SCHEMA_VERSION = 2

Qualifier = Literal["exact", "approximate", "at_least", "at_most"]
QUALIFIERS: tuple[str, ...] = ("exact", "approximate", "at_least", "at_most")

OperationKind = Literal["operation", "market_takedown"]
OPERATION_KINDS: tuple[str, ...] = ("operation", "market_takedown")

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_METRIC = re.compile(r"^[a-z][a-z0-9_]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


class ValidationError(ValueError):
    """A record does not have the shape the store promises."""


def is_partial_date(value: str | None) -> bool:
    """``2021``, ``2023-05`` and ``2023-05-02`` are dates; None is no date."""
    return value is None or (isinstance(value, str) and _matches(_PARTIAL_DATE, value))


@functools.lru_cache(maxsize=4096)
def _matches(pattern: re.Pattern[str], value: str) -> bool:
    """Cached: a store repeats the same few metrics, countries and dates 100,000 times."""
    return bool(pattern.match(value))


@functools.cache
def iso_currencies() -> frozenset[str]:
    """ISO 4217 codes, from CLDR: BTC is not money in this sense (it is ``seized_crypto``)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_id(prefix: str, *parts: object) -> str:
    """A content-derived id: two processes that create the same record get the same id,
    and different records cannot collide in practice (80 bits of SHA-256)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:20]}"


def slugify(name: str) -> str:
    """Operation ids: lower-case ASCII words joined by dashes (``spector``, ``monopoly-market``)."""
    from store.text import transliterate  # local: keeps model import-light

    ascii_name = transliterate(name).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    return slug or stable_id("op", name)


class Source(msgspec.Struct, frozen=True, gc=False, forbid_unknown_fields=True):
    """Where facts come from: an ingested article (with its text) or a citation (no text)."""

    id: str
    title: str
    language: str | None = None
    published: str | None = None
    origin: str | None = None  # file name or URL
    text: str = ""
    sha256: str = ""
    tier: str | None = None  # official, news, trade_news, low (reference citations)
    kind: str = "article"  # "article" (text kept) or "citation" (no text)

    def validate(self) -> None:
        if not (bool(self.id) and isinstance(self.id, str)):
            raise ValidationError("source id is empty")
        for label in ("title", "text", "sha256", "kind"):
            if not isinstance(getattr(self, label), str):
                raise ValidationError(f"source {self.id}: {label} is not text")
        if not (is_partial_date(self.published)):
            raise ValidationError(f"source {self.id}: bad published date {self.published!r}")
        if self.text:
            if not (self.sha256 == sha256_text(self.text)):
                raise ValidationError(f"source {self.id}: sha256 does not match its text")


class Operation(msgspec.Struct, frozen=True, gc=False, forbid_unknown_fields=True):
    """A police operation or a market takedown, with the names people use for it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "operation"
    announced: str | None = None
    started: str | None = None
    ended: str | None = None
    markets: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 of the participants

    def validate(self) -> None:
        if not (bool(self.id) and isinstance(self.id, str)):
            raise ValidationError("operation id is empty")
        if not self.name or not isinstance(self.name, str):
            raise ValidationError(f"operation {self.id}: name is empty")
        if self.kind not in OPERATION_KINDS:
            raise ValidationError(f"operation {self.id}: kind {self.kind!r} is not one of {OPERATION_KINDS}")
        for label in ("announced", "started", "ended"):
            value = getattr(self, label)
            if not (is_partial_date(value)):
                raise ValidationError(f"operation {self.id}: bad {label} date {value!r}")
        for cc in self.countries:
            if not (isinstance(cc, str) and bool(_COUNTRY.match(cc))):
                raise ValidationError(f"operation {self.id}: bad country {cc!r}")

    @property
    def year(self) -> str | None:
        """The year people file the operation under: announced, else ended, else started."""
        for value in (self.announced, self.ended, self.started):
            if value:
                return value[:4]
        return None

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Fact(msgspec.Struct, frozen=True, gc=False, forbid_unknown_fields=True):
    """One figure (or event) with its provenance: the source, the sentence and the span."""

    id: str
    operation: str  # operation id (or the market's operation record)
    metric: str
    value: float | int | None
    unit: str | None
    qualifier: str = "exact"
    country: str | None = None  # ISO 3166-1 alpha-2, None for a worldwide figure
    date: str | None = None
    source: str = ""
    quote: str = ""  # the exact sentence of the source text
    start: int | None = None  # span of the figure in the source text
    end: int | None = None
    detail: str | None = None  # "cash and virtual currencies", "bitcoin", original wording...
    value_text: str | None = None  # the value as stated where it is not a clean number
    attributed_to: str | None = None  # who the source says the figure comes from
    edited: bool = False  # changed by hand since it was extracted (store.edits); source, quote and span stay

    @property
    def is_event(self) -> bool:
        return self.metric in EVENT_METRICS

    def validate(self) -> None:
        if not (bool(self.id) and isinstance(self.id, str)):
            raise ValidationError("fact id is empty")
        if not (bool(self.operation) and isinstance(self.operation, str)):
            raise ValidationError(f"fact {self.id}: no operation")
        if not (isinstance(self.metric, str) and _matches(_METRIC, self.metric)):
            raise ValidationError(f"fact {self.id}: bad metric {self.metric!r}")
        if self.qualifier not in QUALIFIERS:
            raise ValidationError(f"fact {self.id}: qualifier {self.qualifier!r} is not one of {QUALIFIERS}")
        if not (self.value is None or (isinstance(self.value, int | float) and not isinstance(self.value, bool))):
            raise ValidationError(f"fact {self.id}: value {self.value!r} is not a number")
        if not (self.country is None or (isinstance(self.country, str) and _matches(_COUNTRY, self.country))):
            raise ValidationError(f"fact {self.id}: bad country {self.country!r}")
        if not (is_partial_date(self.date)):
            raise ValidationError(f"fact {self.id}: bad date {self.date!r}")
        for label in ("source", "quote"):
            if not isinstance(getattr(self, label), str):
                raise ValidationError(f"fact {self.id}: {label} is not text")
        if not isinstance(self.edited, bool):
            raise ValidationError(f"fact {self.id}: edited is not true or false")
        for label in ("unit", "detail", "value_text", "attributed_to"):
            value = getattr(self, label)
            if value is not None and not isinstance(value, str):
                raise ValidationError(f"fact {self.id}: {label} is not text")
        expected = METRIC_UNITS.get(self.metric)
        if self.value is not None and expected is not None:
            if not (self.unit == expected):
                raise ValidationError(f"fact {self.id}: {self.metric} must be in {expected}, not {self.unit!r}")
        if self.metric == SEIZED_MONEY and self.value is not None:
            if not (isinstance(self.unit, str) and self.unit in iso_currencies()):
                raise ValidationError(f"fact {self.id}: money needs an ISO 4217 unit, not {self.unit!r}")
        if self.start is not None or self.end is not None:
            if not (isinstance(self.start, int) and isinstance(self.end, int) and 0 <= self.start <= self.end):
                raise ValidationError(f"fact {self.id}: bad span {self.start!r}..{self.end!r}")


RECORD_TYPES: dict[str, type[Source | Operation | Fact]] = {"sources": Source, "operations": Operation, "facts": Fact}
_TUPLE_FIELDS = {"aliases", "markets", "countries"}


def to_dict(record: Source | Operation | Fact) -> dict[str, Any]:
    """The JSON shape of a record: every field, tuples as lists."""
    data = msgspec.structs.asdict(record)
    for key in _TUPLE_FIELDS & data.keys():
        data[key] = list(data[key])
    return data


@functools.cache
def _field_names(kind: type) -> frozenset[str]:
    return frozenset(kind.__struct_fields__)  # type: ignore[attr-defined]  # msgspec stubs omit it


@functools.cache
def _required(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in msgspec.structs.fields(kind) if f.required)


def from_dict(kind: type, data: dict[str, Any]):
    """Build a record from its JSON shape; unknown keys are an error, missing optional keys default."""
    if not isinstance(data, dict):
        raise ValidationError(f"a {kind.__name__.lower()} is not an object")
    unknown = data.keys() - _field_names(kind)
    if unknown:
        raise ValidationError(f"{kind.__name__.lower()} {data.get('id', '?')}: unknown field(s) {', '.join(sorted(unknown))}")
    missing = [name for name in _required(kind) if name not in data]
    if missing:
        raise ValidationError(f"{kind.__name__.lower()} {data.get('id', '?')}: missing field(s) {', '.join(missing)}")
    kwargs = data
    tuple_keys = _TUPLE_FIELDS & data.keys()
    if tuple_keys:
        kwargs = dict(data)
    for key in tuple_keys:
        value = kwargs[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError(f"{kind.__name__.lower()} {data.get('id', '?')}: {key} must be a list of text")
        kwargs[key] = tuple(value)
    record = kind(**kwargs)
    record.validate()
    return record


def decoded_records_valid(sources: list[Source], operations: list[Operation], facts: list[Fact]) -> bool:
    """True if every record passes its ``validate``, for records msgspec decoded from a store
    file: their field types are already checked, so only the rules types cannot say are
    left, and values repeated across 100,000 facts (metrics, countries, dates) are checked
    once each. On False the caller checks record by record, which names the first failure."""
    for op in operations:
        try:
            op.validate()
        except ValidationError:
            return False
    dates: set[str] = set()
    for source in sources:
        if not source.id or (source.published is not None and not _date_ok(source.published, dates)):
            return False
        if source.text and source.sha256 != sha256_text(source.text):
            return False
    metrics: set[str] = set()
    countries: set[str] = set()
    qualifiers = frozenset(QUALIFIERS)
    units, currencies = METRIC_UNITS, iso_currencies()
    for fact in facts:
        if not fact.id or not fact.operation or fact.qualifier not in qualifiers:
            return False
        metric = fact.metric
        if metric not in metrics:
            if not _METRIC.match(metric):
                return False
            metrics.add(metric)
        country = fact.country
        if country is not None and country not in countries:
            if not _COUNTRY.match(country):
                return False
            countries.add(country)
        if fact.date is not None and not _date_ok(fact.date, dates):
            return False
        if fact.value is not None:
            expected = units.get(metric)
            if expected is not None and fact.unit != expected:
                return False
            if metric == SEIZED_MONEY and fact.unit not in currencies:
                return False
        start, end = fact.start, fact.end
        if (start is not None or end is not None) and (start is None or end is None or not 0 <= start <= end):
            return False
    return True


def _date_ok(value: str, seen: set[str]) -> bool:
    if value in seen:
        return True
    if _PARTIAL_DATE.match(value):
        seen.add(value)
        return True
    return False


def load_many(kind: type, documents: dict[str, Any]) -> list:
    """``from_dict`` over a whole table. Raises ValidationError naming the document id of the
    first bad record."""
    out = []
    for doc_id, data in documents.items():
        try:
            out.append(from_dict(kind, data))
        except ValidationError as exc:
            raise ValidationError(f"document {doc_id}: {exc}") from None
    return out


__all__ = [
    "ARRESTS", "CORE_METRICS", "EVENT_METRICS", "Fact", "LAUNCHED", "METRIC_LABELS", "METRIC_UNITS",
    "Operation", "QUALIFIERS", "RECORD_TYPES", "SCHEMA_VERSION", "SEIZED_DRUGS", "SEIZED_FIREARMS",
    "SEIZED_MONEY", "SHUT_DOWN", "Source", "ValidationError", "from_dict", "replace", "sha256_text",
    "slugify", "stable_id", "to_dict",
]
