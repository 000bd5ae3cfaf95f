"""The fallback plan: which discovery sources to ask, in what order, and
when to fall back to the next group. Plain bookkeeping, no I/O.

Groups of sources, cheapest complete list first:

    REST API  ->  sitemaps + feed  ->  category listings

A later group starts only when every source of the one before failed, or
when a source that answered lost part of its list (so what the lost part
listed is still found). The group that answered in the last complete run
goes first: no re-probing, night after night, of sources a site lacks.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Group:
    """A group of sources to start, at `position` in this run's order;
    `number` is its place in GROUPS (what the state remembers). No sources:
    every group has been tried, discovery is exhausted."""

    position: int
    number: int | None
    sources: tuple[str, ...]

    @property
    def exhausted(self) -> bool:
        return not self.sources


class DiscoveryPlan:
    def __init__(self, groups: tuple[tuple[str, ...], ...], available: Iterable[str],
                 preferred: int | None = None):
        self.groups = groups
        self.available = set(available)   # the sources the site's profile names
        self.order = list(range(len(groups)))
        if isinstance(preferred, int) and 0 <= preferred < len(groups):
            self.order.remove(preferred)
            self.order.insert(0, preferred)
        self.pending: dict[int, set[str]] = {}   # position -> sources without a verdict yet
        self.answered: set[int] = set()          # positions in which a source answered
        self.fallen_back: set[int] = set()       # positions after which the next started
        self.answered_group: int | None = None   # the first group that answered (its number)

    def start(self, position: int = 0) -> Group:
        """The group at `position` in this run's order, or the next one with
        a source the site has."""
        while position < len(self.order):
            number = self.order[position]
            sources = tuple(s for s in self.groups[number] if s in self.available)
            if sources:
                self.pending[position] = set(sources)
                return Group(position, number, sources)
            position += 1
        return Group(position, None, ())

    def split(self, position: int, source: str, starts: Iterable[str]) -> None:
        """A source with several independent starts (one per listing): each
        gets its own verdict, and the source fails only if all fail."""
        pending = self.pending.setdefault(position, set())
        pending.discard(source)
        pending.update(starts)

    def verdict(self, position: int, source: str, answered: bool) -> bool:
        """Record a source's verdict; True when it was the last of its group
        to fail, so that the whole group failed."""
        if answered:
            self.answered.add(position)
            if self.answered_group is None:
                self.answered_group = self.order[position]
        pending = self.pending.get(position, set())
        if source not in pending:
            return False
        pending.discard(source)
        return not pending and position not in self.answered

    def fall_back(self, position: int) -> Group | None:
        """The group after `position`, once (None the second time)."""
        if position in self.fallen_back:
            return None
        self.fallen_back.add(position)
        return self.start(position + 1)

    def describe(self, position: int) -> tuple[str, ...]:
        return self.groups[self.order[position]]
