"""Which of a page's candidate titles is the article's headline.

A page names its headline up to five times: the JSON-LD headline, the
visible headline (the one element the page marks itemprop="headline", else
the article's <h1>), og:title, twitter:title and <title>. Usually they
agree; where they differ, measured on real news pages of many publishers,
the JSON-LD headline is most often the edited title and og:title a social
variant. The candidates reach this module already cleaned and freed of
site-name suffixes; here only the choice is made.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .generic import squash

# Search engines show at most 110 characters of a structured-data headline,
# and SEO plugins cut it there (some with an ellipsis).
SEO_HEADLINE_LIMIT = 110
SEO_CUT_FROM = 100
ELLIPSIS = re.compile(r"\s*(…|\.\.\.)$")


class TitleCandidates(NamedTuple):
    """One page's candidates, each None when the page states none."""
    headline: str | None = None          # JSON-LD
    visible: str | None = None           # the microdata headline, else the article's <h1>
    og_title: str | None = None
    twitter_title: str | None = None
    html_title: str | None = None


def choose_title(candidates: TitleCandidates) -> tuple[str | None, str | None]:
    """(title, the TitleCandidates field it came from), or (None, None)
    when the page names none.

    1. og:title repeated by the visible headline (up to punctuation: an
       <h1> is rebuilt from spans, og:title is typed) beats a JSON-LD
       headline that differs: two statements against one SEO variant.
    2. Else the JSON-LD headline, the visible headline, og:title,
       twitter:title, <title>. Without a JSON-LD headline og:title comes
       before the visible one: the page's word against our guess of which
       <h1> is the headline (a guessed <h1> often carries the kicker).
    3. A title cut at the SEO limit or ending in an ellipsis gives way to
       the candidate it was cut from.
    """
    c = candidates
    agreed = c.og_title if c.visible and c.og_title and squash(c.visible) == squash(c.og_title) else None
    if c.headline:
        order = (("og_title", agreed), ("headline", c.headline), ("visible", c.visible), ("og_title", c.og_title),
                 ("twitter_title", c.twitter_title), ("html_title", c.html_title))
    else:
        order = (("og_title", c.og_title), ("visible", c.visible), ("twitter_title", c.twitter_title),
                 ("html_title", c.html_title))
    field, title = next(((f, t) for f, t in order if t), (None, None))
    if title:
        # not <title>: a suffix left on it would pass for the rest of the headline
        whole = untruncated(title, [(f, t) for f, t in order if t and f != "html_title"])
        field, title = whole or (field, title)
    return title, field


def untruncated(title: str, others: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The (field, title) `title` was cut from, if any: it ends in an
    ellipsis and the other goes on where it stops, or it is as long as an
    SEO plugin lets a headline be and the other, longer than that limit,
    starts with it."""
    stem = ELLIPSIS.sub("", title)
    cut_by_length = stem == title and SEO_CUT_FROM <= len(title) <= SEO_HEADLINE_LIMIT
    if stem == title and not cut_by_length:
        return None
    shortest_whole = SEO_HEADLINE_LIMIT if cut_by_length else len(stem)
    for field, other in sorted(others, key=lambda o: len(o[1]), reverse=True):
        if len(other) > shortest_whole and other.startswith(stem) and ELLIPSIS.sub("", other) != stem:
            return field, other
    return None
