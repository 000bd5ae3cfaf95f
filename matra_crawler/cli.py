"""Command line: `python -m matra_crawler extract|nightly|report ...`.

    extract [--site NAME] [--url URL] FILE      one saved page -> one JSON line
    extract [--site NAME] --manifest LIST       every {"file", "url"} line of LIST
    extract --warc FILE.warc.gz                 every article response archived in FILE
    nightly [--sites a,b] [--since DAY] ...     the cron run (matra_crawler.nightly)
    fixtures record --site NAME URL|FILE...     save pages and their expected items for the tests
    report [--output-dir DIR] [--out FILE]      the runs as one HTML page (matra_crawler.report)
    deploy URL[,URL...] [--version V]           the project egg to Scrapyd nodes (matra_crawler.deploy)
    state migrate --to postgresql://...         a SQLite state into PostgreSQL (matra_crawler.migrate)

The printed item is the FINAL one, after the processing steps the crawl
runs (processing.STEPS), so a saved page and a crawled page come out
identical. A page that cannot be extracted, or that processing drops, prints
{"url": ..., "error": ...} and the next page goes on.

Imports stay light (no Scrapy engine, no Twisted reactor): start-up time counts
in the benchmark's milliseconds per page.
"""
from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from .arguments import day, did_you_mean, positive_int, web_url

def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" or data[:2] == b"\x1f\x8b" else data


def extract_file(path: Path, url: str, profile, fetched_at: datetime | None = None,
                 hints: dict | None = None) -> dict:
    """The final item of one saved page, or {"url", "error"}."""
    from .extraction import NoArticle, extract_article
    from .processing import STATE_NOTES, Dropped, process

    try:
        html = read_page(path)
        # A saved page was fetched when it was saved, as far as we can know.
        fetched_at = fetched_at or datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        item = extract_article(html, url, profile, fetched_at=fetched_at, hints=hints)
        item = process(item)
        item.pop(STATE_NOTES, None)   # for a crawl's state only
        return item
    except FileNotFoundError:
        return {"url": url, "error": "file_not_found"}
    except NoArticle as error:
        return {"url": url, "error": f"no_article: {error.reason}"}
    except Dropped as error:
        return {"url": url, "error": error.reason}
    except Exception as error:  # one bad page must not stop a manifest
        return {"url": url, "error": f"{type(error).__name__}: {error}"}


def manifest_lines(path: Path):
    """(file, url, fetched_at, hints) per manifest line; relative files are
    relative to the manifest. A line that is not JSON yields an error entry."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            file, url = entry["file"], entry.get("url") or ""
        except (ValueError, KeyError, TypeError):
            yield None, f"{path}:{number}", None, None
            continue
        fetched = entry.get("fetched_at")
        yield (path.parent / file, url, datetime.fromisoformat(fetched) if fetched else None,
               entry.get("hints"))


def emit(item: dict) -> None:
    sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def archived_site_profile(name: str):
    """The profile a WARC's page notes name: a per-site spider's, else a WordPress registry portal's."""
    from .sites import PROFILES
    from .sites.wordpress import wordpress_profile

    return PROFILES[name] if name in PROFILES else wordpress_profile(name)


def warc_pages(path: Path) -> tuple[list[dict], str | None]:
    """The article pages archived in a WARC, in capture order: each response
    (or browser resource) record that the crawl's metadata record marks as
    an article page, with what the crawl knew when it fetched it. Revisit
    records hold no payload: their pages are in the WARC of the first capture.

    Also what is wrong with the file when it ends inside a record (a copy
    cut short, a disk that filled up), else None. warcio reads such a file
    without complaint, as if it ended where the last whole record does, so
    the records read must reach the file's end and hold every byte they state."""
    from warcio.archiveiterator import ArchiveIterator

    records, pages, end, size = {}, [], 0, path.stat().st_size
    with path.open("rb") as stream:
        archive = ArchiveIterator(stream)
        for record in readable_records(archive):
            headers = record.rec_headers
            body = record.content_stream().read()   # undoes the Content-Encoding
            archive.read_to_end()
            if getattr(record.raw_stream, "limit", 0):   # bytes the record states and the file lacks
                return pages, f"the file ends inside the record of {headers.get_header('WARC-Target-URI')}"
            end = archive.get_record_offset() + archive.get_record_length()
            if record.rec_type in ("response", "resource"):
                records[headers.get_header("WARC-Record-ID")] = {
                    "url": headers.get_header("WARC-Target-URI"), "body": body,
                    "date": headers.get_header("WARC-Date"),
                    "content_type": (record.http_headers.get_header("Content-Type")
                                     if record.http_headers else headers.get_header("Content-Type")),
                    "offset": archive.get_record_offset(), "length": archive.get_record_length(),
                    "digest": headers.get_header("WARC-Payload-Digest"),
                    "record_id": headers.get_header("WARC-Record-ID")}
            elif record.rec_type == "metadata":
                notes = json.loads(body or b"{}")
                page = records.get(headers.get_header("WARC-Refers-To"))
                if page is not None and "article_page" in notes:
                    pages.append({**page, **notes["article_page"],
                                  "redirect_urls": notes.get("redirect_urls") or []})
        stream.seek(end)
        rest = stream.read(64)
    if rest.strip(b"\r\n"):   # an uncompressed record's length leaves out the CRLFs that end it
        return pages, f"bytes {end} to {size} hold no whole WARC record"
    return pages, None


