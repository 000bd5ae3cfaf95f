"""A small, generic HTTP server for local replicas of news sites.

It knows nothing about WordPress: a *site* is any callable
``route(path_with_query) -> Response``. The server adds what every real web
server does (HEAD, gzip, conditional GET, Content-Length, keep-alive) and
keeps a log of the requests it answered, so tests can count what a crawler
fetched.

Faults for tests are injected with ``Replica.add_fault(fn)``: ``fn(method,
path, headers)`` may return a Response (served instead of the site's), raise
``DropConnection`` (socket closed without an answer), or return None.

Command line (prints the base URL as its first stdout line):

    python -m tests.replica.server matra [--port N] [--articles N]
        [--synthetic-only] [--disable rest,sitemap,feed,listing] [--verbose] [--log FILE]
"""
from __future__ import annotations

import argparse
import email.utils
import gzip
import sys
import threading
import time
from collections import namedtuple
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional

REPLICA_NOTICE = "reconstructed replica, not a capture of the live site"

# Content types worth compressing; images are already compressed.
_COMPRESSIBLE = ("text/", "application/json", "application/xml",
                 "application/rss+xml", "application/javascript")


@dataclass
class Response:
    status: int = 200
    # A list, not a dict: real servers send some headers twice (Link).
    headers: list = field(default_factory=list)
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before answering (slow-server faults)

    def header(self, name: str) -> Optional[str]:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None

    @classmethod
    def text(cls, text: str, content_type: str = "text/html; charset=UTF-8",
             status: int = 200, headers=()) -> "Response":
        return cls(status, [("Content-Type", content_type), *headers], text.encode("utf-8"))

    @classmethod
    def redirect(cls, location: str, status: int = 301) -> "Response":
        return cls(status, [("Content-Type", "text/html; charset=UTF-8"),
                            ("Location", location)], b"")


class DropConnection(Exception):
    """Raised by a route or fault to close the socket without any answer."""


LoggedRequest = namedtuple("LoggedRequest", "method path user_agent")

Route = Callable[[str], Response]
Fault = Callable[[str, str, dict], Optional[Response]]


class Replica:
    """Serve ``route`` on 127.0.0.1 in a daemon thread.

    If the route object has a ``bind(base_url)`` method it is called on
    start, so the site can write absolute links to the port actually bound.
    """

    def __init__(self, route: Route, port: int = 0, gzip_enabled: bool = True,
                 verbose: bool = False, log_file: Optional[str] = None):
        self.route = route
        self.port = port
        self.gzip_enabled = gzip_enabled
        self.verbose = verbose
        self.log_file = log_file
        self.base_url: Optional[str] = None
        self._faults: list = []
        self._log: list = []
        self._lock = threading.Lock()
        self._server: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    # -- request log -------------------------------------------------------
    def requests(self) -> list:
        with self._lock:
            return list(self._log)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def _record(self, method: str, path: str, user_agent: str, status: int, size: int) -> None:
        with self._lock:
            self._log.append(LoggedRequest(method, path, user_agent))
            if self.log_file:
                stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
                with open(self.log_file, "a", encoding="utf-8") as log:
                    log.write(f"{stamp}Z\t{method}\t{status}\t{size}\t{path}\t{user_agent}\n")
        if self.verbose:
            print(f"{method} {path} -> {status} ({size} B) [{user_agent}]", file=sys.stderr, flush=True)

    def replace_route(self, route: Route) -> None:
        """Serve another version of the site at the same address (an edited
        or a newly published article between two runs)."""
        bind = getattr(route, "bind", None)
        if bind is not None and self.base_url:
            bind(self.base_url)
        self.route = route

    # -- faults ------------------------------------------------------------
    def add_fault(self, fault: Fault) -> None:
        self._faults.append(fault)

    def clear_faults(self) -> None:
        self._faults.clear()

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> str:
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), _make_handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        bind = getattr(self.route, "bind", None)
        if bind is not None:
            bind(self.base_url)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name=f"replica-{self.port}", daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def serve_forever(self) -> None:
        """Foreground mode for the command line."""
        if self._server is None:
            self.start()
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def __enter__(self) -> "Replica":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- answering ---------------------------------------------------------
    def answer(self, method: str, path: str, headers: dict) -> Response:
        for fault in list(self._faults):
            response = fault(method, path, headers)
            if response is not None:
                return response
        if method not in ("GET", "HEAD"):
            return Response(405, [("Allow", "GET, HEAD"), ("Content-Type", "text/plain; charset=UTF-8")],
                            b"Method Not Allowed\n")
        return self.route(path)


