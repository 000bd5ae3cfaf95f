#!/usr/bin/env python3
"""Extraction speed: pages per second through extraction AND every processing
step (what `python -m matra_crawler extract` runs: extract_article, then the
steps of processing.STEPS), beside trafilatura on the same pages in the same run.

    .venv/bin/python benchmarks/extraction_speed.py [--replica 300] [--pages DIR]
                                                    [--repeat 3] [--profile] [--top 30]

Two corpora:
  replica     N Matra replica article pages rendered in memory (the hand-written
              articles first, then generated ones), with the matra site profile
  --pages     real saved pages, with no profile: the generic extraction a new
              site gets. Not part of this repository (they are others' pages):
              the article-extraction-benchmark (git clone
              https://github.com/scrapinghub/article-extraction-benchmark, then
              --pages article-extraction-benchmark), a news-pages folder
              (pages/*.html.gz with truth.jsonl), or any folder of *.html.gz.
              Without --pages this corpus is skipped, with one line saying so.

trafilatura runs as score.py runs it (bare_extraction(str, url, with_metadata=True)):
body plus title, date and authors, the same job. Each side runs --repeat times,
alternating, and the best pass counts (the machine is shared; the best pass is
the one least disturbed). pages/s counts every page, also the ones an extractor
rejects; "items" is how many came out as final items.

--profile adds where our time goes: milliseconds per stage (no profiler
running), a cProfile top list by cumulative time, self time by package, and
the two costs the issue names (dateparser, parsing one document twice).
Figures only, never assertions: see benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import sys
import time
import warnings
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from matra_crawler.processing import STEPS  # noqa: E402
from matra_crawler.extraction import extract_article  # noqa: E402
from matra_crawler.extraction.html import decode_html, parse_html  # noqa: E402
from matra_crawler.sites import get_profile  # noqa: E402

SUITE_HINT = ("real saved pages are not part of this repository: git clone "
              "https://github.com/scrapinghub/article-extraction-benchmark and give "
              "--pages article-extraction-benchmark (or any folder of *.html.gz)")
REPLICA_BASE = "http://127.0.0.1:8000"


class Corpus:
    def __init__(self, name: str, pages: list[tuple[bytes, str]], profile):
        self.name, self.pages, self.profile = name, pages, profile


def replica_corpus(n: int) -> Corpus:
    """n replica article pages, rendered by the replica's own site route."""
    from tests.replica import matra

    site = matra.build_site(matra.site_articles(n))
    site.bind(REPLICA_BASE)
    pages = []
    for entry in site.entries:
        response = site(entry.path)
        if response.status != 200:
            raise SystemExit(f"replica answered {response.status} for {entry.path}")
        pages.append((response.body, site.url(entry.path)))
    return Corpus("replica", pages, get_profile("matra"))


def saved_pages(folder: Path) -> list[tuple[Path, str]]:
    """(page, the URL it was fetched from) of a saved-page suite: news-pages
    (truth.jsonl), the article-extraction-benchmark (ground-truth.json: id ->
    url), else every *.html.gz below `folder` (its file: URL standing in)."""
    truth, aeb = folder / "truth.jsonl", folder / "ground-truth.json"
    if truth.is_file():
        entries = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [(folder / e["file"], e["url"]) for e in entries]
    if aeb.is_file():
        entries = json.loads(aeb.read_text(encoding="utf-8"))
        return [(folder / "html" / f"{key}.html.gz", e["url"]) for key, e in sorted(entries.items())]
    return [(path, path.resolve().as_uri()) for path in sorted(folder.rglob("*.html.gz"))]


def saved_pages_corpus(folder: Path, files: list[tuple[Path, str]]) -> Corpus:
    return Corpus(folder.resolve().name, [(gzip.decompress(path.read_bytes()), url) for path, url in files], None)


# --------------------------------------------------------------- extractors
def run_ours(corpus: Corpus, steps, fetched_at: datetime) -> int:
    """Final items of the corpus, as the extract command makes them; returns how many came out."""
    items = 0
    for html, url in corpus.pages:
        try:
            item = extract_article(html, url, corpus.profile, fetched_at=fetched_at)
            for step in steps:
                item = step(item)
        except Exception:  # NoArticle, Dropped: the page counts, the item does not
            continue
        items += 1
    return items


def run_trafilatura(corpus: Corpus) -> int:
    from trafilatura import bare_extraction

    items = 0
    for html, url in corpus.pages:
        # score.py's baseline call: decoded text, metadata on
        document = bare_extraction(html.decode("utf-8", errors="replace"), url=url, with_metadata=True)
        items += document is not None and bool(document.text)
    return items