def readable_records(archive):
    """The records of a warcio ArchiveIterator up to the first it cannot
    parse: on a header cut short it raises ArchiveLoadFailed or slips with
    an AttributeError, which the caller tells by where the records stop."""
    from warcio.exceptions import ArchiveLoadFailed

    while True:
        try:
            yield next(archive)
        except (StopIteration, ArchiveLoadFailed, AttributeError):
            return


def begins_as_warc(path: Path) -> bool:
    """A WARC (gzipped or not) starts with a "WARC/1.x" version line; warcio
    itself reads some other files as ARC records, with warnings and no error."""
    try:
        with path.open("rb") as raw:
            head = raw.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as stream:
            return stream.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


def extract_warc(path: Path, output_dir: Path, site: str | None) -> list[dict]:
    """The final item of every article in a WARC, as the crawl exported it,
    pages of one article joined; or {"url", "error"}."""
    from scrapy.http import HtmlResponse

    from .extraction import NoArticle, extract_article
    from .pages import append_page, exported_url
    from .processing import STATE_NOTES, Dropped, process
    from .warc import link_filename

    filename = link_filename(path, output_dir)
    pages, broken = warc_pages(path)
    articles: dict[str, tuple] = {}   # first page's record id -> (item, error)
    for page in pages:
        first_id = page.get("first_page_record")
        if first_id and first_id not in articles:
            continue   # its first page is not in this WARC
        try:
            profile = site_profile(site) if site else archived_site_profile(page["site"])
            response = HtmlResponse(page["url"], body=page["body"],
                                    headers={"Content-Type": page["content_type"] or "text/html"})
            raw = extract_article(response.body, page["url"], profile,
                                  fetched_at=datetime.fromisoformat(page["date"].replace("Z", "+00:00")),
                                  hints=page.get("hints"), encoding=response.encoding)
            raw["warc"] = [{"filename": filename, "offset": page["offset"], "length": page["length"],
                            "record_id": page["record_id"], "payload_digest": page["digest"]}]
            if first_id:
                first, error = articles[first_id]
                if error is None:
                    append_page(first, raw)
            else:
                ignored = tuple(pair for pair in (page.get("fetch_query") or "").split("&") if pair)
                raw["url"] = exported_url(page["url"], page.get("article_url"),
                                          bool(page["redirect_urls"]), ignored)
                articles[page["record_id"]] = (raw, None)
        except (NoArticle, KeyError, ValueError) as error:
            if not first_id:
                articles[page["record_id"]] = (None, {"url": page["url"], "error": f"no_article: {error}"})
    results = []
    for item, error in articles.values():
        if error is not None:
            results.append(error)
            continue
        try:
            item = process(item)
            item.pop(STATE_NOTES, None)   # for a crawl's state only
            results.append(item)
        except Dropped as drop:
            results.append({"url": item["url"], "error": drop.reason})
    if broken:
        results.append({"url": None, "error": f"warc_cut_short: {broken}"})
    return results


class CommandLineError(Exception):
    """A usage mistake found after parsing; main() prints it as one line, exit 2."""


def site_profile(name: str | None):
    """--site NAME's profile (None: generic extraction only)."""
    from .sites import PROFILES

    if name is None:
        return None
    if name not in PROFILES:
        raise CommandLineError(f"--site {name}: no such site{did_you_mean(name, PROFILES)}; "
                               f"known: {', '.join(PROFILES)}")
    return PROFILES[name]


