"""Developer entry: ``python -m store.ingest FILE|URL... [--json]``, a dry run printing JSON lines."""

from __future__ import annotations

import argparse
import sys

from store.ingest.pipeline import ingest_paths, report_json


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.ingest")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--json", action="store_true", help="accepted for symmetry; output is always JSON lines")
    parser.add_argument("--lang", choices=("ru", "en", "auto"), default="auto")
    parser.add_argument("--published")
    parser.add_argument("--operation")
    parser.add_argument("--encoding")
    parser.add_argument("--offline", action="store_true")
    args = parser.parse_args(argv)
    reports = ingest_paths(None, args.files, dry_run=True, lang=args.lang, published=args.published,
                           operation=args.operation, encoding=args.encoding, offline=args.offline)
    for report in reports:
        sys.stdout.write(report_json(report) + "\n")
    return 1 if any(r.status == "refused" for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
