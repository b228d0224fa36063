"""Handing facts to someone else: exports (CSV, JSON, Markdown) and the citation of one fact.

One place for every way out of the store, so ``takedown export``, the explorer's ``x`` and
``y`` say the same thing the same way: each figure with its operation, country, date, the
sentence it came from and its source (title, URL or file, publication date).

What leaves the store is untrusted text (article sentences, titles). It is made inert for
wherever it lands: control and escape characters become visible escapes (``\\x1b``), CSV
cells that a spreadsheet would run as a formula get a leading ``'``, Markdown punctuation
is escaped so a quote cannot become a link or a table cell break, JSON is JSON.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from store import countries
from store.format import amount, country_label, figure, metric_label
from store.ingest.sanitize import sanitize
from store.model import Fact, Operation, Source, slugify, to_dict
from store.storage import StoreError
from store.words import count

if TYPE_CHECKING:
    from store.repository import CountrySummary, Repository

FORMATS: tuple[str, ...] = ("csv", "json", "md")
FACT_COLUMNS: tuple[str, ...] = (
    "id", "operation", "operation_name", "metric", "value", "unit", "qualifier", "figure", "country",
    "country_name", "date", "detail", "value_text", "attributed_to", "edited", "source", "source_title",
    "source_origin", "source_published", "start", "end", "quote",
)
TOTAL_COLUMNS: tuple[str, ...] = (
    "country", "country_name", "metric", "unit", "total", "figures", "facts", "quotes", "sources",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|])")


# -- making text inert ------------------------------------------------------------------------
def clean(value: object) -> str:
    """One line of untrusted text: control characters escaped visibly, line breaks as spaces."""
    if value is None:
        return ""
    return " ".join(sanitize(str(value)).split())


CSV_TRUE, CSV_FALSE = "true", "false"  # what spreadsheets read as a boolean, not Python's True/False


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):  # before int: a bool is an int
        return CSV_TRUE if value else CSV_FALSE
    if value is None or isinstance(value, int | float):
        return "" if value is None else value
    text = clean(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _md(value: object) -> str:
    return _MD_SPECIAL.sub(r"\\\1", clean(value))


def _dump(data: Any) -> str:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


# -- the shapes ----------------------------------------------------------------------------
def fact_row(fact: Fact, repo: Repository) -> dict[str, Any]:
    """A fact with what a reader needs beside it: names of its operation and country, its
    source's title, origin and date, and the figure as people read it."""
    data = to_dict(fact)
    op = repo.operation(fact.operation)
    source = repo.source(fact.source)
    data["operation_name"] = op.name if op else fact.operation
    data["country_name"] = countries.name_en(fact.country) if fact.country else None
    data["source_title"] = source.title if source else None
    data["source_origin"] = source.origin if source else None
    data["source_published"] = source.published if source else None
    data["figure"] = figure(fact)
    return data


def operation_row(op: Operation, repo: Repository) -> dict[str, Any]:
    data = to_dict(op)
    data["year"] = op.year
    data["participants"] = list(repo.participants(op))
    data["facts"] = len(repo.facts(operation=op.id))
    headline = repo.headline(op)
    data["headline"] = {"metric": headline.metric, "value": headline.value, "unit": headline.unit} if headline else None
    return data


def summary_row(summary: CountrySummary) -> dict[str, Any]:
    return {
        "country": summary.code,
        "name_en": summary.name_en,
        "name_ru": summary.name_ru,
        "operations": [{"id": op.id, "name": op.name, "year": op.year} for op in summary.operations],
        "totals": [
            {"metric": t.metric, "unit": t.unit, "value": t.value, "facts": t.facts, "figures": t.groups, "chosen": list(t.chosen)}
            for t in summary.totals
        ],
        "facts": summary.facts,
    }


# -- exports ---------------------------------------------------------------------------------
def export_facts(facts: Iterable[Fact], repo: Repository, fmt: str, *, title: str = "Facts") -> str:
    """Facts as CSV (one row each), JSON (a list) or Markdown (a table and its sources)."""
    rows = [fact_row(f, repo) for f in facts]
    _check_format(fmt)
    if fmt == "json":
        return _dump(rows)
    if fmt == "csv":
        return _csv(rows, FACT_COLUMNS)
    return "\n".join([f"# {_md(title)}", "", *_md_facts(rows)]) + "\n"


