"""The review screen on a long article: how soon it is ready, and what a keystroke costs in the form.

    python benchmarks/review_ready.py [--kb 50] [--runs 5] [--json]

A synthetic article of ``--kb`` KB (paragraphs of police-operation sentences with varied
figures, countries and units, written here) is read and extracted as the ``i`` dialog does
(``read_pasted`` + ``propose``), then:
- ``extract_s``: reading and extraction (the dialog's worker; off the UI thread);
- ``review_ready_s``: from the proposal to the review screen's first frame (records, the screen,
  wrapping the whole text, marking every figure), what the user waits for after ingest;
- ``scroll_to_fact_ms``: moving to the last proposed fact (the text scrolls to its figure);
- ``form_key_work_ms``: the form's own work per keystroke (validation and messages);
- ``form_key_frame_ms``: a keystroke in the form's value field to the frame that shows it, as the
  test pilot sees it (its press and pause add their own waits: an upper bound);
- ``form_full_frame_ms``: laying out and rendering the whole screen with the form once (what a
  keystroke's frame costs at most; a keystroke repaints only the field and its message).
Medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.ingest.pipeline import propose  # noqa: E402
from store.ingest.reading import read_pasted  # noqa: E402
from store.repository import Repository  # noqa: E402
from store.storage import create, empty_document  # noqa: E402
from tui.app import TakedownApp  # noqa: E402

COUNTRIES = ["Germany", "France", "Spain", "Italy", "Poland", "the Netherlands", "Austria", "Sweden", "Portugal", "Romania"]
TEMPLATES = [
    "In {c} police arrested {n} people suspected of selling drugs on the market.",
    "Officers in {c} seized {k} kg of drugs and EUR {m} in cash during {n} searches.",
    "Investigators said {n} suspects were detained in {c} on the same day.",
    "The authorities of {c} confiscated {g} firearms and {m} euros in cryptocurrency.",
    "According to the prosecutor, the vendors shipped parcels to customers across Europe for years.",
    "A spokesperson declined to give further details while the investigation continues.",
]


def article(kb: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = ["Operation Larkspur: a joint action against darknet vendors\n"]
    size = 0
    while size < kb * 1024:
        sentences = [rng.choice(TEMPLATES).format(c=rng.choice(COUNTRIES), n=rng.randint(2, 300), k=rng.randint(1, 900),
                                                  m=f"{rng.randint(10, 999)},000", g=rng.randint(2, 60))
                     for _ in range(rng.randint(3, 6))]
        paragraph = " ".join(sentences)
        parts.append(paragraph)
        size += len(paragraph.encode()) + 2
    return "\n\n".join(parts)


async def measure(text: str, store: Path) -> dict[str, float]:
    began = time.perf_counter()
    proposal = propose(read_pasted(text), "bench.txt")
    extract_s = time.perf_counter() - began
    app = TakedownApp(Repository.open(store), poll_interval=0, path_label="bench")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        done = asyncio.Event()
        began = time.perf_counter()
        screen = app.open_review(proposal)
        app.call_after_refresh(done.set)
        await done.wait()
        while app.last_review_ready is None:
            await asyncio.sleep(0)
        ready = time.perf_counter() - began
        await pilot.pause()
        began = time.perf_counter()
        screen.facts.move_to(len(screen.review.drafts) - 1)
        await pilot.pause()
        scroll = (time.perf_counter() - began) * 1000
        await pilot.press("e")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        form = app.screen
        form.query_one("#form-value").focus()
        await pilot.pause()
        works, frames, renders = [], [], []
        for key in "1234567890" * 2:
            t = time.perf_counter()
            form._changed(type("E", (), {})())  # the handler's work alone
            works.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            frames.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            form._compositor.reflow(form, app.size)
            form._compositor.render_update(full=True)
            renders.append((time.perf_counter() - t) * 1000)
        return {"facts": len(screen.review.drafts), "extract_s": extract_s, "review_ready_s": ready,
                "scroll_to_fact_ms": scroll, "form_key_work_ms": statistics.median(works),
                "form_key_frame_ms": statistics.median(frames), "form_full_frame_ms": statistics.median(renders)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    text = article(args.kb)
    store = Path(tempfile.mkdtemp(prefix="takedown-review-")) / "s.json"
    create(store, empty_document())
    runs = [asyncio.run(measure(text, store)) for _ in range(args.runs)]
    result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    result["article_bytes"] = len(text.encode())
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value:.3f}" if isinstance(value, float) else f"{key:>20}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
