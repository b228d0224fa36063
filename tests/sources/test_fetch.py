"""URLs: fetched within bounds, and every way a download fails is one line naming the URL."""

from __future__ import annotations

import socket

import pytest

from store.ingest.errors import IngestError
from store.ingest.fetch import FetchPolicy, fetch
from store.ingest.reading import read_article
from tests.sources.conftest import HUGE

QUICK = FetchPolicy(connect_timeout=1.0, total_timeout=1.0)


def refusal(url: str, policy: FetchPolicy = QUICK, **kw) -> str:
    with pytest.raises(IngestError) as info:
        read_article(url, policy=policy, **kw)
    message = str(info.value)
    assert message.startswith(url + ": ") and "\n" not in message
    return message


def test_a_page_is_fetched_with_its_metadata(web):
    article = read_article(web.url("/wire"), policy=QUICK)
    assert article.kind == "html" and article.published == "2025-02-20"
    assert article.origin == "https://meridianwire.example/world/europe/police-four-countries-arrest-38-darknet-2025-02-20/"
    assert article.text.startswith("Police in four countries arrest 38 in Operation Glass Heron darknet sweep\n")


def test_five_redirects_are_followed_and_the_origin_is_where_they_end(web):
    fetched = fetch(web.url("/hops/4"), QUICK)  # four hops to /wire: five responses with a Location
    assert fetched.url == web.url("/wire") and fetched.kind == "html"
    assert web.requests.count("/wire") == 1


def test_more_than_five_redirects_and_a_loop_are_refused(web):
    assert "too many redirects" in refusal(web.url("/hops/6"))
    assert "too many redirects" in refusal(web.url("/loop"))
    assert web.requests.count("/loop") == 6  # the first request and five redirects, then it stops


def test_a_server_that_does_not_answer_times_out(web):
    assert "timed out" in refusal(web.url("/slow"), FetchPolicy(connect_timeout=1.0, total_timeout=0.5))


def test_a_body_that_trickles_in_is_cut_at_the_total_timeout(web):
    assert "timed out" in refusal(web.url("/trickle"), FetchPolicy(connect_timeout=1.0, total_timeout=0.5))


@pytest.mark.parametrize("path,status", [("/missing", "HTTP 404 Not Found"), ("/broken", "HTTP 500 Internal Server Error")])
def test_http_errors_are_refused_with_their_status(web, path, status):
    assert refusal(web.url(path)).endswith(status)


def test_a_20_mb_body_is_refused_at_the_10_mb_cap_without_being_read_whole(web, monkeypatch):
    import httpx

    taken = []
    real = httpx.Response.iter_bytes

    def counted(self, *args, **kwargs):
        for chunk in real(self, *args, **kwargs):
            taken.append(len(chunk))
            yield chunk

    monkeypatch.setattr(httpx.Response, "iter_bytes", counted)
    message = refusal(web.url("/huge"), FetchPolicy(connect_timeout=1.0, total_timeout=20.0))
    assert message.endswith(f"too large (over {10 * 1024 * 1024} bytes, the limit)")
    assert sum(taken) - taken[-1] <= 10 * 1024 * 1024 < sum(taken) < HUGE  # stopped at the first chunk over


def test_the_server_stops_sending_when_the_client_hangs_up(web):
    assert "too large" in refusal(web.url("/huge"), FetchPolicy(connect_timeout=1.0, total_timeout=20.0,
                                                               max_bytes=1024 * 1024))
    assert web.huge_done.wait(10)
    assert web.huge_sent < HUGE / 2  # 1 MB read, plus what the sockets buffered


def test_a_declared_20_mb_body_is_refused_before_reading(web):
    assert "too large (20971520 bytes" in refusal(web.url("/huge-declared"))
    assert web.huge_done.wait(10)
    assert web.huge_sent < HUGE * 0.8


@pytest.mark.parametrize("path,ctype", [("/image", "image/png"), ("/json", "application/json")])
def test_a_wrong_content_type_is_refused(web, path, ctype):
    assert f"unsupported content type {ctype}" in refusal(web.url(path))


def test_a_cp1251_page_declared_only_in_meta_is_read_right(web):
    article = read_article(web.url("/ru"), policy=QUICK)
    assert article.encoding == "cp1251" and article.published == "2024-03-14"
    assert "Всего задержаны 27 человек" in article.text
    assert article.title == "Полиция трёх стран закрыла даркнет-площадку «Тёмный берег»"


def test_pdf_and_plain_text_come_by_content_type_or_by_sniffing(web):
    assert read_article(web.url("/release.pdf"), policy=QUICK).kind == "pdf"
    assert read_article(web.url("/unlabelled.pdf"), policy=QUICK).kind == "pdf"
    plain = read_article(web.url("/plain"), policy=QUICK)
    assert plain.kind == "text" and plain.title == "Operation Reef: police arrested 45 people"
    assert plain.origin == web.url("/plain")


def test_dns_failure_is_named(monkeypatch):
    real = socket.getaddrinfo

    def no_dns(host, *args, **kwargs):
        if host == "no-such-host.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    assert "cannot resolve host no-such-host.invalid" in refusal("https://no-such-host.invalid/article")


def test_a_tls_failure_is_named(web):
    assert "TLS error" in refusal(web.url("/wire").replace("http://", "https://"))


def test_a_refused_connection_is_named():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert "connection refused" in refusal(f"http://127.0.0.1:{port}/article")


def test_offline_refuses_urls_without_a_request(web):
    assert refusal(web.url("/wire"), offline=True).endswith("not fetched (--offline)")
    assert web.requests == []
