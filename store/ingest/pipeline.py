"""Inputs to records, and records into the repository: one transaction per file or URL.

``to_records`` turns an :class:`Extraction` into model records; ``ingest_paths`` reads, extracts
and (unless dry-run) writes each input, never letting one bad input stop the others.

Which names become operations: the article's main operation always; any other operation or
market only when figures or events belong to it — a market the operation went after and that has
no figures of its own is one of the operation's ``markets``, not an empty operation.  An
operation's ``announced`` date is the article's publication date for the main operation, else
the date its own figures carry most often (its shutdown date for a market), so it files under a
year and sorts by it.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

from store.ingest.extract import ExtractedFact, Extraction, extract
from store.ingest.fetch import FetchPolicy
from store.ingest.reading import IngestError, ReadArticle, read_article
from store.ingest.titles import text_title
from store.model import SHUT_DOWN, Fact, Operation, Source, sha256_text, slugify, stable_id


class Repository(Protocol):
    def has_source(self, sha256: str) -> bool: ...
    def add_records(self, sources: list[Source], operations: list[Operation], facts: list[Fact]) -> int: ...


@dataclass
class FileReport:
    file: str
    encoding: str | None = None
    lang: str | None = None
    extraction: Extraction | None = None
    error: str | None = None
    status: str = "refused"  # added, duplicate, dry-run, refused
    facts_found: int = 0
    facts_added: int = 0
    source_id: str | None = None
    kind: str | None = None  # text, html, pdf
    title: str | None = None
    published: str | None = None
    origin: str | None = None
    errors: list[str] = field(default_factory=list)


def make_source(text: str, path: str, lang: str, published: str | None, *, title: str | None = None,
                origin: str | None = None) -> Source:
    """The source record of one article; its id is its text's hash, so the same text is one source."""
    digest = sha256_text(text)
    return Source(id=stable_id("src", digest), title=title or text_title(text, os.path.basename(path)),
                  language=lang, published=published, origin=origin or os.path.basename(path), text=text,
                  sha256=digest, kind="article")


def to_records(extraction: Extraction, source: Source, operation: str | None = None) -> tuple[list[Operation], list[Fact]]:
    """The main operation, every other name that owns a figure or event, and a Fact for each."""
    main = operation or extraction.main
    if main is None:  # nothing named and nothing given: one operation for this article alone
        main = source.title or source.origin or source.id
        main_id = stable_id("op", source.id)
    else:
        main_id = slugify(main)
    ids = {name: slugify(name) for name in [*extraction.operations, *extraction.markets]}
    ids[main] = main_id
    facts = []
    for item in [*extraction.facts, *extraction.events]:
        if item.operation and item.operation not in ids:
            ids[item.operation] = slugify(item.operation)
        op_id = ids[item.operation] if item.operation else main_id
        facts.append(Fact(
            id=stable_id("f", source.id, item.metric, item.start, item.end, item.country, op_id),
            operation=op_id, metric=item.metric, value=item.value, unit=item.unit, qualifier=item.qualifier,
            country=item.country, date=item.date, source=source.id, quote=item.quote, start=item.start,
            end=item.end, detail=item.detail, value_text=item.text if item.value is not None else None,
        ))
    owned: dict[str, list[Fact]] = {}
    for fact in facts:
        owned.setdefault(fact.operation, []).append(fact)
    operations: dict[str, Operation] = {}
    for name in dict.fromkeys([main, *extraction.operations, *extraction.markets, *ids]):
        op_id = ids[name]
        if op_id in operations or (name != main and op_id not in owned):
            continue  # a name with no figure of its own is not an operation (a target stays in `markets`)
        is_market = name in extraction.markets and name not in extraction.operations
        kind = "market_takedown" if is_market else "operation"
        aliases = tuple(a for a in extraction.aliases.get(name, ()) if a != name)
        announced = (source.published if name == main else None) or announced_date(owned.get(op_id, []))
        if name == main:
            operations[op_id] = Operation(
                id=op_id, name=name, aliases=aliases, kind=kind, announced=announced,
                markets=tuple(m for m in extraction.targets if m != name),
                countries=tuple(extraction.countries),
            )
        else:
            operations[op_id] = Operation(id=op_id, name=name, aliases=aliases, kind=kind, announced=announced)
    for operation_record in operations.values():
        operation_record.validate()
    for fact in facts:
        fact.validate()
    return list(operations.values()), facts


