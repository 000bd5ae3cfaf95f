"""Scrapyd nodes for the nightly run (`nightly --scrapyd URL[,URL...]`).

`Node` is a thin client of Scrapyd's HTTP API (daemonstatus.json,
schedule.json, listjobs.json, cancel.json, addversion.json). The decisions
the coordinator makes from what the nodes answer are pure functions, tested
with tables of cases:

- `free_slots`: how many more jobs a node may take now;
- `choose_node`: where a site goes (a node it did not fail on first, then
  the one with the most free slots);
- `job_fate` / `next_step`: whether a job is still going, done (read its
  stats file), or lost (its node stopped answering for NODE_GRACE seconds,
  or it vanished from a node that answers): then the site is scheduled again
  on another node;
- `retry_busy`: a rescheduled crawl that found its site's lease still held
  (the lost node's crawl is still writing) tries again a little later.

Scrapyd's listjobs has no failure field: how a job ended is read from the
crawl's own STATS_FILE, exactly as the local runner reads it.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .deploy import PROJECT
from .nightly import Nightly, Site, file_name, site_result, utc_now

log = logging.getLogger("matra_crawler.nightly")
NODE_GRACE_SECONDS = 20.0   # a node silent this long has lost its jobs
ABSENT_POLLS = 2            # polls a job may be missing from its node's lists (hand-over between queue and launch)
BUSY_RETRIES = 5            # attempts of a rescheduled site whose lease is still held
BUSY_RETRY_SECONDS = 15.0


class NodeError(Exception):
    """A node that does not answer, or answers with an error; words for the user."""


class Node:
    # schedule.json lists the project's spiders in a subprocess first: seconds on a busy node.
    def __init__(self, url: str, timeout: float = 60.0):
        self.url = url.rstrip("/")
        self.timeout = timeout

    def __str__(self) -> str:
        return self.url

    def _answer(self, response) -> dict:
        try:
            answer = response.json()
        except ValueError:
            raise NodeError(f"{self.url}: HTTP {response.status_code}, not a Scrapyd answer") from None
        if answer.get("status") != "ok":
            raise NodeError(f"{self.url}: {answer.get('message') or answer}")
        return answer

    def get(self, endpoint: str, params: dict | None = None) -> dict:
        import requests

        try:
            return self._answer(requests.get(f"{self.url}/{endpoint}", params=params,
                                             timeout=min(self.timeout, 10.0)))
        except requests.RequestException as error:
            raise NodeError(f"{self.url} does not answer: {type(error).__name__}") from None

    def post(self, endpoint: str, data, files=None) -> dict:
        import requests

        try:
            return self._answer(requests.post(f"{self.url}/{endpoint}", data=data, files=files,
                                              timeout=self.timeout))
        except requests.RequestException as error:
            raise NodeError(f"{self.url} does not answer: {type(error).__name__}") from None

    def status(self) -> dict:
        return self.get("daemonstatus.json")

    def jobs(self, project: str) -> dict:
        return self.get("listjobs.json", {"project": project})

    def schedule(self, project: str, spider: str, job_id: str, args: dict, settings: dict) -> str:
        data = [("project", project), ("spider", spider), ("jobid", job_id)]
        data += [("setting", f"{name}={value}") for name, value in settings.items()]
        data += list(args.items())
        return self.post("schedule.json", data)["jobid"]

    def cancel(self, project: str, job_id: str) -> None:
        self.post("cancel.json", {"project": project, "job": job_id})


# ----------------------------------------------------------------- decisions
def free_slots(status: dict | None, capacity: int) -> int:
    """Jobs a node may still take: its capacity less what it runs or queues
    (0 for a node that did not answer)."""
    if status is None:
        return 0
    return max(0, capacity - int(status.get("running", 0)) - int(status.get("pending", 0)))


def choose_node(free: dict[str, int], failed_on: set[str] | frozenset = frozenset()) -> str | None:
    """The node for a site: one with a free slot, preferring nodes the site
    did not fail on, then the most free slots, then the order given."""
    candidates = [(node in failed_on, -slots, order, node)
                  for order, (node, slots) in enumerate(free.items()) if slots > 0]
    return min(candidates)[3] if candidates else None


def job_fate(jobs: dict | None, job_id: str) -> str:
    """Where a job is on its node: pending, running, finished, absent (the
    node answers but does not know it) or unreachable (no answer)."""
    if jobs is None:
        return "unreachable"
    for state in ("pending", "running", "finished"):
        if any(job.get("id") == job_id for job in jobs.get(state, ())):
            return state
    return "absent"


def next_step(fate: str, absent_polls: int, silent_seconds: float,
              grace: float = NODE_GRACE_SECONDS) -> str:
    """wait, collect (read the stats) or reschedule (the job is lost)."""
    if fate == "finished":
        return "collect"
    if fate == "absent":
        return "reschedule" if absent_polls >= ABSENT_POLLS else "wait"
    if fate == "unreachable":
        return "reschedule" if silent_seconds >= grace else "wait"
    return "wait"


def retry_busy(stats: dict | None, attempt: int, busy_retries: int = BUSY_RETRIES) -> bool:
    """A rescheduled site (attempt > 1) whose crawl found the lease still
    held: the lost node's crawl may still be finishing; try again. A first
    attempt that finds it held means another crawl of the site is running:
    that is reported, as the local runner does."""
    from .incremental import STATE_BUSY

    return bool(stats) and stats.get("finish_reason") == STATE_BUSY and 1 < attempt <= busy_retries


# ------------------------------------------------------------ the dispatcher
POLL_SECONDS = 1.0


@dataclass
class Job:
    """One attempt at one site on one node."""
    site: Site
    node: str
    job_id: str
    attempt: int
    paths: tuple[Path, Path, Path]   # log, stats, progress
    started: datetime
    clock: float
    failed_on: set[str] = field(default_factory=set)
    absent_polls: int = 0
    timed_out: float | None = None


@dataclass
class Waiting:
    site: Site
    attempt: int = 1
    failed_on: set[str] = field(default_factory=set)
    not_before: float = 0.0


def job_exit_code(stats: dict | None) -> int | None:
    """The exit status `scrapy crawl` gives for these final stats (Scrapyd
    does not tell it): 1 when the crawl stopped for its state, else 0."""
    from .commands.crawl import FAILED_FINISH_REASONS

    if stats is None:
        return None
    return 1 if stats.get("finish_reason") in FAILED_FINISH_REASONS else 0


class ScrapydNightly(Nightly):
    """The nightly run with its crawls as Scrapyd jobs: the same sites,
    settings, manifest and judgement as the local runner; only where a crawl
    runs, and how it is followed, differ."""

    def __init__(self, options, sites, run_id, lock, progress=None):
        super().__init__(options, sites, run_id, lock, progress)
        self.nodes = {url: Node(url) for url in options.scrapyd}
        self.grace = options.node_grace or NODE_GRACE_SECONDS
        self.silent_since: dict[str, float] = {}
        self.cancelled = False
        self.manifest["scrapyd"] = list(self.nodes)

    def attempt_paths(self, site: Site, attempt: int) -> tuple[Path, Path, Path]:
        """Each attempt its own files: a lost node's crawl, still running,
        must not overwrite the stats of the attempt that replaced it."""
        log_path, stats_path, progress_path = self.paths(site)
        if attempt == 1:
            return log_path, stats_path, progress_path
        stem = f"{file_name(site.name)}.{attempt}"
        return tuple(self.logs_dir / f"{stem}{suffix}" for suffix in (".log", ".stats.json", ".progress.json"))

    def poll(self, url: str) -> tuple[dict | None, dict | None]:
        """A node's daemonstatus and listjobs, or (None, None) when it does not answer."""
        node = self.nodes[url]
        try:
            answers = node.status(), node.jobs(PROJECT)
        except NodeError as error:
            if url not in self.silent_since:
                log.warning("%s", error)
                self.silent_since[url] = time.monotonic()
            return None, None
        if self.silent_since.pop(url, None) is not None:
            log.info("%s answers again", url)
        return answers

    def schedule(self, waiting: Waiting, url: str) -> Job | None:
        site, attempt = waiting.site, waiting.attempt
        paths = self.attempt_paths(site, attempt)
        job_id = f"{self.run_id}-{file_name(site.name)}-{attempt}"
        try:
            self.nodes[url].schedule(PROJECT, site.spider, job_id, self.crawl_args(site),
                                     self.crawl_settings(site, paths))
        except NodeError as error:
            log.warning("%s: could not schedule on %s: %s", site.name, url, error)
            self.silent_since.setdefault(url, time.monotonic())
            return None
        log.info("%s: job %s on %s (attempt %d)", site.name, job_id, url, attempt)
        if attempt == 1:
            self.progress.started(site.name, paths[2])
        return Job(site, url, job_id, attempt, paths, utc_now(), time.monotonic(), set(waiting.failed_on))

    def collect(self, job: Job, waiting: list[Waiting]) -> None:
        stats = self.read_stats(job.paths[1])
        if retry_busy(stats, job.attempt):
            log.info("%s: the lease is still held (a lost job still running?); trying again in %gs",
                     job.site.name, BUSY_RETRY_SECONDS)
            waiting.append(Waiting(job.site, job.attempt + 1, job.failed_on,
                                   time.monotonic() + BUSY_RETRY_SECONDS))
            return
        problems = [] if stats is not None else [f"job {job.job_id} on {job.node} ended without a stats file"]
        self.judge(job.site, stats, job_exit_code(stats), job.timed_out, job.started,
                   time.monotonic() - job.clock, job.paths[0], job.paths[1], problems,
                   node=job.node, job=job.job_id, attempts=job.attempt)

    def give_up(self, item: Waiting, why: str) -> None:
        self.record(item.site, {"status": "not_run" if self.stopping else "failed", "cause": why,
                                "problems": [why], **site_result(None), "exit_code": None,
                                "attempts": item.attempt - 1})

    def run(self) -> tuple[int, str]:
        waiting = [Waiting(site) for site in self.sites]
        active: dict[str, Job] = {}
        with self.progress:
            while waiting or active:
                if self.stopping:
                    for item in waiting:
                        self.give_up(item, f"{self.stopping} before it started")
                    waiting = []
                    self.cancel_all(active.values())
                answers = {url: self.poll(url) for url in self.nodes}
                now = time.monotonic()
                for job in list(active.values()):
                    fate = job_fate(answers[job.node][1], job.job_id)
                    job.absent_polls = job.absent_polls + 1 if fate == "absent" else 0
                    step = next_step(fate, job.absent_polls, now - self.silent_since.get(job.node, now),
                                     self.grace)
                    if step == "collect":
                        del active[job.site.name]
                        self.collect(job, waiting)
                    elif step == "reschedule":
                        del active[job.site.name]
                        why = "stopped answering" if fate == "unreachable" else "no longer lists the job"
                        log.warning("%s: %s %s; scheduling the site again", job.site.name, job.node, why)
                        waiting.insert(0, Waiting(job.site, job.attempt + 1, job.failed_on | {job.node}))
                    elif self.options.timeout and not job.timed_out and now - job.clock > self.options.timeout:
                        job.timed_out = self.options.timeout
                        log.warning("%s: still running after %ss; stopping it", job.site.name, job.timed_out)
                        self.cancel(job)
                free = {url: free_slots(answers[url][0], self.options.jobs) for url in self.nodes}
                for item in [item for item in waiting if item.not_before <= now]:
                    url = choose_node(free, item.failed_on)
                    if url is None:
                        break
                    job = self.schedule(item, url)
                    free[url] = free[url] - 1 if job else 0
                    if job:
                        waiting.remove(item)
                        active[item.site.name] = job
                if waiting and not active and self.silent_since.keys() == self.nodes.keys() and \
                        min(now - since for since in self.silent_since.values()) >= self.grace:
                    for item in waiting:
                        self.give_up(item, f"no Scrapyd node answered for {self.grace:g}s")
                    waiting = []
                if waiting or active:
                    time.sleep(POLL_SECONDS)
        self.package()
        return self.finish()

    def cancel(self, job: Job) -> None:
        try:   # SIGTERM: Scrapy closes cleanly and stores its feed
            self.nodes[job.node].cancel(PROJECT, job.job_id)
        except NodeError as error:
            log.warning("%s: could not cancel job %s: %s", job.site.name, job.job_id, error)

    def cancel_all(self, jobs) -> None:
        if not self.cancelled:
            self.cancelled = True
            for job in jobs:
                self.cancel(job)