def timed(run) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, result) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def measure(corpus: Corpus, steps, repeat: int) -> dict:
    fetched_at = datetime.now(timezone.utc)
    warm = Corpus(corpus.name, corpus.pages[:20], corpus.profile)
    run_ours(warm, steps, fetched_at)  # imports, compiled selectors, caches
    run_trafilatura(warm)
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(timed(lambda: run_ours(corpus, steps, fetched_at)))
        theirs.append(timed(lambda: run_trafilatura(corpus)))
    n = len(corpus.pages)
    best_ours, best_theirs = min(ours), min(theirs)
    cpu_ours, cpu_theirs = min(t[1] for t in ours), min(t[1] for t in theirs)
    return {"corpus": corpus.name, "pages": n, "items": best_ours[2], "trafilatura_docs": best_theirs[2],
            "ours_pps": n / best_ours[0], "traf_pps": n / best_theirs[0],
            "ours_cpu_pps": n / cpu_ours, "traf_cpu_pps": n / cpu_theirs}


def results_table(rows: list[dict]) -> str:
    lines = ["| corpus | pages | items out | ours pages/s | trafilatura pages/s | ratio (wall) "
             "| ratio (CPU) | ours ms/page | trafilatura ms/page |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['corpus']} | {r['pages']} | {r['items']} | {r['ours_pps']:.0f} | {r['traf_pps']:.0f} "
                     f"| {r['ours_pps'] / r['traf_pps']:.2f}x | {r['ours_cpu_pps'] / r['traf_cpu_pps']:.2f}x "
                     f"| {1000 / r['ours_pps']:.1f} | {1000 / r['traf_pps']:.1f} |")
    return "\n".join(lines)


