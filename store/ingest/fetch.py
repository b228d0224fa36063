"""A URL to the bytes of one article, within bounds: timeouts, redirects, size and content type.

httpx streams the body so a huge or endless response is cut at the cap, not read whole; the
total timeout is checked between chunks (a server that goes silent is cut by the read timeout).
Every failure is an :class:`IngestError` worded as one line naming the URL.
"""

from __future__ import annotations

import re
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from store.ingest.errors import IngestError

MAX_BYTES = 10 * 1024 * 1024
CONNECT_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
MAX_REDIRECTS = 5
_URL = re.compile(r"^https?://", re.IGNORECASE)
# Content types an article can come in, and the reader each one goes to.
KINDS = {
    "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/pdf": "pdf", "application/x-pdf": "pdf",
}
_UNLABELLED = {"", "application/octet-stream", "binary/octet-stream"}  # sniffed instead


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Bounds of one fetch; the defaults suit a news page on a slow connection."""

    connect_timeout: float = CONNECT_TIMEOUT
    total_timeout: float = TOTAL_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    max_bytes: int = MAX_BYTES


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    body: bytes
    kind: str | None  # html, text, pdf, or None when the server did not say (sniff the body)
    charset: str | None


def is_url(spec: str) -> bool:
    return bool(_URL.match(spec))


def fetch(url: str, policy: FetchPolicy | None = None) -> Fetched:
    """GET ``url`` and return its body, or raise :class:`IngestError` saying why not."""
    import httpx

    policy = policy or FetchPolicy()
    parts = urlsplit(url)
    if not parts.hostname:
        raise IngestError(f"{url}: not a valid URL (no host)")
    timeout = httpx.Timeout(policy.total_timeout, connect=policy.connect_timeout)
    deadline = time.monotonic() + policy.total_timeout
    headers = {"User-Agent": _user_agent(), "Accept": "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.1"}
    try:
        with httpx.Client(follow_redirects=True, max_redirects=policy.max_redirects, timeout=timeout,
                          headers=headers) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    reason = response.reason_phrase or ""
                    raise IngestError(f"{url}: HTTP {response.status_code} {reason}".rstrip())
                media, charset = _content_type(response.headers.get("content-type", ""))
                kind = KINDS.get(media)
                if kind is None and media not in _UNLABELLED:
                    raise IngestError(f"{url}: unsupported content type {media} (HTML, plain text or PDF expected)")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > policy.max_bytes:
                    raise IngestError(f"{url}: too large ({int(declared)} bytes, the limit is {policy.max_bytes})")
                body = _read_capped(response, url, policy, deadline)
                return Fetched(url=str(response.url), body=body, kind=kind, charset=charset)
    except IngestError:
        raise
    except httpx.TooManyRedirects:
        raise IngestError(f"{url}: too many redirects (more than {policy.max_redirects})") from None
    except httpx.ConnectTimeout:
        raise IngestError(f"{url}: timed out connecting to {parts.hostname} (after {policy.connect_timeout:g} s)") from None
    except httpx.TimeoutException:
        raise IngestError(f"{url}: timed out (no answer within {policy.total_timeout:g} s)") from None
    except httpx.ConnectError as exc:
        raise IngestError(f"{url}: {_connect_reason(exc, parts.hostname)}") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise IngestError(f"{url}: not a URL that can be fetched ({_one_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise IngestError(f"{url}: download failed ({_one_line(exc) or exc.__class__.__name__})") from None


def _read_capped(response, url: str, policy: FetchPolicy, deadline: float) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise IngestError(f"{url}: too large (over {policy.max_bytes} bytes, the limit)")
        if time.monotonic() > deadline:
            raise IngestError(f"{url}: timed out (not read within {policy.total_timeout:g} s)")
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("'\"")
    return media.strip().lower(), charset


def _connect_reason(exc: BaseException, host: str | None) -> str:
    """DNS, TLS or refused, from the OS error at the bottom of httpx's exception chain."""
    seen = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, socket.gaierror):
            return f"cannot resolve host {host} (DNS lookup failed)"
        if isinstance(cause, ssl.SSLError):
            return f"TLS error ({getattr(cause, 'reason', None) or _one_line(cause)})"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused by {host}"
        cause = cause.__cause__ or cause.__context__
    text = _one_line(exc)
    lowered = text.lower()
    if "name or service not known" in lowered or "getaddrinfo" in lowered or "nodename nor servname" in lowered:
        return f"cannot resolve host {host} (DNS lookup failed)"
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return f"TLS error ({text})"
    return f"cannot connect to {host} ({text or exc.__class__.__name__})"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _user_agent() -> str:
    try:
        from importlib.metadata import version

        return f"takedown/{version('takedown-explorer')} (article ingest)"
    except Exception:  # not installed: running from a checkout
        return "takedown (article ingest)"
