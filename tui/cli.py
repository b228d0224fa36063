"""The ``takedown`` command line: the explorer by default, subcommands for scripts.

JSON output is a contract for scripts. Errors are one line on stderr: exit 2 for usage
errors, 1 for failures; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from store import __version__, countries
from store.format import amount, metric_label, short_figure
from store.metrics import resolve_metric
from store.model import Fact
from store.outlets import NO_DATE, shown_date
from store.repository import Repository, resolve_path
from store.share import (
    FACT_COLUMNS,
    export_country,
    export_facts,
    export_operations,
    fact_row,
    operation_row,
    summary_row,
    write_export,
)
from store.storage import StoreError
from store.words import count
from tui.cli_store import add_init_parser, cmd_init, positive_int, readable_path


class UsageError(Exception):
    """Bad arguments: exit 2."""


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _common() -> argparse.ArgumentParser:
    """--db and --debug, accepted before or after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="store file (default: TAKEDOWN_DB or the user data folder)")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
    return common


def build_parser() -> Parser:
    common = _common()
    parser = Parser(
        prog="takedown",
        description="Explore the facts behind police operations against darknet markets.",
        epilog="Without a COMMAND: the explorer (a terminal app; press ? in it for its keys). "
               "'takedown COMMAND --help' describes a command.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"takedown {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("operations", parents=[common], help="list operations")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("facts", parents=[common], help="list facts")
    p.add_argument("--operation", metavar="ID", help="operation id, name or alias")
    p.add_argument("--country", metavar="CC", help="ISO code or country name; 'worldwide' for facts of no one country")
    p.add_argument("--metric", metavar="M", help="arrests, money, drugs, firearms (guns, аресты…) or any metric name")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("country", parents=[common], help="a country's operations and totals")
    p.add_argument("country", metavar="CC", help="ISO code or country name in English or Russian")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "search", parents=[common], help="search facts and operations",
        description="The explorer's search: words (Russian or English) match operation names, markets, "
                    "countries, metrics, quotes and sources; filters narrow it: country:de, metric:money, "
                    "op:spector, year>=2021, value>1m, lang:ru, source:europol, unit:EUR, tier:official. "
                    "A filter that cannot apply as typed (an unknown field, value>abc) is an error (exit 2).",
    )
    p.add_argument("query", nargs="+", metavar="QUERY", help="words and filters (several words: all of them)")
    p.add_argument("--limit", type=positive_int, default=None, metavar="N", help="at most N facts (N >= 1)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("export", parents=[common], help="export facts with their quotes and sources")
    p.add_argument("--format", choices=("csv", "json", "md"), default="json", help="file format (default: json)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout (an existing FILE is kept)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--operation", metavar="ID", help="only this operation (id, name or alias), with its summary")
    p.add_argument("--country", metavar="CC", help="only this country's summary: its totals, operations and facts")

    add_init_parser(sub, [common])

    try:
        from tui.ingest_command import add_parser as add_ingest
    except ImportError:
        pass
    else:
        add_ingest(sub, [common])
    from tui.edit_commands import add_parsers as add_edit_commands

    add_edit_commands(sub, [common])
    from tui.serve import add_parser as add_serve

    add_serve(sub, [common])
    from tui.compact_command import add_parser as add_compact

    add_compact(sub, [common])
    return parser


# -- JSON shapes: store.share owns them (exports, the explorer's x and y say the same) -----------
fact_json = fact_row
operation_json = operation_row
summary_json = summary_row


def _dump(data: Any) -> str:
    import orjson

    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")


# -- commands --------------------------------------------------------------------------------
def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _table(title: str, *columns: str, whole: dict[str, int] | None = None, at_least: dict[str, int] | None = None):
    """A table whose ``whole`` columns (name -> width of their longest value) are never cut
    or wrapped on a narrow terminal: the other columns wrap instead. An ``at_least`` column
    keeps that width (its short values read whole) and wraps only longer ones."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        width = (whole or {}).get(column)
        least = (at_least or {}).get(column)
        if width is not None:
            table.add_column(column, no_wrap=True, min_width=max(width, len(column)))
        elif least is not None:
            table.add_column(column, min_width=max(least, len(column)))
        else:
            table.add_column(column)
    return table


def _text(value: object):
    """Untrusted text for Rich: always a Text, never markup."""
    from rich.text import Text

    return Text("" if value is None else str(value))


def resolve_country(value: str) -> str:
    if countries.is_worldwide(value):
        raise UsageError(f"{value!r} is not one country (the facts of no one country: takedown facts --country worldwide)")
    code = countries.lookup(value)
    if code is None:
        raise UsageError(f"unknown country {value!r} (use an ISO code such as DE or a name such as Germany or Германия)")
    return code


def cmd_operations(args: argparse.Namespace, repo: Repository) -> int:
    ops = repo.operations()
    if args.json:
        print(_dump([operation_json(op, repo) for op in ops]))
        return 0
    table = _table(count(len(ops), "operation"), "id", "name", "year", "kind", "countries", "arrests", "facts")
    for op in ops:
        headline = repo.headline(op)
        table.add_row(
            _text(op.id), _text(op.name), _text(op.year or ""), _text(op.kind.replace("_", " ")),
            _text(len(repo.participants(op))),
            _text(amount(headline.value, headline.unit) if headline else ""),  # the headline: its arrests
            _text(len(repo.facts(operation=op.id))),
        )
    _console().print(table)
    return 0


def _facts_table(title: str, facts: list[Fact], repo: Repository):
    from store.short_ids import unique_prefixes

    # the id as takedown edit/delete/move take it: its shortest unique prefix
    ids = unique_prefixes((f.id for f in facts), repo.snapshot.facts_by_id)
    figures = [len(short_figure(f)) for f in facts if f.value is not None]  # a figure and its unit are never cut
    dates = [_date_cell(f, repo) for f in facts]
    table = _table(title, "id", "operation", "metric", "figure", "country", "date", "quote",
                   whole={"id": max((len(i) for i in ids.values()), default=2),
                          "date": max((d.cell_len for d in dates), default=4)},
                   # a figure and its unit read whole; a figure stated as text wraps beyond them
                   at_least={"figure": min(16, max(figures, default=6))})
    for fact, date in zip(facts, dates, strict=True):
        op = repo.operation(fact.operation)
        table.add_row(
            _text(ids[fact.id]), _text(op.name if op else fact.operation), _text(metric_label(fact.metric)),
            _text(short_figure(fact) + (" (edited)" if fact.edited else "")),
            _text(fact.country or "world"), date, _text(_clip(fact.quote, 80)),
        )
    if any(not f.date and shown_date(None, repo.source(f.source))[0] != NO_DATE for f in facts):
        table.caption = f"date{PUBLISHED_MARK}: the source's publication date (the figure gives none) · —: no date"
        table.caption_justify = "left"
    return table


PUBLISHED_MARK = "*"  # after a date: the source's publication date (the figure gives none)


def _date_cell(fact: Fact, repo: Repository):
    """The figure's date, else its source's publication date marked ``*`` (the table's
    caption says so), else "—": what the explorer's lists and detail show."""
    from rich.text import Text

    date, own = shown_date(fact.date, repo.source(fact.source))
    if own or date == NO_DATE:
        return Text(date)
    return Text.assemble(date, (PUBLISHED_MARK, "dim"))


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_facts(args: argparse.Namespace, repo: Repository) -> int:
    op_id = None
    if args.operation is not None:  # ``--operation ""`` (an unset shell variable) is no operation, not every one
        op = repo.find_operation(args.operation)
        if op is None:
            raise UsageError(f"unknown operation {args.operation!r} (see 'takedown operations')")
        op_id = op.id
    worldwide = args.country is not None and countries.is_worldwide(args.country)  # as the explorer's country:worldwide
    country = resolve_country(args.country) if args.country is not None and not worldwide else None
    failed = False  # an empty result after an error exits 1, so a script notices
    if args.metric is not None:
        args.metric = resolve_metric(args.metric) or args.metric  # the search's aliases: money, guns, аресты
        known = sorted({f.metric for f in repo.snapshot.facts})
        if args.metric not in known:
            print(f"takedown: no fact has metric {args.metric!r} (known: {', '.join(known)})", file=sys.stderr)
            failed = True
    facts = repo.facts(operation=op_id, country=country, metric=args.metric)
    if worldwide:
        facts = [f for f in facts if f.country is None]
    code = 1 if failed and not facts else 0
    if args.json:
        print(_dump([fact_json(f, repo) for f in facts]))
        return code
    _console().print(_facts_table(count(len(facts), "fact"), facts, repo))
    return code


def cmd_country(args: argparse.Namespace, repo: Repository) -> int:
    summary = repo.country_summary(resolve_country(args.country))
    if args.json:
        print(_dump(summary_json(summary)))
        return 0
    console = _console()
    console.print(_text(f"{summary.name_en} / {summary.name_ru} ({summary.code}): {count(len(summary.operations), 'operation')}, {count(summary.facts, 'fact')}"))
    ops = _table("operations", "id", "name", "year")
    for op in summary.operations:
        ops.add_row(_text(op.id), _text(op.name), _text(op.year or ""))
    console.print(ops)
    totals = _table("totals (a figure reported by several sources counts once)", "metric", "total", "figures", "facts")
    for total in summary.totals:
        totals.add_row(_text(metric_label(total.metric)), _text(amount(total.value, total.unit)), _text(total.groups), _text(total.facts))
    console.print(totals)
    return 0


def cmd_search(args: argparse.Namespace, repo: Repository) -> int:
    from tui import cli_sidecar

    query = " ".join(args.query)
    result = cli_sidecar.search_index(repo).search(query, limit=args.limit)  # restored from the sidecar when current
    if result.malformed:  # a filter not applied would silently widen the answer
        raise UsageError(f"{'; '.join(result.malformed)} (see 'takedown search --help')")
    for hint in result.hints:
        print(f"takedown: {hint}", file=sys.stderr)
    code = 1 if result.hints and not result.total and not result.operations else 0  # empty after an error
    if args.json:
        print(_dump({
            "query": query,
            "total": result.total,
            "operations": [{"id": op.id, "name": op.name} for op in result.operations],
            "countries": result.countries,
            "facts": [fact_json(f, repo) for f in result.facts],
            "hints": result.hints,
        }))
        return code
    _console().print(_facts_table(f"{count(result.total, 'fact')} {'matches' if result.total == 1 else 'match'} {query!r}", result.facts, repo))
    return code


EXPORT_COLUMNS = FACT_COLUMNS


def export_text(fmt: str, repo: Repository) -> str:
    return export_facts(repo.facts(), repo, fmt, title="takedown: every fact")


def cmd_export(args: argparse.Namespace, repo: Repository) -> int:
    facts = len(repo.facts())
    if getattr(args, "operation", None) is not None and getattr(args, "country", None) is not None:
        raise UsageError("give --operation or --country, not both")
    if getattr(args, "operation", None) is not None:  # "" is a name that matches nothing, not "all"
        op = repo.find_operation(args.operation)
        if op is None:
            raise UsageError(f"unknown operation {args.operation!r} (see 'takedown operations')")
        text, facts = export_operations([op], repo, args.format, title=op.name), len(repo.facts(operation=op.id))
    elif getattr(args, "country", None) is not None:
        summary = repo.country_summary(resolve_country(args.country))
        text, facts = export_country(summary, repo, args.format), summary.facts
    else:
        text = export_text(args.format, repo)
    if args.output:
        # an export never replaces what the user has unless asked, and never the store itself
        if Path(args.output).expanduser().resolve() == repo.path.resolve():
            raise StoreError(f"{args.output}: is the store being exported; give another file name")
        if Path(args.output).expanduser().exists() and not args.force and not Path(args.output).is_dir():
            raise StoreError(f"{args.output}: already exists (add --force to replace it)")
        write_export(args.output, text, overwrite=True)
        print(f"wrote {count(facts, 'fact')} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


OPEN_BEFORE_START_BYTES = 4_000_000


def cmd_explore(args: argparse.Namespace) -> int:
    """The explorer paints at once and opens the store in a worker; a store it cannot open
    ends it with the same one-line error as any other command."""
    from tui.app import TakedownApp

    path = readable_path(args)
    try:
        small = path.stat().st_size < OPEN_BEFORE_START_BYTES
    except OSError:
        small = True  # missing: created from the bundled dataset, which is small
    # A small store opens faster than a frame, and an error then comes before any screen.
    app = TakedownApp(Repository.open(path)) if small else TakedownApp(path=path)
    app.run()
    if app.load_error:
        raise StoreError(app.load_error)
    return app.return_code or 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Repository], int]] = {
    "operations": cmd_operations,
    "facts": cmd_facts,
    "country": cmd_country,
    "search": cmd_search,
    "export": cmd_export,
}


