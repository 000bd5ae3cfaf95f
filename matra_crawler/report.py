"""`python -m matra_crawler report`: the nightly runs as one page to look at.

OUTPUT_DIR/report.html is built from the run manifests in OUTPUT_DIR/runs/
(matra_crawler.nightly writes them; the nightly rebuilds the page at its
end). Per site: the new / updated / dropped counts of its recent nights as a
bar chart, its last success, its failures with their causes, template drift
warnings (the `drift/<site>/<field>` stats of its latest crawl), requests per
article and links to its feeds, manifests and logs; the sites that need
attention first.

The page is self-contained: inline CSS, charts as inline SVG generated here,
no script, no fonts or images to fetch; it opens from disk, and its links are
relative, so the output folder can be copied or served as it is.

Three steps, each a pure function: manifests -> per-site histories
(site_histories) -> per-site summaries (summarize) -> HTML (render_page).
Reading files is kept apart (read_manifests, read_stats, build_report). The
page is an ElementTree, so every text from a manifest (site names, problems,
paths) is escaped by the serializer, not by hand.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote
from xml.etree import ElementTree as ET

from .files import run_id_time, write_atomic

REPORT_NAME = "report.html"
RECENT_NIGHTS = 14               # bars per chart
RECENT_FAILURES = 5              # failures listed per site, newest first
RECENT_FEEDS = 7                 # feeds linked per site, newest first
WENT_WELL = ("ok", "quiet")      # statuses of a crawl that itself went well
NOT_DONE = ("pending", "running")  # entries of a run that was killed before the site finished

# Why a site is on top, most urgent first.
FAILED, QUIET, DRIFT = "failed", "quiet", "drift"
ATTENTION_ORDER = (FAILED, QUIET, DRIFT)

SERIES = ("new", "updated", "dropped")   # stacked bottom-up in each bar

# Chart geometry (SVG user units; the SVG scales with the page).
SLOT, BAR, PLOT_HEIGHT, TOP, STRIP, LABELS = 22, 14, 80, 14, 5, 16
ZOOM = 1.3                       # shown size per unit
DATED_FIRST_NIGHT = 6            # fewer bars leave no room for a second date label


class ReportError(Exception):
    """The report cannot be built or written; the message is for the user."""


# ---------------------------------------------------------------- manifests
@dataclass(frozen=True)
class Night:
    """One site in one run."""

    run_id: str
    started_at: str
    status: str
    problems: tuple[str, ...]
    new: int
    updated: int
    dropped: int
    items: int
    requests: int
    since: str | None            # a backfill's --since; None for a normal night
    manifest: str | None         # absolute paths, under the current output folder
    feed: str | None
    log: str | None
    stats_file: str | None

    @property
    def day(self) -> str:
        return format_time(self.started_at or self.run_id)


def check_manifest(data) -> dict:
    """A manifest as nightly writes it, or ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if not isinstance(data.get("run_id"), str) or not data["run_id"]:
        raise ValueError("no run_id")
    sites = data.get("sites")
    if not isinstance(sites, dict) or not all(isinstance(entry, dict) for entry in sites.values()):
        raise ValueError("no sites object")
    return data


def count(value) -> int:
    """A count from a manifest: a non-negative integer, or a dict of them
    (dropped, by reason) summed; anything else counts 0."""
    if isinstance(value, dict):
        return sum(count(item) for item in value.values())
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return 0


def rebase(path, old_root, new_root: Path) -> str | None:
    """A path the manifest recorded, moved from the run's output folder to the
    one the report is built from (the folder may have been moved or copied).
    Only absolute paths, as nightly writes them: anything else is no link."""
    if not isinstance(path, str) or not os.path.isabs(path):
        return None
    if isinstance(old_root, str) and os.path.isabs(old_root):
        relative = os.path.relpath(path, old_root)
        if relative != os.pardir and not relative.startswith(os.pardir + os.sep):
            return str(new_root / relative)
    return path


def manifest_nights(manifest: dict, manifest_path: Path, output_dir: Path) -> dict[str, Night]:
    """Site name -> its Night in one manifest (sites the run never finished left out)."""
    old_root = manifest.get("output_dir")
    since = manifest.get("since")
    nights = {}
    for name, entry in manifest["sites"].items():
        status = entry.get("status") if isinstance(entry.get("status"), str) else "unknown"
        if status in NOT_DONE:
            continue
        problems = entry.get("problems")
        nights[name] = Night(
            run_id=manifest["run_id"],
            started_at=text_or(entry.get("started_at"), text_or(manifest.get("started_at"), "")),
            status=status,
            problems=tuple(str(p) for p in problems) if isinstance(problems, list) else (),
            new=count(entry.get("new")), updated=count(entry.get("updated")),
            dropped=count(entry.get("dropped")), items=count(entry.get("items")),
            requests=count(entry.get("requests")),
            since=since if isinstance(since, str) else None,
            manifest=str(manifest_path),
            feed=rebase(entry.get("feed"), old_root, output_dir),
            log=rebase(entry.get("log"), old_root, output_dir),
            stats_file=rebase(entry.get("stats_file"), old_root, output_dir))
    return nights