def announced_date(facts: list[Fact]) -> str | None:
    """The date an operation's figures carry most often (the latest of equals), else its shutdown."""
    for chosen in ([f for f in facts if not f.is_event], [f for f in facts if f.metric == SHUT_DOWN]):
        counts = Counter(f.date for f in chosen if f.date)
        if counts:
            return max(counts, key=lambda date: (counts[date], date))
    return None


@dataclass
class Proposal:
    """What one article would add to the store, before anything is written: the explorer's
    review screen shows and edits this; ``ingest_paths`` writes it as it is."""

    article: ReadArticle
    extraction: Extraction
    source: Source
    published: str | None
    operation: str | None = None  # the user's operation name, if any

    def records(self) -> tuple[list[Operation], list[Fact]]:
        return to_records(self.extraction, self.source, self.operation)


def propose(article: ReadArticle, path: str, *, lang: str = "auto", published: str | None = None,
            operation: str | None = None) -> Proposal:
    """Extract one read article: the step ``takedown ingest`` and the explorer's dialog share.

    ``published`` (the user's) overrides the date the input gives; either resolves relative dates."""
    date = published or article.published
    extraction = extract(article.text, lang=lang, published=date, operation=operation)
    source = make_source(article.text, path, extraction.lang, date, title=article.title, origin=article.origin)
    return Proposal(article=article, extraction=extraction, source=source, published=date, operation=operation)


def ingest_paths(repo: Repository | None, paths: list[str], *, dry_run: bool, lang: str = "auto",
                 published: str | None = None, operation: str | None = None,
                 encoding: str | None = None, offline: bool = False,
                 policy: FetchPolicy | None = None) -> list[FileReport]:
    """Read, extract and (unless ``dry_run``) store each file or URL; a refusal is reported, not raised.

    ``published`` (the user's) overrides the date the input gives; either resolves relative dates.
    """
    if not dry_run and repo is None:
        raise ValueError("a repository is needed unless dry_run is set")
    reports = []
    for path in paths:
        report = FileReport(file=str(path))
        try:
            article = read_article(path, encoding, offline=offline, policy=policy)
        except IngestError as exc:
            report.error = str(exc)
            report.errors.append(str(exc))
            reports.append(report)
            continue
        proposal = propose(article, str(path), lang=lang, published=published, operation=operation)
        extraction, source, date = proposal.extraction, proposal.source, proposal.published
        report.encoding, report.kind, report.title = article.encoding, article.kind, article.title
        report.published, report.origin = date, article.origin
        report.lang, report.extraction = extraction.lang, extraction
        report.facts_found = len(extraction.facts) + len(extraction.events)
        report.source_id = source.id
        if dry_run or repo is None:  # only a dry run goes without a store
            report.status = "dry-run"
        elif repo.has_source(source.sha256):
            report.status = "duplicate"
        else:
            try:
                ops, facts = proposal.records()
                report.facts_added = repo.add_records([source], ops, facts)
                report.status = "added"
            except Exception as exc:  # the repository's own error: report it against this file
                report.error = f"{path}: not stored ({' '.join(str(exc).split())})"
                report.errors.append(report.error)
                report.status = "refused"
        reports.append(report)
    return reports


def fact_json(fact: ExtractedFact) -> dict[str, Any]:
    return {
        "metric": fact.metric, "value": fact.value, "unit": fact.unit, "qualifier": fact.qualifier,
        "country": fact.country, "date": fact.date, "operation": fact.operation, "quote": fact.quote,
        "start": fact.start, "end": fact.end,
    }


def report_dict(report: FileReport) -> dict[str, Any]:
    ex = report.extraction
    return {
        "file": report.file, "kind": report.kind, "encoding": report.encoding, "lang": report.lang,
        "status": report.status, "title": report.title, "published": report.published, "origin": report.origin,
        "operations": ex.operations if ex else [], "markets": ex.markets if ex else [],
        "countries": ex.countries if ex else [],
        "facts": [fact_json(f) for f in ex.facts] if ex else [],
        "events": [fact_json(e) for e in ex.events] if ex else [],
        "errors": list(report.errors),
    }


def report_json(report: FileReport) -> str:
    """One line of JSON, non-ASCII kept as is."""
    return json.dumps(report_dict(report), ensure_ascii=False)
