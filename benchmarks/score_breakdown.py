#!/usr/bin/env python3
"""Where the extractor loses on a benchmark suite: the worst pages per metric.

    .venv/bin/python benchmarks/score_breakdown.py news-pages --suites DIR [--metric body] [--worst 15]

Runs `extract` in this process (same code path as the command, no start-up
per run) on every page of the suite, scores each page with score.py's own
metric functions, and prints the worst pages of each metric with what we
gave and what the truth says. For looking, not for scoring: score.py is the
figure of record.

The suites and their score.py are not part of this repository: --suites DIR
(or BENCHMARKS=DIR) names the folder holding score.py and the suite folders.
Without it the script says so in one line and exits 0.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SUITES_HINT = ("the scoring suites are not part of this repository: give --suites DIR (or "
               "BENCHMARKS=DIR), a folder with score.py and the suite folders (aeb/ is the "
               "article-extraction-benchmark, https://github.com/scrapinghub/article-extraction-benchmark)")


def load_score_module(suites: Path):
    spec = importlib.util.spec_from_file_location("score", suites / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def short(value, width=110) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("suite")
    ap.add_argument("--metric", choices=["body", "precision", "recall", "title", "date", "authors"],
                    action="append", help="metrics to list (default: all the suite has)")
    ap.add_argument("--worst", type=int, default=15)
    ap.add_argument("--site", help="site profile to extract with")
    ap.add_argument("--suites", type=Path, default=os.environ.get("BENCHMARKS"), metavar="DIR",
                    help="folder with score.py and the suites (default: $BENCHMARKS)")
    args = ap.parse_args()
    if args.suites is None:
        print(f"score_breakdown skipped: {SUITES_HINT}", file=sys.stderr)
        return 0
    if not (Path(args.suites) / "score.py").is_file():
        ap.exit(2, f"{ap.prog}: error: --suites {args.suites}: no score.py there; {SUITES_HINT}\n")

    score = load_score_module(Path(args.suites))
    from matra_crawler.cli import extract_file
    from matra_crawler.sites import get_profile

    cases = score.load_suite(args.suite, None)
    profile = get_profile(args.site) if args.site else None
    outputs = [extract_file(Path(c["file"]), c["url"], profile) for c in cases]
    print(score.describe("extractor", score.score(cases, outputs), 0.0))

    rows = []
    for case, out in zip(cases, outputs):
        got = {} if "error" in out else out
        tp, fp, fn = score.body_counts(case["body"], got.get("body") or "")
        p, r = score.precision(tp, fp, fn), score.recall(tp, fp, fn)
        row = {"name": Path(case["file"]).name, "error": out.get("error"), "got": got, "case": case,
               "precision": p, "recall": r, "body": 2 * p * r / (p + r) if p + r else 0.0}
        if "title" in case:
            row["title"] = float(score.fold(case["title"]) == score.fold(got.get("title")))
            truth = score.parse_instant(case.get("published_at"))
            mine = score.parse_instant(got.get("published_at"))
            row["date"] = float(bool(truth and mine and abs((mine - truth).total_seconds()) <= 60)) \
                if truth else 1.0
            row["authors"] = score.author_f1(case.get("authors") or [], got.get("authors"))
        rows.append(row)

    metrics = args.metric or [m for m in ("body", "precision", "recall", "title", "date", "authors")
                              if m in rows[0]]
    for metric in metrics:
        worst = sorted((r for r in rows if r[metric] < 1.0), key=lambda r: r[metric])[: args.worst]
        print(f"\n== {metric}: {sum(r[metric] < 1.0 for r in rows)} pages below 1.0, worst {len(worst)}")
        for r in worst:
            print(f"{r[metric]:.2f} {r['name']}" + (f"  ERROR {r['error']}" if r["error"] else ""))
            if metric in ("title", "date", "authors"):
                want = {"title": "title", "date": "published_at", "authors": "authors"}[metric]
                print(f"     got  {short(r['got'].get(want))}\n     want {short(r['case'].get(want))}")
            elif r["got"]:
                print(f"     P {r['precision']:.2f} R {r['recall']:.2f} words got "
                      f"{len((r['got'].get('body') or '').split())} want {len(r['case']['body'].split())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