def site_histories(manifests: list[tuple[Path, dict]], output_dir: Path) -> dict[str, list[Night]]:
    """Site name -> its nights, oldest first. Manifests sort in run order by
    their run id (see files.new_run_id)."""
    histories: dict[str, list[Night]] = {}
    for path, manifest in sorted(manifests, key=lambda pair: pair[1]["run_id"]):
        for name, night in manifest_nights(manifest, path, output_dir).items():
            histories.setdefault(name, []).append(night)
    return histories


def drift_fields(stats: dict | None) -> dict[str, float]:
    """Field -> share from the site's own selectors, for the fields that
    drifted (the TemplateDriftMonitor's drift/<site>/<field> stats)."""
    drift = {}
    for key, value in (stats or {}).items():
        if key.startswith("drift/") and key.count("/") >= 2 and isinstance(value, (int, float)):
            drift[key.rpartition("/")[2]] = float(value)
    return dict(sorted(drift.items()))


# ---------------------------------------------------------------- summaries
@dataclass(frozen=True)
class SiteSummary:
    name: str
    nights: tuple[Night, ...]          # the recent ones, oldest first
    last_success: Night | None         # the latest crawl that went well, however old
    failures: tuple[Night, ...]        # recent failed nights, newest first
    drift: dict[str, float]            # of the latest night
    attention: tuple[str, ...]         # FAILED / QUIET / DRIFT, in ATTENTION_ORDER

    @property
    def latest(self) -> Night:
        return self.nights[-1]

    @property
    def requests_per_article(self) -> float | None:
        """Over the recent nights: every request (robots.txt, discovery,
        articles) per article exported; None when none was exported."""
        articles = sum(night.items for night in self.nights)
        return sum(night.requests for night in self.nights) / articles if articles else None


def summarize_site(name: str, history: list[Night], drift: dict[str, float]) -> SiteSummary:
    """One site's summary from its nights (oldest first, at least one) and
    the drift of its latest crawl."""
    latest = history[-1]
    successes = [night for night in history if night.status in WENT_WELL]
    recent = history[-RECENT_NIGHTS:]
    failures = [night for night in reversed(recent) if night.status not in WENT_WELL]
    attention = []
    if latest.status not in WENT_WELL:
        attention.append(FAILED)
    elif latest.status == "quiet":
        attention.append(QUIET)
    if drift:
        attention.append(DRIFT)
    return SiteSummary(name=name, nights=tuple(recent),
                       last_success=successes[-1] if successes else None,
                       failures=tuple(failures[:RECENT_FAILURES]), drift=drift,
                       attention=tuple(attention))


def attention_rank(summary: SiteSummary) -> tuple:
    """Sort key: the most urgent reason first, then sites with none; by name within."""
    ranks = [ATTENTION_ORDER.index(reason) for reason in summary.attention]
    return (min(ranks, default=len(ATTENTION_ORDER)), summary.name)


def summarize(histories: dict[str, list[Night]], drifts: dict[str, dict[str, float]]) -> list[SiteSummary]:
    summaries = [summarize_site(name, history, drifts.get(name, {}))
                 for name, history in histories.items() if history]
    return sorted(summaries, key=attention_rank)


# --------------------------------------------------------------------- HTML
def el(tag: str, attrs: dict | None = None, *children) -> ET.Element:
    """An element with its children: elements, strings (escaped on output),
    None (left out) or lists of those."""
    element = ET.Element(tag, {key: str(value) for key, value in (attrs or {}).items()
                               if value is not None})
    last = None
    for child in flatten(children):
        if isinstance(child, ET.Element):
            element.append(child)
            last = child
        elif last is None:
            element.text = (element.text or "") + str(child)
        else:
            last.tail = (last.tail or "") + str(child)
    return element


def flatten(children):
    for child in children:
        if isinstance(child, (list, tuple)):
            yield from flatten(child)
        elif child is not None:
            yield child


def text_or(value, default: str) -> str:
    return value if isinstance(value, str) and value else default


