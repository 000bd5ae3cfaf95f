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

NODE_GRACE_SECONDS = 20.0   # a node silent this long has lost its jobs
ABSENT_POLLS = 2            # polls a job may be missing from its node's lists (hand-over between queue and launch)
BUSY_RETRIES = 5            # attempts of a rescheduled site whose lease is still held
BUSY_RETRY_SECONDS = 15.0


class NodeError(Exception):
    """A node that does not answer, or answers with an error; words for the user."""


class Node:
    def __init__(self, url: str, timeout: float = 10.0):
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
            return self._answer(requests.get(f"{self.url}/{endpoint}", params=params, timeout=self.timeout))
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
