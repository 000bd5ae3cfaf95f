"""`python -m matra_crawler report`: the run report page.

Built from manifests generated here as nightly writes them (several nights;
one site failing with a cause, one quiet, one drifting, one going well),
checked as logic (tables of cases), as HTML, and as a page rendered by
headless chromium (the chart drew, no console errors, no request leaves the
disk). The screenshot is kept as output/report-screenshot.png.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.browser import CHROMIUM, needs_chromium

from matra_crawler import report
from matra_crawler.nightly import EXIT_OK, EXIT_USAGE, site_result, write_json_atomic
from matra_crawler.report import (DRIFT, FAILED, QUIET, RECENT_NIGHTS, Night, attention_rank,
                                  bar_chart, build_report, check_manifest, count, drift_fields,
                                  format_time, href, rebase, render_page, summarize,
                                  summarize_site)
from tests.crawling import FAST, ROOT
from tests.replica import matra
from tests.replica.server import Replica
from tests.test_nightly import progress_lines

SCREENSHOT = ROOT / "output" / "report-screenshot.png"
FIRST_NIGHT = datetime(2026, 1, 1, 2, 15, tzinfo=timezone.utc)
NOW = datetime(2026, 1, 20, 8, 0, tzinfo=timezone.utc)
# A cause with markup in it: the page must show it as text.
DNS_CAUSE = 'DNS lookup failed for host <b>jambi.tribunnews.com</b> & "www"'


# ------------------------------------------------------ generated manifests
def run_id(night: int) -> str:
    return (FIRST_NIGHT + timedelta(days=night)).strftime("%Y%m%dT%H%M%SZ")


def stamp(night: int) -> str:
    return (FIRST_NIGHT + timedelta(days=night)).strftime("%Y-%m-%dT%H:%M:%SZ")


def site_entry(out: Path, night: int, site: str, *, status="ok", problems=(), new=0, updated=0,
               dropped=0, requests=None, drift: dict | None = None) -> dict:
    """A manifest entry as nightly writes it (through its own site_result),
    with the crawl's stats file and feed on disk."""
    logs = out / "logs" / run_id(night)
    logs.mkdir(parents=True, exist_ok=True)
    feed = out / site / f"{run_id(night)}.jsonl"
    stats = {"state/new": new, "state/updated": updated, "item_scraped_count": new + updated,
             "downloader/request_count": requests if requests is not None else new + updated + 2,
             "finish_reason": "finished", "feed/path": str(feed) if new + updated else None,
             **({"item_dropped_reasons/no_article": dropped} if dropped else {}),
             **{f"drift/{site}/{field}": share for field, share in (drift or {}).items()}}
    if new + updated:
        feed.parent.mkdir(parents=True, exist_ok=True)
        feed.write_text("{}\n" * (new + updated), encoding="utf-8")
    stats_file = logs / f"{site}.stats.json"
    stats_file.write_text(json.dumps(stats), encoding="utf-8")
    return {"status": status, "problems": list(problems), "spider": site, "args": {},
            **site_result(stats), "exit_code": 0, "started_at": stamp(night),
            "finished_at": stamp(night), "duration_seconds": 12.5,
            "log": str(logs / f"{site}.log"), "stats_file": str(stats_file)}


def write_manifest(out: Path, night: int, sites: dict, **fields) -> Path:
    path = out / "runs" / f"{run_id(night)}.json"
    write_json_atomic(path, {
        "run_id": run_id(night), "started_at": stamp(night), "finished_at": stamp(night),
        "status": "ok", "exit_code": 0, "interrupted": None, "summary": "...", "since": None,
        "state_dir": str(out / "state"), "output_dir": str(out),
        "logs": str(out / "logs" / run_id(night)), "sites": sites, **fields})
    return path


NIGHTS = 16                              # more than one chart holds
MATRA_NEW = [5 + (night * 7) % 11 for night in range(NIGHTS)]
MATRA_PEAK_NIGHT = max(range(NIGHTS - RECENT_NIGHTS, NIGHTS), key=lambda n: MATRA_NEW[n])


