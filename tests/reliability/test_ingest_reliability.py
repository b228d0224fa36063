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


RU_TEXT = "Полиция Литвы задержала 6 человек и изъяла 14 кг кокаина."


def _ingest(tmp_path: Path, *files: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "tui.cli", "ingest", "--db", str(tmp_path / "s.json"), "--json", *map(str, files)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_utf16_with_either_byte_order_reads_right(tmp_path: Path):
    import codecs

    for name, bom, codec in (("le", codecs.BOM_UTF16_LE, "utf-16-le"), ("be", codecs.BOM_UTF16_BE, "utf-16-be")):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(bom + RU_TEXT.encode(codec))
        done = _ingest(tmp_path, path)
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["encoding"].startswith("utf") and report["facts"][0]["quote"] == RU_TEXT
        assert ("arrests", 6, "LT") in {(f["metric"], f["value"], f["country"]) for f in report["facts"]}


def test_bad_inputs_are_refused_in_one_line_and_write_nothing(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(RU_TEXT, encoding="cp1251")
    zero = tmp_path / "zero.txt"
    zero.touch()
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo_like = tmp_path / "missing.txt"
    done = _ingest(tmp_path, zero, binary, big, folder, fifo_like, good)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.strip()]
    for bad in (zero, binary, big, folder, fifo_like):
        assert sum(str(bad) in line for line in errors) >= 1
    assert "Traceback" not in done.stderr
    repo = Repository.open(tmp_path / "s.json")
    taken = [s for s in repo.sources() if s.origin and s.origin.endswith("good.txt")]
    assert len(taken) == 1 and {f.value for f in repo.facts() if f.source == taken[0].id} >= {6, 14}
    assert not any(s.origin and s.origin.endswith(("zero.txt", "image.txt", "big.txt")) for s in repo.sources())


def test_an_unreadable_file_is_a_one_line_error(tmp_path: Path, monkeypatch):
    from store.ingest import reading

    path = tmp_path / "locked.txt"
    path.write_text(RU_TEXT, encoding="utf-8")
    real_open = Path.open

    def deny(self, *args, **kwargs):  # root reads through chmod 000, so refuse as the OS would
        if str(self) == str(path):
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    try:
        reading.read_article(path)
    except reading.IngestError as exc:
        assert "locked.txt" in str(exc) and "\n" not in str(exc)
    else:
        raise AssertionError("an unreadable file was read")