def page_url(url: str | None, path: Path) -> str:
    """--url, checked; a saved page's item needs the address it came from
    (a file:// URL is no article address, and the item would fail its schema)."""
    if url is None:
        if not path.exists():
            return path.resolve().as_uri()   # reported as file_not_found, like a manifest line
        raise CommandLineError(f"{path}: give --url URL, the address the page was fetched from")
    try:
        return web_url(url)
    except ValueError as error:
        raise CommandLineError(f"--url {url}: {error}") from None


def cmd_extract(args) -> int:
    profile = site_profile(args.site)
    if args.warc:
        if args.file or args.url or args.manifest:
            raise CommandLineError("--warc FILE takes no FILE, --url or --manifest (the WARC names its pages)")
        path = Path(args.warc)
        if not path.is_file():
            raise CommandLineError(f"--warc {path}: no such file")
        if zipfile.is_zipfile(path):
            raise CommandLineError(f"--warc {path}: a WACZ (zip); give a WARC: the <run>.warc.gz "
                                   "beside each feed (the WACZ packages those)")
        if not begins_as_warc(path):
            raise CommandLineError(f"--warc {path}: not a WARC file (no WARC/1.x record at its start)")
        from warcio.exceptions import ArchiveLoadFailed

        try:
            items = extract_warc(path, Path(args.output_dir), args.site)
        except (OSError, ValueError, ArchiveLoadFailed) as error:
            raise CommandLineError(f"--warc {path}: not a readable WARC: {error}") from None
        for item in items:
            emit(item)
        return 1 if any("error" in item for item in items) else 0
    if args.manifest:
        if args.file or args.url:
            raise CommandLineError("--manifest LIST takes no FILE or --url (each line names its own)")
        manifest = Path(args.manifest)
        if not manifest.is_file():
            raise CommandLineError(f"--manifest {manifest}: no such file")
        for file, url, fetched_at, hints in manifest_lines(manifest):
            if file is None:
                emit({"url": url, "error": "bad_manifest_line"})
            else:
                emit(extract_file(file, url, profile, fetched_at, hints))
        return 0
    if not args.file:
        raise CommandLineError("give FILE --url URL, or --manifest LIST")
    path = Path(args.file)
    url = page_url(args.url, path)
    item = extract_file(path, url, profile)
    emit(item)
    return 1 if "error" in item else 0


def cmd_fixtures(args) -> int:
    from .fixtures import FixtureError, record

    site_profile(args.site)   # a known site, or one line and exit 2
    try:
        return record(args.site, args.sources, Path(args.dir), args.accept, project_settings(dict(args.set)))
    except FixtureError as error:
        raise CommandLineError(str(error)) from None
    except OSError as error:   # --dir not writable, a full disk
        raise CommandLineError(f"--dir {args.dir}: {error.strerror or error}"
                               + (f": {error.filename}" if error.filename else "")) from None


def cmd_nightly(args) -> int:
    from . import nightly

    return nightly.run(nightly.Options(
        state_dir=Path(args.state_dir), output_dir=Path(args.output_dir), jobs=args.jobs,
        sites=[name.strip() for name in args.sites.split(",") if name.strip()] if args.sites else None,
        since=args.since, base_urls=dict(args.base_url), settings=dict(args.set),
        registry=Path(args.registry) if args.registry else None, timeout=args.timeout,
        state_url=args.state_url, scrapyd=node_urls(args.scrapyd) if args.scrapyd else None,
        node_grace=args.node_grace))


def node_urls(text: str) -> list[str]:
    """"http://a:6800,http://b:6800" -> the URLs, checked."""
    urls = [url.strip().rstrip("/") for url in text.split(",") if url.strip()]
    if not urls:
        raise CommandLineError("give one or more Scrapyd URLs, separated by commas")
    for url in urls:
        try:
            web_url(url)
        except ValueError as error:
            raise CommandLineError(f"{url}: {error}") from None
    return list(dict.fromkeys(urls))


def database_url(text: str) -> str:
    from .statedb import is_database_url

    if not is_database_url(text):
        raise argparse.ArgumentTypeError(f"expected a postgresql://... URL, got {text!r}")
    return text


def cmd_deploy(args) -> int:
    from .deploy import deploy

    return deploy(node_urls(args.nodes), args.version)