def _not_modified(response: Response, headers: dict) -> bool:
    etag = response.header("ETag")
    if etag and headers.get("if-none-match") == etag:
        return True
    last_modified = response.header("Last-Modified")
    since = headers.get("if-modified-since")
    if last_modified and since:
        try:
            return email.utils.parsedate_to_datetime(since) >= email.utils.parsedate_to_datetime(last_modified)
        except (TypeError, ValueError):
            return False
    return False


def _make_handler(replica: Replica):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as crawlers expect
        server_version = "Apache"
        sys_version = ""

        def log_message(self, *args) -> None:  # our own log instead
            pass

        def _handle(self, method: str) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            user_agent = headers.get("user-agent", "")
            if method not in ("GET", "HEAD"):  # drain a request body, if any
                length = int(headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
            try:
                response = replica.answer(method, self.path, headers)
            except DropConnection:
                replica._record(method, self.path, user_agent, 0, 0)
                self.close_connection = True
                return
            except Exception as error:  # a site bug must show, not hang the client
                response = Response.text(f"replica error: {error!r}\n", "text/plain; charset=UTF-8", 500)
            if response.delay:
                time.sleep(response.delay)
            if response.status == 200 and _not_modified(response, headers):
                response = Response(304, [h for h in response.headers
                                          if h[0].lower() in ("etag", "last-modified")], b"")
            # Logged before answering, so a client that has its answer also sees it in the log.
            replica._record(method, self.path, user_agent, response.status, len(response.body))
            self._send(method, response, headers)

        def _send(self, method: str, response: Response, headers: dict) -> None:
            body = response.body
            out_headers = list(response.headers)
            content_type = response.header("Content-Type") or ""
            if (replica.gzip_enabled and len(body) >= 512
                    and "gzip" in headers.get("accept-encoding", "")
                    and content_type.startswith(_COMPRESSIBLE)
                    and response.header("Content-Encoding") is None):
                body = gzip.compress(body, compresslevel=5, mtime=0)
                out_headers += [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
            try:
                self.send_response(response.status)
                self.send_header("X-Replica", REPLICA_NOTICE)
                has_length = False
                for key, value in out_headers:
                    has_length |= key.lower() == "content-length"
                    self.send_header(key, value)
                if not has_length:  # a fault may set a wrong length on purpose
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if method != "HEAD" and response.status not in (204, 304):
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                # The crawler gave up first (a stalled answer past its timeout).
                self.close_connection = True

        def do_GET(self) -> None:
            self._handle("GET")

        def do_HEAD(self) -> None:
            self._handle("HEAD")

        def do_POST(self) -> None:
            self._handle("POST")

    return Handler


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.replica.server",
                                     description="Serve a local replica of a news site.")
    parser.add_argument("site", choices=["matra"])
    parser.add_argument("--port", type=int, default=0, help="0 = any free port")
    parser.add_argument("--articles", type=int, default=None,
                        help="total number of articles: the hand-written ones plus generated ones")
    parser.add_argument("--synthetic-only", action="store_true",
                        help="with --articles: generated articles only, no hand-written ones")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated articles")
    parser.add_argument("--disable", default="",
                        help="comma list of endpoints answering 404: rest,sitemap,feed,listing,robots,sitemap_lastmod")
    parser.add_argument("--no-gzip", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="log each request to stderr")
    parser.add_argument("--log", default=None, help="append one tab-separated line per request to FILE")
    args = parser.parse_args(argv)

    # Import through the package, not __main__, so that the site and this
    # server share one Response/DropConnection class.
    from tests.replica import matra
    from tests.replica.server import Replica as PackageReplica

    disable = {name.strip() for name in args.disable.split(",") if name.strip()}
    articles = None
    if args.articles is not None:
        articles = matra.site_articles(args.articles, seed=args.seed, synthetic_only=args.synthetic_only)
    site = matra.build_site(articles, disable=disable)
    replica = PackageReplica(site, port=args.port, gzip_enabled=not args.no_gzip,
                      verbose=args.verbose, log_file=args.log)
    base_url = replica.start()
    print(base_url, flush=True)
    replica.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
