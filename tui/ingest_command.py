"""``takedown ingest FILE|URL...``: read articles, extract facts, store them (or just show them).

Article text is untrusted: quotes go to the terminal as ``rich.text.Text`` objects, never as
markup strings.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from store.ingest.fetch import CONNECT_TIMEOUT, TOTAL_TIMEOUT, FetchPolicy
from store.ingest.pipeline import FileReport, ingest_paths, report_json
from store.validation import parse_date
from store.words import count


def add_parser(subparsers: Any, parents: list[argparse.ArgumentParser] | None = None) -> argparse.ArgumentParser:
    """Register ``ingest`` on an argparse subparsers object (``--db`` comes from ``parents``)."""
    parser = subparsers.add_parser(
        "ingest", parents=parents or [], help="extract facts from news articles (Russian or English)",
        description="Read articles, extract figures with their sentence, and store them with provenance.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE|URL",
                        help="articles: text, HTML (saved pages) or PDF files, folders of them, or http(s) URLs")
    parser.add_argument("--dry-run", action="store_true", help="extract and show, write nothing")
    parser.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    parser.add_argument("--lang", choices=("ru", "en", "auto"), default="auto", help="article language (default: auto)")
    parser.add_argument("--published", metavar="DATE", help="publication date YYYY, YYYY-MM or YYYY-MM-DD, or 02.05.2023 (resolves 'last year')")
    parser.add_argument("--operation", metavar="NAME", help="operation for facts the article does not attribute")
    parser.add_argument("--encoding", metavar="NAME", help="file encoding, overriding detection")
    parser.add_argument("--offline", action="store_true", help="fetch nothing: URLs are refused")
    parser.add_argument("--timeout", metavar="SECONDS", type=_seconds, default=TOTAL_TIMEOUT,
                        help=f"longest a URL may take to download (default: {TOTAL_TIMEOUT:g})")
    parser.set_defaults(command="ingest")
    return parser


def run(args: argparse.Namespace, open_repo: Callable[[], Any]) -> int:
    """Ingest ``args.files``; 0 when all were taken, 1 when any was refused, 2 on bad options."""
    if args.published is not None:  # read as the explorer's dialog and ``edit --date`` read a date
        try:
            args.published = parse_date(args.published)
        except ValueError as exc:
            print(f"takedown ingest: --published: {exc}", file=sys.stderr)
            return 2
    if args.encoding is not None:  # a bad option is a usage error before any file is read
        import codecs

        try:
            codecs.lookup(args.encoding)
        except LookupError:
            print(f"takedown ingest: --encoding {args.encoding!r} is not an encoding (utf-8, cp1251, koi8-r, latin-1…)",
                  file=sys.stderr)
            return 2
    if args.operation is not None and not args.operation.strip():
        print("takedown ingest: --operation is empty (give a name, or leave the option out)", file=sys.stderr)
        return 2
    from tui.article_files import expand

    files, folder_errors = expand(list(args.files))  # a folder: its article files, as the dialog's tree shows them
    for error in folder_errors:
        print(error, file=sys.stderr)
    if not files:
        return 1
    repo = None if args.dry_run else open_repo()
    timeout = getattr(args, "timeout", TOTAL_TIMEOUT)
    policy = FetchPolicy(total_timeout=timeout, connect_timeout=min(CONNECT_TIMEOUT, timeout))
    reports = ingest_paths(repo, files, dry_run=args.dry_run, lang=args.lang, published=args.published,
                           operation=args.operation, encoding=args.encoding,
                           offline=getattr(args, "offline", False), policy=policy)
    for report in reports:
        if report.error:
            print(report.error, file=sys.stderr)
    if args.json:
        for report in reports:
            sys.stdout.write(report_json(report) + "\n")
        sys.stdout.flush()
    else:
        _print_tables(reports)
    return 1 if folder_errors or any(r.status == "refused" for r in reports) else 0


def summary_line(reports: list[FileReport]) -> str:
    """``3 files: 2 taken (...), 1 refused (...)``; taken files say added, duplicate or dry-run."""
    taken = [r for r in reports if r.status != "refused"]
    refused = [r for r in reports if r.status == "refused"]
    parts = []
    if taken:
        parts.append(f"{len(taken)} taken (" + ", ".join(f"{r.file}: {_status_words(r)}" for r in taken) + ")")
    if refused:
        parts.append(f"{len(refused)} refused (" + ", ".join(r.file for r in refused) + ")")
    return f"{count(len(reports), 'file')}: " + "; ".join(parts)


def _status_words(report: FileReport) -> str:
    if report.status == "duplicate":
        return "already ingested, nothing added"
    if report.status == "dry-run":
        return f"{count(report.facts_found, 'fact')} found, dry run"
    return f"{count(report.facts_added, 'new fact')}"


from store.format import QUALIFIER_SIGNS, compact_amount, metric_label  # noqa: E402


def _print_tables(reports: list[FileReport]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    for report in reports:
        ex = report.extraction
        if ex is None:
            continue
        about = ", ".join(str(v) for v in (report.kind, ex.lang, report.encoding, report.published) if v)
        title = Text(f"{report.file} ({about}): {report.title}")
        rows = []
        for fact in [*ex.facts, *ex.events]:
            sign = QUALIFIER_SIGNS.get(fact.qualifier, "")
            shown = f"{sign}{compact_amount(fact.value, fact.unit)}" if fact.value is not None else "—"
            rows.append([("" if v is None else str(v)) for v in (
                fact.operation, metric_label(fact.metric), shown, fact.country or "world", fact.date)])
        quotes: list[str] = []
        for fact in [*ex.facts, *ex.events]:
            if fact.quote not in quotes:
                quotes.append(fact.quote)
        table = Table(title=title, title_justify="left")
        table.add_column("#", no_wrap=True, justify="right")
        for i, column in enumerate(("operation", "metric", "figure", "country", "date")):
            width = min(18, max([len(column), *(len(row[i]) for row in rows)]))
            table.add_column(column, no_wrap=True, overflow="ellipsis", min_width=min(width, 9), max_width=width)
        for row, fact in zip(rows, [*ex.facts, *ex.events]):
            table.add_row(Text(str(quotes.index(fact.quote) + 1)), *(Text(v) for v in row))
        console.print(table)
        for number, quote in enumerate(quotes, 1):  # the sentences the figures come from
            console.print(Text(f"{number:>3}. ") + Text(" ".join(quote.split()), style="italic"))
        names = ", ".join([*ex.operations, *ex.markets]) or "none"
        console.print(Text(f"operations/markets: {names}; countries: {', '.join(ex.countries) or 'none'}"))
    console.print(Text(summary_line(reports)), soft_wrap=True)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < seconds <= 600:
        raise argparse.ArgumentTypeError("the timeout must be more than 0 and at most 600 seconds")
    return seconds