def cmd_state_migrate(args) -> int:
    from .migrate import EXIT_OK, migrate

    code, line = migrate(Path(args.state_dir), args.to)
    print(line, file=sys.stdout if code == EXIT_OK else sys.stderr)
    return code


def cmd_report(args) -> int:
    from .nightly import EXIT_USAGE
    from .report import ReportError, build_report

    try:
        built = build_report(Path(args.output_dir), Path(args.out) if args.out else None)
    except ReportError as error:
        print(f"report: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"report: {built.path}: {built.sites} site(s) from {built.runs} run(s), "
          f"{built.attention} need attention"
          + (f", {built.unreadable} unreadable manifest(s) skipped" if built.unreadable else ""))
    return 0


def cmd_audit(args) -> int:
    from .audit import REPAIRABLE, audit, repair, table
    from .incremental import SiteLeases
    from .state import STATE_FILE, StateLost, StateStore
    from .statedb import describe

    state_url, state_dir = audited_state(args)
    output_dir = Path(args.output_dir)
    where = f"--state-url {describe(state_url)}" if state_url else f"--state-dir {state_dir}"
    try:
        if not StateStore.exists(state_url, state_dir):
            raise CommandLineError(f"{where}: no state there "
                                   + ("(no state tables)" if state_url else f"({STATE_FILE} missing)"))
        if not output_dir.is_dir():
            raise CommandLineError(f"--output-dir {output_dir}: not a folder")
        with StateStore.open(state_url, state_dir) as store:
            leases = SiteLeases(store, state_dir)
            found = audit(store, output_dir, leases)
            if args.repair and found.findings:
                done = repair(store, found.findings, leases)
                left = sum(found.count()[kind] for kind in REPAIRABLE) - sum(done.values())
                print("audit: repaired " + (", ".join(f"{n} {kind}" for kind, n in done.items()) or "nothing")
                      + (f"; {left} left (a crawl holds its site)" if left else ""))
                found = audit(store, output_dir, leases)
                # Lost articles are pending now, which is no damage: the next run exports them.
    except StateLost as error:   # the database does not answer, or stopped answering
        raise CommandLineError(str(error)) from None
    if not found.findings:
        print(f"audit: clean ({found.articles} exported articles, {found.feeds} feeds)")
        return 0
    print(table(found))
    return 1


def audited_state(args) -> tuple[str | None, Path | None]:
    """(STATE_URL, None) or (None, STATE_DIR): the one given, else the
    settings' STATE_URL when set, else their STATE_DIR (as a crawl picks)."""
    if args.state_dir:   # argparse refuses both
        return None, Path(args.state_dir)
    url = args.state_url or setting_value("STATE_URL")
    if url:
        try:
            return database_url(url), None
        except argparse.ArgumentTypeError as error:
            raise CommandLineError(f"the STATE_URL setting: {error}") from None
    if setting_value("STATE_DIR"):
        return None, Path(setting_value("STATE_DIR"))
    raise CommandLineError("give --state-dir or --state-url (the settings set neither STATE_DIR nor STATE_URL)")