def write_history(out: Path) -> None:
    """16 nights of matra (always well); the others join on night 12:
    tribunjambi fails on the last two nights, jambiupdate is quiet on the
    last, antarajambi drifts on the last. Plus an unreadable manifest and a
    run killed before its site finished."""
    for night in range(NIGHTS):
        last = night == NIGHTS - 1
        sites = {"matra": site_entry(out, night, "matra", new=MATRA_NEW[night], updated=night % 3,
                                     dropped=1 if night % 4 == 0 else 0)}
        if night >= 12:
            failing = night >= NIGHTS - 2
            sites["tribunjambi"] = site_entry(
                out, night, "tribunjambi", new=0 if failing else 6, requests=3 if failing else None,
                status="failed" if failing else "ok",
                problems=[DNS_CAUSE, "3 ERROR log lines"] if failing else [])
            sites["jambiupdate"] = site_entry(
                out, night, "jambiupdate", new=0 if last else 4, status="quiet" if last else "ok",
                problems=["nothing new or updated, though 3 of its last 3 runs had new articles"]
                if last else [])
            sites["antarajambi"] = site_entry(out, night, "antarajambi", new=7,
                                              drift={"body": 0.4} if last else None)
        write_manifest(out, night, sites)
    (out / "runs" / "20251231T021500Z.json").write_text("{ not json", encoding="utf-8")
    write_manifest(out, NIGHTS, {"matra": {"status": "pending"}}, finished_at=None, status="running")


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "out"
    write_history(out)
    return out


@pytest.fixture(scope="module")
def built(history):
    return build_report(history, now=NOW)


# ------------------------------------------------------------ pure pieces
def night(status="ok", new=0, updated=0, dropped=0, items=None, requests=0, problems=(), number=0,
          **paths) -> Night:
    return Night(run_id=run_id(number), started_at=stamp(number), status=status,
                 problems=tuple(problems), new=new, updated=updated, dropped=dropped,
                 items=new + updated if items is None else items, requests=requests, since=None,
                 manifest=paths.get("manifest"), feed=paths.get("feed"), log=paths.get("log"),
                 stats_file=None)


@pytest.mark.parametrize("data,error", [
    ({"run_id": "20260101T021500Z", "sites": {}}, None),
    ({"run_id": "20260101T021500Z", "sites": {"matra": {"status": "ok"}}}, None),
    ([], "not a JSON object"),
    ({"sites": {}}, "no run_id"),
    ({"run_id": "", "sites": {}}, "no run_id"),
    ({"run_id": 7, "sites": {}}, "no run_id"),
    ({"run_id": "x"}, "no sites object"),
    ({"run_id": "x", "sites": ["matra"]}, "no sites object"),
    ({"run_id": "x", "sites": {"matra": "ok"}}, "no sites object"),
])
def test_check_manifest(data, error):
    if error is None:
        assert check_manifest(data) is data
    else:
        with pytest.raises(ValueError, match=error):
            check_manifest(data)


@pytest.mark.parametrize("value,expected", [
    (7, 7), (0, 0), (-3, 0), (None, 0), ("12", 0), (True, 0), (2.5, 0),
    ({"no_article": 2, "schema_invalid": 1}, 3), ({}, 0), ({"x": "bad", "y": 4}, 4),
])
def test_count(value, expected):
    assert count(value) == expected


@pytest.mark.parametrize("path,old_root,expected", [
    ("/srv/m/output/matra/a.jsonl", "/srv/m/output", "/new/out/matra/a.jsonl"),   # folder moved
    ("/srv/m/output/runs/r.json", "/srv/m/output/", "/new/out/runs/r.json"),
    ("/elsewhere/feed.jsonl", "/srv/m/output", "/elsewhere/feed.jsonl"),         # kept as it is
    ("/srv/m/output-old/x.jsonl", "/srv/m/output", "/srv/m/output-old/x.jsonl"),  # a sibling, not inside
    ("/srv/m/output/x.jsonl", None, "/srv/m/output/x.jsonl"),
    ("matra/a.jsonl", "/srv/m/output", None),                                     # not as nightly writes it
    ("javascript:alert(1)", "/srv/m/output", None),
    (None, "/srv/m/output", None),
    (42, "/srv/m/output", None),
])
def test_rebase(path, old_root, expected):
    assert rebase(path, old_root, Path("/new/out")) == expected


