"""What the extractor gives back: an article's facts and events with spans into its text, and
the operations, markets and countries it names."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ExtractedFact:
    metric: str
    value: float | int | None
    unit: str | None
    qualifier: str
    country: str | None
    date: str | None
    operation: str | None  # the name of the operation or market it belongs to
    quote: str  # the sentence, exactly text[quote_start:quote_end]
    start: int  # span of the figure (or event wording) in the text
    end: int
    detail: str | None
    text: str  # the matched wording, text[start:end]
    quote_start: int = 0
    quote_end: int = 0
    attached: bool = False  # the country is written next to the figure ("23 – в Нидерландах")


@dataclass
class Extraction:
    lang: str
    operations: list[str] = field(default_factory=list)
    markets: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    facts: list[ExtractedFact] = field(default_factory=list)
    events: list[ExtractedFact] = field(default_factory=list)
    main: str | None = None  # the operation facts default to
    targets: list[str] = field(default_factory=list)  # markets the main operation went after
    aliases: dict[str, list[str]] = field(default_factory=dict)
