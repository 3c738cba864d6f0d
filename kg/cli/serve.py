"""``kg serve``: a read-only SPARQL endpoint and query page over the store."""

from __future__ import annotations

import signal

import click

from kg.cli.common import resolve_store, store_option


@click.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (keep 127.0.0.1 unless a proxy fronts it).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on (0 picks a free one).")
@click.option("--workers", type=click.IntRange(min=1), default=3, show_default=True, help="Worker processes started up front; each runs one query at a time.")
@click.option("--max-workers", type=click.IntRange(min=1), default=None, help="Grow to this many worker processes while long queries hold the others  [default: 2 x --workers].")
@click.option("--timeout", type=click.FloatRange(min=0.001), default=30.0, show_default=True, help="Stop a query after this many seconds (HTTP 503).")
@click.option("--memory-limit", type=click.FloatRange(min=50), default=1024, show_default=True, metavar="MB", help="Stop a query whose worker process grows past this resident memory (HTTP 503).")
@click.option("--limit", type=click.IntRange(min=1), default=10_000, show_default=True, help="Return at most this many rows or triples per query; a cut result carries the header X-KG-Truncated: true.")
def serve(store, host, port, workers, max_workers, timeout, memory_limit, limit):
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page.

    \b
    /          query page with the saved queries one click away
    /sparql    SPARQL 1.1 Protocol endpoint (GET or POST; JSON, XML, CSV, TSV, Turtle, ...)
    /queries   the saved queries; /queries/NAME?key=value runs one

    Updates, SERVICE and LOAD are refused (403). Each query runs in a worker
    process that is stopped at --timeout or --memory-limit (503); while long
    queries hold every worker, more start (up to --max-workers), so a few slow
    queries never block the others. The embedded store can be served while `kg ingest` writes to it:
    workers open it read-only and reopen it when it changes.
    """
    from kg.serve import make_server

    location = resolve_store(store)
    if not location.startswith(("http://", "https://")):
        # Refuse now, as `kg query` does: a server over a missing or unreadable folder would start
        # and answer every query with 500. (A store being written by `kg ingest` opens fine read-only.)
        from kg.store import open_store

        open_store(location, read_only=True).close()  # a StoreError is the CLI's one line
    try:
        server = make_server(location, host=host, port=port, options=getattr(location, "options", None), workers=workers, max_workers=max_workers, timeout=timeout, limit=limit, memory_limit_mb=memory_limit)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    h, p = server.server_address[:2]
    click.echo(f"serving {location} at http://{h}:{p}/ (SPARQL endpoint http://{h}:{p}/sparql); Ctrl-C stops", err=True)
    def stop(signum, frame):
        raise KeyboardInterrupt  # SIGTERM (a service manager, `kill`) shuts down like Ctrl-C: workers stopped, no tracebacks

    signal.signal(signal.SIGTERM, stop)
    # Ctrl-C stops, as the line above promises, also when the server was started from a script in the
    # background: a shell without job control starts background jobs with SIGINT ignored, and Python then
    # leaves it ignored (found when a CI run started that way waited 20 s for a SIGINT-ed server).
    signal.signal(signal.SIGINT, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