def export_operations(operations: Sequence[Operation], repo: Repository, fmt: str, *, title: str = "Operations") -> str:
    """Operations with their facts: JSON nests the facts, CSV has a row per fact (operation
    columns included), Markdown a section per operation."""
    _check_format(fmt)
    if fmt == "json":
        return _dump([{**operation_row(op, repo), "facts": [fact_row(f, repo) for f in repo.ordered_facts(op.id)]}
                      for op in operations])
    rows = [fact_row(f, repo) for op in operations for f in repo.ordered_facts(op.id)]
    if fmt == "csv":
        return _csv(rows, FACT_COLUMNS)
    lines = [f"# {_md(title)}", ""]
    sources: dict[str, int] = {}
    for op in operations:
        row = operation_row(op, repo)
        head = f"## {_md(op.name)}" + (f" ({op.year})" if op.year else "")
        info = [op.kind.replace("_", " ")]
        if row["participants"]:
            info.append("countries: " + ", ".join(row["participants"]))
        if row["headline"]:
            info.append(f"{amount(row['headline']['value'], row['headline']['unit'])} arrested")
        lines += [head, "", _md("; ".join(info)), ""]
        op_rows = [r for r in rows if r["operation"] == op.id]
        lines += _md_table(op_rows, sources) if op_rows else ["No facts.", ""]
    lines += _md_sources(sources, repo)
    return "\n".join(lines).rstrip("\n") + "\n"


def export_country(summary: CountrySummary, repo: Repository, fmt: str) -> str:
    """A country's summary: its totals with the quotes and sources of the figures added,
    and its operations; JSON and Markdown also list its facts."""
    _check_format(fmt)
    facts = repo.facts(country=summary.code)
    if fmt == "json":
        return _dump({**summary_row(summary), "fact_list": [fact_row(f, repo) for f in facts]})
    if fmt == "csv":
        rows = []
        for total in summary.totals:
            chosen = [f for f in (repo.fact(fid) for fid in total.chosen) if f is not None]
            titles = dict.fromkeys(_source_label(repo.source(f.source)) for f in chosen)
            rows.append({
                "country": summary.code, "country_name": summary.name_en, "metric": total.metric, "unit": total.unit,
                "total": total.value, "figures": total.groups, "facts": total.facts,
                "quotes": " | ".join(clean(f.quote) for f in chosen if f.quote),
                "sources": " | ".join(t for t in titles if t),
            })
        return _csv(rows, TOTAL_COLUMNS)
    lines = [f"# {_md(summary.name_en)} / {_md(summary.name_ru)} ({summary.code})", "",
             _md(f"{count(len(summary.operations), 'operation')}, {count(summary.facts, 'fact')}; a figure reported by several sources counts once."), "",
             "## Totals", "", "| metric | total | figures | facts |", "|---|---|---|---|"]
    for total in summary.totals:
        lines.append(f"| {_md(metric_label(total.metric))} | {_md(amount(total.value, total.unit))} | {total.groups} | {total.facts} |")
    lines += ["", "## Operations", ""]
    lines += [f"- {_md(op.name)}" + (f" ({op.year})" if op.year else "") for op in summary.operations] or ["None."]
    lines += ["", "## Facts", ""]
    lines += _md_facts([fact_row(f, repo) for f in facts])
    return "\n".join(lines).rstrip("\n") + "\n"


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")


def _csv(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _csv_cell(row.get(c)) for c in columns})
    return buffer.getvalue()


