"""Score operation/market names and launch/shut-down events against gold.

Names: gold ``operations`` and ``markets`` against the extracted ones, each kind separately,
matched case-insensitively with ё = е, quotes dropped and a leading "Operation"/"операция"
ignored.  Events: gold ``events`` against the extracted ones, matched on the event, the subject
(by the same name matching) and the date (equal, both None counts).

``python tests/ingest/score_names_events.py`` prints P/R/F1 over the dev corpus and the
held-out articles and lists the misses and extras.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
DEV = Path("/work/shared/corpus")
SETS = (
    ("held-out", HERE / "articles", HERE / "gold"),
    ("dev", DEV / "articles", DEV / "gold"),
)
_LEADING = re.compile(r"^(?:operation|операци[яиюей]\w*)\s+", re.IGNORECASE)
_QUOTES = re.compile(r"[«»\"“”„'‘’]")


def norm_name(name: str | None) -> str:
    """``Operation «Harbor Light»`` and ``harbor light`` are one name."""
    if not name:
        return ""
    s = _QUOTES.sub("", name).replace("ё", "е").replace("Ё", "Е").lower()
    s = " ".join(s.split())
    return _LEADING.sub("", s).strip(" .,;:")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.extras += other.extras

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _match(pred: list, gold: list, same, label, show) -> Tally:
    t = Tally()
    wanted = list(gold)
    for p in pred:
        hit = next((g for g in wanted if same(p, g)), None)
        if hit is not None:
            wanted.remove(hit)
            t.tp += 1
        else:
            t.fp += 1
            t.extras.append(f"{label}: {show(p)}")
    t.fn = len(wanted)
    t.misses += [f"{label}: {show(g)}" for g in wanted]
    return t


def score_names(pred: dict, gold: dict, label: str = "") -> Tally:
    t = Tally()
    for kind in ("operations", "markets"):
        p = list(dict.fromkeys(norm_name(n) for n in pred.get(kind, []) if norm_name(n)))
        g = list(dict.fromkeys(norm_name(n) for n in gold.get(kind, []) if norm_name(n)))
        t.add(_match(p, g, lambda a, b: a == b, f"{label} {kind[:-1]}", str))
    return t


def _event_key(e: dict) -> tuple:
    return (e.get("event") or e.get("metric"), norm_name(e.get("subject") or e.get("operation")), e.get("date"))


def score_events(pred: list[dict], gold: list[dict], label: str = "") -> Tally:
    p = list(dict.fromkeys(_event_key(e) for e in pred))
    g = [_event_key(e) for e in gold]
    return _match(p, g, lambda a, b: a == b, f"{label} event", lambda k: f"{k[0]} {k[1]!r} {k[2]}")


def predict(path: Path) -> dict:
    """The extractor's names and events for one article (no publication date given)."""
    from store.ingest.extract import extract
    ex = extract(path.read_text(encoding="utf-8"))
    return {
        "operations": list(ex.operations), "markets": list(ex.markets),
        "events": [{"event": e.metric, "date": e.date, "subject": e.operation} for e in ex.events],
    }


def articles() -> list[tuple[str, Path, dict]]:
    out = []
    for name, adir, gdir in SETS:
        if not gdir.is_dir():
            continue
        for gpath in sorted(gdir.glob("*.json")):
            apath = adir / f"{gpath.stem}.txt"
            if apath.exists():
                out.append((name, apath, json.loads(gpath.read_text(encoding="utf-8"))))
    return out


def series(stem: str) -> str:
    """``en_r4_03_marigold`` -> ``r4``; ``en_h01_…`` -> ``h``; dev articles -> ``dev``."""
    m = re.match(r"(?:en|ru)_(r\d+|h)\d*_", stem)
    return m.group(1) if m else "dev"


def unannotated_event_series(items) -> set[str]:
    """Rounds whose gold has an ``events`` key but no event in any article: written before
    events were annotated (their texts do state launches and shut-downs), so not scored."""
    seen: dict[str, bool] = {}
    for _, apath, gold in items:
        if "events" in gold:
            key = series(apath.stem)
            seen[key] = seen.get(key, False) or bool(gold["events"])
    return {k for k, v in seen.items() if not v}


def score_all(strict: bool = False) -> tuple[Tally, Tally]:
    """Names over gold with ``operations``/``markets``; events over gold with ``events``
    (leaving out unannotated rounds unless ``strict``)."""
    names, events = Tally(), Tally()
    items = articles()
    skip = set() if strict else unannotated_event_series(items)
    for _, apath, gold in items:
        pred = predict(apath)
        if "operations" in gold and "markets" in gold:  # older gold has no names annotated
            names.add(score_names(pred, gold, apath.stem))
        if "events" in gold and series(apath.stem) not in skip:
            events.add(score_events(pred["events"], gold["events"], apath.stem))
    return names, events


def main() -> int:
    names, events = score_all()
    _, strict = score_all(strict=True)
    print("events not scored in rounds:", ", ".join(sorted(unannotated_event_series(articles()))) or "-")
    for title, t in (("names", names), ("events", events), ("events (strict, all gold)", strict)):
        p, r, f = t.prf()
        print(f"{title}: P={p:.3f} R={r:.3f} F1={f:.3f} (tp={t.tp} fp={t.fp} fn={t.fn})")
    if "-q" not in sys.argv:
        for title, t in (("names", names), ("events", events)):
            print(f"\n== {title} misses ({len(t.misses)})")
            print("\n".join(t.misses))
            print(f"\n== {title} extras ({len(t.extras)})")
            print("\n".join(t.extras))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
