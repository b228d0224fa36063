"""Files to records, and records into the repository: one transaction per file.

``to_records`` turns an :class:`Extraction` into model records; ``ingest_paths`` reads, extracts
and (unless dry-run) writes each file, never letting one bad file stop the others.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any, Protocol

from store.ingest.extract import Extraction, ExtractedFact, extract
from store.ingest.reading import IngestError, read_article
from store.model import Fact, Operation, Source, sha256_text, slugify, stable_id


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
    errors: list[str] = field(default_factory=list)


def make_source(text: str, path: str, lang: str, published: str | None) -> Source:
    digest = sha256_text(text)
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first_line if 0 < len(first_line) <= 200 else (first_line[:197] + "…" if first_line else os.path.basename(path))
    return Source(id=stable_id("src", digest), title=title, language=lang, published=published,
                  origin=os.path.basename(path), text=text, sha256=digest, kind="article")


def to_records(extraction: Extraction, source: Source, operation: str | None = None) -> tuple[list[Operation], list[Fact]]:
    """Operations for every name found (plus the fallback one), and a Fact per fact and event."""
    main = operation or extraction.main
    if main is None:  # nothing named and nothing given: one operation for this article alone
        main = source.title or source.origin or source.id
        main_id = stable_id("op", source.id)
    else:
        main_id = slugify(main)
    ids = {name: slugify(name) for name in [*extraction.operations, *extraction.markets]}
    ids[main] = main_id
    operations: dict[str, Operation] = {}
    for name in dict.fromkeys([main, *extraction.operations, *extraction.markets]):
        is_market = name in extraction.markets and name not in extraction.operations
        kind = "market_takedown" if is_market else "operation"
        aliases = tuple(a for a in extraction.aliases.get(name, ()) if a != name)
        if name == main:
            operations[ids[name]] = Operation(
                id=ids[name], name=name, aliases=aliases, kind=kind,
                markets=tuple(m for m in extraction.targets if m != name),
                countries=tuple(extraction.countries),
            )
        else:
            operations[ids[name]] = Operation(id=ids[name], name=name, aliases=aliases, kind=kind)
    facts = []
    for item in [*extraction.facts, *extraction.events]:
        op_id = ids.get(item.operation) if item.operation else main_id
        op_id = op_id or slugify(item.operation)
        facts.append(Fact(
            id=stable_id("f", source.id, item.metric, item.start, item.end, item.country, op_id),
            operation=op_id, metric=item.metric, value=item.value, unit=item.unit, qualifier=item.qualifier,
            country=item.country, date=item.date, source=source.id, quote=item.quote, start=item.start,
            end=item.end, detail=item.detail, value_text=item.text if item.value is not None else None,
        ))
    for record in [*operations.values(), *facts]:
        record.validate()
    return list(operations.values()), facts


def ingest_paths(repo: Repository | None, paths: list[str], *, dry_run: bool, lang: str = "auto",
                 published: str | None = None, operation: str | None = None,
                 encoding: str | None = None) -> list[FileReport]:
    """Read, extract and (unless ``dry_run``) store each file; a refusal is reported, not raised."""
    if not dry_run and repo is None:
        raise ValueError("a repository is needed unless dry_run is set")
    reports = []
    for path in paths:
        report = FileReport(file=str(path))
        try:
            article = read_article(path, encoding)
        except IngestError as exc:
            report.error = str(exc)
            report.errors.append(str(exc))
            reports.append(report)
            continue
        report.encoding = article.encoding
        extraction = extract(article.text, lang=lang, published=published, operation=operation)
        report.lang, report.extraction = extraction.lang, extraction
        report.facts_found = len(extraction.facts) + len(extraction.events)
        source = make_source(article.text, str(path), extraction.lang, published)
        report.source_id = source.id
        if dry_run:
            report.status = "dry-run"
        elif repo.has_source(source.sha256):
            report.status = "duplicate"
        else:
            try:
                ops, facts = to_records(extraction, source, operation)
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
        "file": report.file, "encoding": report.encoding, "lang": report.lang, "status": report.status,
        "operations": ex.operations if ex else [], "markets": ex.markets if ex else [],
        "countries": ex.countries if ex else [],
        "facts": [fact_json(f) for f in ex.facts] if ex else [],
        "events": [fact_json(e) for e in ex.events] if ex else [],
        "errors": list(report.errors),
    }


def report_json(report: FileReport) -> str:
    """One line of JSON, non-ASCII kept as is."""
    return json.dumps(report_dict(report), ensure_ascii=False)
