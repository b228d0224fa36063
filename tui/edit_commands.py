"""``takedown edit|delete|move|merge-operations|undo|redo|history``: hand corrections for scripts.

The same changes as the explorer's ``e``/``d``/``u``/``ctrl+r`` (store.edits): one
transaction each, logged in the store's ``changes`` table. A value that does not make a
fact is one line naming the field (exit 2) and the store is not touched; an unknown fact or
operation, or nothing to undo, is one line and exit 1 (raised as a StoreError for the
caller's handler). Reasons and values are untrusted text: they are printed as
``rich.text.Text`` or JSON, never as markup.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from store import edits
from store.changes import Change
from store.share import clean
from store.validation import FIELDS
from store.words import count

COMMANDS: tuple[str, ...] = ("edit", "delete", "move", "merge-operations", "undo", "redo", "history")
FIELD_HELP = {
    "value": "the figure: 150, 1,234, 53.4 million, 53,4 млн (empty: no value)",
    "unit": "people, kg, items, or an ISO 4217 currency (USD, EUR) for money",
    "qualifier": "exact, approximate, at_least, at_most (about, more than, up to…)",
    "country": "a name in English or Russian or an ISO code; 'worldwide' for none",
    "date": "YYYY, YYYY-MM or YYYY-MM-DD (02.05.2023 works too)",
    "metric": "arrests, money, drugs, firearms, or any metric name",
    "operation": "move the fact to this operation (id, name or alias; a new name needs --create)",
}


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register the edit commands on the main parser's subparsers."""
    p = subparsers.add_parser("edit", parents=parents, help="correct a fact by hand (logged; undo reverts it)",
                              description="Change a fact's fields. The fact keeps its source, quote and span "
                                          "and is marked edited; the change is logged and can be undone.")
    p.add_argument("fact", metavar="FACT_ID", help="fact id (or a unique prefix of one)")
    for name in FIELDS:
        p.add_argument(f"--{name}", metavar=name.upper(), default=None, help=FIELD_HELP[name])
    p.add_argument("--create", action="store_true", help="create the --operation if the store has none by that name")
    _common(p)

    p = subparsers.add_parser("delete", parents=parents, help="delete a fact (logged; undo brings it back)")
    p.add_argument("fact", metavar="FACT_ID", help="fact id (or a unique prefix of one)")
    _common(p)

    p = subparsers.add_parser("move", parents=parents, help="give a fact to another operation")
    p.add_argument("fact", metavar="FACT_ID", help="fact id (or a unique prefix of one)")
    p.add_argument("operation", metavar="OPERATION", help="operation id, name or alias")
    p.add_argument("--create", action="store_true", help="create the operation if the store has none by that name")
    _common(p)

    p = subparsers.add_parser("merge-operations", parents=parents, help="merge one operation into another",
                              description="Move SOURCE's facts to TARGET, add its names, markets and countries "
                                          "to TARGET and remove SOURCE.")
    p.add_argument("source", metavar="SOURCE", help="the operation that goes (id, name or alias)")
    p.add_argument("target", metavar="TARGET", help="the operation that stays (id, name or alias)")
    _common(p)

    for name, words in (("undo", "undo the last change (also one made in another session)"),
                        ("redo", "redo the change undone last")):
        _common(subparsers.add_parser(name, parents=parents, help=words))

    p = subparsers.add_parser("history", parents=parents, help="the log of hand changes, newest first")
    p.add_argument("--json", action="store_true", help="print JSON (each change with before and after)")
    p.add_argument("--limit", type=_positive, default=None, metavar="N", help="the N newest changes")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reason", metavar="TEXT", default=None, help="why: kept in the log")
    parser.add_argument("--json", action="store_true", help="print the logged change as JSON")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace, open_repo: Callable[[], Any]) -> int:
    """Run one edit command; returns the exit code (StoreErrors go to the caller's handler)."""
    command = args.command
    repo = open_repo()
    try:
        if command == "history":
            return _history(repo, args)
        if command == "edit":
            fields = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
            if not fields:
                _fail(command, f"give at least one field to change (--{', --'.join(FIELDS)})")
                return 2
            change = edits.edit_fact(repo, edits.resolve_fact_id(repo, args.fact), fields,
                                     reason=args.reason, create_operation=args.create, reload=False)
        elif command == "delete":
            change = edits.delete_fact(repo, edits.resolve_fact_id(repo, args.fact), reason=args.reason, reload=False)
        elif command == "move":
            change = edits.move_fact(repo, edits.resolve_fact_id(repo, args.fact), args.operation,
                                     reason=args.reason, create=args.create, reload=False)
        elif command == "merge-operations":
            change = edits.merge_operations(repo, args.source, args.target, reason=args.reason, reload=False)
        elif command == "undo":
            change = edits.undo(repo, reason=args.reason, reload=False)
        else:
            change = edits.redo(repo, reason=args.reason, reload=False)
    except edits.InvalidFields as exc:
        unknown_operation = any(e.field == "operation" and "not in the store" in e.message for e in exc.errors)
        hint = " (--create makes a new one)" if unknown_operation else ""
        _fail(command, str(exc) + hint)
        return 2
    except edits.NothingToChange as exc:
        print(f"takedown {command}: {exc}", file=sys.stderr)
        return 0
    if args.json:
        _print_json(change.to_json())
    else:
        _print_line(change)
    return 0


def _fail(command: str, message: str) -> None:
    print(f"takedown {command}: {message}; the store was not changed", file=sys.stderr)


def _print_json(data: Any) -> None:
    import orjson

    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n")


def _print_line(change: Change) -> None:
    from rich.console import Console
    from rich.text import Text

    verb = {"edit": "edited", "delete": "deleted", "move": "moved", "merge": "merged", "undo": "undone",
            "redo": "redone"}[change.kind]
    line = Text(f"{verb} {clean(change.target)} (change #{change.id}): {clean(change.summary)}")
    Console(highlight=False, soft_wrap=True).print(line)


def _history(repo: Any, args: argparse.Namespace) -> int:
    entries = edits.history(repo, limit=args.limit)
    if args.json:
        _print_json([c.to_json() for c in entries])
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{count(len(entries), 'change')}, newest first", title_justify="left")
    for column in ("#", "time (UTC)", "user", "kind", "target", "status", "what", "reason"):
        table.add_column(column)
    for c in entries:
        status = c.status or (f"of #{c.of}" if c.of else "")
        cells = (c.id, c.time, c.user, c.kind, c.target, status, c.summary, c.reason or "")
        table.add_row(*(Text(clean(v)) for v in cells))
    Console(highlight=False, soft_wrap=False).print(table)
    return 0
