"""Screenshots of the analyst's screens into ``screenshots/``: the review of an article and the
fact form, as SVG and PNG (``rsvg-convert``, Debian librsvg2-bin).

    PYTHONPATH=. python scripts/analyst_screenshots.py [--out DIR]

Runs on a scratch copy of the bundled dataset with an article written for the pictures.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.ingest.pipeline import propose  # noqa: E402
from store.ingest.reading import read_pasted  # noqa: E402
from store.repository import Repository  # noqa: E402
from tui.app import TakedownApp  # noqa: E402

ARTICLE = """Operation Larkspur: 58 arrests as police shut a darknet drugs market

Europol said on Thursday that Operation Larkspur, run by police in six countries against the darknet market Bluebell, has led to 58 arrests. In Germany 21 suspects were detained, in the Netherlands 14 and in Spain 9.

Investigators seized EUR 2.4 million in cash and cryptocurrencies, 180 kg of drugs and 12 firearms. The market, which had more than 40,000 users, was taken offline on 3 June.

Police in Austria also searched 16 homes. Prosecutors said more arrests would follow."""


async def shoot(out: Path) -> list[Path]:
    scratch = Path(tempfile.mkdtemp(prefix="takedown-shots-"))
    try:
        repo = Repository.open(scratch / "store.json")
        app = TakedownApp(repo, poll_interval=0, path_label="~/.local/share/takedown/store.json")
        written = []
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.open_review(propose(read_pasted(ARTICLE), "larkspur.txt", published="2026-06-05"))
            await pilot.pause(0.2)
            screen.facts.move_to(2)
            await pilot.press("space")
            screen.facts.move_to(1)
            await pilot.pause(0.2)
            written.append(_save(app, out / "review.svg", "takedown — review an article"))
            await pilot.press("e")
            await pilot.pause(0.2)
            app.screen.query_one("#form-country").value = "Nederland"
            await pilot.pause(0.2)
            written.append(_save(app, out / "edit_form.svg", "takedown — edit a fact"))
        return written
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _save(app, path: Path, title: str) -> Path:
    path.write_text(app.export_screenshot(title=title), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for svg in asyncio.run(shoot(args.out)):
        png = svg.with_suffix(".png")
        if shutil.which("rsvg-convert"):
            subprocess.run(["rsvg-convert", str(svg), "-o", str(png)], check=True)
        print(svg, png if png.exists() else "(no rsvg-convert: SVG only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
