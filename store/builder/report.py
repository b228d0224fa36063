"""What the reference import made of its rows: counts per operation, rows left out with their
reasons, the judgements taken, and every figure several sources report (``python -m store.builder
--report``)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from typing import Any, TextIO

from store.builder.reference import Imported, add_reference, load_rows
from store.builder.seed import build_seed
from store.figure_groups import figure_groups, group_key
from store.model import Fact, from_dict


def conflict_groups(facts: list[Fact]) -> list[tuple[tuple, list[Fact]]]:
    """Groups of same-figure facts (as the explorer groups them) reported by more than one source."""
    groups = figure_groups(facts)
    return [(key, list(members)) for key, members in sorted(groups.items(), key=lambda kv: tuple(map(str, kv[0])))
            if len({f.source for f in members}) > 1]


def print_report(document: dict[str, Any], result: Imported, out: TextIO) -> None:
    print("\nrows per operation (reference label -> store operation):", file=out)
    for label, count in sorted(result.per_label().items(), key=lambda kv: -kv[1]):
        ops = sorted({result.operation_of_row[r] for r, lab in result.label_of_row.items() if lab == label})
        print(f"  {count:4d}  {label}  -> {', '.join(ops)}", file=out)
    print("\nfacts per store operation:", file=out)
    for op_id, count in sorted(result.per_operation().items()):
        print(f"  {count:4d}  {op_id}", file=out)
    print(f"\nrows not imported: {len(result.skipped)}", file=out)
    for row_id, reason in result.skipped:
        print(f"  {row_id}: {reason}", file=out)
    print(f"\njudgements ({len(result.notes)}):", file=out)
    for note in result.notes:
        print(f"  {note}", file=out)
    facts = {d["id"]: from_dict(Fact, d) for d in document["facts"].values()}
    groups = conflict_groups(list(facts.values()))
    conflicts = [(k, m) for k, m in groups if len({f.value for f in m}) > 1]
    print(f"\nfigures reported by several sources: {len(groups)}; with conflicting values: {len(conflicts)}", file=out)
    for (op, metric, unit, country), members in groups:
        values = Counter(f.value if f.value is not None else (f.value_text or f.date) for f in members)
        mark = "≠" if len(values) > 1 else "="
        shown = ", ".join(f"{v} ×{n}" if n > 1 else f"{v}" for v, n in values.most_common())
        print(f"  {mark} {op} {metric} {unit or ''} {country or 'worldwide'}: {shown}", file=out)
    by_group: dict[str, set] = defaultdict(set)
    for row_id, group in result.conflict_group_of_row.items():
        by_group[group].add(group_key(facts[result.fact_of_row[row_id]]))
    split = {g: keys for g, keys in by_group.items() if len(keys) > 1}
    print(f"\nreference conflict groups: {len(by_group)}; split across explorer groups: {len(split)}", file=out)
    for group, keys in sorted(split.items()):
        print(f"  {group}: " + " | ".join(f"{m} {u or ''} {c or 'worldwide'}" for _o, m, u, c in sorted(keys, key=str)),
              file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.builder", description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", action="store_true", help="per-operation counts, skipped rows and conflict groups")
    args = parser.parse_args(argv)
    document, _ = build_seed()
    rows = load_rows()
    result = add_reference(document, rows)
    out = sys.stdout
    print(f"reference rows: {len(rows)}; imported: {len(result.fact_of_row)}; not imported: {len(result.skipped)}; "
          f"sources: {len(result.sources)}; operations: {len(result.operations)}", file=out)
    if args.report:
        print_report(document, result, out)
    return 0
