"""Compare two folders of score files: python3 score_cmp.py BASE_DIR OUT_DIR
Each folder holds `validate` outputs named alike (heldout.txt, r117.txt, ...; what score_wt.sh writes). For every file
of OUT_DIR that BASE_DIR also has, prints the figures that differ (BASE -> OUT), or 'unchanged'."""
import sys
from pathlib import Path

KEYS = ["side_accuracy_gov_platform", "side_accuracy_all", "stance_macro_f1", "tone_accuracy_domain",
        "tone_accuracy_model", "event_precision", "event_recall", "event_f1", "date_accuracy", "side_accuracy",
        "n_found", "n_false_alarms", "speaker_agreement"]


def parse(path: Path) -> dict[str, str]:
    return dict(line.rstrip("\n").split("\t", 1) for line in path.open() if "\t" in line)


base, out = Path(sys.argv[1]), Path(sys.argv[2])
for after in sorted(out.glob("*.txt")):
    before = base / after.name
    if not before.exists():
        print(after.stem, "no baseline")
        continue
    a, b = parse(before), parse(after)
    diffs = [f"{k} {a.get(k)}->{b.get(k)}" for k in KEYS if a.get(k) != b.get(k)]
    print(after.stem, "; ".join(diffs) if diffs else "unchanged")
