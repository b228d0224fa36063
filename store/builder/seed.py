"""The seed part of the bundled dataset: the seed article ingested, reconciled with the hand
annotations in ``store/data/seed_annotations.json`` (where they disagree, the annotation wins
and the build reports the correction)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from store.ingest.extract import extract
from store.model import Fact, Operation, Source, from_dict, sha256_text, slugify, stable_id, to_dict
from store.storage import empty_document


@dataclass
class BuildReport:
    """What the build took from the extractor and what it corrected by hand."""

    extracted: int = 0
    corrections: list[str] = field(default_factory=list)


def seed_text() -> str:
    return files("store.data").joinpath("sources/ru_00_spector.txt").read_text(encoding="utf-8")


def seed_annotations() -> dict[str, Any]:
    return json.loads(files("store.data").joinpath("seed_annotations.json").read_text(encoding="utf-8"))


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``: from the previous sentence end or line break to the next."""
    start = 0
    for match in re.finditer(r"(?<=[.!?…])\s+(?=[\"«(]?[A-ZА-ЯЁ0-9-])|\n", text[:pos]):
        start = match.end()
    end_match = re.compile(r"[.!?…](?=\s|$)|\n").search(text, pos)
    end = end_match.end() if end_match else len(text)
    if end_match and text[end - 1] == "\n":
        end -= 1
    return start, end


def _extract(text: str) -> list[dict[str, Any]]:
    """The extractor's facts (and events) for the seed, as annotation-shaped dicts."""
    result = extract(text, lang="ru")
    out = []
    for fact in [*result.facts, *result.events]:
        out.append(
            {
                "operation": slugify(fact.operation) if fact.operation else None,
                "metric": fact.metric,
                "value": fact.value,
                "unit": fact.unit,
                "country": fact.country,
                "date": fact.date,
                "start": fact.start,
                "end": fact.end,
                "quote": fact.quote,
                "detail": fact.detail,
            }
        )
    return out


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if (a["operation"], a["metric"], a["unit"], a["country"]) != (b["operation"], b["metric"], b["unit"], b["country"]):
        return False
    if a["value"] is None or b["value"] is None:
        return a["value"] is None and b["value"] is None
    return abs(float(a["value"]) - float(b["value"])) <= 1e-9 * max(1.0, abs(float(b["value"])))


def build_seed() -> tuple[dict[str, Any], BuildReport]:
    """The bundled store document and what the build did to get it."""
    from store.ingest.titles import text_title  # the title rule ingest gives every plain-text source

    text = seed_text()
    notes = seed_annotations()
    report = BuildReport()
    digest = sha256_text(text)
    meta = notes["source"]
    source = Source(
        id=stable_id("src", digest),
        title=meta["title"] or text_title(text, meta["file"]),
        language=meta["language"],
        published=meta["published"],
        origin=meta["file"],
        text=text,
        sha256=digest,
        kind="article",
    )
    operations = [from_dict(Operation, op) for op in notes["operations"]]
    extracted = _extract(text)
    facts: list[Fact] = []
    for wanted in notes["facts"]:
        hit = next((e for e in extracted if _same(e, wanted)), None)
        if hit is not None:
            extracted.remove(hit)
            report.extracted += 1
            start, end, quote = hit["start"], hit["end"], hit["quote"]
            detail = wanted.get("detail") or hit.get("detail")
            date = wanted.get("date", hit.get("date"))
        else:
            start = text.find(wanted["figure"])
            if start < 0:
                raise ValueError(f"annotation figure {wanted['figure']!r} is not in the seed text")
            end = start + len(wanted["figure"])
            s, e = _sentence_bounds(text, start)
            quote = text[s:e]
            detail, date = wanted.get("detail"), wanted.get("date")
            report.corrections.append(f"added by hand: {wanted['operation']} {wanted['metric']} {wanted['value']} {wanted['country']}")
        facts.append(
            Fact(
                id=stable_id("f", source.id, wanted["metric"], start, end, wanted["country"], wanted["operation"]),
                operation=wanted["operation"],
                metric=wanted["metric"],
                value=wanted["value"],
                unit=wanted["unit"],
                qualifier=wanted.get("qualifier", "exact"),
                country=wanted["country"],
                date=date,
                source=source.id,
                quote=quote,
                start=start,
                end=end,
                detail=detail,
            )
        )
    for extra in extracted:
        report.corrections.append(
            f"dropped by hand: {extra['operation']} {extra['metric']} {extra['value']} {extra['unit']} {extra['country']}"
        )
    document = empty_document()
    document["sources"] = {"1": to_dict(source)}
    document["operations"] = {str(i): to_dict(op) for i, op in enumerate(operations, 1)}
    document["facts"] = {str(i): to_dict(f) for i, f in enumerate(facts, 1)}
    return document, report
