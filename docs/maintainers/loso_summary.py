"""loso_summary.py MODELS_DIR : the README's compact leave-one-set-out table from data/models/*_cv.csv."""
import sys
import pandas as pd
d = sys.argv[1]
sp = pd.read_csv(f"{d}/speaker_cv.csv"); st = pd.read_csv(f"{d}/stance_cv.csv"); to = pd.read_csv(f"{d}/tone_cv.csv"); ev = pd.read_csv(f"{d}/event_cv.csv")
def name(x): return "dev" if x == "dev" else f"round {x[5:]}" if x.startswith("round") else x
def lohi(df, col):
    lo = df.loc[df[col].idxmin()]; hi = df.loc[df[col].idxmax()]
    return f"{lo[col]:.3f} ({name(lo['left_out'])}) – {hi[col]:.3f} ({name(hi['left_out'])})"
def updown(df, a, b, eps=1e-9):
    return f"{int((df[b] > df[a] + eps).sum())} / {int((df[b] < df[a] - eps).sum())}"
n = len(sp)
rows = [
 ("side of the two parties: rules → with the speaker model", f"{sp.gov_platform_rules.mean():.3f} → **{sp.gov_platform_model.mean():.3f}**", lohi(sp, "gov_platform_model"), updown(sp, "gov_platform_rules", "gov_platform_model")),
 ("side of all sentences: rules → with the speaker model", f"{sp.all_rules.mean():.3f} → **{sp.all_model.mean():.3f}**", lohi(sp, "all_model"), updown(sp, "all_rules", "all_model")),
 ("stance macro-F1, the stance model alone", f"**{st.model_macro_f1.mean():.3f}**", lohi(st, "model_macro_f1"), "—"),
 ("tone: `sentiment_domain` → the tone model", f"{to.domain_accuracy.mean():.3f} → **{to.model_accuracy.mean():.3f}**", lohi(to, "model_accuracy"), updown(to, "domain_accuracy", "model_accuracy")),
 ("event F1: patterns alone → with the detector", f"{ev.patterns_event_f1.mean():.3f} → **{ev.with_model_event_f1.mean():.3f}**", lohi(ev, "with_model_event_f1"), updown(ev, "patterns_event_f1", "with_model_event_f1")),
 ("event F1: with the detector → and the verifier", f"{ev.with_model_event_f1.mean():.3f} → **{ev.with_verifier_event_f1.mean():.3f}**", lohi(ev, "with_verifier_event_f1"), updown(ev, "with_model_event_f1", "with_verifier_event_f1")),
 ("event precision / recall, the shipped pipeline", f"{ev.with_verifier_event_precision.mean():.3f} / {ev.with_verifier_event_recall.mean():.3f}", lohi(ev, "with_verifier_event_precision") + " / " + lohi(ev, "with_verifier_event_recall"), "—"),
 ("dates right (events found), the shipped pipeline (the date chooser in-sample)", f"**{ev.with_verifier_date_accuracy.mean():.3f}**", lohi(ev, "with_verifier_date_accuracy"), "—"),
 ("event side right (events found), the shipped pipeline", f"**{ev.with_verifier_side_accuracy.mean():.3f}**", lohi(ev, "with_verifier_side_accuracy"), "—"),
]
print(f"| figure ({n} sets, each scored by models trained on the others) | mean | lowest – highest (after →) | sets up / down |")
print("|---|---|---|---|")
for r in rows: print("| " + " | ".join(r) + " |")
gain = sp.gov_platform_model - sp.gov_platform_rules; allg = sp.all_model - sp.all_rules
print(f"\nspeaker: mean gain {gain.mean():+.3f} (min {gain.min():+.3f}, max {gain.max():+.3f}); all {allg.mean():+.3f}; placed {int(sp.placed.sum())} of {int(sp.speakers.sum())}; sets placing none {int((sp.placed==0).sum())}")
print("all below -0.03:", ", ".join(f"{name(r.left_out)} {r.all_model - r.all_rules:+.3f}" for r in sp.itertuples() if r.all_model - r.all_rules < -0.03))
print("tone model loses or ties:", ", ".join(name(r.left_out) for r in to.itertuples() if r.model_accuracy <= r.domain_accuracy))
print(f"verifier up {int((ev.with_verifier_event_f1 > ev.with_model_event_f1).sum())} down {int((ev.with_verifier_event_f1 < ev.with_model_event_f1).sum())}")