@pytest.mark.parametrize("path,expected", [
    ("/out/matra/20260101T021500Z.jsonl", "matra/20260101T021500Z.jsonl"),
    ("/out/runs/x.json", "runs/x.json"),
    ("/elsewhere/f.jsonl", "../elsewhere/f.jsonl"),
    ("/out/a b/#1?.jsonl", "a%20b/%231%3F.jsonl"),        # never a fragment or a query
    ("/out/javascript:alert(1)", "javascript%3Aalert%281%29"),   # never a scheme
    (None, None),
])
def test_href(path, expected):
    assert href(path, Path("/out")) == expected


@pytest.mark.parametrize("stats,expected", [
    ({"drift/antarajambi/body": 0.4, "drift/antarajambi/title": 0.712}, {"body": 0.4, "title": 0.712}),
    ({"drift/detailid/authors": 0}, {"authors": 0.0}),
    ({"field_source/matra/body/site": 12, "state/new": 3}, {}),
    ({"drift/odd": 0.5, "drift/x/body": "low"}, {}),
    ({}, {}),
    (None, {}),
])
def test_drift_fields(stats, expected):
    assert drift_fields(stats) == expected


@pytest.mark.parametrize("statuses,drift,attention,last_success", [
    (["ok", "ok", "ok"], {}, (), 2),
    (["ok", "ok", "failed"], {}, (FAILED,), 1),
    (["ok", "failed", "ok"], {}, (), 2),                 # recovered: no longer on top
    (["ok", "not_run"], {}, (FAILED,), 0),
    (["ok", "ok", "quiet"], {}, (QUIET,), 2),            # a quiet crawl itself went well
    (["quiet", "ok"], {}, (), 1),
    (["ok", "ok"], {"body": 0.4}, (DRIFT,), 1),
    (["ok", "failed"], {"body": 0.4}, (FAILED, DRIFT), 0),
    (["failed", "failed"], {}, (FAILED,), None),         # never went well
])
def test_summarize_site_attention_and_last_success(statuses, drift, attention, last_success):
    history = [night(status, number=number) for number, status in enumerate(statuses)]
    summary = summarize_site("matra", history, drift)
    assert summary.attention == attention
    assert summary.last_success == (None if last_success is None else history[last_success])
    assert summary.latest == history[-1]


@pytest.mark.parametrize("statuses,failures", [
    (["ok"] * 3, []),
    (["failed", "ok", "not_run", "quiet"], [2, 0]),              # newest first
    (["failed"] * 9, [8, 7, 6, 5, 4]),                           # the last RECENT_FAILURES
    (["failed"] + ["ok"] * RECENT_NIGHTS, []),                   # older than the chart
])
def test_recent_failures(statuses, failures):
    history = [night(status, number=number) for number, status in enumerate(statuses)]
    summary = summarize_site("matra", history, {})
    assert list(summary.failures) == [history[index] for index in failures]
    assert len(summary.nights) == min(len(statuses), RECENT_NIGHTS)


@pytest.mark.parametrize("nights,expected", [
    ([night(new=10, requests=12)], 1.2),
    ([night(new=10, requests=12), night(new=0, requests=2)], 1.4),   # over the recent nights
    ([night(new=0, requests=2)], None),                               # nothing exported
    ([night(new=5, items=0, requests=2)], None),                      # items is what went out
])
def test_requests_per_article(nights, expected):
    assert summarize_site("matra", nights, {}).requests_per_article == expected


def test_sites_needing_attention_come_first_most_urgent_first():
    histories = {
        "a_well": [night("ok")],
        "b_drift": [night("ok")],
        "c_quiet": [night("quiet")],
        "d_failed": [night("failed")],
        "e_quiet_and_drift": [night("quiet")],
        "f_not_run": [night("not_run")],
    }
    drifts = {"b_drift": {"body": 0.3}, "e_quiet_and_drift": {"title": 0.5}}
    order = [summary.name for summary in summarize(histories, drifts)]
    assert order == ["d_failed", "f_not_run", "c_quiet", "e_quiet_and_drift", "b_drift", "a_well"]
    assert attention_rank(summarize_site("x", [night("ok")], {}))[0] == 3


