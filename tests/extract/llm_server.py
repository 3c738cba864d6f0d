"""A small but real OpenAI-compatible chat server on 127.0.0.1 for tests of the llm extractor.

``POST /v1/chat/completions`` answers with a canned assistant message chosen by
the request: the first entry of ``server.canned`` whose key is a substring of
the user message. ``server.script`` is a queue of behaviours for the next
requests (then the canned answer resumes):

- ``"ok"``: the canned answer;
- ``"429"`` / ``"429:SECONDS"``: Too Many Requests, with ``Retry-After: SECONDS`` if given;
- ``"500"``, ``"401"``, ``"403"``: that status with a JSON error body;
- ``"sleep:SECONDS"``: wait, then answer (to trigger client timeouts);
- ``"malformed"``: HTTP 200 with a body that is not JSON.

``server.mode`` is a behaviour applied to every request when the script is
empty (e.g. ``"500"`` forever). ``server.reject_json_mode`` makes it answer 400
to requests carrying ``response_format``. Every request is recorded in
``server.requests`` (path, headers, parsed body, arrival time).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    body: dict | None
    at: float


@dataclass
class FakeLLM:
    canned: dict[str, str] = field(default_factory=dict)
    script: list[str] = field(default_factory=list)
    mode: str = "ok"
    reject_json_mode: bool = False
    default: str = '{"claims": []}'
    requests: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def answer_for(self, body: dict) -> str:
        user = "\n".join(m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user")
        for key, content in self.canned.items():
            if key in user:
                return content
        return self.default

    def next_behaviour(self) -> str:
        with self.lock:
            return self.script.pop(0) if self.script else self.mode


def _handler(state: FakeLLM):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # keep test output clean
            pass

        def _send(self, code: int, payload: bytes, headers: dict[str, str] | None = None):
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):  # the client timed out and left
                pass

        def _error(self, code: int, message: str, headers=None):
            self._send(code, json.dumps({"error": {"message": message, "type": "test"}}).encode(), headers)

        def do_POST(self):
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                body = json.loads(raw)
            except ValueError:
                body = None
            with state.lock:
                state.requests.append(Seen(self.path, dict(self.headers), body, time.monotonic()))
            if self.path.rstrip("/") != "/v1/chat/completions":
                return self._error(404, f"no route {self.path}")
            if body is None:
                return self._error(400, "request body is not JSON")
            if state.reject_json_mode and "response_format" in body:
                return self._error(400, "response_format is not supported")
            behaviour = state.next_behaviour()
            name, _, arg = behaviour.partition(":")
            if name == "sleep":
                time.sleep(float(arg))
                name = "ok"
            if name == "429":
                return self._error(429, "slow down", {"Retry-After": arg} if arg else None)
            if name in ("500", "401", "403", "503"):
                return self._error(int(name), f"status {name}")
            if name == "malformed":
                return self._send(200, b'{"choices": [{"message": {"content": "trunc')
            content = state.answer_for(body)
            reply = {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": 0,
                "model": body.get("model", "test"),
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            }
            self._send(200, json.dumps(reply).encode("utf-8"))

    return Handler


class LlmServer:
    """Context manager: ``with LlmServer() as srv: srv.state.canned[...] = ...; srv.url``."""

    def __init__(self, state: FakeLLM | None = None):
        self.state = state or FakeLLM()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.state))
        self.httpd.daemon_threads = True
        self.state.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return self.state.url

    def __enter__(self) -> FakeLLM:
        self.thread.start()
        return self.state

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
