#!/usr/bin/env python3
"""Which PDF reader gets the words of a press release back: pypdf or pdfminer.six.

    pip install -e '.[fixtures]' && python benchmarks/pdf_readers.py [extra.pdf=source.txt ...]

For each fixture PDF (tests/sources/fixtures, made from known text) and reader, the raw text is
rejoined the same way (lines joined, line-end hyphens repaired as ingest does) and compared word
by word with the text the PDF was made from:

- ``words``: share of the source's words found in order (difflib matching blocks);
- ``broken``: words in the output that the source does not have (``Portug al``, ``in vestigation``);
  a reader that scrambles the lines of a justified paragraph loses ``words`` instead, as fewer of
  them come in the source's order;
- ``ms``: time to read the file, median of 5.
"""

from __future__ import annotations

import difflib
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sources" / "fixtures"))

from store.ingest.pdf import LAYOUT, join_lines  # noqa: E402

FIXTURES = ROOT / "tests" / "sources" / "fixtures"
NAMES = ("prosecutor_release.pdf", "prokuratura.pdf", "prosecutor_typeset.pdf")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def pypdf_text(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def pdfminer_default(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def pdfminer_ingest(path: Path) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    return extract_text(str(path), laparams=LAParams(**LAYOUT))


READERS = {"pypdf": pypdf_text, "pdfminer.six (defaults)": pdfminer_default, "pdfminer.six (ingest's layout)": pdfminer_ingest}


def words(text: str) -> list[str]:
    joined = ""
    for line in text.replace("\x0c", "\n").splitlines():
        if line.strip():
            joined = join_lines(joined, line.strip()) if joined else line.strip()
    return [w.lower() for w in _WORD.findall(joined)]


def measure(path: Path, source: str) -> list[tuple[str, float, int, float]]:
    want = words(source)
    vocabulary = set(want)
    rows = []
    for label, read in READERS.items():
        times = []
        for _ in range(5):
            start = time.perf_counter()
            text = read(path)
            times.append(time.perf_counter() - start)
        got = words(text)
        matched = sum(block.size for block in difflib.SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks())
        broken = sum(1 for w in got if w not in vocabulary and not w.isdigit())
        rows.append((label, matched / len(want), broken, statistics.median(times) * 1000))
    return rows


def main(argv: list[str]) -> int:
    from make_pdfs import source_text

    cases = [(FIXTURES / name, source_text(name)) for name in NAMES]
    for extra in argv:  # your own PDF and the text it should give: file.pdf=file.txt
        pdf, _, txt = extra.partition("=")
        cases.append((Path(pdf), Path(txt).read_text(encoding="utf-8")))
    print(f"{'file':26} {'reader':32} {'words':>7} {'broken':>7} {'ms':>7}")
    for path, source in cases:
        for label, share, broken, ms in measure(path, source):
            print(f"{path.name:26} {label:32} {share:7.1%} {broken:7d} {ms:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