@pytest.mark.parametrize("text,expected", [
    ("2026-01-02T02:15:00Z", "2026-01-02 02:15 UTC"),
    ("2026-01-02T09:15:00+07:00", "2026-01-02 02:15 UTC"),
    ("20260102T021500Z", "2026-01-02 02:15 UTC"),
    ("20260102T021500Z_02", "2026-01-02 02:15 UTC"),
    ("yesterday", "yesterday"),
    ("", ""),
])
def test_format_time(text, expected):
    assert format_time(text) == expected


def chart_of(nights) -> ET.Element:
    return ET.fromstring(ET.tostring(bar_chart(tuple(nights), Path("/out"))))


def bar_heights(chart: ET.Element, series: str) -> list[float]:
    return [float(rect.get("height")) for rect in chart.iter("rect")
            if f"bar-{series}" in rect.get("class").split()]


@pytest.mark.parametrize("counts,heights", [
    # (new, updated, dropped) per night -> the new bars' heights (the peak total fills 80 units)
    ([(10, 0, 0), (5, 0, 0)], [80.0, 40.0]),
    ([(2, 1, 1), (1, 0, 0)], [40.0, 20.0]),
    ([(0, 0, 0)], [0.0]),                          # a night without news: no bar, no division by zero
    ([(3, 0, 0)] * 20, [80.0] * RECENT_NIGHTS),    # the caller passes at most RECENT_NIGHTS; shown as given
])
def test_bar_chart_has_one_stacked_bar_per_night(counts, heights):
    nights = [night(new=n, updated=u, dropped=d, number=i) for i, (n, u, d) in enumerate(counts)]
    nights = nights[-RECENT_NIGHTS:]
    chart = chart_of(nights)
    groups = [g for g in chart.iter("g") if g.get("class") == "night"]
    assert len(groups) == len(nights)
    assert bar_heights(chart, "new") == heights
    assert all(len(bar_heights(chart, series)) == len(nights) for series in report.SERIES)
    # Stacked: each night's segments add up to its total on the same scale.
    peak = max(n + u + d for n, u, d in counts[-RECENT_NIGHTS:]) or 1
    totals = [sum(values) for values in zip(*(bar_heights(chart, s) for s in report.SERIES))]
    assert totals == pytest.approx([(n + u + d) / peak * 80 for n, u, d in counts[-RECENT_NIGHTS:]], abs=0.2)


def test_bar_chart_marks_each_night_by_status_and_links_its_manifest():
    nights = [night("ok", new=3, number=0, manifest="/out/runs/a.json"),
              night("failed", problems=["connection refused"], number=1, manifest="/out/runs/b.json")]
    chart = chart_of(nights)
    assert [rect.get("class") for rect in chart.iter("rect") if "status" in rect.get("class")] == \
        ["status status-ok", "status status-failed"]
    assert [a.get("href") for a in chart.iter("a")] == ["runs/a.json", "runs/b.json"]
    titles = [title.text for title in chart.iter("title")]
    assert "3 new" in titles[0] and "connection refused" in titles[1]


def page_of(summaries, **options) -> str:
    return render_page(summaries, runs=options.get("runs", 1), unreadable=options.get("unreadable", []),
                       generated_at=NOW, runs_dir=Path("/out/runs"), report_dir=Path("/out"))


