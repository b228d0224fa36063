"""``takedown ingest FILE...``: read articles, extract facts, store them (or just show them).

Article text is untrusted: quotes go to the terminal as ``rich.text.Text`` objects, never as
markup strings.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, Callable

from store.ingest.pipeline import FileReport, ingest_paths, report_json

_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser] | None = None) -> argparse.ArgumentParser:
    """Register ``ingest`` on an argparse subparsers object (``--db`` comes from ``parents``)."""
    parser = subparsers.add_parser(
        "ingest", parents=parents or [], help="extract facts from news articles (Russian or English)",
        description="Read articles, extract figures with their sentence, and store them with provenance.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article text files")
    parser.add_argument("--dry-run", action="store_true", help="extract and show, write nothing")
    parser.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    parser.add_argument("--lang", choices=("ru", "en", "auto"), default="auto", help="article language (default: auto)")
    parser.add_argument("--published", metavar="DATE", help="publication date YYYY, YYYY-MM or YYYY-MM-DD (resolves 'last year')")
    parser.add_argument("--operation", metavar="NAME", help="operation for facts the article does not attribute")
    parser.add_argument("--encoding", metavar="NAME", help="file encoding, overriding detection")
    parser.set_defaults(command="ingest")
    return parser


def run(args: argparse.Namespace, open_repo: Callable[[], Any]) -> int:
    """Ingest ``args.files``; 0 when all were taken, 1 when any was refused, 2 on bad options."""
    if args.published is not None and not _valid_date(args.published):
        print(f"takedown ingest: --published {args.published!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", file=sys.stderr)
        return 2
    repo = None if args.dry_run else open_repo()
    reports = ingest_paths(repo, list(args.files), dry_run=args.dry_run, lang=args.lang, published=args.published,
                           operation=args.operation, encoding=args.encoding)
    for report in reports:
        if report.error:
            print(report.error, file=sys.stderr)
    if args.json:
        for report in reports:
            sys.stdout.write(report_json(report) + "\n")
        sys.stdout.flush()
    else:
        _print_tables(reports)
    return 1 if any(r.status == "refused" for r in reports) else 0


def summary_line(reports: list[FileReport]) -> str:
    """``3 files: 2 taken (...), 1 refused (...)``; taken files say added, duplicate or dry-run."""
    taken = [r for r in reports if r.status != "refused"]
    refused = [r for r in reports if r.status == "refused"]
    parts = []
    if taken:
        parts.append(f"{len(taken)} taken (" + ", ".join(f"{r.file}: {_status_words(r)}" for r in taken) + ")")
    if refused:
        parts.append(f"{len(refused)} refused (" + ", ".join(r.file for r in refused) + ")")
    return f"{len(reports)} file{'s' if len(reports) != 1 else ''}: " + "; ".join(parts)


def _status_words(report: FileReport) -> str:
    if report.status == "duplicate":
        return "already ingested, nothing added"
    if report.status == "dry-run":
        return f"{report.facts_found} facts found, dry run"
    return f"{report.facts_added} new facts"


def _print_tables(reports: list[FileReport]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    for report in reports:
        ex = report.extraction
        if ex is None:
            continue
        title = Text(f"{report.file} ({ex.lang}, {report.encoding})")
        table = Table(title=title, show_lines=False)
        for column in ("metric", "value", "unit", "qualifier", "country", "date"):
            table.add_column(column, no_wrap=True)
        table.add_column("operation", overflow="fold", max_width=18)
        table.add_column("quote", overflow="fold", ratio=1)
        for fact in [*ex.facts, *ex.events]:
            table.add_row(*(Text("" if v is None else str(v)) for v in (
                fact.metric, fact.value, fact.unit, fact.qualifier, fact.country, fact.date, fact.operation)),
                Text(fact.quote))
        console.print(table)
        names = ", ".join([*ex.operations, *ex.markets]) or "none"
        console.print(Text(f"operations/markets: {names}; countries: {', '.join(ex.countries) or 'none'}"))
    console.print(Text(summary_line(reports)), soft_wrap=True)


def _valid_date(value: str) -> bool:
    return bool(_DATE.match(value))