def assignment(text: str) -> tuple[str, str]:
    from .nightly import parse_assignment

    try:
        return parse_assignment(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def option_type(rule):
    """A rule of matra_crawler.arguments as an argparse type: its ValueError
    becomes argparse's one-line error, naming the value."""
    def convert(text: str):
        try:
            return rule(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(f"{error}, got {text!r}") from None
    convert.__name__ = rule.__name__
    return convert


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError("expected a number of seconds") from None
    if not value > 0:   # also refuses nan
        raise ValueError("expected a number of seconds above 0")
    return value


def settings_module():
    """The project settings module, imported directly (scrapy's
    get_project_settings needs scrapy.cfg in the working directory)."""
    return importlib.import_module(os.environ.get("SCRAPY_SETTINGS_MODULE", "matra_crawler.settings"))


def setting_value(name: str):
    """A setting's value in the project settings module (None when unset)."""
    return getattr(settings_module(), name, None)


def setting_default(name: str) -> str:
    """A setting's value as an option's default."""
    return str(setting_value(name))


def project_settings(overrides: dict):
    """The project's Scrapy settings, --set NAME=VALUE over them."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule(settings_module(), priority="project")
    settings.update(overrides, priority="cmdline")
    return settings


class ArgumentParser(argparse.ArgumentParser):
    """A usage error is one line (cron mails it), without argparse's usage
    block; --help still prints the usage. Exit 2, as argparse's own."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="python -m matra_crawler")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract saved pages into final items (JSON Lines)")
    extract.add_argument("--site", help="site profile name (default: generic extraction only)")
    extract.add_argument("--url", help="URL the page was fetched from (single-page mode)")
    extract.add_argument("--manifest", help='JSON Lines file of {"file", "url"} to extract in order')
    extract.add_argument("--warc", metavar="FILE.warc.gz",
                         help="re-extract every article response archived in this WARC")
    extract.add_argument("--output-dir", default=setting_default("OUTPUT_DIR"),
                         help="OUTPUT_DIR the items' warc filenames are relative to (default: %(default)s)")
    extract.add_argument("file", nargs="?", help="saved page (.html or .html.gz)")
    extract.set_defaults(handler=cmd_extract)

    fixtures = commands.add_parser("fixtures", help="recorded pages per site and the items they must give")
    fixture_commands = fixtures.add_subparsers(dest="fixtures_command", required=True)
    record = fixture_commands.add_parser(
        "record", help="save pages of a site and write their expected items for review",
        description="Save pages (a URL is fetched over http(s); a FILE is copied, its URL given as FILE=URL "
                    "or read from its rel=canonical) under DIR/SITE/, extract every page of the site and "
                    "show the change in DIR/SITE/expected.jsonl as a diff. Nothing is written unless "
                    "--accept is given; exit 1 when the output changed and was not accepted. A URL of a "
                    "site whose profile says render (read through the browser) is opened in chromium as "
                    "the crawl opens it (its PLAYWRIGHT_* settings, the profile's render_wait) and its "
                    "rendered DOM is saved, not the server's answer. Exit 2 when a page cannot be read "
                    "(no such file, the browser did not start, the page never rendered).")
    record.add_argument("--site", required=True, help="site profile name")
    record.add_argument("--dir", default="tests/sites", help="fixtures folder (default: %(default)s)")
    record.add_argument("--accept", action="store_true", help="write the pages and the new expected output")
    record.add_argument("--set", action="append", type=assignment, default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting for the browser, e.g. PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT=60000 "
                             "(repeatable)")
    record.add_argument("sources", nargs="*", metavar="URL|FILE[=URL]",
                        help="pages to add (none: re-extract the recorded ones and show the diff)")
    record.set_defaults(handler=cmd_fixtures)

    nightly = commands.add_parser(
        "nightly", help="the cron run: crawl every enabled site, write a run manifest",
        description="Crawl every enabled site (per-site spiders and enabled WordPress registry "
                    "portals), one subprocess each; write OUTPUT_DIR/runs/<run-id>.json. Exit 0 "
                    "when all went well, 1 when a site failed or went quiet, 75 when another "
                    "run holds the lock, 2 on a usage or configuration error (a STATE_DIR or "
                    "OUTPUT_DIR that cannot be written included).")
    nightly.add_argument("--sites", help="comma list of sites to crawl (default: every enabled site)")
    nightly.add_argument("--since", type=option_type(day), help="backfill: articles published on or after YYYY-MM-DD")
    nightly.add_argument("--base-url", action="append", type=assignment, default=[], metavar="SITE=URL",
                         help="crawl SITE at URL (a mirror or replica); repeatable")
    nightly.add_argument("--state-dir", default=setting_default("STATE_DIR"),
                         help="STATE_DIR: the incremental state and the lock (default: %(default)s)")
    nightly.add_argument("--output-dir", default=setting_default("OUTPUT_DIR"),
                         help="OUTPUT_DIR: feeds, runs/, logs/ (default: %(default)s)")
    nightly.add_argument("--jobs", type=option_type(positive_int), default=2, help="sites crawled at once (default: 2)")
    nightly.add_argument("--set", action="append", type=assignment, default=[], metavar="NAME=VALUE",
                         help="Scrapy setting passed to every crawl as -s NAME=VALUE; repeatable")
    nightly.add_argument("--registry", help="WordPress registry CSV (default: the bundled one)")
    nightly.add_argument("--timeout", type=option_type(seconds), default=None,
                         help="seconds a crawl may take before it is stopped (default: no limit)")
    # The STATE_URL setting is the default: its crawls would use it anyway, and the lock must be there too.
    nightly.add_argument("--state-url", type=database_url, default=setting_value("STATE_URL"),
                         metavar="postgresql://...",
                         help="keep the state (and the nightly lock) in this PostgreSQL database "
                              "instead of STATE_DIR's SQLite file (default: the STATE_URL setting, when set)")
    nightly.add_argument("--scrapyd", metavar="URL[,URL...]",
                         help="run each site as a job on these Scrapyd nodes (deployed with `deploy`; "
                              "needs --state-url and an OUTPUT_DIR every node writes to); "
                              "--jobs is then the jobs per node")
    nightly.add_argument("--node-grace", type=option_type(seconds), default=None,
                         help="with --scrapyd: seconds a node may not answer before its jobs are "
                              "scheduled elsewhere (default: 20)")
    nightly.set_defaults(handler=cmd_nightly)

    deploy = commands.add_parser(
        "deploy", help="build the project egg and upload it to Scrapyd nodes",
        description="Build the project's egg (the package and its data files) and upload it to each "
                    "node with addversion.json. Exit 1 when a node refused it.")
    deploy.add_argument("nodes", metavar="URL[,URL...]", help="Scrapyd nodes, separated by commas")
    deploy.add_argument("--version", help="version name (default: UTC build time + git commit)")
    deploy.set_defaults(handler=cmd_deploy)

    state = commands.add_parser("state", help="the incremental state")
    state_commands = state.add_subparsers(dest="state_command", required=True)
    migrate = state_commands.add_parser(
        "migrate", help="copy a SQLite state into PostgreSQL",
        description="Copy STATE_DIR's SQLite state into a PostgreSQL database, then compare both "
                    "(row counts, SHA-256 of every row). Rows already there are left alone: running "
                    "it again is safe. Exit 0 when both match, 1 on a difference, 2 on a usage error.")
    migrate.add_argument("--to", required=True, type=database_url, metavar="postgresql://...",
                         help="the database (created tables if missing)")
    migrate.add_argument("--state-dir", default=setting_default("STATE_DIR"),
                         help="STATE_DIR holding state.sqlite3 (default: %(default)s)")
    migrate.set_defaults(handler=cmd_state_migrate)

    report = commands.add_parser(
        "report", help="write the nightly runs as one HTML page (OUTPUT_DIR/report.html)",
        description="Build one self-contained HTML page from the run manifests in "
                    "OUTPUT_DIR/runs/: per site, recent nights as a chart, failures and "
                    "their causes, drift, cost; the sites that need attention first. "
                    "The nightly rebuilds it at the end of every run.")
    report.add_argument("--output-dir", default=setting_default("OUTPUT_DIR"),
                        help="OUTPUT_DIR the nightly wrote into (default: %(default)s)")
    report.add_argument("--out", help="the page to write (default: OUTPUT_DIR/report.html)")
    report.set_defaults(handler=cmd_report)

    audit = commands.add_parser(
        "audit", help="check the incremental state against every feed under OUTPUT_DIR",
        description="Report articles marked exported but in no feed, feed articles the state "
                    "does not know, one version in several feed lines, runs still marked "
                    "running whose crawl is gone, and .part files of killed crawls. Exit 0 "
                    "when clean, 1 with a table when not. --repair puts lost articles back "
                    "to pending (the next run exports them), closes stale runs and removes "
                    "the .part files. The state is STATE_DIR's SQLite file, or the PostgreSQL "
                    "database of --state-url; a site a live crawl holds is left to it.")
    state_given = audit.add_mutually_exclusive_group()
    state_given.add_argument("--state-dir", help=f"the SQLite state of this STATE_DIR (default: the "
                                                 f"STATE_DIR setting, {setting_default('STATE_DIR')}, "
                                                 "unless STATE_URL is set)")
    state_given.add_argument("--state-url", type=database_url, metavar="postgresql://...",
                             help="the state in this PostgreSQL database, shared by the crawls of "
                                  "many machines (default: the STATE_URL setting, when set)")
    audit.add_argument("--output-dir", default=setting_default("OUTPUT_DIR"),
                       help="OUTPUT_DIR the feeds are under (default: %(default)s)")
    audit.add_argument("--repair", action="store_true", help="mend what can be mended, then audit again")
    audit.set_defaults(handler=cmd_audit)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except CommandLineError as error:
        parser.exit(2, f"{parser.prog} {args.command}: error: {error}\n")
