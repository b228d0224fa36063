"""How long the GeoNames gazetteer (store/ingest/gazetteer.py) takes to build and to load from its cache.

    PYTHONPATH=$PWD python benchmarks/gazetteer_load.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap

_RUN = textwrap.dedent("""
    import resource, time
    from store.ingest import gazetteer
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    tables = gazetteer.tables()
    took = time.perf_counter() - t
    grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    kept = sum(map(len, tables.values()))
    print(f"{took * 1000:.0f} ms, peak RSS +{grew:.0f} MB, {kept} names")
""")


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "TAKEDOWN_CACHE_DIR": cache}
        for label in ("first run (builds the cache)", "later run (reads the cache)"):
            out = subprocess.run([sys.executable, "-c", _RUN], env=env, capture_output=True, text=True, check=True)
            print(f"{label:32} {out.stdout.strip()}")


if __name__ == "__main__":
    main()