# --------------------------------------------------------------- profile
def stage_table(corpus: Corpus, steps, repeat: int) -> str:
    """Milliseconds per page of each stage, no profiler running, the best of
    `repeat` passes per stage. Parsing is timed apart (a second parse, for
    measuring only); extract_article's figure includes its own one parse."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        totals = stage_pass(corpus, steps)
        best = {name: min(seconds, best.get(name, seconds)) for name, seconds in totals.items()}
    whole = sum(v for k, v in best.items() if not k.startswith("(of which"))
    n = len(corpus.pages)
    lines = [f"| stage ({corpus.name}) | ms/page | share |", "|---|---:|---:|"]
    for name, seconds in best.items():
        lines.append(f"| {name} | {1000 * seconds / n:.2f} | {100 * seconds / whole:.0f}% |")
    lines.append(f"| total | {1000 * whole / n:.2f} | 100% |")
    return "\n".join(lines)


def stage_pass(corpus: Corpus, steps) -> dict[str, float]:
    fetched_at = datetime.now(timezone.utc)
    totals: dict[str, float] = defaultdict(float)
    for html, url in corpus.pages:
        start = time.perf_counter()
        parse_html(decode_html(html))
        totals["(of which: decode + parse, once)"] += time.perf_counter() - start
        start = time.perf_counter()
        try:
            item = extract_article(html, url, corpus.profile, fetched_at=fetched_at)
        except Exception:
            totals["extract_article"] += time.perf_counter() - start
            continue
        totals["extract_article"] += time.perf_counter() - start
        for step in steps:
            name = getattr(step, "__name__", "step")
            name = "(no-op adapters)" if name == "<lambda>" else name
            start = time.perf_counter()
            try:
                item = step(item)
            except Exception:
                totals[name] += time.perf_counter() - start
                break
            totals[name] += time.perf_counter() - start
    return totals


def bucket(filename: str, function: str) -> str:
    """The package a profiled function belongs to (C calls by the object they run on)."""
    if filename == "~":
        if "lxml" in function:
            return "lxml (C)"
        if "re.Pattern" in function or "_sre" in function:
            return "re (C)"
        return "builtins (C)"
    path = filename.replace("\\", "/")
    for part in ("matra_crawler/extraction", "matra_crawler/normalize"):
        if part in path:
            return part.replace("/", ".")
    if "matra_crawler/" in path:
        return "matra_crawler (processing, items)"
    if "site-packages/" in path:
        package = path.split("site-packages/", 1)[1].split("/", 1)[0]
        return package.removesuffix(".py")
    return "python stdlib" if "/lib/python" in path else "other"


def profile_report(corpus: Corpus, steps, top: int) -> str:
    fetched_at = datetime.now(timezone.utc)
    profiler = cProfile.Profile()
    profiler.enable()
    run_ours(corpus, steps, fetched_at)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    n = len(corpus.pages)

    out = [f"### {corpus.name}: cProfile, top {top} by cumulative time ({n} pages, "
           f"{1000 * total / n:.1f} ms/page under the profiler)", "", "```"]
    import io

    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats("cumulative").print_stats(top)
    out += [line for line in buffer.getvalue().splitlines() if line.strip()][3:]
    out += ["```", ""]

    # Self time by package: where the CPU actually goes.
    by_package: dict[str, float] = defaultdict(float)
    for (filename, _, function), (_, _, tottime, _, _) in stats.stats.items():
        by_package[bucket(filename, function)] += tottime
    out += [f"| self time by package ({corpus.name}) | share |", "|---|---:|"]
    for name, seconds in sorted(by_package.items(), key=lambda kv: -kv[1])[:12]:
        out.append(f"| {name} | {100 * seconds / total:.1f}% |")
    out.append("")

    # The costs the issue names.
    def cumulative(match) -> tuple[int, float]:
        calls, seconds = 0, 0.0
        for (filename, _, function), (_, ncalls, _, cumtime, _) in stats.stats.items():
            if match(filename.replace("\\", "/"), function):
                calls, seconds = calls + ncalls, max(seconds, cumtime)  # outermost call's cumulative
        return calls, seconds

    dateparser_calls, dateparser_time = cumulative(
        lambda f, fn: f.endswith("matra_crawler/normalize/dates.py") and fn == "_parse_with_dateparser")
    parse_calls = sum(ncalls for (f, _, fn), (_, ncalls, _, _, _) in stats.stats.items()
                      if (fn in ("document_fromstring", "fragment_fromstring") and "lxml/html" in f)
                      or (f == "~" and fn in ("<built-in method lxml.etree.fromstring>",
                                              "<built-in method lxml.etree.HTML>",
                                              "<built-in method lxml.etree.XML>")))
    ours_parse = sum(ncalls for (f, _, fn), (_, ncalls, _, _, _) in stats.stats.items()
                     if fn == "parse_html" and f.endswith("matra_crawler/extraction/html.py"))
    copies = sum(ncalls for (f, _, fn), (_, ncalls, _, _, _) in stats.stats.items()
                 if fn in ("copy", "deepcopy") and f.endswith("/copy.py"))
    trafilatura_calls, trafilatura_time = cumulative(
        lambda f, fn: "site-packages/trafilatura/core.py" in f and fn == "bare_extraction")
    htmldate_calls, htmldate_time = cumulative(
        lambda f, fn: "site-packages/htmldate/core.py" in f and fn == "find_date")
    jsonschema_calls, jsonschema_time = cumulative(
        lambda f, fn: f.endswith("matra_crawler/items.py") and fn == "schema_errors")
    out += [f"| cost ({corpus.name}) | calls per page | share of time |", "|---|---:|---:|",
            f"| dateparser (normalize.dates._parse_with_dateparser) | {dateparser_calls / n:.2f} "
            f"| {100 * dateparser_time / total:.1f}% |",
            f"| HTML parses (lxml document/fragment_fromstring, etree.fromstring) | {parse_calls / n:.2f} "
            f"| – |",
            f"| ... of which ours (extraction.html.parse_html) | {ours_parse / n:.2f} | – |",
            f"| tree copies (copy.copy/deepcopy, mostly trafilatura's) | {copies / n:.2f} | – |",
            f"| trafilatura.bare_extraction inside our generic path | {trafilatura_calls / n:.2f} "
            f"| {100 * trafilatura_time / total:.1f}% |",
            f"| htmldate.find_date (last-resort date) | {htmldate_calls / n:.2f} "
            f"| {100 * htmldate_time / total:.1f}% |",
            f"| JSON Schema validation (items.schema_errors) | {jsonschema_calls / n:.2f} "
            f"| {100 * jsonschema_time / total:.1f}% |", ""]
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replica", type=int, default=300, metavar="N",
                        help="replica article pages to render (0: skip; default %(default)s)")
    parser.add_argument("--pages", type=Path, metavar="DIR",
                        help="real saved pages: the article-extraction-benchmark's folder, a news-pages "
                             "folder (pages/*.html.gz, truth.jsonl) or any folder of *.html.gz "
                             "(default: none, the corpus is skipped)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per side (best counts)")
    parser.add_argument("--profile", action="store_true", help="show where our time goes")
    parser.add_argument("--top", type=int, default=30, help="rows of the cProfile list")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")  # trafilatura's and htmldate's deprecation chatter

    corpora = []
    if args.pages is None:
        print(f"saved pages skipped: {SUITE_HINT}", file=sys.stderr)
    else:
        files = saved_pages(args.pages) if args.pages.is_dir() else []
        if not files:
            parser.exit(2, f"{parser.prog}: error: --pages {args.pages}: no saved pages (*.html.gz) "
                           f"there; {SUITE_HINT}\n")
        corpora.append(saved_pages_corpus(args.pages, files))
    if args.replica:
        corpora.insert(0, replica_corpus(args.replica))
    if not corpora:
        return 0   # nothing asked for but the skipped pages
    steps = STEPS
    rows = [measure(corpus, steps, args.repeat) for corpus in corpora]
    print(results_table(rows))
    if args.profile:
        for corpus in corpora:
            print()
            print(stage_table(corpus, steps, args.repeat))
            print()
            print(profile_report(corpus, steps, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
