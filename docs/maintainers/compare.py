"""Compare two `validate` outputs: python3 compare.py BEFORE.txt AFTER.txt [--sets round100,round101]
Prints, per figure, the mean over the sets present in both, and how many sets went up / down (with the sets that went down)."""
import sys
def parse(p):
    out = {}; cur = None
    for line in open(p):
        line = line.rstrip("\n")
        if line.startswith("# "):
            cur = line.split()[1]; out[cur] = {}
        elif "\t" in line and cur:
            k, v = line.split("\t", 1)
            try: out[cur][k] = float(v)
            except ValueError: pass
    return out
a, b = parse(sys.argv[1]), parse(sys.argv[2])
only = None
if "--sets" in sys.argv:
    only = set(sys.argv[sys.argv.index("--sets") + 1].split(","))
sets = [s for s in a if s in b and s != "heldout" and (only is None or s in only)]
figs = ["side_accuracy_gov_platform", "side_accuracy_all", "stance_macro_f1", "tone_accuracy_domain", "tone_accuracy_model",
        "event_precision", "event_recall", "event_f1", "date_accuracy", "side_accuracy", "n_found", "n_false_alarms"]
print(f"{len(sets)} sets")
for f in figs:
    xs = [(s, a[s].get(f), b[s].get(f)) for s in sets if a[s].get(f) is not None and b[s].get(f) is not None]
    if not xs: continue
    ma = sum(x for _, x, _ in xs) / len(xs); mb = sum(y for _, _, y in xs) / len(xs)
    up = [s for s, x, y in xs if y > x + 1e-9]; down = [s for s, x, y in xs if y < x - 1e-9]
    print(f"{f:28s} {ma:.4f} -> {mb:.4f}  up {len(up):3d} down {len(down):3d} {' '.join(down[:12])}")