def _md_facts(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return ["No facts.", ""]
    sources: dict[str, int] = {}
    return _md_table(rows, sources) + _md_sources_rows(sources, rows)


def _md_table(rows: list[dict[str, Any]], sources: dict[str, int]) -> list[str]:
    """A facts table; the source column numbers the sources listed after it."""
    lines = ["| operation | metric | figure | country | date | quote | source |", "|---|---|---|---|---|---|---|"]
    for row in rows:
        number = sources.setdefault(row["source"], len(sources) + 1) if row["source"] else None
        mark = " (edited)" if row.get("edited") else ""
        cells = (row["operation_name"], metric_label(row["metric"]), row["figure"] + mark,
                 country_label(row["country"]), row["date"] or "", row["quote"] or "")
        lines.append("| " + " | ".join(_md(c) for c in cells) + f" | {f'[{number}]' if number else ''} |")
    lines.append("")
    return lines


def _md_sources_rows(sources: dict[str, int], rows: list[dict[str, Any]]) -> list[str]:
    by_id = {r["source"]: r for r in rows}
    lines = ["Sources:", ""] if sources else []
    for source_id, number in sources.items():
        row = by_id[source_id]
        label = _join(row["source_title"] or source_id, row["source_origin"], _published(row["source_published"]))
        lines.append(f"{number}. {_md(label)}")
    return [*lines, ""] if lines else []


def _md_sources(sources: dict[str, int], repo: Repository) -> list[str]:
    lines = ["## Sources", ""] if sources else []
    for source_id, number in sources.items():
        lines.append(f"{number}. {_md(_source_label(repo.source(source_id)) or source_id)}")
    return [*lines, ""] if lines else []


def _source_label(source: Source | None) -> str:
    if source is None:
        return ""
    return _join(source.title, source.origin, _published(source.published))


def _published(value: str | None) -> str | None:
    return f"published {value}" if value else None


def _join(*parts: str | None) -> str:
    return ", ".join(clean(p) for p in parts if p)


# -- one fact ------------------------------------------------------------------------------
def citation(fact: Fact, repo: Repository | None = None, *, operation: Operation | None = None,
             source: Source | None = None) -> str:
    """The text ``y`` copies: the figure, metric, operation, country and date, the sentence
    in quotation marks, then the source (title, URL or file, publication date). Every part is
    sanitised: no control or escape character reaches the clipboard."""
    if repo is not None:
        operation = operation or repo.operation(fact.operation)
        source = source or repo.source(fact.source)
    op_name = operation.name if operation else fact.operation
    head = [f"{metric_label(fact.metric)}: {figure(fact)}" if not fact.is_event else metric_label(fact.metric)]
    head += [op_name, country_label(fact.country)]
    if fact.date:
        head.append(fact.date)
    lines = [" — ".join(clean(p) for p in head)]
    if fact.quote:
        lines.append(f"“{clean(fact.quote)}”")
    if source is not None:
        lines.append("Source: " + (_source_label(source) or clean(source.id)))
    elif fact.source:
        lines.append(f"Source: {clean(fact.source)}")
    if fact.edited:
        lines.append("(corrected by hand in takedown)")
    return "\n".join(lines)


# -- files ---------------------------------------------------------------------------------
def default_filename(what: str, fmt: str, *, name: str | None = None, today: date | None = None) -> str:
    """``takedown-spector-facts-2026-12-03.csv``: a name that says what the file holds."""
    day = (today or date.today()).isoformat()
    parts = ["takedown", slugify(name) if name else None, what, day]
    return "-".join(p for p in parts if p) + f".{fmt}"


def unused_path(path: Path | str) -> Path:
    """``path``, or the first of ``name-2.csv``, ``name-3.csv``… that does not exist: a name
    offered by default never points at a file the user already has (a second export of the
    same pane on the same day is not refused)."""
    path = Path(path)
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


_EXTENSIONS = {".csv": "csv", ".json": "json", ".md": "md", ".markdown": "md"}


def format_of(path: Path | str, default: str | None = None) -> str:
    """The export format a file name asks for (``.csv``, ``.json``, ``.md``/``.markdown``)."""
    fmt = _EXTENSIONS.get(Path(path).suffix.lower(), default)
    if fmt is None:
        raise StoreError(f"{path}: say the format by the name's ending: .csv, .json or .md")
    return fmt


def write_export(path: Path | str, text: str, *, overwrite: bool = False) -> Path:
    """Write an export; an existing file is kept unless ``overwrite``. One-line errors."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; give a file name")
    if path.exists() and not overwrite:
        raise StoreError(f"{path}: already exists; choose another name")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path


__all__ = [
    "FACT_COLUMNS", "FORMATS", "citation", "clean", "default_filename", "unused_path", "export_country", "export_facts", "format_of",
    "export_operations", "fact_row", "operation_row", "summary_row", "write_export",
]
