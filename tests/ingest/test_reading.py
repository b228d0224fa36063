import codecs

import pytest

from store.ingest.reading import MAX_BYTES, IngestError, read_article
from store.ingest.sanitize import is_safe, sanitize

RU = "Финская полиция задержала двух администраторов площадки."


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r"])
def test_encodings_are_detected(tmp_path, codec):
    path = tmp_path / "a.txt"
    path.write_bytes(RU.encode(codec))
    article = read_article(path)
    assert article.text == RU
    assert article.encoding in {codec, "utf-16", "utf-8-sig"}


def test_short_capitals_in_koi8_are_not_read_as_cp1251(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("ПОЛИЦИЯ ЗАДЕРЖАЛА".encode("koi8_r"))
    assert read_article(path).encoding == "koi8_r"


def test_encoding_override(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(RU.encode("cp1251"))
    assert read_article(path, encoding="cp1251").text == RU
    with pytest.raises(IngestError, match="a.txt"):
        read_article(path, encoding="utf-8")


@pytest.mark.parametrize("content,why", [(b"", "empty"), (b"  \n\t", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")])
def test_refused_files_name_the_file_in_one_line(tmp_path, content, why):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        read_article(path)
    message = str(info.value)
    assert "bad.txt" in message and why in message and "\n" not in message


def test_missing_directory_and_oversized(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="directory"):
        read_article(tmp_path)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(IngestError, match="too large"):
        read_article(big)


def test_sanitize_escapes_controls_and_bidi_keeps_tab_newline():
    raw = "a\x1b[31mb\u202ec\x85d\x7f\te\r\nf"
    clean = sanitize(raw)
    assert is_safe(clean)
    assert clean == "a\\x1b[31mb\\u202ec\\x85d\\x7f\te\nf"


def test_sanitize_normalises_to_nfc():
    assert sanitize("e\u0301") == "\u00e9"
    assert sanitize("\ufeffText") == "Text"


def test_read_article_text_is_sanitised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Police\u202e arrested 3 people.".encode())
    assert read_article(path).text == "Police\\u202e arrested 3 people."
