"""Short names for where a figure comes from: the outlet (a site or a file) and its tier.

Two facts with the same figure from different sources look alike in a list; the explorer's
facts list and the command palette add these to tell them apart.
"""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlsplit

from store.model import Source

TIER_LABELS = {"official": "official", "news": "news", "trade_news": "trade", "low": "low"}


def outlet(source: Source | None) -> str:
    """``theguardian.com`` for a URL, the file name for a file, else the start of the title."""
    if source is None:
        return ""
    origin = (source.origin or "").strip()
    if origin:
        parts = urlsplit(origin)
        if parts.scheme in ("http", "https") and parts.hostname:
            host = parts.hostname
            return host[4:] if host.startswith("www.") else host
        return PurePath(origin).name or origin
    return " ".join(source.title.split())


def tier_label(source: Source | None) -> str:
    """The source's tier in a word (``official``, ``news``, ``trade``, ``low``; ``—``: none)."""
    if source is None or not source.tier:
        return "—"
    return TIER_LABELS.get(source.tier, source.tier)


def fact_date(fact_date: str | None, source: Source | None) -> str:
    """The fact's own date, else the day its source was published (``""``: neither)."""
    return fact_date or (source.published if source is not None and source.published else "") or ""


NO_DATE = "—"  # neither the figure nor its source gives a date (as "—" stands for no value, no tier)


def shown_date(date: str | None, source: Source | None) -> tuple[str, bool]:
    """The date to show for a figure and whether it is the figure's own: :func:`fact_date`, else
    :data:`NO_DATE` (``False``: say or show it is the publication's, or that there is none).
    Lists, the detail and the CLI all read it from here."""
    return fact_date(date, source) or NO_DATE, bool(date)