@pytest.mark.parametrize("name,problem,raw,shown", [
    ("<script>alert(1)</script>", "x", "<script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("matra", "HTTP 403 <title>Just a moment</title>", "<title>Just", "&lt;title&gt;Just a moment"),
    ("matra", 'refused & "closed"', "& \"", "&amp; \"closed\""),
    ('a"onmouseover="alert(1)', "x", 'id="site-a"onmouseover', "a\"onmouseover=\"alert(1)"),
])
def test_text_from_manifests_is_escaped(name, problem, raw, shown):
    summary = summarize_site(name, [night("failed", problems=[problem])], {})
    page = page_of([summary])
    assert raw not in page and shown in page
    assert page.count("<script") == 0


def test_no_runs_yet():
    page = page_of([], runs=0)
    assert "No nightly runs yet" in page and "<svg" not in page


# ------------------------------------------------------ the page from files
def section_order(page: str) -> list[str]:
    return [part.split('"', 1)[0] for part in page.split('<section class="site')[1:]
            for part in [part.split('id="site-', 1)[1]]]


def test_report_from_manifests(history, built):
    page = built.path.read_text(encoding="utf-8")
    assert built.path == history.resolve() / "report.html"
    assert (built.runs, built.sites, built.attention, built.unreadable) == (NIGHTS + 1, 4, 3, 1)
    assert section_order(page) == ["tribunjambi", "jambiupdate", "antarajambi", "matra"]
    assert "Needs attention (3 of 4 sites)" in page
    assert "1 unreadable manifest skipped: 20251231T021500Z.json" in page
    assert "template drift: only 40% of the articles had their body" in page
    assert "DNS lookup failed for host &lt;b&gt;jambi.tribunnews.com&lt;/b&gt; &amp; \"www\"" in page
    # Last success of the failing site: the night before its two failures.
    tribun = page.split('id="site-tribunjambi"')[1].split("</section>")[0]
    assert f"<dt>Last success</dt><dd>{format_time(stamp(NIGHTS - 3))}</dd>" in tribun
    assert "Recent failures (2)" in tribun
    # Links are relative and point at files that are there.
    matra_part = page.split('id="site-matra"')[1].split("</section>")[0]
    assert f'href="matra/{run_id(NIGHTS - 1)}.jsonl"' in matra_part
    assert f'href="runs/{run_id(NIGHTS - 1)}.json"' in matra_part
    for target in ("matra/" + run_id(NIGHTS - 1) + ".jsonl", "runs/" + run_id(NIGHTS - 1) + ".json"):
        assert (history / target).exists()
    assert "http://" not in page and "https://" not in page   # nothing to fetch


def test_links_and_drift_follow_a_moved_output_folder(tmp_path):
    write_history(tmp_path / "before")
    moved = (tmp_path / "before").rename(tmp_path / "after")
    page = build_report(moved, now=NOW).path.read_text(encoding="utf-8")
    assert "template drift" in page            # read from the stats file where it is now
    links = [part.split('"', 1)[0] for part in page.split('href="')[1:]]
    assert f"matra/{run_id(NIGHTS - 1)}.jsonl" in links
    assert not [link for link in links if link.startswith("..") or "before" in link]


@pytest.mark.parametrize("make_runs", [
    None,                                                  # no runs/ folder at all
    lambda runs: runs.mkdir(),                             # an empty one
])
def test_missing_or_empty_runs_folder(tmp_path, make_runs):
    if make_runs:
        make_runs(tmp_path / "runs")
    done = run_report("--output-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "0 site(s) from 0 run(s)" in done.stdout
    assert "No nightly runs yet" in (tmp_path / "report.html").read_text(encoding="utf-8")


# --------------------------------------------------------------------- CLI
def run_report(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "matra_crawler", "report", *args],
                          cwd=cwd or ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_cli_writes_the_page_where_asked(history, tmp_path):
    out = tmp_path / "pages" / "nightly.html"
    done = run_report("--output-dir", str(history), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (f"report: {out}: 4 site(s) from {NIGHTS + 1} run(s), 3 need attention, "
                                   "1 unreadable manifest(s) skipped")
    # Links are relative to where the page is.
    manifest = history.resolve() / "runs" / f"{run_id(NIGHTS - 1)}.json"
    assert f'href="{os.path.relpath(manifest, out.parent)}"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args,message", [
    (["--output-dir", "{tmp}/nosuch"], "report: output folder {tmp}/nosuch does not exist"),
    (["--output-dir", "{tmp}/a-file"], "report: {tmp}/a-file is not a folder"),
    (["--output-dir", "{tmp}", "--out", "{tmp}/a-file/report.html"], "report: cannot write {tmp}/a-file/report.html"),
])
def test_cli_bad_output_dir_one_line_no_traceback(tmp_path, args, message):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    done = run_report(*[arg.format(tmp=tmp_path) for arg in args])
    assert done.returncode == EXIT_USAGE
    (line,) = done.stderr.splitlines()
    assert line.startswith(message.format(tmp=tmp_path))
    assert "Traceback" not in done.stderr + done.stdout and done.stdout == ""


# ----------------------------------------------------------------- nightly
def test_the_nightly_refreshes_the_report_and_a_failure_to_write_it_changes_nothing(tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "matra_crawler", "nightly", "--sites", "matra",
               "--state-dir", str(tmp_path / "state"), "--output-dir", str(out)]
    for name, value in FAST.items():
        command += ["--set", f"{name}={value}"]
    with Replica(matra.build_site()) as replica:
        command += ["--base-url", f"matra={replica.base_url}"]
        first = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=180,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert first.returncode == EXIT_OK, first.stderr
        page = (out / "report.html").read_text(encoding="utf-8")
        assert 'id="site-matra"' in page and f"{len(matra.ARTICLES)} new" in page
        # A report that cannot be written (a folder in its place): same exit, same output, one warning.
        (out / "report.html").unlink()
        (out / "report.html").mkdir()
        second = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=180,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert second.returncode == EXIT_OK, second.stderr
    # The summary line, beside the per-site progress lines: the report's failure adds nothing.
    assert second.stderr == "" and len(second.stdout.splitlines()) == len(progress_lines(second.stdout)) + 1
    (run_log,) = sorted((out / "logs").glob("*/nightly.log"))[-1:]
    warnings = [line for line in run_log.read_text(encoding="utf-8").splitlines() if " WARNING " in line]
    assert len(warnings) == 1 and "report not written" in warnings[0]


# ----------------------------------------------------------------- browser
browser_only = needs_chromium("render the report")


@pytest.fixture(scope="module")
def rendered(built, tmp_path_factory):
    """The page as chromium renders it: (page facts, console errors, page
    errors, requests that were not to the disk)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    console, page_errors, outside = [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on("console", lambda message: message.type == "error" and console.append(message.text))
            page.on("pageerror", lambda error: page_errors.append(str(error)))
            page.on("request", lambda request: request.url.startswith(("file:", "data:"))
                    or outside.append(request.url))
            page.goto(built.path.as_uri())
            facts = page.evaluate("""() => {
                const sites = [...document.querySelectorAll('section.site')];
                const box = el => { const r = el.getBoundingClientRect(); return [r.width, r.height]; };
                return {
                    order: sites.map(s => s.id),
                    nights: Object.fromEntries(sites.map(s => [s.id, s.querySelectorAll('svg.chart g.night').length])),
                    bars: Object.fromEntries(sites.map(s => [s.id, s.querySelectorAll('svg.chart rect.bar').length])),
                    failedMarks: Object.fromEntries(sites.map(s => [s.id, s.querySelectorAll('rect.status-failed').length])),
                    matraNew: [...document.querySelectorAll('#site-matra rect.bar-new')].map(box),
                    chartBox: box(document.querySelector('#site-matra svg.chart')),
                    firstTop: sites[0].getBoundingClientRect().top,
                    causeText: document.querySelector('#site-tribunjambi .reasons').textContent,
                    injected: document.querySelectorAll('.reasons b').length,
                };
            }""")
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=True)
        finally:
            browser.close()
    return facts, console, page_errors, outside


@browser_only
def test_browser_draws_one_bar_per_recent_night(rendered):
    facts, _, _, _ = rendered
    assert facts["nights"] == {"site-tribunjambi": 4, "site-jambiupdate": 4, "site-antarajambi": 4,
                               "site-matra": RECENT_NIGHTS}
    assert facts["bars"] == {name: count * len(report.SERIES) for name, count in facts["nights"].items()}
    assert facts["failedMarks"] == {"site-tribunjambi": 2, "site-jambiupdate": 0, "site-antarajambi": 0,
                                    "site-matra": 0}
    # The chart really drew: visible, and the tallest new-bar is the night with the most new articles.
    width, height = facts["chartBox"]
    assert width > 200 and height > 100
    heights = [h for _, h in facts["matraNew"]]
    assert all(h > 0 for h in heights)
    assert heights.index(max(heights)) == MATRA_PEAK_NIGHT - (NIGHTS - RECENT_NIGHTS)


@browser_only
def test_browser_shows_the_sites_needing_attention_first(rendered):
    facts, _, _, _ = rendered
    assert facts["order"] == ["site-tribunjambi", "site-jambiupdate", "site-antarajambi", "site-matra"]
    assert facts["firstTop"] < 400   # on the first screen
    assert DNS_CAUSE in facts["causeText"] and facts["injected"] == 0   # shown as text, not markup


@browser_only
def test_browser_no_console_errors_and_nothing_fetched_but_the_file(rendered):
    _, console, page_errors, outside = rendered
    assert console == [] and page_errors == [] and outside == []
    assert SCREENSHOT.stat().st_size > 10_000
