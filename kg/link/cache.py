"""A polite HTTP client for external sources: disk cache, timeout, retry with back-off, rate limit, offline mode.

Like nomenklatura's Wikidata client, the knobs are attributes a test can
override (``retries``, ``backoff``, ``min_interval``). A response is cached
by method, URL and body for ``cache_days``; ``offline=True`` answers only
from the cache. Failures end the run with :class:`~kg.errors.SourceAbort`
and a one-line message, after which nothing has been written.
"""

from __future__ import annotations

import hashlib
import json
import logging
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg import __version__
from kg.errors import SourceAbort

log = logging.getLogger(__name__)

USER_AGENT = f"rightsgraph/{__version__} (https://w3id.org/rightsgraph; kg link)"
RETRY_STATUS = {429, 500, 502, 503, 504}


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("rightsgraph", appauthor=False)) / "http"


class HttpClient:
    timeout = 30.0  # seconds per request
    retries = 4  # attempts after the first
    backoff = 2.0  # seconds before the first retry, doubled each time
    max_backoff = 60.0
    min_interval = 1.0  # seconds between requests to one host (rate limit)

    def __init__(self, *, cache_dir: Path | None = None, cache_days: float = 7, offline: bool = False, **overrides):
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.cache_days = cache_days
        self.offline = offline
        for key, value in overrides.items():
            if not hasattr(type(self), key):
                raise TypeError(f"unknown HttpClient option {key}")
            setattr(self, key, value)
        self._last_request = 0.0
        self.requests_made = 0

    def _key(self, method: str, url: str, body: bytes | None) -> Path:
        digest = hashlib.sha256(b"\x1f".join([method.encode(), url.encode(), body or b""])).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.json"

    def _cached(self, path: Path) -> bytes | None:
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not self.offline and time.time() - entry["at"] > self.cache_days * 86400:
            return None
        return entry["body"].encode("utf-8")

    def _store(self, path: Path, body: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".part")
            tmp.write_text(json.dumps({"at": time.time(), "body": body.decode("utf-8")}), encoding="utf-8")
            tmp.replace(path)
        except (OSError, UnicodeDecodeError) as exc:  # a cache that cannot be written only costs speed
            log.warning("cannot cache %s: %s", path, exc)

    def request(self, url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, what: str = "request") -> bytes:
        method = "POST" if data is not None else "GET"
        path = self._key(method, url, data)
        cached = self._cached(path)
        if cached is not None:
            return cached
        if self.offline:
            raise SourceAbort(f"{url}: {what} is not in the cache and --offline forbids the network")
        delay = self.backoff
        problem = ""
        for attempt in range(self.retries + 1):
            wait = self.min_interval - (time.monotonic() - self._last_request)
            if wait > 0:
                time.sleep(wait)
            self._last_request = time.monotonic()
            self.requests_made += 1
            req = urllib.request.Request(url, data=data, method=method, headers={"User-Agent": USER_AGENT, **(headers or {})})
            retry_after = None
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    body = resp.read()
                self._store(path, body)
                return body
            except urllib.error.HTTPError as exc:
                if exc.code not in RETRY_STATUS:
                    raise SourceAbort(f"{url}: {what} failed with HTTP {exc.code} {exc.reason}") from None
                problem = f"HTTP {exc.code}"
                retry_after = _retry_after(exc.headers.get("Retry-After"))
            except (TimeoutError, urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, socket.gaierror) and reason.errno == socket.EAI_NONAME:
                    # The host name does not exist here (no network, or a typo in --endpoint): waiting will not make it
                    # appear, whereas a temporary lookup failure (EAI_AGAIN) is retried like a timeout.
                    host = urllib.parse.urlsplit(url).hostname
                    raise SourceAbort(f"{url}: cannot resolve {host} (no network? --offline answers from the cache); "
                                      "the store is unchanged") from None
                problem = "timed out" if isinstance(reason, TimeoutError) or "timed out" in str(reason) else f"unreachable ({reason})"
            if attempt < self.retries:
                pause = min(self.max_backoff, retry_after if retry_after is not None else delay)
                log.warning("%s: %s, retrying in %.1fs (%d/%d)", url, problem, pause, attempt + 1, self.retries)
                time.sleep(pause)
                delay *= 2
        raise SourceAbort(f"{url}: {what} {problem} after {self.retries + 1} attempts; the store is unchanged")


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