def format_time(stamp: str) -> str:
    """"2026-01-02T02:15:00Z" or a run id "20260102T021500.412Z" -> "2026-01-02 02:15 UTC"."""
    try:
        moment = datetime.strptime(stamp.replace("Z", "+00:00"), "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        moment = run_id_time(stamp)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if moment else stamp


def href(path: str | None, report_dir: Path) -> str | None:
    """A relative link from the report to a file (percent-encoded, so a
    name never reads as a scheme or a fragment)."""
    if path is None:
        return None
    return quote(Path(os.path.relpath(path, report_dir)).as_posix())


def plural(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def night_title(night: Night) -> str:
    line = (f"{night.day}: {night.status}; {night.new} new, {night.updated} updated, "
            f"{night.dropped} dropped; {plural(night.requests, 'request')}")
    if night.since:
        line += f" (backfill since {night.since})"
    if night.problems:
        line += "\n" + "; ".join(night.problems)
    return line


def bar_chart(nights: tuple[Night, ...], report_dir: Path) -> ET.Element:
    """Stacked bars, one per night (latest on the right, RECENT_NIGHTS slots
    so the charts of all sites line up), each segment a rect.bar-<series>;
    a strip under each bar shows the night's status. A bar links to its run's
    manifest; hovering it shows the counts."""
    peak = max((night.new + night.updated + night.dropped for night in nights), default=0) or 1
    width = SLOT * RECENT_NIGHTS
    baseline = TOP + PLOT_HEIGHT
    height = baseline + STRIP + LABELS
    first_slot = RECENT_NIGHTS - len(nights)
    columns = []
    for index, night in enumerate(nights):
        x = (first_slot + index) * SLOT + (SLOT - BAR) / 2
        top = baseline
        segments = []
        for series in SERIES:
            size = getattr(night, series) / peak * PLOT_HEIGHT
            top -= size
            segments.append(el("rect", {"class": f"bar bar-{series}", "x": f"{x:g}", "y": f"{top:.1f}",
                                        "width": BAR, "height": f"{size:.1f}"}))
        strip = el("rect", {"class": f"status status-{night.status}", "x": f"{x:g}",
                            "y": baseline + 1, "width": BAR, "height": STRIP - 1})
        columns.append(el("a", {"href": href(night.manifest, report_dir)},
                          el("g", {"class": "night"}, el("title", None, night_title(night)),
                             segments, strip)))
    labels = [el("text", {"class": "peak", "x": 0, "y": TOP - 3}, f"{peak if nights else 0}"),
              el("line", {"class": "grid", "x1": 0, "x2": width, "y1": TOP, "y2": TOP}),
              el("line", {"class": "axis", "x1": 0, "x2": width, "y1": baseline, "y2": baseline})]
    if nights:
        labels.append(el("text", {"class": "date", "x": width, "y": height - 3, "text-anchor": "end"},
                         nights[-1].day[:10]))
        if len(nights) >= DATED_FIRST_NIGHT:
            labels.append(el("text", {"class": "date", "x": first_slot * SLOT, "y": height - 3},
                             nights[0].day[:10]))
    return el("svg", {"class": "chart", "viewBox": f"0 0 {width} {height}", "width": round(width * ZOOM),
                      "height": round(height * ZOOM), "role": "img",
                      "aria-label": f"new, updated and dropped articles of the last "
                                    f"{plural(len(nights), 'night')}"},
              labels, columns)


def attention_lines(summary: SiteSummary) -> list[str]:
    """Why the site is on top, in words."""
    latest, lines = summary.latest, []
    if FAILED in summary.attention:
        cause = "; ".join(latest.problems) or "no cause recorded"
        lines.append(f"{latest.status.replace('_', ' ')} in its latest run ({latest.day}): {cause}")
    if QUIET in summary.attention:
        lines.append(f"quiet in its latest run ({latest.day}): "
                     + ("; ".join(latest.problems) or "nothing new or updated"))
    for field, share in summary.drift.items():
        lines.append(f"template drift: only {share:.0%} of the articles had their {field} "
                     "from the site's own selectors; the site may have changed its markup")
    return lines


def link(label: str, path: str | None, report_dir: Path):
    return el("a", {"href": href(path, report_dir)}, label) if path else None


def joined(items: list) -> list:
    """Items separated by " · ", Nones left out."""
    present = [item for item in items if item is not None]
    return [part for index, item in enumerate(present) for part in ((" · ", item) if index else (item,))]


def site_section(summary: SiteSummary, report_dir: Path) -> ET.Element:
    latest = summary.latest
    rate = summary.requests_per_article
    requests = sum(night.requests for night in summary.nights)
    articles = sum(night.items for night in summary.nights)
    cost = (f"{rate:.1f}" if rate is not None else "no articles") + \
        f" ({plural(requests, 'request')}, {plural(articles, 'article')} in {plural(len(summary.nights), 'night')})"
    success = summary.last_success
    facts = [
        ("Latest run", [f"{latest.day}: {latest.status.replace('_', ' ')}, {latest.new} new, "
                        f"{latest.updated} updated, {latest.dropped} dropped"]),
        ("Last success", [success.day if success else "never"]),
        ("Requests per article", [cost]),
        ("Latest files", joined([link("feed", latest.feed, report_dir),
                                 link("manifest", latest.manifest, report_dir),
                                 link("log", latest.log, report_dir)]) or ["none"]),
    ]
    feeds = [night for night in reversed(summary.nights) if night.feed][:RECENT_FEEDS]
    if feeds:
        facts.append(("Recent feeds", joined([link(night.day[:10], night.feed, report_dir)
                                              for night in feeds])))
    failures = None
    if summary.failures:
        failures = el("details", {"open": "" if FAILED in summary.attention else None},
                      el("summary", None, f"Recent failures ({len(summary.failures)})"),
                      el("ul", {"class": "failures"},
                         [el("li", None, f"{night.day}: {'; '.join(night.problems) or night.status} ",
                             joined([link("log", night.log, report_dir),
                                     link("manifest", night.manifest, report_dir)]))
                          for night in summary.failures]))
    badges = [el("span", {"class": f"badge {reason}"}, reason) for reason in summary.attention] \
        or [el("span", {"class": "badge ok"}, "ok")]
    return el("section", {"class": "site" + (" attention" if summary.attention else ""),
                          "id": section_id(summary.name)},
              el("h3", None, summary.name, " ", badges),
              el("ul", {"class": "reasons"}, [el("li", None, line) for line in attention_lines(summary)])
              if summary.attention else None,
              el("div", {"class": "row"},
                 bar_chart(summary.nights, report_dir),
                 el("dl", None, [[el("dt", None, term), el("dd", None, value)] for term, value in facts])),
              failures)


def section_id(name: str) -> str:
    return "site-" + "".join(char if char.isalnum() or char in "-_" else "_" for char in name)


STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; color: #1a202c; margin: 1.5em auto; max-width: 70em; padding: 0 1em; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
h2 { font-size: 1.2em; margin: 1.6em 0 .5em; border-bottom: 1px solid #cbd5e0; }
h3 { font-size: 1.1em; margin: 0 0 .3em; }
.meta { color: #4a5568; margin: 0 0 .6em; }
.warning { color: #9b2c2c; }
.overview a { margin-right: .8em; }
.site { border: 1px solid #e2e8f0; border-radius: 6px; padding: .7em 1em; margin: 0 0 .8em; }
.site.attention { border-left: 6px solid #c53030; background: #fffafa; }
.reasons { margin: .2em 0 .6em; padding-left: 1.2em; color: #742a2a; }
.row { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; }
.row > dl { flex: 1 1 22em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: 0; }
dt { color: #4a5568; }
dd { margin: 0; }
.badge { font-size: .75em; font-weight: 600; padding: .1em .5em; border-radius: 1em; color: #fff; vertical-align: middle; }
.badge.failed { background: #c53030; } .badge.quiet { background: #b7791f; }
.badge.drift { background: #6b46c1; } .badge.ok { background: #2f855a; }
.legend span { margin-right: 1em; } .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: -1px; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { font-size: 9px; fill: #4a5568; }
.axis { stroke: #a0aec0; stroke-width: .5; } .grid { stroke: #e2e8f0; stroke-width: .5; stroke-dasharray: 2 2; }
.bar-new, .swatch.new { fill: #2b6cb0; background: #2b6cb0; }
.bar-updated, .swatch.updated { fill: #63b3ed; background: #63b3ed; }
.bar-dropped, .swatch.dropped { fill: #a0aec0; background: #a0aec0; }
.status { fill: #9ae6b4; } .status-failed, .status-not_run, .status-unknown, .swatch.failed { fill: #c53030; background: #c53030; }
.status-quiet, .swatch.quiet { fill: #d69e2e; background: #d69e2e; }
.night:hover rect { opacity: .75; }
details { margin-top: .5em; } .failures { margin: .3em 0; padding-left: 1.2em; }
"""


def legend() -> ET.Element:
    keys = [(series, series) for series in SERIES] + \
        [("failed", "failed night (strip under the bar)"), ("quiet", "quiet night")]
    return el("p", {"class": "legend meta"},
              [el("span", None, el("span", {"class": f"swatch {key}"}), label) for key, label in keys],
              "Hover a bar for its counts; click it for its run manifest.")


def render_page(summaries: list[SiteSummary], *, runs: int, unreadable: list[str],
                generated_at: datetime, runs_dir: Path, report_dir: Path) -> str:
    """The whole page, as text."""
    needy = [summary for summary in summaries if summary.attention]
    well = [summary for summary in summaries if not summary.attention]
    head = el("head", None, el("meta", {"charset": "utf-8"}),
              el("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
              el("title", None, "matra_crawler: nightly run report"),
              el("link", {"rel": "icon", "href": "data:,"}),   # no favicon request
              el("style", None, STYLE))
    meta = [f"Generated {generated_at.astimezone(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} from "
            f"{plural(runs, 'run manifest')} in ", link("runs/", str(runs_dir), report_dir), "."]
    body = [el("h1", None, "Nightly runs"), el("p", {"class": "meta"}, meta)]
    if unreadable:
        body.append(el("p", {"class": "meta warning"},
                       f"{plural(len(unreadable), 'unreadable manifest')} skipped: {', '.join(unreadable)}"))
    if not summaries:
        body.append(el("p", {"class": "empty"},
                       "No nightly runs yet: the first `python -m matra_crawler nightly` "
                       "writes its manifest into runs/ and this page fills in."))
    else:
        body.append(legend())
        body.append(el("h2", None, f"Needs attention ({len(needy)} of {len(summaries)} sites)"))
        if needy:
            body.append(el("p", {"class": "overview"},
                           [el("a", {"href": "#" + section_id(s.name)}, f"{s.name} ({', '.join(s.attention)})")
                            for s in needy]))
            body += [site_section(summary, report_dir) for summary in needy]
        else:
            body.append(el("p", None, "Every site went well in its latest run."))
        if well:
            body.append(el("h2", None, f"Going well ({len(well)})"))
            body += [site_section(summary, report_dir) for summary in well]
    page = el("html", {"lang": "en"}, head, el("body", None, body))
    return "<!DOCTYPE html>\n" + ET.tostring(page, encoding="unicode", method="html") + "\n"


# ------------------------------------------------------------------- files
def read_manifests(runs_dir: Path) -> tuple[list[tuple[Path, dict]], list[str]]:
    """(path, manifest) of every readable manifest, and the names of those
    that could not be read or are not manifests."""
    manifests, unreadable = [], []
    for path in sorted(runs_dir.glob("*.json")):
        try:
            manifests.append((path, check_manifest(json.loads(path.read_text(encoding="utf-8")))))
        except (OSError, ValueError):   # UnicodeDecodeError and JSONDecodeError are ValueErrors
            unreadable.append(path.name)
    return manifests, unreadable


def read_stats(path: str | None) -> dict | None:
    """A crawl's final stats, when its file is still there."""
    if not path:
        return None
    try:
        stats = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stats if isinstance(stats, dict) else None



@dataclass(frozen=True)
class Built:
    path: Path
    runs: int
    sites: int
    attention: int
    unreadable: int


def build_report(output_dir: Path, out: Path | None = None, now: datetime | None = None) -> Built:
    """Read OUTPUT_DIR/runs/*.json, write the page (OUTPUT_DIR/report.html
    unless `out`). ReportError when the output folder is not one or the page
    cannot be written."""
    output_dir = Path(output_dir).resolve()
    if not output_dir.is_dir():
        raise ReportError(f"output folder {output_dir} does not exist" if not output_dir.exists()
                          else f"{output_dir} is not a folder")
    out = (Path(out) if out else output_dir / REPORT_NAME).resolve()
    runs_dir = output_dir / "runs"
    manifests, unreadable = read_manifests(runs_dir)
    histories = site_histories(manifests, output_dir)
    drifts = {name: drift_fields(read_stats(history[-1].stats_file))
              for name, history in histories.items()}
    summaries = summarize(histories, drifts)
    page = render_page(summaries, runs=len(manifests), unreadable=unreadable,
                       generated_at=now or datetime.now(timezone.utc), runs_dir=runs_dir,
                       report_dir=out.parent)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, page.encode("utf-8"))   # a reloading browser never sees half
    except OSError as error:
        raise ReportError(f"cannot write {out}: {error.strerror or error}") from None
    return Built(out, len(manifests), len(summaries),
                 sum(1 for summary in summaries if summary.attention), len(unreadable))
