"""Untrusted articles: concurrent ingests lose nothing; the sanitiser never lets a control
character through and never drops printable text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from store.ingest.sanitize import is_safe, sanitize
from store.repository import Repository

ROOT = Path(__file__).resolve().parents[2]
COUNTRIES = ["Germany", "Spain", "Italy", "Poland", "Sweden", "Austria"]


def test_six_processes_ingesting_at_once_lose_no_fact(tmp_path: Path):
    store = tmp_path / "store.json"
    Repository.open(store)
    articles = []
    for i, country in enumerate(COUNTRIES):
        path = tmp_path / f"article{i}.txt"
        path.write_text(
            f"Operation Parallel {i}\nPolice in {country} arrested {11 + i} suspects and seized {200 + i} kg of cannabis.\n",
            encoding="utf-8",
        )
        articles.append(path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen([sys.executable, "-m", "tui.cli", "ingest", "--db", str(store), "--json", str(p)],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for p in articles
    ]
    reported = 0
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        reported += len(json.loads(out)["facts"])
    repo = Repository.open(store)
    values = {(f.metric, f.value) for f in repo.facts()}
    for i in range(6):
        assert ("arrests", 11 + i) in values and ("seized_drugs", 200 + i) in values
    assert len(repo.sources()) >= 7 and reported >= 12


unsafe = st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x9b", "\x85", "\u202e", "\u2066", "\u200f", "\x0b", "\x0c"])
printable = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=30)
mixed = st.lists(st.one_of(printable, unsafe), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(mixed)
def test_the_sanitiser_lets_no_control_character_through(text: str):
    clean = sanitize(text)
    assert is_safe(clean)
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n" for ch in clean)
    assert sanitize(clean) == clean  # idempotent: stored text stays as it is


@settings(max_examples=300, deadline=None)
@given(mixed)
def test_the_sanitiser_never_drops_printable_text(text: str):
    clean = sanitize(text)
    wanted = [ch for ch in unicodedata.normalize("NFC", text.replace("\r", "")).lstrip("\ufeff")
              if is_safe(ch)]
    it = iter(clean)
    assert all(ch in it for ch in wanted)  # every printable character, in order
