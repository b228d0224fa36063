"""A writer process for the storage tests: adds facts to a store, one transaction each.

    python -m tests.store_writer STORE WRITER_ID COUNT [--slow-fsync SECONDS]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from store.repository import Repository
from tests.conftest import make_fact, make_operation, make_source


def main(argv: list[str]) -> int:
    path, writer, count = Path(argv[0]), argv[1], int(argv[2])
    if "--slow-fsync" in argv:
        delay = float(argv[argv.index("--slow-fsync") + 1])
        real_fsync = os.fsync

        def slow_fsync(fd: int) -> None:
            time.sleep(delay)
            real_fsync(fd)

        os.fsync = slow_fsync  # type: ignore[assignment]
    repo = Repository.open(path)
    source = make_source(f"Writer {writer} reports arrests.", title=f"writer {writer}")
    for n in range(count):
        fact = make_fact(source, n, id=f"f-{writer}-{n:05d}", value=n + 1)
        repo.add_records(sources=[source], operations=[make_operation()], facts=[fact])
        print(n, flush=True)  # committed
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
