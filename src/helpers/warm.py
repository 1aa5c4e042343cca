"""Load every lexicon and compile every pattern the pipeline uses, once, at import.

In: nothing. Out: nothing (side effect: warm module-level caches). The process pool's fork
server imports this module before it forks workers (``helpers.engines.PRELOAD``), so each
worker starts with the lexicons loaded instead of spending its first article (about 0.4 s)
loading them. Importing it anywhere else is harmless.
"""
from __future__ import annotations

from . import pipeline

SAMPLE = (
    "The ministry ordered Twitter on Monday to block 250 accounts, officials said. "
    "\u201cWe will not comply,\u201d the company said in a statement, adding that it had restored access "
    "two days later.\n\nAccording to the IT Secretary, the platform could face seven years in jail."
)


def warm() -> None:
    """Analyse one small article through every stage (loads lexicons, builds patterns and analyzers)."""
    pipeline.analyze_rows([{"article_id": "warm-up", "path": "", "date": "2021-02-10", "title": "", "outlet": "",
                            "url": "", "content_hash": "", "body": SAMPLE}])


def warm_gold() -> None:
    """Analyse every hand-labelled set into the per-article cache (``helpers.cache``), as `make setup` does: the
    validation notebook scores them on every report, and they do not depend on the articles reported on."""
    from . import validation

    for folder in validation.gold_sets().values():
        validation.analyzed_gold(folder)


def warm_notebooks() -> list[str]:
    """Run the article-independent notebooks (90_validation: it scores the gold sets, not the articles) into the
    notebook cache, as `make setup` does after ``warm_gold``: the first report after set-up then reuses them
    (``report.prepare_independent``; a report runs them again when their inputs changed, or with FORCE=1)."""
    from . import report

    return report.prepare_independent()


warm()
if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["gold"]:
        warm_gold()
        warm_notebooks()
