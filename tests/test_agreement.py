"""helpers.agreement: a second annotator against the first, beside the pipeline against each.

The comparisons are checked on label sets whose answer is known (an exact copy of the first labels; a copy
with chosen rows changed), then on the shipped second-annotator labels: their files must pair with first
labels, and the figures quoted in data/annotations/second_annotator/README.md must be the ones computed.
"""
import csv
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import agreement, paths, validation

ROUND = paths.ANNOTATIONS / "rounds" / "round40"


def copy_labels(dest: Path, source: Path = ROUND) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in source.glob("*.csv"):
        shutil.copy(f, dest / f.name)
    return dest


def rewrite(path: Path, change) -> None:
    """Apply ``change(row) -> row`` to every row of a label CSV."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = list(rows[0])
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(change(dict(r)) for r in rows)


def test_identical_labels_agree_fully(tmp_path):
    p = agreement.pairs(copy_labels(tmp_path / "second"))
    table = agreement.figures(p)
    assert (table["second vs first"] == 1.0).all(), table
    # the pipeline scored against either copy gives the same figures, and they are the validation's own
    pd.testing.assert_series_equal(table["pipeline vs first"], table["pipeline vs second"], check_names=False)
    own = validation.all_scores(str(ROUND))
    assert table.loc["side, all sentences", "pipeline vs first"] == pytest.approx(own["side_accuracy_all"])
    assert table.loc["event F1", "pipeline vs first"] == pytest.approx(own["event_f1"])
    assert p["unpaired"].empty and len(p["sentences"]) == validation.read_gold(ROUND)[0]["article"].size


def test_changed_sides_and_stances_are_counted(tmp_path):
    second = copy_labels(tmp_path / "second")
    target = sorted(second.glob("*_statements.csv"))[0]
    flipped = []

    def flip(row):
        if row["side"] == "government" and len(flipped) < 2:
            flipped.append(row["evidence"])
            return {**row, "side": "platform"}
        return row

    rewrite(target, flip)
    assert len(flipped) == 2
    p = agreement.pairs(second)
    s = p["sentences"]
    n_gp = s["first_side"].isin(["government", "platform"]).sum()
    table = agreement.figures(p)
    assert table.loc["side, government + platform sentences", "second vs first"] == pytest.approx(1 - 2 / n_gp)
    assert table.loc["side, all sentences", "second vs first"] == pytest.approx(1 - 2 / len(s))
    assert len(agreement.disagreements(p, "side")) == 2
    assert agreement.confusion(p, "side").loc["government", "platform"] == 2


def test_events_matched_as_the_pipeline_is(tmp_path):
    """A second annotator who drops a required event loses recall; one who labels an extra optional event
    does not lose precision; a wrong date counts against the windows."""
    second = copy_labels(tmp_path / "second")
    events = sorted(second.glob("*_events.csv"))
    dropped, shifted = [], []

    def drop_first_required(row):
        if row["required"] == "yes" and not dropped:
            dropped.append(row)
            return {**row, "event_type": "meeting" if row["event_type"] != "meeting" else "statement",
                    "required": "optional"}
        return row

    def shift(row):
        if row["required"] == "yes" and row["date_max"] and not shifted:
            shifted.append(row)
            return {**row, "date_max": "1999-01-01", "date_min": ""}
        return row

    rewrite(events[0], drop_first_required)
    rewrite(events[1], shift)
    assert dropped and shifted
    m = agreement.pairs(second)["events_second_vs_first"]
    assert (m["status"] == "missed").sum() == 1 and (m["status"] == "false_alarm").sum() == 0
    assert (m.loc[m["status"].isin(["found", "optional_found"]), "date_ok"] == False).sum() == 1  # noqa: E712


def test_kappa_is_scikit_learns():
    from sklearn.metrics import cohen_kappa_score

    a = ["favor", "against", "neutral", "neutral", "favor", "favor", "against", "neutral"]
    b = ["favor", "neutral", "neutral", "neutral", "favor", "against", "against", "favor"]
    assert agreement.kappa(pd.Series(a), pd.Series(b)) == pytest.approx(cohen_kappa_score(a, b), abs=1e-12)
    assert agreement.kappa(pd.Series(a), pd.Series(a)) == 1.0


def test_labels_of_an_unknown_article_are_refused(tmp_path):
    second = copy_labels(tmp_path / "second")
    src = sorted(second.glob("*_statements.csv"))[0]
    shutil.copy(src, second / "2020-01-01_nobody_nothing_statements.csv")
    rewrite(second / "2020-01-01_nobody_nothing_statements.csv", lambda r: {**r, "article": "2020-01-01_nobody_nothing"})
    with pytest.raises(ValueError, match="no first labels for article '2020-01-01_nobody_nothing'"):
        agreement.pairs(second)


def test_evidence_missing_from_the_text_is_named(tmp_path):
    second = copy_labels(tmp_path / "second")
    src = sorted(second.glob("*_statements.csv"))[0]
    rewrite(src, lambda r: {**r, "evidence": r["evidence"] + " and something nobody wrote"})
    with pytest.raises(ValueError, match=r"second/2021-02-01_heldforty-deltadaily_\S+_statements\.csv: evidence .* not found in the article text"):
        agreement.pairs(second)


@pytest.fixture(scope="module")
def shipped():
    return agreement.pairs()


def test_shipped_second_labels_pair_with_first_labels(shipped):
    """Every shipped second-annotator article has first labels, and nearly every sentence was labelled by both
    (a sign-off line under a block quote is the usual exception)."""
    s, unpaired = shipped["sentences"], shipped["unpaired"]
    assert s["article"].nunique() == len(list(agreement.SECOND.glob("*_statements.csv")))
    assert len(unpaired) <= 0.02 * len(s), unpaired
    assert {"heldout"} < set(s["set"]), "the held-out articles and some training rounds were labelled twice"


def quoted_figures() -> dict[tuple[str, str], float]:
    """The 'second vs first' column of the README's tables: (group, figure) -> value."""
    text = (agreement.SECOND / "README.md").read_text(encoding="utf-8")
    out, group = {}, None
    for line in text.splitlines():
        if line.startswith("#"):  # a heading: the tables of "### heldout" and "### training rounds" are checked
            head = re.match(r"^### (heldout|training rounds)", line)
            group = head.group(1) if head else None
        row = re.match(r"^\| ([^|]+?) \| ([0-9.]+) \|", line)
        if group and row:
            out[(group, row.group(1))] = float(row.group(2))
    return out


def test_readme_quotes_the_computed_human_agreement(shipped):
    quoted = quoted_figures()
    assert len(quoted) >= 16
    groups = {"heldout": ["heldout"], "training rounds": agreement.training_sets(shipped)}
    for (group, figure), value in quoted.items():
        computed = agreement.figures(shipped, groups[group]).loc[figure, "second vs first"]
        assert computed == pytest.approx(value, abs=0.0005), (group, figure)
