"""The whole bundled dataset: the seed article's records, then the reference figures added.

``scripts/build_dataset.py`` writes the result to ``store/data/bundled.json``; a test checks
that the shipped file is what this module builds, so the dataset stays reproducible.
"""

from __future__ import annotations

from typing import Any

from store.builder.reference import add_reference
from store.builder.seed import BuildReport, build_seed


def build_dataset() -> tuple[dict[str, Any], BuildReport]:
    """The bundled store document and what the build did to get it."""
    document, report = build_seed()
    report.corrections.extend(add_reference(document).corrections())
    return document, report