def _say_lock_waits() -> None:
    from store import storage

    def say(path: Path) -> None:
        print(f"takedown: {path}: another takedown process is writing; waiting for it "
              f"(up to {storage.LOCK_TIMEOUT_S:.0f} s)…", file=sys.stderr, flush=True)

    storage.on_lock_wait = say


def open_repo(args: argparse.Namespace) -> Repository:
    from tui import cli_sidecar

    return cli_sidecar.open_repo(readable_path(args))  # its sidecar is refreshed after the output


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is not None:  # a command's wait for another writer is said, not silent
            _say_lock_waits()
        if args.command == "init":
            return cmd_init(args)
        if args.command == "ingest":
            from tui.ingest_command import run as run_ingest

            # ingest writes: like init, it may start a store (and its folder) at --db
            return run_ingest(args, lambda: Repository.open(resolve_path(getattr(args, "db", None))))
        if args.command == "compact":
            from tui.compact_command import run as run_compact

            return run_compact(args, readable_path(args))
        if args.command == "serve":
            from tui.serve import run as run_serve

            return run_serve(args, lambda: open_repo(args))
        from tui.edit_commands import COMMANDS as EDIT_COMMANDS

        if args.command in EDIT_COMMANDS:
            from tui.edit_commands import run as run_edit

            return run_edit(args, lambda: open_repo(args))
        if args.command is None:
            return cmd_explore(args)
        return COMMANDS[args.command](args, open_repo(args))
    except UsageError as exc:
        print(f"takedown: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        if debug:
            raise
        print(f"takedown: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, no traceback
        if debug:
            raise
        print(f"takedown: unexpected error: {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 1
    finally:
        from store import storage
        from tui import cli_sidecar

        storage.on_lock_wait = None  # the hook lives as long as the command (main() may be called again)
        cli_sidecar.refresh()  # after the output: the next command reads the sidecar, not the JSON


if __name__ == "__main__":
    sys.exit(main())
