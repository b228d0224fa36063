"""Make SVG screenshots of the real explorer into ``screenshots/``.

    PYTHONPATH=. python scripts/screenshots.py [--db STORE] [--out DIR]

Uses a scratch copy of the bundled dataset unless ``--db`` is given, so the pictures show
what a new user sees. Convert to PNG with ``rsvg-convert`` to look at them.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.repository import Repository  # noqa: E402
from tui.app import TakedownApp  # noqa: E402

SIZE = (120, 36)


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(0.2)


async def shoot(repo: Repository, name: str, keys: list[str], out: Path, size: tuple[int, int]) -> Path:
    app = TakedownApp(repo, poll_interval=0, path_label="~/.local/share/takedown/store.json")
    async with app.run_test(size=size) as pilot:
        await _settle(pilot)
        for key in keys:
            await pilot.press(key)
            await _settle(pilot)
        path = out / f"{name}.svg"
        path.write_text(app.export_screenshot(title=f"takedown — {name}"), encoding="utf-8")
    return path


SHOTS: dict[str, list[str]] = {
    "main": ["j", "tab", "j"],
    "search": ["slash", *"germany"],
    "help": ["question_mark"],
    "country": ["j", "c", *"germany", "enter"],
    # the cross-operation views (#14)
    "facts-table": ["2", "slash", *"arrests", "enter", "s", "s", "s", "s"],  # every arrest, largest first
    "timeline": ["3"],
    "compare": ["down", "down", "down", "space", "up", "up", "up", "space", "4"],  # SpecTor and RapTor
    "charts": ["5"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="store to show (default: a copy of the bundled dataset)")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="takedown-shots-"))
    try:
        repo = Repository.open(args.db or scratch / "store.json")
        for name, keys in SHOTS.items():
            print(asyncio.run(shoot(repo, name, keys, args.out, (width, height))))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
